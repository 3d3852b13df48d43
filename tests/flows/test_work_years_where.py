"""Years of work typed with where they were, at the two questions about years (played by hand, session 19):
"1 yr in canada" and "2 ans au canada" to the partner's work in Canada were refused with "type a number", "2
years in dubai" there got the same refusal, and "3 years in canada" to work outside Canada too. Now the partner's
years in Canada are read, and years said for the other side of the border get why (the partner's work abroad
earns no CRS points, RULES.md's spouse factors; one's own work in Canada is counted from the jobs given)."""

from __future__ import annotations

import pytest

from flows.texts import catalog
from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("1 yr in canada", "en", "1"), ("2 ans au canada", "fr", "2"), ("1 year here", "en", "1"),
    ("2 years here on a pgwp", "en", "2"), ("she worked 2 years here", "en", "2"), ("2 years", "en", "2"),
])
def test_the_partners_years_in_canada_are_read(typed: str, lang: str, stored: str) -> None:
    outcome = answer("spouse_work", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("spouse_work", "2 years in dubai", "en"), ("spouse_work", "3 years back home", "en"),
    ("spouse_work", "she worked 3 years in india", "en"), ("spouse_work", "3 ans au maroc", "fr"),
    ("spouse_work", "2 ans au pays", "fr"), ("foreign_work", "3 years in canada", "en"),
    ("foreign_work", "2 years in toronto", "en"), ("foreign_work", "2 ans au canada", "fr"),
])
def test_years_on_the_other_side_of_the_border_are_told_why(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert catalog(lang).t(f"err.{question}_elsewhere") in outcome.text


def test_years_abroad_are_still_read_as_foreign_work() -> None:
    outcome = answer("foreign_work", "2 years in dubai")
    assert (outcome.kind, outcome.value) == ("stored", "2")
