"""The inbox: an update is kept from its arrival until the turn that applies it is committed, then only a mark
of it (no content) is kept for a while, so that Telegram sending it again is recognised."""

from __future__ import annotations

import datetime

from storage.records import SessionRecord
from storage.repository import Repository

from .conftest import FakeClock

UPDATE = {"update_id": 41, "message": {"message_id": 3, "text": "21232"}}


def test_an_update_is_held_once_and_listed_until_released(repo: Repository) -> None:
    assert repo.hold_update(41, 7, UPDATE) is True
    assert repo.hold_update(41, 7, UPDATE) is False  # Telegram sent it again: already held
    assert repo.hold_update(42, None, {"update_id": 42}) is True
    assert repo.held_updates() == [(41, UPDATE), (42, {"update_id": 42})]
    repo.release_update(42)
    assert repo.held_updates() == [(41, UPDATE)]
    assert repo.hold_update(42, None, {"update_id": 42}) is False  # handled: sent again, it is still known


def test_a_handled_update_keeps_no_content(repo: Repository) -> None:
    repo.hold_update(41, 7, UPDATE)
    repo.release_update(41)
    assert repo.db.execute("SELECT handled, body FROM inbox").fetchall() == [(1, None)]


def test_the_turn_that_applies_an_update_marks_it_in_the_same_transaction(repo: Repository) -> None:
    repo.hold_update(41, 7, UPDATE)
    repo.hold_update(43, 7, {"update_id": 43})
    repo.commit_turn(7, language="en", session=SessionRecord(user_id=7, state="q2"), update_id=41)
    assert [update_id for update_id, _ in repo.held_updates()] == [43]
    assert repo.holds_other_update(7, 43) is False and repo.holds_other_update(7, 41) is True
    assert repo.held_senders() == {7}
    repo.release_update(41)  # handled: nothing left to do, and nothing else is touched
    assert [update_id for update_id, _ in repo.held_updates()] == [43]


def test_marks_are_forgotten_once_telegram_would_no_longer_send_the_update(repo: Repository,
                                                                           clock: FakeClock) -> None:
    repo.hold_update(41, 7, UPDATE)
    repo.release_update(41)
    repo.hold_update(44, 7, {"update_id": 44})  # not handled yet: kept whatever its age
    clock.advance(days=3)
    assert repo.forget_handled_updates(datetime.timedelta(days=2)) == 1
    assert repo.held_updates() == [(44, {"update_id": 44})]


def test_delete_erases_what_the_inbox_holds_for_the_user(repo: Repository) -> None:
    repo.commit_turn(7, language="en", session=SessionRecord(user_id=7, state="q2"), update_id=40)
    repo.hold_update(41, 7, UPDATE)
    repo.hold_update(44, 8, {"update_id": 44})
    repo.delete_user(7)
    assert repo.held_updates() == [(44, {"update_id": 44})]
    assert repo.db.execute("SELECT count(*) FROM inbox WHERE user_id = 7").fetchone() == (0,)
