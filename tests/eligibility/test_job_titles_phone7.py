"""Job titles as typed on a phone, seventh 'fresh' round (tests/fixtures/noc_people7.csv: 75 French, 75 English,
written and decided from the official NOC 2021 example titles, with harmful first matches written down, and
committed before the finder was run on them): Québec French and its anglicisms (PAB, CPE, CHSLD, CLSC, ATP,
dépanneur, mécano, cook de ligne, helper en construction, shipper au warehouse, foreman de chantier); English as
written by people whose first language is not English ("cashier cum supervisor", "store incharge", "accountant
assistant", "care giver for elderly", "sales executive", "telecaller", "delivery boy"); the public sector and
regulated professions (nurses of each kind, teachers and their aides, social workers, pharmacy and dental staff,
police, firefighters, corrections, border services); seniority and shift words (senior, lead, jr, team lead, night
shift, de soir, de nuit, niveau 2).

Measured once before any change (everyday table 2026-12-06.7, commit 54f67e4): top-1 88.7% (133 of 150), top-5
95.3% (143 of 150); 1 first match whose hours count when the job's do not ("agent de centre d'appels de soir" ->
22221 'Call centre agent - technical support') and 4 the other way round ('pâtissière de restaurant' -> 65100
'Caissier/caissière de restaurant', 'store incharge' -> 64100, 'restaurant incharge' -> 65100, 'RPN night shift'
-> 64314); 'telecaller' offered nothing; 'cashier cum supervisor' and 'business development executive' neither
flagged as counting differently nor safe first. find() p99 over these 150 titles 7.3 ms in process, best of 3 (2
shared CPUs, load about 2.4); over benchmarks/noc_search.py's evaluation set 3.9 ms best of 3, 4.2 ms CPU time.

After (everyday table 2026-12-06.8): top-1 96.7% (145 of 150), top-5 99.3%, 0 harmful either way; every title
whose right answers count differently is flagged or has the safe one first. Fixed by general rules
(eligibility/job_titles.py):
- "A cum B" is one job that is both (Indian English): each title's matches in turn, the surer first; flagged when
  the two count differently, the one that does not count then first; "cum helper" is the first one's helper
  ("driver cum helper" -> 75211 'Driver helper');
- when or where the work was, said after the title, is left out unless the title with it is our table's or an
  official title as typed: shifts ("PSW night shift", "agent de centre d'appels de soir"; 'Gardien/gardienne de
  nuit' is kept) and a restaurant after a French title ("pâtissière de restaurant" -> 63202, with the restaurant
  as context; 'Cuisinier/cuisinière de restaurant' kept);
and by sourced data (eligibility/data/noc2021/everyday.toml, each citing the official title it stands for):
'boy'/'girl' weak words (kept in 'Bus boy/girl'); 'incharge' a supervisor; 'care giver', 'baby sitter', 'IT
support' written as the NOC writes them; rows for telecallers, 'infirmière-chef', BDE, delivery boys. The earlier
rounds did not move (benchmarks/noc_search.py): evaluation set top-1 99.7%, tune 99.6%, held 97.9%, fresh rounds
1 to 6 93.9%, 100%, 100%, 98.0%, 100%, 99.3% as before. find() p99 did not get worse: run back to back with
commit 54f67e4 on the same loaded machine (load 2 to 5), the evaluation set's CPU time p99, best of 3 per query,
was 2.99 and 2.55 ms before, 2.92 and 2.63 ms after; these 150 titles' CPU time p99, best of 5, 4.99 ms before and
4.92 ms after (the 'cum' titles are read twice, but none is among the slowest). benchmarks/noc_search.py after:
wall clock best of 3 p99 2.6 ms, CPU time 3.1 ms (load 2.3).

Left (strict xfails below): five titles whose first match counts the way a right one does.
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # two jobs at once: 65100 'Cashier' (TEER 5) before 62010 'Supervisor - retail'; 75211 'Driver helper'
    ("cashier cum supervisor", "en", "65100"), ("cook cum helper", "en", "65201"),
    ("driver cum helper", "en", "75211"), ("janitor cum cleaner", "en", "65312"),
    # the shift said after the title is not the job; kept where an official title says it
    ("PSW night shift", "en", "33102"), ("RPN night shift", "en", "32101"),
    ("agent de centre d'appels de soir", "fr", "64409"), ("préposée aux bénéficiaires de nuit", "fr", "33102"),
    ("gardien de nuit", "fr", "64410"),
    # a restaurant after a French title: 63202 'Pâtissier/pâtissière'; kept in 'Cuisinier/cuisinière de restaurant'
    ("pâtissière de restaurant", "fr", "63202"), ("cuisinière de restaurant", "fr", "63200"),
    ("gérant de restaurant", "fr", "60030"),
    # written as the NOC writes them
    ("store incharge", "en", "62010"), ("restaurant incharge", "en", "62020"),
    ("care giver for elderly", "en", "44101"), ("baby sitter for 2 kids", "en", "44100"),
    ("IT support engineer", "en", "21222"), ("delivery boy", "en", "75201"), ("bus boy", "en", "65201"),
    # sourced rows
    ("telecaller", "en", "65109"), ("assistante infirmière-chef", "fr", "31300"),
    ("business development executive", "en", "64101"),
])
def test_the_seventh_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


def test_two_jobs_at_once_that_count_differently_are_flagged() -> None:
    finding = job_titles.find("cashier cum supervisor")
    assert finding.mixed_counting and {"65100", "62010"} <= set(codes("cashier cum supervisor"))
    assert codes("cashier cum supervisor at walmart")[0] == "65100"


LEFT = [  # (query, lang, right unit groups, why it is still missed)
    ("foreman de chantier", "fr", ("72014", "72021"),
     "'foreman' is an English word in a French title; 72013 (carpentry contractors) comes first by the fuzzy "
     "score before 72021 'Contremaître/contremaîtresse de chantier de construction'; every reading counts "
     "(TEER 2)"),
    ("aide-enseignante en adaptation scolaire", "fr", ("43100",),
     "41221 'Enseignant/enseignante en adaptation scolaire au niveau primaire' holds more of the words than 43100 "
     "'Aide-enseignant/aide-enseignante'; both count (TEER 1 and 3)"),
    ("sales executive in car showroom", "en", ("64100",),
     "64101 'Sales executive - wholesale (non-technical)' is an official title as typed; the showroom (retail) is "
     "not read; both TEER 4"),
    ("HR executive", "en", ("11200", "12101"),
     "'HR' is not spelled out: read as 'human resources' it finds 14102 'Human resources assistant' (TEER 4) "
     "first, a harmful first match; 62200 'Executive chef' comes first instead, counting as the right ones do"),
    ("general helper in farm", "en", ("85100", "85101"),
     "a place after 'in' is not read as one after 'at' ('farm helper' would be 85101's); 95109 labourers first, "
     "TEER 5 as the right ones"),
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


@pytest.mark.parametrize("query", [row.query for row in noc_people.fresh_round(7)
                                   if len({counts(code) for code in row.accepted}) > 1])
def test_a_title_whose_right_answers_count_differently_is_flagged_or_the_safe_one_comes_first(query: str) -> None:
    row = next(row for row in noc_people.fresh_round(7) if row.query == query)
    finding = job_titles.find(row.query, row.lang)
    assert finding.mixed_counting or not counts(finding.occupations[0].code)


def test_the_seventh_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(7)
    assert len(rows) == 150 and sum(row.lang == "fr" for row in rows) == 75
    assert len({row.query.lower() for row in rows}) == 150
    earlier = {row.query.lower() for number in (1, 2, 3, 4, 5, 6) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_seventh_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(7)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 >= 145 and score.top5 >= 149, score.misses
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
