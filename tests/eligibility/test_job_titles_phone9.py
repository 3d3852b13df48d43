"""Job titles as typed on a phone, ninth 'fresh' round (tests/fixtures/noc_people9.csv: 60 French, 90 English,
written and decided from the official NOC 2021 example titles, with harmful first matches written down, and
committed before the finder was run on them, commit fc4a4d6): the fields the earlier rounds covered least, tech and
data (full stack, DevOps, SRE, QA automation, scrum master, product owner, UX/UI, data engineer, BI, cloud,
développeur web, analyste programmeur), engineering and technicians (civil, mechanical and electrical
technologists, drafters, CAD, technicien en génie civil), finance and office (AP/AR clerks against AP analysts,
bookkeepers against accounting clerks, payroll, claims adjusters against claims clerks, underwriters, mortgage
agents, commis comptable, adjointe administrative), health beyond nursing (pharmacy technicians and assistants, lab
assistants, MLT, physiotherapy assistants, medical administrative assistants, dental assistants, inhalothérapeute,
préposée en pharmacie), education and social (ECE assistants, youth and settlement workers, éducatrice
spécialisée), with abbreviations and typos in those fields.

Measured once before any change (everyday table 2026-12-06.9, commit fc4a4d6): top-1 84.0% (126 of 150), top-5
92.7% (139 of 150); no first match whose hours count when the job's do not, and 3 the other way round ('agile
product owner' -> 94213, 'physio aide' -> 95105, 'aide éducatrice en cpe' -> 75211, each a TEER 4-5 guess for a
job that counts); the two titles whose right answers count differently (an AP specialist, a préposée en pharmacie)
were not flagged.

After (everyday table 2026-12-06.10): top-1 100% (150 of 150), top-5 100%, 0 harmful either way; both titles
whose right answers count differently are flagged, the reading whose hours do not count first. Fixed by one general
rule (eligibility/job_titles.py): a setting word an employer's name leaves at the end goes with it ("aide
éducatrice en CPE" is an "aide éducatrice", not an "aide éducatrice en", which no row or official title holds);
and by sourced data (eligibility/data/noc2021/everyday.toml, each row citing the official titles it stands for):
full stack developers, WordPress, Drupal and Shopify developers with the web developers (21234 'Full stack web
developer'; before, 21232 first); 'etl' a software word; DevOps in two words and in French; 'software QA analyst'
(21222); the IT project manager (21222; "it" weighs nothing in the search, so 13101 came first); cloud solutions
architects (21231, not the manager 20012); SOC analysts (21220); CAD and CADD technicians, drafters (22212); 'mech
engineer' (21301; "mech" is not a short form, it is a mechanic in the trades); A/P and A/R spelled out; the AP or
AR specialist (14200 clerk first, 12011 analyst second: they count differently); 'resp therapist', 'inhalo'
(32103); CYW (42201); 'ingénieur en électricité' (21310); 'souscripteur en assurance' (12202: the NOC's French for
an underwriter is 'souscripteur'); 'préposée en pharmacie' (the store's 64100 first, 33103 second: they count
differently); 'physio aide', 'rehab assistant' (32109); 'aide-éducatrice' (42202). Scrum master and product owner
have no official title: our rows read them as the IT roles whose official titles name that work (21222, 21231,
21221; all TEER 1, so the reading never changes whether the hours count). The earlier rounds did not move
(benchmarks/noc_search.py and tests/eligibility/test_job_titles*.py before and after): evaluation set top-1 99.7%,
tune 99.6%, held 97.9%, fresh rounds 1 to 8 93.9%, 100%, 100%, 98.0%, 100%, 99.3%, 96.7%, 96.7% as before. find()
p99, CPU time best of 5 per query, commit fc4a4d6 and this one run alternately on the same shared machine (load
about 1): the evaluation set 2.87, 2.88, 3.51, 3.41, 3.37, 4.98, 3.89 ms before and 2.81, 4.11, 4.54, 4.75, 3.51,
4.84, 4.91 ms after, a spread the machine makes (the slowest queries, spelling corrections, timed alone: the same
before and after; best of 7 per query over three runs each, p99 2.53 ms before and 2.59 ms after); these 150 titles
4.26, 3.62, 2.56, 3.21, 4.84, 2.52 ms before and 2.51, 2.51, 2.67, 2.57, 4.64, 2.64 ms after (a row of our table
is found before any fuzzy search).

Left: nothing in this round. The pinned neighbours below keep the rows honest ("auto mech" is not a mechanical
engineer; "physio" alone is still a physiotherapist, 31202).
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # the general rule: a setting word left by an employer's name goes with it
    ("aide éducatrice en cpe", "fr", "42202"), ("cashier in walmart", "en", "65100"),
    ("préposée aux bénéficiaires en chsld", "fr", "33102"),
    # web developers, DevOps, software words
    ("fullstack dev", "en", "21234"), ("full stack developer", "en", "21234"), ("drupal developer", "en", "21234"),
    ("java developer", "en", "21232"), ("etl developer", "en", "21232"), ("dev ops", "en", "21231"),
    ("ingénieure devops", "fr", "21231"),
    # IT roles, cloud, security
    ("software qa analyst", "en", "21222"), ("qa analyst", "en", "22222"), ("product owner", "en", "21221"),
    ("scrum master", "en", "21222"), ("chef de projet TI", "fr", "21222"),
    ("architecte infonuagique", "fr", "21231"), ("soc analyst", "en", "21220"),
    # drafting and engineering
    ("cadd technologist", "en", "22212"), ("dessinateur autocad", "fr", "22212"), ("mech engineer", "en", "21301"),
    ("ingénieur en électricité", "fr", "21310"),
    # finance and office
    ("a/r clerk", "en", "14200"), ("a/p clerk", "en", "14200"), ("souscripteur en assurance", "fr", "12202"),
    ("souscriptrice hypothécaire", "fr", "11109"),
    # health, education and social
    ("resp therapist", "en", "32103"), ("inhalo", "fr", "32103"), ("physio aide", "en", "32109"),
    ("physio", "en", "31202"), ("cyw", "en", "42201"), ("aide éducateur", "fr", "42202"),
])
def test_the_ninth_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


def test_mech_stays_a_mechanic_in_the_trades() -> None:
    assert "21301" not in codes("auto mech", "en")[:3]


@pytest.mark.parametrize("query", [row.query for row in noc_people.fresh_round(9)
                                   if len({counts(code) for code in row.accepted}) > 1])
def test_a_title_whose_right_answers_count_differently_is_flagged_or_the_safe_one_comes_first(query: str) -> None:
    row = next(row for row in noc_people.fresh_round(9) if row.query == query)
    finding = job_titles.find(row.query, row.lang)
    assert finding.mixed_counting or not counts(finding.occupations[0].code)


def test_the_ninth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(9)
    assert len(rows) == 150 and sum(row.lang == "fr" for row in rows) == 60
    assert len({row.query.lower() for row in rows}) == 150
    earlier = {row.query.lower() for number in range(1, 9) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row


def test_the_ninth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(9)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == 150 and score.top5 == 150, score.misses
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query


@pytest.mark.parametrize("query", ["auto mech", "car mech"])
def test_a_mechanic_said_short_is_the_automotive_one_first(query: str) -> None:
    # seen after round 9: "auto mech" offered 65311 'Specialized cleaners' (TEER 5) first, a job that counts
    # read as one that does not; NOC 72410 lists 'automotive mechanic'
    assert job_titles.find(query, "en").occupations[0].code == "72410"
