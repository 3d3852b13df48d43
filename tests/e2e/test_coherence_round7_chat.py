"""The coherence audit, round 7, the chat service's side (tests/flows/test_coherence_round7.py): a person who types
refused answers before the right ones, gives a test's date as "around April 2025", reaches the result with the
reminders on, then sends /back all the way to the first question and reads /summary there. Through
ScreeningService (what Telegram and the terminal chat both call) on a real SQLite file: what the bot reads from its
database (the result, Details, /reminders, /summary) says the test's expiry as about then, keeps nothing of the
refused answers, and /summary at the first question is the one at the result.
"""

from __future__ import annotations

import copy
import pathlib
from typing import Any

import pytest

from bot.screening.service import ScreeningService
from flows import conversation as talk
from flows.machine import CRS_RESULT, VERDICT
from flows.questions import BY_ID
from storage import Repository
from tests.e2e.test_coherence_round6_chat import _data, _text
from tests.flows.test_coherence_round5 import TODAY
from tests.flows.test_coherence_round7 import _ONLY_THE_MONTH, AROUND_TEST, _given

# What the person types first at a question (refused: asked again), then what they type at the test's date
_REFUSED = {"en": {"job_start": "2031-01-01", "job_hours": "200", "test_listening": "abc", "birth": "yesterday"},
            "fr": {"job_start": "2031-01-01", "job_hours": "200", "test_listening": "abc", "birth": "hier"}}
_AROUND = {"en": ("around april 2025", "April 1, 2027 or about then", "expires around April 2027"),
           "fr": ("vers avril 2025", "1er avril 2027 environ", "vers avril 2027")}


def _chat(service: ScreeningService, user: int, lang: str) -> tuple[list[str], dict[str, Any]]:
    """Every question answered as AROUND_TEST says, a refused answer typed first where _REFUSED has one, the
    test's date typed "around"; (the refusals' replies, the answers stored at the result)."""
    given = copy.deepcopy(AROUND_TEST)
    refused: list[str] = []
    service.start(user, lang)
    for _ in range(200):
        screening = service._load(user)[0]
        assert screening is not None
        if screening.state == CRS_RESULT:
            return refused, screening.answers
        key = talk.question_key(screening)
        if screening.state == VERDICT:
            service.button(user, lang, f"a|{key}|crs")
            continue
        question = BY_ID[screening.state]
        if question.id in _REFUSED[lang] and question.id not in {r.split("|")[0] for r in refused}:
            before = _given(screening.answers)
            outcome = service.text(user, lang, _REFUSED[lang][question.id])
            assert outcome.error, (question.id, _text(outcome))
            after = service._load(user)[0]
            assert after is not None and after.state == question.id and _given(after.answers) == before
            refused.append(f"{question.id}|{_text(outcome)}")
            continue
        if question.id == "test_date":
            service.text(user, lang, _AROUND[lang][0])
            continue
        item = given["jobs"][0] if question.scope == "job" else given["tests"][0] if question.scope == "test" \
            else given
        assert question.id in item, question.id
        assert not service.button(user, lang, f"a|{key}|{_data(question, item[question.id])}").stale
    raise AssertionError("no result after 200 answers")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_refused_answers_and_a_test_around_a_month_read_the_same_everywhere(tmp_path: pathlib.Path,
                                                                              lang: str) -> None:
    with Repository(tmp_path / "bot.db") as repository:
        service = ScreeningService(repository, lambda: TODAY)
        refused, answers = _chat(service, 7001, lang)
        assert len(refused) == 4, refused
        assert answers["tests"][0]["test_date"] == "2025-04" and answers["tests"][0]["test_date_about"] is True
        assert answers["jobs"][0]["job_hours"] == 40 and answers["jobs"][0]["job_start"] == "2023-06-05"
        service.button(7001, lang, "plan|today")
        service.button(7001, lang, "rem|on")
        read = {"result": _text(service.current(7001, lang)), "details": _text(service.details(7001, lang)),
                "reminders": _text(service.command(7001, lang, "reminders")),
                "summary": _text(service.summary(7001, lang))}
        _, day, reminder = _AROUND[lang]
        assert day in read["details"] and reminder in read["reminders"], read
        assert not any(_ONLY_THE_MONTH[lang] in text for text in read.values())
        for _ in range(60):  # /back to the first question: /summary there is the one at the result
            service.back(7001, lang)
            at = service._load(7001)[0]
            assert at is not None
            if at.state == "quebec":
                break
        assert _text(service.summary(7001, lang)) == read["summary"]
