"""Care work as temporary foreign workers type it, from a chat played by hand (session 16).

"health care aide at a senior home" found 44101 home support (TEER 4: its hours do not count) before 33102 nurse
aides (TEER 3: they do): the words of the place ("senior", "home") chose among the readings, and "home" points to
home support. A home for older people named after the title is now said by its sector ("nursing": 33102 'Nursing
home attendant', 'Nursing aide'). "aide at a seniors home" found labourers; "pca" (personal care aide) nothing;
"child care aide" was read as a health care aide (33102) through "care aide".
"""

from __future__ import annotations

import pytest

from tests.fixtures.noc_people import codes


@pytest.mark.parametrize(("query", "first", "wrong"), [
    ("health care aide at a senior home", "33102", "44101"),
    ("health care aide at a retirement home", "33102", "44101"),
    ("aide at a seniors home", "33102", "75212"),
    ("pca at seniors residence", "33102", None),
    ("PSW at a nursing home", "33102", "44101"),
    ("personal support worker at a long term care home", "33102", "44101"),
    ("child care aide", "42202", "33102"),
    ("day care aide", "42202", "33102"),
    ("caregiver at a retirement home", "44101", "44100"),  # seniors' caregiver, not home child care
])
def test_care_work_in_a_home_for_older_people_or_children_finds_the_group_whose_hours_it_is(
        query: str, first: str, wrong: str | None) -> None:
    found = codes(query, "en")
    assert found[0] == first and found[0] != wrong, found


@pytest.mark.parametrize(("query", "first"), [
    ("personal care aide home care", "44101"),  # in people's homes: home support, as the NOC files it
    ("health care aide", "33102"), ("cook at a retirement home", "63200"), ("nurse at a retirement home", "31301"),
])
def test_the_place_changes_nothing_where_the_title_already_says_the_work(query: str, first: str) -> None:
    assert codes(query, "en")[0] == first
