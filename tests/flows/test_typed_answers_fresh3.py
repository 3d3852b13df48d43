"""A third fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh3.tsv (200 answers, 120
English and 80 French, no dates and no scores), written and committed before the parsers saw it, measured once
before any change with benchmarks/answers_corpus.py (which now reaches a spouse's questions as a married person's
and reads a job title's offers as offer:CODE):

    before: 127 of 200 read as expected, 0 misread, 0 asked needlessly, 67 refused needlessly (and 6 answers meant
            to be asked about with both readings were refused instead)
    after:  178 of 200 read as expected, 0 misread, 0 asked needlessly, 21 refused needlessly (1 meant to be asked)

The older corpora still give 0 misread: answers_corpus.tsv 422 of 422 ("yes until I graduated" is now "partly", the
"Until my studies ended" button's answer, where it was refused before that button existed), held-out 80 of 80,
fresh2 197 of 200. The rules fixed, each general:

- Not sure: "not really sure", "chais plus"; a doubt then its reason after a comma ("im not sure, agency paid me",
  "je sais pas trop, agence de placement"), unless a yes or a no follows it. Quebec: "haven't decided yet tbh";
  "Montreal for sure" (certainty is not the doubt of "not sure").
- Yes and no: "wi" (oui), "ya" alone; "not anymore", "plus maintenant" (no longer in the job); a no to "do you
  still work there?" with a word of leaving is plain whatever time it gives ("Nope, laid off last month", "non j'ai
  démissionné en mars"), a "but" or a "then" still asks again; "not yet, applied for PR" (a no, then why; "not yet
  decided" is no answer); "no that's the only one", "non juste celui là" to "another test?".
- Full-time student: "part time student", "étudiante à temps partiel" (no); "yes, then I graduated in April", "oui
  puis j'ai eu mon diplôme" (until my studies ended).
- Hours: a doubt or an estimate after the number ("around 35h maybe", "à peu près 30h je pense": taken as an
  estimate); "40 + overtime" (the usual hours); a range after "like" ("like 25-30": asked with both); hours a day
  times days a week ("8 hrs a day 5 days a week", "8h par jour 5 jours sur 7": 40).
- Options: the partner's answers with "she did", "il a"; "high school only"; "diploma 2yrs"; B.Tech, BCom, BSN,
  MTech, MCA, bac+2, bac+3, bac+4, "licence en droit"; a post-graduate diploma asked (one year or two?); "here in
  canada", "ici au Québec"; "back home", "au pays" (abroad: with an ECA or without? asked); "havent taken one yet",
  "not yet, booked for next month" (no test); "single lol", "common-law 2 yrs" (an aside after the status).
- A Canadian credential by its length ("2 yr college diploma", "AEC d'un an"), a master's named first ("oui une
  maîtrise à l'UdeM"), a plain no with its reason ("nope, all my studies back home"); "non, une maîtrise"
  and a degree "en cours" stay asked again.
- Years of work: months are completed years ("6 months", "8 mois": 0; "18 months": 1); "5 yrs in manila" (abroad;
  never a place in Canada); "none, she never worked here".
- Going back: a word alone with two letters swapped ("bakc"; "bac" is a diploma, never read as back).
- Later (the estimates audit): "Will your partner come?" gained a "Not sure" answer, so "on verra" ("we'll see") is
  that answer, no longer refused; its expected value in the corpus was changed from refuse to "unsure".

Left on purpose (strict xfails below, each with why): an emoji beside a yes or a no, a hedged yes ("i think so"), a
"maybe" to the Quebec question and "bac+5" stay asked again as earlier audits decided; "only"/"just"/"mais" after a
yes or a no limit it; a nationality, a status or a trade name is not read as a yes or a no; what counts as an
entry-to-practice professional degree, a certificate of qualification or a customary marriage is not in RULES.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh3.tsv"
ENTRIES = {(e.question, e.typed): e for e in corpus.load(FRESH)}


def test_the_third_fresh_corpus_is_never_misread(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 200 and sum(e.lang == "en" for e in entries) == 120
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    assert "Read right 178, misread 0, asked needlessly 0, refused needlessly 21" in out


@pytest.mark.parametrize("path", [corpus.CORPUS, corpus.HELD_OUT, corpus.ROOT / "tests" / "fixtures" /
                                  "answers_corpus_fresh2.tsv"])
def test_the_older_corpora_are_still_never_misread(path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert corpus.main(["--corpus", str(path)]) == 0
    assert "Misread (something stored or done that was not meant): 0" in capsys.readouterr().out


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_authorized", "not really sure", "en", "unsure"), ("job_authorized", "chais plus", "fr", "unsure"),
    ("job_employee", "im not sure, agency paid me", "en", "unsure"),
    ("job_employee", "je sais pas trop, agence de placement", "fr", "unsure"),
    ("quebec", "haven't decided yet tbh", "en", "unsure"), ("quebec", "Montreal for sure", "en", True),
    ("canadian_work", "wi", "fr", True), ("job_ongoing", "not anymore", "en", False),
    ("job_ongoing", "plus maintenant", "fr", False), ("job_ongoing", "Nope, laid off last month", "en", False),
    ("job_ongoing", "non j'ai démissionné en mars", "fr", False),
    ("spouse_citizen", "not yet, applied for PR", "en", False), ("quebec", "not yet decided", "en", "unsure"),
    ("test_more", "no that's the only one", "en", False), ("test_more", "non juste celui la", "fr", False),
    ("job_student", "part time student", "en", False), ("job_student", "étudiante à temps partiel", "fr", False),
    ("job_student", "yes, then I graduated in april", "en", "partly"),
    ("job_student", "oui puis j'ai eu mon diplôme", "fr", "partly"),
])
def test_doubts_and_yes_or_no_in_words_are_read(question: str, typed: str, lang: str, stored: Any) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_authorized", "not sure, but yes", "en"), ("job_authorized", "idk, no", "en"),
    ("job_ongoing", "no I left but came back", "en"), ("job_student", "yes but then I graduated, not sure", "en"),
    ("job_paid", "ya pas eu de paie", "fr"), ("canadian_credential", "non, une maîtrise", "fr"),
    ("canadian_credential", "oui, une maîtrise en cours", "fr"), ("test_kind", "pas encore", "fr"),
])
def test_a_doubt_or_a_turn_beside_the_answer_is_still_asked_again(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind == "refused"


@pytest.mark.parametrize(("typed", "lang", "hours", "estimate"), [
    ("around 35h maybe", "en", 35, True), ("à peu près 30h je pense", "fr", 30, True),
    ("40 + overtime", "en", 40, False), ("8 hrs a day 5 days a week", "en", 40, False),
    ("8h par jour 5 jours sur 7", "fr", 40, False), ("7.5h/day, 5 days", "en", 37.5, False),
])
def test_hours_said_with_words_around_them(typed: str, lang: str, hours: float, estimate: bool) -> None:
    outcome = answer("job_hours", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", hours)
    assert outcome.text.startswith("≈") is estimate


@pytest.mark.parametrize("typed", ["8h/day", "8 hours a day", "40+", "20 + 20", "2x20"])
def test_hours_a_day_alone_are_still_refused(typed: str) -> None:
    assert answer("job_hours", typed).kind == "refused"


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("spouse_test_kind", "she did ielts general", "en", "ielts_general"),
    ("spouse_education", "high school only", "en", "secondary"),
    ("education_level", "diploma 2yrs", "en", "two_year"),
    ("education_level", "BTech", "en", "bachelor"), ("education_level", "B.Tech", "en", "bachelor"),
    ("education_level", "bac+3", "fr", "bachelor"), ("spouse_education", "bac+2", "fr", "two_year"),
    ("education_level", "licence en droit", "fr", "bachelor"),
    ("education_where", "here in canada", "en", "canada"),
    ("education_where", "ici au Québec", "fr", "canada"), ("test_kind", "havent taken one yet", "en", "none"),
    ("test_kind", "not yet, booked for next month", "en", "none"), ("marital", "single lol", "en", "single"),
    ("marital", "common-law 2 yrs", "en", "common_law"),
    ("canadian_credential", "yes 2 yr college diploma from conestoga", "en", "one_or_two_year"),
    ("canadian_credential", "oui AEC d'un an", "fr", "one_or_two_year"),
    ("canadian_credential", "oui une maîtrise à l'UdeM", "fr", "three_year_plus"),
    ("canadian_credential", "nope, all my studies back home", "en", "none"),
    ("foreign_work", "6 months", "en", "0"), ("foreign_work", "8 mois", "fr", "0"),
    ("foreign_work", "18 months", "en", "1"), ("spouse_work", "6 months", "en", "0"),
    ("foreign_work", "5 yrs in manila", "en", "3"), ("spouse_work", "none, she never worked here", "en", "0"),
])
def test_options_said_in_everyday_words(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang", "readings"), [
    ("education_level", "PGD", "en", ["one_year", "two_year"]),
    ("education_level", "PG diploma", "en", ["one_year", "two_year"]),
    ("education_where", "back home", "en", ["abroad_eca", "abroad"]),
    ("education_where", "au pays", "fr", ["abroad_eca", "abroad"]),
    ("job_hours", "like 25-30", "en", ["25", "30"]),
])
def test_two_readings_are_asked_about_with_both(question: str, typed: str, lang: str, readings: list[str]) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "asked" and outcome.choices[-2:] == readings


@pytest.mark.parametrize(("question", "typed"), [
    ("foreign_work", "5 yrs in toronto"), ("foreign_work", "2 years here"), ("foreign_work", "none but 2 abroad"),
    ("foreign_work", "none in canada"), ("foreign_work", "aucune à Montréal"),
])
def test_years_in_canada_or_with_a_turn_are_never_read_as_years_abroad(question: str, typed: str) -> None:
    assert answer(question, typed).kind == "refused"


@pytest.mark.parametrize(("question", "typed", "back"), [
    ("job_paid", "bakc", True), ("job_paid", "retuor", True), ("education_level", "bac", False),
])
def test_back_with_two_letters_swapped(question: str, typed: str, back: bool) -> None:
    outcome = answer(question, typed, "fr" if typed != "bakc" else "en")
    assert ("✏️" in outcome.text) is back


_LEFT = {
    "no 🙅\u200d♂️": "an emoji beside a yes or a no is asked again (the first audit pinned 'yes 👍' so)",
    "nope only back home": "'only' after a no limits it ('no, only part time'): asked again, never a plain no",
    "nah just visited": "'just' after a no limits it: asked again, never a plain no",
    "incorporated, paid myself": "no yes or no typed: self-employment in words is not read as an answer",
    "i think so": "a hedged yes is asked again (the first audit pinned it; the buttons offer Not sure)",
    "je crois que oui": "a hedged yes is asked again (the first audit pinned 'je pense que oui' so)",
    "ya had LMIA permit": "'ya' opening a sentence is also French 'il y a' ('ya pas eu de paie'): only 'ya' alone",
    "i was on visitor visa": "a status named is not read as a no to permission to work: asked again",
    "marrid": "a slip in an option's name is not read (only months' names are mended)",
    "she's indian citizen": "a nationality is not read: 'citizen' may be a yes, so it is asked again",
    "il est citoyen camerounais": "a nationality is not read: 'citoyen' may be a yes, so it is asked again",
    "bachelor + masters": "two credentials named: the master's or 'two or more'? asked again",
    "MBBS": "which degrees are entry-to-practice professional degrees is not in RULES.md",
    "red seal yes": "whether a Red Seal is a certificate of qualification is not in RULES.md",
    "ptet ben": "'maybe' to the Quebec question is asked again (the first audit pinned 'maybe' so)",
    "20h pendant l'école": "hours said with 'during school': the student question decides; asked again",
    "oui permis fermé mais bon employeur": "a 'mais' after a yes limits it: asked again (general rule)",
    "célibataire endurci 😂": "an adjective after the status is not read",
    "marié coutumièrement": "whether a customary marriage is a marriage in law is not in RULES.md",
    "bac+5": "the French audit pinned 'bac+5' as asked again (a master's or an engineering diploma?)",
    "bac scientifique": "a 'bac' with its stream is asked again rather than offered both readings",
}


@pytest.mark.parametrize("entry", [pytest.param(e, id=f"{e.question}-{e.typed}", marks=pytest.mark.xfail(
    strict=True, reason=_LEFT[e.typed])) for e in corpus.load(FRESH) if e.typed in _LEFT])
def test_left_on_purpose(entry: corpus.Entry) -> None:
    assert corpus._same(entry, corpus.outcome(entry))
