"""`cec-screener assess`: profiles in as JSON, verdicts out as JSON (or text), one engine with the bot."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import IO, Any

from pydantic import ValidationError

from eligibility import Profile, assess, describe
from flows.verdict_text import verdict_text


class ProfileError(Exception):
    """A profile that cannot be assessed, with a one-line message naming the field."""


def parse(raw: str | bytes) -> Profile:
    try:
        return Profile.model_validate_json(raw)
    except ValidationError as error:
        if error.errors()[0]["type"] == "json_invalid":
            raise ProfileError(f"profile: not valid JSON ({error.errors()[0]['msg']})") from None
        raise ProfileError(describe(error)) from None


def assess_one(raw: str | bytes, lang: str = "en") -> dict[str, Any]:
    # The plan's new test results are dated today (the clock lives here, never in the rules).
    return assess(parse(raw), lang, with_improvements=True, today=dt.date.today())


def render(result: dict[str, Any], fmt: str, lang: str) -> str:
    if fmt == "text":
        return verdict_text(result, lang, html=False)
    return json.dumps(result, ensure_ascii=False, indent=None if fmt == "jsonl" else 2)


def run_file(source: IO[str], fmt: str, lang: str, out: IO[str], err: IO[str]) -> int:
    try:
        result = assess_one(source.read(), lang)
    except ProfileError as error:
        print(f"error: {error}", file=err)
        return 2
    print(render(result, fmt, lang), file=out)
    return 0


def run_jsonl(source: IO[str], lang: str, out: IO[str]) -> int:
    """One result per input line; a bad line yields {"error": ...} and the run goes on."""
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            result: dict[str, Any] = assess_one(line, lang)
        except ProfileError as error:
            result = {"error": f"line {number}: {error}"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def open_source(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except OSError as error:
        raise ProfileError(f"{path}: {error.strerror}") from None
