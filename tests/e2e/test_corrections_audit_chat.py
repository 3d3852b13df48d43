"""The corrections audit: people change their answers, and what the bot stores and says follows exactly, with
nothing stale and nothing lost. Each chat goes through the real application and the fake Bot API; the stored
answers are read back from SQLite, and each expected figure was worked out by hand from RULES.md before the chat
was played (hours: days worked x hours a week / 7, at most 30 h a week; the 3 years before 2026-11-27; the CLB
the main occupation needs; the CRS grid of section 3).

Hand-worked figures used below (today 2026-11-27):
- 21232 (TEER 1) since 2025-09-01: 452 days. At 40 h (30 count): 1,937 h. At 25 h: 1,614 h. At 20 h: 1,291 h,
  1,560 h after 546 days: March 1, 2027.
- 63200 (TEER 3) since 2026-02-01 at 20 h: 299 days, 854 h; 546 days on August 1, 2027. CLB 5 is enough.
- 21232 since 2026-01-05 at 40 h: 326 days, 1,397 h (not yet); with a second 21232 job from 2024-01-08 to
  2024-06-28 at 40 h (173 days, the end day counted: 741 h): 2,139 h, eligible.
- 21232 from 2025-09-01 to 2026-06-30 at 40 h: 303 days, 1,299 h (ended: not eligible for now); to 2026-10-31:
  426 days, 1,826 h, eligible.
- IELTS GT 8/7/7/7: CLB 9/9/9/9; speaking 5.5 is CLB 6, under the CLB 7 a TEER 1 occupation needs (RULES.md 1).
- The README person (single, 29, bachelor's with an ECA, CLB 9, 1 year in Canada, 2 abroad): 470 (RULES.md 3).
  Married, the partner coming, not a citizen, secondary school, no test, no Canadian work: core 100 + 112 + 116
  + 35 = 363, spouse 2, transferability min(50, 25 + 13) + min(50, 25 + 13) = 76: 441.
  A master's instead (single): core 110 + 135 + 124 + 40 = 409, transferability min(50, 50 + 25) + 38 = 88: 497.
  Secondary school instead (single): core 110 + 30 + 124 + 40 = 304, transferability 0 + 38: 342.
"""

from __future__ import annotations

import datetime as dt
import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK, IELTS_9, README_CRS
from .test_reminders_chat import Clock, bot_with_clock, reminders_in, wait_for

UTC = dt.UTC
# The same person in French: outside Quebec, 21232 since 2025-09-01 at 40 h, IELTS 8/7/7/7 of 2025-06-01.
TRAVAIL = ["[Non]", "[Oui]", "21232", "2025-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]", "[Oui]", "[Non]"]
IELTS_FR = ["[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[Non]"]
ELIGIBLE = "You appear eligible for the Canadian Experience Class"


def job(bot: object, chat: Chat, index: int = 0) -> dict:
    return answers(bot, chat)["jobs"][index]  # type: ignore[arg-type]


def stored_test(bot: object, chat: Chat, index: int = 0) -> dict:
    return answers(bot, chat)["tests"][index]  # type: ignore[arg-type]


# -- /back ---------------------------------------------------------------------------------------------------
async def test_back_three_steps_then_20_hours_keeps_the_later_answers(tg: FakeTelegram,
                                                                       tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK[:8])  # up to "employee?": the student question is next
        assert state(bot, chat) == "job_student"
        for _ in range(3):
            await chat.send("/back")
        assert state(bot, chat) == "job_hours" and "Changing your answer: “40 h/week”" in chat.last_text
        await chat.send("20")
        assert job(bot, chat)["job_hours"] == 20
        assert job(bot, chat)["job_paid"] is True and job(bot, chat)["job_employee"] is True  # kept
        assert state(bot, chat) == "job_student" and "full-time student" in chat.last_text
        await answer_all(chat, *ELIGIBLE_WORK[8:], *IELTS_9)
        verdict = chat.last_text
        assert "Not yet eligible: you should qualify on March 1, 2027" in verdict
        assert "1,291 qualifying hours; 1,560 needed" in verdict
    bot.errors.check()


async def test_retour_deux_fois_puis_un_autre_resultat(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *TRAVAIL, *IELTS_FR[:5])  # listening 8, reading 7, writing 7: speaking next
        await chat.send("/back")
        await chat.send("/back")
        assert state(bot, chat) == "test_reading" and "Vous modifiez votre réponse : « 7 »" in chat.last_text
        await chat.send("5")
        assert stored_test(bot, chat)["test_reading"] == 5 and stored_test(bot, chat)["test_writing"] == 7
        assert state(bot, chat) == "test_speaking"  # writing is kept: the first question still unanswered
        await answer_all(chat, "7", "[Non]")
        verdict = chat.last_text
        assert "Non admissible" in verdict and "9/6/9/9" in verdict, chat.transcript()
        assert "admissible à la catégorie de l'expérience canadienne" not in verdict.replace("Non admissible", "")
    bot.errors.check()


# -- /summary and one answer changed -----------------------------------------------------------------------------
async def test_summary_hours_40_to_25_gives_1614_hours_at_once(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        assert "1,937 qualifying hours" in chat.last_text
        await chat.send("/summary")
        await chat.click("✏️ Job 1 · hours")
        assert "How many hours a week" in chat.last_text
        await chat.send("25")
        assert job(bot, chat)["job_hours"] == 25 and state(bot, chat) == "verdict"
        assert ELIGIBLE in chat.last_text and "1,614 qualifying hours; 1,560 needed" in chat.last_text
        latest = bot.repository.latest_verdict(chat.user_id)  # the stored verdict follows the new answer
        assert latest is not None and latest.result["qualifying_hours"] == 1614
    bot.errors.check()


async def test_summary_end_date_moved_later_makes_an_ended_job_enough(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2025-09-01", "[No]", "2026-06-30", "[40]", "[Yes]",
                         "[Yes]", "[No]", "[Yes]", "[No]", *IELTS_9)
        first = chat.last_text
        assert "Not eligible for the Canadian Experience Class for now" in first
        assert "1,299 qualifying hours" in first, first  # 303 days, the end day counted
        await chat.send("/summary")
        await chat.click("✏️ Job 1 · end")
        await chat.send("2026-10-31")
        assert job(bot, chat)["job_end"] == "2026-10-31" and state(bot, chat) == "verdict"
        assert ELIGIBLE in chat.last_text
        assert "1,826 qualifying hours" in chat.last_text  # 426 days
    bot.errors.check()


async def test_summary_speaking_55_fails_clb_7_then_7_again_passes(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        await chat.send("/summary")
        await chat.click("✏️ Test 1 · speaking")
        await chat.click("5.5")
        assert stored_test(bot, chat)["test_speaking"] == 5.5
        verdict = chat.last_text
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "CLB 9/9/9/6" in verdict
        await chat.send("/summary")
        await chat.click("✏️ Test 1 · speaking")
        await chat.send("7")
        assert stored_test(bot, chat)["test_speaking"] == 7
        assert ELIGIBLE in chat.last_text and "CLB 9/9/9/9" in chat.last_text
    bot.errors.check()


async def test_married_then_single_then_married_again(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS)
        assert "CRS estimate: 470 points" in chat.last_text
        await chat.send("/summary")
        await chat.click("✏️ Marital status")
        await chat.click("Married")
        assert "citizen" in chat.last_text.lower()  # the partner's questions, asked now
        await answer_all(chat, "[No]", "[Yes]", "[Secondary school", "[No test]", "[None]")
        assert "CRS estimate: 441 points" in chat.last_text, chat.transcript()
        stored = answers(bot, chat)
        assert stored["marital"] == "married" and stored["spouse_education"] == "secondary"
        await chat.send("/summary")
        await chat.click("✏️ Marital status")
        await chat.click("Single")
        assert "CRS estimate: 470 points" in chat.last_text
        stored = answers(bot, chat)
        assert stored["marital"] == "single" and not any(key.startswith("spouse_") for key in stored)
        await chat.send("/summary")
        await chat.click("✏️ Marital status")
        await chat.click("Married")  # the partner's answers were dropped: asked again, never guessed
        assert state(bot, chat) == "spouse_citizen"
    bot.errors.check()


async def test_education_to_masters_then_secondary(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS)
        await chat.send("/summary")
        await chat.click("✏️ Education")
        await chat.click("Master's or professional degree")
        assert "CRS estimate: 497 points" in chat.last_text, chat.transcript()
        await chat.send("/summary")
        await chat.click("✏️ Education")
        await chat.click("Secondary school (high school)")
        assert "CRS estimate: 342 points" in chat.last_text, chat.transcript()
        stored = answers(bot, chat)
        assert stored["education_level"] == "secondary" and "canadian_credential" not in stored
    bot.errors.check()


async def test_l_etat_matrimonial_marie_puis_celibataire(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *TRAVAIL, *IELTS_FR, "[Estimer mon score SCG]", "1997-03-10", "[Célibataire]",
                         "[Baccalauréat", "[Hors du Canada, avec une EDE]", "[Non]", "[2 ans]", "[Non]", "[Non]",
                         "[Non]")
        assert "470" in chat.last_text, chat.transcript()
        await chat.send("/summary")
        await chat.click("✏️ État matrimonial")
        await chat.click("Marié(e)")
        await answer_all(chat, "[Non]", "[Oui]", "[Diplôme d'études secondaires]", "[Aucun test]", "[Aucune]")
        assert "441" in chat.last_text, chat.transcript()
        await chat.send("/summary")
        await chat.click("✏️ État matrimonial")
        await chat.click("Célibataire")
        assert "470" in chat.last_text
        assert not any(key.startswith("spouse_") for key in answers(bot, chat))
    bot.errors.check()


# -- jobs removed and added --------------------------------------------------------------------------------------
async def test_removing_the_first_of_two_jobs_leaves_the_cook_at_854_hours(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2025-09-01", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]",
                         "[Yes]", "[Yes]", "63200", "2026-02-01", "[Yes]", "[20]", "[Yes]", "[Yes]", "[No]",
                         "[Yes]", "[No]", *IELTS_9)
        assert "1,937 qualifying hours" in chat.last_text
        await chat.send("/summary")
        await chat.click("🗑️ Remove job 1")
        stored = answers(bot, chat)["jobs"]
        assert len(stored) == 1 and stored[0]["job_occupation"] == {"noc": "63200"}
        assert stored[0]["job_more"] is False
        text = "\n".join(chat.texts[-2:])
        assert "Job 1 removed" in text
        assert "Not yet eligible: you should qualify on August 1, 2027" in text, chat.transcript()
        assert "854 qualifying hours" in text
        # A second tap on the same (now stale) remove button removes nothing more
        summary_id = next(m.message_id for m in reversed(chat.bot_messages)
                          if "Your answers" in (m.shown_text or ""))
        await chat.click_stale("🗑️ Remove job 1", summary_id)
        assert len(answers(bot, chat)["jobs"]) == 1
    bot.errors.check()


async def test_a_second_job_added_after_the_verdict(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2026-01-05", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]",
                         "[Yes]", "[No]", *IELTS_9)
        assert "1,397 qualifying hours" in chat.last_text
        await chat.send("/summary")
        await chat.click("➕ Add a job")
        assert state(bot, chat) == "job_occupation" and "Job 2" in chat.last_text
        assert job(bot, chat)["job_more"] is True
        await answer_all(chat, "21232", "2024-01-08", "[No]", "2024-06-28", "[40]", "[Yes]", "[Yes]", "[No]",
                         "[Yes]", "[No]")
        assert state(bot, chat) == "verdict"  # the test was answered: straight to the verdict
        assert ELIGIBLE in chat.last_text and "2,139 qualifying hours" in chat.last_text, chat.transcript()
        assert len(answers(bot, chat)["jobs"]) == 2
    bot.errors.check()


async def test_ajouter_un_emploi_puis_retour_annule_l_ajout(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *TRAVAIL, *IELTS_FR)
        await chat.send("/summary")
        await chat.click("➕ Ajouter un emploi")
        assert "Emploi 2" in chat.last_text
        await chat.send("/back")  # changed their mind at once: nothing left of the empty job
        stored = answers(bot, chat)
        assert len(stored["jobs"]) == 1 and stored["jobs"][0]["job_more"] is False
        assert state(bot, chat) == "verdict" and "admissible" in chat.last_text
    bot.errors.check()


# -- "paid work in Canada": No, then the one-step undo -------------------------------------------------------
async def test_no_paid_work_then_back_brings_the_job_back(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        await chat.send("/summary")
        await chat.click("✏️ Paid job in Canada")
        await chat.click("No")
        assert answers(bot, chat)["jobs"] == [{}] and answers(bot, chat)["canadian_work"] is False
        assert "Job 1 removed. Tapped by mistake? Send /back to undo." in chat.last_text
        assert "0 qualifying hours" in chat.last_text
        await chat.send("/back")
        assert job(bot, chat)["job_hours"] == 40 and job(bot, chat)["job_occupation"] == {"noc": "21232"}
        assert "Changing your answer: “Yes”" in chat.last_text  # the answer as it was before the slip
        await chat.click("Yes")
        assert ELIGIBLE in chat.last_text and "1,937 qualifying hours" in chat.last_text
    bot.errors.check()


async def test_pas_d_emploi_puis_retour_puis_oui(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *TRAVAIL, *IELTS_FR)
        await chat.send("/summary")
        await chat.click("✏️ Emploi rémunéré au Canada")
        await chat.click("Non")
        assert "Envoyez /back pour annuler" in chat.last_text or "/back" in chat.last_text, chat.last_text
        await chat.send("retour")  # typed, as /back
        assert job(bot, chat)["job_start"] == "2025-09-01"
        await chat.click("Oui")
        assert "1 937" in chat.last_text and "admissible" in chat.last_text, chat.last_text
    bot.errors.check()


# -- corrections typed in words ----------------------------------------------------------------------------------
async def test_wait_i_meant_2023_goes_back_to_the_start_date(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2022-03-14")
        assert state(bot, chat) == "job_ongoing"
        reply = said(await chat.send("wait, I meant 2023"))
        assert "job_ongoing" not in job(bot, chat)  # never read as an answer to "do you still work there?"
        assert state(bot, chat) == "job_start", chat.transcript()
        assert "Changing your answer: “March 14, 2022”" in reply and "2023: tap the month." in reply
        assert "Mar" in chat.buttons  # 2023's months, then the day
        await chat.send("2023-03-14")
        assert job(bot, chat)["job_start"] == "2023-03-14" and state(bot, chat) == "job_ongoing"
    bot.errors.check()


async def test_no_its_35_not_40_corrects_the_hours_not_the_pay(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK[:6])  # ... 40 h: "were you paid?" is next
        assert state(bot, chat) == "job_paid"
        reply = said(await chat.send("no it's 35 not 40"))
        assert "job_paid" not in job(bot, chat), "a correction of the hours is not an unpaid job"
        assert job(bot, chat)["job_hours"] == 35
        assert state(bot, chat) == "job_paid" and "Were you paid" in chat.last_text
        assert "35 h/week" in reply
    bot.errors.check()


async def test_non_c_est_35h_pas_40(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *TRAVAIL[:6])
        assert state(bot, chat) == "job_paid"
        reply = said(await chat.send("non c'est 35h pas 40"))
        assert "job_paid" not in job(bot, chat)
        assert job(bot, chat)["job_hours"] == 35 and state(bot, chat) == "job_paid"
        assert "35 h/semaine" in reply and "payé" in chat.last_text
        await answer_all(chat, *TRAVAIL[6:], *IELTS_FR)
        # 452 days at 35 h (30 count): 1,937 h, as at 40 h
        assert "1 937" in chat.last_text and "admissible" in chat.last_text
    bot.errors.check()


async def test_oops_wrong_one_is_a_back(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2025-09-01", "[No]")  # meant "still working there"
        assert state(bot, chat) == "job_end"
        await chat.send("oops wrong one")
        assert state(bot, chat) == "job_ongoing" and "Changing your answer: “No”" in chat.last_text
        await chat.click("Yes")
        assert job(bot, chat)["job_ongoing"] is True and "job_end" not in job(bot, chat)
        assert state(bot, chat) == "job_hours"
    bot.errors.check()


async def test_a_correction_typed_on_the_first_question_is_not_lost(tg: FakeTelegram,
                                                                     tmp_path: pathlib.Path) -> None:
    """Nothing before it: "I meant no" answers the question itself, never silence."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await chat.send("sorry, I meant no")
        assert answers(bot, chat)["quebec"] is False and state(bot, chat) == "canadian_work"
    bot.errors.check()


# -- stale buttons, /restart, /language ---------------------------------------------------------------------
async def test_a_stale_hours_button_after_a_change_changes_nothing(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        await chat.send("/summary")
        await chat.click("✏️ Job 1 · hours")
        hours_question = chat.last_bot_message.message_id
        await chat.click("25")
        assert job(bot, chat)["job_hours"] == 25
        await chat.click_stale("20", hours_question)  # the same question's old message, pressed again
        assert job(bot, chat)["job_hours"] == 25
        assert "That button belongs to an earlier question" in "\n".join(chat.texts[-3:])
        assert state(bot, chat) == "verdict"
    bot.errors.check()


async def test_restart_kept_then_confirmed(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        verdict_id = chat.last_bot_message.message_id
        await chat.send("/restart")
        assert "Start over? Your current answers will be erased." in chat.last_text
        await chat.click("Keep my answers")
        assert job(bot, chat)["job_hours"] == 40 and state(bot, chat) == "verdict"
        await chat.send("/restart")
        await chat.click("Yes, start over")
        stored = answers(bot, chat)
        assert stored["jobs"] == [{}] and stored["tests"] == [{}] and "quebec" not in stored
        assert state(bot, chat) == "quebec" and "Do you plan to live in the province of Quebec?" in chat.last_text
        await chat.click_stale("Estimate my CRS", verdict_id)  # the old verdict's button: stale, nothing changes
        assert state(bot, chat) == "quebec"
        assert "That button belongs to an earlier question" in "\n".join(chat.texts[-3:])
    bot.errors.check()


async def test_language_changed_mid_way_then_a_correction_in_french(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK[:6])  # 40 h given in English
        await chat.send("/language")
        await chat.click("Français")
        assert "payé" in chat.last_text  # the question in progress, now in French
        await chat.send("/back")
        assert "Vous modifiez votre réponse : « 40 h/semaine »" in chat.last_text
        await chat.send("37,5")
        assert job(bot, chat)["job_hours"] == 37.5 and state(bot, chat) == "job_paid"
        assert "payé" in chat.last_text
    bot.errors.check()


# -- after the CRS and the plan: the verdict, CRS, plan, reminders and alerts follow ----------------------
async def test_a_correction_after_the_crs_and_a_plan_is_followed_everywhere(tg: FakeTelegram,
                                                                            tmp_path: pathlib.Path) -> None:
    """Reminders set with the IELTS of 2025-06-01 (90 days before it expires: 2027-03-03). The person then gives
    the right date, 2026-01-10: its expiry is 2028-01-10, 90 days before is 2027-10-12. Nothing about June 1,
    2027 must go out on 2027-03-03."""
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS)
        assert "CRS estimate: 470 points" in chat.last_text
        crs_id = chat.last_bot_message.message_id
        await chat.click("🔔 Remind me")
        await chat.click("Yes, remind me")
        assert "March 3, 2027" in "\n".join(chat.texts)
        await chat.click("📅 What if I apply later?", message_id=crs_id)
        await chat.click("March 2027")
        assert "Assessed as if you apply on March 1, 2027" in chat.last_text
        await chat.send("/summary")
        await chat.click("✏️ Test 1 · date")
        await chat.send("2026-01-10")
        # A screening answer changed: its verdict first (the CRS questions are all answered: one tap to the CRS)
        assert stored_test(bot, chat)["test_date"] == "2026-01-10" and state(bot, chat) == "verdict"
        verdict = "\n".join(chat.texts[-2:])
        assert "Assessed as if you apply on March 1, 2027" in verdict and ELIGIBLE in verdict
        assert "of January 10, 2026 converts to CLB 9/9/9/9" in verdict
        assert "2,340 qualifying hours" in verdict  # on March 1, 2027: 546 days at 30 h
        await chat.click("📊 Show my CRS")
        result = chat.last_text
        assert "Assessed as if you apply on March 1, 2027" in result and "CRS estimate: 470 points" in result
        await chat.send("/reminders")
        listing = chat.last_text
        assert "October 12, 2027" in listing and "June 1, 2027" not in listing, listing
        # the marital status changed too: the latest estimate the alerts compare with follows (441)
        await chat.send("/summary")
        await chat.click("✏️ Marital status")
        await chat.click("Married")
        await answer_all(chat, "[No]", "[Yes]", "[Secondary school", "[No test]", "[None]")
        assert "CRS estimate: 441 points" in chat.last_text
        latest = bot.repository.latest_crs(chat.user_id)
        assert latest is not None and latest[0] == 441
    clock.set(dt.date(2027, 3, 3), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        await wait_for(lambda: bot.app.bot_data["reminders"]._done_on == dt.date(2027, 3, 3))
        assert reminders_in(chat, "June 1, 2027") == []
    bot.errors.check()


async def test_a_change_to_quebec_after_the_crs_stops_the_federal_results(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS)
        await chat.click("📣 Tell me after each round")
        assert bot.repository.round_alerts_on(chat.user_id)
        await chat.send("/summary")
        await chat.click("✏️ Will live in Quebec")
        await chat.click("Yes")
        assert answers(bot, chat)["quebec"] is True and state(bot, chat) == "quebec"
        notice = chat.last_text
        assert "PSTQ" in notice and "Arrima" in notice and "CRS estimate" not in notice
        assert job(bot, chat)["job_hours"] == 40  # the answers are kept, for a change of plans
        assert all(s.user_id != chat.user_id for s in bot.repository.round_alert_subscribers())
        await chat.send("/start")
        assert "PSTQ" in chat.last_text or "Quebec" in chat.last_text  # never the old verdict again
        assert "You appear eligible" not in chat.last_text
    bot.errors.check()


async def test_un_changement_vers_le_quebec_puis_retour(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *TRAVAIL, *IELTS_FR)
        await chat.send("/summary")
        await chat.click("✏️ Vivra au Québec")
        await chat.click("Oui")
        assert "PSTQ" in chat.last_text and answers(bot, chat)["quebec"] is True
        await chat.send("/back")  # a slip of the thumb: the question again, to change it
        await chat.click("Non")
        assert answers(bot, chat)["quebec"] is False and state(bot, chat) == "verdict"
        assert "1 937" in chat.last_text and "admissible" in chat.last_text
    bot.errors.check()


# -- the bot restarted between the change and the next message -----------------------------------------------
async def test_a_change_survives_a_restart_of_the_bot(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        await chat.send("/summary")
        await chat.click("✏️ Job 1 · hours")
        await chat.send("20")
        assert "1,291 qualifying hours" in chat.last_text
    bot.errors.check()
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg)
        assert job(bot, chat)["job_hours"] == 20 and state(bot, chat) == "verdict"
        await chat.send("/start")
        assert "Welcome back" in chat.last_text or "1,291" in "\n".join(chat.texts[-2:])
        details = said(await chat.click("Details"))
        assert "1,291" in details
        await chat.send("/summary")
        assert "Job 1 · hours: 20 h/week" in chat.last_text
    bot.errors.check()


def test_what_is_read_as_a_correction_and_what_is_not() -> None:
    """Only a value said to replace another: doubts, refusals and places are never corrections."""
    from flows.answer_words import correction

    assert correction("wait, I meant 2023") == "2023"
    assert correction("non c'est 35h pas 40") == "35h"
    assert correction("nope, 2022 not 2021") == "2022"
    assert correction("je voulais dire mars 2023") == "mars 2023"
    for text in ("je ne suis pas sûr", "pas encore", "no", "non merci", "I am not 30", "Montréal pas Toronto",
                 "oops wrong one", "pas de test"):
        assert correction(text) is None, text
