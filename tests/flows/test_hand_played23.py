"""Session 23, chats played by hand: what a married welder typed at "Is your spouse or partner a Canadian citizen
or permanent resident?" and at "Do you still work in job 1?", read as a careful person would."""
from __future__ import annotations

import pytest

from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "lang"), [
    # the answer to the next question (is the partner coming?), or where the partner works or lives: none of
    # them is a status, and a yes stored here scores the person without the partner's factors
    ("yes she is coming", "en"),
    ("yes my wife is coming", "en"),
    ("yes she works in calgary", "en"),
    ("yes she lives in toronto", "en"),
    ("oui elle vient avec moi", "fr"),
    ("oui mon mari travaille à Ottawa", "fr"),
])
def test_a_yes_about_the_partner_coming_working_or_living_is_no_status(typed: str, lang: str) -> None:
    outcome = answer("spouse_citizen", typed, lang)
    assert outcome.kind == "refused" and outcome.value is None


@pytest.mark.parametrize(("typed", "lang"), [
    ("yes she is pr", "en"),
    ("yes she is a citizen and works here", "en"),
    ("yes my husband is a permanent resident living in ottawa", "en"),
    ("oui il est citoyen", "fr"),
    ("yes, canadian born in toronto", "en"),
])
def test_a_status_said_is_still_a_yes(typed: str, lang: str) -> None:
    outcome = answer("spouse_citizen", typed, lang)
    assert outcome.kind == "stored" and outcome.value is True


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("left for a better job", "en", False),
    ("quit because of school", "en", False),
    ("laid off due to covid", "en", False),
    ("j'ai quitté pour un autre emploi", "fr", False),
    ("left for 2 weeks vacation", "en", None),  # a break: the job goes on
    ("left for maternity leave", "en", None),
    ("quit for another job but came back", "en", None),
])
def test_why_a_job_ended_is_read_with_the_no(typed: str, lang: str, stored: bool | None) -> None:
    outcome = answer("job_ongoing", typed, lang)
    assert outcome.value is stored
    assert outcome.kind == ("stored" if stored is not None else "refused")


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("test_kind", "ielts 7 overall", "en"),
    ("test_kind", "i did ielts", "en"),
    ("test_kind", "ielts 6.5", "en"),
    ("spouse_test_kind", "she has ielts 6.5 overall", "en"),
    ("spouse_test_kind", "elle a fait ielts", "fr"),
])
def test_ielts_said_with_a_score_or_who_took_it_is_asked_which_version(question: str, typed: str,
                                                                       lang: str) -> None:
    # "Please choose one of the options" before: now which IELTS, as for "ielts" alone (Academic is not accepted)
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.value is None
    assert "IELTS" in outcome.text and ("General Training" in outcome.text) and "Academic" in outcome.text


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # « oui PTPD » (a French post-graduation work permit) to "were you a full-time student while working?" was
    # stored as a full-time student: the job's hours then counted for nothing
    ("job_student", "oui PTPD", "fr"),
    ("job_student", "oui mon ptpd", "fr"),
    # at the job title it offered 32109's therapy technicians as the closest title
    ("job_occupation", "oui PTPD", "fr"),
    ("job_occupation", "oui avec mon pvt", "fr"),
])
def test_a_french_permit_named_with_a_yes_is_no_answer_here(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.value is None


def test_a_french_permit_with_a_yes_is_still_authorized_work() -> None:
    outcome = answer("job_authorized", "oui PTPD", "fr")
    assert outcome.kind == "stored" and outcome.value is True


@pytest.mark.parametrize(("typed", "lang"), [
    ("yes part time student", "en"),
    ("yes but part-time", "en"),
    ("oui a temps partiel", "fr"),
    ("oui mais à temps partiel", "fr"),
])
def test_part_time_studies_are_said_to_leave_the_hours_counting(typed: str, lang: str) -> None:
    # "Please answer yes or no" before; RULES.md 1 excludes only work while a full-time student
    outcome = answer("job_student", typed, lang)
    assert outcome.kind == "refused" and outcome.again
    assert ("part time" if lang == "en" else "temps partiel") in outcome.text.split("\n")[0]


@pytest.mark.parametrize(("typed", "lang"), [
    ("i have a csq", "en"),
    ("j ai deja mon csq", "fr"),
    ("je suis dans arrima", "fr"),
    ("j'ai fait le peq", "fr"),
])
def test_quebec_selection_named_is_explained_and_the_plan_asked(typed: str, lang: str) -> None:
    # "Please answer yes or no" before: a CSQ or Arrima is Quebec's own selection (RULES.md 8), the plan decides
    outcome = answer("quebec", typed, lang)
    assert outcome.kind == "refused" and outcome.again and outcome.value is None
    assert "Arrima" in outcome.text.split("\n")[0] and "PSTQ" in outcome.text.split("\n")[0]


def test_a_yes_with_a_csq_is_still_a_plan_to_live_in_quebec() -> None:
    outcome = answer("quebec", "oui j'ai mon csq", "fr")
    assert outcome.kind == "stored" and outcome.value is True


@pytest.mark.parametrize(("typed", "lang", "hours"), [
    # "I couldn't read that as a number" before; the fewest hours said are kept, as an estimate (at most 30 count
    # a week anyway, RULES.md 1)
    ("30+", "en", 30),
    ("40 or more", "en", 40),
    ("more than 40", "en", 40),
    ("over 35", "en", 35),
    ("plus de 40", "fr", 40),
    ("40h et plus", "fr", 40),
    ("20+", "en", 20),
])
def test_at_least_so_many_hours_keeps_the_fewest(typed: str, lang: str, hours: int) -> None:
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "stored" and outcome.value == hours


def test_casual_over_the_summer_is_no_number() -> None:
    assert answer("job_hours", "casual over the summer", "en").kind in ("refused", "asked")


@pytest.mark.parametrize(("typed", "lang", "weeks"), [
    # "I couldn't read that as a number" before: a day's schedule with its days makes a week, offered with and
    # without an unpaid half-hour break (the pay stub decides; never guessed)
    ("9-5 mon-fri", "en", ["40", "37.5"]),
    ("9am-5pm mon-fri", "en", ["40", "37.5"]),
    ("7:30 to 4, 5 days", "en", ["42.5", "40"]),
    ("8-4 4 days a week", "en", ["32", "30"]),
    ("de 8h à 16h du lundi au vendredi", "fr", ["40", "37.5"]),
])
def test_a_schedule_with_its_days_offers_the_week_it_makes(typed: str, lang: str, weeks: list[str]) -> None:
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "asked" and outcome.choices == weeks


def test_a_range_of_weekly_hours_is_no_schedule() -> None:
    outcome = answer("job_hours", "35-40", "en")
    assert outcome.kind == "stored" and outcome.value == 35


@pytest.mark.parametrize(("typed", "lang", "said"), [
    # a day's hours with a clock's marks and no days: the week's total asked, with the day's length said
    ("7:30 to 4", "en", "a day of 8.5 hours"),
    ("9am-5pm", "en", "a day of 8 hours"),
    ("de 8h30 à 16h30", "fr", "une journée de 8 heures"),
])
def test_a_schedule_without_its_days_asks_for_the_week(typed: str, lang: str, said: str) -> None:
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "refused" and outcome.again and said in outcome.text.split("\n")[0]
