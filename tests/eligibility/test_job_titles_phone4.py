"""Job titles as typed on a phone, fourth 'fresh' round (tests/fixtures/noc_people4.csv: 100 English, 50 French,
written and decided from the official NOC 2021 example titles before the finder was run on them, with the unit
groups that would be harmful first matches written down beside each). Most are occupations the earlier rounds never
named: casinos, airlines, aquaculture, trades written the Québec way (carrossier, débosseleur, ferblantier,
tuyauteur), hospital support (sterile processing, phlebotomy, chiropractic), collections, reservations.

Measured once before any change (everyday table 2026-12-06.3): top-1 72.0%, top-5 88.7%; 7 first matches whose
hours count when the job's do not ('reach truck driver' -> 73300 truck drivers, 'salmon farm worker' -> 80022
managers, 'collections agent' and 'agente de recouvrement' -> 12104 revenue officers, 'PAB soins à domicile' ->
33102, 'opérateur de lift' -> 53111, 'opératrice de presse à injection' -> 73401) and 8 the other way round (a job
that counts offered first as one that does not: 'phlebotomy tech' -> 94153, 'AME' -> 94129, 'carrossier' -> 94204,
'débosseleur' -> 95109, 'hotel front desk supervisor' -> 64314, 'millwright red seal' -> 75119, 'mortgage agent'
-> 64312, 'camp cook up north' -> 65201); 3 rows whose right answers count differently were not flagged. find() p99
11.8 ms in process over these 150 titles (2 shared CPUs, load about 4).

After (everyday table 2026-12-06.4): top-1 94.7%, top-5 98.7%, 0 harmful one way, 1 the other way ('camp cook up
north', on purpose, below), 2 mixed rows not flagged (below). Fixed by general rules: the berries the NOC names
only as 'Berry picker' (strawberry, blueberry...), 'éduc' for éducateur, 'Red Seal' (a trade's endorsement, not
the trade) and 'snow plow' written as the NOC writes it, convenience stores as retail and banks as a sector
('caissière chez Desjardins' is 'Caissier/caissière de banque', 64400), and a leading 'de'/'comme' left out for
our table once the weak word before it is gone ('job de warehouse'); and by sourced rows of
eligibility/data/noc2021/everyday.toml, each citing the official example title it stands for.

Later (everyday table 2026-12-06.5, tests/eligibility/test_job_titles_phone5.py): top-1 98.0%, top-5 99.3%, 0
harmful either way: an employer or place chooses among a title's sure readings, a place said after the title is
left out, a sector goes before the word that names the job ('Bank clerk'); 'camp cook up north' is 63200 first.

Left on purpose (strict xfails below): titles whose right unit group is one of several readings of the same work,
all counting the same way, or where the finder already puts the safe reading first and says they count differently.
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # 75101 lists 'Reach truck operator': a warehouse truck, not 73300 (TEER 3)
    ("reach truck driver", "en", "75101"), ("reach truck op", "en", "75101"), ("stand up forklift", "en", "75101"),
    # 75101 'Freight unloader (except air transport)', 'Loader-unloader - material handling'
    ("truck unloader", "en", "75101"), ("container unloader", "en", "75101"),
    # 62020 food service supervisors (front of house: the dining room)
    ("FOH supervisor", "en", "62020"), ("front of house supervisor", "en", "62020"),
    # 64100 'Automobile salesperson' (not 75201 'Driver salesman')
    ("car salesman at a dealership", "en", "64100"), ("car sales", "en", "64100"),
    # 60020 'Assistant manager - retail', 'Assistant gérant - commerce de détail'; convenience stores are retail
    ("ASM at shoppers drug mart", "en", "60020"), ("gérante adjointe couche-tard", "fr", "60020"),
    ("gérant adjoint chez circle k", "fr", "60020"),
    # 33101 'Phlebotomist', 'Aide à la phlébotomie'
    ("phlebotomy tech", "en", "33101"), ("phlebotomy technician", "en", "33101"),
    # 'Red Seal' is the endorsement of a trade
    ("millwright red seal", "en", "72400"), ("red seal electrician", "en", "72200"),
    # 85101 'Berry picker' (no official title names the berry)
    ("strawberry picker", "en", "85101"), ("blueberry picker", "en", "85101"),
    # 85102 'Fish farm worker', 'Aquaculture worker'; not 80022 managers
    ("salmon farm worker", "en", "85102"), ("hatchery worker", "en", "85102"),
    ("slot attendant", "en", "64321"), ("appliance repair tech", "en", "72421"), ("elevator tech", "en", "72406"),
    ("AME", "en", "72404"), ("aircraft mechanic", "en", "72404"), ("MDRT", "en", "33109"),
    ("sterile processing", "en", "33109"), ("chiro assistant", "en", "33109"),
    # 14202 'Collection agent (except taxation)', not 12104 'Collection agent - government services' (TEER 2)
    ("collections agent", "en", "14202"), ("debt collector", "en", "14202"),
    ("agente de recouvrement", "fr", "14202"),
    ("tech writer", "en", "51112"), ("HVAC helper", "en", "75119"),
    ("reservations agent at via rail", "en", "64313"), ("agent de réservations", "fr", "64313"),
    ("mortgage agent", "en", "63102"), ("insurance advisor", "en", "63100"),
    ("conseillère en assurances", "fr", "63100"),
    # 62022 'Hotel clerk supervisor' (TEER 2), not the clerk (64314)
    ("hotel front desk supervisor", "en", "62022"), ("front desk supervisor", "en", "62022"),
    ("sushi roller", "en", "65201"),
    # 44101 'Préposé/préposée aux bénéficiaires - soins à domicile': in the home the hours do not count
    ("PAB soins à domicile", "fr", "44101"), ("PAB à domicile", "fr", "44101"), ("psw home care", "en", "44101"),
    ("éduc spécialisée", "fr", "42201"), ("opérateur de lift", "fr", "75101"),
    ("conducteur de lift", "fr", "75101"),
    ("job de warehouse", "fr", "75101"),
    ("carrossier", "fr", "72411"), ("débosseleur", "fr", "72411"), ("body shop technician", "en", "72411"),
    ("opératrice de presse à injection", "fr", "94111"), ("injection molder", "en", "94111"),
    ("caissière chez desjardins", "fr", "64400"), ("caissier chez banque nationale", "fr", "64400"),
])
def test_the_fourth_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("cashier at walmart", "en", "65100"), ("caissière chez IGA", "fr", "65100"),  # a store's cashier stays 65100
    ("teller at td bank", "en", "64400"), ("accountant at rbc", "en", "11100"),  # the title says the job
    ("assistant manager at mcdonalds", "en", "60030"),  # a restaurant's, as before
    ("seal hunter", "en", "85104"), ("picker", "en", "75101"),  # 'seal' alone and 'picker' alone are unchanged
    ("commis d'entrepôt", "fr", "75101"), ("plongeur", "fr", "65201"),
])
def test_neighbours_that_name_another_job_keep_it(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


def test_a_leading_de_or_comme_is_dropped_for_our_table_once_the_weak_word_before_it_is_gone() -> None:
    assert job_titles._without_leading(["de", "warehouse"]) == ["warehouse"]
    assert job_titles._without_leading(["comme", "cuisinier"]) == ["cuisinier"]
    assert job_titles._without_leading(["de"]) == ["de"]
    assert job_titles._without_leading(["commis", "de", "cuisine"]) == ["commis", "de", "cuisine"]
    assert codes("agente de sécurité", "fr")[:2] == codes("agent de sécurité", "fr")[:2]  # the official search


@pytest.mark.parametrize("query", ["vet assistant", "veterinary assistant"])
def test_a_vet_assistant_is_offered_both_ways_the_safe_one_first(query: str) -> None:
    # 65220 lists 'Veterinary attendant' (TEER 5); 32104 lists 'Aide-vétérinaire' (TEER 2): the duties decide
    found = job_titles.find(query, "en")
    assert [o.code for o in found.occupations[:2]] == ["65220", "32104"] and found.mixed_counting


LEFT = [  # (query, lang, right unit groups, why it is still missed)
    # 'front desk at dental office' is read since the twenty-fourth round (a dental office is a place our table
    # knows, and 'dental front desk' its row): pinned there
    # 'EA special needs' is read since the eleventh round (our table's 'ea special needs', 43100): pinned there
    ("safety coordinator construction site", "en", ("22232",),
     "'construction site' after the title is read as the place since the eleventh round, and 'safety "
     "coordinator' alone is closest to 21120's 'Public safety coordinator', 22232 second; every offer counts "
     "(TEER 1-2)"),
]


@pytest.mark.parametrize(("query", "lang", "right"), [
    pytest.param(query, lang, right, id=query, marks=pytest.mark.xfail(strict=True, reason=reason))
    for query, lang, right, reason in LEFT
])
def test_left_for_later_a_right_unit_group_first(query: str, lang: str, right: tuple[str, ...]) -> None:
    assert codes(query, lang)[0] in right


@pytest.mark.parametrize(("query", "lang", "right"), [(query, lang, right) for query, lang, right, _ in LEFT])
def test_left_for_later_the_first_offered_counts_the_way_a_right_one_does(query: str, lang: str,
                                                                           right: tuple[str, ...]) -> None:
    assert counts(codes(query, lang)[0]) in {counts(code) for code in right}


# rows whose right answers count differently, where the finder neither flags it nor puts the safe reading first
MIXED_LEFT = {
    "machiniste cnc": "72100 'Computer numerical control (CNC) machinist' is the only close reading (no French "
                      "title says 'CNC'; 94106's 'CNC machining tool operator' shares only 'CNC'): 94106 (TEER 4) "
                      "is not offered, so the difference is not flagged",
}


@pytest.mark.parametrize("query", [
    pytest.param(row.query, id=row.query, marks=[pytest.mark.xfail(strict=True, reason=MIXED_LEFT[row.query])]
                 if row.query in MIXED_LEFT else [])
    for row in noc_people.fourth_round() if len({counts(code) for code in row.accepted}) > 1
])
def test_a_title_whose_right_answers_count_differently_is_flagged_or_the_safe_one_comes_first(query: str) -> None:
    row = next(row for row in noc_people.fourth_round() if row.query == query)
    finding = job_titles.find(row.query, row.lang)
    assert finding.mixed_counting or not counts(finding.occupations[0].code)


def test_the_fourth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fourth_round()
    assert len(rows) == 150 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query for row in rows}) == 150
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_fourth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fourth_round()
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 / score.cases >= 0.98, score.misses  # 147 of 150
    assert score.top5 / score.cases >= 0.99, score.misses  # 149 of 150
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
