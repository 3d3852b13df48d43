"""How long the start check's look at the database file takes on a database of N users (default 10,000).

Fills a temporary database the way a busy bot leaves it (each user with a screening, a verdict, reminders on, a
day of inbox marks), then times PRAGMA quick_check (pages and rows, not indexes) against PRAGMA integrity_check
(indexes too: a damaged index only this one finds), the way bot/plumbing/startup_checks.py runs them, in process.

    .venv/bin/python benchmarks/start_check.py [--users 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import random
import sqlite3
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from reminders_scan import answers

from storage.database import open_database


def fill(path: pathlib.Path, users: int) -> None:
    rng = random.Random(7)
    db = open_database(path)
    now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC).isoformat(timespec="microseconds")
    with db.conn:
        for user_id in range(1, users + 1):
            record = answers(rng)
            db.execute("INSERT INTO users VALUES (?, 'en', 0, ?, ?)", [user_id, now, now])
            db.execute("INSERT INTO sessions VALUES (?, 'verdict', ?, ?, 3, ?, ?, ?)",
                       [user_id, json.dumps(record), json.dumps(list(record)), rng.randrange(10**6), now, now])
            db.execute("INSERT INTO verdicts (user_id, created_at, rules_version, result) VALUES (?, ?, ?, ?)",
                       [user_id, now, "2026-11", json.dumps({"answers": record, "crs": rng.randrange(300, 600)})])
            db.execute("INSERT INTO reminder_optins VALUES (?, ?, '[]', ?)", [user_id, now, now])
            db.execute("INSERT INTO round_alert_optins VALUES (?, ?)", [user_id, now])
            for turn in range(5):  # a day of inbox marks
                db.execute("INSERT INTO inbox VALUES (?, ?, ?, 1, NULL)", [user_id * 10 + turn, user_id, now])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def timed(path: pathlib.Path, pragma: str) -> tuple[float, list[str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        started = time.perf_counter()
        found = [row[0] for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
        return time.perf_counter() - started, found
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10_000)
    users = parser.parse_args().users
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "start.db"
        fill(path, users)
        size = path.stat().st_size
        for pragma in ("quick_check(10)", "integrity_check(10)"):
            timed(path, pragma)  # the first read warms the page cache, as the start check's own open does
            best = min(timed(path, pragma)[0] for _ in range(3))
            print(f"{users:,} users, {size / 1e6:.1f} MB: PRAGMA {pragma}: {best * 1000:.0f} ms (best of 3, "
                  "warm cache, in process)")


if __name__ == "__main__":
    main()
