"""Typed answers to values: "oui", "6,5", "2024-03-15", "21232"; anything else becomes a friendly error."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Any

from eligibility.tables import language_tables
from flows.questions import Question

EARLIEST = dt.date(1950, 1, 1)
_YES = {"yes", "y", "oui", "o", "yeah", "yep", "ok", "true", "vrai", "si"}
_NO = {"no", "n", "non", "nope", "false", "faux"}
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_SLASHED = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")  # 15/03/2024 or 03/15/2024: which is the day?
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")  # 2024/03/15 can only be one day
_NUMBER = re.compile(r"^([+-]?\d+(?:[.,]\d+)?)\s*(?:h|hrs?|hours?|heures?)?"
                     r"(?:\s*(?:/|a|an|per|par)\s*(?:week|wk|semaine|sem)\.?)?\.?$")


class InvalidAnswer(Exception):
    """A typed answer that cannot be used; `key` names the message in the catalogs."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def fold(text: str) -> str:
    """Lower case without accents or surrounding spaces: "Oui " and "óui" read the same."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def parse_yes_no(text: str) -> bool:
    word = fold(text).rstrip(".!")
    if word in _YES or word == "1":
        return True
    if word in _NO or word == "2":
        return False
    raise InvalidAnswer("err.yes_no")


def parse_choice(text: str, options: tuple[str, ...], labels: list[str]) -> str:
    """An option by its number ("2"), its label, or its value."""
    word = fold(text)
    if all(option.isdigit() for option in options):  # years: "2" means 2, not the second button
        if word in options:
            return word
        if not word.isdigit():
            for value, label in zip(options, labels, strict=True):
                if word == fold(label):
                    return value
        raise InvalidAnswer("err.choice_years", low=options[0], high=options[-1])
    elif word.isdigit() and 1 <= int(word) <= len(options):
        return options[int(word) - 1]
    for value, label in zip(options, labels, strict=True):
        if word in (fold(label), fold(value)):
            return value
    if len(word) >= 3:  # "ielts", "celpip", "mari": the start of exactly one label is enough
        starts = [v for v, label in zip(options, labels, strict=True)
                  if fold(label).startswith(word) or fold(v).startswith(word)]
        if len(starts) == 1:
            return starts[0]
    raise InvalidAnswer("err.choice", count=len(options))


def parse_number(text: str) -> float:
    match = _NUMBER.match(fold(text))
    if not match:
        raise InvalidAnswer("err.number")
    return float(match.group(1).replace(",", "."))


def tidy(value: float) -> int | float:
    """37.0 -> 37 so that answers read (and serialise) naturally."""
    return int(value) if value == int(value) else value


def parse_date(text: str, edge: str, today: dt.date) -> dt.date:
    """YYYY-MM-DD, or YYYY-MM (the month's first day for a start, its last day for an end)."""
    cleaned = fold(text)
    if _SLASHED.match(cleaned):
        raise InvalidAnswer("err.date_slashed")
    try:
        if match := _DATE.match(cleaned) or _YEAR_FIRST.match(cleaned):
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        elif (match := _MONTH.match(cleaned)) and edge in ("start", "end"):
            year, month = int(match[1]), int(match[2])
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 1
            day = dt.date(year, month, last if edge == "end" else 1)
            day = min(day, today)
        else:
            raise InvalidAnswer("err.date_format")
    except ValueError:
        raise InvalidAnswer("err.date_impossible") from None
    if day > today:
        raise InvalidAnswer("err.date_future")
    if day < EARLIEST:
        raise InvalidAnswer("err.date_too_old")
    return day


def parse_noc(text: str) -> dict[str, Any]:
    """A 5-digit NOC 2021 code ("21232", "21 232", "CNP 21232") or a TEER level ("TEER 2", "FEER 2", "2")."""
    cleaned = re.sub(r"[\s-]", "", fold(text))
    for prefix in ("noc", "cnp", "teer", "feer"):
        cleaned = cleaned.removeprefix(prefix)
    if re.fullmatch(r"\d{5}", cleaned):
        if cleaned[1] not in "012345":
            raise InvalidAnswer("err.noc_teer_digit")
        return {"noc": cleaned}
    if re.fullmatch(r"[0-5]", cleaned):
        return {"teer": int(cleaned)}
    raise InvalidAnswer("err.noc")


def score_spec(test: str, ability: str) -> tuple[float, float, float]:
    spec = language_tables()["tests"][test]
    low, high = spec["ranges"][ability]
    return low, high, spec["step"]


def parse_score(text: str, test: str, ability: str) -> float:
    """A score as printed on the report, within that test's range and steps."""
    low, high, step = score_spec(test, ability)
    try:
        value = parse_number(text)
    except InvalidAnswer:
        raise InvalidAnswer("err.score", low=tidy(low), high=tidy(high)) from None
    if not low <= value <= high:
        raise InvalidAnswer("err.score", low=tidy(low), high=tidy(high))
    if value / step != int(value / step):
        raise InvalidAnswer("err.score_half" if step == 0.5 else "err.score_whole")
    return value


def parse_age(text: str, today: dt.date) -> dict[str, Any]:
    """A birth date (YYYY-MM-DD) or an age in completed years."""
    cleaned = fold(text)
    if cleaned.isdigit():
        age = int(cleaned)
        if not 16 <= age <= 100:
            raise InvalidAnswer("err.age")
        return {"age": age}
    try:
        born = parse_date(cleaned, "birth", today)
    except InvalidAnswer:
        raise InvalidAnswer("err.age") from None
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if not 16 <= age <= 100:
        raise InvalidAnswer("err.age")
    return {"birth_date": born.isoformat()}


def parse(question: Question, text: str, today: dt.date, labels: list[str], test: str | None) -> Any:
    """The JSON-ready value of a typed answer to `question`, or InvalidAnswer."""
    if not text.strip():
        raise InvalidAnswer("err.empty")
    kind = question.kind
    if kind == "yes_no":
        return parse_yes_no(text)
    if kind == "choice":
        return parse_choice(text, question.options, labels)
    if kind == "number":
        value = parse_number(text)
        if not question.minimum <= value <= question.maximum:  # type: ignore[operator]
            raise InvalidAnswer("err.hours_range", low=tidy(question.minimum or 0),
                                high=tidy(question.maximum or 0))
        return tidy(value)
    if kind == "date":
        return parse_date(text, question.meta["edge"], today).isoformat()
    if kind == "noc":
        return parse_noc(text)
    if kind == "score":
        assert test is not None
        return tidy(parse_score(text, test, question.meta["ability"]))
    if kind == "age":
        return parse_age(text, today)
    raise ValueError(f"unknown question kind {kind}")
