"""Reminders in the conversation: the schedule from the stored answers, and the messages that show it.

The answers are read as the verdict reads them (flows.results.careful_reading: with a partner who may or may not
come, the column of the lower CRS, and the other column's points named beside), as of the day they were
last given or the day reminders were turned on, whichever is later: every answer is valid on that day, and
a "not yet eligible" person's projected day comes out as they were shown it. eligibility.reminders decides
what is due; this module only builds its input and writes its sentences.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from eligibility import Profile, ScreeningProfile, assess
from eligibility.language import add_years
from eligibility.reminders import ECA_VALID_YEARS, KINDS, Reminder, eca_counts, live, next_of_each_kind, schedule
from flows.approximate_dates import approximate_day, said_roughly
from flows.parsing import is_month_only, month_bounds
from flows.pickers import month_name, rows
from flows.profile_builder import Favour, build_profile
from flows.quebec import stays_in_quebec
from flows.questions import Answers
from flows.replies import Button, OutMessage, h
from flows.results import SPOUSE, approximate_answers, readings_of_the_day, result_for_answers
from flows.texts import Catalog, catalog

__all__ = ["KINDS", "Reminder", "live", "parse_button", "plan"]

CALLBACK = "rem"  # callback data: rem|offer, rem|on, rem|no, rem|stop, rem|x|<kind>, rem|eca[|YYYY[-MM]]
ACTIONS = ("offer", "on", "no", "stop", "x", "eca")
ECA_ISSUED = "_eca_issued"  # in the answers: "YYYY-MM", the month the ECA was issued (asked only for reminders)
_YEAR_OR_MONTH = re.compile(r"[0-9]{4}(-[0-9]{2})?")


def _profile(answers: Answers, as_of: dt.date, favour: Favour) -> tuple[ScreeningProfile, dict[str, Any]]:
    """The profile and verdict of the answers, read as the verdict's careful reading (`favour`) reads them."""
    try:
        raw = build_profile(answers, as_of, favour)
        model = Profile if "birth_date" in raw or "age" in raw else ScreeningProfile
        profile = model.model_validate(raw, strict=False)
    except ValidationError:  # answers cut short (a restart): only the yearly check is left
        profile = ScreeningProfile(as_of=as_of)
    return profile, assess(profile)


def eca_issued(answers: Answers) -> dt.date | None:
    """The first day of the month the person said their ECA was issued, if they did."""
    value = answers.get(ECA_ISSUED)
    try:
        return dt.date.fromisoformat(f"{value}-01") if isinstance(value, str) else None
    except ValueError:  # never written so; an unreadable value is as good as none
        return None


def _tests_given_as_a_month(answers: Answers, as_of: dt.date) -> dict[tuple[str, str], bool]:
    """(test, day it is read as) of each result whose date was given as a month: read as the month's first day
    (the careful reading, the earliest expiry), it must be said as the month, never as a day never given; and
    whether it was given as only about then ("around April 2025": a test in March lapses earlier, so no earliest
    day is said)."""
    found = {}
    for item in answers.get("tests", []):
        day, kind = item.get("test_date"), item.get("test_kind")
        if isinstance(day, str) and isinstance(kind, str) and is_month_only(day):
            found[(kind, month_bounds(day, as_of)[0].isoformat())] = bool(item.get("test_date_about"))
    return found


def plan(answers: Answers, since: dt.date, answered_on: dt.date, today: dt.date,
         muted: Iterable[str] = ()) -> tuple[list[Reminder], bool]:
    """The reminders still to come for these answers, and whether an ECA counted whose issue month is unknown."""
    as_of = min(today, max(answered_on, since))
    favour, earliest, moving = readings_of_the_day(answers, as_of)
    profile, result = _profile(answers, as_of, favour)
    issued = eca_issued(answers)
    partner_unsure = SPOUSE in approximate_answers(answers)  # both columns named (RULES.md 3)
    reminders = schedule(profile, result, since, today, muted, issued, partner_unsure)
    if months := _tests_given_as_a_month(answers, as_of):
        reminders = [dataclasses.replace(r, details={**r.details, "month_only": True,
                                                     **({"about": True} if months[place] else {})})
                     if (place := (str(r.details.get("test")), str(r.details.get("taken")))) in months else r
                     for r in reminders]
    if earliest is not None:  # the careful day, from answers not given exactly: the earliest one said beside it
        reminders = [dataclasses.replace(r, details={**r.details, "earliest": earliest,
                                                     "moving": [list(place) for place in moving]})
                     if r.kind == "eligible" and r.event.isoformat() > earliest else r for r in reminders]
    if said_roughly(answers):  # hours "about 28", a start "around March 2023": the day may rest on them
        verdict = result_for_answers(answers, as_of, "en")
        rough = {key: verdict[key] for key in ("date_estimates", "hours_estimates") if key in verdict}
        if rough and verdict["verdict"] == "not_yet_eligible":
            reminders = [dataclasses.replace(r, details={**r.details, "rough": rough})
                         if r.kind == "eligible" and r.event.isoformat() == verdict["eligible_on"] else r
                         for r in reminders]
    return reminders, eca_counts(profile, result) and issued is None


def parse_button(rest: str) -> tuple[str, str | None] | None:
    """The action of a reminders button (callback data can be forged: anything else is None).

    An ECA year or month is only checked for its shape here; eca_month checks it against today.
    """
    parts = rest.split("|")
    if parts[0] == "x" and len(parts) == 2 and parts[1] in KINDS:
        return "x", parts[1]
    if parts[0] == "eca" and len(parts) == 2 and _YEAR_OR_MONTH.fullmatch(parts[1]):
        return "eca", parts[1]
    if len(parts) == 1 and parts[0] in ACTIONS and parts[0] != "x":
        return parts[0], None
    return None


# -- sentences --------------------------------------------------------------------------------------------
def _test_expired_by_then(reminder: Reminder) -> bool:
    """An "eligible" reminder whose language result expires by the projected day: not valid on it (RULES.md §2)."""
    expires = reminder.details.get("expires")
    return reminder.kind == "eligible" and expires is not None and dt.date.fromisoformat(expires) <= reminder.event


def _key(reminder: Reminder, message: bool) -> str:
    """The sentence of a reminder, its `message` or its line, by what its details say of the result relied on."""
    if message and reminder.kind.startswith("test_") and "eligible_on" in reminder.details:
        return "test_before_eligible"  # to a person not yet eligible, "no longer eligible" would be false
    if reminder.kind == "birthday" and "coming" in reminder.details:  # a partner who may come: both columns
        return f"birthday_{'coming' if reminder.details['coming'] else 'alone'}"
    if _test_expired_by_then(reminder):  # the careful or approximate day said so still (coherence round 10)
        return "eligible_expired" + ("_careful" if not message and "earliest" in reminder.details else
                                     "_rough" if not message and "rough" in reminder.details else "")
    if not message and reminder.kind == "eligible" and "earliest" in reminder.details:
        return "eligible_careful"  # the day of the careful reading: the earliest possible one said beside it
    if not message and reminder.kind == "eligible" and "rough" in reminder.details:
        return "eligible_rough"  # a day resting on hours or dates said as an estimate: said approximate
    return reminder.kind


def _when_taken_and_expires(details: Mapping[str, Any], c: Catalog) -> dict[str, str]:
    """The test day and expiry as phrases: days as given, or months when the test date was given as a month."""
    taken, expires = (dt.date.fromisoformat(details[k]) for k in ("taken", "expires"))
    if details.get("month_only") and details.get("about"):
        said = month_name(c, taken.year, taken.month)
        return {"taken": c.t("reminders.when.taken_about", month=said),
                "expires": c.t("reminders.when.expires_about", month=month_name(c, expires.year, expires.month),
                               taken=said)}
    if details.get("month_only"):
        return {"taken": c.elide(c.t("reminders.when.taken_month", month=month_name(c, taken.year, taken.month))),
                "expires": c.t("reminders.when.expires_month", month=month_name(c, expires.year, expires.month),
                               date=c.date(expires))}
    return {"taken": c.t("reminders.when.taken_day", date=c.date(taken)),
            "expires": c.t("reminders.when.expires_day", date=c.date(expires))}


def _params(reminder: Reminder, c: Catalog, today: dt.date) -> dict[str, Any]:
    details = reminder.details
    params: dict[str, Any] = {"date": c.date(reminder.due), "event": c.date(reminder.event),
                              "days": (reminder.event - today).days}
    if "test" in details:
        params.update(test=c.t(f"test.{details['test']}"), **_when_taken_and_expires(details, c))
    if "eligible_on" in details:
        params["eligible_on"] = c.date(dt.date.fromisoformat(details["eligible_on"]))
    if "earliest" in details:
        params.update(earliest=c.date(dt.date.fromisoformat(details["earliest"])), answers=c.join(
            [c.t(f"summary.{question}", job=index + 1, test=index + 1) for question, index in details["moving"]]))
    if "rough" in details:  # as the verdict says it (flows/approximate_dates.py)
        day = {"verdict": "not_yet_eligible", "eligible_on": reminder.event.isoformat(), **details["rough"]}
        params["rough"] = approximate_day(day, c) or ""
    if "issued" in details:
        issued = dt.date.fromisoformat(details["issued"])
        params.update(issued=month_name(c, issued.year, issued.month),
                      expires=month_name(c, reminder.event.year, reminder.event.month))
    if "age" in details:
        params.update(age=details["age"], before=details["before"], after=details["after"],
                      lost=details["before"] - details["after"])
    if "other_before" in details:
        params.update(other_before=details["other_before"], other_after=details["other_after"],
                      other_lost=details["other_before"] - details["other_after"])
    return params


def _lines(reminders: list[Reminder], c: Catalog, today: dt.date) -> str:
    return "\n".join(f"• {h(c.t(f'reminders.line.{_key(r, message=False)}', **_params(r, c, today)))}"
                     for r in reminders)


def offer_message(reminders: list[Reminder], eca: bool, lang: str, today: dt.date, hour: int,
                  already_on: bool = False) -> OutMessage:
    """What "Remind me" will send (at `hour` UTC), and the question whether to turn it on."""
    c = catalog(lang)
    shown = next_of_each_kind(reminders)
    parts = [f"🔔 <b>{h(c.t('reminders.offer_title'))}</b>", _lines(shown, c, today) if shown else h(
        c.t("reminders.nothing"))]
    if eca:
        parts.append(h(c.t("reminders.eca_hint")))
    parts.append(h(c.t("reminders.offer_terms", hour=hour)))
    if already_on:
        parts.append(h(c.t("reminders.already_on")))
    buttons = [[Button(c.t("reminders.button_yes"), f"{CALLBACK}|on")],
               [Button(c.t("reminders.button_no"), f"{CALLBACK}|no")]]
    return OutMessage("\n\n".join(parts), buttons)


def list_message(reminders: list[Reminder] | None, lang: str, today: dt.date, eca: bool = False,
                 answers: Answers | None = None) -> OutMessage:
    """/reminders: what is scheduled, a cancel button for each, and "Stop all" (None: reminders are off).

    `eca`: an ECA counted and its issue month is unknown, so a button offers to give it. `answers`: a plan to
    live in Quebec gets no result, so no "Remind me" button to name.
    """
    c = catalog(lang)
    if reminders is None:
        quebec = answers is not None and stays_in_quebec(answers)
        return OutMessage(h(c.t("reminders.off_quebec" if quebec else "reminders.off")))
    shown = next_of_each_kind(reminders)
    buttons = [[Button(c.t("reminders.cancel", what=c.t(f"reminders.short.{r.kind}")), f"{CALLBACK}|x|{r.kind}")]
               for r in shown]
    if eca:
        buttons.append([Button(c.t("reminders.eca_add"), f"{CALLBACK}|eca")])
    buttons.append([Button(c.t("reminders.stop_all"), f"{CALLBACK}|stop")])
    if not shown:
        return OutMessage(h(c.t("reminders.nothing")), buttons)
    return OutMessage(f"🔔 <b>{h(c.t('reminders.list_title'))}</b>\n\n{_lines(shown, c, today)}", buttons)


# -- the ECA's issue month (the screening does not ask it) ------------------------------------------------------
def eca_month(value: str, today: dt.date) -> dt.date | None:
    """A picked issue month as its first day: an ECA still under 5 years old and not in the future, else None."""
    try:
        day = dt.date.fromisoformat(f"{value}-01")
    except ValueError:
        return None
    return day if add_years(day, ECA_VALID_YEARS) > today >= day else None


def eca_years(today: dt.date) -> list[int]:
    """The years an ECA still under 5 years old can have been issued in."""
    return [year for year in range(today.year, today.year - ECA_VALID_YEARS - 1, -1)
            if add_years(dt.date(year, 12, 1), ECA_VALID_YEARS) > today]


def eca_saved(issued: dt.date, lang: str) -> OutMessage:
    c = catalog(lang)
    expires = add_years(issued, ECA_VALID_YEARS)
    return OutMessage(h(c.t("reminders.eca_saved", issued=month_name(c, issued.year, issued.month),
                            expires=month_name(c, expires.year, expires.month))))


def eca_question(lang: str, today: dt.date, year: int | None = None) -> OutMessage | None:
    """Tap the year, then the month; None for a year no ECA still counting can come from (forged)."""
    c = catalog(lang)
    if year is None:
        years = [Button(str(y), f"{CALLBACK}|eca|{y}") for y in eca_years(today)]
        return OutMessage(h(c.t("reminders.eca_ask", years=ECA_VALID_YEARS)), rows(years, 3))
    months = [Button(c.texts["format_extra.months_short"][m - 1], f"{CALLBACK}|eca|{year}-{m:02d}")
              for m in range(1, 13) if eca_month(f"{year}-{m:02d}", today) is not None]
    if not months:
        return None
    return OutMessage(h(c.t("reminders.eca_months", year=year)), rows(months, 4))


def reminder_message(reminder: Reminder, lang: str, today: dt.date) -> OutMessage:
    """The reminder itself, as sent on its day."""
    c = catalog(lang)
    late = reminder.kind == "eligible" and today > reminder.event  # sent after downtime: "since", not "today"
    params = _params(reminder, c, today)
    text = c.t(f"reminders.message.{_key(reminder, message=True)}{'_late' if late else ''}", **params)
    if reminder.kind == "eligible" and "expires" in reminder.details and not _test_expired_by_then(reminder):
        text += " " + c.t("reminders.message.eligible_expires_soon", **params)  # RULES.md §1: within ~4 months
    if reminder.kind == "yearly" and reminder.details.get("partner_unsure"):
        text += " " + c.t("reminders.message.yearly_partner_unsure")
    footer = c.t("reminders.footer")
    return OutMessage(f"🔔 {h(text)}\n\n<i>{h(footer)}</i>", [[Button(c.t("button.summary"), "cmd|summary")]])


def notice(key: str, lang: str, **params: Any) -> OutMessage:
    """A short confirmation ("Reminders are on", "Cancelled: ...")."""
    c = catalog(lang)
    if "kind" in params:
        params["what"] = c.t(f"reminders.short.{params.pop('kind')}")
    return OutMessage(h(c.t(f"reminders.{key}", **params)))


def menu_button(lang: str) -> Button:
    """The "🔔 Remind me" button of the result menu."""
    return Button(catalog(lang).t("reminders.button"), f"{CALLBACK}|offer")
