"""Leftovers 5: gaps earlier sessions left open, each tried with answers typed as on a phone.

1. The length typed with a one- or two-year Canadian credential ("yes 2 year diploma from humber", "oui, une AEC
   d'un an") was dropped: the one option holds both lengths, so beside a foreign credential that earns nothing (no
   ECA) the education factor counted a one-year program (90) where RULES.md 3 gives a two-year one 98. The length
   is now kept ("two_year", "one_year": an extension of the profile's `canadian_credential`), and "1 or 2 years",
   "2 years ago" keep the option that holds both (the lowest is counted, and said).
2. "not yet citizen", "not a citizen yet", "pas encore citoyenne", "no, applying for citizenship" to "Is your
   spouse or partner a Canadian citizen or permanent resident?" were stored as no (or refused with "answer yes or
   no"): the partner may be a permanent resident, who counts here as a citizen does (RULES.md 3, the "without
   spouse" column). Such answers now name both statuses and ask again; a PR or a temporary status ruled out beside
   them ("not yet, applied for PR", "not yet citizen, on work permit") is still a no. 17 of 36 were wrong.
3. "masters is from u of c" to "Where did you earn that credential?" got "Please tap one of the buttons": the short
   forms said only of a Canadian university (u of c, u of s, u of g, UdeS, uleth, UNBC, MRU, umontreal) and a
   credential named beside the school ("bachelors at u of t") are read as Canada; short forms that name schools
   abroad as often (u of a, u of m, u of r, u of o, u of w, queens) are asked. 20 of 40 were refused; "mac", "dal",
   "western", "waterloo", "poly", "ets", "TRU", "mun" (everyday words, or places abroad too) still are. "my cousin
   is in toronto", "mon cousin à montréal", "yes my uncle" to the sibling question got "answer yes or no", and "yes
   my mom", "yes my niece", "oui mes parents" were stored as a yes (15 points): now each hears that only a brother
   or sister counts (RULES.md 3), and the question again; a brother- or sister-in-law hears that only the
   accompanying partner's own brother or sister counts; "no but my cousin is", "cousin only" are a no. 25 of 25
   were wrong.
4. Chosen from the strict xfails (unfinished work a user notices, not a judgement call): round 15's "sister, she's
   PR in calgary" (and round 5's "my wife's brother is PR") got "answer yes or no". A brother or sister named with
   a status and no yes or no is read: a citizen or PR is a yes (a partner's only while the partner counts), PR
   waited for hears why it does not count yet, a permit or visa hears that only a citizen or PR counts (asked
   again, as round 8 decided; round 5's wish of a plain no stays a strict xfail there). 11 of 15 were refused.
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


# -- 3. a Canadian university's short form; a relative who is not a brother or sister ---------------------------
@pytest.mark.parametrize(("typed", "lang"), [
    ("masters is from u of c", "en"), ("u of c", "en"), ("bachelors at u of t", "en"),
    ("my degree is from u of s", "en"),
    ("u of g", "en"), ("at uofc", "en"), ("UofC", "en"), ("à l'UdeS", "fr"), ("at UNBC", "en"), ("mru", "en"),
    ("uleth", "en"), ("umontreal", "fr"),
    # read before too, and still
    ("UofT", "en"), ("ucalgary", "en"), ("mcmaster", "en"), ("à l'udem", "fr"), ("SFU", "en"), ("UVic", "en"),
])
def test_a_canadian_university_by_its_short_form_is_canada(typed: str, lang: str) -> None:
    outcome = answer("education_where", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "canada")


@pytest.mark.parametrize("typed", ["from u of a", "u of m", "U of M", "uofa", "u of r", "u of o", "u of w",
                                   "queens"])
def test_a_short_form_that_names_a_school_abroad_as_often_is_asked(typed: str) -> None:
    outcome = answer("education_where", typed)
    assert (outcome.kind, outcome.choices) == ("asked", ["canada", "abroad_eca", "abroad"])
    assert f"I can read “{typed}” in more than one way" in outcome.first


@pytest.mark.parametrize("typed", ["masters from india", "bachelors in nigeria",
                                   "my degree is from the philippines"])
def test_a_credential_named_beside_a_country_abroad_is_still_asked_about_its_eca(typed: str) -> None:
    outcome = answer("education_where", typed)
    assert (outcome.kind, outcome.choices) == ("asked", ["abroad_eca", "abroad"])


@pytest.mark.parametrize(("typed", "lang"), [
    ("my cousin is in toronto", "en"), ("my cousin lives in canada", "en"), ("yes my cousin", "en"),
    ("yes, cousin in vancouver", "en"), ("my uncle in vancouver", "en"), ("my aunt is PR", "en"),
    ("yes my uncle", "en"), ("my parents are here", "en"), ("yes my mom", "en"),
    ("yes my niece", "en"), ("my best friend", "en"),
    ("mon cousin à montréal", "fr"), ("oui mon cousin", "fr"), ("ma cousine est citoyenne", "fr"),
    ("oui, mon oncle à toronto", "fr"), ("ma tante vit à Calgary", "fr"), ("oui mes parents", "fr"),
    ("ma niece", "fr"),
])
def test_a_relative_who_is_not_a_brother_or_sister_hears_why_and_the_question_again(typed: str, lang: str) -> None:
    outcome = answer("sibling", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert ("Only a brother or sister counts for these points" if lang == "en" else
            "Seul un frère ou une sœur compte pour ces points") in outcome.first


@pytest.mark.parametrize(("typed", "lang"), [
    ("yes my brother in law", "en"), ("my sister in law is a citizen", "en"), ("mon beau-frère", "fr"),
    ("oui ma belle-soeur", "fr"),
])
def test_a_brother_or_sister_in_law_hears_whose_counts(typed: str, lang: str) -> None:
    outcome = answer("sibling", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert ("counts only as your accompanying spouse's or partner's own brother or sister" if lang == "en" else
            "ne compte que s'il s'agit du frère ou de la sœur de votre époux ou conjoint de fait") in outcome.first


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("no but my cousin is", "en", False), ("nope, only cousins back home", "en", False),
    ("non mais mon cousin oui", "fr", False),
    ("yes my brother", "en", True), ("yes my wife's brother", "en", True), ("oui ma sœur à Montréal", "fr", True),
])
def test_a_no_beside_a_cousin_and_a_brother_or_sister_named_are_read(typed: str, lang: str, stored: bool) -> None:
    outcome = answer("sibling", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


# RULES.md 3 says "a brother or sister" and is silent on half- and step-siblings: since leftovers 7 the bot says
# that the rules it uses do not settle it, and where to check (tests/flows/test_leftovers7.py)
@pytest.mark.parametrize(("typed", "lang"), [("yes my stepbrother", "en"), ("yes my half sister", "en"),
                                             ("oui mon demi-frère", "fr")])
def test_a_half_or_step_sibling_is_told_the_rules_here_do_not_settle_it(typed: str, lang: str) -> None:
    outcome = answer("sibling", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert ("half" if lang == "en" else "demi") in outcome.first.replace(typed, "")  # said, not only quoted


# -- 4. a brother or sister named with a status ----------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang"), [
    ("my wife's brother is PR", "en"), ("my sis is pr", "en"), ("brother, citizen", "en"),
    ("sister is a canadian citizen", "en"), ("sister, she's PR in calgary", "en"),
    ("my husband's sister is a citizen", "en"), ("mon frere est RP a montreal", "fr"),
    # read before too, and still
    ("my brother is PR", "en"), ("ma soeur est citoyenne", "fr"),
])
def test_a_brother_or_sister_who_is_a_citizen_or_pr_is_a_yes(typed: str, lang: str) -> None:
    outcome = answer("sibling", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", True)


@pytest.mark.parametrize(("typed", "lang", "why"), [
    ("my brother is waiting for PR", "en", "Only what is already held counts here"),
    ("mon frère attend sa RP", "fr", "Seul ce qui est déjà obtenu compte ici"),
    ("mon frère mais il a un permis d'études", "fr", "avec un permis ou un visa, pas encore"),
    ("my sister but she's on study permit", "en", "living in Canada: on a permit or a visa, not yet."),
])
def test_a_brother_or_sister_not_yet_pr_hears_why_and_the_question_again(typed: str, lang: str, why: str) -> None:
    outcome = answer("sibling", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert why in outcome.first


@pytest.mark.parametrize("typed", ["my sister is a citizen, lives in the US",
                                   "my brother is PR, my sister on a work permit"])
def test_a_sibling_abroad_or_two_statuses_are_never_stored(typed: str) -> None:
    assert answer("sibling", typed).kind == "refused"
