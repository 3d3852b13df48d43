"""Answers where a keyword of one option sits beside words that deny it or say it is not held yet, found by
playing a chat by hand and probing each question like it (session 17): "2 year college diploma not done" was
stored as a Canadian credential of one or two years (15 CRS points), "bachelor's, graduating in april" as a
bachelor's degree, "no she is PR" (to "a citizen or permanent resident?") as neither, and "no, not self-employed"
(to "an employee rather than self-employed?") as self-employed: hours that count, not counted. Each is now asked
again with why; the plain readings beside them are unchanged."""

from __future__ import annotations

import pytest

from .test_typed_answers_audit import answer

NOT_COMPLETED = [
    ("canadian_credential", "2 year college diploma not done", "en"),
    ("canadian_credential", "2 yr diploma not completed yet", "en"),
    ("canadian_credential", "currently doing a 2 year diploma", "en"),
    ("canadian_credential", "1 year pg diploma, graduating in april", "en"),
    ("canadian_credential", "2 year program dropped out", "en"),
    ("canadian_credential", "pursuing 2 year diploma at conestoga", "en"),
    ("canadian_credential", "2 year diploma finishing next month", "en"),
    ("canadian_credential", "4 yr degree but dropped in 3rd year", "en"),
    ("canadian_credential", "diplome de 2 ans pas encore termine", "fr"),
    ("canadian_credential", "dec de 3 ans en train de le faire", "fr"),
    ("education_level", "bachelor's, graduating in april", "en"),
    ("education_level", "masters finishing next month", "en"),
    ("education_level", "master en train de le faire", "fr"),
    ("education_level", "3 yr degree not done yet", "en"),
    ("spouse_education", "bachelor's, graduating in april", "en"),
    ("spouse_education", "maîtrise en cours", "fr"),
]


@pytest.mark.parametrize(("question", "typed", "lang"), NOT_COMPLETED)
def test_a_credential_not_completed_is_asked_again_with_why(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    why = "Only a completed credential counts" if lang == "en" else "Seul un diplôme obtenu compte"
    assert why in outcome.text


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("canadian_credential", "2 years diploma completed", "one_or_two_year"),
    ("canadian_credential", "2 year diploma graduated 2023", "one_or_two_year"),
    ("canadian_credential", "3 year advanced diploma", "three_year_plus"),
    ("canadian_credential", "masters from uoft", "three_year_plus"),
    ("canadian_credential", "nope all back home", "none"),
    ("education_level", "2 year college diploma", "two_year"),
])
def test_a_completed_credential_is_still_read(question: str, typed: str, stored: str) -> None:
    outcome = answer(question, typed)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("typed", "lang"), [
    ("no she is PR", "en"), ("no, she's PR", "en"), ("no my wife is a permanent resident", "en"),
    ("non elle est résidente permanente", "fr"),
])
def test_a_partners_status_said_beside_a_no_is_asked_again(typed: str, lang: str) -> None:
    outcome = answer("spouse_citizen", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert ("citizen or a permanent resident" if lang == "en" else "citoyen canadien ou résident permanent") \
        in outcome.text


@pytest.mark.parametrize(("typed", "lang"), [
    ("no he is not canadian", "en"), ("no, not a citizen", "en"), ("no she is not PR", "en"),
    ("nope she isn't a citizen or pr", "en"), ("no, neither citizen nor pr", "en"),
    ("no she's on a work permit", "en"), ("non il n'est pas canadien", "fr"), ("non, pas citoyenne", "fr"),
    ("not yet citizen", "en"), ("not yet, applied for PR", "en"), ("pas encore RP", "fr"), ("no PR", "en"),
    ("no mam, he is filipino citizen", "en"), ("no, he is indian citizen", "en"), ("no, waiting for her PR", "en"),
    ("non, en attente de sa RP", "fr"),
])
def test_a_status_denied_is_still_a_no(typed: str, lang: str) -> None:
    outcome = answer("spouse_citizen", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", False)


@pytest.mark.parametrize(("typed", "lang"), [
    ("no not self-employed", "en"), ("no, not self employed", "en"), ("no not a contractor, payroll", "en"),
    ("non, pas autonome", "fr"),
])
def test_self_employment_denied_beside_a_no_is_asked_again(typed: str, lang: str) -> None:
    outcome = answer("job_employee", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome


@pytest.mark.parametrize(("typed", "lang"), [
    ("no i'm self employed", "en"), ("no, contractor", "en"), ("non je suis autonome", "fr"),
])
def test_self_employment_said_is_still_a_no(typed: str, lang: str) -> None:
    outcome = answer("job_employee", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", False)
