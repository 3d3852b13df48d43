"""Session 22, chats played by hand: a registered nurse on casual shifts in British Columbia, a truck driver from
Cameroon in Alberta answering in French, a software developer graduated in Ontario. What each of them typed that
was refused, misread or answered with "There is no question waiting", and what the bot says now."""

from __future__ import annotations

import pathlib
from typing import Any

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


async def test_a_casual_nurse_is_asked_for_a_usual_week(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        yes, no = t("en", "button.yes"), t("en", "button.no")
        await chat.send("/start")
        await answer_all(chat, f"[{no}]", f"[{yes}]", "31301", "2024-01-15", f"[{yes}]")
        assert state(bot, chat) == "job_hours"
        reply = said(await chat.send("casual"))
        assert "casual" in reply and "usual week" in reply  # why the number matters, not "couldn't read that"
        assert state(bot, chat) == "job_hours" and "job_hours" not in str(answers(bot, chat))
        reply = said(await chat.send("casual, usually 32"))
        assert state(bot, chat) != "job_hours"
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 32


async def test_a_test_named_under_the_result_says_where_to_change_it(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        yes, no = t("en", "button.yes"), t("en", "button.no")
        await chat.send("/start")
        await answer_all(chat, f"[{no}]", f"[{yes}]", "21232", "2025-06-02", f"[{yes}]", "40", f"[{yes}]",
                         f"[{yes}]", f"[{no}]", f"[{yes}]", f"[{no}]", "none yet")
        assert state(bot, chat) == "verdict"
        stored = answers(bot, chat)
        reply = said(await chat.send("celpip"))
        assert t("en", "err.no_question_change") in reply and t("en", "err.no_question") not in reply
        assert answers(bot, chat) == stored  # nothing changed by a guess


async def test_why_typed_back_is_answered_and_the_question_asked_again(tg: FakeTelegram,
                                                                       tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        oui, non = t("fr", "button.yes"), t("fr", "button.no")
        await chat.send("/start")
        await answer_all(chat, f"[{non}]", f"[{oui}]", "73300", "2023-04-03", f"[{oui}]", "50")
        assert state(bot, chat) == "job_paid"
        reply = said(await chat.send("pourquoi vous demandez ça ?"))
        assert t("fr", "asked_back.job_paid") in reply and t("fr", "q.job_paid.text", job=1) in reply
        assert t("fr", "err.yes_no") not in reply and state(bot, chat) == "job_paid"
        await chat.click(oui)
        assert state(bot, chat) == "job_employee"
        reply = said(await chat.send("c'est quoi la liste de paie"))
        assert t("fr", "asked_back.job_employee") in reply and state(bot, chat) == "job_employee"
