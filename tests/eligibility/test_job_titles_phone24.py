"""Job titles as typed on a phone, twenty-fourth 'fresh' round (tests/fixtures/noc_people24.csv: 50 English, 50
French, written and decided from the official NOC 2021 example titles, with harmful first matches written down,
and committed before the finder was run on them, commit 4049b02): health and care beyond the usual ('PSW thru an
agency, shifts in LTC homes', 'unit clerk on a med surg floor', 'pab en soins a domicile pour le cisss'), tech and
office jargon ('SDE II @ amazon', 'BA at TD, mostly requirements gathering', 'SRE II on the platform team',
'analyste d'affaires TI chez desjardins'), trades with levels and tickets ('journeyman electrician IBEW local 353',
'refrigeration mech with my 313A ticket', 'cnc operator on a lathe'), retail and food service ('key holder at
aritzia', 'bakery clerk at costco', 'gerant de quart chez tim'), education and childcare ('RECE in a kindergarten
room', 'EA in a public school', 'occasional teacher with the peel board'), the employer alone ('i work at amazon',
'je travaille chez desjardins'), voice-typed lines ('i drive for uber and skip'), French with English words
('supervisor de shift au mcdo', 'manager au restaurant') and two jobs in one line ('dishwasher slash prep cook').

Measured once before any change (everyday table 2026-12-07.21, commit 4049b02): top-1 83 of 100, top-5 90, 37 not
sure, 22 with matches that count differently; no TEER 4-5 job shown first as one that counts; one job that counts
shown first as one that does not ('PSW thru an agency, shifts in LTC homes' -> 64310, TEER 4, for 33102's TEER 3).

After (everyday table 2026-12-07.23): top-1 98, top-5 98 (the two left are the employer alone, which finds
nothing: the bot says it names where, not what, and asks again), none in the other band either way, 23 not sure,
24 with matches that count differently. Every earlier round and the everyday set unchanged at first match (3,362
titles compared one by one before and after) but rounds 4 and 8's 'front desk at dental office' and 'front desk at
dental clinic' (64314 -> 14101, the right one; their strict xfails are gone).
"""

from __future__ import annotations

import csv
import pathlib

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts

EVERYDAY = pathlib.Path(noc_people.__file__).with_name("noc_everyday.csv")


def test_the_twenty_fourth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(24)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 24) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    earlier |= {row["query"].lower() for row in csv.DictReader(EVERYDAY.open(encoding="utf-8"))}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_twenty_fourth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(24)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []  # 0 and 1 before
    assert score.top1 == 98 and score.top5 == 98, score.misses  # 83 and 90 before
    for row in rows:  # no first match is one written down beforehand as harmful
        found = codes(row.query, row.lang)
        assert not found or found[0] not in row.harmful, row.query
    findings = [job_titles.find(row.query, row.lang) for row in rows]
    # 37 before: the bot says it is unsure; 26 with table 2026-12-07.22, 23 with .23 (a ticket or a union said
    # after a trade: 'gasfitter B ticket', '2nd yr apprentice plumber non union', 'journeyman electrician IBEW
    # local 353')
    assert sum(finding.confidence != "high" for finding in findings) == 23
    assert sum(finding.mixed_counting for finding in findings) == 24  # 22 before: the person chooses


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    # a job whose hours count shown first as one whose hours do not
    ("PSW thru an agency, shifts in LTC homes", "en", "33102", "64310"),
])
def test_the_round_s_job_in_the_other_band_now_finds_its_own(query: str, lang: str, first: str,
                                                              before: str) -> None:
    assert codes(query, lang)[0] == first
    assert counts(first) != counts(before)


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("front desk at a dental office", "en", "14101", "64314"),  # a hotel's front desk
    ("unit clerk on a med surg floor", "en", "14100", "14201"),
    ("QA analyst manual testing for a banking app", "en", "22222", "21222"),
    ("SRE II on the platform team", "en", "21231", "72106"),  # 72106: welders
    ("EA in a public school", "en", "43100", "12100"),  # an executive assistant
    ("occasional teacher with the peel board", "en", "41221", "41210"),
    ("i drive for uber and skip", "en", "75200", "84100"),  # 84100: underground miners
    ("shift supervisor at a call centre", "en", "62023", "62020"),  # a restaurant's
    ("i work in a daycare as an assistant", "en", "42202", "43100"),
    ("operateur de pelle sur des chantiers", "fr", "73400", "72500"),  # 72500: crane operators
    ("supervisor de shift au mcdo", "fr", "62020", "92015"),
    ("manager au restaurant", "fr", "60030", "00011"),
    ("je fais le menage dans des bureaux le soir", "fr", "65310", "94107"),
])
def test_the_round_s_wrong_first_matches(query: str, lang: str, first: str, before: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and found[0] != before


def test_sde_found_nothing_and_is_now_a_software_engineer() -> None:
    assert codes("SDE II @ amazon")[:2] == ["21231", "21232"]  # nothing was offered


@pytest.mark.parametrize(("query", "lang", "first"), [
    # titles the official lists put in another band than their words suggest (read as the NOC files them)
    ("bakery clerk at costco", "en", "64100"),  # 'Bakery clerk' (TEER 4), not 63202 bakers (TEER 3)
    ("commis boulangerie chez iga", "fr", "64100"),  # 'Commis de boulangerie' (TEER 4)
    ("commis au comptoir des viandes chez metro", "fr", "64100"),  # not 63201 butchers (TEER 3)
    ("cnc operator on a lathe", "en", "94106"),  # 'CNC lathe operator' (TEER 4), not 72100 (TEER 2)
    ("operateur cnc de soir", "fr", "94106"),
    ("cnc machinist nights", "en", "72100"),  # 'CNC machinist' (TEER 2)
    ("hospital porter at sunnybrook", "en", "33102"),  # 'Hospital porter' (TEER 3)
    ("key holder at aritzia", "en", "62010"),  # 'Key holder - retail store' (TEER 2)
    ("pab en soins a domicile pour le cisss", "fr", "44101"),  # home support (TEER 4), not 33102 (TEER 3)
    ("preposee aux beneficiaires en chsld de nuit", "fr", "33102"),
])
def test_the_level_a_word_suggests_is_read_as_the_noc_files_it(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("sde 2 at microsoft", "en", "21231"), ("sdet", "en", "21231"), ("sre on the platform team", "en", "21231"),
    ("psw, shifts in a retirement home", "en", "33102"), ("cleaning offices", "en", "65310"),
    ("drive for lyft", "en", "75200"), ("ea at a school", "en", "43100"),
    ("unit clerk on the med surg floor", "en", "14100"), ("supply teacher with the school board", "en", "41221"),
    ("front desk at dental office", "en", "14101"), ("front desk at dental clinic", "en", "14101"),
    ("shift supervisor at a call center", "en", "62023"), ("superviseur de shift chez subway", "fr", "62020"),
    ("gerante de shift", "fr", "62020"), ("manager de restaurant", "fr", "60030"),
    ("je nettoie des bureaux", "fr", "65310"),
])
def test_probes_beyond_the_round(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("welder with my ticket", "en", "72106"),  # 95101's labourers (TEER 5) came first: 'welder with' was searched
    ("plumber with my ticket", "en", "72300"),  # 64313's ticket agents (TEER 4) came first
    ("gasfitter B ticket", "en", "72302"), ("electrician with a ticket", "en", "72200"),
    ("soudeur avec ma carte", "fr", "72106"),  # 95101 (TEER 5) came first: 'soudeur avec carte' was searched
    ("electricien avec carte ccq", "fr", "72200"), ("dessinateur de cartes", "fr", "22214"),
])
def test_a_ticket_said_after_a_trade_is_not_the_work(query: str, lang: str, first: str) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations[0].code == first and finding.confidence == "high"


def test_a_shift_supervisor_alone_is_still_a_restaurant_s() -> None:
    # the call centre's row reads only with the call centre said
    assert codes("shift supervisor")[0] == "62020"


@pytest.mark.parametrize(("query", "lang"), [
    ("dishwasher slash prep cook", "en"), ("line cook slash dishwasher", "en"),
    ("plongeur pis cuisinier au besoin", "fr"),
])
def test_two_jobs_in_two_bands_offer_both_the_safe_one_first(query: str, lang: str) -> None:
    # "slash" said for "/" (typed by voice) separates two jobs as "/" does
    finding = job_titles.find(query, lang)
    first = finding.occupations[0].code
    teers = {counts(occupation.code) for occupation in finding.occupations[:3]}
    assert teers == {True, False} and finding.mixed_counting and not counts(first)


@pytest.mark.parametrize(("query", "lang"), [
    ("i work at amazon", "en"), ("je travaille chez desjardins", "fr"), ("cn rail", "en"),
])
def test_an_employer_alone_offers_nothing_to_guess(query: str, lang: str) -> None:
    # the employer says where, not what: nothing is offered, and the bot asks for the job (tests/e2e)
    finding = job_titles.find(query, lang)
    assert finding.occupations == [] and finding.confidence == "low"


@pytest.mark.xfail(strict=True, reason=(
    "'tireur de joints': the official French list files 'Tireur/tireuse de joints - construction' in 75110 "
    "(TEER 5) while the English one files 'Drywall taper' in 73102 (TEER 3); the same trade in two bands, so the "
    "person should choose, but only 75110 is offered (first, which is the safe way); RULES.md does not say which "
    "list decides, so 73102 is left unoffered rather than guessed"))
def test_a_drywall_taper_in_french_is_offered_both_bands() -> None:
    finding = job_titles.find("tireur de joints pour un entrepreneur en gypse", "fr")
    assert finding.mixed_counting and "73102" in [o.code for o in finding.occupations]
