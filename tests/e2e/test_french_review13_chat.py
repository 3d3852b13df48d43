"""The thirteenth French review (2026-12): the French lines added or changed in the last two sessions (79 keys
against e188abe, French review 10's merge), read beside their English twins, then French chats read end to end as
a francophone reads them on a phone, through the real bot and the fake Bot API (fixed day 2026-11-27, the shipped
rounds).

Played in French, none of them in reviews 1-12: Geneviève (she stays in Quebec, RULES.md 8), Zoé (starts in
English, types « en français svp », /back then /summary), Karim (a bachelor's from Morocco with its ECA and a DEC,
« oui mon bacc du maroc » to the Canadian credential), Mélissa (a carpenter, her TCF lapsing within the profile's
year, married to a Canadian citizen, her ASP Construction card at the trade certificate, then the reminders) and
Sandrine (common-law, « il est deja ici avec moi »). What read badly is pinned below, each test with what it said
before. 67 new French answers were typed as on a phone (then 38 variants beside them): the misreads fixed are
pinned at the end, with what each got before.
"""

from __future__ import annotations

import pathlib

import pytest

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

# A software developer (21232, TEER 1) since May 1, 2022, still there at 40 h, paid, an employee, not a student,
# authorized, no other job: then the test question
TO_TEST = ["/start", "non", "oui", "21232", "2022-05-01", "oui", "40", "oui", "oui", "non", "oui", "non"]
TO_HOURS = TO_TEST[:6]
TO_AUTHORIZED = TO_TEST[:10]
# A TEF Canada of March 12, 2026 at NCLC 7-9, then the CRS: born 1993-08-12
TO_MARITAL = [*TO_TEST, "tef canada", "12 mars 2026", "520 510 480 500", "non",
              "[📊 Estimer mon score SCG (9 questions)]", "1993-08-12"]
TO_EDUCATION = [*TO_MARITAL, "celibataire"]
# Mélissa: a carpenter (72310, TEER 2) from March 1, 2021 to June 30, 2026 at 40 h; her TCF Canada of February 3,
# 2025 (NCLC 7 in each ability) expires on February 3, 2027, within a profile's 12 months
MELISSA = ["/start", "non", "oui", "72310", "2021-03-01", "non", "2026-06-30", "40", "oui", "oui", "non", "oui",
           "non", "tcf canada", "3 fevrier 2025", "CO 460 CE 455 EE 10 EO 11", "non"]
MELISSA_CRS = ["[📊 Estimer mon score SCG (9 questions)]", "36 ans", "mariée", "oui mon mari est citoyen canadien",
               "secondaire 5", "au quebec", "aucune"]


# -- lines that read badly ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "reply_has"), [
    ("temps plein", "une semaine de moins de 30 heures ne compte que ses heures, et il faut alors plus de temps "
                    "pour faire l'année. Touchez votre nombre d'heures, ou tapez-le comme sur votre contrat"),
    ("temps partiel", "et 104 à 15 heures. Touchez votre nombre d'heures, ou tapez-le comme sur votre contrat"),
])
async def test_touchez_votre_nombre_d_heures(typed: str, reply_has: str, tg: FakeTelegram,
                                             tmp_path: pathlib.Path) -> None:
    """« temps plein » alone to the hours said « Touchez la vôtre, ou tapez-la » (« yours », with no feminine noun
    to stand for) and « l'année prend plus de temps ». Said now « Touchez votre nombre d'heures, ou tapez-le » and
    « il faut alors plus de temps pour faire l'année » (RULES.md 1: at most 30 h count in a week)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Julie", language_code="fr")
        await answer_all(chat, *TO_HOURS)
        reply = said(await chat.send(typed))
        assert reply_has in reply
        assert "Touchez la vôtre" not in reply and "l'année prend plus de temps" not in reply
        assert "job_hours" not in answers(bot, chat)["jobs"][0]
    bot.errors.check()


async def test_en_francais_svp_dans_un_chat_en_anglais(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Zoé starts in English and types « en français svp »: « Je vous parlerai désormais en français, comme vous
    l'avez écrit » (also said after « bonjour » or « french please », where nothing was written in those words).
    Said now « D'après votre message, … ; vos réponses sont conservées »; the question she was at follows, in
    French."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Zoé", language_code="en")
        await answer_all(chat, "/start")
        reply = said(await chat.send("en français svp"))
        assert reply.startswith("D'après votre message, je vous parlerai désormais en français. /language permet "
                                "de changer de langue ; vos réponses sont conservées.")
        assert "Prévoyez-vous de vivre dans la province de Québec ?" in reply
        assert "comme vous l'avez écrit" not in reply
    bot.errors.check()


async def test_bonjour_en_cours_de_route(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« bonjour » typed in the middle of a French chat said « vos réponses sont enregistrées » where the English
    says « your answers so far are saved ». Said now « vos réponses jusqu'ici sont enregistrées »."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Zoé", language_code="fr")
        await answer_all(chat, "/start", "non", "oui")
        reply = said(await chat.send("bonjour"))
        assert reply.startswith("Bonjour ! Voici la question où nous en sommes ; vos réponses jusqu'ici sont "
                                "enregistrées.")
        assert "quel était votre titre de poste ?" in reply
    bot.errors.check()


@pytest.mark.parametrize(("steps", "typed", "reply_has", "was"), [
    (TO_EDUCATION, "jai un dep en soudure",
     "le SCG compte un diplôme selon son niveau et la durée de son programme", "le score SCG compte un diplôme"),
    (TO_MARITAL, "fiancée", "sauf si vous êtes marié(e) ou conjoint(e) de fait au sens d'IRCC",
     "marié(e) ou conjoints de fait"),
    (TO_AUTHORIZED, "oui visa de visiteur", "inscrivez chaque partie comme un emploi distinct",
     "inscrivez les deux parties comme deux emplois"),
    ([*TO_EDUCATION, "bacc", "hors du canada avec une EDE"], "oui mon bacc du maroc",
     "Cette question porte seulement sur un diplôme d'un établissement d'enseignement situé au Canada :",
     "d'un établissement au Canada :"),
])
async def test_des_refus_mieux_dits(steps: list[str], typed: str, reply_has: str, was: str, tg: FakeTelegram,
                                    tmp_path: pathlib.Path) -> None:
    """Four refusals of session 20, read as a francophone reads them: « le score SCG compte un diplôme » (a score
    counts nothing: « le SCG »), « marié(e) ou conjoints de fait » (singular then plural: « conjoint(e) de fait »,
    as the button), « inscrivez les deux parties comme deux emplois » (« chaque partie comme un emploi distinct »,
    as the hours question says it), « un diplôme d'un établissement au Canada » (« d'un établissement
    d'enseignement situé au Canada »). Nothing is stored from the refused answer."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Karim", language_code="fr")
        await answer_all(chat, *steps)
        before = answers(bot, chat)
        reply = said(await chat.send(typed))
        assert reply_has in reply
        assert was not in reply
        assert reply.startswith("⚠️")
        assert {k: v for k, v in answers(bot, chat).items() if k != "_last_update"} == \
            {k: v for k, v in before.items() if k != "_last_update"}
    bot.errors.check()


async def test_un_conjoint_deja_ici(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Sandrine, common-law, types « il est deja ici avec moi » to whether he comes: « le score SCG en tient compte
    s'il vous accompagne » (« en » stood for nothing said). Said now « le SCG tient compte de lui s'il vous
    accompagne »; nothing stored, the question asked again (RULES.md 3: the column follows whether he comes)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sandrine", language_code="fr")
        await answer_all(chat, *TO_MARITAL, "conjoint de fait", "non")
        reply = said(await chat.send("il est deja ici avec moi"))
        assert "le SCG tient compte de lui s'il vous accompagne, c'est-à-dire s'il est inclus dans votre " \
               "demande de résidence permanente." in reply
        assert "en tient compte" not in reply
        assert "spouse_accompanying" not in answers(bot, chat)
    bot.errors.check()


async def test_melissa_son_test_expire_dans_l_annee_du_profil(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Mélissa's TCF Canada of February 3, 2025 lapses on February 3, 2027 (RULES.md 2: 2 years), within a
    profile's 12 months. The verdict said « Il doit être valide quand vous créez votre profil, tant qu'il reste
    dans le bassin » (« il »: the result, not the profile), 34 characters longer than the reminders' wording of
    the same fact. Said now as the reminders say it, « tant que celui-ci est dans le bassin »; the step still
    names the day. Her ASP Construction card to the trade certificate read « … une formation ou une
    carte de sécurité (…) n'en est pas un » (feminine nouns, then « un »): « ne compte pas comme tel »."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélissa", language_code="fr")
        await answer_all(chat, *MELISSA[:-1])
        verdict = said(await chat.send(MELISSA[-1]))
        # French review 14: said shorter on the first screen (« tant que votre profil est dans le bassin et le
        # jour de votre demande »: the same moments, a profile being in the pool from its creation)
        assert "Votre résultat de test de langue expire le 3 février 2027 : il doit rester valide tant que " \
               "votre profil est dans le bassin et le jour de votre demande, et une invitation suivie des 60 " \
               "jours pour présenter la demande peut dépasser cette date." in verdict
        assert "tant qu'il reste dans le bassin" not in verdict
        assert "repassez un test de langue avant l'expiration du vôtre le 3 février 2027" in verdict
        await answer_all(chat, *MELISSA_CRS)
        card = said(await chat.send("oui jai ma carte asp construction"))
        assert "une formation ou une carte de sécurité (premiers soins, SIMDUT, ASP Construction) ne compte pas " \
               "comme tel." in card
        assert "certificate" not in answers(bot, chat)
    bot.errors.check()


def test_le_dernier_jour_pour_presenter_sa_demande() -> None:
    """The last day an application meets the work requirement said « le jour où vous présentez votre demande, qui
    suit une invitation (puis dans les 60 jours) ». Said now « … après une invitation et dans les 60 jours qui
    suivent » (RULES.md 5: 60 days to apply after an invitation), in both lines that say it; English unchanged."""
    fr = catalog("fr")
    for key in ("warning.hours_leave_window", "warning.hours_leave_window_after_day"):
        line = fr.t(key, date="31 mars 2027", eligible_on="1er février 2027")
        assert "le jour où vous présentez votre demande, après une invitation et dans les 60 jours qui suivent" \
            in line
        assert "(puis dans les 60 jours)" not in line


# -- typed as on a phone ------------------------------------------------------------------------------------------
QUEBEC = ["/start"]
ONGOING = TO_TEST[:5]
PAID = TO_TEST[:7]
TEST_KIND = TO_TEST


@pytest.mark.parametrize(("steps", "typed", "shown", "where", "value"), [
    # a pronoun run into its verb, as typed by SMS: refused before, while the same words with their apostrophe
    # or letters were read
    (TEST_KIND, "jai fait le tef", "✅ TEF Canada", "test_kind", "tef_canada"),
    (TEST_KIND, "jai le tcf canada", "✅ TCF Canada", "test_kind", "tcf_canada"),
    (ONGOING, "jy travaille encore", "✅ Oui", "job_ongoing", True),
    (ONGOING, "jsuis pu la", "✅ Non", "job_ongoing", False),
    (TO_HOURS, "jfais 40h/sem", "✅ 40 h/semaine", "job_hours", 40),
    (QUEBEC, "ché pas", "✅ Je ne sais pas", "quebec", "unsure"),
    (QUEBEC, "pt-etre, jsais pas trop", "✅ Je ne sais pas", "quebec", "unsure"),
    # how often the pay comes is no limit on the yes (« aux 2 semaines »: every two weeks)
    (PAID, "oui jsuis payée aux 2 semaines", "✅ Oui", "job_paid", True),
    # « pis » (the « et » of spoken Quebec French), « des poussières » (a bit more), « des fois plus »
    (TO_HOURS, "40 pis des fois plus", "✅ 40 h/semaine", "job_hours", 40),
    (TO_HOURS, "35 heures pis des poussières", "✅ 35 h/semaine", "job_hours", 35),
    (TO_EDUCATION, "bac pis maitrise", "✅ Maîtrise ou diplôme professionnel", "education_level", "master"),
    (TO_EDUCATION, "juste mon secondaire", "✅ Diplôme d'études secondaires", "education_level", "secondary"),
    # the status as it stands, and the partner's coming said with it (asked next, where it is answered)
    (TO_MARITAL, "celibataire pour l'instant", "✅ Célibataire", "marital", "single"),
    (TO_MARITAL, "mariée pis il vient avec moi", "✅ Marié(e)", "marital", "married"),
])
async def test_des_reponses_tapees_comme_au_quebec(steps: list[str], typed: str, shown: str, where: str,
                                                   value: object, tg: FakeTelegram,
                                                   tmp_path: pathlib.Path) -> None:
    """Refused before with « Veuillez répondre oui ou non », « Je n'ai pas compris ce nombre » or « Veuillez
    toucher l'un des boutons », though plain to a francophone. Read now as the same words written out are read."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *steps)
        reply = said(await chat.send(typed))
        assert reply.startswith(shown)
        assert "Veuillez" not in reply.split("\n")[0]
        stored = answers(bot, chat)
        if where.startswith("job_"):
            stored = stored["jobs"][0]
        elif where == "test_kind":
            stored = stored["tests"][0]
        assert stored[where] == value
    bot.errors.check()


async def test_des_heures_et_des_poussieres_sont_une_estimation(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« 35 heures pis des poussières » is a bit more than 35: kept as an estimate (the careful 35), said so."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *TO_HOURS)
        await chat.send("35 heures pis des poussières")
        job = answers(bot, chat)["jobs"][0]
        assert job["job_hours"] == 35 and job["job_hours_estimate"] is True
    bot.errors.check()


@pytest.mark.parametrize("typed", ["oui avec une AVE", "oui j'avais mon AVE", "yes with an eTA"])
async def test_une_ave_n_autorise_pas_a_travailler(typed: str, tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« oui avec une AVE » to « aviez-vous … l'autorisation de travailler ? » was stored as authorized: an eTA
    (« autorisation de voyage électronique ») lets one travel, not work (RULES.md 1: unauthorized work does not
    count), and the job's hours were counted. Asked now with why, as « visa de visiteur » was: nothing stored."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *TO_AUTHORIZED)
        reply = said(await chat.send(typed))
        assert reply.startswith("⚠️ Une fiche du visiteur, un visa de visiteur ou une AVE vous permet de séjourner "
                                "au Canada, pas d'y travailler")
        assert "job_authorized" not in answers(bot, chat)["jobs"][0]
    bot.errors.check()


async def test_un_celibataire_dont_le_conjoint_vient_est_redemande(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    """« celibataire et il vient avec moi » says two things that do not go together: asked again, never stored as
    single (the partner's coming is read beside a status with a partner only)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *TO_MARITAL)
        reply = said(await chat.send("celibataire et il vient avec moi"))
        assert reply.startswith("⚠️")
        assert "marital" not in answers(bot, chat)
    bot.errors.check()


@pytest.mark.parametrize("typed", ["né en 93", "en 93"])
async def test_ne_en_93_est_une_annee(typed: str, tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« né en 93 » to the birth date asked « « né en 93 » peut être votre âge ou votre année de naissance. Si vous
    avez né en 93 ans, touchez le bouton ci-dessous » (the words typed put inside « Si vous avez … ans »). Two
    digits said as a year are one: told, as « 1993 » is, that a year gives no age (RULES.md 3 counts completed
    years); nothing stored, no button to keep 93 years."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *TO_MARITAL[:-1])
        reply = said(await chat.send(typed))
        assert f"⚠️ « {typed} » ressemble à une année de naissance, qui ne donne pas votre âge." in reply
        assert "Si vous avez" not in reply
        assert "birth" not in answers(bot, chat)
    bot.errors.check()


@pytest.mark.xfail(strict=True, reason="« jfais du 9 a 5 » (a working day from 9 to 5) is refused with « Je n'ai "
                   "pas compris ce nombre »: it is a day's hours, not a week's, and should be told so as « 8h par "
                   "jour » is (« Cela se lit comme des heures par jour … »); left for the hours reader")
async def test_du_9_a_5_est_une_journee(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *TO_HOURS)
        reply = said(await chat.send("jfais du 9 a 5"))
        assert "Cela se lit comme des heures par jour" in reply
        assert "job_hours" not in answers(bot, chat)["jobs"][0]
    bot.errors.check()
