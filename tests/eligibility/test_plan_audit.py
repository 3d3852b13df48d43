"""An independent audit of the plan (`improvements` and `paths` of `assess`) against RULES.md.

Every expected figure comes from a small scorer written here from RULES.md's tables (sections 1 to 4), never
from the engine's own scoring functions: the CLB/NCLC tables of section 2, the CRS grid of section 3 (core,
spouse factors, transferability with its caps, additional points), the hours rules of section 1 (30 h a week at
most over all jobs, 1,560 h a year, the 10-year window of the CRS) and the Canadian Experience Class rounds of
section 4 (the last six: 07-21 516, 08-05 516, #436 523, #439 521, #443 519, #446 518).

For each profile (single and with a partner, young and near the age drops, CLB 7/9/10 boundaries, 1-5 years of
Canadian work, foreign work, education with and without ECA, French first or second, tests expiring, a planned
application day) the audit checks:
- the CRS today;
- each improvement: its change applied to the profile's JSON and scored here from scratch gives `crs_after`;
  `gain` is the difference; the step is possible (no ECA for a Canadian or assessed credential, no score beyond
  a test's range, no step for a partner who does not count, a new test dated the day it can be taken);
  a work year's `when` is the first day the hours reach the next 1,560 (not the day before); an age warning's
  `when` is the birthday on which the points fall; `recent_rounds` counts the six cut-offs at or below;
- each path: its combined change scored here equals `crs_after`, `when` is the latest of its steps' days, and
  `reaches_all_recent_cec` and the counts match the six rounds.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest

from eligibility import Profile, assess
from eligibility.merge_patch import merge_patch

D = dt.date
DAY = dt.timedelta(days=1)
TODAY = D(2026, 12, 1)  # the day the plan is made (new tests are dated this day)
AS_OF = TODAY
ABILITIES = ("listening", "reading", "writing", "speaking")
# RULES.md 4: the last six Canadian Experience Class rounds' lowest CRS (07-21, 08-05, #436, #439, #443, #446).
LAST_SIX_CEC = (516, 516, 523, 521, 519, 518)

# ---------------------------------------------------------------------------------------------------------
# RULES.md 2: minimum score per level (listening, reading, writing, speaking); the highest row met is the level.
TABLES: dict[str, dict[int, tuple[float, float, float, float]]] = {
    "ielts_general": {10: (8.5, 8.0, 7.5, 7.5), 9: (8.0, 7.0, 7.0, 7.0), 8: (7.5, 6.5, 6.5, 6.5),
                      7: (6.0, 6.0, 6.0, 6.0), 6: (5.5, 5.0, 5.5, 5.5), 5: (5.0, 4.0, 5.0, 5.0),
                      4: (4.5, 3.5, 4.0, 4.0)},
    "pte_core": {10: (89, 88, 90, 89), 9: (82, 78, 88, 84), 8: (71, 69, 79, 76), 7: (60, 60, 69, 68),
                 6: (50, 51, 60, 59), 5: (39, 42, 51, 51), 4: (28, 33, 41, 42)},
    "tef_canada": {10: (546, 546, 558, 556), 9: (503, 503, 512, 518), 8: (462, 462, 472, 494),
                   7: (434, 434, 428, 456), 6: (393, 393, 379, 422), 5: (352, 352, 330, 387),
                   4: (306, 306, 268, 328)},
    "tcf_canada": {10: (549, 549, 16, 16), 9: (523, 524, 14, 14), 8: (503, 499, 12, 12), 7: (458, 453, 10, 10),
                   6: (398, 406, 7, 7), 5: (369, 375, 6, 6), 4: (331, 342, 4, 4)},
}
RANGES = {"ielts_general": (9, 9, 9, 9), "celpip_general": (12, 12, 12, 12), "pte_core": (90, 90, 90, 90),
          "tef_canada": (699, 699, 699, 699), "tcf_canada": (699, 699, 20, 20)}
LANGUAGE = {"ielts_general": "en", "celpip_general": "en", "pte_core": "en", "tef_canada": "fr",
            "tcf_canada": "fr"}

# RULES.md 3, pairs (with spouse, without spouse).
AGE = {18: (90, 99), 19: (95, 105), **{a: (100, 110) for a in range(20, 30)}, 30: (95, 105), 31: (90, 99),
       32: (85, 94), 33: (80, 88), 34: (75, 83), 35: (70, 77), 36: (65, 72), 37: (60, 66), 38: (55, 61),
       39: (50, 55), 40: (45, 50), 41: (35, 39), 42: (25, 28), 43: (15, 17), 44: (5, 6)}
EDUCATION = {"less_than_secondary": (0, 0), "secondary": (28, 30), "one_year": (84, 90), "two_year": (91, 98),
             "bachelor": (112, 120), "two_or_more": (119, 128), "master": (126, 135), "doctoral": (140, 150)}
FIRST = {3: (0, 0), 4: (6, 6), 5: (6, 6), 6: (8, 9), 7: (16, 17), 8: (22, 23), 9: (29, 31), 10: (32, 34)}
SECOND = {3: 0, 4: 0, 5: 1, 6: 1, 7: 3, 8: 3, 9: 6, 10: 6}
WORK = {0: (0, 0), 1: (35, 40), 2: (46, 53), 3: (56, 64), 4: (63, 72), 5: (70, 80)}
SPOUSE_EDUCATION = {"less_than_secondary": 0, "secondary": 2, "one_year": 6, "two_year": 7, "bachelor": 8,
                    "two_or_more": 9, "master": 10, "doctoral": 10}
SPOUSE_LANGUAGE = {3: 0, 4: 0, 5: 1, 6: 1, 7: 3, 8: 3, 9: 5, 10: 5}
SPOUSE_WORK = {0: 0, 1: 5, 2: 7, 3: 8, 4: 9, 5: 10}
SHORT_ROW = {"one_year", "two_year", "bachelor"}  # post-secondary 1+ year credential: 13 / 25
LONG_ROW = {"two_or_more", "master", "doctoral"}  # 25 / 50


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def clb(test: dict[str, Any]) -> tuple[int, ...]:
    levels = []
    for i, ability in enumerate(ABILITIES):
        score = float(test[ability])
        if test["test"] == "celpip_general":
            levels.append(max(3, min(10, int(score))))
            continue
        table = TABLES[test["test"]]
        levels.append(next((level for level in range(10, 3, -1) if score >= table[level][i]), 3))
    return tuple(levels)


def valid(test: dict[str, Any], day: dt.date) -> bool:
    taken = D.fromisoformat(test["date"])
    return taken <= day < add_years(taken, 2)


def age_on(data: dict[str, Any], day: dt.date) -> int:
    if data.get("age") is not None:
        return int(data["age"])
    born = D.fromisoformat(data["birth_date"])
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def teer(job: dict[str, Any]) -> int:
    return int(job["noc"][1]) if "noc" in job else int(job["teer"])


def qualifies(job: dict[str, Any]) -> bool:
    return (job.get("in_canada", True) and job.get("paid", True) and not job.get("self_employed", False)
            and not job.get("full_time_student", False) and job.get("authorized", True) and teer(job) <= 3)


def hours(data: dict[str, Any], lo: dt.date, hi: dt.date) -> float:
    """Qualifying hours on the days [lo, hi): each day the jobs' hours/7, at most 30/7 in all (RULES.md 1)."""
    spans = []
    for job in data.get("jobs", []):
        if qualifies(job):
            start = max(D.fromisoformat(job["start"]), lo)
            end = min(D.fromisoformat(job["end"]) + DAY if job.get("end") else hi, hi)
            if end > start:
                spans.append((start, end, job["hours_per_week"] / 7))
    cuts = sorted({lo, hi, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    total = 0.0
    for a, b in itertools.pairwise(cuts):
        rate = sum(r for s, e, r in spans if s <= a and e >= b)
        total += min(rate, 30 / 7) * (b - a).days
    return total


def work_years(data: dict[str, Any], day: dt.date) -> int:
    """Completed years of 1,560 h in the CRS's 10 years before the application day, at most 5."""
    return min(5, int((hours(data, add_years(day, -10), day) + 1e-6) // 1560))


def with_spouse(data: dict[str, Any]) -> bool:
    """The "with spouse" column. Married or common-law with no partner's details: RULES.md does not say; the
    contract's defaults (accompanying, not a citizen) are taken, the reading that never overstates the score."""
    spouse = data.get("spouse") or {}
    return (data.get("marital_status") in ("married", "common_law")
            and not spouse.get("canadian_citizen_or_pr", False) and spouse.get("accompanying", True))


def crs(data: dict[str, Any]) -> int:
    """The CRS of a profile's JSON, from RULES.md 3 alone."""
    day = D.fromisoformat(data["as_of"])
    col = 0 if with_spouse(data) else 1
    age = age_on(data, day)
    points = AGE.get(age, (0, 0))[col] if age < 45 else 0
    edu = data.get("education")
    level = "less_than_secondary"
    if edu and (edu["in_canada"] or edu["eca"]):
        level = edu["level"]
    points += EDUCATION[level][col]
    years = work_years(data, day)
    points += WORK[years][col]
    if col == 0:
        spouse = data.get("spouse") or {}
        sp = SPOUSE_EDUCATION[spouse.get("education", "less_than_secondary")]
        test = spouse.get("language_test")
        if test and valid(test, day):
            sp += sum(SPOUSE_LANGUAGE[c] for c in clb(test))
        sp += SPOUSE_WORK[min(5, spouse.get("canadian_work_years", 0))]
        points += min(40, sp)
    additional = 600 if data.get("provincial_nomination") else 0
    credential = (edu or {}).get("canadian_credential", "none")
    additional += {"none": 0, "one_or_two_year": 15, "three_year_plus": 30}[credential]
    additional += 15 if data.get("sibling_in_canada") else 0
    tests = [t for t in data.get("language_tests", []) if valid(t, day)]
    english = [None, *(clb(t) for t in tests if LANGUAGE[t["test"]] == "en")]
    french = [None, *(clb(t) for t in tests if LANGUAGE[t["test"]] == "fr")]
    foreign = data.get("foreign_work_years", 0)
    best = 0
    for en in english:
        for fr in french:
            bonus = 0
            if fr is not None and min(fr) >= 7:
                bonus = 50 if en is not None and min(en) >= 5 else 25
            for first, second in ((en, fr), (fr, en)):
                lang = sum(FIRST[c][col] for c in first) if first else 0
                lang += min(22 if col == 0 else 24, sum(SECOND[c] for c in second)) if second else 0
                low = min(first) if first else 0
                tier = 2 if low >= 9 else 1 if low >= 7 else 0
                wtier = 2 if years >= 2 else 1 if years == 1 else 0
                row = (25, 50) if level in LONG_ROW else (13, 25) if level in SHORT_ROW else None
                e = 0
                if row:
                    e = min(50, (row[tier - 1] if tier else 0) + (row[wtier - 1] if wtier else 0))
                frow = (25, 50) if foreign >= 3 else (13, 25) if foreign >= 1 else None
                f = 0
                if frow:
                    f = min(50, (frow[tier - 1] if tier else 0) + (frow[wtier - 1] if wtier else 0))
                c = 0
                if data.get("certificate_of_qualification"):
                    c = 50 if low >= 7 else 25 if low >= 5 else 0
                best = max(best, lang + min(100, e + f + c) + min(600, additional + bonus))
    return points + best


# ---------------------------------------------------------------------------------------------------------
# The profiles. Every test below is valid on AS_OF unless its comment says it lapses.
def ielts(l: float, r: float, w: float, s: float, date: str = "2025-10-01") -> dict[str, Any]:  # noqa: E741
    return {"test": "ielts_general", "date": date, "listening": l, "reading": r, "writing": w, "speaking": s}


def celpip(l: int, r: int, w: int, s: int, date: str = "2025-10-01") -> dict[str, Any]:  # noqa: E741
    return {"test": "celpip_general", "date": date, "listening": l, "reading": r, "writing": w, "speaking": s}


def pte(l: int, r: int, w: int, s: int, date: str = "2025-10-01") -> dict[str, Any]:  # noqa: E741
    return {"test": "pte_core", "date": date, "listening": l, "reading": r, "writing": w, "speaking": s}


def tef(l: int, r: int, w: int, s: int, date: str = "2025-10-01") -> dict[str, Any]:  # noqa: E741
    return {"test": "tef_canada", "date": date, "listening": l, "reading": r, "writing": w, "speaking": s}


def tcf(l: int, r: int, w: int, s: int, date: str = "2025-10-01") -> dict[str, Any]:  # noqa: E741
    return {"test": "tcf_canada", "date": date, "listening": l, "reading": r, "writing": w, "speaking": s}


def job(start: str, end: str | None = None, hours: float = 40, noc: str = "21232", **more: Any) -> dict[str, Any]:
    return {"noc": noc, "start": start, "end": end, "hours_per_week": hours, **more}


def edu(level: str, *, canada: bool = False, eca: bool = True, credential: str = "none") -> dict[str, Any]:
    return {"level": level, "in_canada": canada, "eca": eca if not canada else False,
            "canadian_credential": credential}


def spouse(education: str = "bachelor", test: dict[str, Any] | None = None, years: int = 0,
           **more: Any) -> dict[str, Any]:
    return {"canadian_citizen_or_pr": False, "accompanying": True, "education": education,
            "language_test": test, "canadian_work_years": years, **more}


def person(birth: str, tests: list[dict[str, Any]], jobs: list[dict[str, Any]], education: dict[str, Any] | None,
           *, foreign: int = 0, as_of: dt.date = AS_OF, married: dict[str, Any] | None = None,
           **more: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"as_of": as_of.isoformat(), "birth_date": birth, "jobs": jobs, "language_tests": tests,
                            "education": education, "foreign_work_years": foreign, **more}
    data["marital_status"] = "married" if married is not None else "single"
    if married is not None:
        data["spouse"] = married
    return data


C9 = ielts(8.0, 7.0, 7.0, 7.0)
C10 = ielts(8.5, 8.0, 7.5, 7.5)
C7 = ielts(6.0, 6.0, 6.0, 6.0)
C8 = ielts(7.5, 6.5, 6.5, 6.5)
BACH = edu("bachelor")
ONE_YEAR_ONGOING = [job("2025-10-01")]  # 1 year on 2026-09-30 (364 days at 30 h)
TWO_YEARS = [job("2024-10-01")]
THREE_YEARS = [job("2023-09-01")]

PROFILES: dict[str, dict[str, Any]] = {
    # young single, the README person's kind, at each CLB boundary of IELTS
    "single_29_clb9_bachelor_1y": person("1997-06-15", [C9], ONE_YEAR_ONGOING, BACH, foreign=2),
    "single_27_clb7_all": person("1999-02-01", [C7], ONE_YEAR_ONGOING, BACH),
    "single_27_clb8_all": person("1999-02-01", [C8], ONE_YEAR_ONGOING, BACH),
    "single_27_clb10_all": person("1999-02-01", [C10], ONE_YEAR_ONGOING, BACH),
    "single_27_one_ability_under_9": person("1999-02-01", [ielts(8.0, 7.0, 7.0, 6.5)], ONE_YEAR_ONGOING, BACH),
    "single_27_listening_7_5": person("1999-02-01", [ielts(7.5, 7.0, 7.0, 7.0)], TWO_YEARS, BACH, foreign=1),
    "single_27_reading_6_5": person("1999-02-01", [ielts(8.0, 6.5, 7.0, 7.0)], TWO_YEARS, BACH, foreign=3),
    "single_27_clb6_writing": person("1999-02-01", [ielts(6.0, 6.0, 5.5, 6.0)], ONE_YEAR_ONGOING, BACH),
    # CELPIP and PTE Core at boundaries
    "celpip_9_9_9_8": person("1996-05-05", [celpip(9, 9, 9, 8)], TWO_YEARS, edu("master"), foreign=3),
    "celpip_10_all_master": person("1996-05-05", [celpip(11, 10, 10, 12)], TWO_YEARS, edu("master")),
    "celpip_7_all": person("1994-05-05", [celpip(7, 7, 7, 7)], ONE_YEAR_ONGOING, edu("two_year")),
    "pte_clb9_edges": person("1995-03-03", [pte(82, 78, 88, 84)], TWO_YEARS, BACH, foreign=2),
    "pte_just_under_9": person("1995-03-03", [pte(81, 78, 88, 84)], TWO_YEARS, BACH, foreign=2),
    "pte_clb7_edges": person("1995-03-03", [pte(60, 60, 69, 68)], ONE_YEAR_ONGOING, edu("one_year")),
    # near the age drops (birthdays soon after AS_OF)
    "turns_30_in_january": person("1997-01-15", [C9], ONE_YEAR_ONGOING, BACH, foreign=1),
    "turns_31_next_week": person("1995-12-08", [C9], TWO_YEARS, BACH),
    "turns_33_in_march": person("1994-03-01", [C10], THREE_YEARS, edu("master")),
    "turns_36_in_february": person("1991-02-20", [C9], TWO_YEARS, BACH, foreign=3),
    "turns_40_in_may": person("1987-05-10", [C9], THREE_YEARS, edu("doctoral")),
    "age_44_turns_45": person("1982-01-10", [C10], THREE_YEARS, edu("master"), foreign=3),
    "age_45": person("1980-06-01", [C10], THREE_YEARS, edu("master"), foreign=3),
    "leap_day_birth_29": person("1996-02-29", [C9], ONE_YEAR_ONGOING, BACH),
    "age_19_young": person("2007-03-10", [C8], [job("2025-06-01", hours=30)], edu("secondary", canada=True)),
    # Canadian work: 1-5 years, ongoing or ended, part time, two jobs
    "work_1y_ended": person("1996-05-05", [C9], [job("2025-01-01", "2026-06-30")], BACH, foreign=2),
    "work_2y_ongoing_part_time": person("1996-05-05", [C9], [job("2024-06-01", hours=20)], BACH),
    "work_3y_ongoing": person("1993-05-05", [C9], THREE_YEARS, BACH, foreign=1),
    "work_4y_ongoing": person("1993-05-05", [C9], [job("2022-10-20")], BACH),
    "work_5y_ongoing": person("1990-05-05", [C9], [job("2021-06-01")], edu("master"), foreign=3),
    "work_two_jobs_cap": person("1996-05-05", [C9], [job("2025-08-01", hours=25), job("2025-09-01", hours=25,
                                                                                     noc="72410")], BACH),
    "work_teer4_and_teer1": person("1996-05-05", [C9], [job("2025-02-01", noc="64100"),
                                                        job("2025-11-15", noc="21232")], BACH),
    "work_student_before": person("1998-05-05", [C9], [job("2023-09-01", "2025-04-30", hours=20,
                                                           full_time_student=True), job("2025-06-01")],
                                  edu("bachelor", canada=True, credential="three_year_plus")),
    "work_gap_two_stints": person("1994-05-05", [C9], [job("2022-01-01", "2023-01-31"), job("2025-03-01")], BACH),
    "work_almost_2y": person("1996-05-05", [C9], [job("2024-12-10")], BACH, foreign=2),
    # education: with and without ECA, Canadian credentials
    "bachelor_no_eca": person("1996-05-05", [C9], TWO_YEARS, edu("bachelor", eca=False), foreign=2),
    "master_no_eca": person("1996-05-05", [C9], TWO_YEARS, edu("master", eca=False), foreign=3),
    "secondary_no_eca": person("1996-05-05", [C9], TWO_YEARS, edu("secondary", eca=False)),
    "canadian_two_year_diploma": person("1998-05-05", [C9], TWO_YEARS,
                                        edu("two_year", canada=True, credential="one_or_two_year")),
    "canadian_master": person("1996-05-05", [C9], TWO_YEARS, edu("master", canada=True,
                                                                  credential="three_year_plus")),
    "no_education_given": person("1996-05-05", [C9], TWO_YEARS, None),
    "less_than_secondary": person("1996-05-05", [C9], TWO_YEARS, edu("less_than_secondary", eca=False)),
    "two_or_more_eca": person("1993-05-05", [C9], TWO_YEARS, edu("two_or_more"), foreign=3),
    # French as second language and as first
    "english9_french_nclc7": person("1996-05-05", [C9, tef(434, 434, 428, 456)], ONE_YEAR_ONGOING, BACH),
    "english9_french_nclc5": person("1996-05-05", [C9, tef(352, 352, 330, 387)], ONE_YEAR_ONGOING, BACH),
    "english9_french_top": person("1996-05-05", [C9, tef(600, 600, 600, 600)], ONE_YEAR_ONGOING, BACH),
    "french_first_tcf9": person("1995-05-05", [tcf(523, 524, 14, 14)], TWO_YEARS, BACH, foreign=1),
    "french_first_tef10_english5": person("1995-05-05", [tef(560, 560, 560, 560), ielts(5.0, 4.0, 5.0, 5.0)],
                                          TWO_YEARS, BACH),
    "french_only_tef7": person("1995-05-05", [tef(434, 434, 428, 456)], ONE_YEAR_ONGOING, edu("two_year")),
    "tcf_top_no_english": person("1995-05-05", [tcf(699, 699, 20, 20)], TWO_YEARS, edu("master")),
    "english_top_french_top": person("1995-05-05", [C10, tef(699, 699, 699, 699)], THREE_YEARS, edu("master"),
                                     foreign=3),
    # tests expiring, and a planned application day
    "test_expires_in_march": person("1996-05-05", [ielts(8.0, 7.0, 7.0, 7.0, "2025-03-10")], ONE_YEAR_ONGOING,
                                    BACH),
    "test_expires_before_work_year": person("1996-05-05", [ielts(8.0, 7.0, 7.0, 7.0, "2025-05-01")],
                                            [job("2025-06-01")], BACH, foreign=1),
    "planned_day_march": person("1997-02-10", [C9], [job("2025-04-01")], BACH, as_of=D(2027, 3, 1), foreign=2),
    "planned_day_test_lapsing": person("1996-05-05", [ielts(8.0, 7.0, 7.0, 7.0, "2025-02-01")],
                                       [job("2025-06-01")], BACH, as_of=D(2027, 4, 1)),
    "old_and_new_tests": person("1996-05-05", [ielts(8.5, 8.5, 8.0, 8.0, "2024-06-01"), C7], TWO_YEARS, BACH),
    # with a partner
    "married_spouse_no_test": person("1996-05-05", [C9], TWO_YEARS, BACH, married=spouse("bachelor")),
    "married_spouse_clb7": person("1996-05-05", [C9], TWO_YEARS, BACH,
                                  married=spouse("master", ielts(6.0, 6.0, 6.0, 6.0), 1)),
    "married_spouse_clb9": person("1996-05-05", [C9], TWO_YEARS, edu("master"),
                                  married=spouse("doctoral", C9, 5), foreign=3),
    "married_spouse_expired_test": person("1994-05-05", [C9], TWO_YEARS, BACH,
                                          married=spouse("bachelor", ielts(7.0, 7.0, 7.0, 7.0, "2024-01-10"))),
    "married_spouse_citizen": person("1996-05-05", [C9], TWO_YEARS, BACH,
                                     married={**spouse("bachelor"), "canadian_citizen_or_pr": True}),
    "married_spouse_not_coming": person("1996-05-05", [C9], TWO_YEARS, BACH,
                                        married={**spouse("bachelor"), "accompanying": False}),
    "married_turns_30_spouse_french": person("1997-01-20", [C9], ONE_YEAR_ONGOING, BACH,
                                             married=spouse("two_year", tef(434, 434, 428, 456))),
    "married_french_first": person("1993-05-05", [tef(503, 503, 512, 518)], TWO_YEARS, edu("master"),
                                   married=spouse("secondary", celpip(9, 9, 9, 9), 2), foreign=2),
    "common_law_young_clb7": person("2000-08-08", [C7], ONE_YEAR_ONGOING, edu("one_year", eca=False),
                                    married=spouse("secondary")) | {"marital_status": "common_law"},
    # certificate of qualification, sibling, nomination
    "trades_certificate_clb5": person("1990-05-05", [celpip(5, 6, 5, 6)],
                                      [job("2024-01-01", noc="72410")], edu("secondary", canada=True),
                                      certificate_of_qualification=True),
    "trades_certificate_clb7": person("1990-05-05", [celpip(7, 7, 7, 8)], [job("2024-01-01", noc="72410")],
                                      edu("two_year", canada=True, credential="one_or_two_year"), foreign=2,
                                      certificate_of_qualification=True),
    "sibling_in_canada": person("1996-05-05", [C9], TWO_YEARS, BACH, sibling_in_canada=True),
    "nominated": person("1996-05-05", [C9], TWO_YEARS, BACH, provincial_nomination=True),
    "divorced_39": person("1987-01-05", [C8], THREE_YEARS, edu("two_or_more"), foreign=3) | {
        "marital_status": "divorced"},
    # jobs ending later, old work leaving the CRS's 10-year window, a bare age, planned days further ahead
    "job_ends_after_year_2": person("1996-05-05", [C9], [job("2025-06-01", "2027-08-31")], BACH, foreign=1),
    "job_ends_before_year_2": person("1996-05-05", [C9], [job("2025-03-01", "2027-01-31")], BACH),
    "old_work_leaving_window": person("1988-05-05", [C9], [job("2016-06-01", "2019-05-31")], edu("master")),
    "old_work_and_new_job": person("1988-05-05", [C9], [job("2016-12-01", "2019-11-30"), job("2026-06-01")],
                                   edu("master"), foreign=2),
    "bare_age_31_two_years": {k: v for k, v in person("1995-05-05", [C9], TWO_YEARS, BACH, foreign=2).items()
                              if k != "birth_date"} | {"age": 31},
    "bare_age_29_one_year": {k: v for k, v in person("1997-05-05", [C8], ONE_YEAR_ONGOING, BACH).items()
                             if k != "birth_date"} | {"age": 29},
    "planned_day_after_birthday": person("1997-01-10", [C9], [job("2025-05-01")], BACH, as_of=D(2027, 2, 1)),
    "planned_day_far": person("1998-05-05", [ielts(7.0, 7.0, 7.0, 7.0, "2026-06-01")], [job("2026-01-05")],
                              BACH, as_of=D(2029, 1, 15)),
    # more partners, caps and edges
    "married_no_spouse_object": person("1996-05-05", [C9], TWO_YEARS, BACH) | {"marital_status": "married"},
    "married_spouse_test_lapsing": person("1996-05-05", [C9], TWO_YEARS, BACH,
                                          married=spouse("master", ielts(8.0, 7.0, 7.0, 7.0, "2025-04-01"), 6)),
    "nominated_french_capped": person("1996-05-05", [C9], TWO_YEARS, BACH, provincial_nomination=True,
                                      sibling_in_canada=True),
    "french_first_english_clb4": person("1995-05-05", [tef(503, 503, 512, 518), ielts(4.5, 3.5, 4.0, 4.0)],
                                        TWO_YEARS, BACH, foreign=2),
    "celpip_top_all": person("1996-05-05", [celpip(12, 12, 12, 12)], TWO_YEARS, BACH),
    "pte_top_some": person("1996-05-05", [pte(90, 88, 90, 80)], TWO_YEARS, BACH),
    "two_part_time_one_ending": person("1996-05-05", [C9], [job("2025-01-01", "2027-06-30", hours=15),
                                                            job("2025-03-01", hours=20, noc="63200")], BACH),
    "age_17_turns_18": person("2009-03-01", [C9], [job("2025-06-01", hours=30)], None),
    "spouse_only_work": person("1992-05-05", [C8], TWO_YEARS, edu("two_year"),
                               married=spouse("less_than_secondary", None, 3)),
    # not eligible yet: the language level the occupation needs, or the hours
    "cook_teer3_clb4": person("1995-05-05", [ielts(4.5, 3.5, 4.0, 4.0)], [job("2024-06-01", noc="63200")],
                              edu("two_year")),
    "developer_teer1_clb6": person("1995-05-05", [ielts(6.0, 6.0, 5.5, 6.0)], TWO_YEARS, BACH, foreign=2),
    "french_teer1_nclc6": person("1995-05-05", [tef(393, 434, 428, 456)], TWO_YEARS, BACH),
    "no_test_at_all": person("1995-05-05", [], TWO_YEARS, BACH, foreign=1),
    "six_months_of_work": person("1996-05-05", [C9], [job("2026-06-01")], BACH, foreign=2),
    "ten_months_part_time": person("1996-05-05", [C10], [job("2026-02-01", hours=25)], edu("master")),
    "age_given_not_birth": {k: v for k, v in person("1996-05-05", [C9], TWO_YEARS, BACH).items()
                            if k != "birth_date"} | {"age": 30},
}


def plan(data: dict[str, Any]) -> dict[str, Any]:
    return assess(Profile.model_validate_json(json.dumps(data)), "en", with_improvements=True, today=TODAY)


def new_tests(data: dict[str, Any], change: dict[str, Any]) -> list[dict[str, Any]]:
    """The results a change adds (the profile's own are listed first in its array)."""
    tests = change.get("language_tests")
    if tests is None:
        return []
    return [t for t in tests if t not in data.get("language_tests", [])]


def aged(data: dict[str, Any], patched: dict[str, Any]) -> dict[str, Any]:
    """A profile with a bare age moved to a later application day is at least that many completed years older:
    a figure dated years ahead cannot keep today's age (RULES.md 3: age in completed years on the day)."""
    if data.get("birth_date") is not None or data.get("age") is None:
        return patched
    start, end = D.fromisoformat(data["as_of"]), D.fromisoformat(patched["as_of"])
    years = end.year - start.year - ((end.month, end.day) < (start.month, start.day))
    return {**patched, "age": max(int(patched.get("age", data["age"])), int(data["age"]) + max(0, years))}


def together(data: dict[str, Any], changes: list[dict[str, Any]]) -> dict[str, Any]:
    """Several steps' changes applied together: the new language results of each kept, the rest merged."""
    out = data
    tests = list(data.get("language_tests", []))
    for change in changes:
        out = merge_patch(out, change)
        tests += [t for t in change.get("language_tests", []) if t not in tests]
    return {**out, "language_tests": tests}


def problems_of(name: str, data: dict[str, Any]) -> list[str]:
    """Every disagreement between the plan and RULES.md worked out here, as one line each."""
    found: list[str] = []
    result = plan(data)
    if result["crs"] is None:
        return found
    total = result["crs"]["total"]
    expected = crs(data)
    if total != expected:
        found.append(f"crs today {total} != {expected}")
    day = D.fromisoformat(data["as_of"])
    test_day = min(TODAY, day)
    if add_years(test_day, 2) <= day:  # a result of today would have lapsed by the application day
        test_day = day
    ongoing = any(qualifies(j) and j["hours_per_week"] > 0 and D.fromisoformat(j["start"]) < day
                  and (j.get("end") is None or D.fromisoformat(j["end"]) >= day) for j in data.get("jobs", []))
    ids = {item["id"]: item for item in result["improvements"]}
    language = next((c for c in result["criteria"] if c["id"] == "language"), {"met": True})
    needed = result.get("required_clb")
    education = data.get("education")
    if (education is not None and not education["in_canada"] and not education["eca"]
            and education["level"] != "less_than_secondary" and "eca" not in ids):
        found.append("no ECA step for a foreign credential without one")
    if with_spouse(data) and data.get("spouse") and data["spouse"].get("language_test") is None and not any(
            i.startswith("spouse_language") for i in ids):
        found.append("no test step for a partner who counts and has none")
    for item in result["improvements"]:
        what = item["id"]
        patched = aged(data, merge_patch(data, item["change"]))
        after = crs(patched)
        if item["crs_after"] != after:
            found.append(f"{what}: crs_after {item['crs_after']} != {after}")
        if item["gain"] != item["crs_after"] - total:
            found.append(f"{what}: gain {item['gain']} != {item['crs_after']} - {total}")
        required = not language["met"] and what.endswith(f"_all_clb{needed}")  # the test eligibility needs
        if item["kind"] == "step" and item["gain"] <= 0 and not what.startswith("take_all") and not required:
            found.append(f"{what}: a step that gains {item['gain']}")
        invited = sum(1 for cut in LAST_SIX_CEC if item["crs_after"] >= cut)
        if item.get("recent_rounds", {}).get("invited", invited) != invited:
            found.append(f"{what}: recent_rounds {item['recent_rounds']} != {invited} of 6")
        education = data.get("education")
        if what == "eca" and (education is None or education["in_canada"] or education["eca"]
                              or education["level"] == "less_than_secondary"):
            found.append("eca offered for a credential that needs none or earns nothing")
        if what.startswith("spouse_") and not with_spouse(data):
            found.append(f"{what}: a step for a partner who does not count")
        for test in [*new_tests(data, item["change"]),
                     *([item["change"]["spouse"]["language_test"]] if "spouse" in item["change"] else [])]:
            for ability, top in zip(ABILITIES, RANGES[test["test"]], strict=True):
                if float(test[ability]) > top:
                    found.append(f"{what}: {test['test']} {ability} {test[ability]} beyond the test's range")
            if item["when"] is None and D.fromisoformat(test["date"]) != test_day:
                found.append(f"{what}: new test dated {test['date']}, not {test_day}")
        if what.startswith("work_year_") and not ongoing:
            found.append(f"{what}: no qualifying job goes on at the application day")
        if what.startswith("work_year_"):
            n = int(what.rsplit("_", 1)[1])
            when = D.fromisoformat(item["when"])
            if work_years(data, when) < n:
                found.append(f"{what}: on {when} only {work_years(data, when)} years")
            elif when - DAY > day and work_years(data, when - DAY) >= n:
                found.append(f"{what}: {n} years already on {when - DAY}, said {when}")
        if what == "age_band":
            when = D.fromisoformat(item["when"])
            col = 0 if with_spouse(data) else 1
            before, on = age_on(data, when - DAY), age_on(data, when)

            def points(a: int, col: int = col) -> int:
                return AGE.get(a, (0, 0))[col] if 18 <= a < 45 else 0

            if not points(on) < points(before):
                found.append(f"{what}: no fall of age points on {when}")
            elif any(points(age_on(data, d)) < points(age_on(data, day))
                     for d in (day + DAY * k for k in range(1, (when - day).days))):
                found.append(f"{what}: points fall before {when}")
    for path in result["paths"]:
        patched = aged(data, merge_patch(data, path["change"]))
        after = crs(patched)
        label = "+".join(path["steps"])
        if len(path["steps"]) > 1 and all(s in ids for s in path["steps"]):
            for left_out in path["steps"]:
                rest = aged(data, together(data, [ids[s]["change"] for s in path["steps"] if s != left_out]))
                if crs(rest) >= after:
                    found.append(f"path {label}: {left_out} adds nothing to the others")
        if path["crs_after"] != after:
            found.append(f"path {label}: crs_after {path['crs_after']} != {after}")
        invited = sum(1 for cut in LAST_SIX_CEC if path["crs_after"] >= cut)
        cec = path["rounds"]["canadian_experience_class"]
        if (cec["invited_in"], cec["of"]) != (invited, 6):
            found.append(f"path {label}: invited {cec} != {invited} of 6")
        if path["reaches_all_recent_cec"] != (path["crs_after"] >= max(LAST_SIX_CEC)):
            found.append(f"path {label}: reaches_all_recent_cec {path['reaches_all_recent_cec']}")
        days = [ids[s]["when"] for s in path["steps"] if s in ids and ids[s]["when"]]
        if path["when"] != (max(days) if days else None):
            found.append(f"path {label}: when {path['when']} != {max(days) if days else None}")
        if any(s not in ids for s in path["steps"]):
            found.append(f"path {label}: a step not in the plan")
        if not language["met"] and needed and not any(
                min(clb(t)) >= needed and valid(t, D.fromisoformat(patched["as_of"]))
                for t in patched.get("language_tests", [])):
            found.append(f"path {label}: no result at the CLB {needed} the occupation needs")
    return found


# Hand-worked anchors for the scorer itself (RULES.md 3), so that the audit's yardstick is checked too.
def test_the_scorer_gives_the_rules_worked_example() -> None:
    # single, 29, bachelor's with ECA, IELTS CLB 9, 1 year Canadian, 2 years foreign: 394 + 76 = 470
    assert crs(PROFILES["single_29_clb9_bachelor_1y"]) == 110 + 120 + 4 * 31 + 40 + 38 + 38


def test_the_scorer_by_hand_for_a_couple() -> None:
    # married_spouse_clb9: 30 on AS_OF (with spouse 95), master's 126, IELTS CLB 9/9/9/9 (IELTS 8,7,7,7) 4x29,
    # 2 years Canadian 46; spouse doctoral 10 + CLB 9 4x5 + 5 years 10 = 40 (max 40); transferability: master's
    # x CLB 9 50 + master's x 2 years 50 -> 50; foreign 3+ x CLB 9 50 + x 2 years 50 -> 50; total 100.
    assert crs(PROFILES["married_spouse_clb9"]) == 95 + 126 + 116 + 46 + 40 + 100


def test_the_scorer_counts_hours_at_30_a_week() -> None:
    # 40 h/week from 2025-10-01: 30 h count a week, 1,560 h after 364 days, on 2026-09-30.
    data = PROFILES["single_27_clb7_all"]
    assert work_years(data, D(2026, 9, 30)) == 1 and work_years(data, D(2026, 9, 29)) == 0


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_the_plan_agrees_with_the_rules(name: str) -> None:
    assert problems_of(name, PROFILES[name]) == []


def test_a_bare_age_is_older_on_a_later_day_and_the_sentence_says_a_birthday_may_come_first() -> None:
    # 31 on 2026-12-01 (no birth date): on 2028-09-26 (4 years of work) at least 32, at most 33. Counted at 32
    # (99 -> 94 without spouse), never 31 two years on; the sentence says a birthday before then may lower it.
    data = PROFILES["bare_age_31_two_years"]
    for lang, words in (("en", "not your birth date"), ("fr", "pas votre date de naissance")):
        result = assess(Profile.model_validate_json(json.dumps(data)), lang, with_improvements=True, today=TODAY)
        year_4 = next(item for item in result["improvements"] if item["id"] == "work_year_4")
        assert year_4["change"]["age"] == 32 and year_4["when"] == "2028-09-26"
        assert year_4["crs_after"] == crs({**merge_patch(data, year_4["change"])}) == 510
        assert words in year_4["text"] and "32" in year_4["text"]


def test_a_path_never_pairs_a_result_taken_now_with_a_work_year_after_it_lapses() -> None:
    # english9_french_nclc7: a CLB 10 retake taken on 2026-12-01 lapses on 2028-12-01; the fifth year of work
    # comes on 2030-09-25. Together they would be the work year alone (the retake counted for nothing).
    result = plan(PROFILES["english9_french_nclc7"])
    for path in result["paths"]:
        assert not ({"retake_all_clb10", "work_year_5"} <= set(path["steps"])), path["steps"]
        assert not ({"retake_all_clb10", "work_year_4"} <= set(path["steps"])), path["steps"]


def test_french_at_nclc7_alone_is_a_path_to_eligibility_for_a_teer1_worker_at_clb6() -> None:
    from eligibility.improvements import improvements
    from eligibility.paths import paths
    from eligibility.rounds import seed

    profile = Profile.model_validate_json(json.dumps(PROFILES["developer_teer1_clb6"]))
    items = improvements(profile, TODAY, 7)
    assert any(path.steps == ("french_nclc7",) for path in paths(profile, items, seed()))
