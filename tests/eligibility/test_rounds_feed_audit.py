"""Audit of how IRCC's rounds feed is read, case by case from RULES.md section 4 ("IRCC's rounds feed, as it really
is") and the real samples in ../shared/reference, read in place and never changed.

Every feed here is made of IRCC's own records (ircc-feed-sample.json: rounds 430-434; -quirks.json: 91b, 91a, 1),
combined, reordered, or with one thing changed as RULES.md says the live feed does it: the French twin ("5 000"
with a space, a no-break space or a narrow one; French names; cp1252 or UTF-8 bytes, no charset), new category
names, a name without year and version, a field missing, a date after today, a full-size file of many rounds.
For each: which rounds are CEC rounds (only those named so, never a category or PNP round, none dropped), the
lowest score and the invitations as numbers, the round number as IRCC writes it, the program without year and
version. What the refresh, the command line and /rounds make of them: tests/e2e/test_rounds_feed_audit_chat.py.
Right behaviour is a plain test; a wrong one is a strict xfail saying what RULES.md asks.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

import pytest

from eligibility.rounds import CEC, FRENCH, NOMINEE, from_records
from eligibility.rounds_import import (
    FeedError,
    category_name,
    check_mostly_read,
    check_not_shrunken,
    french_names,
    program_of,
    read_feed,
    stored_copies,
)

D = dt.date
TODAY = D(2026, 12, 5)
SAMPLES = ("ircc-feed-sample.json", "ircc-feed-sample-quirks.json")

# What IRCC's records say, read by hand from the samples (RULES.md section 4 and the SOURCE note):
# number, date, program, invitations, lowest score, IRCC's name without its year and version.
EXPECTED = [
    ("1", "2015-01-31", "general", 779, 886, "No Program Specified"),
    ("91a", "2018-05-30", "federal_skilled_trades", 500, 288, "Federal Skilled Trades"),
    ("91b", "2018-05-30", NOMINEE, 200, 902, "Provincial Nominee Program"),
    ("430", "2026-07-23", "skilled_military_recruits", 4, 368, "Skilled Military Recruits"),
    ("431", "2026-08-04", NOMINEE, 507, 768, "Provincial Nominee Program"),
    ("432", "2026-08-05", CEC, 3000, 516, "Canadian Experience Class"),
    ("433", "2026-08-06", FRENCH, 5000, 391, "French-Language proficiency"),
    ("434", "2026-08-07", "transport_occupations", 300, 470, "Transport Occupations"),
]

# French names for the French twin. No French sample exists: RULES.md section 4 says only that the French feed
# writes French names and "5 000"; these are the names the project's other French-feed tests use.
FRENCH_NAMES = {
    "Canadian Experience Class": "Catégorie de l’expérience canadienne",
    "Provincial Nominee Program": "Programme des candidats des provinces",
    "French-Language proficiency 2026-Version 2": "Maîtrise du français 2026-Version 2",
    "Transport Occupations, 2026-Version 2": "Professions dans le domaine du transport, 2026-Version 2",
    "Skilled Military Recruits, 2026-Version 1": "Recrues militaires qualifiées, 2026-Version 1",
    "Federal Skilled Trades": "Programme des travailleurs de métiers spécialisés (fédéral)",
    "No Program Specified": "Aucun programme spécifié",
}


@pytest.fixture
def records(feed_sample: Any) -> list[dict[str, str]]:
    """IRCC's eight records of the two samples, all 31 fields, in feed order (newest first)."""
    return [dict(r) for name in SAMPLES for r in json.loads(feed_sample(name))["rounds"]]


def feed(rounds: list[dict[str, Any]]) -> bytes:
    """A feed as IRCC serves it: {"classes": "wb-tables", "rounds": [...]}, UTF-8, no charset."""
    return json.dumps({"classes": "wb-tables", "rounds": rounds}, indent=2, ensure_ascii=False).encode()


def table(body: bytes | str, today: dt.date = TODAY) -> list[tuple[Any, ...]]:
    return [(r.number, r.date.isoformat(), r.program, r.invitations, r.lowest_crs, r.category())
            for r in read_feed(body, today).rounds]


def cec_numbers(body: bytes | str, today: dt.date = TODAY) -> list[str | None]:
    return [r.number for r in read_feed(body, today).rounds if r.program == CEC]


def like(record: dict[str, str], number: str, day: str, name: str, size: str, crs: str) -> dict[str, str]:
    """One of IRCC's records (all its fields) with another round's number, date, name and figures."""
    return {**record, "drawNumber": number, "drawDate": day, "drawName": name, "drawSize": size, "drawCRS": crs}


# -- the real records, combined and reordered ---------------------------------------------------------------------
@pytest.mark.parametrize("order", ["newest first, as IRCC", "oldest first", "shuffled"])
def test_both_samples_in_one_feed_in_any_order_read_the_same(records: list[dict[str, str]], order: str) -> None:
    rows = {"newest first, as IRCC": records, "oldest first": records[::-1],
            "shuffled": random.Random(7).sample(records, len(records))}[order]
    reading = read_feed(feed(rows), TODAY)
    assert reading.skipped == []
    assert table(feed(rows)) == EXPECTED
    assert cec_numbers(feed(rows)) == ["432"]  # the one CEC round; PNP 431 and 91b, round 1 ("general") are not


def test_counts_are_numbers_and_round_numbers_stay_as_written(records: list[dict[str, str]]) -> None:
    rounds = {r.number: r for r in read_feed(feed(records), TODAY).rounds}
    assert set(rounds) == {"1", "91a", "91b", "430", "431", "432", "433", "434"}
    assert all(isinstance(r.invitations, int) and isinstance(r.lowest_crs, int) for r in rounds.values())
    assert rounds["433"].invitations == 5000  # "5,000"
    assert rounds["91a"].key == "2018-05-30|91a" and rounds["91b"].key == "2018-05-30|91b"
    assert rounds["433"].name == "French-Language proficiency 2026-Version 2"  # IRCC's name kept whole beside it


# -- names: new categories, names without year and version, never CEC --------------------------------------------
@pytest.mark.parametrize(("name", "program", "category"), [
    # the brief's names, as IRCC may write them (case, comma or none before the year)
    ("Skilled military recruits 2026-Version 1", "skilled_military_recruits", "Skilled military recruits"),
    ("Transport Occupations, 2026-Version 2", "transport_occupations", "Transport Occupations"),
    ("Physicians with Canadian work experience 2026-Version 1", "physicians_with_canadian_work_experience",
     "Physicians with Canadian work experience"),
    # RULES.md section 4's table (rounds 440, 441, 444, 447) as IRCC wrote them
    ("Physicians with Canadian Work Experience, 2026-Version 1", "physicians_with_canadian_work_experience",
     "Physicians with Canadian Work Experience"),
    ("Senior managers with Canadian Work Experience, 2026-Version 1",
     "senior_managers_with_canadian_work_experience", "Senior managers with Canadian Work Experience"),
    ("Healthcare and Social Services Occupations, 2026-Version 3", "healthcare_and_social_services_occupations",
     "Healthcare and Social Services Occupations"),
    ("Trades Occupations, 2026-Version 3", "trades_occupations", "Trades Occupations"),
    # a drawName without year and version
    ("Skilled Military Recruits", "skilled_military_recruits", "Skilled Military Recruits"),
    ("Transport Occupations", "transport_occupations", "Transport Occupations"),
    ("Physicians with Canadian Work Experience", "physicians_with_canadian_work_experience",
     "Physicians with Canadian Work Experience"),
    ("Canadian Experience Class", CEC, "Canadian Experience Class"),
    ("Provincial Nominee Program", NOMINEE, "Provincial Nominee Program"),
    # French names, with the spaces a French text puts in them
    ("Recrues militaires qualifiées, 2026-Version\u00a01", "recrues_militaires_qualifiees",
     "Recrues militaires qualifiées"),
    ("Maîtrise du français 2026\u202f–\u202fVersion 2", "maitrise_du_francais", "Maîtrise du français"),
])
def test_a_name_read_without_its_year_and_version_and_never_as_cec_unless_it_is(
        records: list[dict[str, str]], name: str, program: str, category: str) -> None:
    assert program_of(name) == program and category_name(name) == category
    military = records[4]  # round 430, IRCC's record
    rows = [like(military, "448", "2026-10-06", name, "250", "389"), *records]
    reading = read_feed(feed(rows), TODAY)
    assert reading.skipped == [] and len(reading.rounds) == 9
    [new] = [r for r in reading.rounds if r.number == "448"]
    assert (new.program, new.category(), new.invitations, new.lowest_crs) == (program, category, 250, 389)
    assert cec_numbers(feed(rows)) == (["432", "448"] if program == CEC else ["432"])


def test_two_spellings_of_one_category_are_one_category(records: list[dict[str, str]]) -> None:
    """Round 440's name (RULES.md) and a later one without comma and in lower case: the same program, so /rounds
    lists the newer one only."""
    rows = [like(records[4], "452", "2026-11-20", "Physicians with Canadian work experience 2026-Version 1", "150",
                 "201"),
            like(records[4], "440", "2026-09-03", "Physicians with Canadian Work Experience, 2026-Version 1",
                 "229", "198"), *records]
    rounds = read_feed(feed(rows), TODAY).rounds
    assert len({r.program for r in rounds if r.number in ("440", "452")}) == 1


# -- the French twin ---------------------------------------------------------------------------------------------
def french_twin(records: list[dict[str, str]], space: str) -> str:
    rows = [{**r, "drawName": FRENCH_NAMES[r["drawName"]], "drawSize": r["drawSize"].replace(",", space)}
            for r in records]
    return json.dumps({"classes": "wb-tables", "rounds": rows}, indent=2, ensure_ascii=False)


@pytest.mark.parametrize(("encoding", "space"), [
    ("utf-8", " "), ("utf-8", "\u00a0"), ("utf-8", "\u202f"),  # UTF-8 since 2026
    ("cp1252", " "), ("cp1252", "\u00a0"),  # cp1252 before (it has no narrow no-break space)
])
def test_the_french_twin_in_either_encoding_and_any_space(records: list[dict[str, str]], encoding: str,
                                                          space: str) -> None:
    body = french_twin(records, space).encode(encoding)  # bytes, as served without a charset
    assert f"5{space}000".encode(encoding) in body
    reading = read_feed(body, TODAY)
    assert reading.skipped == []
    assert [(r.number, r.invitations, r.lowest_crs) for r in reading.rounds] == [e[:1] + e[3:5] for e in EXPECTED]
    assert cec_numbers(body) == ["432"]  # "Catégorie de l’expérience canadienne"
    assert {r.number: r.program for r in reading.rounds}["431"] == NOMINEE
    names = french_names(body, TODAY)
    assert names["432"] == "Catégorie de l’expérience canadienne"
    assert names["91a"] == "Programme des travailleurs de métiers spécialisés (fédéral)"
    assert names["433"] == "Maîtrise du français 2026-Version 2"  # accents intact: not "MaÃ®trise"
    assert {r.number: r.category() for r in reading.rounds}["434"] == "Professions dans le domaine du transport"


# -- one record wrong: skipped and named, the others kept ---------------------------------------------------------
@pytest.mark.parametrize("field", ["drawNumber", "drawDate", "drawName", "drawSize", "drawCRS"])
def test_a_read_field_missing_in_one_record_skips_that_round_alone_and_names_it(
        records: list[dict[str, str]], field: str) -> None:
    rows = [dict(r) for r in records]
    del rows[3][field]  # round 431 (PNP)
    reading = read_feed(feed(rows), TODAY)
    assert [r.number for r in reading.rounds] == ["1", "91a", "91b", "430", "432", "433", "434"]
    [line] = reading.skipped
    assert f"{field} is missing" in line and line.startswith("rounds.3") and "\n" not in line, line
    assert cec_numbers(feed(rows)) == ["432"]


@pytest.mark.parametrize(("field", "value"), [
    ("drawCutOff", None), ("drawCutOff", ""), ("drawText2", None), ("drawDateFull", None), ("dd18", None),
    ("drawNumberURL", None), ("mitext", ""),
])
def test_a_field_the_rounds_are_not_read_from_may_be_missing_or_empty(
        records: list[dict[str, str]], field: str, value: str | None) -> None:
    rows = [dict(r) for r in records]
    if value is None:
        del rows[2][field]  # round 432, the CEC round
    else:
        rows[2][field] = value
    assert read_feed(feed(rows), TODAY).skipped == [] and table(feed(rows)) == EXPECTED


def test_a_cec_round_wrong_in_one_field_is_named_never_silently_dropped(records: list[dict[str, str]]) -> None:
    rows = [dict(r) for r in records]
    rows[2]["drawCRS"] = ""  # IRCC publishing round 432 before its cut-off
    reading = read_feed(feed(rows), TODAY)
    assert [line for line in reading.skipped if "'432'" in line and "drawCRS" in line]
    assert cec_numbers(feed(rows)) == []


@pytest.mark.parametrize("damage", [{"drawCRS": ""}, {"drawSize": None}, {"drawDate": "August 4, 2026"},
                                    {"drawName": ""}])
def test_a_stored_round_the_feed_holds_but_cannot_read_keeps_its_stored_copy(
        records: list[dict[str, str]], damage: dict[str, str | None]) -> None:
    """IRCC never withdraws a round (RULES.md section 4: every round since #1): a record it damages later is still
    that round. Matched by its number, the stored copy stands in for it, and the feed is not 'shrunken'."""
    stored = from_records([r.as_record() for r in read_feed(feed(records), TODAY).rounds], TODAY)
    rows = [{**r, **damage} if r["drawNumber"] == "431" else r for r in records]
    rows = [{k: v for k, v in r.items() if v is not None} for r in rows]
    new = like(records[2], "451", "2026-11-25", "Canadian Experience Class", "2,500", "466")
    reading = read_feed(feed([new, *rows]), TODAY)
    assert list(reading.unreadable) == ["431"] and reading.unreadable["431"] == reading.skipped[0]
    [copy] = stored_copies(reading, stored)
    assert (copy.number, copy.date.isoformat(), copy.program, copy.lowest_crs) == ("431", "2026-08-04", NOMINEE,
                                                                                  768)
    check_not_shrunken([*reading.rounds, copy], stored)
    assert [r.number for r in reading.rounds if r.program == CEC] == ["432", "451"]


def test_a_record_whose_number_cannot_be_read_cannot_be_matched_and_is_named(
        records: list[dict[str, str]]) -> None:
    stored = from_records([r.as_record() for r in read_feed(feed(records), TODAY).rounds], TODAY)
    rows = [{**r, "drawNumber": "", "drawCRS": ""} if r["drawNumber"] == "431" else r for r in records]
    reading = read_feed(feed(rows), TODAY)
    assert reading.unreadable == {} and stored_copies(reading, stored) == []
    with pytest.raises(FeedError, match="round 431 of 2026-08-04"):
        check_not_shrunken(reading.rounds, stored)


@pytest.mark.parametrize(("damaged", "refused"), [(1, False), (5, False), (6, True), (8, True)])
def test_a_few_damaged_records_are_skipped_most_of_them_refuse_the_feed(
        records: list[dict[str, str]], damaged: int, refused: bool) -> None:
    rows = [{**r, "drawCRS": f"CRS {r['drawCRS']}"} if i < damaged else r for i, r in enumerate(records)]
    if damaged == len(records):
        with pytest.raises(FeedError, match="no round could be read"):
            read_feed(feed(rows), TODAY)
        return
    reading = read_feed(feed(rows), TODAY)
    assert len(reading.skipped) == damaged
    if refused:
        with pytest.raises(FeedError, match=r"6 of the feed's 8 rounds could not be read \(the first: rounds.0 "):
            check_mostly_read(reading)
    else:
        check_mostly_read(reading)


def test_a_duplicate_is_not_taken_for_an_unreadable_round(records: list[dict[str, str]]) -> None:
    rows = [*records, {**records[3], "drawCRS": ""}]  # round 431 twice, the second copy damaged
    reading = read_feed(feed(rows), TODAY)
    assert reading.unreadable == {} and len(reading.rounds) == 8


@pytest.mark.parametrize(("day", "kept"), [("2026-12-05", True), ("2026-12-06", True), ("2026-12-07", False),
                                           ("2027-08-05", False)])
def test_a_round_dated_after_today(records: list[dict[str, str]], day: str, kept: bool) -> None:
    """Today and tomorrow (IRCC's day may be ahead of the reader's) are kept; later is a typo, skipped and
    named, and never hides the rest."""
    rows = [like(records[2], "448", day, "Canadian Experience Class", "2,500", "466"), *records]
    reading = read_feed(feed(rows), TODAY)
    assert cec_numbers(feed(rows)) == (["432", "448"] if kept else ["432"])
    assert len(reading.rounds) == (9 if kept else 8)
    assert bool(reading.skipped) is not kept
    if not kept:
        assert f"drawDate {day} is before round 1 or after tomorrow" in reading.skipped[0]


# -- a full-size file ---------------------------------------------------------------------------------------------
NEW_NAMES = ["Skilled military recruits 2026-Version 1", "Transport Occupations, 2026-Version 2",
             "Physicians with Canadian work experience 2026-Version 1"]


def test_a_full_size_feed_takes_exactly_the_rounds_named_cec(full_feed: Any,
                                                            records: list[dict[str, str]]) -> None:
    extra = [like(records[4], str(450 + i), f"2026-11-{10 + i:02d}", name, "1,250", str(400 + i))
             for i, name in enumerate(NEW_NAMES)]
    extra.insert(0, like(records[2], "453", "2026-11-25", "Canadian Experience Class", "2,500", "466"))
    body = full_feed(extra=extra)
    assert 500_000 < len(body) < 1_000_000  # about 0.6 MB, as IRCC's
    raw = json.loads(body)["rounds"]
    reading = read_feed(body, TODAY)
    assert reading.skipped == [] and len(reading.rounds) == len(raw)
    named_cec = sorted((r["drawNumber"] for r in raw if r["drawName"] == "Canadian Experience Class"),
                       key=lambda n: int(n))
    assert cec_numbers(body) == named_cec  # none taken from a category or PNP round, none dropped
    assert {r.number: r.invitations for r in reading.rounds}["453"] == 2500
    assert {r.category() for r in reading.rounds if r.number in ("450", "451", "452")} == {
        "Skilled military recruits", "Transport Occupations", "Physicians with Canadian work experience"}
    for encoding, text in [("utf-8", full_feed(lang="fr").decode()),
                           ("cp1252", full_feed(lang="fr").decode().replace("\u202f", "\u00a0"))]:
        french = read_feed(text.encode(encoding), TODAY)
        assert french.skipped == [] and len(french.rounds) == 450, encoding
        assert [r.invitations for r in french.rounds] == [r.invitations for r in reading.rounds
                                                          if r.number not in ("450", "451", "452", "453")]
        assert cec_numbers(text.encode(encoding)) == [n for n in named_cec if n != "453"]  # by the French name
