"""Language test results: each ability's score to a CLB/NCLC level, and how long a result is valid."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from eligibility.profile import LanguageTest
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
# Results taken before these days cannot be converted: PTE Core was not accepted, TEF used another table.
_USABLE_FROM = {name: dt.date.fromisoformat(spec.get("accepted_from") or spec.get("table_from") or "1900-01-01")
                for name, spec in language_tables()["tests"].items()}


# Validated scores make at most ~5,000 distinct (test, ability, score): each is worked out once per process.
@lru_cache(maxsize=16384)
def clb_for(test: str, ability: str, score: float) -> int:
    """The CLB/NCLC level of one score; 10 means "10 and above"; below the CLB 4 row it is 3 or less."""
    for level, minimums in _ROWS[test]:
        if score >= minimums[ability]:
            return level
    if test == "celpip_general":  # CELPIP levels are CLB levels, also below 4
        return int(score)
    return 3


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

    def clb_of(self, ability: str) -> int:
        return self.clb[ABILITIES.index(ability)]

    def valid_on(self, day: dt.date) -> bool:
        return self.supported and self.date <= day < self.expires


def convert(test: LanguageTest, index: int = 0) -> Result:
    name, date = test.test, test.date
    supported = date >= _USABLE_FROM[name]
    clb = (clb_for(name, "listening", test.listening), clb_for(name, "reading", test.reading),  # ABILITIES
           clb_for(name, "writing", test.writing), clb_for(name, "speaking", test.speaking))
    return Result(index, name, _LANGUAGE_OF[name], date, add_years(date, _VALIDITY_YEARS), clb, supported)


def best(results: list[Result], language: str, day: dt.date) -> Result | None:
    """The strongest result in one language still valid on `day` (lowest ability first, then the sum)."""
    strongest, strongest_key = None, None
    for r in results:
        if r.language == language and r.valid_on(day):
            key = (r.lowest, sum(r.clb), r.expires)
            if strongest_key is None or key > strongest_key:  # on equal keys the first stays, as with max()
                strongest, strongest_key = r, key
    return strongest
