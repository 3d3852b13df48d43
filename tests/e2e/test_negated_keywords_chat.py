"""Chats of session 17's fixes that store two answers from one message: "yes until march 2028" to "Do you still
work in job 1?" is the job still going with its planned end, saved before the next question is sent (it was
refused with "yes or no", and a tap on Yes lost the contract's end)."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.texts import catalog

from .bot_fixtures import answers, bot_on, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


@pytest.mark.parametrize(("lang", "typed", "day_asked"), [
    ("en", "yes until march 2028", "On which day of March 2028 does this job end?"),
    ("fr", "oui jusqu'en mars 2028", "Quel jour de mars 2028 cet emploi se termine-t-il ?"),
])
async def test_a_job_still_going_with_its_end_said_is_saved_with_its_planned_end(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str, day_asked: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await chat.click(t(lang, "button.no"))  # not Quebec
        await chat.click(t(lang, "button.yes"))  # a job in Canada
        await chat.send("21232")
        await chat.send("2025-09-01")
        assert t(lang, "q.job_ongoing.text", job=1) in chat.last_text
        await chat.send(typed)
        assert day_asked in chat.last_text, "the end's day asked next: never silence"
        # saved before the reply: a restart here finds the person at the end's question, the job still going
        assert state(bot, chat) == "job_end" and answers(bot, chat)["jobs"][0]["job_ongoing"] is False
        await chat.send("2028-03-31")
        assert "2028" in chat.last_text
        await chat.click(t(lang, "answers.planned_end_yes"))
        assert answers(bot, chat)["jobs"][0]["job_end"] == "2028-03-31"
        assert state(bot, chat) == "job_hours"
