"""What the reminders keep: who turned them on (and which kinds they cancelled), and which were sent.

The schedule itself is never stored: it is worked out from the answers each time. A reminder is recorded as
sent (user, kind, due day) in the same transaction as the message queued in the outbox, so it goes out once:
a crash after the commit leaves the message to the outbox's delivery, never to a second decision.
Mixed into Repository (one object for the bot), which provides `db`, `_timestamp` and `_ensure_user_row`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from storage.database import write_transaction


@dataclass(slots=True)
class ReminderSettings:
    user_id: int
    since: dt.date  # the day reminders were turned on: nothing due before it is sent
    muted: list[str] = field(default_factory=list)  # kinds the person cancelled


@dataclass(slots=True)
class ReminderCandidate:
    """An opted-in, unblocked user with nothing sent today, and what their schedule is computed from."""

    settings: ReminderSettings
    language: str
    answers: dict[str, Any]
    answered_on: dt.date  # the day the answers were last saved
    sent: set[tuple[str, str]]  # (kind, due day) already sent, recent ones


class ReminderStorage:
    """The reminder methods of Repository."""

    db: sqlite_utils.Database

    def _timestamp(self, moment: dt.datetime | None = None) -> str:  # provided by Repository
        raise NotImplementedError

    def _ensure_user_row(self, user_id: int, language: str, now: str) -> None:  # provided by Repository
        raise NotImplementedError

    def reminder_settings(self, user_id: int) -> ReminderSettings | None:
        """The user's opt-in, or None when reminders are off."""
        row = self.db.execute("SELECT since, muted FROM reminder_optins WHERE user_id = ?", [user_id]).fetchone()
        if row is None:
            return None
        return ReminderSettings(user_id, dt.date.fromisoformat(row[0]), json.loads(row[1]))

    def turn_on_reminders(self, user_id: int, since: dt.date, language: str) -> None:
        """Reminders on from `since`; turning them on again keeps the first day and brings back cancelled kinds."""
        now = self._timestamp()
        with write_transaction(self.db):
            self._ensure_user_row(user_id, language, now)
            self.db.execute(
                """
                INSERT INTO reminder_optins (user_id, since, muted, created_at) VALUES (?, ?, '[]', ?)
                ON CONFLICT (user_id) DO UPDATE SET muted = '[]'
                """,
                [user_id, since.isoformat(), now],
            )

    def mute_reminder(self, user_id: int, kind: str) -> bool:
        """Cancel one kind of reminder; False when reminders are off."""
        with write_transaction(self.db):
            row = self.db.execute("SELECT muted FROM reminder_optins WHERE user_id = ?", [user_id]).fetchone()
            if row is None:
                return False
            muted = sorted({*json.loads(row[0]), kind})
            self.db.execute("UPDATE reminder_optins SET muted = ? WHERE user_id = ?", [json.dumps(muted), user_id])
        return True

    def stop_reminders(self, user_id: int) -> bool:
        """Every reminder off; what was sent stays recorded (so turning them on again repeats nothing)."""
        with write_transaction(self.db):
            cursor = self.db.execute("DELETE FROM reminder_optins WHERE user_id = ?", [user_id])
        return cursor.rowcount == 1

    def reminder_candidates(self, today: dt.date, sent_from: dt.date) -> list[ReminderCandidate]:
        """Opted-in users not flagged blocked and sent nothing on `today`, with what was sent since `sent_from`."""
        rows = self.db.execute(
            """
            SELECT o.user_id, o.since, o.muted, u.language, s.answers, s.updated_at,
                   (SELECT json_group_array(json_array(r.kind, r.due_day)) FROM reminders_sent r
                    WHERE r.user_id = o.user_id AND r.due_day >= ?)
            FROM reminder_optins o
            JOIN users u ON u.user_id = o.user_id
            LEFT JOIN sessions s ON s.user_id = o.user_id
            WHERE u.blocked = 0
              AND NOT EXISTS (SELECT 1 FROM reminders_sent r WHERE r.user_id = o.user_id AND r.sent_on = ?)
            ORDER BY o.user_id
            """,
            [sent_from.isoformat(), today.isoformat()],
        ).fetchall()
        return [
            ReminderCandidate(
                settings=ReminderSettings(row[0], dt.date.fromisoformat(row[1]), json.loads(row[2])),
                language=row[3],
                answers=json.loads(row[4]) if row[4] is not None else {},
                answered_on=dt.date.fromisoformat(row[5][:10]) if row[5] else dt.date.fromisoformat(row[1]),
                sent={(kind, due) for kind, due in json.loads(row[6])},
            )
            for row in rows
        ]

    def record_reminder(self, user_id: int, kind: str, due: dt.date, today: dt.date,
                        reply: dict[str, Any]) -> int | None:
        """Decide to send one reminder: recorded as sent and its message queued in the outbox, in one transaction.

        Returns the outbox id, or None (nothing written) when this reminder was sent already, something was
        sent to the user on `today` already (one reminder a day at most), or reminders were turned off meanwhile.
        """
        now = self._timestamp()
        with write_transaction(self.db):
            refused = self.db.execute(
                """
                SELECT 1 FROM reminder_optins o WHERE o.user_id = ? AND NOT EXISTS (
                    SELECT 1 FROM reminders_sent r WHERE r.user_id = o.user_id
                    AND (r.sent_on = ? OR (r.kind = ? AND r.due_day = ?)))
                """,
                [user_id, today.isoformat(), kind, due.isoformat()],
            ).fetchone() is None
            if refused:
                return None
            self.db.execute(
                "INSERT INTO reminders_sent (user_id, kind, due_day, sent_on) VALUES (?, ?, ?, ?)",
                [user_id, kind, due.isoformat(), today.isoformat()],
            )
            cursor = self.db.execute(
                "INSERT INTO outbox (user_id, update_id, created_at, reply) VALUES (?, NULL, ?, ?)",
                [user_id, now, json.dumps(reply, ensure_ascii=False, sort_keys=True)],
            )
        return cursor.lastrowid

    def reminders_sent(self, user_id: int) -> list[tuple[str, str, str]]:
        """(kind, due day, sent on) of every reminder sent to the user, oldest first."""
        rows = self.db.execute(
            "SELECT kind, due_day, sent_on FROM reminders_sent WHERE user_id = ? ORDER BY sent_on, kind",
            [user_id],
        ).fetchall()
        return [(row[0], row[1], row[2]) for row in rows]
