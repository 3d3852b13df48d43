"""A twenty-second fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh22.tsv (295 answers,
176 English and 119 French), aimed at what rounds 10 to 21 did not: two facts for two questions in one line
("married, she is coming with me", "bachelor from india with wes"), answers that contradict an earlier one in the
same chat (another test named at a test's date or scores, another level at "where did you earn it?", a job that
ended before it started), ages said with a birthday just passed or a year of birth, months said relative to today,
scores typed with their test's date, hours with overtime or two jobs, agencies and contracts, emoji at yes/no
questions and refusals with a reason. Written and committed before the parsers were read, measured once before any
change with benchmarks/answers_corpus.py:

    before: Read right 159, misread 8, asked needlessly 19, refused needlessly 94
    after:  Read right 196, misread 6, asked needlessly 20, refused needlessly 58

Stored wrongly before, no longer: "celpip 9 9 8 9" to the IELTS scores (stored as IELTS bands of 9), "took celpip
on june 3 2025" to the IELTS's date: each now refused with why and how to change the test (flows/test_named.py).
The misreads left: "my masters is from canada" / « ma maitrise est du canada » after "bachelor" (stored as the
bachelor's place: left for the lead, fresh17 reads the like as "canada"), "a year ago" (its year's months offered,
nothing stored) and the no of "no, quit in 2022" (stored: right; the end's question then says 2022 is before the
job's start).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from benchmarks import answers_corpus as corpus
from flows.age_said import age_said_with_more
from flows.hours_asides import date_without_aside, hours_without_work_words
from flows.test_named import other_test_named, without_test_date

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh22.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
TODAY = dt.date(2026, 11, 27)
_NOT_YET = "not read yet: asked again with the same question, nothing stored"
_EMOJI_ALONE = "judgement of an earlier round (answer_words._SIGNS_OF): an emoji alone is no answer typed"
_OK = ("'ok' is no yes or no in the house (an acknowledgement); the emoji beside it is read only beside a "
       "typed yes or no (answer_words._SIGNS_OF): asked again")
_EMOJI_WORDS = ("an emoji beside words that are no yes or no ('👎 only studied', '✅ tef too'): the house "
                "reads an emoji only beside a typed yes or no (answer_words._SIGNS_OF): asked again, nothing "
                "stored")
_LAST_MONTH = ("judgement of an earlier round (fresh21 _LAST_MONTH): a month said relative to today "
               "('last month', 'a year and a half ago', « en mars dernier ») is confirmed with one tap, never "
               "stored unasked")
_YEARS_AGO = ("'a year ago' is read as a year (2025), its months offered to tap, as 'N years ago' is (earlier "
              "rounds): nothing stored")
_BIRTH_YEAR = ("judgement of an earlier round (err.birth_short_year): a year of birth alone gives two ages; "
               "refused with why (the full date or the age asked), never two ages offered")
_BIRTH_MONTH = ("judgement of an earlier round (err.birth_day_needed): a month of birth is asked with its day, "
                "the age typed being the other way")
_LEFTOVERS11 = "an age with a coming birthday said in French: the class another helper (leftovers 11) works on"
_OTHER_NAMED = ("round 22's fix: another test named than the one given before is refused with why and "
                "how to change it (/back), nothing stored; 'ask' was written for it (no two readings to offer)")
_LEVEL_NAMED = ("a judgement for the lead: after 'bachelor' as the highest level, 'my masters is from canada' is "
                "stored as the bachelor's place ('canada'); refusing it with why breaks fresh17's 'masters in "
                "canada' -> canada (written without the level given before), so it was left as it is")
_QUIT_BEFORE_START = ("the no is stored (right: the job is over); the end's question then says 2022 is before the "
                      "job's start (round 22's fix, conversation._whole_year_checked); 'ask' was written for it")
_PLUS_TWO_JOBS = ("'35 + 10 at my 2nd job': the house reads N + M as two jobs' hours and offers both to tap "
                  "(answers.hours_two_jobs), one tap from the 35 meant")
_DATED_ECA = ("an ECA named with a year: the house offers both options "
              "(answer_words._abroad_with_or_without_eca), its age against RULES.md 3's 5 years is not computed "
              "from a relative year; nothing stored wrongly")
_LEFT: dict[tuple[str, str, str | None, str], str] = {
    ('en', 'quebec', None, '👎'): _EMOJI_ALONE,
    ('en', 'canadian_work', None, '✅'): _EMOJI_ALONE,
    ('en', 'canadian_work', None, 'ok 👍'): _OK,
    ('en', 'canadian_work', None, 'contract via randstad since 2023'): _NOT_YET,
    ('en', 'canadian_work', None, '👎 only studied'): _EMOJI_WORDS,
    ('en', 'job_start', None, 'a year and a half ago'): _LAST_MONTH,
    ('en', 'job_start', None, 'since jan last year'): _LAST_MONTH,
    ('en', 'job_start', None, 'this past march'): _LAST_MONTH,
    ('en', 'job_start', None, 'last month'): _LAST_MONTH,
    ('en', 'job_start', None, '2 months back'): _LAST_MONTH,
    ('en', 'job_start', None, 'since feb of last year thru an agency'): _NOT_YET,
    ('fr', 'job_start', None, "depuis janvier l'an passe"): _LAST_MONTH,
    ('fr', 'job_start', None, 'il y a un an et demi'): _LAST_MONTH,
    ('fr', 'job_start', None, 'le mois passe'): _LAST_MONTH,
    ('fr', 'job_start', None, 'en mars dernier'): _LAST_MONTH,
    ('fr', 'job_start', None, 'il y a 3 mois, par une agence'): _LAST_MONTH,
    ('en', 'job_ongoing', None, 'no, quit in 2022'): _QUIT_BEFORE_START,
    ('en', 'job_ongoing', None, '✅'): _EMOJI_ALONE,
    ('en', 'job_ongoing', None, '👎'): _EMOJI_ALONE,
    ('en', 'job_ongoing', None, 'ok 👍'): _OK,
    ('fr', 'job_ongoing', None, "non j'ai quitte en 2022"): _QUIT_BEFORE_START,
    ('en', 'job_end', None, 'last month'): _LAST_MONTH,
    ('en', 'job_end', None, 'a year ago'): _YEARS_AGO,
    ('en', 'job_end', None, 'in june this year'): _NOT_YET,
    ('en', 'job_end', None, 'actually i still work there'): _NOT_YET,
    ('fr', 'job_end', None, 'il y a 3 mois'): _LAST_MONTH,
    ('fr', 'job_end', None, 'en mars dernier'): _LAST_MONTH,
    ('fr', 'job_end', None, 'le mois passé'): _LAST_MONTH,
    ('fr', 'job_end', None, "en fait j'y travaille encore"): _NOT_YET,
    ('en', 'job_hours', None, '35 + 10 at my 2nd job'): _PLUS_TWO_JOBS,
    ('en', 'job_hours', None, '4 10s'): _NOT_YET,
    ('en', 'job_paid', None, '✅'): _EMOJI_ALONE,
    ('en', 'job_paid', None, 'ok 👍'): _OK,
    ('en', 'job_employee', None, 'contract via randstad'): _NOT_YET,
    ('en', 'job_employee', None, 'through an agency'): _NOT_YET,
    ('en', 'job_employee', None, '1099 contractor thru an agency'): _NOT_YET,
    ('en', 'job_employee', None, 'incorporated, invoiced the client via an agency'): _NOT_YET,
    ('en', 'job_employee', None, 'contract but on payroll, t4'): _NOT_YET,
    ('en', 'job_employee', None, '👍'): _EMOJI_ALONE,
    ('en', 'job_employee', None, 'ok 👍'): _OK,
    ('fr', 'job_employee', None, 'par une agence de placement'): _NOT_YET,
    ('fr', 'job_employee', None, 'contractuel, mais sur la paie avec t4'): _NOT_YET,
    ('fr', 'job_employee', None, 'travailleur autonome via une agence'): _NOT_YET,
    ('fr', 'job_employee', None, 'contrat via randstad'): _NOT_YET,
    ('en', 'job_student', None, '❌'): _EMOJI_ALONE,
    ('en', 'job_student', None, '👎 done school in 2022'): _EMOJI_WORDS,
    ('en', 'job_student', None, '✅'): _EMOJI_ALONE,
    ('en', 'job_authorized', None, '✔️'): _EMOJI_ALONE,
    ('en', 'job_authorized', None, 'ok 👍'): _OK,
    ('fr', 'job_authorized', None, '👍'): _EMOJI_ALONE,
    ('en', 'job_more', None, '👎'): _EMOJI_ALONE,
    ('en', 'test_kind', None, 'ielts 7 each, took it in march'): _NOT_YET,
    ('fr', 'test_kind', None, 'tcf canada ✅ nclc 7'): _NOT_YET,
    ('en', 'test_date', None, '2 months ago'): _LAST_MONTH,
    ('en', 'test_date', None, 'last june'): _LAST_MONTH,
    ('en', 'test_date', None, 'took celpip on june 3 2025'): _OTHER_NAMED,
    ('en', 'test_date', None, 'a year ago'): _YEARS_AGO,
    ('fr', 'test_date', None, 'il y a 6 mois'): _LAST_MONTH,
    ('fr', 'test_date', None, 'en mars dernier'): _LAST_MONTH,
    ('en', 'scores', 'ielts_general', 'celpip 9 9 8 9'): _OTHER_NAMED,
    ('en', 'test_more', None, 'no just the ielts, 7.5 overall'): _NOT_YET,
    ('en', 'test_more', None, '❌'): _EMOJI_ALONE,
    # ('en', 'test_more', None, '✅ tef too') is read since (session 24: "too" with a test named says the yes)
    ('en', 'birth', None, 'born 94'): _BIRTH_YEAR,
    ('en', 'birth', None, 'born jan 1992'): _BIRTH_MONTH,
    ('en', 'birth', None, 'born in december 1990'): _BIRTH_MONTH,
    ('en', 'birth', None, '27, born 2001'): _NOT_YET,
    ('fr', 'birth', None, 'né en 95'): _BIRTH_YEAR,
    ('fr', 'birth', None, 'ne en 1988'): _BIRTH_YEAR,
    ('fr', 'birth', None, '32 ans le mois prochain'): _LEFTOVERS11,
    ('fr', 'birth', None, 'ne en janvier 1992'): _BIRTH_MONTH,
    ('en', 'marital', None, 'common law, 2 yrs together, she has ielts too'): _NOT_YET,
    ('en', 'marital', None, 'divorced last year'): _NOT_YET,
    ('fr', 'marital', None, 'conjointe de fait depuis 2 ans, elle a un bac'): _NOT_YET,
    ('en', 'spouse_citizen', None, '✅'): _EMOJI_ALONE,
    ('en', 'spouse_citizen', None, '👎'): _EMOJI_ALONE,
    ('en', 'spouse_citizen', None, "actually i'm single"): _NOT_YET,
    ('en', 'spouse_accompanying', None, '👍👍'): _EMOJI_ALONE,
    ('en', 'spouse_accompanying', None, '🤷'): _EMOJI_ALONE,
    ('en', 'spouse_accompanying', None, 'we divorced last year'): _NOT_YET,
    ('en', 'spouse_test_kind', None, 'ielts, 6 each, took it last month'): _NOT_YET,
    ('en', 'spouse_work', None, "2 yrs, she's not coming though"): _NOT_YET,
    ('en', 'spouse_work', None, '1 year at walmart, 40h'): _NOT_YET,
    ('fr', 'spouse_work', None, '2 ans chez costco a temps plein'): _NOT_YET,
    ('en', 'education_level', None, 'masters from canada, 2 yrs'): _NOT_YET,
    ('fr', 'education_level', None, "DEC de 3 ans au cegep, fini l'an passé"): _NOT_YET,
    ('en', 'education_where', None, 'india, wes done 2 years ago'): _DATED_ECA,
    ('en', 'education_where', None, 'my masters is from canada'): _LEVEL_NAMED,
    ('fr', 'education_where', None, 'ma maitrise est du canada'): _LEVEL_NAMED,
    ('en', 'canadian_credential', None, '👎'): _EMOJI_ALONE,
    ('en', 'foreign_work', None, '3 yrs in india as developer, none here'): _NOT_YET,
    ('en', 'foreign_work', None, '0, all my work was in canada'): _NOT_YET,
    ('en', 'certificate', None, '❌'): _EMOJI_ALONE,
    ('en', 'certificate', None, '✅ red seal electrician'): _EMOJI_WORDS,
    ('en', 'nomination', None, '👎🏽'): _EMOJI_ALONE,
    ('en', 'nomination', None, 'no, applied to oinp last month'): _NOT_YET,
    ('fr', 'nomination', None, "pas encore, j'ai postule le mois passe"): _NOT_YET,
    ('en', 'sibling', None, '✔'): _EMOJI_ALONE,
    ('en', 'sibling', None, '👎'): _EMOJI_ALONE,
}


def test_the_corpus_is_as_described() -> None:
    assert len(ENTRIES) == 295 and sum(k[0] == "fr" for k in ENTRIES) == 119


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_twenty_two_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_twenty_two(key: tuple[str, str, str | None, str],
                                         request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


def test_the_figures_of_round_twenty_two(capsys: pytest.CaptureFixture[str]) -> None:
    corpus.main(["--corpus", str(FRESH)])
    # merged with session 24's other changes: 197 (a day of no year offered), « 32 ans le mois prochain » asked
    # which (leftovers 11) rather than refused
    assert "Read right 197, misread 6, asked needlessly 21, refused needlessly 56" in capsys.readouterr().out


# -- another test or level named than the one given before: refused with why, never stored under it --------------
@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("test_listening", "celpip 9 9 8 9", "en"), ("test_listening", "mon tef: 450 380 412 414", "fr"),
    ("test_date", "took celpip on june 3 2025", "en"), ("test_date", "j'ai passé le tcf le 3 juin 2025", "fr"),
])
def test_another_test_named_is_refused_with_why(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and "/back" in outcome.text and "IELTS" in outcome.text, outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("test_listening", "ielts 8 7 7 7"),
    ("test_date", "my ielts was on june 3 2025"),
])
def test_the_test_asked_named_is_read_as_before(question: str, typed: str) -> None:
    assert answer(question, typed).kind == "stored"


def test_the_partners_other_test_is_refused_with_the_partners_words() -> None:
    entry = corpus.Entry("en", "spouse_scores", "ielts_general", "celpip 9 9 8 9", "refuse")
    assert corpus.outcome(entry) == "refuse"


@pytest.mark.parametrize(("kind", "typed", "named"), [
    ("ielts_general", "celpip 9 9 8 9", "celpip_general"), ("tef_canada", "tcf 450", "tcf_canada"),
    ("ielts_general", "ielts or celpip", None), ("ielts_general", "8 7 7 7", None), (None, "celpip", None),
    ("ielts_general", "8 7 7 7, not celpip", None), ("tef_canada", "pas le tcf, le tef: 450", None),
])
def test_other_test_named(kind: str | None, typed: str, named: str | None) -> None:
    assert other_test_named(kind, typed) == named


@pytest.mark.parametrize(("typed", "lang"), [("no, quit in 2022", "en"), ("non j'ai quitte en 2022", "fr")])
def test_a_year_before_the_start_is_never_offered_as_the_end(typed: str, lang: str) -> None:
    outcome = answer("job_ongoing", typed, lang)  # the job started on 2023-01-15
    assert outcome.kind == "stored" and outcome.value is False
    assert "2022-" not in " ".join(outcome.choices) and ("2023" in outcome.text), outcome


def test_a_year_of_the_start_still_opens_its_months() -> None:
    assert answer("job_end", "2023").kind == "months"


# -- scores with their test's date, dates with an aside, hours with work words ----------------------------------
@pytest.mark.parametrize(("typed", "kept"), [
    ("got 7.5 L 6.5 R 7 W 6.5 S in june", "got 7.5 l 6.5 r 7 w 6.5 s"), ("7 7 6.5 7 on 2025-06-14", "7 7 6.5 7"),
    ("450 380 412 414 le 3 mars 2025", "450 380 412 414"), ("8 7 7 7", None), ("7 7 7 7 may be", "7 7 7 7 may be"),
])
def test_without_test_date(typed: str, kept: str | None) -> None:
    assert without_test_date(typed) == (None if kept == typed else kept)


def test_five_numbers_with_a_date_are_not_taken_for_four_scores() -> None:
    assert answer("test_listening", "8 7 7 7 6 on 2025-06-14").kind != "stored"


@pytest.mark.parametrize(("typed", "kept"), [
    ("started march 2023, 40h a week", "started march 2023"), ("le 14 juin 2025, 7 partout", "le 14 juin 2025"),
    ("march 3, 2023", None), ("june 2025, then i left", None),
])
def test_date_without_aside(typed: str, kept: str | None) -> None:
    assert date_without_aside(typed) == kept


@pytest.mark.parametrize(("typed", "hours"), [
    ("40 + 5 ot", "45"), ("35h plus 8h d'heures supp", "43"), ("40, paid hourly", "40"),
    ("contract 37.5/wk via randstad", "37.5/wk"), ("40", None), ("40 and 20", None),
])
def test_hours_without_work_words(typed: str, hours: str | None) -> None:
    assert hours_without_work_words(typed) == hours


@pytest.mark.parametrize("typed", ["30 at tims and 15 at walmart", "25h chez tim et 15h chez walmart"])
def test_two_employers_hours_are_asked(typed: str) -> None:
    outcome = answer("job_hours", typed)
    assert outcome.kind == "asked" and len(outcome.choices) == 2, outcome


# -- an age with a birthday passed, a year that agrees, a status after a date ------------------------------------
@pytest.mark.parametrize(("typed", "said"), [
    ("turned 30 last week", "30 years"), ("j'ai eu 33 ans en octobre", "33 years"),
    ("3 days ago i turned 25", "25 years"), ("i'm 27 (born 99)", "27 years"), ("27, born 2001", None),
    ("turned 30 in 2020", None), ("turned 30", None), ("1996-05-02, married", "1996-05-02"),
    ("turned 30 last year", None),  # 30 or 31 now: the birthday of this year may have come
])
def test_age_said_with_more(typed: str, said: str | None) -> None:
    assert age_said_with_more(typed, TODAY) == said


@pytest.mark.parametrize(("typed", "stored"), [
    ("turned 30 last week", {"age": 30}), ("1996-05-02, married", {"birth_date": "1996-05-02"}),
])
def test_ages_are_stored(typed: str, stored: dict[str, object]) -> None:
    entry = corpus.Entry("en", "birth", None, typed, json.dumps(stored))
    assert corpus.run([entry])[0][2], corpus.outcome(entry)
