"""Job titles as typed on a phone, twenty-third 'fresh' round (tests/fixtures/noc_people23.csv: 50 English, 50
French, written and decided from the official NOC 2021 example titles, each cited title checked against that file
by a script, with harmful first matches written down, and committed before the finder was run on them, commit
124d06d): the sectors where temporary foreign workers and graduates work and the TEER splits are fine, agriculture
and food processing ('greenhouse crew lead - tomatoes', 'barn hand at a dairy, feeding calves', 'journalier en
abattoir de porc chez olymel'), hospitality ('night audit at the holiday inn express', 'banquet capt at the
sheraton', 'serveuse en chef aux banquets du fairmont'), transport ('az driver on a tfw permit doing us runs',
'freight broker agent, commission only'), finance and office ('conseiller aux particuliers chez desjardins',
'responsable de la paie dans une pme'), construction management ('site super for a condo builder', 'scaffolder at
a union shop'), the work said instead of a title ('i fix cars at my uncle's garage', 'i do the books for a
dentist', 'je repare des ordis dans une boutique', 'je coupe des cheveux dans un salon') and French with English
words ('team lead au service client chez videotron', 'CSR chez Bell').

Measured once before any change (everyday table 2026-12-07.19, commit 124d06d): top-1 69 of 100, top-5 87, 52 not
sure, 41 with matches that count differently; one TEER 4-5 job shown first as one that counts ('poseur de pneus
chez costco' -> 73200 residential installers, TEER 3); thirteen jobs that count shown first as ones that do not
(below); self-employment recognised in 1 of 1.

After (everyday table 2026-12-07.21): top-1 96, top-5 100, none in the other band either way, 27 not sure, 37 with
matches that count differently; self-employment 1 of 1. Every earlier round and the everyday set unchanged at first
match (3,260 titles compared one by one before and after) but round 15's 'TFW farm worker' and 'ouvrier agricole
TET' (85100 -> 85101, both accepted).
"""

from __future__ import annotations

import csv
import pathlib

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts

EVERYDAY = pathlib.Path(noc_people.__file__).with_name("noc_everyday.csv")


def test_the_twenty_third_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(23)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 23) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    earlier |= {row["query"].lower() for row in csv.DictReader(EVERYDAY.open(encoding="utf-8"))}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_twenty_third_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(23)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []  # 1 and 13 before
    assert score.top1 == 96 and score.top5 == 100, score.misses  # 69 and 87 before
    assert (score.self_found, score.self_cases) == (1, 1)  # 1 of 1 before
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
    findings = [job_titles.find(row.query, row.lang) for row in rows]
    assert sum(finding.confidence != "high" for finding in findings) == 27  # 52 before: the bot says it is unsure
    # 41 before: the person chooses (37 with this round's table alone, 35 with session 23's filter: official titles
    # sharing only a few letters with the words are no longer offered beside our table's)
    assert sum(finding.mixed_counting for finding in findings) == 35


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    # a job whose hours do not count shown first as one whose hours do (a false "eligible")
    ("poseur de pneus chez costco", "fr", "74203", "73200"),
    # jobs whose hours count shown first as ones whose hours do not
    ("greenhouse crew lead - tomatoes", "en", "82031", "85103"),
    ("freight broker agent, commission only", "en", "13200", "64313"),
    ("az driver on a tfw permit doing us runs", "en", "73300", "74102"),
    ("i fix cars at my uncle's garage", "en", "72410", "94210"),
    ("i do the books for a dentist", "en", "12200", "94152"),
    ("TA for first year calc at mcgill", "en", "41201", "14201"),
    ("conseiller aux particuliers chez desjardins", "fr", "11102", "64201"),
    ("team lead au service client chez videotron", "fr", "62023", "64409"),
    ("responsable de la paie dans une pme", "fr", "13102", "84120"),
    ("je repare des ordis dans une boutique", "fr", "22311", "64100"),
    ("je coupe des cheveux dans un salon", "fr", "63210", "65329"),
    ("commis de cuisine au vieux port", "fr", "63200", "14200"),
    ("aide soignante de nuit dans une residence privee pour aines", "fr", "33102", "44100"),
])
def test_the_round_s_jobs_in_the_other_band_now_find_their_own(query: str, lang: str, first: str,
                                                                before: str) -> None:
    assert codes(query, lang)[0] == first
    assert counts(first) != counts(before)


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("hatchery worker at a chicken hatchery", "en", "85100", "85102"),  # not the fish hatcheries' workers
    ("crab plant worker in shippagan", "en", "94142", "85121"),  # 85121: landscaping labourers
    ("packhouse worker at an apple orchard", "en", "85101", "75101"),
    ("sanitation crew nights at a meat plant", "en", "95106", "94140"),  # the plant's labourers
    ("online grocery picker at walmart", "en", "65102", "75101"),
    ("grad research assistant in a chem lab at uofc", "en", "41201", "12113"),
    ("journalier en abattoir de porc chez olymel", "fr", "95106", "75110"),  # 75110: construction labourers
    ("ouvriere en serre de concombres", "fr", "85103", "95100"),
    ("ouvrier agricole tet dans les legumes", "fr", "85101", "85100"),
    ("chargee de projet junior en construction", "fr", "70010", "00015"),
    ("je fais la tenue de livres a mon compte pour des pme", "fr", "12200", "12011"),
    ("je prepare les commandes dans un entrepot la nuit", "fr", "75101", "14400"),
    ("je livre des colis pour intelcom", "fr", "75201", "74100"),
])
def test_the_round_s_wrong_first_matches(query: str, lang: str, first: str, before: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and found[0] != before


@pytest.mark.parametrize(("query", "lang", "first"), [
    # titles the official lists put in another band than their words suggest (read as the NOC files them)
    ("banquet capt at the sheraton", "en", "65200"),  # 'Banquet captain' (TEER 5), not 40042 'Captain'
    ("serveuse en chef aux banquets du fairmont", "fr", "65200"),  # not 62200 'Chef de banquet' (TEER 2)
    ("scaffolder at a union shop", "en", "75110"),  # 'Scaffolder' (TEER 5), not 72105 (TEER 2)
    ("detailer at a used car lot", "en", "65311"),  # 'Car detailer' (TEER 5), not 22212 'Detailer' (TEER 2)
    ("night audit at the holiday inn express", "en", "64314"),  # 'Night auditor - hotel' (TEER 4)
    ("kennel attendant at a vet clinic", "en", "65220"),  # not 32104 'Animal care technician' (TEER 2)
    ("barn hand at a dairy, feeding calves", "en", "85100"),  # not 80020 'Cow-calf operator' (TEER 0)
    ("chef de partie dans un hotel", "fr", "62200"),  # 'Chef de partie - cuisine' (TEER 2)
    ("site super for a condo builder", "en", "70010"),  # 'Construction site superintendent' (TEER 0)
])
def test_the_level_a_word_suggests_is_read_as_the_noc_files_it(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("poseuse de pneus", "fr", "74203"), ("tire installer", "en", "74203"), ("tire changer", "en", "74203"),
    ("greenhouse crew lead", "en", "82031"), ("chef d'equipe en serre", "fr", "82031"),
    ("je repare des autos", "fr", "72410"), ("fixing cars", "en", "72410"), ("i cut hair", "en", "63210"),
    ("ta", "en", "41201"), ("graduate research assistant", "en", "41201"),
    ("responsable de la paie", "fr", "13102"), ("computer repair", "en", "22311"),
    ("az driver doing us runs", "en", "73300"), ("class 1 driver on a work permit", "en", "73300"),
    ("chicken hatchery worker", "en", "85100"), ("lobster plant worker", "en", "94142"),
    ("journaliere en abattoir de poulet", "fr", "95106"), ("greenhouse worker - cucumbers", "en", "85103"),
])
def test_probes_beyond_the_round(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang"), [
    ("barista and shift supervisor at starbucks", "en"), ("barista / superviseure de quart chez starbucks", "fr"),
    ("prep cook at a hotel kitchen", "en"), ("je m'occupe des personnes agees", "fr"),
])
def test_words_that_name_jobs_in_both_bands_offer_both(query: str, lang: str) -> None:
    # two jobs in one line, or a title the NOC files in two bands: the person chooses, the first never one that
    # counts when the other does not
    finding = job_titles.find(query, lang)
    teers = {counts(occupation.code) for occupation in finding.occupations[:3]}
    assert teers == {True, False} and finding.mixed_counting


def test_a_french_place_after_au_is_an_employer_only_after_a_title_of_two_words_or_more() -> None:
    # "commis de cuisine au vieux port": 63200 'Commis de cuisine', the place read as an employer is
    assert job_titles.find("commis de cuisine au vieux port", "fr").searched == "commi de cuisine"
    # one word: what follows "au" completes it ('Commis à la paie', 'Préposé/préposée aux chambres')
    assert codes("commis a la paie dans une pme", "fr")[0] == "13102"
    assert codes("preposee aux chambres au chateau frontenac", "fr")[0] == "65310"
    assert codes("journaliere aux travaux publics pour la ville", "fr")[0] == "75212"


@pytest.mark.xfail(strict=True, reason=(
    "'estimateur pour un couvreur': 'estimateur' alone is listed in 12203 (assessors), 12201 (insurance) and "
    "22303 (construction) alike, and the roofer after 'pour' is read as an employer, which no official 22303 "
    "title names; 12203 first, the same band (TEER 2) as the right 22303, so no safety matter: left for a "
    "table row of construction trades said after an estimator rather than guessed"))
def test_an_estimator_for_a_roofer_is_a_construction_estimator() -> None:
    assert codes("estimateur pour un couvreur", "fr")[0] == "22303"


@pytest.mark.xfail(strict=True, reason=(
    "'travailleuse d'usine de crabe a shippagan': a French place after a bare 'a' ('à Shippagan') is not read as "
    "a place (only 'au', 'à la', 'à l''), so the town is searched with the title and 65101's attendants (TEER 5) "
    "come first for 94142's plant workers (TEER 4): the same band, no safety matter; a bare 'à' also starts "
    "titles ('commis à la paie', 'préposé à l'entretien'), so it is left rather than guessed"))
def test_a_crab_plant_worker_in_a_named_town_is_a_fish_plant_worker() -> None:
    assert codes("travailleuse d'usine de crabe a shippagan", "fr")[0] in {"94142", "95107"}


@pytest.mark.xfail(strict=True, reason=(
    "'i fix trucks' is searched as 'fix truck' and read as 94202's assemblers (a low guess, TEER 4 first under "
    "the safety rule) for a truck mechanic (72410 'Truck mechanic', TEER 2); our table knows 'fix cars' only: "
    "adding every vehicle a person may say they fix is left for a later round"))
def test_i_fix_trucks_is_a_truck_mechanic() -> None:
    assert codes("i fix trucks")[0] == "72410"
