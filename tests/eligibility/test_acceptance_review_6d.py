"""Acceptance review 6d: the plan ("How can I raise my score?"), the charts' data and facts and the reminders,
checked against the verdict for people who meet today's engine changes: studies that ended during a job
(`full_time_student_until`), the language level that applies on the projected day, jobs given by TEER alone,
a foreign credential with its ECA beside a Canadian one, and 1,559.7 h.

Every figure is worked out by hand from RULES.md (shared/reference/RULES.md) in the comments. Each plan item's
`change` is applied to the profile (RFC 7386) and the result assessed again: it must score `crs_after`.
Hours accrue at hours_per_week / 7 a day, at most 30/7 = 4.2857 h a day; 1,560 h = 364 days at 30 h a week.
The window of an application made on day D is [D - 3 years, D). Single people throughout (the "without spouse"
column). IELTS GT 8/7/7/7 = CLB 9 in each (31 points each), 5.5/5/5.5/5.5 = CLB 6 (9 each); CELPIP 7 = CLB 7
(17 each); TEF Canada 434/434/428/456 = NCLC 7 (17 each).
"""

from __future__ import annotations

from typing import Any

import pytest

from eligibility import Profile, assess
from eligibility.charts_data import crs_chart_for, hours_timeline, plan_total
from eligibility.merge_patch import merge_patch
from eligibility.reminders import schedule
from flows.chart_replies import caption, chart_photo, facts
from flows.reminders import reminder_message

CLB9 = {"test": "ielts_general", "date": "2026-01-10", "listening": 8, "reading": 7, "writing": 7, "speaking": 7}
CLB6 = {"test": "ielts_general", "date": "2026-01-10", "listening": 5.5, "reading": 5, "writing": 5.5,
        "speaking": 5.5}
TEF7 = {"test": "tef_canada", "date": "2026-03-02", "listening": 434, "reading": 434, "writing": 428,
        "speaking": 456}


def job(noc: str, start: str, end: str | None = None, hours: float = 30, **more: Any) -> dict[str, Any]:
    return {"noc": noc, "start": start, "end": end, "hours_per_week": hours, **more}


def verdict(raw: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """The verdict with its plan; every plan item re-assessed with its change must score what it says."""
    profile = Profile.model_validate(raw, strict=False)
    result = assess(profile, lang, with_improvements=True)
    total = result["crs"]["total"]
    for item in result["improvements"]:
        changed = Profile.model_validate(merge_patch(raw, item["change"]), strict=False)
        assert assess(changed)["crs"]["total"] == item["crs_after"], item["id"]
        assert item["gain"] == item["crs_after"] - total, item["id"]
    # The CRS chart shows the verdict's score, and the plan's best step as the plan has it.
    chart = crs_chart_for(profile, with_plan=plan_total(profile))
    assert chart is not None and chart.score == total
    steps = [i["crs_after"] for i in result["improvements"] if i["kind"] == "step" and i["gain"] > 0]
    assert chart.with_plan == max(steps, default=None)
    return result


def plan(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in result["improvements"]}


def timeline(raw: dict[str, Any]) -> dict[str, Any]:
    return hours_timeline(Profile.model_validate(raw, strict=False)).as_dict()


def hours_photo(raw: dict[str, Any], lang: str) -> dict[str, Any]:
    photo = chart_photo("hours", Profile.model_validate(raw, strict=False), lang)
    assert photo is not None
    return photo


def reminders(raw: dict[str, Any], result: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(kind, due, event) of the reminders of someone who turns them on the day of the verdict."""
    profile = Profile.model_validate(raw, strict=False)
    return [(r.kind, r.due.isoformat(), r.event.isoformat())
            for r in schedule(profile, result, profile.as_of, profile.as_of)]


def warning_ids(result: dict[str, Any]) -> list[str]:
    return [w["id"] for w in result["warnings"]]


# -- (a) studies that ended during a job -----------------------------------------------------------------------
# Developer 21232 (TEER 1) 40 h from 2025-01-01, full-time studies until 2025-12-31; application 2026-12-01.
# Counted: 2026-01-01..2026-11-30 = 334 days x 30/7 = 1,431.4 h (40 h capped at 30). 1,560 h = 364 days from
# 2026-01-01: an application on 2026-12-31. CLB 9 meets CLB 7: not yet eligible, on 2026-12-31.
# CRS: age 29 (born 1997-05-05) 110, Canadian bachelor's 120, CLB 9 4 x 31 = 124, no Canadian year: core 354;
# education x language (bachelor's, CLB 9+) 25; Canadian 3-year credential 30: 409. On 2026-12-31 one year:
# +40 and education x Canadian work 13: 462 (+53).
P1 = {"as_of": "2026-12-01", "birth_date": "1997-05-05",
      "jobs": [job("21232", "2025-01-01", hours=40, full_time_student_until="2025-12-31")],
      "language_tests": [CLB9],
      "education": {"level": "bachelor", "in_canada": True, "canadian_credential": "three_year_plus"}}


def test_p01_job_kept_after_graduating_plan_chart_and_reminder_agree_on_december_31() -> None:
    result = verdict(P1)
    assert (result["verdict"], result["qualifying_hours"], result["eligible_on"]) == \
        ("not_yet_eligible", 1431, "2026-12-31")
    assert result["crs"]["total"] == 409
    items = plan(result)
    assert (items["work_year_1"]["when"], items["work_year_1"]["crs_after"]) == ("2026-12-31", 462)
    assert "eca" not in items  # a Canadian credential needs no ECA
    chart = timeline(P1)
    assert (chart["crossed_on"], chart["projected"]) == ("2026-12-31", True)
    assert chart["excluded"] == [{"job": 1, "reason": "full_time_student", "start": "2025-01-01",
                                  "end": "2025-12-31", "said_start": "2025-01-01", "said_end": "2025-12-31"}]
    assert ("eligible", "2026-12-31", "2026-12-31") in reminders(P1, result)


# Developer 21232 at 20 h from 2025-09-01, full-time studies until 2027-04-30 (still studying on the application
# day 2026-11-27): nothing counts yet. From 2027-05-01 at 20/7 h a day, 1,560 h take 546 days: 2027-05-01 + 366
# (2028 is a leap year) = 2028-05-01, + 180 = 2028-10-28. The level then: TEER 1 leads, CLB 7, met by NCLC 7
# (TEF 2026-03-02, expires 2028-03-02, before that day: the warning). CRS: age 26 (born 2000-02-29) 110, no
# education, NCLC 7 first 68, French bonus (English untested) 25: 203. On 2028-10-28 one year (+40), the test
# renewed at the same scores: 243. A second year: 3,120 h = 1,092 days from 2027-05-01 = 2030-04-27.
P2 = {"as_of": "2026-11-27", "birth_date": "2000-02-29",
      "jobs": [job("21232", "2025-09-01", hours=20, full_time_student_until="2027-04-30")],
      "language_tests": [TEF7]}


def test_p02_studies_ending_after_the_application_day_in_french() -> None:
    result = verdict(P2, "fr")
    assert (result["verdict"], result["qualifying_hours"], result["eligible_on"]) == \
        ("not_yet_eligible", 0, "2028-10-28")
    assert "test_expires_before_eligible" in warning_ids(result)
    assert result["crs"]["total"] == 203
    items = plan(result)
    assert (items["work_year_1"]["when"], items["work_year_1"]["crs_after"]) == ("2028-10-28", 243)
    assert items["work_year_2"]["when"] == "2030-04-27"
    chart = timeline(P2)
    assert (chart["crossed_on"], chart["expires_too_soon"]) == ("2028-10-28", True)
    assert chart["excluded"] == [{"job": 1, "reason": "full_time_student", "start": "2025-09-01",
                                  "end": "2027-04-30", "said_start": "2025-09-01", "said_end": "2027-04-30"}]
    said = facts(hours_photo(P2, "fr"))
    assert "Ne compte pas : emploi 1, travail pendant des études à temps plein, du 1er septembre 2025 au " \
        "30 avril 2027." in said


def test_p03_the_eligible_day_reminder_does_not_say_an_expired_test_meets_the_language_requirement() -> None:
    result = verdict(P2, "fr")
    profile = Profile.model_validate(P2, strict=False)
    for reminder in schedule(profile, result, profile.as_of, profile.as_of):
        if reminder.kind == "eligible":
            text = reminder_message(reminder, "fr", reminder.due).text
            assert "et la langue" not in text or "expir" in text


# Mechanic 72410 (TEER 2) 25 h 2024-01-15..2026-03-31, studies until 2025-04-30: 2025-05-01..2026-03-31 = 335 days
# x 25/7 = 1,196.4 h; then 72410 30 h from 2026-04-01: to 2026-11-26, 240 days x 30/7 = 1,028.6 h. 2,225 h, one
# occupation, TEER 2: CLB 5, met by NCLC 7: eligible. Crossed: 363.6 h more after 2026-03-31 take 85 days, an
# application on 2026-06-25. CRS: age 27 110, NCLC 7 68, one year 40, French bonus 25: 243. Two years (3,120 h)
# need 894.9 h more = 209 days: 2027-06-24, 53 instead of 40: 256.
P4 = {"as_of": "2026-11-27", "age": 27,
      "jobs": [job("72410", "2024-01-15", "2026-03-31", 25, full_time_student_until="2025-04-30"),
               job("72410", "2026-04-01")],
      "language_tests": [TEF7]}


def test_p04_a_job_after_graduating_then_another_same_occupation() -> None:
    result = verdict(P4)
    assert (result["verdict"], result["qualifying_hours"], result["required_clb"]) == ("eligible", 2225, 5)
    assert result["crs"]["total"] == 243
    assert (plan(result)["work_year_2"]["when"], plan(result)["work_year_2"]["crs_after"]) == ("2027-06-24", 256)
    chart = timeline(P4)
    assert (chart["crossed_on"], chart["projected"]) == ("2026-06-25", False)
    assert chart["excluded"] == [{"job": 1, "reason": "full_time_student", "start": "2024-01-15",
                                  "end": "2025-04-30", "said_start": "2024-01-15", "said_end": "2025-04-30"}]
    assert [kind for kind, _, _ in reminders(P4, result)] == ["yearly", "test_90", "test_30"]


# -- (b) the language level on the projected day -----------------------------------------------------------------
# Cook 63200 (TEER 3) 2026-01-01..06-30: 181 days = 775.7 h; developer 21232 from 2026-07-01: 149 days = 638.6 h.
# 1,414.3 h, the cook leads: CLB 5, met by CLB 6. 1,560 h on 2026-12-31 (34 more days), when the developer has
# 183 days = 784.3 h and leads for good: CLB 7, unmet: not eligible. CRS: age 31 99, CLB 6 36: 135. The CLB 7
# retake: 4 x 17 = 68 instead of 36: 167.
P5 = {"as_of": "2026-11-27", "birth_date": "1995-03-03",
      "jobs": [job("63200", "2026-01-01", "2026-06-30"), job("21232", "2026-07-01")], "language_tests": [CLB6]}


def test_p05_level_rises_the_plan_offers_the_retake_and_no_eligible_day_is_reminded() -> None:
    result = verdict(P5)
    assert (result["verdict"], result["required_clb"], result["eligible_on"]) == ("not_eligible", 5, None)
    assert "language_level_rises" in warning_ids(result)
    assert "language_test" in [step["id"] for step in result["next_steps"]]
    assert result["crs"]["total"] == 135
    assert plan(result)["retake_all_clb7"]["crs_after"] == 167
    assert "eligible" not in [kind for kind, _, _ in reminders(P5, result)]
    chart = timeline(P5)  # the hours line itself is crossed on 2026-12-31
    assert (chart["crossed_on"], chart["projected"]) == ("2026-12-31", True)


# Review 6c's profile: cook 63200 30 h 2023-09-01..12-31, developer 21232 30 h 2024-02-01..03-31, then cook 15 h
# from 2026-02-10 and developer 15 h from 2026-04-20. Today (2026-11-27) 1,502.1 h, cook leads: CLB 5. 1,560 h on
# 2027-01-15, developer leads (CLB 7 unmet); the developer's 2024 days leave the window and the cook leads again
# from 2027-02-27 (worked in tests/e2e/test_acceptance_review_6c.py): the reminder is for 2027-02-27.
# CRS: 99 + 36 + one year (10-year window: 1,502.1 + cook 2023-09-01..11-26, 87 days = 372.9 h) 40 = 175.
P6_JOBS = [job("63200", "2023-09-01", "2023-12-31"), job("21232", "2024-02-01", "2024-03-31"),
           job("63200", "2026-02-10", hours=15), job("21232", "2026-04-20", hours=15)]
P6 = {"as_of": "2026-11-27", "birth_date": "1995-03-03", "jobs": P6_JOBS, "language_tests": [CLB6]}


def test_p06_level_rises_then_falls_the_reminder_is_the_day_every_criterion_is_met() -> None:
    result = verdict(P6)
    assert (result["verdict"], result["eligible_on"]) == ("not_yet_eligible", "2027-02-27")
    assert "language_level_rises_then_falls" in warning_ids(result)
    assert result["crs"]["total"] == 175
    assert ("eligible", "2027-02-27", "2027-02-27") in reminders(P6, result)
    assert timeline(P6)["crossed_on"] == "2027-01-15"  # the hours line, crossed before the level allows


# The same person with CLB 6 taken 2025-06-01: it expires 2027-06-01. The verdict judges it on the day every
# criterion is met, 2027-02-27: 2027-06-01 is within 122 days (2027-06-29): test_expires_soon. The chart's flag
# (expires "before, or less than 4 months after" the day 1,560 h are reached) is judged on 2027-01-15 instead:
# 137 days, no flag, and its facts stay silent on what the verdict warns of.
P7 = {**P6, "language_tests": [{**CLB6, "date": "2025-06-01"}]}


def test_p07_rise_then_fall_the_verdict_warns_of_the_test_expiry() -> None:
    result = verdict(P7, "fr")
    assert "test_expires_soon" in warning_ids(result)
    assert [r for r in reminders(P7, result) if r[0] == "test_90"] == [("test_90", "2027-03-03", "2027-06-01")]


def test_p07b_rise_then_fall_the_hours_chart_flags_the_test_expiry_as_the_verdict_does() -> None:
    assert timeline(P7)["expires_too_soon"] is True


# Two results: CLB 6 (2026-01-10, valid to 2028-01-10) and CLB 9 (2024-12-15, expires 2026-12-15). Jobs of P5:
# today CLB 5 applies, met by both. On 2026-12-31, when 1,560 h are reached, the developer leads: CLB 7 applies,
# and the only result at CLB 7 expired on 2026-12-15 (RULES.md 2: valid on the day one applies). The verdict
# promises 2026-12-31 (and reminds it) without a word on the level or the expiry.
P8 = {**P5, "language_tests": [CLB6, {**CLB9, "date": "2024-12-15"}]}


def test_p08_a_clb7_result_that_expires_before_the_projected_day_does_not_meet_the_level_then() -> None:
    result = verdict(P8)
    assert {"language_level_rises", "test_expires_before_eligible"} & set(warning_ids(result))


def test_p08b_with_two_results_the_crs_counts_the_valid_clb9() -> None:
    result = verdict(P8)  # CRS: 99 + CLB 9 124 = 223 (the best valid result in English today)
    assert result["crs"]["total"] == 223


# -- (c) jobs given by TEER alone --------------------------------------------------------------------------------
# A TEER 1 job given by TEER alone 2025-06-01..12-31 (214 days = 917.1 h), mechanic 72410 from 2026-01-01
# (330 days = 1,414.3 h), developer 21232 2024-11-01..2025-04-21 (172 days = 737.1 h). The TEER 1 job may be
# 21232 itself: 917.1 + 737.1 = 1,654.3 >= 1,414.3: CLB 7 (teer_only), met by CELPIP 7 (2025-02-01, expires
# 2027-02-01). The reminders rest on that result, not on the CLB 5 one: test_30 on 2027-01-02 (test_90 was due
# 2026-11-03, before they were turned on). CRS: age 33 88, CLB 7 68, one year (3,068.6 h) 40: 196. A second
# year: 51.4 h more = 12 days: 2026-12-09, 209.
CELPIP7 = {"test": "celpip_general", "date": "2025-02-01", "listening": 7, "reading": 7, "writing": 7,
           "speaking": 7}
CELPIP5 = {**CELPIP7, "date": "2026-06-01", "listening": 5, "reading": 5, "writing": 5, "speaking": 5}
P9_JOBS = [{"teer": 1, "start": "2025-06-01", "end": "2025-12-31", "hours_per_week": 30},
           job("72410", "2026-01-01"), job("21232", "2024-11-01", "2025-04-21")]
P9 = {"as_of": "2026-11-27", "age": 33, "jobs": P9_JOBS, "language_tests": [CELPIP7, CELPIP5]}


def test_p09_teer_only_makes_clb7_apply_and_the_reminders_follow_the_clb7_result() -> None:
    result = verdict(P9)
    assert (result["verdict"], result["required_clb"], result["qualifying_hours"]) == ("eligible", 7, 3069)
    assert result["crs"]["total"] == 196
    assert (plan(result)["work_year_2"]["when"], plan(result)["work_year_2"]["crs_after"]) == ("2026-12-09", 209)
    assert reminders(P9, result) == [("test_30", "2027-01-02", "2027-02-01")]


# Without the 21232 job: TEER 1 917.1 h at most (one occupation), against 72410's 1,414.3 h: CLB 5, met by the
# CELPIP 5 that expires last (2028-06-01), which the reminders follow. In French.
P10 = {**P9, "jobs": P9_JOBS[:2]}


def test_p10_teer_only_that_cannot_lead_keeps_clb5_in_french() -> None:
    result = verdict(P10, "fr")
    assert (result["verdict"], result["required_clb"]) == ("eligible", 5)
    assert ("test_90", "2028-03-03", "2028-06-01") in reminders(P10, result)


# -- (d) a foreign credential and a Canadian one -----------------------------------------------------------------
# Developer 21232 40 h from 2025-09-01: 452 days x 30/7 = 1,937.1 h, one year. IELTS CLB 9 of 2025-06-01. Age 29.
# Base: 110 + 124 + 40 = 274 before education.
def educated(**education: Any) -> dict[str, Any]:
    return {"as_of": "2026-11-27", "age": 29, "jobs": [job("21232", "2025-09-01", hours=40)],
            "language_tests": [{**CLB9, "date": "2025-06-01"}], "education": {"in_canada": False, **education}}


def test_p11_foreign_bachelor_without_eca_beside_a_canadian_diploma_the_eca_makes_two_credentials_fr() -> None:
    # Now the Canadian one-year program counts: 90; short row 25 + 13 = 38; Canadian credential 15: 417. With the
    # ECA: two or more (one of 3+ years) 128; long row 50 + 25, capped 50; 15: 274 + 128 + 50 + 15 = 467 (+50).
    raw = educated(level="bachelor", canadian_credential="one_or_two_year")
    result = verdict(raw, "fr")
    assert result["crs"]["total"] == 417
    assert "education_canadian_counted" in warning_ids(result)
    assert (plan(result)["eca"]["crs_after"], plan(result)["eca"]["gain"]) == (467, 50)


def test_p12_foreign_bachelor_with_eca_and_a_canadian_diploma_already_two_credentials() -> None:
    raw = educated(level="bachelor", eca=True, canadian_credential="one_or_two_year")
    result = verdict(raw)
    assert result["crs"]["total"] == 467  # as p11 after the ECA
    assert "education_two_credentials" in warning_ids(result)
    assert "eca" not in plan(result)


def test_p13_foreign_two_year_diploma_and_a_canadian_one_are_not_two_credentials() -> None:
    # Neither is of 3 years or more (RULES.md 3): with the ECA the higher, two-year 98; short row 38; 15:
    # 274 + 98 + 38 + 15 = 425, against 274 + 90 + 38 + 15 = 417 now: +8.
    raw = educated(level="two_year", canadian_credential="one_or_two_year")
    result = verdict(raw)
    assert result["crs"]["total"] == 417
    assert (plan(result)["eca"]["crs_after"], plan(result)["eca"]["gain"]) == (425, 8)


def test_p14_foreign_master_without_eca_beside_a_canadian_bachelor() -> None:
    # Now the Canadian 3-year credential: bachelor's 120; short row 38; 30: 274 + 120 + 38 + 30 = 462. With the
    # ECA the master's (135) is above "two or more" (128): long row 50 + 25 capped 50: 274 + 135 + 50 + 30 = 489.
    raw = educated(level="master", canadian_credential="three_year_plus")
    result = verdict(raw)
    assert result["crs"]["total"] == 462
    assert (plan(result)["eca"]["crs_after"], plan(result)["eca"]["gain"]) == (489, 27)


# -- (e) 1,559.7 h ------------------------------------------------------------------------------------------------
# 21232 at 29.995 h from 2025-11-28: 364 days x 29.995/7 = 1,559.74 h on 2026-11-27: written 1,559, not yet;
# 1,560 h on 2026-11-28. CRS: age 30 105 + CLB 9 124 = 229; one year on 2026-11-28: 269.
P15 = {"as_of": "2026-11-27", "age": 30, "jobs": [job("21232", "2025-11-28", hours=29.995)],
       "language_tests": [CLB9]}


def test_p15_just_under_1560_the_plan_and_reminder_say_tomorrow() -> None:
    result = verdict(P15)
    assert (result["verdict"], result["qualifying_hours"], result["eligible_on"]) == \
        ("not_yet_eligible", 1559, "2026-11-28")
    assert (plan(result)["work_year_1"]["when"], plan(result)["work_year_1"]["crs_after"]) == ("2026-11-28", 269)
    assert ("eligible", "2026-11-28", "2026-11-28") in reminders(P15, result)


@pytest.mark.parametrize(("lang", "written", "wrong"), [("en", "1,559", "1,560 on"), ("fr", "1 559", "1 560 le")])
def test_p15b_the_hours_chart_writes_1559_as_the_verdict_does(lang: str, written: str, wrong: str) -> None:
    photo = hours_photo(P15, lang)
    assert written in caption(photo) and wrong not in caption(photo)
    assert written in facts(photo)[0]


# -- the plan's age warning and the reminders on a 29 February birthday ----------------------------------------
# Born 1996-02-29: 30 on 2026-11-27 (105). ScreeningProfile.age_on and the reminders count 31 from 2027-03-01
# (2027 has no 29 February): age points 105 -> 99. Developer 21232 from 2024-01-01: 3 years (4,680 h = 1,092
# days) on 2026-12-28. Now: 105 + 124 + two years 53 = 282; on 2027-03-01: 99 + 124 + 64 = 287 (+5).
P16 = {"as_of": "2026-11-27", "birth_date": "1996-02-29", "jobs": [job("21232", "2024-01-01")],
       "language_tests": [CLB9]}


def test_p16_the_birthday_reminder_is_the_day_before_1_march() -> None:
    result = verdict(P16)
    assert result["crs"]["total"] == 282
    assert ("birthday", "2027-02-28", "2027-03-01") in reminders(P16, result)


def test_p16b_the_plans_age_warning_is_on_1_march_as_the_reminder() -> None:
    item = plan(verdict(P16))["age_band"]
    assert (item["when"], item["crs_after"]) == ("2027-03-01", 287)
    assert "from 105 to 99" in item["text"]


# -- more of (a) and (c) ------------------------------------------------------------------------------------------
# Mechanic 72410 (TEER 2) 30 h from 2025-05-01, full-time studies until the application day 2026-11-27: nothing
# counts yet; from 2026-11-28, 364 days: 2027-11-27. CLB 5 (CELPIP 5, 2026-06-01) meets CLB 5 (TEER 2 only).
# CRS: age 24 110 + CLB 5 4 x 6 = 24: 134; one year: 174.
CELPIP5_ONLY = [CELPIP5]
P17 = {"as_of": "2026-11-27", "age": 24, "language_tests": CELPIP5_ONLY,
       "jobs": [job("72410", "2025-05-01", full_time_student_until="2026-11-27")]}


def test_p17_studies_ending_on_the_application_day_count_from_the_next() -> None:
    result = verdict(P17)
    assert (result["verdict"], result["qualifying_hours"], result["eligible_on"]) == \
        ("not_yet_eligible", 0, "2027-11-27")
    assert (plan(result)["work_year_1"]["when"], plan(result)["work_year_1"]["crs_after"]) == ("2027-11-27", 174)
    chart = timeline(P17)
    assert chart["crossed_on"] == "2027-11-27"
    assert chart["excluded"] == [{"job": 1, "reason": "full_time_student", "start": "2025-05-01",
                                  "end": "2026-11-27", "said_start": "2025-05-01", "said_end": "2026-11-27"}]
    assert ("eligible", "2027-11-27", "2027-11-27") in reminders(P17, result)


# 72410 at 20 h 2024-09-01..2025-04-30, studies until its last day: nothing of it counts. 72410 at 30 h from
# 2025-05-01: 575 days to 2026-11-26 = 2,464.3 h: eligible, reached on an application of 2026-04-30 (364 days).
# CRS 174 (as p17 with one year); two years (3,120 h = 728 days): 2027-04-29, 53: 187. In French.
P18 = {"as_of": "2026-11-27", "age": 24, "language_tests": CELPIP5_ONLY,
       "jobs": [job("72410", "2024-09-01", "2025-04-30", 20, full_time_student_until="2025-04-30"),
                job("72410", "2025-05-01")]}


def test_p18_studies_until_the_last_day_of_a_job_exclude_all_of_it_in_french() -> None:
    result = verdict(P18, "fr")
    assert (result["verdict"], result["qualifying_hours"], result["crs"]["total"]) == ("eligible", 2464, 174)
    assert (plan(result)["work_year_2"]["when"], plan(result)["work_year_2"]["crs_after"]) == ("2027-04-29", 187)
    chart = timeline(P18)
    assert (chart["crossed_on"], chart["projected"]) == ("2026-04-30", False)
    assert chart["excluded"] == [{"job": 1, "reason": "full_time_student", "start": "2024-09-01",
                                  "end": "2025-04-30", "said_start": "2024-09-01", "said_end": "2025-04-30"}]


# 72410 2026-01-01..06-30 (775.7 h), then a TEER 1 job given by TEER alone from 2026-07-01 (638.6 h today):
# CLB 5 today, met by CELPIP 5. On 2026-12-31 the TEER 1 job has 784.3 h and leads: CLB 7, unmet for good: not
# eligible, the warning names "TEER 1", the next steps link the tests, and no eligible day is reminded.
P19 = {"as_of": "2026-11-27", "age": 24, "language_tests": CELPIP5_ONLY,
       "jobs": [job("72410", "2026-01-01", "2026-06-30"),
                {"teer": 1, "start": "2026-07-01", "hours_per_week": 30}]}


def test_p19_a_teer_only_job_that_takes_the_lead_by_the_projected_day() -> None:
    result = verdict(P19)
    assert (result["verdict"], result["required_clb"], result["eligible_on"]) == ("not_eligible", 5, None)
    rises = next(w for w in result["warnings"] if w["id"] == "language_level_rises")
    assert "On December 31, 2026" in rises["text"] and "TEER 1" in rises["text"]
    assert "language_test" in [step["id"] for step in result["next_steps"]]
    assert (plan(result)["work_year_1"]["when"], plan(result)["work_year_1"]["crs_after"]) == ("2026-12-31", 174)
    assert "eligible" not in [kind for kind, _, _ in reminders(P19, result)]
