"""Shared test fixtures."""

from __future__ import annotations

import datetime as dt
import pathlib
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture
def personas_dir() -> pathlib.Path:
    """The copy of the shared personas kept in tests/fixtures (CI clones have no ../shared)."""
    return ROOT / "tests" / "fixtures" / "personas"


# -- IRCC's rounds feed: the real samples (read in place) and a full-size feed built from them --------------------
SHARED_REFERENCE = ROOT.parent / "shared" / "reference"
FEED_SAMPLES = ("ircc-feed-sample.json", "ircc-feed-sample-quirks.json")


@pytest.fixture
def feed_sample() -> Any:
    """The unchanged real sample `name` of ../shared/reference, as bytes (skipped where there is no ../shared)."""
    def read(name: str) -> bytes:
        path = SHARED_REFERENCE / name
        if not path.exists():
            pytest.skip(f"{path} is not here (a clone without ../shared)")
        return path.read_bytes()
    return read


# French names as the French feed might write them (no French sample exists: RULES.md section 4 says only that
# the French feed writes French names and "5 000"); the English names are IRCC's, from the samples.
_FRENCH = {"Canadian Experience Class": "Catégorie de l’expérience canadienne",
           "Provincial Nominee Program": "Programme des candidats des provinces",
           "French-Language proficiency 2026-Version 2": "Maîtrise du français 2026-Version 2",
           "Transport Occupations, 2026-Version 2": "Professions dans le domaine du transport, 2026-Version 2",
           "Skilled Military Recruits, 2026-Version 1": "Recrues militaires qualifiées, 2026-Version 1",
           "Federal Skilled Trades": "Programme des travailleurs de métiers spécialisés (fédéral)",
           "No Program Specified": "Aucun programme spécifié",
           "Researchers with Canadian Work Experience, 2026-Version 1":
               "Chercheurs ayant une expérience de travail au Canada, 2026-Version 1"}
NEW_CATEGORY = "Researchers with Canadian Work Experience, 2026-Version 1"  # in no sample: a category new to us
_FRENCH_SPACES = (" ", "\u00a0", "\u202f")


def _french_number(value: str, index: int) -> str:
    """"5,000" as the French feed writes it: "5 000", with a space, a no-break space or a narrow one."""
    return value.replace(",", _FRENCH_SPACES[index % len(_FRENCH_SPACES)])


def build_full_feed(samples: list[bytes], count: int = 450, lang: str = "en",
                    extra: list[dict[str, str]] | None = None) -> bytes:
    """A feed of `count` rounds the size of IRCC's (about 0.6 MB), made of the real samples' records (all 31
    fields): numbers 1 to count-1 with 91 split into "91a" and "91b", a round every 9 days from 2015-01-31,
    the samples' names in turn plus NEW_CATEGORY, newest first; `extra` rounds (IRCC's fields) on top."""
    import json

    templates = [r for body in samples for r in json.loads(body)["rounds"]]
    names = [*dict.fromkeys(str(r["drawName"]) for r in templates), NEW_CATEGORY]
    numbers = [str(n) for n in range(1, 91)] + ["91a", "91b"] + [str(n) for n in range(92, count)]
    rounds = []
    day = dt.date(2015, 1, 31)
    for index, number in enumerate(numbers):
        if number != "91b":
            day += dt.timedelta(days=9 if index else 0)
        template = templates[index % len(templates)]
        name = {"91a": "Federal Skilled Trades", "91b": "Provincial Nominee Program"}.get(
            number, names[index % len(names)])
        size = f"{1000 + (index * 37) % 4000:,}"
        record = {**template, "drawNumber": number, "drawDate": day.isoformat(), "drawName": name,
                  "drawSize": size, "drawCRS": str(300 + (index * 7) % 500)}
        if lang == "fr":
            record["drawName"] = _FRENCH[name]
            record["drawSize"] = _french_number(size, index)
        rounds.append(record)
    rounds.reverse()  # newest first, as IRCC publishes it
    return json.dumps({"classes": "wb-tables", "rounds": [*(extra or []), *rounds]}, indent=2,
                      ensure_ascii=False).encode()


@pytest.fixture
def full_feed(feed_sample: Any) -> Any:
    """build_full_feed over the two real samples."""
    samples = [feed_sample(name) for name in FEED_SAMPLES]

    def build(count: int = 450, lang: str = "en", extra: list[dict[str, str]] | None = None) -> bytes:
        return build_full_feed(samples, count, lang, extra)
    return build
