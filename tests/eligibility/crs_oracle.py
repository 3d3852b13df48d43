"""An independent oracle for CEC eligibility and the CRS, written from RULES.md sections 1-3 alone.

It shares no code with eligibility/ on purpose: the property test (test_crs_oracle_property.py) compares the
two on many random profiles, and a difference means one of them misreads RULES.md. It takes a profile in the
contract's JSON (shared/reference/profile-contract.md) as a plain dict and returns plain data.

Where RULES.md does not settle a case the oracle says so in `ambiguous` rather than guess, and the property
test does not hold the engine to the oracle's reading there.

Readings taken after comparing with the engine, each from RULES.md: a Canadian credential counts without an ECA
(at the least level its kind can be) and with a separate foreign one may make "two or more"; a profile presents
one result per language, and the French points follow the French result presented; the level is judged on the
projected day; a job whose last day is the application day is still held. One documented choice of the engine
where RULES.md is silent is followed: married or common-law without spouse details is the "with spouse" column.

Not covered: the language criterion when no hours qualify; TEF results before 2023-12-11 and PTE Core before
2024-01-30 (the generator's dates keep clear of them); how hours are split when RULES.md's week is a calendar
week (the oracle spreads each week's hours over its 7 days, as the personas do); the wording of explanations,
warnings, next steps, the rounds comparison and the high-wage caveat from 2026-11-03.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import pairwise, product
from typing import Any

HOURS_NEEDED = 1560
WEEKLY_CAP = 30

# RULES.md 2: minimum score per level, listening / reading / writing / speaking, CLB 10 down to 4.
_LEVELS = (10, 9, 8, 7, 6, 5, 4)
_TABLES: dict[str, tuple[tuple[float, float, float, float], ...]] = {
    "ielts_general": (
        (8.5, 8.0, 7.5, 7.5), (8.0, 7.0, 7.0, 7.0), (7.5, 6.5, 6.5, 6.5), (6.0, 6.0, 6.0, 6.0),
        (5.5, 5.0, 5.5, 5.5), (5.0, 4.0, 5.0, 5.0), (4.5, 3.5, 4.0, 4.0),
    ),
    "celpip_general": tuple((lv, lv, lv, lv) for lv in _LEVELS),
    "pte_core": (
        (89, 88, 90, 89), (82, 78, 88, 84), (71, 69, 79, 76), (60, 60, 69, 68),
        (50, 51, 60, 59), (39, 42, 51, 51), (28, 33, 41, 42),
    ),
    "tef_canada": (
        (546, 546, 558, 556), (503, 503, 512, 518), (462, 462, 472, 494), (434, 434, 428, 456),
        (393, 393, 379, 422), (352, 352, 330, 387), (306, 306, 268, 328),
    ),
    "tcf_canada": (
        (549, 549, 16, 16), (523, 524, 14, 14), (503, 499, 12, 12), (458, 453, 10, 10),
        (398, 406, 7, 7), (369, 375, 6, 6), (331, 342, 4, 4),
    ),
}
FRENCH_TESTS = frozenset({"tef_canada", "tcf_canada"})
ABILITIES = ("listening", "reading", "writing", "speaking")

# RULES.md 3, (with spouse, without spouse).
_AGE = {18: (90, 99), 19: (95, 105), 30: (95, 105), 31: (90, 99), 32: (85, 94), 33: (80, 88), 34: (75, 83),
        35: (70, 77), 36: (65, 72), 37: (60, 66), 38: (55, 61), 39: (50, 55), 40: (45, 50), 41: (35, 39),
        42: (25, 28), 43: (15, 17), 44: (5, 6)}
_EDUCATION = {"less_than_secondary": (0, 0), "secondary": (28, 30), "one_year": (84, 90), "two_year": (91, 98),
              "bachelor": (112, 120), "two_or_more": (119, 128), "master": (126, 135), "doctoral": (140, 150)}
_FIRST = {3: (0, 0), 4: (6, 6), 5: (6, 6), 6: (8, 9), 7: (16, 17), 8: (22, 23), 9: (29, 31), 10: (32, 34)}
_CANADIAN_WORK = {0: (0, 0), 1: (35, 40), 2: (46, 53), 3: (56, 64), 4: (63, 72), 5: (70, 80)}
_SPOUSE_EDUCATION = {"less_than_secondary": 0, "secondary": 2, "one_year": 6, "two_year": 7, "bachelor": 8,
                     "two_or_more": 9, "master": 10, "doctoral": 10}
_SPOUSE_WORK = {0: 0, 1: 5, 2: 7, 3: 8, 4: 9, 5: 10}
# Transferability: the lower row (post-secondary 1+ year) and the upper row (two or more, master's, doctoral).
_EDU_ROW = {"one_year": 1, "two_year": 1, "bachelor": 1, "two_or_more": 2, "master": 2, "doctoral": 2}
_TIER_POINTS = {1: (0, 13, 25), 2: (0, 25, 50)}


def clb(test: str, ability_index: int, score: float) -> int:
    """The CLB/NCLC of one ability; 3 stands for 'CLB 3 or less' (RULES.md publishes rows 4 to 10+ only)."""
    for level, row in zip(_LEVELS, _TABLES[test], strict=True):
        if score >= row[ability_index]:
            return level
    return 3


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February: RULES.md is silent; the caller flags it
        return day.replace(year=day.year - years, day=28)


def _years_after(day: dt.date, years: int) -> dt.date:
    return _years_before(day, -years)


@dataclass(frozen=True)
class _Job:
    code: str  # the NOC code, or "teer:N" when only a TEER was given
    teer: int
    start: dt.date
    end: dt.date | None  # the last day worked (inclusive); None = ongoing
    units: int  # weekly hours x 2, so that 37.5 h stays an integer


@dataclass(frozen=True)
class _Test:
    french: bool
    clbs: tuple[int, int, int, int]
    expires: dt.date


@dataclass
class OracleResult:
    verdict: str
    qualifying_hours: Fraction
    required_clb: int | None
    eligible_on: dt.date | None
    failing: list[str]
    canadian_years: int
    crs: dict[str, int]
    crs_alternatives: list[dict[str, int]] = field(default_factory=list)  # other equal-total designations
    ambiguous: set[str] = field(default_factory=set)
    details: dict[str, int] = field(default_factory=dict)  # the parts that no designation changes


def _qualifying_jobs(profile: dict[str, Any]) -> list[_Job]:
    jobs = []
    for raw in profile.get("jobs", []):
        if not raw.get("in_canada", True) or not raw.get("paid", True):
            continue
        # RULES.md 1: self-employment does not count, except physicians' publicly funded fee-for-service work
        # (the engine's job field physician_fee_for_service, beyond the contract's list).
        if raw.get("self_employed", False) and not raw.get("physician_fee_for_service", False):
            continue
        if raw.get("full_time_student", False) or not raw.get("authorized", True):
            continue
        if raw.get("noc") is not None:
            code, teer = str(raw["noc"]), int(str(raw["noc"])[1])
        else:
            teer = int(raw["teer"])
            code = f"teer:{teer}:{len(jobs)}"  # one occupation or several? RULES.md groups by NOC code only
        if teer > 3:
            continue
        units = Fraction(str(raw["hours_per_week"])) * 2
        assert units.denominator == 1, "the oracle takes hours per week in half hours"
        end = _date(raw["end"]) if raw.get("end") else None
        jobs.append(_Job(code, teer, _date(raw["start"]), end, int(units)))
    return jobs


def _segments(jobs: list[_Job], first: dt.date, stop: dt.date) -> list[tuple[int, list[_Job]]]:
    """Cut [first, stop) where a job starts or ends: (days, jobs at work) for each piece."""
    cuts = {first, stop}
    for job in jobs:
        for day in (job.start, job.end + dt.timedelta(days=1) if job.end else None):
            if day is not None and first < day < stop:
                cuts.add(day)
    ordered = sorted(cuts)
    pieces = []
    for a, b in pairwise(ordered):
        active = [j for j in jobs if j.start <= a and (j.end is None or j.end >= a)]
        pieces.append(((b - a).days, active))
    return pieces


def window_hours(jobs: list[_Job], first: dt.date, stop: dt.date) -> Fraction:
    """Hours in [first, stop): each day counts the week's hours over 7, summed over jobs and capped at 30/week."""
    units = 0
    for days, active in _segments(jobs, first, stop):
        units += min(WEEKLY_CAP * 2, sum(j.units for j in active)) * days
    return Fraction(units, 14)


def _required_clb(jobs: list[_Job], first: dt.date, stop: dt.date) -> tuple[int | None, bool]:
    """RULES.md 1: the TEER of the occupation (NOC code) with the most hours; a tie requires CLB 7.

    RULES.md does not say how the 30 h cap is shared between concurrent jobs, so the occupations are ranked
    both on their own hours and on a proportional share of the capped hours; the second value is True when
    the two readings disagree.
    """
    own: dict[str, Fraction] = {}
    shared: dict[str, Fraction] = {}
    teer: dict[str, int] = {}
    for days, active in _segments(jobs, first, stop):
        total = sum(j.units for j in active)
        for job in active:
            teer[job.code] = job.teer
            own[job.code] = own.get(job.code, Fraction(0)) + Fraction(job.units * days, 14)
            if total:
                share = Fraction(job.units * min(WEEKLY_CAP * 2, total) * days, 14 * total)
                shared[job.code] = shared.get(job.code, Fraction(0)) + share

    def pick(hours: dict[str, Fraction]) -> int | None:
        top = max(hours.values(), default=Fraction(0))
        if top == 0:
            return None
        return 7 if any(teer[c] <= 1 for c, h in hours.items() if h == top) else 5

    a, b = pick(own), pick(shared)
    return b, a != b


def _eligible_on(jobs: list[_Job], as_of: dt.date, tests: list[_Test], ambiguous: set[str]) -> dt.date | None:
    """The first day after as_of on which the 3-year window holds 1,560 h, ongoing jobs going on, and a result
    valid today meets the level of the occupation leading then (RULES.md 1: the level is judged on the day the
    application is made; a result expiring before that day is only warned of, so it is taken as renewed)."""
    # Ongoing: held on as_of (a job whose last day is as_of is still held; that day counts from the next).
    if not any((j.end is None or j.end >= as_of) and j.start <= as_of and j.units > 0 for j in jobs):
        return None
    horizon = _years_after(as_of, 3) + dt.timedelta(days=7)
    origin = min([_years_before(as_of, 3)] + [j.start for j in jobs])
    size = (horizon - origin).days + 1
    diff = [0] * (size + 1)
    for job in jobs:
        # Projected work: an ongoing job goes on; an ended one stays ended.
        a = max(0, (job.start - origin).days)
        b = size if job.end is None else min(size, (job.end - origin).days + 1)
        if a < b:
            diff[a] += job.units
            diff[b] -= job.units
    prefix = [0]
    running = 0
    for i in range(size):
        running += diff[i]
        prefix.append(prefix[-1] + min(WEEKLY_CAP * 2, running))
    day = as_of + dt.timedelta(days=1)
    while day <= horizon:
        stop = (day - origin).days
        first = max(0, (_years_before(day, 3) - origin).days)
        if prefix[stop] - prefix[first] >= HOURS_NEEDED * 14:
            level, _ = _required_clb(jobs, _years_before(day, 3), day)
            if level is not None and any(min(t.clbs) >= level for t in tests):
                if all(t.expires <= day for t in tests if min(t.clbs) >= level) and any(
                        t.expires > day for t in tests):
                    # Only results lapsing first meet the level then, while a weaker one is still valid: taken
                    # as renewed (RULES.md 1, "warn"), or not valid that day (RULES.md 2)? The engine renews
                    # only when the result carrying today's level lapses: not settled here.
                    ambiguous.add("projection: the level then met only by a result expiring first")
                return day
        day += dt.timedelta(days=1)
    return None


def _valid_tests(tests: list[dict[str, Any]], as_of: dt.date) -> list[_Test]:
    """RULES.md 1 and 2: a result counts while it is less than 2 years old."""
    valid = []
    for raw in tests:
        taken = _date(raw["date"])
        if taken <= as_of < _years_after(taken, 2):
            levels = tuple(clb(raw["test"], i, raw[name]) for i, name in enumerate(ABILITIES))
            valid.append(_Test(raw["test"] in FRENCH_TESTS, levels, _years_after(taken, 2)))  # type: ignore[arg-type]
    return valid


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


_ORDER = ["less_than_secondary", "secondary", "one_year", "two_year", "bachelor", "two_or_more", "master",
          "doctoral"]
# The least a Canadian credential of each kind can be (the profile says no more).
_CANADIAN_FLOOR = {"one_or_two_year": "one_year", "three_year_plus": "bachelor"}


def _counted_level(education: dict[str, Any] | None) -> str | None:
    """RULES.md 3: the highest credential that counts; a foreign one only with an ECA, a Canadian one always.

    A foreign post-secondary credential with its ECA and a separate Canadian post-secondary one, one of them
    of three years or more, are "two or more credentials, one of them 3+ years".
    """
    if not education:
        return None
    level = education["level"]
    foreign = not education.get("in_canada")
    counted = level if (not foreign or education.get("eca")) else None
    canadian = _CANADIAN_FLOOR.get(education.get("canadian_credential", "none"))
    best = max((x for x in (counted, canadian) if x), key=_ORDER.index, default=None)
    post_secondary = _ORDER[2:]
    if (foreign and counted in post_secondary and canadian
            and (_ORDER.index(counted) >= _ORDER.index("bachelor") or canadian == "bachelor")
            and best is not None and _ORDER.index(best) < _ORDER.index("two_or_more")):
        return "two_or_more"
    return best


def _language_tier(clbs: tuple[int, ...] | None) -> int:
    """0; 1 = 'CLB 7+' (all four 7 or more, one under 9); 2 = 'CLB 9+' (all four 9 or more)."""
    if clbs is None or min(clbs) < 7:
        return 0
    return 2 if min(clbs) >= 9 else 1


def _second_points(level: int) -> int:
    return 6 if level >= 9 else 3 if level >= 7 else 1 if level >= 5 else 0


def _spouse_language_points(level: int) -> int:
    return 5 if level >= 9 else 3 if level >= 7 else 1 if level >= 5 else 0


def _transferability(level: str | None, first: tuple[int, ...] | None, canadian_years: int,
                     foreign_years: int, certificate: bool) -> int:
    lang_tier = _language_tier(first)
    can_tier = min(canadian_years, 2)
    edu = 0
    row = _EDU_ROW.get(level or "")
    if row:
        edu = min(50, _TIER_POINTS[row][lang_tier] + _TIER_POINTS[row][can_tier])
    foreign = 0
    if foreign_years >= 1:
        row = 1 if foreign_years <= 2 else 2
        foreign = min(50, _TIER_POINTS[row][lang_tier] + _TIER_POINTS[row][can_tier])
    cert = 0
    if certificate and first is not None:
        cert = 50 if min(first) >= 7 else 25 if min(first) >= 5 else 0
    return min(100, edu + foreign + cert)


def assess(profile: dict[str, Any]) -> OracleResult:
    ambiguous: set[str] = set()
    as_of = _date(profile["as_of"])
    window_start = _years_before(as_of, 3)
    if (as_of.month, as_of.day) == (2, 29):
        ambiguous.add("window from 29 February")
    jobs = _qualifying_jobs(profile)
    if any(j.code.startswith("teer:") for j in jobs):
        ambiguous.add("required_clb: a job given by TEER alone may be the same occupation as another")
    jobs = [j for j in jobs if j.start <= as_of]  # a job not started by the application day is not held
    hours = window_hours(jobs, window_start, as_of)
    required, split = _required_clb(jobs, window_start, as_of)
    if split:
        ambiguous.add("required_clb: how the 30 h cap is shared between concurrent occupations")
    tests = _valid_tests(profile.get("language_tests", []), as_of)

    failing = []
    if hours < HOURS_NEEDED:
        failing.append("work_experience")
    if required is None:
        ambiguous.add("language criterion without qualifying hours")
    elif not any(min(t.clbs) >= required for t in tests):
        failing.append("language")
    if profile.get("intends_to_live_in_quebec", False):
        failing.append("quebec")
    eligible_on = None
    if not failing:
        verdict = "eligible"
    elif failing == ["work_experience"] and (
            eligible_on := _eligible_on(jobs, as_of, tests, ambiguous)) is not None:
        verdict = "not_yet_eligible"
    else:
        verdict = "not_eligible"

    # CRS (RULES.md 3).
    spouse = profile.get("spouse")
    partnered = profile.get("marital_status", "single") in ("married", "common_law")
    if partnered and spouse is None:
        # RULES.md is silent; the engine documents "taken as accompanying", the choice that never overstates.
        ambiguous.add("married or common-law without spouse details")
    with_spouse = partnered and (spouse is None or (
        not spouse.get("canadian_citizen_or_pr", False) and spouse.get("accompanying", False)))
    col = 0 if with_spouse else 1
    if profile.get("age") is not None:
        age = int(profile["age"])
    else:
        birth = _date(profile["birth_date"])
        if (birth.month, birth.day) == (2, 29):
            ambiguous.add("born on 29 February")
        age = age_on(birth, as_of)
    age_points = 0 if age < 18 or age >= 45 else _AGE.get(age, (100, 110))[col]

    education = profile.get("education")
    level = _counted_level(education)
    edu_points = _EDUCATION[level][col] if level else 0

    ten_years = window_hours(jobs, _years_before(as_of, 10), as_of)
    canadian_years = int(ten_years // HOURS_NEEDED)
    work_points = _CANADIAN_WORK[min(canadian_years, 5)][col]
    foreign_years = int(profile.get("foreign_work_years", 0))
    certificate = bool(profile.get("certificate_of_qualification", False))

    spouse_points = 0
    if with_spouse and spouse is not None:
        spouse_points += _SPOUSE_EDUCATION[spouse.get("education") or "less_than_secondary"]
        spouse_test = spouse.get("language_test")
        for st in _valid_tests([spouse_test] if spouse_test else [], as_of):
            spouse_points += sum(_spouse_language_points(c) for c in st.clbs)
        spouse_points += _SPOUSE_WORK[min(int(spouse.get("canadian_work_years", 0)), 5)]
        spouse_points = min(40, spouse_points)

    other_additional = 600 if profile.get("provincial_nomination", False) else 0
    credential = (education or {}).get("canadian_credential", "none")
    if (education and education.get("in_canada") and education["level"] in ("master", "doctoral")
            and credential == "one_or_two_year"):  # "none" is left as given: the engine warns, never guesses
        credential = "three_year_plus"  # RULES.md 3: "30 (three years or more, or a master's, ... doctoral)"
    other_additional += {"none": 0, "one_or_two_year": 15, "three_year_plus": 30}[credential]
    if profile.get("sibling_in_canada", False):
        other_additional += 15

    # A profile presents one result per language; of those, the person designates one first, and a screener
    # picks what scores more (RULES.md 3). The French points follow the results presented.
    options: list[dict[str, int]] = []
    english_tests = [None, *(t for t in tests if not t.french)]
    french_tests = [None, *(t for t in tests if t.french)]
    for english, french in product(english_tests, french_tests):
        french_points = 0
        if french is not None and min(french.clbs) >= 7:
            french_points = 50 if english is not None and min(english.clbs) >= 5 else 25
        additional = min(600, other_additional + french_points)
        for first, second in ((english, french), (french, english)):
            if first is None and second is not None:
                continue
            first_points = sum(_FIRST[c][col] for c in first.clbs) if first else 0
            second_cap = 22 if with_spouse else 24
            second_points = min(second_cap, sum(_second_points(c) for c in second.clbs)) if second else 0
            core = age_points + edu_points + first_points + second_points + work_points
            transfer = _transferability(level, first.clbs if first else None, canadian_years, foreign_years,
                                        certificate)
            options.append({"core": core, "spouse": spouse_points, "transferability": transfer,
                            "additional": additional, "total": core + spouse_points + transfer + additional})
    best = max(o["total"] for o in options)
    winners = [o for o in options if o["total"] == best]
    return OracleResult(
        verdict=verdict, qualifying_hours=hours, required_clb=required, eligible_on=eligible_on,
        failing=failing, canadian_years=canadian_years, crs=winners[0], crs_alternatives=winners[1:],
        ambiguous=ambiguous, details={
            "age": age_points, "education": edu_points, "canadian_work": work_points,
            "provincial_nomination": 600 if profile.get("provincial_nomination", False) else 0,
            "canadian_credential": {"none": 0, "one_or_two_year": 15, "three_year_plus": 30}[credential],
            "sibling": 15 if profile.get("sibling_in_canada", False) else 0, "arranged_employment": 0},
    )
