"""A birthday to come said with the age ("im turning 32 next month", « j'aurai 32 ans le mois prochain », "32, 33
in feb"): the age said now is stored (RULES.md 3 counts completed years on the day), and the coming birthday is
kept beside it (BIRTHDAY, bookkeeping the profile does not carry: it holds a birth date or an age, never a month),
said back at once and on the CRS result, since from that day the age points may change.

"32 in feb" alone reads two ways (32 now and 33 in February, or 32 from February): asked, never guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from eligibility.tables import crs_grid
from flows.answer_words import age_before_birthday
from flows.parsing import Ambiguous, fold, month_words
from flows.pickers import month_name
from flows.texts import Catalog

BIRTHDAY = "_birthday"  # {"age": age now, "next": the age to come, "month": "YYYY-MM" or None}: the answers' own
MARK = "@"  # a button's value "31 years@2027-02": the age, the month of the birthday to come

_A = re.ASCII
_MONTHS = month_words()
_WHEN = (r"(?P<when>next month|this month|le mois prochain|ce mois ci|ce mois|soon|bientot|"
         r"(?:in|en|on|le|au mois d|au mois de|d ici|by) (?:(?:the )?\d{1,2}(?:st|nd|rd|th|er)? (?:of )?)?"
         r"(?P<month>[a-z]+)(?: \d{1,2}(?:st|nd|rd|th)?)?)")
# "32, 33 in feb", "31 (32 on march 3)", « 32 ans, 33 en fevrier »: the age now, then the next one with its month
_AGE_AND_NEXT = re.compile(r"^(?:i m |im |i am |j ai |jai )?(?P<age>\d{1,2})(?: ans| years?(?: old)?| yrs?| yo)?"
                           r" (?:and |et |but |mais )?(?P<next>\d{1,2})(?: ans| years?(?: old)?)? " + _WHEN + "$",
                           _A)
# "32 in feb", « 32 ans en fevrier »: the age now or the one to come?
_AGE_WHEN = re.compile(r"^(?P<age>\d{1,2})(?: ans| years?(?: old)?| yrs?| yo)? " + _WHEN + "$", _A)
_MONTH_WORD = re.compile(r"(?:in|en|on|le|au mois d|au mois de|d ici|by) (?:(?:the )?(?P<before>\d{1,2})"
                         r"(?:st|nd|rd|th|er)? (?:of )?)?(?P<month>[a-z]+)\b(?: (?P<after>\d{1,2})"
                         r"(?:st|nd|rd|th)?\b)?", _A)


@dataclasses.dataclass(frozen=True)
class Coming:
    age: int  # completed years today
    next: int
    month: str | None  # "YYYY-MM", None for "soon"
    day: int | None = None  # the birthday's day when said ("31 (32 on march 3)"): the birth date is then known

    def born(self) -> dt.date | None:
        """The birth date, when the birthday's day was said with its month."""
        if self.month is None or self.day is None:
            return None
        try:
            return dt.date(int(self.month[:4]) - self.next, int(self.month[5:7]), self.day)
        except ValueError:  # February 29 of a year without one, "march 32": no day read
            return None

    def stored(self) -> dict[str, Any]:
        born = self.born()
        return {"age": self.age, "next": self.next, "month": self.month,
                "born": born.isoformat() if born else None}


def _said(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", fold(text).replace("'", " ").replace("\u2019", " "), flags=_A)
                    .split())


def _month_of(said: str, today: dt.date) -> str | None:
    """The month of the birthday to come, the next one of that name from this month on; None when not said."""
    if re.search(r"\b(?:next month|le mois prochain)\b", said, _A):
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return f"{year:04d}-{month:02d}"
    if re.search(r"\b(?:this month|ce mois ci|ce mois)\b", said, _A):
        return f"{today.year:04d}-{today.month:02d}"
    for found in _MONTH_WORD.finditer(said):
        if (number := _MONTHS.get(found["month"])) is not None:
            year = today.year if number >= today.month else today.year + 1
            return f"{year:04d}-{number:02d}"
    return None


def _day_of(said: str, month: str | None, today: dt.date) -> int | None:
    """The birthday's day said with its month ("on march 3", "le 3 mars"), when it is still to come."""
    for found in _MONTH_WORD.finditer(said):
        day = found["before"] or found["after"]
        if month is None or day is None or _MONTHS.get(found["month"]) != int(month[5:7]):
            continue
        try:
            coming = dt.date(int(month[:4]), int(month[5:7]), int(day))
        except ValueError:
            return None
        return coming.day if coming > today else None
    return None


def _has_month_or_soon(said: str) -> bool:
    if re.search(r"\b(?:next month|this month|le mois prochain|ce mois|soon|bientot)\b", said, _A):
        return True
    return any(found["month"] in _MONTHS for found in _MONTH_WORD.finditer(said))


def coming_birthday(text: str, today: dt.date) -> Coming | None:
    """The age now and the birthday to come of "im turning 32 next month", "34, turning 35 in march", "32, 33 in
    feb", or None (no birthday to come said, or ages that are not one year apart)."""
    said = _said(text)
    if (pair := _AGE_AND_NEXT.match(said)) is not None and _has_month_or_soon(said):
        age, upcoming = int(pair["age"]), int(pair["next"])
        month = _month_of(said, today)
        return Coming(age, upcoming, month, _day_of(said, month, today)) if upcoming == age + 1 else None
    now = age_before_birthday(text) or age_before_birthday(re.sub(r"^(?:i m|im|i am|j ai|jai) (?=\d)", "", said))
    if now is None or not _has_month_or_soon(said):
        return None
    age = int(now.split()[0])
    month = _month_of(said, today)
    return Coming(age, age + 1, month, _day_of(said, month, today))


def ask_which(text: str, today: dt.date) -> None:
    """Raises Ambiguous for "32 in feb" (32 now, or from February?): both readings as buttons, each with its
    birthday's month."""
    said = _said(text)
    found = _AGE_WHEN.match(said)
    if found is None or not _has_month_or_soon(said) or not 17 <= int(found["age"]) <= 100:
        return
    age, month = int(found["age"]), _month_of(said, today) or ""
    raise Ambiguous("age_next", text.strip(), [f"{age - 1} years{MARK}{month}", f"{age} years{MARK}{month}"],
                    key="answers.age_or_next")


def from_button(value: str) -> Coming | None:
    """The reading tapped after ask_which: "31 years@2027-02"."""
    age, mark, month = value.partition(MARK)
    if not mark or not re.fullmatch(r"\d{1,3} years", age) or not re.fullmatch(r"(?:\d{4}-\d{2})?", month):
        return None
    years = int(age.split()[0])
    return Coming(years, years + 1, month or None)


def current(answers: dict[str, Any]) -> Coming | None:
    """The birthday to come kept with the age answered, while that age is still the answer."""
    kept = answers.get(BIRTHDAY)
    if not isinstance(kept, dict) or answers.get("birth") not in (
            {"age": kept.get("age")}, {"birth_date": kept.get("born")}):
        return None
    return Coming(int(kept["age"]), int(kept["next"]), kept.get("month"))


def _points(age: int) -> tuple[int, int]:
    grid = {int(years): tuple(points) for years, points in crs_grid()["age"].items()}
    low, high = min(grid), max(grid)
    with_spouse, alone = grid[min(max(age, low), high)]
    return with_spouse, alone


def change(coming: Coming, column: int) -> int:
    """The age points gained (or lost, negative) on the birthday to come, in the CRS column (0: with a spouse)."""
    return _points(coming.next)[column] - _points(coming.age)[column]


def when(coming: Coming, c: Catalog) -> str:
    if coming.month is None:
        return c.t("answers.birthday_soon")
    return c.t("answers.birthday_in", month=month_name(c, int(coming.month[:4]), int(coming.month[5:7])))


def said_back(coming: Coming, c: Catalog) -> str:
    """What the person reads as the age is stored: the age now, and whether the birthday moves the points."""
    moved = change(coming, 1) or change(coming, 0)
    if not moved:
        return c.t("answers.birthday_kept_same", age=coming.age, next=coming.next, when=when(coming, c))
    return c.t("answers.birthday_kept", age=coming.age, next=coming.next, when=when(coming, c),
               way=c.t("answers.way_down" if moved < 0 else "answers.way_up"))


def warning(answers: dict[str, Any], result: dict[str, Any], c: Catalog) -> dict[str, str] | None:
    """The CRS result's word on the birthday to come (a month, no day: RULES.md 3 counts the age on the day), or
    None when none was said or the points do not move."""
    coming = current(answers)
    crs = result.get("crs")
    if coming is None or not crs or any(w["id"] in ("age_points_fall", "age_points_rise")
                                        for w in result.get("warnings", [])):
        return None  # none said, or the engine says the birthday to the day (a birth date)
    with_spouse, _alone = _points(coming.age)
    column = 0 if crs["details"].get("age") == with_spouse and _points(coming.age)[1] != with_spouse else 1
    moved = change(coming, column)
    if not moved:
        return None
    key = "results.glance.age_month_drop" if moved < 0 else "results.glance.age_month_rise"
    text = c.t(key, age=coming.next, when=when(coming, c), points=abs(moved), now=coming.age)
    return {"id": AGE_MONTH_WARNING, "text": text, "age": str(coming.next), "month": coming.month or ""}


AGE_MONTH_WARNING = "age_points_month"
