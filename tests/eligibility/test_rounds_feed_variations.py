"""Second audit of the feed reader, property-based: IRCC's real records (../shared/reference, read in place)
varied the ways RULES.md section 4 says the live feed varies (tests/fixtures/feed_variations.py), on top of the
67 cases of test_rounds_feed_audit.py. For every variation: each readable round is read with exactly the values
of its record (number, date, program = the name without year and version, invitations, lowest score, IRCC's
name); a record with a read field empty or missing is set aside alone and named, the others kept; never a
traceback; CEC rounds are recognised whatever their year and version, and only CEC rounds are compared with a
CEC profile.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligibility.rounds import CEC, Rounds, number_order
from eligibility.rounds_import import FeedReading, check_mostly_read, read_feed
from flows.rounds_view import Standing, listing
from flows.texts import catalog
from tests.fixtures.feed_variations import ENCODINGS, REFERENCE, SAMPLES, TODAY, Variant, real_records, vary

if not all((REFERENCE / name).exists() for name in SAMPLES):
    pytest.skip(f"{REFERENCE} is not here (a clone without ../shared)", allow_module_level=True)

RECORDS = real_records()


def check(variant: Variant, reading: FeedReading) -> None:
    """The invariants every variation must keep."""
    got = {r.number: r for r in reading.rounds}
    assert set(got) == set(variant.expected), (sorted(got), sorted(variant.expected), reading.skipped)
    for number, want in variant.expected.items():
        r = got[number]
        assert (r.date.isoformat(), r.invitations, r.lowest_crs, r.name, r.category()) == (
            want.date, want.invitations, want.lowest, want.name, want.category), number
        if want.program is not None:
            assert r.program == want.program, (number, want.name)
        assert (r.program == CEC) is want.cec, (number, want.name, r.program)
    assert [r.number for r in reading.rounds if r.program == CEC] == variant.cec
    # set aside alone, and said: one line each, naming its place in the feed and the field
    assert len(reading.skipped) == len(variant.damaged), reading.skipped
    for line, (position, what, number) in zip(reading.skipped, variant.damaged, strict=True):
        assert line.startswith(f"rounds.{position}") and what in line and "\n" not in line, line
        if number is not None:
            assert f"(round '{number}')" in line and reading.unreadable.get(number) == line, line
    assert [(r.date, number_order(r.number)) for r in reading.rounds] == sorted(
        (r.date, number_order(r.number)) for r in reading.rounds)  # oldest first


def compared_lines(reading: FeedReading, lang: str) -> list[str]:
    """The /rounds lines that compare a CEC profile's estimate (no French points, no nomination) with a round."""
    text = listing(Rounds(tuple(reading.rounds), TODAY, "database"), Standing(470, 0, 0, TODAY), lang, TODAY).text
    c = catalog(lang)
    words = {c.t(key, points="§").split("§")[0] for key in ("rounds_view.above", "rounds_view.below")}
    words.add(c.t("rounds_view.at"))
    return [line for line in text.splitlines() if any(w in line for w in words)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False), lang=st.sampled_from(["en", "fr"]),
       encoding=st.sampled_from(ENCODINGS), new=st.integers(0, 4), damage=st.integers(0, 2),
       shuffle=st.booleans())
def test_the_real_records_varied_as_ircc_varies_them_are_read_exactly(
        rng: random.Random, lang: str, encoding: str, new: int, damage: int, shuffle: bool) -> None:
    variant = vary(RECORDS, rng, lang=lang, encoding=encoding, new=new, damage=damage, shuffle=shuffle)
    reading = read_feed(variant.body, TODAY)
    check(variant, reading)
    # only the CEC rounds are compared with a CEC profile, in either language
    for shown in ("en", "fr"):
        compared = compared_lines(reading, shown)
        year_ago = TODAY.replace(year=TODAY.year - 1)
        latest_cec = [r for r in reading.rounds if r.program == CEC and r.date > year_ago]
        assert len(compared) == (1 if latest_cec else 0), compared
        if compared:
            label = catalog(shown).t("rounds.program.canadian_experience_class")
            assert compared[0].startswith(f"• {label}, "), compared
            assert f": {latest_cec[-1].lowest_crs}" in compared[0]


@pytest.mark.parametrize("seed", range(4))
def test_a_full_size_feed_varied_record_by_record_is_read_exactly(full_feed: Any, seed: int) -> None:
    """About 0.6 MB, 450 rounds (RULES.md section 4), each record written its own way, a few damaged."""
    rng = random.Random(seed)
    lang = ("en", "fr")[seed % 2]
    records = json.loads(full_feed(lang="en"))["rounds"]
    variant = vary(records, rng, lang=lang, encoding=ENCODINGS[seed], new=3, damage=seed + 1)
    size = len(variant.body if isinstance(variant.body, bytes) else variant.body.encode())
    assert 450_000 < size < 1_200_000
    reading = read_feed(variant.body, TODAY)
    check(variant, reading)
    check_mostly_read(reading)  # a few damaged records never refuse the feed


@pytest.mark.parametrize(("name", "cec"), [
    ("Canadian Experience Class 2027-Version 1", True), ("Canadian Experience Class, 2026-Version 10", True),
    ("Canadian Experience Class", True), ("canadian experience class 2026-version 3", True),
    ("Catégorie de l’expérience canadienne, 2027-Version\u00a01", True),
    ("Catégorie de l'expérience canadienne", True),
    ("Canadian Work Experience Occupations, 2027-Version 1", False),  # a category never seen, not CEC
    ("Physicians with Canadian Work Experience, 2026-Version 1", False),
    ("Senior managers with Canadian Work Experience, 2026-Version 1", False),
])
def test_cec_rounds_are_recognised_whatever_the_year_and_version_and_only_they(name: str, cec: bool) -> None:
    rows = [{**RECORDS[2], "drawNumber": "448", "drawDate": "2026-10-06", "drawName": name}, *RECORDS]
    reading = read_feed(json.dumps({"rounds": rows}, ensure_ascii=False).encode(), TODAY)
    assert reading.skipped == []
    assert [r.number for r in reading.rounds if r.program == CEC] == (["432", "448"] if cec else ["432"])


# -- what the first pass of the reader got wrong -----------------------------------------------------------------
def french_twin() -> str:
    cec = "Catégorie de l’expérience canadienne"
    rows = [{**r, "drawName": cec if r["drawName"] == "Canadian Experience Class" else r["drawName"],
             "drawSize": r["drawSize"].replace(",", "\u00a0")} for r in RECORDS]
    return json.dumps({"classes": "wb-tables", "rounds": rows}, ensure_ascii=False)


def test_a_file_mixing_utf8_and_cp1252_records_reads_both_right() -> None:
    """The French twin changed from cp1252 to UTF-8 in 2026 (RULES.md 4): a file whose older records stayed in
    cp1252 was read whole as cp1252, every UTF-8 name becoming "CatÃ©gorie de lâ€™expÃ©rience canadienne" and the
    CEC round put in a program "cata_gorie_de_la_expa_rience_canadienne"."""
    rows = json.loads(french_twin())["rounds"]
    newer = json.dumps(rows[:3], ensure_ascii=False)[1:-1].encode()  # 434-432 in UTF-8
    older = json.dumps(rows[3:], ensure_ascii=False)[1:-1].encode("cp1252")  # 431 and before in cp1252
    body = b'{"classes": "wb-tables", "rounds": [' + newer + b", " + older + b"]}"
    reading = read_feed(body, TODAY)
    assert reading.skipped == []
    cec = [r for r in reading.rounds if r.program == CEC]
    assert [(r.number, r.name, r.invitations) for r in cec] == [
        ("432", "Catégorie de l’expérience canadienne", 3000)]
    assert "Ã" not in "".join(r.name for r in reading.rounds)


@pytest.mark.parametrize("body", [b"\xef\xbb\xbf" + french_twin().encode("cp1252"), "\ufeff" + french_twin()])
def test_a_byte_order_mark_before_cp1252_bytes_or_text_is_dropped(body: bytes | str) -> None:
    """Both were refused whole as "not JSON"."""
    reading = read_feed(body, TODAY)
    assert reading.skipped == [] and len(reading.rounds) == 8
    assert [r.name for r in reading.rounds if r.program == CEC] == ["Catégorie de l’expérience canadienne"]


def test_a_byte_neither_utf8_nor_cp1252_sets_its_record_aside_alone() -> None:
    """0x81 is not a character in cp1252: the whole feed was refused ("neither UTF-8 nor cp1252 text"); now only
    the record holding it (its program cannot be told from a damaged name)."""
    body = french_twin().encode().replace(b"Canadian Experience", b"Canadian\x81Experience", 0)
    body = body.replace("Catégorie de l’expérience".encode(), b"Cat\x81gorie de l\x92exp\xe9rience")
    reading = read_feed(body, TODAY)
    [line] = reading.skipped
    assert line.startswith("rounds.2 (round '432'): drawName is not readable text"), line
    assert reading.unreadable == {"432": line} and len(reading.rounds) == 7


def test_half_a_character_in_a_name_sets_its_record_aside_never_a_traceback() -> None:
    """A lone "\\ud83d" escape in drawName was read, and storing it ended `rounds-refresh` in a UnicodeEncodeError
    traceback (the bot's refresh refused the whole feed)."""
    rows = [{**RECORDS[2], "drawName": "Canadian Experience Class \ud83d"}, *RECORDS[3:]]
    reading = read_feed(json.dumps({"rounds": rows}).encode(), TODAY)
    [line] = reading.skipped
    assert "drawName is not readable text" in line and line.encode()  # the line itself prints
    assert [r.number for r in reading.rounds] == ["1", "91a", "91b", "430", "431"]


@pytest.mark.parametrize("written", ["5,00", "50,00", "1,2,3", "5 0 0 0", "5,0000", "5.000", "5,000.",
                                     "5 000,00"])
def test_a_count_not_grouped_by_three_is_set_aside_never_guessed(written: str) -> None:
    """"5,00" was read as 500 and "50,00" as 5000 (the separators were dropped wherever they were)."""
    rows = [{**RECORDS[1], "drawSize": written}, *RECORDS[2:]]
    reading = read_feed(json.dumps({"rounds": rows}, ensure_ascii=False).encode(), TODAY)
    [line] = reading.skipped
    assert line.startswith("rounds.0 (round '433'): drawSize is not a number"), line


@pytest.mark.parametrize("written", ["5,000", "5 000", "5\u00a0000", "5\u202f000", "5000", " 5,000 ",
                                     "\u00a05 000"])
def test_a_count_grouped_by_three_with_any_separator_is_read(written: str) -> None:
    rows = [{**RECORDS[1], "drawSize": written}, *RECORDS[2:]]
    reading = read_feed(json.dumps({"rounds": rows}, ensure_ascii=False), TODAY)
    [r] = [r for r in reading.rounds if r.number == "433"]
    assert r.invitations == 5000


@pytest.mark.parametrize("written", ["2026-08-0612", "20260806", "2026-W32-4", "2026-8-6", "06/08/2026"])
def test_a_date_not_written_yyyy_mm_dd_is_set_aside_never_cut_to_ten_characters(written: str) -> None:
    """"2026-08-0612" was read as 2026-08-06 (its first ten characters), "20260806" and the ISO week "2026-W32-4"
    as 2026-08-06 by Python's fromisoformat; RULES.md 4: drawDate is YYYY-MM-DD."""
    rows = [{**RECORDS[1], "drawDate": written}, *RECORDS[2:]]
    [line] = read_feed(json.dumps({"rounds": rows}), TODAY).skipped
    assert line.startswith("rounds.0 (round '433'): drawDate is not a date"), line


@pytest.mark.parametrize("written", ["2026-08-06", " 2026-08-06 ", "2026-08-06T10:08:20Z", "2026-08-06 10:08"])
def test_a_date_yyyy_mm_dd_perhaps_with_a_time_is_read(written: str) -> None:
    rows = [{**RECORDS[1], "drawDate": written}, *RECORDS[2:]]
    [r] = [r for r in read_feed(json.dumps({"rounds": rows}), TODAY).rounds if r.number == "433"]
    assert r.date == dt.date(2026, 8, 6)
