"""An independent audit of the CRS arithmetic against RULES.md section 3 (grid in force since 2025-03-25) and the
score-to-CLB/NCLC tables of section 2.

Every expected number below was worked out by hand from RULES.md's tables, never by running the code first; each
case's arithmetic is in its comment, citing the table row. Profiles go in as the JSON of `cec-screener assess`
(shared/reference/profile-contract.md) through `eligibility.Profile` and `eligibility.assess`.

Conventions: unless a case says otherwise the person is single and 45 (age row "45 or more": 0/0), so only the
factor under test scores. Pairs are (with spouse, without spouse) as in RULES.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eligibility import Profile, assess

D = dt.date
DAY = dt.timedelta(days=1)
AS_OF = D(2026, 10, 1)   # before 2026-11-03: no high-wage caveat unless a case asks for it
TEST_DAY = D(2026, 3, 2)  # every test result below is valid on AS_OF (less than 2 years old)
ABILITIES = ("listening", "reading", "writing", "speaking")

# RULES.md 3, transcribed by hand. First official language per ability, (with spouse, without spouse).
FIRST = {3: (0, 0), 4: (6, 6), 5: (6, 6), 6: (8, 9), 7: (16, 17), 8: (22, 23), 9: (29, 31), 10: (32, 34)}
# Spouse's first language per ability: CLB 4 or less 0, 5-6: 1, 7-8: 3, 9+: 5.
SPOUSE_LANGUAGE = {3: 0, 4: 0, 5: 1, 6: 1, 7: 3, 8: 3, 9: 5, 10: 5}

SINGLE: dict[str, Any] = {"marital_status": "single"}
MARRIED: dict[str, Any] = {"marital_status": "married", "spouse": {"canadian_citizen_or_pr": False,
                                                                   "accompanying": True}}


def result_of(**fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"as_of": AS_OF, **fields}
    if "birth_date" not in data and "age" not in data:
        data["age"] = 45
    return assess(Profile.model_validate(data))


def crs_of(**fields: Any) -> dict[str, Any]:
    crs = result_of(**fields)["crs"]
    assert crs["total"] == crs["core"] + crs["spouse"] + crs["transferability"] + crs["additional"]
    return crs


def lang(name: str, *scores: float, date: dt.date = TEST_DAY) -> dict[str, Any]:
    """A test result; one score for all four abilities, or four scores (L, R, W, S)."""
    values = scores * 4 if len(scores) == 1 else scores
    return {"test": name, "date": date, **dict(zip(ABILITIES, values, strict=True))}


def celpip(*levels: int) -> dict[str, Any]:
    return lang("celpip_general", *levels)  # CELPIP level = CLB (RULES.md 2)


TEF = {4: (306, 306, 268, 328), 5: (352, 352, 330, 387), 6: (393, 393, 379, 422), 7: (434, 434, 428, 456),
       8: (462, 462, 472, 494), 9: (503, 503, 512, 518), 10: (546, 546, 558, 556)}  # RULES.md 2, TEF rows


def tef(*levels: int) -> dict[str, Any]:
    """A TEF Canada result at the minimum score of the NCLC of each ability."""
    levels = levels * 4 if len(levels) == 1 else levels
    return lang("tef_canada", *(TEF[level][i] for i, level in enumerate(levels)))


def job(days: int, hours: float = 30.0, end: dt.date = AS_OF - DAY, noc: str = "21232", **more: Any) -> dict:
    """A Canadian job of `days` days (both ends counted) at `hours` a week: days / 7 * hours hours."""
    return {"noc": noc, "start": end - (days - 1) * DAY, "end": end, "hours_per_week": hours, **more}


def years(n: int) -> list[dict[str, Any]]:
    """n x 52 weeks at 30 h/week: exactly n x 1,560 h of Canadian skilled work."""
    return [job(364 * n)] if n else []


def foreign_ed(level: str) -> dict[str, Any]:
    return {"level": level, "in_canada": False, "eca": True}


# -- age (RULES.md 3: completed years on as_of; a birthday counts from the day itself) ---------------------

AGE_EDGES = [
    # (birth date, as_of, completed years, (with spouse, without spouse) from the age row)
    (D(2009, 10, 1), AS_OF, 17, (0, 0)),          # 17 on the birthday: "17 or less 0/0"
    (D(2008, 10, 2), AS_OF, 17, (0, 0)),          # turns 18 tomorrow: still 17
    (D(2008, 10, 1), AS_OF, 18, (90, 99)),        # 18th birthday itself: row 18 90/99
    (D(2007, 10, 2), AS_OF, 18, (90, 99)),        # turns 19 tomorrow: row 18
    (D(2007, 10, 1), AS_OF, 19, (95, 105)),       # 19th birthday: row 19 95/105
    (D(2006, 10, 2), AS_OF, 19, (95, 105)),       # turns 20 tomorrow: row 19
    (D(2006, 10, 1), AS_OF, 20, (100, 110)),      # 20th birthday: row 20-29 100/110
    (D(1996, 10, 2), AS_OF, 29, (100, 110)),      # turns 30 tomorrow: row 20-29
    (D(1996, 10, 1), AS_OF, 30, (95, 105)),       # 30th birthday: row 30 95/105
    (D(1995, 10, 2), AS_OF, 30, (95, 105)),       # turns 31 tomorrow: row 30
    (D(1995, 10, 1), AS_OF, 31, (90, 99)),        # 31st birthday: row 31 90/99
    (D(1991, 10, 2), AS_OF, 34, (75, 83)),        # turns 35 tomorrow: row 34 75/83
    (D(1991, 10, 1), AS_OF, 35, (70, 77)),        # 35th birthday: row 35 70/77
    (D(1986, 10, 2), AS_OF, 39, (50, 55)),        # turns 40 tomorrow: row 39 50/55
    (D(1986, 10, 1), AS_OF, 40, (45, 50)),        # 40th birthday: row 40 45/50
    (D(1982, 10, 2), AS_OF, 43, (15, 17)),        # turns 44 tomorrow: row 43 15/17
    (D(1982, 10, 1), AS_OF, 44, (5, 6)),          # 44th birthday: row 44 5/6
    (D(1981, 10, 2), AS_OF, 44, (5, 6)),          # turns 45 tomorrow: row 44
    (D(1981, 10, 1), AS_OF, 45, (0, 0)),          # 45th birthday: "45 or more 0/0"
    (D(1980, 10, 1), AS_OF, 46, (0, 0)),          # 46: "45 or more"
    (D(1956, 10, 1), AS_OF, 70, (0, 0)),          # 70: "45 or more"
    # 29 February births, in leap years (unambiguous: the birthday exists).
    (D(2008, 2, 29), D(2028, 2, 28), 19, (95, 105)),   # the day before the 20th birthday: row 19
    (D(2008, 2, 29), D(2028, 2, 29), 20, (100, 110)),  # the 20th birthday: row 20-29
    (D(1996, 2, 29), D(2028, 2, 28), 31, (90, 99)),    # the day before the 32nd birthday: row 31
    (D(1996, 2, 29), D(2028, 2, 29), 32, (85, 94)),    # the 32nd birthday: row 32 85/94
    (D(2008, 2, 29), D(2026, 3, 1), 18, (90, 99)),     # common year, 1 March: 18 on either reading, row 18
    (D(2008, 2, 29), D(2026, 2, 27), 17, (0, 0)),      # common year, 27 February: 17 on either reading
]


@pytest.mark.parametrize(("birth_date", "as_of", "age", "points"), AGE_EDGES,
                         ids=[f"{b}-on-{a}-is-{n}" for b, a, n, _ in AGE_EDGES])
@pytest.mark.parametrize("with_spouse", [True, False], ids=["with_spouse", "without_spouse"])
def test_age_rows_at_their_edges(birth_date, as_of, age, points, with_spouse):
    crs = crs_of(as_of=as_of, birth_date=birth_date, **(MARRIED if with_spouse else SINGLE))
    expected = points[0 if with_spouse else 1]
    assert crs["details"]["age"] == expected
    assert (crs["core"], crs["spouse"], crs["total"]) == (expected, 0, expected)


@pytest.mark.xfail(strict=True, reason=(
    "RULES.md 3 says only 'a birthday counts from the day itself': it is silent on a 29 February birthday in a "
    "common year. The code (eligibility/profile.py birthday) turns the person on 1 March, so on 2026-02-28 a "
    "person born 2008-02-29 is 17 (0 points); the 28 February reading would make them 18 (99). Pinned both ways "
    "until RULES.md decides."))
def test_age_leap_day_birth_in_a_common_year_on_28_february():
    # Born 2008-02-29, as_of 2026-02-28: 18 if the birthday falls on 28 February -> row 18, without spouse 99.
    assert crs_of(as_of=D(2026, 2, 28), birth_date=D(2008, 2, 29))["details"]["age"] == 99


# -- education (RULES.md 3: highest credential; a foreign one counts only with an ECA) ----------------------

EDUCATION_ROWS = {  # (with spouse, without spouse), from the education row
    "less_than_secondary": (0, 0), "secondary": (28, 30), "one_year": (84, 90), "two_year": (91, 98),
    "bachelor": (112, 120), "two_or_more": (119, 128), "master": (126, 135), "doctoral": (140, 150)}


@pytest.mark.parametrize("level", list(EDUCATION_ROWS))
@pytest.mark.parametrize("with_spouse", [True, False], ids=["with_spouse", "without_spouse"])
def test_foreign_education_with_eca_scores_its_row(level, with_spouse):
    crs = crs_of(education=foreign_ed(level), **(MARRIED if with_spouse else SINGLE))
    expected = EDUCATION_ROWS[level][0 if with_spouse else 1]
    assert crs["details"]["education"] == expected
    assert (crs["core"], crs["transferability"], crs["additional"], crs["total"]) == (expected, 0, 0, expected)


@pytest.mark.parametrize("level", list(EDUCATION_ROWS))
def test_foreign_education_without_eca_scores_nothing(level):
    # "a foreign one counts only with an ECA less than 5 years old, otherwise 0": 0 whatever the level.
    crs = crs_of(education={"level": level, "in_canada": False, "eca": False})
    assert (crs["details"]["education"], crs["total"]) == (0, 0)


@pytest.mark.parametrize(("education", "with_spouse", "points", "credential", "why"), [
    ({"level": "bachelor", "in_canada": True}, False, 120, 0,
     "a Canadian bachelor's needs no ECA: row bachelor's 120; no Canadian credential declared: +0"),
    ({"level": "one_year", "in_canada": True, "canadian_credential": "one_or_two_year"}, False, 90, 15,
     "one-year program 90; additional: Canadian credential of one or two years 15"),
    ({"level": "two_year", "in_canada": True, "canadian_credential": "one_or_two_year"}, False, 98, 15,
     "two-year program 98; additional 15"),
    ({"level": "two_year", "in_canada": True, "canadian_credential": "one_or_two_year"}, True, 91, 15,
     "two-year program with spouse 91; additional 15 (same in both columns)"),
    ({"level": "bachelor", "in_canada": True, "canadian_credential": "three_year_plus"}, False, 120, 30,
     "bachelor's 120; additional: three years or more 30"),
    ({"level": "bachelor", "in_canada": True, "canadian_credential": "three_year_plus"}, True, 112, 30,
     "bachelor's with spouse 112; additional 30"),
    ({"level": "master", "in_canada": True, "canadian_credential": "three_year_plus"}, False, 135, 30,
     "master's 135; additional: 'a master's ... degree' 30"),
    ({"level": "doctoral", "in_canada": True, "canadian_credential": "three_year_plus"}, False, 150, 30,
     "doctoral 150; additional 30"),
    ({"level": "master", "in_canada": True, "canadian_credential": "one_or_two_year"}, False, 135, 30,
     "a one-year Canadian master's: master's 135; additional 30, not 15: the 30 row is 'three years or more, "
     "or a master's, professional or doctoral degree' (audit finding: the code gave 15)"),
    ({"level": "doctoral", "in_canada": True, "canadian_credential": "one_or_two_year"}, True, 140, 30,
     "a two-year Canadian doctorate, with spouse: doctoral 140; additional 30 (a doctoral degree)"),
    ({"level": "bachelor", "in_canada": False, "eca": True, "canadian_credential": "one_or_two_year"}, False,
     128, 15, "a foreign bachelor's (ECA) and a separate Canadian 1-2 year credential: two or more credentials, "
     "one of them 3+ years, 128; additional 15"),
    ({"level": "bachelor", "in_canada": False, "eca": True, "canadian_credential": "one_or_two_year"}, True,
     119, 15, "the same with spouse: two or more 119; additional 15"),
    ({"level": "master", "in_canada": False, "eca": True, "canadian_credential": "one_or_two_year"}, False,
     135, 15, "a foreign master's (ECA) outranks 'two or more' (128): master's 135; additional 15"),
    ({"level": "secondary", "in_canada": False, "eca": True, "canadian_credential": "one_or_two_year"}, False,
     90, 15, "secondary + a Canadian one-year credential: not two post-secondary credentials; highest is the "
     "one-year program 90 (a one-or-two-year credential is at least that); additional 15"),
])
def test_canadian_credentials(education, with_spouse, points, credential, why):
    crs = crs_of(education=education, **(MARRIED if with_spouse else SINGLE))
    assert crs["details"]["education"] == points, why
    assert (crs["details"]["canadian_credential"], crs["additional"]) == (credential, credential), why
    assert crs["total"] == points + credential, why


@pytest.mark.xfail(strict=True, reason=(
    "RULES.md 3 gives 30 additional points to a Canadian master's, professional or doctoral degree; the contract "
    "(profile-contract.md) makes `canadian_credential` 'the Canadian post-secondary credential that earns "
    "additional points', default 'none'. A Canadian master's (in_canada true) with canadian_credential 'none' "
    "gets 0 from the code (the bot never sends this: it sets three_year_plus for a Canadian master's). Which "
    "field wins is not settled by RULES.md or the contract (the bonus also has study-in-Canada conditions that "
    "RULES.md does not list)."))
def test_canadian_master_with_no_credential_declared():
    # master's 135 + Canadian master's degree 30 = 165 if in_canada alone earned the bonus.
    crs = crs_of(education={"level": "master", "in_canada": True, "canadian_credential": "none"})
    assert crs["additional"] == 30


@pytest.mark.parametrize("level", ["one_year", "two_year", "bachelor", "two_or_more", "master", "doctoral"])
def test_a_canadian_credential_given_as_none_is_said_not_guessed(level):
    """The two readings above are not settled: the result keeps the field as given and says so, in both
    languages, naming the field; nothing is said when the field is set or the credential is not Canadian."""
    education = {"level": level, "in_canada": True, "canadian_credential": "none"}
    for lang, words in (("en", "canadian_credential is none"), ("fr", "canadian_credential vaut none")):
        result = assess(Profile.model_validate({"as_of": AS_OF, "age": 45, "education": education}), lang)
        said = [w["text"] for w in result["warnings"] if w["id"] == "canadian_credential_none"]
        assert len(said) == 1 and words in said[0] and "15" in said[0] and "30" in said[0]
        assert result["crs"]["additional"] == 0
    for other in ({**education, "canadian_credential": "one_or_two_year"},
                  {**education, "in_canada": False, "eca": True}):
        warnings = result_of(education=other)["warnings"]
        assert "canadian_credential_none" not in [w["id"] for w in warnings]


def test_secondary_school_in_canada_is_not_asked_about_a_credential():
    warnings = result_of(education={"level": "secondary", "in_canada": True})["warnings"]
    assert "canadian_credential_none" not in [w["id"] for w in warnings]


# -- score to CLB/NCLC, each test's edges (RULES.md 2), through the first official language (RULES.md 3) ----

# RULES.md 2 minimums, transcribed by hand: level -> (L, R, W, S); with the lowest score of each ability.
MINIMUMS = {
    "ielts_general": {10: (8.5, 8.0, 7.5, 7.5), 9: (8.0, 7.0, 7.0, 7.0), 8: (7.5, 6.5, 6.5, 6.5),
                      7: (6.0, 6.0, 6.0, 6.0), 6: (5.5, 5.0, 5.5, 5.5), 5: (5.0, 4.0, 5.0, 5.0),
                      4: (4.5, 3.5, 4.0, 4.0)},
    "celpip_general": {level: (level,) * 4 for level in range(4, 11)},
    "pte_core": {10: (89, 88, 90, 89), 9: (82, 78, 88, 84), 8: (71, 69, 79, 76), 7: (60, 60, 69, 68),
                 6: (50, 51, 60, 59), 5: (39, 42, 51, 51), 4: (28, 33, 41, 42)},
    "tef_canada": TEF,
    "tcf_canada": {10: (549, 549, 16, 16), 9: (523, 524, 14, 14), 8: (503, 499, 12, 12), 7: (458, 453, 10, 10),
                   6: (398, 406, 7, 7), 5: (369, 375, 6, 6), 4: (331, 342, 4, 4)},
}
STEP = {"ielts_general": 0.5, "celpip_general": 1, "pte_core": 1, "tef_canada": 1, "tcf_canada": 1}
LOWEST = {"ielts_general": 0, "celpip_general": 0, "pte_core": 10, "tef_canada": 0, "tcf_canada": 0}
HIGHEST = {"ielts_general": (9,) * 4, "celpip_general": (12,) * 4, "pte_core": (90,) * 4,
           "tef_canada": (699,) * 4, "tcf_canada": (699, 699, 20, 20)}

# (test, ability index, score, level): a row's minimum is that level; one step below it is the level under it.
EDGES = [(name, i, rows[level][i], level) for name, rows in MINIMUMS.items() for level in rows for i in range(4)]
EDGES += [(name, i, rows[level][i] - STEP[name], level - 1)
          for name, rows in MINIMUMS.items() for level in rows for i in range(4)]
EDGES += [(name, i, HIGHEST[name][i], 10) for name in MINIMUMS for i in range(4)]  # "10 and above"
EDGES += [("celpip_general", i, 11, 10) for i in range(4)]  # CELPIP 11 and 12 count as 10+
# Scores inside rows, from the same tables.
EDGES += [("ielts_general", 0, 9.0, 10), ("ielts_general", 1, 8.5, 10), ("ielts_general", 2, 6.5, 8),
          ("ielts_general", 3, 4.5, 4), ("pte_core", 2, 89, 9), ("tef_canada", 3, 555, 9),
          ("tcf_canada", 2, 15, 9), ("tcf_canada", 3, 5, 4), ("tcf_canada", 0, 548, 9)]


def one_ability(name: str, index: int, score: float) -> dict[str, Any]:
    """`score` in one ability, the lowest score of the test in the other three (CLB 3 or less: 0 points)."""
    scores = [LOWEST[name]] * 4
    scores[index] = score
    return lang(name, *scores)


def edge_id(edge: tuple) -> str:
    name, index, score, level = edge
    return f"{name}-{ABILITIES[index]}-{score}-clb{level}"


@pytest.mark.parametrize(("name", "index", "score", "level"), EDGES, ids=[edge_id(e) for e in EDGES])
@pytest.mark.parametrize("with_spouse", [True, False], ids=["with_spouse", "without_spouse"])
def test_conversion_edge_as_first_language_points(name, index, score, level, with_spouse):
    # One ability at `score` (CLB `level`), three at CLB 3 or less (0): first language = that ability's row.
    # CLB 4 and 5 both earn 6: that edge is told apart by the spouse's points below.
    crs = crs_of(language_tests=[one_ability(name, index, score)], **(MARRIED if with_spouse else SINGLE))
    expected = FIRST[level][0 if with_spouse else 1]
    assert crs["details"]["first_language"] == expected
    assert (crs["core"], crs["transferability"], crs["additional"]) == (expected, 0, 0)


@pytest.mark.parametrize(("name", "index", "score", "level"), EDGES, ids=[edge_id(e) for e in EDGES])
def test_conversion_edge_as_spouse_language_points(name, index, score, level):
    # The spouse's per-ability row (4 or less 0, 5-6: 1, 7-8: 3, 9+: 5) tells 4 from 5, 6 from 7, 8 from 9.
    spouse = {"canadian_citizen_or_pr": False, "accompanying": True,
              "language_test": one_ability(name, index, score)}
    crs = crs_of(marital_status="married", spouse=spouse)
    assert crs["spouse"] == SPOUSE_LANGUAGE[level]
    assert crs["total"] == SPOUSE_LANGUAGE[level]


@pytest.mark.parametrize(("test", "points", "why"), [
    (lang("ielts_general", 8.0, 7.0, 7.0, 7.0), 124, "IELTS 8.0/7.0/7.0/7.0 = CLB 9 x 4: 4 x 31"),
    (lang("ielts_general", 7.5, 8.0, 6.5, 5.5), 89, "IELTS L 7.5 CLB 8 (23), R 8.0 CLB 10 (34), W 6.5 CLB 8 (23), "
     "S 5.5 CLB 6 (9): 89"),
    (lang("ielts_general", 7.5, 7.5, 7.0, 7.0), 116, "IELTS L 7.5 CLB 8 (23), R 7.5 CLB 9 (31), W 7.0 CLB 9 (31), "
     "S 7.0 CLB 9 (31): 116"),
    (lang("pte_core", 88, 87, 89, 88), 124, "PTE Core L 88 (9: 82..88), R 87 (9), W 89 (9: 88..89), "
     "S 88 (9): 4 x 31"),
    (lang("celpip_general", 12, 11, 3, 4), 74, "CELPIP 12 and 11 are CLB 10+ (34 + 34), 3 is 0, 4 is 6: 74"),
    (lang("tcf_canada", 549, 453, 9, 6), 66, "TCF L 549 NCLC 10 (34), R 453 NCLC 7 (17), W 9 NCLC 6 (9: 7..9), "
     "S 6 NCLC 5 (6): 66"),
])
def test_four_abilities_add_up(test, points, why):
    crs = crs_of(language_tests=[test])
    assert crs["details"]["first_language"] == points, why


@pytest.mark.parametrize(("test", "as_of", "points", "why"), [
    (celpip(9) | {"date": D(2024, 10, 2)}, AS_OF, 124, "taken 2 years less a day before as_of: valid, 4 x 31"),
    (celpip(9) | {"date": D(2024, 9, 30)}, AS_OF, 0, "taken 2 years and a day before: expired (RULES.md 2), 0"),
    (lang("pte_core", 82, 78, 88, 84, date=D(2024, 1, 30)), D(2026, 1, 29), 124,
     "PTE Core taken on 2024-01-30, the day it became accepted: CLB 9 x 4 = 124"),
    (lang("pte_core", 82, 78, 88, 84, date=D(2024, 1, 29)), D(2026, 1, 28), 0,
     "PTE Core taken the day before it was accepted (RULES.md 2 'since 2024-01-30'): not an approved test, 0"),
])
def test_only_valid_approved_results_score(test, as_of, points, why):
    crs = crs_of(as_of=as_of, language_tests=[test])
    assert crs["details"]["first_language"] == points, why


# -- second official language and the designation (RULES.md 3) --------------------------------------------

@pytest.mark.parametrize(("english", "french", "with_spouse", "first", "first_points", "second_points",
                          "french_bonus", "why"), [
    (celpip(10), tef(9), False, "english", 136, 24, 50,
     "English CLB 10 x 4 = 136 first; French NCLC 9 x 4 = 4 x 6 = 24, cap 24: 24 (French first would be "
     "124 + 24 = 148 < 160); additional French NCLC 7+ with English CLB 5+: 50"),
    (celpip(10), tef(9), True, "english", 128, 22, 50,
     "with spouse: English 4 x 32 = 128; French 4 x 6 = 24 capped at 22 (with spouse); French first would be "
     "116 + 22 = 138 < 150; 50"),
    (celpip(10), tef(10, 10, 10, 9), True, "english", 128, 22, 50, "with spouse: 6+6+6+6 = 24 -> cap 22"),
    (celpip(10), tef(10, 10, 10, 8), False, "english", 136, 21, 50, "second 6+6+6+3 = 21, under both caps"),
    (celpip(10), tef(10, 10, 10, 8), True, "english", 128, 21, 50, "with spouse: 21 under the cap of 22"),
    (celpip(10), tef(7), False, "english", 136, 12, 50, "second NCLC 7 x 4: 4 x 3 = 12"),
    (celpip(10), tef(8), False, "english", 136, 12, 50, "second NCLC 8 x 4: 4 x 3 = 12 (7-8 row)"),
    (celpip(10), tef(6), False, "english", 136, 4, 0, "second NCLC 6 x 4: 4 x 1 = 4; French under 7: no bonus"),
    (celpip(10), tef(5), False, "english", 136, 4, 0, "second NCLC 5 x 4: 4 x 1 = 4"),
    (celpip(10), tef(4), False, "english", 136, 0, 0, "second NCLC 4 x 4: 'CLB 4 or less 0'"),
    (celpip(10), tef(5, 6, 7, 4), False, "english", 136, 5, 0, "second 1 + 1 + 3 + 0 = 5"),
    (celpip(4), tef(7), False, "french", 68, 0, 25,
     "English first: 4 x 6 + 4 x 3 = 36; French first: 4 x 17 = 68 + English CLB 4 as second 0 = 68: French; "
     "additional French NCLC 7+ with English CLB 4 or lower: 25"),
    (celpip(5), tef(7), False, "french", 68, 4, 50,
     "French first 68 + English CLB 5 x 4 as second 4 x 1 = 4 -> 72 > 24 + 12 = 36; English CLB 5+: 50"),
    (celpip(5, 5, 5, 4), tef(7), False, "french", 68, 3, 25,
     "French first 68 + English 1+1+1+0 = 3; English not CLB 5+ in all four: 25"),
    (None, tef(7), False, "french", 68, 0, 25, "French alone NCLC 7 x 4: 68; English untested: 25"),
    (None, tef(7), True, "french", 64, 0, 25, "with spouse: 4 x 16 = 64; 25"),
    (celpip(9), tef(7, 7, 7, 6), False, "english", 124, 10, 0,
     "English first 124 + French 3+3+3+1 = 10 = 134 (French first: 17x3 + 9 + 24 = 84); French not NCLC 7 in "
     "all four: no French points"),
    (celpip(6), tef(10), False, "french", 136, 4, 50,
     "French first 4 x 34 = 136 + English CLB 6 x 4 = 4 x 1 = 4 -> 140 > English first 36 + 24 = 60; 50"),
])
def test_second_language_caps_and_the_designation(english, french, with_spouse, first, first_points,
                                                   second_points, french_bonus, why):
    tests = [t for t in (english, french) if t is not None]
    crs = crs_of(language_tests=tests, **(MARRIED if with_spouse else SINGLE))
    details = crs["details"]
    assert (crs["first_language"], details["first_language"], details["second_language"]) \
        == (first, first_points, second_points), why
    assert (details["french"], crs["additional"]) == (french_bonus, french_bonus), why
    assert crs["total"] == first_points + second_points + french_bonus, why


def test_designation_weighs_transferability():
    # Single, 45, master's (ECA) 135. English CLB 10/10/10/8, French NCLC 9 x 4.
    # English first: 34+34+34+23 = 125 + French second 4 x 6 = 24 -> 149; transferability master's x CLB 7+
    #   (one under 9) = 25 -> 174 of language-dependent points.
    # French first: 4 x 31 = 124 + English second 6+6+6+3 = 21 -> 145; master's x CLB 9+ = 50 -> 195: French.
    # Core 135 + 124 + 21 = 280; transferability 50; additional French NCLC 7+ with English CLB 5+ 50: 380.
    crs = crs_of(education=foreign_ed("master"), language_tests=[celpip(10, 10, 10, 8), tef(9)])
    assert crs["first_language"] == "french"
    assert (crs["core"], crs["transferability"], crs["additional"], crs["total"]) == (280, 50, 50, 380)


# -- Canadian work experience (RULES.md 3 and 1: completed years of 1,560 h, 30 h/week cap, last 10 years) --

CANADIAN_WORK = {0: (0, 0), 1: (35, 40), 2: (46, 53), 3: (56, 64), 4: (63, 72), 5: (70, 80)}


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6, 7])
@pytest.mark.parametrize("with_spouse", [True, False], ids=["with_spouse", "without_spouse"])
def test_canadian_work_at_exact_multiples_of_1560_hours(n, with_spouse):
    # n x 364 days at 30 h/week = n x 52 x 30 = n x 1,560 h: n completed years, row min(n, 5) ("5+").
    crs = crs_of(jobs=years(n), **(MARRIED if with_spouse else SINGLE))
    expected = CANADIAN_WORK[min(n, 5)][0 if with_spouse else 1]
    assert crs["details"]["canadian_work"] == expected
    assert crs["core"] == crs["total"] == expected


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6])
def test_canadian_work_one_hour_short(n):
    # n x 52 weeks at 30 - 1/(52 n) h/week = n x 1,560 - 1 h: n - 1 completed years (single column).
    crs = crs_of(jobs=[job(364 * n, hours=30 - 1 / (52 * n))])
    assert crs["details"]["canadian_work"] == CANADIAN_WORK[min(n - 1, 5)][1]


WINDOW_START = D(2016, 10, 1)  # 10 years before AS_OF


@pytest.mark.parametrize(("jobs", "points", "why"), [
    ([job(363)], 0, "363 days x 30 / 7 = 1,555.7 h: under one year, row 0"),
    ([job(364, hours=60)], 40, "60 h/week counts as 30 (the cap): 1,560 h, 1 year (uncapped 3,120 = 2 years): 40"),
    ([job(546, hours=40)], 40, "78 weeks at 40 h capped to 30: 2,340 h = 1 year (uncapped 3,120): 40"),
    ([job(546, hours=20), job(546, hours=20, noc="21211")], 40,
     "two concurrent 20 h/week jobs: 40 a week capped to 30 over 78 weeks = 2,340 h: 1 year"),
    ([job(728, hours=15), job(728, hours=15, noc="21211")], 53,
     "two concurrent 15 h/week jobs over 104 weeks: 30 x 104 = 3,120 h: 2 years, 53"),
    ([job(728, hours=15)], 40, "part time 15 h/week over 104 weeks: 1,560 h in proportion: 1 year, 40"),
    ([job(728, end=WINDOW_START + 370 * DAY)], 40,
     "728 days that end 371 days into the 10-year window: about 1,590 h inside it, 1 year (3,120 in all): 40"),
    ([job(728, end=WINDOW_START - 30 * DAY)], 0, "2 years that ended before the 10-year window: 0"),
    ([job(728, noc="64100")], 0, "TEER 4 (retail salesperson): excluded, 0"),
    ([job(728, self_employed=True)], 0, "self-employed: excluded, 0"),
    ([job(728, full_time_student=True)], 0, "while a full-time student: excluded, 0"),
    ([job(728, in_canada=False)], 0, "outside Canada: not Canadian work, 0"),
    ([job(728, paid=False)], 0, "unpaid: excluded, 0"),
    ([job(728, authorized=False)], 0, "unauthorized: excluded, 0"),
    ([job(364 * 11, end=AS_OF - DAY)], 80, "11 years of full time in the last 11 years: 10 of them count, 5+: 80"),
])
def test_canadian_work_hours(jobs, points, why):
    crs = crs_of(jobs=jobs)
    assert crs["details"]["canadian_work"] == points, why
    assert crs["total"] == points, why


# -- skill transferability (RULES.md 3) ---------------------------------------------------------------------

TRANSFER_CASES = [
    # (id, fields, core, transferability, comment)
    ("bachelor_clb9", {"education": foreign_ed("bachelor"), "language_tests": [celpip(9)]}, 244, 25,
     "core 120 + 4 x 31; education x language, 1+ year credential, CLB 9+: 25"),
    ("bachelor_clb7", {"education": foreign_ed("bachelor"), "language_tests": [celpip(7)]}, 188, 13,
     "core 120 + 4 x 17; CLB 7+ (one under 9): 13"),
    ("bachelor_clb10_10_10_8", {"education": foreign_ed("bachelor"), "language_tests": [celpip(10, 10, 10, 8)]},
     245, 13, "core 120 + 34 x 3 + 23; all 7+ with one under 9: lower tier 13"),
    ("bachelor_clb7_7_7_6", {"education": foreign_ed("bachelor"), "language_tests": [celpip(7, 7, 7, 6)]},
     180, 0, "core 120 + 17 x 3 + 9; one ability under 7: no education x language points"),
    ("one_year_clb9", {"education": foreign_ed("one_year"), "language_tests": [celpip(9)]}, 214, 25,
     "core 90 + 124; one-year credential, CLB 9+: 25"),
    ("two_year_clb7", {"education": foreign_ed("two_year"), "language_tests": [celpip(7)]}, 166, 13,
     "core 98 + 68; 13"),
    ("secondary_clb10", {"education": foreign_ed("secondary"), "language_tests": [celpip(10)]}, 166, 0,
     "core 30 + 136; 'secondary school or less earns no transferability points'"),
    ("master_clb9", {"education": foreign_ed("master"), "language_tests": [celpip(9)]}, 259, 50,
     "core 135 + 124; master's row, CLB 9+: 50"),
    ("master_clb7", {"education": foreign_ed("master"), "language_tests": [celpip(7)]}, 203, 25,
     "core 135 + 68; master's row, CLB 7+: 25"),
    ("two_or_more_clb9", {"education": foreign_ed("two_or_more"), "language_tests": [celpip(9)]}, 252, 50,
     "core 128 + 124; two or more: 50"),
    ("doctoral_clb8", {"education": foreign_ed("doctoral"), "language_tests": [celpip(8)]}, 242, 25,
     "core 150 + 4 x 23; doctoral, CLB 7+: 25"),
    ("bachelor_1yr", {"education": foreign_ed("bachelor"), "jobs": years(1)}, 160, 13,
     "core 120 + 40; education x Canadian work, 1+ year credential, 1 yr: 13"),
    ("bachelor_2yr", {"education": foreign_ed("bachelor"), "jobs": years(2)}, 173, 25,
     "core 120 + 53; 2+ yrs: 25"),
    ("master_1yr", {"education": foreign_ed("master"), "jobs": years(1)}, 175, 25, "core 135 + 40; 25"),
    ("doctoral_2yr", {"education": foreign_ed("doctoral"), "jobs": years(2)}, 203, 50, "core 150 + 53; 50"),
    ("bachelor_clb9_1yr", {"education": foreign_ed("bachelor"), "language_tests": [celpip(9)], "jobs": years(1)},
     284, 38, "core 120 + 124 + 40; 25 + 13 = 38, under the education cap of 50"),
    ("bachelor_clb9_2yr", {"education": foreign_ed("bachelor"), "language_tests": [celpip(9)], "jobs": years(2)},
     297, 50, "core 120 + 124 + 53; 25 + 25 = 50 = the cap"),
    ("master_clb9_2yr", {"education": foreign_ed("master"), "language_tests": [celpip(9)], "jobs": years(2)},
     312, 50, "core 135 + 124 + 53; 50 + 50 = 100, education rows capped at 50"),
    ("foreign1_clb7", {"foreign_work_years": 1, "language_tests": [celpip(7)]}, 68, 13,
     "core 68; foreign work 1-2 yrs x CLB 7+: 13"),
    ("foreign2_clb9", {"foreign_work_years": 2, "language_tests": [celpip(9)]}, 124, 25, "core 124; 25"),
    ("foreign3_clb7", {"foreign_work_years": 3, "language_tests": [celpip(7)]}, 68, 25,
     "core 68; foreign 3+ yrs x CLB 7+: 25"),
    ("foreign3_clb9", {"foreign_work_years": 3, "language_tests": [celpip(9)]}, 124, 50, "core 124; 50"),
    ("foreign1_clb6", {"foreign_work_years": 1, "language_tests": [celpip(6)]}, 36, 0,
     "core 4 x 9; under CLB 7: 0"),
    ("foreign0_clb9", {"foreign_work_years": 0, "language_tests": [celpip(9)]}, 124, 0, "no foreign work: 0"),
    ("foreign1_1yr", {"foreign_work_years": 1, "jobs": years(1)}, 40, 13,
     "core 40; foreign 1-2 yrs x Canadian 1 yr: 13"),
    ("foreign2_2yr", {"foreign_work_years": 2, "jobs": years(2)}, 53, 25, "core 53; 25"),
    ("foreign3_1yr", {"foreign_work_years": 3, "jobs": years(1)}, 40, 25, "core 40; foreign 3+ x 1 yr: 25"),
    ("foreign5_3yr", {"foreign_work_years": 5, "jobs": years(3)}, 64, 50, "core 64; foreign 3+ x 2+ yrs: 50"),
    ("foreign3_clb9_2yr", {"foreign_work_years": 3, "language_tests": [celpip(9)], "jobs": years(2)}, 177, 50,
     "core 124 + 53; 50 + 50 capped at 50 (the two foreign-work rows)"),
    ("foreign2_clb9_1yr", {"foreign_work_years": 2, "language_tests": [celpip(9)], "jobs": years(1)}, 164, 38,
     "core 124 + 40; 25 + 13 = 38"),
    ("canadian1_only", {"jobs": years(1)}, 40, 0, "Canadian work alone, no education or foreign work: 0"),
    ("certificate_clb5", {"certificate_of_qualification": True, "language_tests": [celpip(5)]}, 24, 25,
     "core 4 x 6; certificate x CLB 5+ all, one under 7: 25"),
    ("certificate_clb6_5_5_6", {"certificate_of_qualification": True, "language_tests": [celpip(6, 5, 5, 6)]},
     30, 25, "core 9 + 6 + 6 + 9; 25"),
    ("certificate_clb6_7_7_7", {"certificate_of_qualification": True, "language_tests": [celpip(6, 7, 7, 7)]},
     60, 25, "core 9 + 3 x 17; one under 7: 25"),
    ("certificate_clb7", {"certificate_of_qualification": True, "language_tests": [celpip(7)]}, 68, 50,
     "core 68; certificate x CLB 7+ all: 50"),
    ("certificate_clb10", {"certificate_of_qualification": True, "language_tests": [celpip(10)]}, 136, 50,
     "core 136; 50"),
    ("certificate_clb4_7_7_7", {"certificate_of_qualification": True, "language_tests": [celpip(4, 7, 7, 7)]},
     57, 0, "core 6 + 3 x 17; one ability under 5: 0"),
    ("certificate_no_test", {"certificate_of_qualification": True}, 0, 0, "no language: 0"),
    ("sum_under_100", {"education": foreign_ed("bachelor"), "language_tests": [celpip(9)], "jobs": years(1),
                       "foreign_work_years": 2}, 284, 76,
     "RULES.md's worked example without age: core 120 + 124 + 40; min(50, 25 + 13) + min(50, 25 + 13) = 76"),
    ("cap_100_three_rows", {"education": foreign_ed("master"), "language_tests": [celpip(9)], "jobs": years(2),
                            "foreign_work_years": 3, "certificate_of_qualification": True}, 312, 100,
     "core 135 + 124 + 53; education 50 + foreign 50 + certificate 50 = 150, capped at 100"),
    ("cap_100_with_certificate", {"education": foreign_ed("bachelor"), "language_tests": [celpip(9)],
                                  "foreign_work_years": 3, "certificate_of_qualification": True}, 244, 100,
     "core 120 + 124; 25 + 50 + 50 = 125, capped at 100"),
    ("cap_100_no_language", {"education": foreign_ed("master"), "jobs": years(2), "foreign_work_years": 3}, 188,
     100, "core 135 + 53; education x Canadian work 50 + foreign x Canadian work 50 = 100"),
    ("under_cap_95", {"education": foreign_ed("bachelor"), "language_tests": [celpip(7)], "jobs": years(2),
                      "foreign_work_years": 3}, 241, 88,
     "core 120 + 68 + 53; education min(50, 13 + 25) = 38 + foreign min(50, 25 + 50) = 50 -> 88"),
]


@pytest.mark.parametrize(("fields", "core", "transferability", "why"), [c[1:] for c in TRANSFER_CASES],
                         ids=[c[0] for c in TRANSFER_CASES])
def test_skill_transferability(fields, core, transferability, why):
    crs = crs_of(**fields)
    assert (crs["core"], crs["transferability"]) == (core, transferability), why
    assert crs["total"] == core + transferability, why


def test_transferability_is_the_same_with_spouse():
    # Married, accompanying spouse with nothing: bachelor's 112 + CLB 9 x 4 = 4 x 29 = 116 -> core 228;
    # transferability has no spouse column: 25; spouse 0. Total 253.
    crs = crs_of(education=foreign_ed("bachelor"), language_tests=[celpip(9)], **MARRIED)
    assert (crs["core"], crs["spouse"], crs["transferability"], crs["total"]) == (228, 0, 25, 253)


def test_transferability_details_show_each_row_before_the_caps():
    # master's x CLB 9+ 50, master's x 2 yrs 50, foreign 3+ x CLB 9+ 50, foreign 3+ x 2 yrs 50, certificate 50.
    crs = crs_of(education=foreign_ed("master"), language_tests=[celpip(9)], jobs=years(2), foreign_work_years=3,
                 certificate_of_qualification=True)
    details = crs["details"]
    assert [details[key] for key in ("education_language", "education_canadian_work", "foreign_work_language",
                                     "foreign_work_canadian_work", "certificate_language")] == [50] * 5
    assert crs["transferability"] == 100


# -- spouse factors (RULES.md 3: max 40; only an accompanying spouse who is not a citizen/PR) ---------------

def spouse(**fields: Any) -> dict[str, Any]:
    return {"marital_status": "married",
            "spouse": {"canadian_citizen_or_pr": False, "accompanying": True, **fields}}


@pytest.mark.parametrize(("level", "points"), [
    ("less_than_secondary", 0), ("secondary", 2), ("one_year", 6), ("two_year", 7), ("bachelor", 8),
    ("two_or_more", 9), ("master", 10), ("doctoral", 10)])
def test_spouse_education(level, points):
    crs = crs_of(**spouse(education=level))
    assert (crs["spouse"], crs["total"]) == (points, points)


@pytest.mark.parametrize(("test", "points", "why"), [
    (celpip(3), 0, "CLB 3 x 4: 0"), (celpip(4), 0, "CLB 4 or less: 0"), (celpip(5), 4, "5-6: 4 x 1"),
    (celpip(6), 4, "4 x 1"), (celpip(7), 12, "7-8: 4 x 3"), (celpip(8), 12, "4 x 3"), (celpip(9), 20, "9+: 4 x 5"),
    (celpip(12), 20, "4 x 5"), (celpip(9, 7, 5, 4), 9, "5 + 3 + 1 + 0"),
    (lang("ielts_general", 8.0, 7.0, 7.0, 7.0), 20, "IELTS CLB 9 x 4: 4 x 5"),
    (tef(7), 12, "a French test counts for the spouse too: NCLC 7 x 4 = 12"),
    (celpip(9) | {"date": D(2024, 9, 30)}, 0, "expired (2 years and a day old): 0"),
])
def test_spouse_language(test, points, why):
    crs = crs_of(**spouse(language_test=test))
    assert (crs["spouse"], crs["total"]) == (points, points), why


@pytest.mark.parametrize(("work", "points"), [(0, 0), (1, 5), (2, 7), (3, 8), (4, 9), (5, 10), (8, 10)])
def test_spouse_canadian_work(work, points):
    crs = crs_of(**spouse(canadian_work_years=work))
    assert (crs["spouse"], crs["total"]) == (points, points)


@pytest.mark.parametrize(("fields", "points", "why"), [
    ({"education": "doctoral", "language_test": celpip(9), "canadian_work_years": 5}, 40, "10 + 20 + 10 = 40"),
    ({"education": "master", "language_test": celpip(10), "canadian_work_years": 9}, 40, "10 + 20 + 10 = 40"),
    ({"education": "bachelor", "language_test": celpip(7), "canadian_work_years": 1}, 25, "8 + 12 + 5 = 25"),
    ({"education": "two_year", "language_test": celpip(8, 9, 6, 4), "canadian_work_years": 3}, 24,
     "7 + (3 + 5 + 1 + 0) + 8 = 24"),
])
def test_spouse_factors_add_up(fields, points, why):
    assert crs_of(**spouse(**fields))["spouse"] == points, why


@pytest.mark.parametrize(("status", "spouse_fields", "with_spouse", "why"), [
    ("married", {"canadian_citizen_or_pr": True, "accompanying": True}, False, "spouse a citizen/PR: single"),
    ("married", {"canadian_citizen_or_pr": False, "accompanying": False}, False, "spouse not coming: single"),
    ("common_law", {"canadian_citizen_or_pr": True, "accompanying": False}, False, "both: single"),
    ("common_law", {"canadian_citizen_or_pr": False, "accompanying": True}, True, "common-law partner coming"),
    ("married", {"canadian_citizen_or_pr": False, "accompanying": True}, True, "spouse coming, not a citizen/PR"),
    ("divorced", {"canadian_citizen_or_pr": False, "accompanying": True}, False, "divorced: single"),
    ("separated", {"canadian_citizen_or_pr": False, "accompanying": True}, False, "separated: single"),
    ("widowed", None, False, "widowed: single"),
])
def test_who_counts_as_with_spouse(status, spouse_fields, with_spouse, why):
    # Principal 29 (20-29: 100/110), bachelor's with ECA (112/120), CELPIP 9 x 4 (4 x 29 = 116 / 4 x 31 = 124).
    # The spouse: doctoral 10 + CLB 9 x 4 = 20 + 5 yrs 10 = 40, only in the "with spouse" column.
    fields: dict[str, Any] = {"marital_status": status}
    if spouse_fields is not None:
        fields["spouse"] = {**spouse_fields, "education": "doctoral", "language_test": celpip(9),
                            "canadian_work_years": 5}
    crs = crs_of(age=29, education=foreign_ed("bachelor"), language_tests=[celpip(9)], **fields)
    if with_spouse:  # core 100 + 112 + 116 = 328; spouse 40; transferability bachelor's x CLB 9+ 25: 393
        assert (crs["core"], crs["spouse"], crs["transferability"], crs["total"]) == (328, 40, 25, 393), why
    else:  # core 110 + 120 + 124 = 354; spouse 0; 25: 379
        assert (crs["core"], crs["spouse"], crs["transferability"], crs["total"]) == (354, 0, 25, 379), why


# -- additional points (RULES.md 3: max 600; arranged employment 0 since 2025-03-25) ------------------------

@pytest.mark.parametrize(("fields", "details", "additional", "why"), [
    ({"provincial_nomination": True}, {"provincial_nomination": 600}, 600, "provincial nomination 600"),
    ({"sibling_in_canada": True}, {"sibling": 15}, 15, "brother or sister in Canada 15"),
    ({"provincial_nomination": True, "sibling_in_canada": True}, {"provincial_nomination": 600, "sibling": 15},
     600, "600 + 15 = 615, capped at 600"),
    ({"sibling_in_canada": True, "education": {"level": "bachelor", "in_canada": True,
                                               "canadian_credential": "three_year_plus"}},
     {"sibling": 15, "canadian_credential": 30}, 45, "sibling 15 + Canadian 3+ year credential 30 = 45"),
    ({"provincial_nomination": True, "sibling_in_canada": True, "language_tests": [celpip(5), tef(7)],
      "education": {"level": "bachelor", "in_canada": True, "canadian_credential": "three_year_plus"}},
     {"provincial_nomination": 600, "sibling": 15, "canadian_credential": 30, "french": 50}, 600,
     "600 + 15 + 30 + 50 = 695, capped at 600"),
    ({}, {"arranged_employment": 0}, 0, "arranged employment: 0 since 2025-03-25"),
])
def test_additional_points(fields, details, additional, why):
    crs = crs_of(**fields)
    assert {key: crs["details"][key] for key in details} == details, why
    assert crs["additional"] == additional, why


def test_provincial_nomination_total():
    # Single, 29: 110; nomination 600: total 710.
    crs = crs_of(age=29, provincial_nomination=True)
    assert (crs["core"], crs["additional"], crs["total"]) == (110, 600, 710)


# -- RULES.md's worked example and the 1,200 maximum --------------------------------------------------------

def test_worked_example_470():
    # Single, born 1997-03-10 (29 on 2026-10-01): 110; bachelor's with ECA 120; IELTS 8.0/7.0/7.0/7.0 = CLB 9 x 4:
    # 124; 1 yr Canadian: 40 -> core 394. Transferability min(50, 25 + 13) + min(50, 25 + 13) = 76. Total 470.
    crs = crs_of(birth_date=D(1997, 3, 10), education=foreign_ed("bachelor"),
                 language_tests=[lang("ielts_general", 8.0, 7.0, 7.0, 7.0)], jobs=years(1), foreign_work_years=2)
    assert (crs["core"], crs["spouse"], crs["transferability"], crs["additional"], crs["total"]) \
        == (394, 0, 76, 0, 470)


def test_worked_example_with_a_spouse():
    # The same person married, spouse coming: age 100; bachelor's 112; CLB 9 x 4: 4 x 29 = 116; 1 yr: 35 -> core
    # 363. Spouse bachelor's 8 + CLB 7 x 4 = 12 + 1 yr 5 = 25. Transferability 76. Total 464.
    crs = crs_of(birth_date=D(1997, 3, 10), education=foreign_ed("bachelor"),
                 language_tests=[lang("ielts_general", 8.0, 7.0, 7.0, 7.0)], jobs=years(1), foreign_work_years=2,
                 **spouse(education="bachelor", language_test=celpip(7), canadian_work_years=1))
    assert (crs["core"], crs["spouse"], crs["transferability"], crs["additional"], crs["total"]) \
        == (363, 25, 76, 0, 464)


def test_french_first_with_canadian_work():
    # Single, 33 (row 33: 88); master's with ECA 135; TEF NCLC 10 x 4, CELPIP 6 x 4; 2 yrs Canadian 53.
    # French first 4 x 34 = 136 + English second 4 x 1 = 4 -> 140 (English first: 36 + 24 = 60).
    # Core 88 + 135 + 140 + 53 = 416. Transferability: master's x CLB 9+ 50 + master's x 2 yrs 50, cap 50.
    # Additional: French NCLC 7+ with English CLB 5+ 50. Total 516.
    crs = crs_of(age=33, education=foreign_ed("master"), language_tests=[celpip(6), tef(10)], jobs=years(2))
    assert crs["first_language"] == "french"
    assert (crs["core"], crs["transferability"], crs["additional"], crs["total"]) == (416, 50, 50, 516)


def test_maximum_1200_single():
    # 29: 110; doctoral 150; CLB 10 x 4: 136; French second 24 (cap 24); 7 yrs Canadian (5+): 80 -> core 500.
    # Transferability 50 + 50 + 50 -> 100. Additional 600 + 50 + 30 + 15 = 695 -> 600. Total 1,200.
    crs = crs_of(age=29, education={"level": "doctoral", "eca": True, "canadian_credential": "three_year_plus"},
                 language_tests=[celpip(10), tef(10)], jobs=years(7), foreign_work_years=3,
                 certificate_of_qualification=True, provincial_nomination=True, sibling_in_canada=True)
    assert (crs["core"], crs["spouse"], crs["transferability"], crs["additional"], crs["total"]) \
        == (500, 0, 100, 600, 1200)


def test_maximum_1200_with_spouse():
    # 29: 100; doctoral 140; CLB 10 x 4: 128; French second min(22, 24) = 22; 5+ yrs: 70 -> core 460.
    # Spouse doctoral 10 + CLB 9 x 4 = 20 + 5 yrs 10 = 40. Transferability 100; additional 600. Total 1,200.
    crs = crs_of(age=29, education=foreign_ed("doctoral"), language_tests=[celpip(10), tef(10)], jobs=years(7),
                 foreign_work_years=3, provincial_nomination=True,
                 **spouse(education="doctoral", language_test=celpip(9), canadian_work_years=6))
    assert (crs["core"], crs["spouse"], crs["transferability"], crs["additional"], crs["total"]) \
        == (460, 40, 100, 600, 1200)


# -- the high-wage caveat (RULES.md 3: every estimate made on or after 2026-11-03) ---------------------------

@pytest.mark.parametrize(("as_of", "shown"), [
    (D(2026, 11, 2), False), (D(2026, 11, 3), True), (D(2026, 11, 4), True), (D(2027, 6, 1), True)])
def test_high_wage_caveat_from_2026_11_03(as_of, shown):
    result = result_of(as_of=as_of, age=29)
    ids = [warning["id"] for warning in result["warnings"]]
    assert ("crs_high_wage_factor" in ids) is shown
    assert result["crs"]["total"] == 110  # the grid above still applies: 29, single, 110
    if shown:
        text = next(w["text"] for w in result["warnings"] if w["id"] == "crs_high_wage_factor")
        assert "crs-criteria" in text or "CRS" in text


# -- more corners ------------------------------------------------------------------------------------------

EXPIRED = D(2024, 9, 30)  # 2 years and a day before AS_OF


@pytest.mark.parametrize(("fields", "core", "transferability", "additional", "first", "why"), [
    ({"language_tests": [celpip(9), lang("ielts_general", 7.5, 7.5, 7.0, 7.0)]}, 124, 0, 0, "english",
     "two English results: CELPIP 9 x 4 = 124 beats IELTS 23 + 31 + 31 + 31 = 116"),
    ({"education": foreign_ed("bachelor"),
      "language_tests": [celpip(10, 10, 10, 6), lang("ielts_general", 8.0, 7.0, 7.0, 7.0)]}, 244, 25, 0, "english",
     "CELPIP 34 x 3 + 9 = 111 (no transferability: one under 7) vs IELTS CLB 9 x 4 = 124 + bachelor's x CLB 9+ "
     "25: core 120 + 124, 25"),
    ({"language_tests": [celpip(9) | {"date": EXPIRED}, tef(7)]}, 68, 0, 25, "french",
     "English expired: French alone NCLC 7 x 4 = 68; English untested: 25"),
    ({"language_tests": [celpip(9), tef(9) | {"date": EXPIRED}]}, 124, 0, 0, "english",
     "French expired: no second language, no French points; 124"),
    ({"education": {"level": "bachelor", "in_canada": False, "eca": False}, "language_tests": [celpip(9)]},
     124, 0, 0, "english", "foreign bachelor's without ECA: education 0, so no education x language points"),
    ({"education": {"level": "master", "in_canada": False, "eca": False,
                    "canadian_credential": "three_year_plus"}},
     120, 0, 30, None, "foreign master's without ECA: 0; the Canadian 3+ year credential is at least the "
     "'bachelor's or 3+-year program' row 120; additional 30"),
    ({"education": {"level": "one_year", "in_canada": False, "eca": True,
                    "canadian_credential": "three_year_plus"}},
     128, 0, 30, None, "foreign one-year (ECA) + Canadian 3+ years: two or more, one of them 3+ years, 128; 30"),
    ({"education": {"level": "two_year", "in_canada": False, "eca": True,
                    "canadian_credential": "one_or_two_year"}},
     98, 0, 15, None, "foreign two-year (ECA) + Canadian 1-2 years: neither 3+ years, highest two-year 98; 15"),
    ({"jobs": [job(364, end=AS_OF - 183 * DAY, noc="21211"), job(364)]}, 40, 0, 0, None,
     "two full-time jobs overlapping 182 days: 546 days at 30 h/week (cap) = 2,340 h, 1 year: 40 "
     "(uncapped 3,120 h would be 2 years)"),
    ({"language_tests": [celpip(9), tef(10)], **MARRIED}, 150, 0, 50, "french",
     "with spouse: French first 4 x 32 = 128 + English second 4 x 6 = 24 capped at 22 -> 150 (English first "
     "116 + 22 = 138); French NCLC 7+ with English CLB 5+: 50"),
])
def test_corners(fields, core, transferability, additional, first, why):
    crs = crs_of(**fields)
    assert (crs["core"], crs["transferability"], crs["additional"]) == (core, transferability, additional), why
    assert crs["first_language"] == first, why
    assert crs["total"] == core + transferability + additional, why
