"""Leftovers 5: gaps earlier sessions left open, each tried with answers typed as on a phone.

1. The length typed with a one- or two-year Canadian credential ("yes 2 year diploma from humber", "oui, une AEC
   d'un an") was dropped: the one option holds both lengths, so beside a foreign credential that earns nothing (no
   ECA) the education factor counted a one-year program (90) where RULES.md 3 gives a two-year one 98. The length
   is now kept ("two_year", "one_year": an extension of the profile's `canadian_credential`), and "1 or 2 years",
   "2 years ago" keep the option that holds both (the lowest is counted, and said).
2. "not yet citizen", "not a citizen yet", "pas encore citoyenne", "no, applying for citizenship" to "Is your spouse
   or partner a Canadian citizen or permanent resident?" were stored as no (or refused with "answer yes or no"):
   the partner may be a permanent resident, who counts here as a citizen does (RULES.md 3, the "without spouse"
   column). Such answers now name both statuses and ask again; a PR or a temporary status ruled out beside them
   ("not yet, applied for PR", "not yet citizen, on work permit") is still a no. 17 of 36 phrasings were wrong.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eligibility.crs import score
from eligibility.profile import ScreeningProfile
from flows.questions import BY_ID
from flows.rendering import echo
from flows.texts import catalog

from .test_typed_answers_audit import answer

TODAY = dt.date(2026, 11, 27)


# -- 1. the length of a Canadian credential ---------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("yes 2 year diploma from humber", "en", "two_year"), ("yes, 2yr diploma", "en", "two_year"),
    ("yes college diploma 2 years", "en", "two_year"), ("yes two year diploma at george brown", "en", "two_year"),
    ("yes 2-year college diploma", "en", "two_year"), ("yeah 2 yrs at conestoga", "en", "two_year"),
    ("yes 1 yr certificate from sheridan", "en", "one_year"), ("yes, one-year postgrad cert", "en", "one_year"),
    ("yes, graduate certificate (1 year)", "en", "one_year"),
    ("oui, un DEC de 2 ans", "fr", "two_year"), ("oui, un diplôme de deux ans au collège", "fr", "two_year"),
    ("oui une AEC d'un an", "fr", "one_year"), ("oui un dep 1 an", "fr", "one_year"),
    # either length, or a time rather than a length: the option that holds both, counted at its lowest
    ("yes a 1-2 yr program", "en", "one_or_two_year"), ("yes 1 or 2 years", "en", "one_or_two_year"),
    ("yes, finished it 2 years ago", "en", "one_or_two_year"),
    ("oui, il y a 2 ans, un diplome collégial", "fr", "one_or_two_year"),
    ("yes a one year program and a two year program", "en", "one_or_two_year"),
    ("yes 3 year advanced diploma", "en", "three_year_plus"),
])
def test_the_length_typed_with_a_canadian_credential_is_kept(typed: str, lang: str, stored: str) -> None:
    outcome = answer("canadian_credential", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


def test_the_length_kept_is_echoed_in_the_person_s_language() -> None:
    question = BY_ID["canadian_credential"]
    assert echo(question, "two_year", catalog("en")) == "Yes, a two-year credential"
    assert echo(question, "one_year", catalog("fr")) == "Oui, un diplôme d'un an"


def _education_points(level: str, eca: bool, credential: str) -> tuple[int, int]:
    profile = ScreeningProfile.model_validate({
        "as_of": TODAY.isoformat(), "age": 26,
        "education": {"level": level, "in_canada": False, "eca": eca, "canadian_credential": credential}})
    details = score(profile, [], 0).details
    return details["education"], details["canadian_credential"]


@pytest.mark.parametrize(("level", "eca", "credential", "points"), [
    # RULES.md 3, without spouse: one-year 90, two-year 98, two or more (one of 3+ years) 128; 15 additional
    ("bachelor", False, "two_year", (98, 15)), ("bachelor", False, "one_year", (90, 15)),
    ("bachelor", False, "one_or_two_year", (90, 15)),  # the length not said: the lowest, as before
    ("one_year", True, "two_year", (98, 15)),  # the higher of a one-year with its ECA and a Canadian two-year
    ("bachelor", True, "two_year", (128, 15)),  # two or more, one of them of 3+ years
    ("two_year", True, "one_year", (98, 15)),
])
def test_a_canadian_credential_of_a_length_said_counts_at_that_level(level: str, eca: bool, credential: str,
                                                                      points: tuple[int, int]) -> None:
    assert _education_points(level, eca, credential) == points


# -- 2. a partner "not a citizen yet" ---------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang"), [
    ("not yet citizen", "en"), ("not a citizen yet", "en"), ("not citizen yet", "en"),
    ("no not yet citizen", "en"), ("no, not canadian citizen yet", "en"), ("she's not a citizen yet", "en"),
    ("no he isnt citizen yet", "en"), ("not yet a citizen, applying for citizenship next year", "en"),
    ("no, applying for citizenship", "en"), ("no, waiting for citizenship", "en"),
    ("nope not a citizen yet", "en"), ("no citizenship yet", "en"), ("not yet canadian", "en"),
    ("no shes not canadian yet", "en"),
    ("pas encore citoyenne", "fr"), ("pas encore citoyen", "fr"), ("non pas encore citoyen", "fr"),
    ("pas encore canadienne", "fr"), ("non, elle n'est pas encore citoyenne", "fr"), ("pas citoyen encore", "fr"),
    ("non, en attente de la citoyenneté", "fr"), ("elle a pas encore sa citoyennete", "fr"),
    ("pas encore la citoyenneté", "fr"),
])
def test_a_partner_not_a_citizen_yet_is_asked_whether_a_permanent_resident(typed: str, lang: str) -> None:
    outcome = answer("spouse_citizen", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert ("is your spouse or partner a permanent resident? If they are, tap “Yes”" if lang == "en" else
            "votre époux ou conjoint de fait est-il résident permanent ? Si oui, touchez « Oui »") in outcome.first


@pytest.mark.parametrize(("typed", "lang"), [
    ("not yet, applied for PR", "en"), ("no, still on work permit, not citizen yet", "en"),
    ("not yet citizen nor pr", "en"), ("not yet pr", "en"), ("not yet citizen, on work permit", "en"),
    ("no not yet, she's on a spousal open work permit", "en"), ("not yet", "en"),
    ("pas encore, elle a un permis de travail", "fr"), ("pas encore rp", "fr"), ("non pas encore", "fr"),
])
def test_a_partner_neither_citizen_nor_pr_yet_is_still_a_no(typed: str, lang: str) -> None:
    outcome = answer("spouse_citizen", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", False)


@pytest.mark.parametrize(("typed", "lang"), [
    ("not yet citizen, she's PR", "en"), ("not a citizen yet but she has pr", "en"),
    ("non, pas encore citoyen, il est RP", "fr"),
])
def test_a_partner_not_a_citizen_yet_but_pr_hears_that_either_is_a_yes(typed: str, lang: str) -> None:
    outcome = answer("spouse_citizen", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert ("citizen or a permanent resident: if they are either one, tap “Yes”" if lang == "en" else
            "citoyen canadien ou résident permanent : si c'est l'un ou l'autre, touchez « Oui »") in outcome.first
