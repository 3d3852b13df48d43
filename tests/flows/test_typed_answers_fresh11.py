"""An eleventh fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh11.tsv (253 answers, 160
English and 93 French), in areas earlier rounds covered least: yes or no with a reason or a condition, the permit
question answered with a permit's name, co-op and part-time study, cash, commission, tax slips, incorporation,
agencies and gig work, quantities in words and questions back. Written and committed before the parsers were read
(commit 1db6390), measured once before any change with benchmarks/answers_corpus.py:

    before: 125 of 253 read as expected, 4 misread, 0 asked needlessly, 76 refused needlessly
    after:  178 of 253 read as expected, 3 misread, 0 asked needlessly, 27 refused needlessly

The misread fixed: "no pgwp" to the permit question was stored as a no (without a PGWP, or a no beside the PGWP
held?); a no beside an open permit's name is asked again now. The 3 left are one judgement (see _HEDGE): "je pense
que oui" is stored as "not sure" where the question has that answer, as round 4 decided for "i think so".
Read now, each general: an open permit named, alone, after a yes or one after another ("IEC working holiday",
"spousal open work permit", "maintained status", "bridging", "PVT", "permis de travail ouvert transitoire", "PGWP
then maintained status"; never "IEC" alone nor a permit with a "but"), a no with a visitor's status ("no, just a
visitor record"), pay in cash or "au noir", commission in French word orders and a tax slip (T4, T4A, 1099) for
"paid?", a contractor's slip ("got a T4A", "j'avais un T4A"), a sole proprietor, "pigiste" and "incorporé" for
"employee?" (gig work stays asked: RULES.md is silent), an agency's employee ("salarié d'une agence"), a co-op for
"full-time student?", studies ended at a month named ("finished in April", "yes until April 2024": until my studies
ended, the day asked next), some work only for "a paid job in Canada?" ("only part time", "yes but only 6 months",
"seulement les fins de semaine"), work only in the US or volunteering in French for its no, a half after a number
("37 and a half", "trente-sept heures et demie", "a year and a half", "half a year"), "ça dépend du travail" to the
Quebec plan, and "what's TEER?" / "c'est quoi la CNP ?" at the job title (explained, no longer searched as a
title). Any of these typed as a question ("cash?", "maintained status?") is no answer; "no red seal" is asked
again, never a no (a Red Seal stays asked, round 3).

The older corpora keep their figures, all 0 misread: answers_corpus.tsv 422 of 422, held-out 80 of 80, places 80
of 80, fresh2 197, fresh3 190, fresh4 199, fresh5 184, fresh6 195, fresh7 200, fresh8 184, fresh9 216 of 257,
fresh10 200 of 261 (was 199: "paid in cash" is read now).
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus
from flows.texts import catalog

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh11.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_HEDGE = "judgement: a hedged yes ('je pense que oui') to a question with a 'Not sure' answer is stored as not " \
         "sure (round 4: 'i think so'); the corpus wanted it asked; no yes is stored either way"
_REFUSED = "judgement: a yes-or-no answer that holds two readings is refused with the question's own Yes / No " \
           "buttons again, not asked as a ❓ between readings: nothing is stored either way"
_LIMITED = "a yes with a limit that does not change it ('yes but only weekends now', 'yes but paid in cash') is " \
           "asked again: the limit is not weighed per question yet"
_KIND_OF = "a hedge without a yes or no ('not really', 'pas vraiment') is asked again, by design (answer_words)"
_RULES_SILENT = "whether gig or platform work is self-employment is not in RULES.md: asked again, never guessed"
_SIBLING = "a sibling who does not meet the question's conditions (under 18, on a work permit, a cousin named " \
           "with a status) is asked again, not read as the no yet"
_LEFT = {
    ("fr", "job_employee", None, "je pense que oui"): _HEDGE,
    ("fr", "job_authorized", None, "je pense que oui"): _HEDGE,
    ("fr", "quebec", None, "je pense que oui"): _HEDGE,
    **{(lang, question, None, typed): _REFUSED for lang, question, typed in (
        ("en", "canadian_work", "not really"), ("en", "canadian_work", "kind of"), ("fr", "canadian_work",
                                                                                   "pas vraiment"),
        ("en", "job_ongoing", "kind of, on call"), ("en", "job_ongoing", "on maternity leave"),
        ("fr", "job_ongoing", "en congé parental"), ("en", "job_paid", "tips only"),
        ("en", "job_paid", "a small stipend"), ("en", "job_paid", "not really"), ("en", "job_paid", "kind of"),
        ("fr", "job_paid", "oui, au pourboire seulement"), ("fr", "job_paid", "ça dépend"),
        ("fr", "job_paid", "pas vraiment"), ("en", "job_employee", "cash job"),
        ("en", "job_employee", "commission only"), ("en", "job_employee", "T4 and T4A"),
        ("en", "job_employee", "agency worker"), ("en", "job_employee", "contract"),
        ("en", "job_employee", "kind of"), ("en", "job_employee", "not really"),
        ("fr", "job_employee", "via une agence de placement"), ("fr", "job_employee", "ça dépend"),
        ("en", "job_student", "summer break"), ("en", "job_student", "only during summer break"),
        ("en", "job_student", "yes but only 6 months"), ("en", "job_student", "not really"),
        ("en", "job_student", "kind of"), ("en", "job_student", "full time for one semester"),
        ("fr", "job_student", "seulement l'été"), ("fr", "job_student", "ça dépend des sessions"),
        ("en", "job_authorized", "no pgwp"), ("en", "job_authorized", "visitor record"),
        ("en", "job_authorized", "tourist visa"), ("en", "job_authorized", "study permit with off-campus work"),
        ("en", "job_authorized", "yes but it expired in June"),
        ("en", "job_authorized", "had a PGWP but it expired in June"), ("en", "job_authorized", "mostly"),
        ("en", "job_authorized", "not really"), ("en", "job_authorized", "kind of"),
        ("fr", "job_authorized", "fiche de visiteur"),
        ("fr", "job_authorized", "permis d'études, travail hors campus"),
        ("fr", "job_authorized", "ça dépend des périodes"), ("en", "job_hours", "20 during school, 40 in summer"),
        ("fr", "job_hours", "vingt pendant les cours, quarante l'été"), ("en", "quebec", "kind of"))},
    ("en", "canadian_work", None, "sort of, cash jobs"): _LIMITED,
    ("en", "canadian_work", None, "yes, co-op and then full time"): _LIMITED,
    ("en", "canadian_work", None, "gig work only (uber)"): "gig work is not named as a paid job yet",
    ("fr", "canadian_work", None, "je pense que oui"):
        "judgement: a hedged yes to a question with no 'Not sure' answer is asked again (round 4)",
    ("en", "job_ongoing", None, "yes, until my PGWP expires"):
        "'until' after a yes is asked again: 'until March' may be a past March (the job over)",
    ("fr", "job_ongoing", None, "oui jusqu'en mars"):
        "judgement: 'jusqu'en mars' may be a past March (the job over) or the next one: asked again",
    ("en", "job_paid", None, "yes but only 6 months"):
        "judgement: paid only for 6 months of the job may mean part of it was unpaid: asked again",
    ("en", "job_paid", None, "gig work, paid per delivery"): "gig work is not named as paid yet",
    ("en", "job_employee", None, "uber driver"): _RULES_SILENT,
    ("en", "job_employee", None, "gig work"): _RULES_SILENT,
    ("en", "certificate", None, "red seal"):
        "whether a Red Seal is a certificate of qualification is not in RULES.md (round 3): asked again",
    ("en", "job_employee", None, "yes but paid in cash"): _LIMITED,
    ("en", "job_employee", None, "not really, I invoiced them"): _KIND_OF,
    ("en", "job_student", None, "yes but only the first 6 months"):
        "'the first 6 months' is not read as 'until my studies ended' yet",
    ("en", "job_authorized", None, "IEC"):
        "judgement: IEC alone may be a Young Professionals or co-op permit, tied to one employer: asked again",
    ("en", "job_hours", None, "forty but only 6 months"): _LIMITED,
    ("en", "quebec", None, "not really"): _KIND_OF,
    ("fr", "quebec", None, "pas vraiment"): _KIND_OF,
    ("fr", "quebec", None, "non, Ottawa mais je travaille à Gatineau"):
        "a 'mais' after a no with a place is asked again (tests/e2e/test_quebec_audit_chat.py)",
    ("en", "sibling", None, "yes but he's 16"): _SIBLING,
    ("en", "sibling", None, "yes, my sister, she's on a work permit"): _SIBLING,
    ("en", "sibling", None, "my cousin is a citizen"): _SIBLING,
    ("fr", "sibling", None, "oui mais il a 17 ans"): _SIBLING,
    ("en", "certificate", None, "no, just a college diploma"): "a 'just' after a no is asked again",
}


def test_the_eleventh_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 253 and sum(e.lang == "en" for e in entries) == 160
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # 179 since leftovers 4: "deux ans et demi, au Maroc" (a place after a comma is left aside: 2 completed years)
    # typed answers round 18: "ça dépend de son travail" to whether the partner comes is "Not sure", as "ça dépend
    # de la job" is to the Quebec question: 1 more
    # round 20: 'yes but only weekends now' to still there is a yes (180 -> 181)
    assert "Read right 181, misread 3, asked needlessly 0, refused needlessly 24" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_the_only_answers_stored_otherwise_are_the_hedges_kept_as_not_sure() -> None:
    stored_otherwise = [(e.lang, e.question, e.test, e.typed) for e, got, ok in corpus.run(list(ENTRIES.values()))
                        if not ok and got not in ("refuse", "ask") and not got.startswith(("unchanged", "offer:"))]
    assert stored_otherwise and all(_LEFT[key] == _HEDGE for key in stored_otherwise)
    assert {corpus.outcome(ENTRIES[key]) for key in stored_otherwise} == {'"unsure"'}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_eleven_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_eleven(key: tuple[str, str, str | None, str],
                                      request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


@pytest.mark.parametrize(("typed", "lang"), [
    ("no pgwp", "en"), ("no, PGWP", "en"), ("no open work permit", "en"), ("non, PTPD", "fr"),
    ("no, maintained status", "en"), ("non, PVT", "fr")])
def test_a_no_beside_an_open_permits_name_is_asked_again_never_stored(typed: str, lang: str) -> None:
    outcome = answer("job_authorized", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome


@pytest.mark.parametrize(("typed", "lang"), [
    ("IEC working holiday", "en"), ("working holiday visa", "en"), ("spousal open work permit", "en"),
    ("I was on maintained status", "en"), ("implied status", "en"), ("bridging", "en"), ("BOWP", "en"),
    ("yes, PGWP then maintained status", "en"), ("PGWP and then bridging open work permit", "en"),
    ("oui, PVT", "fr"), ("EIC vacances-travail", "fr"), ("permis ouvert de conjoint", "fr"),
    ("statut maintenu", "fr"), ("permis de travail ouvert transitoire", "fr"),
    ("PTPD puis statut maintenu", "fr")])
def test_an_open_permit_named_is_the_authorization(typed: str, lang: str) -> None:
    outcome = answer("job_authorized", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", True)


@pytest.mark.parametrize(("typed", "lang"), [
    ("IEC", "en"), ("work permit", "en"), ("maintained status?", "en"),
    ("had a PGWP but it expired in June", "en"), ("study permit", "en"), ("PGWP then visitor record", "en"),
    ("statut maintenu ?", "fr")])
def test_a_permit_with_conditions_a_limit_or_a_question_mark_is_not_the_authorization(typed: str,
                                                                                        lang: str) -> None:
    outcome = answer("job_authorized", typed, lang)
    assert outcome.kind == "refused", outcome


@pytest.mark.parametrize(("typed", "lang"), [
    ("no, just a visitor record", "en"), ("non, juste une fiche de visiteur", "fr"), ("nope, tourist visa", "en")])
def test_a_no_with_a_visitors_status_is_the_no(typed: str, lang: str) -> None:
    outcome = answer("job_authorized", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", False)


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_paid", "cash job", "en", True), ("job_paid", "paid under the table", "en", True),
    ("job_paid", "payé au noir", "fr", True), ("job_paid", "en espèces", "fr", True),
    ("job_paid", "1099", "en", True), ("job_paid", "seulement à la commission", "fr", True),
    ("job_employee", "got a T4A", "en", False), ("job_employee", "j'avais un T4A", "fr", False),
    ("job_employee", "1099", "en", False), ("job_employee", "sole proprietor", "en", False),
    ("job_employee", "pigiste", "fr", False), ("job_employee", "incorporée", "fr", False),
    ("job_employee", "salarié d'une agence de placement", "fr", True),
    ("job_student", "co-op", "en", True), ("job_student", "co-op placement", "en", True),
    ("job_student", "stage coop", "fr", True),
    ("canadian_work", "only part time", "en", True), ("canadian_work", "yes but only 6 months", "en", True),
    ("canadian_work", "seulement les fins de semaine", "fr", True),
    ("canadian_work", "no, only in the US", "en", False),
    ("canadian_work", "non, juste du bénévolat", "fr", False)])
def test_the_reason_said_is_the_answer(question: str, typed: str, lang: str, stored: bool) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_paid", "cash?", "en"), ("job_paid", "au noir ?", "fr"), ("job_student", "co-op?", "en"),
    ("job_employee", "T4A?", "en"), ("job_employee", "via une agence de placement", "fr"),
    ("canadian_work", "no, only part time", "en"), ("canadian_work", "only part time?", "en"),
    ("job_employee", "T4 and T4A", "en"), ("certificate", "no red seal", "en"),
    ("certificate", "red seal", "en"), ("job_employee", "gig work", "en")])
def test_a_question_back_or_two_readings_is_asked_again(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused", outcome


@pytest.mark.parametrize(("typed", "lang"), [
    ("finished in April", "en"), ("yes until April 2024", "en"), ("graduated in April, kept working", "en"),
    ("j'ai fini en avril", "fr"), ("oui jusqu'en avril 2024", "fr")])
def test_studies_ended_at_a_month_named_are_until_my_studies_ended(typed: str, lang: str) -> None:
    outcome = answer("job_student", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "partly")
    assert catalog(lang).t("q.job_student_end.text", job=1) in outcome.text  # the day they ended is asked next


@pytest.mark.parametrize("typed", ["no, finished in April", "finished in April?", "finished school"])
def test_studies_ended_with_a_no_or_no_month_are_not_until_my_studies_ended(typed: str) -> None:
    outcome = answer("job_student", typed)
    assert outcome.value != "partly"


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_hours", "37 and a half", "en", 37.5), ("job_hours", "trente-sept heures et demie", "fr", 37.5),
    ("job_hours", "37 hours and a half", "en", 37.5), ("foreign_work", "a year and a half", "en", "1"),
    ("foreign_work", "year and a half", "en", "1"), ("foreign_work", "half a year", "en", "0"),
    ("spouse_work", "a year and a half", "en", "1"), ("foreign_work", "2 years and a half", "en", "2")])
def test_a_half_after_a_number_or_a_year_and_a_half(question: str, typed: str, lang: str, stored: object) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("typed", "lang"), [
    ("what's TEER?", "en"), ("what is NOC?", "en"), ("TEER?", "en"), ("what is my NOC code?", "en"),
    ("c'est quoi FEER ?", "fr"), ("c'est quoi la CNP ?", "fr")])
def test_a_question_about_teer_or_noc_is_explained_not_searched(typed: str, lang: str) -> None:
    outcome = answer("job_occupation", typed, lang)
    assert outcome.kind == "refused" and "TEER 0" in outcome.text.replace("FEER 0", "TEER 0")
    assert "NOC 2021" in outcome.text or "CNP" in outcome.text


@pytest.mark.parametrize("typed", ["what's TEER 3?", "noc analyst?", "TEER 2"])
def test_a_level_said_or_a_title_is_not_the_question_about_teer(typed: str) -> None:
    outcome = answer("job_occupation", typed)
    assert catalog("en").t("finder.what_teer", noc_finder="")[:60] not in outcome.text
