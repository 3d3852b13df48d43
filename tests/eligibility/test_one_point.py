"""A gain of exactly one CRS point is said in the singular, in English and French ("+1 point", never "+1 points").

RULES.md 3: a second official language at NCLC 5-6 earns 1 point per ability; this person's TCF Canada is at
NCLC 5+ in three abilities, so NCLC 5 in all four adds one point.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eligibility import Profile, assess

PROFILE = {
    "as_of": "2026-11-27", "age": 40, "intends_to_live_in_quebec": False, "marital_status": "single",
    "jobs": [{"noc": "33172", "start": "2023-11-19", "end": "2025-09-28", "hours_per_week": 25.0},
             {"noc": "93390", "start": "2024-11-01", "end": "2026-06-04", "hours_per_week": 32.5}],
    "foreign_work_years": 0,
    "language_tests": [
        {"test": "celpip_general", "date": "2025-04-03", "listening": 6, "reading": 9, "writing": 10,
         "speaking": 8},
        {"test": "tcf_canada", "date": "2026-10-19", "listening": 447, "reading": 215, "writing": 18,
         "speaking": 14}],
    "education": {"level": "two_year", "in_canada": False, "eca": False, "canadian_credential": "none"},
    "certificate_of_qualification": False, "provincial_nomination": False, "sibling_in_canada": True,
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_point_is_singular(lang: str) -> None:
    result = assess(Profile.model_validate_json(json.dumps(PROFILE)), lang, with_improvements=True,
                    today=dt.date(2026, 11, 27))
    french = next(item for item in result["improvements"] if item["id"] == "french_nclc5")
    assert french["gain"] == 1
    assert french["text"].endswith("+1 point.")
    every = " ".join(item["text"] for item in result["improvements"])
    assert "+1 points" not in every and " 1 points" not in every
