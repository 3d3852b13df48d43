"""A seventeenth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh17.tsv (254 answers,
144 English and 110 French), aimed at the CHOICE and NUMBER questions: answered with another question's words or
with two facts ("40h, started in march", "celpip june 2025", "29, married"), the "no" side of a choice ("no
masters, only bachelors", "pas d'ielts, seulement le tef"), ranges and doubts, corrections inside one message
("masters, sorry bachelors", "tef euh non tcf", "june 2025 actually may"), one answer for two jobs ("40 each",
"same for both, 35", "40 for this one, 20 for the other"), dates for numbers and numbers for dates, emoji and
voice dictation. Written and committed before the parsers were read (commit 5686b67), measured once before any
change with benchmarks/answers_corpus.py:

    before: Read right 165, misread 2, asked needlessly 7, refused needlessly 73
    after:  Read right 221, misread 0, asked needlessly 7, refused needlessly 19

The two misreads: "i don't remember, sometime in 2025" and "je sais plus, en 2025" to the test date were stored as
"I don't know the date", the year said thrown away; that year's months now open to tap. The refusals fixed are
whole classes: an option corrected or denied beside another (flows/answer_words.py: _choice_corrected,
_denied_then_named), a test named with its month, hours with an aside of another kind or said for both jobs, a
month corrected after its year, an age or a marital status with the other one beside it, "non jamais", "no she
doesn't", "nope only my indian degree". Other corpora moved up only: fresh15 227 -> 229, fresh16 122 -> 127.

The answers still not read as the corpus meant are refused or asked (nothing stored), each left below as a
strict xfail with why.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh17.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_NOT_YET = "not read yet: asked again, nothing stored"
_DIPLOMA = "a bachelor's and a diploma: earlier corpora ask (the diploma's length unsaid); refused, not asked"
_IELTS = "'ielts' alone has two versions (Academic is not accepted): refused with why, as earlier tests pin"
_RANGE = "a range of years across two options is asked with both as buttons, never the lower one stored"
_LEFT: dict[tuple[str, str, str | None, str], str] = {
    ('fr', 'education_level', None, 'licence et un DEC'): _DIPLOMA,
    ('en', 'education_level', None, 'bachelors and a 1 yr postgrad cert from conestoga'): _NOT_YET,
    ('fr', 'education_level', None, "licence + AEC d'un an au Quebec"): _NOT_YET,
    ('en', 'education_level', None, '12th pass then 2 yr diploma'): _NOT_YET,
    ('en', 'education_level', None, "bachelor's degree, 2019"): _NOT_YET,
    ('en', 'education_where', None, 'abroad, ECA from WES 2024'): "asked with or without an ECA; nothing stored",
    ('en', 'test_kind', None, 'tef but also ielts'): _IELTS,
    ('fr', 'test_kind', None, 'tef mais aussi ielts'): _IELTS,
    ('en', 'test_kind', None, 'ielts general training, not academic, twice'): _NOT_YET,
    ('en', 'spouse_test_kind', None, '❌'): "an emoji alone is not read as a no",
    ('en', 'test_date', None, '6 months ago'): "the month six months back is offered to confirm, one tap",
    ('fr', 'test_date', None, 'il y a 6 mois'): "the month six months back is offered to confirm, one tap",
    ('fr', 'scores', 'ielts_general', 'E8 L7 ecrit 6,5 oral 7'):
        "'L' is the English listening's letter and the French lecture's: refused, never guessed",
    ('en', 'scores', 'ielts_general', '7 or 7.5 in listening, 7 7 7 in the rest'): _NOT_YET,
    ('fr', 'scores', 'tef_canada', '450 420 400 430 non pardon EO 440'): _NOT_YET,
    ('en', 'spouse_work', None, '1 or 2'): _RANGE,
    ('fr', 'spouse_work', None, '1 ou 2 ans'): _RANGE,
    ('fr', 'spouse_work', None, 'elle 2 ans, moi 3'): _NOT_YET,
    ('en', 'foreign_work', None, '2-3 years'): _RANGE,
    ('fr', 'foreign_work', None, 'entre 2 et 3 ans'): _RANGE,
    ('en', 'foreign_work', None, '2019-2022'): _NOT_YET,
    ('en', 'job_start', None, 'this one in march 2023, the other in june'): _NOT_YET,
    ('fr', 'job_start', None, "celui-ci en mars 2023, l'autre en juin"): _NOT_YET,
}


def test_the_seventeenth_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 254 and sum(e.lang == "en" for e in entries) == 144
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # and "doctorat en cours, master fini" (a level held beside one not finished): 221; merged with walkthrough 12
    # ("DEC 2 ans" read: "pas de licence, un DEC de 2 ans") and leftovers 6 (TEF levels read: "NCLC 7 partout", its
    # expected reading now the lowest TEF scores of NCLC 7, no longer a refusal): 222; leftovers 7 ("40 and 20",
    # "40 et 20": which is this job's is asked, both as buttons, as the corpus expects): 224
    # round 20: the CLB levels in brackets beside four scores are left out (225 -> 226)
    assert "Read right 231, misread 0, asked needlessly 7, refused needlessly 12" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_nothing_of_round_seventeen_is_stored_otherwise_than_meant() -> None:
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask") and not got.startswith(("unchanged", "offer:"))}
    assert otherwise == {}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_seventeen_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_seventeen(key: tuple[str, str, str | None, str],
                                         request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


# -- a choice said twice: the one meant ------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("education_level", "masters, sorry bachelors", "en", "bachelor"),
    ("education_level", "bachelor oops i mean masters", "en", "master"),
    ("education_level", "licence, non pardon master", "fr", "master"),
    ("education_level", "no masters, only bachelors", "en", "bachelor"),
    ("education_level", "not a bachelor, 2 yr diploma", "en", "two_year"),
    ("education_level", "no university, just high school", "en", "secondary"),
    ("education_level", "pas de master, juste une licence", "fr", "bachelor"),
    ("test_kind", "ielts no sorry celpip", "en", "celpip_general"),
    ("test_kind", "tef euh non tcf", "fr", "tcf_canada"),
    ("test_kind", "no ielts, only tef", "en", "tef_canada"),
    ("test_kind", "pas d'ielts, seulement le tef", "fr", "tef_canada"),
    ("test_kind", "celpip june 2025", "en", "celpip_general"),
    ("test_kind", "tef canada en juin 2025", "fr", "tef_canada"),
    ("marital", "single, sorry common law", "en", "common_law"),
    ("marital", "married, she's 28", "en", "married"),
    ("marital", "mariée avec 2 enfants", "fr", "married"),
    ("education_where", "not abroad, here in canada", "en", "canada"),
    # the level held, then a higher one denied or not finished
    ("education_level", "bachelors, no masters", "en", "bachelor"),
    ("education_level", "licence, pas de master", "fr", "bachelor"),
    ("education_level", "high school, no college", "en", "secondary"),
    ("education_level", "bachelors, masters ongoing", "en", "bachelor"),
    ("education_level", "licence, master en cours", "fr", "bachelor"),
    ("test_kind", "celpip, not ielts", "en", "celpip_general"),
])
def test_a_choice_corrected_or_denied_is_the_one_meant(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("education_level", "masters, no bachelors"),  # a lower one after a "no": maybe a slip, never guessed
    ("education_level", "bachelors no sorry"),  # nothing after the slip
    ("education_level", "no masters"),  # denied, nothing held said
    ("test_kind", "no ielts, only"),
    ("marital", "single, she's 28"),  # a "she" beside a status without a partner: asked
    ("marital", "2 kids"),
])
def test_two_options_not_surely_one_are_never_stored(question: str, typed: str) -> None:
    assert answer(question, typed).kind in ("asked", "refused")


# -- hours with an aside, or for both jobs --------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("40h, started in march", "en", 40),
    ("40h, commencé en mars", "fr", 40),
    ("38h depuis janvier", "fr", 38),
    ("40 each", "en", 40),
    ("40 chacun", "fr", 40),
    ("same for both, 35", "en", 35),
    ("pareil pour les deux, 35h", "fr", 35),
    ("40 for this one, 20 for the other", "en", 40),
    ("40 pour celui-ci, 20 pour l'autre", "fr", 40),
    ("40 hrs, 5 days", "en", 40),
    ("40h/week, about 2080 a year", "en", 40),
    ("full time 40h since 2023", "en", 40),
    ("40 euh non 35", "fr", 35),
    ("at least 30", "en", 30),
])
def test_hours_with_an_aside_are_the_hours_a_week(typed: str, lang: str, stored: float) -> None:
    outcome = answer("job_hours", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize("typed", [
    "8h, 5 days",  # a day's hours: never 8 a week
    "2080 hours a year",  # a year's total: never 2 (or 80) a week
    "$52,000 per year",  # pay: never 52 hours
    "50 000 $ par an",
    "20 then 40 since march",  # two periods, each its own job
    "40 and 20",  # which one is this job's?
])
def test_hours_not_surely_this_weeks_are_never_stored(typed: str) -> None:
    assert answer("job_hours", typed).kind in ("asked", "refused")


# -- dates and ages said with something else --------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("test_date", "june 2025 actually may", "en", "2025-05"),
    ("test_date", "juin 2025 non en fait mai", "fr", "2025-05"),
    ("job_end", "june 2025 no sorry july", "en", "2025-07"),
    ("test_date", "both tests in june 2025", "en", "2025-06"),
    ("test_date", "les deux en juin 2025", "fr", "2025-06"),
    ("birth", "29, married", "en", {"age": 29}),
    ("birth", "29 ans, marié", "fr", {"age": 29}),
    ("foreign_work", "non jamais", "fr", "0"),
    ("canadian_credential", "nope only my indian degree", "en", "none"),
    ("canadian_credential", "non, juste mon diplome du maroc", "fr", "none"),
])
def test_a_date_or_a_value_with_an_aside_is_read(question: str, typed: str, lang: str, stored: object) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("test_date", "i don't remember, sometime in 2025", "en"),
    ("test_date", "je sais plus, en 2025", "fr"),
    ("job_start", "not sure, sometime in 2023", "en"),
])
def test_a_doubt_with_a_year_opens_that_years_months(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind == "months"


@pytest.mark.parametrize("typed", [
    "no, only a diploma from humber",  # a Canadian college: never read as none
    "no only my degree from india and a diploma from humber",
])
def test_a_no_with_a_canadian_school_is_never_none(typed: str) -> None:
    assert answer("canadian_credential", typed).kind in ("asked", "refused")
