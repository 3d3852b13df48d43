"""Job titles as typed in a chat, sixteenth 'fresh' round (tests/fixtures/noc_people16.csv: 54 French, 46
English, written and decided from the official NOC 2021 example titles, each cited title checked against that file
by a script, with harmful first matches written down, and committed before the finder was changed for it, commit
9858fa9): French as typed in Quebec and elsewhere (feminine and plural forms, no accents, 'je suis', anglicisms:
'job de shipping', 'comptes recevables', 'tech comptable', 'conseillère RH'), typos ('acountant', 'mecanic',
'electrition', 'recepcionist'), 'im a', plurals, two jobs in one message ('cook and dishwasher', 'cashier /
supervisor') and TEER 0-2 office, finance and health titles.

Measured once before any change (everyday table 2026-12-06.20, commit 9858fa9): top-1 92.0% (92 of 100), top-5
96.0%; no first match whose hours count when the job's do not, nor the other way, and none of the harmful codes
written down came first. One miss was the fixture's: 'career counsellor' is listed under 41321 ('Career counsellor
(except education)') and 41320 ('Career counsellor - education'); the row accepted only the first, and now both
(top-1 93.0% with it).

After (everyday table 2026-12-06.21): top-1 100%, top-5 100%, 0 harmful either way; every earlier round and the
evaluation set unchanged or better (round 6 99.3% -> 100%, held-out 97.9% -> 98.6% top-1, 99.3% -> 100% top-5).
Fixed by general rules (eligibility/job_titles.py, occupations.py): a word misspelt is corrected as the official
search corrects it before our table is looked up ("mecanic": our 'mechanic' row, 72410, not 72400 first;
"warehouse asociate": 75101); a French title's short forms are read the French way unless the English reading is
surer ("tech comptable": 'technicien', 12200, not 22221; "conseillère RH": 'ressources humaines', 11200, not
63102); a supervisor of a plant's own work is that plant's supervisors' ("superviseure de production dans une
usine de plastique": 92013, not 72010 machining); a rank said apart from the job ("cashier / supervisor") is two
jobs when the two count differently, the one whose hours do not count first and flagged (it was read as 62010
'Cashier supervisor', TEER 2, sure and unflagged). And by sourced rows (eligibility/data/noc2021/everyday.toml):
plastics plants (95104, 94111, 94212, 92013), 'analyste d'affaires' (21221, 41401, 11201), ATV and snowmobile
mechanics (72423).
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


def test_the_sixteenth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(16)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 54
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 16) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_sixteenth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(16)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == 100 and score.top5 == 100, score.misses
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query


@pytest.mark.parametrize(("query", "first", "before"), [
    ("mecanic at canadian tire", "72410", "72400"),  # our 'mechanic' row, as when typed right
    ("mecanic", "72410", "72400"),
    ("warehouse asociate", "75101", "14400"),  # the held-out set's: shippers and receivers came first
    ("electrition", "72200", None),
])
def test_a_misspelt_word_finds_our_table_s_row_for_the_title(query: str, first: str, before: str | None) -> None:
    finding = job_titles.find(query)
    assert finding.occupations[0].code == first and finding.occupations[0].code != before
    assert finding.confidence == "high"


def test_a_word_is_respelled_only_when_no_official_title_holds_it() -> None:
    assert occupations.respelled("mecanic") == "mechanic"
    assert occupations.respelled("mechanic") == "mechanic"
    assert occupations.respelled("tim") == "tim"  # too short to say: never a guess
    assert occupations.respelled("qwxzvb") == "qwxzvb"  # nothing close


@pytest.mark.parametrize(("query", "first", "before", "searched"), [
    ("tech comptable", "12200", "22221", "technicien comptable"),
    ("Tech comptable", "12200", "22221", "technicien comptable"),
    ("conseillère RH", "11200", "63102", "conseillere ressource humaine"),
    # as sure either way, a French conversation's title is read the French way
    ("agente rh", "12101", "42201", "agente ressource humaine"),  # 'Agent/agente des ressources humaines'
    ("commis rh", "14102", "11200", "commi ressource humaine"),  # personnel clerks, TEER 4: never an HR advisor
    ("directrice rh", "10011", "51120", "directrice ressource humaine"),
])
def test_a_french_short_form_is_read_the_french_way_unless_the_english_reading_is_surer(
        query: str, first: str, before: str, searched: str) -> None:
    finding = job_titles.find(query, "fr")
    assert finding.occupations[0].code == first and finding.occupations[0].code != before
    assert finding.searched == searched


@pytest.mark.parametrize(("query", "lang", "first", "searched"), [
    ("pharmacy tech", "fr", "32124", "pharmacy technician"),  # the English reading is sure: kept
    ("it tech", "fr", "22221", "it technician"),
    ("tech comptable", "en", None, "technician comptable"),  # an English conversation never reads it in French
])
def test_a_sure_english_reading_and_an_english_conversation_keep_the_english_short_form(
        query: str, lang: str, first: str | None, searched: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.searched == searched
    assert first is None or finding.occupations[0].code == first


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("journalier dans une usine de plastique", "fr", "95104", "75110"),  # construction labourers came first
    ("labourer at a plastics plant", "en", "95104", "75110"),
    ("superviseure de production dans une usine de plastique", "fr", "92013", "72010"),  # machining supervisors
    ("superviseur dans une usine de plastique", "fr", "92013", "32103"),
    ("production supervisor at a plastics plant", "en", "92013", "72010"),
    ("production supervisor at a tire plant", "en", "92013", "72010"),
])
def test_work_at_a_plastics_plant_is_that_plant_s(query: str, lang: str, first: str, before: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and found[0] != before


@pytest.mark.parametrize(("query", "first"), [
    ("cleaning supervisor at a food plant", "62024"),  # a supervisor of other work there keeps that work
    ("supervisor at a food plant", "92012"),
])
def test_a_supervisor_at_a_plant_is_the_plant_s_only_when_the_title_names_no_other_work(query: str,
                                                                                        first: str) -> None:
    assert codes(query)[0] == first


def test_a_manager_at_a_plant_is_not_its_supervisors() -> None:
    assert "92013" not in codes("manager at a plastics plant")[:1]


@pytest.mark.parametrize(("query", "lang", "job", "rank"), [
    ("cashier / supervisor", "en", "65100", "62010"),
    ("cashier and supervisor", "en", "65100", "62010"),
    ("cashier/supervisor at walmart", "en", "65100", "62010"),
    ("caissiere / superviseure", "fr", "65100", "62010"),
])
def test_a_rank_said_apart_from_the_job_is_two_jobs_the_one_that_does_not_count_first(
        query: str, lang: str, job: str, rank: str) -> None:
    finding = job_titles.find(query, lang)
    # it was 62010 'Cashier supervisor - retail' (TEER 2), sure and unflagged: a false "eligible" for a cashier
    assert finding.occupations[0].code == job and not counts(job)
    assert rank in [occupation.code for occupation in finding.occupations] and counts(rank)
    assert finding.mixed_counting


@pytest.mark.parametrize(("query", "first"), [
    ("cook / chef", "63200"),  # both count: the title as written, as before
    ("shipper/receiver", "14400"),  # one official title
    ("cashier supervisor", "62010"),  # no separator: the title
])
def test_a_rank_that_counts_as_the_job_does_or_a_title_typed_whole_stays_one_title(query: str, first: str) -> None:
    finding = job_titles.find(query)
    assert finding.occupations[0].code == first
    assert "+" not in finding.searched


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("je suis analyste d'affaires en informatique", "fr", "21221"),  # 21222 came first
    ("analyste d'affaires", "fr", "21221"),  # 11201 (low) came first
    ("atv and snowmobile mechanic", "en", "72423"),  # 72410 car mechanics came first
    ("mecanicienne de vtt", "fr", "72423"),
])
def test_our_table_s_new_rows(query: str, lang: str, first: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations[0].code == first and finding.confidence == "high"
