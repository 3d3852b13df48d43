"""The numbers behind the charts, checked against hand-computed cases from the rules (RULES.md section 1, 4)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest

from eligibility import Profile
from eligibility.charts_data import CEC, FRENCH, PNP, crs_chart, crs_chart_for, hours_timeline, window_hours
from eligibility.hours import build_ledger, projected_eligible_on
from eligibility.tables import rounds

D = dt.date
AS_OF = D(2026, 11, 27)
FULL = 30 / 7  # hours a day at the 30 h/week cap
IELTS_9 = {"test": "ielts_general", "date": "2025-06-01", "listening": 8.0, "reading": 7.0, "writing": 7.0,
           "speaking": 7.0}


def profile(*jobs: dict[str, Any], tests: list[dict[str, Any]] | None = None, **more: Any) -> Profile:
    return Profile.model_validate({"as_of": AS_OF.isoformat(), "age": 29, "jobs": list(jobs),
                                   "language_tests": [IELTS_9] if tests is None else tests, **more}, strict=False)


def job(start: str, end: str | None, hours: float, noc: str = "21232", **flags: Any) -> dict[str, Any]:
    return {"noc": noc, "start": start, "end": end, "hours_per_week": hours, **flags}


# -- the hours timeline -----------------------------------------------------------------------------------------
def test_the_readme_person_crossed_1560_hours_after_52_weeks_at_the_cap() -> None:
    timeline = hours_timeline(profile(job("2025-09-01", None, 40)))
    # 2025-09-01 to 2026-11-26: 452 days at 30 h a week (40 declared, 10 above the cap).
    assert timeline.hours_now == pytest.approx(452 * FULL)
    assert timeline.start == D(2025, 9, 1)  # the first job; later than the window's first day, 2023-11-27
    # 364 days at 30/7 h are exactly 1,560 h: the window before 2026-08-31 holds 2025-09-01 to 2026-08-30.
    assert timeline.crossed_on == D(2026, 8, 31) and not timeline.projected
    assert timeline.value_on(D(2026, 8, 30)) < 1560 <= timeline.value_on(D(2026, 8, 31))
    assert timeline.test_expires == D(2027, 6, 1)  # 2 years after the test
    assert timeline.end == D(2027, 7, 1)  # a month past the last day it marks (the expiry)
    # One straight line from 0 to the last day: 668 days at the cap.
    assert timeline.points == ((D(2025, 9, 1), 0.0), (D(2027, 7, 1), pytest.approx(668 * FULL)))
    assert timeline.excluded == () and not timeline.expires_too_soon


def test_not_yet_eligible_projects_the_day_and_warns_of_a_test_expiring_too_close() -> None:
    person = profile(job("2026-03-02", None, 30))
    timeline = hours_timeline(person)
    assert timeline.hours_now == pytest.approx(270 * FULL)  # 2026-03-02 to 2026-11-26
    assert timeline.crossed_on == D(2027, 3, 1) and timeline.projected  # 364 days after the start
    assert timeline.crossed_on == projected_eligible_on(person)  # the verdict's own projection
    # The test expires on 2027-06-01, 92 days after: less than the 122 days an invitation and 60 days may take.
    assert timeline.test_expires == D(2027, 6, 1) and timeline.expires_too_soon
    assert timeline.end == D(2027, 7, 1)


def test_overlapping_jobs_count_at_most_30_hours_a_week_together() -> None:
    person = profile(job("2025-01-06", None, 20), job("2025-07-07", "2025-12-28", 20, noc="72410"))
    timeline = hours_timeline(person)
    # Job 1: 690 days at 20/7 h (2025-01-06 to 2026-11-26). Job 2 runs 175 days beside it: together 40 h a
    # week, so only 10 more count.
    expected = 690 * 20 / 7 + 175 * 10 / 7
    assert timeline.hours_now == pytest.approx(expected)
    assert timeline.hours_now == pytest.approx(build_ledger(person).total)


def test_old_hours_leave_the_moving_window() -> None:
    timeline = hours_timeline(profile(job("2021-01-04", "2023-12-31", 40)))
    assert timeline.start == D(2023, 11, 27)  # the job began before the 3-year window: the window's first day
    assert timeline.value_on(D(2023, 11, 27)) == pytest.approx(1057 * FULL)  # 2021-01-04 to 2023-11-26
    assert timeline.value_on(D(2024, 1, 1)) == pytest.approx(1092 * FULL)  # the whole job, to 2023-12-31
    assert timeline.value_on(D(2026, 1, 1)) == pytest.approx(365 * FULL)  # only 2023 is left in the window
    assert timeline.hours_now == pytest.approx(35 * FULL)  # 2023-11-27 to 2023-12-31
    # No job goes on: the line was crossed before the period shown and is not crossed again.
    assert timeline.crossed_on is None and not timeline.projected


def test_excluded_periods_by_reason_are_clipped_to_the_period_shown() -> None:
    person = profile(job("2022-01-10", "2024-04-30", 20, noc="63200", full_time_student=True),
                     job("2024-06-01", None, 40, self_employed=True),
                     job("2025-03-01", None, 25, noc="72410"),
                     job("2025-05-01", "2025-08-31", 15, noc="65200"))
    timeline = hours_timeline(person)
    assert timeline.start == D(2023, 11, 27)
    reasons = [(p.job, p.reason, p.start, p.end) for p in timeline.excluded]
    assert reasons == [(1, "full_time_student", D(2023, 11, 27), D(2024, 4, 30)),
                       (2, "self_employed", D(2024, 6, 1), timeline.end),
                       (4, "teer_4_5", D(2025, 5, 1), D(2025, 8, 31))]
    assert timeline.hours_now == pytest.approx(636 * 25 / 7)  # only job 3 counts: 2025-03-01 to 2026-11-26


def test_a_job_kept_after_full_time_studies_shows_only_the_studies_as_excluded() -> None:
    timeline = hours_timeline(profile(job("2024-09-01", None, 30, full_time_student_until="2025-04-30")))
    assert [(p.job, p.reason, p.start, p.end) for p in timeline.excluded] == [
        (1, "full_time_student", D(2024, 9, 1), D(2025, 4, 30))]
    # 2025-05-01 to 2026-11-26: 575 days at the cap; 1,560 h were reached 364 days after 2025-05-01.
    assert timeline.hours_now == pytest.approx(575 * FULL)
    assert timeline.crossed_on == D(2025, 5, 1) + dt.timedelta(days=364)
    assert timeline.value_on(D(2025, 5, 1)) == 0


def test_no_valid_test_and_no_job() -> None:
    timeline = hours_timeline(profile(tests=[]))
    assert timeline.test_expires is None and timeline.crossed_on is None and timeline.hours_now == 0
    assert timeline.start == AS_OF - dt.timedelta(days=90) and timeline.end == AS_OF + dt.timedelta(days=90)
    assert all(value == 0 for _, value in timeline.points)


def test_the_as_dict_is_json_ready_and_rounds_hours_to_hundredths() -> None:
    data = hours_timeline(profile(job("2025-09-01", None, 40))).as_dict()
    assert data["points"] == [["2025-09-01", 0.0], ["2027-07-01", 2862.86]]
    assert data["crossed_on"] == "2026-08-31" and data["hours_now"] == 1937.14 and data["required"] == 1560


@pytest.mark.parametrize("seed", range(25))
def test_the_corners_give_the_window_on_every_day_and_agree_with_the_verdict(seed: int) -> None:
    rng = random.Random(seed)
    jobs = []
    for _ in range(rng.randint(1, 4)):
        start = AS_OF - dt.timedelta(days=rng.randint(30, 2500))
        end = None if rng.random() < 0.4 else start + dt.timedelta(days=rng.randint(0, 900))
        hours = rng.choice([10, 20, 25, 30, 37.5, 45])
        jobs.append(job(start.isoformat(), end.isoformat() if end else None, hours,
                        noc=rng.choice(["21232", "72410", "63200", "65200"]),
                        full_time_student=rng.random() < 0.15, self_employed=rng.random() < 0.1))
    person = profile(*jobs)
    timeline = hours_timeline(person)
    spans_total = build_ledger(person).total
    assert timeline.hours_now == pytest.approx(spans_total, abs=1e-6)
    from eligibility.hours import current_spans

    spans = current_spans(person)
    day = timeline.start
    while day <= timeline.end:
        assert timeline.value_on(day) == pytest.approx(window_hours(spans, day), abs=1e-6), day
        day += dt.timedelta(days=1)
    if timeline.projected:
        assert timeline.crossed_on == projected_eligible_on(person)
    elif spans_total < 1560 - 1e-6:
        assert timeline.crossed_on is None


# -- the CRS against recent rounds ------------------------------------------------------------------------------
ROUNDS = [
    {"date": "2025-11-27", "program": CEC, "invitations": 1000, "lowest_crs": 400},  # 12 months before: out
    {"date": "2025-11-28", "program": CEC, "invitations": 2000, "lowest_crs": 520},
    {"date": "2026-03-03", "program": CEC, "invitations": 4000, "lowest_crs": 470},
    {"date": "2026-06-23", "program": CEC, "invitations": 4000, "lowest_crs": 471},
    {"date": "2026-08-17", "program": PNP, "invitations": 442, "lowest_crs": 760},
    {"date": "2026-08-19", "program": FRENCH, "invitations": 5000, "lowest_crs": 382},
    {"date": "2026-11-27", "program": CEC, "invitations": 1000, "lowest_crs": 523},  # on the day: in
    {"date": "2026-12-01", "program": CEC, "invitations": 1000, "lowest_crs": 300},  # after it: out
    {"date": "2026-05-01", "program": "healthcare", "invitations": 500, "lowest_crs": 450},  # not modelled
]


def test_cec_rounds_of_the_last_12_months_and_how_many_a_score_would_have_met() -> None:
    chart = crs_chart(ROUNDS, AS_OF, 470, with_plan=521)
    assert [(r.date, r.lowest_crs) for r in chart.rounds] == [
        (D(2025, 11, 28), 520), (D(2026, 3, 3), 470), (D(2026, 6, 23), 471), (D(2026, 11, 27), 523)]
    assert chart.start == D(2025, 11, 27) and chart.cec_rounds == 4
    assert chart.invited == 1  # 470 meets only the cut-off of 470 (at or above it)
    assert chart.invited_with_plan == 3  # 521 meets 520, 470 and 471
    assert chart.latest_cec is not None and chart.latest_cec.lowest_crs == 523
    assert chart.bands == ()


def test_french_and_nominee_rounds_only_when_they_concern_the_person() -> None:
    french = crs_chart(ROUNDS, AS_OF, 470, french=True)
    assert {r.program for r in french.rounds} == {CEC, FRENCH}
    both = crs_chart(ROUNDS, AS_OF, 1070, french=True, nominee=True)
    assert {r.program for r in both.rounds} == {CEC, FRENCH, PNP}
    assert both.invited == 4  # only CEC rounds are counted


def test_a_range_stands_in_for_a_program_whose_rounds_are_not_listed() -> None:
    ranges = {FRENCH: {"year": 2026, "lowest": 382, "highest": 420}, PNP: {"year": 2026, "lowest": 708,
                                                                          "highest": 805}}
    cec_only = [r for r in ROUNDS if r["program"] == CEC]
    chart = crs_chart(cec_only, AS_OF, 470, french=True, ranges=ranges)
    assert [(b.program, b.start, b.end, b.lowest, b.highest) for b in chart.bands] == [
        (FRENCH, D(2026, 1, 1), AS_OF, 382, 420)]  # the year, cut at the day; PNP does not concern this person
    listed = crs_chart(ROUNDS, AS_OF, 470, french=True, ranges=ranges)
    assert listed.bands == ()  # the rounds themselves are listed: no range


def test_the_chart_of_a_profile_uses_the_same_score_as_the_verdict() -> None:
    from eligibility import assess

    person = Profile.model_validate({
        "as_of": "2026-11-27", "birth_date": "1997-03-10", "jobs": [job("2025-09-01", None, 40)],
        "foreign_work_years": 2, "language_tests": [IELTS_9],
        "education": {"level": "bachelor", "in_canada": False, "eca": True}}, strict=False)
    chart = crs_chart_for(person)
    assert chart is not None and chart.score == 470 == assess(person)["crs"]["total"]  # RULES.md's worked example
    shipped = [r for r in rounds()["rounds"] if r["program"] == CEC
               and D(2025, 11, 27) < D.fromisoformat(r["date"]) <= AS_OF]
    assert chart.cec_rounds == len(shipped)
    assert chart.invited == sum(1 for r in shipped if r["lowest_crs"] <= 470)
    no_age = Profile.model_construct(**{**person.__dict__, "birth_date": None, "age": None})
    assert crs_chart_for(no_age) is None
