"""The sixteenth French review (2026-12): the French lines added or changed since 2026-12-07 15:00 (82 lines of
flows/texts and eligibility/texts, 19 of them after French review 15: the student part time, Quebec's programs
named, a day's schedule, the ECA applied for, « en couple », the partner's education, the partner staying, the
shorter list of doubts), read beside their English twins, then French chats read end to end as a francophone reads
them on a phone, through the real bot and the fake Bot API (fixed day 2026-11-27, the shipped rounds).

Played in French, none of them in reviews 1-15: Lucie (« mise à pied » said at « Occupez-vous toujours
l'emploi ? »), Réjean (« du lundi au vendredi de 8h a 16h »), Josée (a CSQ, will live in Montreal), Fatou (studied
part time while working), Amina (her husband is a Canadian citizen; her ECA is under way) and Jean-Marc (« ça
compte-tu, le travail autonome? », three « je sais pas », then « en couple »). 14 French lines were reworded
(12 of the 82, and two beside them now said as review 15 set; pinned below, each test with what it said before);
81 new French answers were typed as on a phone: tests/flows/test_french_typed_answers_review16.py.
"""

from __future__ import annotations

import pathlib

import pytest

from flows.parsing import Figure
from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram

# A software developer (21232) since May 1, 2022 at 40 h, a TEF Canada of March 12, 2026: up to the CRS questions
DEVELOPER = ["/start", "non", "oui", "21232", "2022-05-01", "oui", "40", "oui", "oui", "non", "oui", "non",
             "tef canada", "12 mars 2026", "520 510 480 500", "non", "[📊 Estimer mon score SCG (9 questions)]"]


def t(key: str, **values: object) -> str:
    return catalog("fr").t(key, **values)


# -- chats read end to end ----------------------------------------------------------------------------------------
async def test_lucie_mise_a_pied(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« non j'ai été mise à pied en juin 2025 » kept the No and asked « Quand l'emploi 1 a-t-il pris fin ? » as
    if the end were unsaid (« j'ai été » has two auxiliaries; « jai ete », spelled « j'ai ete » before it is read,
    the same): the end is kept now, June 2025 counted to its first day, and the hours come next."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Lucie", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "12200", "mars 2023")
        reply = said(await chat.send("non j'ai été mise à pied en juin 2025"))
        assert reply.startswith("✅ Non · juin 2025")
        assert "Quand l'emploi 1 a-t-il pris fin ?" not in reply
        assert "Combien d'heures par semaine travailliez-vous dans l'emploi 1 ?" in reply
        job = answers(bot, chat)["jobs"][0]
        assert job["job_ongoing"] is False and job["job_end"] == "2025-06"
        await answer_all(chat, "37,5", "oui", "oui", "non", "oui", "non", "tef canada", "15 janvier 2026",
                         "CO 420 CE 400 EE 410 EO 430")
        verdict = said(await chat.send("non"))
        assert "✅ Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "jusqu'au 1er juin 2025, le jour le plus tôt possible (le moins d'heures)" in verdict
    bot.errors.check()


async def test_rejean_du_lundi_au_vendredi(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« du lundi au vendredi de 8h a 16h » got « Je n'ai pas compris ce nombre » (only the days after the hours
    were read): the week it makes is asked now. The line said « donne 8 heures par jour » (a schedule does not
    « give » hours): « correspond à » now."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Réjean", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "preposé aux beneficiaires", "[33102]", "2024-02-12", "oui")
        reply = said(await chat.send("du lundi au vendredi de 8h a 16h"))
        assert reply.startswith("❓ « du lundi au vendredi de 8h a 16h » correspond à 8 heures par jour, 5 jours "
                                "par semaine : 40 heures par semaine, ou 37,5 si une pause d'une demi-heure n'est "
                                "pas payée.")
        assert "Je n'ai pas compris ce nombre" not in reply and " donne " not in reply
        assert chat.buttons == ["40 h/semaine", "37,5 h/semaine"]
        assert said(await chat.click("37,5 h/semaine")).startswith("✅ 37,5 h/semaine")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 37.5
    bot.errors.check()


async def test_josee_a_son_csq(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« jai mon csq » says what Quebec's programs are and asks the plan (never guessed); « j ai deja mon CSQ pis
    je reste a montreal » is a plan to live in Quebec: Quebec's route. Read well as it was; pinned."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Josée", language_code="fr")
        await chat.send("/start")
        reply = said(await chat.send("jai mon csq"))
        assert reply.startswith("⚠️ Le CSQ, Arrima et les programmes du Québec (le PSTQ, le PEQ) relèvent de la "
                                "sélection du Québec, pour les personnes qui vivront au Québec.")
        assert "si vous comptez vivre au Québec, touchez « Oui »" in reply
        assert "quebec" not in answers(bot, chat) and state(bot, chat) == "quebec"
        reply = said(await chat.send("j ai deja mon CSQ pis je reste a montreal"))
        assert reply.startswith("✅ Oui")
        assert "Programme de sélection des travailleurs qualifiés (PSTQ)" in reply
        assert chat.buttons == ["Je compte vivre ailleurs au Canada", "Je comprends"]
        assert answers(bot, chat)["quebec"] is True
    bot.errors.check()


async def test_fatou_etudiait_a_temps_partiel(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« jetudiais a temps partiel » at the full-time student question: why only full-time studies matter, and
    which button; « Non » then counts the job. Read well as it was; pinned."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Fatou", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "33102", "2024-02-12", "oui", "25", "oui", "oui")
        reply = said(await chat.send("jetudiais a temps partiel"))
        assert reply.startswith("⚠️ Seules les études à temps plein empêchent les heures d'un emploi de compter : "
                                "si vous étudiiez à temps partiel pendant cet emploi, touchez « Non »")
        assert "job_student" not in answers(bot, chat)["jobs"][0]
        await chat.click("Non")
        assert answers(bot, chat)["jobs"][0]["job_student"] is False
        assert state(bot, chat) == "job_authorized"
    bot.errors.check()


async def test_amina_son_mari_est_citoyen(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Her husband is a Canadian citizen: scored without a spouse, said so. « au maroc, EDE en cours »: noted
    abroad with no ECA yet. The line read « Une EDE demandée ou prévue n'est pas encore en main, j'ai donc noté »
    (two sentences run together by a comma): « Comme une EDE … n'est pas encore en main, j'ai noté » now."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Amina", language_code="fr")
        await answer_all(chat, *DEVELOPER, "12 mai 1992", "mariee", "oui il est citoyen canadien", "maitrise")
        reply = said(await chat.send("au maroc, EDE en cours"))
        assert "ℹ️ Comme une EDE demandée ou prévue n'est pas encore en main, j'ai noté « Hors du Canada, " \
               "sans EDE (pour l'instant) »" in reply
        assert "en main, j'ai donc" not in reply
        assert answers(bot, chat)["education_where"] == "abroad"
        await answer_all(chat, "non", "aucune", "non", "non")
        score = said(await chat.send("non"))
        assert "Votre époux ou conjoint de fait est citoyen canadien ou résident permanent : vous êtes " \
               "évalué(e) dans la colonne « sans époux » du SCG" in score
        assert "les vôtres n'ont donc rapporté aucun point" in score
    bot.errors.check()


async def test_jean_marc_le_travail_autonome_et_ses_doutes(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« ça compte-tu, le travail autonome? »: the reason, which said « payé comme travailleur autonome »
    (masculine only, where the catalog writes both): « à titre de travailleur ou travailleuse autonome ». Three
    « je sais pas » and a test's date not known: the list of doubts read « avec celles et les conditions de votre
    permis », « le registraire peut le confirmer » (no noun for « le ») and « relevé de résultats, valide 2 ans »
    (the report, not the results): fixed. « en couple »: « Lequel est votre cas ? » (no noun for « Lequel »):
    « Quelle est votre situation ? »."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Jean-Marc", language_code="fr")
        await answer_all(chat, "/start", "non")
        reply = said(await chat.send("ça compte-tu, le travail autonome?"))
        assert reply.startswith("ℹ️ Le travail autonome ne compte pas pour la catégorie de l'expérience "
                                "canadienne : la pige, votre propre entreprise, ou le travail par l'entremise "
                                "d'une plateforme (par exemple Uber) payé à titre de travailleur ou travailleuse "
                                "autonome.")
        assert "canadian_work" not in answers(bot, chat)
        await answer_all(chat, "oui", "22220", "2024-01-15", "oui", "40", "oui", "je sais pas", "chais pas",
                         "jsais pas", "non", "celpip", "je sais pas", "9 9 8 9")
        verdict = said(await chat.send("non"))
        assert "Ce qui est déterminant (réponses dont vous n'étiez pas certain(e)) :" in verdict
        assert "• Emploi 1 · autorisé : comparez les dates de l'emploi avec les dates et les conditions de " \
               "votre permis de travail (et de toute prolongation ou du statut maintenu)." in verdict
        assert "(le registraire peut les confirmer)" in verdict
        assert "• Test 1 · date : la date figure sur votre relevé de résultats ; les résultats valent 2 ans à " \
               "partir de cette date." in verdict
        for before in ("avec celles et les conditions", "peut le confirmer", "résultats, valide 2 ans"):
            assert before not in verdict
        await answer_all(chat, "[📊 Estimer mon score SCG (9 questions)]", "35 ans")
        reply = said(await chat.send("en couple"))
        assert reply.endswith("un couple qui n'est ni l'un ni l'autre est « Célibataire » ici. Quelle est votre "
                              "situation ?")
        assert chat.buttons == ["Marié(e)", "Conjoint(e) de fait", "Célibataire"]
    bot.errors.check()


# -- lines no chat of this review reaches -------------------------------------------------------------------------
@pytest.mark.parametrize(("key", "values", "now", "before"), [
    ("verdict.crs_spouse_education", {}, "Les études de votre époux ou conjoint de fait sont comptées telles "
     "que déclarées : nos règles ne disent pas si un diplôme étranger exige pour lui une EDE, comme pour vous.",
     "comme le vôtre"),  # « un diplôme étranger …, comme le vôtre » said the person's own credential was foreign
    ("answers.partner_stays_noted", {}, "ne demande ni ses études, ni ses compétences linguistiques, ni son "
     "travail.", "ni ses langues"),
    ("answers.sibling_partner_not_coming", {}, "seul le vôtre, ou celui d'un époux ou conjoint de fait qui vous "
     "accompagne, compte.", "d'un conjoint qui"),
    ("asked_back.score", {}, "il faut le NCLC 7 dans chacune des quatre compétences pour un emploi FEER 0 ou 1, "
     "le NCLC 5 pour FEER 2 ou 3", "il faut NCLC 7"),
    ("quebec_step.unsure_result", {}, "Si vous vous établissez au Québec, la voie du Québec vous concerne (le "
     "PSTQ, par Arrima).", "sa propre voie"),  # within review 14's 290 characters
    ("results.partner_lapses", {"test": "IELTS", "date": "1er mars 2027", "gain": 20},
     "il ne rapporte alors aucun point.", "ne donne"),  # as review 15 set for the expired results
    ("results.own_lapses", {"test": "IELTS", "date": "1er mars 2027", "gain": 20},
     "il ne rapporte alors aucun point.", "ne donne"),
])
def test_des_lignes_mieux_dites(key: str, values: dict[str, object], now: str, before: str) -> None:
    """Read beside their English twins: the meaning kept, the French said as a Canadian editor says it."""
    line = t(key, **values)
    assert now in line and before not in line


def test_the_same_figures_in_both_languages() -> None:
    """The schedule's line says the same hours in both languages (7.5 written 7,5 in French)."""
    values = {"typed": "x", "span": Figure(8), "days": 5, "full": Figure(40), "lunch": Figure(37.5)}
    assert "40" in catalog("en").t("answers.hours_schedule", **values)
    assert "8 heures par jour, 5 jours par semaine : 40 heures par semaine, ou 37,5" in t("answers.hours_schedule",
                                                                                           **values)
