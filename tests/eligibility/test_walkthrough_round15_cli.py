"""Walkthrough round 15's ten people (tests/e2e/test_walkthrough_round15_chat.py, where each figure is worked out
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

_PRIYA = {"as_of": DAY, "birth_date": "1998-05-12", "foreign_work_years": 2,
          "jobs": [_job("21232", "2025-03-03", 40)], "education": _education("bachelor", "eca")}
# Kwame's first job as a cook, then the one he has now; `end` is the day the first ended
_KWAME = {"as_of": DAY, "birth_date": "1990-02-14",
          "language_tests": [_test("celpip_general", "2026-04-15", 8, 8, 7, 8)],
          "education": _education("one_year", "canada", "one_or_two_year")}


def _kwame(end: str) -> dict[str, Any]:
    return {**_KWAME, "jobs": [_job("63200", "2021-05-03", 40, end), _job("63200", "2026-06-01", 40)]}


# name: (profile, (verdict, hours, required CLB, eligible_on, (CRS total, core, spouse, transferability,
# additional)))
PROFILES: dict[str, tuple[dict[str, Any], tuple[Any, ...]]] = {
    # PTE Core exactly on the CLB 7 row
    "priya": ({**_PRIYA, "language_tests": [_test("pte_core", "2026-08-20", 60, 60, 69, 68)]},
              ("eligible", 2717, 7, None, (390, 338, 0, 52, 0))),
    # one point under it in listening: CLB 6, not eligible for a TEER 1 job; core 338 - 17 + 9 = 330, and no
    # CLB 7+ pair: transferability 13 + 13 (the Canadian-work pairs only)
    "priya at 59 in listening": ({**_PRIYA, "language_tests": [_test("pte_core", "2026-08-20", 59, 60, 69, 68)]},
                                 ("not_eligible", 2717, 7, None, (356, 330, 0, 26, 0))),
    # promoted: the associate's TEER 4 months, then the supervisor's TEER 2 ones
    "tomas": ({"as_of": DAY, "birth_date": "1995-07-20",
               "jobs": [_job("64100", "2024-01-08", 40, "2026-03-01"), _job("62010", "2026-03-02", 40)],
               "language_tests": [_test("celpip_general", "2026-04-18", 7, 7, 6, 7)],
               "education": _education("two_year", "eca")},
              ("not_yet_eligible", 1157, 5, "2027-03-01", (257, 257, 0, 0, 0))),
    # the same 34 months typed as one supervisor's job: what "what you mostly did" let him count
    "tomas as one supervisor's job": ({"as_of": DAY, "birth_date": "1995-07-20",
                                       "jobs": [_job("62010", "2024-01-08", 40)],
                                       "language_tests": [_test("celpip_general", "2026-04-18", 7, 7, 6, 7)],
                                       "education": _education("two_year", "eca")},
                                      # 1,054 days: 4,517 h, 2 Canadian years 53, two-year x 2 years 25
                                      ("eligible", 4517, 5, None, (335, 310, 0, 25, 0))),
    "sofia": ({"as_of": DAY, "birth_date": "1996-01-15", "jobs": [_job("32101", "2025-11-30", 40)],
               "language_tests": [_test("ielts_general", "2026-05-10", 6.5, 6.5, 6, 6.5)],
               "education": _education("two_year", "canada", "one_or_two_year")},
              ("not_yet_eligible", 1551, 5, "2026-11-29", (311, 283, 0, 13, 15))),
    # the day after tomorrow: 364 days, 1,560 h exactly; 1 Canadian year (40) and two-year x 1 year (13): 364
    "sofia on 2026-11-29": ({"as_of": "2026-11-29", "birth_date": "1996-01-15",
                             "jobs": [_job("32101", "2025-11-30", 40)],
                             "language_tests": [_test("ielts_general", "2026-05-10", 6.5, 6.5, 6, 6.5)],
                             "education": _education("two_year", "canada", "one_or_two_year")},
                            ("eligible", 1560, 5, None, (364, 323, 0, 26, 15))),
    "kwame": (_kwame("2023-11-26"), ("not_yet_eligible", 767, 5, "2027-05-31", (365, 312, 0, 38, 15))),
    "kwame's job ending exactly 3 years ago": (_kwame("2023-11-27"),
                                              ("not_yet_eligible", 771, 5, "2027-05-31", (365, 312, 0, 38, 15))),
    # the master's is the education (135); the Canadian one-year certificate earns 15 additional points
    "aisha": ({"as_of": DAY, "birth_date": "1993-09-09", "foreign_work_years": 3,
               "jobs": [_job("11100", "2025-06-16", 37.5)],
               "language_tests": [_test("ielts_general", "2026-02-01", 7.5, 7, 7, 7)],
               "education": _education("master", "eca", "one_or_two_year")},
              ("eligible", 2267, 7, None, (494, 379, 0, 100, 15))),
    "nadia": ({"as_of": DAY, "birth_date": "1986-11-30", "foreign_work_years": 3,
               "certificate_of_qualification": True, "jobs": [_job("72401", "2024-03-04", 44)],
               "language_tests": [_test("celpip_general", "2026-01-20", 6, 6, 6, 5)],
               "education": _education("secondary", "abroad")},
              ("eligible", 4277, 5, None, (216, 141, 0, 75, 0))),
    "louis": ({"as_of": DAY, "birth_date": "1994-06-01", "jobs": [_job("21232", "2024-09-03", 40)],
               "language_tests": [_test("tef_canada", "2026-03-15", 450, 470, 440, 440)],
               "education": _education("master", "eca")},
              ("not_eligible", 3493, 7, None, (398, 348, 0, 50, 0))),
    "melanie": ({"as_of": DAY, "birth_date": "1996-02-10", "jobs": [_job("63200", "2025-01-13", 35)],
                 "language_tests": [_test("tcf_canada", "2026-06-10", 460, 455, 10, 10)],
                 "education": _education("two_year", "eca")},
                ("eligible", 2927, 5, None, (362, 311, 0, 26, 25))),
    # his common-law partner is a Canadian citizen: "without spouse", her factors not counted
    "youssef": ({"as_of": DAY, "birth_date": "1991-03-20", "marital_status": "common_law", "foreign_work_years": 2,
                 "spouse": {"canadian_citizen_or_pr": True, "accompanying": True, "education": "bachelor",
                            "language_test": None, "canadian_work_years": 3},
                 "jobs": [_job("22310", "2024-05-06", 40)],
                 "language_tests": [_test("tef_canada", "2026-05-05", 480, 480, 480, 500)],
                 "education": _education("bachelor", "eca")},
                ("eligible", 4007, 5, None, (443, 342, 0, 76, 25))),
    "ines": ({"as_of": DAY, "birth_date": "1997-08-25", "jobs": [_job("31301", "2025-04-07", 36)],
              "language_tests": [_test("pte_core", "2026-09-12", 82, 78, 87, 84),
                                 _test("tcf_canada", "2026-03-03", 510, 505, 12, 12)],
              "education": _education("bachelor", "canada", "three_year_plus")},
             ("eligible", 2567, 7, None, (504, 398, 0, 26, 80))),
    # writing at 88: CLB 9 in all four, 31 x 4 = 124 (+8), bachelor's x CLB 9+ 25 (+12): 524
    "ines at 88 in writing": ({"as_of": DAY, "birth_date": "1997-08-25", "jobs": [_job("31301", "2025-04-07", 36)],
                               "language_tests": [_test("pte_core", "2026-09-12", 82, 78, 88, 84),
                                                  _test("tcf_canada", "2026-03-03", 510, 505, 12, 12)],
                               "education": _education("bachelor", "canada", "three_year_plus")},
                              ("eligible", 2567, 7, None, (524, 406, 0, 38, 80))),
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


def test_louis_s_language_criterion_names_speaking_at_nclc_6(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    language = _criterion(assessed(PROFILES["louis"][0], tmp_path, capsys), "language")
    assert language["met"] is False and "NCLC 7 in speaking (you have NCLC 6)" in language["explanation"]


def test_kwame_s_jobs_one_after_the_other_are_not_said_to_overlap(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    work = _criterion(assessed(PROFILES["kwame's job ending exactly 3 years ago"][0], tmp_path, capsys),
                      "work_experience")
    assert "Not counted" in work["explanation"] and "overlap" not in work["explanation"]
