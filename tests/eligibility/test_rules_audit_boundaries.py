"""Independent audit: sharp edges of RULES.md sections 1-3, expected values computed by hand from its tables.

Nothing here is read from eligibility/data or the engine's code. Cases already covered elsewhere (each table
row of test_language_tables.py, each CRS row of test_crs.py at CELPIP levels, the window edges and 52-week
cases of test_hours_ledger.py) are not repeated; these add: 1,560 h reached at other weekly hours, the cap at
31 h, leap days (window, test validity, birthdays), every test type at the CLB 5 and CLB 7 minimums through the
whole verdict, CRS points from non-CELPIP tests at level edges, exact 1/2/5-year Canadian work, spouse factors
from real test scores, second language and French points from other tests, transferability tiers from scores.

Convention shared with the other test files (RULES.md section 1 leaves the day-level reading open): hours
accrue per calendar day at hours_per_week / 7; the 3-year window runs from the application day minus 3 years
up to the day before the application day. A job from AS_OF - n days to AS_OF - 1 day holds n days.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest

from eligibility import Profile, assess

D = dt.date
AS_OF = D(2026, 11, 27)
TEST_DAY = D(2026, 6, 1)
ABILITIES = ("listening", "reading", "writing", "speaking")
CELPIP_10 = {"test": "celpip_general", "date": TEST_DAY, "listening": 10, "reading": 10, "writing": 10,
             "speaking": 10}
WITH_SPOUSE: dict[str, Any] = {"marital_status": "married",
                               "spouse": {"canadian_citizen_or_pr": False, "accompanying": True}}


def lang(test: str, scores: tuple[float, ...], date: dt.date = TEST_DAY) -> dict[str, Any]:
    return {"test": test, "date": date, **dict(zip(ABILITIES, scores, strict=True))}


def last_days(days: int, hours: float, noc: str = "21232", as_of: dt.date = AS_OF) -> dict[str, Any]:
    """A job of `days` calendar days ending the day before `as_of`."""
    return {"noc": noc, "start": as_of - dt.timedelta(days=days), "end": as_of - dt.timedelta(days=1),
            "hours_per_week": hours}


def run(**fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"as_of": AS_OF, "age": 30, **fields}
    if "birth_date" in fields:
        del data["age"]
    return assess(Profile.model_validate(data))


def crs(**fields: Any) -> dict[str, Any]:
    """CRS of a profile aged 45 (0 age points) unless told otherwise: only the factor under test scores."""
    return run(**{"age": 45, **fields})["crs"]


def met(result: dict[str, Any], cid: str) -> bool:
    return next(c["met"] for c in result["criteria"] if c["id"] == cid)


# == 1. Hours (RULES.md section 1, row 1 and "Counting hours") ==============================================

# Row 1: "At least 1,560 hours (1 year full time = 30 h/week x 52 weeks)"; "Part time counts in proportion,
# at any hours per week". n days at h h/week = n x h / 7 hours.
@pytest.mark.parametrize(("hours", "days", "enough"), [
    (20, 546, True),     # 546 x 20 / 7 = 1,560.0
    (20, 545, False),    # 1,557.1
    (15, 728, True),     # 728 x 15 / 7 = 1,560.0
    (15, 727, False),    # 1,557.9
    (10, 1092, True),    # 1,092 x 10 / 7 = 1,560.0 (fits in the 1,096-day window)
    (10, 1091, False),   # 1,558.6
    (31, 364, True),     # capped at 30: 364 x 30 / 7 = 1,560.0
    (31, 363, False),    # capped: 1,555.7 (uncapped 1,607.6 would wrongly be enough)
    (40, 363, False),    # "1,560 h take at least 52 weeks": 363 days never suffice
    (168, 363, False),
])
def test_1560_hours_at_and_just_below(hours: float, days: int, enough: bool) -> None:
    result = run(jobs=[last_days(days, hours)], language_tests=[CELPIP_10])
    assert met(result, "work_experience") is enough
    assert result["verdict"] == ("eligible" if enough else "not_eligible")
    if enough:
        assert result["qualifying_hours"] == 1560


@pytest.mark.parametrize(("days", "enough"), [(364, True), (363, False)])
def test_two_part_time_jobs_summed_are_capped_at_30(days: int, enough: bool) -> None:
    # "At most 30 h count in any week, summed over all jobs": 15 + 16 = 31 h, 30 count; 364 days = 1,560 h.
    jobs = [last_days(days, 15), last_days(days, 16, noc="21231")]
    result = run(jobs=jobs, language_tests=[CELPIP_10])
    assert met(result, "work_experience") is enough
    if enough:
        assert result["qualifying_hours"] == 1560


@pytest.mark.parametrize(("second_end", "enough"), [(D(2025, 7, 1), True), (D(2025, 6, 30), False)])
def test_work_need_not_be_continuous(second_end: dt.date, enough: bool) -> None:
    # "Work need not be continuous": 2024-01-01..06-30 = 182 days (leap year) + 2025-01-01..07-01 = 182 days:
    # 364 days x 30 / 7 = 1,560 h; ending 2025-06-30 instead: 363 days, 1,555.7 h.
    jobs = [{"noc": "21232", "start": D(2024, 1, 1), "end": D(2024, 6, 30), "hours_per_week": 30},
            {"noc": "21232", "start": D(2025, 1, 1), "end": second_end, "hours_per_week": 30}]
    result = run(jobs=jobs, language_tests=[CELPIP_10])
    assert met(result, "work_experience") is enough


# Row 1 "within the 3 years before the date the PR application is made", around 29 February 2024.
@pytest.mark.parametrize(("as_of", "day", "counted"), [
    (D(2027, 3, 1), D(2024, 2, 29), 0),   # 3 years before 2027-03-01 is 2024-03-01: 29 Feb is older
    (D(2027, 3, 1), D(2024, 3, 1), 1),
    (D(2027, 2, 28), D(2024, 2, 27), 0),
    (D(2027, 2, 28), D(2024, 2, 28), 1),  # first day of the window
    (D(2027, 2, 28), D(2024, 2, 29), 1),
    (D(2028, 2, 29), D(2025, 2, 27), 0),  # before the window whichever day 2028-02-29 minus 3 years is
    (D(2028, 2, 29), D(2025, 3, 1), 1),   # inside it either way
])
def test_window_edges_around_leap_days(as_of: dt.date, day: dt.date, counted: int) -> None:
    # A one-day job at 7 h/week accrues exactly 1 h.
    job = {"noc": "21232", "start": day, "end": day, "hours_per_week": 7}
    result = run(as_of=as_of, jobs=[job], language_tests=[CELPIP_10])
    assert result["qualifying_hours"] == counted


@pytest.mark.parametrize(("as_of", "days"), [
    (D(2027, 3, 1), 1095),   # 2024-03-01..2027-02-28: no 29 February inside
    (D(2027, 2, 28), 1096),  # 2024-02-28..2027-02-27: holds 2024-02-29
])
def test_whole_window_length_with_and_without_a_leap_day(as_of: dt.date, days: int) -> None:
    job = {"noc": "21232", "start": D(2020, 1, 1), "end": None, "hours_per_week": 7}  # 1 h a day
    assert run(as_of=as_of, jobs=[job], language_tests=[CELPIP_10])["qualifying_hours"] == days


def test_tie_between_teer_0_and_teer_3_takes_clb_7() -> None:
    # Section 1: "The regulation is silent on an exact tie: require CLB 7". 306 days each at 30 h.
    jobs = [{"noc": "00012", "start": D(2024, 3, 1), "end": D(2024, 12, 31), "hours_per_week": 30},
            {"noc": "63200", "start": D(2025, 3, 1), "end": D(2025, 12, 31), "hours_per_week": 30}]
    result = run(jobs=jobs, language_tests=[lang("celpip_general", (6, 6, 6, 6))])
    assert result["required_clb"] == 7
    assert result["verdict"] == "not_eligible"


# == 2. Language at the CEC minimum, every test, through the whole verdict ===================================

# Section 1 row 3: CLB/NCLC 7 for TEER 0/1, 5 for TEER 2/3, in each ability. Minimums: section 2 tables.
MINIMUMS = {
    7: {"ielts_general": (6.0, 6.0, 6.0, 6.0), "celpip_general": (7, 7, 7, 7), "pte_core": (60, 60, 69, 68),
        "tef_canada": (434, 434, 428, 456), "tcf_canada": (458, 453, 10, 10)},
    5: {"ielts_general": (5.0, 4.0, 5.0, 5.0), "celpip_general": (5, 5, 5, 5), "pte_core": (39, 42, 51, 51),
        "tef_canada": (352, 352, 330, 387), "tcf_canada": (369, 375, 6, 6)},
}
STEP = {"ielts_general": 0.5, "celpip_general": 1, "pte_core": 1, "tef_canada": 1, "tcf_canada": 1}
NOC_FOR = {7: "00012", 5: "63200"}  # TEER 0 senior managers, TEER 3 cooks (section 1)


def _minimum_cases() -> list[tuple[int, str, str | None]]:
    return [(clb, test, ability) for clb in (7, 5) for test in MINIMUMS[clb]
            for ability in (None, *ABILITIES)]


@pytest.mark.parametrize(("clb", "test", "lowered"), _minimum_cases(),
                         ids=[f"clb{c}-{t}-{a or 'all_at_minimum'}" for c, t, a in _minimum_cases()])
def test_language_criterion_at_the_minimum_and_one_step_below(clb: int, test: str, lowered: str | None) -> None:
    scores = list(MINIMUMS[clb][test])
    if lowered is not None:
        scores[ABILITIES.index(lowered)] -= STEP[test]
    job = {"noc": NOC_FOR[clb], "start": D(2024, 1, 1), "end": D(2025, 12, 31), "hours_per_week": 30}
    result = run(jobs=[job], language_tests=[lang(test, tuple(scores))])
    assert result["required_clb"] == clb
    assert met(result, "language") is (lowered is None)
    assert result["verdict"] == ("eligible" if lowered is None else "not_eligible")


# Section 1 row 3 "less than 2 years old"; section 2 "valid for 2 years from the test date".
@pytest.mark.parametrize(("taken", "as_of", "valid"), [
    (D(2024, 2, 29), D(2026, 2, 27), True),
    (D(2024, 2, 29), D(2026, 3, 1), False),   # 2 years old whichever day 29 Feb + 2 years is
    (D(2024, 2, 28), D(2026, 2, 27), True),
    (D(2024, 2, 28), D(2026, 2, 28), False),  # the anniversary
    (D(2024, 3, 1), D(2026, 2, 28), True),    # a year with no 29 February to come: still under 2 years
    (D(2024, 3, 1), D(2026, 3, 1), False),
])
def test_language_validity_around_leap_days(taken: dt.date, as_of: dt.date, valid: bool) -> None:
    job = {"noc": "21232", "start": D(2023, 1, 1), "end": None, "hours_per_week": 30}
    result = run(as_of=as_of, jobs=[job], language_tests=[lang("celpip_general", (9, 9, 9, 9), taken)])
    assert result["language_results"][0]["valid"] is valid
    assert met(result, "language") is valid
    assert result["verdict"] == ("eligible" if valid else "not_eligible")
    assert result["crs"]["details"]["first_language"] == (4 * 31 if valid else 0)  # age 30 single: CLB 9 = 31


@pytest.mark.parametrize(("taken", "points"), [(D(2024, 11, 28), 136), (D(2024, 11, 27), 0)])
def test_crs_counts_a_result_until_the_day_before_its_2_year_anniversary(taken: dt.date, points: int) -> None:
    # CLB 10+ first language without spouse 34 x 4 = 136; on the anniversary the result is no longer valid.
    assert crs(language_tests=[lang("celpip_general", (10, 10, 10, 10), taken)])["core"] == points


# == 3. CRS (RULES.md section 3) ===========================================================================

# Age: "completed years on the assessment date; a birthday counts from the day itself".
@pytest.mark.parametrize(("born", "as_of", "spouse", "points"), [
    (D(2000, 2, 29), D(2020, 2, 28), False, 105),  # 19
    (D(2000, 2, 29), D(2020, 2, 29), False, 110),  # 20 on a real 29 February birthday
    (D(1996, 2, 29), D(2026, 2, 27), False, 110),  # 29
    (D(1996, 2, 29), D(2026, 3, 1), False, 105),   # 30 whichever day a 29 February birthday falls on
    (D(2006, 6, 15), D(2026, 6, 14), False, 105),  # 19
    (D(2006, 6, 15), D(2026, 6, 15), False, 110),  # 20
    (D(1986, 6, 15), D(2026, 6, 14), False, 55),   # 39
    (D(1986, 6, 15), D(2026, 6, 15), False, 50),   # 40
    (D(1985, 6, 15), D(2026, 6, 14), False, 50),   # 40
    (D(1985, 6, 15), D(2026, 6, 15), False, 39),   # 41
    (D(1996, 11, 27), D(2026, 11, 26), True, 100),  # 29 with spouse
    (D(1996, 11, 27), D(2026, 11, 27), True, 95),   # 30 with spouse
    (D(1982, 11, 27), D(2026, 11, 26), True, 15),   # 43 with spouse
    (D(1982, 11, 27), D(2026, 11, 27), True, 5),    # 44 with spouse
])
def test_age_points_on_the_birthday_and_the_day_before(born: dt.date, as_of: dt.date, spouse: bool,
                                                       points: int) -> None:
    extra = WITH_SPOUSE if spouse else {}
    result = run(as_of=as_of, birth_date=born, **extra)["crs"]
    assert result["core"] == points


# First official language per ability, without spouse: CLB 4 6; 5 6; 6 9; 7 17; 9 31; 10+ 34; CLB 3 or less 0.
@pytest.mark.parametrize(("test", "scores", "points"), [
    ("ielts_general", (8.5, 8.0, 7.5, 7.5), 4 * 34),   # CLB 10 minimums
    ("ielts_general", (8.0, 7.5, 7.0, 7.0), 4 * 31),   # each half a band below: CLB 9
    ("pte_core", (89, 88, 90, 89), 4 * 34),
    ("pte_core", (88, 87, 89, 88), 4 * 31),
    ("tef_canada", (546, 546, 558, 556), 4 * 34),
    ("tef_canada", (545, 545, 557, 555), 4 * 31),
    ("tcf_canada", (549, 549, 16, 16), 4 * 34),
    ("tcf_canada", (548, 548, 15, 15), 4 * 31),
    ("ielts_general", (6.0, 6.0, 6.0, 6.0), 4 * 17),   # CLB 7
    ("ielts_general", (5.5, 5.5, 5.5, 5.5), 4 * 9),    # CLB 6
    ("ielts_general", (5.0, 4.0, 5.0, 5.0), 4 * 6),    # CLB 5
    ("ielts_general", (4.5, 3.5, 4.0, 4.0), 4 * 6),    # CLB 4
    ("ielts_general", (4.0, 3.0, 3.5, 3.5), 0),        # CLB 3 or less
    ("pte_core", (28, 33, 41, 42), 4 * 6),             # CLB 4
    ("pte_core", (27, 32, 40, 41), 0),
    ("tcf_canada", (331, 342, 4, 4), 4 * 6),           # NCLC 4
    ("tcf_canada", (330, 341, 3, 3), 0),
])
def test_first_language_points_from_each_test_at_level_edges(test: str, scores: tuple[float, ...],
                                                             points: int) -> None:
    assert crs(language_tests=[lang(test, scores)])["core"] == points


def test_first_language_with_spouse_at_clb_7_and_6() -> None:
    # With spouse: CLB 7 16, CLB 6 8 per ability.
    assert crs(language_tests=[lang("ielts_general", (6.0, 6.0, 6.0, 6.0))], **WITH_SPOUSE)["core"] == 64
    assert crs(language_tests=[lang("ielts_general", (5.5, 5.5, 5.5, 5.5))], **WITH_SPOUSE)["core"] == 32


# Canadian work experience: "completed years of 1,560 h"; without / with spouse 1: 40/35, 2: 53/46, 4: 72/63,
# 5+: 80/70; "same exclusions as CEC" (so the 30 h/week cap).
@pytest.mark.parametrize(("days", "hours", "spouse", "points"), [
    (728, 30, False, 53),    # 728 x 30 / 7 = 3,120 h: exactly 2 years
    (727, 30, False, 40),    # 3,115.7 h: 1 year
    (728, 30, True, 46),
    (727, 30, True, 35),
    (728, 15, False, 40),    # 1,560 h at half time: exactly 1 year
    (727, 15, False, 0),     # 1,557.9 h
    (727, 40, False, 40),    # capped at 30: 3,115.7 h, overtime does not make a second year
    (1820, 30, False, 80),   # 7,800 h: exactly 5 years
    (1819, 30, False, 72),   # 7,795.7 h: 4 years
])
def test_canadian_work_years_at_the_edge(days: int, hours: float, spouse: bool, points: int) -> None:
    extra = WITH_SPOUSE if spouse else {}
    assert crs(jobs=[last_days(days, hours)], **extra)["core"] == points


def test_canadian_work_counts_only_the_part_inside_the_last_10_years() -> None:
    # 30 h, 2015-01-01..2018-01-31 (1,127 days: 3 years if all counted, 64). The last 10 years before
    # 2026-11-27 hold about 2016-11-27..2018-01-31, 431 days (+/- 1): 1,847 h, 1 completed year: 40.
    job = {"noc": "21232", "start": D(2015, 1, 1), "end": D(2018, 1, 31), "hours_per_week": 30}
    assert crs(jobs=[job])["core"] == 40


# Spouse factors: first language per ability CLB 4 or less 0, 5-6: 1, 7-8: 3, 9+: 5; education bachelor's 8;
# Canadian work 2 years 7.
@pytest.mark.parametrize(("test", "scores", "points"), [
    ("ielts_general", (5.0, 4.0, 5.0, 5.0), 4 * 1),   # CLB 5
    ("ielts_general", (4.5, 3.5, 4.5, 4.5), 0),       # CLB 4
    ("ielts_general", (6.0, 6.0, 6.0, 6.0), 4 * 3),   # CLB 7
    ("ielts_general", (7.5, 6.5, 6.5, 6.5), 4 * 3),   # CLB 8
    ("ielts_general", (8.0, 7.0, 7.0, 7.0), 4 * 5),   # CLB 9
    ("pte_core", (60, 60, 69, 68), 4 * 3),            # CLB 7
    ("pte_core", (59, 59, 68, 67), 4 * 1),            # CLB 6
    ("tcf_canada", (523, 524, 14, 14), 4 * 5),        # NCLC 9
    ("tcf_canada", (522, 523, 13, 13), 4 * 3),        # NCLC 8
    ("tef_canada", (352, 352, 330, 387), 4 * 1),      # NCLC 5
    ("tef_canada", (351, 351, 329, 386), 0),          # NCLC 4
])
def test_spouse_language_from_each_test(test: str, scores: tuple[float, ...], points: int) -> None:
    spouse = {**WITH_SPOUSE["spouse"], "language_test": lang(test, scores)}
    assert crs(marital_status="married", spouse=spouse)["spouse"] == points


def test_spouse_factors_mixed() -> None:
    # Bachelor's 8 + IELTS 8.0/7.0/6.0/5.0 = CLB 9/9/7/5 = 5 + 5 + 3 + 1 = 14 + 2 years 7 = 29.
    spouse = {**WITH_SPOUSE["spouse"], "education": "bachelor", "canadian_work_years": 2,
              "language_test": lang("ielts_general", (8.0, 7.0, 6.0, 5.0))}
    result = crs(marital_status="common_law", spouse=spouse)
    assert result["spouse"] == 29
    assert result["total"] == 29


@pytest.mark.parametrize(("taken", "points"), [(D(2024, 11, 28), 20), (D(2024, 11, 27), 0)])
def test_spouse_result_until_the_day_before_its_2_year_anniversary(taken: dt.date, points: int) -> None:
    spouse = {**WITH_SPOUSE["spouse"], "language_test": lang("celpip_general", (9, 9, 9, 9), taken)}
    assert crs(marital_status="married", spouse=spouse)["spouse"] == points


# Second official language: CLB 4 or less 0, 5-6: 1, 7-8: 3, 9+: 6; capped at 22 (with spouse) / 24.
# French TEF NCLC 10 is the first language (4 x 34 = 136 single, 4 x 32 = 128 with spouse).
TEF_10 = lang("tef_canada", (546, 546, 558, 556))


@pytest.mark.parametrize(("english", "spouse", "core"), [
    ((5.0, 4.0, 5.0, 5.0), False, 136 + 4),
    ((4.5, 3.5, 4.5, 4.5), False, 136),
    ((6.0, 6.0, 6.0, 6.0), False, 136 + 12),
    ((8.0, 7.0, 7.0, 6.5), False, 136 + 6 + 6 + 6 + 3),   # CLB 9/9/9/8: 21
    ((8.0, 7.0, 7.0, 7.0), False, 136 + 24),
    ((8.0, 7.0, 7.0, 6.5), True, 128 + 21),               # under the cap of 22
    ((8.0, 7.0, 7.0, 7.0), True, 128 + 22),               # 24 capped at 22
])
def test_second_language_from_ielts(english: tuple[float, ...], spouse: bool, core: int) -> None:
    extra = WITH_SPOUSE if spouse else {}
    result = crs(language_tests=[TEF_10, lang("ielts_general", english)], **extra)
    assert result["first_language"] == "french"
    assert result["core"] == core


@pytest.mark.parametrize("tests", [
    [lang("ielts_general", (8.5, 8.0, 7.5, 7.5)), CELPIP_10],
    [lang("tef_canada", (546, 546, 558, 556)), lang("tcf_canada", (549, 549, 16, 16))],
], ids=["two_english", "two_french"])
def test_two_results_in_one_language_are_not_a_second_language(tests: list[dict[str, Any]]) -> None:
    # "Second official language": the other of English and French; two results in one language score as
    # the first language only: CLB 10+ x 4 = 136, second language 0.
    result = crs(language_tests=tests)
    assert result["core"] == 136
    assert result["details"]["second_language"] == 0


@pytest.mark.parametrize(("taken", "points"), [(D(2024, 1, 29), 0), (D(2024, 1, 30), 20)])
def test_spouse_pte_core_counts_only_from_2024_01_30(taken: dt.date, points: int) -> None:
    # Section 2: "PTE Core (since 2024-01-30)"; spouse CLB 10+ = 9+ row: 5 x 4 = 20.
    spouse = {**WITH_SPOUSE["spouse"], "language_test": lang("pte_core", (90, 90, 90, 90), taken)}
    assert crs(as_of=D(2024, 6, 1), marital_status="married", spouse=spouse)["spouse"] == points


# Additional: "French NCLC 7+ in all four abilities: 25 if English is CLB 4 or lower (or untested), 50 if
# English is CLB 5+ in all four".
TEF_7 = lang("tef_canada", (434, 434, 428, 456))


@pytest.mark.parametrize(("tests", "points"), [
    ([TEF_7, lang("ielts_general", (5.0, 4.0, 5.0, 5.0))], 50),     # English CLB 5 in all four
    ([TEF_7, lang("ielts_general", (5.0, 4.0, 5.0, 4.5))], 25),     # speaking CLB 4
    ([TEF_7, lang("pte_core", (39, 42, 51, 51))], 50),
    ([TEF_7, lang("pte_core", (39, 41, 51, 51))], 25),              # reading 41: CLB 4
    ([TEF_7, lang("celpip_general", (10, 10, 10, 10), D(2024, 11, 27))], 25),  # English expired: untested
    ([lang("tef_canada", (434, 434, 428, 456), D(2024, 11, 27)), CELPIP_10], 0),  # French expired
    ([lang("tcf_canada", (458, 453, 10, 9)), CELPIP_10], 0),        # TCF speaking 9: NCLC 6
    ([lang("tcf_canada", (458, 453, 10, 10)), CELPIP_10], 50),
])
def test_french_additional_points_at_the_edges(tests: list[dict[str, Any]], points: int) -> None:
    assert crs(language_tests=tests)["additional"] == points


# Skill transferability: "CLB 7+" = 7 or more in all four with one under 9; "CLB 9+" = 9 or more in all four.
BACHELOR = {"level": "bachelor", "eca": True}
MASTER = {"level": "master", "eca": True}


@pytest.mark.parametrize(("fields", "scores", "points"), [
    ({"education": BACHELOR}, ("ielts_general", (8.0, 7.0, 7.0, 7.0)), 25),  # CLB 9 x 4
    ({"education": BACHELOR}, ("ielts_general", (8.0, 7.0, 7.0, 6.5)), 13),  # 9/9/9/8
    ({"education": BACHELOR}, ("ielts_general", (6.0, 6.0, 6.0, 6.0)), 13),  # CLB 7 x 4
    ({"education": BACHELOR}, ("ielts_general", (6.0, 6.0, 6.0, 5.5)), 0),   # speaking CLB 6
    ({"education": MASTER}, ("ielts_general", (8.0, 7.0, 7.0, 7.0)), 50),
    ({"education": MASTER}, ("ielts_general", (7.5, 7.0, 7.0, 7.0)), 25),    # listening CLB 8
    ({"foreign_work_years": 3}, ("pte_core", (82, 78, 88, 84)), 50),          # CLB 9 x 4
    ({"foreign_work_years": 3}, ("pte_core", (81, 78, 88, 84)), 25),          # listening CLB 8
    ({"foreign_work_years": 2}, ("tcf_canada", (523, 524, 14, 14)), 25),      # NCLC 9 x 4
    ({"foreign_work_years": 2}, ("tcf_canada", (458, 453, 10, 10)), 13),      # NCLC 7 x 4
    ({"foreign_work_years": 2}, ("tcf_canada", (457, 453, 10, 10)), 0),       # listening NCLC 6
    ({"certificate_of_qualification": True}, ("ielts_general", (5.0, 4.0, 5.0, 5.0)), 25),  # CLB 5 x 4
    ({"certificate_of_qualification": True}, ("ielts_general", (5.0, 3.5, 5.0, 5.0)), 0),   # reading CLB 4
    ({"certificate_of_qualification": True}, ("ielts_general", (6.0, 6.0, 6.0, 6.0)), 50),  # CLB 7 x 4
    ({"certificate_of_qualification": True}, ("tef_canada", (434, 434, 427, 456)), 25),     # writing NCLC 6
])
def test_language_transferability_tiers_from_scores(fields: dict[str, Any], scores: tuple[str, tuple[float, ...]],
                                                    points: int) -> None:
    test, values = scores
    assert crs(language_tests=[lang(test, values)], **fields)["transferability"] == points


@pytest.mark.parametrize(("fields", "days", "points"), [
    ({"education": BACHELOR}, 728, 25),       # post-secondary 1+ year x 2 years
    ({"education": BACHELOR}, 727, 13),       # x 1 year
    ({"education": MASTER}, 728, 50),
    ({"education": MASTER}, 727, 25),
    ({"foreign_work_years": 1}, 728, 25),
    ({"foreign_work_years": 1}, 727, 13),
    ({"foreign_work_years": 3}, 364, 25),     # 1,560 h exactly: 1 year
    ({"foreign_work_years": 3}, 363, 0),      # no completed Canadian year
])
def test_canadian_work_transferability_at_exact_years(fields: dict[str, Any], days: int, points: int) -> None:
    assert crs(jobs=[last_days(days, 30)], **fields)["transferability"] == points


# == 4. The same edge through the real command ================================================================

@pytest.mark.parametrize(("days", "verdict", "hours"), [(546, "eligible", 1560), (545, "not_eligible", 1557)])
def test_the_command_line_agrees_at_1560_hours(days: int, verdict: str, hours: int) -> None:
    # 20 h/week: 546 days = 1,560 h; 545 days = 1,557.1 h (section 1 row 1).
    profile = {"as_of": AS_OF.isoformat(), "age": 30,
               "jobs": [{"noc": "21232", "start": (AS_OF - dt.timedelta(days=days)).isoformat(),
                         "end": (AS_OF - dt.timedelta(days=1)).isoformat(), "hours_per_week": 20}],
               "language_tests": [{**CELPIP_10, "date": TEST_DAY.isoformat()}]}
    command = pathlib.Path(sys.executable).parent / "cec-screener"
    done = subprocess.run([str(command), "assess", "-"], input=json.dumps(profile), capture_output=True,
                          text=True, check=False, cwd=pathlib.Path(__file__).resolve().parents[2], timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["verdict"] == verdict
    assert result["qualifying_hours"] == hours
