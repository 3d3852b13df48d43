"""Chats played by hand in session 21, each finding kept as a chat: what the person typed, what they got."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.conversation import _many_facts
from flows.texts import catalog

from .bot_fixtures import answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram

STORY = ("Hi! I came to Canada in 2021 on a study permit, graduated in 2023 and I've been working as a software "
         "developer since july 2023 full time. IELTS 8 7 7 7. Am I eligible?")
HISTOIRE = ("Bonjour. Je suis arrivée en 2022 avec un permis d'études. Je travaille comme technicienne en "
            "comptabilité depuis mai 2024. TEF 450 400 420 430! Est-ce que je suis admissible?")


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


@pytest.mark.parametrize("text", [STORY, HISTOIRE])
def test_a_story_told_in_sentences_is_many_facts(text: str) -> None:
    assert _many_facts(text)


@pytest.mark.parametrize(("lang", "story"), [("en", STORY), ("fr", HISTOIRE)])
async def test_a_story_at_the_first_question_is_welcomed_not_refused(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, story: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        reply = said(await chat.send(story))
        # it was "Please answer yes or no (You wrote “Hi! I came to Canada in 2021 on a study permit, graduated
        # in”)": now why one thing at a time, and the question
        assert t(lang, "answers.one_at_a_time_first") in reply
        assert t(lang, "err.yes_no") not in reply and t(lang, "q.quebec.text") in reply
        assert state(bot, chat) == "quebec" and "quebec" not in answers(bot, chat)
        await chat.click(t(lang, "button.no"))
        assert answers(bot, chat)["quebec"] is False


@pytest.mark.parametrize(("lang", "typed"), [("fr", "c quoi les points?"), ("fr", "comment je m'inscris"),
                                             ("en", "how do i apply there"), ("en", "what are the fees?")])
async def test_a_question_on_quebecs_route_is_pointed_to_quebecs_page(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await chat.click(t(lang, "button.yes"))  # will live in Quebec: Quebec's route (RULES.md §8)
        await chat.click(t(lang, "quebec_step.understood"))
        reply = said(await chat.send(typed))
        # it was "Thank you, and good luck with Quebec's program": a goodbye to a question
        assert t(lang, "quebec_step.asked") in reply and t(lang, "quebec_step.closing") not in reply
        assert "quebec.ca" in str(chat.bot_messages[-1].to_api())
        assert t(lang, "quebec_step.elsewhere") in chat.bot_messages[-1].buttons
        assert answers(bot, chat)["quebec"] is True
        reply = said(await chat.send("merci"))  # thanks: the kind close, as before
        assert t(lang, "quebec_step.closing") in reply


async def test_thanks_mid_question_is_welcomed_with_the_question(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await chat.send("/start")
        await chat.click(t("en", "button.no"))
        reply = said(await chat.send("thanks!"))  # it was "Please answer yes or no"
        assert t("en", "bot.thanked") in reply and t("en", "q.canadian_work.text") in reply
        assert t("en", "err.yes_no") not in reply
        assert state(bot, chat) == "canadian_work" and "canadian_work" not in answers(bot, chat)


@pytest.mark.parametrize(("lang", "typed"), [("fr", "c quoi le pstq?"), ("en", "how do i apply to arrima")])
async def test_a_program_named_on_quebecs_route_shows_the_route_again(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str) -> None:
    # walkthrough 14 made "et le PEQ ?" show Quebec's route again (RULES.md 8): a question naming a program too
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await chat.click(t(lang, "button.yes"))
        await chat.click(t(lang, "quebec_step.understood"))
        reply = said(await chat.send(typed))
        assert t(lang, "quebec_step.pstq") in reply and t(lang, "quebec_step.closing") not in reply
