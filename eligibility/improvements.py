"""What raises the CRS most: concrete changes to a profile, each re-scored by the same engine.

Every improvement carries `change`, an RFC 7386 merge patch on the input profile's JSON: applying it and
assessing again gives exactly `crs_after` (tests/eligibility/test_improvements_property.py checks this on
thousands of random profiles). Only what RULES.md and the data files support is offered: retakes use the
published score tables, the time items move the application day and let the engine count everything that
changes by then (age, work, expiring tests).

Pure: the day of a new test comes from `today`, never from a clock.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from eligibility.crs import Crs, Scorer, effective_education, has_accompanying_spouse, spouse_language_points
from eligibility.crs import score as crs_score
from eligibility.explain import Catalog
from eligibility.hours import (
    CRS_WINDOW_YEARS,
    DAILY_CAP,
    REQUIRED_HOURS,
    QualifyingWork,
    build_ledger,
    capped_total,
    current_spans,
)
from eligibility.language import ENGLISH, FRENCH, Result, Scores, TestScores, add_years, best, convert
from eligibility.profile import Education, LanguageTest, ScreeningProfile, Spouse, birthday
from eligibility.tables import ABILITIES, crs_grid, language_tables

_TESTS: dict[str, Any] = language_tables()["tests"]
_VALIDITY_YEARS: int = language_tables()["validity_years"]
_USABLE_FROM = {name: dt.date.fromisoformat(spec.get("accepted_from") or spec.get("table_from") or "1900-01-01")
                for name, spec in _TESTS.items()}
_TOP_LEVEL = max(int(level) for spec in _TESTS.values() for level in spec["levels"])  # "10 and above"
# When a person has no test in a language, the sentence names one approved test; any other at the same level
# scores the same. Listed in order of preference, the first one usable on the day is taken.
_DEFAULT_TESTS = {ENGLISH: ("ielts_general", "celpip_general"), FRENCH: ("tef_canada", "tcf_canada")}
_FIRST_LANGUAGE_TARGETS = (7, 9, _TOP_LEVEL)  # all four at once: the tiers of transferability and the top row
_SECOND_LANGUAGE_TARGETS = (7, 5)  # French at NCLC 7 earns the additional points; 5 the first second-language ones
_SPOUSE_TARGETS = (7, 9)  # the spouse grid's tiers that pay most (RULES.md section 3)
_MAX_CRS_YEARS = max(int(k) for k in crs_grid()["canadian_work"])
_AGE = {int(k): v for k, v in crs_grid()["age"].items()}
_AGE_LOW, _AGE_HIGH = min(_AGE), max(_AGE)
_HORIZON_DAYS = 366 * 6  # the time items look this far ahead at most
_NEAR = 3  # days tried on each side of an estimated day before searching wider


@dataclass(frozen=True, slots=True)
class Improvement:
    """One change a person can make (or a date that changes the score), re-scored by the engine."""

    id: str
    change: dict[str, Any]  # RFC 7386 merge patch on the input profile JSON
    crs_after: int
    gain: int  # crs_after minus the current total; negative for a warning
    when: dt.date | None  # the day it happens (time items); None for what a person does
    kind: str = "step"  # "step" (something to do or wait for) or "warning" (points that will be lost)
    facts: dict[str, Any] = field(default_factory=dict)  # what the sentence names: test, scores, levels, dates


class Known(NamedTuple):
    """What the verdict already worked out on the application day, handed to the plan and the paths rather than
    worked out again: the converted results, the Canadian work years, the points no language result changes,
    the score, and the results as merge patches write them."""

    results: list[Result]
    years: int
    scorer: Scorer
    crs: Crs
    tests_json: list[dict[str, Any]]


def known(profile: ScreeningProfile, results: list[Result], years: int) -> Known:
    """Known of a profile whose `results` are its tests converted in order and `years` its CRS work years."""
    scorer = Scorer(profile, years)
    return Known(results, years, scorer, scorer.score(results), [test_json(t) for t in profile.language_tests])


class _Base:
    """The profile, its converted results and its Canadian work years, shared by every candidate; the points
    no new language result changes are worked out once (`scorer`), and the work years once per day (`work`)."""

    __slots__ = ("crs", "profile", "results", "scorer", "tests_json", "today", "work", "years")

    def __init__(self, profile: ScreeningProfile, today: dt.date, work: QualifyingWork | None = None,
                 verdict: Known | None = None) -> None:
        self.profile, self.today = profile, today
        self.work = work if work is not None else QualifyingWork(profile)
        if verdict is None:
            verdict = known(profile, [convert(t, i) for i, t in enumerate(profile.language_tests)],
                            self.work.years_on(profile.as_of))
        self.results, self.years, self.scorer, self.crs, self.tests_json = verdict

    def with_test(self, test: Scores) -> Crs:
        """The CRS with a new result added to the language tests."""
        return self.scorer.score([*self.results, convert(test, len(self.results))])

    def total_with_test(self, test: Scores) -> int:
        """with_test(test).total, without the details."""
        return self.scorer.total([*self.results, convert(test, len(self.results))])

    def test_patch(self, test: Scores) -> dict[str, Any]:
        """The merge patch that adds `test` (a JSON array is replaced whole, so it lists every result)."""
        return {"language_tests": [*self.tests_json, test_json(test)]}


def improvements(profile: ScreeningProfile, today: dt.date, required_clb: int | None = None, *,
                 work: QualifyingWork | None = None, verdict: Known | None = None) -> list[Improvement]:
    """The changes that raise the CRS, most points first, then the warnings; [] when there is no CRS.

    `today` dates the new tests a person would take (the application day when that is earlier). `required_clb`:
    the level the person's occupation requires when their tests do not meet it; the test at that level comes
    first, marked as the requirement for eligibility (issue 16), whatever it adds to the score. `work`: the
    profile's qualifying work, to share with the paths (eligibility/paths.py) the work years of each day tried.
    `verdict`: what the verdict already worked out on the application day (`known`).
    """
    if not profile.has_age:
        return []
    base = _Base(profile, today, work, verdict)
    found: list[Improvement] = []
    found += _first_language(base, required_clb)
    found += _second_language(base)
    found += _eca(base)
    found += _spouse_language(base)
    found += _work_years(base)
    found += _age_warning(base)
    kept: list[Improvement] = []
    changes: list[dict[str, Any]] = []  # those of `kept`: `in` compares them as != did, without a generator
    # A change found twice (one ability short of CLB 9 is also "all four at 9") once; the test the person needs to
    # be eligible is kept first, as such, whatever it adds (from CLB 4 to 5 adds nothing; one ability short of the
    # level is also that ability's retake).
    for item in sorted(found, key=lambda item: not item.facts.get("required")):
        if ((item.kind == "warning" or item.gain > 0 or item.facts.get("required"))
                and item.change not in changes):
            kept.append(item)
            changes.append(item.change)
    return sorted(kept, key=lambda item: (not item.facts.get("required"), item.kind == "warning", -item.gain,
                                          item.when or dt.date.min))


# -- language ---------------------------------------------------------------------------------------------
def _minimum(test: str, ability: str, level: int) -> float:
    return float(_TESTS[test]["levels"][str(level)][ability])


# Per test, whether its scores are whole numbers (a step of 1) rather than IELTS's half bands.
_WHOLE = {name: spec["step"] == 1 for name, spec in _TESTS.items()}


def _number(test: str, value: float) -> float | int:
    """A score as the test prints it: IELTS in half bands, the others as whole numbers."""
    return int(value) if _WHOLE[test] else value


def test_json(test: Scores) -> dict[str, Any]:
    """A result as its merge patch writes it: test, date, then the scores in the order of ABILITIES (written out:
    the plan writes about ten a profile; issue 20)."""
    name = test.test
    if _WHOLE[name]:
        return {"test": name, "date": test.date.isoformat(), "listening": int(test.listening),
                "reading": int(test.reading), "writing": int(test.writing), "speaking": int(test.speaking)}
    return {"test": name, "date": test.date.isoformat(), "listening": test.listening, "reading": test.reading,
            "writing": test.writing, "speaking": test.speaking}


if ABILITIES != ("listening", "reading", "writing", "speaking"):  # test_json writes them in this order
    raise ImportError("test_json: ABILITIES changed order")


def _test_day(base: _Base, test: str) -> dt.date | None:
    """The day a new result would carry: today (or the application day when earlier), moved to the application
    day when a result of today would have expired by then; None when the test is not usable on that day."""
    as_of = base.profile.as_of
    day = min(base.today, as_of)
    if add_years(day, _VALIDITY_YEARS) <= as_of:
        day = as_of
    if day < _USABLE_FROM[test]:
        day = as_of
    return day if day >= _USABLE_FROM[test] else None


def _tried(test: str, day: dt.date, scores: dict[str, float]) -> TestScores:
    return TestScores(test, day, **scores)


def _new_test(test: str, day: dt.date, scores: dict[str, float]) -> LanguageTest:
    # Built from scores the tables publish, within the ranges the profile checks: no validation needed.
    return LanguageTest.model_construct(None, test=test, date=day, **scores)


def _scores_of(test: LanguageTest) -> dict[str, float]:
    return {ability: float(getattr(test, ability)) for ability in ABILITIES}


def _reference(base: _Base, language: str) -> tuple[Result | None, str]:
    """The valid result of `language` that scores most (None), and the test to name for a new result: that
    result's test, else the latest test taken in that language, else the default one."""
    english, french = best(base.results, base.profile.as_of)
    current = english if language == ENGLISH else french
    if current is not None:
        return current, current.test
    taken = [r for r in base.results if r.language == language]
    if taken:
        return None, max(taken, key=lambda r: r.date).test
    as_of = base.profile.as_of
    usable = [t for t in _DEFAULT_TESTS[language] if _USABLE_FROM[t] <= as_of]
    return None, (usable or list(_DEFAULT_TESTS[language]))[0]


def _level_scores(test: str, level: int, current: dict[str, float] | None) -> dict[str, float]:
    """The scores of `test` at `level` in all four abilities, keeping any current score already above."""
    scores = {ability: _minimum(test, ability, level) for ability in ABILITIES}
    if current is not None:
        scores = {ability: max(scores[ability], current[ability]) for ability in ABILITIES}
    return scores


def _first_language(base: _Base, required: int | None = None) -> list[Improvement]:
    profile, total = base.profile, base.crs.total
    if len(profile.language_tests) >= 20:  # the profile holds at most 20 results
        return []
    language = base.crs.first_language or ENGLISH
    current, test = _reference(base, language)
    day = _test_day(base, test)
    if day is None:
        return []
    found: list[Improvement] = []
    scores = _scores_of(profile.language_tests[current.index]) if current is not None else None
    if current is not None and scores is not None:
        # Each ability on its own: the next level that pays (a level may earn nothing by itself, e.g. CLB 5).
        for position, ability in enumerate(ABILITIES):
            have = current.clb[position]
            for level in range(max(have + 1, 4), _TOP_LEVEL + 1):
                raised = {**scores, ability: _minimum(test, ability, level)}
                new = _tried(test, day, raised)
                after = base.total_with_test(new)
                if after > total:
                    found.append(Improvement(
                        f"retake_{ability}", base.test_patch(new), after, after - total, None,
                        facts={"test": test, "ability": ability, "from": _number(test, scores[ability]),
                               "to": _number(test, raised[ability]), "level": level, "language": language}))
                    break
    previous = total
    for level in sorted({*_FIRST_LANGUAGE_TARGETS, *([required] if required else [])}):
        if current is not None and current.lowest >= level:
            continue
        target = _level_scores(test, level, scores)
        new = _tried(test, day, target)
        after = base.total_with_test(new)
        if after > previous or level == required:  # a higher target only when it pays more than the lower one
            previous = max(previous, after)
            found.append(Improvement(
                f"{'retake' if current is not None else 'take'}_all_clb{level}", base.test_patch(new), after,
                after - total, None,
                facts={"test": test, "level": level, "language": language, "required": level == required,
                       "scores": {a: _number(test, v) for a, v in target.items()}}))
    return found


def _second_language(base: _Base) -> list[Improvement]:
    profile, total = base.profile, base.crs.total
    if len(profile.language_tests) >= 20:
        return []
    first = base.crs.first_language or ENGLISH
    other = FRENCH if first == ENGLISH else ENGLISH
    current, test = _reference(base, other)
    day = _test_day(base, test)
    if day is None:
        return []
    scores = _scores_of(profile.language_tests[current.index]) if current is not None else None
    found = []
    for level in _SECOND_LANGUAGE_TARGETS:
        if current is not None and current.lowest >= level:
            continue
        target = _level_scores(test, level, scores)
        new = _tried(test, day, target)
        scored = base.with_test(new)
        after, details = scored.total, scored.details
        found.append(Improvement(
            f"{other}_{'nclc' if other == FRENCH else 'clb'}{level}", base.test_patch(new), after, after - total,
            None,
            facts={"test": test, "level": level, "language": other,
                   "has_first": base.crs.first_language is not None,
                   # scoring more than the result counted first today, it would then be the first language counted
                   # (RULES.md 3: the designation that scores more), never "a second official language"
                   "becomes_first": base.crs.first_language is not None and scored.first_language == other,
                   "scores": {a: _number(test, v) for a, v in target.items()},
                   "french_points": details.get("french", 0) - base.crs.details.get("french", 0)}))
    return found


# -- education ----------------------------------------------------------------------------------------------
def _eca(base: _Base) -> list[Improvement]:
    profile = base.profile
    education = profile.education
    if education is None or education.in_canada or education.eca or education.level == "less_than_secondary":
        return []
    assessed = profile.model_copy(update={"education": education.model_copy(update={"eca": True})})
    after = crs_score(assessed, base.results, base.years).total
    return [Improvement("eca", {"education": {"eca": True}}, after, after - base.crs.total, None,
                        facts={"level": education.level})]


# -- the spouse -----------------------------------------------------------------------------------------------
def _spouse_language(base: _Base) -> list[Improvement]:
    profile, total = base.profile, base.crs.total
    spouse = profile.spouse
    if spouse is None or not has_accompanying_spouse(profile):
        return []
    as_of = profile.as_of
    current = convert(spouse.language_test) if spouse.language_test is not None else None
    valid = current is not None and current.valid_on(as_of)
    test = spouse.language_test.test if spouse.language_test is not None else _DEFAULT_TESTS[ENGLISH][0]
    day = _test_day(base, test)
    if day is None:
        return []
    scores = _scores_of(spouse.language_test) if valid and spouse.language_test is not None else None
    found: list[Improvement] = []
    if current is not None and spouse.language_test is not None and current.supported and current.expires <= as_of:
        # Expired (issue 16): the same scores taken again, before any higher level.
        again = _new_test(test, day, _scores_of(spouse.language_test))
        renewed = profile.model_copy(update={"spouse": spouse.model_copy(update={"language_test": again})})
        after = crs_score(renewed, base.results, base.years).total
        found.append(Improvement("spouse_language_renew", {"spouse": {"language_test": test_json(again)}}, after,
                                 after - total, None,
                                 facts={"test": test, "expired": current.expires.isoformat()}))
    previous = total
    for level in _SPOUSE_TARGETS:
        if valid and current is not None and current.lowest >= level:
            continue
        target = _level_scores(test, level, scores)
        new = _new_test(test, day, target)
        changed = profile.model_copy(update={"spouse": spouse.model_copy(update={"language_test": new})})
        after = crs_score(changed, base.results, base.years).total
        if after > previous:
            previous = after
            found.append(Improvement(
                f"spouse_language_clb{level}", {"spouse": {"language_test": test_json(new)}}, after,
                after - total, None,
                facts={"test": test, "level": level, "scores": {a: _number(test, v) for a, v in target.items()}}))
    return found


# -- time ---------------------------------------------------------------------------------------------------
def _renewed(test: LanguageTest, day: dt.date) -> LanguageTest:
    """The same scores taken again so as to be valid on `day`: on the day the old result expires, or on
    `day` itself when that would be too early."""
    expires = add_years(test.date, _VALIDITY_YEARS)
    return test.model_copy(update={"date": expires if add_years(expires, _VALIDITY_YEARS) > day else day})


def _on(base: _Base, day: dt.date) -> tuple[dict[str, Any], int, Crs, list[str]]:
    """The application moved to `day`: the patch, the Canadian work years and the CRS then, and what was
    renewed. A result valid now that would expire by then is taken again at the same scores, so that the
    figure shows what time changes (work, age) rather than a test left to lapse; the sentence says so."""
    profile, as_of = base.profile, base.profile.as_of
    patch: dict[str, Any] = {"as_of": day.isoformat()}
    update: dict[str, Any] = {"as_of": day}
    if profile.birth_date is None and profile.age is not None:
        # A bare age has no birthday to count from, but on a later day it is at least that many completed years
        # more (RULES.md 3: age in completed years on the day): never today's age years ahead.
        older = profile.age + max(0, day.year - as_of.year - ((day.month, day.day) < (as_of.month, as_of.day)))
        if older != profile.age:
            patch["age"] = update["age"] = older
    renewed: list[str] = []
    lapsing = [r for r in base.results if r.valid_on(as_of) and not r.valid_on(day)]
    if lapsing and len(profile.language_tests) + len(lapsing) <= 20:
        new = [_renewed(profile.language_tests[r.index], day) for r in lapsing]
        update["language_tests"] = [*profile.language_tests, *new]
        patch["language_tests"] = [*base.tests_json, *(test_json(t) for t in new)]  # the kept ones written once
        renewed.append("test")
    spouse = profile.spouse
    if spouse is not None and spouse.language_test is not None:
        result = convert(spouse.language_test)
        if result.valid_on(as_of) and not result.valid_on(day):
            renewal = _renewed(spouse.language_test, day)
            update["spouse"] = spouse.model_copy(update={"language_test": renewal})
            patch["spouse"] = {"language_test": test_json(renewal)}
            renewed.append("spouse_test")
    moved = profile.model_copy(update=update)
    years = base.work.years_on(day)
    kept = len(profile.language_tests)  # those are converted already; only the results taken again are new
    results = [*base.results, *(convert(t, i) for i, t in enumerate(moved.language_tests[kept:], kept))]
    return patch, years, crs_score(moved, results, years), renewed


def _what_else(base: _Base, after: Crs, work_years: int, renewed: list[str]) -> list[str]:
    """What else the figure on a later day counts (said with it): age, more work, tests taken again."""
    reasons = []
    if after.details.get("age") != base.crs.details.get("age"):
        reasons.append("age")
    if work_years != base.years:
        reasons.append("work")
    return reasons + [f"renewed_{what}" for what in renewed]


def _work_years(base: _Base) -> list[Improvement]:
    """The day each next year of Canadian work completes, from the jobs going on at the application day."""
    profile, total = base.profile, base.crs.total
    as_of = profile.as_of
    today_ordinal = as_of.toordinal()
    spans = current_spans(profile)
    rate = min(DAILY_CAP, sum(r for start, end, r in spans if end > today_ordinal))
    if rate <= 0 or base.years >= _MAX_CRS_YEARS:
        return []
    window_from = add_years(as_of, -CRS_WINDOW_YEARS).toordinal()
    hours_now = capped_total(spans, window_from, today_ordinal)
    found = []
    horizon = today_ordinal + _HORIZON_DAYS
    for target in range(base.years + 1, _MAX_CRS_YEARS + 1):
        guess = today_ordinal + max(1, math.ceil((target * REQUIRED_HOURS - hours_now) / rate))
        day = _first_day(base, target, guess, horizon)
        if day is None:
            break
        patch, years, after, renewed = _on(base, day)
        also = [r for r in _what_else(base, after, years, renewed) if r != "work"]
        facts: dict[str, Any] = {"years": target, "also": also}
        if profile.birth_date is None:  # a bare age: the figure counts the fewest birthdays by then
            facts["bare_age"] = patch.get("age", profile.age)
        found.append(Improvement(f"work_year_{target}", patch, after.total, after.total - total, day, facts=facts))
    return found


def _first_day(base: _Base, target: int, guess: int, horizon: int) -> dt.date | None:
    """The first application day on which the CRS's window holds `target` years, near `guess` (days as
    ordinals); None when it is not reached before `horizon`. The window drops old hours as it moves and jobs
    may end, so the estimate is checked against the ledger itself: a few days around it first (it is right
    or a day off for nine profiles in ten), then by galloping and bisection."""
    low = base.profile.as_of.toordinal()  # fewer years there

    def reached(ordinal: int) -> bool:
        return base.work.years_on(dt.date.fromordinal(ordinal)) >= target

    day = min(max(guess, low + 1), horizon)
    if reached(day):
        for _ in range(_NEAR):
            if day - 1 <= low or not reached(day - 1):
                return dt.date.fromordinal(day)
            day -= 1
        high = day
    else:
        for _ in range(_NEAR):
            day += 1
            if day > horizon:
                return None
            if reached(day):
                return dt.date.fromordinal(day)
        low, high, step = day, min(day + 8, horizon), 16
        while not reached(high):
            if high >= horizon:
                return None
            low, high = high, min(high + step, horizon)
            step *= 2
    while high - low > 1:
        middle = (low + high) // 2
        if reached(middle):
            high = middle
        else:
            low = middle
    return dt.date.fromordinal(high)


def _age_warning(base: _Base) -> list[Improvement]:
    """The next birthday on which age points fall (only with a birth date: a bare age has no day)."""
    profile = base.profile
    born = profile.birth_date
    if born is None:
        return []
    age = profile.age_on(profile.as_of)
    column = 0 if has_accompanying_spouse(profile) else 1
    for next_age in range(age + 1, _AGE_HIGH + 1):
        before = _AGE[min(max(next_age - 1, _AGE_LOW), _AGE_HIGH)][column]
        after_points = _AGE[min(max(next_age, _AGE_LOW), _AGE_HIGH)][column]
        if after_points < before:
            day = birthday(born, next_age)  # the day age_on counts it, 29 February on 1 March
            if day.toordinal() - profile.as_of.toordinal() > _HORIZON_DAYS:
                return []
            patch, years, after, renewed = _on(base, day)
            return [Improvement(
                "age_band", patch, after.total, after.total - base.crs.total, day,
                kind="warning",
                facts={"age": next_age, "before": base.crs.details["age"], "after": after.details["age"],
                       "also": [r for r in _what_else(base, after, years, renewed) if r != "age"]})]
    return []


# -- the partner as principal applicant ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PartnerComparison:
    """The couple's CRS with each partner as the principal applicant, and the partner's own CEC criteria."""

    crs_now: int
    crs_partner_principal: int
    partner_eligible: bool
    partner_missing: tuple[str, ...]  # "work", "work_years" (answers that disagree), "language", "quebec"
    required_clb: int | None
    # The language of the partner's result that meets the level: "CLB" for English, "NCLC" for French (RULES.md 2)
    language: str = ENGLISH


def partner_comparison(profile: ScreeningProfile) -> PartnerComparison | None:
    """Only when the profile carries the partner's birth date, foreign work and whether their Canadian work
    meets the CEC (optional spouse fields); None otherwise.

    The partner's education counts as the spouse factor counts it (the profile does not say whether it is
    foreign and assessed); a Canadian-credential bonus, a certificate of qualification or a nomination of
    the partner's are not known and count 0. The sentence says so.
    """
    spouse = profile.spouse
    if (spouse is None or not has_accompanying_spouse(profile) or not profile.has_age
            or spouse.birth_date is None or spouse.foreign_work_years is None or spouse.cec_work is None):
        return None
    base_results = [convert(t, i) for i, t in enumerate(profile.language_tests)]
    years = build_ledger(profile).crs_years
    now = crs_score(profile, base_results, years).total
    as_of = profile.as_of
    # The principal becomes the spouse: their result that earns the most spouse points.
    valid = [(r, t) for r, t in zip(base_results, profile.language_tests, strict=True) if r.valid_on(as_of)]
    own_test = max(valid, key=lambda pair: spouse_language_points(pair[0]))[1] if valid else None
    swapped = ScreeningProfile.model_construct(
        as_of=as_of, intends_to_live_in_quebec=profile.intends_to_live_in_quebec, birth_date=spouse.birth_date,
        age=None, marital_status=profile.marital_status,
        spouse=Spouse.model_construct(canadian_citizen_or_pr=False, accompanying=True,
                                      education=effective_education(profile), language_test=own_test,
                                      canadian_work_years=years, birth_date=None, foreign_work_years=None,
                                      cec_work=None),
        jobs=[], foreign_work_years=spouse.foreign_work_years,
        language_tests=[spouse.language_test] if spouse.language_test is not None else [],
        education=Education.model_construct(level=spouse.education, in_canada=False, eca=True,
                                            canadian_credential="none"),
        certificate_of_qualification=False, provincial_nomination=False,
        sibling_in_canada=profile.sibling_in_canada)
    partner_results = [convert(t, i) for i, t in enumerate(swapped.language_tests)]
    partner_total = crs_score(swapped, partner_results, min(spouse.canadian_work_years, _MAX_CRS_YEARS)).total
    required = {"teer_0_1": 7, "teer_2_3": 5}.get(spouse.cec_work)
    missing = []
    if required is None:
        missing.append("work")
    elif spouse.canadian_work_years < 1:
        # 1,560 hours is one completed year of Canadian work (RULES.md 1 and 3): "meets the program" and "no year"
        # cannot both hold, so the partner is not said eligible until one of the two answers is checked
        missing.append("work_years")
    level = required or 5
    meeting = [r for r in partner_results if r.valid_on(as_of) and r.lowest >= level]
    if not meeting:
        missing.append("language")
    if profile.intends_to_live_in_quebec:
        missing.append("quebec")
    language = meeting[0].language if meeting else ENGLISH
    return PartnerComparison(now, partner_total, not missing, tuple(missing), required, language)


# -- JSON and sentences ----------------------------------------------------------------------------------------
def _signed(n: int) -> str:
    return f"+{n}" if n > 0 else f"−{-n}" if n < 0 else "0"


def describe(item: Improvement, text: Catalog) -> str:
    """The improvement as one sentence of the catalog (eligibility/texts/improvements.*.toml); a gain of one
    point said in the singular ("+1 point", in English and French alike)."""
    sentence = _describe(item, text)
    if item.gain in (1, -1):
        one = _signed(item.gain)
        sentence = sentence.replace(f"{one} points", f"{one} point")
    return sentence


def _describe(item: Improvement, text: Catalog) -> str:
    facts, gain = item.facts, _signed(item.gain)
    if item.id == "spouse_language_renew":
        return text.t("article.spouse_renew", test=text.t(f"test.{facts['test']}"), gain=gain,
                      date=text.date(dt.date.fromisoformat(facts["expired"])))
    if item.id.startswith("retake_") and "ability" in facts:
        test = facts["test"]
        return text.t("improvements.retake_ability", test=text.t(f"test.{test}"),
                      ability=text.t(f"ability.{facts['ability']}"), to=_score(text, facts["to"]),
                      score=_score(text, facts["from"]), level=facts["level"], gain=gain,
                      scale=_scale(text, test))
    if "scores" in facts:
        scores = _scores_text(text, facts["scores"])
        kind = item.id.rsplit("_", 1)[0] if item.id.startswith(("retake_all", "take_all", "spouse_language")) \
            else ("first_" if facts.get("becomes_first") else "second_") + facts["language"] \
            if facts.get("has_first", True) else "take_all"  # no "second" alone
        sentence = text.t(f"improvements.{kind}", test=text.t(f"test.{facts['test']}"), level=facts["level"],
                          scores=scores, gain=gain, scale=_scale(text, facts["test"]),
                          a=text.t(f"article.{facts['test']}"))
        if facts.get("french_points"):
            sentence += " " + text.t("improvements.french_points", points=facts["french_points"])
        if facts.get("required"):  # the test named is an example: any approved one at the level will do
            if item.gain == 0:  # under "What would raise your score", a needed test that adds nothing says so
                sentence = re.sub(r"(?<![\d.,])0 points\.$", text.t("improvements.no_points"), sentence)
            sentence = text.t("article.required", what=sentence[:1].lower() + sentence[1:])
            sentence += " " + text.t("article.required_any")
        return sentence
    if item.id == "eca":
        return text.t("improvements.eca", level=text.t(f"improvements.level.{facts['level']}"), gain=gain)
    if item.id.startswith("work_year_"):
        assert item.when is not None
        sentence = text.t("improvements.work_year", date=text.date(item.when),
                          years=_years(text, facts["years"]), total=text.number(item.crs_after), gain=gain)
        return bare_age(text, _also(text, sentence, facts["also"]), facts)
    if item.id == "age_band":
        assert item.when is not None
        # A fall in age points is a warning, unless what else counts that day makes the estimate rise anyway.
        key = "improvements.age_band" if item.gain < 0 else "improvements.age_band_offset"
        sentence = text.t(key, date=text.date(item.when), age=facts["age"],
                          before=facts["before"], after=facts["after"], total=text.number(item.crs_after),
                          gain=gain)
        return _also(text, sentence, facts["also"])
    raise KeyError(item.id)


def bare_age(text: Catalog, sentence: str, facts: dict[str, Any]) -> str:
    """A dated figure for a bare age: the birthday that may come first is said (no birth date, no exact day)."""
    if facts.get("bare_age") is None:
        return sentence
    return f"{sentence} {text.t('improvements.bare_age', age=facts['bare_age'])}"


# The four scores of a target as written ("listening 7.0 · reading 6.5 · ..."), per catalog: the tables' minimums
# recur across profiles (a few hundred in all), and writing them is four look-ups and formats each. Keyed on the
# scores' types too: 7.0 and 7 are equal keys but written "7.0" and "7".
_SCORES_TEXT: dict[tuple[Catalog, tuple[Any, ...], tuple[type, ...]], str] = {}
_SCORES_TEXT_LIMIT = 4096  # entries kept at most; it starts over beyond


def _scores_text(text: Catalog, scores: dict[str, float]) -> str:
    values = tuple([scores[a] for a in ABILITIES])
    key = (text, values, tuple(map(type, values)))
    found = _SCORES_TEXT.get(key)
    if found is None:
        if len(_SCORES_TEXT) >= _SCORES_TEXT_LIMIT:
            _SCORES_TEXT.clear()
        found = _SCORES_TEXT[key] = " · ".join(
            f"{text.t(f'ability.{a}')} {_score(text, value)}" for a, value in zip(ABILITIES, values, strict=True))
    return found


# Scores and scales as written, per catalog: the same few hundred recur in every plan (issue 20). A score is keyed
# on its type too: 7.0 and 7 are equal keys but written "7.0" and "7".
_SCORE_TEXT: dict[tuple[Catalog, Any, type], str] = {}
_SCALE_TEXT: dict[tuple[Catalog, str], str] = {}


def _score(text: Catalog, value: float) -> str:
    """A score as printed on the report: IELTS bands with one decimal ("7.0"), the others whole."""
    key = (text, value, type(value))
    found = _SCORE_TEXT.get(key)
    if found is None:
        if len(_SCORE_TEXT) >= _SCORES_TEXT_LIMIT:
            _SCORE_TEXT.clear()
        shown = f"{value:.1f}" if isinstance(value, float) else str(value)
        found = _SCORE_TEXT[key] = shown.replace(".", text.t("improvements.decimal"))
    return found


def _scale(text: Catalog, test: str) -> str:
    """"CLB" for English tests and "NCLC" for French ones (French says NCLC for both)."""
    found = _SCALE_TEXT.get((text, test))
    if found is None:  # a test's name is one of the tables' few: nothing to bound
        found = _SCALE_TEXT[text, test] = text.t(f"improvements.scale_{_TESTS[test]['language']}")
    return found


def _also(text: Catalog, sentence: str, reasons: list[str]) -> str:
    if not reasons:
        return sentence
    what = text.join([text.t(f"improvements.also_{reason}") for reason in reasons])
    return f"{sentence} {text.t('improvements.also', what=what)}"


def _years(text: Catalog, n: int) -> str:
    return text.t(f"improvements.years_{'one' if n == 1 else 'other'}", n=n)


def as_dicts(items: list[Improvement], text: Catalog) -> list[dict[str, Any]]:
    """The `improvements` of assess's result: id, change, crs_after, gain, when, kind, text."""
    return [{"id": item.id, "change": item.change, "crs_after": item.crs_after, "gain": item.gain,
             "when": item.when.isoformat() if item.when else None, "kind": item.kind,
             "text": describe(item, text)} for item in items]


def partner_dict(comparison: PartnerComparison, text: Catalog) -> dict[str, Any]:
    """assess's `partner_comparison`: both totals, the partner's own criteria and a sentence."""
    return {"crs_now": comparison.crs_now, "crs_partner_principal": comparison.crs_partner_principal,
            "difference": comparison.crs_partner_principal - comparison.crs_now,
            "partner_eligible": comparison.partner_eligible, "partner_missing": list(comparison.partner_missing),
            "partner_required_clb": comparison.required_clb, "text": partner_text(comparison, text)}


def partner_text(comparison: PartnerComparison, text: Catalog) -> str:
    difference = comparison.crs_partner_principal - comparison.crs_now
    key = "more" if difference > 0 else "same" if difference == 0 else "less"
    parts = [text.t(f"improvements.partner.{key}", now=text.number(comparison.crs_now),
                    partner=text.number(comparison.crs_partner_principal), points=abs(difference))]
    if comparison.partner_eligible:
        parts.append(text.t("improvements.partner.eligible", level=comparison.required_clb,
                            scale=text.t(f"improvements.scale_{comparison.language}")))
    else:
        parts.append(text.t("improvements.partner.not_eligible", what=text.join(
            [text.t(f"improvements.partner.missing_{m}") for m in comparison.partner_missing])))
    parts.append(text.t("improvements.partner.assumptions"))
    return " ".join(parts)
