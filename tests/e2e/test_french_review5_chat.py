"""The fifth French review (2026-12): the texts added or changed since d0aebe0, read in context as a francophone
reads them, through the real bot and the fake Bot API (fixed day 2026-11-27, the shipped rounds), and through the
real `cec-screener chat` process for the terminal's own texts.

Ten chats were played before the fixes: the CRS without a test (the French test's figure), the first screen's
« À faire » with hours and a test short of the level, « oui » at the test question, /privacy, /help, the terminal's
/help, /privacy and /cancel, /rounds, the partner's questions, two tests (the first official language counted) and
a round alert. What read badly is pinned below, each test with what it showed; every figure is pinned by the
earlier walkthroughs (RULES.md sections 1-4).
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram
from .test_first_screen_todo_chat import COOK_FR
from .test_francophones_audit_chat import THOMAS_CRS, heard_in_french, say
from .test_terminal_audit import chat as terminal_chat
from .test_terminal_audit import kept_index

__all__ = ["kept_index"]  # the terminal tests' shared fixture: the finder's index, built once for the file

ACCOUNTANTS = "[11100 · Vérificateurs/vérificatrices et comptables · FEER 1]"
ESTIMATE = "[📊 Estimer mon score SCG (9 questions)]"
# An accountant (11100, TEER 1) outside Quebec since 2024-09-01 at 40 h: 817 days, eligible on hours.
WORK = ["/start", "non", "oui", "comptable", ACCOUNTANTS, "1 sept 2024", "oui", "40", "oui", "oui", "non", "oui",
        "non"]


def crs_screen(chat: Chat) -> str:
    return next(text for text in reversed(chat.texts) if "Score SCG estimé" in text)


async def test_un_score_au_dessus_de_chaque_ronde_le_dit_sans_compter(tg: FakeTelegram,
                                                                     tmp_path: pathlib.Path) -> None:
    """Rania has a TEF Canada and an IELTS; her 588 is above each of the 6 last cut-offs (516 to 523): the result
    said « votre score estimé aurait atteint ce seuil dans 6 de ces 6 rondes », a count no one writes. On the
    way, the new line on the first official language counted (RULES.md 3), as it reads."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Rania", language_code="fr")
        await say(chat, *WORK, "[TEF Canada]", "20 mars 2026", "CO 500 CE 500 EE 500 EO 500", "oui",
                  "[IELTS General Training]", "2025-06-01", "8", "8", "8", "8", "non", ESTIMATE, *THOMAS_CRS)
        said = "\n".join(chat.texts[-2:])
        assert "📊 Score SCG estimé : 588 points" in said
        assert "Première langue officielle retenue : l'anglais, qui rapporte au moins autant de points que " \
               "l'autre ; c'est vous qui la désignez dans votre profil Entrée express." in said
        assert "ce score minimal a varié de 516 à 523 ; votre score estimé aurait atteint le seuil dans chacune " \
               "d'elles." in said
        assert "6 de ces 6" not in said
        # "How can I raise my score?" counted the same way: « dans 6 des 6 dernières rondes »
        await say(chat, "[📈 Comment augmenter mon score ?]")
        plan = "\n".join(chat.texts[-3:])
        assert "ce score aurait atteint le seuil de chacune des 6 dernières rondes de la catégorie de " \
               "l'expérience canadienne." in plan
        assert "6 des 6" not in plan
        heard_in_french(chat)
    bot.errors.check()


async def test_la_question_du_frere_ou_de_la_soeur_ne_dit_pas_vous_deux_fois(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    """Awa's husband comes with her: the last CRS question read « Vous ou votre époux ou conjoint de fait
    avez-vous au Canada un frère ou une sœur... », the subject said twice, as no one asks it aloud."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Awa", language_code="fr")
        await say(chat, *WORK, "[TEF Canada]", "20 mars 2026", "CO 470 CE 480 EE 440 EO 460", "non", ESTIMATE,
                  "14 février 1990", "mariée", "non", "oui", "licence", "oui TEF", "2025-11-03", "400", "400",
                  "400", "400", "1 an", "licence", "au canada", "non", "non", "non")
        assert "Est-ce que vous ou votre époux ou conjoint de fait avez au Canada un frère ou une sœur de 18 " \
               "ans ou plus qui a la citoyenneté canadienne ou la résidence permanente ?" in chat.last_text
        assert "avez-vous" not in chat.last_text
        await say(chat, "non")
        assert "📊 Score SCG estimé : 409 points" in crs_screen(chat)
        heard_in_french(chat)
    bot.errors.check()


async def test_les_nouveaux_ecrans_se_lisent_en_francais(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The screens of this session read by a francophone, found right and pinned as they read: « oui » at the
    test question, the CRS without a test with the French test's figure (RULES.md 3: +25 for NCLC 7 in French,
    English untested), /privacy, /help and /rounds."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Amadou", language_code="fr")
        await say(chat, *WORK, "oui")
        assert chat.last_text.startswith("⚠️ Lequel ? Choisissez-le ci-dessous, ou tapez son nom, par exemple "
                                         "« TEF Canada » ; sans résultat pour l'instant, choisissez la "
                                         "dernière option.")
        await say(chat, "[Aucun pour l'instant]", ESTIMATE, *THOMAS_CRS)
        assert "Avec un test au NCLC 7 dans les quatre compétences : 449 points en anglais, 474 en français ; " \
               "au NCLC 9 : 517 en anglais." in crs_screen(chat)
        await say(chat, "/privacy")
        assert "vos tests de langue : dates et résultats ; et, pour le SCG, votre date de naissance" \
            in chat.texts[-2]
        await say(chat, "/help", "/rounds")
        assert "Comparaison avec votre dernière estimation SCG, 368 (du 27 novembre 2026)." in chat.last_text
        heard_in_french(chat)
    bot.errors.check()


async def test_le_premier_ecran_du_cuisinier_dit_ses_deux_a_faire(tg: FakeTelegram,
                                                                  tmp_path: pathlib.Path) -> None:
    """Karim's first screen (test_first_screen_todo_chat.py): both things to do, in one French paragraph."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Karim", language_code="fr")
        await say(chat, *COOK_FR)
        assert "👉 À faire : environ 339 heures admissibles de plus (emploi salarié, FEER 0 à 3) : 12 semaines " \
               "à 30 h par semaine. Un nouveau test de langue approuvé avec NCLC 5 en compréhension de l'écrit " \
               "(votre niveau : NCLC 4), et au moins le même niveau dans les autres compétences." in chat.last_text
        heard_in_french(chat)
    bot.errors.check()


def test_le_terminal_s_explique_en_francais_naturel(tmp_path: pathlib.Path) -> None:
    """The terminal's new texts: /help said « tapez le numéro d'une option, ses mots ou votre réponse » (an
    option's « mots »: its label, which French calls its text), /privacy « les réponses laissées de côté pendant
    180 jours » where Telegram's says « inactives », and /cancel a bare « Pause. »."""
    done = terminal_chat(tmp_path, "2", "/help", "/privacy", "/cancel", lang="fr")
    assert "Dans ce terminal : tapez le numéro d'une option, son texte ou votre réponse ;" in done.out
    assert "un bot Telegram qui utilise le même fichier efface aussi les réponses restées inactives pendant " \
           "180 jours." in done.out
    assert "Conversation en pause. Vos réponses sont enregistrées : relancez la conversation pour continuer" \
        in done.out
    for awkward in ("ses mots", "laissées de côté", "\nPause."):
        assert awkward not in done.out, awkward


async def test_la_confidentialite_parle_d_une_seule_voix(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """/privacy says « Ce que je conserve », « je conserve aussi », then, for round alerts, « nous conservons ce
    choix »: one message, two voices (the English said "What I store" and "we keep" alike)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Amadou", language_code="fr")
        said = "\n".join(message.shown_text or "" for message in await say(chat, "/start", "/privacy"))
        assert "Ce que je conserve : votre identifiant Telegram" in said
        assert "Alertes de rondes : si vous les activez, je conserve ce choix et sa date jusqu'à ce que vous " \
               "les arrêtiez ou utilisiez /delete." in said
        assert "nous conservons" not in said
        english = Chat(bot.app, tg, first_name="Ann", user_id=2002)
        said = "\n".join(message.shown_text or "" for message in await say(english, "/start", "/privacy"))
        assert "Round alerts: if you turn them on, I keep that choice and the day you made it" in said
        assert "we keep" not in said
        heard_in_french(chat)
    bot.errors.check()


async def test_le_mois_tape_comme_le_bouton_l_ecrit_est_compris(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Nadia asks « Et si je présente ma demande plus tard ? » and types « mars 2027 », exactly as the button
    reads: the bot answered « Aucune question n'attend de réponse pour le moment » and showed her CRS again (a
    strict xfail until the leftovers round 3: a month typed at a result exactly as the plan's button writes it is
    read as that button)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nadia", language_code="fr")
        await say(chat, *WORK, "[TEF Canada]", "20 mars 2026", "CO 500 CE 500 EE 500 EO 500", "non",
                  "[📅 Et si je présente ma demande plus tard ?]")
        assert "mars 2027" in chat.buttons  # the picker offers it
        said = "\n".join(message.shown_text or "" for message in await say(chat, "mars 2027"))
        assert "Aucune question n'attend de réponse" not in said
        assert "1er mars 2027" in said
    bot.errors.check()


async def test_un_test_qui_expire_avant_une_demande_plus_tardive(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Nadia's TCF Canada of 2025-01-03 expires on 2027-01-03 (2 years, RULES.md 2); asked for an application in
    March 2027, the CRS said « expire le 3 janvier 2027, au plus tard le jour de la demande », as if the expiry
    were the uncertain date and the application a set one; the English says "by the day you would apply". The
    French figure beside the English ones is this session's (RULES.md 3: +25 for NCLC 7 in French)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nadia", language_code="fr")
        await say(chat, *WORK, "[TCF Canada]", "3 janvier 2025", "CO 530 CE 525 EE 14 EO 12", "non", ESTIMATE,
                  *THOMAS_CRS, "[📅 Et si je présente ma demande plus tard ?]", "[mars 2027]")
        said = "\n".join(chat.texts)  # the result is shown again in place
        assert "Votre test TCF Canada expire le 3 janvier 2027, d'ici le jour où vous présenteriez votre " \
               "demande : aucun point de langue ce jour-là. Avec un nouveau test au NCLC 7 dans les quatre " \
               "compétences : 449 points en anglais, 474 en français ; au NCLC 9 : 517 en anglais." in said
        assert "au plus tard le jour de la demande" not in said
        heard_in_french(chat)
    bot.errors.check()
