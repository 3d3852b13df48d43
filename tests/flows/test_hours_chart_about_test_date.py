"""The hours chart's expiry line for a test date said as "around" a month (left by coherence round 7): Details and
the reminders said "or about then" (a test taken a month earlier lapses a month earlier, RULES.md 2), the chart
said "Your language test expires on April 1, 2027." as if to the day. Now the chart says it as they do; a test
date given as a day or a month alone keeps its line."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.chart_replies import chart_reply
from flows.machine import VERDICT, Screening

TODAY = dt.date(2026, 12, 7)


def _screening(**test: Any) -> Screening:
    answers = {"quebec_plan": False, "canadian_work": True,
               "jobs": [{"job_occupation": {"noc": "21232"}, "job_start": "2024-01-08", "job_ongoing": True,
                         "job_hours": 40, "job_paid": True, "job_employee": True, "job_student": False,
                         "job_authorized": True}],
               "tests": [{"test_kind": "ielts_general", "test_date": "2025-04", "test_listening": 8,
                          "test_reading": 7, "test_writing": 7, "test_speaking": 7, **test}]}
    return Screening(VERDICT, answers, [])


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Your language test expires on April 1, 2027 or about then (you gave its date as around April 2025"),
    ("fr", "Votre test de langue expire le 1er avril 2027 environ (vous avez situé sa date vers avril 2025"),
])
def test_an_around_test_date_is_said_as_such_on_the_hours_chart(lang: str, said: str) -> None:
    reply = chart_reply(_screening(test_date_about=True), "hours", lang, TODAY, TODAY)
    assert reply is not None and said in "\n".join(m.text for m in reply.messages)


def test_a_month_alone_keeps_its_line() -> None:
    reply = chart_reply(_screening(), "hours", "en", TODAY, TODAY)
    text = "\n".join(m.text for m in reply.messages) if reply else ""
    assert "Your language test expires on April 1, 2027." in text and "or about then" not in text
