"""A partner's test said to be the person's own kind ("same as mine", "same test", « le même test que moi »),
found playing a couple's chat by hand (session 18): it got "Please choose one of the options", though the date and
the scores questions after it already read "same as mine". Read when the person took one kind of test only; with
two kinds, which one is not guessed."""

from __future__ import annotations

import pytest

from flows import conversation as talk

from .test_typed_answers_audit import TODAY, answer, waiting_at


@pytest.mark.parametrize(("typed", "lang"), [
    ("same as mine", "en"), ("same test", "en"), ("the same one as me", "en"), ("le même test que moi", "fr"),
    ("pareil", "fr"),
])
@pytest.mark.parametrize("own", ["ielts_general", "tef_canada"])
def test_the_same_test_as_mine_is_the_person_s_own_kind(typed: str, lang: str, own: str) -> None:
    outcome = answer("spouse_test_kind", typed, lang, test=own)
    assert (outcome.kind, outcome.value) == ("stored", own), outcome


def test_with_two_kinds_of_test_the_same_is_asked_again() -> None:
    screening = waiting_at("spouse_test_kind")
    tests = screening.answers["tests"]
    tests.append({**tests[0], "test_kind": "tef_canada"})
    reply = talk.handle_text(screening, "same as mine", "en", TODAY)
    assert reply.error and "spouse_test_kind" not in screening.answers
    assert reply.messages[-1].text == talk.question_message(screening, "en", TODAY).text


def test_a_same_day_is_no_test_kind() -> None:
    assert answer("spouse_test_kind", "same day").kind == "refused"
