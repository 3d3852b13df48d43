"""A leave named in the weekly hours answer (RULES.md 1 counts hours of paid work and says nothing of leave): no
number is taken from it, and the refusal says the rules are silent and how to leave the months out."""

from __future__ import annotations

import pytest

from flows.parsing import InvalidAnswer, parse_hours
from flows.texts import catalog


@pytest.mark.parametrize("typed", [
    "37.5 but i was on maternity leave may 2025 to june 2026",
    "40, on mat leave since march",
    "on leave",
    "30 before my sick leave",
    "leave of absence from jan",
    "37,5 mais en congé de maternité depuis mai",
    "35h, arrêt maladie 2 mois",
    "congé parental",
])
def test_a_leave_named_is_never_read_as_hours(typed: str) -> None:
    with pytest.raises(InvalidAnswer) as caught:
        parse_hours(typed, 168)
    assert caught.value.key == "err.hours_leave"


@pytest.mark.parametrize(("typed", "hours"), [("40", 40), ("37,5", 37.5), ("37h30", 37.5), ("20 h/week", 20)])
def test_hours_without_a_leave_are_read_as_before(typed: str, hours: float) -> None:
    assert parse_hours(typed, 168) == hours


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("say nothing of a leave", "/back", "authorized")),
    ("fr", ("ne disent rien des congés", "/back", "représentant autorisé")),
])
def test_the_refusal_says_the_rules_are_silent(lang: str, words: tuple[str, ...]) -> None:
    said = catalog(lang).t("err.hours_leave")
    assert all(word in said for word in words)
