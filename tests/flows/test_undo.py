"""/back right after an answer that removed others brings them back (a slip of the thumb costs nothing)."""

from __future__ import annotations

import json

from flows import conversation as talk
from flows.machine import VERDICT, Screening
from flows.undo import UNDO, remember, restore

from .chat_steps import TODAY, say

# Single, one job as a software developer, IELTS CLB 9 (the s01 persona's screening part).
SCREENING = ["no", "yes", "21232", "2025-09-01", "yes", "40", "yes", "yes", "no", "yes", "no",
             "IELTS GT", "2025-06-01", "8", "7", "7", "7", "no"]
TWO_JOBS = ["no", "yes", "21232", "2024-01-01", "no", "2024-12-31", "40", "yes", "yes", "no", "yes", "yes",
            "63200", "2025-01-01", "yes", "20", "yes", "yes", "no", "yes", "no"]


def public(screening: Screening) -> dict[str, object]:
    return json.loads(json.dumps({k: v for k, v in screening.answers.items() if not k.startswith("_")}))


def test_back_after_no_to_canadian_work_brings_every_job_back() -> None:
    screening = talk.new_screening()
    say(screening, *SCREENING)
    kept = public(screening)
    talk.edit(screening, "canadian_work", 0, "en", TODAY)
    reply = say(screening, "no")
    assert "Job 1 removed. Tapped by mistake? Send /back to undo." in reply.messages[0].text
    assert "job_occupation" not in screening.answers["jobs"][0]
    reply = talk.go_back(screening, "en", TODAY)
    assert screening.state == "canadian_work" and "Changing your answer: “Yes”" in reply.messages[0].text
    assert public(screening) == kept
    reply = say(screening, "yes")  # the same answer again: nothing is asked twice
    assert screening.state == VERDICT and reply.result is not None and reply.result["verdict"] == "eligible"


def test_back_after_no_more_jobs_brings_job_2_back() -> None:
    screening = talk.new_screening()
    say(screening, *TWO_JOBS)
    talk.edit(screening, "job_more", 0, "en", TODAY)
    reply = say(screening, "no")
    assert "Job 2 removed." in reply.messages[0].text and len(screening.answers["jobs"]) == 1
    talk.go_back(screening, "en", TODAY)
    assert [job["job_occupation"] for job in screening.answers["jobs"]] == [{"noc": "21232"}, {"noc": "63200"}]


def test_back_after_single_brings_the_partners_answers_back() -> None:
    screening = talk.new_screening()
    say(screening, *SCREENING)
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    say(screening, "1990-01-01", "married", "no", "yes", "master", "none", "2")
    talk.edit(screening, "marital", 0, "en", TODAY)
    say(screening, "single")
    assert "spouse_education" not in screening.answers
    talk.go_back(screening, "en", TODAY)
    assert screening.answers["marital"] == "married" and screening.answers["spouse_education"] == "master"


def test_back_after_another_test_brings_the_old_scores_back() -> None:
    screening = talk.new_screening()
    say(screening, *SCREENING)
    talk.edit(screening, "test_kind", 0, "en", TODAY)
    say(screening, "celpip")
    assert "test_listening" not in screening.answers["tests"][0]
    talk.go_back(screening, "en", TODAY)
    test = screening.answers["tests"][0]
    scores = [test[f"test_{ability}"] for ability in ("listening", "reading", "writing", "speaking")]
    assert test["test_kind"] == "ielts_general" and scores == [8, 7, 7, 7]


def test_an_answer_given_since_ends_the_undo() -> None:
    screening = talk.new_screening()
    say(screening, *TWO_JOBS)
    talk.edit(screening, "job_more", 0, "en", TODAY)
    say(screening, "no")
    assert UNDO in screening.answers
    say(screening, *(["IELTS GT"] if screening.state == "test_kind" else []))
    assert UNDO not in screening.answers, "the next answer forgets the answers removed before it"
    for _ in range(3):
        talk.go_back(screening, "en", TODAY)
    assert len(screening.answers["jobs"]) == 1


def test_a_change_that_removes_nothing_keeps_nothing() -> None:
    screening = talk.new_screening()
    say(screening, *SCREENING)
    talk.edit(screening, "job_hours", 0, "en", TODAY)
    say(screening, "35")
    assert UNDO not in screening.answers
    reply = talk.go_back(screening, "en", TODAY)
    assert "Changing your answer: “35" in reply.messages[0].text


def test_the_first_answer_to_a_question_keeps_no_copy() -> None:
    screening = talk.new_screening()
    say(screening, *SCREENING)
    assert UNDO not in screening.answers


def test_the_hint_is_in_french_too() -> None:
    screening = talk.new_screening()
    say(screening, *TWO_JOBS, lang="fr")
    talk.edit(screening, "job_more", 0, "fr", TODAY)
    reply = say(screening, "non", lang="fr")
    assert "Emploi 2 retiré. Par erreur ? Envoyez /back pour annuler." in reply.messages[0].text


def test_restore_refuses_when_answers_changed_since_and_keeps_bookkeeping() -> None:
    answers: dict[str, object] = {"marital": "single", "_position": {"job": 0, "test": 0}, "_last_update": 7}
    remember(answers, "marital:0:0", {"marital": "married", "spouse_education": "master"})
    answers["_last_update"] = 8  # bookkeeping moves on: not an answer
    assert restore(answers, "marital:0:0")
    assert answers == {"marital": "married", "spouse_education": "master", "_position": {"job": 0, "test": 0},
                       "_last_update": 8}
    remember(answers, "marital:0:0", {"marital": "common_law"})
    answers["age"] = 30  # an answer given some other way since: undoing would lose it
    assert not restore(answers, "marital:0:0") and answers["age"] == 30 and UNDO not in answers
    remember(answers, "marital:0:0", {"marital": "common_law"})
    assert not restore(answers, "job_more:0:0") and UNDO in answers  # another place: not this change
