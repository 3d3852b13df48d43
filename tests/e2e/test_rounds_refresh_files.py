"""`cec-screener rounds-refresh --file` as an operator runs it on the real samples (read in place), on a
full-size feed with its French twin, and on bodies that are not a feed at all (processes)."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "reference"


def cli(*args: str, db: pathlib.Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": os.environ.get("PATH", ""), "DATABASE_PATH": str(db), **env}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=db.parent, env=environment, text=True,
                          capture_output=True, timeout=120)


@pytest.mark.parametrize(("sample", "stored"), [
    ("ircc-feed-sample.json", "stored 5 rounds; new: none; alerts queued: 0"),
    ("ircc-feed-sample-quirks.json", "stored 3 rounds; new: none; alerts queued: 0"),
])
def test_each_real_sample_is_stored_as_it_is(sample: str, stored: str, feed_sample: Any,
                                             tmp_path: pathlib.Path) -> None:
    feed_sample(sample)  # skipped where there is no ../shared
    db = tmp_path / "bot.db"
    done = cli("rounds-refresh", "--file", str(SAMPLES / sample), db=db)
    assert done.returncode == 0, done.stderr
    assert stored in done.stdout and not done.stderr
    rules = cli("rules", db=db).stdout
    assert "rounds feed: last success 20" in rules and "last failure none" in rules
    assert "newest CEC round: 2026-09-29 canadian_experience_class round 446" in rules  # the seed's, kept


def test_the_full_size_feed_and_its_french_twin_are_stored(full_feed: Any, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    english, french = tmp_path / "ee_rounds_123_en.json", tmp_path / "ee_rounds_123_fr.json"
    english.write_bytes(full_feed())
    french.write_bytes(full_feed(lang="fr").decode().replace("’", "'").replace("\u202f", " ").encode("cp1252"))
    done = cli("rounds-refresh", "--file", str(english), "--french-file", str(french), db=db)
    assert done.returncode == 0, done.stderr
    assert "stored 450 rounds; new: none; alerts queued: 0; IRCC's French names for 450" in done.stdout
    assert "new categories, stored under IRCC's names" not in done.stdout  # a log line, not the report


@pytest.mark.parametrize(("body", "problem"), [
    (b"[" * 200_000 + b"]" * 200_000, "nested deeper than 6 levels"),
    (json.dumps({"rounds": [{"drawNumber": "1", "drawSize": 10**30}]}).encode(), "a number of 31 digits"),
    (b"<html><body>Error 503</body></html>", "not JSON"),
    (b'{"rounds": [{"drawNumber": "434", "drawDate": "2026-08-0', "not JSON"),
    (b'{"rounds": [{"drawNumber": "434", "drawDate": "2099-12-31", "drawName": "Canadian Experience Class", '
     b'"drawSize": "10", "drawCRS": "500"}]}', "no round could be read"),
])
def test_a_hostile_body_ends_in_one_error_line(body: bytes, problem: str, tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(body)
    done = cli("rounds-refresh", "--file", str(bad), db=tmp_path / "bot.db")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: rounds feed") and problem in line, line


def test_a_file_beyond_the_size_limit_is_not_read_whole(tmp_path: pathlib.Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2_000_000)
    done = cli("rounds-refresh", "--file", str(big), db=tmp_path / "bot.db", ROUNDS_FEED_MAX_BYTES="1048576")
    assert done.returncode == 1 and "larger than 1,048,576 bytes" in done.stderr


def test_the_french_feed_address_is_set_or_derived_from_the_english_one() -> None:
    from bot.plumbing.settings import IRCC_ROUNDS_FEED, Settings

    derived = Settings(_env_file=None).french_feed_url()
    assert derived == IRCC_ROUNDS_FEED.replace("_en.json", "_fr.json")
    assert Settings(rounds_feed_url_fr="http://127.0.0.1/fr.json", _env_file=None).french_feed_url() == (
        "http://127.0.0.1/fr.json")
    assert Settings(rounds_feed_url="http://127.0.0.1/rounds.json", _env_file=None).french_feed_url() is None
    assert Settings(_env_file=None).rounds_feed_timeout_seconds == 60.0
    assert Settings(_env_file=None).rounds_feed_max_bytes == 5 * 1024 * 1024
