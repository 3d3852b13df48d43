"""Answers from chats played by hand in session 21 (a warehouse supervisor answering by voice typing, whole
sentences at every question), read as the question asks; what stays asked beside them."""

from __future__ import annotations

import pytest

from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "hours"), [
    ("usually around 35 to 40 hours per week", 35), ("normally 37.5 hours", 37.5), ("it depends, 30 to 40", 30),
    ("it depends 35 to 40", 35), ("generally about 40", 40), ("mostly 40", 40),
    ("usually around 40 hours per week", 40), ("normalement environ 35h", 35), ("ca depend, 30 a 40", 30),
])
def test_hours_said_with_two_hedges_or_a_doubt_first(typed: str, hours: float) -> None:
    outcome = answer("job_hours", typed, "fr" if "ca " in typed or "normalement" in typed else "en")
    assert (outcome.kind, outcome.value) == ("stored", hours)


def test_a_range_across_30_hours_stays_asked() -> None:
    outcome = answer("job_hours", "usually 20 to 40")
    assert outcome.kind == "asked" and outcome.value is None  # 20 and 40 count differently: which, asked


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_more", "no thats my only job", "en"), ("job_more", "no that's my only job", "en"),
    ("job_more", "thats my only job", "en"), ("job_more", "only one job", "en"),
    ("job_more", "no that was my only job", "en"), ("job_more", "c est mon seul job", "fr"),
    ("job_more", "no, just this job", "en"), ("job_more", "my only job", "en"),
    ("job_more", "un seul emploi", "fr"), ("test_more", "no thats my only test", "en"),
])
def test_the_only_one_is_a_no(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", False)


@pytest.mark.parametrize("typed", ["only one", "only", "yes only one more"])
def test_only_one_alone_may_be_one_more(typed: str) -> None:
    assert answer("job_more", typed).kind != "stored"


@pytest.mark.parametrize(("question", "typed", "lang", "value"), [
    # the CRS part answered in whole sentences, by voice typing
    ("foreign_work", "I worked for 3 years in India before coming", "en", "3"),
    ("foreign_work", "i worked 3 years in india", "en", "3"),
    ("foreign_work", "worked for 3 years in india", "en", "3"),
    ("foreign_work", "i worked 3 years", "en", "3"), ("foreign_work", "j ai travaille 3 ans au maroc", "fr", "3"),
    ("foreign_work", "j'ai travaillé 2 ans au Maroc avant de venir", "fr", "2"),
    ("spouse_work", "she worked here for 1 year", "en", "1"),
    ("spouse_work", "she has no Canadian work experience", "en", "0"),
    ("spouse_work", "elle a aucune experience au canada", "fr", "0"),
    ("education_level", "I did a 2 year diploma at Seneca", "en", "two_year"),
    ("education_level", "i have a 2 year diploma from seneca", "en", "two_year"),
    ("education_level", "masters at university of toronto", "en", "master"),
    ("spouse_education", "he finished high school", "en", "secondary"),
    ("spouse_education", "she did her masters", "en", "master"),
    ("spouse_education", "she completed a bachelor", "en", "bachelor"),
    ("nomination", "no not yet but I applied", "en", False),
    ("nomination", "no but i applied for oinp", "en", False),
    ("nomination", "pas encore mais j ai applique", "fr", False),
])
def test_sentences_said_by_voice(question: str, typed: str, lang: str, value: object) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", value)


@pytest.mark.parametrize(("question", "typed"), [
    ("foreign_work", "i worked 2 years in canada"),  # years in Canada are not years abroad
    ("foreign_work", "i worked 2 years as a cashier in manila"),  # not skilled work (TEER 5)
    ("spouse_work", "she worked in india for 2 years"),  # abroad, not the partner's work in Canada
    ("education_level", "bachelor in progress at york"),  # not held yet
    ("nomination", "yes i applied"),  # a yes and an application: asked
])
def test_sentences_that_stay_asked(question: str, typed: str) -> None:
    assert answer(question, typed).kind in ("refused", "asked")


@pytest.mark.parametrize(("question", "typed", "value"), [
    ("job_hours", "Je fais environ 35 à 40 heures par semaine", 35), ("job_hours", "je fais 40h", 40),
    ("job_paid", "Oui je suis payée aux deux semaines", True), ("job_paid", "oui payé aux 2 semaines", True),
])
def test_french_sentences_said_by_voice(question: str, typed: str, value: object) -> None:
    outcome = answer(question, typed, "fr")
    assert (outcome.kind, outcome.value) == ("stored", value)


@pytest.mark.parametrize(("typed", "value"), [("i do 40 hours a week", 40), ("i usually work 37.5", 37.5)])
def test_hours_said_with_what_one_does(typed: str, value: float) -> None:
    outcome = answer("job_hours", typed)
    assert (outcome.kind, outcome.value) == ("stored", value)
