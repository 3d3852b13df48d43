"""Job titles as typed on a phone, second 'fresh' round (round 2 of tests/fixtures/noc_people.csv, 150 rows): the
titles the finder missed when they were first measured, each pinned with its near neighbours, and the general
rules that fixed them. The right unit groups come from the official NOC 2021 example titles
(noc2021-example-titles.csv), cited per case; our table's rows (everyday.toml) cite them too.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from eligibility import job_titles
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # 65201 lists 'kitchen helper', 'food service helper', 'aide-traiteur/aide-traiteuse', 'bar helper',
    # 'drive-in food service attendant', 'fast-food service attendant'
    ("kitchen staff", "en", "65201"), ("kitchen staff at earls", "en", "65201"),
    ("kitchen team member", "en", "65201"),
    ("kitchen assistant", "en", "65201"), ("catering assistant", "en", "65201"), ("catering staff", "en", "65201"),
    ("bar back", "en", "65201"), ("barback", "en", "65201"), ("bar back at joeys", "en", "65201"),
    ("crew trainer at mcdonalds", "en", "65201"), ("crew trainer", "en", "65201"),
    ("crew trainer at tim hortons", "en", "65201"), ("drive thru attendant mcdonalds", "en", "65201"),
    ("drive through attendant", "en", "65201"), ("drive thru cashier at wendys", "en", "65201"),
    # 65200 lists 'server', 'waiter/waitress'
    ("waitstaff", "en", "65200"), ("wait staff", "en", "65200"), ("waitstaff at the keg", "en", "65200"),
    # 75201 lists 'delivery driver', 'parcel delivery driver'
    ("doordash dasher", "en", "75201"), ("dasher", "en", "75201"), ("van driver amazon", "en", "75201"),
    ("delivery van driver", "en", "75201"),
    # 73300 lists 'moving van driver': the official title as typed keeps its unit group
    ("moving van driver", "en", "73300"),
    # 64410 lists 'patrol officer - security'
    ("mobile patrol officer", "en", "64410"), ("mobile patrol", "en", "64410"),
    # 65312 lists 'janitor'
    ("janitorial worker", "en", "65312"), ("janitorial staff", "en", "65312"), ("custodial worker", "en", "65312"),
    # 44100 lists 'child caregiver - private home'; 44101 'live-in caregiver - seniors'
    ("caregiver for kids", "en", "44100"), ("caregiver for children", "en", "44100"),
    ("caregiver for seniors", "en", "44101"), ("caregiver for elderly", "en", "44101"),
    # 21222 lists 'computer systems analyst', 'analyste de systèmes informatiques'
    ("IT analyst", "en", "21222"), ("IT analyst at rbc", "en", "21222"), ("analyste informatique", "fr", "21222"),
    ("analyste TI", "fr", "21222"),
    # 72105 lists 'ironworker - reinforcing rebar', 'ferrailleur/ferrailleuse'
    ("rebar worker", "en", "72105"), ("rebar installer", "en", "72105"), ("ferrailleur", "fr", "72105"),
    # 75101 lists 'warehouse worker'; 65102 'stock clerk - retail'
    ("warehouse labourer", "en", "75101"), ("warehouse laborer at costco", "en", "75101"),
    ("night stock clerk", "en", "65102"),
    # 62200 lists 'chef de cuisine', 'chef cuisinier/chef cuisinière d'entreprise'; 63200 'cuisinier/cuisinière'
    ("chef cuisinier", "fr", "62200"), ("cheffe cuisinière", "fr", "62200"), ("chef de cuisine", "fr", "62200"),
    ("cuisinier", "fr", "63200"),
    # 14200 lists 'commis aux comptes fournisseurs' (Quebec: comptes payables)
    ("commis aux comptes payables", "fr", "14200"), ("commis aux comptes recevables", "fr", "14200"),
    # 73400 lists 'opérateur/opératrice de pelle - équipement lourd' (75110's 'aide-opérateur' is a helper)
    ("operateur de pelle mecanique", "fr", "73400"), ("opératrice de pelle mécanique", "fr", "73400"),
    ("opérateur de pelle", "fr", "73400"),
    # 85101 lists 'manoeuvre agricole - agriculture'
    ("journaliere agricole", "fr", "85101"), ("journalier agricole", "fr", "85101"),
    # 64100 lists 'retail sales representative'
    ("sales rep at the brick", "en", "64100"), ("retail sales rep", "en", "64100"),
    ("sales rep at best buy", "en", "64100"),
    # 21211 lists 'machine learning engineer'
    ("ml engineer", "en", "21211"), ("machine learning engineer", "en", "21211"), ("AI engineer", "en", "21211"),
    # 63200 lists 'cook', 'ethnic food cook'
    ("wok cook", "en", "63200"), ("tandoor cook", "en", "63200"), ("sushi cook", "en", "63200"),
    ("evening cook", "en", "63200"),
])
def test_the_second_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "offered"), [
    # A 'pizza maker' makes fast food (65201, TEER 5) or cooks in a pizzeria (63200 'pizza cook', TEER 3)
    ("pizza maker at dominos", "en", ["65201", "63200"]), ("pizza maker", "en", ["65201", "63200"]),
    # 75201 'parcel delivery driver' (TEER 5) or 73300 'moving van driver' (TEER 3)
    ("van driver", "en", ["75201", "73300"]),
    # 72105 ironworker (TEER 2) or 75110 'reinforcing wire mesh worker' (TEER 5)
    ("rebar worker", "en", ["72105", "75110"]),
    # 44100 'gouvernant/gouvernante - soins aux enfants' (TEER 4), 62021 'gouvernante principale d'hôtel' (TEER 2)
    ("gouvernante", "fr", ["44100", "62021"]),
    # 85121 'déneigeur - entretien des terrains' (TEER 5), 73400 (TEER 3), 74205 (TEER 4)
    ("deneigeur", "fr", ["85121", "73400", "74205"]), ("snow removal worker", "en", ["85121", "73400", "74205"]),
    # 14101 'medical clinic receptionist', 'dental receptionist' (TEER 4) or 13112 (TEER 3)
    ("clinic receptionist", "en", ["14101", "13112"]), ("dental receptionist", "en", ["14101", "13112"]),
    # 62101 'retail merchandiser' (TEER 2) or 64100 'visual merchandiser' (TEER 4)
    ("retail merchandiser", "en", ["62101", "64100"]),
    # 64410 'patrol officer - security' (TEER 4) or 42100 'patrol officer - police' (TEER 2)
    ("mobile patrol officer", "en", ["64410", "42100"]),
])
def test_a_title_truly_between_groups_that_count_differently_offers_both_and_says_so(
        query: str, lang: str, offered: list[str]) -> None:
    finding = job_titles.find(query, lang)
    assert [o.code for o in finding.occupations][:len(offered)] == offered
    assert finding.mixed_counting


@pytest.mark.parametrize(("query", "first"), [
    ("kitchen supervisor", "62020"),  # 62020 lists 'Superviseur/superviseure de cuisine' (not 65201: a helper)
    ("kitchen manager", "62020"),  # 62020 lists 'kitchen manager'
    ("catering supervisor", "62020"),  # 62020 lists 'catering supervisor'
    ("catering cook", "63200"),
    ("night auditor", "64314"),  # the weak shift word is kept where an official title keeps it
    ("night clerk", "64314"),
])
def test_neighbours_that_name_another_job_keep_it(query: str, first: str) -> None:
    assert codes(query)[0] == first


def test_a_patrol_officer_without_more_is_police_or_security_and_flagged() -> None:
    finding = job_titles.find("patrol officer", "en")  # 42100 'patrol officer - police', 64410 '- security'
    assert {o.code for o in finding.occupations[:2]} == {"42100", "64410"} and finding.mixed_counting


@pytest.mark.parametrize(("feminine", "masculine"), [
    ("représentante des ventes", "représentant des ventes"), ("agente de sécurité", "agent de sécurité"),
    ("journalière agricole", "journalier agricole"),
    ("opératrice de pelle mécanique", "opérateur de pelle mécanique"), ("cheffe cuisinière", "chef cuisinier"),
    ("technicienne en éducation spécialisée", "technicien en education specialisee"),
])
def test_a_french_title_finds_our_table_s_row_in_either_gender(feminine: str, masculine: str) -> None:
    assert codes(feminine, "fr")[:2] == codes(masculine, "fr")[:2]


def test_folding_french_feminine_endings_never_makes_two_table_rows_one() -> None:
    folded: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for phrase, found in job_titles.table().aliases.items():
        folded[job_titles._masculine(phrase.split())].add(found)
    assert {phrase: rows for phrase, rows in folded.items() if len(rows) > 1} == {}
    assert job_titles._masculine(["vendeuse", "caissiere", "technicienne", "preposee", "representante"]) == \
        "vendeur caissier technicien prepose representant"


def test_two_word_titles_fall_back_on_the_word_that_names_the_job_only() -> None:
    assert job_titles._all_but_one(["wok", "cook"], "en") == [["cook"]]
    assert job_titles._all_but_one(["cuisinier", "thai"], "fr") == [["cuisinier"]]
    assert job_titles._all_but_one(["cook"], "en") == []
    # of three words or more: each without one word, then the word that names the job alone (third round)
    assert job_titles._all_but_one(["registered", "nurse", "ontario"], "en") == [
        ["nurse", "ontario"], ["registered", "ontario"], ["registered", "nurse"], ["ontario"]]
    assert job_titles._all_but_one(["food", "truck", "cook"], "en")[-1] == ["cook"]
    assert job_titles._all_but_one(["cuisinier", "camion", "rue"], "fr")[-1] == ["cuisinier"]


def test_the_second_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(2)
    assert len(rows) == 150 and rows[0].query == "amazon picker" and rows[-1].lang == "fr"
    score = noc_people.measure(rows)
    assert score.harmful == []
    assert score.top1 / score.cases >= 0.95, score.misses
    assert score.top5 / score.cases >= 0.98, score.misses
    for row in rows:  # a title whose right answers count differently is flagged, unless the first is the safe one
        if len({counts(code) for code in row.accepted}) > 1:
            finding = job_titles.find(row.query, row.lang)
            assert finding.mixed_counting or not counts(finding.occupations[0].code), row.query


@pytest.mark.parametrize(("query", "lang"), [
    ("AI developer", "en"), ("ai engineer", "en"), ("ML engineer", "en"), ("machine learning developer", "en"),
    ("ai/ml engineer", "en"), ("développeur IA", "fr"), ("ingénieure en intelligence artificielle", "fr"),
])
def test_artificial_intelligence_work_is_data_science_or_software_first(query: str, lang: str) -> None:
    # 21211 Data scientists lists 'Machine learning engineer', 'Artificial intelligence (AI) designer'; 21232 lists
    # 'Artificial intelligence programmer'. "AI developer" found 94153 (film processors, TEER 4) first: a job that
    # counts offered first as one that does not.
    assert codes(query, lang)[0] in ("21211", "21232")


@pytest.mark.parametrize("query", ["film developer", "photo developer"])
def test_film_developers_stay_film_processors(query: str) -> None:
    assert codes(query)[0] == "94153"
