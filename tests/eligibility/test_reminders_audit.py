"""An audit of the reminders against RULES.md sections 1 and 2 (and the ECA's 5 years of section 3).

Every expected day below was worked out by hand from RULES.md, not read back from the code:
- 1,560 h at most 30 h a week take 364 days of full-time work (RULES.md 1: "1 year full time = 30 h/week x 52
  weeks"); part time counts in proportion. The window is the 3 years before the day the application is made.
- A language result is valid for 2 years from the test date ("less than 2 years old", RULES.md 1 row 3 and 2),
  and must be valid on the day of the application; the language level is the one of the occupation with the
  most hours in the window (RULES.md 1, IRPR 87.1(2)(e)).
- RULES.md 1, "not yet eligible": warn if the test expires before the projected day, or within about 4 months
  of it (an invitation plus 60 days to apply can run past it).
- A foreign credential counts only with an ECA less than 5 years old (RULES.md 3).

The schedule is read from stored answers as the bot reads them (flows.reminders.plan), and the sentences in
English and French as they are sent (flows.reminders.reminder_message / list_message).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eligibility import Profile, assess
from eligibility.reminders import Reminder, live
from flows import reminders as talk
from flows.questions import PARTLY, UNSURE
from flows.results import result_for_answers

D = dt.date
TODAY = D(2026, 11, 27)


# -- stored answers, as the conversation saves them -----------------------------------------------------------
def job(noc: str = "21232", start: str = "2026-03-02", hours: float = 40, end: str | None = None,
        **more: Any) -> dict[str, Any]:
    """A paid, authorized job as an employee in Canada, not while a full-time student; ongoing unless `end`."""
    item = {"job_occupation": {"noc": noc}, "job_start": start, "job_ongoing": end is None, "job_hours": hours,
            "job_paid": True, "job_employee": True, "job_student": False, "job_authorized": True,
            "job_more": False}
    if end is not None:
        item["job_end"] = end
    return {**item, **more}


def ielts(date: str = "2025-06-01", band: float = 8) -> dict[str, Any]:
    """IELTS General Training: 8 in each ability is CLB 9/10/10/10, 5 in each is CLB 5/6/5/5 (RULES.md 2)."""
    return {"test_kind": "ielts_general", "test_date": date, "test_listening": band, "test_reading": band,
            "test_writing": band, "test_speaking": band, "test_more": False}


def celpip(date: str, level: int) -> dict[str, Any]:
    """CELPIP-General: its level in each ability is the CLB level (RULES.md 2)."""
    return {"test_kind": "celpip_general", "test_date": date, "test_listening": level, "test_reading": level,
            "test_writing": level, "test_speaking": level, "test_more": False}


def tef(date: str) -> dict[str, Any]:
    """TEF Canada 450/450/450/460: NCLC 7 in each ability (rows 434/434/428/456, RULES.md 2)."""
    return {"test_kind": "tef_canada", "test_date": date, "test_listening": 450, "test_reading": 450,
            "test_writing": 450, "test_speaking": 460, "test_more": False}


def answers(jobs: list[dict[str, Any]] | None = None, tests: list[dict[str, Any]] | None = None,
            **more: Any) -> dict[str, Any]:
    return {"quebec": False, "canadian_work": True, "jobs": jobs if jobs is not None else [job()],
            "tests": tests if tests is not None else [ielts()], **more}


CRS = {"birth": {"birth_date": "1997-03-10"}, "marital": "single", "education_level": "bachelor",
       "education_where": "abroad_eca", "canadian_credential": "none", "foreign_work": "2", "certificate": False,
       "nomination": False, "sibling": False}


def plan(given: dict[str, Any], today: dt.date = TODAY, answered: dt.date = TODAY, since: dt.date = TODAY,
         muted: tuple[str, ...] = ()) -> list[Reminder]:
    return talk.plan(given, since, answered, today, muted)[0]


def due(reminders: list[Reminder]) -> list[tuple[str, dt.date]]:
    return [(r.kind, r.due) for r in reminders]


def one(reminders: list[Reminder], kind: str) -> Reminder:
    (found,) = [r for r in reminders if r.kind == kind]
    return found


def assess_verdict(given: dict[str, Any], day: dt.date) -> str:
    """The verdict the person is shown for these answers on `day` (the careful reading, flows/results.py)."""
    return str(result_for_answers(given, day, "en")["verdict"])


def sent(reminder: Reminder, lang: str, today: dt.date | None = None) -> str:
    return talk.reminder_message(reminder, lang, today or reminder.due).text


def listed(reminders: list[Reminder], lang: str, today: dt.date = TODAY) -> str:
    return talk.list_message(reminders, lang, today).text


# == The language result expiring (RULES.md 1 row 3, 2 "Validity") ============================================
def test_an_eligible_persons_test_is_reminded_90_and_30_days_before_it_expires() -> None:
    # IELTS of 2025-06-01: valid 2 years, so no longer from 2027-06-01. 90 days before: 2027-03-03 (31 days of
    # May, 30 of April, 29 of March back from June 1); 30 days before: 2027-05-02.
    reminders = plan(answers(jobs=[job(start="2024-01-01")]))
    assert due(reminders) == [("test_90", D(2027, 3, 3)), ("test_30", D(2027, 5, 2))]
    assert {r.event for r in reminders} == {D(2027, 6, 1)}
    test_90, test_30 = reminders
    assert "Your IELTS General Training result of June 1, 2025 expires on June 1, 2027, in 90 days." in sent(
        test_90, "en")
    assert "you would no longer be eligible for the Canadian Experience Class" in sent(test_90, "en")
    assert "IELTS General Training du 1er juin 2025 expire le 1er juin 2027, dans 30 jours." in sent(test_30, "fr")
    assert "March 3, 2027: 90 days before your IELTS General Training result expires on June 1, 2027" in listed(
        reminders, "en")
    assert "2 mai 2027 : 30 jours avant l'expiration de votre résultat IELTS General Training, le 1er juin 2027" \
        in listed(reminders, "fr")


def test_a_test_taken_on_29_february_expires_when_the_verdict_says_it_does() -> None:
    # 2024-02-29 + 2 years has no 29 February: RULES.md says "2 years" and no more. The verdict (and the rules
    # audit) read it carefully, no longer valid from 2026-02-28; the reminder must say the same day, never a day
    # the verdict already calls expired. 2026-02-28 - 90 days = 2025-11-30; - 30 days = 2026-01-29.
    given = answers(jobs=[job(start="2024-01-01")], tests=[ielts("2024-02-29")])
    reminders = plan(given, today=D(2025, 11, 27), answered=D(2025, 11, 27), since=D(2025, 11, 27))
    assert due(reminders) == [("test_90", D(2025, 11, 30)), ("test_30", D(2026, 1, 29))]
    assert {r.event for r in reminders} == {D(2026, 2, 28)}
    assert "result of February 29, 2024 expires on February 28, 2026, in 90 days." in sent(reminders[0], "en")
    assert "du 29 février 2024 expire le 28 février 2026, dans 30 jours." in sent(reminders[1], "fr")
    verdict_on_the_day = plan(given, today=D(2026, 2, 28), answered=D(2026, 2, 28), since=D(2025, 11, 27))
    assert not [r for r in verdict_on_the_day if r.kind.startswith("test_")], "expired that day for the verdict"


def test_a_test_already_expired_when_answered_is_never_reminded() -> None:
    # IELTS of 2024-06-01 expired on 2026-06-01: no valid result, so not eligible (RULES.md 1 row 3); nothing to
    # warn of but the yearly check.
    reminders = plan(answers(jobs=[job(start="2024-01-01")], tests=[ielts("2024-06-01")]))
    assert due(reminders) == [("yearly", D(2027, 11, 27))]


def test_an_expired_test_beside_a_valid_one_the_valid_one_is_reminded() -> None:
    # CELPIP 9 of 2026-01-10 expires 2028-01-10: 90 days before is 2027-10-12, 30 days before 2027-12-11.
    reminders = plan(answers(jobs=[job(start="2024-01-01")], tests=[ielts("2024-06-01"), celpip("2026-01-10", 9)]))
    assert due(reminders) == [("test_90", D(2027, 10, 12)), ("test_30", D(2027, 12, 11))]
    assert "Your CELPIP-General result of January 10, 2026 expires on January 10, 2028, in 90 days." in sent(
        reminders[0], "en")


def test_of_two_valid_tests_only_the_one_meeting_the_level_is_reminded() -> None:
    # A TEER 1 job needs CLB 7; IELTS at 5 (CLB 5/6/5/5) of 2026-01-10 does not meet it, whatever its expiry.
    reminders = plan(answers(jobs=[job(start="2024-01-01")], tests=[ielts("2025-06-01"), ielts("2026-01-10", 5)]))
    assert due(reminders) == [("test_90", D(2027, 3, 3)), ("test_30", D(2027, 5, 2))]
    assert all(r.details["taken"] == "2025-06-01" for r in reminders)


def test_of_two_tests_meeting_the_level_the_one_lasting_longer_is_reminded() -> None:
    # English or French, one is enough (RULES.md 1 row 3): IELTS of 2025-06-01 expiring does not end eligibility
    # while the TEF of 2025-09-01 (NCLC 7) lasts to 2027-09-01. 90 days before: 2027-06-03; 30 days: 2027-08-02.
    reminders = plan(answers(jobs=[job(start="2024-01-01")], tests=[ielts("2025-06-01"), tef("2025-09-01")]))
    assert due(reminders) == [("test_90", D(2027, 6, 3)), ("test_30", D(2027, 8, 2))]
    assert "Votre résultat TEF Canada du 1er septembre 2025 expire le 1er septembre 2027, dans 90 jours." in sent(
        reminders[0], "fr")


def test_a_test_date_given_as_a_month_is_not_said_as_a_day() -> None:
    # "2025-06": taken some day of June 2025, so it expires some day of June 2027, on June 1 at the earliest.
    # Reminded from the earliest (90 days before June 1, 2027: 2027-03-03), but the text must not say the person
    # took the test on June 1 or that it expires on June 1: that is a day they never gave.
    reminders = plan(answers(jobs=[job(start="2024-01-01")], tests=[ielts("2025-06")]))
    assert due(reminders) == [("test_90", D(2027, 3, 3)), ("test_30", D(2027, 5, 2))]
    english, french = sent(reminders[0], "en"), sent(reminders[1], "fr")
    assert "June 1, 2025" not in english and "June 2025" in english and "June 2027" in english
    assert "June 1, 2027 at the earliest" in english
    assert "1er juin 2025" not in french and "juin 2025" in french and "juin 2027" in french
    assert "1er juin 2027 au plus tôt" in french
    assert "expires on June 1, 2027" not in listed(reminders, "en")
    assert "le 1er juin 2027," not in listed(reminders, "fr")


def test_a_test_date_not_known_is_read_as_the_verdict_reads_it() -> None:
    # "Not sure" is read carefully as a result too old to count: the verdict is "not eligible" on that reading,
    # so no test reminder (and no day invented for it).
    reminders = plan(answers(jobs=[job(start="2024-01-01")], tests=[ielts(UNSURE)]))
    assert due(reminders) == [("yearly", D(2027, 11, 27))]


def test_the_test_relied_on_is_the_one_meeting_the_level_that_applies_when_the_person_qualifies() -> None:
    # Today a TEER 3 cook's 523 h (2026-06-01 to 2026-09-30: 122 days x 30/7) lead the TEER 1 job's 244 h: CLB 5.
    # The TEER 1 job (from 2026-10-01, 30 h) reaches 1,560 h in all after 364 - 122 = 242 more days: 2027-05-31,
    # when it leads with 1,037 h, so CLB 7 applies (RULES.md 1, IRPR 87.1(2)(e)). Only the IELTS (CLB 9) meets it,
    # and it expires 2027-06-01; the CELPIP at 6 (CLB 6) lasting to 2028 never meets it. The reminders must be
    # about the IELTS, not the CELPIP.
    given = answers(jobs=[job("63200", "2026-06-01", 30, end="2026-09-30"), job("21232", "2026-10-01", 30)],
                    tests=[celpip("2026-06-01", 6), ielts("2025-06-01")])
    reminders = plan(given)
    assert one(reminders, "eligible").due == D(2027, 5, 31)
    assert [(r.kind, r.due, r.details["test"]) for r in reminders if r.kind.startswith("test_")] == [
        ("test_90", D(2027, 3, 3), "ielts_general"), ("test_30", D(2027, 5, 2), "ielts_general")]


# == The day a person not yet eligible becomes eligible (RULES.md 1, "not yet") ===============================
def test_full_time_since_2_march_2026_eligible_on_1_march_2027() -> None:
    # 364 days at 30 h (40 h capped) from 2026-03-02: the window holds 1,560 h on 2027-03-01.
    reminders = plan(answers())
    eligible = one(reminders, "eligible")
    assert (eligible.due, eligible.event) == (D(2027, 3, 1), D(2027, 3, 1))
    assert "Today, March 1, 2027, by your answers you meet the Canadian Experience Class's requirement" in sent(
        eligible, "en")
    assert "1er mars 2027 : le jour où vous devriez devenir admissible" in listed(reminders, "fr")


def test_part_time_takes_proportionally_longer() -> None:
    # 15 h a week: 1,560 / 15 = 104 weeks = 728 days from 2026-03-02: 2028-02-28 (2028 is a leap year).
    eligible = one(plan(answers(jobs=[job(hours=15)])), "eligible")
    assert eligible.due == D(2028, 2, 28)


def test_a_job_ending_before_1560_hours_brings_no_eligibility_reminder() -> None:
    # 2026-03-02 to 2027-02-15: 351 days x 30/7 = 1,504 h, never 1,560: not eligible, nothing to project.
    reminders = plan(answers(jobs=[job(end="2027-02-15")]))
    assert "eligible" not in [r.kind for r in reminders]
    assert not [r for r in reminders if r.kind.startswith("test_")], "no verdict rests on the test"


def test_a_job_ending_after_1560_hours_keeps_the_day() -> None:
    reminders = plan(answers(jobs=[job(end="2027-06-30")]))
    assert one(reminders, "eligible").due == D(2027, 3, 1)


def test_work_while_a_full_time_student_counts_from_the_day_after_the_studies() -> None:
    # Working since 2025-09-01 while a full-time student until 2026-04-30 (RULES.md 1: that work does not count):
    # from 2026-05-01, 364 days: 2027-04-30.
    student = job(start="2025-09-01", job_student=PARTLY, job_student_end="2026-04-30")
    day = D(2026, 1, 15)
    eligible = one(plan(answers(jobs=[student]), today=day, answered=day, since=day), "eligible")
    assert eligible.due == D(2027, 4, 30)


def test_a_test_expiring_before_the_projected_day_is_said_to_expire_before_it() -> None:
    # Part time (eligible on 2028-02-28), IELTS expiring 2027-06-01. RULES.md 1: warn that the test expires before
    # that day. The person is not eligible yet: "you would no longer be eligible" is false. The test reminders say
    # the result expires before the projected day, so a new one will be needed by then.
    reminders = plan(answers(jobs=[job(hours=15)]))
    assert due(reminders) == [("test_90", D(2027, 3, 3)), ("test_30", D(2027, 5, 2)), ("eligible", D(2028, 2, 28))]
    for reminder in reminders[:2]:
        english, french = sent(reminder, "en"), sent(reminder, "fr")
        assert "expires on June 1, 2027" in english and "February 28, 2028" in english
        assert "no longer be eligible" not in english
        assert "expire le 1er juin 2027" in french and "28 février 2028" in french
        assert "ne seriez plus admissible" not in french


def test_on_the_projected_day_an_expired_test_is_not_taken_as_valid() -> None:
    # On 2028-02-28 the hours are met, but by the answers the only result stopped counting on 2027-06-01: the
    # person is not eligible without a new one (RULES.md 1 row 3). "You now appear eligible" would mislead.
    eligible = one(plan(answers(jobs=[job(hours=15)])), "eligible")
    for lang, expired, claim in (("en", "June 1, 2027", "you now appear eligible"),
                                 ("fr", "1er juin 2027", "vous semblez maintenant admissible")):
        text, late = sent(eligible, lang), sent(eligible, lang, D(2028, 3, 3))
        assert expired in text and expired in late
        assert claim not in text and claim not in late
    assert "June 1, 2027" in listed([eligible], "en")


def test_a_test_expiring_on_the_projected_day_itself_counts_as_expired_then() -> None:
    # IELTS of 2025-03-01 expires 2027-03-01, the day the full-time job reaches 1,560 h: not valid that day.
    # 90 days before 2027-03-01: 2026-12-01; 30 days: 2027-01-30.
    reminders = plan(answers(tests=[ielts("2025-03-01")]))
    assert due(reminders) == [("test_90", D(2026, 12, 1)), ("test_30", D(2027, 1, 30)),
                              ("eligible", D(2027, 3, 1))]
    assert "no longer be eligible" not in sent(reminders[0], "en")
    assert "you now appear eligible" not in sent(reminders[2], "en")


def test_on_the_projected_day_a_test_expiring_within_4_months_is_warned_of() -> None:
    # Eligible on 2027-03-01; the IELTS expires 2027-06-01, 92 days later: "within about 4 months of it" (RULES.md
    # 1), an invitation plus 60 days to apply can run past it. The reminder of that day says so.
    eligible = one(plan(answers()), "eligible")
    assert "June 1, 2027" in sent(eligible, "en")
    assert "1er juin 2027" in sent(eligible, "fr")
    assert "you now appear eligible" in sent(eligible, "en"), "still eligible that day"


def test_on_the_projected_day_a_test_lasting_long_after_is_not_mentioned() -> None:
    # CELPIP 9 of 2026-01-10 lasts to 2028-01-10, 10 months after 2027-03-01: nothing to warn of.
    eligible = one(plan(answers(tests=[celpip("2026-01-10", 9)])), "eligible")
    assert "2028" not in sent(eligible, "en") and "2028" not in sent(eligible, "fr")


# == The ECA (RULES.md 3: counts only while less than 5 years old) =============================================
def test_the_eca_is_reminded_90_days_before_the_earliest_day_it_turns_5() -> None:
    # Issued in May 2022: 5 years old in May 2027, from 2027-05-01 at the earliest; 90 days before: 2027-01-31.
    reminders = plan(answers(jobs=[job(start="2024-01-01")], **CRS, _eca_issued="2022-05"))
    eca = one(reminders, "eca")
    assert (eca.due, eca.event) == (D(2027, 1, 31), D(2027, 5, 1))
    assert "Your ECA, issued in May 2022, turns 5 years old in May 2027, in about 90 days." in sent(eca, "en")
    assert "Votre EDE, délivrée en mai 2022, aura 5 ans en mai 2027, dans environ 90 jours." in sent(eca, "fr")


def test_no_eca_reminder_for_a_canadian_credential() -> None:
    canadian = {**CRS, "education_where": "canada"}
    reminders = plan(answers(jobs=[job(start="2024-01-01")], **canadian, _eca_issued="2022-05"))
    assert "eca" not in [r.kind for r in reminders]


# == Answers changed after reminders were set ===================================================================
def test_a_test_retaken_replaces_the_old_ones_reminders() -> None:
    # Set on 2026-11-27 with the IELTS of 2025-06-01; on 2027-02-01 a new IELTS of 2027-01-20 is added. The old
    # test no longer ends eligibility: nothing on 2027-03-03. The new one expires 2029-01-20: 90 days before is
    # 2028-10-22, 30 days before 2028-12-21.
    given = answers(jobs=[job(start="2024-01-01")], tests=[ielts("2025-06-01"), ielts("2027-01-20")])
    changed = D(2027, 2, 1)
    assert live(plan(given, today=D(2027, 3, 3), answered=changed), D(2027, 3, 3)) == []
    reminders = plan(given, today=changed, answered=changed)
    assert [(r.kind, r.due) for r in reminders if r.kind.startswith("test_")] == [
        ("test_90", D(2028, 10, 22)), ("test_30", D(2028, 12, 21))]


def test_hours_changed_move_the_projected_day() -> None:
    # Part time 15 h (2028-02-28), then on 2027-01-10 the answer says 40 h: from 2026-03-02, 2027-03-01.
    changed = D(2027, 1, 10)
    assert one(plan(answers(jobs=[job(hours=15)])), "eligible").due == D(2028, 2, 28)
    assert one(plan(answers(), today=changed, answered=changed), "eligible").due == D(2027, 3, 1)


def test_a_person_who_became_eligible_earlier_gets_no_eligibility_reminder() -> None:
    # On 2027-01-10 an earlier job is added: TEER 1, 2025-01-01 to 2025-12-31 at 20 h (365 x 20/7 = 1,043 h) and
    # the current one's 314 days x 30/7 = 1,346 h: 2,389 h, eligible now. Nothing about "the day you become
    # eligible" on 2027-03-01.
    changed = D(2027, 1, 10)
    given = answers(jobs=[job(), job(start="2025-01-01", end="2025-12-31", hours=20)])
    assert assess_verdict(given, changed) == "eligible"
    assert "eligible" not in [r.kind for r in plan(given, today=D(2027, 3, 1), answered=changed)]


# == A reminder whose reason no longer holds on its day ========================================================
def test_no_test_reminder_once_the_hours_have_left_the_window() -> None:
    # 2023-06-01 to 2024-06-30 at 40 h: 396 days x 30/7 = 1,697 h, all in the window on 2026-05-01 (eligible). The
    # window drops 2023-06-01.. as it moves: on 2026-07-04 only 363 days (1,556 h) are left, and the person is no
    # longer eligible by hours (RULES.md 1). The test reminders of 2027 ("without another valid result you would
    # no longer be eligible") would rest on eligibility they have lost by then, and a new test would not help.
    day = D(2026, 5, 1)
    given = answers(jobs=[job(start="2023-06-01", end="2024-06-30")])
    assert assess_verdict(given, day) == "eligible"
    assert assess_verdict(given, D(2026, 7, 3)) == "eligible"
    assert assess_verdict(given, D(2026, 7, 4)) == "not_eligible"
    reminders = plan(given, today=day, answered=day, since=day)
    assert not [r for r in reminders if r.kind.startswith("test_")]


def test_an_eligible_person_is_told_before_their_hours_leave_the_window() -> None:
    # RULES.md 1: the hours are those of the 3 years before the application; 2026-07-03 is the last day they hold.
    # Reminded 60 days before it (RULES.md 5: an invitation leaves 60 days to apply), sent until that day.
    day = D(2026, 5, 1)
    reminders = plan(answers(jobs=[job(start="2023-06-01", end="2024-06-30")]), today=day, answered=day, since=day)
    hours = one(reminders, "hours")
    assert (hours.due, hours.event, hours.until) == (D(2026, 5, 4), D(2026, 7, 3), D(2026, 7, 4))
    assert "July 3, 2026, in 60 days, is the last day an application meets" in sent(hours, "en", D(2026, 5, 4))
    assert "le 3 juillet 2026, dans 60 jours, est le dernier jour" in sent(hours, "fr", D(2026, 5, 4))


def test_no_hours_reminder_while_ongoing_full_time_work_keeps_the_window_full() -> None:
    day = D(2026, 5, 1)
    given = answers(jobs=[job(start="2023-06-01", end="2024-06-30"), job(start="2024-07-01")])
    assert "hours" not in [r.kind for r in plan(given, today=day, answered=day, since=day)]


def test_no_hours_reminder_to_a_person_not_eligible_for_another_reason() -> None:
    # Enough hours until 2026-07-03, but no language result: "the last day an application meets..." would speak of
    # an application they cannot make; the verdict says the day (work_met_until) and what is missing.
    day = D(2026, 5, 1)
    given = answers(jobs=[job(start="2023-06-01", end="2024-06-30")], tests=[])
    assert assess_verdict(given, day) == "not_eligible"
    assert "hours" not in [r.kind for r in plan(given, today=day, answered=day, since=day)]


def test_test_reminders_continue_while_ongoing_work_keeps_the_hours() -> None:
    # The same old job, then a current full-time one: the window never falls short, so the 2027 reminders stand.
    day = D(2026, 5, 1)
    given = answers(jobs=[job(start="2023-06-01", end="2024-06-30"), job(start="2024-07-01")])
    assert due(plan(given, today=day, answered=day, since=day)) == [("test_90", D(2027, 3, 3)),
                                                                    ("test_30", D(2027, 5, 2))]


# == Sent once, late after downtime, not twice, not never ======================================================
def test_a_test_reminder_missed_while_down_goes_out_late_with_the_right_count_of_days() -> None:
    given = answers(jobs=[job(start="2024-01-01")])
    back = D(2027, 3, 9)  # down from 2027-03-03 to 2027-03-08
    (late,) = live(plan(given, today=back), back)
    assert (late.kind, late.due) == ("test_90", D(2027, 3, 3))
    assert "expires on June 1, 2027, in 84 days." in sent(late, "en", back)
    assert "expire le 1er juin 2027, dans 84 jours." in sent(late, "fr", back)


def test_a_whole_missed_window_leaves_the_next_reminder_only() -> None:
    given = answers(jobs=[job(start="2024-01-01")])
    back = D(2027, 5, 5)  # test_90's window [2027-03-03, 2027-05-02) passed while down
    (late,) = live(plan(given, today=back), back)
    assert (late.kind, late.due) == ("test_30", D(2027, 5, 2))
    assert "in 27 days." in sent(late, "en", back)


def test_an_eligibility_reminder_missed_while_down_says_since() -> None:
    back = D(2027, 3, 4)
    (late,) = live(plan(answers(tests=[celpip("2026-01-10", 9)]), today=back), back)
    assert late.kind == "eligible"
    assert sent(late, "en", back).startswith("🔔 Since March 1, 2027, by your answers you meet")
    assert "Depuis le 1er mars 2027, selon vos réponses" in sent(late, "fr", back)


@pytest.mark.xfail(strict=True, reason=(
    "Design choice kept: a birthday reminder ('Tomorrow you turn 30') is only sent the day before "
    "(eligibility/reminders.py: 'until the birthday itself'), so a bot down that day never sends it. Its points "
    "come from RULES.md 3 (CRS), outside the validity and eligibility days audited here; a late variant ('On ... "
    "you turned 30') would be a new message for the owner of the CRS texts to word."))
def test_a_birthday_reminder_missed_while_down_goes_out_late() -> None:
    back = D(2027, 3, 10)  # down on 2027-03-09, the day before the 30th birthday
    reminders = plan(answers(jobs=[job(start="2024-01-01")], **CRS), today=back)
    assert "birthday" in [r.kind for r in live(reminders, back)]


def test_cancelled_kinds_stay_cancelled_and_the_other_test_reminder_stays() -> None:
    reminders = plan(answers(jobs=[job(start="2024-01-01")]), muted=("test_90",))
    assert due(reminders) == [("test_30", D(2027, 5, 2))]


def test_the_profile_as_answered_day_is_kept_on_later_days() -> None:
    # The schedule is read as of the answers' day: on 2027-03-15 the same day is found as on 2026-11-27.
    given = answers(tests=[celpip("2026-01-10", 9)])
    assert one(plan(given, today=D(2027, 3, 15)), "eligible").due == D(2027, 3, 1)


def test_profile_model_reads_the_same_dates() -> None:
    # The stored answers and the contract's profile give the same projected day (2027-03-01).
    profile = Profile.model_validate({
        "as_of": TODAY, "birth_date": D(1997, 3, 10), "marital_status": "single",
        "jobs": [{"noc": "21232", "start": D(2026, 3, 2), "end": None, "hours_per_week": 40}],
        "language_tests": [{"test": "celpip_general", "date": D(2026, 1, 10), "listening": 9, "reading": 9,
                            "writing": 9, "speaking": 9}]}, strict=False)
    assert assess(profile)["eligible_on"] == "2027-03-01"
