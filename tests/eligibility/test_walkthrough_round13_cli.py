"""Walkthrough round 13's ten people (tests/e2e/test_walkthrough_round13_chat.py, where each figure is worked out
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

_NO_SPOUSE_TEST = {"language_test": None, "canadian_work_years": 0}

# name: (profile, (verdict, hours, required CLB, eligible_on, (CRS total, core, spouse, transferability,
# additional)))
PROFILES: dict[str, tuple[dict[str, Any], tuple[Any, ...]]] = {
    # her husband a Canadian citizen: "without spouse" (RULES.md 3), whatever else is said of him
    "nadia": ({"as_of": DAY, "birth_date": "1993-04-02", "marital_status": "married",
               "spouse": {"canadian_citizen_or_pr": True, "accompanying": True, "education": "doctoral",
                          **_NO_SPOUSE_TEST},
               "jobs": [_job("21222", "2024-02-12", 37.5)],
               "language_tests": [_test("ielts_general", "2026-08-20", 8, 7, 6.5, 7)],
               "education": _education("master", "eca")},
              ("eligible", 4367, 7, None, (442, 392, 0, 50, 0))),
    "tomasz": ({"as_of": DAY, "birth_date": "1988-06-20", "certificate_of_qualification": True,
                "jobs": [_job("72200", "2023-03-01", 40)],
                "language_tests": [_test("ielts_general", "2024-12-15", 6, 6, 5.5, 6)],
                "education": _education("one_year", "canada", "one_or_two_year")},
               ("eligible", 4697, 5, None, (340, 275, 0, 50, 15))),
    "priya": ({"as_of": DAY, "birth_date": "1996-12-20",
               "jobs": [_job("63200", "2024-02-01", 40, "2024-05-31"),
                        _job("62020", "2024-08-01", 40, "2024-12-31"),
                        _job("63200", "2025-03-01", 40, "2025-05-31")],
               "language_tests": [_test("celpip_general", "2026-09-12", 7, 6, 6, 7)],
               "education": _education("two_year", "canada", "one_or_two_year")},
              ("eligible", 1569, 5, None, (328, 300, 0, 13, 15))),
    # Priya on the last day her hours hold (364 days in the window: 1,560 h) and the day after (1,556 h, no job
    # going on: not eligible, never "not yet"); 30 by then: 105
    "priya on 2027-02-03": ({"as_of": "2027-02-03", "birth_date": "1996-12-20",
                             "jobs": [_job("63200", "2024-02-01", 40, "2024-05-31"),
                                      _job("62020", "2024-08-01", 40, "2024-12-31"),
                                      _job("63200", "2025-03-01", 40, "2025-05-31")],
                             "language_tests": [_test("celpip_general", "2026-09-12", 7, 6, 6, 7)],
                             "education": _education("two_year", "canada", "one_or_two_year")},
                            ("eligible", 1560, 5, None, (323, 295, 0, 13, 15))),
    "priya on 2027-02-04": ({"as_of": "2027-02-04", "birth_date": "1996-12-20",
                             "jobs": [_job("63200", "2024-02-01", 40, "2024-05-31"),
                                      _job("62020", "2024-08-01", 40, "2024-12-31"),
                                      _job("63200", "2025-03-01", 40, "2025-05-31")],
                             "language_tests": [_test("celpip_general", "2026-09-12", 7, 6, 6, 7)],
                             "education": _education("two_year", "canada", "one_or_two_year")},
                            ("not_eligible", 1556, 5, None, (323, 295, 0, 13, 15))),
    # only work while a full-time student: no hour counts, no level required
    "omar": ({"as_of": DAY, "birth_date": "1998-03-03", "foreign_work_years": 1,
              "jobs": [_job("41201", "2023-09-05", 20, "2025-04-30", full_time_student=True)],
              "language_tests": [_test("ielts_general", "2026-03-10", 7.5, 7.5, 7, 7)],
              "education": _education("master", "canada", "three_year_plus")},
             ("not_eligible", 0, None, None, (429, 361, 0, 38, 30))),
    "jun": ({"as_of": DAY, "birth_date": "1991-09-09", "foreign_work_years": 2, "provincial_nomination": True,
             "jobs": [_job("11100", "2024-11-04", 40)],
             "language_tests": [_test("ielts_general", "2026-04-11", 7, 6.5, 6, 6.5)],
             "education": _education("bachelor", "eca")},
            ("eligible", 3227, 7, None, (1006, 330, 0, 76, 600))),
    "rosa": ({"as_of": DAY, "birth_date": "1993-01-15", "foreign_work_years": 3, "sibling_in_canada": True,
              "jobs": [_job("72310", "2023-06-05", 40)],
              "language_tests": [_test("celpip_general", "2026-06-01", 9, 9, 9, 10)],
              "education": _education("two_year", "eca")},
             ("eligible", 4697, 5, None, (492, 377, 0, 100, 15))),
    "fatou": ({"as_of": DAY, "birth_date": "1995-05-10",
               "jobs": [_job("42202", "2024-09-03", 40)],
               "language_tests": [_test("tef_canada", "2026-03-15", 470, 460, 440, 460),
                                  _test("ielts_general", "2026-04-20", 5.5, 5, 5, 4.5)],
               "education": _education("bachelor", "eca")},
              ("eligible", 3493, 5, None, (412, 349, 0, 38, 25))),
    # Fatou with IELTS speaking at 5.0 (CLB 5 in all four): 50 French points and 1 more second-language point
    "fatou with speaking at 5": ({"as_of": DAY, "birth_date": "1995-05-10",
                                  "jobs": [_job("42202", "2024-09-03", 40)],
                                  "language_tests": [_test("tef_canada", "2026-03-15", 470, 460, 440, 460),
                                                     _test("ielts_general", "2026-04-20", 5.5, 5, 5, 5)],
                                  "education": _education("bachelor", "eca")},
                                 ("eligible", 3493, 5, None, (438, 350, 0, 38, 50))),
    # the months on a visitor record: not authorized
    "mathieu": ({"as_of": DAY, "birth_date": "1999-08-08", "foreign_work_years": 3,
                 "jobs": [_job("63200", "2026-02-02", 40),
                          _job("63200", "2025-03-03", 40, "2025-10-31", authorized=False)],
                 "language_tests": [_test("tcf_canada", "2026-05-15", 470, 460, 11, 10)],
                 "education": _education("two_year", "abroad")},
                ("not_yet_eligible", 1277, 5, "2027-02-01", (228, 178, 0, 25, 25))),
    # had that work been authorized: eligible today
    "mathieu if the visitor months counted": ({"as_of": DAY, "birth_date": "1999-08-08", "foreign_work_years": 3,
                                               "jobs": [_job("63200", "2026-02-02", 40),
                                                        _job("63200", "2025-03-03", 40, "2025-10-31")],
                                               "language_tests": [_test("tcf_canada", "2026-05-15", 470, 460, 11,
                                                                        10)],
                                               "education": _education("two_year", "abroad")},
                                              ("eligible", 2319, 5, None, (293, 218, 0, 50, 25))),
    "sophie": ({"as_of": DAY, "birth_date": "1997-07-01",
                "jobs": [_job("32101", "2024-03-04", 40)],
                "language_tests": [_test("tef_canada", "2026-01-12", 480, 470, 460, 500)],
                "education": _education("bachelor", "eca")},
               ("eligible", 4277, 5, None, (432, 369, 0, 38, 25))),
    "yasmine": ({"as_of": DAY, "birth_date": "2000-02-14",
                 "jobs": [_job("13110", "2025-06-16", 35)],
                 "language_tests": [_test("celpip_general", "2026-10-03", 9, 9, 8, 9)],
                 "education": _education("two_year", "canada", "one_or_two_year")},
                ("eligible", 2267, 5, None, (405, 364, 0, 26, 15))),
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


def test_tomasz_s_language_criterion_says_his_test_expires_in_18_days(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = assessed(PROFILES["tomasz"][0], tmp_path, capsys)
    language = _criterion(result, "language")
    assert language["met"] is True
    assert "December 15, 2026" in language["explanation"]


def test_priya_s_work_criterion_says_the_last_day_her_hours_hold(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    work = _criterion(assessed(PROFILES["priya"][0], tmp_path, capsys), "work_experience")
    assert work["met"] is True
    assert "February 3, 2027" in work["explanation"]


def test_mathieu_s_visitor_months_are_said_as_work_without_authorization(
        tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    work = _criterion(assessed(PROFILES["mathieu"][0], tmp_path, capsys), "work_experience")
    assert work["met"] is False
    assert "1,389 h" in work["explanation"] and "without authorization" in work["explanation"]


@pytest.mark.parametrize(("citizen", "coming", "said"), [
    (True, True, "Your spouse or partner is a Canadian citizen or PR, so you are scored in the CRS's “without "
                 "spouse” column and their factors are not counted."),
    (True, False, "Your spouse or partner is a Canadian citizen or PR"),
    (False, False, "Your spouse or partner is not coming with you, so you are scored in the CRS's “without "
                   "spouse” column and their factors are not counted.")])
def test_a_partner_not_counted_is_said_with_why(citizen: bool, coming: bool, said: str, tmp_path: pathlib.Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Nadia's husband is a citizen; a partner who stays abroad is the same column (RULES.md 3), said in its words;
    the score is the same whatever else is said of the partner."""
    profile = {**PROFILES["nadia"][0], "spouse": {"canadian_citizen_or_pr": citizen, "accompanying": coming,
                                                   "education": "bachelor", **_NO_SPOUSE_TEST}}
    result = assessed(profile, tmp_path, capsys)
    assert figures(result)[4:] == (442, 392, 0, 50, 0)
    notes = [w["text"] for w in result["warnings"] if w["id"] == "spouse_not_counted"]
    assert len(notes) == 1 and notes[0].startswith(said)


@pytest.mark.parametrize("name", ["tomasz", "omar", "sophie"])
def test_no_partner_no_such_note(name: str, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = assessed(PROFILES[name][0], tmp_path, capsys)
    assert "spouse_not_counted" not in [w["id"] for w in result["warnings"]]
