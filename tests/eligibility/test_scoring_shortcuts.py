"""The plan's shortcuts (issue 20) give the very numbers of the long way: work years per day, totals alone,
paths scored from their steps (the batch command: tests/eligibility/test_cli.py)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligibility import Profile, assess
from eligibility.crs import Scorer
from eligibility.crs import score as crs_score
from eligibility.hours import QualifyingWork, build_ledger
from eligibility.improvements import improvements, known
from eligibility.language import convert
from eligibility.merge_patch import merge_patch
from eligibility.paths import paths
from eligibility.profile import LanguageTest
from eligibility.rounds import seed

from .test_improvements import TODAY, _generator
from .test_properties import profiles

GENERATED = [Profile.model_validate_json(raw) for raw in _generator().generate(400, 2020)]


def _days(profile: Profile) -> list[dt.date]:
    """Days around every edge a job or a window can have, and a spread of others up to six years on."""
    days = {profile.as_of + dt.timedelta(days=n) for n in range(0, 6 * 366, 37)}
    for job in profile.jobs:
        for edge in (job.start, job.end):
            if edge is not None:
                for years in (0, 3, 10):
                    for shift in (-1, 0, 1):
                        day = edge + dt.timedelta(days=shift)
                        try:
                            days.add(day.replace(year=day.year + years))
                        except ValueError:  # 29 February
                            days.add(day + dt.timedelta(days=1))
    return sorted(day for day in days if profile.as_of <= day < dt.date(2040, 1, 1))


def test_work_years_on_any_day_are_those_of_the_ledger_built_on_that_day() -> None:
    checked = 0
    for profile in GENERATED:
        work = QualifyingWork(profile)
        for day in _days(profile):
            assert work.years_on(day) == build_ledger(profile.model_copy(update={"as_of": day})).crs_years, (
                day, profile.model_dump_json())
            checked += 1
    assert checked > 20_000


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles(), st.integers(min_value=0, max_value=2000))
def test_work_years_match_the_ledger_on_drawn_profiles(data: dict[str, Any], ahead: int) -> None:
    profile = Profile.model_validate(data)
    day = profile.as_of + dt.timedelta(days=ahead)
    assert QualifyingWork(profile).years_on(day) == build_ledger(
        profile.model_copy(update={"as_of": day})).crs_years


def test_a_total_alone_is_the_total_of_the_full_score_for_every_new_result_the_plan_tries() -> None:
    compared = 0
    for profile in GENERATED:
        if not profile.has_age:
            continue
        years = build_ledger(profile).crs_years
        scorer = Scorer(profile, years)
        results = [convert(t, i) for i, t in enumerate(profile.language_tests)]
        assert scorer.total(results) == scorer.score(results).total == crs_score(profile, results, years).total
        for item in improvements(profile, TODAY):
            for index, test in enumerate(item.change.get("language_tests", [])[len(results):], len(results)):
                new = convert(LanguageTest.model_validate(test, strict=False), index)
                both = [*results, new]
                assert scorer.total(both) == crs_score(profile, both, years).total
                compared += 1
    assert compared > 500


def test_every_path_scored_from_its_steps_is_the_score_of_its_combined_patch() -> None:
    rounds, checked = seed(), 0
    for profile in GENERATED[:250]:
        plan = improvements(profile, TODAY)
        data = json.loads(profile.model_dump_json())
        for path in paths(profile, plan, rounds):
            again = assess(Profile.model_validate_json(json.dumps(merge_patch(data, path.change))), "en")
            assert again["crs"]["total"] == path.crs_after, (path.steps, data)
            checked += 1
    assert checked > 1_000


def test_the_plan_and_paths_from_the_verdicts_own_reading_are_those_made_from_the_profile_alone() -> None:
    """assess hands the plan and the paths the results, work years and score it already made (improvements.known):
    the very items and paths they find on their own, also when a test is required first."""
    rounds, compared = seed(), 0
    for number, profile in enumerate(GENERATED[:300]):
        if not profile.has_age:
            continue
        results = [convert(t, i) for i, t in enumerate(profile.language_tests)]
        verdict = known(profile, results, build_ledger(profile).crs_years)
        assert verdict.crs == crs_score(profile, results, verdict.years)
        required = (None, 7, 9)[number % 3]
        alone = improvements(profile, TODAY, required)
        shared = improvements(profile, TODAY, required, work=QualifyingWork(profile), verdict=verdict)
        assert shared == alone
        found = paths(profile, shared, rounds, work=QualifyingWork(profile), verdict=verdict)
        assert found == paths(profile, alone, rounds)
        compared += len(alone) + len(found)
    assert compared > 2_000
