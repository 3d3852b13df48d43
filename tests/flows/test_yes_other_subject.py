"""A yes followed by another question's subject, found by playing a chat by hand as a truck driver (session 18):
"yes work permit LMIA" typed to "Were you a full-time student while working in job 1?" (the person answering the
work permit question one step early) was stored as a full-time student: the job's hours then counted for nothing.
A probe of every yes-or-no question with words of the others found the same: "yes red seal" or "yes ielts
general" to the provincial nomination question stored as a nomination (600 CRS points), "yes my wife" to the
sibling question as a brother or sister in Canada, "yes pgwp" to "Do you plan to live in Quebec?" as a plan to
live there; and a no where it takes hours away: "no pgwp" to "an employee on a payroll?" was stored as
self-employment, to "were you paid?" as unpaid work. Each is now asked again with why; a yes or a no with its own
question's words, or with none, reads as before (and every answers corpus is unchanged)."""

from __future__ import annotations

import pytest

from flows.answer_topics import other_subject

from .test_typed_answers_audit import answer

OTHER_SUBJECT = [
    ("job_student", "yes work permit LMIA", "en"),
    ("job_student", "yes pgwp", "en"),
    ("job_student", "oui permis de travail", "fr"),
    ("job_student", "oui mon pgwp", "fr"),
    ("job_student", "yes, T4 job", "en"),
    ("job_student", "yes paid hourly", "en"),
    ("job_paid", "yes work permit LMIA", "en"),
    ("job_paid", "oui mon permis de travail", "fr"),
    ("job_employee", "yes with ielts", "en"),
    ("job_authorized", "yes full time student", "en"),
    ("job_more", "yes red seal", "en"),
    ("job_more", "yes ielts general", "en"),
    ("test_more", "yes red seal", "en"),  # ("yes my wife": about the partner, err.other_person says so)
    ("test_more", "yes pgwp", "en"),
    ("nomination", "yes red seal", "en"),
    ("nomination", "yes ielts general", "en"),
    ("nomination", "oui certificat de compétence", "fr"),
    ("nomination", "yes still working", "en"),
    ("nomination", "oui mon employeur", "fr"),
    ("nomination", "yes my brother", "en"),
    # ("yes college diploma" to the certificate: told what counts as one, tests/flows/test_hand_played20.py)
    ("certificate", "yes pnp", "en"),
    ("sibling", "yes my wife", "en"),
    ("sibling", "oui mon mari", "fr"),
    ("sibling", "yes married", "en"),
    ("quebec", "yes pgwp", "en"),
    ("quebec", "yes ielts general", "en"),
    ("spouse_citizen", "yes married", "en"),
    ("canadian_work", "yes im married", "en"),
    ("canadian_work", "yes ielts 7", "en"),
    ("job_ongoing", "yes ielts done", "en"),
    # a no that takes hours away (unpaid, self-employed, unauthorized, no work, Quebec's route)
    ("job_employee", "no pgwp", "en"),
    ("job_employee", "non permis de travail", "fr"),
    ("job_paid", "no pgwp", "en"),
    ("job_paid", "no ielts", "en"),
    ("job_authorized", "no t4", "en"),
    ("job_authorized", "no masters", "en"),
    ("quebec", "no pgwp", "en"),
]


@pytest.mark.parametrize(("question", "typed", "lang"), OTHER_SUBJECT)
def test_a_yes_with_another_question_s_subject_is_asked_again_with_why(question: str, typed: str,
                                                                        lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    why = "That answer comes with words about another question" if lang == "en" \
        else "Votre réponse contient des mots qui portent sur une autre question"
    assert why in outcome.text
    assert typed in outcome.text, "the words typed are quoted"


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_student", "yes i was at humber full time", "en", True),
    ("job_student", "oui au cégep", "fr", True),
    ("job_student", "yes on a study permit", "en", True),
    ("job_student", "yes until april 2023", "en", "partly"),
    ("job_paid", "yes hourly $22", "en", True),
    ("job_paid", "oui payé à l'heure", "fr", True),
    ("job_paid", "yes i got my t4", "en", True),
    ("job_employee", "yes through an agency", "en", True),
    ("job_employee", "oui salariée", "fr", True),
    ("job_authorized", "yes, open work permit through my wife", "en", True),
    ("job_authorized", "yes through my husband", "en", True),
    ("job_authorized", "oui PTPD", "fr", True),
    ("nomination", "yes sask", "en", True),
    ("nomination", "yes, BC PNP tech", "en", True),
    ("certificate", "yes electrician", "en", True),
    ("certificate", "oui carte de compétence CCQ", "fr", True),
    ("sibling", "yes my husband's sister", "en", True),
    ("sibling", "yes bro in toronto", "en", True),
    ("sibling", "oui ma soeur à Montréal", "fr", True),
    ("sibling", "yes my wife has a brother in calgary", "en", True),
    ("test_more", "yes, tef canada too", "en", True),
    ("quebec", "yes i live in laval", "en", True),
    ("quebec", "yes with my husband", "en", True),
    ("spouse_citizen", "yes my husband is canadian", "en", True),
    ("spouse_accompanying", "yes she has ielts", "en", True),
    ("spouse_accompanying", "oui il vient avec moi", "fr", True),
    ("job_ongoing", "yes, promoted to supervisor", "en", True),
    ("job_more", "yes cashier at walmart", "en", True),
    ("job_more", "yes bro", "en", True),
    ("canadian_work", "yes pgwp since 2022", "en", True),
    ("job_paid", "no, unpaid co-op", "en", False),
    ("job_paid", "non bénévole", "fr", False),
    ("job_employee", "no self employed", "en", False),
    ("job_employee", "non à mon compte", "fr", False),
    ("job_employee", "no 1099", "en", False),
    ("job_authorized", "no, visitor visa", "en", False),
    ("job_authorized", "non, sans permis", "fr", False),
    ("canadian_work", "no never worked here", "en", False),
    ("canadian_work", "non je viens d'arriver", "fr", False),
    ("canadian_work", "non j'attends mon permis de travail", "fr", False),
    ("quebec", "no moving to calgary", "en", False),
    ("quebec", "non, en Ontario", "fr", False),
    ("nomination", "no red seal", "en", False),  # a no elsewhere takes nothing away: read as before
])
def test_a_yes_or_no_with_its_own_question_s_words_or_none_is_read(question: str, typed: str, lang: str,
                                                              stored: object) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_a_work_permit_is_a_permit_and_not_work() -> None:
    """"work" alone names a job ("yes still working" to "were you paid?" reads), "work permit" a permit."""
    assert other_subject("job_paid", "work permit lmia") == "permit"
    assert other_subject("job_paid", "still working there") is None
    assert other_subject("job_paid", "permis de travail ferme") == "permit"
