"""Leftovers 10: known gaps left by earlier sessions (tests/e2e/test_leftovers10_chat.py plays them in the chat).

1. An ECA applied for, under way or planned, said at "Where did you earn that credential?" ("india, wes applied",
   « au maroc, EDE en cours ») or with the level ("masters from india, wes pending"). The house read it two ways:
   the places corpus and fresh3 expected it refused (asked again), fresh15/16/18/20 expected "abroad". RULES.md 3
   settles one reading: a foreign credential counts only with an ECA, so one applied for earns no points now; the
   credential is abroad all the same. Now: "Outside Canada, no ECA (yet)", with why (answers.eca_under_way) and
   how to change it once the ECA comes; both "Outside Canada" options are still asked when words of an ECA
   received stand beside (« got my wes, waiting for the second »). Probed 30 phrasings (19 English, 11 French)
   written before the code was read: 27 wrong before (23 refused, 2 stored as with an ECA: « tunisie, j'attends mon
   EDE », « côte d'ivoire, l'EDE est en traitement », 2 levels refused as unfinished: "masters, doing my wes",
   « master en Algérie, EDE en cours »), 30 of 30 right now. Corpora changed: places (3 rows refuse -> "abroad"),
   fresh3 (1 row); the pins of fresh5, 15, 16, 18 and 20 count the rows now read.
2. A partner's foreign degree without an ECA. RULES.md 3 asks an ECA of the person's own foreign credential and
   lists the spouse factors by level only: silent on the partner's ECA. The partner's education is counted as
   given, and the CRS result (Details always, the message when there is room) says our rules are silent on it;
   a strict xfail keeps asking about it for when a rule says.
3. "does freelance count?", "what about my uber hours?", « est-ce que le travail autonome compte ? » at the work
   questions. Probed 28 phrasings (18 English, 10 French) at 12 questions: 0 answered before (refused with "yes
   or no" / "a number", or titles offered), 27 now (RULES.md 1, then the same question); "does contract work
   count?" is left as it was (a contract employee is an employee).
4. The first result screen with several "not sure" answers: "you were not sure" said once above the list, and the
   ways to find out shorter. Five "not sure" (where, employee, student, authorized, test date): 1,837 -> 1,740
   characters in English, 2,292 -> 2,118 in French; the content is the same.
5. « en couple », "in a relationship", "with my gf". Probed 17 phrasings: 5 offered Married and Common-law only,
   9 were refused with the engaged explanation; now 12 offer the three statuses a couple may be (married,
   common-law, or neither: single) with a line saying which is which, the 2 said not married offer Single and
   Common-law; "boyfriend", "living with gf" (refused, explained) and "partner" (two) are as before.
"""

from __future__ import annotations

import pytest

from flows import conversation as talk
from flows.profile_builder import build_profile
from flows.questions import BY_ID
from flows.rendering import approximate_block, crs_text
from flows.replies import h
from flows.texts import catalog
from flows.undo import public
from flows.verdict_text import shown_length, verdict_text

from .test_typed_answers_audit import BEFORE, TODAY, answer, waiting_at

_UNDER_WAY_EN = [
    "india, wes applied", "pakistan - applied for WES last month", "nigeria, eca pending",
    "philippines, waiting for wes", "india. wes in process", "bangladesh eca in progress",
    "abroad, eca not received yet",
    "outside canada, applied eca", "india, will get wes soon", "nepal, submitted to wes", "applied for wes",
    "waiting on my eca", "outside canada eca processing", "in ghana, eca refused", "india, need to do eca",
]
_UNDER_WAY_FR = [
    "au maroc, EDE en cours", "en algerie, EDE demandée", "tunisie, j'attends mon EDE",
    "au senegal, ede en attente", "hors du canada, EDE pas encore recue", "cameroun, je vais faire l'EDE",
    "maroc, demande d'EDE envoyée",
    "a l'etranger, EDE en cours", "côte d'ivoire, l'EDE est en traitement", "en france, j'ai demandé l'EDE",
]


# -- 1. an ECA under way: abroad, no ECA yet, said why ---------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang"),
                         [(t, "en") for t in _UNDER_WAY_EN] + [(t, "fr") for t in _UNDER_WAY_FR])
def test_an_eca_under_way_is_abroad_without_an_eca_and_said_why(typed: str, lang: str) -> None:
    outcome = answer("education_where", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", "abroad"), outcome
    assert outcome.first == f"ℹ️ {h(catalog(lang).t('answers.eca_under_way'))}", outcome


@pytest.mark.parametrize(("typed", "lang", "level"), [
    ("masters from india, wes pending", "en", "master"),
    ("bachelors in nigeria, applied for wes", "en", "bachelor"),
    ("masters, doing my wes", "en", "master"), ("master en Algérie, EDE en cours", "fr", "master"),
    ("licence au maroc, EDE en attente", "fr", "bachelor"),
])
def test_an_eca_under_way_said_with_the_level_answers_both(typed: str, lang: str, level: str) -> None:
    screening = waiting_at("education_level")
    reply = talk.handle_text(screening, typed, lang, TODAY)
    answers = public(screening.answers)
    assert not reply.error and answers["education_level"] == level and answers["education_where"] == "abroad"
    text = "\n\n".join(m.text for m in reply.messages)
    assert text.startswith(f"ℹ️ {h(catalog(lang).t('answers.eca_under_way'))}\n\n"), text
    # said once: not also "Where you earned it: Outside Canada, no ECA (yet), as you said"
    assert h(catalog(lang).t("answers.where_said_too", where="").split(":")[0]) not in text


@pytest.mark.parametrize(("typed", "lang"), [
    ("got my wes, waiting for the second", "en"), ("india, wes done", "en"), ("maroc, EDE faite", "fr"),
])
def test_an_eca_received_is_never_read_as_not_held(typed: str, lang: str) -> None:
    outcome = answer("education_where", typed, lang)
    assert outcome.value == "abroad_eca" or (outcome.kind == "asked" and "abroad_eca" in outcome.choices), outcome


@pytest.mark.parametrize(("typed", "lang"), [("toronto, wes pending", "en"), ("india, not yet", "en"),
                                             ("masters in progress", "en"), ("master en cours", "fr")])
def test_what_the_eca_does_not_settle_is_still_asked(typed: str, lang: str) -> None:
    question = "education_level" if "progress" in typed or "cours" in typed else "education_where"
    assert answer(question, typed, lang).kind in ("refused", "asked")


def test_the_answer_counts_no_points_until_the_eca_comes() -> None:
    screening = waiting_at("education_where")
    talk.handle_text(screening, "india, wes applied", "en", TODAY)
    education = build_profile(public(screening.answers), TODAY)["education"]
    assert education["in_canada"] is False and education["eca"] is False


# -- 2. a partner's foreign degree without an ECA ---------------------------------------------------------------
def _crs_result(lang: str, **answers: object) -> str:
    """The CRS result as its message says it when there is room, then its Details."""
    screening = waiting_at("sibling")
    screening.answers.update(answers)
    reply = talk.handle_text(screening, "no" if lang == "en" else "non", lang, TODAY)
    assert screening.state == "crs_result" and not reply.error and reply.result is not None
    return f"{crs_text(reply.result, lang)}\n\n{verdict_text(reply.result, lang)}"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_partner_points_say_that_rules_are_silent_on_their_eca(lang: str) -> None:
    # RULES.md 3: "a foreign one counts only with an ECA" is said of the person's own education; the spouse factors
    # list the partner's points by level and say nothing of an ECA. Said where the partner's points are shown.
    note = h(catalog(lang).t("verdict.crs_spouse_education"))
    shown = _crs_result(lang, spouse_education="master")
    assert shown.count(note) == 2  # on the CRS message, and in Details (where it stays when the message is long)
    assert note not in _crs_result(lang, spouse_education="less_than_secondary")  # no points to doubt
    assert note not in _crs_result(lang, spouse_education="master", spouse_citizen=True)  # not scored


_PARTNER_ECA = "RULES.md 3 says a foreign credential counts only with an ECA for the person's own education and " \
               "is silent on the partner's: whether a partner's foreign degree without an ECA earns the spouse " \
               "factor's education points is not settled there, so it is counted as given and the result says " \
               "so (verdict.crs_spouse_education); asking where it was earned and whether it is assessed waits " \
               "for a rule"


@pytest.mark.xfail(strict=True, reason=_PARTNER_ECA)
def test_a_partners_foreign_degree_without_an_eca_is_asked_about() -> None:
    assert "spouse_education_where" in BY_ID


# -- 3. "does freelance count?" at a question on work in Canada ------------------------------------------------
_SELF_EMPLOYMENT_ASKED = [
    ("canadian_work", "does freelance count?", "en"), ("canadian_work", "what about my uber hours?", "en"),
    ("canadian_work", "i do uber, does that count", "en"), ("canadian_work", "self employed does it count?", "en"),
    ("canadian_work", "is doordash ok?", "en"), ("canadian_work", "freelance?", "en"),
    ("canadian_work", "est-ce que le travail autonome compte ?", "fr"),
    ("canadian_work", "et mes heures uber ?", "fr"),
    ("canadian_work", "je suis travailleur autonome, ca compte?", "fr"),
    ("canadian_work", "pigiste ca compte", "fr"),
    ("job_employee", "does freelance count?", "en"), ("job_employee", "what about my uber hours?", "en"),
    ("job_employee", "i was a contractor, does that count?", "en"),
    ("job_employee", "est-ce que le travail autonome compte ?", "fr"),
    ("job_employee", "a mon compte, ca compte?", "fr"),
    ("job_hours", "what about my uber hours?", "en"), ("job_hours", "does freelance count?", "en"),
    ("job_hours", "le travail autonome ca compte?", "fr"), ("job_more", "what about my uber hours?", "en"),
    ("job_more", "et mes heures uber ?", "fr"), ("job_more", "does freelance count", "en"),
    ("job_paid", "does self employment count", "en"), ("job_occupation", "does freelance count?", "en"),
    ("job_occupation", "est ce que le travail autonome compte", "fr"),
    ("job_authorized", "does gig work count?", "en"),
    ("job_ongoing", "does my doordash count?", "en"), ("job_start", "et le travail à mon compte?", "fr"),
]


@pytest.mark.parametrize(("question", "typed", "lang"), _SELF_EMPLOYMENT_ASKED)
def test_self_employment_asked_about_is_answered_then_the_same_question(question: str, typed: str,
                                                                        lang: str) -> None:
    screening = waiting_at(question)
    before = public(screening.answers)
    reply = talk.handle_text(screening, typed, lang, TODAY)
    c = catalog(lang)
    assert reply.messages[0].text == \
        f"ℹ️ {h(c.t('asked_back.self_employment'))} {h(c.t('asked_back.answer_below'))}"
    assert reply.messages[-1].text == talk.question_message(screening, lang, TODAY).text
    assert public(screening.answers) == before and screening.state == question  # nothing stored


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_employee", "no, freelance", "en", False), ("job_employee", "non, travailleur autonome", "fr", False),
    ("canadian_work", "yes, uber driver", "en", True),
])
def test_an_answer_that_names_self_employment_is_still_an_answer(question: str, typed: str, lang: str,
                                                                 stored: object) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind == "stored" and outcome.value == stored) or outcome.kind == "offered", outcome


# -- 5. « en couple », "in a relationship", "with my gf" at the marital status -----------------------------------
_COUPLE = [("en couple", "fr"), ("en couple depuis 3 ans", "fr"), ("on est en couple", "fr"),
           ("je suis en couple", "fr"), ("avec ma copine", "fr"), ("avec mon copain", "fr"),
           ("in a relationship", "en"), ("with my gf", "en"),
           ("with my girlfriend", "en"), ("couple", "en"), ("im in a relationship", "en"), ("with my bf", "en")]


@pytest.mark.parametrize(("typed", "lang"), _COUPLE)
def test_a_couple_is_asked_with_the_three_statuses_it_may_be(typed: str, lang: str) -> None:
    outcome = answer("marital", typed, lang)
    assert outcome.kind == "asked" and outcome.choices == ["married", "common_law", "single"], outcome
    assert outcome.first == f"❓ {h(catalog(lang).t('answers.marital_couple', typed=typed))}"


@pytest.mark.parametrize(("typed", "lang"), [("en couple, pas mariés", "fr"),
                                             ("in a relationship, not married", "en")])
def test_a_couple_not_married_is_asked_single_or_common_law(typed: str, lang: str) -> None:
    outcome = answer("marital", typed, lang)
    assert outcome.kind == "asked" and set(outcome.choices) == {"single", "common_law"}, outcome


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("married", "en", "married"), ("conjoints de fait", "fr", "common_law"), ("single", "en", "single")])
def test_a_status_named_is_still_read(typed: str, lang: str, stored: str) -> None:
    assert answer("marital", typed, lang).value == stored


# -- 4. the first result screen with several uncertain answers: shorter wording -----------------------------------
def _verdict_with_five_unsure(lang: str) -> str:
    """Not sure where they will live, whether an employee, a full-time student, authorized, and of the test's
    date: the first result screen, as the chat sends it."""
    unsure, yes_no = ("not sure", {}) if lang == "en" else ("je ne sais pas", {"yes": "oui", "no": "non"})
    typed = {**BEFORE, "test_kind": "IELTS GT", "test_listening": "8 7 7 7"}
    screening = talk.new_screening()
    shown = ""
    for _ in range(80):
        asked = screening.state
        if asked == "verdict":
            return shown
        if asked in ("quebec", "job_employee", "job_student", "job_authorized", "test_date"):
            reply = talk.handle_text(screening, unsure, lang, TODAY)
        else:
            reply = talk.handle_text(screening, yes_no.get(typed[asked], typed[asked]), lang, TODAY)
        assert not reply.error and screening.state != asked, (asked, reply.messages[0].text)
        shown = reply.messages[0].text
    raise AssertionError("never reached the verdict")


@pytest.mark.parametrize(("lang", "before"), [("en", 1837), ("fr", 2292)])
def test_not_sure_is_said_once_above_the_list(lang: str, before: int) -> None:
    text = _verdict_with_five_unsure(lang)
    c = catalog(lang)
    assert h(c.t("uncertain.deciding_unsure")) in text
    bullets = [line for line in text.split("\n") if line.startswith("• ")]
    assert len(bullets) == 4  # employee, student, authorized, test date
    said = c.t("uncertain.unsure", label="", how="").strip(" :.")  # "you were not sure"
    assert not any(said in line for line in bullets)
    # measured with the wording before leftovers 10 (same answers, same day): 1,837 characters in English, 2,292
    # in French; the content is the same, the wording shorter
    assert shown_length(text) < before - 90


def test_a_day_not_known_keeps_its_own_words_beside_not_sure() -> None:
    result = {"approximate": {"decisive": True, "favourable": {"verdict": "eligible", "eligible_on": None,
                                                               "crs_total": None, "required_clb": 7,
                                                               "hours_short": 0, "qualifying_hours": 2000},
                              "deciding": [("job_start", 0), ("job_employee", 0)]},
              "verdict": "not_eligible", "eligible_on": None, "required_clb": 7, "qualifying_hours": 0,
              "hours_ledger": {"jobs": []}}
    answers = {"jobs": [{"job_start": "2024-03", "job_employee": "unsure"}]}
    text, buttons = approximate_block(result, answers, catalog("en"))
    assert "What decides it:" in text and "you gave March 2024 without the day" in text
    assert "Job 1 · employee: you were not sure." in text and len(buttons) == 2
