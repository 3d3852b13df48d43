"""The next birthday that costs CRS age points, said with the estimate (RULES.md 3, the age rows), when it comes
within about 4 months, the nearness at which a test expiry is warned of (RULES.md 1: an invitation and the 60 days
to apply can run past it). From 30 on every birthday costs points, so a wider horizon would say it to everyone."""

from __future__ import annotations

from typing import Any

from eligibility import Profile, assess
from flows.rendering import crs_text

JOB = {"noc": "60030", "start": "2023-01-01", "end": None, "hours_per_week": 40}
CELPIP = {"test": "celpip_general", "date": "2026-01-10", "listening": 7, "reading": 7, "writing": 7,
          "speaking": 8}


def result(lang: str = "en", **more: Any) -> dict[str, Any]:
    profile = {"as_of": "2026-11-27", "marital_status": "single", "jobs": [JOB], "language_tests": [CELPIP],
               **more}
    return assess(Profile.model_validate(profile, strict=False), lang)


def warning(found: dict[str, Any]) -> str | None:
    return next((w["text"] for w in found["warnings"] if w["id"] == "age_points_fall"), None)


def test_turning_45_next_month_costs_6_points() -> None:
    # 44: 6 points without a spouse, 45: 0 (crs_grid.json's age rows).
    found = result(birth_date="1981-12-20")
    assert warning(found) == ("On December 20, 2026 you turn 45: your CRS age points fall from 6 to 0, so your "
                              "estimate drops by 6 points that day.")
    assert "On December 20, 2026 you turn 45: 6 fewer CRS points for age from that day." in crs_text(found, "en")


def test_in_french() -> None:
    said = warning(result("fr", birth_date="1981-12-20"))
    assert said is not None and said.startswith("Le 20 décembre 2026, vous aurez 45 ans")


def test_at_29_the_30th_birthday_is_the_first_that_costs_points() -> None:
    # 29 and younger: 110 without a spouse; 30: 105.
    said = warning(result(birth_date="1997-03-10")) or ""
    assert "you turn 30: your CRS age points fall from 110 to 105" in said


def test_nothing_at_25_within_the_year() -> None:
    assert warning(result(birth_date="2001-06-01")) is None


def test_a_birthday_in_about_4_months_is_said_one_later_is_not() -> None:
    assert warning(result(birth_date="1988-03-28")) is not None  # 39 on 2027-03-28, 121 days on
    assert warning(result(birth_date="1988-04-15")) is None  # 139 days on


def test_nothing_from_a_bare_age() -> None:
    assert warning(result(age=44)) is None


# A birthday that brings points (18, 19, 20: RULES.md 3's age rows go up to 20) is said too, within the 12 months a
# profile stays in the pool (RULES.md 5): 17 scores nothing.
def rise(found: dict[str, Any]) -> str | None:
    return next((w["text"] for w in found["warnings"] if w["id"] == "age_points_rise"), None)


def test_turning_18_in_ten_months_brings_99_points() -> None:
    found = result(birth_date="2009-09-30")
    assert rise(found) == ("On September 30, 2027 you turn 18: your CRS age points rise from 0 to 99, so your "
                           "estimate goes up by 99 points that day.")
    assert warning(found) is None
    assert "On September 30, 2027 you turn 18: 99 more CRS points for age from that day." in crs_text(found, "en")


def test_with_a_partner_who_comes_the_with_spouse_column_and_in_french() -> None:
    spouse = {"canadian_citizen_or_pr": False, "accompanying": True, "education": "secondary",
              "language_test": None, "canadian_work_years": 0}
    said = rise(result("fr", birth_date="2007-01-15", marital_status="married", spouse=spouse)) or ""
    assert said.startswith("Le 15 janvier 2027, vous aurez 20 ans : vos points SCG pour l'âge passeront de 95 "
                           "à 100")


def test_no_rise_beyond_20_nor_beyond_12_months() -> None:
    assert rise(result(birth_date="2006-03-01")) is None  # 20 today: 21 keeps 110
    assert rise(result(birth_date="2010-01-10")) is None  # 16: 17 brings nothing, 18 is 13 months away
