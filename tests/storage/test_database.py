"""Connection settings and migrations of the database file."""

from __future__ import annotations

import pathlib
import sqlite3

from storage.database import LATEST_SCHEMA_VERSION, MIGRATIONS, open_database, schema_version


def test_open_creates_the_parent_folder_and_turns_wal_on(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "nested" / "deeper" / "screener.db"
    db = open_database(path)
    try:
        assert path.exists()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert not db.conn.in_transaction
    finally:
        db.close()


def test_wal_mode_persists_in_the_file(db_path: pathlib.Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_fresh_file_gets_the_latest_schema(db_path: pathlib.Path) -> None:
    db = open_database(db_path)
    try:
        assert LATEST_SCHEMA_VERSION >= 1
        assert schema_version(db) == LATEST_SCHEMA_VERSION
        assert MIGRATIONS.pending(db) == []
        assert {"users", "sessions", "verdicts"} <= set(db.table_names())
        assert set(db["users"].columns_dict) == {"user_id", "language", "blocked", "created_at", "updated_at"}
        assert set(db["sessions"].columns_dict) == {
            "user_id",
            "state",
            "answers",
            "history",
            "flow_version",
            "question_message_id",
            "started_at",
            "updated_at",
        }
        assert set(db["verdicts"].columns_dict) == {"id", "user_id", "created_at", "rules_version", "result",
                                                "made_on"}
        assert db["users"].pks == ["user_id"]
        assert db["sessions"].pks == ["user_id"]
        assert db["verdicts"].pks == ["id"]
        assert any(index.columns == ["user_id"] for index in db["verdicts"].indexes)
    finally:
        db.close()


def test_child_tables_cascade_from_users(db_path: pathlib.Path) -> None:
    db = open_database(db_path)
    try:
        for table in ("sessions", "verdicts"):
            keys = db.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            # (id, seq, table, from, to, on_update, on_delete, match)
            assert [(k[2], k[3], k[4], k[6]) for k in keys] == [("users", "user_id", "user_id", "CASCADE")]
        assert "AUTOINCREMENT" in db["verdicts"].schema.upper()
    finally:
        db.close()


def test_migrations_are_idempotent(db_path: pathlib.Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path)
    try:
        assert schema_version(db) == LATEST_SCHEMA_VERSION
        applied = db.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'cec_screener'")
        assert applied.fetchone()[0] == LATEST_SCHEMA_VERSION
    finally:
        db.close()
    db = open_database(db_path)
    try:
        assert schema_version(db) == LATEST_SCHEMA_VERSION
    finally:
        db.close()


def test_migrations_keep_existing_rows(db_path: pathlib.Path) -> None:
    db = open_database(db_path)
    db["users"].insert({"user_id": 1, "language": "fr", "blocked": 0, "created_at": "t", "updated_at": "t"})
    db.close()
    db = open_database(db_path)
    try:
        assert db.execute("SELECT language FROM users WHERE user_id = 1").fetchone()[0] == "fr"
    finally:
        db.close()
