"""IRCC's published rounds JSON (ee_rounds_123_en.json and its French twin): to our dated seed file, or read and
checked for sense before the database stores it.

The feed as it really is (RULES.md section 4): every field a string, round numbers that are not always numbers
("91a"), numbers with separators ("5,000", French "5 000" with any kind of space), category names carrying their
year and version ("French-Language proficiency 2026-Version 2"), new categories without notice, empty old fields.
A round that cannot be read or makes no sense is skipped and named; the rest of the feed is kept. Only a body
that is not a feed at all (HTML, truncated, hostile) is refused as a whole. Everything here is pure.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from eligibility.rounds import CEC, FRENCH, GENERAL, NOMINEE, Round, Rounds, missing_from, number_order
from eligibility.tables import rounds

# -- bounds: what no real round has ever come near (RULES.md section 4 and the feed's history) -----------------
FIRST_ROUND = dt.date(2015, 1, 31)  # round 1; nothing is dated before it
MAX_CRS = 1200  # the CRS scale's maximum (RULES.md section 3)
MAX_INVITATIONS = 50_000  # an operational bound: a 2026 round invited at most 8,000; 10^9 is a typo
MAX_ROUNDS = 5_000  # about 450 rounds in 2026
MAX_DEPTH = 6  # {"rounds": [{...}]} is 3 deep
MAX_UNREADABLE = 5  # rounds a refresh skips one by one; beyond that and a tenth of the feed, it refuses the feed
_NUMBER = re.compile(r"^(\d{1,5})([a-zA-Z]?)$")
# a count: plain digits, or groups of three after a thousands separator ("5,000", French "5 000" with any space);
# "5,00" or "1,2,3" is no way of writing a number, never read as 500 or 123
_COUNT = re.compile(r"^(?:\d{1,9}|\d{1,3}(?:[,'\s\u00a0\u202f\u2009\u2007]\d{3}){1,2})$")
_SEPARATORS = re.compile(r"[,'\s\u00a0\u202f\u2009\u2007]")
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]|$)", re.ASCII)  # YYYY-MM-DD, perhaps a time after it
_NOT_TEXT = re.compile("[\ud800-\udfff\ufffd]")  # a lone surrogate (a "\\ud83d" escape) or a byte not decoded

# drawName without its year and version: "..., 2026-Version 3", "... 2026-Version 2", "... (Version 1)", "... 2026"
_VERSION = re.compile(r"[\s,;:\u2013\u2014-]*\(?\s*(?:(?:19|20)\d\d(?:\s*[-\u2013\u2014]?\s*version\s*\d+)?"
                      r"|version\s*\d+)\s*\)?\s*$", re.IGNORECASE)

# Folded names (no accents, no case, no punctuation) of the programs the rules know, in English and French (the
# French ones only matter for a French feed read alone: a refresh takes the program from the English round).
_PROGRAMS = {
    "canadian experience class": CEC,
    "categorie de l experience canadienne": CEC,
    "provincial nominee program": NOMINEE,
    "programme des candidats des provinces": NOMINEE,
    "french language proficiency": FRENCH,
    "competence linguistique en francais": FRENCH,
    "connaissance du francais": FRENCH,
    "no program specified": GENERAL,
    "aucun programme specifie": GENERAL,
}
KNOWN_PROGRAMS = frozenset(_PROGRAMS.values())
_YEAR_OR_VERSION = re.compile(r"(?:(?:version|\d{1,4})(?: |$))+")  # folded: "2023 1", "version 1"


def _fold(name: str) -> str:
    spaced = re.sub(r"[\W_]+", " ", name)  # apostrophes of any kind, hyphens, commas
    plain = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain.lower()).split())


def category_name(draw_name: str) -> str:
    """IRCC's name of a round without its year and version ("Trades Occupations, 2026-Version 3" -> "Trades
    Occupations"), in either language."""
    name = " ".join(draw_name.split())
    base = _VERSION.sub("", name).strip(" ,;:-")
    return base or name


def program_of(draw_name: str) -> str:
    """The program (or category) of a round: a known program, or a slug of IRCC's own name without version."""
    folded = _fold(category_name(draw_name))
    if folded in _PROGRAMS:
        return _PROGRAMS[folded]
    for prefix, program in _PROGRAMS.items():  # old names: "French language proficiency (2023-1)"
        # only a year or a version after it: "Canadian Experience Class – Healthcare ..." is a new category, whose
        # cut-off must never pass for a CEC round's
        if folded.startswith(prefix + " ") and _YEAR_OR_VERSION.fullmatch(folded[len(prefix) + 1:]):
            return program
    return folded.replace(" ", "_") or "unnamed"


def _count(value: Any, what: str) -> int:
    """A count as IRCC writes it: "5,000", "5 000" (any space), or a JSON number."""
    if isinstance(value, bool):
        raise ValueError(f"{what} is not a number")
    if isinstance(value, int):
        digits = str(value) if 0 <= value < 10**9 else ""
    elif isinstance(value, str) and _COUNT.match(value.strip()):
        digits = _SEPARATORS.sub("", value.strip())
    else:
        digits = ""
    if not digits:
        raise ValueError(f"{what} is not a number: {str(value)[:20]!r}")
    return int(digits)


def _number(value: Any) -> str:
    """A round number kept as IRCC writes it ("91a"): digits and at most one letter."""
    text = value.strip() if isinstance(value, str) else str(value) if type(value) is int else ""
    match = _NUMBER.match(text)
    if match is None or int(match.group(1)) < 1:
        raise ValueError(f"drawNumber is not a round number: {str(value)[:20]!r}")
    return text


def _date(value: Any) -> dt.date:
    """drawDate, YYYY-MM-DD (a time after it is ignored); nothing else (not "2026-08-0512" read as its first ten
    characters, nor an ISO week "2026-W32-3" or "20260805", which Python's fromisoformat would take)."""
    match = _DATE.match(value.strip()) if isinstance(value, str) else None
    try:
        if match is not None:
            return dt.date.fromisoformat(match.group(1))
    except ValueError:
        pass
    raise ValueError(f"drawDate is not a date: {str(value)[:20]!r}")


# -- reading a feed ----------------------------------------------------------------------------------------------
class FeedError(ValueError):
    """A feed that must not replace the rounds we have; the message names the problem in one line."""


@dataclass
class FeedReading:
    """The rounds of a feed that make sense, and one line for each round skipped."""

    rounds: list[Round]
    skipped: list[str] = field(default_factory=list)
    # the round number of each record skipped whose number could be read (-> its line in `skipped`): the round is
    # still in the feed, only not readable this time
    unreadable: dict[str, str] = field(default_factory=dict)


def _depth_ok(text: str) -> bool:
    """No array or object nested deeper than MAX_DEPTH (a 200,000-deep array must not reach the parser)."""
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]', text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        elif token in "]}":
            depth -= 1
    return True


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 12:
        raise FeedError(f"a number of {len(text)} digits")
    return int(text)


def _bounded_float(text: str) -> float:
    value = float(text) if len(text) <= 24 else float("inf")
    if not -1e12 < value < 1e12:
        raise FeedError(f"a number out of range ({text[:24]})")
    return value


def _no_constant(text: str) -> Any:
    raise FeedError(f"{text} is not JSON")


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """A byte sequence that is not UTF-8, read as cp1252 (a byte cp1252 leaves undefined: U+FFFD)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("ircc-cp1252", _cp1252_bytes)


def decode(body: bytes | str) -> str:
    """The feed's text, its encoding undeclared: UTF-8 (the 2026 files), and where a byte is not UTF-8, cp1252 (the
    French file before 2026). Read sequence by sequence, not file by file: a file in cp1252 reads as cp1252, and a
    file whose older records stayed in cp1252 when newer ones came in UTF-8 reads right in both, not as
    "CatÃ©gorie" in every UTF-8 record. A byte order mark is dropped; UTF-16 or binary bytes are refused."""
    if isinstance(body, str):
        return body.removeprefix("\ufeff")
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in body:
        raise FeedError("neither UTF-8 nor cp1252 text")
    text = body.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="ircc-cp1252")
    return text.removeprefix("\u00ef\u00bb\u00bf")  # a UTF-8 byte order mark decoded as cp1252


def _load(body: bytes | str) -> list[Any]:
    text = decode(body)
    if not _depth_ok(text):
        raise FeedError(f"nested deeper than {MAX_DEPTH} levels: not IRCC's feed")
    try:
        raw = json.loads(text, parse_int=_bounded_int, parse_float=_bounded_float, parse_constant=_no_constant)
    except FeedError:
        raise
    except (ValueError, RecursionError) as error:
        raise FeedError(f"not JSON ({str(error)[:80]})") from None
    if isinstance(raw, list):
        raw = {"rounds": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("rounds"), list):
        raise FeedError('no "rounds" list in the feed')
    items = raw["rounds"]
    if not items:
        raise FeedError("the feed holds no rounds")
    if len(items) > MAX_ROUNDS:
        raise FeedError(f"{len(items):,} rounds: not IRCC's feed")
    return items


_READ = ("drawNumber", "drawDate", "drawName", "drawSize", "drawCRS")  # the fields a round is read from


def _round(item: Any, today: dt.date) -> Round:
    """One round as IRCC writes it, checked for sense; ValueError naming the field otherwise."""
    if not isinstance(item, dict):
        raise ValueError("not a round")
    for key in _READ:  # a field renamed or dropped by IRCC: said as such, not as the value None
        if key not in item:
            raise ValueError(f"{key} is missing")
    number = _number(item.get("drawNumber"))
    date = _date(item.get("drawDate"))
    name = item.get("drawName")
    if not isinstance(name, str) or not name.strip() or len(name) > 300:
        raise ValueError("drawName is empty")
    if _NOT_TEXT.search(name):  # its program cannot be told, and SQLite could not store it
        raise ValueError("drawName is not readable text (a byte neither UTF-8 nor cp1252, or half a character)")
    invitations = _count(item.get("drawSize"), "drawSize")
    cutoff = _count(item.get("drawCRS"), "drawCRS")
    if not FIRST_ROUND <= date <= today + dt.timedelta(days=1):
        raise ValueError(f"drawDate {date.isoformat()} is before round 1 or after tomorrow")
    if not 1 <= invitations <= MAX_INVITATIONS:
        raise ValueError(f"drawSize {invitations:,} is not a plausible number of invitations")
    if not 0 < cutoff <= MAX_CRS:
        raise ValueError(f"drawCRS {cutoff} is not a CRS score")
    return Round(date, program_of(name), invitations, cutoff, number, " ".join(name.split()))


def read_feed(body: bytes | str, today: dt.date | None = None) -> FeedReading:
    """IRCC's rounds JSON as rounds that make sense, oldest first; FeedError when it is not a feed at all or no
    round of it can be read."""
    today = today or dt.date.today()
    items = _load(body)
    kept: list[Round] = []
    skipped: list[str] = []
    unreadable: dict[str, str] = {}
    numbers: set[str] = set()
    days: set[str] = set()
    for index, item in enumerate(items):
        label = f"rounds.{index}"
        if isinstance(item, dict) and isinstance(item.get("drawNumber"), str):
            label += f" (round {item['drawNumber'].strip()[:10]!r})"
        try:
            r = _round(item, today)
        except ValueError as error:
            skipped.append(f"{label}: {error}")
            with contextlib.suppress(ValueError, AttributeError):  # not even its number: nothing to match it with
                unreadable.setdefault(_number(item.get("drawNumber")), skipped[-1])
            continue
        if r.number in numbers:
            skipped.append(f"{label}: round number {r.number} appears twice")
            continue
        if f"{r.date}|{r.program}" in days:
            skipped.append(f"{label}: a second {r.program} round on {r.date.isoformat()}")
            continue
        numbers.add(str(r.number))
        days.add(f"{r.date}|{r.program}")
        kept.append(r)
    if not kept:
        raise FeedError(f"no round could be read ({skipped[0]}; {len(skipped)} problem(s))")
    kept.sort(key=lambda r: (r.date, number_order(r.number)))
    return FeedReading(kept, skipped, {n: line for n, line in unreadable.items() if n not in numbers})


def parse_feed(body: bytes | str, today: dt.date | None = None) -> list[Round]:
    """The rounds of a feed that make sense (read_feed without the skipped lines)."""
    return read_feed(body, today).rounds


def french_names(body: bytes | str, today: dt.date | None = None) -> dict[str, str]:
    """IRCC's French names by round number, from the French feed (ee_rounds_123_fr.json)."""
    return {str(r.number): r.name for r in read_feed(body, today).rounds}


def stored_copies(reading: FeedReading, stored: Rounds) -> list[Round]:
    """The stored rounds whose record the feed still holds but could not read this time (a field IRCC emptied or
    dropped, a date it mistyped): kept as stored, matched by number, so that one damaged record neither drops a
    round nor makes the whole feed look shrunken and hold back the rounds published beside it."""
    return [r for r in stored.rounds if r.number is not None and r.number in reading.unreadable]


def check_mostly_read(reading: FeedReading) -> None:
    """A feed most of whose rounds cannot be read is IRCC writing them another way, not a few damaged records:
    refused in one line naming the first (more than MAX_UNREADABLE of them, and more than a tenth of the feed)."""
    total = len(reading.rounds) + len(reading.skipped)
    if len(reading.skipped) > max(MAX_UNREADABLE, total // 10):
        raise FeedError(f"{len(reading.skipped)} of the feed's {total} rounds could not be read (the first: "
                        f"{reading.skipped[0]}): has IRCC changed how it writes them?")


def check_not_shrunken(feed: list[Round], known: Rounds) -> None:
    """A feed that lacks rounds we hold is shrunken (IRCC never withdraws a round): refused, naming the first.
    Rounds are matched by number (a date IRCC corrects leaves it the same round), never by the program we
    derived from their name."""
    missing = missing_from(feed, known)
    if missing:
        first = missing[0]
        number = f"round {first.number}" if first.number else first.program
        raise FeedError(f"shrunken: {len(missing)} of the {len(known.rounds)} rounds we hold are missing from the "
                        f"feed's {len(feed)} (the first: {number} of {first.date.isoformat()})")


# -- the seed file (cec-screener rounds-import) -----------------------------------------------------------------
def convert_rounds(raw: dict[str, Any] | list[Any], today: dt.date) -> dict[str, Any]:
    """Every round of the file, newest last, with the file's own source and a retrieval date."""
    items = raw["rounds"] if isinstance(raw, dict) else raw
    if not items:
        raise ValueError("the file holds no rounds")
    return seed_data(read_feed(json.dumps({"rounds": items}), today).rounds, today)


def seed_data(read: list[Round], today: dt.date) -> dict[str, Any]:
    """The seed file of `read` (rounds of a feed, oldest first), with the seed's own source and today's date; each
    round with its number and name as IRCC writes them, as the shipped seed keeps them (the /rounds list and the
    round alerts name rounds by both)."""
    current = rounds()
    return {"source": current["source"], "page": current["page"], "in_force_from": today.isoformat(),
            "retrieved": today.isoformat(),
            "rounds": [{**({"number": r.number} if r.number else {}), "date": r.date.isoformat(),
                        "program": r.program, **({"name": r.name} if r.name else {}),
                        "invitations": r.invitations, "lowest_crs": r.lowest_crs} for r in read]}
