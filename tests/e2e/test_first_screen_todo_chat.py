"""The first screen's "What to do" names every thing still short: hours and a test that falls short of the level.

A cook (63200, TEER 3: CLB 5 applies, RULES.md 1) with nine months of work and a TEF Canada whose reading (350)
is NCLC 4 (352 is NCLC 5, RULES.md 2): more hours alone will not make him eligible. The language line gives his
levels (6/4/6/5) without the one needed, so "about 339 more hours" alone read as all there was to do.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram

COOK_FR = ["/start", "non", "oui", "63200", "15 février 2026", "oui", "40", "oui", "oui", "non", "oui", "non",
           "[TEF Canada]", "3 mars 2026", "CO 400 CE 350 EE 380 EO 390", "non"]
COOK_EN = ["/start", "no", "yes", "63200", "February 15, 2026", "yes", "40", "yes", "yes", "no", "yes", "no",
           "[IELTS General Training]", "March 3, 2026", "6 3.5 5.5 6", "no"]


def first_screen(chat: Chat, marker: str) -> str:
    return next(text for text in reversed(chat.texts) if marker in text)


def todo_of(screen: str, label: str) -> str:
    return next(line for line in screen.splitlines() if line.startswith(f"👉 {label}"))


async def test_le_cuisinier_apprend_qu_il_lui_faut_des_heures_et_un_nouveau_test(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Karim", language_code="fr")
        await answer_all(chat, *COOK_FR)
        screen = first_screen(chat, "Évaluation pour une demande présentée le")
        assert "❌ Non admissible" in screen
        assert "❌ Langue : votre test TEF Canada du 3 mars 2026 correspond aux niveaux NCLC 6/4/6/5." in screen
        todo = todo_of(screen, "À faire")
        assert "heures admissibles de plus" in todo
        assert ("Un nouveau test de langue approuvé avec NCLC 5 en compréhension de l'écrit (votre niveau : "
                "NCLC 4), et au moins le même niveau dans les autres compétences.") in todo
        assert todo.index("heures") < todo.index("nouveau test")  # the hours first, as Details orders them
    bot.errors.check()


async def test_the_cook_in_english_reads_both_too(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # IELTS 6 / 3.5 / 5.5 / 6: CLB 7 / 4 / 6 / 7 (RULES.md 2): reading short of CLB 5.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Karim")
        await answer_all(chat, *COOK_EN)
        screen = first_screen(chat, "Assessed for an application made on")
        assert "❌ Language" in screen
        todo = todo_of(screen, "What to do")
        assert "more qualifying hours" in todo
        assert "A new approved language test with CLB 5 in reading (you have CLB 4)" in todo
    bot.errors.check()


async def test_with_no_test_at_all_the_language_line_says_it_and_the_todo_stays_short(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Karim")
        await answer_all(chat, *COOK_EN[:12], "[None yet]")
        screen = first_screen(chat, "Assessed for an application made on")
        assert "❌ Language: You have no valid result from an approved test." in screen
        assert "more qualifying hours" in todo_of(screen, "What to do")
    bot.errors.check()
