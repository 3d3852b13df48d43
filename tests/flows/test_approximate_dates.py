"""Approximate job dates: how the words are read, and the day the engine finds (flows/approximate_dates.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.answer_words import Ordinary, date_said, months_of_part, ordinary_answer
from flows.approximate_dates import about_places, approximate_day, date_estimates, last_day_keeping, said_roughly
from flows.parsing import Ambiguous
from flows.questions import BY_ID
from flows.results import result_for_answers
from flows.texts import catalog

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(("typed", "date", "about"), [
    ("around March 2023", "march 2023", True), ("vers mars 2023", "mars 2023", True),
    ("mars 2023 environ", "mars 2023", True), ("started around march 2023", "march 2023", True),
    ("~march 2023", "march 2023", True), ("approx. march 2023", "march 2023", True),
    ("roughly March 15, 2023", "march 15, 2023", True), ("aux alentours de mars 2023", "mars 2023", True),
    ("since March 2023", "march 2023", False), ("end of aug 2025", "aug 2025", False),
    ("début mars 2023", "mars 2023", False), ("approximativement mars 2023", "mars 2023", True),
])
def test_date_said_keeps_the_about(typed: str, date: str, about: bool) -> None:
    assert date_said(typed) == (date, about)


def test_i_think_around_is_not_read_as_a_date() -> None:
    assert date_said("I think around March 2023")[0] == "i think around march 2023"  # refused, as a doubt


@pytest.mark.parametrize(("typed", "months"), [
    ("early 2024", ["2024-01", "2024-02", "2024-03", "2024-04"]),
    ("début 2024", ["2024-01", "2024-02", "2024-03", "2024-04"]),
    ("mid-2023", ["2023-05", "2023-06", "2023-07", "2023-08"]),
    ("mi-2023", ["2023-05", "2023-06", "2023-07", "2023-08"]),
    ("late 2023", ["2023-09", "2023-10", "2023-11", "2023-12"]),
    ("fin 2023", ["2023-09", "2023-10", "2023-11", "2023-12"]),
    ("summer 2022", ["2022-06", "2022-07", "2022-08", "2022-09"]),
    ("été 2022", ["2022-06", "2022-07", "2022-08", "2022-09"]),
    ("spring 2024", ["2024-03", "2024-04", "2024-05", "2024-06"]),
    ("around fall 2025", ["2025-09", "2025-10", "2025-11", "2025-12"]),
    ("winter 2023", ["2022-12", "2023-01", "2023-02", "2023-03", "2023-12"]),
    ("late 2026", ["2026-09", "2026-10", "2026-11"]),  # none after today's month
    ("winter 2027", []),
])
def test_parts_of_a_year_are_their_months(typed: str, months: list[str]) -> None:
    assert months_of_part(typed, TODAY) == months


@pytest.mark.parametrize("typed", ["end of aug 2025", "early march 2024", "March 2023", "2023", "around 2023"])
def test_a_month_or_a_year_is_no_part(typed: str) -> None:
    assert months_of_part(typed, TODAY) is None


def test_last_day_keeping_finds_the_edge() -> None:
    edge = dt.date(2025, 11, 28)
    assert last_day_keeping(dt.date(2025, 10, 31), dt.date(2025, 11, 30), lambda day: day <= edge) == edge
    first = dt.date(2025, 10, 31)
    assert last_day_keeping(first, dt.date(2025, 11, 30), lambda day: False) == first


def _job(**changes: Any) -> dict[str, Any]:
    return {"job_occupation": {"noc": "21232"}, "job_start": "2025-10", "job_start_about": True,
            "job_ongoing": True, "job_hours": 30, "job_paid": True, "job_employee": True, "job_student": False,
            "job_authorized": True, **changes}


def _answers(*jobs: dict[str, Any]) -> dict[str, Any]:
    return {"quebec_plan": False, "canadian_work": True, "jobs": list(jobs),
            "tests": [{"test_kind": "ielts_general", "test_date": "2025-06-01", "test_listening": 8,
                       "test_reading": 7, "test_writing": 7, "test_speaking": 7}]}


def test_about_places_only_where_the_date_can_count() -> None:
    assert about_places(_answers(_job())) == [("job_start", 0)]
    assert about_places(_answers(_job(job_paid=False))) == []  # unpaid: counts nowhere
    assert about_places(_answers(_job(job_end="2026-03", job_end_about=True))) == [("job_start", 0)]  # ongoing
    assert about_places({**_answers(_job()), "canadian_work": False}) == []


def test_the_engine_finds_the_latest_start() -> None:
    result = result_for_answers(_answers(_job()), TODAY, "en")
    assert result["verdict"] == "eligible"
    assert result["date_estimates"] == [{"job": 1, "question": "job_start", "said": "2025-10",
                                         "day": "2025-11-28", "verdict": "eligible"}]


def test_nothing_said_where_the_next_month_changes_nothing() -> None:
    assert "date_estimates" not in result_for_answers(_answers(_job(job_start="2025-03")), TODAY, "en")


def test_not_eligible_is_not_searched() -> None:
    careful = {"verdict": "not_eligible", "eligible_on": None}
    assert date_estimates(_answers(_job()), careful, TODAY, lambda q, i: False, lambda a: careful) == []


@pytest.mark.parametrize(("question", "typed", "lang", "first", "last"), [
    ("job_start", "summer 2023", "en", "2023-06", "2023-09"),
    ("job_start", "l'automne 2023", "fr", "2023-09", "2023-12"),
    ("job_end", "fin 2025", "fr", "2025-09", "2025-12"), ("job_start", "early 2024", "en", "2024-01", "2024-04"),
])
def test_a_part_of_a_year_is_asked_with_its_months(question: str, typed: str, lang: str, first: str,
                                                   last: str) -> None:
    with pytest.raises(Ambiguous) as asked:
        ordinary_answer(BY_ID[question], typed, TODAY)
    assert asked.value.kind == "date_about" and asked.value.key == "answers.date_part"
    assert (asked.value.choices[0], asked.value.choices[-1]) == (f"{first}~", f"{last}~")


def test_said_roughly_is_marked_for_a_date_never_for_an_age() -> None:
    # the conversation keeps the mark for a job's start or end only (flows/conversation.py, ABOUT)
    assert ordinary_answer(BY_ID["job_start"], "around March 2025", TODAY) == Ordinary("march 2025", estimate=True)
    assert ordinary_answer(BY_ID["birth"], "about 30", TODAY) == Ordinary("30")


# -- the end of full-time studies and a language test's date said as "about" (RULES.md 1 and 2) -----------------
def _studies(**changes: Any) -> dict[str, Any]:
    return _job(**{"job_start": "2025-01-01", "job_start_about": False, "job_student": "partly",
                   "job_student_end": "2025-10", "job_student_end_about": True, **changes})


def _tested(date: str, job: dict[str, Any] | None = None) -> dict[str, Any]:
    answers = _answers(job or _job(job_start="2024-01-01", job_start_about=False))
    answers["tests"][0].update(test_date=date, test_date_about=True)
    return answers


def test_about_places_hold_the_end_of_studies_and_complete_tests_only() -> None:
    assert about_places(_answers(_studies())) == [("job_student_end", 0)]
    assert about_places(_answers(_studies(job_student=False))) == []  # no studies ended in the job
    assert about_places(_tested("2024-12")) == [("test_date", 0)]
    incomplete = _tested("2024-12")
    del incomplete["tests"][0]["test_speaking"]
    assert about_places(incomplete) == []  # not in the profile yet


def test_the_engine_finds_the_latest_end_of_studies() -> None:
    # Studies read as ended on October 31, 2025: 391 days x 30 / 7 = 1,676 h. An end on November 27 leaves 364
    # days (1,560 h), on November 28 363 days: the latest end that keeps "eligible" is November 27, 2025.
    result = result_for_answers(_answers(_studies()), TODAY, "en")
    assert result["verdict"] == "eligible" and result["qualifying_hours"] == 1676
    assert result["date_estimates"] == [{"job": 1, "question": "job_student_end", "said": "2025-10",
                                         "day": "2025-11-27", "verdict": "eligible"}]


def test_an_end_of_studies_long_before_says_nothing() -> None:
    assert "date_estimates" not in result_for_answers(_answers(_studies(job_student_end="2025-03")), TODAY, "en")


def test_the_engine_finds_the_earliest_test_date() -> None:
    # A test read as taken on December 1, 2024 expires on December 1, 2026; valid 2 years, one taken on November
    # 27, 2024 has lapsed on the application day (November 27, 2026), one on November 28 has not.
    result = result_for_answers(_tested("2024-12"), TODAY, "en")
    assert result["verdict"] == "eligible"
    assert result["date_estimates"] == [{"test": 1, "question": "test_date", "said": "2024-12",
                                         "day": "2024-11-28", "verdict": "eligible"}]
    assert "date_estimates" not in result_for_answers(_tested("2025-06"), TODAY, "en")  # a month earlier: valid


def test_a_test_that_would_lapse_before_the_day_is_named() -> None:
    # 30 h from January 5, 2026: 1,560 h on January 4, 2027. A test of February 2025 lasts past it; one taken
    # before January 5, 2025 would expire on or before that day (RULES.md 1: warned): the day found is January 5.
    answers = _tested("2025-02", _job(job_start="2026-01-05", job_start_about=False))
    result = result_for_answers(answers, TODAY, "en")
    assert (result["verdict"], result["eligible_on"]) == ("not_yet_eligible", "2027-01-04")
    assert result["date_estimates"][0]["day"] == "2025-01-05"


def test_approximate_day_is_said_for_a_not_yet_day_only() -> None:
    # 30 h from "around December 1, 2025": 1,560 h on November 30, 2026
    answers = _answers(_job(job_start="2025-12-01"))
    result = result_for_answers(answers, TODAY, "en")
    assert approximate_day(result, catalog("en")) == (
        "November 30, 2026 is an approximate day: it rests on job 1's start, given as around December 1, 2025.")
    assert approximate_day(result, catalog("fr")) == (
        "Le 30 novembre 2026 est une date approximative : elle repose sur le début de l'emploi 1, situé vers le "
        "1er décembre 2025.")
    assert approximate_day(result_for_answers(_answers(_job()), TODAY, "en"), catalog("en")) is None  # eligible
    exact = {**answers, "jobs": [{**answers["jobs"][0], "job_start_about": False}]}
    assert approximate_day(result_for_answers(exact, TODAY, "en"), catalog("en")) is None  # said exactly


def test_approximate_day_names_hours_said_as_an_estimate() -> None:
    answers = _answers(_job(job_start="2025-12-01", job_start_about=False, job_hours=30,
                            job_hours_estimate=True))
    result = result_for_answers(answers, TODAY, "en")
    assert approximate_day(result, catalog("en")) == (
        "November 30, 2026 is an approximate day: it rests on job 1's weekly hours, given as about 30.")


def test_said_roughly() -> None:
    assert said_roughly(_answers(_job())) and said_roughly(_tested("2024-12"))
    assert not said_roughly(_answers(_job(job_start_about=False)))
    assert said_roughly(_answers(_job(job_start_about=False, job_hours_estimate=True)))


@pytest.mark.parametrize(("typed", "first", "last"), [("summer 2025", "2025-06", "2025-09"),
                                                      ("fin 2025", "2025-09", "2025-12")])
def test_a_part_of_a_year_for_the_end_of_studies_is_asked_with_its_months(typed: str, first: str,
                                                                           last: str) -> None:
    with pytest.raises(Ambiguous) as asked:
        ordinary_answer(BY_ID["job_student_end"], typed, TODAY)
    assert (asked.value.choices[0], asked.value.choices[-1]) == (f"{first}~", f"{last}~")


def test_a_season_for_a_test_date_is_still_refused() -> None:
    # the test report gives the day: a season is not offered as months (the question asks for the day)
    assert ordinary_answer(BY_ID["test_date"], "summer 2025", TODAY) != Ordinary("summer 2025")
