"""The conversation's answers as the contract's profile (the same JSON that `cec-screener assess` reads).

Some answers are not exact: a month without its day ("2024-03"), or "not sure" where a person cannot
know. Each is read carefully (the fewest hours, the answer that does not count) unless `favour` names it
(or is ALL): then favourably (the most hours, the answer that counts). flows.results assesses both
readings and says so when they differ, rather than guessing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from flows.parsing import is_month_only, month_bounds
from flows.questions import ABILITIES, PARTLY, UNSURE, Answers, counts_nowhere, fee_for_service

Place = tuple[str, int]  # a question id and the index of its job or test (0 for the spouse's test)
Favour = frozenset[Place] | Literal["all"]
ALL: Favour = "all"
NONE: Favour = frozenset()
APPROXIMATE_DATES = ("job_start", "job_end", "job_student_end", "test_date", "spouse_test_date")
UNSURE_ANSWERS = ("job_employee", "job_student", "job_authorized", "test_date", "spouse_test_date",
                  "spouse_accompanying")
TEST_VALIDITY_YEARS = 2


def is_approximate(question_id: str, value: Any) -> bool:
    return (question_id in APPROXIMATE_DATES and isinstance(value, str) and is_month_only(value)) or (
        question_id in UNSURE_ANSWERS and value == UNSURE)


def _day(value: str, early: bool, today: dt.date) -> str:
    """An exact date as given, or the first (early) or last day of a month-only answer."""
    if not is_month_only(value):
        return value
    first, last = month_bounds(value, today)
    return (first if early else last).isoformat()


def _favoured(favour: Favour, question_id: str, index: int) -> bool:
    return favour == ALL or (question_id, index) in favour


def _test_day(value: str, favourable: bool, today: dt.date) -> str:
    """A test date; "not sure" reads as taken today (valid) or as just too old to count (careful)."""
    if value == UNSURE:
        if favourable:
            return today.isoformat()
        try:
            expired = today.replace(year=today.year - TEST_VALIDITY_YEARS)
        except ValueError:  # 29 February
            expired = today.replace(year=today.year - TEST_VALIDITY_YEARS, day=28)
        return (expired - dt.timedelta(days=1)).isoformat()
    return _day(value, early=not favourable, today=today)


def _test(kind: str, date: str, scores: dict[str, Any]) -> dict[str, Any]:
    return {"test": kind, "date": date, **scores}


def _answered_tests(answers: Answers) -> list[tuple[int, Answers]]:
    """(place in the answers, answers) of each test answered in full: the profile's results, in order."""
    keys = ["test_date", *(f"test_{a}" for a in ABILITIES)]
    return [(index, item) for index, item in enumerate(answers.get("tests", []))
            if item.get("test_kind") not in (None, "none") and all(k in item for k in keys)]


def _complete_tests(answers: Answers, favour: Favour, today: dt.date) -> list[dict[str, Any]]:
    tests = []
    for index, item in _answered_tests(answers):
        day = _test_day(item["test_date"], _favoured(favour, "test_date", index), today)
        tests.append(_test(item["test_kind"], day, {a: item[f"test_{a}"] for a in ABILITIES}))
    return tests


def tests_given_as_a_month(answers: Answers) -> frozenset[int]:
    """The places among the profile's language results of those whose date was given as a month: the verdict
    says the month, never a day the person did not give."""
    return frozenset(place for place, (_, item) in enumerate(_answered_tests(answers))
                     if isinstance(item["test_date"], str) and is_month_only(item["test_date"]))


def tests_given_around(answers: Answers) -> frozenset[int]:
    """The places among the profile's language results of those whose date was given as only about then ("around
    April 2025", flows/approximate_dates.py ABOUT): their expiry is said as about then, not the earliest."""
    return frozenset(place for place, (_, item) in enumerate(_answered_tests(answers))
                     if isinstance(item["test_date"], str) and item["test_date"] != UNSURE
                     and item.get("test_date_about"))


def tests_of_unsure_date(answers: Answers) -> frozenset[int]:
    """The places among the profile's language results of those whose date the person was not sure of: the
    verdict never names the day the careful reading chose for them."""
    return frozenset(place for place, (_, item) in enumerate(_answered_tests(answers))
                     if item["test_date"] == UNSURE)


def _yes(value: Any, favourable: bool) -> bool:
    """True, False, or "not sure": true only when read favourably."""
    return value is True or (value == UNSURE and favourable)


def _kept_jobs(answers: Answers) -> list[tuple[int, Answers]]:
    """The jobs the profile holds, each with its place among the person's jobs (a TEER 4 or 5 job, asked nothing
    more, is left out: the jobs after it keep the numbers the person knows them by)."""
    if answers.get("canadian_work") is False:
        return []
    kept = []
    required = ("job_occupation", "job_start", "job_ongoing", "job_hours", "job_paid")
    for index, item in enumerate(answers.get("jobs", [])):
        why_not = counts_nowhere(item)
        if why_not == "teer_4_5":  # nothing more was asked: it counts nowhere, and the verdict says so
            continue
        # After "unpaid", "self-employed" or "a full-time student throughout" the later questions are skipped (the
        # job counts nowhere): their answers are read as the ones that leave that reason the only one.
        item = {"job_employee": True, "job_student": False, "job_authorized": True, **item} if why_not else item
        if not all(k in item for k in (*required, "job_employee", "job_student", "job_authorized")) or (
                item["job_ongoing"] is False and "job_end" not in item) or (
                item["job_student"] == PARTLY and "job_student_end" not in item):
            continue
        kept.append((index, item))
    return kept


def job_places(answers: Answers) -> list[int]:
    """For each job of the profile, in order, its place (from 0) among the jobs the person gave."""
    return [index for index, _ in _kept_jobs(answers)]


def _complete_jobs(answers: Answers, favour: Favour, today: dt.date) -> list[dict[str, Any]]:
    jobs = []
    for index, item in _kept_jobs(answers):
        start = _day(item["job_start"], early=_favoured(favour, "job_start", index), today=today)
        end = None if item["job_ongoing"] else max(
            _day(item["job_end"], early=not _favoured(favour, "job_end", index), today=today), start)
        occupation = item["job_occupation"]
        jobs.append({
            **({"noc": occupation["noc"]} if "noc" in occupation else {"teer": occupation["teer"]}),
            "start": start,
            "end": end,
            "hours_per_week": item["job_hours"],
            "in_canada": True,
            "paid": item["job_paid"],
            "self_employed": not _yes(item["job_employee"], _favoured(favour, "job_employee", index)),
            "physician_fee_for_service": fee_for_service(item),
            # "not sure": a full-time student (none of its hours count) unless read favourably
            "full_time_student": item["job_student"] is True or (
                item["job_student"] == UNSURE and not _favoured(favour, "job_student", index)),
            **_studies_end(item, _favoured(favour, "job_student_end", index), today),
            "authorized": _yes(item["job_authorized"], _favoured(favour, "job_authorized", index)),
        })
    return jobs


MONTH_EDGES = ("job_start", "job_end", "job_student_end")


def month_only_jobs(answers: Answers, today: dt.date) -> list[dict[str, Any]]:
    """Each start, end or end of full-time studies of a job that counts, given as a month: the job's number, the
    month and the day the careful reading takes (a start's or the studies' latest day, an end's earliest), so
    that the hours are never said without the day they rest on."""
    if answers.get("canadian_work") is False:
        return []
    edges = []
    for index, item in enumerate(answers.get("jobs", [])):
        if counts_nowhere(item) is not None:
            continue
        for question_id in MONTH_EDGES:
            value = item.get(question_id)
            if not (isinstance(value, str) and is_month_only(value)) or (
                    question_id == "job_end" and item.get("job_ongoing") is not False) or (
                    question_id == "job_student_end" and item.get("job_student") != PARTLY):
                continue
            edges.append({"question": question_id, "job": index + 1, "month": value,
                          "day": _day(value, early=question_id == "job_end", today=today)})
    return edges


def _studies_end(job: Answers, favourable: bool, today: dt.date) -> dict[str, str]:
    """The last day of full-time studies that ended during the job; of a month, its last day read carefully
    (the fewest hours count), its first favourably."""
    if job["job_student"] != PARTLY:
        return {}
    return {"full_time_student_until": _day(job["job_student_end"], early=favourable, today=today)}


# The Canadian-credential points that a Canadian highest credential earns by itself.
_CANADIAN_CREDENTIAL_OF_LEVEL = {"one_year": "one_or_two_year", "two_year": "one_or_two_year",
                                 "bachelor": "three_year_plus", "two_or_more": "three_year_plus",
                                 "master": "three_year_plus", "doctoral": "three_year_plus"}


def _education(answers: Answers) -> dict[str, Any]:
    level = answers["education_level"]
    where = answers.get("education_where")
    if where is None and "education_canadian" in answers:  # answers saved by flow version 1
        where = "canada" if answers["education_canadian"] else (
            "abroad_eca" if answers.get("education_eca") else "abroad")
    if where == "canada":
        return {"level": level, "in_canada": True, "eca": False,
                "canadian_credential": _CANADIAN_CREDENTIAL_OF_LEVEL.get(level, "none")}
    return {"level": level, "in_canada": False, "eca": where == "abroad_eca",
            "canadian_credential": answers.get("canadian_credential", "none")}


def build_profile(answers: Answers, today: dt.date, favour: Favour = NONE) -> dict[str, Any]:
    """The profile dict for the answers given so far; CRS fields only once they were asked.

    `today` is the day the application would be made (a planned day when the person chose one).
    """
    profile: dict[str, Any] = {
        "as_of": today.isoformat(),
        "jobs": _complete_jobs(answers, favour, today),
        "language_tests": _complete_tests(answers, favour, today),
    }
    if answers.get("quebec") != UNSURE:  # "not sure": left out, and the verdict says what it assumes (RULES.md 1)
        profile["intends_to_live_in_quebec"] = answers.get("quebec") is True
    if "birth" in answers:
        profile.update(answers["birth"])
    if "marital" in answers:
        profile["marital_status"] = answers["marital"]
        if answers["marital"] in ("married", "common_law") and "spouse_citizen" in answers:
            # "not sure" whether the partner comes: coming when `favour` names it. Either column may score lower
            # (RULES.md 3), so flows.results takes the careful reading as the lower CRS, whichever it is.
            coming = _yes(answers.get("spouse_accompanying", False), _favoured(favour, "spouse_accompanying", 0))
            spouse: dict[str, Any] = {"canadian_citizen_or_pr": answers["spouse_citizen"], "accompanying": coming}
            if "spouse_education" in answers:
                spouse["education"] = answers["spouse_education"]
            if "spouse_work" in answers:
                spouse["canadian_work_years"] = int(answers["spouse_work"])
            kind = answers.get("spouse_test_kind")
            if kind not in (None, "none") and all(f"spouse_{a}" in answers for a in ABILITIES) \
                    and "spouse_test_date" in answers:
                day = _test_day(answers["spouse_test_date"], _favoured(favour, "spouse_test_date", 0), today)
                spouse["language_test"] = _test(kind, day, {a: answers[f"spouse_{a}"] for a in ABILITIES})
            profile["spouse"] = spouse
    if "education_level" in answers:
        profile["education"] = _education(answers)
    if "foreign_work" in answers:
        profile["foreign_work_years"] = int(answers["foreign_work"])
    for key, field in (("certificate", "certificate_of_qualification"),
                       ("nomination", "provincial_nomination"), ("sibling", "sibling_in_canada")):
        if key in answers:
            profile[field] = answers[key]
    if answers.get("sibling_whose") == "spouse" and not profile.get("spouse", {}).get("accompanying"):
        profile["sibling_in_canada"] = False  # only the partner's: counts with them coming alone (RULES.md 3)
    return profile
