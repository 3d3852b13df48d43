"""Numbers said aloud where a number is asked (flows/answer_words.spelled_numbers): TEF and TCF scores run in the
hundreds, and voice typing writes them in words. French writes "quatre-vingts" and "deux cents" with an s only
when nothing follows, and a digit right before "cent" starts the next number, so four scores said in a row come
out as four numbers, never one sum or a digit carried over."""

from __future__ import annotations

import pytest

from flows.answer_words import spelled_numbers


@pytest.mark.parametrize(("said", "digits"), [
    ("quatre cent soixante-dix quatre cent quatre-vingts quatre cent quarante quatre cent soixante",
     "470 480 440 460"),
    ("trois cent vingt trois cent dix", "320 310"),
    ("quatre cent quatre", "404"),
    ("deux cent six", "206"),
    ("cent dix", "110"),
    ("cinq cents", "500"),
    ("deux cents dix", "200 10"),  # a plural ends its number
    ("sept cent quatre-vingt-dix-neuf", "799"),
    ("six cent soixante et onze", "671"),
    ("four hundred and seventy five", "475"),
    ("three hundred twelve four hundred", "312 400"),
    # below a hundred, as before
    ("quatre vingt quatre", "84"),
    ("quatre-vingt-dix", "90"),
    ("vingt et un", "21"),
    ("huit sept sept sept", "8 7 7 7"),
    ("quarante heures", "40 heures"),
])
def test_numbers_said_in_words_become_digits(said: str, digits: str) -> None:
    assert spelled_numbers(said) == digits


def test_a_sentence_without_numbers_in_words_is_left_alone() -> None:
    assert spelled_numbers("je ne sais pas") is None
