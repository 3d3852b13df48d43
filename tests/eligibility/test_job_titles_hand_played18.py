"""Two titles found by playing chats by hand (session 18). "truck owner operator", NOC 73300's own example title,
found 75101 material handlers first: "owner operator" is a phrase of self-employment, taken out before the
search, which left "truck" alone. "préposée aux bénéficiaires au CHSLD" found 44101 (home support, TEER 4: hours
not counted) before 33102 (TEER 3): "au" is a word of 44101's "au pair", and our table knew "en CHSLD" only."""

from __future__ import annotations

import pytest

from eligibility.job_titles import find
from tests.fixtures.noc_people import codes


@pytest.mark.parametrize(("query", "lang"), [
    ("truck owner operator", "en"), ("Truck owner-operator", "en"), ("propriétaire-exploitant de camion", "fr"),
])
def test_an_official_owner_operator_title_is_found_and_still_said_self_employed(query: str, lang: str) -> None:
    finding = find(query, lang)
    assert finding.matches[0].occupation.code == "73300"
    assert finding.self_employed, "the hours are still self-employment's"


def test_self_employment_alone_is_still_no_title() -> None:
    assert find("self employed", "en").matches == []
    # "owner operator" alone offers the NOC's three owner-operator groups since leftovers 6 (session 19), still
    # said to be self-employment
    alone = find("owner operator", "en")
    assert {m.occupation.code for m in alone.matches} >= {"73300", "75200"} and alone.self_employed


@pytest.mark.parametrize("query", [
    "préposée aux bénéficiaires au CHSLD", "préposé aux bénéficiaires dans un chsld", "PAB au CHSLD",
    "préposée aux bénéficiaires en CHSLD",
])
def test_an_orderly_in_a_long_term_care_home_is_33102(query: str) -> None:
    assert codes(query, "fr")[0] == "33102"
