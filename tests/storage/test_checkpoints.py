"""WAL checkpoints from a thread of their own: the event loop's commits carry none, and the log still folds in."""

from __future__ import annotations

import pathlib
import sqlite3
import time

from storage.records import SessionRecord
from storage.repository import Repository


def a_session(user_id: int) -> SessionRecord:
    return SessionRecord(user_id=user_id, state="work_hours", answers={"note": "x" * 2000}, history=["start"],
                         flow_version=3, question_message_id=None)


def test_the_bot_connection_never_checkpoints_and_the_thread_folds_the_log_in(tmp_path: pathlib.Path) -> None:
    db = tmp_path / "screener.db"
    repo = Repository(db)
    checkpointer = repo.checkpoint_in_background()
    checkpointer.interval = 0.05
    assert repo.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    for user_id in range(1, 3001):  # about 1,500 pages: past SQLite's own checkpoint size of 1,000
        repo.save_session(a_session(user_id))
    deadline = time.monotonic() + 10
    while checkpointer.checkpoints == 0:
        assert time.monotonic() < deadline, "no checkpoint from the thread"
        time.sleep(0.05)
    repo.close()
    assert not checkpointer._thread.is_alive()
    other = sqlite3.connect(db)
    try:
        busy, in_log, copied = other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert (busy, copied) == (0, in_log)  # nothing left to copy: all of it is in the main file
        assert other.execute("SELECT count(*) FROM sessions").fetchone()[0] == 3000
    finally:
        other.close()


def test_without_the_thread_a_repository_keeps_sqlites_own_checkpoints(tmp_path: pathlib.Path) -> None:
    with Repository(tmp_path / "screener.db") as repo:
        assert repo.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
