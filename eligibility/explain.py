"""The text catalogs of the verdict (eligibility/texts/*.toml) and how numbers and dates read in each."""

from __future__ import annotations

import datetime as dt
import re
import string
import tomllib
from collections.abc import Callable
from functools import cache
from importlib import resources
from operator import itemgetter
from typing import Any

LANGUAGES = ("en", "fr")
# Stands for the value a sentence is cut around (Catalog.pieces); no catalog text contains it.
_HOLE = "\x00"
# What the sentence of a line of the hours ledger may name, in the order Catalog.ledger_line passes them.
_LEDGER_FIELDS = ("n", "noc", "teer", "hours")

Picker = Callable[[tuple[object, ...]], tuple[object, ...]]


def _positional(template: str, names: tuple[str, ...]) -> tuple[str, Picker] | None:
    """`template` as a printf-style template and a function that picks its values, in its order, from a tuple
    of the values of `names`: `printf % pick(values)` writes what template.format(**dict(zip(names, values)))
    does, about three times faster. None when a field is more than a plain {name} of `names` (a format spec,
    a conversion, an index); the template is then formatted as usual.

    For the str and int values given to it, "%s" and a plain "{name}" write the same text.
    """
    pieces: list[str] = []
    indices: list[int] = []
    for literal, field, spec, conversion in string.Formatter().parse(template):
        pieces.append(literal.replace("%", "%%"))
        if field is None:
            continue
        if spec or conversion or field not in names:
            return None
        pieces.append("%s")
        indices.append(names.index(field))
    if len(indices) > 1:
        return "".join(pieces), itemgetter(*indices)  # a tuple of the values, in the template's order

    def pick(values: tuple[object, ...]) -> tuple[object, ...]:  # itemgetter of one index gives no tuple
        return tuple([values[index] for index in indices])

    return "".join(pieces), pick


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
    """A package's catalog flattened to dotted keys ("criterion.quebec.met"): `texts/{lang}.toml` and the
    topic files beside it (`texts/reminders.{lang}.toml`), so a feature keeps its sentences in its own
    file. A key defined twice is an error, never a silent override."""
    folder = resources.files(package).joinpath("texts")
    topics = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(f".{lang}.toml"))
    names = [f"{lang}.toml", *topics]
    texts: dict[str, Any] = {}
    for name in names:
        part = _flatten(tomllib.loads(folder.joinpath(name).read_text(encoding="utf-8")))
        if clash := sorted(set(part) & set(texts)):
            raise ValueError(f"{package}/texts/{name} defines again: {', '.join(clash[:5])}")
        texts.update(part)
    return texts


class Catalog:
    """Looks sentences up by key and formats numbers, dates and lists the way the language writes them.

    Sentences without parameters and formatted dates are kept once made: a verdict repeats the same few
    (the disclaimer, the steps, the window's dates), and formatting them again is most of their cost. So are
    figures, counts ("11 weeks") and CLB levels ("7/8/7/9"), and sentences cut around their one varying value
    (pieces, around) or made printf-style (ledger_line) for the hottest paths.
    """

    _MEMO_LIMIT = 4096  # entries kept at most per memo; a memo starts over beyond (a long-running bot sees many)

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
        self._levels: dict[tuple[int, ...], str] = {}
        self._counts: dict[tuple[int, str], str] = {}
        self._around: dict[str, tuple[str, ...]] = {}
        self._ledger: dict[tuple[str, bool], tuple[str, Picker | None]] = {}
        # French elides "de" before a month said with a vowel: "d'avril", "d'août", "d'octobre", never "de avril"
        vowels = [m for m in self._months if m[:1] in "aeiouâàéèêîôû"]
        self._elided = re.compile(rf"\bde ({'|'.join(vowels)})\b") if lang == "fr" and vowels else None

    def t(self, key: str, **params: object) -> str:
        if params:
            return self.texts[key].format_map(params)  # as format(**params), without copying them again
        plain = self._plain.get(key)
        if plain is None:
            plain = self._plain[key] = self.texts[key].format()
        return plain

    def pieces(self, key: str, name: str, **params: object) -> tuple[str, ...]:
        """The sentence `key` with `params`, cut where its parameter `name` goes: value.join(pieces) writes it
        as t(key, name=value, **params) would. A join is several times faster than formatting the template."""
        return tuple(self.texts[key].format_map({**params, name: _HOLE}).split(_HOLE))

    def around(self, key: str, name: str) -> tuple[str, ...]:
        """pieces(key, name) for a sentence whose only parameter is `name`, made once per key."""
        pieces = self._around.get(key)
        if pieces is None:
            pieces = self._around[key] = self.pieces(key, name)
        return pieces

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
        text = self._counts.get((n, unit))
        if text is None:  # a year has 52 weeks: the same few counts recur
            if len(self._counts) >= self._MEMO_LIMIT:
                self._counts.clear()
            singular = n == 1 or (n == 0 and self.lang == "fr")
            text = self._counts[(n, unit)] = self.texts[f"format.{unit}_{'one' if singular else 'other'}"].format(
                n=self.number(n))
        return text

    def ledger_line(self, key: str, number: int, noc_or_label: str, teer: int, hours: int) -> str:
        """The ledger sentence `key` for one job, labelled "Job 2, NOC 21232 (TEER 1)" (or "Job 2, TEER 2" when
        only the TEER was given), written at once: the label's template is put in the sentence's and the whole
        made printf-style (_positional), once per key and kind of label. A ledger writes a line per job."""
        noc = noc_or_label.isdigit()
        compiled = self._ledger.get((key, noc))
        if compiled is None:
            label = self._job_noc if noc else self._job_teer
            template = self.texts[f"ledger.{key}"].replace("{occupation}", label)
            compiled = self._ledger[(key, noc)] = _positional(template, _LEDGER_FIELDS) or (template, None)
        template, pick = compiled
        values = (number, noc_or_label, teer, self._numbers.get(hours) or self.number(hours))  # _LEDGER_FIELDS
        if pick is None:
            return template.format_map(dict(zip(_LEDGER_FIELDS, values, strict=True)))
        return template % pick(values)

    def date(self, day: dt.date) -> str:
        text = self._dates.get(day)
        if text is None:
            if len(self._dates) >= self._MEMO_LIMIT:
                self._dates.clear()
            number = self.texts["format.day_one"] if day.day == 1 else day.day  # "1er" in French
            text = self._dates[day] = self._date_format.format(day=number, month=self._months[day.month - 1],
                                                               year=day.year)
        return text

    def month(self, day: dt.date) -> str:
        """The month of `day` ("June 2025"), for a date given without its day."""
        return self.elide(str(self.texts["format.month"]).format(month=self._months[day.month - 1], year=day.year))

    def elide(self, text: str) -> str:
        """`text` with "de" before a month's name elided where the language does ("du mois d'avril 2025")."""
        return self._elided.sub(r"d'\1", text) if self._elided is not None else text

    def join(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.texts['format.and']} {items[-1]}"

    def clb(self, level: int, language: str = "english") -> str:
        """A level as the test's own scale names it: CLB for an English test, NCLC for a French one."""
        if language == "french":
            return self.t("format.nclc_low") if level < 4 else self.t("format.nclc", level=level)
        return self.t("format.clb_low") if level < 4 else self.t("format.clb", level=level)

    def scale(self, language: str = "english") -> str:
        """The name of the levels of a test in `language` (CLB, NCLC), as its certificate prints them."""
        return self.t("format.scale_french" if language == "french" else "format.scale_english")

    def levels(self, clb: tuple[int, ...]) -> str:
        text = self._levels.get(clb)
        if text is None:  # the same few levels recur across assessments
            if len(self._levels) >= self._MEMO_LIMIT:
                self._levels.clear()
            text = self._levels[clb] = "/".join([str(c) if c >= 4 else "<4" for c in clb])
        return text


@cache
def catalog(lang: str) -> Catalog:
    lang = lang if lang in LANGUAGES else "en"
    return Catalog(lang, load_texts("eligibility", lang))
