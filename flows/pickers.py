"""Answers in a tap: a date picker (year, month, then an optional day), the occupation finder's matches,
the TEER levels, and the month of a planned application.

Pickers are stateless: each button carries what was picked so far ("pick|job_start:0|2024-03"), so paging
through years or months writes nothing; only the final tap is an answer ("a|job_start:0|2024-03-15").
"""

from __future__ import annotations

import calendar
import datetime as dt

from eligibility.occupations import Occupation
from flows.parsing import EARLIEST
from flows.questions import TEERS, Question
from flows.replies import Button
from flows.texts import Catalog

YEARS_PER_PAGE = 6
MONTHS_AHEAD = 12  # a planned application: the next twelve months


def rows(cells: list[Button], width: int) -> list[list[Button]]:
    return [cells[i:i + width] for i in range(0, len(cells), width)]


def month_name(c: Catalog, year: int, month: int) -> str:
    return c.t("format_extra.month_year", month=c.texts["format.months"][month - 1], year=year)


def year_page(key: str, newest: int, today: dt.date, c: Catalog) -> list[list[Button]]:
    """Six years, most recent first, with buttons to page to earlier (and back to later) years."""
    newest = min(newest, today.year)
    years = [y for y in range(newest, newest - YEARS_PER_PAGE, -1) if y >= EARLIEST.year]
    buttons = rows([Button(str(y), f"pick|{key}|{y}") for y in years], 3)
    paging = []
    if newest < today.year:
        paging.append(Button(c.t("picker.later"), f"pick|{key}|p{min(today.year, newest + YEARS_PER_PAGE)}"))
    if years and years[-1] > EARLIEST.year:
        paging.append(Button(c.t("picker.earlier"), f"pick|{key}|p{years[-1] - 1}"))
    return [*buttons, paging] if paging else buttons


def month_page(key: str, year: int, today: dt.date, c: Catalog) -> list[list[Button]]:
    last = today.month if year == today.year else 12
    cells = [Button(c.texts["format_extra.months_short"][m - 1], f"pick|{key}|{year}-{m:02d}")
             for m in range(1, last + 1)]
    return [*rows(cells, 4), [Button(c.t("picker.earlier"), f"pick|{key}|p{year}")]]


def day_page(key: str, year: int, month: int, today: dt.date, c: Catalog) -> list[list[Button]]:
    last = calendar.monthrange(year, month)[1]
    if (year, month) == (today.year, today.month):
        last = today.day
    cells = [Button(str(d), f"a|{key}|{year}-{month:02d}-{d:02d}") for d in range(1, last + 1)]
    return [*rows(cells, 7), [Button(c.t("picker.no_day"), f"a|{key}|{year}-{month:02d}")]]


def parse_pick(value: str, today: dt.date) -> tuple[str, int, int] | None:
    """What a picker button holds: ("page", newest year, 0), ("year", y, 0) or ("month", y, m); None if forged."""
    try:
        if value.startswith("p") and value[1:].isdecimal() and len(value) == 5:
            return "page", int(value[1:]), 0
        if value.isdecimal() and len(value) == 4:
            year = int(value)
            return ("year", year, 0) if EARLIEST.year <= year <= today.year else None
        if len(value) == 7 and value[4] == "-" and value[:4].isdecimal() and value[5:].isdecimal():
            year, month = int(value[:4]), int(value[5:])
            if EARLIEST.year <= year and 1 <= month <= 12 and dt.date(year, month, 1) <= today:
                return "month", year, month
    except ValueError:
        return None
    return None


def picker_buttons(key: str, value: str, today: dt.date, c: Catalog) -> tuple[str, list[list[Button]]] | None:
    """The prompt and buttons for a picker step, or None when the button was forged."""
    picked = parse_pick(value, today)
    if picked is None:
        return None
    kind, year, month = picked
    if kind == "page":
        return c.t("picker.years"), year_page(key, year, today, c)
    if kind == "year":
        return c.t("picker.months", year=year), month_page(key, year, today, c)
    return c.t("picker.days", month=month_name(c, year, month)), day_page(key, year, month, today, c)


def date_buttons(question: Question, key: str, today: dt.date, c: Catalog) -> list[list[Button]]:
    """A date question's first buttons: the recent years (and "I don't know the date" where allowed)."""
    buttons = year_page(key, today.year, today, c)
    if question.meta.get("unsure"):
        buttons.append([Button(c.t("picker.unsure_date"), f"a|{key}|unsure")])
    return buttons


def occupation_label(occupation: Occupation, c: Catalog) -> str:
    return c.t("finder.match", code=occupation.code, title=occupation.title, teer=occupation.teer)


def match_buttons(key: str, matches: list[Occupation], c: Catalog) -> list[list[Button]]:
    cells = [[Button(occupation_label(m, c), f"a|{key}|n{m.code}")] for m in matches]
    return [*cells, [Button(c.t("finder.none_of_these"), f"teer|{key}")],
            [Button(c.t("finder.type_again"), f"retype|{key}")]]


def teer_buttons(key: str, c: Catalog) -> list[list[Button]]:
    """The TEER levels, and a way back to typing the title."""
    return [*([Button(c.t(f"opt.job_occupation.{teer}"), f"a|{key}|t{teer}")] for teer in TEERS),
            [Button(c.t("finder.type_again"), f"retype|{key}")]]


def plan_days(today: dt.date) -> list[dt.date]:
    """The days the plan's buttons carry: the 1st of each of the next MONTHS_AHEAD months (a day past the last
    of them is refused as forged)."""
    days = []
    year, month = today.year, today.month
    for _ in range(MONTHS_AHEAD):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        days.append(dt.date(year, month, 1))
    return days


def plan_buttons(today: dt.date, c: Catalog) -> list[list[Button]]:
    """The next months, as the first day of each, and a way back to today."""
    months = [Button(month_name(c, day.year, day.month), f"plan|{day.isoformat()}") for day in plan_days(today)]
    return [*rows(months, 3), [Button(c.t("plan.today"), "plan|today")]]
