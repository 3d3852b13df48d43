"""An eighteenth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh18.tsv (359 answers,
193 English and 166 French), aimed at what rounds 10 to 17 did not: answers that tell a story instead of answering,
the partner's questions, the Quebec question answered with a city or a move, the job-ongoing and job-end
questions ("still there till march", « jusqu'a la fin du contrat »), agency, contract and gig wording, dates said
by a weekday or a holiday ("the monday after labour day 2023"), autocorrect slips ("Jube", "Ocr") and "idk" /
« aucune idee » on every question. Written and committed before the parsers were read, measured once before any
change with benchmarks/answers_corpus.py (six lines' expected readings set to "refuse" after, to the house's
readings: see the corpus's header):

    before: Read right 203, misread 2, asked needlessly 6, refused needlessly 142
    after:  Read right 227, misread 1, asked needlessly 6, refused needlessly 119

The misread fixed: "yes, my wife's job too" to "add another job in Canada?" opened a job 2 (the partner's job taken
for the person's own; its "too" kept it from flows/whose.py); now asked again with why, as "oui celui de mon mari"
already was. A job going on until a set end given without its day ("still there till march", "oui jusqu'en mars",
"jusqu'a la fin du contrat") was refused with "yes or no" (a tap on Yes then lost the end); now asked for that end
(err.ongoing_until), as "yes until march 2027" is. The refusals fixed: a job over said without a no ("contract
ended", "i quit last week", "j'ai demissionne le mois passe"), a start told as a story ("... then got pgwp and
started at amazon in june 2021"), a French end with its date ("a la fin de mon contrat, le 31 aout 2025", "mise a
pied en oct 2025"), the partner coming told in words ("she'll join me once i get pr", "she's coming in march";
"elle est deja ici avec moi" asked since, with what decides it) or undecided ("we haven't decided", "ca depend de
son travail": "Not sure"), a move said with « partir » (« on part a calgary l'an prochain »), no paid job in Canada
said by what it was ("worked in the US only", "only volunteering at my church", "stage non remunere"), full-time
studies throughout ("full time student the whole time", "etudiante a temps plein tout le long"), the studies' last
exam ("last exam was may 3rd 2023"). The misread left: "2 yrs ago" to the start opens 2024's months to tap (as
"2022" does), where a person might mean November 2024: nothing is stored until a month is tapped. Every answer
still not read as the corpus meant is refused or asked (nothing stored), each left below as a strict xfail with
why.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus
from flows.texts import catalog

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh18.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_NOT_YET = "not read yet: asked again with the same question, nothing stored"
_STORY = "a date inside a story or with another event's words: refused rather than one of its dates guessed"
_HOLIDAY = "a date said by a holiday ('the monday after labour day'): not read (RULES.md names no holidays' dates)"
_SLIP = "a month mistyped ('Jube', 'Ocr') is offered as the month it reads, to confirm with one tap"
_ENGAGED = "engaged, or a partner not lived with: refused with why (tap Single unless common-law), never guessed"
_LEAVE = "a job on leave: whether it goes on is left to the person (refused), never guessed"
_STATUS = "a marital status told as a story ('living together 2 years'): not read; common-law is IRCC's to define"
_PARTNER = "the partner's answer told as a story ('she'll join me once i get pr'): not read yet, nothing stored"
_YEARS_AGO = "'2 yrs ago' opens that year's months to tap (as a year alone does): nothing stored until a tap"
_PARTNER_HERE = ("judgement (session 20): a partner already in Canada is where they are, not whether they come "
                 "(RULES.md 3 counts an accompanying partner and says nothing of one already here, as fresh3 "
                 "decided): asked with what decides it (err.spouse_already_here)")
_LEFT: dict[tuple[str, str, str | None, str], str] = {
    ('en', 'spouse_accompanying', None, "she's already here with me"): _PARTNER_HERE,
    ('fr', 'spouse_accompanying', None, 'elle est deja ici avec moi'): _PARTNER_HERE,
    ('en', 'quebec', None, 'staying in mtl for now'): _NOT_YET,
    ('fr', 'quebec', None, 'on habite a gatineau mais on pense demenager a ottawa'): _NOT_YET,
    ('en', 'quebec', None, "i'm in toronto but my job might move me to montreal"): _NOT_YET,
    ('en', 'canadian_work', None, 'i came on a study permit in 2019 then got pgwp and started at amazon in june 2021'): _NOT_YET,  # noqa: E501
    ('fr', 'canadian_work', None, "je suis arrivee en 2020 comme etudiante puis j'ai eu mon PTPD et je travaille chez desjardins depuis 2022"): _NOT_YET,  # noqa: E501
    ('en', 'canadian_work', None, 'self employed, doing uber eats'): _NOT_YET,
    ('fr', 'canadian_work', None, 'mon conjoint oui moi non'): _NOT_YET,
    ('en', 'canadian_work', None, 'coop placement during school, it was paid'): _NOT_YET,
    ('en', 'canadian_work', None, 'contract work through an agency'): _NOT_YET,
    ('en', 'canadian_work', None, 'i was on IEC working holiday in 2018, worked at a ski resort'): _NOT_YET,
    ('fr', 'canadian_work', None, "j'ai fait un PVT en 2017 a whistler"): _NOT_YET,
    ('en', 'job_start', None, 'the monday after labour day 2023'): _HOLIDAY,
    ('en', 'job_start', None, 'day after canada day 2024'): _HOLIDAY,
    ('fr', 'job_start', None, 'le lendemain de la st-jean 2024'): _HOLIDAY,
    ('fr', 'job_start', None, 'le lundi apres la fete du travail 2023'): _HOLIDAY,
    ('en', 'job_start', None, 'Jube 2023'): _SLIP,
    ('en', 'job_start', None, 'started as intern in may 2022 then full time in sept 2022'): _STORY,
    ('fr', 'job_start', None, 'stage en mai 2022 puis embauchee en septembre 2022'): _STORY,
    ('en', 'job_start', None, 'after graduation, jan 2023'): _STORY,
    ('en', 'job_start', None, 'right after i got my pgwp in march 2023'): _STORY,
    ('fr', 'job_start', None, 'je me souviens plus, 2022 je pense'): _STORY,
    ('en', 'job_start', None, '2 yrs ago'): _YEARS_AGO,
    ('fr', 'job_start', None, 'ca fait 2 ans'): _YEARS_AGO,
    ('en', 'job_start', None, 'the tuesday after thanksgiving 2023'): _HOLIDAY,
    ('fr', 'job_start', None, 'le 2 janvier 2024 (apres les fetes)'): _HOLIDAY,
    ('en', 'job_start', None, 'jan 2nd 2024 after the holidays'): _HOLIDAY,
    ('en', 'job_ongoing', None, 'on mat leave right now'): _LEAVE,
    ('fr', 'job_ongoing', None, 'en conge de maternite'): _LEAVE,
    ('en', 'job_ongoing', None, 'last day is friday'): _NOT_YET,
    ('fr', 'job_ongoing', None, "mon dernier jour c'est vendredi"): _NOT_YET,
    ('en', 'job_ongoing', None, 'still there, not sure if they renew my contract'): _NOT_YET,
    ('fr', 'job_ongoing', None, 'oui mais chez un autre employeur maintenant'): _NOT_YET,
    ('en', 'job_end', None, 'the friday before labour day'): _HOLIDAY,
    ('fr', 'job_end', None, 'le vendredi avant la fete du travail'): _HOLIDAY,
    ('en', 'job_end', None, 'Jube 2025'): _SLIP,
    ('en', 'job_end', None, 'right before christmas 2025'): _HOLIDAY,
    ('en', 'job_end', None, 'the day after canada day'): _HOLIDAY,
    ('fr', 'job_end', None, 'le lendemain de la fete du canada'): _HOLIDAY,
    ('en', 'job_end', None, 'Ocr 2025'): _SLIP,
    ('fr', 'job_end', None, "le dernier vendredi d'aout 2025"): _STORY,
    ('en', 'job_end', None, 'last day was sept 30'): _STORY,
    ('en', 'job_end', None, 'i worked there until i went back to school in jan 2025'): _STORY,
    ('en', 'job_hours', None, 'gig, maybe 25 a week'): _NOT_YET,
    ('en', 'job_paid', None, 'paid per delivery on the app'): _NOT_YET,
    ('en', 'job_employee', None, 'contract through an agency, they did my payroll'): _NOT_YET,
    ('fr', 'job_employee', None, 'contractuel via une agence qui me payait sur sa paie'): _NOT_YET,
    ('en', 'job_employee', None, 'self employed doing doordash'): _NOT_YET,
    ('fr', 'job_employee', None, 'a mon compte, je livre pour uber eats'): _NOT_YET,
    ('en', 'job_employee', None, 'i invoice them every month'): _NOT_YET,
    ('fr', 'job_employee', None, 'je leur facture chaque mois'): _NOT_YET,
    ('en', 'job_employee', None, 'contract, not sure if that counts'): _NOT_YET,
    ('en', 'job_employee', None, 'employee at first, then they made me a contractor'): _NOT_YET,
    ('fr', 'job_employee', None, "d'abord salarie puis travailleur autonome"): _NOT_YET,
    ('en', 'job_employee', None, 'my own company, incorporated, i pay myself salary'): _NOT_YET,
    ('en', 'job_employee', None, 'employee of the agency, not the client'): _NOT_YET,
    ('en', 'job_student', None, 'i was a student till dec 2022 then full time'): _NOT_YET,
    ('fr', 'job_student', None, "etudiante a temps plein jusqu'en avril 2024 puis PTPD"): _NOT_YET,
    ('en', 'job_student', None, 'idk what counts as full time'): _NOT_YET,
    ('en', 'job_student_end', None, 'graduated the friday before thanksgiving 2023'): _HOLIDAY,
    ('fr', 'job_student_end', None, 'fin de session, decembre 2023'): _STORY,
    ('en', 'job_student_end', None, 'when my program ended in april 2024'): _STORY,
    ('fr', 'job_student_end', None, 'a la fin de mon programme en avril 2024'): _STORY,
    ('en', 'job_student_end', None, 'convocation was june 2023 but classes ended april 2023'): _STORY,
    ('en', 'job_authorized', None, 'study permit, allowed to work 20h off campus'): _NOT_YET,
    ('en', 'job_authorized', None, 'visitor visa at the time'): _NOT_YET,
    ('fr', 'job_authorized', None, 'visa visiteur'): _NOT_YET,
    ('en', 'test_date', None, 'the saturday after thanksgiving 2025'): _HOLIDAY,
    ('fr', 'test_date', None, 'le samedi avant la st-jean 2025'): _HOLIDAY,
    ('en', 'test_date', None, 'Jube 14 2025'): _SLIP,
    ('fr', 'test_date', None, "je m'en souviens plus"): _STORY,
    ('fr', 'test_date', None, 'passe en juin 2025, resultats en juillet'): _STORY,
    ('en', 'test_more', None, 'my wife did one too'): _NOT_YET,
    ('fr', 'test_more', None, 'ma femme en a un aussi'): _NOT_YET,
    ('en', 'birth', None, 'Jube 5 1995'): _SLIP,
    ('en', 'birth', None, 'my wife is 30 and im 32'): _STORY,
    ('en', 'marital', None, 'living together 2 years'): _STATUS,
    ('fr', 'marital', None, 'en couple depuis 3 ans, on vit ensemble'): _STATUS,
    ('en', 'marital', None, "gf but we don't live together"): _ENGAGED,
    ('fr', 'marital', None, "j'ai une copine mais on vit pas ensemble"): _ENGAGED,
    ('en', 'marital', None, 'engaged'): _ENGAGED,
    ('fr', 'marital', None, 'fiancee'): _ENGAGED,
    ('en', 'marital', None, 'separated, divorce in process'): _STATUS,
    ('en', 'marital', None, 'we got married last month'): _STATUS,
    ('fr', 'marital', None, 'married, mais separes depuis 2024'): _STATUS,
    ('en', 'spouse_citizen', None, "he's canadian by birth"): _PARTNER,
    ('en', 'spouse_citizen', None, "she's in india, no status here"): _PARTNER,
    ('en', 'spouse_education', None, 'phd in progress, has a masters'): _PARTNER,
    ('fr', 'spouse_education', None, 'doctorat en cours, elle a deja une maitrise'): _PARTNER,
    ('fr', 'spouse_education', None, 'moi une maitrise, lui un bac'): _PARTNER,
    ('en', 'spouse_test_date', 'ielts_general', 'she took it the saturday before labour day 2025'): _HOLIDAY,
    ('en', 'spouse_test_date', 'ielts_general', 'Jube 2025'): _SLIP,
    ('en', 'spouse_work', None, 'she worked 2 years at a bank here'): _PARTNER,
    ('en', 'spouse_work', None, 'none, she only worked back home'): _PARTNER,
    ('fr', 'spouse_work', None, 'aucune, elle a travaille seulement au maroc'): _PARTNER,
    ('en', 'spouse_work', None, 'about 1 and a half years'): _PARTNER,
    ('fr', 'spouse_work', None, '2 ans, full time'): _PARTNER,
    ('en', 'education_level', None, 'came here for a 2 year college diploma after my bachelors'): _NOT_YET,
    ('fr', 'education_level', None, 'licence en france puis un DEC ici'): _NOT_YET,
    ('en', 'education_level', None, 'high school then started college but didnt finish'): _NOT_YET,
    ('fr', 'education_level', None, "secondaire 5, j'ai pas fini le cegep"): _NOT_YET,
    ('en', 'canadian_credential', None, 'my wife has one'): _NOT_YET,
    ('en', 'canadian_credential', None, 'doing one now, graduating next year'): _NOT_YET,
    ('fr', 'canadian_credential', None, 'en cours, je finis en mai'): _NOT_YET,
    ('en', 'foreign_work', None, 'none, came here right after school'): _NOT_YET,
    ('en', 'foreign_work', None, '18 months in dubai'): _NOT_YET,
    ('en', 'certificate', None, "i'm a licensed electrician in ontario (309A)"): _NOT_YET,
    ('en', 'certificate', None, 'no, just a college diploma'): _NOT_YET,
    ('fr', 'certificate', None, 'non, juste un DEP'): _NOT_YET,
    ('en', 'certificate', None, 'apprentice, not certified yet'): _NOT_YET,
    ('fr', 'certificate', None, 'apprenti, pas encore certifie'): _NOT_YET,
    ('en', 'nomination', None, 'in the pool for AAIP'): _NOT_YET,
    ('en', 'nomination', None, 'my employer is supporting my BC PNP'): _NOT_YET,
    ('fr', 'nomination', None, 'mon employeur me supporte pour le PNP'): _NOT_YET,
    ('en', 'nomination', None, 'no, not yet, maybe next year'): _NOT_YET,
    ('fr', 'sibling', None, 'ma soeur est ici mais elle est etudiante'): _NOT_YET,
    ('en', 'sibling', None, 'my cousin is PR'): _NOT_YET,
    ('fr', 'sibling', None, 'mon cousin est citoyen'): _NOT_YET,
    ('en', 'sibling', None, 'my brother is 16 and PR'): _NOT_YET,
    ('fr', 'sibling', None, 'ma soeur a 17 ans, elle est RP'): _NOT_YET,}


def test_the_eighteenth_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 359 and sum(e.lang == "en" for e in entries) == 193
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # session 20: the partner already here is asked with what decides it (2 fewer, _PARTNER_HERE); leftovers 8:
    # « ca fait 2 ans » opens 2024's months as "2 yrs ago" does (refused before; "misread" in the benchmark's
    # words, nothing stored until a month is tapped); hours with overtime or the agency beside them ("40 but
    # sometimes overtime", "35h/sem plus du temps supp", "... via l'agence"), « paye cash » and "open work permit
    # through my wife" read (5 more)
    # French review 13: « juste le secondaire »; session 21: the partner's education said in a sentence
    # round 20: « il a travaillé 18 mois ici » to the partner's Canadian work (233 -> 234)
    # leftovers 10: an ECA under way is read "abroad" (no ECA yet, RULES.md 3): 2 more (234 -> 236)
    # session 24: "last day was sept 30" (no year) is asked which (past, or a planned end): asked 6 -> 7
    assert "Read right 238, misread 2, asked needlessly 7, refused needlessly 106" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_nothing_of_round_eighteen_is_stored_otherwise_than_meant() -> None:
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask", "months")
                 and not got.startswith(("unchanged", "offer:"))}
    assert otherwise == {}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_eighteen_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_eighteen(key: tuple[str, str, str | None, str],
                                        request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


# -- the partner's job is not another of the person's ---------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang"), [
    ("yes, my wife's job too", "en"),
    ("yes my husbands job", "en"),
    ("my wifes job too", "en"),
    ("oui celui de mon mari", "fr"),
    ("oui, l'emploi de ma femme aussi", "fr"),
])
def test_the_partners_job_is_asked_again_never_added(typed: str, lang: str) -> None:
    assert answer("job_more", typed, lang).kind == "refused"


@pytest.mark.parametrize(("typed", "stored"), [
    ("yes one more", True),
    ("no, only my wife's job", False),
    ("yes, another one, and my wife's job too", True),
])
def test_ones_own_other_job_beside_the_partners_is_read(typed: str, stored: bool) -> None:
    outcome = answer("job_more", typed)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


# -- still in the job: said with a set end not given as a day, or over said without a no -----------------------
@pytest.mark.parametrize(("typed", "lang"), [
    ("still there till march", "en"),
    ("yes until december", "en"),
    ("yes until my pgwp expires", "en"),
    ("yes till the end of my contract", "en"),
    ("oui jusqu'en mars", "fr"),
    ("jusqu'à la fin du contrat", "fr"),
])
def test_a_job_going_on_until_a_set_end_asks_for_that_end(typed: str, lang: str) -> None:
    outcome = answer("job_ongoing", typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert catalog(lang).t("err.ongoing_until") in outcome.text


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("contract ended", "en", False),
    ("i quit last week", "en", False),
    ("got laid off 2 months ago", "en", False),
    ("mon contrat est fini", "fr", False),
    ("j'ai démissionné le mois passé", "fr", False),
])
def test_a_job_over_said_in_words(typed: str, lang: str, stored: bool) -> None:
    outcome = answer("job_ongoing", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize("typed", [
    "till march",  # until last March, or until next March?
    "yes until 2023",  # a yes limited by a past year
    "contract ended but renewed",
    "contract over in march",  # will be over, or was?
    "jusqu'en mars",
])
def test_a_job_not_surely_going_on_or_over_is_never_stored(typed: str) -> None:
    assert answer("job_ongoing", typed).kind in ("asked", "refused")


# -- a start told as a story, an end said in French with its date ----------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_start", "i came on a study permit in 2019 then got pgwp and started at amazon in june 2021", "en",
     "2021-06"),
    ("job_start", "arrivée en 2019 comme étudiante, PTPD en 2021, j'ai commencé chez ubisoft en août 2021", "fr",
     "2021-08"),
    ("job_end", "à la fin de mon contrat, le 31 août 2025", "fr", "2025-08-31"),
    ("job_end", "mise à pied en oct 2025", "fr", "2025-10"),
])
def test_a_date_told_in_a_story_is_the_one_asked(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize("typed", [
    "i started school in sept 2019 and got the job in 2021",  # the start of school, not of the job
    "stage en mai 2022 puis embauchée en septembre 2022",  # an internship, then hired: which one?
    "came in 2019, started at rbc in march 2022 maybe april",  # a doubt
    "started at rbc in march 2022 and left in june 2023",  # two dates
])
def test_a_story_whose_start_is_not_sure_is_never_stored(typed: str) -> None:
    assert answer("job_start", typed).kind in ("asked", "refused")


# -- the partner comes, or has not decided -------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("she'll join me once i get pr", "en", True),
    ("il va me rejoindre après ma RP", "fr", True),
    ("she's coming in march", "en", True),
    ("we haven't decided", "en", "unsure"),
    ("depends on her job", "en", "unsure"),
    ("ça dépend de son travail", "fr", "unsure"),
])
def test_the_partner_coming_said_in_words(typed: str, lang: str, stored: bool | str) -> None:
    outcome = answer("spouse_accompanying", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize("typed", [
    "she'll join me if she finds a job",  # a condition: maybe not
    "he's not coming in march",
    "no, it depends on nothing, she stays",  # a no beside the words of a doubt: asked, never "not sure"
])
def test_the_partner_coming_not_surely_is_never_stored_as_coming(typed: str) -> None:
    assert answer("spouse_accompanying", typed).value is not True


# -- Quebec: leaving for a place -------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "stored"), [
    ("on part à Calgary l'an prochain", False),
    ("je pars pour Toronto", False),
])
def test_leaving_for_a_place_said_with_partir(typed: str, stored: bool) -> None:
    outcome = answer("quebec", typed, "fr")
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_part_time_is_no_move() -> None:
    outcome = answer("quebec", "part time in toronto", "en")
    assert outcome.value is not True


# -- no paid job in Canada said by what it was; full-time studies throughout ---------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("canadian_work", "worked in the US only", "en", False),
    ("canadian_work", "j'ai travaillé aux États-Unis seulement", "fr", False),
    ("canadian_work", "only volunteering at my church", "en", False),
    ("canadian_work", "stage non rémunéré", "fr", False),
    ("job_student", "full time student the whole time", "en", True),
    ("job_student", "étudiante à temps plein tout le long", "fr", True),
])
def test_an_answer_said_by_what_it_was(question: str, typed: str, lang: str, stored: bool) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("canadian_work", "only volunteering at my church, and a paid job"),
    ("job_student", "part time student the whole time"),  # part time: no full-time student (not this reading)
    ("job_student", "full time student"),  # for the whole job, or a part of it?
])
def test_an_answer_with_more_than_what_it_was_is_not_read_so(question: str, typed: str) -> None:
    outcome = answer(question, typed)
    assert not (outcome.kind == "stored" and outcome.value is True and question == "job_student") \
        and not (outcome.kind == "stored" and outcome.value is False and question == "canadian_work"), outcome


# -- round 16's answers read now (their strict xfails removed), and what stays asked beside them ---------------
@pytest.mark.parametrize(("question", "typed"), [
    ("job_employee", "pas sur leur paie"),  # not on their payroll: never an employee
    ("job_employee", "not employee, self employed"),
    ("job_ongoing", "plus"),
])
def test_words_beside_the_readings_of_round_sixteen_are_not_read_so(question: str, typed: str) -> None:
    outcome = answer(question, typed, "fr" if typed.startswith(("pas", "plus")) else "en")
    assert outcome.kind != "stored" or (question == "job_employee" and outcome.value is not True), outcome


def test_a_language_tests_exam_date_is_no_end_of_studies() -> None:
    entry = corpus.Entry("en", "job_student_end", None, "ielts exam on april 20 2024", "refuse")
    assert corpus.outcome(entry) in ("refuse", "ask")
