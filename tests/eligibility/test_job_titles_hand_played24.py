"""Job titles typed in chats played by hand in session 24: a next job told with when it came ("yes, i was a cook
after", "cook after that", « ensuite cuisinier », « oui, j'étais cuisinier après »). "after" found 65311's
specialized cleaners (TEER 5) and 94121's pulp mill operators (TEER 4) before 63200's cooks (TEER 3), « ensuite »
65201's kitchen helpers (TEER 5): tapped first, the hours of a cook would not have counted."""
from __future__ import annotations

import pytest

from eligibility import job_titles


def codes(query: str, lang: str = "en") -> list[str]:
    return [occupation.code for occupation in job_titles.find(query, lang).occupations]


@pytest.mark.parametrize(("query", "lang", "first"), [
    ("yes, i was a cook after", "en", "63200"),
    ("i was a cook after", "en", "63200"),
    ("cook after that", "en", "63200"),
    ("after that, cook", "en", "63200"),
    ("then cook", "en", "63200"),
    ("and then a cashier", "en", "65100"),
    ("ensuite cuisinier", "fr", "63200"),
    ("apres j etais cuisinier", "fr", "63200"),
    ("oui, j'étais cuisinier après", "fr", "63200"),
    ("plus tard caissière", "fr", "65100"),
])
def test_when_the_next_job_came_is_no_word_of_its_title(query: str, lang: str, first: str) -> None:
    assert codes(query, lang)[0] == first


@pytest.mark.parametrize(("query", "kept"), [
    # words of titles that start with "after" or "next" are kept: only "after," or "after I" says when
    ("after school program worker", "after school program worker"),
    ("next day delivery driver", "next day delivery driver"),
    ("yes, i was a cook after", "i was a cook"),
    ("après, je suis caissière", "je suis caissière"),
])
def test_after_and_next_inside_a_title_are_kept(query: str, kept: str) -> None:
    assert job_titles._without_sequence(query) == kept
