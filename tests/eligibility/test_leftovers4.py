"""Leftovers 4, the engine: a job ending as planned (a contract or a work permit ending after the application day)
that stops the hours short of 1,560 h. The chat worked out the day they would have been reached had the job gone
on (flows/results.py); `cec-screener assess` said only how many hours were missing. The engine now says it for
both (eligibility/assess.py, planned_ends). Figures by hand from RULES.md 1: at most 30 h a week count, an ongoing
or later-ending job counts its days up to the day before the application day; 1,560 h at 30 h a week take 364 days.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from eligibility.assess import assess
from eligibility.profile import Profile

CELPIP = [{"test": "celpip_general", "date": "2026-01-16", "listening": 9, "reading": 8, "writing": 8,
           "speaking": 9}]


def _profile(*jobs: dict[str, Any]) -> Profile:
    return Profile.model_validate({"as_of": "2026-11-27", "birth_date": "1993-03-29", "marital_status": "single",
                                   "jobs": list(jobs), "language_tests": CELPIP})


def _job(start: str, end: str, hours: float) -> dict[str, Any]:
    return {"noc": "21232", "start": start, "end": end, "hours_per_week": hours}


def _assess(profile: Profile, lang: str = "en") -> dict[str, Any]:
    return json.loads(json.dumps(assess(profile, lang, with_improvements=True, today=profile.as_of)))


# 30 h a week from 2026-09-06: 82 days to 2026-11-26, 351 h; going on, 364 days reach 1,560 h on 2027-09-05; the
# contract ends 2027-06-18, before it (tests/flows/test_coherence_round4.py, PLANNED_SHORT_CLI).
CONTRACT = {"noc": "10948", "start": "2026-09-06", "end": "2027-06-18", "hours_per_week": 30.0}


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Job 1 is planned to end on June 18, 2027, before you have enough hours: had it gone on, you would "
           "have reached them on September 5, 2027."),
    ("fr", "L'emploi 1 doit se terminer le 18 juin 2027, avant que vous ayez assez d'heures : s'il avait "
           "continué, vous les auriez atteintes le 5 septembre 2027."),
])
def test_a_contract_ending_short_gives_the_day_it_would_have_been(lang: str, said: str) -> None:
    result = _assess(_profile(CONTRACT), lang)
    assert (result["verdict"], result["qualifying_hours"], result["eligible_on"]) == ("not_eligible", 351, None)
    assert result["planned_ends"] == [{"job": 1, "end": "2027-06-18", "day_if_going_on": "2027-09-05"}]
    warning = next(w for w in result["warnings"] if w["id"] == "planned_end_before_eligible")
    assert warning["on"] == "2027-09-05" and said in warning["text"].replace("\u202f", " ")


def test_two_jobs_ending_short_are_said_in_one_warning_with_one_day() -> None:
    # 15 + 15 h a week from 2026-06-01 (30 h together): going on, 364 days reach 1,560 h on 2027-05-31; the jobs
    # end on 2027-03-31 and 2027-04-30, both before it.
    result = _assess(_profile(_job("2026-06-01", "2027-03-31", 15.0), _job("2026-06-01", "2027-04-30", 15.0)))
    assert result["verdict"] == "not_eligible"
    assert result["planned_ends"] == [{"job": 1, "end": "2027-03-31", "day_if_going_on": "2027-05-31"},
                                      {"job": 2, "end": "2027-04-30", "day_if_going_on": "2027-05-31"}]
    [warning] = [w for w in result["warnings"] if w["id"] == "planned_end_before_eligible"]
    assert warning["on"] == "2027-05-31"
    assert warning["text"].startswith("Jobs 1 and 2 are planned to end before you have enough hours (job 1 on "
                                      "March 31, 2027 and job 2 on April 30, 2027)")


def test_an_end_after_the_day_is_listed_without_a_day_and_without_a_warning() -> None:
    # 30 h a week from 2026-06-01 until 2027-12-31: 1,560 h on 2027-05-31, before the end: "not yet" on that day
    result = _assess(_profile(_job("2026-06-01", "2027-12-31", 30.0)))
    assert (result["verdict"], result["eligible_on"]) == ("not_yet_eligible", "2027-05-31")
    assert result["planned_ends"] == [{"job": 1, "end": "2027-12-31"}]
    assert not any(w["id"] == "planned_end_before_eligible" for w in result["warnings"])


def test_a_job_whose_hours_do_not_count_has_no_planned_end_said() -> None:
    unpaid = {**CONTRACT, "paid": False}
    result = _assess(_profile(unpaid))
    assert result["planned_ends"] == [] and result["qualifying_hours"] == 0
    assert not any(w["id"] == "planned_end_before_eligible" for w in result["warnings"])


def test_an_end_already_past_is_no_planned_end() -> None:
    past = {"noc": "10948", "start": "2026-01-05", "end": "2026-10-30", "hours_per_week": 30.0}
    result = _assess(_profile(past))
    assert result["verdict"] == "not_eligible" and result["planned_ends"] == []

