"""Job titles as typed on a phone, twenty-second 'fresh' round (tests/fixtures/noc_people22.csv: 50 English, 50
French, written and decided from the official NOC 2021 example titles, each cited title checked against that file
by a script, with harmful first matches written down, and committed before the finder was run on them, commit
676b586): the level inside one trade or shop, where a manager, a supervisor and a worker sit in different TEER
bands ('keyholder at a clothing store in the mall', 'night shift stocker at no frills', 'gerante adjointe chez
dollarama', 'lead hand on a framing crew', 'roofers helper', 'tireur de joints'), health ('cca in a nursing home in
halifax', 'ward clerk nights', 'inf aux au soutien a domicile', 'auxiliaire aux services de sante et sociaux au
clsc'), tech levels ('jr front end dev', 'tier 2 desktop support', 'pen tester at a consulting firm'), trades with
levels ('4th year sparky', 'apprenti elect. 3e periode', 'compagnon menuisier'), education and child care ('lto
teacher grade 3', 'educ en milieu familial chez nous', 'educatrice remplacante dans une garderie privee'), and two
jobs in one line ('cook/dishwasher at a family restaurant', 'cuisiniere / plongeuse au resto du coin', 'serveuse
pis barmaid dans un bar sportif').

Measured once before any change (everyday table 2026-12-07.17, commit 676b586): top-1 84 of 100, top-5 92, 42 not
sure, 28 with matches that count differently; three TEER 4-5 jobs shown first as ones that count ('delivery
associate for an amazon dsp' -> 51110 editors, 'auxiliaire aux services de sante et sociaux au clsc' -> 42201
social workers, 'educ en milieu familial chez nous' -> 42202 daycare educators); six jobs that count shown first
as ones that do not ('restaurant gm for a franchise' -> 64300, 'lead hand on a framing crew' -> 94101, 'cca in a
nursing home in halifax' -> 65310, 'boarder for a drywall company' -> 94130 'Boarder - textile manufacturing',
'apprenti elect. 3e periode' -> 84120, 'educatrice remplacante dans une garderie privee' -> 95100 'Remplaçant/
remplaçante - traitement du minerai'); self-employment recognised in 2 of 2.

After (everyday table 2026-12-07.18): top-1 100, top-5 100, none in the other band either way, 27 not sure, 29
with matches that count differently; self-employment 2 of 2. Every earlier round and the everyday set unchanged at
first match (3,160 titles compared one by one before and after) but the held set's 'menuisier' (75110 -> 72310, the
accepted one) and round 8's 'compagnon électricien' (72201 -> 72200, the accepted one).
"""

from __future__ import annotations

import csv
import pathlib

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts

EVERYDAY = pathlib.Path(noc_people.__file__).with_name("noc_everyday.csv")


def test_the_twenty_second_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(22)
    assert len(rows) == 100 and sum(row.lang == "fr" for row in rows) == 50
    assert len({row.query.lower() for row in rows}) == 100
    earlier = {row.query.lower() for number in range(1, 22) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    earlier |= {row["query"].lower() for row in csv.DictReader(EVERYDAY.open(encoding="utf-8"))}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_twenty_second_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(22)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []  # 3 and 6 before
    assert score.top1 == 100 and score.top5 == 100, score.misses  # 84 and 92 before
    assert (score.self_found, score.self_cases) == (2, 2)  # 2 of 2 before
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
    findings = [job_titles.find(row.query, row.lang) for row in rows]
    assert sum(finding.confidence != "high" for finding in findings) == 27  # 42 before: the bot says it is unsure
    # 28 before: the person chooses (29 until session 23: an official title sharing only a few letters with the
    # words is no longer offered beside our table's: "tier 2 desktop support" no longer offers 84100's miners)
    assert sum(finding.mixed_counting for finding in findings) == 26


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    # jobs whose hours do not count shown first as ones whose hours do (a false "eligible")
    ("delivery associate for an amazon dsp", "en", "75201", "51110"),
    ("auxiliaire aux services de sante et sociaux au clsc", "fr", "44101", "42201"),
    ("educ en milieu familial chez nous", "fr", "44100", "42202"),
    # jobs whose hours count shown first as ones whose hours do not
    ("restaurant gm for a franchise", "en", "60030", "64300"),
    ("lead hand on a framing crew", "en", "72310", "94101"),
    ("cca in a nursing home in halifax", "en", "33102", "65310"),
    ("boarder for a drywall company", "en", "73102", "94130"),
    ("apprenti elect. 3e periode", "fr", "72200", "84120"),
    ("educatrice remplacante dans une garderie privee", "fr", "42202", "95100"),
])
def test_the_round_s_jobs_in_the_other_band_now_find_their_own(query: str, lang: str, first: str,
                                                                before: str) -> None:
    assert codes(query, lang)[0] == first
    assert counts(first) != counts(before)


@pytest.mark.parametrize(("query", "lang", "first", "before"), [
    ("foreman for a concrete forming company", "en", "72013", "72023"),
    ("math tutor for high schoolers online, self employed", "en", "43109", "41405"),
    ("supervisor, inbound call center", "en", "62023", "62010"),
    ("pen tester at a consulting firm", "en", "21220", "22222"),
    ("inf aux au soutien a domicile", "fr", "32101", "31301"),
    ("compagnon menuisier", "fr", "72310", "63200"),
    ("chef d'equipe au centre d'appels", "fr", "62023", "72021"),
])
def test_the_round_s_wrong_first_matches(query: str, lang: str, first: str, before: str) -> None:
    found = codes(query, lang)
    assert found[0] == first and found[0] != before


@pytest.mark.parametrize(("query", "lang"), [
    ("cook/dishwasher at a family restaurant", "en"), ("server/bartender at a sports bar", "en"),
    ("cuisiniere / plongeuse au resto du coin", "fr"), ("cuisinier pis plongeur", "fr"),
    ("cuisinier / plongeur au resto", "fr"), ("dishwasher/cook", "en"),
])
def test_two_jobs_in_one_line_offer_both_and_never_the_counting_one_first(query: str, lang: str) -> None:
    # 'cuisiniere / plongeuse au resto du coin' was read as one title (the place after the second kept it from
    # being split): 63200's cooks (TEER 3) first, the dishwasher third and not said to count differently
    finding = job_titles.find(query, lang)
    found = [occupation.code for occupation in finding.occupations]
    assert not counts(found[0])
    both = {"63200", "65201"} if "cook" in query or "cuisin" in query else {"65200", "64301"}
    assert both <= set(found[:2])
    assert finding.mixed_counting or all(not counts(code) for code in both)


def test_serveuse_pis_barmaid_is_two_jobs() -> None:
    # "pis" is Québec's "and": both jobs are read, neither counts (65200 TEER 5, 64301 TEER 4)
    finding = job_titles.find("serveuse pis barmaid dans un bar sportif", "fr")
    assert [occupation.code for occupation in finding.occupations[:2]] == ["65200", "64301"]
    assert finding.searched == "serveuse + barmaid"


def test_a_french_au_is_a_place_only_after_a_title_alone() -> None:
    # "plongeuse au resto du coin": a title, then where; the place is said of both jobs
    split = job_titles.find("cuisiniere / plongeuse au resto du coin", "fr").searched
    assert split == "cuisiniere au resto du coin + plongeuse au resto du coin"
    # "préposé au service" is close to official titles ('Préposé/préposée au service à la clientèle'): kept whole
    assert job_titles.find("commis / prepose au service", "fr").searched.endswith("prepose au service")
    # "auxiliaire" starts with "aux": no place follows it
    assert "infirmiere auxiliaire" in job_titles.find("pab et infirmiere auxiliaire en chsld", "fr").searched


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("keyholder at a clothing store in the mall", "en", "62010"),  # 'Key holder - retail store' (TEER 2)
    ("night shift stocker at no frills", "en", "65102"),  # not 62010 'Night crew leader' (TEER 2)
    ("ward clerk nights", "en", "14100"),  # 'Ward clerk - hospital' (TEER 4)
    ("personal banker at rbc", "en", "63102"),  # 'Personal banker' (TEER 3), not a teller (TEER 4)
    ("tireur de joints", "fr", "75110"),  # 'Tireur/tireuse de joints - construction' (TEER 5)
    ("surveillante d'eleves le midi", "fr", "45100"),  # 'Surveillant/surveillante du midi' (TEER 5)
    # 60020 'Directeur adjoint/directrice adjointe - commerce de détail' (TEER 0)
    ("gerante adjointe chez dollarama", "fr", "60020"),
    ("caissiere-commis au depanneur", "fr", "65100"),  # not 60020 'Gérant de dépanneur' or 73300's tow trucks
])
def test_the_level_inside_a_shop_or_trade_is_read_as_the_noc_files_it(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("delivery associate", "en", "75201"), ("cca", "en", "33102"), ("restaurant gm", "en", "60030"),
    ("pen tester", "en", "21220"), ("penetration tester", "en", "21220"), ("drywall boarder", "en", "73102"),
    ("framing lead hand", "en", "72310"), ("lead hand framing", "en", "72310"), ("framing foreman", "en", "72013"),
    ("supervisor call centre", "en", "62023"), ("math tutor", "en", "43109"),
    ("apprentie elect.", "fr", "72200"), ("menuisiere", "fr", "72310"), ("menuisier", "fr", "72310"),
    ("inf aux au soutien a domicile", "fr", "32101"), ("rsg", "fr", "44100"), ("asss", "fr", "44101"),
    ("educatrice remplacante", "fr", "42202"), ("contremaitre en coffrage", "fr", "72013"),
    ("commis-caissier", "fr", "65100"),  # 14101's receptionists came first, no cashier among the first five
])
def test_probes_beyond_the_round(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang"), [
    ("educatrice en milieu familial", "fr"), ("rsg", "fr"), ("asss", "fr"),
    ("auxiliaire familiale et sociale", "fr"),
])
def test_a_home_child_care_or_home_support_title_offers_the_counting_reading_second(query: str, lang: str) -> None:
    # 44100 home child care providers / 44101 home support (TEER 4) first, 42202 educators / 33102 aides (TEER 2-3)
    # beside them: the words do not say the place, so the person chooses, the one that does not count first
    finding = job_titles.find(query, lang)
    assert not counts(finding.occupations[0].code) and counts(finding.occupations[1].code)
    assert finding.mixed_counting


@pytest.mark.xfail(strict=True, reason=(
    "'gm at a restaurant' is read as 'general manager' with the place after 'at' as the sector, and the official "
    "search puts 00011-00015's senior managers first (TEER 0, as 60030 is): the same band, so no safety matter, "
    "but 'restaurant gm' finds 60030 'Restaurant manager' and the place said after the title does not"))
def test_a_gm_at_a_restaurant_is_a_restaurant_manager() -> None:
    assert codes("gm at a restaurant")[0] == "60030"


@pytest.mark.xfail(strict=True, reason=(
    "'lead hand on a roofing crew' (or a drywall crew) is searched as 'on roofing hand': a weak guess, 74202's "
    "ramp lead hands (TEER 4) first under the safety rule, for a roofer lead hand (73110, TEER 3). Our table "
    "knows 'lead hand on a framing crew' only; reading 'lead hand on a X crew' as 'X lead hand' finds 73401 for "
    "roofing and 73102 for drywall, each only medium: left for a later round rather than guessed"))
def test_a_lead_hand_on_a_roofing_crew_is_a_roofer() -> None:
    assert codes("lead hand on a roofing crew")[0] == "73110"


def test_round_12_s_caissiere_commis_now_offers_both_jobs() -> None:
    # 'caissière / commis' read its 'commis' as 14201's bank clerks (round 12 left it so): our table's
    # "caissière-commis" row now offers the cashier, the store clerk and the grocery clerk, none of which count
    found = codes("caissière / commis", "fr")
    assert found[0] == "65100" and "65102" in found[:3]
    assert not any(counts(code) for code in found[:3])
