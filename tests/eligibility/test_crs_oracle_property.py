"""The engine against the independent oracle (crs_oracle.py) on thousands of seeded random profiles.

Every difference is a bug in one of the two: each was settled from RULES.md (see the commit messages). The
generator leans on the boundaries: ages 17-20, 29, 30, 35, 44, 45; each ability's score at, just under and
above a CLB row; 1-5 years of Canadian and foreign work; hours around 1,560; tests about to expire; a spouse's
factors; French NCLC 7 with English CLB 4 or 5; education without an ECA.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import random
import subprocess
import sys
from fractions import Fraction
from typing import Any

from eligibility import Profile, assess
from tests.eligibility import crs_oracle as oracle

SEED = 20261206
HOURS_NEEDED = oracle.HOURS_NEEDED
PROFILES = 3000
# Real NOC 2021 codes of every TEER (shared/reference/noc2021.csv).
NOCS = ["00012", "00015", "21232", "21231", "11100", "31102", "72410", "22100", "32101", "63200", "64100",
        "65200", "14100"]
PHYSICIANS = {"31100", "31101", "31102"}
LEVELS = ["less_than_secondary", "secondary", "one_year", "two_year", "bachelor", "two_or_more", "master",
          "doctoral"]
# (low, high, step) of each test's scores, listening / reading / writing / speaking (profile contract).
RANGES = {
    "ielts_general": [(0, 9, 0.5)] * 4,
    "celpip_general": [(0, 12, 1)] * 4,
    "pte_core": [(10, 90, 1)] * 4,
    "tef_canada": [(0, 699, 1)] * 4,
    "tcf_canada": [(0, 699, 1), (0, 699, 1), (0, 20, 1), (0, 20, 1)],
}
HOURS = [0, 5, 10, 15, 20, 22.5, 25, 30, 30, 35, 37.5, 40, 40, 50, 60]
AGES = [17, 18, 19, 20, 21, 25, 29, 30, 31, 33, 35, 36, 39, 41, 43, 44, 45, 46, 52]


def _score(rng: random.Random, kind: str, ability: int) -> float:
    low, high, step = RANGES[kind][ability]
    if rng.random() < 0.7:  # at a row's minimum or one step under it
        row = rng.choice(oracle._TABLES[kind])[ability]
        value = row - step if rng.random() < 0.35 else row
        return max(low, min(high, value))
    return low + step * rng.randint(0, int((high - low) / step))


def _test(rng: random.Random, as_of: dt.date, kind: str | None = None) -> dict[str, Any]:
    kind = kind or rng.choice(list(RANGES))
    two_years = (as_of - oracle._years_before(as_of, 2)).days
    age = rng.choice([0, 1, two_years - 1, two_years, two_years + 1, rng.randint(0, 900)])
    scores = [_score(rng, kind, i) for i in range(4)]
    if rng.random() < 0.3:  # the same row in all four abilities
        row = rng.choice(oracle._TABLES[kind])
        scores = [max(RANGES[kind][i][0], row[i] - (RANGES[kind][i][2] if rng.random() < 0.2 else 0))
                  for i in range(4)]
    return {"test": kind, "date": (as_of - dt.timedelta(days=age)).isoformat(),
            **dict(zip(oracle.ABILITIES, scores, strict=True))}


def _job(rng: random.Random, as_of: dt.date) -> dict[str, Any]:
    hours = rng.choice(HOURS)
    if rng.random() < 0.4:  # about one year of full time, ending near as_of, or months of it going on
        length = rng.choice([60, 200, 300, 362, 363, 364, 365, 366, 728, 729, 1092])
        start = as_of - dt.timedelta(days=length)
        end = None if rng.random() < 0.5 else (as_of - dt.timedelta(days=rng.choice([1, 2])))
        hours = rng.choice([30, 40])
    else:
        start = as_of - dt.timedelta(days=rng.randint(1, 4600))
        end = None
        if rng.random() < 0.6:
            end = min(as_of, start + dt.timedelta(days=rng.randint(0, 1900)))
    roll = rng.random()
    if roll < 0.08:  # a planned end after the application day
        end = as_of + dt.timedelta(days=rng.randint(0, 400))
    elif roll < 0.11:  # not started yet, or starting on the day itself
        start = as_of + dt.timedelta(days=rng.choice([0, 0, 1, 30]))
        end = None
    job: dict[str, Any] = {"noc": rng.choice(NOCS), "start": start.isoformat(),
                           "end": end.isoformat() if end else None, "hours_per_week": hours}
    if job["noc"] in PHYSICIANS and rng.random() < 0.4:  # publicly funded fee-for-service work (RULES.md 1)
        job["self_employed"] = job["physician_fee_for_service"] = True
    if rng.random() < 0.08 and "physician_fee_for_service" not in job:  # given by TEER alone
        job["teer"] = int(job.pop("noc")[1])
    for flag, default in (("in_canada", True), ("paid", True), ("self_employed", False),
                          ("full_time_student", False), ("authorized", True)):
        if rng.random() < 0.07:
            job[flag] = not default
    return job


def random_profile(rng: random.Random, as_of: dt.date | None = None) -> dict[str, Any]:
    as_of = as_of or dt.date(2026, 3, 1) + dt.timedelta(days=rng.randint(0, 480))
    profile: dict[str, Any] = {"as_of": as_of.isoformat()}
    age = rng.choice(AGES)
    if rng.random() < 0.5:
        profile["age"] = age
    else:  # the birthday on as_of, the day before or after, or any day
        shift = rng.choice([-1, 0, 1, rng.randint(-364, 364)])
        birth = oracle._years_before(as_of, age) + dt.timedelta(days=shift)
        if (birth.month, birth.day) == (2, 29):
            birth += dt.timedelta(days=1)
        profile["birth_date"] = birth.isoformat()
    status = rng.choice(["single", "single", "married", "common_law", "divorced", "separated", "widowed",
                         "annulled"])
    profile["marital_status"] = status
    if status in ("married", "common_law") and rng.random() < 0.9:
        profile["spouse"] = {
            "canadian_citizen_or_pr": rng.random() < 0.2, "accompanying": rng.random() < 0.8,
            "education": rng.choice(LEVELS),
            "language_test": _test(rng, as_of) if rng.random() < 0.7 else None,
            "canadian_work_years": rng.choice([0, 1, 2, 3, 4, 5, 6, 10]),
        }
    profile["jobs"] = [_job(rng, as_of) for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4]))]
    profile["foreign_work_years"] = rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 12])
    tests = [_test(rng, as_of) for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3]))]
    if rng.random() < 0.15:  # French NCLC 7 exactly, English at CLB 4 or 5
        tests = [
            {"test": "tef_canada", "date": as_of.isoformat(), "listening": 434, "reading": 434, "writing": 428,
             "speaking": 456},
            {"test": "celpip_general", "date": as_of.isoformat(),
             **{a: rng.choice([4, 5]) for a in oracle.ABILITIES}},
        ]
    profile["language_tests"] = tests
    if rng.random() < 0.9:
        profile["education"] = {"level": rng.choice(LEVELS), "in_canada": rng.random() < 0.4,
                                "eca": rng.random() < 0.6,
                                "canadian_credential": rng.choice(["none", "none", "one_or_two_year",
                                                                   "three_year_plus"])}
    profile["certificate_of_qualification"] = rng.random() < 0.15
    profile["provincial_nomination"] = rng.random() < 0.05
    profile["sibling_in_canada"] = rng.random() < 0.2
    profile["intends_to_live_in_quebec"] = rng.random() < 0.08
    return profile


PARTS = ("total", "core", "spouse", "transferability", "additional")


def differences(profile: dict[str, Any], got: dict[str, Any] | None = None) -> list[str]:
    """What the engine says (`got`, else the eligibility API's result) that the oracle does not, where RULES.md
    settles it."""
    want = oracle.assess(profile)
    got = got if got is not None else assess(Profile.model_validate(profile))
    found = []
    # Where RULES.md leaves the level open (oracle.ambiguous), what follows from it is not compared.
    level_settled = not any(a.startswith("required_clb") for a in want.ambiguous)
    projection_settled = level_settled and not any(a.startswith("projection") for a in want.ambiguous)
    if projection_settled and got["verdict"] != want.verdict:
        found.append(f"verdict {got['verdict']} != {want.verdict}")
    shown = want.qualifying_hours
    if HOURS_NEEDED - 1 < shown < HOURS_NEEDED:  # short of 1,560 is never written 1,560 (the engine's rule)
        shown = Fraction(HOURS_NEEDED - 1)
    if abs(got["qualifying_hours"] - shown) > 0.5:
        found.append(f"hours {got['qualifying_hours']} != {float(want.qualifying_hours):.2f}")
    if level_settled and got["required_clb"] != want.required_clb:
        found.append(f"required_clb {got['required_clb']} != {want.required_clb}")
    eligible_on = want.eligible_on.isoformat() if want.eligible_on else None
    if projection_settled and got["eligible_on"] != eligible_on:
        found.append(f"eligible_on {got['eligible_on']} != {eligible_on}")
    met = {c["id"]: c["met"] for c in got["criteria"]}
    for cid in ("work_experience", "language", "quebec"):
        if cid == "language" and (want.required_clb is None or not level_settled):
            continue
        if met[cid] is not (cid not in want.failing):
            found.append(f"criterion {cid} met={met[cid]}")
    if got["hours_ledger"]["crs_years"] != min(5, want.canadian_years):  # the engine stops at 5+
        found.append(f"crs_years {got['hours_ledger']['crs_years']} != {want.canadian_years}")
    details = {k: got["crs"]["details"][k] for k in want.details}
    if details != want.details:
        found.append(f"crs details {details} != {want.details}")
    parts = {p: got["crs"][p] for p in PARTS}
    if parts != want.crs and parts not in want.crs_alternatives:
        found.append(f"crs {parts} != {want.crs}")
    for result in got["language_results"]:
        raw = profile["language_tests"][result["index"]]
        levels = [oracle.clb(raw["test"], i, raw[a]) for i, a in enumerate(oracle.ABILITIES)]
        engine = [result["clb"][a] for a in oracle.ABILITIES]
        if [max(3, lv) if lv is not None else 3 for lv in engine] != levels:
            found.append(f"clb of test {result['index']} {engine} != {levels}")
    return found


def test_the_engine_agrees_with_the_oracle_on_thousands_of_random_profiles() -> None:
    rng = random.Random(SEED)
    disagreements = []
    for n in range(PROFILES):
        profile = random_profile(rng)
        if found := differences(profile):
            disagreements.append((n, found, profile))
    assert disagreements == [], f"{len(disagreements)} of {PROFILES}: {disagreements[:3]}"


LEAP_DAYS = [dt.date(2027, 2, 28), dt.date(2027, 3, 1), dt.date(2028, 2, 28), dt.date(2028, 2, 29),
             dt.date(2028, 3, 1)]


def test_around_29_february_too() -> None:
    # Windows measured back from 29 February, tests lapsing on it, people born on it (RULES.md is silent on the
    # day itself; both sides count such a birthday from 1 March in common years and agree).
    rng = random.Random(SEED + 2)
    disagreements = []
    for n in range(400):
        profile = random_profile(rng, rng.choice(LEAP_DAYS))
        if rng.random() < 0.5:
            profile.pop("age", None)
            profile["birth_date"] = rng.choice(["1984-02-29", "1988-02-29", "1996-02-29", "2008-02-29"])
        if found := differences(profile):
            disagreements.append((n, found, profile))
    assert disagreements == []


def test_the_command_line_agrees_with_the_oracle_too() -> None:
    # `cec-screener assess --jsonl` as an adviser runs it: the same comparison through JSON in and out.
    rng = random.Random(SEED + 1)
    profiles = [random_profile(rng) for _ in range(300)]
    proc = subprocess.run([sys.executable, "-m", "bot", "assess", "--jsonl", "-"],
                          cwd=pathlib.Path(__file__).resolve().parents[2], capture_output=True, text=True,
                          input="\n".join(json.dumps(p) for p in profiles) + "\n", timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(profiles)
    disagreements = [(n, found) for n, (profile, line) in enumerate(zip(profiles, lines, strict=True))
                     if (found := differences(profile, json.loads(line)))]
    assert disagreements == []
