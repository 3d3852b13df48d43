"""The one object the bot talks to for persistence: users, sessions in progress, verdicts and the outbox.

Every write is a single short transaction, committed before the method returns, so the bot can reply only
after an answer is safely on disk. `commit_turn` writes everything one user action changed (user, session,
verdict, the reply to deliver) in one transaction; `load_turn` reads what it needs in one query. Calls are
synchronous and belong to the thread that built the repository (the asyncio event loop thread).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
import pathlib
import sqlite3
from collections.abc import Callable
from typing import Any

import sqlite_utils

from storage.checkpoints import Checkpointer
from storage.database import open_database, write_transaction
from storage.records import OutboxRecord, SessionRecord, TurnWrite, UserRecord, VerdictRecord
from storage.reminders import ReminderStorage
from storage.rounds import RoundsStorage

logger = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "en"
# A handled update keeps only its number: not its content, nor who sent it (the mark of a press after /delete
# would otherwise keep the erased user's id for two days).
_MARK_HANDLED = "UPDATE inbox SET handled = 1, body = NULL, user_id = NULL WHERE update_id = ?"
_FROM_A_STRANGER = ("SELECT user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = i.user_id)"
                    " FROM inbox i WHERE update_id = ? AND handled = 0")

# Of a user's verdicts, only these are ever read (storage/rounds.py): the latest, the latest with a CRS estimate,
# and the latest made for its own day (not for "what if I apply later?"). The others are deleted with each new
# one: a result shown again or for another month kept a copy of every answer's consequences forever.
_PRUNE_VERDICTS = """
    DELETE FROM verdicts WHERE user_id = :user AND id NOT IN (SELECT id FROM (
        SELECT max(id) AS id FROM verdicts WHERE user_id = :user
        UNION SELECT max(id) FROM verdicts
            WHERE user_id = :user AND json_extract(result, '$.crs.total') IS NOT NULL
        UNION SELECT max(id) FROM verdicts WHERE user_id = :user
            AND coalesce(json_extract(result, '$.as_of'), '') <= substr(coalesce(made_on, created_at), 1, 10)
    ) WHERE id IS NOT NULL)"""


def utc_now() -> datetime.datetime:
    """The default clock; tests inject their own."""
    return datetime.datetime.now(datetime.UTC)


TOUCH_EVERY = datetime.timedelta(hours=1)  # how stale users.updated_at may be after a turn (see commit_turn)


# One encoder for every write: json.dumps with options builds a new one per call (three per answer).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False)


def _dumps(value: Any) -> str:
    """Stable, readable JSON; NaN and unsortable keys raise before anything is written."""
    return _ENCODER.encode(value)


class Repository(ReminderStorage, RoundsStorage):
    """SQLite-backed storage for the screening; knows nothing of Telegram or of the conversation."""

    def __init__(
        self,
        path: str | pathlib.Path,
        now: Callable[[], datetime.datetime] = utc_now,
    ) -> None:
        self.path = pathlib.Path(path)
        self._now = now
        self.db: sqlite_utils.Database = open_database(self.path)
        self._closed = False
        # Outbox rows delivered but not yet deleted: deleted by the next write transaction (or flush_acks), so
        # acknowledging a delivery costs no transaction of its own under load.
        self._acked: set[int] = set()
        # Updates whose inbox row went with the turn that applied them: releasing them costs no transaction.
        self._released: set[int] = set()
        self._checkpointer: Checkpointer | None = None

    # -- lifecycle -------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection; safe to call twice (shutdown paths often overlap)."""
        if not self._closed:
            with contextlib.suppress(sqlite3.Error):
                self.flush_acks()
            self._closed = True
            if self._checkpointer is not None:
                self._checkpointer.stop()
            self.db.close()

    def checkpoint_in_background(self) -> Checkpointer:
        """WAL checkpoints from a thread of their own instead of inside this connection's commits (for a
        connection used on an event loop: see storage/checkpoints.py)."""
        if self._checkpointer is None:
            self.db.execute("PRAGMA wal_autocheckpoint = 0")
            self._checkpointer = Checkpointer(self.path)
            self._checkpointer.start()
        return self._checkpointer

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- users -----------------------------------------------------------------------------------------------

    def get_user(self, user_id: int) -> UserRecord | None:
        """The stored user, or None if we know nothing about them (never seen, or deleted)."""
        row = self.db.execute(
            "SELECT user_id, language, blocked, created_at, updated_at FROM users WHERE user_id = ?", [user_id]
        ).fetchone()
        if row is None:
            return None
        return UserRecord(
            user_id=row[0], language=row[1], blocked=bool(row[2]), created_at=row[3], updated_at=row[4]
        )

    def ensure_user(self, user_id: int, language: str) -> UserRecord:
        """Return the user, creating them with `language` if new.

        An existing user's language is kept: their own choice beats Telegram's client language. Nothing is
        written for a known user, so calling this on every update costs one read.
        """
        user = self.get_user(user_id)
        if user is not None:
            return user
        with write_transaction(self.db):
            self._ensure_user_row(user_id, language, self._timestamp())
        user = self.get_user(user_id)
        assert user is not None
        return user

    def set_language(self, user_id: int, language: str) -> None:
        """Record the language the user picked, creating the user if needed (the choice can come first)."""
        now = self._timestamp()
        with write_transaction(self.db):
            self.db.execute(
                """
                INSERT INTO users (user_id, language, blocked, created_at, updated_at) VALUES (?, ?, 0, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at
                """,
                [user_id, language, now, now],
            )

    def set_blocked(self, user_id: int, blocked: bool) -> None:
        """Mark that the user blocked (or unblocked) the bot, so we stop sending to them.

        Only updates a known user: a Forbidden error for someone who ran /delete must not bring their row back.
        """
        with write_transaction(self.db):
            self.db.execute(
                "UPDATE users SET blocked = ?, updated_at = ? WHERE user_id = ?",
                [int(blocked), self._timestamp(), user_id],
            )

    def user_count(self) -> int:
        """How many users are stored (for /stats-like reports and tests)."""
        return int(self.db.execute("SELECT count(*) FROM users").fetchone()[0])

    # -- one user action: one read, one write ----------------------------------------------------------------

    def load_turn(self, user_id: int) -> tuple[UserRecord | None, SessionRecord | None]:
        """The user and their screening in progress, in one query (None, None for someone never seen)."""
        row = self.db.execute(
            """
            SELECT u.user_id, u.language, u.blocked, u.created_at, u.updated_at,
                   s.state, s.answers, s.history, s.flow_version, s.question_message_id, s.started_at, s.updated_at
            FROM users u LEFT JOIN sessions s ON s.user_id = u.user_id WHERE u.user_id = ?
            """,
            [user_id],
        ).fetchone()
        if row is None:
            return None, None
        user = UserRecord(user_id=row[0], language=row[1], blocked=bool(row[2]), created_at=row[3],
                          updated_at=row[4])
        if row[5] is None:
            return user, None
        session = SessionRecord(user_id=row[0], state=row[5], answers=json.loads(row[6]),
                                history=json.loads(row[7]), flow_version=row[8], question_message_id=row[9],
                                started_at=row[10], updated_at=row[11])
        return user, session

    def commit_turn(
        self,
        user_id: int,
        *,
        language: str,
        session: SessionRecord | None = None,
        verdict: tuple[dict[str, Any], str] | None = None,
        unblock: bool = False,
        reply: dict[str, Any] | None = None,
        update_id: int | None = None,
        user_touched_at: str | None = None,
    ) -> int | None:
        """Everything one user action changed, in one transaction; returns the outbox row id of `reply`.

        The user row is created (with `language`) if needed, the session upserted, the verdict (result, rules
        version) stored, the blocked flag cleared, and `reply` queued in the outbox: the answer and the reply it
        calls for are on disk together or not at all. Delivered outbox rows acknowledged since the last write
        are deleted in the same transaction. `user_touched_at`: the user row's `updated_at` as the action read
        it; a row touched less than TOUCH_EVERY ago is not written again only to move that time (it matters to
        purge_inactive, which counts in months; issue 20: a statement less per answer).
        """
        return self.commit_turns([TurnWrite(user_id, language, session, verdict, unblock, reply, update_id,
                                            user_touched_at)])[0]

    def commit_turns(self, writes: list[TurnWrite]) -> list[int | None]:
        """commit_turn for several users' actions in one transaction (all written or none); the outbox row id
        of each reply, in order. One transaction's fixed cost and its pages (the inbox's, the outbox's) are
        paid once for all of them: the bot commits together the turns that reach their end in the same pass
        of its event loop (bot/screening/group_commit.py)."""
        staged = []
        for write in writes:  # serialised first: NaN and unsortable keys raise before anything is written
            if write.session is not None and write.session.user_id != write.user_id:
                raise ValueError(f"session belongs to user {write.session.user_id}, not {write.user_id}")
            staged.append((write,
                           (_dumps(write.session.answers), _dumps(write.session.history))
                           if write.session is not None else None,
                           _dumps(write.verdict[0]) if write.verdict is not None else None,
                           _dumps(write.reply) if write.reply is not None else None))
        moment = self._utc(self._now())
        now = self._timestamp(moment)
        stale_before = self._timestamp(moment - TOUCH_EVERY)
        outbox_ids: list[int | None] = []
        with write_transaction(self.db):
            for write, session_json, verdict_json, reply_json in staged:
                outbox_ids.append(self._write_turn(write, session_json, verdict_json, reply_json, now,
                                                   stale_before))
            acked = self._delete_acked()
        self._acked -= acked
        # Only now that they are committed: an update of a transaction rolled back is still unhandled, and
        # release_update must then mark it (a write that fails is retried turn by turn, bot/screening/).
        self._released.update(write.update_id for write in writes if write.update_id is not None)
        return outbox_ids

    def _write_turn(self, write: TurnWrite, session_json: tuple[str, str] | None, verdict_json: str | None,
                    reply_json: str | None, now: str, stale_before: str) -> int | None:
        """One action's statements, inside commit_turns' transaction; the outbox row id of its reply."""
        user_id = write.user_id
        fresh = write.user_touched_at is not None and not write.unblock and write.user_touched_at >= stale_before
        if not fresh:  # the user row, created or touched (and unblocked) in one statement
            self.db.execute(
                """
                INSERT INTO users (user_id, language, blocked, created_at, updated_at) VALUES (?, ?, 0, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET updated_at = excluded.updated_at,
                    blocked = CASE WHEN ? THEN 0 ELSE blocked END
                """,
                [user_id, write.language, now, now, write.unblock],
            )
        if write.verdict is not None:
            self.db.execute(
                "INSERT INTO verdicts (user_id, created_at, rules_version, result, made_on) "
                "VALUES (?, ?, ?, ?, ?)",
                [user_id, now, write.verdict[1], verdict_json, write.verdict_on],
            )
            self.db.execute(_PRUNE_VERDICTS, {"user": user_id})
        if write.session is not None and session_json is not None:
            self._upsert_session(write.session, *session_json, now)
        outbox_id: int | None = None
        if reply_json is not None:
            cursor = self.db.execute(
                "INSERT INTO outbox (user_id, update_id, created_at, reply) VALUES (?, ?, ?, ?)",
                [user_id, write.update_id, now, reply_json],
            )
            outbox_id = cursor.lastrowid
        if write.update_id is not None:  # the update is applied: a restart must not handle it again
            self.db.execute(_MARK_HANDLED, [write.update_id])
        return outbox_id

    # -- the outbox ------------------------------------------------------------------------------------------

    def pending_replies(self, user_id: int | None = None) -> list[OutboxRecord]:
        """Replies committed but not yet delivered, oldest first (of one user, or of everyone)."""
        where, parameters = ("WHERE user_id = ?", [user_id]) if user_id is not None else ("", [])
        rows = self.db.execute(
            f"SELECT id, user_id, update_id, created_at, reply FROM outbox {where} ORDER BY id", parameters
        ).fetchall()
        return [OutboxRecord(id=row[0], user_id=row[1], update_id=row[2], created_at=row[3],
                             reply=json.loads(row[4])) for row in rows if row[0] not in self._acked]

    def ack_reply(self, outbox_id: int) -> None:
        """The reply was delivered (or can never be): it leaves the outbox with the next write transaction.

        Call flush_acks to delete it now; close() does. A crash before then sends it once more at the next
        start, which is the price of not paying a transaction per delivery.
        """
        self._acked.add(outbox_id)

    def flush_acks(self) -> int:
        """Delete the acknowledged outbox rows now, in one transaction; returns how many were pending."""
        if not self._acked:
            return 0
        with write_transaction(self.db):
            acked = self._delete_acked()
        self._acked -= acked
        return len(acked)

    def update_reply(self, outbox_id: int, reply: dict[str, Any]) -> None:
        """Keep only what is left to deliver of a reply (its first parts were sent before a failure)."""
        with write_transaction(self.db):
            self.db.execute("UPDATE outbox SET reply = ? WHERE id = ?", [_dumps(reply), outbox_id])

    # -- the inbox: updates received and not yet handled -----------------------------------------------------

    def hold_update(self, update_id: int, user_id: int | None, body: dict[str, Any]) -> bool:
        """Keep an update until it is handled; False if it is known already (Telegram sent it again)."""
        with write_transaction(self.db):
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO inbox (update_id, user_id, received_at, body) VALUES (?, ?, ?, ?)",
                [update_id, user_id, self._timestamp(), _dumps(body)],
            )
        return cursor.rowcount == 1

    def hold_updates(self, updates: list[tuple[int, int | None, dict[str, Any]]]) -> set[int]:
        """hold_update for a whole getUpdates answer in one transaction; returns the ids not known before."""
        held: set[int] = set()
        now = self._timestamp()
        with write_transaction(self.db):
            for update_id, user_id, body in updates:
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO inbox (update_id, user_id, received_at, body) VALUES (?, ?, ?, ?)",
                    [update_id, user_id, now, _dumps(body)],
                )
                if cursor.rowcount == 1:
                    held.add(update_id)
        return held

    def held_updates(self) -> list[tuple[int, dict[str, Any]]]:
        """Updates received but never handled (the process died), oldest first."""
        rows = self.db.execute("SELECT update_id, body FROM inbox WHERE handled = 0 ORDER BY update_id").fetchall()
        return [(row[0], json.loads(row[1])) for row in rows]

    def holds_other_update(self, user_id: int, update_id: int) -> bool:
        """Whether the inbox holds an update from the user other than `update_id` (e.g. a newer one)."""
        return self.db.execute("SELECT 1 FROM inbox WHERE handled = 0 AND user_id = ? AND update_id != ? LIMIT 1",
                               [user_id, update_id]).fetchone() is not None

    def held_senders(self) -> set[int | None]:
        """Who sent the updates the inbox holds."""
        rows = self.db.execute("SELECT DISTINCT user_id FROM inbox WHERE handled = 0").fetchall()
        return {row[0] for row in rows}

    def release_update(self, update_id: int) -> None:
        """The update is handled (or never can be): only a mark of it is kept, without its content."""
        if update_id in self._released:
            self._released.discard(update_id)
            return
        with write_transaction(self.db):
            stranger = self.db.execute(_FROM_A_STRANGER, [update_id]).fetchone()
            self.db.execute(_MARK_HANDLED, [update_id])
        if stranger is not None and stranger[0]:
            # From someone the database keeps nothing about (a button pressed after /delete, say): the copy of
            # the update held until now waits in the WAL until it is overwritten; truncated now instead.
            self._checkpoint()

    def forget_handled_updates(self, older_than: datetime.timedelta) -> int:
        """Drop the marks of updates handled long enough ago that Telegram no longer sends them again."""
        cutoff = self._timestamp(self._utc(self._now()) - older_than)
        with write_transaction(self.db):
            return int(self.db.execute("DELETE FROM inbox WHERE handled = 1 AND received_at < ?",
                                       [cutoff]).rowcount)

    # -- groups ----------------------------------------------------------------------------------------------

    def first_notice_to_group(self, chat_id: int) -> bool:
        """True the first time only: a group is told once to talk in private, even across restarts."""
        if self.db.execute("SELECT 1 FROM group_notices WHERE chat_id = ?", [chat_id]).fetchone():
            return False
        with write_transaction(self.db):
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO group_notices (chat_id, created_at) VALUES (?, ?)",
                [chat_id, self._timestamp()],
            )
        return cursor.rowcount == 1

    # -- sessions --------------------------------------------------------------------------------------------

    def load_session(self, user_id: int) -> SessionRecord | None:
        """The screening in progress, exactly as last saved, or None."""
        row = self.db.execute(
            """
            SELECT user_id, state, answers, history, flow_version, question_message_id, started_at, updated_at
            FROM sessions WHERE user_id = ?
            """,
            [user_id],
        ).fetchone()
        if row is None:
            return None
        return SessionRecord(
            user_id=row[0],
            state=row[1],
            answers=json.loads(row[2]),
            history=json.loads(row[3]),
            flow_version=row[4],
            question_message_id=row[5],
            started_at=row[6],
            updated_at=row[7],
        )

    def save_session(self, record: SessionRecord) -> None:
        """Store the new state and answers in one transaction, before the bot replies.

        Ensures the user row, upserts the session (started_at is kept from the first save) and touches
        users.updated_at so purge_inactive sees the activity. The record passed in is not modified.
        """
        answers, history = _dumps(record.answers), _dumps(record.history)
        now = self._timestamp()
        with write_transaction(self.db):
            self._ensure_user_row(record.user_id, DEFAULT_LANGUAGE, now)
            self._upsert_session(record, answers, history, now)
            self._touch_user(record.user_id, now)

    def clear_session(self, user_id: int) -> None:
        """Forget the screening in progress (finished or restarted); the user and verdicts stay."""
        now = self._timestamp()
        with write_transaction(self.db):
            self.db.execute("DELETE FROM sessions WHERE user_id = ?", [user_id])
            self._touch_user(user_id, now)

    # -- verdicts --------------------------------------------------------------------------------------------

    def save_verdict(
        self,
        user_id: int,
        result: dict[str, Any],
        rules_version: str,
        session: SessionRecord | None = None,
        made_on: str | None = None,
    ) -> int:
        """Store a verdict with the rules version that produced it (those no longer read go: _PRUNE_VERDICTS);
        returns its id. `made_on`: the day it was made by the application's clock (ISO date), what /rounds and
        the round alerts date "your latest estimate" by.

        When `session` is given it is saved in the same transaction, so the final answer, the final state and
        the verdict are committed together or not at all.
        """
        if session is not None and session.user_id != user_id:
            raise ValueError(f"session belongs to user {session.user_id}, not {user_id}")
        result_json = _dumps(result)
        session_json = (_dumps(session.answers), _dumps(session.history)) if session is not None else None
        now = self._timestamp()
        with write_transaction(self.db):
            self._ensure_user_row(user_id, DEFAULT_LANGUAGE, now)
            cursor = self.db.execute(
                "INSERT INTO verdicts (user_id, created_at, rules_version, result, made_on) "
                "VALUES (?, ?, ?, ?, ?)",
                [user_id, now, rules_version, result_json, made_on],
            )
            verdict_id = cursor.lastrowid
            self.db.execute(_PRUNE_VERDICTS, {"user": user_id})
            if session is not None and session_json is not None:
                self._upsert_session(session, *session_json, now)
            self._touch_user(user_id, now)
        assert verdict_id is not None
        return int(verdict_id)

    def latest_verdict(self, user_id: int) -> VerdictRecord | None:
        """The user's most recent verdict, or None."""
        row = self.db.execute(
            """
            SELECT id, user_id, created_at, rules_version, result FROM verdicts
            WHERE user_id = ? ORDER BY id DESC LIMIT 1
            """,
            [user_id],
        ).fetchone()
        if row is None:
            return None
        return VerdictRecord(
            id=row[0], user_id=row[1], created_at=row[2], rules_version=row[3], result=json.loads(row[4])
        )

    # -- erasure ---------------------------------------------------------------------------------------------

    def delete_user(self, user_id: int) -> None:
        """Erase every row about the user in one transaction (/delete).

        Children are deleted explicitly as well as by ON DELETE CASCADE, so erasure does not depend on the
        foreign_keys pragma. Then no trace of the id is left in the file: see `_erase_traces`.
        """
        with write_transaction(self.db):
            self._delete_users("user_id = ?", [user_id])
        self._erase_traces()

    def purge_inactive(self, older_than: datetime.timedelta) -> int:
        """Delete users (with sessions and verdicts) not updated for `older_than`, unless their reminders are on;
        returns how many users.

        Keeps only what the screening needs: abandoned screenings do not accumulate forever.
        """
        cutoff = self._timestamp(self._utc(self._now()) - older_than)
        with write_transaction(self.db):
            # Reminders need the answers they are computed from: kept while reminders are on.
            count = self._delete_users(
                "updated_at < ? AND user_id NOT IN (SELECT user_id FROM reminder_optins)"
                " AND user_id NOT IN (SELECT user_id FROM round_alert_optins)", [cutoff])
        if count:
            self._erase_traces()
        return count

    def rows_about(self, user_id: int) -> int:
        """Count rows in every table with a user_id column that mention the user (tests check erasure).

        Tables are discovered from the schema, so a table added later cannot escape the erasure tests.
        """
        total = 0
        for table in self._tables_with_user_id():
            total += int(
                self.db.execute(f'SELECT count(*) FROM "{table}" WHERE user_id = ?', [user_id]).fetchone()[0]
            )
        return total

    # -- helpers ---------------------------------------------------------------------------------------------

    def _utc(self, moment: datetime.datetime) -> datetime.datetime:
        """Naive datetimes from an injected clock are taken as UTC."""
        if moment.tzinfo is None:
            return moment.replace(tzinfo=datetime.UTC)
        return moment.astimezone(datetime.UTC)

    def _timestamp(self, moment: datetime.datetime | None = None) -> str:
        """Fixed-width UTC ISO 8601, so that string order is time order (purge compares strings)."""
        moment = self._utc(self._now() if moment is None else moment)
        return moment.isoformat(timespec="microseconds")

    def _ensure_user_row(self, user_id: int, language: str, now: str) -> None:
        self.db.execute(
            """
            INSERT OR IGNORE INTO users (user_id, language, blocked, created_at, updated_at) VALUES (?, ?, 0, ?, ?)
            """,
            [user_id, language, now, now],
        )

    def _touch_user(self, user_id: int, now: str) -> None:
        self.db.execute("UPDATE users SET updated_at = ? WHERE user_id = ?", [now, user_id])

    def _upsert_session(self, record: SessionRecord, answers: str, history: str, now: str) -> None:
        self.db.execute(
            """
            INSERT INTO sessions
                (user_id, state, answers, history, flow_version, question_message_id, started_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET
                state = excluded.state,
                answers = excluded.answers,
                history = excluded.history,
                flow_version = excluded.flow_version,
                question_message_id = excluded.question_message_id,
                updated_at = excluded.updated_at
            """,
            [
                record.user_id,
                record.state,
                answers,
                history,
                record.flow_version,
                record.question_message_id,
                record.started_at or now,
                now,
            ],
        )

    def _delete_users(self, where: str, parameters: list[Any]) -> int:
        """Delete matching users and their rows in the child tables; must run inside a write transaction."""
        selection = f"SELECT user_id FROM users WHERE {where}"
        for table in self._tables_with_user_id():
            if table != "users":
                self.db.execute(f'DELETE FROM "{table}" WHERE user_id IN ({selection})', parameters)
        return int(self.db.execute(f"DELETE FROM users WHERE {where}", parameters).rowcount)

    def _delete_acked(self) -> set[int]:
        """Delete the acknowledged outbox rows; must run inside a write transaction. Returns the ids handled."""
        acked = set(self._acked)
        if acked:
            marks = ", ".join("?" * len(acked))
            self.db.execute(f"DELETE FROM outbox WHERE id IN ({marks})", list(acked))
        return acked

    def _tables_with_user_id(self) -> list[str]:
        return [
            name
            for name in self.db.table_names()
            if not name.startswith(("sqlite_", "_sqlite"))
            and any(column.name == "user_id" for column in self.db[name].columns)
        ]

    def _erase_traces(self) -> None:
        """After an erasure, rebuild the file (VACUUM), then truncate the WAL: nothing of the erased is left.

        secure_delete zeroes the deleted rows, but a table keyed by user_id (users, sessions, the opt-ins) keeps
        the id as a divider in its interior pages after the row is gone, and old copies of pages wait in the
        WAL. VACUUM writes every page afresh; on 10,000 users (24 MB) it takes about 0.15 s, once per /delete
        and once per daily purge. Best effort: a file that cannot be vacuumed now (another connection writing)
        is vacuumed after the next erasure.
        """
        try:
            self.db.execute("VACUUM")
        except sqlite3.OperationalError as error:
            logger.warning("erasure: VACUUM postponed to the next erasure (%s)", error)
        self._checkpoint()

    def _checkpoint(self) -> None:
        """Copy the WAL into the main file and truncate it; best effort, a busy reader only delays it."""
        with contextlib.suppress(sqlite3.OperationalError):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
