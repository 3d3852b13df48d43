"""A nineteenth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh19.tsv (309 answers,
178 English and 131 French), aimed at what rounds 10 to 18 did not: numbers typed as words or with units ("thirty
hrs", "1.5yrs", "18mo", « un an et demi »), scores pasted from a test report ("Listening 8.0 Reading 7.5 ...
Overall Band Score 7.5", "CELPIP-G 9 9 8 10", « CO 450 / CE 380 / EE 12/20 / EO 14/20 »), dates typed like a form
("2023/05/01", "05/2023", "1 may 23"), emoji ("idk 🤷", "nope 😅"), voice-to-text slips ("I elts general", "see
lip"), a correction inside the answer ("no wait i started in 2022", "single, no wait, married since june"), a
marital status told in passing ("no and btw i'm married now") and answers typed in the wrong field (an e-mail, a
phone number, a postal code). Written and committed before the parsers were read, measured once before any change
with benchmarks/answers_corpus.py (one line's expected reading set after to the house's: "2 yr college diploma from
humber 👍" is "two_year", the length kept as "yes 2 year diploma" is):

    before: Read right 227, misread 4, asked needlessly 0, refused needlessly 77
    after:  see test_the_nineteenth_fresh_corpus_figures

The misreads fixed: "bachelors, and my wife has a masters" stored "master" (the partner's degree, its "and" kept it
from flows/whose.py); "1.5yr diploma" stored "three years or more" (the "5" of 1.5 read as five years), and "DEP
d'un an et demi" one year: a length with a half or in months ("18mo program", « AEC de 18 mois ») is now the
option "one or two years". Read now: a doubt typed with its emoji ("idk 🤷", « aucune idée 🤷 »), tests named as
voice typing spells them, a date after "no wait" / « non attends », a choice corrected with "just" or « je suis »
after the slip, "married since june", an answer followed by "btw i'm married now" (the answer stored, the status
told back: asked later, or how to change it), an IELTS report's "Overall Band Score" or "OB", TCF scores with their
scale between " / ". What is left is refused or asked (nothing stored), each below as a strict xfail with why.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus
from flows.texts import catalog

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh19.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_EMOJI_ALONE = "judgement of an earlier round (flows/answer_words.py _SIGNS_OF): an emoji alone is no answer typed"
_RED_SEAL = "whether a Red Seal is a certificate of qualification is not in RULES.md (round 3): asked again"
_ITA = "an ITA beside the nomination question is left to its own reading (fresh16's strict xfail, not read yet)"
_LEFT: dict[tuple[str, str, str | None, str], str] = {
    **{k: _EMOJI_ALONE for k in ENTRIES if k[3] == "👍"},
    ('en', 'scores', 'ielts_general', '8.0 7.5 7.0 7.5 7.5'):
        "five numbers, the last perhaps the overall band: refused (the four asked again), not offered as two",
    ('en', 'certificate', None, 'red seal 🙏'): _RED_SEAL,
    ('en', 'nomination', None, 'no, just got an ITA 🙏'): _ITA,
}


def test_the_nineteenth_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 309 and sum(e.lang == "en" for e in entries) == 178
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # round 20: 263 -> 296, "nope 😅" (a sweat-smile after a plain yes or no is that answer), "a year and a half
    # 👍" (a count with an emoji, as "2 ans 👍" was), "yes thirty hrs a week" (the yes whole, the hours the next
    # questions'), "listening was 7.5 no wait 8" and "married now (wasnt before)" read
    assert "Read right 296, misread 0, asked needlessly 0, refused needlessly 12" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_nothing_of_round_nineteen_is_stored_otherwise_than_meant() -> None:
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask", "months")
                 and not got.startswith(("unchanged", "offer:"))}
    assert otherwise == {}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_nineteen_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_nineteen(key: tuple[str, str, str | None, str],
                                        request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


# -- the partner's degree after "and" is not one's own ---------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("bachelors, and my wife has a masters", "en", "bachelor"),
    ("bachelor's and my husband has a phd", "en", "bachelor"),
    ("licence, et ma femme a une maîtrise", "fr", "bachelor"),
    ("licence et ma femme a une maitrise", "fr", "bachelor"),
])
def test_the_partners_degree_after_and_is_set_aside(typed: str, lang: str, stored: str) -> None:
    outcome = answer("education_level", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_my_wife_and_i_is_still_said_of_both() -> None:
    assert answer("education_level", "my wife and i have masters").value != "bachelor"


# -- a Canadian program's length with a half or in months ----------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("1.5yr diploma", "en", "one_or_two_year"),
    ("diploma 1.5 years", "en", "one_or_two_year"),
    ("18mo program at conestoga", "en", "one_or_two_year"),
    ("a year and a half diploma", "en", "one_or_two_year"),
    ("un AEC de 18 mois", "fr", "one_or_two_year"),
    ("DEP d'un an et demi", "fr", "one_or_two_year"),
    ("yes 2 year diploma", "en", "two_year"),  # a whole length is still kept as that length
    ("oui, une AEC d'un an", "fr", "one_year"),
])
def test_a_program_of_a_year_and_a_half_is_one_or_two_years(typed: str, lang: str, stored: str) -> None:
    outcome = answer("canadian_credential", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_a_time_ago_is_no_programs_length() -> None:
    assert answer("canadian_credential", "yes, graduated 18 months ago").kind != "stored"


# -- a doubt with its emoji, a test named by voice ---------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_employee", "idk 🤷", "en"), ("job_employee", "idk 🤷\u200d♂️", "en"),
    ("test_date", "aucune idée 🤷", "fr"),
    ("spouse_accompanying", "idk yet 🤷", "en"), ("job_authorized", "not sure 🤔", "en"),
])
def test_a_doubt_with_its_emoji_is_not_sure(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "unsure"), outcome


@pytest.mark.parametrize("typed", ["idk 👍", "yes 🤷", "idk 👎"])
def test_a_doubt_beside_a_yes_or_no_sign_is_never_stored(typed: str) -> None:
    assert answer("job_employee", typed).kind != "stored"


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("test_kind", "I elts general", "ielts_general"), ("test_kind", "eye elts GT", "ielts_general"),
    ("test_kind", "i.e.l.t.s. general training", "ielts_general"), ("test_kind", "see lip", "celpip_general"),
    ("test_kind", "seal pip general", "celpip_general"), ("test_kind", "selpip", "celpip_general"),
    ("spouse_test_kind", "I elts general", "ielts_general"),
])
def test_a_test_named_as_voice_typing_spells_it(question: str, typed: str, stored: str) -> None:
    outcome = answer(question, typed)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_ielts_by_voice_without_its_version_is_still_asked() -> None:
    assert answer("test_kind", "I elts").kind != "stored"


# -- a slip corrected inside the answer --------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("test_date", "no wait it was july 2025", "en", "2025-07"),
    ("test_date", "non attends c'était en juillet 2025", "fr", "2025-07"),
    ("job_start", "sorry, i started in march 2022", "en", "2022-03"),
    ("marital", "single, no wait, married since june", "en", "married"),
    ("marital", "célibataire, non attends je suis mariée depuis juin", "fr", "married"),
    ("education_level", "master's no wait, just bachelor's", "en", "bachelor"),
    ("education_level", "maîtrise, non attends juste une licence", "fr", "bachelor"),
])
def test_the_value_after_a_slip_is_the_one_meant(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_a_start_corrected_to_a_year_opens_its_months() -> None:
    assert answer("job_start", "no wait i started in 2022").kind == "months"


def test_an_end_named_after_a_slip_is_not_the_start() -> None:
    assert answer("job_start", "no wait i left in 2025").kind != "stored"


def test_a_doubt_after_sorry_is_no_correction() -> None:
    assert answer("job_ongoing", "sorry i don't know").kind != "stored"


# -- a marital status told in passing ----------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("nomination", "no and btw i'm married now", "en", False),
    ("certificate", "non, et au fait je suis mariée maintenant", "fr", False),
    ("canadian_work", "yes and btw i'm married now", "en", True),
    ("job_start", "mars 2023, et au fait je suis marié maintenant", "fr", "2023-03"),
])
def test_the_answer_is_stored_and_the_status_told_back(question: str, typed: str, lang: str,
                                                       stored: bool | str) -> None:
    screening = corpus._waiting_at(question, None)  # single, as the corpus's person answered
    reply = corpus.talk.handle_text(screening, typed, lang, corpus.TODAY)
    text = "\n".join(m.text for m in reply.messages)
    item = screening.answers["jobs"][0] if question.startswith("job_") else screening.answers
    assert not reply.error and item.get(question) == stored, text
    c = catalog(lang)
    married = c.t("opt.marital.married")
    if screening.answers.get("marital") is None:  # the marital question is still to come
        assert c.t("answers.status_aside_later", status=married) in text
    else:  # answered "single" before: never changed here, and how to change it is said
        assert screening.answers["marital"] == "single"
        assert c.t("answers.status_aside_change", status=married, answer=c.t("opt.marital.single")) in text


def test_the_status_already_given_is_not_told_back() -> None:
    outcome = answer("nomination", "no and btw i'm married now")  # the audit's person is married
    assert (outcome.kind, outcome.value) == ("stored", False), outcome
    assert "marital status" not in outcome.text


# -- scores pasted from a report ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "test", "stored"), [
    ("Listening 8.0 Reading 7.5 Writing 7.0 Speaking 7.5 Overall Band Score 7.5", "ielts_general", "8/7.5/7/7.5"),
    ("L 8.0 | R 7.5 | W 7.0 | S 7.5 | OB 7.5", "ielts_general", "8/7.5/7/7.5"),
    ("CO 450 / CE 380 / EE 12/20 / EO 14/20", "tcf_canada", "450/380/12/14"),
])
def test_scores_pasted_from_a_report(typed: str, test: str, stored: str) -> None:
    assert corpus.outcome(corpus.Entry("en", "scores", test, typed, "")) == f'"{stored}"'


def test_slashes_between_scores_are_still_no_scale() -> None:
    assert corpus.outcome(corpus.Entry("en", "scores", "tcf_canada", "450 / 380 / 12 / 14", "")) \
        == '"450/380/12/14"'


# -- answers typed in the wrong field ----------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed"), [
    ("birth", "jdoe97@gmail.com"), ("birth", "514 555 0199"), ("birth", "H2X 1Y4"), ("marital", "marie@gmail.com"),
    ("job_hours", "M5V 2T6"), ("job_hours", "416-555-0123"), ("foreign_work", "+1 (647) 555-0134"),
    ("test_date", "jdoe2025@gmail.com"), ("job_start", "647-555-2023"), ("quebec", "H3A 1B1"),
])
def test_an_email_a_phone_or_a_postal_code_is_never_stored(question: str, typed: str) -> None:
    assert answer(question, typed).kind != "stored"
