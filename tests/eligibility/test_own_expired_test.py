"""One's own expired result beside a valid one (walkthrough 14's Diego: a CELPIP expired, a TEF valid): what the
same scores taken again would add, worked out by hand from RULES.md 2 and 3 in the e2e chat; here, when it is said
at all."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eligibility import Profile
from eligibility.own_expired_test import expired_own_test

D = dt.date
CELPIP = {"test": "celpip_general", "listening": 9, "reading": 9, "writing": 8, "speaking": 9}
TEF = {"test": "tef_canada", "date": D(2026, 2, 20), "listening": 460, "reading": 440, "writing": 430,
       "speaking": 460}


def profile(*tests: dict[str, Any]) -> Profile:
    return Profile.model_validate({"as_of": D(2026, 12, 7), "age": 36, "marital_status": "single",
                                   "jobs": [{"noc": "72201", "start": D(2024, 4, 1), "end": None,
                                             "hours_per_week": 40}],
                                   "language_tests": list(tests)})


def test_an_expired_result_beside_a_valid_one_is_named_with_its_gain() -> None:
    found = expired_own_test(profile({**CELPIP, "date": D(2024, 6, 15)}, TEF))
    assert found is not None and found.test == "celpip_general" and found.expired_on == D(2026, 6, 15)
    assert found.gain > 0


def test_nothing_when_every_result_is_valid() -> None:
    assert expired_own_test(profile({**CELPIP, "date": D(2025, 6, 15)}, TEF)) is None


def test_nothing_when_no_result_is_valid() -> None:
    # the score says that itself (results.without_a_test_expired): never twice
    assert expired_own_test(profile({**CELPIP, "date": D(2024, 6, 15)})) is None


def test_nothing_when_taking_it_again_would_add_nothing() -> None:
    # the same TEF twice, one expired: the valid one already counts every point
    assert expired_own_test(profile({**TEF, "date": D(2024, 1, 10)}, TEF)) is None

