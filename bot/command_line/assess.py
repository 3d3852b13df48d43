"""`cec-screener assess`: profiles in as JSON, verdicts out as JSON (or text), one engine with the bot."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import sys
from typing import IO, Any

from pydantic import ValidationError

from eligibility import Profile, assess, describe
from flows.verdict_text import verdict_text

# A result is a tree of fresh dicts and lists, never a cycle: the encoder's check for one is skipped (about a
# tenth of the time of writing a result; the same bytes).
_JSONL = json.JSONEncoder(ensure_ascii=False, check_circular=False)


class ProfileError(Exception):
    """A profile that cannot be assessed, with a one-line message naming the field."""


def parse(raw: str | bytes) -> Profile:
    try:
        return Profile.model_validate_json(raw)
    except ValidationError as error:
        if error.errors()[0]["type"] == "json_invalid":
            raise ProfileError(f"profile: not valid JSON ({error.errors()[0]['msg']})") from None
        raise ProfileError(describe(error)) from None


def assess_one(raw: str | bytes, lang: str = "en", today: dt.date | None = None) -> dict[str, Any]:
    # The plan's new test results are dated today (the clock lives here, never in the rules).
    return assess(parse(raw), lang, with_improvements=True, today=today or dt.date.today())


def result_line(line: str, number: int, lang: str, today: dt.date) -> str:
    """One line of `--jsonl` output: the result of the profile on input line `number`, or its error."""
    try:
        result: dict[str, Any] = assess_one(line, lang, today)
    except ProfileError as error:
        result = {"error": f"line {number}: {error}"}
    return _JSONL.encode(result) + "\n"


def render(result: dict[str, Any], fmt: str, lang: str) -> str:
    if fmt == "text":
        return verdict_text(result, lang, html=False)
    return json.dumps(result, ensure_ascii=False, indent=None if fmt == "jsonl" else 2)


def run_file(source: IO[str], fmt: str, lang: str, out: IO[str], err: IO[str], *, chart: str | None = None,
             chart_path: str | None = None) -> int:
    raw = source.read()
    try:
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

    photo = chart_photo(which, profile, lang)
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


def run_jsonl(source: IO[str], lang: str, out: IO[str], workers: int = 1) -> int:
    """One result per input line; a bad line yields {"error": ...} and the run goes on. With `workers` above 1,
    long inputs are assessed by that many processes, the output unchanged (bot/command_line/assess_batch.py)."""
    from bot.command_line import assess_batch  # imports this module: imported when used

    return assess_batch.run(source, lang, out, workers, dt.date.today())


def open_source(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise ProfileError(f"{path}: {error.strerror}") from None
