"""A job still going with a planned end (a contract or a work permit that ends), as people tell it: they answer
that the job is no longer going, then type its end, a day still to come. The bot asks whether the job is still
going and ends then (Yes / No, let me fix the date), keeps that day as the job's end, and works the verdict and the
"not yet" day out with it (RULES.md 1 projects the day from a job still going: not past the day it ends).

On the fixed day 2026-11-27. Tomás: software developer (21232, TEER 1) since 2026-01-05 at 40 h: 326 days x 30/7 =
1,397 h today; 364 days from 2026-01-05 reach 1,560 h: January 4, 2027. IELTS GT 7/7/7/7 = CLB 7/9/9/9 (7 needed).
A contract to 2026-12-31 stops short of that day (361 days: 1,547 h): not eligible; one to 2027-06-30 reaches it.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import EMPLOYEE, SALARIE, verdict_of

# Up to "When did job 1 end?", after "No" to "Do you still work in job 1?"
TOMAS = ["/start", "no", "yes", "software developer", "[21232]", "january 5 2026", "no"]
TOMAS_REST = ["40", *EMPLOYEE, "no", "[IELTS General Training]", "2026-06-01", "7 7 7 7", "no"]
CRS_ANSWERS = ["1996-07-15", "single", "[One-year post-secondary program]", "[In Canada]", "none", "no", "no",
               "no"]
TOMAS_FR = ["/start", "non", "oui", "développeur de logiciels", "[21232]", "5 janvier 2026", "non"]
TOMAS_REST_FR = ["40", *SALARIE, "non", "[IELTS General Training]", "2026-06-01", "7 7 7 7", "non"]


def verdict_fr(chat: Chat) -> str:
    return next(text for text in reversed(chat.texts) if "Évaluation pour une demande présentée le" in text)


async def test_a_contract_ending_before_the_day_is_confirmed_and_the_verdict_says_why_he_falls_short(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        asked = said(await chat.send("december 31 2026"))
        assert "So this job is still going and ends on December 31, 2026? I count your hours in it up to that " \
               "day, and none after." in asked
        assert chat.buttons == ["Yes", "No, let me fix the date"]
        assert "✅ December 31, 2026" in said(await chat.click("Yes"))
        # A job still going: its hours are asked in the present, as for any job still going
        assert "How many hours a week do you work in job 1?" in chat.last_text
        await answer_all(chat, *TOMAS_REST)
        verdict = verdict_of(chat)
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "Not yet eligible" not in verdict and "you should qualify on" not in verdict
        assert "1,397 qualifying hours; 1,560 needed. Job 1 is planned to end on December 31, 2026, before you " \
               "have enough hours: if it went on, you would reach them on January 4, 2027. If your contract or " \
               "work permit is extended, change its end in /summary." in verdict
        # Never shown as a past fact: the summary says the job is still going, until its planned end
        summary = said(await chat.send("/summary"))
        assert "• Job 1 · ongoing: Yes, until December 31, 2026" in summary
        assert "• Job 1 · planned end: December 31, 2026" in summary
        assert "ongoing: No" not in summary
    bot.errors.check()


async def test_an_extension_given_after_the_result_brings_back_the_not_yet_day(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS, "2026-12-31", "[Yes]", *TOMAS_REST)
        assert "Not eligible for the Canadian Experience Class for now" in verdict_of(chat)
        await chat.send("/summary")
        await chat.click("✏️ Job 1 · planned end")
        assert "So this job is still going and ends on June 30, 2027?" in said(await chat.send("30/06/2027"))
        await chat.click("Yes")
        verdict = verdict_of(chat)
        assert "Not yet eligible: you should qualify on January 4, 2027" in verdict
        assert "Job 1 is planned to end on June 30, 2027, after the day you should qualify." in verdict
        # The day holds: the reminder offered for it is the day he reaches, within his contract
        await answer_all(chat, "[Estimate my CRS]", *CRS_ANSWERS)
        offer = said(await chat.click("🔔 Remind me"))
        assert "January 4, 2027: the day you should become eligible" in offer
    bot.errors.check()


async def test_no_reminder_is_offered_for_a_day_his_contract_does_not_reach(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS, "2026-12-31", "[Yes]", *TOMAS_REST)
        await answer_all(chat, "[Estimate my CRS]", *CRS_ANSWERS)
        offer = said(await chat.click("🔔 Remind me"))
        assert "I can write to you on these days" in offer and "the day before you turn 31" in offer
        assert "January 4, 2027" not in offer and "the day you should become eligible" not in offer
    bot.errors.check()


async def test_the_hours_chart_and_a_later_application_count_his_hours_up_to_the_planned_end(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Applying on February 1, 2027: the window holds his hours to December 31 (361 days x 30/7 = 1,547 h)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS, "2026-12-31", "[Yes]", *TOMAS_REST)
        facts = said(await chat.click("🗓️ Hours chart"))
        assert "With the work you declared, you do not reach 1,560 hours by" in facts
        assert "• Job 1 is planned to end on December 31, 2026, before you have enough hours: if it went on, " \
               "you would reach them on January 4, 2027." in facts
        await chat.click("▶️ Continue")
        await chat.click("📅 What if I apply later?")
        later = said(await chat.click("February 2027"))
        assert "Assessed as if you apply on February 1, 2027." in later
        assert "Not eligible for the Canadian Experience Class for now" in later
        assert "1,547 qualifying hours; 1,560 needed. Job 1 is planned to end on December 31, 2026: I count its " \
               "hours up to that day." in later
    bot.errors.check()


async def test_a_wrong_date_is_fixed_a_month_needs_its_day_a_far_one_and_one_read_two_ways_are_asked_again(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        await chat.send("2026-12-31")
        fix = said(await chat.click("No, let me fix the date"))
        assert "When did job 1 end?" in fix
        assert "Type the day this job ends or ended, for example 2027-06-30. If you still work there with no " \
               "end planned, send /back and answer “Yes”." in fix
        month = said(await chat.send("june 2027"))
        assert "On which day of June 2027 does this job end? Your contract or work permit says: type the day, " \
               "for example 2027-06-30." in month
        far = said(await chat.send("june 30 2072"))
        assert "That date (June 30, 2072) is more than 3 years away. If it is right, it changes nothing I work " \
               "out here" in far and "If it is a typo, type the date again." in far
        two = said(await chat.send("05/03/2027"))
        assert "I can read “05/03/2027” in more than one way. This job is still going: on which day does it end?" \
            in two
        assert chat.buttons == ["March 5, 2027", "May 3, 2027", "No, let me fix the date"]
        assert "✅ May 3, 2027" in said(await chat.click("May 3, 2027"))
        await answer_all(chat, *TOMAS_REST)
        verdict = verdict_of(chat)
        assert "Not yet eligible: you should qualify on January 4, 2027" in verdict
        assert "Job 1 is planned to end on May 3, 2027, after the day you should qualify." in verdict
    bot.errors.check()


async def test_back_from_the_confirmation_changes_the_answer_that_the_job_ended(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS, "december 31 2026", "[Yes]")
        back = said(await chat.send("/back"))
        # the end kept is still to come: asked in the future (tests/e2e/test_leftovers_chat.py)
        assert "Changing your answer: “December 31, 2026”" in back and "When will job 1 end?" in back
        back = said(await chat.send("/back"))
        # Said as /summary says it: still going, until its planned end
        assert "Changing your answer: “Yes, until December 31, 2026”" in back
        assert "Do you still work in job 1 in Canada?" in back
        await answer_all(chat, "yes", *TOMAS_REST)  # still going, no end planned: as before this change
        verdict = verdict_of(chat)
        assert "Not yet eligible: you should qualify on January 4, 2027" in verdict
        assert "planned to end" not in verdict
        assert "• Job 1 · ongoing: Yes\n" in said(await chat.send("/summary"))
    bot.errors.check()


async def test_a_not_yet_day_from_a_job_still_going_says_how_to_give_its_end_and_the_summary_takes_it(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS[:-1], "yes", *TOMAS_REST)
        assert "Not yet eligible: you should qualify on January 4, 2027" in verdict_of(chat)
        details = said(await chat.click("Details"))
        assert "you reach 1,560 hours on January 4, 2027." in details
        assert "This day holds if job 1 goes on until then: if it ends sooner (a contract or a work permit), " \
               "give its end in /summary (“Job 1 · ongoing”: No, then the day it ends)." in details
        await chat.send("/summary")
        await chat.click("✏️ Job 1 · ongoing")
        assert "When did job 1 end?" in said(await chat.send("no"))
        assert "So this job is still going and ends on December 31, 2026?" in said(await chat.send("2026-12-31"))
        await chat.click("Yes")
        verdict = verdict_of(chat)
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "if it went on, you would reach them on January 4, 2027" in verdict
    bot.errors.check()


async def test_in_french_a_not_yet_day_says_how_to_give_the_end_of_a_job_still_going(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR[:-1], "oui", *TOMAS_REST_FR)
        assert "Pas encore admissible : vous devriez l'être le 4 janvier 2027" in verdict_fr(chat)
        details = said(await chat.click("Détails"))
        assert "Cette date suppose que l'emploi 1 continue jusque-là : s'il se termine avant (fin d'un contrat " \
               "ou d'un permis de travail), indiquez sa date de fin dans /summary (« Emploi 1 · en cours » : " \
               "Non, puis la date de fin)." in details
    bot.errors.check()


async def test_an_end_already_past_is_taken_as_before_with_no_question(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        assert "✅ October 30, 2026" in said(await chat.send("october 30 2026"))
        assert "How many hours a week did you work in job 1?" in chat.last_text
        await answer_all(chat, *TOMAS_REST)
        verdict = verdict_of(chat)
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "planned to end" not in verdict
        summary = said(await chat.send("/summary"))
        assert "• Job 1 · ongoing: No" in summary and "• Job 1 · end: October 30, 2026" in summary
    bot.errors.check()


async def test_in_french_the_planned_end_is_confirmed_and_said_in_the_verdict(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR)
        asked = said(await chat.send("31 décembre 2026"))
        assert "Cet emploi est donc toujours en cours et se termine le 31 décembre 2026 ? Je compte vos heures " \
               "dans cet emploi jusqu'à ce jour, et aucune après." in asked
        assert chat.buttons == ["Oui", "Non, je corrige la date"]
        fix = said(await chat.click("Non, je corrige la date"))
        assert "Tapez la date à laquelle cet emploi se termine ou s'est terminé, par exemple 2027-06-30." in fix
        month = said(await chat.send("juin 2027"))
        assert "Quel jour de juin 2027 cet emploi se termine-t-il ? Votre contrat ou votre permis de travail " \
               "l'indique : tapez la date, par exemple 2027-06-30." in month
        far = said(await chat.send("30 juin 2031"))
        assert "Cette date (30 juin 2031) est dans plus de 3 ans." in far
        await chat.send("1er décembre 2026")
        assert "✅ 1er décembre 2026" in said(await chat.click("Oui"))
        assert "Combien d'heures par semaine travaillez-vous dans l'emploi 1 ?" in chat.last_text
        await answer_all(chat, *TOMAS_REST_FR)
        verdict = verdict_fr(chat)
        assert "Pas encore admissible" not in verdict
        assert "L'emploi 1 doit se terminer le 1er décembre 2026, avant que vous ayez assez d'heures : s'il " \
               "continuait, vous les atteindriez le 4 janvier 2027. Si votre contrat ou votre permis de travail " \
               "est prolongé, modifiez sa date de fin dans /summary." in verdict
        summary = said(await chat.send("/summary"))
        assert "• Emploi 1 · en cours : Oui, jusqu'au 1er décembre 2026" in summary
        assert "• Emploi 1 · fin prévue : 1er décembre 2026" in summary
        # An extension, given after the result
        await chat.click("✏️ Emploi 1 · fin prévue")
        await chat.send("30 juin 2027")
        await chat.click("Oui")
        verdict = verdict_fr(chat)
        assert "Pas encore admissible : vous devriez l'être le 4 janvier 2027" in verdict
        assert "L'emploi 1 doit se terminer le 30 juin 2027, après le jour où vous devriez être admissible." \
            in verdict
    bot.errors.check()


# Coherence round 3: Tomás's contract (job 1, to December 31, 2026) and a side job he was not authorized to do
# (job 2: 10 h a week since 2026-03-02, to June 30, 2029). RULES.md 1: unauthorized work does not count, so the
# side job's end moves nothing; his hours still come on January 4, 2027 had job 1 gone on. The verdict said "Job 2
# is planned to end on June 30, 2029, before you have enough hours: if it went on, you would reach them on January
# 4, 2027", an end after the day it was said to come before; then "Job 2 ...: I count its hours up to that day",
# while the Details said "work without authorization does not count".
SIDE_JOB = ["yes", "bookkeeper", "[12200]", "march 2 2026", "no", "2029-06-30", "[Yes]", "10", "yes", "yes", "no",
            "no", "no"]


async def test_an_end_after_the_day_his_hours_would_come_is_never_said_to_stop_them_short(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS, "2026-12-31", "[Yes]", *TOMAS_REST[:5], *SIDE_JOB, *TOMAS_REST[6:])
        verdict = verdict_of(chat)
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "Job 1 is planned to end on December 31, 2026, before you have enough hours: if it went on, you " \
               "would reach them on January 4, 2027." in verdict
        # None of job 2's hours count (work without authorization, RULES.md 1): its end is not said at all, not
        # even "I count its hours up to that day" (said until coherence round 3's next rule)
        assert "Job 2 is planned" not in verdict and "June 30, 2029" not in verdict
        details = said(await chat.click("📄 Details: requirements, hours, next steps"))
        assert "work without authorization does not count" in details and "Job 2 is planned" not in details
    bot.errors.check()


# Two contracts ending before the day (job 2: 10 h a week since 2026-03-02, to January 2, 2027, adding 2 hours
# after job 1's end: 1,549 of 1,560). Each said "... If your contract or work permit is extended, change its end in
# /summary." on the one line, and "if it went on" of each alone.
TWO_CONTRACTS = ["yes", "bookkeeper", "[12200]", "march 2 2026", "no", "2027-01-02", "[Yes]", "10", *EMPLOYEE,
                 "no"]
TWO_CONTRACTS_FR = ["oui", "teneur de livres", "[12200]", "2 mars 2026", "non", "2027-01-02", "[Oui]", "10",
                    *SALARIE, "non"]


async def test_two_contracts_ending_before_the_day_are_said_in_one_sentence(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS, "2026-12-31", "[Yes]", *TOMAS_REST[:5], *TWO_CONTRACTS, *TOMAS_REST[6:])
        verdict = verdict_of(chat)
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "Jobs 1 and 2 are planned to end before you have enough hours (job 1 on December 31, 2026 and " \
               "job 2 on January 2, 2027): if they went on, you would reach them on January 4, 2027. If a " \
               "contract or work permit is extended, change its end in /summary." in verdict
        assert verdict.count("/summary") == 1 and "if it went on" not in verdict
        chat_fr = Chat(bot.app, tg, user_id=1002, first_name="Tomasa", language_code="fr")
        await answer_all(chat_fr, *TOMAS_FR, "2026-12-31", "[Oui]", *TOMAS_REST_FR[:5], *TWO_CONTRACTS_FR,
                         *TOMAS_REST_FR[6:])
        assert "Les emplois 1 et 2 doivent se terminer avant que vous ayez assez d'heures (l'emploi 1 le " \
               "31 décembre 2026 et l'emploi 2 le 2 janvier 2027) : s'ils continuaient, vous les atteindriez le " \
               "4 janvier 2027." in verdict_fr(chat_fr)
    bot.errors.check()
