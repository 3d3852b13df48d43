"""Neither the token nor what users typed reaches the logs: python-telegram-bot's own records and exceptions,
tracebacks Python prints for a crash, and the start checks' failures injected where a root user cannot
produce them for real."""

from __future__ import annotations

import io
import logging
import pathlib
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from telegram import Bot
from telegram.error import InvalidToken

from bot.plumbing import logs, startup_checks
from bot.plumbing.startup_checks import DatabaseLock, StartupError

from .fake_telegram import FakeRequest, FakeTelegram

TOKEN = "987654:REDACT-token-must-never-be-printed"
ANSWER = "my secret answer 21232"


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """The root logger writing into a string through `logs.install_redaction`, restored afterwards."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, sys.excepthook, threading.excepthook, logs._secrets[:])
    output = io.StringIO()
    root.handlers = [logging.StreamHandler(output)]
    root.setLevel(logging.INFO)
    logs.install_redaction([TOKEN])
    try:
        yield output
    finally:
        root.handlers, level, sys.excepthook, threading.excepthook, logs._secrets[:] = saved
        root.setLevel(level)
        logging.captureWarnings(False)


def test_a_traceback_quoting_the_token_is_redacted(log_output: io.StringIO) -> None:
    try:
        raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
    except InvalidToken:
        logging.getLogger("telegram.ext.Application").exception("Invalid token. Aborting retry loop.")
    try:
        raise RuntimeError(f"while calling https://api/bot{TOKEN}/getMe")
    except RuntimeError:
        logging.getLogger("anything").exception("failed")
    text = log_output.getvalue()
    assert "[redacted]" in text and "RuntimeError" in text
    assert TOKEN not in text and TOKEN.split(":")[1] not in text
    assert "Traceback" not in text.split("failed")[0]  # InvalidToken: PTB's line without its traceback


async def test_an_update_ptb_cannot_parse_is_logged_without_its_content(log_output: io.StringIO) -> None:
    telegram = FakeTelegram()
    telegram.push_update({"update_id": 1, "message": {"text": ANSWER, "chat": "not a chat", "date": "x"}})
    bot = Bot(TOKEN, request=FakeRequest(telegram), get_updates_request=FakeRequest(telegram))
    async with bot:
        with pytest.raises(Exception):  # noqa: B017 - whatever PTB raises, the log is what matters here
            await bot.get_updates(timeout=0)
    text = log_output.getvalue()
    assert "Received data was <withheld>" in text and "message withheld" in text
    assert ANSWER not in text and "21232" not in text and TOKEN not in text


def test_records_with_an_update_object_are_withheld(log_output: io.StringIO) -> None:
    logging.getLogger("telegram.ext.Application").critical(
        "Error while building CallbackContext for update %s. Update will not be processed.",
        {"update_id": 3, "message": {"text": ANSWER}},
    )
    logging.getLogger("cec_screener").info("our own %s stays", "argument")
    text = log_output.getvalue()
    assert "for update <withheld>. Update will not be processed." in text and ANSWER not in text
    assert "our own argument stays" in text


def test_a_crash_printed_at_exit_goes_through_the_redaction(tmp_path: pathlib.Path) -> None:
    program = (f"from bot.plumbing import logs; logs.configure('INFO', [{TOKEN!r}]); import threading; "
               f"t = threading.Thread(target=lambda: 1 / 0); t.start(); t.join(); "
               f"raise RuntimeError('rejected: ' + {TOKEN!r})")
    done = subprocess.run([sys.executable, "-c", program], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 1
    assert "CRITICAL cec_screener: crashed: RuntimeError" in done.stderr and "[redacted]" in done.stderr
    assert "crashed in thread" in done.stderr and "ZeroDivisionError" in done.stderr
    assert TOKEN not in done.stderr and TOKEN.split(":")[1] not in done.stderr


def test_a_read_only_database_found_by_the_write_probe(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: pathlib.Path) -> None:
    """Root writes through chmod 0444: the failure SQLite reports then is injected into the check."""

    def read_only(db: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(startup_checks, "probe_writable", read_only)
    with pytest.raises(StartupError) as failed:
        startup_checks.check_database(tmp_path / "x.db")
    db = tmp_path / "x.db"
    assert str(failed.value) == f"database {db}: not writable (attempt to write a readonly database)"


def test_the_lock_is_exclusive_and_names_its_owner(tmp_path: pathlib.Path) -> None:
    first, second = DatabaseLock(tmp_path / "x.db"), DatabaseLock(tmp_path / "x.db")
    first.acquire()
    try:
        assert second.held_elsewhere() is not None
        expected = r"another cec-screener is already running on .*x\.db \(process \d+\)"
        with pytest.raises(StartupError, match=expected):
            second.acquire()
    finally:
        first.release()
    assert second.held_elsewhere() is None
    second.acquire()
    second.release()
