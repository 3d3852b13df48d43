"""A thirteenth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh13.tsv (227 answers,
111 English and 116 French), in areas earlier rounds covered least: Quebec French and franglais ("ouin",
"pantoute", "nope pas encore", "40h/sem"), a correction inside the message ("mars... non avril 2024"), the
question's own words repeated ("my hours are 37.5 per week", "the start date was 15th jan 2024"), slips, units
and emoji, the four scores in another order, hours per two weeks ("80 hours biweekly") and a partner's test "same
as mine". Written and committed before the parsers were read (commit 6d95f7b), measured once before any change with
benchmarks/answers_corpus.py:

    before: 178 of 227 read as expected, 2 misread, 2 asked needlessly, 42 refused needlessly
    after:  208 of 227 read as expected, 1 misread, 3 asked needlessly, 11 refused needlessly

Of the 2 "misread" before, one stored a wrong value: "non, je reste à Montréal" was stored as "no" (not living in
Quebec) though Montréal is in Quebec; a yes or a no with a place that means the other answer is now asked again.
The other (kept, a judgement, nothing stored) is "march 2023 no sorry 2022", which opens the months of 2022.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus
from flows import conversation as talk

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh13.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_ASKED_AGAIN = "judgement: asked again with the question (nothing stored) rather than offered as ❓ buttons; the" \
               " corpus wanted both readings as buttons"
_EMOJI_ALONE = "judgement of an earlier round (flows/answer_words.py _SIGNS_OF): an emoji alone is no answer" \
               " typed, asked again"
_LIMITED_YES = "a yes limited by what follows ('yes but only part time', 'oui à temps partiel', 'ma soeur mais" \
               " elle a 16 ans') means no, but is asked again, as round 11 left it: nothing stored"
_RELATIVE_MONTH = "judgement of round 12: a month said from today ('janvier passé', 'mars passé') is offered to" \
                  " tap (❓), not stored at once: one tap more, nothing guessed"
_LEFT = {
    ("fr", "quebec", None, "non, je reste à Montréal"): _ASKED_AGAIN,
    ("en", "quebec", None, "yes in Toronto"): _ASKED_AGAIN,
    ("fr", "quebec", None, "ouin"):
        "judgement of the French audit: 'ouin' is often a reluctant 'yeah...': asked again",
    ("en", "quebec", None, "ni"):
        "judgement: 'ni' is 'no' slipped on a phone, but also French ('ni ... ni'): asked again, never guessed",
    ("en", "canadian_work", None, "👍"): _EMOJI_ALONE,
    ("en", "job_paid", None, "👍"): _EMOJI_ALONE,
    ("fr", "job_student", None, "oui à temps partiel"): _LIMITED_YES,
    ("en", "job_student", None, "yes but only part time"): _LIMITED_YES,
    ("fr", "sibling", None, "ma soeur mais elle a 16 ans"): _LIMITED_YES,
    ("en", "job_hours", None, "20 hrs/wk during school"):
        "hours with when they were worked ('during school') are asked again: the student question comes after",
    ("en", "job_start", None, "march 2023 no sorry 2022"):
        "judgement: a year alone after the correction opens that year's months (one tap), the month not carried",
    ("fr", "job_start", None, "j'ai commencé en janvier passé"): _RELATIVE_MONTH,
    ("fr", "test_date", None, "j'ai fait mon IELTS en mars passé"): _RELATIVE_MONTH,
    ("fr", "test_date", None, "en mars passé"): _RELATIVE_MONTH,
    ("en", "scores", "ielts_general", "listening 8 reading 7 writing 6.5 speaking 7 no sorry writing 6"):
        "one score corrected after the four is not read yet: asked again, nothing stored",
    ("fr", "scores", "ielts_general", "lecture 7 écoute 8 oral 6 écrit 6,5"):
        "'oral' and 'écrit' alone may each be two abilities (understanding or expression): asked again",
}


def test_the_thirteenth_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 227 and sum(e.lang == "en" for e in entries) == 111
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # session 24: 209 -> 211, "le 3 mars", "the test date was 3rd march" (no year) offer the latest two days
    assert "Read right 211, misread 1, asked needlessly 3, refused needlessly 10" in out  # "nope pas encore": none


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_the_only_answer_read_otherwise_opens_months_and_stores_nothing() -> None:
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask") and not got.startswith(("unchanged", "offer:"))}
    assert otherwise == {("en", "job_start", None, "march 2023 no sorry 2022"): "months"}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_thirteen_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_thirteen(key: tuple[str, str, str | None, str],
                                        request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


@pytest.mark.parametrize(("typed", "lang"), [
    ("non, je reste à Montréal", "fr"), ("no, Montreal", "en"), ("nope I'm staying in Quebec City", "en"),
    ("yes, Toronto", "en"), ("oui en Ontario", "fr")])
def test_a_yes_or_no_with_a_place_meaning_the_other_answer_is_never_stored(typed: str, lang: str) -> None:
    outcome = answer("quebec", typed, lang)
    assert outcome.kind == "refused" and outcome.value is None, outcome


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("no, not Quebec", "en", False), ("non, pas au Québec", "fr", False), ("nah, calgary", "en", False),
    ("oui, Montréal", "fr", True), ("oé", "fr", True), ("nenon", "fr", False), ("mets-en", "fr", True)])
def test_a_yes_or_no_that_agrees_with_its_place_is_read(typed: str, lang: str, stored: bool) -> None:
    outcome = answer("quebec", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("80 hours biweekly", "en", 40), ("80 hrs every 2 weeks", "en", 40), ("75h aux deux semaines", "fr", 37.5),
    ("60 heures toutes les deux semaines", "fr", 30), ("70 hours a fortnight", "en", 35),
    ("my hours are 37.5 per week", "en", 37.5), ("I worked 40 hours per week", "en", 40), ("37 1/2", "en", 37.5)])
def test_hours_for_two_weeks_or_after_the_questions_words_are_the_weeks(typed: str, lang: str,
                                                                          stored: float) -> None:
    outcome = answer("job_hours", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize("typed", ["20 hours biweekly", "40 bi-weekly", "30h bihebdomadaire",
                                   "40 heures pour 2 semaines", "40 hours for 2 weeks"])
def test_biweekly_that_may_be_twice_a_week_is_not_halved(typed: str) -> None:
    """Below 50 hours each time, 'twice a week' is a working week too (20 h twice is 40): never halved; nor are a
    week's hours said "for two weeks" (a duration, not the hours of two weeks)."""
    outcome = answer("job_hours", typed)
    assert outcome.kind != "stored", outcome


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_start", "mars... non avril 2024", "fr", "2024-04"),
    ("job_end", "aug... sorry sept 2025", "en", "2025-09"),
    ("job_start", "the start date was 15th jan 2024", "en", "2024-01-15"),
    ("job_start", "my start date is 2024-01-15", "en", "2024-01-15"),
    ("job_end", "the end date was 31st aug 2025", "en", "2025-08-31"),
    ("job_end", "mon dernier jour c'était le 31 août 2025", "fr", "2025-08-31"),
    ("test_date", "the test date was 3rd march 2026", "en", "2026-03-03"),
    ("job_student_end", "finished school april 2024", "en", "2024-04"),
    ("job_student_end", "j'ai fini le cégep en mai 2024", "fr", "2024-05")])
def test_a_date_corrected_or_after_the_questions_words_is_read(question: str, typed: str, lang: str,
                                                                stored: str) -> None:
    entry = corpus.Entry(lang, question, None, typed, f'"{stored}"')
    assert corpus.outcome(entry) == f'"{stored}"'


@pytest.mark.parametrize(("typed", "lang"), [
    ("school started april 2024", "en"), ("college began in sept 2023", "en"),
    ("l'école a commencé en septembre 2023", "fr")])
def test_the_start_of_studies_is_never_read_as_their_end(typed: str, lang: str) -> None:
    entry = corpus.Entry(lang, "job_student_end", None, typed, "refuse")
    assert not corpus.outcome(entry).startswith('"'), typed


def test_a_month_corrected_to_another_word_is_not_read() -> None:
    assert answer("job_start", "mars... non hier").kind != "stored"


def test_the_start_label_is_left_aside_only_at_a_start() -> None:
    assert answer("job_end", "the start date was 15th jan 2024").kind != "stored"


def _spouse_at(question: str, typed: str, lang: str = "en", second_test: dict[str, object] | None = None
               ) -> tuple[talk.Reply, dict[str, object]]:
    screening = corpus._waiting_at(question, "ielts_general")
    if second_test is not None:
        screening.answers["tests"].append(second_test)
    reply = talk.handle_text(screening, typed, lang, corpus.TODAY)
    return reply, screening.answers


@pytest.mark.parametrize(("typed", "lang"), [("same as mine", "en"), ("pareil comme moi", "fr"),
                                             ("same scores as me", "en"), ("les mêmes que moi", "fr")])
def test_a_partners_scores_same_as_mine_are_the_persons_own(typed: str, lang: str) -> None:
    reply, answers = _spouse_at("spouse_scores", typed, lang)
    assert not reply.error
    assert [answers[f"spouse_{a}"] for a in ("listening", "reading", "writing", "speaking")] == [8, 7, 7, 7]


@pytest.mark.parametrize(("typed", "lang"), [("same day as me", "en"), ("même date que moi", "fr"),
                                             ("we took it together", "en"), ("on a passé le test ensemble", "fr")])
def test_a_partners_test_date_same_as_mine_is_the_persons_own(typed: str, lang: str) -> None:
    screening = corpus._waiting_at("spouse_test_date", "ielts_general")
    screening.answers.pop("spouse_test_date", None)
    reply = talk.handle_text(screening, typed, lang, corpus.TODAY)
    assert not reply.error and screening.answers["spouse_test_date"] == "2025-06-01"


def test_same_as_mine_with_two_different_results_is_never_one_of_them_guessed() -> None:
    other = {"test_kind": "ielts_general", "test_date": "2026-02-01", "test_listening": 6, "test_reading": 6,
             "test_writing": 6, "test_speaking": 6, "test_more": False}
    reply, answers = _spouse_at("spouse_scores", "same as mine", second_test=other)
    assert reply.error and "spouse_listening" not in answers


def test_same_as_mine_is_not_read_for_the_persons_own_test() -> None:
    assert answer("test_listening", "same as mine").kind != "stored"


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("foreign_work", "pantoute", "fr", "0"), ("birth", "I'm 29 yo", "en", {"age": 29}),
    ("quebec", "chu pas sûr encore", "fr", "unsure")])
def test_quebec_french_and_slips_of_round_thirteen(question: str, typed: str, lang: str, stored: object) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)
