"""Approximate job dates: how the words are read, and the day the engine finds (flows/approximate_dates.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.answer_words import Ordinary, date_said, months_of_part, ordinary_answer
from flows.approximate_dates import about_places, date_estimates, last_day_keeping
from flows.parsing import Ambiguous
from flows.questions import BY_ID
from flows.results import result_for_answers

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
