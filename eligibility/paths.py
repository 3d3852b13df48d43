"""The way to an invitation: the fewest steps, taken together, that would have been invited.

Built from the single steps of eligibility/improvements.py (each an RFC 7386 merge patch): combinations of up to
three steps that change different things (never two retakes of one test, two French levels, two dates), their
patches combined into one (`combine`), applied to the profile and scored again by the engine. A path reaches a
round when its CRS is at or above the round's cut-off.

The first path is the one with the fewest steps invited in every one of the last six Canadian Experience Class
rounds (at or above the highest of their cut-offs), ties broken by the earliest day it can be done, then by
points; when none of three steps gets there, the path invited in most of those rounds. A path that gives NCLC 7
in all four French abilities also opens the French-language proficiency rounds (RULES.md sections 2 and 4):
counted separately.

Pure: no clock, no I/O.
"""

from __future__ import annotations

import datetime as dt
import itertools
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from eligibility.crs import Scorer
from eligibility.explain import Catalog
from eligibility.hours import QualifyingWork, build_ledger
from eligibility.improvements import Improvement, Known, bare_age
from eligibility.improvements import test_json as _json_of
from eligibility.language import FRENCH, Result, TestScores, add_years, convert
from eligibility.merge_patch import merge_patch
from eligibility.profile import LanguageTest, ScreeningProfile
from eligibility.rounds import CEC, RECENT, Rounds
from eligibility.rounds import FRENCH as FRENCH_ROUNDS
from eligibility.tables import language_tables

MAX_STEPS = 3
_TEST_LANGUAGE: dict[str, str] = {name: spec["language"] for name, spec in language_tables()["tests"].items()}
_VALIDITY_YEARS: int = language_tables()["validity_years"]
# The ages a profile accepts (ScreeningProfile.age): a patch's bare age within them needs no validation.
_AGE_BOUNDS = ScreeningProfile.model_fields["age"].metadata
_AGE_LOW: int = next(bound.ge for bound in _AGE_BOUNDS if hasattr(bound, "ge"))
_AGE_HIGH: int = next(bound.le for bound in _AGE_BOUNDS if hasattr(bound, "le"))
_FRENCH_LEVEL = 7  # NCLC 7 in all four abilities opens French-language proficiency rounds (RULES.md section 2)


@dataclass(frozen=True)
class Path:
    steps: tuple[str, ...]  # improvement ids, in the plan's order
    changes: tuple[dict[str, Any], ...]  # their merge patches, in the same order
    crs_after: int
    when: dt.date | None  # the latest day among the steps (None: as soon as the person acts)
    invited: dict[str, tuple[int, int]] = field(default_factory=dict)  # program -> (invited in, of the last six)
    eligibility_step: bool = False  # the first step is the test that makes the person eligible at all

    @property
    def change(self) -> dict[str, Any]:
        """One merge patch for all the steps (made for the paths shown only: most are ranked and dropped)."""
        return combine(list(self.changes))

    @property
    def reaches_all_cec(self) -> bool:
        invited, of = self.invited.get(CEC, (0, 0))
        return of > 0 and invited == of


def group(item: Improvement) -> str:
    """What an improvement changes; a path changes each thing once."""
    if item.id.startswith(("retake_", "take_all_")):
        return "first_language"
    if item.id.startswith(("french_", "english_")):
        return "second_language"
    if item.id.startswith("spouse_language"):
        return "spouse_language"
    if item.id.startswith("work_year") or item.when is not None:
        return "time"
    return item.id


def combine(changes: list[dict[str, Any]]) -> dict[str, Any]:
    """One merge patch with the effect of all of `changes`, which change different things.

    Objects merge key by key. Arrays are replaced whole by RFC 7386, so two changes that each list every
    language result plus their new one are merged: the results of both, each once, in order.
    """
    combined: dict[str, Any] = {}
    for change in changes:
        combined = _merge(combined, change)
    return combined


def _merge(left: Any, right: Any) -> Any:
    if isinstance(left, dict) and isinstance(right, dict):
        merged = dict(left)
        for key, value in right.items():
            merged[key] = _merge(left[key], value) if key in left else value
        return merged
    if isinstance(left, list) and isinstance(right, list):
        return [*left, *(item for item in right if item not in left)]
    return right


@dataclass(slots=True)
class _Delta:
    """One step's patch, read: its full list of results, its day, an ECA, the partner's new test."""

    tests: list[dict[str, Any]] | None = None
    as_of: dt.date | None = None
    eca: bool = False
    spouse_test: dict[str, Any] | None = None
    age: int | None = None  # a bare age on a later day (improvements' time steps)


class _Scoring:
    """Scores one profile with changes applied, as `assess` would after applying them to its JSON: the profile's
    results, its work years per day and the new results of the steps are worked out once per profile, not once
    per combination (issue 20)."""

    __slots__ = ("_converted", "_deltas", "_json", "_results", "_scorers", "_tests", "profile", "results", "work")

    def __init__(self, profile: ScreeningProfile, work: QualifyingWork | None = None,
                 verdict: Known | None = None) -> None:
        self.profile = profile
        self.work = work if work is not None else QualifyingWork(profile)
        self._scorers: dict[tuple[Any, ...], Scorer] = {}
        if verdict is not None:  # the verdict's own results and points on the application day
            self.results, self._json = verdict.results, verdict.tests_json
            self._scorers[(profile.as_of, False, id(None))] = verdict.scorer
        else:
            self.results = [convert(t, i) for i, t in enumerate(profile.language_tests)]
            self._json = [_json_of(t) for t in profile.language_tests]
        self._converted: dict[tuple[int, int], tuple[LanguageTest, Result]] = {}
        self._tests: dict[int, LanguageTest] = {}
        self._results: dict[tuple[int, int], Result] = {}
        self._deltas: dict[int, _Delta | None] = {}

    def combined(self, steps: list[Improvement], known: int | None = None) -> tuple[int, dt.date, list[Result]]:
        """The CRS of the steps taken together, the application day and the results then: what `score` gives
        for their combined patch (`combine`), reading each step's patch once rather than once per path. With
        `known`, the CRS is that and not scored again."""
        deltas = []
        for item in steps:
            if (key := id(item)) not in self._deltas:
                self._deltas[key] = self._delta(item.change)
            delta = self._deltas[key]
            if delta is None:
                total, changed, results = self.score(combine([step.change for step in steps]))
                return total, changed.as_of, results
            deltas.append(delta)
        tests: list[dict[str, Any]] | None = None
        as_of, eca, spouse_test, age = self.profile.as_of, False, None, None
        for delta in deltas:  # the later step wins, as in `combine`
            if delta.tests is not None:  # arrays merge as `_merge` merges them
                tests = delta.tests if tests is None else [*tests, *(t for t in delta.tests if t not in tests)]
            as_of = delta.as_of or as_of
            eca = eca or delta.eca
            spouse_test = delta.spouse_test if delta.spouse_test is not None else spouse_test
            age = delta.age if delta.age is not None else age
        results = self.results
        if tests is not None:
            kept = len(self._json)
            added = enumerate(tests[kept:], kept)
            results = [*results, *(self._result(data, index) for index, data in added)]
        if known is not None:
            return known, as_of, results
        return self._scorer(as_of, eca, spouse_test, age).total(results), as_of, results

    def _scorer(self, as_of: dt.date, eca: bool, spouse_test: dict[str, Any] | None, age: int | None = None
                ) -> Scorer:
        """The points no language result changes, for one day, ECA, partner's test and bare age: made once each."""
        key = (as_of, eca, id(spouse_test)) if age is None else (as_of, eca, id(spouse_test), age)
        scorer = self._scorers.get(key)
        if scorer is None:
            profile = self.profile
            update: dict[str, Any] = {"as_of": as_of}
            if age is not None:
                update["age"] = age
            if eca and profile.education is not None:
                update["education"] = profile.education.model_copy(update={"eca": True})
            if spouse_test is not None and profile.spouse is not None:
                test = self._new_test(spouse_test, -1)[0]
                update["spouse"] = profile.spouse.model_copy(update={"language_test": test})
            scorer = self._scorers[key] = Scorer(profile.model_copy(update=update), self.work.years_on(as_of))
        return scorer

    def _delta(self, change: dict[str, Any]) -> _Delta | None:
        """What one step's patch changes, when it is a change `combined` knows; None otherwise."""
        profile = self.profile
        delta = _Delta()
        for key, value in change.items():
            if key == "language_tests" and isinstance(value, list) and value[:len(self._json)] == self._json:
                delta.tests = value
            elif key == "as_of" and isinstance(value, str):
                delta.as_of = dt.date.fromisoformat(value)
            elif (key == "age" and profile.birth_date is None and type(value) is int
                  and _AGE_LOW <= value <= _AGE_HIGH):  # as the profile would validate it; else read again in full
                delta.age = value
            elif key == "education" and profile.education is not None and value == {"eca": True}:
                delta.eca = True
            elif (key == "spouse" and profile.spouse is not None and isinstance(value, dict)
                  and set(value) == {"language_test"} and isinstance(value["language_test"], dict)):
                delta.spouse_test = value["language_test"]
            else:
                return None
        return delta

    def score(self, change: dict[str, Any]) -> tuple[int, ScreeningProfile, list[Result]]:
        """The CRS with `change` applied, the changed profile and its converted results."""
        applied = self._applied(change)
        if applied is None:  # a change of another kind: the whole profile again, as JSON would give it
            raw = merge_patch(self.profile.model_dump(mode="json"), change)
            changed = type(self.profile).model_validate(raw, strict=False)  # dates as JSON writes them
            results = [convert(t, i) for i, t in enumerate(changed.language_tests)]
            years = build_ledger(changed).crs_years
        else:
            changed, results = applied
            years = self.work.years_on(changed.as_of)  # the jobs are the profile's own
        return Scorer(changed, years).score(results).total, changed, results

    def _result(self, data: dict[str, Any], index: int) -> Result:
        """A new result of a step's patch, converted once per place in the list."""
        key = (id(data), index)  # the steps' dicts live as long as the plan: their identity names them
        result = self._results.get(key)
        if result is None:
            result = self._results[key] = convert(TestScores.of_json(data), index)
        return result

    def _new_test(self, data: dict[str, Any], index: int) -> tuple[LanguageTest, Result]:
        # The steps' dicts live as long as the plan, so their identity names them within one profile.
        key = (id(data), index)
        found = self._converted.get(key)
        if found is None:
            test = self._tests.get(id(data))
            if test is None:
                test = self._tests[id(data)] = LanguageTest.model_validate(data, strict=False)
            found = self._converted[key] = (test, convert(test, index))
        return found

    def _applied(self, change: dict[str, Any]) -> tuple[ScreeningProfile, list[Result]] | None:
        """A change of day, language results, education or the partner's test, made without reading the whole
        profile again (most of a path's cost); None for any other change."""
        profile = self.profile
        update: dict[str, Any] = {}
        results = self.results
        for key, value in change.items():
            if key == "language_tests":
                kept = len(profile.language_tests)
                if value[:kept] != self._json:
                    return None
                added = [self._new_test(data, index) for index, data in enumerate(value[kept:], start=kept)]
                update[key] = [*profile.language_tests, *(test for test, _ in added)]
                results = [*results, *(result for _, result in added)]
            elif key == "as_of" and isinstance(value, str):
                update[key] = dt.date.fromisoformat(value)
            elif key == "education" and profile.education is not None and set(value) == {"eca"}:
                update[key] = profile.education.model_copy(update={"eca": bool(value["eca"])})
            elif key == "spouse" and profile.spouse is not None and set(value) == {"language_test"}:
                test = LanguageTest.model_validate(value["language_test"], strict=False)
                update[key] = profile.spouse.model_copy(update={"language_test": test})
            else:
                return None
        return profile.model_copy(update=update), results


def _french_nclc7(results: list[Result], day: dt.date) -> bool:
    return any(r.language == FRENCH and r.valid_on(day) and r.lowest >= _FRENCH_LEVEL for r in results)


def recent_of(rounds: Rounds, program: str) -> list[int]:
    """The cut-offs of the last six rounds of `program`, sorted."""
    of_program = sorted((r for r in rounds.rounds if r.program == program), key=lambda r: r.date)
    return sorted(r.lowest_crs for r in of_program[-RECENT:])


def paths(profile: ScreeningProfile, plan: list[Improvement], rounds: Rounds, *,
          work: QualifyingWork | None = None, verdict: Known | None = None) -> list[Path]:
    """The paths of up to three steps, the first path first (see the module's docstring), then by fewest
    steps and most points. When the plan holds the test the person needs to be eligible at all (no result
    meets the level their occupation requires: improvements' `required`), every path starts with that test or
    a higher one in all four abilities, marked as the eligibility step. `work`: the profile's qualifying work
    when the plan already read it (its work years per day are then shared); `verdict`: what the verdict worked
    out on the application day (improvements.known)."""
    required = next((item for item in plan if item.facts.get("required")), None)
    needs_test = required is not None
    cec = list(rounds.sorted_cutoffs)
    if not needs_test and plan and cec and plan[0].crs_after - plan[0].gain >= cec[-1]:
        return []  # the score already reaches every recent cut-off: no step is "the way" there (the plan stays)
    level_needed = required.facts["level"] if required is not None else 0
    usable = [item for item in plan if item.kind == "step" and (item.gain > 0 or item is required)]
    if required is not None:  # only a result at the required level or higher makes the person eligible
        usable = [item for item in usable if group(item) != "first_language" or item is required
                  or ("ability" not in item.facts and item.facts.get("level", 0) >= required.facts["level"])]
    steps = _candidates(usable)
    scoring = _Scoring(profile, work, verdict)
    french = recent_of(rounds, FRENCH_ROUNDS)
    french_now = _french_nclc7(scoring.results, profile.as_of)
    found: list[Path] = []
    groups = [group(item) for item in steps]
    lapses = [_new_result_lapses(item, len(scoring.results)) for item in steps]
    # One approved test in English or French meets the language requirement (RULES.md 1): for someone with a result
    # in one language, a new one in the other at the required level or higher in all four abilities makes them
    # eligible as well (with no result yet, the plan's own test is the way, in the language it takes as first).
    eligible_by = [needs_test and groups[i] == "second_language" and bool(item.facts.get("has_first"))
                   and item.facts.get("level", 0) >= level_needed for i, item in enumerate(steps)]
    for size in range(1, MAX_STEPS + 1):
        if any(path.reaches_all_cec for path in found):
            break  # fewer steps already get there: a longer path is never first
        for combo in itertools.combinations(range(len(steps)), size):
            if len({groups[i] for i in combo}) < size:
                continue  # two changes of the same thing
            if size > 1:
                ends = [end for i in combo if (end := lapses[i]) is not None]
                latest = max((day for i in combo if (day := steps[i].when) is not None), default=None)
                if ends and latest is not None and min(ends) <= latest:
                    continue  # a result taken now would have lapsed by the later step's day: it adds nothing
            if needs_test:  # the test first, the others in the plan's order
                tests = [i for i in combo if groups[i] == "first_language"] \
                    or [i for i in combo if eligible_by[i]]  # else the other language at the level (RULES.md 1)
                if not tests:
                    continue
                ordered = [steps[i] for i in (*tests, *(i for i in combo if i not in tests))]
            else:
                ordered = [steps[i] for i in combo]
            # One step alone is the plan's own change: its crs_after is already that score (both are the engine's
            # score of the patched profile; tests/eligibility/test_paths.py checks it).
            total, as_of, results = scoring.combined(ordered, ordered[0].crs_after if size == 1 else None)
            days = [item.when for item in ordered if item.when is not None]
            invited = {CEC: (bisect_right(cec, total), len(cec))}
            if french and not french_now and _french_nclc7(results, as_of):
                invited[FRENCH_ROUNDS] = (bisect_right(french, total), len(french))
            found.append(Path(tuple(item.id for item in ordered), tuple(item.change for item in ordered), total,
                              max(days) if days else None, invited, needs_test))
    return sorted(found, key=_rank)


def _new_result_lapses(item: Improvement, kept: int) -> dt.date | None:
    """The day the language result a step adds now (a test, the partner's test) lapses; None for a dated step
    (its day already counts its results) or a step that adds none."""
    if item.when is not None:
        return None
    added = [*item.change.get("language_tests", [])[kept:]]
    spouse = item.change.get("spouse")
    if isinstance(spouse, dict) and isinstance(spouse.get("language_test"), dict):
        added.append(spouse["language_test"])
    days = [add_years(dt.date.fromisoformat(str(test["date"])), _VALIDITY_YEARS)
            for test in added if "date" in test]
    return min(days, default=None)


def _candidates(steps: list[Improvement]) -> list[Improvement]:
    """The steps worth combining: in each group the one with the most points (a path of as many steps with
    fewer points never ranks first), and every dated step (an earlier day may rank first)."""
    best: dict[str, Improvement] = {}
    dated: list[Improvement] = []
    for item in steps:
        if item.when is not None:
            dated.append(item)
        elif (current := best.get(group(item))) is None or item.gain > current.gain:
            best[group(item)] = item
    return [*best.values(), *dated]


def _rank(path: Path) -> tuple[Any, ...]:
    """All six CEC rounds first (fewest steps, earliest, most points); then most of them, fewest steps."""
    invited, of = path.invited.get(CEC, (0, 0))
    when = path.when or dt.date.min
    if of and invited == of:
        return (0, len(path.steps), when, -path.crs_after)
    return (1, -invited, len(path.steps), when, -path.crs_after)


def as_dicts(found: list[Path], keep: int = 5) -> list[dict[str, Any]]:
    """The contract's `paths`: the first `keep`, each with its steps, change, score, day and rounds."""
    return [{"steps": list(p.steps), "change": p.change, "crs_after": p.crs_after,
             "when": p.when.isoformat() if p.when else None,
             "rounds": {program: {"invited_in": n, "of": of} for program, (n, of) in p.invited.items()},
             "reaches_all_recent_cec": p.reaches_all_cec, "eligibility_step": p.eligibility_step}
            for p in found[:keep]]


def _step_text(item: Improvement, text: Catalog) -> str:
    facts = item.facts
    if item.id.startswith("work_year"):
        assert item.when is not None  # a dated step
        return text.t("paths.step.work_year", years=text.count(facts["years"], "year"), date=text.date(item.when))
    if item.id == "eca":
        return text.t("paths.step.eca")
    scale = text.t(f"improvements.scale_{_TEST_LANGUAGE.get(facts.get('test', ''), 'english')}")
    test = text.t(f"test.{facts['test']}") if "test" in facts else ""
    if item.id.startswith("retake_") and "ability" in facts:
        return text.t("paths.step.retake_ability", ability=text.t(f"ability.{facts['ability']}"), scale=scale,
                      level=facts["level"], test=test)
    if item.id == "spouse_language_renew":
        return text.t("paths.step.spouse_renew", test=test)
    if item.id.startswith("spouse_language"):
        return text.t("paths.step.spouse_language", test=test, scale=scale, level=facts["level"])
    return text.t("paths.step.all_four", test=test, scale=scale, level=facts["level"])


def describe(path: Path, plan: list[Improvement], text: Catalog, rounds: Rounds, *, first: bool = True,
             hours_first: str | None = None, step_texts: dict[str, str] | None = None) -> str:
    """A path in a few sentences: its steps, its score against the recent CEC rounds, its day, and the
    French-language rounds it opens. The first path is said as the best found; the others as alternatives
    (`first` False), so that no two of them contradict each other. `hours_first`: the sentence saying the
    qualifying hours still missing come before any score counts (the person is not eligible for work); the
    French-language rounds are then not named, since only people in the pool are invited. `step_texts`: the
    texts of the plan's steps by id, in `text`'s language, shared by the paths of one plan (a step recurs in
    several)."""
    by_id = {item.id: item for item in plan}
    if step_texts is None:
        step_texts = {}
    said = []
    for step in path.steps:
        said_step = step_texts.get(step)
        if said_step is None:
            said_step = step_texts[step] = _step_text(by_id[step], text)
        said.append(said_step)
    steps = text.t("paths.join").join(said)
    invited, of = path.invited.get(CEC, (0, 0))
    if not first:
        key = "paths.other"
    else:
        alone = len(path.steps) == 1
        key = ("paths.all_one" if alone else "paths.all") if path.reaches_all_cec else "paths.closest"
    if invited == 0 and key in ("paths.other", "paths.closest"):
        key += "_none"  # "invited in 0 of them" reads as a glitch
    lines = [text.t(key, steps=steps, crs=text.number(path.crs_after), of=of, invited=invited)]
    if path.when is not None:
        lines.append(text.t("paths.when", date=text.date(path.when)))
        dated = next((by_id[step] for step in path.steps if by_id[step].when == path.when), None)
        if dated is not None:
            lines[-1] = bare_age(text, lines[-1], dated.facts)
    if path.eligibility_step:
        lines.append(text.t("paths.eligibility"))
    if hours_first is not None:
        lines.append(hours_first)
    elif FRENCH_ROUNDS in path.invited:
        lines.append(_french_sentence(path, text, rounds))
    return " ".join(lines)


def _french_sentence(path: Path, text: Catalog, rounds: Rounds) -> str:
    """The French-language proficiency rounds a path opens, against the latest ones known. With one known (the
    shipped rounds hold only round 437), that round is named: "invited in 1 of the 1 latest ones" read as a glitch
    and hid that the year's other cut-offs ran higher."""
    invited, of = path.invited[FRENCH_ROUNDS]
    year = rounds.summary(FRENCH_ROUNDS) or {}
    params = {"invited": invited, "of": of, "year": year.get("year", ""), "low": year.get("lowest", ""),
              "high": year.get("highest", "")}
    if of == 1:
        known = max((r for r in rounds.rounds if r.program == FRENCH_ROUNDS), key=lambda r: r.date)
        return text.t("paths.french_one" if invited else "paths.french_one_none", cutoff=known.lowest_crs,
                      date=text.date(known.date), **params)
    return text.t("paths.french" if invited else "paths.french_none", **params)
