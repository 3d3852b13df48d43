"""How many users one bot process screens: the real Application, an in-process stand-in for the Bot API.

    .venv/bin/python benchmarks/bot_throughput.py [--users N] [--concurrency N]

Each simulated user sends /start and types the 18 answers of a full screening (the verdict included);
users run concurrently, each one's messages in order, as Telegram delivers them. Every answer goes through
the handlers, the conversation, the engine and SQLite (WAL, a temporary file), exactly as in production;
only the network is replaced. Prints updates per second, the time per update and the memory used.
Telegram itself allows a bot about 30 messages a second: this measures the headroom of the process.

In process, for finding hot spots only: it replaces HTTP and drops the rate limiter, so its figures are not
what the shipped bot does. For those, run benchmarks/load.py (the real `cec-screener run` over HTTP, next to
an echo bot, with the limiter as shipped and off).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import resource
import sys
import tempfile
import time
from itertools import count
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.plumbing.settings import Settings
from bot.telegram_adapter.application import build_application
from eligibility import occupations
from storage import Repository

TODAY = dt.date(2026, 11, 27)
ANSWERS = ["no", "yes", "21232", "2025-09-01", "yes", "40", "yes", "yes", "no", "yes", "no",
           "1", "2025-06-01", "8", "7", "7", "7", "no"]
BOT = {"id": 1, "is_bot": True, "first_name": "CEC Screener", "username": "cec_screener_bench_bot"}


class StandInBotApi(BaseRequest):
    """Answers every Bot API call at once with a plausible result; counts the calls."""

    def __init__(self) -> None:
        self.calls = 0
        self._message_ids = count(1)

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = None, write_timeout: Any = None, connect_timeout: Any = None,
                         pool_timeout: Any = None) -> tuple[int, bytes]:
        self.calls += 1
        name = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        result: Any = True
        if name == "getMe":
            result = BOT
        elif name in ("sendMessage", "editMessageText"):
            result = {"message_id": next(self._message_ids), "date": 0, "from": BOT, "text": params.get("text"),
                      "chat": {"id": params.get("chat_id"), "type": "private"}}
        return 200, json.dumps({"ok": True, "result": result}).encode()


def message(update_id: int, user_id: int, text: str) -> dict[str, Any]:
    body: dict[str, Any] = {"message_id": update_id, "date": 0, "text": text,
                            "chat": {"id": user_id, "type": "private"},
                            "from": {"id": user_id, "is_bot": False, "first_name": "U", "language_code": "en"}}
    if text.startswith("/"):
        body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return {"update_id": update_id, "message": body}


async def run(users: int, concurrency: int, folder: Path) -> None:
    repository = Repository(folder / "bench.db")
    api = StandInBotApi()
    settings = Settings(telegram_bot_token="1:bench", database_path=folder / "bench.db", rate_limit=0,
                        _env_file=None)
    app = build_application(settings, repository, lambda: TODAY, request=api)
    update_ids = count(1)
    gate = asyncio.Semaphore(concurrency)
    eligible = 0

    async def one_user(user_id: int) -> None:
        nonlocal eligible
        async with gate:
            for text in ["/start", *ANSWERS]:
                await app.process_update(Update.de_json(message(next(update_ids), user_id, text), app.bot))
            verdict = repository.latest_verdict(user_id)
            eligible += verdict is not None and verdict.result["verdict"] == "eligible"

    await app.initialize()
    try:
        started = time.perf_counter()
        await asyncio.gather(*(one_user(1000 + n) for n in range(users)))
        elapsed = time.perf_counter() - started
    finally:
        await app.shutdown()
        repository.close()
    updates = users * (len(ANSWERS) + 1)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size_kb = sum(p.stat().st_size for p in folder.glob("bench.db*")) / 1024
    print(f"Python {sys.version.split()[0]}; {users:,} users, {concurrency} at a time, "
          f"{updates:,} updates, {api.calls:,} Bot API calls")
    print(f"screenings completed with the expected verdict: {eligible:,} of {users:,}")
    print(f"updates handled      {updates / elapsed:10,.0f} per second  ({elapsed * 1e3 / updates:.2f} ms each)")
    print(f"screenings completed {users / elapsed:10,.1f} per second")
    print(f"peak memory          {peak_mb:10,.1f} MB (whole process); database {size_kb:,.0f} KB "
          f"({size_kb / users:.1f} KB per user)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=200)
    args = parser.parse_args()
    occupations.search("")  # the bot builds the finder's index at start, beside the measured work
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(run(args.users, args.concurrency, Path(folder)))


if __name__ == "__main__":
    main()
