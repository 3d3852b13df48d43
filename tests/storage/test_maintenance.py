"""The database probes behind the start checks, and the online backup while another connection writes."""

from __future__ import annotations

import pathlib
import sqlite3
import threading

import pytest

from storage.database import open_database
from storage.maintenance import backup_database, looks_like_sqlite, probe_writable, quick_check


def test_looks_like_sqlite(tmp_path: pathlib.Path) -> None:
    open_database(tmp_path / "real.db").close()
    (tmp_path / "empty.db").write_bytes(b"")
    (tmp_path / "notes.db").write_text("shopping list")
    assert looks_like_sqlite(tmp_path / "real.db") and looks_like_sqlite(tmp_path / "empty.db")
    assert not looks_like_sqlite(tmp_path / "notes.db")


def test_quick_check_and_the_write_probe_on_a_sound_file(tmp_path: pathlib.Path) -> None:
    db = open_database(tmp_path / "x.db")
    try:
        db.execute("PRAGMA user_version = 7")
        assert quick_check(db) == ["ok"]
        probe_writable(db)
        assert db.execute("PRAGMA user_version").fetchone()[0] == 7  # rewritten, unchanged
    finally:
        db.close()


def test_the_write_probe_fails_on_a_read_only_connection(tmp_path: pathlib.Path) -> None:
    open_database(tmp_path / "x.db").close()
    db = open_database(tmp_path / "x.db")
    try:
        db.execute("PRAGMA query_only = ON")  # what a read-only file looks like to SQLite
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            probe_writable(db)
    finally:
        db.close()


def test_backup_while_another_connection_writes(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "live.db"
    db = open_database(source)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    with db.conn:
        for i in range(3000):
            db.execute("INSERT INTO notes (body) VALUES (?)", [f"note {i} " * 20])
    db.close()
    before = 3000
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        conn = open_database(source)
        try:
            while not stop.is_set():
                with conn.conn:
                    conn.execute("INSERT INTO notes (body) VALUES (?)", ["written during the backup " * 20])
                written[0] += 1
        finally:
            conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while written[0] < 20:  # the writer is busy before the backup starts
            threading.Event().wait(0.005)
        size = backup_database(source, tmp_path / "copy.db")
        with pytest.raises(FileExistsError):
            backup_database(source, tmp_path / "copy.db")
        during = written[0]
    finally:
        stop.set()
        thread.join()
    copy = sqlite3.connect(tmp_path / "copy.db")
    try:
        assert quick_check(copy) == ["ok"]
        rows = copy.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
        assert before + 20 <= rows <= before + during + 1  # one consistent snapshot taken mid-stream
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        copy.close()
    assert size == (tmp_path / "copy.db").stat().st_size
    assert backup_database(source, tmp_path / "copy.db", overwrite=True) >= size  # --force
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no partial files


def test_backup_of_a_missing_database_creates_nothing(tmp_path: pathlib.Path) -> None:
    with pytest.raises(FileNotFoundError):
        backup_database(tmp_path / "none.db", tmp_path / "copy.db")
    assert list(tmp_path.iterdir()) == []
