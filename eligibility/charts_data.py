"""The numbers behind the two charts, computed by the same rules as the verdict. Pure: no drawing, no clock.

(a) The hours timeline: for each application day, the qualifying hours in the 3-year window before it (the
    30 h/week cap and the exclusions of eligibility/hours.py applied), the 1,560 h line, the day the line is
    crossed (or would be, if the current jobs go on as declared), the language test's expiry and the
    periods of work that do not count, by reason.
(b) The CRS against the rounds of the last 12 months: each round's lowest score invited, for the Canadian
    Experience Class and, when they concern the person, the French-language and Provincial Nominee
    rounds; the person's score and, when a plan exists, the score with it. Rounds come in as data (the
    shipped file or any other source), never fetched here.

Both are JSON-ready (`as_dict`), so a chart can be redrawn later from what a reply stored.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from eligibility.assess import first_day_the_level_is_met, relied_on_result
from eligibility.crs import score as crs_score
from eligibility.hours import (
    REQUIRED_HOURS,
    WINDOW_YEARS,
    Span,
    build_ledger,
    capped_total,
    current_spans,
    exclusion,
    first_counting_day,
)
from eligibility.hours import projected_eligible_on as _projected
from eligibility.language import Result, add_years, convert
from eligibility.profile import ScreeningProfile
from eligibility.tables import cec, rounds

_EXPIRY_WARNING = dt.timedelta(days=cec()["expiry_warning_days"])
_EPSILON = 1e-6  # hours; the same tolerance as the verdict's "1,560 h reached"
# How far the timeline reaches around the days it marks, so each mark has some curve on both sides.
_PAST_AT_LEAST = dt.timedelta(days=90)
_FUTURE_AT_LEAST = dt.timedelta(days=90)
_AFTER_LAST_MARK = dt.timedelta(days=30)
_ROUNDS_YEARS = 1  # "the last 12 months" of rounds

CEC = "canadian_experience_class"
FRENCH = "french_language_proficiency"
PNP = "provincial_nominee_program"


# -- (a) the hours timeline ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Period:
    """Days of one job whose hours do not count, and why (a reason of hours.exclusion)."""

    job: int  # 1-based, as the person numbers their jobs
    reason: str
    start: dt.date
    end: dt.date  # the last day shown (inclusive)
    # The days as the person gave them, for the words: a period cut to the days shown read as the job's dates
    # ("from November 27, 2023 to February 14, 2028" for self-employment since January 2023, still going on).
    said_start: dt.date | None = None
    said_end: dt.date | None = None  # None: it goes on past the days shown


@dataclass(frozen=True, slots=True)
class HoursTimeline:
    as_of: dt.date
    start: dt.date  # the first application day shown
    end: dt.date  # the last one
    required: float
    # (application day, qualifying hours in the 3 years before it): the corners of a curve that is straight
    # between them, so a line through the points is the curve on every day.
    points: tuple[tuple[dt.date, float], ...]
    hours_now: float  # on as_of: the verdict's qualifying hours
    crossed_on: dt.date | None  # the first day of the current run at or above the line (<= as_of), or the
    projected: bool  # ... day it is projected to be reached (> as_of); None when neither is in view
    test_expires: dt.date | None  # the valid test that expires last
    expires_too_soon: bool  # that test expires before the projected day, or within the warning's reach of it
    excluded: tuple[Period, ...]

    def value_on(self, day: dt.date) -> float:
        """The curve on any day shown, from its corners."""
        points = self.points
        for (a, va), (b, vb) in itertools.pairwise(points):
            if a <= day <= b:
                return va if b == a else va + (vb - va) * (day - a).days / (b - a).days
        raise ValueError(f"{day} is outside the timeline ({self.start} to {self.end})")

    def as_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "start": self.start.isoformat(), "end": self.end.isoformat(),
                "required": self.required,
                "points": [[day.isoformat(), round(value, 2)] for day, value in self.points],
                "hours_now": round(self.hours_now, 2),
                "crossed_on": self.crossed_on.isoformat() if self.crossed_on else None,
                "projected": self.projected,
                "test_expires": self.test_expires.isoformat() if self.test_expires else None,
                "expires_too_soon": self.expires_too_soon,
                "excluded": [{"job": p.job, "reason": p.reason, "start": p.start.isoformat(),
                              "end": p.end.isoformat(),
                              "said_start": (p.said_start or p.start).isoformat(),
                              "said_end": p.said_end.isoformat() if p.said_end else None}
                             for p in self.excluded]}


def window_hours(spans: list[Span], day: dt.date) -> float:
    """The hours that count for an application made on `day`: those in [day - 3 years, day), capped."""
    return capped_total(spans, add_years(day, -WINDOW_YEARS).toordinal(), day.toordinal())


def _corners(days: list[dt.date], values: list[float]) -> tuple[tuple[dt.date, float], ...]:
    """The days where the day-to-day change of the curve changes (the first and last are always kept)."""
    kept = [(days[0], values[0])]
    for i in range(1, len(days) - 1):
        if abs((values[i + 1] - values[i]) - (values[i] - values[i - 1])) > 1e-9:
            kept.append((days[i], values[i]))
    if len(days) > 1:
        kept.append((days[-1], values[-1]))
    return tuple(kept)


def _results(profile: ScreeningProfile) -> list[Result]:
    return [convert(test, i) for i, test in enumerate(profile.language_tests)]


def _relied_on_expiry(profile: ScreeningProfile) -> dt.date | None:
    """The expiry of the result the verdict rests on (Details says it): a weaker result valid longer (CLB 6 under a
    TEER 1 job's CLB 7) is not the one whose lapse matters."""
    chosen = relied_on_result(profile)
    return chosen.expires if chosen is not None and chosen.valid_on(profile.as_of) else None


def hours_timeline(profile: ScreeningProfile) -> HoursTimeline:
    """The hours timeline of a profile (see the module's docstring)."""
    as_of = profile.as_of
    spans = current_spans(profile)  # those the verdict's projection carries on
    in_canada = [job for job in profile.jobs if job.in_canada and job.start <= as_of]
    first_job = min((job.start for job in in_canada), default=as_of)
    start = min(max(first_job, add_years(as_of, -WINDOW_YEARS)), as_of - _PAST_AT_LEAST)

    hours_now = window_hours(spans, as_of)
    reached = hours_now >= REQUIRED_HOURS - _EPSILON
    projection = None if reached else _projected(profile)
    expires = _relied_on_expiry(profile)
    # The day the person would qualify: a higher language level may apply by the day the hours are reached.
    qualifies_on = first_day_the_level_is_met(profile, projection, _results(profile))[0] if projection else None
    last_mark = max(d for d in (as_of + _FUTURE_AT_LEAST - _AFTER_LAST_MARK, projection, expires) if d)
    end = min(last_mark + _AFTER_LAST_MARK, add_years(as_of, WINDOW_YEARS))

    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    values = [window_hours(spans, day) for day in days]
    crossed_on = projection
    if reached:  # back from today to the first day of the run above the line, if it began in view
        index = days.index(as_of)
        while index > 0 and values[index - 1] >= REQUIRED_HOURS - _EPSILON:
            index -= 1
        crossed_on = days[index] if index > 0 else None
    # "an invitation plus 60 days to apply can run past it": Express Entry's, never said to someone who will live
    # in Quebec (RULES.md 8)
    too_soon = expires is not None and qualifies_on is not None and expires - qualifies_on < _EXPIRY_WARNING and (
        not profile.intends_to_live_in_quebec)

    excluded = []
    for number, job in enumerate(profile.jobs, start=1):
        reason = exclusion(job)
        last = job.end if job.end is not None else end
        if reason is None and job.full_time_student_until is not None:  # only the days of full-time studies
            reason, last = "full_time_student", min(last, dt.date.fromordinal(first_counting_day(job) - 1))
        if reason is not None and job.start <= end and last >= start and last >= job.start:
            goes_on = job.end is None and last >= end
            excluded.append(Period(number, reason, max(job.start, start), min(last, end), job.start,
                                   None if goes_on else last))
    return HoursTimeline(as_of, start, end, REQUIRED_HOURS, _corners(days, values), hours_now, crossed_on,
                         crossed_on is not None and crossed_on > as_of, expires, too_soon, tuple(excluded))


# -- (b) the CRS against recent rounds ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Cutoff:
    date: dt.date
    program: str
    lowest_crs: int
    invitations: int | None


@dataclass(frozen=True, slots=True)
class Band:
    """The range of lowest scores of a program's rounds in a year, when the rounds themselves are not listed."""

    program: str
    start: dt.date
    end: dt.date
    lowest: int
    highest: int


@dataclass(frozen=True, slots=True)
class CrsChart:
    as_of: dt.date
    start: dt.date  # 12 months before as_of (rounds on later days are shown)
    score: int
    with_plan: int | None
    rounds: tuple[Cutoff, ...]  # oldest first
    bands: tuple[Band, ...]
    cec_rounds: int  # CEC rounds shown
    invited: int  # of those, the rounds whose lowest score invited is at most `score`
    invited_with_plan: int | None
    latest_cec: Cutoff | None

    def as_dict(self) -> dict[str, Any]:
        latest = self.latest_cec
        return {"as_of": self.as_of.isoformat(), "start": self.start.isoformat(), "score": self.score,
                "with_plan": self.with_plan,
                "rounds": [{"date": r.date.isoformat(), "program": r.program, "lowest_crs": r.lowest_crs,
                            "invitations": r.invitations} for r in self.rounds],
                "bands": [{"program": b.program, "start": b.start.isoformat(), "end": b.end.isoformat(),
                           "lowest": b.lowest, "highest": b.highest} for b in self.bands],
                "cec_rounds": self.cec_rounds, "invited": self.invited,
                "invited_with_plan": self.invited_with_plan,
                "latest_cec": None if latest is None else {"date": latest.date.isoformat(),
                                                           "lowest_crs": latest.lowest_crs}}


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def crs_chart(all_rounds: Iterable[Mapping[str, Any]], as_of: dt.date, score: int, *, with_plan: int | None = None,
              french: bool = False, nominee: bool = False,
              ranges: Mapping[str, Mapping[str, Any]] | None = None) -> CrsChart:
    """The rounds of the 12 months up to `as_of` that concern the person, and how `score` compares.

    `all_rounds`: dicts with date, program, lowest_crs and optionally invitations (rounds.json's shape).
    CEC rounds are always shown; French-language rounds when `french` (NCLC 7 in all four abilities, which
    earns the French points), Provincial Nominee rounds when `nominee`. `ranges`, keyed by program with
    year/lowest/highest (rounds.json's other_programs), stand in for a program whose rounds are not listed.
    """
    start = add_years(as_of, -_ROUNDS_YEARS)
    shown = {CEC} | ({FRENCH} if french else set()) | ({PNP} if nominee else set())
    picked = sorted((Cutoff(_day(r["date"]), str(r["program"]), int(r["lowest_crs"]),
                            None if r.get("invitations") is None else int(r["invitations"]))
                     for r in all_rounds if r["program"] in shown and start < _day(r["date"]) <= as_of),
                    key=lambda r: (r.date, r.program))
    bands = []
    for program in sorted(shown - {CEC} - {r.program for r in picked}):
        summary = (ranges or {}).get(program)
        if summary is None:
            continue
        year = int(summary["year"])
        first, last = max(dt.date(year, 1, 1), start), min(dt.date(year, 12, 31), as_of)
        if first <= last:
            bands.append(Band(program, first, last, int(summary["lowest"]), int(summary["highest"])))
    cec_cutoffs = [r for r in picked if r.program == CEC]

    def invited(total: int) -> int:
        return sum(1 for r in cec_cutoffs if r.lowest_crs <= total)

    return CrsChart(as_of, start, score, with_plan, tuple(picked), tuple(bands), len(cec_cutoffs), invited(score),
                    None if with_plan is None else invited(with_plan), cec_cutoffs[-1] if cec_cutoffs else None)


def shipped_rounds() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The rounds and the other programs' ranges of eligibility/data/rounds.json."""
    data = rounds()
    ranges = {k: v for k, v in data.get("other_programs", {}).items() if isinstance(v, dict)}
    return list(data["rounds"]), ranges


def crs_chart_for(profile: ScreeningProfile, *, with_plan: int | None = None,
                  all_rounds: Iterable[Mapping[str, Any]] | None = None,
                  ranges: Mapping[str, Mapping[str, Any]] | None = None,
                  today: dt.date | None = None, eligible: bool = True) -> CrsChart | None:
    """crs_chart for a profile, scored by the same engine as the verdict (shipped rounds unless given);
    None when the CRS cannot be estimated yet (no age). `eligible`: whether the verdict for the application day
    is; French-language and Provincial Nominee rounds invite people in the pool, so, as the CRS message names
    them, they are drawn only then (Canadian Experience Class rounds always, as the message compares them)."""
    if not profile.has_age:
        return None
    results = [convert(test, i) for i, test in enumerate(profile.language_tests)]
    crs = crs_score(profile, results, build_ledger(profile).crs_years)
    if all_rounds is None:
        all_rounds, shipped_ranges = shipped_rounds()
        ranges = shipped_ranges if ranges is None else ranges
    # The score is the application day's; the rounds end today: a later application day has no rounds yet, and
    # its months must not be drawn as past rounds (issue 16).
    until = profile.as_of if today is None else min(profile.as_of, today)
    return crs_chart(all_rounds, until, crs.total, with_plan=with_plan,
                     french=eligible and crs.details.get("french", 0) > 0,
                     nominee=eligible and profile.provincial_nomination, ranges=ranges)


def plan_total(profile: ScreeningProfile) -> int | None:
    """The CRS with the best change of the plan (eligibility/improvements.py), or None without one.

    The plan is built by another part of the rules; until it exists, the chart goes without its line.
    """
    try:
        from eligibility.improvements import improvements  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    gains = [int(item.crs_after) for item in improvements(profile, profile.as_of)
             if item.gain > 0 and getattr(item, "kind", "step") == "step"]  # warnings lose points
    return max(gains, default=None)
