"""A seeded fuzz of every entry point of the command line: `assess` (one profile, `--jsonl`, `--workers 2`), `noc`
(one query, `--jsonl`), `rounds-import`, `rounds-refresh` and the feed reader under them, `check`, `backup`,
`rules` and `chat` with odd arguments and paths; standard input or output closed, and a full disk for the output.

What each case must give (docs/command-line.md, profile-contract.md): a correct result, or a non-zero exit with
one line naming the field or the option; never a traceback. A bad line of a `--jsonl` input gives its own
`{"error": "line N: ..."}` and the run goes on. IRCC's rounds feed is read as it really is (RULES.md section 4):
a round that cannot be read is skipped and named, a body that is not a feed is refused as a whole, and no round is
ever read wrong. Thousands of mutated inputs are checked in this process; a process is started only where the
command itself is what is tested (standard streams, arguments, exit status).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import pathlib
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from bot.command_line import noc
from bot.command_line.assess import ProfileError, parse, result_line
from eligibility.rounds_import import FeedError, read_feed

ROOT = pathlib.Path(__file__).resolve().parents[2]
PERSONAS = ROOT / "tests" / "fixtures" / "personas"
S01 = PERSONAS / "s01_single_bachelor_clb9.json"
TODAY = dt.date(2026, 12, 5)
SEED = 20261205
BOM = b"\xef\xbb\xbf"
# A message that names its field: "jobs[0].hours_per_week: ...", "spouse.language_test.date: ...", "profile: ...".
NAMES_A_FIELD = re.compile(r"^(profile|[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*): \S")
LONGEST_MESSAGE = 300


def names_a_field(problem: str) -> bool:
    """A path of the contract's fields, or an unknown key (any text) said to be one."""
    return bool(NAMES_A_FIELD.match(problem)) or problem.endswith(": Extra inputs are not permitted")


def cli(*args: str | bytes, stdin: bytes | None = b"", env: dict[str, str] | None = None,
        close_stdin: bool = False, cwd: pathlib.Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    """`cec-screener ARGS` as a user runs it; `close_stdin`: started with no standard input at all."""
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, env={**os.environ, **(env or {})},
                          input=None if close_stdin else stdin, capture_output=True, timeout=60,
                          preexec_fn=(lambda: os.close(0)) if close_stdin else None)


def one_error_line(done: subprocess.CompletedProcess[bytes], status: int = 2) -> str:
    """The one line a failed command writes, checked: its status, no traceback, nothing else on stderr."""
    errors = done.stderr.decode("utf-8", "replace")
    assert done.returncode == status, (done.returncode, errors)
    assert "Traceback" not in errors, errors
    [line] = errors.strip().splitlines()
    assert line.startswith("error: ") and len(line) < 400, line
    return line


def argparse_error(done: subprocess.CompletedProcess[bytes]) -> str:
    """argparse's refusal: exit 2, its usage line, then one line naming the argument."""
    errors = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2 and "Traceback" not in errors, errors
    return errors.strip().splitlines()[-1]


def strict_json(text: str | bytes) -> Any:
    """JSON as RFC 8259 has it: UTF-8, no NaN or Infinity."""
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the output")
    if isinstance(text, str):
        text = text.encode("utf-8")  # a lone surrogate cannot be written to a UTF-8 stream: fails here
    return json.loads(text.decode("utf-8"), parse_constant=refuse)


# -- assess: mutated personas, in this process ------------------------------------------------------------------
PERSONA_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(PERSONAS.glob("*.json"))
                 if path.name != "expected.json"]
ODD_DATES = ["0001-01-01", "1900-01-01", "1949-12-31", "1950-01-01", "2100-12-31", "2101-01-01", "9999-12-31",
             "2024-02-29", "2026-02-29", "2026-13-01", "2026-11-27T10:00:00", "20261127", "2026-W48-5", "",
             "2026-11-26", "2026-11-28", "2023-11-27", "2015-01-31", "1970-01-01", "２０２６-11-27"]
ODD_NUMBERS = [0, -0.0, -1, 0.5, 1e-300, 5e-324, 29.999, 30, 30.001, 168, 168.0001, 1e15, 2**53 + 1, 2**63,
               10**30, 1e308, -1e308, 4.5, 9, 8.5, 12, 13, 90, 91, 699, 700, 20, 21, 17, 45, 120, 121, 50, 51]
ODD_STRINGS = ["", " ", "x", "21232", "２１２３２", "21２32", "00000", "99999", "65200", "0", "null", "NaN", "é",
               "\u202e", "🍳", "single", "married", "common_law", "teer_0_1", "ielts_general", "tcf_canada",
               "bachelor", "three_year_plus", "x" * 5000]
ODD_OTHERS: list[Any] = [None, True, False, [], {}, [1], {"a": 1}]
NEW_KEYS = ["noc", "teer", "end", "full_time_student_until", "age", "birth_date", "spouse", "as_of", "zzz",
            "marital_status", "full_time_student", "cec_work", "foreign_work_years", "canadian_work_years"]


def _places(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if path:
        yield path
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _places(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _places(inner, (*path, index))


def _odd_value(rng: random.Random, current: Any) -> Any:
    """Mostly a value of the same kind at an edge (so that many profiles stay valid), sometimes any kind."""
    if rng.random() < 0.25:
        return rng.choice([*ODD_DATES, *ODD_NUMBERS, *ODD_STRINGS, *ODD_OTHERS])
    if isinstance(current, bool):
        return not current
    if isinstance(current, (int, float)):
        return rng.choice(ODD_NUMBERS)
    if isinstance(current, str) and re.match(r"^\d{4}-\d\d-\d\d$", current):
        return rng.choice(ODD_DATES)
    if isinstance(current, list) and current:
        return current + [current[-1]] * rng.choice([1, 5, 49, 60])
    return rng.choice([*ODD_STRINGS, *ODD_OTHERS, *ODD_DATES])


def mutated_profiles(count: int, seed: int = SEED) -> Iterator[bytes]:
    """`count` personas with one to three values swapped for odd ones (null, wrong types, huge numbers, odd
    dates, long lists), a field dropped or one added."""
    rng = random.Random(seed)
    for _ in range(count):
        profile = json.loads(rng.choice(PERSONA_TEXTS))
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            path = rng.choice(list(_places(profile)))
            parent = profile
            for key in path[:-1]:
                parent = parent[key]
            current = parent[path[-1]]
            roll = rng.random()
            if roll < 0.05 and isinstance(parent, dict):
                del parent[path[-1]]
            elif roll < 0.15 and isinstance(current, dict):
                current[rng.choice(NEW_KEYS)] = json.loads(json.dumps(rng.choice([*ODD_DATES, *ODD_NUMBERS,
                                                                                    *ODD_STRINGS])))
            else:
                parent[path[-1]] = json.loads(json.dumps(_odd_value(rng, current)))
        yield json.dumps(profile, ensure_ascii=rng.random() < 0.5).encode("utf-8")


def check_result(result: dict[str, Any]) -> None:
    """What every result of the contract holds."""
    assert result["verdict"] in ("eligible", "not_yet_eligible", "not_eligible")
    assert isinstance(result["qualifying_hours"], int) and result["qualifying_hours"] >= 0
    assert result["required_clb"] in (None, 5, 7)
    criteria = {c["id"]: c for c in result["criteria"]}
    assert {"work_experience", "language", "quebec"} <= set(criteria)
    assert all(isinstance(c["met"], bool) and c["explanation"] for c in criteria.values())
    if result["verdict"] == "eligible":
        assert all(c["met"] for c in criteria.values()) and result["qualifying_hours"] >= 1560
    if result["verdict"] == "not_yet_eligible":
        assert result["eligible_on"] is not None
    crs = result["crs"]
    if crs is not None:
        assert crs["total"] == crs["core"] + crs["spouse"] + crs["transferability"] + crs["additional"]
        assert 0 <= crs["total"] <= 1200


def check_output_line(written: str, number: int) -> dict[str, Any]:
    """One line of `assess --jsonl` output: strict JSON, and a result or an error naming line and field."""
    assert written.endswith("\n") and written.count("\n") == 1, written[:300]
    result = strict_json(written)
    if "error" in result:
        message = result["error"]
        assert message.startswith(f"line {number}: "), message[:300]
        problem = message.removeprefix(f"line {number}: ")
        assert names_a_field(problem) and len(problem) <= LONGEST_MESSAGE, problem[:400]
    else:
        check_result(result)
    return result


def test_mutated_personas_give_a_result_or_one_line_naming_the_field() -> None:
    kinds = {"result": 0, "error": 0}
    for number, line in enumerate(mutated_profiles(1500), start=1):
        result = check_output_line(result_line(line, number, ("en", "fr")[number % 2], TODAY), number)
        kinds["error" if "error" in result else "result"] += 1
    assert kinds["result"] > 150 and kinds["error"] > 150, kinds  # the fuzz reaches both sides


def _persona(**changes: Any) -> bytes:
    profile = json.loads(S01.read_text(encoding="utf-8"))
    profile.update(changes)
    return json.dumps(profile).encode()


def _raw(text: bytes, old: bytes, new: bytes) -> bytes:
    assert old in text
    return text.replace(old, new, 1)


PERSONA = _persona()
JOB = json.loads(PERSONA)["jobs"][0]
TEST = json.loads(PERSONA)["language_tests"][0]
# Lines an adviser's file may really hold, and what each must give: ("result", None) the persona's own result;
# ("error", start) an error line that starts so: the field it names (and what is wrong with it).
ODD_LINES: list[tuple[str, bytes, str, str | None]] = [
    ("a byte order mark (Windows Notepad)", BOM + PERSONA, "result", None),
    ("CRLF line ends", PERSONA + b"\r", "result", None),
    ("a byte of cp1252 in a string", _raw(PERSONA, b'"single"', b'"singl\xe9"'), "error",
     "profile: not UTF-8 text (byte 0xe9 at position "),
    ("a byte that is no text at all", b"\xff\xfe\x00\x81" + PERSONA, "error",
     "profile: not UTF-8 text (byte 0xff at position 0)"),
    ("a NUL byte", PERSONA[:-1] + b"\x00}", "error", "profile"),
    ("NaN", _raw(PERSONA, b'"hours_per_week": 40', b'"hours_per_week": NaN'), "error", "jobs[0].hours_per_week"),
    ("Infinity", _raw(PERSONA, b'"hours_per_week": 40', b'"hours_per_week": Infinity'), "error",
     "jobs[0].hours_per_week"),
    ("-Infinity", _raw(PERSONA, b'"listening": 8.0', b'"listening": -Infinity'), "error",
     "language_tests[0].listening"),
    ("1e400", _raw(PERSONA, b'"foreign_work_years": 2', b'"foreign_work_years": 1e400'), "error",
     "foreign_work_years"),
    ("a number of 5,000 digits",
     _raw(PERSONA, b'"foreign_work_years": 2', b'"foreign_work_years": 1' + b"0" * 5000), "error", "profile"),
    ("nested 100,000 deep", b"[" * 100_000 + b"]" * 100_000, "error", "profile"),
    ("nested deep inside a field", _raw(PERSONA, b'"foreign_work_years": 2',
                                        b'"foreign_work_years": ' + b"[" * 500 + b"]" * 500), "error", "profile"),
    ("a duplicate key with two values: refused, as it cannot be read one way",
     _raw(PERSONA, b'"foreign_work_years": 2', b'"foreign_work_years": 7, "foreign_work_years": 2'),
     "error", "foreign_work_years: given twice"),
    ("a duplicate key with one value",
     _raw(PERSONA, b'"foreign_work_years": 2', b'"foreign_work_years": 2, "foreign_work_years": 2'),
     "result", None),
    ("60 jobs", _persona(jobs=[JOB] * 60), "error", "jobs"),
    ("25 language tests", _persona(language_tests=[TEST] * 25), "error", "language_tests"),
    ("a line of 2 MB", b" " * 2_000_000 + PERSONA, "result", None),
    ("a key of 100,000 characters", _raw(PERSONA, b"{", b'{"' + b"k" * 100_000 + b'": 1, '), "error", "k" * 10),
    ("a key with a line break", _raw(PERSONA, b"{", b'{"a\\nb": 1, '), "error",
     "a\\nb: Extra inputs are not permitted"),
    ("a lone surrogate", _raw(PERSONA, b'"single"', b'"\\ud800"'), "error", "profile"),
    ("not an object", b"[1, 2, 3]", "error", "profile"),
    ("a noc in full-width digits", _raw(PERSONA, b'"21232"', "\"21２32\"".encode()), "error", "jobs[0].noc"),
]


def _odd_line_ids() -> list[str]:
    return [name for name, *_ in ODD_LINES]


@pytest.mark.parametrize(("name", "line", "kind", "field"), ODD_LINES, ids=_odd_line_ids())
def test_odd_lines_give_the_result_or_an_error_naming_the_field(name: str, line: bytes, kind: str,
                                                                 field: str | None) -> None:
    written = result_line(line, 3, "en", TODAY)
    result = check_output_line(written, 3)
    if kind == "result":
        assert result == strict_json(result_line(PERSONA, 3, "en", TODAY)), name
    else:
        assert "error" in result, name
        problem = result["error"].removeprefix("line 3: ")
        if field is not None:
            assert problem.startswith(field), problem[:300]
        with pytest.raises(ProfileError):
            parse(line)


def _file_of_odd_lines(folder: pathlib.Path) -> tuple[pathlib.Path, list[int]]:
    """More than two chunks of 64 lines (so that --workers 2 starts its processes), blank lines among them; the
    numbers of the lines that are not blank."""
    lines = ([line for _, line, _, _ in ODD_LINES] + [b"", b"   ", b"\r"]) * 8
    path = folder / "clients.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, [number for number, line in enumerate(lines, start=1) if line.strip()]


def test_a_batch_of_odd_lines_is_answered_line_by_line_in_one_process_or_two(tmp_path: pathlib.Path) -> None:
    path, numbers = _file_of_odd_lines(tmp_path)
    one = cli("assess", "--jsonl", "--workers", "1", str(path))
    two = cli("assess", "--jsonl", "--workers", "2", str(path))
    for done in (one, two):
        assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode()[-2000:]
    assert one.stdout == two.stdout
    written = one.stdout.decode("utf-8").splitlines(keepends=True)
    for number, line, (_, _, kind, _) in zip(numbers, written, ODD_LINES * 8, strict=True):
        assert ("error" in check_output_line(line, number)) == (kind == "error"), line[:300]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_standard_input_that_is_not_utf8_is_said_per_line_whatever_the_locale(workers: str,
                                                                               tmp_path: pathlib.Path) -> None:
    """PYTHONIOENCODING=utf-8 reads standard input strictly, as a UTF-8 locale such as en_US.UTF-8 does."""
    path, _ = _file_of_odd_lines(tmp_path)
    done = cli("assess", "--jsonl", "--workers", workers, "-", stdin=path.read_bytes(),
               env={"PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode()[-2000:]
    assert done.stdout == cli("assess", "--jsonl", "--workers", "1", str(path)).stdout
    assert b'"error": "line 3: profile: not UTF-8 text' in done.stdout


@pytest.mark.parametrize(("name", "body", "problem"), [
    ("cp1252", _raw(PERSONA, b'"single"', b'"singl\xe9"'), "error: profile: not UTF-8 text"),
    ("binary junk", bytes(random.Random(SEED).randrange(256) for _ in range(4000)), "error: profile: "),
    ("an empty file", b"", "error: profile: empty, no JSON in it"),
    ("nested 100,000 deep", b"[" * 100_000 + b"]" * 100_000, "error: profile: not valid JSON"),
    ("NaN", _raw(PERSONA, b'"hours_per_week": 40', b'"hours_per_week": NaN'), "error: jobs[0].hours_per_week: "),
    ("a key with a line break", _raw(PERSONA, b"{", b'{"a\\nb": 1, '),
     "error: a\\nb: Extra inputs are not permitted"),
])
@pytest.mark.parametrize("where", ["file", "stdin"])
def test_one_profile_that_cannot_be_read_exits_2_in_one_line(name: str, body: bytes, problem: str, where: str,
                                                              tmp_path: pathlib.Path) -> None:
    path = tmp_path / "client.json"
    path.write_bytes(body)
    done = cli("assess", *([str(path)] if where == "file" else ["-"]), stdin=body,
               env={"PYTHONIOENCODING": "utf-8"})
    assert one_error_line(done).startswith(problem), name


@pytest.mark.parametrize("body", [BOM + PERSONA, json.dumps(json.loads(PERSONA), indent=2).replace(
    "\n", "\r\n").encode()], ids=["byte order mark", "CRLF"])
def test_one_profile_saved_by_a_windows_editor_is_read(body: bytes, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "client.json"
    path.write_bytes(body)
    done = cli("assess", str(path))
    assert done.returncode == 0, done.stderr.decode()
    assert strict_json(done.stdout)["crs"]["total"] == 470


@pytest.mark.parametrize(("args", "option"), [
    (("--jsonl", "--workers", "²"), "--workers"),  # str.isdigit() says yes, int() says no
    (("--jsonl", "--workers", "٢"), None),  # an Arabic-Indic two: int() reads 2, and 2 workers it is
    (("--jsonl", "--workers", "-1"), "--workers"),
    (("--jsonl", "--workers", "1e1"), "--workers"),
    (("--chart", "hours", "--out", "/"), "--out"),
])
def test_odd_options_of_assess_exit_2_naming_the_option(args: tuple[str, ...], option: str | None) -> None:
    done = cli("assess", *args, str(S01))
    if option is None:
        assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode()
        return
    assert one_error_line(done).startswith(f"error: {option}: ")


@pytest.mark.parametrize(("path", "problem"), [("/", "Is a directory"), ("/nonexistent/client.json",
                                                                          "No such file or directory")])
def test_a_profile_path_that_is_no_file_exits_2_naming_it(path: str, problem: str) -> None:
    line = one_error_line(cli("assess", path))
    assert line == f"error: {path}: {problem}"


def test_an_empty_path_is_refused_naming_the_argument() -> None:
    assert "argument file: an empty path" in argparse_error(cli("assess", ""))
    done = cli("assess", str(S01), "--chart", "hours", "--out", "")
    assert "argument --out: an empty path" in argparse_error(done)


@pytest.mark.parametrize("args", [("assess",), ("assess", "--jsonl"), ("noc", "--jsonl")])
def test_no_standard_input_at_all_exits_2_in_one_line(args: tuple[str, ...]) -> None:
    assert "standard input" in one_error_line(cli(*args, close_stdin=True))


# -- noc: odd queries --------------------------------------------------------------------------------------------
ODD_QUERIES = ["", " ", "\t\n", "...", "!!!", "'", "’", "&&&", "()", "a", "é", "ß", "İ", "00000", "99999",
               "21232.0", "21232", " 21232 ", "2123", "212320", "-21232", "21 232", "21,232", "２１２３２",
               "٢١٢٣٢", "21232\x00", "\x00", "\x00cook", "🍳", "👩‍💻 developer", "chef 🍳", "מתכנת",
               "مطور برمجيات", "\u202ecook", "cook\u200b", "\ufeffcook", "x" * 200, "x" * 201, "x" * 10_000,
               "cook" + " " * 196, "\ud800", "nurse\udcff", "manager at Tim Hortons", "A&W", "at", "at at at",
               "manager at", "self-employed", "1e400", "NaN", "null", "%s%s", "{0}", "\\", ".*", "[", "(?:", "\r",
               "cook\r\nchef", "½", "³cook", "cafe\u0301", "ｃｏｏｋ", "COOK", "RN", "noc 21232", "21232 software",
               "00012", "0001"]


def odd_queries(count: int) -> Iterator[str]:
    """The list above, then seeded pieces of it joined, then seeded strings of any code points (surrogates,
    right-to-left marks, emoji, NUL and other controls)."""
    rng = random.Random(SEED)
    yield from ODD_QUERIES
    for _ in range(count):
        if rng.random() < 0.5:
            yield "".join(rng.choice(ODD_QUERIES) for _ in range(rng.randint(2, 4)))[: rng.choice([5, 50, 300])]
        else:
            yield "".join(chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0x2FFF),
                                          rng.randint(0xD800, 0xDFFF), rng.randint(0x1F300, 0x1FAFF),
                                          rng.randint(0, 0x10FFFF)]))
                          for _ in range(rng.randint(1, 30)))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def test_odd_queries_give_unit_groups_or_one_line_naming_the_problem() -> None:
    answered = refused = 0
    for query in odd_queries(400):
        for fmt in ("json", "text"):
            out, err = io.StringIO(), io.StringIO()
            status = noc.run_one(query, "en" if len(query) % 2 else "fr", 5, fmt, out, err)
            # what is written must be writable to a UTF-8 stream: a lone surrogate would end in a traceback there
            assert _encodable(out.getvalue()) and _encodable(err.getvalue()), repr(query)
            if status == 0:
                answered += 1
                if fmt == "json":
                    found = strict_json(out.getvalue())
                    assert found["q"] == query and len(found["results"]) <= 5
                    assert all(re.fullmatch(r"\d{5}", r["code"]) and r["teer"] in range(6)
                               for r in found["results"])
            else:
                refused += 1
                assert status == 2 and out.getvalue() == ""
                [line] = err.getvalue().splitlines()
                assert line.startswith("error: ") and len(line) < 200, line
        request = json.dumps({"q": query}, ensure_ascii=True).encode()  # any string, even a lone surrogate
        out = io.StringIO()
        assert noc.run_jsonl([request], "en", 5, out) == 0
        assert _encodable(out.getvalue()), repr(query)
        [line] = out.getvalue().splitlines()
        answer = strict_json(line)
        assert "error" in answer or answer["q"] == json.loads(request)["q"]  # a surrogate pair: one character
        if "error" in answer:
            assert answer["error"].startswith("line 1: ") and len(answer["error"]) < 200, answer
    assert answered > 200 and refused > 20


def test_the_codes_and_near_codes_are_read_as_they_should() -> None:
    def codes(query: str) -> list[str]:
        out, err = io.StringIO(), io.StringIO()
        assert noc.run_one(query, "en", 5, "json", out, err) == 0, err.getvalue()
        return [r["code"] for r in strict_json(out.getvalue())["results"]]
    assert codes("21232")[0] == codes(" 21232 ")[0] == codes("２１２３２")[0] == "21232"
    assert codes("00012")[0] == "00012"
    assert codes("00000") == codes("99999") == []  # no such unit group: nothing, rather than a guess


ODD_REQUESTS: list[tuple[str, bytes, str]] = [
    ("nested 100,000 deep", b'{"q": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "not valid JSON"),
    ("a number of 5,000 digits", b'{"q": 1' + b"0" * 5000 + b"}", "not valid JSON"),
    ("a lang of 5,000 digits", b'{"q": "cook", "lang": 1' + b"0" * 5000 + b"}", "not valid JSON"),
    ("a lone surrogate", b'{"q": "\\ud800"}', "not UTF-8 text"),
    ("a lone surrogate in lang", b'{"q": "cook", "lang": "\\udcff"}', '"lang" must be "en" or "fr"'),
    ("a lang of 100,000 characters", b'{"q": "cook", "lang": "' + b"x" * 100_000 + b'"}',
     '"lang" must be "en" or "fr"'),
    ("a list of 100,000 numbers", b'{"q": [' + b"1," * 100_000 + b"1]}", '"q" must be a string'),
    ("a byte order mark", BOM + b'{"q": "cook"}', ""),
    ("not UTF-8", b'{"q": "cuisini\xe8re"}', "not UTF-8 text"),
    ("NaN", b'{"q": NaN}', '"q" must be a string'),
    ("1e400", b'{"q": 1e400}', '"q" must be a string'),
    ("a duplicate key: the last one is read", b'{"q": "", "q": "cook"}', ""),
    ("NUL", b'{"q": "cook\\u0000"}', ""),
    ("a query of 10,000 characters", b'{"q": "' + b"x" * 10_000 + b'"}', "longer than 200"),
    ("binary junk", bytes(random.Random(SEED).randrange(256) for _ in range(300)).replace(b"\n", b""),
     "line 14: "),
]


@pytest.mark.parametrize(("name", "request_line", "problem"), ODD_REQUESTS, ids=[n for n, *_ in ODD_REQUESTS])
def test_odd_jsonl_requests_give_one_line_each(name: str, request_line: bytes, problem: str) -> None:
    out = io.StringIO()
    assert noc.run_jsonl([b'{"q": "cook"}'] * 13 + [request_line], "en", 5, out) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 14 and _encodable(out.getvalue())
    answer = strict_json(lines[-1])
    if problem:
        assert "error" in answer and problem in answer["error"] and len(answer["error"]) < 200, answer
        assert answer["error"].startswith("line 14: ")
    else:
        assert answer["results"][0]["code"] == "63200", answer  # cooks


def test_noc_as_a_process_with_odd_requests_and_odd_arguments() -> None:
    requests = b"\n".join(line for _, line, _ in ODD_REQUESTS) + b"\n"
    done = cli("noc", "--jsonl", stdin=requests, env={"PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode()[-2000:]
    assert len([strict_json(line) for line in done.stdout.splitlines()]) == len(ODD_REQUESTS)
    # a query that is no text (bytes of another encoding in the arguments), under a strict UTF-8 locale too
    for env in ({}, {"PYTHONIOENCODING": "utf-8"}):
        assert one_error_line(cli("noc", b"cuisini\xe8re", env=env)) == "error: the query is not UTF-8 text"
    assert one_error_line(cli("noc", "x" * 10_000)) == "error: the query is longer than 200 characters"
    assert one_error_line(cli("noc", "")).startswith("error: the query is empty")
    for query in ("🍳 cook", "מתכנת", "21232.0", "\u202ecook"):
        done = cli("noc", query)
        assert done.returncode == 0 and strict_json(done.stdout)["q"] == query, done.stderr.decode()


# -- IRCC's rounds feed: the real samples, changed the way a feed really changes ---------------------------------
SAMPLE = "ircc-feed-sample.json"
QUIRKS = "ircc-feed-sample-quirks.json"


def _rounds(body: bytes) -> list[dict[str, Any]]:
    return list(json.loads(body)["rounds"])


def _with(body: bytes, index: int, **changes: Any) -> bytes:
    """The sample with round `index` changed: a value, or a field dropped (None) or renamed ("->new name")."""
    feed = json.loads(body)
    row = feed["rounds"][index]
    for key, value in changes.items():
        if value is None:
            del row[key]
        elif isinstance(value, str) and value.startswith("->"):
            row[value[2:]] = row.pop(key)
        else:
            row[key] = value
    return json.dumps(feed, indent=2, ensure_ascii=False).encode()


# (name, the changed sample, what must happen: "read" with {number: (date, program, invitations, lowest)} of the
# rounds concerned, "skipped" with the note naming the field, or "refused" with the reason)
FEED_CHANGES: list[tuple[str, Any, str, Any]] = [
    ("the sample unchanged", lambda s, q: s, "read",
     {"434": ("2026-08-07", "transport_occupations", 300, 470),
      "433": ("2026-08-06", "french_language_proficiency", 5000, 391)}),
    ("the quirks unchanged (91a, 91b, an empty drawCutOff)", lambda s, q: q, "read",
     {"91a": ("2018-05-30", "federal_skilled_trades", 500, 288),
      "91b": ("2018-05-30", "provincial_nominee_program", 200, 902), "1": ("2015-01-31", "general", 779, 886)}),
    ("drawCRS missing", lambda s, q: _with(s, 1, drawCRS=None), "skipped",
     "rounds.1 (round '433'): drawCRS is missing"),
    ("drawDate renamed", lambda s, q: _with(s, 1, drawDate="->drawDateISO"), "skipped",
     "rounds.1 (round '433'): drawDate is missing"),
    ("drawDate renamed in every round", lambda s, q: s.replace(b'"drawDate"', b'"drawDay"'), "refused",
     "no round could be read (rounds.0 (round '434'): drawDate is missing; 5 problem(s))"),
    ("5 000 with a no-break space", lambda s, q: _with(s, 1, drawSize="5\u00a0000"), "read",
     {"433": ("2026-08-06", "french_language_proficiency", 5000, 391)}),
    ("5 000 with a narrow no-break space", lambda s, q: _with(s, 1, drawSize="5\u202f000"), "read",
     {"433": ("2026-08-06", "french_language_proficiency", 5000, 391)}),
    ("5,000 as a JSON number", lambda s, q: _with(s, 1, drawSize=5000), "read",
     {"433": ("2026-08-06", "french_language_proficiency", 5000, 391)}),
    ("an empty drawSize", lambda s, q: _with(s, 1, drawSize=""), "skipped", "drawSize is not a number: ''"),
    ("an empty drawName", lambda s, q: _with(s, 1, drawName=""), "skipped", "drawName is empty"),
    ("an empty drawNumber", lambda s, q: _with(s, 1, drawNumber=""), "skipped",
     "drawNumber is not a round number"),
    ("5.000, a European separator", lambda s, q: _with(s, 1, drawSize="5.000"), "skipped",
     "drawSize is not a number: '5.000'"),
    ("drawNumber 91a", lambda s, q: _with(s, 1, drawNumber="91a"), "read",
     {"91a": ("2026-08-06", "french_language_proficiency", 5000, 391)}),
    ("a date in words", lambda s, q: _with(s, 1, drawDate="August 6, 2026"), "skipped",
     "drawDate is not a date: 'August 6, 2026'"),
    ("a date day first", lambda s, q: _with(s, 1, drawDate="06/08/2026"), "skipped", "drawDate is not a date"),
    ("a date with its time", lambda s, q: _with(s, 1, drawDate="2026-08-06T10:08:20Z"), "read",
     {"433": ("2026-08-06", "french_language_proficiency", 5000, 391)}),
    ("a round with 0 invitations", lambda s, q: _with(s, 1, drawSize="0"), "skipped",
     "drawSize 0 is not a plausible number of invitations"),
    ("a new category", lambda s, q: _with(s, 1, drawName="Agriculture and Agri-food Occupations, 2026-Version 1"),
     "read", {"433": ("2026-08-06", "agriculture_and_agri_food_occupations", 5000, 391)}),
    ("a new field", lambda s, q: _with(s, 1, drawRegion="All"), "read",
     {"433": ("2026-08-06", "french_language_proficiency", 5000, 391)}),
    ("cp1252 bytes", lambda s, q: _with(s, 0, drawName="Métiers du transport, 2026-Version 2").decode()
     .encode("cp1252"), "read", {"434": ("2026-08-07", "metiers_du_transport", 300, 470)}),
    ("a byte order mark", lambda s, q: BOM + s, "read",
     {"434": ("2026-08-07", "transport_occupations", 300, 470)}),
    ("CRLF line ends", lambda s, q: s.replace(b"\n", b"\r\n"), "read",
     {"434": ("2026-08-07", "transport_occupations", 300, 470)}),
    ("a truncated file", lambda s, q: s[: len(s) // 2], "refused", "not JSON"),
    ("an empty rounds list", lambda s, q: b'{"classes": "wb-tables", "rounds": []}', "refused",
     "the feed holds no rounds"),
    ("no rounds at all", lambda s, q: b'{"classes": "wb-tables"}', "refused", 'no "rounds" list in the feed'),
    ("an empty file", lambda s, q: b"", "refused", "not JSON"),
    ("HTML instead of JSON",
     lambda s, q: b"<!DOCTYPE html>\n<html><body><h1>Service unavailable</h1></body></html>",
     "refused", "not JSON"),
    ("nested 100,000 deep", lambda s, q: b'{"rounds": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "refused",
     "nested deeper than 6 levels"),
    ("a number of 5,000 digits", lambda s, q: s.replace(b'"drawSize": "300"', b'"drawSize": 1' + b"0" * 5000),
     "refused", "a number of 5001 digits"),
    ("NaN", lambda s, q: s.replace(b'"drawSize": "300"', b'"drawSize": NaN'), "refused", "NaN is not JSON"),
]


def _feed_ids() -> list[str]:
    return [name for name, *_ in FEED_CHANGES]


@pytest.fixture
def samples(feed_sample: Any) -> tuple[bytes, bytes]:
    return feed_sample(SAMPLE), feed_sample(QUIRKS)


def _check_reading(name: str, body: bytes, outcome: str, expected: Any) -> None:
    if outcome == "refused":
        with pytest.raises(FeedError) as refused:
            read_feed(body, TODAY)
        assert expected in str(refused.value) and "\n" not in str(refused.value), str(refused.value)
        return
    reading = read_feed(body, TODAY)
    got = {r.number: (r.date.isoformat(), r.program, r.invitations, r.lowest_crs) for r in reading.rounds}
    if outcome == "read":
        assert reading.skipped == [], reading.skipped
        for number, values in expected.items():
            assert got[number] == values, name
    else:
        [note] = reading.skipped
        assert expected in note and "\n" not in note, note
        assert len(got) == len(_rounds(body)) - 1


@pytest.mark.parametrize(("name", "change", "outcome", "expected"), FEED_CHANGES, ids=_feed_ids())
def test_the_real_samples_changed_are_read_skipped_with_a_note_or_refused(
        name: str, change: Any, outcome: str, expected: Any, samples: tuple[bytes, bytes]) -> None:
    _check_reading(name, change(*samples), outcome, expected)


@pytest.mark.parametrize(("name", "change", "outcome", "expected"), FEED_CHANGES, ids=_feed_ids())
def test_rounds_import_says_the_same_in_one_line_each(name: str, change: Any, outcome: str, expected: Any,
                                                     samples: tuple[bytes, bytes], tmp_path: pathlib.Path) -> None:
    body = change(*samples)
    path = tmp_path / "ee_rounds_123_en.json"
    path.write_bytes(body)
    done = cli("rounds-import", str(path))
    errors = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in errors, errors[-2000:]
    if outcome == "refused":
        line = one_error_line(done)
        assert line.startswith(f"error: {path}: ") and expected in line, line
        return
    assert done.returncode == 0, errors
    seed = strict_json(done.stdout)
    assert seed["source"].startswith("https://") and seed["rounds"]
    notes = errors.strip().splitlines()
    if outcome == "skipped":  # the round left out is said, never dropped without a word
        [note] = notes
        assert note.startswith("note: skipped rounds.1 ") and expected in note, note
        assert len(seed["rounds"]) == len(_rounds(body)) - 1
    else:
        assert notes == [], notes
        days = {(r["date"], r["program"], r["invitations"], r["lowest_crs"]) for r in seed["rounds"]}
        assert set(expected.values()) <= days


REFRESHED = ("drawCRS missing", "cp1252 bytes", "a byte order mark", "nested 100,000 deep", "HTML instead of JSON")


@pytest.mark.parametrize(("name", "change", "outcome", "expected"), [c for c in FEED_CHANGES if c[0] in REFRESHED],
                         ids=REFRESHED)
def test_rounds_refresh_from_a_file_says_the_same(name: str, change: Any, outcome: str, expected: Any,
                                                 samples: tuple[bytes, bytes], tmp_path: pathlib.Path) -> None:
    path = tmp_path / "ee_rounds_123_en.json"
    path.write_bytes(change(*samples))
    done = cli("rounds-refresh", "--file", str(path), env={"DATABASE_PATH": str(tmp_path / "bot.db")},
               cwd=tmp_path)
    if outcome == "refused":
        line = one_error_line(done, status=1)
        assert expected in line and line.endswith("the stored rounds are unchanged"), line
        return
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode()
    assert done.stdout.decode().startswith("stored ")
    if outcome == "skipped":
        assert "skipped 1 that made no sense" in done.stdout.decode()
        assert expected in done.stderr.decode()


# What a value may be rewritten as and still mean the same, and values that mean nothing: a fuzz with an oracle.
def _same(rng: random.Random, key: str, value: str) -> Any:
    if key == "drawSize":
        digits = value.replace(",", "")
        return rng.choice([value, value.replace(",", "\u00a0"), value.replace(",", " "),
                           value.replace(",", "\u202f"), digits, int(digits), f" {value} "])
    if key == "drawCRS":
        return rng.choice([value, int(value), f"{value}\u00a0", f" {value}"])
    if key == "drawDate":
        return rng.choice([value, f"{value}T10:08:20Z", f"{value} 10:08", f" {value} "])
    if key == "drawNumber":
        return rng.choice([value, f" {value} ", int(value) if value.isdigit() else value])
    return rng.choice([value, f"  {value}  ", value.replace(" ", "  ")])  # drawName


JUNK: dict[str, list[Any]] = {
    "drawSize": ["", "0", "-5", "5.000", "5,0,0,0,0,0,0,0,0,0", "abc", "1e3", "NaN", None, True, [], {}, 12.5,
                 "60,000", "1,000,000,000"],
    "drawCRS": ["", "0", "1,201", "-1", "470.5", "abc", None, False, [], 470.0],
    "drawDate": ["", "August 6, 2026", "06/08/2026", "2026-8-6", "2026-13-01", "2014-12-31", "2099-01-01",
                 "yesterday", None, 20260806, []],
    "drawNumber": ["", "0", "-1", "91 a", "a91", "91aa", "123456", None, True, 4.5, []],
    "drawName": ["", "   ", None, 5, [], "x" * 400],
}


def _encoded(rng: random.Random, feed: dict[str, Any]) -> bytes:
    """The feed as UTF-8, UTF-8 with a byte order mark, or cp1252 (where every character has a cp1252 byte)."""
    text = json.dumps(feed, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    way = rng.choice(["utf-8", "bom", "cp1252"])
    if way == "cp1252":
        try:
            return text.encode("cp1252")
        except UnicodeEncodeError:
            return json.dumps(feed).encode("cp1252")
    return (BOM if way == "bom" else b"") + text.encode()


def test_a_seeded_fuzz_of_the_samples_never_reads_a_round_wrong(samples: tuple[bytes, bytes]) -> None:
    """Each field of each round is rewritten in a way that means the same (kept, read the same) or given a value
    that means nothing, or dropped (the round skipped, its note naming the field); the feed, in UTF-8, cp1252 or
    with a byte order mark, is refused only when no round is left."""
    rng = random.Random(SEED)
    truth = {body: {r.number: r for r in read_feed(body, TODAY).rounds} for body in samples}
    outcomes = {"kept": 0, "skipped": 0, "refused": 0}
    for _ in range(600):
        body = rng.choice(samples)
        feed = json.loads(body)
        numbers = [str(row["drawNumber"]) for row in feed["rounds"]]
        junk: dict[int, set[str]] = {}
        for index, row in enumerate(feed["rounds"]):
            for key in rng.sample(sorted(JUNK), rng.randint(0, 3)):
                roll = rng.random()
                if roll < 0.15:
                    row[key] = rng.choice(JUNK[key])
                    junk.setdefault(index, set()).add(key)
                elif roll < 0.2:
                    del row[key]
                    junk.setdefault(index, set()).add(key)
                else:
                    row[key] = _same(rng, key, row[key])
        try:
            reading = read_feed(_encoded(rng, feed), TODAY)
        except FeedError as error:
            assert str(error).startswith("no round could be read") and len(junk) == len(numbers), str(error)
            outcomes["refused"] += 1
            continue
        kept = {numbers[index] for index in range(len(numbers)) if index not in junk}
        assert {r.number for r in reading.rounds} == kept
        for r in reading.rounds:
            expected = truth[body][r.number]
            assert (r.date, r.program, r.invitations, r.lowest_crs) == (
                expected.date, expected.program, expected.invitations, expected.lowest_crs), r
        outcomes["kept"] += len(kept)
        assert len(reading.skipped) == len(junk), reading.skipped
        for note in reading.skipped:
            index = int(re.match(r"rounds\.(\d+)", note).group(1))  # type: ignore[union-attr]
            assert any(key in note for key in junk[index]), (note, junk[index])
            assert "\n" not in note and len(note) < 200
        outcomes["skipped"] += len(junk)
    assert min(outcomes.values()) > 0, outcomes


# -- check, backup, rules, chat, rounds-refresh: odd arguments and paths ---------------------------------------
def _database(tmp_path: pathlib.Path) -> pathlib.Path:
    """A sound database made by the command itself."""
    db = tmp_path / "data" / "bot.db"
    assert cli("check", env={"DATABASE_PATH": str(db)}, cwd=tmp_path).returncode == 0
    return db


def _not_a_database(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 100)
    return path


@pytest.mark.parametrize("where", ["a directory", "not a database"])
def test_rules_with_a_database_that_cannot_be_read_exits_1_in_one_line(where: str, tmp_path: pathlib.Path) -> None:
    db = tmp_path if where == "a directory" else _not_a_database(tmp_path)
    for args, env in [(("rules", "--db", str(db)), {}), (("rules",), {"DATABASE_PATH": str(db)})]:
        done = cli(*args, env=env, cwd=tmp_path)
        assert one_error_line(done, status=1).startswith(f"error: rules: database {db}: "), args
        assert done.stdout == b""  # nothing half said


@pytest.mark.parametrize("args", [("rules", "--db", ""), ("backup", ""), ("rounds-import", ""),
                                  ("rounds-refresh", "--file", ""), ("rounds-refresh", "--url", ""),
                                  ("rounds-refresh", "--file", "x.json", "--french-file", "")])
def test_an_empty_path_or_address_is_refused_naming_the_argument(args: tuple[str, ...],
                                                                 tmp_path: pathlib.Path) -> None:
    """Never taken as the current folder, or as "not given" (which would read another database or the network)."""
    done = cli(*args, cwd=tmp_path,
               env={"DATABASE_PATH": str(tmp_path / "bot.db"), "ROUNDS_FEED_URL": "http://127.0.0.1:9/x_en.json"})
    name = {"rules": "--db", "backup": "path", "rounds-import": "file"}.get(args[0], args[-2])
    assert f"argument {name}: " in argparse_error(done)


def test_a_french_file_without_the_english_one_is_refused_naming_it(samples: tuple[bytes, bytes],
                                                                    tmp_path: pathlib.Path) -> None:
    french = tmp_path / "ee_rounds_123_fr.json"
    french.write_bytes(samples[0])
    done = cli("rounds-refresh", "--french-file", str(french), cwd=tmp_path,
               env={"DATABASE_PATH": str(tmp_path / "bot.db"), "ROUNDS_FEED_URL": "http://127.0.0.1:9/x_en.json"})
    assert one_error_line(done).startswith("error: --french-file: ")


@pytest.mark.parametrize(("args", "problem"), [
    (("--file", "{tmp}"), "Is a directory"),
    (("--file", "{tmp}/missing/ee_rounds_123_en.json"), "No such file or directory"),
    (("--file", "{sample}", "--french-file", "{tmp}"), "Is a directory"),
])
def test_rounds_refresh_from_a_path_that_is_no_file_exits_1_in_one_line(
        args: tuple[str, ...], problem: str, samples: tuple[bytes, bytes], tmp_path: pathlib.Path) -> None:
    sample = tmp_path / "sample.json"
    sample.write_bytes(samples[0])
    argv = [a.format(tmp=tmp_path, sample=sample) for a in args]
    done = cli("rounds-refresh", *argv, env={"DATABASE_PATH": str(tmp_path / "bot.db")}, cwd=tmp_path)
    assert problem in one_error_line(done, status=1)


@pytest.mark.parametrize(("path", "problem"), [("{tmp}", "is a folder, not a file"),
                                               ("{notes}", "not a SQLite database"),
                                               ("/proc/self/missing/bot.db", "cannot create its folder")])
def test_check_with_odd_database_paths_exits_1_in_one_line(path: str, problem: str,
                                                           tmp_path: pathlib.Path) -> None:
    if path.startswith("/proc") and not pathlib.Path("/proc/self").exists():
        pytest.skip("needs /proc (Linux)")
    db = path.format(tmp=tmp_path, notes=_not_a_database(tmp_path))
    done = cli("check", env={"DATABASE_PATH": db}, cwd=tmp_path)
    assert problem in one_error_line(done, status=1)


def test_check_creates_a_missing_parent(tmp_path: pathlib.Path) -> None:
    db = tmp_path / "a" / "b" / "bot.db"
    done = cli("check", env={"DATABASE_PATH": str(db)}, cwd=tmp_path)
    assert done.returncode == 0 and db.exists() and b"all checks passed" in done.stdout


@pytest.mark.parametrize(("target", "status", "said"), [
    ("{tmp}/a/b/copy.db", 0, "written to"),  # a missing parent is made
    ("{tmp}", 1, "already exists"),
    ("{tmp} --force", 1, "Is a directory"),
    ("{db}", 1, "is the live database"),
    ("{db}-wal --force", 1, "-wal file"),
    ("/proc/version --force", 1, "error: backup of"),  # a path that cannot be written (even by root)
])
def test_backup_to_odd_paths(target: str, status: int, said: str, tmp_path: pathlib.Path) -> None:
    db = _database(tmp_path)
    if target.startswith("/proc") and not pathlib.Path("/proc/version").exists():
        pytest.skip("needs /proc (Linux)")
    args = target.format(tmp=tmp_path, db=db).split()
    done = cli("backup", *args, env={"DATABASE_PATH": str(db)}, cwd=tmp_path)
    if status == 0:
        assert done.returncode == 0 and said in done.stdout.decode(), done.stderr.decode()
        assert (tmp_path / "a" / "b" / "copy.db").stat().st_size > 0
    else:
        assert said in one_error_line(done, status=1)


def test_backup_with_no_database_exits_1_in_one_line(tmp_path: pathlib.Path) -> None:
    done = cli("backup", str(tmp_path / "copy.db"), env={"DATABASE_PATH": str(tmp_path / "none" / "bot.db")},
               cwd=tmp_path)
    assert "there is no database at" in one_error_line(done, status=1)


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "2101-01-01", "1949-12-31"])
def test_chat_on_a_day_no_profile_can_have_is_refused_naming_the_option(day: str, tmp_path: pathlib.Path) -> None:
    """The profile's application day lies between 1950 and 2100: a chat on another day could never reach a
    verdict ("some answers are missing" again and again)."""
    done = cli("chat", "--as-of", day, stdin=b"", env={"DATABASE_PATH": str(tmp_path / "bot.db")}, cwd=tmp_path)
    assert "argument --as-of: must be between 1950-01-01 and 2100-12-31" in argparse_error(done)
    assert not (tmp_path / "bot.db").exists()


@pytest.mark.parametrize("day", ["1950-01-01", "2100-12-31"])
def test_chat_on_the_first_and_last_days_it_allows(day: str, tmp_path: pathlib.Path) -> None:
    done = cli("chat", "--as-of", day, "--lang", "en", stdin=b"no\nyes\n",
               env={"DATABASE_PATH": str(tmp_path / "bot.db")}, cwd=tmp_path)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode()


def test_chat_typed_in_another_encoding_goes_on(tmp_path: pathlib.Path) -> None:
    """Bytes that are not UTF-8 (a terminal set to Latin-1) under a strict UTF-8 locale: read as replacement
    characters, the conversation goes on."""
    done = cli("chat", "--lang", "en", stdin=b"caf\xe9\nno\nyes\ncuisini\xe8re\n",
               env={"DATABASE_PATH": str(tmp_path / "bot.db"), "PYTHONIOENCODING": "utf-8"}, cwd=tmp_path)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr.decode()[-2000:]
    assert "what was your job title?" in done.stdout.decode()


def test_chat_with_no_standard_input_exits_2_in_one_line(tmp_path: pathlib.Path) -> None:
    done = cli("chat", close_stdin=True, env={"DATABASE_PATH": str(tmp_path / "bot.db")}, cwd=tmp_path)
    assert "standard input" in one_error_line(done)


# -- the output: closed, or a disk that is full -----------------------------------------------------------------
def _closed_stdout() -> None:
    os.close(1)


@pytest.mark.parametrize("args", [("assess", "--jsonl", str(S01)), ("noc", "--jsonl"), ("rules",)])
def test_no_standard_output_exits_2_in_one_line(args: tuple[str, ...]) -> None:
    done = subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, input=b'{"q": "cook"}\n',
                          stderr=subprocess.PIPE, timeout=60, preexec_fn=_closed_stdout)
    assert "standard output" in one_error_line(done)


@pytest.mark.skipif(not pathlib.Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [("assess", "--jsonl", str(S01)), ("assess", str(S01)),
                                  ("assess", "--jsonl", "--workers", "2", "{many}"), ("noc", "--jsonl"),
                                  ("noc", "cook")])
def test_a_full_disk_for_the_output_exits_1_in_one_line(args: tuple[str, ...], tmp_path: pathlib.Path) -> None:
    many = tmp_path / "many.jsonl"
    many.write_bytes((PERSONA + b"\n") * 300)
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "bot", *(a.format(many=many) for a in args)], cwd=ROOT,
                              input=b'{"q": "cook"}\n', stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert one_error_line(done, status=1) == f"error: {args[0]}: No space left on device"
