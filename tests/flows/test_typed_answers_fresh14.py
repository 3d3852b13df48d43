"""A fourteenth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh14.tsv (243 answers,
156 English and 87 French), in areas earlier rounds covered least: the less common questions (the partner's,
sibling, nomination and a job offer, a Canadian credential's length, maintained status, self-employment), chatty
answers with the value in the middle, two numbers of which one is the value ("2 jobs, 40h each"), dictation
("thirty seven point five"), dates with a weekday ("lundi 2 mars") or said from today ("last friday"), and replies
that refuse or defer. Written and committed before the parsers were read (commit 8b457ec), measured once before
any change with benchmarks/answers_corpus.py:

    before: 167 of 243 read as expected, 5 "misread", 8 asked needlessly, 58 refused needlessly
    after:  200 of 243 read as expected, 5 "misread", 10 asked needlessly, 24 refused needlessly

Of the 5 "misread" (the benchmark's word for anything stored or done that the corpus did not expect), 3 store a
value: "TCF" read as TCF Canada (twice; an earlier round's corpus wants exactly that, so it is left as a judgement
for review) and "cinq cent vingt cinq cent trente douze quatorze" read as 520/530/12/14 (525/130 also fits TCF's
scale); "?" to the Quebec question is "not sure" (round 2's decision) and "end of last year" opens 2025's months.
None was made worse; one misread this round's first fix made in round 8's corpus ("tcf qc" as TCF Canada) was
caught and closed before commit (test_a_version_after_a_tests_name_is_never_an_aside).
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh14.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_PART_OF_YEAR = "judgement of an earlier round: a season or a part of a year offers its months to tap (❓, kept" \
                " approximate), not the whole year's months: nothing guessed either way"
_RELATIVE_MONTH = "judgement of round 12: a month said from today ('il y a 3 mois', 'décembre dernier') is" \
                  " offered to tap (❓), not stored at once: one tap more, nothing guessed"
_LAST_WEEKDAY = "judgement of this round: a weekday said from today ('last friday') is offered to tap (❓ the" \
                " day), as a month said so is"
_NOT_YET = "not read yet: asked again, nothing stored"
_TCF = "judgement left for review: 'TCF' alone is read as TCF Canada, as answers_corpus_fresh*.tsv of an earlier" \
       " round wants (TCF Québec and tout public are refused when named); this round's corpus would ask"
_LEFT = {
    ("en", "quebec", None, "?"): "judgement of round 2: '?' alone is 'not sure' where that is an answer",
    ("en", "quebec", None, "maybe later, for now Toronto"):
        "a place with a time is asked again (flows/quebec.py), never stored: 'unsure' would also do",
    ("en", "job_start", None, "last summer"): _PART_OF_YEAR,
    ("en", "job_end", None, "last summer"): _PART_OF_YEAR,
    ("fr", "job_start", None, "début 2024"): _PART_OF_YEAR,
    ("en", "job_start", None, "spring 2023"): _PART_OF_YEAR,
    ("en", "job_start", None, "right after I graduated, sept 2023"):
        "a date inside a sentence is read only with words of the event asked ('started'); 'graduated' names"
        " another",
    ("en", "job_start", None, "the 5th of october last year"): _NOT_YET,
    ("en", "job_start", None, "about a year and a half ago"): _RELATIVE_MONTH,
    ("en", "job_ongoing", None, "still there until my permit runs out in march"):
        "a yes with an end after it is asked again: the planned end is a question of its own",
    ("en", "job_end", None, "last friday"): _LAST_WEEKDAY,
    ("fr", "job_end", None, "vendredi dernier"): _LAST_WEEKDAY,
    ("fr", "job_end", None, "il y a 3 mois"): _RELATIVE_MONTH,
    ("fr", "spouse_test_date", "ielts_general", "il y a 6 mois"): _RELATIVE_MONTH,
    ("fr", "job_student_end", None, "j'ai fini en décembre dernier"): _RELATIVE_MONTH,
    ("fr", "test_date", None, "le 10 juin dernier"): _RELATIVE_MONTH,
    ("en", "job_end", None, "end of last year"):
        "judgement: 2025's months are opened (nothing stored): 'end of' is not surely December",
    ("en", "job_hours", None, "around 25, sometimes 30"): "two values said for the hours are asked again",
    ("en", "job_hours", None, "20 hrs/week while in school, then 40"):
        "asked again with the question rather than ❓ buttons: nothing stored either way",
    ("en", "job_student", None, "full time until april 2024 then I graduated"): _NOT_YET,
    ("fr", "job_student_end", None, "il y a 2 ans, en mai"): _RELATIVE_MONTH,
    ("en", "job_authorized", None, "I was a refugee claimant with a work permit"):
        "asked again: a claimant has no temporary resident status (RULES.md 1), but no no is stored from a word",
    ("fr", "test_kind", None, "TCF"): _TCF,
    ("fr", "spouse_test_kind", None, "TCF"): _TCF,
    ("fr", "test_date", None, "lundi 3 mars"):
        "refused with the weekday's message (the latest 3 March was a Tuesday) rather than ❓: nothing stored",
    ("en", "test_date", None, "last summer"):
        "a season said from today is refused at a test's date: nothing stored",
    ("en", "test_date", None, "Oct 5"): "round 13's judgement: a test's day of no year is asked again",
    ("fr", "scores", "tcf_canada", "cinq cent vingt cinq cent trente douze quatorze"):
        "left for review: read 520/530/12/14; 525/130/12/14 also fits TCF's scale (dictation writes 'vingt-cinq')",
    ("en", "birth", None, "born 1994"): "refused rather than asked with the two ages: nothing stored",
    ("en", "spouse_work", None, "none, she just arrived"): _NOT_YET,
    ("en", "spouse_work", None, "about 18 months"):
        "judgement of an earlier round: a count of years said roughly is asked again (completed years count)",
    ("fr", "foreign_work", None, "environ un an et demi"):
        "judgement of an earlier round: a count of years said roughly is asked again (completed years count)",
    ("en", "foreign_work", None, "2 jobs back home, 5 years total"): _NOT_YET,
    ("en", "canadian_credential", None, "nope, only my degree from home"):
        "round 5's decision: 'only' after a no stays asked again",
    ("fr", "sibling", None, "mon frère, mais il a 17 ans"):
        "round 11's judgement: a yes limited by what follows is asked again, nothing stored",
}


def test_the_fourteenth_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 243 and sum(e.lang == "en" for e in entries) == 156
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # 200 + 2 bare "not yet" + "non, pas de test" to the partner's test (French review 10)
    # typed answers round 17: "PhD in progress, master's done" (the level held beside one not finished) read
    # leftovers 8: "about a year and a half ago" offered as May 2025, « il y a 2 ans, en mai » as May 2024 to the
    # end of studies, each to confirm with one tap (refused before)
    # French review 16: "Mon-Fri 9 to 5" (the days before the clock's hours) is asked, 40 or 37.5, as the corpus
    # expects (refused before); typed answers 22: one more read (208)
    assert "Read right 208, misread 5, asked needlessly 13, refused needlessly 14" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_the_values_stored_otherwise_are_the_two_left_for_review() -> None:
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask") and not got.startswith(("unchanged", "offer:"))}
    assert otherwise == {("en", "quebec", None, "?"): '"unsure"',
                         ("en", "job_end", None, "end of last year"): "months",
                         ("fr", "test_kind", None, "TCF"): '"tcf_canada"',
                         ("fr", "spouse_test_kind", None, "TCF"): '"tcf_canada"',
                         ("fr", "scores", "tcf_canada", "cinq cent vingt cinq cent trente douze quatorze"):
                             '"520/530/12/14"'}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_fourteen_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_fourteen(key: tuple[str, str, str | None, str],
                                        request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


# -- one date inside a sentence: read only when the sentence names the event asked, and nothing can move it ------
@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("job_start", "well I started at tim hortons in june 2022 and I'm still there", "2022-06"),
    ("job_start", "I was hired on Monday, March 3 2025 as a cook", "2025-03-03"),
    ("job_end", "it ended when my PGWP expired, june 30 2025", "2025-06-30"),
    ("job_end", "I worked there 2 years, ended May 2025", "2025-05"),
    ("test_date", "the test was on a monday, sept 15 2025", "2025-09-15"),
    ("birth", "born Monday Jan 12 1998", {"birth_date": "1998-01-12"})])
def test_one_date_inside_a_sentence_about_the_event_asked_is_read(question: str, typed: str,
                                                                  stored: object) -> None:
    outcome = answer(question, typed)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("job_end", "I started in june 2022 and left last month"),  # a start's date, never the end's
    ("job_start", "my PGWP started june 2022"),  # a permit's start is not the job's
    ("job_end", "my PGWP expired june 30 2025"),  # nor its end (maintained status may follow)
    ("job_start", "started 2 weeks after june 2022"), ("job_start", "joined a week after june 3 2025"),
    ("job_start", "started around june 2022 or july"), ("job_start", "started june 2022, left march 2024"),
    ("job_start", "I think I started june 2022"), ("test_date", "got my results on june 30 2025"),
    ("test_date", "I booked the test for june 2025"), ("job_start", "started june 2022?"),
    ("birth", "I came to Canada on Monday Jan 12 2015")])
def test_a_date_inside_a_sentence_that_may_be_another_events_is_never_stored(question: str, typed: str) -> None:
    outcome = answer(question, typed)
    assert outcome.kind != "stored", outcome


# -- a weekday with a day and no year, or from today --------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("test_date", "lundi 2 mars", "fr", "2026-03-02"), ("job_start", "Monday March 2", "en", "2026-03-02"),
    ("job_end", "friday nov 20", "en", "2026-11-20")])
def test_a_weekday_confirms_the_latest_such_day(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("typed", "lang"), [("lundi 3 mars", "fr"), ("Monday 30 November", "en")])
def test_a_weekday_that_is_not_the_latest_days_is_refused_never_an_older_year(typed: str, lang: str) -> None:
    outcome = answer("test_date", typed, lang)
    assert outcome.kind == "refused" and "2025-03-03" not in outcome.text, outcome


@pytest.mark.parametrize(("question", "typed", "lang", "day"), [
    ("job_end", "last friday", "en", "2026-11-20"), ("job_end", "vendredi dernier", "fr", "2026-11-20"),
    ("job_start", "last monday", "en", "2026-11-23"), ("test_date", "this past sunday", "en", "2026-11-22")])
def test_a_weekday_said_from_today_is_offered_to_tap(question: str, typed: str, lang: str, day: str) -> None:
    outcome = answer(question, typed, lang)  # today, 2026-11-27, is a Friday: "last friday" is a week ago
    assert (outcome.kind, outcome.choices) == ("asked", [day]), outcome


# -- a test named with words about it -----------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("test_kind", "I did the celpip general last year", "en", "celpip_general"),
    ("test_kind", "le TEF pour le Canada", "fr", "tef_canada"),
    ("test_kind", "IELTS general training, got 7 overall", "en", "ielts_general"),
    ("spouse_test_kind", "she did CELPIP-G too", "en", "celpip_general"),
    ("spouse_test_kind", "ielts gen, same as me", "en", "ielts_general")])
def test_a_tests_name_then_an_aside_is_that_test(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize("typed", ["tcf qc", "tef q last year", "ielts last year", "tcf canada or tef",
                                   "celpip ls last year", "pte core not yet", "tef canada and ielts academic"])
def test_a_version_after_a_tests_name_is_never_an_aside(typed: str) -> None:
    assert answer("test_kind", typed).kind != "stored"


@pytest.mark.parametrize(("typed", "test", "stored"), [
    ("CELPIP-G 9 9 8 9", "celpip_general", (9, 9, 8, 9)), ("CELPIP G 10 9 9 8", "celpip_general", (10, 9, 9, 8))])
def test_celpip_g_before_the_four_scores_is_the_tests_name(typed: str, test: str, stored: tuple[int, ...]) -> None:
    outcome = answer("test_listening", typed, test=test)
    assert (outcome.kind, outcome.value) == ("stored", stored)


# -- hours with another number beside them ------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("2 jobs, 40h each", "en", 40), ("2 emplois, 20h chacun", "fr", 20), ("32h over 4 days", "en", 32),
    ("36 hours in 3 days", "en", 36)])
def test_hours_with_the_count_of_jobs_or_days_beside_them(typed: str, lang: str, stored: int) -> None:
    outcome = answer("job_hours", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize("typed", ["8h over 5 days", "2 jobs, 40h total", "200h over 4 days"])
def test_hours_that_may_be_a_days_or_the_sum_of_jobs_are_never_stored(typed: str) -> None:
    outcome = answer("job_hours", typed)
    assert outcome.kind != "stored" or outcome.value not in (8, 40, 200), outcome


# -- yes or no said by what it is ------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("nomination", "no, only a job offer", "en", False), ("nomination", "LMIA job offer, no PNP", "en", False),
    ("nomination", "got my NS nomination last week", "en", True),
    ("nomination", "j'ai reçu ma nomination de l'Alberta", "fr", True),
    ("sibling", "my brother lives in Toronto, he's a citizen", "en", True),
    ("sibling", "ma sœur est résidente permanente à Montréal", "fr", True),
    ("sibling", "cousin only", "en", False),
    ("spouse_citizen", "she's a PR since last year", "en", True),
    ("job_paid", "it was an unpaid internship", "en", False),
    ("job_employee", "contractor, I sent them invoices", "en", False)])
def test_a_yes_or_no_said_by_what_it_is(question: str, typed: str, lang: str, stored: bool) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("nomination", "I have a job offer from my employer", "en"),
    ("nomination", "got my nomination rejected", "en"),
    ("sibling", "my brother lives in India, he's a citizen", "en"),
    ("sibling", "ma sœur est résidente permanente en France", "fr"), ("sibling", "brother only", "en"),
    ("job_paid", "unpaid at first then paid", "en"), ("spouse_citizen", "she's a PR applicant", "en")])
def test_words_that_do_not_settle_the_yes_or_no_are_asked_again(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind == "refused"


# -- a status or a count of years with an aside of where --------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("marital", "married, but she's staying back home", "en", "married"),
    ("marital", "marié mais ma femme reste au pays", "fr", "married"),
    ("marital", "single, never married", "en", "single"),
    ("marital", "célibataire, jamais mariée", "fr", "single"),
    ("spouse_work", "she worked 2 years here on a PGWP", "en", "2"),
    ("spouse_work", "2 jobs, 3 years total", "en", "3"),
    ("foreign_work", "2 jobs abroad, 5 years total", "en", "3")])
def test_a_value_with_an_aside_of_where(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed"), [
    ("marital", "divorced, never married"), ("marital", "married but she lives apart, separated"),
    ("spouse_work", "2 jobs abroad, 3 years total"), ("foreign_work", "2 jobs in canada, 3 years total"),
    ("spouse_work", "she worked 2 years in India on a work permit")])
def test_an_aside_that_may_change_the_value_is_never_left_aside(question: str, typed: str) -> None:
    assert answer(question, typed).kind == "refused"


# -- the next age said alone, with a birthday within the year -----------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "age"), [
    ("turning 30 next month", "en", 29), ("j'aurai 30 ans en décembre", "fr", 29), ("I'm 30 next month", "en", 29),
    ("I'll be 30 in march", "en", 29), ("34, turning 35 in march", "en", 34)])
def test_the_next_age_with_its_birthday_to_come_is_one_year_less_now(typed: str, lang: str, age: int) -> None:
    outcome = answer("birth", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", {"age": age})


@pytest.mark.parametrize("typed", ["30 next month", "turning 30 in 2028", "turning 30 in a while",
                                   "about 30 soon"])
def test_a_next_age_without_its_lead_or_with_a_year_is_never_stored(typed: str) -> None:
    assert answer("birth", typed).kind != "stored"
