"""The readers the twelfth walkthrough round changed (tests/e2e/test_walkthrough_round12_chat.py plays them in
chats): a correction that names which of the job's dates it changes, and a two-year diploma or a DEC said with its
length."""

from __future__ import annotations

import pytest

from flows.answer_words import correction, names_job_date, option_named
from flows.questions import BY_ID


@pytest.mark.parametrize(("typed", "named"), [
    ("wait i started june 10 2024 not 2025", ("job_start", "june 10 2024")),
    ("oops my start date is june 10 2024 not 2025", ("job_start", "june 10 2024")),
    ("sorry i left in march 2025 not 2024", ("job_end", "march 2025")),
    ("attends j'ai commencé le 10 juin 2024 pas 2025", ("job_start", "10 juin 2024")),
    ("non j'ai fini en mars 2025 pas 2024", ("job_end", "mars 2025")),
])
def test_a_correction_naming_the_start_or_the_end_says_which(typed: str, named: tuple[str, str]) -> None:
    fix = correction(typed)
    assert fix is not None
    assert names_job_date(fix) == named


@pytest.mark.parametrize("typed", ["no it's 35 not 40", "wait, I meant 2023", "i meant 2023 not 2022"])
def test_a_correction_naming_no_date_of_the_job_is_left_as_before(typed: str) -> None:
    fix = correction(typed)
    assert fix is not None
    assert names_job_date(fix) is None


@pytest.mark.parametrize(("typed", "options"), [
    ("DUT 2 ans", ("two_year",)), ("bts 2 ans", ("two_year",)), ("bts (2 ans)", ("two_year",)),
    ("dec 2 ans", ("two_year",)), ("DEC 3 ans", ("bachelor",)),
    ("dut 3 ans", ()),  # a DUT is a two-year diploma: another length is asked about, never guessed
    ("masters 2 ans", ("master",)),  # as before
])
def test_a_diploma_said_with_its_length(typed: str, options: tuple[str, ...]) -> None:
    assert option_named(BY_ID["education_level"], typed) == options


@pytest.mark.parametrize("typed", ["aucun", "aucune", "aucun diplome canadien", "none"])
def test_none_in_french_to_the_canadian_credential(typed: str) -> None:
    assert option_named(BY_ID["canadian_credential"], typed) == ("none",)
