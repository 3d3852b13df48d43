"""What the reminders keep (storage/reminders.py): the opt-in, cancelled kinds, and each reminder sent once."""

from __future__ import annotations

import datetime as dt
import pathlib

from storage.records import SessionRecord
from storage.repository import Repository

from .conftest import FakeClock

D = dt.date
TODAY = D(2027, 3, 9)
REPLY = {"chat_id": 5, "edit": None, "parts": [{"text": "🔔 tomorrow you turn 30", "buttons": []}]}


def _user(repo: Repository, user_id: int = 5, answers: dict | None = None) -> None:
    repo.save_session(SessionRecord(user_id=user_id, state="verdict", answers=answers or {"quebec": False}))


def test_turning_on_keeps_the_first_day_and_brings_back_cancelled_kinds(repo: Repository) -> None:
    _user(repo)
    assert repo.reminder_settings(5) is None
    repo.turn_on_reminders(5, D(2026, 11, 27), "fr")
    assert repo.mute_reminder(5, "birthday") and repo.mute_reminder(5, "yearly")
    settings = repo.reminder_settings(5)
    assert settings is not None and (settings.since, settings.muted) == (D(2026, 11, 27), ["birthday", "yearly"])
    repo.turn_on_reminders(5, D(2027, 1, 2), "fr")
    settings = repo.reminder_settings(5)
    assert settings is not None and (settings.since, settings.muted) == (D(2026, 11, 27), [])
    assert repo.stop_reminders(5) and repo.reminder_settings(5) is None
    assert not repo.mute_reminder(5, "birthday"), "nothing to cancel once stopped"


def test_a_reminder_is_recorded_with_its_message_in_the_outbox_once(repo: Repository) -> None:
    _user(repo)
    repo.turn_on_reminders(5, D(2026, 11, 27), "en")
    outbox_id = repo.record_reminder(5, "birthday", TODAY, TODAY, REPLY)
    assert outbox_id is not None
    (pending,) = repo.pending_replies(5)
    assert (pending.id, pending.reply, pending.update_id) == (outbox_id, REPLY, None)
    assert repo.reminders_sent(5) == [("birthday", "2027-03-09", "2027-03-09")]
    assert repo.record_reminder(5, "birthday", TODAY, TODAY + dt.timedelta(days=1), REPLY) is None, "sent already"
    assert len(repo.pending_replies(5)) == 1


def test_one_reminder_a_day_at_most(repo: Repository) -> None:
    _user(repo)
    repo.turn_on_reminders(5, D(2026, 11, 27), "en")
    assert repo.record_reminder(5, "birthday", TODAY, TODAY, REPLY) is not None
    assert repo.record_reminder(5, "test_90", D(2027, 3, 3), TODAY, REPLY) is None
    assert repo.record_reminder(5, "test_90", D(2027, 3, 3), TODAY + dt.timedelta(days=1), REPLY) is not None
    assert [kind for kind, _, _ in repo.reminders_sent(5)] == ["birthday", "test_90"]


def test_nothing_is_recorded_once_reminders_are_off(repo: Repository) -> None:
    _user(repo)
    assert repo.record_reminder(5, "yearly", TODAY, TODAY, REPLY) is None
    assert repo.pending_replies(5) == [] and repo.reminders_sent(5) == []


def test_candidates_are_opted_in_unblocked_and_sent_nothing_today(repo: Repository) -> None:
    for user_id in (1, 2, 3, 4):
        _user(repo, user_id, {"quebec": user_id == 4})
    for user_id in (1, 2, 3):
        repo.turn_on_reminders(user_id, D(2026, 11, 27), "en")
    repo.set_blocked(2, True)
    repo.record_reminder(3, "yearly", TODAY, TODAY, REPLY)
    (only,) = repo.reminder_candidates(TODAY, TODAY - dt.timedelta(days=400))
    assert (only.settings.user_id, only.language, only.answers) == (1, "en", {"quebec": False})
    assert only.answered_on == D(2026, 1, 15), "the day of the last save (the test clock)"
    tomorrow = repo.reminder_candidates(TODAY + dt.timedelta(days=1), TODAY - dt.timedelta(days=400))
    assert [c.settings.user_id for c in tomorrow] == [1, 3]
    assert tomorrow[1].sent == {("yearly", "2027-03-09")}


def test_delete_erases_the_opt_in_and_what_was_sent(repo: Repository) -> None:
    _user(repo)
    repo.turn_on_reminders(5, D(2026, 11, 27), "en")
    repo.record_reminder(5, "yearly", TODAY, TODAY, REPLY)
    assert repo.rows_about(5) >= 4  # user, session, opt-in, sent (and the queued message)
    repo.delete_user(5)
    assert repo.rows_about(5) == 0
    assert repo.reminder_settings(5) is None and repo.reminders_sent(5) == []


def test_answers_are_kept_past_the_inactivity_purge_while_reminders_are_on(repo: Repository,
                                                                           clock: FakeClock) -> None:
    _user(repo, 1)
    _user(repo, 2)
    repo.turn_on_reminders(1, D(2026, 1, 15), "en")
    clock.advance(days=181)
    assert repo.purge_inactive(dt.timedelta(days=180)) == 1
    assert repo.load_session(1) is not None and repo.load_session(2) is None
    repo.stop_reminders(1)
    assert repo.purge_inactive(dt.timedelta(days=180)) == 1, "once stopped, the usual rule applies"


def test_the_migration_is_named_0003_reminders(db_path: pathlib.Path) -> None:
    with Repository(db_path) as repo:
        applied = {row[0] for row in repo.db.execute("SELECT name FROM _sqlite_migrations").fetchall()}
        assert "0003_reminders" in applied
        assert {"reminder_optins", "reminders_sent"} <= set(repo.db.table_names())
