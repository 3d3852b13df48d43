"""Weekly hours said as an estimate (flows/estimates.py) and a partner who may come (flows/results.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flows.estimates import ESTIMATE, crs_year_notes, estimate_notes, estimated_jobs, hours_estimates, least_hours
from flows.profile_builder import NONE, build_profile
from flows.results import SPOUSE, approximate_answers, careful_favour, careful_reading, result_for_answers
from flows.texts import catalog

TODAY = dt.date(2026, 11, 27)


def _job(hours: float, start: str = "2025-11-03", estimate: bool = True) -> dict[str, Any]:
    return {"job_occupation": {"noc": "21232"}, "job_start": start, "job_ongoing": True, "job_hours": hours,
            "job_paid": True, "job_employee": True, "job_student": False, "job_authorized": True,
            "job_more": False, **({ESTIMATE: True} if estimate else {})}


def _answers(*jobs: dict[str, Any]) -> dict[str, Any]:
    return {"quebec": False, "canadian_work": True, "jobs": list(jobs),
            "tests": [{"test_kind": "ielts_general", "test_date": "2025-06-01", "test_listening": 8,
                       "test_reading": 7, "test_writing": 7, "test_speaking": 7, "test_more": False}]}


def test_least_hours_is_the_first_tenth_that_keeps_the_outcome() -> None:
    assert least_hours(28, lambda h: h >= 10.25) == 10.3
    assert least_hours(28, lambda h: h >= 28) == 28
    assert least_hours(37.5, lambda h: h >= 0.1) == 0.1
    assert least_hours(28, lambda h: True) is None, "holds without any of these hours: nothing rests on them"


def test_least_hours_asks_few_assessments() -> None:
    asked: list[float] = []
    least_hours(40, lambda h: asked.append(h) or h >= 17.3)  # type: ignore[func-returns-value]
    assert len(asked) <= 12


def test_the_day_rests_on_28_hours_a_week() -> None:
    # 389 days to 2026-11-26 at 28 h = 1,556 h; 1,560 reached for an application on 2026-11-28.
    result = result_for_answers(_answers(_job(28)), TODAY, "en")
    assert (result["verdict"], result["eligible_on"]) == ("not_yet_eligible", "2026-11-28")
    assert result["hours_estimates"] == [{"job": 1, "hours": 28.0, "least": 28.0, "verdict": "not_yet_eligible"}]
    note = estimate_notes(result, catalog("en"))[0]
    assert "at least 28 h a week" in note and "pay stubs" in note


def test_exact_hours_say_nothing_and_an_estimate_above_full_time_says_nothing() -> None:
    assert "hours_estimates" not in result_for_answers(_answers(_job(28, estimate=False)), TODAY, "en")
    assert "hours_estimates" not in result_for_answers(_answers(_job(35, "2024-01-01")), TODAY, "en")


def test_eligible_with_room_names_the_least_average_in_french() -> None:
    # 1,061 days since 2024-01-01: 1,560 x 7 / 1,061 = 10.29 h, 10.3 to the tenth.
    result = result_for_answers(_answers(_job(28, "2024-01-01")), TODAY, "fr")
    assert result["hours_estimates"][0]["least"] == 10.3
    assert "au moins 10,3 h par semaine" in estimate_notes(result, catalog("fr"))[0]


def test_a_job_that_counts_nowhere_has_no_estimate_to_weigh() -> None:
    job = {**_job(28), "job_paid": False}
    assert estimated_jobs(_answers(job)) == []


def test_not_eligible_is_not_searched() -> None:
    calls: list[Any] = []
    careful = {"verdict": "not_eligible", "eligible_on": None}
    assert hours_estimates(_answers(_job(28)), careful, lambda a: calls.append(a) or careful) == []  # type: ignore
    assert calls == []


# -- a partner who may come ----------------------------------------------------------------------------------
def _married(accompanying: Any) -> dict[str, Any]:
    return {**_answers(_job(40, "2024-01-01", estimate=False)), "birth": {"birth_date": "1994-05-05"},
            "marital": "married", "spouse_citizen": False, "spouse_accompanying": accompanying,
            "spouse_education": "bachelor", "spouse_test_kind": "none", "spouse_work": "0",
            "education_level": "bachelor", "education_where": "canada", "foreign_work": "0", "certificate": False,
            "nomination": False, "sibling": False}


def test_not_sure_the_partner_comes_is_read_in_both_columns() -> None:
    answers = _married("unsure")
    assert SPOUSE in approximate_answers(answers)
    assert build_profile(answers, TODAY, NONE)["spouse"]["accompanying"] is False
    assert build_profile(answers, TODAY, frozenset([SPOUSE]))["spouse"]["accompanying"] is True
    coming = result_for_answers(_married(True), TODAY, "en")["crs"]["total"]
    alone = result_for_answers(_married(False), TODAY, "en")["crs"]["total"]
    result = result_for_answers(answers, TODAY, "en")
    assert result["crs"]["total"] == min(coming, alone)
    assert result["approximate"]["spouse"] == {"coming": coming < alone, "crs_other": max(coming, alone)}
    assert careful_favour(result) == (frozenset([SPOUSE]) if coming < alone else NONE)


def test_a_known_answer_about_the_partner_is_no_doubt() -> None:
    assert "approximate" not in result_for_answers(_married(False), TODAY, "en")


# -- the CRS's years of Canadian work resting on an estimate ------------------------------------------------------
def _single_crs(hours: float, estimate: bool = True) -> dict[str, Any]:
    return {**_answers(_job(hours, "2024-01-01", estimate)), "birth": {"birth_date": "1997-03-10"},
            "marital": "single", "education_level": "bachelor", "education_where": "abroad_eca",
            "canadian_credential": "none", "foreign_work": "2", "certificate": False, "nomination": False,
            "sibling": False}


def test_an_estimate_deciding_a_crs_year_names_the_fewest_hours_and_the_crs_just_under() -> None:
    # 1,061 days x 28 / 7 = 4,244 h, 2 years; 2 years need 3,120 h: 20.6 h a week (20.5 give 3,107.2 h).
    result = result_for_answers(_single_crs(28), TODAY, "en")
    assert result["crs"]["total"] == 507
    assert result["crs_year_estimates"] == [{"job": 1, "hours": 28.0, "least": 20.6, "years": 2, "fewer_years": 1,
                                             "fewer_total": 470}]
    (note,) = crs_year_notes(result, catalog("en"))
    assert "at least 20.6 h a week there; just under that, it would count 1 year and your CRS would be 470" in note


def test_no_crs_year_note_for_exact_hours_or_full_time_estimates() -> None:
    assert "crs_year_estimates" not in result_for_answers(_single_crs(28, estimate=False), TODAY, "en")
    assert "crs_year_estimates" not in result_for_answers(_single_crs(35), TODAY, "en")


def test_careful_reading_is_the_verdicts() -> None:
    for accompanying in ("unsure", True, False):
        answers = _married(accompanying)
        assert careful_reading(answers, TODAY) == careful_favour(result_for_answers(answers, TODAY, "en"))


# -- whose sibling, with a partner who may come (RULES.md 3: the principal's or the accompanying spouse's) --------
def test_only_the_partners_sibling_counts_only_with_the_partner_coming() -> None:
    answers = {**_married("unsure"), "sibling": True, "sibling_whose": "spouse"}
    assert build_profile(answers, TODAY, NONE)["sibling_in_canada"] is False
    assert build_profile(answers, TODAY, frozenset([SPOUSE]))["sibling_in_canada"] is True
    mine = {**answers, "sibling_whose": "mine"}
    assert build_profile(mine, TODAY, NONE)["sibling_in_canada"] is True
