"""Audit of the refresh of IRCC's rounds feed, end to end: the bot's scheduled refresh (the JobQueue callback) on a
local copy of the feed made of IRCC's real records (../shared/reference, read in place, never changed),
`cec-screener rounds-refresh --file` and `cec-screener rounds-import`, and what /rounds then says to a person in
English and French. Cases from RULES.md section 4 ("IRCC's rounds feed, as it really is"); the reading of each
record alone is in tests/eligibility/test_rounds_feed_audit.py.

Right behaviour is a plain test; a wrong one is a strict xfail saying what should happen.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import pathlib
from typing import Any

import pytest

from bot.command_line.rounds import import_rounds
from bot.command_line.rounds import refresh as refresh_command
from eligibility.rounds import CEC, Round
from storage import Repository

from .bot_fixtures import TODAY, bot_on
from .fake_telegram import Chat, FakeTelegram
from .test_round_alerts import FeedServer, alerts, refresh, screened_to_crs, until

SAMPLES = ("ircc-feed-sample.json", "ircc-feed-sample-quirks.json")
FRENCH_NAMES = {  # no French sample exists (RULES.md section 4): the names the project's French-feed tests use
    "Canadian Experience Class": "Catégorie de l’expérience canadienne",
    "Provincial Nominee Program": "Programme des candidats des provinces",
    "French-Language proficiency 2026-Version 2": "Maîtrise du français 2026-Version 2",
    "Transport Occupations, 2026-Version 2": "Professions dans le domaine du transport, 2026-Version 2",
    "Skilled Military Recruits, 2026-Version 1": "Recrues militaires qualifiées, 2026-Version 1",
    "Skilled military recruits 2026-Version 1": "Recrues militaires qualifiées 2026-Version 1",
    "Physicians with Canadian work experience 2026-Version 1":
        "Médecins ayant une expérience de travail au Canada 2026-Version 1",
    "Federal Skilled Trades": "Programme des travailleurs de métiers spécialisés (fédéral)",
    "No Program Specified": "Aucun programme spécifié",
}
_SPACES = (" ", "\u00a0", "\u202f")


@pytest.fixture
def records(feed_sample: Any) -> list[dict[str, str]]:
    """IRCC's eight records of the two samples (rounds 434-430, 91b, 91a, 1), all fields, newest first."""
    return [dict(r) for name in SAMPLES for r in json.loads(feed_sample(name))["rounds"]]


def like(record: dict[str, str], number: str, day: str, name: str, size: str, crs: str) -> dict[str, str]:
    return {**record, "drawNumber": number, "drawDate": day, "drawName": name, "drawSize": size, "drawCRS": crs}


def feed(rows: list[dict[str, str]]) -> bytes:
    return json.dumps({"classes": "wb-tables", "rounds": rows}, indent=2, ensure_ascii=False).encode()


def french(rows: list[dict[str, str]], encoding: str = "utf-8") -> bytes:
    """The French twin: French names, "5 000" with a space, a no-break space or a narrow one in turn."""
    twin = [{**r, "drawName": FRENCH_NAMES[r["drawName"]],
             "drawSize": r["drawSize"].replace(",", _SPACES[i % (2 if encoding == "cp1252" else 3)])}
            for i, r in enumerate(rows)]
    return json.dumps({"classes": "wb-tables", "rounds": twin}, indent=2, ensure_ascii=False).encode(encoding)


def new_rounds(records: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rounds after the seed's, on IRCC's record shapes: three category names never seen before (RULES.md
    section 4: new categories appear without notice), then a CEC round; newest first."""
    cec, military = records[2], records[4]
    return [like(cec, "451", "2026-11-25", "Canadian Experience Class", "2,500", "466"),
            like(military, "450", "2026-11-12", "Physicians with Canadian work experience 2026-Version 1", "150",
                 "201"),
            like(military, "449", "2026-10-29", "Transport Occupations, 2026-Version 2", "400", "455"),
            like(military, "448", "2026-10-15", "Skilled military recruits 2026-Version 1", "25", "370")]


def bot_with(tg: FakeTelegram, tmp_path: pathlib.Path, server: FeedServer, **settings: Any) -> Any:
    french_url = server.url.replace("_en.json", "_fr.json") if server.french is not None else ""
    return bot_on(tg, tmp_path / "bot.db", settings={"rounds_feed_url": server.url,
                                                     "rounds_feed_url_fr": french_url, **settings})


def bot_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Our warnings, without the loop-stall watchdog's: a busy machine (CI, other tests) may add one anywhere."""
    return [r.getMessage() for r in caplog.records if r.name.startswith(("bot.", "eligibility.", "storage."))
            and not r.name.startswith("bot.plumbing.loop_stalls")]


# -- /rounds after a refresh of the real records -----------------------------------------------------------------
async def test_rounds_after_a_refresh_of_real_records_with_new_categories_in_english_and_french(
        tg: FakeTelegram, tmp_path: pathlib.Path, records: list[dict[str, str]]) -> None:
    rows = [*new_rounds(records), *records]
    server = FeedServer(feed(rows), french(rows))
    try:
        async with bot_with(tg, tmp_path, server) as bot:
            await refresh(bot)
            stored = {r["number"]: r for r in bot.repository.stored_rounds()}
            assert len(stored) == 12
            assert [n for n, r in stored.items() if r["program"] == CEC] == ["432", "451"]
            assert stored["91a"]["number"] == "91a" and stored["433"]["invitations"] == 5000
            assert stored["451"]["name_fr"] == "Catégorie de l’expérience canadienne"
            service_rounds = bot.app.bot_data["rounds"].service.rounds
            assert service_rounds.latest_cec.number == "451" and service_rounds.latest_cec.lowest_crs == 466

            ana = await screened_to_crs(bot, tg, 1001)  # 470, no French, no nomination
            await ana.send("/rounds")
            lines = ana.last_text.splitlines()
            assert "• Canadian Experience Class, November 25, 2026: 466, you are 4 points above" in lines
            assert ("• French-language proficiency, August 19, 2026: 382, needs NCLC 7 in French (all four "
                    "abilities)") in lines  # round 437, confirmed in the seed, newer than the feed's 433
            assert "• Provincial Nominee Program, August 17, 2026: 760, needs a provincial nomination" in lines
            categories = [line for line in lines if line.startswith("• ")][3:]
            assert categories == ["• Physicians with Canadian work experience, November 12, 2026: 201",
                                  "• Transport Occupations, October 29, 2026: 455",
                                  "• Skilled military recruits, October 15, 2026: 370"]
            assert not [line for line in lines if "Version" in line or "2026-" in line]
            assert "Category rounds invite only people in that category" in ana.last_text
            assert "Read from copies" not in ana.last_text  # the live feed replaced the secondary rounds
            assert [line for line in lines if line.startswith("Rounds as of ")]  # the day of the last good check

            await ana.send("/language")
            await ana.click("Français")
            await ana.send("/rounds")
            lines = ana.last_text.splitlines()
            assert ("• Catégorie de l’expérience canadienne, 25 novembre 2026 : 466 — vous le dépassez de 4 "
                    "points") in lines
            assert ("• Compétence linguistique en français, 19 août 2026 : 382 — exige le NCLC 7 en français "
                    "(dans les quatre compétences)") in lines
            assert ("• Programme des candidats des provinces, 17 août 2026 : 760 — exige une désignation "
                    "provinciale") in lines
            assert [line for line in lines if line.startswith("• ")][3:] == [
                "• Médecins ayant une expérience de travail au Canada, 12 novembre 2026 : 201",
                "• Professions dans le domaine du transport, 29 octobre 2026 : 455",
                "• Recrues militaires qualifiées, 15 octobre 2026 : 370"]
            assert [line for line in lines if line.startswith("Rondes à jour au ")]
        bot.errors.check()
    finally:
        server.close()


async def test_without_the_french_feed_french_readers_get_our_names_or_irccs_english_one(
        tg: FakeTelegram, tmp_path: pathlib.Path, records: list[dict[str, str]]) -> None:
    server = FeedServer(feed([*new_rounds(records), *records]))  # the French twin is unreachable (404)
    try:
        async with bot_with(tg, tmp_path, server) as bot:
            await refresh(bot)
            luc = Chat(bot.app, tg, user_id=1002)
            await luc.send("/language")
            await luc.click("Français")
            await luc.send("/rounds")
            lines = luc.last_text.splitlines()
            assert "• Catégorie de l'expérience canadienne, 25 novembre 2026 : 466" in lines
            assert "• Skilled military recruits, 15 octobre 2026 : 370" in lines  # IRCC's name, without version
            assert "terminez les questions SCG pour comparer" in luc.last_text
        bot.errors.check()
    finally:
        server.close()


# -- one bad record ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("damage", ["drawCRS missing", "drawSize empty", "drawDate not a date"])
async def test_one_stored_round_unreadable_in_the_feed_never_holds_back_a_new_cec_round(
        tg: FakeTelegram, tmp_path: pathlib.Path, records: list[dict[str, str]], caplog: pytest.LogCaptureFixture,
        damage: str) -> None:
    """RULES.md section 4: one old record IRCC damages (an empty or missing field) must not block the round
    published beside it. The stored copy of the damaged round is kept, and the log says so."""
    server = FeedServer(feed(records))
    try:
        async with bot_with(tg, tmp_path, server) as bot:
            await refresh(bot)
            ana = await screened_to_crs(bot, tg, 1001)
            await ana.click("📣 Tell me after each round")
            damaged = [dict(r) for r in records]
            if damage == "drawCRS missing":
                del damaged[3]["drawCRS"]  # round 431
            elif damage == "drawSize empty":
                damaged[3]["drawSize"] = ""
            else:
                damaged[3]["drawDate"] = "August 4, 2026"
            server.body = feed([new_rounds(records)[0], *damaged])
            caplog.clear()
            with caplog.at_level(logging.INFO):
                await refresh(bot)
            lines = bot_lines(caplog)
            assert not [line for line in lines if "refresh failed" in line], lines
            stored = {r["number"]: r for r in bot.repository.stored_rounds()}
            assert "451" in stored and stored["431"]["lowest_crs"] == 768  # the stored copy, as it was
            assert [line for line in lines if "round '431'" in line and "stored copy is kept" in line], lines
            await until(lambda: bool(alerts(ana, "New round of invitations")))
            assert "Canadian Experience Class, round 451, November 25, 2026" in alerts(ana, "New round")[0]
        bot.errors.check()
    finally:
        server.close()


def test_the_command_line_refresh_keeps_going_past_one_bad_record_and_says_it(
        tmp_path: pathlib.Path, records: list[dict[str, str]], caplog: pytest.LogCaptureFixture) -> None:
    db, path = tmp_path / "bot.db", tmp_path / "ee_rounds_123_en.json"
    path.write_bytes(feed(records))
    out, err = io.StringIO(), io.StringIO()
    assert refresh_command(db, None, str(path), out, err) == 0, err.getvalue()
    damaged = [dict(r) for r in records]
    del damaged[6]["drawCRS"]  # round 91a
    path.write_bytes(feed([new_rounds(records)[0], *damaged]))
    out, err = io.StringIO(), io.StringIO()
    with caplog.at_level(logging.WARNING):
        status = refresh_command(db, None, str(path), out, err)
    assert status == 0, err.getvalue()
    assert "new: 2026-11-25 canadian_experience_class 466" in out.getvalue()
    assert "skipped 1 that made no sense (logged), kept the stored copy of 1" in out.getvalue()
    assert [line for line in bot_lines(caplog) if "round '91a'" in line and "drawCRS is missing" in line
            and "its stored copy is kept" in line]
    with Repository(db) as repository:
        assert {r["number"]: r["lowest_crs"] for r in repository.stored_rounds()}["91a"] == 288


async def test_a_round_dated_after_the_bots_today_is_skipped_never_compared_nor_alerted(
        tg: FakeTelegram, tmp_path: pathlib.Path, records: list[dict[str, str]],
        caplog: pytest.LogCaptureFixture) -> None:
    """RULES.md section 4 and DESIGN.md (the rules have no clock, dates come in): a round dated after the day
    after the bot's today is a typo, skipped and named, whatever the machine's own date."""
    server = FeedServer(feed(records))
    clock = [TODAY]  # 2026-11-27
    try:
        async with bot_on(tg, tmp_path / "bot.db", clock=clock, settings={"rounds_feed_url": server.url}) as bot:
            await refresh(bot)
            ana = await screened_to_crs(bot, tg, 1001)
            await ana.click("📣 Tell me after each round")
            typo = like(records[2], "451", "2026-11-30", "Canadian Experience Class", "2,500", "466")
            server.body = feed([typo, *records])
            caplog.clear()
            with caplog.at_level(logging.WARNING):
                await refresh(bot)
            assert [line for line in bot_lines(caplog) if "round '451'" in line and "2026-11-30" in line]
            assert "451" not in {r["number"] for r in bot.repository.stored_rounds()}
            await asyncio.sleep(0.3)
            assert not alerts(ana, "New round")
            await ana.send("/rounds")
            assert "466" not in ana.last_text
        bot.errors.check()
    finally:
        server.close()


# -- a refresh that fails -----------------------------------------------------------------------------------------
async def test_a_failed_refresh_keeps_the_last_good_rounds_logs_nothing_personal_and_rounds_says_the_same(
        tg: FakeTelegram, tmp_path: pathlib.Path, records: list[dict[str, str]],
        caplog: pytest.LogCaptureFixture) -> None:
    rows = [*new_rounds(records), *records]
    server = FeedServer(feed(rows), french(rows, "cp1252"))
    try:
        async with bot_with(tg, tmp_path, server) as bot:
            await refresh(bot)
            ana = Chat(bot.app, tg, user_id=424242, first_name="Anaïs")
            await ana.send("/start")
            bot.repository.set_round_alerts(424242, True, "fr")
            await ana.send("/language")
            await ana.click("Français")
            await ana.send("/rounds")
            before = ana.last_text
            assert "• Catégorie de l’expérience canadienne, 25 novembre 2026 : 466" in before
            kept = bot.repository.stored_rounds()
            truncated = feed(rows)[: len(feed(rows)) // 2]
            unreadable = feed([{**r, "drawCRS": ""} for r in rows])
            shrunken = feed(rows[:3])
            for body, problem in [(b"<!DOCTYPE html><html><body>Service unavailable</body></html>", "not JSON"),
                                  (truncated, "not JSON"), (unreadable, "no round could be read"),
                                  (shrunken, "shrunken: 9 of the 12 rounds we hold are missing")]:
                server.body = body
                caplog.clear()
                with caplog.at_level(logging.DEBUG):
                    await refresh(bot)
                failed = [line for line in bot_lines(caplog) if "rounds refresh failed" in line]
                assert len(failed) == 1 and problem in failed[0] and "keeping the" in failed[0], failed
                everything = "\n".join(r.getMessage() for r in caplog.records)
                assert "424242" not in everything and "Anaïs" not in everything
                assert bot.repository.stored_rounds() == kept
                await ana.send("/rounds")
                assert ana.last_text == before
            assert bot.repository.round_alerts_waiting() == 0
        bot.errors.check()
    finally:
        server.close()


# -- cec-screener rounds-import -----------------------------------------------------------------------------------
def imported(path: pathlib.Path) -> tuple[int, dict[str, Any] | None, list[str]]:
    out, err = io.StringIO(), io.StringIO()
    status = import_rounds(str(path), out, err, TODAY)
    return status, (json.loads(out.getvalue()) if out.getvalue() else None), err.getvalue().splitlines()


def test_rounds_import_of_the_real_records_keeps_numbers_names_and_only_cec_as_cec(
        tmp_path: pathlib.Path, records: list[dict[str, str]]) -> None:
    path = tmp_path / "ee_rounds_123_en.json"
    damaged = [dict(r) for r in records]
    del damaged[1]["drawCRS"]  # round 433 lacks its cut-off
    typo = like(records[2], "452", "2027-11-25", "Canadian Experience Class", "2,500", "466")
    path.write_bytes(feed([typo, *new_rounds(records), *damaged]))
    status, data, notes = imported(path)
    assert status == 0 and data is not None
    assert notes == ["note: skipped rounds.0 (round '452'): drawDate 2027-11-25 is before round 1 or after "
                     "tomorrow", "note: skipped rounds.6 (round '433'): drawCRS is missing"]
    rounds = [Round.from_dict(r) for r in data["rounds"]]
    assert [r.number for r in rounds] == ["1", "91a", "91b", "430", "431", "432", "434", "448", "449", "450",
                                          "451"]
    assert [r.number for r in rounds if r.program == CEC] == ["432", "451"]
    assert {r.number: (r.invitations, r.lowest_crs) for r in rounds}["451"] == (2500, 466)
    assert {r.program for r in rounds} == {"general", "federal_skilled_trades", "provincial_nominee_program",
                                           "skilled_military_recruits", "canadian_experience_class",
                                           "transport_occupations", "physicians_with_canadian_work_experience"}
    assert data["in_force_from"] == TODAY.isoformat() and data["source"].endswith("ee_rounds_123_en.json")


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_rounds_import_reads_the_french_twin_in_either_encoding(
        tmp_path: pathlib.Path, records: list[dict[str, str]], encoding: str) -> None:
    path = tmp_path / "ee_rounds_123_fr.json"
    path.write_bytes(french([*new_rounds(records), *records], encoding))
    status, data, notes = imported(path)
    assert status == 0 and notes == [] and data is not None
    rounds = {r["number"]: r for r in data["rounds"]}
    assert [n for n, r in rounds.items() if r["program"] == CEC] == ["432", "451"]
    assert rounds["433"]["invitations"] == 5000 and rounds["451"]["invitations"] == 2500
    assert rounds["91a"]["name"] == "Programme des travailleurs de métiers spécialisés (fédéral)"


def test_rounds_import_of_a_full_size_feed(tmp_path: pathlib.Path, full_feed: Any,
                                           records: list[dict[str, str]]) -> None:
    path = tmp_path / "ee_rounds_123_en.json"
    body = full_feed(count=448, extra=new_rounds(records))  # rounds 1-447 (91a, 91b), then 448-451
    path.write_bytes(body)
    status, data, notes = imported(path)
    assert status == 0 and notes == [] and data is not None
    raw = json.loads(body)["rounds"]
    assert len(data["rounds"]) == len(raw) == 452
    named_cec = {r["drawNumber"] for r in raw if r["drawName"] == "Canadian Experience Class"}
    assert {r["number"] for r in data["rounds"] if r["program"] == CEC} == named_cec


async def test_one_damaged_record_of_the_french_twin_keeps_that_rounds_french_name(
        tg: FakeTelegram, tmp_path: pathlib.Path, records: list[dict[str, str]],
        caplog: pytest.LogCaptureFixture) -> None:
    """The French twin only gives names: a French record whose figures cannot be read this time keeps the French
    name stored before (as a French feed that cannot be read at all does), and says so in the log."""
    rows = [*new_rounds(records), *records]
    server = FeedServer(feed(rows), french(rows))
    try:
        async with bot_with(tg, tmp_path, server) as bot:
            await refresh(bot)
            twin = json.loads(french(rows))
            twin["rounds"][0]["drawSize"] = ""  # round 451's French record
            server.french = json.dumps(twin, ensure_ascii=False).encode()
            server.body = feed([like(records[2], "452", "2026-11-26", "Canadian Experience Class", "1,000", "480"),
                                *rows])
            caplog.clear()
            with caplog.at_level(logging.WARNING):
                await refresh(bot)
            stored = {r["number"]: r for r in bot.repository.stored_rounds()}
            assert stored["451"]["name_fr"] == "Catégorie de l’expérience canadienne"
            assert stored["452"]["name_fr"] == ""
            assert stored["433"]["name_fr"] == "Maîtrise du français 2026-Version 2"
            assert [line for line in bot_lines(caplog) if "(French)" in line and "round '451'" in line]
            luc = Chat(bot.app, tg, user_id=1002)
            await luc.send("/language")
            await luc.click("Français")
            await luc.send("/rounds")
            assert "• Catégorie de l'expérience canadienne, 26 novembre 2026 : 480" in luc.last_text.splitlines()
        bot.errors.check()
    finally:
        server.close()


async def test_a_feed_most_of_whose_records_cannot_be_read_is_refused_in_one_line(
        tg: FakeTelegram, tmp_path: pathlib.Path, full_feed: Any, caplog: pytest.LogCaptureFixture) -> None:
    """One damaged record is skipped (above); most records unreadable is IRCC writing them another way: the feed
    is refused in one line naming the first, the stored rounds stay, and the log is not flooded line by line."""
    server = FeedServer(full_feed())
    try:
        async with bot_with(tg, tmp_path, server) as bot:
            await refresh(bot)
            kept = bot.repository.stored_rounds()
            assert len(kept) == 450
            rows = json.loads(full_feed())["rounds"]
            server.body = feed([rows[0], *({**r, "drawCRS": f"CRS {r['drawCRS']}"} for r in rows[1:])])
            caplog.clear()
            with caplog.at_level(logging.WARNING):
                await refresh(bot)
            lines = bot_lines(caplog)
            assert len(lines) <= 3, lines
            [failed] = [line for line in lines if "rounds refresh failed" in line]
            assert "449 of the feed's 450 rounds could not be read" in failed and "round '448'" in failed, failed
            assert bot.repository.stored_rounds() == kept
        bot.errors.check()
    finally:
        server.close()


async def test_a_french_twin_mostly_unreadable_keeps_the_french_names_in_one_line(
        tg: FakeTelegram, tmp_path: pathlib.Path, full_feed: Any, caplog: pytest.LogCaptureFixture) -> None:
    server = FeedServer(full_feed(), full_feed(lang="fr"))
    try:
        async with bot_with(tg, tmp_path, server) as bot:
            await refresh(bot)
            assert sum(1 for r in bot.repository.stored_rounds() if r["name_fr"]) == 450
            twin = json.loads(full_feed(lang="fr"))
            odd = [{**r, "drawSize": f"{r['drawSize']} ITA"} for r in twin["rounds"][1:]]  # all but the newest
            server.french = json.dumps({**twin, "rounds": [twin["rounds"][0], *odd]}).encode()
            server.body = full_feed(extra=[like(json.loads(full_feed())["rounds"][0], "450", "2026-11-25",
                                                "Canadian Experience Class", "2,500", "466")])
            caplog.clear()
            with caplog.at_level(logging.WARNING):
                await refresh(bot)
            lines = bot_lines(caplog)
            [french_line] = [line for line in lines if "(French)" in line]
            assert "449 of the feed's 450 rounds could not be read" in french_line, french_line
            assert "the French names stored before are kept" in french_line and len(lines) == 1, lines
            assert sum(1 for r in bot.repository.stored_rounds() if r["name_fr"]) == 450
        bot.errors.check()
    finally:
        server.close()
