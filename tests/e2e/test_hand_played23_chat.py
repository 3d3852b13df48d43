"""Session 23, chats played by hand: a welder in Calgary whose job ended ("ended last month", "no, laid off june
2025", "left for a better job"), a line cook in Winnipeg. What each typed that was dropped or refused, and what
the bot says now."""

from __future__ import annotations

import datetime as dt
import pathlib
from typing import Any

import pytest

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


async def start_a_welder(chat: Chat, lang: str) -> None:
    yes, no = t(lang, "button.yes"), t(lang, "button.no")
    await chat.send("/start")
    await answer_all(chat, f"[{no}]", f"[{yes}]", "72106", "2022-05-16")


@pytest.mark.parametrize(("typed", "lang", "end"), [
    ("no, laid off june 2025", "en", "2025-06"),
    ("nope finished sept 2025", "en", "2025-09"),
    ("non, mis à pied en mai 2025", "fr", "2025-05"),
])
async def test_an_end_said_with_the_no_is_kept(tg: FakeTelegram, tmp_path: pathlib.Path, typed: str, lang: str,
                                               end: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await start_a_welder(chat, lang)
        assert state(bot, chat) == "job_ongoing"
        await chat.send(typed)
        job = answers(bot, chat)["jobs"][0]
        assert job["job_ongoing"] is False and job["job_end"] == end  # not asked "When did job 1 end?" again
        assert state(bot, chat) == "job_hours"


@pytest.mark.parametrize(("typed", "lang"), [
    ("ended last month", "en"),
    ("no it ended 2 weeks ago", "en"),
    ("non j'ai démissionné le mois passé", "fr"),
])
async def test_an_end_said_from_today_is_offered_to_confirm(tg: FakeTelegram, tmp_path: pathlib.Path, typed: str,
                                                            lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await start_a_welder(chat, lang)
        messages = await chat.send(typed)
        assert answers(bot, chat)["jobs"][0]["job_ongoing"] is False
        assert state(bot, chat) == "job_end" and "job_end" not in answers(bot, chat)["jobs"][0]
        # the month meant, to tap (never stored unconfirmed: "last month" is about a time, not a day said)
        assert "❓" in said(messages) and len(messages[-1].buttons) >= 1


async def test_a_month_without_its_year_with_the_no_is_asked_which(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await start_a_welder(chat, "en")
        messages = await chat.send("no i quit in august")
        assert answers(bot, chat)["jobs"][0]["job_ongoing"] is False
        offered = [label for label in messages[-1].buttons if "August" in label]
        assert state(bot, chat) == "job_end" and len(offered) == 2  # which August: two to choose from


@pytest.mark.parametrize(("typed", "ongoing"), [
    ("left for a better job", False),
    ("j'ai quitté pour un autre emploi", False),
    ("quit for another job but came back", None),  # back at the job: asked, never stored as ended
    ("left for 2 weeks vacation", None),  # a break: the job goes on
])
async def test_why_a_job_ended_is_no_reason_to_ask_again(tg: FakeTelegram, tmp_path: pathlib.Path, typed: str,
                                                         ongoing: bool | None) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        lang = "fr" if "quitté" in typed else "en"
        chat = Chat(bot.app, tg, language_code=lang)
        await start_a_welder(chat, lang)
        await chat.send(typed)
        assert answers(bot, chat)["jobs"][0].get("job_ongoing") is ongoing
        assert state(bot, chat) == ("job_end" if ongoing is False else "job_ongoing")


def test_the_dates_above_are_before_today() -> None:
    assert dt.date(2025, 9, 1) < dt.date.today()  # the fixed months above are past on any day these tests run


async def test_a_partner_coming_is_not_stored_as_a_citizen(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        yes, no = t("en", "button.yes"), t("en", "button.no")
        await chat.send("/start")
        await answer_all(chat, f"[{no}]", f"[{yes}]", "72106", "2022-05-16", "no, laid off oct 2025", "40",
                         f"[{yes}]", f"[{yes}]", f"[{no}]", f"[{yes}]", f"[{no}]", "celpip", "2025-10-04",
                         "9 8 8 7", f"[{no}]")
        assert state(bot, chat) == "verdict"
        await answer_all(chat, "[📊 Estimate my CRS]", "1990-07-14", "married")
        assert state(bot, chat) == "spouse_citizen"
        reply = said(await chat.send("yes she is coming"))  # the next question's answer, typed ahead
        assert t("en", "err.yes_other_subject") in reply
        assert state(bot, chat) == "spouse_citizen" and "spouse_citizen" not in answers(bot, chat)
        await chat.send("no she is on an open work permit")
        assert answers(bot, chat)["spouse_citizen"] is False and state(bot, chat) == "spouse_accompanying"
