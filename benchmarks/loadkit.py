"""What benchmarks/load.py and benchmarks/soak.py share: the fake Bot API over real HTTP, the bot processes,
and simulated users who press buttons and type answers like people (each waits for the reply).

The users follow the bot, not a fixed transcript: a step "[label]" presses that button on the latest bot
message with buttons, anything else is typed; a step is answered when a bot message sent or edited after
the step (a higher FakeTelegram stamp) is the chat's newest change and carries buttons (every question does).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import pathlib
import platform
import queue
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.e2e.fake_api_server import FakeAPIServer  # noqa: E402
from tests.e2e.fake_telegram import FakeTelegram, StoredMessage  # noqa: E402

TOKEN = "424242:LOAD-token-for-the-fake-bot-api"
ECHO_BOT = pathlib.Path(__file__).resolve().parent / "echo_bot.py"

# The shipped bot without python-telegram-bot's AIORateLimiter, for a bot that has no RATE_LIMIT setting yet.
_NO_LIMITER = (
    "import sys, telegram.ext\n"
    "telegram.ext.ApplicationBuilder.rate_limiter = lambda self, limiter: self\n"
    "from bot.command_line.main import main\n"
    "sys.exit(main(['run']))\n"
)


def script() -> list[str]:
    """The whole screening, read now from tests/e2e/screenings.py (it follows the flow as it changes)."""
    from tests.e2e import screenings

    return ["/start", *screenings.ELIGIBLE_SCREENING]


def rate_limit_setting() -> bool:
    """Whether the shipped bot reads RATE_LIMIT (0 = limiter off)."""
    from bot.plumbing.settings import Settings

    return "rate_limit" in Settings.model_fields


def echo_settings() -> dict[str, str]:
    """What the echo bot is told (benchmarks/echo_bot.py): by default the screener's own connection pool and pool
    timeout, so that it is tuned as the screener is; ECHO_CONNECTIONS=ptb leaves python-telegram-bot's."""
    from bot.telegram_adapter.application import CONNECTIONS, POOL_WAIT_SECONDS

    chosen = os.environ.get("ECHO_CONNECTIONS", str(CONNECTIONS))
    if chosen == "ptb":
        return {}
    settings = {"ECHO_CONNECTIONS": chosen, "ECHO_POOL_TIMEOUT": str(POOL_WAIT_SECONDS)}
    if os.environ.get("ECHO_REQUEST") == "screener":  # also the screener's request class (echo_bot.py)
        settings["ECHO_REQUEST"] = "screener"
    return settings


def echo_tuning() -> str:
    """How the echo bot is tuned, said in the report."""
    settings = echo_settings()
    if not settings:
        return "with python-telegram-bot's defaults (ECHO_CONNECTIONS=ptb)"
    from bot.telegram_adapter.application import CONNECTIONS

    same = "the screener's" if settings["ECHO_CONNECTIONS"] == str(CONNECTIONS) else "NOT the screener's"
    request = ("the screener's own request class (ECHO_REQUEST=screener: JSON bodies, a first-come queue)"
               if "ECHO_REQUEST" in settings
               else "python-telegram-bot's request (url-encoded forms, httpcore's queue)")
    return (f"tuned as the screener: a pool of {settings['ECHO_CONNECTIONS']} connections ({same}), "
            f"{settings['ECHO_POOL_TIMEOUT']} s pool timeout, the same rate limiter (30/s, 3 retries), {request}")


def machine() -> str:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = ""
    with contextlib.suppress(OSError):
        load = f", load average {os.getloadavg()[0]:.2f} at start"
    return f"{os.cpu_count()} CPUs ({model}), Python {platform.python_version()}, {platform.system()}{load}"


class WatchedTelegram(FakeTelegram):
    """The fake Bot API state, plus: when each bot message became visible, a queue of the chats that
    changed, and which updates getUpdates delivered more than once (Telegram-style redelivery)."""

    def __init__(self) -> None:
        super().__init__()
        self.changes: queue.SimpleQueue[int] = queue.SimpleQueue()
        self.visible_at: dict[int, float] = {}  # stamp -> time.perf_counter() when it was stored
        self.delivered: Counter[int] = Counter()  # update_id -> times getUpdates returned it
        self.delivered_at: dict[int, float] = {}  # update_id -> when getUpdates last returned it
        self.last_call_at = 0.0  # any call but getUpdates
        self.served = 0  # calls but getUpdates
        self.polls = 0

    def _event(self, chat_id: int, event: tuple[Any, ...]) -> None:
        super()._event(chat_id, event)
        if event[0] in ("bot", "edit"):
            self.visible_at[self._stamp] = time.perf_counter()
            self.changes.put(chat_id)

    def call(self, method: str, params: dict[str, Any] | None = None, *, block: bool = True) -> Any:
        if method != "getUpdates":
            self.last_call_at = time.perf_counter()
            self.served += 1
            return super().call(method, params, block=block)
        self.polls += 1
        result = super().call(method, params, block=block)
        with self._lock:
            self.delivered.update(update["update_id"] for update in result)
            now = time.perf_counter()
            self.delivered_at.update((update["update_id"], now) for update in result)
        return result

    def calls_by_method(self, start: int = 0) -> Counter[str]:
        with self._lock:
            return Counter(call.method for call in self.calls[start:])

    def reply_to(self, chat_id: int, floor: int) -> StoredMessage | None:
        """The question shown after stamp ``floor``: the chat's newest change, if newer and with buttons."""
        with self._lock:
            messages = [m for m in self.messages.get(chat_id, []) if m.from_bot and not m.deleted]
            if not messages:
                return None
            newest = max(messages, key=lambda m: m.stamp)
            return newest if newest.stamp > floor and newest.keyboard else None


def serve() -> FakeAPIServer:
    return FakeAPIServer(WatchedTelegram(), token=TOKEN, keep_alive=True).start()


@dataclass
class BotProcess:
    """One bot process on the fake server: `cec-screener run` (or the echo bot), logs in its folder."""

    kind: str  # "screener" or "echo"
    server: FakeAPIServer
    folder: pathlib.Path
    db: pathlib.Path | None = None
    env: dict[str, str] = field(default_factory=dict)
    patch_out_limiter: bool = False
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0

    def command(self) -> list[str]:
        if self.kind == "echo":
            return [sys.executable, str(ECHO_BOT)]
        if self.patch_out_limiter:
            profile = os.environ.get("LOAD_PROFILE")  # a cProfile file of the screener with the limiter off
            if profile and self.kind == "screener":
                run = f"import cProfile; cProfile.run(\"main(['run'])\", {profile!r})\n"
                return [sys.executable, "-c", _NO_LIMITER.replace("sys.exit(main(['run']))\n", run)]
            return [sys.executable, "-c", _NO_LIMITER]
        return [sys.executable, "-m", "bot", "run"]

    def start(self) -> BotProcess:
        env = {"PATH": os.environ.get("PATH", ""), "TELEGRAM_BOT_TOKEN": TOKEN,
               "TELEGRAM_BASE_URL": self.server.base_url, "PYTHONPATH": str(ROOT),
               "ROUNDS_FEED_URL": "",  # no network here: the rounds feed stays off
               **echo_settings(),
               **self.env}
        if self.db is not None:
            env["DATABASE_PATH"] = str(self.db)
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.folder / f"{self.kind}.log", "ab") as log:
            self.process = subprocess.Popen(self.command(), cwd=self.folder, env=env, stdout=log, stderr=log)
        self.started_at = time.perf_counter()
        return self

    def wait_ready(self, timeout: float = 30.0) -> float:
        """Wait for the process's first getUpdates after its start; returns the time it took."""
        telegram = self.telegram
        before = telegram.polls
        deadline = time.monotonic() + timeout
        while telegram.polls == before:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"the {self.kind} bot exited ({self.process.returncode}):\n{self.log_tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the {self.kind} bot did not poll within {timeout} s:\n{self.log_tail()}")
            time.sleep(0.01)
        return time.perf_counter() - self.started_at

    @property
    def telegram(self) -> WatchedTelegram:
        telegram = self.server.telegram
        assert isinstance(telegram, WatchedTelegram)
        return telegram

    def memory_mb(self) -> tuple[float, float]:
        """(peak RSS, current RSS) in MB, from /proc/<pid>/status (VmHWM, VmRSS)."""
        assert self.process is not None
        values = {"VmHWM": 0.0, "VmRSS": 0.0}
        with contextlib.suppress(OSError):
            for line in pathlib.Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                key = line.split(":", 1)[0]
                if key in values:
                    values[key] = int(line.split()[1]) / 1024
        return values["VmHWM"], values["VmRSS"]

    def cpu_seconds(self) -> float:
        """CPU time used so far (user + system), from /proc/<pid>/stat; 0 when it cannot be read."""
        assert self.process is not None
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = pathlib.Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return 0.0

    def wait_idle(self, timeout: float = 20.0, quiet: float = 0.3) -> float:
        """Wait until the process uses under 10% of a CPU for ``quiet`` seconds; returns the time waited."""
        began = time.perf_counter()
        cpu = self.cpu_seconds()
        while time.perf_counter() - began < timeout:
            time.sleep(quiet)
            now = self.cpu_seconds()
            if now - cpu < 0.1 * quiet:
                break
            cpu = now
        return time.perf_counter() - began

    def kill(self) -> None:
        """kill -9: no chance to finish anything."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        if self.process is not None:
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM, as an operator would; kill -9 after 15 s."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.kill()

    def log_tail(self, chars: int = 3000) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / f"{self.kind}.log").read_text(errors="replace")[-chars:]
        return ""


@dataclass
class User:
    uid: int
    position: int = 0  # index of the next step in the script
    floor: int = 0  # FakeTelegram stamp when the pending step was sent
    pushed_at: float = 0.0
    pending: str | None = None  # the step sent and not yet answered
    pending_update: int | None = None
    question_id: int | None = None  # the message showing the question to answer (None: the latest keyboard)


class Users:
    """Simulated users on one fake server: ``send`` a step, ``poll`` for the replies that arrived."""

    def __init__(self, telegram: WatchedTelegram, server: FakeAPIServer, *, first_button: bool = False) -> None:
        self.telegram = telegram
        self.server = server
        self.first_button = first_button  # the echo bot's keyboard has one "Next" button for every label
        self.sent = 0

    def send(self, user: User, step: str) -> None:
        """The user types ``step``, or presses "[label]"; raises LookupError when the button is missing."""
        user.floor = self.telegram.stamp
        user.pushed_at = time.perf_counter()  # the update is available to getUpdates from now on
        if step.startswith("[") and step.endswith("]"):
            label = step[1:-1]
            if self.first_button:
                buttons = [m for m in self.telegram.bot_messages(user.uid) if m.keyboard]
                if not buttons:
                    raise LookupError("no keyboard")
                label = buttons[-1].buttons[0]
            try:
                update = self.server.push_click(user.uid, label, message_id=user.question_id)
            except AssertionError as error:
                raise LookupError(str(error).split("\n", 1)[0]) from None
        else:
            update = self.server.push_user_message(user.uid, step)
        user.pending = step
        user.pending_update = int(update["update_id"])
        self.sent += 1

    def changed(self, wait: float) -> set[int]:
        """The chats with a new or edited bot message since the last call (waits up to ``wait`` s)."""
        chats: set[int] = set()
        with contextlib.suppress(queue.Empty):
            chats.add(self.telegram.changes.get(timeout=wait))
            while True:
                chats.add(self.telegram.changes.get_nowait())
        return chats

    def reply(self, user: User) -> tuple[StoredMessage, float] | None:
        """The question shown in reply to the user's pending step, and when it became visible."""
        if user.pending is None:
            return None
        message = self.telegram.reply_to(user.uid, user.floor)
        if message is None:
            return None
        return message, self.telegram.visible_at.get(message.stamp, time.perf_counter())


class PacedCrowd:
    """People at an even pace: each waits `users / rate` seconds after a reply before the next step (about
    `rate` updates/s in all), starting spread over that time; one who reaches the end is replaced by a new one."""

    def __init__(self, crowd: Users, steps: list[str], *, users: int, rate: float, first_uid: int) -> None:
        self.crowd, self.steps, self.think = crowd, steps, users / rate
        self.uids = itertools.count(first_uid)
        start = time.perf_counter()
        self.ready = {uid: (start + n * self.think / users, User(uid))
                      for n, uid in enumerate(itertools.islice(self.uids, users))}
        self.waiting: dict[int, User] = {}
        self.sent = self.answered = 0

    def tick(self, wait: float = 0.01) -> list[str]:
        """Send the steps now due, then wait up to `wait` s for replies; returns the steps answered meanwhile."""
        now = time.perf_counter()
        for uid, (at, user) in list(self.ready.items()):
            if at > now:
                continue
            del self.ready[uid]
            if user.position >= len(self.steps):
                user = User(next(self.uids))
            try:
                self.crowd.send(user, self.steps[user.position])
            except LookupError:
                user = User(next(self.uids))
                self.ready[user.uid] = (now + self.think, user)
                continue
            self.sent += 1
            self.waiting[user.uid] = user
        done: list[str] = []
        for chat in self.crowd.changed(wait):
            if chat in self.waiting and self.crowd.reply(self.waiting[chat]) is not None:
                user = self.waiting.pop(chat)
                done.append(user.pending or "")
                user.position += 1
                user.pending = None
                self.ready[user.uid] = (time.perf_counter() + self.think, user)
        self.answered += len(done)
        return done


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def stamp() -> str:
    return dt.datetime.now().strftime("%Y-%m-%d %H:%M")


def wait_until(condition: Callable[[], bool], timeout: float, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(interval)
    return True
