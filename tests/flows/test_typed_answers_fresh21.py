"""A twenty-first fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh21.tsv (396 answers,
206 English and 190 French), aimed at what rounds 10 to 20 did not: answers written as a sentence with context,
answers corrected mid-line ("2022 no wait 2021", « 7 non 8 »), ranges and approximations ("between 35 and 40 hrs",
"like 2 and a half years"), voice-dictated numbers ("june fourteenth twenty twenty five", « sept et demi »),
autocorrect slips ("Itself general" for IELTS, "Celtic" for CELPIP, "Pete core", "Teff", "seperated", "common lae",
« conjoint de faits »), franglais, dates in every shape ("march 3rd 22", « 3 mars 22 », "3.3.2022", "2022-3";
03/04/2022 asked), the ECA typed every way, and the partner's answers typed with the partner's first name ("Maria
has a celpip 9", « moi 29, Maria 31 »). Written and committed before the parsers were read, measured once before
any change with benchmarks/answers_corpus.py:

    before: Read right 254, misread 0, asked needlessly 14, refused needlessly 121
    after:  Read right 287, misread 0, asked needlessly 14, refused needlessly 88

Nothing was stored otherwise than meant, before or after. Read now: the partner called by name
(whose.named_partner: "Maria has a celpip 9", « Maria a une maîtrise », "maria is a PR since 2023", "Maria got
7 7 6.5 7" at the partner's questions; "Maria has 5 years, i have 1", « moi 29, Maria 31 » at the person's, the
partner's part set aside), the tests' names as autocorrect types them, and the marital statuses' slips.
"""

from __future__ import annotations

import json

import pytest

from benchmarks import answers_corpus as corpus
from flows.answer_words import corrected_in_place
from flows.whose import named_partner

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh21.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_NOT_YET = "not read yet: asked again with the same question, nothing stored"
_QUEBEC = ("the house's Quebec step (flows/quebec.py): a place said with a time, a correction or a yes or no that "
           "says otherwise is asked with why (the real plan is what counts), never guessed")
_NOM = "« Nom » (a phone's slip for « non ») is a French word (name): not read as a no, asked again"
_DATED_ECA = ("an ECA named with a year or said expired: the house offers both options "
              "(answer_words._abroad_with_or_without_eca); its age against RULES.md 3's 5 years is not computed "
              "from the year; nothing stored wrongly")
_NO_ECA_YET = ("'havent done the eca yet': 'done' beside the denial makes the house offer both options "
               "(answer_words._ECA_HELD), nothing stored")
_TOGETHER = ("judgement of an earlier round (answer_words._TOGETHER_FOR): RULES.md does not say how long living "
             "together makes a common-law partner, so the status is asked with why")
_ENGAGED = ("an earlier round's decision (answer_words.names_engaged): engaged names no marital status of its "
            "own; "
            "the refusal says what to tap")
_NOT_COMPLETED = ("an earlier round's judgement: a credential not completed is refused with why "
                  "(err.credential_not_completed), not stored as none")
_TWO_OPTIONS_NO = ("round 17's decision (answer_words._SAID_TWICE): a bare « non » between two options may say "
                   "what "
                   "is not held (« licence, pas de master ») as well as a slip: not read")
_YEARS_RANGE = ("the house's range of years (answer_words._YEAR_RANGE): both ends offered as buttons, never the "
                "lower one guessed (hours take the lower end, RULES.md 1 making both count alike there)")
_IELTS_VERSION = ("'ielts' alone has two versions (Academic is not accepted): the house asks which, once the "
                  "partner's part is set aside")
_LAST_MONTH = "a month said as 'last march': the house confirms the month it read with one tap (2026-03)"
_HOURS_DISAGREE = "32 said with 'part time' (30 or more is full time): the house confirms the number with one tap"
_VISITOR = ("a visitor's status is no permission to work: the house says why and lets the person tap No "
            "(err.authorized_visitor), as an earlier round decided")
_SIBLING_TEMP = "round 8's judgement: a sibling on a temporary status is told why and asked again"
_SIBLING_16 = ("RULES.md 3: a sibling under 18 does not count; told why and asked again (an earlier round's "
               "judgement)")
_CITIZEN_OF = ("'a citizen' with no country named may be of another country: the house asks (round 20's "
               "answer_words._PARTNER_HOLDS), 'became a PR' is read")
_TWO_CREDENTIALS = ("whether a BSc is a program of 3 years or more is not said: both readings offered, one tap "
                    "(bachelor or two or more credentials)")
_ROUGH_YEARS = ("judgement of earlier rounds (test_typed_answers_fresh6.py, fresh14): a count of years said "
                "roughly is asked again, completed years being what counts")
_LEFT: dict[tuple[str, str, str | None, str], str] = {
    ('en', 'quebec', None, 'ottawa no wait gatineau lol'): _QUEBEC,
    ('en', 'quebec', None, 'yes montreal since 2022 worked at tims then walmart'): _QUEBEC,
    ('en', 'quebec', None, 'Yes Montreal no wait Sherbrooke'): _QUEBEC,
    ('fr', 'quebec', None, 'oui non en fait je demenage a ottawa'): _QUEBEC,
    ('fr', 'quebec', None, 'Nom'): _NOM,
    ('en', 'canadian_work', None, 'i been here since 2021 on a pgwp, worked at tims then walmart'): _NOT_YET,
    ('en', 'canadian_work', None, 'worked at tims from 2022 to 2024'): _NOT_YET,
    ('en', 'canadian_work', None, 'not paid, just an unpaid internship'): _NOT_YET,
    ('en', 'canadian_work', None, 'Yea 2 and a half years at amazon warehouse'): _NOT_YET,
    ('en', 'canadian_work', None, 'no wait yes, part time at costco'): _NOT_YET,
    ('en', 'canadian_work', None, 'Maria works here, i dont yet'): _NOT_YET,
    ('fr', 'canadian_work', None, 'non non enfin oui un stage paye'): _NOT_YET,
    ('fr', 'canadian_work', None, 'pas encore jai juste mon permis detudes'): _NOT_YET,
    ('fr', 'canadian_work', None, 'Maria oui, moi non'): _NOT_YET,
    ('en', 'job_start', None, 'i think it was like october 2022'): _NOT_YET,
    ('en', 'job_start', None, 'jan or feb 2023 not sure'): _NOT_YET,
    ('en', 'job_ongoing', None, "left last month no wait i'm still there till friday"): _NOT_YET,
    ('fr', 'job_ongoing', None, 'oui non jai fini en juin'): _NOT_YET,
    ('en', 'job_end', None, 'i left end of august 2025 to go back to school'): _NOT_YET,
    ('en', 'job_hours', None, 'full time 40 hrs mon to fri'): _NOT_YET,
    ('en', 'job_hours', None, 'usually 40 sometimes 45'): _NOT_YET,
    ('en', 'job_hours', None, '40hrs/wk, 8 hrs a day'): _NOT_YET,
    ('en', 'job_hours', None, '32-ish, part time'): _HOURS_DISAGREE,
    ('fr', 'job_hours', None, 'temps plein 40h du lundi au vendredi'): _NOT_YET,
    ('fr', 'job_hours', None, '40h parfois 45'): _NOT_YET,
    ('en', 'job_paid', None, 'unpaid internship for school'): _NOT_YET,
    ('en', 'job_paid', None, 'paid in cash no paystubs'): _NOT_YET,
    ('en', 'job_employee', None, 'self employed, cleaning houses'): _NOT_YET,
    ('en', 'job_employee', None, 'Yes but Maria is self employed'): _NOT_YET,
    ('fr', 'job_employee', None, 'contractuel avec un T4A'): _NOT_YET,
    ('en', 'job_student', None, 'only the first semester, then i graduated'): _NOT_YET,
    ('fr', 'job_student', None, "au debut oui puis j'ai gradue"): _NOT_YET,
    ('en', 'job_student_end', None, 'end of april 2024 after finals'): _NOT_YET,
    ('fr', 'job_student_end', None, 'fin avril 2024 apres mes examens'): _NOT_YET,
    ('en', 'job_authorized', None,
     'my permit expired but i applied to extend before, so maintained status'): _NOT_YET,
    ('en', 'job_authorized', None, 'i was on a visitor visa'): _VISITOR,
    ('en', 'job_authorized', None, 'yes was on a pgwp, no wait a study permit with off campus work'): _NOT_YET,
    ('en', 'job_more', None, 'Maria had a job too but no'): _NOT_YET,
    ('en', 'test_kind', None, 'ielts academic no wait general'): _NOT_YET,
    ('en', 'test_kind', None, 'i did ielts, Maria did celpip'): _IELTS_VERSION,
    ('fr', 'test_kind', None, 'ielts academique non general'): _NOT_YET,
    ('en', 'test_date', None, 'took it in june 2025, results came in july'): _NOT_YET,
    ('en', 'test_date', None, 'last march'): _LAST_MONTH,
    ('en', 'test_date', None, 'between may and june 2025'): _NOT_YET,
    ('fr', 'test_date', None, "j'me rappelle plus"): _NOT_YET,
    ('fr', 'test_date', None, 'en mars passé'): _LAST_MONTH,
    ('en', 'scores', 'ielts_general', 'L8 R7 W7 S7 no wait writing 6.5'): _NOT_YET,
    ('en', 'scores', 'celpip_general', 'club 9 in all'): _NOT_YET,
    ('fr', 'scores', 'celpip_general', "9 partout sauf l'ecrit 8"): _NOT_YET,
    ('en', 'test_more', None, 'Maria did the TEF but i didnt'): _NOT_YET,
    ('fr', 'test_more', None, 'non mais Maria a fait le tcf'): _NOT_YET,
    ('fr', 'birth', None, "j'ai 31 non 30 ans"): _NOT_YET,
    ('en', 'marital', None, 'been living with my gf 2 years'): _TOGETHER,
    ('en', 'marital', None, 'married but separated since 2024'): _NOT_YET,
    ('en', 'marital', None, 'Single, Maria is just my gf'): _NOT_YET,
    ('en', 'marital', None, 'engaged'): _ENGAGED,
    ('en', 'marital', None, 'married to maria since 2020'): _NOT_YET,
    ('en', 'marital', None, 'divorced, remarried last year'): _NOT_YET,
    ('fr', 'marital', None, 'mariée non conjointe de fait en fait'): _NOT_YET,
    ('fr', 'marital', None, 'en couple avec ma blonde depuis 3 ans, on vit ensemble'): _TOGETHER,
    ('fr', 'marital', None, 'fiancee'): _ENGAGED,
    ('fr', 'marital', None, "divorcé, remarié l'an dernier"): _NOT_YET,
    ('fr', 'marital', None, 'marié avec Maria depuis 2020'): _NOT_YET,
    ('en', 'spouse_citizen', None, 'Maria became a citizen last year'): _CITIZEN_OF,
    ('en', 'spouse_accompanying', None, 'shes already here with me on an owp'): _NOT_YET,
    ('fr', 'spouse_accompanying', None, 'elle est deja ici avec moi'): _NOT_YET,
    ('fr', 'spouse_education', None, 'licence non master'): _TWO_OPTIONS_NO,
    ('en', 'spouse_test_kind', None, 'not yet, shes booked for tef'): _NOT_YET,
    ('en', 'spouse_work', None, 'Maria worked 2 years at a daycare here'): _NOT_YET,
    ('en', 'spouse_work', None, 'like 2 and a half years'): _ROUGH_YEARS,
    ('en', 'spouse_work', None, 'between 1 and 2 years'): _YEARS_RANGE,
    ('en', 'spouse_work', None, 'none, she worked back home only'): _NOT_YET,
    ('en', 'spouse_work', None, 'three no wait four'): _NOT_YET,
    ('fr', 'spouse_work', None, 'environ deux ans et demi'): _ROUGH_YEARS,
    ('fr', 'spouse_work', None, 'aucune, juste au bresil'): _NOT_YET,
    ('fr', 'spouse_work', None, 'entre 1 et 2 ans'): _YEARS_RANGE,
    ('en', 'education_level', None, 'i did a bsc in nigeria then a 1 yr pg diploma at humber'): _TWO_CREDENTIALS,
    ('en', 'education_level', None, 'high school, then 1 yr of college not finished'): _NOT_YET,
    ('fr', 'education_level', None, 'baccalaureat non maitrise'): _TWO_OPTIONS_NO,
    ('fr', 'education_level', None, "j'ai fait une licence au maroc puis un master en france"): _NOT_YET,
    ('fr', 'education_level', None, 'un DEP de 1 an'): _NOT_YET,
    ('en', 'education_where', None, 'in india, eca done 2023'): _DATED_ECA,
    ('en', 'education_where', None, 'india, havent done the eca yet'): _NO_ECA_YET,
    ('en', 'education_where', None, 'philippines, wes from 2018'): _DATED_ECA,
    ('en', 'education_where', None, 'got my wes report, canadian equivalent of a bachelors'): _NOT_YET,
    ('en', 'education_where', None, 'abroad, eca expired last year'): _DATED_ECA,
    ('fr', 'education_where', None, 'au maroc, EDE recue en 2024'): _DATED_ECA,
    ('fr', 'education_where', None, "WES m'a donne l'equivalent d'un bac canadien"): _NOT_YET,
    ('fr', 'education_where', None, "a l'etranger, mon ede date de 2018"): _DATED_ECA,
    ('en', 'canadian_credential', None, 'still in my 2nd year, graduating may'): _NOT_COMPLETED,
    ('fr', 'canadian_credential', None, 'en cours, je finis en mai'): _NOT_COMPLETED,
    ('en', 'foreign_work', None, 'like 2 and a half years'): _ROUGH_YEARS,
    ('en', 'foreign_work', None, 'between 2 and 3 years'): _YEARS_RANGE,
    ('fr', 'foreign_work', None, 'a peu pres 2 ans et demi'): _ROUGH_YEARS,
    ('fr', 'foreign_work', None, 'entre 2 et 3 ans'): _YEARS_RANGE,
    ('en', 'certificate', None, 'no, just my college diploma'): _NOT_YET,
    ('en', 'certificate', None, 'doing my apprenticeship still'): _NOT_YET,
    ('fr', 'certificate', None, 'non juste mon diplome'): _NOT_YET,
    ('fr', 'certificate', None, 'en apprentissage encore'): _NOT_YET,
    ('fr', 'sibling', None, "ma soeur est ici mais en permis d'etudes"): _SIBLING_TEMP,
    ('fr', 'sibling', None, 'mon frere a 16 ans, il est citoyen'): _SIBLING_16,
}


def test_the_twenty_first_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 396 and sum(e.lang == "en" for e in entries) == 206
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # with session 23's reading of a test named with who took it (« elle a son ielts general, 6 partout »): 1 more
    # with leftovers 10's reading of an ECA applied for or in process (abroad, no ECA yet; the 5 rows written "ask"
    # while the house read it two ways now expect it): 5 more
    # leftovers 11: "29, 30 in january", « 29 ans, 30 en janvier »: the age now, the birthday kept: 2 more
    assert "Read right 295, misread 0, asked needlessly 14, refused needlessly 85" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_nothing_of_round_twenty_one_is_stored_otherwise_than_meant() -> None:
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask") and not got.startswith(("unchanged", "offer:"))}
    assert otherwise == {}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_twenty_one_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_twenty_one(key: tuple[str, str, str | None, str],
                                         request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


# -- the partner called by their first name ------------------------------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("spouse_test_kind", "Maria has a celpip 9", "en", "celpip_general"),
    ("spouse_test_kind", "Maria a fait le tef canada", "fr", "tef_canada"),
    ("spouse_test_kind", "i did ielts, maria did celpip", "en", "celpip_general"),
    ("spouse_test_kind", "moi ielts, Maria tcf", "fr", "tcf_canada"),
    ("spouse_education", "maria did her masters in brazil", "en", "master"),
    ("spouse_education", "Maria a une maitrise", "fr", "master"),
    ("spouse_education", "i have a masters, maria has a bachelors", "en", "bachelor"),
    ("spouse_education", "moi j'ai un bac, Maria une maitrise", "fr", "master"),
    ("spouse_education", "Ahmed has a phd", "en", "doctoral"),
    ("spouse_citizen", "maria is a PR since 2023", "en", True),
    ("spouse_work", "Maria a travaille 2 ans ici", "fr", "2"),
])
def test_the_partner_called_by_name_at_the_partners_questions(question: str, typed: str, lang: str,
                                                               stored: str | bool) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("Maria got 7 7 6.5 7", "en", (7.0, 7.0, 6.5, 7.0)), ("Maria a eu 7 partout", "fr", (7.0, 7.0, 7.0, 7.0)),
])
def test_the_partners_scores_with_the_partners_name(typed: str, lang: str, stored: tuple[float, ...]) -> None:
    entry = corpus.Entry(lang, "spouse_scores", "ielts_general", typed, '"' + "/".join(f"{s:g}" for s in stored)
                         + '"')
    assert corpus.run([entry])[0][2], corpus.outcome(entry)


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("foreign_work", "Maria has 5 years, i have 1", "en", "1"),
    ("foreign_work", "moi 1 an, Maria 5", "fr", "1"),
    ("birth", "Maria is 31, im 29", "en", {"age": 29}),
    ("birth", "moi 29, Maria 31", "fr", {"age": 29}),
])
def test_the_partner_called_by_name_beside_ones_own_answer_is_set_aside(question: str, typed: str, lang: str,
                                                                       stored: object) -> None:
    entry = corpus.Entry(lang, question, None, typed, json.dumps(stored))
    assert corpus.run([entry])[0][2], corpus.outcome(entry)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("test_kind", "Maria has a celpip 9", "en"),  # the partner's test is not the person's
    ("test_kind", "Maria a fait le tef", "fr"),
    ("education_level", "Maria has a masters", "en"),
])
def test_the_partner_called_by_name_is_never_ones_own(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind != "stored"


@pytest.mark.parametrize(("question", "typed"), [
    # a word before a verb that is no first name: kept as typed (« à » typed without its accent is no verb)
    ("spouse_education", "bac a montreal"), ("spouse_test_kind", "celpip is what she did"),
    ("spouse_education", "phd in progress, has a masters"),
    ("spouse_listening", "Listening 8 reading 7 writing 6"),
    ("spouse_work", "none, she worked back home only"),
])
def test_a_word_that_is_no_name_is_not_read_as_the_partner(question: str, typed: str) -> None:
    assert named_partner(question, typed) == typed


@pytest.mark.parametrize(("question", "typed"), [
    # at a job's questions a name may be a boss's or a client's: never set aside as the partner's
    ("job_paid", "Ahmed paid me cash, i worked for him"),
])
def test_a_name_at_a_jobs_question_is_not_the_partner(question: str, typed: str) -> None:
    assert named_partner(question, typed) == typed


# -- autocorrect slips of the tests' names and of the marital statuses ------------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("test_kind", "Itself general", "en", "ielts_general"), ("test_kind", "Celtic", "en", "celpip_general"),
    ("test_kind", "i did the celtic general last year", "en", "celpip_general"),
    ("test_kind", "Pete core", "en", "pte_core"), ("test_kind", "Teff canada", "fr", "tef_canada"),
    ("spouse_test_kind", "she did the Itself general", "en", "ielts_general"),
    ("marital", "seperated", "en", "separated"), ("marital", "common lae", "en", "common_law"),
    ("marital", "conjoint de faits", "fr", "common_law"),
])
def test_an_autocorrected_name_is_read(question: str, typed: str, lang: str, stored: str) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("tef canada for french", "en", "tef_canada"), ("le tcf pour le francais", "fr", "tcf_canada"),
    ("j'ai fait mon ielts general, 7 partout", "fr", "ielts_general"), ("i did my celpip", "en", "celpip_general"),
])
def test_a_test_named_with_its_language_or_as_mine(typed: str, lang: str, stored: str) -> None:
    outcome = answer("test_kind", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_ielts_for_english_still_has_two_versions() -> None:
    assert answer("test_kind", "ielts for english").kind != "stored"


def test_itself_alone_has_two_versions_as_ielts_alone() -> None:
    assert answer("test_kind", "Itself").kind != "stored"


# -- the partner's status said with its time, or with its genders mixed ---------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("Maria est resident permanente", "fr", True), ("elle est residente permanent", "fr", True),
    ("she became a PR last year", "en", True), ("she became a PR in 2024", "en", True),
    ("elle est devenue citoyenne canadienne", "fr", True),
    ("elle a demandé la RP, en attente", "fr", False), ("she applied for pr, waiting", "en", False),
])
def test_the_partners_status_said_in_a_sentence(typed: str, lang: str, stored: bool) -> None:
    outcome = answer("spouse_citizen", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


def test_a_status_waited_for_is_never_held() -> None:
    assert answer("spouse_citizen", "she became a PR applicant last year").value is not True


# -- a date left unfinished before its correction -------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("june 14 no wait june 21 2025", "en", "2025-06-21"), ("14 juin non 21 juin 2025", "fr", "2025-06-21"),
])
def test_a_date_corrected_before_its_year(typed: str, lang: str, stored: str) -> None:
    outcome = answer("test_date", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome


@pytest.mark.parametrize(("typed", "date"), [
    ("june 14 2025 no wait june 21", True),  # fewer numbers after the slip: not the whole date, as before
    ("40 no 8 hours 5 days", False),  # more numbers after the slip where no date is asked: as before
])
def test_only_a_whole_date_after_the_slip_is_taken(typed: str, date: bool) -> None:
    assert corrected_in_place(typed, date) is None
