"""What the rounds feed and the round alerts keep: IRCC's rounds as last retrieved, who wants an alert, and the
alerts decided but not yet handed to the outbox.

A refresh stores the rounds and queues one alert per opted-in user in the same transaction, so a round is news
exactly once: a crash after the commit leaves the alerts queued, never decided twice. The queue is emptied into
the outbox at a steady pace (bot/scheduled/round_alerts.py), one row at a time, each move one transaction.
Mixed into Repository (one object for the bot), which provides `db` and `_timestamp`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from storage.database import write_transaction

# Whether a verdict row's answers meet every requirement on the day it was made: its own verdict, or for a result
# made for a later, planned day the `verdict_today` it carries (flows/conversation.py: result_for). Read from the
# latest row first: an answer changed under a plan leaves no newer result for the day itself, and the last one made
# for that day had the answers before the change. Rows stored without it fall back to that last one.
_VERDICT_TODAY = """CASE WHEN coalesce(json_extract(result, '$.as_of'), '')
                              <= substr(coalesce(made_on, created_at), 1, 10)
                    THEN json_extract(result, '$.verdict') ELSE json_extract(result, '$.verdict_today') END"""


@dataclass(frozen=True, slots=True)
class FeedState:
    """The last good retrieval of the feed and what a conditional request needs."""

    source: str
    etag: str | None
    last_modified: str | None
    retrieved_at: str  # when the stored rounds were last downloaded (or read from a file)
    checked_at: str  # when the feed was last confirmed (a 304 "not modified" confirms)
    round_count: int


@dataclass(frozen=True, slots=True)
class Subscriber:
    """An opted-in, unblocked user and what their alert compares with (their latest CRS estimate, if any)."""

    user_id: int
    language: str
    crs_total: int | None
    french_points: int
    nominee_points: int
    estimated_at: str | None
    # A partner who may or may not come (flows/results.py): `crs_total` is the lower reading; the other one, and
    # whether the lower one has the partner coming. None otherwise.
    crs_other: int | None = None
    partner_coming: bool | None = None
    eligible: bool | None = None  # whether their latest answers met every requirement that day (None: no result)
    for_day: str | None = None  # the later application day the estimate was made for ("what if I apply later?")


@dataclass(frozen=True, slots=True)
class QueuedAlert:
    id: int
    user_id: int
    reply: dict[str, Any]


# compose(new round keys, subscribers) -> [(user_id, round key, reply)]
Compose = Callable[[list[str], list[Subscriber]], list[tuple[int, str, dict[str, Any]]]]


class RoundsStorage:
    """The rounds and round-alert methods of Repository."""

    db: sqlite_utils.Database

    def _timestamp(self) -> str:  # provided by Repository
        raise NotImplementedError

    # -- the rounds ------------------------------------------------------------------------------------------
    def stored_rounds(self) -> list[dict[str, Any]]:
        """Every stored round as eligibility.rounds.Round.as_dict writes it, oldest first."""
        rows = self.db.execute(
            "SELECT number, date, program, invitations, lowest_crs, name, name_fr FROM rounds "
            "ORDER BY date, number"
        ).fetchall()
        return [{"number": None if r[0] is None else str(r[0]), "date": r[1], "program": r[2], "invitations": r[3],
                 "lowest_crs": r[4], "name": r[5], "name_fr": r[6]} for r in rows]

    def note_feed_failure(self, problem: str) -> None:
        """A refresh failed (the stored rounds were kept): when and why, for `cec-screener rules`."""
        with write_transaction(self.db):
            self.db.execute(
                "INSERT INTO rounds_feed_failure (id, failed_at, problem) VALUES (1, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET failed_at = excluded.failed_at, problem = excluded.problem",
                [self._timestamp(), problem[:500]])

    def last_feed_failure(self) -> tuple[str, str] | None:
        """(when, why) of the last failed refresh, if any."""
        row = self.db.execute("SELECT failed_at, problem FROM rounds_feed_failure").fetchone()
        return (row[0], row[1]) if row is not None else None

    def feed_state(self) -> FeedState | None:
        row = self.db.execute(
            "SELECT source, etag, last_modified, retrieved_at, checked_at, round_count FROM rounds_feed"
        ).fetchone()
        return FeedState(*row) if row is not None else None

    def mark_feed_checked(self, source: str) -> None:
        """The feed answered "not modified": the stored rounds are confirmed current."""
        with write_transaction(self.db):
            self.db.execute("UPDATE rounds_feed SET checked_at = ?, source = ?", [self._timestamp(), source])

    def store_rounds(self, rounds: list[dict[str, Any]], *, source: str, etag: str | None,
                     last_modified: str | None, candidates: list[str], compose: Compose) -> tuple[list[str], int]:
        """Store a validated feed (dicts with key, number, date, program, name, name_fr, invitations, lowest_crs)
        in place of the rounds stored before (the feed holds every round since the first; the caller checked it
        lacks none of them), and queue the alerts for the rounds that are news, in one transaction. Returns
        (new keys, alerts queued).

        `candidates` are the keys the caller found new against what it knew; those already stored are dropped
        inside the transaction, so two refreshes at once (the bot's schedule and a cron job) cannot both find
        the same round new. `compose` writes the alerts for the rest.
        """
        now = self._timestamp()
        with write_transaction(self.db):
            known = {row[0] for row in self.db.execute("SELECT round_key FROM rounds").fetchall()}
            new_keys = [key for key in candidates if key not in known]
            # Replaced, not merged: a round stored under a key derived differently before (or a typo IRCC has
            # corrected since) must not stay beside the live one.
            self.db.execute("DELETE FROM rounds")
            self.db.conn.executemany(
                """
                INSERT INTO rounds (round_key, number, date, program, name, name_fr, invitations, lowest_crs,
                                    stored_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [(r["key"], r["number"], r["date"], r["program"], r["name"], r.get("name_fr", ""),
                  r["invitations"], r["lowest_crs"], now) for r in rounds],
            )
            self.db.execute(
                """
                INSERT INTO rounds_feed (id, source, etag, last_modified, retrieved_at, checked_at, round_count)
                VALUES (1, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET source = excluded.source, etag = excluded.etag,
                    last_modified = excluded.last_modified, retrieved_at = excluded.retrieved_at,
                    checked_at = excluded.checked_at, round_count = excluded.round_count
                """,
                [source, etag, last_modified, now, now, len(rounds)],
            )
            queued = 0
            if new_keys:
                alerts = compose(new_keys, self.round_alert_subscribers())
                cursor = self.db.conn.executemany(
                    "INSERT OR IGNORE INTO round_alert_queue (user_id, round_key, reply, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    [(user_id, key, json.dumps(reply, ensure_ascii=False, sort_keys=True), now)
                     for user_id, key, reply in alerts],
                )
                queued = max(cursor.rowcount, 0)
        return new_keys, queued

    # -- who wants alerts ------------------------------------------------------------------------------------
    def set_round_alerts(self, user_id: int, on: bool, language: str) -> bool:
        """Turn a user's round alerts on or off; True when that changed something."""
        now = self._timestamp()
        with write_transaction(self.db):
            if on:
                self.db.execute(
                    "INSERT OR IGNORE INTO users (user_id, language, blocked, created_at, updated_at) "
                    "VALUES (?, ?, 0, ?, ?)", [user_id, language, now, now])
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO round_alert_optins (user_id, created_at) VALUES (?, ?)", [user_id, now])
            else:
                cursor = self.db.execute("DELETE FROM round_alert_optins WHERE user_id = ?", [user_id])
                self.db.execute("DELETE FROM round_alert_queue WHERE user_id = ?", [user_id])
        return cursor.rowcount == 1

    def round_alerts_on(self, user_id: int) -> bool:
        row = self.db.execute("SELECT 1 FROM round_alert_optins WHERE user_id = ?", [user_id]).fetchone()
        return row is not None

    def round_alert_subscribers(self) -> list[Subscriber]:
        """Opted-in users not known to have blocked the bot, with their latest CRS estimate (if any). Not those
        whose answers now say they will live in Quebec (the answer "quebec": true): Express Entry's rounds are not
        their route, and their old estimate must not be compared with them (RULES.md 8). Whether they are eligible
        is their latest result's say, even when it made no new CRS estimate (latest_crs says why), and never that
        of a result for a later application day ("what if I apply later?"): a round invites who is in the pool on
        its day. The estimate's own later day, if it was made for one, is `for_day`."""
        rows = self.db.execute(
            """
            SELECT o.user_id, u.language,
                   json_extract(v.result, '$.crs.total'), json_extract(v.result, '$.crs.details.french'),
                   json_extract(v.result, '$.crs.details.provincial_nomination'),
                   coalesce(v.made_on, v.created_at), json_extract(v.result, '$.approximate.spouse.crs_other'),
                   json_extract(v.result, '$.approximate.spouse.coming'),
                   coalesce((SELECT """ + _VERDICT_TODAY + """ FROM verdicts WHERE user_id = o.user_id
                             ORDER BY id DESC LIMIT 1),
                            (SELECT json_extract(result, '$.verdict') FROM verdicts
                             WHERE user_id = o.user_id
                               AND coalesce(json_extract(result, '$.as_of'), '')
                                   <= substr(coalesce(made_on, created_at), 1, 10)
                             ORDER BY id DESC LIMIT 1)),
                   json_extract(v.result, '$.as_of')
            FROM round_alert_optins o JOIN users u ON u.user_id = o.user_id
            LEFT JOIN sessions s ON s.user_id = o.user_id
            LEFT JOIN verdicts v ON v.id = (
                SELECT id FROM verdicts
                WHERE user_id = o.user_id AND json_extract(result, '$.crs.total') IS NOT NULL
                ORDER BY id DESC LIMIT 1)
            WHERE u.blocked = 0 AND json_type(s.answers, '$.quebec') IS NOT 'true' ORDER BY o.user_id
            """
        ).fetchall()
        return [Subscriber(r[0], r[1], r[2], r[3] or 0, r[4] or 0, r[5], r[6],
                           None if r[7] is None else bool(r[7]), None if r[8] is None else r[8] == "eligible",
                           r[9] if r[9] and r[5] and r[9] > r[5][:10] else None)
                for r in rows]

    def latest_crs(self, user_id: int
                   ) -> tuple[int, int, int, str, str | None, int | None, bool | None, str | None] | None:
        """(total, French points, nomination points, when, the application day it is for, the other reading's CRS,
        whether the total's reading has the partner coming) of the user's latest CRS estimate, if any (the day: the
        verdict's `as_of`, later than when for a planned application; the last two only for a partner who may or
        may not come, else None), and the verdict of the latest answers on the day they were assessed (the latest
        result's, or the `verdict_today` a result for a planned day carries: _VERDICT_TODAY), with or without a CRS
        ("eligible", "not_yet_eligible", "not_eligible"): answers given again after the estimate may no longer meet
        every requirement, and a cut-off reached then brings no invitation (RULES.md 1); a result for a later
        application day ("what if I apply later?") does not put anyone in the pool now. When: the day
        it was made by the application's clock (an ISO date), or for a verdict stored before that was kept, the
        timestamp it was stored at."""
        row = self.db.execute(
            """
            SELECT json_extract(result, '$.crs.total'), json_extract(result, '$.crs.details.french'),
                   json_extract(result, '$.crs.details.provincial_nomination'), coalesce(made_on, created_at),
                   json_extract(result, '$.as_of'), json_extract(result, '$.approximate.spouse.crs_other'),
                   json_extract(result, '$.approximate.spouse.coming'),
                   coalesce((SELECT """ + _VERDICT_TODAY + """ FROM verdicts WHERE user_id = ?
                             ORDER BY id DESC LIMIT 1),
                            (SELECT json_extract(result, '$.verdict') FROM verdicts
                             WHERE user_id = ? AND coalesce(json_extract(result, '$.as_of'), '')
                                                   <= substr(coalesce(made_on, created_at), 1, 10)
                             ORDER BY id DESC LIMIT 1))
            FROM verdicts WHERE user_id = ? AND json_extract(result, '$.crs.total') IS NOT NULL
            ORDER BY id DESC LIMIT 1
            """, [user_id, user_id, user_id]).fetchone()
        if row is None:
            return None
        return (int(row[0]), int(row[1] or 0), int(row[2] or 0), str(row[3]), row[4] if row[4] else None,
                None if row[5] is None else int(row[5]), None if row[6] is None else bool(row[6]),
                None if row[7] is None else str(row[7]))

    # -- the queue -------------------------------------------------------------------------------------------
    def queued_round_alerts(self, limit: int = 200) -> list[QueuedAlert]:
        rows = self.db.execute(
            "SELECT id, user_id, reply FROM round_alert_queue ORDER BY id LIMIT ?", [limit]
        ).fetchall()
        return [QueuedAlert(r[0], r[1], json.loads(r[2])) for r in rows]

    def round_alerts_waiting(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM round_alert_queue").fetchone()[0])

    def move_round_alert(self, alert_id: int) -> int | None:
        """Move one queued alert into the outbox (one transaction); its outbox id, or None when it is no longer
        to be sent (the user stopped alerts, deleted their data or blocked the bot meanwhile)."""
        now = self._timestamp()
        with write_transaction(self.db):
            row = self.db.execute(
                "SELECT q.user_id, q.reply, u.blocked FROM round_alert_queue q "
                "JOIN users u ON u.user_id = q.user_id WHERE q.id = ?", [alert_id]).fetchone()
            self.db.execute("DELETE FROM round_alert_queue WHERE id = ?", [alert_id])
            if row is None or row[2]:
                return None
            cursor = self.db.execute(
                "INSERT INTO outbox (user_id, update_id, created_at, reply) VALUES (?, NULL, ?, ?)",
                [row[0], now, row[1]])
        return cursor.lastrowid
