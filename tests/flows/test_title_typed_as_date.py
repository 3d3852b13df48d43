"""A date typed at the job title question (one question ahead, on a phone: "march 2024") was searched as a title
and offered business development officers and financial analysts "only if it really is what you did". A month
and a number and nothing else is a date: said so, and the title asked again; a title with its dates is searched
without them."""

from __future__ import annotations

import pytest

from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "lang", "said"), [
    ("march 2024", "en", "is a date, not a job title"), ("since march 2024", "en", "is a date, not a job title"),
    ("May 2022", "en", "is a date, not a job title"), ("15 june 2023", "en", "is a date, not a job title"),
    ("depuis mars 2024", "fr", "est une date, pas un titre de poste"),
    ("le 3 mai 2023", "fr", "est une date, pas un titre de poste"),
    ("vers février 2025", "fr", "est une date, pas un titre de poste"),
    ("around march 2024", "en", "is a date, not a job title"),
    ("end of feb 2024", "en", "is a date, not a job title"),
])
def test_a_date_at_the_title_question_is_said_to_be_one(typed: str, lang: str, said: str) -> None:
    outcome = answer("job_occupation", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert said in outcome.text


@pytest.mark.parametrize("typed", ["cook since march 2024", "may", "marketing coordinator"])
def test_a_title_with_month_words_is_still_searched(typed: str) -> None:
    assert answer("job_occupation", typed).kind == "offered"
