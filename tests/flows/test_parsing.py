"""Typed answers: what is accepted, what is refused, and with which message."""

from __future__ import annotations

import datetime as dt

import pytest

from flows.parsing import (
    InvalidAnswer,
    parse_age,
    parse_choice,
    parse_date,
    parse_noc,
    parse_number,
    parse_score,
    parse_yes_no,
)

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize("text", ["yes", "Yes", " YES ", "y", "oui", "Oui", "o", "1", "ok"])
def test_yes_in_both_languages(text: str) -> None:
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", ["no", "No", "n", "non", "NON", "2"])
def test_no_in_both_languages(text: str) -> None:
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("text", ["maybe", "3", "peut-être", "yess"])
def test_yes_no_refuses_anything_else(text: str) -> None:
    with pytest.raises(InvalidAnswer) as caught:
        parse_yes_no(text)
    assert caught.value.key == "err.yes_no"


def test_choice_by_number_label_value_or_unique_prefix() -> None:
    options = ("ielts_general", "celpip_general", "pte_core", "none")
    labels = ["IELTS General Training", "CELPIP-General", "PTE Core", "None yet"]
    assert parse_choice("2", options, labels) == "celpip_general"
    assert parse_choice("pte core", options, labels) == "pte_core"
    assert parse_choice("ielts_general", options, labels) == "ielts_general"
    assert parse_choice("ielts", options, labels) == "ielts_general"
    assert parse_choice("celp", options, labels) == "celpip_general"
    with pytest.raises(InvalidAnswer) as caught:
        parse_choice("5", options, labels)
    assert caught.value.params == {"count": 4}


def test_choice_between_years_reads_the_digit_as_years() -> None:
    options = ("0", "1", "2", "3")
    labels = ["None", "1 year", "2 years", "3 years or more"]
    assert parse_choice("2", options, labels) == "2"
    assert parse_choice("0", options, labels) == "0"


@pytest.mark.parametrize(("text", "value"), [("40", 40.0), ("37,5", 37.5), ("37.5", 37.5), ("40h", 40.0),
                                             ("40 hours", 40.0), ("35 heures", 35.0), ("0", 0.0)])
def test_numbers_with_comma_or_point_and_units(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["forty", "4O", "", "1/2", "37,5,5"])
def test_numbers_refuse_words(text: str) -> None:
    with pytest.raises(InvalidAnswer):
        parse_number(text)


def test_dates_in_iso_form() -> None:
    assert parse_date("2024-03-15", "start", TODAY) == dt.date(2024, 3, 15)
    assert parse_date("2024-3-5", "start", TODAY) == dt.date(2024, 3, 5)


def test_a_month_means_its_first_day_for_a_start_and_its_last_day_for_an_end() -> None:
    assert parse_date("2024-02", "start", TODAY) == dt.date(2024, 2, 1)
    assert parse_date("2024-02", "end", TODAY) == dt.date(2024, 2, 29)
    assert parse_date("2026-11", "end", TODAY) == TODAY  # never past today


@pytest.mark.parametrize(("text", "key"), [("15/03/2024", "err.date_slashed"), ("03/15/2024", "err.date_slashed"),
                                           ("15.03.2024", "err.date_slashed"), ("March 2024", "err.date_format"),
                                           ("2024-02-30", "err.date_impossible"),
                                           ("2027-01-01", "err.date_future"), ("1900-01-01", "err.date_too_old")])
def test_dates_refused_with_a_reason(text: str, key: str) -> None:
    with pytest.raises(InvalidAnswer) as caught:
        parse_date(text, "start", TODAY)
    assert caught.value.key == key


def test_a_month_alone_is_not_enough_for_a_test_date() -> None:
    with pytest.raises(InvalidAnswer) as caught:
        parse_date("2025-06", "test", TODAY)
    assert caught.value.key == "err.date_format"


@pytest.mark.parametrize(("text", "value"), [("21232", {"noc": "21232"}), ("21 232", {"noc": "21232"}),
                                             ("NOC 72410", {"noc": "72410"}), ("00012", {"noc": "00012"}),
                                             ("TEER 2", {"teer": 2}), ("3", {"teer": 3})])
def test_noc_codes_and_teer_levels(text: str, value: dict) -> None:
    assert parse_noc(text) == value


@pytest.mark.parametrize(("text", "key"), [("2123", "err.noc"), ("212321", "err.noc"), ("abcde", "err.noc"),
                                           ("6", "err.noc"), ("29999", "err.noc_teer_digit")])
def test_noc_refusals(text: str, key: str) -> None:
    with pytest.raises(InvalidAnswer) as caught:
        parse_noc(text)
    assert caught.value.key == key


@pytest.mark.parametrize(("test", "ability", "text", "value"), [
    ("ielts_general", "reading", "6,5", 6.5), ("ielts_general", "reading", "9", 9.0),
    ("celpip_general", "writing", "12", 12.0), ("pte_core", "speaking", "10", 10.0),
    ("tef_canada", "listening", "699", 699.0), ("tcf_canada", "writing", "20", 20.0),
])
def test_scores_within_each_tests_range(test: str, ability: str, text: str, value: float) -> None:
    assert parse_score(text, test, ability) == value


@pytest.mark.parametrize(("test", "ability", "text", "key"), [
    ("ielts_general", "reading", "6.25", "err.score_half"), ("ielts_general", "reading", "9.5", "err.score"),
    ("celpip_general", "writing", "13", "err.score"), ("celpip_general", "writing", "7.5", "err.score_whole"),
    ("pte_core", "speaking", "9", "err.score"), ("pte_core", "speaking", "91", "err.score"),
    ("tcf_canada", "writing", "21", "err.score"), ("tef_canada", "reading", "700", "err.score"),
    ("ielts_general", "reading", "good", "err.score"),
])
def test_scores_out_of_range_or_steps(test: str, ability: str, text: str, key: str) -> None:
    with pytest.raises(InvalidAnswer) as caught:
        parse_score(text, test, ability)
    assert caught.value.key == key


def test_age_or_birth_date() -> None:
    assert parse_age("34", TODAY) == {"age": 34}
    assert parse_age("1995-04-23", TODAY) == {"birth_date": "1995-04-23"}
    for bad in ("12", "101", "2020-01-01", "thirty"):
        with pytest.raises(InvalidAnswer):
            parse_age(bad, TODAY)


def test_years_choices_explain_their_own_range() -> None:
    options = ("0", "1", "2", "3")
    labels = ["None", "1 year", "2 years", "3 years or more"]
    assert parse_choice("None", options, labels) == "0"
    for bad in ("4", "no"):
        with pytest.raises(InvalidAnswer) as caught:
            parse_choice(bad, options, labels)
        assert caught.value.key == "err.choice_years" and caught.value.params == {"low": "0", "high": "3"}


@pytest.mark.parametrize("text", ["40 h/week", "40 hours a week", "37,5 h/semaine", "40 heures par semaine"])
def test_hours_written_the_way_the_bot_echoes_them(text: str) -> None:
    assert parse_number(text) in (40.0, 37.5)


def test_a_year_first_date_with_slashes_is_not_ambiguous() -> None:
    assert parse_date("2024/03/15", "start", TODAY) == dt.date(2024, 3, 15)


def test_a_bad_birth_date_explains_both_ways_to_answer() -> None:
    for bad in ("forty", "1990-02-30", "15/03/1990"):
        with pytest.raises(InvalidAnswer) as caught:
            parse_age(bad, TODAY)
        assert caught.value.key == "err.age"
