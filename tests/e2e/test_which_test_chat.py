"""A "yes" typed at a test question: which test is the answer, so the person is asked which, in plain words.

"Has your spouse or partner taken an approved language test?" reads as a yes-or-no question; a "yes" used to get
the generic "Please tap one of the buttons". A "no" was already read as "No test" / "None yet".
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK


async def test_yes_to_the_spouse_test_question_asks_which_test(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await answer_all(chat, "/start", *ELIGIBLE_SCREENING, "[Estimate my CRS]", "1990-03-10", "[Married]",
                         "[No]", "[Yes]", "[Master's or professional degree]")
        assert "Has your spouse or partner taken an approved language test?" in chat.last_text
        await chat.send("yes she did")
        assert "Which test? Choose it below, or type its name" in chat.last_text
        assert chat.last_text.endswith("Has your spouse or partner taken an approved language test?")
        await chat.send("celpip")
        assert "On what date" in chat.last_text  # the test is taken, the next question follows
    bot.errors.check()


async def test_oui_a_la_question_du_test_demande_lequel(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non",
                         "oui", "non")
        assert "Quel test de langue approuvé avez-vous passé ?" in chat.last_text
        await chat.send("oui")
        assert chat.last_text.startswith("⚠️ Lequel ? Choisissez-le ci-dessous, ou tapez son nom")
        await chat.send("non")  # no result after all: "Aucun pour l'instant", as before
        assert "✅ Aucun pour l'instant" in "\n".join(chat.texts[-3:])
    bot.errors.check()


async def test_yes_with_the_test_named_is_that_test(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await answer_all(chat, "/start", *ELIGIBLE_WORK)
        await chat.send("yes, celpip")
        assert "✅ CELPIP-General" in "\n".join(chat.texts[-3:])
    bot.errors.check()
