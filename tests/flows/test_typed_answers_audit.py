"""An audit of typed answers as people send them from a phone, in English and French.

Each answer goes through flows.conversation.handle_text on a screening waiting at the question it answers, and the
test looks at what was stored, asked or refused. The cases here are not in tests/fixtures/answers_corpus*.tsv.
Each misreading the audit found (a part-time student read as a full-time one, "no, only part time" as no work
in Canada, "37½" as 37, "1,560" as 1.56 hours a week, "<1" as one year, "'95" as an age of 95, ...) is now asked
about or refused; the tests say what happens.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from typing import Any

import pytest

from flows import conversation as talk
from flows.machine import VERDICT, Screening
from flows.questions import ABILITIES, BY_ID
from flows.undo import public

TODAY = dt.date(2026, 11, 27)
# The answers given before the question tried, question by question (a married person, so the spouse's questions
# can be reached too).
BEFORE = {"quebec": "no", "canadian_work": "yes", "job_occupation": "21232", "job_start": "2023-01-15",
          "job_ongoing": "no", "job_end": "2025-08-31", "job_hours": "40", "job_paid": "yes",
          "job_employee": "yes", "job_student": "no", "job_authorized": "yes", "job_more": "no",
          "test_date": "2025-06-01", "test_more": "no", "birth": "1997-03-10", "marital": "married",
          "spouse_citizen": "no",
          "spouse_accompanying": "yes", "spouse_education": "bachelor", "spouse_test_kind": "none",
          "spouse_work": "0", "education_level": "bachelor", "education_where": "abroad_eca",
          "canadian_credential": "none", "foreign_work": "2", "certificate": "no", "nomination": "no",
          "sibling": "no"}
TEST_NAMES = {"ielts_general": "IELTS GT", "celpip_general": "CELPIP", "pte_core": "PTE Core", "tef_canada": "TEF",
              "tcf_canada": "TCF"}
FOUR = {"ielts_general": "8 7 7 7", "celpip_general": "9 9 9 9", "pte_core": "80 80 80 80",
        "tef_canada": "503 503 512 518", "tcf_canada": "523 524 14 14"}


@functools.cache
def _template(question_id: str, test: str) -> tuple[str, str, tuple[str, ...]]:
    """A screening waiting at `question_id`, as plain data (played once, then copied for each answer)."""
    screening = talk.new_screening()
    for _ in range(80):
        state = screening.state
        if state == question_id:
            return state, json.dumps(screening.answers), tuple(screening.history)
        if state == VERDICT:
            talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
            continue
        typed = TEST_NAMES[test] if state == "test_kind" else FOUR[test] if state == "test_listening" \
            else BEFORE[state]
        assert not talk.handle_text(screening, typed, "en", TODAY).error, (typed, state)
    raise AssertionError(f"never reached {question_id}")


def waiting_at(question_id: str, test: str = "ielts_general") -> Screening:
    state, answers, history = _template(question_id, test)
    return Screening(state, json.loads(answers), list(history))


@dataclasses.dataclass
class Outcome:
    kind: str  # stored, asked, refused, months, offered (job titles), unchanged
    value: Any  # what was stored for the question (the four scores as a tuple when all four were typed)
    text: str  # every message of the reply
    choices: list[str]  # the readings offered as buttons (asked) or the occupations offered (offered)
    again: bool = False  # refused, with the same question shown again

    @property
    def first(self) -> str:
        return self.text.split("\n\n")[0]


def answer(question_id: str, typed: str, lang: str = "en", test: str = "ielts_general") -> Outcome:
    screening = waiting_at(question_id, test)
    question = BY_ID[question_id]
    # The answers only: the screening's bookkeeping ("_" keys, such as the occupations offered) is not an answer
    before = json.dumps(public(screening.answers), sort_keys=True)
    reply = talk.handle_text(screening, typed, lang, TODAY)
    text = "\n\n".join(m.text for m in reply.messages)
    data = [b.data for m in reply.messages for row in m.buttons or [] for b in row]
    # moved on with this answer stored, the next question's own doubt asked ("nope, quit in june": the no stored,
    # which June is the end's question)
    # (a planned end's confirmation, with its "fix" button, is still read as asked: the end is what is confirmed)
    moved_on = screening.state != question_id and json.dumps(public(screening.answers), sort_keys=True) != before \
        and not any(b.data.endswith("|fix") for row in reply.messages[-1].buttons or [] for b in row)
    if reply.error and reply.messages[-1].text.startswith("❓") and not moved_on:
        asked = [b.data.rsplit("|", 1)[1] for row in reply.messages[-1].buttons or [] for b in row]
        return Outcome("asked", None, text, asked)
    if reply.error and not moved_on:
        again = reply.messages[-1].text == talk.question_message(screening, lang, TODAY).text
        return Outcome("refused", None, text, [], again)
    if json.dumps(public(screening.answers), sort_keys=True) == before:
        if any(d.startswith(f"pick|{question_id}:0|") and len(d.rsplit("|", 1)[1]) == 7 for d in data):
            return Outcome("months", None, text, [])
        offered = [d.rsplit("|", 1)[1] for d in data if d.startswith(f"a|{question_id}")]
        return Outcome("offered" if offered else "unchanged", None, text, offered)
    item = screening.answers if question.scope == "profile" else screening.answers["jobs"][0] \
        if question.scope == "job" else screening.answers["tests"][0]
    if question_id == "test_listening" and all(f"test_{a}" in item for a in ABILITIES):
        return Outcome("stored", tuple(item[f"test_{a}"] for a in ABILITIES), text, [])
    return Outcome("stored", item.get(question_id), text, [])


def asked_or_refused_or(outcome: Outcome, *meant: Any) -> None:
    """The rule: an answer that may mean two things is asked about (or refused), never stored as the other."""
    assert outcome.kind in ("asked", "refused") or (outcome.kind == "stored" and outcome.value in meant), outcome


# -- dates ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_start", "sept 2023", "en", "2023-09"), ("job_start", "Sept. 2023", "en", "2023-09"),
    ("job_start", "2023-9", "en", "2023-09"), ("job_start", "Since Sept 2023", "en", "2023-09"),
    ("job_start", "march 1 2024", "en", "2024-03-01"), ("job_start", "1 march, 2024", "en", "2024-03-01"),
    ("job_start", "15.03.2024", "en", "2024-03-15"), ("job_start", "2024.03.15", "en", "2024-03-15"),
    ("job_start", "le 3 mars 2024", "fr", "2024-03-03"), ("job_start", "sept. 2023", "fr", "2023-09"),
    ("job_start", "depuis septembre 2023", "fr", "2023-09"), ("job_start", "1 sept 2023", "fr", "2023-09-01"),
    ("job_start", "le 1er septembre 2023", "fr", "2023-09-01"), ("job_start", "Mars 2024", "fr", "2024-03"),
    ("test_date", "juin 2025", "fr", "2025-06"), ("test_date", "le 1er juin 2025", "fr", "2025-06-01"),
    ("test_date", "idk", "en", "unsure"), ("test_date", "aucune idée", "fr", "unsure"),
    ("test_date", "je sais pas", "fr", "unsure"),
    # A month and a four-digit year have one reading, and a job's start or end is kept as a month when no day is
    # given ("March 2024" already was; the hours of a month-only job are counted from its edges as for a month
    # picked by button, flows/profile_builder.py). Pinned as refused before; "03/24" (two digits) still is.
    ("job_start", "03/2024", "en", "2024-03"), ("job_start", "9/2023", "en", "2023-09"),
    ("job_start", "Mon, March 4, 2024", "en", "2024-03-04"), ("job_start", "march 1 st 2024", "en", "2024-03-01"),
])
def test_dates_typed_plainly_are_stored_as_meant(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang", "readings"), [
    ("job_start", "3/4/2024", "en", ["2024-04-03", "2024-03-04"]),
    ("job_start", "1/9/2023", "fr", ["2023-09-01", "2023-01-09"]),
    ("job_start", "01-09-2023", "fr", ["2023-09-01", "2023-01-09"]),
    ("job_start", "depuis le 01/09/2023", "fr", ["2023-09-01", "2023-01-09"]),
    ("test_date", "1/6/2025", "en", ["2025-06-01", "2025-01-06"]),
    ("test_date", "6/1/2025", "fr", ["2025-01-06", "2025-06-01"]),
    ("birth", "12/11/1990", "en", ["1990-11-12", "1990-12-11"]),
])
def test_a_day_and_month_that_can_be_swapped_are_asked_about(question: str, typed: str, lang: str,
                                                             readings: list[str]) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "asked" and outcome.choices[-2:] == readings


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # "3/4/24", "13/4/24" (24 April 2013, year first?), "March" (which year?), "last month" (confirmed) are asked
    # now: tests/flows/test_typed_answers_fresh4.py
    # "march last year", "since march last year", "mars dernier" are confirmed now (one tap, the month offered):
    # tests/flows/test_typed_answers_fresh10.py
    ("job_start", "13/2024", "en"),
    # "sep 23", "sept '23", "early 2024", "3 mars 24", "depuis l'an dernier", "idk lol" (test date) are read or
    # confirmed now: tests/flows/test_typed_answers_fresh2.py
    # "summer 2023" offers its months now (June to September), the one chosen kept approximate:
    # tests/flows/test_approximate_dates.py
    # "01 02 2024" is asked now, as 01/02/2024 is (1 February or 2 January?): tests/flows/test_dates_as_typed.py
    # "march 2024?" is offered as approximate now (one tap): tests/flows/test_negated_keywords.py
    # "mi-mars 2024" offers March's days now (session 19): tests/flows/test_part_of_month.py
    ("job_start", "03/24", "fr"),
    ("job_end", "now", "en"), ("job_end", "present", "en"), ("job_end", "aujourd'hui", "fr"),
    # "june 1st" (no year) offers the latest two days now (session 24): tests/flows/test_hand_played24.py
    # "23/04/95" is read now (95 is no day and no month: 1995): tests/flows/test_dates_as_typed.py
    ("birth", "1995", "en"), ("birth", "April 1995", "en"),
    ("birth", "né en 1995", "fr"), ("birth", "34.5", "en"),
])
def test_dates_that_cannot_be_read_safely_are_refused_and_asked_again(question: str, typed: str,
                                                                      lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again


@pytest.mark.parametrize(("typed", "months"), [("début 2024", ["2024-01", "2024-02", "2024-03", "2024-04"]),
                                               ("fin 2023", ["2023-09", "2023-10", "2023-11", "2023-12"])])
def test_the_start_or_end_of_a_year_offers_the_months_it_can_mean(typed: str, months: list[str]) -> None:
    # once the year's twelve months; now the four it names, the one chosen kept as approximate
    outcome = answer("job_start", typed, "fr")
    assert outcome.kind == "asked" and list(outcome.choices) == [f"{month}~" for month in months]


# -- hours a week --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("40-ish hrs", "en", 40), ("40hrs/wk", "en", 40), ("40 hrs a week", "en", 40), ("40 per week", "en", 40),
    ("40.0", "en", 40), ("37.5h", "en", 37.5), ("40 h/w", "en", 40), ("37,50", "en", 37.5),
    ("35h/sem", "fr", 35), ("35 h semaine", "fr", 35), ("35h par sem.", "fr", 35), ("35 heures hebdo", "fr", 35),
    ("40 heures semaine", "fr", 40), ("37,5h", "fr", 37.5), ("environ 30h", "fr", 30),
    # One number beside "full time" (30 hours or more, RULES.md section 1) that agrees with it: the number is the
    # answer. Pinned as refused before; "full time" alone still is, and a number the words contradict is confirmed
    # (test_hours_the_words_contradict_are_confirmed_before_they_are_stored).
    ("40 (full time)", "en", 40), ("full time 40h", "en", 40), ("full-time, 37.5 hrs/week", "en", 37.5),
    ("part time 20", "en", 20),
])
def test_hours_with_units_are_stored_as_meant(typed: str, lang: str, stored: float) -> None:
    outcome = answer("job_hours", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


def test_about_30_is_stored_and_said_to_be_an_estimate_in_each_language() -> None:
    english = answer("job_hours", "about 30")
    assert (english.kind, english.value) == ("stored", 30)
    assert english.text.startswith("≈ Noted as an estimate: about 30 hours a week.")
    french = answer("job_hours", "environ 37,5", "fr")
    assert (french.kind, french.value) == ("stored", 37.5)
    assert french.text.startswith("≈ Noté comme une estimation : environ 37,5 heures par semaine.")


@pytest.mark.parametrize(("typed", "lang", "hours", "said"), [
    ("full time 20h", "en", "20", "You wrote “full time 20h”: full time is 30 hours a week or more, part time "
                                  "less. If you usually worked 20 hours a week, tap below"),
    ("part-time, 35 hrs", "en", "35", "If you usually worked 35 hours a week, tap below"),
    ("temps plein 25h", "fr", "25", "Vous avez écrit « temps plein 25h » : le temps plein, c'est 30 heures par "
                                    "semaine ou plus"),
    ("37,5 (temps partiel)", "fr", "37.5", "Si vous travailliez habituellement 37,5 heures par semaine, touchez"),
])
def test_hours_the_words_contradict_are_confirmed_before_they_are_stored(typed: str, lang: str, hours: str,
                                                                         said: str) -> None:
    # "full time" is 30 hours a week or more (RULES.md section 1): beside 20 it may be the words or the number that
    # is wrong, so the number is offered as one button and nothing is stored before the tap.
    screening = waiting_at("job_hours")
    reply = talk.handle_text(screening, typed, lang, TODAY)
    assert reply.error and said in reply.messages[-1].text and "job_hours" not in screening.answers["jobs"][0]
    [[button]] = reply.messages[-1].buttons or [[]]
    key, value = button.data.split("|", 1)[1].rsplit("|", 1)
    assert value == hours
    assert talk.handle_button(screening, key, value, lang, TODAY) is not None
    assert screening.answers["jobs"][0]["job_hours"] == float(hours)


@pytest.mark.parametrize(("typed", "lang", "ends"), [
    ("20-25", "en", ["20~", "25~"]), ("25-30 hrs", "en", ["25~", "30~"]), ("20-25", "fr", ["20~", "25~"]),
    ("20 à 25", "fr", ["20~", "25~"]), ("28-32", "en", ["28~", "32~"]),
])
def test_a_range_of_hours_is_asked_about_with_both_ends(typed: str, lang: str, ends: list[str]) -> None:
    # "~": either end, once tapped, is kept as an estimate (tests/e2e/test_uncertain_answers_audit2_chat.py)
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "asked" and outcome.choices[-2:] == ends
    assert ("Laquelle vouliez-vous dire" if lang == "fr" else "Which did you mean") in outcome.text


@pytest.mark.parametrize(("typed", "lang", "low"), [("40 to 45", "en", 40), ("35/40", "en", 35),
                                                    ("35 or 40", "en", 35), ("35 ou 40", "fr", 35)])
def test_a_range_of_full_time_hours_keeps_its_low_end(typed: str, lang: str, low: int) -> None:
    # both ends 30 h or more: the same hours count (RULES.md 1, at most 30 a week), so the low end is kept, said
    # (leftovers round 3; tests/e2e/test_leftovers3_chat.py)
    outcome = answer("job_hours", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", low)


@pytest.mark.parametrize(("typed", "lang"), [
    # "37h30" and "37 h 30" (37 hours 30 minutes, as French writes a work week) are read as 37.5 now:
    # tests/flows/test_french_typed_answers_audit.py; hours a day or a month, or "full time" with no number, are
    # said as such: tests/flows/test_parsing.py; "80 biweekly" (80 hours in two weeks: 40) is read now:
    # tests/flows/test_typed_answers_fresh13.py
    # "20 + 20" (two jobs of 20?) is asked since leftovers 7: tests/flows/test_leftovers7.py
    ("37:30", "en"), ("full time, sometimes 40", "en"), ("2x20", "en"),
    ("¾", "en"), ("30 hours, sometimes 40", "en"),
    ("env. 30", "fr"), ("1 040", "fr"),
])
def test_hours_that_are_not_a_weekly_number_are_refused(typed: str, lang: str) -> None:
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "refused" and outcome.again
    said = "Je n'ai pas compris ce nombre" if lang == "fr" else "I couldn't read that as a number"
    assert said in outcome.text


@pytest.mark.parametrize(("typed", "lang", "said"), [
    ("idk", "en", "an estimate is enough"), ("not sure", "en", "an estimate is enough"),
    ("je sais pas", "fr", "une estimation suffit"),
])
def test_hours_not_known_are_told_an_estimate_is_enough(typed: str, lang: str, said: str) -> None:
    outcome = answer("job_hours", typed, lang)  # asked again, never stored (tests/e2e/test_unsure_audit3_chat.py)
    assert outcome.kind == "refused" and outcome.again and said in outcome.text


@pytest.mark.parametrize(("typed", "lang", "said"), [
    ("8h/day", "en", "That reads as hours a day, a month or a year"),
    ("8 hours a day", "en", "That reads as hours a day, a month or a year"),
    ("160 per month", "en", "That reads as hours a day, a month or a year"),
    ("8h par jour", "fr", "Cela se lit comme des heures par jour, par mois ou par an"),
    # "full time" alone: the hours are asked since leftovers 7, with why the number matters
    # (tests/flows/test_leftovers7.py)
])
def test_hours_of_another_period_or_full_time_alone_are_refused_saying_why(typed: str, lang: str,
                                                                          said: str) -> None:
    """Not "not a number": the question counts hours a week (tests/e2e/test_work_histories_audit_chat.py)."""
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "refused" and outcome.again and said in outcome.text


@pytest.mark.parametrize(("typed", "lang", "meant"), [("37½", "en", 37.5), ("37 ½", "fr", 37.5),
                                                       ("7½", "fr", 7.5), ("40 ½", "en", 40.5)])
def test_a_half_typed_as_a_fraction_sign_is_not_dropped(typed: str, lang: str, meant: float) -> None:
    asked_or_refused_or(answer("job_hours", typed, lang), meant)


@pytest.mark.parametrize("typed", ["1,560", "2,080", "1,040", "1.040"])
def test_a_total_of_hours_typed_with_a_thousands_separator_is_not_stored_as_a_few_hours_a_week(typed: str) -> None:
    asked_or_refused_or(answer("job_hours", typed))


# -- language test scores ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("test", "typed", "lang", "scores"), [
    ("ielts_general", "6,5 7 6 5,5", "fr", (6.5, 7, 6, 5.5)),
    ("ielts_general", "L7 R6.5 W6 S7", "en", (7, 6.5, 6, 7)),
    ("ielts_general", "7;6,5;6;7", "fr", (7, 6.5, 6, 7)),
    ("ielts_general", "6,5-7-6-5,5", "fr", (6.5, 7, 6, 5.5)),
    ("ielts_general", "L-7 R-6.5 W-6 S-7", "en", (7, 6.5, 6, 7)),
    ("ielts_general", "L=7 R=6.5 W=6 S=7", "en", (7, 6.5, 6, 7)),
    ("ielts_general", "R6.5 L7 S7 W6", "en", (7, 6.5, 6, 7)),
    ("ielts_general", "speaking 7 listening 7 reading 6.5 writing 6", "en", (7, 6.5, 6, 7)),
    ("ielts_general", "Listening: 7, Reading: 6.5, Writing: 6, Speaking: 7", "en", (7, 6.5, 6, 7)),
    ("ielts_general", "7.5/7/6.5/7 overall 7", "en", (7.5, 7, 6.5, 7)),
    ("ielts_general", "6.5 7 6 5.5 overall 6.5", "en", (6.5, 7, 6, 5.5)),
    ("ielts_general", "7,5, 7,5, 7, 7", "fr", (7.5, 7.5, 7, 7)),
    ("celpip_general", "9 8 8 8", "en", (9, 8, 8, 8)),
    ("celpip_general", "9, 8, 8, 8", "en", (9, 8, 8, 8)),
    ("tef_canada", "503 447 475 489", "fr", (503, 447, 475, 489)),
    ("tef_canada", "CO:503 CE:447 EE:475 EO:489", "fr", (503, 447, 475, 489)),
    ("tef_canada", "CE 447 CO 503 EO 489 EE 475", "fr", (503, 447, 475, 489)),
    ("tef_canada", "compréhension orale 503, compréhension écrite 447, expression écrite 475, "
                   "expression orale 489", "fr", (503, 447, 475, 489)),
    ("tcf_canada", "EE 14 EO 14 CO 523 CE 524", "fr", (523, 524, 14, 14)),
    ("pte_core", "S 68 W 70 R 65 L 60", "en", (60, 65, 70, 68)),
    ("pte_core", "speaking 68, writing 70, reading 65, listening 60", "en", (60, 65, 70, 68)),
])
def test_four_scores_in_one_message_are_stored_as_meant(test: str, typed: str, lang: str,
                                                        scores: tuple[float, ...]) -> None:
    outcome = answer("test_listening", typed, lang, test)
    assert (outcome.kind, outcome.value) == ("stored", scores)


def test_one_score_per_message_is_stored_for_the_ability_asked_only() -> None:
    screening = waiting_at("test_listening")
    talk.handle_text(screening, "6,5", "fr", TODAY)
    assert screening.answers["tests"][0]["test_listening"] == 6.5 and screening.state == "test_reading"
    assert "test_reading" not in screening.answers["tests"][0]
    assert answer("test_listening", "503", "fr", "tef_canada").value == 503


def test_the_four_scores_are_echoed_in_french_with_decimal_commas() -> None:
    screening = waiting_at("test_listening")
    reply = talk.handle_text(screening, "6,5 7 6 5,5", "fr", TODAY)
    assert reply.echo == ("Compréhension de l'oral : 6,5 · Compréhension de l'écrit : 7 · Expression écrite : 6 · "
                          "Expression orale : 5,5")


@pytest.mark.parametrize(("test", "typed", "lang"), [
    ("ielts_general", "6,5,7,6,5,5", "fr"), ("ielts_general", "7,5,7,5,7,7", "en"),
    ("ielts_general", "L8 R7 W7 S7 O7.5", "en"), ("ielts_general", "8 7 7 7 = 7.5", "en"),
    ("ielts_general", "overall 6.5", "en"), ("ielts_general", "7766", "en"), ("ielts_general", "6 6 6 6 6", "en"),
    # "LRWS 7 6.5 6 7" and "L/R/W/S 7/6.5/6/7" (the order said by its letters, each once) are read now:
    # tests/flows/test_typed_answers_fresh10.py; a letter twice or missing stays refused there
    ("celpip_general", "9888", "en"),  # "clb 9 9 8 8" is read: tests/flows/test_scores_as_typed.py
    ("celpip_general", "9 8 8 8 (CLB 8)", "en"), ("tcf_canada", "14 14 523 524", "fr"),
    # "NCLC 7" is a level, asked (all four or listening?), for TEF Canada and, since leftovers 7, TCF Canada
])
def test_scores_that_cannot_be_read_safely_are_refused(test: str, typed: str, lang: str) -> None:
    outcome = answer("test_listening", typed, lang, test)
    assert outcome.kind == "refused" and outcome.value is None


@pytest.mark.parametrize("typed", ["7,5, 7,5", "7,5 , 7,5"])
def test_two_french_half_bands_between_commas_are_asked_about(typed: str) -> None:
    asked_or_refused_or(answer("test_listening", typed, "fr"))


def test_commas_alone_are_read_as_four_scores() -> None:
    # "7,5,7,5" has one reading with four scores (commas between them); read as two French half bands it
    # would be two scores of four, an answer the question does not take. The echo shows what was stored.
    outcome = answer("test_listening", "7,5,7,5", "fr")
    assert (outcome.kind, outcome.value) == ("stored", (7, 5, 7, 5))


# -- yes and no ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_paid", "yep", "en", True), ("job_paid", "Yes!!", "en", True), ("job_paid", "of course", "en", True),
    ("job_paid", "No!", "en", False), ("job_paid", "no, volunteer", "en", False),
    ("job_paid", "oui", "fr", True), ("job_paid", "ouais", "fr", True), ("job_paid", "bien sûr", "fr", True),
    ("job_paid", "o", "fr", True), ("job_paid", "non merci", "fr", False), ("job_paid", "non.", "fr", False),
    ("job_paid", "n", "fr", False), ("job_paid", "non, bénévole", "fr", False),
    ("job_authorized", "idk", "en", "unsure"), ("job_authorized", "?", "en", "unsure"),
    ("job_authorized", "sais pas", "fr", "unsure"), ("job_authorized", "j'sais pas", "fr", "unsure"),
    ("job_authorized", "aucune idee", "fr", "unsure"), ("job_employee", "not sure", "en", "unsure"),
    ("job_student", "no, part-time", "en", False), ("job_student", "non, temps partiel", "fr", False),
    ("job_student", "en partie", "fr", "partly"), ("job_ongoing", "no, laid off", "en", False),
    ("job_more", "nope that's it", "en", False), ("job_more", "non c'est tout", "fr", False),
    ("nomination", "no, applied for OINP", "en", False),
    # Pinned as asked again before, each has one reading: "nan" is the everyday French "no", "ouaip" is "ouais",
    # "bah" a filler before a plain yes, "yess" a yes with a letter held down ("ouii" in the French audit).
    ("job_paid", "nan", "fr", False), ("job_paid", "ouaip", "fr", True), ("job_paid", "bah oui", "fr", True),
    ("job_paid", "yess", "en", True), ("job_paid", "nooo", "en", False),
    # the English of the French audit's one-question answers ("c'est tout", "toujours", "stage non payé", "non,
    # juste des cousins")
    ("job_more", "that's all", "en", False), ("job_ongoing", "still", "en", True),
    ("job_ongoing", "still working there", "en", True), ("job_paid", "unpaid internship", "en", False),
    ("sibling", "no, only cousins", "en", False), ("sibling", "no just my uncle and cousins", "en", False),
    # asked again once, read since the third fresh round (tests/flows/test_typed_answers_fresh3.py): an emoji that
    # says the same as the word, and a hedged answer where "Not sure" is an answer
    ("job_paid", "yes 👍", "en", True), ("job_authorized", "i think so", "en", "unsure"),
    ("job_authorized", "probably", "en", "unsure"), ("job_authorized", "je pense que oui", "fr", "unsure"),
    ("quebec", "maybe", "en", "unsure"),
])
def test_yes_and_no_as_typed_are_stored_as_meant(question: str, typed: str, lang: str, stored: Any) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_paid", "👍", "en"), ("job_paid", "👎", "en"), ("job_paid", "✅", "en"), ("job_paid", "yes 👎", "en"),
    # "yea" (yes), "dunno", "not sure tbh" and "jsp" (not sure) are read now: test_typed_answers_fresh2.py
    ("job_paid", "okay", "en"), ("job_paid", "idk", "en"),
    ("job_paid", "not sure", "en"), ("job_paid", "yes no", "en"), ("job_paid", "yes, partly", "en"),
    ("job_paid", "noon", "en"), ("job_paid", "oui nan", "fr"), ("job_paid", "bah peut-être", "fr"),
    ("job_paid", "je sais pas", "fr"), ("job_paid", "peut-être", "fr"),
    ("job_paid", "oui mais pas toujours", "fr"), ("job_paid", "i think so", "en"),
    ("job_paid", "probably", "en"), ("job_authorized", "🤷", "en"), ("job_authorized", "yes 🤔", "en"),
    ("job_paid", "je pense que oui", "fr"),
    # "not sure" of full-time studies is an answer now: tests/e2e/test_uncertain_answers_audit_chat.py
    ("job_student", "yes until 2024", "en"),
    # ("yes until december": a set end without its day, asked for as such: test_typed_answers_fresh18.py)
    ("canadian_work", "maybe", "en"),
    ("job_paid", "that's all", "en"), ("job_paid", "still", "en"), ("job_ongoing", "still not", "en"),
    ("sibling", "no, only my brother", "en"),
])
def test_yes_or_no_that_is_not_plain_is_asked_again(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again
    assert ("Veuillez répondre oui ou non" if lang == "fr" else "Please answer yes or no") in outcome.text


@pytest.mark.parametrize(("typed", "lang"), [
    ("yes part time", "en"), ("yes, part time student", "en"), ("yes (part-time)", "en"),
    ("yes but part time", "en"), ("oui à temps partiel", "fr"), ("oui mais à temps partiel", "fr"),
    ("oui, étudiant à temps partiel", "fr"),
])
def test_a_part_time_student_is_not_stored_as_a_full_time_student(typed: str, lang: str) -> None:
    asked_or_refused_or(answer("job_student", typed, lang), False)


@pytest.mark.parametrize(("typed", "lang"), [
    ("yes at first", "en"), ("yes during the first year", "en"), ("yes first year only", "en"),
    ("yes for 6 months", "en"), ("yes, then graduated", "en"), ("oui au début", "fr"),
])
def test_full_time_studies_for_part_of_the_job_are_not_stored_as_the_whole_job(typed: str, lang: str) -> None:
    asked_or_refused_or(answer("job_student", typed, lang), "partly")


@pytest.mark.parametrize(("typed", "lang"), [
    ("no, only part time", "en"), ("no just part-time", "en"), ("no, only on PGWP", "en"),
    ("no, just student jobs", "en"), ("no, only co-op", "en"), ("non, seulement à temps partiel", "fr"),
])
def test_only_part_time_work_in_canada_is_not_stored_as_no_work(typed: str, lang: str) -> None:
    asked_or_refused_or(answer("canadian_work", typed, lang), True)


@pytest.mark.parametrize(("typed", "lang"), [
    ("yes, but moving to Ontario next year", "en"), ("yes for now", "en"), ("yes but only temporarily", "en"),
    ("yes but leaving", "en"), ("oui pour l'instant", "fr"), ("oui mais je déménage", "fr"),
])
def test_living_in_quebec_for_now_is_not_stored_as_planning_to_live_there(typed: str, lang: str) -> None:
    asked_or_refused_or(answer("quebec", typed, lang))


@pytest.mark.parametrize("typed", ["no i'm in ontario but moving to quebec", "no, but I might move there"])
def test_moving_to_quebec_is_not_stored_as_not_planning_to_live_there(typed: str) -> None:
    asked_or_refused_or(answer("quebec", typed), True)


@pytest.mark.parametrize("typed", ["yes, but my permit expired", "yes but expired in 2024",
                                   "yes but I worked more than 20h as a student", "yes, mostly"])
def test_authorized_for_part_of_the_job_only_is_asked_about(typed: str) -> None:
    asked_or_refused_or(answer("job_authorized", typed))


@pytest.mark.parametrize("typed", ["no problem", "no doubt"])
def test_no_problem_is_not_stored_as_unpaid(typed: str) -> None:
    asked_or_refused_or(answer("job_paid", typed), True)


@pytest.mark.parametrize("typed", ["yes but only half of it", "yes for some of it", "yes, the last 6 months only",
                                   "yes but unpaid"])
def test_paid_for_part_of_the_job_only_is_asked_about(typed: str) -> None:
    asked_or_refused_or(answer("job_paid", typed))


def test_no_im_an_employee_is_not_stored_as_self_employed() -> None:
    asked_or_refused_or(answer("job_employee", "no, I'm an employee"), True)


@pytest.mark.parametrize("typed", ["yes, cousin", "yes my brother is on a work permit",
                                   "yes but he's on a work permit"])
def test_a_sibling_who_does_not_count_is_not_stored_as_yes(typed: str) -> None:
    asked_or_refused_or(answer("sibling", typed), False)


# -- numbers of years ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("foreign_work", "1.5", "en", "1"), ("foreign_work", "1,5 an", "fr", "1"),
    ("foreign_work", "3+ years", "en", "3"), ("foreign_work", "zero", "en", "0"),
    ("foreign_work", "aucun", "fr", "0"), ("foreign_work", "2 années", "fr", "2"),
    ("foreign_work", "2yrs", "en", "2"), ("foreign_work", "4", "en", "3"), ("spouse_work", "7", "en", "5"),
    ("spouse_work", "1.5", "en", "1"),
    # "et demi" is a half as "1,5" is: 1 completed year (pinned as refused before)
    ("foreign_work", "1 an et demi", "fr", "1"), ("foreign_work", "2 and a half years", "en", "2"),
])
def test_years_are_stored_as_completed_years(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # years in words ("two", "deux ans", "un an et demi") are read now: tests/flows/test_typed_answers_fresh2.py
    # months ("18 months", "6 mois") are completed years now: tests/flows/test_typed_answers_fresh3.py
    ("foreign_work", "less than a year", "en"),
    # a range ("2-3 years", "0-1") is asked about with both ends now: tests/flows/test_typed_answers_fresh2.py
    ("foreign_work", "about 2 years", "en"),
])
def test_years_in_words_months_or_ranges_are_refused(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again
    assert ("nombre d'années" if lang == "fr" else "number of years") in outcome.text


@pytest.mark.parametrize(("question", "typed"), [("foreign_work", "<1"), ("foreign_work", "< 1 year"),
                                                 ("foreign_work", "<1 yr"), ("spouse_work", "<1"),
                                                 ("foreign_work", "-1")])
def test_less_than_one_year_is_not_stored_as_one_year(question: str, typed: str) -> None:
    asked_or_refused_or(answer(question, typed), "0")


# -- age or date of birth ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("I am 34 years old", "en", {"age": 34}), ("34 yrs", "en", {"age": 34}), ("age 34", "en", {"age": 34}),
    ("23-04-1995", "en", {"birth_date": "1995-04-23"}), ("1995/04/23", "en", {"birth_date": "1995-04-23"}),
    ("le 23/04/1995", "fr", {"birth_date": "1995-04-23"}), ("23 avr 1995", "fr", {"birth_date": "1995-04-23"}),
    ("29 and a half", "en", {"age": 29}), ("I'm 29 and a half", "en", {"age": 29}),  # completed years
])
def test_an_age_or_a_birth_date_is_stored_as_meant(typed: str, lang: str, stored: dict[str, Any]) -> None:
    outcome = answer("birth", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize("typed", ["'95", "95", "88"])
def test_a_two_digit_birth_year_is_not_stored_as_an_age(typed: str) -> None:
    asked_or_refused_or(answer("birth", typed))


# -- occupations ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("teer1", "en", {"teer": 1}), ("NOC 0", "en", {"teer": 0}), ("CNP 21232", "fr", {"noc": "21232"}),
    ("FEER 1", "fr", {"teer": 1}), ("21 232", "fr", {"noc": "21232"}),
])
def test_a_noc_code_or_teer_level_is_stored(typed: str, lang: str, stored: dict[str, Any]) -> None:
    outcome = answer("job_occupation", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("typed", "lang", "first"), [
    ("sofware developer", "en", "n21232"), ("software develper", "en", "n21232"),
    ("sotfware engineer", "en", "n21231"), ("accoutant", "en", "n11100"), ("resturant manager", "en", "n60030"),
    ("registred nurse", "en", "n31301"), ("21232 software developer", "en", "n21232"),
    ("software developer (21232)", "en", "n21232"), ("developpeur logitiel", "fr", "n21232"),
    ("cuisiner", "fr", "n63200"), ("soudeur", "fr", "n72106"),
])
def test_a_job_title_with_a_typo_offers_the_occupation_meant_first_and_stores_nothing(typed: str, lang: str,
                                                                                       first: str) -> None:
    outcome = answer("job_occupation", typed, lang)
    assert outcome.kind == "offered" and outcome.choices[0] == first


def test_a_title_too_far_from_any_is_offered_as_a_guess_only() -> None:
    outcome = answer("job_occupation", "cok")
    assert outcome.kind == "offered"
    assert outcome.text.startswith("<b>I'm not sure about “cok”: these are only the closest titles I found.")


@pytest.mark.parametrize("typed", ["21232, 21231", "2123", "212320"])
def test_a_code_typed_with_marks_is_refused_never_stored_as_another(typed: str) -> None:
    assert answer("job_occupation", typed).kind == "refused"


@pytest.mark.parametrize("typed", ["NOC: 21232", "#21232", "21232.", "CNP : 21232", "noc#21232"])
def test_a_code_with_a_colon_a_hash_or_a_full_stop_is_stored(typed: str) -> None:
    outcome = answer("job_occupation", typed)
    assert (outcome.kind, outcome.value) == ("stored", {"noc": "21232"})


# -- choices -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("marital", "widow", "en", "widowed"), ("marital", "never married", "en", "single"),
    ("marital", "celib", "fr", "single"), ("marital", "séparée", "fr", "separated"),
    ("test_kind", "ielts g", "en", "ielts_general"), ("test_kind", "CELPIP-G", "en", "celpip_general"),
    ("test_kind", "TCF canada", "fr", "tcf_canada"),
])
def test_everyday_names_of_options_are_stored(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("marital", "engaged", "en"), ("marital", "living with my girlfriend", "en"),
    ("marital", "married but separated", "en"),
    ("marital", "pacsée", "fr"), ("marital", "fiancé", "fr"),
    # "B.Tech", "bac+3" (bachelor's) are read, "PG diploma" asked (one year or two?): test_typed_answers_fresh3.py
    ("education_level", "masters (in progress)", "en"), ("education_level", "AEC", "fr"),
    # a country alone ("India", "France") is asked with both "Outside Canada" options: test_places_typed.py;
    # "abroad (ECA pending)" is read "abroad", no ECA yet, since leftovers 10 (tests/flows/test_leftovers10.py)
    ("test_kind", "IELTS UKVI", "en"), ("test_kind", "IELTS and TEF", "en"),
])
def test_choices_that_name_no_single_option_are_refused(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind == "refused"


@pytest.mark.parametrize(("typed", "lang", "wrong"), [
    ("TCF Quebec", "en", "TCF is not accepted"), ("TCF tout public", "en", "TCF is not accepted"),
    ("TEFAQ", "fr", "TEF n'est pas accepté"),
])
def test_a_quebec_or_general_french_test_is_named_as_such_when_refused(typed: str, lang: str, wrong: str) -> None:
    outcome = answer("test_kind", typed, lang)
    assert outcome.kind == "refused" and wrong not in outcome.text


# -- the person's language and crashes -----------------------------------------------------------------------
ENGLISH = ("Please", "I couldn't", "You wrote", "I can read", "Which did you mean", "Type ", " is not ")
FRENCH_REFUSALS = [("job_start", "3/4/24"), ("job_start", "mai 2027"),
                   ("job_hours", "8h par jour"), ("job_hours", "200"), ("job_hours", "20 à 25"),
                   ("test_listening", "6,3"), ("test_listening", "10 7 7 7"), ("test_listening", "8 7 7"),
                   ("test_listening", "7,5 7,5"), ("test_listening", "CLB 8"), ("job_paid", "jsp"),
                   ("foreign_work", "moins d'un an"), ("birth", "mars 1995"), ("birth", "03/04/1995"),
                   ("job_occupation", "NOC 99999"), ("job_occupation", "2123"), ("marital", "pacsé"),
                   ("job_end", "2022-12"), ("job_start", "mardi 4 mars 2024"), ("job_hours", "temps plein 20h"),
                   ("birth", "03/1995")]


@pytest.mark.parametrize(("question", "typed"), FRENCH_REFUSALS)
def test_a_french_answer_that_is_refused_or_asked_about_gets_french(question: str, typed: str) -> None:
    outcome = answer(question, typed, "fr")
    assert outcome.kind in ("refused", "asked")
    assert not [word for word in ENGLISH if word in outcome.text], outcome.text


SWEEP_QUESTIONS = ("job_start", "job_hours", "test_listening", "job_paid", "job_authorized", "foreign_work",
                   "birth", "marital")
SWEEP = ["sept 2023", "01/02/2024", "2023-9", "since march last year", "le 3 mars 2024", "3/4/24", "40h", "37,5",
         "37.5 hrs", "full time", "temps plein", "20-25", "about 30", "6,5 7 6 5,5", "L7 R6.5 W6 S7", "9 8 8 8",
         "503 447 475 489", "yep", "ouais", "non merci", "je sais pas", "idk", "👍", "two", "deux", "1.5",
         "NOC 21232", "TEER 1", "37½", "1,560", "<1", "'95", "", "   ", "\u200b", "9" * 40, "1e5", "nan", "inf",
         "-0,0", "٤٠", "0/0", "½/½/½/½", "L L L L", "L9999999 R1 W1 S1", "2024-02-29", "2023-02-29",
         "0001-01-01", "31/12/9999"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_typed_answer_crashes_any_question(lang: str) -> None:
    for question in SWEEP_QUESTIONS:
        for typed in SWEEP:
            outcome = answer(question, typed, lang)
            assert outcome.text.strip(), (question, typed)


# -- the fixes, as a person sees them ---------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "asked"), [
    ("en", "“88” could be your age or the year you were born. If you are 88 years old, tap below"),
    ("fr", "« 88 » peut être votre âge ou votre année de naissance. Si vous avez 88 ans, touchez le bouton"),
])
def test_two_digits_that_may_be_a_year_of_birth_are_asked_about_and_one_tap_keeps_the_age(lang: str,
                                                                                          asked: str) -> None:
    screening = waiting_at("birth")
    reply = talk.handle_text(screening, "88", lang, TODAY)
    assert reply.error and asked in reply.messages[-1].text
    [[button]] = reply.messages[-1].buttons or [[]]
    assert button.label == ("88 years old" if lang == "en" else "88 ans")
    assert "birth" not in screening.answers  # nothing stored before the tap
    key, value = button.data.split("|", 1)[1].rsplit("|", 1)
    assert talk.handle_button(screening, key, value, lang, TODAY) is not None
    assert screening.answers["birth"] == {"age": 88}


@pytest.mark.parametrize("typed", ["34", "44", "I'm 52", "52 years old", "j'ai 61 ans", "100"])
def test_an_age_said_as_one_or_under_45_is_stored_without_asking(typed: str) -> None:
    outcome = answer("birth", typed)
    assert outcome.kind == "stored" and outcome.value == {"age": int("".join(c for c in typed if c.isdigit()))}


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "“'95” looks like a year of birth, which does not give your age. Type your full date of birth"),
    ("fr", "« ’95 » ressemble à une année de naissance, qui ne donne pas votre âge."),
])
def test_a_short_year_of_birth_asks_for_the_full_date(lang: str, said: str) -> None:
    outcome = answer("birth", "'95" if lang == "en" else "’95", lang)
    assert outcome.kind == "refused" and outcome.again and said in outcome.text


@pytest.mark.parametrize(("typed", "stored"), [("37½", 37.5), ("37 ½", 37.5), ("7½", 7.5), ("40 ¼", 40.25)])
def test_a_whole_number_and_a_fraction_sign_are_stored_as_one_number(typed: str, stored: float) -> None:
    assert (answer("job_hours", typed).kind, answer("job_hours", typed).value) == ("stored", stored)


@pytest.mark.parametrize(("typed", "lang", "said"), [
    ("1,560", "en", "1560 hours a week is more than a week holds (168 hours)"),
    ("1 560,", "en", "I couldn't read that as a number"),
    ("1.040", "fr", "1040 heures par semaine"),
])
def test_a_total_of_hours_says_what_was_read(typed: str, lang: str, said: str) -> None:
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "refused" and outcome.again and said in outcome.text


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("job_authorized", "yes, PGWP", True), ("job_authorized", "yes, I had a work permit", True),
    ("job_employee", "no, self employed", False), ("job_employee", "yes, on payroll", True),
    ("job_student", "no, part-time", False), ("job_ongoing", "non, j'ai quitté", False),
    ("sibling", "yes, my sister is a citizen", True), ("spouse_citizen", "yes, PR", True),
    ("quebec", "no, Ontario", False), ("quebec", "oui, j'habite à Montréal", True),
])
def test_a_yes_or_no_with_words_that_agree_is_still_taken(question: str, typed: str, stored: bool) -> None:
    outcome = answer(question, typed, "fr" if "j" in typed else "en")
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed"), [
    ("job_paid", "yes, unpaid internship"), ("job_employee", "yes, freelance"),
    ("spouse_citizen", "yes, work permit"), ("spouse_citizen", "oui, permis d'études"),
    ("sibling", "yes, my brother, student visa"), ("quebec", "no, moving there in the spring"),
])
def test_a_yes_or_no_the_rest_of_the_answer_turns_is_asked_again(question: str, typed: str) -> None:
    outcome = answer(question, typed, "fr" if "oui" in typed else "en")
    assert outcome.kind == "refused" and outcome.again


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("test_kind", "not yet", "en"), ("test_kind", "Not yet!", "en"), ("test_kind", "pas encore", "fr"),
    ("test_kind", "pas encore fait", "fr"), ("spouse_test_kind", "not yet", "en"),
    ("spouse_test_kind", "nope pas encore", "fr"),
])
def test_a_bare_not_yet_to_the_test_question_is_its_none_yet_button(question: str, typed: str, lang: str) -> None:
    # the button itself says "None yet": a person typing "not yet" was told to tap one of the buttons
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "none"), outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("spouse_education", "high school grad"), ("education_level", "high school graduate"),
    ("education_level", "grade 12 graduate"), ("education_level", "secondary school completed"),
])
def test_a_high_school_graduate_is_secondary(question: str, typed: str) -> None:
    # "high school grad" was asked again while "high school" and "grade 12" were read
    outcome = answer(question, typed, "en")
    assert (outcome.kind, outcome.value) == ("stored", "secondary"), outcome


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("5 yrs as a nurse in manila", "en", "3"), ("5 ans comme infirmière aux Philippines", "fr", "3"),
    ("3 years as accountant in lagos", "en", "3"), ("2 yrs as cook back home", "en", "2"),
])
def test_years_abroad_said_with_a_skilled_job_are_read(typed: str, lang: str, stored: str) -> None:
    # "5 yrs as a nurse in manila" was refused with "type a number of years from 0 to 3"
    outcome = answer("foreign_work", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("typed", "lang"), [
    ("2 years as a volunteer in india", "en"), ("2 years as a cashier in manila", "en"),
    ("4 years as a student in india", "en"), ("3 ans comme stagiaire au maroc", "fr"),
    ("2 years as a nurse in toronto", "en"),
])
def test_years_abroad_as_unpaid_unskilled_or_in_canada_are_asked_again(typed: str, lang: str) -> None:
    # the question asks for skilled, paid work outside Canada: a cashier (TEER 5) or a volunteer is not counted
    assert answer("foreign_work", typed, lang).kind == "refused"


@pytest.mark.parametrize(("question", "typed"), [
    ("nomination", "yes, waiting for the nomination"), ("nomination", "yes EOI submitted"),
    ("nomination", "yes, invited by AAIP"), ("certificate", "yes, waiting for my exam"),
    ("certificate", "yes apprenticeship in progress"), ("certificate", "yes, 3rd year apprentice"),
    ("certificate", "yes, applied for it"), ("sibling", "yes, my brother applied for PR"),
    ("sibling", "yes my sister, she is waiting for PR"), ("spouse_citizen", "yes, waiting for PR"),
    ("spouse_citizen", "yes she applied for PR"), ("spouse_citizen", "yes on PGWP"),
    ("job_authorized", "yes, visitor"), ("job_authorized", "yes, applied for a work permit"),
    ("canadian_work", "yes, volunteer"), ("canadian_work", "yes unpaid internship"),
])
def test_a_yes_beside_what_is_not_held_yet_is_asked_again(question: str, typed: str) -> None:
    # each was stored as a yes: a nomination (600 points), a certificate, a PR partner or sibling, a permit
    assert answer(question, typed, "en").kind == "refused"


@pytest.mark.parametrize(("question", "typed"), [
    ("nomination", "yes OINP"), ("nomination", "yes, BC PNP nomination"), ("certificate", "yes red seal"),
    ("sibling", "yes my brother is a citizen"), ("spouse_citizen", "yes PR"), ("job_authorized", "yes pgwp"),
    ("canadian_work", "yes, 2 jobs"),
])
def test_a_yes_with_what_is_held_is_still_a_yes(question: str, typed: str) -> None:
    outcome = answer(question, typed, "en")
    assert (outcome.kind, outcome.value) == ("stored", True), outcome
