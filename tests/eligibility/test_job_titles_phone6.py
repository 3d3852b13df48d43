"""Job titles as typed on a phone, sixth 'fresh' round (tests/fixtures/noc_people6.csv: 100 English, 50 French,
written and decided from the official NOC 2021 example titles, with harmful first matches written down, and
committed before the finder was run on them): trucking (AZ, DZ, class 1, OTR, flat deck, o/o), farms, greenhouses
and barns (SAWP), meat and poultry plants, construction trades and their helpers, hotels and restaurants,
caregiving (CNA, HCA, respite), tech (SWE, QA, BA), finance, retail management, cleaning, security, daycare;
Québec French.

Measured once before any change (everyday table 2026-12-06.6): top-1 84.7% (127 of 150), top-5 94.0% (141 of 150);
4 first matches whose hours count when the job's do not ('plant nursery worker' -> 80021 managers in horticulture,
'slaughterhouse worker' -> 92012 supervisors, 'drywall installer helper' -> 73102 the installer, 'HCA in home care'
-> 33102) and 5 the other way round ('reefer driver cross border' -> 94130, 'taper and mudder' -> 94205, 'flat deck
driver' -> 75201, 'toddler room educator' -> 14401, 'opérateur de pépine' -> 94103); 'BA at bmo' offered nothing;
'o/o truck driver' not seen as self-employed. find() p99 over these 150 titles 12.1 ms in process, best of 3 (2
shared CPUs); over benchmarks/noc_search.py's evaluation set 3.5 ms best of 3, 4.1 ms CPU time.

After (everyday table 2026-12-06.7): top-1 99.3% (149 of 150), top-5 100.0%, 0 harmful either way, self-employment
1 of 1. Fixed by general rules (eligibility/job_titles.py):
- a title that names only labour at a kind of plant ('line worker at chicken plant', 'journalier en abattoir',
  'slaughterhouse worker') is that industry's labourer (95106 'Meat-packing plant labourer'): the plant table says
  which unit group and which words (everyday.toml, [plants.food] labourers, labour_words);
- a title that says the person did the work ('worker', 'labourer', 'hand', 'journalier') and names no rank is not
  its managers' or supervisors' unit group, when another of the first three is not ('plant nursery worker');
- 'helper' goes to the match with the most official titles holding 'helper' with a word of the title ('drywall
  installer helper' -> 75110 'Drywall and acoustical board installer helper');
- our table is also looked up without 'in'/'en'/'dans' ('HCA in home care' is its 'hca home care', 44101);
- hotels are a sector like banks ('commis à la réception chez marriott' -> 64314 'Commis à la réception d'un
  hôtel');
and by sourced data (eligibility/data/noc2021/everyday.toml, each citing the official title it stands for): 'flat
deck', 'o/o', 'pépine', 'infosec' written as the NOC writes them; 'saisonnier' and 'SAWP' weak words; 'cross
border' a place; more plants ('pork plant', 'usine de porc'); rows for reefer drivers, deboners and the kill floor,
mudders, 'BA', milkers, companions, toddler and infant room educators, farm labourers in Québec French. The
earlier rounds did not move or improved (benchmarks/noc_search.py): tune 99.6%, held 97.9%, rounds 1, 2, 4, 5 as
before, round 3 99.4% -> 100.0% ('line worker at chicken plant', its strict xfail in test_job_titles_phone3.py
removed). find() p99 did not get worse: run back to back on the same loaded machine (load about 3), the
evaluation set's p99 was 8.2 ms best of 3 and 5.2 ms CPU time before, 6.8 ms and 4.6 ms after; these 150 titles
8.6 ms best of 3 after.

Left then (a strict xfail): "analyste d'affaires TI", where every reading counts the same way; found since round
16 (21221 first, by our table's row for 'analyste d'affaires' in IT: round 6 top-1 100%).
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # a kind of plant and labour words only: 95106 'Meat-packing plant labourer', 'Manoeuvre d'usine de
    # conditionnement des viandes'
    ("pork plant line worker", "en", "95106"), ("line worker at chicken plant", "en", "95106"),
    ("slaughterhouse worker", "en", "95106"), ("journalier en abattoir", "fr", "95106"),
    ("journalier usine de poulet", "fr", "95106"), ("general labourer at a meat plant", "en", "95106"),
    # not the plant's labourer: another job named there
    ("supervisor at food plant", "en", "92012"), ("machine operator at food plant", "en", "94140"),
    ("forklift operator at food plant", "en", "75101"), ("meat cutter at cargill plant", "en", "94141"),
    # the worker, not the boss (85103 'Nursery labourer', not 80021 'Nursery operator')
    ("plant nursery worker", "en", "85103"), ("nursery supervisor", "en", "82031"),
    # a helper is a helper (75110 'Drywall and acoustical board installer helper', 'Tile setter helper')
    ("drywall installer helper", "en", "75110"), ("drywall installer", "en", "73102"),
    ("tile setter helper", "en", "75110"), ("plumber helper", "en", "75110"),
    # our table without 'in': 44101 'Personal care attendant - home care'
    ("HCA in home care", "en", "44101"), ("hca home care", "en", "44101"),
    ("HCA at a nursing home", "en", "33102"),
    # hotels: 64314 'Commis à la réception d'un hôtel', not 14101 '... (sauf dans les hôtels)'
    ("commis à la réception chez marriott", "fr", "64314"), ("commis à la réception", "fr", "14400"),
    # written as the NOC writes them
    ("flat deck driver", "en", "73300"), ("o/o truck driver", "en", "73300"),
    ("opérateur de pépine", "fr", "73400"),
    ("infosec analyst", "en", "21220"), ("ouvrier agricole saisonnier", "fr", "85101"),
    ("sawp farm worker", "en", "85101"),
    # sourced rows
    ("reefer driver cross border", "en", "73300"), ("chicken deboner", "en", "94141"),
    ("kill floor worker", "en", "94141"), ("taper and mudder", "en", "73102"), ("BA at bmo", "en", "21221"),
    ("dairy milker", "en", "85100"), ("companion caregiver", "en", "44101"),
    ("toddler room educator", "en", "42202"),
    ("journalier de ferme", "fr", "85101"), ("journalier", "fr", "75110"),
])
def test_the_sixth_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


def test_o_slash_o_says_the_person_was_self_employed() -> None:
    assert job_titles.find("o/o truck driver").self_employed
    assert not job_titles.find("truck driver").self_employed


def test_only_labour_at_a_plant() -> None:
    assert job_titles._only_labour(["line", "worker", "at", "chicken", "plant"], ("chicken", "plant"),
                                   frozenset({"line", "worker"}))
    assert job_titles._only_labour(["slaughterhouse"], ("slaughterhouse",), frozenset())
    assert not job_titles._only_labour(["supervisor", "at", "food", "plant"], ("food", "plant"),
                                       frozenset({"line", "worker"}))


def test_the_round_s_last_miss_is_found_since_round_16() -> None:
    # 21221's 'Analyste d'affaires en technologie de l'information (TI)' was only a close reading; 21222
    # informatics specialists came first by the fuzzy score (every reading counts, TEER 1)
    finding = job_titles.find("analyste d'affaires TI", "fr")
    assert finding.occupations[0].code == "21221" and finding.confidence == "high"


@pytest.mark.parametrize("query", [row.query for row in noc_people.fresh_round(6)
                                   if len({counts(code) for code in row.accepted}) > 1])
def test_a_title_whose_right_answers_count_differently_is_flagged_or_the_safe_one_comes_first(query: str) -> None:
    row = next(row for row in noc_people.fresh_round(6) if row.query == query)
    finding = job_titles.find(row.query, row.lang)
    assert finding.mixed_counting or not counts(finding.occupations[0].code)


def test_the_sixth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(6)
    assert len(rows) == 150 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query.lower() for row in rows}) == 150
    earlier = {row.query.lower() for number in (1, 2, 3, 4, 5) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_sixth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(6)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 >= 149 and score.top5 == score.cases == 150, score.misses
    assert score.self_found == score.self_cases == 1
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
