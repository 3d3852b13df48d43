"""Approximate job dates, through the chat: "around March 2023", "vers mars 2023", a month from "summer 2022".

Figures worked out by hand from RULES.md 1 (today 2026-11-27, an application made today: the 3-year window runs
from 2023-11-27; hours count up to the day before, at most 30 a week, 1,560 needed, i.e. 364 days at 30 h). A
month said as "about" is read the careful way like any month (a start on its last day, an end on its first) and
kept as approximate; where the verdict or its day rests on it within the month beside the one said, the result
names the latest start (or earliest end) that keeps them, found with the engine, and where to check it. Elsewhere,
no alarm.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

EN = ["/start", "no"]  # not Quebec
FR = ["/start", "non"]
IELTS_CLB9 = ["no", "[IELTS General Training]", "2025-06-01", "8 7 7 7", "no"]  # L8 R7 W7 S7: CLB 9/9/9/9
TEF_NCLC7 = ["non", "[TEF Canada]", "2025-09-20", "450 470 430 460", "non"]  # NCLC 7/8/7/7
REST_EN = ["yes", "yes", "no", "yes"]  # paid, an employee, not a full-time student, authorized
REST_FR = ["oui", "oui", "non", "oui"]


def result_of(chat: Chat) -> str:
    return next(text for text in reversed(chat.texts) if "Assessed for an application made on" in text
                or "Évaluation pour une demande présentée le" in text)


def alarm_free(text: str) -> bool:
    return "rests on the start" not in text and "rests on the end" not in text \
        and "repose sur le début" not in text and "repose sur la fin" not in text


async def test_ava_around_october_2025_is_told_the_latest_start_that_keeps_her_eligible(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 21232 at 30 h since "around October 2025", read as October 31: 392 days to 2026-11-26 x 30 / 7 = 1,680 h,
    # eligible. 1,560 h at 30 h are 364 days: 2025-11-28 to 2026-11-26. A start on November 28 keeps her eligible,
    # November 29 does not (1,555.7 h), and November is the month beside October: said.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ava")
        await answer_all(chat, *EN, "yes", "21232")
        reply = said(await chat.send("around October 2025"))
        assert "Noted as approximate: around October 2025." in reply
        await answer_all(chat, "yes", "30", *REST_EN, *IELTS_CLB9)
        verdict = result_of(chat)
        assert "You appear eligible" in verdict and "1,680 qualifying hours" in verdict
        assert "This rests on the start of job 1, which you gave as around October 2025: you stay eligible if " \
            "the job began on or before November 28, 2025; a later start would change the verdict." in verdict
        assert "offer letter, first pay stub or record of employment" in verdict
        stored = answers(bot, chat)["jobs"][0]
        assert (stored["job_start"], stored["job_start_about"]) == ("2025-10", True)
        await chat.send("/summary")
        assert "around October 2025 (approximate)" in chat.texts[-1]
        # Her offer letter says October 6: exact now, 417 days x 30 / 7 = 1,787 h, no alarm.
        await chat.click("✏️ Job 1 · start")
        await chat.send("2025-10-06")
        verdict = result_of(chat)
        assert "1,787 qualifying hours" in verdict and alarm_free(verdict)
        assert "job_start_about" not in answers(bot, chat)["jobs"][0], "an exact date ends the estimate"
    bot.errors.check()


async def test_ben_around_november_2025_not_yet_the_day_holds_only_within_november(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 30 h since "about November 2025", read as November 30: 364 days from then are reached on an application
    # made on 2026-11-29 (not yet eligible). A start on December 1 would move that day to November 30: the day
    # holds only for a start on or before November 30, 2025, said with the day.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ben")
        await answer_all(chat, *EN, "yes", "21232", "started about november 2025", "yes", "30", *REST_EN,
                         *IELTS_CLB9)
        verdict = result_of(chat)
        assert "Not yet eligible: you should qualify on November 29, 2026" in verdict
        assert "This day rests on the start of job 1, which you gave as around November 2025: it holds if the " \
            "job began on or before November 30, 2025; a later start would move it later." in verdict
        details = said(await chat.click("Details"))
        assert "which you gave as around November 2025" in details
    bot.errors.check()


async def test_chloe_vers_mars_2023_a_40_h_ne_change_rien(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # « vers mars 2023 », 40 h : le début est avant la fenêtre (2023-11-27), dont chaque semaine compte 30 h :
    # 1 096 jours x 30 / 7 = 4 697 h. Un début en avril 2023 ne changerait rien : aucune alarme.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Chloé", language_code="fr")
        await answer_all(chat, *FR, "oui", "21232")
        assert "Noté comme approximatif : vers mars 2023." in said(await chat.send("vers mars 2023"))
        await answer_all(chat, "oui", "40", *REST_FR, *TEF_NCLC7)
        verdict = result_of(chat)
        assert "Vous semblez admissible" in verdict and "4 697 heures admissibles" in verdict
        assert alarm_free(verdict)
        assert answers(bot, chat)["jobs"][0]["job_start_about"] is True, "kept, even when it changes nothing"
    bot.errors.check()


async def test_dan_ended_around_march_2026_is_told_the_earliest_end(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    # 30 h from 2025-03-01 until "around March 2026", read as March 1 (counted with its day): 366 days x 30 / 7 =
    # 1,569 h, eligible. 364 days end on 2026-02-27: an end on February 27 keeps him eligible, on February 26 it
    # does not (1,555.7 h); February is the month before March: said.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Dan")
        await answer_all(chat, *EN, "yes", "21232", "2025-03-01", "no")
        assert "Noted as approximate: around March 2026." in said(await chat.send("March 2026 or so"))
        await answer_all(chat, "30", *REST_EN, *IELTS_CLB9)
        verdict = result_of(chat)
        assert "You appear eligible" in verdict and "1,569 qualifying hours" in verdict
        assert "This rests on the end of job 1, which you gave as around March 2026: you stay eligible if the " \
            "job lasted until February 27, 2026 or later; an earlier end would change the verdict. Your record " \
            "of employment or last pay stub shows the last day." in verdict
        assert answers(bot, chat)["jobs"][0]["job_end_about"] is True
    bot.errors.check()


async def test_emma_automne_2025_choisit_octobre_et_lit_le_debut_le_plus_tardif(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # « automne 2025 » : septembre à décembre 2025, à choisir (jamais deviné). Octobre choisi, gardé approximatif :
    # lu le 31 octobre, 392 jours x 30 / 7 = 1 680 h ; 364 jours depuis le 28 novembre 2025 : dit.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Emma", language_code="fr")
        await answer_all(chat, *FR, "oui", "21232")
        reply = said(await chat.send("automne 2025"))
        assert "« automne 2025 » peut désigner plus d'un mois. Lequel ?" in reply
        assert chat.buttons[:4] == ["septembre 2025", "octobre 2025", "novembre 2025", "décembre 2025"]
        assert "job_start" not in (answers(bot, chat)["jobs"] or [{}])[0], "nothing guessed"
        assert "Noté comme approximatif : vers octobre 2025." in said(await chat.click("octobre 2025"))
        await answer_all(chat, "oui", "30", *REST_FR, *TEF_NCLC7)
        verdict = result_of(chat)
        assert "Vous semblez admissible" in verdict and "1 680 heures admissibles" in verdict
        assert "Ce résultat repose sur le début de l'emploi 1, que vous avez situé vers octobre 2025 : vous " \
            "restez admissible si l'emploi a commencé au plus tard le 28 novembre 2025" in verdict
        assert "lettre d'offre" in verdict
    bot.errors.check()


async def test_finn_summer_2022_and_other_ways_of_saying_it(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # "summer 2022": June to September 2022 offered; any of them lies before the window, 40 h fill its weeks:
    # 4,697 h and no alarm. "I think around March 2023" stays refused (a doubt, not an estimate); "end of aug 2022"
    # is a day inside August, so the month reading (its last day for a start) is careful already: no "approximate".
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Finn")
        await answer_all(chat, *EN, "yes", "21232")
        await chat.send("I think around March 2023")
        assert "job_start" not in (answers(bot, chat)["jobs"] or [{}])[0]
        await chat.send("end of aug 2022")
        assert answers(bot, chat)["jobs"][0]["job_start"] == "2022-08"
        assert "job_start_about" not in answers(bot, chat)["jobs"][0]
        await chat.send("/back")
        reply = said(await chat.send("summer 2022"))
        assert "“summer 2022” can mean more than one month. Which one?" in reply
        assert chat.buttons[:4] == ["June 2022", "July 2022", "August 2022", "September 2022"]
        await answer_all(chat, "[July 2022]", "yes", "40", *REST_EN, *IELTS_CLB9)
        verdict = result_of(chat)
        assert "4,697 qualifying hours" in verdict and alarm_free(verdict)
        assert answers(bot, chat)["jobs"][0]["job_start_about"] is True
    bot.errors.check()
