"""Walkthrough round 17's people (tests/e2e/test_walkthrough_round17_chat.py, where each figure is worked out from
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

_SOFIA = {"as_of": DAY, "birth_date": "1993-08-15", "foreign_work_years": 3,
          "language_tests": [_test("celpip_general", "2026-08-20", 9, 9, 8, 9)],
          "education": _education("bachelor", "eca")}
_GRACE = {"as_of": DAY, "birth_date": "1997-07-07", "education": _education("bachelor", "eca")}

# name: (profile, (verdict, hours, required CLB, eligible_on, (CRS total, core, spouse, transferability,
# additional)))
PROFILES: dict[str, tuple[dict[str, Any], tuple[Any, ...]]] = {
    # a co-op term while a full-time student (nothing counts), then 8 months on a PGWP: not yet, March 29, 2027
    "aditi": ({"as_of": DAY, "birth_date": "2001-05-14",
               "jobs": [_job("21223", "2025-01-06", 40, "2025-04-25", full_time_student=True),
                        _job("21223", "2026-03-30", 40)],
               "language_tests": [_test("ielts_general", "2026-06-10", 7.5, 7, 6.5, 7)],
               "education": _education("master", "canada", "three_year_plus")},
              ("not_yet_eligible", 1037, 7, "2027-03-29", (408, 353, 0, 25, 30))),
    # a maternity leave left out, as the bot advises (RULES.md is silent on leaves): two periods of one occupation
    "sofia": ({**_SOFIA, "jobs": [_job("32120", "2025-01-06", 40, "2025-06-01"), _job("32120", "2026-06-01", 40)]},
              ("not_yet_eligible", 1397, 5, "2027-01-04", (362, 324, 0, 38, 0))),
    # the same leave counted as work (what the silence costs her): 690 days x 30/7 = 2,957 h, 1 Canadian year (40);
    # bachelor's x 1 year 13, 3+ years abroad x 1 year 25: 362 + 40 + 13 + 25 = 440
    "sofia if her leave counted": ({**_SOFIA, "jobs": [_job("32120", "2025-01-06", 40)]},
                                   ("eligible", 2957, 5, None, (440, 364, 0, 76, 0))),
    # three years in Seattle (foreign work) before two in Toronto
    "luca": ({"as_of": DAY, "birth_date": "1995-09-30", "foreign_work_years": 3,
              "jobs": [_job("21231", "2024-08-05", 40)],
              "language_tests": [_test("ielts_general", "2026-09-12", 8.5, 8, 7.5, 7.5)],
              "education": _education("bachelor", "eca")},
             ("eligible", 3617, 7, None, (508, 408, 0, 100, 0))),
    # a PhD from France with an ECA, TCF at NCLC 10, 2 years of postdoc abroad
    "nadia": ({"as_of": DAY, "birth_date": "1989-11-20", "foreign_work_years": 2,
               "jobs": [_job("21110", "2025-04-07", 40)],
               "language_tests": [_test("tcf_canada", "2026-02-15", 560, 555, 16, 16)],
               "education": _education("doctoral", "eca")},
              ("eligible", 2567, 7, None, (505, 392, 0, 88, 25))),
    # two cook's jobs one after the other, 3 months apart: 26 h short of a second Canadian year
    "kenji": ({"as_of": DAY, "birth_date": "1990-02-11",
               "jobs": [_job("63200", "2024-09-03", 40, "2025-08-29"), _job("63200", "2025-12-01", 35)],
               "language_tests": [_test("celpip_general", "2026-02-02", 6, 7, 6, 6)],
               "education": _education("two_year", "eca")},
              ("eligible", 3094, 5, None, (267, 254, 0, 13, 0))),
    # his wife comes: CELPIP 9 in all four, a Canadian bachelor's (UBC), 1 Canadian year
    "ravi": ({"as_of": DAY, "birth_date": "1994-01-20", "marital_status": "married",
              "spouse": {"canadian_citizen_or_pr": False, "accompanying": True, "education": "bachelor",
                         "language_test": _test("celpip_general", "2026-04-02", 9, 9, 9, 9),
                         "canadian_work_years": 1},
              "jobs": [_job("11100", "2024-05-13", 40)],
              "language_tests": [_test("ielts_general", "2026-03-03", 7, 7, 7, 7)],
              "education": _education("bachelor", "eca")},
             ("eligible", 3977, 7, None, (417, 346, 33, 38, 0))),
    # began at 18 on a working holiday; a French baccalauréat (secondary) without an ECA
    "theo": ({"as_of": DAY, "birth_date": "2005-10-01", "jobs": [_job("63200", "2024-01-15", 35)],
              "language_tests": [_test("tef_canada", "2025-12-01", 400, 420, 380, 430)],
              "education": _education("secondary", "abroad")},
             ("eligible", 4487, 5, None, (199, 199, 0, 0, 0))),
    # a TEER 0 restaurant manager whose brother is a Canadian citizen
    "mamadou": ({"as_of": DAY, "birth_date": "1986-06-05", "foreign_work_years": 3, "sibling_in_canada": True,
                 "jobs": [_job("60030", "2024-11-04", 45)],
                 "language_tests": [_test("tef_canada", "2026-03-10", 480, 470, 460, 500)],
                 "education": _education("bachelor", "eca")},
                ("eligible", 3227, 7, None, (437, 309, 0, 88, 40))),
    # after her two changes (/back): 40 h, and her CELPIP of 2026
    "grace": ({**_GRACE, "jobs": [_job("13112", "2025-06-02", 40)],
               "language_tests": [_test("celpip_general", "2026-01-15", 8, 8, 7, 8)]},
              ("eligible", 2327, 5, None, (382, 356, 0, 26, 0))),
    # her first answers: 20 h (543 days x 20/7 = 1,551 h, 9 short) and a CELPIP of 2024 (expired on 2026-01-15):
    # not eligible; no language points, no Canadian year: 110 + 120 = 230
    "grace before her changes": ({**_GRACE, "jobs": [_job("13112", "2025-06-02", 20)],
                                  "language_tests": [_test("celpip_general", "2024-01-15", 8, 8, 7, 8)]},
                                 ("not_eligible", 1551, 5, None, (230, 230, 0, 0, 0))),
    # TCF at the NCLC 7 rows exactly, PTE Core at the CLB 5 rows exactly: French first, 50 French points
    "camille": ({"as_of": DAY, "birth_date": "1999-03-03", "jobs": [_job("13110", "2025-08-04", 40)],
                 "language_tests": [_test("tcf_canada", "2026-09-12", 458, 453, 10, 10),
                                    _test("pte_core", "2026-10-03", 39, 42, 51, 51)],
                 "education": _education("two_year", "eca")},
                ("eligible", 2057, 5, None, (396, 320, 0, 26, 50))),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_the_command_line_gives_the_chat_s_figures(name: str, tmp_path: pathlib.Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    profile, (verdict, hours, clb, eligible_on, crs) = PROFILES[name]
    found = figures(assessed(profile, tmp_path, capsys))
    assert found[:4] == (verdict, hours, clb, eligible_on)
    assert found[4:] == crs


def test_kenji_hears_that_his_second_canadian_year_comes_on_december_3(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    """3,094 h is 26 short of 3,120 (2 years): 6 more days at 30/7 (2026-11-27 .. 12-02), so on 2026-12-03 the
    Canadian work line goes from 40 to 53 and two-year x Canadian work from 13 to 25: +25, 292."""
    improvements = assessed(PROFILES["kenji"][0], tmp_path, capsys)["improvements"]
    second = next(step for step in improvements if step["id"] == "work_year_2")
    assert (second["when"], second["gain"], second["crs_after"]) == ("2026-12-03", 25, 292)
