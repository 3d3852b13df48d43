"""A write that fails halfway leaves the previous state exactly as it was: nothing half-saved."""

from __future__ import annotations

import math

import pytest

from storage.records import SessionRecord
from storage.repository import Repository

from .conftest import FakeClock


class Boom(Exception):
    pass


def boom(*args: object, **kwargs: object) -> None:
    raise Boom


def snapshot(repo: Repository) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to compare before and after a failed write."""
    return {
        table: repo.db.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        for table in ("users", "sessions", "verdicts")
    }


@pytest.fixture
def saved(repo: Repository, clock: FakeClock) -> Repository:
    repo.ensure_user(42, "fr")
    repo.save_session(SessionRecord(user_id=42, state="q1", answers={"q0": "yes"}, history=["q0"]))
    repo.save_verdict(42, {"eligible": False}, "2026-01")
    clock.advance(minutes=1)
    return repo


def test_unserialisable_answers_change_nothing(saved: Repository) -> None:
    before = snapshot(saved)
    with pytest.raises(TypeError):
        saved.save_session(SessionRecord(user_id=42, state="q2", answers={"q1": object()}))
    assert snapshot(saved) == before
    assert not saved.db.conn.in_transaction


def test_nan_is_refused_rather_than_stored_as_invalid_json(saved: Repository) -> None:
    before = snapshot(saved)
    with pytest.raises(ValueError):
        saved.save_session(SessionRecord(user_id=42, state="q2", answers={"hours": math.nan}))
    assert snapshot(saved) == before


def test_failure_midway_through_save_session_rolls_back(
    saved: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(saved)
    # The user row exists and the session is already upserted when touching the user fails.
    monkeypatch.setattr(saved, "_touch_user", boom)
    with pytest.raises(Boom):
        saved.save_session(SessionRecord(user_id=42, state="q2", answers={"q0": "yes", "q1": 1500}))
    assert snapshot(saved) == before
    assert not saved.db.conn.in_transaction
    monkeypatch.undo()
    saved.save_session(SessionRecord(user_id=42, state="q2", answers={"q1": 1500}))
    assert saved.load_session(42).state == "q2"  # type: ignore[union-attr]


def test_failure_on_first_save_leaves_no_user_behind(repo: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repo, "_upsert_session", boom)
    with pytest.raises(Boom):
        repo.save_session(SessionRecord(user_id=5, state="q1"))
    assert repo.rows_about(5) == 0


def test_unserialisable_verdict_changes_nothing(saved: Repository) -> None:
    before = snapshot(saved)
    session = SessionRecord(user_id=42, state="verdict", answers={"q1": 1500})
    with pytest.raises(TypeError):
        saved.save_verdict(42, {"when": {1, 2}}, "2026-02", session=session)
    assert snapshot(saved) == before


def test_unserialisable_session_in_save_verdict_changes_nothing(saved: Repository) -> None:
    before = snapshot(saved)
    with pytest.raises(TypeError):
        saved.save_verdict(
            42, {"eligible": True}, "2026-02", session=SessionRecord(42, "verdict", {"x": object()})
        )
    assert snapshot(saved) == before


def test_failure_midway_through_save_verdict_rolls_back_the_verdict(
    saved: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(saved)
    # The verdict row is already inserted when saving the session fails.
    monkeypatch.setattr(saved, "_upsert_session", boom)
    with pytest.raises(Boom):
        saved.save_verdict(42, {"eligible": True}, "2026-02", session=SessionRecord(user_id=42, state="verdict"))
    assert snapshot(saved) == before
    assert saved.latest_verdict(42).rules_version == "2026-01"  # type: ignore[union-attr]
    assert not saved.db.conn.in_transaction


def test_failure_inside_delete_user_keeps_everything(saved: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(saved)
    original_delete = saved._delete_users

    def delete_then_fail(where: str, parameters: list[object]) -> int:
        original_delete(where, parameters)  # every row is gone inside the transaction...
        raise Boom

    monkeypatch.setattr(saved, "_delete_users", delete_then_fail)
    with pytest.raises(Boom):
        saved.delete_user(42)
    assert snapshot(saved) == before
    assert not saved.db.conn.in_transaction
