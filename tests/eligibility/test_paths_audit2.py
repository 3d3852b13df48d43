"""Audit of the way to an invitation, from figures worked by hand with RULES.md only.

The person: single, born 1996-03-10 (30 on 2026-11-27), NOC 21232 (TEER 1) since 2025-06-01 at 40 h a week,
IELTS General Training 7.5/6.5/6.5/6.5 (CLB 8 in all four), a foreign bachelor's without ECA, 2 years of foreign
work. RULES.md 3, without spouse: age 105, education 0 (no ECA), language 4 x 23 = 92, Canadian work 1 year 40:
core 237; transferability foreign work (1-2 years) x CLB 7+ 13 + foreign x Canadian work (1 year) 13 = 26;
total 263. The last six CEC rounds (RULES.md 4: July 21 to September 29, 2026) cut off at 516, 516, 518, 519,
521 and 523.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from eligibility import Profile, assess
from eligibility.paths import group
from eligibility.rounds import Round, Rounds, from_records, seed

TODAY = dt.date(2026, 11, 27)
PERSON: dict[str, Any] = {
    "as_of": TODAY.isoformat(), "birth_date": "1996-03-10", "intends_to_live_in_quebec": False,
    "marital_status": "single",
    "jobs": [{"noc": "21232", "start": "2025-06-01", "end": None, "hours_per_week": 40}],
    "language_tests": [{"test": "ielts_general", "date": "2026-01-10", "listening": 7.5, "reading": 6.5,
                        "writing": 6.5, "speaking": 6.5}],
    "education": {"level": "bachelor", "in_canada": False, "eca": False, "canadian_credential": "none"},
    "foreign_work_years": 2,
}
# RULES.md 5 and its French pages, and Quebec's site (RULES.md 8): every link a next step may carry.
OFFICIAL = {
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/eligibility/"
    "canadian-experience-class.html",
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/"
    "language-test.html",
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/"
    "education-assessed.html",
    "https://www.cic.gc.ca/english/immigrate/skilled/crs-tool.asp",
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/"
    "rounds-invitations.html",
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express.html",
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/"
    "qui-presenter-demande/categorie-experience-canadienne.html",
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/"
    "verifier-note.html",
    "https://www.quebec.ca/immigration",
}


def result_of(lang: str = "en", rounds: Rounds | None = None, **changes: Any) -> dict[str, Any]:
    data = {**copy.deepcopy(PERSON), **changes}
    return assess(Profile.model_validate_json(json.dumps(data)), lang, rounds, with_improvements=True, today=TODAY)


def plan(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in result["improvements"]}


def test_each_plan_item_scores_what_the_grid_gives_and_names_the_published_minimums() -> None:
    result = result_of()
    assert result["crs"]["total"] == 263
    items = plan(result)
    # ECA: bachelor's 120, education x CLB 7+ 13, education x 1 year Canadian work 13 -> +146.
    assert (items["eca"]["crs_after"], items["eca"]["gain"]) == (409, 146)
    # TEF Canada NCLC 7 in all four: second language 4 x 3 = 12, French with English CLB 5+ 50 -> +62.
    assert items["french_nclc7"]["crs_after"] == 325
    assert "(listening 434 · reading 434 · writing 428 · speaking 456): +62 points. This includes 50 additional " \
           "points for French." in items["french_nclc7"]["text"]
    # NCLC 5: 4 x 1 = 4, and no French points (those need NCLC 7 in all four).
    assert items["french_nclc5"]["crs_after"] == 267
    nclc5 = items["french_nclc5"]["text"]
    assert "(listening 352 · reading 352 · writing 330 · speaking 387): +4 points." in nclc5
    assert "additional points for French" not in items["french_nclc5"]["text"]
    # CLB 10: 4 x 34 = 136 (+44), foreign work x CLB 9+ 25 (+12) -> +56; CLB 9: 4 x 31 (+32) + 12 -> +44.
    assert items["retake_all_clb10"]["crs_after"] == 319
    assert "IELTS General Training result at CLB 10 or more in all four abilities (listening 8.5 · " \
           "reading 8.0 · writing 7.5 · speaking 7.5): +56 points." in items["retake_all_clb10"]["text"]
    assert items["retake_all_clb9"]["crs_after"] == 307
    assert "(listening 8.0 · reading 7.0 · writing 7.0 · speaking 7.0): +44 points." in \
           items["retake_all_clb9"]["text"]
    # Listening 8.0 is CLB 9: 31 instead of 23 points.
    assert items["retake_listening"]["text"] == \
        "IELTS General Training listening 8.0 (CLB 9) instead of 7.5: +8 points."
    assert all(item["recent_rounds"] == {"invited": 0, "of": 6} for item in result["improvements"])


def test_the_work_year_and_the_birthday_are_dated_and_scored_by_hand() -> None:
    items = plan(result_of())
    # 3,120 h at 30 a week take 728 days from 2025-06-01: the window before 2027-05-30 holds them. That day the
    # person is 31: age 99 (-6), 2 years of Canadian work 53 (+13), foreign x Canadian work 2+ years 25 (+12).
    assert (items["work_year_2"]["when"], items["work_year_2"]["crs_after"]) == ("2027-05-30", 282)
    assert "On May 30, 2027 you complete 2 years of skilled Canadian work" in items["work_year_2"]["text"]
    # Turning 31 on 2027-03-10: age points 105 -> 99.
    age = items["age_band"]
    assert (age["when"], age["crs_after"], age["gain"], age["kind"]) == ("2027-03-10", 257, -6, "warning")
    assert "on March 10, 2027 you turn 31 and your age points fall from 105 to 99" in age["text"]


def test_the_first_path_and_its_counts_of_recent_rounds_are_right_by_hand() -> None:
    first = result_of()["paths"][0]
    # ECA 120 + education x CLB 9+ 25 + education x Canadian work 13, CLB 10 +56, French +62: 263+158+56+62.
    assert sorted(first["steps"]) == ["eca", "french_nclc7", "retake_all_clb10"]
    assert first["crs_after"] == 539 and first["rounds"]["canadian_experience_class"] == {"invited_in": 6, "of": 6}
    # No two steps reach 523: ECA + CLB 10 is 477, ECA + French 471.
    assert first["reaches_all_recent_cec"]


@pytest.mark.parametrize(("changes", "steps", "crs", "invited"), [
    # Married: the closest path is 520, at or above 516, 516, 518 and 519: 4 of 6.
    ({"marital_status": "married", "spouse": {"education": "bachelor", "canadian_work_years": 0, "language_test": {
        "test": "celpip_general", "date": "2026-03-01", "listening": 6, "reading": 6, "writing": 5,
        "speaking": 6}}}, ["eca", "french_nclc7", "retake_all_clb10"], 520, 4),
    # TCF 7/7/7/6 as second language: ECA + CLB 10 + two years of work is 518, at or above three cut-offs.
    ({"language_tests": [PERSON["language_tests"][0], {"test": "tcf_canada", "date": "2026-02-10",
                                                        "listening": 458, "reading": 453, "writing": 10,
                                                        "speaking": 7}]},
     ["eca", "retake_all_clb10", "work_year_2"], 518, 3),
])
def test_invited_in_n_of_the_last_six_is_counted_by_hand(changes: dict[str, Any], steps: list[str], crs: int,
                                                          invited: int) -> None:
    found = [p for p in result_of(**changes)["paths"] if sorted(p["steps"]) == sorted(steps)]
    assert found and found[0]["crs_after"] == crs
    assert found[0]["rounds"]["canadian_experience_class"] == {"invited_in": invited, "of": 6}


def test_the_one_french_round_known_is_named_rather_than_1_of_the_1() -> None:
    # The seed knows one French-language round: #437, 2026-08-19, cut-off 382 (RULES.md 4).
    for lang, reached, missed in (
            ("en", "that CRS is at or above the cut-off of the only one whose details we have (382, August 19, "
                   "2026); their cut-offs in 2026 ranged from 382 to 420.",
             "that CRS is below the cut-off of the only one whose details we have (382, August 19, 2026)"),
            ("fr", "ce score est égal ou supérieur au seuil de la seule dont nous ayons le détail (382, le 19 "
                   "août 2026) ; leurs seuils en 2026 allaient de 382 à 420.",
             "ce score est sous le seuil de la seule dont nous ayons le détail (382, le 19 août 2026)")):
        found = result_of(lang)["paths"]
        first = found[0]["text"]
        assert reached in first  # 539
        alone = next(p for p in found if p["steps"] == ["french_nclc7"])
        assert alone["crs_after"] == 325 and missed in alone["text"]
        assert all("of the 1 latest" not in p["text"] and "fois sur 1 " not in p["text"] for p in found)


def test_french_rounds_reached_by_none_are_said_so_rather_than_invited_in_0() -> None:
    # A feed with two French-language rounds, at the ends of 2026's range (382, 420): 325 reaches neither.
    extra = [Round(dt.date(2026, 5, 1), "french_language_proficiency", 1000, 420, "900")]
    rounds = from_records([r.as_dict() for r in (*seed().rounds, *extra)], dt.date(2026, 10, 1))
    alone = next(p for p in result_of(rounds=rounds)["paths"] if p["steps"] == ["french_nclc7"])
    assert alone["rounds"]["french_language_proficiency"] == {"invited_in": 0, "of": 2}
    assert "that CRS would have been below the cut-off of each of the 2 latest ones known (their cut-offs in " \
           "2026: 382 to 420)." in alone["text"]
    assert "invited in 0" not in alone["text"]


def test_no_path_suggests_something_impossible() -> None:
    # Two English results: the second-language step is French, never another English test.
    two = result_of(language_tests=[PERSON["language_tests"][0], {
        "test": "celpip_general", "date": "2026-02-10", "listening": 9, "reading": 9, "writing": 9,
        "speaking": 9}])
    assert two["crs"]["total"] == 307  # CELPIP CLB 9: 4 x 31, foreign work x CLB 9+ 25 + 13
    assert not any(i["id"].startswith("english_") for i in two["improvements"])
    assert plan(two)["french_nclc7"]["crs_after"] == 369
    for found in (two["paths"], result_of()["paths"]):
        for path in found:
            groups = [group_of(step) for step in path["steps"]]
            assert len(groups) == len(set(groups)), path["steps"]
    # A Canadian bachelor's: no ECA anywhere (RULES.md 3: an ECA is for a foreign credential).
    canadian = result_of(education={"level": "bachelor", "in_canada": True, "eca": False,
                                    "canadian_credential": "three_year_plus"})
    assert canadian["crs"]["total"] == 439  # 263 + 120 + 13 + 13 + Canadian credential 30
    assert "eca" not in plan(canadian)
    assert not any("eca" in p["steps"] for p in canadian["paths"])
    assert not any(step["id"] == "eca" for step in canadian["next_steps"])


def group_of(step: str) -> str:
    from eligibility.improvements import Improvement
    return group(Improvement(step, {}, 0, 0, dt.date(2027, 1, 1) if step.startswith("work_year") else None))


def test_french_first_english_second_earns_the_other_25_french_points() -> None:
    # TEF 503/503/512/518 is NCLC 9 in all four: 4 x 31 = 124, French with no English result 25 (RULES.md 3).
    result = result_of(language_tests=[{"test": "tef_canada", "date": "2026-01-10", "listening": 503,
                                        "reading": 503, "writing": 512, "speaking": 518}])
    assert result["crs"]["total"] == 332
    english = plan(result)["english_clb7"]
    # English CLB 7 in all four: 4 x 3 = 12, and the French points rise from 25 to 50.
    assert english["crs_after"] == 369
    assert "(listening 6.0 · reading 6.0 · writing 6.0 · speaking 6.0): +37 points. This includes 25 " \
           "additional points for French." in english["text"]
    assert result["paths"][0]["steps"] == ["eca", "english_clb7"] and result["paths"][0]["crs_after"] == 527


@pytest.mark.parametrize(("changes", "verdict", "ids"), [
    ({}, "eligible", ["check_rules", "eca", "create_profile", "wait_for_invitation", "documents",
                      "official_crs_tool"]),
    ({"jobs": [{"noc": "21232", "start": "2026-06-01", "end": None, "hours_per_week": 40}]}, "not_yet_eligible",
     ["check_rules", "eca", "keep_working", "create_profile_later", "official_crs_tool"]),
    ({"language_tests": []}, "not_eligible", ["check_rules", "language_test", "eca", "official_crs_tool"]),
    ({"intends_to_live_in_quebec": True}, "not_eligible", ["quebec_route"]),
])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_next_steps_fit_the_verdict_link_only_official_pages_and_promise_nothing(
        changes: dict[str, Any], verdict: str, ids: list[str], lang: str) -> None:
    result = result_of(lang, **changes)
    assert result["verdict"] == verdict
    assert [step["id"] for step in result["next_steps"]] == ids
    assert {step["url"] for step in result["next_steps"] if "url" in step} <= OFFICIAL
    said = " ".join(step["text"] for step in result["next_steps"]).lower()
    assert "you will be invited" not in said and "vous serez invité" not in said and "guarantee" not in said
    if changes.get("intends_to_live_in_quebec"):
        assert result["improvements"] == [] and result["paths"] == [] and result["crs_comparison"] is None


def test_the_rounds_list_compares_french_rounds_only_with_an_eligible_result() -> None:
    from flows.rounds_view import Standing, listing

    # 404 with 50 French points: 22 above round 437's 382; the verdict names French rounds only to someone
    # eligible (only people in the pool are invited), and so does the list now.
    def french_line(person: Standing) -> list[str]:
        said = listing(seed(), person, "en", TODAY).text
        return [line for line in said.splitlines() if "French-language" in line]

    assert french_line(Standing(404, 50, 0, TODAY, eligible=True)) == \
        ["• French-language proficiency, August 19, 2026: 382, you are 22 points above"]
    assert french_line(Standing(404, 50, 0, TODAY, eligible=False)) == \
        ["• French-language proficiency, August 19, 2026: 382"]
    said = listing(seed(), Standing(404, 50, 0, TODAY, eligible=False), "en", TODAY).text
    assert "• Canadian Experience Class, September 29, 2026: 518, you are 114 points below *" in said
    assert "only people in the Express Entry pool are invited" in said
    assert "Express Entry pool" not in listing(seed(), Standing(404, 50, 0, TODAY), "en", TODAY).text


HIGH = {"education": {"level": "doctoral", "in_canada": False, "eca": True, "canadian_credential": "none"},
        "foreign_work_years": 3, "language_tests": [
            {"test": "ielts_general", "date": "2026-01-10", "listening": 9, "reading": 9, "writing": 9,
             "speaking": 9},
            {"test": "tef_canada", "date": "2026-01-10", "listening": 600, "reading": 600, "writing": 600,
             "speaking": 600}]}
SHORT = {"jobs": [{"noc": "21232", "start": "2026-06-01", "end": None, "hours_per_week": 40}]}  # 793 h short


@pytest.mark.parametrize(("changes", "verdict", "total", "said"), [
    # Eligible at 263: the comparison alone.
    ({}, "eligible", 263, False),
    # Not yet eligible at 565 (RULES.md 3: age 105, doctorate 150, CLB 10 4 x 34 = 136, no Canadian year yet;
    # transferability 50 + 50; French NCLC 7+ with English CLB 5+ 50; second language capped 24): 565 reaches all
    # six recent cut-offs, which only someone in the pool can be invited at.
    ({**HIGH, **SHORT}, "not_yet_eligible", 565, True),
    # Not yet eligible at 210: below every cut-off, nothing to correct.
    (SHORT, "not_yet_eligible", 210, False),
])
def test_the_comparison_says_a_reached_cut_off_counts_only_once_eligible(
        changes: dict[str, Any], verdict: str, total: int, said: bool) -> None:
    for lang, sentence in (
            ("en", "Only people who meet every requirement can enter the Express Entry pool and be invited: until "
                   "you do, this comparison is for information only."),
            ("fr", "Seules les personnes qui remplissent toutes les exigences peuvent entrer dans le bassin "
                   "d'Entrée express et être invitées : d'ici là, cette comparaison est donnée à titre "
                   "indicatif.")):
        result = result_of(lang, **changes)
        assert (result["verdict"], result["crs"]["total"]) == (verdict, total)
        explanation = result["crs_comparison"]["explanation"]
        assert (sentence in explanation) is said
        assert "516" in explanation and "523" in explanation and "518" in explanation


def test_plan_lines_of_a_not_yet_eligible_person_say_the_cut_offs_count_once_eligible() -> None:
    from flows.improvements_view import _item_text
    from flows.texts import catalog

    # HIGH without the French result: 105 + 150 + 136 + 0 = 391, transferability 50 + 50: 491, 793 h short.
    result = result_of(**{**HIGH, **SHORT, "language_tests": HIGH["language_tests"][:1]})
    assert (result["verdict"], result["crs"]["total"], result["eligible_on"]) == \
        ("not_yet_eligible", 491, "2027-05-31")
    items = plan(result)
    # French NCLC 7 now: 4 x 3 + 50 = +62, 553: at or above all six cut-offs, but only once eligible.
    french = items["french_nclc7"]
    assert (french["crs_after"], french["recent_rounds"]["invited"]) == (553, 6)
    for lang, sentence in (
            ("en", "With this, 553: it would have reached the cut-off in each of the last 6 Canadian Experience "
                   "Class rounds, once you are eligible."),
            ("fr", "Avec ce changement, 553 : ce score aurait atteint le seuil de chacune des 6 dernières rondes "
                   "de la catégorie de l'expérience canadienne, une fois que vous serez admissible.")):
        assert sentence in _item_text(french, 1, catalog(lang), result["eligible_on"])
    assert "once you are eligible" not in _item_text(french, 1, catalog("en"))  # an eligible person's plan
    # The first Canadian year, on the day they become eligible: age 31 (99, -6), 1 year 40, both transferability
    # pairs already at their cap of 50: 525, at or above all six, and said plainly.
    year = items["work_year_1"]
    assert (year["when"], year["crs_after"], year["recent_rounds"]["invited"]) == ("2027-05-31", 525, 6)
    said = _item_text(year, 1, catalog("en"), result["eligible_on"])
    assert "it would have reached the cut-off in each of the last 6" in said
    assert "once you are eligible" not in said


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Needed to be eligible: an IELTS General Training result at CLB 7 or more in all four abilities "
           "(listening 6.0 · reading 6.0 · writing 6.0 · speaking 6.0): +81 points. Any approved test, in English "
           "or French, at that level in all four abilities meets the requirement as well."),
    ("fr", "Tout test approuvé, en anglais ou en français, à ce niveau dans les quatre compétences remplit aussi "
           "cette exigence."),
])
def test_the_test_needed_to_be_eligible_is_one_example_of_any_approved_test(lang: str, sentence: str) -> None:
    # No result: TEER 1 needs CLB 7 (RULES.md 1). IELTS 6.0 in each is CLB 7: 4 x 17 = 68 and foreign work x
    # CLB 7+ 13 -> +81 over 158 (105 + 0 + 0 + 40, foreign work x Canadian work 13).
    result = result_of(lang, language_tests=[])
    required = plan(result)["take_all_clb7"]
    assert (result["crs"]["total"], required["crs_after"]) == (158, 239)
    assert sentence in required["text"]
