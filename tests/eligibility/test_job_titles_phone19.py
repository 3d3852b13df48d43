"""Job titles as typed on a phone, nineteenth 'fresh' round (tests/fixtures/noc_people19.csv: 50 English, 50
French, written and decided from the official NOC 2021 example titles, each cited title checked against that file
by a script, with harmful first matches written down, and committed before the finder was run on them, commit
58ed952): the employer's sector as the only title ('i work at a daycare', 'je travaille dans une usine'), owners
and owner-operators ('franchise owner tim hortons', 'lobster fisherman with my own boat', 'proprio d'un
dépanneur'), seasonal farm and fishing work, cleaning, security and beauty, logistics ('freight broker',
'répartiteur'), finance back office, real estate and insurance, transit, airline and airport jobs, government and
military titles, and supervisor words with a reading in each TEER band ('lead hand in a warehouse', 'chef d'équipe
dans un entrepôt').

Measured once before any change (everyday table 2026-12-07.7, commit 58ed952): top-1 70 of 100, top-5 89, 53 not
sure, 40 with matches that count differently (72 of 100 asked one way or the other); three TEER 4-5 jobs shown
first as ones that count: 'dog bather at a grooming salon' -> 43202 by-law officers, 'travailleuse en serre' ->
42201 social workers, 'employé de ferme laitière' -> 80020 dairy farmers; ten jobs that count shown first as ones
that do not ('franchise owner tim hortons' -> 75210, 'lobster fisherman with my own boat' -> 85102, 'freight
broker' -> 14400...); self-employment recognised in 4 of 7.

After (everyday table 2026-12-07.11): top-1 100, top-5 100, none in the other band either way, 25 not sure, 44
with matches that count differently (64 asked); self-employment 7 of 7. Every earlier round, the everyday set and
the evaluation set unchanged at first match but one (round 5's 'déménageur': 75211 -> 75101, both accepted;
3,759 titles compared one by one before and after).
"""

from __future__ import annotations

import csv
import pathlib

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts

EVERYDAY = pathlib.Path(noc_people.__file__).with_name("noc_everyday.csv")


def test_the_nineteenth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(19)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 19) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    earlier |= {row["query"].lower() for row in csv.DictReader(EVERYDAY.open(encoding="utf-8"))}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_nineteenth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(19)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == 100 and score.top5 == 100, score.misses
    assert (score.self_found, score.self_cases) == (7, 7)  # 4 of 7 before
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
    findings = [job_titles.find(row.query, row.lang) for row in rows]
    # 53 before: the bot says it is unsure; 25 until round 22 ('framing foreman for a home builder' is our table's
    # "framing foreman" now, sure)
    assert sum(finding.confidence != "high" for finding in findings) == 24
    # 40 before: the person chooses (42 until session 23, whose junk offers beside a table title are dropped: "dog
    # groomer" no longer offers police officers, so only real choices' TEERs are said; 44 until round 20:
    # "agente de prevention des pertes chez walmart" is now read with the store's sector, 64410 first as before,
    # and no longer offers 31301's nurses beside it; 43 until round 21: "uber driver and instacart shopper", all
    # TEER 5, no longer offers 73300's truck drivers, TEER 3, beside the taxi drivers)
    assert sum(finding.mixed_counting for finding in findings) == 39


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    # a job whose hours do not count was shown first as one whose hours do (a false "eligible")
    ("dog bather at a grooming salon", "en", "65220", "43202"),  # by-law enforcement officers
    ("travailleuse en serre", "fr", "85103", "42201"),  # searched as "travailleuse": social workers
    ("employe de ferme laitiere", "fr", "85100", "80020"),  # searched as "de ferme laitière": dairy farmers
    # a job whose hours count was shown first as one whose hours do not
    ("owner operator az flatbed", "en", "73300", "94111"),
    ("franchise owner tim hortons", "en", "60030", "75210"),
    ("lobster fisherman with my own boat", "en", "83121", "85102"),
    ("freight broker", "en", "13200", "14400"),
    ("freight forwarding coordinator", "en", "13201", "14400"),
    ("insurance broker personal lines", "en", "63100", "14201"),
    ("pecheur de homard aux iles de la madeleine", "fr", "83121", "94142"),
    ("chef d'equipe en entretien menager", "fr", "62024", "65310"),
    ("proprio d'un depanneur", "fr", "60020", "74204"),
    ("je travaille dans une garderie", "fr", "42202", "85100"),
])
def test_the_round_s_jobs_in_the_other_band_now_find_their_own(query: str, lang: str, first: str,
                                                                before: str) -> None:
    assert codes(query, lang)[0] == first
    assert counts(first) != counts(before)


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("driver for a moving company", "en", "73300", "70020"),  # the moving company's manager
    ("deckhand on a crab boat", "en", "84121", "74201"),  # a ship's or ferry's deckhand
    ("cabin crew at air canada rouge", "en", "64311", "64410"),  # searched as "cabin": security guards
    ("air canada customer service agent at the airport", "en", "64312", "64409"),  # call centre agents
    ("leasing agent at an apartment complex", "en", "13101", "11202"),
    ("tree planter in northern bc", "en", "85120", "84111"),
    ("lash tech self employed from home", "en", "63211", "22110"),
    ("portier dans un bar", "fr", "64410", "65210"),  # a hotel's doorman
    ("prothesiste ongulaire dans un salon", "fr", "63211", "32129"),
    ("courtier en transport de marchandises", "fr", "13200", "11103"),  # securities brokers
    ("contremaitre de chantier", "fr", "72021", "72013"),
    ("demenageur", "fr", "75101", "75211"),
    ("travailleur agricole temporaire sur une ferme maraichere", "fr", "85101", "85100"),
    ("seasonal farm worker sawp program", "en", "85101", "75212"),
])
def test_the_round_s_wrong_first_matches(query: str, lang: str, first: str, before: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and found[0] != before


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("i work at a daycare", "en", "42202"),
    ("im working at a factory", "en", "95109"),
    ("i'm working in a warehouse", "en", "75101"),
    ("je travaille dans une usine", "fr", "95109"),
    ("je travaille dans une garderie", "fr", "42202"),
])
def test_a_place_said_alone_is_looked_up_not_the_word_work(query: str, lang: str, first: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations[0].code == first
    assert finding.searched not in {"work", "working", "travaille"}  # "i work" found 41400's policy researchers


@pytest.mark.parametrize(("query", "lang"), [("i work at walmart", "en"), ("je travaille chez walmart", "fr")])
def test_an_employer_said_alone_finds_nothing_and_the_question_is_asked_again(query: str, lang: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations == [] and not finding.self_employed


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("i work as a cook", "en", "63200"),  # the title after "as" is still the title
    ("je travaille comme caissiere", "fr", "65100"),
    ("i am a cook", "en", "63200"),
])
def test_a_title_said_in_a_sentence_is_read_as_before(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang"), [("i work for myself", "en"), ("je travaille pour moi-meme", "fr")])
def test_working_for_oneself_is_self_employment(query: str, lang: str) -> None:
    assert job_titles.find(query, lang).self_employed


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("franchise owner tim hortons", "en", "60030"),
    ("lobster fisherman with my own boat", "en", "83121"),
    ("proprio d'un depanneur", "fr", "60020"),
    ("proprietaire de restaurant", "fr", "60030"),
    ("owner operator az flatbed", "en", "73300"),
])
def test_an_owner_is_self_employed_and_the_business_still_says_the_work(query: str, lang: str, first: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.self_employed and finding.occupations[0].code == first


def test_an_owner_s_title_listed_as_typed_stays_whole() -> None:
    finding = job_titles.find("proprietaire de salon de beaute", "fr")  # 63210 'Propriétaire de salon de beauté'
    assert finding.self_employed and finding.occupations[0].code == "63210"


@pytest.mark.parametrize(("query", "lang"), [
    ("lead hand in a warehouse", "en"), ("chef d'equipe dans un entrepot", "fr"), ("warehouse lead hand", "en"),
])
def test_a_lead_hand_may_work_or_supervise_and_the_person_chooses(query: str, lang: str) -> None:
    finding = job_titles.find(query, lang)
    found = [occupation.code for occupation in finding.occupations]
    assert finding.mixed_counting and {"75101", "12013"} <= set(found[:3])
    assert not counts(found[0])  # the reading whose hours do not count first: never the one that helps


@pytest.mark.parametrize(("query", "first"), [
    ("deckhand on a crab boat", "84121"), ("deckhand for bc ferries", "74201"), ("deckhand", "74201"),
])
def test_the_boat_said_with_a_deckhand_chooses(query: str, first: str) -> None:
    assert codes(query)[0] == first


@pytest.mark.parametrize(("query", "first"), [
    ("leasing agent at an apartment complex", "13101"), ("leasing agent at a car dealership", "64100"),
])
def test_what_is_leased_chooses(query: str, first: str) -> None:
    assert codes(query)[0] == first


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("supervisor plastics factory", "en", "92013"),  # the plant's supervisors, not its labourers
    ("cook at a daycare", "en", "63200"),  # a daycare's cook is a cook
    ("tractor driver on a farm", "en", "84120"),
])
def test_a_place_word_inside_a_title_is_not_read_as_the_job(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "first", "other"), [
    # the official lists put these close words in the other TEER band: the title as said decides
    ("infantry soldier canadian armed forces", "en", "44200", "40042"),  # not 'Infantry officer' (TEER 0)
    ("brigadier scolaire", "fr", "45100", "42100"),  # not 'Brigadier/brigadière - police' (TEER 2)
    ("night dispatcher at a tow truck company", "en", "14404", "73300"),  # not 'Tow truck driver' (TEER 3)
    ("aide-pecheur sur un bateau de crabe", "fr", "84121", "83121"),  # not the crab fisher (TEER 3)
    ("med tech in the canadian armed forces", "en", "32101", "44200"),  # not the combat members (TEER 4)
    ("shift supervisor at starbucks", "en", "62020", "65201"),
    ("team lead at a call centre", "en", "62023", "64409"),
])
def test_close_words_in_the_other_band(query: str, lang: str, first: str, other: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and counts(first) != counts(other)


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    # the place and the title in one line: the title after "as"/"comme" is the job, the place says where
    ("i work at tim hortons as a baker", "en", "63202", "41400"),  # searched as "work": policy researchers
    ("i worked in a restaurant as a cook", "en", "63200", "41400"),
    ("je travaille dans un restaurant comme cuisinier", "fr", "63200", "65201"),  # kitchen helpers, TEER 5
    ("je travaille chez IGA comme caissiere", "fr", "65100", None),
])
def test_the_place_then_the_title_in_one_line(query: str, lang: str, first: str, before: str | None) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations[0].code == first and finding.confidence == "high"
    assert before is None or before != first


@pytest.mark.parametrize(("query", "lang"), [
    ("corporal in the reserves", "en"), ("master corporal", "en"), ("caporal dans les forces armees", "fr"),
])
def test_a_military_rank_names_no_trade_and_the_person_chooses(query: str, lang: str) -> None:
    # 'corporal in the reserves' found 42100's police officers first (TEER 2) as a low guess
    finding = job_titles.find(query, lang)
    found = [occupation.code for occupation in finding.occupations]
    assert finding.mixed_counting and found[:3] == ["44200", "43204", "42102"]


@pytest.mark.parametrize("query", ["police corporal", "caporal de police"])
def test_a_police_corporal_stays_a_police_officer(query: str) -> None:
    assert codes(query, "fr" if "caporal" in query else "en")[0] == "42100"


# Leftovers 7: the car rental companies are a sector read after "at" / "chez" only (everyday.toml), never taken
# out of a title ("budget analyst" stays 13100): tests/flows/test_leftovers7.py
@pytest.mark.parametrize("query", ["agent de location chez budget", "agent de location chez enterprise"])
def test_a_car_rental_company_s_rental_agent_is_a_car_rental_agent(query: str) -> None:
    assert codes(query, "fr")[0] == "64100"
