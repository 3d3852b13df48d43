"""Every range and rule of shared/reference/profile-contract.md, and the one-line message that names the field.

Profiles are given as JSON, the contract's input; `describe` must name the failing field by its path,
e.g. `jobs[0].hours_per_week: ...`.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from pydantic import ValidationError

from eligibility import Profile, ScreeningProfile, describe

GOOD_SCORES = {
    "ielts_general": {"listening": 7.0, "reading": 7.0, "writing": 7.0, "speaking": 7.0},
    "celpip_general": {"listening": 9, "reading": 9, "writing": 9, "speaking": 9},
    "pte_core": {"listening": 70, "reading": 70, "writing": 70, "speaking": 70},
    "tef_canada": {"listening": 450, "reading": 450, "writing": 450, "speaking": 450},
    "tcf_canada": {"listening": 450, "reading": 450, "writing": 12, "speaking": 12},
}


def base() -> dict[str, Any]:
    """A valid profile, as JSON-ready data."""
    return {
        "as_of": "2026-11-27",
        "birth_date": "1994-07-01",
        "marital_status": "married",
        "jobs": [{"noc": "21232", "start": "2025-01-01", "end": None, "hours_per_week": 40}],
        "language_tests": [{"test": "ielts_general", "date": "2026-01-05", **GOOD_SCORES["ielts_general"]}],
        "education": {"level": "bachelor", "in_canada": False, "eca": True, "canadian_credential": "none"},
        "spouse": {"canadian_citizen_or_pr": False, "accompanying": True, "education": "secondary",
                   "canadian_work_years": 0,
                   "language_test": {"test": "celpip_general", "date": "2026-01-10",
                                     **GOOD_SCORES["celpip_general"]}},
    }


def with_value(path: str, value: Any, data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A copy of `data` (default: base()) with the value at a dotted path like `jobs.0.end` replaced."""
    data = copy.deepcopy(data if data is not None else base())
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    node[int(last) if last.isdigit() else last] = value
    return data


def without(path: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    data = copy.deepcopy(data if data is not None else base())
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    del node[last]
    return data


def parse(data: dict[str, Any], model: type[ScreeningProfile] = Profile) -> ScreeningProfile:
    return model.model_validate_json(json.dumps(data))


def message(data: dict[str, Any] | str, model: type[ScreeningProfile] = Profile) -> str:
    raw = data if isinstance(data, str) else json.dumps(data)
    with pytest.raises(ValidationError) as caught:
        model.model_validate_json(raw)
    return describe(caught.value)


def assert_rejected(data: dict[str, Any], field: str, *words: str) -> None:
    text = message(data)
    assert text.startswith(f"{field}: "), text
    assert "\n" not in text
    for word in words:
        assert word in text, text


def test_base_profile_is_valid():
    profile = parse(base())
    assert profile.jobs[0].hours_per_week == 40


# -- language test scores ------------------------------------------------------------------------------

def language_test(test: str, ability: str, value: float) -> dict[str, Any]:
    scores = dict(GOOD_SCORES[test])
    scores[ability] = value
    return with_value("language_tests.0", {"test": test, "date": "2026-01-05", **scores})


SCORE_CASES = [
    # test, ability, value, accepted
    ("ielts_general", "listening", 0.0, True),
    ("ielts_general", "reading", 9.0, True),
    ("ielts_general", "writing", 6.5, True),
    ("ielts_general", "speaking", 4.5, True),
    ("ielts_general", "listening", 6.25, False),
    ("ielts_general", "reading", 6.75, False),
    ("ielts_general", "writing", 9.5, False),
    ("ielts_general", "speaking", -0.5, False),
    ("ielts_general", "listening", 10, False),
    ("celpip_general", "listening", 0, True),
    ("celpip_general", "reading", 12, True),
    ("celpip_general", "writing", 13, False),
    ("celpip_general", "speaking", -1, False),
    ("celpip_general", "listening", 7.5, False),
    ("pte_core", "listening", 10, True),
    ("pte_core", "reading", 90, True),
    ("pte_core", "writing", 9, False),
    ("pte_core", "speaking", 91, False),
    ("pte_core", "listening", 0, False),
    ("tef_canada", "listening", 0, True),
    ("tef_canada", "reading", 699, True),
    ("tef_canada", "writing", 699, True),
    ("tef_canada", "speaking", 700, False),
    ("tef_canada", "writing", -1, False),
    ("tcf_canada", "listening", 0, True),
    ("tcf_canada", "listening", 699, True),
    ("tcf_canada", "reading", 700, False),
    ("tcf_canada", "writing", 20, True),
    ("tcf_canada", "speaking", 0, True),
    ("tcf_canada", "writing", 21, False),
    ("tcf_canada", "speaking", 21, False),
    ("tcf_canada", "speaking", -1, False),
    ("ielts_general", "listening", float("nan"), False),
    ("pte_core", "reading", float("inf"), False),
]


@pytest.mark.parametrize(("test", "ability", "value", "accepted"), SCORE_CASES)
def test_score_ranges(test, ability, value, accepted):
    data = language_test(test, ability, value)
    if accepted:
        assert getattr(parse(data).language_tests[0], ability) == value
    else:
        assert_rejected(data, f"language_tests[0].{ability}")


def test_out_of_range_score_message_says_what_is_wrong():
    assert_rejected(language_test("celpip_general", "listening", 13), "language_tests[0].listening", "12")
    assert_rejected(language_test("ielts_general", "writing", 6.25), "language_tests[0].writing", "0.5")


@pytest.mark.parametrize("name", ["toefl", "ielts_academic", "pte_academic", "tef", "IELTS_GENERAL", ""])
def test_unknown_test_name_is_rejected(name):
    data = with_value("language_tests.0.test", name)
    assert_rejected(data, "language_tests[0].test")


def test_spouse_test_scores_are_checked_too():
    data = with_value("spouse.language_test.listening", 13)
    assert_rejected(data, "spouse.language_test.listening")


@pytest.mark.parametrize("ability", ["listening", "reading", "writing", "speaking"])
def test_score_given_as_text_is_rejected(ability):
    assert_rejected(with_value(f"language_tests.0.{ability}", "7.0"), f"language_tests[0].{ability}")


def test_missing_score_is_rejected():
    assert_rejected(without("language_tests.0.speaking"), "language_tests[0].speaking")


# -- jobs ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("hours", "accepted"), [
    (0, True), (0.5, True), (37.5, True), (168, True),
    (-1, False), (-0.5, False), (168.5, False), (200, False), ("forty", False), ("40", False), (None, False),
    (True, False), (float("nan"), False), (float("inf"), False),
])
def test_hours_per_week_range(hours, accepted):
    data = with_value("jobs.0.hours_per_week", hours)
    if accepted:
        assert parse(data).jobs[0].hours_per_week == hours
    else:
        assert_rejected(data, "jobs[0].hours_per_week")


def test_hours_message_names_the_limit():
    assert_rejected(with_value("jobs.0.hours_per_week", 169), "jobs[0].hours_per_week", "168")
    assert_rejected(with_value("jobs.0.hours_per_week", -1), "jobs[0].hours_per_week", "0")


def test_second_job_path_has_its_index():
    data = base()
    data["jobs"].append({"noc": "72410", "start": "2025-01-01", "hours_per_week": 500})
    assert_rejected(data, "jobs[1].hours_per_week")


@pytest.mark.parametrize("noc", ["21232", "00012", "72410", "63200", "64100", "65200", "15999"])
def test_valid_noc_codes(noc):
    assert parse(with_value("jobs.0.noc", noc)).jobs[0].noc == noc


@pytest.mark.parametrize("noc", ["2123", "212320", "2123a", "21 32", " 21232", "", "26232", "27000", "09999",
                                 21232])
def test_bad_noc_codes(noc):
    assert_rejected(with_value("jobs.0.noc", noc), "jobs[0].noc")


def test_noc_with_teer_6_says_why():
    assert_rejected(with_value("jobs.0.noc", "16232"), "jobs[0].noc", "TEER")  # second digit 6


@pytest.mark.parametrize(("teer", "accepted"), [(0, True), (3, True), (5, True), (6, False), (-1, False)])
def test_teer_range(teer, accepted):
    data = with_value("jobs.0", {"teer": teer, "start": "2025-01-01", "hours_per_week": 30})
    if accepted:
        assert parse(data).jobs[0].teer == teer
    else:
        assert_rejected(data, "jobs[0].teer")


def test_noc_and_teer_that_disagree_are_rejected():
    data = with_value("jobs.0.teer", 2)  # NOC 21232 is TEER 1
    assert_rejected(data, "jobs[0].teer")


def test_noc_and_matching_teer_are_accepted():
    assert parse(with_value("jobs.0.teer", 1)).jobs[0].teer == 1


def test_job_needs_noc_or_teer():
    assert_rejected(without("jobs.0.noc"), "jobs[0].noc")


def test_job_needs_start():
    assert_rejected(without("jobs.0.start"), "jobs[0].start")


def test_end_before_start_is_rejected():
    data = with_value("jobs.0.end", "2024-12-31")  # start 2025-01-01
    assert_rejected(data, "jobs[0].end")


def test_end_on_start_is_accepted():
    assert parse(with_value("jobs.0.end", "2025-01-01")).jobs[0].end.isoformat() == "2025-01-01"


@pytest.mark.parametrize("flag", ["in_canada", "paid", "self_employed", "full_time_student", "authorized"])
def test_job_flags_must_be_booleans(flag):
    assert_rejected(with_value(f"jobs.0.{flag}", "yes"), f"jobs[0].{flag}")


# -- unknown fields ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "field"), [
    ("hours", "hours"),
    ("jobs.0.hours", "jobs[0].hours"),
    ("jobs.0.nocc", "jobs[0].nocc"),
    ("language_tests.0.overall", "language_tests[0].overall"),
    ("education.country", "education.country"),
    ("spouse.name", "spouse.name"),
    ("spouse.language_test.overall", "spouse.language_test.overall"),
])
def test_unknown_fields_are_rejected(path, field):
    assert_rejected(with_value(path, 7), field)


# profile-contract.md has no notion of an estimate and makes unknown fields an error: a date or hours said as
# "about" are the conversation's (flows/approximate_dates.py, flows/estimates.py), never a field `assess`
# quietly accepts.
@pytest.mark.parametrize(("path", "field"), [
    ("jobs.0.start_about", "jobs[0].start_about"),
    ("jobs.0.hours_per_week_estimate", "jobs[0].hours_per_week_estimate"),
    ("language_tests.0.date_about", "language_tests[0].date_about"),
])
def test_estimate_marks_are_no_contract_field(path, field):
    assert_rejected(with_value(path, True), field)


# -- age and dates -------------------------------------------------------------------------------------

def test_both_birth_date_and_age_are_rejected():
    data = with_value("age", 32)
    text = message(data)
    assert text.startswith(("age: ", "birth_date: ")), text


def test_neither_birth_date_nor_age_is_rejected_for_profile():
    text = message(without("birth_date"))
    assert text.startswith(("birth_date: ", "age: ")), text


def test_neither_birth_date_nor_age_is_fine_for_screening_profile():
    profile = parse(without("birth_date"), ScreeningProfile)
    assert profile.birth_date is None and profile.age is None


def test_age_alone_is_accepted():
    profile = parse(with_value("age", 32, without("birth_date")))
    assert profile.age == 32


@pytest.mark.parametrize("age", [-1, 121, "32", 32.5])
def test_bad_age_is_rejected(age):
    assert_rejected(with_value("age", age, without("birth_date")), "age")


@pytest.mark.parametrize(("path", "field", "value"), [
    ("as_of", "as_of", "2024-02-30"),
    ("birth_date", "birth_date", "2023-02-29"),
    ("birth_date", "birth_date", "1994-04-31"),
    ("jobs.0.start", "jobs[0].start", "2025-13-01"),
    ("jobs.0.end", "jobs[0].end", "2025-06-31"),
    ("language_tests.0.date", "language_tests[0].date", "2025-02-29"),
    ("language_tests.0.date", "language_tests[0].date", "05/01/2026"),
    ("spouse.language_test.date", "spouse.language_test.date", "2026-00-10"),
])
def test_impossible_dates_are_rejected(path, field, value):
    assert_rejected(with_value(path, value), field)


def test_leap_day_is_a_real_date():
    profile = parse(with_value("birth_date", "1996-02-29"))
    assert profile.birth_date.isoformat() == "1996-02-29"


def test_birth_date_after_as_of_is_rejected():
    assert_rejected(with_value("birth_date", "2027-01-01"), "birth_date")


def test_test_taken_on_as_of_is_accepted():
    assert parse(with_value("language_tests.0.date", "2026-11-27")).language_tests[0].date.isoformat() \
        == "2026-11-27"


def test_test_date_after_as_of_is_rejected_naming_the_date():
    assert_rejected(with_value("language_tests.0.date", "2026-11-28"), "language_tests[0].date")


def test_second_test_after_as_of_names_its_index():
    data = base()
    data["language_tests"].append({"test": "celpip_general", "date": "2027-01-01",
                                   **GOOD_SCORES["celpip_general"]})
    assert_rejected(data, "language_tests[1].date")


def test_spouse_test_after_as_of_names_the_spouse_test():
    assert_rejected(with_value("spouse.language_test.date", "2026-12-01"), "spouse.language_test.date")


# -- other fields --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "value", "field"), [
    ("marital_status", "engaged", "marital_status"),
    ("foreign_work_years", 51, "foreign_work_years"),
    ("foreign_work_years", -1, "foreign_work_years"),
    ("education.level", "phd", "education.level"),
    ("education.canadian_credential", "bachelor", "education.canadian_credential"),
    ("education.eca", "true", "education.eca"),
    ("spouse.education", "phd", "spouse.education"),
    ("spouse.canadian_work_years", -1, "spouse.canadian_work_years"),
    ("intends_to_live_in_quebec", "no", "intends_to_live_in_quebec"),
    ("provincial_nomination", 1, "provincial_nomination"),
    ("jobs", {"noc": "21232"}, "jobs"),
])
def test_other_fields(path, value, field):
    assert_rejected(with_value(path, value), field)


def test_not_json_is_rejected_without_a_traceback():
    text = message("{not json")
    assert text and "Traceback" not in text


def test_message_is_one_short_line():
    text = message(with_value("jobs.0.hours_per_week", 169))
    assert "\n" not in text
    assert len(text) < 200
    assert "errors.pydantic.dev" not in text


@pytest.mark.parametrize(("as_of", "accepted"), [("1950-01-01", True), ("2100-12-31", True),
                                                  ("1949-12-31", False), ("2101-01-01", False),
                                                  ("9999-12-31", False)])
def test_the_application_day_stays_within_dates_the_engine_can_count_from(as_of, accepted):
    data = {**base(), "as_of": as_of, "language_tests": [], "spouse": None, "marital_status": "single",
            "birth_date": "1930-01-01", "jobs": []}
    if accepted:
        assert parse(data).as_of.isoformat() == as_of
    else:
        assert_rejected(data, "as_of", "between 1950-01-01 and 2100-12-31")
