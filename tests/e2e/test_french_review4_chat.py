"""The fourth French review (2026-12): whole screens read in context, as a francophone from Quebec or Africa reads
them on a phone, through the real bot and the fake Bot API (fixed day 2026-11-27, the shipped rounds).

What is pinned here is how things are said in French; every figure comes from RULES.md sections 1-3 and is pinned
by the earlier walkthroughs. Each chat below was played before the fix and showed what its comment says.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram
from .test_francophones_audit_chat import THOMAS, THOMAS_CRS, _check_french, heard_in_french, say

ACCOUNTANTS = "11100 · Vérificateurs/vérificatrices et comptables · FEER 1"
ESTIMATE = "📊 Estimer mon score SCG (9 questions)"


async def reply_to(chat: Chat, step: str) -> str:
    """Everything the bot says in answer to one step."""
    return "\n".join(message.shown_text or "" for message in await say(chat, step))


async def test_une_date_refusee_est_redite_comme_en_francais(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """A date refused (in the future, an end before the start) was quoted back in
    the ISO form kept inside: « Cette date (2027-05-01) est dans l'avenir »."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Aïssata", language_code="fr")
        await say(chat, "/start", "non", "oui", "comptable", f"[{ACCOUNTANTS}]")
        assert "⚠️ Cette date (1er mai 2027) est dans l'avenir : un emploi qui n'a pas encore commencé ne compte " \
               "pas" in await reply_to(chat, "2027-05-01")
        await say(chat, "1 mars 2024", "non")
        assert "⚠️ Un emploi ne peut pas se terminer avant son début (1er mars 2024)." \
            in await reply_to(chat, "2024-01-15")
        await say(chat, "30 juin 2025", "40", "oui", "oui", "non", "oui", "non", "[TEF Canada]")
        refused = await reply_to(chat, "2030-01-01")
        assert "⚠️ Cette date (1er janvier 2030) est dans l'avenir." in refused and "2030-01-01" not in refused
        heard_in_french(chat)
    bot.errors.check()


async def test_une_date_de_test_incertaine_n_est_jamais_redite_comme_un_jour(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    """RULES.md 2: a result counts 2 years. Kevin does not know his test date: the careful reading takes it as just
    over 2 years old, and the verdict said « Votre test TEF Canada du 26 novembre 2024 a expiré le 26 novembre
    2026 », a day he never gave. It now says the date is uncertain and read as expired."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kevin", language_code="fr")
        await say(chat, "/start", "non", "oui", "cuisinier", "[63200 · Cuisiniers/cuisinières · FEER 3]",
                  "1 juin 2025", "oui", "35", "oui", "oui", "non", "oui", "non", "TEF", "je sais pas",
                  "CO 480 CE 470 EE 450 EO 500", "non")
        verdict = "\n".join(chat.texts)
        assert "Lecture la plus favorable : admissible. Lecture prudente : non admissible." in verdict
        assert "❌ Langue : votre test TEF Canada, dont la date n'est pas certaine, est lu comme expiré." \
            in verdict
        assert "26 novembre 2024" not in verdict and "a expiré le" not in verdict
        await chat.click("📄 Détails : exigences, heures, prochaines étapes")
        details = "\n".join(chat.texts)
        assert "est lu comme expiré : la lecture prudente le suppose passé il y a plus de 2 ans." in details
        assert "26 novembre 2024" not in details
        heard_in_french(chat)
    bot.errors.check()


async def test_le_resultat_du_conjoint_se_lit_sur_son_releve(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Awa's husband's TEF scores were asked with « Tapez le résultat inscrit sur votre relevé », as if hers; the
    date question already said « le relevé ». On the way, the birth date question as it now reads."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Awa", language_code="fr")
        await say(chat, "/start", "non", "oui", "comptable", f"[{ACCOUNTANTS}]", "1 sept 2024", "oui", "37,5",
                  "oui", "oui", "non", "oui", "non", "[TEF Canada]", "20 mars 2026", "CO 470 CE 480 EE 440 EO 460",
                  "non", "[📊 Estimer mon score SCG (9 questions)]")
        # the birth date is asked as a francophone writes it first; it said « au format AAAA-MM-JJ »
        assert "Tapez-la, par exemple 23 avril 1995 ou 1995-04-23, ou tapez simplement votre âge." \
            in chat.last_text
        await say(chat, "14 février 1990", "mariée", "non", "oui", "licence", "oui TEF", "2025-11-03")
        assert "TEF Canada : le résultat de votre époux ou conjoint de fait en compréhension de l'oral ?" \
            in chat.last_text
        assert "Tapez le résultat inscrit sur le relevé de votre époux ou conjoint de fait (un nombre entier " \
            "de 0 à 699)" in chat.last_text
        assert "votre relevé" not in chat.last_text
        heard_in_french(chat)
    bot.errors.check()


async def test_pas_de_majuscule_apres_le_deux_points_du_resultat(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """French sets no capital after a colon: each line of the result read « Langue : Votre test... », « À faire :
    Environ 793 heures... », as English does. A level (NCLC) keeps its capitals."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Moussa", language_code="fr")
        await say(chat, "/start", "non", "oui", "ingénieur civil",
                  "[21300 · Ingénieurs civils/ingénieures civiles · FEER 1]", "2024-01-01", "oui", "40", "oui",
                  "oui", "non", "oui", "non", "[IELTS General Training]", "2025-06-01", "5 5 5 5", "non")
        glance = chat.last_text
        assert "❌ Langue : votre test IELTS General Training du 1er juin 2025 correspond aux niveaux NCLC " \
               "5/6/5/5." in glance
        assert "✅ Lieu de résidence prévu : vous prévoyez de vivre hors du Québec." in glance
        assert "👉 À faire : un nouveau test de langue approuvé avec NCLC 7 en compréhension de l'oral (votre " \
            "niveau : NCLC 5)" in glance
        assert "et NCLC 7 en expression orale (votre niveau : NCLC 5).\n" in glance  # a sentence, ended
        await chat.click("📄 Détails : exigences, heures, prochaines étapes")
        details = "\n".join(chat.texts)
        assert "✅ Travail au Canada : vous avez 4 547 h de travail admissible du 27 novembre 2023" in details
        for line in details.splitlines():
            if line.startswith(("✅", "❌", "❔", "👉")) and " : " in line:
                after = line.split(" : ", 1)[1]
                assert not (after[:1].isupper() and after.split()[0][1:].islower()), line
        heard_in_french(chat)
    bot.errors.check()


async def test_non_au_titre_de_poste_n_est_pas_cherche_comme_un_metier(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    """Asked the title of a second job she had just said to add, Fatou answers « non »: it was searched as a title
    and offered « commerce de gros (non-technique) » and « essais non destructifs » jobs to tap."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Fatou", language_code="fr")
        await say(chat, "/start", "non", "oui", "cuisinière", "[63200 · Cuisiniers/cuisinières · FEER 3]",
                  "2024-01-01", "oui", "40", "oui", "oui", "non", "oui", "oui")
        refused = await reply_to(chat, "non")
        assert "⚠️ « non » n'est pas un titre de poste : tapez celui de l'emploi en quelques mots, par exemple " \
               "« cuisinier » ou « caissière ». S'il n'y a finalement pas d'emploi à ajouter, répondez « Non » " \
               "à la question précédente. Pour modifier plutôt votre réponse précédente, envoyez /back." in refused
        assert "non-technique" not in refused
        assert "Emploi 2 au Canada : quel était votre titre de poste ?" in refused
        await say(chat, "/back", "non", "[TEF Canada]", "2025-06-01", "500 500 500 500", "non")
        assert "✅ Vous semblez admissible" in chat.last_text
        heard_in_french(chat)
    bot.errors.check()


async def test_chaque_ecran_et_chaque_bouton_en_francais(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The screens of this review, one after the other, and the labels of every button they carry (the earlier
    checks read the messages only): no English word, French numbers and dates, a space before « : »."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Thomas", language_code="fr")
        await say(chat, *THOMAS, "[📄 Détails]", "[⬅️ Retour à mon résultat]", f"[{ESTIMATE}]", *THOMAS_CRS,
                  "[Comment augmenter mon score ?]", "[Retour à mon résultat]", "[Graphique du SCG]", "/rounds",
                  "/help", "[Continuer]", "[M'envoyer des rappels]", "[Oui, envoyez-moi des rappels]",
                  "/reminders", "/summary", "/privacy", "/language", "[Français]", "/delete",
                  "[Garder mes données]")
        heard_in_french(chat)
        labels = {label for message in chat.bot_messages for label in message.buttons} - {"English"}
        assert "🛑 Arrêter tous les rappels" in labels and "📈 Comment augmenter mon score ?" in labels
        for label in labels:
            _check_french(label)
    bot.errors.check()
