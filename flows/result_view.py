"""A result stays where it was sent: which presses sit on a result, and the short card that points back to it.

A verdict or a CRS message is never edited into what comes next (a question, a month picker): the person keeps
the hours, reasons and next steps they read. "Back to my result" after an aside (the plan, a chart, the summary)
shows a short card instead of the whole result again: its headline, a pointer up to it and its menu, with a button
that sends it in full when it has scrolled far away.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eligibility.improvements import Improvement, improvements
from eligibility.language import FRENCH, convert, language_of
from eligibility.own_expired_test import expired_own_test
from eligibility.partner_test import expired_partner_test
from eligibility.profile import ScreeningProfile
from eligibility.tables import ABILITIES, cec, links
from flows.approximate_dates import date_notes, test_date_notes
from flows.estimates import estimate_notes
from flows.machine import CHECKPOINTS, CRS_RESULT, VERDICT, Screening
from flows.questions import counts_nowhere, teer_of
from flows.replies import Button, OutMessage, Reply, h
from flows.texts import Catalog, catalog
from flows.uncertainty import details_note, same_verdict
from flows.verdict_text import (
    after_label,
    change_text,
    criterion_icon,
    month_only_notes,
    open_ended_note,
    planned_end_notes,
    shown_length,
    split_message,
    verdict_text,
    verdict_title,
    work_until_then_note,
)

SHORT_MESSAGE = 1500  # no message longer than this (a phone screen and a half), in either language
FULL = "cmd|full"  # the result sent again in full
# A near birthday that changes the CRS age points (eligibility/assess.py): said with the score, in a few words
AGE_WARNINGS = frozenset({"age_points_fall", "age_points_rise", "age_points_month"})
# Buttons that sit on a result message and would otherwise answer in its place (flows/conversation.py's menu).
_ON_RESULT = frozenset({f"a|{VERDICT}|crs", f"back|{VERDICT}", f"back|{CRS_RESULT}", "plan|choose"})


def linked(text: str, word: str) -> str:
    """Addresses written out in brackets, "(https://...)", as a short link: the same page, a line shorter."""
    return re.sub(r"\((https://[^\s()<>\"]+)\)", lambda m: f'(<a href="{m.group(1)}">{word}</a>)', text)


def short_caveat(warning: dict[str, str], lang: str) -> str:
    """A dated CRS caveat in the few words the CRS message has room for (results.caveat.*), else as assess says it:
    the long form would push the message past 1,500 characters in French."""
    if warning["id"] == "age_points_month":  # a birthday said as a month (flows/birthday_soon.py): said as is
        return warning["text"]
    if warning["id"] in AGE_WARNINGS:  # the CRS message has room for a few words only (1,500 in French)
        c = catalog(lang)
        on = dt.date.fromisoformat(warning["on"])
        said = c.t("results.glance.age_drop", date=c.date(on), age=warning["age"], lost=warning["lost"]) \
            if warning["id"] == "age_points_fall" else \
            c.t("results.glance.age_rise", date=c.date(on), age=warning["age"], gained=warning["gained"])
        if warning.get("leap_day"):  # born on February 29: the day is the screener's reading (RULES.md is silent)
            said += " " + c.t("results.glance.leap_day", date=c.date(on), before=c.date(on - dt.timedelta(days=1)))
        return said
    if not warning["id"].startswith("crs_"):
        return warning["text"]
    url = links(lang)
    try:
        return catalog(lang).t(f"results.caveat.{warning['id'][4:]}", url_crs_criteria=url["crs_criteria"],
                               url_crs_tool=url["crs_tool"])
    except KeyError:
        return warning["text"]


def without_a_test(profile: ScreeningProfile, today: dt.date, c: Catalog,
                   unsure_dates: frozenset[int] = frozenset()) -> str | None:
    """With no valid language test, the CRS counts no language points: what it would be with a test at CLB 7 and
    at CLB 9 in all four abilities (the engine's own re-scoring, eligibility/improvements.py). A result valid
    today that lapses by a later (planned) application day is named, and so is one already expired: the person
    has a test, not "none yet". A result whose date the person was not sure of (`unsure_dates`, its places among
    the profile's tests) is read as expired with no day: the day is the careful reading's, never theirs (coherence
    round 11: "Your IELTS General Training expired on November 26, 2026" to someone who gave no date)."""
    found = improvements(profile, today)
    after = {item.facts.get("level"): item.crs_after for item in found if item.id.startswith("take_all_clb")}
    if 7 not in after or 9 not in after:
        return None
    french = _french_at_nclc7(profile, found, after[7], c)
    suffix = "" if french is None else "_french"  # the figure with a French test, and the others named English
    # written as the CRS message writes its total: "1,041", "1 041" (a nominee's CRS passes 1,000)
    figures = {"clb7": c.number(after[7]), "clb9": c.number(after[9]),
               "french": None if french is None else c.number(french)}
    as_of = profile.as_of
    results = [convert(t, i) for i, t in enumerate(profile.language_tests)]
    lapsing = [r for r in results if r.valid_on(today) and not r.valid_on(as_of)]
    expired = [r for r in results if r.supported and r.expires <= today]
    if expired and not lapsing:  # a result typed in, expired (RULES.md 2): said so, never "no test yet"
        last = max(expired, key=lambda r: r.expires)
        if last.index in unsure_dates:
            return c.t(f"results.without_a_test_unsure{suffix}", test=c.t(f"test.{last.test}"), **figures)
        return c.t(f"results.without_a_test_expired{suffix}", test=c.t(f"test.{last.test}"),
                   date=c.date(last.expires), **figures)
    if lapsing:
        last = max(lapsing, key=lambda r: r.expires)
        if last.index in unsure_dates:
            return c.t(f"results.without_a_test_unsure{suffix}", test=c.t(f"test.{last.test}"), **figures)
        return c.t(f"results.without_a_test_lapses{suffix}", test=c.t(f"test.{last.test}"),
                   date=c.date(last.expires), **figures)
    return c.t(f"results.without_a_test{suffix}", **figures)


def _french_at_nclc7(profile: ScreeningProfile, found: list[Improvement], english_clb7: int,
                     c: Catalog) -> int | None:
    """The score with a French test at NCLC 7, which also earns the French points (RULES.md 3), for someone who
    chats in French or has taken a French test: "a test at NCLC 7" reads to them as a French test, and the
    English test's figure alone would understate it."""
    if c.lang != "fr" and not any(language_of(test.test) == FRENCH for test in profile.language_tests):
        return None
    item = next((item for item in found if item.id == "french_nclc7"), None)
    return item.crs_after if item is not None and item.crs_after > english_clb7 else None


def partner_expired(profile: ScreeningProfile, c: Catalog, today: dt.date | None = None) -> str | None:
    """A partner's result past its 2 years: no points, and what the same scores taken again would add. Past its
    2 years only by a later (planned) application day: said as a day to come."""
    expired = expired_partner_test(profile)
    if expired is None:
        return None
    lapses = today is not None and expired.expired_on > today  # valid today: it expires, it has not expired
    key = "results.partner_lapses" if lapses else "results.partner_expired"
    said = c.t(key, test=c.t(f"test.{expired.test}"), date=c.date(expired.expired_on), gain=expired.gain)
    return said.replace("1 points", "1 point") if expired.gain == 1 else said  # one spouse ability at CLB 5


def own_expired(profile: ScreeningProfile, c: Catalog, today: dt.date | None = None,
                unsure_dates: frozenset[int] = frozenset()) -> str | None:
    """One's own result past its 2 years beside a valid one: no points, and what the same scores taken again would
    add (past its 2 years only by a planned application day: said as a day to come). One whose date the person was
    not sure of (`unsure_dates`) is said read as expired, with no day: the careful reading's day is not theirs."""
    expired = expired_own_test(profile)
    if expired is None:
        return None
    if expired.index in unsure_dates:
        said = c.t("results.own_expired_unsure", test=c.t(f"test.{expired.test}"), gain=expired.gain)
        return said.replace("1 points", "1 point") if expired.gain == 1 else said
    lapses = today is not None and expired.expired_on > today
    key = "results.own_lapses" if lapses else "results.own_expired"
    said = c.t(key, test=c.t(f"test.{expired.test}"), date=c.date(expired.expired_on), gain=expired.gain)
    return said.replace("1 points", "1 point") if expired.gain == 1 else said


def presses_result(data: str) -> bool:
    """Whether a button of this callback data sits on a result, which must then stay as it is."""
    return data in _ON_RESULT


def card(screening: Screening, full: Reply, lang: str) -> Reply:
    """The result's headline, a pointer up to it and its menu, from `full` (conversation.show at a checkpoint)."""
    c = catalog(lang)
    result = full.result
    if screening.state not in CHECKPOINTS or result is None:
        return full
    lines = [f"<b>{h(verdict_title(result, c))}</b>"]
    crs = result.get("crs")
    if screening.state == CRS_RESULT and crs:
        lines.insert(0, f"📊 <b>{h(c.t('verdict.crs', total=c.number(crs['total'])))}</b>")
    lines += ["", h(c.t("results.card_above"))]
    menu = full.messages[-1].buttons
    return Reply([OutMessage("\n".join(lines), [[Button(c.t("results.show_full"), FULL)], *menu])],
                 changed=False)


# -- the verdict at a glance ------------------------------------------------------------------------------
DETAILS = "cmd|details"  # the whole verdict: each requirement, the hours, the next steps (flows/verdict_text.py)
_OUTCOME_ICON = {"eligible": "✅", "not_yet_eligible": "⏳", "not_eligible": "❌"}
HOURS_NEEDED = 1560  # RULES.md: 1,560 hours in the 3 years before the application


def _first_clause(text: str) -> str:
    """The explanation's first clause (before ';', ':' or '. ' outside brackets): what it says, without the how.
    A colon inside brackets is the bracket's own ("… 2027 or about then (you gave … April 2025: a test taken
    earlier lapses earlier)"): cut there, the line ended inside an open bracket."""
    cut, depth = len(text), 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif i and not depth and (ch == ":" or text.startswith(("; ", ". "), i)):
            cut = i
            break
    return re.sub(r"\s*\([^)]*\)", "", text[:cut]).rstrip(" .") + "."  # the lists in brackets are details


def _work_key(hours: int, lang: str) -> str:
    """"1 qualifying hour"; French takes the singular for 0 too ("0 heure admissible")."""
    return "work_one" if hours == 1 or (hours == 0 and lang == "fr") else "work"


_HIGHEST_LEVEL = max(cec()["required_clb_by_teer"].values())  # RULES.md 1: CLB 7 for TEER 0 and 1


# Warnings about the language on the day the hours are reached, said on the language line itself: a result that
# lapses before then, or a level that rises by then (the level follows the occupation with the most hours, RULES.md
# 1), so that a ✅ for today's level is never read alone as "only hours are missing".
_LANGUAGE_LINE_WARNINGS = frozenset({"test_expires_before_eligible", "language_level_rises",
                                     "language_level_rises_then_falls"})


def _language_notes(result: dict[str, Any], criterion: dict[str, Any], c: Catalog) -> list[str]:
    """What the language line adds to its first clause: the last day at today's level, the other results that
    meet it too, and a lapse before the projected day (RULES.md 1), so that none is only under Details."""
    notes = []
    if until := result.get("language_met_until"):
        # The level only rises from a TEER 2-3 level to the TEER 0-1 one, the highest of cec.json's table.
        notes.append(c.t("results.glance.language_until", date=c.date(dt.date.fromisoformat(until)),
                         level=_HIGHEST_LEVEL))
    if "also" in criterion:
        notes.append(criterion["also"])
    notes += test_date_notes(result, c)  # a test's date said as only about then, where the outcome rests on it
    # A result lapsing within about 4 months of the projected day (RULES.md 1) bears on that day as much as one
    # lapsing before it: said there too, or "only hours are missing" is read and the lapse found only in Details.
    # So for someone eligible today whose result lapses within 4 months: it must stay valid while the profile is
    # in the pool and on the day they apply (RULES.md 2), which "it stays in the pool for 12 months" hides.
    soon = {"test_expires_soon"} if result["verdict"] in ("not_yet_eligible", "eligible") else set()
    return notes + [w["text"] for w in result["warnings"] if w["id"] in _LANGUAGE_LINE_WARNINGS | soon]


def glance(result: dict[str, Any], lang: str, with_day: bool = True) -> str:
    """The verdict's first screen: the outcome, each requirement in one line, the one thing to do. `with_day`:
    the application day under the outcome (left out where a heading above already says it)."""
    c = catalog(lang)
    lines = [f"{_OUTCOME_ICON[result['verdict']]} <b>{h(verdict_title(result, c))}</b>"]
    if with_day:
        lines.append(h(c.t("verdict.as_of", date=c.date(dt.date.fromisoformat(result["as_of"])))))
    lines.append("")
    for criterion in result["criteria"]:
        name = c.t(f"verdict.criterion.{criterion['id']}")
        if criterion["id"] == "work_experience":
            hours, needed = c.number(result["qualifying_hours"]), c.number(HOURS_NEEDED)
            until = result.get("work_met_until")  # older work leaves the window before a year is out
            # not yet: the hours reached on the day, then short again (said by work_until_then_note); someone not
            # eligible for another reason whose hours hold today until a day keeps that day (walkthrough 4)
            later = result["verdict"] != "eligible" and bool(result.get("eligible_on"))
            said = (c.t("results.glance.work_until", hours=hours, needed=needed,
                        date=c.date(dt.date.fromisoformat(until))) if until and not later
                    else c.t(f"results.glance.{_work_key(result['qualifying_hours'], lang)}", hours=hours,
                             needed=needed))
            said = " ".join([said, *work_until_then_note(result, c)])
            # the days the hours rest on, and the weekly hours said as an estimate where the outcome rests on them
            said = " ".join([said, *month_only_notes(result, c), *estimate_notes(result, c),
                             *date_notes(result, c), *planned_end_notes(result, c),
                             *(open_ended_note(result, c) if result.get("later_jobs") else [])])
        else:
            said = _first_clause(criterion["explanation"])
            if criterion["id"] == "language":
                said = " ".join([said, *_language_notes(result, criterion, c)])
        lines.append(f"{criterion_icon(criterion)} <b>{h(name)}</b> {h(after_label(said, c))}")
    changes = result["what_would_change"]
    todo = change_text(changes[0], result, c) if changes else next(
        (step["text"] for step in result["next_steps"] if step["id"] == "create_profile"), None)
    if changes and changes[0].get("ability"):  # every ability short of the level, as Details lists them, never
        todo = " ".join(_language_todo(changes, c))  # the first one alone
    rises = any(w["id"] == "language_level_rises" for w in result["warnings"])
    if todo and changes and changes[0]["criterion"] == "work_experience" and (
            rises or any(change.get("ability") for change in changes)):
        # The hours alone will not do when a test falls short, today or by the day they are reached (a higher
        # level then applies, said on the line above): "about 300 more hours" alone reads as all there is, and the
        # language line gives the levels without the one needed. (No valid test at all: the line says so.)
        todo = " ".join([todo, *_language_todo(changes, c)])
    going = result.get("open_ended_jobs", [])
    if todo and going and changes and changes[0]["criterion"] == "work_experience":
        # The "not yet" day reached "at your current hours" assumes the jobs still going go on: said here in a few
        # words, not only in Details (with how to give a contract's or permit's end)
        todo = " ".join([todo, c.t("results.planned_end.glance", job=going[0]) if len(going) == 1 else
                         c.t("results.planned_end.glance_jobs", jobs=c.join([str(job) for job in going]))])
    approximate = result.get("approximate") or {}
    if approximate.get("decisive"):
        # Answers not given exactly decide the outcome (shown above it, with a button each): finding them out
        # comes first, not the careful reading's own next step ("1,560 more hours" for hours merely unsure)...
        todo = c.t("results.glance.unsure")
        language = next(iter(_language_todo(changes, c)), None)
        if language and not approximate["favourable"].get("language_met", True) and same_verdict(result):
            todo = language  # ...unless no reading meets the language level: a test is needed whatever they are
    if todo:
        lines += ["", f"👉 <b>{h(c.t('results.glance.todo'))}</b> {h(after_label(todo, c))}"]
    return "\n".join(lines)


def _language_todo(changes: list[dict[str, Any]], c: Catalog) -> list[str]:
    """The language changes as things to do. The abilities short of the level ("CLB 7 in speaking (you have
    CLB 6)") are said as what reaches them: a new approved test, in which the other abilities must reach the
    level as well; a level alone read as if one score could be raised by itself."""
    gaps = [change["text"] for change in changes if change.get("ability")]
    said = []
    if gaps:
        key = "results.glance.new_test_all" if len(gaps) == len(ABILITIES) else "results.glance.new_test"
        said.append(c.t(key, gaps=c.join(gaps)))
    return said + [change["text"] for change in changes if change["criterion"] == "language" and not
                   change.get("ability")]


def skipped_jobs(answers: dict[str, Any], c: Catalog) -> str:
    """The jobs in TEER 4 or 5, asked nothing after their occupation and absent from the hours: said, and why."""
    if answers.get("canadian_work") is False:
        return ""
    return "\n".join(f"ℹ️ {h(c.t('results.skipped_job', job=number, teer=teer_of(job['job_occupation'])))}"
                     for number, job in enumerate(answers.get("jobs", []), start=1)
                     if counts_nowhere(job) == "teer_4_5")


def details(result: dict[str, Any], lang: str, answers: dict[str, Any] | None = None) -> Reply:
    """The whole verdict, in parts that each read on a phone, then the way back to the result."""
    c = catalog(lang)
    # The CRS grid's caveats belong to the CRS message, said once per screening (flows/conversation.py).
    result = {**result, "warnings": [w for w in result["warnings"] if not w["id"].startswith("crs_")]}
    parts = split_message(verdict_text(result, lang, html=True, with_crs=False), SHORT_MESSAGE, shown_length)
    skipped = skipped_jobs(answers or {}, c)
    messages = [OutMessage(part) for part in parts]
    if skipped:
        messages.insert(0, OutMessage(skipped))
    if (note := details_note(result, c)) is not None:  # the careful reading, said as such before it
        messages.insert(0, OutMessage(h(note)))
    messages[-1].buttons = [[Button(c.t("improvements.view.back"), "cmd|continue")]]
    return Reply(messages, changed=False)
