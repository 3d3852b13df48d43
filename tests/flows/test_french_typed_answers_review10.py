"""The tenth French review's typed answers (2026-12): 72 answers typed as French speakers in Canada write them on
a phone (Quebec words: "chu", "pu", "job", "pantoute", "ben oui"; no accents; franglais; an answer with its
reason), none of them in an earlier French audit, each through flows.conversation.handle_text at the question it
answers (the harness of tests/flows/test_typed_answers_audit.py), written before the parser was read.

None was stored as something else. Twelve plain answers got « Veuillez répondre oui ou non » or « Veuillez toucher
l'un des boutons » and the same question again, and are read now: "chu toujours là" and "je travaille encore la"
(still there: review 9 read "chu encore là" only), "chu pu là" and "j'y travaille pu" (no longer: "pu" is the
spoken "plus"), "aucune" (a feminine "none", as typed) and "pas de test encore" to the test question, "non, aucun
test" and "non il a pas de test" to the partner's, and "pas une seule" / "pas une année" / "pas une" to a count of
years. The rest read as they should, pinned below; "20-25h" is asked about, as it should be (two readings that
give different hours).
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from .test_typed_answers_audit import answer

# -- read now (refused before) ------------------------------------------------------------------------------------
READ_NOW: list[tuple[str, str, Any]] = [
    ("job_ongoing", "chu toujours là", True), ("job_ongoing", "je travaille encore la", True),
    ("job_ongoing", "chu pu là", False), ("job_ongoing", "j'y travaille pu", False),
    ("test_kind", "aucune", "none"), ("test_kind", "pas de test encore", "none"),
    ("spouse_test_kind", "aucune", "none"), ("spouse_test_kind", "non, aucun test", "none"),
    ("spouse_test_kind", "non il a pas de test", "none"),
    ("spouse_work", "pas une seule", "0"), ("spouse_work", "pas une année", "0"), ("foreign_work", "pas une", "0"),
]

# -- read well as they were ---------------------------------------------------------------------------------------
READ_WELL: list[tuple[str, str, Any]] = [
    ("quebec", "non je m'installe a Vancouver", False), ("quebec", "ben non, en Alberta", False),
    ("quebec", "oui a Quebec city", True), ("quebec", "chu pas sur", "unsure"),
    ("quebec", "nan, à Halifax", False), ("quebec", "oui chu à Laval", True),
    ("canadian_work", "oui j'travaille depuis 2 ans", True), ("canadian_work", "oui, une job a temps plein", True),
    ("canadian_work", "non jamais", False), ("canadian_work", "nop", False),
    ("job_ongoing", "oui toujours", True), ("job_ongoing", "non c'est fini", False),
    ("job_ongoing", "j'ai démissionné", False),
    ("job_hours", "40 h", 40), ("job_hours", "40hrs", 40), ("job_hours", "trente", 30),
    ("job_hours", "35 heures semaine", 35), ("job_hours", "40 h par semaine", 40),
    ("job_paid", "oui c'est payé", True), ("job_paid", "ben oui j'suis payé", True),
    ("job_paid", "non c'etait du benevolat", False), ("job_paid", "oui au salaire minimum", True),
    ("job_employee", "oui j'étais employé", True), ("job_employee", "non travailleur autonome", False),
    ("job_employee", "oui sur le payroll", True), ("job_employee", "non j'étais à contrat", False),
    ("job_student", "non j'étudiais pas", False), ("job_student", "oui j'étais au cégep à temps plein", True),
    ("job_student", "non j'avais fini l'école", False),
    ("job_authorized", "oui, permis de travail ouvert", True), ("job_authorized", "oui permis post-diplome", True),
    ("job_authorized", "oui mon permis était valide", True),
    ("job_more", "oui j'en ai un autre", True), ("job_more", "nan c'est la seule", False),
    ("job_more", "ouais j'avais une 2e job", True),
    ("test_kind", "celpip general", "celpip_general"), ("test_kind", "j'ai fait le TCF", "tcf_canada"),
    ("test_date", "15 oct 2025", "2025-10-15"), ("test_date", "le 3 septembre 2025", "2025-09-03"),
    ("test_date", "sept 2025", "2025-09"),
    ("marital", "mariee", "married"), ("marital", "conjointe de fait", "common_law"),
    ("marital", "chu single", "single"), ("marital", "celib", "single"),
    ("spouse_accompanying", "oui il vient avec moi", True),
    ("spouse_accompanying", "non mon chum reste au Mexique", False),
    ("spouse_citizen", "oui elle est résidente permanente", True),
    ("spouse_citizen", "nan elle a un permis de travail", False),
    ("education_level", "secondaire", "secondary"), ("education_level", "doctorat", "doctoral"),
    ("education_where", "ici au Canada", "canada"), ("foreign_work", "un an", "1"),
    ("foreign_work", "zéro", "0"),
    ("certificate", "non pas de certificat", False), ("nomination", "non pas de désignation", False),
    ("sibling", "oui mon frère à Toronto, il est citoyen", True), ("sibling", "non j'ai personne ici", False),
    ("birth", "j'ai 29 ans", {"age": 29}), ("birth", "né le 5 mai 1990", {"birth_date": "1990-05-05"}),
]


@pytest.mark.parametrize(("question", "typed", "stored"), READ_NOW)
def test_french_answers_refused_before_are_stored_as_meant(question: str, typed: str, stored: Any) -> None:
    outcome = answer(question, typed, "fr")
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed", "stored"), READ_WELL)
def test_french_answers_read_well_as_they_were(question: str, typed: str, stored: Any) -> None:
    outcome = answer(question, typed, "fr")
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_hours_said_as_a_range_below_30_are_asked_about() -> None:
    """20 or 25 hours a week give different hours: asked, never the lower one guessed."""
    outcome = answer("job_hours", "20-25h", "fr")
    assert (outcome.kind, outcome.choices) == ("asked", ["20~", "25~"])


@pytest.mark.parametrize(("question", "typed"), [
    # "I'm not there any more" is no answer to "were you paid?": "pu" reads only where it means "no longer"
    ("job_paid", "chu pu là"),
    # "aucune" to "which test?" is none; to "were you a full-time student?" it answers nothing
    ("job_student", "aucune"),
])
def test_the_new_words_read_only_at_their_own_question(question: str, typed: str) -> None:
    assert answer(question, typed, "fr").kind == "refused"


def test_sixty_new_answers_none_from_an_earlier_french_audit() -> None:
    """The count the report gives, and that no (question, answer) here was already pinned by an earlier French
    audit (the same words at another question are a new probe: "aucune" to the test's name, not to the years)."""
    here = pathlib.Path(__file__).parent
    earlier = "".join(p.read_text().lower() for p in [*here.glob("test_french_typed_answers_*.py"),
                                                        *here.parent.joinpath("e2e").glob("test_french_review*")]
                      if p.name != pathlib.Path(__file__).name)
    probes = [(q, t) for q, t, _ in READ_NOW + READ_WELL] + [("job_hours", "20-25h")]
    assert len(set(probes)) == len(probes) == 72
    assert [p for p in probes if f'("{p[0]}", "{p[1].lower()}"' in earlier] == []


@pytest.mark.parametrize("typed", ["j'sais pas", "jsp", "chais pas", "aucune idée", "chu pas sûr", "don't know"])
def test_a_doubt_about_the_partner_s_canadian_work_reads_as_its_button(typed: str) -> None:
    """The partner's Canadian work, asked under « 👥 … demandeur principal ? »: its button says « Non, ou je ne
    sais pas »; these were answered « Utilisez les boutons ci-dessous »."""
    from flows.improvements_view import _typed_choice
    from flows.texts import catalog
    assert _typed_choice("cec_work", typed, catalog("fr")) == "no"
    assert _typed_choice("cec_work", "oui", catalog("fr")) is None  # two buttons say yes: asked again
