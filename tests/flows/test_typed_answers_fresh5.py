"""A fifth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh5.tsv (200 answers, 120
English and 80 French, every question that is neither a date nor a test score), written and committed before the
parsers saw it (commit 8c9e89d), each reading set from what the person means, measured once before any change with
benchmarks/answers_corpus.py:

    before: 131 of 200 read as expected, 3 misread, 0 asked needlessly, 61 refused needlessly (and 5 answers meant
            to be asked about with both readings were refused instead)
    after:  177 of 200 read as expected, 0 misread, 0 asked needlessly, 20 refused needlessly (3 meant to be asked)

The older corpora are unchanged: answers_corpus.tsv 422 of 422, held-out 80 of 80, fresh2 197 of 200, fresh3 190 of
200, fresh4 199 of 200, all with 0 misread.

The three misreads, each fixed by a general rule:

- "MSc + PhD" was stored as a master's: a degree's lead ("msc ...") was read before the two credentials named. Two
  credentials are now read first (the highest, as before), and a lead followed by another credential's name is
  never read as that lead's degree.
- "oui un peu" to "a paid job in Canada?" was a yes: a hedge after a yes ("un peu", "a bit", "kinda", "sort of",
  "plus ou moins") now limits it, so it is asked again.
- "oui PEQ" to "a provincial nomination?" was a yes: Quebec selects its workers itself (PEQ, PSTQ through Arrima, a
  CSQ; RULES.md 8), none of which is a nomination in Express Entry, so a yes naming them is asked again.

Read now, each general: "sur la paye" (the French "on") and "bien sûr" are no doubt; "nop"; self-employment,
payroll and part-time studies said in their own words with no yes or no ("independent contractor", "self-employed",
"part-time only", "non juste le soir à temps partiel"), answers made of nothing else; leaving said alone ("got laid
off", "pu là"), "still am"; pay said by its kind ("commission only"); "not a student", "chu pas étudiant"; degrees
with their field or their length ("bachelors degree in commerce", "Ph.D. in physics", "masters 2 ans", "bachelor's
(4 yrs)"), "grade 12", "3 yr diploma" (3+ years), "associate degree" (two years);
two accepted tests named asked (which one first?); "celpip gen", "the general ielts", "no test yet"; "chu
mariée" (SMS French), "divorced in 2019", "separated but not divorced"; hours with "mostly", "des
fois plus", by the shift ("12h shifts 3 days a week"), "entre 25 pis 30" (asked); "1 year 8 months"; never worked
abroad (foreign work) or here (the partner's Canadian work); "nope just ielts" to "another test?";
"only volunteering", "nn juste des stages non payés" to "a paid job in Canada?"; "hopefully" (not sure);
"depends on the job" to Quebec (not sure); "only child"; "she's PR", "he's a citizen".

Left (strict xfails below): a status or an age said of a sibling, a nomination applied for or received in words, a
trade certificate named by its seal and trade, "grade 10" (how many grades end
secondary school differs by country: not read), an ECA or a degree not held yet, a doubt beside a place for Quebec
(asked again by design), "pas fait encore" (as the French audit decided), and words after a yes that carry
numbers ("20h/week"). A country named alone for where a credential was earned (asked: with an ECA or without?) and
a Canadian city or college ("à montréal", "canada, humber college") are read since the places round
(tests/flows/test_places_typed.py): 181 of 200, 18 refused needlessly. A status or a nomination applied for
("applied for PR, waiting", "applied for AAIP, waiting") is a no since round 8 (test_typed_answers_fresh8.py): 183
of 200, 16 refused needlessly; and one sibling said with a temporary status only ("my brother is here on a work
permit") is a no: 184 of 200, 15 refused needlessly.
"""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh5.tsv"
ENTRIES = {(e.question, e.typed): e for e in corpus.load(FRESH)}


def test_the_fifth_fresh_corpus_is_never_misread(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 200 and sum(e.lang == "en" for e in entries) == 120
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # 177 at the end of round 5; 181 since the places round (tests/flows/test_places_typed.py); 184 since round 8;
    # 186 since round 14 ("got my nomination from BC PNP") and a bare "pas fait encore" read as no test; 187 since
    # leftovers 4 ("married, wife in india": a spouse abroad is still a spouse); 188 since leftovers 7 ("no only
    # foreign degree": the one held is from abroad, as "nope only my indian degree" was read); 189 since
    # leftovers 10 ("pakistan, wes applied": abroad, no ECA yet, RULES.md 3)
    assert "Read right 189, misread 0, asked needlessly 0, refused needlessly 10" in out


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("education_level", "MSc + PhD", "en"), ("education_level", "bachelor of science and a diploma", "en"),
    ("canadian_work", "oui un peu", "fr"), ("canadian_work", "yes kinda", "en"), ("nomination", "oui PEQ", "fr"),
    ("nomination", "yes CSQ", "en"), ("job_employee", "worked for a contractor", "en"),
    ("job_student", "yes part time", "en"), ("job_employee", "self employed employee", "en"),
])
def test_the_misreads_found_are_never_stored_as_the_other_reading(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    if (question, typed) == ("education_level", "MSc + PhD"):
        assert (outcome.kind, outcome.value) == ("stored", "doctoral")
    else:
        assert outcome.kind in ("refused", "asked"), outcome


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    (e.question, e.typed, e.lang, corpus.json.loads(e.expected)) for e in ENTRIES.values()
    if e.expected not in ("ask", "refuse", "back") and e.typed in (
        "oui sur la paye", "ouais bien sûr", "nop", "independent contractor", "contractor, paid on invoice",
        "self-employed", "part-time only", "non juste le soir à temps partiel", "got laid off", "pu la",
        "still am", "commission only", "chu pas étudiant", "bachelors degree in commerce", "Ph.D. in physics",
        "masters 2 ans", "bachelor's (4 yrs)", "grade 12", "3 yr diploma", "associate degree", "celpip gen",
        "the general ielts", "no test yet", "chu mariée", "divorced in 2019",
        "separated but not divorced", "40 mostly", "40h des fois plus", "12h shifts 3 days a week",
        "1 year 8 months", "jamais travaillé à l'étranger", "elle a jamais travaillé ici", "nope just ielts",
        "only volunteering", "nn juste des stages non payés", "hopefully", "depends on the job", "only child",
        "she's PR", "he's a citizen")])
def test_everyday_answers_of_round_five_are_read(question: str, typed: str, lang: str, stored: Any) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang", "choices"), [
    ("test_kind", "ielts gt and tef", "en", ["ielts_general", "tef_canada"]),
    ("job_hours", "entre 25 pis 30", "fr", ["25~", "30~"]),  # kept as an estimate once tapped
])
def test_two_readings_are_asked_with_both(question: str, typed: str, lang: str, choices: list[str]) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "asked" and outcome.choices[:len(choices)] == choices, outcome


_LEFT = {
    ("education_level", "AEC"): "an AEC may be shorter than a year: refused, as the first audit decided",
    ("quebec", "maybe quebec city"): "a doubt beside a place is asked again by design (flows/quebec.py)",
    ("job_authorized", "yes on my study permit, 20h/week"): "'week' after a yes limits it like a time would",
    ("education_level", "grade 10"): "which grade ends secondary school differs by country",
    ("canadian_credential", "pas encore, en cours"): "a degree in progress stays asked again",
    ("foreign_work", "zero, all in canada"): "'in canada' after none may mean none in Canada only",
    ("certificate", "red seal electrician"): "a seal and a trade with no yes are not read",
    ("nomination", "en attente"): "pending alone is not read",
    ("sibling", "my wife's brother is PR"): "a sibling's status in words is not read",
    ("sibling", "brother but he's 16"): "a sibling's age in words is not read",
    ("sibling", "mon frère mais il a un permis d'études"): "a sibling's status in words is not read",
}


@pytest.mark.parametrize(("question", "typed"), list(_LEFT))
def test_what_is_left_of_round_five(question: str, typed: str, request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[(question, typed)]))
    entry = ENTRIES[(question, typed)]
    assert corpus.run([entry])[0][2]
