"""/delete leaves no trace of the user's id in the database file or its WAL, not even in an interior page of a
table keyed by user_id, and nothing pressed after /delete brings one back: the bytes are read, not the rows."""

from __future__ import annotations

import datetime as dt
import pathlib
import signal
import sqlite3

from storage import Repository, SessionRecord

from .fake_api_server import FakeAPIServer
from .test_operations import TOKEN, environment, finish, polling, start, wait_until

BASE = 7_301_234_000  # Telegram ids are this large today: 6 bytes as a column value, 5 as a row key


def varint(value: int) -> bytes:
    """SQLite's variable-length integer (row keys, record headers): 7 bits a byte, high bit = more follow."""
    groups = []
    while True:
        groups.append(value & 0x7F)
        value >>= 7
        if not value:
            break
    groups.reverse()
    return bytes([*(0x80 | group for group in groups[:-1]), groups[-1]])


def forms_of(user_id: int) -> dict[str, bytes]:
    """The ways SQLite (and JSON) write the id: as text, as a row key, as a column value (big-endian)."""
    return {"decimal": str(user_id).encode(), "varint": varint(user_id),
            "6-byte integer": user_id.to_bytes(6, "big"), "8-byte integer": user_id.to_bytes(8, "big")}


def traces(user_id: int, *files: pathlib.Path) -> list[str]:
    found = []
    for file in files:
        data = file.read_bytes() if file.exists() else b""
        found += [f"{file.name}: {name}" for name, form in forms_of(user_id).items() if form in data]
    return found


def divider_keys(path: pathlib.Path, table: str) -> set[int]:
    """The row keys an interior page of `table` holds: kept there after the row itself is deleted."""
    conn = sqlite3.connect(path)
    try:
        pages = [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'internal'", [table])]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data, keys = path.read_bytes(), set()
    for number in pages:
        page = data[(number - 1) * size:number * size]
        head = 100 if number == 1 else 0
        assert page[head] == 0x05, "an interior page of a rowid table"
        for cell in range(int.from_bytes(page[head + 3:head + 5], "big")):
            offset = int.from_bytes(page[head + 12 + 2 * cell:head + 14 + 2 * cell], "big") + 4
            key = 0
            for byte in page[offset:offset + 9]:
                key = (key << 7) | (byte & 0x7F)
                if byte < 0x80:
                    break
            keys.add(key)
    return keys


def test_delete_leaves_no_trace_of_the_id_in_the_file(tmp_path: pathlib.Path) -> None:
    """The real `cec-screener run`: updates go through the inbox, erasure through the running process."""
    db = tmp_path / "bot.db"
    with Repository(db) as repository:  # 600 people already screened: the users table spans several pages
        for user_id in range(BASE, BASE + 600):
            repository.save_session(SessionRecord(user_id=user_id, state="quebec", answers={"quebec": None}))
    leaving = min(divider_keys(db, "users"))  # someone whose id is a divider in an interior page
    with Repository(db) as repository:  # with a result, reminders and round alerts on
        repository.save_verdict(leaving, {"eligible": True}, "2026-11")
        repository.turn_on_reminders(leaving, dt.date(2026, 11, 27), "en")
        repository.set_round_alerts(leaving, True, "en")
    staying = BASE + 1_000
    wal = db.with_name(db.name + "-wal")
    with FakeAPIServer(token=TOKEN) as server:
        bot = start(tmp_path, environment(db, server))
        try:
            wait_until(lambda: polling(server), what="the bot to poll")
            server.push_user_message(leaving, "/start")
            server.wait_for_bot_message_blocking(leaving, timeout=15)
            server.push_user_message(staying, "/start")
            server.wait_for_bot_message_blocking(staying, timeout=15)
            server.push_user_message(leaving, "/delete")
            asked = server.wait_for_bot_message_blocking(leaving, "Delete everything", timeout=15)
            confirmation = asked.message_id
            server.push_click(leaving, "Yes, delete everything")
            server.wait_for_bot_message_blocking(leaving, "everything about you is erased", timeout=15)
            # After /delete: a press of the other button, and a command, each leaving a mark in the inbox.
            server.push_click(leaving, "Keep my data", message_id=confirmation, stale=True)
            server.wait_for_bot_message_blocking(leaving, timeout=15)
            server.push_user_message(leaving, "/help")
            server.wait_for_bot_message_blocking(leaving, timeout=15)
            server.push_user_message(staying, "No")  # someone else goes on: the file keeps being written
            server.wait_for_bot_message_blocking(staying, timeout=15)
            wait_until(lambda: inbox(db)[0] == 0, what="every update to be marked handled")
            _, marks, with_user, with_body = inbox(db)
            assert marks >= 3 and (with_user, with_body) == (0, 0), "a handled update keeps its number only"
            assert traces(leaving, db, wal) == [], "while the bot runs"
            assert traces(staying, db, wal) != [], "the search finds an id that is there"
            bot.send_signal(signal.SIGTERM)
            assert finish(bot, timeout=15) == 0
        finally:
            finish(bot, timeout=0)
    assert traces(leaving, db, wal) == [], "after it stopped"
    with Repository(db) as repository:
        assert repository.rows_about(leaving) == 0 and repository.rows_about(staying) > 0


def inbox(db: pathlib.Path) -> tuple[int, int, int, int]:
    """Updates waiting; handled marks; marks with a user id; marks with a body (read, then let go at once)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT count(*) FILTER (WHERE handled = 0), count(*) FILTER (WHERE handled = 1), "
                           "count(user_id) FILTER (WHERE handled = 1), count(body) FILTER (WHERE handled = 1) "
                           "FROM inbox").fetchone()
    finally:
        conn.close()
    return int(row[0]), int(row[1]), int(row[2]), int(row[3])
