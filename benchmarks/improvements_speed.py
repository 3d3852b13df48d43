"""How much the plan ("what raises my score") costs: `assess` with and without improvements, in process.

    .venv/bin/python benchmarks/improvements_speed.py [--profiles N] [--repeat N] [--lang en]

Prints, for one seeded set of varied valid profiles (benchmarks/profiles.py), already validated:
  (a) assess alone, profiles/s
  (b) assess with improvements and the partner comparison, profiles/s, and the plan's cost per profile
  (c) the number of improvements found, in all and per profile with a CRS
This is an in-process measurement (no command line, no bot), for finding hot spots; each figure is the best
of --repeat runs, the two runs taking turns so that a busy spell on a shared machine hits both.
Goal: (b) at least 1,000 profiles/s.
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import time
from pathlib import Path

from profiles import generate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the engine, also when the project is not installed in this interpreter

from eligibility import Profile, assess  # noqa: E402

GOAL = 1_000  # profiles/s, assess with the plan


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    profiles = [Profile.model_validate_json(raw) for raw in generate(args.profiles)]
    today = profiles[0].as_of

    def plain() -> None:
        for profile in profiles:
            assess(profile, args.lang)

    def with_plan() -> None:
        for profile in profiles:
            assess(profile, args.lang, with_improvements=True, today=today)

    with_plan()  # first use: catalogs, tables and memos are made outside the measured runs
    best = [float("inf"), float("inf")]
    for _ in range(args.repeat):
        for index, run in enumerate((plain, with_plan)):
            gc.collect()
            start = time.perf_counter()
            run()
            best[index] = min(best[index], time.perf_counter() - start)
    count = len(profiles)
    found = [len(assess(p, args.lang, with_improvements=True, today=today)["improvements"]) for p in profiles]
    with_crs = sum(1 for p in profiles if p.has_age)
    plain_rate, plan_rate = count / best[0], count / best[1]
    cost_us = (best[1] - best[0]) / count * 1e6
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"in process, {count} profiles, best of {args.repeat}")
    print(f"(a) assess alone:              {plain_rate:8,.0f} profiles/s")
    verdict = "met" if plan_rate >= GOAL else "NOT met"
    print(f"(b) assess with improvements:  {plan_rate:8,.0f} profiles/s "
          f"(the plan costs {cost_us:,.0f} us per profile; goal {GOAL:,}/s: {verdict})")
    print(f"(c) improvements found:        {sum(found):,} in all, {sum(found) / max(1, with_crs):.1f} per profile")
    return 0 if plan_rate >= GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
