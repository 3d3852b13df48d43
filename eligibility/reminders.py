"""Which reminders are due for one person, on which day: a pure function of their profile, its verdict and dates.

Nothing here is stored: the schedule is worked out again from the stored answers whenever it is needed, so it
follows every change of answer. Kinds, each with the day it is sent (`due`) and the day after which it is no
longer worth sending (`until`, exclusive; a reminder missed while the bot was down goes out late within it):

- ``eligible``: the projected day a "not yet eligible" person reaches 1,560 hours (RULES.md §1); until 30 days on.
  With the result relied on in its details when it expires by then or within about 4 months of it (RULES.md §1).
- ``test_90`` / ``test_30``: 90 and 30 days before the language result they rely on expires (2 years after the
  test, RULES.md §2): from that day they are no longer eligible without another test. Until the next one. The
  result relied on meets the level of the day the application can be made (for a person not yet eligible, the
  projected day's: RULES.md §1, the occupation with the most hours then); `eligible_on` in its details when it
  expires by the projected day (RULES.md §1: warn of it). Not sent once, by the answers, the hours have left the
  3-year window by its day: a new test would not keep an eligibility already lost.
- ``hours``: 60 days before the last application day whose 3-year window still holds 1,560 h, for an eligible
  person whose older work leaves the window sooner than current work adds to it (RULES.md §1: the hours are
  those of the 3 years before the application; the verdict's `work_met_until`). 60 days: the time an invitation
  leaves to apply (RULES.md §5). Until that last day, included.
- ``level``: the same, before the last application day at today's language level, when a later day's leading
  occupation needs CLB 7 that no result meets (RULES.md §1; the verdict's `language_met_until`).
- ``eca``: 90 days before the ECA a foreign credential's CRS points rest on turns 5 years old (RULES.md §3: "a
  foreign one counts only with an ECA less than 5 years old"), when the person gave the month it was issued
  (the screening itself does not ask it); from the first day of that month, the earliest it can be. Until then.
- ``birthday``: the day before a birthday that costs CRS age points (the age rows of crs_grid.json, in the
  column that applies to them); until the birthday itself. For a partner who may or may not come (`partner_unsure`:
  the profile is in the column of the verdict's careful reading, the lower CRS), the other column's points too.
- ``yearly``: each anniversary of the day they turned reminders on, when nothing else was due in the year
  before it; until 30 days on. With `partner_unsure` in its details: that answer is still open.

Someone who will live in Quebec gets the yearly check alone: CRS points and the CEC's dates are not their route
(RULES.md §8), and plans can change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from eligibility import hours as ledger_rules
from eligibility.assess import required_clb
from eligibility.crs import has_accompanying_spouse
from eligibility.language import add_years
from eligibility.profile import ScreeningProfile, birthday
from eligibility.tables import cec, crs_grid

KINDS = ("eligible", "test_90", "test_30", "hours", "level", "eca", "birthday", "yearly")
TEST_WARNINGS = {"test_90": 90, "test_30": 30}  # days before the result expires
HOURS_WARNING_DAYS = 60  # before the last day the hours hold: the days an invitation leaves to apply (RULES.md §5)
ECA_WARNING_DAYS = 90
# RULES.md §3. Not yet in crs_grid.json: it moves there with the next rules version (a data edit needs one).
ECA_VALID_YEARS = 5
LATE_DAYS = 30  # how late an "eligible" or "yearly" reminder still goes out after downtime
# RULES.md §1: a test expiring within about 4 months of the projected day is warned of (the verdict's figure).
EXPIRY_WARNING = dt.timedelta(days=cec()["expiry_warning_days"])
_VERDICTS_WITH_A_TEST = ("eligible", "not_yet_eligible")
_AGE = {int(age): tuple(points) for age, points in crs_grid()["age"].items()}


@dataclass(frozen=True)
class Reminder:
    kind: str
    due: dt.date  # the day it is sent
    until: dt.date  # the first day it is no longer sent (exclusive end of its window)
    event: dt.date  # the day it is about: eligibility, expiry, birthday, anniversary
    details: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def live_on(self, day: dt.date) -> bool:
        return self.due <= day < self.until


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _eligible_on(result: Mapping[str, Any]) -> dt.date | None:
    """The projected day of a person not yet eligible (None for anyone else)."""
    if result.get("verdict") != "not_yet_eligible" or not result.get("eligible_on"):
        return None
    return dt.date.fromisoformat(result["eligible_on"])


def _test_details(test: Mapping[str, Any]) -> dict[str, Any]:
    return {"test": test["test"], "taken": test["date"], "expires": test["expires"]}


def _eligible(result: Mapping[str, Any], test: Mapping[str, Any] | None) -> list[Reminder]:
    day = _eligible_on(result)
    if day is None:
        return []
    # The result relied on, when it expires by that day or soon after: the day's message must say so (RULES.md §1).
    soon = test is not None and dt.date.fromisoformat(test["expires"]) <= day + EXPIRY_WARNING
    details = _test_details(test) if test is not None and soon else {}
    return [Reminder("eligible", day, day + _days(LATE_DAYS), day, details)]


def _ledger_on(profile: ScreeningProfile, day: dt.date) -> ledger_rules.Ledger:
    """The hours of an application made on `day`, the jobs going on as declared."""
    return ledger_rules.build_ledger(profile.model_copy(update={"as_of": day}))


def _relied_on_test(profile: ScreeningProfile, result: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The valid result that meets the required level and expires last: the one whose expiry ends eligibility.

    The level is that of the first day an application can be made: today for an eligible person, the projected
    day for one not yet eligible, when another occupation may lead and require more (RULES.md §1, IRPR 87.1(2)(e)).
    """
    if result.get("verdict") not in _VERDICTS_WITH_A_TEST:
        return None
    level = result.get("required_clb") or 0
    if (day := _eligible_on(result)) is not None:
        level = required_clb(_ledger_on(profile, day))[0] or level
    meeting = [r for r in result.get("language_results", [])
               if r.get("valid") and min(r["clb"].values()) >= level]
    return max(meeting, key=lambda r: r["expires"], default=None)


def _hours_hold(profile: ScreeningProfile, result: Mapping[str, Any], day: dt.date) -> bool:
    """By the answers, the window of an application made on `day` still holds 1,560 h (RULES.md §1); before the
    projected day of a person not yet eligible, the projection itself is what the reminder speaks of."""
    projected = _eligible_on(result)
    if projected is not None and day < projected:
        return True
    return _ledger_on(profile, day).total >= ledger_rules.REQUIRED_HOURS - 1e-6


def _test_expiry(profile: ScreeningProfile, result: Mapping[str, Any], test: Mapping[str, Any] | None
                 ) -> list[Reminder]:
    if test is None:
        return []
    expires = dt.date.fromisoformat(test["expires"])
    details = _test_details(test)
    projected = _eligible_on(result)
    if projected is not None and expires <= projected:  # not valid on the projected day: said so (RULES.md §1)
        details["eligible_on"] = projected.isoformat()
    ninety, thirty = (expires - _days(TEST_WARNINGS[k]) for k in ("test_90", "test_30"))
    found = [Reminder("test_90", ninety, thirty, expires, details),
             Reminder("test_30", thirty, expires, expires, details)]
    return [r for r in found if _hours_hold(profile, result, r.due)]


def _hours_leave(result: Mapping[str, Any]) -> list[Reminder]:
    """An eligible person's last application day with 1,560 h in the window, when a later one falls short; or a
    person not yet eligible's, the hours reached on the day falling short again soon after."""
    until = result.get("work_met_until")
    if result.get("verdict") not in ("eligible", "not_yet_eligible") or not until:
        return []
    last = dt.date.fromisoformat(until)
    return [Reminder("hours", last - _days(HOURS_WARNING_DAYS), last + _days(1), last)]


def _level_rises(result: Mapping[str, Any]) -> list[Reminder]:
    """An eligible person's last application day at today's language level, when a later one needs more."""
    until = result.get("language_met_until")
    if result.get("verdict") != "eligible" or not until:
        return []
    last = dt.date.fromisoformat(until)
    return [Reminder("level", last - _days(HOURS_WARNING_DAYS), last + _days(1), last)]


def eca_counts(profile: ScreeningProfile, result: Mapping[str, Any]) -> bool:
    """The CRS counted a foreign credential through its ECA."""
    education = profile.education
    return (education is not None and education.eca and not education.in_canada
            and result.get("crs") is not None)


def _eca(profile: ScreeningProfile, result: Mapping[str, Any], issued: dt.date | None) -> list[Reminder]:
    if issued is None or not eca_counts(profile, result):
        return []
    expires = add_years(issued, ECA_VALID_YEARS)
    return [Reminder("eca", expires - _days(ECA_WARNING_DAYS), expires, expires, {"issued": issued.isoformat()})]


def _age_points(age: int, column: int) -> int:
    return _AGE[min(max(age, min(_AGE)), max(_AGE))][column]


def _birthdays(profile: ScreeningProfile, result: Mapping[str, Any], start: dt.date, end: dt.date,
               partner_unsure: bool = False) -> list[Reminder]:
    """The birthdays in (start, end] that cost age points, each reminded the day before. `partner_unsure`: the
    points in the other column too ("other_before", "other_after"), and whether the profile's column has the
    partner coming ("coming"); a birthday that costs points in one column costs them in the other (RULES.md 3)."""
    born = profile.birth_date
    if born is None or result.get("crs") is None:
        return []
    column = 0 if has_accompanying_spouse(profile) else 1  # the grid's pairs are [with, without] spouse
    found = []
    for age in range(profile.age_on(start) + 1, max(_AGE) + 1):
        day = birthday(born, age)
        if day > end:
            break
        before, after = _age_points(age - 1, column), _age_points(age, column)
        if after < before:
            details: dict[str, Any] = {"age": age, "before": before, "after": after}
            if partner_unsure:
                details.update(coming=column == 0, other_before=_age_points(age - 1, 1 - column),
                               other_after=_age_points(age, 1 - column))
            found.append(Reminder("birthday", day - _days(1), day, day, details))
    return found


def _yearly(since: dt.date, others: list[Reminder], end: dt.date, partner_unsure: bool = False) -> list[Reminder]:
    """Anniversaries of `since` up to `end` with no other reminder due in the year before them."""
    found = []
    years = 1
    while (day := add_years(since, years)) <= end:
        previous = add_years(since, years - 1)
        if not any(previous <= r.due < day for r in others):
            details: dict[str, Any] = {"years": years, **({"partner_unsure": True} if partner_unsure else {})}
            found.append(Reminder("yearly", day, day + _days(LATE_DAYS), day, details))
        years += 1
    return found


def schedule(profile: ScreeningProfile, result: Mapping[str, Any], since: dt.date, today: dt.date,
             muted: Iterable[str] = (), eca_issued: dt.date | None = None, partner_unsure: bool = False
             ) -> list[Reminder]:
    """Every reminder still to come or still worth sending on `today`, by due day.

    `result` is assess(profile) (profile.as_of being the day the answers were last given, never after today);
    `since` is the day the person turned reminders on: nothing due before it is sent. Kinds in `muted` were
    cancelled; a cancelled kind no longer counts as "something else due" for the yearly check. `eca_issued`: the
    first day of the month the person said their ECA was issued, if they did. `partner_unsure`: the person was not
    sure their spouse or partner would come, and `profile` reads the column the verdict's CRS reads (the lower).
    """
    off = frozenset(muted)
    horizon = add_years(today, 2)  # far enough for the yearly rule to see a whole year past the next anniversary
    test = _relied_on_test(profile, result)
    found = [*_eligible(result, test), *_test_expiry(profile, result, test), *_hours_leave(result),
             *_level_rises(result), *_eca(profile, result, eca_issued),
             *_birthdays(profile, result, since, horizon, partner_unsure)]
    if profile.intends_to_live_in_quebec:  # CRS points and CEC dates are not their route (RULES.md 8): yearly only
        found = []
    found = [r for r in found if r.due >= since and r.kind not in off]
    if "yearly" not in off:
        unsure = partner_unsure and not profile.intends_to_live_in_quebec  # no CRS said to them (RULES.md 8)
        found += _yearly(since, found, add_years(today, 1), unsure)
    return sorted((r for r in found if r.until > today), key=lambda r: (r.due, KINDS.index(r.kind)))


def live(reminders: Iterable[Reminder], today: dt.date) -> list[Reminder]:
    """The reminders that may be sent on `today`, the most pressing first (the one whose window closes first)."""
    return sorted((r for r in reminders if r.live_on(today)), key=lambda r: (r.until, KINDS.index(r.kind)))


def next_of_each_kind(reminders: Iterable[Reminder]) -> list[Reminder]:
    """The first reminder of each kind, by due day: what a person sees listed (one line, one cancel, per kind)."""
    seen: dict[str, Reminder] = {}
    for reminder in sorted(reminders, key=lambda r: r.due):
        seen.setdefault(reminder.kind, reminder)
    return sorted(seen.values(), key=lambda r: (r.due, KINDS.index(r.kind)))
