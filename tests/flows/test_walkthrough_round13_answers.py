"""The typed answers behind walkthrough round 13's fixes (tests/e2e/test_walkthrough_round13_chat.py), each with
the ways people write them on a phone, in English and French, and the neighbours that must not change."""

from __future__ import annotations

import pytest

from flows.answer_words import leading_yes_no, names_visitor_status
from flows.conversation import _many_facts


@pytest.mark.parametrize("text", ["yes visitor record", "oui, j'avais une fiche de visiteur", "visitor record",
                                  "yes i was on a tourist visa", "Oui, visa de touriste",
                                  "PGWP then visitor record", "statut de visiteur", "Yes, as a VISITOR"])
def test_a_visitor_s_status_is_named(text: str) -> None:
    assert names_visitor_status(text)


@pytest.mark.parametrize("text", ["yes pgwp", "oui permis ouvert", "yes work permit", "no", "study permit",
                                  "yes, maintained status", "oui, PVT"])
def test_a_permit_or_a_plain_answer_names_no_visitor(text: str) -> None:
    assert not names_visitor_status(text)


@pytest.mark.parametrize(("text", "answer"), [("no, just a visitor record", "no"),
                                              ("non, juste une fiche de visiteur", "no"), ("yes pgwp", "yes")])
def test_the_neighbours_of_a_visitor_s_status_are_read_as_before(text: str, answer: str) -> None:
    assert leading_yes_no(text, "job_authorized") == answer


@pytest.mark.parametrize("text", [
    "bonjour! je vis a toronto, je suis infirmiere auxiliaire depuis le 4 mars 2024, 40h par semaine, permis de "
    "travail ouvert, TEF canada 480 470 460 500 passé le 12 janvier 2026, celibataire, née le 1er juillet 1997",
    "hi, im in vancouver, cook since 2024, 40 hrs a week, celpip 9 9 8 8, single, 29 years old",
    "non\nje suis infirmière depuis mars 2024\n40h par semaine\npermis ouvert\nTEF 480 470 460 500 en janvier"])
def test_a_whole_story_in_one_message_is_many_facts(text: str) -> None:
    assert _many_facts(text)


@pytest.mark.parametrize("text", [
    "non, je suis à Ottawa", "yes, i also drive for uber on weekends",
    "yes pgwp, it ended june 30 but i applied for an lmia work permit before that so im on maintained status",
    "no, edmonton", "8 7 6.5 7", "in mexico, WES done", "au senegal avec EDE de WES",
    "20 hrs/wk for 18 months then 40"])
def test_an_answer_with_an_aside_is_not_many_facts(text: str) -> None:
    assert not _many_facts(text)
