"""Job titles as typed on a phone, seventeenth 'fresh' round (tests/fixtures/noc_people17.csv: 50 English, 50
French, written and decided from the official NOC 2021 example titles, each cited title checked against that file
by a script, with harmful first matches written down, and committed before the finder was run on them, commit
328ca1f): employers and places said with the title ('night stocker at loblaws', 'caissiere a la bmo', 'rec aide
in ltc', 'travailleur social a la dpj'), abbreviations ('mdr tech', 'pcp', 'EA', 'slp', 'sre', 'EIT', 'tts', 'ips',
'pab'), typos ('exavator', 'glazer', 'cabnet', 'elevater', 'recruter', 'ergotheraupeute'), seniority and stage,
gig and student jobs, and two jobs in one message.

Measured once before any change (everyday table 2026-12-06.28, commit 328ca1f): top-1 91 of 100, top-5 97; three
first matches in the other TEER band: 'summer student camp counselor for the city' -> 41320 educational
counsellors (TEER 1; the job is 54100, TEER 4), 'property claims adjuster for intact' -> 14201 bank clerks (TEER 4;
12201, TEER 2) and 'ferblantier en ventilation' -> 84100 mine workers (TEER 4; 72102, TEER 2). None of the harmful
codes written down came first. 'caissier et gerant adjoint au dollarama' (two jobs that count differently) was
not flagged.

After (everyday table 2026-12-07.2): top-1 98, top-5 99, none in the other band either way; the two left are
strict xfails below. An RN who is also a PSW ('rn in the er and psw on weekends') was read as an RN alone: now
both are offered, flagged. Every earlier round and the evaluation set unchanged or better (round 3 'infirmière
auxiliaire en CHSLD' now 32101, was 31301: 99.4% -> 100% top-1).
"""

from __future__ import annotations

import csv
import pathlib

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts

EVERYDAY = pathlib.Path(noc_people.__file__).with_name("noc_everyday.csv")


def test_the_seventeenth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(17)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 17) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    earlier |= {row["query"].lower() for row in csv.DictReader(EVERYDAY.open(encoding="utf-8"))}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_seventeenth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(17)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == 98 and score.top5 == 99, score.misses
    assert score.self_found == score.self_cases == 1  # 'traductrice pigiste'
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    # the whole was a low guess; the title before where, in what or for whom it was done is surer
    ("ferblantier en ventilation", "fr", "72102", "84100"),  # 84100 (TEER 4) mine ventilation workers
    ("property claims adjuster for intact", "en", "12201", "14201"),  # 14201 bank clerks (TEER 4)
])
def test_a_title_unsure_as_a_whole_is_searched_without_where_or_for_whom(query: str, lang: str, first: str,
                                                                         before: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations[0].code == first and finding.occupations[0].code != before
    assert counts(first) and not counts(before)
    assert finding.confidence == "medium"  # words were left out: never said sure


def test_a_title_sure_as_a_whole_keeps_its_words() -> None:
    assert codes("éducatrice en garderie", "fr")[0] == "42202"  # 'en' is part of the title
    assert codes("caregiver for seniors")[0] == "44101"


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("slp at a school board", "en", "31112", None),  # found nothing
    ("tts dans une ecole secondaire", "fr", "42201", "40021"),  # a school principal
    ("xray technologist at a clinic", "en", "32121", "22110"),
    ("x-ray technologist", "en", "32121", "22110"),
    ("traffic control flagger for road construction", "en", "75110", "14402"),
    ("traffic control person", "en", "75110", "12013"),  # 'Traffic control supervisor', TEER 2
    ("summer student camp counselor for the city", "en", "54100", "41320"),  # TEER 1 educational counsellors
    ("infirmière auxiliaire en CHSLD", "fr", "32101", "31301"),  # round 3's: registered nurses came first
    ("infirmière auxiliaire au CHSLD", "fr", "32101", None),
])
def test_our_table_s_new_rows_and_words(query: str, lang: str, first: str, before: str | None) -> None:
    found = codes(query, lang)
    assert found[0] == first and found[0] != before


def test_rpn_keeps_both_its_readings() -> None:
    # RPN is a registered practical nurse (32101) in Ontario, a registered psychiatric nurse (31301) in the west
    assert codes("rpn")[:2] == ["32101", "31301"]


@pytest.mark.parametrize(("query", "first"), [
    ("gerant adjoint au dollarama", "60020"),  # 60030 restaurant managers came first: "au" was left in the title
    ("caissiere a la bmo", "64400"),  # a bank's teller, as "chez la bmo"
])
def test_a_store_named_after_au_or_a_la_is_an_employer(query: str, first: str) -> None:
    assert codes(query, "fr")[0] == first


@pytest.mark.parametrize(("query", "first"), [
    ("préposé au service à la clientèle", "64409"),  # "au" and "à la" before words that are not a name: a title
    ("commis à la comptabilité", "14200"),
])
def test_au_before_words_that_are_no_employer_stays_in_the_title(query: str, first: str) -> None:
    assert codes(query, "fr")[0] == first


@pytest.mark.parametrize(("query", "lang", "jobs"), [
    ("caissier et gerant adjoint au dollarama", "fr", {"65100", "60020"}),  # was 65100, 60030, not flagged
    ("warehouse supervisor and forklift driver", "en", {"12013", "75101"}),
])
def test_two_jobs_that_count_differently_are_both_offered_and_flagged(query: str, lang: str,
                                                                      jobs: set[str]) -> None:
    finding = job_titles.find(query, lang)
    offered = [occupation.code for occupation in finding.occupations]
    assert jobs <= set(offered[:3]) and finding.mixed_counting
    assert not counts(offered[0])  # the one whose hours do not count first


_GLAZER = ("'glazer' is also an official word (65320 'Fur glazer', 95100 'Porcelain glazer', TEER 5), so it is "
           "not respelled as 'glazier'; with 'installing windows' the search is unsure and 73200's window "
           "installers come first (TEER 3, counting as 73111 does: not harmful, asked as unsure). Reading "
           "'glazer' as 'glazier' only beside window words would be a guess our table has no source for")
_APPLES = ("'Ouvrier saisonnier' is itself an official title of 75212 (public works labourers, TEER 5) and 'dans "
           "les pommes' (apple picking, 85101 'Cueilleur/cueilleuse de pommes', TEER 5) names no place our table "
           "knows; both TEER 5, so not harmful. A place phrase for orchards would need a source we do not have")
@pytest.mark.xfail(strict=True, reason=_GLAZER)
def test_a_glazer_installing_windows_is_a_glazier() -> None:
    assert codes("glazer installing windows")[0] == "73111"


@pytest.mark.xfail(strict=True, reason=_APPLES)
def test_a_seasonal_worker_in_the_apples_is_a_harvesting_labourer() -> None:
    assert codes("ouvrier saisonnier dans les pommes", "fr")[0] == "85101"


def test_an_rn_who_is_also_a_psw_is_offered_both() -> None:
    # the whole was sure only as "rn" (the rest cut off as the place): the PSW was never offered
    finding = job_titles.find("rn in the er and psw on weekends")
    offered = [occupation.code for occupation in finding.occupations]
    assert offered[0] == "31301" and "33102" in offered[:3] and finding.mixed_counting  # 44101 (TEER 4) too
    assert finding.searched == "rn + psw"


@pytest.mark.parametrize("query", ["psw on weekends", "psw les fins de semaine"])
def test_the_days_worked_are_not_the_work(query: str) -> None:
    assert codes(query)[0] == "33102"


def test_a_weak_word_alone_after_the_title_is_not_a_second_job() -> None:
    assert "+" not in job_titles.find("cook / chef").searched  # round 16's: the title as written
