"""The coherence audit, round 4: screens compared WITH EACH OTHER and the two languages with each other.

Rounds 1 to 3 (tests/flows/test_coherence_audit.py) read each screen against the engine's result. Round 4 reads the
same person's facts across places: English against French (the same figures, days, verdict, items in the same
order), the bot's screens against `cec-screener assess`'s JSON (every day a screen says is a value of the JSON),
the first screen against Details, the CRS message, the charts and the reminders offered (hours, days, test
expiry, CRS total), and the round alert against the CRS message's comparison with the same round. The checker runs
over ~200 generated profiles (benchmarks/profiles.py generate_round4: partners with every kind of test, Quebec,
tests near expiry, planned ends, nominations) in English and French; each kind it found is pinned on one profile.

On 1,000 such profiles (2,000 renders) before the fixes: job lines of Details not adding up to the hours said
(job_hours_sum) 218, a round alert writing "1043" beside the CRS message's "1,043" (alert_figure_written) 44; every
other rule 0. On 600 profiles of generate (1,200 renders): a day said only inside a warning's sentence, not as a
value of the JSON (text_not_in_json) 4. After: 0. Found in the checker of round 3: its French "dépasse de N points
le score minimal" never matched, so the French comparison with the latest round went unchecked (it holds).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
from typing import Any

import pytest

from benchmarks.profiles import generate_round4
from bot.scheduled.round_alerts import _alert
from eligibility.assess import assess
from eligibility.profile import Profile
from eligibility.reminders import next_of_each_kind, schedule
from eligibility.rounds import seed
from eligibility.tables import ABILITIES
from flows.chart_replies import chart_photo
from flows.chart_replies import facts as chart_facts
from flows.improvements_view import MOST, _order
from flows.machine import Screening
from flows.reminders import _lines
from flows.rendering import crs_text, summary
from flows.result_view import glance
from flows.texts import catalog
from flows.verdict_text import planned_end_notes, verdict_text
from storage.rounds import Subscriber
from tests.flows.test_coherence_audit import (
    _COMPARED,
    _DATE,
    _figures,
    _parse_date,
    _plain,
    _plan_item,
    as_the_chat_reads,
)


def _facts(value: Any) -> Any:
    """The result without its sentences: what must be the same whatever the language (a string with a space is a
    sentence; ids, days and codes have none)."""
    if isinstance(value, dict):
        return {k: _facts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_facts(v) for v in value]
    if isinstance(value, str) and (" " in value.strip() or value.startswith("https://")):
        return "<text>"  # a link goes to the page in the reader's language
    return value


def _diff(a: Any, b: Any, where: str = "") -> list[str]:
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b)) for d in _diff(a.get(k), b.get(k), f"{where}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for n, (x, y) in enumerate(zip(a, b, strict=True)) for d in _diff(x, y, f"{where}[{n}]")]
    return [] if a == b else [f"{where}: {str(a)[:60]} vs {str(b)[:60]}"]


def _json_values(value: Any) -> set[str]:
    """The figures and days of a JSON result as values (never read out of its sentences), as `_figures` writes
    them: 3131, 6.5, 2026/11/27."""
    found: set[str] = set()
    if isinstance(value, dict):
        for v in value.values():
            found |= _json_values(v)
    elif isinstance(value, list):
        for v in value:
            found |= _json_values(v)
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, int | float):
        found |= {str(value), str(round(value)), str(abs(round(value)))}
        if isinstance(value, float):
            found.add(f"{value:.1f}")
    elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        found.add(value.replace("-", "/"))
    return found


def screens(profile: Profile, result: dict[str, Any], lang: str) -> dict[str, str]:
    """Every text one person reads for this result, by name, in plain text."""
    c = catalog(lang)
    items = _order(result["improvements"])[:MOST]
    named = {"first": glance(result, lang), "details": verdict_text(result, lang), "crs": crs_text(result, lang),
             "reminders": _lines(next_of_each_kind(schedule(profile, result, profile.as_of, profile.as_of)), c,
                                 profile.as_of),
             **{f"plan {n}": _plan_item(item, result, c) for n, item in enumerate(items)},
             **{f"path {n}": path.get("text", "") for n, path in enumerate(result.get("paths") or [])},
             "hours chart": "\n".join([*chart_facts(chart_photo("hours", profile, lang) or {}),
                                       *planned_end_notes(result, c)])}
    if (photo := chart_photo("crs", profile, lang)) is not None:
        named["crs chart"] = "\n".join(chart_facts(photo))
    if (alert := alert_text(result, lang)) is not None:
        named["alert"] = alert
    named["summary"] = summary_text(profile, lang)
    return {name: _plain(text) for name, text in named.items()}


def summary_text(profile: Profile, lang: str) -> str:
    """/summary for these answers (flows/rendering.py summary): the jobs and the tests as the chat stores them."""
    jobs = [{"job_occupation": {"noc": job.noc} if job.noc else {"teer": job.teer},
             "job_start": job.start.isoformat(), "job_hours": job.hours_per_week, "job_ongoing": job.end is None,
             **({"job_end": job.end.isoformat()} if job.end else {})} for job in profile.jobs]
    tests = [{"test_kind": test.test, "test_date": test.date.isoformat(),
              **{f"test_{ability}": getattr(test, ability) for ability in ABILITIES}}
             for test in profile.language_tests]
    reply = summary(Screening("verdict", {"jobs": jobs, "tests": tests or [{}]}), lang, profile.as_of)
    return "\n".join(message.text for message in reply.messages)


def subscriber(result: dict[str, Any], lang: str) -> Subscriber:
    """The round alert's subscriber for this result, as storage/rounds.py reads it from the stored verdict."""
    crs = result.get("crs") or {}
    spouse = (result.get("approximate") or {}).get("spouse") or {}
    return Subscriber(1, lang, crs.get("total"), (crs.get("details") or {}).get("french") or 0,
                      (crs.get("details") or {}).get("provincial_nomination") or 0, result["as_of"],
                      spouse.get("crs_other"), None if spouse.get("coming") is None else bool(spouse["coming"]),
                      result["verdict"] == "eligible")


def alert_text(result: dict[str, Any], lang: str) -> str | None:
    """The alert this person would get for the latest Canadian Experience Class round of the data."""
    latest = seed().latest_cec
    if latest is None or not next(c["met"] for c in result["criteria"] if c["id"] == "quebec"):
        return None  # RULES.md 8: no alert for someone who will live in Quebec
    return str(_alert(subscriber(result, lang), [latest])["parts"][0]["text"])


_HOURS_SAID = {"en": r"(?<![\d,])(\d[\d,]*) (?:qualifying hours?|hours of your work count)",
               "fr": r"(?<![\d,])(?<!\d[\u202f\u00a0 ])(\d[\d\u202f\u00a0 ]*\d|\d) "
                     r"(?:heures? admissibles?\b(?! de plus)|heures de votre travail comptent)"}
_JOB_HOURS = {"en": r"• Job \d+, [^\n]*?: (\d[\d,]*) h count",
              "fr": r"• Emploi \d+, [^\n]*? : (\d[\d\u202f\u00a0 ]*) h"}
_ALERT_TOTAL = {"en": r"Your latest estimate, (\d[\d,]*\d|\d),",
                "fr": r"Votre dernière estimation, (\d[\d\u202f\u00a0 ]*\d|\d),"}
_CRS_SAID = {"en": r"(?:CRS estimate: |CRS of |estimated CRS of |Your latest estimate, )(\d(?:[\d,]*\d)?)",
             "fr": r"(?:estimation du SCG : |score SCG estimé \(|Votre dernière estimation, )"
                   r"(\d(?:[\d\u202f\u00a0 ]*\d)?)"}
_ALERT = {"en": r"Your latest estimate, (\d+), is (?:(above)|(below)|(equal)) (?:to )?this round's (\d+)"
                r"(?: by (\d+))?",
          "fr": r"Votre dernière estimation, (\d+), (?:(dépasse) de (\d+)|est (inférieure) de (\d+)|est (égale))"
                r"[^(]*\((\d+)\)"}


def round4(raw: str) -> list[tuple[str, str]]:
    """Each disagreement between places and languages for this profile, as (kind, detail)."""
    profile = Profile.model_validate_json(raw)
    found: list[tuple[str, str]] = []
    results, texts = {}, {}
    for lang in ("en", "fr"):
        plain = assess(profile, lang, with_improvements=True, today=profile.as_of)  # the command line's JSON
        results[lang] = (plain, as_the_chat_reads(profile, plain, lang))
        texts[lang] = screens(profile, results[lang][1], lang)
    # English and French: the same result but for its sentences, the same screens with the same figures and days
    found += [("en_fr_result", d) for d in _diff(_facts(results["en"][1]), _facts(results["fr"][1]))]
    if set(texts["en"]) != set(texts["fr"]):
        found.append(("en_fr_screens", f"{sorted(set(texts['en']) ^ set(texts['fr']))}"))
    for name in set(texts["en"]) & set(texts["fr"]):
        en, fr = set(_figures(texts["en"][name], "en")), set(_figures(texts["fr"][name], "fr"))
        if gap := en ^ fr:  # a figure or day one language says and the other not (a count said twice is wording)
            found.append(("en_fr_figures", f"{name}: {sorted(gap)}"))
    for lang in ("en", "fr"):
        json_result, result = results[lang]
        said = texts[lang]
        c = catalog(lang)
        # every day the verdict's text says is a value of the JSON (`cec-screener assess`, with what the chat adds
        # to it: a planned end's day had the job gone on)
        known = _json_values(json_result) | _json_values(result.get("planned_ends")) | _DATA_DAYS
        known |= _json_values(profile.model_dump(mode="json"))
        known.add((profile.as_of - dt.timedelta(days=1)).strftime("%Y/%m/%d"))  # the window's last day
        known |= {(dt.date.fromisoformat(result[k]) + dt.timedelta(days=1)).strftime("%Y/%m/%d")
                  for k in ("work_met_until", "language_met_until") if result.get(k)}  # "from the day after"
        for name in ("first", "details", "crs"):
            missing = set(_figures(said[name], lang)) - known - _CONSTANTS
            found += [("text_not_in_json", f"{name}: {figure}") for figure in sorted(missing)
                      if "/" in figure]  # the days; the hours and the CRS total are compared below
        # a day of the answers (a job's start or end, planned or not, a test's date) said on the first screen or in
        # Details is the day /summary shows for it
        answered = {d.strftime("%Y/%m/%d") for job in profile.jobs for d in (job.start, job.end) if d}
        answered |= {test.date.strftime("%Y/%m/%d") for test in profile.language_tests}
        in_summary = set(_figures(said["summary"], lang))
        for name in ("first", "details"):
            found += [("day_not_in_summary", f"{name}: {day}") for day in sorted(
                (set(_figures(said[name], lang)) & answered) - in_summary)]
        # the hours, the CRS total and the not-yet day, the same wherever they are said
        hours = result["qualifying_hours"]
        for name, text in said.items():
            for n in re.findall(_HOURS_SAID[lang], text):
                if int(re.sub(r"\D", "", n)) != hours and name in ("first", "details", "hours chart"):
                    found.append(("hours_across", f"{name}: {n} vs {hours}"))
            total = (result.get("crs") or {}).get("total")
            for n in re.findall(_CRS_SAID[lang], text):
                if int(re.sub(r"\D", "", n)) != total and not name.startswith(("plan", "path")):
                    found.append(("crs_across", f"{name}: {n} vs {total}"))
        ledger = [line for line in result["hours_ledger"]["jobs"] if not line["excluded_because"]]
        shown = re.findall(_JOB_HOURS[lang], said["details"])
        if len(shown) == len(ledger) > 1 and sum(int(re.sub(r"\D", "", n)) for n in shown) != hours:
            found.append(("job_hours_sum", f"{shown} vs {hours}"))
        if result["verdict"] == "not_yet_eligible" and result["eligible_on"]:
            day = c.date(dt.date.fromisoformat(result["eligible_on"]))
            for name in ("first", "details"):
                if day not in said[name]:
                    found.append(("not_yet_day_unsaid", f"{name}: {result['eligible_on']}"))
        # what the first screen says to do is among what Details says: its figures and days (levels, hours, weeks,
        # the day a test expires) are all there (the first screen words it shorter, so not sentence for sentence)
        todo = next((line for line in said["first"].split("\n") if line.startswith("👉")), "")
        if missing := set(_figures(todo, lang)) - set(_figures(said["details"], lang)):
            found.append(("todo_not_in_details", f"{sorted(missing)}: {todo[:70]}"))
        # the reminders offered: never about a day gone by, never past a planned end that stops the hours short,
        # the day of eligibility the verdict's
        reminders = schedule(profile, result, profile.as_of, profile.as_of)
        short = [dt.date.fromisoformat(p["end"]) for p in result.get("planned_ends", []) if "day_if_going_on" in p]
        for reminder in reminders:
            if reminder.due < profile.as_of:
                found.append(("reminder_before_today", f"{reminder.kind} {reminder.due}"))
            if reminder.kind in ("eligible", "hours") and short and reminder.event > min(short):
                found.append(("reminder_past_planned_end", f"{reminder.kind} {reminder.event} > {min(short)}"))
            if reminder.kind == "eligible" and reminder.event.isoformat() != result["eligible_on"]:
                found.append(("reminder_eligible_day", f"{reminder.event} vs {result['eligible_on']}"))
        for day in re.findall(_DATE[lang], said["reminders"]):
            if _parse_date(day, lang) < profile.as_of:
                found.append(("reminder_day_past", day))
        # the round alert's comparison is the CRS message's for the same round
        if "alert" in said and result.get("crs"):
            alert = re.findall(_ALERT[lang], _digits(said["alert"]))
            crs = re.findall(_COMPARED[lang], _digits(said["crs"]))
            if len(alert) != 1 or len(crs) != 1:
                found.append(("alert_vs_crs_missing", f"{len(alert)} vs {len(crs)}"))
            else:
                found += _compare_alert(alert[0], crs[0], lang)
            written = re.findall(_ALERT_TOTAL[lang], said["alert"])  # and written the same way: 1,043 / 1 043
            found += [("alert_figure_written", n) for n in written if n not in said["crs"]]
            not_in_pool = c.t("rounds.not_eligible") in said["alert"]
            if (result["verdict"] != "eligible") != not_in_pool and result["crs"]["total"] >= seed(
                    ).latest_cec.lowest_crs:  # type: ignore[union-attr]
                found.append(("alert_not_eligible_caution", result["verdict"]))
    return found


# Days of the rules' data that a result does not carry: the CRS grid in force since (RULES.md 3), the high-wage
# factor's reported start (RULES.md 3), the day Quebec's PEQ closed (RULES.md 8).
_DATA_DAYS = {"2025/03/25", "2026/11/03", "2025/11/19"}
_CONSTANTS = {"1560", "30", "2", "3", "4", "5", "7", "9", "10", "12", "60", "52", "1", "0"}


def _digits(text: str) -> str:
    """Numbers without their thousands separators (1,043 and 1 043 read as 1043)."""
    return re.sub(r"(?<=\d)[,\u202f\u00a0 ](?=\d{3}\b)", "", text)


def _compare_alert(alert: tuple[str, ...], crs: tuple[str, ...], lang: str) -> list[tuple[str, str]]:
    if lang == "en":
        a_total, above, below, _, a_cut, a_points = alert
        c_total, c_points, c_side, _, c_cut, _ = crs
        a_side = "above" if above else "below" if below else ""
        c_side = c_side or ""
    else:
        a_total, above, up, below, down, _, a_cut = alert
        a_points, a_side = up or down, "above" if above else "below" if below else ""
        c_total, c_above, c_up, c_below, c_down, _, c_cut, _ = crs
        c_points, c_side = c_up or c_down, "above" if c_above else "below" if c_below else ""
    if (a_total, a_cut, a_points or "0", a_side) != (c_total, c_cut, c_points or "0", c_side):
        return [("alert_vs_crs", f"alert {alert} vs CRS {crs}")]
    return []


def survey(count: int) -> tuple[collections.Counter[str], dict[str, str]]:
    kinds: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    for number, raw in enumerate(generate_round4(count)):
        for kind, detail in round4(raw):
            kinds[kind] += 1
            examples.setdefault(kind, f"profile {number}: {detail}")
    return kinds, examples


def test_round4_finds_nothing_in_200_profiles() -> None:
    kinds, examples = survey(200)
    assert not kinds, (dict(kinds), examples)


def test_the_round4_rules_flag_spoiled_texts(monkeypatch: Any) -> None:
    """The checker itself, on texts spoiled on purpose: a French first screen with a figure the English lacks, a
    CRS message naming another total, an alert comparing another cut-off, a job line one hour off the total, a
    /summary without the days Details says."""
    raw = generate_round4(11)[10]
    assert round4(raw) == []
    module = __import__(__name__, fromlist=["glance"])
    real_glance, real_crs, real_alert = module.glance, module.crs_text, module.alert_text
    real_details = verdict_text
    monkeypatch.setattr(module, "glance", lambda r, lang: real_glance(r, lang) + ("\nEnviron 4321 heures."
                                                                                  if lang == "fr" else ""))
    monkeypatch.setattr(module, "crs_text", lambda r, lang: real_crs(r, lang) + "\nCRS estimate: 1")
    monkeypatch.setattr(module, "alert_text", lambda r, lang: (real_alert(r, lang) or "").replace("518", "517"))
    monkeypatch.setattr(module, "verdict_text", lambda r, lang: re.sub(
        r"(: |\u00a0: )(\d[\d,\u202f ]*) h (count|compt)", lambda m: f"{m.group(1)}{m.group(2)}1 h {m.group(3)}",
        real_details(r, lang), count=1))
    monkeypatch.setattr(module, "summary_text", lambda profile, lang: "")  # /summary without the answers' days
    kinds = {kind for kind, _ in round4(raw)}
    assert {"en_fr_figures", "crs_across", "alert_vs_crs", "job_hours_sum", "day_not_in_summary"} <= kinds, kinds


# -- the jobs' hours add up to the hours said ---------------------------------------------------------------------
# RULES.md 1: 15 h a week at the cook's job for 907 days and 12 h at the supervisor's for 816 days, both in the
# window (2023-11-27 to 2026-11-26) and under 30 h a week together: 1,943.57 + 1,398.86 = 3,342.43 h, said 3,342.
# Each line rounded alone read 1,944 + 1,399 = 3,343 under "3,342 hours of your work count" (in 218 of 2,000
# renders): the hour rounding loses now goes to the larger remainder, so the lines say 1,943 + 1,399.
TWO_KITCHEN_JOBS = {
    "as_of": "2026-11-27", "birth_date": "1997-03-10", "marital_status": "single",
    "jobs": [{"noc": "63200", "start": "2024-06-03", "end": None, "hours_per_week": 15.0},
             {"noc": "62020", "start": "2024-09-02", "end": None, "hours_per_week": 12.0}],
    "language_tests": [{"test": "celpip_general", "date": "2026-01-15", "listening": 5, "reading": 5, "writing": 5,
                        "speaking": 5}],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_jobs_hours_in_details_add_up_to_the_hours_said(lang: str) -> None:
    profile = Profile.model_validate(TWO_KITCHEN_JOBS)
    result = assess(profile, lang, today=profile.as_of)
    assert result["qualifying_hours"] == 3342 and result["required_clb"] == 5  # the cook's TEER 3 has most hours
    assert [line["counted"] for line in result["hours_ledger"]["jobs"]] == [1943, 1399]
    c = catalog(lang)
    details = _plain(verdict_text(result, lang))
    shown = [int(re.sub(r"\D", "", n)) for n in re.findall(_JOB_HOURS[lang], details)]
    assert shown == [1943, 1399] and sum(shown) == 3342
    assert c.number(3342) in _plain(glance(result, lang))


def test_hours_apportioned_keep_their_sum_and_the_hour_short_of_a_year() -> None:
    from eligibility.hours import apportioned
    assert apportioned([1943.571, 1398.857], 3342) == [1943, 1399]
    assert apportioned([782.143, 521.429], 1304) == [782, 522]
    assert apportioned([1559.7], 1559) == [1559]  # just short of 1,560 is never written 1,560 (hours.shown_hours)
    assert apportioned([0.0, 1500.0, 59.0], 1559) == [0, 1500, 59]
    assert apportioned([0.6, 1000.7, 1000.7], 2002) == [1, 1001, 1000]  # some hours never written as 0


# -- the round alert writes the figures as the CRS message does ---------------------------------------------------
# RULES.md 3: a provincial nomination adds 600: the README person's 470 (RULES.md 3's worked example, with one more
# Canadian year) passes 1,000. The CRS message said "1,070" ("1 070"), the alert "Your latest estimate, 1070".
NOMINATED = {
    "as_of": "2026-11-27", "birth_date": "1997-03-10", "marital_status": "single", "provincial_nomination": True,
    "jobs": [{"noc": "21232", "start": "2024-09-02", "end": None, "hours_per_week": 40.0}],
    "foreign_work_years": 2,
    "language_tests": [{"test": "ielts_general", "date": "2026-01-15", "listening": 8.0, "reading": 7.0,
                        "writing": 7.0, "speaking": 7.0}],
    "education": {"level": "bachelor", "in_canada": False, "eca": True, "canadian_credential": "none"},
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_round_alert_writes_a_crs_above_1000_as_the_crs_message_does(lang: str) -> None:
    profile = Profile.model_validate(NOMINATED)
    result = assess(profile, lang, with_improvements=True, today=profile.as_of)
    total = result["crs"]["total"]
    assert total > 1000 and result["verdict"] == "eligible"
    c = catalog(lang)
    alert, scored = _plain(alert_text(result, lang) or ""), _plain(crs_text(result, lang))
    written = c.number(total)
    assert written != str(total)  # 1,0xx / 1 0xx
    assert written in scored and f"{c.t('rounds.above', total=written, cutoff=518, points='{}').split('{}')[0]}" \
        in alert
    assert str(total) not in alert
    assert [kind for kind, _ in round4(json.dumps(NOMINATED))] == []


# -- every day a screen says is a value of `cec-screener assess`'s JSON -------------------------------------------
# RULES.md 1 (tests/flows/test_coherence_audit.py LEVEL_RISES): the TEER 1 job going on brings the window to
# 1,560 h on October 2, 2027, when it leads and CLB 7 applies. The first screen and Details said that day; the
# JSON had it only inside the warning's sentence, so a script reading the JSON could not find it (4 of 1,200
# renders of benchmarks/profiles.py generate). The warning now carries it as "on", with the level.
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_day_a_level_rises_is_in_the_json_as_a_day(lang: str) -> None:
    from tests.flows.test_coherence_audit import LEVEL_RISES
    raw = json.dumps({"as_of": "2026-11-27", **LEVEL_RISES})
    result = json.loads(json.dumps(assess(Profile.model_validate_json(raw), lang, with_improvements=True,
                                          today=dt.date(2026, 11, 27))))
    rises = next(w for w in result["warnings"] if w["id"] == "language_level_rises")
    assert (rises["on"], rises["level"]) == ("2027-10-02", "7")
    assert catalog(lang).date(dt.date(2027, 10, 2)) in rises["text"]
    assert [kind for kind, _ in round4(raw)] == []


# -- the command line says what the chat says of a planned end ----------------------------------------------------
# RULES.md 1: 30 h a week since September 6, 2026 is 351 h on November 27, 2026; the contract ends June 18, 2027,
# before 1,560 h (September 5, 2027 had it gone on). The chat said so on the first screen; `cec-screener assess`
# on the same profile said only "About 1,209 more qualifying hours", in its text and its JSON. The engine now works
# the day out (eligibility/assess.py, planned_ends) for both: the JSON's `planned_ends` and a warning with the day.
PLANNED_SHORT_CLI = {
    "as_of": "2026-11-27", "birth_date": "1993-03-29", "marital_status": "single",
    "jobs": [{"noc": "10948", "start": "2026-09-06", "end": "2027-06-18", "hours_per_week": 30.0}],
    "language_tests": [{"test": "celpip_general", "date": "2026-01-16", "listening": 9, "reading": 8, "writing": 8,
                        "speaking": 9}],
}


def test_the_command_line_says_a_planned_end_stops_the_hours_short_as_the_chat_does() -> None:
    profile = Profile.model_validate(PLANNED_SHORT_CLI)
    plain = assess(profile, "en", with_improvements=True, today=profile.as_of)
    chat = as_the_chat_reads(profile, plain, "en")
    assert chat["planned_ends"] == [{"job": 1, "end": "2027-06-18", "day_if_going_on": "2027-09-05"}]
    assert "2027-09-05" in json.dumps(plain)
    warning = next(w for w in plain["warnings"] if w["id"] == "planned_end_before_eligible")
    assert warning["on"] == "2027-09-05" and "September 5, 2027" in warning["text"]
