"""Language test results: each ability's score to a CLB/NCLC level, and how long a result is valid."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from eligibility.tables import ABILITIES, language_tables

ENGLISH, FRENCH = "english", "french"


def _level_rows() -> dict[str, list[tuple[int, dict[str, float]]]]:
    rows = {}
    for name, spec in language_tables()["tests"].items():
        rows[name] = sorted(((int(k), v) for k, v in spec["levels"].items()), reverse=True)
    return rows


_ROWS = _level_rows()
MAX_LEVEL = max(level for rows in _ROWS.values() for level, _ in rows)  # the highest level a score converts to
_VALIDITY_YEARS: int = language_tables()["validity_years"]
_LANGUAGE_OF = {name: spec["language"] for name, spec in language_tables()["tests"].items()}


def language_of(test: str) -> str | None:
    """The language a test assesses (english, french), None for a name the tables do not accept."""
    return _LANGUAGE_OF.get(test)
# Results taken before these days cannot be converted: PTE Core was not accepted, TEF used another table.
_USABLE_FROM = {name: dt.date.fromisoformat(spec.get("accepted_from") or spec.get("table_from") or "1900-01-01")
                for name, spec in language_tables()["tests"].items()}


def clb_for(test: str, ability: str, score: float) -> int:
    """The CLB/NCLC level of one score; 10 means "10 and above"; below the CLB 4 row it is 3 or less."""
    for level, minimums in _ROWS[test]:
        if score >= minimums[ability]:
            return level
    if test == "celpip_general":  # CELPIP levels are CLB levels, also below 4
        return int(score)
    return 3


class _Levels(dict[float, int]):
    """clb_for(test, ability, score) by score, for one test and ability, each level worked out on first use.

    Validated scores make at most ~5,000 distinct (test, ability, score) in all; a missing score costs one
    method call, a known one a plain dict lookup (cheaper than an lru_cache call with its key tuple).
    """

    __slots__ = ("ability", "test")
    _LIMIT = 4096  # scores kept at most, should unvalidated scores ever come this way; then it starts over

    def __init__(self, test: str, ability: str) -> None:
        super().__init__()
        self.test, self.ability = test, ability

    def __missing__(self, score: float) -> int:
        if len(self) >= self._LIMIT:
            self.clear()
        level = self[score] = clb_for(self.test, self.ability, score)
        return level


# Per test, one _Levels per ability, in the order of ABILITIES.
_LEVELS = {name: tuple(_Levels(name, ability) for ability in ABILITIES) for name in _ROWS}


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(slots=True)
class Result:
    """One test converted: its level in each ability and the day it stops being valid.

    Treat it as immutable. It is not a frozen dataclass only because those take twice as long to create,
    and a screening creates one per test.
    """

    index: int
    test: str
    language: str
    date: dt.date
    expires: dt.date
    clb: tuple[int, int, int, int]
    supported: bool = True
    lowest: int = field(init=False, repr=False, compare=False)  # the weakest ability, asked for often

    def __post_init__(self) -> None:
        self.lowest = min(self.clb)

    def valid_on(self, day: dt.date) -> bool:
        return self.supported and self.date <= day < self.expires


@lru_cache(maxsize=4096)  # test days recur; a long-running bot sees a bounded few thousand
def _expiry(date: dt.date) -> dt.date:
    return add_years(date, _VALIDITY_YEARS)


class Scores(Protocol):
    """What a conversion reads of a result: a profile's LanguageTest, or a result the plan only tries."""

    @property
    def test(self) -> str: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def listening(self) -> float: ...
    @property
    def reading(self) -> float: ...
    @property
    def writing(self) -> float: ...
    @property
    def speaking(self) -> float: ...


@dataclass(slots=True)
class TestScores:
    """A result the plan only tries (Scores without a pydantic model, which costs ten times as much to make:
    the plan tries several per profile; issue 20). Its scores are the tables' own, within every range.
    Treat it as immutable (not frozen: that doubles the cost of making one)."""

    test: str
    date: dt.date
    listening: float
    reading: float
    writing: float
    speaking: float

    @classmethod
    def of_json(cls, data: dict[str, Any]) -> TestScores:
        """One the plan wrote into a merge patch (improvements.test_json), read back."""
        return cls(data["test"], dt.date.fromisoformat(data["date"]), float(data["listening"]),
                   float(data["reading"]), float(data["writing"]), float(data["speaking"]))


def convert(test: Scores, index: int = 0) -> Result:
    name, date = test.test, test.date
    listening, reading, writing, speaking = _LEVELS[name]  # ABILITIES
    clb = (listening[test.listening], reading[test.reading], writing[test.writing], speaking[test.speaking])
    return Result(index, name, _LANGUAGE_OF[name], date, _expiry(date), clb, date >= _USABLE_FROM[name])


def best(results: list[Result], day: dt.date) -> tuple[Result | None, Result | None]:
    """The strongest English and French results still valid on `day` (lowest ability first, then the sum,
    then the later expiry), in one pass; on equal keys the first stays, as with max()."""
    english = french = None
    english_key = french_key = (0, 0, dt.date.min)
    for r in results:
        if r.valid_on(day):
            key = (r.lowest, sum(r.clb), r.expires)
            if r.language == ENGLISH:
                if english is None or key > english_key:
                    english, english_key = r, key
            elif r.language == FRENCH and (french is None or key > french_key):
                french, french_key = r, key
    return english, french
