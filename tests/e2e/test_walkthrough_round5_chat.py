"""A fifth walkthrough round: twelve new people (four in French) in what rounds 2 to 4 tried least: international
graduates (work while a full-time student, a Canadian one- or two-year credential or master's and its additional
points), foreign work beside Canadian work (skill transferability), two tests in English and French (which is
the first official language), a test lapsing before or just after the "not yet" day, people aged 19, 20 and 30
to 35, a job that ended more than 3 years ago and a gap, a sibling in Canada, a provincial nomination, a score
right at the recent cut-offs. On the fixed day 2026-11-27 with the shipped rounds. Every figure below was worked
out by hand from RULES.md before the chat was played: hours (the 3-year window 2023-11-27 .. 2026-11-26, hours/7
a day, 30/7 at most over all jobs; 1,560 h), CLB levels from the tables of RULES.md 2, the verdict and the "not
yet" day (RULES.md 1), the CRS in its four parts (RULES.md 3), the rounds of RULES.md 4. The same profiles
through `cec-screener assess` must agree (last tests).

Right behaviour is a plain test; a defect fixed in this round has its test here too, said as such.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

from bot.command_line.main import main

from .bot_fixtures import answer_all, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import CLI_DAY as DAY
from .screenings import EMPLOYEE, ETUDIANTE, SALARIE, STUDENT, assessed, figures, score_of, verdict_of
from .screenings import cli_education as _education
from .screenings import cli_job as _job
from .screenings import cli_test as _test

CRS = "[Estimate my CRS]"
CRS_FR = "[Estimer mon score]"






def language_line(verdict: str) -> str:
    return next(line for line in verdict.splitlines() if line.startswith(("✅ Language", "✅ Langue")))


# -- 1. Aisha ---------------------------------------------------------------------------------------------------
# International graduate. Teaching assistant (41201, TEER 1) on campus 2022-09-06 .. 2024-04-30 at 20 h while a
# full-time student: none counts (RULES.md 1), 156 days x 20/7 = 446 h of it inside the window. Web developer
# (21234, TEER 1) on her post-graduation permit since 2024-06-03 at 37.5 h: 907 days x 30/7 = 3,887 h, 2 years (972
# h above 30 a week set aside). IELTS GT 7.5/7/6.5/7 = CLB 8/9/8/9. 31, single; a bachelor's abroad (ECA) and a
# two-year Canadian college diploma: "two or more, one of 3+ years" 128. 99 + 128 + (23+31+23+31 = 108) + 53 = 388;
# education x language 25 (CLB 7+, two under 9) + x Canadian work 50 (2 years), capped 50; Canadian credential of
# one or two years 15: 453, below every 2026 CEC round (507 to 523).
AISHA = ["/start", "no", "yes", "teaching assistant", "[41201]", "september 6 2022", "no", "april 30 2024", "20",
         *STUDENT, "yes", "web developer", "[21234]", "june 3 2024", "yes", "37.5", *EMPLOYEE, "no",
         "[IELTS General Training]", "2026-03-10", "7.5 7 6.5 7", "no"]
AISHA_CRS = ["1995-04-12", "single", "[Two or more credentials, one of 3+ years]", "[Outside Canada, with an ECA]",
             "yes", "[Yes, a one- or two-year credential]", "none", "no", "no", "no"]


async def test_aisha_an_international_graduate_whose_campus_job_does_not_count_scores_453(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Aisha")
        await answer_all(chat, *AISHA)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "3,887 qualifying hours; 1,560 needed" in verdict and "CLB 8/9/8/9" in verdict
        details = said(await chat.click("Details"))
        assert "Not counted: 446 h worked while a full-time student and 972 h above 30 hours a week" in details
        assert "Job 1, NOC 41201 (TEER 1): work while a full-time student does not count." in details
        await chat.click("Back to my result")
        await answer_all(chat, CRS, *AISHA_CRS[:4])
        assert "Do you also have a Canadian post-secondary diploma, degree or certificate?" in chat.last_text
        # Fixed in this round: a plain "yes" was refused with "for example “No”"; the two yes options are offered
        await chat.send("yes")
        assert "I can read “yes” in more than one way" in chat.last_text
        assert chat.keyboard == [["Yes, a one- or two-year credential"],
                                 ["Yes, 3+ years, master's, professional or doctorate"]]
        await answer_all(chat, *AISHA_CRS[5:])
        score = score_of(chat)
        assert "CRS estimate: 453 points" in score
        assert "Core 388 · spouse 0 · skill transferability 50 · additional 15" in score
        for line in ("• Education: 128", "• First official language: 108", "• Canadian work experience: 53",
                     "• Education and language: 25", "• Education and Canadian work: 50",
                     "• Canadian education: 15"):
            assert line in score, line
        assert "reached the cut-off in none of them" in score
    bot.errors.check()


# -- 2. Ben -----------------------------------------------------------------------------------------------------
# Electronics technologist (22310, TEER 2) 2020-09-08 .. 2023-08-31 at 40 h: wholly before the window (it ended
# more than 3 years ago), so nothing for the class; a gap of two and a half years; the same occupation again
# since 2026-02-02 at 40 h: 298 days x 30/7 = 1,277 h. Not yet: 364 days from 2026-02-02, February 1, 2027.
# CELPIP 9 in all four and TEF Canada 450/450/450/460 = NCLC 7/7/7/7 (CLB 5 needed). The CRS counts 10 years:
# 1,088 + 298 days x 30/7 = 5,940 h, 3 years. 34, single, Canadian two-year diploma. English first (124 + French
# second 3 x 4 = 12 = 136) beats French first (68 + 24): 83 + 98 + 124 + 12 + 64 = 381; education x language 25 +
# x Canadian work 25 = 50; Canadian credential 15 and French NCLC 7+ with English CLB 5+ 50: 496.
BEN = ["/start", "no", "yes", "electronics technologist", "[22310]", "september 8 2020", "no", "august 31 2023",
       "40", *EMPLOYEE, "yes", "electronics technologist", "[22310]", "february 2 2026", "yes", "40", *EMPLOYEE,
       "no", "[CELPIP-General]", "2026-04-01", "9 9 9 9", "yes", "[TEF Canada]", "2026-05-01", "450 450 450 460",
       "no"]
BEN_CRS = ["1992-05-05", "single", "[Two-year post-secondary program]", "[In Canada]", "none", "no", "no", "no"]


async def test_ben_back_at_work_after_a_gap_qualifies_on_february_1_and_his_old_job_still_earns_crs_points(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ben")
        await answer_all(chat, *BEN)
        verdict = verdict_of(chat)
        assert "Not yet eligible: you should qualify on February 1, 2027" in verdict
        assert "1,277 qualifying hours; 1,560 needed" in verdict
        assert "NCLC 7/7/7/7" in verdict and "Your CELPIP-General of April 1, 2026 meets it too (CLB 9/9/9/9)" \
            in verdict
        details = said(await chat.click("Details"))
        assert "Not counted: 6,217 h before the 3-year window" in details
        # Fixed in this round: "so none counts" alone, though the CRS's 10 years count that job (RULES.md 3)
        assert ("Job 1, NOC 22310 (TEER 2): all of it before the 3-year window, so none counts for eligibility; "
                "it still counts as Canadian work experience in the CRS score, which looks back 10 years.") \
            in details
        await chat.click("Back to my result")
        await answer_all(chat, CRS, *BEN_CRS)
        score = score_of(chat)
        assert "CRS estimate: 496 points" in score
        assert "Core 381 · spouse 0 · skill transferability 50 · additional 65" in score
        for line in ("• Age: 83", "• First official language: 124", "• Second official language: 12",
                     "• Canadian work experience: 64", "• Canadian education: 15", "• French-language skills: 50"):
            assert line in score, line
        # Fixed in this round: the language taken as first was not said (RULES.md 3: the person declares it)
        assert ("First official language counted: English, which scores at least as much as the other; you choose "
                "which one is first in your Express Entry profile.") in score
        assert "Eligibility: Not yet eligible: you should qualify on February 1, 2027." in score
    bot.errors.check()


# Ben's language line leads with his TEF Canada, the result that stays valid longest (eligibility/assess.py);
# RULES.md 2 names the levels of TEF and TCF "NCLC", as their certificates print them: so does the English text.
async def test_ben_reads_his_tef_levels_as_nclc(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ben")
        await answer_all(chat, *BEN)
        assert "Your TEF Canada of May 1, 2026 converts to NCLC 7/7/7/7" in language_line(verdict_of(chat))
    bot.errors.check()


# -- 3. Kai -----------------------------------------------------------------------------------------------------
# 19, came with his parents on an open work permit. Cook (63200, TEER 3) since 2025-06-02 at 35 h: 543 days x
# 30/7 = 2,327 h, 1 year. CELPIP 7/8/7/7 (CLB 5 needed): eligible. Canadian high school: 105 + 30 + (17+23+17+17
# = 74) + 40 = 249; secondary school earns no transferability; his sister is a permanent resident: 15. 264.
KAI = ["/start", "no", "yes", "cook", "[63200]", "june 2 2025", "yes", "35", *EMPLOYEE, "no", "[CELPIP-General]",
       "2026-08-20", "7 8 7 7", "no"]
KAI_CRS = ["2007-06-20", "single", "[Secondary school (high school)]", "[In Canada]", "none", "no", "no", "yes"]


async def test_kai_19_a_cook_with_a_sister_in_canada_scores_264(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kai")
        await answer_all(chat, *KAI)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "2,327 qualifying hours; 1,560 needed" in verdict and "CLB 7/8/7/7" in verdict
        await answer_all(chat, CRS, *KAI_CRS)
        score = score_of(chat)
        assert "CRS estimate: 264 points" in score
        assert "Core 249 · spouse 0 · skill transferability 0 · additional 15" in score
        assert "• Age: 105" in score and "• Education: 30" in score and "• Sibling in Canada: 15" in score
        assert "• Education and" not in score
    bot.errors.check()


# -- 4. Rahul ---------------------------------------------------------------------------------------------------
# Software developer (21232, TEER 1) since 2025-09-01 at 40 h: 452 days x 30/7 = 1,937 h, 1 year. IELTS GT
# 8.5/8/7.5/7.5 = CLB 10 in all four. 29, single, a master's abroad (ECA), 3+ years of skilled work abroad: 110 +
# 135 + 136 + 40 = 421; education x language 50 + x Canadian work 25, capped 50; foreign work x language 50 + x
# Canadian work 25, capped 50: 100. 521: 3 above the latest CEC round (518, 2026-09-29); of the last 6 (516, 516,
# 523, 521, 519, 518) it reaches 5, missing 523 (2026-08-18).
RAHUL = ["/start", "no", "yes", "software developer", "[21232]", "september 1 2025", "yes", "40", *EMPLOYEE, "no",
         "[IELTS General Training]", "2026-02-14", "8.5 8 7.5 7.5", "no"]
RAHUL_CRS = ["1997-08-15", "single", "[Master's or professional degree]", "[Outside Canada, with an ECA]", "no",
             "[3 years or more]", "no", "no", "no"]


async def test_rahul_with_foreign_and_canadian_work_scores_521_right_at_the_recent_cut_offs(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Rahul")
        await answer_all(chat, *RAHUL)
        verdict = verdict_of(chat)
        assert "1,937 qualifying hours; 1,560 needed" in verdict and "CLB 10/10/10/10" in verdict
        await answer_all(chat, CRS, *RAHUL_CRS)
        score = score_of(chat)
        assert "CRS estimate: 521 points" in score
        assert "Core 421 · spouse 0 · skill transferability 100 · additional 0" in score
        for line in ("• Education and language: 50", "• Education and Canadian work: 25",
                     "• Foreign work and language: 50", "• Foreign and Canadian work: 25"):
            assert line in score, line
        assert "Lines above are before the caps" in score
        assert ("Your estimated CRS of 521 is 3 points above the lowest score invited in the latest Canadian "
                "Experience Class round (518, September 29, 2026).") in score
        assert "ranged from 516 to 523; your estimate reached the cut-off in 5 of them." in score
    bot.errors.check()


# -- 5. Grace ---------------------------------------------------------------------------------------------------
# Licensed practical nurse (32101, TEER 3) since 2024-10-07 at 36 h: 781 days x 30/7 = 3,347 h, 2 years. CELPIP 6
# in all four (CLB 5 needed). 35, married; her husband stays abroad: "without spouse" (RULES.md 3). A bachelor's
# with no ECA: 0. 2 years of work abroad. 77 + 0 + 36 + 53 = 166; foreign work x language needs CLB 7: 0; foreign
# (1-2 years) x Canadian work (2 years) 25; a provincial nomination 600: 791, inside the 2026 PNP range (697 to
# 805).
GRACE = ["/start", "no", "yes", "licensed practical nurse", "[32101]", "october 7 2024", "yes", "36", *EMPLOYEE,
         "no", "[CELPIP-General]", "2026-01-15", "6 6 6 6", "no"]
GRACE_CRS = ["1991-03-01", "married", "no", "no", "[Bachelor's or 3+ year program]",
             "[Outside Canada, no ECA (yet)]", "no", "[2 years]", "no", "yes", "no"]


async def test_grace_nominated_by_a_province_whose_husband_stays_abroad_scores_791(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Grace")
        await answer_all(chat, *GRACE)
        verdict = verdict_of(chat)
        assert "3,347 qualifying hours; 1,560 needed" in verdict and "CLB 6/6/6/6" in verdict
        await answer_all(chat, CRS, *GRACE_CRS)
        score = score_of(chat)
        assert "CRS estimate: 791 points" in score
        assert "Core 166 · spouse 0 · skill transferability 25 · additional 600" in score
        assert "• Foreign and Canadian work: 25" in score and "• Provincial nomination: 600" in score
        assert "Provincial Nominee Program rounds: in 2026 their lowest invited scores ranged from 697 to 805" \
            in score
        assert "On March 1, 2027 you turn 36: 5 fewer CRS points for age from that day." in score
        assert "so it scored 0" in score  # the bachelor's without an ECA
    bot.errors.check()


# -- 6. Chloe ---------------------------------------------------------------------------------------------------
# Database analyst (21223, TEER 1) since 2026-04-06 at 40 h: 235 days x 30/7 = 1,007 h; one year on April 5, 2027.
# IELTS GT of 2024-12-15, 7/7/6.5/6.5 = CLB 7/9/8/8: it expires on December 15, 2026, before that day (RULES.md 1).
# 27, single, bachelor's (ECA), 2 years abroad: 110 + 120 + (17+31+23+23 = 94) + 0 = 324; education x language 13,
# foreign work x language 13: 350.
CHLOE = ["/start", "no", "yes", "database analyst", "[21223]", "april 6 2026", "yes", "40", *EMPLOYEE, "no",
         "[IELTS General Training]", "2024-12-15", "7 7 6.5 6.5", "no"]
CHLOE_CRS = ["1999-02-10", "single", "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]", "no",
             "[2 years]", "no", "no", "no"]


async def test_chloe_whose_test_lapses_before_she_qualifies_is_told_on_the_first_screen(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Chloe")
        await answer_all(chat, *CHLOE)
        verdict = verdict_of(chat)
        assert "Not yet eligible: you should qualify on April 5, 2027, with a new language test by then" in verdict
        assert "1,007 qualifying hours; 1,560 needed" in verdict
        assert ("Your language test expires on December 15, 2026, before you reach one year of work on April 5, "
                "2027: plan a new test.") in language_line(verdict)
        await answer_all(chat, CRS, *CHLOE_CRS)
        score = score_of(chat)
        assert "CRS estimate: 350 points" in score
        assert "Core 324 · spouse 0 · skill transferability 26 · additional 0" in score
    bot.errors.check()


# -- 7. Sam -----------------------------------------------------------------------------------------------------
# Graphic designer (52120, TEER 2) since 2024-11-04 at 30 h: 753 days = 3,227 h, 2 years. PTE Core 70/72/80/77 =
# CLB 7/8/8/8. 30, married; his wife comes: a bachelor's, no test, no Canadian work. A one-year Canadian
# certificate. With spouse: 95 + 84 + (16+22+22+22 = 82) + 46 = 307; spouse 8; education x language 13 + x
# Canadian work 25 = 38; Canadian credential 15 and his brother, a citizen, 15: 383. He turns 31 on January 20,
# 2027 (95 -> 90).
SAM = ["/start", "no", "yes", "graphic designer", "[52120]", "november 4 2024", "yes", "30", *EMPLOYEE, "no",
       "[PTE Core]", "2026-05-20", "70 72 80 77", "no"]
SAM_CRS = ["1996-01-20", "married", "no", "yes", "[Bachelor's or 3+ year program]", "[No test]", "none",
           "[One-year post-secondary program]", "[In Canada]", "none", "no", "no", "yes"]


async def test_sam_30_whose_wife_comes_and_whose_brother_is_canadian_scores_383(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sam")
        await answer_all(chat, *SAM)
        verdict = verdict_of(chat)
        assert "3,227 qualifying hours; 1,560 needed" in verdict and "CLB 7/8/8/8" in verdict
        await answer_all(chat, CRS, *SAM_CRS)
        assert "Do you or your spouse have a brother or sister in Canada" in "\n".join(chat.texts[-3:])
        score = score_of(chat)
        assert "CRS estimate: 383 points" in score
        assert "Core 307 · spouse 8 · skill transferability 38 · additional 30" in score
        assert "• Age: 95" in score and "• Canadian education: 15" in score and "• Sibling in Canada: 15" in score
        assert "On January 20, 2027 you turn 31: 5 fewer CRS points for age from that day." in score
    bot.errors.check()


# -- 8. Marco ---------------------------------------------------------------------------------------------------
# Automotive service technician (72410, TEER 2) since 2025-11-10 at 45 h: 382 days x 30/7 = 1,637 h, 1 year.
# IELTS GT of 2025-01-15, 6/5/5.5/6 = CLB 7/6/6/7: eligible today, but the result expires on January 15, 2027, 7
# weeks away (valid while in the pool and on the day he applies, RULES.md 2). 30 today (a birthday counts from
# the day itself): 105 + 90 (one-year Canadian program) + (17+9+9+17 = 52) + 40 = 287; education x language needs
# CLB 7 in all four: 0; education x Canadian work 13; trade certificate x language 25 (CLB 5+, one under 7);
# Canadian credential 15: 340.
MARCO = ["/start", "no", "yes", "automotive mechanic", "[72410]", "november 10 2025", "yes", "45", *EMPLOYEE, "no",
         "[IELTS General Training]", "2025-01-15", "6 5 5.5 6", "no"]
MARCO_CRS = ["1996-11-27", "single", "[One-year post-secondary program]", "[In Canada]", "none", "yes", "no", "no"]


async def test_marco_eligible_today_learns_on_the_first_screen_that_his_test_lapses_in_seven_weeks(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marco")
        await answer_all(chat, *MARCO)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "1,637 qualifying hours; 1,560 needed" in verdict and "CLB 7/6/6/7" in verdict
        # Fixed in this round: said only under Details, while the first screen said "it stays in the pool for 12
        # months"
        assert "Your language test expires on January 15, 2027: it must stay valid while your profile is in " \
               "the pool and on the day you apply" in language_line(verdict)
        await answer_all(chat, CRS, *MARCO_CRS)
        score = score_of(chat)
        assert "CRS estimate: 340 points" in score
        assert "Core 287 · spouse 0 · skill transferability 38 · additional 15" in score
        assert "• Age: 105" in score and "• Trade certificate and language: 25" in score
        assert "• Education and language" not in score
    bot.errors.check()


# -- 9. Inès ----------------------------------------------------------------------------------------------------
# Diplômée d'une maîtrise canadienne. Analyste de données (21223, FEER 1) depuis le 2024-01-08, 30 h, pendant sa
# maîtrise à temps plein terminée le 2024-08-31 : 237 jours x 30/7 = 1 016 h ne comptent pas ; du 2024-09-01 au
# 2026-11-26, 817 jours = 3 501 h, 2 ans. TEF Canada 520/510/520/520 = NCLC 9 partout ; IELTS GT 6/5,5/6/6 = CLB
# 7/6/7/7. Français en première langue (124 + anglais 3+1+3+3 = 10 = 134) plutôt qu'anglais (60 + 24). 28 ans,
# célibataire : 110 + 135 + 134 + 53 = 432 ; études x langue 50 + x travail au Canada 50, plafond 50 ; maîtrise
# canadienne 30 et français NCLC 7+ avec anglais CLB 5+ 50 : 562, au-dessus des 6 dernières rondes (516 à 523).
INES = ["/start", "non", "oui", "analyste de données", "[21223]", "8 janvier 2024", "oui", "30", "oui", "oui",
        "[Jusqu'à la fin de mes études]", "31 août 2024", "oui", "non", "[TEF Canada]", "15 avril 2026",
        "520 510 520 520", "oui", "[IELTS General Training]", "10 mai 2026", "6 5.5 6 6", "non"]
INES_CRS = ["30/09/1998", "célibataire", "maîtrise", "[Au Canada]", "aucune", "non", "non", "non"]


async def test_ines_diplomee_d_une_maitrise_canadienne_avec_deux_tests_a_562_points(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Inès", language_code="fr")
        await answer_all(chat, *INES)
        verdict = verdict_of(chat)
        assert "✅ Vous semblez admissible" in verdict and "3 501 heures admissibles ; il en faut 1 560" in verdict
        assert "NCLC 9/9/9/9" in verdict
        details = said(await chat.click("📄 Détails"))
        assert "Ne comptent pas : 1 016 h travaillées pendant des études à temps plein." in details
        assert "3 501 h comptées, à partir du lendemain de la fin de vos études à temps plein" in details
        await chat.click("⬅️ Retour à mon résultat")
        await answer_all(chat, CRS_FR, *INES_CRS)
        crs = score_of(chat)
        assert "📊 Score SCG estimé : 562 points" in crs
        assert "Facteurs de base 432 · époux ou conjoint de fait 0 · transférabilité des compétences 50 · " \
               "points supplémentaires 80" in crs
        for line in ("• Première langue officielle : 124", "• Deuxième langue officielle : 10",
                     "• Études au Canada : 30", "• Compétences en français : 50"):
            assert line in crs, line
        assert "dans chacune d'elles" in crs and "de 382 à 420" in crs
        # Corrigé dans cette ronde : la langue retenue comme première n'était pas dite (RULES.md 3)
        assert "Première langue officielle retenue : le français, qui rapporte au moins autant de points que " \
               "l'autre ; c'est vous qui la désignez dans votre profil Entrée express." in crs
    bot.errors.check()


# -- 10. Nadia --------------------------------------------------------------------------------------------------
# Technologue de laboratoire médical (32120, FEER 2) depuis le 2025-03-03, 37,5 h : 634 jours x 30/7 = 2 717 h, 1
# an. TEF Canada 470/480/450/500 = NCLC 8/8/7/8. 32 ans, célibataire, licence avec EDE et une AEC d'un an au
# Canada : « deux diplômes ou plus, dont un de 3 ans ou plus » 128 ; 3 ans et plus à l'étranger. 94 + 128 +
# (23+23+17+23 = 86) + 40 = 348 ; études x langue 25 + x travail au Canada 25, plafond 50 ; travail à l'étranger
# x langue 25 + x travail au Canada 25 = 50 : 100. Désignation provinciale 600, diplôme canadien 15, français
# sans anglais 25, sœur 15 : 655, mais les points supplémentaires sont plafonnés à 600 (RULES.md 3) : 1 048.
NADIA = ["/start", "non", "oui", "technologue de laboratoire médical", "[32120]", "3 mars 2025", "oui", "37.5",
         *SALARIE, "non", "[TEF Canada]", "20 juin 2026", "470 480 450 500", "non"]
NADIA_CRS = ["1994-07-01", "célibataire", "licence", "[Hors du Canada, avec une EDE]", "oui",
             "[Oui, un diplôme d'un ou deux ans]", "3 ans", "non", "oui", "oui"]


async def test_nadia_designee_par_une_province_a_1048_points_les_points_supplementaires_plafonnes_a_600(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nadia", language_code="fr")
        await answer_all(chat, *NADIA)
        verdict = verdict_of(chat)
        assert "2 717 heures admissibles ; il en faut 1 560" in verdict and "NCLC 8/8/7/8" in verdict
        await answer_all(chat, CRS_FR, *NADIA_CRS[:5])
        # Corrigé dans cette ronde : un « oui » seul était refusé ; les deux « Oui » sont proposés
        assert "Je peux lire « oui » de plus d'une façon" in chat.last_text
        await answer_all(chat, *NADIA_CRS[5:])
        crs = score_of(chat)
        assert "📊 Score SCG estimé : 1 048 points" in crs
        assert "Facteurs de base 348 · époux ou conjoint de fait 0 · transférabilité des compétences 100 · " \
               "points supplémentaires 600" in crs
        for line in ("• Études : 128", "• Désignation provinciale : 600", "• Études au Canada : 15",
                     "• Compétences en français : 25",
                     "• Frère ou sœur au Canada : 15"):
            assert line in crs, line
        assert "de 697 à 805" in crs
    bot.errors.check()


# -- 11. Julien -------------------------------------------------------------------------------------------------
# Ingénieur civil (21300, FEER 1) depuis le 2026-02-16, 40 h : 284 jours x 30/7 = 1 217 h ; un an le 15 février
# 2027. TCF Canada du 2025-03-01, 520/510/14/12 = NCLC 8/8/9/8, valide jusqu'au 1er mars 2027 : deux semaines
# après ce jour, dans les 4 mois dont RULES.md 1 demande d'avertir. 33 ans, célibataire, maîtrise (EDE), 3 ans et
# plus à l'étranger : 88 + 135 + (23+23+31+23 = 100) + 0 = 323 ; études x langue 25 ; travail à l'étranger x
# langue 25 ; français sans anglais 25 : 398. Il aura 34 ans le 25 janvier 2027 (88 -> 83).
JULIEN = ["/start", "non", "oui", "ingénieur civil", "[21300]", "16 février 2026", "oui", "40", *SALARIE, "non",
          "[TCF Canada]", "1 mars 2025", "520 510 14 12", "non"]
JULIEN_CRS = ["1993-01-25", "célibataire", "maîtrise", "[Hors du Canada, avec une EDE]", "non", "3 ans", "non",
              "non", "non"]


async def test_julien_pas_encore_admissible_dont_le_tcf_expire_deux_semaines_apres_a_398_points(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Julien", language_code="fr")
        await answer_all(chat, *JULIEN)
        verdict = verdict_of(chat)
        assert "⏳ Pas encore admissible : vous devriez l'être le 15 février 2027" in verdict
        assert "1 217 heures admissibles ; il en faut 1 560" in verdict and "NCLC 8/8/9/8" in verdict
        assert "Votre résultat de test de langue expire le 1er mars 2027 :" in language_line(verdict)
        await answer_all(chat, CRS_FR, *JULIEN_CRS)
        crs = score_of(chat)
        assert "📊 Score SCG estimé : 398 points" in crs
        assert "Facteurs de base 323 · époux ou conjoint de fait 0 · transférabilité des compétences 50 · " \
               "points supplémentaires 25" in crs
        assert "Le 25 janvier 2027, vous aurez 34 ans : 5 points SCG de moins pour l'âge dès ce jour." in crs
    bot.errors.check()


# -- 12. Zoé ----------------------------------------------------------------------------------------------------
# 20 ans. Stage coopératif en comptabilité (13100, FEER 3) du 2024-01-08 au 2024-04-26, 40 h, pendant une AEC
# d'un an à temps plein : 110 jours x 40/7 = 629 h qui ne comptent pas. Adjointe administrative (13110, FEER 3)
# depuis le 2024-09-03, 35 h : 815 jours x 30/7 = 3 493 h, 2 ans. TEF Canada 400/410/390/430 = NCLC 6 partout
# (NCLC 5 exigé). 110 + 90 + 36 + 53 = 289 ; études x langue exige le NCLC 7 : 0 ; études x travail au Canada 25
# ; diplôme canadien 15 (pas de points pour le français sous NCLC 7) : 329.
ZOE = ["/start", "non", "oui", "stagiaire en comptabilité", "13100", "8 janvier 2024", "non", "26 avril 2024",
       "40", *ETUDIANTE, "oui", "adjointe administrative", "[13110]", "3 septembre 2024", "oui", "35", *SALARIE,
       "non", "[TEF Canada]", "5 février 2026", "400 410 390 430", "non"]
ZOE_CRS = ["14/02/2006", "célibataire", "[Programme postsecondaire d'un an]", "[Au Canada]", "aucune", "non",
           "non", "non"]


async def test_zoe_20_ans_dont_le_stage_pendant_ses_etudes_ne_compte_pas_a_329_points(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Zoé", language_code="fr")
        await answer_all(chat, *ZOE)
        verdict = verdict_of(chat)
        assert "✅ Vous semblez admissible" in verdict and "3 493 heures admissibles ; il en faut 1 560" in verdict
        assert "NCLC 6/6/6/6" in verdict
        details = said(await chat.click("📄 Détails"))
        assert ("Ne comptent pas : 629 h travaillées pendant des études à temps plein et 582 h au-delà de 30 "
                "heures") in details
        await chat.click("⬅️ Retour à mon résultat")
        await answer_all(chat, CRS_FR, *ZOE_CRS)
        crs = score_of(chat)
        assert "📊 Score SCG estimé : 329 points" in crs
        assert "Facteurs de base 289 · époux ou conjoint de fait 0 · transférabilité des compétences 25 · " \
               "points supplémentaires 15" in crs
        assert "• Âge : 110" in crs and "Compétences en français" not in crs
    bot.errors.check()


# -- The command line agrees ------------------------------------------------------------------------------------


def _spouse(education: str, test: dict[str, Any] | None, years: int) -> dict[str, Any]:
    return {"canadian_citizen_or_pr": False, "accompanying": True, "education": education, "language_test": test,
            "canadian_work_years": years}


# name: (profile, verdict, hours, required CLB, eligible_on, CRS total, core, spouse, transferability, additional)
PROFILES: dict[str, tuple[dict[str, Any], tuple[Any, ...]]] = {
    "aisha": ({"as_of": DAY, "birth_date": "1995-04-12",
               "jobs": [_job("41201", "2022-09-06", 20, "2024-04-30", full_time_student=True),
                        _job("21234", "2024-06-03", 37.5)],
               "language_tests": [_test("ielts_general", "2026-03-10", 7.5, 7, 6.5, 7)],
               "education": _education("two_or_more", "eca", "one_or_two_year")},
              ("eligible", 3887, 7, None, 453, 388, 0, 50, 15)),
    "ben": ({"as_of": DAY, "birth_date": "1992-05-05",
             "jobs": [_job("22310", "2020-09-08", 40, "2023-08-31"), _job("22310", "2026-02-02", 40)],
             "language_tests": [_test("celpip_general", "2026-04-01", 9, 9, 9, 9),
                                _test("tef_canada", "2026-05-01", 450, 450, 450, 460)],
             "education": _education("two_year", "canada", "one_or_two_year")},
            ("not_yet_eligible", 1277, 5, "2027-02-01", 496, 381, 0, 50, 65)),
    "kai": ({"as_of": DAY, "birth_date": "2007-06-20", "sibling_in_canada": True,
             "jobs": [_job("63200", "2025-06-02", 35)],
             "language_tests": [_test("celpip_general", "2026-08-20", 7, 8, 7, 7)],
             "education": _education("secondary", "canada")},
            ("eligible", 2327, 5, None, 264, 249, 0, 0, 15)),
    "rahul": ({"as_of": DAY, "birth_date": "1997-08-15", "foreign_work_years": 3,
               "jobs": [_job("21232", "2025-09-01", 40)],
               "language_tests": [_test("ielts_general", "2026-02-14", 8.5, 8, 7.5, 7.5)],
               "education": _education("master", "eca")},
              ("eligible", 1937, 7, None, 521, 421, 0, 100, 0)),
    "grace": ({"as_of": DAY, "birth_date": "1991-03-01", "marital_status": "married",
               "spouse": {**_spouse("bachelor", None, 0), "accompanying": False}, "foreign_work_years": 2,
               "provincial_nomination": True, "jobs": [_job("32101", "2024-10-07", 36)],
               "language_tests": [_test("celpip_general", "2026-01-15", 6, 6, 6, 6)],
               "education": _education("bachelor", "abroad")},
              ("eligible", 3347, 5, None, 791, 166, 0, 25, 600)),
    "chloe": ({"as_of": DAY, "birth_date": "1999-02-10", "foreign_work_years": 2,
               "jobs": [_job("21223", "2026-04-06", 40)],
               "language_tests": [_test("ielts_general", "2024-12-15", 7, 7, 6.5, 6.5)],
               "education": _education("bachelor", "eca")},
              ("not_yet_eligible", 1007, 7, "2027-04-05", 350, 324, 0, 26, 0)),
    "sam": ({"as_of": DAY, "birth_date": "1996-01-20", "marital_status": "married",
             "spouse": _spouse("bachelor", None, 0), "sibling_in_canada": True,
             "jobs": [_job("52120", "2024-11-04", 30)],
             "language_tests": [_test("pte_core", "2026-05-20", 70, 72, 80, 77)],
             "education": _education("one_year", "canada", "one_or_two_year")},
            ("eligible", 3227, 5, None, 383, 307, 8, 38, 30)),
    "marco": ({"as_of": DAY, "birth_date": "1996-11-27", "certificate_of_qualification": True,
               "jobs": [_job("72410", "2025-11-10", 45)],
               "language_tests": [_test("ielts_general", "2025-01-15", 6, 5, 5.5, 6)],
               "education": _education("one_year", "canada", "one_or_two_year")},
              ("eligible", 1637, 5, None, 340, 287, 0, 38, 15)),
    "ines": ({"as_of": DAY, "birth_date": "1998-09-30",
              "jobs": [_job("21223", "2024-01-08", 30, full_time_student_until="2024-08-31")],
              "language_tests": [_test("tef_canada", "2026-04-15", 520, 510, 520, 520),
                                 _test("ielts_general", "2026-05-10", 6, 5.5, 6, 6)],
              "education": _education("master", "canada", "three_year_plus")},
             ("eligible", 3501, 7, None, 562, 432, 0, 50, 80)),
    "nadia": ({"as_of": DAY, "birth_date": "1994-07-01", "foreign_work_years": 3, "provincial_nomination": True,
               "sibling_in_canada": True, "jobs": [_job("32120", "2025-03-03", 37.5)],
               "language_tests": [_test("tef_canada", "2026-06-20", 470, 480, 450, 500)],
               "education": _education("bachelor", "eca", "one_or_two_year")},
              ("eligible", 2717, 5, None, 1048, 348, 0, 100, 600)),
    "julien": ({"as_of": DAY, "birth_date": "1993-01-25", "foreign_work_years": 3,
                "jobs": [_job("21300", "2026-02-16", 40)],
                "language_tests": [_test("tcf_canada", "2025-03-01", 520, 510, 14, 12)],
                "education": _education("master", "eca")},
               ("not_yet_eligible", 1217, 7, "2027-02-15", 398, 323, 0, 50, 25)),
    "zoe": ({"as_of": DAY, "birth_date": "2006-02-14",
             "jobs": [_job("13100", "2024-01-08", 40, "2024-04-26", full_time_student=True),
                      _job("13110", "2024-09-03", 35)],
             "language_tests": [_test("tef_canada", "2026-02-05", 400, 410, 390, 430)],
             "education": _education("one_year", "canada", "one_or_two_year")},
            ("eligible", 3493, 5, None, 329, 289, 0, 25, 15)),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_the_command_line_gives_the_same_figures(name: str, tmp_path: pathlib.Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    profile, expected = PROFILES[name]
    assert figures(assessed(profile, tmp_path, capsys)) == expected


def test_the_command_line_says_bens_old_job_still_counts_for_the_crs(tmp_path: pathlib.Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    result = assessed(PROFILES["ben"][0], tmp_path, capsys)
    assert result["hours_ledger"]["crs_years"] == 3  # 5,940 h over the CRS's 10 years
    old_job = result["hours_ledger"]["jobs"][0]
    assert old_job["counted"] == 0 and "it still counts as Canadian work experience in the CRS score" \
        in old_job["explanation"]
    assert main(["assess", "--lang", "fr", str(tmp_path / "profile.json")]) == 0  # the file assessed() wrote
    explanation = json.loads(capsys.readouterr().out)["hours_ledger"]["jobs"][0]["explanation"]
    assert "il compte toutefois comme expérience de travail au Canada dans le score SCG" in explanation


def test_a_job_that_ended_more_than_10_years_ago_counts_nowhere(tmp_path: pathlib.Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    profile = {**PROFILES["ben"][0], "jobs": [_job("22310", "2012-01-09", 40, "2016-11-25"),
                                              _job("22310", "2026-02-02", 40)]}
    result = assessed(profile, tmp_path, capsys)
    assert result["hours_ledger"]["crs_years"] == 0  # only the new job's 1,277 h
    assert result["hours_ledger"]["jobs"][0]["explanation"] == \
        "Job 1, NOC 22310 (TEER 2): all of it before the 3-year window, so none counts."
