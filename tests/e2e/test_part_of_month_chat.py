"""The chat that found it (session 19): a cook in Banff typed "end of feb 2024" for the end of her first job. The
month was kept, and a month kept for an end counts its hours to the month's first day: four weeks of work left
out without a word about the "end" she said. Now the month's days are offered to tap, the month alone one tap
away ("I don't know the day"); the other way round ("end of march" for a start) the month's careful reading is
what was said, and it is kept as before."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.texts import catalog

from .bot_fixtures import answers, bot_on, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


async def _at_the_end(chat: Chat, bot: Any, lang: str) -> None:
    await chat.send("/start")
    await chat.click(t(lang, "button.no"))  # not Quebec
    await chat.click(t(lang, "button.yes"))  # a job in Canada
    await chat.send("63200")
    await chat.send("2023-06-12")
    await chat.click(t(lang, "button.no"))  # the job ended
    assert state(bot, chat) == "job_end"


@pytest.mark.parametrize(("lang", "typed", "month"), [
    ("en", "end of feb 2024", "February 2024"), ("fr", "fin février 2024", "février 2024")])
async def test_the_end_of_a_month_offers_its_days(tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str,
                                                  month: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await _at_the_end(chat, bot, lang)
        await chat.send(typed)
        assert t(lang, "answers.part_of_month", typed=typed, month=month) in chat.last_text
        assert state(bot, chat) == "job_end" and "job_end" not in answers(bot, chat)["jobs"][0]
        await chat.click("29")
        assert answers(bot, chat)["jobs"][0]["job_end"] == "2024-02-29"
        assert state(bot, chat) == "job_hours"


async def test_the_month_alone_stays_one_tap_away(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await _at_the_end(chat, bot, "en")
        await chat.send("late feb 2024")
        await chat.click(t("en", "picker.no_day"))
        assert answers(bot, chat)["jobs"][0]["job_end"] == "2024-02"
        assert state(bot, chat) == "job_hours"
