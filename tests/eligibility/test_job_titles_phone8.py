"""Job titles as typed on a phone, eighth 'fresh' round (tests/fixtures/noc_people8.csv: 60 French, 90 English,
written and decided from the official NOC 2021 example titles, with harmful first matches written down, and
committed before the finder was run on them): the TEER 2-3 against 4-5 boundaries (supervisors against the
workers they lead, cooks against kitchen helpers, technicians against servicers, apprentices and journeymen against
trades helpers, tellers against financial advisors, butchers against meat cutters, dispatchers against head
dispatchers), titles with big Canadian employers' names, and gig and platform work.

Measured once before any change (everyday table 2026-12-06.8, commit 1ef607e): top-1 85.3% (128 of 150), top-5
94.0% (141 of 150); 1 first match whose hours count when the job's do not ("formatrice d'équipiers chez mcdo" ->
41210 'College and other vocational instructors') and 5 the other way round ('répartiteur chef' -> 14404,
'deuxième cuisinier' -> 65201, 'team lead at call centre' -> 95100, 'lead hand drywall' -> 75110, 'journeyperson
plumber' -> 75110); the nine platform titles (Uber, Lyft, DoorDash, Skip the Dishes, Instacart, Amazon Flex),
whose drivers are contractors, none noted as self-employed (0 of 9).

After (everyday table 2026-12-06.9): top-1 96.7% (145 of 150), top-5 99.3%, 0 harmful either way; both titles
whose right answers count differently (an inventory coordinator, a prep cook) are flagged. One row of the answer
key was corrected after the measure: 'chef de rayon' is listed under 60020 ('Chef de rayon - commerce de
détail') as well as 62010 ('Chef de rayon - vente au détail'), so both are accepted (both count; before, 60020
first was counted a miss: with it, the before figure is 129 of 150). Fixed by general rules
(eligibility/job_titles.py):
- a rank written before the trade is put where the NOC puts it: "lead hand drywall" as 'Drywall installer lead
  hand' (before, a distant guess whose readings count differently put 75110 helpers first), and in French "X chef"
  as "X en chef" when that is an official title ("répartiteur chef": 12013 'Répartiteur/répartitrice en chef');
- an employer after "at"/"chez" is tried with the title as our table's phrase ("chauffeur chez uber" is our
  "chauffeur uber": 75200, not 74201's ship's 'chauffeur');
- of two employer names in a title, the one whose taking out leaves a known title is taken out alone
  ("instacart personal shopper": "shoppers" is Shoppers Drug Mart, and "shopper" the job);
and by sourced data (eligibility/data/noc2021/everyday.toml, each citing the official title it stands for):
'package handler' is 74100's ('Package handler'), no longer first a material handler; railways (CN, CP, VIA) as
employers whose context says 'Railway conductor'; Maxi and Super C as grocers; a call centre as a place (62023
'Call centre supervisor' for its team lead); 'deuxième' (63200 'Second cuisinier') and 'journeyperson' (the NOC's
'Journeyman/woman') short forms; 'apprentice' a weak word, as 'apprenti' was (kept where an official title keeps
it); 'formateur d'équipiers' with the crew trainers (65201), 'gérant de quart' with the shift managers (62020),
'driving for uber/lyft' with the ride-hailing drivers (75200). The earlier rounds did not move
(benchmarks/noc_search.py and tests/eligibility/test_job_titles*.py before and after): evaluation set top-1 99.7%,
tune 99.6%, held 97.9%, fresh rounds 1 to 7 93.9%, 100%, 100%, 98.0%, 100%, 99.3%, 96.7% as before. find() p99
run back to back with commit 1ef607e on the same loaded machine (load about 2), CPU time best of 5 per query, three
runs each: the evaluation set 2.82, 3.41, 3.75 ms before and 2.68, 2.75, 4.44 ms after (medians 3.41 and 2.75);
these 150 titles 4.64, 4.73, 4.96 ms before and 4.66, 4.92, 4.93 ms after (medians 4.73 and 4.92, within the
runs' spread: the titles naming Maxi, Super C or CN now do the employer's lookups, about 1 ms each).

Left (strict xfails below): five titles whose first match counts the way a right one does, and the platform
titles not noted as self-employed (Uber, Lyft, DoorDash, Skip the Dishes, Instacart and Amazon Flex drivers are
contractors: their hours do not count; every such job is TEER 5 anyway, so no verdict changes, but the conversation
does not yet say so for them).
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # a rank before the trade, put where the NOC puts it
    ("lead hand drywall", "en", "73102"), ("lead hand carpenter", "en", "72310"),
    ("répartiteur chef", "fr", "12013"), ("boucher chef", "fr", "63201"), ("sous chef", "fr", "62200"),
    # the employer with the title as our table's phrase; of two names, the one that is not the job
    ("chauffeur chez uber", "fr", "75200"), ("driver at uber", "en", "75200"),
    ("instacart personal shopper", "en", "65109"), ("cashier at shoppers", "en", "65100"),
    # employers and places read
    ("conductor at cn rail", "en", "73311"), ("conductor", "en", "51121"), ("chef de train au CN", "fr", "73311"),
    ("emballeur chez maxi", "fr", "65102"), ("superviseure de caisses chez super c", "fr", "62010"),
    ("team lead at call centre", "en", "62023"), ("team lead at call center", "en", "62023"),
    # sourced rows and short forms
    ("package handler purolator", "en", "74100"), ("deuxième cuisinier", "fr", "63200"),
    ("journeyperson plumber", "en", "72300"), ("journeyperson electrician", "en", "72200"),
    ("apprentice mechanic", "en", "72410"), ("apprentice electrician", "en", "72200"),
    ("formatrice d'équipiers chez mcdo", "fr", "65201"), ("crew trainer mcd", "en", "65201"),
    ("gérant de quart chez mcdonald's", "fr", "62020"), ("driving for lyft", "en", "75200"),
    # left for later until round 22: "compagnon" is now a weak word as "journeyman" is, and the search is
    # "électricien" (72201 industrial electricians came first by the fuzzy score, both TEER 2)
    ("compagnon électricien", "fr", "72200"),
])
def test_the_eighth_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


LEFT = [  # (query, lang, right unit groups, why it is still missed)
    ("superviseur sécurité", "fr", ("62029",),
     "'sécurité' is both security and safety: 22232 (occupational health and safety) first, 62029 "
     "'Superviseur/superviseure d'agents de sécurité' second; both count (TEER 2)"),
    ("bell technician", "en", ("72205",),
     "'bell' is left out of the employers on purpose (an ordinary word); 22100 first, TEER 2 as 72205"),
    ("electricians helper", "en", ("75110",),
     "75119 has more official titles naming an electrician's helper than 75110 'Construction electrician "
     "helper'; both TEER 5"),
    # 'front desk at dental clinic' is read since the twenty-fourth round (14101 first): pinned there
]


@pytest.mark.parametrize(("query", "lang", "right"), [
    pytest.param(query, lang, right, id=query, marks=pytest.mark.xfail(strict=True, reason=reason))
    for query, lang, right, reason in LEFT
])
def test_left_for_later_a_right_unit_group_first(query: str, lang: str, right: tuple[str, ...]) -> None:
    assert codes(query, lang)[0] in right


@pytest.mark.parametrize(("query", "lang", "right"), [(query, lang, right) for query, lang, right, _ in LEFT])
def test_left_for_later_the_first_offered_counts_the_way_a_right_one_does(query: str, lang: str,
                                                                           right: tuple[str, ...]) -> None:
    assert counts(codes(query, lang)[0]) in {counts(code) for code in right}


@pytest.mark.xfail(strict=True, reason="platform work (Uber, Lyft, DoorDash, Skip the Dishes, Instacart, "
                   "Amazon Flex) is done as a contractor, but only a title that says 'self-employed' or the like "
                   "is noted; saying so for a platform needs its own text in the conversation (every such job is "
                   "TEER 5)")
def test_platform_titles_are_noted_as_self_employed() -> None:
    rows = [row for row in noc_people.fresh_round(8) if row.self_employed]
    assert len(rows) == 9
    assert all(job_titles.find(row.query, row.lang).self_employed for row in rows)


@pytest.mark.parametrize("query", [row.query for row in noc_people.fresh_round(8)
                                   if len({counts(code) for code in row.accepted}) > 1])
def test_a_title_whose_right_answers_count_differently_is_flagged_or_the_safe_one_comes_first(query: str) -> None:
    row = next(row for row in noc_people.fresh_round(8) if row.query == query)
    finding = job_titles.find(row.query, row.lang)
    assert finding.mixed_counting or not counts(finding.occupations[0].code)


def test_the_eighth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(8)
    assert len(rows) == 150 and sum(row.lang == "fr" for row in rows) == 60
    assert len({row.query.lower() for row in rows}) == 150
    earlier = {row.query.lower() for number in range(1, 8) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_eighth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(8)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 >= 145 and score.top5 >= 149, score.misses
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
