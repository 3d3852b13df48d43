"""Round 13 of typed answers, through the real application and the fake Bot API, in English and French: a no said
with a place in Quebec ("non, je reste à Montréal") is asked again, never stored as "not in Quebec", and the hours
of two weeks ("80 hours biweekly", "80h aux deux semaines") are 40 a week
(tests/flows/test_typed_answers_fresh13.py has the corpus)."""

from __future__ import annotations

import pathlib

import pytest

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

TYPED = {
    "en": {"quebec": "no, I'm staying in Montreal", "asked": "yes or no that says otherwise",
           "start": ["[Yes]", "21232", "2025-09-01", "[Yes]"], "hours": "80 hours biweekly",
           "question": "How many hours a week"},
    "fr": {"quebec": "non, je reste à Montréal",
           "asked": "un oui ou un non que le reste de votre réponse contredit",
           "start": ["oui", "21232", "2025-09-01", "oui"], "hours": "80h aux deux semaines",
           "question": "Combien d'heures par semaine"},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_no_with_a_quebec_city_is_asked_again_and_biweekly_hours_halved(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        if lang == "fr":
            await chat.send("/language")
            await chat.click("Français")
        reply = said(await chat.send(TYPED[lang]["quebec"]))
        assert "quebec" not in answers(bot, chat), "a no beside Montréal: never stored as living elsewhere"
        assert TYPED[lang]["asked"] in reply, "why it is asked again"
        await chat.send({"en": "no", "fr": "non"}[lang])
        assert answers(bot, chat)["quebec"] is False
        await answer_all(chat, *TYPED[lang]["start"])
        assert TYPED[lang]["question"] in chat.last_text
        await chat.send(TYPED[lang]["hours"])
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40, "80 hours in two weeks"
    bot.errors.check()
