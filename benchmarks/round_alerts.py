"""Round alerts for many users, as shipped: `cec-screener run` over real HTTP on loopback, a new round stored by
`cec-screener rounds-refresh --file` (as cron would), every opted-in user's alert delivered to the fake Bot API.

    .venv/bin/python benchmarks/round_alerts.py [--users 10000] [--kills 8 [--strict]]

The fake Bot API here answers like Telegram past its limit: more than 30 messages in any second gets
429 "retry after 1". Prints the pace (messages/s overall and in the busiest second), the 429s seen, the alerts
left undelivered (what a 429 left unhandled would look like), and the total time from the refresh to the last
alert. The bot paces alerts at 25 a second (bot/scheduled/round_alerts.py ALERT_RATE) under its 30/s limiter.

With --kills N the bot is killed with kill -9 N times at random moments of the fan-out and started again on
the same database; it then also prints how many people got their alert more than once (each duplicate is an
alert Telegram took just before a kill and the restarted bot sent again). --strict: exit 1 unless every alert
arrived and the duplicates average at most 1 per kill.
"""

from __future__ import annotations

import argparse
import collections
import os
import pathlib
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

from loadkit import ROOT, machine

from storage import Repository
from tests.e2e.fake_api_server import FakeAPIServer
from tests.e2e.fake_telegram import FakeTelegram, TelegramAPIError
from tests.e2e.test_round_alerts import NEW_CEC, ircc_feed

TOKEN = "434343:ALERTS-token-for-the-fake-bot-api"
TELEGRAM_LIMIT = 30  # messages a second for one bot (DESIGN.md: about 30/s per bot overall)
FIRST_USER = 10_000_000


class LimitedTelegram(FakeTelegram):
    """The fake Bot API, refusing messages beyond TELEGRAM_LIMIT in any sliding second with a 429."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: collections.deque[float] = collections.deque()
        self.alerts: dict[int, float] = {}  # chat -> when its alert was accepted
        self.copies: collections.Counter[int] = collections.Counter()  # chat -> alerts accepted
        self.too_many = 0
        self.guard = threading.Lock()

    def call(self, method: str, params: dict[str, Any] | None = None, *, block: bool = True) -> Any:
        if method in ("sendMessage", "editMessageText"):
            now = time.monotonic()
            with self.guard:
                while self.sent and now - self.sent[0] >= 1.0:
                    self.sent.popleft()
                if len(self.sent) >= TELEGRAM_LIMIT:
                    self.too_many += 1
                    raise TelegramAPIError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
                self.sent.append(now)
            result = super().call(method, params, block=block)
            text = (params or {}).get("text", "")
            if method == "sendMessage" and ("New round of invitations" in text or "Nouvelle ronde" in text):
                self.alerts.setdefault(int((params or {})["chat_id"]), now)
                self.copies[int((params or {})["chat_id"])] += 1
            return result
        return super().call(method, params, block=block)

    def handle(self, method: str, params: dict[str, Any] | None = None, *, block: bool = True) -> tuple[int, dict]:
        try:
            return 200, {"ok": True, "result": self.call(method, dict(params or {}), block=block)}
        except TelegramAPIError as error:
            return error.error_code, error.body()


def prepare(db: pathlib.Path, users: int, telegram: FakeTelegram) -> None:
    """`users` people who screened (a CRS estimate stored) and asked for round alerts."""
    with Repository(db) as repository:
        for n in range(users):
            user_id = FIRST_USER + n
            telegram.register_user(user_id, f"User {n}")
            result = {"crs": {"total": 440 + n % 80, "details": {"french": 0, "provincial_nomination": 0}}}
            repository.commit_turn(user_id, language="fr" if n % 5 == 0 else "en",
                                   verdict=(result, "benchmark"))
            repository.set_round_alerts(user_id, True, "en")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=0, help="kill -9 during the fan-out this many times")
    parser.add_argument("--seed", type=int, default=None, help="seed of the kill moments (default: random)")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 unless all arrived and at most 1 duplicate per kill on average")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print("CEC Screener round alerts benchmark")
    print(f"machine: {machine()}")
    telegram = LimitedTelegram()
    with tempfile.TemporaryDirectory() as folder, FakeAPIServer(telegram, token=TOKEN, keep_alive=True) as server:
        work = pathlib.Path(folder)
        db = work / "bot.db"
        started = time.monotonic()
        prepare(db, args.users, telegram)
        print(f"{args.users:,} opted-in users stored in {time.monotonic() - started:.1f} s")
        env = {"PATH": os.environ.get("PATH", ""), "TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_PATH": str(db),
               "TELEGRAM_BASE_URL": server.base_url, "ROUNDS_FEED_URL": "", "LOG_LEVEL": "INFO"}
        log = (work / "bot.log").open("w", encoding="utf-8")
        def run_bot() -> subprocess.Popen[bytes]:
            return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=log,
                                    stderr=log)

        bot = run_bot()
        kills = 0
        try:
            while not telegram.calls_to("setMyCommands"):
                time.sleep(0.1)
            feed = work / "ee_rounds_123_en.json"
            feed.write_bytes(ircc_feed(NEW_CEC))
            refresh_at = time.monotonic()
            done = subprocess.run([sys.executable, "-m", "bot", "rounds-refresh", "--file", str(feed)],
                                  cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
            print(f"refresh: {done.stdout.strip() or done.stderr.strip()} "
                  f"({time.monotonic() - refresh_at:.1f} s)")
            # Kills spread over the fan-out (about users / 25 s of sending), each after 0.3 to 2x its share of it.
            share = args.users / 25 / (args.kills + 1)
            while kills < args.kills and len(telegram.alerts) < args.users:
                before = sum(telegram.copies.values())
                wait_until = time.monotonic() + rng.uniform(0.3, 2 * share)
                while time.monotonic() < wait_until or sum(telegram.copies.values()) == before:
                    time.sleep(0.01)  # up, and sending alerts again
                bot.kill()
                bot.wait()
                kills += 1
                bot = run_bot()
            deadline = time.monotonic() + args.users / 20 + 120
            while len(telegram.alerts) < args.users and time.monotonic() < deadline and bot.poll() is None:
                time.sleep(0.5)
            time.sleep(1.0 if args.kills else 0)  # a last copy of an alert would arrive now
        finally:
            bot.send_signal(signal.SIGTERM)
            bot.wait(timeout=30)
            log.close()
        times = sorted(telegram.alerts.values())
        delivered = len(times)
        with Repository(db) as repository:
            left = repository.round_alerts_waiting() + len(repository.pending_replies())
        if times:
            span = max(times[-1] - times[0], 1e-9)
            busiest = max(sum(1 for t in times[i:i + TELEGRAM_LIMIT * 2] if t - start < 1.0)
                          for i, start in enumerate(times))
            print(f"alerts delivered: {delivered:,} of {args.users:,}; left undelivered: "
                  f"{args.users - delivered:,} ({left:,} still queued or in the outbox)")
            print(f"pace: {delivered / span:.1f} messages/s from first to last alert; busiest second: {busiest}")
            print(f"429s seen: {telegram.too_many:,}; unhandled (alerts lost): {args.users - delivered - left:,}")
            print(f"total time from the refresh to the last alert: {times[-1] - refresh_at:.1f} s")
            if args.kills:
                duplicates = sum(count - 1 for count in telegram.copies.values())
                twice = sum(1 for count in telegram.copies.values() if count > 1)
                print(f"kill -9 during the fan-out: {kills}; alerts sent more than once: {duplicates} "
                      f"(to {twice} people), {duplicates / max(kills, 1):.2f} per kill")
                if args.strict and (delivered < args.users or duplicates > kills):
                    return 1
        else:
            print("no alert was delivered; bot log:\n" + (work / "bot.log").read_text()[-3000:])
            return 1
    return 0 if delivered == args.users else 1


if __name__ == "__main__":
    sys.exit(main())
