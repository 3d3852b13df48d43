"""Every score a test allows, typed at its question, is stored exactly; one step outside its range never is.

The chat's side of tests/eligibility/test_language_boundaries_audit.py: ranges, steps and each level's minimum
scores typed by hand from shared/reference/RULES.md section 2 (imported from that file, not from the data).
"""

from __future__ import annotations

import datetime as dt

import pytest

from flows.parsing import Ambiguous, InvalidAnswer, parse_date, parse_score, parse_scores, tidy
from tests.eligibility.test_language_boundaries_audit import ABILITIES, MINIMUMS, RANGES, STEP, every_score

CASES = [(test, index) for test in MINIMUMS for index in range(4)]


def _looks_like_a_level(test: str, index: int, score: float) -> bool:
    """0 to 12 on a 0-699 scale could be an NCLC level typed by mistake: the chat asks before storing it."""
    return RANGES[test][index][1] == 699 and score <= 12


@pytest.mark.parametrize(("test", "index"), CASES, ids=[f"{t}-{ABILITIES[i]}" for t, i in CASES])
def test_every_allowed_score_typed_alone_is_stored_exactly(test: str, index: int) -> None:
    ability = ABILITIES[index]
    wrong = []
    for score in every_score(test, index):
        typed = [str(tidy(score))]
        if test == "ielts_general":
            typed += [f"{score:.1f}", f"{score:.1f}".replace(".", ",")]  # "6.0", and "6,5" as French phones type
        for text in typed:
            if _looks_like_a_level(test, index, score):
                with pytest.raises(Ambiguous):
                    parse_score(text, test, ability)
                stored = parse_score(text, test, ability, confirmed=True)
            else:
                stored = parse_score(text, test, ability)
            if stored != score:
                wrong.append((text, stored))
    assert wrong == []


@pytest.mark.parametrize(("test", "index"), CASES, ids=[f"{t}-{ABILITIES[i]}" for t, i in CASES])
def test_one_step_outside_the_range_is_refused(test: str, index: int) -> None:
    low, high = RANGES[test][index]
    for score in (low - STEP[test], high + STEP[test]):
        with pytest.raises(InvalidAnswer):
            parse_score(str(tidy(score)), test, ABILITIES[index], confirmed=True)


ROWS = [(test, level, below) for test in MINIMUMS for level in MINIMUMS[test] for below in (False, True)]


@pytest.mark.parametrize(("test", "level", "below"), ROWS,
                         ids=[f"{t}-clb{lv}-{'one_step_below' if b else 'minimum'}" for t, lv, b in ROWS])
@pytest.mark.parametrize("separator", [" ", ", ", "/"], ids=["spaces", "commas", "slashes"])
def test_a_level_row_typed_in_one_message_is_stored_exactly(test: str, level: int, below: bool,
                                                            separator: str) -> None:
    scores = [minimum - (STEP[test] if below else 0) for minimum in MINIMUMS[test][level]]
    stored = parse_scores(separator.join(str(tidy(s)) for s in scores), test)
    assert stored is not None
    assert [stored[a] for a in ABILITIES] == scores


TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(("typed", "stored"), [
    ("2026-12-06", "2026-12-06"),          # taken today: valid from the test date (RULES.md 2)
    ("2026-12-07", "err.date_future"),     # tomorrow: a result dated in the future is refused, never stored
    ("2027-01-05", "err.date_future"),
    ("2024-02-29", "2024-02-29"),          # a real leap day
    ("2026-02-29", "err.date_impossible"),  # no such day
])
def test_test_date_today_leap_day_and_future(typed: str, stored: str) -> None:
    if stored.startswith("err."):
        with pytest.raises(InvalidAnswer) as error:
            parse_date(typed, "test", TODAY)
        assert error.value.key == stored
    else:
        assert parse_date(typed, "test", TODAY) == stored
