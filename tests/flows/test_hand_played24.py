"""Session 24, chats played by hand: a truck driver in Brampton and his wife's test, a care aide in Moncton, a
developer in Toronto. What they typed, read as a careful person would."""
from __future__ import annotations

from typing import Any

import pytest

from flows import conversation as talk
from tests.flows.test_typed_answers_audit import TODAY, answer, waiting_at


def job_after(typed: str, lang: str = "en") -> tuple[dict[str, Any], str, str]:
    """The first job's answers, the question now waiting and the reply's text after `typed` at its start."""
    screening = waiting_at("job_start")
    reply = talk.handle_text(screening, typed, lang, TODAY)
    return screening.answers["jobs"][0], screening.state, "\n\n".join(m.text for m in reply.messages)


@pytest.mark.parametrize(("typed", "lang", "start"), [
    # "I couldn't read that as a date" before: a job's span, written as on a résumé
    ("march 2023 to now", "en", "2023-03"),
    ("jan 2023 - present", "en", "2023-01"),
    ("jan 2024-now", "en", "2024-01"),
    ("2024-02-01 to date", "en", "2024-02-01"),
    ("aug 2022 still there", "en", "2022-08"),
    ("since aug 2022, still driving", "en", "2022-08"),
    ("2023-03 à aujourd'hui", "fr", "2023-03"),
    ("de mars 2023 a maintenant", "fr", "2023-03"),
    ("mars 2023 toujours en poste", "fr", "2023-03"),
    ("jan 2023 - present, full time", "en", "2023-01"),  # an aside after a last comma: its own question's
    ("mars 2023 à aujourd'hui, 40h", "fr", "2023-03"),
])
def test_a_span_to_now_stores_the_start_and_the_job_still_going(typed: str, lang: str, start: str) -> None:
    job, waiting, _ = job_after(typed, lang)
    assert job["job_start"] == start and job["job_ongoing"] is True and "job_end" not in job
    assert waiting == "job_hours"


@pytest.mark.parametrize(("typed", "lang", "start", "end"), [
    ("feb 2022 till june 2024", "en", "2022-02", "2024-06"),
    ("from may 2021 to dec 2023", "en", "2021-05", "2023-12"),
    ("2022-01-15 to 2024-06-30", "en", "2022-01-15", "2024-06-30"),
    ("de janvier 2022 à mars 2024", "fr", "2022-01", "2024-03"),
    ("du 3 mars 2022 au 15 juin 2024", "fr", "2022-03-03", "2024-06-15"),
])
def test_a_span_with_an_end_past_stores_both(typed: str, lang: str, start: str, end: str) -> None:
    job, waiting, _ = job_after(typed, lang)
    assert (job["job_start"], job["job_ongoing"], job["job_end"]) == (start, False, end)
    assert waiting == "job_hours"


def test_a_month_only_start_and_end_keep_both_notes_on_the_fewest_hours() -> None:
    _, _, text = job_after("from may 2021 to dec 2023")
    assert "May 31, 2021" in text and "December 1, 2023" in text


def test_a_planned_end_is_confirmed_at_the_ends_own_question_never_guessed() -> None:
    # a month after today: which day of it is asked (the contract or permit says), nothing past the start stored
    job, waiting, text = job_after("de janvier 2022 à mars 2027", "fr")
    assert job["job_start"] == "2022-01" and "job_end" not in job and waiting == "job_end"
    assert "mars 2027" in text


def test_an_end_before_the_start_is_refused_at_the_ends_question() -> None:
    job, waiting, text = job_after("june 2024 to march 2024")
    assert job["job_start"] == "2024-06" and job["job_ongoing"] is False and "job_end" not in job
    assert waiting == "job_end" and "cannot end before it starts" in text


@pytest.mark.parametrize("typed", ["3/4/2022 to now", "2021 to 2023", "sometime 2022 to now"])
def test_a_start_that_is_no_one_date_is_answered_as_before(typed: str) -> None:
    # a two-way day or a year alone: the start's own doubt first, never the end guessed past it
    job, waiting, _ = job_after(typed)
    assert "job_ongoing" not in job and waiting == "job_start"


@pytest.mark.parametrize(("question", "typed", "lang", "scores"), [
    # the partner's four scores typed with who took the test were dropped, then asked one by one
    ("spouse_test_kind", "she did ielts general 6 each", "en", (6, 6, 6, 6)),
    ("spouse_test_kind", "my wife has celpip 8 8 7 7", "en", (8, 8, 7, 7)),
    ("spouse_test_kind", "elle a fait le tef, nclc 7 partout", "fr", None),
    ("test_kind", "i did ielts general, 6.5 each", "en", (6.5, 6.5, 6.5, 6.5)),
    ("test_kind", "j'ai passé le tef canada nclc 8 8 7 7", "fr", None),
])
def test_scores_typed_with_who_took_the_test_are_kept(question: str, typed: str, lang: str,
                                                      scores: tuple[float, ...] | None) -> None:
    screening = waiting_at(question)
    reply = talk.handle_text(screening, typed, lang, TODAY)
    item = screening.answers["tests"][0] if question == "test_kind" else screening.answers
    prefix = "test_" if question == "test_kind" else "spouse_"
    kept = tuple(item.get(f"{prefix}{a}") for a in ("listening", "reading", "writing", "speaking"))
    assert None not in kept
    if scores is not None:
        assert kept == scores
    # the partner's scores are said as the partner's, not "Your scores"
    first = reply.messages[0].text.split("\n\n")[0]
    if question == "spouse_test_kind":
        assert ("spouse" in first) if lang == "en" else ("époux" in first)
    else:
        assert "spouse" not in first and "époux" not in first


def test_the_partners_test_typed_at_ones_own_question_is_still_refused() -> None:
    outcome = answer("test_kind", "she did ielts general 6 each", "en")
    assert outcome.kind == "refused" and "not your spouse" in outcome.text


# The job these are typed for began on January 15, 2023 (tests/flows/test_typed_answers_audit.py)
@pytest.mark.parametrize(("typed", "lang"), [
    # the no was stored and every hour counted, though the person may have studied full time until 2024
    ("no i graduated in 2024", "en"),
    ("no, finished school in 2024", "en"),
    ("no graduated may 2024", "en"),
    ("graduated in 2024", "en"),
    ("non j ai fini mes etudes en 2024", "fr"),
    ("non, diplômée en juin 2023", "fr"),
])
def test_studies_ended_after_the_job_began_is_asked_never_a_plain_no(typed: str, lang: str) -> None:
    outcome = answer("job_student", typed, lang)
    assert outcome.kind == "asked" and outcome.choices == ["partly", "no"]
    assert ("full time" if lang == "en" else "temps plein") in outcome.first


@pytest.mark.parametrize(("typed", "lang"), [
    ("no i graduated in 2022", "en"),
    ("graduated dec 2022", "en"),  # read as "Until my studies ended" before: a date before the job, plainly no
    ("non, diplômée en juin 2022", "fr"),
])
def test_studies_ended_before_the_job_began_is_a_no(typed: str, lang: str) -> None:
    outcome = answer("job_student", typed, lang)
    assert outcome.kind == "stored" and outcome.value is False


@pytest.mark.parametrize(("typed", "stored"), [
    ("yes until i graduated in 2024", "partly"),  # said plainly: as before
    ("no i graduated", False),  # no date: nothing to set beside the job
])
def test_an_end_of_studies_said_plainly_reads_as_before(typed: str, stored: object) -> None:
    outcome = answer("job_student", typed, "en")
    assert outcome.kind == "stored" and outcome.value == stored


@pytest.mark.parametrize(("tapped", "state", "stored"), [(0, "job_student_end", "partly"),
                                                         (1, "job_authorized", False)])
def test_the_readings_offered_are_stored_when_tapped(tapped: int, state: str, stored: object) -> None:
    screening = waiting_at("job_student")
    reply = talk.handle_text(screening, "no i graduated in 2024", "en", TODAY)
    buttons = [b for m in reply.messages for row in m.buttons or [] for b in row]
    _, key, value = buttons[tapped].data.split("|")
    talk.handle_button(screening, key, value, "en", TODAY)
    assert screening.state == state and screening.answers["jobs"][0]["job_student"] == stored


@pytest.mark.parametrize(("typed", "lang"), [
    # "Please answer yes or no" before, or a plain yes with the end lost ("at the end of my contract")
    ("yes but leaving in march", "en"),
    ("leaving in march", "en"),
    ("yes but quitting in jan", "en"),
    ("yes im leaving at the end of my contract", "en"),
    ("oui mais je pars en mars", "fr"),
    ("oui mais je pars à la fin de mon contrat", "fr"),
])
def test_a_job_going_on_until_the_person_leaves_asks_for_that_end(typed: str, lang: str) -> None:
    outcome = answer("job_ongoing", typed, lang)
    assert outcome.kind == "refused" and outcome.again and outcome.value is None
    assert ("set end" if lang == "en" else "fin prévue") in outcome.first


@pytest.mark.parametrize(("typed", "lang"), [
    # "Please answer yes or no" before: "also" says the yes, and the test named is read as "which test?" is
    ("i also did celpip 9 9 9 9", "en"),
    ("also tef canada", "en"),
    ("j'ai aussi le tef", "fr"),
])
def test_another_test_said_with_also_is_a_yes_and_the_test(typed: str, lang: str) -> None:
    screening = waiting_at("test_more")
    talk.handle_text(screening, typed, lang, TODAY)
    assert screening.answers["tests"][0]["test_more"] is True and screening.state == "test_date"
    assert screening.answers["tests"][1]["test_kind"] in ("celpip_general", "tef_canada")


@pytest.mark.parametrize("typed", ["i also wanted to do tef but didnt", "also booked tef for january",
                                   "no, i also wanted to do tef but didnt", "i also have ielts academic"])
def test_also_with_no_test_taken_and_accepted_is_no_yes(typed: str) -> None:
    outcome = answer("test_more", typed, "en")
    assert outcome.kind == "refused" and outcome.value is None


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # "I couldn't read that as a date of birth or an age", "Please tap one of the buttons" before
    ("birth", "when is the next draw?", "en"),
    ("birth", "how can i improve", "en"),
    ("marital", "how long does it take", "en"),
    ("marital", "combien de temps ça prend ?", "fr"),
])
def test_a_question_of_ones_own_is_told_where_its_answer_is(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again and outcome.value is None
    assert outcome.first.startswith("ℹ️ ") and ("CRS" if lang == "en" else "SCG") in outcome.first
    assert "⚠️" not in outcome.text


@pytest.mark.parametrize(("question", "typed", "said"), [
    ("job_hours", "is overtime counted?", "30 hours a week count"),
    ("marital", "is common law same as married", "common-law partners"),  # its own refusal, kept
])
def test_a_question_about_the_questions_subject_gets_what_it_means(question: str, typed: str, said: str) -> None:
    outcome = answer(question, typed, "en")
    assert outcome.kind == "refused" and outcome.again and said in outcome.first


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("job_hours", "40?", 40), ("marital", "single?", "single")])
def test_an_answer_with_a_question_mark_is_still_an_answer(question: str, typed: str, stored: object) -> None:
    outcome = answer(question, typed, "en")
    assert outcome.kind == "stored" and outcome.value == stored


# TODAY is November 27, 2026 in these (tests/flows/test_typed_answers_audit.py)
@pytest.mark.parametrize(("question", "typed", "lang", "offered"), [
    # "I couldn't read that as a date" before: a day with its month and no year, the latest two offered
    ("job_start", "march 3rd", "en", ["2026-03-03", "2025-03-03"]),
    ("job_start", "14th of june", "en", ["2026-06-14", "2025-06-14"]),
    ("test_date", "le 3 mars", "fr", ["2026-03-03", "2025-03-03"]),
    ("test_date", "march 3", "en", ["2026-03-03", "2025-03-03"]),
    # a job's end may also be still to come: the next one offered with them
    ("job_end", "june 14th", "en", ["2025-06-14", "2026-06-14", "2027-06-14"]),
    ("job_end", "le 14 juin", "fr", ["2025-06-14", "2026-06-14", "2027-06-14"]),
    ("job_end", "dec 1", "en", ["2024-12-01", "2025-12-01", "2026-12-01"]),
    # a month and two digits: a year, or a day (it was confirmed as the year alone)
    ("job_start", "july 25", "en", ["2025-07", "2026-07-25", "2025-07-25"]),
])
def test_a_day_of_no_year_offers_the_days_it_may_be(question: str, typed: str, lang: str,
                                                    offered: list[str]) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "asked" and outcome.choices == offered


def test_a_day_of_no_year_is_never_a_date_of_birth() -> None:
    assert answer("birth", "june 14th", "en").kind == "refused"


@pytest.mark.parametrize(("lang", "said"), [("en", "TEER 0, 1, 2 or 3"), ("fr", "FEER 0, 1, 2 ou 3")])
def test_the_partners_skilled_work_says_what_skilled_means(lang: str, said: str) -> None:
    # "she worked 1 yr at walmart": a year as a cashier (TEER 5) typed as 1 gave the partner 5 points unasked
    shown = talk.question_message(waiting_at("spouse_work"), lang, TODAY).text
    assert said in shown and ("1,560" if lang == "en" else "560 heures") in shown
