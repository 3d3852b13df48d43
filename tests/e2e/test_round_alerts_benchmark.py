"""benchmarks/round_alerts.py still runs and reports (a small crowd; its 10,000-user figures are in the README)."""

from __future__ import annotations

import pathlib
import subprocess
import sys

BENCHMARK = pathlib.Path(__file__).resolve().parents[2] / "benchmarks" / "round_alerts.py"


def test_the_round_alerts_benchmark_prints_its_figures() -> None:
    done = subprocess.run([sys.executable, str(BENCHMARK), "--users", "40"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    out = done.stdout
    assert "alerts delivered: 40 of 40; left undelivered: 0" in out
    assert "unhandled (alerts lost): 0" in out
    assert any(line.startswith("pace: ") and "messages/s" in line for line in out.splitlines()), out
    assert "429s seen: " in out and "total time from the refresh to the last alert: " in out


def test_kill_9_during_the_fan_out_loses_no_alert_and_repeats_at_most_the_one_in_flight() -> None:
    """The real `cec-screener run` killed 3 times while 80 alerts go out (`make soak`: 400 alerts, 8 kills)."""
    done = subprocess.run([sys.executable, str(BENCHMARK), "--users", "80", "--kills", "3", "--strict"],
                          capture_output=True, text=True, timeout=240)
    out = done.stdout
    assert done.returncode == 0, out[-3000:] + done.stderr[-3000:]
    assert "alerts delivered: 80 of 80; left undelivered: 0" in out
    assert "unhandled (alerts lost): 0" in out
    [kills] = [line for line in out.splitlines() if line.startswith("kill -9 during the fan-out: ")]
    duplicates = int(kills.split("alerts sent more than once: ")[1].split(" ")[0])
    assert kills.startswith("kill -9 during the fan-out: 3;") and duplicates <= 3, kills
