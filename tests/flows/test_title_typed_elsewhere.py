"""Session 21, a chat played by hand as a personal support worker: "started march 2023" typed at the job title
question offered operators in amusement parks, millwrights and purchasing managers; "yes psw" at "a paid job in
Canada?" kept the yes and dropped the title; "psw at a long term care home" there was refused with "answer yes or
no". The cases below are written as people type them on a phone."""

from __future__ import annotations

import pytest

from flows.not_a_title import about_the_job
from flows.title_carried import title_said


@pytest.mark.parametrize("typed", [
    "started march 2023", "started in march 2023", "march 2023 till now", "from 2022 to now", "2 years",
    "for 3 years", "started 2023", "since jan", "3 months ago", "started last year", "18 months", "2 yrs",
    "a year and half", "one year", "commencé en mars 2023", "depuis 2023", "il y a 2 ans", "depuis 2 ans",
    "un an et demi", "1 an", "mai 2024", "later", "plus tard",
])
def test_when_or_how_long_is_no_title(typed: str) -> None:
    assert about_the_job(typed) == "when"


@pytest.mark.parametrize("typed", [
    "full time", "part time", "$18/h", "18$/h", "yes hourly", "hourly", "permanent", "pgwp", "work permit",
    "closed work permit", "open work permit", "contract", "on call", "night shift", "same as before", "same job",
    "employee", "worker", "staff", "job", "i work", "current job", "temps plein", "temps partiel",
    "permis de travail", "a l heure", "employé", "travailleur", "contrat", "le meme", "de nuit", "co op student",
])
def test_how_the_job_was_held_is_no_title(typed: str) -> None:
    assert about_the_job(typed) == "conditions"


@pytest.mark.parametrize("typed", ["celpip", "ielts general", "my ielts", "tef canada", "pte core 70",
                                   "ielts 7 7 7 7", "TCF Canada"])
def test_a_language_test_is_no_title(typed: str) -> None:
    assert about_the_job(typed) == "test"


@pytest.mark.parametrize("typed", [
    "celpip instructor", "ielts teacher", "night shift cook", "contract carpenter", "part time cashier",
    "day care worker", "summer student",
    "temp agency", "cook", "psw", "préposée aux bénéficiaires", "21232", "2023", "student monitor",
    "shift supervisor", "permit clerk", "contract administrator", "hourly associate at walmart",
])
def test_a_word_of_its_own_may_be_the_job(typed: str) -> None:
    assert about_the_job(typed) is None


@pytest.mark.parametrize(("question", "typed", "lang", "title"), [
    ("canadian_work", "yes psw", "en", "psw"),
    ("canadian_work", "yes i was a cook", "en", "cook"),
    ("canadian_work", "yes, cashier at walmart", "en", "cashier at walmart"),
    ("canadian_work", "i work as a cook", "en", "cook"),
    ("canadian_work", "currently working as a developer", "en", "developer"),
    ("canadian_work", "psw at a long term care home", "en", "psw at a long term care home"),
    ("canadian_work", "yes I am working as an accountant", "en", "accountant"),
    ("canadian_work", "im a welder", "en", "welder"),
    ("job_more", "yes also cashier", "en", "cashier"),
    ("job_more", "yes a cook", "en", "cook"),
    ("canadian_work", "oui cuisinier", "fr", "cuisinier"),
    ("canadian_work", "je suis preposee aux beneficiaires", "fr", "preposee aux beneficiaires"),
    ("canadian_work", "je travaille comme caissiere", "fr", "caissiere"),
])
def test_a_title_with_the_yes_is_carried(question: str, typed: str, lang: str, title: str) -> None:
    assert title_said(question, typed, lang) == title


@pytest.mark.parametrize("typed", [
    "yes", "yes 2 years", "yes since 2023", "yes on pgwp", "yes but part time", "yes waiting for work permit",
    "yes full time", "yes in india as a cook", "yes, 2 jobs", "yes another job", "yes at walmart", "yes thanks",
    "yes please", "yes sure", "yes i have", "yes, for 3 years", "yes in toronto", "yes, toronto",
    "yes, on a work permit", "yes 40h", "no", "nope", "no, only abroad as a cook",
    "not yet, looking for a cook job",
    "cook?", "no i was a student", "yes as a volunteer cook", "oui, chez walmart", "oui depuis 2022",
    "oui a montreal", "oui temps plein", "oui merci", "non je cherche un emploi de cuisinier", "yes im married",
    "yes i am single", "yes i have ielts",
])
def test_no_title_to_carry(typed: str) -> None:
    lang = "fr" if typed.startswith(("oui", "non")) else "en"
    assert title_said("canadian_work", typed, lang) is None


def test_only_the_job_questions_carry_a_title() -> None:
    assert title_said("job_paid", "yes cook", "en") is None
    assert title_said("sibling", "yes psw", "en") is None
