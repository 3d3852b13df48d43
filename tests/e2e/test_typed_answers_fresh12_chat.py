"""Round 12 of typed answers, through the real application and the fake Bot API, in English and French: the hours
typed as a shift week ("4 days x 10", "4 jours x 10h") are the week's hours, and a test date pasted with the
results page's label ("Test Date: 14/JUN/2025", "Date du test : 14/06/2025") is that day
(tests/flows/test_typed_answers_fresh12.py has the corpus). A clock range ("9 to 5 mon-fri") is asked again, never
guessed."""

from __future__ import annotations

import pathlib

import pytest

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

# A TEER 1 job since 2025-09-01, the hours typed as said; the rest of the job as tests/e2e/screenings.ELIGIBLE_WORK
TYPED = {
    "en": {"start": ["[No]", "[Yes]", "21232", "2025-09-01", "[Yes]"], "hours": "4 days x 10",
           "rest": ["[Yes]", "[Yes]", "[No]", "[Yes]", "[No]", "[IELTS General Training]"],
           "date": "Test Date: 14/JUN/2025", "clock": "9 to 5 mon-fri"},
    "fr": {"start": ["non", "oui", "21232", "2025-09-01", "oui"], "hours": "4 jours x 10h",
           "rest": ["oui", "oui", "non", "oui", "non", "IELTS GT"],
           "date": "Date du test : 14/06/2025", "clock": "du lundi au vendredi de 9h à 17h"},
}


async def to_the_hours(chat: Chat, lang: str) -> None:
    await chat.send("/start")
    if lang == "fr":
        await chat.send("/language")
        await chat.click("Français")
    await answer_all(chat, *TYPED[lang]["start"])
    assert {"en": "How many hours a week", "fr": "Combien d'heures par semaine"}[lang] in chat.last_text


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_shift_week_and_a_pasted_test_date_are_read_as_said(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                    lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await to_the_hours(chat, lang)
        await chat.send(TYPED[lang]["hours"])
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40, "4 days of 10 hours"
        await answer_all(chat, *TYPED[lang]["rest"])
        await chat.send(TYPED[lang]["date"])
        assert answers(bot, chat)["tests"][0]["test_date"] == "2025-06-14"
        assert {"en": "✅ June 14, 2025", "fr": "✅ 14 juin 2025"}[lang] in chat.last_text, "the day said back"
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_hours_as_a_clock_range_are_asked_again_never_guessed(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                    lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await to_the_hours(chat, lang)
        reply = said(await chat.send(TYPED[lang]["clock"]))
        assert "job_hours" not in answers(bot, chat)["jobs"][0], "a lunch break paid or not: 40 or 37.5"
        assert reply, "never silence"
        await chat.send("37.5")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 37.5
    bot.errors.check()
