"""Turns that end in the same pass of the event loop share one transaction; each handler still gets its own
outbox id, or its own error, and only once its answer is on disk."""

from __future__ import annotations

import asyncio
import pathlib
from collections.abc import Iterator
from typing import Any

import pytest

from bot.screening.group_commit import GroupCommit
from storage import Repository, SessionRecord, TurnWrite

REPLY = {"chat_id": 1, "edit": None, "parts": [{"text": "Next question?", "buttons": []}]}


@pytest.fixture
def repo(tmp_path: pathlib.Path) -> Iterator[Repository]:
    repository = Repository(tmp_path / "screener.db")
    yield repository
    repository.close()


def turn(user_id: int, reply: dict[str, Any] | None = REPLY, update_id: int | None = None) -> TurnWrite:
    return TurnWrite(user_id, "en", session=SessionRecord(user_id=user_id, state="q2", answers={"quebec": False}),
                     reply=reply, update_id=update_id)


async def test_handlers_ending_together_share_one_transaction(repo: Repository) -> None:
    group = GroupCommit(repo)
    repo.hold_updates([(100 + user, user, {"update_id": 100 + user}) for user in (1, 2, 3)])
    ids = await asyncio.gather(*(group.commit(turn(user, update_id=100 + user)) for user in (1, 2, 3)))
    assert (group.transactions, group.turns) == (1, 3)
    assert [r.user_id for r in repo.pending_replies()] == [1, 2, 3]
    assert list(ids) == [r.id for r in repo.pending_replies()]
    assert repo.held_updates() == []  # every update marked handled with its turn


async def test_each_handler_resumes_only_after_the_commit(repo: Repository) -> None:
    group = GroupCommit(repo)
    seen: list[bool] = []

    async def handler(user: int) -> None:
        outbox_id = await group.commit(turn(user))
        # What a handler does next is send its reply: by then its row is on disk, read by another connection.
        other = Repository(repo.path)
        try:
            seen.append(any(r.id == outbox_id for r in other.pending_replies(user)))
        finally:
            other.close()

    await asyncio.gather(handler(1), handler(2))
    assert seen == [True, True]


async def test_turns_of_later_passes_get_transactions_of_their_own(repo: Repository) -> None:
    group = GroupCommit(repo)
    await group.commit(turn(1))
    await group.commit(turn(2))
    assert (group.transactions, group.turns) == (2, 2)


async def test_one_turn_that_cannot_be_stored_fails_alone(repo: Repository) -> None:
    group = GroupCommit(repo)
    results = await asyncio.gather(group.commit(turn(1)), group.commit(turn(2, reply={"x": float("nan")})),
                                   group.commit(turn(3)), return_exceptions=True)
    assert isinstance(results[1], ValueError)
    assert isinstance(results[0], int) and isinstance(results[2], int)
    assert [r.user_id for r in repo.pending_replies()] == [1, 3]
    assert repo.load_turn(2) == (None, None)  # nothing of the failed turn was written


async def test_a_failing_database_fails_every_turn_of_the_pass(repo: Repository,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    group = GroupCommit(repo)

    def full(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(repo, "_delete_acked", full)  # the last statement of every transaction
    results = await asyncio.gather(group.commit(turn(1)), group.commit(turn(2)), return_exceptions=True)
    assert all(isinstance(result, OSError) for result in results)
    monkeypatch.undo()
    assert repo.pending_replies() == [] and repo.load_turn(1) == (None, None)


async def test_a_handler_cancelled_while_waiting_still_has_its_turn_written(repo: Repository) -> None:
    group = GroupCommit(repo)
    waiting = asyncio.ensure_future(group.commit(turn(1)))
    other = asyncio.ensure_future(group.commit(turn(2)))
    await asyncio.sleep(0)  # both wait for the pass's transaction
    waiting.cancel()
    assert isinstance(await other, int)
    assert waiting.cancelled()
    # Its reply is in the outbox, where the next sweep or start finds it: a user is never left in silence.
    assert [r.user_id for r in repo.pending_replies()] == [1, 2]


def test_a_new_event_loop_is_not_held_up_by_turns_left_on_an_ended_one(repo: Repository) -> None:
    group = GroupCommit(repo)
    old = asyncio.new_event_loop()
    try:
        left = old.create_task(group.commit(turn(1)))
        old.call_soon(old.stop)  # the loop stops after the handler's first step, before the pass is written
        old.run_forever()
        assert not left.done() and repo.pending_replies() == []

        async def later() -> int | None:
            return await asyncio.wait_for(group.commit(turn(2)), timeout=5)

        assert isinstance(asyncio.run(later()), int)
        left.cancel()
        old.run_until_complete(asyncio.gather(left, return_exceptions=True))  # its stale pass writes nothing
    finally:
        old.close()
    assert [r.user_id for r in repo.pending_replies()] == [2]  # the turn of the ended loop was never written
