"""The same as tests/eligibility/test_profile_outlives_test.py, from the "not yet" day (session 21, a cook in a
chat played by hand: eligible on April 14, 2027 on a CELPIP of June 2025, lapsing on June 1, 2027, read "Create
your Express Entry profile once you meet every requirement" alone). RULES.md 2 and 6: a result must be valid while
the profile is in the pool, and a profile is valid 12 months; so from the day, the step says to book a new test
before it lapses whenever it lapses within 12 months of that day."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eligibility import Profile, assess
from eligibility.explain import catalog

D = dt.date
AS_OF = D(2026, 12, 7)
START = D(2026, 4, 15)  # 35 h a week: 1,560 hours (30 counted a week) 52 weeks later, April 14, 2027


def result(test_day: dt.date, lang: str = "en") -> dict[str, Any]:
    profile = {"as_of": AS_OF, "age": 29, "marital_status": "single",
               "jobs": [{"noc": "63200", "start": START, "end": None, "hours_per_week": 35}],
               "language_tests": [{"test": "celpip_general", "date": test_day, "listening": 8, "reading": 8,
                                   "writing": 7, "speaking": 8}]}
    return assess(Profile.model_validate(profile), lang)


def step(test_day: dt.date, lang: str) -> str:
    found = result(test_day, lang)
    assert found["verdict"] == "not_yet_eligible" and found["eligible_on"] == "2027-04-14"
    return str(next(s for s in found["next_steps"] if s["id"] == "create_profile_later")["text"])


@pytest.mark.parametrize("test_day", [D(2025, 6, 1), D(2025, 6, 15), D(2026, 1, 10), D(2026, 4, 13)])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_result_lapsing_within_a_year_of_the_day_says_to_book_a_new_one(test_day: dt.date, lang: str) -> None:
    expires = D(test_day.year + 2, test_day.month, test_day.day)
    assert step(test_day, lang) == catalog(lang).t("step.create_profile_later_test_expiring",
                                                   expires=catalog(lang).date(expires))


@pytest.mark.parametrize("test_day", [D(2026, 4, 14), D(2026, 6, 1), D(2026, 11, 30)])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_result_that_outlives_the_profile_keeps_the_plain_step(test_day: dt.date, lang: str) -> None:
    assert step(test_day, lang) == catalog(lang).t("step.create_profile_later")


def test_a_result_lapsing_before_the_day_asks_for_a_new_test_instead() -> None:
    found = result(D(2025, 3, 1))  # lapses March 1, 2027, before the day: a new test is what to do, said as such
    assert found["verdict"] == "not_yet_eligible"
    ids = [s["id"] for s in found["next_steps"]]
    assert "language_test" in ids and "create_profile_later" in ids
    later = next(s for s in found["next_steps"] if s["id"] == "create_profile_later")
    assert later["text"] == catalog("en").t("step.create_profile_later")
