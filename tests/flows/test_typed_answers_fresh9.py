"""A ninth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh9.tsv (257 answers, 166
English and 91 French), in areas earlier rounds covered least: phone typos and autocorrect ("Mat 2023", "Jnue
2023", "six.5", "4o hours", "Jan 2O23", "l8 2022"), decimal commas, two numbers in one message where one is asked
("40 hours, 2 years", "2 yrs, 3 jobs"), ranges and approximations ("about 35-40", "~1 yr"), emoji and punctuation
("✅", "👍", "yes!!", "nope 🙃"), Franglais ("oui, full time", "temps plein yes"), answers corrected in their own
message ("2022 no sorry 2021", "35 i mean 37.5"), and negated or conditional answers ("not full time", "not self
employed", "no but soon"). Written and committed before the parsers were read (commit 2fdb1a9), each reading set
from what the person means, measured once before any change with benchmarks/answers_corpus.py:

    before: 158 of 257 read as expected, 1 misread, 5 asked needlessly, 85 refused needlessly
    after:  216 of 257 read as expected, 0 misread, 5 asked needlessly, 35 refused needlessly

The misread before: "~1 yr" of work abroad was stored as 1 year; "about a year" is refused by design (completed
years are counted, rounds 3, 5, 6), and the sign "~" was dropped with the fillers. Read now, each general: a value
corrected within its message when both sides hold as many numbers and nothing but months and units
(answer_words.corrected_in_place: "30 no 35", "juin 2023 non pardon juillet 2023", "8 7 7 7 no sorry 8 7 6.5 7";
never "40 hours no 2 jobs", "8 hours a day, no 9" nor "CE 447 non 450"); the letter O after a digit typed for a
zero and the exclamation marks after a number or a date (figures_retyped: "4o hours", "Mars 2O23", "may 2023!!");
an aside of another kind after the value (without_aside: "40 hours, 2 years", "40h/week since 2023", "2 yrs, 3
jobs", "June 2023, 2 jobs actually"; never a count of jobs after hours); the question's own word negated ("not
paid", "not authorized", "not an employee", "not full time" to the student question: a no ("not Quebec" stays
asked, as the Quebec audit decided); "not self
employed", "pas travailleur autonome": a yes) and "no but soon" to a job, a certificate or a nomination (never to
Quebec or a partner's coming, where "soon" turns it); "X or Y" to a date or a score question, each side read alone
("jan or feb 2023", "june 2025 or july", "6.5 or 7"): both offered as buttons, never a guess; a decimal point said
in a word between digits ("7 point 5", "37 virgule 5"), "&" in a range of hours ("between 20 & 25": asked); "une
vingtaine d'heures" (about 20, an estimate; hours only, never an age); an age with the next one after it ("34,
turning 35 in march", "34 ans bientôt 35": 34; only the next age, "34 turning 40" stays refused).

The older corpora keep their figures, all 0 misread: answers_corpus.tsv 422 of 422, held-out 80 of 80, places 80
of 80, fresh2 197, fresh3 190, fresh4 199, fresh5 184, fresh6 195, fresh7 200, fresh8 184 (of 200 each).

Left (strict xfails below, each asked again or refused, never misread): see _LEFT.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus
from flows.answer_words import corrected_in_place, figures_retyped, without_aside
from flows.questions import BY_ID

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh9.tsv"
ENTRIES = {(e.question, e.typed): e for e in corpus.load(FRESH)}
_EMOJI_ALONE = "an emoji alone is no answer typed: asked again by design (answer_words._SIGNS_OF)"
_DOUBT = "🙃 is among the signs of doubt (answer_words._DOUBT_SIGNS): asked again, never guessed"
_PART = "the months of that part of the year are offered as buttons (months_of_part): as good as the year's months"
_HEDGE_DATE = "a date with 'i think' is a doubt, refused on purpose (as round 2 kept 'Nov 2023 i think')"
_TWO_DATES = "a second date after the one asked (results, a move) is refused: not read yet"
_L8 = "'l8' (late) is not read as a part of the year; refused, never stored"
_JOBS = "judgement: 40 may be the hours of both jobs together, so it is asked again (kept so on purpose)"
_LEFT = {
    ("job_start", "l8 2022"): _L8, ("job_end", "ended l8 2025"): _L8,
    ("job_start", "early 2023"): _PART, ("job_start", "mid 2023"): _PART, ("job_start", "fin 2022"): _PART,
    ("job_start", "début 2023"): _PART,
    ("job_end", "Jult 2025"): "a month with a slip next to two months (July? June?) is asked with buttons: safe",
    ("job_start", "sept 2022 i think"): _HEDGE_DATE, ("job_start", "sept 2022 je crois"): _HEDGE_DATE,
    ("test_date", "5 june 2025 i think"): _HEDGE_DATE,
    ("job_end", "aug 2025, then i moved to another job"): _TWO_DATES,
    ("test_date", "Feb 2026, results in march"): _TWO_DATES,
    ("test_date", "5 juin 2025, résultats le 20"): _TWO_DATES,
    ("job_hours", "40 hours, 2 jobs"): _JOBS, ("job_hours", "40 heures, 2 emplois"): _JOBS,
    ("job_hours", "40 hrs a week, 5 days"): "days after hours: '8 hours, 5 days' would be 40, so none is read yet",
    ("job_hours", "15-20 hours on weekends"): "a range with a time after it is refused, not asked",
    ("job_hours", "temps plein yes 40"): "a yes between the time words and the number is not read",
    ("test_listening", "7.5 overall 7"): "a score beside an overall one is refused (which is which?): safe",
    ("test_listening", "sevn"): "a number word with a letter dropped is not read (a number would be guessed)",
    ("quebec", "nope 🙃"): _DOUBT, ("quebec", "no!! 🙃"): _DOUBT, ("canadian_work", "non pas encore 🙃"): _DOUBT,
    ("job_ongoing", "nope 🙃"): _DOUBT, ("job_employee", "self employed 🙃"): _DOUBT,
    ("job_student", "nope 🙃"): _DOUBT, ("job_more", "nope 🙃"): _DOUBT, ("certificate", "no 🙃"): _DOUBT,
    ("spouse_accompanying", "no, she stays in India 🙃"): _DOUBT,
    ("quebec", "👍"): _EMOJI_ALONE, ("quebec", "👎"): _EMOJI_ALONE, ("quebec", "❌"): _EMOJI_ALONE,
    ("canadian_work", "✅"): _EMOJI_ALONE, ("job_paid", "✅"): _EMOJI_ALONE,
    ("test_more", "no 👍"): "a no with a thumbs up (a sign of yes) is asked again by design (answer_words._signs)",
    ("canadian_work", "only part time on weekends"): "judgement: a part-time job is a paid job (yes), but 'only' "
                                                     "limits the answer and is asked again",
    ("job_ongoing", "yes but leaving soon"): "a yes with 'but' is asked again by design (answer_words._QUALIFIED)",
    ("job_ongoing", "non, fini 👍"): "a no with a thumbs up (a sign of yes) is asked again by design",
    ("job_student", "temps plein yes"): "the time words before a yes are not read as a yes",
    ("sibling", "my sister but she's not PR yet"): "a sibling with 'but not PR' is asked again (the 'but')",
}


def test_the_ninth_fresh_corpus_is_never_misread(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 257 and sum(e.lang == "en" for e in entries) == 166
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # 3 refused -> asked in session 17 ("sept 2022 i think", "5 june 2025 i think"): a date said with a doubt is
    # offered to tap as approximate
    # round 20: "thrity five" read as 35 ("thrity" can only be thirty: no other number word is two swapped letters
    # away; a list of such slips in answer_words._TENS, as "fourty" was)
    assert "Read right 217, misread 0, asked needlessly 8, refused needlessly 31" in out


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_nine_is_read_as_meant(key: tuple[str, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize(("typed", "meant"), [
    ("35 i mean 37.5", "37.5"), ("30 no 35", "35"), ("35 non 37,5", "37,5"), ("40, no 45", "45"),
    ("march 2023 no sorry april 2023", "april 2023"), ("en 2022 non 2021", "2021"),
    ("1er mars 2023 non 2 mars 2023", "2 mars 2023"),
    ("1995-04-23 no sorry 1995-04-24", "1995-04-24"), ("8 7 7 7 no sorry 8 7 6.5 7", "8 7 6.5 7")])
def test_a_value_corrected_in_its_own_message_is_the_last_one(typed: str, meant: str) -> None:
    assert corrected_in_place(typed) == meant


@pytest.mark.parametrize("typed", [
    "40 hours no 2 jobs", "8 hours a day, no 9", "2022 no 2021 or 2020", "no 40", "40 non stop", "yes 2 more",
    "8 hours no overtime", "40", "ce 447 non 450", "r 7 no 7.5", "jan 15 2023 no jan 16"])
def test_what_is_no_correction_of_one_value_by_another(typed: str) -> None:
    assert corrected_in_place(typed) is None


@pytest.mark.parametrize(("typed", "meant"), [
    ("4o hours", "40 hours"), ("4O", "40"), ("Jan 2O23", "Jan 2023"), ("may 2023!!", "may 2023"),
    ("2 of", "2 of"), ("10oz", "10oz"), ("!!", "!!"), ("7 point 5", "7.5"), ("37 virgule 5", "37.5"),
    ("between 20 & 25", "between 20 and 25"), ("point 5", "point 5")])
def test_the_letter_o_after_a_digit_and_exclamation_marks(typed: str, meant: str) -> None:
    assert figures_retyped(typed) == meant


@pytest.mark.parametrize(("question", "typed", "head"), [
    ("job_hours", "40 hours, 2 years", "40 hours"), ("job_hours", "40h/week since 2023", "40h/week"),
    ("foreign_work", "2 yrs, 3 jobs", "2 yrs"), ("job_start", "June 2023, 2 jobs actually", "june 2023"),
    ("job_hours", "40 hours, 2 jobs", None), ("job_hours", "40 hrs a week, 5 days", None),
    ("marital", "married, 2 jobs", None)])
def test_an_aside_of_another_kind_after_the_value(question: str, typed: str, head: str | None) -> None:
    assert without_aside(BY_ID[question], typed) == head


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_hours", "30 non pardon 35", "fr", 35), ("job_start", "2O23-05", "en", "2023-05"),
    ("test_listening", "7 non 7,5", "fr", 7.5), ("birth", "34 i mean 33", "en", {"age": 33}),
    ("foreign_work", "2 ans non 3", "fr", "3"), ("spouse_work", "1 yr, 2 jobs", "en", "1"),
    ("job_paid", "wasn't paid", "en", False), ("job_authorized", "pas autorisé", "fr", False),
    ("job_employee", "not a contractor", "en", True), ("job_employee", "pas employé", "fr", False),
    ("job_student", "not a full-time student", "en", False),
    ("canadian_work", "not yet but soon", "en", False), ("nomination", "non mais bientôt", "fr", False),
    ("job_hours", "une quarantaine d'heures par semaine", "fr", 40), ("job_hours", "37 virgule 5", "fr", 37.5),
    ("birth", "34 years old, turning 35 next month", "en", {"age": 34}),
    ("birth", "34 ans, j'aurai 35 ans en mai", "fr", {"age": 34})])
def test_the_new_general_readings(question: str, typed: str, lang: str, stored: object) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # "soon" turns a no about a plan or a partner's coming; approximate years; hours beside jobs or days; a
    # correction with two readings left; the question's word negated with more after it
    ("quebec", "no but soon", "en"), ("spouse_accompanying", "no but soon", "en"), ("foreign_work", "~1 yr", "en"),
    ("foreign_work", "~3 ans", "fr"), ("spouse_work", "≈ 2 years", "en"), ("job_hours", "40 hours, 2 jobs", "en"),
    ("job_hours", "8 hours a day, no 9", "en"), ("job_hours", "30 no 35 or 40", "en"),
    ("job_paid", "not paid at first", "en"), ("job_student", "not full time at first", "en"),
    ("birth", "une trentaine", "fr"), ("job_start", "2022 or 2023", "en"), ("job_start", "jan or feb", "en"),
    ("birth", "34 turning 40", "en"), ("birth", "33 bientôt 35", "fr"), ("job_hours", "une quarantaine", "fr"),
    ("test_listening", "CE 447 non 450", "fr"), ("test_listening", "R 7 no 7.5", "en")])
def test_neighbours_of_the_new_readings_are_never_stored(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind in ("refused", "asked")


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_nine(key: tuple[str, str], request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


@pytest.mark.parametrize(("question", "typed", "lang", "offered"), [
    ("job_start", "jan or feb 2023", "en", ["2023-01", "2023-02"]),
    ("job_start", "mars ou avril 2023", "fr", ["2023-03", "2023-04"]),
    ("test_date", "june 2025 or july", "en", ["2025-06", "2025-07"]),
    ("test_listening", "6.5 or 7", "en", ["6.5", "7"]), ("test_listening", "7,5 ou 8", "fr", ["7.5", "8"])])
def test_either_of_two_readings_is_asked_with_both(question: str, typed: str, lang: str,
                                                   offered: list[str]) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.choices) == ("asked", offered)
