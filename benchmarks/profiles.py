"""A seeded generator of varied, valid `assess` profiles (shared/reference/profile-contract.md).

Used by the speed benchmark and by the output check that guards engine optimisations. Every profile it
makes passes `Profile.model_validate_json`; the mix covers all verdicts, the exclusions of the hours
ledger, overlapping and ongoing jobs, expired and old-table language tests, and spouses.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

AS_OF = dt.date(2026, 11, 27)
_SPAN_DAYS = 6 * 365  # jobs and tests fall within the last 6 years

_LEVELS = ("less_than_secondary", "secondary", "one_year", "two_year", "bachelor", "two_or_more", "master",
           "doctoral")
_MARITAL = ("single", "single", "single", "married", "married", "common_law", "divorced", "separated",
            "widowed", "annulled")
_CREDENTIALS = ("none", "one_or_two_year", "three_year_plus")
_EXCLUSIONS = ("self_employed", "full_time_student", "in_canada", "paid", "authorized")
_HOURS = (37.5, 40.0, 35.0, 30.0, 20.0, 25.0, 15.0, 44.0, 10.0, 60.0, 32.5, 0.0)
_ABILITIES = ("listening", "reading", "writing", "speaking")
_TESTS = ("ielts_general", "celpip_general", "pte_core", "tef_canada", "tcf_canada")
# Score ranges per test and ability, and the step of the scale (IELTS in half bands).
_RANGES: dict[str, tuple[tuple[float, float], tuple[float, float], float]] = {
    # test: ((listening/reading low, high), (writing/speaking low, high), step)
    "ielts_general": ((0, 9), (0, 9), 0.5),
    "celpip_general": ((0, 12), (0, 12), 1),
    "pte_core": ((10, 90), (10, 90), 1),
    "tef_canada": ((0, 699), (0, 699), 1),
    "tcf_canada": ((0, 699), (0, 20), 1),
}


def _day(rng: random.Random, earliest: dt.date, latest: dt.date) -> dt.date:
    return earliest + dt.timedelta(days=rng.randint(0, (latest - earliest).days))


def _score(rng: random.Random, low: float, high: float, step: float) -> float | int:
    # Skewed towards the upper half so that many results reach CLB 5-9, as real applicants' do.
    fraction = rng.random() ** 0.5
    value = low + round(fraction * (high - low) / step) * step
    return int(value) if step == 1 else value


def language_test(rng: random.Random, latest: dt.date = AS_OF) -> dict[str, Any]:
    name = rng.choice(_TESTS)
    # Mostly recent results; about one in four is older than the 2-year validity.
    if rng.random() < 0.25:
        date = _day(rng, latest - dt.timedelta(days=_SPAN_DAYS), latest - dt.timedelta(days=731))
    else:
        date = _day(rng, latest - dt.timedelta(days=729), latest)
    test: dict[str, Any] = {"test": name, "date": date.isoformat()}
    first, second, step = _RANGES[name]
    for ability in _ABILITIES:
        low, high = first if ability in ("listening", "reading") else second
        test[ability] = _score(rng, low, high, step)
    return test


def job(rng: random.Random) -> dict[str, Any]:
    teer = rng.choices(range(6), weights=(2, 4, 4, 3, 1, 1))[0]
    start = _day(rng, AS_OF - dt.timedelta(days=_SPAN_DAYS), AS_OF - dt.timedelta(days=1))
    entry: dict[str, Any] = {}
    if rng.random() < 0.1:
        entry["teer"] = teer
    else:
        entry["noc"] = f"{rng.randint(0, 9)}{teer}{rng.randint(0, 999):03d}"
        if rng.random() < 0.1:
            entry["teer"] = teer  # both given, consistent
    entry["start"] = start.isoformat()
    if rng.random() < 0.4:
        entry["end"] = None  # ongoing
    else:
        entry["end"] = _day(rng, start, AS_OF + dt.timedelta(days=90)).isoformat()
    entry["hours_per_week"] = rng.choice(_HOURS)
    if rng.random() < 0.2:
        flag = rng.choice(_EXCLUSIONS)
        entry[flag] = flag in ("self_employed", "full_time_student")  # the others exclude when False
    return entry


def spouse(rng: random.Random) -> dict[str, Any]:
    partner: dict[str, Any] = {
        "canadian_citizen_or_pr": rng.random() < 0.15,
        "accompanying": rng.random() < 0.85,
        "education": rng.choice(_LEVELS),
        "canadian_work_years": rng.choice((0, 0, 1, 2, 3, 6)),
    }
    partner["language_test"] = language_test(rng) if rng.random() < 0.5 else None
    return partner


def profile(rng: random.Random) -> dict[str, Any]:
    """One valid profile as a JSON-ready dict."""
    born = _day(rng, dt.date(1960, 1, 1), dt.date(2006, 12, 31))
    data: dict[str, Any] = {"as_of": AS_OF.isoformat()}
    if rng.random() < 0.9:
        data["birth_date"] = born.isoformat()
    else:
        data["age"] = rng.randint(18, 60)
    data["intends_to_live_in_quebec"] = rng.random() < 0.08
    status = rng.choice(_MARITAL)
    data["marital_status"] = status
    if status in ("married", "common_law") and rng.random() < 0.7:
        data["spouse"] = spouse(rng)
    data["jobs"] = [job(rng) for _ in range(rng.randint(1, 4))]
    data["foreign_work_years"] = rng.choice((0, 0, 0, 1, 2, 3, 5))
    data["language_tests"] = [language_test(rng) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.9:
        data["education"] = {"level": rng.choice(_LEVELS), "in_canada": rng.random() < 0.4,
                             "eca": rng.random() < 0.5, "canadian_credential": rng.choice(_CREDENTIALS)}
    data["certificate_of_qualification"] = rng.random() < 0.1
    data["provincial_nomination"] = rng.random() < 0.05
    data["sibling_in_canada"] = rng.random() < 0.1
    return data


def generate(count: int, seed: int = 2026) -> list[str]:
    """`count` profiles as compact JSON strings, the same ones for the same seed."""
    rng = random.Random(seed)
    return [json.dumps(profile(rng), separators=(",", ":")) for _ in range(count)]


def edge_profile(rng: random.Random) -> dict[str, Any]:
    """One profile of `profile`'s kind leaning on what the coherence audit checks: a job still going with a planned
    end (an `end` after `as_of`, up to about 2.5 years on), a language result expiring within months, and
    results high enough that many people are eligible (their CRS then compared with the rounds)."""
    data = profile(rng)
    if rng.random() < 0.6:  # a planned end: the end of a contract or work permit
        planned = rng.choice(data["jobs"])
        planned["end"] = (AS_OF + dt.timedelta(days=rng.randint(1, 900))).isoformat()
    if rng.random() < 0.5:  # a result lapsing within about 5 months
        test = language_test(rng)
        test["date"] = (AS_OF - dt.timedelta(days=730 - rng.randint(1, 150))).isoformat()
        if rng.random() < 0.7:  # at least CLB/NCLC 7 in each ability on IELTS: most such people are eligible
            test = {**test, "test": "ielts_general", "listening": 7.0, "reading": 6.5, "writing": 6.5,
                    "speaking": rng.choice((6.0, 7.0, 8.0))}
        data["language_tests"] = [*data["language_tests"], test][-3:]
    if rng.random() < 0.5:  # a full-time skilled job over the last years: hours met, the CRS then varies
        start = AS_OF - dt.timedelta(days=rng.randint(200, 1800))
        data["jobs"][0] = {"noc": f"{rng.randint(0, 9)}{rng.choice((0, 1, 2, 3))}{rng.randint(0, 999):03d}",
                           "start": start.isoformat(), "end": end if (end := data["jobs"][0].get("end")) is None
                           or end > start.isoformat() else None,
                           "hours_per_week": rng.choice((30.0, 37.5, 40.0, 20.0))}
    if rng.random() < 0.25:  # a recent full-time job whose planned end may come before one year of it
        start = AS_OF - dt.timedelta(days=rng.randint(30, 330))
        data["jobs"][-1] = {"noc": f"{rng.randint(0, 9)}{rng.choice((1, 2))}{rng.randint(0, 999):03d}",
                            "start": start.isoformat(), "hours_per_week": 30.0,
                            "end": (AS_OF + dt.timedelta(days=rng.randint(1, 420))).isoformat()}
    if rng.random() < 0.2:  # not yet eligible: one job for under a year, going on (its end planned or not)
        start = AS_OF - dt.timedelta(days=rng.randint(60, 360))
        end = rng.choice((None, (AS_OF + dt.timedelta(days=rng.randint(30, 700))).isoformat()))
        data["jobs"] = [{"noc": f"{rng.randint(0, 9)}{rng.choice((0, 1, 2, 3))}{rng.randint(0, 999):03d}",
                         "start": start.isoformat(), "end": end, "hours_per_week": rng.choice((30.0, 40.0, 25.0))}]
        data["language_tests"] = [{"test": "celpip_general", "date": (AS_OF - dt.timedelta(
            days=rng.randint(1, 700))).isoformat(), "listening": 9, "reading": 8, "writing": 8, "speaking": 9}]
    return data


def generate_edges(count: int, seed: int = 2027) -> list[str]:
    """`count` profiles of `edge_profile`, the same ones for the same seed."""
    rng = random.Random(seed)
    return [json.dumps(edge_profile(rng), separators=(",", ":")) for _ in range(count)]


def round4_profile(rng: random.Random) -> dict[str, Any]:
    """One profile of `edge_profile`'s kind leaning on what round 4 of the coherence audit compares across screens
    and languages: a partner with a test of every kind (some near expiry), plans to live in Quebec, every kind of
    test for the person too, nominations and French results that move the CRS across the cut-offs."""
    data = edge_profile(rng)
    kind = _TESTS[rng.randrange(len(_TESTS))]
    if rng.random() < 0.5:  # a test of each kind in turn, sometimes lapsing within months
        test = language_test(rng)
        first, second, step = _RANGES[kind]
        scores = {a: _score(rng, *(first if a in ("listening", "reading") else second), step) for a in _ABILITIES}
        test = {**test, "test": kind, **scores}
        if rng.random() < 0.4:
            test["date"] = (AS_OF - dt.timedelta(days=730 - rng.randint(1, 200))).isoformat()
        data["language_tests"] = [*data["language_tests"], test][-3:]
    if rng.random() < 0.4:  # a partner, coming or not, with a test of any kind
        data["marital_status"] = rng.choice(("married", "common_law"))
        data["spouse"] = spouse(rng)
        if rng.random() < 0.6:
            data["spouse"]["language_test"] = language_test(rng)
    if rng.random() < 0.12:
        data["intends_to_live_in_quebec"] = True
    if rng.random() < 0.08:
        data["provincial_nomination"] = True
    return data


def generate_round4(count: int, seed: int = 2028) -> list[str]:
    """`count` profiles of `round4_profile`, the same ones for the same seed."""
    rng = random.Random(seed)
    return [json.dumps(round4_profile(rng), separators=(",", ":")) for _ in range(count)]
