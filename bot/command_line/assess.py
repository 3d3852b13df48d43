"""`cec-screener assess`: profiles in as JSON, verdicts out as JSON (or text), one engine with the bot."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import pathlib
import re
import sys
from collections.abc import Iterator
from typing import IO, Any

from pydantic import ValidationError

from eligibility import Profile, assess, describe
from eligibility.profile import before_birth

# A result is a tree of fresh dicts and lists, never a cycle: the encoder's check for one is skipped (about a
# tenth of the time of writing a result; the same bytes).
_JSONL = json.JSONEncoder(ensure_ascii=False, check_circular=False)


class ProfileError(Exception):
    """A profile that cannot be assessed, with a one-line message naming the field."""


# One profile is a few kilobytes; a file or a --jsonl line beyond this is refused rather than read whole (a file
# larger than memory, /dev/zero, would end in a MemoryError). Pretty-printed exports with deep indentation (tens
# of megabytes) stay well under it.
PROFILE_MAX_BYTES = 64 * 1024 * 1024
TOO_LARGE = (f"profile: larger than {PROFILE_MAX_BYTES // 2**20} MB, not one profile (a profile is a few "
             "kilobytes; for many profiles, give one per line with --jsonl)")


def read_profile(source: IO[bytes]) -> bytes:
    """The whole file of one profile, refused beyond PROFILE_MAX_BYTES."""
    raw = source.read(PROFILE_MAX_BYTES + 1)
    if len(raw) > PROFILE_MAX_BYTES:
        raise ProfileError(TOO_LARGE)
    return raw


# Stands for a --jsonl line beyond PROFILE_MAX_BYTES (never a real line: one ends at its first line break).
TOO_LONG_LINE = b"\n\x00"


class BoundedLines:
    """The lines of `source`, each read up to PROFILE_MAX_BYTES: a longer one is given as TOO_LONG_LINE and the
    input is not read further (`stopped_at` says which line)."""

    def __init__(self, source: IO[bytes]) -> None:
        self.source, self.stopped_at = source, 0

    def __iter__(self) -> Iterator[bytes]:
        number = 0
        while line := self.source.readline(PROFILE_MAX_BYTES + 1):
            number += 1
            if len(line) > PROFILE_MAX_BYTES:
                self.stopped_at = number
                yield TOO_LONG_LINE
                return
            yield line


# A message is one line of at most this many characters: an unknown key may be 100,000 characters long, or hold a
# line break, and the message names it.
LONGEST_MESSAGE = 300
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def one_line(message: str) -> str:
    """`message` on one line (control characters escaped), its middle left out when too long: the field it starts
    with and the problem it ends with stay."""
    message = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), message)
    if len(message) <= LONGEST_MESSAGE:
        return message
    return f"{message[:LONGEST_MESSAGE // 2]}…{message[-(LONGEST_MESSAGE // 2 - 1):]}"


def _not_utf8(raw: str | bytes) -> str | None:
    """Where `raw` is not UTF-8 text ("byte 0xe9 at position 77"), or None. A str read with surrogateescape holds a
    byte that was not UTF-8 as a lone surrogate."""
    if isinstance(raw, bytes):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as error:
            return f"byte 0x{raw[error.start]:02x} at position {error.start}"
        return None
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as error:
        return f"byte 0x{ord(raw[error.start]) & 0xFF:02x} at character {error.start}"
    return None


def parse(raw: str | bytes, *, jsonl: bool = False) -> Profile:
    """The profile in `raw`, or a ProfileError naming the field; `jsonl`: `raw` is one line of a --jsonl input."""
    # A byte order mark (Windows Notepad saves UTF-8 with one): ignored, as RFC 8259 allows.
    raw = raw.removeprefix(b"\xef\xbb\xbf") if isinstance(raw, bytes) else raw.removeprefix("\ufeff")
    if not raw.strip():  # an empty file (a failed export, `> profile.json` run twice): said plainly
        raise ProfileError("profile: empty, no JSON in it (a profile is a JSON object {...})")
    try:
        profile = Profile.model_validate_json(raw)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        if first["type"] in ("json_invalid", "string_unicode"):
            if _utf16(raw):
                raise ProfileError("profile: UTF-16 text (Excel's \"Unicode text\"), not UTF-8: save the file as "
                                   "UTF-8") from None
            if where := _not_utf8(raw):
                raise ProfileError(f"profile: not UTF-8 text ({where})") from None
            hint = "; one profile per file, or one per line with --jsonl" \
                if not jsonl and "trailing characters" in first["msg"] else ""
            raise ProfileError(f"profile: not valid JSON ({first['msg']}){hint}") from None
        if first["type"] == "model_type" and not first["loc"] and isinstance(first["input"], list):
            raise ProfileError("profile: a JSON array, not one profile (a JSON object {...}); for many profiles, "
                               "one per line with --jsonl") from None
        raise ProfileError(one_line(describe(error))) from None
    # About 14 µs a profile: a key given twice with two values is refused (ProfileError). What pydantic read but
    # this parser does not (ValueError, RecursionError) leaves nothing more to check.
    with contextlib.suppress(ValueError, RecursionError):
        json.loads(raw, object_pairs_hook=_one_value_per_key)
    if problem := before_birth(profile):
        raise ProfileError(problem)
    return profile


def _one_value_per_key(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A key given twice with different values in one object ("hours_per_week": 20, "hours_per_week": 40, as a
    spreadsheet export joining two columns may write) cannot be read one way: refused, naming it, where the JSON
    parser would silently keep the last. The same value twice says one thing and is read."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen and seen[key] != value:
            raise ProfileError(one_line(f"{key}: given twice in the same object with different values "
                                        f"({json.dumps(seen[key])}, then {json.dumps(value)}): keep one"))
        seen[key] = value
    return seen  # nested objects compared by their values


def _utf16(raw: str | bytes) -> bool:
    """Whether `raw` is JSON saved as UTF-16 (Excel's "Unicode text", Windows PowerShell's `>`): a byte order mark
    and a text that starts as JSON does, or, on a line without one, an ASCII character beside a NUL byte."""
    if isinstance(raw, str):
        return False
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16").lstrip().startswith(("{", "["))
        except UnicodeDecodeError:
            return False
    return raw[:2] in (b"{\x00", b"\x00{", b"[\x00", b"\x00[")


def assess_one(raw: str | bytes, lang: str = "en", today: dt.date | None = None, *,
               jsonl: bool = False) -> dict[str, Any]:
    # The plan's new test results are dated today (the clock lives here, never in the rules).
    return assess(parse(raw, jsonl=jsonl), lang, with_improvements=True, today=today or dt.date.today())


def result_line(line: str | bytes, number: int, lang: str, today: dt.date) -> str:
    """One line of `--jsonl` output: the result of the profile on input line `number`, or its error."""
    if line == TOO_LONG_LINE:
        return _JSONL.encode({"error": f"line {number}: {TOO_LARGE}; the input was not read further"}) + "\n"
    try:
        result: dict[str, Any] = assess_one(line, lang, today, jsonl=True)
    except ProfileError as error:
        result = {"error": f"line {number}: {error}"}
    return _JSONL.encode(result) + "\n"


def render(result: dict[str, Any], fmt: str, lang: str) -> str:
    if fmt == "text":
        # The text of one verdict (and its typed-date parsers) only when asked: a batch of --jsonl never writes
        # it, and importing it is about a tenth of the command's start.
        from flows.verdict_text import verdict_text

        return verdict_text(result, lang, html=False)
    return json.dumps(result, ensure_ascii=False, indent=None if fmt == "jsonl" else 2)


def run_file(source: IO[bytes], fmt: str, lang: str, out: IO[str], err: IO[str], *, chart: str | None = None,
             chart_path: str | None = None) -> int:
    try:
        raw = read_profile(source)
        result = assess_one(raw, lang)
    except ProfileError as error:
        print(f"error: {error}", file=err)
        return 2
    print(render(result, fmt, lang), file=out)
    if chart is not None and chart_path is not None:
        return write_chart(parse(raw), chart, lang, chart_path, err)
    return 0


def chart_options_problem(chart: str | None, path: str | None, jsonl: bool) -> str | None:
    """What is wrong with --chart and --out together, naming the option; None when they fit."""
    if chart is not None and jsonl:
        return "--chart: draws the chart of one profile, not with --jsonl"
    if chart is not None and path is None:
        return "--out: required with --chart (the PNG file to write)"
    if chart is None and path is not None:
        return "--chart: required with --out (hours or crs)"
    return None


def write_chart(profile: Profile, which: str, lang: str, path: str, err: IO[str]) -> int:
    """`assess --chart hours|crs --out FILE.png`: the picture the bot would send, for advisers."""
    from bot import charts  # matplotlib only when a chart is asked for
    from flows.chart_replies import chart_photo

    # Other programs' rounds (French-language, nominee) drawn only for someone eligible on the day, as the CRS
    # message names them (flows/chart_replies.py chart_reply does the same in the chat)
    eligible = which != "crs" or assess(profile, lang, today=profile.as_of)["verdict"] == "eligible"
    photo = chart_photo(which, profile, lang, eligible=eligible)
    if photo is None and profile.intends_to_live_in_quebec:  # RULES.md 8: no rounds compared for Quebec
        print(f"error: --chart: no {which} chart for someone who will live in Quebec: Express Entry's rounds are "
              "not their route, so the CRS is not compared with them (the hours chart still is drawn)", file=err)
        return 2
    if photo is None:  # cannot happen for a full profile (it has an age), said plainly all the same
        print(f"error: --chart: no {which} chart for this profile", file=err)
        return 2
    png = charts.render(photo)
    try:
        pathlib.Path(path).write_bytes(png)
    except OSError as error:
        print(f"error: --out: {path}: {error.strerror}", file=err)
        return 2
    print(f"chart: {path} ({len(png) // 1024} KB)", file=err)
    return 0


def run_jsonl(source: IO[bytes], lang: str, out: IO[str], workers: int = 1) -> int:
    """One result per input line; a bad line yields {"error": ...} and the run goes on. With `workers` above 1,
    long inputs are assessed by that many processes, the output unchanged (bot/command_line/assess_batch.py)."""
    from bot.command_line import assess_batch  # imports this module: imported when used

    return assess_batch.run(source, lang, out, workers, dt.date.today())


def open_source(path: str) -> IO[bytes]:
    """The profiles' bytes: read as UTF-8 by the JSON parser whatever the locale, so that a byte that is not UTF-8
    is said on its own line (`parse`), never a UnicodeDecodeError of the stream."""
    if path == "-":
        if sys.stdin is None:  # started with standard input closed (`<&-`)
            raise ProfileError("-: there is no standard input (it is closed); give a FILE")
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except OSError as error:
        raise ProfileError(one_line(f"{path}: {error.strerror}")) from None
