"""Job titles as typed on a phone, twenty-first 'fresh' round (tests/fixtures/noc_people21.csv: 50 English, 50
French, written and decided from the official NOC 2021 example titles, each cited title checked against that file
by a script, with harmful first matches written down, and committed before the finder was run on them, commit
162ecc6): gig and platform work ('uber driver in brampton', 'lyft/uber driver weekends', 'je fais du uber le soir
apres ma job'), transport and logistics ('az drivr, local runs', 'yard jockey at a distribution centre', 'je drive
le lift dans un entrepot'), cleaning and building services ('building super for a property management co', 'condo
concierge downtown toronto'), manufacturing and food processing ('machine operator at a metal stamping plant',
'meat cutter at no frills' vs 'butcher at a halal meat shop', 'coupeur de viande dans un abattoir'), finance and
office levels ('jr. accountant at a small firm', 'senior payrol specialist'), sales ('sdr at a tech company',
'account exec at a saas startup'), social services ('caseworker at ontario works', 'intervenante psychosociale en
clsc'), agriculture ('cueillette de bleuets au lac st-jean l'ete', 'ouvriere dans une serre de tomates'), beauty
('tech en pose d'ongles et cils') and typos ('janiter', 'secuirty guard').

Measured once before any change (everyday table 2026-12-07.16, commit 162ecc6): top-1 77 of 100, top-5 85, 39 not
sure, 43 with matches that count differently; one TEER 4-5 job shown first as one that counts ('agente au centre
d'appel de videotron' -> 22221 IT support agents, TEER 2); three jobs that count shown first as ones that do not
('az drivr, local runs' -> 74102 couriers, 'yard jockey at a distribution centre' -> 65329 'Jockey valet',
'chauffeuse d'autobus scolaire le matin pis l'apres-midi' -> 75201 delivery drivers); self-employment recognised in
2 of 2.

After (everyday table 2026-12-07.17): top-1 100, top-5 100, none in the other band either way, 28 not sure, 42
with matches that count differently; self-employment 2 of 2. Every earlier round and the everyday set unchanged at
first match (3,062 titles compared one by one before and after) but round 1's 'car detailer' (65329 -> 65311, the
official title's unit group; both accepted) and round 17's 'skip the dishes courier on a bike' (74102 -> 75201,
both accepted).
"""

from __future__ import annotations

import csv
import pathlib

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts

EVERYDAY = pathlib.Path(noc_people.__file__).with_name("noc_everyday.csv")


def test_the_twenty_first_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(21)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 21) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    earlier |= {row["query"].lower() for row in csv.DictReader(EVERYDAY.open(encoding="utf-8"))}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_twenty_first_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(21)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []  # 1 and 3 before
    assert score.top1 == 100 and score.top5 == 100, score.misses  # 77 and 85 before
    assert (score.self_found, score.self_cases) == (2, 2)  # 2 of 2 before
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
    findings = [job_titles.find(row.query, row.lang) for row in rows]
    # 39 before: the bot says it is unsure; 28 until session 22 ("camionneur classe 1" is the table's, sure now);
    # 27 until session 23 ("food delivery on my ebike", "livreur a velo pour uber eats": the title before the bike
    # and the employer is our table's; "agent d'aide sociale au gouvernement": the place after "au" is an
    # employer); 24 until session 24 ("forklift op 2nd shift": the shift after the title is left out, 75101 sure)
    assert sum(finding.confidence != "high" for finding in findings) == 23
    # 43 before, 42 until session 22 (sure of "camionneur classe 1", its other offers still differ): the person
    # chooses
    # 43 until session 23 (42 with one of its changes, 41 with both: an official title sharing only a few letters
    # with the words is no longer offered beside our table's; round 23's table)
    assert sum(finding.mixed_counting for finding in findings) == 41


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    # a job whose hours do not count was shown first as one whose hours do (a false "eligible")
    ("agente au centre d'appel de videotron", "fr", "64409", "22221"),
    # jobs whose hours count shown first as ones whose hours do not
    ("az drivr, local runs", "en", "73300", "74102"),
    ("yard jockey at a distribution centre", "en", "73300", "65329"),
    ("chauffeuse d'autobus scolaire le matin pis l'apres-midi", "fr", "73301", "75201"),
])
def test_the_round_s_jobs_in_the_other_band_now_find_their_own(query: str, lang: str, first: str,
                                                                before: str) -> None:
    assert codes(query, lang)[0] == first
    assert counts(first) != counts(before)


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("lyft/uber driver weekends", "en", "75200", "75201"),
    ("machine op at a bakery plant", "en", "94140", "65320"),
    ("machine operator at a metal stamping plant", "en", "94105", "65320"),
    ("general labour at a food plant thru an agency", "en", "95106", "75110"),
    ("account exec at a saas startup", "en", "64101", "11202"),
    ("sdr at a tech company", "en", "64101", ""),  # nothing was found
    ("trimmer at a licensed cannabis producer", "en", "85103", "94141"),
    ("car detailer at a dealership", "en", "65311", "65329"),
    ("chauffeur lyft a temps partiel", "fr", "75200", "74201"),
    ("je fais du uber le soir apres ma job", "fr", "75200", "94219"),
    ("je drive le lift dans un entrepot", "fr", "75101", "14400"),
    ("journaliere dans une usine de bonbons", "fr", "95106", "75110"),
    ("operateur de machine dans une usine de plastique", "fr", "94111", "65320"),
    ("coupeur de viande dans un abattoir", "fr", "94141", "95106"),
    ("directrice de comptes dans une agence de pub", "fr", "11202", "10020"),
    ("cueillette de bleuets au lac st-jean l'ete", "fr", "85101", "85100"),
    ("ouvriere dans une serre de tomates", "fr", "85103", "85100"),
    ("tech en pose d'ongles et cils", "fr", "63211", "22220"),
    ("mecano de machinerie lourde", "fr", "72401", "72410"),
])
def test_the_round_s_wrong_first_matches(query: str, lang: str, first: str, before: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and found[0] != before


@pytest.mark.parametrize(("query", "lang"), [
    ("uber driver", "en"), ("lyft driver", "en"), ("taxi driver", "en"), ("uber driver in brampton", "en"),
    ("chauffeur uber", "fr"), ("chauffeur de taxi", "fr"), ("je fais du uber", "fr"),
])
def test_a_ride_hail_driver_is_offered_no_other_kind_of_driver(query: str, lang: str) -> None:
    # 'uber driver' searched as 'driver' offered 85120's logging truck drivers, 53200's racing drivers and 73300's
    # truck drivers (TEER 3) after the taxi drivers; our table's row is now the whole list
    finding = job_titles.find(query, lang)
    assert [occupation.code for occupation in finding.occupations] == ["75200", "75201"]
    assert not finding.mixed_counting


@pytest.mark.parametrize(("query", "lang"), [
    ("i work at tim hortons", "en"), ("walmart", "en"), ("at costco", "en"), ("work at canadian tire", "en"),
    ("working at amazon", "en"), ("@ walmart", "en"),
    ("chez walmart", "fr"), ("je travaille chez walmart", "fr"), ("chez tim hortons", "fr"),
    ("travaille chez mcdo", "fr"), ("je travaille chez desjardins", "fr"),
])
def test_an_employer_alone_guesses_no_job(query: str, lang: str) -> None:
    # 'at costco' offered 41101's lawyers (TEER 1) first, 'chez walmart' 22111's inspectors (TEER 2): the words
    # 'at' and 'chez' were searched. The bot now says the employer is not the job, and asks again.
    finding = job_titles.find(query, lang)
    assert finding.occupations == [] and finding.employer_only and not finding.self_employed


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("atp", "fr", "33103"),  # a title that starts with the letters "at" is not an employer said after "at"
    ("cashier at walmart", "en", "65100"),
    ("at a daycare", "en", "42202"),  # a place that says the work, as "i work at a daycare" always was
])
def test_a_title_or_a_place_after_at_is_still_read(query: str, lang: str, first: str) -> None:
    finding = job_titles.find(query, lang)
    assert codes(query, lang)[0] == first and not finding.employer_only


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("machine operator at a fab shop", "en", "94105"),
    ("labourer at a metal fab shop", "en", "95101"),
    ("operatrice de machine dans une usine de plastique", "fr", "94111"),
    ("journalier dans une usine de chocolat", "fr", "95106"),
    ("meat cutter at cargill", "en", "94141"),  # a plant's own unit group among the first three keeps its place
    ("forklift operator at food plant", "en", "75101"),  # our table's title is not the plant's
])
def test_a_title_that_several_unit_groups_list_alike_is_read_with_the_plant(query: str, lang: str,
                                                                            first: str) -> None:
    assert codes(query, lang)[0] == first


def test_machine_operator_alone_is_never_a_counting_job_first() -> None:
    # six unit groups list 'Machine operator' as typed: one whose hours do not count goes first, and the person
    # chooses (72106's welders, TEER 2, are among them)
    finding = job_titles.find("machine operator")
    assert not counts(finding.occupations[0].code) and finding.mixed_counting


@pytest.mark.parametrize(("query", "lang"), [
    ("sdr", "en"), ("bdr at a startup", "en"), ("sales development rep", "en"),
    ("representant ventes internes chez un distributeur", "fr"),
])
def test_a_sales_development_rep_chooses_technical_or_not(query: str, lang: str) -> None:
    # 64101 'Business services sales representative' (TEER 4) or 62100 'Computer software sales representative'
    # (TEER 2): the words do not say which is sold, so both are offered, the one that does not count first
    finding = job_titles.find(query, lang)
    assert [occupation.code for occupation in finding.occupations[:2]] == ["64101", "62100"]
    assert finding.mixed_counting


@pytest.mark.parametrize(("query", "first"), [
    ("account exec", "64101"), ("exec assistant", "12100"), ("exec chef", "62200"),
])
def test_exec_is_short_for_executive(query: str, first: str) -> None:
    assert codes(query)[0] == first


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("uber eats on my bike", "en", "75201"),  # searched as "on bicycle": 64320's bicycle tour guides first
    ("livreur a velo", "fr", "75201"),
    ("shunter at a dc", "en", "73300"),
    ("je fais du lyft", "fr", "75200"),
    ("cueillette de pommes", "fr", "85101"),
    ("tech en cils", "fr", "63211"),
    ("heavy duty mechanic", "en", "72401"),
])
def test_probes_beyond_the_round(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("meat cutter at no frills", "en", "65202"),  # 'Supermarket meat cutter' (TEER 5)
    ("butcher at a halal meat shop", "en", "63201"),  # 'Butcher - butcher shop' (TEER 3)
    ("boucher au maxi du coin", "fr", "63201"),  # 'Boucher/bouchère de supermarché' (TEER 3)
    ("meat cutter at a slaughterhouse", "en", "94141"),  # 'Meat cutter - meat packing plant' (TEER 4)
])
def test_a_butcher_and_a_meat_cutter_are_told_apart_as_the_noc_does(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.xfail(strict=True, reason=(
    "'condo concierge' in a Toronto condo is most often a front-desk security post (64410 'Security guard', TEER "
    "4), while the NOC's 'Apartment building concierge' is 65312 (TEER 5): both do not count, so it is no safety "
    "matter, but the finder reads it as 'concierge' and is unsure (low). Whether a condo concierge should be "
    "offered 64410 beside 65312 is a judgement RULES.md and the NOC lists do not settle"))
def test_a_condo_concierge_is_offered_the_security_desk_reading() -> None:
    found = codes("condo concierge downtown toronto")
    assert found[0] == "65312" and "64410" in found[:3]
