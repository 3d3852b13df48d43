"""The coherence audit, round 9: what rounds 1 to 8 did not generate or did not check.

Rounds 1 to 8 (tests/flows/test_coherence_audit.py, test_coherence_round4.py to test_coherence_round8.py) generate
one or several jobs, answers changed, refused or said roughly, partners, planned ends. Round 9 generates people
with an English AND a French result (either may lead, either may have lapsed), a provincial nomination or not,
a birthday near an age row's edge within the twelve months "What if I apply later?" offers, and some of them not
sure where they will live; and profiles of people who will live in Quebec for `cec-screener assess`. For each, in
English and French:
- two results (RULES.md 3): the first official language the CRS counts is the one that scores more (its points,
  the second language's, capped, and the transferability rows that follow the first language, all worked by
  hand), the CRS message names that language, and the French bonus is RULES.md 3's (NCLC 7 in all four: 25, or
  50 with English at CLB 5 in all four);
- a provincial nomination (RULES.md 3): 600 points said on the CRS message's line, the additional points capped
  at 600, "What if I apply later?" keeping them on every day it offers, the plan never offering a nomination to
  someone who has one, and no screen offering points for a job offer (0 since 2025-03-25);
- age (RULES.md 3: completed years on the application day, a birthday counting from the day itself): the CRS's
  age points on every day "What if I apply later?" offers, by hand; the plan's dated age warning on the birthday
  whose points fall, its figure the CRS of an application made that day; the CRS message's and Details' warning
  and the reminders naming that birthday;
- not sure about Quebec (flows/quebec.py): the first screen and Details say the result holds only for a real plan
  to live outside Quebec, "What if I apply later?" says it again, /summary says "not sure";
- people who will live in Quebec (RULES.md 8), through `assess` (JSON and text): not eligible, no "not yet" day,
  Quebec's route (PSTQ through Arrima, PEQ closed since November 19, 2025) in both languages, no Express Entry
  step, plan, path, comparison with rounds or deadline, and the partner never "eligible" as the principal;
- the screens' figures the same in English and French.
"""

from __future__ import annotations

import collections
import copy
import datetime as dt
import json
import random
import re
from typing import Any

import pytest

from bot.command_line.assess import assess_one, render
from eligibility.assess import assess
from eligibility.language import add_years
from eligibility.merge_patch import merge_patch
from eligibility.profile import Profile
from flows import conversation as talk
from flows.chart_replies import profile_for
from flows.machine import CRS_RESULT, VERDICT, Screening
from flows.pickers import plan_days
from flows.results import careful_favour, result_for_answers
from flows.texts import catalog
from tests.flows.test_coherence_audit import _figures, _plain
from tests.flows.test_coherence_round5 import (
    _ABILITIES,
    _AGE,
    _MINIMA,
    _SPOUSE_EDUCATION,
    TODAY,
    _noc,
    age_on,
    valid_by_hand,
)
from tests.flows.test_coherence_round6 import screens

Answers = dict[str, Any]
Found = list[tuple[str, str]]

_ENGLISH = ("ielts_general", "celpip_general", "pte_core")
_FRENCH = ("tef_canada", "tcf_canada")


# -- the generator -----------------------------------------------------------------------------------------------
def _test(rng: random.Random, kind: str) -> Answers:
    """A result of `kind` at one level in all four abilities, or mixed levels (one ability a row or two lower),
    taken in the last two years and a bit (some lapsed: RULES.md 2)."""
    rows = _MINIMA[kind]
    row = rng.choice(range(len(rows)))
    scores = list(rows[row])
    if rng.random() < 0.5:
        ability = rng.randrange(4)
        scores[ability] = rows[min(len(rows) - 1, row + rng.choice((1, 2)))][ability]
    taken = TODAY - dt.timedelta(days=rng.choice((rng.randint(1, 700), rng.randint(700, 800))))
    if (taken.month, taken.day) == (2, 29):
        taken -= dt.timedelta(days=1)
    return {"test_kind": kind, "test_date": taken.isoformat(),
            **{f"test_{a}": scores[i] for i, a in enumerate(_ABILITIES)}, "test_more": False}


def _born(rng: random.Random) -> dt.date:
    """A birthday near an age row's edge (17/18, 19/20, 29/30, 30 to 45, 44/45) within the next twelve months, or
    today, or yesterday."""
    age = rng.choice((17, 18, 19, 29, 29, 30, 31, 34, 35, 39, 40, 41, 42, 43, 44, 44, 45))
    shift = rng.choice((0, -1, 1, rng.randint(2, 370)))
    born = add_years(TODAY + dt.timedelta(days=shift), -(age + 1))  # turns age + 1 on TODAY + shift
    return born - dt.timedelta(days=1) if (born.month, born.day) == (2, 29) else born


def round9_answers(rng: random.Random) -> Answers:
    """The chat's answers (flows/questions.py ids) of one person of this round."""
    start = TODAY - dt.timedelta(days=rng.randint(200, 1500))
    jobs: list[Answers] = [{"job_occupation": {"noc": _noc(rng)}, "job_start": start.isoformat(),
                            "job_hours": rng.choice((20, 30, 37.5, 40)), "job_paid": True, "job_employee": True,
                            "job_student": False, "job_authorized": True, "job_ongoing": True, "job_more": False}]
    if rng.random() < 0.25:
        jobs[0].update(job_ongoing=False, job_end=(TODAY + dt.timedelta(days=rng.randint(5, 400))).isoformat())
    kinds = [rng.choice(_ENGLISH), rng.choice(_FRENCH)]
    rng.shuffle(kinds)
    tests = [_test(rng, kind) for kind in kinds]
    if rng.random() < 0.15:
        tests.pop(rng.randrange(2))  # one result only: the French bonus with English untested, or none
    for test in tests[:-1]:
        test["test_more"] = True
    answers: Answers = {
        "quebec": "unsure" if rng.random() < 0.25 else False, "canadian_work": True, "jobs": jobs,
        "tests": tests, "birth": {"birth_date": _born(rng).isoformat()},
        "marital": rng.choice(("single", "married", "common_law", "divorced"))}
    if answers["marital"] in ("married", "common_law"):
        answers.update({"spouse_citizen": rng.random() < 0.15, "spouse_accompanying": rng.random() < 0.8,
                        "spouse_education": rng.choice(list(_SPOUSE_EDUCATION)), "spouse_test_kind": "none",
                        "spouse_work": rng.choice(("0", "1", "3"))})
        if answers["spouse_citizen"]:
            answers.pop("spouse_accompanying")
    answers.update({"education_level": rng.choice(list(_SPOUSE_EDUCATION)),
                    "education_where": rng.choice(("canada", "abroad_eca", "abroad")),
                    "canadian_credential": "none", "foreign_work": rng.choice(("0", "1", "3")),
                    "certificate": rng.random() < 0.15, "nomination": rng.random() < 0.4,
                    "sibling": rng.random() < 0.2})
    if answers["education_level"] == "less_than_secondary":
        answers.pop("education_where")
        answers.pop("canadian_credential")
    return answers


def generate_round9(count: int, seed_: int = 2091) -> list[Answers]:
    rng = random.Random(seed_)
    return [round9_answers(rng) for _ in range(count)]


# -- two results: the first official language, the second, the French bonus (RULES.md 3) -------------------------
_FIRST = {3: (0, 0), 4: (6, 6), 5: (6, 6), 6: (8, 9), 7: (16, 17), 8: (22, 23), 9: (29, 31), 10: (32, 34)}
_UPPER = {"one_year": 25, "two_year": 25, "bachelor": 25, "two_or_more": 50, "master": 50, "doctoral": 50}


def _levels(test: Answers) -> tuple[int, ...]:
    """The CLB/NCLC of each ability (RULES.md 2's rows; 3 for anything under CLB 4, 10 for 10 and above)."""
    rows = _MINIMA[test["test_kind"]]
    return tuple(next((10 - n for n, row in enumerate(rows) if test[f"test_{a}"] >= row[i]), 3)
                 for i, a in enumerate(_ABILITIES))


def _valid(test: Answers, day: dt.date) -> bool:
    return valid_by_hand({"test": test["test_kind"], "date": test["test_date"]}, day)


def _tier(levels: tuple[int, ...]) -> int:
    """0, the lower tier (CLB 7 or more in all four) or the upper (9 or more in all four)."""
    return 2 if min(levels) >= 9 else 1 if min(levels) >= 7 else 0


def _language_by_hand(answers: Answers, crs: dict[str, Any], column: int, day: dt.date) -> dict[str, Any]:
    """RULES.md 3 worked by hand for each designation of the first official language: (first language points,
    second language points, the transferability they lead to); and the French bonus."""
    best: dict[str, tuple[int, ...]] = {}
    for test in answers["tests"]:
        if _valid(test, day):
            language = "english" if test["test_kind"] in _ENGLISH else "french"
            levels = _levels(test)
            if language not in best or sum(_FIRST[n][column] for n in levels) > sum(
                    _FIRST[n][column] for n in best[language]):
                best[language] = levels
    details = crs["details"]
    level = answers.get("education_level", "less_than_secondary")
    counts = answers.get("education_where") in ("canada", "abroad_eca")
    upper = _UPPER.get(level, 0) if counts else 0
    years = int(answers["foreign_work"])
    foreign_upper = 50 if years >= 3 else 25 if years >= 1 else 0
    ways: dict[str, tuple[int, int, int]] = {}
    for first, levels in best.items():
        other = best.get("french" if first == "english" else "english")
        first_points = sum(_FIRST[n][column] for n in levels)
        second = min((22, 24)[column], sum(0 if n <= 4 else 1 if n <= 6 else 3 if n <= 8 else 6
                                           for n in other)) if other else 0
        tier = _tier(levels)
        education = {0: 0, 1: upper // 2 + (upper == 25), 2: upper}[tier]  # 13/25 or 25/50
        foreign = {0: 0, 1: foreign_upper // 2 + (foreign_upper == 25), 2: foreign_upper}[tier]
        certificate = 0
        if answers.get("certificate"):
            certificate = 50 if min(levels) >= 7 else 25 if min(levels) >= 5 else 0
        transfer = min(100, min(50, education + details["education_canadian_work"])
                       + min(50, foreign + details["foreign_work_canadian_work"]) + min(50, certificate))
        ways[first] = (first_points, second, transfer)
    french = best.get("french")
    english = best.get("english")
    bonus = 0 if french is None or min(french) < 7 else 50 if english is not None and min(english) >= 5 else 25
    return {"ways": ways, "bonus": bonus}


_COUNTED = {"en": r"First official language counted: (English|French)",
            "fr": r"Première langue officielle retenue : (l'anglais|le français)"}
_LANGUAGE_NAMES = {"English": "english", "French": "french", "l'anglais": "english", "le français": "french"}


def two_results(answers: Answers, result: dict[str, Any], said: dict[str, str], lang: str, day: dt.date) -> Found:
    """The CRS's languages against RULES.md 3 worked by hand, and the language the CRS message names."""
    crs = result.get("crs")
    if crs is None:
        return []
    found: Found = []
    column = 0 if crs["spouse"] or (answers.get("marital") in ("married", "common_law") and not answers.get(
        "spouse_citizen") and answers.get("spouse_accompanying") is True) else 1
    hand = _language_by_hand(answers, crs, column, day)
    details, ways = crs["details"], hand["ways"]
    if details["french"] != hand["bonus"]:
        found.append(("french_bonus", f"{lang}: {details['french']} vs {hand['bonus']}"))
    chosen = crs.get("first_language")
    if not ways:
        if details["first_language"] or details["second_language"]:
            found.append(("language_without_result", f"{lang}: {details['first_language']}"))
        return found
    best = max(sum(way) for way in ways.values())
    if chosen not in ways:
        found.append(("first_language_unknown", f"{lang}: {chosen} vs {sorted(ways)}"))
        return found
    first, second, transfer = ways[chosen]
    if (details["first_language"], details["second_language"]) != (first, second):
        found.append(("language_points", f"{lang}: {chosen} {details['first_language']}/"
                                         f"{details['second_language']} vs {first}/{second}"))
    if crs["transferability"] != transfer:
        found.append(("transferability_by_hand", f"{lang}: {chosen} {crs['transferability']} vs {transfer}"))
    if sum(ways[chosen]) < best:
        found.append(("first_language_scores_less", f"{lang}: {chosen} {ways}"))
    named = [_LANGUAGE_NAMES[n] for n in re.findall(_COUNTED[lang], said["crs_result"])]
    if details["second_language"] and named != [chosen]:
        found.append(("first_language_named", f"{lang}: {named} vs {chosen}"))
    return found


_SECOND = {"en": "as a second official language", "fr": "comme deuxième langue officielle"}
_THEN_FIRST = {"en": "would then count as your first official language",
               "fr": "qui compterait alors comme première langue officielle"}


def plan_languages(answers: Answers, result: dict[str, Any], lang: str) -> Found:
    """Each plan item that adds a test in the other language: called "a second official language" only when, with
    it, the CRS still counts today's language first (RULES.md 3: the designation that scores more is first)."""
    if result.get("crs") is None:
        return []
    profile = profile_for(copy.deepcopy(answers), TODAY, careful_favour(result))
    planned = assess(profile, lang, with_improvements=True, today=TODAY)
    data = profile.model_dump(mode="json")
    found: Found = []
    for item in planned.get("improvements") or []:
        if not re.fullmatch(r"(french_nclc|english_clb)\d+", item["id"]):
            continue
        other = item["id"].split("_")[0]
        after = assess(Profile.model_validate(merge_patch(copy.deepcopy(data), item["change"])), lang, today=TODAY)
        first = (after.get("crs") or {}).get("first_language")
        if first == other and _SECOND[lang] in item["text"]:
            found.append(("plan_second_but_first", f"{lang} {item['id']}: {item['text'][:90]}"))
        if first != other and _THEN_FIRST[lang] in item["text"]:
            found.append(("plan_first_but_second", f"{lang} {item['id']}: {item['text'][:90]}"))
    return found


# -- a provincial nomination, and no job offer points (RULES.md 3) ------------------------------------------------
_NOMINATION_LINE = {"en": r"• Provincial nomination: (\d+)", "fr": r"• Désignation provinciale : (\d+)"}
_JOB_OFFER = {"en": r"job offer|arranged employment", "fr": r"offre d'emploi|emploi réservé"}
_HIGH_WAGE = {"en": "high-wage occupation", "fr": "salaire élevé"}


def nomination(answers: Answers, result: dict[str, Any], said: dict[str, str], lang: str) -> Found:
    crs = result.get("crs")
    if crs is None:
        return []
    found: Found = []
    details = crs["details"]
    due = 600 if answers.get("nomination") else 0
    if details["provincial_nomination"] != due:
        found.append(("nomination_points", f"{lang}: {details['provincial_nomination']} vs {due}"))
    extra = sum(details[k] for k in ("provincial_nomination", "canadian_credential", "french", "sibling",
                                     "arranged_employment"))
    if crs["additional"] != min(600, extra):
        found.append(("additional_cap", f"{lang}: {crs['additional']} vs min(600, {extra})"))
    if details["arranged_employment"] != 0:
        found.append(("job_offer_points", f"{lang}: {details['arranged_employment']}"))
    line = [int(n) for n in re.findall(_NOMINATION_LINE[lang], said["crs_result"])]
    if line != ([600] if due else []):
        found.append(("nomination_line", f"{lang}: {line} vs {due}"))
    for item in [*(result.get("improvements") or []), *(result.get("paths") or [])]:
        change = json.dumps(item.get("change", {}))
        if "provincial_nomination" in change or "arranged" in change:
            found.append(("plan_offers_nomination", f"{lang}: {item.get('id') or item.get('steps')}"))
    for name in ("crs_result", "details", "plan", "crs chart", "verdict"):
        for sentence in re.split(r"(?<=[.!?])\s+|\n", said[name]):
            if re.search(_JOB_OFFER[lang], sentence, re.I) and _HIGH_WAGE[lang] not in sentence:
                found.append(("job_offer_said", f"{lang} {name}: {sentence[:90]}"))
    return found


# -- age on every day "What if I apply later?" offers ------------------------------------------------------------
def _column(result: dict[str, Any], answers: Answers) -> int:
    spouse = answers.get("marital") in ("married", "common_law") and answers.get("spouse_citizen") is False \
        and answers.get("spouse_accompanying") is True
    return 0 if spouse else 1


def _age_points(age: int, column: int) -> int:
    return _AGE.get(min(max(age, 17), 45), (0, 0))[column]


def _falling_birthday(born: dt.date, day: dt.date, column: int, within: dt.date) -> tuple[dt.date, int] | None:
    """The first birthday after `day`, up to `within`, whose age points are fewer than the year before's."""
    for age in range(age_on(born, day) + 1, 47):
        on = add_years(born, age)
        if on > within:
            return None
        if _age_points(age, column) < _age_points(age - 1, column):
            return on, age
    return None


def ages(answers: Answers, result: dict[str, Any], said: dict[str, str], lang: str) -> Found:
    """The age points today and on each day offered later, by hand; the birthday that costs points named alike by
    the warning, the plan and the reminders; the plan's figure for that day the CRS of an application made then."""
    crs = result.get("crs")
    if crs is None:
        return []
    found: Found = []
    c = catalog(lang)
    born = dt.date.fromisoformat(answers["birth"]["birth_date"])
    column = _column(result, answers)
    if crs["details"]["age"] != _age_points(age_on(born, TODAY), column):
        found.append(("age_today", f"{lang}: {crs['details']['age']} at {age_on(born, TODAY)}"))
    warning = next((w for w in result["warnings"] if w["id"] == "age_points_fall"), None)
    soon = _falling_birthday(born, TODAY, column, TODAY + dt.timedelta(days=122))  # about 4 months: cec_rules.json
    if (warning or {}).get("on") != (soon[0].isoformat() if soon else None):
        found.append(("age_warning_day", f"{lang}: {(warning or {}).get('on')} vs {soon}"))
    if soon is not None:
        for name in ("crs_result", "details", "reminders"):
            if c.date(soon[0]) not in said[name] and c.date(soon[0] - dt.timedelta(days=1)) not in said[name]:
                found.append((f"age_day_unsaid {name}", f"{lang}: {soon[0]}"))
    profile = profile_for(copy.deepcopy(answers), TODAY, careful_favour(result))
    planned = assess(profile, lang, with_improvements=True, today=TODAY)
    band = next((item for item in planned.get("improvements") or [] if item["id"] == "age_band"), None)
    later = _falling_birthday(born, TODAY, column, TODAY + dt.timedelta(days=366 * 6))
    # the same day as a year of Canadian work completes: one item, whose figure "also counts: your age"
    same_day = later is not None and any(item["when"] == later[0].isoformat() and item["id"].startswith(
        "work_year_") for item in planned.get("improvements") or [])
    if (band or {}).get("when") != (later[0].isoformat() if later else None) and not same_day:
        found.append(("plan_age_day", f"{lang}: {(band or {}).get('when')} vs {later}"))
    if band is not None and later is not None and band.get("when") == later[0].isoformat():
        then = result_for_answers(copy.deepcopy(answers), later[0], lang, today=TODAY)
        if then.get("crs") and then["crs"]["details"]["age"] != _age_points(later[1], column):
            found.append(("age_on_birthday", f"{lang}: {then['crs']['details']['age']} at {later[1]}"))
        kept = all(not _valid(t, TODAY) or _valid(t, later[0]) for t in answers["tests"])  # none taken again
        if then.get("crs") and kept and then["crs"]["total"] != band["crs_after"]:
            found.append(("plan_age_figure", f"{lang}: {band['crs_after']} vs {then['crs']['total']} on "
                                             f"{later[0]}"))
    return found


def later_days(answers: Answers, lang: str, days: list[dt.date]) -> Found:
    """'What if I apply later?' on each of `days`: the age points then by hand, a nomination's 600 kept, the
    CRS message naming the day, and someone not sure of Quebec told again that it holds only outside it."""
    found: Found = []
    c = catalog(lang)
    born = dt.date.fromisoformat(answers["birth"]["birth_date"])
    for day in days:
        screening = Screening(CRS_RESULT, copy.deepcopy(answers))
        reply = talk.plan(screening, day.isoformat(), lang, TODAY)
        shown = "\n".join(_plain(m.text) for m in (reply.messages if reply else []))
        result = talk.result_for(screening, lang, TODAY)
        crs = result.get("crs")
        if crs is None:
            continue
        age = age_on(born, day)
        if crs["details"]["age"] != _age_points(age, _column(result, answers)):
            found.append(("later_age", f"{lang} {day}: {crs['details']['age']} at {age}"))
        if crs["details"]["provincial_nomination"] != (600 if answers.get("nomination") else 0):
            found.append(("later_nomination", f"{lang} {day}"))
        if c.date(day) not in shown:
            found.append(("later_day_unsaid", f"{lang} {day}"))
        first = Screening(VERDICT, copy.deepcopy(screening.answers))
        glance = "\n".join(_plain(m.text) for m in talk.show(first, lang, TODAY).messages)
        if answers.get("quebec") == "unsure" and "Arrima" not in glance:
            found.append(("later_quebec_unsaid", f"{lang} {day}"))
    return found


# -- not sure about Quebec ----------------------------------------------------------------------------------------
_UNSURE_SUMMARY = {"en": "• Will live in Quebec: Not sure", "fr": "Québec"}


def quebec_unsure(answers: Answers, said: dict[str, str], lang: str) -> Found:
    if answers.get("quebec") != "unsure":
        return []
    c = catalog(lang)
    found: Found = []
    note = _plain(c.t("quebec_step.unsure_result"))
    if note not in said["verdict"]:
        found.append(("unsure_verdict", lang))
    if "quebec.ca/immigration" not in said["details"]:
        found.append(("unsure_details", lang))
    if c.t("unsure.button") not in said["summary"]:
        found.append(("unsure_summary", lang))
    return found


# -- English and French -------------------------------------------------------------------------------------------
_SAME_FIGURES = ("verdict", "crs_result", "details", "plan", "hours chart", "crs chart", "summary", "reminders")


def _on_purpose(text: str, lang: str) -> str:
    """Left out on purpose: the score with a French test at NCLC 7, given to someone who chats in French or took a
    French test (flows/result_view.py _french_at_nclc7: "a test at NCLC 7" reads to them as a French one)."""
    return re.sub(r", \d+ (?:in French|en français)", "", text)


def en_fr(said: dict[str, dict[str, str]]) -> Found:
    found: Found = []
    for name in _SAME_FIGURES:
        english = said["en"][name]
        if name == "crs_result" and "Admissibilité" not in said["fr"][name]:  # left out when long (round 5)
            english = re.sub(r"\nEligibility: [^\n]*", "", english)
        en, fr = set(_figures(_on_purpose(english, "en"), "en")), set(
            _figures(_on_purpose(said["fr"][name], "fr"), "fr"))
        if en != fr:
            found.append((f"en_fr {name}", f"{sorted(en - fr)[:4]} vs {sorted(fr - en)[:4]}"))
    return found


# -- the survey ---------------------------------------------------------------------------------------------------
# A figure of 1,000 or more written without its thousands separator ("1094" beside the CRS message's "1,094",
# "1 094" in French): CRS totals with a nomination pass 1,000. Years (19xx, 20xx) are not figures of that kind.
_BARE_THOUSANDS = re.compile(r"(?<![\d.,:/])(?<!\d[,\u202f\u00a0 ])\b(?!19\d\d\b|20\d\d\b)\d{4}\b(?![.,/:]\d)")


def number_formats(said: dict[str, str], lang: str) -> Found:
    return [("bare_thousands", f"{lang} {name}: {line[:120]}") for name, text in said.items() if name != "result"
            for line in text.split("\n") if _BARE_THOUSANDS.search(line)]


def check(answers: Answers, later: int = 2, rng: random.Random | None = None) -> Found:
    found: Found = []
    said: dict[str, dict[str, str]] = {}
    offered = plan_days(TODAY)
    days = (rng or random.Random(0)).sample(offered, later) if later else []
    for lang in ("en", "fr"):
        said[lang] = screens(Screening(CRS_RESULT, copy.deepcopy(answers)), lang)
        result = json.loads(said[lang]["result"])
        found += two_results(answers, result, said[lang], lang, TODAY)
        found += nomination(answers, result, said[lang], lang)
        found += ages(answers, result, said[lang], lang)
        found += quebec_unsure(answers, said[lang], lang)
        found += number_formats(said[lang], lang)
        found += plan_languages(answers, result, lang)
        found += later_days(answers, lang, days)
    found += en_fr(said)
    return found


def survey(answer_sets: list[Answers], later: int = 2) -> tuple[collections.Counter[str], dict[str, str]]:
    kinds: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    rng = random.Random(9)
    for number, answers in enumerate(answer_sets):
        for kind, detail in check(answers, later, rng):
            kinds[kind] += 1
            examples.setdefault(kind, f"answers {number}: {detail} {json.dumps(answers)}")
    return kinds, examples


# -- people who will live in Quebec, through `cec-screener assess` (RULES.md 8) -----------------------------------
def quebec_profile(rng: random.Random) -> dict[str, Any]:
    """Round 5's people at the edges (a partner, hours at the boundary, a birthday, a "not yet" day, a planned end,
    a physician or senior manager), living in Quebec; often nominated, often with a French result beside
    another."""
    from tests.flows.test_coherence_round5 import round5_profile

    data = round5_profile(rng)
    data["intends_to_live_in_quebec"] = True
    data["provincial_nomination"] = rng.random() < 0.3
    if rng.random() < 0.5:
        kind = rng.choice(_FRENCH)
        row = _MINIMA[kind][rng.randrange(7)]
        data["language_tests"] = [*data["language_tests"][:2], {
            "test": kind, "date": (TODAY - dt.timedelta(days=rng.randint(1, 700))).isoformat(),
            **dict(zip(_ABILITIES, row, strict=True))}]
    return data


def generate_quebec(count: int, seed_: int = 2093) -> list[str]:
    rng = random.Random(seed_)
    return [json.dumps(quebec_profile(rng), separators=(",", ":")) for _ in range(count)]


# Express Entry's steps, deadlines and rounds, none of them for someone who will live in Quebec (RULES.md 8)
_EXPRESS_ENTRY = {"en": r"in the pool|60 days to apply|Express Entry profile|you should qualify on|for now\b|"
                        r"reached the cut-off|invited in",
                  "fr": r"dans le bassin|60 jours pour présenter|profil Entrée express|"
                        r"vous devriez être admissible|pour le moment|atteint le seuil"}
# Quebec's route, said in each language: the PSTQ, Arrima, the PEQ closed since November 19, 2025
_ROUTE = {"en": ("PSTQ", "Arrima", "(PEQ) takes no new applications since November 19, 2025",
                 "https://www.quebec.ca/immigration"),
          "fr": ("PSTQ", "Arrima", "(PEQ) n'accepte plus de nouvelles demandes depuis le 19 novembre 2025",
                 "https://www.quebec.ca/immigration")}
# Express Entry's days and deadlines (eligibility/assess.py): when the hours or the level hold, a result lapsing
# before a "not yet" day, a planned end before it; none of them is for someone who will live in Quebec
_DEADLINES = {"hours_leave_window", "hours_leave_window_after_day", "language_level_rises",
              "language_level_rises_later", "language_level_rises_met", "language_level_rises_then_falls",
              "planned_end_before_eligible", "test_expires_before_eligible", "rounds_stale"}


def quebec_assess(raw: str) -> Found:
    found: Found = []
    texts: dict[str, str] = {}
    for lang in ("en", "fr"):
        outcome = assess_one(raw, lang, TODAY)
        result = json.loads(render(outcome, "json", lang))
        text = render(outcome, "text", lang)
        texts[lang] = text
        if result["verdict"] != "not_eligible" or result["eligible_on"] is not None:
            found.append(("quebec_verdict", f"{lang}: {result['verdict']} {result['eligible_on']}"))
        if next(c["met"] for c in result["criteria"] if c["id"] == "quebec"):
            found.append(("quebec_criterion_met", lang))
        if result.get("improvements") or result.get("paths") or result.get("crs_comparison"):
            found.append(("quebec_plan_or_rounds", lang))
        if [s["id"] for s in result["next_steps"]] != ["quebec_route"]:
            found.append(("quebec_steps", f"{lang}: {[s['id'] for s in result['next_steps']]}"))
        if extra := {w["id"] for w in result["warnings"]} & _DEADLINES:
            found.append(("quebec_warning", f"{lang}: {sorted(extra)}"))
        partner = result.get("partner_comparison")
        if partner and (partner["partner_eligible"] or "quebec" not in partner["partner_missing"]):
            found.append(("quebec_partner_eligible", f"{lang}: {partner['partner_missing']}"))
        found += [("quebec_route_unsaid", f"{lang}: {part}") for part in _ROUTE[lang] if part not in text]
        found += [("quebec_express_entry", f"{lang}: {s[:100]}") for s in re.split(r"(?<=[.!?])\s+|\n", text)
                  if re.search(_EXPRESS_ENTRY[lang], s)]
        if result.get("crs") and result["crs"]["details"]["provincial_nomination"] != (
                600 if json.loads(raw).get("provincial_nomination") else 0):
            found.append(("quebec_nomination", lang))
    en, fr = set(_figures(texts["en"], "en")), set(_figures(texts["fr"], "fr"))
    if en != fr:
        found.append(("quebec_en_fr", f"{sorted(en - fr)[:5]} vs {sorted(fr - en)[:5]}"))
    return found


# -- the tests ----------------------------------------------------------------------------------------------------
def test_two_results_a_nomination_and_a_birthday_read_the_same_on_every_screen() -> None:
    """30 sets of answers, each in English and French with two days of "What if I apply later?" (of 2,000
    surveyed: 4,000 renders of eight screens and 8,000 later days; found the plan's "second official language" for
    a result counted first and CRS figures of 1,000 or more without their separator, both below; none since. Said
    otherwise on purpose, not counted: the score with a French test given to someone who chats in French or took a
    French test, the French CRS message leaving out its eligibility line when long (round 5), and the plan's age
    warning folded into a year of work completing on the same birthday, "That figure also counts: your age")."""
    answer_sets = generate_round9(30)
    assert sum(len(a["tests"]) == 2 for a in answer_sets) >= 20 and any(a["nomination"] for a in answer_sets)
    kinds, examples = survey(answer_sets)
    assert not kinds, (dict(kinds), examples)


def test_people_in_quebec_read_quebecs_route_and_no_express_entry_path() -> None:
    """150 profiles through `assess` in JSON and text, English and French (of 2,000 surveyed, 8,000 renders:
    none found)."""
    found = [item for raw in generate_quebec(150) for item in quebec_assess(raw)]
    assert not found, found[:5]


def test_the_checkers_flag_spoiled_results(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first language that scores less, a nomination line left out, an age a year off on a later day, Quebec's
    route unsaid, an Express Entry step offered to someone in Quebec."""
    module = __import__(__name__, fromlist=["screens"])
    answers = next(a for a in generate_round9(60) if len(a["tests"]) == 2 and a["nomination"]
                   and result_for_answers(copy.deepcopy(a), TODAY, "en")["crs"]["details"]["second_language"])
    assert check(answers) == []
    real = module.screens

    def spoiled(screening: Screening, lang: str) -> dict[str, str]:
        said = real(screening, lang)
        result = json.loads(said["result"])
        crs = result["crs"]
        crs["first_language"] = "english" if crs["first_language"] == "french" else "french"
        said["result"] = json.dumps(result)
        said["crs_result"] = re.sub(_NOMINATION_LINE[lang], "", said["crs_result"])
        said["plan"] = re.sub(r"\b1,(\d{3})\b", r"1\1", said["plan"]) + "\n(now 1094)"
        return said

    monkeypatch.setattr(module, "screens", spoiled)
    kinds = {kind for kind, _ in check(answers, later=0)}
    assert {"nomination_line", "language_points", "bare_thousands"} <= kinds, kinds
    monkeypatch.setattr(module, "screens", real)

    real_age = module._age_points
    monkeypatch.setattr(module, "_age_points", lambda age, column: real_age(age, column) + 1)
    assert "later_age" in {kind for kind, _ in later_days(answers, "en", plan_days(TODAY)[:2])}
    monkeypatch.setattr(module, "_age_points", real_age)

    raw = generate_quebec(1)[0]
    real_render = module.render

    def no_route(outcome: Any, form: str, lang: str) -> str:
        said = real_render(outcome, form, lang)
        if form == "json":
            result = json.loads(said)
            result["next_steps"].append({"id": "create_profile", "text": "Create your Express Entry profile."})
            return json.dumps(result)
        return said.replace("Arrima", "").replace("PSTQ", "Express Entry profile")

    monkeypatch.setattr(module, "render", no_route)
    kinds = {kind for kind, _ in quebec_assess(raw)}
    assert {"quebec_steps", "quebec_route_unsaid", "quebec_express_entry"} <= kinds, kinds


# -- found: a CRS of 1,000 or more written "1094" on the plan and the CRS chart, "1,094" on the CRS message ------
# RULES.md 3: a provincial nomination adds 600, so a nominee's CRS is often 1,000 or more. Married, 29, a
# bachelor's with an ECA, IELTS CLB 9 and TCF Canada NCLC 7, 2 years of Canadian work, one abroad, nominated:
# 1,094. The CRS message said "CRS estimate: 1,094 points" ("1 094 points" in French) and /rounds "Compared with
# your latest CRS estimate, 1,094"; the plan said "What would raise your score (now 1094)" and "With this, 1114",
# the CRS chart "Your CRS of 1094" and "your 1094 was at or above it". Of 300 people of this round's kind, the 116
# nominated: 161 plan lines (also "a CRS of 1053" on a path), 85 CRS chart lines and 4 CRS messages ("at CLB 9:
# 1041 points" for someone without a valid test) in each language; none since. The figures now go through the
# catalog's number(), as the CRS message's (eligibility/improvements.py, paths.py, flows/improvements_view.py,
# chart_replies.py, result_view.py); the partner comparison, the note on CRS years resting on estimated hours, the
# note on a partner who may come and the CRS chart's legends passed their figure the same way: changed alike.
NOMINATED: Answers = {
    "quebec": False, "canadian_work": True,
    "jobs": [{"job_occupation": {"noc": "21232"}, "job_start": "2024-05-06", "job_ongoing": True, "job_hours": 40,
              "job_paid": True, "job_employee": True, "job_student": False, "job_authorized": True,
              "job_more": False}],
    "tests": [{"test_kind": "ielts_general", "test_date": "2026-03-02", "test_listening": 8.0, "test_reading": 7.0,
               "test_writing": 7.0, "test_speaking": 7.0, "test_more": True},
              {"test_kind": "tcf_canada", "test_date": "2026-06-15", "test_listening": 458, "test_reading": 453,
               "test_writing": 10, "test_speaking": 10, "test_more": False}],
    "birth": {"birth_date": "1996-12-20"}, "marital": "married", "spouse_citizen": False,
    "spouse_accompanying": True, "spouse_education": "bachelor", "spouse_test_kind": "none", "spouse_work": "0",
    "education_level": "bachelor", "education_where": "abroad_eca", "canadian_credential": "none",
    "foreign_work": "1", "certificate": False, "nomination": True, "sibling": False}
_THOUSANDS = {"en": ("What would raise your score (now 1,094)", "Your CRS of 1,094 against", "With this, 1,114"),
              "fr": ("Ce qui augmenterait votre score (actuellement 1 094)", "Votre score SCG de 1 094 comparé",
                     "Avec ce changement, 1 114")}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_crs_of_a_thousand_or_more_is_written_alike_on_every_screen(lang: str) -> None:
    said = screens(Screening(CRS_RESULT, copy.deepcopy(NOMINATED)), lang)
    assert json.loads(said["result"])["crs"]["total"] == 1094
    spaced = {name: text.replace("\u202f", " ").replace("\u00a0", " ") for name, text in said.items()}
    title, chart, item = _THOUSANDS[lang]
    assert title in spaced["plan"] and item in spaced["plan"], spaced["plan"]
    assert chart in spaced["crs chart"], spaced["crs chart"]
    assert catalog(lang).number(1094) in said["crs_result"]
    assert number_formats(said, lang) == []
    assert check(NOMINATED) == []


# -- found: "French as a second official language" for a French result that would be counted first ---------------
# RULES.md 3: "The person declares English or French as first; a screener should choose the designation that scores
# more." Common-law, 46, an IELTS at CLB 4 in all four (6 points an ability as the first language) and a TCF Canada
# at NCLC 5 in all four (6 too: English counted first, French 1 an ability as the second). The plan said "French as
# a second official language: TCF Canada at NCLC 7 or more in all four abilities (...): +61 points. This includes
# 25 additional points for French.": with that result the CRS counts French first (16 an ability, 64) and English
# second, as the CRS message would then say ("First official language counted: French"). Of 200 people of this
# round's kind, 77 read it, 91 of the 340 plan items that add a result in the other language, in each language;
# none since (eligibility/improvements.py: the item knows the language it would be counted as, improvements.*.toml
# first_french / first_english).
SECOND_BUT_FIRST: Answers = {
    "quebec": False, "canadian_work": True,
    "jobs": [{"job_occupation": {"noc": "13752"}, "job_start": "2024-12-21", "job_hours": 30, "job_paid": True,
              "job_employee": True, "job_student": False, "job_authorized": True, "job_ongoing": True,
              "job_more": False}],
    "tests": [{"test_kind": "tcf_canada", "test_date": "2026-03-30", "test_listening": 369, "test_reading": 375,
               "test_writing": 6, "test_speaking": 6, "test_more": True},
              {"test_kind": "ielts_general", "test_date": "2025-10-13", "test_listening": 4.5, "test_reading": 3.5,
               "test_writing": 4.0, "test_speaking": 4.0, "test_more": False}],
    "birth": {"birth_date": "1980-11-26"}, "marital": "common_law", "spouse_citizen": False,
    "spouse_accompanying": True, "spouse_education": "one_year", "spouse_test_kind": "none", "spouse_work": "0",
    "education_level": "two_year", "education_where": "abroad", "canadian_credential": "none", "foreign_work": "0",
    "certificate": False, "nomination": False, "sibling": False}
_THEN_FIRST_SAID = {
    "en": ("French, which would then count as your first official language: TCF Canada at NCLC 7 or more in all "
           "four abilities"),
    "fr": ("Le français, qui compterait alors comme première langue officielle : TCF Canada au NCLC 7 ou plus "
           "dans les quatre compétences")}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_result_in_the_other_language_that_would_count_first_is_never_called_second(lang: str) -> None:
    result = result_for_answers(copy.deepcopy(SECOND_BUT_FIRST), TODAY, lang)
    assert result["crs"]["first_language"] == "english"
    assert (result["crs"]["details"]["first_language"], result["crs"]["details"]["second_language"]) == (24, 4)
    profile = profile_for(copy.deepcopy(SECOND_BUT_FIRST), TODAY, careful_favour(result))
    items = {i["id"]: i for i in assess(profile, lang, with_improvements=True, today=TODAY)["improvements"]}
    assert _THEN_FIRST_SAID[lang] in items["french_nclc7"]["text"], items["french_nclc7"]["text"]
    after = assess(Profile.model_validate(merge_patch(profile.model_dump(mode="json"),
                                                      items["french_nclc7"]["change"])), lang, today=TODAY)
    assert after["crs"]["first_language"] == "french" and after["crs"]["details"]["first_language"] == 64
    assert plan_languages(SECOND_BUT_FIRST, result, lang) == []
