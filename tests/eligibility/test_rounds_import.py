"""Refreshing the rounds data from a downloaded copy of IRCC's rounds JSON."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import subprocess
import sys

import pytest

from eligibility.rounds_import import convert_rounds

ROOT = pathlib.Path(__file__).resolve().parents[2]
IRCC_SAMPLE = {"classes": "", "rounds": [
    {"drawNumber": "360", "drawDate": "2026-09-02", "drawName": "Canadian Experience Class",
     "drawSize": "3,500", "drawCRS": "512"},
    {"drawNumber": "358", "drawDate": "2026-08-05", "drawName": "Canadian Experience Class",
     "drawSize": "3,000", "drawCRS": "516"},
    {"drawNumber": "359", "drawDate": "2026-08-19", "drawName": "Provincial Nominee Program",
     "drawSize": "500", "drawCRS": "740"},
    {"drawNumber": "357", "drawDate": "2026-07-30", "drawName": "French language proficiency (Version 1)",
     "drawSize": "2,000", "drawCRS": "400"},
]}


def test_rounds_are_converted_sorted_and_dated() -> None:
    data = convert_rounds(IRCC_SAMPLE, dt.date(2026, 9, 3))
    assert data["in_force_from"] == "2026-09-03" and data["source"].startswith("https://")
    assert [r["date"] for r in data["rounds"]] == ["2026-07-30", "2026-08-05", "2026-08-19", "2026-09-02"]
    assert data["rounds"][-1] == {"number": "360", "date": "2026-09-02", "program": "canadian_experience_class",
                                  "name": "Canadian Experience Class", "invitations": 3500, "lowest_crs": 512}
    assert {r["program"] for r in data["rounds"]} == {"canadian_experience_class", "provincial_nominee_program",
                                                      "french_language_proficiency"}


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(ValueError, match="no rounds"):
        convert_rounds({"rounds": []}, dt.date(2026, 9, 3))


def test_the_command_prints_the_new_data_file(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "ee_rounds_123_en.json"
    source.write_text(json.dumps(IRCC_SAMPLE), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "rounds-import", str(source)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rounds"][-1]["lowest_crs"] == 512
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "rounds-import", str(broken)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "broken.json" in done.stderr and "Traceback" not in done.stderr


def test_the_real_quirks_sample_keeps_round_numbers_and_names(feed_sample) -> None:
    # IRCC's own records, unchanged (../shared/reference): round 91 split into "91a" and "91b", round 1.
    from eligibility.rounds import Round
    from eligibility.rounds_import import read_feed, seed_data

    today = dt.date(2026, 12, 5)
    data = seed_data(read_feed(feed_sample("ircc-feed-sample-quirks.json"), today).rounds, today)
    numbers = [r.get("number") for r in data["rounds"]]
    assert {"91a", "91b"} <= set(numbers)
    assert all(r.get("name") for r in data["rounds"])
    assert [Round.from_dict(r).number for r in data["rounds"]] == numbers  # read back as the seed is
