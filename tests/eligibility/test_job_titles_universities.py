"""A university said by the short form people use after a title ("research assistant at u of c", found by playing
a chat by hand in session 17): 12113 'Research assistant (except post-secondary)' came first; the official titles
put a university's research and teaching assistants in 41201 ('University research assistant', 'Post-secondary
research assistant'). A university's short form is said of the work as "university" is (everyday table, places)."""

from __future__ import annotations

import pytest

from tests.fixtures.noc_people import codes


@pytest.mark.parametrize("query", [
    "research assistant at u of c", "research assistant at uofc", "teaching assistant at u of a",
    "research assistant at sfu", "research assistant at concordia", "research assistant at ubc",
])
def test_an_assistant_at_a_university_named_short_is_a_post_secondary_one(query: str) -> None:
    assert codes(query)[0] == "41201"


@pytest.mark.parametrize(("query", "first"), [
    ("research assistant", "12113"),  # no place: the official 'Research assistant (except post-secondary)'
    ("cook at u of t", "63200"),  # a university kitchen's cook is a cook
])
def test_the_place_decides_only_where_the_title_has_a_university_form(query: str, first: str) -> None:
    assert codes(query)[0] == first
