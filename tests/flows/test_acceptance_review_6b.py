"""Acceptance review 6b: the CRS part of the conversation, the `assess` command line and "How can I raise my
score?", each result worked out by hand from RULES.md (shared/reference/RULES.md) in the comments.

Application day 2026-11-27 throughout. Ages are completed years (a birthday counts from the day itself).
"Single" below means the "without spouse" column; "with spouse" an accompanying non-citizen partner.
IELTS GT rows used (RULES.md section 2): 8/7/7/7 = CLB 9 in each; 8.5/8/7.5/7.5 = CLB 10; 7.5/6.5/6.5/6.5 =
CLB 8; 6/6/6/6 = CLB 7; 5.5/5/5.5/5.5 = CLB 6; 5/4/5/5 = CLB 5; 4.5/3.5/4/4 = CLB 4. TEF Canada
434/434/428/456 = NCLC 7 in each; 503/503/512/518 = NCLC 9.
Canadian work for the CRS (RULES.md section 3): qualifying hours in the last 10 years at 30/7 h a day at most,
one year per complete 1,560 h. The usual screening job, 21232 (TEER 1) from 2025-09-01 at 40 h, gives
2025-09-01..2026-11-26 = 452 days x 30/7 = 1,937.1 h: 1 year.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest

from eligibility import Profile, assess
from flows import conversation as talk
from flows.machine import CRS_RESULT, VERDICT

from .chat_steps import TODAY, say

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLB9 = ("8", "7", "7", "7")


def job(code: str = "21232", start: str = "2025-09-01", end: str | None = None, hours: str = "40", *,
        student: bool = False, more: bool = False, fr: bool = False) -> list[str]:
    yes, no = ("oui", "non") if fr else ("yes", "no")
    # A full-time student throughout is not asked about work authorization: the job counts nowhere (issue 16).
    return [code, start, yes if end is None else no, *([] if end is None else [end]), hours, yes, yes,
            *([yes] if student else [no, yes]), yes if more else no]


GT = "IELTS GT"  # IELTS typed with its version: "IELTS" alone is asked about (General Training or Academic?)


def a_test(kind: str = GT, date: str = "2025-06-01", scores: tuple[str, ...] = CLB9, *, more: bool = False,
           fr: bool = False) -> list[str]:
    yes, no = ("oui", "non") if fr else ("yes", "no")
    return [kind, date, *scores, yes if more else no]


def crs_of(*crs_answers: str, screening_answers: list[str] | None = None, lang: str = "en") -> dict[str, Any]:
    """Plays the quick screening (default: the usual job and IELTS CLB 9), asks for the CRS, answers it."""
    fr = lang == "fr"
    if screening_answers is None:
        screening_answers = [*job(fr=fr), *a_test(fr=fr)]
    screening = talk.new_screening()
    say(screening, *(["non", "oui"] if fr else ["no", "yes"]), *screening_answers, lang=lang)
    assert screening.state == VERDICT
    talk.handle_button(screening, VERDICT, "crs", lang, TODAY)
    reply = say(screening, *crs_answers, lang=lang)
    assert screening.state == CRS_RESULT and reply.result is not None
    crs: dict[str, Any] = reply.result["crs"]
    assert crs["total"] == crs["core"] + crs["spouse"] + crs["transferability"] + crs["additional"]
    assert str(crs["total"]) in reply.messages[-1].text.replace(",", "").replace(" ", "")  # 1,032 or 1 032
    return crs


def parts(crs: dict[str, Any]) -> tuple[int, int, int, int, int]:
    return crs["total"], crs["core"], crs["spouse"], crs["transferability"], crs["additional"]


# The CRS answers after the birth day and marital status of a single person: education, where, Canadian
# credential (asked for a foreign post-secondary one), foreign work, certificate, nomination, sibling.
BACHELOR_ECA = ["bachelor", "abroad_eca", "none"]
NOTHING_MORE = ["0", "no", "no", "no"]


# -- 1. ages (single, bachelor's with ECA, CLB 9, 1 year in Canada) -------------------------------------------
# Without age: education 120 + language 4 x 31 = 124 + Canadian work 40 = 284; transferability: education x
# CLB 9+ 25 + education x 1 year 13 = 38. Total = age points + 322.
@pytest.mark.parametrize(("birth", "age_points"), [
    ("2009-11-28", 0),  # 17 (18 tomorrow): 0
    ("2008-11-27", 99),  # 18 today: 99
    ("2006-11-27", 110),  # 20 today: 110
    ("1996-11-28", 110),  # 29 (30 tomorrow): 110
    ("1996-11-27", 105),  # 30 today: 105
    ("35", 77),  # typed as an age: 35 = 77
    ("1982-11-28", 17),  # 43 (44 tomorrow): 17
    ("1982-11-27", 6),  # 44 today: 6
    ("1981-11-27", 0),  # 45 today: 0
])
def test_a01_age_boundaries(birth: str, age_points: int) -> None:
    crs = crs_of(birth, "single", *BACHELOR_ECA, *NOTHING_MORE)
    assert crs["details"]["age"] == age_points
    assert parts(crs) == (age_points + 322, age_points + 284, 0, 38, 0)


def test_a02_age_30_today_in_french() -> None:
    # Same as above in French, 30 today: 105 + 322 = 427.
    crs = crs_of("1996-11-27", "célibataire", "baccalauréat", "2", "non", "0", "non", "non", "non", lang="fr")
    assert parts(crs) == (427, 389, 0, 38, 0)


# -- 2. spouse or partner ----------------------------------------------------------------------------------
def test_s01_accompanying_spouse_with_bachelor_and_no_test() -> None:
    # Born 1995-01-01: 31. With spouse: age 90 + bachelor 112 + CLB 9 4 x 29 = 116 + 1 year 35 = 353.
    # Spouse: bachelor 8 + no test 0 + no Canadian work 0 = 8. Transferability 25 + 13 = 38. Total 399.
    crs = crs_of("1995-01-01", "married", "no", "yes", "bachelor", "none", "0", *BACHELOR_ECA, *NOTHING_MORE)
    assert parts(crs) == (399, 353, 8, 38, 0)


def test_s02_spouse_who_is_a_citizen_uses_the_without_spouse_column() -> None:
    # Same person, spouse a Canadian citizen: age 31 without spouse 99 + 120 + 124 + 40 = 383; + 38 = 421.
    crs = crs_of("1995-01-01", "married", "yes", *BACHELOR_ECA, *NOTHING_MORE)
    assert parts(crs) == (421, 383, 0, 38, 0)


def test_s03_common_law_partner_who_does_not_come_in_french() -> None:
    # Common-law, not a citizen, not coming: without spouse, as s02: 421.
    crs = crs_of("1995-01-01", "Conjoint(e) de fait", "non", "non", "baccalauréat", "2", "non", "0", "non", "non",
                 "non", lang="fr")
    assert parts(crs) == (421, 383, 0, 38, 0)


def test_s03b_common_law_typed_without_the_parenthesis_is_understood() -> None:
    screening = talk.new_screening()
    say(screening, "non", "oui", *job(fr=True), *a_test(fr=True), lang="fr")
    talk.handle_button(screening, VERDICT, "crs", "fr", TODAY)
    say(screening, "1995-01-01", lang="fr")
    assert not talk.handle_text(screening, "conjoint de fait", "fr", TODAY).error
    assert screening.answers["marital"] == "common_law"


def test_s04_spouse_factors_are_capped_at_40() -> None:
    # Spouse: doctoral 10 + CLB 10 in each 4 x 5 = 20 + 5 years of Canadian work 10 = 40 (exactly the cap).
    # Principal born 1990-01-01: 36, with spouse 65 + 112 + 116 + 35 = 328. Total 328 + 40 + 38 = 406.
    crs = crs_of("1990-01-01", "married", "no", "yes", "doctoral", GT, "2026-01-10", "8.5", "8", "7.5", "7.5",
                 "5", *BACHELOR_ECA, *NOTHING_MORE)
    assert parts(crs) == (406, 328, 40, 38, 0)


def test_s05_spouse_two_year_diploma_clb5_and_two_years_in_canada() -> None:
    # Spouse: two-year 7 + CLB 5 in each 4 x 1 = 4 + 2 years 7 = 18. Principal as s04: 328 + 18 + 38 = 384.
    crs = crs_of("1990-01-01", "common_law", "no", "yes", "two_year", GT, "2026-01-10", "5", "4", "5", "5",
                 "2", *BACHELOR_ECA, *NOTHING_MORE)
    assert parts(crs) == (384, 328, 18, 38, 0)


def test_s06_spouse_test_expired_gives_no_language_points() -> None:
    # Spouse IELTS of 2024-11-26 (CLB 9) expired on the application day 2026-11-27 (valid 2 years): 0 points.
    # Spouse: master 10 + 0 + 2 years 7 = 17. Principal as s04: 328 + 17 + 38 = 383.
    crs = crs_of("1990-01-01", "married", "no", "yes", "master", GT, "2024-11-26", *CLB9, "2",
                 *BACHELOR_ECA, *NOTHING_MORE)
    assert parts(crs) == (383, 328, 17, 38, 0)


def test_s07_spouse_clb7_in_french_interface() -> None:
    # Spouse: master 10 + CLB 7 in each 4 x 3 = 12 + 3 years 8 = 30. Principal 36: 328; transferability 38.
    # Total 396.
    crs = crs_of("1990-01-01", "marié", "non", "oui", "maîtrise", GT, "2026-01-10", "6", "6", "6", "6", "3",
                 "baccalauréat", "2", "non", "0", "non", "non", "non", lang="fr")
    assert parts(crs) == (396, 328, 30, 38, 0)


# -- 3. education (single, 25 years old: 110; CLB 9 124; 1 year in Canada 40) --------------------------------
BORN_25 = "2001-05-05"


def test_e01_secondary_in_canada_earns_no_transferability_and_no_canadian_credential() -> None:
    # 110 + secondary 30 + 124 + 40 = 304. Secondary earns no transferability, is not post-secondary: 0 more.
    crs = crs_of(BORN_25, "single", "secondary", "canada", *NOTHING_MORE)
    assert parts(crs) == (304, 304, 0, 0, 0)


def test_e02_one_year_program_in_canada_earns_the_15_point_credential() -> None:
    # 110 + one-year 90 + 124 + 40 = 364; short row: CLB 9+ 25 + 1 year 13 = 38; Canadian 1-2 year credential 15.
    crs = crs_of(BORN_25, "single", "one_year", "canada", *NOTHING_MORE)
    assert parts(crs) == (417, 364, 0, 38, 15)


def test_e03_two_year_diploma_abroad_without_eca_counts_nothing() -> None:
    # A foreign credential without an ECA: 0, and no transferability. 110 + 0 + 124 + 40 = 274.
    crs = crs_of(BORN_25, "single", "two_year", "abroad, no ECA", "none", *NOTHING_MORE)
    assert parts(crs) == (274, 274, 0, 0, 0)


def test_e04_master_abroad_with_eca_and_a_separate_canadian_bachelor() -> None:
    # Master's with ECA 135; long row: CLB 9+ 50 + 1 year 25 = 75, capped at 50; a separate Canadian 3+ year
    # credential 30. 110 + 135 + 124 + 40 = 409 + 50 + 30 = 489.
    crs = crs_of(BORN_25, "single", "master", "abroad_eca", "three_year_plus", *NOTHING_MORE)
    assert parts(crs) == (489, 409, 0, 50, 30)


def test_e05_doctorate_earned_in_canada() -> None:
    # Doctoral 150 + Canadian 3+ year credential 30; long row capped at 50. 110 + 150 + 124 + 40 = 424; 504.
    crs = crs_of(BORN_25, "single", "doctoral", "canada", *NOTHING_MORE)
    assert parts(crs) == (504, 424, 0, 50, 30)


def test_e06_two_or_more_abroad_with_eca_in_french() -> None:
    # Two or more credentials 128; long row 50 + 25 capped at 50. 110 + 128 + 124 + 40 = 402 + 50 = 452.
    crs = crs_of(BORN_25, "célibataire", "two_or_more", "abroad_eca", "non", "0", "non", "non", "non", lang="fr")
    assert parts(crs) == (452, 402, 0, 50, 0)


def test_e07_master_abroad_without_eca_but_a_canadian_one_year_credential() -> None:
    # The foreign master's counts 0 without an ECA; the Canadian one-or-two-year credential counts at least
    # as a one-year program: 90, short row 25 + 13 = 38, and 15 additional. 110 + 90 + 124 + 40 = 364; 417.
    crs = crs_of(BORN_25, "single", "master", "abroad, no ECA", "one_or_two_year", *NOTHING_MORE)
    assert parts(crs) == (417, 364, 0, 38, 15)


# -- 4. skill transferability ----------------------------------------------------------------------------
def test_t01_foreign_work_one_year_with_clb7_and_secondary_school() -> None:
    # IELTS 6/6/6/6 = CLB 7 in each: 4 x 17 = 68. 110 + secondary 30 + 68 + 40 = 248. Secondary: no education
    # rows. Foreign 1-2 years: x CLB 7+ 13, x 1 year in Canada 13 = 26. Total 274.
    crs = crs_of(BORN_25, "single", "secondary", "abroad_eca", "1", "no", "no", "no",
                 screening_answers=[*job(), *a_test(scores=("6", "6", "6", "6"))])
    assert parts(crs) == (274, 248, 0, 26, 0)


def test_t02_transferability_caps_at_100_with_a_certificate() -> None:
    # Job from 2024-06-01: 909 days x 30/7 = 3,895.7 h: 2 years, 53. 110 + 120 + 124 + 53 = 407.
    # Education short row 25 + 25 = 50 (cap 50); foreign 3+ years 50 + 50 = 100, capped 50; certificate x
    # CLB 7+ 50. 150 in all, capped at 100. Total 507.
    crs = crs_of(BORN_25, "single", *BACHELOR_ECA, "3", "yes", "no", "no",
                 screening_answers=[*job(start="2024-06-01"), *a_test()])
    assert parts(crs) == (507, 407, 0, 100, 0)


def test_t03_certificate_with_clb6_earns_25() -> None:
    # Mechanic 72410 (TEER 2, CLB 5 needed), IELTS 5.5/5/5.5/5.5 = CLB 6: 4 x 9 = 36. 110 + secondary 30 + 36
    # + 40 = 216. Certificate x CLB 5+ (one under 7) 25. Total 241.
    crs = crs_of(BORN_25, "single", "secondary", "abroad_eca", "0", "yes", "no", "no",
                 screening_answers=[*job("72410"), *a_test(scores=("5.5", "5", "5.5", "5.5"))])
    assert parts(crs) == (241, 216, 0, 25, 0)


def test_t04_foreign_work_two_years_clb8_and_bachelor() -> None:
    # IELTS 7.5/6.5/6.5/6.5 = CLB 8 in each: 4 x 23 = 92. 110 + 120 + 92 + 40 = 362. Education short row x
    # CLB 7+ 13 + x 1 year 13 = 26; foreign 1-2 years x CLB 7+ 13 + x 1 year 13 = 26. Total 362 + 52 = 414.
    crs = crs_of(BORN_25, "single", *BACHELOR_ECA, "2", "no", "no", "no",
                 screening_answers=[*job(), *a_test(scores=("7.5", "6.5", "6.5", "6.5"))])
    assert parts(crs) == (414, 362, 0, 52, 0)


# -- 5. additional points --------------------------------------------------------------------------------
def test_x01_nomination_and_sibling_are_capped_at_600() -> None:
    # Born 2001-05-05 (25): 432 without additional points; nomination 600 + sibling 15 = 615, capped 600: 1,032.
    crs = crs_of(BORN_25, "single", *BACHELOR_ECA, "0", "no", "yes", "yes")
    assert parts(crs) == (1032, 394, 0, 38, 600)


def test_x02_sibling_alone_in_french() -> None:
    crs = crs_of(BORN_25, "célibataire", "baccalauréat", "2", "non", "0", "non", "non", "oui", lang="fr")
    assert parts(crs) == (447, 394, 0, 38, 15)  # 432 + 15


FRENCH_NCLC7 = ("434", "434", "428", "456")


def test_x03_french_nclc7_with_english_clb4_earns_25_and_french_is_first() -> None:
    # English IELTS 4.5/3.5/4/4 = CLB 4; TEF 434/434/428/456 = NCLC 7. The CEC needs CLB 7 (TEER 1): French
    # meets it. French first: 4 x 17 = 68, English second CLB 4: 0 (English first would give 4 x 6 + 4 x 3 =
    # 36). 110 + 120 + 68 + 40 = 338. Transferability by French (NCLC 7-8): education x lang 13 + x 1 year
    # 13 = 26. French bonus: English CLB 4 or lower, 25. Total 389.
    crs = crs_of(BORN_25, "single", *BACHELOR_ECA, *NOTHING_MORE, screening_answers=[
        *job(), *a_test(scores=("4.5", "3.5", "4", "4"), more=True), *a_test("TEF", "2026-01-10", FRENCH_NCLC7)])
    assert crs["first_language"] == "french"
    assert parts(crs) == (389, 338, 0, 26, 25)


def test_x04_french_nclc7_with_english_clb5_earns_50() -> None:
    # English IELTS 5/4/5/5 = CLB 5 in each: second language 4 x 1 = 4. 110 + 120 + 68 + 4 + 40 = 342;
    # transferability 26; French bonus with English CLB 5+ in all four: 50. Total 418.
    crs = crs_of(BORN_25, "single", *BACHELOR_ECA, *NOTHING_MORE, screening_answers=[
        *job(), *a_test(scores=("5", "4", "5", "5"), more=True), *a_test("TEF", "2026-01-10", FRENCH_NCLC7)])
    assert parts(crs) == (418, 342, 0, 26, 50)


def test_x05_french_nclc7_with_english_clb5_but_one_ability_at_4_in_french() -> None:
    # English 5/4/5/4.5: speaking 4.5 is CLB 4, so not CLB 5+ in all four: bonus 25. Second language 1 + 1 +
    # 1 + 0 = 3. 110 + 120 + 68 + 3 + 40 = 341; + 26 + 25 = 392.
    crs = crs_of(BORN_25, "célibataire", "baccalauréat", "2", "non", "0", "non", "non", "non", lang="fr",
                 screening_answers=[*job(fr=True), *a_test(scores=("5", "4", "5", "4.5"), more=True, fr=True),
                                    *a_test("TEF", "2026-01-10", FRENCH_NCLC7, fr=True)])
    assert parts(crs) == (392, 341, 0, 26, 25)


def test_x06_bilingual_second_language_capped_at_24() -> None:
    # English CLB 9 first (124); French NCLC 9 in each: 4 x 6 = 24 (cap 24 without spouse); French bonus 50.
    # 110 + 120 + 124 + 24 + 40 = 418; transferability 38; total 506.
    crs = crs_of(BORN_25, "single", *BACHELOR_ECA, *NOTHING_MORE, screening_answers=[
        *job(), *a_test(more=True), *a_test("TEF", "2026-01-10", ("503", "503", "512", "518"))])
    assert parts(crs) == (506, 418, 0, 38, 50)


# -- 6. Canadian work years (single, 25, bachelor's with ECA, CLB 9: 110 + 120 + 124 = 354 before work) -----
@pytest.mark.parametrize(("start", "years", "work_points", "edu_work"), [
    ("2024-11-30", 1, 40, 13),  # 727 days x 30/7 = 3,115.7 h: 1 complete year
    ("2024-11-29", 2, 53, 25),  # 728 days x 30/7 = 3,120 h exactly: 2 years
    ("2023-12-01", 3, 64, 25),  # 1,092 days: 4,680 h, 3 years
    ("2022-12-02", 4, 72, 25),  # 1,456 days: 6,240 h, 4 years
    ("2021-06-01", 5, 80, 25),  # 2,005 days: 8,592.9 h, 5 years (5+)
])
def test_w01_canadian_work_years(start: str, years: int, work_points: int, edu_work: int) -> None:
    crs = crs_of(BORN_25, "single", *BACHELOR_ECA, *NOTHING_MORE,
                 screening_answers=[*job(start=start, hours="30"), *a_test()])
    assert crs["details"]["canadian_work"] == work_points
    assert parts(crs) == (354 + work_points + 25 + edu_work, 354 + work_points, 0, 25 + edu_work, 0)


def test_w02_only_the_last_ten_years_count() -> None:
    # Old job 2015-01-01..2018-12-31 at 30 h: the 10-year window opens 2016-11-27, so 765 days x 30/7 =
    # 3,278.6 h; with the usual job's 1,937.1 h: 5,215.7 h = 3 years (64). 354 + 64 = 418 + 25 + 25 = 468.
    crs = crs_of(BORN_25, "single", *BACHELOR_ECA, *NOTHING_MORE, screening_answers=[
        *job(start="2015-01-01", end="2018-12-31", hours="30", more=True), *job(), *a_test()])
    assert parts(crs) == (468, 418, 0, 50, 0)


def test_w03_work_while_a_full_time_student_does_not_count() -> None:
    # 2022-01-01..2024-12-31 as a full-time student: 0 h. The usual job alone: 1 year. 354 + 40 + 38 = 432.
    crs = crs_of(BORN_25, "single", *BACHELOR_ECA, *NOTHING_MORE, screening_answers=[
        *job(start="2022-01-01", end="2024-12-31", hours="30", student=True, more=True), *job(), *a_test()])
    assert parts(crs) == (432, 394, 0, 38, 0)


def test_e08_foreign_bachelor_with_eca_and_a_canadian_diploma_are_two_credentials() -> None:
    # RULES.md section 3: "two or more credentials, one of them 3+ years" 128 without spouse; both count (the
    # foreign one has an ECA). 110 + 128 + 124 + 40 = 402. Long row: CLB 9+ 50 + 1 year 25, capped at 50.
    # Canadian one-or-two-year credential 15. Total 467 (the product gives 120 + 38: 447).
    crs = crs_of(BORN_25, "single", "bachelor", "abroad_eca", "one_or_two_year", *NOTHING_MORE)
    assert parts(crs) == (467, 402, 0, 50, 15)


# == Part 2: `cec-screener assess` on hand-made profiles ======================================================
S01 = ROOT / "tests" / "fixtures" / "personas" / "s01_single_bachelor_clb9.json"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "assess", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def s01(**changes: Any) -> dict[str, Any]:
    """RULES.md's worked example (single, 29, bachelor's with ECA, IELTS CLB 9, 2 years abroad, the usual
    job): 470 = 110 + 120 + 124 + 40 + education 25 + 13 + foreign work 25 + 13."""
    profile: dict[str, Any] = json.loads(S01.read_text())
    profile.update(changes)
    return profile


def run(profile: dict[str, Any]) -> dict[str, Any]:
    proc = cli("-", stdin=json.dumps(profile))
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def test_c01_a_job_given_by_teer_alone() -> None:
    # {"teer": 1} instead of 21232: the same 1,937 h, CLB 7 (TEER 1), the same 470.
    r = run(s01(jobs=[{"teer": 1, "start": "2025-09-01", "end": None, "hours_per_week": 40}]))
    assert (r["verdict"], r["qualifying_hours"], r["required_clb"]) == ("eligible", 1937, 7)
    assert r["crs"]["total"] == 470


def test_c02_two_teer_2_jobs_by_teer_alone_with_clb5() -> None:
    # Two TEER 2 jobs from 2025-09-01 at 40 h and 10 h: 50 h capped at 30: 1,937 h; whichever occupations they
    # are, TEER 2 needs CLB 5. IELTS 5/4/5/5 = CLB 5: 4 x 6 = 24. 110 + 120 + 24 + 40 = 294; CLB 5-6 earns no
    # language transferability: education x 1 year 13 + foreign x 1 year 13 = 26. Total 320.
    scores = {"listening": 5, "reading": 4, "writing": 5, "speaking": 5}
    r = run(s01(jobs=[{"teer": 2, "start": "2025-09-01", "hours_per_week": 40},
                      {"teer": 2, "start": "2025-09-01", "hours_per_week": 10}],
                language_tests=[{"test": "ielts_general", "date": "2025-06-01", **scores}]))
    assert (r["verdict"], r["qualifying_hours"], r["required_clb"]) == ("eligible", 1937, 5)
    assert (r["crs"]["total"], r["crs"]["core"], r["crs"]["transferability"]) == (320, 294, 26)


def test_c03_full_time_student_until_counts_from_the_next_day() -> None:
    # From 2024-06-01 at 30 h, studies full time until 2025-08-31: counted from 2025-09-01, 452 days x 30/7 =
    # 1,937 h; 1 year for the CRS: 470 as s01.
    r = run(s01(jobs=[{"noc": "21232", "start": "2024-06-01", "hours_per_week": 30,
                       "full_time_student_until": "2025-08-31"}]))
    assert (r["verdict"], r["qualifying_hours"], r["crs"]["total"]) == ("eligible", 1937, 470)


def test_c04_a_job_outside_canada_counts_no_hours_and_no_canadian_work() -> None:
    # 0 h, no required level; CRS without Canadian work: 110 + 120 + 124 = 354 + education x CLB 9 25 +
    # foreign x CLB 9 25 = 404.
    r = run(s01(jobs=[{"noc": "21232", "start": "2025-09-01", "hours_per_week": 40, "in_canada": False}]))
    assert (r["verdict"], r["qualifying_hours"], r["required_clb"], r["crs"]["total"]) == ("not_eligible", 0, None,
                                                                                          404)


def test_c05_self_employment_counts_no_hours() -> None:
    r = run(s01(jobs=[{"noc": "21232", "start": "2025-09-01", "hours_per_week": 40, "self_employed": True}]))
    assert (r["verdict"], r["qualifying_hours"], r["crs"]["total"]) == ("not_eligible", 0, 404)


def test_c06_an_expired_test_fails_the_language_criterion_and_earns_no_points() -> None:
    # IELTS of 2024-11-26 expired (2 years) before 2026-11-27. CRS: 110 + 120 + 0 + 40 = 270; education x 1
    # year 13 + foreign x 1 year 13 = 26; 296.
    r = run(s01(language_tests=[{"test": "ielts_general", "date": "2024-11-26", "listening": 8, "reading": 7,
                                 "writing": 7, "speaking": 7}]))
    assert r["verdict"] == "not_eligible" and r["crs"]["total"] == 296
    assert [c["met"] for c in r["criteria"][:3]] == [True, False, True]


INVALID = [
    ("jobs[0].hours_per_week", {"jobs": [{"noc": "21232", "start": "2025-09-01", "hours_per_week": 200}]}),
    ("jobs[0].hours_per_week", {"jobs": [{"noc": "21232", "start": "2025-09-01", "hours_per_week": "forty"}]}),
    ("jobs[0].noc", {"jobs": [{"noc": "1234", "start": "2025-09-01", "hours_per_week": 40}]}),
    ("jobs[0].teer", {"jobs": [{"teer": 9, "start": "2025-09-01", "hours_per_week": 40}]}),
    ("foo", {"foo": 1}),
    ("birth_date", {"birth_date": "2026-13-01"}),
    ("age", {"age": 30}),  # with birth_date: one or the other
    ("marital_status", {"marital_status": "engaged"}),
    ("education.level", {"education": {"level": "phd"}}),
    ("foreign_work_years", {"foreign_work_years": -1}),
    ("language_tests[0].test", {"language_tests": [{"test": "ielts_academic", "date": "2025-06-01",
                                                    "listening": 8, "reading": 7, "writing": 7, "speaking": 7}]}),
    ("language_tests[0].reading", {"language_tests": [{"test": "ielts_general", "date": "2025-06-01",
                                                       "listening": 8, "reading": 7.3, "writing": 7,
                                                       "speaking": 7}]}),
]


@pytest.mark.parametrize(("field", "change"), INVALID, ids=[f for f, _ in INVALID])
def test_c07_an_invalid_field_exits_2_with_one_line_naming_it(field: str, change: dict[str, Any]) -> None:
    proc = cli("-", stdin=json.dumps(s01(**change)))
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and field in lines[0] and "Traceback" not in proc.stderr


def test_c08_not_json_exits_2_without_a_traceback() -> None:
    proc = cli("-", stdin="{not json")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_c09_jsonl_with_bad_lines_in_the_middle_goes_on() -> None:
    good = json.dumps(s01())
    no_abroad = json.dumps(s01(foreign_work_years=0))
    proc = cli("--jsonl", "-", stdin="\n".join([good, '{"age": 30, "foo": 1}', "not json", no_abroad]) + "\n")
    assert "Traceback" not in proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 4
    assert lines[0]["crs"]["total"] == 470
    assert "foo" in lines[1]["error"] and "line 2" in lines[1]["error"] and "line 3" in lines[2]["error"]
    assert lines[3]["crs"]["total"] == 432  # no foreign work: 470 - 25 - 13


def test_c10_text_in_french() -> None:
    proc = cli("--format", "text", "--lang", "fr", str(S01))
    assert proc.returncode == 0, proc.stderr
    assert "VOUS SEMBLEZ ADMISSIBLE" in proc.stdout and "470 POINTS" in proc.stdout
    assert "1 937 h" in proc.stdout and "NCLC 9/9/9/9" in proc.stdout
    assert "Facteurs de base 394" in proc.stdout and "transférabilité des compétences 76" in proc.stdout


# == Part 3: "How can I raise my score?" ======================================================================
def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386, written here so as not to test the product's with itself."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def plan_of(profile: dict[str, Any]) -> tuple[int, dict[str, dict[str, Any]]]:
    """The score and the items; each item's change re-assessed gives its crs_after, and a step gains."""
    r = assess(Profile.model_validate_json(json.dumps(profile)), with_improvements=True)
    total = r["crs"]["total"]
    items = {item["id"]: item for item in r["improvements"]}
    for item in items.values():
        after = assess(Profile.model_validate_json(json.dumps(merge_patch(profile, item["change"]))))
        assert after["crs"]["total"] == item["crs_after"], item["id"]
        assert item["gain"] == item["crs_after"] - total, item["id"]
        assert item["gain"] > 0 if item["kind"] == "step" else item["gain"] < 0, item["id"]
    return total, items


def gains(items: dict[str, dict[str, Any]]) -> dict[str, int]:
    return {key: item["gain"] for key, item in items.items()}


def test_i01_the_worked_example() -> None:
    # 470. French NCLC 7: bonus 50 (English CLB 9) + second language 4 x 3 = 12: +62. All CLB 10: first
    # language 4 x (34 - 31) = +12, transferability already at the upper tier. One ability to CLB 10: +3.
    # French NCLC 5: second language 4 x 1 = +4 (no bonus). Two years of work on 2027-08-30 (the job from
    # 2025-09-01 needs 728 days for 3,120 h): age 30 then, 105; 105 + 120 + 124 + 53 = 402 + education 25 +
    # 25 + foreign 25 + 25 = 502: +32. Turning 30 on 2027-03-10: age 110 -> 105, a -5 warning.
    total, items = plan_of(s01())
    assert total == 470
    assert {k: v for k, v in gains(items).items() if not k.startswith(("work_year_3", "work_year_4",
                                                                       "work_year_5"))} == {
        "french_nclc7": 62, "retake_all_clb10": 12, "french_nclc5": 4, "retake_listening": 3,
        "retake_reading": 3, "retake_writing": 3, "retake_speaking": 3, "work_year_2": 32, "age_band": -5}
    assert items["work_year_2"]["when"] == "2027-08-30" and items["age_band"]["when"] == "2027-03-10"


def test_i02_a_nominee_whose_additional_points_are_full() -> None:
    # 470 + 600 = 1,070. French NCLC 7 now gains only the 12 second-language points (additional capped at 600).
    total, items = plan_of(s01(provincial_nomination=True))
    assert total == 1070 and gains(items)["french_nclc7"] == 12 and gains(items)["french_nclc5"] == 4


def test_i03_french_first_with_english_clb4() -> None:
    # TEF NCLC 7 first (4 x 17 = 68), IELTS CLB 4 second (0), French bonus 25. 110 + 120 + 68 + 40 = 338;
    # transferability (NCLC 7-8) education 13 + 13, foreign 13 + 13 = 52; 338 + 52 + 25 = 415.
    # English CLB 5 in all: second language 4 + bonus 25 -> 50: +29. English CLB 7: 12 + 25 = +37.
    # French to NCLC 9: 124 first, transferability 38 + 38 = 76: 110 + 120 + 124 + 40 + 76 + 25 = 495, +80.
    total, items = plan_of(s01(language_tests=[
        {"test": "ielts_general", "date": "2026-01-10", "listening": 4.5, "reading": 3.5, "writing": 4,
         "speaking": 4},
        {"test": "tef_canada", "date": "2026-01-10", "listening": 434, "reading": 434, "writing": 428,
         "speaking": 456}]))
    assert total == 415
    g = gains(items)
    assert (g["english_clb5"], g["english_clb7"], g["retake_all_clb9"], g["retake_listening"]) == (29, 37, 80, 6)


def test_i04_an_accompanying_spouse_without_a_test() -> None:
    # Married, spouse bachelor's (8), no test, no Canadian work: 29 with spouse 100 + 112 + 116 + 35 = 363;
    # spouse 8; transferability 76; 447. Spouse CLB 7: 4 x 3 = +12; CLB 9: 4 x 5 = +20.
    total, items = plan_of(s01(marital_status="married", spouse={"accompanying": True, "education": "bachelor"}))
    assert total == 447
    assert (gains(items)["spouse_language_clb7"], gains(items)["spouse_language_clb9"]) == (12, 20)


def test_i05_nothing_left_to_raise() -> None:
    # 45 (born 1981-01-01): age 0, no birthday can lower it. Job from 2020-01-01: 5+ years (80). IELTS CLB 10
    # first (4 x 34 = 136), TEF NCLC 10 second (24, capped 24), bonus 50. Education 120; transferability
    # education 25 + 25, foreign 25 + 25 = 100. 0 + 120 + 136 + 24 + 80 = 360 + 100 + 50 = 510. No item helps.
    total, items = plan_of(s01(birth_date="1981-01-01",
                               jobs=[{"noc": "21232", "start": "2020-01-01", "hours_per_week": 30}],
                               language_tests=[
                                   {"test": "ielts_general", "date": "2026-01-10", "listening": 8.5, "reading": 8,
                                    "writing": 7.5, "speaking": 7.5},
                                   {"test": "tef_canada", "date": "2026-01-10", "listening": 546, "reading": 546,
                                    "writing": 558, "speaking": 556}]))
    assert total == 510 and items == {}


def test_i06_an_eca_helps_next_to_a_canadian_credential() -> None:
    # Foreign bachelor's without ECA + Canadian 3+ year credential: one credential counts, 120 (bachelor's
    # level) + 30: 500. With the ECA: two credentials, one of 3+ years, 128; long row 50 + 25 capped at 50
    # instead of 25 + 13 = 38: 500 + 8 + 12 = 520, +20.
    total, items = plan_of(s01(education={"level": "bachelor", "in_canada": False, "eca": False,
                                          "canadian_credential": "three_year_plus"}))
    assert total == 500
    assert gains(items).get("eca") == 20


# == More people, on the command line and in the chat ==========================================================
TEF_NCLC7 = {"test": "tef_canada", "date": "2026-01-10", "listening": 434, "reading": 434, "writing": 428,
             "speaking": 456}
IELTS_CLB9 = {"test": "ielts_general", "date": "2025-06-01", "listening": 8, "reading": 7, "writing": 7,
              "speaking": 7}


def test_m01_french_bonus_is_25_when_the_english_test_has_expired() -> None:
    # English CLB 9 taken 2024-11-26: expired, so "untested": French NCLC 7 first (68), bonus 25. 110 + 120 +
    # 68 + 40 = 338; transferability at NCLC 7-8: 13 + 13 + 13 + 13 = 52; 338 + 52 + 25 = 415.
    r = run(s01(language_tests=[{**IELTS_CLB9, "date": "2024-11-26"}, TEF_NCLC7]))
    assert r["verdict"] == "eligible" and r["crs"]["details"]["french"] == 25 and r["crs"]["total"] == 415


@pytest.mark.parametrize("other", [
    {"noc": "64100", "start": "2020-01-01", "hours_per_week": 30},  # TEER 4
    {"noc": "21232", "start": "2020-01-01", "end": "2025-08-31", "hours_per_week": 30, "authorized": False},
    {"noc": "21232", "start": "2020-01-01", "end": "2025-08-31", "hours_per_week": 30, "paid": False},
    {"noc": "21232", "start": "2020-01-01", "end": "2025-08-31", "hours_per_week": 30, "self_employed": True},
], ids=["teer4", "unauthorized", "unpaid", "self_employed"])
def test_m02_excluded_work_adds_no_canadian_work_years(other: dict[str, Any]) -> None:
    # Years of such work next to the usual job: still 1,937 h and 1 year; 470 as s01.
    r = run(s01(jobs=[*s01()["jobs"], other]))
    assert (r["qualifying_hours"], r["crs"]["details"]["canadian_work"], r["crs"]["total"]) == (1937, 40, 470)


def test_m03_age_17_given_as_a_number() -> None:
    r = run(s01(birth_date=None, age=17))
    assert r["crs"]["details"]["age"] == 0 and r["crs"]["total"] == 360  # 470 - 110


def test_m04_a_divorced_persons_spouse_object_is_ignored() -> None:
    r = run(s01(marital_status="divorced", spouse={"education": "master", "canadian_work_years": 3}))
    assert (r["crs"]["total"], r["crs"]["spouse"]) == (470, 0)


def test_m05_married_without_spouse_details_takes_the_with_spouse_column() -> None:
    # RULES.md is silent on a spouse whose facts are unknown; the product takes the column that never
    # overstates: 29 with spouse 100 + 112 + 4 x 29 = 116 + 35 = 363, no spouse points, 76: 439.
    r = run(s01(marital_status="married"))
    assert (r["crs"]["total"], r["crs"]["core"], r["crs"]["spouse"]) == (439, 363, 0)


def test_m06_second_language_is_capped_at_22_with_a_spouse() -> None:
    # TEF NCLC 9 in each: 4 x 6 = 24, capped 22 with spouse. 100 + 112 + 116 + 22 + 35 = 385; spouse master's
    # 10; transferability 76; French bonus 50. 521.
    tef9 = {"test": "tef_canada", "date": "2026-01-10", "listening": 503, "reading": 503, "writing": 512,
            "speaking": 518}
    r = run(s01(marital_status="married", spouse={"education": "master"}, language_tests=[IELTS_CLB9, tef9]))
    assert r["crs"]["details"]["second_language"] == 22
    assert parts(r["crs"]) == (521, 385, 10, 76, 50)


def test_m07_tcf_nclc7_earns_the_french_bonus() -> None:
    # TCF 458/453/10/10 = NCLC 7 in each: second language 12 + bonus 50. 470 + 62 = 532.
    tcf = {"test": "tcf_canada", "date": "2026-01-10", "listening": 458, "reading": 453, "writing": 10,
           "speaking": 10}
    r = run(s01(language_tests=[IELTS_CLB9, tcf]))
    assert r["crs"]["total"] == 532 and r["crs"]["details"]["french"] == 50


@pytest.mark.parametrize(("test", "first_language", "total"), [
    # CELPIP 12/11/10/10 are CLB 10+ each: 4 x 34 = 136: 470 + 12 = 482.
    ({"test": "celpip_general", "listening": 12, "reading": 11, "writing": 10, "speaking": 10}, 136, 482),
    # PTE Core 82/78/88/84 are exactly the CLB 9 row: 124, 470.
    ({"test": "pte_core", "listening": 82, "reading": 78, "writing": 88, "speaking": 84}, 124, 470),
    # Writing 87 is CLB 8: 3 x 31 + 23 = 116; lower tiers: 13 x 4 = 52: 110 + 120 + 116 + 40 + 52 = 438.
    ({"test": "pte_core", "listening": 82, "reading": 78, "writing": 87, "speaking": 84}, 116, 438),
])
def test_m08_other_english_tests(test: dict[str, Any], first_language: int, total: int) -> None:
    r = run(s01(language_tests=[{**test, "date": "2026-01-10"}]))
    assert (r["crs"]["details"]["first_language"], r["crs"]["total"]) == (first_language, total)


def test_m09_two_part_time_jobs_share_the_cap_for_the_crs_years() -> None:
    # 21232 and 21231 at 20 h each from 2023-11-27: 40 h capped at 30; 1,096 days x 30/7 = 4,697 h: 3 years
    # (64). 110 + 120 + 124 + 64 = 418; education 25 + 25, foreign 25 + 25 = 100; 518.
    r = run(s01(jobs=[{"noc": "21232", "start": "2023-11-27", "hours_per_week": 20},
                      {"noc": "21231", "start": "2023-11-27", "hours_per_week": 20}]))
    assert (r["qualifying_hours"], r["crs"]["details"]["canadian_work"], r["crs"]["total"]) == (4697, 64, 518)


def test_m10_a_planned_day_in_the_chat_moves_age_and_test_validity() -> None:
    # The worked example in the chat (born 1997-03-10). Applying on 2027-03-10 (30 that day): age 105: 465.
    # On 2027-06-02 the IELTS of 2025-06-01 has expired: 105 + 120 + 0 + 40 = 265 + 13 + 13 = 291, and not
    # eligible. Back to today: 470.
    screening = talk.new_screening()
    say(screening, "no", "yes", *job(), *a_test())
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    reply = say(screening, "1997-03-10", "single", *BACHELOR_ECA, "2", "no", "no", "no")
    assert reply.result is not None and reply.result["crs"]["total"] == 470
    totals = []
    for day in ("2027-03-10", "2027-06-02", "today"):
        planned = talk.plan(screening, day, "en", TODAY)
        assert planned is not None and planned.result is not None
        totals.append((planned.result["verdict"], planned.result["crs"]["total"]))
    assert totals == [("eligible", 465), ("not_eligible", 291), ("eligible", 470)]


def test_m11_edits_to_education_after_the_crs() -> None:
    # Master's abroad without ECA + Canadian 3+ year credential: bachelor's level 120 + 30; short row 25 + 13:
    # 110 + 120 + 124 + 40 = 394 + 38 + 30 = 462. Edited to earned in Canada: master's 135 + 30, long row 50:
    # 409 + 50 + 30 = 489. Then secondary (in Canada): 30, nothing more: 304. Then two-year (in Canada): 98 +
    # 15, short row 38: 372 + 38 + 15 = 425.
    screening = talk.new_screening()
    say(screening, "no", "yes", *job(), *a_test())
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    reply = say(screening, BORN_25, "single", "master", "abroad, no ECA", "three_year_plus", *NOTHING_MORE)
    assert reply.result is not None and reply.result["crs"]["total"] == 462
    totals = []
    for question, answer in (("education_where", "canada"), ("education_level", "secondary"),
                             ("education_level", "two_year")):
        talk.edit(screening, question, 0, "en", TODAY)
        reply = say(screening, answer)
        assert screening.state == CRS_RESULT and reply.result is not None
        totals.append(parts(reply.result["crs"]))
    assert totals == [(489, 409, 0, 50, 30), (304, 304, 0, 0, 0), (425, 372, 0, 38, 15)]


def test_i07_the_partner_as_principal_applicant() -> None:
    # Now: married, 29 with spouse 100 + 112 + 116 + 35 = 363; spouse bachelor's 8 + CLB 9 4 x 5 = 20 + 2 years
    # 7 = 35; transferability 76: 474. Partner (born 1995-01-01, 31) as principal, education taken as counting:
    # 90 + 112 + 116 + 2 years 46 = 364; the person as spouse: bachelor's 8 + CLB 9 20 + 1 year 5 = 33;
    # education x CLB 9+ 25 + x 2 years 25 = 50, no foreign work: 447, 27 less.
    couple = s01(marital_status="married", spouse={
        "education": "bachelor", "canadian_work_years": 2, "birth_date": "1995-01-01", "foreign_work_years": 0,
        "cec_work": "teer_0_1", "language_test": {**IELTS_CLB9, "date": "2026-01-10"}})
    _, items = plan_of(couple)
    r = assess(Profile.model_validate_json(json.dumps(couple)), with_improvements=True)
    comparison = r["partner_comparison"]
    assert (comparison["crs_now"], comparison["crs_partner_principal"]) == (474, 447)
    assert comparison["partner_eligible"] is True and comparison["partner_required_clb"] == 7
    assert items  # and every item re-assessed gives its crs_after (plan_of)


def test_e09_foreign_diploma_with_eca_and_a_canadian_degree_on_the_command_line() -> None:
    # 110 + 128 + 124 + 40 = 402; education long row 50 + 25 capped at 50; foreign 25 + 13 = 38; Canadian 3+
    # year credential 30: 520 (the product: 120, short row 38: 500).
    r = run(s01(education={"level": "two_year", "in_canada": False, "eca": True,
                           "canadian_credential": "three_year_plus"}))
    assert parts(r["crs"]) == (520, 402, 0, 88, 30)


def test_i08_an_eca_for_a_foreign_bachelors() -> None:
    # Without the ECA: 110 + 0 + 124 + 40 = 274 + foreign 25 + 13 = 312. With it: education 120 and its rows
    # 25 + 13: 470, +158.
    total, items = plan_of(s01(education={"level": "bachelor", "in_canada": False, "eca": False,
                                          "canadian_credential": "none"}))
    assert total == 312 and gains(items)["eca"] == 158 and items["eca"]["change"] == {"education": {"eca": True}}
