"""The typed answers behind walkthrough round 11's fixes (tests/e2e/test_walkthrough_round11_chat.py), each with
the ways people write them on a phone, in English and French, and the neighbours that must not change."""

from __future__ import annotations

import pytest

from flows.answer_words import leading_yes_no, names_refugee_claim
from flows.conversation import _is_partly
from flows.parsing import InvalidAnswer, parse_hours


@pytest.mark.parametrize("text", ["20 hrs/wk for 18 months then 40", "20h puis 40h", "20 then 40",
                                  "part time then full time", "20 h, ensuite 37,5", "25 while in school then 40",
                                  "30 now, 20 before that"])
def test_hours_that_changed_are_asked_as_two_jobs(text: str) -> None:
    with pytest.raises(InvalidAnswer) as raised:
        parse_hours(text, 168)
    assert raised.value.args[0] == "err.hours_changed"


@pytest.mark.parametrize(("text", "hours"), [("40 hrs/wk", 40), ("37.5", 37.5), ("37h30", 37.5), ("20 h/sem", 20),
                                             ("40 hours", 40)])
def test_one_figure_of_hours_is_still_read(text: str, hours: float) -> None:
    assert parse_hours(text, 168) == hours


@pytest.mark.parametrize("text", ["yes, open work permit as a refugee claimant", "oui, demandeur d'asile",
                                  "yes asylum claimant with a work permit", "oui j'étais demandeuse d'asile"])
def test_a_refugee_claim_is_no_plain_yes(text: str) -> None:
    assert names_refugee_claim(text)
    assert leading_yes_no(text, "job_authorized") is None


@pytest.mark.parametrize(("text", "answer"), [("yes, PGWP", "yes"), ("no, refugee claimant", "no"),
                                              ("non, demandeur d'asile", "non")])
def test_the_neighbours_of_a_refugee_claim_are_read_as_before(text: str, answer: str) -> None:
    found = leading_yes_no(text, "job_authorized")
    assert found in (answer, {"non": "no", "oui": "yes"}.get(answer))


@pytest.mark.parametrize("text", ["oui jusqu'à la fin de mes études", "yes until my studies ended",
                                  "Oui, jusqu'a la fin de mes etudes", "yeah until graduation", "oui en partie"])
def test_a_yes_before_until_my_studies_ended_is_that_option(text: str) -> None:
    assert _is_partly(text)


@pytest.mark.parametrize("text", ["yes", "oui", "yes 3", "no", "non jusqu'à la fin de mes études"])
def test_a_plain_yes_or_a_no_is_not_partly(text: str) -> None:
    assert not _is_partly(text)
