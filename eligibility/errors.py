"""Validation errors as one short line that names the field: `jobs[0].hours_per_week: must be ...`."""

from __future__ import annotations

from pydantic import ValidationError


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
    field, sep, rest = message.partition(": ")
    if sep and field.isidentifier() and " " not in field:  # a model-level check that names its field
        path, message = (f"{path}.{field}" if path else field), rest
    return f"{path or 'profile'}: {message}"
