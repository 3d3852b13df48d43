"""The tenth French review (2026-12): the 295 French lines added or changed since 2026-12-06 (95c936f), read beside
their English twins (23 of them since French review 9's base, 38f6246), then French chats read end to end as a
francophone reads them on a phone, through the real bot and the fake Bot API (fixed day 2026-11-27, the shipped
rounds).

Played in French: Chloé (eligible, TEF, a CRS, « Comment augmenter mon score ? », /rounds, /summary, /chart,
/delete), Kevin (a cook not yet eligible, « Et si je présente ma demande plus tard ? », reminders), Sophie (a
cashier with no test: not eligible), Marc-André (married, « ma blonde vient avec moi », her IELTS « vers juin
2025 », /rounds, the plan), Nadia (Montréal: Quebec, /reminders, /rounds), Jonathan (approximate start and hours),
Léa (a contract that ends before she has the hours) and Rose (a month without its day: the careful reminder). What
read badly is pinned below, each test with what it said before; the figures are those of the earlier walkthroughs
(RULES.md sections 1-3).
"""

from __future__ import annotations

import pathlib

import pytest

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import verdict_of

CRS_FR = "[📊 Estimer mon score SCG (9 questions)]"
# Marc-André, an electrician (72200, TEER 2) since January 15, 2024, 40 h, a TCF at NCLC 8; married, his wife
# coming, her bachelor's, her IELTS of about June 2025 at 6 6 6 6, no Canadian work (the chat of review 9)
MARC = ["/start", "non on s'en va a winnipeg", "oui", "72200", "15 janvier 2024", "oui", "40", "oui", "oui",
        "non", "oui", "non", "TCF", "5 mai 2026", "CO 520 CE 510 EE 12 EO 12", "non", CRS_FR, "1991-07-14",
        "marié", "non", "oui ma blonde vient avec moi", "bac", "[Baccalauréat ou programme de 3 ans ou plus]",
        "[IELTS General Training]"]
MARC_REST = ["6 6 6 6", "aucune", "dec", "[Programme postsecondaire de deux ans]", "au quebec", "aucune", "non",
             "non", "non"]


async def test_la_date_approximative_du_test_du_conjoint_dit_qui_nommera_la_date(tg: FakeTelegram,
                                                                                 tmp_path: pathlib.Path) -> None:
    """« vers juin 2025 » for the partner's test said « si le score SCG en dépend (…), il dira quelle date
    compte »: a score says nothing; the result does, as in the three other « Noté comme approximatif » lines."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marc-André", language_code="fr")
        await answer_all(chat, *MARC)
        noted = said(await chat.send("vers juin 2025"))
        assert "≈ Noté comme approximatif : vers juin 2025. Aucun problème : si votre score SCG en dépend (un " \
               "résultat est valide 2 ans à partir de la date du test, et un test passé un mois plus tôt peut " \
               "avoir expiré), le résultat dira quelle date compte." in noted
        assert "il dira quelle date" not in noted
        assert answers(bot, chat)["spouse_test_date"] == "2025-06"
    bot.errors.check()


async def test_les_annees_de_travail_s_accordent_dans_le_resume(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """/summary said « • Travail à l'étranger : Aucune » and « • Conjoint · travail au Canada : Aucune »:
    « Aucune » (years) beside a masculine « travail ». The labels now name what is counted: years."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marc-André", language_code="fr")
        await answer_all(chat, *MARC, "vers juin 2025", *MARC_REST)
        assert "Score SCG estimé : 393 points" in "\n".join(chat.texts[-3:])
        summary = said(await chat.send("/summary"))
        assert "• Années de travail à l'étranger : Aucune" in summary
        assert "• Conjoint · années de travail au Canada : Aucune" in summary
        assert "Travail à l'étranger : Aucune" not in summary
        assert ["✏️ Années de travail à l'étranger", "✏️ Certificat de compétence"] in chat.keyboard
    bot.errors.check()


async def test_une_soeur_de_16_ans_et_l_autre_frere_ou_soeur(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« oui ma sœur a 16 ans » got « … ou « Oui » si un autre frère ou une autre sœur de 18 ans ou plus, le vôtre
    ou celui de votre époux … »: « le vôtre ou celui » for a brother or a sister. The sentence now says whose
    without a gender: « si vous, ou votre époux ou conjoint de fait qui vous accompagne, avez un autre frère ou
    une autre sœur »."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Chloé", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "1er septembre 2023", "oui", "40", "oui", "oui",
                         "non", "oui", "non", "TEF Canada", "12 mars 2026", "520 510 480 500", "non", CRS_FR,
                         "1994-05-02", "celibataire", "maitrise", "au Canada", "aucune", "non", "non")
        sister = said(await chat.send("oui ma sœur a 16 ans"))
        assert "à 16 ans, pas encore. Touchez « Non », ou « Oui » si vous, ou votre époux ou conjoint de fait " \
               "qui vous accompagne, avez un autre frère ou une autre sœur de 18 ans ou plus qui a la " \
               "citoyenneté canadienne ou la résidence permanente au Canada." in sister
        assert "le vôtre ou celui" not in sister
        assert "sibling" not in answers(bot, chat)
        await answer_all(chat, "non")
        assert "Score SCG estimé : 506 points" in "\n".join(chat.texts[-3:])
    bot.errors.check()


async def test_un_mois_et_deux_chiffres_a_la_date_du_test(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« juin 14 » as a test date: « un test de cette année-là serait expiré depuis longtemps » (a state where an
    event is meant); now « aurait expiré », as « a expiré » reads everywhere else in the catalog."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kevin", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "63200", "15 mars 2026", "oui", "40", "oui", "oui", "non",
                         "oui", "non", "IELTS GT")
        messages = await chat.send("juin 14")
        # session 24: the 14th of the latest two Junes is offered (the year was asked for); the wording where no
        # day can be offered keeps review 10's « aurait expiré »
        assert "Je peux lire « juin 14 »" in said(messages)
        assert messages[-1].buttons == ["14 juin 2026", "14 juin 2025"]
        assert "Un mois suivi de deux chiffres peut désigner un jour ou une année, et un test de cette année-là " \
               "aurait expiré depuis longtemps. Tapez la date complète du test" \
            in catalog("fr").t("err.date_year_needed")
        assert "test_date" not in answers(bot, chat)["tests"][0]
    bot.errors.check()


async def test_le_rappel_du_jour_prudent_dit_ce_qui_peut_changer(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Rose gave « mars 2026 » without the day: the reminder offered said « ce jour peut être dès le 28 février
    2027 … ; précisez-les et ce jour suivra » (a day that « suit » nothing named). It now says the day could come
    as early as, and that it is adjusted when the answers are given exactly."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Rose", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "mars 2026", "oui", "40", "oui", "oui", "non",
                         "oui", "non", "[IELTS General Training]", "2025-06-01", "8 7 7 7", "non")
        offer = said(await chat.click("🔔 M'envoyer des rappels"))
        assert "• 30 mars 2027 : le jour où vous devriez devenir admissible (1 560 heures de travail, et le " \
               "niveau de langue qui s'appliquera alors), si votre emploi se poursuit comme vous l'avez " \
               "indiqué, selon la lecture prudente : ce jour pourrait arriver dès le 28 février 2027, selon des " \
               "réponses que vous n'avez pas données précisément (Emploi 1 · début) ; précisez-les et ce jour " \
               "sera ajusté en conséquence" in offer
        assert "ce jour suivra" not in offer
    bot.errors.check()


def test_le_score_en_attente_dit_ce_qui_manque() -> None:
    """Shown above a partner's question when a change in /summary leaves the CRS waiting (tests/e2e/
    test_partners_audit2_chat.py plays it): « Votre estimation SCG a d'abord besoin de cette réponse. », an
    estimate that « a besoin » (a calque of « needs »). Said now as a French speaker says it."""
    assert catalog("fr").t("summary.unfinished_crs") == \
        "Il faut d'abord cette réponse pour estimer votre score SCG."


_CATEGORY_NAME_REASON = (
    "The French-language proficiency rounds have two French names on screen: /rounds lists « Compétence "
    "linguistique en français » (rounds.program, said to be the French feed's name), while the verdict, the plan "
    "and the alerts say « rondes axées sur la connaissance du français ». RULES.md gives IRCC's French name of no "
    "category (section 4 quotes the English feed only; the shared reference has no French feed sample): which "
    "one to keep is left to the lead.")


@pytest.mark.xfail(strict=True, reason=_CATEGORY_NAME_REASON)
def test_la_categorie_du_francais_porte_un_seul_nom() -> None:
    listed = catalog("fr").texts["rounds.program.french_language_proficiency"].lower()
    prose = catalog("fr").texts["crs.other.french_language_proficiency"].lower()
    assert listed in prose


# -- read well as they were -------------------------------------------------------------------------------------
async def test_lea_son_contrat_finit_avant_ses_heures(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Read well as it was: « oui mais mon contrat finit le 31 mars 2027 » is confirmed with one tap, and the
    verdict says the job ends before she has the hours and when she would have had them (RULES.md 1: 30 h a week
    from June 1, 2026: 767 h today; 1,560 on May 31, 2027)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Léa", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "41200", "2026-06-01")
        asked = said(await chat.send("oui mais mon contrat finit le 31 mars 2027"))
        assert "❓ Cet emploi est donc toujours en cours et se termine le 31 mars 2027 ? Je compte vos heures " \
               "dans cet emploi jusqu'à ce jour, et aucune après." in asked
        await answer_all(chat, "[Oui]", "40", "oui", "oui", "non", "oui", "non", "CELPIP", "2026-02-02", "9 9 9 9",
                         "non")
        verdict = verdict_of(chat)
        assert "❌ Travail au Canada : 767 heures admissibles ; il en faut 1 560. L'emploi 1 doit se terminer " \
               "le 31 mars 2027, avant que vous ayez assez d'heures : s'il continuait, vous les atteindriez " \
               "le 31 mai 2027. Si votre contrat ou votre permis de travail est prolongé, modifiez sa date de " \
               "fin dans /summary." in verdict
        assert answers(bot, chat)["jobs"][0]["job_end"] == "2027-03-31"
    bot.errors.check()


async def test_kevin_plus_tard_et_ses_rappels(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Read well as it was: « Et si je présente ma demande plus tard ? » for March 2027 (1,504 hours on March 1,
    1,560 on March 14) and the reminders offered, in French dates without capitals."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kevin", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "63200", "15 mars 2026", "oui", "40", "oui", "oui", "non",
                         "oui", "non", "IELTS GT", "2025-10-10", "6 6 5.5 6", "non")
        assert "⏳ Pas encore admissible : vous devriez l'être le 14 mars 2027" in verdict_of(chat)
        later = said(await answer_all_and_last(chat, "[📅 Et si je présente ma demande plus tard ?]",
                                               "[mars 2027]"))
        assert "📅 Évaluation faite comme si vous présentiez votre demande le 1er mars 2027." in later
        assert "❌ Travail au Canada : 1 504 heures admissibles ; il en faut 1 560." in later
        offer = said(await chat.click("🔔 M'envoyer des rappels"))
        assert "• 12 juillet 2027 : 90 jours avant l'expiration de votre résultat IELTS General Training, le 10 " \
               "octobre 2027" in offer
        assert "Les rappels arrivent vers 17 h UTC, un message par jour au plus." in offer
    bot.errors.check()


async def answer_all_and_last(chat: Chat, *steps: str) -> list:
    """answer_all, then what the bot said to the last step."""
    await answer_all(chat, *steps[:-1])
    last = steps[-1]
    return await (chat.click(last[1:-1]) if last.startswith("[") else chat.send(last))


async def test_je_sais_pas_a_l_experience_du_conjoint_comme_demandeur_principal(tg: FakeTelegram,
                                                                              tmp_path: pathlib.Path) -> None:
    """« 👥 Mon époux … demandeur principal ? », then « j'sais pas » to whether the partner's Canadian work meets
    the program: « Utilisez les boutons ci-dessous » and the question again, though its own button says « Non, ou
    je ne sais pas » (only « je sais pas » and « je ne sais pas » were read). Read now as that button."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marc-André", language_code="fr")
        await answer_all(chat, *MARC, "vers juin 2025", *MARC_REST,
                         "[📈 Comment augmenter mon score ?]",
                         "[👥 Mon époux ou conjoint de fait obtiendrait-il plus de points comme demandeur "
                         "principal ?]",
                         "1993-02-11", "aucune")
        compared = said(await chat.send("j'sais pas"))
        assert "Utilisez les boutons" not in compared
        assert "👥 Avec votre époux ou conjoint de fait comme demandeur principal, le score SCG du couple " \
               "serait de 295 au lieu de 393 : 98 de moins." in compared
        assert "vous n'avez pas indiqué que son expérience de travail au Canada répond aux exigences" in compared
    bot.errors.check()
