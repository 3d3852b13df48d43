"""Rounds named after an occupation (RULES.md 4: physicians, round 440, lowest 198; senior managers, round 444,
lowest 389): someone eligible now who works in such an occupation hears of them beside the CEC comparison, with
the caution that our rules list no occupations for them. Nobody else does, and nobody not eligible now."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from eligibility import Profile, assess

TODAY = dt.date(2026, 11, 27)


def comparison(noc: str, lang: str = "en", **changes: Any) -> str:
    profile = {
        "as_of": TODAY.isoformat(), "age": 40, "intends_to_live_in_quebec": False, "marital_status": "single",
        "jobs": [{"noc": noc, "start": "2023-06-01", "end": None, "hours_per_week": 40}],
        "language_tests": [{"test": "ielts_general", "date": "2026-01-10", "listening": 8, "reading": 7,
                            "writing": 7, "speaking": 7}],
        "education": {"level": "master", "in_canada": False, "eca": True, "canadian_credential": "none"},
        **changes,
    }
    result = assess(Profile.model_validate_json(json.dumps(profile)), lang, today=TODAY)
    return result["crs_comparison"]["explanation"]


def test_a_senior_manager_hears_of_the_senior_managers_round() -> None:
    said = comparison("00012")
    assert ("As a senior manager, you may also be considered in rounds for senior managers with Canadian work "
            "experience: in 2026 the lowest invited score was 389. Our rules do not list the occupations and the "
            "experience these rounds require") in said
    assert "physician" not in said


def test_a_family_physician_employee_hears_of_the_physicians_round_in_french() -> None:
    said = comparison("31102", "fr")
    assert ("Comme médecin, vous pourriez aussi être pris(e) en compte lors des rondes pour les médecins ayant "
            "une expérience de travail au Canada : en 2026, le score minimal des candidats invités était "
            "de 198.") in said
    assert "Nos règles ne précisent pas les professions" in said


@pytest.mark.parametrize("noc", ["21232", "31301", "00010", "31209"])
def test_other_occupations_hear_of_no_such_round(noc: str) -> None:
    said = comparison(noc)
    assert "physicians" not in said and "senior managers" not in said


def test_not_eligible_now_hears_of_no_such_round() -> None:
    said = comparison("31102", language_tests=[])  # no valid language result: not eligible
    assert "physicians" not in said
