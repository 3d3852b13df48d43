"""The first step said "it stays in the pool for 12 months" to someone whose test lapses sooner (session 20: a test
of November 2025 assessed for March 2027, eight months before it lapses). RULES.md: a result must be valid while
the profile is in the pool (section 2), and a profile is valid 12 months (section 6). So the step says to book a
new test before it lapses whenever it lapses within the profile's 12 months; a result that outlives them keeps the
plain step."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eligibility import Profile, assess
from eligibility.explain import catalog

D = dt.date
AS_OF = D(2026, 12, 7)


def profile(test_day: dt.date) -> dict[str, Any]:
    return {"as_of": AS_OF, "age": 29, "marital_status": "single",
            "jobs": [{"noc": "21232", "start": D(2024, 6, 1), "end": None, "hours_per_week": 40}],
            "language_tests": [{"test": "ielts_general", "date": test_day, "listening": 7.5, "reading": 7,
                                "writing": 7, "speaking": 7}]}


def first_step(test_day: dt.date, lang: str = "en") -> str:
    result = assess(Profile.model_validate(profile(test_day)), lang)
    assert result["verdict"] == "eligible"
    step = next(s for s in result["next_steps"] if s["id"] == "create_profile")
    return str(step["text"])


@pytest.mark.parametrize("test_day", [D(2025, 8, 20), D(2025, 12, 6), D(2025, 3, 1)])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_result_lapsing_within_the_profiles_year_says_to_book_a_new_one(test_day: dt.date, lang: str) -> None:
    expires = D(test_day.year + 2, test_day.month, test_day.day)
    text = first_step(test_day, lang)
    assert text == catalog(lang).t("step.create_profile_test_expiring", expires=catalog(lang).date(expires))


@pytest.mark.parametrize("test_day", [D(2025, 12, 7), D(2026, 3, 1), D(2026, 11, 30)])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_result_that_outlives_the_profile_keeps_the_plain_step(test_day: dt.date, lang: str) -> None:
    assert first_step(test_day, lang) == catalog(lang).t("step.create_profile")
