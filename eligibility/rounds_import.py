"""IRCC's published rounds JSON (ee_rounds_123_en.json): to our dated seed file, or validated for the database."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from eligibility.rounds import Round, Rounds, missing_from
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


# -- the live feed: validated before anything is stored ------------------------------------------------------
class FeedError(ValueError):
    """A feed that must not replace the rounds we have; the message names the problem in one line."""


class _FeedRound(BaseModel):
    """One round as IRCC's JSON writes it (numbers as strings with thousands separators); extra fields ignored."""

    model_config = ConfigDict(extra="ignore")

    drawNumber: int  # IRCC's field names, as they come
    drawDate: dt.date
    drawName: str = Field(min_length=1)
    drawSize: int = Field(ge=0)
    drawCRS: int = Field(ge=0, le=1200)

    @field_validator("drawNumber", "drawSize", "drawCRS", mode="before")
    @classmethod
    def _thousands(cls, value: Any) -> Any:
        return value.replace(",", "").strip() if isinstance(value, str) else value

    @field_validator("drawDate", mode="before")
    @classmethod
    def _day(cls, value: Any) -> Any:
        return value.strip()[:10] if isinstance(value, str) else value


class _Feed(BaseModel):
    rounds: list[_FeedRound]


def parse_feed(body: bytes | str) -> list[Round]:
    """IRCC's rounds JSON (ee_rounds_123_en.json) as rounds, or FeedError naming what is wrong."""
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError) as error:
        raise FeedError(f"not JSON ({error})") from None
    if isinstance(raw, list):
        raw = {"rounds": raw}
    if not isinstance(raw, dict) or "rounds" not in raw:
        raise FeedError('no "rounds" list in the feed')
    try:
        feed = _Feed.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise FeedError(f"{where}: {first['msg']} ({error.error_count()} problem(s))") from None
    if not feed.rounds:
        raise FeedError("the feed holds no rounds")
    return [Round(r.drawDate, _program(r.drawName), r.drawSize, r.drawCRS, r.drawNumber, r.drawName.strip())
            for r in feed.rounds]


def check_not_shrunken(feed: list[Round], known: Rounds) -> None:
    """A feed that lacks rounds we hold is shrunken (IRCC never withdraws a round): refused, naming the first."""
    missing = missing_from(feed, known)
    if missing:
        first = missing[0]
        raise FeedError(f"shrunken: {len(missing)} of the {len(known.rounds)} rounds we hold are missing from the "
                        f"feed's {len(feed)} (the first: {first.date.isoformat()} {first.program})")
