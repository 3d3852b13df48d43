"""The chat that found it (session 20): a caregiver in Laval whose phone is in English wrote "salut", then
"en francais svp", and got "Please answer yes or no" in English twice. The language she asks for in words, or
greets in, is now the chat's, with the same question again and every answer kept; at the question about tests,
"french" still answers it (a French test)."""

from __future__ import annotations

import pathlib
from typing import Any

from flows.texts import catalog

from .bot_fixtures import answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


async def test_a_greeting_in_french_turns_the_chat_to_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await chat.send("/start")
        reply = said(await chat.send("salut"))
        assert t("fr", "bot.language_set_typed") in reply
        assert t("fr", "q.quebec.text") in reply and t("en", "q.quebec.text") not in reply
        assert state(bot, chat) == "quebec"
        await chat.send("non")  # read in French now, and the next question is in French
        assert t("fr", "q.canadian_work.text") in chat.last_text
        assert answers(bot, chat)["quebec"] is False


async def test_english_asked_for_mid_chat_keeps_every_answer(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await chat.click(t("fr", "button.no"))
        await chat.click(t("fr", "button.yes"))
        await chat.send("63200")
        await chat.send("2023-06-12")
        before = answers(bot, chat)
        reply = said(await chat.send("english please"))
        assert t("en", "bot.language_set_typed") in reply
        assert t("en", "q.job_ongoing.text", job=1) in reply
        assert answers(bot, chat) == before and state(bot, chat) == "job_ongoing"
        await chat.send("/start")  # the choice lasts: the welcome back is in English
        assert "Job 1" in chat.last_text or t("en", "q.job_ongoing.text", job=1) in chat.last_text


async def test_french_at_the_test_question_is_a_french_test(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await chat.send("/start")
        await chat.click(t("en", "button.no"))
        await chat.click(t("en", "button.no"))  # no work in Canada: straight to the test
        while state(bot, chat) != "test_kind":
            await chat.click(t("en", "button.no"))
        reply = said(await chat.send("french"))
        assert t("en", "bot.language_set_typed") not in reply and t("fr", "bot.language_set_typed") not in reply
        # the French tests named, in English, and the question again
        assert t("en", "err.test_which_french", first="TEF Canada", second="TCF Canada") in reply
        assert state(bot, chat) == "test_kind"


async def test_a_greeting_in_the_chats_language_is_greeted_back(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await chat.send("/start")
        reply = said(await chat.send("hello"))
        assert t("en", "bot.greeted") in reply and t("en", "q.quebec.text") in reply
        assert t("en", "err.yes_no") not in reply
        assert state(bot, chat) == "quebec"
