"""`cec-screener assess` as a user runs it: a subprocess, JSON in, JSON (or text) out, clear errors."""

from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

from bot.command_line.assess import assess_one

ROOT = pathlib.Path(__file__).resolve().parents[2]
PERSONAS = ROOT / "tests" / "fixtures" / "personas"
S01 = PERSONAS / "s01_single_bachelor_clb9.json"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "assess", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def good_profile() -> dict:
    return json.loads(S01.read_text())


def test_persona_file_gives_json_and_exit_0():
    proc = cli(str(S01))
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["verdict"] == "eligible"
    assert result["crs"]["total"] == 470  # RULES.md's worked example
    assert {c["id"] for c in result["criteria"]} >= {"work_experience", "language", "quebec"}


def test_dash_reads_standard_input():
    proc = cli("-", stdin=S01.read_text())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["crs"]["total"] == 470


def test_french_explanations():
    proc = cli("--lang", "fr", str(S01))
    assert proc.returncode == 0, proc.stderr
    fr = json.loads(proc.stdout)
    en = json.loads(cli(str(S01)).stdout)
    assert fr["verdict"] == en["verdict"]
    assert fr["criteria"][0]["explanation"] != en["criteria"][0]["explanation"]


def _bad(field: str, value: object) -> str:
    data = good_profile()
    if field == "language_tests[0].test":
        data["language_tests"][0]["test"] = value
    elif field == "jobs[0].hours_per_week":
        data["jobs"][0]["hours_per_week"] = value
    elif field == "language_tests[0].listening":
        data["language_tests"][0] = {"test": "celpip_general", "date": "2026-01-05", "listening": value,
                                     "reading": 9, "writing": 9, "speaking": 9}
    return json.dumps(data)


BAD_INPUTS = [
    ("wrong_test_name", _bad("language_tests[0].test", "toefl"), "language_tests[0].test"),
    ("hours_as_text", _bad("jobs[0].hours_per_week", "forty"), "jobs[0].hours_per_week"),
    ("celpip_13", _bad("language_tests[0].listening", 13), "language_tests[0].listening"),
    ("invalid_json", '{"as_of": "2026-11-27", "age": ', "profile"),
    ("not_an_object", "[]", "profile"),
    ("empty", "", "profile"),
    ("no_age", '{"as_of": "2026-11-27"}', "birth_date"),
    # A day so far off that the years counted from it leave the calendar: once a traceback (a fuzzed profile)
    ("as_of_year_9999", json.dumps({**good_profile(), "as_of": "9999-12-31"}), "as_of"),
    ("as_of_year_1", json.dumps({**good_profile(), "as_of": "0001-01-01", "language_tests": []}), "as_of"),
]


@pytest.mark.parametrize(("raw", "field"), [(raw, field) for _, raw, field in BAD_INPUTS],
                         ids=[name for name, _, _ in BAD_INPUTS])
def test_bad_profile_exits_2_with_one_line_naming_the_field(raw, field, tmp_path):
    path = tmp_path / "profile.json"
    path.write_text(raw)
    proc = cli(str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert field in lines[0]


@pytest.mark.parametrize("name", ["x01_toefl", "x02_hours_as_text", "x03_celpip_level_13"])
def test_bad_personas_exit_2(name):
    proc = cli(str(PERSONAS / f"{name}.json"))
    assert proc.returncode == 2
    assert proc.stderr.strip() and "Traceback" not in proc.stderr


def test_bad_profile_on_stdin_exits_2():
    proc = cli("-", stdin=_bad("jobs[0].hours_per_week", 200))
    assert proc.returncode == 2
    assert "jobs[0].hours_per_week" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_file_exits_2(tmp_path):
    missing = tmp_path / "nowhere.json"
    proc = cli(str(missing))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "nowhere.json" in lines[0]


def test_jsonl_mixes_good_and_bad_lines():
    good = json.dumps(good_profile())
    lines = [good, _bad("jobs[0].hours_per_week", "forty"), "{not json", good,
             _bad("language_tests[0].listening", 13)]
    proc = cli("--jsonl", "-", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0]["crs"]["total"] == 470 and out[3]["crs"]["total"] == 470
    for index, field in ((1, "jobs[0].hours_per_week"), (2, None), (4, "language_tests[0].listening")):
        assert set(out[index]) == {"error"}
        assert isinstance(out[index]["error"], str) and out[index]["error"]
        if field:
            assert field in out[index]["error"]


def test_jsonl_from_a_file(tmp_path):
    path = tmp_path / "clients.jsonl"
    path.write_text("\n".join(p.read_text().replace("\n", "") for p in sorted(PERSONAS.glob("s0*.json"))))
    proc = cli("--jsonl", str(path))
    assert proc.returncode == 0
    out = proc.stdout.splitlines()
    assert len(out) == 9
    assert all("verdict" in json.loads(line) for line in out)


def test_text_format_is_a_readable_verdict():
    proc = cli("--format", "text", str(S01))
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert not text.lstrip().startswith("{")
    assert "eligible" in text.lower()
    assert "470" in text
    assert "1,937" in text  # the qualifying hours
    assert "https://" in text


def test_a_long_batch_gives_the_same_bytes_whatever_the_number_of_worker_processes():
    """An adviser's file of 150 clients, some lines bad and some blank: results in input order, errors naming
    their line, byte for byte the same in one process and in several (bot/command_line/assess_batch.py)."""
    personas = [p.read_text().replace("\n", "") for p in sorted(PERSONAS.glob("s*.json"))]
    lines = []
    for number in range(150):
        if number % 37 == 5:
            lines.append("")  # a blank line: skipped, yet counted in the line numbers
        elif number % 23 == 7:
            lines.append(_bad("jobs[0].hours_per_week", "forty"))
        else:
            lines.append(personas[number % len(personas)])
    stdin = "\n".join(lines) + "\n"
    outputs = {workers: cli("--jsonl", "--workers", workers, "-", stdin=stdin) for workers in ("1", "2", "3")}
    default = cli("--jsonl", "-", stdin=stdin)
    for proc in (*outputs.values(), default):
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert outputs["1"].stdout == outputs["2"].stdout == outputs["3"].stdout == default.stdout
    out = [json.loads(line) for line in outputs["2"].stdout.splitlines()]
    given = [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    assert len(out) == len(given)
    # each profile assessed on its own, in this process, written as one line: the same bytes
    alone = {persona: json.dumps(assess_one(persona, "en"), ensure_ascii=False) for persona in personas}
    for (number, line), result, written in zip(given, out, outputs["2"].stdout.splitlines(), strict=True):
        if "forty" in line:
            assert result["error"].startswith(f"line {number}: ") and "jobs[0].hours_per_week" in result["error"]
        else:
            assert written == alone[line]


@pytest.mark.parametrize("args", [("--jsonl", "--workers", "0"), ("--jsonl", "--workers", "two"),
                                  ("--jsonl", "--workers", "100"), ("--workers", "2")])
def test_a_wrong_number_of_workers_exits_2_naming_the_option(args):
    proc = cli(*args, "-", stdin=json.dumps(good_profile()) + "\n")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert proc.stderr.startswith("error: --workers: ")


def _batch_process() -> subprocess.Popen[bytes]:
    """`assess --jsonl` with 2 workers, in a session of its own (Ctrl-C reaches a whole process group)."""
    return subprocess.Popen([sys.executable, "-m", "bot", "assess", "--jsonl", "--workers", "2"], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, preexec_fn=_interrupts_as_in_a_shell)


def _interrupts_as_in_a_shell() -> None:
    # An earlier test may leave this pytest process ignoring SIGINT, which a child inherits; a shell does not.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _feed(proc: subprocess.Popen[bytes], lines: int) -> None:
    persona = S01.read_text().replace("\n", "")
    assert proc.stdin is not None
    try:
        proc.stdin.write((persona + "\n").encode() * lines)
        proc.stdin.close()
    except BrokenPipeError:  # it stopped before reading everything: what these tests make it do
        pass


def _workers_of(pid: int) -> list[int]:
    """The batch's worker processes, once they have started."""
    for _ in range(100):
        children = pathlib.Path(f"/proc/{pid}/task/{pid}/children")
        found = [int(child) for child in children.read_text().split()] if children.exists() else []
        if len(found) >= 2:
            return found
        time.sleep(0.05)
    raise AssertionError("no worker processes started")


@pytest.mark.skipif(not pathlib.Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_ctrl_c_during_a_batch_exits_130_without_a_traceback_from_any_process():
    import threading

    proc = _batch_process()
    feeder = threading.Thread(target=_feed, args=(proc, 3_000))
    feeder.start()
    _workers_of(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)
    assert proc.wait(timeout=20) == 130
    feeder.join()
    assert proc.stderr is not None and "Traceback" not in proc.stderr.read().decode()


@pytest.mark.skipif(not pathlib.Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_workers_killed_mid_batch_are_said_in_one_line_and_exit_1():
    import threading

    proc = _batch_process()
    feeder = threading.Thread(target=_feed, args=(proc, 3_000))
    feeder.start()
    for worker in _workers_of(proc.pid):
        os.kill(worker, signal.SIGKILL)
    assert proc.wait(timeout=20) == 1
    feeder.join()
    assert proc.stderr is not None
    errors = proc.stderr.read().decode()
    assert errors.strip().splitlines()[-1].startswith("error: --workers: a worker process stopped")
    assert "Traceback" not in errors


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_profiles_pasted_in_a_terminal_are_answered_one_at_a_time():
    import select

    controller, terminal = os.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "assess", "--jsonl"], cwd=ROOT, stdin=terminal,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(terminal)
    try:
        assert proc.stdout is not None
        for _ in range(2):  # each answer comes before the next profile is even typed
            os.write(controller, S01.read_text().replace("\n", "").encode() + b"\n")
            ready, _, _ = select.select([proc.stdout], [], [], 30)
            assert ready, "no answer to the profile just entered"
            assert json.loads(proc.stdout.readline())["crs"]["total"] == 470
    finally:
        proc.kill()
        proc.wait()
        os.close(controller)
