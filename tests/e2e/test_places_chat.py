"""A country typed for where a credential was earned, end to end through the fake Bot API, in English and
French: it says the credential is from outside Canada but nothing of an ECA, so both "Outside Canada" options are
offered as buttons, and the one tapped is stored (tests/flows/test_places_typed.py pins the round)."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING

# The README person's work and test, typed in French as a francophone would
FRENCH_SCREENING = ["non", "oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non", "oui", "non",
                    "IELTS GT", "2025-06-01", "8", "7", "7", "7", "non"]


async def test_india_is_asked_with_the_two_outside_canada_buttons(tg: FakeTelegram,
                                                                  tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", "1997-03-10", "[Single]",
                         "[Bachelor's or 3+ year program]")
        assert "Where did you earn that credential?" in chat.last_text
        await chat.send("india")
        assert "I can read “india” in more than one way" in chat.last_text
        assert chat.buttons[:2] == ["Outside Canada, with an ECA", "Outside Canada, no ECA (yet)"]
        assert "In Canada" not in chat.buttons
        assert "education_where" not in answers(bot, chat)  # nothing stored before a tap
        await chat.click("Outside Canada, no ECA (yet)")
        assert answers(bot, chat)["education_where"] == "abroad"
        assert "Do you also have a Canadian post-secondary" in chat.last_text
    bot.errors.check()


async def test_au_maroc_est_demande_avec_les_deux_boutons_hors_du_canada(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *FRENCH_SCREENING, "[📊 Estimer mon score SCG]", "1997-03-10", "célibataire",
                         "licence")
        assert "Où avez-vous obtenu ce diplôme ?" in chat.last_text
        await chat.send("au Maroc")
        assert "Je peux lire « au Maroc » de plus d'une façon" in chat.last_text
        assert chat.buttons[:2] == ["Hors du Canada, avec une EDE", "Hors du Canada, sans EDE (pour l'instant)"]
        assert "education_where" not in answers(bot, chat)
        await chat.click("Hors du Canada, avec une EDE")
        assert answers(bot, chat)["education_where"] == "abroad_eca"
    bot.errors.check()
