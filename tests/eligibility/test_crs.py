"""Every CRS factor, row and cap of RULES.md section 3 (grid in force since 2025-03-25).

Each test isolates one factor: a single person aged 45 (0 age points) with nothing else scores 0, so the
part under test is the only thing that scores. Pairs are (with spouse, without spouse).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eligibility import Profile, assess

D = dt.date
AS_OF = D(2026, 11, 27)
TEST_DAY = D(2026, 6, 1)
ABILITIES = ("listening", "reading", "writing", "speaking")


def celpip(*levels: int, date: dt.date = TEST_DAY) -> dict[str, Any]:
    """A CELPIP-General result; CELPIP levels are CLB levels. One level for all four, or four levels."""
    scores = levels * 4 if len(levels) == 1 else levels
    return {"test": "celpip_general", "date": date, **dict(zip(ABILITIES, scores, strict=True))}


# TEF Canada minimums per NCLC (RULES.md section 2), listening/reading/writing/speaking.
TEF_MIN = {4: (306, 306, 268, 328), 5: (352, 352, 330, 387), 6: (393, 393, 379, 422),
           7: (434, 434, 428, 456), 8: (462, 462, 472, 494), 9: (503, 503, 512, 518),
           10: (546, 546, 558, 556)}


def tef(*levels: int) -> dict[str, Any]:
    levels = levels * 4 if len(levels) == 1 else levels
    scores = [TEF_MIN[level][i] for i, level in enumerate(levels)]
    return {"test": "tef_canada", "date": TEST_DAY, **dict(zip(ABILITIES, scores, strict=True))}


def canadian_years_job(years: int) -> dict[str, Any]:
    """A 30 h/week TEER 1 job ending yesterday with `years` x 52 weeks + 1 week of hours: floor = years."""
    start = AS_OF - dt.timedelta(days=364 * years + 7)
    return {"noc": "21232", "start": start, "end": AS_OF - dt.timedelta(days=1), "hours_per_week": 30}


def crs(**fields: Any) -> dict[str, Any]:
    data = {"as_of": AS_OF, "age": 45, **fields}
    if "birth_date" in fields:
        del data["age"]
    return assess(Profile.model_validate(data))["crs"]


WITH_SPOUSE = {"marital_status": "married",
               "spouse": {"canadian_citizen_or_pr": False, "accompanying": True}}


def spouse_column(with_spouse: bool) -> dict[str, Any]:
    return WITH_SPOUSE if with_spouse else {"marital_status": "single"}


def test_nothing_scores_nothing():
    assert crs() == {**crs(), "total": 0, "core": 0, "spouse": 0, "transferability": 0, "additional": 0}


# -- age -----------------------------------------------------------------------------------------------

AGE_POINTS = {16: (0, 0), 17: (0, 0), 18: (90, 99), 19: (95, 105),
              **{age: (100, 110) for age in range(20, 30)},
              30: (95, 105), 31: (90, 99), 32: (85, 94), 33: (80, 88), 34: (75, 83), 35: (70, 77),
              36: (65, 72), 37: (60, 66), 38: (55, 61), 39: (50, 55), 40: (45, 50), 41: (35, 39),
              42: (25, 28), 43: (15, 17), 44: (5, 6), 45: (0, 0), 46: (0, 0), 60: (0, 0)}


@pytest.mark.parametrize("age", sorted(AGE_POINTS))
@pytest.mark.parametrize("with_spouse", [True, False], ids=["with_spouse", "without_spouse"])
def test_age_points(age, with_spouse):
    result = crs(age=age, **spouse_column(with_spouse))
    expected = AGE_POINTS[age][0 if with_spouse else 1]
    assert result["core"] == expected
    assert result["total"] == expected


@pytest.mark.parametrize(("birth_date", "as_of", "points"), [
    (D(1996, 11, 27), D(2026, 11, 26), 110),  # the day before the 30th birthday: 29
    (D(1996, 11, 27), D(2026, 11, 27), 105),  # the 30th birthday itself: 30
    (D(2008, 11, 27), D(2026, 11, 26), 0),    # 17 the day before turning 18
    (D(2008, 11, 27), D(2026, 11, 27), 99),   # 18 on the birthday
    (D(1981, 11, 27), D(2026, 11, 26), 6),    # 44 the day before turning 45
    (D(1981, 11, 27), D(2026, 11, 27), 0),    # 45 on the birthday
    (D(1997, 3, 10), D(2026, 11, 27), 110),   # persona s01: 29
])
def test_age_from_birth_date_counts_from_the_birthday_itself(birth_date, as_of, points):
    profile = Profile.model_validate({"as_of": as_of, "birth_date": birth_date})
    assert assess(profile)["crs"]["core"] == points


# -- education -----------------------------------------------------------------------------------------

EDUCATION_POINTS = {"less_than_secondary": (0, 0), "secondary": (28, 30), "one_year": (84, 90),
                    "two_year": (91, 98), "bachelor": (112, 120), "two_or_more": (119, 128),
                    "master": (126, 135), "doctoral": (140, 150)}


@pytest.mark.parametrize("level", list(EDUCATION_POINTS))
@pytest.mark.parametrize("with_spouse", [True, False], ids=["with_spouse", "without_spouse"])
@pytest.mark.parametrize("how", ["eca", "canadian"])
def test_education_points(level, with_spouse, how):
    education = {"level": level, "eca": how == "eca", "in_canada": how == "canadian"}
    result = crs(education=education, **spouse_column(with_spouse))
    assert result["core"] == EDUCATION_POINTS[level][0 if with_spouse else 1]


@pytest.mark.parametrize("level", list(EDUCATION_POINTS))
def test_foreign_education_without_eca_scores_nothing(level):
    result = crs(education={"level": level, "eca": False, "in_canada": False}, language_tests=[celpip(10)])
    assert result["core"] == 4 * 34  # only the first language scores
    assert result["transferability"] == 0  # less than secondary earns no transferability either


def test_foreign_education_without_eca_warns():
    profile = Profile.model_validate({"as_of": AS_OF, "age": 45,
                                      "education": {"level": "master", "eca": False, "in_canada": False}})
    result = assess(profile)
    assert "education_without_eca" in {w["id"] for w in result["warnings"]}
    assert "eca" in {s["id"] for s in result["next_steps"]}


@pytest.mark.parametrize(("level", "eca", "canadian", "points", "warning"), [
    # A foreign credential that counts (ECA) and a separate Canadian one, one of them 3+ years: two or more.
    ("bachelor", True, "one_or_two_year", 128, "education_two_credentials"),
    ("one_year", True, "three_year_plus", 128, "education_two_credentials"),
    ("two_year", True, "three_year_plus", 128, "education_two_credentials"),
    # Neither of three years or more: the higher one (the Canadian one at its lowest, a one-year program).
    ("two_year", True, "one_or_two_year", 98, None),
    # Already higher than "two or more": unchanged.
    ("master", True, "three_year_plus", 135, None),
    # Secondary school abroad is not post-secondary: the Canadian credential alone, at its lowest level.
    ("secondary", True, "three_year_plus", 120, "education_canadian_higher"),
    # No ECA: the foreign credential does not count, so there is one credential only.
    ("bachelor", False, "one_or_two_year", 90, "education_canadian_counted"),
])
def test_a_foreign_and_a_separate_canadian_credential(level, eca, canadian, points, warning):
    education = {"level": level, "eca": eca, "in_canada": False, "canadian_credential": canadian}
    result = assess(Profile.model_validate({"as_of": AS_OF, "age": 45, "marital_status": "single",
                                            "education": education}))
    assert result["crs"]["core"] == points
    education_warnings = [w["id"] for w in result["warnings"] if w["id"].startswith("education_")]
    assert education_warnings == ([warning] if warning else [])


def test_a_canadian_highest_credential_is_not_counted_twice():
    education = {"level": "bachelor", "in_canada": True, "canadian_credential": "three_year_plus"}
    assert crs(education=education, marital_status="single")["core"] == 120


# -- first official language -----------------------------------------------------------------------------

FIRST_LANGUAGE = {0: (0, 0), 3: (0, 0), 4: (6, 6), 5: (6, 6), 6: (8, 9), 7: (16, 17), 8: (22, 23),
                  9: (29, 31), 10: (32, 34), 11: (32, 34), 12: (32, 34)}


@pytest.mark.parametrize("level", sorted(FIRST_LANGUAGE))
@pytest.mark.parametrize("with_spouse", [True, False], ids=["with_spouse", "without_spouse"])
def test_first_language_per_ability(level, with_spouse):
    result = crs(language_tests=[celpip(level)], **spouse_column(with_spouse))
    assert result["core"] == 4 * FIRST_LANGUAGE[level][0 if with_spouse else 1]


def test_first_language_abilities_add_up():
    # CLB 10 / 9 / 8 / 7 without spouse: 34 + 31 + 23 + 17.
    assert crs(language_tests=[celpip(10, 9, 8, 7)])["core"] == 105
    # With spouse: 32 + 29 + 22 + 16.
    assert crs(language_tests=[celpip(10, 9, 8, 7)], **WITH_SPOUSE)["core"] == 99


def test_expired_test_scores_nothing():
    result = crs(language_tests=[celpip(10, date=D(2024, 11, 27))])
    assert result["core"] == 0


def test_best_valid_result_of_a_language_is_used():
    result = crs(language_tests=[celpip(7, date=D(2025, 1, 1)), celpip(9)])
    assert result["core"] == 4 * 31


# -- second official language -------------------------------------------------------------------------

SECOND_LANGUAGE = {4: 0, 5: 1, 6: 1, 7: 3, 8: 3, 9: 6, 10: 6}


@pytest.mark.parametrize("level", sorted(SECOND_LANGUAGE))
def test_second_language_per_ability(level):
    # English CLB 10 first (136 points single); French second at `level` in all four; 4 x 6 = 24 is the cap.
    result = crs(language_tests=[celpip(10), tef(level)])
    assert result["core"] == 136 + min(24, 4 * SECOND_LANGUAGE[level])


def test_second_language_mixed_levels():
    # NCLC 9, 9, 9, 7: 6 + 6 + 6 + 3 = 21, under both caps.
    assert crs(language_tests=[celpip(10), tef(9, 9, 9, 7)])["core"] == 136 + 21
    assert crs(language_tests=[celpip(10), tef(9, 9, 9, 7)], **WITH_SPOUSE)["core"] == 128 + 21


def test_second_language_cap_is_24_without_spouse():
    assert crs(language_tests=[celpip(10), tef(10)])["core"] == 136 + 24


def test_second_language_cap_is_22_with_spouse():
    # 4 x 6 = 24, capped at 22 with an accompanying spouse; first language 4 x 32 = 128.
    assert crs(language_tests=[celpip(10), tef(10)], **WITH_SPOUSE)["core"] == 128 + 22


def test_strong_french_and_weak_english_designates_french_first():
    # French first: NCLC 10 x 4 = 136, English CLB 5 second 4 x 1 = 4: 140.
    # English first: CLB 5 x 4 = 24, French second 24: 48. The screener picks the higher.
    result = crs(language_tests=[celpip(5), tef(10)])
    assert result["first_language"] == "french"
    assert result["core"] == 140
    # French NCLC 7+ in all four and English CLB 5+ in all four: 50 additional points.
    assert result["additional"] == 50
    assert result["total"] == 190


def test_strong_english_and_weak_french_designates_english_first():
    result = crs(language_tests=[celpip(10), tef(5)])
    assert result["first_language"] == "english"
    assert result["core"] == 136 + 4


def test_french_only_is_the_first_language():
    result = crs(language_tests=[tef(8)])
    assert result["first_language"] == "french"
    assert result["core"] == 4 * 23
    assert result["additional"] == 25  # NCLC 7+ and no English result


def test_first_language_designation_also_drives_transferability():
    # Bachelor's (ECA) x French NCLC 9+ in all four: 25; English CLB 5 would earn nothing.
    result = crs(language_tests=[celpip(5), tef(9)], education={"level": "bachelor", "eca": True})
    assert result["transferability"] == 25


# -- Canadian work experience ----------------------------------------------------------------------------

CANADIAN_WORK = {0: (0, 0), 1: (35, 40), 2: (46, 53), 3: (56, 64), 4: (63, 72), 5: (70, 80), 6: (70, 80),
                 9: (70, 80)}


@pytest.mark.parametrize("years", sorted(CANADIAN_WORK))
@pytest.mark.parametrize("with_spouse", [True, False], ids=["with_spouse", "without_spouse"])
def test_canadian_work_points(years, with_spouse):
    jobs = [canadian_years_job(years)] if years else []
    result = crs(jobs=jobs, **spouse_column(with_spouse))
    assert result["core"] == CANADIAN_WORK[years][0 if with_spouse else 1]


def test_canadian_work_needs_completed_years_of_1560_hours():
    # 363 days at 30 h = 1,555.7 h: not one completed year.
    short = {"noc": "21232", "start": AS_OF - dt.timedelta(days=363), "end": AS_OF - dt.timedelta(days=1),
             "hours_per_week": 30}
    assert crs(jobs=[short])["core"] == 0


def test_canadian_work_older_than_10_years_does_not_count():
    old = {"noc": "21232", "start": D(2012, 1, 1), "end": D(2016, 11, 26), "hours_per_week": 30}
    assert crs(jobs=[old])["core"] == 0


def test_canadian_work_is_capped_at_30_hours_a_week():
    # Two 30 h jobs over the same 2 years and a week: 2 years, not 4.
    a, b = canadian_years_job(2), {**canadian_years_job(2), "noc": "21231"}
    assert crs(jobs=[a, b])["core"] == 53


def test_canadian_work_has_the_same_exclusions_as_the_cec():
    for flags in ({"self_employed": True}, {"full_time_student": True}, {"authorized": False},
                  {"paid": False}, {"in_canada": False}, {"noc": "65200"}):
        assert crs(jobs=[{**canadian_years_job(3), **flags}])["core"] == 0, flags


def test_canadian_work_counts_beyond_the_3_year_window():
    # 30 h from 2018-01-01 to 2021-12-31 (1,461 days, 6,261 h): 4 completed years, all older than 3 years.
    job = {"noc": "21232", "start": D(2018, 1, 1), "end": D(2021, 12, 31), "hours_per_week": 30}
    assert crs(jobs=[job])["core"] == 72


# -- spouse factors ----------------------------------------------------------------------------------

def married(**spouse: Any) -> dict[str, Any]:
    return {"marital_status": "married",
            "spouse": {"canadian_citizen_or_pr": False, "accompanying": True, **spouse}}


SPOUSE_EDUCATION = {"less_than_secondary": 0, "secondary": 2, "one_year": 6, "two_year": 7, "bachelor": 8,
                    "two_or_more": 9, "master": 10, "doctoral": 10}
SPOUSE_LANGUAGE = {3: 0, 4: 0, 5: 1, 6: 1, 7: 3, 8: 3, 9: 5, 10: 5, 12: 5}
SPOUSE_WORK = {0: 0, 1: 5, 2: 7, 3: 8, 4: 9, 5: 10, 8: 10}


@pytest.mark.parametrize("level", list(SPOUSE_EDUCATION))
def test_spouse_education(level):
    result = crs(**married(education=level))
    assert result["spouse"] == SPOUSE_EDUCATION[level]
    assert result["total"] == SPOUSE_EDUCATION[level]


@pytest.mark.parametrize("level", sorted(SPOUSE_LANGUAGE))
def test_spouse_language_per_ability(level):
    assert crs(**married(language_test=celpip(level)))["spouse"] == 4 * SPOUSE_LANGUAGE[level]


def test_spouse_language_abilities_add_up():
    assert crs(**married(language_test=celpip(9, 7, 5, 4)))["spouse"] == 5 + 3 + 1 + 0


def test_spouse_expired_test_scores_nothing():
    assert crs(**married(language_test=celpip(9, date=D(2024, 1, 1))))["spouse"] == 0


@pytest.mark.parametrize("years", sorted(SPOUSE_WORK))
def test_spouse_canadian_work(years):
    assert crs(**married(canadian_work_years=years))["spouse"] == SPOUSE_WORK[years]


def test_spouse_factors_at_their_maximum_are_40():
    result = crs(**married(education="doctoral", language_test=celpip(10), canadian_work_years=6))
    assert result["spouse"] == 10 + 20 + 10 == 40


def test_spouse_factors_add_up():
    # Persona s02's spouse: master's 10, CLB 7 x 4 = 12, 1 year 5: 27.
    result = crs(**married(education="master", language_test=celpip(7), canadian_work_years=1))
    assert result["spouse"] == 27


@pytest.mark.parametrize("spouse", [
    {"canadian_citizen_or_pr": True, "accompanying": True},
    {"canadian_citizen_or_pr": False, "accompanying": False},
], ids=["citizen_or_pr", "not_accompanying"])
def test_spouse_who_is_pr_or_stays_behind_uses_the_without_spouse_column(spouse):
    strong = {"education": "doctoral", "language_test": celpip(10), "canadian_work_years": 5}
    result = crs(age=30, marital_status="married", spouse={**spouse, **strong},
                 education={"level": "bachelor", "eca": True}, language_tests=[celpip(9)])
    # Without spouse: age 30 105, bachelor's 120, CLB 9 x 4 = 124; no spouse points.
    assert result["spouse"] == 0
    assert result["core"] == 105 + 120 + 124


@pytest.mark.parametrize("status", ["married", "common_law"])
def test_partner_without_details_is_scored_with_spouse(status):
    profile = Profile.model_validate({"as_of": AS_OF, "age": 29, "marital_status": status})
    result = assess(profile)
    assert result["crs"]["core"] == 100
    assert result["crs"]["spouse"] == 0
    assert "spouse_missing" in {w["id"] for w in result["warnings"]}


@pytest.mark.parametrize("status", ["single", "divorced", "separated", "widowed", "annulled"])
def test_other_statuses_use_the_without_spouse_column(status):
    spouse = {"education": "doctoral", "canadian_work_years": 5}
    assert crs(age=29, marital_status=status, spouse=spouse) == {**crs(age=29), "total": 110, "core": 110,
                                                                 "spouse": 0}


# -- skill transferability -------------------------------------------------------------------------------

def transferability(education: str | None = None, clb: tuple[int, ...] | None = None, canadian: int = 0,
                    foreign: int = 0, certificate: bool = False) -> int:
    fields: dict[str, Any] = {"foreign_work_years": foreign, "certificate_of_qualification": certificate}
    if education:
        fields["education"] = {"level": education, "eca": True}
    if clb:
        fields["language_tests"] = [celpip(*clb)]
    if canadian:
        fields["jobs"] = [canadian_years_job(canadian)]
    return crs(**fields)["transferability"]


@pytest.mark.parametrize(("education", "clb", "points"), [
    ("one_year", (7,), 13), ("two_year", (8,), 13), ("bachelor", (7,), 13),
    ("bachelor", (9, 9, 9, 8), 13),   # one ability under 9: CLB 7+ tier
    ("bachelor", (9,), 25), ("two_year", (10,), 25), ("one_year", (9, 10, 11, 12), 25),
    ("bachelor", (9, 9, 9, 6), 0),    # one ability under 7: nothing
    ("two_or_more", (7,), 25), ("master", (8,), 25), ("doctoral", (7,), 25),
    ("two_or_more", (9,), 50), ("master", (10,), 50), ("doctoral", (9,), 50),
    ("secondary", (10,), 0), ("less_than_secondary", (10,), 0),
])
def test_education_x_language(education, clb, points):
    assert transferability(education, clb) == points


@pytest.mark.parametrize(("education", "years", "points"), [
    ("one_year", 1, 13), ("bachelor", 1, 13), ("two_year", 2, 25), ("bachelor", 5, 25),
    ("master", 1, 25), ("doctoral", 1, 25), ("two_or_more", 2, 50), ("master", 3, 50),
    ("secondary", 3, 0), ("bachelor", 0, 0),
])
def test_education_x_canadian_work(education, years, points):
    assert transferability(education, canadian=years) == points


@pytest.mark.parametrize(("education", "clb", "years", "points"), [
    ("bachelor", (7,), 1, 26),   # 13 + 13
    ("bachelor", (9,), 1, 38),   # 25 + 13
    ("bachelor", (9,), 2, 50),   # 25 + 25 = 50, at the cap
    ("master", (7,), 1, 50),     # 25 + 25
    ("master", (9,), 2, 50),     # 50 + 50 capped at 50
    ("doctoral", (9,), 1, 50),   # 50 + 25 capped at 50
])
def test_education_rows_are_capped_at_50(education, clb, years, points):
    assert transferability(education, clb, canadian=years) == points


@pytest.mark.parametrize(("foreign", "clb", "points"), [
    (1, (7,), 13), (2, (8,), 13), (1, (9,), 25), (2, (10,), 25),
    (3, (7,), 25), (5, (8,), 25), (3, (9,), 50), (10, (10,), 50),
    (0, (10,), 0), (3, (6,), 0), (3, (9, 9, 9, 6), 0),
])
def test_foreign_work_x_language(foreign, clb, points):
    assert transferability(clb=clb, foreign=foreign) == points


@pytest.mark.parametrize(("foreign", "years", "points"), [
    (1, 1, 13), (2, 1, 13), (1, 2, 25), (2, 3, 25), (3, 1, 25), (4, 1, 25), (3, 2, 50), (6, 5, 50),
    (0, 3, 0), (3, 0, 0),
])
def test_foreign_work_x_canadian_work(foreign, years, points):
    assert transferability(canadian=years, foreign=foreign) == points


@pytest.mark.parametrize(("foreign", "clb", "years", "points"), [
    (1, (7,), 1, 26), (2, (9,), 1, 38), (2, (9,), 2, 50), (3, (7,), 1, 50), (3, (9,), 2, 50),
])
def test_foreign_work_rows_are_capped_at_50(foreign, clb, years, points):
    assert transferability(clb=clb, canadian=years, foreign=foreign) == points


@pytest.mark.parametrize(("clb", "points"), [
    ((5,), 25), ((6,), 25), ((5, 6, 5, 6), 25), ((7, 7, 7, 6), 25), ((9, 9, 9, 5), 25),
    ((7,), 50), ((8,), 50), ((10,), 50),
    ((4,), 0), ((7, 7, 7, 4), 0), ((3,), 0),
])
def test_certificate_of_qualification_x_language(clb, points):
    assert transferability(clb=clb, certificate=True) == points


def test_certificate_without_a_language_result_scores_nothing():
    assert transferability(certificate=True) == 0


def test_no_certificate_no_certificate_points():
    assert transferability(clb=(10,)) == 0


def test_transferability_is_capped_at_100():
    # Education 50 (capped) + foreign work 50 (capped) + certificate 50 = 150, capped at 100.
    assert transferability("master", (9,), canadian=2, foreign=3, certificate=True) == 100


def test_transferability_groups_add_up_below_100():
    # Bachelor's x CLB 7+ 13 + foreign 1 year x CLB 7+ 13 + certificate x CLB 7+ 50 = 76.
    assert transferability("bachelor", (7,), foreign=1, certificate=True) == 76
    # Bachelor's: 13 (CLB 7+) + 13 (1 yr); foreign 1 yr: 13 + 13: 52.
    assert transferability("bachelor", (7,), canadian=1, foreign=1) == 52


# -- additional points ---------------------------------------------------------------------------------

def test_provincial_nomination_is_600():
    result = crs(provincial_nomination=True)
    assert result["additional"] == 600
    assert result["total"] == 600


@pytest.mark.parametrize(("credential", "points"), [("none", 0), ("one_or_two_year", 15),
                                                    ("three_year_plus", 30)])
def test_canadian_credential(credential, points):
    result = crs(education={"level": "less_than_secondary", "in_canada": True,
                            "canadian_credential": credential})
    assert result["additional"] == points


def test_sibling_in_canada_is_15():
    assert crs(sibling_in_canada=True)["additional"] == 15


@pytest.mark.parametrize(("tests", "points"), [
    ([tef(7)], 25),                           # French only, English untested
    ([tef(7), celpip(4)], 25),                # English CLB 4
    ([tef(7), celpip(5, 5, 5, 4)], 25),       # English not CLB 5 in all four
    ([tef(7), celpip(5)], 50),                # English CLB 5+ in all four
    ([tef(10), celpip(10)], 50),
    ([tef(7, 7, 7, 6), celpip(10)], 0),       # French not NCLC 7 in all four
    ([tef(6), celpip(10)], 0),
])
def test_french_points(tests, points):
    assert crs(language_tests=tests)["additional"] == points


def test_french_points_from_tcf_too():
    tcf = {"test": "tcf_canada", "date": TEST_DAY, "listening": 458, "reading": 453, "writing": 10,
           "speaking": 10}
    assert crs(language_tests=[tcf])["additional"] == 25


def test_additional_points_add_up():
    # Credential 30 + sibling 15 + French 50 (TEF NCLC 7, English CLB 9): 95.
    result = crs(education={"level": "bachelor", "in_canada": True, "canadian_credential": "three_year_plus"},
                 sibling_in_canada=True, language_tests=[celpip(9), tef(7)])
    assert result["additional"] == 95


def test_additional_points_are_capped_at_600():
    result = crs(provincial_nomination=True, sibling_in_canada=True,
                 education={"level": "master", "in_canada": True, "canadian_credential": "three_year_plus"},
                 language_tests=[celpip(9), tef(7)])
    assert result["additional"] == 600


def test_no_points_for_a_job_offer():
    # A job offer would have earned 50 or 200 before 2025-03-25; it earns 0 now (no such field exists).
    result = crs(jobs=[canadian_years_job(1)])
    assert result["additional"] == 0


# -- whole scores ----------------------------------------------------------------------------------------

def test_worked_example_of_rules_md():
    # Single, 29, bachelor's with ECA, IELTS CLB 9 x 4, 1 year Canadian, 2 years foreign:
    # core 110 + 120 + 124 + 40 = 394; transferability min(50, 25 + 13) + min(50, 25 + 13) = 76; 470.
    ielts = {"test": "ielts_general", "date": TEST_DAY, "listening": 8.0, "reading": 7.0, "writing": 7.0,
             "speaking": 7.0}
    result = crs(age=29, education={"level": "bachelor", "eca": True}, language_tests=[ielts],
                 jobs=[canadian_years_job(1)], foreign_work_years=2)
    assert (result["core"], result["spouse"], result["transferability"], result["additional"]) == (394, 0, 76, 0)
    assert result["total"] == 470


def test_a_maximal_profile_is_at_most_1200():
    # With spouse: age 100 + doctoral 140 + CLB 10 x 4 128 + French second 22 + 5 years 70 = 460;
    # spouse 40; transferability 100; additional 600: 1,200.
    result = crs(age=25, **married(education="doctoral", language_test=celpip(10), canadian_work_years=5),
                 education={"level": "doctoral", "in_canada": True, "canadian_credential": "three_year_plus"},
                 language_tests=[celpip(10), tef(10)], jobs=[canadian_years_job(6)], foreign_work_years=3,
                 certificate_of_qualification=True, provincial_nomination=True, sibling_in_canada=True)
    assert (result["core"], result["spouse"], result["transferability"], result["additional"]) \
        == (460, 40, 100, 600)
    assert result["total"] == 1200


def test_with_two_valid_results_in_one_language_the_one_scoring_more_counts():
    """CELPIP 7/7/7/7 earns 4 x 17 = 68 first-language points (single); 10/10/10/6 earns 3 x 34 + 9 = 111."""
    base = {"as_of": dt.date(2026, 11, 27), "age": 30}
    even = {"test": "celpip_general", "date": dt.date(2026, 1, 1),
            "listening": 7, "reading": 7, "writing": 7, "speaking": 7}
    uneven = {**even, "date": dt.date(2026, 2, 1), "listening": 10, "reading": 10, "writing": 10, "speaking": 6}
    both = assess(Profile.model_validate({**base, "language_tests": [even, uneven]}))["crs"]
    assert both["details"]["first_language"] == 111
    alone = assess(Profile.model_validate({**base, "language_tests": [even]}))["crs"]
    assert alone["details"]["first_language"] == 68
