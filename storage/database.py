"""Opening the SQLite file: connection settings and schema migrations.

The bot must lose nothing on a crash or redeploy, so every connection gets the same settings (WAL, foreign keys,
a busy timeout) and the schema is brought up to date before the first query.
"""

from __future__ import annotations

import contextlib
import pathlib
from collections.abc import Iterator

import sqlite_utils

BUSY_TIMEOUT_MS = 5000

# sqlite-utils 4 ships its own migrations: each applied step is recorded by name in `_sqlite_migrations`, so
# reopening a file only runs the steps it has not seen. Append new steps at the end; never edit or reorder one
# that has shipped.
MIGRATIONS = sqlite_utils.Migrations("cec_screener")


def _initial_schema(db: sqlite_utils.Database) -> None:
    """Users, their screening in progress and their verdicts; deleting a user cascades to the rest."""
    db.execute(
        """
        CREATE TABLE users (
            user_id INTEGER PRIMARY KEY,
            language TEXT NOT NULL,
            blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX users_updated_at ON users (updated_at)")
    db.execute(
        """
        CREATE TABLE sessions (
            user_id INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
            state TEXT NOT NULL,
            answers TEXT NOT NULL CHECK (json_valid(answers)),
            history TEXT NOT NULL CHECK (json_valid(history)),
            flow_version INTEGER NOT NULL,
            question_message_id INTEGER,
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            rules_version TEXT NOT NULL,
            result TEXT NOT NULL CHECK (json_valid(result))
        )
        """
    )
    db.execute("CREATE INDEX verdicts_user_id ON verdicts (user_id)")


def _outbox_and_group_notices(db: sqlite_utils.Database) -> None:
    """Replies committed with the answer that caused them, until delivered; groups already told to go private.

    An outbox row holds the reply as plain data (texts, buttons, which message to edit), written in the same
    transaction as the answer, so a crash between the commit and the send cannot leave a user in silence.
    """
    db.execute(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
            update_id INTEGER,
            created_at TEXT NOT NULL,
            reply TEXT NOT NULL CHECK (json_valid(reply))
        )
        """
    )
    db.execute("CREATE INDEX outbox_user_id ON outbox (user_id)")
    db.execute("CREATE TABLE group_notices (chat_id INTEGER PRIMARY KEY, created_at TEXT NOT NULL)")


def _inbox(db: sqlite_utils.Database) -> None:
    """Updates received: kept whole until handled, then as a bare mark for a day.

    python-telegram-bot confirms a batch of updates to Telegram (the next getUpdates offset) while they are
    still being handled, and a webhook answers 200 before handling: a crash then would lose them for good.
    A row is written before the update is queued and marked handled (its body dropped) with the turn that
    applies it; whatever is unhandled at start is handled again. The mark makes an update Telegram sends again
    (it does for up to a day) a known one, whatever it was.
    """
    db.execute(
        """
        CREATE TABLE inbox (
            update_id INTEGER PRIMARY KEY,
            user_id INTEGER,
            received_at TEXT NOT NULL,
            handled INTEGER NOT NULL DEFAULT 0,
            body TEXT CHECK (body IS NULL OR json_valid(body))
        )
        """
    )
    db.execute("CREATE INDEX inbox_waiting ON inbox (handled, user_id)")


def _reminders(db: sqlite_utils.Database) -> None:
    """Who turned reminders on (and the kinds they cancelled), and which reminders were sent.

    storage/reminders.py reads and writes them; the schedule itself is never stored.
    """
    db.execute(
        """
        CREATE TABLE reminder_optins (
            user_id INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
            since TEXT NOT NULL,
            muted TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(muted)),
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE reminders_sent (
            user_id INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            due_day TEXT NOT NULL,
            sent_on TEXT NOT NULL,
            PRIMARY KEY (user_id, kind, due_day)
        )
        """
    )


def _rounds(db: sqlite_utils.Database) -> None:
    """IRCC's rounds as last retrieved (the shipped file is only the seed), the feed's conditional-request state,
    who asked for an alert after each round, and alerts decided but not yet in the outbox (storage/rounds.py)."""
    db.execute(
        """
        CREATE TABLE rounds (
            round_key TEXT PRIMARY KEY,
            number INTEGER,
            date TEXT NOT NULL,
            program TEXT NOT NULL,
            name TEXT NOT NULL,
            invitations INTEGER NOT NULL,
            lowest_crs INTEGER NOT NULL,
            stored_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE rounds_feed (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            source TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            retrieved_at TEXT NOT NULL,
            checked_at TEXT NOT NULL,
            round_count INTEGER NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE round_alert_optins (
            user_id INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE round_alert_queue (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
            round_key TEXT NOT NULL,
            reply TEXT NOT NULL CHECK (json_valid(reply)),
            created_at TEXT NOT NULL,
            UNIQUE (user_id, round_key)
        )
        """
    )


def _rounds_french_names_and_failures(db: sqlite_utils.Database) -> None:
    """IRCC's French name of each round (from the French feed), and the last failed refresh for the operator."""
    db.execute("ALTER TABLE rounds ADD COLUMN name_fr TEXT NOT NULL DEFAULT ''")
    db.execute(
        """
        CREATE TABLE rounds_feed_failure (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            failed_at TEXT NOT NULL,
            problem TEXT NOT NULL
        )
        """
    )


def _verdicts_made_on(db: sqlite_utils.Database) -> None:
    """The day a verdict was made, by the application's clock (its `today`, the day the answers were assessed on):
    `created_at` is the database's wall clock, in UTC, which is not the day the person saw (a test's fixed day, a
    verdict made late in the evening west of Greenwich). Older rows have none: their `created_at` stands in."""
    db.execute("ALTER TABLE verdicts ADD COLUMN made_on TEXT")


_STEPS = (
    ("0001_initial_schema", _initial_schema),
    ("0002_outbox_and_group_notices", _outbox_and_group_notices),
    ("0004_rounds", _rounds),
    ("0003_reminders", _reminders),
    ("0005_inbox", _inbox),
    ("0006_rounds_french_names_and_failures", _rounds_french_names_and_failures),
    ("0007_verdicts_made_on", _verdicts_made_on),
)
for _name, _step in _STEPS:
    MIGRATIONS(name=_name)(_step)

LATEST_SCHEMA_VERSION = len(_STEPS)


def open_database(path: str | pathlib.Path) -> sqlite_utils.Database:
    """Open (or create) the database file with durable settings and the latest schema.

    WAL keeps readers and the writer apart and survives kill -9; synchronous=NORMAL in WAL mode loses no
    committed transaction when the process dies (only an OS crash or power cut can drop the last commits).
    secure_delete overwrites deleted rows with zeros, so /delete does not leave a user's answers in free pages.
    journal_size_limit = 0 cuts the WAL at the first commit after each checkpoint: SQLite otherwise writes the log
    again from its beginning and leaves the rest of the file as it was, with what is no longer stored anywhere
    (a handled update, a delivered reply quoting a refused answer, a dropped verdict) in it.
    """
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path, execute_plugins=False)
    try:
        # Connection-level settings; none of them can take effect inside a transaction.
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA secure_delete = ON")
        db.execute("PRAGMA journal_size_limit = 0")
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def migrate(db: sqlite_utils.Database) -> None:
    """Apply pending migrations under one write lock, so two processes opening a fresh file cannot race."""
    with write_transaction(db):
        MIGRATIONS.apply(db)


def schema_version(db: sqlite_utils.Database) -> int:
    """How many of our migrations the file has applied (LATEST_SCHEMA_VERSION once open_database returns)."""
    return len(MIGRATIONS.applied(db))


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One explicit transaction that takes the write lock up front.

    BEGIN IMMEDIATE makes a second writer wait on busy_timeout instead of failing midway with SQLITE_BUSY when
    a read turns into a write. Everything inside commits together or not at all.
    """
    if db.conn.in_transaction:
        raise RuntimeError("write_transaction() does not nest: a transaction is already open")
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
