"""A leave said with a job still going ("yes, on mat leave", « oui mais en congé de maternité ») was stored as a
job still going, its weeks of leave counted at the job's hours. RULES.md 1 counts hours of paid work and says
nothing of leave; as the hours question already said (err.hours_leave), the time on leave is not counted as work
here, and how to give the time worked is said. A plain yes and a vacation said in passing are read as before."""

from __future__ import annotations

import pytest

from flows.texts import catalog
from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_ongoing", "yes, on leave", "en"), ("job_ongoing", "yes but on mat leave since june", "en"),
    ("job_ongoing", "on maternity leave", "en"), ("job_ongoing", "yes, parental leave till march", "en"),
    ("job_ongoing", "oui mais en congé de maternité", "fr"), ("job_ongoing", "oui, en arrêt maladie", "fr"),
])
def test_a_leave_said_with_the_job_is_told_how_to_give_it(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert catalog(lang).t("err.on_leave") in outcome.text


@pytest.mark.parametrize(("typed", "lang"), [
    ("40 but i was on mat leave for a year", "en"), ("40h sauf pendant mon congé parental", "fr")])
def test_a_leave_said_with_the_hours_keeps_its_own_message(typed: str, lang: str) -> None:
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "refused" and catalog(lang).t("err.hours_leave") in outcome.text


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("job_ongoing", "yes", True), ("job_ongoing", "yes, took a vacation in july", True), ("job_hours", "40", 40),
])
def test_answers_without_a_leave_are_read_as_before(question: str, typed: str, stored: object) -> None:
    outcome = answer(question, typed)
    assert (outcome.kind, outcome.value) == ("stored", stored)
