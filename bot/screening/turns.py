"""The turn and its transaction: one read of the user and their screening, one write of what an action changed.

A front end that delivers replies through the outbox (Telegram) wraps each user action in a turn: `begin` reads
the user and the session once, the action stages what it changes, and `commit` writes it, with the reply to
deliver, in one transaction. Without a turn (the terminal chat), each save is written at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.screening.group_commit import GroupCommit
from bot.screening.reminders import ReminderActions
from eligibility.rounds import Rounds
from eligibility.tables import rules_version
from flows import conversation as talk
from flows.conversation import OutMessage, Reply
from flows.machine import FIRST, STATES, Screening
from flows.texts import normalize_language
from storage import Repository, SessionRecord, TurnWrite, UserRecord

LAST_UPDATE = "_last_update"  # the Telegram update that gave the latest answer (a redelivery is not applied)


@dataclass
class Outcome:
    """What a front end must show after one user action."""

    messages: list[OutMessage] = field(default_factory=list)
    echo: str | None = None  # the accepted answer, shown above what comes next
    toast: str | None = None  # a short notice for a button press (e.g. a stale button)
    language: str = "en"
    replace: bool = False  # the reply takes the place of the message whose button was pressed
    stale: bool = False  # the press was of a button that no longer applies
    strip: bool = False  # the pressed message keeps its text and loses its buttons; the reply comes below it
    error: bool = False  # a typed answer was refused (the question is asked again)


@dataclass
class Turn:
    """One user action in progress: what was read at its start, what to write at its end."""

    user_id: int
    lang: str
    update_id: int | None
    user: UserRecord | None
    record: SessionRecord | None
    redelivered: bool = False  # Telegram sent an update already applied (e.g. after a crash)
    session: SessionRecord | None = None  # staged: the new state and answers
    verdict: tuple[dict[str, Any], str] | None = None  # staged: a verdict and its rules version
    verdict_on: str | None = None  # staged: the day it was made (the application's clock, never the database's)
    unblock: bool = False
    deleted: bool = False

    @property
    def changed(self) -> bool:
        return self.session is not None or self.verdict is not None




class TurnStore:
    """Reads and writes one user action's state; the actions themselves are in ScreeningService."""

    def __init__(self, repository: Repository, today: Callable[[], dt.date]) -> None:
        self.repository = repository
        self.today = today
        self._turns: dict[int, Turn] = {}
        self.rounds: Rounds | None = None  # what verdicts compare with, set by scheduled/rounds_job.py
        self.reminders = ReminderActions(repository, today)
        self.group = GroupCommit(repository)

    # -- turns: one read, one write per user action -------------------------------------------------------
    def begin(self, user_id: int, telegram_code: str | None = None, update_id: int | None = None) -> Turn:
        """Read the user and their screening once; the action's saves are staged until `commit`.

        Nothing is written for someone who only looks around: the user row is created by the first save.
        """
        user, record = self.repository.load_turn(user_id)
        lang = user.language if user is not None else normalize_language(telegram_code)
        last = record.answers.get(LAST_UPDATE, -1) if record is not None else -1
        turn = Turn(user_id, lang, update_id, user, record,
                    redelivered=update_id is not None and isinstance(last, int) and last >= update_id,
                    unblock=user is not None and user.blocked)
        self._turns[user_id] = turn
        return turn

    def commit(self, turn: Turn, reply: dict[str, Any] | None = None) -> int | None:
        """Write what the action changed, with `reply` (plain data) queued in the outbox, in one transaction.

        Returns the outbox id of the reply, or None when nothing changed (the reply then needs no row: the
        same update sent again after a crash gives the same reply).
        """
        write = self._write_of(turn, reply)
        return self.repository.commit_turns([write])[0] if write is not None else None

    async def commit_together(self, turn: Turn, reply: dict[str, Any] | None = None) -> int | None:
        """commit, in one transaction with the other turns that end in the same pass of the event loop
        (bot/screening/group_commit.py): for a front end whose handlers run side by side."""
        write = self._write_of(turn, reply)
        return await self.group.commit(write) if write is not None else None

    def _write_of(self, turn: Turn, reply: dict[str, Any] | None) -> TurnWrite | None:
        """What `commit` writes for the turn (None: nothing); the turn is over either way."""
        self._turns.pop(turn.user_id, None)
        if turn.deleted:
            return None
        # A reply that changes nothing (a question shown again, an answer refused) is committed too when the user
        # has a row, with the update marked handled: a crash while it is sent then leaves it to the outbox, which
        # knows whether it arrived, instead of handling the update again. Someone who only looks around (no
        # row yet) gets no row for it: their update is marked once answered.
        keep = turn.changed or (reply is not None and turn.user is not None and turn.update_id is not None)
        if not (keep or turn.unblock):
            return None
        return TurnWrite(turn.user_id, turn.lang, session=turn.session, verdict=turn.verdict, unblock=turn.unblock,
                         reply=reply if keep else None, update_id=turn.update_id,
                         user_touched_at=turn.user.updated_at if turn.user is not None else None,
                         verdict_on=turn.verdict_on if turn.verdict is not None else None)

    def abandon(self, turn: Turn) -> None:
        """The action failed: nothing it staged is written."""
        self._turns.pop(turn.user_id, None)

    # -- users and sessions ----------------------------------------------------------------------------
    def language(self, user_id: int, telegram_code: str | None = None) -> str:
        """The user's language: chosen with /language, else their Telegram app's, else English (no write)."""
        user = self.repository.get_user(user_id)
        return user.language if user is not None else normalize_language(telegram_code)

    def _load(self, user_id: int) -> tuple[Screening | None, SessionRecord | None]:
        turn = self._turns.get(user_id)
        record = (turn.session or turn.record) if turn is not None else self.repository.load_session(user_id)
        if record is None:
            return None, None
        if record.state not in STATES:  # saved by an older flow: keep the answers, walk them again
            screening = Screening(FIRST, record.answers, [])
        else:
            screening = Screening(record.state, record.answers, record.history)
        screening.rounds = self.rounds
        # Stored at a result while a job or test is half answered (left that way before this rule, or by a way the
        # flow does not foresee): its next question instead, so that a typed answer answers it.
        talk.resume_unfinished(screening)
        return screening, record

    def _save(self, user_id: int, screening: Screening, reply: Reply | None = None,
              record: SessionRecord | None = None, update_id: int | None = None) -> None:
        """The answer, the new state and any verdict, committed in one transaction (staged within a turn)."""
        turn = self._turns.get(user_id)
        if turn is not None and turn.update_id is not None:
            update_id = turn.update_id
        if update_id is not None:
            screening.answers[LAST_UPDATE] = update_id
        new = SessionRecord(user_id=user_id, state=screening.state, answers=screening.answers,
                            history=screening.history, flow_version=talk.FLOW_VERSION,
                            question_message_id=record.question_message_id if record else None)
        verdict = (reply.result, rules_version()) if reply is not None and reply.result is not None else None
        made_on = self.today().isoformat()  # the day the person is told about: dated by it in /rounds and alerts
        if turn is not None:
            turn.session = new
            turn.verdict = verdict or turn.verdict
            turn.verdict_on = made_on if verdict is not None else turn.verdict_on
        elif verdict is not None:
            self.repository.save_verdict(user_id, verdict[0], verdict[1], session=new, made_on=made_on)
        else:
            self.repository.save_session(new)

    def _finish(self, user_id: int, screening: Screening, record: SessionRecord | None, reply: Reply,
                lang: str, update_id: int | None = None) -> Outcome:
        if reply.changed or reply.keep:  # keep: nothing answered, the occupations offered remembered
            self._save(user_id, screening, reply, record, update_id)
        return Outcome(reply.messages, echo=reply.echo, language=lang, error=reply.error)
