"""The Comprehensive Ranking System (grid in force since 2025-03-25), from eligibility/data/crs_grid.json."""

from __future__ import annotations

from dataclasses import dataclass

from eligibility.language import ENGLISH, FRENCH, Result, best, convert
from eligibility.profile import ScreeningProfile
from eligibility.tables import crs_grid

_G = crs_grid()
_T = _G["transferability"]
_A = _G["additional"]
_SHORT = frozenset(_T["education_short"])
_LONG = frozenset(_T["education_long"])


@dataclass(frozen=True, slots=True)
class Crs:
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


def _pick(pair: list[int], with_spouse: bool) -> int:
    return pair[0] if with_spouse else pair[1]


def _per_ability(table: dict[str, object], clb: int) -> object:
    """A per-ability table keyed by CLB; levels beyond its ends take the nearest row."""
    keys = sorted(int(k) for k in table)
    return table[str(min(max(clb, keys[0]), keys[-1]))]


def has_accompanying_spouse(profile: ScreeningProfile) -> bool:
    """The "with spouse" column: a partner who comes along and is not a Canadian citizen or PR.

    When married or common-law but no spouse details were given, the spouse is taken as accompanying,
    the choice that never overstates the score.
    """
    if profile.marital_status not in ("married", "common_law"):
        return False
    spouse = profile.spouse
    return spouse is None or (spouse.accompanying and not spouse.canadian_citizen_or_pr)


def effective_education(profile: ScreeningProfile) -> str:
    """The level that earns points: a foreign credential counts only with a valid ECA."""
    education = profile.education
    if education is None or not (education.in_canada or education.eca):
        return "less_than_secondary"
    return education.level


def _language_tier(result: Result | None, upper: int, lower: int) -> str | None:
    if result is None:
        return None
    if result.lowest >= upper:
        return "upper"
    if result.lowest >= lower:
        return "lower"
    return None


def _transferability(education: str, first: Result | None, canadian_years: int, foreign_years: int,
                     certificate: bool) -> dict[str, int]:
    lang_tier = _language_tier(first, 9, 7)
    work_tier = "upper" if canadian_years >= 2 else "lower" if canadian_years == 1 else None
    edu_row = _T["long_row"] if education in _LONG else _T["short_row"] if education in _SHORT else None
    foreign_row = (_T["long_row"] if foreign_years >= _T["foreign_work_long_from_years"]
                   else _T["short_row"] if foreign_years >= 1 else None)
    parts = {
        "education_language": edu_row[lang_tier] if edu_row and lang_tier else 0,
        "education_canadian_work": edu_row[work_tier] if edu_row and work_tier else 0,
        "foreign_work_language": foreign_row[lang_tier] if foreign_row and lang_tier else 0,
        "foreign_work_canadian_work": foreign_row[work_tier] if foreign_row and work_tier else 0,
        "certificate_language": 0,
    }
    if certificate:
        cert_tier = _language_tier(first, 7, 5)
        parts["certificate_language"] = _T["certificate"][cert_tier] if cert_tier else 0
    return parts


def _score(profile: ScreeningProfile, first: Result | None, second: Result | None,
           english: Result | None, french: Result | None, canadian_years: int) -> Crs:
    with_spouse = has_accompanying_spouse(profile)
    education = effective_education(profile)
    age = profile.age_on(profile.as_of)
    age_pair = _G["age"][str(min(max(age, 17), 45))]
    details = {
        "age": _pick(age_pair, with_spouse),
        "education": _pick(_G["education"][education], with_spouse),
        "first_language": sum(_pick(_per_ability(_G["first_language_per_ability"], c), with_spouse)
                              for c in first.clb) if first else 0,
        "second_language": min(_pick(_G["second_language_cap"], with_spouse),
                                sum(_per_ability(_G["second_language_per_ability"], c) for c in second.clb))
        if second else 0,
        "canadian_work": _pick(_G["canadian_work"][str(canadian_years)], with_spouse),
    }
    core = sum(details.values())

    spouse_points = 0
    if with_spouse and profile.spouse is not None:
        spouse = profile.spouse
        table = _G["spouse"]
        test = convert(spouse.language_test) if spouse.language_test else None
        spouse_language = (sum(_per_ability(table["language_per_ability"], c) for c in test.clb)
                           if test is not None and test.valid_on(profile.as_of) else 0)
        spouse_points = min(table["max"], table["education"][spouse.education] + spouse_language
                            + table["canadian_work"][str(min(5, spouse.canadian_work_years))])
        details["spouse"] = spouse_points

    parts = _transferability(education, first, canadian_years, profile.foreign_work_years,
                             profile.certificate_of_qualification)
    transferability = min(
        _T["max"],
        min(_T["education_cap"], parts["education_language"] + parts["education_canadian_work"])
        + min(_T["foreign_work_cap"], parts["foreign_work_language"] + parts["foreign_work_canadian_work"])
        + min(_T["certificate_cap"], parts["certificate_language"]),
    )
    details.update(parts)

    credential = profile.education.canadian_credential if profile.education else "none"
    french_points = 0
    if french is not None and french.lowest >= _A["french_min_nclc"]:
        english_ok = english is not None and english.lowest >= 5
        french_points = _A["french_with_english_clb5"] if english_ok else _A["french_only"]
    extra = {
        "provincial_nomination": _A["provincial_nomination"] if profile.provincial_nomination else 0,
        "canadian_credential": _A["canadian_credential"][credential],
        "french": french_points,
        "sibling": _A["sibling"] if profile.sibling_in_canada else 0,
        "arranged_employment": _A["arranged_employment"],
    }
    details.update(extra)
    additional = min(_A["max"], sum(extra.values()))
    return Crs(core, spouse_points, transferability, additional, first.language if first else None, details)


def score(profile: ScreeningProfile, results: list[Result], canadian_years: int) -> Crs:
    """The CRS, designating as first official language whichever of English or French scores more."""
    english = best(results, ENGLISH, profile.as_of)
    french = best(results, FRENCH, profile.as_of)
    options = [_score(profile, english, french, english, french, canadian_years)]
    if french is not None:
        options.append(_score(profile, french, english, english, french, canadian_years))
    return max(options, key=lambda c: c.total)
