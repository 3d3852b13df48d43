"""Weekly hours said as an estimate ("about 28", "environ 28 h"): kept as such, and said where the verdict rests
on them.

RULES.md gives no margin for an estimate, and none is made up here: an estimate is never read as "28 minus some
hours". What can be said honestly is what the outcome needs: the fewest weekly hours in that job (every other
answer as given) that keep the verdict and the day it gives. "Not yet eligible, from November 28, 2026" at about
28 h a week holds as long as the job averaged at least 28 h; fewer would move the day later. The person then reads
their own estimate against that figure, and checks it on pay stubs or the employer's record of employment or T4.

At most 30 h a week count (RULES.md 1, IRPR s. 73(1)): an estimate at or above that ("about 35", "about 40") says
the weeks were full time, and nothing is said unless the outcome needs full-time weeks (the fewest hours that keep
it are the 30 h themselves).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from eligibility.tables import cec
from flows.questions import Answers, counts_nowhere
from flows.texts import Catalog

ESTIMATE = "job_hours_estimate"  # beside a job's "job_hours": True when they were said as an estimate
WEEKLY_CAP: float = cec()["weekly_cap_hours"]  # RULES.md 1: at most 30 h a week count, over all jobs
TENTH = 10  # the fewest hours are found to a tenth of an hour (the hours question takes 37.5)


def estimated_jobs(answers: Answers) -> list[int]:
    """The places of the jobs whose weekly hours were said as an estimate and may count."""
    if answers.get("canadian_work") is False:
        return []
    return [index for index, job in enumerate(answers.get("jobs", []))
            if job.get(ESTIMATE) and "job_hours" in job and counts_nowhere(job) is None]


def with_hours(answers: Answers, index: int, hours: float) -> Answers:
    """The answers with job `index` at `hours` a week (a copy; the answers given are left as they are)."""
    jobs = [dict(job) for job in answers["jobs"]]
    jobs[index]["job_hours"] = hours
    return {**answers, "jobs": jobs}


def least_hours(hours: float, keeps: Callable[[float], bool]) -> float | None:
    """The fewest weekly hours, to a tenth, at which `keeps` still holds (it holds at `hours`); None when it holds
    at 0 (the outcome does not rest on these hours). Fewer hours never give an earlier day, so `keeps` is taken to
    hold from some figure up: searched by halves, about 9 assessments for 40 h."""
    if keeps(0.0):
        return None
    low, high = 0, math.floor(hours * TENTH + 1e-9)  # keeps(low / 10) is false, keeps(high / 10) true
    if high == 0 or not keeps(high / TENTH):
        return hours
    while high - low > 1:
        middle = (low + high) // 2
        if keeps(middle / TENTH):
            high = middle
        else:
            low = middle
    return high / TENTH


def outcome_of(result: dict[str, Any]) -> tuple[Any, ...]:
    """What an estimate of hours may move: the verdict and the day it gives."""
    return result["verdict"], result["eligible_on"]


def hours_estimates(answers: Answers, careful: dict[str, Any],
                    assess_answers: Callable[[Answers], dict[str, Any]]) -> list[dict[str, Any]]:
    """For each job whose hours are an estimate and on which the verdict or its day rests: the job's number, the
    hours said and the fewest that keep the outcome. `assess_answers` assesses answers the way `careful` was read.
    A verdict of "not eligible" is not searched: fewer hours never make it better."""
    if careful["verdict"] == "not_eligible":
        return []
    base = outcome_of(careful)
    found = []
    for index in estimated_jobs(answers):
        hours = float(answers["jobs"][index]["job_hours"])

        def keeps(weekly: float, index: int = index) -> bool:
            return outcome_of(assess_answers(with_hours(answers, index, weekly))) == base

        least = least_hours(hours, keeps)
        if least is None or (hours >= WEEKLY_CAP and least < WEEKLY_CAP):
            continue  # the outcome holds without them, or the estimate says full time and full time is not needed
        found.append({"job": index + 1, "hours": hours, "least": min(least, hours), "verdict": careful["verdict"]})
    return found


def crs_year_estimates(answers: Answers, careful: dict[str, Any],
                       assess_answers: Callable[[Answers], dict[str, Any]]) -> list[dict[str, Any]]:
    """For each job whose hours are an estimate and on which the CRS's completed years of Canadian work rest
    (RULES.md 3: years of 1,560 h): the job's number, the hours said, the fewest that keep those years, and, just
    under them (a tenth of an hour less), the years and the CRS the engine gives. Nothing when the CRS counts no
    year, or when an estimate at or above 30 h says full time and the years do not need full-time weeks."""
    if careful.get("crs") is None:
        return []
    years = careful["hours_ledger"]["crs_years"]
    if not years:
        return []
    found = []
    for index in estimated_jobs(answers):
        hours = float(answers["jobs"][index]["job_hours"])

        def keeps(weekly: float, index: int = index) -> bool:
            return bool(assess_answers(with_hours(answers, index, weekly))["hours_ledger"]["crs_years"] >= years)

        least = least_hours(hours, keeps)
        if least is None or (hours >= WEEKLY_CAP and least < WEEKLY_CAP):
            continue
        least = min(least, hours)
        under = assess_answers(with_hours(answers, index, max(0.0, least - 1 / TENTH)))
        found.append({"job": index + 1, "hours": hours, "least": least, "years": years,
                      "fewer_years": under["hours_ledger"]["crs_years"],
                      "fewer_total": (under.get("crs") or {}).get("total")})
    return found


def crs_year_notes(result: dict[str, Any], c: Catalog) -> list[str]:
    """For the CRS message: the years of Canadian work that rest on an estimate of hours, and what holds them."""
    return [c.t("results.estimate.crs_years", job=found["job"], hours=tenths(found["hours"], c),
                least=tenths(found["least"], c), years=c.count(found["years"], "year"),
                fewer=c.count(found["fewer_years"], "year"), crs=c.number(found["fewer_total"]))
            for found in result.get("crs_year_estimates", []) if found["fewer_total"] is not None]


def estimate_notes(result: dict[str, Any], c: Catalog) -> list[str]:
    """The sentences said beside the hours: what the outcome rests on, and how to check it."""
    notes = []
    for estimate in result.get("hours_estimates", []):
        key = "day" if estimate["verdict"] == "not_yet_eligible" else "eligible"
        notes.append(c.t(f"results.estimate.{key}", job=estimate["job"], hours=tenths(estimate["hours"], c),
                         least=tenths(estimate["least"], c)))
    return notes


def tenths(hours: float, c: Catalog) -> str:
    text = f"{hours:.1f}".removesuffix(".0")
    return text.replace(".", c.t("decimal"))
