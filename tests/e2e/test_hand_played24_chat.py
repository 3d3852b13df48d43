"""Session 24, chats played by hand: a truck driver in Brampton who wrote his job's span as on a résumé and whose
wife's scores came with her test's name, an international graduate whose studies ended after her job began. What
each typed that was refused or misread, and what the bot says now."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


async def start_a_driver(chat: Chat, lang: str) -> None:
    yes, no = t(lang, "button.yes"), t(lang, "button.no")
    await chat.send("/start")
    await answer_all(chat, f"[{no}]", f"[{yes}]", "73300")


@pytest.mark.parametrize(("typed", "lang", "start", "end"), [
    ("jan 2023 - present", "en", "2023-01", None),
    ("de mars 2023 à aujourd'hui", "fr", "2023-03", None),
    ("from may 2021 to dec 2023", "en", "2021-05", "2023-12"),
])
async def test_a_span_typed_at_the_start_answers_three_questions(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                typed: str, lang: str, start: str,
                                                                end: str | None) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await start_a_driver(chat, lang)
        assert state(bot, chat) == "job_start"
        messages = await chat.send(typed)  # "I couldn't read that as a date" before
        job = answers(bot, chat)["jobs"][0]
        assert job["job_start"] == start and job["job_ongoing"] is (end is None) and job.get("job_end") == end
        assert state(bot, chat) == "job_hours"
        assert "⚠️" not in said(messages)


async def test_the_wifes_scores_typed_with_her_test_are_kept_as_hers(tg: FakeTelegram,
                                                                     tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await start_a_driver(chat, "en")
        await answer_all(chat, "aug 2022 still there", "50", "[Yes]", "[Yes]", "[No]", "[Yes]", "[No]",
                         "ielts general 6 6 5.5 5.5", "march 3 2025", "[No]", "[📊 Estimate my CRS (9 questions)]",
                         "34", "married", "[No]", "[Yes]", "12th pass")
        assert state(bot, chat) == "spouse_test_kind"
        messages = await chat.send("she did ielts general 6 each")
        assert [answers(bot, chat)[f"spouse_{a}"] for a in ("listening", "reading", "writing", "speaking")] \
            == [6, 6, 6, 6]
        assert "Your spouse's or partner's scores are noted" in said(messages)
        assert state(bot, chat) == "spouse_test_date"
        # his own, typed the same way, stay his
        assert answers(bot, chat)["tests"][0]["test_writing"] == 5.5


async def test_studies_ended_after_the_job_began_is_asked(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2023-01-15", "[Yes]", "40", "[Yes]", "[Yes]")
        assert state(bot, chat) == "job_student"
        messages = await chat.send("no i graduated in 2024")  # stored as a plain no before: every hour counted
        assert "job_student" not in answers(bot, chat)["jobs"][0]
        assert messages[-1].buttons == ["Until my studies ended", "No"]
        await chat.click("Until my studies ended")
        assert answers(bot, chat)["jobs"][0]["job_student"] == "partly" and state(bot, chat) == "job_student_end"
