"""Our bot wired to the fake Bot API, a temporary database and a fixed day."""

from __future__ import annotations

import contextlib
import datetime as dt
import pathlib
from collections.abc import AsyncIterator
from typing import Any

from telegram.ext import Application

from bot.plumbing.settings import Settings
from bot.telegram_adapter.application import build_application
from storage import Repository

from .fake_telegram import Chat, ErrorList, FakeRequest, FakeTelegram, StoredMessage, collect_errors, running

TODAY = dt.date(2026, 11, 27)
TOKEN = "123456:TEST-token-never-logged"


class Bot:
    """One running application on one database file, as a deployment would be."""

    def __init__(self, app: Application, repository: Repository, errors: ErrorList) -> None:
        self.app, self.repository, self.errors = app, repository, errors


@contextlib.asynccontextmanager
async def bot_on(tg: FakeTelegram, db_path: pathlib.Path, request: FakeRequest | None = None, *,
                 clock: list[dt.date] | None = None, settings: dict[str, Any] | None = None,
                 **options: Any) -> AsyncIterator[Bot]:
    """`options` go to build_application (e.g. retry_delay=0.01 for fault tests); `clock`: a clock the test can
    move (clock[0] is today; TODAY otherwise); `settings`: more settings (e.g. rounds_feed_url)."""
    repository = Repository(db_path)
    configured = Settings(telegram_bot_token=TOKEN, database_path=db_path, _env_file=None, **(settings or {}))
    today = (lambda: clock[0]) if clock is not None else (lambda: TODAY)
    app = build_application(configured, repository, today, request=request or FakeRequest(tg), **options)
    errors = collect_errors(app)
    try:
        async with running(app):
            yield Bot(app, repository, errors)
    finally:
        repository.close()


async def answer_all(chat: Chat, *steps: str) -> None:
    """Each step is typed, or pressed when written as "[label]"."""
    for step in steps:
        if step.startswith("[") and step.endswith("]"):
            await chat.click(step[1:-1])
        else:
            await chat.send(step)


def said(messages: list[StoredMessage]) -> str:
    """Everything the bot sent or edited in reply to one action."""
    return "\n\n".join(m.shown_text or "" for m in messages)


def answers(bot: Bot, chat: Chat) -> dict[str, Any]:
    """The stored answers of the chat's user."""
    session = bot.repository.load_session(chat.user_id)
    assert session is not None
    return session.answers


def state(bot: Bot, chat: Chat) -> str:
    """The question the chat's user is at, as stored."""
    session = bot.repository.load_session(chat.user_id)
    assert session is not None
    return session.state
