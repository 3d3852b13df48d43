"""Properties that must hold for any profile (hypothesis)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligibility import Profile, assess

ABILITIES = ("listening", "reading", "writing", "speaking")
AS_OF = dt.date(2026, 11, 27)
WINDOW_FROM = dt.date(2023, 11, 27)
DAYS_IN_WINDOW = (AS_OF - WINDOW_FROM).days  # 1,096
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Score grids of the contract: (low, high, step) per test and ability.
SCORE_RANGES = {
    "ielts_general": {a: (0, 9, 0.5) for a in ABILITIES},
    "celpip_general": {a: (0, 12, 1) for a in ABILITIES},
    "pte_core": {a: (10, 90, 1) for a in ABILITIES},
    "tef_canada": {a: (0, 699, 1) for a in ABILITIES},
    "tcf_canada": {"listening": (0, 699, 1), "reading": (0, 699, 1), "writing": (0, 20, 1),
                   "speaking": (0, 20, 1)},
}
NOCS = ["00012", "21232", "21231", "72410", "32101", "63200", "64100", "65200"]
LEVELS = ["less_than_secondary", "secondary", "one_year", "two_year", "bachelor", "two_or_more", "master",
          "doctoral"]


def score(test: str, ability: str) -> st.SearchStrategy[float]:
    low, high, step = SCORE_RANGES[test][ability]
    return st.integers(0, int((high - low) / step)).map(lambda n: low + n * step)


@st.composite
def language_tests(draw: st.DrawFn, as_of: dt.date = AS_OF) -> dict[str, Any]:
    test = draw(st.sampled_from(sorted(SCORE_RANGES)))
    date = draw(st.dates(as_of - dt.timedelta(days=1000), as_of))
    return {"test": test, "date": date, **{a: draw(score(test, a)) for a in ABILITIES}}


@st.composite
def jobs(draw: st.DrawFn, qualifying: bool = False) -> dict[str, Any]:
    start = draw(st.dates(dt.date(2014, 1, 1), dt.date(2027, 6, 1)))
    end = draw(st.none() | st.dates(start, dt.date(2028, 1, 1)))
    job: dict[str, Any] = {
        "noc": draw(st.sampled_from(NOCS[:6] if qualifying else NOCS)),
        "start": start, "end": end,
        "hours_per_week": draw(st.integers(0, 336).map(lambda n: n / 2)),
    }
    if not qualifying:
        for flag, default in (("in_canada", True), ("paid", True), ("self_employed", False),
                              ("full_time_student", False), ("authorized", True)):
            job[flag] = draw(st.sampled_from([default, default, default, not default]))
    return job


@st.composite
def profiles(draw: st.DrawFn) -> dict[str, Any]:
    status = draw(st.sampled_from(["single", "married", "common_law", "divorced"]))
    spouse = None
    if status in ("married", "common_law") and draw(st.booleans()):
        spouse = {"canadian_citizen_or_pr": draw(st.booleans()), "accompanying": draw(st.booleans()),
                  "education": draw(st.sampled_from(LEVELS)),
                  "language_test": draw(st.none() | language_tests()),
                  "canadian_work_years": draw(st.integers(0, 12))}
    education = draw(st.none() | st.fixed_dictionaries({
        "level": st.sampled_from(LEVELS), "in_canada": st.booleans(), "eca": st.booleans(),
        "canadian_credential": st.sampled_from(["none", "one_or_two_year", "three_year_plus"])}))
    return {
        "as_of": AS_OF, "age": draw(st.integers(15, 70)), "marital_status": status, "spouse": spouse,
        "jobs": draw(st.lists(jobs(), max_size=4)),
        "foreign_work_years": draw(st.integers(0, 12)),
        "language_tests": draw(st.lists(language_tests(), max_size=3)),
        "education": education,
        "certificate_of_qualification": draw(st.booleans()),
        "provincial_nomination": draw(st.booleans()),
        "sibling_in_canada": draw(st.booleans()),
        "intends_to_live_in_quebec": draw(st.booleans()),
    }


def run(data: dict[str, Any]) -> dict[str, Any]:
    return assess(Profile.model_validate(data))


@FAST
@given(profiles())
def test_crs_parts_add_up_and_stay_within_1200(data):
    crs = run(data)["crs"]
    parts = crs["core"] + crs["spouse"] + crs["transferability"] + crs["additional"]
    assert crs["total"] == parts
    assert 0 <= crs["total"] <= 1200
    assert 0 <= crs["spouse"] <= 40
    assert 0 <= crs["transferability"] <= 100
    assert 0 <= crs["additional"] <= 600


@FAST
@given(profiles())
def test_qualifying_hours_never_exceed_30_hours_a_week_of_the_window(data):
    result = run(data)
    assert 0 <= result["qualifying_hours"] <= 30 / 7 * DAYS_IN_WINDOW + 0.5
    assert result["verdict"] in ("eligible", "not_yet_eligible", "not_eligible")
    assert (result["eligible_on"] is not None) == (result["verdict"] == "not_yet_eligible")


@FAST
@given(st.lists(jobs(), min_size=1, max_size=4), st.data())
def test_more_hours_per_week_never_lower_qualifying_hours(job_list, data):
    index = data.draw(st.integers(0, len(job_list) - 1))
    extra = data.draw(st.integers(1, 100).map(lambda n: n / 2))
    before = run({"as_of": AS_OF, "age": 30, "jobs": job_list})
    more = [dict(j) for j in job_list]
    more[index]["hours_per_week"] = min(168, more[index]["hours_per_week"] + extra)
    after = run({"as_of": AS_OF, "age": 30, "jobs": more})
    assert after["qualifying_hours"] >= before["qualifying_hours"]


@FAST
@given(st.lists(jobs(), max_size=4), jobs(qualifying=True))
def test_an_extra_qualifying_job_never_lowers_qualifying_hours(job_list, extra):
    before = run({"as_of": AS_OF, "age": 30, "jobs": job_list})
    after = run({"as_of": AS_OF, "age": 30, "jobs": [*job_list, extra]})
    assert after["qualifying_hours"] >= before["qualifying_hours"]
    assert after["crs"]["core"] >= before["crs"]["core"]


@st.composite
def score_pairs(draw: st.DrawFn) -> tuple[str, str, float, float]:
    test = draw(st.sampled_from(sorted(SCORE_RANGES)))
    ability = draw(st.sampled_from(ABILITIES))
    a, b = draw(score(test, ability)), draw(score(test, ability))
    return test, ability, min(a, b), max(a, b)


def clb(test: str, ability: str, value: float) -> int:
    scores = {a: SCORE_RANGES[test][a][0] for a in ABILITIES}
    scores[ability] = value
    data = {"as_of": AS_OF, "age": 30,
            "language_tests": [{"test": test, "date": dt.date(2026, 1, 1), **scores}]}
    return run(data)["language_results"][0]["clb"][ability]


@settings(max_examples=200, deadline=None)
@given(score_pairs())
def test_a_better_score_never_lowers_the_clb(pair):
    test, ability, lower, higher = pair
    low_level, high_level = clb(test, ability, lower), clb(test, ability, higher)
    assert low_level <= high_level
    assert 0 <= low_level <= 10 and 0 <= high_level <= 10


@st.composite
def recent_jobs(draw: st.DrawFn) -> dict[str, Any]:
    """Jobs already started, most of them qualifying and recent, many still going on."""
    start = draw(st.dates(dt.date(2023, 1, 1), AS_OF))
    end = draw(st.none() | st.none() | st.dates(start, dt.date(2030, 1, 1)))
    return {"noc": draw(st.sampled_from([*NOCS[:6], "65200"])), "start": start, "end": end,
            "hours_per_week": draw(st.integers(0, 80).map(lambda n: n / 2)),
            "self_employed": draw(st.sampled_from([False, False, False, True]))}


@settings(max_examples=200, deadline=None)
@given(st.lists(recent_jobs(), min_size=1, max_size=3))
def test_the_projected_day_is_the_first_day_with_1560_hours(started):
    """Re-assessed on eligible_on, the work criterion is met; on the day before (if after as_of), it is not."""
    celpip = {"test": "celpip_general", "date": AS_OF - dt.timedelta(days=10),
              **dict.fromkeys(ABILITIES, 10)}

    def work_met(as_of: dt.date) -> bool:
        result = run({"as_of": as_of, "age": 30, "jobs": started, "language_tests": [celpip]})
        return next(c for c in result["criteria"] if c["id"] == "work_experience")["met"]

    result = run({"as_of": AS_OF, "age": 30, "jobs": started, "language_tests": [celpip]})
    if result["eligible_on"] is None:
        return
    day = dt.date.fromisoformat(result["eligible_on"])
    assert day > AS_OF
    assert work_met(day)
    if day - dt.timedelta(days=1) > AS_OF:
        assert not work_met(day - dt.timedelta(days=1))


@FAST
@given(st.lists(jobs(qualifying=True), min_size=1, max_size=3), st.data())
def test_studies_ended_during_a_job_equal_the_job_cut_in_two(job_list, data):
    """A job with `full_time_student_until` counts as its student days (full_time_student) and the rest as two
    jobs: the same hours, verdict, day and CRS years."""
    index = data.draw(st.integers(0, len(job_list) - 1))
    job = job_list[index]
    last = job["end"] or dt.date(2028, 1, 1)
    # Up to the day before the application day: the second part then starts by that day, as a job must to be
    # projected (a job held during studies that end later is projected from the day after them, see
    # test_hours_ledger).
    last = min(last, AS_OF)
    until = data.draw(st.dates(job["start"], last - dt.timedelta(days=1))) if last > job["start"] else None
    if until is None:
        return
    cut = [*job_list[:index], {**job, "end": until, "full_time_student": True},
           {**job, "start": until + dt.timedelta(days=1)}, *job_list[index + 1:]]
    marked = [*job_list[:index], {**job, "full_time_student_until": until}, *job_list[index + 1:]]
    celpip = {"test": "celpip_general", "date": AS_OF - dt.timedelta(days=10), **dict.fromkeys(ABILITIES, 10)}
    results = [run({"as_of": AS_OF, "age": 30, "jobs": js, "language_tests": [celpip]}) for js in (cut, marked)]
    for key in ("verdict", "eligible_on", "qualifying_hours"):
        assert results[0][key] == results[1][key], key
    assert results[0]["hours_ledger"]["crs_years"] == results[1]["hours_ledger"]["crs_years"]
