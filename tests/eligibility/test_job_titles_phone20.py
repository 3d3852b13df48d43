"""Job titles as typed on a phone, twentieth 'fresh' round (tests/fixtures/noc_people20.csv: 50 English, 50
French, written and decided from the official NOC 2021 example titles, each cited title checked against that file
by a script, with harmful first matches written down, and committed before the finder was run on them, commit
b121338): health care support and allied health ('psw at a retirement residence 22/hr', 'pab de nuit 24$/h',
'dietary aide in a nursing home', 'mri tech'), education support ('ece asst in a preschool room', 'lunchroom
supervisor at a school', 'prof suppleant au primaire'), construction helpers and apprentices ('4th yr sparky
apprentice', 'flag person on a road crew', 'manoeuvre pour un paysagiste'), IT levels ('l2 tech support at an msp',
'data analyst power bi'), hospitality ('cdp in a hotel kitchen', 'night audit at a motel on weekends'), retail and
warehouse leads ('key holder at a clothing store', 'chef de departement chez walmart'), pay and shift ('night shift
stocker 17/h', 'commis au stock de nuit 18$/h'), plurals, two jobs in one line and typos.

Measured once before any change (everyday table 2026-12-07.13, commit b121338): top-1 91 of 100, top-5 94, 37 not
sure, 30 with matches that count differently; one TEER 4-5 job shown first as one that counts ('flag person on a
road crew' -> 12013 traffic control supervisors, TEER 2); two jobs that count shown first as ones that do not ('cdp
in a hotel kitchen' -> 65201 kitchen helpers, 'prof suppleant au primaire' -> 14100 office clerks); self-employment
recognised in 1 of 2.

After (everyday table 2026-12-07.14; .15 adds the probes beyond the round, below): top-1 100, top-5 100, none in
the other band either way, 32 not sure, 30 with matches that count differently; self-employment 1 of 2 (a strict
xfail below). Every earlier round and the everyday set unchanged at first match (3,062 titles compared one by one
before and after); round 19's 'agente de prevention des pertes chez walmart' keeps 64410 first and is now read
with the store's sector.
"""

from __future__ import annotations

import csv
import pathlib

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts

EVERYDAY = pathlib.Path(noc_people.__file__).with_name("noc_everyday.csv")


def test_the_twentieth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(20)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 20) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    earlier |= {row["query"].lower() for row in csv.DictReader(EVERYDAY.open(encoding="utf-8"))}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_twentieth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(20)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []  # 1 and 2 before
    assert score.top1 == 100 and score.top5 == 100, score.misses  # 91 and 94 before
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
    findings = [job_titles.find(row.query, row.lang) for row in rows]
    # 37 before, 32 until session 23 ("moniteur de natation au centre sportif": the place after "au" is read as an
    # employer's, so the title is sure): the bot says it is unsure
    assert sum(finding.confidence != "high" for finding in findings) == 31
    # 30 before, 30 until session 23 (the swimming instructor's offers now all count alike; an official title
    # sharing only a few letters with the words is no longer offered beside our table's): the person chooses
    assert sum(finding.mixed_counting for finding in findings) == 28


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    # a job whose hours do not count was shown first as one whose hours do (a false "eligible")
    ("flag person on a road crew", "en", "75110", "12013"),  # searched as "flag person on road"
    # jobs whose hours count shown first as ones whose hours do not
    ("cdp in a hotel kitchen", "en", "62200", "65201"),
    ("prof suppleant au primaire", "fr", "41221", "14100"),
])
def test_the_round_s_jobs_in_the_other_band_now_find_their_own(query: str, lang: str, first: str,
                                                                before: str) -> None:
    assert codes(query, lang)[0] == first
    assert counts(first) != counts(before)


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("4th yr sparky apprentice", "en", "72200", "63202"),  # bakers
    ("data analyst power bi", "en", "21223", "41401"),  # economists
    ("mri tech", "en", "32121", "83101"),  # oil and gas drilling workers
    ("manoeuvre pour un paysagiste", "fr", "85121", "75110"),  # construction labourers
    ("chef de departement chez walmart", "fr", "60020", "41210"),  # a college's department head
    ("commis au stock de nuit 18$/h", "fr", "65102", "14401"),
])
def test_the_round_s_wrong_first_matches(query: str, lang: str, first: str, before: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and found[0] != before


@pytest.mark.parametrize(("query", "first"), [("sparky", "72200"), ("sparky apprentice", "72200")])
def test_sparky_is_trades_slang_for_an_electrician(query: str, first: str) -> None:
    assert codes(query)[0] == first


def test_a_sparky_s_helper_is_read_as_an_electrician_s_helper() -> None:
    found = codes("sparkies helper")
    assert found[:3] == codes("electrician helper")[:3] and not counts(found[0])  # a helper, TEER 5


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("prof de maths", "fr", "41221"),  # 14201's banking clerks came first (TEER 4)
    ("prof au secondaire", "fr", "41220"),
    ("prof", "fr", "41221"),
    ("college prof", "en", "41210"),
])
def test_prof_is_a_teacher_or_professor(query: str, lang: str, first: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and counts(first)


@pytest.mark.parametrize(("query", "lang"), [("mri tech", "en"), ("mri technologist", "en"),
                                              ("technologue irm", "fr")])
def test_mri_is_magnetic_resonance_imaging(query: str, lang: str) -> None:
    assert codes(query, lang)[0] == "32121"


@pytest.mark.parametrize(("query", "first"), [
    ("data analyst power bi", "21223"),  # the tool said after the title is left out
    ("power bi analyst", "41401"),  # said before it, it names the kind of analyst, as "bi analyst" does
    ("bi analyst", "41401"),
])
def test_power_bi_after_a_title_is_the_tool(query: str, first: str) -> None:
    assert codes(query)[0] == first


def test_a_store_s_chef_de_departement_is_the_store_s_but_alone_stays_the_official_title() -> None:
    assert codes("chef de departement chez walmart", "fr")[0] in {"62010", "60020"}
    assert codes("chef de departement au canadian tire", "fr")[0] in {"62010", "60020"}
    assert codes("chef de departement", "fr")[0] == "41210"  # 'Chef de département - cégep': as before


@pytest.mark.parametrize(("query", "first"), [
    ("manoeuvre pour un paysagiste", "85121"),  # French titles name the kind of work after the title
    ("journalier pour un paysagiste", "85121"),
    ("general labourer for a landscaping company", "85121"),  # English ones before it, as before
])
def test_whom_a_labourer_works_for_says_the_work(query: str, first: str) -> None:
    lang = "en" if query.startswith("general") else "fr"
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("flag person on a road crew", "en", "75110"), ("flagger on a road crew", "en", "75110"),
    ("flagger on a paving crew", "en", "75110"),
])
def test_the_crew_a_flagger_works_on_is_not_the_work(query: str, lang: str, first: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations[0].code == first and not counts(first)


@pytest.mark.parametrize(("query", "lang"), [
    ("psw at a retirement residence 22/hr", "en"),
    ("prepose aux beneficiaires dans une residence pour aines", "fr"),
])
def test_a_psw_in_a_residence_is_offered_both_readings(query: str, lang: str) -> None:
    # 33102 'Personal support worker - nursing care' (TEER 3) and 44101 '- home support' (TEER 4) both fit
    found = codes(query, lang)
    assert {"33102", "44101"} & set(found[:3]) and found[0] in {"33102", "44101"}


@pytest.mark.xfail(strict=True, reason=(
    "Minding children in one's own home is most often one's own business (44100 'Home child care provider'), "
    "but 'je garde des enfants chez moi' does not say who pays: a parent could employ the person. RULES.md says "
    "self-employed hours do not count but not how to tell from a title; the finder flags self-employment only on "
    "words that say it ('à mon compte', 'owner'). Since leftovers 8 the bot asks who pays instead (the employee "
    "question's hint for 42202 and 44100, and err.employee_who_pays for 'the parents pay me'), and 44100 is TEER "
    "4, counted nowhere either way: flagging it from the title would be a guess"))
def test_minding_children_at_home_is_flagged_as_self_employment() -> None:
    finding = job_titles.find("je garde des enfants chez moi", "fr")
    assert finding.occupations[0].code == "44100" and finding.self_employed


# Probes beyond the round's 100, typed the same way after it was measured: the same areas, other words.
@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("eca at a daycare", "en", "42202", "94142"),  # an early childhood assistant (TEER 2); fish plant workers
    ("l1 support", "en", "22221", "84100"),  # oil and gas drilling workers (TEER 4), a low guess
    ("technicienne en service de garde", "fr", "42202", "22220"),  # network technicians
    ("dishie", "en", "65201", "94103"),
    ("asss", "fr", "44101", "94219"),  # Québec's home-care 'auxiliaire aux services de santé et sociaux'
])
def test_probes_beyond_the_round(query: str, lang: str, first: str, before: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and before != first


@pytest.mark.parametrize("query", ["l2 support at bell", "l3 support", "tier 3 support"])
def test_the_level_of_it_support_is_not_the_work(query: str) -> None:
    assert codes(query)[:2] == ["22221", "22220"]


def test_an_asss_may_work_at_home_or_in_a_care_home_and_the_person_chooses() -> None:
    finding = job_titles.find("auxiliaire aux services de sante et sociaux", "fr")
    found = [occupation.code for occupation in finding.occupations]
    assert found[:2] == ["44101", "33102"] and finding.mixed_counting  # the one that does not count first
