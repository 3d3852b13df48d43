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
    """Looks sentences up by key and formats numbers, dates and lists the way the language writes them.

    Sentences without parameters and formatted dates are kept once made: a verdict repeats the same few
    (the disclaimer, the steps, the window's dates), and formatting them again is most of their cost.
    """

    _MEMO_LIMIT = 4096  # dates kept at most; the memo starts over beyond (a long-running bot sees many)

    def __init__(self, lang: str, texts: dict[str, Any]) -> None:
        self.lang = lang
        self.texts = texts
        self._months: list[str] = texts["format.months"]
        self._thousands: str = texts["format.thousands"]
        self._numbers: dict[int, str] = {}
        # One template per kind of job label, so a label is one format call (the ledger makes many).
        self._job_noc = texts["format.job"].replace("{occupation}", texts["format.occupation_noc"])
        self._job_teer = texts["format.job"].replace("{occupation}", texts["format.occupation_teer"])
        self._date_format: str = texts["format.date"]
        self._plain: dict[str, str] = {}
        self._dates: dict[dt.date, str] = {}

    def t(self, key: str, **params: object) -> str:
        if params:
            return self.texts[key].format_map(params)  # as format(**params), without copying them again
        plain = self._plain.get(key)
        if plain is None:
            plain = self._plain[key] = self.texts[key].format()
        return plain

    def number(self, value: float) -> str:
        whole = round(value)
        text = self._numbers.get(whole)
        if text is None:  # hours recur across assessments: each figure is written once
            if len(self._numbers) >= self._MEMO_LIMIT:
                self._numbers.clear()
            text = self._numbers[whole] = f"{whole:,}".replace(",", self._thousands)
        return text

    def count(self, n: int, unit: str) -> str:
        """"1 week", "11 weeks"; French takes the singular for 0 and 1 too ("0 point")."""
        singular = n == 1 or (n == 0 and self.lang == "fr")
        return self.texts[f"format.{unit}_{'one' if singular else 'other'}"].format(n=self.number(n))

    def job_label(self, number: int, noc_or_label: str, teer: int) -> str:
        """"Job 2, NOC 21232 (TEER 1)", or "Job 2, TEER 2" when only the TEER was given."""
        if noc_or_label.isdigit():
            return self._job_noc.format(n=number, noc=noc_or_label, teer=teer)
        return self._job_teer.format(n=number, teer=teer)

    def date(self, day: dt.date) -> str:
        text = self._dates.get(day)
        if text is None:
            if len(self._dates) >= self._MEMO_LIMIT:
                self._dates.clear()
            number = self.texts["format.day_one"] if day.day == 1 else day.day  # "1er" in French
            text = self._dates[day] = self._date_format.format(day=number, month=self._months[day.month - 1],
                                                               year=day.year)
        return text

    def join(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.texts['format.and']} {items[-1]}"

    def clb(self, level: int) -> str:
        return self.t("format.clb_low") if level < 4 else self.t("format.clb", level=level)

    def levels(self, clb: tuple[int, ...]) -> str:
        return "/".join([str(c) if c >= 4 else "<4" for c in clb])  # a list joins faster than a generator


@cache
def catalog(lang: str) -> Catalog:
    lang = lang if lang in LANGUAGES else "en"
    return Catalog(lang, load_texts("eligibility", lang))
