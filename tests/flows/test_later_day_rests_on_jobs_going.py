""""What if I apply later?" (played by hand, session 19): a data analyst who started on 2026-03-16 is not yet
eligible today (1,140 hours); assessed for April 1, 2027 she is eligible with 1,633 hours, most of them still to
be worked, and the screen said only "✅ Canadian work" and "Create your Express Entry profile". The "not yet" day
said "This day holds only if job 1 goes on until then"; the later day now says it rests on the job going on too,
where it does (the same answers with the job ended today are not eligible then)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flows.result_view import glance
from flows.results import result_for_answers
from flows.texts import catalog
from flows.verdict_text import open_ended_note

TODAY = dt.date(2026, 12, 7)
LATER = dt.date(2027, 4, 1)


def _answers(**job: Any) -> dict[str, Any]:
    return {"quebec_plan": False, "canadian_work": True,
            "jobs": [{"job_occupation": {"noc": "21223"}, "job_start": "2026-03-16", "job_ongoing": True,
                      "job_hours": 37.5, "job_paid": True, "job_employee": True, "job_student": False,
                      "job_authorized": True, **job}],
            "tests": [{"test_kind": "pte_core", "test_date": "2025-11-20", "test_listening": 79,
                       "test_reading": 75, "test_writing": 80, "test_speaking": 70}]}


def test_a_later_day_met_with_hours_still_to_work_says_it_rests_on_the_job() -> None:
    result = result_for_answers(_answers(), LATER, "en", today=TODAY)
    assert result["verdict"] == "eligible" and result["later_jobs"] == [1]
    said = catalog("en").t("results.planned_end.later", job=1)
    assert said in glance(result, "en") and open_ended_note(result, catalog("en")) == [said]
    assert catalog("fr").t("results.planned_end.later", job=1) in glance(
        result_for_answers(_answers(), LATER, "fr", today=TODAY), "fr")


def test_todays_verdict_and_a_later_day_met_already_say_nothing_of_it() -> None:
    assert "later_jobs" not in result_for_answers(_answers(), TODAY, "en", today=TODAY)
    met = _answers(job_start="2024-01-08")  # eligible today: the later day does not rest on hours to come
    assert "later_jobs" not in result_for_answers(met, LATER, "en", today=TODAY)
    ended = _answers(job_ongoing=False, job_end="2026-11-30")
    assert "later_jobs" not in result_for_answers(ended, LATER, "en", today=TODAY)
