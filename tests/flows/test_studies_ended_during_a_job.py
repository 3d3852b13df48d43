"""A job kept after full-time studies ended: "Until my studies ended" asks when they ended, and only the hours
after that day count (RULES.md section 1: work while a full-time student does not count). Answering "Yes" or
"No" instead would be false for most international graduates and decide the verdict wrongly either way."""

from __future__ import annotations

import datetime as dt

from flows import conversation as talk
from flows.machine import Screening
from flows.profile_builder import ALL, build_profile

from .chat_steps import TODAY, say

JOB_UNTIL_STUDENT = ["no", "yes", "21232", "2023-09-01", "yes", "40", "yes", "yes"]
AFTER_STUDENT = ["yes", "no", "IELTS GT", "2025-06-01", "8 7 7 7", "no"]  # authorized, no other job, the test


def labels(reply: talk.Reply) -> list[str]:
    return [b.label for m in reply.messages for row in m.buttons for b in row]


def press(screening: Screening, reply: talk.Reply, label: str, lang: str = "en") -> talk.Reply:
    data = next(b.data for m in reply.messages for row in m.buttons for b in row if b.label == label)
    kind, key, value = data.split("|")
    assert kind == "a"
    result = talk.handle_button(screening, key, value, lang, TODAY)
    assert result is not None
    return result


def test_the_student_question_offers_part_of_the_time_and_asks_when_the_studies_ended() -> None:
    screening = talk.new_screening()
    reply = say(screening, *JOB_UNTIL_STUDENT)
    assert screening.state == "job_student"
    assert labels(reply)[:3] == ["Yes", "No", "Until my studies ended"]
    assert "If you kept this job after your full-time studies ended, choose “Until my studies ended”." in \
        reply.messages[-1].text
    reply = press(screening, reply, "Until my studies ended")
    assert screening.answers["jobs"][0]["job_student"] == "partly"
    assert reply.echo == "Until my studies ended"
    assert screening.state == "job_student_end"
    assert "In job 1, when did you stop being a full-time student?" in reply.messages[-1].text
    assert "Hours up to that day do not count" in reply.messages[-1].text
    assert "2026" in labels(reply)  # the date picker


def test_only_the_hours_after_the_studies_count() -> None:
    # Studies ended 2025-04-30: 2025-05-01..2026-11-26 is 575 days at 30/7 h a day (40 h capped at 30).
    screening = talk.new_screening()
    reply = say(screening, *JOB_UNTIL_STUDENT, "part of the time", "2025-04-30", *AFTER_STUDENT)
    result = reply.result
    assert result is not None and result["verdict"] == "eligible"
    assert result["qualifying_hours"] == round(575 * 30 / 7)
    line = result["hours_ledger"]["jobs"][0]
    assert line["not_counted"]["full_time_student"] > 0 and line["excluded_because"] is None
    assert "from the day after your full-time studies ended" in line["explanation"]


def test_studies_that_ended_recently_give_the_day_the_person_becomes_eligible() -> None:
    # 1,560 h at 30 h a week take 364 days from 2026-02-01, the day after the studies ended.
    screening = talk.new_screening()
    reply = say(screening, *JOB_UNTIL_STUDENT, "3", "2026-01-31", *AFTER_STUDENT)
    assert reply.result is not None and reply.result["verdict"] == "not_yet_eligible"
    assert reply.result["eligible_on"] == (dt.date(2026, 2, 1) + dt.timedelta(days=364)).isoformat()


def test_yes_and_no_still_mean_the_whole_job() -> None:
    for answer, verdict in (("yes", "not_eligible"), ("no", "eligible")):
        screening = talk.new_screening()
        # A full-time student throughout is not asked about work authorization (issue 16: it counts nowhere).
        after = AFTER_STUDENT[1:] if answer == "yes" else AFTER_STUDENT
        reply = say(screening, *JOB_UNTIL_STUDENT, answer, *after)
        assert reply.result is not None and reply.result["verdict"] == verdict
        assert "job_student_end" not in screening.answers["jobs"][0]


def test_studies_that_ended_outside_the_job_are_explained_and_asked_again() -> None:
    screening = talk.new_screening()
    say(screening, *JOB_UNTIL_STUDENT, "part of the time")
    reply = talk.handle_text(screening, "2023-06-30", "en", TODAY)
    assert reply.error and screening.state == "job_student_end"
    assert "before job 1 started (September 1, 2023)" in reply.messages[0].text
    assert "“No”" in reply.messages[0].text
    assert "when did you stop being a full-time student?" in reply.messages[-1].text  # the same question
    assert screening.answers["jobs"][0]["job_student"] == "partly"  # nothing lost

    ended = talk.new_screening()
    say(ended, "no", "yes", "21232", "2023-09-01", "no", "2025-06-30", "40", "yes", "yes", "partly")
    reply = talk.handle_text(ended, "July 2025", "en", TODAY)
    assert reply.error and "not before job 1 ended (June 30, 2025)" in reply.messages[0].text
    assert "“Yes”" in reply.messages[0].text


def test_a_month_without_the_day_is_read_both_ways_and_asked_when_it_decides() -> None:
    # Studies ended in January 2026: the careful reading counts from February 1, the favourable from January 2.
    screening = talk.new_screening()
    reply = say(screening, *JOB_UNTIL_STUDENT, "partly", "January 2026", *AFTER_STUDENT)
    assert screening.answers["jobs"][0]["job_student_end"] == "2026-01"
    careful = build_profile(screening.answers, TODAY)["jobs"][0]
    favourable = build_profile(screening.answers, TODAY, ALL)["jobs"][0]
    assert careful["full_time_student_until"] == "2026-01-31"
    assert favourable["full_time_student_until"] == "2026-01-01"
    assert careful["full_time_student"] is False
    approximate = reply.result["approximate"] if reply.result else {}
    assert approximate["decisive"] and approximate["deciding"] == [["job_student_end", 0]]
    assert "Job 1 · end of full-time studies: you gave January 2026 without the day." in reply.messages[0].text


def test_changing_the_answer_to_no_drops_the_end_of_studies() -> None:
    screening = talk.new_screening()
    say(screening, *JOB_UNTIL_STUDENT, "partly", "2025-04-30", *AFTER_STUDENT)
    talk.edit(screening, "job_student", 0, "en", TODAY)
    reply = talk.handle_text(screening, "no", "en", TODAY)
    assert "job_student_end" not in screening.answers["jobs"][0]
    assert reply.result is not None and reply.result["verdict"] == "eligible"
    assert build_profile(screening.answers, TODAY)["jobs"][0]["full_time_student"] is False


def test_en_francais() -> None:
    screening = talk.new_screening()
    reply = say(screening, "non", "oui", "21232", "2023-09-01", "oui", "40", "oui", "oui", lang="fr")
    assert labels(reply)[:3] == ["Oui", "Non", "Jusqu'à la fin de mes études"]
    reply = talk.handle_text(screening, "jusqu’à la fin de mes études", "fr", TODAY)
    assert reply.echo == "Jusqu'à la fin de mes études"
    question = reply.messages[-1].text
    assert "Pendant l'emploi 1, à quelle date vos études à temps plein ont-elles pris fin ?" in question
    reply = talk.handle_text(screening, "30 avril 2025", "fr", TODAY)
    assert screening.answers["jobs"][0]["job_student_end"] == "2025-04-30"
    reply = say(screening, "oui", "non", "IELTS GT", "2025-06-01", "8 7 7 7", "non", lang="fr")
    line = reply.result["hours_ledger"]["jobs"][0] if reply.result else {}
    assert "à partir du lendemain de la fin de vos études à temps plein" in line["explanation"]
