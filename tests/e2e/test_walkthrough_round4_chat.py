"""A fourth walkthrough round: twelve new people (four in French) in what rounds 2 and 3 tried least: a partner who
comes along (the spouse's education, language and Canadian work), people who work in Quebec and will live
elsewhere, overlapping and part-time jobs (30 h a week at most over all jobs), work while a full-time student,
self-employment, a TEER 5 job beside a TEER 2 one, a test taken long ago, people aged 44 and 45. On the fixed day
2026-11-27 with the shipped rounds. Every figure below was worked out by hand from RULES.md before the chat was
played: hours (the 3-year window 2023-11-27 .. 2026-11-26, hours/7 a day, 30/7 at most over all jobs; 1,560 h),
CLB levels from the tables of RULES.md 2, the verdict and the "not yet" day (RULES.md 1), the CRS in its four parts
(RULES.md 3). The same profiles through `cec-screener assess` must agree (last tests).

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
from .screenings import EMPLOYEE, SALARIE, assessed, figures, score_of, verdict_of
from .screenings import cli_education as _education
from .screenings import cli_job as _job
from .screenings import cli_test as _test

CRS = "[Estimate my CRS]"
CRS_FR = "[Estimer mon score]"
DETAILS = "[📄 Details]"
DETAILS_FR = "[📄 Détails]"






# -- 1. Priya ---------------------------------------------------------------------------------------------------
# Software developer (21232, TEER 1) in Vancouver since 2024-02-05 at 40 h: 1,026 days x 30/7 = 4,397 h, 2 Canadian
# years. IELTS GT 8/7/7/7 = CLB 9/9/9/9. 31, married; her husband (not a citizen or PR) comes: a master's, CELPIP 8
# in all four (CLB 8), 1 year of Canadian work. "With spouse" (RULES.md 3): 90 + 112 (bachelor's, ECA) + 29 x 4 +
# 46 = 364; spouse 10 + 3 x 4 + 5 = 27; education x language 25 (CLB 9+) + x Canadian work 25 (2 years) = 50: 441.
# On March 15, 2027 she turns 32 (90 -> 85), within the 4 months RULES.md 1 warns about.
PRIYA = ["/start", "no, Vancouver", "yes", "software developer", "[21232]", "february 5 2024", "yes", "40",
         *EMPLOYEE, "no", "[IELTS General Training]", "2026-01-20", "8 7 7 7", "no"]
PRIYA_CRS = ["1995-03-15", "married", "no", "yes", "[Master's or professional degree]", "[CELPIP-General]",
             "2026-03-01", "8 8 8 8", "1 year", "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]",
             "no", "none", "no", "no", "no"]


async def test_priya_whose_husband_comes_with_a_masters_clb_8_and_a_canadian_year_scores_441(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Priya")
        await answer_all(chat, *PRIYA)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "4,397 qualifying hours; 1,560 needed" in verdict and "CLB 9/9/9/9" in verdict
        await answer_all(chat, CRS, *PRIYA_CRS[:7])
        # Fixed in this round: the hint said "your test report" of the husband's result
        assert "Your spouse's or partner's CELPIP-General result in listening?" in chat.texts[-1]
        assert "Type the score from your spouse's or partner's test report" in chat.texts[-1]
        assert "from your test report" not in chat.texts[-1]
        await answer_all(chat, *PRIYA_CRS[7:])
        score = score_of(chat)
        assert "CRS estimate: 441 points" in score
        assert "Core 364 · spouse 27 · skill transferability 50 · additional 0" in score
        for line in ("• Age: 90", "• Education: 112", "• First official language: 116",
                     "• Canadian work experience: 46", "• Spouse or partner factors: 27",
                     "• Education and language: 25", "• Education and Canadian work: 25"):
            assert line in score, line
        assert "On March 15, 2027 you turn 32: 5 fewer CRS points for age from that day." in score
    bot.errors.check()


# -- 2. Tomás ---------------------------------------------------------------------------------------------------
# Cook (63200, TEER 3) in Winnipeg since 2025-01-06 at 25 h, and food service supervisor (62020, TEER 2) besides
# since 2025-07-07 at 15 h: 182 days x 25/7 = 650 h, then 40 h a week capped at 30: 508 days x 30/7 = 2,177 h;
# 2,827 h (726 h above 30 a week set aside). Both TEER 2/3: CLB 5. CELPIP 5/5/6/5 = CLB 5/5/6/5: eligible. His
# common-law partner is a Canadian citizen: "without spouse" (RULES.md 3), nothing more asked about her. 27, a
# two-year diploma from a Canadian college: 110 + 98 + (6+6+9+6 = 27) + 1 year 40 = 275; no CLB 7+, so no language
# pairing; education x Canadian work 13; Canadian credential of one or two years 15: 303.
TOMAS = ["/start", "no, Winnipeg", "yes", "cook", "[63200]", "january 6 2025", "yes", "25", *EMPLOYEE, "yes",
         "food service supervisor", "[62020]", "july 7 2025", "yes", "15", *EMPLOYEE, "no", "[CELPIP-General]",
         "2026-02-10", "5 5 6 5", "no"]
TOMAS_CRS = ["1999-05-20", "common-law", "yes", "[Two-year post-secondary program]", "[In Canada]", "none", "no",
             "no", "no"]


async def test_tomas_with_two_overlapping_jobs_capped_at_30_hours_and_a_citizen_partner_scores_303(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "2,827 qualifying hours; 1,560 needed" in verdict and "CLB 5/5/6/5" in verdict
        details = said(await chat.click("Details"))
        assert "Not counted: 726 h above 30 hours a week" in details
        assert "CLB 5 applies because the occupation in which you have the most qualifying hours is TEER 2 or 3" \
            in details
        await chat.click("Back to my result")
        await answer_all(chat, CRS, *TOMAS_CRS)
        score = score_of(chat)
        assert "CRS estimate: 303 points" in score
        assert "Core 275 · spouse 0 · skill transferability 13 · additional 15" in score
        assert "• Education and Canadian work: 13" in score and "• Canadian education: 15" in score
        assert "Spouse or partner factors" not in score
        assert "Will your spouse or partner come with you to Canada?" not in "\n".join(chat.texts)
    bot.errors.check()


# -- 3. Liam ----------------------------------------------------------------------------------------------------
# Accountant (11100, TEER 1) in Montreal since 2024-09-03 at 40 h, moving to Ottawa: work in Quebec counts when the
# person will live elsewhere (RULES.md 1 and 8). 815 days x 30/7 = 3,493 h, 2 years. He first names his TCF Québec
# (refused, RULES.md 2), then an IELTS GT 7/6.5/6.5/6.5 = CLB 7/8/8/8. 44, single, a master's with an ECA, 3 years
# abroad: 6 + 135 + (17+23+23+23 = 86) + 53 = 280; education x language 25 + x Canadian work 50, capped 50; foreign
# work x language 25 + x Canadian work 50, capped 50: 100; 380. He turns 45 on June 10, 2027 (6 points), further
# off than the 4 months the bot warns of.
LIAM = ["/start", "no, I'm moving to Ottawa", "yes", "accountant", "[11100]", "september 3 2024", "yes", "40",
        *EMPLOYEE, "no", "TCF Québec", "[IELTS General Training]", "2026-05-05", "7 6.5 6.5 6.5", "no"]
LIAM_CRS = ["1982-06-10", "single", "[Master's or professional degree]", "[Outside Canada, with an ECA]", "no",
            "[3 years or more]", "no", "no", "no"]


async def test_liam_working_in_montreal_and_moving_to_ottawa_counts_his_hours_and_scores_380_at_44(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Liam")
        await answer_all(chat, *LIAM[:14])
        assert "TCF Québec is not accepted for Express Entry" in chat.texts[-1]
        await answer_all(chat, *LIAM[14:])
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "3,493 qualifying hours; 1,560 needed" in verdict and "CLB 7/8/8/8" in verdict
        assert "You plan to live outside Quebec." in verdict
        await answer_all(chat, CRS, *LIAM_CRS)
        score = score_of(chat)
        assert "CRS estimate: 380 points" in score
        assert "Core 280 · spouse 0 · skill transferability 100 · additional 0" in score
        assert "• Age: 6" in score and "• First official language: 86" in score
        assert "Lines above are before the caps" in score  # 25 + 50 and 25 + 50 listed, 100 counted
    bot.errors.check()


# -- 4. Sofia ---------------------------------------------------------------------------------------------------
# Two part-time jobs since early 2024: retail supervisor (62010, TEER 2) 20 h since 2024-01-08 and administrative
# assistant (13110, TEER 3) 10 h since 2024-03-04: 56 days x 20/7 = 160 h, then 1,009 days x 30/7 = 4,277 h; 4,437
# h. Her CELPIP 9 in all four of 2024-05-20 expired on 2026-05-20 (RULES.md 2: 2 years): not eligible. 45 today
# (born 1981-11-27: "a birthday counts from the day itself"): age 0. Bachelor's with an ECA 120, no language
# points, 2 years 53: 173; education x Canadian work 25: 198. With a new test at CLB 7: 173 + 68 + 13 + 25 = 279;
# at CLB 9: 173 + 124 + 25 + 25 = 347; with a French test at NCLC 7, 279 + French 25 = 304.
SOFIA = ["/start", "no", "yes", "retail supervisor", "[62010]", "january 8 2024", "yes", "20", *EMPLOYEE, "yes",
         "administrative assistant", "[13110]", "march 4 2024", "yes", "10", *EMPLOYEE, "no", "[CELPIP-General]",
         "2024-05-20", "9 9 9 9", "no"]
SOFIA_CRS = ["1981-11-27", "single", "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]", "no",
             "none", "no", "no", "no"]


async def test_sofia_45_today_with_an_expired_test_is_not_eligible_and_told_what_a_new_test_brings(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sofia")
        await answer_all(chat, *SOFIA)
        verdict = verdict_of(chat)
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "4,437 qualifying hours; 1,560 needed" in verdict
        assert "Your CELPIP-General of May 20, 2024 expired on May 20, 2026." in verdict
        assert "A result of at least CLB 5 in each ability from an approved test taken less than 2 years ago." \
            in verdict
        await answer_all(chat, CRS, *SOFIA_CRS)
        score = score_of(chat)
        assert "CRS estimate: 198 points" in score
        assert "Core 173 · spouse 0 · skill transferability 25 · additional 0" in score
        assert "• Age: 0" in score
        assert "Your CELPIP-General expired on May 20, 2026, so no language points. With a new test at CLB 7 in " \
               "all four abilities: 279 points; at CLB 9: 347 points." in score
    bot.errors.check()


# -- 5. Ahmed ---------------------------------------------------------------------------------------------------
# Food server (65200, TEER 5) full time since 2024, and electrician (72200, TEER 2) 20 h since 2025-03-03. The TEER
# 5 job counts nowhere and takes none of the cap: 634 days x 20/7 = 1,811 h. CELPIP 7/7/6/7 = CLB 7/7/6/7 (CLB 5
# needed). 36, single, high school in Canada, a certificate of qualification: 72 + 30 + (17+17+9+17 = 60) + 40 =
# 202; no transferability from secondary school (RULES.md 3); certificate x language 25 (CLB 5+ in all, one under
# 7): 227.
AHMED = ["/start", "no, Edmonton", "yes", "food server", "[65200]", "yes", "electrician", "[72200]",
         "march 3 2025", "yes", "20", *EMPLOYEE, "no", "[CELPIP-General]", "2026-04-01", "7 7 6 7", "no"]
AHMED_CRS = ["1990-04-04", "single", "[Secondary school (high school)]", "[In Canada]", "none", "yes", "no", "no"]


async def test_ahmed_electrician_beside_a_teer_5_job_counts_1_811_hours_and_his_trade_certificate(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ahmed")
        await answer_all(chat, *AHMED)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "1,811 qualifying hours; 1,560 needed" in verdict and "CLB 7/7/6/7" in verdict
        assert "Job 1 (TEER 5) counts for neither the CEC nor the CRS" in "\n".join(chat.texts[-2:])
        await answer_all(chat, CRS, *AHMED_CRS)
        score = score_of(chat)
        assert "CRS estimate: 227 points" in score
        assert "Core 202 · spouse 0 · skill transferability 25 · additional 0" in score
        assert "• Trade certificate and language: 25" in score and "Education and" not in score
    bot.errors.check()


# -- 6. Mariam --------------------------------------------------------------------------------------------------
# A co-op term as a software tester (21222) 2024-05-06 .. 2024-08-30 while a full-time student: not counted
# (RULES.md 1), neither for the CEC nor the CRS. Then software developer (21232) since 2025-06-02 at 40 h: 543 days
# x 30/7 = 2,327 h. IELTS GT 7.5/7/6.5/7 = CLB 8/9/8/9. 26, single, a Canadian master's: 110 + 135 + (23+31+23+31 =
# 108) + 40 = 393; education x language 25 + x Canadian work 25 = 50; Canadian master's 30: 473.
MARIAM = ["/start", "no", "yes", "software tester", "[21222]", "may 6 2024", "no", "august 30 2024", "40", "yes",
          "yes", "yes", "yes", "software developer", "[21232]", "june 2 2025", "yes", "40", *EMPLOYEE, "no",
          "[IELTS General Training]", "2026-06-06", "7.5 7 6.5 7", "no"]
MARIAM_CRS = ["2000-02-14", "single", "[Master's or professional degree]", "[In Canada]", "none", "no", "no", "no"]


async def test_mariam_whose_co_op_term_does_not_count_is_eligible_on_her_job_after_studies_and_scores_473(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mariam")
        await answer_all(chat, *MARIAM[:12])
        assert "Work done while a full-time student counts neither for the Canadian Experience Class nor as " \
               "Canadian work in the CRS" in "\n".join(chat.texts[-3:])
        await answer_all(chat, *MARIAM[12:])
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "2,327 qualifying hours; 1,560 needed" in verdict and "CLB 8/9/8/9" in verdict
        await answer_all(chat, CRS, *MARIAM_CRS)
        score = score_of(chat)
        assert "CRS estimate: 473 points" in score
        assert "Core 393 · spouse 0 · skill transferability 50 · additional 30" in score
        assert "• Canadian work experience: 40" in score and "• Canadian education: 30" in score
    bot.errors.check()


# -- 7. Wei -----------------------------------------------------------------------------------------------------
# Self-employed IT consultant (21222) 25 h since 2024-04-01: does not count and takes none of the cap. Graphic
# designer (52120, TEER 2) on a payroll since 2026-03-02 at 37.5 h: 270 days x 30/7 = 1,157 h; 364 days on
# 2027-02-28, so one year for an application made on March 1, 2027. CELPIP 9/9/8/9 (CLB 5 needed). 29, married, his
# wife comes: high school, no test, no Canadian work. With spouse: 100 + 112 + (29+29+22+29 = 109) + 0 = 321;
# spouse 2; education x language 13 (CLB 7+, one under 9) + foreign work (3+ years) x language 25 = 38: 361.
WEI = ["/start", "no", "yes", "IT consultant", "[21222]", "april 1 2024", "yes", "25", "yes", "no", "yes",
       "graphic designer", "[52120]", "march 2 2026", "yes", "37.5", *EMPLOYEE, "no", "[CELPIP-General]",
       "2026-05-15", "9 9 8 9", "no"]
WEI_CRS = ["1997-09-09", "married", "no", "yes", "[Secondary school (high school)]", "[No test]", "none",
           "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]", "no", "[3 years or more]", "no",
           "no", "no"]


async def test_wei_self_employed_beside_a_payroll_job_qualifies_on_march_1_and_scores_361(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Wei")
        await answer_all(chat, *WEI[:10])
        assert "Self-employment counts neither for the Canadian Experience Class nor as Canadian work in the CRS" \
            in "\n".join(chat.texts[-3:])
        await answer_all(chat, *WEI[10:])
        verdict = verdict_of(chat)
        assert "Not yet eligible: you should qualify on March 1, 2027" in verdict
        assert "1,157 qualifying hours; 1,560 needed" in verdict and "CLB 9/9/8/9" in verdict
        assert "About 403 more qualifying hours: at your current hours you reach 1,560 on March 1, 2027." \
            in verdict
        await answer_all(chat, CRS, *WEI_CRS)
        score = score_of(chat)
        assert "CRS estimate: 361 points" in score
        assert "Core 321 · spouse 2 · skill transferability 38 · additional 0" in score
        assert "• Spouse or partner factors: 2" in score and "• Foreign work and language: 25" in score
    bot.errors.check()


# -- 8. Daniela -------------------------------------------------------------------------------------------------
# Three jobs at 30 h, one after the other: network technician (22220, TEER 2) 2024-01-08 .. 06-30, 175 days = 750
# h; electronics technologist (22310, TEER 2) 2024-07-01 .. 11-30, 153 days = 656 h; software developer (21232,
# TEER 1) 2024-12-02 .. 2025-07-31, 242 days = 1,037 h; 2,443 h. The RULES.md 1 case: more hours in TEER 2 (1,406
# h) but in two occupations; the one occupation with the most hours is TEER 1: CLB 7. CELPIP 6 in all four: not
# eligible. Her work stops: enough only for an application made by August 1, 2027. 33, single, Canadian two-year
# diploma: 88 + 98 + 36 + 40 = 262; education x Canadian work 13; Canadian credential 15: 290.
DANIELA = ["/start", "no", "yes", "network technician", "[22220]", "january 8 2024", "no", "june 30 2024", "30",
           *EMPLOYEE, "yes", "electronics technologist", "[22310]", "july 1 2024", "no", "november 30 2024", "30",
           *EMPLOYEE, "yes", "software developer", "[21232]", "december 2 2024", "no", "july 31 2025", "30",
           *EMPLOYEE, "no", "[CELPIP-General]", "2026-02-02", "6 6 6 6", "no"]
DANIELA_CRS = ["1993-07-07", "single", "[Two-year post-secondary program]", "[In Canada]", "none", "no", "no",
               "no"]


async def test_daniela_with_more_teer_2_hours_over_two_occupations_needs_clb_7_for_her_teer_1_one(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Daniela")
        await answer_all(chat, *DANIELA)
        verdict = verdict_of(chat)
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "2,443 qualifying hours; 1,560 needed. Only for an application made by August 1, 2027" in verdict
        assert "CLB 6/6/6/6" in verdict
        details = said(await chat.click("Details"))
        for line in ("Job 1, NOC 22220 (TEER 2): 750 h count.", "Job 2, NOC 22310 (TEER 2): 656 h count.",
                     "Job 3, NOC 21232 (TEER 1): 1,037 h count.",
                     "CLB 7 applies because the occupation in which you have the most qualifying hours is "
                     "TEER 0 or 1"):
            assert line in details, line
        await chat.click("Back to my result")
        await answer_all(chat, CRS, *DANIELA_CRS)
        score = score_of(chat)
        assert "CRS estimate: 290 points" in score
        assert "Core 262 · spouse 0 · skill transferability 13 · additional 15" in score
    bot.errors.check()


# -- 9. Léa -----------------------------------------------------------------------------------------------------
# Infirmière autorisée (31301, FEER 1) au Québec depuis le 2024-06-03, 36 h, qui s'installera à Moncton : le
# travail fait au Québec compte (RULES.md 1 et 8). 907 jours x 30/7 = 3 887 h, 2 ans. TEF Canada 500/480/450/470 =
# NCLC 8/8/7/7. 28 ans, conjointe de fait ; son conjoint l'accompagne : diplôme de deux ans, TEF 440/440/430/460 =
# NCLC 7 partout, 2 ans de travail au Canada. Avec époux : 100 + 112 + (22+22+16+16 = 76) + 46 = 334 ; époux 7 + 3
# x 4 + 7 = 26 ; études x langue 13 + études x travail au Canada 25 = 38 ; français NCLC 7+ sans test d'anglais 25
# : 423.
LEA = ["/start", "non, je déménage à Moncton", "oui", "infirmière autorisée", "[31301]", "3 juin 2024", "oui",
       "36", *SALARIE, "non", "[TEF Canada]", "15 mars 2026", "500 480 450 470", "non"]
LEA_CRS = ["03/03/1998", "conjointe de fait", "non", "oui", "[Programme postsecondaire de deux ans]",
           "[TEF Canada]", "1 avril 2026", "440 440 430 460", "2 ans", "licence", "[Hors du Canada, avec une EDE]",
           "non", "aucune", "non", "non", "non"]


async def test_lea_infirmiere_au_quebec_qui_part_a_moncton_avec_son_conjoint_a_423_points(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Léa", language_code="fr")
        await answer_all(chat, *LEA)
        verdict = verdict_of(chat)
        assert "✅ Vous semblez admissible" in verdict and "3 887 heures admissibles ; il en faut 1 560" in verdict
        assert "NCLC 8/8/7/7" in verdict and "vous prévoyez de vivre hors du Québec." in verdict
        await answer_all(chat, CRS_FR, *LEA_CRS[:7])
        # Corrigé dans cette ronde : l'aide disait « votre relevé » du résultat du conjoint
        assert "Tapez le résultat inscrit sur le relevé de votre époux ou conjoint de fait" in chat.texts[-1]
        await answer_all(chat, *LEA_CRS[7:])
        crs = score_of(chat)
        assert "📊 Score SCG estimé : 423 points" in crs
        assert "Facteurs de base 334 · époux ou conjoint de fait 26 · transférabilité des compétences 38 · " \
               "points supplémentaires 25" in crs
        assert "• Facteurs liés à l'époux ou au conjoint de fait : 26" in crs
        assert "• Compétences en français : 25" in crs and "de 382 à 420" in crs
    bot.errors.check()


# -- 10. Mamadou ------------------------------------------------------------------------------------------------
# Électricien (72200, FEER 2) 30 h et cuisinier (63200, FEER 3) 10 h, tous deux depuis le 2025-09-01 : 40 h par
# semaine plafonnées à 30 : 452 jours x 30/7 = 1 937 h (646 h au-delà de 30 h écartées). TCF Canada 380/390/6/7 =
# NCLC 5/5/5/6 (NCLC 5 exigé). Marié à une citoyenne canadienne : « sans époux ». 41 ans : 39 + 98 (deux ans, EDE)
# + (6+6+6+9 = 27) + 40 = 204 ; études x travail au Canada 13, travail à l'étranger (3 ans et plus) x travail au
# Canada 25, certificat de compétence x langue 25 (NCLC 5+ partout, une sous 7) = 63 ; sœur au Canada 15 : 282.
MAMADOU = ["/start", "non, Ontario", "oui", "électricien", "[72200]", "1 septembre 2025", "oui", "30", *SALARIE,
           "oui", "cuisinier", "[63200]", "1 septembre 2025", "oui", "10", *SALARIE, "non", "[TCF Canada]",
           "1 juillet 2026", "380 390 6 7", "non"]
MAMADOU_CRS = ["20 août 1985", "marié", "oui", "[Programme postsecondaire de deux ans]",
               "[Hors du Canada, avec une EDE]", "non", "4 ans", "oui", "non", "oui"]


async def test_mamadou_electricien_et_cuisinier_plafonne_a_30_heures_a_282_points(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mamadou", language_code="fr")
        await answer_all(chat, *MAMADOU)
        verdict = verdict_of(chat)
        assert "✅ Vous semblez admissible" in verdict and "1 937 heures admissibles ; il en faut 1 560" in verdict
        assert "NCLC 5/5/5/6" in verdict
        details = said(await chat.click("📄 Détails"))
        assert "Ne comptent pas : 646 h au-delà de 30 heures par semaine" in details
        await chat.click("⬅️ Retour à mon résultat")
        await answer_all(chat, CRS_FR, *MAMADOU_CRS)
        crs = score_of(chat)
        assert "📊 Score SCG estimé : 282 points" in crs
        assert "Facteurs de base 204 · époux ou conjoint de fait 0 · transférabilité des compétences 63 · " \
               "points supplémentaires 15" in crs
        assert "• Certificat de compétence et langue : 25" in crs and "• Frère ou sœur au Canada : 15" in crs
    bot.errors.check()


# -- 11. Sophie -------------------------------------------------------------------------------------------------
# Analyste financière (11101, FEER 1) depuis le 2026-01-05, 35 h : 326 jours x 30/7 = 1 397 h ; un an le 4 janvier
# 2027. TEF Canada du 2025-03-10, 520/510/460/470 = NCLC 9/9/7/7, valide jusqu'au 10 mars 2027 : à peine plus de 2
# mois après ce jour, dans les 4 mois dont RULES.md 1 demande d'avertir. Mariée ; son mari l'accompagne : licence,
# IELTS 6,5/6,5/6/6 = NCLC 7/8/7/7, pas de travail au Canada. 34 ans, maîtrise canadienne : 75 + 126 + (29+29+16+16
# = 90) + 0 = 291 ; époux 8 + 3 x 4 = 20 ; études x langue 25 ; maîtrise canadienne 30 et français 25 : 391.
SOPHIE = ["/start", "non", "oui", "analyste financière", "[11101]", "5 janvier 2026", "oui", "35", *SALARIE, "non",
          "[TEF Canada]", "10 mars 2025", "520 510 460 470", "non"]
SOPHIE_CRS = ["15/06/1992", "mariée", "non", "oui", "licence", "[IELTS General Training]", "1 février 2026",
              "6.5 6.5 6 6", "aucune", "maîtrise", "[Au Canada]", "aucune", "non", "non", "non"]


async def test_sophie_pas_encore_admissible_apprend_des_le_premier_ecran_que_son_test_expire_peu_apres(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sophie", language_code="fr")
        await answer_all(chat, *SOPHIE)
        verdict = verdict_of(chat)
        assert "⏳ Pas encore admissible : vous devriez l'être le 4 janvier 2027" in verdict
        assert "1 397 heures admissibles ; il en faut 1 560" in verdict and "NCLC 9/9/7/7" in verdict
        # Corrigé dans cette ronde : dit seulement sous « Détails », le premier écran laissait lire « il ne manque
        # que des heures »
        language = next(line for line in verdict.splitlines() if line.startswith("✅ Langue"))
        assert "Votre résultat de test de langue expire le 10 mars 2027 :" in language
        await answer_all(chat, CRS_FR, *SOPHIE_CRS)
        crs = score_of(chat)
        assert "📊 Score SCG estimé : 391 points" in crs
        assert "Facteurs de base 291 · époux ou conjoint de fait 20 · transférabilité des compétences 25 · " \
               "points supplémentaires 55" in crs
    bot.errors.check()


# Sophie has NCLC 7+ in French in all four abilities; on February 1, 2027 (eligible by then) the bot scores her 451
# and names the French-language rounds (382 to 420 in 2026). Today's estimate (391, inside that range) names only
# the CEC rounds (516 to 523, "in none of them"): other programs' rounds are named only to someone eligible now
# (eligibility/assess.py), though the CEC's are compared for a "not yet" person with a caution. Whether to name
# them to a "not yet" person, with the same caution, is a judgement call RULES.md does not settle.
@pytest.mark.xfail(strict=True, reason="other programs' rounds are named only to someone eligible today; naming "
                   "the French rounds to a 'not yet' francophone is a judgement call RULES.md does not settle")
async def test_sophie_pas_encore_admissible_entend_parler_des_rondes_francophones(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sophie", language_code="fr")
        await answer_all(chat, *SOPHIE, CRS_FR, *SOPHIE_CRS)
        assert "rondes axées sur la connaissance du français" in score_of(chat)
    bot.errors.check()


# -- 12. Yves ---------------------------------------------------------------------------------------------------
# Technicien en génie civil (22300, FEER 2) à Gatineau depuis le 2023-05-01, 40 h, qui s'installe à Ottawa : toute
# la fenêtre, 1 096 jours x 30/7 = 4 697 h, 3 ans. Il n'a qu'un TCF Québec, refusé (RULES.md 2) : aucun test
# valide, non admissible. 39 ans, célibataire, DEC de deux ans : 55 + 98 + 0 + 64 = 217 ; études x travail au
# Canada 25 ; diplôme canadien 15 : 257. « 02/04/1987 » se lit de deux façons : demandé. Avec un test au NCLC 7 :
# 217 + 68 + 38 + 15 = 338 s'il est d'anglais, 363 s'il est de français (+ 25, RULES.md 3).
YVES = ["/start", "non, je m'installe à Ottawa", "oui", "technicien en génie civil", "[22300]", "1 mai 2023",
        "oui", "40", *SALARIE, "non", "TCF Québec", "[Aucun pour l'instant]"]
YVES_CRS = ["02/04/1987", "[2 avril 1987]", "célibataire", "[Programme postsecondaire de deux ans]", "[Au Canada]",
            "aucune", "non", "non", "non"]


async def test_yves_qui_n_a_qu_un_tcf_quebec_n_est_pas_admissible_et_a_257_points(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Yves", language_code="fr")
        await answer_all(chat, *YVES[:14])
        assert "TCF Québec n'est pas accepté pour Entrée express" in chat.texts[-1]
        await answer_all(chat, *YVES[14:])
        verdict = verdict_of(chat)
        assert "❌ Non admissible à la catégorie de l'expérience canadienne pour le moment" in verdict
        assert "4 697 heures admissibles" in verdict
        assert "vous n'avez aucun résultat valide à un test approuvé." in verdict
        await answer_all(chat, CRS_FR, *YVES_CRS)
        crs = score_of(chat)
        assert "📊 Score SCG estimé : 257 points" in crs
        assert "Avec un test au NCLC 7 dans les quatre compétences : 338 points en anglais, 363 en français ; " \
               "au NCLC 9 : 406 en anglais." in crs
        assert "Facteurs de base 217 · époux ou conjoint de fait 0 · transférabilité des compétences 25 · " \
               "points supplémentaires 15" in crs
    bot.errors.check()


# -- The command line agrees ------------------------------------------------------------------------------------


def _spouse(education: str, test: dict[str, Any] | None, years: int, citizen: bool = False) -> dict[str, Any]:
    return {"canadian_citizen_or_pr": citizen, "accompanying": True, "education": education, "language_test": test,
            "canadian_work_years": years}


# name: (profile, verdict, hours, required CLB, eligible_on, CRS total, core, spouse, transferability, additional)
PROFILES: dict[str, tuple[dict[str, Any], tuple[Any, ...]]] = {
    "priya": ({"as_of": DAY, "birth_date": "1995-03-15", "marital_status": "married",
               "spouse": _spouse("master", _test("celpip_general", "2026-03-01", 8, 8, 8, 8), 1),
               "jobs": [_job("21232", "2024-02-05", 40)],
               "language_tests": [_test("ielts_general", "2026-01-20", 8, 7, 7, 7)],
               "education": _education("bachelor", "eca")},
              ("eligible", 4397, 7, None, 441, 364, 27, 50, 0)),
    "tomas": ({"as_of": DAY, "birth_date": "1999-05-20", "marital_status": "common_law",
               "spouse": _spouse("bachelor", None, 3, citizen=True),
               "jobs": [_job("63200", "2025-01-06", 25), _job("62020", "2025-07-07", 15)],
               "language_tests": [_test("celpip_general", "2026-02-10", 5, 5, 6, 5)],
               "education": _education("two_year", "canada", "one_or_two_year")},
              ("eligible", 2827, 5, None, 303, 275, 0, 13, 15)),
    "liam": ({"as_of": DAY, "birth_date": "1982-06-10", "foreign_work_years": 3,
              "jobs": [_job("11100", "2024-09-03", 40)],
              "language_tests": [_test("ielts_general", "2026-05-05", 7, 6.5, 6.5, 6.5)],
              "education": _education("master", "eca")},
             ("eligible", 3493, 7, None, 380, 280, 0, 100, 0)),
    "sofia": ({"as_of": DAY, "birth_date": "1981-11-27",
               "jobs": [_job("62010", "2024-01-08", 20), _job("13110", "2024-03-04", 10)],
               "language_tests": [_test("celpip_general", "2024-05-20", 9, 9, 9, 9)],
               "education": _education("bachelor", "eca")},
              ("not_eligible", 4437, 5, None, 198, 173, 0, 25, 0)),
    "ahmed": ({"as_of": DAY, "birth_date": "1990-04-04", "certificate_of_qualification": True,
               "jobs": [_job("65200", "2024-01-01", 30), _job("72200", "2025-03-03", 20)],
               "language_tests": [_test("celpip_general", "2026-04-01", 7, 7, 6, 7)],
               "education": _education("secondary", "canada")},
              ("eligible", 1811, 5, None, 227, 202, 0, 25, 0)),
    "mariam": ({"as_of": DAY, "birth_date": "2000-02-14",
                "jobs": [_job("21222", "2024-05-06", 40, "2024-08-30", full_time_student=True),
                         _job("21232", "2025-06-02", 40)],
                "language_tests": [_test("ielts_general", "2026-06-06", 7.5, 7, 6.5, 7)],
                "education": _education("master", "canada", "three_year_plus")},
               ("eligible", 2327, 7, None, 473, 393, 0, 50, 30)),
    "wei": ({"as_of": DAY, "birth_date": "1997-09-09", "foreign_work_years": 3, "marital_status": "married",
             "spouse": _spouse("secondary", None, 0),
             "jobs": [_job("21222", "2024-04-01", 25, self_employed=True), _job("52120", "2026-03-02", 37.5)],
             "language_tests": [_test("celpip_general", "2026-05-15", 9, 9, 8, 9)],
             "education": _education("bachelor", "eca")},
            ("not_yet_eligible", 1157, 5, "2027-03-01", 361, 321, 2, 38, 0)),
    "daniela": ({"as_of": DAY, "birth_date": "1993-07-07",
                 "jobs": [_job("22220", "2024-01-08", 30, "2024-06-30"),
                          _job("22310", "2024-07-01", 30, "2024-11-30"),
                          _job("21232", "2024-12-02", 30, "2025-07-31")],
                 "language_tests": [_test("celpip_general", "2026-02-02", 6, 6, 6, 6)],
                 "education": _education("two_year", "canada", "one_or_two_year")},
                ("not_eligible", 2443, 7, None, 290, 262, 0, 13, 15)),
    "lea": ({"as_of": DAY, "birth_date": "1998-03-03", "marital_status": "common_law",
             "spouse": _spouse("two_year", _test("tef_canada", "2026-04-01", 440, 440, 430, 460), 2),
             "jobs": [_job("31301", "2024-06-03", 36)],
             "language_tests": [_test("tef_canada", "2026-03-15", 500, 480, 450, 470)],
             "education": _education("bachelor", "eca")},
            ("eligible", 3887, 7, None, 423, 334, 26, 38, 25)),
    "mamadou": ({"as_of": DAY, "birth_date": "1985-08-20", "marital_status": "married",
                 "spouse": _spouse("bachelor", None, 0, citizen=True), "foreign_work_years": 4,
                 "certificate_of_qualification": True, "sibling_in_canada": True,
                 "jobs": [_job("72200", "2025-09-01", 30), _job("63200", "2025-09-01", 10)],
                 "language_tests": [_test("tcf_canada", "2026-07-01", 380, 390, 6, 7)],
                 "education": _education("two_year", "eca")},
                ("eligible", 1937, 5, None, 282, 204, 0, 63, 15)),
    "sophie": ({"as_of": DAY, "birth_date": "1992-06-15", "marital_status": "married",
                "spouse": _spouse("bachelor", _test("ielts_general", "2026-02-01", 6.5, 6.5, 6, 6), 0),
                "jobs": [_job("11101", "2026-01-05", 35)],
                "language_tests": [_test("tef_canada", "2025-03-10", 520, 510, 460, 470)],
                "education": _education("master", "canada", "three_year_plus")},
               ("not_yet_eligible", 1397, 7, "2027-01-04", 391, 291, 20, 25, 55)),
    # the TCF Québec is refused on the command line too (a profile error): given here without it
    "yves": ({"as_of": DAY, "birth_date": "1987-04-02", "jobs": [_job("22300", "2023-05-01", 40)],
              "education": _education("two_year", "canada", "one_or_two_year")},
             ("not_eligible", 4697, 5, None, 257, 217, 0, 25, 15)),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_the_command_line_gives_the_same_figures(name: str, tmp_path: pathlib.Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    profile, expected = PROFILES[name]
    assert figures(assessed(profile, tmp_path, capsys)) == expected


def test_the_command_line_refuses_yves_tcf_quebec_by_name(tmp_path: pathlib.Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    profile = {**PROFILES["yves"][0], "language_tests": [_test("tcf_quebec", "2026-03-01", 450, 450, 10, 10)]}
    path = tmp_path / "yves.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    assert main(["assess", str(path)]) != 0
    assert "TCF Québec are not accepted for Express Entry" in capsys.readouterr().err


# 338 is the score with an English test at CLB 7 (217 + 68 + 38 + 15); Yves, who speaks French and tried a TCF
# Québec, would read "un test au NCLC 7" as a TEF or TCF Canada, which also earns the French additional points
# (RULES.md 3): 363. Both are said, each with its language.
async def test_yves_apprend_le_score_avec_un_test_de_francais_au_nclc_7(tg: FakeTelegram,
                                                                       tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Yves", language_code="fr")
        await answer_all(chat, *YVES, CRS_FR, *YVES_CRS)
        assert "363 en français" in score_of(chat)
    bot.errors.check()
