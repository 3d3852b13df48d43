"""Session 21, a cook's chat played by hand: under his result he typed "when can i apply?" and "what is my crs"
and got "There is no question waiting for an answer right now" with the same result again. The option he names
is pressed for him now; words that name no single option are answered as before."""

from __future__ import annotations

import pathlib
from typing import Any

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


async def _eligible_cook(chat: Chat, lang: str) -> None:
    yes, no = t(lang, "button.yes"), t(lang, "button.no")
    await chat.send("/start")
    await answer_all(chat, f"[{no}]", f"[{yes}]", "63200", "2024-01-15", f"[{yes}]", "40", f"[{yes}]", f"[{yes}]",
                     f"[{no}]", f"[{yes}]", f"[{no}]", "[CELPIP-General]", "2025-11-02", "9 8 8 9", f"[{no}]")


async def test_typed_options_under_the_result(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await _eligible_cook(chat, "en")
        assert state(bot, chat) == "verdict"
        stored = answers(bot, chat)
        reply = said(await chat.send("when can i apply?"))
        assert t("en", "err.no_question") not in reply
        assert "January 2027" in str(chat.bot_messages[-1].buttons)  # the months to apply from, to tap
        assert answers(bot, chat) == stored  # pressing an option changes no answer
        reply = said(await chat.send("what is my crs"))
        assert t("en", "q.birth.text") in reply and state(bot, chat) == "birth"


async def test_details_asked_in_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _eligible_cook(chat, "fr")
        reply = said(await chat.send("plus de détails svp"))
        assert t("fr", "err.no_question") not in reply and "63200" in reply  # the hours by job, in Details
        reply = said(await chat.send("dis-moi une blague"))  # names no option: as before
        assert t("fr", "err.no_question") in reply
        reply = said(await chat.send("merci beaucoup!"))  # thanks: a kind word, the result not sent again
        assert t("fr", "bot.thanked_result") in reply and t("fr", "err.no_question") not in reply
        assert "63200" not in reply
