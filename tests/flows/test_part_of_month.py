"""A part of the month said with a job's date ("end of feb 2024", « début mars 2024 »): where the month's careful
reading would lose that part (an end counted to the month's first day, a start or the end of studies from its
last), the month's days are offered to tap; where it is what was said, the month is kept."""

from __future__ import annotations

import pytest

from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_end", "end of feb 2024", "en"), ("job_end", "late feb 2024", "en"), ("job_end", "mid feb 2024", "en"),
    ("job_end", "end of february 2024", "en"), ("job_end", "fin février 2024", "fr"),
    ("job_end", "fin fevrier 2024", "fr"), ("job_start", "début mars 2024", "fr"),
    ("job_start", "start of march 2024", "en"), ("job_start", "early march 2024", "en"),
    ("job_start", "beginning of march 2024", "en"), ("job_start", "mi-mars 2024", "fr"),
    ("job_end", "à la mi-mars 2024", "fr"), ("job_start", "mid-march 2024", "en"),
    ("job_end", "fin de mars 2024", "fr"), ("job_start", "début de mars 2024", "fr"),
])
def test_the_days_are_offered_where_the_month_would_lose_the_part_said(question: str, typed: str,
                                                                       lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "offered", outcome
    month = outcome.choices[0][:7]
    assert {choice[:7] for choice in outcome.choices} == {month} and len(outcome.choices) >= 28


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("job_end", "early feb 2024", "2024-02"), ("job_end", "beginning of feb 2024", "2024-02"),
    ("job_start", "end of march 2024", "2024-03"), ("job_start", "late march 2024", "2024-03"),
    ("job_end", "feb 2024", "2024-02"), ("job_end", "ended feb 2024", "2024-02"),
])
def test_the_month_is_kept_where_its_careful_reading_is_what_was_said(question: str, typed: str,
                                                                      stored: str) -> None:
    outcome = answer(question, typed)
    assert (outcome.kind, outcome.value) == ("stored", stored)
