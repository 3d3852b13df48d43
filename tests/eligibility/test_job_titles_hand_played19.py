"""Titles found by playing a chat by hand (session 19): a cook in Banff promoted to sous chef in the same hotel.
"sous chef same hotel" found 64300 'Maîtres d'hôtel and hosts/hostesses' (TEER 4: hours not counted) first,
"promoted to sous chef" 64100 retail salespersons ('promoter'), "cook since march 2024" 94121 pulp mill
operators: the words that say where, how or when a next job came are not the work."""

from __future__ import annotations

import pytest

from tests.fixtures.noc_people import codes


@pytest.mark.parametrize(("query", "lang"), [
    ("sous chef same hotel", "en"), ("sous chef, same hotel", "en"), ("same hotel, sous chef", "en"),
    ("promoted to sous chef", "en"), ("got promoted to sous chef same place", "en"),
    ("sous chef (promotion)", "en"),
    ("i got promoted to sous chef at the same restaurant", "en"),
    ("sous-chef au même hôtel", "fr"), ("sous chef meme place", "fr"), ("promu sous-chef", "fr"),
])
def test_a_promotion_in_the_same_place_is_the_new_title(query: str, lang: str) -> None:
    assert codes(query, lang)[0] == "62200"


@pytest.mark.parametrize(("query", "lang", "code"), [
    ("cook since march 2024", "en", "63200"), ("line cook (2022 to present)", "en", "63200"),
    ("cook from june 2023 to feb 2024", "en", "63200"), ("rn since 2019", "en", "31301"),
    ("cashier 2022-2024", "en", "65100"), ("caissière depuis mai 2023", "fr", "65100"),
    ("line cook again", "en", "63200"),
])
def test_when_said_with_a_title_is_not_searched(query: str, lang: str, code: str) -> None:
    assert codes(query, lang)[0] == code


@pytest.mark.parametrize(("query", "lang", "code"), [
    ("sales promoter", "en", "64100"), ("promotions coordinator", "en", "11202"), ("cook", "en", "63200"),
])
def test_titles_with_like_words_are_unchanged(query: str, lang: str, code: str) -> None:
    assert codes(query, lang)[0] == code
