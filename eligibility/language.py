"""Language test results: each ability's score to a CLB/NCLC level, and how long a result is valid."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

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
_TEF_TABLE_FROM = dt.date.fromisoformat(language_tables()["tests"]["tef_canada"]["table_from"])


@cache  # a few thousand distinct (test, ability, score) at most: each is looked up once per process
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


@dataclass(frozen=True, slots=True)
class Result:
    """One test converted: its level in each ability and the day it stops being valid."""

    index: int
    test: str
    language: str
    date: dt.date
    expires: dt.date
    clb: tuple[int, int, int, int]
    supported: bool = True

    @property
    def lowest(self) -> int:
        return min(self.clb)

    def clb_of(self, ability: str) -> int:
        return self.clb[ABILITIES.index(ability)]

    def valid_on(self, day: dt.date) -> bool:
        return self.supported and self.date <= day < self.expires


def convert(test: LanguageTest, index: int = 0) -> Result:
    supported = test.test != "tef_canada" or test.date >= _TEF_TABLE_FROM
    clb = tuple(clb_for(test.test, a, getattr(test, a)) for a in ABILITIES)
    return Result(index, test.test, _LANGUAGE_OF[test.test], test.date,
                  add_years(test.date, _VALIDITY_YEARS), clb, supported)  # type: ignore[arg-type]


def best(results: list[Result], language: str, day: dt.date) -> Result | None:
    """The strongest result in one language still valid on `day` (lowest ability first, then the sum)."""
    valid = [r for r in results if r.language == language and r.valid_on(day)]
    if not valid:
        return None
    return max(valid, key=lambda r: (r.lowest, sum(r.clb), r.expires))
