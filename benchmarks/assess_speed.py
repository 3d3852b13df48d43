"""How fast the engine screens profiles: validation, assessment, both, and the `assess --jsonl` command.

    .venv/bin/python benchmarks/assess_speed.py [--profiles N] [--cli-profiles N] [--repeat N] [--lang en]

Prints, for one seeded set of varied valid profiles (benchmarks/profiles.py):
  (a) validation only: Profile.model_validate_json on the raw JSON strings
  (b) assessment only, on profiles already validated
  (c) validation + assessment in-process
  (d) `cec-screener assess --jsonl` end to end in a subprocess, process start included
  (e) the ratios (b)/(a) and (c)/(a) of the time per profile
Each in-process figure is the best of --repeat runs (the least disturbed by other work on the machine); the
three in-process measurements take turns, round after round, so that a busy spell on this shared machine
does not fall on one of them only.
Goals: (c) at least 5,000 profiles/s and (b)/(a) at most 5.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from profiles import AS_OF, generate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the engine, also when the project is not installed in this interpreter

from eligibility import Profile, assess  # noqa: E402

GOAL_IN_PROCESS = 5_000  # profiles/s, validation + assessment
GOAL_RATIO = 5.0  # assessment time / validation time


def best_times(runs: list[Callable[[], object]], repeat: int) -> list[float]:
    """For each run, the shortest of `repeat` timings in seconds; the runs take turns, each after a collection."""
    best = [float("inf")] * len(runs)
    for _ in range(repeat):
        for number, run in enumerate(runs):
            gc.collect()
            start = time.perf_counter()
            run()
            best[number] = min(best[number], time.perf_counter() - start)
    return best


def cli_command() -> list[str]:
    """The installed `cec-screener` beside this interpreter, else the module run by this interpreter."""
    script = Path(sys.executable).parent / "cec-screener"
    if script.exists():
        return [str(script), "assess", "--jsonl"]
    return [sys.executable, "-m", "bot", "assess", "--jsonl"]


def time_cli(lines: list[str], lang: str, repeat: int) -> float:
    """The best time of the command over all `lines`; with no lines, the time to start and stop."""
    command = [*cli_command(), "--lang", lang]
    payload = "".join(f"{line}\n" for line in lines).encode()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, input=payload, capture_output=True, cwd=ROOT, check=False)
        times.append(time.perf_counter() - start)
        out = done.stdout.decode().splitlines()
        errors = sum(1 for line in out if line.startswith('{"error"'))
        if done.returncode != 0 or len(out) != len(lines) or errors:
            sys.exit(f"cec-screener failed: exit {done.returncode}, {len(out)} lines for {len(lines)}, "
                     f"{errors} errors\n{done.stderr.decode()[-500:]}")
    return min(times)


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>10,.0f} profiles/s  ({seconds * 1e6 / count:7.1f} µs each, {seconds:.3f} s)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=10_000, help="profiles for the in-process runs")
    parser.add_argument("--cli-profiles", type=int, default=5_000, help="lines for the subprocess run (0: skip)")
    parser.add_argument("--repeat", type=int, default=7, help="runs per in-process measurement; best is kept")
    parser.add_argument("--cli-repeat", type=int, default=3, help="runs of the subprocess; best is kept")
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    print(f"Python {platform.python_version()} ({platform.python_implementation()}) on {platform.machine()}, "
          f"{os.cpu_count()} CPUs")
    raws = generate(args.profiles, args.seed)
    print(f"{len(raws):,} generated profiles (seed {args.seed}, as_of {AS_OF}), lang {args.lang}, "
          f"best of {args.repeat} runs")
    lang = args.lang
    validate = Profile.model_validate_json
    profiles = [validate(raw) for raw in raws]
    assess(profiles[0], lang)  # warm up: the catalogs and tables load on first use

    # Each loop drops its results as it goes, as a stream of profiles would: keeping thousands of them
    # alive would mostly time the garbage collector walking them.
    def validation_only() -> None:
        for raw in raws:
            validate(raw)

    def assessment_only() -> None:
        for profile in profiles:
            assess(profile, lang)

    def validation_and_assessment() -> None:
        for raw in raws:
            assess(validate(raw), lang)

    t_validate, t_assess, t_both = best_times([validation_only, assessment_only, validation_and_assessment],
                                              args.repeat)
    count = len(raws)
    print(f"(a) validation only         {rate(count, t_validate)}")
    print(f"(b) assessment only         {rate(count, t_assess)}")
    print(f"(c) validation + assessment {rate(count, t_both)}")
    if args.cli_profiles > 0:
        lines = generate(args.cli_profiles, args.seed)
        t_cli = time_cli(lines, lang, args.cli_repeat)
        t_start = time_cli([], lang, args.cli_repeat)
        print(f"(d) cec-screener assess --jsonl, {len(lines):,} lines, best of {args.cli_repeat}, "
              f"process start included:\n                            {rate(len(lines), t_cli)}")
        print(f"    of which the process start and imports alone: {t_start:.3f} s; without them "
              f"{len(lines) / (t_cli - t_start):,.0f} profiles/s (with JSON output)")
    ratio_assess, ratio_both = t_assess / t_validate, t_both / t_validate
    print(f"(e) assessment / validation            {ratio_assess:5.2f}")
    print(f"    (validation + assessment) / validation {ratio_both:5.2f}")

    in_process = count / t_both
    ok_speed, ok_ratio = in_process >= GOAL_IN_PROCESS, ratio_assess <= GOAL_RATIO
    print(f"goal (c) >= {GOAL_IN_PROCESS:,} profiles/s: {'met' if ok_speed else 'NOT met'} ({in_process:,.0f}); "
          f"goal (b)/(a) <= {GOAL_RATIO:g}: {'met' if ok_ratio else 'NOT met'} ({ratio_assess:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
