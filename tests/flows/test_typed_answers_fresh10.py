"""A tenth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh10.tsv (261 answers, 181
English and 80 French), in areas earlier rounds covered least: test scores as a sentence with their labels in any
order, dates the way other countries write them, relative dates and durations, hours as a day, shift or month
figure, pay typed where hours are asked, education in local words and questions back. Written and committed before
the parsers were read (commit 0bed171), measured once before any change with benchmarks/answers_corpus.py:

    before: 180 of 261 read as expected, 2 misread, 9 asked needlessly, 64 refused needlessly
    after:  199 of 261 read as expected, 0 misread, 17 asked needlessly, 39 refused needlessly
    round 11: 200 of 261, 0 misread, 17 asked needlessly, 38 refused needlessly ("paid in cash" read)
    round 13: 202 of 261, 0 misread, 17 asked needlessly, 36 refused needlessly ("80 hours biweekly", "80 hrs every
    2 weeks": 40 a week; "biweekly" only from 50 hours, where "twice a week" cannot be a working week)
    leftovers 6: 205 of 261, 0 misread, 17 asked needlessly, 33 refused needlessly (a test named with its scores,
    "IELTS General, L 8 R 7 W 6.5 S 7", "TEF Canada : CO 300 ...": the test, its scores kept)

The misreads before: "listening 8 rest 7" was stored as 7/8/8/8 (the 8 taken for the rest's score, the 7 for
listening's); "bachelors + PGD" was stored as a bachelor's (the PGD, of one or two years, was not seen as a second
credential). Now: a label right before the number owns it ("listening 8 rest 7": 8/7/7/7); a bachelor's beside a
credential of two possible lengths is asked (bachelor or two or more, as for "bachelor + diploma"). Read now, each
general: the abilities' order said by its letters before or after four scores ("LRWS 8 7 6.5 7", "8 7 6.5 7 (L R W
S)", "CO CE EE EO 503 447 475 489"; each letter once, else refused), the partner's scores led by "her scores:" or
"ses résultats :", the pay after the hours ("40 hrs @ $22/hr", "30h/sem payées 20 $/h"; never "$25/hr" or "50 000 $
par an" alone), overtime said to be left out ("40 (overtime not included)"), a day's hours times the days either
way round ("8h x 5", "4 x 10h", "3 shifts of 12 hours", "12h shifts, 3 per week"; never "40h x 2"), the weekdays
for five days ("7.5 hrs/day, mon-fri"), an open work permit named for the authorization ("had a PGWP", "permis de
travail ouvert"; never "work permit" or "study permit", which have conditions), the tax slips T4 (an employee) and
T4A (a contractor), and a month named from today ("since last March", "juin dernier", "le 1er juin dernier", "fin
du mois dernier", "March of last year", "avril l'an passé"): confirmed with one tap, as "last month" and "two
months ago" already were (round 4), never stored as said (the first audit refused them: the reading depends on the
day it is typed, and "last March" said in April may mean either; the month offered shows which).

The older corpora keep their figures, all 0 misread: answers_corpus.tsv 422 of 422, held-out 80 of 80, places 80
of 80, fresh2 197, fresh3 190, fresh4 199, fresh5 184, fresh6 195, fresh7 200, fresh8 184, fresh9 216 of 257.

Left (strict xfails below, each asked again or refused, never misread): see _LEFT.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus
from flows.answer_words import hours_in_words, without_aside
from flows.questions import BY_ID

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh10.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_RELATIVE = "a date said from today ('last spring' to the end of studies) is not read yet"
_CONFIRMED = "judgement: a month said from today is confirmed with one tap ('last month', '18 months ago', " \
             "'juin dernier'), never stored as said, by design (round 4)"
_DURATION = "a duration for a date ('for 18 months' after a start) is not turned into the end date yet: refused"
_SHORT_DATE = "a month and a two-digit year ('03/24', 'mars 24') is refused or asked, not read yet"
_PAY = "a pay figure typed for a yes ('$18/hour', 'salary 50k') is not read as one yet"
_SCHOOL = "a school named beside a program ('from Conestoga', 'from Seneca') is refused: not a known name here"
_PER_PERIOD = "hours a month or a year are refused ('not weekly'): not converted, confirmed yet"
_BAC5 = "judgement: the French audit pinned 'bac+5' as asked again (a master's or an engineering diploma?)"
_LEFT = {
    ("en", "scores", "ielts_general", "overall 7 each band 6.5 except writing 6"):
        "an overall score before 'each band ... except' is refused, not read yet",
    ("en", "scores", "ielts_general", "overall 7.5, all bands 7"): "'all bands 7' after an overall one: refused",
    ("en", "scores", "ielts_general", "8 7 65 7"):
        "judgement: '65' is asked as 6.5 (IELTS bands typed without the dot, round 6); the corpus wanted it "
        "refused; both are safe",
    ("fr", "scores", "ielts_general", "7 partout sauf l'écrit 6,5"): "'l'écrit' is not an ability's label yet",
    ("en", "test_listening", "ielts_general", "listening 8, reading seven"):
        "two of four scores, one in words: refused, not stored in part",
    ("en", "scores", "celpip_general", "CLB 9 all"):
        "judgement: CELPIP levels are CLB levels, but 'CLB' is refused for every test alike (never a test's "
        "score)",
    ("fr", "scores", "tef_canada", "lecture 447, écoute 503, écrit 475, oral 489"):
        "'écrit' alone is no label yet",
    ("fr", "test_listening", "tef_canada", "CE 447 CO 503"):
        "two of four scores typed: refused, not stored in part",
    ("en", "job_start", None, "03/24"): _SHORT_DATE,
    ("en", "job_start", None, "3/24"): _SHORT_DATE,
    ("fr", "job_start", None, "mars 24"): _SHORT_DATE,
    ("en", "job_start", None, "2023年3月"): "a date in Chinese characters is not read",
    ("en", "job_start", None, "since last summer"):
        "judgement: the summer's months are asked with buttons (as good as its months opened)",
    ("en", "job_start", None, "since January"): "judgement: which January is asked (this year's or another)",
    ("fr", "job_start", None, "depuis janvier"): "judgement: which January is asked (this year's or another)",
    ("en", "job_start", None, "since last March"): _CONFIRMED,
    ("en", "job_start", None, "in March of last year"): _CONFIRMED,
    ("fr", "job_start", None, "en mars l'année dernière"): _CONFIRMED,
    ("en", "job_start", None, "2 years ago in March"): _CONFIRMED,
    ("fr", "job_start", None, "depuis 18 mois"):
        "judgement (leftovers 8): « depuis 18 mois » to the start is a start 18 months ago (« depuis » says until "
        "now), offered as May 2025 to confirm with one tap; the corpus refused it as a duration. Nothing is "
        "stored either way",
    ("en", "job_start", None, "18 months ago"): _CONFIRMED,
    ("en", "job_start", None, "3 months ago"): _CONFIRMED,
    ("fr", "job_start", None, "il y a 6 mois"): _CONFIRMED,
    ("en", "job_end", None, "end of last month"): _CONFIRMED,
    ("fr", "job_end", None, "fin du mois dernier"): _CONFIRMED,
    ("en", "test_date", None, "last month"): _CONFIRMED,
    ("fr", "test_date", None, "le 1er juin dernier"): _CONFIRMED,
    ("fr", "test_date", None, "juin dernier"): _CONFIRMED,
    ("en", "job_student_end", None, "graduated last spring"): _RELATIVE,
    ("fr", "job_student_end", None, "diplômé en mai dernier"): _CONFIRMED,
    ("en", "job_end", None, "for 18 months"): _DURATION,
    ("en", "job_end", None, "worked there 18 months"): _DURATION,
    ("en", "job_end", None, "after 2 years"): _DURATION,
    ("fr", "job_end", None, "pendant 18 mois"): _DURATION,
    ("en", "job_hours", None, "160 hours a month"): _PER_PERIOD,
    ("en", "job_hours", None, "2080 hours a year"): _PER_PERIOD,
    ("fr", "job_hours", None, "160h/mois"): _PER_PERIOD,
    ("en", "job_hours", None, "full time 40h, paid 25/h"):
        "the pay is left out, but 'full time 40h' is checked by the strict reader first: refused",
    ("en", "education_level", None, "high school + 2 yr college"): "secondary beside a college program: refused",
    ("en", "education_level", None, "bachelors + PGD"):
        "judgement: asked (bachelor or two or more), as round 3 decided for a bachelor's beside another "
        "credential",
    ("en", "education_level", None, "PGD after my bachelor's"): "'after' between two credentials is not read yet",
    ("en", "education_level", None, "A levels"): "'A levels' is not a name of secondary school yet",
    ("fr", "education_level", None, "bac + 5"): _BAC5,
    ("fr", "education_level", None, "bac+5"): _BAC5,
    ("fr", "spouse_education", None, "bac + 5"): _BAC5,
    ("en", "canadian_credential", None, "PGD"): "a Canadian PGD's length is not read yet (one or two years)",
    ("en", "canadian_credential", None, "bachelor from York"): _SCHOOL,
    ("fr", "canadian_credential", None, "DEC technique"): "a DEC's kind is not read for a Canadian credential yet",
    ("fr", "canadian_credential", None, "DEC"): "a DEC (2 or 3 years) is refused here, not asked with buttons",
    ("en", "job_paid", None, "$18/hour"): _PAY,
    ("en", "job_paid", None, "salary 50k"): _PAY,
    ("en", "foreign_work", None, "for 18 months"): "months for completed years are not read yet (18: one year)",
    ("fr", "foreign_work", None, "pendant 18 mois"): "months for completed years are not read yet (18: one year)",
    # "IELTS General, L 8 R 7 W 6.5 S 7" and "TEF Canada : CO 300 CE 250 EE 400 EO 450" to "Which test?" are read
    # since leftovers 6, their scores kept (tests/flows/test_leftovers6.py)
}


def test_the_tenth_fresh_corpus_is_never_misread(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 261 and sum(e.lang == "en" for e in entries) == 181
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # round 14: 203 and 35 ("internship, unpaid" read); leftovers 6: 205 and 33 (a test named with its scores);
    # session 19: 206 and 32 ("mi-mars 2024" offers March's days)
    # leftovers 8: "2 years ago in March" offered as March 2024 to confirm, « depuis 18 mois » as May 2025
    # (« depuis » says until now: a start 18 months ago; the corpus's "refuse" read it as a duration), one tap each
    assert "Read right 208, misread 0, asked needlessly 18, refused needlessly 29" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_ten_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_ten(key: tuple[str, str, str | None, str], request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("listening 8 rest 7", "en", (8, 7, 7, 7)), ("L 8 rest 7", "en", (8, 7, 7, 7)),
    ("listening 8, the rest 7", "en", (8, 7, 7, 7)), ("8 in listening, 7 in the rest", "en", (8, 7, 7, 7)),
    ("écoute 8 le reste 7", "fr", (8, 7, 7, 7))])
def test_a_label_right_before_a_number_owns_it_beside_the_rest(typed: str, lang: str,
                                                                stored: tuple[float, ...]) -> None:
    outcome = answer("test_listening", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize("typed", ["bachelors + PGD", "BSc and PGD", "bachelor + diploma"])
def test_a_bachelors_beside_a_credential_of_two_lengths_is_asked(typed: str) -> None:
    outcome = answer("education_level", typed)
    assert (outcome.kind, outcome.choices) == ("asked", ["bachelor", "two_or_more"])


@pytest.mark.parametrize(("typed", "stored"), [("masters + PGD", "master"), ("bac + 2", "two_year")])
def test_the_highest_credential_named(typed: str, stored: str) -> None:
    outcome = answer("education_level", typed, "fr" if typed.startswith("bac") else "en")
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("typed", "head"), [
    ("40 hrs @ $22/hr", "40 hrs"), ("40 hours, $22 an hour", "40 hours"), ("30h/sem payées 20 $/h", "30h/sem"),
    ("40h, 60k a year", "40h"), ("40 (overtime not included)", "40"), ("35h sans heures sup", "35h"),
    ("$25/hr", None), ("25 dollars an hour", None), ("60k a year", None), ("50 000 $ par an", None),
    ("40/hr", None), ("40 hours at 25", None)])
def test_the_pay_after_the_hours_is_an_aside(typed: str, head: str | None) -> None:
    assert without_aside(BY_ID["job_hours"], typed) == head


@pytest.mark.parametrize(("typed", "weekly"), [
    ("8h x 5", "40"), ("4 x 10h", "40"), ("4x10h", "40"), ("10h x 4 days a week", "40"),
    ("3 shifts of 12 hours", "36"), ("12h shifts, 3 per week", "36"), ("5 days of 8 hours", "40"),
    ("7.5 hrs/day, mon-fri", "37.5"), ("8h/jour du lundi au vendredi", "40"), ("8h/day 5 days", "40")])
def test_a_days_hours_times_the_days(typed: str, weekly: str) -> None:
    hours = hours_in_words(typed)
    assert hours is not None and hours.text == weekly


@pytest.mark.parametrize("typed", ["40h x 2", "8 x 5", "8 hrs a day", "8 h x 8"])
def test_neighbours_of_a_days_hours_are_not_multiplied(typed: str) -> None:
    assert hours_in_words(typed) is None


@pytest.mark.parametrize(("typed", "lang"), [
    ("$25/hr", "en"), ("25 dollars an hour", "en"), ("60k a year", "en"), ("50 000 $ par an", "fr"),
    ("20 $ de l'heure", "fr"), ("40h x 2", "en")])
def test_pay_or_an_impossible_day_is_never_stored_as_hours(typed: str, lang: str) -> None:
    assert answer("job_hours", typed, lang).kind in ("refused", "asked")


@pytest.mark.parametrize(("question", "typed", "lang", "offered"), [
    # today is 2026-11-27: "last March" is this year's, "last November" (this month's name) the year before's
    ("job_start", "since last March", "en", ["2026-03"]), ("job_start", "last november", "en", ["2025-11"]),
    ("job_start", "in March of last year", "en", ["2025-03"]), ("job_start", "march last year", "en", ["2025-03"]),
    ("job_start", "since march last year", "en", ["2025-03"]),
    ("job_start", "last year in march", "en", ["2025-03"]), ("job_start", "avril l'an passé", "fr", ["2025-04"]),
    ("job_start", "en mars l'année dernière", "fr", ["2025-03"]),
    ("job_end", "juin de l'an dernier", "fr", ["2025-06"]), ("job_end", "août passé", "fr", ["2026-08"]),
    ("job_start", "mars dernier", "fr", ["2026-03"]),
    ("job_start", "last december", "en", ["2025-12"]), ("test_date", "juin dernier", "fr", ["2026-06"]),
    ("test_date", "le 1er juin dernier", "fr", ["2026-06-01"]),
    ("job_end", "fin du mois dernier", "fr", ["2026-10"])])
def test_a_month_named_from_today_is_confirmed_with_one_tap(question: str, typed: str, lang: str,
                                                            offered: list[str]) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.choices) == ("asked", offered)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("test_date", "le 31 juin dernier", "fr"), ("job_start", "last monday", "en"),
    ("job_start", "lundi dernier", "fr"), ("birth", "juin dernier", "fr")])
def test_neighbours_of_a_month_named_from_today_are_never_stored(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind in ("refused", "asked")


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_authorized", "had a PGWP", "en", True), ("job_authorized", "I had an open work permit", "en", True),
    ("job_authorized", "j'avais un permis ouvert", "fr", True), ("job_authorized", "j'avais un PTPD", "fr", True),
    ("job_employee", "I got a T4", "en", True), ("job_employee", "T4A", "en", False),
    ("job_employee", "contractor, T4A", "en", False)])
def test_an_open_permit_or_a_tax_slip_named(question: str, typed: str, lang: str, stored: bool) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed"), [
    ("job_authorized", "open"), ("job_authorized", "work permit"), ("job_authorized", "study permit"),
    ("job_authorized", "closed work permit"), ("job_authorized", "pgwp expired"),
    ("job_authorized", "open work permit expired"), ("job_authorized", "PGWP applied"),
    ("job_employee", "t4 and t4a")])
def test_a_permit_with_conditions_or_in_doubt_is_never_stored(question: str, typed: str) -> None:
    assert answer(question, typed).kind in ("refused", "asked")


@pytest.mark.parametrize(("typed", "test", "stored"), [
    ("LRWS 8 7 6.5 7", "ielts_general", (8, 7, 6.5, 7)), ("8 7 6.5 7 (L R W S)", "ielts_general", (8, 7, 6.5, 7)),
    ("SWRL 7 6.5 7 8", "ielts_general", (8, 7, 6.5, 7)), ("L/R/W/S: 8/7/6.5/7", "ielts_general", (8, 7, 6.5, 7)),
    ("LRWS 7 6.5 6 7", "ielts_general", (7, 6.5, 6, 7)), ("L/R/W/S 7/6.5/6/7", "ielts_general", (7, 6.5, 6, 7)),
    ("CO CE EE EO 503 447 475 489", "tef_canada", (503, 447, 475, 489)),
    ("ce co eo ee 524 523 14 14", "tcf_canada", (523, 524, 14, 14))])
def test_the_order_said_by_its_letters(typed: str, test: str, stored: tuple[float, ...]) -> None:
    outcome = answer("test_listening", typed, "en", test)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize("typed", ["LLWS 8 7 6.5 7", "lrws 8 7 7", "LRW 8 7 6.5", "LRWS 8,7,6.5,7"])
def test_an_order_with_a_letter_twice_or_missing_is_never_stored(typed: str) -> None:
    assert answer("test_listening", typed).kind in ("refused", "asked")


@pytest.mark.parametrize(("typed", "lang"), [
    ("her scores: L 7 R 6.5 W 6 S 6.5", "en"), ("his results 7 6.5 6 6.5", "en"),
    ("ses résultats : 7 6,5 6 6,5", "fr")])
def test_the_partners_scores_led_by_her_or_his(typed: str, lang: str) -> None:
    entry = corpus.Entry(lang, "spouse_scores", "ielts_general", typed, '"7/6.5/6/6.5"')
    assert corpus.run([entry])[0][1:] == ('"7/6.5/6/6.5"', True)
