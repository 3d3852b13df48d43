"""A tenth walkthrough round: ten new people (four in French) in what rounds 2 to 9 tried least: a leap-day
birthday (February 29) between today and the "not yet" day, a second official language at its cap with a partner
(22, not 24), self-employed months before employee ones in the same occupation, a TEER 0 manager at CLB 6 in
speaking, a francophone who lives in Gatineau and works in Ottawa whose TEER 3 job still outweighs her TEER 1
one (and until when), an unpaid internship before the paid job, PTE Core at the exact CLB 9 scores, a foreign
bachelor's without an ECA beside a Canadian two-year diploma, a sister of 16, a working holiday that ends 9
hours short, a test that lapses before the "not yet" day with a 30th birthday before it too, a nominee of 45
with a trade certificate, and two part-time jobs past 30 h a week, one begun while a full-time student. Answers
typed as on a phone ("20 hrs/wk", "celpip 9 9 8 8", "sept 2023", "oui, jusqu'au 15 janvier 2027 (fin de mon
PVT)"). On the fixed day 2026-11-27 with the shipped rounds. Every figure was worked out by hand from RULES.md
before the chat was played: hours (the 3-year window 2023-11-27 .. 2026-11-26, hours/7 a day, 30/7 at most over
all jobs; 1,560 h), CLB levels (RULES.md 2), the verdict and the "not yet" day (RULES.md 1), the CRS in its four
parts (RULES.md 3), the rounds of RULES.md 4 (the last six CEC rounds: 516 to 523, 518 on 2026-09-29; PNP rounds
in 2026: 697 to 805). The same profiles through `cec-screener assess` must agree (last tests).

Right behaviour is a plain test; a defect fixed in this round has its test here too, said as such; what RULES.md
does not settle, or what the bot cannot know from its questions, is a strict xfail with the reason.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from .bot_fixtures import answer_all, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import CLI_DAY as DAY
from .screenings import EMPLOYEE, SALARIE, assessed, figures, score_of, verdict_of
from .screenings import cli_education as _education
from .screenings import cli_job as _job
from .screenings import cli_test as _test

CRS = "[Estimate my CRS]"
CRS_FR = "[Estimer mon score]"


def todo_line(verdict: str) -> str:
    return next(line for line in verdict.splitlines() if line.startswith("👉"))


# -- 1. Farah -----------------------------------------------------------------------------------------------------
# Registered nurse (31301, TEER 1) since 2025-09-15 at "20 hrs/wk": 438 days x 20/7 = 1,251 h; 546 days make 1,560
# h: not yet, March 15, 2027. CELPIP 9/9/8/8 = CLB 9/9/8/8 (7 needed), valid to 2028-03-03. Born 1996-02-29: 30
# today (105). Single, a Canadian bachelor's (4 years): 105 + 120 + (31 + 31 + 23 + 23 = 108) + 0 = 333; education
# x language CLB 7+ (not all 9) 13, x Canadian work 0; Canadian credential of 3+ years 30: 376, 142 below 518. Her
# 31st birthday falls on February 28 or March 1, 2027, before her day either way: on March 15, 2027, 99 for age
# (-6), her first Canadian year 40 and education x Canadian work 13: 423.
FARAH = ["/start", "no", "yes", "registered nurse", "[31301]", "sept 15 2025", "yes", "20 hrs/wk", *EMPLOYEE, "no",
         "celpip 9 9 8 8", "mar 3 2026", "no"]
FARAH_CRS = ["29 feb 1996", "single", "[Bachelor's or 3+ year program]", "[In Canada]", "none", "no", "no", "no"]


async def test_farah_born_on_a_leap_day_is_not_yet_eligible_on_march_15_and_scores_376_then_423(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Farah")
        await answer_all(chat, *FARAH)
        verdict = verdict_of(chat)
        assert "Not yet eligible: you should qualify on March 15, 2027" in verdict
        assert "1,251 qualifying hours; 1,560 needed" in verdict and "CLB 9/9/8/8" in verdict
        assert "About 309 more qualifying hours: at your current hours you reach 1,560 on March 15, 2027." \
            in todo_line(verdict)
        await answer_all(chat, CRS, *FARAH_CRS)
        score = score_of(chat)
        assert "CRS estimate: 376 points" in score
        assert "Core 333 · spouse 0 · skill transferability 13 · additional 30" in score
        for line in ("• Age: 105", "• Education: 120", "• First official language: 108",
                     "• Education and language: 13", "• Canadian education: 30"):
            assert line in score, line
        assert "376 is 142 points below the lowest score invited in the latest Canadian Experience Class round " \
               "(518, September 29, 2026)" in score
        assert "you turn 31: 6 fewer CRS points for age from that day." in score
        ways = said(await chat.click("📈 How can I raise my score?"))
        assert "On March 15, 2027 you complete 1 year of skilled Canadian work, if your current job goes on: " \
               "your estimate that day is 423 (+47 points). That figure also counts: your age." in ways
    bot.errors.check()


# Farah was born on February 29: the bot said as a fact that she turns 31 on March 1, 2027. RULES.md 3 counts
# completed years ('a birthday counts from the day itself') and is silent on a birthday that has no day in 2027
# (February 28 or March 1); it changes neither her 'not yet' day (March 15) nor its score. Since leftovers 9 the
# bot says the day is its reading (a strict xfail before).
async def test_farah_hears_that_a_leap_day_birthday_is_read_as_march_1_by_the_screener(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Farah")
        await answer_all(chat, *FARAH, CRS, *FARAH_CRS)
        score = score_of(chat)
        assert "On March 1, 2027 you turn 31" in score  # how it reads today
        assert "February 28" in score
    bot.errors.check()


# Was a strict xfail ('celpip 9 9 8 8' stored the test and dropped the scores, asked again after the date): the
# scores typed with the test's name are kept since leftovers 6 (tests/flows/test_leftovers6.py).
async def test_farah_s_scores_typed_with_the_test_s_name_are_not_asked_again(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Farah")
        await answer_all(chat, *FARAH[:14])
        after_date = said(await chat.send("mar 3 2026"))
        assert "Your CELPIP-General result in listening?" not in after_date
    bot.errors.check()


# -- 2. Bruno (in French) -----------------------------------------------------------------------------------------
# Software engineer (21231, TEER 1) in Ottawa since 2024-04-02 at 40 h: 969 days x 30/7 = 4,153 h, 2 years. TEF
# Canada 550/550/560/560 = NCLC 10 in all four (RULES.md 2: 546/546/558/556); IELTS GT 8/7/7/7 = CLB 9 in all four.
# Married, Inês comes (not a citizen or PR): "with spouse". 34 (born 1992-05-10): 75. Master's (ECA) 126. French
# first (it scores more): 32 x 4 = 128; English second 6 x 4 = 24, capped at 22 with a spouse (RULES.md 3); 2
# Canadian years 46: core 75 + 126 + 128 + 22 + 46 = 397. Inês: secondary school 2, no test, no Canadian work: 2.
# Master's x CLB 9+ 50, x 2 years 50, capped 50. French NCLC 7+ with English CLB 5+: 50. 499, 19 below 518; French
# rounds in 2026: 382 to 420.
BRUNO = ["/start", "non", "oui", "ingenieur logiciel", "[21231]", "2 avril 2024", "oui", "40 h/sem", *SALARIE,
         "non", "tef 550 550 560 560", "12 mars 2026", "oui", "[IELTS General Training]",
         "2026-05-20", "8 7 7 7", "non"]
BRUNO_CRS = ["10/05/1992", "[10 mai 1992]", "marié", "non", "oui", "[Diplôme d'études secondaires]", "aucun",
             "aucune", "[Maîtrise ou diplôme professionnel]", "[Hors du Canada, avec une EDE]", "non", "aucune",
             "non", "non", "non"]


async def test_bruno_s_second_language_is_capped_at_22_with_ines_and_he_scores_499(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Bruno", language_code="fr")
        await answer_all(chat, *BRUNO)
        verdict = verdict_of(chat)
        assert "Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "4 153 heures admissibles ; il en faut 1 560" in verdict and "NCLC 10/10/10/10" in verdict
        await answer_all(chat, CRS_FR)
        await chat.send(BRUNO_CRS[0])
        assert chat.buttons == ["10 mai 1992", "5 octobre 1992"]  # 10/05: asked, never guessed
        await answer_all(chat, *BRUNO_CRS[1:])
        score = score_of(chat)
        assert "Score SCG estimé : 499 points" in score
        assert "Facteurs de base 397 · époux ou conjoint de fait 2 · transférabilité des compétences 50 · " \
               "points supplémentaires 50" in score
        for line in ("• Âge : 75", "• Études : 126", "• Première langue officielle : 128",
                     "• Deuxième langue officielle : 22", "• Expérience de travail au Canada : 46",
                     "• Facteurs liés à l'époux ou au conjoint de fait : 2", "• Compétences en français : 50"):
            assert line in score, line
        assert "Première langue officielle retenue : le français" in score
        assert "Votre score SCG estimé (499) est inférieur de 19 points au score minimal de la dernière ronde" \
            in score
        assert "le score minimal des candidats invités allait de 382 à 420" in score
    bot.errors.check()


# -- 3. Oksana ----------------------------------------------------------------------------------------------------
# Bookkeeper (12200, TEER 2), self-employed from May 2023 to the end of June 2024: counts nowhere (RULES.md 1),
# asked nothing more. Then a bookkeeper on a payroll since 2024-07-02 at 37.5 h: 878 days x 30/7 = 3,763 h, 2
# years. CELPIP 7/6/6/7 = CLB 7/6/6/7 (5 needed). 41 (born 1985-03-03), divorced ("without spouse"), a bachelor's
# from Ukraine (ECA), 10 years of work there ("3 years or more"): 39 + 120 + (17 + 9 + 9 + 17 = 52) + 53 = 264;
# education x language needs CLB 7 in all four: 0, x 2 Canadian years 25; foreign work x language 0, 3+ years x 2
# Canadian years 50: 75. 339, 179 below 518; 42 on 2027-03-03: 28 for age (-11).
OKSANA = ["/start", "no", "yes", "bookkeeper", "[12200]", "may 2023", "no", "end of june 2024", "[30]", "35",
          "yes", "no, self employed", "yes", "bookkeeper", "[12200]", "2 july 2024", "yes", "37.5 hrs", *EMPLOYEE,
          "no", "celpip 7 6 6 7", "2026-02-14", "no"]
OKSANA_CRS = ["03/03/1985", "divorced", "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]", "no",
              "10 yrs", "no", "no", "no"]


async def test_oksana_s_self_employed_year_counts_nowhere_and_she_scores_339_with_75_for_transferability(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Oksana")
        await answer_all(chat, *OKSANA[:11])
        skipped = said(await chat.send(OKSANA[11]))
        assert "Self-employment counts neither for the Canadian Experience Class nor as Canadian work in the CRS" \
            in skipped
        await answer_all(chat, *OKSANA[12:])
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "3,763 qualifying hours; 1,560 needed" in verdict and "CLB 7/6/6/7" in verdict
        await answer_all(chat, CRS, *OKSANA_CRS)
        score = score_of(chat)
        assert "CRS estimate: 339 points" in score
        assert "Core 264 · spouse 0 · skill transferability 75 · additional 0" in score
        for line in ("• Age: 39", "• First official language: 52", "• Canadian work experience: 53",
                     "• Education and Canadian work: 25", "• Foreign and Canadian work: 50"):
            assert line in score, line
        assert "• Education and language" not in score and "• Foreign work and language" not in score
        assert "On March 3, 2027 you turn 42: 11 fewer CRS points for age from that day." in score
    bot.errors.check()


async def test_an_end_said_as_the_end_of_a_month_is_not_counted_from_its_first_day(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Oksana")
        await answer_all(chat, *OKSANA[:7])
        end = said(await chat.send("end of june 2024"))
        assert "counted until June 1, 2024" not in end
        # session 19: June's days are offered to tap (the month alone among them), never June 1 without a word
        assert "which day of June 2024?" in end
    bot.errors.check()


# -- 4. Diego -----------------------------------------------------------------------------------------------------
# Restaurant manager (60030, TEER 0) since "sept 2023" (counted from September 30, the fewest hours) at "45
# hrs/wk": the whole window, 1,096 days x 30/7 = 4,697 h; 1,154 days = 4,946 h, 3 years for the CRS. IELTS GT
# 6.5/6/6/5.5 = CLB 7/7/7/6: TEER 0 needs CLB 7 in each (RULES.md 1): not eligible, speaking 6.0 needed. 27 (born
# 1999-07-07), single, a Canadian two-year diploma: 110 + 98 + (17 x 3 + 9 = 60) + 64 = 332; education x language
# 0 (CLB 6 in speaking), x 3 years 25; Canadian credential 15: 372.
DIEGO = ["/start", "nope", "yes", "restaurant manager", "[60030]", "sept 2023", "yes", "45 hrs/wk", *EMPLOYEE,
         "no",
         "ielts gt 6.5 6 6 5.5", "2026-06-20", "6.5 6 6 5.5", "no"]
DIEGO_CRS = ["1999-07-07", "single", "2 yr college diploma", "[In Canada]", "none", "no", "no", "no"]


async def test_diego_a_teer_0_manager_at_clb_6_in_speaking_is_not_eligible_and_scores_372(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Diego")
        await answer_all(chat, *DIEGO[:5])
        month = said(await chat.send(DIEGO[5]))
        assert "its hours are counted from September 30, 2023, the latest day it can be (the fewest hours)" \
            in month
        await answer_all(chat, *DIEGO[6:])
        verdict = verdict_of(chat)
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "✅ Canadian work: 4,697 qualifying hours; 1,560 needed." in verdict
        assert "❌ Language: Your IELTS General Training of June 20, 2026 converts to CLB 7/7/7/6." in verdict
        assert "A new approved language test with CLB 7 in speaking (you have CLB 6)" in todo_line(verdict)
        await answer_all(chat, CRS, *DIEGO_CRS)
        score = score_of(chat)
        assert "CRS estimate: 372 points" in score
        assert "Core 332 · spouse 0 · skill transferability 25 · additional 15" in score
        for line in ("• Education: 98", "• First official language: 60", "• Canadian work experience: 64",
                     "• Education and Canadian work: 25", "• Canadian education: 15"):
            assert line in score, line
    bot.errors.check()


# -- 5. Léonie (in French) ----------------------------------------------------------------------------------------
# "J'habite à Gatineau mais je travaille à Ottawa": two places, asked (she will live in Ottawa: "non").
# Administrative assistant (13110, TEER 3) 2023-06-05 .. 2025-08-29 at 37.5 h: 642 days in the window = 2,751 h;
# human resources advisor (11200, TEER 1) since 2025-09-02 at 37.5 h: 451 days = 1,933 h; 4,684 h. The occupation
# with more hours is TEER 3: NCLC 5 (IRPR 87.1(2)(e), RULES.md 1). TCF Canada 460/455/10/9 = NCLC 7/7/7/6:
# eligible. On 2027-03-01 the window (from 2024-03-01, after the leap day) holds 547 days of the first job and 545
# of the second; on 2027-03-02, 546 and 546, a tie (CLB 7, RULES.md 1): NCLC 5 holds for an application made by
# March 1, 2027. 31 (born 1994-12-02), single; a French licence (3 years, ECA) and a one-year certificate from La
# Cité: two credentials, one of 3+ years, 128. 2 years in France. 99 + 128 + (17 x 3 + 9 = 60) + 64 (1,268 days
# since 2023-06-05 less the gap: 5,434 h, 3 years) = 351; education (two or more) x language 0 (NCLC 6 in
# speaking), x 3 years 50; foreign work (2 years) x language 0, x 3 years 25: 75. Canadian credential of 1-2 years
# 15; French bonus 0 (NCLC 6 in speaking): 441. 32 on 2026-12-02: -5. Her sister is 16: no sibling points (RULES.md
# 3: 18 or older).
LEONIE = ["/start", "j'habite à Gatineau mais je travaille à Ottawa", "non", "oui", "adjointe administrative",
          "[13110]", "5 juin 2023", "non", "29 août 2025", "37,5 h", *SALARIE, "oui",
          "conseillère en ressources humaines", "[11200]", "2 sept 2025", "oui", "37,5", *SALARIE, "non",
          "tcf 460 455 10 9", "18 avril 2026", "non"]
LEONIE_CRS = ["2 décembre 1994", "celibataire", "[Baccalauréat ou programme de 3 ans ou plus]",
              "[Hors du Canada, avec une EDE]", "oui, un certificat d'un an de la Cité", "2 ans", "non", "non"]


async def test_leonie_whose_teer_3_job_outweighs_her_teer_1_one_until_march_1_scores_441(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Fixed in this round: "oui ma sœur a 16 ans" was stored as a sibling who counts (15 points); a sister of 16
    does not (RULES.md 3: 18 or older), and the answer is asked again with why."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Léonie", language_code="fr")
        await chat.send(LEONIE[0])
        asked = said(await chat.send(LEONIE[1]))
        assert "je préfère vous poser la question plutôt que de deviner" in asked  # French review 15
        await answer_all(chat, *LEONIE[2:])
        verdict = verdict_of(chat)
        assert "Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "4 684 heures admissibles ; il en faut 1 560" in verdict
        assert "✅ Langue : votre test TCF Canada du 18 avril 2026 correspond aux niveaux NCLC 7/7/7/6. " \
               "Seulement pour une demande présentée au plus tard le 1er mars 2027 : le NCLC 7 s'appliquera " \
               "ensuite." in verdict
        await answer_all(chat, CRS_FR, *LEONIE_CRS)
        sister = said(await chat.send("oui ma sœur a 16 ans"))
        assert "Un frère ou une sœur ne compte qu'à partir de 18 ans" in sister
        assert "à 16 ans, pas encore" in sister
        assert "Score SCG estimé" not in sister
        final = said(await chat.click("Non"))
        score = score_of(chat)
        assert "Score SCG estimé : 441 points" in score
        assert "Facteurs de base 351 · époux ou conjoint de fait 0 · transférabilité des compétences 75 · " \
               "points supplémentaires 15" in score
        for line in ("• Âge : 99", "• Études : 128", "• Première langue officielle : 60",
                     "• Expérience de travail au Canada : 64", "• Études et travail au Canada : 50",
                     "• Travail à l'étranger et au Canada : 25", "• Études au Canada : 15"):
            assert line in score, line
        assert "Frère ou sœur" not in score and "Compétences en français" not in score
        # said above the estimate, her birthday being days away
        assert "Le 2 décembre 2026, vous aurez 32 ans : 5 points SCG de moins pour l'âge dès ce jour." in final
    bot.errors.check()


# -- 6. Kevin -----------------------------------------------------------------------------------------------------
# Staff accountant (11100, TEER 1): an unpaid internship 2025-05-05 .. 2025-07-31 counts nowhere; hired and paid
# since 2025-08-04 at 40 h: 480 days x 30/7 = 2,057 h, 1 year. PTE Core 82/78/88/84 = exactly the CLB 9 row
# (RULES.md 2): CLB 9 in all four (7 needed). 26 (born 2000-01-01), single. A bachelor of commerce from India
# without an ECA (0) and a two-year diploma from Humber: education is the Canadian two-year diploma, 98. 110 + 98 +
# 31 x 4 + 40 = 372; two-year x CLB 9+ 25, x 1 year 13: 38; the Canadian credential 15; his sister is 16 (no
# points): 425. One option holds a one- or two-year Canadian credential; the length he typed ("2 year diploma") is
# kept since leftovers 5, so the education factor counts a two-year program (98), not the lowest (90: 417 before).
KEVIN = ["/start", "no", "yes", "staff accountant", "[11100]", "may 5 2025", "no", "july 31 2025", "40",
         "no it was an unpaid internship", "yes", "staff accountant", "[11100]", "aug 4 2025", "yes", "40 hrs/wk",
         *EMPLOYEE, "no", "pte 82 78 88 84", "[PTE Core]", "2026-09-12", "82 78 88 84", "no"]
KEVIN_CRS = ["2000-01-01", "single", "[Bachelor's or 3+ year program]", "[Outside Canada, no ECA (yet)]",
             "yes 2 year diploma from humber", "none", "no", "no"]


async def test_kevin_s_unpaid_internship_counts_nowhere_and_his_pte_core_at_the_clb_9_row_is_clb_9(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Fixed in this round: "pte 82 78 88 84" (and "ielts 7 7 6.5 6") got "Please tap one of the buttons" where
    "pte" alone says which PTE is accepted; the scores after the name now get the same answer. And "an PTE Academic
    result" reads "a result from PTE Academic". "yes my sister but she is 16" now says why she does not count."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kevin")
        await answer_all(chat, *KEVIN[:9])
        unpaid = said(await chat.send(KEVIN[9]))
        assert "Unpaid work counts neither for the Canadian Experience Class nor as Canadian work in the CRS" \
            in unpaid
        await answer_all(chat, *KEVIN[10:21])
        which = said(await chat.send(KEVIN[21]))
        assert "PTE has two versions, and only PTE Core is accepted for Express Entry (PTE Academic is not). If " \
               "your result is PTE Core, tap it below; a result from PTE Academic does not count." in which
        assert "Please tap one of the buttons" not in which
        await answer_all(chat, *KEVIN[22:])
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "2,057 qualifying hours; 1,560 needed" in verdict
        assert "Your PTE Core of September 12, 2026 converts to CLB 9/9/9/9." in verdict
        await answer_all(chat, CRS, *KEVIN_CRS)
        sister = said(await chat.send("yes my sister but she is 16"))
        assert "A brother or sister counts only at 18 or older (and as a Canadian citizen or permanent resident " \
               "living in Canada): at 16, not yet." in sister
        await chat.click("No")
        score = score_of(chat)
        assert "CRS estimate: 425 points" in score
        assert "Core 372 · spouse 0 · skill transferability 38 · additional 15" in score
        assert "so we counted your Canadian credential instead: a two-year program, as you said." in score
        assert "• Sibling in Canada" not in score
    bot.errors.check()


async def test_kevin_s_two_year_canadian_diploma_counts_as_a_two_year_program(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kevin")
        await answer_all(chat, *KEVIN, CRS, *KEVIN_CRS, "no")
        assert "CRS estimate: 425 points" in score_of(chat)
    bot.errors.check()


# -- 7. Hugo (in French) ------------------------------------------------------------------------------------------
# Cook (63200, TEER 3) on a working holiday (PVT) since 2026-01-19 at 40 h, until it ends on 2027-01-15: 312 days x
# 30/7 = 1,337 h today; 364 days would make 1,560 h on 2027-01-18, but the job ends on January 15 (362 days: 1,551
# h, 9 short): not eligible, not "not yet" (RULES.md 1: the day is projected from a job still going). TEF Canada
# 400/420/380/430 = NCLC 6 in all four (5 needed). 28 (born 1998-08-20), single, a BTS from France (two years,
# ECA), 2 years abroad: 110 + 98 + 9 x 4 + 0 = 244; nothing in transferability (NCLC 6, no Canadian year): 244.
HUGO = ["/start", "non", "oui", "cuisinier", "[63200]", "19 janvier 2026",
        "oui, jusqu'au 15 janvier 2027 (fin de mon PVT)", "[Oui]", "40", "oui", "oui", "non", "oui, PVT", "non",
        "tef 400 420 380 430", "3 mai 2026", "non"]
HUGO_CRS = ["20 août 1998", "célibataire", "BTS", "[Hors du Canada, avec une EDE]", "non", "2 ans", "non", "non",
            "non"]


async def test_hugo_whose_working_holiday_ends_9_hours_short_is_not_eligible_and_scores_244(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Fixed in this round: "oui, jusqu'au 15 janvier 2027" to "Occupez-vous toujours l'emploi 1 ?" was refused
    ("Veuillez répondre oui ou non"); the job still going with its end planned is now confirmed as after a "Non"
    and the end typed."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Hugo", language_code="fr")
        await answer_all(chat, *HUGO[:6])
        until = said(await chat.send(HUGO[6]))
        assert "Cet emploi est donc toujours en cours et se termine le 15 janvier 2027 ? Je compte vos heures " \
               "dans cet emploi jusqu'à ce jour, et aucune après." in until
        assert chat.buttons == ["Oui", "Non, je corrige la date"]
        assert "✅ 15 janvier 2027" in said(await chat.click("Oui"))
        assert "Combien d'heures par semaine travaillez-vous dans l'emploi 1 ?" in chat.last_text
        await answer_all(chat, *HUGO[8:])
        verdict = verdict_of(chat)
        assert "Non admissible à la catégorie de l'expérience canadienne pour le moment" in verdict
        assert "Pas encore admissible" not in verdict
        assert "❌ Travail au Canada : 1 337 heures admissibles ; il en faut 1 560. L'emploi 1 doit se terminer " \
               "le 15 janvier 2027, avant que vous ayez assez d'heures : s'il continuait, vous les atteindriez " \
               "le 18 janvier 2027." in verdict
        assert "NCLC 6/6/6/6" in verdict
        await answer_all(chat, CRS_FR, *HUGO_CRS)
        score = score_of(chat)
        assert "Score SCG estimé : 244 points" in score
        assert "Facteurs de base 244 · époux ou conjoint de fait 0 · transférabilité des compétences 0 · " \
               "points supplémentaires 0" in score
        summary = said(await chat.send("/summary"))
        assert "• Emploi 1 · en cours : Oui, jusqu'au 15 janvier 2027" in summary
    bot.errors.check()


# -- 8. Océane (in French) ----------------------------------------------------------------------------------------
# Licensed practical nurse (32101, TEER 2) since 2026-02-02 at 37.5 h: 298 days x 30/7 = 1,277 h; 364 days reach
# 1,560 h: not yet, February 1, 2027. Her TEF Canada of 2025-01-20, 450/440/430/460 = NCLC 7/7/7/7 (5 needed),
# lapses on 2027-01-20, before that day: a new test by then. 29 (born 1997-01-10), 30 on 2027-01-10, also before
# it. Single, a French licence (ECA), 1 year in France: 110 + 120 + 17 x 4 + 0 = 298; education x language 13,
# foreign work x language 13: 26; French NCLC 7+ without English 25: 349. On February 1, 2027, with a new test at
# the same levels: 105 (-5), her first Canadian year 40, education x Canadian work 13, foreign x Canadian work 13:
# 410.
OCEANE = ["/start", "non", "oui", "infirmiere auxiliaire", "[32101]", "2 fevrier 2026", "oui", "37,5 h/sem",
          *SALARIE, "non", "TEF Canada", "20 janvier 2025", "450 440 430 460", "non"]
OCEANE_CRS = ["10 janvier 1997", "celibataire", "licence", "[Hors du Canada, avec une EDE]", "non", "1 an", "non",
              "non", "non"]


async def test_oceane_whose_test_lapses_before_her_day_and_who_turns_30_before_it_scores_349_then_410(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Océane", language_code="fr")
        await answer_all(chat, *OCEANE)
        verdict = verdict_of(chat)
        assert "Pas encore admissible : vous devriez l'être le 1er février 2027, avec un nouveau test de langue " \
               "d'ici là" in verdict
        assert "❌ Travail au Canada : 1 277 heures admissibles ; il en faut 1 560." in verdict
        assert "Votre résultat de test de langue expire le 20 janvier 2027, avant que vous atteigniez un an de " \
               "travail (le 1er février 2027) : prévoyez de repasser un test." in verdict
        await answer_all(chat, CRS_FR, *OCEANE_CRS)
        score = score_of(chat)
        assert "Score SCG estimé : 349 points" in score
        assert "Facteurs de base 298 · époux ou conjoint de fait 0 · transférabilité des compétences 26 · " \
               "points supplémentaires 25" in score
        assert "• Études et langue : 13" in score and "• Travail à l'étranger et langue : 13" in score
        assert "Le 10 janvier 2027, vous aurez 30 ans : 5 points SCG de moins pour l'âge dès ce jour." in score
        ways = said(await chat.click("📈 Comment augmenter mon score ?"))
        assert "Le 1er février 2027, vous aurez 1 an d'expérience de travail qualifié au Canada si votre emploi " \
               "actuel se poursuit : votre estimation ce jour-là sera de 410 (+61 points). Ce chiffre tient " \
               "aussi compte de : votre âge et un nouveau test avec vos résultats actuels (le vôtre expire " \
               "d'ici là)." in ways
    bot.errors.check()


# -- 9. Tendai ----------------------------------------------------------------------------------------------------
# Heavy-duty equipment mechanic (72401, TEER 2) since 2019-03-04 at "44 hrs a week": the whole window, 4,697 h;
# 2,825 days = 12,107 h, 7 years for the CRS (5+). CELPIP 8/7/7/8 = CLB 8/7/7/8 (5 needed). 45 (born 1981-06-10): 0
# for age. Married, Rudo comes (not a citizen or PR). High school in Zimbabwe, no ECA: 0. 0 + 0 + (22 + 16 + 16 +
# 22 = 76) + 70 = 146. Rudo: secondary school 2, no test, 1 Canadian year 5: 7. No transferability from secondary
# school; his Alberta journeyperson certificate x CLB 7+ in all four 50. Saskatchewan's nomination 600: 803, above
# every CEC round and inside the 2026 PNP range (697 to 805).
TENDAI = ["/start", "no", "yes", "heavy duty mechanic", "[72401]", "march 4 2019", "yes", "44 hrs a week",
          *EMPLOYEE, "no", "[CELPIP-General]", "2026-04-25", "8 7 7 8", "no"]
TENDAI_CRS = ["1981-06-10", "married", "no", "yes", "[Secondary school (high school)]", "none", "1 yr",
              "[Secondary school (high school)]", "[Outside Canada, no ECA (yet)]", "none",
              "yes, alberta journeyperson certificate", "got my sinp nomination last month", "no"]


async def test_tendai_at_45_with_a_trade_certificate_and_a_nomination_scores_803(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tendai")
        await answer_all(chat, *TENDAI)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "4,697 qualifying hours; 1,560 needed" in verdict and "CLB 8/7/7/8" in verdict
        await answer_all(chat, CRS, *TENDAI_CRS)
        score = score_of(chat)
        assert "CRS estimate: 803 points" in score
        assert "Core 146 · spouse 7 · skill transferability 50 · additional 600" in score
        for line in ("• Age: 0", "• First official language: 76", "• Canadian work experience: 70",
                     "• Spouse or partner factors: 7", "• Trade certificate and language: 50",
                     "• Provincial nomination: 600"):
            assert line in score, line
        assert "reached the cut-off in all of them" in score
        assert "Provincial Nominee Program rounds: in 2026 their lowest invited scores ranged from 697 to 805" \
            in score
        assert "Foreign education earns CRS points only with an educational credential assessment (ECA) less " \
               "than 5 years old, so it scored 0." in score
    bot.errors.check()


# -- 10. Amara ----------------------------------------------------------------------------------------------------
# Pharmacy assistant (33103, TEER 3) since 2024-01-08 at 20 h, a full-time student until 2024-12-13: those 341 days
# (974 h) count nowhere. Database analyst (21223, TEER 1) since 2025-03-03 at 20 h beside it: 40 h a week, 30 count
# (RULES.md 1). 79 days x 20/7 = 226 h, then 634 days x 30/7 = 2,717 h: 2,943 h (906 h above 30 a week not
# counted). Shared equally, job 1 holds 226 + 1,359 = 1,584 h and job 2 1,359 h: TEER 3 leads, CLB 5. IELTS GT
# 6/5.5/5.5/6 = CLB 7/6/6/7: eligible. 25 (born 2001-09-09), single, a Canadian two-year diploma: 110 + 98 + (17 +
# 9 + 9 + 17 = 52) + 40 = 300; education x language 0, x 1 year 13; Canadian credential 15: 328.
AMARA = ["/start", "no", "yes", "pharmacy assistant", "[33103]", "jan 8 2024", "yes", "20", "yes", "yes",
         "[Until my studies ended]", "dec 13 2024", "yes", "yes", "database analyst", "[21223]", "march 3 2025",
         "yes", "20", *EMPLOYEE, "no", "ielts gt 6 5.5 5.5 6", "2026-07-11", "no"]
AMARA_CRS = ["2001-09-09", "single", "2 year diploma", "[In Canada]", "none", "no", "no", "no"]


async def test_amara_s_two_part_time_jobs_past_30_hours_count_2943_hours_and_her_teer_3_job_leads(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Amara")
        await answer_all(chat, *AMARA)
        verdict = verdict_of(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "2,943 qualifying hours; 1,560 needed" in verdict and "CLB 7/6/6/7" in verdict
        details = said(await chat.click("📄 Details: requirements, hours, next steps"))
        assert "Not counted: 974 h worked while a full-time student and 906 h above 30 hours a week" in details
        assert "CLB 5 applies because the occupation in which you have the most qualifying hours is TEER 2 or 3." \
            in details
        assert "• Job 1, NOC 33103 (TEER 3): 1,584 h count, from the day after your full-time studies ended." \
            in details
        assert "• Job 2, NOC 21223 (TEER 1): 1,359 h count." in details
        await chat.click("Back to my result")
        await answer_all(chat, CRS, *AMARA_CRS)
        score = score_of(chat)
        assert "CRS estimate: 328 points" in score
        assert "Core 300 · spouse 0 · skill transferability 13 · additional 15" in score
        assert "• First official language: 52" in score and "• Canadian work experience: 40" in score
    bot.errors.check()


# -- the same people through `cec-screener assess` ----------------------------------------------------------------
# With the days as the people know them (Oksana's self-employment 2023-05-01 .. 2024-06-28, Diego from 2023-09-11:
# the same figures), Kevin's education as an adviser enters it (a Canadian two-year diploma: 425) and as the chat
# builds it since leftovers 5 (his unassessed bachelor's beside a Canadian credential of a length said, "two_year":
# the same 425) and Léonie's as the chat asked it (a bachelor's with an ECA and a Canadian one-year
# credential: two or more, 128).
# name: (profile, (verdict, hours, required CLB, eligible_on, (CRS total, core, spouse, transferability,
# additional)))
NO_TEST_SPOUSE_SECONDARY = {"canadian_citizen_or_pr": False, "accompanying": True, "education": "secondary",
                            "language_test": None}
PROFILES: dict[str, tuple[dict[str, Any], tuple[Any, ...]]] = {
    "farah": ({"as_of": DAY, "birth_date": "1996-02-29", "jobs": [_job("31301", "2025-09-15", 20)],
               "language_tests": [_test("celpip_general", "2026-03-03", 9, 9, 8, 8)],
               "education": _education("bachelor", "canada", "three_year_plus")},
              ("not_yet_eligible", 1251, 7, "2027-03-15", (376, 333, 0, 13, 30))),
    "bruno": ({"as_of": DAY, "birth_date": "1992-05-10", "marital_status": "married",
               "spouse": {**NO_TEST_SPOUSE_SECONDARY, "canadian_work_years": 0},
               "jobs": [_job("21231", "2024-04-02", 40)],
               "language_tests": [_test("tef_canada", "2026-03-12", 550, 550, 560, 560),
                                  _test("ielts_general", "2026-05-20", 8, 7, 7, 7)],
               "education": _education("master", "eca")},
              ("eligible", 4153, 7, None, (499, 397, 2, 50, 50))),
    "oksana": ({"as_of": DAY, "birth_date": "1985-03-03", "marital_status": "divorced", "foreign_work_years": 10,
                "jobs": [_job("12200", "2023-05-01", 35, "2024-06-28", self_employed=True),
                         _job("12200", "2024-07-02", 37.5)],
                "language_tests": [_test("celpip_general", "2026-02-14", 7, 6, 6, 7)],
                "education": _education("bachelor", "eca")},
               ("eligible", 3763, 5, None, (339, 264, 0, 75, 0))),
    "diego": ({"as_of": DAY, "birth_date": "1999-07-07", "jobs": [_job("60030", "2023-09-11", 45)],
               "language_tests": [_test("ielts_general", "2026-06-20", 6.5, 6, 6, 5.5)],
               "education": _education("two_year", "canada", "one_or_two_year")},
              ("not_eligible", 4697, 7, None, (372, 332, 0, 25, 15))),
    "leonie": ({"as_of": DAY, "birth_date": "1994-12-02", "foreign_work_years": 2,
                "jobs": [_job("13110", "2023-06-05", 37.5, "2025-08-29"), _job("11200", "2025-09-02", 37.5)],
                "language_tests": [_test("tcf_canada", "2026-04-18", 460, 455, 10, 9)],
                "education": _education("bachelor", "eca", "one_or_two_year")},
               ("eligible", 4684, 5, None, (441, 351, 0, 75, 15))),
    "kevin": ({"as_of": DAY, "birth_date": "2000-01-01",
               "jobs": [_job("11100", "2025-05-05", 40, "2025-07-31", paid=False),
                        _job("11100", "2025-08-04", 40)],
               "language_tests": [_test("pte_core", "2026-09-12", 82, 78, 88, 84)],
               "education": _education("two_year", "canada", "one_or_two_year")},
              ("eligible", 2057, 7, None, (425, 372, 0, 38, 15))),
    "kevin as the chat builds it": ({"as_of": DAY, "birth_date": "2000-01-01",
                                     "jobs": [_job("11100", "2025-05-05", 40, "2025-07-31", paid=False),
                                              _job("11100", "2025-08-04", 40)],
                                     "language_tests": [_test("pte_core", "2026-09-12", 82, 78, 88, 84)],
                                     "education": _education("bachelor", "abroad", "two_year")},
                                    ("eligible", 2057, 7, None, (425, 372, 0, 38, 15))),
    "hugo": ({"as_of": DAY, "birth_date": "1998-08-20", "foreign_work_years": 2,
              "jobs": [_job("63200", "2026-01-19", 40, "2027-01-15")],
              "language_tests": [_test("tef_canada", "2026-05-03", 400, 420, 380, 430)],
              "education": _education("two_year", "eca")},
             ("not_eligible", 1337, 5, None, (244, 244, 0, 0, 0))),
    "oceane": ({"as_of": DAY, "birth_date": "1997-01-10", "foreign_work_years": 1,
                "jobs": [_job("32101", "2026-02-02", 37.5)],
                "language_tests": [_test("tef_canada", "2025-01-20", 450, 440, 430, 460)],
                "education": _education("bachelor", "eca")},
               ("not_yet_eligible", 1277, 5, "2027-02-01", (349, 298, 0, 26, 25))),
    "tendai": ({"as_of": DAY, "birth_date": "1981-06-10", "marital_status": "married",
                "certificate_of_qualification": True, "provincial_nomination": True,
                "spouse": {**NO_TEST_SPOUSE_SECONDARY, "canadian_work_years": 1},
                "jobs": [_job("72401", "2019-03-04", 44)],
                "language_tests": [_test("celpip_general", "2026-04-25", 8, 7, 7, 8)],
                "education": _education("secondary", "abroad")},
               ("eligible", 4697, 5, None, (803, 146, 7, 50, 600))),
    "amara": ({"as_of": DAY, "birth_date": "2001-09-09",
               "jobs": [_job("33103", "2024-01-08", 20, "2024-12-13", full_time_student=True),
                        _job("33103", "2024-12-14", 20), _job("21223", "2025-03-03", 20)],
               "language_tests": [_test("ielts_general", "2026-07-11", 6, 5.5, 5.5, 6)],
               "education": _education("two_year", "canada", "one_or_two_year")},
              ("eligible", 2943, 5, None, (328, 300, 0, 13, 15))),
    # The boundaries a day away: Léonie on 2027-03-02 (546 days of each job in the window: a tie, CLB 7 (RULES.md
    # 1), and her NCLC 6 in speaking falls short; the window moved past 5 months of the first job: 1,092 days x
    # 30/7 = 4,680 h) and Hugo on the last day of his job (2027-01-15: 361 days counted, 1,547 h).
    "leonie on march 2": ({"as_of": "2027-03-02", "birth_date": "1994-12-02", "foreign_work_years": 2,
                           "jobs": [_job("13110", "2023-06-05", 37.5, "2025-08-29"),
                                    _job("11200", "2025-09-02", 37.5)],
                           "language_tests": [_test("tcf_canada", "2026-04-18", 460, 455, 10, 9)],
                           "education": _education("bachelor", "eca", "one_or_two_year")},
                          ("not_eligible", 4680, 7, None, (436, 346, 0, 75, 15))),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_the_command_line_gives_the_same_figures(name: str, tmp_path: pathlib.Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    profile, (verdict, hours, clb, eligible_on, crs) = PROFILES[name]
    assert figures(assessed(profile, tmp_path, capsys)) == (verdict, hours, clb, eligible_on, *crs)


def test_the_command_line_tells_leonie_how_long_nclc_5_holds(tmp_path: pathlib.Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    result = assessed(PROFILES["leonie"][0], tmp_path, capsys)
    language = next(c for c in result["criteria"] if c["id"] == "language")
    assert language["met"] is True
    assert "March 1, 2027" in language["explanation"]
