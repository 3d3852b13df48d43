"""The third French review (2026-12), as a francophone reads it through the real bot and the fake Bot API (fixed
day 2026-11-27, the shipped rounds).

Luc, accountant (11100, TEER 1: NCLC 7) since 2026-06-01 at 37.5 h, IELTS General Training 2025-02-10 at 6 in all
four (CLB 7, expires 2027-02-10), married, spouse coming: not eligible yet (767 h; 1,560 on 2027-05-31, after his
test expires), CRS 294, far below every recent CEC round. Every figure from RULES.md sections 1-3; what is pinned
here is how it is said in French.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram
from .test_walkthrough_fr_chat import DETAILS, ESTIMATE, french_only, say

ACCOUNTANTS = "11100 · Vérificateurs/vérificatrices et comptables · FEER 1"


async def test_luc_pas_encore_admissible_lit_tout_en_francais(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Luc", language_code="fr")
        # a place said for a while is asked again; the buttons to touch are named as they read. ("non, je déménage
        # en ontario l'an prochain", typed here before, is a plan now read as such: test_leftovers4_answers.py)
        await say(chat, "/start", "montréal pour l'instant")
        assert "Touchez « Oui » pour le Québec, « Non » pour une autre province ou un territoire, ou « Je ne " \
               "sais pas »." in chat.last_text
        await say(chat, "[Non]", "oui", "comptable", f"[{ACCOUNTANTS}]", "1 juin 2026", "oui", "37,5", "oui",
                  "oui", "non", "oui", "non", "[IELTS General Training]", "2025-02-10", "6 6 6 6", "non")
        assert "⏳ Pas encore admissible : vous devriez l'être le 31 mai 2027" in chat.last_text
        await chat.click(DETAILS)
        # the day he would qualify, said with its article like every other date in the sentence
        assert "C'est avant le jour où vous seriez admissible (le 31 mai 2027) : il vous faudra un nouveau " \
               "résultat d'ici là." in "\n".join(chat.texts)
        await say(chat, "/start", f"[{ESTIMATE}]", "1990-04-14", "marié", "non", "oui", "master", "non", "0",
                  "baccalauréat", "au canada", "non", "non", "non", "non")
        crs = chat.last_text
        assert "📊 Score SCG estimé : 294 points" in crs
        # no "Admissibilité : pas encore admissible : ..." (two colons in a row). The verdict's reminder itself
        # ("Admissibilité — pas encore admissible : ...") goes only where the message has room (see
        # flows/conversation.py): with the mark of the rounds read from copies (RULES.md 4), Luc's has none; his
        # verdict said it.
        assert "Admissibilité :" not in crs
        assert "Admissibilité — pas encore admissible : vous devriez l'être le 31 mai 2027." in crs or any(
            "⏳ Pas encore admissible : vous devriez l'être le 31 mai 2027" in text for text in chat.texts)
        assert "les 3 plus récentes tirées de copies de la liste d'IRCC" in crs
        await chat.click("📈 Comment augmenter mon score ?")
        plan = "\n".join(chat.texts[-2:])
        # no combination reaches a recent round: said plainly, never "qui aurait atteint le seuil 0 fois sur 6"
        assert "La plus proche : IELTS General Training au NCLC 10 dans les quatre compétences, soit un score " \
               "SCG de 370, encore sous le seuil de chacune d'elles." in plan
        assert "0 fois sur" not in plan
        await say(chat, "/rounds")
        assert "• Catégorie de l'expérience canadienne, 29 septembre 2026 : 518 — il vous manque 224 points *" \
            in chat.last_text
        assert "en dessous" not in chat.last_text
        french_only(chat)
    bot.errors.check()
