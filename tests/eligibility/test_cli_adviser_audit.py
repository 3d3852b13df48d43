"""An adviser's audit of `cec-screener assess`: profiles as spreadsheets and case-management tools export them.

Each case is a file as such a tool writes it (numbers as text, other date formats, a byte order mark, CRLF,
trailing commas, empty strings or null for "none", unknown or re-cased keys, French text, UTF-16, a JSON array,
duplicated keys, scores out of range, future dates, no as_of, an expired test, 20 jobs ...), with what the
contract (shared/reference/profile-contract.md) says must happen, written before the command was run:

- accepted: exit 0 and the verdict, qualifying hours, CLB and CRS worked out by hand from RULES.md;
- refused: exit 2, nothing on standard output, one line `error: FIELD: ...` on standard error, no traceback;
  with `--jsonl` the same problem as `{"error": "line N: FIELD: ..."}` on its own line, the others answered.

Where the contract is silent the strict reading is kept (a number given as text, null for a field that is not
nullable, a date not written YYYY-MM-DD, an integer written 2.0: refused, naming the field and saying plainly
what to write instead). The cases run in this process through `main()`; the streams, the options, pipes and
Ctrl-C are checked on the real process.
"""

from __future__ import annotations

import codecs
import copy
import datetime as dt
import json
import os
import pathlib
import signal
import subprocess
import sys
from typing import Any

import pytest

from bot.command_line.main import main

ROOT = pathlib.Path(__file__).resolve().parents[2]
S01_PATH = ROOT / "tests" / "fixtures" / "personas" / "s01_single_bachelor_clb9.json"
S01: dict[str, Any] = json.loads(S01_PATH.read_text(encoding="utf-8"))
BOM = codecs.BOM_UTF8


# -- the profiles, as exported ---------------------------------------------------------------------------------
def changed(base: dict[str, Any] | None = None, **paths: Any) -> dict[str, Any]:
    """A copy of S01 (or `base`) with values replaced at paths like `jobs__0__hours_per_week`; DROP removes."""
    data = copy.deepcopy(base if base is not None else S01)
    for path, value in paths.items():
        *parents, last = path.split("__")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        key: Any = int(last) if last.isdigit() else last
        if value is DROP:
            del node[key]
        else:
            node[key] = value
    return data


DROP = object()


def line(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def pretty(data: Any, *, crlf: bool = False, bom: bool = False, indent: str | int = 2) -> bytes:
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    if crlf:
        text = text.replace("\n", "\r\n")
    return (BOM if bom else b"") + text.encode("utf-8")


def raw_swap(data: dict[str, Any], old: str, new: str) -> bytes:
    """The profile as one line with a piece of its text swapped (for what json.dumps cannot write)."""
    text = json.dumps(data, ensure_ascii=False)
    assert old in text, old
    return text.replace(old, new, 1).encode("utf-8")


S01_RESULT = {"verdict": "eligible", "qualifying_hours": 1937, "required_clb": 7, "eligible_on": None,
              "crs": (470, 394, 0, 76, 0)}  # RULES.md's worked example

# A TEER 2 mechanic with a trade certificate: 2024-01-01 to 2025-12-31 (731 days, the last one included) at 30 h
# = 3,132.9 h; CELPIP 6 in all four = CLB 6 (CLB 5 needed for TEER 2). CRS (single, 35 on 2026-11-27): age 77,
# secondary 30, CLB 6 x 4 = 36, 2 years of Canadian work 53 -> core 196; certificate x CLB 5+ (one under 7) 25.
MECHANIC = {
    "as_of": "2026-11-27", "birth_date": "1991-05-01", "marital_status": "divorced",
    "jobs": [{"noc": "72410", "start": "2024-01-01", "end": "2025-12-31", "hours_per_week": 30}],
    "language_tests": [{"test": "celpip_general", "date": "2025-03-01", "listening": 6, "reading": 6,
                        "writing": 6, "speaking": 6}],
    "education": {"level": "secondary", "in_canada": True, "eca": False, "canadian_credential": "none"},
    "certificate_of_qualification": True,
}
MECHANIC_RESULT = {"verdict": "eligible", "qualifying_hours": 3133, "required_clb": 5, "eligible_on": None,
                   "crs": (221, 196, 0, 25, 0)}

# A cook (TEER 3) in Montréal who will live in Ontario, French only: ongoing since 2023-01-01 at 30 h; the window
# [2023-11-27, 2026-11-27) holds 1,096 days = 4,697.1 h. TEF Canada 470/440/430/460 = NCLC 8/7/7/7. CRS (single,
# 31): age 99, two-year Canadian diploma 98, first language 23 + 17 x 3 = 74, 3 years of Canadian work (6,111 h
# since 2023-01-01) 64 -> core 335; education x NCLC 7+ 13 + education x 2+ years Canadian work 25 = 38;
# Canadian credential of one or two years 15 + French NCLC 7+ with no English test 25 = 40. Total 413.
FRENCH_COOK = {
    "as_of": "2026-11-27", "birth_date": "1995-01-15", "marital_status": "single",
    "intends_to_live_in_quebec": False,
    "jobs": [{"noc": "63200", "start": "2023-01-01", "end": None, "hours_per_week": 30}],
    "language_tests": [{"test": "tef_canada", "date": "2026-01-10", "listening": 470, "reading": 440,
                        "writing": 430, "speaking": 460}],
    "education": {"level": "two_year", "in_canada": True, "eca": False, "canadian_credential": "one_or_two_year"},
}
FRENCH_COOK_RESULT = {"verdict": "eligible", "qualifying_hours": 4697, "required_clb": 5, "eligible_on": None,
                      "crs": (413, 335, 0, 38, 40)}

# 20 jobs held at once through 2025 at 3 h a week each, alternately NOC 21232 (TEER 1) and 72410 (TEER 2): 60 h a
# week capped at 30, so 365 days x 30 / 7 = 1,564.3 h, split evenly: 782.1 h per occupation, an exact tie, which
# requires CLB 7 (RULES.md 1, said in a warning). CRS as S01: 1 year of Canadian work, the same 470.
TWENTY_JOBS = changed(jobs=[{"noc": ("21232", "72410")[i % 2], "start": "2025-01-01", "end": "2025-12-31",
                             "hours_per_week": 3} for i in range(20)])
TWENTY_JOBS_RESULT = {"verdict": "eligible", "qualifying_hours": 1564, "required_clb": 7, "eligible_on": None,
                      "crs": (470, 394, 0, 76, 0), "warnings": ["language_tie"]}

# S01 whose IELTS of 2024-06-01 expired on 2026-06-01: no language points, the language criterion unmet.
# CRS: 110 + 120 + 0 + 40 = 270; education x Canadian work 13 + foreign x Canadian work 13 = 26. Total 296.
EXPIRED_RESULT = {"verdict": "not_eligible", "qualifying_hours": 1937, "required_clb": 7, "eligible_on": None,
                  "crs": (296, 270, 0, 26, 0), "unmet": ["language"]}

# S01 applying on 2027-03-01 (a planned day): [2024-03-01, 2027-03-01) holds 546 days of the job = 2,340 h; still
# 29, test still valid: 470.
PLANNED_RESULT = {"verdict": "eligible", "qualifying_hours": 2340, "required_clb": 7, "eligible_on": None,
                  "crs": (470, 394, 0, 76, 0)}

# No Canadian work counting: 110 + 120 + 124 + 0 = 354; education x CLB 9+ 25 + foreign x CLB 9+ 25 = 50.
NO_WORK_CRS = (404, 354, 0, 50, 0)
# A job that starts after as_of is not ongoing: no hours, no CLB, no date (contract: "an ongoing qualifying job").
FUTURE_JOB_RESULT = {"verdict": "not_eligible", "qualifying_hours": 0, "required_clb": None, "eligible_on": None,
                     "crs": NO_WORK_CRS, "unmet": ["work_experience"]}
# An ongoing job at 0 h a week never reaches 1,560 h.
ZERO_HOURS_RESULT = FUTURE_JOB_RESULT
# Part time, 20 h a week since 2026-06-01: 179 days = 511.4 h; 1,560 h after 546 days, on 2027-11-29, after the
# test expires (2027-06-01): said in a warning (RULES.md 1).
PART_TIME_RESULT = {"verdict": "not_yet_eligible", "qualifying_hours": 511, "required_clb": 7,
                    "eligible_on": "2027-11-29", "crs": NO_WORK_CRS, "unmet": ["work_experience"],
                    "warnings": ["test_expires_before_eligible"]}


def _today_result() -> dict[str, Any]:
    """S01 without as_of: the application day is today."""
    today = dt.date.today()
    days = (today - dt.date(2025, 9, 1)).days
    result: dict[str, Any] = {"verdict": "eligible", "qualifying_hours": round(days * 30 / 7), "required_clb": 7,
                              "eligible_on": None, "as_of": today.isoformat()}
    if today < dt.date(2027, 3, 10) and days * 30 / 7 < 3120:  # still 29, still one year of Canadian work
        result["crs"] = (470, 394, 0, 76, 0)
    return result


# The result of a profile without as_of, worked out when it is checked rather than when the tests are collected: a
# run that crosses midnight (CI on a fresh clone at 23:51 UTC) had the day before's 1,976 hours against 1,980
TODAY_RESULT: dict[str, Any] = {"today": True}


def err(field: str, *words: str) -> dict[str, Any]:
    return {"error": field, "words": words}


NOTES_FR = "Client très motivé ; épouse arrivée à Montréal"
CASES: list[tuple[str, bytes, dict[str, Any]]] = [
    # accepted, the same result as S01
    ("excel on windows: BOM, CRLF, tabs", pretty(S01, crlf=True, bom=True, indent="\t"), S01_RESULT),
    ("BOM on one line", BOM + line(S01), S01_RESULT),
    ("null for optional fields", line(changed(spouse=None, age=None, jobs__0__teer=None,
                                              jobs__0__full_time_student_until=None)), S01_RESULT),
    ("every default written out", line(changed(
        intends_to_live_in_quebec=False, certificate_of_qualification=False, provincial_nomination=False,
        sibling_in_canada=False, jobs__0__in_canada=True, jobs__0__paid=True, jobs__0__self_employed=False,
        jobs__0__full_time_student=False, jobs__0__authorized=True)), S01_RESULT),
    ("age instead of birth date", line(changed(birth_date=DROP, age=29)), S01_RESULT),
    ("teer instead of noc", line(changed(jobs__0__noc=None, jobs__0__teer=1)), S01_RESULT),
    ("noc and its teer", line(changed(jobs__0__teer=1)), S01_RESULT),
    ("whole numbers as 40.0 and IELTS as 8",
     raw_swap(changed(language_tests__0__listening=8), '"hours_per_week": 40', '"hours_per_week": 40.0'),
     S01_RESULT),
    ("a spouse filled in for a single person", line(changed(spouse={"accompanying": True, "education": "master"})),
     S01_RESULT),
    ("keys sorted", json.dumps(S01, sort_keys=True).encode(), S01_RESULT),
    ("a duplicated key with the same value",
     raw_swap(S01, '"hours_per_week": 40', '"hours_per_week": 40, "hours_per_week": 40.0'), S01_RESULT),
    # a key given twice with different values cannot be read one way (the JSON parser would keep the last)
    ("a duplicated key with two values", raw_swap(S01, '"hours_per_week": 40',
                                                  '"hours_per_week": 20, "hours_per_week": 40'),
     err("hours_per_week", "given twice", "20, then 40")),
    ("a duplicated object", raw_swap(S01, '"education": {', '"education": {"level": "master"}, "education": {'),
     err("education", "given twice")),
    ("a contract that ends after as_of", line(changed(jobs__0__end="2027-08-31")), S01_RESULT),
    ("20 MB of indentation", pretty(S01, indent=" " * 357_000), S01_RESULT),  # beyond 64 MB: refused, below
    # accepted, worked out by hand
    ("mechanic with a trade certificate", line(MECHANIC), MECHANIC_RESULT),
    ("french cook, TEF only", pretty(FRENCH_COOK, crlf=True, bom=True), FRENCH_COOK_RESULT),
    ("20 jobs at once", line(TWENTY_JOBS), TWENTY_JOBS_RESULT),
    ("a test older than 2 years", line(changed(language_tests__0__date="2024-06-01")), EXPIRED_RESULT),
    ("as_of a planned day", line(changed(as_of="2027-03-01")), PLANNED_RESULT),
    ("as_of missing: today", line(changed(as_of=DROP)), TODAY_RESULT),
    ("only a job that starts next year", line(changed(jobs__0__start="2027-01-04")), FUTURE_JOB_RESULT),
    ("an ongoing job at 0 h a week", line(changed(jobs__0__hours_per_week=0)), ZERO_HOURS_RESULT),
    ("part time, not yet", line(changed(jobs__0__start="2026-06-01", jobs__0__hours_per_week=20)),
     PART_TIME_RESULT),
    # numbers as text, or written another way
    ("hours as text", line(changed(jobs__0__hours_per_week="40")), err("jobs[0].hours_per_week", "number")),
    ("IELTS band as text", line(changed(language_tests__0__reading="7.5")),
     err("language_tests[0].reading", "number")),
    ("IELTS band with a French decimal comma", line(changed(language_tests__0__listening="7,5")),
     err("language_tests[0].listening", "number")),
    ("hours with a unit", line(changed(jobs__0__hours_per_week="40 h")), err("jobs[0].hours_per_week", "number")),
    ("age as text", line(changed(birth_date=DROP, age="29")), err("age", "number")),
    ("years written 2.0", raw_swap(S01, '"foreign_work_years": 2', '"foreign_work_years": 2.0'),
     err("foreign_work_years", "whole number")),
    ("years as text", line(changed(foreign_work_years="2")), err("foreign_work_years", "number")),
    ("pandas NaN for an empty cell", raw_swap(changed(birth_date=DROP, age=29), '"age": 29', '"age": NaN'),
     err("age")),
    ("noc as a number", line(changed(jobs__0__noc=21232)), err("jobs[0].noc", "5-digit")),
    ("noc 00012 whose zeros a spreadsheet dropped", line(changed(jobs__0__noc=12)), err("jobs[0].noc", "5-digit")),
    ("noc 00012 as text without its zeros", line(changed(jobs__0__noc="12")), err("jobs[0].noc", "5-digit")),
    ("noc with .0", line(changed(jobs__0__noc="21232.0")), err("jobs[0].noc", "5-digit")),
    ("negative hours", line(changed(jobs__0__hours_per_week=-40)), err("jobs[0].hours_per_week")),
    # booleans
    ('"true" as text', line(changed(jobs__0__in_canada="true")), err("jobs[0].in_canada")),
    ('"Yes"', line(changed(intends_to_live_in_quebec="Yes")), err("intends_to_live_in_quebec")),
    ("1 for true", line(changed(provincial_nomination=1)), err("provincial_nomination")),
    # dates
    ("as_of DD/MM/YYYY", line(changed(as_of="27/11/2026")), err("as_of", "YYYY-MM-DD")),
    ("birth date YYYY/MM/DD", line(changed(birth_date="1997/03/10")), err("birth_date", "YYYY-MM-DD")),
    ("start MM/DD/YYYY", line(changed(jobs__0__start="09/01/2025")), err("jobs[0].start", "YYYY-MM-DD")),
    ("as_of with a time", line(changed(as_of="2026-11-27T00:00:00")), err("as_of", "YYYY-MM-DD")),
    ("test date with a time and Z", line(changed(language_tests__0__date="2025-06-01T00:00:00Z")),
     err("language_tests[0].date", "YYYY-MM-DD")),
    ("test date as an Excel serial number", line(changed(language_tests__0__date=45809)),
     err("language_tests[0].date", "YYYY-MM-DD")),
    # pydantic reads a string of digits as a Unix timestamp: "1748736000" was taken for 2025-06-01 (fixed)
    ("test date as a Unix timestamp in text", line(changed(language_tests__0__date=str(int(dt.datetime(
        2025, 6, 1, tzinfo=dt.UTC).timestamp())))), err("language_tests[0].date", "YYYY-MM-DD")),
    ("as_of as a timestamp in milliseconds", line(changed(as_of="1795737600000")), err("as_of", "YYYY-MM-DD")),
    ("start as YYYYMMDD", line(changed(jobs__0__start="20250901")), err("jobs[0].start", "YYYY-MM-DD")),
    ("test date in words", line(changed(language_tests__0__date="June 1, 2025")),
     err("language_tests[0].date", "YYYY-MM-DD")),
    ("as_of with a trailing space", line(changed(as_of="2026-11-27 ")), err("as_of", "YYYY-MM-DD")),
    # JSON a hand or a tool got wrong
    ("trailing comma after the last field", pretty(S01).replace(b'"none"\n  }\n}', b'"none"\n  },\n}'),
     err("profile", "not valid JSON")),
    ("trailing comma in the jobs", raw_swap(S01, '}], "foreign', '},], "foreign'),
     err("profile", "not valid JSON")),
    ("comments", b"// client 17\n" + pretty(S01), err("profile", "not valid JSON")),
    ("a Python dict", repr(S01).encode(), err("profile", "not valid JSON")),
    ("two profiles in one file", line(S01) + b"\n" + line(S01), err("profile", "--jsonl")),
    ("a JSON array of one profile", line([S01]), err("profile", "array", "--jsonl")),
    ("Excel 'Unicode text': UTF-16", json.dumps(S01).encode("utf-16"), err("profile", "UTF-16")),
    ("Latin-1 accents", line(changed(notes=NOTES_FR)).decode().encode("latin-1"), err("profile", "UTF-8")),
    ("an empty object", b"{}", err("birth_date")),
    # empty strings and null for "none"
    ('end ""', line(changed(jobs__0__end="")), err("jobs[0].end")),
    ('noc "" beside its teer', line(changed(jobs__0__noc="", jobs__0__teer=1)), err("jobs[0].noc")),
    ('spouse ""', line(changed(spouse="")), err("spouse")),
    ('as_of ""', line(changed(as_of="")), err("as_of")),
    ('marital_status ""', line(changed(marital_status="")), err("marital_status")),
    ('canadian_credential ""', line(changed(education__canadian_credential="")),
     err("education.canadian_credential")),
    ("null for a yes/no", line(changed(intends_to_live_in_quebec=None)), err("intends_to_live_in_quebec")),
    ("null for the jobs", line(changed(jobs=None)), err("jobs")),
    ("null for as_of", line(changed(as_of=None)), err("as_of")),
    ("null for a score", line(changed(language_tests__0__speaking=None)), err("language_tests[0].speaking")),
    # unknown fields, other cases, French
    ("a client id", line({"client_id": "A-0017", **S01}), err("client_id")),
    ("notes in French", line(changed(notes=NOTES_FR)), err("notes")),
    ("As_Of", line({("As_Of" if k == "as_of" else k): v for k, v in S01.items()}), err("As_Of")),
    ("Hours_Per_Week", raw_swap(S01, '"hours_per_week"', '"Hours_Per_Week"'), err("jobs[0].Hours_Per_Week")),
    ("BIRTH_DATE", raw_swap(S01, '"birth_date"', '"BIRTH_DATE"'), err("BIRTH_DATE")),
    ('"Single"', line(changed(marital_status="Single")), err("marital_status")),
    ('"IELTS_General"', line(changed(language_tests__0__test="IELTS_General")), err("language_tests[0].test")),
    ("a key in French", line({"état_civil": "célibataire", **S01}), err("état_civil")),
    ('"marié"', line(changed(marital_status="marié")), err("marital_status")),
    ('"baccalauréat"', line(changed(education__level="baccalauréat")), err("education.level")),
    ('"TCF Québec"', line(changed(language_tests__0__test="TCF Québec")),
     err("language_tests[0].test", "not accepted for Express Entry")),
    # scores out of range
    ("IELTS 9.5", line(changed(language_tests__0__listening=9.5)), err("language_tests[0].listening")),
    ("IELTS 6.25", line(changed(language_tests__0__writing=6.25)), err("language_tests[0].writing")),
    ("IELTS as a percentage", line(changed(language_tests__0__listening=75)), err("language_tests[0].listening")),
    ("PTE Core 9", line(changed(language_tests__0={"test": "pte_core", "date": "2025-06-01", "listening": 9,
                                                   "reading": 80, "writing": 80, "speaking": 80})),
     err("language_tests[0].listening")),
    ("TCF writing 21", line(changed(language_tests__0={"test": "tcf_canada", "date": "2025-06-01",
                                                       "listening": 500, "reading": 500, "writing": 21,
                                                       "speaking": 12})), err("language_tests[0].writing")),
    ("TEF 700", line(changed(language_tests__0={"test": "tef_canada", "date": "2025-06-01", "listening": 500,
                                                "reading": 500, "writing": 500, "speaking": 700})),
     err("language_tests[0].speaking")),
    ("CELPIP -1", line(changed(language_tests__0={"test": "celpip_general", "date": "2025-06-01",
                                                  "listening": 9, "reading": -1, "writing": 9, "speaking": 9})),
     err("language_tests[0].reading")),
    # future and far dates, sizes
    ("a test taken after as_of", line(changed(language_tests__0__date="2026-12-15")),
     err("language_tests[0].date")),
    ("born after as_of", line(changed(birth_date="2027-03-10")), err("birth_date")),
    ("as_of in 2101", line(changed(as_of="2101-01-01")), err("as_of")),
    ("51 jobs", line(changed(jobs=S01["jobs"] * 51)), err("jobs")),
    ("jobs as one object", line(changed(jobs=S01["jobs"][0])), err("jobs")),
    ("education as a word", line(changed(education="bachelor")), err("education")),
]
IDS = [name for name, _, _ in CASES]


def check_result(result: dict[str, Any], expected: dict[str, Any]) -> None:
    if expected is TODAY_RESULT:
        expected = _today_result()
    for key in ("verdict", "qualifying_hours", "required_clb", "eligible_on", "as_of"):
        if key in expected:
            assert result[key] == expected[key], (key, result[key], expected[key])
    if "crs" in expected:
        crs = result["crs"]
        assert (crs["total"], crs["core"], crs["spouse"], crs["transferability"], crs["additional"]) \
            == expected["crs"], crs
    unmet = sorted(c["id"] for c in result["criteria"] if not c["met"])
    assert unmet == sorted(expected.get("unmet", [])), unmet
    warnings = {w["id"] for w in result.get("warnings", [])}
    assert set(expected.get("warnings", [])) <= warnings, warnings


def check_error(problem: str, expected: dict[str, Any]) -> None:
    """`problem` ("FIELD: what is wrong") names the field first and says what `words` say, on one short line."""
    assert problem.startswith(expected["error"] + ": "), problem
    assert "\n" not in problem and len(problem) <= 300, problem
    assert "Traceback" not in problem and "errors.pydantic.dev" not in problem, problem
    for word in expected["words"]:
        assert word in problem, (word, problem)


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=IDS)
def test_an_exported_profile_gives_its_result_or_one_line_naming_the_field(
        name: str, body: bytes, expected: dict[str, Any], tmp_path: pathlib.Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "client.json"
    path.write_bytes(body)
    status = main(["assess", str(path)])
    out, errors = capsys.readouterr()
    if "error" in expected:
        assert (status, out) == (2, ""), (status, out[:300])
        [message] = errors.splitlines()
        assert message.startswith("error: "), message
        check_error(message.removeprefix("error: "), expected)
    else:
        assert (status, errors) == (0, ""), errors
        check_result(json.loads(out), expected)


# -- the real process: a batch, the streams, the options -------------------------------------------------------
def cli(*args: str, stdin: bytes | None = b"", env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "bot", "assess", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=timeout, env={**os.environ, **(env or {})})


ONE_LINE_CASES = [(name, body, expected) for name, body, expected in CASES
                  if b"\n" not in body and len(body) < 100_000 and not name.startswith("Excel 'Unicode")]


def _batch() -> tuple[bytes, list[tuple[int, dict[str, Any]]]]:
    """Every one-line case, three times (more than two chunks of 64 lines), CRLF line ends, a blank line now and
    then: the file's bytes, and (line number, expectation) for each line that is not blank."""
    lines: list[bytes] = []
    expected: list[tuple[int, dict[str, Any]]] = []
    for round_ in range(3):
        for index, (_, body, expect) in enumerate(ONE_LINE_CASES):
            if index % 17 == 3:
                lines.append(b"" if round_ else b"  \t")
            lines.append(body)
            expected.append((len(lines), expect))
    return b"\r\n".join(lines) + b"\r\n", expected


def test_a_batch_of_exports_is_answered_line_by_line_in_one_process_or_two(tmp_path: pathlib.Path) -> None:
    body, expected = _batch()
    assert len(expected) > 128
    path = tmp_path / "clients.jsonl"
    path.write_bytes(body)
    one = cli("--jsonl", "--workers", "1", str(path))
    two = cli("--jsonl", "--workers", "2", str(path))
    piped = cli("--jsonl", "--workers", "2", "-", stdin=body)
    for done in (one, two, piped):
        assert (done.returncode, done.stderr) == (0, b""), done.stderr.decode()[-2000:]
    assert one.stdout == two.stdout == piped.stdout
    written = one.stdout.decode("utf-8").splitlines()
    assert len(written) == len(expected)
    for text, (number, expect) in zip(written, expected, strict=True):
        result = json.loads(text)
        if "error" in expect:
            assert list(result) == ["error"], text[:300]
            assert result["error"].startswith(f"line {number}: "), result["error"]
            check_error(result["error"].removeprefix(f"line {number}: "), expect)
        else:
            check_result(result, expect)


def test_a_json_array_given_to_jsonl_is_an_error_per_line_and_the_run_goes_on(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "clients.json"
    path.write_bytes(line([S01, MECHANIC]) + b"\n" + line(FRENCH_COOK) + b"\n")
    done = cli("--jsonl", str(path))
    assert (done.returncode, done.stderr) == (0, b"")
    first, second = (json.loads(text) for text in done.stdout.decode().splitlines())
    check_error(first["error"].removeprefix("line 1: "), err("profile", "array"))
    check_result(second, FRENCH_COOK_RESULT)


def test_a_pretty_printed_array_given_to_jsonl_says_each_line_and_exits_0(tmp_path: pathlib.Path) -> None:
    body = pretty([S01, MECHANIC])
    done = cli("--jsonl", "-", stdin=body)
    assert (done.returncode, done.stderr) == (0, b"")
    written = [json.loads(text) for text in done.stdout.decode().splitlines()]
    assert len(written) == body.count(b"\n") + 1
    assert all(list(result) == ["error"] and result["error"].startswith(f"line {number}: profile: ")
               for number, result in enumerate(written, start=1))


def test_a_file_and_standard_input_give_the_same_bytes(tmp_path: pathlib.Path) -> None:
    body = pretty(FRENCH_COOK, crlf=True, bom=True)
    path = tmp_path / "client.json"
    path.write_bytes(body)
    from_file = cli(str(path))
    from_stdin = cli("-", stdin=body)
    default = cli(stdin=body)
    assert from_file.returncode == from_stdin.returncode == default.returncode == 0
    assert from_file.stdout == from_stdin.stdout == default.stdout
    check_result(json.loads(from_file.stdout), FRENCH_COOK_RESULT)


def test_french_output_has_the_same_figures_in_french(tmp_path: pathlib.Path) -> None:
    body = line(FRENCH_COOK)
    english = json.loads(cli("-", stdin=body).stdout)
    french_done = cli("--lang", "fr", "-", stdin=body)
    assert french_done.returncode == 0, french_done.stderr.decode()
    french = json.loads(french_done.stdout.decode("utf-8"))
    check_result(french, FRENCH_COOK_RESULT)
    assert french["crs"] == english["crs"]
    work = next(c for c in french["criteria"] if c["id"] == "work_experience")["explanation"]
    assert "heures" in work and "4 697" in work.replace("\u202f", " ").replace("\xa0", " "), work
    text = cli("--lang", "fr", "--format", "text", "-", stdin=body)
    assert text.returncode == 0 and "admissible" in text.stdout.decode("utf-8").lower()


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_the_json_is_utf8_whatever_the_encoding_of_the_output(encoding: str) -> None:
    """A Windows machine writes a redirected standard output in its code page: JSON is UTF-8 (RFC 8259), and a
    character the code page lacks must not stop the run with a traceback."""
    body = line(FRENCH_COOK)
    done = cli("--lang", "fr", "-", stdin=body, env={"PYTHONIOENCODING": encoding})
    assert (done.returncode, done.stderr) == (0, b""), done.stderr.decode()[-1000:]
    assert done.stdout == cli("--lang", "fr", "-", stdin=body, env={"PYTHONIOENCODING": "utf-8"}).stdout
    batch = cli("--lang", "fr", "--jsonl", "-", stdin=body + b"\n" + line(changed(notes=NOTES_FR)) + b"\n",
                env={"PYTHONIOENCODING": encoding})
    assert (batch.returncode, batch.stderr) == (0, b""), batch.stderr.decode()[-1000:]
    results = [json.loads(text) for text in batch.stdout.decode("utf-8").splitlines()]
    check_result(results[0], FRENCH_COOK_RESULT)
    assert results[1] == {"error": "line 2: notes: " + results[1]["error"].split("notes: ", 1)[1]}


def test_an_error_naming_a_french_key_is_readable_whatever_the_encoding() -> None:
    done = cli("-", stdin=line({"état_civil": "célibataire", **S01}), env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 2 and done.stdout == b""
    [message] = done.stderr.decode("utf-8").splitlines()
    assert message.startswith("error: ") and "tat_civil" in message and "Traceback" not in message


def test_help_names_the_options_an_adviser_needs() -> None:
    done = cli("--help")
    assert done.returncode == 0 and done.stderr == b""
    text = done.stdout.decode()
    for option in ("--jsonl", "--lang", "--format", "--workers", "--chart", "--out", "stdin"):
        assert option in text, option
    top = subprocess.run([sys.executable, "-m", "bot", "--help"], cwd=ROOT, capture_output=True, timeout=60)
    assert top.returncode == 0 and b"assess" in top.stdout


@pytest.mark.parametrize("args", [("--jsonl", "--workers", "1"), ("--jsonl", "--workers", "2"), ()])
def test_a_reader_that_leaves_early_is_no_error(args: tuple[str, ...], tmp_path: pathlib.Path) -> None:
    """`cec-screener assess --jsonl clients.jsonl | head -1`: the first result, exit 0, nothing on stderr."""
    path = tmp_path / "clients.jsonl"
    path.write_bytes((line(S01) + b"\n") * (600 if args else 1))
    if not args:
        path.write_bytes(pretty(S01))
    command = f"set -o pipefail; {sys.executable} -m bot assess {' '.join(args)} {path} | head -1"
    done = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, timeout=120)
    assert (done.returncode, done.stderr) == (0, b""), done.stderr.decode()[-2000:]
    assert len(done.stdout.splitlines()) == 1
    if args:
        check_result(json.loads(done.stdout), S01_RESULT)


def test_ctrl_c_while_waiting_for_the_next_profile_exits_130_quietly() -> None:
    import select

    proc = subprocess.Popen([sys.executable, "-m", "bot", "assess", "--jsonl", "--workers", "1"], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    try:
        proc.stdin.write(line(MECHANIC) + b"\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "no answer to the first profile"
        check_result(json.loads(proc.stdout.readline()), MECHANIC_RESULT)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=20) == 130
        assert b"Traceback" not in proc.stderr.read()
    finally:
        proc.kill()
        proc.wait()


def test_a_line_of_an_array_export_is_not_told_to_use_jsonl_it_already_uses() -> None:
    """`{...},` (a line of an array cut into lines): not valid JSON, without the hint for one-profile files."""
    from bot.command_line.assess import result_line

    written = json.loads(result_line(line(S01) + b",\n", 4, "en", dt.date(2026, 12, 5)))
    assert written["error"].startswith("line 4: profile: not valid JSON (") and "--jsonl" not in written["error"]


@pytest.mark.skipif(not pathlib.Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_file_larger_than_memory_is_refused_in_one_line() -> None:
    import resource

    def small_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))

    done = subprocess.run([sys.executable, "-m", "bot", "assess", "/dev/zero"], cwd=ROOT, capture_output=True,
                          timeout=120, preexec_fn=small_memory)
    assert done.returncode == 2 and b"Traceback" not in done.stderr, done.stderr.decode()[-500:]
    assert done.stderr.decode() == ("error: profile: larger than 64 MB, not one profile (a profile is a few "
                                    "kilobytes; for many profiles, give one per line with --jsonl)\n")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_jsonl_line_too_long_to_be_a_profile_stops_the_input_there(
        workers: str, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
        capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    # The limit made small so the test needs no 64 MB line: the lines before are answered, the long one is an
    # error object, nothing after it is read, and the run is not a success.
    from bot.command_line import assess as assess_command

    good = line(S01) + b"\n"
    monkeypatch.setattr(assess_command, "PROFILE_MAX_BYTES", len(good) + 10)
    batch = tmp_path / "batch.jsonl"
    batch.write_bytes(good * 70 + b"[" * (len(good) + 20) + b"\n" + good)
    code = main(["assess", "--jsonl", "--workers", workers, str(batch)])
    out, err = capsysbinary.readouterr()
    results = [json.loads(row) for row in out.decode().splitlines()]
    assert code == 2 and len(results) == 71
    assert all(r.get("verdict") == "eligible" for r in results[:70])
    assert results[70]["error"].startswith("line 71: profile: larger than ")
    assert err.decode().startswith("error: line 71: profile: larger than ")
