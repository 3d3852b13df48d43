"""The independent oracle (crs_oracle.py) on cases worked by hand from RULES.md, before it judges the engine."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from fractions import Fraction
from typing import Any

import pytest

from tests.eligibility.crs_oracle import age_on, assess, clb

PERSONAS = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "personas"
EXPECTED = json.loads((PERSONAS / "expected.json").read_text())
AS_OF = "2026-11-27"


def base(**extra: Any) -> dict[str, Any]:
    profile: dict[str, Any] = {"as_of": AS_OF, "age": 29, "marital_status": "single"}
    profile.update(extra)
    return profile


def test(kind: str, scores: tuple[float, float, float, float], date: str = "2026-01-01") -> dict[str, Any]:
    return {"test": kind, "date": date, **dict(zip(("listening", "reading", "writing", "speaking"), scores,
                                                   strict=True))}


test.__test__ = False  # type: ignore[attr-defined]  # a helper, not a pytest test


def job(noc: str, start: str, end: str | None, hours: float, **flags: Any) -> dict[str, Any]:
    return {"noc": noc, "start": start, "end": end, "hours_per_week": hours, **flags}


@pytest.mark.parametrize("name", sorted(n for n, w in EXPECTED.items() if not w.get("error")))
def test_the_oracle_matches_every_persona_exactly(name: str) -> None:
    want = EXPECTED[name]
    got = assess(json.loads((PERSONAS / f"{name}.json").read_text()))
    assert got.verdict == want["verdict"]
    assert round(got.qualifying_hours) == want["qualifying_hours"]
    assert got.required_clb == want["required_clb"]
    assert (got.eligible_on.isoformat() if got.eligible_on else None) == want["eligible_on"]
    assert got.failing == want["failing"]
    assert got.crs == want["crs"]


def test_the_worked_example_of_rules_md() -> None:
    # RULES.md 3: core 110 + 120 + 124 + 40 = 394; transferability 38 + 38 = 76; total 470.
    got = assess(json.loads((PERSONAS / "s01_single_bachelor_clb9.json").read_text()))
    assert got.crs == {"core": 394, "spouse": 0, "transferability": 76, "additional": 0, "total": 470}


@pytest.mark.parametrize(("age", "single", "with_spouse"), [
    (17, 0, 0), (18, 99, 90), (19, 105, 95), (20, 110, 100), (29, 110, 100), (30, 105, 95), (35, 77, 70),
    (44, 6, 5), (45, 0, 0),
])
def test_age_points_at_the_boundaries(age: int, single: int, with_spouse: int) -> None:
    assert assess(base(age=age)).crs["core"] == single
    spouse = {"canadian_citizen_or_pr": False, "accompanying": True, "education": "less_than_secondary",
              "language_test": None, "canadian_work_years": 0}
    assert assess(base(age=age, marital_status="married", spouse=spouse)).crs["core"] == with_spouse


def test_a_birthday_counts_from_the_day_itself() -> None:
    assert age_on(dt.date(1996, 11, 27), dt.date(2026, 11, 27)) == 30
    assert age_on(dt.date(1996, 11, 28), dt.date(2026, 11, 27)) == 29


@pytest.mark.parametrize(("kind", "ability", "score", "level"), [
    ("ielts_general", 0, 5.5, 6), ("ielts_general", 0, 5.0, 5), ("ielts_general", 0, 4.5, 4),
    ("ielts_general", 0, 4.0, 3), ("ielts_general", 1, 3.5, 4), ("ielts_general", 2, 7.0, 9),
    ("celpip_general", 0, 12, 10), ("celpip_general", 0, 3, 3), ("pte_core", 2, 89, 9), ("pte_core", 2, 90, 10),
    ("tef_canada", 2, 428, 7), ("tef_canada", 2, 427, 6), ("tcf_canada", 3, 10, 7), ("tcf_canada", 3, 9, 6),
])
def test_scores_to_levels(kind: str, ability: int, score: float, level: int) -> None:
    assert clb(kind, ability, score) == level


FRENCH_NCLC7 = test("tef_canada", (434, 434, 428, 456))


@pytest.mark.parametrize(("english", "points"), [
    (None, 25), ((4, 4, 4, 4), 25), ((5, 5, 5, 4), 25), ((5, 5, 5, 5), 50), ((9, 9, 9, 9), 50),
])
def test_french_nclc7_with_english_clb4_or_5(english: tuple[int, ...] | None, points: int) -> None:
    tests = [FRENCH_NCLC7] + ([test("celpip_general", english)] if english else [])  # type: ignore[arg-type]
    assert assess(base(language_tests=tests)).crs["additional"] == points


def test_a_foreign_credential_without_eca_earns_nothing_not_even_transferability() -> None:
    clb9 = [test("celpip_general", (9, 9, 9, 9))]
    without = assess(base(language_tests=clb9, education={"level": "master", "in_canada": False, "eca": False,
                                                          "canadian_credential": "none"}))
    with_eca = assess(base(language_tests=clb9, education={"level": "master", "in_canada": False, "eca": True,
                                                           "canadian_credential": "none"}))
    assert without.crs["core"] == 110 + 124 and without.crs["transferability"] == 0
    assert with_eca.crs["core"] == 110 + 135 + 124 and with_eca.crs["transferability"] == 50


def test_two_concurrent_jobs_are_capped_at_30_hours_a_week() -> None:
    # 364 days (52 weeks) of 20 h + 20 h: 30 h a week count, 1,560 h exactly.
    jobs = [job("21232", "2025-01-01", "2025-12-30", 20), job("21231", "2025-01-01", "2025-12-30", 20)]
    got = assess(base(jobs=jobs, language_tests=[test("celpip_general", (7, 7, 7, 7))]))
    assert got.qualifying_hours == 1560 and got.verdict == "eligible" and got.canadian_years == 1


def test_one_day_short_is_not_yet_and_the_day_is_projected() -> None:
    # 363 days by as_of: 1,555.7 h; the 364th day falls on as_of + 1.
    got = assess(base(jobs=[job("21232", "2025-11-29", None, 40)],
                      language_tests=[test("celpip_general", (7, 7, 7, 7))]))
    assert got.qualifying_hours == Fraction(363 * 30, 7)
    assert got.verdict == "not_yet_eligible" and got.eligible_on == dt.date(2026, 11, 28)


def test_excluded_work_counts_nowhere() -> None:
    excluded = [job("21232", "2024-01-01", None, 40, **{flag: value}) for flag, value in (
        ("self_employed", True), ("full_time_student", True), ("authorized", False), ("paid", False),
        ("in_canada", False))] + [job("65200", "2024-01-01", None, 40), job("64100", "2024-01-01", None, 40)]
    got = assess(base(jobs=excluded))
    assert got.qualifying_hours == 0 and got.required_clb is None and got.canadian_years == 0
    assert got.verdict == "not_eligible"


def test_the_occupation_with_most_hours_sets_the_clb_not_the_teer_group() -> None:
    # RULES.md 1: 700 h in one TEER 1 occupation against 500 h + 400 h in two TEER 2 ones requires CLB 7.
    jobs = [job("21232", "2024-01-01", "2024-09-01", 20),  # 245 days: 700 h
            job("72410", "2024-10-01", "2025-03-24", 20),  # 175 days: 500 h
            job("32101", "2025-04-01", "2025-08-18", 20)]  # 140 days: 400 h
    clb6 = [test("celpip_general", (6, 6, 6, 6))]
    got = assess(base(jobs=jobs, language_tests=clb6))
    assert got.qualifying_hours == 1600 and got.required_clb == 7 and got.failing == ["language"]


def test_a_tie_between_occupations_requires_clb_7_only_when_one_of_them_does() -> None:
    teer1_tie = [job("21232", "2024-01-01", "2024-09-01", 20), job("72410", "2024-10-01", "2025-06-02", 20)]
    teer2_tie = [job("32101", "2024-01-01", "2024-09-01", 20), job("72410", "2024-10-01", "2025-06-02", 20)]
    assert assess(base(jobs=teer1_tie)).required_clb == 7
    assert assess(base(jobs=teer2_tie)).required_clb == 5


def test_a_test_is_valid_for_less_than_two_years() -> None:
    clb9 = (9, 9, 9, 9)
    assert assess(base(language_tests=[test("celpip_general", clb9, "2024-11-27")])).crs["core"] == 110
    assert assess(base(language_tests=[test("celpip_general", clb9, "2024-11-28")])).crs["core"] == 110 + 124


def test_the_second_language_is_capped_at_22_with_a_spouse_and_24_without() -> None:
    tests = [test("celpip_general", (10, 10, 10, 10)), test("tef_canada", (546, 546, 558, 556))]
    spouse = {"canadian_citizen_or_pr": False, "accompanying": True, "education": "less_than_secondary",
              "language_test": None, "canadian_work_years": 0}
    single = assess(base(language_tests=tests))
    married = assess(base(language_tests=tests, marital_status="married", spouse=spouse))
    assert single.crs["core"] == 110 + 136 + 24
    assert married.crs["core"] == 100 + 128 + 22


def test_a_citizen_or_staying_spouse_puts_the_person_in_the_single_column() -> None:
    for citizen, coming in ((True, True), (False, False)):
        spouse = {"canadian_citizen_or_pr": citizen, "accompanying": coming, "education": "doctoral",
                  "language_test": None, "canadian_work_years": 5}
        got = assess(base(marital_status="common_law", spouse=spouse))
        assert got.crs["core"] == 110 and got.crs["spouse"] == 0


def test_spouse_factors_add_up_to_40_at_most() -> None:
    spouse = {"canadian_citizen_or_pr": False, "accompanying": True, "education": "doctoral",
              "language_test": test("celpip_general", (9, 10, 9, 12)), "canadian_work_years": 7}
    assert assess(base(marital_status="married", spouse=spouse)).crs["spouse"] == 10 + 20 + 10


@pytest.mark.parametrize(("foreign", "first", "certificate", "points"), [
    (2, (7, 7, 7, 8), False, 13), (2, (9, 9, 9, 9), False, 25), (3, (7, 7, 7, 7), False, 25),
    (3, (9, 9, 9, 9), False, 50), (0, (5, 6, 6, 6), True, 25), (0, (7, 7, 7, 7), True, 50),
    (0, (4, 9, 9, 9), True, 0), (5, (9, 9, 9, 9), True, 100),
])
def test_transferability_without_education_or_canadian_work(foreign: int, first: tuple[int, ...],
                                                             certificate: bool, points: int) -> None:
    got = assess(base(foreign_work_years=foreign, certificate_of_qualification=certificate,
                      language_tests=[test("celpip_general", first)]))  # type: ignore[arg-type]
    assert got.crs["transferability"] == points


def test_education_and_foreign_rows_are_capped_at_50_each_and_100_in_all() -> None:
    # Master's with CLB 9+ and 2 years in Canada: 50 + 50 capped at 50; 3+ years abroad the same; certificate 50.
    jobs = [job("21232", "2023-01-01", None, 40)]
    got = assess(base(jobs=jobs, foreign_work_years=3, certificate_of_qualification=True,
                      language_tests=[test("celpip_general", (9, 9, 9, 9))],
                      education={"level": "master", "in_canada": True, "eca": False,
                                 "canadian_credential": "three_year_plus"}))
    assert got.canadian_years == 3
    assert got.crs["transferability"] == 100 and got.crs["additional"] == 30


def test_canadian_years_count_in_ten_years_and_five_is_the_top() -> None:
    got = assess(base(as_of="2026-11-27", jobs=[job("21232", "2014-01-01", None, 40)]))
    assert got.canadian_years == int(Fraction((dt.date(2026, 11, 27) - dt.date(2016, 11, 27)).days * 30, 7)
                                     // 1560)
    assert got.crs["core"] == 110 + 80


def test_additional_points_stop_at_600() -> None:
    got = assess(base(provincial_nomination=True, sibling_in_canada=True,
                      education={"level": "bachelor", "in_canada": True, "eca": False,
                                 "canadian_credential": "three_year_plus"}))
    assert got.crs["additional"] == 600


def test_the_designation_that_scores_more_is_chosen() -> None:
    # French NCLC 9 and English CLB 5: French first scores more.
    tests = [test("celpip_general", (5, 5, 5, 5)), test("tcf_canada", (523, 524, 14, 14))]
    got = assess(base(language_tests=tests))
    assert got.crs["core"] == 110 + 4 * 31 + 4 * 1
