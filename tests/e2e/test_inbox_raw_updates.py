"""The inbox writes down each update as Telegram sent it (issue 20): python-telegram-bot's rebuilding of it
(Update.to_dict) cost 60 to 120 µs an update, and Telegram's own JSON is what a restart reads back best."""

from __future__ import annotations

import asyncio
import copy
import json
import pathlib
from typing import Any

from bot.plumbing.settings import Settings
from bot.telegram_adapter.application import build_application
from bot.telegram_adapter.inbox import RawUpdates
from storage import Repository

from .bot_fixtures import TODAY, TOKEN
from .fake_telegram import FakeRequest, FakeTelegram, collect_errors, running

USER = 424_242


async def _until(condition: Any, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("not in time")


async def test_what_telegram_sent_by_getupdates_is_what_the_inbox_keeps(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    repository = Repository(tmp_path / "bot.db")
    settings = Settings(telegram_bot_token=TOKEN, database_path=tmp_path / "bot.db", _env_file=None)
    app = build_application(settings, repository, lambda: TODAY, request=FakeRequest(tg))
    errors = collect_errors(app)
    kept: list[dict[str, Any]] = []
    hold = repository.hold_update

    def spy(update_id: int, user_id: int | None, body: dict[str, Any]) -> bool:
        kept.append(json.loads(json.dumps(body)))  # what is written, as it is written
        return hold(update_id, user_id, body)

    repository.hold_update = spy  # type: ignore[method-assign]
    try:
        async with running(app, polling=True, poll_timeout=0.2):
            sent = [tg.user_message_update(USER, "/start"), tg.user_message_update(USER, "Hello there")]
            for update in sent:
                tg.push_update(copy.deepcopy(update))
            await _until(lambda: len(kept) == 2 and not repository.held_updates())
            pressed = tg.callback_update(USER, "No")
            tg.push_update(copy.deepcopy(pressed))
            await _until(lambda: len(kept) == 3 and not repository.held_updates())
    finally:
        repository.close()
    errors.check()
    assert kept == [*sent, pressed]  # Telegram's JSON, key for key: not a rebuilding of it


def test_raw_updates_are_taken_once_and_never_pile_up() -> None:
    raw = RawUpdates()
    raw.keep([{"update_id": 1, "message": {"text": "a"}}, {"update_id": 2}, "odd", {"no_id": True}])
    assert raw.take(1) == {"update_id": 1, "message": {"text": "a"}}
    assert raw.take(1) is None  # taken: a duplicate of it is rebuilt from the object instead
    raw.keep({"not": "a list"})  # an answer of another shape changes nothing
    for first in range(0, 5_000, 100):  # updates never written down (dropped as duplicates, say)
        raw.keep([{"update_id": n} for n in range(first, first + 100)])
    assert len(raw._by_id) <= RawUpdates._LIMIT + 100
