"""/delete erases a user completely, and purge_inactive drops users who went quiet."""

from __future__ import annotations

import datetime
import pathlib

from storage.records import SessionRecord
from storage.repository import Repository

from .conftest import FakeClock

MARKER = "ZQXJ-unique-answer-4417"


def populate(repo: Repository, user_id: int, note: str = "ok") -> None:
    repo.ensure_user(user_id, "fr")
    repo.save_session(SessionRecord(user_id=user_id, state="q3", answers={"note": note}, history=["q1", "q2"]))
    # two verdicts that are both read (a CRS estimate, then a later result without one): both kept
    repo.save_verdict(user_id, {"eligible": True, "note": note, "crs": {"total": 470}}, "2026-01")
    repo.save_verdict(user_id, {"eligible": False, "note": note}, "2026-02")


def test_delete_user_erases_every_row_and_spares_others(repo: Repository) -> None:
    populate(repo, 1)
    populate(repo, 2)
    others_before = (repo.get_user(2), repo.load_session(2), repo.latest_verdict(2), repo.rows_about(2))
    assert repo.rows_about(1) == 4

    repo.delete_user(1)

    assert repo.rows_about(1) == 0
    assert repo.get_user(1) is None and repo.load_session(1) is None and repo.latest_verdict(1) is None
    assert (repo.get_user(2), repo.load_session(2), repo.latest_verdict(2), repo.rows_about(2)) == others_before
    assert repo.user_count() == 1


def test_delete_unknown_user_is_harmless(repo: Repository) -> None:
    populate(repo, 2)
    repo.delete_user(1)
    assert repo.rows_about(2) == 4


def test_a_deleted_user_can_start_again_from_nothing(repo: Repository) -> None:
    populate(repo, 1)
    repo.delete_user(1)
    user = repo.ensure_user(1, "en")
    assert user.language == "en"
    assert repo.load_session(1) is None and repo.latest_verdict(1) is None


def test_delete_does_not_depend_on_the_foreign_keys_pragma(repo: Repository) -> None:
    populate(repo, 1)
    repo.db.execute("PRAGMA foreign_keys = OFF")
    repo.delete_user(1)
    assert repo.rows_about(1) == 0


def test_a_table_added_later_is_counted_and_erased(repo: Repository) -> None:
    populate(repo, 1)
    repo.db.execute("CREATE TABLE feedback (id INTEGER PRIMARY KEY, user_id INTEGER, text TEXT)")
    repo.db.execute("INSERT INTO feedback (user_id, text) VALUES (1, 'thanks')")
    assert repo.rows_about(1) == 5
    repo.delete_user(1)
    assert repo.rows_about(1) == 0


def test_deleted_answers_do_not_linger_in_the_files(db_path: pathlib.Path, clock: FakeClock) -> None:
    with Repository(db_path, now=clock) as repo:
        populate(repo, 2)
        populate(repo, 1, note=MARKER)
        # Several versions of the session, so old copies of the page exist in the WAL.
        for step in range(5):
            repo.save_session(SessionRecord(user_id=1, state=f"q{step}", answers={"note": MARKER, "step": step}))
        repo.delete_user(1)
        files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
        contents = b"".join(p.read_bytes() for p in files)
        assert MARKER.encode() not in contents
        assert repo.rows_about(2) == 4


def test_purge_inactive_uses_the_clock(repo: Repository, clock: FakeClock) -> None:
    populate(repo, 1)  # goes quiet now
    clock.advance(days=20)
    populate(repo, 2)  # active 20 days later
    repo.ensure_user(3, "en")  # created 20 days later too
    clock.advance(days=15)

    assert repo.purge_inactive(datetime.timedelta(days=30)) == 1

    assert repo.rows_about(1) == 0
    assert repo.rows_about(2) == 4
    assert repo.get_user(3) is not None
    assert repo.user_count() == 2


def test_purge_inactive_keeps_the_boundary_and_counts_users(repo: Repository, clock: FakeClock) -> None:
    populate(repo, 1)
    populate(repo, 2)
    clock.advance(days=30)
    assert repo.purge_inactive(datetime.timedelta(days=30)) == 0, "exactly at the cutoff is not older"
    clock.advance(microseconds=1)
    assert repo.purge_inactive(datetime.timedelta(days=30)) == 2
    assert repo.user_count() == 0
    assert repo.rows_about(1) == repo.rows_about(2) == 0
    assert repo.purge_inactive(datetime.timedelta(days=30)) == 0


def test_any_write_counts_as_activity(repo: Repository, clock: FakeClock) -> None:
    for user_id in (1, 2, 3, 4):
        repo.ensure_user(user_id, "en")
    clock.advance(days=10)
    repo.save_session(SessionRecord(user_id=1, state="q1"))
    repo.save_verdict(2, {"eligible": True}, "2026-01")
    repo.set_language(3, "fr")
    clock.advance(days=1)
    assert repo.purge_inactive(datetime.timedelta(days=5)) == 1
    assert repo.get_user(4) is None
    assert [repo.get_user(u) is not None for u in (1, 2, 3)] == [True, True, True]
