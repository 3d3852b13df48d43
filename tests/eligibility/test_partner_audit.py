"""Audit of the partner (spouse or common-law partner) in the CRS, each case worked out by hand from RULES.md
section 3 (shared/reference/RULES.md).

Application day 2026-11-27. The principal throughout: born 1990-03-10 (36), a bachelor's abroad with an ECA,
IELTS GT 8/7/7/7 (CLB 9 in each) of 2025-06-01, a TEER 1 job from 2025-09-01 at 40 h (1 year of Canadian
work), no foreign work.
- "Without spouse" column (single, divorced, separated, widowed, annulled, partner a citizen/PR, partner not
  coming): age 36: 72 + bachelor's 120 + 4 x 31 (CLB 9) + 1 year 40 = 356; transferability: education x
  language (CLB 9+) 25 + education x Canadian work (1 year) 13 = 38; total 394.
- "With spouse" column: 65 + 112 + 4 x 29 + 35 = 328; transferability 38; 366 before the spouse factors.
Spouse factors (max 40): education 0/2/6/7/8/9/10/10; first language per ability CLB 4 or less 0, 5-6: 1,
7-8: 3, 9+: 5; Canadian work 0: 0, 1: 5, 2: 7, 3: 8, 4: 9, 5+: 10.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eligibility import Profile, assess
from eligibility.improvements import partner_comparison
from eligibility.partner_test import expired_partner_test

AS_OF = "2026-11-27"
ABILITIES = ("listening", "reading", "writing", "speaking")
PRINCIPAL: dict[str, Any] = {
    "as_of": AS_OF, "birth_date": "1990-03-10",
    "jobs": [{"noc": "21232", "start": "2025-09-01", "end": None, "hours_per_week": 40}],
    "language_tests": [{"test": "ielts_general", "date": "2025-06-01", "listening": 8.0, "reading": 7.0,
                        "writing": 7.0, "speaking": 7.0}],
    "education": {"level": "bachelor", "in_canada": False, "eca": True, "canadian_credential": "none"},
}
WITHOUT_SPOUSE = 394
WITH_SPOUSE_BEFORE_FACTORS = 366


def celpip(*levels: int, date: str = "2026-01-10") -> dict[str, Any]:
    """CELPIP-General: its levels are CLB levels (RULES.md section 2)."""
    scores = levels * 4 if len(levels) == 1 else levels
    return {"test": "celpip_general", "date": date, **dict(zip(ABILITIES, scores, strict=True))}


def profile(marital: str = "married", **spouse: Any) -> Profile:
    data: dict[str, Any] = {**PRINCIPAL, "marital_status": marital}
    if spouse:
        data["spouse"] = spouse
    return Profile.model_validate(data, strict=False)


def crs(marital: str = "married", lang: str = "en", **spouse: Any) -> dict[str, Any]:
    return assess(profile(marital, **spouse), lang)["crs"]


# -- who counts as "with spouse" -----------------------------------------------------------------------------
@pytest.mark.parametrize("marital", ["single", "divorced", "separated", "widowed", "annulled"])
def test_a_person_without_a_partner_is_scored_without_spouse(marital: str) -> None:
    result = crs(marital)
    assert (result["total"], result["core"], result["spouse"]) == (WITHOUT_SPOUSE, 356, 0)
    assert "spouse" not in result["details"]


@pytest.mark.parametrize("marital", ["married", "common_law"])
def test_a_partner_who_is_a_citizen_or_pr_counts_as_without_spouse(marital: str) -> None:
    # Their education, test and Canadian work earn nothing: RULES.md section 3, "spouse a citizen/PR".
    result = crs(marital, canadian_citizen_or_pr=True, accompanying=True, education="doctoral",
                 language_test=celpip(10), canadian_work_years=5)
    assert (result["total"], result["spouse"]) == (WITHOUT_SPOUSE, 0)
    assert "spouse" not in result["details"]


def test_a_partner_who_is_not_coming_counts_as_without_spouse() -> None:
    result = crs("common_law", accompanying=False, education="master", language_test=celpip(9),
                 canadian_work_years=1)
    assert (result["total"], result["spouse"]) == (WITHOUT_SPOUSE, 0)
    assert "spouse" not in result["details"]


def test_a_partner_without_details_is_taken_as_accompanying_with_a_warning() -> None:
    result = assess(profile("married"))
    assert (result["crs"]["total"], result["crs"]["spouse"]) == (WITH_SPOUSE_BEFORE_FACTORS, 0)
    assert "spouse_missing" in {w["id"] for w in result["warnings"]}


def test_an_accompanying_partner_with_nothing_scores_the_with_spouse_column() -> None:
    result = crs(accompanying=True)
    assert (result["total"], result["core"], result["spouse"]) == (WITH_SPOUSE_BEFORE_FACTORS, 328, 0)
    assert result["details"]["spouse"] == 0
    assert (result["details"]["age"], result["details"]["education"], result["details"]["first_language"],
            result["details"]["canadian_work"]) == (65, 112, 116, 35)


# -- each spouse factor ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("level", "points"), [("less_than_secondary", 0), ("secondary", 2), ("one_year", 6),
                                               ("two_year", 7), ("bachelor", 8), ("two_or_more", 9),
                                               ("master", 10), ("doctoral", 10)])
def test_the_partner_s_education(level: str, points: int) -> None:
    result = crs(education=level)
    assert (result["spouse"], result["total"]) == (points, WITH_SPOUSE_BEFORE_FACTORS + points)


@pytest.mark.parametrize(("years", "points"), [(0, 0), (1, 5), (2, 7), (3, 8), (4, 9), (5, 10), (8, 10)])
def test_the_partner_s_canadian_work(years: int, points: int) -> None:
    result = crs(canadian_work_years=years)
    assert (result["spouse"], result["total"]) == (points, WITH_SPOUSE_BEFORE_FACTORS + points)


@pytest.mark.parametrize(("clb", "points"), [(3, 0), (4, 0), (5, 4), (6, 4), (7, 12), (8, 12), (9, 20), (10, 20),
                                             (12, 20)])
def test_the_partner_s_language_per_ability(clb: int, points: int) -> None:
    result = crs(language_test=celpip(clb))
    assert (result["spouse"], result["total"]) == (points, WITH_SPOUSE_BEFORE_FACTORS + points)


def test_the_partner_s_abilities_count_one_by_one() -> None:
    # CELPIP 9/7/5/4: 5 + 3 + 1 + 0 = 9.
    assert crs(language_test=celpip(9, 7, 5, 4))["spouse"] == 9


def test_a_french_test_counts_for_the_partner() -> None:
    # TEF Canada 434/434/428/456 = NCLC 7 in each: 4 x 3 = 12.
    tef = {"test": "tef_canada", "date": "2026-01-10", "listening": 434, "reading": 434, "writing": 428,
           "speaking": 456}
    assert crs(language_test=tef)["spouse"] == 12


def test_all_three_factors_add_up() -> None:
    # Master's 10 + CELPIP 9 in each 20 + 1 year 5 = 35: 366 + 35 = 401 (the bot's married persona).
    result = crs(education="master", language_test=celpip(9), canadian_work_years=1)
    assert (result["spouse"], result["total"]) == (35, 401)


def test_the_highest_spouse_factors_reach_exactly_the_cap() -> None:
    # Doctorate 10 + CELPIP 10 in each 20 + 5+ years 10 = 40, the maximum.
    result = crs(education="doctoral", language_test=celpip(10), canadian_work_years=6)
    assert (result["spouse"], result["total"]) == (40, WITH_SPOUSE_BEFORE_FACTORS + 40)


# -- an expired partner test (RULES.md section 2: valid 2 years from the test date) -------------------------
def test_an_expired_partner_test_earns_nothing_and_its_renewal_is_worth_its_points() -> None:
    # CELPIP 9 of 2024-01-10 expired on 2026-01-10: master's 10 + 0 + 5+ years 10 = 20; renewed, 20 more.
    p = profile(education="master", language_test=celpip(9, date="2024-01-10"), canadian_work_years=5)
    result = assess(p, "fr")["crs"]
    assert (result["spouse"], result["total"]) == (20, WITH_SPOUSE_BEFORE_FACTORS + 20)
    expired = expired_partner_test(p)
    assert expired is not None
    assert (expired.expired_on, expired.gain) == (dt.date(2026, 1, 10), 20)


def test_a_test_of_the_day_before_two_years_is_still_valid() -> None:
    # 2024-11-28 + 2 years = 2026-11-28: valid on 2026-11-27.
    p = profile(language_test=celpip(9, date="2024-11-28"))
    assert assess(p)["crs"]["spouse"] == 20 and expired_partner_test(p) is None


def test_the_expired_test_of_a_partner_who_does_not_count_is_not_said() -> None:
    p = profile(canadian_citizen_or_pr=True, language_test=celpip(9, date="2024-01-10"))
    assert expired_partner_test(p) is None
    p = profile(accompanying=False, language_test=celpip(9, date="2024-01-10"))
    assert expired_partner_test(p) is None


# -- the partner as principal applicant --------------------------------------------------------------------
# The partner: born 1996-01-01 (30), a master's, CELPIP 9 in each of 2026-01-10, 1 year of Canadian work, no
# foreign work. As principal, with spouse: 95 + 126 + 4 x 29 + 35 = 372; the spouse (the person): bachelor's 8
# + IELTS CLB 9 4 x 5 = 20 + 1 year 5 = 33; transferability: master's x CLB 9+ 50 and x 1 year 25, capped at 50.
# Total 372 + 33 + 50 = 455, against 401 now.
PARTNER = {"education": "master", "language_test": celpip(9), "canadian_work_years": 1,
           "birth_date": "1996-01-01", "foreign_work_years": 0}


def test_the_partner_as_principal_in_english_and_french() -> None:
    p = profile(**PARTNER, cec_work="teer_0_1")
    comparison = partner_comparison(p)
    assert comparison is not None
    assert (comparison.crs_now, comparison.crs_partner_principal) == (401, 455)
    assert comparison.partner_eligible and comparison.required_clb == 7
    en = assess(p, "en", with_improvements=True)["partner_comparison"]["text"]
    assert en.startswith("With your partner as the principal applicant, the couple's CRS would be 455 instead "
                         "of 401: 54 more. From what you said, your partner also meets the CEC's criteria "
                         "(language at CLB 7 in all four abilities included).")
    fr = assess(p, "fr", with_improvements=True)["partner_comparison"]["text"]
    assert fr.startswith("Avec votre époux ou conjoint de fait comme demandeur principal, le score SCG du couple "
                         "serait de 455 au lieu de 401 : 54 de plus.")


def test_a_partner_with_teer_2_3_work_needs_clb_5() -> None:
    # CELPIP 5 in each meets CLB 5 (RULES.md section 1); CELPIP 4 in one ability does not.
    five = partner_comparison(profile(**{**PARTNER, "language_test": celpip(5)}, cec_work="teer_2_3"))
    assert five is not None and five.partner_eligible and five.required_clb == 5
    four = partner_comparison(profile(**{**PARTNER, "language_test": celpip(5, 5, 5, 4)}, cec_work="teer_2_3"))
    assert four is not None and not four.partner_eligible and four.partner_missing == ("language",)


def test_a_partner_with_teer_0_1_work_needs_clb_7() -> None:
    six = partner_comparison(profile(**{**PARTNER, "language_test": celpip(7, 7, 7, 6)}, cec_work="teer_0_1"))
    assert six is not None and not six.partner_eligible and six.partner_missing == ("language",)


def test_the_partner_s_expired_test_makes_them_ineligible_and_earns_nothing() -> None:
    # As principal: 95 + 126 + 0 + 35 = 256; spouse 33; transferability: no CLB 7+, master's x 1 year 25: 314.
    p = profile(**{**PARTNER, "language_test": celpip(9, date="2024-01-10")}, cec_work="teer_0_1")
    comparison = partner_comparison(p)
    assert comparison is not None
    assert comparison.crs_partner_principal == 314
    assert comparison.partner_missing == ("language",)


def test_no_comparison_with_a_partner_who_does_not_count() -> None:
    assert partner_comparison(profile(**PARTNER, cec_work="teer_0_1", canadian_citizen_or_pr=True)) is None
    assert partner_comparison(profile(**PARTNER, cec_work="teer_0_1", accompanying=False)) is None


def test_the_person_as_spouse_presents_the_result_worth_most_spouse_points() -> None:
    # RULES.md section 3: spouse language points are per ability (5-6: 1, 7-8: 3, 9+: 5); the comparison once
    # ranked the person's results by the sum of their levels and presented the one worth fewer points.
    # The person has CELPIP 8/8/8/8 (4 x 3 = 12 spouse points) and CELPIP 9/9/9/4 (5 + 5 + 5 + 0 = 15). As the
    # partner's spouse: bachelor's 8 + 15 + 1 year 5 = 28; 372 + 28 + 50 = 450.
    data: dict[str, Any] = {**PRINCIPAL, "marital_status": "married",
                            "language_tests": [celpip(8, date="2026-06-01"),
                                               celpip(9, 9, 9, 4, date="2026-06-01")],
                            "spouse": {**PARTNER, "cec_work": "teer_0_1"}}
    comparison = partner_comparison(Profile.model_validate(data, strict=False))
    assert comparison is not None and comparison.crs_partner_principal == 450


# -- what raises the score through the partner ------------------------------------------------------------
def _spouse_items(p: Profile, lang: str = "en") -> dict[str, dict[str, Any]]:
    result = assess(p, lang, with_improvements=True)
    return {i["id"]: i for i in result["improvements"] if i["id"].startswith("spouse_")}


def test_a_partner_without_a_test_is_offered_clb_7_and_clb_9() -> None:
    # No test: 0. CLB 7 in each: 4 x 3 = 12; CLB 9 in each: 4 x 5 = 20 (366 + 20 = 386).
    items = _spouse_items(profile(accompanying=True))
    assert {k: (v["gain"], v["crs_after"]) for k, v in items.items()} == {
        "spouse_language_clb7": (12, 378), "spouse_language_clb9": (20, 386)}


def test_a_partner_at_clb_9_is_offered_no_language_step() -> None:
    assert _spouse_items(profile(language_test=celpip(9))) == {}


def test_a_partner_who_does_not_count_is_offered_nothing() -> None:
    assert _spouse_items(profile(accompanying=False)) == {}
    assert _spouse_items(profile(canadian_citizen_or_pr=True)) == {}


def test_the_renewal_of_an_expired_partner_test_in_english_and_french() -> None:
    p = profile(language_test=celpip(9, date="2024-01-10"))
    en = _spouse_items(p)["spouse_language_renew"]
    assert en["gain"] == 20
    assert en["text"] == ("Your spouse or partner takes CELPIP-General again at the same scores (theirs expired "
                          "on January 10, 2026): +20 points.")
    fr = _spouse_items(p, "fr")["spouse_language_renew"]["text"]
    assert "CELPIP-General" in fr and "10 janvier 2026" in fr and "+20" in fr


def test_a_partner_said_to_meet_the_cec_with_no_canadian_year_is_not_said_eligible() -> None:
    # 1,560 hours is one completed year (RULES.md 1 and 3): the two answers disagree, so not "eligible".
    p = profile(**{**PARTNER, "canadian_work_years": 0}, cec_work="teer_0_1")
    comparison = partner_comparison(p)
    assert comparison is not None and not comparison.partner_eligible
    assert comparison.partner_missing == ("work_years",)
    assert comparison.required_clb == 7  # their test is still checked against the level they said


def test_a_partner_eligible_on_a_french_test_is_told_the_nclc() -> None:
    # TEF Canada 503/503/512/518 is NCLC 9 in each (RULES.md 2): the level said is NCLC 7, as French tests print.
    tef = {"test": "tef_canada", "date": "2026-03-01", "listening": 503, "reading": 503, "writing": 512,
           "speaking": 518}
    p = profile(**{**PARTNER, "language_test": tef}, cec_work="teer_0_1")
    en = assess(p, "en", with_improvements=True)["partner_comparison"]["text"]
    assert "(language at NCLC 7 in all four abilities included)" in en
    fr = assess(p, "fr", with_improvements=True)["partner_comparison"]["text"]
    assert "(y compris la langue au NCLC 7 dans les quatre compétences)" in fr
