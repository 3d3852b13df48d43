"""A person not yet eligible whose level rises by the day they qualify, met by another of their results.

RULES.md 1: the language level is that of the occupation with the most qualifying hours in the window. Today a
cook's 523 h (63200, TEER 3: 2026-06-01 to 2026-09-30, 122 days x 30/7) lead a developer's 244 h (21232, TEER 1,
from 2026-10-01 at 30 h): CLB 5 applies, which a CELPIP at 6 meets. The hours reach 1,560 on 2027-05-31
(242 more days at 30/7), when the developer's 1,037 h lead: CLB 7 applies then, which only the IELTS (CLB 9)
meets, and it expires on 2027-06-01 (2 years, RULES.md 2). The verdict must say that eligibility will rest on
the IELTS, and warn of its expiry, rather than speak of the CELPIP alone (found by the reminders audit).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from eligibility import Profile, assess

AS_OF = dt.date(2026, 11, 27)
COOK_THEN_DEVELOPER = [{"noc": "63200", "start": "2026-06-01", "end": "2026-09-30", "hours_per_week": 30},
                       {"noc": "21232", "start": "2026-10-01", "end": None, "hours_per_week": 30}]


def celpip(date: str, level: int) -> dict[str, Any]:
    return {"test": "celpip_general", "date": date, "listening": level, "reading": level, "writing": level,
            "speaking": level}


def ielts(date: str) -> dict[str, Any]:  # 8/7/7/7: CLB 9 in each ability
    return {"test": "ielts_general", "date": date, "listening": 8, "reading": 7, "writing": 7, "speaking": 7}


def result(tests: list[dict[str, Any]], lang: str = "en") -> dict[str, Any]:
    profile = Profile.model_validate_json(json.dumps({"as_of": AS_OF.isoformat(), "birth_date": "1995-01-01",
                                      "jobs": COOK_THEN_DEVELOPER, "language_tests": tests}))
    return assess(profile, lang)


def warnings(found: dict[str, Any]) -> dict[str, str]:
    return {w["id"]: w["text"] for w in found["warnings"]}


def test_eligibility_resting_on_another_result_is_said_with_its_expiry() -> None:
    found = result([celpip("2026-06-01", 6), ielts("2025-06-01")])
    assert (found["verdict"], found["eligible_on"], found["required_clb"]) == ("not_yet_eligible", "2027-05-31", 5)
    said = warnings(found)
    assert said["language_level_rises_met"] == (
        "On May 31, 2027, when you should qualify, the occupation with the most of your hours will be NOC 21232 "
        "(TEER 1), which needs CLB 7 in each ability (the level follows that occupation): of your results, only "
        "your IELTS General Training of June 1, 2025 meets it, so your eligibility will rest on it.")
    assert "expires on June 1, 2027" in said["test_expires_soon"], "the IELTS's expiry, a day after, is warned of"


def test_the_same_in_french() -> None:
    said = warnings(result([celpip("2026-06-01", 6), ielts("2025-06-01")], "fr"))
    assert "Le 31 mai 2027, quand vous devriez devenir admissible" in said["language_level_rises_met"]
    assert "seul votre IELTS General Training du 1er juin 2025 l'atteint" in said["language_level_rises_met"]
    assert "1er juin 2027" in said["test_expires_soon"]


def test_nothing_is_added_when_todays_result_meets_the_higher_level_too() -> None:
    said = warnings(result([celpip("2026-06-01", 9)]))
    assert "language_level_rises_met" not in said and "language_level_rises" not in said


def test_of_several_results_meeting_it_the_longest_lasting_is_named() -> None:
    said = warnings(result([celpip("2026-06-01", 6), ielts("2025-06-01"), ielts("2025-09-15")]))
    assert "of your results that meet it, your IELTS General Training of September 15, 2025 lasts longest" in (
        said["language_level_rises_met"])


def test_when_no_result_meets_it_then_the_rise_is_said_as_before() -> None:
    # An IELTS of 2025-03-01 expires 2027-03-01, before 2027-05-31: nothing meets CLB 7 on that day.
    said = warnings(result([celpip("2026-06-01", 6), ielts("2025-03-01")]))
    assert "language_level_rises" in said and "language_level_rises_met" not in said
