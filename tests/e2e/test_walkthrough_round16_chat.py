"""A sixteenth walkthrough round: ten new people (four in French) in what rounds 2 to 15 tried least: an
accountant in Toronto who is moving to Montreal (RULES.md 8: the PEQ closed, the PSTQ through Arrima), a cook
with two part-time TEER 3 jobs at once that pass 30 h a week (20 + 15: only 30 count), a web developer on a
payroll 20 h a week beside his own freelance clients (self-employed: none of it counts, and the "not yet" day at
20 h), a nurse whose husband stays in the Philippines (the "without spouse" column) and whose sister is a
permanent resident (15), a cook of 45 with an LMIA job offer (0 for age, 0 for the offer: RULES.md 3) far below
every round, a supervisor who answers "not sure" to where she will live, whether she was on a payroll, whether
she was authorized and when she took her test ("not sure, sometime in march 2026"), a francophone with a TCF at
NCLC 9 beside an IELTS at CLB 6/6/6/7 (French first, English second, 50 French points: 528, above the latest CEC
round), a welder whose TEF expires a week before he reaches 12 months, a care aide who worked while a full-time
student and then after (only the after counts), and an analyst whose wife stays in France and whose wife's
brother is a permanent resident (RULES.md 3: only the principal's or the accompanying spouse's sibling counts).
Answers typed as on a phone ("yes im moving to montreal in march, i work in toronto now", "20 hrs/wk", "no im
self employed, i invoice my clients", "no hes staying in the philippines", "no i have a job offer with lmia tho",
"not sure, sometime in march 2026", "37,5", "oui, PTPD", "oui le frere de ma femme est resident permanent"). On
the fixed day 2026-11-27 with the shipped rounds. Every figure was worked out by hand from RULES.md before the
chat was played: hours (the 3-year window 2023-11-27 .. 2026-11-26, hours/7 a day, 30/7 at most over all jobs;
1,560 h), CLB levels (RULES.md 2), the verdict and the "not yet" day (RULES.md 1), the CRS in its four parts
(RULES.md 3), the rounds of RULES.md 4 (rounds 438-447 included: the last six CEC rounds 516 to 523, 518 on
2026-09-29; French rounds in 2026 382 to 420). The same profiles through `cec-screener assess` must agree
(tests/eligibility/test_walkthrough_round16_cli.py).

Tried: 10 people, about 150 figures and sentences compared (verdicts, hours, levels, the "not yet" days, a test's
expiry before that day, the four CRS parts and each line, the gaps to 518, the French rounds, the Quebec route,
what is uncertain). Wrong before this round: 1 figure (Nicolas's « oui le frère de ma femme est résident
permanent », his wife not coming, was stored as a yes: 15 points, 479 instead of 464); 2 replies (Ashley's "not
sure, sometime in march 2026" to her test date was stored as "not sure" with the month dropped, so her CELPIP was
read as expired the careful way; Marisol's "no hes staying in the philippines" and Nicolas's « non elle reste en
france » to "is your partner a Canadian citizen or PR?" kept the no and then asked whether the partner comes,
refusing "hes staying in the philippines" there with "Please answer yes or no"). Right after: all three. No
strict xfail: RULES.md settled every difference.

Right behaviour is a plain test; a defect fixed in this round has its test here too, said as such."""

from __future__ import annotations

import pathlib

import pytest

from .bot_fixtures import answer_all, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import EMPLOYEE, SALARIE, score_of, verdict_of

CRS = "[Estimate my CRS]"
CRS_FR = "[Estimer mon score]"
DETAILS = "📄 Details: requirements, hours, next steps"
HIGH_WAGE = "IRCC may have added points for work or a job offer in high-wage occupations since November 3, 2026"
LAST_SIX = ("In the last 6 Canadian Experience Class rounds (since July 21, 2026), the lowest score invited "
            "ranged from 516 to 523; your estimate reached the cut-off in none of them.")
FRENCH_ROUNDS = "en 2026, le score minimal des candidats invités allait de 382 à 420"


# -- 1. Olena -----------------------------------------------------------------------------------------------------
# Accountant in Toronto, moving to Montreal: RULES.md 1 row 4 and 8: the CEC is for people who will live outside
# Quebec; say so at once, kindly: the PSTQ (a profile in Arrima, invitations, a CSQ, then a federal application),
# the PEQ closed to new applications since 2025-11-19; no score of the PSTQ, no Express Entry round compared. Her
# work in Toronto changes nothing of that. Her one line names two places (Montreal, Toronto) with "now": the bot
# asks rather than guesses (the brief), and her tap says it.
async def test_olena_moving_to_montreal_hears_quebec_s_route_and_no_round_is_compared(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Olena")
        await chat.send("/start")
        asked = said(await chat.send("yes im moving to montreal in march, i work in toronto now"))
        assert "where you intend to live once you immigrate" in asked and "Tap Yes for Quebec" in asked
        route = said(await chat.click("Yes"))
        assert "The Canadian Experience Class, like all of Express Entry, is for people who will live outside " \
               "Quebec" in route
        assert "Skilled Worker Selection Program (PSTQ)" in route and "Arrima" in route
        assert "Quebec Selection Certificate (CSQ)" in route
        assert "Quebec's experience program (PEQ) takes no new applications since November 19, 2025." in route
        assert "I cannot score the PSTQ." in route
        assert "declaring an intent you do not have is misrepresentation" in route
        rounds = said(await chat.send("/rounds"))
        assert "so I compare none of them with your answers" in rounds and "CRS estimate" not in rounds
    bot.errors.check()


# -- 2. Diego -----------------------------------------------------------------------------------------------------
# Line cook (63200, TEER 3) in Edmonton since 2026-01-05 at 20 h, and baker (63202, TEER 3) since 2026-03-02 at
# 15 h (35 h a week together: 30 count, RULES.md 1). 2026-01-05 .. 03-01: 56 days x 20/7 = 160 h; 2026-03-02 ..
# 11-26: 270 days x 30/7 = 1,157 h: 1,317 h. Not yet: 243 more at 30/7 a day take 57 days (2026-11-27 ..
# 2027-01-22): an application made on 2027-01-23. CELPIP 6/6/5/6 = CLB 6/6/5/6; CLB 5 (both TEER 3). 32 (born
# 1994-10-03) 94; a two-year diploma from Mexico with a WES ECA 98; 9 + 9 + 6 + 9 = 33; no Canadian year: core
# 225. No CLB 7+, no Canadian year, no foreign work: transferability 0. 225, 293 below 518, none of the last six
# CEC rounds.
DIEGO = ["/start", "no, edmonton", "yes", "line cook", "[63200 · Cooks · TEER 3]", "jan 5 2026", "yes",
         "20 hrs/wk", *EMPLOYEE, "yes i also work at a bakery", "baker", "[63202 · Bakers · TEER 3]",
         "march 2 2026", "yes", "15", *EMPLOYEE, "no", "celpip", "march 10 2026", "6 6 5 6", "no"]
DIEGO_CRS = ["oct 3 1994", "single", "2 year diploma", "mexico, wes", "no", "no", "no", "no", "no"]


async def test_diego_with_two_part_time_cook_jobs_past_30_hours_counts_30_and_qualifies_on_january_23(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Diego")
        await answer_all(chat, *DIEGO)
        verdict = verdict_of(chat)
        assert "Not yet eligible: you should qualify on January 23, 2027" in verdict
        assert "1,317 qualifying hours; 1,560 needed" in verdict
        assert "Your CELPIP-General of March 10, 2026 converts to CLB 6/6/5/6." in verdict
        assert "About 243 more qualifying hours: at your current hours you reach 1,560 on January 23, 2027. " \
               "This day holds only if jobs 1 and 2 go on until then." in verdict
        details = said(await chat.click(DETAILS))
        assert "only 30 count in all" in details
        await answer_all(chat, "[⬅️ Back to my result]", CRS, *DIEGO_CRS)
        score = score_of(chat)
        assert "CRS estimate: 225 points" in score
        assert "Core 225 · spouse 0 · skill transferability 0 · additional 0" in score
        for line in ("• Age: 94", "• Education: 98", "• First official language: 33"):
            assert line in score, line
        assert "Canadian work experience" not in score
        assert "225 is 293 points below" in score and LAST_SIX in score and HIGH_WAGE in score
        assert "Eligibility: Not yet eligible: you should qualify on January 23, 2027." in score
    bot.errors.check()


# -- 3. Chen ------------------------------------------------------------------------------------------------------
# Web developer (21234, TEER 1) in Vancouver on a payroll since 2025-09-01 at 20 h; and his own freelance clients
# (the same occupation) since June 2024 at 15 h: self-employed, which counts neither for the CEC nor in the CRS
# (RULES.md 1 and 3). 2025-09-01 .. 2026-11-26: 452 days x 20/7 = 1,291 h. Not yet: 1,560 h at 20/7 a day take
# 546 days, the 546th being 2027-02-28: an application made on 2027-03-01 (about 269 more). (With the freelance
# hours it would have been 30/7 a day and eligible: the exclusion decides his day.) IELTS GT 7/6.5/6.5/6 = CLB
# 7/8/8/7 (L 7.0 under 7.5; R and W 6.5 the CLB 8 rows; S 6.0 the CLB 7 row); CLB 7 needed (TEER 1): met. 30
# (born 1996-04-18) 105; a bachelor's from China with a WES ECA 120; 17 + 23 + 23 + 17 = 80; no Canadian year:
# core 305. Bachelor's x CLB 7+ 13; 2 years abroad x CLB 7+ 13: 26. 331, 187 below 518.
CHEN = ["/start", "no vancouver", "yes", "web developer", "[21234 · Web developers and programmers · TEER 1]",
        "sept 1 2025", "yes", "20", *EMPLOYEE, "yes", "freelance web dev"]
CHEN_REST = ["[21234 · Web developers and programmers · TEER 1]", "june 2024", "yes", "15", "yes",
             "no im self employed, i invoice my clients", "no", "ielts gt", "may 5 2026", "7 6.5 6.5 6", "no"]
CHEN_CRS = ["april 18 1996", "single", "bachelors", "china, wes done", "no", "2 years", "no", "no", "no"]


async def test_chen_s_freelance_hours_beside_his_payroll_job_count_nowhere_and_he_qualifies_on_march_1(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Chen")
        await answer_all(chat, *CHEN)
        assert "self-employed hours do not count for the Canadian Experience Class" in chat.last_text
        await answer_all(chat, *CHEN_REST[:5])
        skipped = said(await chat.send(CHEN_REST[5]))
        assert "✅ No" in skipped
        assert "Self-employment counts neither for the Canadian Experience Class nor as Canadian work in the CRS" \
            in skipped
        await answer_all(chat, *CHEN_REST[6:])
        verdict = verdict_of(chat)
        assert "Not yet eligible: you should qualify on March 1, 2027" in verdict
        assert "1,291 qualifying hours; 1,560 needed" in verdict
        assert "Your IELTS General Training of May 5, 2026 converts to CLB 7/8/8/7." in verdict
        assert "About 269 more qualifying hours: at your current hours you reach 1,560 on March 1, 2027." \
            in verdict
        await answer_all(chat, CRS, *CHEN_CRS)
        score = score_of(chat)
        assert "CRS estimate: 331 points" in score
        assert "Core 305 · spouse 0 · skill transferability 26 · additional 0" in score
        for line in ("• Age: 105", "• Education: 120", "• First official language: 80",
                     "• Education and language: 13", "• Foreign work and language: 13"):
            assert line in score, line
        assert "Canadian work experience" not in score and "331 is 187 points below" in score
    bot.errors.check()


# -- 4. Marisol ---------------------------------------------------------------------------------------------------
# Registered nurse (31301, TEER 1) in Vancouver since 2024-08-12 at 36 h (30 count): 837 days x 30/7 = 3,587 h, 2
# Canadian years (3,120). IELTS GT 8/7/7/7.5 = CLB 9/9/9/10 (L 8.0, R 7.0, W 7.0 the CLB 9 rows; S 7.5 the CLB 10
# row); CLB 7: eligible. Married, her husband (not a Canadian) stays in the Philippines: not accompanying, so the
# "without spouse" column (RULES.md 3). 35 (born 1991-06-02) 77; a bachelor's of nursing from the Philippines
# with a WES ECA 120; 31 + 31 + 31 + 34 = 127; 2 years 53: core 377. Bachelor's x CLB 9+ 25, x 2 years 25 (50);
# 3+ years abroad x CLB 9+ 50, x 2 years 50 (capped 50): 100. Her sister, a permanent resident: 15. 492, 26 below
# 518.
MARISOL = ["/start", "no, vancouver", "yes", "registered nurse",
           "[31301 · Registered nurses and registered psychiatric nurses · TEER 1]", "aug 12 2024", "yes", "36",
           *EMPLOYEE, "no", "ielts general", "feb 14 2026", "8 7 7 7.5", "no"]
MARISOL_CRS = ["june 2 1991", "married", "no hes staying in the philippines", "bachelors", "philippines, wes",
               "no", "3+ years", "no", "no", "yes my sister is a PR in vancouver"]


async def test_marisol_whose_husband_stays_abroad_is_scored_without_spouse_with_her_sister_s_15_at_492(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marisol")
        await answer_all(chat, *MARISOL)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "3,587 qualifying hours; 1,560 needed" in verdict
        assert "Your IELTS General Training of February 14, 2026 converts to CLB 9/9/9/10." in verdict
        await answer_all(chat, CRS, *MARISOL_CRS)
        score = score_of(chat)
        assert "CRS estimate: 492 points" in score
        assert "Core 377 · spouse 0 · skill transferability 100 · additional 15" in score
        for line in ("• Age: 77", "• Education: 120", "• First official language: 127",
                     "• Canadian work experience: 53", "• Education and language: 25",
                     "• Education and Canadian work: 25", "• Foreign work and language: 50",
                     "• Foreign and Canadian work: 50", "• Sibling in Canada: 15"):
            assert line in score, line
        assert "492 is 26 points below" in score and LAST_SIX in score
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed", "noted"), [
    ("en", "no hes staying in the philippines", True), ("en", "no he's not coming", True),
    ("fr", "non elle reste en france", True), ("fr", "non, il ne viendra pas", True),
    ("en", "no", False), ("fr", "non elle reste au canada", False)])
async def test_a_partner_staying_abroad_said_with_the_no_is_not_asked_again_whether_they_come(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str, noted: bool) -> None:
    """Fixed in this round: Marisol's "no hes staying in the philippines" to "Is your spouse or partner a Canadian
    citizen or permanent resident?" kept the No, dropped the rest and asked "Will your spouse or partner come with
    you to Canada?", which then refused "hes staying in the philippines" with "Please answer yes or no" (the same
    in French: « non elle reste en france »). Now both are noted, and said; a partner who stays in Canada is still
    asked."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marisol", language_code=lang)
        if lang == "fr":
            await answer_all(chat, *NICOLAS[:4])
            await answer_all(chat, f"[{chat.buttons[0]}]", *NICOLAS[5:], CRS_FR, *NICOLAS_CRS[:2])
        else:
            await answer_all(chat, *MARISOL, CRS, *MARISOL_CRS[:2])
        reply = said(await chat.send(typed))
        asked_again = "Will your spouse or partner come with you to Canada?" in reply \
            or "Votre époux ou conjoint de fait vous accompagnera-t-il au Canada ?" in reply
        assert asked_again is not noted
        assert ("Noted too: your spouse or partner will not come with you" in reply
                or "Noté aussi : votre époux ou conjoint de fait ne vous accompagnera pas" in reply) is noted
    bot.errors.check()


@pytest.mark.parametrize(("typed", "noted"), [("hes staying in the philippines", True),
                                              ("she will join me later", False)])
async def test_a_partner_staying_abroad_said_to_whether_they_come_is_a_no(
        tg: FakeTelegram, tmp_path: pathlib.Path, typed: str, noted: bool) -> None:
    """The fix's other half: "hes staying in the philippines" to "Will your spouse or partner come with you to
    Canada?" got "Please answer yes or no"; a partner who joins later is not read as staying."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marisol")
        await answer_all(chat, *MARISOL, CRS, *MARISOL_CRS[:2])
        await chat.click("No")
        reply = said(await chat.send(typed))
        assert ("✅ No" in reply and "What is your highest level of education?" in reply) is noted
    bot.errors.check()


# -- 5. Gurpreet --------------------------------------------------------------------------------------------------
# Cook (63200, TEER 3) in Surrey since 2023-03-06 at 40 h: the whole window, 1,096 days x 30/7 = 4,697 h; in the
# CRS's 10 years 1,362 days, 5,837 h: 3 years (4,680). CELPIP 7/7/7/7 = CLB 7; CLB 5: eligible. 45 (born
# 1981-05-20): 0 for age (RULES.md 3); a one-year diploma from India with a WES ECA 90; 17 x 4 = 68; 3 years 64:
# core 222. One-year x CLB 7+ 13, x 2+ years 25: 38. His LMIA job offer: 0 since 2025-03-25 (RULES.md 3), said as
# he types it at the nomination question. 260, 258 below 518, none of the last six CEC rounds.
GURPREET = ["/start", "no surrey bc", "yes", "cook", "[63200 · Cooks · TEER 3]", "march 6 2023", "yes", "40",
            *EMPLOYEE, "no", "celpip", "july 15 2026", "7 7 7 7", "no"]
GURPREET_CRS = ["may 20 1981", "single", "1 year diploma", "india, wes", "no", "no", "no"]


async def test_gurpreet_at_45_with_an_lmia_job_offer_gets_0_for_both_and_scores_260(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Gurpreet")
        await answer_all(chat, *GURPREET)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "4,697 qualifying hours; 1,560 needed" in verdict
        assert "Your CELPIP-General of July 15, 2026 converts to CLB 7/7/7/7." in verdict
        await answer_all(chat, CRS, *GURPREET_CRS)
        offer = said(await chat.send("no i have a job offer with lmia tho"))
        assert "A job offer, even with an LMIA, has earned no CRS points since March 25, 2025" in offer
        await chat.send("no")
        score = score_of(chat)
        assert "CRS estimate: 260 points" in score
        assert "Core 222 · spouse 0 · skill transferability 38 · additional 0" in score
        for line in ("• Age: 0", "• Education: 90", "• First official language: 68",
                     "• Canadian work experience: 64", "• Education and language: 13",
                     "• Education and Canadian work: 25"):
            assert line in score, line
        assert "260 is 258 points below" in score and LAST_SIX in score
    bot.errors.check()


# -- 6. Ashley ----------------------------------------------------------------------------------------------------
# Food service supervisor (62020, TEER 2) since 2025-02-03 at 40 h: 662 days x 30/7 = 2,837 h if it counts. She
# is not sure whether she will live in Quebec, whether she was on a payroll, whether she was authorized, and of
# her CELPIP's day ("not sure, sometime in march 2026"): RULES.md 1 counts only employees' authorized work, so
# read the careful way 0 h count (not eligible), the favourable way 2,837 h (eligible, CLB 5). Her CELPIP of
# March 2026 (8 in each: CLB 8) is valid to at least March 2028 whatever its day: it must not be what is
# uncertain. The result must name the payroll and the authorization, and that it holds only if she lives outside
# Quebec. CRS, read the careful way: 30 (born 1995-12-01) 105, 31 on 2026-12-01 (-6); a bachelor's from abroad
# without an ECA 0; 23 x 4 = 92; no Canadian year: 197.
ASHLEY = ["/start", "not sure", "yes", "food service supervisor", "[62020 · Food service supervisors · TEER 2]",
          "feb 3 2025", "yes", "40", "yes", "not sure", "no", "not sure", "no", "celpip"]
ASHLEY_CRS = ["dec 1 1995", "single", "bachelors", "outside canada no eca yet", "no", "no", "no", "no", "no"]


async def test_ashley_who_is_not_sure_of_four_things_is_told_which_two_decide_and_her_test_month_is_kept(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Fixed in this round: "not sure, sometime in march 2026" to the test's date was stored as "Not sure" (the
    month dropped), so her CELPIP was read as expired the careful way ("❌ Language: Your CELPIP-General, whose
    date you were not sure of, is read as expired") and its date was a third thing to settle. Now the month is
    offered to keep as approximate, as "not sure, march 2026" already was."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ashley")
        await answer_all(chat, *ASHLEY)
        day = said(await chat.send("not sure, sometime in march 2026"))
        assert "a date said with a doubt" in day and chat.buttons[0] == "around March 2026 (approximate)"
        await answer_all(chat, "[around March 2026 (approximate)]", "8 8 8 8", "no")
        verdict = chat.texts[-1] if "Assessed for" in chat.texts[-1] else verdict_of(chat)
        result = "\n".join(chat.texts[-3:])
        assert "I can't tell yet: it depends on answers that are not exact." in result
        assert "Read the most favourable way: eligible. Read the careful way: not eligible." in result
        assert "Hours still needed, careful / favourable: 1,560 (0 h count) / 0 (2,837 h count)." in result
        # (leftovers 10 says "you were not sure" once, above the list: "What decides it (answers you were not sure
        # of):", then each answer's label with how to settle it)
        assert "What decides it (answers you were not sure of):" in result
        assert "• Job 1 · authorized: Compare the job's dates" in result
        assert "• Job 1 · employee: If an employer paid you" in result
        assert "Test 1 · date" not in result
        assert "✅ Language: Your CELPIP-General of March 2026 converts to CLB 8/8/8/8." in verdict
        assert "this result holds only if you really plan to live outside Quebec" in result
        await answer_all(chat, CRS, *ASHLEY_CRS)
        score = score_of(chat)
        assert "CRS estimate: 197 points" in score
        for line in ("• Age: 105", "• First official language: 92"):
            assert line in score, line
        assert "December 1, 2026 you turn 31" in score
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed", "button"), [
    ("en", "not sure, sometime in march 2026", "around March 2026 (approximate)"),
    ("en", "maybe around march 2026", "around March 2026 (approximate)"),
    ("fr", "je sais pas, vers mars 2026", "vers mars 2026 (approximatif)")])
async def test_a_test_date_said_with_a_doubt_and_its_lead_words_keeps_the_month(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str, button: str) -> None:
    """Ashley's fix, said the other ways people say it."""
    steps = ASHLEY if lang == "en" else ["/start", "non", "oui", "cuisinier",
                                         "[63200 · Cuisiniers/cuisinières · FEER 3]", "mai 2025", "oui", "40",
                                         *SALARIE, "non", "tef canada"]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ashley", language_code=lang)
        await answer_all(chat, *steps)
        said(await chat.send(typed))
        assert chat.buttons[0] == button
    bot.errors.check()


# -- 7. Amélie (in French) ----------------------------------------------------------------------------------------
# Civil engineering technician (22300, TEER 2) in Ottawa since 2024-10-07 at 37.5 h (30 count): 781 days x 30/7 =
# 3,347 h, 2 Canadian years. TCF Canada of 2026-04-20, 530/530/15/15 = NCLC 9/9/9/9 (L 523-548, R 524-548, W and
# S 14-15); IELTS GT of 2026-01-30, 5.5/5/5.5/6 = CLB 6/6/6/7 (L 5.5, R 5.0, W 5.5 the CLB 6 rows; S 6.0 the CLB
# 7 row). NCLC 5 needed: met. First language the one that scores more (RULES.md 3): French 31 x 4 = 124 against
# English 9 + 9 + 9 + 17 = 44; English second 1 + 1 + 1 + 3 = 6. 27 (born 1998-12-01) 110; a master's from France
# with an ECA 135; 2 years 53: core 110 + 135 + 124 + 6 + 53 = 428. Master's x NCLC 9+ 50, x 2 years 50: 50
# (cap). French NCLC 7+ with English CLB 5+ in all four: 50. 528: 10 above the latest CEC round (518), and at or
# above the cut-off in each of the last six (516-523); above the French rounds (382-420).
AMELIE = ["/start", "non, ottawa", "oui", "technicienne en genie civil",
          "[22300 · Technologues et techniciens/techniciennes en génie civil · FEER 2]", "7 octobre 2024", "oui",
          "37,5", *SALARIE, "non", "tcf canada", "20 avril 2026", "530 530 15 15", "oui", "ielts general",
          "30 janvier 2026", "5.5 5 5.5 6", "non"]
AMELIE_CRS = ["1er decembre 1998", "celibataire", "master", "en france, EDE faite", "non", "aucune", "non", "non",
              "non"]


async def test_amelie_with_a_tcf_at_nclc_9_and_an_ielts_at_clb_6_has_french_first_and_scores_528(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Amélie", language_code="fr")
        await answer_all(chat, *AMELIE)
        verdict = verdict_of(chat)
        assert "Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "3 347 heures admissibles ; il en faut 1 560" in verdict
        assert "votre test TCF Canada du 20 avril 2026 correspond aux niveaux NCLC 9/9/9/9. Votre test IELTS " \
               "General Training du 30 janvier 2026 l'atteint aussi (NCLC 6/6/6/7)." in verdict
        await answer_all(chat, CRS_FR, *AMELIE_CRS)
        score = score_of(chat)
        assert "Score SCG estimé : 528 points" in score
        assert "Facteurs de base 428 · époux ou conjoint de fait 0 · transférabilité des compétences 50 · " \
               "points supplémentaires 50" in score
        for line in ("• Âge : 110", "• Études : 135", "• Première langue officielle : 124",
                     "• Deuxième langue officielle : 6", "• Expérience de travail au Canada : 53",
                     "• Études et langue : 50", "• Études et travail au Canada : 50",
                     "• Compétences en français : 50"):
            assert line in score, line
        assert "Première langue officielle retenue : le français" in score
        assert "Votre score SCG estimé (528) dépasse de 10 points le score minimal de la dernière ronde de la " \
               "catégorie de l'expérience canadienne (518, le 29 septembre 2026)." in score
        assert "votre score estimé aurait atteint le seuil dans chacune d'elles" in score
        assert FRENCH_ROUNDS in score
    bot.errors.check()


# -- 8. Moussa (in French) ----------------------------------------------------------------------------------------
# Welder (72106, TEER 2) in Regina since 2026-02-02 at 40 h: 298 days x 30/7 = 1,277 h. Not yet: 364 days from
# 2026-02-02 end on 2027-01-31: an application made on 2027-02-01 (about 283 more). TEF Canada of 2025-01-25,
# 400/400/400/430 = NCLC 6/6/6/6 (L and R 393-433; W 379-427; S 422-455); NCLC 5: met today, but the result
# expires on 2027-01-25 (2 years, RULES.md 2), a week before that day: RULES.md 1 says to warn, and a new test is
# needed to apply. 38 (born 1988-07-14) 61; a BTS (two years) from Senegal with an ECA 98; 9 x 4 = 36; no
# Canadian year: core 195. Under NCLC 7: no language pair; no Canadian year: no foreign-work pair; no French
# points (NCLC 7+ needed). 195, 323 below 518.
MOUSSA = ["/start", "non regina", "oui", "soudeur",
          "[72106 · Soudeurs/soudeuses et opérateurs/opératrices de machines à souder et à braser · FEER 2]",
          "2 fevrier 2026", "oui", "40h", *SALARIE, "non", "tef canada", "25 janvier 2025", "400 400 400 430",
          "non"]
MOUSSA_CRS = ["14 juillet 1988", "celibataire", "BTS 2 ans", "au senegal, EDE faite", "non", "3 ans ou plus",
              "non", "non", "non"]


async def test_moussa_whose_tef_expires_a_week_before_his_twelve_months_is_told_to_take_a_new_one(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Moussa", language_code="fr")
        await answer_all(chat, *MOUSSA)
        verdict = verdict_of(chat)
        assert "Pas encore admissible : vous devriez l'être le 1er février 2027" in verdict
        assert "1 277 heures admissibles ; il en faut 1 560" in verdict
        assert "votre test TEF Canada du 25 janvier 2025 correspond aux niveaux NCLC 6/6/6/6. Votre résultat de " \
               "test de langue expire le 25 janvier 2027, avant que vous atteigniez un an de travail (le 1er " \
               "février 2027) : prévoyez de repasser un test." in verdict
        assert "environ 283 heures admissibles de plus : à votre rythme actuel, vous atteindrez 1 560 heures le " \
               "1er février 2027." in verdict
        await answer_all(chat, CRS_FR, *MOUSSA_CRS)
        score = score_of(chat)
        assert "Score SCG estimé : 195 points" in score
        assert "Facteurs de base 195 · époux ou conjoint de fait 0 · transférabilité des compétences 0 · " \
               "points supplémentaires 0" in score
        for line in ("• Âge : 61", "• Études : 98", "• Première langue officielle : 36"):
            assert line in score, line
        assert "Compétences en français" not in score and "inférieur de 323 points" in score
        assert "pas encore admissible : vous devriez l'être le 1er février 2027, avec un nouveau test de langue " \
               "d'ici là." in score
    bot.errors.check()


# -- 9. Fatou (in French) -----------------------------------------------------------------------------------------
# Care aide (33102, TEER 3) in Winnipeg from September 2023 to 2025-04-30 at 20 h while a full-time student: none
# of it counts, for the CEC or the CRS (RULES.md 1 and 3). Then the same occupation on a PGWP since 2025-05-05 at
# 40 h: 571 days x 30/7 = 2,447 h, 1 Canadian year. TEF Canada of 2026-06-08, 470/470/480/500 = NCLC 8/8/8/8 (L
# and R 462-502; W 472-511; S 494-517); NCLC 5: eligible. 26 (born 2000-03-15) 110; a two-year college diploma in
# Canada 98; 23 x 4 = 92; 1 year 40: core 340. Two-year x NCLC 7+ 13, x 1 year 13: 26. The Canadian two-year
# diploma 15; French NCLC 7+ with no English test 25: 40. 406, 112 below 518; within the French rounds' range
# (382-420).
FATOU = ["/start", "non winnipeg", "oui", "aide-soignante",
         "[33102 · Aides-infirmiers/aides-infirmières, aides-soignants/aides-soignantes et préposés/préposées aux "
         "bénéficiaires · FEER 3]", "septembre 2023", "non", "30 avril 2025", "20", "oui", "oui"]
FATOU_REST = ["oui", "aide-soignante",
              "[33102 · Aides-infirmiers/aides-infirmières, aides-soignants/aides-soignantes et "
              "préposés/préposées aux bénéficiaires · FEER 3]", "5 mai 2025", "oui", "40", "oui", "oui", "non",
              "oui, PTPD", "non",
              "tef canada", "8 juin 2026", "470 470 480 500", "non"]
FATOU_CRS = ["15 mars 2000", "celibataire", "diplome collegial 2 ans", "au canada", "aucune", "non", "non", "non"]


async def test_fatou_s_months_as_a_full_time_student_count_nowhere_and_her_job_after_makes_her_eligible(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Fatou", language_code="fr")
        await answer_all(chat, *FATOU)
        student = said(await chat.send("oui"))
        assert "Le travail fait pendant des études à temps plein ne compte ni pour la catégorie de l'expérience " \
               "canadienne ni comme expérience au Canada dans le SCG" in student
        await answer_all(chat, *FATOU_REST)
        verdict = verdict_of(chat)
        assert "Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "2 447 heures admissibles ; il en faut 1 560" in verdict
        assert "votre test TEF Canada du 8 juin 2026 correspond aux niveaux NCLC 8/8/8/8." in verdict
        await answer_all(chat, CRS_FR, *FATOU_CRS)
        score = score_of(chat)
        assert "Score SCG estimé : 406 points" in score
        assert "Facteurs de base 340 · époux ou conjoint de fait 0 · transférabilité des compétences 26 · " \
               "points supplémentaires 40" in score
        for line in ("• Âge : 110", "• Études : 98", "• Première langue officielle : 92",
                     "• Expérience de travail au Canada : 40", "• Études et langue : 13",
                     "• Études et travail au Canada : 13", "• Études au Canada : 15",
                     "• Compétences en français : 25"):
            assert line in score, line
        assert "inférieur de 112 points" in score and FRENCH_ROUNDS in score
    bot.errors.check()


# -- 10. Nicolas (in French) --------------------------------------------------------------------------------------
# Financial analyst (11101, TEER 1) in Toronto since 2025-01-13 at 40 h: 683 days x 30/7 = 2,927 h, 1 year. TCF
# Canada of 2026-05-12, 510/505/12/12 = NCLC 8/8/8/8 (L 503-522, R 499-523, W and S 12-13); NCLC 7 (TEER 1): met.
# Married, his wife (French, not a Canadian) stays in France: "without spouse" (RULES.md 3). Her brother is a
# permanent resident: RULES.md 3 counts the sibling of the principal or of the accompanying spouse, and she does
# not come: 0. 36 (born 1990-09-10) 72; a master's from France with an ECA 135; 23 x 4 = 92; 1 year 40: core 339.
# Master's x NCLC 7+ 25, x 1 year 25 (50); 3+ years abroad x NCLC 7+ 25, x 1 year 25 (50): 100. French NCLC 7+
# and no English test 25. 464, 54 below 518; above the French rounds (382-420).
NICOLAS = ["/start", "non toronto", "oui", "analyste financier", "[#0]", "13 janvier 2025", "oui", "40", *SALARIE,
           "non", "tcf canada", "12 mai 2026", "510 505 12 12", "non"]
NICOLAS_CRS = ["10 septembre 1990", "marie", "non elle reste en france", "master", "france, EDE faite",
               "non", "3 ans ou plus", "non", "non"]


async def test_nicolas_whose_wife_stays_in_france_gets_nothing_for_her_brother_and_scores_464(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Fixed in this round: « oui le frère de ma femme est résident permanent » to « Avez-vous au Canada un frère
    ou une sœur ... ? » (asked of him alone, his wife not coming) was stored as a yes: 15 points, 479. RULES.md 3
    counts the sibling of the principal or of the accompanying spouse only: now No, and why."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nicolas", language_code="fr")
        await answer_all(chat, *NICOLAS[:4])
        assert chat.buttons[0].startswith("11101 ")
        await answer_all(chat, f"[{chat.buttons[0]}]", *NICOLAS[5:])
        verdict = verdict_of(chat)
        assert "Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "2 927 heures admissibles ; il en faut 1 560" in verdict
        assert "votre test TCF Canada du 12 mai 2026 correspond aux niveaux NCLC 8/8/8/8." in verdict
        await answer_all(chat, CRS_FR, *NICOLAS_CRS)
        sibling = said(await chat.send("oui le frere de ma femme est resident permanent"))
        assert "Le frère ou la sœur d'un époux ou conjoint de fait qui ne vous accompagne pas ne rapporte aucun " \
               "point SCG" in sibling and "J'ai donc noté « Non »." in sibling
        score = score_of(chat)
        assert "Score SCG estimé : 464 points" in score
        assert "Facteurs de base 339 · époux ou conjoint de fait 0 · transférabilité des compétences 100 · " \
               "points supplémentaires 25" in score
        for line in ("• Âge : 72", "• Études : 135", "• Première langue officielle : 92",
                     "• Expérience de travail au Canada : 40", "• Études et langue : 25",
                     "• Études et travail au Canada : 25", "• Travail à l'étranger et langue : 25",
                     "• Travail à l'étranger et au Canada : 25", "• Compétences en français : 25"):
            assert line in score, line
        assert "Frère ou sœur au Canada" not in score
        assert "inférieur de 54 points" in score and FRENCH_ROUNDS in score
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed", "said_no"), [
    ("en", "yes my husband's sister is a citizen", "So I noted “No”."),
    ("en", "yes my wifes brother is PR", "So I noted “No”."),
    ("fr", "oui la soeur de mon mari est citoyenne", "J'ai donc noté « Non »."),
    ("en", "yes my brother and my wife's sister", None),
    ("en", "yes my brother is a PR", None)])
async def test_only_the_partner_s_sibling_while_the_partner_stays_abroad_earns_nothing(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str, said_no: str | None) -> None:
    """Nicolas's fix in both languages, and its neighbours: the person's own brother or sister still counts."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marisol", language_code=lang)
        if lang == "fr":
            await answer_all(chat, *NICOLAS[:4])
            await answer_all(chat, f"[{chat.buttons[0]}]", *NICOLAS[5:], CRS_FR, *NICOLAS_CRS)
        else:
            await answer_all(chat, *MARISOL, CRS, *MARISOL_CRS[:-1])
        reply = said(await chat.send(typed))
        if said_no is None:
            assert "✅ Yes" in reply and ("• Sibling in Canada: 15" in reply)
        else:
            assert said_no in reply
            assert "Sibling in Canada" not in reply and "Frère ou sœur au Canada :" not in reply
    bot.errors.check()
