"""Every boundary of every score-to-CLB/NCLC table, and how long a result stays valid.

The minimum scores below are copied by hand from shared/reference/RULES.md section 2 (never read from
eligibility/data): a score at or above a row's value and below the next row's is that level; below the
CLB 4 row the level is reported as 3 (CELPIP: its own level); CELPIP 11 and 12 count as 10.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eligibility import Profile, assess

ABILITIES = ("listening", "reading", "writing", "speaking")

# CLB: (listening, reading, writing, speaking) minimums, RULES.md section 2.
IELTS_GENERAL = {
    10: (8.5, 8.0, 7.5, 7.5),
    9: (8.0, 7.0, 7.0, 7.0),
    8: (7.5, 6.5, 6.5, 6.5),
    7: (6.0, 6.0, 6.0, 6.0),
    6: (5.5, 5.0, 5.5, 5.5),
    5: (5.0, 4.0, 5.0, 5.0),
    4: (4.5, 3.5, 4.0, 4.0),
}
CELPIP_GENERAL = {level: (level, level, level, level) for level in range(4, 11)}
PTE_CORE = {
    10: (89, 88, 90, 89),
    9: (82, 78, 88, 84),
    8: (71, 69, 79, 76),
    7: (60, 60, 69, 68),
    6: (50, 51, 60, 59),
    5: (39, 42, 51, 51),
    4: (28, 33, 41, 42),
}
TEF_CANADA = {
    10: (546, 546, 558, 556),
    9: (503, 503, 512, 518),
    8: (462, 462, 472, 494),
    7: (434, 434, 428, 456),
    6: (393, 393, 379, 422),
    5: (352, 352, 330, 387),
    4: (306, 306, 268, 328),
}
TCF_CANADA = {
    10: (549, 549, 16, 16),
    9: (523, 524, 14, 14),
    8: (503, 499, 12, 12),
    7: (458, 453, 10, 10),
    6: (398, 406, 7, 7),
    5: (369, 375, 6, 6),
    4: (331, 342, 4, 4),
}
TABLES = {
    "ielts_general": IELTS_GENERAL,
    "celpip_general": CELPIP_GENERAL,
    "pte_core": PTE_CORE,
    "tef_canada": TEF_CANADA,
    "tcf_canada": TCF_CANADA,
}
STEP = {"ielts_general": 0.5, "celpip_general": 1, "pte_core": 1, "tef_canada": 1, "tcf_canada": 1}
# The top of each ability's range (profile-contract.md): the best score a report can print.
TOP = {
    "ielts_general": (9.0, 9.0, 9.0, 9.0),
    "celpip_general": (12, 12, 12, 12),
    "pte_core": (90, 90, 90, 90),
    "tef_canada": (699, 699, 699, 699),
    "tcf_canada": (699, 699, 20, 20),
}
BOTTOM = {
    "ielts_general": (0.0, 0.0, 0.0, 0.0),
    "pte_core": (10, 10, 10, 10),
    "tef_canada": (0, 0, 0, 0),
    "tcf_canada": (0, 0, 0, 0),
}

TEST_DATE = dt.date(2025, 3, 1)
AS_OF = dt.date(2025, 4, 1)


def level_of(test: str, ability: str, score: float) -> int:
    """The CLB the engine gives `score` in `ability`, the other abilities at the top of their range."""
    scores = dict(zip(ABILITIES, TOP[test], strict=True))
    scores[ability] = score
    profile = Profile.model_validate({
        "as_of": AS_OF, "age": 30,
        "language_tests": [{"test": test, "date": TEST_DATE, **scores}],
    })
    return assess(profile)["language_results"][0]["clb"][ability]


def _boundaries() -> list[tuple[str, str, int, float]]:
    cases = []
    for test, table in TABLES.items():
        for level, minimums in table.items():
            for ability, minimum in zip(ABILITIES, minimums, strict=True):
                cases.append((test, ability, level, minimum))
    return cases


BOUNDARIES = _boundaries()


def _case_id(case: tuple[str, str, int, float]) -> str:
    test, ability, level, minimum = case
    return f"{test}-{ability}-clb{level}-{minimum}"


@pytest.mark.parametrize("case", BOUNDARIES, ids=[_case_id(c) for c in BOUNDARIES])
def test_minimum_score_gives_the_level(case):
    test, ability, level, minimum = case
    assert level_of(test, ability, minimum) == level


@pytest.mark.parametrize("case", BOUNDARIES, ids=[_case_id(c) for c in BOUNDARIES])
def test_one_step_below_the_minimum_gives_the_level_below(case):
    test, ability, level, minimum = case
    below = minimum - STEP[test]
    expected = level - 1 if level > 4 else 3
    assert level_of(test, ability, below) == expected


@pytest.mark.parametrize("test", sorted(TABLES))
@pytest.mark.parametrize("ability", ABILITIES)
def test_top_of_range_is_clb_10(test, ability):
    top = TOP[test][ABILITIES.index(ability)]
    assert level_of(test, ability, top) == 10


@pytest.mark.parametrize("score", [10, 11, 12])
def test_celpip_10_to_12_are_all_clb_10(score):
    for ability in ABILITIES:
        assert level_of("celpip_general", ability, score) == 10


@pytest.mark.parametrize("score", [0, 1, 2, 3])
def test_celpip_below_4_is_its_own_level(score):
    for ability in ABILITIES:
        assert level_of("celpip_general", ability, score) == score


@pytest.mark.parametrize("test", sorted(BOTTOM))
@pytest.mark.parametrize("ability", ABILITIES)
def test_bottom_of_range_is_reported_as_3(test, ability):
    assert level_of(test, ability, BOTTOM[test][ABILITIES.index(ability)]) == 3


@pytest.mark.parametrize("test", sorted(TABLES))
def test_between_two_rows_is_the_lower_row(test):
    """A score above a row's minimum but below the next row's is that row's level."""
    step = STEP[test]
    for level in range(4, 10):
        for ability, low, high in zip(ABILITIES, TABLES[test][level], TABLES[test][level + 1], strict=True):
            if high - low >= 2 * step:
                assert level_of(test, ability, low + step) == level, (ability, low + step)


def test_abilities_are_converted_separately_and_reported_per_ability():
    profile = Profile.model_validate({
        "as_of": AS_OF, "age": 30,
        "language_tests": [{"test": "ielts_general", "date": TEST_DATE,
                            "listening": 8.5, "reading": 6.5, "writing": 5.5, "speaking": 4.0}],
    })
    result = assess(profile)["language_results"][0]
    assert result["clb"] == {"listening": 10, "reading": 8, "writing": 6, "speaking": 4}
    assert result["language"] == "english"


@pytest.mark.parametrize(("test", "language"), [
    ("ielts_general", "english"), ("celpip_general", "english"), ("pte_core", "english"),
    ("tef_canada", "french"), ("tcf_canada", "french"),
])
def test_language_of_each_test(test, language):
    profile = Profile.model_validate({
        "as_of": AS_OF, "age": 30,
        "language_tests": [{"test": test, "date": TEST_DATE,
                            **dict(zip(ABILITIES, TOP[test], strict=True))}],
    })
    assert assess(profile)["language_results"][0]["language"] == language


# -- validity: a result is valid on days d with date <= d < date + 2 years -------------------------------

TAKEN = dt.date(2024, 3, 10)


def _language_on(as_of: dt.date, test: dict | None = None) -> dict:
    test = test or {"test": "celpip_general", "date": TAKEN,
                    "listening": 9, "reading": 9, "writing": 9, "speaking": 9}
    profile = Profile.model_validate({"as_of": as_of, "age": 30, "language_tests": [test]})
    result = assess(profile)
    language = next(c for c in result["criteria"] if c["id"] == "language")
    return {"valid": result["language_results"][0]["valid"], "met": language["met"], "result": result}


@pytest.mark.parametrize(("as_of", "valid"), [
    (dt.date(2024, 3, 10), True),   # the day the test was taken
    (dt.date(2025, 3, 10), True),   # one year later
    (dt.date(2026, 3, 9), True),    # the day before the 2-year anniversary
    (dt.date(2026, 3, 10), False),  # the anniversary itself: "less than 2 years old"
    (dt.date(2026, 3, 11), False),
    (dt.date(2027, 1, 1), False),
])
def test_result_is_valid_for_two_years(as_of, valid):
    outcome = _language_on(as_of)
    assert outcome["valid"] is valid
    assert outcome["met"] is valid


def test_expiry_date_is_the_two_year_anniversary():
    result = _language_on(dt.date(2024, 6, 1))["result"]
    assert result["language_results"][0]["expires"] == "2026-03-10"


def _tef(date: dt.date) -> dict:
    return {"test": "tef_canada", "date": date, "listening": 600, "reading": 600, "writing": 600, "speaking": 600}


def test_tef_taken_before_2023_12_11_is_not_supported():
    outcome = _language_on(dt.date(2024, 6, 1), _tef(dt.date(2023, 12, 10)))
    assert outcome["valid"] is False
    assert outcome["met"] is False
    assert "unsupported_tef_canada" in {w["id"] for w in outcome["result"]["warnings"]}
    # Not counted for the CRS either: no French points, no first-language points.
    crs = outcome["result"]["crs"]
    assert crs["additional"] == 0
    assert crs["core"] == 105  # age 30, single: 105; nothing else scores
    assert crs["first_language"] is None


def test_tef_taken_on_2023_12_11_is_supported():
    outcome = _language_on(dt.date(2024, 6, 1), _tef(dt.date(2023, 12, 11)))
    assert outcome["valid"] is True
    assert outcome["met"] is True
    assert outcome["result"]["language_results"][0]["clb"] == dict.fromkeys(ABILITIES, 10)
    assert "tef_old_table" not in {w["id"] for w in outcome["result"]["warnings"]}


def test_pte_core_taken_before_ircc_accepted_it_does_not_count():
    early = {"test": "pte_core", "date": dt.date(2024, 1, 29), "listening": 90, "reading": 90, "writing": 90,
             "speaking": 90}
    outcome = _language_on(dt.date(2024, 6, 1), early)
    assert outcome["valid"] is False and outcome["met"] is False
    assert "unsupported_pte_core" in {w["id"] for w in outcome["result"]["warnings"]}
    on_the_day = _language_on(dt.date(2024, 6, 1), {**early, "date": dt.date(2024, 1, 30)})
    assert on_the_day["valid"] is True and on_the_day["met"] is True
