"""A feed that trickles, bloats or is not a feed at all: the download stops at its deadline and its size limit
(a real server process sending one byte every 2 s; a gzip bomb), the scheduled refresh is never blocked by a
previous one, and the bot stops at once while a refresh is under way."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import http.server
import logging
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from telegram.ext import CallbackContext

from bot.plumbing.settings import Settings
from bot.scheduled.rounds_feed_http import FeedUnavailable, fetch
from bot.telegram_adapter.application import build_application
from storage import Repository

from .bot_fixtures import TODAY, TOKEN
from .fake_api_server import FakeAPIServer
from .fake_telegram import FakeRequest, FakeTelegram, running

TRICKLER = r"""
import socket, sys, threading, time
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen(16)
print(server.getsockname()[1], flush=True)

def trickle(conn):
    try:
        conn.recv(65536)
        with open(sys.argv[1], "a") as seen:  # one line a request, for the tests to wait on
            seen.write("request\n")
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        while True:
            conn.sendall(b" ")
            time.sleep(2)
    except OSError:
        pass

while True:
    conn, _ = server.accept()
    threading.Thread(target=trickle, args=(conn,), daemon=True).start()
"""


@pytest.fixture
def trickling_feed(tmp_path: pathlib.Path) -> Iterator[str]:
    """A server process that answers 200 and then sends one byte every 2 s, forever (each request noted in
    tmp_path/requests.txt)."""
    process = subprocess.Popen([sys.executable, "-c", TRICKLER, str(tmp_path / "requests.txt")],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}/ee_rounds_123_en.json"
    finally:
        process.kill()
        process.wait(timeout=10)


class BodyServer:
    """Serves `body` with `headers` on 127.0.0.1 (http.server in a thread)."""

    def __init__(self, body: bytes, headers: dict[str, str]) -> None:
        served = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # http.server's name
                self.send_response(200)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(served.body)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the client stops reading at its limit
                    self.wfile.write(served.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.body = body
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/ee_rounds_123_en.json"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def cli(*args: str, db: pathlib.Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": os.environ.get("PATH", ""), "DATABASE_PATH": str(db), **env}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=db.parent, env=environment, text=True,
                          capture_output=True, timeout=120)


async def test_a_trickling_feed_stops_at_the_deadline(trickling_feed: str) -> None:
    started = time.monotonic()
    with pytest.raises(FeedUnavailable, match="no complete answer from the feed within 3 s"):
        await fetch(trickling_feed, deadline=3.0)
    assert time.monotonic() - started < 5


def test_rounds_refresh_against_a_trickling_feed_ends_in_one_line_and_rules_shows_it(
        trickling_feed: str, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    started = time.monotonic()
    done = cli("rounds-refresh", "--url", trickling_feed, db=db, ROUNDS_FEED_TIMEOUT_SECONDS="4")
    assert time.monotonic() - started < 20  # 4 s of trickle, plus the start of a Python process
    assert done.returncode == 1 and "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: rounds feed") and "no complete answer from the feed within 4 s" in line
    rules = cli("rules", db=db).stdout
    assert "rounds feed: last success never; last failure 20" in rules and "within 4 s" in rules


async def test_a_gzip_bomb_and_an_oversized_body_stop_at_the_limit() -> None:
    bomb = BodyServer(gzip.compress(b"0" * 60_000_000, compresslevel=9),
                      {"Content-Type": "application/json", "Content-Encoding": "gzip"})
    huge = BodyServer(b" " * 7_000_000, {"Content-Type": "application/json"})
    try:
        assert len(bomb.body) < 200_000  # 60 MB packed in a few dozen KB
        tracemalloc.start()
        with pytest.raises(FeedUnavailable, match="unpacks to more than 5,242,880 bytes"):
            await fetch(bomb.url)
        with pytest.raises(FeedUnavailable, match="larger than 5,242,880 bytes"):
            await fetch(huge.url)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert peak < 25_000_000, peak  # a few times the limit at most, never the 60 MB
        small = BodyServer(gzip.compress(b'{"rounds": []}'), {"Content-Encoding": "gzip"})
        assert (await fetch(small.url)).body == b'{"rounds": []}'  # a gzip body within the limit is read
        small.close()
    finally:
        bomb.close()
        huge.close()


def test_rounds_refresh_refuses_a_gzip_bomb_in_one_line(tmp_path: pathlib.Path) -> None:
    bomb = BodyServer(gzip.compress(b"[" * 30_000_000), {"Content-Encoding": "gzip"})
    try:
        done = cli("rounds-refresh", "--url", bomb.url, db=tmp_path / "bot.db", ROUNDS_FEED_MAX_BYTES="1048576")
        assert done.returncode == 1 and "Traceback" not in done.stderr
        [line] = done.stderr.strip().splitlines()
        assert "unpacks to more than 1,048,576 bytes" in line and line.startswith("error:")
    finally:
        bomb.close()


@contextlib.asynccontextmanager
async def bot_on(db: pathlib.Path, url: str) -> AsyncIterator[Any]:
    repository = Repository(db)
    settings = Settings(telegram_bot_token=TOKEN, database_path=db, rounds_feed_url=url,
                        rounds_feed_timeout_seconds=3.0, _env_file=None)
    app = build_application(settings, repository, lambda: TODAY, request=FakeRequest(FakeTelegram()))
    try:
        async with running(app):
            yield app
    finally:
        repository.close()


async def test_the_schedule_is_never_blocked_by_a_slow_refresh(
        trickling_feed: str, tmp_path: pathlib.Path, caplog: pytest.LogCaptureFixture) -> None:
    async with bot_on(tmp_path / "bot.db", trickling_feed) as app:
        jobs = app.bot_data["rounds"]
        context = CallbackContext(app)
        with caplog.at_level(logging.INFO, logger="bot.scheduled.rounds_job"):
            await jobs.start_refresh(context)
            first = jobs.running
            await jobs.start_refresh(context)  # the schedule fires again while the first is under way
            assert jobs.running is first
            assert any("still under way" in r.getMessage() for r in caplog.records)
            await asyncio.wait_for(asyncio.shield(first), timeout=8)
        [failed] = [r.getMessage() for r in caplog.records if "rounds refresh failed" in r.getMessage()]
        assert "no complete answer from the feed within 3 s" in failed and "next try in 300 s" in failed
        assert {"rounds-refresh-retry"} <= {job.name for job in app.job_queue.jobs()}
        await jobs.start_refresh(context)  # and the next run starts
        assert jobs.running is not first and not jobs.running.done()
        stopping = time.monotonic()
    assert time.monotonic() - stopping < 2  # the bot stops at once, the refresh under way cancelled
    assert jobs.running.cancelled()


def requests_seen(tmp_path: pathlib.Path) -> int:
    seen = tmp_path / "requests.txt"
    return len(seen.read_text().splitlines()) if seen.exists() else 0


def wait_for(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def test_the_running_bot_times_out_refreshes_again_and_stops_at_once_on_sigterm(
        api_server: FakeAPIServer, trickling_feed: str, tmp_path: pathlib.Path) -> None:
    """`cec-screener run` against the trickling server: each refresh fails at its deadline in one line and the
    next one still starts; SIGTERM while a refresh is under way stops the bot within seconds."""
    log_path = tmp_path / "bot.log"

    def start(deadline: str) -> subprocess.Popen[str]:
        env = {"PATH": os.environ.get("PATH", ""), "TELEGRAM_BOT_TOKEN": "987656:limits-token",
               "TELEGRAM_BASE_URL": api_server.base_url, "DATABASE_PATH": str(tmp_path / "bot.db"),
               "ROUNDS_FEED_URL": trickling_feed, "ROUNDS_FEED_URL_FR": "", "LOG_LEVEL": "INFO",
               "ROUNDS_FIRST_REFRESH_SECONDS": "0.5", "ROUNDS_REFRESH_HOURS": "0.002",  # every 7.2 s
               "ROUNDS_FEED_TIMEOUT_SECONDS": deadline}
        with open(log_path, "a", encoding="utf-8") as log:
            return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, text=True,
                                    stdout=log, stderr=log)

    def failures() -> list[str]:
        text = log_path.read_text(encoding="utf-8") if log_path.exists() else ""
        return [line for line in text.splitlines() if "rounds refresh failed" in line]

    bot = start("3")
    try:
        wait_for(lambda: len(failures()) >= 2, 60, "two refreshes did not both end at their deadline")
        assert all("no complete answer from the feed within 3 s" in line for line in failures())
        assert "maximum number of running instances" not in log_path.read_text(encoding="utf-8")
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=20)
        seen = requests_seen(tmp_path)
        bot = start("600")  # a refresh that would trickle for ten minutes
        wait_for(lambda: requests_seen(tmp_path) > seen, 30, "the refresh did not start")
        time.sleep(1.0)
        stopping = time.monotonic()
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=30)
        assert time.monotonic() - stopping < 5, time.monotonic() - stopping
        assert bot.returncode == 0
        assert "Traceback" not in log_path.read_text(encoding="utf-8")
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait(timeout=10)
