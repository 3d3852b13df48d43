"""A fifteenth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh15.tsv (336 answers,
179 English and 157 French), aimed at a keyword read while a negation or a hedge beside it is ignored, two facts
in one line, corrections inside one message, ranges, loose dates, answers to another question and emoji. Written
and committed before the parsers were read (commit 8d777c4), measured once before any change with
benchmarks/answers_corpus.py:

    before: 206 of 336 read as expected, 2 misread, 12 asked needlessly, 115 refused needlessly
    after:  221 of 336 read as expected, 0 misread, 11 asked needlessly, 103 refused needlessly

The corpus found 2 misreads: "nigeria, WES in process" and "a l'etranger, je vais faire l'EDE" were stored as
"Outside Canada, with an ECA". Playing the same class by hand (199 answers) then found 43 more stored wrongly (most
below): a yes with what turns it after it was stored as a plain yes: "yes got an ITA", "yes, LMIA", "yes I'm in
the pool", "oui, j'ai déposé mon profil", "yes, refused" as a provincial nomination (600 points); "yes, citizen of
india", "oui, citoyenne marocaine", "yes she's in canada" as a partner who is a citizen or permanent resident;
"yes, my brother in India", "yes my brother visiting", "yes my sister in law" as a sibling who counts; "yes, from
my country" as a Canadian certificate of qualification; "oui à mon compte", "yes, 1099", "yes uber" as an
employee on a payroll; "yes, outside canada" as a paid job in Canada and "yes, in india" as another job in Canada;
"yes, booked tef" as another test result. Each is now asked again, with why where a sentence says it
(err.yes_abroad, err.yes_not_nomination, err.yes_not_held).

The 115 answers still not read as the corpus meant are refused or asked (nothing stored), each left below as a
strict xfail: most are not read yet (ranges of hours said in a sentence, dates inside chatty sentences, education
"in progress, X done", numbers of years said with a place), the rest judgements of earlier rounds this round
keeps (a swappable day and month is asked, a month said from today is offered to tap, an ECA under way or
expired is asked, living together is not read as common-law). No other corpus moved.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh15.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_NOT_YET = "not read yet: asked again, nothing stored"
_SWAPPED = "judgement of an earlier round (test_typed_answers_audit.py): a day and a month that can be" \
           " swapped are asked in both languages, never read day first from the language alone"
_PART_OF_YEAR = "judgement of an earlier round: a season offers its months to tap (❓, kept approximate)," \
                " not the whole year's months: nothing guessed either way"
_RELATIVE_MONTH = "judgement of round 12: a month said from today ('last month', 'mars dernier') is offered to" \
                  " tap (❓), not stored at once: one tap more, nothing guessed"
_TOGETHER = "RULES.md does not say how long living together makes a common-law partner: asked again" \
            " (err.marital_together), nothing stored"
_ENGAGED = "RULES.md names no engaged status, and an engaged couple may already be common-law partners:" \
           " asked again, nothing stored"
_ECA_UNDER_WAY = "judgement of an earlier round (answers_corpus_places.tsv: 'india, ECA pending' refused): an" \
                 " ECA under way is asked again, never stored either way"
_ECA_EXPIRED = "judgement of an earlier round (test_places_typed.py): an ECA said expired offers both options" \
               " (a new one may be held), never 'with an ECA' alone"
_LEFT: dict[tuple[str, str, str | None, str], str] = {
    ('fr', 'spouse_accompanying', None, 'elle est déjà ici avec moi'):
        "judgement (session 20): a partner already in Canada is where they are, not whether they come (RULES.md "
        "3 says nothing of one already here, as fresh3 decided): asked with what decides it "
        "(err.spouse_already_here)",
    ('en', 'quebec', None, 'not quebec, toronto'): _NOT_YET,
    ('en', 'quebec', None, 'yes montreal... no wait, ottawa'): _NOT_YET,
    ('fr', 'quebec', None, 'peut etre montreal'): _NOT_YET,
    ('en', 'quebec', None, 'not anymore'): _NOT_YET,
    ('en', 'canadian_work', None, 'ya 2 yrs'): _NOT_YET,
    ('en', 'canadian_work', None, 'applied for jobs but nothing yet'): _NOT_YET,
    ('en', 'canadian_work', None, '👍'): _NOT_YET,
    ('en', 'job_start', None, 'march 2024 i think'): _NOT_YET,
    ('fr', 'job_start', None, 'mars 2024 je crois'): _NOT_YET,
    ('fr', 'job_start', None, '04/05/2024'): _SWAPPED,
    ('en', 'job_start', None, 'right after my pgwp came, sept 2023'): _NOT_YET,
    ('en', 'job_start', None, 'summer 2023'): _PART_OF_YEAR,
    ('fr', 'job_start', None, 'ete 2023'): _PART_OF_YEAR,
    ('en', 'job_ongoing', None, 'yes but leaving next month'): _NOT_YET,
    ('fr', 'job_ongoing', None, 'oui mais je pars le mois prochain'): _NOT_YET,
    ('en', 'job_ongoing', None, 'on mat leave but still employed'): _NOT_YET,
    ('en', 'job_end', None, 'when my permit expired in may 2025'): _NOT_YET,
    ('fr', 'job_end', None, 'quand mon permis a expiré en mai 2025'): _NOT_YET,
    ('en', 'job_end', None, 'last month'): _RELATIVE_MONTH,
    ('fr', 'job_end', None, 'le mois dernier'): _RELATIVE_MONTH,
    ('en', 'job_hours', None, '25 while in school then 40'):
        "asked again with the question rather than ❓ buttons: nothing stored either way",
    ('fr', 'job_hours', None, "40h a 17$ de l'heure"): _NOT_YET,
    ('en', 'job_hours', None, '20h a week at this one, 15 at the other'): _NOT_YET,
    ('en', 'job_paid', None, 'yes commission only'): _NOT_YET,
    ('en', 'job_employee', None, 'not self-employed, normal employee'): _NOT_YET,
    ('fr', 'job_employee', None, 'pas a mon compte, salarié'): _NOT_YET,
    ('en', 'job_employee', None, 'uber driver'): _NOT_YET,
    ('en', 'job_student', None, 'not full time, part time student'): _NOT_YET,
    ('fr', 'job_student', None, 'pas a temps plein, a temps partiel'): _NOT_YET,
    ('en', 'job_authorized', None, "permit expired, didn't apply to extend"): _NOT_YET,
    ('fr', 'job_authorized', None, "mon permis avait expiré et j'avais pas demandé de prolongation"): _NOT_YET,
    ('en', 'test_date', None, 'last march'): _RELATIVE_MONTH,
    ('fr', 'test_date', None, 'en mars dernier'): _RELATIVE_MONTH,
    ('fr', 'test_date', None, "je m'en souviens plus"): _NOT_YET,
    ('fr', 'test_date', None, '10/11/2025'): _SWAPPED,
    ('fr', 'test_date', None, '14 fevrier 2026, resultats en mars'): _NOT_YET,
    ('en', 'scores', 'ielts_general', '8 7 7 7 no wait writing was 6.5'): _NOT_YET,
    ('en', 'scores', 'ielts_general', '7.5 7 6.5 7 (got 7 overall)'): _NOT_YET,
    ('fr', 'scores', 'tef_canada', '450 420 400 430 (NCLC 7 partout)'): _NOT_YET,
    ('fr', 'birth', None, '10/03/1997'): _SWAPPED,
    ('en', 'birth', None, "I'm 31 no sorry 32"): _NOT_YET,
    ('en', 'marital', None, 'divorced, remarried last year'): _NOT_YET,
    ('fr', 'marital', None, "divorcé, remarié l'an dernier"): _NOT_YET,
    ('en', 'marital', None, 'engaged'): _ENGAGED,
    ('fr', 'marital', None, 'fiancée'): _ENGAGED,
    ('en', 'marital', None, 'living with my gf for 2 years'): _TOGETHER,
    ('fr', 'marital', None, 'en couple depuis 2 ans, on vit ensemble'): _TOGETHER,
    ('en', 'marital', None, "gf but we don't live together"): _TOGETHER,
    ('fr', 'marital', None, "j'ai une copine mais on vit pas ensemble"): _TOGETHER,
    ('en', 'marital', None, 'getting married next month'): _ENGAGED,
    ('fr', 'marital', None, 'on se marie le mois prochain'): _ENGAGED,
    ('fr', 'spouse_citizen', None, 'elle est pas résidente permanente'): _NOT_YET,
    ('en', 'spouse_accompanying', None, "she's already here"):
        "where the partner is, not said with the person: refused (answers_corpus_fresh3.tsv expects it refused)",
    ('fr', 'spouse_accompanying', None, 'elle viendra pas'): _NOT_YET,
    ('en', 'spouse_work', None, 'about 2 yrs'): _NOT_YET,
    ('fr', 'spouse_work', None, 'environ 2 ans'): _NOT_YET,
    ('en', 'spouse_work', None, 'none in canada, 5 yrs back home'): _NOT_YET,
    ('fr', 'spouse_work', None, 'aucune au canada, 5 ans au maroc'): _NOT_YET,
    ('en', 'spouse_work', None, 'she just started working'): _NOT_YET,
    ('en', 'education_level', None, 'phd dropout, have a masters'): _NOT_YET,
    ('fr', 'education_level', None, 'bac + 5'): _NOT_YET,
    ('en', 'education_level', None, 'not finished high school'): _NOT_YET,
    ('fr', 'education_level', None, "j'ai pas fini le secondaire"): _NOT_YET,
    ('en', 'education_level', None, 'applied for masters, have bachelors'): _NOT_YET,
    ('en', 'education_where', None, 'india, eca expired'): _ECA_EXPIRED,
    ('fr', 'education_where', None, 'inde, EDE expirée'): _ECA_EXPIRED,
    ('en', 'education_where', None, 'not in canada, in brazil'): _NOT_YET,
    ('fr', 'education_where', None, 'pas au canada, au bresil'): _NOT_YET,
    ('en', 'canadian_credential', None, 'dropped out of college'): _NOT_YET,
    ('fr', 'canadian_credential', None, "j'ai abandonné mon programme"): _NOT_YET,
    ('en', 'canadian_credential', None, 'enrolled but not graduated yet'): _NOT_YET,
    ('en', 'foreign_work', None, 'none outside canada'): _NOT_YET,
    ('en', 'foreign_work', None, 'only an unpaid internship back home'): _NOT_YET,
    ('fr', 'foreign_work', None, 'juste un stage non payé au pays'): _NOT_YET,
    ('en', 'foreign_work', None, '2 yrs, then 1 in canada'): _NOT_YET,
    ('en', 'certificate', None, 'red seal welder'): _NOT_YET,
    ('en', 'certificate', None, 'applied for the C of Q, waiting'): _NOT_YET,
    ('fr', 'nomination', None, "j'attends la réponse du PNP"): _NOT_YET,
    ('en', 'nomination', None, 'got my NOI but no nomination yet'): _NOT_YET,
    ('en', 'nomination', None, 'my nomination expired'): _NOT_YET,
    ('fr', 'nomination', None, 'ma nomination a expiré'): _NOT_YET,
    ('en', 'nomination', None, 'invited by AAIP, applying now'): _NOT_YET,
    ('fr', 'nomination', None, 'pas de nomination, juste une offre'): _NOT_YET,
    ('fr', 'sibling', None, "mon frere est ici mais avec un permis d'etudes"): _NOT_YET,
    ('fr', 'sibling', None, 'pas de frere ni soeur au canada'): _NOT_YET,
    ('en', 'sibling', None, 'my brother applied for PR, waiting'): _NOT_YET,
    ('fr', 'sibling', None, 'mon frere attend sa RP'): _NOT_YET,
    ('en', 'sibling', None, 'my cousin is a citizen'): _NOT_YET,
    ('fr', 'sibling', None, 'ma cousine est citoyenne'): _NOT_YET,
    ('en', 'sibling', None, "my brother is PR but he's 16"): _NOT_YET,
    ('fr', 'sibling', None, 'ma soeur est RP mais elle a 15 ans'): _NOT_YET,
}


def test_the_fifteenth_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 336 and sum(e.lang == "en" for e in entries) == 179
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # merged with session 17's doubted dates: "march 2024 i think" and "mars 2024 je crois" are offered to tap as
    # approximate (asked) where they were refused
    # and with leftovers 4 (a spouse abroad, a move out of Quebec): 3 more read right; with French review 9
    # (« pas d'autre » to another job): 1 more; with answers round 16 (years in two places, one of them Canada:
    # « 2 ans au liban puis 1 an ici » is 2): 1 more
    # and with leftovers 5 (a brother or sister named with a status: "sister, she's PR in calgary"): 1 more;
    # both merged: 227
    # typed answers round 17: "janvier 2024 non pardon fevrier", "july 2025 no wait june" (a month corrected after
    # its year) now read: 2 more read right
    # and the level held beside one not finished ("masters in progress, bachelor done", "master pas fini, licence
    # oui", "doctorat pas fini, j'ai un master"): 5 more
    # typed answers round 18: the partner already here with the person ("elle est déjà ici avec moi") read as
    # coming: 1 more; session 20: asked with what decides it instead (1 fewer)
    # walkthrough round 14: a no with a job offer said beside it ("no but i have an LMIA job offer") read as the
    # no, with what the offer is worth: 1 more
    # session 23: the end said with the no ("laid off in june", « licencié en juin ») stores the no, and which June
    # is the end's own question: 2 more; leftovers 10: an ECA applied for, under way or planned is read "abroad"
    # (no ECA yet, RULES.md 3), as this corpus expects, told why (answers.eca_under_way): 4 more (235 -> 241)
    # leftovers 11: « 29 ans, 30 en janvier » is the age now, the birthday kept beside it: 1 more; typed
    # answers 22: 2 more (244)
    assert "Read right 244, misread 0, asked needlessly 13, refused needlessly 78" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_nothing_of_round_fifteen_is_stored_otherwise_than_meant() -> None:
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask") and not got.startswith(("unchanged", "offer:"))}
    assert otherwise == {}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_fifteen_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_fifteen(key: tuple[str, str, str | None, str],
                                       request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


# -- a yes turned by what follows it: never stored as the plain yes ----------------------------------------------
_ABROAD_EN = "This question is about Canada only"
_ABROAD_FR = "Cette question ne porte que sur le Canada"
_NOMINATION_EN = "Only a nomination from a province or territory counts here"
_NOMINATION_FR = "Seule une désignation d'une province ou d'un territoire compte ici"
_HELD_EN = "Only what is already held counts here"


@pytest.mark.parametrize(("question", "typed", "lang", "why"), [
    # a provincial nomination (600 CRS points): an invitation, a pool, a job offer or a refusal is none
    ("nomination", "yes got an ITA", "en", _NOMINATION_EN),
    ("nomination", "yes I'm in the pool", "en", _NOMINATION_EN),
    ("nomination", "yes, NOI received", "en", _NOMINATION_EN),
    ("nomination", "yes, LMIA", "en", _NOMINATION_EN),
    ("nomination", "yes job offer", "en", _NOMINATION_EN),
    ("nomination", "yes AIP endorsement", "en", _NOMINATION_EN),
    ("nomination", "yes, refused", "en", _NOMINATION_EN),
    ("nomination", "yes, in progress", "en", _HELD_EN),
    ("nomination", "oui, j'ai déposé mon profil", "fr", _NOMINATION_FR),
    ("nomination", "oui mais refusée", "fr", None),
    # a partner's status: a citizen of another country, or only in Canada
    ("spouse_citizen", "yes, citizen of india", "en", _ABROAD_EN),
    ("spouse_citizen", "oui, citoyenne marocaine", "fr", _ABROAD_FR),
    ("spouse_citizen", "yes she's in canada", "en", None),
    ("spouse_citizen", "yes in progress", "en", _HELD_EN),
    # a brother or sister abroad, visiting, or an in-law
    ("sibling", "yes, my brother in India", "en", _ABROAD_EN),
    ("sibling", "oui, mon frère au Maroc", "fr", _ABROAD_FR),
    ("sibling", "yes my brother visiting", "en", None),
    ("sibling", "yes my sister in law", "en", None),
    ("sibling", "oui mon beau-frère", "fr", None),
    # a certificate of qualification issued in Canada: not one from abroad, nor one worked towards
    ("certificate", "yes, from my country", "en", _ABROAD_EN),
    ("certificate", "oui, de mon pays", "fr", _ABROAD_FR),
    ("certificate", "yes i have a trade certificate from india", "en", _ABROAD_EN),
    ("certificate", "yes, working on it", "en", None),
    ("certificate", "yes but failed the exam", "en", None),
    # an employee on a payroll: not self-employed said after the yes
    ("job_employee", "oui à mon compte", "fr", None),
    ("job_employee", "yes, 1099", "en", None),
    ("job_employee", "yes, incorporated", "en", None),
    ("job_employee", "yes uber", "en", None),
    # a job in Canada, another job in Canada, another test result
    ("canadian_work", "yes, outside canada", "en", _ABROAD_EN),
    ("canadian_work", "yes back home", "en", _ABROAD_EN),
    ("canadian_work", "oui, au maroc", "fr", _ABROAD_FR),
    ("job_more", "yes, in india", "en", _ABROAD_EN),
    ("job_more", "oui, au maroc", "fr", _ABROAD_FR),
    ("test_more", "yes, booked tef", "en", None),
    ("test_more", "oui, j'ai réservé le tef", "fr", None),
    ("test_more", "yes, waiting for results", "en", None),
])
def test_a_yes_turned_by_what_follows_is_asked_again_never_stored(question: str, typed: str, lang: str,
                                                                   why: str | None) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    if why:
        assert why in outcome.first, outcome.first


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    # what the turns must not catch: a status said with the place, a plain yes with a pronoun "us"
    ("spouse_citizen", "yes, both of us are PR", "en", True),
    ("spouse_citizen", "she's a PR since last year", "en", True),
    ("spouse_citizen", "oui elle est RP", "fr", True),
    ("nomination", "yes, nominated by saskatchewan", "en", True),
    ("sibling", "sister, she's PR in calgary", "en", True),  # read since leftovers 5
    ("canadian_work", "yes part time at walmart", "en", True),
    ("job_more", "yes one more", "en", True),
    ("test_more", "yes tef too", "en", True),
    ("certificate", "yes 310S from ontario", "en", True),
])
def test_a_yes_with_a_status_or_a_place_in_canada_is_still_a_yes(question: str, typed: str, lang: str,
                                                                  stored: bool | None) -> None:
    outcome = answer(question, typed, lang)
    if stored is None:  # not read yet, but never stored as a no
        assert outcome.kind in ("refused", "asked") or outcome.value is True, outcome
    else:
        assert outcome.kind == "stored" and outcome.value is stored, outcome


# -- an ECA not held yet: never "Outside Canada, with an ECA" ----------------------------------------------------
@pytest.mark.parametrize(("typed", "lang"), [
    ("nigeria, WES in process", "en"), ("india, wes processing", "en"), ("india, submitted to wes", "en"),
    ("india, eca to be done", "en"), ("india, doing eca", "en"), ("india, eca refused", "en"),
    ("india, will do wes", "en"), ("abroad, planning to get an ECA", "en"),
    ("au maroc, EDE en cours", "fr"), ("inde, ede envoyée", "fr"), ("maroc, je vais demander l'EDE", "fr"),
    ("maroc, EDE à faire", "fr"), ("a l'etranger, je vais faire l'EDE", "fr"),
])
def test_an_eca_under_way_is_never_stored_as_held(typed: str, lang: str) -> None:
    outcome = answer("education_where", typed, lang)
    assert outcome.kind in ("refused", "asked") or outcome.value == "abroad", outcome
    assert "abroad_eca" not in outcome.choices or outcome.kind == "asked"


@pytest.mark.parametrize(("typed", "lang"), [
    ("india, WES done", "en"), ("mexico, got my wes report last month", "en"), ("france, EDE du WES recue", "fr"),
])
def test_an_eca_held_is_still_read(typed: str, lang: str) -> None:
    assert answer("education_where", typed, lang).value == "abroad_eca"


# -- one option said beside another denied ---------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("marital", "not married, common law", "en", "common_law"),
    ("marital", "pas mariés, conjoints de fait", "fr", "common_law"),
    ("marital", "separated, not divorced yet", "en", "separated"),
    ("marital", "séparé mais pas encore divorcé", "fr", "separated"),
    ("test_kind", "ielts gt, not academic", "en", "ielts_general"),
    ("test_kind", "ielts general, pas academique", "fr", "ielts_general"),
    ("test_kind", "pte core not academic", "en", "pte_core"),
    ("test_kind", "not celpip, ielts general", "en", "ielts_general"),
    ("test_kind", "tcf canada pas le tcf quebec", "fr", "tcf_canada"),
])
def test_an_option_beside_another_denied_is_the_one_named(question: str, typed: str, lang: str,
                                                          stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "stored" and outcome.value == stored, outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("marital", "divorced, never married"),  # contradicts itself
    ("marital", "married not married"),
    ("test_kind", "ielts, not academic"),  # "ielts" alone names no version
    ("test_kind", "tcf not canada"),  # a denied word that names nothing known
])
def test_a_denial_that_names_nothing_else_or_the_same_stays_asked(question: str, typed: str) -> None:
    assert answer(question, typed).kind in ("refused", "asked")


# -- a test only planned or booked: none yet --------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("test_kind", "planning to take celpip", "en"), ("test_kind", "no test yet, booked celpip for jan", "en"),
    ("test_kind", "je compte passer le tef", "fr"),
    ("test_kind", "pas encore, j'ai réservé le tef en janvier", "fr"),
    ("spouse_test_kind", "not yet, she's booking ielts", "en"),
    ("spouse_test_kind", "pas encore, elle prévoit le tef", "fr"),
])
def test_a_test_only_planned_is_none_yet(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "stored" and outcome.value == "none", outcome


@pytest.mark.parametrize("typed", ["celpip, booked a retake", "booked celpip", "planning to retake celpip",
                                   "going to take celpip again, got 7s"])
def test_a_booking_that_may_be_a_retake_is_never_read_as_no_test(typed: str) -> None:
    outcome = answer("test_kind", typed)
    assert outcome.kind in ("refused", "asked") or outcome.value == "celpip_general", outcome


# -- a no to "do you still work there?" that says the job goes on ------------------------------------------------
@pytest.mark.parametrize(("typed", "lang"), [("no still there", "en"), ("non toujours la", "fr"),
                                             ("no, currently working there", "en")])
def test_a_no_that_says_the_job_goes_on_is_asked_again(typed: str, lang: str) -> None:
    outcome = answer("job_ongoing", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome


@pytest.mark.parametrize(("typed", "lang"), [("no, quit in august", "en"), ("non j'ai démissionné", "fr"),
                                             ("no, left last month, still looking", "en"), ("no longer", "en")])
def test_a_no_that_says_when_or_how_the_job_ended_is_still_a_no(typed: str, lang: str) -> None:
    outcome = answer("job_ongoing", typed, lang)
    assert outcome.kind == "stored" and outcome.value is False, outcome
