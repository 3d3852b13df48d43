"""Second audit of the feed reader, through the real refresh: IRCC's real records (../shared/reference, read in
place) varied as RULES.md section 4 says the live feed varies (tests/fixtures/feed_variations.py), served over HTTP
by a local server (English and French twin, the French one in cp1252, UTF-8 with a byte order mark, or both mixed)
to the bot's scheduled refresh, or given to `cec-screener rounds-refresh --file`; what is stored, and what /rounds
then says in English and French. A feed older than the rounds stored (a stale copy) never erases the newer ones.
"""

from __future__ import annotations

import io
import json
import logging
import pathlib
import random
from typing import Any

import pytest

from bot.command_line.rounds import refresh as refresh_command
from eligibility.rounds import CEC
from storage import Repository
from tests.fixtures.feed_variations import REFERENCE, SAMPLES, real_records, vary

from .bot_fixtures import bot_on
from .fake_telegram import FakeTelegram
from .test_round_alerts import FeedServer, refresh, screened_to_crs

if not all((REFERENCE / name).exists() for name in SAMPLES):
    pytest.skip(f"{REFERENCE} is not here (a clone without ../shared)", allow_module_level=True)

RECORDS = real_records()


def like(record: dict[str, str], number: str, day: str, name: str, size: str, crs: str) -> dict[str, str]:
    return {**record, "drawNumber": number, "drawDate": day, "drawName": name, "drawSize": size, "drawCRS": crs}


# rounds after the seed's, on IRCC's record shapes (newest first): a CEC round, a category new to us, Transport
NEW = [like(RECORDS[2], "451", "2026-11-25", "Canadian Experience Class", "2,500", "466"),
       like(RECORDS[4], "450", "2026-11-12", "Researchers with Canadian Work Experience, 2026-Version 1", "150",
            "201"),
       like(RECORDS[4], "449", "2026-10-29", "Transport Occupations, 2026-Version 2", "400", "455")]


def stored(repository: Repository) -> dict[str, tuple[Any, ...]]:
    return {r["number"]: (r["date"], r["program"], r["invitations"], r["lowest_crs"], r["name"], r["name_fr"])
            for r in repository.stored_rounds()}


@pytest.mark.parametrize(("seed", "english", "french"), [
    (0, "utf-8", "cp1252-bom"), (1, "utf-8-bom", "mixed"), (2, "utf-8", "utf-8-bom"), (3, "utf-8", "cp1252"),
])
async def test_a_varied_feed_and_its_french_twin_refreshed_over_http_read_right_in_both_languages(
        tg: FakeTelegram, tmp_path: pathlib.Path, seed: int, english: str, french: str) -> None:
    en = vary([*NEW, *RECORDS], random.Random(seed), encoding=english, shuffle=bool(seed % 2))
    fr = vary([*NEW, *RECORDS], random.Random(seed + 100), lang="fr", encoding=french)
    assert isinstance(en.body, bytes) and isinstance(fr.body, bytes)
    server = FeedServer(en.body, fr.body)
    try:
        french_url = server.url.replace("_en.json", "_fr.json")
        async with bot_on(tg, tmp_path / "bot.db",
                          settings={"rounds_feed_url": server.url, "rounds_feed_url_fr": french_url}) as bot:
            await refresh(bot)
            assert stored(bot.repository) == {
                n: (e.date, e.program, e.invitations, e.lowest, e.name, fr.expected[n].name)
                for n, e in en.expected.items()}
            assert [n for n, r in stored(bot.repository).items() if r[1] == CEC] == ["432", "451"]

            ana = await screened_to_crs(bot, tg, 1001)  # 470, no French, no nomination
            await ana.send("/rounds")
            text = ana.last_text
            lines = text.splitlines()
            assert "• Canadian Experience Class, November 25, 2026: 466, you are 4 points above" in lines
            assert "• Researchers with Canadian Work Experience, November 12, 2026: 201" in lines
            assert "• Transport Occupations, October 29, 2026: 455" in lines
            assert "• Skilled Military Recruits, July 23, 2026: 368" in lines
            assert [line for line in lines if "you are" in line] == [lines[2]]  # only the CEC round is compared
            assert "Version" not in text and "Ã" not in text

            await ana.send("/language")
            await ana.click("Français")
            await ana.send("/rounds")
            text = ana.last_text
            lines = text.splitlines()
            assert ("• Catégorie de l’expérience canadienne, 25 novembre 2026 : 466 — vous le dépassez de 4 "
                    "points") in lines
            assert "• Chercheurs ayant une expérience de travail au Canada, 12 novembre 2026 : 201" in lines
            assert "• Professions dans le domaine du transport, 29 octobre 2026 : 455" in lines
            assert [line for line in lines if "vous le dépassez" in line] == [lines[2]]
            assert "Version" not in text and "Ã" not in text and "\ufffd" not in text
        bot.errors.check()
    finally:
        server.close()


async def test_a_feed_older_than_the_stored_rounds_never_erases_the_newer_ones(
        tg: FakeTelegram, tmp_path: pathlib.Path, caplog: pytest.LogCaptureFixture) -> None:
    """A stale copy (newest round 434, while 451 is stored): IRCC never withdraws a round and its feed holds every
    round since #1 (RULES.md 4), so a feed lacking stored rounds is refused as shrunken, the stored rounds kept."""
    server = FeedServer(vary([*NEW, *RECORDS], random.Random(5)).body)  # type: ignore[arg-type]
    try:
        async with bot_on(tg, tmp_path / "bot.db", settings={"rounds_feed_url": server.url}) as bot:
            await refresh(bot)
            before = stored(bot.repository)
            assert "451" in before
            server.body = vary(RECORDS, random.Random(6), encoding="utf-8-bom").body  # type: ignore[assignment]
            with caplog.at_level(logging.WARNING):
                await refresh(bot)
            assert stored(bot.repository) == before
            [failure] = [r.getMessage() for r in caplog.records if "refresh failed" in r.getMessage()]
            assert "shrunken: 3 of the 11 rounds we hold are missing" in failure and "round 449" in failure
            when_why = bot.repository.last_feed_failure()
            assert when_why is not None and "shrunken" in when_why[1]
            assert bot.app.bot_data["rounds"].service.rounds.latest_cec.number == "451"
            ana = await screened_to_crs(bot, tg, 1001)
            await ana.send("/rounds")
            assert "• Canadian Experience Class, November 25, 2026: 466, you are 4 points above" in ana.last_text
        bot.errors.check()
    finally:
        server.close()


def test_the_command_line_refresh_sets_aside_a_record_it_cannot_decode_never_a_traceback(
        tmp_path: pathlib.Path) -> None:
    """A drawName with half a character ("\\ud83d") ended `rounds-refresh --file` in a UnicodeEncodeError
    traceback, and a byte neither UTF-8 nor cp1252 refused the whole feed; now each sets its record aside alone."""
    db, path = tmp_path / "bot.db", tmp_path / "ee_rounds_123_en.json"
    rows = [{**NEW[0], "drawName": "Canadian Experience Class \ud83d"}, *NEW[1:], *RECORDS]
    body = json.dumps({"classes": "wb-tables", "rounds": rows}).encode()  # "\ud83d" as IRCC would escape it
    path.write_bytes(body.replace(b"Transport Occupations, 2026-Version 2", b"Transport\x81Occupations", 1))
    out, err = io.StringIO(), io.StringIO()
    assert refresh_command(db, None, str(path), out, err) == 0, err.getvalue()
    assert ("stored 9 rounds; new: 2026-11-12 researchers_with_canadian_work_experience 201; alerts queued: 0; "
            "skipped 2 that made no sense (logged)") in out.getvalue()
    with Repository(db) as repository:
        assert set(stored(repository)) == {"450", "434", "433", "432", "431", "430", "91b", "91a", "1"}
        assert repository.last_feed_failure() is None
    # the stale copy then: refused, the stored rounds unchanged, said in one line
    path.write_bytes(vary(RECORDS[:5], random.Random(1), encoding="cp1252-bom").body)  # type: ignore[arg-type]
    out, err = io.StringIO(), io.StringIO()
    assert refresh_command(db, None, str(path), out, err) == 1
    [line] = err.getvalue().splitlines()
    assert "shrunken" in line and "the stored rounds are unchanged" in line
    with Repository(db) as repository:
        assert set(stored(repository)) == {"450", "434", "433", "432", "431", "430", "91b", "91a", "1"}
