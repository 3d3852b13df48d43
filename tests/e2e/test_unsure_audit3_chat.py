"""A third audit of uncertain answers (see test_uncertain_answers_audit_chat.py and ..._audit2_chat.py): what
people who are not sure say, through the chat (the real application, the fake Bot API, a database file), in
English and French. Each expected figure was worked out by hand from RULES.md before the chat was played
(assessed on 2026-11-27: the window is the 3 years before it, at most 30 h a week count, 1,560 h needed; an
ongoing job counts its days up to the day before; hours = days x 30 / 7 for 30 h a week or more).

Right behaviour is a plain test; what is left is a strict xfail saying why.
"""

from __future__ import annotations

import pathlib

import pytest

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

EN = ["/start", "no"]  # not Quebec
FR = ["/start", "non"]
# A software developer (21232, TEER 1: CLB 7 needed) since 2024-01-01 at 40 h, no other job: 1,061 days to
# 2026-11-26 = 4,547 h, eligible on the hours.
DEV_SINCE_2024 = ["yes", "21232", "2024-01-01", "yes", "40", "yes", "yes", "no", "yes", "no"]
DEV_DEPUIS_2024 = ["oui", "21232", "2024-01-01", "oui", "40", "oui", "oui", "non", "oui", "non"]


def result_of(chat: Chat) -> str:
    """The verdict message."""
    return next(text for text in reversed(chat.texts) if "Assessed for an application made on" in text
                or "Évaluation pour une demande présentée le" in text)


# -- a score said with a doubt ("maybe 6.5", "I think 7") --------------------------------------------------------
# RULES.md 2: IELTS listening 6.0 is CLB 7, 5.5 is CLB 6; half a band decides the level a TEER 1 job needs. Before
# this audit "maybe 6.5" and "I think 7" were answered "I couldn't read a score there", as if no number had been
# typed: the person was not told why the number was not taken, nor that a score said with a doubt would be read as
# exact. Now: asked to check it on the report, nothing stored; the exact score is then taken as usual.
async def test_nina_maybe_6_5_and_i_think_7_are_not_stored_and_she_is_told_to_check_the_report(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nina")
        await answer_all(chat, *EN, *DEV_SINCE_2024, "[IELTS General Training]", "2025-06-01")
        for hedged in ("maybe 6.5", "I think 7", "probably 6.5 I guess"):
            reply = said(await chat.send(hedged))
            assert "couldn't read" not in reply
            assert "not sure of this score" in reply and "printed on your test report form" in reply
            assert "a little lower can change the level" in reply and "read as exact" in reply
            assert "test_listening" not in answers(bot, chat)["tests"][0], "a hedged score is never stored"
        # L 6.5 (CLB 7), R 7, W 7, S 7 (CLB 9): the CLB 7 her TEER 1 job needs, in all four
        await answer_all(chat, "6.5", "7", "7", "7", "no")
        verdict = result_of(chat)
        assert "You appear eligible" in verdict and "4,547 qualifying hours" in verdict
        assert answers(bot, chat)["tests"][0]["test_listening"] == 6.5
    bot.errors.check()


async def test_nina_peut_etre_6_5_et_je_pense_7(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nina", language_code="fr")
        await answer_all(chat, *FR, *DEV_DEPUIS_2024, "[IELTS General Training]", "2025-06-01")
        for hedged in ("peut-être 6,5", "je pense 7", "environ 7 je crois"):
            reply = said(await chat.send(hedged))
            assert "pas compris" not in reply
            assert "pas certain(e) de ce résultat" in reply and "figure sur votre relevé de résultats" in reply
            assert "à peine plus bas" in reply and "traité comme exact" in reply
            assert "test_listening" not in answers(bot, chat)["tests"][0]
        await answer_all(chat, "6,5", "7", "7", "7", "non")
        assert "Vous semblez admissible" in result_of(chat)
    bot.errors.check()


# -- an age said with a doubt near a birthday (RULES.md 3: age in completed years; 29 is 110 points single, 30 is
# 105) -----------------------------------------------------------------------------------------------------------
# Before this audit "about 30" and "environ 30 ans" were stored as exactly 30 (a doubt read as exact: 5 points
# either way), "I think 29" was answered "I couldn't read that", and "not sure" was not told where the date is.
# Single, born 1996-12-15 (29 on 2026-11-27), Canadian bachelor's, CLB 9 in all four, 2 years of Canadian work
# (4,547 h): core 110 + 120 + 124 + 53 = 407, transferability 25 + 25 = 50, Canadian credential 30: 487.
CRS_AFTER_BIRTH = ["single", "[Bachelor's or 3+ year program]", "[In Canada]", "none", "no", "no", "no"]


async def test_theo_about_30_is_never_stored_as_30_and_not_sure_is_told_where_the_date_is(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Theo")
        await answer_all(chat, *EN, *DEV_SINCE_2024, "[IELTS General Training]", "2025-06-01", "8 7 7 7", "no",
                         "[Estimate my CRS]")
        reply = said(await chat.send("not sure"))
        assert "Your date of birth is on your passport" in reply and "one year can change them" in reply
        for hedged in ("about 30", "I think 29", "29 or so", "about thirty"):
            reply = said(await chat.send(hedged))
            assert f"“{hedged}”: one year of age can change your CRS age points" in reply
            assert "birth" not in answers(bot, chat), "an age said with a doubt is never stored"
        await answer_all(chat, "1996-12-15", *CRS_AFTER_BIRTH)
        crs = "\n".join(chat.texts[-3:])
        assert "CRS estimate: 487 points" in crs and "• Age: 110" in crs
    bot.errors.check()


async def test_theo_environ_30_ans_n_est_pas_pris_pour_30(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Théo", language_code="fr")
        await answer_all(chat, *FR, *DEV_DEPUIS_2024, "[IELTS General Training]", "2025-06-01", "8 7 7 7", "non",
                         "[Estimer mon score SCG]")
        reply = said(await chat.send("je sais pas"))
        assert "Votre date de naissance figure sur votre passeport" in reply
        for hedged in ("environ 30 ans", "je pense 29 ans", "environ trente ans"):
            reply = said(await chat.send(hedged))
            assert f"« {hedged} » : une année d'âge peut changer vos points pour l'âge au SCG" in reply
            assert "birth" not in answers(bot, chat)
    bot.errors.check()


# -- a test date known only as a year (left open) ----------------------------------------------------------------
# A software developer since "fin 2025" (December 2025 chosen: counted from 2025-12-31, 331 days = 1,419 h; from
# 2025-12-01 at best, 361 days = 1,547 h, eligible from 2026-11-30), about 35 h; IELTS 8 7 7 7 taken in 2025, the
# month not known. RULES.md 2: valid 2 years from the test date, so any day of 2025 is still valid on
# 2026-11-27 (the earliest, 2025-01-01, lapses on 2027-01-01). The year is dropped ("je sais pas" at the month
# stores the whole date as unknown): the result reads the test as expired and names "Test 1 · date" as deciding
# when it does not. Keeping a year alone needs a stored form beside "YYYY-MM" that every reader of dates (about
# 26 places) handles.
@pytest.mark.xfail(strict=True, reason="a test date known only as a year is stored as wholly unknown")
async def test_chloe_test_de_2025_sans_le_mois_garde_l_annee(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Chloé", language_code="fr")
        await answer_all(chat, *FR, "oui", "21232", "fin 2025", "[décembre 2025]", "oui", "environ 35 heures",
                         "oui", "oui", "non", "oui", "non", "[IELTS General Training]", "2025", "je sais pas",
                         "8 7 7 7", "non")
        verdict = "\n".join(chat.texts[-3:])
        assert "Heures qui manquent encore, lecture prudente / favorable : 141 (heures comptées : 1 419) / 13 " \
            "(heures comptées : 1 547)." in verdict
        assert "Test 1 · date" not in verdict and "lu comme expiré" not in verdict
        assert answers(bot, chat)["tests"][0]["test_date"] != "unsure"
    bot.errors.check()


# -- a doubt on the partner's scores (CRS only) ------------------------------------------------------------------
# Before this audit "I think 9" and "I don't remember" at the partner's scores were answered "Your CELPIP-General
# score in listening is printed on your test report form": the person's own report, not the partner's.
PARTNER_TO_SCORES = ["[Estimate my CRS]", "1990-03-10", "[Married]", "[No]", "[Yes]",
                     "[Master's or professional degree]", "[CELPIP-General]", "2026-01-10"]


async def test_sara_not_sure_of_her_husbands_score_is_sent_to_his_report(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sara")
        await answer_all(chat, *EN, *DEV_SINCE_2024, "[IELTS General Training]", "2025-06-01", "8 7 7 7", "no",
                         *PARTNER_TO_SCORES)
        for doubt in ("I think 9", "I don't remember"):
            reply = said(await chat.send(doubt))
            assert "spouse's or partner's CELPIP-General score in listening is printed on their test report " \
                "form" in reply
            assert "Your CELPIP-General score" not in reply
            assert "spouse_listening" not in answers(bot, chat)
    bot.errors.check()


async def test_sara_ne_sait_pas_le_resultat_de_son_mari(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sara", language_code="fr")
        await answer_all(chat, *FR, *DEV_DEPUIS_2024, "[IELTS General Training]", "2025-06-01", "8 7 7 7", "non",
                         "[Estimer mon score SCG]", "1990-03-10", "[Marié(e)]", "[Non]", "[Oui]",
                         "[Maîtrise ou diplôme professionnel]", "[CELPIP-General]", "2026-01-10")
        for doubt in ("je pense 9", "je me souviens plus"):
            reply = said(await chat.send(doubt))
            assert "résultat CELPIP-General de votre époux ou conjoint de fait en compréhension de l'oral " \
                "figure sur son relevé de résultats" in reply
            assert "Votre résultat CELPIP-General" not in reply
    bot.errors.check()


# -- weekly hours not known ---------------------------------------------------------------------------------------
# Before this audit "not sure" and "je sais pas" at the hours were answered "I couldn't read that as a number",
# though an estimate is kept as one (flows/estimates.py). Now told an estimate is enough and where the hours are.
# Cook (63200, TEER 3) since 2026-01-05, about 25 h a week, CELPIP 6 in all four (CLB 6, CLB 5 needed): 326 days
# to 2026-11-26 x 25 / 7 = 1,164.3 h, 1,164 h; 1,560 h in 1,560 / 25 x 7 = 436.8 days: 437 days from 2026-01-05,
# eligible on 2027-03-18. "About 25": the day holds if she averaged at least 25 h (fewer would move it later).
async def test_lina_not_sure_of_her_hours_is_told_an_estimate_is_enough(tg: FakeTelegram,
                                                                       tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Lina")
        await answer_all(chat, *EN, "yes", "63200", "2026-01-05", "yes")
        for doubt in ("not sure", "I don't know"):
            reply = said(await chat.send(doubt))
            assert "couldn't read" not in reply
            assert "an estimate is enough" in reply and "“about 25”" in reply and "pay stubs" in reply
            assert "job_hours" not in answers(bot, chat)["jobs"][0]
        await answer_all(chat, "about 25", "yes", "yes", "no", "yes", "no", "[CELPIP-General]", "2025-06-01",
                         "6 6 6 6", "no")
        verdict = result_of(chat)
        assert "Not yet eligible: you should qualify on March 18, 2027" in verdict
        assert "1,164 qualifying hours" in verdict
        assert "about 25 h a week in job 1: it holds if you averaged at least 25 h a week there" in verdict
        assert answers(bot, chat)["jobs"][0]["job_hours_estimate"] is True
    bot.errors.check()


async def test_lina_ne_sait_pas_ses_heures(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Lina", language_code="fr")
        await answer_all(chat, *FR, "oui", "63200", "2026-01-05", "oui")
        reply = said(await chat.send("je sais pas"))
        assert "une estimation suffit" in reply and "« environ 25 »" in reply and "talons de paie" in reply
        await chat.send("environ 25")
        assert answers(bot, chat)["jobs"][0]["job_hours_estimate"] is True
    bot.errors.check()


# -- the partner's test date said as "about" (left open) ---------------------------------------------------------
# Married, the wife comes, CELPIP 9 9 9 9 taken "around December 2024". RULES.md 2: valid 2 years from the test
# date. December 2024 read the careful way (its first day) is valid until 2026-12-01, so on 2026-11-27 the partner
# earns 4 x 5 = 20 language points: CRS 424 (age 36: 65, bachelor's 112, CLB 9 x 4: 116, 2 years of Canadian work:
# 46; partner: master's 10, 1 year 5, language 20; transferability 25 + 25). But "around December" may be November
# 2024, and a test of November 1, 2024 lapsed on 2026-11-01: 404. The person's own test date keeps its "about"
# (flows/approximate_dates.py), the partner's does not: "around december 2024" was stored as the month, and the CRS
# said nothing of it. It was then asked again as printed; since leftovers 4 (session 17) it is kept approximate
# and the CRS names the day it rests on.
async def test_ines_partner_test_around_december_2024_is_kept_approximate(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ines")
        await answer_all(chat, *EN, *DEV_SINCE_2024, "[IELTS General Training]", "2025-06-01", "8 7 7 7", "no",
                         "[Estimate my CRS]", "1990-03-10", "[Married]", "[No]", "[Yes]",
                         "[Master's or professional degree]", "[CELPIP-General]")
        reply = said(await chat.send("around december 2024"))
        assert "Noted as approximate: around December 2024" in reply
        assert answers(bot, chat)["spouse_test_date_about"] is True
        await answer_all(chat, "9 9 9 9", "[1 year]", "[Bachelor's or 3+ year program]",
                         "[Outside Canada, with an ECA]", "[No]", "[None]", "[No]", "[No]", "[No]")
        crs = "\n".join(chat.texts[-3:])
        assert "CRS estimate: 424 points" in crs
        assert "Spouse test date" in crs, "a month said as about, one month from expiring, is named"
    bot.errors.check()


# -- the partner's education not known (CRS only) ----------------------------------------------------------------
# Before this audit "not sure" at the partner's education was answered "Please tap one of the buttons": nothing
# said where to look, nor which level to choose when torn between two (the lower gives the careful CRS: RULES.md 3,
# partner education 0 to 10 points, never fewer for a higher level).
async def test_sara_not_sure_of_her_husbands_education_is_told_where_to_look(tg: FakeTelegram,
                                                                             tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sara")
        await answer_all(chat, *EN, *DEV_SINCE_2024, "[IELTS General Training]", "2025-06-01", "8 7 7 7", "no",
                         "[Estimate my CRS]", "1990-03-10", "[Married]", "[No]", "[Yes]")
        reply = said(await chat.send("not sure"))
        assert "Please tap one of the buttons" not in reply
        assert "diplomas or transcripts" in reply and "choose the lower one" in reply
        assert "spouse_education" not in answers(bot, chat)
        await chat.click("Master's or professional degree")
        assert answers(bot, chat)["spouse_education"] == "master"
    bot.errors.check()


async def test_sara_ne_sait_pas_le_diplome_de_son_mari(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sara", language_code="fr")
        await answer_all(chat, *FR, *DEV_DEPUIS_2024, "[IELTS General Training]", "2025-06-01", "8 7 7 7", "non",
                         "[Estimer mon score SCG]", "1990-03-10", "[Marié(e)]", "[Non]", "[Oui]")
        reply = said(await chat.send("je sais pas"))
        assert "diplômes ou relevés de notes" in reply and "choisissez le plus bas" in reply
    bot.errors.check()
