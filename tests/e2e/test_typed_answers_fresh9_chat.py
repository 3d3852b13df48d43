"""Round 9 of typed answers, through the real application and the fake Bot API, in English and French: an answer
corrected within its own message ("35 i mean 37.5"), the letter O typed for a zero ("4o hours"), an aside after
the value ("40 hours, 2 years"), the question's own word negated ("not paid"), two months said with "or" (both
offered as buttons, the one tapped stored), and what stays asked again: "40 hours, 2 jobs" may be the hours of
both jobs together (tests/flows/test_typed_answers_fresh9.py has the corpus).
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.pickers import month_name
from flows.texts import catalog

from .bot_fixtures import answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

LANGS = ["en", "fr"]


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


# At "How many hours a week do you work in job 1?": not Quebec, a job, 21232, since 2025-09-01, still there.
async def to_hours(chat: Chat, lang: str) -> None:
    await chat.send("/start")
    await chat.click(t(lang, "button.no"))
    await chat.click(t(lang, "button.yes"))
    await chat.send("21232")
    await chat.send("2025-09-01")
    await chat.click(t(lang, "button.yes"))
    assert t(lang, "q.job_hours.text_ongoing", job=1) in chat.last_text


@pytest.mark.parametrize(("lang", "typed", "hours"), [
    ("en", "35 i mean 37.5", 37.5), ("fr", "35 non 37,5", 37.5), ("en", "4o hours", 40), ("fr", "4o h", 40),
    ("en", "40 hours, 2 years", 40), ("en", "40h/week since 2023", 40)])
async def test_hours_corrected_retyped_or_with_an_aside_are_stored_and_the_next_question_follows(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str, hours: float) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        await chat.send(typed)
        assert answers(bot, chat)["jobs"][0]["job_hours"] == hours
        assert t(lang, "q.job_paid.text", job=1) in chat.last_text
        await chat.send("not paid" if lang == "en" else "pas payé")  # the question's own word negated: a no
        assert answers(bot, chat)["jobs"][0]["job_paid"] is False
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed"), [("en", "40 hours, 2 jobs"), ("fr", "40 heures, 2 emplois")])
async def test_hours_beside_a_count_of_jobs_are_asked_again(tg: FakeTelegram, tmp_path: pathlib.Path, lang: str,
                                                           typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        reply = said(await chat.send(typed))
        assert "job_hours" not in answers(bot, chat)["jobs"][0], "perhaps both jobs together: never stored"
        assert t(lang, "q.job_hours.text_ongoing", job=1) in reply, "asked again, never silence"
        await chat.send("40")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed"), [("en", "jan or feb 2023"), ("fr", "janvier ou février 2023")])
async def test_either_of_two_months_is_asked_with_both_and_the_one_tapped_is_stored(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        c = catalog(lang)
        await chat.send("/start")
        await chat.click(t(lang, "button.no"))
        await chat.click(t(lang, "button.yes"))
        await chat.send("21232")
        assert t(lang, "q.job_start.text", job=1) in chat.last_text
        await chat.send(typed)
        assert "job_start" not in answers(bot, chat)["jobs"][0], "never a guess between the two"
        january, february = month_name(c, 2023, 1), month_name(c, 2023, 2)
        assert january in chat.buttons and february in chat.buttons, "both readings offered as buttons"
        await chat.click(february)
        assert answers(bot, chat)["jobs"][0]["job_start"] == "2023-02"
        assert t(lang, "q.job_ongoing.text", job=1) in chat.last_text
    bot.errors.check()
