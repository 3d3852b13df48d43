"""Full-time studies said with their end, as a graduate types it (found playing a chat by hand, session 18): "i was
in school till april 2023" to "Were you a full-time student while working in job 1?" got "Please answer yes or
no": it is the "Until my studies ended" option, whose end the next question asks. A doubt, a "but" or a no is
still asked again."""

from __future__ import annotations

import pytest

from .test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "lang"), [
    ("i was in school till april 2023", "en"), ("in school till april 2023", "en"),
    ("full time student until may 2024", "en"), ("i was studying until august 2023", "en"),
    ("yes till april 30 2023", "en"), ("j'étais aux études jusqu'en avril 2023", "fr"),
    ("étudiante à temps plein jusqu'en mai 2024", "fr"),
])
def test_studies_said_with_their_end_are_until_my_studies_ended(typed: str, lang: str) -> None:
    outcome = answer("job_student", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "partly"), outcome


@pytest.mark.parametrize("typed", [
    "i was in school", "in school till april 2023 but part time", "not a student till april 2023",
])
def test_studies_without_an_end_or_with_a_but_are_asked_again(typed: str) -> None:
    assert answer("job_student", typed).kind == "refused"
