"""Walkthrough round 14's ten people (tests/e2e/test_walkthrough_round14_chat.py, where each figure is worked out
from RULES.md) through `cec-screener assess`, as an adviser would type their profiles: the same verdict, hours,
level, day and CRS in its four parts as the chat, and the sentences an adviser acts on."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from tests.e2e.screenings import CLI_DAY as DAY
from tests.e2e.screenings import assessed, figures
from tests.e2e.screenings import cli_education as _education
from tests.e2e.screenings import cli_job as _job
from tests.e2e.screenings import cli_test as _test

# Marco's job as he tells it once told how: before his unpaid leave (2026-06-01 .. 06-28) and after it
_MARCO_JOBS = [_job("62010", "2025-11-28", 30, "2026-05-31"), _job("62010", "2026-06-29", 30)]
_MARCO = {"as_of": DAY, "birth_date": "2001-07-19", "language_tests": [_test("ielts_general", "2026-03-01", 6.5, 6,
                                                                             6, 6.5)],
          "education": _education("secondary", "canada")}

# name: (profile, (verdict, hours, required CLB, eligible_on, (CRS total, core, spouse, transferability,
# additional)))
PROFILES: dict[str, tuple[dict[str, Any], tuple[Any, ...]]] = {
    # her wife comes: "with spouse"; the wife's bachelor's (8), CELPIP 7 x 4 (12), no Canadian year
    "hana": ({"as_of": DAY, "birth_date": "1992-08-15", "marital_status": "married",
              "spouse": {"canadian_citizen_or_pr": False, "accompanying": True, "education": "bachelor",
                         "language_test": _test("celpip_general", "2026-06-02", 7, 7, 7, 7),
                         "canadian_work_years": 0},
              "jobs": [_job("41200", "2025-01-06", 40)],
              "language_tests": [_test("ielts_general", "2026-05-10", 8.5, 8, 7.5, 7.5)],
              "education": _education("doctoral", "canada", "three_year_plus")},
             ("eligible", 2957, 7, None, (478, 378, 20, 50, 30))),
    # the expired CELPIP earns nothing; French first, 25 French points (English untested)
    "diego": ({"as_of": DAY, "birth_date": "1990-03-03", "foreign_work_years": 3,
               "jobs": [_job("72201", "2024-04-01", 40)],
               "language_tests": [_test("celpip_general", "2024-06-15", 9, 9, 8, 9),
                                  _test("tef_canada", "2026-02-20", 460, 440, 430, 460)],
               "education": _education("two_year", "eca")},
              ("eligible", 4157, 5, None, (404, 291, 0, 88, 25))),
    "marco": ({**_MARCO, "jobs": _MARCO_JOBS}, ("not_yet_eligible", 1440, 5, "2026-12-25", (214, 214, 0, 0, 0))),
    # the same year typed as one job, the unpaid weeks counted: what the bot's sentence keeps him from
    "marco if the leave were counted": ({**_MARCO, "jobs": [_job("62010", "2025-11-28", 30)]},
                                        ("eligible", 1560, 5, None, (254, 254, 0, 0, 0))),
    # the TEER 5 job counts nowhere: 25 h a week only
    "ama": ({"as_of": DAY, "birth_date": "1994-04-10", "foreign_work_years": 2,
             "jobs": [_job("42202", "2026-01-05", 25), _job("65200", "2026-01-05", 20)],
             "language_tests": [_test("celpip_general", "2026-09-01", 8, 7, 7, 7)],
             "education": _education("two_year", "eca")},
            ("not_yet_eligible", 1164, 5, "2027-03-18", (292, 266, 0, 26, 0))),
    # his wife stays in India: "without spouse"; 46: age 0
    "rajesh": ({"as_of": DAY, "birth_date": "1980-05-05", "marital_status": "married", "foreign_work_years": 3,
                "spouse": {"canadian_citizen_or_pr": False, "accompanying": False, "education": "bachelor",
                           "language_test": None, "canadian_work_years": 0},
                "jobs": [_job("11101", "2023-01-09", 40)],
                "language_tests": [_test("ielts_general", "2025-10-10", 7.5, 7, 6.5, 7)],
                "education": _education("master", "eca")},
               ("eligible", 4697, 7, None, (407, 307, 0, 100, 0))),
    # a nurse (31301, TEER 1) in Montréal since 2024-05-06 who stays in Quebec: every other criterion met, not
    # eligible (RULES.md 1, row 4); 935 days x 30/7 = 4,007 h; TEF 480/470/460/500 = NCLC 8/8/7/8; 30 (born
    # 1996-09-10) 105, a licence from France with an ECA 120, 23 + 23 + 17 + 23 = 86, 2 years 53: 364; bachelor's
    # x NCLC 7+ 13, x 2 years 25; French without English 25: 427
    "chloe": ({"as_of": DAY, "birth_date": "1996-09-10", "intends_to_live_in_quebec": True,
               "jobs": [_job("31301", "2024-05-06", 40)],
               "language_tests": [_test("tef_canada", "2026-03-02", 480, 470, 460, 500)],
               "education": _education("bachelor", "eca")},
              ("not_eligible", 4007, 7, None, (427, 364, 0, 38, 25))),
    "lea": ({"as_of": DAY, "birth_date": "1989-06-14", "foreign_work_years": 3, "sibling_in_canada": True,
             "jobs": [_job("11101", "2024-06-03", 37.5)],
             "language_tests": [_test("tef_canada", "2026-04-20", 510, 520, 520, 530)],
             "education": _education("master", "eca")},
            ("eligible", 3887, 7, None, (518, 378, 0, 100, 40))),
    # his wife comes (a licence, no test); her brother is a PR: 15 (RULES.md 3, the accompanying spouse's sibling)
    "amadou": ({"as_of": DAY, "birth_date": "1988-09-01", "marital_status": "married", "foreign_work_years": 3,
                "sibling_in_canada": True,
                "spouse": {"canadian_citizen_or_pr": False, "accompanying": True, "education": "bachelor",
                           "language_test": None, "canadian_work_years": 0},
                "jobs": [_job("72106", "2024-10-07", 40)],
                "language_tests": [_test("tcf_canada", "2026-07-10", 470, 480, 11, 12)],
                "education": _education("two_year", "eca")},
               ("eligible", 3347, 5, None, (398, 262, 8, 88, 40))),
    "emma": ({"as_of": DAY, "birth_date": "1999-02-02",
              "jobs": [_job("62020", "2025-05-05", 40)],
              "language_tests": [_test("celpip_general", "2026-08-01", 6, 6, 5, 6)],
              "education": _education("one_year", "canada", "one_or_two_year")},
             ("eligible", 2447, 5, None, (301, 273, 0, 13, 15))),
    # Emma's first screening: only the server's job (TEER 5)
    "emma as a server": ({"as_of": DAY, "birth_date": "1999-02-02",
                          "jobs": [_job("65200", "2024-05-01", 40, "2025-05-04")],
                          "language_tests": [_test("celpip_general", "2026-08-01", 6, 6, 5, 6)],
                          "education": _education("one_year", "canada", "one_or_two_year")},
                         ("not_eligible", 0, None, None, (248, 233, 0, 0, 15))),
    "karine": ({"as_of": DAY, "birth_date": "1982-01-20", "marital_status": "divorced",
                "jobs": [_job("33102", "2024-01-08", 40)],
                "language_tests": [_test("tef_canada", "2025-12-01", 400, 410, 390, 430)],
                "education": _education("one_year", "canada", "one_or_two_year")},
               ("eligible", 4517, 5, None, (225, 185, 0, 25, 15))),
    # Karine on her 45th birthday: age 0; by then 1,108 days in 10 years (4,749 h): 3 Canadian years, 64, and the
    # window 2024-01-20 .. 2027-01-19 full (1,096 days, 4,697 h): 0 + 90 + 36 + 64 = 190, 25, 15: 230
    "karine on 2027-01-20": ({"as_of": "2027-01-20", "birth_date": "1982-01-20", "marital_status": "divorced",
                              "jobs": [_job("33102", "2024-01-08", 40)],
                              "language_tests": [_test("tef_canada", "2025-12-01", 400, 410, 390, 430)],
                              "education": _education("one_year", "canada", "one_or_two_year")},
                             ("eligible", 4697, 5, None, (230, 190, 0, 25, 15))),
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


def test_chloe_in_quebec_is_told_quebec_selects_its_own_workers(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = assessed(PROFILES["chloe"][0], tmp_path, capsys)
    quebec = _criterion(result, "quebec")
    assert quebec["met"] is False and "Quebec selects its own skilled workers" in quebec["explanation"]
    assert _criterion(result, "work_experience")["met"] is True and _criterion(result, "language")["met"] is True


def test_diego_s_language_criterion_rests_on_his_tef(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    language = _criterion(assessed(PROFILES["diego"][0], tmp_path, capsys), "language")
    assert language["met"] is True and "TEF Canada of February 20, 2026" in language["explanation"]
