"""What is only applied for, waited for or worked towards is not held: read as a chat (session 16, by hand).

A chat played by hand stored "philippines, no wes yet" as "Outside Canada, with an ECA" (WES named, its "no"
unseen), and a probe of the yes-or-no questions about what a person holds found "yes, waiting for the nomination"
and "yes EOI submitted" stored as a provincial nomination (600 CRS points, RULES.md 3), "yes, 3rd year apprentice"
as a certificate of qualification, "yes, waiting for PR" as a partner who is a permanent resident. Each is now
asked again with why; nothing is stored until the person answers. "5 yrs as a nurse in manila" (skilled work
abroad, RULES.md 3) was refused and is read as 3 years or more.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING
from .test_quebec_audit_chat import ELIGIBLE_FR
from .test_unsure_audit3_chat import DEV_SINCE_2024, EN

HELD_ONLY = "Only what is already held counts here"


async def test_an_eca_not_done_a_nomination_waited_for_and_an_apprentice_are_never_stored_as_held(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", "1992-03-10", "single", "bachelor")
        assert "Where did you earn that credential?" in chat.last_text

        said(await chat.send("philippines, no wes yet"))
        assert answers(bot, chat)["education_where"] == "abroad"  # with an ECA, before
        await answer_all(chat, "no")
        assert "skilled, paid work outside Canada" in chat.last_text

        reply = said(await chat.send("5 yrs as a nurse in manila"))
        assert "✅ 3 years or more" in reply and answers(bot, chat)["foreign_work"] == "3"

        reply = said(await chat.send("yes, 3rd year apprentice"))
        assert HELD_ONLY in reply and "certificate" not in answers(bot, chat)
        assert "certificate of qualification" in chat.last_text  # the same question again
        await answer_all(chat, "no")

        reply = said(await chat.send("yes EOI submitted"))
        assert HELD_ONLY in reply and "nomination" not in answers(bot, chat)
        reply = said(await chat.send("yes, waiting for the nomination"))
        assert HELD_ONLY in reply and "nomination" not in answers(bot, chat)
        await answer_all(chat, "no")
        assert answers(bot, chat)["nomination"] is False
        reply = said(await chat.send("no"))  # the sibling question: then the estimate, with no nomination in it
        assert "CRS estimate" in reply and "additional 0" in reply
    bot.errors.check()


async def test_in_french_a_nomination_waited_for_is_asked_again_with_why(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_FR, "[Estimer mon score SCG]", "1992-03-10", "célibataire",
                         "baccalauréat", "au Canada", "non", "aucune", "non")
        assert "désignation provinciale" in chat.last_text
        reply = said(await chat.send("oui, en attente de ma désignation"))
        assert "Seul ce qui est déjà obtenu compte ici" in reply and "nomination" not in answers(bot, chat)
        assert "(Vous avez écrit « oui, en attente de ma désignation »" in reply
    bot.errors.check()


async def test_a_partner_test_date_said_as_about_is_kept_approximate_never_stored_exact(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # "around december 2024" was stored as December 2024, read as its first day: valid until 2026-12-01, while a
    # November test had lapsed (RULES.md 2: 2 years), 20 partner language points apart (test_unsure_audit3_chat).
    # It was then asked again as printed; it is now kept as approximate, and the CRS names the day it rests on
    # (tests/e2e/test_leftovers4_chat.py).
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ines")
        await answer_all(chat, *EN, *DEV_SINCE_2024, "[IELTS General Training]", "2025-06-01", "8 7 7 7", "no",
                         "[Estimate my CRS]", "1990-03-10", "[Married]", "[No]", "[Yes]",
                         "[Master's or professional degree]", "[CELPIP-General]")
        reply = said(await chat.send("around december 2024"))
        assert "Noted as approximate: around December 2024" in reply
        assert answers(bot, chat)["spouse_test_date_about"] is True
    bot.errors.check()
