"""A fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh2.tsv (200 answers, 120 English
and 80 French, written before the parsers saw them), measured once before any change: 126 of 200 read as
expected, 74 refused where a reading was meant, 0 misread. The fixes these tests pin, each a general rule:

- SMS and slang yes and no: "nn", "oué", "yea", "ofc"; "jsp", "dunno", "idk tbh", "chui pas sûr", "not 100% sure",
  "jsp encore" (not sure, where not sure is an answer); a question back ("nn pk ?") is asked again.
- "another job?" answered with the count: "nah just the one", "no only 1 job" (no), "1 more", "yea one more" (yes).
- Numbers in words where a number is asked (hours, scores, an age, a count of years): "forty hours", "quarante
  heures", "eight point five", "huit virgule cinq", "trente-sept et demi", "eight seven seven seven" (four scores,
  never one sum); "un"/"une" before another word is an article ("un temps plein" is not 1 hour).
- Years written '24: "march 15th '24", "Jan '23", "july 9th '94" (the latest such year not after today's);
  "9 juillet 94" (after a day and a month, two digits are the year); "mars 24" (March 2024, or the 24th of a
  March of no year) is confirmed with one tap.
- A month mistyped beside a year: "feburary 2024" (two letters swapped) is read; "Jume 2025" is confirmed;
  "Mat 2024" (May or March?) is asked about with both.
- "last year", "l'an dernier": that year's months open; "end of aug 2025" is August 2025
  (since session 19, August's days offered to tap, the month alone among them).
- "40 hrs p/w"; "29 y/o"; "3 ans et +"; "nah none" (no years); "2 or 3 years" asked with both; "8 7.5 7 7 (overall
  7.5)"; "married yes", "IELTS general training test"; "Bachelors in CS", "MSc Computer Science", "high school
  diploma".

Left as they are, on purpose: "like 2 years" / "environ 2 ans" stay refused (the CRS counts completed years and
"about 2" may be 1 year and 10 months, as the English audit decided for "about 2 years"); "Nov 2023 i think" stays
refused (a doubt, not an estimate, as the French audit decided for "juin 2025 je crois").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from benchmarks import answers_corpus as corpus
from flows.answer_words import choice_label
from flows.parsing import Ambiguous, parse_date
from flows.texts import catalog

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh2.tsv"
TODAY = dt.date(2026, 11, 27)


def test_the_fresh_corpus_is_never_misread(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 200 and sum(e.lang == "en" for e in entries) == 120
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    assert "Misread (something stored or done that was not meant): 0" in out
    assert "Everyday answers understood as expected: 197 of 200" in out


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_paid", "nn", "fr", False), ("sibling", "nn", "fr", False), ("job_paid", "oué", "fr", True),
    ("job_paid", "ofc", "en", True), ("job_paid", "yea", "en", True), ("job_authorized", "yea PGWP", "en", True),
    ("job_ongoing", "Yea still working there", "en", True), ("job_employee", "nn, à mon compte", "fr", False),
    ("certificate", "nn jamais", "fr", False), ("job_more", "nn c tout", "fr", False),
    ("job_more", "nah just the one", "en", False), ("job_more", "no only 1 job", "en", False),
    ("job_more", "1 more", "en", True), ("job_more", "yea one more", "en", True),
    ("job_authorized", "dunno", "en", "unsure"), ("job_authorized", "not sure tbh", "en", "unsure"),
    ("job_authorized", "jsp", "fr", "unsure"), ("job_authorized", "chui pas sûr", "fr", "unsure"),
    ("job_authorized", "not 100% sure", "en", "unsure"), ("quebec", "jsp encore", "fr", "unsure"),
    ("test_date", "idk lol", "en", "unsure"), ("test_date", "aucune idée frr", "fr", "unsure"),
])
def test_sms_and_slang_yes_no_and_not_sure(question: str, typed: str, lang: str, stored: Any) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("nomination", "nn pk", "fr"), ("certificate", "pk ?", "fr"), ("job_paid", "no, why?", "en"),
    ("job_more", "1 job", "en"), ("job_more", "one job", "en"),  # "I had 1 job" or "1 more"? asked again
    ("job_paid", "ya pas eu de paie", "fr"),
])
def test_a_question_back_or_a_bare_count_is_asked_again(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind == "refused"


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_hours", "forty hours", "en", 40), ("job_hours", "forty", "en", 40),
    ("job_hours", "fourty hrs", "en", 40),
    ("job_hours", "thirty seven point five", "en", 37.5), ("job_hours", "quarante", "fr", 40),
    ("job_hours", "trente-cinq", "fr", 35), ("job_hours", "trente-sept et demi", "fr", 37.5),
    ("job_hours", "quarante h/sem", "fr", 40), ("job_hours", "40 hrs p/w", "en", 40),
    ("birth", "thirty two", "en", {"age": 32}), ("birth", "trente-deux ans", "fr", {"age": 32}),
    ("birth", "29 y/o", "en", {"age": 29}),
    ("foreign_work", "two", "en", "2"), ("foreign_work", "deux ans", "fr", "2"),
    ("foreign_work", "un an et demi", "fr", "1"), ("spouse_work", "two", "en", "2"),
    ("foreign_work", "3 ans et +", "fr", "3"), ("foreign_work", "nah none", "en", "0"),
    ("foreign_work", "nn", "fr", "0"), ("test_listening", "eight point five", "en", 8.5),
    ("test_listening", "huit virgule cinq", "fr", 8.5), ("test_listening", "seven", "en", 7),
])
def test_numbers_said_in_words_are_read_where_a_number_is_asked(question: str, typed: str, lang: str,
                                                                 stored: Any) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("typed", "lang", "scores"), [
    ("eight seven seven seven", "en", (8, 7, 7, 7)), ("huit sept sept sept", "fr", (8, 7, 7, 7)),
    ("8 7.5 7 7 (overall 7.5)", "en", (8, 7.5, 7, 7)),
    ("seven and a half seven six and a half seven", "en", (7.5, 7, 6.5, 7)),
])
def test_four_scores_in_words_are_four_numbers_never_one_sum(typed: str, lang: str,
                                                              scores: tuple[float, ...]) -> None:
    outcome = answer("test_listening", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", scores)


# "forty hours every two weeks" (20 a week) is read now: tests/flows/test_typed_answers_fresh13.py
@pytest.mark.parametrize(("typed", "lang"), [
    ("un temps plein", "fr"), ("une quarantaine", "fr"), ("huit heures par jour", "fr"),
    ("one or two days", "en"),
])
def test_words_that_are_not_weekly_hours_are_still_refused(typed: str, lang: str) -> None:
    assert answer("job_hours", typed, lang).kind == "refused"


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_start", "march 15th '24", "en", "2024-03-15"), ("job_start", "Jan '23", "en", "2023-01"),
    ("job_start", "sept '23", "en", "2023-09"), ("job_start", "janvier '23", "fr", "2023-01"),
    ("job_end", "july '25", "en", "2025-07"), ("test_date", "may 17th '25", "en", "2025-05-17"),
    ("birth", "july 9th '94", "en", {"birth_date": "1994-07-09"}),
    ("birth", "né le 9 juillet 94", "fr", {"birth_date": "1994-07-09"}),
    ("job_start", "3 mars 24", "fr", "2024-03-03"), ("job_start", "feburary 2024", "en", "2024-02"),
    # one letter dropped from a long name fits one month only: read (confirmed before; tests/flows/
    # test_dates_as_typed.py)
    ("job_start", "septmber 2023", "en", "2023-09"),
    # "end of aug 2025" for an end offers August's days now (session 19): tests/flows/test_part_of_month.py
    ("job_start", "late march 2024", "en", "2024-03"),
])
def test_short_years_and_slips_in_dates_are_read(question: str, typed: str, lang: str, stored: Any) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang", "readings", "said"), [
    # a month and two digits: the year, or the day of a month of no year (session 24: the day was not offered)
    ("job_start", "mars 24", "fr", ["2024-03", "2026-03-24", "2025-03-24"], "mars 2024"),
    ("job_start", "sep 23", "en", ["2023-09", "2026-09-23", "2025-09-23"], "September 2023"),
    ("test_date", "mai 25", "fr", ["2025-05", "2026-05-25", "2025-05-25"], "mai 2025"),
    ("job_end", "Jume 2025", "en", ["2025-06"], "June 2025"),
    ("job_start", "Smarch 2024", "en", ["2024-03"], "March 2024"),
    ("job_start", "Mat 2024", "en", ["2024-03", "2024-05"], "May 2024"),
])
def test_a_reading_that_may_not_be_meant_is_offered_not_stored(question: str, typed: str, lang: str,
                                                             readings: list[str], said: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "asked" and outcome.choices[-len(readings):] == readings
    assert any(said in choice_label("date", r, catalog(lang)) for r in readings)  # a button names the month
    if len(readings) == 1:
        assert ("comme la date ci-dessous" if lang == "fr" else "as the date below") in outcome.text


def test_a_month_and_two_digits_is_offered_with_the_days_by_the_strict_parser_too() -> None:
    with pytest.raises(Ambiguous) as raised:
        parse_date("March 24", "start", TODAY)
    assert raised.value.choices == ["2024-03", "2026-03-24", "2025-03-24"]
    with pytest.raises(Ambiguous) as offered:  # "march 05" is the 5th of a March of no year: the latest two
        parse_date("march 05", "start", TODAY)
    assert offered.value.choices == ["2026-03-05", "2025-03-05"]


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # "early 2024" offers January to April 2024 now: tests/flows/test_approximate_dates.py
    ("job_start", "depuis l'an dernier", "fr"),
    ("test_date", "last year", "en"), ("job_start", "this year", "en"),
])
def test_a_year_said_in_words_opens_its_months(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind == "months"


@pytest.mark.parametrize(("question", "typed", "lang", "readings"), [
    ("foreign_work", "2 or 3 years", "en", ["2", "3"]), ("foreign_work", "2 ou 3 ans", "fr", ["2", "3"]),
    ("foreign_work", "2-3 years", "en", ["2", "3"]), ("foreign_work", "0-1", "en", ["0", "1"]),
])
def test_a_range_of_years_is_asked_about_with_both(question: str, typed: str, lang: str,
                                                   readings: list[str]) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "asked" and outcome.choices[-2:] == readings


def test_a_range_of_years_above_the_last_option_is_that_option() -> None:
    assert (answer("foreign_work", "4 or 5 years").kind, answer("foreign_work", "4 or 5 years").value) == \
        ("stored", "3")


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("marital", "married yes", "en", "married"), ("marital", "mariée oui", "fr", "married"),
    ("test_kind", "IELTS general training test", "en", "ielts_general"), ("test_kind", "no test", "en", "none"),
    ("education_level", "Bachelors in CS", "en", "bachelor"),
    ("education_level", "MSc Computer Science", "en", "master"),
    ("education_level", "high school diploma", "en", "secondary"),
])
def test_options_named_with_a_word_more(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("foreign_work", "like 2 years", "en"), ("foreign_work", "environ 2 ans", "fr"),
])
def test_estimates_of_completed_years_stay_refused(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind == "refused"


def test_a_doubted_date_is_never_stored_as_exact() -> None:
    # refused until session 17; now the month is offered to tap, kept approximate once tapped
    outcome = answer("job_start", "Nov 2023 i think", "en")
    assert (outcome.kind, outcome.choices) == ("asked", ["2023-11~"])
