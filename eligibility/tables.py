"""The official tables, loaded once from the dated, sourced files in eligibility/data."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

ABILITIES = ("listening", "reading", "writing", "speaking")
DATA_FILES = ("cec_rules.json", "crs_grid.json", "language_tables.json", "links.json", "rounds.json")


@cache
def load(name: str) -> dict[str, Any]:
    """One data file as a dict (read once per process)."""
    return json.loads(resources.files("eligibility.data").joinpath(name).read_text(encoding="utf-8"))


def manifest() -> dict[str, Any]:
    return load("manifest.json")


def rules_version() -> str:
    return manifest()["rules_version"]


def cec() -> dict[str, Any]:
    return load("cec_rules.json")


def crs_grid() -> dict[str, Any]:
    return load("crs_grid.json")


def language_tables() -> dict[str, Any]:
    return load("language_tables.json")


def links(lang: str = "en") -> dict[str, str]:
    """The official pages; in French, the French ones the notes give (links.json "fr"), the rest unchanged."""
    return _links(lang)


@cache
def _links(lang: str) -> dict[str, str]:
    data = load("links.json")
    english = {key: value for key, value in data.items() if isinstance(value, str)}
    translated = data.get(lang, {}) if lang != "en" else {}
    return {**english, **{key: value for key, value in translated.items() if key != "note"}}


def rounds() -> dict[str, Any]:
    return load("rounds.json")
