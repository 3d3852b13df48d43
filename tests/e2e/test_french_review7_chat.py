"""The seventh French review (2026-12): the French lines added or changed since 52e6777, read beside their English
twins as a francophone reads them on a phone, through the real bot and the fake Bot API (fixed day 2026-11-27, the
shipped rounds).

Played before the fixes: a job still going with a planned end (typed after « Non » to « Occupez-vous toujours
l'emploi 1 au Canada ? », confirmed, /summary, then an extension), a date read two ways (« 11/12/2026 » as a job
end), a word typed under /delete and /restart, /chart and /edit typed, the partner comparison answered by typing,
a test kind changed in /summary, and /restart with round alerts on. What read badly is pinned below, each test with
what it said before; the figures are pinned by the earlier walkthroughs (RULES.md sections 1-4).
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import SALARIE, verdict_of
from .test_french_review6_chat import WORK
from .test_planned_job_end_chat import TOMAS_FR, TOMAS_REST_FR
from .test_quebec_audit_chat import ELIGIBLE_FR, README_CRS_FR
from .test_round_alerts import FeedServer, ircc_feed

ESTIMATE = "[📊 Estimer mon score SCG (9 questions)]"


async def test_une_fin_prevue_apres_le_jour_ou_il_serait_admissible(tg: FakeTelegram,
                                                                     tmp_path: pathlib.Path) -> None:
    """Tomás answers « Non » to « Occupez-vous toujours l'emploi 1 au Canada ? », then types the end of his
    contract, a day still to come; he confirms it, and later extends it in /summary. The verdict said « L'emploi 1
    doit se terminer le 30 juin 2027, après cette date. », a « cette date » with no date before it on that line
    (the day he should qualify is in the title, three lines up)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR)
        asked = said(await chat.send("31 décembre 2026"))
        assert "Cet emploi est donc toujours en cours et se termine le 31 décembre 2026 ?" in asked
        await answer_all(chat, "[Oui]", *TOMAS_REST_FR)
        summary = said(await chat.send("/summary"))
        assert "• Emploi 1 · en cours : Oui, jusqu'au 31 décembre 2026" in summary
        await answer_all(chat, "[✏️ Emploi 1 · fin prévue]")
        assert "Quand l'emploi 1 prendra-t-il fin ?" in chat.last_text
        await answer_all(chat, "30 juin 2027", "[Oui]")
        verdict = verdict_of(chat)
        assert "Pas encore admissible : vous devriez l'être le 4 janvier 2027" in verdict
        assert "L'emploi 1 doit se terminer le 30 juin 2027, après le jour où vous devriez être admissible." \
            in verdict
        assert "après cette date" not in verdict
    bot.errors.check()


async def test_une_date_lue_de_deux_facons_propose_deux_dates_en_francais(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    """« 11/12/2026 » typed as the end of a job: 12 November is past, 11 December still to come. Read well as it
    was: both readings asked, in French dates, nothing stored."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Lina", language_code="fr")
        await answer_all(chat, *TOMAS_FR)
        asked = said(await chat.send("11/12/2026"))
        assert "Je peux lire « 11/12/2026 » de plusieurs façons : une date passée (l'emploi a pris fin) ou une " \
               "date à venir (l'emploi est toujours en cours et se termine ce jour-là)." in asked
        assert chat.buttons == ["12 novembre 2026", "11 décembre 2026"]
    bot.errors.check()


async def test_un_mot_tape_sous_delete_ou_restart(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« supprimer » typed under /delete was answered « Votre « supprimer » : un mot tapé n'efface rien. », a
    calque of "Your “delete”:"; the same under /restart."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana", language_code="fr")
        await answer_all(chat, "/start", *ELIGIBLE_FR, "/delete")
        reply = said(await chat.send("supprimer"))
        assert "Vous avez écrit « supprimer », mais un mot tapé n'efface rien. Pour tout effacer, touchez " \
               "« 🗑️ Oui, tout effacer » ci-dessous ; sinon, touchez « Garder mes données »." in reply
        assert "Votre « supprimer »" not in reply
        assert bot.repository.rows_about(chat.user_id) > 0, "a typed word erases nothing"
        await answer_all(chat, "[Garder mes données]", "/restart")
        reply = said(await chat.send("recommencer"))
        assert "Vous avez écrit « recommencer », mais un mot tapé n'efface rien. Pour recommencer, touchez " \
               "« 🔄 Oui, recommencer » ci-dessous ; sinon, touchez « Garder mes réponses »." in reply
    bot.errors.check()


async def test_chart_tape_avant_le_resultat(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """/chart typed before any result said « celui du SCG avec l'estimation du score SCG », SCG twice in four
    words."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ben", language_code="fr")
        await chat.send("/start")
        early = said(await chat.send("/chart"))
        assert "Les graphiques accompagnent votre résultat : celui des heures avec le verdict, celui du SCG " \
               "avec l'estimation de votre score." in early
        assert chat.buttons == ["Oui", "Non", "Je ne sais pas"]  # the first question, still waiting
        await answer_all(chat, *ELIGIBLE_FR, "/edit")
        assert "✏️ Test 1" in chat.buttons
    bot.errors.check()


async def test_recommencer_avec_les_alertes_de_rondes(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """/restart with round alerts on said « chaque alerte compare la ronde avec la dernière, celle d'avant », a
    word-for-word "with your latest one, from before" where « la dernière » reads as the last round."""
    server = FeedServer(ircc_feed())
    try:
        async with bot_on(tg, tmp_path / "bot.db", settings={"rounds_feed_url": server.url}) as bot:
            chat = Chat(bot.app, tg, first_name="Dan", language_code="fr")
            await answer_all(chat, "/start", *ELIGIBLE_FR, ESTIMATE, *README_CRS_FR,
                             "[📣 Prévenez-moi après chaque ronde]")
            asked = said(await chat.send("/restart"))
            assert "Recommencer ? Vos réponses actuelles seront effacées. Les alertes de rondes restent " \
                   "activées : tant que vos nouvelles réponses n'ont pas donné d'estimation SCG, chaque alerte " \
                   "compare la ronde avec votre estimation précédente." in asked
            assert "celle d'avant" not in asked
    finally:
        server.close()
    bot.errors.check()


async def test_un_non_avec_une_ville_du_quebec_est_redemande(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« non, je reste à Montréal » at the Quebec question was asked again « Votre réponse nomme un lieu avec [...]
    ou un oui ou un non qui dit autre chose », a yes or no that "says something else"; the rest of the answer
    contradicts it."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Léa", language_code="fr")
        await chat.send("/start")
        reply = said(await chat.send("non, je reste à Montréal"))
        assert "Votre réponse nomme un lieu avec un moment, un doute, une condition, ou un oui ou un non que le " \
               "reste de votre réponse contredit : je préfère vous poser la question plutôt que de " \
               "deviner." in reply
    bot.errors.check()


async def test_un_test_qui_expire_bientot_au_verdict_et_aux_details(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    """Tariq (IELTS of 2024-11-30, valid to 2026-11-30) heard « le profil ne reste dans le bassin de candidats
    jusqu'à 12 mois qu'avec un résultat valide », the « ne ... que » split across the sentence. Nadia (TCF of
    2025-01-03), asked for March 2027, heard « il vous faudra » after « vous présenteriez », a future after a
    conditional (the English: "you would need")."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        tariq = Chat(bot.app, tg, first_name="Tariq", language_code="fr")
        await answer_all(tariq, "/start", "non", "oui", "électricien", "[72200]", "15 janvier 2024", "oui", "40",
                         *SALARIE, "non", "[IELTS General Training]", "2024-11-30", "6,5 6 6 6", "non")
        assert "repassez un test de langue avant l'expiration du vôtre le 30 novembre 2026 : un profil ne reste " \
               "dans le bassin qu'avec un résultat valide." \
            in verdict_of(tariq)
        nadia = Chat(bot.app, tg, first_name="Nadia", language_code="fr", user_id=2002)
        await answer_all(nadia, *WORK, "[TCF Canada]", "3 janvier 2025", "CO 530 CE 525 EE 14 EO 12", "non",
                         "[📅 Et si je présente ma demande plus tard ?]", "[mars 2027]",
                         "[📄 Détails : exigences, heures, prochaines étapes]")
        assert "expire le 3 janvier 2027, d'ici le jour où vous présenteriez votre demande : il vous faudrait " \
               "un nouveau résultat d'au moins NCLC 7" in "\n".join(nadia.texts)
    bot.errors.check()


async def test_les_rappels_d_une_personne_qui_vivra_au_quebec(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """/reminders after « Oui » to Quebec said « je n'en donne pas pour un projet de vivre au Québec », a
    "plan to live" turned into a noun phrase."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marc", language_code="fr")
        await answer_all(chat, "/start", "[Oui]")
        listing = said(await chat.send("/reminders"))
        assert listing == "Les rappels sont désactivés. Ils accompagnent un résultat pour la catégorie de " \
                          "l'expérience canadienne, et je n'en envoie pas si vous prévoyez de vivre au Québec. " \
                          "Si vos projets changent, envoyez /start."
    bot.errors.check()
