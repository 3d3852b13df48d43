"""The verdict as one message: the outcome at a glance, then each criterion, hours, changes, CRS, steps."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from html import escape, unescape
from typing import Any

from eligibility.language import add_years
from eligibility.tables import language_tables
from flows.approximate_dates import approximate_day, date_notes, test_date_notes
from flows.estimates import estimate_notes
from flows.pickers import month_name
from flows.texts import Catalog, catalog

MAX_MESSAGE = 4096
_ICON = {True: "✅", False: "❌"}
_OUTCOME_ICON = {"eligible": "✅", "not_yet_eligible": "⏳", "not_eligible": "❌"}


def _heading(text: str, html: bool) -> str:
    return f"<b>{text}</b>" if html else text.upper()


def verdict_title(result: dict[str, Any], c: Catalog) -> str:
    """The outcome in a line; someone who will live in Quebec reads why, never "for now" (RULES.md 8)."""
    eligible_on = result["eligible_on"]
    quebec = any(criterion["id"] == "quebec" and not criterion["met"] for criterion in result["criteria"])
    key = "quebec" if quebec else result["verdict"]
    if key == "not_yet_eligible" and any(w["id"] == "test_expires_before_eligible" for w in result["warnings"]):
        key = "not_yet_eligible_new_test"  # the day holds only with a new result: never said as if it were certain
    return c.t(f"verdict.title.{key}",
               date=c.date(dt.date.fromisoformat(eligible_on)) if eligible_on else "")


# French sets no capital after a colon (« Langue : votre test... »); English keeps its own. A word in capitals
# (NCLC, IRCC) or a name that can open a sentence keeps its capital.
_NAMES = frozenset({"Québec", "Canada", "Entrée", "Arrima"})


def after_label(said: str, c: Catalog) -> str:
    """A sentence as it reads after a label that ends with a colon ("Langue :", "À faire :")."""
    word = said.split(" ", 1)[0]
    if c.lang == "fr" and word[:1].isupper() and word[1:].islower() and word.rstrip(",.;:") not in _NAMES:
        return said[0].lower() + said[1:]
    return said


def criterion_icon(criterion: dict[str, Any]) -> str:
    """✅ met, ❌ not met, ❔ met only by an assumption (where the person will live, when not said)."""
    return "❔" if criterion.get("assumed") else _ICON[criterion["met"]]


def month_only_notes(result: dict[str, Any], c: Catalog) -> list[str]:
    """The day each start or end of a job given as a month is read as (the careful reading's), a sentence each;
    one for both ends of a job given as months."""
    edges = result.get("month_only_jobs", [])
    notes = []
    for edge in edges:
        ends = [other for other in edges if other["job"] == edge["job"] and other["question"] == "job_end"]
        if edge["question"] == "job_start" and ends:
            end = ends[0]
            notes.append(c.t("results.month_only.job_both", job=edge["job"], start=c.date(_day(edge["day"])),
                             end=c.date(_day(end["day"])), start_month=_month(edge["month"], c),
                             end_month=_month(end["month"], c)))
        elif not (edge["question"] == "job_end" and any(other["job"] == edge["job"] and other["question"] ==
                                                        "job_start" for other in edges)):
            notes.append(month_only_note(edge["question"], edge["job"], edge["month"], _day(edge["day"]), c))
    return notes


def work_until_then_note(result: dict[str, Any], c: Catalog) -> list[str]:
    """Not yet eligible, the hours reached on the day falling short again soon after (a planned end, older hours
    leaving the 3-year window, RULES.md 1): the last application day they hold."""
    until, day = result.get("work_met_until"), result.get("eligible_on")
    if result["verdict"] == "eligible" or not until or not day:
        return []
    return [c.t("results.glance.work_until_then", date=c.date(_day(until)), eligible_on=c.date(_day(day)))]


def planned_end_notes(result: dict[str, Any], c: Catalog) -> list[str]:
    """For each job still going with a planned end: that its hours count up to it, or that it ends after the
    "not yet" day, or that it ends before enough hours and on which day they would be reached had it gone on."""
    notes = []
    short = [planned for planned in result.get("planned_ends", []) if "day_if_going_on" in planned]
    if len(short) > 1:  # one day for all of them (had they all gone on), and "if ... extended" said once
        ends = c.join([c.t("results.planned_end.job_on", job=planned["job"], end=c.date(_day(planned["end"])))
                       for planned in short])
        jobs = c.join([str(planned["job"]) for planned in short])
        notes.append(c.t("results.planned_end.before_jobs", jobs=jobs, ends=ends,
                         day=c.date(_day(short[0]["day_if_going_on"]))))
    for planned in result.get("planned_ends", []):
        end = c.date(_day(planned["end"]))
        if "day_if_going_on" in planned:
            if len(short) == 1:
                notes.append(c.t("results.planned_end.before", job=planned["job"], end=end,
                                 day=c.date(_day(planned["day_if_going_on"]))))
        elif result["verdict"] == "not_yet_eligible" and result["eligible_on"] \
                and result["eligible_on"] < planned["end"]:  # ending on the day itself is not "after" it
            notes.append(c.t("results.planned_end.after", job=planned["job"], end=end))
        elif result["verdict"] != "eligible":
            notes.append(c.t("results.planned_end.counted", job=planned["job"], end=end))
    return notes


def open_ended_note(result: dict[str, Any], c: Catalog) -> list[str]:
    """A "not yet" day that rests on jobs still going with no end given: it holds only if they go on until then,
    and a contract's or permit's end can be given (in the Details, where the day is explained)."""
    if later := result.get("later_jobs", []):  # an eligible later day, met with the hours still to be worked
        return [c.t("results.planned_end.later", job=later[0]) if len(later) == 1 else
                c.t("results.planned_end.later_jobs", jobs=c.join([str(job) for job in later]))]
    jobs = result.get("open_ended_jobs", [])
    if not jobs:
        return []
    if len(jobs) == 1:
        return [c.t("results.planned_end.open_ended", job=jobs[0])]
    return [c.t("results.planned_end.open_ended_jobs", jobs=c.join([str(job) for job in jobs]))]


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _month(month: str, c: Catalog) -> str:
    return month_name(c, int(month[:4]), int(month[5:7]))


def month_only_note(question_id: str, job: int, month: str, day: dt.date, c: Catalog) -> str:
    return c.t(f"results.month_only.{question_id}", job=job, date=c.date(day), month=_month(month, c))


def expired_test_note(value: object, today: dt.date, c: Catalog) -> str | None:
    """A test date already more than 2 years old (RULES.md 2): said at once, before its four scores are asked,
    with the day (or month) it lapsed; None for a result still valid today, "Not sure" or a month only partly
    lapsed (the verdict then says what it can)."""
    if not isinstance(value, str) or len(value) not in (7, 10) or not value[:4].isdigit():
        return None
    years = language_tables()["validity_years"]
    if len(value) == 7:  # a month: lapsed only when its last day has
        year, month = int(value[:4]), int(value[5:7])
        last = (dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)) - dt.timedelta(days=1)
        if add_years(last, years) > today:
            return None
        expires = add_years(dt.date(year, month, 1), years)
        return c.elide(c.t("results.test_expired.month", month=_month(value, c),
                           expires=month_name(c, expires.year, expires.month)))
    day = dt.date.fromisoformat(value)
    expires = add_years(day, years)
    if expires > today:
        return None
    return c.t("results.test_expired.day", date=c.date(day), expires=c.date(expires))


def change_text(change: dict[str, str], result: dict[str, Any], c: Catalog) -> str:
    """A change that would alter the verdict; the hours still needed by a day that rests on a date said as only
    about then, or on hours said as an estimate, say that the day is approximate and why."""
    note = approximate_day(result, c) if change["criterion"] == "work_experience" else None
    return f"{change['text']} {note}" if note else change["text"]


def verdict_text(result: dict[str, Any], lang: str, html: bool = True, with_crs: bool = True) -> str:
    """The whole verdict; HTML-escaped for Telegram when `html`, plain for the terminal."""
    c = catalog(lang)
    esc = (lambda s: escape(s, quote=False)) if html else (lambda s: s)
    verdict = result["verdict"]
    title = verdict_title(result, c)
    lines = [f"{_OUTCOME_ICON[verdict]} {_heading(esc(title), html)}",
             esc(c.t("verdict.as_of", date=c.date(dt.date.fromisoformat(result["as_of"])))), ""]

    lines.append(_heading(esc(c.t("verdict.criteria")), html))
    for criterion in result["criteria"]:
        name = c.t(f"verdict.criterion.{criterion['id']}")
        said = criterion["explanation"]
        if criterion["id"] == "work_experience":
            said = " ".join([said, *month_only_notes(result, c), *estimate_notes(result, c),
                             *date_notes(result, c), *planned_end_notes(result, c), *open_ended_note(result, c)])
        elif criterion["id"] == "language":
            said = " ".join([said, *test_date_notes(result, c)])
        said = after_label(said, c)
        lines.append(f"{criterion_icon(criterion)} {_heading(esc(name), html) if html else name} {esc(said)}")
    jobs = result["hours_ledger"]["jobs"]
    if jobs:
        lines += ["", _heading(esc(c.t("verdict.ledger")), html)]
        lines += [f"• {esc(job['explanation'])}" for job in jobs]
    if result["what_would_change"]:
        lines += ["", _heading(esc(c.t("verdict.changes")), html)]
        lines += [f"• {esc(change_text(change, result, c))}" for change in result["what_would_change"]]
    crs = result.get("crs")
    if with_crs and crs:
        lines += ["", _heading(esc(c.t("verdict.crs", total=c.number(crs["total"]))), html),
                  esc(c.t("verdict.crs_parts", **{k: crs[k] for k in ("core", "spouse", "transferability",
                                                                       "additional")}))]
        if result.get("spouse_education_counted") and crs["spouse"]:  # RULES.md 3 is silent on a partner's ECA
            lines.append(esc(c.t("verdict.crs_spouse_education")))
        if result.get("crs_comparison"):
            lines.append(esc(result["crs_comparison"]["explanation"]))
    lines += ["", _heading(esc(c.t("verdict.next_steps")), html)]
    for number, step in enumerate(result["next_steps"], start=1):
        url = step.get("url")
        link = "" if url is None else (
            f' <a href="{escape(url, quote=True)}">{esc(c.t("verdict.link"))}</a>' if html else f" {url}")
        lines.append(f"{number}. {esc(step['text'])}{link}")
    if result["warnings"]:
        lines += ["", _heading(esc(c.t("verdict.warnings")), html)]
        lines += [f"⚠️ {esc(w['text'])}" for w in result["warnings"]]
    lines += ["", f"<i>{esc(result['disclaimer'])}</i>" if html else result["disclaimer"]]
    return "\n".join(lines)


def shown_length(text: str) -> int:
    """The length of an HTML text as the person reads it (tags dropped, entities as one character)."""
    return len(unescape(re.sub(r"<[^>]*>", "", text)))


def _line_cut(line: str, limit: int) -> int:
    """Where to cut one line too long for a message, within `limit` characters: after its last sentence's end
    (". "), else its last clause's ("; ", ": "), else at its last space, never inside an HTML tag or entity nor
    between a tag and its close.
    A line of Details over two jobs given "around" a month runs past a message: it was cut at the limit itself,
    mid-sentence ("au plus tard le 31" then "janvier 2026" in the next message), and could be cut inside a tag."""
    depth, in_tag, in_entity = 0, False, False
    sentence = clause = space = 0
    for index, char in enumerate(line[:limit]):
        if char == "<":
            in_tag = True
            depth += -1 if line.startswith("</", index) else 1
        elif char == ">" and in_tag:
            in_tag = False
        elif char == "&" and not in_tag:
            in_entity = True
        elif char == ";" and in_entity:
            in_entity = False
            continue
        if in_tag or in_entity or depth > 0 or char != " " or index == 0:
            continue
        space = index
        if line[index - 1] in ".!?":
            sentence = index
        elif line[index - 1] in ";:":
            clause = index
    return sentence or clause or space or limit


def split_message(text: str, limit: int = MAX_MESSAGE, measure: Callable[[str], int] = len) -> list[str]:
    """Cut a long message at blank lines (then at line ends, then between sentences of one line too long) so each
    part fits the limit, by `measure`."""
    parts: list[str] = []
    current = ""
    for block in text.split("\n\n"):
        candidate = f"{current}\n\n{block}" if current else block
        if measure(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        while measure(block) > limit:  # a block too long alone: cut at a line end within `limit` characters
            cut = block.rfind("\n", 0, limit)
            if cut > limit // 4:  # else a heading would end a message alone, its line too long in the next
                parts.append(block[:cut])
                block = block[cut:].lstrip("\n")
                continue
            cut = _line_cut(block, limit)  # one line too long alone: at a sentence's end, else between words
            parts.append(block[:cut].rstrip(" "))
            block = block[cut:].lstrip(" ")
        current = block
    if current:
        parts.append(current)
    return parts
