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

The strict xfails this round left were settled next (190 of 200 read as expected, 0 misread, 0 asked needlessly, 9
refused needlessly; the older corpora unchanged: 422 of 422, 80 of 80, 197 of 200), each by a general rule:

- An emoji beside a yes or a no ("no 🙅‍♂️", "yes 👍") is read when it says the same or nothing of the answer; a
  sign of the other answer ("yes 👎") or of doubt ("yes 🤔", "oui 🤷") asks again; an emoji alone still does.
- A hedged answer ("i think so", "je crois que oui", "probably not", "maybe", "ptet ben") is "Not sure" where the
  question has that answer (both readings are then shown with the verdict); elsewhere it is asked again.
- "only"/"just" after a no to "a paid job in Canada?" that names work abroad or a visit ("nope only back home",
  "nah just visited") leaves the no as it is; a kind of work ("no, only part time") or a place that may be in
  Canada ("no, only in Quebec", "at home") is asked again.
- A slip in an option's name, as in a month's: one letter left out or two swapped, in a name of five letters or
  more, when every name so near is the same option ("marrid", "bachlor", "comon law").
- Words after a marital status that say how firmly it holds ("célibataire endurci", "single forever").
- Another country's citizenship named, with the word citizen and nothing of Canada, a residence or a second
  citizenship ("she's indian citizen", "il est citoyen camerounais"): not a Canadian citizen or PR (a no).
- Two credentials named ("bachelor + masters"): a master's or a doctorate among them is the highest level (above
  "two or more" in the CRS); a bachelor's with another is asked (bachelor's, or two or more?).

Left on purpose (strict xfails below, each with why): "ya" opening a sentence, a status or a self-employment named
without a yes or a no, "mais" after a yes, hours said with "during school", "bac+5" and "bac scientifique" as
earlier audits decided; what counts as an entry-to-practice professional degree, a certificate of qualification or
a customary marriage is not in RULES.md.
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
    assert "Read right 190, misread 0, asked needlessly 0, refused needlessly 9" in out


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
    ("canadian_credential", "oui, une maîtrise en cours", "fr"),
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


# "20 + 20" (two jobs of 20?) is asked since leftovers 7: tests/flows/test_leftovers7.py; "40+" keeps the fewest
# hours said, 40, since session 23: tests/flows/test_hand_played23.py
@pytest.mark.parametrize("typed", ["8h/day", "8 hours a day", "2x20"])
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
    ("canadian_credential", "yes 2 yr college diploma from conestoga", "en", "two_year"),
    ("canadian_credential", "oui AEC d'un an", "fr", "one_year"),
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
    ("job_hours", "like 25-30", "en", ["25~", "30~"]),  # kept as an estimate once tapped
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


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("quebec", "no 🙅\u200d♂️", "en", False), ("job_paid", "yes 👍🏽", "en", True),
    ("job_paid", "oui ✅", "fr", True),
    ("job_paid", "nope 😂", "en", False),
    ("job_employee", "i think so", "en", "unsure"), ("job_authorized", "je crois que oui", "fr", "unsure"),
    ("job_authorized", "probably not", "en", "unsure"), ("quebec", "ptet ben", "fr", "unsure"),
    ("job_student", "je pense que oui", "fr", "unsure"),
    ("canadian_work", "nope only back home", "en", False), ("canadian_work", "nah just visited", "en", False),
    ("canadian_work", "non juste à l'étranger", "fr", False),
    ("marital", "marrid", "en", "married"), ("marital", "divorcd", "en", "divorced"),
    ("marital", "comon law", "en", "common_law"), ("education_level", "bachlor", "en", "bachelor"),
    ("marital", "célibataire endurci 😂", "fr", "single"), ("marital", "single forever", "en", "single"),
    ("spouse_citizen", "she's indian citizen", "en", False),
    ("spouse_citizen", "il est citoyen camerounais", "fr", False),
    ("spouse_citizen", "US citizen", "en", False),
    ("education_level", "bachelor + masters", "en", "master"),
    ("education_level", "licence et master", "fr", "master"),
    ("spouse_education", "masters + phd", "en", "doctoral"),
])
def test_the_left_answers_settled_by_a_general_rule(question: str, typed: str, lang: str, stored: Any) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_paid", "👍", "en"), ("job_paid", "yes 👎", "en"), ("job_paid", "oui 🤷\u200d♀️", "fr"),
    ("job_paid", "yes, PGWP 🤔", "en"),
    ("job_paid", "i think so", "en"), ("canadian_work", "maybe", "en"), ("job_authorized", "i think so but", "en"),
    ("canadian_work", "no, only part time", "en"), ("canadian_work", "no only in quebec", "en"),
    ("canadian_work", "no only at home", "en"), ("canadian_work", "non, juste des stages", "fr"),
    ("marital", "marriad", "en"), ("marital", "married soon", "en"), ("marital", "single but engaged", "en"),
    ("spouse_citizen", "she's a new citizen", "en"), ("spouse_citizen", "she's dual citizen", "en"),
    ("spouse_citizen", "indian citizen and PR", "en"),
    ("spouse_citizen", "citoyenne française et canadienne", "fr"),
    ("spouse_citizen", "french", "fr"), ("education_level", "bachelor + masters in progress", "en"),
    ("education_level", "diploma + certificate", "en"), ("test_kind", "tdf canada", "fr"),
])
def test_their_near_neighbours_are_still_asked_again(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind == "refused"


@pytest.mark.parametrize("typed", ["bachelor + 2 year diploma", "bachelor and a 1 year certificate"])
def test_a_bachelors_with_another_credential_is_asked_bachelors_or_two_or_more(typed: str) -> None:
    outcome = answer("education_level", typed)
    assert outcome.kind == "asked" and outcome.choices[-2:] == ["bachelor", "two_or_more"]


_LEFT = {
    "incorporated, paid myself": "no yes or no typed: an owner paid by their own corporation may be on its "
                                 "payroll, and whether that is self-employment is not in RULES.md: asked again",
    "ya had LMIA permit": "'ya' opening a sentence is also French 'il y a' ('ya pas eu de paie'), and the "
                          "language chosen does not tell who types: only 'ya' alone is read",
    "i was on visitor visa": "a status named is not read as a no to permission to work: a visitor may also have "
                             "held a work permit (e.g. one issued in Canada under a public policy): asked again",
    "MBBS": "which degrees are entry-to-practice professional degrees is not in RULES.md",
    "red seal yes": "whether a Red Seal is a certificate of qualification is not in RULES.md",
    "20h pendant l'école": "hours said with 'during school': the student question decides; asked again",
    "oui permis fermé mais bon employeur": "'mais' after a yes limits it in general ('oui mais au noir'); reading "
                                           "this one would need to know that 'bon employeur' undoes the limit",
    "marié coutumièrement": "whether a customary marriage is a marriage in law is not in RULES.md",
    "bac+5": "the French audit pinned 'bac+5' as asked again (a master's or an engineering diploma?)",
    "bac scientifique": "a 'bac' with its stream is asked again rather than offered both readings",
}


@pytest.mark.parametrize("entry", [pytest.param(e, id=f"{e.question}-{e.typed}", marks=pytest.mark.xfail(
    strict=True, reason=_LEFT[e.typed])) for e in corpus.load(FRESH) if e.typed in _LEFT])
def test_left_on_purpose(entry: corpus.Entry) -> None:
    assert corpus._same(entry, corpus.outcome(entry))
