"""Two people played by hand in session 20, as chats.

A graduate of a master's in the UK, now in Toronto, was asked "Do you also have a Canadian post-secondary
diploma, degree or certificate?" and typed "yes a masters from uk": it was stored as a Canadian credential of 3
years or more, 30 additional points never earned. A caregiver in Laval, married, answered her wife's Canadian
work with "non elle a jamais travaillé ici" and was refused until she typed "non"."""

from __future__ import annotations

import pathlib
from typing import Any

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


async def test_a_masters_from_the_uk_is_no_canadian_credential(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", "1996-02-11", "[Single]",
                         "[Master's or professional degree]", "[Outside Canada, with an ECA]")
        assert state(bot, chat) == "canadian_credential"
        await chat.send("yes a masters from uk")
        assert t("en", "err.credential_from_abroad") in chat.last_text
        assert state(bot, chat) == "canadian_credential" and "canadian_credential" not in answers(bot, chat)
        await chat.send("no")
        assert answers(bot, chat)["canadian_credential"] == "none"
        assert state(bot, chat) == "foreign_work"


async def test_a_partner_who_never_worked_here_has_none(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await chat.send("non je demenage a ottawa en janvier")
        await chat.send("oui")
        await chat.send("33102")
        await answer_all(chat, "2022-09-12", "oui", "37.5", "oui", "oui", "non", "oui", "non",
                         "[TEF Canada]", "2025-03-15", "500 480 470 490", "non", "[Estimer mon score SCG]",
                         "1994-05-03", "mariée", "non", "oui elle vient avec moi",
                         "[Baccalauréat ou programme de 3 ans ou plus]", "aucun")
        assert state(bot, chat) == "spouse_work"
        await chat.send("non elle a jamais travaillé ici")
        assert answers(bot, chat)["spouse_work"] == "0"
        assert state(bot, chat) == "education_level"
        await chat.send("DEP en assistance aux soins")
        assert t("fr", "err.choice_education_vocational", count=8) in chat.last_text
        assert state(bot, chat) == "education_level"
