"""Someone whose estimate already reaches every recent CEC cut-off is not shown "One step that would have reached
every recent cut-off" (read as a step still needed, found by the French review of round 5): no way to an
invitation is computed for them; the plan of what raises the score stays."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eligibility import Profile, assess
from eligibility.rounds import seed

AS_OF = dt.date(2026, 11, 27)
BASE: dict[str, Any] = {
    "as_of": AS_OF.isoformat(), "birth_date": "1998-01-01", "marital_status": "single",
    "education": {"level": "master", "in_canada": True, "eca": False, "canadian_credential": "three_year_plus"},
    "jobs": [{"noc": "21232", "start": "2022-01-01", "hours_per_week": 40}],
}
IELTS_10 = {"test": "ielts_general", "date": "2026-06-01", "listening": 8.5, "reading": 8, "writing": 7.5,
            "speaking": 7.5}
IELTS_7 = {**IELTS_10, "listening": 6, "reading": 6, "writing": 6, "speaking": 6}


def _result(test: dict[str, Any]) -> dict[str, Any]:
    return assess(Profile.model_validate({**BASE, "language_tests": [test]}), "en", with_improvements=True,
                  today=AS_OF)


def test_a_score_above_every_recent_cut_off_gets_no_path_but_keeps_its_plan() -> None:
    result = _result(IELTS_10)
    assert result["verdict"] == "eligible"
    assert result["crs"]["total"] >= max(seed().sorted_cutoffs)  # 533 against 523 at most (RULES.md 4)
    assert result["crs_comparison"]["recent"]["would_be_invited"] == len(seed().sorted_cutoffs)
    assert result["paths"] == []
    assert result["improvements"]  # what would raise it further is still there


def test_a_score_below_the_recent_cut_offs_still_gets_its_way_there() -> None:
    result = _result(IELTS_7)
    assert result["crs"]["total"] < max(seed().sorted_cutoffs)
    assert result["paths"] and result["paths"][0]["text"]
