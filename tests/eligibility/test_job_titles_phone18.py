"""Job titles as typed on a phone, eighteenth 'fresh' round (tests/fixtures/noc_people18.csv: 50 English, 50
French, written and decided from the official NOC 2021 example titles, each cited title checked against that file
by a script, with harmful first matches written down, and committed before the finder was run on them, commit
2058b02): pay and shift words ('line cook nights $19/hr', 'caissiere chez walmart 15,75$ de l'heure', 'hca on
nights'), a company's grades ('L4 software engineer', 'warehouse associate II', 'help desk tier 1'), trades with
their level ('3rd period plumbing apprentice', 'compagnon electricien', 'refrigeration mechanic journeyperson'),
restaurant and hotel titles, tech titles, Quebec usage ('commis de plancher', 'aide-comptable', 'technicien en
loisirs', 'surveillante d'eleves'), and titles the official lists put in the other TEER band ('dental
receptionist' 14101, 'lunchroom supervisor' 45100, 'garbage truck driver' 74205).

Measured once before any change (everyday table 2026-12-07.3, commit 2058b02): top-1 88 of 100, top-5 97, 49 not
sure (the bot asks); five first matches in the other TEER band: 'aide-cuisinier dans une cafeteria d'hopital' ->
63200 cooks (TEER 3, counting; the job is 65201, TEER 5, and 63200 was written down as harmful), and four jobs that
count shown first as ones that do not: 'rn casual pool at a long term care home' -> 75212, 'hca on nights at the
hospital' -> 64314, 'cwb ticketed welder' -> 64313, 'second de cuisine dans un bistro' -> 65201.

After (everyday table 2026-12-07.6): top-1 100, top-5 100, none in the other band either way, 28 not sure. Every
earlier round, the everyday set and the evaluation set unchanged at first match (3,855 titles compared one by
one before and after).
"""

from __future__ import annotations

import csv
import pathlib

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts

EVERYDAY = pathlib.Path(noc_people.__file__).with_name("noc_everyday.csv")


def test_the_eighteenth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(18)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 18) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    earlier |= {row["query"].lower() for row in csv.DictReader(EVERYDAY.open(encoding="utf-8"))}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_eighteenth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(18)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == 100 and score.top5 == 100, score.misses
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
    unsure = [row.query for row in rows if job_titles.find(row.query, row.lang).confidence != "high"]
    # 49 before: the bot asks about these; 27 until session 22 ("aide-comptable" is the table's); 28 until round 22
    # ("compagnon" is a weak word: 'soudeur-monteur compagnon' is searched as the official 'Soudeur-monteur', sure)
    assert len(unsure) == 26, unsure


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    # a job that counts was shown first as one that does not (a low guess puts those first)
    ("rn casual pool at a long term care home", "en", "31301", "75212"),  # "rn pool": pool cleaners
    ("hca on nights at the hospital", "en", "33102", "64314"),  # "hca on": hotel night clerks
    ("cwb ticketed welder", "en", "72106", "64313"),  # ticket takers
    ("second de cuisine dans un bistro", "fr", "62200", "65201"),  # kitchen helpers
    # a TEER 5 job shown first as a cook (TEER 3): its hours would have counted
    ("aide-cuisinier dans une cafeteria d'hopital", "fr", "65201", "63200"),
])
def test_the_round_s_jobs_in_the_other_band_now_find_their_own(query: str, lang: str, first: str,
                                                                before: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations[0].code == first and finding.confidence == "high"
    assert counts(first) != counts(before)


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("refrigeration mechanic journeyperson", "en", "72402", "72020"),  # the mechanics' foremen
    ("hvac tech residential service", "en", "72402", "22311"),
    ("preposee a l'accueil a la clinique medicale", "fr", "14101", "14401"),
    ("journaliere aux travaux publics pour la ville", "fr", "75212", "75110"),
    ("registered practical nurse at a family doctors office", "en", "32101", "31301"),
    ("taper for a drywall contractor", "en", "73102", "72014"),
    ("general labourer for a landscaping company", "en", "85121", "95109"),
])
def test_the_round_s_wrong_first_matches(query: str, lang: str, first: str, before: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and found[0] != before


@pytest.mark.parametrize("query", [
    "line cook nights $19/hr", "line cook $19/hr", "line cook 19$/h", "line cook at $19 an hour",
    "line cook 19/hr",
])
def test_pay_said_with_a_title_is_not_the_work(query: str) -> None:
    finding = job_titles.find(query)
    assert finding.occupations[0].code == "63200" and finding.confidence == "high"
    assert "hr" not in finding.searched and "+" not in finding.searched  # "/hr" was read as a second title


@pytest.mark.parametrize(("query", "first"), [
    ("caissiere 15,75$ de l'heure", "65100"),
    ("plongeur 16 $ de l’heure", "65201"),
])
def test_pay_said_the_french_way_is_not_the_work(query: str, first: str) -> None:
    assert codes(query, "fr")[0] == first


def test_a_number_that_is_no_pay_stays() -> None:
    assert job_titles._without_pay("24/7 security guard") == "24/7 security guard"
    assert job_titles._without_pay("class 1 driver") == "class 1 driver"
    assert job_titles._without_pay("$18/h") == "$18/h"  # nothing else said: the query as typed


@pytest.mark.parametrize(("query", "first"), [
    ("L4 software engineer at amazon", "21231"),  # a company's grade
    ("help desk tier 1 at a hospital", "22221"),  # a support tier
    ("3rd period plumbing apprentice", "72300"),  # an apprenticeship's period, as its year
    ("2nd year insulator apprentice local 95", "72321"),  # a union local
    ("manual qa tester on contract", "22222"),
])
def test_grades_periods_and_how_one_was_hired_are_not_the_work(query: str, first: str) -> None:
    finding = job_titles.find(query)
    assert finding.occupations[0].code == first and finding.confidence == "high"


@pytest.mark.parametrize(("query", "first", "searched"), [
    ("bookkeeper for a small construction company", "12200", "bookkeeper"),  # no kind of work said: as before
    ("caregiver for seniors", "44101", "caregiver for"),  # our table's title with "for"
    ("nurse for a school board", "31301", "school nurse"),
])
def test_whom_the_work_was_for_says_its_kind_only_when_that_makes_a_sure_title(query: str, first: str,
                                                                               searched: str) -> None:
    finding = job_titles.find(query)
    assert finding.occupations[0].code == first and finding.searched == searched


def test_context_still_chooses_among_readings_of_the_title() -> None:
    assert codes("meat wrapper at safeway")[0] == "65102"  # 'Meat wrapper - grocery store', not 95106's
    # 'Doctor's office nurse' (31301) holds no "practical": the RNs are not a reading of an RPN's title
    assert codes("registered practical nurse at a walk in clinic")[0] == "32101"


@pytest.mark.parametrize(("query", "lang", "jobs"), [
    ("server and bartender at a pub", "en", {"65200", "64301"}),
    ("forklift operator and shipper receiver", "en", {"75101", "14400"}),
    ("serveuse et barmaid au resto-bar", "fr", {"65200", "64301"}),
])
def test_two_jobs_in_one_line_are_both_offered(query: str, lang: str, jobs: set[str]) -> None:
    assert jobs <= set(codes(query, lang)[:3])


@pytest.mark.parametrize(("query", "lang", "first", "other"), [
    # the official lists put these close words in the other TEER band: the title as said decides
    ("dental receptionist at a dental clinic", "en", "14101", "33100"),
    ("lunchroom supervisor at my kids school", "en", "45100", "43100"),
    ("surveillante d'eleves dans une ecole secondaire", "fr", "45100", "43100"),
    ("garbage truck driver for the city", "en", "74205", "73300"),
    ("technicien en loisirs pour la municipalite", "fr", "54100", "41406"),
    ("aide-comptable a temps partiel", "fr", "14200", "12200"),
    ("concierge d'immeuble a logements", "fr", "65312", "73201"),
    ("plongeur dans un resto au salaire minimum", "fr", "65201", "72999"),
])
def test_close_words_in_the_other_band(query: str, lang: str, first: str, other: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and counts(first) != counts(other)


def test_an_occasional_teacher_is_a_supply_teacher() -> None:
    assert codes("occasional teacher")[:2] == ["41221", "41220"]
    assert codes("supply teacher high school")[0] == "41220"  # the level said chooses
