"""A fourth fresh evaluation round of typed answers, this time dates and test scores only:
tests/fixtures/answers_corpus_fresh4.tsv (200 answers, 120 English and 80 French, to the start and end of a job,
the end of full-time studies, a test's date, the birth date, and the scores of IELTS, CELPIP, PTE Core, TEF Canada
and TCF Canada), written and committed before the parsers saw it, measured once before any change with
benchmarks/answers_corpus.py (which now reaches the end of studies as a student's "until my studies ended"):

    before: 155 of 200 read as expected, 0 misread, 0 asked needlessly, 21 refused needlessly (and 24 answers meant
            to be asked about, with the readings as buttons, were refused instead)
    after:  199 of 200 read as expected, 0 misread, 1 asked needlessly, 0 refused needlessly

The older corpora still give 0 misread: answers_corpus.tsv 422 of 422 ("last spring" to the job's start now offers
the months of the spring just past, as "spring 2026" does; its expected reading changed from refuse to ask),
held-out 80 of 80, fresh2 197 of 200, fresh3 190 of 200. The rules fixed, each general:

- Two numbers and a two-digit year of 31 or less ("3/4/24", "15/03/24", "05/06/07"): every order that gives a
  possible day is offered (day first, month first, and, when the first number has two digits, the year first as
  much of Asia writes it: "15/03/24" may be 24 March 2015); a single possible order is taken ("31/12/22": 2031 is
  to come; "7/31/25", "4/30/24"). Before, all of them were refused. A birth date keeps only the readings that give
  an age from 16 to 100 ("3/4/24" is refused as an age of 2). Eight digits ("20240315", "19900214") are read the
  same way (year first or last).
- A month of no year ("since jan", "march", "mai", "depuis janv"): this year's (the latest not after today) or last
  year's, asked; never one of them taken.
- Said from today: "yesterday", "hier" (a job's start, a test date, like "today"); "2 years ago", "il y a 2 ans",
  "2 ans ago", "a year ago" open that year's months (as "last year" does); "last month", "le mois dernier", "two
  months ago", "il y a 3 mois" are confirmed as that month (one tap), never stored as said; "last summer", "l'été
  dernier" offer the months of the latest such season already over, kept approximate, as "summer 2026" does.
- Words of leaving before an end ("quit in march 2026", "j'ai arrêté en mai 2025"), for the end of a job or of
  studies only (to the start question they stay unread); "sometime in 2025" opens the year's months.
- "Mar/24", "mar-24" as "mar 24" (March 2024, or the 24th of a March? confirmed, as before).
- Scores: an overall band said first, before a comma ("7.5 overall, L8 R7 W6.5 S7"); "band" and "gt" beside the
  scores ("band 7 in all", "7 7 6.5 6 ielts gt"; "academic" stays refused: another test); "and" before the rest
  ("8 in listening and 7 in everything else").

Left on purpose (a strict xfail below): "depuis 15/3/23" is asked (15 March 2023, or 23 March 2015 written year
first?) where the corpus, written before the rule, expected 15 March 2023: asking is the safe side of that doubt.
"""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh4.tsv"


def test_the_fourth_fresh_corpus_is_never_misread(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 200 and sum(e.lang == "en" for e in entries) == 120
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # leftovers 8: "until last week" to the end is offered as November 2026 to confirm with one tap (the corpus's
    # "refuse" kept as written: nothing is stored either way)
    assert "Read right 198, misread 0, asked needlessly 1, refused needlessly 0" in out


@pytest.mark.parametrize(("name", "right"), [
    ("answers_corpus.tsv", 422), ("answers_corpus_heldout.tsv", 80), ("answers_corpus_fresh2.tsv", 197),
    ("answers_corpus_fresh3.tsv", 190)])
def test_the_older_corpora_are_still_never_misread(name: str, right: int,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.main(["--corpus", str(corpus.ROOT / "tests" / "fixtures" / name)]) == 0
    out = capsys.readouterr().out
    assert f"Read right {right}, misread 0," in out


@pytest.mark.parametrize(("question", "typed", "lang", "choices"), [
    ("job_start", "3/4/24", "en", ["2024-04-03", "2024-03-04"]),
    ("job_start", "15/03/24", "en", ["2024-03-15", "2015-03-24"]),
    ("job_start", "13/4/24", "en", ["2024-04-13", "2013-04-24"]),
    ("job_end", "6/7/25", "fr", ["2025-07-06", "2025-06-07"]),
    ("test_date", "12/04/25", "fr", ["2025-04-12", "2025-12-04", "2012-04-25"]),
    ("birth", "05/06/07", "en", ["2007-06-05", "2007-05-06", "2005-06-07"]),
    ("job_start", "01022024", "en", ["2024-02-01", "2024-01-02"]),
    ("job_start", "since jan", "en", ["2026-01", "2025-01"]),
    ("job_start", "March", "en", ["2026-03", "2025-03"]),
    ("job_end", "dec", "en", ["2025-12", "2024-12"]),
    ("job_end", "mai", "fr", ["2026-05", "2025-05"]),
    ("test_date", "last month", "en", ["2026-10"]),
    ("job_start", "depuis le mois dernier", "fr", ["2026-10"]),
    ("test_date", "two months ago", "en", ["2026-09"]),
    ("test_date", "il y a 3 mois", "fr", ["2026-08"]),
    ("job_start", "last summer", "en", ["2026-06~", "2026-07~", "2026-08~", "2026-09~"]),
    ("job_start", "l'hiver dernier", "fr", ["2025-12~", "2026-01~", "2026-02~", "2026-03~"]),
    ("job_start", "last fall", "en", ["2025-09~", "2025-10~", "2025-11~", "2025-12~"]),
])
def test_a_date_that_can_be_read_several_ways_is_asked_with_each(question: str, typed: str, lang: str,
                                                                 choices: list[str]) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "asked" and outcome.choices == choices, outcome


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_start", "31/12/22", "en", "2022-12-31"), ("job_end", "7/31/25", "en", "2025-07-31"),
    ("job_end", "31/07/25", "fr", "2025-07-31"), ("job_start", "since 03/15/23", "en", "2023-03-15"),
    ("job_start", "20240315", "en", "2024-03-15"),
    ("birth", "19900214", "en", {"birth_date": "1990-02-14"}), ("test_date", "yesterday", "en", "2026-11-26"),
    ("test_date", "hier", "fr", "2026-11-26"), ("job_end", "quit in march 2026", "en", "2026-03"),
    ("job_end", "j'ai arrêté en mai 2025", "fr", "2025-05"),
])
def test_a_date_with_one_possible_reading_is_stored(question: str, typed: str, lang: str, stored: Any) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_start", "2 years ago", "en"), ("job_start", "il y a 2 ans", "fr"), ("job_start", "2 ans ago", "fr"),
    ("job_start", "a year ago", "en"), ("test_date", "sometime in 2025", "en"),
])
def test_years_said_from_today_open_that_years_months(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind == "months"


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("birth", "3/4/24", "en"), ("birth", "12/12/12", "en"),  # an age of 2, of 13: no reading is an age taken
    ("job_start", "left in march 2026", "en"),  # a word of leaving to the start question: not a start
    ("job_start", "quit in march 2026", "en"), ("job_end", "till now", "en"), ("job_end", "en cours", "fr"),
    ("job_start", "since covid", "en"), ("job_start", "80 years ago", "en"),
    # "mars dernier" is confirmed now (one tap): tests/flows/test_typed_answers_fresh10.py
])
def test_what_cannot_be_read_safely_is_refused_and_asked_again(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome


@pytest.mark.parametrize(("test", "typed", "scores"), [
    ("ielts_general", "7.5 overall, L8 R7 W6.5 S7", (8, 7, 6.5, 7)),
    ("ielts_general", "8 in listening and 7 in everything else", (8, 7, 7, 7)),
    ("ielts_general", "band 7 in all", (7, 7, 7, 7)), ("ielts_general", "7 7 6.5 6 ielts gt", (7, 7, 6.5, 6)),
    ("ielts_general", "6.5,6.5,6,5.5", (6.5, 6.5, 6, 5.5)), ("ielts_general", "٧ ٧ ٦.٥ ٦", (7, 7, 6.5, 6)),
    ("tef_canada", "tef 450 400 380 410", (450, 400, 380, 410)),
])
def test_scores_are_stored_in_the_order_of_the_report(test: str, typed: str, scores: tuple[float, ...]) -> None:
    outcome = answer("test_listening", typed, "en", test)
    assert (outcome.kind, outcome.value) == ("stored", scores), outcome


@pytest.mark.parametrize(("test", "typed"), [
    ("ielts_general", "overall 7"), ("ielts_general", "CLB 7"), ("ielts_general", "7 7 6.5 6 ielts academic"),
    ("ielts_general", "7 overall 8 7 6.5"), ("pte_core", "overall 79"),
    # TEF Canada's "NCLC 7" is its certificate's level since leftovers 6, TCF Canada's since leftovers 7: asked,
    # all four or listening only
])
def test_scores_that_are_not_four_of_this_test_are_refused(test: str, typed: str) -> None:
    assert answer("test_listening", typed, "en", test).kind == "refused"


def test_the_words_typed_are_quoted_when_a_date_inside_them_is_asked_about() -> None:
    outcome = answer("job_start", "since jan", "en")
    assert outcome.kind == "asked" and "“since jan”" in outcome.text


@pytest.mark.xfail(strict=True, reason="15/3/23 may be 23 March 2015 written year first: asked, not taken")
def test_a_day_month_and_short_year_is_taken_as_written_by_most() -> None:
    outcome = answer("job_start", "depuis 15/3/23", "fr")
    assert (outcome.kind, outcome.value) == ("stored", "2023-03-15")
