"""Job titles as typed on a phone, tenth 'fresh' round (tests/fixtures/noc_people10.csv: 90 English, 60 French,
written and decided from the official NOC 2021 example titles, each cited title checked against that file, with
harmful first matches written down, and committed before the finder was run on them, commit a411c65): the fields
the earlier rounds covered least, public service and government clerks (citizen services and EI officers, tax
collectors, records, passport and court clerks, by-law, census, border and immigration officers, policy analysts),
science and lab work (chemistry, food QC and microbiology technicians, research assistants, chemists, geologists),
arts, media and design, sports and recreation (recreation leaders against recreation coordinators), law and
paralegal, real estate (building superintendents against caretakers), security (guards against their
supervisors), cleaning and maintenance (supervisors and executive housekeepers against cleaners and janitors),
aviation and marine, mining and oil (miners against their helpers, drillers against floorhands and derrick hands),
utilities, printing, textile, and childcare against early childhood educators; typed with typos, no accents,
abbreviations, employers ('at', '@', 'chez'), seniority, part-time and shift words, mixed English and French.

Measured once before any change (everyday table 2026-12-06.11, commit b740cb9): top-1 82.7% (124 of 150), top-5
97.3% (146 of 150); 2 first matches whose hours count when the job's do not ('esw hospital' -> 33102 nurse aides,
'entraineuse perso' -> 53201 coaches) and 10 the other way round ('bso cbsa pearson' -> 65210, 'QC tech @ food
plant' -> 94140, 'leasing agent apartments' -> 64100, 'building super' -> 65312, 'AME avionics' -> 94201,
'underground miner' -> 85110, 'photographe de mariage' -> 64201, 'superviseure des preposees aux chambres' ->
64314, 'mineur sous terre' -> 84100, 'monteur de lignes hydro quebec' -> 75119); 3 of those were first matches
written down beforehand as harmful. Self-employment (freelance, pigiste) recognised 3 of 3.

After (everyday table 2026-12-06.13): top-1 100% (150 of 150), top-5 100%, 0 harmful either way, none of the
written-down harmful codes first. Fixed by general rules and data: 'rec' is recreation and 'EI' employment
insurance (short forms); a university said as a place is read as an employer's sector ('research asst at UBC lab'
is 41201 'University research assistant', not 12113's 'Research assistant (except post-secondary)'); public
employers, utilities, carriers and gyms named with a title are taken out (CBSA, IRCC, Service Canada, StatCan, BC
Ferries, Hydro-Québec, Hydro One, BC Hydro, Garda, GoodLife, Air Transat, Pearson; not 'CRA', a clinical research
associate); and one found beside the round (eligibility/job_titles.py): an employer's name that folds to one
ordinary word ('super c' -> 'super', 'circle k' -> 'circle') is read only after 'at'/'chez', no longer taken out of
every title ('building super' was searched as 'building', 'construction super' as 'construction'). Sourced rows
(eligibility/data/noc2021/everyday.toml, each citing the official titles it stands for): BSO and ASF, by-law
officers, chemistry and QC lab technicians, film make-up artists, apartment leasing agents, building supers
(73201 alone; the concierge row keeps both readings), ESW, AME avionics, underground miners, derrick hands, rig
drillers, refinery operators (oil first), print shop supervisors, RECE, photographe de mariage, entraîneur
perso, superviseure de l'entretien ménager, mécano d'avion, monteur de lignes, couturière industrielle,
construction and warehouse supers. The earlier rounds did not move (benchmarks/noc_search.py and tests/eligibility/
test_job_titles*.py before and after): evaluation set top-1 99.7%, top-5 100%; tune 99.6%, held 97.9% (its one
harmful-reverse match as before), fresh rounds 1 to 9 93.9%, 100%, 100%, 98.0%, 100%, 99.3%, 96.7%, 96.7%, 100%.
find() p99, CPU time best of 5 per query, commit b740cb9 and this round's fixes run alternately on the same shared
machine (load average 5 to 7): the evaluation set 3.27, 3.96, 2.75 ms before and 2.50, 3.38, 2.97 ms after; these
150 titles 3.09, 3.81, 3.33 ms before and 3.04, 2.86, 3.17 ms after (goal 5 ms).

Left (strict xfails below): "shift super" (a supervisor said short, with no trade: which supervisors' unit group
is for the duties to say; it finds no supervisor first) and "cashier circle k" (the store's name typed without
'at' keeps 'circle' in the title: a low guess, but 65100 Cashiers still comes first, so nothing counts wrongly).
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # short forms and places: 'rec', 'EI', a university
    ("rec leader", "en", "54100"), ("rec coordinator", "en", "41406"), ("EI officer", "en", "12104"),
    ("research asst at UBC lab", "en", "41201"), ("research assistant", "en", "12113"),
    ("cook at university", "en", "63200"),
    # public employers taken out
    ("deckhand bc ferries", "en", "74201"), ("bso cbsa pearson", "en", "43203"),
    ("agent de securite chez garda", "fr", "64410"), ("monteur de lignes hydro quebec", "fr", "72203"),
    # the round's rows and their neighbours
    ("lab tech II chemistry", "en", "22100"), ("QC tech @ food plant", "en", "22100"),
    ("quality control inspector food plant", "en", "94143"), ("makeup artist film", "en", "52119"),
    ("leasing agent apartments", "en", "13101"), ("car leasing agent", "en", "64100"),
    ("building super", "en", "73201"), ("concierge", "en", "65312"), ("esw hospital", "en", "65310"),
    ("AME avionics", "en", "22313"), ("underground miner", "en", "83100"), ("mineur", "fr", "83100"),
    ("aide mineur", "fr", "85110"), ("derrick hand", "en", "84101"), ("rig driller", "en", "83101"),
    ("refinery process operator", "en", "93101"), ("print shop supervisor", "en", "72022"),
    ("RECE kindergarten", "en", "42202"), ("photographe de mariage", "fr", "53110"),
    ("entraineuse perso", "fr", "54100"), ("entraineur de hockey", "fr", "53201"),
    ("superviseure des preposees aux chambres", "fr", "62024"), ("mecano d'avion", "fr", "72404"),
    ("couturiere industrielle", "fr", "94132"), ("couturiere", "fr", "64200"),
    # supers: a building's superintendent, a construction site's, a warehouse's supervisor
    ("construction super", "en", "70010"), ("warehouse super", "en", "12013"), ("warehouse", "en", "75101"),
    # a name folding to one word is still read after "chez" (round 8's row)
    ("superviseure de caisses chez super c", "fr", "62010"), ("caissiere chez super c", "fr", "65100"),
])
def test_the_tenth_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


def test_a_name_that_folds_to_one_word_is_not_taken_out_of_a_title() -> None:
    # "super c" folds to "super": taken out everywhere, "construction super" was searched as "construction"
    assert ("super",) not in job_titles.table().employers and ("circle",) not in job_titles.table().employers
    assert ("walmart",) in job_titles.table().employers and ("aw",) in job_titles.table().employers
    assert job_titles.find("construction super", "en").searched != "construction"


def test_the_tenth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(10)
    assert len(rows) == 150 and sum(row.lang == "fr" for row in rows) == 60
    assert len({row.query.lower() for row in rows}) == 150
    earlier = {row.query.lower() for number in range(1, 10) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row
        assert len({counts(code) for code in row.accepted}) == 1, row  # none whose right answers count differently


def test_the_tenth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(10)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == 150 and score.top5 == 150, score.misses
    assert score.self_found == score.self_cases == 3
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query


LEFT = [
    ("shift super", "en", ("62010", "62020", "12013"),
     "a supervisor said short with no trade: 'super' is no short form (a building's super is a superintendent, "
     "73201; a site's 70010), so nothing reads it as a supervisor"),
    ("cashier circle k", "en", ("65100",),
     "'circle k' typed without 'at' keeps 'circle' in the title (folding drops the 'k'); 65100 comes first, but "
     "as a low guess"),
]


@pytest.mark.parametrize(("query", "lang", "right"), [
    pytest.param(query, lang, right, id=query, marks=pytest.mark.xfail(strict=True, reason=reason))
    for query, lang, right, reason in LEFT
])
def test_left_for_later_a_right_unit_group_first_and_sure(query: str, lang: str, right: tuple[str, ...]) -> None:
    finding = job_titles.find(query, lang)
    assert finding.occupations[0].code in right and finding.confidence != "low"
