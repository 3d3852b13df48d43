"""Four scores typed in one message are stored exactly as meant, or asked about: never misread.

Every score combination of every accepted test, written in each style people use (spaces, commas, slashes,
named abilities, French decimal commas with other separators), goes through the parser. IELTS is run
exhaustively in the styles where commas can be separators or decimals (the misreadings of issue 15 were
there); CELPIP exhaustively with commas; every test in every style by hypothesis, with the ends of each range.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eligibility.tables import language_tables
from flows.parsing import Ambiguous, InvalidAnswer, parse_scores, scores_value, tidy
from flows.questions import ABILITIES, TESTS

Style = Callable[[list[str]], str]


def _dot(values: tuple[float, ...]) -> list[str]:
    return [str(tidy(v)) for v in values]


def _comma(values: tuple[float, ...]) -> list[str]:
    return [n.replace(".", ",") for n in _dot(values)]


# How people type four scores: the numerals with "." (English) or "," (French) decimals, then the joining.
STYLES: dict[str, tuple[Callable[[tuple[float, ...]], list[str]], Style]] = {
    "spaces": (_dot, " ".join), "commas": (_dot, ",".join), "comma space": (_dot, ", ".join),
    "slashes": (_dot, "/".join), "spaced slashes": (_dot, " / ".join), "semicolons": (_dot, "; ".join),
    "dashes": (_dot, " - ".join),
    "named": (_dot, lambda n: f"L {n[0]} R {n[1]} W {n[2]} S {n[3]}"),
    "named tight": (_dot, lambda n: f"L{n[0]}, R{n[1]}, W{n[2]}, S{n[3]}"),
    "named words": (_dot, lambda n: f"listening {n[0]}, reading {n[1]}, writing {n[2]}, speaking {n[3]}"),
    "fr spaces": (_comma, " ".join), "fr slashes": (_comma, "/".join), "fr semicolons": (_comma, " ; ".join),
    "fr dashes": (_comma, " - ".join), "fr comma space": (_comma, ", ".join),
    "fr named": (_comma, lambda n: f"CO {n[0]} CE {n[1]} EE {n[2]} EO {n[3]}"),
    "fr named commas": (_comma, lambda n: f"CO {n[0]}, CE {n[1]}, EE {n[2]}, EO {n[3]}"),
}


def _values(test: str, ability: str) -> list[float]:
    spec = language_tables()["tests"][test]
    low, high = spec["ranges"][ability]
    step = spec["step"]
    return [low + i * step for i in range(round((high - low) / step) + 1)]


def stored_or_asked(test: str, values: tuple[float, ...], style: str) -> str:
    """"stored" or "asked"; fails the test on any other reading, any refusal, or no reading at all."""
    numerals, join = STYLES[style]
    text = join(numerals(values))
    expected = dict(zip(ABILITIES, values, strict=True))
    try:
        scores = parse_scores(text, test)
    except Ambiguous as asked:
        assert scores_value(expected) in asked.choices, (text, asked.choices)
        return "asked"
    except InvalidAnswer as refused:
        raise AssertionError(f"{test} {text!r} refused: {refused.key} {refused.params}") from None
    assert scores == expected, (test, text, scores)
    return "stored"


RISKY = ("commas", "fr spaces", "fr comma space", "fr slashes")


@pytest.mark.parametrize("style", RISKY)
def test_every_ielts_combination_with_commas_is_stored_exactly_or_asked(style: str) -> None:
    bands = _values("ielts_general", "listening")
    outcomes = [stored_or_asked("ielts_general", combo, style) for combo in itertools.product(bands, repeat=4)]
    assert len(outcomes) == 19 ** 4
    assert outcomes.count("stored") >= len(outcomes) * 0.99  # asking is for the rare true doubt only


def test_every_celpip_combination_with_commas_is_stored_exactly() -> None:
    levels = _values("celpip_general", "listening")
    for combo in itertools.product(levels, repeat=4):
        assert stored_or_asked("celpip_general", combo, "commas") == "stored"


@st.composite
def combinations(draw: st.DrawFn) -> tuple[str, tuple[float, ...], str]:
    test = draw(st.sampled_from(TESTS))
    values = []
    for ability in ABILITIES:
        possible = _values(test, ability)
        values.append(draw(st.sampled_from([possible[0], possible[-1], *possible]) if draw(st.booleans())
                           else st.sampled_from(possible)))
    return test, tuple(values), draw(st.sampled_from(sorted(STYLES)))


@settings(max_examples=3000, deadline=None)
@given(combinations())
def test_every_test_in_every_style_is_stored_exactly_or_asked(case: tuple[str, tuple[float, ...], str]) -> None:
    stored_or_asked(*case)


@pytest.mark.parametrize(("text", "expected"), [
    ("6.5,6.5,6,5.5", (6.5, 6.5, 6, 5.5)),  # was stored as 6.5 / 6.5 / 6.5 / 5
    ("8.5,8,7.5,7.5", (8.5, 8, 7.5, 7.5)),  # was refused over an "8.7" never typed
    ("6,5 7.5 7 7", (6.5, 7.5, 7, 7)),  # each number with its own decimal mark
    ("8.7.7.7", (8, 7, 7, 7)),
])
def test_the_misreadings_found_are_read_as_meant(text: str, expected: tuple[float, ...]) -> None:
    assert parse_scores(text, "ielts_general") == dict(zip(ABILITIES, expected, strict=True))


def test_a_comma_that_may_be_a_decimal_is_asked_about() -> None:
    with pytest.raises(Ambiguous) as asked:
        parse_scores("7,5 7,5", "ielts_general")  # two French half bands, or 7 / 5 / 7 / 5?
    assert asked.value.choices == ["7/5/7/5"] and asked.value.key == "answers.confirm"
