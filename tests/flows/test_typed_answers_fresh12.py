"""A twelfth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh12.tsv (186 answers, 122
English and 64 French), in areas earlier rounds covered least: the end of a job or of studies said with words
("till last friday", "il y a deux semaines", "since Xmas"), test dates as the report prints them, scores pasted
from a results page, hours typed with the schedule, voice dictation without punctuation and two values named for
one question. Written and committed before the parsers were read (commit cdf0d38), measured once before any change
with benchmarks/answers_corpus.py:

    before: 104 of 186 read as expected, 4 misread, 15 asked needlessly, 50 refused needlessly
    after:  116 of 186 read as expected, 4 misread, 15 asked needlessly, 38 refused needlessly

The 4 "misread" were judgements, nothing wrong stored: "end of aug 2025" kept the month ('end of' is late in the
month, not surely its last day; since session 19 August's days are offered to tap, the month alone among them), "2
years ago" opens the months of 2024 (_YEARS_AGO). Read now: a results page's label before a test date ("Test Date:
14/JUN/2025", "Date of test: 2025-06-14", "Date du test : 14/06/2025"), the days then a day's hours ("4 days x 10",
"5 days 8 hours", "6 days a week 7 hours"), the end of a job or of studies "yesterday" / "hier" (as a start or a
test date already was; "today" stays refused for an end) and the hours after a dictated yes ("yes I was working
full time forty hours", "oui je travaillais à temps plein quarante heures").

The older corpora keep their figures (answers_corpus.tsv 422 of 422, held-out 80, places 80, fresh2 197, fresh3
190, fresh4 199, fresh5 184, fresh6 195, fresh7 200, fresh8 184, fresh9 216, fresh10 200, fresh11 178), all 0
misread but fresh11's 3 hedges (its own judgement, unchanged).
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh12.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_RELATIVE_DAY = "a day named by a holiday or a month without its year ('at christmas last year', 'till end of" \
                " june') is not read yet: asked again, nothing stored"
_WEEKS_AGO = "judgement (leftovers 8): a day counted back in weeks ('2 weeks ago', 'il y a deux semaines') is" \
             " offered to tap (❓ the day it means), 'last week' its month, as a weekday said from today is"
_LAST_WEEKDAY = "judgement of round 14: a weekday said from today ('last friday', 'vendredi dernier') is offered" \
                " to tap (❓ the day it means), as a month said so is: one tap more, nothing guessed"
_RELATIVE_MONTH = "judgement: a month said from today ('last month', '3 months ago', 'jusqu'en mars') is" \
                  " offered to tap (❓), not stored at once: one tap more, nothing guessed"
_YEARS_AGO = "judgement: '2 years ago' opens the months of 2024 to choose from (nothing stored): 'ago' is rough"
_HOLIDAY = "a holiday named for a date (Christmas, Xmas, Noël) is not read yet: asked again, nothing stored"
_TWO_VALUES = "two values named for one question ('2023 or 2024', '6.5-7', five scores) are asked again with" \
              " the question, not offered as ❓ buttons between them: nothing stored either way"
_PAGE_EXTRA = "a results page's other lines ('Overall Band Score', 'OA', 'CEFR C1', a CLB after the four " \
              "scores, a candidate ID) are not left aside yet: asked again, nothing stored"
_CLOCK = "judgement: hours as a clock range ('9 to 5 mon-fri') hold a break paid or not (40 or 37.5 a week): " \
         "asked again, never guessed"
_BARE = "two bare numbers with an x ('3x12', '4x10') are left unread, as round 10 decided for '8 x 5' " \
        "(tests/flows/test_typed_answers_fresh10.py): no hours mark says which number is the days"
_LEFT = {
    ("en", "job_hours", None, "3x12"): _BARE,
    ("en", "job_hours", None, "4x10"): _BARE,
    **{("en", "job_end", None, typed): _RELATIVE_DAY for typed in (
        "stopped at christmas last year", "till end of june")},
    **{("en", "job_end", None, typed): _WEEKS_AGO for typed in ("ended 2 weeks ago", "2 weeks ago", "last week")},
    **{("fr", "job_end", None, typed): _WEEKS_AGO for typed in (
        "jusqu'à la semaine passée", "il y a deux semaines", "il y a 2 semaines")},
    ("fr", "job_end", None, "à Noël l'an dernier"): _RELATIVE_DAY,
    **{(lang, "job_end", None, typed): _LAST_WEEKDAY for lang, typed in (
        ("en", "till last friday"), ("en", "last friday"), ("fr", "vendredi dernier"))},
    ("en", "test_date", None, "took it 2 weeks ago"): _WEEKS_AGO,
    ("fr", "test_date", None, "il y a deux semaines"): _WEEKS_AGO,
    **{(lang, question, None, typed): _RELATIVE_MONTH for lang, question, typed in (
        ("en", "job_end", "last month"), ("en", "job_end", "end of last month"), ("en", "job_end", "3 months ago"),
        ("en", "job_end", "I quit in march"), ("fr", "job_end", "le mois dernier"),
        ("fr", "job_end", "fin du mois dernier"), ("fr", "job_end", "il y a 3 mois"),
        ("fr", "job_end", "jusqu'en mars"), ("en", "job_start", "since last january"),
        ("fr", "job_start", "depuis janvier dernier"), ("en", "test_date", "last month"))},
    ("en", "job_end", None, "mid 2025"):
        "judgement: 'mid 2025' offers May to August 2025 as ❓ buttons; the corpus wanted all of 2025's months",
    ("fr", "test_date", None, "le 14 juin dernier"):
        "judgement: a day with 'dernier' and no year is confirmed with one tap, not stored at once",
    ("en", "job_start", None, "started 2 years ago"): _YEARS_AGO,
    ("fr", "job_start", None, "il y a deux ans"): _YEARS_AGO,
    ("en", "job_start", None, "since Xmas"): _HOLIDAY,
    ("en", "job_start", None, "since christmas 2024"): _HOLIDAY,
    ("fr", "job_start", None, "depuis Noël"): _HOLIDAY,
    ("en", "job_student_end", None, "finished around christmas 2023"): _HOLIDAY,
    ("fr", "job_student_end", None, "fin des études à Noël 2023"): _HOLIDAY,
    **{(lang, question, None, typed): _TWO_VALUES for lang, question, typed in (
        ("en", "job_end", "2024 or 2025"), ("fr", "job_end", "2024 ou 2025"), ("en", "job_start", "2023 or 2024"),
        ("fr", "job_start", "2023 ou 2024"), ("en", "job_student_end", "2023 or 2024"),
        ("fr", "job_student_end", "2023 ou 2024"), ("en", "test_date", "2025 or 2026"),
        ("fr", "test_date", "2025 ou 2026"), ("en", "birth", "1997 or 1998"))},
    ("en", "scores", "ielts_general", "8 7.5 6.5 7 7.5"): _TWO_VALUES,
    ("en", "scores", "ielts_general", "Listening 8 Reading 7.5 Writing 6.5 or 7 Speaking 7"): _TWO_VALUES,
    ("en", "test_listening", "ielts_general", "6.5-7"): _TWO_VALUES,
    ("en", "test_date", None, "14/06/25"):
        "judgement: 14/06/25 may also be 2014-06-25, the year first as much of Asia writes it: asked (round 5)",
    ("en", "test_date", None, "Test Date 14/Jun/2025 Candidate ID 123456"): _PAGE_EXTRA,
    **{("en", "scores", test, typed): _PAGE_EXTRA for test, typed in (
        ("ielts_general", "Listening 8.0 Reading 7.5 Writing 6.5 Speaking 7.0 CEFR C1"),
        ("celpip_general", "Listening 9 Reading 8 Writing 8 Speaking 9 CLB 8"))},
    ("fr", "scores", "tef_canada", "CO : 503 / CE : 447 / EE : 475 / EO : 489 – NCLC 8"): _PAGE_EXTRA,
    ("en", "test_listening", "ielts_general", "Listening: 8.0 (CEFR C1)"): _PAGE_EXTRA,
    **{(lang, "job_hours", None, typed): _CLOCK for lang, typed in (
        ("en", "9 to 5 mon-fri"), ("en", "9-5 monday to friday"), ("en", "mon-fri 9am-5pm"),
        ("en", "7am to 3pm five days a week"), ("en", "9 to 5"), ("fr", "du lundi au vendredi de 9h à 17h"),
        ("fr", "9h-17h lun-ven"))},
    ("fr", "job_hours", None, "trois quarts de travail de douze heures"):
        "shifts said in words ('trois quarts de douze heures') are not read yet: asked again",
    ("fr", "job_hours", None, "douze heures trois jours par semaine"):
        "a day's hours in words before the days are not read yet: asked again",
}


def test_the_twelfth_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 186 and sum(e.lang == "en" for e in entries) == 122
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # round 14: two dictated dates inside a sentence read, three weekdays said from today offered to tap; session
    # 19: "end of aug 2025" for an end offers August's days (the month alone among them), no longer the month kept
    # leftovers 8: "2 weeks ago", "il y a deux semaines" offered as the day to confirm, "last week" and « jusqu'à
    # la semaine passée » as its month (_WEEKS_AGO): 8 refused before, asked now; round 19: an IELTS report's
    # "Overall Band Score" and "OA" are left aside as an overall (two read)
    # session 23: a day's schedule with its days ("9 to 5 mon-fri", « 9h-17h lun-ven ») is no longer refused but
    # asked, 40 or 37.5 with an unpaid half-hour break (the corpus wrote 40): 4 refused -> asked
    # French review 16: the days said before the clock's hours ("mon-fri 9am-5pm", « du lundi au vendredi de 9h à
    # 17h ») are asked as "9 to 5 mon-fri" is (40 or 37.5): 2 refused -> asked
    assert "Read right 123, misread 2, asked needlessly 32, refused needlessly 16" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_the_only_answers_read_otherwise_are_a_years_months() -> None:
    """The benchmark's "misread": the months of a year offered for "2 years ago" (nothing stored)."""
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask") and not got.startswith(("unchanged", "offer:"))}
    assert otherwise and all(_LEFT[key] == _YEARS_AGO for key in otherwise)
    assert set(otherwise.values()) == {"months"}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_twelve_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_twelve(key: tuple[str, str, str | None, str],
                                      request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("Test Date: 14/JUN/2025", "en", "2025-06-14"), ("test date 3 May 2025", "en", "2025-05-03"),
    ("Date of the test: 2025-06-14", "en", "2025-06-14"), ("Exam date 2025/06/14", "en", "2025-06-14"),
    ("Date du test : 14/06/2025", "fr", "2025-06-14"), ("date de l'examen 14 juin 2025", "fr", "2025-06-14")])
def test_a_results_pages_label_before_the_test_date_is_left_aside(typed: str, lang: str, stored: str) -> None:
    outcome = answer("test_date", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


def test_the_label_is_left_aside_only_at_a_tests_date() -> None:
    assert answer("job_start", "Test Date: 14/JUN/2025").kind == "refused"


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("4 days x 10", "en", 40), ("5 days 8 hours", "en", 40), ("6 days a week 7 hours", "en", 42),
    ("3 shifts x 12", "en", 36), ("4 jours x 10h", "fr", 40), ("5 jours 7,5 h", "fr", 37.5),
    ("yes I was working full time forty hours", "en", 40), ("yeah 35", "en", 35),
    ("oui je travaillais à temps plein quarante heures", "fr", 40)])
def test_hours_typed_with_the_schedule_are_the_weeks_hours(typed: str, lang: str, stored: float) -> None:
    outcome = answer("job_hours", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize("typed", ["2x20", "40x1", "3x12", "4x10", "8 days x 10", "4 days x 30"])
def test_numbers_with_an_x_that_are_no_days_and_shift_are_not_multiplied(typed: str) -> None:
    outcome = answer("job_hours", typed)
    assert outcome.kind != "stored", outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_end", "yesterday", "en"), ("job_end", "hier", "fr"), ("job_end", "until yesterday", "en"),
    ("job_end", "jusqu'à hier", "fr")])
def test_an_end_yesterday_is_the_day_before_today(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "2026-11-26")


def test_an_end_today_stays_refused() -> None:
    assert answer("job_end", "today").kind == "refused"
