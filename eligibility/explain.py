"""The text catalogs of the verdict (eligibility/texts/*.toml) and how numbers and dates read in each."""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "fr")


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


@cache
def load_texts(package: str, lang: str) -> dict[str, Any]:
    """A catalog file flattened to dotted keys ("criterion.quebec.met")."""
    raw = resources.files(package).joinpath(f"texts/{lang}.toml").read_text(encoding="utf-8")
    return _flatten(tomllib.loads(raw))


class Catalog:
    """Looks sentences up by key and formats numbers, dates and lists the way the language writes them."""

    def __init__(self, lang: str, texts: dict[str, Any]) -> None:
        self.lang = lang
        self.texts = texts
        self._months: list[str] = texts["format.months"]
        self._thousands: str = texts["format.thousands"]

    def t(self, key: str, **params: object) -> str:
        return self.texts[key].format(**params)

    def number(self, value: float) -> str:
        return f"{round(value):,}".replace(",", self._thousands)

    def date(self, day: dt.date) -> str:
        return self.texts["format.date"].format(day=day.day, month=self._months[day.month - 1], year=day.year)

    def join(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.texts['format.and']} {items[-1]}"

    def clb(self, level: int) -> str:
        return self.t("format.clb_low") if level < 4 else self.t("format.clb", level=level)

    def levels(self, clb: tuple[int, ...]) -> str:
        return "/".join(str(c) if c >= 4 else "<4" for c in clb)


@cache
def catalog(lang: str) -> Catalog:
    lang = lang if lang in LANGUAGES else "en"
    return Catalog(lang, load_texts("eligibility", lang))
