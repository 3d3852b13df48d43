"""Answers where a keyword of one option sits beside words that deny it or say it is not held yet, found by
playing a chat by hand and probing each question like it (session 17): "2 year college diploma not done" was
stored as a Canadian credential of one or two years (15 CRS points), "bachelor's, graduating in april" as a
bachelor's degree, "no she is PR" (to "a citizen or permanent resident?") as neither, and "no, not self-employed"
(to "an employee rather than self-employed?") as self-employed: hours that count, not counted. Each is now asked
again with why; the plain readings beside them are unchanged."""

from __future__ import annotations

import pytest

from flows import conversation as talk

from .test_typed_answers_audit import TODAY, answer, waiting_at

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


@pytest.mark.parametrize(("typed", "lang", "label"), [
    ("not sure, june 2025", "en", "around June 2025 (approximate)"),
    ("i dont remember, june 2025?", "en", "around June 2025 (approximate)"),
    ("pas sûr, juin 2025", "fr", "vers juin 2025 (approximatif)"),
    ("not sure, 14 june 2025", "en", "around June 14, 2025 (approximate)"),
])
def test_a_test_date_said_with_a_doubt_is_offered_as_approximate(typed: str, lang: str, label: str) -> None:
    """"not sure, june 2025" was stored as "I don't know the date": the month said was lost."""
    asked = talk.handle_text(waiting_at("test_date"), typed, lang, TODAY)
    buttons = [b for row in asked.messages[-1].buttons or [] for b in row]
    assert asked.messages[-1].text.startswith("❓") and typed in asked.messages[-1].text
    assert [b.label for b in buttons] == [label, "I don't know the date" if lang == "en" else
                                         "Je ne connais pas la date"]
    assert buttons[1].data.endswith("|unsure")


def test_the_month_tapped_is_kept_as_approximate() -> None:
    screening = waiting_at("test_date")
    asked = talk.handle_text(screening, "not sure, june 2025", "en", TODAY)
    month = next(b.data.rsplit("|", 1)[1] for row in asked.messages[-1].buttons or [] for b in row)
    tapped = talk.handle_button(screening, "test_date:0", month, "en", TODAY)
    assert tapped is not None and "Noted as approximate: around June 2025" in tapped.messages[0].text
    test = screening.answers["tests"][0]
    assert (test["test_date"], test["test_date_about"]) == ("2025-06", True)


def test_a_doubt_alone_is_still_i_dont_know_the_date() -> None:
    assert (answer("test_date", "not sure").kind, answer("test_date", "not sure").value) == ("stored", "unsure")
