"""The conversation's answers as the contract's profile (the same JSON that `cec-screener assess` reads)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flows.questions import ABILITIES, Answers


def _test(kind: str, date: str, scores: dict[str, Any]) -> dict[str, Any]:
    return {"test": kind, "date": date, **scores}


def _complete_tests(answers: Answers) -> list[dict[str, Any]]:
    tests = []
    for item in answers.get("tests", []):
        kind = item.get("test_kind")
        keys = ["test_date", *(f"test_{a}" for a in ABILITIES)]
        if kind not in (None, "none") and all(k in item for k in keys):
            tests.append(_test(kind, item["test_date"], {a: item[f"test_{a}"] for a in ABILITIES}))
    return tests


def _complete_jobs(answers: Answers) -> list[dict[str, Any]]:
    jobs = []
    required = ("job_occupation", "job_start", "job_ongoing", "job_hours", "job_paid", "job_employee",
                "job_student", "job_authorized")
    for item in answers.get("jobs", []):
        if not all(k in item for k in required) or (item["job_ongoing"] is False and "job_end" not in item):
            continue
        jobs.append({
            **item["job_occupation"],
            "start": item["job_start"],
            "end": None if item["job_ongoing"] else item["job_end"],
            "hours_per_week": item["job_hours"],
            "in_canada": True,
            "paid": item["job_paid"],
            "self_employed": not item["job_employee"],
            "full_time_student": item["job_student"],
            "authorized": item["job_authorized"],
        })
    return jobs


def build_profile(answers: Answers, today: dt.date) -> dict[str, Any]:
    """The profile dict for the answers given so far; CRS fields only once they were asked."""
    profile: dict[str, Any] = {
        "as_of": today.isoformat(),
        "intends_to_live_in_quebec": bool(answers.get("quebec", False)),
        "jobs": _complete_jobs(answers),
        "language_tests": _complete_tests(answers),
    }
    if "birth" in answers:
        profile.update(answers["birth"])
    if "marital" in answers:
        profile["marital_status"] = answers["marital"]
        if answers["marital"] in ("married", "common_law") and "spouse_citizen" in answers:
            spouse: dict[str, Any] = {"canadian_citizen_or_pr": answers["spouse_citizen"],
                                      "accompanying": answers.get("spouse_accompanying", False)}
            if "spouse_education" in answers:
                spouse["education"] = answers["spouse_education"]
            if "spouse_work" in answers:
                spouse["canadian_work_years"] = int(answers["spouse_work"])
            kind = answers.get("spouse_test_kind")
            if kind not in (None, "none") and all(f"spouse_{a}" in answers for a in ABILITIES) \
                    and "spouse_test_date" in answers:
                spouse["language_test"] = _test(kind, answers["spouse_test_date"],
                                                {a: answers[f"spouse_{a}"] for a in ABILITIES})
            profile["spouse"] = spouse
    if "education_level" in answers:
        canadian = answers.get("education_canadian", False)
        profile["education"] = {
            "level": answers["education_level"],
            "in_canada": canadian,
            "eca": answers.get("education_eca", False) if not canadian else False,
            "canadian_credential": answers.get("canadian_credential", "none"),
        }
    if "foreign_work" in answers:
        profile["foreign_work_years"] = int(answers["foreign_work"])
    for key, field in (("certificate", "certificate_of_qualification"),
                       ("nomination", "provincial_nomination"), ("sibling", "sibling_in_canada")):
        if key in answers:
            profile[field] = answers[key]
    return profile
