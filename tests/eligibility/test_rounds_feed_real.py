"""IRCC's rounds feed as it really is (RULES.md section 4): the real samples read in place, a full-size feed built
from them, the French feed, and rounds that make no sense or bodies that are not a feed at all."""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import Any

import pytest

from eligibility.rounds import CEC, FRENCH, NOMINEE, Round, from_records, news
from eligibility.rounds_import import (
    FeedError,
    category_name,
    check_not_shrunken,
    french_names,
    program_of,
    read_feed,
)

D = dt.date
TODAY = D(2026, 12, 4)


def feed(*rows: dict[str, Any]) -> bytes:
    return json.dumps({"classes": "wb-tables", "rounds": list(rows)}).encode()


CEC_ROW = {"drawNumber": "448", "drawDate": "2026-10-14", "drawName": "Canadian Experience Class",
           "drawSize": "2,000", "drawCRS": "517"}


def test_the_real_sample_is_read_whole_with_the_program_without_year_and_version(feed_sample: Any) -> None:
    reading = read_feed(feed_sample("ircc-feed-sample.json"), TODAY)
    assert reading.skipped == []
    assert [(r.number, r.date.isoformat(), r.program, r.invitations, r.lowest_crs) for r in reading.rounds] == [
        ("430", "2026-07-23", "skilled_military_recruits", 4, 368),
        ("431", "2026-08-04", NOMINEE, 507, 768),
        ("432", "2026-08-05", CEC, 3000, 516),
        ("433", "2026-08-06", FRENCH, 5000, 391),
        ("434", "2026-08-07", "transport_occupations", 300, 470)]
    assert reading.rounds[3].name == "French-Language proficiency 2026-Version 2"
    assert [r.category() for r in reading.rounds] == ["Skilled Military Recruits", "Provincial Nominee Program",
                                                      "Canadian Experience Class", "French-Language proficiency",
                                                      "Transport Occupations"]


def test_lettered_round_numbers_are_kept_as_irccs_and_old_empty_fields_do_not_matter(feed_sample: Any) -> None:
    reading = read_feed(feed_sample("ircc-feed-sample-quirks.json"), TODAY)
    assert reading.skipped == []
    assert [(r.number, r.date.isoformat(), r.program) for r in reading.rounds] == [
        ("1", "2015-01-31", "general"), ("91a", "2018-05-30", "federal_skilled_trades"),
        ("91b", "2018-05-30", NOMINEE)]  # by date, then number; round 1's drawCutOff is empty
    assert reading.rounds[1].key != reading.rounds[2].key


@pytest.mark.parametrize(("name", "program", "category"), [
    ("French-Language proficiency 2026-Version 2", FRENCH, "French-Language proficiency"),
    ("French language proficiency (Version 1)", FRENCH, "French language proficiency"),
    ("Healthcare and Social Services Occupations, 2026-Version 3", "healthcare_and_social_services_occupations",
     "Healthcare and Social Services Occupations"),
    ("Trades Occupations, 2026-Version 3", "trades_occupations", "Trades Occupations"),
    ("Physicians with Canadian Work Experience, 2026-Version 1", "physicians_with_canadian_work_experience",
     "Physicians with Canadian Work Experience"),
    ("Canadian Experience Class", CEC, "Canadian Experience Class"),
    ("Catégorie de l’expérience canadienne", CEC, "Catégorie de l’expérience canadienne"),
    ("Programme des candidats des provinces", NOMINEE, "Programme des candidats des provinces"),
    ("Compétence linguistique en français, 2026-Version 3", FRENCH, "Compétence linguistique en français"),
    ("Transport Occupations, 2026-Version 2", "transport_occupations", "Transport Occupations"),
    ("Transport occupations (Version 1)", "transport_occupations", "Transport occupations"),
])
def test_the_program_is_the_name_without_its_year_and_version_in_either_language(
        name: str, program: str, category: str) -> None:
    assert program_of(name) == program and category_name(name) == category


def test_an_unknown_category_is_stored_under_irccs_own_name_never_refused() -> None:
    [r] = read_feed(feed({**CEC_ROW, "drawName": "Aerospace Engineers, 2027-Version 1"}), TODAY).rounds
    assert r.program == "aerospace_engineers" and r.category() == "Aerospace Engineers"


def test_numbers_written_as_json_numbers_are_read_too() -> None:
    [r] = read_feed(feed({**CEC_ROW, "drawNumber": 448, "drawSize": 2000, "drawCRS": 517}), TODAY).rounds
    assert (r.number, r.invitations, r.lowest_crs) == ("448", 2000, 517)


@pytest.mark.parametrize("written", ["5,000", "5 000", "5\u00a0000", "5\u202f000", " 5000 "])
def test_numbers_are_read_with_any_thousands_separator(written: str) -> None:
    [r] = read_feed(feed({**CEC_ROW, "drawSize": written}), TODAY).rounds
    assert r.invitations == 5000


def test_the_shrunken_check_matches_rounds_by_number_not_by_our_derived_name() -> None:
    stored = from_records([{"number": "433", "date": "2026-08-06", "program": "french_language_proficiency_2026_"
                            "version_2", "invitations": 5000, "lowest_crs": 391}], TODAY)  # an older derivation
    rounds = read_feed(feed({"drawNumber": "433", "drawDate": "2026-08-06", "drawSize": "5,000", "drawCRS": "391",
                             "drawName": "French-Language proficiency 2026-Version 2"}), TODAY).rounds
    check_not_shrunken(rounds, stored)  # same number and date: the same round
    corrected = read_feed(feed({"drawNumber": "433", "drawDate": "2026-08-05", "drawSize": "5,000",
                                "drawCRS": "391", "drawName": "French-Language proficiency 2026-Version 2"}),
                          TODAY).rounds
    check_not_shrunken(corrected, stored)  # a date IRCC corrects: still round 433, not a round withdrawn
    assert news(stored, corrected) == []  # nor a new one to alert
    with pytest.raises(FeedError, match="round 433 of 2026-08-06"):
        check_not_shrunken(read_feed(feed(CEC_ROW), TODAY).rounds, stored)


def test_a_full_size_feed_is_read_whole_well_under_a_second(full_feed: Any) -> None:
    body = full_feed()
    assert 500_000 < len(body) < 1_000_000
    started = time.perf_counter()
    reading = read_feed(body, TODAY)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.5, elapsed
    assert reading.skipped == [] and len(reading.rounds) == 450  # numbers 1-449, 91 split in two
    numbers = [r.number for r in reading.rounds]
    assert numbers[:3] == ["1", "2", "3"] and numbers[90:93] == ["91a", "91b", "92"]
    assert "researchers_with_canadian_work_experience" in {r.program for r in reading.rounds}
    french = french_names(full_feed(lang="fr"), TODAY)
    assert len(french) == len(reading.rounds)
    assert french["91b"] == "Programme des candidats des provinces"


def test_the_french_feed_is_read_in_utf8_or_cp1252(full_feed: Any) -> None:
    text = full_feed(count=100, lang="fr").decode("utf-8")
    for body in (text.encode("utf-8"), text.replace("\u202f", "\u00a0").replace("’", "'").encode("cp1252")):
        names = french_names(body, TODAY)
        assert names["91b"] == "Programme des candidats des provinces", names["91b"]
        assert "Maîtrise du français 2026-Version 2" in names.values()
        assert "Programme des travailleurs de métiers spécialisés (fédéral)" in names.values()


@pytest.mark.parametrize(("row", "named"), [
    ({"drawDate": "2099-12-31"}, "drawDate 2099-12-31 is before round 1 or after tomorrow"),
    ({"drawDate": "1899-12-31"}, "drawDate 1899-12-31"),
    ({"drawDate": "2015-01-30"}, "drawDate 2015-01-30"),
    ({"drawSize": "1,000,000,000"}, "drawSize is not a number"),
    ({"drawSize": "60,000"}, "drawSize 60,000 is not a plausible number of invitations"),
    ({"drawSize": "0"}, "drawSize 0"),
    ({"drawCRS": "1,201"}, "drawCRS 1201 is not a CRS score"),
    ({"drawCRS": ""}, "drawCRS is not a number"),
    ({"drawNumber": "-1"}, "drawNumber is not a round number: '-1'"),
    ({"drawNumber": "123456789012345678901234567890"}, "drawNumber is not a round number"),
    ({"drawSize": 12.5}, "drawSize is not a number: '12.5'"),
    ({"drawName": ""}, "drawName is empty"),
    ({"drawDate": None}, "drawDate is not a date"),
])
def test_a_round_that_makes_no_sense_is_skipped_and_named_the_rest_kept(row: dict[str, Any], named: str) -> None:
    good = {**CEC_ROW, "drawNumber": "447", "drawDate": "2026-10-01"}
    reading = read_feed(feed({**CEC_ROW, **row}, good), D(2026, 10, 14))
    assert [r.number for r in reading.rounds] == ["447"]
    [line] = reading.skipped
    assert line.startswith("rounds.0") and named in line and "\n" not in line, line


def test_a_round_dated_tomorrow_is_kept_the_day_after_is_not() -> None:
    assert read_feed(feed({**CEC_ROW, "drawDate": "2026-12-05"}), TODAY).rounds
    with pytest.raises(FeedError, match="after tomorrow"):
        read_feed(feed({**CEC_ROW, "drawDate": "2026-12-06"}), TODAY)


def test_duplicates_of_number_or_of_date_and_program_are_skipped() -> None:
    twin = {**CEC_ROW, "drawCRS": "600"}
    same_day = {**CEC_ROW, "drawNumber": "449"}
    other_program = {**CEC_ROW, "drawNumber": "450", "drawName": "Provincial Nominee Program", "drawCRS": "700"}
    reading = read_feed(feed(CEC_ROW, twin, same_day, other_program), TODAY)
    assert [(r.number, r.lowest_crs) for r in reading.rounds] == [("448", 517), ("450", 700)]
    assert reading.skipped == ["rounds.1 (round '448'): round number 448 appears twice",
                               "rounds.2 (round '449'): a second canadian_experience_class round on 2026-10-14"]


@pytest.mark.parametrize(("body", "problem"), [
    (b"[" * 200_000 + b"]" * 200_000, "nested deeper than"),
    (b'{"rounds": [' + b"[" * 1000 + b"]" * 1000 + b"]}", "nested deeper than"),
    (b'{"rounds": [{"drawSize": 1' + b"0" * 40 + b"}]}", "a number of 41 digits"),
    (b'{"rounds": [{"drawSize": 1e999999}]}', "a number out of range (1e999999)"),
    (b'{"rounds": [{"drawNumber": 123456789012345678901234567890}]}', "a number of 30 digits"),
    (b'{"rounds": [{"drawSize": NaN}]}', "NaN is not JSON"),
    (b"<!DOCTYPE html><html><body>Service unavailable</body></html>", "not JSON"),
    (b'{"classes": "wb-tables", "rounds": [{"drawNumber": "434", "drawDate": "2026-08-0', "not JSON"),
    (b"\xff\xfe\x00\x81\x8d", "neither UTF-8 nor cp1252 text"),
    (b'{"rounds": "none"}', 'no "rounds" list'),
    (b'{"rounds": [1, 2, 3]}', "no round could be read (rounds.0: not a round; 3 problem(s))"),
    (json.dumps({"rounds": [CEC_ROW] * 5001}).encode(), "5,001 rounds: not IRCC's feed"),
])
def test_a_body_that_is_not_a_feed_is_refused_in_one_line(body: bytes, problem: str) -> None:
    with pytest.raises(FeedError) as refused:
        read_feed(body, TODAY)
    assert problem in str(refused.value) and "\n" not in str(refused.value), str(refused.value)


def test_the_round_record_keeps_the_number_as_text() -> None:
    r = Round(D(2018, 5, 30), NOMINEE, 200, 902, "91b", "Provincial Nominee Program")
    assert r.as_record()["number"] == "91b" and r.key == "2018-05-30|91b"
    assert Round.from_dict({**r.as_dict(), "number": 91}).number == "91"
