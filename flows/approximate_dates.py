"""A job's start or end said as only about then ("around March 2023", "vers mars 2023", a month chosen from "summer
2022"): kept as such, and said where the verdict or its day rests on it.

A month is read the careful way already (a start on its last day, an end on its first: flows/results.py), but
"around March" may be April, and then even that reading was not careful. RULES.md gives no margin for such a
date, and none is made up here: the engine finds the latest start (or the earliest end) that keeps the verdict and
the day it gives, every other answer read as the careful result reads it. The person reads their own date against
that day, and checks it on the offer letter, the first (or last) pay stub or the record of employment.

Said only where the person's own words reach the day: "around March" holds at least February and April, so a
start is named when a start in the month after the one said would change the outcome, an end when an end in the
month before would. A month long before the 3-year window, or hours far above the 1,560 needed, say nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import Any

from flows.parsing import is_month_only, month_bounds
from flows.pickers import month_name
from flows.questions import Answers, counts_nowhere
from flows.texts import Catalog

ABOUT = {"job_start": "job_start_about", "job_end": "job_end_about"}  # beside the date: True when said as "about"
_CHECK = {"job_start": "start", "job_end": "end"}


def about_places(answers: Answers) -> list[tuple[str, int]]:
    """The (question, job index) of every start or end of a job that counts, said as only about then."""
    if answers.get("canadian_work") is False:
        return []
    places = []
    for index, job in enumerate(answers.get("jobs", [])):
        if counts_nowhere(job) is not None:
            continue
        for question_id, flag in ABOUT.items():
            if job.get(flag) and isinstance(job.get(question_id), str) and (
                    question_id == "job_start" or job.get("job_ongoing") is False):
                places.append((question_id, index))
    return places


def with_day(answers: Answers, index: int, question_id: str, day: dt.date) -> Answers:
    """The answers with job `index`'s start or end on `day` (a copy; the answers given are left as they are)."""
    jobs = [dict(job) for job in answers["jobs"]]
    jobs[index][question_id] = day.isoformat()
    return {**answers, "jobs": jobs}


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


def date_estimates(answers: Answers, careful: dict[str, Any], as_of: dt.date, favoured: Callable[[str, int], bool],
                   assess_answers: Callable[[Answers], dict[str, Any]]) -> list[dict[str, Any]]:
    """For each start or end said as "about" on which the verdict or its day rests within the month beside it: the
    job's number, the date as said, and the latest start (the earliest end) that keeps the outcome. `favoured`
    says which answers the careful result read favourably; `assess_answers` assesses answers the way it was read.
    A verdict of "not eligible" is not searched: a later start or an earlier end never makes it better."""
    if careful["verdict"] == "not_eligible":
        return []
    base = outcome_of(careful)
    found = []
    for question_id, index in about_places(answers):
        job = answers["jobs"][index]
        said = job[question_id]
        start = _read_as(job["job_start"], favoured("job_start", index), as_of)
        if question_id == "job_start":
            read = start
            end = as_of if job.get("job_ongoing") is not False or "job_end" not in job else max(
                _read_as(job["job_end"], not favoured("job_end", index), as_of), start)
            reach = min(_next_month_end(read), end)

            def keeps(day: dt.date, index: int = index) -> bool:
                return outcome_of(assess_answers(with_day(answers, index, "job_start", day))) == base

            if reach <= read or keeps(reach):
                continue  # a start as late as the month after (or the job's end) keeps it: nothing rests on it
            bound = last_day_keeping(read, reach, keeps)
        else:
            read = max(_read_as(said, not favoured("job_end", index), as_of), start)
            reach = max(_previous_month_start(read), start)

            def keeps_end(day: dt.date, index: int = index) -> bool:
                return outcome_of(assess_answers(with_day(answers, index, "job_end", day))) == base

            if reach >= read or keeps_end(reach):
                continue
            bound = _first_day_keeping(reach, read, keeps_end)
        found.append({"job": index + 1, "question": question_id, "said": said, "day": bound.isoformat(),
                      "verdict": careful["verdict"]})
    return found


def _first_day_keeping(first: dt.date, last: dt.date, keeps: Callable[[dt.date], bool]) -> dt.date:
    """The earliest day in [first, last] at which `keeps` holds, `keeps` holding at `last` and, once false, staying
    false on every earlier day (an earlier end never gives more hours)."""
    low, high = first.toordinal(), last.toordinal()  # keeps(high) true
    while low < high:
        middle = (low + high) // 2
        if keeps(dt.date.fromordinal(middle)):
            high = middle
        else:
            low = middle + 1
    return dt.date.fromordinal(high)


def date_notes(result: dict[str, Any], c: Catalog) -> list[str]:
    """The sentences said beside the hours: which day the outcome rests on, and where to check it."""
    notes = []
    for estimate in result.get("date_estimates", []):
        key = "day" if estimate["verdict"] == "not_yet_eligible" else "eligible"
        said = estimate["said"]
        if is_month_only(said):
            words = month_name(c, int(said[:4]), int(said[5:7]))
        else:
            words = c.date(dt.date.fromisoformat(said))
        notes.append(c.t(f"results.about_date.{_CHECK[estimate['question']]}_{key}", job=estimate["job"],
                         said=words, date=c.date(dt.date.fromisoformat(estimate["day"]))))
    return notes
