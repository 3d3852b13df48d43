"""The verdict: every CEC criterion on the application day, the CRS, and what to do next.

`assess` returns a JSON-ready dict (the contract's result). Sentences come from the text catalogs
(eligibility/texts), so the same verdict reads in English or French.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from functools import lru_cache
from typing import Any, NamedTuple

from eligibility import hours as ledger_rules
from eligibility import paths
from eligibility.crs import POST_SECONDARY, Crs, Scorer, effective_education, has_accompanying_spouse
from eligibility.explain import Catalog, catalog
from eligibility.improvements import Known, as_dicts, improvements, partner_comparison, partner_dict, test_json
from eligibility.language import Result, add_years, convert
from eligibility.occupations import NOC_VERSION
from eligibility.profile import PHYSICIAN_NOCS, Job, ScreeningProfile, birthday
from eligibility.rounds import FRENCH, NOMINEE, Rounds, seed
from eligibility.tables import ABILITIES, cec, crs_grid, links, rules_version

_RULES = cec()
# Category rounds named after occupations (RULES.md 4): who hears of them beside the score, never a verdict
_OCCUPATION_ROUNDS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (program, frozenset(codes)) for program, codes in _RULES["occupation_rounds"].items())
_CLB_BY_TEER = {int(k): v for k, v in _RULES["required_clb_by_teer"].items()}
_CLB_ON_TIE: int = _RULES["required_clb_on_tie"]
_LOWEST_CLB = min(_CLB_BY_TEER.values())
_HIGHEST_CLB = max(_CLB_BY_TEER.values())
_HIGH_TEERS = tuple(teer for teer, clb in _CLB_BY_TEER.items() if clb == _HIGHEST_CLB)
_EXPIRY_WARNING = dt.timedelta(days=_RULES["expiry_warning_days"])
_PROFILE_YEARS = _RULES["profile_valid_years"]  # an Express Entry profile's life in the pool (RULES.md 6)
_ROUNDS_STALE = dt.timedelta(days=_RULES["rounds_stale_after_days"])
# Caveats the CRS grid file dates (e.g. a factor IRCC may have added): shown on estimates made on or after `from`.
_CAVEATS = tuple((dt.date.fromisoformat(c["from"]), c["id"], tuple(c.get("links", ())))
                 for c in crs_grid().get("caveats", ()))
_ONE_DAY = dt.timedelta(days=1)
_AGE_POINTS = {int(age): tuple(points) for age, points in crs_grid()["age"].items()}  # [with, without] spouse
# How far ahead the day the hours leave the window is looked for: an Express Entry profile stays in the pool 12
# months and an invitation leaves 60 days to apply (RULES.md 5); past that, the answers will have changed anyway.
_WORK_UNTIL_HORIZON = dt.timedelta(days=365 + 60)
# A profile stays in the pool 12 months (RULES.md 5): a birthday that raises age points is said within them.
_AGE_RISE_HORIZON = dt.timedelta(days=365)
_ONE_WEEK = dt.timedelta(days=7)
_RULES_VERSION = rules_version()  # the data files are read once per process

# Occupations whose self-employment may be a physician's publicly funded fee-for-service work (RULES.md 1): a
# physician's unit group, or a job given only by its TEER (1, a physician's).
_MAY_BE_PHYSICIAN = PHYSICIAN_NOCS | {"TEER 1"}


def _invited_in(rounds: Rounds, total: int) -> int:
    """How many of the recent rounds invited a score of `total` (their cut-off at most `total`)."""
    return bisect_right(rounds.sorted_cutoffs, total)


def _recent_key(invited: int, rounds: int) -> str:
    """None, some or all of the recent rounds reached: "all of them" reads better than "6 of them" (of 6)."""
    return "crs.recent_none" if not invited else "crs.recent_all" if invited == rounds else "crs.recent"


def required_clb(ledger: ledger_rules.Ledger) -> tuple[int | None, str]:
    """IRPR 87.1(2)(e): the level of the occupation with the most qualifying hours; a tie takes CLB 7.

    An occupation is a NOC unit group. A job given by its TEER alone may be any occupation of that TEER, one
    of the person's other jobs or a new one: when some such reading makes a TEER 0 or 1 occupation lead, CLB 7
    applies, the careful choice (reason "teer_only")."""
    if not ledger.by_occupation:
        return None, "no_hours"
    level, reason = _leader_level(ledger.by_occupation, ledger.teer_of)
    if level == _CLB_ON_TIE or all(occupation.isdigit() for occupation in ledger.by_occupation):
        return level, reason
    # The largest a TEER 0 or 1 occupation can be (every job of its TEER given alone joined to the largest
    # coded one), against the largest a TEER 2 or 3 one must be (those given alone kept apart).
    high = dict.fromkeys(_HIGH_TEERS, 0.0)
    low = 0.0
    for occupation, hours in ledger.by_occupation.items():
        teer = ledger.teer_of[occupation]
        if teer in high and occupation.isdigit():
            high[teer] = max(high[teer], hours)
        elif occupation.isdigit():
            low = max(low, hours)
    for line in ledger.lines:
        if line.counted > 1e-6 and not line.occupation.isdigit():
            if line.teer in high:
                high[line.teer] += line.counted
            else:
                low = max(low, line.counted)
    if max(high.values()) >= low - 1e-6:
        return _HIGHEST_CLB, "teer_only"
    return level, reason


def _leader_level(by_occupation: dict[str, float], teer_of: dict[str, int]) -> tuple[int, str]:
    if len(by_occupation) == 1:  # the usual case: the one occupation leads
        (occupation,) = by_occupation
        level = _CLB_BY_TEER[teer_of[occupation]]
        return level, "teer_high" if level == _CLB_ON_TIE else "teer_mid"
    top = max(by_occupation.values())
    leaders = [occ for occ, h in by_occupation.items() if top - h < 1e-6]  # float noise only
    levels = {_CLB_BY_TEER[teer_of[occ]] for occ in leaders}
    if len(levels) > 1:
        return _CLB_ON_TIE, "tie"
    level = levels.pop()
    return level, "teer_high" if level == _CLB_ON_TIE else "teer_mid"


@lru_cache(maxsize=8192)
def _comparison_text(text: Catalog, total: int, french: bool, nominee: bool, rounds: Rounds,
                     occupations: tuple[str, ...] = (), eligible: bool = True) -> str:
    """The CRS against the latest and recent CEC rounds, and the rounds of other programs that concern this
    person (French speakers, provincial nominees); for someone not eligible on the application day whose
    estimate reached a recent cut-off, that no round invites them before they are eligible. It depends on
    little, so each text is made once."""
    latest = rounds.latest_cec
    assert latest is not None
    difference = total - latest.lowest_crs
    key = "crs.above" if difference > 0 else "crs.equal" if difference == 0 else "crs.below"
    cutoffs = rounds.sorted_cutoffs
    invited = _invited_in(rounds, total)
    sentences = [
        text.t(key, total=text.number(total), cutoff=latest.lowest_crs, date=text.date(latest.date),
               points=text.count(abs(difference), "point")),
    ]
    # One round known (a store holding part of IRCC's feed): the latest round says it all, not "in the last 1
    # Canadian Experience Class rounds ..., the lowest score invited ranged from 516 to 516"
    if len(cutoffs) > 1:
        sentences.append(text.t(_recent_key(invited, len(cutoffs)), rounds=len(cutoffs), low=cutoffs[0],
                                high=cutoffs[-1], start=text.date(rounds.recent[0].date), invited=invited))
    for program, applies in ((FRENCH, french), (NOMINEE, nominee)):
        summary = rounds.summary(program) if applies else None
        if summary:  # one round that year: its score, not "ranged from 382 to 382"
            single = "_one" if summary["lowest"] == summary["highest"] else ""
            sentences.append(text.t(f"crs.other.{program}{single}", total=total, year=summary["year"],
                                    low=summary["lowest"], high=summary["highest"]))
    for program in occupations:  # rounds of the person's occupation, where known: their cut-offs, and a caution
        if summary := rounds.summary(program):
            one = summary["lowest"] == summary["highest"]
            sentences.append(text.t(f"crs.other.{program}{'_one' if one else ''}", year=summary["year"],
                                    low=summary["lowest"], high=summary["highest"]))
    if not eligible and invited:  # "reached the cut-off in 6 of them" read alone as an invitation to come
        sentences.append(text.t("crs.not_in_pool"))
    # RULES.md 4: rounds read from secondary copies (the seed's newest) are marked as such, here as on /rounds; in
    # the date's brackets, as the French CRS message has few characters to spare (1,500)
    secondary = sum(1 for r in rounds.recent if r.secondary)
    key = "" if not secondary else "_secondary_one" if secondary == 1 else "_secondary"
    sentences.append(text.t(f"freshness.rounds_as_of{key}", date=text.date(rounds.as_of), count=secondary))
    return " ".join(sentences)


@lru_cache(maxsize=256)  # one application day makes one window; a day's profiles share it
def _work_count(text: Catalog, window_from: dt.date, window_to: dt.date) -> tuple[str, ...]:
    """criterion.work.count for one window, cut where the hours go: hours.join(pieces) writes the sentence."""
    return text.pieces("criterion.work.count", "hours", required=text.number(ledger_rules.REQUIRED_HOURS),
                       window_from=text.date(window_from), window_to=text.date(window_to - _ONE_DAY))


def _meets(result: Result, level: int) -> bool:
    return result.lowest >= level


class LevelRise(NamedTuple):
    """The occupation leading on the day the hours reach 1,560, when it needs a level no result meets."""

    occupation: str
    teer: int
    level: int


class _Projection(NamedTuple):
    """A person not yet eligible: the day the hours reach 1,560, the day every criterion is met (None if never),
    and what raised the language level by the first, if anything."""

    reached: dt.date | None
    qualifies_on: dt.date | None
    rise: LevelRise | None
    met_then: _MetThen | None = None


class _MetThen(NamedTuple):
    """The day a person not yet eligible qualifies, another occupation leads and needs a higher level than
    today's, which another of their results meets: that result, not today's choice, is the one eligibility rests
    on (RULES.md 1: the level follows the occupation with the most hours)."""

    rise: LevelRise
    result: Result
    alone: bool  # the only valid result that meets it then


def _met_then(profile: ScreeningProfile, day: dt.date, level_now: int, results: list[Result],
              chosen: Result | None) -> _MetThen | None:
    """What `_MetThen` says on `day`, when the level rises above `level_now` by then and a result other than
    today's `chosen` meets it; None otherwise."""
    if level_now >= _HIGHEST_CLB or not any(job.job_teer in _HIGH_TEERS for job in profile.jobs):
        return None  # the level cannot rise (checked first: the ledger of another day costs more)
    level, ledger = _level_on(profile, day)
    if level is None or level <= level_now:
        return None
    result = _language_choice(results, level, day)
    if result is None or result is chosen or not _meets(result, level):
        return None  # today's result still carries it, or none does (first_day_the_level_is_met says so)
    meeting = [r for r in results if r.valid_on(day) and _meets(r, level)]
    leader = max(ledger.by_occupation, key=lambda occupation: ledger.by_occupation[occupation])
    return _MetThen(LevelRise(leader, ledger.teer_of[leader], level), result, len(meeting) == 1)


def next_age_drop(profile: ScreeningProfile, within: dt.date, *, rise: bool = False
                  ) -> tuple[dt.date, int, int, int] | None:
    """The next birthday up to `within` on which CRS age points fall (RULES.md 3, the age rows), or with `rise` go
    up (18, 19 and 20 only): (the day, the age, the points before, after); None without a birth date (a bare age
    has no day) or when none changes so."""
    born = profile.birth_date
    if born is None:
        return None
    column = 0 if has_accompanying_spouse(profile) else 1
    low, high = min(_AGE_POINTS), max(_AGE_POINTS)
    for age in range(profile.age_on(profile.as_of) + 1, high + 1):
        day = birthday(born, age)
        if day > within:
            return None
        before = _AGE_POINTS[min(max(age - 1, low), high)][column]
        after = _AGE_POINTS[min(max(age, low), high)][column]
        if (after > before) if rise else (after < before):
            return day, age, before, after
    return None


def _leap_day(profile: ScreeningProfile, day: dt.date) -> dict[str, str]:
    """{"leap_day": "true"} when `day` is the birthday of someone born on February 29 in a year without that day,
    read as March 1: RULES.md 3 counts completed years and does not say whether such a birthday falls on
    February 28 or March 1, so the reading is said (results.glance.leap_day)."""
    born = profile.birth_date
    return {"leap_day": "true"} if born is not None and (born.month, born.day) == (2, 29) \
        and (day.month, day.day) != (2, 29) else {}


class LaterRise(NamedTuple):
    """An eligible person: the first later application day on which the occupation leading then needs a higher
    level than any of their results valid that day meets (RULES.md 1: the level follows the occupation with the
    most hours in the window), while the hours still hold."""

    day: dt.date
    rise: LevelRise


def level_rises_later(profile: ScreeningProfile, level_now: int, results: list[Result], within: dt.date
                      ) -> LaterRise | None:
    """LaterRise up to `within`, or None. Looked for week by week, then day by day back to the first such day, as
    first_day_the_level_is_met does (a spell shorter than a week could be missed)."""
    as_of = profile.as_of
    if level_now >= _HIGHEST_CLB or not any(job.job_teer in _HIGH_TEERS for job in profile.jobs):
        return None  # the level cannot rise
    if any(r.valid_on(as_of) and r.valid_on(within) and _meets(r, _HIGHEST_CLB) for r in results):
        return None  # a result meets the highest level all along
    by_day = ledger_rules.LedgerByDay(profile)
    if all(job.occupation.isdigit() for job in profile.jobs):  # every job by its code: a cheap bound first
        # Up to `within`, a TEER 0 or 1 occupation holds at most its hours now plus what its ongoing jobs add; a
        # lower-level one keeps at least what it worked from `within`'s window start to today. When the first can
        # never reach the second, no day in between needs the higher level.
        now = by_day.on(as_of)
        lowest_kept = by_day.worked(add_years(within, -ledger_rules.WINDOW_YEARS).toordinal(), as_of.toordinal())
        most_high = max((hours for occupation, hours in now.by_occupation.items()
                         if now.teer_of[occupation] in _HIGH_TEERS), default=0.0)
        most_high += by_day.growth(_HIGH_TEERS, as_of.toordinal()) * (within - as_of).days
        teers = {job.occupation: job.job_teer for job in profile.jobs}
        least_low = max((hours for occupation, hours in lowest_kept.items()
                         if _CLB_BY_TEER.get(teers[occupation], _HIGHEST_CLB) < _HIGHEST_CLB), default=0.0)
        if most_high < least_low - 1e-6:
            return None

    def rise_on(day: dt.date) -> LevelRise | None:
        ledger = by_day.on(day)
        if ledger.total < ledger_rules.REQUIRED_HOURS - 1e-6:
            return None  # the hours no longer hold: work_met_until says so
        level = required_clb(ledger)[0]
        if level is None or level <= level_now or any(r.valid_on(day) and _meets(r, level) for r in results):
            return None
        if not any(r.valid_on(day) and _meets(r, level_now) for r in results):
            return None  # no result valid then at all: the expiry warnings say so
        # The occupation that sets the level: of those needing it, the one with the most hours (on a tie with
        # another occupation, the one needing more, as the tie rule reads it).
        needing = [occ for occ in ledger.by_occupation if _CLB_BY_TEER[ledger.teer_of[occ]] == level]
        leader = max(needing or ledger.by_occupation, key=lambda occupation: ledger.by_occupation[occupation])
        return LevelRise(leader, ledger.teer_of[leader], level)

    day = as_of
    while day < within:
        day = min(day + _ONE_WEEK, within)
        if (rise := rise_on(day)) is not None:
            while day - _ONE_DAY > as_of and (earlier := rise_on(day - _ONE_DAY)) is not None:
                day, rise = day - _ONE_DAY, earlier
            return LaterRise(day, rise)
    return None


def _level_on(profile: ScreeningProfile, day: dt.date) -> tuple[int | None, ledger_rules.Ledger]:
    """The language level that applies to an application made on `day`, the jobs going on as declared."""
    ledger = ledger_rules.build_ledger(profile.model_copy(update={"as_of": day}))
    return required_clb(ledger)[0], ledger


def _weeks_of_new_full_time_work(profile: ScreeningProfile) -> int | None:
    """Weeks of a new qualifying job at 30 h a week, from the application day, until the moving 3-year window
    holds 1,560 h: hours counted today may leave the window meanwhile (RULES.md 1, "When a person is not yet")."""
    new_job = Job(noc="21232", teer=1, start=profile.as_of, hours_per_week=_RULES["weekly_cap_hours"])
    day = ledger_rules.projected_eligible_on(profile.model_copy(update={"jobs": [*profile.jobs, new_job]}))
    return None if day is None else math.ceil((day - profile.as_of).days / 7 - 1e-9)


def first_day_the_level_is_met(profile: ScreeningProfile, reached: dt.date, results: list[Result]
                                ) -> tuple[dt.date | None, LevelRise | None]:
    """The day every criterion is met, from the day the hours reach 1,560 (RULES.md 1: the level is that of
    the occupation with the most hours in the window, which may be another one by then).

    Returns that day (None when it never comes within the next 3 years, after which the window holds only work
    going on now) and, when the level rose above every valid result on `reached`, what made it rise.
    """
    valid = [r for r in results if r.valid_on(profile.as_of)]
    level_now: list[int] = []  # today's level, worked out on first need (a ledger costs)

    def meets(level: int, day: dt.date, renewed: bool = False) -> bool:
        """A result still valid that day meets the level. With `renewed`, when every result meeting today's level
        has expired by then, today's are taken as renewed at the same level (the verdict warns of the expiry:
        RULES.md 1); a weaker result still valid then does not stand in for the one the person relies on."""
        still = [r for r in valid if r.valid_on(day)]
        if renewed and len(still) < len(valid):
            if not level_now:
                level_now.append(_level_on(profile, profile.as_of)[0] or _LOWEST_CLB)
            if not any(r.valid_on(day) for r in valid if _meets(r, level_now[0])):
                still = valid
        return any(_meets(r, level) for r in still)

    if meets(_HIGHEST_CLB, reached, renewed=True) or not any(job.job_teer in _HIGH_TEERS for job in profile.jobs):
        return reached, None  # the usual cases: whatever leads then, the level is met, or it cannot rise
    level, ledger = _level_on(profile, reached)
    if level is None or meets(level, reached, renewed=True):
        return reached, None
    leader = max(ledger.by_occupation, key=lambda occupation: ledger.by_occupation[occupation])
    rise = LevelRise(leader, ledger.teer_of[leader], level)
    # Rare: look week by week for another occupation taking the lead again while the hours still hold, then
    # for the first such day of that week. (A spell shorter than a week would be missed: a later day or none
    # is then given, the careful side.)
    def holds(day: dt.date) -> bool:
        level, ledger = _level_on(profile, day)
        return ledger.total >= ledger_rules.REQUIRED_HOURS - 1e-6 and level is not None and meets(level, day)

    day, horizon = reached, add_years(reached, ledger_rules.WINDOW_YEARS)
    while day < horizon:
        day = min(day + _ONE_WEEK, horizon)
        if holds(day):
            while day - _ONE_DAY > reached and holds(day - _ONE_DAY):
                day -= _ONE_DAY
            return day, rise
    return None, rise


def relied_on_result(profile: ScreeningProfile) -> Result | None:
    """The language result the verdict rests on for the application day (Details' language line names it, and
    its expiry): of the valid results meeting the level the work calls for, the one valid longest, else the
    strongest valid one. Never a weaker result valid longer: its expiry is not when the person's result lapses."""
    level = required_clb(ledger_rules.build_ledger(profile))[0]
    results = [convert(t, i) for i, t in enumerate(profile.language_tests)]
    return _language_choice(results, level if level is not None else _LOWEST_CLB, profile.as_of)


def _language_choice(results: list[Result], level: int, day: dt.date) -> Result | None:
    """The valid test that meets `level` and stays valid longest, else the strongest valid one.

    On equal keys the first result is kept, as max() keeps it.
    """
    longest: Result | None = None  # of the valid results that meet the level, the one that expires last
    strongest: Result | None = None  # of the others, the highest (lowest ability, then sum of abilities)
    strongest_key = (0, 0)
    for r in results:
        if not r.valid_on(day):
            continue
        if _meets(r, level):
            if longest is None or r.expires > longest.expires:
                longest = r
        else:  # the strongest matters only when no valid result meets the level
            key = (r.lowest, sum(r.clb))
            if strongest is None or key > strongest_key:
                strongest, strongest_key = r, key
    return longest if longest is not None else strongest


def assess(profile: ScreeningProfile, lang: str = "en", rounds: Rounds | None = None, *,
           with_improvements: bool = False, today: dt.date | None = None,
           month_only_tests: frozenset[int] = frozenset(),
           unsure_date_tests: frozenset[int] = frozenset(),
           planned_end_jobs: frozenset[int] | None = None,
           about_date_tests: frozenset[int] = frozenset()) -> dict[str, Any]:
    """The contract's result for one validated profile, compared with `rounds` (default: the shipped seed).

    `with_improvements` adds what raises the CRS (eligibility/improvements.py) and, when the profile carries
    the partner's facts, the comparison with the partner as principal applicant; `today` dates the new test
    results those changes assume (the application day when not given). `today` before the application day (a
    planned one): a result valid today that lapses by then is said to expire then, not to have expired.
    `month_only_tests`: the places of the results whose date the person gave as a month (the bot reads it as a
    day of that month): they are said by their month, and their expiry as the earliest or latest it can be.
    `unsure_date_tests`: the places of the results whose date the person was not sure of (the bot reads it as a
    day): an expired one is said to be read as expired, never by the day the reading chose.
    `about_date_tests`: the places of the results whose date the person gave as only about then ("around April
    2025"): a test a month earlier lapses a month earlier (RULES.md 2), so their expiry is said as about then,
    never as the earliest it can be.
    `planned_end_jobs`: the places of the jobs whose end after today is a planned one (a contract or permit end);
    None (the command line): every job ending after today. Each is listed in `planned_ends`, with the day the
    hours would have been reached had it gone on when its end stops them short (RULES.md 1, "not yet").
    """
    text = catalog(lang)
    rounds = rounds if rounds is not None else seed()
    as_of = profile.as_of
    ledger = ledger_rules.build_ledger(profile)
    hours = ledger.total
    enough_hours = hours >= ledger_rules.REQUIRED_HOURS - 1e-6
    level, level_reason = required_clb(ledger)
    judged_level = level if level is not None else _LOWEST_CLB
    results = [convert(t, i) for i, t in enumerate(profile.language_tests)]
    chosen = _language_choice(results, judged_level, as_of)
    language_met = chosen is not None and _meets(chosen, judged_level)
    quebec_met = not profile.intends_to_live_in_quebec

    eligible_on = reached = None
    rise: LevelRise | None = None
    met_then: _MetThen | None = None
    if not enough_hours and language_met and quebec_met:
        reached = ledger_rules.projected_eligible_on(profile)
        if reached is not None:
            eligible_on, rise = first_day_the_level_is_met(profile, reached, results)
        if eligible_on is not None and rise is None:
            met_then = _met_then(profile, eligible_on, judged_level, results, chosen)
    # Enough hours today, but older work leaving the window may take them below 1,560 before an application.
    work_until = ledger_rules.work_met_until(profile, as_of + _WORK_UNTIL_HORIZON) if enough_hours else None
    # Not yet: the hours reached on the day may fall short again soon after (a planned end, older work leaving the
    # window; RULES.md 1: the window is measured back from the day the application is made).
    if eligible_on is not None:
        work_until = ledger_rules.work_met_until(profile.model_copy(update={"as_of": eligible_on}),
                                                 eligible_on + _WORK_UNTIL_HORIZON)
    # Eligible today at CLB 5, but another occupation may lead later and need CLB 7 (RULES.md 1).
    later = (level_rises_later(profile, judged_level, results, work_until or as_of + _WORK_UNTIL_HORIZON)
             if enough_hours and language_met else None)
    if enough_hours and language_met and quebec_met:
        verdict = "eligible"
    elif eligible_on is not None:
        verdict = "not_yet_eligible"
    else:
        verdict = "not_eligible"

    ends = _planned_ends(profile, ledger, min(today or as_of, as_of), planned_end_jobs)
    if ends and verdict == "not_eligible" and not enough_hours and quebec_met:
        _day_if_going_on(ends, profile, lang, rounds, today, month_only_tests, unsure_date_tests, about_date_tests)

    # The points no language result changes, kept for the plan and the paths (the very ones they would make)
    scorer = Scorer(profile, ledger.crs_years) if profile.has_age else None
    crs: Crs | None = scorer.score(results) if scorer is not None else None
    facts = _Facts(text, profile, ledger, level, level_reason, judged_level, results, chosen,
                   _Projection(reached, eligible_on, rise, met_then), crs, rounds,
                   eligible_now=verdict == "eligible", today=min(today or as_of, as_of),
                   month_only=month_only_tests, unsure_dates=unsure_date_tests, about_dates=about_date_tests,
                   work_until=work_until,
                   later_rise=later)
    warnings = [*_planned_end_warnings(text, ends), *facts.warnings(), *facts.counted_test_lapses(scorer)] \
        if quebec_met else _quebec_warnings(text, facts.warnings(), crs)
    result = {
        "verdict": verdict,
        "qualifying_hours": round(ledger_rules.shown_hours(hours)),
        "required_clb": level,
        "eligible_on": eligible_on.isoformat() if eligible_on else None,
        "work_met_until": work_until.isoformat() if work_until else None,
        "language_met_until": (later.day - _ONE_DAY).isoformat() if later else None,
        "as_of": as_of.isoformat(),
        "criteria": [
            {"id": "work_experience", "met": enough_hours, "explanation": facts.work_text()},
            facts.language_criterion(language_met),
            _quebec_criterion(text, profile, quebec_met),
        ],
        "crs": crs.as_dict() if crs else None,
        # Someone who will live in Quebec: Express Entry's rounds are not theirs to be compared with (RULES.md 8).
        "crs_comparison": facts.comparison() if quebec_met else None,
        "hours_ledger": facts.ledger_dict(),
        # the jobs still going that end after today as planned, and the day they stop the hours short of
        "planned_ends": ends,
        "language_results": [facts.result_dict(r) for r in results],
        # Nothing "would change" a Quebec verdict but the plan itself, which is never suggested (RULES.md 8): the
        # next step is Quebec's own route instead.
        "what_would_change": facts.what_would_change(enough_hours, language_met) if quebec_met else [],
        "next_steps": facts.next_steps(verdict, language_met, lang) if quebec_met else _quebec_steps(text),
        "warnings": warnings,
        "disclaimer": text.t("disclaimer"),
        "rules_version": _RULES_VERSION,
        "noc_version": NOC_VERSION,  # the occupation codes and TEERs the verdict was read against
    }
    if with_improvements:
        # The level the occupation requires, when no test meets it: the plan puts that test first (issue 16).
        # Someone who will live in Quebec gets no plan: Express Entry's rounds are not their route (RULES.md 8).
        work = ledger_rules.QualifyingWork(profile)  # one reading of the jobs for the plan and the paths
        verdict_known = (None if scorer is None or crs is None else Known(
            results, ledger.crs_years, scorer, crs, [test_json(t) for t in profile.language_tests]))
        items = (improvements(profile, today or as_of, None if language_met else level, work=work,
                              verdict=verdict_known)
                 if crs is not None and quebec_met else [])
        plan = as_dicts(items, text)
        for item in plan:  # how the score after the change fares in the same recent rounds
            item["recent_rounds"] = {"invited": _invited_in(rounds, item["crs_after"]),
                                     "of": len(rounds.sorted_cutoffs)}
        result["improvements"] = plan
        found = paths.paths(profile, items, rounds, work=work, verdict=verdict_known) if items else []
        shown_paths = paths.as_dicts(found)
        lapses = any(w["id"] == "test_expires_before_eligible" for w in warnings)
        hours_first = None if enough_hours else facts.hours_first(lapses)
        step_texts: dict[str, str] = {}  # a step recurs in several paths: said once
        for number, (shown, path) in enumerate(zip(shown_paths, found, strict=False)):
            shown["text"] = paths.describe(path, items, text, rounds, first=number == 0, hours_first=hours_first,
                                           step_texts=step_texts)
        result["paths"] = shown_paths
        comparison = partner_comparison(profile)
        result["partner_comparison"] = partner_dict(comparison, text) if comparison is not None else None
    return result


def _planned_ends(profile: ScreeningProfile, ledger: ledger_rules.Ledger, today: dt.date,
                  places: frozenset[int] | None) -> list[dict[str, Any]]:
    """Each job that ends after `today` (the day the verdict is made) as planned, some of whose hours count: its
    number (from 1) and end. A job none of whose hours count has no end worth saying."""
    return [{"job": index + 1, "end": job.end.isoformat()}
            for index, (job, line) in enumerate(zip(profile.jobs, ledger.lines, strict=True))
            if job.end is not None and job.end > today and (places is None or index in places)
            and line.excluded_because is None]


def _day_if_going_on(ends: list[dict[str, Any]], profile: ScreeningProfile, lang: str, rounds: Rounds,
                     today: dt.date | None, month_only_tests: frozenset[int],
                     unsure_date_tests: frozenset[int], about_date_tests: frozenset[int]) -> None:
    """Short of hours with jobs ending as planned: the same profile with those jobs going on. When it would be
    "not yet" eligible, each end before that day stops the hours short and gets the day as `day_if_going_on`. An
    end after that day changes no hour before it (the day is the same): it is counted, not short."""
    going = {planned["job"] - 1 for planned in ends}
    jobs = [job.model_copy(update={"end": None}) if index in going else job
            for index, job in enumerate(profile.jobs)]
    other = assess(profile.model_copy(update={"jobs": jobs}), lang, rounds, today=today,
                   month_only_tests=month_only_tests, unsure_date_tests=unsure_date_tests,
                   about_date_tests=about_date_tests,
                   planned_end_jobs=frozenset())
    if other["verdict"] != "not_yet_eligible":
        return
    for planned in ends:
        if planned["end"] < other["eligible_on"]:
            planned["day_if_going_on"] = other["eligible_on"]


def _planned_end_warnings(text: Catalog, ends: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The planned ends that stop the hours short, said with the day they would have been reached (one day for
    all of them, had they all gone on), as values too."""
    short = [planned for planned in ends if "day_if_going_on" in planned]
    if not short:
        return []
    day = short[0]["day_if_going_on"]
    values = {"on": day}  # the day the text says, as a value too (each job's end is in `planned_ends`)
    if len(short) == 1:
        return [{"id": "planned_end_before_eligible", "text": text.t(
            "warning.planned_end_before_eligible", job=short[0]["job"], end=text.date(dt.date.fromisoformat(
                short[0]["end"])), day=text.date(dt.date.fromisoformat(day))), **values}]
    ends_said = text.join([text.t("warning.planned_end_job_on", job=planned["job"],
                                  end=text.date(dt.date.fromisoformat(planned["end"]))) for planned in short])
    return [{"id": "planned_end_before_eligible", "text": text.t(
        "warning.planned_end_before_eligible_jobs", jobs=text.join([str(planned["job"]) for planned in short]),
        ends=ends_said, day=text.date(dt.date.fromisoformat(day))), **values}]


# Quebec's official immigration home, the same page in French (RULES.md 8)
QUEBEC_IMMIGRATION = "https://www.quebec.ca/immigration"
# Warnings about an Express Entry application (its window, pool, invitation and 60 days; a result lapsing before
# them): not said to someone whose route is Quebec's own (RULES.md 8), told that Express Entry's rounds are not
# for them.
_EXPRESS_ENTRY_ONLY = frozenset({"hours_leave_window", "language_level_rises_later", "test_expires_soon",
                                 "test_expires_before_eligible"})


def _quebec_criterion(text: Catalog, profile: ScreeningProfile, met: bool) -> dict[str, Any]:
    """RULES.md 1, row 4. An intent the profile does not give is read as "outside Quebec" (the contract's default)
    and said to be assumed, never as said by the person."""
    if "intends_to_live_in_quebec" not in profile.model_fields_set:
        return {"id": "quebec", "met": met, "assumed": True, "explanation": text.t("criterion.quebec.assumed")}
    return {"id": "quebec", "met": met,
            "explanation": text.t("criterion.quebec.met" if met else "criterion.quebec.unmet")}


def _quebec_steps(text: Catalog) -> list[dict[str, str]]:
    """Someone who will live in Quebec: Quebec's route (PEQ closed, PSTQ through Arrima, CSQ, then federal PR)."""
    return [{"id": "quebec_route", "text": text.t("step.quebec_route"), "url": QUEBEC_IMMIGRATION}]


def _quebec_warnings(text: Catalog, found: list[dict[str, str]], crs: Crs | None) -> list[dict[str, str]]:
    """The CRS given for information only (no PSTQ score: RULES.md 8), and none of Express Entry's deadlines."""
    said = [w for w in found if w["id"] not in _EXPRESS_ENTRY_ONLY]
    return [{"id": "quebec_crs", "text": text.t("warning.quebec_crs")}, *said] if crs is not None else said


def _share_the_cap(profile: ScreeningProfile, ledger: ledger_rules.Ledger) -> bool:
    """Whether two jobs that count were worked on the same days of the 3-year window and passed 30 h a week
    together: only then is the cap shared between them. Two full-time jobs one after the other each lose their
    own hours above 30, and were said to "overlap" (a cook's job that ended on the window's first day, then
    another)."""
    lo, hi = ledger.window_from.toordinal(), ledger.window_to.toordinal()
    spans = []
    for line in ledger.lines:
        if line.excluded_because is None and line.counted > 0:
            job = profile.jobs[line.index]
            end = hi if job.end is None else min(job.end.toordinal() + 1, hi)
            spans.append((max(ledger_rules.first_counting_day(job), lo), end, job.hours_per_week / 7))
    return any(a[0] < b[1] and b[0] < a[1] and a[2] + b[2] > ledger_rules.DAILY_CAP + 1e-9
               for k, a in enumerate(spans) for b in spans[k + 1:])


class _Facts:
    """What the explanations need, computed once per assessment, and the catalog they are written with."""

    __slots__ = (
        "about_dates",
        "chosen",
        "crs",
        "eligible_now",
        "gaps",
        "judged_level",
        "later_rise",
        "ledger",
        "level",
        "level_reason",
        "met_then",
        "month_only",
        "profile",
        "qualifies_on",
        "reached",
        "results",
        "rise",
        "rounds",
        "text",
        "today",
        "unsure_dates",
        "work_until",
    )

    def __init__(self, text: Catalog, profile: ScreeningProfile, ledger: ledger_rules.Ledger,
                 level: int | None, level_reason: str, judged_level: int, results: list[Result],
                 chosen: Result | None, projection: _Projection, crs: Crs | None, rounds: Rounds, *,
                 eligible_now: bool = False, today: dt.date | None = None,
                 month_only: frozenset[int] = frozenset(), unsure_dates: frozenset[int] = frozenset(),
                 about_dates: frozenset[int] = frozenset(),
                 work_until: dt.date | None = None, later_rise: LaterRise | None = None) -> None:
        self.text = text
        self.later_rise = later_rise  # eligible today, a higher level needed from a later application day
        self.work_until = work_until  # the last application day the hours hold, when they fall short later
        self.month_only = month_only  # results whose date was given as a month (the bot's answers)
        self.about_dates = about_dates  # results whose date was given as only about then ("around April 2025")
        self.unsure_dates = unsure_dates  # results whose date the person was not sure of (the bot's answers)
        self.today = today or profile.as_of  # the day the verdict is made; the application day may be later
        self.eligible_now = eligible_now  # eligible on the application day (other programs' rounds are named)
        self.rounds = rounds
        self.profile, self.ledger, self.level, self.level_reason = profile, ledger, level, level_reason
        self.judged_level, self.results, self.chosen = judged_level, results, chosen
        self.reached, self.qualifies_on, self.rise, self.met_then = projection
        self.crs = crs
        # the chosen test's shortfalls (ability, sentence), written once when first needed
        self.gaps: list[tuple[str, str]] | None = None

    # -- criteria -------------------------------------------------------------------------------------
    def work_text(self) -> str:
        text, ledger = self.text, self.ledger
        hours = text.number(ledger_rules.shown_hours(ledger.total))
        parts = [hours.join(_work_count(text, ledger.window_from, ledger.window_to))]
        if self.today < self.profile.as_of and self._counts_work_to_come():
            parts.append(text.t("criterion.work.until_then"))  # a planned day: those hours are not worked yet
        if self.reached is not None:
            parts.append(text.t("criterion.work.projection", eligible_on=text.date(self.reached)))
        if self.work_until is not None:
            parts.append(text.t("criterion.work.until", date=text.date(self.work_until)))
        items = self._not_counted_items()
        if items:
            parts.append(text.t("criterion.work.not_counted", items=text.join(items)))
        if _share_the_cap(self.profile, ledger):
            # jobs over the cap together: how the 30 h are split between them is ours, not RULES.md's (1)
            parts.append(text.t("criterion.work.overlap_split"))
        if not self.profile.jobs:
            parts.append(text.t("criterion.work.no_jobs"))
        return " ".join(parts)

    def _counts_work_to_come(self) -> bool:
        """Some counted hours are of work still to come (after today, up to a later application day)."""
        today = self.today
        return any(line.counted > 0 and (job.end is None or job.end > today)
                   for line, job in zip(self.ledger.lines, self.profile.jobs, strict=True))

    def _not_counted_items(self) -> list[str]:
        """A phrase per reason why hours do not count ("120 h of unpaid work"), in the order met. The hours
        before the window of a job excluded anyway are not repeated; reasons that round to 0 h are left out."""
        totals: dict[str, float] = {}
        for line in self.ledger.lines:
            not_counted = line.not_counted
            if not not_counted:
                continue
            excluded = line.excluded_because is not None
            for reason, h in not_counted.items():
                if not excluded or reason != "outside_window":
                    totals[reason] = totals.get(reason, 0.0) + h
        if not totals:
            return []
        number, around = self.text.number, self.text.around
        return [number(h).join(around(f"reason.{reason}", "hours"))
                for reason, h in totals.items() if round(h) > 0]

    def language_criterion(self, met: bool) -> dict[str, Any]:
        """The language criterion; `also`: the other valid results that meet the level too, said beside the one
        named first (a strong TEF beside a weak IELTS was never mentioned: RULES.md 1 row 3, either is enough)."""
        criterion: dict[str, Any] = {"id": "language", "met": met, "explanation": self.language_text(met)}
        chosen, level, text = self.chosen, self.judged_level, self.text
        as_of = self.profile.as_of
        if met and chosen is not None:
            also = [text.t("criterion.language.also", test=text.t(f"test.{r.test}"), date=self._taken(r),
                           levels=text.levels(r.clb), scale=text.scale(r.language))
                    for r in self.results if r is not chosen and r.valid_on(as_of) and _meets(r, level)]
            if also:
                criterion["also"] = " ".join(also)
                criterion["explanation"] = f"{criterion['explanation']} {criterion['also']}"
        return criterion

    def language_text(self, met: bool) -> str:
        text, level = self.text, self.judged_level
        chosen = self.chosen
        # The levels in the test's own scale (a TEF's are NCLC); with no test, CLB (NCLC in French)
        scale = text.scale(chosen.language if chosen is not None else "english")
        why = _why_sentence(text, self.level_reason, level, scale)
        if chosen is None:
            as_of = self.profile.as_of
            # Valid today, lapsed by a later application day: said first (the glance shows the first clause), as
            # a day to come, with the level a new result needs by then (RULES.md 2: valid on the day one applies).
            # One whose date the person was not sure of is not among them: the careful reading's day is not theirs
            # ("Your IELTS of February 28, 2025 expires on February 28, 2027", both made up: coherence round 11).
            lapsing = [r for r in self.results if r.valid_on(self.today) and not r.valid_on(as_of)
                       and r.index not in self.unsure_dates]
            parts = [text.t("criterion.language.lapses", test=text.t(f"test.{r.test}"), date=self._taken(r),
                            expires=self._expires(r), level=level) for r in lapsing]
            invalid = [self._invalid_text(r) for r in self.results if not r.valid_on(as_of) and r not in lapsing]
            if not parts:
                # A result given but not counted (expired, an older score table) is said first: the glance shows
                # the first clause, and "no valid result" alone reads as if the test typed in were ignored.
                parts += [*invalid, _level_sentence(text, "criterion.language.no_valid_test", level)]
            else:
                parts += invalid
            parts.append(why)
            return " ".join(parts)
        scores = text.t("criterion.language.scores", test=text.t(f"test.{chosen.test}"),
                        date=self._taken(chosen), levels=text.levels(chosen.clb),
                        expires=self._expires(chosen), scale=scale)
        if met:
            parts = [scores, text.t("criterion.language.met", level=level, scale=scale), why]
            if (later := self.later_rise) is not None:  # a higher level from a later application day
                parts.append(text.t("criterion.language.until", last=text.date(later.day - _ONE_DAY),
                                    day=text.date(later.day), level=later.rise.level, scale=scale))
            day = self.qualifies_on or self.reached  # not yet eligible: said here too, not only at the bottom
            if day is not None and chosen.expires <= day:  # its expiry day is the first day it is no longer valid
                key = "expires_that_day" if chosen.expires == day else "expires_before"
                parts.append(text.t(f"criterion.language.{key}", eligible_on=text.date(day)))
            return " ".join(parts)
        return " ".join((scores, text.t("criterion.language.unmet", level=level, scale=scale,
                                         gaps=text.join([gap for _, gap in self._gaps()])), why))

    def _gaps(self) -> list[tuple[str, str]]:
        """The abilities of the chosen test below the level, each with its sentence (said twice in the result)."""
        if self.gaps is None:
            assert self.chosen is not None
            text, level, result = self.text, self.judged_level, self.chosen
            self.gaps = [(ability, _gap_sentence(text, level, ability, clb, result.language))
                         for ability, clb in zip(ABILITIES, result.clb, strict=True) if clb < level]
        return self.gaps

    def _taken(self, result: Result) -> str:
        """The day of a result, or its month when the date was given as a month (never a day not given)."""
        return self.text.month(result.date) if result.index in self.month_only else self.text.date(result.date)

    def _expires(self, result: Result) -> str:
        """The day a result expires; of a test given as a month, read as its first (careful) or last day, said as
        the earliest or latest it can be."""
        day = self.text.date(result.expires)
        if result.index in self.about_dates:  # "around April 2025" may be March: no earliest day can be said
            return self.text.t("format.around", date=day, month=self.text._months[result.date.month - 1],
                               year=result.date.year)
        if result.index not in self.month_only:
            return day
        return self.text.t("format.earliest" if result.date.day == 1 else "format.latest", date=day)

    def _invalid_text(self, result: Result) -> str:
        text = self.text
        name = text.t(f"test.{result.test}")
        if not result.supported and result.expires > self.profile.as_of:  # an expired one is said expired
            return text.t(f"criterion.language.unsupported_{result.test}", test=name, date=self._taken(result))
        if result.index in self.unsure_dates:  # the day is the careful reading's, not one the person gave
            return text.t("criterion.language.expired_unsure", test=name)
        return text.t("criterion.language.expired", test=name, date=self._taken(result),
                      expires=self._expires(result))

    # -- the rest of the result -------------------------------------------------------------------------
    def ledger_dict(self) -> dict[str, Any]:
        ledger = self.ledger
        line_text = self.text.ledger_line
        jobs = []
        total = round(ledger_rules.shown_hours(ledger.total))
        # the jobs' hours add up to the total said (each rounded alone, three jobs could be one hour off it)
        shares = ledger_rules.apportioned([line.counted for line in ledger.lines], total)
        for line, counted in zip(ledger.lines, shares, strict=True):
            excluded, not_counted, index, occupation = (line.excluded_because, line.not_counted, line.index,
                                                        line.occupation)
            # A qualifying job with nothing in the window says why, rather than "0 h count".
            key = excluded or _counted_key(counted, not_counted)
            if key == "before_window" and self._in_crs_years(index):
                key = "before_window_crs"  # none for the class, yet the CRS's 10 years count it (RULES.md 3)
            jobs.append({"index": index, "occupation": occupation, "teer": line.teer, "counted": counted,
                         "not_counted": {k: round(v) for k, v in not_counted.items()} if not_counted else {},
                         "excluded_because": excluded,
                         "explanation": line_text(key, index + 1, occupation, line.teer, counted)})
        return {
            "window_from": ledger.window_from.isoformat(),
            "window_to": ledger.window_to.isoformat(),
            "counted": total,
            "jobs": jobs,
            "by_occupation": {k: round(ledger_rules.shown_hours(v)) for k, v in ledger.by_occupation.items()},
            "crs_years": ledger.crs_years,
        }

    def _in_crs_years(self, index: int) -> bool:
        """Whether job `index` ended within the CRS's 10 years of Canadian work (RULES.md 3)."""
        end = self.profile.jobs[index].end
        return end is None or end >= add_years(self.profile.as_of, -ledger_rules.CRS_WINDOW_YEARS)

    def result_dict(self, result: Result) -> dict[str, Any]:
        listening, reading, writing, speaking = result.clb  # the order of ABILITIES
        date, expires = result.date, result.expires
        return {"index": result.index, "test": result.test, "language": result.language,
                "date": date.isoformat(), "expires": expires.isoformat(),
                "valid": result.supported and date <= self.profile.as_of < expires,  # result.valid_on(as_of)
                "clb": {"listening": listening, "reading": reading, "writing": writing, "speaking": speaking}}

    def comparison(self) -> dict[str, Any] | None:
        crs, rounds = self.crs, self.rounds
        latest = rounds.latest_cec
        if crs is None or latest is None:
            return None
        total = crs.total
        # Rounds of other programs invite people in the pool: named only to someone eligible now.
        eligible = self.eligible_now
        worked = self.ledger.by_occupation
        occupations = tuple(program for program, codes in _OCCUPATION_ROUNDS
                            if eligible and any(code in codes for code in worked))
        explanation = _comparison_text(self.text, total, eligible and crs.details.get("french", 0) > 0,
                                       eligible and self.profile.provincial_nomination, rounds, occupations,
                                       eligible)
        cutoffs = rounds.sorted_cutoffs
        recent = {"rounds": len(cutoffs), "from": rounds.recent[0].date.isoformat(),
                  "to": latest.date.isoformat(), "lowest": cutoffs[0], "highest": cutoffs[-1]}
        return {"program": "canadian_experience_class", "date": latest.date.isoformat(),
                "lowest_crs": latest.lowest_crs, "invitations": latest.invitations,
                "difference": total - latest.lowest_crs,
                "recent": {**recent, "would_be_invited": _invited_in(rounds, total)},
                "rounds_as_of": rounds.as_of.isoformat(), "rounds_origin": rounds.origin,
                "explanation": explanation}

    def _hours_leave_window(self) -> bool:
        """Some counted hours fall out of the 3-year window before the projected day."""
        assert self.reached is not None
        new_start = add_years(self.reached, -ledger_rules.WINDOW_YEARS)
        return any(line.counted > 0 and job.start < new_start
                   for line, job in zip(self.ledger.lines, self.profile.jobs, strict=True))

    def hours_first(self, new_test: bool = False) -> str:
        """For the plan's paths of someone short of hours: those hours come before any score counts; `new_test`:
        the language result lapses by the day they are reached, so a new one must come by then too (RULES.md 1)."""
        text = self.text
        missing = text.number(max(1.0, ledger_rules.REQUIRED_HOURS - self.ledger.total))
        one = "_one" if missing == "1" else ""  # "the 1 qualifying hour", never "the 1 qualifying hours"
        if self.reached is not None:
            renew = "_new_test" if new_test else ""
            return text.t(f"paths.hours_first_on{one}{renew}", hours=missing, eligible_on=text.date(self.reached))
        return text.t(f"paths.hours_first{one}", hours=missing)

    def what_would_change(self, hours_met: bool, language_met: bool) -> list[dict[str, str]]:
        text = self.text
        changes = []
        if not hours_met:
            missing = max(0.0, ledger_rules.REQUIRED_HOURS - self.ledger.total)
            weeks = math.ceil(missing / _RULES["weekly_cap_hours"] - 1e-9)
            key = "change.work.hours"
            if self.reached is None:  # a new full-time job from today, while counted hours leave the window
                weeks_with_window = _weeks_of_new_full_time_work(self.profile)
                if weeks_with_window is not None and weeks_with_window > weeks:
                    key, weeks = "change.work.hours_window", weeks_with_window
            if self.reached is not None:
                key = "change.work.projection_window" if self._hours_leave_window() else "change.work.projection"
            hours = text.number(max(1.0, missing))
            key += "_one" if hours == "1" else ""  # a day short at a few hours a week: "1 more qualifying hour"
            changes.append({"criterion": "work_experience", "text": text.t(
                key, hours=hours, weeks=text.count(weeks, "week"),
                eligible_on=text.date(self.reached) if self.reached else "")})
        if not language_met:
            if self.chosen is None:
                changes.append({"criterion": "language",
                                "text": _level_sentence(text, "change.language.take_test", self.judged_level)})
            else:
                # each ability short of the level, named (the first screen lists them all, not only the first)
                changes += [{"criterion": "language", "ability": ability, "text": gap}
                            for ability, gap in self._gaps()]
            if self.level_reason == "teer_only":  # the exact codes may show a lower level applies
                changes.append({"criterion": "language", "text": text.t("change.language.teer_only")})
        if self.rise is not None and self.qualifies_on is None:
            changes.append({"criterion": "language",
                            "text": _level_sentence(text, "change.language.take_test", self.rise.level)})
        return changes

    def next_steps(self, verdict: str, language_met: bool, lang: str) -> list[dict[str, str]]:
        education = self.profile.education
        better_test = self.rise is not None and self.qualifies_on is None  # a higher level applies by then
        # Not yet eligible on a result that lapses by the day (RULES.md 1): the headline and the warning said "a
        # new test by then", yet no step said to book one
        day = self.qualifies_on or self.reached
        resting_on = self.met_then.result if self.met_then is not None else self.chosen  # as the warning reads it
        lapses = verdict == "not_yet_eligible" and resting_on is not None and day is not None \
            and resting_on.expires <= day
        steps = _steps(self.text, verdict, not language_met or self.chosen is None or better_test or lapses,
                       education is not None and not education.in_canada and not education.eca, lang)
        chosen, as_of = self.chosen, self.profile.as_of
        if verdict == "eligible" and chosen is not None and chosen.expires < add_years(as_of, _PROFILE_YEARS):
            # A result lapsing before the profile would (RULES.md 2 and 6: valid while in the pool; a profile is
            # valid 12 months): "it stays in the pool for 12 months" alone read as if the profile could wait there
            # a year on it, and no step said to book a new test (it said so only within about 4 months: a result
            # lapsing in 8 months still read "12 months", session 20).
            # Of a test given as a month, its earliest expiry needs no "(you gave only the month...)" again:
            # booking before it is right whatever the day; the latest one (the favourable reading) keeps it.
            earliest = (chosen.index not in self.month_only or chosen.date.day == 1) \
                and chosen.index not in self.about_dates
            expires = self.text.date(chosen.expires) if earliest else self._expires(chosen)
            renew = self.text.t("step.create_profile_test_expiring", expires=expires)
            steps = tuple((key, renew if key == "create_profile" else sentence, link)
                          for key, sentence, link in steps)
        elif verdict == "not_yet_eligible" and resting_on is not None and day is not None and not lapses \
                and resting_on.expires < add_years(day, _PROFILE_YEARS):
            # The same from the "not yet" day: a result valid on it that lapses within the profile's 12 months
            # read "create your profile once you meet every requirement" alone (a chat played by hand, session 21)
            earliest = (resting_on.index not in self.month_only or resting_on.date.day == 1) \
                and resting_on.index not in self.about_dates
            expires = self.text.date(resting_on.expires) if earliest else self._expires(resting_on)
            renew = self.text.t("step.create_profile_later_test_expiring", expires=expires)
            steps = tuple((key, renew if key == "create_profile_later" else sentence, link)
                          for key, sentence, link in steps)
        return [{"id": key, "text": sentence, **({"url": link} if link else {})} for key, sentence, link in steps]

    def _level_rise_warning(self, rise: LevelRise) -> dict[str, str]:
        text = self.text
        occupation = (text.t("format.occupation_noc", noc=rise.occupation, teer=rise.teer)
                      if rise.occupation.isdigit() else text.t("format.occupation_teer", teer=rise.teer))
        assert self.reached is not None
        params = {"reached": text.date(self.reached), "occupation": occupation, "level": rise.level}
        # the day the text says, as a value too: `cec-screener assess`'s JSON carries every day its texts say
        on = {"on": self.reached.isoformat(), "level": str(rise.level)}
        if self.qualifies_on is None:
            return {"id": "language_level_rises", "text": text.t("warning.language_level_rises", **params), **on}
        return {"id": "language_level_rises_then_falls", "text": text.t(
            "warning.language_level_rises_then_falls", qualifies_on=text.date(self.qualifies_on), **params), **on}

    def _level_rise_met_warning(self, met: _MetThen) -> dict[str, str]:
        text, rise = self.text, met.rise
        occupation = (text.t("format.occupation_noc", noc=rise.occupation, teer=rise.teer)
                      if rise.occupation.isdigit() else text.t("format.occupation_teer", teer=rise.teer))
        assert self.qualifies_on is not None
        key = "warning.language_level_rises_met" if met.alone else "warning.language_level_rises_met_several"
        return {"id": "language_level_rises_met", "text": text.t(
            key, eligible_on=text.date(self.qualifies_on), occupation=occupation,
            level=rise.level, test=text.t(f"test.{met.result.test}"), date=self._taken(met.result))}

    def counted_test_lapses(self, scorer: Scorer | None) -> list[dict[str, str]]:
        """The CRS counting a result that lapses within about 4 months (the expiry warning's span) while the
        verdict rests on another (whose own expiry test_expires_soon says): its expiry day and the estimate without
        it (RULES.md 2: a result counts while less than 2 years old). Two results of one language (an IELTS at
        CLB 9, a CELPIP at CLB 10 lapsing in six weeks) read the CRS of the second with no word of its expiry."""
        crs, as_of, text = self.crs, self.profile.as_of, self.text
        if scorer is None or crs is None:
            return []
        found: list[dict[str, str]] = []
        for result in self.results:
            if result is self.chosen or not result.valid_on(as_of) or result.index in self.unsure_dates \
                    or result.expires > as_of + _EXPIRY_WARNING:
                continue
            without = scorer.total([other for other in self.results if other is not result])
            if without < crs.total:
                found.append({"id": "counted_test_lapses", "text": text.t(
                    "warning.counted_test_lapses", test=text.t(f"test.{result.test}"), date=self._taken(result),
                    expires=self._expires(result), without=text.number(without), lost=crs.total - without),
                    "on": result.expires.isoformat(), "without": str(without)})
        return found

    def warnings(self) -> list[dict[str, str]]:
        text, profile = self.text, self.profile
        found: list[dict[str, str]] = []
        as_of = profile.as_of
        chosen = self.chosen
        if self.work_until is not None and self.reached is None:
            found.append({"id": "hours_leave_window",
                          "text": text.t("warning.hours_leave_window", date=text.date(self.work_until))})
        elif self.work_until is not None and self.qualifies_on is not None:
            found.append({"id": "hours_leave_window_after_day", "text": text.t(
                "warning.hours_leave_window_after_day", date=text.date(self.work_until),
                eligible_on=text.date(self.qualifies_on)), "on": self.qualifies_on.isoformat(),
                "until": self.work_until.isoformat()})
        if (later := self.later_rise) is not None:
            rise = later.rise
            occupation = (text.t("format.occupation_noc", noc=rise.occupation, teer=rise.teer)
                          if rise.occupation.isdigit() else text.t("format.occupation_teer", teer=rise.teer))
            found.append({"id": "language_level_rises_later", "text": text.t(
                "warning.language_level_rises_later", day=text.date(later.day),
                last=text.date(later.day - _ONE_DAY), occupation=occupation, level=rise.level),
                "on": later.day.isoformat(), "level": str(rise.level)})
        # The next birthday that costs age points, when as near as a test expiry worth a warning (RULES.md 1: about
        # 4 months; an invitation and the 60 days to apply can run past it): every birthday from 30 on costs some.
        if self.crs is not None and (drop := next_age_drop(profile, as_of + _EXPIRY_WARNING)) is not None:
            birthday_on, age, before, after = drop
            found.append({"id": "age_points_fall", "text": text.t(
                "warning.age_points_fall", date=text.date(birthday_on), age=age, before=before, after=after,
                lost=before - after), "on": birthday_on.isoformat(), "age": str(age), "lost": str(before - after),
                **_leap_day(profile, birthday_on)})
        # A birthday that brings age points (17 scores none, 18 and 19 fewer than 20): said within the 12 months a
        # profile stays in the pool (RULES.md 5), so a 17-year-old never reads "Age: 0" with no word of the day.
        if self.crs is not None and (gain := next_age_drop(profile, as_of + _AGE_RISE_HORIZON, rise=True)):
            birthday_on, age, before, after = gain
            found.append({"id": "age_points_rise", "text": text.t(
                "warning.age_points_rise", date=text.date(birthday_on), age=age, before=before, after=after,
                gained=after - before), "on": birthday_on.isoformat(), "age": str(age),
                "gained": str(after - before), **_leap_day(profile, birthday_on)})
        if self.rise is not None:
            found.append(self._level_rise_warning(self.rise))
        if self.met_then is not None:  # eligibility will rest on another result than today's: said, and its expiry
            found.append(self._level_rise_met_warning(self.met_then))
            chosen = self.met_then.result
        if chosen is not None and chosen.valid_on(as_of):
            day = self.qualifies_on or self.reached  # the day the person would qualify
            if day is not None and chosen.expires <= day:
                # On the day itself "expires on the 28th, before you reach a year on the 28th" read as a slip: the
                # result is no longer valid from its expiry day, so the same day is said as such
                key = "on_eligible_day" if chosen.expires == day else "before_eligible"
                found.append({"id": "test_expires_before_eligible", "text": text.t(
                    f"warning.test_expires_{key}", expires=self._expires(chosen),
                    eligible_on=text.date(day)), "on": day.isoformat(), "expires": chosen.expires.isoformat()})
            elif chosen.expires <= (day or as_of) + _EXPIRY_WARNING:
                found.append({"id": "test_expires_soon",
                              "text": text.t("warning.test_expires_soon", expires=self._expires(chosen))})
        for result in self.results:
            if not result.supported and result.expires > as_of:  # expired anyway: said so, not the old table
                found.append({"id": f"unsupported_{result.test}",
                              "text": text.t(f"warning.unsupported_{result.test}", date=self._taken(result))})
        if profile.marital_status in ("married", "common_law") and profile.spouse is None and self.crs is not None:
            found.append({"id": "spouse_missing", "text": text.t("warning.spouse_missing")})
        elif profile.marital_status in ("married", "common_law") and profile.spouse is not None \
                and not has_accompanying_spouse(profile) and self.crs is not None:
            # RULES.md 3: a partner who is a citizen or PR, or who does not come, puts the person in the "without
            # spouse" column: said, so that "spouse 0" is not read as a partner scored at nothing
            why = "citizen" if profile.spouse.canadian_citizen_or_pr else "staying"
            found.append({"id": "spouse_not_counted", "text": text.t(f"warning.spouse_not_counted_{why}")})
        education = profile.education
        if education is not None and (effective := effective_education(profile)) != education.level:
            if not (education.in_canada or education.eca):
                counted_instead = education.canadian_credential != "none"
                key = "education_canadian_counted" if counted_instead else "education_without_eca"
            else:  # a foreign credential with its ECA and a separate Canadian one
                key = "education_two_credentials" if effective == "two_or_more" else "education_canadian_higher"
            if key in ("education_canadian_counted", "education_canadian_higher") \
                    and education.canadian_credential in ("one_year", "two_year"):
                key = f"{key}_{education.canadian_credential}"  # its length said: that level, not the lowest
            found.append({"id": key, "text": text.t(f"warning.{key}")})
        if (education is not None and education.in_canada and education.level in POST_SECONDARY
                and education.canadian_credential == "none" and self.crs is not None):
            # Read two ways on the command line (the bot sets the field from the level): said, never guessed.
            found.append({"id": "canadian_credential_none", "text": text.t("warning.canadian_credential_none")})
        if as_of > self.rounds.as_of + _ROUNDS_STALE:
            found.append({"id": "rounds_stale", "text": _rounds_stale(text, self.rounds.as_of)})
        if self.crs is not None:
            found += [_caveat(text, caveat, links_) for start, caveat, links_ in _CAVEATS if as_of >= start]
        if self.level_reason == "tie":
            found.append({"id": "language_tie", "text": text.t("warning.language_tie")})
        for line in self.ledger.lines:
            # Said where it may apply: a physician's code (RULES.md 1), or a job given only as TEER 1; a graphic
            # designer's self-employment is no physician's.
            if line.excluded_because == "self_employed" and line.occupation in _MAY_BE_PHYSICIAN:
                found.append({"id": "physician_exception", "text": text.t("warning.physician_exception")})
                break
        return found


# The sentences below depend on a handful of values only: each is written once per catalog and then reused.
@lru_cache(maxsize=64)
def _steps(text: Catalog, verdict: str, language_test: bool, eca: bool, lang: str
           ) -> tuple[tuple[str, str, str | None], ...]:
    """The next steps as (id, sentence, link), with the pages in the reader's language where they exist."""
    url = links(lang)
    steps: list[tuple[str, str | None]] = [("check_rules", url["cec_rules"])]
    if language_test:
        steps.append(("language_test", url["language_test"]))
    if eca:
        steps.append(("eca", url["eca"]))
    # A step links only a page about it (RULES.md section 5 names none for the profile, the documents or
    # working on): pointing them at the CEC page again sent three of five "official page" links to one page.
    if verdict == "eligible":
        steps += [("create_profile", None), ("wait_for_invitation", url["rounds"]), ("documents", None)]
    elif verdict == "not_yet_eligible":
        steps += [("keep_working", None), ("create_profile_later", None)]
    steps.append(("official_crs_tool", url["crs_tool"]))
    return tuple((key, text.t(f"step.{key}"), link) for key, link in steps)


@lru_cache(maxsize=256)
def _level_sentence(text: Catalog, key: str, level: int) -> str:
    return text.t(key, level=level)


@lru_cache(maxsize=64)  # 4 reasons x the few levels x two scales
def _why_sentence(text: Catalog, reason: str, level: int, scale: str) -> str:
    return text.t(f"criterion.language.why.{reason}", level=level, scale=scale)


@lru_cache(maxsize=256)
def _gap_sentence(text: Catalog, level: int, ability: str, have: int, language: str) -> str:
    return text.t("change.language.ability", level=level, ability=text.t(f"ability.{ability}"),
                  have=text.clb(have, language), scale=text.scale(language))


@lru_cache(maxsize=8)
def _rounds_stale(text: Catalog, as_of: dt.date) -> str:
    return text.t("warning.rounds_stale", date=text.date(as_of))


@lru_cache(maxsize=8)
def _caveat(text: Catalog, caveat: str, pages: tuple[str, ...]) -> dict[str, str]:
    """A caveat the CRS grid file dates, with the pages where to check, in the reader's language."""
    url = links(text.lang)
    where = {f"url_{page}": url[page] for page in pages}
    return {"id": f"crs_{caveat}", "text": text.t(f"freshness.caveat.{caveat}", **where)}


def _counted_key(counted: int, not_counted: dict[str, float]) -> str:
    """The ledger sentence of a job that qualifies: what counts, or why nothing does."""
    studied = "full_time_student" in not_counted  # full-time studies ended during the job
    if counted == 0:
        return "full_time_student" if studied else "before_window" if "outside_window" in not_counted else "counts"
    return "counts_after_studies" if studied else "counts"
