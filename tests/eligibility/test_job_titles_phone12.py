"""Job titles as typed in a chat, twelfth 'fresh' round (tests/fixtures/noc_people12.csv: 109 English, 41 French,
written and decided from the official NOC 2021 example titles, each cited title checked against that file by a
script, with harmful first matches written down, and committed before the finder was run on them, commit 8c8003b):
unit groups rounds 1 to 11 named least or never (managers, supervisors and workers of manufacturing, mining,
logging, drilling, farms and fish farms; health, arts, finance and public-sector professions), leaning on seniority
and level words, words that change the TEER, gig and platform work, French titles in the feminine, company and
product names, and two jobs in one message.

Measured once before any change (everyday table 2026-12-06.15, commit 8c8003b): top-1 88.0% (132 of 150), top-5
96.0% (144 of 150); one first match whose hours count when the job's do not ('tisserande' -> 53124, the craft
weaver, though the official titles list 'Tisserand/tisserande' equally under 94131's textile weavers) and 5 the
other way ('RPN long term care' -> 85121, 'mine supervisor underground' -> 84100, 'salesforce admin' -> 14100, 'sap
consultant' -> 64100, 'welder and fabricator' -> 94105); none of the written-down harmful codes first. Of the nine
messages naming two jobs, the three whose jobs count differently ('cook / dishwasher', 'receptionist/admin
assistant', 'cuisinière et plongeuse') were not flagged (the receptionist's first match was 13110, which counts),
and two did not offer both ('bookkeeper + office admin', 'caissière / commis').

After (everyday table 2026-12-06.16, commit bf11825 and the next): top-1 98.7% (148 of 150), top-5 100%, 0 harmful
either way; every two-job message offers both (but 'caissière / commis', whose 'commis' alone reads as a bank
clerk) and says the matches disagree when they count differently, the one that does not count first. Fixed by
general rules (eligibility/job_titles.py) and sourced rows (eligibility/data/noc2021/everyday.toml): two titles in
one message split on '/', '+', '&', 'and', 'or', 'et', 'ou' when the whole is not a title we know, neither part is
a distant guess, each part is three words at most and the two are not one title in both genders
('caissier/caissière'); a title listed as typed equally under unit groups that count differently puts one that does
not count first; a plant's close guess never puts a counting unit group over a first one that does not count; hours
('part time', 'à temps partiel'), 'underground' and long-term care said after the title are not the job; 'team
lead' read as the NOC's 'team leader' where that is an official title; 'cheffe' as 'chef'; aws, azure, gcp, sap and
servicenow as software words; rows for delivery and ride apps named alone ('doordash', 'uber'), Instacart's
full-service and in-store shoppers, Salesforce and SAP admins and consultants (21222, 21221), chef d'équipe
d'entrepôt (12013), courtier en valeurs mobilières (11103), and pulp and paper mills as a plant (95103 for its
labourers). Every earlier round unchanged (benchmarks/noc_search.py before and after).

Left (strict xfails below): 'conseillère en emploi' and "conseillère d'orientation", whose official titles sit in
two unit groups that both count (TEER 1), told apart only by a qualifier the person did not type.
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # hours, underground and long-term care said after the title
    ("driving uber full time", "en", "75200"), ("lyft driver part time", "en", "75200"),
    ("caissière à temps partiel", "fr", "65100"), ("mine supervisor underground", "en", "82020"),
    ("RPN long term care", "en", "32101"), ("RPN in LTC", "en", "32101"),
    # the NOC's 'team leader', where it is an official title; 'cheffe'
    ("logistics team lead", "en", "12013"), ("customer service team lead", "en", "62023"),
    ("cheffe d'équipe entrepôt", "fr", "12013"), ("cheffe de partie", "fr", "62200"),
    # gig apps named alone or with the platform's own words
    ("doordash", "en", "75201"), ("uber eats", "en", "75201"), ("uber", "en", "75200"),
    ("instacart full service shopper", "en", "65109"), ("instacart in-store shopper", "en", "65109"),
    # platforms: cloud and business software
    ("aws engineer", "en", "21231"), ("azure developer", "en", "21232"), ("salesforce admin", "en", "21222"),
    ("sap consultant", "en", "21222"), ("consultant SAP", "fr", "21222"),
    # securities brokers; pulp and paper mills
    ("courtière en valeurs mobilières", "fr", "11103"), ("pulp mill labourer", "en", "95103"),
    ("journalier papetière", "fr", "95103"), ("pulp mill foreman", "en", "92014"),
])
def test_the_twelfth_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "lang", "safe", "counting"), [
    ("cook / dishwasher", "en", "65201", "63200"), ("receptionist/admin assistant", "en", "14101", "13110"),
    ("cuisinière et plongeuse", "fr", "65201", "63200"), ("dishwasher and cook", "en", "65201", "63200"),
    ("cook / dishwasher at Boston Pizza", "en", "65201", "63200"),
])
def test_two_jobs_that_count_differently_offer_both_the_one_that_does_not_count_first_and_say_so(
        query: str, lang: str, safe: str, counting: str) -> None:
    finding = job_titles.find(query, lang)
    assert [o.code for o in finding.occupations[:2]] == [safe, counting] and finding.mixed_counting


def test_two_jobs_that_count_alike_offer_both() -> None:
    assert {"72106", "72104"} <= set(codes("welder and fabricator")[:2])  # both TEER 2
    assert {"12200", "13100"} <= set(codes("bookkeeper + office admin"))
    assert {"65100", "65102"} <= set(codes("cashier and stocker")[:3])


@pytest.mark.parametrize(("query", "first"), [
    # one title with a separator in it stays one title: the whole is ours or an official title as typed
    ("shipping and receiving clerk", "14400"), ("hunting and fishing guide", "64322"), ("A/P clerk", "14200"),
    ("F&B supervisor", "62020"), ("caissier/caissière", "65100"),
])
def test_one_title_with_a_separator_stays_one_title(query: str, first: str) -> None:
    finding = job_titles.find(query, "fr" if "è" in query else "en")
    assert finding.occupations[0].code == first and " + " not in finding.searched


def test_a_title_listed_equally_where_hours_count_and_where_they_do_not_puts_the_one_that_does_not_first() -> None:
    finding = job_titles.find("tisserande", "fr")
    assert [o.code for o in finding.occupations[:2]] == ["94131", "53124"] and finding.mixed_counting
    assert not counts(finding.occupations[0].code)
    assert job_titles.find("weaver", "en").mixed_counting  # the craft weaver counts, the textile ones do not
    assert codes("cook")[0] == "63200"  # a title listed alone first keeps its place ('Cook' is 63200's own)


def test_a_plant_s_close_guess_never_puts_a_counting_group_before_one_that_does_not() -> None:
    # 93102's control operators (TEER 3) were put before 94121's 'Paper machine operator' (TEER 4)
    assert not counts(codes("paper mill operator")[0])


def test_the_twelfth_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(12)
    assert len(rows) == 150 and sum(row.lang == "fr" for row in rows) == 41
    assert len({row.query.lower() for row in rows}) == 150
    earlier = {row.query.lower() for number in range(1, 12) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row
    assert sum(len(row.accepted) == 2 for row in rows) == 9  # the messages naming two jobs


def test_the_twelfth_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(12)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == 148 and score.top5 == 150, score.misses
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query
    for row in rows:  # two jobs that count differently: flagged, never one that counts first
        if len({counts(code) for code in row.accepted}) == 2:
            finding = job_titles.find(row.query, row.lang)
            assert finding.mixed_counting and not counts(finding.occupations[0].code), row.query


LEFT = [
    ("conseillère en emploi", "fr", ("41321",),
     "the official titles list 'Conseiller/conseillère en emploi' under 11200 ('- ressources humaines', first) "
     "and 41321 ('- services gouvernementaux'); both count (TEER 1); the person did not say which"),
    ("conseillère d'orientation", "fr", ("41320",),
     "41320 'Conseiller/conseillère d'orientation professionnelle' against 41321 'Conseiller/conseillère en "
     "orientation (sauf éducation)'; both count (TEER 1), 41320 second"),
]


@pytest.mark.parametrize(("query", "lang", "right"), [
    pytest.param(query, lang, right, id=query, marks=pytest.mark.xfail(strict=True, reason=reason))
    for query, lang, right, reason in LEFT
])
def test_left_for_later_a_right_unit_group_first(query: str, lang: str, right: tuple[str, ...]) -> None:
    assert job_titles.find(query, lang).occupations[0].code in right
