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
from functools import lru_cache

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
_BOUND_SLACK = 1e-3  # hours; rounding errors in these sums are below 1e-8 h
_FOREVER = dt.date.max.toordinal()

def exclusion(job: Job) -> str | None:
    """The reason none of this job's hours count for the CEC, or None when they may."""
    return _exclusion(job, job.job_teer)


def _exclusion(job: Job, teer: int) -> str | None:
    """exclusion(job) when the TEER is already known (build_ledger needs it anyway). The reasons are checked
    in this order and the first that applies is reported."""
    if not job.in_canada:
        return "outside_canada"
    if not job.paid:
        return "unpaid"
    if job.self_employed and not job.physician_fee_for_service:  # the physicians' exception (RULES.md 1)
        return "self_employed"
    if job.full_time_student or (job.full_time_student_until is not None and _studied_throughout(job)):
        return "full_time_student"
    if not job.authorized:
        return "unauthorized"
    if teer not in _QUALIFYING_TEERS:
        return "teer_4_5"
    return None


def shown_hours(hours: float) -> float:
    """Hours as written: just under 1,560 never rounds up to the figure it falls short of (1,559.7 -> 1,559).
    Float noise is dropped first, so that a sum landing on a half rounds the same way however it was added."""
    hours = round(hours, 6)
    return hours if hours >= REQUIRED_HOURS - _EPSILON or hours < REQUIRED_HOURS - 0.5 else REQUIRED_HOURS - 1


def apportioned(hours: list[float], total: int) -> list[int]:
    """Whole hours for each of `hours` that add up to `total` (their sum as written): each rounded down, then the
    hours still missing given one each to the largest remainders, so that the jobs listed add up to the hours
    said (rounded one by one, 839.6 + 1,714.6 + 603.8 read 3,159 against 3,158 in the lines)."""
    exact = [max(round(value, 6), 0.0) for value in hours]
    whole = [math.floor(value) for value in exact]
    # a job with some hours but under one goes first: rounded down to 0 it would read as none of its hours counting
    order = sorted((n for n, value in enumerate(exact) if value > whole[n]),
                   key=lambda n: (whole[n] > 0, whole[n] - exact[n]))
    for n in order[:max(total - sum(whole), 0)]:
        whole[n] += 1
    return whole


def _studied_throughout(job: Job) -> bool:
    """Full-time studies that ended during the job on paper, but on or after its last day."""
    until = job.full_time_student_until
    return until is not None and job.end is not None and until >= job.end


def first_counting_day(job: Job) -> int:
    """The ordinal of the job's first day whose hours may count: its start, or the day after the full-time
    studies that went on during it ended."""
    start = job.start.toordinal()
    until = job.full_time_student_until
    return start if until is None else max(start, until.toordinal() + 1)


# A span is (first day, day after the last, hours per day), days as ordinals.
Span = tuple[int, int, float]


def span_of(job: Job) -> Span:
    """The days of a job whose hours may count (those after any full-time studies), an ongoing one for ever."""
    end = job.end.toordinal() + 1 if job.end is not None else _FOREVER
    start = first_counting_day(job)
    return start, max(start, end), job.hours_per_week / 7


def capped_shares(spans: list[Span], lo: int, hi: int) -> tuple[list[float], list[float]]:
    """Per span, the hours in [lo, hi) that count under the weekly cap and those above it.

    [lo, hi) is cut at every start and end of a span; on each piece the spans active on it share at most
    the daily cap, and each span's hours add up piece by piece in date order.
    """
    if len(spans) == 1:  # the usual case, by the same arithmetic as the general one below
        start, end, rate = spans[0]
        days = min(end, hi) - max(start, lo)  # the single piece the span is active on
        if rate <= 0 or days <= 0:
            return [0.0], [0.0]
        scale = 1.0 if rate <= DAILY_CAP else DAILY_CAP / rate
        hours = days * rate
        return [hours * scale], [hours * (1 - scale)]
    counted = [0.0] * len(spans)
    over = [0.0] * len(spans)
    cuts = {lo, hi}
    live = []  # only spans with hours that overlap [lo, hi) can be active on a piece; most lists have one or two
    for i, (start, end, rate) in enumerate(spans):
        if lo < start < hi:
            cuts.add(start)
        if lo < end < hi:
            cuts.add(end)
        if rate > 0 and start < hi and lo < end:
            live.append((i, start, end, rate))
    if not live:
        return counted, over
    edges = sorted(cuts)
    a = edges[0]
    if len(live) == 1:  # alone on every piece it is active on, with its own rate as the total
        i, start, end, rate = live[0]
        scale = 1.0 if rate <= DAILY_CAP else DAILY_CAP / rate
        for b in edges[1:]:
            if start <= a < end:
                hours = (b - a) * rate
                counted[i] += hours * scale
                over[i] += hours * (1 - scale)
            a = b
        return counted, over
    for b in edges[1:]:
        active = [(i, rate) for i, start, end, rate in live if start <= a < end]
        if active:
            days = b - a
            total = active[0][1] if len(active) == 1 else sum([rate for _, rate in active])
            scale = 1.0 if total <= DAILY_CAP else DAILY_CAP / total
            for i, rate in active:
                hours = days * rate
                counted[i] += hours * scale
                over[i] += hours * (1 - scale)
        a = b
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


@lru_cache(maxsize=256)  # a few application days recur (every profile of a day or a batch shares one)
def _windows(as_of: dt.date) -> tuple[dt.date, int, int, int]:
    """The first day of the 3-year window, then as ordinals that day, the application day (the day after the
    window) and the first day of the CRS's 10-year window."""
    window_from = add_years(as_of, -WINDOW_YEARS)
    return (window_from, window_from.toordinal(), as_of.toordinal(),
            add_years(as_of, -CRS_WINDOW_YEARS).toordinal())


def build_ledger(profile: ScreeningProfile) -> Ledger:
    as_of = profile.as_of
    window_from, lo, hi, crs_lo = _windows(as_of)
    lines: list[JobLine] = []
    qualifying: list[JobLine] = []
    spans: list[Span] = []
    all_in_window = True  # no qualifying hours before the window (then the CRS's 10 years hold no more)
    for index, job in enumerate(profile.jobs):
        teer = job.job_teer
        excluded = _exclusion(job, teer)
        not_counted: dict[str, float] = {}
        # The job's days as span_of(job) makes them, ending before the application day at the latest.
        first = job.start.toordinal()
        end = hi if job.end is None else min(job.end.toordinal() + 1, hi)
        rate = job.hours_per_week / 7
        days_before = (end if end < lo else lo) - first
        if days_before > 0 and days_before * rate > _EPSILON:
            not_counted["outside_window"] = days_before * rate
        line = JobLine(index, job.occupation, teer, 0.0, excluded, not_counted)
        if excluded is None:
            start = first if job.full_time_student_until is None else first_counting_day(job)
            if start > first:  # full-time studies ended during the job: the days until then do not count
                studied = min(start, end) - max(first, lo)
                if studied > 0 and studied * rate > _EPSILON:
                    not_counted["full_time_student"] = studied * rate
            qualifying.append(line)
            spans.append((start, max(start, end), rate))
            if start < lo and rate > 0:
                all_in_window = False
        else:
            days_inside = (end if end < hi else hi) - (first if first > lo else lo)
            if days_inside > 0 and days_inside * rate > _EPSILON:
                not_counted[excluded] = days_inside * rate
        lines.append(line)

    counted, over = capped_shares(spans, lo, hi)
    by_occupation: dict[str, float] = {}
    teer_of: dict[str, int] = {}
    for line, hours, extra in zip(qualifying, counted, over, strict=True):
        line.counted = hours
        if extra > _EPSILON:
            line.not_counted["over_30h_week"] = extra
        if hours > _EPSILON:
            occupation = line.occupation
            by_occupation[occupation] = by_occupation.get(occupation, 0.0) + hours
            teer_of[occupation] = line.teer

    total = sum(counted)
    # With every hour in the 3-year window, the CRS's 10-year window is cut into the same pieces where anything
    # is active, so its total is the very same sum, already made.
    crs_years = _years_of(total) if all_in_window else _crs_years(spans, total, lo, hi, crs_lo)
    return Ledger(window_from, as_of, lines, total, by_occupation, teer_of, crs_years)


def _years_of(hours: float) -> int:
    return min(5, int((hours + _EPSILON) // REQUIRED_HOURS))


def _crs_years(spans: list[Span], window_total: float, lo: int, hi: int, crs_lo: int) -> int:
    """Completed years of qualifying work (1,560 h each, at most 5) in the CRS's 10-year window [crs_lo, hi).

    `window_total` is what the spans count in the 3-year window [lo, hi), which the 10-year window holds.
    """
    # The 10-year total is the 3-year one plus what counts in [crs_lo, lo). On each day there, the weekly cap
    # leaves at least the hours of any one job (up to the cap) and at most those of every job each capped on
    # its own. When both bounds, widened far beyond any rounding error, give the same whole years, so does
    # the total, and it need not be cut into pieces.
    most = every = 0.0  # the largest of the jobs' capped hours in [crs_lo, lo), and their sum in span order
    for start, end, rate in spans:
        days = (end if end < lo else lo) - (start if start > crs_lo else crs_lo)
        if days > 0:
            hours = days * (rate if rate < DAILY_CAP else DAILY_CAP)
            every += hours
            if hours > most:
                most = hours
    years = _years_of(window_total + most - _BOUND_SLACK)
    if years == _years_of(window_total + every + _BOUND_SLACK):
        return years
    return _years_of(capped_total(spans, crs_lo, hi))


class QualifyingWork:
    """A profile's qualifying jobs, read once, and the CRS's completed years of Canadian work on any day: what
    build_ledger(profile with as_of = day).crs_years gives, by the same arithmetic, without the ledger's lines.
    The plan and the paths ask it for many days of one profile (issue 20); each day is worked out once."""

    __slots__ = ("_by_day", "_jobs")

    def __init__(self, profile: ScreeningProfile) -> None:
        # (first day that may count, the day after the last or _FOREVER, hours per day), as build_ledger reads them
        self._jobs = [(first_counting_day(job), _FOREVER if job.end is None else job.end.toordinal() + 1,
                       job.hours_per_week / 7)
                      for job in profile.jobs if _exclusion(job, job.job_teer) is None]
        self._by_day: dict[dt.date, int] = {}

    def years_on(self, day: dt.date) -> int:
        years = self._by_day.get(day)
        if years is None:
            years = self._by_day[day] = self._years_on(day)
        return years

    def _years_on(self, day: dt.date) -> int:
        _, lo, hi, crs_lo = _windows(day)
        spans: list[Span] = []
        all_in_window = True
        for start, end, rate in self._jobs:
            spans.append((start, max(start, end if end < hi else hi), rate))
            if start < lo and rate > 0:
                all_in_window = False
        total = sum(capped_shares(spans, lo, hi)[0])
        return _years_of(total) if all_in_window else _crs_years(spans, total, lo, hi, crs_lo)


class LedgerByDay:
    """A profile's qualifying jobs, read once, and the hours of each occupation in the 3-year window of any
    application day: what build_ledger(profile with as_of = day) gives in `total`, `by_occupation`, `teer_of`
    and each qualifying line's `counted` (enough for the language level), without copying the profile. The verdict
    asks it for many days when a later day may need another level (eligibility/assess.py)."""

    __slots__ = ("_jobs",)

    def __init__(self, profile: ScreeningProfile) -> None:
        self._jobs = [(index, job.occupation, job.job_teer, first_counting_day(job),
                       _FOREVER if job.end is None else job.end.toordinal() + 1, job.hours_per_week / 7)
                      for index, job in enumerate(profile.jobs) if _exclusion(job, job.job_teer) is None]

    def worked(self, lo: int, hi: int) -> dict[str, float]:
        """Each occupation's hours that count in [lo, hi) (days as ordinals), the weekly cap shared as ever."""
        spans = [(start, max(start, end if end < hi else hi), rate) for _, _, _, start, end, rate in self._jobs]
        hours: dict[str, float] = {}
        for (_, occupation, *_), counted in zip(self._jobs, capped_shares(spans, lo, hi)[0], strict=True):
            hours[occupation] = hours.get(occupation, 0.0) + counted
        return hours

    def growth(self, teers: frozenset[int] | tuple[int, ...], after: int) -> float:
        """The most hours a day the jobs of these TEERs can add after day `after` (the cap shared by all jobs)."""
        rates = (rate for _, _, teer, _, end, rate in self._jobs if teer in teers and end > after)
        return min(DAILY_CAP, sum(rates))

    def on(self, day: dt.date) -> Ledger:
        window_from, lo, hi, _ = _windows(day)
        spans = [(start, max(start, end if end < hi else hi), rate) for _, _, _, start, end, rate in self._jobs]
        counted = capped_shares(spans, lo, hi)[0]
        lines: list[JobLine] = []
        by_occupation: dict[str, float] = {}
        teer_of: dict[str, int] = {}
        for (index, occupation, teer, *_), hours in zip(self._jobs, counted, strict=True):
            lines.append(JobLine(index, occupation, teer, hours))
            if hours > _EPSILON:
                by_occupation[occupation] = by_occupation.get(occupation, 0.0) + hours
                teer_of[occupation] = teer
        return Ledger(window_from, day, lines, sum(counted), by_occupation, teer_of, 0)


def current_spans(profile: ScreeningProfile) -> list[Span]:
    """The qualifying jobs started by the application day, as spans of the days that may count, ongoing ones for
    ever: the work the projection carries on (a job that starts later is not current work; a job held during
    full-time studies that end today or later is, and counts from the day after)."""
    as_of = profile.as_of
    return [span_of(job) for job in profile.jobs if exclusion(job) is None and job.start <= as_of]


def projected_eligible_on(profile: ScreeningProfile) -> dt.date | None:
    """The first application day whose 3-year window holds 1,560 h if current jobs go on as declared.

    Jobs already started keep going until their end date (or for ever when ongoing); hours drop out of the
    window as it moves. Returns None when that never happens.
    """
    as_of = profile.as_of
    spans = current_spans(profile)
    if not any(end > as_of.toordinal() for _, end, rate in spans if rate > 0):
        return None

    def window_hours(day: int) -> float:
        start = add_years(dt.date.fromordinal(day), -WINDOW_YEARS).toordinal()  # a new day each time: no cache
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


def work_met_until(profile: ScreeningProfile, within: dt.date) -> dt.date | None:
    """The last application day whose 3-year window still holds 1,560 h, when by the answers a later day up to
    `within` falls short (older work leaves the window faster than current jobs add to it); None otherwise.

    For a profile whose window holds 1,560 h on its own application day. Jobs already started go on until their
    end date (or for ever when ongoing), as in projected_eligible_on; a job not yet started is not counted.
    """
    as_of = profile.as_of
    spans = current_spans(profile)
    ongoing = sum(rate for start, end, rate in spans if end == _FOREVER)
    if ongoing >= DAILY_CAP - _EPSILON:  # each day adds the most a day can count: the total never falls
        return None

    def holds(day: int) -> bool:
        start = add_years(dt.date.fromordinal(day), -WINDOW_YEARS).toordinal()
        return capped_total(spans, start, day) >= REQUIRED_HOURS - _EPSILON

    first, last = as_of.toordinal() + 1, within.toordinal()
    if last < first:
        return None
    # The window's total is linear between the days where its front or back edge meets a change of rate, so
    # checking those days finds the first stretch that ends short.
    marks = {last}
    for start, end, _ in spans:
        for point in (start, end):
            for day in (point, add_years(dt.date.fromordinal(min(point, last)), WINDOW_YEARS).toordinal()):
                if first <= day < last:
                    marks.add(day)
    low = first - 1  # holds (the application day itself)
    for mark in sorted(marks):
        if not holds(mark):
            high = mark
            while high - low > 1:  # the first day short, between a day that holds and one that does not
                middle = (low + high) // 2
                if holds(middle):
                    low = middle
                else:
                    high = middle
            return dt.date.fromordinal(high - 1)
        low = mark
    return None
