"""How long each chart takes and how big it is, in process (bot/charts.py, as the bot and the CLI call it).

Prints, per chart and language: the data (eligibility/charts_data.py) and the drawing (matplotlib Agg + PNG)
in milliseconds (median and worst of the runs, after one warm-up), and the PNG's size; then the first chart
of a fresh process (matplotlib's import included), and the process's resident memory after loading the bot
without charts, after the first chart and after all the runs. Goals: under 300 ms and 200 KB each.

    .venv/bin/python benchmarks/charts_speed.py [--runs 20]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PERSONA = ROOT / "tests" / "fixtures" / "personas" / "s01_single_bachelor_clb9.json"
# Excluded periods of three kinds, a job going on, a French test (French-language rounds on the CRS chart).
BUSY = {"as_of": "2026-11-27", "birth_date": "1994-05-02",
        "jobs": [{"noc": "63200", "start": "2023-01-10", "end": "2024-04-30", "hours_per_week": 20,
                  "full_time_student": True},
                 {"noc": "21232", "start": "2024-06-01", "end": "2024-12-31", "hours_per_week": 40,
                  "self_employed": True},
                 {"noc": "65200", "start": "2025-01-06", "end": "2025-02-28", "hours_per_week": 15},
                 {"noc": "72410", "start": "2026-03-02", "end": None, "hours_per_week": 25}],
        "language_tests": [{"test": "tef_canada", "date": "2025-02-01", "listening": 500, "reading": 480,
                            "writing": 450, "speaking": 470}],
        "education": {"level": "two_year", "in_canada": True, "canadian_credential": "one_or_two_year"}}

_COLD = """
import json, sys, time
sys.path.insert(0, {root!r})
from benchmarks.charts_speed import rss_mb
import bot.telegram_adapter.application, bot.telegram_adapter.delivery  # the bot as it starts: no chart drawn yet
from eligibility import Profile
from flows.chart_replies import chart_photo
from bot.charts import render
before = rss_mb()
profile = Profile.model_validate_json(open({persona!r}).read())
start = time.perf_counter()
png = render(chart_photo("hours", profile, "en"))
first = (time.perf_counter() - start) * 1000
print(json.dumps({{"matplotlib_at_start": False, "rss_before": before, "first_ms": first, "rss_after": rss_mb()}}))
"""


def rss_mb() -> float:
    """The resident memory of this process now, in MB (Linux)."""
    for line in pathlib.Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cold_start() -> dict[str, float]:
    """The first chart of a fresh process that has loaded the bot, and its memory before and after."""
    check = ("import sys; import bot.telegram_adapter.application, bot.telegram_adapter.delivery; "
             "print('matplotlib' in sys.modules)")
    loaded = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True, check=True)
    code = _COLD.format(root=str(ROOT), persona=str(PERSONA))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["matplotlib_at_start"] = loaded.stdout.strip() == "True"
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs

    cold = cold_start()
    from bot.charts import render
    from eligibility import Profile
    from flows.chart_replies import chart_photo

    people = {"persona s01": Profile.model_validate_json(PERSONA.read_text()),
              "busy": Profile.model_validate(BUSY, strict=False)}
    print(f"charts, in process, {runs} runs each after a warm-up (median / worst):")
    print(f"{'profile':<12} {'chart':<6} {'lang':<4} {'data ms':>12} {'draw ms':>14} {'PNG KB':>7}")
    worst_draw, biggest = 0.0, 0
    for name, profile in people.items():
        for which in ("hours", "crs"):
            for lang in ("en", "fr"):
                render(chart_photo(which, profile, lang))  # warm-up
                data_ms, draw_ms = [], []
                size = 0
                for _ in range(runs):
                    start = time.perf_counter()
                    photo = chart_photo(which, profile, lang)
                    middle = time.perf_counter()
                    png = render(photo)  # type: ignore[arg-type]
                    end = time.perf_counter()
                    data_ms.append((middle - start) * 1000)
                    draw_ms.append((end - middle) * 1000)
                    size = len(png)
                worst_draw, biggest = max(worst_draw, max(draw_ms)), max(biggest, size)
                print(f"{name:<12} {which:<6} {lang:<4} {statistics.median(data_ms):>5.1f} / {max(data_ms):>5.1f}"
                      f" {statistics.median(draw_ms):>6.1f} / {max(draw_ms):>6.1f} {size / 1024:>7.1f}")
    print(f"first chart of a fresh process (matplotlib's import included): {cold['first_ms']:.0f} ms")
    print(f"matplotlib loaded when the bot starts: {'yes' if cold['matplotlib_at_start'] else 'no'}")
    grown = cold["rss_after"] - cold["rss_before"]
    print(f"RSS: {cold['rss_before']:.0f} MB with the bot loaded, {cold['rss_after']:.0f} MB after the first "
          f"chart (+{grown:.0f} MB); this process after all runs: {rss_mb():.0f} MB")
    fast, small = worst_draw < 300, biggest < 200_000
    print(f"goals: every chart under 300 ms ({'met' if fast else 'NOT met'}: worst {worst_draw:.0f} ms warm), "
          f"under 200 KB ({'met' if small else 'NOT met'}: largest {biggest / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
