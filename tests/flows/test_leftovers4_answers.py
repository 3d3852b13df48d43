"""Leftovers 4: the marital status said with where the spouse is, and where the person will live said as a move, as
people type them on a phone, in English and French (through flows.conversation.handle_text, like
tests/flows/test_typed_answers_audit.py). The phrasings were written before the code that reads them was looked at.

- A spouse abroad is still a spouse: RULES.md 3 puts a married person in the "with spouse" column only when the
  spouse is not a citizen or PR and comes along, and those are the next questions (spouse_citizen,
  spouse_accompanying). So "married but my husband is back home in the philippines" is married; before this round
  it was refused ("Please tap one of the buttons") in 17 of the 20 married phrasings below.
- A common-law partner living abroad may or may not still be one (IRCC's definition, which RULES.md does not give):
  asked, with why, as before. "Married but separated" may be either status: refused, as before.
- RULES.md 8 asks where the person will live: "je vis à Montréal mais je déménage à Ottawa" will live in Ontario
  (False); before this round every move below was asked again. A move said with a doubt, a wish, of someone else or
  for a while is still asked.
"""

from __future__ import annotations

import pytest

from .test_typed_answers_audit import answer

MARRIED_APART = [
    ("married but my husband is back home in the philippines", "en"),
    ("married, wife still in india", "en"),
    ("im married my wife lives in nigeria", "en"),
    ("married but spouse is abroad", "en"),
    ("married - husband in manila for now", "en"),
    ("maried, my wife is back home", "en"),
    ("married but we live apart, she's in brazil", "en"),
    ("married my husband stays in pakistan", "en"),
    ("married, spouse not in canada yet", "en"),
    ("married but my wife wont come to canada", "en"),
    ("legally married, husband overseas", "en"),
    ("Married. Husband is in Lagos", "en"),
    ("mariée mais mon mari est resté aux philippines", "fr"),
    ("marie mais ma femme est au maroc", "fr"),
    ("marié, ma femme vit encore en algérie", "fr"),
    ("mariee mon mari est au pays", "fr"),
    ("marié mais ma femme est à l'étranger", "fr"),
    ("marié mais on vit pas ensemble, elle est au sénégal", "fr"),
    ("Mariée, mon mari est encore en Haïti", "fr"),
    ("marie mais ma femme ne viendra pas au canada", "fr"),
]


@pytest.mark.parametrize(("typed", "lang"), MARRIED_APART)
def test_married_with_the_spouse_abroad_is_married(typed: str, lang: str) -> None:
    outcome = answer("marital", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "married"), outcome.text[:200]


@pytest.mark.parametrize(("typed", "lang"), [
    ("common law but my partner is in mexico", "en"),
    ("common-law, partner back home in colombia", "en"),
    ("conjoint de fait mais ma conjointe est en france", "fr"),
    # either status (tests/flows/test_typed_answers_audit.py keeps these refused)
    ("married but separated", "en"),
    ("mariée mais séparée de mon mari", "fr"),
    # a status changed, or a spouse beside a status without one: never read as married (nor as single)
    ("married we broke up", "en"),
    ("married but my wife left me", "en"),
    ("married but getting divorced", "en"),
    ("marié mais en instance de divorce", "fr"),
    ("single my wife lives in india", "en"),
    ("célibataire, ma femme est au maroc", "fr"),
])
def test_what_may_not_be_married_is_asked_again(typed: str, lang: str) -> None:
    outcome = answer("marital", typed, lang)
    assert outcome.kind in ("refused", "asked") and outcome.value is None, outcome.text[:200]


@pytest.mark.parametrize(("typed", "lang"), [
    ("common law but my partner is in mexico", "en"),
    ("conjoint de fait mais ma conjointe est en france", "fr"),
])
def test_a_common_law_partner_abroad_is_asked_with_why(typed: str, lang: str) -> None:
    outcome = answer("marital", typed, lang)
    assert ("IRCC's definition" in outcome.text) if lang == "en" else ("définition d'IRCC" in outcome.text)


MOVES = [
    ("i live in montreal but moving to ottawa", "en", False),
    ("living in montreal now but moving to toronto next year", "en", False),
    ("currently in quebec city, planning to move to calgary", "en", False),
    ("in montreal for now, will move to ontario", "en", False),
    ("montreal now, moving to ottawa in march", "en", False),
    ("i'm in quebec but i'll live in vancouver", "en", False),
    ("moving from montreal to ottawa", "en", False),
    ("leaving quebec for ontario", "en", False),
    ("live in mtl now, moving to toronto in 2027", "en", False),
    ("we're moving to bc next summer", "en", False),
    ("i'm in toronto now but moving to montreal", "en", True),
    ("je vis à montréal mais je déménage à ottawa", "fr", False),
    ("je vis a montreal mais je demenage a ottawa", "fr", False),
    ("j'habite à québec mais je vais déménager à toronto", "fr", False),
    ("présentement à montréal, je déménage en ontario l'an prochain", "fr", False),
    ("je suis à laval mais je pars vivre à calgary", "fr", False),
    ("je quitte le québec pour l'ontario", "fr", False),
    ("je déménage de montréal à toronto", "fr", False),
    ("non, je déménage en ontario l'an prochain", "fr", False),  # asked again before (test_french_review3_chat)
    ("je vis à ottawa mais je déménage à montréal", "fr", True),
]


@pytest.mark.parametrize(("typed", "lang", "quebec"), MOVES)
def test_a_move_said_with_where_it_goes_is_where_they_will_live(typed: str, lang: str, quebec: bool) -> None:
    outcome = answer("quebec", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", quebec), outcome.text[:200]


@pytest.mark.parametrize(("typed", "lang"), [
    ("montreal but maybe moving to ottawa", "en"),
    ("i live in ottawa but might move to montreal", "en"),
    ("i live in gatineau but work in ottawa", "en"),  # where the work is, not where they will live
    ("moving to montreal for work but will live in ottawa", "en"),
    ("my wife is moving to montreal", "en"),
    ("i'm moving to ottawa not montreal", "en"),
    ("moving to ottawa or toronto", "en"),
    ("je vis à montréal mais je vais peut-être déménager à toronto", "fr"),
    ("j'habite à gatineau et je travaille à ottawa", "fr"),
    ("je pense déménager à ottawa", "fr"),
    # two places in a row, no move said: asked, as tests/e2e/test_quebec_audit_chat.py decided
    ("montreal pour l'instant, ensuite ottawa", "fr"),
    ("Montreal for now, then Toronto", "en"),
])
def test_a_move_said_with_a_doubt_or_of_someone_else_is_asked(typed: str, lang: str) -> None:
    outcome = answer("quebec", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome.text[:200]


@pytest.mark.parametrize(("typed", "abroad"), [
    ("software developer in Pune, India", "india"),
    ("comptable au Maroc", "maroc"),
    ("nurse, Philippines", "philippines"),
    ("cook in the philippines", "the philippines"),
    ("Software engineer - India", "india"),
    ("ingénieur à Casablanca, Maroc", "maroc"),
    ("cuisinier en France", "france"),
    # no place: a country's name inside a title, a restaurant's name, a place in Canada, a language
    ("turkey farm worker", None),
    ("china painter", None),
    ("cook at India Gate", None),
    ("developer at india palace in toronto", None),
    ("french teacher", None),
    ("cook in toronto", None),
])
def test_a_country_said_as_the_jobs_place_is_found(typed: str, abroad: str | None) -> None:
    from flows.places import abroad_in_title
    assert abroad_in_title(typed) == abroad


# RULES.md 3: foreign work counts in completed years; where it was is an aside, after a word of place or a comma
# ("deux ans et demi, au Maroc" was refused while "2 ans au Maroc" was read)
@pytest.mark.parametrize(("typed", "lang", "years"), [
    ("deux ans et demi, au Maroc", "fr", "2"), ("3 years, india", "en", "3"), ("1.5 years, lagos", "en", "1"),
])
def test_foreign_years_with_the_place_after_a_comma_are_read(typed: str, lang: str, years: str) -> None:
    outcome = answer("foreign_work", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", years)


@pytest.mark.parametrize("typed", ["3 years, maybe 4", "3 years, in canada", "2 years, not sure",
                                   "2 years, montreal"])
def test_foreign_years_with_a_doubt_or_a_place_in_canada_after_a_comma_are_asked_again(typed: str) -> None:
    assert answer("foreign_work", typed, "en").kind == "refused"
