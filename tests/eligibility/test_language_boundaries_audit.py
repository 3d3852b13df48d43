"""Audit of score -> CLB/NCLC -> points, boundary by boundary, against shared/reference/RULES.md sections 2 and 3.

Every figure here is typed by hand from RULES.md (never read from eligibility/data). What the neighbouring files
already assert is not repeated: each row's minimum and one step below it as a level (test_language_tables.py),
as first-language and spouse points (test_crs_grid_audit.py), at the CEC minimums (test_rules_audit_boundaries.py),
two-year validity and 29 February test dates (test_language_tables.py, test_rules_audit_boundaries.py). Added:
- every score each test allows, in every ability, converted (not only the edges: nothing between them misread);
- every edge as second-official-language points;
- each ability's own range: lowest and highest score accepted, one step beyond either refused, off-step refused;
- which test a profile accepts and a result dated after the assessment day;
- the first/second official language designation flipping exactly at a level's minimum score.

Where RULES.md is silent there is no test, said in place: the TEF Canada table for tests before 2023-12-11
(RULES.md gives the day it changed, not the older figures) and whether a test taken on 29 February is still
"less than 2 years old" on 28 February two years later.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pydantic
import pytest

from eligibility import Profile, assess
from eligibility.language import TestScores as _Scores
from eligibility.language import convert

D = dt.date
AS_OF = D(2026, 10, 1)    # before 2026-11-03: no high-wage caveat in the CRS
TEST_DAY = D(2026, 3, 2)  # less than 2 years before AS_OF, after PTE Core's and TEF's dates
ABILITIES = ("listening", "reading", "writing", "speaking")

# RULES.md 2, by hand: level -> minimum (listening, reading, writing, speaking).
MINIMUMS: dict[str, dict[int, tuple[float, float, float, float]]] = {
    "ielts_general": {10: (8.5, 8.0, 7.5, 7.5), 9: (8.0, 7.0, 7.0, 7.0), 8: (7.5, 6.5, 6.5, 6.5),
                      7: (6.0, 6.0, 6.0, 6.0), 6: (5.5, 5.0, 5.5, 5.5), 5: (5.0, 4.0, 5.0, 5.0),
                      4: (4.5, 3.5, 4.0, 4.0)},
    "celpip_general": {10: (10, 10, 10, 10), 9: (9, 9, 9, 9), 8: (8, 8, 8, 8), 7: (7, 7, 7, 7),
                       6: (6, 6, 6, 6), 5: (5, 5, 5, 5), 4: (4, 4, 4, 4)},
    "pte_core": {10: (89, 88, 90, 89), 9: (82, 78, 88, 84), 8: (71, 69, 79, 76), 7: (60, 60, 69, 68),
                 6: (50, 51, 60, 59), 5: (39, 42, 51, 51), 4: (28, 33, 41, 42)},
    "tef_canada": {10: (546, 546, 558, 556), 9: (503, 503, 512, 518), 8: (462, 462, 472, 494),
                   7: (434, 434, 428, 456), 6: (393, 393, 379, 422), 5: (352, 352, 330, 387),
                   4: (306, 306, 268, 328)},
    "tcf_canada": {10: (549, 549, 16, 16), 9: (523, 524, 14, 14), 8: (503, 499, 12, 12), 7: (458, 453, 10, 10),
                   6: (398, 406, 7, 7), 5: (369, 375, 6, 6), 4: (331, 342, 4, 4)},
}
# "Score ranges" and "scored 0-699 ..." (RULES.md 2): (lowest, highest) per ability, and the step.
RANGES: dict[str, tuple[tuple[float, float], ...]] = {
    "ielts_general": ((0, 9),) * 4,
    "celpip_general": ((0, 12),) * 4,
    "pte_core": ((10, 90),) * 4,
    "tef_canada": ((0, 699),) * 4,
    "tcf_canada": ((0, 699), (0, 699), (0, 20), (0, 20)),
}
STEP = {"ielts_general": 0.5, "celpip_general": 1, "pte_core": 1, "tef_canada": 1, "tcf_canada": 1}
FRENCH_TESTS = ("tef_canada", "tcf_canada")

# RULES.md 3: second official language, per ability ("CLB 4 or less 0; 5-6: 1; 7-8: 3; 9+: 6").
SECOND = {3: 0, 4: 0, 5: 1, 6: 1, 7: 3, 8: 3, 9: 6, 10: 6}


def expected_level(test: str, index: int, score: float) -> int:
    """The level RULES.md's table gives: the highest row whose minimum the score reaches; under the CLB 4 row
    "3 or less" (reported as 3), except CELPIP, whose level is the CLB (11 and 12 count as 10+)."""
    for level in sorted(MINIMUMS[test], reverse=True):
        if score >= MINIMUMS[test][level][index]:
            return level
    return int(score) if test == "celpip_general" else 3


def every_score(test: str, index: int) -> list[float]:
    low, high = RANGES[test][index]
    step = STEP[test]
    return [low + n * step for n in range(int((high - low) / step) + 1)]


def lang(test: str, scores: tuple[float, ...], date: dt.date = TEST_DAY) -> dict[str, Any]:
    return {"test": test, "date": date, **dict(zip(ABILITIES, scores, strict=True))}


def run(**fields: Any) -> dict[str, Any]:
    """Aged 45 (0 age points), single, no education or work: only language points score."""
    return assess(Profile.model_validate({"as_of": AS_OF, "age": 45, **fields}))


# -- every score of every ability, not only the edges ----------------------------------------------------

SWEEP = [(test, index) for test in MINIMUMS for index in range(4)]


@pytest.mark.parametrize(("test", "index"), SWEEP, ids=[f"{t}-{ABILITIES[i]}" for t, i in SWEEP])
def test_every_score_the_test_allows_converts_as_the_table_says(test: str, index: int) -> None:
    scores = every_score(test, index)
    assert len(scores) == {"ielts_general": 19, "celpip_general": 13, "pte_core": 81}.get(
        test, 21 if test == "tcf_canada" and index >= 2 else 700)
    wrong = []
    for score in scores:
        values = [RANGES[test][i][1] for i in range(4)]
        values[index] = score
        level = convert(_Scores(test, TEST_DAY, *values)).clb[index]
        if level != expected_level(test, index, score):
            wrong.append((score, level, expected_level(test, index, score)))
    assert wrong == []


@pytest.mark.parametrize("test", sorted(MINIMUMS))
def test_levels_never_fall_as_a_score_rises_and_reach_10_at_the_top(test: str) -> None:
    for index in range(4):
        levels = [expected_level(test, index, s) for s in every_score(test, index)]
        engine = [convert(_Scores(test, TEST_DAY, *[s if i == index else RANGES[test][i][1]
                                                      for i in range(4)])).clb[index]
                  for s in every_score(test, index)]
        assert engine == levels
        assert engine == sorted(engine) and engine[-1] == 10


# -- every edge as second official language points (RULES.md 3) ---------------------------------------

def _edges() -> list[tuple[str, int, float, int]]:
    cases = []
    for test, rows in MINIMUMS.items():
        for level, minimums in rows.items():
            for index in range(4):
                cases.append((test, index, minimums[index], level))
                cases.append((test, index, minimums[index] - STEP[test], level - 1 if level > 4 else 3))
    return cases


EDGES = _edges()


@pytest.mark.parametrize(("test", "index", "score", "level"), EDGES,
                         ids=[f"{t}-{ABILITIES[i]}-{s}-clb{lv}" for t, i, s, lv in EDGES])
def test_edge_as_second_language_points(test: str, index: int, score: float, level: int) -> None:
    # The other language at CLB 10+ in all four is first (136); the result under test is second, its other
    # three abilities at the test's lowest score (CLB 3 or less: 0), so the second language is that one row.
    scores = [RANGES[test][i][0] for i in range(4)]
    scores[index] = score
    other = lang("tef_canada", (699,) * 4) if test not in FRENCH_TESTS else lang("celpip_general", (12,) * 4)
    crs = run(language_tests=[other, lang(test, tuple(scores))])["crs"]
    assert crs["first_language"] == ("english" if test in FRENCH_TESTS else "french")
    assert crs["details"]["first_language"] == 4 * 34
    assert crs["details"]["second_language"] == SECOND[level]


# -- the designation flips exactly at a level's minimum (RULES.md 3: "choose the designation that scores more")

def _designation_cases() -> list[tuple[str, int, bool]]:
    return [(test, index, at_minimum) for test in MINIMUMS if test != "celpip_general"
            for index in range(4) for at_minimum in (True, False)]


DESIGNATION = _designation_cases()


@pytest.mark.parametrize(("test", "index", "at_minimum"), DESIGNATION,
                         ids=[f"{t}-{ABILITIES[i]}-{'minimum' if m else 'one_below'}" for t, i, m in DESIGNATION])
def test_designation_at_a_level_minimum(test: str, index: int, at_minimum: bool) -> None:
    rows = MINIMUMS[test]
    if test in FRENCH_TESTS:
        # English CELPIP 7 x 4. French NCLC 7 x 3 and this ability at the NCLC 8 minimum: French first
        # 3 x 17 + 23 = 74 + English second 4 x 3 = 12 -> 86 > English first 68 + French second 12 = 80.
        # One point below: NCLC 7 x 4, 80 = 80, English stays first on equal totals (the screener's choice).
        scores = list(rows[7])
        scores[index] = rows[8][index] - (0 if at_minimum else STEP[test])
        tests = [lang("celpip_general", (7,) * 4), lang(test, tuple(scores))]
        first, points = ("french", 86) if at_minimum else ("english", 80)
    else:
        # French TEF NCLC 7 x 4. English CLB 7 x 4: 68 + 12 = 80 either way, English first. One step below
        # the CLB 7 minimum in this ability (CLB 6): English first 3 x 17 + 9 = 60 + 12 = 72 < French first
        # 68 + English second 3 x 3 + 1 = 10 -> 78: French.
        scores = list(rows[7])
        scores[index] = rows[7][index] - (0 if at_minimum else STEP[test])
        tests = [lang("tef_canada", MINIMUMS["tef_canada"][7]), lang(test, tuple(scores))]
        first, points = ("english", 80) if at_minimum else ("french", 78)
    crs = run(language_tests=tests)["crs"]
    details = crs["details"]
    assert crs["first_language"] == first
    assert details["first_language"] + details["second_language"] == points
    # French NCLC 7+ in all four with English CLB 5+ in all four: 50, whichever is first.
    assert crs["total"] == points + 50


# -- each ability's own range (RULES.md 2 "Score ranges") -----------------------------------------------

def _range_cases() -> list[tuple[str, int, float, bool]]:
    cases = []
    for test, ranges in RANGES.items():
        step = STEP[test]
        for index, (low, high) in enumerate(ranges):
            cases += [(test, index, low, True), (test, index, low - step, False),
                      (test, index, high, True), (test, index, high + step, False),
                      (test, index, (low + high) // 2 + step / 2, False)]  # between two steps
    return cases


RANGE_CASES = _range_cases()


@pytest.mark.parametrize(("test", "index", "score", "accepted"), RANGE_CASES,
                         ids=[f"{t}-{ABILITIES[i]}-{s}" for t, i, s, _ in RANGE_CASES])
def test_each_ability_accepts_exactly_its_range_and_steps(test: str, index: int, score: float,
                                                          accepted: bool) -> None:
    scores = [MINIMUMS[test][7][i] for i in range(4)]
    scores[index] = score
    data = {"as_of": AS_OF, "age": 30, "language_tests": [lang(test, tuple(scores))]}
    if accepted:
        result = assess(Profile.model_validate(data))["language_results"][0]
        assert result["clb"][ABILITIES[index]] == expected_level(test, index, score)
    else:
        with pytest.raises(pydantic.ValidationError, match=ABILITIES[index]):
            Profile.model_validate(data)


# -- which tests, and from when -------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["celpip_general_ls", "CELPIP-General LS", "ielts_academic", "pte_academic",
                                  "tefaq", "tcf_quebec"])
def test_tests_rules_md_does_not_accept_are_refused(name: str) -> None:
    with pytest.raises(pydantic.ValidationError, match="test"):
        Profile.model_validate({"as_of": AS_OF, "age": 30, "language_tests": [lang(name, (9, 9, 9, 9))]})


# PTE Core "since 2024-01-30" and the TEF table "tests from 2023-12-11" are asserted in test_language_tables.py.
# RULES.md gives no first day for IELTS General Training, CELPIP-General or TCF Canada: no test. Nor does it
# give the TEF Canada table for tests before 2023-12-11 (only the day it changed): no boundary test for it;
# such a result is said to be unsupported (test_language_tables.py), and none of them is still valid today.
# Nor does it say whether a test of 29 February is "less than 2 years old" on 28 February two years later:
# the days around it are asserted in test_rules_audit_boundaries.py, that day itself is not.


@pytest.mark.parametrize("where", ["principal", "spouse"])
def test_a_result_dated_after_the_assessment_day_is_refused(where: str) -> None:
    test = lang("celpip_general", (9, 9, 9, 9), date=AS_OF + dt.timedelta(days=1))
    if where == "principal":
        data: dict[str, Any] = {"as_of": AS_OF, "age": 30, "language_tests": [test]}
    else:
        data = {"as_of": AS_OF, "age": 30, "marital_status": "married",
                "spouse": {"canadian_citizen_or_pr": False, "accompanying": True, "language_test": test}}
    with pytest.raises(pydantic.ValidationError, match="after as_of"):
        Profile.model_validate(data)


def test_a_result_dated_on_the_assessment_day_counts() -> None:
    result = run(language_tests=[lang("celpip_general", (9, 9, 9, 9), date=AS_OF)])
    assert result["language_results"][0]["valid"] is True
    assert result["crs"]["details"]["first_language"] == 4 * 31
