"""`cec-screener noc`: a job title (or a code) in, NOC 2021 unit groups out, as JSON, JSON lines or text."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from eligibility import job_titles, occupations

MAX_LIMIT = 50
MAX_QUERY = 200
LANGS = ("en", "fr")
TEER_LABEL = {"en": "TEER", "fr": "FEER"}  # FEER: the French acronym the CNP 2021 uses for TEER


class QueryError(Exception):
    """A request that cannot be answered, with a one-line message naming the problem."""


def parse_limit(text: str) -> int:
    try:
        limit = int(text)
    except ValueError:
        limit = 0
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"--limit: a whole number from 1 to {MAX_LIMIT}, not {text!r}")
    return limit


def shown(value: object, most: int = 40) -> str:
    """A value of the request as JSON, for a message: short, and always writable as UTF-8 (a lone surrogate is
    written escaped)."""
    text = json.dumps(value, ensure_ascii=False)
    if not is_text(text):
        text = json.dumps(value)
    return text if len(text) <= most else text[: most - 1] + "…"


def is_text(text: str) -> bool:
    """Whether `text` can be written as UTF-8: not so with a lone surrogate (a JSON escape such as "\\ud800", or
    a byte that was not UTF-8 in the arguments, which Python reads as one)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_query(query: object) -> str:
    if not isinstance(query, str):
        raise QueryError(f'"q" must be a string, not {shown(query)}')
    if not query.strip():
        raise QueryError("the query is empty: give a job title or a 5-digit NOC code")
    if len(query) > MAX_QUERY:
        raise QueryError(f"the query is longer than {MAX_QUERY} characters")
    if not is_text(query):
        raise QueryError("the query is not UTF-8 text")
    return query


def lookup(query: str, lang: str = "en", limit: int = 5) -> dict[str, Any]:
    """{"q": query, "results": [{"code", "title", "teer", "confidence"}, ...], "confidence", "mixed_counting",
    "self_employed"}, best first: the title read as people say it (eligibility/job_titles.py)."""
    finding = job_titles.find(check_query(query), lang, limit)
    results = [{"code": m.occupation.code, "title": m.occupation.title, "teer": m.occupation.teer,
                "confidence": m.confidence} for m in finding.matches]
    return {"q": query, "results": results, "confidence": finding.confidence,
            "mixed_counting": finding.mixed_counting, "self_employed": finding.self_employed}


def render_text(result: dict[str, Any], lang: str) -> str:
    """One line per unit group: "21232 · Software developers and programmers · TEER 1"."""
    label = TEER_LABEL.get(lang, "TEER")
    return "\n".join(f"{r['code']} · {r['title']} · {label} {r['teer']}" for r in result["results"])


def run_one(query: str, lang: str, limit: int, fmt: str, out: IO[str], err: IO[str]) -> int:
    try:
        result = lookup(query, lang, limit)
    except QueryError as error:
        print(f"error: {error}", file=err)
        return 2
    if fmt == "text":
        if result["results"]:
            print(render_text(result, lang), file=out)
        else:
            print(f"no NOC {occupations.NOC_VERSION} unit group matches {query!r}", file=err)
    else:
        print(json.dumps(result, ensure_ascii=False), file=out)
    return 0


def _request(line: str | bytes, default_lang: str) -> tuple[str, str]:
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig")  # a byte order mark is ignored, as RFC 8259 allows
        except UnicodeDecodeError:
            raise QueryError("not UTF-8 text") from None
    try:
        request = json.loads(line.removeprefix("\ufeff"))
    except json.JSONDecodeError as error:
        raise QueryError(f"not valid JSON ({error.msg})") from None
    except RecursionError:  # [[[[... thousands deep
        raise QueryError("not valid JSON (nested too deep)") from None
    except ValueError:  # an integer of more than 4,300 digits
        raise QueryError("not valid JSON (a number too long)") from None
    if not isinstance(request, dict):
        raise QueryError('expected a JSON object such as {"q": "cook", "lang": "en"}')
    if "q" not in request:
        raise QueryError('missing "q" (the job title or code to look up)')
    lang = request.get("lang", default_lang)
    if lang not in LANGS:
        raise QueryError(f'"lang" must be "en" or "fr", not {shown(lang)}')
    return check_query(request["q"]), lang


def run_jsonl(lines: Iterable[str | bytes], default_lang: str, limit: int, out: IO[str]) -> int:
    """One result line per request line, in order; a bad line yields {"error": ...} and the run goes on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            query, lang = _request(line, default_lang)
            result = lookup(query, lang, limit)
        except QueryError as error:
            result = {"error": f"line {number}: {error}"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 0
