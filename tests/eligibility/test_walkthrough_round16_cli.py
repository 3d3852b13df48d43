"""Walkthrough round 16's people (tests/e2e/test_walkthrough_round16_chat.py, where each figure is worked out from
RULES.md) through `cec-screener assess`, as an adviser would type their profiles: the same verdict, hours, level,
day and CRS in its four parts as the chat, and the sentences an adviser acts on."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from tests.e2e.screenings import CLI_DAY as DAY
from tests.e2e.screenings import assessed, figures
from tests.e2e.screenings import cli_education as _education
from tests.e2e.screenings import cli_job as _job
from tests.e2e.screenings import cli_test as _test

# Ashley's job, the way the chat's two readings give it: authorized (the favourable reading) or not (the careful)
_ASHLEY = {"as_of": DAY, "birth_date": "1995-12-01",
           "language_tests": [_test("celpip_general", "2026-03-01", 8, 8, 8, 8)],
           "education": _education("bachelor", "abroad")}

# name: (profile, (verdict, hours, required CLB, eligible_on, (CRS total, core, spouse, transferability,
# additional)))
PROFILES: dict[str, tuple[dict[str, Any], tuple[Any, ...]]] = {
    # two part-time cook's jobs at once, 35 h a week: 30 count
    "diego": ({"as_of": DAY, "birth_date": "1994-10-03",
               "jobs": [_job("63200", "2026-01-05", 20), _job("63202", "2026-03-02", 15)],
               "language_tests": [_test("celpip_general", "2026-03-10", 6, 6, 5, 6)],
               "education": _education("two_year", "eca")},
              ("not_yet_eligible", 1317, 5, "2027-01-23", (225, 225, 0, 0, 0))),
    # his freelance clients beside the payroll job: self-employed, counted nowhere
    "chen": ({"as_of": DAY, "birth_date": "1996-04-18", "foreign_work_years": 2,
              "jobs": [_job("21234", "2025-09-01", 20), _job("21234", "2024-06-30", 15, self_employed=True)],
              "language_tests": [_test("ielts_general", "2026-05-05", 7, 6.5, 6.5, 6)],
              "education": _education("bachelor", "eca")},
             ("not_yet_eligible", 1291, 7, "2027-03-01", (331, 305, 0, 26, 0))),
    # the same freelance hours counted as if on a payroll: 30 a week from September 2025, eligible (what the
    # exclusion costs him)
    "chen if the freelance hours counted": (
        {"as_of": DAY, "birth_date": "1996-04-18", "foreign_work_years": 2,
         "jobs": [_job("21234", "2025-09-01", 20), _job("21234", "2024-06-30", 15)],
         "language_tests": [_test("ielts_general", "2026-05-05", 7, 6.5, 6.5, 6)],
         "education": _education("bachelor", "eca")},
        # 2024-06-30 .. 2025-08-31: 428 days x 15/7 = 917 h; then 452 days x 30/7 = 1,937 h: 2,854 h, 1 year (40);
        # bachelor's x 1 year 13, foreign x 1 year 13: 331 + 40 + 26 = 397
        ("eligible", 2854, 7, None, (397, 345, 0, 52, 0))),
    # her husband stays in the Philippines: "without spouse"; her sister a PR: 15
    "marisol": ({"as_of": DAY, "birth_date": "1991-06-02", "marital_status": "married", "foreign_work_years": 3,
                 "spouse": {"canadian_citizen_or_pr": False, "accompanying": False, "education": "bachelor",
                            "language_test": None, "canadian_work_years": 0},
                 "sibling_in_canada": True, "jobs": [_job("31301", "2024-08-12", 36)],
                 "language_tests": [_test("ielts_general", "2026-02-14", 8, 7, 7, 7.5)],
                 "education": _education("bachelor", "eca")},
                ("eligible", 3587, 7, None, (492, 377, 0, 100, 15))),
    # 45: 0 for age; the LMIA job offer has no field and earns 0 (RULES.md 3)
    "gurpreet": ({"as_of": DAY, "birth_date": "1981-05-20", "jobs": [_job("63200", "2023-03-06", 40)],
                  "language_tests": [_test("celpip_general", "2026-07-15", 7, 7, 7, 7)],
                  "education": _education("one_year", "eca")},
                 ("eligible", 4697, 5, None, (260, 222, 0, 38, 0))),
    # read the favourable way: an employee, authorized; 1 Canadian year (40); a foreign bachelor's without an ECA
    # earns nothing, alone or paired
    "ashley, favourable": ({**_ASHLEY, "jobs": [_job("62020", "2025-02-03", 40)]},
                           ("eligible", 2837, 5, None, (237, 237, 0, 0, 0))),
    # read the careful way: not authorized, no hours
    "ashley, careful": ({**_ASHLEY, "jobs": [_job("62020", "2025-02-03", 40, authorized=False)]},
                        ("not_eligible", 0, None, None, (197, 197, 0, 0, 0))),
    # TCF NCLC 9 first, IELTS CLB 6/6/6/7 second, 50 French points
    "amelie": ({"as_of": DAY, "birth_date": "1998-12-01", "jobs": [_job("22300", "2024-10-07", 37.5)],
                "language_tests": [_test("tcf_canada", "2026-04-20", 530, 530, 15, 15),
                                   _test("ielts_general", "2026-01-30", 5.5, 5, 5.5, 6)],
                "education": _education("master", "eca")},
               ("eligible", 3347, 5, None, (528, 428, 0, 50, 50))),
    # his TEF expires on 2027-01-25, a week before the day he reaches 12 months
    "moussa": ({"as_of": DAY, "birth_date": "1988-07-14", "foreign_work_years": 3,
                "jobs": [_job("72106", "2026-02-02", 40)],
                "language_tests": [_test("tef_canada", "2025-01-25", 400, 400, 400, 430)],
                "education": _education("two_year", "eca")},
               ("not_yet_eligible", 1277, 5, "2027-02-01", (195, 195, 0, 0, 0))),
    # her months as a full-time student count nowhere; the job after does
    "fatou": ({"as_of": DAY, "birth_date": "2000-03-15",
               "jobs": [_job("33102", "2023-09-30", 20, "2025-04-30", full_time_student=True),
                        _job("33102", "2025-05-05", 40)],
               "language_tests": [_test("tef_canada", "2026-06-08", 470, 470, 480, 500)],
               "education": _education("two_year", "canada", "one_or_two_year")},
              ("eligible", 2447, 5, None, (406, 340, 0, 26, 40))),
    # his wife stays in France; her brother's PR earns nothing (sibling_in_canada: false)
    "nicolas": ({"as_of": DAY, "birth_date": "1990-09-10", "marital_status": "married", "foreign_work_years": 3,
                 "spouse": {"canadian_citizen_or_pr": False, "accompanying": False, "education": "master",
                            "language_test": None, "canadian_work_years": 0},
                 "jobs": [_job("11101", "2025-01-13", 40)],
                 "language_tests": [_test("tcf_canada", "2026-05-12", 510, 505, 12, 12)],
                 "education": _education("master", "eca")},
                ("eligible", 2927, 7, None, (464, 339, 0, 100, 25))),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_the_command_line_gives_the_chat_s_figures(name: str, tmp_path: pathlib.Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    profile, (verdict, hours, clb, eligible_on, crs) = PROFILES[name]
    found = figures(assessed(profile, tmp_path, capsys))
    assert found[:4] == (verdict, hours, clb, eligible_on)
    assert found[4:] == crs


def _criterion(result: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in result["criteria"] if c["id"] == name)


def test_olena_who_will_live_in_quebec_is_not_eligible_on_that_criterion_alone(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Her hours in Toronto and her test meet the rest; RULES.md 1 row 4 and 8 decide."""
    result = assessed({"as_of": DAY, "birth_date": "1993-04-02", "intends_to_live_in_quebec": True,
                       "jobs": [_job("11100", "2024-06-03", 40)],
                       "language_tests": [_test("celpip_general", "2026-05-01", 9, 9, 9, 9)]}, tmp_path, capsys)
    assert result["verdict"] == "not_eligible"
    assert _criterion(result, "work_experience")["met"] is True and _criterion(result, "language")["met"] is True
    assert _criterion(result, "quebec")["met"] is False
    route = next(step for step in result["next_steps"] if step["id"] == "quebec_route")
    assert "(PSTQ), through a profile in Arrima" in route["text"]
    assert "The Quebec Experience Program (PEQ) takes no new applications since November 19, 2025." \
        in route["text"]
    assert result["crs_comparison"] is None  # no Express Entry round compared (RULES.md 8)


def test_moussa_s_language_criterion_warns_that_his_tef_expires_before_his_day(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    language = _criterion(assessed(PROFILES["moussa"][0], tmp_path, capsys), "language")
    assert language["met"] is True
    assert "January 25, 2027" in language["explanation"] and "February 1, 2027" in language["explanation"]
