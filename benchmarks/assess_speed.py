"""How fast the engine screens profiles: validation, assessment, both, and the `assess --jsonl` command.

    .venv/bin/python benchmarks/assess_speed.py [--profiles N] [--cli-profiles N] [--repeat N] [--lang en]

Prints, for one seeded set of varied valid profiles (benchmarks/profiles.py):
  (a) validation only: Profile.model_validate_json on the raw JSON strings
  (b) assessment only, on profiles already validated
  (c) validation + assessment in-process
  (d) `cec-screener assess --jsonl` end to end in a subprocess, process start included, with the plan and the
      paths as the command always gives them: in one process (--workers 1) and with the default workers (one
      per usable core), taking turns; with --baseline DIR also the same command run from an older checkout
      (e.g. a `git worktree` of an earlier commit) in the same run, and whether its output is the same bytes
  (e) the ratios (b)/(a) and (c)/(a) of the time per profile
Each in-process figure is the best of --repeat runs (the least disturbed by other work on the machine); the
three in-process measurements take turns, round after round, so that a busy spell on this shared machine
does not fall on one of them only.
Goals: (c) at least 5,000 profiles/s and (b)/(a) at most 5; (d) with the default workers at least 4,000
profiles/s for the whole process (issue 20).
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

from bot.command_line.assess_batch import usable_cores  # noqa: E402
from eligibility import Profile, assess  # noqa: E402

GOAL_IN_PROCESS = 5_000  # profiles/s, validation + assessment
GOAL_RATIO = 5.0  # assessment time / validation time
GOAL_CLI = 4_000  # profiles/s, `assess --jsonl` with the plan, whole process (issue 20)


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


def time_cli(lines: list[str], lang: str, repeat: int, extra: tuple[str, ...] = ()) -> tuple[float, bytes]:
    """The best time of the command over all `lines` (no lines: the time to start and stop), and its output."""
    command = [*cli_command(), "--lang", lang, *extra]
    payload = "".join(f"{line}\n" for line in lines).encode()
    times, output = [], b""
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(command, input=payload, capture_output=True, cwd=ROOT, check=False)
        times.append(time.perf_counter() - start)
        output = done.stdout
        out = done.stdout.decode().splitlines()
        errors = sum(1 for line in out if line.startswith('{"error"'))
        if done.returncode != 0 or len(out) != len(lines) or errors:
            sys.exit(f"cec-screener failed: exit {done.returncode}, {len(out)} lines for {len(lines)}, "
                     f"{errors} errors\n{done.stderr.decode()[-500:]}")
    return min(times), output


def time_cli_turns(lines: list[str], lang: str, repeat: int,
                   baseline: Path | None) -> dict[str, tuple[float, bytes]]:
    """The command in its variants, taking turns round after round; best time and output of each."""
    variants = ["default workers", "--workers 1", *(["baseline"] if baseline is not None else [])]
    best: dict[str, tuple[float, bytes]] = {}
    for _ in range(repeat):
        for name in variants:
            if name == "baseline":  # the older checkout's code first on the path, run by this interpreter
                seconds, output = time_cli_module(lines, lang, {**os.environ, "PYTHONPATH": str(baseline)})
            else:
                seconds, output = time_cli(lines, lang, 1, ("--workers", "1") if name == "--workers 1" else ())
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, output)
    return best


def time_cli_module(lines: list[str], lang: str, env: dict[str, str] | None) -> tuple[float, bytes]:
    """`python -m bot assess --jsonl` with `env` (the baseline's PYTHONPATH): its time and output."""
    payload = "".join(f"{line}\n" for line in lines).encode()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "assess", "--jsonl", "--lang", lang], input=payload,
                          capture_output=True, cwd=ROOT.parent, check=False, env=env)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"baseline failed: exit {done.returncode}\n{done.stderr.decode()[-500:]}")
    return seconds, done.stdout


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:>10,.0f} profiles/s  ({seconds * 1e6 / count:7.1f} µs each, {seconds:.3f} s)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=10_000, help="profiles for the in-process runs")
    parser.add_argument("--cli-profiles", type=int, default=10_000, help="lines for the subprocess run (0: skip)")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="an older checkout (git worktree) whose `assess --jsonl` runs beside, for ratios")
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
    cli_rate = None
    if args.cli_profiles > 0:
        lines = generate(args.cli_profiles, args.seed)
        best = time_cli_turns(lines, lang, args.cli_repeat, args.baseline)
        t_start, _ = time_cli([], lang, args.cli_repeat)
        print(f"(d) cec-screener assess --jsonl, {len(lines):,} lines with the plan and paths, best of "
              f"{args.cli_repeat}, taking turns, process start included ({t_start:.3f} s of it); "
              f"{usable_cores()} usable cores:")
        for name, (seconds, output) in best.items():
            same = "" if name == "default workers" else (
                "  output: same bytes" if output == best["default workers"][1] else "  output: DIFFERENT")
            print(f"    {name:<16} {rate(len(lines), seconds)}{same}")
        cli_rate = len(lines) / best["default workers"][0]
        if "baseline" in best:
            print(f"    default workers / baseline: {best['baseline'][0] / best['default workers'][0]:.2f}x; "
                  f"--workers 1 / baseline: {best['baseline'][0] / best['--workers 1'][0]:.2f}x")
    ratio_assess, ratio_both = t_assess / t_validate, t_both / t_validate
    print(f"(e) assessment / validation            {ratio_assess:5.2f}")
    print(f"    (validation + assessment) / validation {ratio_both:5.2f}")

    in_process = count / t_both
    ok_speed, ok_ratio = in_process >= GOAL_IN_PROCESS, ratio_assess <= GOAL_RATIO
    print(f"goal (c) >= {GOAL_IN_PROCESS:,} profiles/s: {'met' if ok_speed else 'NOT met'} ({in_process:,.0f}); "
          f"goal (b)/(a) <= {GOAL_RATIO:g}: {'met' if ok_ratio else 'NOT met'} ({ratio_assess:.2f})")
    if cli_rate is not None:
        print(f"goal (d) >= {GOAL_CLI:,} profiles/s with the plan, whole process: "
              f"{'met' if cli_rate >= GOAL_CLI else 'NOT met'} ({cli_rate:,.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
