"""The coherence audit: what one person reads (the first screen, Details, the CRS message, the plan, the reminders
offered, the next steps) never contradicts itself or the engine's result.

Each kind of contradiction the audit found is pinned on one profile, hand-checked against RULES.md; a checker
then reads the texts of 200 seeded generated profiles (benchmarks/profiles.py) in English and French.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import subprocess
import sys
from html import unescape
from typing import Any

import pytest

from benchmarks.profiles import generate, generate_edges
from eligibility.assess import assess
from eligibility.charts_data import hours_timeline
from eligibility.explain import catalog as rules_catalog
from eligibility.language import add_years
from eligibility.merge_patch import merge_patch
from eligibility.profile import Profile
from eligibility.reminders import next_of_each_kind, schedule
from eligibility.rounds import seed
from flows.chart_replies import chart_photo
from flows.chart_replies import facts as chart_facts
from flows.improvements_view import MOST, _item_text, _order, _plan_context
from flows.questions import counts_nowhere
from flows.reminders import _lines
from flows.rendering import _ADDITIONAL_PARTS, _TRANSFERABILITY_PARTS, crs_text
from flows.result_view import glance
from flows.results import PLANNED_END_WARNING
from flows.texts import Catalog, catalog
from flows.verdict_text import planned_end_notes, verdict_text, verdict_title

AS_OF = "2026-11-27"


def _plain(text: str) -> str:
    return unescape(re.sub(r"<[^>]*>", "", text))


def _result(data: dict[str, Any], lang: str) -> tuple[Profile, dict[str, Any]]:
    profile = Profile.model_validate({"as_of": AS_OF, **data})
    return profile, assess(profile, lang, with_improvements=True, today=profile.as_of)


# -- a language level met today but not on the projected day ---------------------------------------------------
# RULES.md 1: the level follows the occupation with the most qualifying hours (IRPR 87.1(2)(e)). Today the TEER 2
# job leads (797 h against 104 h): CLB 5, which CLB 5/10/10/6 meets, so the line is ✅. On 2 October 2027, when the
# ongoing TEER 1 job brings the window to 1,560 h, that job leads: CLB 7, which listening 5 and speaking 6 miss.
# Details listed "CLB 7 ..." as a change while the first screen said only the hours: it now says why too.
LEVEL_RISES = {
    "birth_date": "1996-06-03", "marital_status": "single",
    "jobs": [{"noc": "11678", "start": "2026-10-29", "end": None, "hours_per_week": 25.0},
             {"noc": "32572", "start": "2023-06-08", "end": "2025-06-06", "hours_per_week": 10.0}],
    "language_tests": [{"test": "celpip_general", "date": "2025-02-03", "listening": 5, "reading": 11,
                        "writing": 10, "speaking": 6}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_level_met_today_but_not_on_the_projected_day_is_said_on_the_first_screen(lang: str) -> None:
    _, result = _result(LEVEL_RISES, lang)
    language = next(c for c in result["criteria"] if c["id"] == "language")
    assert language["met"] and result["required_clb"] == 5
    assert [change["criterion"] for change in result["what_would_change"]] == ["work_experience", "language"]
    rises = next(w["text"] for w in result["warnings"] if w["id"] == "language_level_rises")
    c = catalog(lang)
    line = next(line for line in _plain(glance(result, lang)).split("\n")
                if line.startswith("✅ " + c.t("verdict.criterion.language")))
    assert rises in line
    assert re.search(r"(CLB|NCLC) 7", rises) and c.date(dt.date(2027, 10, 2)) in rises
    assert _plain(glance(result, lang)).count(rises) == 1  # said once on the screen


# -- a score at a cut-off, for someone not eligible -------------------------------------------------------------
# RULES.md 1 and 5: only someone who meets every CEC requirement can be invited in its rounds. Speaking at CLB 4
# (TCF Canada speaking 4) misses the CLB 5 their TEER 3 job needs; the nomination puts the CRS far above 518.
NOT_ELIGIBLE_HIGH = {
    "birth_date": "1980-09-18", "marital_status": "single", "provincial_nomination": True,
    "jobs": [{"noc": "63200", "start": "2023-10-12", "end": None, "hours_per_week": 30.0}],
    "language_tests": [{"test": "tcf_canada", "date": "2026-07-31", "listening": 662, "reading": 680,
                        "writing": 6, "speaking": 4}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_score_above_the_cut_off_is_no_invitation_for_someone_not_eligible(lang: str) -> None:
    _, result = _result(NOT_ELIGIBLE_HIGH, lang)
    assert result["verdict"] == "not_eligible"
    comparison = result["crs_comparison"]
    assert comparison["difference"] > 0 and comparison["recent"]["would_be_invited"] > 0
    first = rules_catalog(lang).t("crs.not_in_pool")
    assert first in comparison["explanation"]
    assert first in _plain(crs_text(result, lang)) and first in _plain(verdict_text(result, lang))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_eligible_person_above_the_cut_off_reads_no_such_caution(lang: str) -> None:
    test = {**NOT_ELIGIBLE_HIGH["language_tests"][0], "speaking": 10}  # TCF speaking 10: NCLC 7
    eligible = {**NOT_ELIGIBLE_HIGH, "language_tests": [test]}
    _, result = _result(eligible, lang)
    assert result["verdict"] == "eligible" and result["crs_comparison"]["difference"] > 0
    assert rules_catalog(lang).t("crs.not_in_pool") not in result["crs_comparison"]["explanation"]


# -- a needed test that adds no points, under "What would raise your score" -----------------------------------
# RULES.md 1: the TEER 2 job needs CLB 5 in each ability; CELPIP speaking 4 is CLB 4. RULES.md 3: a single person's
# first-language speaking earns the same points at CLB 4 and CLB 5, so the needed test adds nothing to the CRS. The
# plan said "...: 0 points." (in French "0 points", a plural French never puts after 0) under its "raise" title.
ZERO_GAIN_NEEDED = {
    "birth_date": "2001-01-09", "marital_status": "single",
    "jobs": [{"noc": "02268", "start": "2020-12-21", "end": None, "hours_per_week": 20.0}],
    "language_tests": [{"test": "celpip_general", "date": "2025-01-21", "listening": 9, "reading": 6,
                        "writing": 8, "speaking": 4}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_needed_test_that_adds_no_points_is_said_as_adding_none(lang: str) -> None:
    _, result = _result(ZERO_GAIN_NEEDED, lang)
    assert result["verdict"] == "not_eligible" and result["required_clb"] == 5
    needed = result["improvements"][0]
    assert needed["id"] == "retake_all_clb5" and needed["gain"] == 0
    assert needed["crs_after"] == result["crs"]["total"]
    assert needed["text"].startswith(rules_catalog(lang).t("article.required", what="").strip())
    assert rules_catalog(lang).t("improvements.no_points") in needed["text"]  # then "any approved test" follows
    assert not re.search(r"(?<![\d.,])0 points?", needed["text"]) and "+" not in needed["text"]


# -- the checker ---------------------------------------------------------------------------------------------
_DATE = {"en": r"(?:January|February|March|April|May|June|July|August|September|October|November|December) "
                r"\d{1,2}, \d{4}",
         "fr": r"\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
               r"décembre) \d{4}"}


def _sentences(text: str) -> list[str]:
    found = []
    for line in _plain(text).split("\n"):
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", line) if len(s.strip()) > 25]
    return found


# What a language line says by itself: no valid result, or one that has run out or will before the application.
_LANGUAGE_SAID = {"en": r"no valid result|expired on|expires on",
                  "fr": r"aucun résultat valide|a expiré|expire le"}


def contradictions(raw: str, lang: str) -> list[tuple[str, str]]:
    """Each contradiction between the texts one person reads for this profile, as (kind, detail)."""
    profile = Profile.model_validate_json(raw)
    result = as_the_chat_reads(profile, assess(profile, lang, with_improvements=True, today=profile.as_of), lang)
    c = catalog(lang)
    found: list[tuple[str, str]] = []
    first, details = glance(result, lang), verdict_text(result, lang)
    crs = result["crs"]
    scored = crs_text(result, lang)
    criteria = {criterion["id"]: criterion for criterion in result["criteria"]}
    quebec = not criteria["quebec"]["met"]
    verdict, steps = result["verdict"], {step["id"] for step in result["next_steps"]}
    items = _order(result["improvements"])[:MOST]
    reminders = schedule(profile, result, profile.as_of, profile.as_of)
    first_of: dict[str, Any] = {}
    for reminder in reminders:
        first_of.setdefault(reminder.kind, reminder)
    # a requirement shown met while a change for it is listed, the first screen not saying why
    for change in result["what_would_change"]:
        if criteria[change["criterion"]]["met"]:
            line = next(line for line in _plain(first).split("\n")
                        if c.t(f"verdict.criterion.{change['criterion']}") in line)
            if not any(w["text"] in line for w in result["warnings"] if w["id"].startswith("language_level")):
                found.append(("met_but_change", change["criterion"]))
    # the outcome against the next steps and changes
    if verdict == "eligible" and (result["what_would_change"] or {"keep_working", "create_profile_later"} & steps):
        found.append(("eligible_but_wait", ""))
    if verdict != "eligible" and "create_profile" in steps:
        found.append(("create_profile_not_eligible", verdict))
    if verdict != "eligible" and not result["what_would_change"] and not quebec:
        found.append(("not_eligible_nothing_to_change", verdict))
    # one event, one day: the verdict's dates against the reminders offered
    for kind, day in (("eligible", result["eligible_on"]), ("hours", result.get("work_met_until")),
                      ("level", result.get("language_met_until"))):
        if day and kind in first_of and first_of[kind].event.isoformat() != day:
            found.append((f"date_{kind}", f"{day} vs {first_of[kind].event}"))
    for warning in result["warnings"]:
        if (warning["id"] == "age_points_fall" and "birthday" in first_of
                and first_of["birthday"].event.isoformat() != warning["on"]):
            found.append(("date_birthday", f"{warning['on']} vs {first_of['birthday'].event}"))
    said_first, said_in_details = _plain(first), _plain(details)
    found += [("date_only_on_first_screen", day) for day in set(re.findall(_DATE[lang], said_first))
              - set(re.findall(_DATE[lang], said_in_details))]  # the first screen is a part of Details
    if "eligible" in first_of and c.date(first_of["eligible"].event) not in said_first:
        found.append(("date_eligible_not_on_first_screen", str(first_of["eligible"].event)))
    changes = result["what_would_change"]
    # a test short of the level: the first screen gives the levels on the language line, so the level needed must
    # be said there or in what to do ("about 339 more hours" alone read as all there was to do)
    if (not criteria["language"]["met"] and not quebec and not (result.get("approximate") or {}).get("decisive")
            and not re.search(_LANGUAGE_SAID[lang], said_first)
            and not re.search(rf"(CLB|NCLC) {result['required_clb'] or 5}\b", said_first)):
        found.append(("language_need_unsaid", verdict))
    if changes and changes[0]["criterion"] == "language" and "language_test" not in steps:
        found.append(("test_to_do_but_no_test_step", verdict))
    for kind in ("test_90", "test_30"):
        expires = first_of[kind].details.get("expires") if kind in first_of else None
        if expires and (first_of[kind].due + dt.timedelta(days=int(kind[-2:])) != dt.date.fromisoformat(expires)
                        or expires != _plus_two(first_of[kind].details["taken"])):  # the days the line says
            found.append(("reminder_days", f"{kind}: {first_of[kind].due} {expires}"))
        if expires and c.date(dt.date.fromisoformat(expires)) not in _plain(details):
            found.append(("date_test_expiry", expires))
    # one CRS figure
    for name, text in (("details", details), ("crs", scored)):
        said = re.findall(r"(?:CRS of|CRS estimate:|SCG estimé \(|estimation du SCG :)\s*(\d[\d,\s]*)",
                          _plain(text), flags=re.I)
        found += [("crs_figure", f"{name}: {n}") for n in said if int(re.sub(r"\D", "", n)) != crs["total"]]
    for item in items:  # a gain of 0 or less is never said as points gained under "What would raise your score"
        if item["kind"] == "step" and (item["crs_after"] - item["gain"] != crs["total"] or (
                item["gain"] <= 0 and re.search(r"(?<![\d.,])[+−]?0 points?|\+", item["text"]))):
            found.append(("plan_gain", item["id"]))
    # rounds: none compared for Quebec; an invitation never implied to someone not eligible
    comparison = result.get("crs_comparison")
    if quebec and (comparison or items):
        found.append(("rounds_quebec", ""))
    if (comparison and verdict != "eligible"
            and (comparison["difference"] >= 0 or comparison["recent"]["would_be_invited"])
            and rules_catalog(lang).t("crs.not_in_pool") not in comparison["explanation"]):
        found.append(("rounds_not_eligible", verdict))
    # the same sentence twice on one screen
    screens = [first, details, scored, _lines(next_of_each_kind(reminders), c, profile.as_of)]
    screens += [_plan_item(item, result, c) for item in items]
    for text in screens:
        found += [("said_twice", s) for s, n in collections.Counter(_sentences(text)).items() if n > 1]
    texts = [item["text"] for item in items]
    found += [("plan_item_twice", t) for t in set(texts) if texts.count(t) > 1]
    found += _round2(profile, result, lang, first, details, scored, items)
    named = {"first": first, "details": details, "crs": scored, "reminders": screens[3],
             **{f"plan {n}": text for n, text in enumerate(screens[4:])},
             **({"path": (result.get("paths") or [{}])[0].get("text", "")} if result.get("paths") else {}),
             "hours chart": "\n".join([*chart_facts(chart_photo("hours", profile, lang) or {}),
                                       *planned_end_notes(result, c)])}
    if (crs_photo := chart_photo("crs", profile, lang)) is not None:
        named["crs chart"] = "\n".join(chart_facts(crs_photo))
    return found + round3(profile, result, lang, {name: _plain(text) for name, text in named.items()})


# Round 2 (rules found by reading the screens as the person would).
_EXPIRY = {"en": rf"of ({_DATE['en']}) (?:converts[^;]*; it expires on|expired on|expires on) ({_DATE['en']})",
           "fr": rf"du ({_DATE['fr']}) (?:correspond[^;]*; il expire le|a expiré le|expire le) ({_DATE['fr']})"}
_CEC_ROUNDS = {"en": r"(?:last|all|of those|the) (\d+) (?:of the last )?(?:Canadian Experience Class )?rounds",
               "fr": r"(?:des|Lors des|chacune des) (\d+) dernières rondes(?! de cette catégorie de langue)"}
_ELIGIBLE_SAID = {"en": "You appear eligible", "fr": "Vous semblez admissible"}
_PARTS = {"en": r"Core (\d+) · spouse (\d+) · skill transferability (\d+) · additional (\d+)",
          "fr": r"Facteurs de base (\d+) · époux ou conjoint de fait (\d+) · "
                r"transférabilité des compétences (\d+) · points supplémentaires (\d+)"}


def _iso_dates(text: str, lang: str) -> list[str]:
    return [_parse_date(said, lang).isoformat() for said in re.findall(_DATE[lang], text)]


_MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"],
           "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre"]}


def _parse_date(said: str, lang: str) -> dt.date:
    if lang == "en":
        month, day, year = re.match(r"(\w+) (\d+), (\d+)", said).groups()  # type: ignore[union-attr]
    else:
        day, month, year = re.match(r"(\d+)(?:er)? (\w+) (\d+)", said).groups()  # type: ignore[union-attr]
    return dt.date(int(year), _MONTHS[lang].index(month) + 1, int(day))


def _plan_item(item: dict[str, Any], result: dict[str, Any], c: Catalog) -> str:
    """A plan item as flows/improvements_view.py _plan_message shows it to this person."""
    return _item_text(item, 1, c, **_plan_context(result))


def _plus_two(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return (day.replace(year=day.year + 2) if (day.month, day.day) != (2, 29) else dt.date(day.year + 2, 3, 1)
            ).isoformat()


def _hours_reached(profile: Profile, iso: str) -> bool:
    """Whether the engine, asked on that day and the day before, says the hours are reached on that day (a
    projected day it gives only in words)."""
    def met(day: dt.date) -> bool:
        later = Profile.model_validate({**profile.model_dump(mode="json"), "as_of": day.isoformat()})
        return next(c["met"] for c in assess(later, "en", today=day)["criteria"] if c["id"] == "work_experience")
    day = dt.date.fromisoformat(iso)
    return met(day) and not met(day - dt.timedelta(days=1))


def _figures(text: str, lang: str) -> collections.Counter[str]:
    """The figures of a text (dates read as days, thousands separators dropped), to compare EN with FR."""
    plain = re.sub(_DATE[lang], lambda m: _parse_date(m.group(0), lang).isoformat().replace("-", "/"),
                   _plain(text))
    plain = re.sub(r"(?<=\d)[,\u202f\u00a0 ](?=\d{3}\b)", "", plain)
    if lang == "fr":  # "6,0" is "6.0"; "rapporté aucun point" is "scored 0"
        plain = re.sub(r"(?<=\d),(?=\d\b)", ".", plain).replace("rapporté aucun point", "rapporté 0")
    return collections.Counter(re.findall(r"\d{4}/\d\d/\d\d|\d+(?:[.,]\d)?", plain))


def _round2(profile: Profile, result: dict[str, Any], lang: str, first: str, details: str, scored: str,
            items: list[dict[str, Any]]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    c = catalog(lang)
    said_first, said_details = _plain(first), _plain(details)
    criteria = {criterion["id"]: criterion for criterion in result["criteria"]}
    # every ❌ requirement has what to do on the first screen, or its own line says it
    quebec = not criteria["quebec"]["met"]  # Quebec selects its own workers: nothing to do for the CEC
    todo = next((line for line in said_first.split("\n") if line.startswith("👉")), "")
    for line in said_first.split("\n")[1:]:  # the first line is the verdict
        if quebec or not line.startswith("❌ ") or re.search(_LANGUAGE_SAID[lang], line):
            continue
        what = {"work_experience": r"hours|heures", "language": r"CLB|NCLC|test"}
        criterion = next(k for k in what if line.startswith("❌ " + c.t(f"verdict.criterion.{k}")))
        if not re.search(what[criterion], todo):
            found.append(("cross_without_todo", line[:60]))
    # a level said as needed is the engine's level
    for level in re.findall(r"(?:CLB|NCLC) (\d+) (?:is needed|applies|est exigé|s'applique)", said_details):
        if result["required_clb"] and int(level) != result["required_clb"]:
            found.append(("level_said", f"{level} vs {result['required_clb']}"))
    # the hours short said on the first screen are 1,560 less the hours said there
    number = r"(\d[\d,\u202f\u00a0 ]*\d|\d)"
    have = re.findall(rf"{number} (?:qualifying hours;|heures admissibles ;)", said_first)
    short = re.findall(rf"(?:About|Environ) {number} (?:more qualifying hours|heures admissibles de plus)",
                       said_first)
    if have and short and sum(int(re.sub(r"\D", "", n)) for n in (have[0], short[0])) != 1560:
        found.append(("hours_short", f"{have[0]} + {short[0]}"))
    # a level needed said on the first screen is the engine's (or the level the warning says it rises to)
    rises = [w for w in result["warnings"] if w["id"] == "language_level_rises"]
    for level in re.findall(r"(?:CLB|NCLC) (\d+) (?:in|en) (?!all|les)", said_first):
        if result["required_clb"] and int(level) != result["required_clb"] and not rises:
            found.append(("level_first_screen", f"{level} vs {result['required_clb']}"))
    # every day on the first screen is a day of the engine's result or of the answers
    known = set(re.findall(r"\d{4}-\d\d-\d\d", repr(result) + profile.model_dump_json()))
    for day in _iso_dates(said_first, lang):
        if day not in known and not any(day == _plus_two(k) for k in known) and not _hours_reached(profile, day):
            found.append(("day_unknown", day))
    # the CRS parts shown add up to the total
    for name, text in (("details", said_details), ("crs", _plain(scored))):
        for parts in re.findall(_PARTS[lang], text):
            if sum(map(int, parts)) != result["crs"]["total"]:
                found.append(("crs_parts_sum", f"{name}: {parts} vs {result['crs']['total']}"))
    # the outcome the CRS message ends with is the outcome of the first screen, word for word
    title = verdict_title(result, c)
    reminder = c.t("verdict.reminder", title=title[:1].lower() + title[1:] if lang == "fr" else title)
    if c.t("verdict.reminder", title="").strip(" .") in _plain(scored) and reminder not in _plain(scored):
        found.append(("crs_outcome", result["verdict"]))
    # the lines shown under the CRS message add up to its parts (skill transferability and additional points
    # only after their caps, which a note then says; RULES.md 3)
    shown = {name: int(n) for name in result["crs"]["details"]
             for n in re.findall(rf"• {re.escape(c.t('pair', label=c.t(f'crs_detail.{name}'), value=''))}(\d+)",
                                 _plain(scored))}
    capped = c.t("verdict.crs_capped") in _plain(scored)
    crs = result["crs"]
    for part, names in (("transferability", _TRANSFERABILITY_PARTS), ("additional", _ADDITIONAL_PARTS),
                        ("core", None)):
        listed = sum(n for name, n in shown.items() if (name in names if names else
                                                        name not in _TRANSFERABILITY_PARTS + _ADDITIONAL_PARTS))
        due = crs["core"] + crs["spouse"] if names is None else crs[part]
        if listed < due or (listed > due and not capped):
            found.append(("crs_lines_sum", f"{part}: {listed} vs {due}"))
    # a test's expiry said is its date + 2 years
    for taken, expires in re.findall(_EXPIRY[lang], said_first + "\n" + said_details):
        day = _parse_date(taken, lang)
        due = day.replace(year=day.year + 2) if (day.month, day.day) != (2, 29) else dt.date(day.year + 2, 3, 1)
        if _parse_date(expires, lang) != due:
            found.append(("expiry_said", f"{taken} -> {expires}"))
    # a count of Canadian Experience Class rounds is the count compared
    comparison = result.get("crs_comparison")
    if comparison:
        of = comparison["recent"]["rounds"]
        texts = [said_details, _plain(scored)] + [item["text"] for item in items]
        texts += [_plan_item(item, result, c) for item in items]
        for text in texts:
            found += [("round_count", f"{n} vs {of}") for n in re.findall(_CEC_ROUNDS[lang], _plain(text))
                      if int(n) != of]
    # no "eligible" wording beside a verdict that is not
    if result["verdict"] != "eligible":
        for name, text in (("first", said_first), ("details", said_details), ("crs", _plain(scored))):
            if _ELIGIBLE_SAID[lang] in text:
                found.append(("eligible_said", name))
    # a plan line never says a change "would have reached the cut-off" to someone not eligible without "once you
    # are eligible" (RULES.md 1 and 5: only someone who meets every requirement is in the pool)
    if result["verdict"] == "not_eligible":
        later = c.t("improvements.view.rounds_later", total="{t}", invited=1, rounds=2).split("2")[-1].strip(" .")
        for item in items:
            rounds = item.get("recent_rounds") or {}
            shown = _plain(_plan_item(item, result, c))
            if item["kind"] == "step" and rounds.get("invited") and later not in shown:
                found.append(("plan_rounds_not_eligible", item["id"]))
    # no plan item whose gain is 0 (or less) said with points gained
    for item in items:
        if item["gain"] <= 0 and re.search(r"\+\s?\d", _plan_item(item, result, c)):
            found.append(("zero_gain_said", item["id"]))
    # French puts a plain space before : ; ? ! (a clock time or a link aside)
    if lang == "fr":
        for name, text in (("first", first), ("details", details), ("crs", scored)):
            plain = re.sub(r"https?://\S+", "", _plain(text))
            found += [("fr_spacing", f"{name}: {hit}") for hit in re.findall(r"\D[;:?!]", plain)
                      if not hit[0].isspace()]
    # French and English give the same figures and days
    if lang == "fr":
        english = as_the_chat_reads(
            profile, assess(profile, "en", with_improvements=True, today=profile.as_of), "en")
        pairs = [(name, render(english, "en"), render(result, "fr"))
                 for name, render in (("first", glance), ("details", verdict_text), ("crs", crs_text))]
        pairs += [(f"plan {n}", _plan_item(a, english, catalog("en")),
                   _plan_item(b, result, c))
                  for n, (a, b) in enumerate(zip(_order(english["improvements"])[:MOST], items, strict=True))]
        for name, in_english, in_french in pairs:
            gap = _figures(in_english, "en") - _figures(in_french, "fr")
            gap += _figures(in_french, "fr") - _figures(in_english, "en")
            if gap:
                found.append(("en_fr_figures", f"{name}: {dict(gap)}"))
    return found


def test_the_checker_flags_a_sentence_said_twice_and_a_second_crs_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker itself, on texts spoiled on purpose: a first screen saying its last line twice, a CRS message
    naming another total."""
    raw = generate(1)[0]
    assert contradictions(raw, "en") == []
    module = __import__(__name__, fromlist=["glance"])
    real_glance, real_crs = module.glance, module.crs_text
    monkeypatch.setattr(module, "glance", lambda r, lang: (lambda t: f"{t}\n{t.split(chr(10))[-1]}")(
        real_glance(r, lang)))
    monkeypatch.setattr(module, "crs_text",
                        lambda r, lang: real_crs(r, lang) + f"\nYour CRS of {r['crs']['total'] + 1}.")
    kinds = {kind for kind, _ in contradictions(raw, "en")}
    assert kinds == {"said_twice", "crs_figure"}


def test_no_contradiction_in_200_varied_profiles_in_english_and_french() -> None:
    kinds: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    for number, raw in enumerate(generate(200)):
        for lang in ("en", "fr"):
            for kind, detail in contradictions(raw, lang):
                kinds[kind] += 1
                examples.setdefault(kind, f"profile {number} ({lang}): {detail}")
    assert not kinds, (dict(kinds), examples)


def test_the_round2_rules_flag_spoiled_parts_rounds_eligible_wording_and_figures(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The round 2 rules on texts spoiled on purpose, for a person not eligible (generated profile 3): CRS parts
    and lines that do not add up, a round count other than the rounds compared, "eligible" wording, a French figure
    the English screen does not give."""
    raw = generate(4)[3]
    assert contradictions(raw, "en") == [] and contradictions(raw, "fr") == []
    module = __import__(__name__, fromlist=["glance"])
    real_glance, real_crs = module.glance, module.crs_text
    monkeypatch.setattr(module, "crs_text", lambda r, lang: real_crs(r, lang).replace("Age: 110", "Age: 111") + (
        "\nCore 1 · spouse 0 · skill transferability 0 · additional 0\nIn the last 99 Canadian Experience Class "
        "rounds." if lang == "en" else ""))
    monkeypatch.setattr(module, "glance", lambda r, lang: real_glance(r, lang) + (
        "\nYou appear eligible." if lang == "en" else "\nEnviron 4321 heures."))
    assert {kind for kind, _ in contradictions(raw, "en")} == {"crs_parts_sum", "crs_lines_sum", "round_count",
                                                               "eligible_said"}
    kinds = {kind for kind, _ in contradictions(raw, "fr")}
    assert "en_fr_figures" in kinds


def test_the_round2_rules_flag_a_wrong_expiry_hours_short_and_an_unknown_day(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated profile 3 (CELPIP of June 6, 2025; 150 hours, about 1,410 short), its texts spoiled on purpose."""
    raw = generate(4)[3]
    module = __import__(__name__, fromlist=["glance"])
    real_glance, real_details = module.glance, module.verdict_text
    monkeypatch.setattr(module, "verdict_text", lambda r, lang: real_details(r, lang).replace(
        "it expires on June 6, 2027", "it expires on June 7, 2027"))
    monkeypatch.setattr(module, "glance", lambda r, lang: real_glance(r, lang).replace(
        "About 1,410 more", "About 1,400 more") + "\nOn March 3, 2031.")
    kinds = {kind for kind, _ in contradictions(raw, "en")}
    assert {"expiry_said", "hours_short", "day_unknown"} <= kinds


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_crs_message_of_someone_who_will_live_in_quebec_never_says_for_now(lang: str) -> None:
    """RULES.md 8: Quebec selects its own skilled workers, so the CEC verdict is never "for now". Generated profile
    13 plans to live in Quebec; its CRS message ended with "Not eligible ... for now" under the first screen's
    "which is for people who will live outside Quebec"."""
    profile = Profile.model_validate_json(generate(14)[13])
    result = assess(profile, lang, with_improvements=True, today=profile.as_of)
    assert profile.intends_to_live_in_quebec and result["verdict"] == "not_eligible"
    c = catalog(lang)
    quebec = c.t("verdict.title.quebec")
    scored = _plain(crs_text(result, lang))
    assert (quebec[:1].lower() + quebec[1:] if lang == "fr" else quebec) in scored
    assert c.t("verdict.title.not_eligible") not in scored
    assert (c.t("verdict.title.not_eligible")[:1].lower() + c.t("verdict.title.not_eligible")[1:]) not in scored


# -- round 3: a job's planned end, a test lapsing soon, the way to an invitation, the rounds compared, the days --
def as_the_chat_reads(profile: Profile, result: dict[str, Any], lang: str) -> dict[str, Any]:
    """The result as flows/results.py gives it to the chat for these answers: each job still going with a planned
    end is the engine's own (`planned_ends`: every job ending after the application day here), said beside the
    hours instead of the engine's warning; for a "not yet" day, the jobs going on with no end given
    (`open_ended_jobs`)."""
    answers = {"jobs": [{"job_occupation": {"noc": job.noc} if job.noc else {"teer": job.teer},
                         "job_paid": job.paid,
                         "job_employee": not job.self_employed or job.physician_fee_for_service,
                         "job_fee_for_service": job.physician_fee_for_service,
                         "job_student": job.full_time_student} for job in profile.jobs]}
    going = [n + 1 for n, job in enumerate(profile.jobs) if job.end is None and counts_nowhere(answers["jobs"][n])
             is None] if result["verdict"] == "not_yet_eligible" else []
    warnings = [w for w in result["warnings"] if w["id"] != PLANNED_END_WARNING]
    return {**result, "warnings": warnings, **({"open_ended_jobs": going} if going else {})}


def _work_met_on(profile: Profile, day: dt.date) -> bool:
    """The engine's own answer for an application made on `day`, the jobs going on as given."""
    later = Profile.model_validate({**profile.model_dump(mode="json"), "as_of": day.isoformat()})
    return next(c["met"] for c in assess(later, "en", today=day)["criteria"] if c["id"] == "work_experience")


def _hours_by_hand(profile: Profile, day: dt.date, years: int = 3) -> float | None:
    """The qualifying hours of an application made on `day`, counted here day by day from RULES.md 1 (paid work as
    an employee in Canada, authorized, not a full-time student, TEER 0-3; hours_per_week / 7 a day, at most 30 h a
    week over all jobs; the 3 years before the day, or the CRS's 10), not by the engine; None for studies ending
    during a job."""
    daily: collections.Counter[int] = collections.Counter()
    first = add_years(day, -years).toordinal()
    for job in profile.jobs:
        if job.full_time_student_until is not None:
            return None
        teer = int(job.noc[1]) if job.noc else job.teer
        if not job.in_canada or not job.paid or (job.self_employed and not job.physician_fee_for_service) or (
                job.full_time_student or not job.authorized or teer not in (0, 1, 2, 3)):
            continue
        last = min(job.end.toordinal() + 1 if job.end else day.toordinal(), day.toordinal())
        for ordinal in range(max(job.start.toordinal(), first), last):
            daily[ordinal] += job.hours_per_week / 7
    return sum(min(hours, 30 / 7) for hours in daily.values())


_JOB = {"en": r"\b[Jj]ob {n}\b", "fr": r"\b[Ee]mploi {n}\b"}
_ENDED = {"en": r"\b(?:ended|finished|stopped|was over|left)\b",
          "fr": r"s'est terminé|a pris fin|a fini|s'est achevé|avez quitté"}
_LOOSE_DATE = {"en": r"\b([A-Z][a-z]+) (\d{1,2}), (\d{4})\b", "fr": r"\b(\d{1,2})(?:er)? ([a-zéû]+) (\d{4})\b"}
_COMPARED = {"en": r"CRS of (\d+) (?:is (\d+) points? (above|below)|(equals)) the lowest score invited in the "
                   r"latest Canadian Experience Class round \((\d+), ([^)]+)\)",
             "fr": r"score SCG estimé \((\d+)\) (?:(dépasse) de (\d+) points?|est (inférieur) de (\d+) points?|"
                   r"(est égal)) (?:au?|le) score minimal de la dernière ronde de la catégorie de l'expérience "
                   r"canadienne \((\d+), le ([^)]+)\)"}
_RANGE = {"en": r"In the last (\d+) Canadian Experience Class rounds \(since ([^)]+)\), the lowest score invited "
                r"ranged from (\d+) to (\d+); your estimate reached the cut-off in (all|none|\d+) of them",
          "fr": r"Lors des (\d+) dernières rondes de cette catégorie \(depuis le ([^)]+)\), ce score minimal a "
                r"varié de (\d+) à (\d+) ; votre score estimé (?:aurait atteint le seuil dans (chacune|\d+) d'|"
                r"n'aurait atteint le seuil dans (aucune) d')elles"}
# a CRS of 1,000 or more with its thousands separator ("1,035", "1 035"), as every screen writes it (round 9)
_PATH_CRS = {"en": r"a CRS of (\d{1,3}(?:,\d{3})+|\d+)",
             "fr": r"score SCG de (\d{1,3}(?:[\u202f\u00a0 ]\d{3})+|\d+)"}
_PATH_ALL = {"en": r"at or above the cut-off of all (\d+) of the last",
             "fr": r"au seuil de chacune des (\d+) dernières"}
_PATH_WHEN = {"en": rf"It can be done by ({_DATE['en']})", "fr": rf"C'est possible d'ici le ({_DATE['fr']})"}


def round3(profile: Profile, result: dict[str, Any], lang: str, screens: dict[str, str]
           ) -> list[tuple[str, str]]:
    """The round 3 rules on the result as the chat reads it and the plain texts of its screens (by name)."""
    found: list[tuple[str, str]] = []
    c = catalog(lang)
    as_of, verdict = profile.as_of, result["verdict"]
    rounds = seed()
    sentences = [(name, s) for name, text in screens.items() for s in _sentences(text)]
    # a planned end is a day to come: no sentence speaks of that job as ended
    excluded = {line["index"] + 1 for line in result["hours_ledger"]["jobs"] if line["excluded_because"]}
    for planned in result.get("planned_ends", []):
        if planned["job"] in excluded:  # "I count its hours up to that day" of a job none of whose hours count
            found.append(("planned_end_of_a_job_not_counted", f"job {planned['job']}"))
        job = re.compile(_JOB[lang].format(n=planned["job"]))
        found += [("planned_end_said_past", f"{name}: {s[:90]}") for name, s in sentences
                  if job.search(s) and re.search(_ENDED[lang], s)]
        # an end that stops the hours short: no "not yet" day, and the day it would have come holds had it gone on
        if "day_if_going_on" in planned:
            if planned["end"] >= planned["day_if_going_on"]:  # "planned to end on <end>, before ...: on <day>"
                found.append(("planned_short_ends_after_day", f"job {planned['job']}: {planned['end']} >= "
                                                              f"{planned['day_if_going_on']}"))
            if verdict != "not_eligible":
                found.append(("planned_short_but_verdict", verdict))
            going = profile.model_copy(update={"jobs": [job.model_copy(update={"end": None}) if job.end and
                                                        job.end > as_of else job for job in profile.jobs]})
            if not _work_met_on(going, dt.date.fromisoformat(planned["day_if_going_on"])):
                found.append(("planned_day_if_going_on", planned["day_if_going_on"]))
    # the hours said, and the days they are reached, as counted by hand
    by_hand = _hours_by_hand(profile, as_of)
    if by_hand is not None and abs(by_hand - result["qualifying_hours"]) >= 1:
        found.append(("hours_by_hand", f"{by_hand:.1f} vs {result['qualifying_hours']}"))
    if by_hand is not None and verdict == "not_yet_eligible" and result["eligible_on"]:
        hours = _hours_by_hand(profile, dt.date.fromisoformat(result["eligible_on"])) or 0
        if hours < 1560 - 1e-6:
            found.append(("not_yet_day_by_hand", f"{result['eligible_on']}: {hours:.1f}"))
    if by_hand is not None and result.get("work_met_until"):  # "only for an application made by <day>"
        last = dt.date.fromisoformat(result["work_met_until"])
        hours = [_hours_by_hand(profile, d) or 0 for d in (last, last + dt.timedelta(days=1))]
        if not hours[1] < 1560 - 1e-6 <= hours[0]:
            found.append(("work_met_until_by_hand", f"{last}: {hours}"))
    for planned in result.get("planned_ends", []) if by_hand is not None else []:
        if "day_if_going_on" in planned:
            going = profile.model_copy(update={"jobs": [job.model_copy(update={"end": None}) if job.end and
                                                        job.end > as_of else job for job in profile.jobs]})
            day = dt.date.fromisoformat(planned["day_if_going_on"])
            then, before = (_hours_by_hand(going, d) or 0 for d in (day, day - dt.timedelta(days=1)))
            if then < 1560 - 1e-6 or before >= 1560 - 1e-6:
                found.append(("day_if_going_on_by_hand", f"{day}: {before:.1f}, {then:.1f}"))
    # a "not yet" day is a day the hours are there by the engine's own reading on that day
    if verdict == "not_yet_eligible" and result["eligible_on"] and not _work_met_on(
            profile, dt.date.fromisoformat(result["eligible_on"])):
        found.append(("not_yet_day_unreached", result["eligible_on"]))
    # the reminders offered: the day of eligibility, and a test's warnings after it, are days the hours hold
    for reminder in schedule(profile, result, as_of, as_of):
        if reminder.kind == "eligible" and not _work_met_on(profile, reminder.event):
            found.append(("reminder_day_unreached", f"{reminder.kind} {reminder.event}"))
    # the hours chart (eligibility/charts_data.py, what flows/chart_replies.py says) and "What if I apply later?"
    # (the engine asked on a later day) agree with the verdict on the hours, up to and past a planned end
    timeline = hours_timeline(profile)
    if abs(timeline.hours_now - result["qualifying_hours"]) >= 1:
        found.append(("chart_hours_now", f"{timeline.hours_now:.0f} vs {result['qualifying_hours']}"))
    if verdict == "not_yet_eligible" and result["eligible_on"] and not (
            timeline.projected and timeline.crossed_on is not None and timeline.crossed_on
            <= dt.date.fromisoformat(result["eligible_on"]) and _work_met_on(profile, timeline.crossed_on)):
        found.append(("chart_not_yet_day", f"{timeline.crossed_on} vs {result['eligible_on']}"))
    if any("day_if_going_on" in planned for planned in result.get("planned_ends", [])) and timeline.projected:
        found.append(("chart_reaches_past_planned_end", str(timeline.crossed_on)))
    later = {as_of + dt.timedelta(days=n) for n in (60, 180, 365)}
    later |= {job.end + dt.timedelta(days=n) for job in profile.jobs if job.end and job.end > as_of
              for n in (0, 1)}
    for day in sorted(d for d in later if d <= timeline.end):
        then = Profile.model_validate({**profile.model_dump(mode="json"), "as_of": day.isoformat()})
        hours = assess(then, "en", today=as_of)["qualifying_hours"]
        if abs(timeline.value_on(day) - hours) >= 1:
            found.append(("chart_vs_apply_later", f"{day}: chart {timeline.value_on(day):.0f} vs {hours}"))
    # the CRS chart (eligibility/charts_data.py): the verdict's score, the plan's best step with points (of every
    # step the plan lists), and the Canadian Experience Class rounds of the 12 months to the day, from the data
    photo = chart_photo("crs", profile, lang)
    if photo is not None and result["crs"] is not None:
        data = photo["data"]
        best = max((item["crs_after"] for item in result.get("improvements", [])
                    if item["kind"] == "step" and item["gain"] > 0), default=None)
        year = [r.lowest_crs for r in rounds.cec if add_years(as_of, -1) < r.date <= as_of]
        if data["score"] != result["crs"]["total"] or data["with_plan"] != best:
            found.append(("chart_crs_scores", f"{data['score']}, plan {data['with_plan']} vs "
                                              f"{result['crs']['total']}, plan {best}"))
        if (data["cec_rounds"], data["invited"]) != (len(year), sum(1 for cut in year
                                                                    if cut <= result["crs"]["total"])):
            found.append(("chart_crs_rounds", f"{data['cec_rounds']}, {data['invited']} vs {year}"))
    # eligible with the result relied on lapsing within about 4 months: book a new test, on both screens, with the
    # day that result expires (its date + 2 years, RULES.md 2)
    meeting = [r for r in result["language_results"]
               if r["valid"] and min(r["clb"].values()) >= (result["required_clb"] or 0)]
    relied = max(meeting, key=lambda r: r["expires"], default=None)
    if verdict == "eligible" and relied and dt.date.fromisoformat(relied["expires"]) <= as_of + dt.timedelta(122):
        book = rules_catalog(lang).t("step.create_profile_test_expiring", expires="{}").split("{}")[0]
        said = c.date(dt.date.fromisoformat(_plus_two(relied["date"])))
        todo = next((line for line in screens["first"].split("\n") if line.startswith("👉")), "")
        if book[1:] not in todo or said not in todo:  # after "What to do:" the French sentence starts lowercase
            found.append(("expiring_test_todo", f"first: {relied['date']}"))
        if book + said not in screens["details"]:
            found.append(("expiring_test_todo", f"details: {relied['date']}"))
    # a year of Canadian work the plan dates (RULES.md 3: completed years of 1,560 h in the last 10): reached that
    # day by hand, not the day before, and the plan's score the engine's on the changed profile
    for item in result.get("improvements", []) if lang == "en" else []:
        if item["id"].startswith("work_year_") and item["when"] and _hours_by_hand(profile, as_of) is not None:
            day, years = dt.date.fromisoformat(item["when"]), int(item["id"].rsplit("_", 1)[1])
            hours = [_hours_by_hand(profile, d, 10) or 0 for d in (day - dt.timedelta(days=1), day)]
            if not hours[0] < years * 1560 - 1e-6 <= hours[1]:
                found.append(("work_year_day_by_hand", f"{item['id']} {day}: {hours}"))
        if item.get("change"):
            changed = Profile.model_validate(merge_patch(profile.model_dump(mode="json"), item["change"]))
            again = assess(changed, "en", today=as_of)["crs"]
            if again is None or again["total"] != item["crs_after"]:
                found.append(("plan_crs_rescored",
                              f"{item['id']}: {item['crs_after']} vs {again and again['total']}"))
    # the way to an invitation
    cutoffs = [r.lowest_crs for r in rounds.recent]
    dated = {item["id"]: item["when"] for item in result.get("improvements", [])}
    for number, path in enumerate(result.get("paths") or []):
        text = _plain(path.get("text", ""))
        for said in re.findall(_PATH_WHEN[lang], text):
            day = _parse_date(said, lang)
            own = [dt.date.fromisoformat(dated[s]) for s in path["steps"] if dated.get(s)]
            if day < as_of or any(day < d for d in own):
                found.append(("path_done_by", f"{number}: {day} (steps {own})"))
        for said in re.findall(_PATH_ALL[lang], text):
            if int(said) != len(cutoffs) or path["crs_after"] < max(cutoffs):
                found.append(("path_all_cutoffs", f"{number}: {said} of {cutoffs}, {path['crs_after']}"))
        stated = [int(re.sub(r"\D", "", n)) for n in re.findall(_PATH_CRS[lang], text)[:1]]
        changed = Profile.model_validate(merge_patch(profile.model_dump(mode="json"), path["change"]))
        again = assess(changed, "en", today=as_of)["crs"]
        if (stated and stated[0] != path["crs_after"]) or again is None or again["total"] != path["crs_after"]:
            found.append(("path_crs", f"{number}: said {stated} vs {path['crs_after']} vs re-scored "
                                      f"{again and again['total']}"))
    # the CRS message's comparison with the rounds of the data
    latest, total = rounds.latest_cec, (result["crs"] or {}).get("total")
    for name in ("details", "crs"):
        for hit in re.findall(_COMPARED[lang], screens[name]):
            if lang == "en":
                said, points, side, equal, cutoff, day = hit
            else:
                said, above, up, below, down, equal, cutoff, day = hit
                points, side = up or down, "above" if above else "below" if below else ""
            n = int(points or 0)
            wrong = latest is None or int(cutoff) != latest.lowest_crs or day != c.date(latest.date) or (
                int(said) != total) or n != abs(int(said) - int(cutoff)) or (
                side != ("above" if int(said) > int(cutoff) else "below") if side else not equal)
            if wrong:
                found.append(("compared_latest", f"{name}: {hit}"))
        for hit in re.findall(_RANGE[lang], screens[name]):
            count, since, low, high, *reached = hit
            reached_said = next(r for r in reached if r)
            k = sum(1 for cut in cutoffs if total is not None and total >= cut)
            expected = {"all": len(cutoffs), "chacune": len(cutoffs), "none": 0, "aucune": 0}.get(
                reached_said, int(reached_said) if reached_said.isdigit() else -1)
            if (int(count), int(low), int(high), since) != (len(cutoffs), min(cutoffs), max(cutoffs),
                                                          c.date(rounds.recent[0].date)) or expected != k:
                found.append(("compared_range", f"{name}: {hit} vs {cutoffs}, {total}"))
    # every day said is a real calendar day in the screen's language
    months = _MONTHS[lang]
    other = _MONTHS["en" if lang == "fr" else "fr"]
    for name, text in screens.items():
        text = re.sub(r"https?://\S+", "", text)
        for hit in re.findall(_LOOSE_DATE[lang], text):
            month, day, year = (hit[0], hit[1], hit[2]) if lang == "en" else (hit[1], hit[0], hit[2])
            if month in other and month not in months:
                found.append(("date_language", f"{name}: {' '.join(hit)}"))
            elif month in months:
                try:
                    dt.date(int(year), months.index(month) + 1, int(day))
                except ValueError:
                    found.append(("date_not_a_day", f"{name}: {' '.join(hit)}"))
        if lang == "fr":
            found += [("date_language", f"{name}: {m}") for m in re.findall(
                r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b",
                text)]
    return found


def test_no_contradiction_in_200_profiles_with_planned_ends_tests_lapsing_and_paths() -> None:
    """Round 3's profiles (benchmarks/profiles.py generate_edges): a job's planned end after the assessment day in
    most, a result lapsing within months in half, many people eligible and compared with the rounds."""
    kinds: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    for number, raw in enumerate(generate_edges(200)):
        for lang in ("en", "fr"):
            for kind, detail in contradictions(raw, lang):
                kinds[kind] += 1
                examples.setdefault(kind, f"profile {number} ({lang}): {detail}")
    assert not kinds, (dict(kinds), examples)


# Job 2 planned to end on April 7, 2027, its hours short: May 12, 2027 had it gone on (RULES.md 1: 849 h today,
# 30 h a week since May 13, 2026); CRS 346 against 518 on September 29, 2026, cut-offs 516 to 523 (RULES.md 4).
PLANNED_SHORT = {
    "as_of": AS_OF, "birth_date": "1989-01-27", "marital_status": "married",
    "jobs": [{"teer": 2, "start": "2025-06-16", "end": None, "hours_per_week": 0.0},
             {"noc": "92442", "start": "2026-05-13", "hours_per_week": 30.0, "end": "2027-04-07"}],
    "language_tests": [{"test": "pte_core", "date": "2024-02-01", "listening": 88, "reading": 57, "writing": 46,
                        "speaking": 48},
                       {"test": "tef_canada", "date": "2026-03-03", "listening": 437, "reading": 305,
                        "writing": 551, "speaking": 279},
                       {"test": "ielts_general", "date": "2025-01-28", "listening": 7.0, "reading": 6.5,
                        "writing": 6.5, "speaking": 6.0}],
    "education": {"level": "master", "in_canada": True, "eca": False, "canadian_credential": "none"},
    "certificate_of_qualification": True,
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_round3_rules_flag_spoiled_texts(lang: str) -> None:
    """PLANNED_SHORT's screens spoiled on purpose."""
    profile = Profile.model_validate(PLANNED_SHORT)
    result = as_the_chat_reads(profile, assess(profile, lang, with_improvements=True, today=profile.as_of), lang)
    assert [(p["end"], p.get("day_if_going_on")) for p in result["planned_ends"]] == [("2027-04-07", "2027-05-12")]
    screens = {"first": _plain(glance(result, lang)), "details": _plain(verdict_text(result, lang)),
               "crs": _plain(crs_text(result, lang))}
    assert round3(profile, result, lang, screens) == []
    en = lang == "en"
    spoiled = {
        "first": screens["first"] + ("\nJob 2 ended on April 7, 2027, so its hours stop there." if en else
                                     "\nL'emploi 2 a pris fin le 7 avril 2027, donc ses heures s'arrêtent là."),
        "details": screens["details"].replace("172", "171").replace("516 to 523" if en else "516 à 523",
                                                                     "515 to 523" if en else "515 à 523"),
        "crs": screens["crs"] + ("\nOn February 30, 2027." if en else "\nLe 30 février 2027, le 3 March 2027."),
    }
    kinds = {kind for kind, _ in round3(profile, result, lang, spoiled)}
    assert kinds == {"planned_end_said_past", "compared_latest", "compared_range", "date_not_a_day"} | (
        set() if en else {"date_language"})
    short = {**result, "planned_ends": [{**result["planned_ends"][0], "day_if_going_on": "2027-03-01"}]}
    assert {kind for kind, _ in round3(profile, short, lang, screens)} == {
        "planned_short_ends_after_day", "planned_day_if_going_on", "day_if_going_on_by_hand"}


QUEBEC_427 = {
    "as_of": AS_OF, "age": 23, "intends_to_live_in_quebec": True, "marital_status": "common_law",
    "jobs": [{"noc": "41295", "start": "2024-10-22", "end": None, "hours_per_week": 32.5},
             {"noc": "52014", "start": "2026-08-23", "hours_per_week": 30.0, "end": "2027-02-02"}],
    "foreign_work_years": 1,
    "language_tests": [{"test": "tef_canada", "date": "2025-02-27", "listening": 609, "reading": 365,
                        "writing": 188, "speaking": 626},
                       {"test": "celpip_general", "date": "2025-01-30", "listening": 7, "reading": 6, "writing": 4,
                        "speaking": 12}],
    "education": {"level": "master", "in_canada": True, "eca": True, "canadian_credential": "none"},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_crs_chart_compares_rounds_for_someone_who_will_live_in_quebec(lang: str, tmp_path: Any) -> None:
    """RULES.md 8: the CRS of someone who will live in Quebec is not compared with Express Entry's rounds, and they
    get no plan (QUEBEC_427: CRS 427, Details say "not compared with them"). The CRS chart compared it with six
    Canadian Experience Class rounds and said "With the best change suggested, 535" (13 of 200 edge profiles, 26
    renders). The chat never reaches it (no result for Quebec); the command line's --chart crs did."""
    raw = json.dumps(QUEBEC_427)
    profile = Profile.model_validate_json(raw)
    result = assess(profile, lang, with_improvements=True, today=profile.as_of)
    assert profile.intends_to_live_in_quebec and result["crs"]["total"] == 427 and not result["improvements"]
    assert chart_photo("crs", profile, lang) is None
    assert chart_photo("hours", profile, lang) is not None  # the hours are the person's own, not a round's
    source = tmp_path / "quebec.json"
    source.write_text(raw)
    done = subprocess.run([sys.executable, "-m", "bot", "assess", "--chart", "crs", "--out",
                           str(tmp_path / "crs.png"), "--lang", lang, str(source)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and "who will live in Quebec" in done.stderr
    assert not (tmp_path / "crs.png").exists()
