"""Round trips through every Repository method, and survival across closing and reopening the file."""

from __future__ import annotations

import datetime
import json
import pathlib

import pytest

from storage.records import SessionRecord, UserRecord, VerdictRecord
from storage.repository import Repository

from .conftest import START, FakeClock


def iso(moment: datetime.datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def a_session(user_id: int = 42, **overrides: object) -> SessionRecord:
    values: dict[str, object] = {
        "user_id": user_id,
        "state": "work_hours",
        "answers": {"language_test": "CELPIP", "clb": {"reading": 7, "writing": 8}, "note": "Montréal 🍁"},
        "history": ["start", "language_test"],
        "flow_version": 3,
        "question_message_id": 1001,
    }
    values.update(overrides)
    return SessionRecord(**values)  # type: ignore[arg-type]


# -- users ----------------------------------------------------------------------------------------------------


def test_unknown_user_is_none(repo: Repository) -> None:
    assert repo.get_user(1) is None
    assert repo.load_session(1) is None
    assert repo.latest_verdict(1) is None
    assert repo.user_count() == 0
    assert repo.rows_about(1) == 0


def test_ensure_user_inserts_then_keeps_the_language(repo: Repository, clock: FakeClock) -> None:
    created = repo.ensure_user(7, "fr")
    assert created == UserRecord(
        user_id=7, language="fr", blocked=False, created_at=iso(START), updated_at=iso(START)
    )
    clock.advance(minutes=5)
    again = repo.ensure_user(7, "en")
    assert again == created
    assert repo.get_user(7) == created
    assert repo.user_count() == 1


def test_set_language(repo: Repository, clock: FakeClock) -> None:
    repo.ensure_user(7, "en")
    later = clock.advance(hours=1)
    repo.set_language(7, "fr")
    user = repo.get_user(7)
    assert user is not None
    assert (user.language, user.created_at, user.updated_at) == ("fr", iso(START), iso(later))


def test_set_language_creates_an_unknown_user(repo: Repository) -> None:
    repo.set_language(8, "fr")
    user = repo.get_user(8)
    assert user is not None and user.language == "fr"


def test_set_blocked_round_trip(repo: Repository) -> None:
    repo.ensure_user(7, "en")
    repo.set_blocked(7, True)
    assert repo.get_user(7).blocked is True  # type: ignore[union-attr]
    repo.set_blocked(7, False)
    assert repo.get_user(7).blocked is False  # type: ignore[union-attr]


def test_set_blocked_does_not_recreate_an_unknown_user(repo: Repository) -> None:
    repo.set_blocked(9, True)
    assert repo.get_user(9) is None
    assert repo.rows_about(9) == 0


def test_user_count(repo: Repository) -> None:
    for user_id in (1, 2, 3):
        repo.ensure_user(user_id, "en")
    repo.save_session(a_session(4))
    assert repo.user_count() == 4


# -- sessions -------------------------------------------------------------------------------------------------


def test_save_and_load_session(repo: Repository) -> None:
    record = a_session()
    repo.save_session(record)
    loaded = repo.load_session(42)
    assert loaded == SessionRecord(
        user_id=42,
        state="work_hours",
        answers=record.answers,
        history=record.history,
        flow_version=3,
        question_message_id=1001,
        started_at=iso(START),
        updated_at=iso(START),
    )
    assert record.started_at == "" and record.updated_at == "", "the caller's record is not modified"


def test_save_session_creates_the_user_with_the_default_language(repo: Repository) -> None:
    repo.save_session(a_session(5))
    user = repo.get_user(5)
    assert user is not None and user.language == "en"


def test_save_session_keeps_started_at_and_touches_the_user(repo: Repository, clock: FakeClock) -> None:
    repo.ensure_user(42, "fr")
    repo.save_session(a_session())
    later = clock.advance(minutes=3)
    repo.save_session(a_session(state="done", answers={"x": 1}, history=[], question_message_id=None))
    loaded = repo.load_session(42)
    assert loaded is not None
    assert (loaded.state, loaded.answers, loaded.history, loaded.question_message_id) == (
        "done",
        {"x": 1},
        [],
        None,
    )
    assert (loaded.started_at, loaded.updated_at) == (iso(START), iso(later))
    user = repo.get_user(42)
    assert user is not None
    assert (user.language, user.created_at, user.updated_at) == ("fr", iso(START), iso(later))


def test_save_session_uses_a_given_started_at_on_first_save(repo: Repository) -> None:
    repo.save_session(a_session(started_at="2025-12-31T23:00:00.000000+00:00"))
    assert repo.load_session(42).started_at == "2025-12-31T23:00:00.000000+00:00"  # type: ignore[union-attr]


def test_json_is_stored_sorted_and_unescaped(repo: Repository) -> None:
    repo.save_session(a_session(answers={"b": "é", "a": 1}))
    raw = repo.db.execute("SELECT answers FROM sessions WHERE user_id = 42").fetchone()[0]
    assert raw == '{"a": 1, "b": "é"}'


def test_clear_session_keeps_user_and_verdicts(repo: Repository) -> None:
    repo.save_verdict(42, {"eligible": True}, "2026-01", session=a_session())
    repo.clear_session(42)
    assert repo.load_session(42) is None
    assert repo.get_user(42) is not None
    assert repo.latest_verdict(42) is not None
    repo.clear_session(42)  # clearing twice is harmless
    repo.clear_session(999)  # and so is clearing a stranger
    assert repo.get_user(999) is None


# -- verdicts -------------------------------------------------------------------------------------------------


def test_save_and_read_the_latest_verdict(repo: Repository, clock: FakeClock) -> None:
    first = repo.save_verdict(42, {"eligible": False, "reasons": ["hours"]}, "2026-01")
    later = clock.advance(days=1)
    second = repo.save_verdict(42, {"eligible": True, "crs": 471, "note": "Québec"}, "2026-02")
    assert second > first
    assert repo.latest_verdict(42) == VerdictRecord(
        id=second,
        user_id=42,
        created_at=iso(later),
        rules_version="2026-02",
        result={"eligible": True, "crs": 471, "note": "Québec"},
    )
    assert repo.get_user(42).updated_at == iso(later)  # type: ignore[union-attr]


def test_save_verdict_with_the_session(repo: Repository) -> None:
    verdict_id = repo.save_verdict(42, {"eligible": True}, "2026-01", session=a_session(state="verdict"))
    assert repo.load_session(42).state == "verdict"  # type: ignore[union-attr]
    assert repo.latest_verdict(42).id == verdict_id  # type: ignore[union-attr]


def test_save_verdict_refuses_another_users_session(repo: Repository) -> None:
    with pytest.raises(ValueError):
        repo.save_verdict(1, {"eligible": True}, "2026-01", session=a_session(2))
    assert repo.rows_about(1) == repo.rows_about(2) == 0


def test_verdicts_are_per_user(repo: Repository) -> None:
    repo.save_verdict(1, {"who": 1}, "v1")
    repo.save_verdict(2, {"who": 2}, "v1")
    assert repo.latest_verdict(1).result == {"who": 1}  # type: ignore[union-attr]
    assert repo.latest_verdict(2).result == {"who": 2}  # type: ignore[union-attr]


def test_rows_about_counts_every_table(repo: Repository) -> None:
    repo.save_session(a_session())
    repo.save_verdict(42, {"a": 1, "crs": {"total": 470}}, "v1")  # the latest estimate, still read
    repo.save_verdict(42, {"a": 2}, "v1")
    assert repo.rows_about(42) == 4


def test_only_the_verdicts_read_are_kept(repo: Repository) -> None:
    """The latest, the latest with a CRS estimate, the latest for its own day (storage/rounds.py reads no other);
    what they read is the same after the others are dropped, by either way of saving a verdict."""
    estimate = {"verdict": "eligible", "as_of": "2026-11-27", "crs": {"total": 470, "details": {"french": 0}}}
    repo.save_verdict(42, {"verdict": "not_eligible", "as_of": "2026-11-27"}, "v1", made_on="2026-11-27")
    repo.save_verdict(42, estimate, "v1", made_on="2026-11-27")
    repo.save_verdict(42, {"verdict": "eligible", "as_of": "2026-11-27"}, "v1", made_on="2026-11-27")
    later = {"verdict": "eligible", "as_of": "2027-04-01", "crs": {"total": 465, "details": {"french": 0}}}
    repo.commit_turn(42, language="en", verdict=(later, "v1"))
    repo.commit_turn(42, language="en", verdict=({"verdict": "not_yet_eligible", "as_of": "2027-07-01"}, "v1"))
    kept = [json.loads(row[0])["verdict"] for row in repo.db.execute(
        "SELECT result FROM verdicts WHERE user_id = 42 ORDER BY id")]
    assert kept == ["eligible", "eligible", "not_yet_eligible"]  # today's latest, April's estimate, the latest
    assert repo.latest_crs(42)[:2] == (465, 0) and repo.latest_crs(42)[7] == "eligible"  # type: ignore[index]
    assert repo.latest_verdict(42).result["verdict"] == "not_yet_eligible"  # type: ignore[union-attr]


def test_a_result_for_a_planned_day_says_what_its_answers_give_today(repo: Repository) -> None:
    """Eligible today with 40 h; the hours then changed under a plan: the planned result carries `verdict_today`,
    which the alerts read, not the last result made for today (the answers before the change). Without it, as
    stored before, the last result for today is read as before."""
    today = {"verdict": "eligible", "as_of": "2026-11-27", "crs": {"total": 470, "details": {"french": 0}}}
    repo.save_verdict(42, today, "v1", made_on="2026-11-27")
    planned = {"verdict": "eligible", "as_of": "2027-03-01", "crs": {"total": 470, "details": {"french": 0}}}
    repo.save_verdict(42, planned, "v1", made_on="2026-11-27")
    assert repo.latest_crs(42)[7] == "eligible"  # type: ignore[index]
    repo.save_verdict(42, {**planned, "verdict_today": "not_yet_eligible"}, "v1", made_on="2026-11-27")
    assert repo.latest_crs(42)[7] == "not_yet_eligible"  # type: ignore[index]
    repo.ensure_user(42, "en")
    repo.set_round_alerts(42, True, "en")
    (subscriber,) = repo.round_alert_subscribers()
    assert subscriber.eligible is False and subscriber.crs_total == 470


# -- the file outlives the process ------------------------------------------------------------------------------


def test_data_survives_closing_and_reopening(db_path: pathlib.Path, clock: FakeClock) -> None:
    with Repository(db_path, now=clock) as repo:
        repo.ensure_user(42, "fr")
        repo.set_blocked(42, True)
        repo.save_session(a_session())
        verdict_id = repo.save_verdict(42, {"eligible": True}, "2026-01")
        before = (repo.get_user(42), repo.load_session(42), repo.latest_verdict(42))
    with Repository(db_path, now=clock) as reopened:
        assert (reopened.get_user(42), reopened.load_session(42), reopened.latest_verdict(42)) == before
        assert reopened.latest_verdict(42).id == verdict_id  # type: ignore[union-attr]
        assert reopened.user_count() == 1


def test_close_twice_is_harmless(db_path: pathlib.Path) -> None:
    repo = Repository(db_path)
    repo.close()
    repo.close()


def test_default_clock_is_utc(db_path: pathlib.Path) -> None:
    with Repository(db_path) as repo:
        user = repo.ensure_user(1, "en")
    stamp = datetime.datetime.fromisoformat(user.created_at)
    assert stamp.utcoffset() == datetime.timedelta(0)
    assert abs(datetime.datetime.now(datetime.UTC) - stamp) < datetime.timedelta(minutes=1)


def test_naive_and_non_utc_clocks_are_stored_as_utc(db_path: pathlib.Path) -> None:
    eastern = datetime.timezone(datetime.timedelta(hours=-5))
    with Repository(db_path, now=lambda: datetime.datetime(2026, 1, 15, 4, 30, tzinfo=eastern)) as repo:
        assert repo.ensure_user(1, "en").created_at == iso(START)
    with Repository(db_path, now=lambda: datetime.datetime(2026, 1, 15, 9, 30)) as repo:
        assert repo.ensure_user(2, "en").created_at == iso(START)


def test_a_turn_moves_the_users_activity_at_most_once_an_hour_and_never_hides_it_from_the_purge(
        repo: Repository, clock: FakeClock) -> None:
    """Each answer used to rewrite the user row only to move `updated_at` (issue 20): a row touched within the
    hour is left alone; an older one is touched; unblocking always writes; the purge still sees the activity."""
    repo.commit_turn(42, language="fr", session=a_session())
    started = repo.get_user(42)
    assert started is not None and started.updated_at == iso(START)

    clock.advance(minutes=59)
    repo.commit_turn(42, language="fr", session=a_session(), user_touched_at=started.updated_at)
    assert repo.get_user(42).updated_at == iso(START)  # type: ignore[union-attr]  # within the hour: not rewritten
    assert repo.load_session(42).updated_at == iso(clock())  # type: ignore[union-attr]  # the answer is stored

    later = clock.advance(minutes=2)
    repo.commit_turn(42, language="fr", session=a_session(), user_touched_at=started.updated_at)
    assert repo.get_user(42).updated_at == iso(later)  # type: ignore[union-attr]  # over the hour: touched

    repo.set_blocked(42, True)
    blocked_at = repo.get_user(42).updated_at  # type: ignore[union-attr]
    repo.commit_turn(42, language="fr", session=a_session(), unblock=True, user_touched_at=blocked_at)
    assert repo.get_user(42).blocked is False  # type: ignore[union-attr]  # unblocking always writes

    clock.advance(days=179, hours=23)  # 180 days of retention: the user is active 61 minutes after their start
    assert repo.purge_inactive(datetime.timedelta(days=180)) == 0
    clock.advance(hours=2)
    assert repo.purge_inactive(datetime.timedelta(days=180)) == 1
