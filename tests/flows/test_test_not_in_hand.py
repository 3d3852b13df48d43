"""A test named with a result not in hand ("ielts booked", "waiting for celpip results", "ielts expired") got the
plain "tap one of the buttons": a person could not tell whether to choose the test or "None yet". Now why: a
result counts once in hand and for 2 years, so "None yet" until then. Never read as a test or as none: a retake
of a result held is said with the same words."""

from __future__ import annotations

import pytest

from flows.texts import catalog
from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "lang"), [
    ("ielts booked", "en"), ("booked ielts for jan", "en"), ("ielts next month", "en"),
    ("waiting for ielts results", "en"), ("ielts results pending", "en"), ("did ielts but it expired", "en"),
    ("ielts expired", "en"), ("celpip but results not out yet", "en"), ("j'ai réservé le tef", "fr"),
    ("tef en attente des résultats", "fr"), ("tcf prévu en janvier", "fr"), ("mon ielts est expiré", "fr"),
])
def test_a_result_not_in_hand_is_told_which_to_choose(typed: str, lang: str) -> None:
    outcome = answer("test_kind", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert catalog(lang).t("err.test_kind_not_in_hand") in outcome.text


def test_the_partners_test_is_told_in_the_partners_words() -> None:
    outcome = answer("spouse_test_kind", "she booked ielts")
    assert outcome.kind == "refused" and catalog("en").t("err.spouse_test_kind_not_in_hand") in outcome.text


@pytest.mark.parametrize(("typed", "stored"), [
    ("ielts general", "ielts_general"), ("not yet, booked celpip", "none"), ("planning to take celpip", "none"),
])
def test_answers_read_before_are_read_as_before(typed: str, stored: str) -> None:
    assert (answer("test_kind", typed).kind, answer("test_kind", typed).value) == ("stored", stored)
