"""The longest event-loop stall of the real bot under a steady load: `cec-screener run` over HTTP on loopback
(the fake Bot API of tests/e2e, the shipped rate limiter), people screening at about 30 updates/s, for ten
minutes by default. The bot logs its longest stall per period (bot/plumbing/loop_stalls.py, the period set to
5 s here); this prints their maximum and how many periods passed 50 ms, the full garbage collections and the
longest of them, with the whole service's memory (the bot and every process it started) at the end. The goal:
no stall over 50 ms.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from loadkit import BotProcess, PacedCrowd, Users, machine, script, serve

_STALL = re.compile(r"event loop: longest stall ([\d.]+) ms")
_FULL = re.compile(r"(\d+) full collections, the longest ([\d.]+) ms")


def service_rss_mb(pid: int) -> float:
    """RSS of the process and all its descendants, in MB."""
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            for line in pathlib.Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
            children = [child for task in pathlib.Path(f"/proc/{current}/task").iterdir()  # every thread's
                        for child in (task / "children").read_text().split()]
        except OSError:
            continue
        todo.extend(int(child) for child in children)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=30.0, help="updates per second, about (default 30)")
    parser.add_argument("--users", type=int, default=60)
    args = parser.parse_args(argv)
    steps = script()
    with tempfile.TemporaryDirectory() as folder:
        server = serve()
        bot = BotProcess("screener", server, pathlib.Path(folder),
                         env={"LOOP_STALL_REPORT_SECONDS": "5", "LOG_LEVEL": "INFO"})
        try:
            bot.start()
            bot.wait_ready()
            people = PacedCrowd(Users(bot.telegram, server), steps, users=args.users, rate=args.rate,
                                first_uid=500_001)
            end = time.perf_counter() + args.minutes * 60
            while time.perf_counter() < end:
                people.tick()
            sent, answered = people.sent, people.answered
            rss = service_rss_mb(bot.process.pid) if bot.process else 0.0
            bot.stop()
            log = (pathlib.Path(folder) / "screener.log").read_text(errors="replace")
        finally:
            bot.kill()
            server.stop()
    stalls = [float(m) for m in _STALL.findall(log)]
    minutes = args.minutes
    print(f"CEC Screener: event-loop stalls under load ({machine()})")
    print(f"  {minutes:g} min, {answered:,} updates answered ({answered / (minutes * 60):.1f}/s), {sent:,} sent")
    if not stalls:
        print("  no stall report in the bot's log (the run was too short?)")
        return 1
    over = sum(1 for s in stalls if s > 50)
    median = sorted(stalls)[len(stalls) // 2]
    print(f"  longest stall: {max(stalls):.1f} ms (median of the 5-s periods {median:.1f} ms); "
          f"periods over 50 ms: {over} of {len(stalls)}")
    print("  per period (ms): " + " ".join(f"{s:.0f}" for s in stalls))
    full = [(int(n), float(ms)) for n, ms in _FULL.findall(log)]
    if full:
        print(f"  full (generation 2) garbage collections: {sum(n for n, _ in full)}, the longest "
              f"{max(ms for _, ms in full):.1f} ms")
    print(f"  the whole service's RSS at the end: {rss:.0f} MB (goal <= 120 MB)")
    print(f"  goal no stall over 50 ms: {'met' if max(stalls) <= 50 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
