"""The verdict's first screen says a language result's expiry once, in English and French alike.

Found by the third French review: the French explanation joined the expiry to its first clause ("... et expire le
10 février 2027."), so the first screen, which keeps only that clause, said the date and then the warning that
it falls before the day the person qualifies said it again. The first clause now ends before the expiry in both
languages; the warning, when the result lapses before that day, says it once.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.command_line.assess import assess_one
from flows.result_view import glance

# Not yet eligible on 2026-11-27 (1,161 h of 1,560 at 30 h a week from 2026-03-01), a CELPIP of 2025-02-10 valid
# until 2027-02-10 (RULES.md 2: 2 years), before the projected day 2027-02-28.
LAPSING = {"as_of": "2026-11-27", "birth_date": "1995-05-01", "marital_status": "single",
           "intends_to_live_in_quebec": False,
           "jobs": [{"noc": "21232", "start": "2026-03-01", "end": None, "hours_per_week": 40}],
           "language_tests": [{"test": "celpip_general", "date": "2025-02-10", "listening": 9, "reading": 9,
                               "writing": 9, "speaking": 9}],
           "education": {"level": "bachelor", "in_canada": False, "eca": True}}
EXPIRY = {"en": "February 10, 2027", "fr": "10 février 2027"}


def _language_line(profile: dict[str, object], lang: str) -> str:
    result = assess_one(json.dumps(profile), lang, dt.date(2026, 11, 27))
    assert result["eligible_on"] == "2027-02-28"
    return next(line for line in glance(result, lang).splitlines() if "CELPIP" in line)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_result_lapsing_before_the_day_is_said_once_with_why(lang: str) -> None:
    line = _language_line(LAPSING, lang)
    assert line.count(EXPIRY[lang]) == 1, line
    assert ("28 février 2027" if lang == "fr" else "February 28, 2027") in line
    assert ("9/9/9/9" in line) and ("NCLC" if lang == "fr" else "CLB") in line


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_result_valid_well_past_the_day_is_not_dated_on_the_first_screen(lang: str) -> None:
    later = {**LAPSING, "language_tests": [{**LAPSING["language_tests"][0], "date": "2026-01-10"}]}  # type: ignore
    line = _language_line(later, lang)
    assert "2028" not in line and line.rstrip().endswith(".")
