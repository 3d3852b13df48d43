"""Session 21, a chat played by hand as a personal support worker in Ontario: at "Have you had a paid job in
Canada?" she typed "psw at a long term care home" and was told to answer yes or no; "yes psw" kept the yes and
asked for the title as if unheard; at the title question "started march 2023" offered amusement park attendants,
millwrights and purchasing managers, and "full time" or "pgwp" offered occupations too. Now the title typed with
(or for) the yes is searched and its occupations offered to tap, and what says when, how long or how the job was
held is named as such, with the title asked again."""

from __future__ import annotations

import pathlib
from typing import Any

from flows.texts import catalog

from .bot_fixtures import answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


async def test_a_title_instead_of_yes_offers_its_occupations(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await chat.send("/start")
        await chat.send("no im in ontario")
        reply = said(await chat.send("psw at a long term care home"))
        assert t("en", "err.yes_no") not in reply
        assert answers(bot, chat)["canadian_work"] is True and state(bot, chat) == "job_occupation"
        assert "33102" in chat.last_text or any("33102" in b for b in tg_buttons(chat))
        await chat.click(next(b for b in tg_buttons(chat) if "33102" in b))
        assert answers(bot, chat)["jobs"][0]["job_occupation"]["noc"] == "33102"
        assert state(bot, chat) == "job_start"


async def test_yes_with_a_title_in_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await chat.click(t("fr", "button.no"))
        reply = said(await chat.send("oui je travaille comme caissière"))
        assert t("fr", "q.job_occupation.text", job=1) in reply
        assert any("65100" in b for b in tg_buttons(chat))  # Caissiers/caissières, to tap
        assert answers(bot, chat)["canadian_work"] is True


async def test_what_is_not_a_title_is_named_and_asked_again(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await chat.send("/start")
        await chat.click(t("en", "button.no"))
        await chat.click(t("en", "button.yes"))
        reply = said(await chat.send("started march 2023"))
        assert t("en", "finder.when_typed_first", typed="started march 2023") in reply
        assert not any(b[:5].isdigit() for b in tg_buttons(chat))  # no occupation offered for a date
        reply = said(await chat.send("full time"))
        assert t("en", "finder.conditions_typed_first", typed="full time") in reply
        assert state(bot, chat) == "job_occupation"
        assert not any(job.get("job_occupation") for job in answers(bot, chat).get("jobs", []))
        await chat.send("cook")  # the title: its occupations, and "2 years" beside them named, not searched
        reply = said(await chat.send("2 years"))
        assert t("en", "finder.when_typed", typed="2 years", job=1) in reply
        assert any("63200" in b for b in tg_buttons(chat))  # the cook's occupations shown again


def tg_buttons(chat: Chat) -> list[str]:
    return [label for message in chat.bot_messages[-3:] for label in message.buttons]


async def test_a_test_named_at_the_title_question(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # a chat played by hand: "celpip" typed for job 3's title offered "Other labourers in processing"
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await chat.click(t("fr", "button.no"))
        await chat.click(t("fr", "button.yes"))
        reply = said(await chat.send("celpip"))
        assert t("fr", "finder.test_typed_first", typed="celpip") in reply
        assert not any(b[:5].isdigit() for b in tg_buttons(chat))
        assert state(bot, chat) == "job_occupation"
