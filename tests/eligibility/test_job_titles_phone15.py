"""Job titles as typed in a chat, fifteenth 'fresh' round (tests/fixtures/noc_people15.csv: 89 English, 11
French, written and decided from the official NOC 2021 example titles, each cited title checked against that file
by a script, with harmful first matches written down, and committed before the finder was changed for it, commit
b0beaf3): temporary foreign workers' own words and abbreviations ('FSS', 'FSM', 'CSR', 'PSW', 'RPN', 'AZ driver',
'TFW farm worker', 'EA in school', 'CDA level 2'), an employer's name with the title, seniority words ('junior',
'sr.', 'lead hand', 'head'), trades with levels ('3rd year apprentice electrician', 'journeyman plumber', 'red seal
chef') and health roles with credentials ('RN BSN', 'sonographer RDMS').

Measured once before any change (everyday table 2026-12-06.19, commit b0beaf3): top-1 91.0% (91 of 100), top-5
95.0%; no first match whose hours count when the job's do not, and 3 the other way ('bookkeeper for a small
construction company' -> 75110 construction labourers, 'lead hand drywaller' -> 94211 wood products assemblers,
'rn bsn working in icu' -> 94105 metalworking machine operators); none of the harmful codes written down came
first.

After (everyday table 2026-12-06.20): top-1 100%, top-5 100%, 0 harmful either way; every earlier round, the
tune and held-out sets and the evaluation set unchanged. Fixed by general rules (eligibility/job_titles.py): an
employer said after "for"/"pour" is cut as a place after "in" is, when the title before it is listed ("bookkeeper
for a small construction company"), unless our table goes on with "for" after that title ("caregiver for an
elderly lady": whom the work is for says the work); a title before "in"/"for" is recognised without its weak
words ("rn bsn working"); "working" between the title and where is left out ("rn working in icu"), never at the
start ("working supervisor"); a "for" left dangling by a trailing place goes with it ("rn for a hospital" found
nothing); "lead hand" before or after a trade our table or the official titles know is that trade (the NOC files
lead hands with their trade); an ordinal before a year ("first year", "de deuxième année") is left out (found
after the measure, in titles beside the round's). And by sourced rows (eligibility/data/noc2021/everyday.toml):
nursing degrees (BSN, BScN, MSN) and an apprenticeship's year ("3rd year", "2e année") as weak words; FSM (60030),
UI/UX (52120, 21232, 21233), CDA/RDA (33100), a bank's CSR (64400, looked up through the bank sector the employer
or place already gave).
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


def test_the_fifteenth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(15)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 11
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 15) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_fifteenth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(15)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == 100 and score.top5 == 100, score.misses
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query


@pytest.mark.parametrize(("query", "first", "before"), [
    # who employed, said after "for": 75110 construction labourers (TEER 5) came first
    ("bookkeeper for a small construction company", "12200", "75110"),
    ("payroll clerk for a trucking company", "13102", None),
    # "lead hand" with a trade: 94211 wood products assemblers (TEER 4) came first
    ("lead hand drywaller", "73102", "94211"),
    ("drywaller lead hand", "73102", None),
    # "working" and a degree say nothing of the work: 94105 metalworking machine operators (TEER 4) came first
    ("rn bsn working in icu", "31301", "94105"),
    ("RN BSN", "31301", None),
    ("3rd year heavy duty mechanic apprentice", "72401", "72410"),  # 72410 auto mechanics came first
])
def test_words_around_a_title_that_say_nothing_of_the_work_are_left_out(query: str, first: str,
                                                                         before: str | None) -> None:
    found = codes(query)
    assert found[0] == first
    assert before is None or found[0] != before


@pytest.mark.parametrize(("query", "first"), [
    # whom the work is for says the work: our table's "caregiver for ..." rows are kept whole (44101, not 44100)
    ("caregiver for an elderly lady", "44101"),
    ("carpenter lead hand", "72310"),  # an official title as typed keeps its rank ('Carpenter lead hand')
    ("working sous-chef", "62200"),  # 'Working sous-chef': a weak word an official title keeps
])
def test_what_the_official_titles_or_our_table_keep_is_kept(query: str, first: str) -> None:
    assert codes(query)[0] == first


@pytest.mark.parametrize(("query", "first"), [
    ("FSM at a restaurant", "60030"),  # nothing was found
    ("ui/ux at a startup", "52120"),  # nothing was found
    ("CDA level 2", "33100"),  # 82020 mining supervisors came first
    ("CSR at TD bank", "64400"),  # 64409 call centres came first
    ("csr at a bank", "64400"),
    ("csr at a call centre", "64409"),  # a call centre is still a call centre
])
def test_abbreviations_temporary_foreign_workers_type(query: str, first: str) -> None:
    finding = job_titles.find(query)
    assert finding.occupations[0].code == first
    assert finding.confidence == "high" and not finding.mixed_counting  # all offered count alike (TEER 4 or 0-2)


@pytest.mark.parametrize(("query", "first"), [
    ("rn for a hospital", "31301"),  # nothing was found: "for" stayed once the hospital was taken out
    ("rn working for a hospital", "31301"),
    ("cook working at tims", "63200"),
])
def test_a_title_said_with_working_or_for_and_a_place_is_still_the_title(query: str, first: str) -> None:
    finding = job_titles.find(query)
    assert finding.occupations[0].code == first and finding.confidence == "high"
    assert "working" not in finding.searched and not finding.searched.endswith("for")


def test_working_at_the_start_of_a_title_is_left_as_typed() -> None:
    assert "working" in job_titles.find("working supervisor").searched


@pytest.mark.parametrize(("query", "lang", "first", "searched"), [
    # the year in words: "first plumber" was searched (medium), "electricien de" (medium)
    ("first year apprentice plumber", "en", "72300", "apprentice plumber"),
    ("apprenti électricien de deuxième année", "fr", "72200", "apprenti electricien"),
    ("apprentie cuisinière en première année", "fr", "63200", "apprentie cuisiniere"),
    ("second cook", "en", "63200", "second cook"),  # an ordinal with no year after it is the title's
])
def test_an_apprenticeship_year_in_words_is_not_the_trade(query: str, lang: str, first: str,
                                                          searched: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations[0].code == first and finding.confidence == "high"
    assert finding.searched == searched
