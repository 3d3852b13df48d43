"""The outbox: a reply is committed with the answer that caused it, and leaves only once delivered."""

from __future__ import annotations

import datetime
import pathlib

import pytest

from storage.database import open_database
from storage.records import SessionRecord, TurnWrite
from storage.repository import Repository

from .conftest import FakeClock

REPLY = {"chat_id": 7, "edit": 12,
         "parts": [{"text": "✅ No\n\nNext question?", "buttons": [[["Yes", "a|q:0|yes"]]]}]}


def session(user_id: int = 7, state: str = "q2", **answers: object) -> SessionRecord:
    return SessionRecord(user_id=user_id, state=state, answers={"quebec": False, **answers}, history=["q1:0:0"])


def test_the_answer_and_its_reply_are_committed_together(repo: Repository) -> None:
    outbox_id = repo.commit_turn(7, language="fr", session=session(), reply=REPLY, update_id=41)
    assert outbox_id is not None
    user, saved = repo.load_turn(7)
    assert user is not None and user.language == "fr" and saved is not None and saved.state == "q2"
    [pending] = repo.pending_replies()
    assert (pending.id, pending.user_id, pending.update_id, pending.reply) == (outbox_id, 7, 41, REPLY)
    assert repo.pending_replies(8) == []


def test_a_failure_inside_the_transaction_writes_neither(repo: Repository,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(repo, "_delete_acked", broken)  # the last step of the transaction
    with pytest.raises(RuntimeError):
        repo.commit_turn(7, language="en", session=session(), reply=REPLY, verdict=({"v": 1}, "r1"))
    assert repo.load_turn(7) == (None, None)
    assert repo.pending_replies() == [] and repo.latest_verdict(7) is None


def test_an_unstorable_reply_writes_nothing(repo: Repository) -> None:
    with pytest.raises(ValueError):
        repo.commit_turn(7, language="en", session=session(), reply={"parts": [float("nan")]})
    assert repo.load_turn(7) == (None, None)


def test_an_acknowledged_reply_leaves_with_the_next_write(repo: Repository) -> None:
    first = repo.commit_turn(7, language="en", session=session(), reply=REPLY)
    assert first is not None
    repo.ack_reply(first)
    assert repo.pending_replies() == []  # not pending any more, at once
    assert repo.rows_about(7) == 3  # user, session, outbox row: deleted with the next transaction
    second = repo.commit_turn(8, language="en", session=session(8), reply=REPLY)
    assert repo.rows_about(7) == 2
    assert second is not None
    repo.ack_reply(second)
    assert repo.flush_acks() == 1 and repo.flush_acks() == 0
    assert repo.rows_about(8) == 2


def test_close_deletes_what_was_acknowledged(db_path: pathlib.Path, clock: FakeClock) -> None:
    with Repository(db_path, now=clock) as repo:
        delivered = repo.commit_turn(7, language="en", session=session(), reply=REPLY)
        repo.commit_turn(8, language="en", session=session(8), reply=REPLY)
        assert delivered is not None
        repo.ack_reply(delivered)
    with Repository(db_path, now=clock) as repo:
        assert [r.user_id for r in repo.pending_replies()] == [8]  # only the undelivered one is sent at start


def test_the_rest_of_a_reply_can_be_kept(repo: Repository) -> None:
    outbox_id = repo.commit_turn(7, language="en", session=session(), reply=REPLY)
    assert outbox_id is not None
    repo.update_reply(outbox_id, {**REPLY, "edit": None, "parts": []})
    assert repo.pending_replies(7)[0].reply == {**REPLY, "edit": None, "parts": []}


def test_a_turn_without_a_reply_or_a_session(repo: Repository) -> None:
    assert repo.commit_turn(7, language="fr") is None  # e.g. unblocking a user: no outbox row
    user, saved = repo.load_turn(7)
    assert user is not None and saved is None and repo.pending_replies() == []


def test_unblock_clears_the_flag_in_the_same_write(repo: Repository) -> None:
    repo.commit_turn(7, language="en", session=session())
    repo.set_blocked(7, True)
    repo.commit_turn(7, language="en", session=session(state="q3"), unblock=True)
    user, saved = repo.load_turn(7)
    assert user is not None and not user.blocked and saved is not None and saved.state == "q3"


def test_delete_and_purge_take_the_outbox_too(repo: Repository, clock: FakeClock) -> None:
    repo.commit_turn(7, language="en", session=session(), reply=REPLY)
    repo.commit_turn(8, language="en", session=session(8), reply=REPLY)
    assert repo.rows_about(7) == 3  # rows_about finds the outbox by its user_id column
    repo.delete_user(7)
    assert repo.rows_about(7) == 0 and [r.user_id for r in repo.pending_replies()] == [8]
    clock.advance(days=200)
    assert repo.purge_inactive(datetime.timedelta(days=180)) == 1
    assert repo.rows_about(8) == 0 and repo.pending_replies() == []


def test_a_group_is_noted_once_and_for_good(db_path: pathlib.Path, clock: FakeClock) -> None:
    with Repository(db_path, now=clock) as repo:
        assert repo.first_notice_to_group(-100) is True
        assert repo.first_notice_to_group(-100) is False
        assert repo.first_notice_to_group(-200) is True
    with Repository(db_path, now=clock) as repo:
        assert repo.first_notice_to_group(-100) is False


def test_load_turn_is_one_query(repo: Repository) -> None:
    repo.commit_turn(7, language="en", session=session())
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    user, saved = repo.load_turn(7)
    repo.db.conn.set_trace_callback(None)
    assert user is not None and saved is not None and saved.answers["quebec"] is False
    assert len(statements) == 1


def test_the_schema_has_the_outbox(db_path: pathlib.Path) -> None:
    db = open_database(db_path)
    try:
        assert {"outbox", "group_notices"} <= set(db.table_names())
        keys = db.execute("PRAGMA foreign_key_list(outbox)").fetchall()
        assert [(k[2], k[3], k[6]) for k in keys] == [("users", "user_id", "CASCADE")]
        assert db["group_notices"].pks == ["chat_id"]
    finally:
        db.close()


def test_several_turns_in_one_transaction(repo: Repository) -> None:
    repo.hold_updates([(41, 7, {"update_id": 41}), (42, 8, {"update_id": 42})])
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    ids = repo.commit_turns([TurnWrite(7, "fr", session=session(), reply=REPLY, update_id=41),
                             TurnWrite(8, "en", session=session(8, state="q5"), reply=REPLY, update_id=42),
                             TurnWrite(9, "en")])  # a turn with nothing to send: no outbox row
    repo.db.conn.set_trace_callback(None)
    assert [s for s in statements if s.startswith(("BEGIN", "COMMIT"))] == ["BEGIN IMMEDIATE", "COMMIT"]
    assert ids[0] is not None and ids[1] is not None and ids[0] < ids[1] and ids[2] is None
    assert [(r.id, r.user_id, r.update_id) for r in repo.pending_replies()] == [(ids[0], 7, 41), (ids[1], 8, 42)]
    user, saved = repo.load_turn(8)
    assert user is not None and user.language == "en" and saved is not None and saved.state == "q5"
    assert repo.held_updates() == []  # both updates marked handled with their turns


def test_one_unstorable_turn_writes_none_of_its_transaction(repo: Repository) -> None:
    with pytest.raises(ValueError):
        repo.commit_turns([TurnWrite(7, "en", session=session(), reply=REPLY),
                           TurnWrite(8, "en", session=session(8), reply={"parts": [float("nan")]})])
    assert repo.load_turn(7) == (None, None) and repo.load_turn(8) == (None, None)
    with pytest.raises(ValueError, match="belongs to user 9"):
        repo.commit_turns([TurnWrite(7, "en", session=session()), TurnWrite(8, "en", session=session(9))])
    assert repo.load_turn(7) == (None, None) and repo.pending_replies() == []


def test_an_update_of_a_rolled_back_transaction_is_still_released(repo: Repository,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A transaction that fails after a turn's statements ran leaves its update unhandled in the inbox; releasing
    it afterwards (the handler's failure path) must mark it, not take it for one its turn already marked."""
    repo.hold_updates([(41, 7, {"update_id": 41}), (42, 8, {"update_id": 42})])
    real = repo._write_turn

    def failing_on_the_second(write: TurnWrite, *args: object) -> int | None:
        if write.user_id == 8:
            raise RuntimeError("disk I/O error")
        return real(write, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(repo, "_write_turn", failing_on_the_second)
    with pytest.raises(RuntimeError):
        repo.commit_turns([TurnWrite(7, "en", session=session(), reply=REPLY, update_id=41),
                           TurnWrite(8, "en", session=session(8), reply=REPLY, update_id=42)])
    assert [update_id for update_id, _ in repo.held_updates()] == [41, 42]  # both rolled back
    repo.release_update(41)
    repo.release_update(42)
    assert repo.held_updates() == []
