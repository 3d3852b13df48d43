"""The hours ledger and the projection, checked against hand computations from RULES.md section 1.

Conventions (the engine's, consistent with RULES.md): hours accrue per calendar day at hours_per_week / 7;
the 3-year window is [as_of - 3 years, as_of), a job's end date included; at most 30 h a week (30/7 a day)
count, summed over all qualifying jobs, overlapping jobs above the cap sharing the 30 h in proportion.

Here as_of is 2026-11-27, so the window runs from 2023-11-27 to 2026-11-26 (1,096 days: 2024 is a leap
year). Day counts in the comments are inclusive of both ends.
"""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction
from typing import Any

import pytest

from eligibility import Profile, assess

D = dt.date
AS_OF = D(2026, 11, 27)
CELPIP_10 = {"test": "celpip_general", "date": D(2026, 6, 1),
             "listening": 10, "reading": 10, "writing": 10, "speaking": 10}
CELPIP_6 = {**CELPIP_10, "listening": 6, "reading": 6, "writing": 6, "speaking": 6}


def job(start: dt.date, end: dt.date | None, hours: float, noc: str = "21232", **flags: Any) -> dict[str, Any]:
    return {"noc": noc, "start": start, "end": end, "hours_per_week": hours, **flags}


def run(*jobs: dict[str, Any], tests: list[dict] | None = None, as_of: dt.date = AS_OF,
        **extra: Any) -> dict[str, Any]:
    profile = Profile.model_validate({
        "as_of": as_of, "age": 30, "jobs": list(jobs),
        "language_tests": [CELPIP_10] if tests is None else tests, **extra,
    })
    return assess(profile)


def criterion(result: dict[str, Any], cid: str) -> dict[str, Any]:
    return next(c for c in result["criteria"] if c["id"] == cid)


def ledger_job(result: dict[str, Any], index: int) -> dict[str, Any]:
    return next(j for j in result["hours_ledger"]["jobs"] if j["index"] == index)


# -- one job -------------------------------------------------------------------------------------------

def test_single_part_time_job_counts_in_proportion():
    # 2025-01-01..2025-12-31: 365 days at 20/7 h a day.
    result = run(job(D(2025, 1, 1), D(2025, 12, 31), 20))
    assert result["qualifying_hours"] == round(365 * 20 / 7) == 1043
    line = ledger_job(result, 0)
    assert line["counted"] == 1043
    assert line["excluded_because"] is None
    assert "over_30h_week" not in line["not_counted"]


def test_single_job_above_the_cap_counts_30_hours_a_week():
    # 365 days at 45 h/week: 30/7 a day count, 15/7 a day do not.
    result = run(job(D(2025, 1, 1), D(2025, 12, 31), 45))
    assert result["qualifying_hours"] == round(365 * 30 / 7) == 1564
    assert ledger_job(result, 0)["not_counted"]["over_30h_week"] == round(365 * 15 / 7) == 782
    assert result["verdict"] == "eligible"


def test_exactly_30_hours_a_week_for_52_weeks_is_1560_hours():
    # 364 days = 52 weeks at 30 h: exactly 1,560 h, enough.
    result = run(job(D(2025, 1, 1), D(2025, 12, 30), 30))
    assert result["qualifying_hours"] == 1560
    assert criterion(result, "work_experience")["met"] is True
    assert result["verdict"] == "eligible"


def test_one_day_short_of_52_weeks_is_not_enough():
    # 363 days at 30 h: 1,555.7 h.
    result = run(job(D(2025, 1, 1), D(2025, 12, 29), 30))
    assert result["qualifying_hours"] == round(363 * 30 / 7) == 1556
    assert criterion(result, "work_experience")["met"] is False


def test_overtime_never_makes_up_for_missing_weeks():
    # 40 weeks at 60 h/week would be 2,400 h, but only 30 h a week count: 280 days x 30/7 = 1,200.
    result = run(job(D(2025, 1, 1), D(2025, 10, 7), 60))
    assert result["qualifying_hours"] == round(280 * 30 / 7) == 1200
    assert criterion(result, "work_experience")["met"] is False


# -- several jobs --------------------------------------------------------------------------------------

def test_two_overlapping_part_time_jobs_above_the_cap_are_capped_and_shared():
    # Two 20 h jobs over the same 365 days: 40 h/week capped at 30, each keeps 15.
    result = run(job(D(2025, 1, 1), D(2025, 12, 31), 20), job(D(2025, 1, 1), D(2025, 12, 31), 20, noc="21231"))
    assert result["qualifying_hours"] == round(365 * 30 / 7) == 1564
    for index in (0, 1):
        line = ledger_job(result, index)
        assert line["counted"] == round(365 * 15 / 7) == 782
        assert line["not_counted"]["over_30h_week"] == round(365 * 5 / 7) == 261


def test_two_part_time_jobs_below_the_cap_add_up():
    # 15 h + 10 h = 25 h/week over 365 days.
    result = run(job(D(2025, 1, 1), D(2025, 12, 31), 15), job(D(2025, 1, 1), D(2025, 12, 31), 10, noc="21231"))
    assert result["qualifying_hours"] == round(365 * 25 / 7) == 1304
    assert ledger_job(result, 0)["counted"] == round(365 * 15 / 7) == 782
    # 782.14 + 521.43 = 1,303.57, said 1,304: the lines add up to it, the hour rounding lost going to the larger
    # remainder (521.43 -> 522), never 782 + 521 under a total of 1,304
    assert ledger_job(result, 1)["counted"] == math.ceil(365 * 10 / 7) == 522
    assert ledger_job(result, 0)["counted"] + ledger_job(result, 1)["counted"] == result["qualifying_hours"]
    assert all("over_30h_week" not in ledger_job(result, i)["not_counted"] for i in (0, 1))


def test_partly_overlapping_jobs_share_the_cap_only_while_they_overlap():
    # A: 20 h, 2025-01-01..2025-06-30; B: 20 h, 2025-04-01..2025-09-30.
    # A alone 90 days (Jan-Mar), both 91 days (Apr-Jun, 40 h capped to 30, 15 each), B alone 92 days (Jul-Sep).
    result = run(job(D(2025, 1, 1), D(2025, 6, 30), 20), job(D(2025, 4, 1), D(2025, 9, 30), 20, noc="72410"))
    assert result["qualifying_hours"] == round((90 * 20 + 91 * 30 + 92 * 20) / 7) == 910
    assert ledger_job(result, 0)["counted"] == round((90 * 20 + 91 * 15) / 7) == 452
    assert ledger_job(result, 1)["counted"] == round((92 * 20 + 91 * 15) / 7) == 458


def test_full_time_job_and_a_second_job_never_exceed_30_hours():
    # 30 h + 15 h over 365 days: still 30 h a week.
    result = run(job(D(2025, 1, 1), D(2025, 12, 31), 30), job(D(2025, 1, 1), D(2025, 12, 31), 15, noc="21231"))
    assert result["qualifying_hours"] == round(365 * 30 / 7) == 1564
    # Proportional shares: 30 x 30/45 = 20 and 30 x 15/45 = 10 h a week.
    assert ledger_job(result, 0)["counted"] == round(365 * 20 / 7) == 1043
    assert ledger_job(result, 1)["counted"] == round(365 * 10 / 7) == 521


def test_excluded_job_does_not_use_up_the_cap():
    # A self-employed 30 h job alongside a 30 h employee job: the employee job still counts fully.
    result = run(job(D(2025, 1, 1), D(2025, 12, 31), 30),
                 job(D(2025, 1, 1), D(2025, 12, 31), 30, self_employed=True))
    assert result["qualifying_hours"] == round(365 * 30 / 7) == 1564
    assert ledger_job(result, 0)["counted"] == 1564
    assert ledger_job(result, 1)["counted"] == 0


# -- the 3-year window ---------------------------------------------------------------------------------

def test_job_partly_before_the_window():
    # 30 h, 2023-01-01..2024-12-31. Window from 2023-11-27: 2023-11-27..2024-12-31 is 4 + 31 + 366 = 401 days;
    # 2023-01-01..2023-11-26 (330 days) are before it.
    result = run(job(D(2023, 1, 1), D(2024, 12, 31), 30))
    assert result["hours_ledger"]["window_from"] == "2023-11-27"
    assert result["qualifying_hours"] == round(401 * 30 / 7) == 1719
    assert ledger_job(result, 0)["not_counted"]["outside_window"] == round(330 * 30 / 7) == 1414


@pytest.mark.parametrize(("day", "counted"), [
    (D(2023, 11, 26), 0),  # the day before the window
    (D(2023, 11, 27), 1),  # first day of the window: as_of minus 3 years
    (D(2026, 11, 26), 1),  # the last day before the application day
    (D(2026, 11, 27), 0),  # the application day itself is not in the window
])
def test_window_edges(day, counted):
    # A one-day job at 7 h/week accrues exactly 1 h.
    result = run(job(day, day, 7))
    assert result["qualifying_hours"] == counted


def test_whole_window_at_7_hours_a_week():
    # 7 h/week is 1 h a day; the window holds 3 x 365 + 1 (29 February 2024) = 1,096 days.
    result = run(job(D(2020, 1, 1), None, 7))
    assert result["qualifying_hours"] == 1096


def test_hours_after_as_of_do_not_count():
    # Ongoing 30 h job from 2026-01-01: only 2026-01-01..2026-11-26 (330 days) count.
    expected = round(330 * 30 / 7)
    assert run(job(D(2026, 1, 1), None, 30))["qualifying_hours"] == expected == 1414
    assert run(job(D(2026, 1, 1), D(2027, 6, 30), 30))["qualifying_hours"] == expected


def test_job_starting_after_as_of_counts_nothing():
    result = run(job(D(2026, 12, 1), None, 30))
    assert result["qualifying_hours"] == 0
    assert result["required_clb"] is None
    assert result["eligible_on"] is None


def test_planned_application_day_moves_the_window():
    # The same job assessed for a later application day: 30 h, 2025-06-01..2026-05-31.
    j = job(D(2025, 6, 1), D(2026, 5, 31), 30)
    assert run(j)["qualifying_hours"] == round(365 * 30 / 7)
    # For an application on 2028-09-01 the window starts 2025-09-01: 2025-09-01..2026-05-31 = 273 days.
    later = run(j, as_of=D(2028, 9, 1), tests=[{**CELPIP_10, "date": D(2028, 1, 1)}])
    assert later["qualifying_hours"] == round(273 * 30 / 7) == 1170


# -- exclusions ----------------------------------------------------------------------------------------

EXCLUSIONS = [
    ("self_employed", {"self_employed": True}, "21232"),
    ("full_time_student", {"full_time_student": True}, "21232"),
    ("unauthorized", {"authorized": False}, "21232"),
    ("unpaid", {"paid": False}, "21232"),
    ("outside_canada", {"in_canada": False}, "21232"),
    ("teer_4_5", {}, "64100"),  # retail salespersons, TEER 4
    ("teer_4_5", {}, "65200"),  # food servers, TEER 5
]


@pytest.mark.parametrize(("reason", "flags", "noc"), EXCLUSIONS,
                         ids=[f"{reason}-{noc}" for reason, _, noc in EXCLUSIONS])
def test_each_exclusion_counts_zero_and_says_why(reason, flags, noc):
    result = run(job(D(2025, 1, 1), D(2025, 12, 31), 30, noc=noc, **flags))
    assert result["qualifying_hours"] == 0
    assert result["required_clb"] is None
    line = ledger_job(result, 0)
    assert line["counted"] == 0
    assert line["excluded_because"] == reason
    assert line["not_counted"][reason] == round(365 * 30 / 7)
    assert line["explanation"]
    assert criterion(result, "work_experience")["met"] is False
    assert result["verdict"] == "not_eligible"


@pytest.mark.parametrize("teer", [4, 5])
def test_teer_given_directly_is_excluded_too(teer):
    result = run({"teer": teer, "start": D(2025, 1, 1), "end": D(2025, 12, 31), "hours_per_week": 30})
    assert result["qualifying_hours"] == 0
    assert ledger_job(result, 0)["excluded_because"] == "teer_4_5"


@pytest.mark.parametrize(("noc", "required"), [("00012", 7), ("21232", 7), ("72410", 5), ("63200", 5)])
def test_teer_0_to_3_count_and_set_the_level(noc, required):
    result = run(job(D(2025, 1, 1), D(2025, 12, 31), 30, noc=noc))
    assert result["qualifying_hours"] == 1564
    assert result["required_clb"] == required


# -- which language level applies -----------------------------------------------------------------------

def test_teer_1_majority_requires_clb_7():
    # 21232 (TEER 1): 366 days of 2024 at 30 h; 72410 (TEER 2): 181 days of 2025 at 30 h.
    result = run(job(D(2024, 1, 1), D(2024, 12, 31), 30, noc="21232"),
                 job(D(2025, 1, 1), D(2025, 6, 30), 30, noc="72410"))
    assert result["required_clb"] == 7


def test_teer_2_majority_requires_clb_5():
    result = run(job(D(2024, 1, 1), D(2024, 12, 31), 30, noc="72410"),
                 job(D(2025, 1, 1), D(2025, 6, 30), 30, noc="21232"))
    assert result["required_clb"] == 5
    # CLB 6 everywhere meets CLB 5.
    result = run(job(D(2024, 1, 1), D(2024, 12, 31), 30, noc="72410"),
                 job(D(2025, 1, 1), D(2025, 6, 30), 30, noc="21232"), tests=[CELPIP_6])
    assert result["verdict"] == "eligible"


def test_hours_are_grouped_by_occupation_not_by_teer():
    # Two TEER 1 occupations: 21232 182 days (780 h) and 21231 184 days (788.6 h), 1,568.6 h of TEER 1
    # in all; one TEER 3 occupation 63200 with 273 days (1,170 h). The single occupation with the most
    # hours is 63200, so CLB 5 applies (IRPR 87.1(2)(e)).
    result = run(job(D(2024, 1, 1), D(2024, 6, 30), 30, noc="21232"),
                 job(D(2024, 7, 1), D(2024, 12, 31), 30, noc="21231"),
                 job(D(2025, 1, 1), D(2025, 9, 30), 30, noc="63200"))
    assert result["required_clb"] == 5
    assert result["hours_ledger"]["by_occupation"] == {
        "21232": round(182 * 30 / 7), "21231": round(184 * 30 / 7), "63200": round(273 * 30 / 7)}


def test_two_jobs_in_the_same_occupation_add_up():
    # 63200: 91 days (2024 Q1) + 90 days (2025 Q1) = 181 days; 21232: 153 days (2024-06-01..10-31).
    result = run(job(D(2024, 1, 1), D(2024, 3, 31), 30, noc="63200"),
                 job(D(2024, 6, 1), D(2024, 10, 31), 30, noc="21232"),
                 job(D(2025, 1, 1), D(2025, 3, 31), 30, noc="63200"))
    assert result["required_clb"] == 5
    assert result["hours_ledger"]["by_occupation"]["63200"] == round(181 * 30 / 7)


def test_exact_tie_between_teer_1_and_teer_2_requires_clb_7():
    # 306 days each (Mar-Dec 2024 and Mar-Dec 2025) at 30 h.
    result = run(job(D(2024, 3, 1), D(2024, 12, 31), 30, noc="21232"),
                 job(D(2025, 3, 1), D(2025, 12, 31), 30, noc="72410"))
    assert result["hours_ledger"]["by_occupation"] == {"21232": 1311, "72410": 1311}
    assert result["required_clb"] == 7
    assert "language_tie" in {w["id"] for w in result["warnings"]}
    # CLB 6 would meet CLB 5 but not the CLB 7 the tie takes.
    tied = run(job(D(2024, 3, 1), D(2024, 12, 31), 30, noc="21232"),
               job(D(2025, 3, 1), D(2025, 12, 31), 30, noc="72410"), tests=[CELPIP_6])
    assert tied["verdict"] == "not_eligible"
    assert criterion(tied, "language")["met"] is False


def test_tie_from_overlapping_jobs_sharing_the_cap_requires_clb_7():
    # 21232 and 72410 at 20 h each over the same 365 days: 782 h each.
    result = run(job(D(2025, 1, 1), D(2025, 12, 31), 20, noc="21232"),
                 job(D(2025, 1, 1), D(2025, 12, 31), 20, noc="72410"))
    assert result["required_clb"] == 7


def test_a_fraction_of_an_hour_more_is_not_an_exact_tie():
    # 72410 (TEER 2): 115 days at 17.5 h = 2,012.5 / 7 = 287.50 h; 21232 (TEER 1): 67 days at 30 h =
    # 2,010 / 7 = 287.14 h. The TEER 2 occupation has the greater amount of experience, so CLB 5 applies
    # (IRPR 87.1(2)(e)); only an exact tie takes CLB 7 (RULES.md section 1).
    result = run(job(D(2025, 1, 1), D(2025, 4, 25), 17.5, noc="72410"),
                 job(D(2025, 6, 1), D(2025, 8, 6), 30, noc="21232"))
    assert result["required_clb"] == 5


def test_one_more_day_of_teer_2_breaks_the_tie():
    # 307 days of 72410 against 306 of 21232: 4.3 h more in the TEER 2 occupation.
    result = run(job(D(2024, 3, 1), D(2024, 12, 31), 30, noc="21232"),
                 job(D(2025, 2, 28), D(2025, 12, 31), 30, noc="72410"))
    assert result["required_clb"] == 5
    assert "language_tie" not in {w["id"] for w in result["warnings"]}


def test_hours_before_the_window_do_not_decide_the_level():
    # 21232 (TEER 1) from 2020 to 2023-12-31 has only 35 days (150 h) in the window; 72410 (TEER 2) has
    # 2024-06-01..2024-12-31, 214 days (917 h): CLB 5.
    result = run(job(D(2020, 1, 1), D(2023, 12, 31), 30, noc="21232"),
                 job(D(2024, 6, 1), D(2024, 12, 31), 30, noc="72410"))
    assert result["hours_ledger"]["by_occupation"] == {"21232": round(35 * 30 / 7), "72410": round(214 * 30 / 7)}
    assert result["required_clb"] == 5


def test_excluded_hours_do_not_decide_the_level():
    # 2 years of TEER 1 self-employment do not count; the TEER 2 job sets CLB 5.
    result = run(job(D(2024, 1, 1), D(2025, 12, 31), 40, noc="21232", self_employed=True),
                 job(D(2025, 1, 1), D(2025, 12, 31), 30, noc="72410"))
    assert result["required_clb"] == 5


# -- the projection (eligible_on) ------------------------------------------------------------------------

def days_to_1560(hours_per_week: float) -> int:
    """Days of one job, alone and wholly inside the window, to accrue 1,560 h: ceil(1560 / (min(h,30)/7))."""
    return math.ceil(Fraction(1560 * 7) / Fraction(min(hours_per_week, 30)))


@pytest.mark.parametrize(("start", "hours"), [
    (D(2026, 3, 15), 37.5),  # persona s04: 364 days -> 2027-03-14
    (D(2026, 6, 1), 30),
    (D(2026, 6, 1), 25),     # 436.8 -> 437 days
    (D(2026, 6, 1), 20),     # 546 days
    (D(2025, 9, 1), 15),     # 728 days
    (D(2024, 1, 1), 10),     # 1,092 days
    (D(2026, 11, 1), 45),    # capped at 30: 364 days
])
def test_projection_of_an_ongoing_job(start, hours):
    result = run(job(start, None, hours))
    expected = start + dt.timedelta(days=days_to_1560(hours))
    assert result["verdict"] == "not_yet_eligible"
    assert result["eligible_on"] == expected.isoformat()
    assert criterion(result, "work_experience")["met"] is False
    assert criterion(result, "language")["met"] is True


def test_projection_matches_persona_s04_by_hand():
    result = run(job(D(2026, 3, 15), None, 37.5, noc="32101"))
    assert result["eligible_on"] == "2027-03-14"
    assert result["qualifying_hours"] == round(257 * 30 / 7) == 1101


def test_projection_when_old_part_time_hours_leave_while_full_time_work_goes_on():
    # A: 10 h, 2023-01-01..2024-06-30 (old); B: 30 h from 2026-06-01, ongoing.
    # Today: A has 217 days in the window (310 h), B 179 days (767.1 h): 1,077.1 h.
    # On day D the window is [D - 3 y, D). D = 2027-05-16: A 2024-05-16..06-30 = 46 days (65.7 h),
    # B 2026-06-01..2027-05-15 = 349 days (1,495.7 h): 1,561.4 h. D = 2027-05-15: A 47 days, B 348 days:
    # 1,558.6 h, not enough. (Ignoring the hours that leave would give 2027-03-20.)
    result = run(job(D(2023, 1, 1), D(2024, 6, 30), 10, noc="21231"), job(D(2026, 6, 1), None, 30))
    assert result["qualifying_hours"] == round((217 * 10 + 179 * 30) / 7) == 1077
    assert result["verdict"] == "not_yet_eligible"
    assert result["eligible_on"] == "2027-05-16"


def test_projection_when_old_full_time_hours_leave_while_part_time_work_goes_on():
    # A: 30 h, 2023-06-01..2023-12-31, 35 days in the window (150 h); B: 15 h from 2025-06-01, ongoing,
    # 544 days so far (1,165.7 h). A's hours leave faster than B adds them, so 1,560 h are reached by B
    # alone: 728 days from 2025-06-01 = 2027-05-30 (2027-03-21 if A's hours stayed).
    result = run(job(D(2023, 6, 1), D(2023, 12, 31), 30, noc="21231"), job(D(2025, 6, 1), None, 15))
    assert result["qualifying_hours"] == round((35 * 30 + 544 * 15) / 7) == 1316
    assert result["eligible_on"] == "2027-05-30"


def test_no_projection_when_the_job_has_ended():
    # 304 days at 30 h (1,302.9 h), ended before as_of.
    result = run(job(D(2025, 6, 1), D(2026, 3, 31), 30))
    assert result["qualifying_hours"] == round(304 * 30 / 7)
    assert result["eligible_on"] is None
    assert result["verdict"] == "not_eligible"


def test_no_projection_when_part_time_hours_can_never_fill_the_window():
    # 7 h/week is 1 h a day: at most 1,096 h in any 3-year window.
    result = run(job(D(2025, 1, 1), None, 7))
    assert result["eligible_on"] is None
    assert result["verdict"] == "not_eligible"


def test_projection_stops_at_a_planned_end_date():
    # 30 h from 2026-06-01 needs 364 days: the last day needed is 2027-05-30, so the application day is
    # 2027-05-31. A job ending on 2027-05-30 just makes it; one ending on 2027-05-29 never does.
    assert run(job(D(2026, 6, 1), D(2027, 5, 30), 30))["eligible_on"] == "2027-05-31"
    short = run(job(D(2026, 6, 1), D(2027, 5, 29), 30))
    assert short["eligible_on"] is None
    assert short["verdict"] == "not_eligible"


def test_no_projection_from_a_non_qualifying_ongoing_job():
    result = run(job(D(2025, 6, 1), D(2026, 3, 31), 30), job(D(2026, 4, 1), None, 40, self_employed=True))
    assert result["eligible_on"] is None
    assert result["verdict"] == "not_eligible"


def test_not_eligible_when_language_fails_too():
    # Same ongoing TEER 1 job as persona s04, but CLB 6 where CLB 7 is needed.
    result = run(job(D(2026, 3, 15), None, 37.5), tests=[CELPIP_6])
    assert result["verdict"] == "not_eligible"
    assert result["eligible_on"] is None
    assert criterion(result, "work_experience")["met"] is False
    assert criterion(result, "language")["met"] is False


def test_not_eligible_when_hours_are_missing_and_living_in_quebec():
    result = run(job(D(2026, 3, 15), None, 37.5), intends_to_live_in_quebec=True)
    assert result["verdict"] == "not_eligible"
    assert result["eligible_on"] is None


def test_eligible_has_no_projection():
    result = run(job(D(2024, 1, 1), None, 40))
    assert result["verdict"] == "eligible"
    assert result["eligible_on"] is None


# -- full-time studies that ended during a job ------------------------------------------------------------

def test_hours_after_full_time_studies_ended_count_and_those_before_do_not():
    # Studies end 2024-06-30: 2023-11-27..2024-06-30 is 217 days of study in the window (2024 is a leap year),
    # 2024-07-01..2026-11-26 is 879 days that count, at 30/7 h a day.
    result = run(job(D(2023, 1, 1), None, 30, full_time_student_until=D(2024, 6, 30)))
    line = ledger_job(result, 0)
    assert line["counted"] == round(879 * 30 / 7) == result["qualifying_hours"] == 3767
    assert line["not_counted"]["full_time_student"] == round(217 * 30 / 7)
    assert line["excluded_because"] is None
    assert line["explanation"] == ("Job 1, NOC 21232 (TEER 1): 3,767 h count, from the day after your full-time "
                                   "studies ended.")
    assert "930 h worked while a full-time student" in criterion(result, "work_experience")["explanation"]


def test_studies_ending_late_make_a_job_not_yet_eligible_and_the_day_moves_with_them():
    # 30 h a week from the day after studies end: 1,560 h take 364 days, counted before the application day.
    for until in (D(2026, 3, 31), D(2026, 4, 30)):
        result = run(job(D(2024, 9, 1), None, 30, full_time_student_until=until))
        first_day = until + dt.timedelta(days=1)
        assert result["verdict"] == "not_yet_eligible"
        assert result["eligible_on"] == (first_day + dt.timedelta(days=364)).isoformat()


def test_the_same_job_without_the_studies_is_eligible_now():
    assert run(job(D(2024, 9, 1), None, 30))["verdict"] == "eligible"
    assert run(job(D(2024, 9, 1), None, 30, full_time_student=True))["verdict"] == "not_eligible"


def test_studies_ending_on_or_after_the_jobs_last_day_exclude_the_whole_job():
    result = run(job(D(2024, 1, 1), D(2025, 6, 30), 30, full_time_student_until=D(2025, 6, 30)))
    assert ledger_job(result, 0)["excluded_because"] == "full_time_student"
    assert result["qualifying_hours"] == 0


def test_studies_ended_before_the_job_change_nothing():
    plain = run(job(D(2024, 1, 1), None, 30))
    before = run(job(D(2024, 1, 1), None, 30, full_time_student_until=D(2023, 12, 31)))
    assert before["qualifying_hours"] == plain["qualifying_hours"]
    assert before["hours_ledger"]["jobs"][0]["explanation"] == plain["hours_ledger"]["jobs"][0]["explanation"]


def test_an_ongoing_job_still_studied_for_at_the_application_day_counts_nothing_yet_and_says_why():
    result = run(job(D(2025, 1, 1), None, 20, full_time_student_until=D(2027, 4, 30)))
    line = ledger_job(result, 0)
    assert line["counted"] == 0 and line["excluded_because"] is None
    assert line["explanation"] == "Job 1, NOC 21232 (TEER 1): work while a full-time student does not count."
    # The job goes on: it counts from the day after the studies; 1,560 h at 20/7 h a day take 546 days.
    assert result["verdict"] == "not_yet_eligible"
    assert result["eligible_on"] == (D(2027, 5, 1) + dt.timedelta(days=546)).isoformat()


def test_the_study_period_and_the_whole_job_as_a_student_cannot_both_be_given():
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="full_time_student_until"):
        run(job(D(2024, 1, 1), None, 30, full_time_student=True, full_time_student_until=D(2024, 6, 30)))


# -- a job wholly before the 3-year window ----------------------------------------------------------------------

@pytest.mark.parametrize(("end", "crs_years", "said"), [
    # within the CRS's 10 years (from 2016-11-27): nothing for the class, Canadian work for the score (RULES.md 3);
    # 2020-08-31 .. 2023-08-31, 1,096 days x 30/7 = 4,697 h: 3 years
    (D(2023, 8, 31), 3, "all of it before the 3-year window, so none counts for eligibility; it still counts as "
                        "Canadian work experience in the CRS score, which looks back 10 years."),
    (D(2016, 11, 27), 0, "all of it before the 3-year window, so none counts for eligibility; it still counts as "
                         "Canadian work experience in the CRS score, which looks back 10 years."),
    (D(2016, 11, 26), 0, "all of it before the 3-year window, so none counts."),  # the day before: nowhere
])
def test_a_job_before_the_window_says_whether_the_crs_still_counts_it(end: dt.date, crs_years: int,
                                                                      said: str) -> None:
    result = run(job(end.replace(year=end.year - 3), end, 40))
    line = ledger_job(result, 0)
    assert line["counted"] == 0 and result["hours_ledger"]["crs_years"] == crs_years
    assert line["explanation"] == f"Job 1, NOC 21232 (TEER 1): {said}"
