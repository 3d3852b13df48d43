"""The command line under an adviser's messy input, case by case, as tables: each wrong value of each kind in each
field, odd files, a batch with bad lines among good ones, odd options, paths that are no file.

What every case must give (profile-contract.md): a non-zero exit and one line on standard error naming the field
(and the line, in --jsonl), never a traceback; or, for input that is merely written oddly (a byte order mark,
CRLF), the very bytes of the plain file's result. The profile table runs through `main()` in this process (the
same code the command runs); what depends on the process itself (standard streams, argparse's exit, pipes) runs
`cec-screener` as a child process.
"""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
from typing import Any

import pytest

from bot.command_line.main import main

ROOT = pathlib.Path(__file__).resolve().parents[2]
PERSONAS = ROOT / "tests" / "fixtures" / "personas"
S01 = PERSONAS / "s01_single_bachelor_clb9.json"  # single, one job, one IELTS test, an education
S02 = PERSONAS / "s02_married_master_bilingual.json"  # married: a spouse with a test; CELPIP and TEF


def cli(*args: str, stdin: bytes | None = b"", env: dict[str, str] | None = None,
        cwd: pathlib.Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, env={**os.environ, **(env or {})},
                          input=stdin, capture_output=True, timeout=60)


def the_error(status: int, stderr: str, expected_status: int = 2) -> str:
    """The one line a refused input gives, checked: the status, no traceback, a single `error: ` line."""
    assert status == expected_status, (status, stderr)
    assert "Traceback" not in stderr, stderr
    [line] = stderr.strip().splitlines()
    assert line.startswith("error: "), line
    return line.removeprefix("error: ")


def assess_in_process(profile: Any, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str],
                      *args: str) -> tuple[int, str, str]:
    """`cec-screener assess [ARGS] FILE` through main(), the profile written as JSON text (or given as it is)."""
    path = tmp_path / "client.json"
    path.write_bytes(profile if isinstance(profile, bytes) else
                     (profile if isinstance(profile, str) else json.dumps(profile)).encode())
    status = main(["assess", *args, str(path)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _with(base: pathlib.Path, path: str, raw: str | None) -> str:
    """The persona's JSON with the value at `path` ("jobs.0.hours_per_week") replaced by the JSON text `raw`
    (NaN and Infinity are written as Python's JSON writes them), or the key removed when `raw` is None."""
    data = json.loads(base.read_text())
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    place = data
    for part in parents:
        place = place[part]
    if raw is None:
        del place[last]
        return json.dumps(data)
    place[last] = "@@value@@"
    return json.dumps(data).replace('"@@value@@"', raw)


# (persona, where, JSON text of the value, the field the message must start with, what it must say)
WRONG_VALUES = [
    # a wrong type in each field in turn
    (S01, "as_of", "20261127", "as_of", "must be a date written YYYY-MM-DD, not 20261127"),
    (S01, "as_of", "null", "as_of", "not null"),
    (S01, "birth_date", '["1997-03-10"]', "birth_date", "must be a date"),
    (S01, "birth_date", '{"y": 1997}', "birth_date", "must be a date"),
    (S01, "marital_status", "1", "marital_status", "'single'"),
    (S01, "marital_status", "null", "marital_status", "'single'"),
    (S01, "jobs", '{"noc": "21232"}', "jobs", "must be a list"),
    (S01, "jobs", "null", "jobs", "must be a list"),
    (S01, "jobs.0", '"21232"', "jobs[0]", "must be an object"),
    (S01, "jobs.0.noc", "21232", "jobs[0].noc", "not the number 21232"),
    (S01, "jobs.0.noc", '["21232"]', "jobs[0].noc", "5-digit NOC 2021 code"),
    (S01, "jobs.0.start", "20250901", "jobs[0].start", "must be a date"),
    (S01, "jobs.0.start", "null", "jobs[0].start", "not null"),
    (S01, "jobs.0.end", "true", "jobs[0].end", "must be a date"),
    (S01, "jobs.0.hours_per_week", '"40"', "jobs[0].hours_per_week", 'not the text "40"'),
    (S01, "jobs.0.hours_per_week", "null", "jobs[0].hours_per_week", "must be a number, not null"),
    (S01, "jobs.0.hours_per_week", "[40]", "jobs[0].hours_per_week", "must be a number"),
    (S01, "jobs.0.hours_per_week", '{"value": 40}', "jobs[0].hours_per_week", "must be a number"),
    (S01, "jobs.0.in_canada", '"yes"', "jobs[0].in_canada", "must be true or false"),
    (S01, "foreign_work_years", '"2"', "foreign_work_years", "must be a whole number"),
    (S01, "foreign_work_years", "2.5", "foreign_work_years", "must be a whole number, not 2.5"),
    (S01, "language_tests", '{"test": "ielts_general"}', "language_tests", "must be a list"),
    (S01, "language_tests.0.test", "null", "language_tests[0].test", ""),
    (S01, "language_tests.0.date", "2025", "language_tests[0].date", "must be a date"),
    (S01, "language_tests.0.listening", '"8.0"', "language_tests[0].listening", "must be a number"),
    (S01, "education", '"bachelor"', "education", "must be an object"),
    (S01, "education.level", "[]", "education.level", "'bachelor'"),
    (S01, "education.eca", "null", "education.eca", "must be true or false"),
    (S02, "spouse", '"yes"', "spouse", "must be an object"),
    (S02, "spouse.accompanying", '"true"', "spouse.accompanying", "must be true or false"),
    (S02, "spouse.language_test.speaking", '"7"', "spouse.language_test.speaking", "must be a number"),
    (S02, "spouse.canadian_work_years", "1.5", "spouse.canadian_work_years", "must be a whole number"),
    # out of range
    (S01, "jobs.0.hours_per_week", "-5", "jobs[0].hours_per_week", "must be between 0 and 168, not -5"),
    (S01, "jobs.0.hours_per_week", "1e9", "jobs[0].hours_per_week", "must be between 0 and 168, not 1000000000.0"),
    (S01, "jobs.0.hours_per_week", "NaN", "jobs[0].hours_per_week", "not NaN"),
    (S01, "jobs.0.hours_per_week", "Infinity", "jobs[0].hours_per_week", "not Infinity"),
    (S01, "jobs.0.hours_per_week", "-Infinity", "jobs[0].hours_per_week", "not -Infinity"),
    (S01, "jobs.0.hours_per_week", "1e400", "jobs[0].hours_per_week", "a number too large"),
    (S01, "foreign_work_years", "NaN", "foreign_work_years", "not NaN"),
    (S01, "foreign_work_years", "51", "foreign_work_years", "must be between 0 and 50, not 51"),
    (S01, "language_tests.0.listening", "9.7", "language_tests[0].listening", "between 0 and 9"),
    (S01, "language_tests.0.listening", "7.3", "language_tests[0].listening", "multiple of 0.5"),
    (S01, "language_tests.0.listening", "NaN", "language_tests[0].listening", "between 0 and 9"),
    (S02, "language_tests.0.listening", "13", "language_tests[0].listening", "between 0 and 12"),
    (S02, "language_tests.1.writing", "700", "language_tests[1].writing", "between 0 and 699"),
    (S01, "as_of", '"1900-01-01"', "as_of", "between 1950-01-01 and 2100-12-31"),
    (S01, "birth_date", '"2100-01-01"', "birth_date", "before as_of"),
    (S01, "jobs.0.start", '"2025-02-30"', "jobs[0].start", "must be a real date"),
    (S01, "jobs.0.end", '"1900-01-01"', "jobs[0].end", "must not be before start"),
    (S01, "jobs.0.teer", "6", "jobs[0].teer", "must be between 0 and 5, not 6"),
    # dates that cannot both be right: a spreadsheet's columns read into each other
    (S01, "jobs.0.start", '"1990-09-01"', "jobs[0].start", "1990-09-01 is before birth_date (1997-03-10)"),
    (S01, "language_tests.0.date", '"1996-06-01"', "language_tests[0].date", "is before birth_date (1997-03-10)"),
    (S01, "birth_date", '"2025-10-01"', "jobs[0].start", "2025-09-01 is before birth_date (2025-10-01)"),
    # unknown and missing fields
    (S01, "hours", "40", "hours", "Extra inputs are not permitted"),
    (S01, "jobs.0.employeur", '"Café Élan"', "jobs[0].employeur", "Extra inputs are not permitted"),
    (S01, "jobs.0.hours_per_week", None, "jobs[0].hours_per_week", "Field required"),
    (S01, "jobs.0.start", None, "jobs[0].start", "Field required"),
    (S01, "language_tests.0.test", None, "language_tests[0].test", "Field required"),
    (S01, "birth_date", None, "birth_date", "required unless age is given"),
]


@pytest.mark.parametrize(("persona", "where", "raw", "field", "said"), WRONG_VALUES,
                         ids=[f"{w}={r}" for _, w, r, _, _ in WRONG_VALUES])
def test_a_wrong_value_exits_2_naming_its_field(persona: pathlib.Path, where: str, raw: str | None, field: str,
                                                said: str, tmp_path: pathlib.Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = assess_in_process(_with(persona, where, raw), tmp_path, capsys)
    problem = the_error(status, err)
    assert problem.startswith(f"{field}: "), problem
    assert said in problem, problem
    assert out == ""  # nothing half written


@pytest.mark.parametrize(("where", "raw"), [
    ("jobs.0.hours_per_week", "NaN"), ("jobs.0.hours_per_week", "Infinity"),
    ("jobs.0.hours_per_week", "200"), ("jobs.0.hours_per_week", "-1"), ("jobs.0.teer", "9"),
])
def test_an_out_of_range_number_is_said_as_the_contract_says_it(where: str, raw: str, tmp_path: pathlib.Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """profile-contract.md: `jobs[0].hours_per_week: must be between 0 and 168`, not pydantic's "Input should be
    less than or equal to 168" (which it said of NaN too: NaN is no number above 168)."""
    status, _, err = assess_in_process(_with(S01, where, raw), tmp_path, capsys)
    problem = the_error(status, err)
    assert "Input should be" not in problem and "must be" in problem and "between 0 and" in problem, problem
    assert raw.lstrip("-") in problem, problem  # the value given is shown


def test_a_job_started_long_ago_is_assessed_when_only_an_age_is_given(tmp_path: pathlib.Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """With an age and no birth date there is no day to compare with: the profile is assessed, not refused."""
    data = json.loads(_with(S01, "birth_date", None))
    data["age"], data["jobs"][0]["start"] = 29, "1990-09-01"
    status, out, err = assess_in_process(data, tmp_path, capsys)
    assert (status, err) == (0, "")
    result = json.loads(out)
    assert result["verdict"] == "eligible" and result["qualifying_hours"] >= 1560  # 40 h a week, ongoing


# -- odd files ---------------------------------------------------------------------------------------------------
PLAIN = S01.read_bytes()


@pytest.mark.parametrize(("name", "body"), [
    ("a byte order mark", b"\xef\xbb\xbf" + PLAIN),
    ("CRLF line ends", PLAIN.replace(b"\n", b"\r\n")),
    ("a byte order mark and CRLF", b"\xef\xbb\xbf" + PLAIN.replace(b"\n", b"\r\n")),
    ("tabs and trailing blank lines", PLAIN.replace(b" ", b"\t") + b"\n\n\n"),
])
def test_a_file_written_oddly_gives_the_plain_files_very_bytes(name: str, body: bytes, tmp_path: pathlib.Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(S01)]) == 0
    plain = capsys.readouterr().out
    status, out, err = assess_in_process(body, tmp_path, capsys)
    assert (status, err) == (0, "")
    assert out == plain


@pytest.mark.parametrize(("name", "body", "said"), [
    ("an empty file", b"", "profile: empty"),
    ("only blank lines", b"  \r\n\n\t\n", "profile: empty"),
    ("only a byte order mark", b"\xef\xbb\xbf", "profile: empty"),
    ("UTF-16 (Excel's Unicode text)", PLAIN.decode().encode("utf-16"), "profile: UTF-16"),
    ("UTF-16 big-endian, no mark", PLAIN.decode().encode("utf-16-be"), "profile: UTF-16"),
    ("UTF-32", PLAIN.decode().encode("utf-32"), "profile: not UTF-8"),
    ("Latin-1 accents", b'{"age": 30, "pr\xe9nom": "\xc9lodie"}', "profile: not UTF-8"),
    ("two profiles in one file", PLAIN + PLAIN, "--jsonl"),
    ("an array of profiles", b"[" + PLAIN + b"]", "profile: a JSON array"),
    ("a bare number", b"42", "profile: "),
    ("null", b"null", "profile: "),
    ("a French key", '{"age": 30, "prénom": "Élodie"}'.encode(), "prénom: Extra inputs are not permitted"),
    ("a key twice with two values", b'{"age": 30, "age": 31}', "age: given twice"),
])
def test_a_file_that_holds_no_profile_exits_2_in_one_line(name: str, body: bytes, said: str,
                                                         tmp_path: pathlib.Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = assess_in_process(body, tmp_path, capsys)
    assert said in the_error(status, err)
    assert out == ""


def test_french_accents_in_values_are_kept_in_french_output(tmp_path: pathlib.Path) -> None:
    done = cli("assess", "--lang", "fr", "--format", "text", str(S01))
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr
    assert "é" in done.stdout.decode("utf-8")  # UTF-8, whatever the locale of the child


@pytest.mark.parametrize(("path", "said"), [("{tmp}", "Is a directory"), ("{tmp}/missing.json", "No such file"),
                                            ("{tmp}/no/such/folder/x.json", "No such file")])
@pytest.mark.parametrize("jsonl", [False, True])
def test_a_path_that_is_no_profile_file_exits_2_naming_it(path: str, said: str, jsonl: bool,
                                                          tmp_path: pathlib.Path) -> None:
    where = path.format(tmp=tmp_path)
    done = cli("assess", *(["--jsonl"] if jsonl else []), where)
    problem = the_error(done.returncode, done.stderr.decode())
    assert problem.startswith(f"{where}: ") and said in problem, problem


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its permissions")
def test_a_file_without_permission_exits_2_naming_it(tmp_path: pathlib.Path) -> None:
    locked = tmp_path / "client.json"
    locked.write_bytes(PLAIN)
    locked.chmod(0)
    assert "Permission denied" in the_error(*_status_err(cli("assess", str(locked))))


def _status_err(done: subprocess.CompletedProcess[bytes]) -> tuple[int, str]:
    return done.returncode, done.stderr.decode("utf-8", "replace")


@pytest.mark.parametrize("args", [("assess",), ("assess", "-"), ("assess", "--jsonl")])
def test_standard_input_closed_exits_2_in_one_line(args: tuple[str, ...]) -> None:
    done = subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=60, preexec_fn=lambda: os.close(0))
    assert "no standard input" in the_error(*_status_err(done))


# -- a batch (--jsonl) with bad lines among good ones -------------------------------------------------------------
GOOD = json.dumps(json.loads(PLAIN))
BATCH = [  # (line, what its output line holds: None for the good result, else the start of its error)
    (GOOD, None),
    (_with(S01, "jobs.0.hours_per_week", "NaN"), "line 2: jobs[0].hours_per_week: must be a number"),
    ("", "blank"),  # counted, not answered
    ("\ufeff" + GOOD, None),  # a byte order mark on a line of its own file glued in
    ('{"age": "thirty"}', "line 5: age: must be a whole number"),
    ("not json at all", "line 6: profile: not valid JSON"),
    (GOOD + "\r", None),  # CRLF
    ('{"age": 30, "' + "x" * 100_000 + '": 1}', "line 8: "),  # a huge line: named, cut to one short line
    ("[" + GOOD + "]", "line 9: profile: a JSON array"),
    (_with(S01, "jobs.0.start", '"2025-02-30"'), "line 10: jobs[0].start: must be a real date"),
    ('{"age": 30, "prénom": "Élodie"}', "line 11: prénom: Extra inputs are not permitted"),
    (GOOD, None),
]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_batch_keeps_every_good_result_and_names_each_bad_line(workers: str, tmp_path: pathlib.Path) -> None:
    batch = tmp_path / "clients.jsonl"
    # Enough copies that --workers 2 really hands chunks to two processes (64 lines a chunk).
    lines = [line for line, _ in BATCH] * 12
    batch.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    done = cli("assess", "--jsonl", "--workers", workers, str(batch))
    assert done.returncode == 0 and done.stderr == b"", done.stderr
    good = json.loads(cli("assess", str(S01)).stdout)
    out = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    expected = [said for _, said in BATCH if said != "blank"] * 12
    assert len(out) == len(expected)
    for copy_number in range(12):
        answered = iter(out[copy_number * 11:(copy_number + 1) * 11])
        for number, (_, said) in enumerate(BATCH, start=1 + copy_number * len(BATCH)):
            if said == "blank":
                continue
            result = next(answered)
            if said is None:
                assert result == good, number
                continue
            shifted = said.replace(f"line {said.split()[1].rstrip(':')}:", f"line {number}:", 1)
            assert result["error"].startswith(shifted), (number, result)
            assert len(result["error"]) < 400 and "\n" not in result["error"]


def test_a_reader_that_leaves_after_one_line_is_no_error(tmp_path: pathlib.Path) -> None:
    """`cec-screener assess --jsonl clients.jsonl | head -1`: exit 0, nothing on standard error."""
    batch = tmp_path / "clients.jsonl"
    batch.write_text((GOOD + "\n") * 300)
    for args in (("--jsonl", str(batch)), ("--jsonl", "--workers", "2", str(batch)), (str(S01),),
                 ("--format", "text", str(S01))):
        done = subprocess.run(f"{sys.executable} -m bot assess {' '.join(args)} | head -1; "
                              "exit ${PIPESTATUS[0]}", shell=True, executable="/bin/bash", cwd=ROOT,
                              capture_output=True, timeout=120)
        assert (done.returncode, done.stderr) == (0, b""), (args, done.stderr)
        assert len(done.stdout.splitlines()) == 1


# -- options: mistyped, given twice, without their value ----------------------------------------------------------
S = str(S01)
OPTIONS = [  # (arguments, the option argparse must name, what it must say)
    (("assess", "--lang", "FR", S), "--lang", "invalid choice: 'FR'"),
    (("assess", "--lang", "french", S), "--lang", "invalid choice"),
    (("assess", "--lang", "fr_CA", S), "--lang", "invalid choice"),
    (("assess", "--lang=", S), "--lang", "invalid choice: ''"),
    (("assess", S, "--lang"), "--lang", "expected one argument"),
    (("assess", "--lang", "fr", "--lang", "en", S), "--lang", "given twice ('fr', then 'en')"),
    (("assess", "--lang=en", "--lang=fr", S), "--lang", "given twice"),
    (("assess", "--format", "text", "--format", "json", S), "--format", "given twice"),
    (("assess", S, "--format"), "--format", "expected one argument"),
    (("assess", "--format", "xml", S), "--format", "invalid choice"),
    (("assess", "--jsonl", "--workers", "2", "--workers", "3", S), "--workers", "given twice"),
    (("assess", "--jsonl", S, "--workers"), "--workers", "expected one argument"),
    (("assess", "--chart", "hours", "--chart", "crs", "--out", "x.png", S), "--chart", "given twice"),
    (("assess", "--chart", "hours", "--out", "a.png", "--out", "b.png", S), "--out", "given twice"),
    (("assess", "--chart", "hours", S, "--out"), "--out", "expected one argument"),
    (("noc", "cook", "--lang", "de"), "--lang", "invalid choice"),
    (("noc", "cook", "--lang", "en", "--lang", "fr"), "--lang", "given twice"),
    (("noc", "cook", "--limit", "5", "--limit", "3"), "--limit", "given twice"),
    (("noc", "cook", "--limit"), "--limit", "expected one argument"),
    (("noc", "cook", "--format", "text", "--format", "json"), "--format", "given twice"),
    (("chat", "--lang", "en", "--lang", "fr"), "--lang", "given twice"),
    (("chat", "--as-of", "2026-01-01", "--as-of", "2026-01-02"), "--as-of", "given twice"),
    (("chat", "--as-of", "2026-02-30"), "--as-of", "not a date"),
    (("chat", "--as-of"), "--as-of", "expected one argument"),
    (("rounds-refresh", "--file", "a.json", "--file", "b.json"), "--file", "given twice"),
    (("rounds-refresh", "--file"), "--file", "expected one argument"),
    (("rounds-refresh", "--url", "https://a/x.json", "--url", "https://b/x.json"), "--url", "given twice"),
    (("rounds-refresh", "--url", "ftp://example.org/x.json"), "--url", "not a web address"),
    (("rounds-refresh", "--url", "www.canada.ca/x.json"), "--url", "not a web address"),
    (("rounds-refresh", "--file", "a.json", "--french-file", "b", "--french-file", "c"), "--french-file",
     "given twice"),
    (("rules", "--db", "a.db", "--db", "b.db"), "--db", "given twice"),
    (("rules", "--db"), "--db", "expected one argument"),
]


@pytest.mark.parametrize(("args", "option", "said"), OPTIONS,
                         ids=[" ".join("FILE" if x == S else x for x in a) for a, _, _ in OPTIONS])
def test_an_odd_option_exits_2_naming_it(args: tuple[str, ...], option: str, said: str,
                                         tmp_path: pathlib.Path) -> None:
    done = cli(*args, cwd=ROOT, env={"DATABASE_PATH": str(tmp_path / "bot.db")})
    errors = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2 and "Traceback" not in errors, errors
    last = errors.strip().splitlines()[-1]
    assert f"argument {option}" in last and said in last, last
    assert done.stdout == b""


def test_text_asked_of_a_batch_is_refused_rather_than_ignored() -> None:
    """--jsonl writes JSON lines: `--format text` was silently ignored, and the adviser got JSON."""
    done = cli("assess", "--jsonl", "--format", "text", stdin=GOOD.encode() + b"\n")
    assert the_error(*_status_err(done)).startswith("--format: text is for one profile")
    assert done.stdout == b""


@pytest.mark.parametrize(("twice", "once"), [
    (("assess", "--lang", "fr", "--lang", "fr", S), ("assess", "--lang", "fr", S)),
    (("assess", "--format=text", "--format", "text", S), ("assess", "--format", "text", S)),
    (("noc", "cook", "--limit", "3", "--limit", "3"), ("noc", "cook", "--limit", "3")),
])
def test_an_option_given_twice_with_the_same_value_says_one_thing_and_is_read(twice: tuple[str, ...],
                                                                              once: tuple[str, ...]) -> None:
    given_twice, given_once = cli(*twice), cli(*once)
    assert given_twice.returncode == 0 and given_twice.stderr == b"", given_twice.stderr
    assert given_twice.stdout == given_once.stdout != b""


# -- rounds-refresh and rules: paths that are no file, a database that cannot be opened ---------------------------
@pytest.mark.parametrize(("args", "said"), [
    (("--file", "{tmp}/missing.json"), "--file: {tmp}/missing.json: No such file or directory"),
    (("--file", "{tmp}"), "--file: {tmp}: Is a directory"),
    (("--file", "{sample}", "--french-file", "{tmp}/none_fr.json"),
     "--french-file: {tmp}/none_fr.json: No such file or directory"),
])
def test_rounds_refresh_names_the_option_whose_file_cannot_be_read(args: tuple[str, ...], said: str,
                                                                   tmp_path: pathlib.Path) -> None:
    sample = tmp_path / "sample.json"
    sample.write_bytes(PLAIN)  # never read: the French file is looked at before anything is
    argv = [a.format(tmp=tmp_path, sample=sample) for a in args]
    done = cli("rounds-refresh", *argv, env={"DATABASE_PATH": str(tmp_path / "bot.db")})
    assert the_error(*_status_err(done), expected_status=1) == said.format(tmp=tmp_path)
    assert not (tmp_path / "bot.db").exists()  # nothing created for a refresh that cannot run


@pytest.mark.parametrize("where", ["a folder", "not a database"])
def test_rounds_refresh_names_the_database_it_cannot_open(where: str, tmp_path: pathlib.Path) -> None:
    db = tmp_path if where == "a folder" else tmp_path / "notes.txt"
    if where == "not a database":
        db.write_text("not a database\n" * 100)
    feed = tmp_path / "ee_rounds_123_en.json"
    feed.write_text('{"rounds": []}')
    done = cli("rounds-refresh", "--file", str(feed), env={"DATABASE_PATH": str(db)})
    assert the_error(*_status_err(done), expected_status=1).startswith(
        f"rounds-refresh: database {db} (DATABASE_PATH): ")
