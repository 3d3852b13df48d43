"""The way to an invitation (eligibility/paths.py): combined steps, re-scored exactly, the fewest first."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from bisect import bisect_right
from typing import Any

from hypothesis import HealthCheck, given, settings

from eligibility import Profile, assess
from eligibility.improvements import improvements
from eligibility.merge_patch import merge_patch
from eligibility.paths import MAX_STEPS, combine, group, paths
from eligibility.rounds import seed

from .test_cli import PERSONAS
from .test_improvements import S01, TODAY, _generator
from .test_properties import profiles


def result_of(data: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    return assess(Profile.model_validate_json(json.dumps(data)), lang, with_improvements=True, today=TODAY)


def check_paths(data: dict[str, Any]) -> int:
    """Every path's change applied to the input JSON and assessed again gives exactly its crs_after."""
    result = result_of(data)
    for path in result.get("paths", []):
        again = assess(Profile.model_validate_json(json.dumps(merge_patch(data, path["change"]))), "en")
        assert again["crs"]["total"] == path["crs_after"], (path["steps"], data)
        assert 1 <= len(path["steps"]) <= MAX_STEPS
    return len(result.get("paths", []))


def test_combining_two_changes_of_the_language_results_keeps_both_new_results() -> None:
    old = {"test": "ielts_general", "date": "2025-06-01", "listening": 8.0, "reading": 7.0, "writing": 7.0,
           "speaking": 7.0}
    english = {**old, "date": "2026-12-01", "listening": 8.5}
    french = {"test": "tef_canada", "date": "2026-12-01", "listening": 434, "reading": 434, "writing": 428,
              "speaking": 456}
    combined = combine([{"language_tests": [old, english]}, {"language_tests": [old, french]},
                        {"education": {"eca": True}}])
    assert combined == {"language_tests": [old, english, french], "education": {"eca": True}}
    # two patches in a row would have kept only the second array: the reason for combine
    assert merge_patch(merge_patch({}, {"language_tests": [old, english]}),
                       {"language_tests": [old, french]}) == {"language_tests": [old, french]}


def test_the_readme_person_is_shown_french_alone_reaches_every_recent_round_and_opens_french_rounds() -> None:
    result = result_of(S01)
    first = result["paths"][0]
    assert first["steps"] == ["french_nclc7"] and first["reaches_all_recent_cec"]
    assert first["rounds"]["canadian_experience_class"]["invited_in"] == first["rounds"][
        "canadian_experience_class"]["of"] == 6
    assert first["crs_after"] >= max(seed().sorted_cutoffs)
    assert "french_language_proficiency" in first["rounds"]
    assert "opens the French-language proficiency rounds" in first["text"]
    fr = result_of(S01, "fr")["paths"][0]["text"]
    assert "rondes axées sur la connaissance du français" in fr


def test_a_pgwp_graduate_at_430_is_shown_two_steps_french_and_english_together() -> None:
    person = {**S01, "birth_date": "1995-03-10", "foreign_work_years": 2,  # CRS 433
              "education": {"level": "bachelor", "in_canada": True, "eca": False,
                            "canadian_credential": "three_year_plus"},
              "language_tests": [{"test": "ielts_general", "date": "2025-06-01", "listening": 7.5, "reading": 6.5,
                                  "writing": 6.5, "speaking": 6.5}]}
    result = result_of(person)
    total = result["crs"]["total"]
    first = result["paths"][0]
    cutoff = max(seed().sorted_cutoffs)
    assert 420 <= total < cutoff
    singles = [p for p in result["paths"] if len(p["steps"]) == 1]
    assert not any(p["reaches_all_recent_cec"] for p in singles)  # no one step gets there...
    assert first["reaches_all_recent_cec"] and len(first["steps"]) == 2  # ...two together do
    assert {group_of(step) for step in first["steps"]} == {"first_language", "second_language"}


def group_of(step: str) -> str:
    return "first_language" if step.startswith(("retake", "take_all")) else "second_language" \
        if step.startswith(("french", "english")) else step


def test_no_test_yet_every_path_starts_with_the_test_that_makes_the_person_eligible() -> None:
    person = {**S01, "language_tests": []}
    result = result_of(person)
    assert result["paths"]
    for path in result["paths"]:
        assert path["eligibility_step"] and path["steps"][0].startswith("take_all_clb")
    assert "language test you need to be eligible" in result["paths"][0]["text"]


def test_the_path_property_holds_on_seeded_profiles() -> None:
    generator = _generator()
    checked = sum(check_paths(json.loads(raw)) for raw in generator.generate(300, seed=19))
    assert checked > 300


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profiles())
def test_the_path_property_holds_on_hypothesis_profiles(data: dict[str, Any]) -> None:
    check_paths(json.loads(json.dumps(data, default=str)))


def test_brute_force_the_first_path_has_the_fewest_steps_possible_and_its_score() -> None:
    """Every combination of up to three single steps of different things, scored by assess itself."""
    generator = _generator()
    rounds = seed()
    cutoff = max(rounds.sorted_cutoffs)
    compared = 0
    for raw in generator.generate(250, seed=2019):
        data = json.loads(raw)
        profile = Profile.model_validate_json(raw)
        if not profile.has_age:
            continue
        plan = improvements(profile, TODAY)
        steps = [item for item in plan if item.kind == "step" and (item.gain > 0 or item.facts.get("required"))]
        found = paths(profile, plan, rounds)
        required = next((i for i in plan if i.facts.get("required")), None)
        if not found:
            continue
        fewest: int | None = None
        for size in range(1, MAX_STEPS + 1):
            for combo in itertools.combinations(steps, size):
                if len({group(item) for item in combo}) < size:
                    continue
                if required is not None and not any(  # the person must be eligible: a test at the level
                        i is required or (group(i) == "first_language" and "ability" not in i.facts
                                          and i.facts.get("level", 0) >= required.facts["level"]) for i in combo):
                    continue
                patched = merge_patch(data, combine([item.change for item in combo]))
                total = assess(Profile.model_validate_json(json.dumps(patched)), "en")["crs"]["total"]
                if total >= cutoff:
                    fewest = size
                    break
            if fewest is not None:
                break
        first = found[0]
        again = assess(Profile.model_validate_json(json.dumps(merge_patch(data, first.change))), "en")
        assert again["crs"]["total"] == first.crs_after
        if fewest is None:
            assert not first.reaches_all_cec
        else:
            assert first.reaches_all_cec and len(first.steps) == fewest, (data, first.steps, fewest)
        assert first.invited["canadian_experience_class"][0] == bisect_right(rounds.sorted_cutoffs,
                                                                             first.crs_after)
        compared += 1
    assert compared >= 150


def test_a_path_with_a_date_says_when() -> None:
    result = result_of(S01)
    dated = [p for p in result["paths"] if p["when"]]
    for path in dated:
        assert dt.date.fromisoformat(path["when"]) > dt.date(2026, 11, 27)


def test_a_path_that_reaches_no_recent_round_says_so_rather_than_invited_in_0() -> None:
    # s04: 8 months of work, CRS 306; no combination of three steps reaches a recent CEC cut-off (516-523).
    person = json.loads((PERSONAS / "s04_eight_months_ongoing.json").read_text())
    for lang, none_said, zero_said in (
            ("en", "still below the cut-off of every one of them", "invited in 0"),
            ("fr", "encore sous le seuil de chacune d'elles", "0 fois sur")):
        found = result_of(person, lang)["paths"]
        assert found and all(p["rounds"]["canadian_experience_class"]["invited_in"] == 0 for p in found)
        assert none_said in found[0]["text"]
        assert all(zero_said not in p["text"] and "seuil de 0 des" not in p["text"]
                   and "cut-off of 0 of" not in p["text"] for p in found)
    assert "Autre possibilité : TEF Canada au NCLC 7 dans les quatre compétences, un score SCG de 368, encore " \
           "sous le seuil de chacune des 6 dernières rondes" in result_of(person, "fr")["paths"][1]["text"]
