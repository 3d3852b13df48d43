"""A sixth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh6.tsv (200 answers, 120
English and 80 French, every question: dates, scores, hours, yes or no, choices, the partner's too), written the
way people write English as a second language (India, the Philippines, Nigeria, Latin America, China, the Arab
world) and French from Africa, Haiti and France, often in full sentences or with a reason. Written and committed
before the parsers saw it (commit 41141f1, with the benchmark reaching the partner's test date and scores), each
reading set from what the person means, measured once before any change with benchmarks/answers_corpus.py:

    before: 143 of 200 read as expected, 0 misread, 1 asked needlessly, 54 refused needlessly (and 2 answers meant
            to be asked about with both readings were refused instead)
    after:  195 of 200 read as expected, 0 misread, 1 asked needlessly, 2 refused needlessly (2 meant to be asked)

The older corpora are unchanged: answers_corpus.tsv 422 of 422, held-out 80 of 80, fresh2 197 of 200,
fresh3 190 of 200, fresh4 199 of 200, fresh5 177 of 200 (181 since the places round), all with 0 misread.

No answer of the round was misread. One misread was found beside it: "bsc final year", "B.Tech 3rd year" were
stored as a bachelor's (a degree's lead read whatever followed it). A degree studied for ("final year", "3rd year",
"pursuing", "currently", "student", "admission") is now never read as held, and is asked again.

Read now, each general: words of address around an answer ("yes sir", "no mam", "married sir", "pte core sir", "not
sure mam": at the start, at the end or after the first word, never inside a job title); "haan" (the Hindi and Urdu
yes); "no, I was studying only" to paid work in Canada; the job still held in words ("i am working there till
date", "je suis toujours en poste"); pay said by how often ("salary every two weeks" is no limit); "no only this
one"; dates led by joining or hiring (a job's start only), by leaving, the last working day or the end of a
contract (an end only), by the end of studies (that question only) or by how a test was taken ("i wrote the exam
on", "she gave it in": a test's date only), "in the month of"; the exact date not remembered (not sure); "each
module 6.5"; hours "daily" and "temps partiel, environ 20h"; "30 ans révolus"; "unmarried", "en concubinage depuis
3 ans" (a year or more; asked since the leftovers round 3, RULES.md not saying how long makes common-law),
children and the partner coming beside a status; "12th pass", HSC; the partner named ("my wife is MBA"); a test
given or not given in words ("i gave celpip", "no he didnt give any test", "aucun test pour l'instant"; "pas encore
fait" stays asked again); a degree with its field ("B.E. in mechanical", "doctorate in chemistry", "master 2 en
finance", "BSc nursing and MSc nursing"); the partner coming in words ("my husband is coming with me", "mon
épouse m'accompagne"); years with
where ("5 years experience back home"), none of what is asked ("no experience outside canada", "no canadian
experience"), the partner's years worked here; "sans évaluation" abroad.

Left (strict xfails below): "ya working since 2 years" ("ya" opening a sentence is also the French "il y a": only
"ya" alone is read, as round 3 decided), "around 2 yrs" (about 2 may be 1 year and 10 months: the earlier audits
keep it refused), "depuis le 12/09/2022" (a day and a month both up to 12 are asked in French too, as every round
decided), "je suis pacsé(e)" (expected asked, common-law or single; refused as the first audit decided for
"pacsée").
"""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh6.tsv"
ENTRIES = {(e.question, e.typed): e for e in corpus.load(FRESH)}


def test_the_sixth_fresh_corpus_is_never_misread(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 200 and sum(e.lang == "en" for e in entries) == 120
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    assert "Read right 195, misread 0, asked needlessly 1, refused needlessly 2" in out


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # a degree studied for, never held
    ("education_level", "bsc final year", "en"), ("education_level", "B.Tech 3rd year", "en"),
    ("education_level", "phd student", "en"), ("education_level", "masters pursuing", "en"),
    ("spouse_education", "she is doing masters", "en"), ("education_level", "bachelor equivalent diploma", "en"),
    # the neighbours of the new readings: a no, a doubt or another time stays asked again
    ("job_ongoing", "working there till june", "en"), ("spouse_accompanying", "he is coming later", "en"),
    ("canadian_work", "ya 2 ans", "fr"),
    ("canadian_work", "ya pas eu de paie", "fr"), ("canadian_work", "no sir, only part time", "en"),
    ("job_paid", "yes for two weeks", "en"), ("marital", "my husband passed away, i remarried", "en"),
    ("marital", "en concubinage depuis 6 mois", "fr"),
    ("marital", "en concubinage depuis 3 ans", "fr"), ("test_kind", "i gave ielts", "en"),
    ("spouse_work", "she worked 2 years in india", "en"), ("foreign_work", "no experience in canada", "en"),
    ("foreign_work", "around 2 yrs", "en"),
])
def test_neighbours_of_the_new_readings_are_never_stored(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind in ("refused", "asked")


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_end", "joined in march 2023", "en"), ("job_start", "i left in oct 2024", "en"),
    ("job_start", "completed studies on 20th dec 2023", "en"),
])
def test_a_lead_of_another_date_leaves_the_answer_unread(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind in ("refused", "asked")


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    (e.question, e.typed, e.lang, corpus.json.loads(e.expected)) for e in ENTRIES.values()
    if e.expected not in ("ask", "refuse", "back") and not e.question.startswith(("scores", "spouse_scores"))
    and "@" not in e.question and e.question != "job_student_end" and e.typed in (
        "haan", "no sir i was studying only", "not decided yet sir",
        "i am working there till date", "je suis toujours en poste", "yes i get salary every two weeks",
        "no sir only this one", "no only ielts sir", "not sure mam", "married sir", "pte core sir",
        "joined on 10th january 2024", "i joined this company in the month of march 2022",
        "embauché en septembre 2022", "last working day was 15th july 2025", "i left in oct 2025",
        "fin de contrat en mars 2025", "my college finished in april 2024", "completed studies on 20th dec 2023",
        "i wrote the exam on 3rd may 2025", "i dont remember exact date", "je ne me souviens plus de la date",
        "8 hours daily 5 days", "temps partiel, environ 20h", "30 ans révolus", "unmarried",
        "marié avec deux enfants", "célibataire sans enfant",
        "my husband is coming with me", "mon épouse m'accompagne", "12th pass", "my wife is MBA",
        "i gave celpip", "not given any test yet", "no he didnt give any test", "aucun test pour l'instant",
        "she also gave ielts general", "B.E. in mechanical", "doctorate in chemistry", "master 2 en finance",
        "BSc nursing and MSc nursing", "5 years experience back home", "no experience outside canada",
        "no canadian experience", "she worked 1 year here", "elle a travaillé 2 ans ici",
        "hors du Canada, sans évaluation")])
def test_everyday_answers_of_round_six_are_read(question: str, typed: str, lang: str, stored: Any) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


def test_scores_the_partners_test_and_the_end_of_studies_of_round_six_are_read() -> None:
    for entry in corpus.load(FRESH):
        if "@" in entry.question or entry.question == "job_student_end":
            assert corpus.run([entry])[0][2], entry


_LEFT = {
    ("canadian_work", "ya working since 2 years"): "'ya' opening a sentence is also French 'il y a': only "
                                                   "'ya' alone is read, as round 3 decided",
    ("foreign_work", "around 2 yrs"): "about 2 years may be 1 year and 10 months: refused, as the audits decided",
    ("job_start", "depuis le 12/09/2022"): "a day and a month both up to 12 are asked in French too",
    ("marital", "je suis pacsé"): "a PACS is refused, as the first audit decided for 'pacsée'",
    ("marital", "je suis pacsée"): "a PACS is refused, as the first audit decided for 'pacsée'",
}


@pytest.mark.parametrize(("question", "typed"), list(_LEFT))
def test_what_is_left_of_round_six(question: str, typed: str, request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[(question, typed)]))
    entry = ENTRIES[(question, typed)]
    assert corpus.run([entry])[0][2]


def test_a_partner_not_coming_said_in_words_is_a_no() -> None:
    # Once a neighbour kept away from the "comes along" reading; read as the no it plainly is since (partners,
    # audit round 2), while "he is coming later" stays asked again.
    outcome = answer("spouse_accompanying", "my wife is not coming", "en")
    assert (outcome.kind, outcome.value) == ("stored", False)
