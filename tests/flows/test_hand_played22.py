"""Answers from chats played by hand in session 22 (a registered nurse on casual shifts in British Columbia, ...),
read as the question asks; what stays asked beside them."""

from __future__ import annotations

import pytest

from flows.asked_back import topic
from flows.questions import QUESTIONS
from flows.texts import catalog
from flows.title_carried import title_said
from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "lang", "hours"), [
    ("casual, usually 32", "en", 32), ("on call, around 25", "en", 25), ("relief staff, 16 hrs", "en", 16),
    ("je suis sur appel, environ 20h", "fr", 20), ("casual, ca 25", "en", 25), ("im casual, about 24", "en", 24),
    ("occasionnelle, environ 30 heures", "fr", 30),
])
def test_casual_or_on_call_named_before_the_hours(typed: str, lang: str, hours: float) -> None:
    outcome = answer("job_hours", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", hours)


@pytest.mark.parametrize(("typed", "lang"), [
    ("casual", "en"), ("casual so it changes", "en"), ("im casual", "en"), ("per diem", "en"),
    ("on call no fixed hours", "en"), ("sur appel", "fr"), ("occasionnel, ca varie", "fr"),
    ("je suis sur la liste de rappel", "fr"), ("casual, it varies a lot", "en"),
])
def test_casual_alone_asks_for_a_usual_week(typed: str, lang: str) -> None:
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "asked" and outcome.value is None
    assert "20" in outcome.choices and "40" in outcome.choices  # the usual weeks, either side of 30 h, to tap


@pytest.mark.parametrize("typed", ["casual, varies 20-40", "anywhere from 20 to 40", "casual 20-30"])
def test_a_casual_range_across_or_below_30_stays_asked(typed: str) -> None:
    outcome = answer("job_hours", typed)
    assert outcome.kind == "asked" and outcome.value is None


@pytest.mark.parametrize(("question", "typed", "level"), [
    # a bac earned in Canada is a bachelor's
    ("education_level", "bac à l'UQAM", "bachelor"), ("education_level", "bac à Montréal", "bachelor"),
    ("education_level", "bac au Québec", "bachelor"),
])
def test_a_bac_earned_in_canada_is_a_bachelors(question: str, typed: str, level: str) -> None:
    outcome = answer(question, typed, "fr")
    assert (outcome.kind, outcome.value) == ("stored", level)


@pytest.mark.parametrize("typed", ["bac", "bac en informatique", "j'ai un bac",
                                   # outside Canada: the end of secondary school, or a Quebecer's bachelor's
                                   # earned there; refused before as no level, now both offered
                                   "bac au cameroun", "le bac au Sénégal", "bac au maroc", "bac en Haïti"])
def test_a_bac_said_without_where_stays_asked(typed: str) -> None:
    outcome = answer("education_level", typed, "fr")
    assert (outcome.kind, outcome.choices) == ("asked", ["secondary", "bachelor"])


@pytest.mark.parametrize(("question", "typed", "lang", "key"), [
    ("job_paid", "why do you need this", "en", "job_paid"), ("job_employee", "what is a payroll", "en",
                                                             "job_employee"),
    ("birth", "why", "en", "birth"), ("certificate", "whats that?", "en", "certificate"),
    ("nomination", "c quoi ça ?", "fr", "nomination"), ("job_hours", "pourquoi", "fr", "job_hours"),
    ("nomination", "no, why?", "en", "nomination"), ("test_listening", "what?", "en", "score"),
    ("job_start", "why do u need the date", "en", "job_start"), ("marital", "what do you mean", "en", "marital"),
    ("education_level", "c'est quoi ça", "fr", "education_level"),
    ("foreign_work", "what counts as skilled", "en", "foreign_work"),
    ("job_authorized", "je comprends pas", "fr", "job_authorized"),
])
def test_a_question_typed_back_is_answered_with_why(question: str, typed: str, lang: str, key: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.value is None  # nothing stored
    assert catalog(lang).t(f"asked_back.{key}") in outcome.text


@pytest.mark.parametrize(("question", "typed", "lang", "key"), [
    # refusals that already explain keep their words
    ("sibling", "does a cousin count", "en", "asked_back.sibling"),
    ("job_occupation", "what's TEER?", "en", "asked_back.job_occupation"),
])
def test_a_refusal_that_explains_is_kept(question: str, typed: str, lang: str, key: str) -> None:
    outcome = answer(question, typed, lang)
    assert catalog(lang).t(key) not in outcome.text


@pytest.mark.parametrize("question", [q.id for q in QUESTIONS])
def test_every_question_has_its_why_in_both_languages(question: str) -> None:
    for lang in ("en", "fr"):
        assert catalog(lang).t(f"asked_back.{topic(question)}")


@pytest.mark.parametrize(("typed", "lang"), [
    ("yes for now", "en"), ("no but i live there now", "en"), ("oui pour l'instant", "fr"),
    ("non mais je suis là présentement", "fr"),
])
def test_where_one_lives_today_beside_a_yes_or_no_asks_for_the_plan(typed: str, lang: str) -> None:
    outcome = answer("quebec", typed, lang)
    assert outcome.kind == "refused" and outcome.value is None
    assert catalog(lang).t("quebec_step.ask_plan") in outcome.text  # the plan is what counts, said


@pytest.mark.parametrize(("typed", "lang", "level", "where"), [
    ("master en algérie, avec EDE de WES", "fr", "master", "abroad_eca"),
    ("masters from india, wes done", "en", "master", "abroad_eca"),
    ("bachelors from toronto", "en", "bachelor", "canada"),
])
def test_where_the_credential_was_earned_is_taken_from_the_same_words(typed: str, lang: str, level: str,
                                                                       where: str) -> None:
    outcome = answer("education_level", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", level)
    c = catalog(lang)
    assert c.t("answers.where_said_too", where=c.t(f"opt.education_where.{where}")).split(",")[0] in outcome.text
    assert c.t("q.education_where.text") not in outcome.text  # not asked as if unsaid


@pytest.mark.parametrize(("typed", "lang"), [("licence en informatique au cameroun", "fr"), ("masters", "en")])
def test_where_not_settled_by_the_words_is_asked(typed: str, lang: str) -> None:
    outcome = answer("education_level", typed, lang)
    assert outcome.kind == "stored" and catalog(lang).t("q.education_where.text") in outcome.text


@pytest.mark.parametrize(("typed", "lang"), [("what do you mean", "en"), ("c'est quoi ça", "fr"), ("why?", "en")])
def test_a_question_typed_back_at_the_job_title_is_never_searched(typed: str, lang: str) -> None:
    outcome = answer("job_occupation", typed, lang)
    assert outcome.kind == "refused" and catalog(lang).t("asked_back.job_occupation") in outcome.text


@pytest.mark.parametrize(("typed", "lang", "title"), [
    ("yes i drive uber", "en", "uber"), ("i drive uber", "en", "uber"),
    ("yes i deliver for doordash", "en", "doordash"), ("oui je conduis pour uber", "fr", "uber"),
])
def test_a_gig_named_by_its_app_is_carried_as_the_title(typed: str, lang: str, title: str) -> None:
    assert title_said("canadian_work", typed, lang) == title
    outcome = answer("canadian_work", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", True)
    assert catalog(lang).t("q.job_occupation.text", job=1) in outcome.text  # its occupations offered next


def test_driving_named_alone_is_no_title() -> None:
    assert title_said("canadian_work", "i drive", "en") is None


@pytest.mark.parametrize(("typed", "lang", "total"), [
    ("2 shifts a week", "en", 16), ("5 days a week", "en", 40), ("3 quarts par semaine", "fr", 24),
    ("5 jours semaine", "fr", 40), ("i work 4 days", "en", 32),
])
def test_days_or_shifts_without_their_hours_ask_for_the_weeks_total(typed: str, lang: str, total: int) -> None:
    outcome = answer("job_hours", typed, lang)
    assert outcome.kind == "refused" and outcome.value is None
    assert f"= {total}" in outcome.text  # how to say it, not "couldn't read that as a number"
