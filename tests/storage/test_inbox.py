"""The inbox: an update is kept from its arrival until the turn that applies it is committed."""

from __future__ import annotations

from storage.records import SessionRecord
from storage.repository import Repository

UPDATE = {"update_id": 41, "message": {"message_id": 3, "text": "21232"}}


def test_an_update_is_held_once_and_listed_until_released(repo: Repository) -> None:
    assert repo.hold_update(41, 7, UPDATE) is True
    assert repo.hold_update(41, 7, UPDATE) is False  # Telegram sent it again: already held
    assert repo.hold_update(42, None, {"update_id": 42}) is True
    assert repo.held_updates() == [(41, UPDATE), (42, {"update_id": 42})]
    repo.release_update(42)
    assert repo.held_updates() == [(41, UPDATE)]


def test_the_turn_that_applies_an_update_releases_it_in_the_same_transaction(repo: Repository) -> None:
    repo.hold_update(41, 7, UPDATE)
    repo.hold_update(43, 7, {"update_id": 43})
    repo.commit_turn(7, language="en", session=SessionRecord(user_id=7, state="q2"), update_id=41)
    assert [update_id for update_id, _ in repo.held_updates()] == [43]
    repo.release_update(41)  # handled: nothing left to do, and nothing else is touched
    assert [update_id for update_id, _ in repo.held_updates()] == [43]


def test_delete_erases_what_the_inbox_holds_for_the_user(repo: Repository) -> None:
    repo.commit_turn(7, language="en", session=SessionRecord(user_id=7, state="q2"), update_id=40)
    repo.hold_update(41, 7, UPDATE)
    repo.hold_update(44, 8, {"update_id": 44})
    repo.delete_user(7)
    assert repo.held_updates() == [(44, {"update_id": 44})]
