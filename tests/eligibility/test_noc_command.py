"""`cec-screener noc` as a user runs it: a subprocess, a title in, JSON (or text, or JSON lines) out."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys

from eligibility import occupations

ROOT = pathlib.Path(__file__).resolve().parents[2]


def noc(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "noc", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=not isinstance(stdin, bytes), timeout=60)


def test_json_by_default():
    proc = noc("software developer")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["q"] == "software developer"
    assert result["results"][0] == {"code": "21232", "title": "Software developers and programmers", "teer": 1,
                                    "confidence": "high"}
    assert len(result["results"]) == 5
    assert (result["confidence"], result["mixed_counting"], result["self_employed"]) == ("high", False, False)


def test_a_weak_or_mixed_finding_and_self_employment_are_said() -> None:
    psw = json.loads(noc("PSW").stdout)
    assert psw["mixed_counting"] is True and [r["code"] for r in psw["results"][:2]] == ["33102", "44101"]
    freelance = json.loads(noc("freelance devops").stdout)
    assert freelance["self_employed"] is True and freelance["results"][0]["code"] == "21231"


def test_text_french_and_limit():
    proc = noc("infirmière autorisée", "--lang", "fr", "--limit", "2", "--format", "text")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0] == ("31301 · Infirmiers autorisés/infirmières autorisées et infirmiers psychiatriques "
                        "autorisés/infirmières psychiatriques autorisées · FEER 1")


def test_text_one_line_per_match():
    proc = noc("NOC 21 232", "--format", "text")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "21232 · Software developers and programmers · TEER 1\n"


def test_no_match_is_not_an_error():
    proc = noc("xyzzyq")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == {"q": "xyzzyq", "results": [], "confidence": "low", "mixed_counting": False,
                                       "self_employed": False}
    text = noc("xyzzyq", "--format", "text")
    assert text.returncode == 0 and text.stdout == ""
    assert "no NOC 2021 V1.0 unit group matches" in text.stderr


def test_jsonl_in_order_with_bad_lines_reported_and_skipped():
    lines = [json.dumps({"q": "cook"}), json.dumps({"q": "camionneuse", "lang": "fr"}), "not json", "",
             json.dumps({"q": 5}), json.dumps({"q": "x", "lang": "de"}), "[1]", json.dumps({"lang": "en"}),
             json.dumps({"q": "   "}), json.dumps({"q": "NOC 21232"})]
    proc = noc("--jsonl", "--limit", "1", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    for line in out:  # what is asserted below is the contract before the confidence was added
        for key in ("confidence", "mixed_counting", "self_employed"):
            line.pop(key, None)
        for result in line.get("results", []):
            assert result.pop("confidence") in ("high", "medium", "low")
    assert out[0] == {"q": "cook", "results": [{"code": "63200", "title": "Cooks", "teer": 3}]}
    assert out[1] == {"q": "camionneuse", "results": [
        {"code": "73300", "title": "Conducteurs/conductrices de camions de transport", "teer": 3}]}
    errors = [line["error"] for line in out[2:8]]
    assert errors[0].startswith("line 3: not valid JSON")
    assert errors[1] == 'line 5: "q" must be a string, not 5'
    assert errors[2] == 'line 6: "lang" must be "en" or "fr", not "de"'
    assert errors[3].startswith("line 7: expected a JSON object")
    assert errors[4].startswith('line 8: missing "q"')
    assert errors[5].startswith("line 9: the query is empty")
    assert out[8] == {"q": "NOC 21232", "results": [
        {"code": "21232", "title": "Software developers and programmers", "teer": 1}]}
    assert len(out) == 9  # the blank line gets no answer


def test_jsonl_line_that_is_not_utf8():
    proc = noc("--jsonl", stdin=b'\xff\xfe\n{"q": "welder"}\n')
    assert proc.returncode == 0
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert out[0] == {"error": "line 1: not UTF-8 text"}
    assert out[1]["results"][0]["code"] == "72106"


def _one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.splitlines()) == 1, proc.stderr
    return proc.stderr


def test_bad_input_exits_2_with_one_line():
    assert "empty" in _one_line_error(noc("  "))
    assert "--limit" in _one_line_error(noc("cook", "--limit", "0"))
    assert "--limit" in _one_line_error(noc("cook", "--limit", "many"))
    assert "either a QUERY or --jsonl" in _one_line_error(noc())
    assert "either a QUERY or --jsonl" in _one_line_error(noc("cook", "--jsonl"))
    assert "longer than 200" in _one_line_error(noc("x" * 201))


def test_help_carries_the_attribution():
    proc = noc("--help")
    assert proc.returncode == 0
    assert occupations.ATTRIBUTION["en"] in " ".join(proc.stdout.split())


def test_noc_loads_neither_telegram_nor_sqlite():
    code = ("import sys; from bot.command_line import main as cli; rc = cli.main(['noc', 'cook']); "
            "assert rc == 0; bad = [m for m in sys.modules if m.split('.')[0] in "
            "('telegram', 'sqlite_utils', 'sqlite3', 'storage', 'transitions')]; assert not bad, bad")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_noc_keeps_its_index_on_disk_and_uses_it_on_the_next_run(tmp_path: pathlib.Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "DATABASE_PATH": str(tmp_path / "none" / "x.db")}
    requests = "".join(json.dumps({"q": q}) + "\n" for q in ("cook", "cuisinier", "21232"))

    def run() -> list[dict]:
        done = subprocess.run([sys.executable, "-m", "bot", "noc", "--jsonl"], cwd=ROOT, input=requests, env=env,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines()]

    first = run()
    [kept] = (tmp_path / "cache" / "cec-screener").glob(".noc-index-*.pickle")
    made = kept.stat().st_mtime_ns
    assert run() == first  # the same answers from the kept index
    assert kept.stat().st_mtime_ns == made  # read, not built and written again
    assert first[0]["results"][0]["code"] == "63200"
