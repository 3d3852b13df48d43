"""The hours ledger: which hours of Canadian work count for the CEC, which do not, and why.

Hours accrue per calendar day at hours_per_week / 7. At most 30 h a week count, summed over all
qualifying jobs (IRPR 73(1) and IRCC's OP6c: overtime never makes up for missing weeks); when jobs
overlap above the cap, each job keeps its proportional share of the 30 h. Only days in the 3-year window
before the application day count; the window is [as_of - 3 years, as_of).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from dataclasses import dataclass, field

from eligibility.language import add_years
from eligibility.profile import Job, ScreeningProfile
from eligibility.tables import cec

_RULES = cec()
REQUIRED_HOURS: float = _RULES["required_hours"]
DAILY_CAP: float = _RULES["weekly_cap_hours"] / 7
WINDOW_YEARS: int = _RULES["window_years"]
CRS_WINDOW_YEARS: int = _RULES["crs_work_window_years"]
_QUALIFYING_TEERS = frozenset(_RULES["qualifying_teers"])
_EPSILON = 1e-6
_FOREVER = dt.date.max.toordinal()

# Why a job's hours do not count, checked in this order (the first that applies is reported).
EXCLUSIONS = ("outside_canada", "unpaid", "self_employed", "full_time_student", "unauthorized", "teer_4_5")


def exclusion(job: Job) -> str | None:
    """The reason none of this job's hours count for the CEC, or None when they may."""
    if not job.in_canada:
        return "outside_canada"
    if not job.paid:
        return "unpaid"
    if job.self_employed:
        return "self_employed"
    if job.full_time_student:
        return "full_time_student"
    if not job.authorized:
        return "unauthorized"
    if job.job_teer not in _QUALIFYING_TEERS:
        return "teer_4_5"
    return None


# A span is (first day, day after the last, hours per day), days as ordinals.
Span = tuple[int, int, float]


def _span(job: Job, last_day: int | None) -> Span:
    end = job.end.toordinal() + 1 if job.end is not None else _FOREVER
    if last_day is not None:
        end = min(end, last_day + 1)
    return job.start.toordinal(), end, job.hours_per_week / 7


def capped_shares(spans: list[Span], lo: int, hi: int) -> tuple[list[float], list[float]]:
    """Per span, the hours in [lo, hi) that count under the weekly cap and those above it."""
    counted = [0.0] * len(spans)
    over = [0.0] * len(spans)
    cuts = {lo, hi}
    for start, end, _ in spans:
        if lo < start < hi:
            cuts.add(start)
        if lo < end < hi:
            cuts.add(end)
    edges = sorted(cuts)
    for a, b in itertools.pairwise(edges):
        active = [i for i, (start, end, rate) in enumerate(spans) if start <= a < end and rate > 0]
        if not active:
            continue
        days = b - a
        total = sum(spans[i][2] for i in active)
        scale = 1.0 if total <= DAILY_CAP else DAILY_CAP / total
        for i in active:
            counted[i] += days * spans[i][2] * scale
            over[i] += days * spans[i][2] * (1 - scale)
    return counted, over


def capped_total(spans: list[Span], lo: int, hi: int) -> float:
    """The hours in [lo, hi) that count, all spans together, under the weekly cap."""
    return sum(capped_shares(spans, lo, hi)[0])


@dataclass(slots=True)
class JobLine:
    index: int
    occupation: str
    teer: int
    counted: float = 0.0
    excluded_because: str | None = None
    not_counted: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Ledger:
    window_from: dt.date
    window_to: dt.date  # the application day itself, not included
    lines: list[JobLine]
    total: float
    by_occupation: dict[str, float]
    teer_of: dict[str, int]
    crs_years: int


def _window_start(as_of: dt.date, years: int) -> dt.date:
    return add_years(as_of, -years)


def build_ledger(profile: ScreeningProfile) -> Ledger:
    as_of = profile.as_of
    window_from = _window_start(as_of, WINDOW_YEARS)
    hi, lo = as_of.toordinal(), window_from.toordinal()
    last_day = hi - 1
    lines: list[JobLine] = []
    qualifying: list[tuple[JobLine, Span]] = []
    for index, job in enumerate(profile.jobs):
        line = JobLine(index, job.occupation, job.job_teer, excluded_because=exclusion(job))
        start, end, rate = _span(job, last_day)
        before = max(0, min(end, lo) - start) * rate
        if before > _EPSILON:
            line.not_counted["outside_window"] = before
        if line.excluded_because is None:
            qualifying.append((line, (start, end, rate)))
        else:
            inside = max(0, min(end, hi) - max(start, lo)) * rate
            if inside > _EPSILON:
                line.not_counted[line.excluded_because] = inside
        lines.append(line)

    spans = [span for _, span in qualifying]
    counted, over = capped_shares(spans, lo, hi)
    by_occupation: dict[str, float] = {}
    teer_of: dict[str, int] = {}
    for (line, _), hours, extra in zip(qualifying, counted, over, strict=True):
        line.counted = hours
        if extra > _EPSILON:
            line.not_counted["over_30h_week"] = extra
        if hours > _EPSILON:
            by_occupation[line.occupation] = by_occupation.get(line.occupation, 0.0) + hours
            teer_of[line.occupation] = line.teer

    crs_lo = _window_start(as_of, CRS_WINDOW_YEARS).toordinal()
    crs_hours = capped_total(spans, crs_lo, hi)
    crs_years = min(5, int((crs_hours + _EPSILON) // REQUIRED_HOURS))
    return Ledger(window_from, as_of, lines, sum(counted),
                  by_occupation, teer_of, crs_years)


def projected_eligible_on(profile: ScreeningProfile) -> dt.date | None:
    """The first application day whose 3-year window holds 1,560 h if current jobs go on as declared.

    Jobs already started keep going until their end date (or for ever when ongoing); hours drop out of the
    window as it moves. Returns None when that never happens.
    """
    as_of = profile.as_of
    spans = [_span(job, None) for job in profile.jobs
             if exclusion(job) is None and job.start <= as_of]
    if not any(end > as_of.toordinal() for _, end, rate in spans if rate > 0):
        return None

    def window_hours(day: int) -> float:
        start = _window_start(dt.date.fromordinal(day), WINDOW_YEARS).toordinal()
        return capped_total(spans, start, day)

    first = as_of.toordinal() + 1
    horizon = add_years(as_of, WINDOW_YEARS).toordinal() + 2
    # The window's total is linear between the days where its front or back edge meets a change of rate.
    marks = {first, horizon}
    for start, end, _ in spans:
        for point in (start, end):
            for day in (point, add_years(dt.date.fromordinal(min(point, horizon)), WINDOW_YEARS).toordinal()):
                if first < day < horizon:
                    marks.add(day)
    edges = sorted(marks)
    target = REQUIRED_HOURS - _EPSILON
    previous = window_hours(first)
    if previous >= target:
        return dt.date.fromordinal(first)
    for a, b in itertools.pairwise(edges):
        at_b = window_hours(b)
        if at_b >= target:
            slope = (at_b - previous) / (b - a)
            guess = a + max(1, math.ceil((target - previous) / slope)) if slope > 0 else b
            guess = min(max(guess, a + 1), b)
            while guess > a + 1 and window_hours(guess - 1) >= target:  # leap days: settle exactly
                guess -= 1
            while window_hours(guess) < target:
                guess += 1
            return dt.date.fromordinal(guess)
        previous = at_b
    return None
