"""Job titles as typed on a phone, third 'fresh' round (round 3 of tests/fixtures/noc_people.csv, 169 rows, written
and decided from the official NOC 2021 files before the finder was run on them). Measured once before any change:
top-1 84.6%, top-5 92.9%, 1 harmful first match ('LP officer' -> 63102, financial sales representatives, TEER 3).
Here: the titles it missed, each pinned with near neighbours, and the general rules and sourced rows that fixed
them (eligibility/job_titles.py, eligibility/data/noc2021/everyday.toml); what is left is kept as strict xfails.
"""

from __future__ import annotations

import pytest

from eligibility import job_titles
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # 64410 lists 'Retail loss prevention officer', 'Store detective', 'Agent/agente de prévention des pertes -
    # commerce de détail'. 'LP officer' found 63102 (TEER 3) first: a false "counts"
    ("LP officer", "en", "64410"), ("lp agent", "en", "64410"), ("loss prevention", "en", "64410"),
    ("loss prevention officer at winners", "en", "64410"), ("agente de prévention des pertes", "fr", "64410"),
    # 75201 lists 'delivery driver', 'chauffeur-livreur/chauffeuse-livreuse': a delivery app is a sector
    ("door dash driver", "en", "75201"), ("uber eats courier", "en", "75201"),
    ("chauffeur uber eats", "fr", "75201"),
    ("skip the dishes courier", "en", "75201"), ("instacart driver", "en", "75201"),
    # 'op' after a word is the operator: 73400 lists 'excavator operator'; 75101 'forklift operator'
    ("excavator op", "en", "73400"), ("forklift op", "en", "75101"), ("heavy equipment op", "en", "73400"),
    # 'pharm' is pharmacy: 32124 'pharmacy technician', 33103 'pharmacy assistant'
    ("pharm tech", "en", "32124"), ("pharm assistant", "en", "33103"),
    # 32109 lists 'Occupational therapy assistant', 'Physiotherapy assistant'
    ("OT assistant", "en", "32109"), ("physio assistant", "en", "32109"), ("PTA", "en", "32109"),
    # a title naming only the field, as co-op students and interns write it
    ("co-op student IT", "en", "22221"), ("IT intern", "en", "22221"),
    ("stagiaire coop informatique", "fr", "22221"),
    ("stagiaire en informatique", "fr", "22221"), ("marketing intern", "en", "11202"),
    ("stagiaire en marketing", "fr", "11202"), ("engineering co-op student", "en", "21399"),
    ("civil engineering co-op", "en", "21300"), ("stagiaire en génie civil", "fr", "21300"),
    ("stagiaire en génie mécanique", "fr", "21301"),
    # of three words or more, the word that names the job when nothing closer is found (63200 lists 'cook')
    ("food truck cook", "en", "63200"),
    # 65210 lists 'Bellhop', 'Bagagiste'
    ("bellman", "en", "65210"), ("bell boy", "en", "65210"),
    # 64409 lists 'agent/agente de centre d'appel - service à la clientèle' (a Quebec 'téléconseiller')
    ("téléconseillère", "fr", "64409"), ("téléconseiller", "fr", "64409"),
    ("representante au service a la clientele chez bell", "fr", "64409"),
    # 'niveau 1' is a level, not the job: 22221 lists 'agent/agente en soutien technique'
    ("support technique niveau 1", "fr", "22221"),
    # 21234 lists 'Développeur Web/développeuse Web' ('dev web' is its French order)
    ("dev web junior", "fr", "21234"),
    # 94219 'Other products assemblers...'; 95106 'Food processing labourer', 94141 'Chicken plucker'
    ("production line worker", "en", "94219"), ("meat processing worker", "en", "95106"),
    # a kind of plant named: the NOC's own qualifier '- food and beverage processing' (95106 'Meat packer - food
    # and beverage processing', 94143 'Can inspector - food and beverage processing', 94141 'Meat cutter - meat
    # packing plant', 92012 its supervisors, 94140 'machine operator - food and beverage processing')
    ("packer at food plant", "en", "95106"), ("quality control inspector food plant", "en", "94143"),
    ("qc inspector at food plant", "en", "94143"), ("general labourer at food plant", "en", "95106"),
    ("meat cutter at cargill plant", "en", "94141"), ("supervisor at food plant", "en", "92012"),
    ("machine operator at food plant", "en", "94140"), ("emballeur usine de viande", "fr", "95106"),
])
def test_the_third_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "first"), [
    ("forklift operator at food plant", "75101"),  # our table's row: a material handler wherever he works
    ("cook at food plant", "63200"), ("accountant at cargill", "11100"), ("truck driver at cargill", "73300"),
    ("IT manager", "20012"), ("meat cutter", "65202"), ("film developer", "94153"),
])
def test_neighbours_that_name_another_job_keep_it(query: str, first: str) -> None:
    assert codes(query)[0] == first


def test_op_is_an_operator_after_a_word_but_not_in_co_op() -> None:
    assert job_titles._operator(["excavator", "op"]) == ["excavator", "operator"]
    assert job_titles._operator(["co", "op", "student"]) == ["co", "op", "student"]
    assert job_titles._operator(["op"]) == ["op"]


def test_a_setting_word_left_first_is_dropped() -> None:
    assert job_titles._setting_first(["en", "genie", "civil"]) == ["genie", "civil"]
    assert job_titles._setting_first(["en"]) == ["en"]
    assert job_titles._setting_first(["psw", "in", "ltc"]) == ["psw", "in", "ltc"]


def test_a_labourer_at_a_kind_of_plant_is_its_labourer() -> None:
    # a strict xfail until the sixth round (tests/eligibility/test_job_titles_phone6.py): a title that names only
    # labour at a kind of plant is that industry's labourer (95106 'Meat-packing plant labourer', 'Bottling
    # line worker'), whatever our table's reading of the words alone ('line worker' is an assembler's, 94219)
    assert codes("line worker at chicken plant")[0] == "95106"
    assert codes("line worker")[0] == "94219"


def test_the_third_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(3)
    assert len(rows) == 169 and rows[0].query == "warehouse assoc at amazon"
    assert sum(row.lang == "fr" for row in rows) == 51
    score = noc_people.measure(rows)
    assert score.harmful == []
    assert score.top1 / score.cases >= 0.98, score.misses
    assert score.top5 / score.cases >= 0.99, score.misses
    assert score.self_found == score.self_cases
    for row in rows:  # a title whose right answers count differently is flagged, unless the first is the safe one
        if len({counts(code) for code in row.accepted}) > 1:
            finding = job_titles.find(row.query, row.lang)
            assert finding.mixed_counting or not counts(finding.occupations[0].code), row.query
