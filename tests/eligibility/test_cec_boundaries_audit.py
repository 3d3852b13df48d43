"""Audit of RULES.md section 1 (CEC eligibility) at its edges, through the command line's JSON contract.

Every expected value below is worked by hand from RULES.md section 1 alone (who is eligible, counting hours,
which language level applies, "not yet"), not read from the engine or its data files. Profiles go in as the
JSON text `cec-screener assess` reads (bot/command_line/assess.py: the same parsing and validation), and two
cases run the real command.

Arithmetic used (RULES.md gives the weekly figures; the day-level reading is the convention the engine's other
tests share, RULES.md being silent on it): a job of h h/week earns h / 7 h per calendar day, at most 30 / 7 h a
day count over all jobs together (30 h/week), and the 3-year window is [application day - 3 years, application
day). Rates of 7, 14 or 28 h/week give whole hours per day (1, 2, 4), so the sums are exact.

AS_OF = 2026-11-27: the window is 2023-11-27 to 2026-11-26, 1,096 days, holding 2024-02-29.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys
from typing import Any

import pytest

from bot.command_line.assess import assess_one

D = dt.date
DAY = dt.timedelta(days=1)
AS_OF = D(2026, 11, 27)
WINDOW_FROM = D(2023, 11, 27)
TEST_DAY = D(2026, 6, 1)  # a CELPIP result valid until 2028-06-01


def days_ago(n: int) -> dt.date:
    return AS_OF - n * DAY


def job(start: dt.date, end: dt.date | None, hours: float, noc: str = "21232", **flags: Any) -> dict[str, Any]:
    return {"noc": noc, "start": start.isoformat(), "end": end.isoformat() if end else None,
            "hours_per_week": hours, **flags}


def last_days(n: int, hours: float, noc: str = "21232", **flags: Any) -> dict[str, Any]:
    """A job of n calendar days ending the day before the application day (its last day in the window)."""
    return job(days_ago(n), days_ago(1), hours, noc, **flags)


def celpip(level: int, taken: dt.date = TEST_DAY) -> dict[str, Any]:
    # CELPIP-General scores 4-10 are CLB 4-10 (RULES.md 2)
    return {"test": "celpip_general", "date": taken.isoformat(), "listening": level, "reading": level,
            "writing": level, "speaking": level}


def profile(jobs: list[dict[str, Any]], *, clb: int = 10, taken: dt.date = TEST_DAY,
            as_of: dt.date = AS_OF, **fields: Any) -> str:
    return json.dumps({"as_of": as_of.isoformat(), "age": 30, "jobs": jobs,
                       "language_tests": [celpip(clb, taken)], **fields})


def run(jobs: list[dict[str, Any]], **kwargs: Any) -> dict[str, Any]:
    return assess_one(profile(jobs, **kwargs), today=kwargs.get("as_of", AS_OF))


def met(result: dict[str, Any]) -> dict[str, bool]:
    return {c["id"]: c["met"] for c in result["criteria"] if c["id"] in ("work_experience", "language", "quebec")}


def verdict_of(result: dict[str, Any]) -> tuple[str, int, str | None]:
    return result["verdict"], result["qualifying_hours"], result["eligible_on"]


ALL_MET = {"work_experience": True, "language": True, "quebec": True}
HOURS_SHORT = {"work_experience": False, "language": True, "quebec": True}
WARNINGS = "warnings"


def warning_ids(result: dict[str, Any]) -> set[str]:
    return {w["id"] for w in result[WARNINGS]}


# == 1,560 h on the application day, and 1 h short ==========================================================

def test_exactly_1560_hours_ending_the_day_before_the_application_day() -> None:
    # 28 h/week = 4 h a day; 390 days x 4 = 1,560 h: eligible on AS_OF itself.
    result = run([last_days(390, 28)])
    assert verdict_of(result) == ("eligible", 1560, None)
    assert met(result) == ALL_MET
    assert result["required_clb"] == 7  # TEER 1 (21232)


def test_one_hour_short_with_every_job_ended_is_not_eligible() -> None:
    # 389 days x 4 h = 1,556 h, plus 3 days at 7 h/week (1 h a day) well inside the window = 1,559 h.
    # No job goes on: no "not yet" day (RULES.md 1: a qualifying job must be ongoing).
    result = run([last_days(389, 28), job(days_ago(402), days_ago(400), 7)])
    assert verdict_of(result) == ("not_eligible", 1559, None)
    assert met(result) == HOURS_SHORT


def test_one_hour_short_with_the_job_going_on_is_eligible_the_next_day() -> None:
    # The same 1,559 h with the 28 h/week job ongoing: applying on AS_OF + 1 the window gains AS_OF's 4 h and
    # loses 2023-11-27 (nothing worked then): 1,563 h >= 1,560, so 2026-11-28.
    result = run([job(days_ago(389), None, 28), job(days_ago(402), days_ago(400), 7)])
    assert verdict_of(result) == ("not_yet_eligible", 1559, "2026-11-28")
    assert met(result) == HOURS_SHORT


@pytest.mark.parametrize(("days", "verdict", "hours"), [(390, "eligible", 1560), (389, "not_eligible", 1556)])
def test_the_real_command_agrees_at_1560_hours(days: int, verdict: str, hours: int) -> None:
    # 28 h/week: 390 days = 1,560 h; 389 days = 1,556 h (the job ended the day before AS_OF).
    command = pathlib.Path(sys.executable).parent / "cec-screener"
    done = subprocess.run([str(command), "assess", "-"], input=profile([last_days(days, 28)]),
                          capture_output=True, text=True, check=False, timeout=120,
                          cwd=pathlib.Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert verdict_of(result) == (verdict, hours, None)
    assert met(result)["work_experience"] is (verdict == "eligible")


# == The 3-year window's first and last day ==================================================================

@pytest.mark.parametrize(("start", "end", "counted"), [
    (D(2023, 11, 20), D(2023, 11, 26), 0),  # ends the day before the window opens: 0 h (7 h outside it)
    (D(2023, 11, 20), D(2023, 11, 27), 1),  # its last day is the window's first: 1 h
    (D(2023, 11, 27), D(2023, 11, 27), 1),  # one day, the window's first: 1 h
    (D(2026, 11, 26), D(2026, 11, 26), 1),  # one day, the window's last (the day before applying): 1 h
    (D(2026, 11, 20), D(2026, 11, 27), 7),  # 20 to 26 count; the application day itself does not
    (D(2026, 11, 27), D(2026, 11, 27), 0),  # only the application day: 0 h
    (D(2024, 2, 29), D(2024, 2, 29), 1),    # the leap day inside the window counts like any day
    (D(2020, 1, 1), D(2026, 12, 31), 1096),  # every day of the window: 365 x 3 + 1 (2024-02-29) = 1,096 h
])
def test_window_edges_at_one_hour_a_day(start: dt.date, end: dt.date, counted: int) -> None:
    # 7 h/week = 1 h a day, so the hours are the days counted in [2023-11-27, 2026-11-27).
    result = run([job(start, end, 7)])
    assert result["qualifying_hours"] == counted
    assert result["hours_ledger"]["window_from"] == WINDOW_FROM.isoformat()
    assert result["verdict"] == "not_eligible"  # 1,096 h at most: never 1,560 from 7 h/week
    assert result["eligible_on"] is None
    assert met(result) == HOURS_SHORT


def test_a_job_starting_on_the_application_day_is_not_yet_eligible_364_days_later() -> None:
    # 30 h/week from AS_OF: 0 h today; the window of day AS_OF + n holds n days x 30/7 h, 1,560 h at n = 364:
    # 2027-11-26 (2026-11-27 + 364 days).
    result = run([job(AS_OF, None, 30)])
    assert verdict_of(result) == ("not_yet_eligible", 0, "2027-11-26")
    assert met(result) == HOURS_SHORT


def test_leap_day_decides_a_window_at_just_under_10_hours_a_week() -> None:
    # 9.97 h/week since 2020, ongoing. Window of AS_OF: 1,096 days x 9.97 / 7 = 1,561.0 h: eligible.
    # Without the leap day it would be 1,095 x 9.97 / 7 = 1,559.6 h.
    result = run([job(D(2020, 1, 1), None, 9.97)])
    assert verdict_of(result) == ("eligible", 1561, None)
    assert met(result) == ALL_MET


def test_leap_day_gives_the_not_yet_day_of_a_window_without_one() -> None:
    # The same job applied for on 2027-11-27: the window [2024-11-27, 2027-11-27) has 1,095 days: 1,559.6 h,
    # written 1,559 (never rounded up to the figure it misses). Each later window holds 1,095 days until that of
    # 2028-03-01 ([2025-03-01, 2028-03-01), 1,096 days with 2028-02-29: 1,561.0 h). The window of 2028-02-29
    # itself starts on 2025-02-28 or 2025-03-01 ("3 years before" a leap day: RULES.md is silent), so the day
    # is one of those two.
    result = run([job(D(2020, 1, 1), None, 9.97)], as_of=D(2027, 11, 27), taken=D(2027, 6, 1))
    assert verdict_of(result)[:2] == ("not_yet_eligible", 1559)
    assert result["eligible_on"] in ("2028-02-29", "2028-03-01")
    assert met(result) == HOURS_SHORT


# == The 30 h/week cap ========================================================================================

@pytest.mark.parametrize(("days", "verdict", "hours"), [(364, "eligible", 1560), (363, "not_eligible", 1556)])
def test_two_concurrent_20_hour_jobs_count_30_hours_a_week(days: int, verdict: str, hours: int) -> None:
    # 40 h/week together, capped at 30: 364 days x 30/7 = 1,560 h; 363 days = 1,555.7 h (uncapped 2,074 h).
    # Each job keeps half of the 30 h: 780 h counted and 260 h over the cap at 364 days.
    result = run([last_days(days, 20), last_days(days, 20, noc="21231")])
    assert verdict_of(result) == (verdict, hours, None)
    assert met(result)["work_experience"] is (verdict == "eligible")
    if days == 364:
        lines = result["hours_ledger"]["jobs"]
        assert [line["counted"] for line in lines] == [780, 780]
        assert [line["not_counted"].get("over_30h_week") for line in lines] == [260, 260]


@pytest.mark.parametrize(("days", "verdict", "hours"), [(364, "eligible", 1560), (363, "not_eligible", 1556)])
def test_one_job_at_45_hours_counts_30_hours_a_week(days: int, verdict: str, hours: int) -> None:
    # 45 h/week capped at 30: 1,560 h take 52 weeks (364 days) whatever the overtime; 363 days = 1,555.7 h.
    result = run([last_days(days, 45)])
    assert verdict_of(result) == (verdict, hours, None)


@pytest.mark.parametrize(("days", "verdict", "hours", "eligible_on"), [
    (728, "eligible", 1560, None),                # 15 h/week x 104 weeks = 1,560 h
    (727, "not_yet_eligible", 1558, "2026-11-28"),  # 727 x 15/7 = 1,557.9 h; one more day (AS_OF) = 1,560 h
])
def test_part_time_15_hours_a_week_over_two_years(days: int, verdict: str, hours: int,
                                                  eligible_on: str | None) -> None:
    result = run([job(days_ago(days), None, 15)])
    assert verdict_of(result) == (verdict, hours, eligible_on)
    assert met(result)["work_experience"] is (verdict == "eligible")


# == TEER 4 and 5 beside TEER 0-3 =============================================================================

@pytest.mark.parametrize(("skilled_hours", "verdict", "hours"), [(30, "eligible", 1560),
                                                                 (20, "not_eligible", 1040)])
def test_teer_4_work_beside_a_skilled_job_neither_counts_nor_uses_the_cap(skilled_hours: int, verdict: str,
                                                                          hours: int) -> None:
    # 364 days of 21232 (TEER 1) beside 364 days of 64100 (retail salesperson, TEER 4) at 40 h/week: only the
    # TEER 1 hours count (30 h/week: 1,560 h; 20 h/week: 1,040 h), and the TEER 4 job does not share the cap.
    result = run([last_days(364, skilled_hours), last_days(364, 40, noc="64100")])
    assert verdict_of(result) == (verdict, hours, None)
    assert result["required_clb"] == 7
    assert [line["excluded_because"] for line in result["hours_ledger"]["jobs"]] == [None, "teer_4_5"]


def test_teer_5_work_alone_counts_nothing() -> None:
    # 65200 (food server, TEER 5), 30 h/week for 364 days: 0 h; no occupation leads, so no level (contract).
    result = run([last_days(364, 30, noc="65200")])
    assert verdict_of(result) == ("not_eligible", 0, None)
    assert result["required_clb"] is None
    assert met(result)["work_experience"] is False


# == Which language level applies ==============================================================================

TEER2_MOST = [job(days_ago(364), days_ago(105), 30, noc="72410"),  # 260 days x 30/7 = 1,114.3 h (TEER 2)
              last_days(104, 30)]                                    # 104 days x 30/7 = 445.7 h (TEER 1)
TEER1_MOST = [job(days_ago(364), days_ago(105), 30),               # 1,114.3 h (TEER 1)
              last_days(104, 30, noc="72410")]                       # 445.7 h (TEER 2)


@pytest.mark.parametrize(("jobs", "clb", "required", "verdict", "language"), [
    (TEER2_MOST, 6, 5, "eligible", True),       # most hours in TEER 2: CLB 5, met by CLB 6
    (TEER1_MOST, 6, 7, "not_eligible", False),  # most hours in TEER 1: CLB 7, CLB 6 falls short
    (TEER1_MOST, 7, 7, "eligible", True),
    (TEER2_MOST, 5, 5, "eligible", True),       # CLB 5 exactly: met
    (TEER2_MOST, 4, 5, "not_eligible", False),
])
def test_level_follows_the_occupation_with_most_hours(jobs: list[dict[str, Any]], clb: int, required: int,
                                                       verdict: str, language: bool) -> None:
    # 1,114.3 + 445.7 = 1,560 h either way (364 days at 30 h/week).
    result = run(jobs, clb=clb)
    assert verdict_of(result) == (verdict, 1560, None)
    assert result["required_clb"] == required
    assert met(result) == {"work_experience": True, "language": language, "quebec": True}


def test_exact_tie_between_teer_1_and_teer_3_requires_clb_7() -> None:
    # 182 days each at 30 h/week: 780 h in 21232 (TEER 1) and 780 h in 63200 (cook, TEER 3); a tie takes CLB 7
    # (RULES.md 1, our careful choice, said to the user): CLB 6 is not enough.
    jobs = [job(days_ago(364), days_ago(183), 30, noc="63200"), last_days(182, 30)]
    result = run(jobs, clb=6)
    assert verdict_of(result) == ("not_eligible", 1560, None)
    assert result["required_clb"] == 7
    assert met(result) == {"work_experience": True, "language": False, "quebec": True}
    assert "language_tie" in warning_ids(result)


@pytest.mark.parametrize(("second_teer2", "required", "verdict"), [
    ("72400", 7, "not_eligible"),  # RULES.md's example: 700 h TEER 1 against 500 h + 400 h in two occupations
    ("72410", 5, "eligible"),      # the same 900 h in one TEER 2 occupation lead: CLB 5
])
def test_hours_are_grouped_by_occupation_not_by_teer(second_teer2: str, required: int, verdict: str) -> None:
    # 28 h/week = 4 h a day: 175 days = 700 h (21232), 125 days = 500 h (72410), 100 days = 400 h; 1,600 h.
    jobs = [job(days_ago(400), days_ago(226), 28),
            job(days_ago(225), days_ago(101), 28, noc="72410"),
            last_days(100, 28, noc=second_teer2)]
    result = run(jobs, clb=6)
    assert verdict_of(result) == (verdict, 1600, None)
    assert result["required_clb"] == required


# == Work that does not count (RULES.md 1, "Does not count") ===================================================

@pytest.mark.parametrize(("flags", "reason"), [
    ({"self_employed": True}, "self_employed"),
    ({"full_time_student": True}, "full_time_student"),
    ({"authorized": False}, "unauthorized"),
    ({"in_canada": False}, "outside_canada"),
    ({"paid": False}, "unpaid"),
])
def test_excluded_work_counts_nothing(flags: dict[str, bool], reason: str) -> None:
    # 364 days at 30 h/week would be 1,560 h; excluded, 0 h count and no occupation sets a level.
    result = run([last_days(364, 30, **flags)])
    assert verdict_of(result) == ("not_eligible", 0, None)
    assert result["required_clb"] is None
    assert met(result)["work_experience"] is False
    line = result["hours_ledger"]["jobs"][0]
    assert line["excluded_because"] == reason
    assert line["not_counted"] == {reason: 1560}


@pytest.mark.parametrize("flags", [{"self_employed": True}, {"full_time_student": True}, {"authorized": False},
                                   {"in_canada": False}])
def test_excluded_ongoing_work_gives_no_not_yet_day(flags: dict[str, bool]) -> None:
    # 1,040 h of qualifying work ended yesterday (20 h/week, 364 days), and an excluded job going on: RULES.md 1
    # asks for an ongoing *qualifying* job, so no day is projected.
    result = run([last_days(364, 20), job(days_ago(30), None, 30, noc="21231", **flags)])
    assert verdict_of(result) == ("not_eligible", 1040, None)


def test_excluded_work_beside_qualifying_work_leaves_it_the_whole_cap() -> None:
    # 30 h/week qualifying and 30 h/week self-employed side work over the same 364 days: 1,560 h count (the
    # self-employed hours are not counted, so they share no cap).
    result = run([last_days(364, 30), last_days(364, 30, noc="21231", self_employed=True)])
    assert verdict_of(result) == ("eligible", 1560, None)


def test_physicians_fee_for_service_self_employment_counts() -> None:
    # RULES.md 1's exception: 31102 (general practitioners), self-employed, publicly funded fee for service.
    result = run([last_days(364, 30, noc="31102", self_employed=True, physician_fee_for_service=True)])
    assert verdict_of(result) == ("eligible", 1560, None)


# == "Not yet": the day 1,560 h are reached ====================================================================

@pytest.mark.parametrize(("end", "verdict", "eligible_on"), [
    (None, "not_yet_eligible", "2027-05-10"),
    # Started AS_OF - 200 (2026-05-11); 364 days of work reach 1,560 h, so the last needed day is
    # 2026-05-11 + 363 = 2027-05-09 and the window of 2027-05-10 holds them all.
    (D(2027, 5, 9), "not_yet_eligible", "2027-05-10"),  # ends on the very last day needed
    (D(2027, 5, 8), "not_eligible", None),              # one day short for ever: 363 days = 1,555.7 h
])
def test_not_yet_day_of_an_ongoing_full_time_job(end: dt.date | None, verdict: str,
                                                   eligible_on: str | None) -> None:
    # 200 days x 30/7 = 857.1 h today; 164 more days make 364: AS_OF + 164 = 2027-05-10.
    result = run([job(days_ago(200), end, 30)])
    assert verdict_of(result) == (verdict, 857, eligible_on)
    assert met(result) == HOURS_SHORT


def test_not_yet_day_when_old_hours_leave_the_window() -> None:
    # Old job 30 h/week from the window's first day for 300 days (2023-11-27 to 2024-09-21): 1,285.7 h; an
    # ongoing 15 h/week job from AS_OF - 100: 214.3 h. Total today 1,500 h. Each later day the window loses 30/7
    # h of the old job and gains 15/7 h: the total falls until the old job has left it (AS_OF + 300); then
    # (100 + k) x 15/7 >= 1,560 at k = 628: 2026-11-27 + 628 days = 2028-08-16.
    result = run([job(WINDOW_FROM, WINDOW_FROM + 299 * DAY, 30), job(days_ago(100), None, 15)])
    assert verdict_of(result) == ("not_yet_eligible", 1500, "2028-08-16")
    assert met(result) == HOURS_SHORT


@pytest.mark.parametrize(("taken", "warning", "valid_today"), [
    # The not-yet day is 2027-05-10 (above). A result expires 2 years after its date.
    (D(2025, 3, 1), "test_expires_before_eligible", True),   # expires 2027-03-01, before the day
    (D(2025, 5, 10), "test_expires_before_eligible", True),  # expires on the day itself: invalid then
    (D(2025, 7, 1), "test_expires_soon", True),              # expires 2027-07-01: within about 4 months after
])
def test_a_test_expiring_before_or_near_the_not_yet_day_is_warned_of(taken: dt.date, warning: str,
                                                                      valid_today: bool) -> None:
    # RULES.md 1 asks for a warning, not another verdict: still "not yet" on the same day.
    result = run([job(days_ago(200), None, 30)], taken=taken)
    assert verdict_of(result) == ("not_yet_eligible", 857, "2027-05-10")
    assert met(result)["language"] is valid_today
    assert warning in warning_ids(result)


def test_a_test_expiring_long_after_the_not_yet_day_gives_no_expiry_warning() -> None:
    # Taken 2026-06-01: expires 2028-06-01, more than a year after 2027-05-10.
    result = run([job(days_ago(200), None, 30)])
    assert not {"test_expires_before_eligible", "test_expires_soon"} & warning_ids(result)


@pytest.mark.parametrize(("taken", "valid"), [(D(2024, 11, 28), True), (D(2024, 11, 27), False)])
def test_the_language_result_is_valid_while_less_than_2_years_old(taken: dt.date, valid: bool) -> None:
    # On AS_OF a result of 2024-11-27 is exactly 2 years old: no longer "less than 2 years old".
    result = run([last_days(364, 30)], taken=taken)
    assert result["verdict"] == ("eligible" if valid else "not_eligible")
    assert met(result) == {"work_experience": True, "language": valid, "quebec": True}


# == Quebec ====================================================================================================

def test_quebec_intent_makes_an_otherwise_eligible_person_not_eligible() -> None:
    result = run([last_days(364, 30)], intends_to_live_in_quebec=True)
    assert verdict_of(result) == ("not_eligible", 1560, None)
    assert met(result) == {"work_experience": True, "language": True, "quebec": False}


def test_quebec_intent_gives_no_not_yet_day() -> None:
    # Hours are not the only unmet criterion: no projection (RULES.md 1 "not yet"; contract).
    result = run([job(days_ago(200), None, 30)], intends_to_live_in_quebec=True)
    assert verdict_of(result) == ("not_eligible", 857, None)
    assert met(result) == {"work_experience": False, "language": True, "quebec": False}


# == More edges of "not yet" and of jobs given by their TEER alone ============================================

def test_a_job_starting_after_the_application_day_is_not_ongoing_work() -> None:
    # Starts AS_OF + 10: nothing in the window and no qualifying job going on today (RULES.md 1 "not yet").
    result = run([job(AS_OF + 10 * DAY, None, 30)])
    assert verdict_of(result) == ("not_eligible", 0, None)


@pytest.mark.parametrize(("hours", "verdict", "eligible_on"), [
    # 10 h/week from AS_OF: 1,560 h need 1,092 days (1,092 x 10/7), which fit in a 1,096-day window: the
    # window of AS_OF + 1,092 = 2029-11-23 holds 2026-11-27 to 2029-11-22, 1,092 days.
    (10, "not_yet_eligible", "2029-11-23"),
    # 9.96 h/week: even a whole 1,096-day window holds 1,096 x 9.96/7 = 1,559.4 h: never.
    (9.96, "not_eligible", None),
])
def test_part_time_from_today_reaches_1560_only_if_one_window_can_hold_it(hours: float, verdict: str,
                                                                          eligible_on: str | None) -> None:
    result = run([job(AS_OF, None, hours)])
    assert verdict_of(result) == (verdict, 0, eligible_on)
    if eligible_on:  # the result of 2026-06-01 expires 2028-06-01, long before: warned of, the verdict kept
        assert "test_expires_before_eligible" in warning_ids(result)


def _by_teer(start: dt.date, end: dt.date, hours: float, teer: int) -> dict[str, Any]:
    return {"teer": teer, "start": start.isoformat(), "end": end.isoformat(), "hours_per_week": hours}


def test_two_jobs_given_by_teer_2_alone_may_be_two_occupations_so_clb_7() -> None:
    # 700 h in 21232 (TEER 1) against 500 h + 400 h in TEER 2 jobs without a code: one occupation (900 h, CLB 5)
    # or two (700 h leads, CLB 7). RULES.md groups by NOC code; unknown codes are read the careful way: CLB 7.
    jobs = [job(days_ago(400), days_ago(226), 28), _by_teer(days_ago(225), days_ago(101), 28, 2),
            _by_teer(days_ago(100), days_ago(1), 28, 2)]
    result = run(jobs, clb=6)
    assert verdict_of(result) == ("not_eligible", 1600, None)
    assert result["required_clb"] == 7
    assert met(result) == {"work_experience": True, "language": False, "quebec": True}


def test_one_teer_1_job_given_alone_against_more_coded_teer_2_hours_is_clb_5() -> None:
    # 700 h of TEER 1 (whatever its code, one occupation) against 900 h in 72410 (TEER 2): CLB 5 either way.
    jobs = [_by_teer(days_ago(400), days_ago(226), 28, 1), job(days_ago(225), days_ago(1), 28, noc="72410")]
    result = run(jobs, clb=6)
    assert verdict_of(result) == ("eligible", 1600, None)
    assert result["required_clb"] == 5


@pytest.mark.xfail(strict=True, reason=(
    "RULES.md 1 projects a 'not yet' day only when hours are the only unmet criterion; it does not say whether "
    "a language level that will fall by that day (another occupation leading then, RULES.md 1 'Which language "
    "level applies') is unmet today. The engine reads it on the application day (CLB 7 today: not eligible, "
    "and it asks for a CLB 7 test that the eventual application would not need)."))
def test_level_that_falls_by_the_not_yet_day() -> None:
    # TEER 1 (21232) 117 days at 30 h/week, ended: 501.4 h; 72410 (TEER 2) ongoing for 100 days: 428.6 h.
    # Today TEER 1 leads: CLB 7, and CLB 6 falls short. The total reaches 1,560 h when 72410 holds 1,058.6 h
    # (247 days: 1,058.6 h), AS_OF + 147 = 2027-04-23, when 72410 leads: CLB 5, which CLB 6 meets.
    result = run([job(days_ago(300), days_ago(184), 30), job(days_ago(100), None, 30, noc="72410")], clb=6)
    assert verdict_of(result) == ("not_yet_eligible", 930, "2027-04-23")


def test_a_teer_1_job_from_today_needs_clb_7_by_its_not_yet_day() -> None:
    # 21232 (TEER 1) at 30 h/week from AS_OF reaches 1,560 h on 2027-11-26 (above); TEER 1 leads then, so
    # CLB 7 applies on that day and CLB 6 never meets it: not eligible, no day. (Which level today's 0 h call
    # for, RULES.md does not say: the language flag is not checked here.)
    result = run([job(AS_OF, None, 30)], clb=6)
    assert verdict_of(result) == ("not_eligible", 0, None)
    assert result["required_clb"] is None  # no qualifying hours today (the contract)
    assert met(result)["work_experience"] is False
    assert "language_level_rises" in warning_ids(result)
