"""The twelfth French review (2026-12): the French lines added or changed since 2026-12-06 (264 keys against
5cafbc9, 49 of them since French review 11's base, 41ead93), read beside their English twins, then French chats
read end to end as a francophone reads them on a phone, through the real bot and the fake Bot API (fixed day
2026-11-27, the shipped rounds).

Played in French, none of them in reviews 1-11: Julie (on parental leave), Mélanie (engaged, then « j'ai un chum
mais on vit pas ensemble »), Thierry (his TEF only booked), Nathalie (« début janvier 2024 », « mi-octobre 2026 »,
a contract ending « fin août 2027 »), Hugo (his TEF typed as NCLC levels « 7 7 8 7 », then /back) and Annie (a TEF
of « avril 2025 » given as a month, Details, reminders). What read badly is pinned below, each test with what it
said before. 113 new French answers typed as on a phone were probed (66, then 34, then 13): none was stored
wrong; the ones refused though clear and read now are pinned at the end (Quebec « pis », « jai », « chu », « mon
job », « nenon pas pantoute », a DEC with its field, « une technique de 3 ans »). François (« Et si je présente ma
demande plus tard ? » with a test « vers avril 2025 ») found a glance line cut inside its bracket.
"""

from __future__ import annotations

import pathlib

import pytest

from flows.reminders import _when_taken_and_expires
from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

# A software developer (21232, TEER 1) since May 1, 2022, still there at 40 h, paid, an employee, not a student,
# authorized, no other job: then the test question
TO_TEST = ["/start", "non", "oui", "21232", "2022-05-01", "oui", "40", "oui", "oui", "non", "oui", "non"]
# An insurance agent (63100, TEER 3) from April 2025 (a month) to October 10, 2026 at 40 h
ANNIE = ["/start", "non", "oui", "63100", "avril 2025", "non", "2026-10-10", "40", "oui", "oui", "non", "oui",
         "non", "tef canada", "avril 2025", "7 7 8 7", "[Niveaux NCLC]"]


# -- « de » before a month said with a vowel: « d'avril », « d'août », « d'octobre » -----------------------------
async def test_quel_jour_d_octobre(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« mi-octobre 2026 » as a job's end offered the month's days under « quel jour de octobre 2026 ? »: French
    elides « de » before a vowel. Said now « quel jour d'octobre 2026 ? » (« de mars » stays as it was)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nathalie", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "63100", "2025-01-06", "non")
        reply = said(await chat.send("mi-octobre 2026"))
        assert "« mi-octobre 2026 » : quel jour d'octobre 2026 ? Touchez-le" in reply
        assert "de octobre" not in reply
        march = said(await chat.send("fin mars 2026"))
        assert "quel jour de mars 2026 ?" in march
    bot.errors.check()


async def test_quel_jour_d_aout_pour_la_fin_prevue(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« fin aout 2027 » to when a job ended (a day still to come) asked « Quel jour de août 2027 cet emploi se
    termine-t-il ? ». Said now « Quel jour d'août 2027 … »."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nathalie", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "63100", "2025-01-06", "non")
        reply = said(await chat.send("fin aout 2027"))
        assert "Quel jour d'août 2027 cet emploi se termine-t-il ?" in reply
        assert "de août" not in reply
    bot.errors.check()


async def test_un_test_du_mois_d_avril(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """A TEF Canada given as « avril 2025 » was said « votre test TEF Canada du mois de avril 2025 » in the
    verdict and its details. Said now « du mois d'avril 2025 »; its expiry is the careful 1er avril 2027
    (RULES.md 2: valid 2 years from the test date)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Annie", language_code="fr")
        await answer_all(chat, *ANNIE)
        verdict = said(await chat.send("non"))
        assert "✅ Langue : votre test TEF Canada du mois d'avril 2025 correspond aux niveaux NCLC 7/7/8/7." \
            in verdict
        details = said(await chat.click("Détails"))
        assert "votre test TEF Canada du mois d'avril 2025 correspond aux niveaux NCLC 7/7/8/7" in details
        assert "il expire le 1er avril 2027 au plus tôt" in details
        assert "mois de avril" not in verdict + details
    bot.errors.check()


def test_les_rappels_disent_d_avril() -> None:
    """The reminders named a result given as a month « Votre résultat TEF Canada de avril 2025 ». Said now
    « d'avril 2025 » (and « de mars 2025 » as before); English unchanged."""
    details = {"taken": "2025-04-01", "expires": "2027-04-01", "month_only": True}
    assert _when_taken_and_expires(details, catalog("fr"))["taken"] == "d'avril 2025"
    assert _when_taken_and_expires({**details, "taken": "2025-03-01"}, catalog("fr"))["taken"] == "de mars 2025"
    assert _when_taken_and_expires(details, catalog("en"))["taken"] == "of April 2025"


# -- lines that read badly ----------------------------------------------------------------------------------------
async def test_un_test_seulement_reserve(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« j'ai réservé mon tef pour janvier » got « … choisissez son test ; … s'il est expiré … ajoutez le résultat
    dans /summary une fois que vous l'avez »: a future needs « l'aurez », the test is « ce test ». A result counts
    only once in hand (RULES.md 2)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Thierry", language_code="fr")
        await answer_all(chat, *TO_TEST)
        reply = said(await chat.send("j'ai réservé mon tef pour janvier"))
        assert "Si vous avez un tel résultat, choisissez ce test ; si le test est seulement réservé, si son " \
               "résultat n'est pas encore sorti ou s'il a expiré, choisissez « Aucun pour l'instant » : ajoutez " \
               "le résultat dans /summary une fois que vous l'aurez." in reply
        assert "une fois que vous l'avez" not in reply and "choisissez son test" not in reply
        assert "test_kind" not in answers(bot, chat)
    bot.errors.check()


async def test_des_niveaux_nclc_tapes_pour_un_tef(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« 7 7 8 7 » to a TEF Canada score asked « Touchez ce qu'ils sont » (« Tap what they are », word for word).
    Said now « Touchez le bouton qui convient »; the NCLC levels button keeps the levels (RULES.md 2)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Hugo", language_code="fr")
        await answer_all(chat, *TO_TEST, "tef canada", "12 mars 2026")
        reply = said(await chat.send("7 7 8 7"))
        assert "ce sont les niveaux NCLC, pas les résultats (les résultats vont jusqu'à 699). Touchez le bouton " \
               "qui convient, ou tapez les quatre résultats inscrits à côté des niveaux" in reply
        assert "Touchez ce qu'ils sont" not in reply
        noted = said(await chat.click("Niveaux NCLC"))
        assert "Compréhension de l'oral : NCLC 7 · Compréhension de l'écrit : NCLC 7 · Expression écrite : " \
               "NCLC 8 · Expression orale : NCLC 7" in noted
        # « Noté comme les niveaux NCLC … » (« noted as », word for word) is said as a francophone says it
        assert "ℹ️ Noté : ce sont les niveaux NCLC inscrits sur votre attestation TEF Canada. Le verdict et les " \
               "points ne dépendent que des niveaux : ils sont donc les mêmes qu'avec les résultats." in noted
    bot.errors.check()


async def test_un_conge_parental(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« chu en conge parental » to whether one still works there: « ne disent rien des congés (maternité,
    parental, maladie ou autre) » (a list that does not agree with « congés ») and « comment un congé compte ».
    Said now « des congés (de maternité, parental, de maladie ou autre) » and « comment un congé est compté »;
    RULES.md is silent on leave, as the line says."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Julie", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "32101", "2023-02-01")
        reply = said(await chat.send("chu en conge parental"))
        assert "Les règles que j'utilise ne disent rien des congés (de maternité, parental, de maladie ou autre)" \
            in reply
        assert "IRCC ou un représentant autorisé peut vous dire comment un congé est compté." in reply
        assert "job_ongoing" not in str(answers(bot, chat).get("jobs", ""))
    bot.errors.check()


# -- typed as on a phone ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("steps", "typed", "key", "value"), [
    (["/start"], "nenon pas pantoute", "quebec", False),
    (["/start", "non"], "non pas pantoute", "canadian_work", False),
    (TO_TEST, "jai pas encore de test", "test_kind", "none"),
    (TO_TEST, "non jai pas de test", "test_kind", "none"),
])
async def test_des_reponses_tapees_au_quebec(steps: list[str], typed: str, key: str, value: object,
                                             tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Refused before with « Veuillez répondre oui ou non » or « Veuillez toucher l'un des boutons »: two noes
    said as one (« nenon pas pantoute », « not at all »), and « jai » (« j'ai » typed without its apostrophe) with
    « pas encore de test ». Read now as the no and as « Aucun pour l'instant » (no result in hand, RULES.md 2)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *steps)
        reply = said(await chat.send(typed))
        assert "Veuillez" not in reply.split("\n")[0]
        stored = answers(bot, chat)
        assert (stored["tests"][0] if key == "test_kind" else stored)[key] == value
    bot.errors.check()


# -- a line cut inside its bracket --------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "typed", "line"), [
    ("fr", "vers avril 2025", "❌ Langue : votre test TCF Canada du mois d'avril 2025 expire le 1er avril 2027 "
                              "environ, d'ici le jour où vous présenteriez votre demande."),
    ("en", "around april 2025", "❌ Language: Your TCF Canada of April 2025 expires on April 1, 2027 or about "
                                "then, by the day you would apply."),
])
async def test_la_ligne_de_langue_n_est_pas_coupee_dans_sa_parenthese(lang: str, typed: str, line: str,
                                                                      tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    """François, a TCF « vers avril 2025 », asks « Et si je présente ma demande plus tard ? » for April 2027: the
    language line at a glance was cut at the first colon, inside the bracket of the date said as around a month:
    « … expire le 1er avril 2027 environ (vous avez situé la date du test vers avril 2025. » (English too: « … or
    about then (you gave the test's date as around April 2025. »). A colon inside brackets is no longer a cut: the
    line says the expiry and when, as Details does (RULES.md 2: valid 2 years from the test date)."""
    yes, no = ("oui", "non") if lang == "fr" else ("yes", "no")
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="François", language_code=lang)
        await answer_all(chat, "/start", no, yes, "63200", "2026-03-01", yes, "40", yes, yes, no, yes, no,
                         "tcf canada", typed, "CO 520 CE 510 EE 12 EO 12", no)
        await chat.click("📅")
        later = said(await chat.click("avril 2027" if lang == "fr" else "April 2027"))
        assert line in later
        assert all(text.count("(") == text.count(")") for text in later.split("\n"))
    bot.errors.check()


# -- typed as on a phone, the second batch: the hours and the education -------------------------------------------
@pytest.mark.parametrize("typed", ["j'ai full time", "jsuis full time", "chu à temps plein",
                                   "mon job c'est full time"])
async def test_full_time_avec_son_sujet(typed: str, tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« j'ai full time » to the hours a week got « Je n'ai pas compris ce nombre » (« full time » alone got why a
    number is needed). Said now as « full time » is (leftovers 7): the hours a week asked, with why the number
    matters (RULES.md 1: full time is 30 h a week or more, at most 30 count) and the usual full-time hours to tap;
    none stored."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Julie", language_code="fr")
        await answer_all(chat, *TO_TEST[:6])
        reply = said(await chat.send(typed))
        assert "le temps plein, c'est 30 heures par semaine ou plus, et au plus 30 sont comptées" in reply
        assert "Je n'ai pas compris ce nombre" not in reply
        assert "job_hours" not in answers(bot, chat)["jobs"][0]
    bot.errors.check()


TO_EDUCATION = [*TO_TEST, "tef canada", "12 mars 2026", "520 510 480 500", "non",
                "[📊 Estimer mon score SCG (9 questions)]", "1993-08-12", "celibataire"]


async def test_un_dec_avec_son_domaine(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« un dec en informatique » got « Veuillez toucher le niveau de votre diplôme le plus élevé obtenu » while
    « dec » alone asks two years or three. Asked now as « dec » is: a DEC is a two-year (pre-university) or a
    three-year (technical) program, two CRS levels (RULES.md 3)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *TO_EDUCATION)
        reply = said(await chat.send("un dec en informatique"))
        assert "❓ Je peux lire « un dec en informatique » de plus d'une façon." in reply
        assert chat.keyboard == [["Programme postsecondaire de deux ans"],
                                 ["Baccalauréat ou programme de 3 ans ou plus"]]
    bot.errors.check()


async def test_une_technique_de_trois_ans(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« une technique de 3 ans » (a DEC technique, as said in Quebec) got « Veuillez toucher le niveau … » while
    « dec technique de 3 ans » was read. Read now the same: a program of three years or more (RULES.md 3)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *TO_EDUCATION)
        reply = said(await chat.send("une technique de 3 ans"))
        assert "✅ Baccalauréat ou programme de 3 ans ou plus" in reply
        assert answers(bot, chat)["education_level"] == "bachelor"
    bot.errors.check()


def test_le_resultat_du_test_passe_vers_un_mois() -> None:
    """A test dated « vers avril 2025 » was named in the reminders « Votre résultat TCF Canada passé vers avril
    2025 expire vers avril 2027 »: a test is « passé », a result is not. Said now « Votre résultat TCF Canada du
    test passé vers avril 2025 », as « du 12 mars 2026 » for a day."""
    details = {"taken": "2025-04-01", "expires": "2027-04-01", "month_only": True, "about": True}
    said_fr = _when_taken_and_expires(details, catalog("fr"))
    assert said_fr["taken"] == "du test passé vers avril 2025"
    assert said_fr["expires"].startswith("vers avril 2027 (vous avez situé la date du test vers avril 2025")


@pytest.mark.parametrize(("steps", "typed", "shown"), [
    ([*TO_EDUCATION, "maitrise", "au canada"], "un an pis demi", "✅ 1 an"),
    (TO_TEST[:6], "trente-sept pis demi", "✅ 37,5 h/semaine"),
])
async def test_pis_demi(steps: list[str], typed: str, shown: str, tg: FakeTelegram,
                        tmp_path: pathlib.Path) -> None:
    """« un an pis demi » (« pis », the « et » of spoken Quebec French) to the years of work abroad got « Veuillez
    toucher l'un des boutons » while « un an et demi » was read. Read now the same: 1 completed year (RULES.md 3
    counts completed years); « trente-sept pis demi » to the hours is 37.5 as « et demi » is."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélanie", language_code="fr")
        await answer_all(chat, *steps)
        reply = said(await chat.send(typed))
        assert shown in reply
        assert "Veuillez" not in reply
    bot.errors.check()


@pytest.mark.parametrize(("typed", "shown"), [("mon job c'est 40h", "✅ 40 h/semaine"),
                                              ("ma job c'est 35 heures", "✅ 35 h/semaine")])
async def test_mon_job_c_est_40h(typed: str, shown: str, tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """« mon job c'est 40h » (« job », the anglicism, masculine or feminine in Quebec) to the hours a week got
    « Je n'ai pas compris ce nombre » while « mes heures sont 40 » was read. Read now the same: the hours that
    follow."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Julie", language_code="fr")
        await answer_all(chat, *TO_TEST[:6])
        reply = said(await chat.send(typed))
        assert shown in reply
        assert "Je n'ai pas compris ce nombre" not in reply
    bot.errors.check()
