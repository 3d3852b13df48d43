"""Refusals that said only "tap one of the buttons ... for example “Less than secondary school”" where the person
needed to know what to choose (probes of session 19): an engaged person, or one with a girlfriend, at the marital
status; a credential's own name ("MBBS", "bac+5", "AEC") at the education level, where the level is what an ECA
gives it. Now the refusal says what to tap; nothing is stored either way."""

from __future__ import annotations

import pytest

from flows.texts import catalog
from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "lang"), [
    ("engaged", "en"), ("have a girlfriend", "en"), ("single (engaged)", "en"), ("fiancé", "fr"),
    ("fiancée", "fr"), ("j'ai une copine", "fr"),
])
def test_an_engaged_person_is_told_what_to_tap(typed: str, lang: str) -> None:
    outcome = answer("marital", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert catalog(lang).t("err.marital_engaged") in outcome.text


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("education_level", "MBBS", "en"), ("education_level", "some college", "en"), ("education_level", "CA", "en"),
    ("education_level", "bac+5", "fr"), ("spouse_education", "MBBS", "en"),
])
def test_a_credentials_own_name_is_told_to_choose_its_level(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    key = "err.choice_education" + ("_spouse" if question.startswith("spouse_") else "")
    assert catalog(lang).t(key, count=8) in outcome.text


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("marital", "single", "single"), ("education_level", "MBA", "master"),
    ("education_level", "B.Tech", "bachelor"),
])
def test_answers_read_before_are_read_as_before(question: str, typed: str, stored: str) -> None:
    outcome = answer(question, typed)
    assert (outcome.kind, outcome.value) == ("stored", stored)
