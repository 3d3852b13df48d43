"""What the oracle comparison (test_crs_oracle_property.py) found in the engine, each case worked by hand."""

from __future__ import annotations

from typing import Any

from eligibility import Profile, assess

# 21232 (TEER 1) at 40 h from 2025-04-06: 362 days by 2026-04-03 = 1,551.4 h; the 364th day is 2026-04-05.
JOB = {"noc": "21232", "start": "2025-04-06", "end": None, "hours_per_week": 40}
# TEF of 2024-04-04: NCLC 10 in all four, valid to 2026-04-04, the day before the hours are reached.
TEF_NCLC10 = {"test": "tef_canada", "date": "2024-04-04", "listening": 546, "reading": 546, "writing": 558,
              "speaking": 556}
# PTE Core of 2026-04-03: 28 / 51 / 40 / 37 = CLB 4 / 6 / 3 / 3, valid for two more years.
PTE_WEAK = {"test": "pte_core", "date": "2026-04-03", "listening": 28, "reading": 51, "writing": 40,
            "speaking": 37}


def run(tests: list[dict[str, Any]]) -> dict[str, Any]:
    return assess(Profile.model_validate({"as_of": "2026-04-03", "age": 27, "jobs": [JOB],
                                          "language_tests": tests}))


def test_a_weaker_result_still_valid_does_not_turn_not_yet_into_not_eligible() -> None:
    # RULES.md 1: "Warn if the language test expires ... before that day": the expiry is warned of, the day stands.
    # CLB 7 applies today and on 2026-04-05 (one TEER 1 job): the level does not rise. With the TEF alone the
    # verdict was already not yet eligible; a weaker PTE result beside it made it not eligible, with a warning
    # that the level rises.
    alone, both = run([TEF_NCLC10]), run([PTE_WEAK, TEF_NCLC10])
    for result in (alone, both):
        assert (result["verdict"], result["eligible_on"], result["required_clb"]) == (
            "not_yet_eligible", "2026-04-05", 7)
        warnings = [w["id"] for w in result["warnings"]]
        assert "test_expires_before_eligible" in warnings and "language_level_rises" not in warnings
