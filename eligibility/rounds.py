"""Rounds of invitations as data: the ones a verdict compares a score with, and which of them are news.

The rules never fetch rounds. They receive a `Rounds` value: the shipped seed (eligibility/data/rounds.json),
or the rounds the front end read from its database after a refresh of IRCC's feed. Everything here is pure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from eligibility.tables import rounds as seed_file

CEC = "canadian_experience_class"
FRENCH = "french_language_proficiency"
NOMINEE = "provincial_nominee_program"
# an all-program round (drawName "No Program Specified", the last on 2024-04-23, RULES.md 4): it invites from
# every program, CEC included
GENERAL = "general"
RECENT = 6  # "recent rounds": the last six CEC rounds, about three months of invitations in 2026


@dataclass(frozen=True, slots=True)
class Round:
    date: dt.date
    program: str
    invitations: int
    lowest_crs: int
    number: str | None = None  # as IRCC writes it: "437", "91a"
    name: str = field(default="", compare=False)  # IRCC's own name ("French-Language proficiency 2026-Version 2")
    name_fr: str = field(default="", compare=False)  # IRCC's French name, from the French feed (same number)
    secondary: bool = field(default=False, compare=False)  # read from secondary copies of the feed (the seed)

    def __post_init__(self) -> None:
        if self.number is not None and not isinstance(self.number, str):
            object.__setattr__(self, "number", str(self.number))

    @property
    def key(self) -> str:
        """What identifies a round: its number and date (never the program we derived from its name); the date
        and program when the number is not known (the seed lists few numbers)."""
        return f"{self.date.isoformat()}|{self.number or self.program}"

    def category(self, lang: str = "en") -> str:
        """IRCC's own name of the round's program or category, without its year and version."""
        from eligibility.rounds_import import category_name

        name = self.name_fr if lang == "fr" and self.name_fr else self.name
        return category_name(name) if name else self.program.replace("_", " ")

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Round:
        number = raw.get("number")
        return cls(dt.date.fromisoformat(str(raw["date"])), str(raw["program"]), int(raw["invitations"]),
                   int(raw["lowest_crs"]), None if number in (None, "") else str(number),
                   str(raw.get("name") or ""), str(raw.get("name_fr") or ""), bool(raw.get("secondary")))

    def as_dict(self) -> dict[str, Any]:
        return {"number": self.number, "date": self.date.isoformat(), "program": self.program,
                "invitations": self.invitations, "lowest_crs": self.lowest_crs}

    def as_record(self) -> dict[str, Any]:
        """What storage keeps of a round (storage/rounds.py store_rounds)."""
        return {**self.as_dict(), "key": self.key, "name": self.name or self.program, "name_fr": self.name_fr}


def number_order(number: str | None) -> tuple[int, str]:
    """Round numbers in IRCC's order: 91 < 91a < 91b < 92 (None first)."""
    digits = "".join(ch for ch in number or "" if ch.isdigit())
    return (int(digits) if digits else 0, (number or "")[len(digits):])


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: verdict texts are cached per value
class Rounds:
    """The rounds known on `as_of` (the day they were last confirmed), and what a verdict needs of them."""

    rounds: tuple[Round, ...]
    as_of: dt.date
    origin: str = "seed"  # "seed" (the shipped file) or "database" (a refresh of IRCC's feed)
    summaries: dict[str, dict[str, int]] = field(default_factory=dict)  # other programs' ranges, if given
    cec: tuple[Round, ...] = field(init=False)
    recent: tuple[Round, ...] = field(init=False)
    sorted_cutoffs: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        cec = tuple(sorted((r for r in self.rounds if r.program == CEC), key=lambda r: r.date))
        object.__setattr__(self, "cec", cec)
        object.__setattr__(self, "recent", cec[-RECENT:])
        object.__setattr__(self, "sorted_cutoffs", tuple(sorted(r.lowest_crs for r in cec[-RECENT:])))

    @property
    def latest_cec(self) -> Round | None:
        return self.cec[-1] if self.cec else None

    @property
    def newest(self) -> Round | None:
        """The newest round of any program."""
        return max(self.rounds, key=lambda r: (r.date, number_order(r.number)), default=None)

    def keys(self) -> frozenset[str]:
        return frozenset(r.key for r in self.rounds)

    def summary(self, program: str) -> dict[str, int] | None:
        """The lowest and highest cut-off of `program` in its latest year (given by the seed, or computed)."""
        if program in self.summaries:
            return self.summaries[program]
        of_program = [r for r in self.rounds if r.program == program]
        if not of_program:
            return None
        year = max(r.date.year for r in of_program)
        cutoffs = [r.lowest_crs for r in of_program if r.date.year == year]
        return {"year": year, "lowest": min(cutoffs), "highest": max(cutoffs)}


@cache
def seed() -> Rounds:
    """The rounds shipped with the rules (eligibility/data/rounds.json)."""
    data = seed_file()
    summaries = {name: {k: int(v) for k, v in value.items() if k in ("year", "lowest", "highest")}
                 for name, value in data.get("other_programs", {}).items() if isinstance(value, dict)}
    return Rounds(tuple(Round.from_dict(r) for r in data["rounds"]), dt.date.fromisoformat(data["in_force_from"]),
                  "seed", summaries)


def from_records(records: list[dict[str, Any]], as_of: dt.date) -> Rounds:
    """Rounds read back from storage (dicts as Round.as_dict writes them), confirmed current on `as_of`."""
    return Rounds(tuple(Round.from_dict(r) for r in records), as_of, "database")


def with_seed(stored: Rounds, shipped: Rounds) -> Rounds:
    """The rounds a refresh stored, completed by the shipped seed's rounds they lack: confirmed rounds (a copy of
    part of the feed lacks them), and rounds read from secondary copies that are newer than every stored one
    (the live feed replaces those it covers)."""
    if not stored.rounds:
        return shipped
    newest = max(r.date for r in stored.rounds)
    extra = missing_from(list(stored.rounds), shipped)
    extra += [r for r in shipped.rounds if r.secondary and r.date > newest]
    if not extra:
        return stored
    return Rounds(tuple(sorted((*stored.rounds, *extra), key=lambda r: (r.date, number_order(r.number)))),
                  stored.as_of, stored.origin)


def news(known: Rounds, feed: list[Round]) -> list[Round]:
    """The rounds of `feed` that are news: not known, and no older than the newest round known.

    A first refresh over the seed brings years of IRCC's history; only what came after the newest known
    round is new to anyone.
    """
    newest = known.newest
    keys = known.keys()  # "date|number", or "date|program" for the seed's unnumbered rounds
    numbers = {r.number for r in known.rounds if r.number}  # a round whose date IRCC corrects is still that round
    days = {(r.date, r.program) for r in known.rounds}  # ... and one whose number it corrects ("488" -> "448")
    return sorted((r for r in feed if r.key not in keys and (r.date, r.program) not in days
                   and r.number not in numbers and (newest is None or r.date >= newest.date)),
                  key=lambda r: (r.date, number_order(r.number)))


def latest_of_each(rounds: Rounds, today: dt.date) -> list[Round]:
    """The latest round of each program and category of the last 12 months: CEC, French-language proficiency
    and the Provincial Nominee Program first (the rounds the rules can compare with), then the others, newest
    first."""
    from eligibility.language import add_years

    start = add_years(today, -1)
    latest: dict[str, Round] = {}
    for r in sorted(rounds.rounds, key=lambda r: (r.date, number_order(r.number))):
        if start < r.date <= today:
            latest[r.program] = r
    first = [latest.pop(p) for p in (CEC, GENERAL, FRENCH, NOMINEE) if p in latest]
    return first + sorted(latest.values(), key=lambda r: (r.date, number_order(r.number)), reverse=True)


def concerns(round_: Round, french_nclc7: bool, nominee: bool) -> bool:
    """Whether a person hears about a round: every CEC round and every all-program round (it invites CEC
    candidates too); French-language rounds for those at NCLC 7+ in all four French abilities; Provincial Nominee
    Program rounds for nominees."""
    if round_.program in (CEC, GENERAL):
        return True
    if round_.program == FRENCH:
        return french_nclc7
    if round_.program == NOMINEE:
        return nominee
    return False


def missing_from(feed: list[Round], known: Rounds) -> list[Round]:
    """Known rounds absent from a feed: IRCC never withdraws a round, so a feed without them is shrunken.
    Matched by number, IRCC's name for a round, or else by date and program (the seed's unnumbered rounds, and a
    round IRCC renumbered: "91" became "91a" and "91b", RULES.md 4; the reader takes a second round of a program
    on one day for the same one): a round whose date or number the feed corrects is still there, and refusing
    the feed for it would keep every later round out; the seed's rounds read from secondary copies are not held
    against the live feed, which replaces them."""
    numbered = {r.number for r in feed if r.number}
    days = {(r.date, r.program) for r in feed}
    return [r for r in known.rounds
            if not r.secondary and r.number not in numbered and (r.date, r.program) not in days]
