"""Load on the shipped bot: the real `cec-screener run` process over real HTTP, next to an echo-bot floor.

    .venv/bin/python benchmarks/load.py [--users 50] [--duration 15] [--pairs 3] [--stored 10000] [--quick]
                                        [--keep DIR]
    ECHO_CONNECTIONS=ptb .venv/bin/python benchmarks/load.py   # the echo bot with python-telegram-bot's own pool
    ECHO_REQUEST=screener .venv/bin/python benchmarks/load.py  # the echo bot with the screener's request class

A fake Bot API (tests/e2e/fake_api_server.py) serves long polling over HTTP/1.1 keep-alive on 127.0.0.1.
In one run, each bot process gets the same simulated users: N people at once, each playing whole screenings
(tests/e2e/screenings.py, read at run time) with button presses and typed answers, each waiting for the next
question before answering it, as people do; a person who reaches the verdict is replaced by a new one.
Measured for `cec-screener run` and for benchmarks/echo_bot.py (one Bot API call per text, answer + one edit
per button press), with the rate limiter as shipped and with it off (RATE_LIMIT=0); then the screener again
on a database holding --stored users with sessions in progress, for its memory.

The echo bot is tuned as the screener is (the same connection pool, pool timeout and rate limiter, read from
bot/telegram_adapter/application.py), so that whatever the screener spends beyond it is our own code; set
ECHO_CONNECTIONS=ptb for python-telegram-bot's defaults (a 256-connection pool, slower to scan);
ECHO_REQUEST=screener gives the echo bot the screener's own request class too (JSON bodies, a first-come queue
for the pool), to see how much of the screener's figures that class is rather than the screening.
Printed for each: updates/s, CPU per update (user + system time of the process over the measured windows),
p50/p99 from an update being available to getUpdates to the next question being visible, Bot API calls per
update by method, peak RSS of the bot process; the screener/echo ratios; the goals of issues 9 and 20 with
PASS/FAIL; the machine. Timing on a shared machine is noisy: compare the ratios
measured in one run, not figures from different runs. With the limiter off the two bots take turns in
--pairs pairs (each pair's windows --duration/pairs long); issue 20's goals are judged on the median of the
pairs' ratios, so that a busy spell of a shared machine, which falls on one pair, does not decide them.
"""

from __future__ import annotations

import argparse
import itertools
import pathlib
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field

from loadkit import (
    BotProcess,
    User,
    Users,
    echo_tuning,
    machine,
    percentile,
    rate_limit_setting,
    script,
    serve,
    stamp,
)

LIMITED, UNLIMITED = "limiter as shipped", "limiter off"


@dataclass
class Figures:
    """What one bot did in one mode, summed over its measured windows."""

    mode: str
    bot: str
    seconds: float = 0.0  # measured (after the warm-up)
    answered: int = 0  # steps whose next question became visible in the measured windows
    latencies: list[float] = field(default_factory=list)
    cpu_s: float = 0.0  # CPU time of the bot process in the measured windows
    calls: Counter[str] = field(default_factory=Counter)  # Bot API calls made in the measured windows
    peak_mb: float = 0.0
    screenings: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    startup_s: list[float] = field(default_factory=list)
    alone_s: list[float] = field(default_factory=list)  # one person's whole screening before the crowd

    @property
    def updates_per_s(self) -> float:
        return self.answered / self.seconds if self.seconds else float("nan")

    @property
    def cpu_ms_per_update(self) -> float:
        return self.cpu_s * 1000 / self.answered if self.answered else float("nan")

    @property
    def p50_ms(self) -> float:
        return percentile(self.latencies, 50) * 1000

    @property
    def p99_ms(self) -> float:
        return percentile(self.latencies, 99) * 1000

    def absorb(self, part: Figures) -> None:
        """Add one measured window (of the same bot and mode) to these figures."""
        self.seconds += part.seconds
        self.answered += part.answered
        self.latencies += part.latencies
        self.cpu_s += part.cpu_s
        self.calls += part.calls
        self.peak_mb = max(self.peak_mb, part.peak_mb)
        self.screenings += part.screenings
        self.errors += part.errors
        self.startup_s += part.startup_s
        self.alone_s += part.alone_s

    def per_update(self) -> str:
        if not self.answered:
            return "-"
        total = sum(n for method, n in self.calls.items() if method != "getUpdates")
        parts = [f"{n / self.answered:.2f} {method}" for method, n in self.calls.most_common()
                 if method != "getUpdates"]
        return f"{total / self.answered:.2f} = " + " + ".join(parts) if parts else "0"


def alone(crowd: Users, steps: list[str], figures: Figures) -> float:
    """One person plays the whole screening before the crowd comes, so that what the bot loads on first use
    (the occupation finder's data...) is not in the measured window; returns the time it took."""
    began = time.perf_counter()
    user = User(1)
    for position, step in enumerate(steps):
        try:
            crowd.send(user, step)
        except LookupError:
            figures.errors[f"alone: button {step} missing at step {position}"] += 1
            break
        deadline = time.monotonic() + 30
        while crowd.reply(user) is None:
            if time.monotonic() > deadline:
                figures.errors[f"alone: no reply to step {position} in 30 s"] += 1
                return time.perf_counter() - began
            time.sleep(0.002)
        user.pending = None
    return time.perf_counter() - began


def measure(figures: Figures, users: int, duration: float, warmup: float, folder: pathlib.Path, *,
            env: dict[str, str], patch_out_limiter: bool = False, db: pathlib.Path | None = None,
            step_timeout: float = 30.0) -> None:
    """One bot process, N users; the ``duration`` seconds after ``warmup`` are added to ``figures``.

    Before the crowd, one person plays a screening alone (see ``alone``) and the bot's CPU goes quiet (work
    it does in the background at start is not in the window either); then the first seconds are left
    out: everyone's /start arrives at once and the rate limiter starts with a full bucket. At the end the
    process is killed at once (its peak RSS read first): the replies still queued are not waited for, and
    the calls counted are those made inside the measured window."""
    steps = script()
    server = serve()
    process = BotProcess(figures.bot, server, folder, db=db, env=env, patch_out_limiter=patch_out_limiter)
    try:
        process.start()
        figures.startup_s.append(process.wait_ready())
        telegram = process.telegram
        crowd = Users(telegram, server, first_button=figures.bot == "echo")
        uids = itertools.count(100_001)

        def next_step(user: User) -> User:
            """Send the user's next step; a person at the end (or lost) is replaced by a new one."""
            while True:
                if user.position >= len(steps):
                    figures.screenings += 1
                    user = User(next(uids))
                try:
                    crowd.send(user, steps[user.position])
                    return user
                except LookupError:
                    figures.errors[f"button {steps[user.position]} missing at step {user.position}"] += 1
                    user = User(next(uids))

        figures.alone_s.append(alone(crowd, steps, figures) + process.wait_idle())
        waiting: dict[int, User] = {}
        for _ in range(users):
            user = next_step(User(next(uids)))
            waiting[user.uid] = user
        begin = time.perf_counter() + warmup
        end = begin + duration
        first_call: int | None = None
        cpu_at_begin = 0.0
        while (now := time.perf_counter()) < end:
            if first_call is None and now >= begin:
                first_call = len(telegram.calls)
                cpu_at_begin = process.cpu_seconds()
            for chat in crowd.changed(0.02):
                if chat not in waiting or (got := crowd.reply(waiting[chat])) is None:
                    continue
                user = waiting.pop(chat)
                _message, seen = got
                if begin <= seen < end:
                    figures.answered += 1
                    figures.latencies.append(seen - user.pushed_at)
                user.position += 1
                user.pending = None
                user = next_step(user)
                waiting[user.uid] = user
            for uid, user in list(waiting.items()):
                if now - user.pushed_at > step_timeout:
                    figures.errors["no reply in 30 s"] += 1
                    del waiting[uid]
                    user = next_step(User(next(uids)))
                    waiting[user.uid] = user
        figures.seconds += duration
        figures.cpu_s += process.cpu_seconds() - cpu_at_begin
        figures.calls += telegram.calls_by_method(first_call or 0) - Counter()
        figures.peak_mb = max(figures.peak_mb, process.memory_mb()[0])
    finally:
        process.kill()
        server.stop()


def prefill(db: pathlib.Path, template_db: pathlib.Path | None, count: int) -> float:
    """``count`` users with a screening in progress, through storage.Repository; returns the seconds taken.

    The session stored is a copy of the fullest one the screener saved in an earlier measurement (so it has
    the shape the current flow writes), or a first-question session when there is none."""
    from storage import Repository, SessionRecord

    template = SessionRecord(user_id=0, state="quebec", answers={}, history=[])
    if template_db is not None and template_db.exists():
        with Repository(template_db) as source:
            for uid in range(100_001, 100_401):
                record = source.load_session(uid)
                if record is not None and len(record.history) > len(template.history):
                    template = record
    began = time.perf_counter()
    with Repository(db) as repository:
        for n in range(count):
            repository.save_session(SessionRecord(
                user_id=50_000_000 + n, state=template.state, answers=template.answers,
                history=template.history, flow_version=template.flow_version,
                question_message_id=template.question_message_id))
    return time.perf_counter() - began


def turns(mode: str, quick: bool, pairs: int) -> list[tuple[int, str]]:
    """(pair, bot) in the order measured: with the limiter off, pairs taking turns at going first."""
    if quick:
        return [(0, "echo"), (0, "screener")]
    if mode == LIMITED:
        return [(0, "echo"), (0, "screener"), (1, "screener"), (1, "echo")]
    orders = (("echo", "screener"), ("screener", "echo"))
    return [(n, bot) for n in range(pairs) for bot in orders[n % 2]]


def pair_ratios(screener: Figures, echo: Figures) -> tuple[float, float, float, float]:
    """Issue 20's four figures for one pair: updates/s ratio, extra CPU ms per update, echo/screener CPU, p99."""
    return (ratio(screener.updates_per_s, echo.updates_per_s),
            screener.cpu_ms_per_update - echo.cpu_ms_per_update,
            ratio(echo.cpu_ms_per_update, screener.cpu_ms_per_update),
            ratio(screener.p99_ms, echo.p99_ms))


def ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def goal(text: str, ok: bool | None, value: str) -> str:
    verdict = "n/a " if ok is None else ("PASS" if ok else "FAIL")
    return f"  {verdict}  {text}: {value}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50, help="simulated people at once (default 50)")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds measured per bot and mode")
    parser.add_argument("--stored", type=int, default=10_000, help="users stored for the memory figure")
    parser.add_argument("--pairs", type=int, default=3,
                        help="echo/screener pairs with the limiter off, taking turns (default 3)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 5 users, 0.7 s each, 500 stored")
    parser.add_argument("--keep", metavar="DIR", help="keep the bots' logs and databases in DIR")
    args = parser.parse_args(argv)
    if args.quick:
        args.users, args.duration, args.stored, args.pairs = min(args.users, 5), 0.7, min(args.stored, 500), 1
    if args.pairs < 1:
        parser.error("--pairs must be at least 1")
    warmup = 0.2 if args.quick else 2.0

    has_setting = rate_limit_setting()
    print(f"CEC Screener load benchmark, {stamp()}: the real `cec-screener run` process and a python-telegram-bot "
          "echo bot, same run")
    print(f"machine: {machine()}")
    print(f"echo bot: {echo_tuning()}")
    print(f"{args.users} users at once playing whole screenings ({len(script())} steps each); per bot and mode "
          f"{args.duration:g} s measured" + ("," if args.quick else
          f" (limiter as shipped: in two halves, echo-screener-screener-echo; limiter off: in {args.pairs} pairs "
          "taking turns, echo first then screener first),")
          + f" each after {warmup:g} s of warm-up; fake Bot API over HTTP/1.1 keep-alive on 127.0.0.1")
    if not has_setting:
        print("note: the bot has no RATE_LIMIT setting yet: 'limiter off' runs `cec-screener run` with "
              "AIORateLimiter patched out at start")
    print(flush=True)

    off_env = {"RATE_LIMIT": "0"}
    results: dict[tuple[str, str], Figures] = {}
    pairs: dict[int, dict[str, Figures]] = {}  # limiter off: each pair's own windows
    with tempfile.TemporaryDirectory(prefix="cec-load-") as tmp:
        folder = pathlib.Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        runs = 0
        stored_db = folder / "stored.db"
        fill_s = 0.0
        if args.quick:  # one process fewer: the screener as shipped runs on the database of stored users
            fill_s = prefill(stored_db, None, args.stored)
        for mode in (LIMITED, UNLIMITED):
            for pair, bot in turns(mode, args.quick, args.pairs):
                window = Figures(mode, bot)
                patch = bot == "screener" and mode == UNLIMITED and not has_setting
                env = off_env if mode == UNLIMITED and not patch else {}
                db = folder / f"screener-{runs}.db" if bot == "screener" else None
                if args.quick and bot == "screener" and mode == LIMITED:
                    db = stored_db
                seconds = args.duration if args.quick else args.duration / (2 if mode == LIMITED else args.pairs)
                measure(window, args.users, seconds, warmup, folder / f"run{runs}", env=env,
                        patch_out_limiter=patch, db=db)
                results.setdefault((bot, mode), Figures(mode, bot)).absorb(window)
                if mode == UNLIMITED:
                    pairs.setdefault(pair, {})[bot] = window
                runs += 1
            print(f"  measured {mode}: echo {results[('echo', mode)].updates_per_s:.1f} updates/s, screener "
                  f"{results[('screener', mode)].updates_per_s:.1f}", flush=True)
        if args.quick:
            stored = results[("screener", LIMITED)]
        else:
            fill_s = prefill(stored_db, folder / "screener-1.db", args.stored)
            stored = Figures(f"{args.stored:,} stored users", "screener")
            measure(stored, min(args.users, 20), max(1.0, args.duration / 3), warmup, folder / "stored", env={},
                    db=stored_db)
        print(f"  measured the screener with {args.stored:,} stored users (stored in {fill_s:.1f} s)", flush=True)

    print()
    print(f"{'mode':19} {'bot':9} {'updates/s':>9} {'CPU ms/upd':>10} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'peak RSS':>9}  Bot API calls per update (getUpdates apart)")
    for (bot, mode), f in results.items():
        print(f"{mode:19} {bot:9} {f.updates_per_s:9.1f} {f.cpu_ms_per_update:10.3f} {f.p50_ms:8.0f} "
              f"{f.p99_ms:8.0f} {f.peak_mb:6.1f} MB  {f.per_update()}")
    print(f"{'screener, ' + format(args.stored, ',') + ' stored':29} {stored.updates_per_s:9.1f} "
          f"{stored.p50_ms:8.0f} {stored.p99_ms:8.0f} {stored.peak_mb:6.1f} MB  {stored.per_update()}")
    for (bot, mode), f in [*results.items(), (("screener", "stored users"), stored)]:
        extra = [f"{f.answered} answered in {f.seconds:g} s", f"{f.screenings} screenings done",
                 f"{f.calls['getUpdates'] / max(1, f.answered):.2f} getUpdates/update",
                 "start to first getUpdates " + "/".join(f"{t:.1f}" for t in f.startup_s) + " s",
                 "one screening alone, then idle, first " + "/".join(f"{t:.1f}" for t in f.alone_s) + " s"]
        if f.errors:
            extra.append("errors: " + ", ".join(f"{n} {what}" for what, n in f.errors.items()))
        print(f"  {bot} ({mode}): " + "; ".join(extra))
    print()
    for mode in (LIMITED, UNLIMITED):
        s, e = results[("screener", mode)], results[("echo", mode)]
        print(f"ratio screener/echo, {mode}: updates/s {ratio(s.updates_per_s, e.updates_per_s):.2f}x, "
              f"CPU per update {ratio(s.cpu_ms_per_update, e.cpu_ms_per_update):.2f}x "
              f"({s.cpu_ms_per_update - e.cpu_ms_per_update:+.3f} ms), "
              f"p50 {ratio(s.p50_ms, e.p50_ms):.2f}x, p99 {ratio(s.p99_ms, e.p99_ms):.2f}x, "
              f"peak RSS {ratio(s.peak_mb, e.peak_mb):.2f}x")
    for number, pair in sorted(pairs.items()):
        if len(pairs) > 1 and {"echo", "screener"} <= pair.keys():
            speed, extra, cpu, p99 = pair_ratios(pair["screener"], pair["echo"])
            print(f"  pair {number + 1} ({' then '.join(pair)}), limiter off: updates/s {speed:.2f}x, "
                  f"CPU per update {extra:+.3f} ms (echo/screener {cpu:.2f}), p99 {p99:.2f}x")
    print()
    s_off, e_off = results[("screener", UNLIMITED)], results[("echo", UNLIMITED)]
    shipped = results[("screener", LIMITED)]
    speed, p99 = ratio(s_off.updates_per_s, e_off.updates_per_s), ratio(s_off.p99_ms, e_off.p99_ms)
    print("goals (issue 9):")
    print(goal("screener >= 0.8x echo updates/s, limiter off", speed >= 0.8, f"{speed:.2f}x"))
    print(goal("screener p99 <= 2x echo's, limiter off", p99 <= 2.0, f"{p99:.2f}x"))
    print(goal("as shipped >= 25 updates/s", shipped.updates_per_s >= 25, f"{shipped.updates_per_s:.1f}"))
    print(goal(f"peak RSS <= 100 MB with {args.stored:,} stored users", stored.peak_mb <= 100,
               f"{stored.peak_mb:.1f} MB"))
    extra_ms = s_off.cpu_ms_per_update - e_off.cpu_ms_per_update
    cpu_ratio = ratio(e_off.cpu_ms_per_update, s_off.cpu_ms_per_update)
    judged = "the whole run"
    if len(pairs) >= 3:  # a busy spell of this shared machine falls on one pair: the median pair is judged
        rows = [pair_ratios(pair["screener"], pair["echo"]) for pair in pairs.values()]
        speed, extra_ms, cpu_ratio, p99 = (statistics.median(column) for column in zip(*rows, strict=True))
        judged = f"the median of the {len(pairs)} pairs' ratios"
    print(f"goals (issue 20, against the echo bot {echo_tuning()}, limiter off; judged on {judged}):")
    print(goal("our own CPU per update <= 0.3 ms above the echo bot's", extra_ms <= 0.3, f"{extra_ms:+.3f} ms"))
    print(goal("echo's CPU per update / screener's >= 0.88", cpu_ratio >= 0.88, f"{cpu_ratio:.2f}"))
    print(goal("screener >= 0.85x echo updates/s", speed >= 0.85, f"{speed:.2f}x"))
    print(goal("screener p99 <= 1.3x echo's", p99 <= 1.3, f"{p99:.2f}x"))
    if args.quick:
        print("(--quick: a smoke run, the figures mean little)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
