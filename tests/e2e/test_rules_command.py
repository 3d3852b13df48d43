"""`cec-screener rules` and `cec-screener rounds-refresh --file/--url` as an operator runs them (processes)."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

from .test_round_alerts import NEW_CEC, FeedServer, ircc_feed


def cli(*args: str, db: pathlib.Path, cwd: pathlib.Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": os.environ.get("PATH", ""), "DATABASE_PATH": str(db), **env}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, env=environment, text=True,
                          capture_output=True, timeout=60)


def test_rules_says_what_may_be_stale_from_the_seed_then_the_database(tmp_path: pathlib.Path) -> None:
    db = tmp_path / "data" / "bot.db"
    done = cli("rules", db=db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "rules version: 2026.12.07.1-crs2025-03-25" in out
    assert "crs_grid.json        in force from 2025-03-25" in out
    assert "rounds.json          in force from 2026-10-01  retrieved 2026-12-04" in out
    assert "caveat high_wage_factor: on CRS estimates made on or after 2026-11-03" in out
    assert "NOC version: 2021 V1.0" in out
    assert "from the seed (eligibility/data/rounds.json)" in out
    assert "newest round: 2026-10-01 trades_occupations round 447, 3,500 invited, lowest score 476" in out
    assert "newest CEC round: 2026-09-29 canadian_experience_class round 446" in out
    assert not db.exists()  # looking does not create a database

    feed = tmp_path / "ee_rounds_123_en.json"
    feed.write_bytes(ircc_feed(NEW_CEC))
    done = cli("rounds-refresh", "--file", str(feed), db=db, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "stored 27 rounds; new: 2026-11-25 canadian_experience_class 466; alerts queued: 0" in done.stdout
    out = cli("rules", db=db, cwd=tmp_path).stdout
    assert f"27 from the database {db}, retrieved 20" in out
    assert ("newest CEC round: 2026-11-25 canadian_experience_class round 448, 2,500 invited, lowest score 466"
            in out)
    other = cli("rules", "--db", str(tmp_path / "missing.db"), db=db, cwd=tmp_path)
    assert other.returncode == 1 and "there is no database" in other.stderr


def test_rounds_refresh_refuses_what_must_not_replace_good_rounds(tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    good = tmp_path / "good.json"
    good.write_bytes(ircc_feed(NEW_CEC))
    assert cli("rounds-refresh", "--file", str(good), db=db, cwd=tmp_path).returncode == 0
    for body, problem in [(b"{oops", "not JSON"), (b'{"rounds": []}', "the feed holds no rounds"),
                          (ircc_feed(), "shrunken: 1 of the 27 rounds we hold are missing")]:
        bad = tmp_path / "bad.json"
        bad.write_bytes(body)
        done = cli("rounds-refresh", "--file", str(bad), db=db, cwd=tmp_path)
        assert done.returncode == 1, done.stdout
        [line] = done.stderr.strip().splitlines()
        assert problem in line and line.endswith("the stored rounds are unchanged") and "Traceback" not in line
    assert "lowest score 466" in cli("rules", db=db, cwd=tmp_path).stdout
    off = cli("rounds-refresh", db=db, cwd=tmp_path, ROUNDS_FEED_URL="")
    assert off.returncode == 2 and "ROUNDS_FEED_URL is empty" in off.stderr


def test_rounds_refresh_reads_a_url_conditionally(tmp_path: pathlib.Path) -> None:
    server = FeedServer(ircc_feed(NEW_CEC))
    try:
        db = tmp_path / "bot.db"
        first = cli("rounds-refresh", "--url", server.url, db=db, cwd=tmp_path)
        assert first.returncode == 0 and "stored 27 rounds" in first.stdout, first.stderr
        again = cli("rounds-refresh", db=db, cwd=tmp_path, ROUNDS_FEED_URL=server.url)
        assert again.returncode == 0 and "not modified" in again.stdout, again.stderr
        assert server.requests[0]["if_none_match"] is None and server.requests[1]["if_none_match"]
        server.close()
        gone = cli("rounds-refresh", "--url", server.url, db=db, cwd=tmp_path)
        assert gone.returncode == 1 and "ConnectError" in gone.stderr and "after 3 attempts" in gone.stderr
    finally:
        server.close()
