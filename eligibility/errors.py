"""Validation errors as one short line that names the field: `jobs[0].hours_per_week: ...`.

Profiles often come from spreadsheets and case-management tools: numbers as text ("40"), 2.0 for 2, a NOC code
whose leading zeros were dropped (12 for "00012"), dates written 27/11/2026, field names in another case. The
message then says what was given and how to write it, rather than pydantic's "Input should be a valid integer".
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

# A model-level check names its field first: "end: ...", "language_tests[1].date: ...".
_NAMED = re.compile(r"^([a-z_][a-z0-9_]*(?:\[\d+\])?(?:\.[a-z_][a-z0-9_]*(?:\[\d+\])?)*): (.+)$", re.S)
_DATE = "must be a date written YYYY-MM-DD"
# What a value of each type must be, by pydantic's error type.
_MUST_BE = {"int_type": "must be a whole number", "float_type": "must be a number",
            "bool_type": "must be true or false", "date_type": _DATE, "date_parsing": _DATE,
            "date_from_datetime_parsing": _DATE, "date_from_datetime_inexact": _DATE,
            "list_type": "must be a list [...]", "model_type": "must be an object {...}",
            "string_type": "must be text in quotes"}
_NOC = 'must be the 5-digit NOC 2021 code as text in quotes, such as "21232"'


def field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif not str(part).startswith(("function-", "tagged-union")):
            path += f".{part}" if path else str(part)
    return path


def shown(value: Any, most: int = 40) -> str:
    """A value given, as JSON, for a message: short, and always writable as UTF-8 (a lone surrogate escaped)."""
    try:
        text = json.dumps(value, ensure_ascii=False)
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(value)
    except (TypeError, ValueError):  # not JSON data (a model-level check's input): not shown
        return "that"
    return text if len(text) <= most else text[: most - 1] + "…"


def _problem(error: Any) -> str:
    """What is wrong with the value of one error, in words an adviser can act on."""
    kind, given, message = error["type"], error.get("input"), error["msg"].removeprefix("Value error, ")
    field = next((part for part in reversed(error["loc"]) if isinstance(part, str)), "")
    if field == "noc" and kind in ("string_type", "string_pattern_mismatch"):
        if isinstance(given, (int, float)) and not isinstance(given, bool):
            return f"{_NOC}, not the number {shown(given)} (a spreadsheet drops the leading zeros of \"00012\")"
        return f"{_NOC}, not {shown(given)}"
    if kind == "extra_forbidden":
        meant = _known_fields().get(_squashed(field))
        return f"{message}; did you mean {meant}?" if meant is not None and meant != field else message
    if kind in _BOUND:
        return _out_of_bounds(field, kind, error.get("ctx") or {}, given, message)
    must = _MUST_BE.get(kind)
    if must is None:
        return message
    if kind == "int_type" and isinstance(given, float) and given.is_integer():
        return f"{must}, not {shown(given)} (write {int(given)})"
    if isinstance(given, str) and kind in ("int_type", "float_type", "bool_type"):
        return f"{must}, not the text {shown(given)} (write it without quotes)"
    if kind == "date_parsing" and "YYYY-MM-DD, " in message:  # pydantic's reason: "month value is outside ..."
        return f"{must}, not {shown(given)} ({message.split('YYYY-MM-DD, ', 1)[1]})"
    return f"{must}, not {shown(given)}"


# pydantic's error types for a number outside a field's bounds, and the bound each one names.
_BOUND = {"less_than_equal": "le", "greater_than_equal": "ge", "less_than": "lt", "greater_than": "gt"}


def _out_of_bounds(field: str, kind: str, ctx: dict[str, Any], given: Any, message: str) -> str:
    """"must be between 0 and 168, not 200", as the contract words it, rather than pydantic's "Input should be less
    than or equal to 168". NaN or Infinity (which Python's JSON reads, though JSON has neither) is said as such:
    pydantic calls NaN "greater than 168"."""
    low, high = _bounds().get(field, (None, None))
    if low is None or high is None:  # one bound known: the one pydantic names
        low, high = (ctx.get("ge"), None) if kind == "greater_than_equal" else (None, ctx.get("le"))
    if low is None and high is None:
        return message
    span = f"between {_number(low)} and {_number(high)}" if low is not None and high is not None \
        else f"at least {_number(low)}" if low is not None else f"at most {_number(high)}"
    if isinstance(given, float) and math.isnan(given):
        return f"must be a number {span}, not NaN (JSON has no NaN)"
    if isinstance(given, float) and math.isinf(given):  # Infinity, or a number too large for a float (1e400)
        return f"must be a number {span}, not {'-' if given < 0 else ''}Infinity (or a number too large to read)"
    return f"must be {span}, not {shown(given)}"


def _number(value: Any) -> str:
    """168.0 as 168: a bound of a float field is said as it is written in the contract."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


@lru_cache(maxsize=1)
def _bounds() -> dict[str, tuple[Any, Any]]:
    """The (ge, le) bounds of every bounded number of the profile, by field name; a name bounded differently in two
    places is left out (its message then names the one bound pydantic gives)."""
    from eligibility.profile import Education, Job, LanguageTest, Profile, Spouse

    found: dict[str, set[tuple[Any, Any]]] = {}
    for model in (Profile, Job, LanguageTest, Education, Spouse):
        for name, info in model.model_fields.items():
            low = next((m.ge for m in info.metadata if hasattr(m, "ge")), None)
            high = next((m.le for m in info.metadata if hasattr(m, "le")), None)
            if low is not None or high is not None:
                found.setdefault(name, set()).add((low, high))
    return {name: next(iter(pairs)) for name, pairs in found.items() if len(pairs) == 1}


def _squashed(name: str) -> str:
    """A field name without case or separators: "Hours Per Week", "hours-per-week", "HoursPerWeek" alike."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


@lru_cache(maxsize=1)
def _known_fields() -> dict[str, str]:
    """Every field name of the profile and its parts, by its squashed form."""
    from eligibility.profile import Education, Job, LanguageTest, Profile, Spouse

    return {_squashed(name): name for model in (Profile, Job, LanguageTest, Education, Spouse)
            for name in model.model_fields}


def _chosen(errors: list[Any]) -> Any:
    """The error to report: the first, except that a required field missing because its name was written in
    another case or with other separators ("Hours_Per_Week") is reported as that unknown key."""
    first = errors[0]
    if first["type"] == "missing" and first["loc"] and isinstance(first["loc"][-1], str):
        parent, name = first["loc"][:-1], _squashed(first["loc"][-1])
        for error in errors:
            loc = error["loc"]
            if error["type"] == "extra_forbidden" and loc[:-1] == parent and _squashed(str(loc[-1])) == name:
                return error
    return first


def describe(error: ValidationError) -> str:
    """The first problem of a failed validation, field first."""
    chosen = _chosen(error.errors(include_url=False))
    path = field_path(chosen["loc"])
    message = _problem(chosen)
    if named := _NAMED.match(message):
        field, message = named.groups()
        path = f"{path}.{field}" if path else field
    return f"{path or 'profile'}: {message}"
