"""The Comprehensive Ranking System (grid in force since 2025-03-25), from eligibility/data/crs_grid.json.

The grid is read once into int-keyed tables at import. A score is computed in two steps: the points that
do not depend on which official language is designated first (age, education, Canadian work, spouse,
additional points), once, then the language and transferability points for each possible designation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from eligibility.language import ENGLISH, FRENCH, MAX_LEVEL, Result, best, convert
from eligibility.profile import ScreeningProfile
from eligibility.tables import crs_grid

_G = crs_grid()
_T = _G["transferability"]
_A = _G["additional"]
_S = _G["spouse"]
_SHORT = frozenset(_T["education_short"])
_LONG = frozenset(_T["education_long"])

# Pairs in the grid are [with spouse, without spouse]: a column index picks one.
_WITH_SPOUSE, _WITHOUT_SPOUSE = 0, 1
_AGE = {int(k): v for k, v in _G["age"].items()}
_AGE_LOW, _AGE_HIGH = min(_AGE), max(_AGE)
_CANADIAN_WORK = {int(k): v for k, v in _G["canadian_work"].items()}
_SPOUSE_WORK = {int(k): v for k, v in _S["canadian_work"].items()}

_Row = TypeVar("_Row")


@dataclass(slots=True)
class Crs:
    """A score and its details. Treat it as immutable: it is not a frozen dataclass only because those take
    twice as long to create, and a score may try several pairs of results."""

    core: int
    spouse: int
    transferability: int
    additional: int
    first_language: str | None
    details: dict[str, int]

    @property
    def total(self) -> int:
        return self.core + self.spouse + self.transferability + self.additional

    def as_dict(self) -> dict:
        return {"total": self.total, "core": self.core, "spouse": self.spouse,
                "transferability": self.transferability, "additional": self.additional,
                "first_language": self.first_language, "details": self.details}


def _per_ability(table: dict[str, _Row], clb: int) -> _Row:
    """A per-ability table keyed by CLB; levels beyond its ends take the nearest row."""
    keys = sorted(int(k) for k in table)
    return table[str(min(max(clb, keys[0]), keys[-1]))]


def _by_level(table: dict[str, _Row]) -> tuple[_Row, ...]:
    """A per-ability table as a tuple indexed by the level itself, from 0 to the highest level a test gives."""
    return tuple(_per_ability(table, level) for level in range(MAX_LEVEL + 1))


# Per-ability points indexed by CLB: the four abilities of a result add up with plain indexing.
_FIRST_LANGUAGE = tuple(tuple(pair[column] for pair in _by_level(_G["first_language_per_ability"]))
                        for column in (_WITH_SPOUSE, _WITHOUT_SPOUSE))
_SECOND_LANGUAGE = _by_level(_G["second_language_per_ability"])
_SECOND_LANGUAGE_CAP: list[int] = _G["second_language_cap"]
_SPOUSE_LANGUAGE = _by_level(_S["language_per_ability"])


def spouse_language_points(result: Result) -> int:
    """The spouse factor's points of one result (RULES.md section 3, per ability), whether it is valid or not."""
    return sum(map(_SPOUSE_LANGUAGE.__getitem__, result.clb))


def has_accompanying_spouse(profile: ScreeningProfile) -> bool:
    """The "with spouse" column: a partner who comes along and is not a Canadian citizen or PR.

    When married or common-law but no spouse details were given, the spouse is taken as accompanying,
    the choice that never overstates the score.
    """
    if profile.marital_status not in ("married", "common_law"):
        return False
    spouse = profile.spouse
    return spouse is None or (spouse.accompanying and not spouse.canadian_citizen_or_pr)


# A Canadian post-secondary credential needs no ECA. Its kind maps to the lowest level it can be when the profile
# does not say more: "one or two years" to a one-year program, "three years or more" to a bachelor's; a length said
# ("one_year", "two_year") to its own level (RULES.md 3: a two-year program 91/98, a one-year 84/90).
_CANADIAN_CREDENTIAL_LEVEL = {"none": "less_than_secondary", "one_or_two_year": "one_year", "one_year": "one_year",
                              "two_year": "two_year", "three_year_plus": "bachelor"}
SHORT_CANADIAN_CREDENTIALS = frozenset({"one_or_two_year", "one_year", "two_year"})
_EDUCATION_RANK = {level: rank for rank, level in enumerate(_G["education"])}


_THREE_YEARS_OR_MORE = frozenset({"bachelor", "two_or_more", "master", "doctoral"})
POST_SECONDARY = _THREE_YEARS_OR_MORE | {"one_year", "two_year"}


def effective_education(profile: ScreeningProfile) -> str:
    """The level that earns points: a foreign credential counts only with a valid ECA, a Canadian one always."""
    education = profile.education
    if education is None:
        return "less_than_secondary"
    return _effective_level(education.level, education.in_canada or education.eca, education.canadian_credential,
                            not education.in_canada)


@lru_cache(maxsize=256)  # 8 levels x 2 x 5 credentials x 2 = 160 keys at most
def _effective_level(level: str, counts: bool, canadian_credential: str, separate: bool) -> str:
    """The higher of the two credentials; a foreign post-secondary one that counts and a separate Canadian one
    are "two or more credentials" when one of them is of three years or more (RULES.md 4)."""
    highest = level if counts else "less_than_secondary"
    canadian = _CANADIAN_CREDENTIAL_LEVEL[canadian_credential]
    best = max(highest, canadian, key=_EDUCATION_RANK.__getitem__)
    if (separate and highest in POST_SECONDARY and canadian_credential != "none"
            and (highest in _THREE_YEARS_OR_MORE or canadian_credential == "three_year_plus")
            and _EDUCATION_RANK[best] < _EDUCATION_RANK["two_or_more"]):
        return "two_or_more"
    return best


_GRADUATE = frozenset({"master", "doctoral"})


def canadian_credential(profile: ScreeningProfile) -> str:
    """The row of the Canadian-credential additional points. A Canadian master's, entry-to-practice professional
    or doctoral degree earns the "three years or more" row whatever its length (RULES.md 3: "30 (three years or
    more, or a master's, professional or doctoral degree)"), so a one-year Canadian master's is not 15."""
    education = profile.education
    if education is None:
        return "none"
    if education.in_canada and education.level in _GRADUATE \
            and education.canadian_credential in SHORT_CANADIAN_CREDENTIALS:
        return "three_year_plus"
    # a length said ("two_year") earns the row of a one- or two-year credential (RULES.md 3: 15)
    return "one_or_two_year" if education.canadian_credential in SHORT_CANADIAN_CREDENTIALS \
        else education.canadian_credential


# The transferability rows, by the name score() gives them (None: no row applies).
_TRANSFER_ROWS: dict[str | None, dict[str, int] | None] = {None: None, "short_row": _T["short_row"],
                                                           "long_row": _T["long_row"]}
# The language tiers of transferability by the first language's weakest ability, as a "bucket": 0 below 5,
# 1 for 5-6, 2 for 7-8, 3 for 9 and above. With education or foreign work, 9+ is "upper" and 7-8 "lower";
# with a certificate of qualification, 7+ is "upper" and 5-6 "lower".
_LANGUAGE_TIERS: tuple[str | None, ...] = (None, None, "lower", "upper")
_CERTIFICATE_TIERS: tuple[str | None, ...] = (None, "lower", "upper", "upper")


def _bucket(first: Result | None) -> int:
    """The first language's bucket of _LANGUAGE_TIERS and _CERTIFICATE_TIERS; no result is bucket 0."""
    if first is None:
        return 0
    lowest = first.lowest
    return 3 if lowest >= 9 else 2 if lowest >= 7 else 1 if lowest >= 5 else 0


@lru_cache(maxsize=64)  # 3 education rows x 3 foreign work rows x 3 work tiers x 2 = 54 keys at most
def _transferability(edu: str | None, foreign: str | None, work_tier: str | None,
                     certificate: bool) -> tuple[tuple[dict[str, int], int], ...]:
    """For each bucket of the first language, the transferability details and their capped total.

    Everything else they depend on is the same whichever language is designated first, so each profile needs
    one call and the few combinations are worked out once. The details are copied, never changed.
    """
    edu_row, foreign_row = _TRANSFER_ROWS[edu], _TRANSFER_ROWS[foreign]
    by_bucket = []
    for lang_tier, cert_tier in zip(_LANGUAGE_TIERS, _CERTIFICATE_TIERS, strict=True):
        parts = {
            "education_language": edu_row[lang_tier] if edu_row and lang_tier else 0,
            "education_canadian_work": edu_row[work_tier] if edu_row and work_tier else 0,
            "foreign_work_language": foreign_row[lang_tier] if foreign_row and lang_tier else 0,
            "foreign_work_canadian_work": foreign_row[work_tier] if foreign_row and work_tier else 0,
            "certificate_language": _T["certificate"][cert_tier] if certificate and cert_tier else 0,
        }
        total = min(
            _T["max"],
            min(_T["education_cap"], parts["education_language"] + parts["education_canadian_work"])
            + min(_T["foreign_work_cap"], parts["foreign_work_language"] + parts["foreign_work_canadian_work"])
            + min(_T["certificate_cap"], parts["certificate_language"]),
        )
        by_bucket.append((parts, total))
    return tuple(by_bucket)


class _Designation:
    """The points that depend on the first official language: language, and transferability with it."""

    __slots__ = ("first", "first_points", "parts", "points", "second_points", "transferability")

    def __init__(self, first: Result | None, second: Result | None, column: int,
                 transferability: tuple[tuple[dict[str, int], int], ...]) -> None:
        self.first = first
        if first is not None:
            points = _FIRST_LANGUAGE[column]
            listening, reading, writing, speaking = first.clb
            self.first_points = points[listening] + points[reading] + points[writing] + points[speaking]
        else:
            self.first_points = 0
        if second is not None:
            listening, reading, writing, speaking = second.clb
            self.second_points = min(_SECOND_LANGUAGE_CAP[column],
                                     _SECOND_LANGUAGE[listening] + _SECOND_LANGUAGE[reading]
                                     + _SECOND_LANGUAGE[writing] + _SECOND_LANGUAGE[speaking])
        else:
            self.second_points = 0
        self.parts, self.transferability = transferability[_bucket(first)]
        # What this designation adds to the points that do not depend on it.
        self.points = self.first_points + self.second_points + self.transferability


def _dominated(result: Result, chosen: Result | None) -> bool:
    """No ability of `result` above the same ability of `chosen`."""
    if chosen is None:
        return False
    listening, reading, writing, speaking = result.clb
    best_l, best_r, best_w, best_s = chosen.clb
    return listening <= best_l and reading <= best_r and writing <= best_w and speaking <= best_s


def score(profile: ScreeningProfile, results: list[Result], canadian_years: int) -> Crs:
    """The CRS, designating as first official language whichever of English or French scores more.

    On equal totals English stays first.
    """
    return Scorer(profile, canadian_years).score(results)


class Scorer:
    """The points of one profile and number of Canadian work years that no language result changes, worked out
    once: the plan tries many new results on one profile (issue 20) and re-scores only what they touch."""

    __slots__ = ("_additional", "_age", "_as_of", "_column", "_education", "_spouse", "_transferability", "_work")

    def __init__(self, profile: ScreeningProfile, canadian_years: int) -> None:
        as_of = self._as_of = profile.as_of
        with_spouse = has_accompanying_spouse(profile)
        column = self._column = _WITH_SPOUSE if with_spouse else _WITHOUT_SPOUSE
        education = effective_education(profile)
        age = profile.age_on(as_of)

        # The parts the designation does not change.
        self._age = _AGE[min(max(age, _AGE_LOW), _AGE_HIGH)][column]
        self._education = _G["education"][education][column]
        self._work = _CANADIAN_WORK[canadian_years][column]

        spouse_points: int | None = None  # None: no "spouse" line in the details
        if with_spouse and profile.spouse is not None:
            spouse = profile.spouse
            test = convert(spouse.language_test) if spouse.language_test else None
            spouse_language = spouse_language_points(test) if test is not None and test.valid_on(as_of) else 0
            spouse_points = min(_S["max"], _S["education"][spouse.education] + spouse_language
                                + _SPOUSE_WORK[min(5, spouse.canadian_work_years)])
        self._spouse = spouse_points

        credential = canadian_credential(profile)
        edu_row = "long_row" if education in _LONG else "short_row" if education in _SHORT else None
        foreign_years = profile.foreign_work_years
        foreign_row = ("long_row" if foreign_years >= _T["foreign_work_long_from_years"]
                       else "short_row" if foreign_years >= 1 else None)
        work_tier = "upper" if canadian_years >= 2 else "lower" if canadian_years == 1 else None
        self._transferability = _transferability(edu_row, foreign_row, work_tier,
                                                 profile.certificate_of_qualification)

        # The additional points other than French's, the same for every pair of results.
        self._additional = (_A["provincial_nomination"] if profile.provincial_nomination else 0,
                            _A["canadian_credential"][credential],
                            _A["sibling"] if profile.sibling_in_canada else 0,
                            _A["arranged_employment"])

    def _with_tests(self, english: Result | None, french: Result | None) -> Crs:
        """The score when these two results (either may be None) are the ones presented."""
        french_points = 0
        if french is not None and french.lowest >= _A["french_min_nclc"]:
            english_ok = english is not None and english.lowest >= 5
            french_points = _A["french_with_english_clb5"] if english_ok else _A["french_only"]
        # The language and transferability points of each designation; French first only when it scores more.
        column, transferability = self._column, self._transferability
        chosen = _Designation(english, french, column, transferability)
        if french is not None:
            other = _Designation(french, english, column, transferability)
            if other.points > chosen.points:
                chosen = other
        first_points, second_points = chosen.first_points, chosen.second_points
        age_points, education_points, work_points = self._age, self._education, self._work
        details = {
            "age": age_points,
            "education": education_points,
            "first_language": first_points,
            "second_language": second_points,
            "canadian_work": work_points,
        }
        core = age_points + education_points + first_points + second_points + work_points
        spouse_points = self._spouse
        if spouse_points is not None:
            details["spouse"] = spouse_points
        details.update(chosen.parts)
        # The additional points, after the others in the details.
        provincial_points, credential_points, sibling_points, arranged_points = self._additional
        details["provincial_nomination"] = provincial_points
        details["canadian_credential"] = credential_points
        details["french"] = french_points
        details["sibling"] = sibling_points
        details["arranged_employment"] = arranged_points
        additional = min(_A["max"],
                         provincial_points + credential_points + french_points + sibling_points + arranged_points)
        first = chosen.first
        return Crs(core, spouse_points or 0, chosen.transferability, additional,
                   first.language if first else None, details)

    def _points(self, english: Result | None, french: Result | None) -> int:
        """_with_tests(english, french).total, without the details: the plan and the paths try many results
        and keep only totals. The designation that scores more is the one _with_tests chooses."""
        french_points = 0
        if french is not None and french.lowest >= _A["french_min_nclc"]:
            english_ok = english is not None and english.lowest >= 5
            french_points = _A["french_with_english_clb5"] if english_ok else _A["french_only"]
        column, transferability = self._column, self._transferability
        points = _Designation(english, french, column, transferability).points
        if french is not None:
            points = max(points, _Designation(french, english, column, transferability).points)
        provincial_points, credential_points, sibling_points, arranged_points = self._additional
        additional = min(_A["max"],
                         provincial_points + credential_points + french_points + sibling_points + arranged_points)
        return self._age + self._education + self._work + (self._spouse or 0) + points + additional

    def total(self, results: list[Result]) -> int:
        """score(results).total: the highest total of the same pairs of results, without building a score."""
        if len(results) < 2:  # one pair only (_pairs): without the generator and max, tried many times a plan
            return self._points(*best(results, self._as_of))
        return max(self._points(english, french) for english, french in self._pairs(results))

    def score(self, results: list[Result]) -> Crs:
        """The CRS with these results, presenting the pair of valid results that scores most (the first of
        equal totals: the best result of each language)."""
        pairs = self._pairs(results)
        best_score = self._with_tests(*next(pairs))
        for english, french in pairs:
            candidate = self._with_tests(english, french)
            if candidate.total > best_score.total:
                best_score = candidate
        return best_score

    def _pairs(self, results: list[Result]) -> Iterator[tuple[Result | None, Result | None]]:
        """The pairs of results worth presenting: the best valid result of each language first. Several valid
        results in one language: every pair of results that are not dominated, since points never fall when a
        level rises (a result no better than the chosen one in every ability cannot score more)."""
        as_of = self._as_of
        english, french = best(results, as_of)
        yield english, french
        if len(results) < 2:  # the one result, if valid, is already presented
            return
        others_en = [r for r in results if r.language == ENGLISH and r is not english and r.valid_on(as_of)
                     and not _dominated(r, english)]
        others_fr = [r for r in results if r.language == FRENCH and r is not french and r.valid_on(as_of)
                     and not _dominated(r, french)]
        if others_en or others_fr:
            for option_en in [english, *others_en]:
                for option_fr in [french, *others_fr]:
                    yield option_en, option_fr
