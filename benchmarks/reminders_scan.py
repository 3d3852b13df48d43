"""How long the daily reminders scan takes to work out who is due, in process (no Bot API, nothing sent).

Stores N opted-in users with varied answers (job start, test date, birth date) in a temporary database, then
times what bot/scheduled/reminder_job.py does before sending: read the candidates, and work out each one's schedule
from the answers. The scan yields to the event loop every 20 users, so this is CPU the bot spends once a day
in small slices, not a pause.

    .venv/bin/python benchmarks/reminders_scan.py [--users 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import random
import tempfile
import time

from flows import reminders as talk
from storage import Repository, SessionRecord

TODAY = dt.date(2027, 3, 9)


def answers(rng: random.Random) -> dict:
    start = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(900))
    test_day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(600))
    born = dt.date(1980, 1, 1) + dt.timedelta(days=rng.randrange(7000))
    return {
        "quebec": False, "canadian_work": True,
        "jobs": [{"job_occupation": {"noc": "21232"}, "job_start": start.isoformat(), "job_ongoing": True,
                  "job_hours": rng.choice([20, 30, 40]), "job_paid": True, "job_employee": True,
                  "job_student": False, "job_authorized": True, "job_more": False}],
        "tests": [{"test_kind": "ielts_general", "test_date": test_day.isoformat(), "test_listening": 8,
                   "test_reading": 7, "test_writing": 7, "test_speaking": 7, "test_more": False}],
        "birth": {"birth_date": born.isoformat()}, "marital": "single", "education_level": "bachelor",
        "education_where": "abroad_eca", "canadian_credential": "none", "foreign_work": "1",
        "certificate": False, "nomination": False, "sibling": False,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=10_000)
    users = parser.parse_args().users
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder, Repository(pathlib.Path(folder) / "scan.db") as repository:
        for user_id in range(1, users + 1):
            repository.save_session(SessionRecord(user_id=user_id, state="verdict", answers=answers(rng)))
            repository.turn_on_reminders(user_id, dt.date(2026, 11, 27), "en")
        started = time.perf_counter()
        candidates = repository.reminder_candidates(TODAY, TODAY - dt.timedelta(days=400))
        read = time.perf_counter() - started
        due = 0
        started = time.perf_counter()
        for candidate in candidates:
            settings = candidate.settings
            reminders, _ = talk.plan(candidate.answers, settings.since, candidate.answered_on, TODAY,
                                     settings.muted)
            due += bool(talk.live(reminders, TODAY))
        worked = time.perf_counter() - started
    print(f"users opted in: {users:,}; due on {TODAY}: {due:,}")
    print(f"read candidates: {read * 1000:.0f} ms; schedules worked out: {worked:.2f} s "
          f"({worked / users * 1000:.2f} ms per user, {users / worked:,.0f} users/s), in process")


if __name__ == "__main__":
    main()
