"""The chat that found it (session 18): a truck driver answered the work permit question one step early, "yes
work permit LMIA" to "Were you a full-time student while working in job 1?", and was stored as a full-time
student (the job's 2 years of hours counted for nothing: not eligible). Now the question is asked again with why,
nothing is stored, and the next answer goes on as usual."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.texts import catalog

from .bot_fixtures import answers, bot_on, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


@pytest.mark.parametrize(("lang", "typed"), [("en", "yes work permit LMIA"), ("fr", "oui permis de travail EIMT")])
async def test_a_work_permit_said_to_the_student_question_is_asked_again(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await chat.click(t(lang, "button.no"))  # not Quebec
        await chat.click(t(lang, "button.yes"))  # a job in Canada
        await chat.send("73300")
        await chat.send("2023-01-15")
        await chat.click(t(lang, "button.no"))  # the job ended
        await chat.send("2025-02-01")
        await chat.send("50")
        await chat.click(t(lang, "button.yes"))  # paid
        await chat.click(t(lang, "button.yes"))  # an employee
        assert state(bot, chat) == "job_student"
        await chat.send(typed)
        assert t(lang, "err.yes_other_subject") in chat.last_text
        assert state(bot, chat) == "job_student", "asked again, never stored as a full-time student"
        assert "job_student" not in answers(bot, chat)["jobs"][0]
        await chat.click(t(lang, "button.no"))
        assert state(bot, chat) == "job_authorized"
        assert answers(bot, chat)["jobs"][0]["job_student"] is False
