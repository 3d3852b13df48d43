"""Whole assessments: the verdict, its criteria and explanations, what would change it, warnings, the CRS
comparison with the latest round, next steps, and the same result in French."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eligibility import Profile, assess

D = dt.date
AS_OF = D(2026, 11, 27)
TEST_DAY = D(2026, 5, 1)
CRITERIA = ("work_experience", "language", "quebec")
LANGUAGE_TEST_URL = ("https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
                     "express-entry/documents/language-test.html")
ECA_URL = ("https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/"
           "express-entry/documents/education-assessed.html")
CRS_TOOL_URL = "https://www.cic.gc.ca/english/immigrate/skilled/crs-tool.asp"


def ielts(listening: float = 6.0, reading: float = 6.0, writing: float = 6.0, speaking: float = 6.0,
          date: dt.date = TEST_DAY) -> dict[str, Any]:
    return {"test": "ielts_general", "date": date, "listening": listening, "reading": reading,
            "writing": writing, "speaking": speaking}


def eligible_profile(**changes: Any) -> dict[str, Any]:
    """Single, 29, bachelor's with ECA, TEER 1 job at 40 h since 2025-06-01, IELTS 6.0 x 4 (CLB 7).

    Hours: 2025-06-01..2026-11-26 = 544 days x 30/7 = 2,331.4. CRS: age 110 + bachelor's 120 + CLB 7
    17 x 4 = 68 + 1 Canadian year 40 = core 338; transferability bachelor's x CLB 7+ 13 + bachelor's x
    1 year 13 = 26; total 364.
    """
    data = {
        "as_of": AS_OF, "age": 29, "marital_status": "single",
        "jobs": [{"noc": "21232", "start": D(2025, 6, 1), "end": None, "hours_per_week": 40}],
        "language_tests": [ielts()],
        "education": {"level": "bachelor", "in_canada": False, "eca": True},
    }
    data.update(changes)
    return data


def not_yet_profile(**changes: Any) -> dict[str, Any]:
    """Persona s04: TEER 3 job (32101) at 37.5 h since 2026-03-15; CELPIP 8/8/7/8; eligible 2027-03-14."""
    data = {
        "as_of": AS_OF, "age": 32,
        "jobs": [{"noc": "32101", "start": D(2026, 3, 15), "end": None, "hours_per_week": 37.5}],
        "language_tests": [{"test": "celpip_general", "date": D(2026, 2, 2), "listening": 8, "reading": 8,
                            "writing": 7, "speaking": 8}],
    }
    data.update(changes)
    return data


def run(data: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    return assess(Profile.model_validate(data), lang)


def criteria(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in result["criteria"]}


def failing(result: dict[str, Any]) -> set[str]:
    return {cid for cid, c in criteria(result).items() if not c["met"]}


def warning_ids(result: dict[str, Any]) -> set[str]:
    return {w["id"] for w in result["warnings"]}


def changes_for(result: dict[str, Any], criterion: str) -> list[str]:
    return [c["text"] for c in result["what_would_change"] if c["criterion"] == criterion]


# -- the three verdicts --------------------------------------------------------------------------------

def test_eligible_profile():
    result = run(eligible_profile())
    assert result["verdict"] == "eligible"
    assert result["qualifying_hours"] == round(544 * 30 / 7) == 2331
    assert result["required_clb"] == 7
    assert result["eligible_on"] is None
    assert failing(result) == set()
    assert result["what_would_change"] == []
    assert result["crs"]["total"] == 364
    assert (result["crs"]["core"], result["crs"]["transferability"]) == (338, 26)


def test_not_yet_eligible_profile():
    result = run(not_yet_profile())
    assert result["verdict"] == "not_yet_eligible"
    assert result["eligible_on"] == "2027-03-14"
    assert failing(result) == {"work_experience"}
    assert "March 14, 2027" in criteria(result)["work_experience"]["explanation"]


@pytest.mark.parametrize(("changes", "reasons"), [
    ({"intends_to_live_in_quebec": True}, {"quebec"}),
    ({"language_tests": [ielts(writing=5.5)]}, {"language"}),
    ({"language_tests": []}, {"language"}),
    ({"jobs": [{"noc": "65200", "start": D(2024, 1, 1), "end": None, "hours_per_week": 40}]},
     {"work_experience"}),
    ({"jobs": [], "language_tests": [], "intends_to_live_in_quebec": True},
     {"work_experience", "language", "quebec"}),
])
def test_not_eligible_profiles_with_their_reasons(changes, reasons):
    result = run(eligible_profile(**changes))
    assert result["verdict"] == "not_eligible"
    assert failing(result) == reasons
    assert result["eligible_on"] is None
    # Someone who will live in Quebec: nothing "would change" it but the intent, never suggested (RULES.md 8)
    assert {c["criterion"] for c in result["what_would_change"]} == (set() if "quebec" in reasons else reasons)


@pytest.mark.parametrize("make", [eligible_profile, not_yet_profile], ids=["eligible", "not_yet"])
def test_criteria_are_all_present_with_met_and_an_explanation(make):
    result = run(make())
    ids = [c["id"] for c in result["criteria"]]
    assert set(CRITERIA) <= set(ids)
    for c in result["criteria"]:
        assert isinstance(c["met"], bool)
        assert isinstance(c["explanation"], str) and c["explanation"].strip()


def test_french_alone_meets_the_language_criterion():
    tcf = {"test": "tcf_canada", "date": TEST_DAY, "listening": 458, "reading": 453, "writing": 10,
           "speaking": 10}  # NCLC 7 in all four
    result = run(eligible_profile(language_tests=[tcf]))
    assert result["verdict"] == "eligible"


def test_english_and_french_results_are_not_combined():
    # English meets CLB 7 in listening and reading only, French NCLC 7 in writing and speaking only.
    tcf = {"test": "tcf_canada", "date": TEST_DAY, "listening": 331, "reading": 342, "writing": 10,
           "speaking": 10}
    result = run(eligible_profile(language_tests=[ielts(writing=4.0, speaking=4.0), tcf]))
    assert result["verdict"] == "not_eligible"
    assert failing(result) == {"language"}


def test_expired_result_is_replaced_by_a_valid_one():
    # Persona s10: an expired IELTS CLB 10 and a valid CELPIP 8/7/7/7.
    old = ielts(8.5, 8.0, 7.5, 7.5, date=D(2024, 5, 1))
    celpip = {"test": "celpip_general", "date": D(2026, 1, 15), "listening": 8, "reading": 7, "writing": 7,
              "speaking": 7}
    result = run(eligible_profile(language_tests=[old, celpip]))
    assert result["verdict"] == "eligible"
    assert [r["valid"] for r in result["language_results"]] == [False, True]
    assert run(eligible_profile(language_tests=[old]))["verdict"] == "not_eligible"


def test_explanations_give_the_figures():
    result = run(eligible_profile())
    work = criteria(result)["work_experience"]["explanation"]
    assert "2,331" in work and "1,560" in work
    language = criteria(result)["language"]["explanation"]
    assert "IELTS" in language and "7" in language


def test_no_hours_explanation_and_lowest_level_checked():
    result = run(eligible_profile(jobs=[]))
    assert result["required_clb"] is None
    assert result["qualifying_hours"] == 0
    assert criteria(result)["work_experience"]["explanation"]


# -- what would change the verdict -------------------------------------------------------------------

def test_writing_at_clb_6_when_7_is_needed():
    result = run(eligible_profile(language_tests=[ielts(writing=5.5)]))  # IELTS 5.5 writing = CLB 6
    items = changes_for(result, "language")
    assert len(items) == 1
    assert "writing" in items[0]
    assert "6" in items[0]
    assert "7" in items[0]


def test_one_change_per_ability_that_falls_short():
    # Reading 5.0 = CLB 6, speaking 4.0 = CLB 4.
    result = run(eligible_profile(language_tests=[ielts(reading=5.0, speaking=4.0)]))
    items = changes_for(result, "language")
    assert len(items) == 2
    assert any("reading" in t and "6" in t for t in items)
    assert any("speaking" in t and "4" in t for t in items)
    assert not any("listening" in t or "writing" in t for t in items)


def test_ability_below_clb_4_is_said_so():
    result = run(eligible_profile(language_tests=[ielts(writing=3.5)]))
    (item,) = changes_for(result, "language")
    assert "writing" in item and "4" in item


def test_no_test_asks_for_one_at_the_required_level():
    result = run(eligible_profile(language_tests=[]))
    (item,) = changes_for(result, "language")
    assert "7" in item
    assert LANGUAGE_TEST_URL in {s["url"] for s in result["next_steps"]}


def test_missing_hours_give_hours_and_weeks_at_30_hours():
    # 30 h from 2025-01-01 to 2025-09-02 (245 days): 1,050 h; 510 h missing = 17 weeks at 30 h.
    job = {"noc": "21232", "start": D(2025, 1, 1), "end": D(2025, 9, 2), "hours_per_week": 30}
    result = run(eligible_profile(jobs=[job]))
    assert result["qualifying_hours"] == 1050
    assert result["verdict"] == "not_eligible"
    (item,) = changes_for(result, "work_experience")
    assert "510" in item
    assert "17" in item


def test_missing_hours_rounded_up_to_whole_weeks():
    # 1,101.4 h counted (persona s04 with the job ended yesterday): 458.6 h missing = 15.3 -> 16 weeks.
    job = {"noc": "32101", "start": D(2026, 3, 15), "end": D(2026, 11, 26), "hours_per_week": 37.5}
    result = run(not_yet_profile(jobs=[job]))
    assert result["verdict"] == "not_eligible"
    (item,) = changes_for(result, "work_experience")
    assert "459" in item
    assert "16" in item


def test_not_yet_change_gives_the_missing_hours_and_the_date():
    result = run(not_yet_profile())
    (item,) = changes_for(result, "work_experience")
    assert "459" in item  # 1,560 - 1,101.4
    assert "2027" in item


def test_quebec_change():
    """Quebec's route is the next step, not a change to make (tests/eligibility/test_quebec_audit.py)."""
    result = run(eligible_profile(intends_to_live_in_quebec=True))
    assert changes_for(result, "quebec") == []
    (step,) = result["next_steps"]
    assert step["id"] == "quebec_route" and "Quebec" in step["text"]


# -- warnings ------------------------------------------------------------------------------------------

def test_test_expiring_before_eligible_on():
    # CELPIP of 2025-03-01 expires 2027-03-01, before 2027-03-14.
    tests = [{"test": "celpip_general", "date": D(2025, 3, 1), "listening": 8, "reading": 8, "writing": 7,
              "speaking": 8}]
    result = run(not_yet_profile(language_tests=tests))
    assert result["verdict"] == "not_yet_eligible"
    assert "test_expires_before_eligible" in warning_ids(result)
    text = next(w["text"] for w in result["warnings"] if w["id"] == "test_expires_before_eligible")
    assert "March 1, 2027" in text and "March 14, 2027" in text


def test_test_expiring_within_4_months_after_eligible_on():
    # Expires 2027-05-01, 48 days after 2027-03-14.
    tests = [{"test": "celpip_general", "date": D(2025, 5, 1), "listening": 8, "reading": 8, "writing": 7,
              "speaking": 8}]
    ids = warning_ids(run(not_yet_profile(language_tests=tests)))
    assert "test_expires_soon" in ids
    assert "test_expires_before_eligible" not in ids


@pytest.mark.parametrize(("days_left", "warned"), [(1, True), (100, True), (122, True), (123, False),
                                                   (200, False), (600, False)])
def test_test_expiring_soon_after_as_of(days_left, warned):
    expires = AS_OF + dt.timedelta(days=days_left)
    taken = expires.replace(year=expires.year - 2)
    result = run(eligible_profile(language_tests=[ielts(date=taken)]))
    assert result["verdict"] == "eligible"
    assert ("test_expires_soon" in warning_ids(result)) is warned


@pytest.mark.parametrize(("as_of", "stale"), [
    (D(2026, 10, 1), False), (D(2026, 12, 30), False),  # 90 days after the rounds data (as of 2026-10-01)
    (D(2026, 12, 31), True), (D(2027, 1, 15), True), (D(2027, 6, 1), True),
])
def test_stale_rounds_data(as_of, stale):
    result = run({"as_of": as_of, "age": 30})
    assert ("rounds_stale" in warning_ids(result)) is stale


def test_eligible_profile_with_a_fresh_test_has_no_expiry_warning():
    ids = warning_ids(run(eligible_profile()))
    assert not ids & {"test_expires_soon", "test_expires_before_eligible"}


# -- CRS comparison, next steps, version -----------------------------------------------------------------

def test_crs_comparison_with_the_latest_cec_round():
    result = run(eligible_profile())
    comparison = result["crs_comparison"]
    assert comparison["lowest_crs"] == 518  # round 446, RULES.md section 4 (from secondary copies)
    assert comparison["date"] == "2026-09-29"
    assert comparison["difference"] == 364 - 518
    assert "518" in comparison["explanation"] and "154" in comparison["explanation"]


def test_crs_comparison_above_the_cutoff():
    # Adding a provincial nomination: 364 + 600 = 964, 446 above 518.
    result = run(eligible_profile(provincial_nomination=True))
    assert result["crs"]["total"] == 964
    assert result["crs_comparison"]["difference"] == 446
    assert "446" in result["crs_comparison"]["explanation"]


@pytest.mark.parametrize("make", [eligible_profile, not_yet_profile], ids=["eligible", "not_yet"])
def test_next_steps_link_each_page_once_and_only_pages_about_them(make):
    """A step links a page about it, or nothing (issue 16: three of five links went to the CEC page)."""
    steps = run(make())["next_steps"]
    assert steps
    linked = [step["url"] for step in steps if "url" in step]
    for step in steps:
        assert step["text"].strip()
    assert all(url.startswith("https://") for url in linked)
    assert len(linked) == len(set(linked))  # never the same page under two steps
    assert CRS_TOOL_URL in linked
    assert {s["id"] for s in steps if "url" not in s} <= {"create_profile", "documents", "keep_working",
                                                          "create_profile_later"}


def test_next_steps_when_not_eligible():
    result = run(eligible_profile(language_tests=[], education={"level": "master", "eca": False}))
    urls = {s["url"] for s in result["next_steps"] if "url" in s}
    assert LANGUAGE_TEST_URL in urls
    assert ECA_URL in urls
    assert all(u.startswith("https://") for u in urls)


def test_rules_version_and_disclaimer():
    result = run(eligible_profile())
    assert isinstance(result["rules_version"], str) and result["rules_version"].strip()
    assert "not legal advice" in result["disclaimer"]


# -- French ----------------------------------------------------------------------------------------------

TEXT_KEYS = {"explanation", "text", "disclaimer", "url"}  # French readers get the French pages (RULES.md 5)


def assert_same_structure(en: Any, fr: Any, path: str = "result") -> None:
    """Same keys, lengths, ids, numbers and dates; only the sentences differ."""
    assert type(en) is type(fr), path
    if isinstance(en, dict):
        assert en.keys() == fr.keys(), path
        for key in en:
            if key in TEXT_KEYS:
                assert isinstance(fr[key], str) and fr[key].strip(), f"{path}.{key}"
            else:
                assert_same_structure(en[key], fr[key], f"{path}.{key}")
    elif isinstance(en, list):
        assert len(en) == len(fr), path
        for i, (a, b) in enumerate(zip(en, fr, strict=True)):
            assert_same_structure(a, b, f"{path}[{i}]")
    else:
        assert en == fr, path


@pytest.mark.parametrize("data", [
    eligible_profile(),
    not_yet_profile(),
    eligible_profile(language_tests=[ielts(writing=5.5)], intends_to_live_in_quebec=True,
                     jobs=[{"noc": "65200", "start": D(2024, 1, 1), "hours_per_week": 40}]),
], ids=["eligible", "not_yet", "not_eligible"])
def test_french_result_has_the_same_structure_and_other_words(data):
    en, fr = run(data, "en"), run(data, "fr")
    assert_same_structure(en, fr)
    for a, b in zip(en["criteria"], fr["criteria"], strict=True):
        assert a["explanation"] != b["explanation"]
    for a, b in zip(en["what_would_change"], fr["what_would_change"], strict=True):
        assert a["text"] != b["text"]
    for a, b in zip(en["next_steps"], fr["next_steps"], strict=True):
        assert a["text"] != b["text"]
    assert en["disclaimer"] != fr["disclaimer"]


def test_french_dates_are_written_in_french():
    fr = run(not_yet_profile(), "fr")
    work = criteria(fr)["work_experience"]["explanation"]
    assert "mars 2027" in work
    assert "March" not in work


def test_the_comparison_covers_the_recent_cec_rounds():
    """RULES.md section 4: the last six CEC rounds of 2026 (07-21 to 09-29) invited from 516 to 523."""
    profile = Profile.model_validate({"as_of": dt.date(2026, 11, 27), "age": 29,
                                      "education": {"level": "doctoral", "in_canada": True},
                                      "provincial_nomination": False})
    comparison = assess(profile)["crs_comparison"]
    assert comparison["recent"]["lowest"] == 516 and comparison["recent"]["highest"] == 523
    assert comparison["recent"]["from"] == "2026-07-21" and comparison["recent"]["rounds"] == 6
    total = assess(profile)["crs"]["total"]
    assert comparison["recent"]["would_be_invited"] == sum(total >= c for c in (516, 516, 523, 521, 519, 518))
    assert "ranged from 516 to 523" in comparison["explanation"]


def test_counts_read_in_the_singular_and_jobs_without_a_code_are_named_by_teer():
    """359 days at 30 h/week = 1,538.6 h: 21.4 h missing, which is 1 week at 30 h/week."""
    profile = Profile.model_validate({"as_of": dt.date(2026, 11, 27), "age": 30, "jobs": [
        {"teer": 2, "start": dt.date(2025, 12, 3), "end": dt.date(2026, 11, 26), "hours_per_week": 30}]})
    result = assess(profile)
    change = next(c["text"] for c in result["what_would_change"] if c["criterion"] == "work_experience")
    assert "1 week at 30 hours a week" in change
    assert result["hours_ledger"]["jobs"][0]["explanation"].startswith("Job 1, TEER 2:")
    french = assess(profile, "fr")["hours_ledger"]["jobs"][0]["explanation"]
    assert french.startswith("Emploi 1, FEER 2 :")


def test_a_job_entirely_before_the_window_says_so():
    profile = Profile.model_validate({"as_of": dt.date(2026, 11, 27), "age": 30, "jobs": [
        {"noc": "21232", "start": dt.date(2019, 1, 1), "end": dt.date(2022, 12, 31), "hours_per_week": 40}]})
    line = assess(profile)["hours_ledger"]["jobs"][0]
    assert line["counted"] == 0 and "before the 3-year window" in line["explanation"]


def test_a_canadian_credential_counts_when_the_foreign_degree_has_no_eca():
    """Age 27 single 110; a foreign bachelor's without ECA scores nothing, but a Canadian one- or two-year
    credential counts at least as a one-year program: 90 (and 15 additional points)."""
    profile = Profile.model_validate({"as_of": dt.date(2026, 11, 27), "age": 27, "education": {
        "level": "bachelor", "in_canada": False, "eca": False, "canadian_credential": "one_or_two_year"}})
    result = assess(profile)
    assert result["crs"]["details"]["education"] == 90
    assert result["crs"]["additional"] == 15
    assert "education_canadian_counted" in {w["id"] for w in result["warnings"]}


def test_french_speakers_and_nominees_hear_about_their_rounds():
    data = {"as_of": dt.date(2026, 11, 27), "age": 30, "provincial_nomination": True,
            "language_tests": [{"test": "tcf_canada", "date": dt.date(2026, 4, 4), "listening": 520,
                                "reading": 510, "writing": 12, "speaking": 12}],
            "jobs": [{"noc": "21232", "start": dt.date(2024, 1, 1), "hours_per_week": 40}]}
    result = assess(Profile.model_validate(data))
    assert result["verdict"] == "eligible"
    explanation = result["crs_comparison"]["explanation"]
    assert "French-language proficiency rounds" in explanation and "from 382 to 420" in explanation
    assert "Provincial Nominee Program rounds" in explanation and "from 697 to 805" in explanation


def test_other_programs_rounds_are_not_named_to_someone_not_eligible():
    # Rounds invite people in the Express Entry pool (RULES.md section 4): someone short of hours is not told
    # they "can also be considered" in French-language or provincial nominee rounds.
    data = {"as_of": dt.date(2026, 11, 27), "age": 30, "provincial_nomination": True,
            "language_tests": [{"test": "tcf_canada", "date": dt.date(2026, 4, 4), "listening": 520,
                                "reading": 510, "writing": 12, "speaking": 12}]}
    result = assess(Profile.model_validate(data))
    assert result["verdict"] == "not_eligible"
    explanation = result["crs_comparison"]["explanation"]
    assert "French-language proficiency rounds" not in explanation and "Provincial Nominee" not in explanation


def test_the_projection_mentions_the_moving_window_only_when_hours_leave_it():
    ongoing = {"noc": "32101", "start": dt.date(2026, 3, 15), "hours_per_week": 37.5}
    plain = assess(Profile.model_validate({"as_of": dt.date(2026, 11, 27), "age": 30, "jobs": [ongoing],
                                           "language_tests": [CELPIP_9]}))
    change = next(c["text"] for c in plain["what_would_change"] if c["criterion"] == "work_experience")
    assert "at your current hours you reach 1,560 on March 14, 2027" in change and "window" not in change
    old = {"noc": "32101", "start": dt.date(2023, 12, 1), "end": dt.date(2024, 3, 31), "hours_per_week": 40}
    moving = assess(Profile.model_validate({"as_of": dt.date(2026, 11, 27), "age": 30,
                                            "jobs": [old, {**ongoing, "start": dt.date(2026, 6, 1)}],
                                            "language_tests": [CELPIP_9]}))
    assert moving["verdict"] == "not_yet_eligible"
    change = next(c["text"] for c in moving["what_would_change"] if c["criterion"] == "work_experience")
    assert "older hours leaving the 3-year window" in change


CELPIP_9 = {"test": "celpip_general", "date": dt.date(2026, 2, 2), "listening": 9, "reading": 9,
            "writing": 9, "speaking": 9}


# -- the level on the day the hours are reached, jobs given by TEER alone, hours just short ----------------
def _run(jobs: list[dict[str, Any]], test: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    return assess(Profile.model_validate({"as_of": AS_OF, "age": 30, "jobs": jobs, "language_tests": [test]},
                                         strict=False),
                  lang)


CLB_6 = ielts(5.5, 5.0, 5.5, 5.5)  # CLB 6/6/6/6 (IELTS 5.5 listening, 5.0 reading): meets CLB 5, not 7


def test_a_projected_day_when_a_teer_1_job_has_taken_the_lead_is_not_promised() -> None:
    # 72410 (TEER 2) 2025-01-01..06-12: 163 days x 30/7 = 698.6 h; 21232 (TEER 1) from 2026-07-10: 140 days =
    # 600 h. Today 72410 leads: CLB 5, met. 1,560 h are reached 61 days on, 2027-01-27, when 21232 holds
    # 861.4 h and leads for good: CLB 7, not met by CLB 6.
    result = _run([{"noc": "72410", "start": "2025-01-01", "end": "2025-06-12", "hours_per_week": 30},
                   {"noc": "21232", "start": "2026-07-10", "hours_per_week": 30}], CLB_6)
    assert result["required_clb"] == 5 and result["verdict"] == "not_eligible" and result["eligible_on"] is None
    warning = next(w["text"] for w in result["warnings"] if w["id"] == "language_level_rises")
    assert warning.startswith("On January 27, 2027, when you reach 1,560 hours, the occupation with the most of "
                              "them will be NOC 21232 (TEER 1), which needs CLB 7")
    assert "If your current work goes on as it is, you reach 1,560 hours on January 27, 2027." in \
        result["criteria"][0]["explanation"]
    assert {"criterion": "language", "text": "A result of at least CLB 7 in each ability from an approved test "
            "taken less than 2 years ago."} in result["what_would_change"]
    assert "language_test" in [step["id"] for step in result["next_steps"]]
    french = _run([{"noc": "72410", "start": "2025-01-01", "end": "2025-06-12", "hours_per_week": 30},
                   {"noc": "21232", "start": "2026-07-10", "hours_per_week": 30}], CLB_6, "fr")
    assert "CNP 21232 (FEER 1), qui exige le NCLC 7" in next(
        w["text"] for w in french["warnings"] if w["id"] == "language_level_rises")


def test_the_same_day_is_promised_when_the_test_meets_the_higher_level() -> None:
    result = _run([{"noc": "72410", "start": "2025-01-01", "end": "2025-06-12", "hours_per_week": 30},
                   {"noc": "21232", "start": "2026-07-10", "hours_per_week": 30}], ielts())
    assert result["verdict"] == "not_yet_eligible" and result["eligible_on"] == "2027-01-27"
    assert not [w for w in result["warnings"] if w["id"].startswith("language_level")]


def test_jobs_given_by_teer_alone_may_be_several_occupations_so_the_careful_level_applies() -> None:
    # RULES.md's example: 21232 801.4 h, then two TEER 2 jobs of 540 h each given by TEER alone. As one
    # "TEER 2" occupation they would lead (1,080 h); as two (as 72410 and 72310 would be), 21232 leads: CLB 7.
    jobs = [{"noc": "21232", "start": "2024-01-01", "end": "2024-07-05", "hours_per_week": 30},
            {"teer": 2, "start": "2024-08-01", "end": "2024-12-04", "hours_per_week": 30},
            {"teer": 2, "start": "2025-01-01", "end": "2025-05-06", "hours_per_week": 30}]
    result = _run(jobs, CLB_6)
    assert result["required_clb"] == 7 and result["verdict"] == "not_eligible"
    assert "Some of your jobs were given by their TEER level alone" in result["criteria"][1]["explanation"]
    codes = "Or the NOC codes of the jobs you gave by their TEER alone: with them, CLB 5 may be enough."
    assert {"criterion": "language", "text": codes} in result["what_would_change"]
    # With their codes the answer is exact: 72410 and 72310 are two occupations.
    coded = [jobs[0], {**jobs[1], "teer": None, "noc": "72410"}, {**jobs[2], "teer": None, "noc": "72310"}]
    assert _run(coded, CLB_6)["required_clb"] == 7
    one = [jobs[0], {**jobs[1], "teer": None, "noc": "72410"}, {**jobs[2], "teer": None, "noc": "72410"}]
    assert _run(one, CLB_6)["required_clb"] == 5 and _run(one, CLB_6)["verdict"] == "eligible"


def test_a_job_given_by_teer_alone_may_be_the_same_occupation_as_a_coded_one() -> None:
    # 72410 (TEER 2) 800 h leads 21232 (TEER 1) 600 h, but a 400 h TEER 1 job given alone may be 21232 too:
    # 1,000 h in TEER 1 then lead, so CLB 7 is asked. Days at 30/7 h: 186.7, 140, 93.3.
    jobs = [{"noc": "72410", "start": "2024-01-01", "end": "2024-07-05", "hours_per_week": 30},
            {"noc": "21232", "start": "2025-01-01", "end": "2025-05-20", "hours_per_week": 30},
            {"teer": 1, "start": "2025-07-01", "end": "2025-10-01", "hours_per_week": 30}]
    assert _run(jobs, CLB_6)["required_clb"] == 7
    alone = [jobs[0], jobs[1]]
    assert _run(alone, CLB_6)["required_clb"] == 5


def test_hours_just_short_of_1560_are_not_written_as_1560() -> None:
    # 21232 at 26.5 h 2024-01-01..2025-02-15: 412 days x 26.5/7 = 1,559.7 h, short of 1,560.
    result = _run([{"noc": "21232", "start": "2024-01-01", "end": "2025-02-15", "hours_per_week": 26.5}], ielts())
    assert result["verdict"] == "not_eligible" and result["qualifying_hours"] == 1559
    assert result["criteria"][0]["explanation"].startswith("1,559 hours of your work count")
    assert result["hours_ledger"]["jobs"][0]["counted"] == 1559
    # in the singular (walkthrough round 7): "About 1 more qualifying hours" before
    assert any(c["text"].startswith("About 1 more qualifying hour ") for c in result["what_would_change"])


def test_when_a_teer_1_job_leads_for_a_while_the_day_after_it_no_longer_does_is_given() -> None:
    # Today 72410 (TEER 2, ended) leads 21232 (TEER 1, until 2027-02-28): CLB 5, met by CLB 6. When 1,560 h are
    # reached 21232 leads: CLB 7. After it ends, 72310 (TEER 2, 10 h a week) overtakes it in time: the first
    # day it leads with 1,560 h in the window is the day given, checked by assessing that day and the day before.
    jobs = [{"noc": "72410", "start": "2025-01-01", "end": "2025-06-12", "hours_per_week": 30},
            {"noc": "21232", "start": "2026-07-10", "end": "2027-02-28", "hours_per_week": 30},
            {"noc": "72310", "start": "2026-11-01", "hours_per_week": 10}]
    fresh = {**CLB_6, "date": D(2026, 11, 1)}  # still valid on the day found (a test expiring first is warned of)
    result = _run(jobs, fresh)
    assert result["verdict"] == "not_yet_eligible"
    day = dt.date.fromisoformat(result["eligible_on"])
    warning = next(w["text"] for w in result["warnings"] if w["id"] == "language_level_rises_then_falls")
    assert "NOC 21232 (TEER 1), which needs CLB 7" in warning and f"{day:%B} {day.day}, {day.year}" in warning

    def on(as_of: dt.date) -> dict[str, Any]:
        return assess(Profile.model_validate({"as_of": as_of, "age": 30, "jobs": jobs, "language_tests": [fresh]},
                                             strict=False))

    assert on(day)["verdict"] == "eligible" and on(day)["required_clb"] == 5
    assert on(day - dt.timedelta(days=1))["verdict"] == "not_eligible"
    reached = result["criteria"][0]["explanation"].split("you reach 1,560 hours on ")[1].split(".")[0]
    assert on(dt.datetime.strptime(reached, "%B %d, %Y").date())["required_clb"] == 7
