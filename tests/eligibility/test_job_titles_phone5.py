"""Job titles as typed on a phone, fifth 'fresh' round; the earlier rounds' strict xfails read by general rules.

The fifth round (tests/fixtures/noc_people5.csv: 40 English, 20 French, written and decided from the official NOC
2021 example titles, with harmful first matches written down, and committed before the finder was run on them):
pet care, arenas and ski hills, wineries, funeral homes, ferries and rigs, insurance, trades' helpers and
apprentices, health professions by their letters, Québec French trades and services.

Measured once before any change (everyday table 2026-12-06.5): top-1 95.0% (57 of 60), top-5 98.3%; no first match
written down beforehand as harmful, 0 first matches that count when the job does not, 1 the other way ('certified
arborist' -> 74205 'Utility arborist', TEER 4, where 22114 'Arborist' is TEER 2). Missed: 'certified arborist',
'RDH' (nothing offered), 'bike mechanic' (72410 automotive first; 73209 lists 'Bicycle mechanic').
After (everyday table 2026-12-06.6): top-1 100.0%, top-5 100.0%, 0 harmful either way. Fixed by a general rule and
a sourced row: a licence or certificate ('certified', 'licensed', 'accredited', 'qualified') is a weak word, kept
where an official title keeps it ('Licensed optician', 'Certified dental assistant'); 'bike' is written as the NOC
writes it ('bicycle'); 'RDH' is 32111's 'Registered dental hygienist'. The older rounds did not move (tune 99.6%,
held 97.9%, rounds 1-4 as after the xfails below; see benchmarks/noc_search.py).

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
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


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


@pytest.mark.parametrize(("query", "lang", "first"), [
    # a licence held is not the job: 22114 'Arborist' (not 74205 'Utility arborist', TEER 4)
    ("certified arborist", "en", "22114"), ("licensed arborist", "en", "22114"),
    ("certified dental assistant", "en", "33100"), ("licensed optician", "en", "32100"),  # kept: official titles
    ("licensed practical nurse", "en", "32101"), ("qualified customs broker", "en", "13200"),
    # 73209 'Bicycle mechanic', 'Bicycle repairer'; 64100 'Bicycle salesperson - retail'
    ("bike mechanic", "en", "73209"), ("bike repairer", "en", "73209"), ("bike courier", "en", "74102"),
    ("RDH", "en", "32111"), ("registered dental hygienist", "en", "32111"),
])
def test_the_fifth_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


def test_the_fifth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(5)
    assert len(rows) == 60 and sum(row.lang == "fr" for row in rows) == 20
    assert len({row.query for row in rows}) == 60
    earlier = {row.query.lower() for number in (1, 2, 3, 4) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_fifth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(5)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == score.cases == 60, score.misses
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
