"""A job's start or end, the end of full-time studies during a job, or a language test's date said as only about
then ("around March 2023", "vers mars 2023", a month chosen from "summer 2022"): kept as such, and said where the
verdict or its day rests on it.

A month is read the careful way already (a start on its last day, an end on its first: flows/results.py), but
"around March" may be April, and then even that reading was not careful. RULES.md gives no margin for such a
date, and none is made up here: the engine finds the latest start (or the earliest end) that keeps the verdict and
the day it gives, every other answer read as the careful result reads it. The person reads their own date against
that day, and checks it on the offer letter, the first (or last) pay stub or the record of employment.

Said only where the person's own words reach the day: "around March" holds at least February and April, so a
start is named when a start in the month after the one said would change the outcome, an end when an end in the
month before would. A month long before the 3-year window, or hours far above the 1,560 needed, say nothing.

The end of full-time studies during a job is read like a start (RULES.md 1: work while a full-time student does not
count, so a later end gives fewer hours); a language test's date like an end (RULES.md 2: a result is valid 2 years
from the test date, so an earlier test expires earlier): its outcome also holds whether the result is still valid
on the day a person not yet eligible would qualify.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import Any

from flows.estimates import ESTIMATE, tenths
from flows.parsing import is_month_only, month_bounds
from flows.pickers import month_name
from flows.questions import ABILITIES, PARTLY, Answers, counts_nowhere
from flows.texts import Catalog

# beside the date: True when said as "about" (a job's start, end or end of studies; a language test's date)
ABOUT = {"job_start": "job_start_about", "job_end": "job_end_about", "job_student_end": "job_student_end_about",
         "test_date": "test_date_about", "spouse_test_date": "spouse_test_date_about"}
JOB_DATES = ("job_start", "job_end", "job_student_end")
TEST_DATE = "test_date"
SPOUSE_TEST_DATE = "spouse_test_date"
_CHECK = {"job_start": "start", "job_end": "end", "job_student_end": "studies", "test_date": "test"}
_LATER_IS_WORSE = ("job_start", "job_student_end")  # a later day gives fewer hours; else an earlier day is worse


def _job_date_applies(job: Answers, question_id: str) -> bool:
    if question_id == "job_end":
        return job.get("job_ongoing") is False
    if question_id == "job_student_end":
        return job.get("job_student") == PARTLY
    return True


def about_places(answers: Answers) -> list[tuple[str, int]]:
    """The (question, index) of every start, end or end of studies of a job that counts, and of every complete
    language test's date, said as only about then (the index of the job or the test in the answers)."""
    places = []
    if answers.get("canadian_work") is not False:
        for index, job in enumerate(answers.get("jobs", [])):
            if counts_nowhere(job) is not None:
                continue
            for question_id in JOB_DATES:
                if job.get(ABOUT[question_id]) and isinstance(job.get(question_id), str) \
                        and _job_date_applies(job, question_id):
                    places.append((question_id, index))
    for index, test in enumerate(answers.get("tests", [])):
        if test.get(ABOUT[TEST_DATE]) and isinstance(test.get(TEST_DATE), str) \
                and test.get("test_kind") not in (None, "none") and all(f"test_{a}" in test for a in ABILITIES):
            places.append((TEST_DATE, index))
    return places


def said_roughly(answers: Answers) -> bool:
    """Whether any date was said as only about then, or any job's weekly hours as an estimate."""
    return bool(about_places(answers)) or any(job.get(ESTIMATE) for job in answers.get("jobs", [])
                                              if answers.get("canadian_work") is not False)


def with_day(answers: Answers, index: int, question_id: str, day: dt.date) -> Answers:
    """The answers with job `index`'s start, end or end of studies (or test `index`'s date) on `day` (a copy; the
    answers given are left as they are)."""
    kind = "tests" if question_id == TEST_DATE else "jobs"
    items = [dict(item) for item in answers[kind]]
    items[index][question_id] = day.isoformat()
    return {**answers, kind: items}


def _read_as(value: str, early: bool, as_of: dt.date) -> dt.date:
    first, last = month_bounds(value, as_of)
    return first if early else last


def last_day_keeping(first: dt.date, last: dt.date, keeps: Callable[[dt.date], bool]) -> dt.date:
    """The latest day in [first, last] at which `keeps` holds, `keeps` holding at `first` and, once false, staying
    false on every later day (a later start never gives more hours): searched by halves, about 11 assessments for
    three years."""
    low, high = first.toordinal(), last.toordinal()  # keeps(low) true; the answer is in [low, high]
    while low < high:
        middle = (low + high + 1) // 2
        if keeps(dt.date.fromordinal(middle)):
            low = middle
        else:
            high = middle - 1
    return dt.date.fromordinal(low)


def _next_month_end(day: dt.date) -> dt.date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _previous_month_start(day: dt.date) -> dt.date:
    year, month = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    return dt.date(year, month, 1)


def outcome_of(result: dict[str, Any]) -> tuple[Any, ...]:
    """What an approximate date may move: the verdict and the day it gives."""
    return result["verdict"], result["eligible_on"]


def _test_outcome(result: dict[str, Any]) -> tuple[Any, ...]:
    """What a test's approximate date may move: the verdict, its day, and whether the result lapses before that
    day (RULES.md 1: said when the test expires before the day a person not yet eligible would qualify)."""
    return (*outcome_of(result), any(w["id"] == "test_expires_before_eligible" for w in result["warnings"]))


def _bounds(answers: Answers, question_id: str, index: int, as_of: dt.date, favoured: Callable[[str, int], bool]
            ) -> tuple[dt.date, dt.date]:
    """The day the careful result reads, and the farthest day within the month beside the one said (after it for a
    start or an end of studies, before it for an end or a test) that may change the outcome."""
    if question_id == TEST_DATE:
        read = _read_as(answers["tests"][index][TEST_DATE], not favoured(TEST_DATE, index), as_of)
        return read, _previous_month_start(read)
    job = answers["jobs"][index]
    start = _read_as(job["job_start"], favoured("job_start", index), as_of)
    end = as_of if job.get("job_ongoing") is not False or "job_end" not in job else max(
        _read_as(job["job_end"], not favoured("job_end", index), as_of), start)
    if question_id == "job_start":
        return start, min(_next_month_end(start), end)
    if question_id == "job_student_end":
        read = _read_as(job["job_student_end"], favoured("job_student_end", index), as_of)
        return read, min(_next_month_end(read), end)
    read = max(_read_as(job["job_end"], not favoured("job_end", index), as_of), start)
    return read, max(_previous_month_start(read), start)


def date_estimates(answers: Answers, careful: dict[str, Any], as_of: dt.date, favoured: Callable[[str, int], bool],
                   assess_answers: Callable[[Answers], dict[str, Any]]) -> list[dict[str, Any]]:
    """For each date said as "about" on which the verdict or its day rests within the month beside it: the job's
    (or test's) number, the date as said, and the latest start or end of studies (the earliest end or test date)
    that keeps the outcome. `favoured` says which answers the careful result read favourably; `assess_answers`
    assesses answers the way it was read. A verdict of "not eligible" is not searched: a later start or end of
    studies, an earlier end or test, never makes it better."""
    if careful["verdict"] == "not_eligible":
        return []
    found = []
    for question_id, index in about_places(answers):
        outcome = _test_outcome if question_id == TEST_DATE else outcome_of
        base = outcome(careful)

        def keeps(day: dt.date, index: int = index, question_id: str = question_id,
                  outcome: Callable[[dict[str, Any]], tuple[Any, ...]] = outcome, base: tuple[Any, ...] = base
                  ) -> bool:
            return outcome(assess_answers(with_day(answers, index, question_id, day))) == base

        read, reach = _bounds(answers, question_id, index, as_of, favoured)
        if question_id in _LATER_IS_WORSE:
            if reach <= read or keeps(reach):
                continue  # a day as late as the month after (or the job's end) keeps it: nothing rests on it
            bound = last_day_keeping(read, reach, keeps)
        else:
            if reach >= read or keeps(reach):
                continue
            bound = _first_day_keeping(reach, read, keeps)
        kind = "test" if question_id == TEST_DATE else "job"
        found.append({kind: index + 1, "question": question_id,
                      "said": answers[f"{kind}s"][index][question_id], "day": bound.isoformat(),
                      "verdict": careful["verdict"]})
    return found


def spouse_test_estimate(answers: Answers, careful: dict[str, Any], as_of: dt.date,
                         favoured: Callable[[str, int], bool], assess_answers: Callable[[Answers], dict[str, Any]]
                         ) -> dict[str, Any] | None:
    """The partner's test date said as only about then ("around December 2024"): it scores only in the CRS, where
    the result counts while valid, 2 years from the test date (RULES.md 2, 3). Read like the person's own (the
    careful reading's day), and, when a test in the month before would have lapsed by the application day and so
    changes the CRS: the date as said, the earliest test date that keeps the CRS, the CRS and the CRS with the
    result lapsed. None when nothing rests on it."""
    said = answers.get(SPOUSE_TEST_DATE)
    crs = (careful.get("crs") or {}).get("total")
    if not answers.get(ABOUT[SPOUSE_TEST_DATE]) or not isinstance(said, str) or crs is None:
        return None
    try:
        read = _read_as(said, not favoured(SPOUSE_TEST_DATE, 0), as_of)
    except ValueError:  # "not sure": read both ways already (flows/results.py)
        return None
    reach = _previous_month_start(read)

    def crs_on(day: dt.date) -> int | None:
        return (assess_answers({**answers, SPOUSE_TEST_DATE: day.isoformat()}).get("crs") or {}).get("total")

    other = crs_on(reach)
    if other == crs:
        return None
    bound = _first_day_keeping(reach, read, lambda day: crs_on(day) == crs)
    return {"said": said, "day": bound.isoformat(), "crs": crs, "crs_other": other}


def spouse_test_notes(result: dict[str, Any], c: Catalog) -> list[str]:
    """Said beside the CRS: the partner's test date said as about, the earliest day that keeps the estimate, and
    the estimate with the result lapsed."""
    estimate = result.get("spouse_test_estimate")
    if not estimate:
        return []
    return [c.t("results.about_date.spouse_test_crs", label=c.t("summary.spouse_test_date"),
                said=_said(estimate["said"], c), date=c.date(dt.date.fromisoformat(estimate["day"])),
                other=c.number(estimate["crs_other"]))]


def _first_day_keeping(first: dt.date, last: dt.date, keeps: Callable[[dt.date], bool]) -> dt.date:
    """The earliest day in [first, last] at which `keeps` holds, `keeps` holding at `last` and, once false, staying
    false on every earlier day (an earlier end never gives more hours, an earlier test never lasts longer)."""
    low, high = first.toordinal(), last.toordinal()  # keeps(high) true
    while low < high:
        middle = (low + high) // 2
        if keeps(dt.date.fromordinal(middle)):
            high = middle
        else:
            low = middle + 1
    return dt.date.fromordinal(high)


def _said(said: str, c: Catalog) -> str:
    if is_month_only(said):
        return month_name(c, int(said[:4]), int(said[5:7]))
    return c.t("results.about_date.said_day", date=c.date(dt.date.fromisoformat(said)))  # French: "vers le 1er"


def _notes(result: dict[str, Any], c: Catalog, tests: bool) -> list[str]:
    notes = []
    for estimate in result.get("date_estimates", []):
        if (estimate["question"] == TEST_DATE) != tests:
            continue
        key = "day" if estimate["verdict"] == "not_yet_eligible" else "eligible"
        notes.append(c.t(f"results.about_date.{_CHECK[estimate['question']]}_{key}", job=estimate.get("job"),
                         test=estimate.get("test"), said=_said(estimate["said"], c),
                         date=c.date(dt.date.fromisoformat(estimate["day"]))))
    return notes


def date_notes(result: dict[str, Any], c: Catalog) -> list[str]:
    """The sentences said beside the hours: which day the outcome rests on, and where to check it."""
    return _notes(result, c, tests=False)


def test_date_notes(result: dict[str, Any], c: Catalog) -> list[str]:
    """The sentences said beside the language result: the earliest test date that keeps the outcome (a result is
    valid 2 years from it), and where to check it."""
    return _notes(result, c, tests=True)


def approximate_day(result: dict[str, Any], c: Catalog, day: str | None = None) -> str | None:
    """For a "not yet eligible" day (or `day`, the chart's) that rests on a job's date said as only about then, or
    on weekly hours said as an estimate: that the day is approximate, and what it rests on, in a sentence short
    enough for a chart's caption or the plan. None when nothing said roughly moves it."""
    day = day or result.get("eligible_on")
    if result["verdict"] != "not_yet_eligible" or day is None:
        return None
    reasons = [c.t(f"results.approximate_day.{_CHECK[estimate['question']]}", job=estimate["job"],
                   said=_said(estimate["said"], c))
               for estimate in result.get("date_estimates", []) if estimate["question"] in JOB_DATES]
    reasons += [c.t("results.approximate_day.hours", job=estimate["job"], hours=tenths(estimate["hours"], c))
                for estimate in result.get("hours_estimates", [])]
    if not reasons:
        return None
    return c.t("results.approximate_day.sentence", date=c.date(dt.date.fromisoformat(day)), what=c.join(reasons))
