"""IRCC's published rounds JSON (ee_rounds_123_en.json) to our dated rounds data file."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eligibility.tables import rounds

_PROGRAMS = {
    "canadian experience class": "canadian_experience_class",
    "provincial nominee program": "provincial_nominee_program",
    "french language proficiency": "french_language_proficiency",
    "no program specified": "general",
}


def _program(name: str) -> str:
    folded = re.sub(r"\s*\(.*?\)\s*", " ", name).strip().lower()
    for prefix, program in _PROGRAMS.items():
        if folded.startswith(prefix):
            return program
    return re.sub(r"[^a-z0-9]+", "_", folded).strip("_")


def _number(value: Any) -> int:
    return int(str(value).replace(",", "").strip())


def convert_rounds(raw: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """Every round of the file, newest last, with the file's own source and a retrieval date."""
    items = raw["rounds"] if isinstance(raw, dict) else raw
    converted = [{"date": dt.date.fromisoformat(str(item["drawDate"])[:10]).isoformat(),
                  "program": _program(str(item["drawName"])),
                  "invitations": _number(item["drawSize"]),
                  "lowest_crs": _number(item["drawCRS"])} for item in items]
    if not converted:
        raise ValueError("the file holds no rounds")
    converted.sort(key=lambda r: str(r["date"]))
    current = rounds()
    return {"source": current["source"], "page": current["page"], "in_force_from": today.isoformat(),
            "retrieved": today.isoformat(), "rounds": converted}
