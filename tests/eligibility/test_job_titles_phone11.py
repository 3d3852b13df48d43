"""Job titles as typed in a chat, eleventh 'fresh' round (tests/fixtures/noc_people11.csv: 92 English, 58 French,
written and decided from the official NOC 2021 example titles, each cited title checked against that file by a
script, with harmful first matches written down, and committed before the finder was run on them, commit 7478609):
the unit groups the earlier rounds named least or never, in transport and logistics (drivers' and postal
supervisors against their workers, railway yard foremen against yard workers, locomotive engineers, ferry and barge
operators against deck officers, schedulers, traffic clerks, controllers, commis d'entrepôt), health support,
trades helpers against their trades, farm, fishing and forest work, back of house, IT support, finance clerks,
office supervisors, library, education assistants, public sector, and wood and metal plants; with employers,
shifts, abbreviations (EA, ECG, PAB), no accents, and Indian, Nigerian and Filipino usages.

Measured once before any change (everyday table 2026-12-06.13, commit 7478609): top-1 90.0% (135 of 150), top-5
98.0% (147 of 150); no first match whose hours count when the job's do not, 2 the other way round ('ward attendant
government hospital' -> 65201, 'preposee en sterilisation hopital' -> 64314: both weak guesses put a job that does
not count first, as the safety rule wants); none of the written-down harmful codes first.

After (everyday table 2026-12-06.14; and .15, found beside the round: 'EA at school' and 'EA elementary school'
are 43100's educational assistant, and 'EA' alone offers it after 12100's executive assistant): top-1 99.3% (149
of 150), top-5 100%, 0 harmful either way. Fixed by general data and sourced rows (eligibility/data/noc2021/
everyday.toml): a hospital, a construction site ('construction site', 'sur un chantier'), a school level ('high
school') or a call centre said after the title is where the work was, left out of the lookup and used to choose
among the title's readings, as after 'at'; Canada Post is an
employer whose sector is postal ('superviseur postes canada' was searched as 'superviseur' alone); 'mailroom' is
written as the NOC writes it ('mail room': spelling correction read it as 92013's 'Millroom supervisor'); 'ECG' and
'EKG' are electrocardiography; rows for ward attendants (33102), restaurant expediters (65201), HVAC contractors
(72020), plumbing foremen (72012), special needs EAs (43100), postal supervisors (72025), manoeuvre de chantier
(75110) and mécanicien de locomotive (73310, then 72401). Beside the round (benchmarks/noc_search.py before and
after, commits 7478609 and 55ec9da): round 4 top-1 98.0% -> 98.7%, top-5 99.3% -> 100% ('EA special needs' read,
its strict xfail removed; 'safety coordinator construction site' still second, now in the five); six earlier rows
that were right became surer ('lab assistant in hospital', 'manœuvre sur un chantier'...); every other figure
unchanged: evaluation set top-1 99.7%, top-5 100%; tune 99.6%, held 97.9% (its one harmful-reverse match as
before), fresh rounds 1 to 10 93.9%, 100%, 100%, 98.7%, 100%, 99.3%, 96.7%, 96.7%, 100%, 100%.

Left (strict xfail below): "commis d'entrepot": our table's warehouse row (earlier rounds) reads it as 75101
material handlers, while the official titles file it under 14401 ('Commis d'entrepôt - pièces et équipement') or
65102 ('- commerce de détail'); none of the three counts, so nothing is misread for eligibility.
"""

from __future__ import annotations

import pytest

from eligibility import job_titles, occupations
from tests.fixtures import noc_people
from tests.fixtures.noc_people import codes, counts


@pytest.mark.parametrize(("query", "lang", "first"), [
    # a place said after the title: a hospital, a construction site, a school level, a call centre
    ("ward attendant government hospital", "en", "33102"), ("preposee en sterilisation hopital", "fr", "33109"),
    ("cook hospital", "en", "63200"), ("storekeeper construction site", "en", "14401"),
    ("manœuvre sur un chantier", "fr", "75110"), ("math tutor high school", "en", "43109"),
    ("teacher high school", "en", "41220"), ("collection agent call centre", "en", "14202"),
    # Canada Post's sector: postal
    ("superviseur postes canada", "fr", "72025"), ("supervisor at canada post", "en", "72025"),
    ("clerk canada post", "en", "64401"), ("letter carrier canada post", "en", "74101"),
    # written as the NOC writes them
    ("mailroom supervisor", "en", "72025"), ("mail room clerk", "en", "64401"), ("ECG tech", "en", "32123"),
    ("EKG technician", "en", "32123"),
    # the round's rows and their neighbours
    ("ward attendant", "en", "33102"), ("ward boy", "en", "33102"), ("expediter restaurant", "en", "65201"),
    ("expediter", "en", "14402"), ("hvac contractor", "en", "72020"), ("hvac tech", "en", "72402"),
    ("plumbing foreman", "en", "72012"), ("plumber", "en", "72300"), ("special needs EA", "en", "43100"),
    ("EA special needs", "en", "43100"), ("EA at school", "en", "43100"), ("EA elementary school", "en", "43100"),
    ("EA to the CEO", "en", "12100"), ("manoeuvre de chantier", "fr", "75110"),
    ("mecanicien de locomotive", "fr", "73310"), ("mecanicien de locomotives - reparation", "fr", "72401"),
])
def test_the_eleventh_round_s_misses_and_their_neighbours_find_the_right_unit_group_first(
        query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


def test_ea_alone_offers_the_school_s_educational_assistant_beside_the_office_s_executive_one() -> None:
    # both count (TEER 2 and 3): the office's first, as before this round, the school's beside it
    assert codes("EA")[:2] == ["12100", "43100"] and codes("EA to the CEO")[0] == "12100"


def test_a_place_after_the_title_is_taken_out_and_said_as_the_place() -> None:
    finding = job_titles.find("preposee en sterilisation hopital", "fr")
    assert finding.searched == "sterilisation" and finding.confidence == "high"
    # an official title that ends with the place keeps it ('Hospital attendant' is itself 33102's)
    assert job_titles.find("hospital attendant", "en").occupations[0].code == "33102"


def test_the_eleventh_round_names_real_unit_groups_and_its_harmful_ones_count_the_other_way() -> None:
    rows = noc_people.fresh_round(11)
    assert len(rows) == 150 and sum(row.lang == "fr" for row in rows) == 58
    assert len({row.query.lower() for row in rows}) == 150
    earlier = {row.query.lower() for number in range(1, 11) for row in noc_people.fresh_round(number)}
    earlier |= {row.query.lower() for row in noc_people.titles()}
    assert not earlier & {row.query.lower() for row in rows}
    for row in rows:
        assert row.accepted and all(occupations.unit_group(code) for code in row.accepted | row.harmful), row
        assert all(counts(code) not in {counts(right) for right in row.accepted} for code in row.harmful), row
        assert len({counts(code) for code in row.accepted}) == 1, row  # none whose right answers count differently


def test_the_eleventh_round_is_measured_and_keeps_the_safety_rule() -> None:
    rows = noc_people.fresh_round(11)
    score = noc_people.measure(rows)
    assert score.harmful == [] and score.harmful_reverse == []
    assert score.top1 == 149 and score.top5 == 150, score.misses
    for row in rows:  # no first match is one written down beforehand as harmful
        assert codes(row.query, row.lang)[0] not in row.harmful, row.query


LEFT = [
    ("commis d'entrepot", "fr", ("14401", "65102"),
     "our table's warehouse row reads it as 75101 material handlers; the official titles file it under 14401 "
     "('pièces et équipement') or 65102 ('commerce de détail'); none of the three counts"),
]


@pytest.mark.parametrize(("query", "lang", "right"), [
    pytest.param(query, lang, right, id=query, marks=pytest.mark.xfail(strict=True, reason=reason))
    for query, lang, right, reason in LEFT
])
def test_left_for_later_a_right_unit_group_first(query: str, lang: str, right: tuple[str, ...]) -> None:
    assert job_titles.find(query, lang).occupations[0].code in right
