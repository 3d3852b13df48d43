"""Validation errors as one short line that names the field: `jobs[0].hours_per_week: must be ...`."""

from __future__ import annotations

import re

from pydantic import ValidationError

# A model-level check names its field first: "end: ...", "language_tests[1].date: ...".
_NAMED = re.compile(r"^([a-z_][a-z0-9_]*(?:\[\d+\])?(?:\.[a-z_][a-z0-9_]*(?:\[\d+\])?)*): (.+)$", re.S)


def field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif not str(part).startswith(("function-", "tagged-union")):
            path += f".{part}" if path else str(part)
    return path


def describe(error: ValidationError) -> str:
    """The first problem of a failed validation, field first."""
    first = error.errors(include_url=False)[0]
    path = field_path(first["loc"])
    message = first["msg"].removeprefix("Value error, ")
    if named := _NAMED.match(message):
        field, message = named.groups()
        path = f"{path}.{field}" if path else field
    return f"{path or 'profile'}: {message}"
