"""Job titles as typed on a phone, fifth 'fresh' round; the earlier rounds' strict xfails read by general rules.

The earlier rounds' xfails (everyday table 2026-12-06.5, eligibility/job_titles.py):
- an employer or place said with the title chooses among its readings (_by_context): when the title is our table's
  or an official title under several unit groups, the sure reading whose official titles hold a word of the title
  with a word of the place goes first ('meat wrapper at safeway' -> 65102 'Meat wrapper - grocery store';
  'agente au service à la clientèle chez desjardins' -> 64400 '... d'une banque');
- where the work was, said after the title ('up north', 'for the city', 'en clinique'), is left out of the lookup,
  and what it says of the work ('for the city': public works) is such a place ('snow plow driver for the city' ->
  74205 'Road snowplow operator - public works'; 'camp cook up north' -> 63200 'Camp cook');
- a sector before the word that names the job, as the NOC writes it, when the title is neither our table's nor
  official ('back office clerk at a bank' -> 14201 'Bank clerk'); a bank is a place our table knows;
- a name of single letters joined by '&' is one word ('asst manager at a&w': A&W is fast food -> 60030).
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures.noc_people import codes


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("meat wrapper at safeway", "en", "65102"), ("meat wrapper at sobeys", "en", "65102"),
    ("meat wrapper", "en", "95106"),  # no place: the official title as listed first
    ("agente au service à la clientèle chez desjardins", "fr", "64400"),
    ("agent au service à la clientèle chez rbc", "fr", "64400"),
    ("agente au service à la clientèle", "fr", "64409"),
    ("snow plow driver for the city", "en", "74205"), ("snowplow operator for the town", "en", "74205"),
    ("camp cook up north", "en", "63200"), ("cook up north", "en", "63200"),
    ("back office clerk at a bank", "en", "14201"), ("back office clerk", "en", "14100"),
    ("asst manager at a&w", "en", "60030"), ("a&w crew member", "en", "65201"),
    ("sales associate at h&m", "en", "64100"),
    ("LPN at hospital", "en", "32101"),  # our table's first reading is not passed over for a word of the place
    ("uber eats courier", "en", "75201"), ("cashier at walmart", "en", "65100"),
])
def test_the_earlier_rounds_xfails_and_their_neighbours(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


def test_a_trailing_place_is_left_out_and_a_vet_aide_in_a_clinic_is_offered_both_ways_the_safe_one_first() -> None:
    found = job_titles.find("aide vétérinaire en clinique", "fr")
    assert [o.code for o in found.occupations[:2]] == ["65220", "32104"] and found.mixed_counting
    assert found.searched == "aide veterinaire"
    assert job_titles._without_trailing(["up", "north"], "en") == (["up", "north"], [])  # nothing left before it
    assert job_titles._without_trailing(["cook", "up", "north"], "en") == (["cook"], [])
    keyed = (["driver"], ["traval", "public"])  # "travaux publics", folded and singular
    assert job_titles._without_trailing(["driver", "for", "the", "city"], "fr") == keyed


def test_letters_joined_by_an_ampersand_are_one_word_but_not_longer_words() -> None:
    assert job_titles._joined("asst manager at A&W") == "asst manager at AW"
    assert job_titles._joined("h & m") == "hm"
    assert job_titles._joined("AT&T store") == "AT&T store"
    assert job_titles._joined("R&D technician") == "RD technician"


def test_codes_naming_holds_titles_with_all_the_words() -> None:
    assert "65102" in occupations.codes_naming("wrapper", "grocery")
    assert "95106" not in occupations.codes_naming("wrapper", "grocery")
    assert occupations.codes_naming("the") == frozenset() and occupations.codes_naming("") == frozenset()
