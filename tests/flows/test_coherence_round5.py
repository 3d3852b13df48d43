"""The coherence audit, round 5: what rounds 1 to 4 did not generate or did not check.

Rounds 1 to 4 (tests/flows/test_coherence_audit.py, test_coherence_round4.py) read each screen against the engine
and the screens against each other. Round 5 generates people at the edges those rounds did not aim at (a partner
whose facts open the partner comparison, Quebec residents, exactly 1,560 hours or one day short, a birthday on the
application day, scores at the CLB 7 minimum or one step under, a test taken exactly two years before, a test
lapsing on the day the hours are reached, a planned end on the last day that still makes a year) and checks each
figure against RULES.md worked by hand here (age, the spouse factors, the CLB of each score, the validity of each
result, the hours at the boundary, the partner as the principal applicant re-scored as a profile of its own), then
the rounds listing (/rounds) against the CRS message's comparison, with the shipped rounds and with IRCC's real
feed (shared/reference/ircc-feed-sample.json), in English and French. Every kind found is pinned on one profile.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib
import random
import re
from typing import Any

import pytest

from benchmarks.profiles import AS_OF, round4_profile
from eligibility.assess import assess
from eligibility.crs import effective_education
from eligibility.explain import catalog as rules_catalog
from eligibility.language import add_years
from eligibility.profile import Profile
from eligibility.reminders import next_of_each_kind
from eligibility.rounds import CEC, FRENCH, NOMINEE, Rounds, latest_of_each, seed, with_seed
from eligibility.rounds_import import read_feed
from flows.chart_replies import chart_photo
from flows.chart_replies import facts as chart_facts
from flows.improvements_view import MOST, _order
from flows.reminders import _lines
from flows.reminders import plan as plan_reminders
from flows.rendering import crs_text
from flows.result_view import glance
from flows.rounds_view import Standing, listing
from flows.texts import catalog
from flows.verdict_text import verdict_text
from tests.flows.test_coherence_audit import (
    _DATE,
    _figures,
    _hours_by_hand,
    _parse_date,
    _plain,
    _plan_item,
    _sentences,
    as_the_chat_reads,
)

REFERENCE = pathlib.Path("/work/shared/reference")
FEED_DAY = dt.date(2026, 8, 10)  # the day the real sample's rounds (430 to 434, to 2026-08-07) were all out

# -- RULES.md by hand -------------------------------------------------------------------------------------------
# RULES.md 3: age points with / without spouse
_AGE = {17: (0, 0), 18: (90, 99), 19: (95, 105), **{a: (100, 110) for a in range(20, 30)}, 30: (95, 105),
        31: (90, 99), 32: (85, 94), 33: (80, 88), 34: (75, 83), 35: (70, 77), 36: (65, 72), 37: (60, 66),
        38: (55, 61), 39: (50, 55), 40: (45, 50), 41: (35, 39), 42: (25, 28), 43: (15, 17), 44: (5, 6)}
# RULES.md 3: spouse factors
_SPOUSE_EDUCATION = {"less_than_secondary": 0, "secondary": 2, "one_year": 6, "two_year": 7, "bachelor": 8,
                     "two_or_more": 9, "master": 10, "doctoral": 10}
_SPOUSE_WORK = {0: 0, 1: 5, 2: 7, 3: 8, 4: 9, 5: 10}
# RULES.md 2: the minimum score of CLB/NCLC 10, 9, ..., 4 per ability (listening, reading, writing, speaking)
_MINIMA: dict[str, list[tuple[float, ...]]] = {
    "ielts_general": [(8.5, 8.0, 7.5, 7.5), (8.0, 7.0, 7.0, 7.0), (7.5, 6.5, 6.5, 6.5), (6.0, 6.0, 6.0, 6.0),
                      (5.5, 5.0, 5.5, 5.5), (5.0, 4.0, 5.0, 5.0), (4.5, 3.5, 4.0, 4.0)],
    "celpip_general": [(10,) * 4, (9,) * 4, (8,) * 4, (7,) * 4, (6,) * 4, (5,) * 4, (4,) * 4],
    "pte_core": [(89, 88, 90, 89), (82, 78, 88, 84), (71, 69, 79, 76), (60, 60, 69, 68), (50, 51, 60, 59),
                 (39, 42, 51, 51), (28, 33, 41, 42)],
    "tef_canada": [(546, 546, 558, 556), (503, 503, 512, 518), (462, 462, 472, 494), (434, 434, 428, 456),
                   (393, 393, 379, 422), (352, 352, 330, 387), (306, 306, 268, 328)],
    "tcf_canada": [(549, 549, 16, 16), (523, 524, 14, 14), (503, 499, 12, 12), (458, 453, 10, 10),
                   (398, 406, 7, 7), (369, 375, 6, 6), (331, 342, 4, 4)],
}
_ABILITIES = ("listening", "reading", "writing", "speaking")
_USABLE_FROM = {"tef_canada": dt.date(2023, 12, 11), "pte_core": dt.date(2024, 1, 30)}  # RULES.md 2


def age_on(born: dt.date, day: dt.date) -> int:
    """Completed years on `day`; a birthday counts from the day itself (RULES.md 3)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def clb_by_hand(test: dict[str, Any]) -> tuple[int, ...]:
    """The CLB/NCLC of each ability from RULES.md 2's table (3 for anything under the CLB 4 row)."""
    rows = _MINIMA[test["test"]]
    return tuple(next((10 - n for n, row in enumerate(rows) if test[a] >= row[i]), 3)
                 for i, a in enumerate(_ABILITIES))


def expiry(day: dt.date) -> dt.date:
    """Two years after the test date (a 29 February test lapses on 1 March)."""
    return day.replace(year=day.year + 2) if (day.month, day.day) != (2, 29) else dt.date(day.year + 2, 3, 1)


def valid_by_hand(test: dict[str, Any], day: dt.date) -> bool:
    """RULES.md 2: valid for two years from the test date (no longer on the second anniversary itself), and taken
    under the table in force (TEF Canada from 2023-12-11, PTE Core from 2024-01-30)."""
    taken = dt.date.fromisoformat(test["date"])
    return taken <= day < expiry(taken) and taken >= _USABLE_FROM.get(test["test"], dt.date.min)


def with_spouse_column(data: dict[str, Any]) -> bool:
    """RULES.md 3: "with spouse" = a partner who comes and is not a citizen or PR (no details given: coming)."""
    spouse = data.get("spouse")
    return data.get("marital_status") in ("married", "common_law") and (
        spouse is None or (spouse.get("accompanying", True) and not spouse.get("canadian_citizen_or_pr")))


# -- the generator -----------------------------------------------------------------------------------------------
def _noc(rng: random.Random, teers: tuple[int, ...] = (0, 1, 2, 3)) -> str:
    return f"{rng.randint(0, 9)}{rng.choice(teers)}{rng.randint(0, 999):03d}"


def _good_test(rng: random.Random, taken: dt.date) -> dict[str, Any]:
    return {"test": "celpip_general", "date": taken.isoformat(), "listening": 9, "reading": rng.choice((7, 8, 9)),
            "writing": 8, "speaking": 9}


def _boundary_test(rng: random.Random, taken: dt.date) -> dict[str, Any]:
    """Every ability at the CLB 7 minimum, one of them at the CLB 7 minimum or one step under (RULES.md 2)."""
    kind = rng.choice(tuple(_MINIMA))
    seven, six = _MINIMA[kind][3], _MINIMA[kind][4]
    test: dict[str, Any] = {"test": kind, "date": taken.isoformat(), **dict(zip(_ABILITIES, seven, strict=True))}
    ability = rng.randrange(4)
    step = 0.5 if kind == "ielts_general" else 1
    under = seven[ability] - step
    test[_ABILITIES[ability]] = rng.choice((seven[ability], under if under >= six[ability] else six[ability]))
    if kind == "ielts_general":
        test = {a: float(v) if a in _ABILITIES else v for a, v in test.items()}
    return test


def round5_profile(rng: random.Random) -> dict[str, Any]:
    """A profile of round 4's kind, then pushed to one or more of the edges this round checks."""
    data = round4_profile(rng)
    as_of = AS_OF
    edges = rng.sample(("partner", "quebec", "hours", "birthday", "clb7", "expires_today", "expires_on_day",
                        "planned_end", "category"), k=rng.choice((1, 2, 2, 3)))
    if "category" in edges:  # a physician or a senior manager: category rounds of their own (RULES.md 4)
        code = rng.choice(("31100", "31101", "31102", "00011", "00012", "00013", "00014", "00015"))
        data["jobs"] = [{"noc": code, "start": (as_of - dt.timedelta(days=rng.randint(200, 1500))).isoformat(),
                         "end": None, "hours_per_week": rng.choice((30.0, 45.0))}, *data["jobs"][1:]]
        if rng.random() < 0.7:
            data["language_tests"] = [_good_test(rng, as_of - dt.timedelta(days=rng.randint(1, 600)))]
    if "partner" in edges or rng.random() < 0.3:  # the partner comparison's three facts (and a partner who comes)
        data["marital_status"] = rng.choice(("married", "common_law"))
        spouse = data.get("spouse") or {"education": rng.choice(list(_SPOUSE_EDUCATION)), "language_test": None,
                                        "canadian_work_years": rng.choice((0, 1, 2, 3, 6))}
        spouse.update({"canadian_citizen_or_pr": rng.random() < 0.1, "accompanying": rng.random() < 0.9,
                       "birth_date": (as_of - dt.timedelta(days=rng.randint(19 * 365, 50 * 365))).isoformat(),
                       "foreign_work_years": rng.choice((0, 1, 2, 3, 5)),
                       "cec_work": rng.choice(("teer_0_1", "teer_2_3", "no"))})
        if rng.random() < 0.7:  # a partner's result of any kind, at the boundary, lapsing soon or lapsed
            taken = as_of - dt.timedelta(days=rng.choice((rng.randint(1, 729), 730 - rng.randint(-3, 60))))
            spouse["language_test"] = _boundary_test(rng, taken) if rng.random() < 0.5 else _good_test(rng, taken)
        data["spouse"] = spouse
    if "quebec" in edges and rng.random() < 0.5:
        data["intends_to_live_in_quebec"] = True
    if "hours" in edges:  # 1,560 h reached today, yesterday, or one or two days from now (RULES.md 1)
        start = as_of - dt.timedelta(days=364 + rng.randint(-2, 2))
        if rng.random() < 0.5:
            data["jobs"] = [{"noc": _noc(rng), "start": start.isoformat(), "end": None,
                             "hours_per_week": rng.choice((30.0, 40.0))}]
        else:  # two part-time jobs, 15 h a week each (together at the 30 h cap)
            data["jobs"] = [{"noc": _noc(rng), "start": start.isoformat(), "end": None, "hours_per_week": 15.0}
                            for _ in range(2)]
        data["language_tests"] = [_good_test(rng, as_of - dt.timedelta(days=rng.randint(1, 700)))]
    if "birthday" in edges:
        years, shift = rng.randint(17, 46), rng.choice((-1, 0, 1))
        born = add_years(as_of, -years) + dt.timedelta(days=shift)
        data.pop("age", None)
        data["birth_date"] = born.isoformat()
    if "clb7" in edges:
        test = _boundary_test(rng, as_of - dt.timedelta(days=rng.randint(1, 700)))
        data["language_tests"] = [test] if rng.random() < 0.6 else [*data["language_tests"], test][-3:]
        if rng.random() < 0.6:  # a TEER 0/1 job with a year of it: CLB 7 applies
            data["jobs"] = [{"noc": _noc(rng, (0, 1)), "start": "2023-01-09", "end": None, "hours_per_week": 37.5}]
    if "expires_today" in edges:  # the result's second anniversary the day before, on, or after the application
        taken = add_years(as_of, -2) + dt.timedelta(days=rng.choice((-1, 0, 1)))
        data["language_tests"] = [_good_test(rng, taken)]
    if "expires_on_day" in edges:  # not yet eligible, the result lapsing around the day the year is reached
        start = as_of - dt.timedelta(days=rng.randint(30, 330))
        reached = start + dt.timedelta(days=364)
        data["jobs"] = [{"noc": _noc(rng), "start": start.isoformat(), "end": None, "hours_per_week": 30.0}]
        data["language_tests"] = [_good_test(rng, add_years(reached, -2) + dt.timedelta(days=rng.randint(-2, 2)))]
    if "planned_end" in edges:  # a planned end on the last day that makes the year, or a day or two before
        start = as_of - dt.timedelta(days=rng.randint(30, 330))
        end = start + dt.timedelta(days=363 + rng.choice((-2, -1, 0, 1)))
        data["jobs"] = [{"noc": _noc(rng), "start": start.isoformat(), "end": end.isoformat(),
                         "hours_per_week": 30.0}]
        data["language_tests"] = [_good_test(rng, as_of - dt.timedelta(days=rng.randint(1, 600)))]
    if data.get("birth_date", "").endswith("-02-29"):  # RULES.md says nothing of a 29 February birthday
        data["birth_date"] = data["birth_date"][:-2] + "28"
    for test in [*data["language_tests"], (data.get("spouse") or {}).get("language_test") or {}]:
        if test.get("date", "").endswith("-02-29"):  # nor of a result taken on 29 February
            test["date"] = test["date"][:-2] + "28"
    return data


def generate_round5(count: int, seed_: int = 2029) -> list[str]:
    rng = random.Random(seed_)
    return [json.dumps(round5_profile(rng), separators=(",", ":")) for _ in range(count)]


# -- the rounds: the shipped ones, and IRCC's real feed -----------------------------------------------------------
def feed_rounds() -> Rounds:
    """The real sample (rounds 430 to 434) as a first refresh stores it, alone."""
    reading = read_feed((REFERENCE / "ircc-feed-sample.json").read_bytes(), FEED_DAY)
    return Rounds(tuple(reading.rounds), FEED_DAY, "database")


def feed_and_seed() -> Rounds:
    """The real sample completed by the shipped rounds, as the bot reads its store (eligibility/rounds.py)."""
    return with_seed(feed_rounds(), seed())


# -- the checker -------------------------------------------------------------------------------------------------
def standing(result: dict[str, Any]) -> Standing | None:
    """The person's standing as /rounds reads it from the stored CRS result (bot/screening)."""
    crs = result.get("crs")
    if crs is None:
        return None
    return Standing(crs["total"], crs["details"].get("french") or 0, crs["details"].get("provincial_nomination")
                    or 0, dt.date.fromisoformat(result["as_of"]), eligible=result["verdict"] == "eligible")


_WHERE = {"en": r"• ([^,\n]+), ([A-Z][a-z]+ \d{1,2}, \d{4}): (\d+)(?:, you are (\d+) points? (above|below)|, "
                r"(you are at it)|, ([^\n]+))?",
          "fr": r"• ([^,\n]+), (\d{1,2}(?:er)? [a-zéû]+ \d{4}) : (\d+)(?: — (?:(il vous manque) (\d+) points?|"
                r"vous le (dépassez) de (\d+) points?|(vous y êtes)|([^\n]+)))?"}


def partner_by_hand(data: dict[str, Any], result: dict[str, Any]) -> dict[str, Any] | None:
    """The partner as the principal applicant (RULES.md 3), as a profile of its own that `assess` scores: their
    birth date, education (foreign, with an ECA), result, years abroad, and Canadian years as a job of 30 h a week;
    the person as their spouse (education as it counts, the result that earns most spouse points, the CRS's years
    of Canadian work). None when RULES.md gives the comparison no meaning (no partner who comes)."""
    spouse = data.get("spouse") or {}
    if not with_spouse_column(data) or not spouse or "cec_work" not in spouse:
        return None
    profile = Profile.model_validate(data)
    as_of = profile.as_of
    hours = _hours_by_hand(profile, as_of, 10)
    if hours is None or result["crs"] is None:
        return None
    valid = [(r, t) for r, t in zip(result["language_results"], data["language_tests"], strict=True) if r["valid"]]
    own = max(valid, key=lambda p: sum(0 if c <= 4 else 1 if c <= 6 else 3 if c <= 8 else 5
                                       for c in p[0]["clb"].values()), default=(None, None))[1]
    years = min(spouse["canadian_work_years"], 6)
    jobs = [{"noc": "21232", "start": (add_years(as_of, -years) - dt.timedelta(days=10)).isoformat(),
             "end": None, "hours_per_week": 30.0}] if years else []
    swapped = {"as_of": as_of.isoformat(), "birth_date": spouse["birth_date"],
               "marital_status": data["marital_status"], "intends_to_live_in_quebec": data.get(
                   "intends_to_live_in_quebec", False),
               "spouse": {"canadian_citizen_or_pr": False, "accompanying": True,
                          "education": effective_education(profile), "language_test": own,
                          "canadian_work_years": min(int((hours + 1e-6) // 1560), 50)},
               "jobs": jobs, "foreign_work_years": spouse["foreign_work_years"],
               "language_tests": [spouse["language_test"]] if spouse.get("language_test") else [],
               "education": {"level": spouse["education"], "in_canada": False, "eca": True,
                             "canadian_credential": "none"},
               "sibling_in_canada": data.get("sibling_in_canada", False)}
    again = assess(Profile.model_validate(swapped), "en", today=as_of)
    required = {"teer_0_1": 7, "teer_2_3": 5}.get(spouse["cec_work"])
    test = spouse.get("language_test")
    meets = test is not None and valid_by_hand(test, as_of) and min(clb_by_hand(test)) >= (required or 5)
    missing = ([] if required else ["work"]) + (["work_years"] if required and spouse["canadian_work_years"] < 1
                                                else []) + ([] if meets else ["language"]) + (
        ["quebec"] if data.get("intends_to_live_in_quebec") else [])
    return {"crs_partner_principal": again["crs"]["total"], "partner_missing": missing,
            "partner_eligible": not missing, "partner_required_clb": required}


_OCCUPATION_ROUNDS = {"physicians_with_canadian_work_experience": {"31100", "31101", "31102"},
                      "senior_managers_with_canadian_work_experience": {"00011", "00012", "00013", "00014",
                                                                        "00015"}}
# Express Entry's pool and its 60 days after an invitation (RULES.md 5), in a sentence of its own
_POOL = {"en": r"in the pool|60 days to apply", "fr": r"dans le bassin|60 jours pour présenter"}


def round5(raw: str, rounds: Rounds | None = None, listing_rounds: Rounds | None = None,
           today: dt.date | None = None) -> list[tuple[str, str]]:
    """Each contradiction of round 5 for this profile, as (kind, detail), in English and French."""
    data = json.loads(raw)
    profile = Profile.model_validate(data)
    as_of = profile.as_of
    found: list[tuple[str, str]] = []
    said: dict[str, dict[str, str]] = {}
    results: dict[str, dict[str, Any]] = {}
    for lang in ("en", "fr"):
        c = catalog(lang)
        result = as_the_chat_reads(profile, assess(profile, lang, rounds, with_improvements=True, today=as_of),
                                   lang)
        results[lang] = result
        crs = result["crs"]
        criteria = {criterion["id"]: criterion for criterion in result["criteria"]}
        quebec = bool(data.get("intends_to_live_in_quebec"))
        screens = {"first": _plain(glance(result, lang)), "details": _plain(verdict_text(result, lang)),
                   "crs": _plain(crs_text(result, lang))}
        # age points (RULES.md 3): completed years on the application day, the birthday counting from the day
        column = 0 if with_spouse_column(data) else 1
        age = age_on(profile.birth_date, as_of) if profile.birth_date else data.get("age")
        if crs is not None and age is not None:
            due = _AGE.get(min(max(age, 17), 45), (0, 0))[column]
            if crs["details"]["age"] != due:
                found.append(("age_points", f"{lang}: age {age}, {crs['details']['age']} vs {due}"))
        # the spouse factors (RULES.md 3): education, the partner's valid result per ability, Canadian years
        spouse = data.get("spouse")
        if crs is not None and column == 0 and spouse:
            test = spouse.get("language_test")
            language = sum(0 if n <= 4 else 1 if n <= 6 else 3 if n <= 8 else 5 for n in clb_by_hand(test)) \
                if test and valid_by_hand(test, as_of) else 0
            due = min(40, _SPOUSE_EDUCATION[spouse["education"]] + language
                      + _SPOUSE_WORK[min(5, spouse["canadian_work_years"])])
            if crs["spouse"] != due:
                found.append(("spouse_points", f"{lang}: {crs['spouse']} vs {due}"))
        # each result's levels and validity (RULES.md 2)
        for line in result["language_results"]:
            test = data["language_tests"][line["index"]]
            hand = clb_by_hand(test)
            engine = tuple(line["clb"][a] for a in _ABILITIES)
            if any((h >= 4 or e >= 4) and min(h, 10) != min(e, 10) for h, e in zip(hand, engine, strict=True)):
                found.append(("clb_by_hand", f"{test} -> {engine} vs {hand}"))
            if line["valid"] != valid_by_hand(test, as_of):
                found.append(("valid_by_hand", f"{test['test']} {test['date']}: {line['valid']}"))
        # the hours at the boundary (RULES.md 1): met from 1,560 h, never said 1,560 when short
        hours = _hours_by_hand(profile, as_of)
        met = criteria["work_experience"]["met"]
        if hours is not None and met != (hours >= 1560 - 1e-6):
            found.append(("hours_boundary", f"{hours:.3f} h, met {met}"))
        if met != (result["qualifying_hours"] >= 1560):
            found.append(("hours_said_at_boundary", f"{result['qualifying_hours']} h, met {met}"))
        # the language criterion by hand: a valid result at the level in all four abilities
        level = result["required_clb"]
        if level is not None:
            meets = any(valid_by_hand(t, as_of) and min(clb_by_hand(t)) >= level for t in data["language_tests"])
            if criteria["language"]["met"] != meets:
                found.append(("language_by_hand", f"CLB {level}: met {criteria['language']['met']}"))
        # the verdict by hand (the contract: eligible when every criterion is met on the day)
        every = all(c_["met"] for c_ in result["criteria"])
        if (result["verdict"] == "eligible") != every or (every and quebec):
            found.append(("verdict_by_hand", result["verdict"]))
        # a result relied on that lapses by the day the year is reached: said, with its day, on the first screen
        if result["verdict"] == "not_yet_eligible" and result["eligible_on"] and level is not None:
            day = dt.date.fromisoformat(result["eligible_on"])
            relied = [expiry(dt.date.fromisoformat(t["date"])) for t in data["language_tests"]
                      if valid_by_hand(t, as_of) and min(clb_by_hand(t)) >= level]
            if relied and max(relied) <= day:
                warning = next((w for w in result["warnings"] if w["id"] == "test_expires_before_eligible"), None)
                if warning is None or warning["on"] != result["eligible_on"] or warning["expires"] != max(
                        relied).isoformat():
                    found.append(("lapses_before_day_unsaid", f"{max(relied)} <= {day}"))
                if c.date(max(relied)) not in screens["first"]:
                    found.append(("lapses_before_day_not_first", f"{lang}: {max(relied)}"))
        # category rounds of the person's occupation (RULES.md 4; eligibility/data/cec_rules.json names the codes):
        # named beside the score to someone eligible with hours in it, with the cut-offs of the rounds known
        comparison_text = (result.get("crs_comparison") or {}).get("explanation", "")
        for program, codes in _OCCUPATION_ROUNDS.items():
            summary = (rounds or seed()).summary(program)
            counted = {profile.jobs[line["index"]].noc for line in result["hours_ledger"]["jobs"]
                       if not line["excluded_because"] and line["counted"] > 0}
            due = result["verdict"] == "eligible" and summary is not None and bool(counted & codes)
            sentence = rules_catalog(lang).t(f"crs.other.{program}", year="{}", low="{}", high="{}").split("{}")[0]
            if (sentence in comparison_text) != due:
                found.append(("category_round_named", f"{lang}: {program} {sentence in comparison_text} vs {due}"))
            named = comparison_text[comparison_text.find(sentence):]
            if due and summary is not None and not re.search(
                    rf"{summary['year']}\D[^.]*?{summary['lowest']}", named):
                found.append(("category_round_figures", f"{lang}: {program} {summary}"))
        # Quebec (RULES.md 8): no rounds, no plan, no CRS chart, no listing compared; Quebec's own route said
        if quebec:
            if result.get("crs_comparison") or result.get("improvements") or result.get("paths"):
                found.append(("quebec_compared", lang))
            if chart_photo("crs", profile, lang) is not None:
                found.append(("quebec_crs_chart", lang))
            if "quebec.ca/immigration" not in glance(result, lang) + verdict_text(result, lang):
                found.append(("quebec_route_unsaid", lang))
            hours_chart = "\n".join(chart_facts(chart_photo("hours", profile, lang) or {}))
            for name, text in (*screens.items(), ("hours chart", hours_chart)):
                found += [("quebec_pool_wording", f"{lang} {name}: {s[:80]}") for s in _sentences(text)
                          if re.search(_POOL[lang], s)]
        # the partner comparison: the couple's CRS now, and the partner as the principal, re-scored
        comparison = result.get("partner_comparison")
        swap = partner_by_hand(data, result)
        if (comparison is None) != (swap is None):
            found.append(("partner_comparison_offered", f"{comparison is None} vs {swap is None}"))
        if comparison is not None and swap is not None:
            if comparison["crs_now"] != crs["total"]:
                found.append(("partner_now", f"{comparison['crs_now']} vs {crs['total']}"))
            for key, value in swap.items():
                if comparison[key] != value and not (key == "partner_required_clb" and value is None):
                    found.append((f"partner_{key}", f"{comparison[key]} vs {value}"))
            figures = set(_figures(comparison["text"], lang))
            wanted = {str(comparison["crs_now"]), str(comparison["crs_partner_principal"])}
            if comparison["difference"]:
                wanted.add(str(abs(comparison["difference"])))
            if not wanted <= figures:
                found.append(("partner_text_figures", f"{lang}: {sorted(wanted - figures)}"))
            screens["partner"] = _plain(comparison["text"])
        if result["crs"] is not None:  # the plan (flows/improvements_view.py), as the person reads it
            screens.update({f"plan {n}": _plain(_plan_item(item, result, c))
                            for n, item in enumerate(_order(result["improvements"])[:MOST])})
        # a count of one round said in the plural, a range of one figure
        for name, text in screens.items():
            if re.search(r"\b(?:last|of the last|in) 1 \w[\w ]* rounds\b|\bdes 1 dernières|\b1 dernières", text):
                found.append(("one_round_plural", f"{lang} {name}"))
            for pair in re.findall(r"(?:ranged from|a varié de) (\d+) (?:to|à) (\d+)", text):
                if pair[0] == pair[1]:
                    found.append(("range_of_one", f"{lang} {name}: {pair[0]}"))
        # /rounds against the CRS message's comparison: the same latest CEC round, the same gap
        if listing_rounds is not None:
            person = standing(result)
            shown = _plain(listing(listing_rounds, person, lang, today or as_of, quebec).text)
            screens["listing"] = shown
            latest = {r.program: r for r in latest_of_each(listing_rounds, today or as_of)}
            lines = {m[0]: m for m in re.findall(_WHERE[lang], shown)}
            for program, r in latest.items():
                label = next((k for k in lines if lines[k][2] == str(r.lowest_crs)), None)
                if label is None:
                    found.append(("listing_round_missing", f"{lang}: {program} {r.lowest_crs}"))
                    continue
                hit = lines[label]
                if lang == "en":
                    points, side, at = hit[3], hit[4], hit[5]
                else:
                    short, points_short, above, points_above, at = hit[3:8]
                    points, side = points_short or points_above, "below" if short else "above" if above else ""
                compared = bool(side or at)
                should = person is not None and not quebec and (
                    program == CEC or (program in (FRENCH, NOMINEE) and person.eligible is not False and (
                        person.french_points if program == FRENCH else person.nominee_points) > 0))
                if compared != should:
                    found.append(("listing_compared", f"{lang}: {program} {compared} vs {should}"))
                if compared and person is not None:
                    gap = person.total - r.lowest_crs
                    said_gap = 0 if at else int(points) * (1 if side == "above" else -1)
                    if said_gap != gap:
                        found.append(("listing_gap", f"{lang}: {program} {said_gap} vs {gap}"))
                if program == CEC and compared and result.get("crs_comparison"):
                    cmp_ = result["crs_comparison"]
                    if (cmp_["lowest_crs"], cmp_["date"]) != (r.lowest_crs, r.date.isoformat()):
                        found.append(("listing_vs_crs_latest", f"{lang}: {r.lowest_crs} {r.date} vs "
                                                               f"{cmp_['lowest_crs']} {cmp_['date']}"))
        said[lang] = screens
    for name in set(said["en"]) & set(said["fr"]):
        if name in ("partner", "listing"):
            en, fr = set(_figures(said["en"][name], "en")), set(_figures(said["fr"][name], "fr"))
            if differ := en ^ fr:
                found.append(("en_fr_figures", f"{name}: {sorted(differ)}"))
    return found


def survey(raws: list[str], **kwargs: Any) -> tuple[collections.Counter[str], dict[str, str]]:
    kinds: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    for number, raw in enumerate(raws):
        for kind, detail in round5(raw, **kwargs):
            kinds[kind] += 1
            examples.setdefault(kind, f"profile {number}: {detail}")
    return kinds, examples


# -- a couple at every edge, worked by hand ----------------------------------------------------------------------
# RULES.md 1 to 3. The person turns 30 on the application day (with spouse: 95); 30 h a week since 2025-11-28 is
# 364 days, exactly 1,560 h (met); TEER 1 needs CLB 7, and IELTS 6.0 in each ability is exactly CLB 7 (met); the
# CELPIP of 2024-11-27 lapses that very day. CRS: 95 + 112 + 4 x 16 + 35 = 306; spouse: master's 10, TEF 434/434/
# 428/455 = NCLC 7/7/7/6: 3 + 3 + 3 + 1, one Canadian year 5: 25; transferability 13 + 13: total 357. The partner
# as the principal: 36 (65), master's 126, NCLC 7/7/7/6 16 x 3 + 8, one year 35: 282; the person as their spouse:
# bachelor's 8, CLB 7 x 4: 12, one year 5: 25; transferability: master's with one year 25, three years abroad with
# one year 25 (speaking NCLC 6: no language pair): 50; total 357, the same. Speaking NCLC 6 misses the CLB 7 their
# TEER 0/1 work needs: not eligible on their own.
PARTNER_AT_THE_EDGES = {
    "as_of": "2026-11-27", "birth_date": "1996-11-27", "marital_status": "common_law",
    "spouse": {"canadian_citizen_or_pr": False, "accompanying": True, "education": "master",
               "canadian_work_years": 1,
               "language_test": {"test": "tef_canada", "date": "2025-03-14", "listening": 434, "reading": 434,
                                 "writing": 428, "speaking": 455},
               "birth_date": "1990-06-15", "foreign_work_years": 3, "cec_work": "teer_0_1"},
    "jobs": [{"noc": "21232", "start": "2025-11-28", "end": None, "hours_per_week": 30.0}],
    "language_tests": [{"test": "celpip_general", "date": "2024-11-27", "listening": 9, "reading": 9, "writing": 9,
                        "speaking": 9},
                       {"test": "ielts_general", "date": "2025-09-01", "listening": 6.0, "reading": 6.0,
                        "writing": 6.0, "speaking": 6.0}],
    "education": {"level": "bachelor", "in_canada": False, "eca": True, "canadian_credential": "none"},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_couple_at_every_edge_reads_the_figures_worked_by_hand(lang: str) -> None:
    profile = Profile.model_validate(PARTNER_AT_THE_EDGES)
    result = assess(profile, lang, with_improvements=True, today=profile.as_of)
    assert (result["verdict"], result["qualifying_hours"], result["required_clb"]) == ("eligible", 1560, 7)
    assert [line["valid"] for line in result["language_results"]] == [False, True]
    crs = result["crs"]
    assert (crs["total"], crs["core"], crs["spouse"], crs["transferability"], crs["details"]["age"]) == (
        357, 306, 25, 26, 95)
    comparison = result["partner_comparison"]
    assert (comparison["crs_now"], comparison["crs_partner_principal"], comparison["partner_missing"]) == (
        357, 357, ["language"])
    assert catalog(lang).number(357) in comparison["text"]
    assert round5(json.dumps(PARTNER_AT_THE_EDGES), listing_rounds=seed()) == []


# -- found: Express Entry's pool and 60 days said to someone who will live in Quebec ------------------------------
# RULES.md 8: Express Entry's rounds are not for someone who will live in Quebec, and Details say so ("it is not
# compared with them"). Their IELTS of 2025-02-10 lapses on 2027-02-10, before the 1,560 h of 2027-03-01: Details
# went on "results must be valid when you create your profile, while it stays in the pool ..., and an invitation
# plus 60 days to apply can run past that date", and the hours chart "an invitation plus 60 days to apply can run
# past it, so plan a new test" (in 1,000 generated profiles: 54 renders of Details and 49 of the chart in each
# language). The day the test lapses is still said (the language line, the chart); the pool's deadlines are not.
QUEBEC_LAPSING = {
    "as_of": "2026-11-27", "birth_date": "1994-05-02", "marital_status": "single",
    "intends_to_live_in_quebec": True,
    "jobs": [{"noc": "21232", "start": "2026-03-02", "end": None, "hours_per_week": 37.5}],
    "language_tests": [{"test": "ielts_general", "date": "2025-02-10", "listening": 7.0, "reading": 6.5,
                        "writing": 6.5, "speaking": 7.0}],
    "education": {"level": "bachelor", "in_canada": True, "eca": False, "canadian_credential": "three_year_plus"},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_someone_who_will_live_in_quebec_reads_no_deadline_of_express_entrys_pool(lang: str) -> None:
    profile = Profile.model_validate(QUEBEC_LAPSING)
    result = assess(profile, lang, with_improvements=True, today=profile.as_of)
    c = catalog(lang)
    assert result["verdict"] == "not_eligible" and result["qualifying_hours"] == 1157
    assert not {w["id"] for w in result["warnings"]} & {"test_expires_soon", "test_expires_before_eligible"}
    lapses = c.date(dt.date(2027, 2, 10))
    assert lapses in _plain(verdict_text(result, lang))  # "it expires on February 10, 2027"
    chart = chart_facts(chart_photo("hours", profile, lang) or {})
    assert any(lapses in line for line in chart) and any(c.date(dt.date(2027, 3, 1)) in line for line in chart)
    assert not any(re.search(_POOL[lang], line) for line in chart)
    assert [kind for kind, _ in round5(json.dumps(QUEBEC_LAPSING))] == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_same_lapse_is_still_said_to_someone_who_will_live_outside_quebec(lang: str) -> None:
    profile = Profile.model_validate({**QUEBEC_LAPSING, "intends_to_live_in_quebec": False})
    result = assess(profile, lang, with_improvements=True, today=profile.as_of)
    assert result["verdict"] == "not_yet_eligible" and result["eligible_on"] == "2027-03-01"
    warning = next(w for w in result["warnings"] if w["id"] == "test_expires_before_eligible")
    assert (warning["expires"], warning["on"]) == ("2027-02-10", "2027-03-01")
    assert chart_photo("hours", profile, lang)["data"]["expires_too_soon"]  # type: ignore[index]


# -- found: one Canadian Experience Class round said in the plural -----------------------------------------------
# RULES.md 4: IRCC's real sample holds rounds 430 to 434, one of them a Canadian Experience Class round (432,
# 2026-08-05, 516). A store holding it alone (a first refresh; the bot completes it with the shipped rounds) made
# the CRS message say "In the last 1 Canadian Experience Class rounds (since August 5, 2026), the lowest score
# invited ranged from 516 to 516" ("Lors des 1 dernières rondes ... a varié de 516 à 516"), in all 2,000 renders of
# 1,000 profiles with a CRS outside Quebec, and the plan "in each of the last 1 ... rounds". The latest round's
# sentence says it all; the plan says "the latest round".
ONE_ROUND = {"as_of": "2026-11-27", "birth_date": "1995-03-10", "marital_status": "single",
             "jobs": [{"noc": "21232", "start": "2024-01-01", "end": None, "hours_per_week": 40.0}],
             "language_tests": [{"test": "celpip_general", "date": "2025-11-27", "listening": 9, "reading": 9,
                                 "writing": 9, "speaking": 9}],
             "education": {"level": "bachelor", "in_canada": True, "eca": False,
                           "canadian_credential": "three_year_plus"}}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_one_round_known_is_said_as_the_latest_round(lang: str) -> None:
    profile = Profile.model_validate(ONE_ROUND)
    rounds = feed_rounds()
    assert [r.lowest_crs for r in rounds.cec] == [516]
    result = assess(profile, lang, rounds, with_improvements=True, today=profile.as_of)
    c = catalog(lang)
    assert result["crs_comparison"]["recent"]["rounds"] == 1
    scored = _plain(crs_text(result, lang))
    total = result["crs"]["total"]
    assert c.t("crs.below" if total < 516 else "crs.above", total=c.number(total), cutoff=516,
               date=c.date(dt.date(2026, 8, 5)),
               points=c.count(abs(result["crs"]["total"] - 516), "point")) in scored
    assert not re.search(r"last 1 |des 1 |516 (?:to|à) 516", scored)
    plan = [_plain(_plan_item(item, result, c)) for item in _order(result["improvements"])[:MOST]]
    assert plan and not any(re.search(r"last 1 |des 1 ", line) for line in plan)
    steps = [item for item in result["improvements"] if item["kind"] == "step" and item.get("recent_rounds")]
    assert steps and all(item["recent_rounds"]["of"] == 1 for item in steps)
    latest = {"en": "the latest Canadian Experience Class round", "fr": "la dernière ronde de la catégorie"}[lang]
    assert any(latest in line for line in plan)
    assert [kind for kind, _ in round5(json.dumps(ONE_ROUND), rounds, rounds)] == []


# -- the surveys -------------------------------------------------------------------------------------------------
def test_round5_finds_nothing_in_1000_profiles_with_the_shipped_rounds() -> None:
    """1,000 generated profiles, 2,000 renders, with /rounds over the shipped rounds."""
    kinds, examples = survey(generate_round5(1000), listing_rounds=seed())
    assert not kinds, (dict(kinds), examples)


def test_round5_finds_nothing_in_200_profiles_against_the_real_feed() -> None:
    """The CRS message, the plan and /rounds over IRCC's real rounds 430 to 434 alone (a first refresh's store)
    and completed by the shipped rounds (as the bot reads its store)."""
    raws = generate_round5(200, seed_=2030)
    for rounds in (feed_rounds(), feed_and_seed()):
        kinds, examples = survey(raws, rounds=rounds, listing_rounds=rounds)
        assert not kinds, (dict(kinds), examples)


def test_rounds_1_to_4_find_nothing_in_round5_profiles() -> None:
    """The earlier rounds' checkers (every screen against the engine, the screens and languages against each other)
    on this round's people at the edges."""
    from tests.flows.test_coherence_audit import contradictions
    from tests.flows.test_coherence_round4 import round4
    kinds: collections.Counter[str] = collections.Counter()
    for raw in generate_round5(20, seed_=2031):
        kinds.update(kind for lang in ("en", "fr") for kind, _ in contradictions(raw, lang))
        kinds.update(kind for kind, _ in round4(raw))
    assert not kinds, dict(kinds)


def test_the_round5_rules_flag_spoiled_results(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker itself, on results spoiled on purpose: an age point too many, a partner as the principal one
    point off, a result said valid on its second anniversary, a /rounds gap one point off."""
    raw = json.dumps(PARTNER_AT_THE_EDGES)
    assert round5(raw, listing_rounds=seed()) == []
    module = __import__(__name__, fromlist=["assess"])
    real_assess, real_listing = module.assess, module.listing

    def spoiled(*args: Any, **kwargs: Any) -> dict[str, Any]:
        result = real_assess(*args, **kwargs)
        if result.get("crs"):
            result["crs"]["details"]["age"] += 1
        if result.get("partner_comparison"):
            result["partner_comparison"]["crs_partner_principal"] += 1
        for line in result["language_results"]:
            line["valid"] = True
        return result

    monkeypatch.setattr(module, "assess", spoiled)
    monkeypatch.setattr(module, "listing", lambda *a, **k: (lambda m: type(m)(re.sub(
        r"(\d+) (points? (?:below|above)|points?$)", lambda g: f"{int(g.group(1)) + 1} {g.group(2)}", m.text,
        flags=re.M).replace("il vous manque 1", "il vous manque 2"), m.buttons))(real_listing(*a, **k)))
    kinds = {kind for kind, _ in round5(raw, listing_rounds=seed())}
    assert {"age_points", "partner_crs_partner_principal", "valid_by_hand", "listing_gap"} <= kinds, kinds


# -- answers not exact: the same "if" on every screen -------------------------------------------------------------
# A month without its day, "not sure" (of a permit, of being an employee or a full-time student, of a test's date,
# of whether the partner comes): flows/results.py reads them carefully and favourably. Every screen that says the
# other reading's figure must say the same one: the first screen ("Read the most favourable way: eligible, CRS
# 188"), Details ("the outcome is: ..."), the CRS message ("it is 188 (not 135)"), the plan ("your CRS is 188"),
# and the careful figure each of them says is the one the CRS message and the plan's title show.
TODAY = AS_OF


def _month_or_day(rng: random.Random, day: dt.date) -> str:
    return day.strftime("%Y-%m") if rng.random() < 0.35 else day.isoformat()


def answers_not_exact(rng: random.Random) -> dict[str, Any]:
    """The chat's answers (flows/questions.py ids) of one person, some of them not exact."""
    jobs = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        start = TODAY - dt.timedelta(days=rng.randint(60, 1500))
        job: dict[str, Any] = {"job_occupation": {"noc": _noc(rng)}, "job_start": _month_or_day(rng, start),
                               "job_ongoing": rng.random() < 0.6, "job_hours": rng.choice((15, 20, 30, 37.5, 40)),
                               "job_paid": True, "job_employee": rng.choice((True, True, True, "unsure")),
                               "job_student": rng.choice((False, False, False, "unsure")),
                               "job_authorized": rng.choice((True, True, "unsure"))}
        if not job["job_ongoing"]:
            job["job_end"] = _month_or_day(rng, start + dt.timedelta(days=rng.randint(30, (TODAY - start).days)))
        jobs.append(job)
    for n, job in enumerate(jobs):
        job["job_more"] = n < len(jobs) - 1
    tests = []
    for _ in range(rng.choice((0, 1, 1, 2))):
        kind = rng.choice(tuple(_MINIMA))
        taken = TODAY - dt.timedelta(days=rng.randint(1, 900))
        test = _boundary_test(rng, taken) if rng.random() < 0.4 else {
            "test": kind, "date": taken.isoformat(),
            **{a: _MINIMA[kind][rng.randrange(4)][i] for i, a in enumerate(_ABILITIES)}}
        date = "unsure" if rng.random() < 0.2 else _month_or_day(rng, taken)
        tests.append({"test_kind": test["test"], "test_date": date, **{f"test_{a}": test[a] for a in _ABILITIES}})
    for n, item in enumerate(tests):
        item["test_more"] = n < len(tests) - 1
    answers: dict[str, Any] = {"quebec": False, "canadian_work": True, "jobs": jobs,
                               "tests": tests or [{"test_kind": "none"}],
                               "birth": {"birth_date": (TODAY - dt.timedelta(days=rng.randint(20 * 365, 45 * 365))
                                                        ).isoformat()},
                               "marital": rng.choice(("single", "married", "common_law"))}
    if answers["marital"] != "single":
        answers.update({"spouse_citizen": rng.random() < 0.1,
                        "spouse_accompanying": rng.choice((True, False, "unsure", "unsure")),
                        "spouse_education": rng.choice(list(_SPOUSE_EDUCATION)),
                        "spouse_test_kind": "none", "spouse_work": rng.choice(("0", "1", "2"))})
        if rng.random() < 0.5:
            taken = TODAY - dt.timedelta(days=rng.randint(1, 800))
            test = _good_test(rng, taken)
            answers.update({"spouse_test_kind": test["test"], "spouse_test_date": _month_or_day(rng, taken),
                            **{f"spouse_{a}": test[a] for a in _ABILITIES}})
        if answers["spouse_citizen"]:
            answers.pop("spouse_accompanying")
    level = rng.choice(list(_SPOUSE_EDUCATION)[1:])
    answers.update({"education_level": level, "education_where": rng.choice(("canada", "abroad_eca", "abroad")),
                    "canadian_credential": "none", "foreign_work": rng.choice(("0", "1", "3")),
                    "certificate": False, "nomination": False, "sibling": False})
    return answers


def generate_answers(count: int, seed_: int = 2032) -> list[str]:
    rng = random.Random(seed_)
    return [json.dumps(answers_not_exact(rng), separators=(",", ":")) for _ in range(count)]


_READINGS = {
    "first": {"en": r"Read the most favourable way: ([^.]*?)\. Read the careful way: ([^.]*?)\.",
              "fr": r"Selon la lecture la plus favorable : ([^.]*?)\. Selon la lecture prudente : ([^.]*?)\."},
    "details": {"en": r"Read the most favourable way, the outcome is: ([^.]*?)\. Give",
                "fr": r"Selon la lecture la plus favorable, le résultat serait : ([^.]*?)\. Précisez"},
    "crs": {"en": r"Read the favourable way, it is (\d+) \(not (\d+)\)",
            "fr": r"Selon la lecture favorable, il serait de (\d+) \(et non de (\d+)\)"},
    "plan": {"en": r"as your CRS does \((\d+)\); read the most favourable way, your CRS is (\d+)\.",
             "fr": r"comme votre score SCG \((\d+)\) ; selon la lecture la plus favorable, votre score SCG est de "
                   r"(\d+)\."},
    "spouse": {"en": r"(\d+) if they come, (\d+) if they do not\. The lower one, (\d+),",
               "fr": r"(\d+) s'il vous accompagne, (\d+) s'il ne vous accompagne pas\. Le plus bas, (\d+),"},
    "plan_spouse": {"en": r"\((?:CRS )?(\d+)(?:, the lower reading)?\)(?:; (?:it is the same if they (?:do not )?"
                          r"come|if they (?:do not )?come, it is (\d+)))",
                    "fr": r"\((?:SCG )?(\d+)(?:, le plus bas des deux)?\) ; "
                          r"(?:le score est le même s'il (?:ne )?"
                          r"v|s'il (?:ne )?vi?e?n?t? ?(?:pas)?, le score est de (\d+))"},
}
_CRS_OF = {"en": r"CRS (\d+)", "fr": r"SCG (\d+)"}
_PARTNER_NOW = {"en": r"would be \d+ instead of (\d+)|would be the same: (\d+)",
                "fr": r"serait de \d+ au lieu de (\d+)|serait le même : (\d+)"}
_TOTAL = {"en": r"CRS estimate: (\d[\d,]*) points", "fr": r"Score SCG estimé : (\d[\d\u202f\u00a0 ]*) points"}
_PLAN_NOW = {"en": r"\(now (\d+)\)", "fr": r"\(actuellement (\d+)\)"}


def chat_screens(answers: dict[str, Any], lang: str) -> tuple[dict[str, Any], dict[str, str]]:
    """The careful result and every screen the chat shows for these answers, in plain text."""
    from flows import conversation as talk
    from flows import improvements_view, result_view
    from flows.machine import Screening
    from flows.results import result_for_answers

    first = talk.show(Screening("verdict", json.loads(json.dumps(answers))), lang, TODAY)
    screening = Screening("crs_result", json.loads(json.dumps(answers)))
    scored = talk.show(screening, lang, TODAY)
    plan = improvements_view.handle(screening, "top", lang, TODAY, TODAY)
    result = result_for_answers(json.loads(json.dumps(answers)), TODAY, lang)
    details = result_view.details(result, lang, answers)
    assert first.result is not None and scored.result is not None, _plain(first.messages[0].text)[:200]
    # the partner comparison, with the partner's three facts (flows/improvements_view.py asks them)
    screening.answers[improvements_view.PARTNER] = dict(PARTNER_FACTS)
    partner = improvements_view.handle(screening, "partner", lang, TODAY, TODAY)
    reminders, _ = plan_reminders(json.loads(json.dumps(answers)), TODAY, TODAY, TODAY)
    return result, {"first": _plain("\n\n".join(m.text for m in first.messages[:1])),
                    "details": _plain("\n\n".join(m.text for m in details.messages)),
                    "crs": _plain("\n\n".join(m.text for m in scored.messages)),
                    "plan": _plain("\n\n".join(m.text for m in (plan.messages if plan else []))),
                    "partner": _plain("\n\n".join(m.text for m in (partner.messages if partner else []))),
                    "reminders": _plain(_lines(next_of_each_kind(reminders), catalog(lang), TODAY))}


PARTNER_FACTS = {"birth_date": "1990-06-15", "foreign_work_years": 2, "cec_work": "teer_2_3"}


def readings(raw: str) -> list[tuple[str, str]]:
    """Each disagreement between screens, or languages, on the readings of answers not exact."""
    answers = json.loads(raw)
    found: list[tuple[str, str]] = []
    said: dict[str, dict[str, str]] = {}
    for lang in ("en", "fr"):
        result, screens = chat_screens(answers, lang)
        said[lang] = screens
        crs = (result.get("crs") or {}).get("total")
        approximate = result.get("approximate") or {}
        favourable = (approximate.get("favourable") or {}).get("crs_total")
        totals = {int(re.sub(r"\D", "", n)) for n in re.findall(_TOTAL[lang], screens["crs"])}
        if crs is not None and totals != {crs}:
            found.append(("crs_total_shown", f"{lang}: {totals} vs {crs}"))
        if crs is not None and screens["plan"]:
            now = {int(n) for n in re.findall(_PLAN_NOW[lang], screens["plan"])}
            if now and now != {crs}:
                found.append(("plan_now", f"{lang}: {now} vs {crs}"))
        # the favourable CRS, wherever said, is the favourable reading's; the careful one is the CRS shown
        for name in ("first", "details"):
            for hit in re.findall(_READINGS[name][lang], screens[name]):
                parts = hit if isinstance(hit, tuple) else (hit,)
                said_crs = [re.findall(_CRS_OF[lang], p) for p in parts]
                if said_crs[0] and favourable is not None and int(said_crs[0][0]) != favourable:
                    found.append(("favourable_crs", f"{lang} {name}: {said_crs[0][0]} vs {favourable}"))
                if len(said_crs) > 1 and said_crs[1] and int(said_crs[1][0]) != crs:
                    found.append(("careful_crs", f"{lang} {name}: {said_crs[1][0]} vs {crs}"))
        for name, pattern in (("crs", "crs"), ("plan", "plan")):
            for a, b in re.findall(_READINGS[pattern][lang], screens[name]):
                other, shown = (int(a), int(b)) if pattern == "crs" else (int(b), int(a))
                if shown != crs or other != favourable:
                    found.append((f"{name}_readings", f"{lang}: {shown}/{other} vs {crs}/{favourable}"))
        spouse = approximate.get("spouse")
        for coming, alone, shown in re.findall(_READINGS["spouse"][lang], screens["crs"]):
            if spouse is None or int(shown) != crs or int(shown) != min(int(coming), int(alone)) or {
                    int(coming), int(alone)} != {crs, spouse["crs_other"]}:
                found.append(("spouse_readings", f"{lang}: {coming}/{alone}/{shown} vs {crs}, {spouse}"))
        for shown, other in re.findall(_READINGS["plan_spouse"][lang], screens["plan"]):
            if spouse is None or int(shown) != crs or (other and int(other) != spouse["crs_other"]):
                found.append(("plan_spouse_readings", f"{lang}: {shown}/{other} vs {crs}, {spouse}"))
        # the partner comparison starts from the CRS shown ("the couple's CRS would be 412 instead of 388")
        for hit in re.findall(_PARTNER_NOW[lang], screens["partner"]):
            if int(now := next(n for n in hit if n)) != crs:
                found.append(("partner_now", f"{lang}: {now} vs {crs}"))
        # the reminder of the careful day, and the earliest day another reading gives (flows/reminders.py)
        if lang == "en":
            reminders, _ = plan_reminders(json.loads(json.dumps(answers)), TODAY, TODAY, TODAY)
            eligible = next((r for r in reminders if r.kind == "eligible"), None)
            day = result["eligible_on"] if result["verdict"] == "not_yet_eligible" else None
            if eligible is not None and eligible.event.isoformat() != day:
                found.append(("reminder_day", f"{eligible.event} vs {day}"))
            best = approximate.get("favourable") or {}
            for earliest in re.findall(rf"it may be as early as ({_DATE['en']})", screens["reminders"]):
                # the favourable reading's day, or the day itself when that reading is eligible on it
                day = best.get("eligible_on") if best.get("verdict") == "not_yet_eligible" else TODAY.isoformat() \
                    if best.get("verdict") == "eligible" else None
                if day != _parse_date(earliest, "en").isoformat():
                    found.append(("reminder_earliest", f"{earliest} vs {best.get('verdict')} "
                                                       f"{best.get('eligible_on')}"))
        # said on one screen, the other reading is said wherever the figure it moves is shown
        differs = favourable is not None and crs is not None and favourable != crs
        if differs and not re.search(_READINGS["crs"][lang], screens["crs"]) and not re.search(
                _READINGS["spouse"][lang], screens["crs"]):
            found.append(("crs_reading_unsaid", f"{lang}: {crs} vs {favourable}"))
        if approximate.get("decisive") and not re.search(_READINGS["details"][lang], screens["details"]):
            found.append(("details_reading_unsaid", lang))
    for name in said["en"]:
        # a French reader with no valid test also reads the score with a French test at NCLC 7 ("233 en français",
        # flows/result_view.py without_a_test): the figure of a test the English reader is offered only after a
        # French test of their own
        french = re.sub(r", (\d+) en français", "", said["fr"][name])
        english = re.sub(r", (\d+) in French", "", said["en"][name])
        # the verdict's reminder under the CRS is left out when the message would be too long
        # (flows/conversation.py show), more often in French: the first screen says it
        heads = {lang: re.escape(catalog(lang).t("verdict.reminder", title="|").split("|")[0])
                 for lang in ("en", "fr")}
        french = re.sub(rf"(?m)^{heads['fr']}.*$", "", french)
        english = re.sub(rf"(?m)^{heads['en']}.*$", "", english)
        en, fr = set(_figures(english, "en")), set(_figures(french, "fr"))
        if gap := en ^ fr:
            found.append(("en_fr_figures", f"{name}: {sorted(gap)[:6]}"))
    return found


def survey_answers(raws: list[str]) -> tuple[collections.Counter[str], dict[str, str]]:
    kinds: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    for number, raw in enumerate(raws):
        for kind, detail in readings(raw):
            kinds[kind] += 1
            examples.setdefault(kind, f"answers {number}: {detail}")
    return kinds, examples


def test_the_readings_agree_on_every_screen_for_40_sets_of_answers_not_exact() -> None:
    """40 generated sets of answers (of 1,000 surveyed: 2,000 renders of six screens each, none found)."""
    kinds, examples = survey_answers(generate_answers(40))
    assert not kinds, (dict(kinds), examples)


# A cook (62020) since "March 2024" at 40 h, their permit "not sure"; CELPIP CLB 9 of "not sure" a date; married,
# the partner "not sure" to come. The careful reading counts no hours and no test: not eligible; RULES.md 3, 32
# years old with a partner coming 85, a bachelor's with an ECA 112, the partner's bachelor's 8: CRS 205 (alone:
# 94 + 120 = 214, the higher). The favourable reading counts 30 h a week since March 2024 and the test: eligible,
# CRS 491.
NOT_SURE = {"quebec": False, "canadian_work": True,
            "jobs": [{"job_occupation": {"noc": "62020"}, "job_start": "2024-03", "job_ongoing": True,
                      "job_hours": 40, "job_paid": True, "job_employee": True, "job_student": False,
                      "job_authorized": "unsure", "job_more": False}],
            "tests": [{"test_kind": "celpip_general", "test_date": "unsure", "test_listening": 9,
                       "test_reading": 9, "test_writing": 9, "test_speaking": 9, "test_more": False}],
            "birth": {"birth_date": "1994-02-11"}, "marital": "married", "spouse_citizen": False,
            "spouse_accompanying": "unsure", "spouse_education": "bachelor", "spouse_test_kind": "none",
            "spouse_work": "0", "education_level": "bachelor", "education_where": "abroad_eca",
            "canadian_credential": "none", "foreign_work": "1", "certificate": False, "nomination": False,
            "sibling": False}


def test_the_readings_checker_flags_spoiled_screens(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker itself: the CRS message's favourable figure one point off, a plan whose "now" is another CRS,
    a French partner comparison starting from another total."""
    raw = json.dumps(NOT_SURE)
    result, screens = chat_screens(NOT_SURE, "en")
    assert (result["verdict"], result["crs"]["total"], result["approximate"]["favourable"]["crs_total"],
            result["approximate"]["spouse"]) == ("not_eligible", 205, 491, {"coming": True, "crs_other": 214})
    assert "it is 491 (not 205)" in screens["crs"] and "instead of 205" in screens["partner"]
    assert readings(raw) == []
    module = __import__(__name__, fromlist=["chat_screens"])
    real = module.chat_screens

    def spoiled(answers: dict[str, Any], lang: str) -> tuple[dict[str, Any], dict[str, str]]:
        result, screens = real(answers, lang)
        fav = result["approximate"]["favourable"]["crs_total"]
        screens["crs"] = screens["crs"].replace(f" {fav} (", f" {fav + 1} (")
        screens["plan"] = re.sub(r"\((now|actuellement) (\d+)\)",
                                 lambda m: f"({m.group(1)} {int(m.group(2)) + 1})", screens["plan"])
        if lang == "fr":
            screens["partner"] = re.sub(r"au lieu de (\d+)", lambda m: f"au lieu de {int(m.group(1)) + 2}",
                                        screens["partner"])
        return result, screens

    monkeypatch.setattr(module, "chat_screens", spoiled)
    kinds = {kind for kind, _ in readings(raw)}
    assert {"crs_readings", "plan_now", "partner_now", "en_fr_figures"} <= kinds, kinds



# -- found: the reminder's "as early as" a year later than a reading eligible today -------------------------------
# RULES.md 1: job 1 (30479, TEER 0) at 30 h a week since 2023-11-22, its permit "not sure"; job 2 (90658) at
# 15 h since "January 2026". Read favourably (the permit counts): eligible today, and the first screen says "Read
# the most favourable way: eligible". Read carefully, 643 h: the year is reached on January 29, 2028. The reminder
# of that day said "it may be as early as December 30, 2027, depending on answers you did not give exactly (Job 1
# · authorized and Job 2 · start)": the earliest day of the readings not yet eligible, the one eligible today left
# out (4 of 1,000 generated sets of answers). It now says the day itself (the day of the answers).
EARLIER_THAN_SAID = {
    "quebec": False, "canadian_work": True,
    "jobs": [{"job_occupation": {"noc": "30479"}, "job_start": "2023-11-22", "job_ongoing": True, "job_hours": 30,
              "job_paid": True, "job_employee": True, "job_student": False, "job_authorized": "unsure",
              "job_more": True},
             {"job_occupation": {"noc": "90658"}, "job_start": "2026-01", "job_ongoing": True, "job_hours": 15,
              "job_paid": True, "job_employee": True, "job_student": False, "job_authorized": True,
              "job_more": False}],
    "tests": [{"test_kind": "celpip_general", "test_date": "2026-11-13", "test_listening": 7, "test_reading": 9,
               "test_writing": 9, "test_speaking": 9, "test_more": False}],
    "birth": {"birth_date": "2003-01-03"}, "marital": "single", "education_level": "secondary",
    "education_where": "abroad", "canadian_credential": "none", "foreign_work": "0", "certificate": False,
    "nomination": False, "sibling": False}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_earliest_day_a_reminder_names_is_today_when_a_reading_is_eligible_today(lang: str) -> None:
    result, screens = chat_screens(EARLIER_THAN_SAID, lang)
    c = catalog(lang)
    assert (result["verdict"], result["eligible_on"]) == ("not_yet_eligible", "2028-01-29")
    assert result["approximate"]["favourable"]["verdict"] == "eligible"
    line = next(line for line in screens["reminders"].split("\n") if c.date(dt.date(2028, 1, 29)) in line)
    assert c.date(TODAY) in line and c.date(dt.date(2027, 12, 30)) not in line
    assert readings(json.dumps(EARLIER_THAN_SAID)) == []

# -- left: a French /rounds list names the feed's newest categories in English ------------------------------------
# RULES.md 4: new categories appear without notice (transport, skilled military recruits in 2026); the French feed
# (ee_rounds_123_fr.json) carries IRCC's French names. Rounds 430 and 434 of the real sample were read from the
# English feed only: the French list says "Transport Occupations, 7 août 2026 : 470" and "Skilled Military
# Recruits, 23 juillet 2026 : 368" in English (flows/rounds_view.py program_label falls back to the feed's name),
# though its own docstring says "never an English name in a French list". The French names of these two categories
# are in no source here (RULES.md and the shipped French catalog name only trades, healthcare, physicians and
# senior managers): writing them is not ours to invent, and the bot reads them from the French feed on its first
# refresh.
@pytest.mark.xfail(strict=True, reason="the French names of IRCC's transport and military categories are in no "
                                       "source here (RULES.md 4); the live French feed gives them")
def test_a_french_rounds_list_names_every_category_in_french() -> None:
    shown = _plain(listing(feed_rounds(), None, "fr", FEED_DAY).text)
    assert "Transport Occupations" not in shown and "Skilled Military Recruits" not in shown
