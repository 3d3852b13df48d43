"""The whole service's memory, as an operator's machine sees it: the real `cec-screener run` over HTTP on
loopback (the fake Bot API of tests/e2e), on a database holding --stored users with screenings in progress
(benchmarks/load.py's `prefill`), and every process it starts (the chart worker, its helpers, an index build).

    .venv/bin/python benchmarks/service_memory.py [--idle-minutes 60] [--stored 10000] [--load-minutes 3]

Phases, one after the other on the same bot process:
  idle    nobody writes for --idle-minutes (the scheduled jobs run as they would);
  load    people screen at about --rate updates/s for --load-minutes, to the verdict;
  charts  the same for --chart-minutes, and each who reaches the verdict asks for the hours chart (so the
          chart worker starts, as it does with the first chart);
  after   nobody writes again until the chart worker has ended (it ends after bot.charts.IDLE_SECONDS).
Sampled every few seconds: RSS (/proc/<pid>/status) and PSS (/proc/<pid>/smaps_rollup: shared pages divided
among the processes sharing them) of the bot and of each process under it. Printed per phase: the peak and final
figures per process and summed, with PASS/FAIL against the goal (the summed RSS at most 120 MB).
"""

from __future__ import annotations

import argparse
import contextlib
import pathlib
import sys
import tempfile
import time
from dataclasses import dataclass, field

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from load import prefill
from loadkit import BotProcess, PacedCrowd, User, Users, machine, script, serve

GOAL_MB = 120.0
CHART = "[🗓️ Hours chart]"  # on the verdict of tests/e2e/screenings.ELIGIBLE_SCREENING


def _kb(text: str, key: str) -> float:
    for line in text.splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return 0.0


def role(pid: int, bot_pid: int) -> str:
    """What a process of the service is, from its command line."""
    if pid == bot_pid:
        return "bot"
    try:
        command = pathlib.Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "gone"
    if "resource_tracker" in command:
        return "resource tracker"
    if "from bot.charts import serve" in command or "spawn_main" in command:  # ours, or a pool's
        return "chart worker"
    if "snapshot" in command:
        return "index build"
    return command[:40]


def children_of(pid: int) -> list[str]:
    """Every thread's children: a process started from a thread is listed under that thread's task only."""
    return [child for task in pathlib.Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def service(bot_pid: int) -> dict[int, tuple[str, float, float]]:
    """pid -> (role, RSS MB, PSS MB) for the bot and every process under it."""
    found: dict[int, tuple[str, float, float]] = {}
    todo = [bot_pid]
    while todo:
        pid = todo.pop()
        try:
            rss = _kb(pathlib.Path(f"/proc/{pid}/status").read_text(), "VmRSS:")
            pss = _kb(pathlib.Path(f"/proc/{pid}/smaps_rollup").read_text(), "Pss:")
            children = children_of(pid)
        except OSError:  # ended meanwhile
            continue
        found[pid] = (role(pid, bot_pid), rss, pss)
        todo.extend(int(child) for child in children)
    return found


@dataclass
class Phase:
    """The samples of one phase: per process, and the service's sums."""

    name: str
    peak: dict[int, tuple[str, float, float]] = field(default_factory=dict)  # pid -> (role, peak RSS, peak PSS)
    final: dict[int, tuple[str, float, float]] = field(default_factory=dict)
    peak_rss: float = 0.0
    peak_pss: float = 0.0
    samples: int = 0

    def sample(self, bot_pid: int) -> dict[int, tuple[str, float, float]]:
        now = service(bot_pid)
        for pid, (name, rss, pss) in now.items():
            _, top_rss, top_pss = self.peak.get(pid, (name, 0.0, 0.0))
            self.peak[pid] = (name, max(rss, top_rss), max(pss, top_pss))
        self.peak_rss = max(self.peak_rss, sum(rss for _, rss, _ in now.values()))
        self.peak_pss = max(self.peak_pss, sum(pss for _, _, pss in now.values()))
        self.final = now
        self.samples += 1
        return now

    def report(self, goal: float, *, judged_on_final: bool = False) -> bool:
        final_rss = sum(rss for _, rss, _ in self.final.values())
        final_pss = sum(pss for _, _, pss in self.final.values())
        print(f"  {self.name} ({self.samples} samples)")
        for pid, (name, rss, pss) in sorted(self.peak.items()):
            ended = pid not in self.final
            now = "ended" if ended else f"final {self.final[pid][1]:5.1f} RSS {self.final[pid][2]:5.1f} PSS"
            print(f"    {name:<17} pid {pid:<7} peak {rss:5.1f} MB RSS {pss:5.1f} MB PSS; {now}")
        ok = (final_rss if judged_on_final else self.peak_rss) <= goal
        judged = "the final figure " if judged_on_final else ""
        print(f"    whole service: peak {self.peak_rss:.1f} MB RSS / {self.peak_pss:.1f} MB PSS, final "
              f"{final_rss:.1f} MB RSS / {final_pss:.1f} MB PSS: {'PASS' if ok else 'FAIL'} ({judged}<= {goal:g} "
              f"MB RSS)", flush=True)
        return ok


def idle(phase: Phase, bot: BotProcess, seconds: float, every: float, log: bool = True) -> None:
    assert bot.process is not None
    end = time.monotonic() + seconds
    next_line = time.monotonic() + 300
    while time.monotonic() < end:
        phase.sample(bot.process.pid)
        if log and time.monotonic() >= next_line:  # a sign of life in a long run's log
            total = sum(rss for _, rss, _ in phase.final.values())
            print(f"    {phase.name}: {time.strftime('%H:%M:%S')} {total:.1f} MB RSS now", flush=True)
            next_line += 300
        time.sleep(min(every, max(0.0, end - time.monotonic())))
    phase.sample(bot.process.pid)


def template(server: object, folder: pathlib.Path) -> pathlib.Path:
    """A database whose user 100_001 is one step before the verdict: the session prefill copies."""
    db = folder / "template.db"
    bot = BotProcess("screener", server, folder / "template", db=db)  # type: ignore[arg-type]
    try:
        bot.start()
        bot.wait_ready()
        crowd = Users(bot.telegram, server)  # type: ignore[arg-type]
        user = User(100_001)
        for step in script()[:-1]:
            crowd.send(user, step)
            deadline = time.monotonic() + 20
            while crowd.reply(user) is None:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no reply to {step!r}:\n{bot.log_tail()}")
                crowd.changed(0.05)
        bot.stop()
    finally:
        bot.kill()
    return db


def load(phase: Phase, bot: BotProcess, server: object, minutes: float, rate: float, users: int,
         every: float, *, first_uid: int, charts: bool) -> tuple[int, int]:
    """People screen to the verdict, each then asking for the hours chart if `charts`; returns (steps
    answered, charts)."""
    assert bot.process is not None
    steps = [*script(), CHART] if charts else script()
    people = PacedCrowd(Users(bot.telegram, server), steps, users=users, rate=rate,  # type: ignore[arg-type]
                        first_uid=first_uid)
    drawn = 0
    end = time.perf_counter() + minutes * 60
    next_sample = 0.0
    while (now := time.perf_counter()) < end:
        if now >= next_sample:
            phase.sample(bot.process.pid)
            next_sample = now + every
        drawn += people.tick().count(CHART)
    phase.sample(bot.process.pid)
    return people.answered, drawn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--idle-minutes", type=float, default=60.0)
    parser.add_argument("--stored", type=int, default=10_000, help="users stored with a screening in progress")
    parser.add_argument("--load-minutes", type=float, default=3.0)
    parser.add_argument("--chart-minutes", type=float, default=3.0, help="0: no chart phase")
    parser.add_argument("--rate", type=float, default=20.0, help="updates per second under load, about")
    parser.add_argument("--users", type=int, default=40, help="people screening at once under load")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples (1 under load)")
    args = parser.parse_args(argv)
    from bot import charts

    print(f"CEC Screener: the whole service's memory ({machine()}, {time.strftime('%Y-%m-%d %H:%M')})",
          flush=True)
    with tempfile.TemporaryDirectory() as name:
        folder = pathlib.Path(name)
        server = serve()
        bot = BotProcess("screener", server, folder / "bot", db=folder / "bot.db", env={"LOG_LEVEL": "INFO"})
        try:
            began = time.perf_counter()
            fill_s = prefill(folder / "bot.db", template(server, folder), args.stored)
            print(f"  {args.stored:,} stored users with a screening in progress ({fill_s:.0f} s to store; "
                  f"{time.perf_counter() - began:.0f} s with the template screening)", flush=True)
            bot.start()
            print(f"  the bot polling {bot.wait_ready():.1f} s after its start", flush=True)
            results = []
            quiet = Phase(f"idle for {args.idle_minutes:g} min")
            idle(quiet, bot, args.idle_minutes * 60, args.every)
            results.append(quiet.report(GOAL_MB))
            busy = Phase(f"load: {args.users} people at about {args.rate:g} updates/s for {args.load_minutes:g} "
                         f"min, {args.stored:,} stored users")
            answered, _ = load(busy, bot, server, args.load_minutes, args.rate, args.users, 1.0,
                               first_uid=700_001, charts=False)
            print(f"  under load: {answered:,} steps answered ({answered / (args.load_minutes * 60):.1f}/s)",
                  flush=True)
            results.append(busy.report(GOAL_MB))
            if args.chart_minutes > 0:  # 0: no chart phase (a quick run)
                busy = Phase(f"load with charts: the same for {args.chart_minutes:g} min, the hours chart at each "
                             f"verdict")
                answered, drawn = load(busy, bot, server, args.chart_minutes, args.rate, args.users, 1.0,
                                       first_uid=800_001, charts=True)
                print(f"  under load with charts: {answered:,} steps answered "
                      f"({answered / (args.chart_minutes * 60):.1f}/s), {drawn} charts", flush=True)
                results.append(busy.report(GOAL_MB))
                after = Phase(f"after the load, until the chart worker ends (it ends {charts.IDLE_SECONDS:g} s "
                              f"after the last chart)")
                assert bot.process is not None
                started = any(name == "chart worker" for name, _, _ in busy.peak.values())
                ended_at = None
                since = time.monotonic()
                while started and time.monotonic() < since + charts.IDLE_SECONDS + 90:
                    now = after.sample(bot.process.pid)
                    if not any(name == "chart worker" for name, _, _ in now.values()):
                        ended_at = time.monotonic() - since
                        break
                    time.sleep(args.every)
                if after.samples:
                    results.append(after.report(GOAL_MB, judged_on_final=True))  # once the worker has ended
                print("  the chart worker: " + ("never started (no chart drawn: a longer --chart-minutes?)"
                                                if not started else f"ended {ended_at:.0f} s after the load"
                                                if ended_at is not None else "still running (NOT ended)"))
                results.append(ended_at is not None)
            bot.stop()
        finally:
            bot.kill()
            server.stop()
            with contextlib.suppress(Exception):
                print("  bot log (last lines):\n" + "\n".join(
                    "    " + line for line in bot.log_tail(1500).splitlines()[-8:]))
    print(f"  goal: the whole service <= {GOAL_MB:g} MB RSS at idle and under load: "
          f"{'met' if all(results) else 'NOT met'}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
