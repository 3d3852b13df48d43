"""Looking after the database file: is it sound, can we write to it, and a copy of it while the bot runs.

The start checks and `cec-screener check` call the probes; `cec-screener backup` calls `backup_database`.
"""

from __future__ import annotations

import contextlib
import os
import pathlib
import sqlite3

import sqlite_utils

from storage.database import BUSY_TIMEOUT_MS, write_transaction

SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_sqlite(path: str | pathlib.Path) -> bool:
    """True for a SQLite file, or an empty one (SQLite makes an empty file a new database)."""
    with open(path, "rb") as file:
        head = file.read(len(SQLITE_HEADER))
    return head in (b"", SQLITE_HEADER)


def quick_check(db: sqlite_utils.Database | sqlite3.Connection) -> list[str]:
    """PRAGMA quick_check's findings: ["ok"] for a sound file, otherwise one line per problem (at most 10)."""
    conn = db.conn if isinstance(db, sqlite_utils.Database) else db
    return [row[0] for row in conn.execute("PRAGMA quick_check(10)").fetchall()]


def integrity_check(db: sqlite_utils.Database | sqlite3.Connection) -> list[str]:
    """PRAGMA integrity_check's findings, the same way: quick_check's and also every index against its table.

    A damaged index (`wrong # of entries in index inbox_waiting`) passes quick_check, and the bot would then
    write through it and damage more. On 10,000 users (24 MB) it takes about 60 ms against quick_check's 40
    (benchmarks/start_check.py): cheap enough to run in full at every start.
    """
    conn = db.conn if isinstance(db, sqlite_utils.Database) else db
    return [row[0] for row in conn.execute("PRAGMA integrity_check(10)").fetchall()]


def probe_writable(db: sqlite_utils.Database) -> None:
    """One real write, committed, that changes nothing: user_version rewritten with its own value.

    Raises sqlite3.OperationalError ("attempt to write a readonly database", "disk I/O error", ...) when the
    file, its journal or its folder cannot be written.
    """
    with write_transaction(db):
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        db.execute(f"PRAGMA user_version = {version}")


class LiveFileError(ValueError):
    """The backup's destination is one of the live database's own files; str(error) names which one."""


LIVE_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")


def live_file_named(source: pathlib.Path, target: pathlib.Path) -> str | None:
    """Which of the live database's files `target` is ("the live database", "its -wal file", ...), else None.

    Compared by path once links are resolved, and by device and inode, so a symbolic or hard link to the
    database (or a path spelled another way) is caught too: writing a copy over the file SQLite is using
    destroys it (the bot's open connection keeps writing pages into a file that is no longer its own).
    """
    resolved_source, resolved_target = source.resolve(), target.resolve()
    try:
        target_stat: os.stat_result | None = target.stat()
    except OSError:
        target_stat = None
    for suffix in LIVE_SUFFIXES:
        live = resolved_source.with_name(resolved_source.name + suffix)
        same = resolved_target == live
        if not same and target_stat is not None:
            with contextlib.suppress(OSError):
                live_stat = live.stat()
                same = (live_stat.st_dev, live_stat.st_ino) == (target_stat.st_dev, target_stat.st_ino)
        if same:
            return "the live database" if not suffix else f"the live database's {suffix} file"
    return None


def backup_database(source: str | pathlib.Path, target: str | pathlib.Path, *, overwrite: bool = False) -> int:
    """Copy the live database at `source` into `target` with SQLite's online backup; return the copy's size.

    Safe while the bot runs: the copy is one consistent snapshot (WAL lets the bot keep writing meanwhile). The
    copy is a single self-contained file (rollback journal, not WAL), checked with PRAGMA integrity_check, written
    beside `target` first and moved into place only when complete. An existing `target` is an error
    (FileExistsError) unless `overwrite`; a missing `source` is FileNotFoundError (it is never created); the
    live database itself or its -wal, -shm, -journal or .lock file is LiveFileError, even with `overwrite`.
    """
    source, target = pathlib.Path(source), pathlib.Path(target)
    if not source.is_file():
        raise FileNotFoundError(f"no database file at {source}")
    live = live_file_named(source, target)
    if live is not None:
        raise LiveFileError(live)
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} already exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True)
        try:
            src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)  # all pages in one step: one consistent snapshot, never restarted by writers
                dst.execute("PRAGMA journal_mode = DELETE")
                problems = integrity_check(dst)
                if problems != ["ok"]:
                    raise sqlite3.DatabaseError(f"the copy fails PRAGMA integrity_check: {problems[0]}")
            finally:
                dst.close()
        finally:
            src.close()
        if overwrite:
            os.replace(partial, target)
        else:
            try:
                os.link(partial, target)  # never replaces a file that appeared meanwhile
            except FileExistsError:
                raise FileExistsError(f"{target} already exists") from None
            except OSError:  # a file system without hard links
                if target.exists():
                    raise FileExistsError(f"{target} already exists") from None
                os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return target.stat().st_size
