"""A program with one round in its latest year is said with its one score, not "ranged from 420 to 420": early in
a year, a live feed gives the French-language proficiency or nominee rounds one round of that year."""

from __future__ import annotations

import datetime as dt

import pytest

from eligibility import Profile, assess
from eligibility.rounds import Rounds, from_records, seed

AS_OF = dt.date(2027, 1, 20)


def _rounds(french_cutoffs: list[int]) -> Rounds:
    shipped = [r.as_record() for r in seed().rounds]
    new = [{"number": str(460 + n), "date": f"2027-01-{10 + n:02d}", "program": "french_language_proficiency",
            "invitations": 1000, "lowest_crs": cutoff} for n, cutoff in enumerate(french_cutoffs)]
    return from_records(shipped + new, AS_OF)


def _french_speaker() -> Profile:
    return Profile.model_validate({
        "as_of": AS_OF.isoformat(), "birth_date": "1994-05-01", "marital_status": "single",
        "education": {"level": "bachelor", "in_canada": False, "eca": True},
        "jobs": [{"noc": "21232", "start": "2024-01-01", "hours_per_week": 40}],
        "language_tests": [{"test": "tef_canada", "date": "2026-06-01", "listening": 520, "reading": 520,
                            "writing": 520, "speaking": 520}]})


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "in 2027 the lowest invited score was 420."),
    ("fr", "en 2027, le score minimal des candidats invités était de 420."),
])
def test_one_french_round_this_year_is_said_with_its_score(lang: str, said: str) -> None:
    result = assess(_french_speaker(), lang, _rounds([420]))
    explanation = result["crs_comparison"]["explanation"]
    assert said in explanation
    assert "420 to 420" not in explanation and "de 420 à 420" not in explanation


def test_two_french_rounds_this_year_are_said_as_a_range() -> None:
    result = assess(_french_speaker(), "en", _rounds([420, 401]))
    assert "in 2027 their lowest invited scores ranged from 401 to 420." in result["crs_comparison"]["explanation"]
