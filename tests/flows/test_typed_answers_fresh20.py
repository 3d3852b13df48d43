"""A twentieth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh20.tsv (318 answers,
171 English and 147 French), aimed at what rounds 10 to 19 did not: the partner's questions typed with "she / he /
my wife / mon chum / ma blonde / mon conjoint" (and one's own answer beside the partner's), hedged answers ("pretty
sure yes", "not 100%", « je pense que oui », « pas certain »), seasons and vague dates ("fall 2022", "summer 23",
« l'automne passé », « début 2023 »), levels typed as levels ("clb 9 in all", « nclc 7 partout »), TEF / TCF / PTE
Core reports pasted, education named by country or school ("BSc from Lagos", « bac en France », "2 yr college in
ontario"), a yes with a qualifier ("yes but part time"), number slips ("thrity", « quarente », "1,5 an") and emoji
("yes 😅"). Written and committed before the parsers were read, measured once before any change with
benchmarks/answers_corpus.py. Two kinds of lines were set after that measure to the house's readings: a season or a
part of a year is "ask" (the question offers that season's months to tap, the reading meant; written "months"),
and "35-40" hours is 35 (the house's range, answers_corpus.tsv; written "ask"). With those:

    before: Read right 185, misread 5, asked needlessly 2, refused needlessly 105
    after:  see test_the_twentieth_fresh_corpus_figures (276, misread 4)

Of the five "misread" before, one stored what was not meant: « bac en France » was stored as high school (the
French bac, or a Quebec bac — a bachelor's — earned in France: now asked, as "bac" alone is); the four others
(before and after) are a year's months offered for « début 2025 » at a test's date, nothing stored. Read now:
"yes 😅" (a sweat-smile after a plain yes or no is embarrassment, not doubt: one place,
answer_words._DOUBT_SIGNS; "yes i think 😅" stays a doubt, Not sure where the question has it, and "yes 🤔" is
asked again as before), hedges ("pretty sure yes", "not 100%", "yes i think": Not sure, never a sure yes;
elsewhere asked again), "yes but part time" to a paid job / still there / another job / employee, "yes but in
cash" to paid, a season with two digits ("summer 23") at a job's dates (a test's date stays refused: its report
gives the day), TEF / TCF "pts", PTE's "Communicative Skills:", CLB / NCLC levels in brackets beside scores,
"she got 9 9 8 9", « mon conjoint a une maîtrise », « elle a fini son secondaire », « mon chum est citoyen », «
elle attend sa RP » (a no), "she's coming with me", "she has 2 yrs here", "he worked 8 months" (0 years), « mon
conjoint : quatre ans », "celpip, clb 9 in all", « ma blonde et moi on est en union de fait », "i think 30"
hours (an estimate), "2 yr college in ontario", "he does, i don't", "he dropped out of high school". What is
left is refused or asked (nothing stored), each below as a strict xfail with why.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh20.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_NOT_YET = "not read yet: asked again with the same question, nothing stored"
_PART_TIME_YEARS = ("years said part time: how many full-time years they make is counted in hours (RULES.md), so "
                    "they are asked again with the question, not offered as two readings")
_ABROAD_AFTER_YES = ("a yes with a country abroad after it is asked again (answer_words._IN_CANADA_ONLY), never "
                     "turned into a no nor kept as a yes")
_TOGETHER = ("judgement of an earlier round (answer_words._TOGETHER_FOR): RULES.md does not say how long living "
             "together makes a common-law partner, so the status is asked with why")
_DOUBTED_DATE = ("the house's date said with a doubt (conversation._doubted_date): offered to tap as approximate "
                 "(one tap), never stored unasked")
_TEMPORARY_SIBLING = "round 8's judgement: a sibling on a temporary status is told why and asked again"
_NOT_COMPLETED = ("an earlier round's judgement: a credential not completed is refused with why "
                  "(err.credential_not_completed), not stored as none")
_TEST_DAY = ("an earlier decision (tests/flows/test_approximate_dates.py): a test's date is on its report, so a "
             "season is not offered as months there (refused) and a part of a year opens the year's months")
_DOUBT_SIGN = ("an earlier audit's decision (test_typed_answers_audit.py): a yes with a doubt's emoji "
               "('yes 🤔') is asked again, not stored as Not sure")
_LEFT: dict[tuple[str, str, str | None, str], str] = {
    ('en', 'job_authorized', None, 'yes 🤔'): _DOUBT_SIGN,
    **{k: _TEST_DAY for k in ENTRIES
       if k[1] in ("test_date", "spouse_test_date") and ENTRIES[k].expected == "ask"},
    ('fr', 'quebec', None, 'non, mais ma blonde voudrait'):
        "the partner's wish beside the person's no to Quebec: the Quebec question is not among flows/whose.py's",
    ('fr', 'canadian_work', None, "oui mais c'etait du benevolat"):
        "a yes turned by what follows ('but it was volunteering'): asked again, never a yes; not read as a no",
    ('en', 'job_start', None, 'i think march 2023'): _DOUBTED_DATE,
    ('fr', 'job_start', None, 'je pense mars 2023'): _DOUBTED_DATE,
    ('en', 'job_paid', None, 'yes but only tips'):
        "whether tips alone are wages is not in RULES.md: asked again (with the question), not offered as two",
    ('en', 'job_student', None, 'yes but part time'):
        "a yes to full-time studies turned by 'part time': asked again with the question, not offered as two",
    ('fr', 'job_student', None, 'oui mais à temps partiel'):
        "a yes to full-time studies turned by « à temps partiel »: asked again with the question, not offered "
        "as two",
    ('fr', 'test_kind', None, "le tcf canada, j'ai eu nclc 8"):
        "one NCLC level said with the test (one ability's, or all four's?): the test is not stored with it",
    ('fr', 'scores', 'pte_core', 'ecoute 65 lecture 59 oral 62 ecrit 70'):
        "« écrit » alone may be the TEF's « compréhension de l'écrit » (reading) as well as writing: not read",
    ('en', 'test_more', None, "yes but it's the same test"): _NOT_YET,
    ('en', 'marital', None, 'living with my gf for 3 yrs'): _TOGETHER,
    ('fr', 'marital', None, 'on vit ensemble depuis 3 ans mon chum et moi'): _TOGETHER,
    ('en', 'spouse_citizen', None, "yes but she's in india right now"): _ABROAD_AFTER_YES,
    ('en', 'spouse_education', None, "she's doing her masters, has a bachelor"):
        "the one held after the one in progress, with the partner's pronoun: refused with why (not completed)",
    ('en', 'spouse_work', None, 'yes but only 6 months'): _NOT_YET,
    ('en', 'spouse_work', None, 'she worked 2 years but part time'): _PART_TIME_YEARS,
    ('fr', 'spouse_work', None, '2 ans mais a temps partiel'): _PART_TIME_YEARS,
    ('en', 'foreign_work', None, '2 years but only part time'): _PART_TIME_YEARS,
    ('fr', 'foreign_work', None, '2 ans mais a temps partiel'): _PART_TIME_YEARS,
    ('en', 'education_level', None, 'HND from ghana'): "an HND is not among the credentials' names: asked again",
    ('en', 'education_where', None, 'BSc from Lagos'):
        "Lagos is not among the places known (flows/places.py): refused, never guessed",
    ('en', 'education_where', None, 'university of ibadan'):
        "Ibadan is not among the places known (flows/places.py): refused, never guessed",
    ('en', 'canadian_credential', None, 'yes but not finished'): _NOT_COMPLETED,
    ('fr', 'canadian_credential', None, 'oui mais pas encore fini'): _NOT_COMPLETED,
    ('en', 'certificate', None, 'yes but from my home country'): _ABROAD_AFTER_YES,
    ('fr', 'certificate', None, "oui mais de l'Inde"): _ABROAD_AFTER_YES,
    ('en', 'sibling', None, "yes but he's on a work permit"): _TEMPORARY_SIBLING,
    ('fr', 'sibling', None, 'oui mais elle est etudiante internationale'): _TEMPORARY_SIBLING,
    ('en', 'sibling', None, "yes my sister but she's 16"):
        "RULES.md 3: a sibling under 18 does not count; told why and asked again (an earlier round's judgement)",
    ('en', 'sibling', None, "my wife's sister is PR in toronto"):
        "the corpus reaches the sibling question as a single person (benchmarks/answers_corpus._BEFORE): a "
        "partner's sibling does not count for them",
}


def test_the_twentieth_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 318 and sum(e.lang == "en" for e in entries) == 171
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # leftovers 10: « au Senegal, mon EDE est en cours » is read "abroad" (no ECA yet, RULES.md 3): 1 more
    assert "Read right 277, misread 4, asked needlessly 2, refused needlessly 19" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_nothing_of_round_twenty_is_stored_otherwise_than_meant() -> None:
    # the four "misread" of the figures are a year's months offered at a test's date (_TEST_DAY): nothing stored
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask", "months")
                 and not got.startswith(("unchanged", "offer:"))}
    assert otherwise == {}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_twenty_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_twenty(key: tuple[str, str, str | None, str],
                                      request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


# -- a sweat-smile after a plain yes or no is embarrassment; a doubt in words or a doubt's emoji is a doubt -------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("quebec", "yes 😅", "en", True), ("job_paid", "oui 😅", "fr", True), ("certificate", "yes 😅", "en", True),
    ("job_more", "non 😅", "fr", False), ("nomination", "nope 😅", "en", False), ("sibling", "oui 😅", "fr", True),
    ("spouse_accompanying", "yes 😅", "en", True), ("job_student", "no 😅", "en", False),
])
def test_a_sweat_smile_after_a_plain_yes_or_no_is_that_answer(question: str, typed: str, lang: str,
                                                             stored: bool) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_employee", "yes i think 😅", "en"), ("quebec", "oui je crois 😅", "fr"),
    ("spouse_accompanying", "yes i think 😅", "en"), ("job_student", "oui je pense 😅", "fr"),
])
def test_a_doubt_beside_the_yes_is_not_sure(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "unsure"), outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("nomination", "yes i think 😅"), ("certificate", "yes 🤔"), ("canadian_work", "yes i think 😅"),
    ("sibling", "oui je crois 😅"), ("job_paid", "yes 🤷"), ("job_authorized", "yes 🤔"),
    ("job_student", "oui 🤷"),
])
def test_a_doubt_is_never_a_sure_yes(question: str, typed: str) -> None:
    assert answer(question, typed).kind != "stored"


# -- hedges: Not sure where the question has it, asked again elsewhere --------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("quebec", "pretty sure yes", "en"), ("job_employee", "not 100%", "en"),
    ("job_authorized", "not 100% sure", "en"),
    ("spouse_accompanying", "pretty sure yes", "en"), ("job_employee", "pas certaine à 100 %", "fr"),
    ("quebec", "yes i think", "en"), ("job_student", "oui je pense", "fr"), ("job_employee", "fairly sure", "en"),
])
def test_a_hedge_is_not_sure(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "unsure"), outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("certificate", "pretty sure yes", "en"), ("nomination", "je pense que oui", "fr"),
    ("spouse_citizen", "i think so", "en"), ("canadian_work", "not 100% sure", "en"),
    ("job_paid", "i think so", "en"),
])
def test_a_hedge_is_never_stored_where_not_sure_is_no_answer(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind != "stored"


def test_a_plain_sure_is_still_a_yes() -> None:
    outcome = answer("job_employee", "yes for sure")
    assert (outcome.kind, outcome.value) == ("stored", True), outcome


# -- a yes with a limit that leaves it whole ----------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("canadian_work", "yes but part time", "en"), ("canadian_work", "oui mais à temps partiel", "fr"),
    ("canadian_work", "yes but only as a student", "en"), ("job_ongoing", "yes but only weekends now", "en"),
    ("job_ongoing", "oui mais à temps partiel maintenant", "fr"), ("job_employee", "yes but part time", "en"),
    ("job_more", "yes but it was part time", "en"), ("job_paid", "oui mais en cash", "fr"),
    ("job_paid", "yes but below minimum wage", "en"),
])
def test_a_yes_but_part_time_is_a_yes(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", True), outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("job_student", "yes but part time"), ("job_paid", "yes but unpaid"),
    ("job_employee", "yes but self employed"),
    ("job_ongoing", "yes but only until march"), ("job_paid", "yes but only tips"),
])
def test_a_yes_turned_by_its_but_is_not_stored_as_a_yes(question: str, typed: str) -> None:
    outcome = answer(question, typed)
    assert not (outcome.kind == "stored" and outcome.value is True), outcome


# -- « bac en France » is asked, « bac français » names the French diploma ----------------------------------------
def test_a_bac_earned_in_france_is_asked() -> None:
    assert answer("education_level", "bac en France", "fr").kind == "asked"


def test_the_french_bac_is_still_secondary() -> None:
    outcome = answer("education_level", "bac français", "fr")
    assert (outcome.kind, outcome.value) == ("stored", "secondary"), outcome


# -- seasons: two digits, and at a test's date --------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "months"), [
    ("job_start", "summer 23", "en", ["2023-06", "2023-07", "2023-08", "2023-09"]),
    ("job_start", "l'ete 23", "fr", ["2023-06", "2023-07", "2023-08", "2023-09"]),
    ("job_student_end", "spring 24", "en", ["2024-03", "2024-04", "2024-05", "2024-06"]),
    ("job_start", "fall 2022 i think", "en", ["2022-09", "2022-10", "2022-11", "2022-12"]),
    ("job_end", "l'automne passé", "fr", ["2025-09", "2025-10", "2025-11", "2025-12"]),
])
def test_a_season_offers_its_months_kept_approximate(question: str, typed: str, lang: str,
                                                      months: list[str]) -> None:
    if question == "job_student_end":  # reached the corpus's way (a student until then)
        got = corpus.outcome(corpus.Entry(lang, question, None, typed, ""))
        assert got == "ask", got
        return
    outcome = answer(question, typed, lang)
    offered = [m.rstrip("~") for m in outcome.choices if m[0].isdigit()]
    assert outcome.kind == "asked" and offered == months, outcome


def test_a_part_of_a_year_in_two_digits_is_no_season() -> None:
    assert answer("job_start", "fin 23", "fr").choices != ["2023-09~", "2023-10~", "2023-11~", "2023-12~"]


def test_a_season_to_come_is_in_the_future() -> None:
    assert answer("job_start", "summer 27").kind == "refused"


@pytest.mark.parametrize("typed", ["fall 2024", "fall 2024 i think", "summer 23"])
def test_a_season_at_a_tests_date_is_still_refused(typed: str) -> None:
    assert answer("test_date", typed).kind == "refused"


# -- scores as a report prints them -------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "test", "stored"), [
    ("Communicative Skills: Listening 65, Reading 59, Speaking 62, Writing 70", "pte_core", "65/59/70/62"),
    ("listening 65 reading 59 speaking 62 writing 70 (clb 8 8 8 8)", "pte_core", "65/59/70/62"),
    ("CO 450 pts CE 380 pts EE 412 pts EO 414 pts", "tef_canada", "450/380/412/414"),
    ("CO 450 (NCLC 7) CE 380 (NCLC 6) EE 12 (NCLC 8) EO 14 (NCLC 9)", "tcf_canada", "450/380/12/14"),
    ("Compréhension orale : 450 points, Compréhension écrite : 380 points, Expression écrite : 12/20, "
     "Expression orale : 14/20", "tcf_canada", "450/380/12/14"),
])
def test_scores_pasted_from_a_report(typed: str, test: str, stored: str) -> None:
    assert corpus.outcome(corpus.Entry("fr", "scores", test, typed, "")) == f'"{stored}"'


@pytest.mark.parametrize(("typed", "stored"), [
    ("she got 9 9 8 9", "9/9/8/9"), ("her scores: L9 R8 W8 S9", "9/8/8/9"), ("he got 7 in everything", "7/7/7/7"),
])
def test_the_partners_scores_said_of_the_partner(typed: str, stored: str) -> None:
    test = "ielts_general" if "everything" in typed else "celpip_general"
    assert corpus.outcome(corpus.Entry("en", "spouse_scores", test, typed, "")) == f'"{stored}"'


def test_the_partners_score_is_not_ones_own() -> None:
    assert answer("test_listening", "he has 7").kind != "stored"


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("celpip, clb 9 in all", "en", "celpip_general"), ("tef canada, nclc 7 partout", "fr", "tef_canada"),
])
def test_a_test_named_with_its_levels_keeps_them(typed: str, lang: str, stored: str) -> None:
    outcome = answer("test_kind", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


# -- number slips -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_hours", "thrity", "en", 30), ("job_hours", "thirthy five", "en", 35),
    ("job_hours", "quarente", "fr", 40),
    ("foreign_work", "thrity months", "en", "2"), ("foreign_work", "1,5 an 😅", "fr", "1"),
    ("spouse_work", "1.5 yrs 👍", "en", "1"),
])
def test_a_number_with_a_slip_is_read(question: str, typed: str, lang: str, stored: int | str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("typed", "lang"), [("i think 30", "en"), ("je pense 35", "fr")])
def test_hours_after_i_think_are_an_estimate(typed: str, lang: str) -> None:
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "stored" and outcome.value == int(typed.split()[-1]), outcome
    assert "≈" in outcome.text


# -- the partner named by any name, on the partner's questions --------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("spouse_education", "mon conjoint a une maîtrise", "fr", "master"),
    ("spouse_education", "elle a fini son secondaire", "fr", "secondary"),
    ("spouse_education", "mon chum a un doctorat, moi une maitrise", "fr", "doctoral"),
    ("spouse_education", "moi j'ai une maitrise, elle une licence", "fr", "bachelor"),
    ("spouse_education", "he dropped out of high school", "en", "less_than_secondary"),
    ("spouse_test_kind", "mon chum a fait le tcf canada", "fr", "tcf_canada"),
    ("spouse_citizen", "mon chum est citoyen", "fr", True),
    ("spouse_citizen", "my wife is a citizen", "en", True),
    ("spouse_citizen", "elle attend sa RP", "fr", False),
    ("spouse_citizen", "he is waiting for his PR", "en", False),
    ("spouse_accompanying", "she's coming with me", "en", True),
    ("spouse_work", "she has 2 yrs here", "en", "2"),
    ("spouse_work", "elle a fait 3 ans a montreal", "fr", "3"),
    ("spouse_work", "he worked 8 months", "en", "0"),
    ("spouse_work", "she worked 30 months", "en", "2"),
    ("spouse_work", "mon conjoint: quatre ans", "fr", "4"),
    ("spouse_work", "moi 2 ans, ma blonde aucune", "fr", "0"),
])
def test_the_partners_answer_said_of_the_partner(question: str, typed: str, lang: str,
                                                 stored: str | bool) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("spouse_work", "she worked 2 years in dubai"), ("spouse_work", "i have 3 years"),
    ("spouse_work", "she has 2 kids"), ("spouse_citizen", "mon chum est citoyen marocain"),
    ("spouse_citizen", "she's waiting for her citizenship"),
])
def test_what_is_not_the_partners_answer_is_not_stored(question: str, typed: str) -> None:
    assert answer(question, typed).kind != "stored"


@pytest.mark.parametrize(("question", "typed"), [
    ("foreign_work", "my wife 5 years"), ("education_level", "my wife one year diploma"),
    ("education_level", "mon chum a un doctorat"), ("test_kind", "ma blonde a fait le TEF"),
])
def test_the_partners_answer_is_still_not_ones_own(question: str, typed: str) -> None:
    assert answer(question, typed, "fr" if "ma " in typed or "mon " in typed else "en").kind != "stored"


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("canadian_work", "he does, i don't", False), ("certificate", "my husband does, i don't", False),
])
def test_the_persons_own_no_after_the_partners_yes(question: str, typed: str, stored: bool) -> None:
    outcome = answer(question, typed)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_common_law_said_with_both_is_common_law() -> None:
    outcome = answer("marital", "ma blonde et moi on est en union de fait", "fr")
    assert (outcome.kind, outcome.value) == ("stored", "common_law"), outcome


# -- where the credential was earned ------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("2 yr college in ontario", "en", "canada"), ("2 year diploma in toronto", "en", "canada"),
    ("BSc in toronto", "en", "canada"),
])
def test_where_the_credential_was_earned(typed: str, lang: str, stored: str) -> None:
    outcome = answer("education_where", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


# « au maroc, EDE en cours » left this list in leftovers 10: an ECA under way is "abroad", no ECA yet (RULES.md 3)
@pytest.mark.parametrize("typed", ["2 years in india", "toronto, eca pending"])
def test_where_with_two_things_said_is_not_guessed(typed: str) -> None:
    assert answer("education_where", typed).kind != "stored"
