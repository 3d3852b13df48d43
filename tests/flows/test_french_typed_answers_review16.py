"""The sixteenth French review's typed answers (2026-12): 81 answers typed as French speakers in Canada write them
on a phone (Quebec: « nenon », « jpense », « ma blonde », « pis », « lâcher la job », « mis à pied »; Acadians
and Franco-Ontarians: « non jreste a moncton pour de bon », « en ontario a ottawa, cote ontarien »; Africa,
Haiti and the Maghreb: « en haiti, jattends mon EDE », « au senegal, jai fait mon EDE avec WES », « non il reste
en cote d'ivoire », « 2 ans au maroc »; SMS: « nn », « g travaillé », « jfais », « ds »; no accents), none of
them in an earlier French audit, each through flows.conversation.handle_text at the question it answers (the
harness of tests/flows/test_typed_answers_audit.py), written before the parsers were read.

Wrong before, read now (15): a job's end said with the no (« non j'ai été mis à pied en juin 2025 », with its
two auxiliaries; « ils m'ont mis a pied », « jai perdu ma job », « mon contrat a fini », « jai lache la job »,
« nn fini depuis »: the No kept, the end asked again as if unsaid); a day's schedule with the days first
(« lun-ven 9h-17h », « du lundi au vendredi 8h a 16h », « je fais 8h-16h 5 jours »: « Je n'ai pas compris ce
nombre »); « en haiti, jattends mon EDE » (stored as WITH an ECA: points for a credential not yet assessed);
« est ce que la pige compte » (« Veuillez répondre oui ou non »); « jpense rester a montreal » (the doubt
unread: a Quebec plan stored as sure). Left as strict xfails (below, each with why).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from flows.answer_words import contractions_spelled
from flows.conversation import _ended_on

from .test_typed_answers_audit import answer

TODAY = dt.date(2026, 11, 27)

# -- read now (wrong before) -------------------------------------------------------------------------------------
# A job's end said with the no, at « Occupez-vous toujours l'emploi ? »: the end's own question then reads it
ENDS_SAID: list[tuple[str, str]] = [
    ("non j'ai été mis à pied en juin 2025", "juin 2025"),
    ("non jai ete mis a pied en juin 2025", "juin 2025"),  # « jai » is spelled « j'ai » before it is read
    ("non ils m'ont mis a pied en mars 2025", "mars 2025"),
    ("non jai ete congedie en mai 2025", "mai 2025"),
    ("non jai perdu ma job en avril 2025", "avril 2025"),
    ("non mon contrat a fini le 31 mars 2025", "31 mars 2025"),
    ("non, jai lache la job en mars 2025", "mars 2025"),
    ("nn fini depuis janvier 2025", "depuis janvier 2025"),
]

SCHEDULES: list[str] = ["lun-ven 9h-17h", "du lundi au vendredi 8h a 16h", "je fais 8h-16h 5 jours"]

READ_NOW: list[tuple[str, str, Any]] = [
    ("education_where", "en haiti, jattends mon EDE", "abroad"),  # was "abroad_eca": an ECA not yet held
]

# -- read well as they were ---------------------------------------------------------------------------------------
READ_WELL: list[tuple[str, str, Any]] = [
    ("quebec", "non jreste a moncton pour de bon", False), ("quebec", "non on s'installe a ottawa", False),
    ("quebec", "nenon, en alberta", False), ("quebec", "oui jai mon csq", True),
    ("quebec", "on va vivre a winnipeg", False), ("quebec", "ds le nouveau brunswick", False),
    ("quebec", "nn on part vivre a halifax", False), ("quebec", "en ontario a ottawa, cote ontarien", False),
    ("canadian_work", "ouais jtravaille depuis 2023", True), ("canadian_work", "oui g travaillé 2 ans", True),
    ("canadian_work", "oui depuis 2021 jsuis prepose", True),
    ("job_ongoing", "non c fini", False), ("job_ongoing", "non jai ete mis a pied", False),
    ("job_hours", "35 h/sem environ", 35), ("job_hours", "3 shifts de 12h", 36),
    ("job_hours", "temps plein 37,5", 37.5), ("job_hours", "40 h par semaine environ", 40),
    ("job_hours", "une trentaine dheures", 30),
    ("job_paid", "non c était du bénévolat", False), ("job_paid", "ben oui cest une job payante", True),
    ("job_paid", "oui, au taux horaire", True),
    ("job_employee", "oui salarié avec talons de paie", True), ("job_employee", "non j'étais pigiste", False),
    ("job_employee", "non je facturais mes clients", False),
    ("job_employee", "oui par une agence de placement", True), ("job_employee", "oui jetais sur le payroll", True),
    ("job_student", "oui jusqu'à ma graduation en mai 2025", "partly"),
    ("job_student", "non, jetudiais pas", False),
    ("job_student", "non jetais plus aux etudes", False), ("job_student", "oui au cegep a temps plein", True),
    ("job_authorized", "oui j'avais un PTPD", True),
    ("job_authorized", "oui javais mon permis de travail ouvert", True),
    ("test_kind", "jai passé le TCF Canada en 2025", "tcf_canada"),
    ("test_kind", "jai pas encore fait de test", "none"),
    ("test_date", "le 1er fevrier 2025", "2025-02-01"), ("test_date", "15 aout 25", "2025-08-15"),
    ("spouse_citizen", "ma blonde est canadienne", True), ("spouse_citizen", "non elle est au maroc", False),
    ("spouse_citizen", "non il a un permis de travail", False),
    ("spouse_citizen", "oui elle a eu sa RP en 2024", True),
    ("education_where", "en haiti, j'attends mon EDE", "abroad"),
    ("education_where", "au senegal, jai fait mon EDE avec WES", "abroad_eca"),
    ("nomination", "non pas de PCP", False), ("nomination", "non pas de designation provinciale", False),
    ("sibling", "oui mon frere est citoyen a edmonton", True), ("sibling", "non aucun frere ni soeur ici", False),
    ("spouse_accompanying", "oui elle va venir avec moi", True),
    ("spouse_accompanying", "non il reste en cote d'ivoire", False),
    ("spouse_accompanying", "oui il mrejoint l an prochain", True), ("foreign_work", "2 ans au maroc", "2"),
    ("certificate", "non jai pas de carte de competence", False),
]

# -- asked about, or refused and asked again, as they should be -------------------------------------------------
ASKED: list[tuple[str, str]] = [
    ("test_date", "12/02/2025"), ("marital", "on est en couple depuis 3 ans"),
    ("education_level", "bac en informatique au cameroun"),  # Cameroon's bac ends secondary school; a Quebec bac
]
REFUSED: list[tuple[str, str, str]] = [
    ("quebec", "jai deja mon csq", "⚠️ Le CSQ, Arrima et les programmes du Québec"),
    ("quebec", "jpense rester a montreal", "⚠️ Votre réponse nomme un lieu avec un moment, un doute"),
    ("quebec", "je pense rester a montreal", "⚠️ Votre réponse nomme un lieu avec un moment, un doute"),
    ("job_student", "j'étais à temps partiel à l'université", "⚠️ Seules les études à temps plein empêchent"),
    ("sibling", "jai une soeur a ottawa mais elle a un permis detudes", "⚠️ Un frère ou une sœur ne compte que"),
    ("canadian_work", "ca compte-tu, le travail autonome?", "ℹ️ Le travail autonome ne compte pas"),
    ("canadian_work", "pis le travail autonome ca compte?", "ℹ️ Le travail autonome ne compte pas"),
    ("canadian_work", "mes heures uber ca compte tu", "ℹ️ Le travail autonome ne compte pas"),
    ("canadian_work", "est ce que la pige compte", "ℹ️ Le travail autonome ne compte pas"),  # read now
    ("canadian_work", "la pige ca compte tu", "ℹ️ Le travail autonome ne compte pas"),  # read now
]


@pytest.mark.parametrize(("typed", "end"), ENDS_SAID)
def test_a_jobs_end_said_with_the_no_is_kept(typed: str, end: str) -> None:
    """The end is carried to its own question (it was asked again as if unsaid): « j'ai été » has two
    auxiliaries, and « ils m'ont », « mon contrat », « j'ai perdu ma job », « j'ai lâché la job » were unknown."""
    assert _ended_on(contractions_spelled(typed), TODAY) == end
    outcome = answer("job_ongoing", typed, "fr")
    assert (outcome.kind, outcome.value) == ("stored", False), outcome
    assert "Quand l'emploi 1 a-t-il pris fin ?" not in outcome.text  # the end is not asked again


@pytest.mark.parametrize("typed", ["non jai ete mis a pied mais rappele en juin 2025", "non jai a fini 3 trucs"])
def test_an_end_taken_back_or_no_date_is_not_carried(typed: str) -> None:
    assert _ended_on(contractions_spelled(typed), TODAY) is None


@pytest.mark.parametrize("typed", SCHEDULES)
def test_a_schedule_with_its_days_first_is_asked_as_a_week(typed: str) -> None:
    """« Je n'ai pas compris ce nombre » before: now the week it makes, 40 or 37.5 with an unpaid half-hour."""
    outcome = answer("job_hours", typed, "fr")
    assert outcome.kind == "asked" and outcome.choices == ["40", "37.5"], outcome
    assert "correspond à 8 heures par jour, 5 jours par semaine : 40 heures par semaine, ou 37,5" in outcome.text


@pytest.mark.parametrize("typed", ["lun-ven 35-40", "35-40 mon-fri"])
def test_a_weeks_range_beside_its_days_is_no_clock(typed: str) -> None:
    """« lun-ven 35-40 » read as a day from 35 to 40 o'clock (5 hours a day, 25 a week) once the days could come
    first: hours past 24 are no clock's, never offered as a day's schedule."""
    outcome = answer("job_hours", typed, "fr")
    assert outcome.kind != "asked" and "5 heures par jour" not in outcome.text, outcome


@pytest.mark.parametrize(("question", "typed", "stored"), READ_NOW)
def test_french_answers_misread_before_are_stored_as_meant(question: str, typed: str, stored: Any) -> None:
    outcome = answer(question, typed, "fr")
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed", "stored"), READ_WELL)
def test_french_answers_read_well_as_they_were(question: str, typed: str, stored: Any) -> None:
    outcome = answer(question, typed, "fr", test="tef_canada")
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed"), ASKED)
def test_two_readings_are_asked_about(question: str, typed: str) -> None:
    assert answer(question, typed, "fr").kind == "asked"


@pytest.mark.parametrize(("question", "typed", "why"), REFUSED)
def test_refused_with_why_and_asked_again_never_stored(question: str, typed: str, why: str) -> None:
    outcome = answer(question, typed, "fr")
    assert outcome.kind == "refused" and outcome.again and outcome.text.startswith(why), outcome


# -- left for later -----------------------------------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="a number of courses is no statement of full-time studies (RULES.md 1 does "
                   "not define full time): « oui, 2 cours par session » should be asked with "
                   "err.student_part_time, not stored as a full-time student (the yes is read before the rest "
                   "is looked at)")
def test_courses_counted_are_asked_not_stored_as_full_time() -> None:
    assert answer("job_student", "oui, 2 cours par session", "fr").kind != "stored"


@pytest.mark.xfail(strict=True, reason="a yes said as a sentence with no oui (« jsuis etudiant a temps plein », "
                   "« jetais etudiante a temps plein ») is refused with « Veuillez répondre oui ou non »: "
                   "friendly and asked again, but needlessly")
def test_a_full_time_student_said_as_a_sentence_is_a_yes() -> None:
    assert answer("job_student", "jsuis etudiant a temps plein", "fr").value is True


@pytest.mark.xfail(strict=True, reason="« j'ai jamais travaillé ici » (never worked here) is refused with "
                   "« Veuillez répondre oui ou non » (« nan jamais » is read): a no said as a sentence")
def test_never_worked_here_is_a_no() -> None:
    assert answer("canadian_work", "j'ai jamais travaillé ici", "fr").value is False


@pytest.mark.xfail(strict=True, reason="« jfais du 35h » (Quebec « faire du 35 heures ») is refused as no number: "
                   "« du » before the hours is not read")
def test_faire_du_35h_is_35() -> None:
    assert answer("job_hours", "jfais du 35h", "fr").value == 35


@pytest.mark.xfail(strict=True, reason="a night shift's clock (« de 22h a 6h 4 jours ») runs past midnight and is "
                   "refused as no number: the week it makes (32, or 30 with an unpaid half-hour) is not offered "
                   "yet")
def test_a_night_shift_schedule_is_asked_as_a_week() -> None:
    assert answer("job_hours", "de 22h a 6h 4 jours", "fr").kind == "asked"
