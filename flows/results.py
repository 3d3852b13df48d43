"""The verdict on the answers so far, by the same engine as `assess`, read carefully and favourably.

Answers that are not exact (a month without its day, "not sure") are read both ways. The careful
reading (the least favourable to the person) is the verdict; when another gives another verdict, day or CRS,
the result says which answers decide it, so the person is asked for them instead of being told a guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import combinations
from typing import Any

from eligibility import Profile, ScreeningProfile, assess
from eligibility.rounds import Rounds
from flows import birthday_soon
from flows.approximate_dates import date_estimates, spouse_test_estimate
from flows.estimates import crs_year_estimates, hours_estimates
from flows.profile_builder import (
    ALL,
    NONE,
    Favour,
    Place,
    build_profile,
    is_approximate,
    job_places,
    month_only_jobs,
    tests_given_around,
    tests_given_as_a_month,
    tests_of_unsure_date,
)
from flows.questions import UNSURE, Answers, counts_nowhere, planned_end
from flows.texts import catalog
from flows.uncertainty import acted_on, reading_summary, word_unknowns

PLANNED_END_WARNING = "planned_end_before_eligible"
SPOUSE: Place = ("spouse_accompanying", 0)  # "not sure" whether the partner comes: read both ways (RULES.md 3)


def approximate_answers(answers: Answers) -> list[Place]:
    """Every answer that is a month without its day, or "not sure"."""
    places: list[Place] = []
    for kind in ("jobs", "tests"):
        for index, item in enumerate(answers.get(kind, [])):
            places += [(key, index) for key, value in item.items() if is_approximate(key, value)]
    if is_approximate("spouse_test_date", answers.get("spouse_test_date")):
        places.append(("spouse_test_date", 0))
    if answers.get("spouse_accompanying") == UNSURE and answers.get("marital") in ("married", "common_law") \
            and answers.get("spouse_citizen") is False:
        places.append(SPOUSE)
    return places


def careful_favour(result: dict[str, Any]) -> Favour:
    """The answers the careful result read favourably (as flows.profile_builder names them): the charts and the
    plan read the answers as the verdict does. With a partner who may come, one of the two readings is the careful
    one (the lower CRS), whichever it is."""
    return frozenset((question, index) for question, index in
                     (result.get("approximate") or {}).get("careful_reading", []))


def _assess(answers: Answers, as_of: dt.date, lang: str, favour: Favour, rounds: Rounds | None = None,
            today: dt.date | None = None) -> dict[str, Any]:
    raw = build_profile(answers, as_of, favour)
    model = Profile if "birth_date" in raw or "age" in raw else ScreeningProfile
    places = job_places(answers)
    result = assess(model.model_validate(raw, strict=False), lang, rounds, today=today,
                    month_only_tests=tests_given_as_a_month(answers),
                    unsure_date_tests=tests_of_unsure_date(answers),
                    planned_end_jobs=_planned_end_jobs(answers, places, today or as_of),
                    about_date_tests=tests_given_around(answers))
    return _numbered_as_given(result, places, lang)


def _planned_end_jobs(answers: Answers, places: list[int], today: dt.date) -> frozenset[int]:
    """The places in the profile of the jobs still going whose end after `today` is a planned one, typed as a day
    after "no longer there" and confirmed (flows/parsing.py, planned_end): the engine says where they stop the
    hours (eligibility/assess.py, planned_ends). A job that counts nowhere has no end worth saying."""
    jobs = answers.get("jobs", [])
    return frozenset(at for at, index in enumerate(places)
                     if planned_end(jobs[index], today) and counts_nowhere(jobs[index]) is None)


def _numbered_as_given(result: dict[str, Any], places: list[int], lang: str) -> dict[str, Any]:
    """The hours ledger's jobs under the numbers the person gave them: the profile leaves out a TEER 4 or 5 job,
    so the engine's "Job 1" may be the person's job 2 (the first screen says "Job 1 (TEER 4) counts for
    neither..."). Each job's `index` becomes its place among the person's jobs, as flows/uncertainty.py reads
    it."""
    jobs = result["hours_ledger"]["jobs"]
    if all(places[job["index"]] == job["index"] for job in jobs):
        return result
    ends = [{**planned, "job": places[planned["job"] - 1] + 1} for planned in result.get("planned_ends", [])]
    head = catalog(lang).pieces("format.job", "n", occupation="")[0]  # "Job " / "Emploi "
    renumbered = []
    for job in jobs:
        place, text = places[job["index"]], job["explanation"]
        old = f"{head}{job['index'] + 1},"
        if text.startswith(old):
            text = f"{head}{place + 1},{text[len(old):]}"
        renumbered.append({**job, "index": place, "explanation": text})
    return {**result, "hours_ledger": {**result["hours_ledger"], "jobs": renumbered}, "planned_ends": ends}


def outcome(result: dict[str, Any]) -> tuple[Any, ...]:
    """What a person acts on: the verdict, the day they qualify, the CRS, the CLB needed, the hours missing."""
    return acted_on(result)


_VERDICT_RANK = {"not_eligible": 0, "not_yet_eligible": 1, "eligible": 2}
MAX_COMBINED = 6  # inexact answers read in every combination up to this many (2^6 = 64 readings); beyond, 2 + 2n


def _rank(result: dict[str, Any]) -> tuple[int, int, int, int]:
    """Higher is better for the person: the verdict, then an earlier day, then a higher CRS, then more hours."""
    day = result["eligible_on"]
    return (_VERDICT_RANK[result["verdict"]], -dt.date.fromisoformat(day).toordinal() if day else 0,
            (result.get("crs") or {}).get("total") or 0, result["qualifying_hours"])


def _readings(answers: Answers, as_of: dt.date, lang: str, places: list[Place], rounds: Rounds | None,
              today: dt.date | None = None) -> dict[frozenset[Place], dict[str, Any]]:
    """The result for each set of inexact answers read favourably (the others carefully): every combination
    when there are few, since one answer can tip which occupation leads only together with another; else
    all careful, all favourable, each alone favourably and each alone carefully (the others favourably): three
    doubts about one job (employee, student, permit) decide only together, and reading one alone favourably moves
    nothing, so only the readings from the favourable side name them among the answers that decide."""
    if len(places) <= MAX_COMBINED:
        sets = [frozenset(combo) for size in range(len(places) + 1) for combo in combinations(places, size)]
    else:
        every = frozenset(places)
        sets = [frozenset(), every, *(frozenset([place]) for place in places),
                *(every - {place} for place in places)]
    return {favour: _assess(answers, as_of, lang, favour, rounds, today) for favour in sets}


def _moves_hours(readings: dict[frozenset[Place], dict[str, Any]], place: Place) -> bool:
    """Whether reading this one answer favourably, all else careful, changes the hours that count."""
    alone = readings.get(frozenset([place]))
    return alone is None or alone["qualifying_hours"] != readings[frozenset()]["qualifying_hours"]


def careful_reading(answers: Answers, as_of: dt.date) -> Favour:
    """The answers the verdict's careful reading reads favourably (`careful_favour` of `result_for_answers`),
    without the rest of the verdict: what reminders read, so that a birthday's points are in the CRS's column."""
    return readings_of_the_day(answers, as_of)[0]


def readings_of_the_day(answers: Answers, as_of: dt.date) -> tuple[Favour, str | None, list[Place]]:
    """The careful reading (as `careful_reading`), the earliest day the person may qualify on another reading when
    it is earlier than the careful one (None otherwise), and the inexact answers that move that day: what a
    reminder of the careful day says beside it, so that it is never read as the only day."""
    places = approximate_answers(answers)
    if not places:
        return NONE, None, []
    readings = _readings(answers, as_of, "en", places, None)
    least = min(readings, key=lambda favour: _rank(readings[favour]))
    careful_day = readings[least]["eligible_on"]
    days = [r["eligible_on"] for r in readings.values() if r["eligible_on"] and r["verdict"] == "not_yet_eligible"]
    # A reading eligible on the day itself (a permit "not sure" that counts read favourably): the earliest day is
    # that day, never a later one ("as early as December 30, 2027" beside "Read the most favourable way: eligible")
    days += [as_of.isoformat() for r in readings.values() if r["verdict"] == "eligible"]
    earliest = min(days) if days and careful_day and min(days) < careful_day else None
    if earliest is None:
        return least, None, []
    moving = [place for place in places if any(favour | {place} in readings and readings[favour]["eligible_on"]
                                               != readings[favour | {place}]["eligible_on"]
                                               for favour in readings if place not in favour)]
    return least, earliest, moving or places


def result_for_answers(answers: Answers, as_of: dt.date, lang: str, rounds: Rounds | None = None,
                       today: dt.date | None = None) -> dict[str, Any]:
    """The careful verdict (the reading least favourable to the person), with `approximate` when some answers
    are not exact; compared with `rounds` (the front end's latest, else the shipped seed). `today`, when the
    application day `as_of` is a later, planned one: what lapses by then is said as a day to come."""
    result = _result_for_answers(answers, as_of, lang, rounds, today)
    if (coming := birthday_soon.warning(answers, result, catalog(lang))) is not None:  # "turning 32 next month"
        result["warnings"] = [*result["warnings"], coming]
    return result


def _result_for_answers(answers: Answers, as_of: dt.date, lang: str, rounds: Rounds | None = None,
                        today: dt.date | None = None) -> dict[str, Any]:
    places = approximate_answers(answers)
    if not places:
        return _with_estimates(answers, _assess(answers, as_of, lang, NONE, rounds, today), as_of, lang, NONE,
                               rounds, today)
    edges = month_only_jobs(answers, as_of)
    readings = _readings(answers, as_of, lang, places, rounds, today)
    least_favour = min(readings, key=lambda favour: _rank(readings[favour]))
    careful = dict(readings[least_favour])  # a copy: readings may share cached parts
    favourable = max(readings.values(), key=_rank)
    decisive = outcome(careful) != outcome(favourable)
    # An answer decides when reading it the other way, all else alike, changes what the person acts on.
    deciding = [place for place in places if decisive and any(
        favour | {place} in readings and outcome(readings[favour]) != outcome(readings[favour | {place}])
        for favour in readings if place not in favour)]
    careful["approximate"] = {
        "answers": [list(place) for place in places],
        "decisive": decisive,
        "deciding": [list(place) for place in (deciding or places)] if decisive else [],
        "favourable": reading_summary(favourable),
        "careful_reading": [list(place) for place in places if place in least_favour],
    }
    if SPOUSE in places:  # the CRS in the other column, all else read as the careful result reads it
        other = readings.get(least_favour ^ {SPOUSE})
        careful["approximate"]["spouse"] = {
            "coming": SPOUSE in least_favour,
            "crs_other": (other.get("crs") or {}).get("total") if other else None}
    word_unknowns(careful, answers, lang)  # "not sure" is said as not sure, not as "no"
    # The day each month-only date of a job is read as: said beside the hours (flows/verdict_text.py), where that
    # day moves them; a month outside the 3-year window (a start long before it) moves nothing: said nothing.
    edges = [edge for edge in edges if _moves_hours(readings, (edge["question"], edge["job"] - 1))]
    if edges:
        careful["month_only_jobs"] = edges
    return _with_estimates(answers, careful, as_of, lang, least_favour, rounds, today)


def _with_estimates(answers: Answers, careful: dict[str, Any], as_of: dt.date, lang: str, favour: Favour,
                    rounds: Rounds | None, today: dt.date | None) -> dict[str, Any]:
    """The result with `hours_estimates` when the verdict or its day rests on hours said as an estimate
    (flows/estimates.py), `crs_year_estimates` when the CRS's years of Canadian work do, and `date_estimates` when
    it rests on a job's start or end said as only about then (flows/approximate_dates.py): read with the careful
    reading's other answers."""
    def assess_answers(changed: Answers) -> dict[str, Any]:
        return _assess(changed, as_of, lang, favour, rounds, today)

    def favoured(question_id: str, index: int) -> bool:
        return favour == ALL or (question_id, index) in favour

    # The jobs ending as planned (the engine's `planned_ends`, numbered as given) are said beside the hours with
    # how to change an end (flows/verdict_text.py, planned_end_notes): the engine's warning saying so is left out
    careful = {**careful, "warnings": [w for w in careful["warnings"] if w["id"] != PLANNED_END_WARNING]}
    # A "not yet" day rests on the jobs still going with no end given: said, with how to give an end
    going = [index + 1 for index, job in enumerate(answers.get("jobs", []))
             if job.get("job_ongoing") is True and counts_nowhere(job) is None] \
        if careful["verdict"] == "not_yet_eligible" else []
    # "What if I apply later?": a later day met only with hours still to be worked in the jobs going on (they
    # were counted up to that day) is said to rest on them, as a "not yet" day is
    later = _met_only_later(answers, careful, as_of, today, assess_answers)
    found = hours_estimates(answers, careful, assess_answers)
    years = crs_year_estimates(answers, careful, assess_answers)  # the CRS's years of Canadian work (RULES.md 3)
    dates = date_estimates(answers, careful, as_of, favoured, assess_answers)
    # the partner's test date said as about, where a test a month earlier would have lapsed: the CRS says so
    spouse_test = spouse_test_estimate(answers, careful, as_of, favoured, assess_answers)
    # The partner's education counted as given: RULES.md 3 says a foreign credential of the principal counts only
    # with an ECA, and says nothing of the partner's: said where the partner's points are shown (leftovers 10)
    partner_education = (careful.get("crs") or {}).get("details", {}).get("spouse") is not None \
        and answers.get("spouse_education") not in (None, "less_than_secondary")
    return {**careful, **({"hours_estimates": found} if found else {}),
            **({"spouse_education_counted": True} if partner_education else {}),
            **({"crs_year_estimates": years} if years else {}),
            **({"date_estimates": dates} if dates else {}),
            **({"spouse_test_estimate": spouse_test} if spouse_test else {}),
            **({"open_ended_jobs": going} if going else {}),
            **({"later_jobs": later} if later else {})}


def _met_only_later(answers: Answers, careful: dict[str, Any], as_of: dt.date, today: dt.date | None,
                    assess_answers: Callable[[Answers], dict[str, Any]]) -> list[int]:
    """The jobs still going (numbered as given) whose hours after today an eligible verdict on a later day rests
    on: the verdict with those jobs ended today is not eligible. None for today's verdict."""
    if careful["verdict"] != "eligible" or today is None or as_of <= today:
        return []
    jobs = answers.get("jobs", [])
    going = [index for index, job in enumerate(jobs)
             if job.get("job_ongoing") is True and counts_nowhere(job) is None]
    if not going:
        return []
    ended = [{**job, "job_ongoing": False, "job_end": today.isoformat()} if index in going else job
             for index, job in enumerate(jobs)]
    if assess_answers({**answers, "jobs": ended})["verdict"] == "eligible":
        return []
    return [index + 1 for index in going]
