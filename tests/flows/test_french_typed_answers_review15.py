"""The fifteenth French review's typed answers (2026-12): 68 answers typed as French speakers in Canada write them
on a phone (Quebec: « chu », « nn », « ouais ouais », « pas encore non »; Acadians and Franco-Ontarians: « non je
reste a moncton », « nan a sudbury »; Africa and the Maghreb: « au cameroun avec EDE », « licence en droit au
maroc », « 3 ans en algerie »; SMS: « tjrs », « ms », « jvais », « tkt », « nada »; no accents), none of them in an
earlier French audit, each through flows.conversation.handle_text at the question it answers (the harness of
tests/flows/test_typed_answers_audit.py), written before the parsers were read.

None was stored as something else. Wrong before, read now (6): « jy suis tjrs » and « tjrs oui » ("tjrs" is
"toujours" by SMS), « ms oui » (« mais oui », "of course", was refused even spelled out), « pas de designation »
without its « non » (« non pas de desig » was read), « nada » to the years of work abroad and « jtravaille 35h »
(« jsuis », « jvais » were spelled out, not « jtravaille »; variants beside them below). And a question
typed back: « pk vous demandez ca », « pq tu veux savoir ca », « ca sert a quoi » got « Veuillez répondre oui ou
non » (only « pk » alone was read as a why): the reason now, then the question again. Left as they were, on
purpose: « jvis a gatineau mais je travaille a ottawa » (Quebec and Ontario: asked where she plans to live),
« tkt pas, en ontario » (a « pas » beside a place: asked, never guessed), « ca depend des fois 20 des fois 40 »
(no usual week: asked again), « mariee civilement » (refused and asked again: a tap settles it).
"""

from __future__ import annotations

from typing import Any

import pytest

from flows.asked_back import asks_about_the_question

from .test_typed_answers_audit import answer

# -- read now (refused before) ------------------------------------------------------------------------------------
READ_NOW: list[tuple[str, str, Any]] = [
    ('job_ongoing', 'jy suis tjrs', True), ('job_ongoing', 'tjrs oui', True), ('job_ongoing', 'ms oui', True),
    ('job_ongoing', 'mais oui', True), ('job_paid', 'mais non', False),
    ('nomination', 'pas de designation', False),
    ('nomination', 'aucune nomination', False), ('foreign_work', 'nada', '0'), ('spouse_work', 'nada', '0'),
    ('job_hours', 'jtravaille 35h', 35), ('job_ongoing', 'jtravaille encore la', True),
]

# -- read well as they were ---------------------------------------------------------------------------------------
READ_WELL: list[tuple[str, str, Any]] = [
    ('quebec', 'nn chu en ontario', False), ('quebec', 'non je reste a moncton', False),
    ('quebec', 'nan a sudbury', False), ('quebec', 'oui a laval', True),
    ('quebec', 'ouais a trois-rivieres', True),
    ('quebec', 'non, au nouveau-brunswick', False), ('quebec', 'jsais pas encore', 'unsure'),
    ('canadian_work', 'oui madame', True), ('canadian_work', 'nan jamais', False),
    ('canadian_work', 'oui depuis mon arrivee en 2022', True), ('canadian_work', 'ouais ouais', True),
    ('canadian_work', 'pas encore non', False), ('job_ongoing', 'chu encore la', True),
    ('job_ongoing', 'non jai quitte', False), ('job_hours', '40hrs semaine', 40),
    ('job_hours', '2 quarts de 12h', 24), ('job_hours', '4 jours de 10h', 40), ('job_hours', 'a peu pres 25', 25),
    ('job_hours', '32h par sem', 32), ('job_hours', 'trente-deux heures', 32),
    ('job_paid', 'ouais au salaire', True), ('job_paid', 'benevole', False),
    ('job_paid', 'oui payee aux 2 semaines', True), ('job_employee', 'oui jai un t4', True),
    ('job_employee', 'chu travailleur autonome', False), ('job_employee', 'non jsuis a mon compte', False),
    ('job_employee', 'oui employe', True), ('job_student', 'non javais fini mes etudes', False),
    ('job_student', 'oui temps plein a luqam', True), ('job_student', 'jsuis pas etudiant', False),
    ('job_student', 'non pas etudiante', False), ('job_authorized', 'oui avec mon permis ouvert', True),
    ('job_authorized', 'euh jpense que oui', 'unsure'),  # a doubt: « Je ne sais pas », the result shows both
    ('job_authorized', 'oui jvais un permis', True), ('test_kind', 'jai fait le tcf', 'tcf_canada'),
    ('test_kind', 'le tcf', 'tcf_canada'), ('test_kind', 'pas encore passe', 'none'),
    ('test_date', 'le 3 mars 2025', '2025-03-03'), ('test_date', 'fin janvier 2025', '2025-01'),
    ('test_date', '15 sept 2025', '2025-09-15'), ('marital', 'chu marie', 'married'),
    ('marital', 'celib', 'single'),
    ('birth', '31ans', {'age': 31}), ('birth', 'ne le 12 mars 1994', {'birth_date': '1994-03-12'}),
    ('birth', 'jai 29 ans', {'age': 29}), ('education_where', 'au cameroun avec EDE', 'abroad_eca'),
    ('education_where', 'a l universite laval', 'canada'),
    ('education_level', 'licence en droit au maroc', 'bachelor'),  # the Maghreb's licence: three years
    ('education_level', 'maitrise au senegal', 'master'), ('education_level', 'doc', 'doctoral'),
    ('nomination', 'non jai juste une offre', False),
    ('sibling', 'oui mon frere a montreal il est citoyen', True),
    ('sibling', 'ma soeur est RP a toronto', True), ('sibling', 'non pas de famille ici', False),
    ('spouse_accompanying', 'oui ma femme vient avec moi', True),
    ('spouse_accompanying', 'non elle reste au pays', False), ('foreign_work', '3 ans en algerie', '3'),
]

# -- asked about, or refused and asked again, as they should be -------------------------------------------------
ASKED: list[tuple[str, str]] = [("test_date", "3/4/2025"), ("education_where", "en algerie")]
REFUSED: list[tuple[str, str]] = [
    ("quebec", "jvis a gatineau mais je travaille a ottawa"), ("quebec", "tkt pas, en ontario"),
    ("job_hours", "ca depend des fois 20 des fois 40"), ("marital", "mariee civilement"),
    ("job_ongoing", "non mais oui"), ("canadian_work", "oui mais non"),  # a yes and a no: asked again
    ("job_hours", "jtravaille 3 jours"),  # days are no hours: the week's total asked (err.hours_days)
]


@pytest.mark.parametrize(("question", "typed", "stored"), READ_NOW)
def test_french_answers_refused_before_are_stored_as_meant(question: str, typed: str, stored: Any) -> None:
    outcome = answer(question, typed, "fr")
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed", "stored"), READ_WELL)
def test_french_answers_read_well_as_they_were(question: str, typed: str, stored: Any) -> None:
    outcome = answer(question, typed, "fr", test="tef_canada")
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed"), ASKED)
def test_two_readings_are_asked_about(question: str, typed: str) -> None:
    assert answer(question, typed, "fr").kind == "asked"


@pytest.mark.parametrize(("question", "typed"), REFUSED)
def test_an_unsure_or_unread_answer_is_asked_again_never_stored(question: str, typed: str) -> None:
    outcome = answer(question, typed, "fr")
    assert outcome.kind == "refused" and outcome.again, outcome


@pytest.mark.parametrize(("question", "typed", "why"), [
    ("canadian_work", "pk vous demandez ca", "ℹ️ La catégorie de l'expérience canadienne exige au moins 1 560"),
    ("job_hours", "pq tu veux savoir ca", "ℹ️ Vos heures déterminent quand vous atteindrez 1 560 heures"),
    ("job_paid", "ca sert a quoi", "ℹ️ Seul le travail rémunéré compte"),
    ("sibling", "a quoi ca sert", "ℹ️ Avoir au Canada un frère ou une sœur de 18 ans ou plus"),
    ("job_employee", "jcomprend pas", "ℹ️ Une personne salariée est payée par un employeur"),
])
def test_a_why_typed_by_sms_is_answered_with_the_reason(question: str, typed: str, why: str) -> None:
    """« pk vous demandez ca » got « Veuillez répondre oui ou non »: the reason now, the question again, nothing
    stored."""
    outcome = answer(question, typed, "fr")
    assert outcome.kind == "refused" and outcome.again and outcome.text.startswith(why), outcome


@pytest.mark.parametrize("typed", ["pkoi?", "c koi ça", "ça veut dire quoi feer", "pk c important"])
def test_more_whys_are_read_as_questions(typed: str) -> None:
    assert asks_about_the_question(typed)


@pytest.mark.parametrize("typed", ["pk pas", "pourquoi pas", "pk 40", "oui"])
def test_a_why_not_or_an_answer_is_not_a_question_back(typed: str) -> None:
    """« pourquoi pas » is a yes of sorts, never a question about the question: left to the answer's reading."""
    assert not asks_about_the_question(typed)
