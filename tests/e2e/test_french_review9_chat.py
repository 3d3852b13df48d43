"""The ninth French review (2026-12): the 360 French lines added or changed since 2026-12-05 (6518605), read beside
their English twins, then French chats read end to end as a francophone reads them on a phone, through the real bot
and the fake Bot API (fixed day 2026-11-27, the shipped rounds).

Played in French: Émilie (eligible, TEF, a CRS and « Comment augmenter mon score ? »), Kevin (a cook not yet
eligible, a month without its day, reminders, « Et si je présente ma demande plus tard ? », the hours chart, /help,
/restart), Sophie (a cashier and a server: not eligible, no test), Marc-André (common-law, « ma blonde vient avec
moi », her IELTS, « bac » and « dec » asked, /summary, /rounds, /delete), Nadia (Montréal: Quebec), Jonathan
(approximate start and hours), Léa (a contract that ends), Yasmine (an expired TCF) and Jessica (a cook who types
as in Quebec). What read badly is pinned below, each test with what it said before; the figures are those of the
earlier walkthroughs (RULES.md sections 1-3).
"""

from __future__ import annotations

import pathlib

import pytest

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import verdict_of

# Jessica, a cook (63200, TEER 3) since March 15, 2026, outside Quebec, who types as people do in Quebec: still
# working there (« j'y suis encore »), « une quarantaine d'heures », a part-time student, no other job, an IELTS at
# CLB 7/7/6/7 (RULES.md 2), no other result. Read as Kevin's 40 h: 1,101 hours today, 1,560 on March 14, 2027.
JESSICA = ["/start", "non", "oui", "63200", "15 mars 2026", "j'y suis encore", "une quarantaine d'heures", "oui",
           "oui", "j'étais à temps partiel à l'école", "oui", "j'en ai pas d'autre", "IELTS GT", "2025-10-10",
           "6 6 5.5 6", "j'en ai pas d'autre"]


async def test_jessica_tape_comme_au_quebec(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« j'y suis encore », « une quarantaine d'heures », « j'étais à temps partiel à l'école » and « j'en ai pas
    d'autre » each got « Veuillez répondre oui ou non » or « Je n'ai pas compris ce nombre » and the same question
    again; they are read now, the hours as an estimate, said to be one."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Jessica", language_code="fr")
        await answer_all(chat, *JESSICA[:7])
        assert "≈ Noté comme une estimation : environ 40 heures par semaine." in chat.last_text
        await answer_all(chat, *JESSICA[7:])
        job = answers(bot, chat)["jobs"][0]
        assert (job["job_ongoing"], job["job_hours"], job["job_hours_estimate"], job["job_student"]) == \
            (True, 40, True, False)
        assert len(answers(bot, chat)["jobs"]) == 1 and len(answers(bot, chat)["tests"]) == 1
        verdict = verdict_of(chat)
        assert "⏳ Pas encore admissible : vous devriez l'être le 14 mars 2027" in verdict
        assert "Veuillez répondre" not in "\n".join(chat.texts)
    bot.errors.check()


async def test_la_date_qui_repose_sur_une_estimation_est_nommee(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """At a glance, the work line said « 1 101 heures admissibles ; il en faut 1 560. Cette date repose sur votre
    estimation… »: no date had been named in that line (the day is in the title, two lines up), so « Cette date »
    had nothing to stand for. It now says which date: the day Jessica should become eligible."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Jessica", language_code="fr")
        await answer_all(chat, *JESSICA)
        verdict = verdict_of(chat)
        assert "❌ Travail au Canada : 1 101 heures admissibles ; il en faut 1 560. La date à laquelle vous " \
               "devriez devenir admissible repose sur votre estimation d'environ 40 h par semaine dans l'emploi " \
               "1 : elle tient si vous y avez travaillé en moyenne au moins 30 h par semaine ; avec moins " \
               "d'heures, elle serait plus tardive." in verdict
        assert "Cette date repose" not in verdict
    bot.errors.check()


async def test_oui_tape_sous_delete_pendant_une_question_dit_effacer(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    """« oui » typed under /delete while a question waits: the answer said « vouliez-vous tout supprimer … Pour
    supprimer, touchez le bouton de suppression ci-dessous » right under « Effacer tout … ? » and beside « 🗑️ Oui,
    tout effacer » (review 8 made the same answer at a result say « effacer »). Neither reading is guessed."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "2025-09-01")
        await chat.send("/delete")
        reply = said(await chat.send("oui"))
        assert "Vous avez écrit « oui » : vouliez-vous tout effacer, ou répondre à la question en cours ? Je ne " \
               "l'ai pas enregistré. Pour tout effacer, touchez le bouton 🗑️ ci-dessous ; sinon, envoyez de " \
               "nouveau votre réponse ou touchez-la sous la question." in reply
        assert "supprim" not in reply
        assert "Occupez-vous toujours l'emploi 1 au Canada ?" in reply
        assert "job_ongoing" not in answers(bot, chat)["jobs"][0]
        assert ["🗑️ Oui, tout effacer"] in next(m.keyboard for m in await chat.send("/delete") if m.keyboard)
    bot.errors.check()


async def test_j_ai_pas_a_la_question_du_travail_au_canada(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« j'ai pas » to « Avez-vous occupé un emploi rémunéré au Canada … ? » got « Veuillez répondre oui ou non »:
    it is the everyday « je n'en ai pas », a plain no, and the test question follows."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Rémi", language_code="fr")
        reply = said(await answer_all_and_last(chat, "/start", "non", "j'ai pas"))
        assert "✅ Non" in reply and "Quel test de langue approuvé avez-vous passé ?" in reply
        assert answers(bot, chat)["canadian_work"] is False
    bot.errors.check()


async def test_marc_andre_sa_blonde_son_dec_lu_comme_il_faut(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Read well as it was: « oui ma blonde vient avec moi » is a yes to « vous accompagnera-t-il », « dec » (two
    or three years in Quebec) and « bac » (a bachelor's in Quebec, secondary school in France) are asked, « au
    quebec » is in Canada, « aucune » is no year of work."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marc-André", language_code="fr")
        await answer_all(chat, "/start", "non on s'en va a winnipeg", "oui", "72200", "15 janvier 2024", "oui",
                         "40", "oui", "oui", "non", "oui", "non", "TCF", "5 mai 2026", "CO 520 CE 510 EE 12 EO 12",
                         "non", "[📊 Estimer mon score SCG (9 questions)]", "1991-07-14", "conjoint de fait",
                         "non")
        assert "✅ Oui" in said(await chat.send("oui ma blonde vient avec moi"))
        asked = said(await chat.send("bac"))
        assert "❓ Je peux lire « bac » de plus d'une façon." in asked
        assert chat.keyboard == [["Diplôme d'études secondaires"], ["Baccalauréat ou programme de 3 ans ou plus"]]
        await answer_all(chat, "[Baccalauréat ou programme de 3 ans ou plus]", "[Aucun test]", "aucune")
        asked = said(await chat.send("dec"))
        assert "❓ Je peux lire « dec » de plus d'une façon." in asked
        assert chat.keyboard == [["Programme postsecondaire de deux ans"],
                                 ["Baccalauréat ou programme de 3 ans ou plus"]]
        await answer_all(chat, "[Programme postsecondaire de deux ans]")
        assert "✅ Au Canada" in said(await chat.send("au quebec"))
        stored = answers(bot, chat)
        assert (stored["spouse_accompanying"], stored["spouse_education"], stored["spouse_work"],
                stored["education_level"], stored["education_where"]) == \
            (True, "bachelor", "0", "two_year", "canada")
    bot.errors.check()


async def answer_all_and_last(chat: Chat, *steps: str) -> list:
    """answer_all, then what the bot said to the last step."""
    await answer_all(chat, *steps[:-1])
    return await chat.send(steps[-1])


async def test_les_rondes_disent_qui_ne_remplit_pas_encore_les_exigences(tg: FakeTelegram,
                                                                        tmp_path: pathlib.Path) -> None:
    """/rounds for Jessica, not yet eligible, with a CRS estimate: « Ce résultat ne remplit pas encore toutes les
    exigences » (a result meets no requirement: the person does) with « d'ici là » standing for nothing said. It
    now says who, as the planned-day twin of the sentence does."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Jessica", language_code="fr")
        await answer_all(chat, *JESSICA, "[📊 Estimer mon score SCG (9 questions)]", "23 avril 1995",
                         "célibataire", "secondaire 5", "au Québec", "j'ai pas travaillé ailleurs", "non", "non",
                         "j'ai pas")
        assert "Score SCG estimé" in "\n".join(chat.texts[-3:])
        listing = said(await chat.send("/rounds"))
        assert "Selon ce résultat, vous ne remplissez pas encore toutes les exigences : seules les personnes " \
               "inscrites dans le bassin d'Entrée express sont invitées, ces chiffres sont donc donnés à titre " \
               "indicatif d'ici là." in listing
        assert "Ce résultat ne remplit" not in listing
        stored = answers(bot, chat)
        assert (stored["foreign_work"], stored["sibling"]) == ("0", False)
    bot.errors.check()


_NBSP_REASON = (
    "French typography wants a no-break space inside « 1 560 » and before : ; ? ! and inside « » (Telegram "
    "may otherwise break the line there: « 1 » at the end of a line, « 560 heures » on the next). The house "
    "rule pinned by tests/flows/test_french_catalog_consistency.py keeps plain spaces in the catalogs, and "
    "format.thousands is a plain space. A finishing pass on French text at render time would change every "
    "French pin in tests/: left to the lead.")


@pytest.mark.xfail(strict=True, reason=_NBSP_REASON)
def test_un_nombre_ne_se_coupe_pas_en_fin_de_ligne() -> None:
    assert catalog("fr").number(1560) in ("1\u00a0560", "1\u202f560")
