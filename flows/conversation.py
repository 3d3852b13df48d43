"""The conversation, front-end free: a screening plus what the user did gives the reply to show.

Telegram and the terminal both call these functions; they only differ in how they draw a reply.
Texts are HTML (escaped; <b>, <i>, <a> only) so Telegram shows them as they are and the terminal
strips the tags.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from pydantic import ValidationError

from eligibility import job_titles
from eligibility.occupations import listed_under_several, unit_group
from eligibility.tables import links
from flows import birthday_soon, quebec
from flows.age_said import age_said_with_more
from flows.answer_words import (
    ABOUT_MARK,
    age_before_birthday,
    age_with_status,
    ask_if_two,
    canadian_credential_length,
    choice_label,
    citizen_not_yet,
    contractions_spelled,
    corrected_in_place,
    correction,
    credential_from_abroad,
    credential_not_completed,
    date_after_slip,
    date_said,
    eca_under_way,
    figures_retyped,
    hours_in_words,
    leading_yes_no,
    maintained_for_another_permit,
    months_of_part,
    names_engaged,
    names_job_date,
    names_job_offer,
    names_maintained_status,
    names_partner_status,
    names_quebec_vocational,
    names_refugee_claim,
    names_visitor_status,
    ordinary_answer,
    partner_already_here,
    partner_sibling_only,
    partner_stays_behind,
    relative_not_sibling,
    rounded_hours,
    same_as_mine,
    says_no_test,
    set_end_unsaid,
    sibling_status,
    sibling_under_18,
    sounds_like_a_change,
    spelled_date,
    spelled_numbers,
    status_aside,
    test_not_in_hand,
    wants_back,
    who_pays_child_care,
    with_halves,
    without_address,
    without_aside,
    without_hesitation,
    without_signs,
    work_abroad_too,
    work_years_elsewhere,
    yes_abroad,
    yes_not_held_yet,
    yes_not_nomination,
    yes_not_trade_certificate,
    yes_other_subject,
)
from flows.approximate_dates import ABOUT
from flows.asked_back import (
    asks_a_question_of_its_own,
    asks_about_the_question,
    asks_if_contract_counts,
    asks_if_self_employment_counts,
    shares_a_word,
    topic,
)
from flows.chart_replies import chart_buttons, profile_for
from flows.estimates import ESTIMATE
from flows.hours_asides import date_without_aside, hours_without_work_words
from flows.improvements_view import PARTNER
from flows.improvements_view import handle_text as improvements_text
from flows.improvements_view import menu_button as improvements_button
from flows.job_span import NOW, job_span
from flows.machine import CHECKPOINTS, FIRST, FIRST_CRS, VERDICT, Screening, fire
from flows.not_a_title import about_the_job
from flows.parsing import (
    EARLIEST,
    LEVELS_MARK,
    Ambiguous,
    InvalidAnswer,
    Levels,
    fold,
    is_month_only,
    level_score,
    levels_of_button,
    month_bounds,
    month_words,
    names_leave,
    names_unpaid_leave,
    parse,
    parse_date,
    parse_levels,
    parse_noc,
    parse_score,
    parse_scores,
    parse_yes_no,
    planned_end_horizon,
    scores_typed_ahead,
    tidy,
)
from flows.pickers import (
    day_page,
    match_buttons,
    month_name,
    parse_pick,
    picker_buttons,
    plan_buttons,
    plan_days,
    teer_buttons,
)
from flows.places import abroad_in_title
from flows.profile_builder import MONTH_EDGES, tests_of_unsure_date
from flows.questions import (
    ABILITIES,
    BY_ID,
    LEVEL_OF,
    PARTLY,
    QUESTIONS,
    SIBLING_WHOSE,
    TEERS,
    TESTS,
    UNSURE,
    Question,
    counts_nowhere,
    may_be_physician,
    planned_end,
    spouse_counts,
)
from flows.reminders import menu_button as reminders_button
from flows.rendering import (
    DATE_OF_KIND,
    answer_values,
    approximate_block,
    asks_something_else,
    can_add,
    crs_text,
    decimal,
    earlier_date_key,
    echo,
    item_id,
    labels,
    question_key,
    question_message,
    summary,
    test_kind,
    verdict_reminder,
)
from flows.replies import Button, OutMessage, Reply, h
from flows.result_view import (
    AGE_WARNINGS,
    DETAILS,
    SHORT_MESSAGE,
    glance,
    own_expired,
    partner_expired,
    short_caveat,
    skipped_jobs,
    without_a_test,
)
from flows.results import careful_favour, result_for_answers
from flows.rounds_view import menu_button as rounds_button
from flows.studies_ended import studies_ended
from flows.test_carried import test_said
from flows.test_named import LABELS as TEST_LABELS
from flows.test_named import QUESTIONS_OF_A_TEST, other_test_named, without_test_date
from flows.texts import Catalog, catalog
from flows.title_carried import title_said
from flows.trade_certificate import names_a_trade_certificate
from flows.uncertainty import crs_note
from flows.undo import before_change, forget, remember, restore
from flows.verdict_text import expired_test_note, month_only_note, shown_length
from flows.whose import named_partner, only_before_window, own_answer, own_sibling_named

__all__ = ["Button", "OutMessage", "Reply", "h", "question_key", "question_message", "summary", "where_you_were"]

FLOW_VERSION = 2
PLANNED = "_apply_on"  # a planned application day chosen after the verdict (ISO date)
SAID_CAVEATS = "_caveats_said"  # the CRS caveats already shown in this screening (ids)
# Whether the sibling question was asked about "you or your spouse" (questions.spouse_counts): a "yes" then may be
# the partner's sibling, which counts only while the partner is an accompanying spouse (RULES.md section 3).
SIBLING_WITH_SPOUSE = "_sibling_with_spouse"
ECHO_ROOM = 60  # the answer shown above a result ("✅ ...") takes up to this many characters
# Questions that change only the CRS, whose careful answer (fewer points) is plain: "not sure" is told to choose it
_CRS_ONLY_CAREFUL = {"sibling": "no", "nomination": "no", "certificate": "no", "foreign_work": "0",
                     "spouse_work": "0", "canadian_credential": "none", "spouse_test_kind": "none"}
# The job title whose occupations are offered to tap: {"at": question key, "typed": title, "lang": searched in}.
# Kept until the next answer, so the same choices come back after /language (in the new language) or /start.
TITLES = "_titles_offered"
ADDING = "_adding"  # the job or test added from the summary and not yet finished: "job:1", "test:1"


def _span(value: str, today: dt.date) -> tuple[str, str]:
    """The earliest and latest day a date answer may mean (a month-only answer spans its month)."""
    first, last = month_bounds(value, today)
    return first.isoformat(), last.isoformat()


def _four_scores(text: str, kind: str) -> dict[str, float] | None:
    """The four scores read in `text`, or None when they are not four or are refused."""
    try:
        scores = parse_scores(text, kind)
    except InvalidAnswer:
        return None
    return scores if scores is not None and len(scores) == len(ABILITIES) else None


def _whole_year_checked(screening: Screening, question: Question, year: str, today: dt.date) -> None:
    """A year typed for a job's start or end whose every month is impossible beside the other end ("no, quit in
    2022" for a job that started in January 2023): refused with why, as a month of it would be, rather than its
    months offered to tap (round 22)."""
    if question.id in ("job_end", "job_student_end") and re.fullmatch(r"\d{4}", str(year), re.ASCII):
        _check_together(screening, question, f"{year}-12", today)
    elif question.id == "job_start" and re.fullmatch(r"\d{4}", str(year), re.ASCII):
        _check_together(screening, question, f"{year}-01", today)


def _check_together(screening: Screening, question: Question, value: Any, today: dt.date) -> None:
    """Checks that need another answer: a job cannot end before it starts."""
    item = screening.item_for(question)
    if value == UNSURE:
        return
    if question.id == "job_end" and "job_start" in item and _span(value, today)[1] < _span(item["job_start"],
                                                                                            today)[0]:
        raise InvalidAnswer("err.end_before_start", start=item["job_start"])
    if question.id == "job_start" and item.get("job_end") and _span(value, today)[0] > _span(item["job_end"],
                                                                                               today)[1]:
        raise InvalidAnswer("err.start_after_end", end=item["job_end"])
    if question.id == "job_student_end":  # studies that ended outside the job call for "No" or "Yes" instead
        job = screening.position["job"] + 1
        if "job_start" in item and _span(value, today)[1] < _span(item["job_start"], today)[0]:
            raise InvalidAnswer("err.studies_before_start", job=job, start=item["job_start"])
        if item.get("job_end") and _span(value, today)[0] >= _span(item["job_end"], today)[1]:
            raise InvalidAnswer("err.studies_after_end", job=job, end=item["job_end"])


_CONDITIONAL = tuple(question for question in QUESTIONS if question.when is not None)  # what _prune may drop


def _prune(screening: Screening) -> bool:
    """Drop the answers that no longer apply (a spouse after "single", jobs after "no more jobs"); True when
    any was dropped."""
    answers = screening.answers
    dropped = False
    for kind, more in (("jobs", "job_more"), ("tests", "test_more")):
        items = answers[kind]
        for index, item in enumerate(items):
            if item.get(more) is False or (kind == "tests" and item.get("test_kind") == "none"):
                dropped = dropped or len(items) > index + 1
                del items[index + 1:]
                break
        key = kind[:-1]
        screening.position[key] = min(screening.position[key], len(items) - 1)
    for question in _CONDITIONAL:
        holders = answers[f"{question.scope}s"] if question.scope in ("job", "test") else [answers]
        for item in holders:
            if question.id in item and not question.applies(answers, item):
                del item[question.id]
                dropped = True
    for job in answers["jobs"]:  # hours or a date dropped: their "said as an estimate" with them
        if ESTIMATE in job and "job_hours" not in job:
            del job[ESTIMATE]
    for item in [*answers["jobs"], *answers["tests"], answers]:
        for question_id, flag in (*ABOUT.items(), *LEVEL_OF.items()):  # a date's "about", a score's NCLC level
            if flag in item and question_id not in item:
                del item[flag]
    # The partner comparison's facts (birth date, work) go with the partner: a later partner is asked their own.
    if answers.get("marital") not in ("married", "common_law"):
        answers.pop(PARTNER, None)
    # A "yes" about "you or your spouse" once the partner no longer counts: asked again about the person alone.
    if answers.get("sibling") is True and answers.get(SIBLING_WITH_SPOUSE) and not spouse_counts(answers, answers):
        del answers["sibling"]
        dropped = True
    return dropped


def _filled(screening: Screening) -> set[tuple[str, int]]:
    """The jobs and tests that hold answers, as ("job", index) and ("test", index)."""
    answers = screening.answers
    return {(kind, index) for kind in ("job", "test") for index, item in enumerate(answers[f"{kind}s"])
            if any(key.startswith(f"{kind}_") for key in item)}


def _position_token(screening: Screening) -> str:
    return f"{screening.state}:{screening.position['job']}:{screening.position['test']}"


def _advance(screening: Screening) -> None:
    """Go to the next question that applies and is still unanswered (answers given earlier are kept)."""
    fire(screening)
    while screening.state not in CHECKPOINTS and screening.answered(BY_ID[screening.state]):
        fire(screening)  # passed over, not recorded: /back returns to the last question actually answered


_SCORES_OF = {kind: [*(f"{prefix}{a}" for a in ABILITIES), *(LEVEL_OF[f"{prefix}{a}"] for a in ABILITIES)]
              for kind, prefix in (("test_kind", "test_"), ("spouse_test_kind", "spouse_"))}


def accept(screening: Screening, value: Any, lang: str, today: dt.date, estimate: bool = False) -> Reply:
    """Store the answer to the current question and show what comes next; `estimate`: hours said as "about 28",
    or a job's start or end said as "around March 2023", kept as an estimate beside them (flows/estimates.py,
    flows/approximate_dates.py)."""
    question = BY_ID[screening.state]
    _check_together(screening, question, value, today)
    forget(screening.answers)
    screening.answers.pop(TITLES, None)  # answered: the choices offered are over
    at = _position_token(screening)
    screening.history.append(at)
    if question.id == "test_kind" and value == "none" and len(screening.answers["tests"]) > 1:
        _drop(screening, "test", screening.position["test"])  # "no test" here means: remove this one
        reply = walk_from_start(screening, lang, today)
        reply.echo = echo(question, value, catalog(lang))
        return reply
    item = screening.item_for(question)
    if question.kind == "age":
        screening.answers.pop(birthday_soon.BIRTHDAY, None)  # a new age: a birthday said with the old one is over
    if question.id == quebec.QUESTION and value is True:  # said at once, and the screening waits here
        screening.history.pop()  # nothing to go back to from here but this same question
        item[question.id] = value
        reply = show(screening, lang, today)
        reply.echo = echo(question, value, catalog(lang))
        return reply
    # A changed answer may drop others: they are kept until the next answer, for /back to bring them back.
    earlier = before_change(screening.answers) if item.get(question.id, value) != value else None
    removed = False
    if question.id in _SCORES_OF and item.get(question.id, value) != value:
        for score in _SCORES_OF[question.id]:  # scores of another test mean nothing on this one's scale
            removed = item.pop(score, None) is not None or removed
    date_id = DATE_OF_KIND.get(question.id)
    if date_id is not None and item.get(question.id, value) != value and date_id in item:
        # Another kind is most likely another result, taken another day (the person's or the partner's): its date
        # is asked, the old one offered as a button (flows/rendering.py), never kept unasked under the new name.
        about = ABOUT.get(date_id)
        item[earlier_date_key(date_id)] = [item.pop(date_id), bool(about and item.get(about))]
        removed = True
    item[question.id] = value
    item.pop(LEVEL_OF.get(question.id, ""), None)  # a score typed: no longer the level typed before it
    if question.id in DATE_OF_KIND.values():
        item.pop(earlier_date_key(question.id), None)  # answered: the replaced test's date is no longer offered
    flag = ESTIMATE if question.id == "job_hours" else ABOUT.get(question.id)
    if flag is not None:  # an exact figure or date given later replaces the estimate
        if estimate:
            item[flag] = True
        else:
            item.pop(flag, None)
    if question.id == "sibling":
        screening.answers[SIBLING_WITH_SPOUSE] = spouse_counts(screening.answers, screening.answers)
    before = _filled(screening)
    undoable = (_prune(screening) or removed) and earlier is not None
    if undoable and earlier is not None:
        remember(screening.answers, at, earlier)
    dropped = [(kind, index) for kind, index in before if (kind, index) not in _filled(screening)]
    _advance(screening)
    reply = show(screening, lang, today)
    c = catalog(lang)
    reply.echo = echo(question, value, c)
    if dropped:  # "no more jobs" or "no job in Canada" after going back: what that drops is said, never silently
        said = " ".join(c.t(f"summary.removed_{kind}", job=index + 1, test=index + 1) for kind, index in dropped)
        if undoable:
            said = f"{said} {c.t('summary.undo_hint')}"
        reply.messages[0].text = f"🗑 {h(said)}\n\n{reply.messages[0].text}"
    # "Not sure" where they will live: the condition said at once (under a verdict, the verdict says it)
    if question.id == quebec.QUESTION and value == UNSURE and screening.state not in CHECKPOINTS:
        reply.messages[0].text = f"{quebec.unsure_note(lang)}\n\n{reply.messages[0].text}"
    if question.id in MONTH_EDGES and isinstance(value, str) and is_month_only(value) \
            and counts_nowhere(item) is None:  # the day its hours rest on, said at once (a month has 28 to 31)
        first, last = month_bounds(value, today)
        note = month_only_note(question.id, screening.position["job"] + 1, value,
                               first if question.id == "job_end" else last, c)
        reply.messages[0].text = f"ℹ️ {h(note)}\n\n{reply.messages[0].text}"
    if question.id == "test_date" and (expired := expired_test_note(value, today, c)) is not None:
        reply.messages[0].text = f"ℹ️ {h(expired)}\n\n{reply.messages[0].text}"
    why_not = counts_nowhere(item) if question.scope == "job" else None
    if why_not is not None and question.id in _DECIDED_BY[why_not]:  # said at once: it will not count, and why
        key = why_not if why_not != "self_employed" or may_be_physician(item) else "self_employed_plain"
        notice = c.t(f"results.skip.{key}", teer=_teer_of(item["job_occupation"]))
        reply.messages[0].text = f"ℹ️ {h(notice)}\n\n{reply.messages[0].text}"
    return reply


# The answer that finds a job not to count, by reason (flows/questions.counts_nowhere)
_DECIDED_BY = {"teer_4_5": ("job_occupation",), "unpaid": ("job_paid",),
               "self_employed": ("job_employee", "job_fee_for_service"), "student": ("job_student",)}


def _teer_of(occupation: dict[str, Any]) -> int:
    return int(occupation["noc"][1]) if "noc" in occupation else int(occupation["teer"])


def accept_scores(screening: Screening, scores: dict[str, float], lang: str, today: dt.date) -> Reply:
    """All four scores typed in one message: each stored, then the flow goes past the four questions."""
    question = BY_ID[screening.state]
    prefix = "test_" if question.scope == "test" else "spouse_"
    item = screening.item_for(question)
    forget(screening.answers)
    screening.history.append(_position_token(screening))
    for ability in ABILITIES:
        item[f"{prefix}{ability}"] = tidy(scores[ability])
        item.pop(LEVEL_OF[f"{prefix}{ability}"], None)
    _advance(screening)
    reply = show(screening, lang, today)
    c = catalog(lang)
    reply.echo = " · ".join(c.t("pair", label=c.t(f"ability.{a}").capitalize(), value=decimal(scores[a], c))
                            for a in ABILITIES)
    return reply


def accept_levels(screening: Screening, levels: Levels, lang: str, today: dt.date) -> Reply:
    """NCLC levels typed or tapped for TEF Canada scores (RULES.md 2: the level its certificate prints is a good
    fallback): each level kept as typed, beside the lowest score of that level, which converts back to it (the
    profile has no place for a level); said so at once."""
    question = BY_ID[screening.state]
    prefix = "test_" if question.scope == "test" else "spouse_"
    kind = test_kind(screening, question)
    assert kind is not None
    c = catalog(lang)
    item = screening.item_for(question)  # the same test's (or the partner's) before and after
    if len(levels) == 1:
        ((ability, level),) = levels.items()
        reply = accept(screening, tidy(level_score(kind, ability, level)), lang, today)
        item[LEVEL_OF[question.id]] = level
        reply.echo = c.t("echo.level", level=level)
    else:
        scores = {a: level_score(kind, a, levels[a]) for a in ABILITIES}
        reply = accept_scores(screening, scores, lang, today)
        for ability in ABILITIES:
            item[LEVEL_OF[f"{prefix}{ability}"]] = levels[ability]
        reply.echo = " · ".join(c.t("pair", label=c.t(f"ability.{a}").capitalize(),
                                    value=c.t("echo.level", level=levels[a])) for a in ABILITIES)
    # RULES.md 2 says TEF certificates print the NCLC; of TCF Canada's it says nothing: "the levels you typed"
    typed = "_typed" if kind == "tcf_canada" else ""
    note = c.t(f"answers.{'level' if len(levels) == 1 else 'levels'}_noted{typed}", test=c.t(f"test.{kind}"))
    reply.messages[0].text = f"ℹ️ {h(note)}\n\n{reply.messages[0].text}"
    return reply


def _scores_kept(screening: Screening, kind: str, scores: dict[str, float] | Levels, lang: str,
                 today: dt.date) -> Reply:
    """The test named with its four scores (or its NCLC levels): the test stored, the scores kept beside it, so
    the questions after its date skip them; said at once, with how to change them."""
    question = BY_ID[screening.state]
    prefix = "test_" if question.scope == "test" else "spouse_"
    item = screening.item_for(question)
    reply = accept(screening, kind, lang, today)
    c = catalog(lang)
    for ability in ABILITIES:
        if isinstance(scores, Levels):
            item[f"{prefix}{ability}"] = tidy(level_score(kind, ability, scores[ability]))
            item[LEVEL_OF[f"{prefix}{ability}"]] = scores[ability]
        else:
            item[f"{prefix}{ability}"] = tidy(scores[ability])
    said = " · ".join(c.t("pair", label=c.t(f"ability.{a}").capitalize(),
                          value=c.t("echo.level", level=scores[a]) if isinstance(scores, Levels)
                          else decimal(scores[a], c)) for a in ABILITIES)
    # the partner's scores are said as the partner's ("Your scores" read as one's own)
    key = "answers.scores_kept" if prefix == "test_" else "answers.spouse_scores_kept"
    reply.messages[0].text = f"ℹ️ {h(c.t(key, scores=said))}\n\n{reply.messages[0].text}"
    return reply


NO_TEST = "notest"  # the button under "that reads as no test" at a test's date or score: the test question's none
# The questions of a test after its kind, and that kind's question
NO_TEST_AT = {**{q.id: "test_kind" for q in QUESTIONS
                 if q.scope == "test" and q.id not in ("test_kind", "test_more")},
              **{q.id: "spouse_test_kind" for q in QUESTIONS
                 if q.scope == "spouse_test" or q.id == "spouse_test_date"}}

FIX_DATE = "fix"  # the button under a planned end's confirmation that asks for the date again

# Studies said as part time to "were you a full-time student?" ("yes part time student", « oui à temps partiel »):
# only full-time studies stop a job's hours counting (RULES.md 1); said why, then asked again, never guessed
_PART_TIME_STUDIES = re.compile(r"\b(?:part time|parttime|pt|temps partiel|a temps partiel|mi temps)\b(?!.*\b(?:"
                                r"full time|fulltime|temps plein|then|puis|ensuite|later|apres)\b)")

# Quebec's own selection named at the Quebec question ("i have a csq", « je suis dans arrima », « j'ai fait le
# PEQ »): said to be for people who will live in Quebec (RULES.md 8), then the plan asked, never guessed
_QUEBEC_PROGRAMS = re.compile(r"\b(?:csq|arrima|peq|pstq|mifi|certificat de selection)\b")

# Refusals whose sentence does not repeat what was read: the typed text is quoted after them.
_CREDENTIAL_QUESTIONS = frozenset({"education_level", "spouse_education", "canadian_credential"})
_QUOTE_TYPED = frozenset({"err.yes_no", "err.yes_not_held", "err.student_part_time", "err.quebec_program",
                          "err.credential_not_completed",
                          "err.partner_status_either", "err.ongoing_until", "err.yes_abroad",
                          "err.yes_not_nomination", "err.yes_not_certificate", "err.yes_other_subject",
                          "err.number", "err.choice",
                          "err.date_format",
                          "err.date_format_day",
                          "err.date_year_needed", "err.hours_not_weekly",
                          "err.hours_leave", "err.hours_unpaid_leave", "err.score", "err.age", "err.noc"})


# Refusals that name a date read from the answer: said as the person's language writes dates ("1er mai 2027",
# "mars 1995"), never as the ISO form kept inside ("2027-05-01"). A date that does not exist stays as read.
_DATED_REFUSALS = frozenset({"err.date_future", "err.job_not_started", "err.job_not_ended",
                             "err.planned_end_far", "err.planned_end_day_needed", "answers.confirm_planned_end",
                             "err.date_too_old", "err.date_day_needed",
                             "err.birth_day_needed", "err.date_weekday", "err.end_before_start",
                             "err.start_after_end", "err.studies_before_start", "err.studies_after_end"})


# Refusals that send the person /back to answer "Yes" to "Do you still work in job N in Canada?"
_QUOTES_ONGOING = frozenset({"err.job_not_ended", "err.planned_end_far"})


# Refusals whose own text sends the person /back: "To change your previous answer instead" would contradict it.
_SAYS_BACK = frozenset({"err.job_not_ended", "err.hours_leave", "err.hours_unpaid_leave", "err.planned_end_far",
                        "err.hours_changed", "err.authorized_refugee_claim", "err.authorized_visitor",
                        "err.on_leave", "err.on_unpaid_leave", "err.other_test_named",
                        "err.other_test_named_spouse"})


def _said_date(value: str, c: Catalog) -> str:
    """An ISO day or month ("2027-05-01", "1995-03") as the catalog writes it; anything else as it is."""
    try:
        if is_month_only(value) and 1 <= int(value[5:7]) <= 12:
            return month_name(c, int(value[:4]), int(value[5:7]))
        return c.date(dt.date.fromisoformat(value))
    except ValueError:
        return value


# Refusals raised by the parsers in the person's words ("your result", "your report"), said at the partner's
# questions in theirs
_SPOUSE_TWINS = frozenset({"err.test_not_accepted", "err.test_version", "err.score_clb", "err.score_overall",
                           "err.test_which_french", "err.test_which_english", "err.other_test_named"})


def _invalid(screening: Screening, error: InvalidAnswer, lang: str, today: dt.date, typed: str = "") -> Reply:
    c = catalog(lang)
    if error.key in _SPOUSE_TWINS and screening.state.startswith("spouse_"):
        error.key = f"{error.key}_spouse"
    params = error.params
    if error.key in _DATED_REFUSALS:
        params = {name: _said_date(value, c) if name in ("value", "start", "end") and isinstance(value, str)
                  else value for name, value in params.items()}
    if error.key in _QUOTES_ONGOING:  # the question quoted as it reads on screen, with the job's number
        params = {**params, "question": c.t("q.job_ongoing.text", job=screening.position.get("job", 0) + 1)}
    problem = c.elide(c.t(error.key, **params))  # "Quel jour d'août 2027 …", not "de août"
    if error.key in _QUOTE_TYPED and typed.strip():
        problem = f"{problem} {c.t('answers.typed', typed=' '.join(typed.split())[:60])}"
    if isinstance(error, Ambiguous):  # each reading as a button: one tap stores the one the person meant
        # Only the choice: the question is still just above the answer, and sending it again before "which did
        # you mean?" asked twice ("12/04/1999": the birth date question, then April 12 or December 4).
        key = question_key(screening)
        choices = [[Button(choice_label(error.kind, value, c), f"a|{key}|{value}")] for value in error.choices]
        if error.kind == "planned_end":  # a job still going that ends later: yes, or type the date again
            if len(error.choices) == 1:
                choices = [[Button(c.t("answers.planned_end_yes"), f"a|{key}|{error.choices[0]}")]]
            choices.append([Button(c.t("answers.planned_end_fix"), f"a|{key}|{FIX_DATE}")])
        return Reply([OutMessage(f"❓ {h(problem)}", choices)], changed=False, error=True)
    # "On which day of June 2027 does this job end?" is followed by the question as it asks of an end to come, not
    # "When did job 1 end?" with past examples (the same screen said both)
    current = question_message(screening, lang, today, planned=error.key == "err.planned_end_day_needed")
    # every refusal says how to change the answer before instead, unless it already says to send /back
    if screening.history and error.key not in _SAYS_BACK:
        problem = f"{problem} {c.t('answers.back_hint')}"
    return Reply([OutMessage(f"⚠️ {h(problem)}"), current], changed=False, error=True)


_UNSURE_WORDS = frozenset({"not sure", "unsure", "dont know", "i dont know", "idk", "no idea", "?",
                           "je ne sais pas", "sais pas", "je sais pas", "pas sur", "pas sure", "incertain",
                           "incertaine", "aucune idee", "dont remember", "i dont remember", "cant remember",
                           "i cant remember", "i forgot", "forgot", "je ne me souviens pas", "je me souviens pas",
                           "jsais pas", "chais pas", "je ne sais plus", "je sais plus", "not certain",
                           "im not sure", "i m not sure", "i am not sure", "pas certain", "pas certaine",
                           "je suis pas sur", "je suis pas sure", "je ne suis pas sur", "je ne suis pas sure",
                           # Quebec French as said: "chu" / "chus" is "je suis"
                           "chu pas sur", "chu pas sure", "chus pas sur", "chus pas sure",
                           # "trop" softens the same doubt ("not too sure"); "aucune espèce d'idée" is "no idea at
                           # all" (the apostrophe is dropped before the lookup: "didee")
                           "sais pas trop", "je sais pas trop", "je ne sais pas trop", "jsais pas trop",
                           "chais pas trop", "pas trop sur", "pas trop sure", "aucune espece didee",
                           # as typed by SMS: "jsp" is "je sais pas", "chui" is "je suis"; "not 100% sure"
                           "jsp", "chui pas sur", "chui pas sure", "chuis pas sur", "chuis pas sure",
                           "jsuis pas sur", "jsuis pas sure", "not 100 sure", "not 100% sure", "dunno",
                           "i dunno", "no clue", "not a clue",
                           # "really" inside the doubt ("not really sure"); "chais plus" is "je sais plus" as said
                           "not really sure", "im not really sure", "i m not really sure", "chais plus",
                           "jsais plus", "jsp plus", "je sais plus trop",
                           "je ne me souviens plus", "je me souviens plus", "je ne m en souviens plus",
                           "je m en souviens plus", "i dont remember exactly", "i cant remember exactly",
                           # "on" is the "we" of spoken French: "on sait pas", "on ne sait pas encore"
                           "on sait pas", "on ne sait pas", "we dont know", "we are not sure", "were not sure",
                           # "pu" is the spoken "plus": « je sais pu » is "I don't know anymore"
                           "je sais pu", "je ne sais pu", "chais pu", "jsais pu"})
# Words after a doubt that only soften or date it ("idk yet", "jsp encore", "idk tbh", "aucune idée frr")
_UNSURE_TAIL = re.compile(r"(?:\s+(?:yet|tbh|honestly|really|lol|encore|frr|fr|franchement|vraiment|trop|"
                          # what is not remembered, when it is what the question asks: "the exact date"
                          r"(?:the )?(?:exact )?date|de la date(?: exacte)?|la date(?: exacte)?))+$")


# The doubt, then what it is about as a clause with its subject ("je sais pas si a va venir", "on sait pas s'il
# vient", "i dont know if she will come", "not sure whether he is"): the doubt alone, when no yes or no is in it
_UNSURE_IF = re.compile(r"(?P<doubt>.+?)\s+(?P<what>(?:if|whether|si)\s+(?:she|he|they|it|elle|il|ils|elles|a|on|"
                        r"je|i|ca|cest|cetait)\b.*|(?:sil|sils)\s.*)")
# Fillers before a doubt, as said (« ben là », « bah », "hmm"): no part of it
_UNSURE_LEAD = re.compile(r"^(?:(?:ben|bin|bah|euh+|hmm+|um+|well)(?: la)?,? )+")
# A yes or a no after the doubt ("not sure, but yes", "idk, no"): the answer is asked again, never "not sure"
_ANSWER_WORD = re.compile(r"\b(?:yes|yeah|yep|yup|no|nope|nah|oui|ouais|non|nan|nn)\b")


def _is_unsure(text: str) -> bool:
    """"not sure", "jsp encore", and a doubt with its reason after a comma ("im not sure, agency paid me", "je sais
    pas trop, agence de placement"): the reason says why, not what; a yes or a no in it is asked again."""
    text = without_signs(text) or text  # "idk 🤷", "aucune idée 🤷‍♀️": the emoji says the same doubt
    said = " ".join(fold(text).replace("'", "").replace("’", "").rstrip(".!?").split()).rstrip(".!?")
    said = _UNSURE_LEAD.sub("", said)  # « ben là je sais pu », "hmm idk": the doubt after the filler
    if (about := _UNSURE_IF.fullmatch(said)) and _ANSWER_WORD.search(about["what"]) is None:
        said = about["doubt"]  # "je sais pas si a va venir", "not sure if she's coming": the doubt alone
    if said in _UNSURE_WORDS or text.strip() == "?" or _UNSURE_TAIL.sub("", said) in _UNSURE_WORDS:
        return True
    head, comma, reason = said.partition(",")
    head = " ".join(head.split())
    if comma and head in _MAYBE_WORDS and _UNSURE_TAIL.sub("", " ".join(reason.split())) in _UNSURE_WORDS:
        return True  # "peut-être, je sais pas trop" ("pt-etre, jsais pas trop"), "maybe, not sure": two doubts
    return bool(comma) and (head in _UNSURE_WORDS or _UNSURE_TAIL.sub("", head) in _UNSURE_WORDS) \
        and _ANSWER_WORD.search(reason) is None


# A maybe before a doubt after a comma (French review 13): the doubt says what the maybe means
_MAYBE_WORDS = frozenset({"maybe", "perhaps", "peut-etre", "peut etre", "possiblement"})


# "yes until march 2027", "still there, contract ends 2027-03-31", "oui jusqu'en mars 2027": a job still going with
# its end said (a contract or a permit). Refused with "yes or no", the person tapped "Yes" and lost the end: the
# result then named a "not yet" day the contract never reaches.
_ONGOING_UNTIL = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|ya|yea|oui|ouais|still|toujours|encore|currently)\b[\s,;:.!-]*"
    r"(?:(?:still|working|work|there|employed|la|dedans|j y travaille|i work there|i am|im)\b[\s,;:.!-]*)*)?"
    r"(?:but|mais|and|et)?[\s,]*(?:(?:my|the|mon|ma|le|la)\s+)?"
    r"(?:(?:contract|contrat|permit|work permit|pgwp|permis(?: de travail)?|job|emploi|it|ca)\s+)?"
    r"(?:until|till|til|untill|up to|jusqu ?a|jusqu ?au|jusqu ?en|jusqu ?le|ends?|ending|finishes|expires?|"
    r"runs out|se termine|termine|finit|expire)\b(?:\s+(?:on|in|le|en|au|the))?\s+(?P<date>.*\d.*)$")


def _ongoing_until(text: str) -> str | None:
    match = _ONGOING_UNTIL.match(" ".join(re.sub(r"[\u2019']", " ", fold(text)).split()))
    # without a reason in brackets after it: "jusqu'au 15 janvier 2027 (fin de mon PVT)"
    return re.sub(r"\s*\([^()]*\)[\s.!]*$", "", match["date"]).strip(" .!") if match else None


# A no with the day the job ended ("no it ended nov 26 2023", "nope, left in march 2025", « non, j'ai fini en mars
# 2025 »): the No was kept and the day dropped, then asked for at once
# "no it ended nov 26 2023", "ended last month", "no, laid off june 2025", « non, mis à pied en mai »: the no, and
# the end's date to read at the end's own question (a month without its year, or a day said from today, is asked
# or offered to confirm there)
# (French review 16: « non j'ai été mis à pied en juin 2025 » has two auxiliaries, « j'ai » then « été », and
# « ils m'ont mis à pied », « j'ai perdu ma job », « mon contrat a fini » say it with a subject of their own)
_ENDED_ON = re.compile(
    r"^(?:(?:no|nope|nah|non|nan|nn)\b[\s,;:.!-]*)?"
    r"(?:(?:it|i|the job|that job|ca|c|j|jai|je|ils mont|ils m|ils|on ma|on m|on|they|"
    r"(?:mon |le |my |the )?(?:contrat|contract))\s+)?(?:(?:ai|a|ont|was|got|been|ete|has|had)\s+){0,2}"
    r"(?:ended|finished|left|quit|stopped|was over|resigned|laid off|let go|fini|finie|termine|quitte|arrete|"
    r"parti|partie|s est termine|s est fini|demissionne|lachee?(?: (?:la|ma|mon|le) (?:job|jobine|emploi|poste|"
    r"travail))?|licenciee?|congediee?|mise? a pied|mise? dehors|"
    r"perdu (?:ma|mon|la|le) (?:job|emploi|poste|travail)|lost (?:my|the) job)\b"
    r"(?:\s+(?:on|in|le|en|au|the))?\s+(?P<date>\S.*)$")


# Words after the end's date that take it back or turn it ("no wait", "still there", "but came back"): as before
_ENDED_TURNED = re.compile(r"\b(?:no|non|nope|wait|attends?|still|encore|toujours|actually|en fait|mean|sorry|"
                           r"pardon|oops|oups|but|mais|back|revenu\w*|again|rehired|until|till|jusqu\w*)\b")


def _ended_on(text: str, today: dt.date) -> str | None:
    """The day a no says the job ended ("no it ended nov 26 2023" -> "nov 26 2023"), when it reads as a day that
    has come; None otherwise (asked as before)."""
    def plain(words: str) -> str:
        return " ".join(re.sub(r"[\u2019']", " ", fold(words)).split())

    match = _ENDED_ON.match(plain(text))
    if match is None or _ENDED_TURNED.search(match["date"]):
        return None  # "left last month no wait i'm still there till friday": the end's question is not the one
    # the date as typed, accents kept ("le mois passé" is said back as such, not "mois passe")
    # (looked for among the last characters only: a long message is never folded once per character)
    tails = range(len(text) - 1, max(-1, len(text) - len(match["date"]) - 40), -1)
    said = next((text[at:].strip() for at in tails if plain(text[at:]) == match["date"]), match["date"])
    try:
        if ordinary_answer(BY_ID["job_end"], said, today) is None:  # "last month": offered there to confirm
            parse(BY_ID["job_end"], said, today, [], None)
    except Ambiguous:
        return said  # "3/4/2025": the end's own question asks which
    except InvalidAnswer:
        return None
    return said


def _ongoing_with_end(screening: Screening, text: str, until: str, lang: str, today: dt.date) -> Reply:
    """The job is still going and its end is said: stored as a planned end is (no longer there, with an end after
    today: questions.planned_end), through the end's own confirmation ("So this job is still going and ends on
    …?") or its question for the day ("On which day of March 2027…?"). An end that is no day after today is not
    guessed: asked again with how to say it."""
    try:
        parse(BY_ID["job_end"], until, today, [], None)
        planned = False  # a day past, or a month: no planned end said
    except Ambiguous as error:
        planned = error.kind == "planned_end"
    except InvalidAnswer as error:
        planned = error.key == "err.planned_end_day_needed"
    if not planned:
        return _invalid(screening, InvalidAnswer("err.ongoing_until"), lang, today, text)
    accept(screening, False, lang, today)  # its echo ("No") is not shown: the end's confirmation says it all
    reply = handle_text(screening, until, lang, today)
    reply.changed = True  # the answer stored above is saved, though the end's reply is a question or a refusal
    return reply


# "yes until i graduated in 2024": full time until then, the answer "Until my studies ended" reads as before
_UNTIL = re.compile(r"\b(?:until|till|til|up\s+to|jusqu)")


# A doubt said before or after a date: "maybe june 2024", "june 2024 i think", "juin 2024 je pense", "june 2024?"
_DOUBT_WORDS = r"(?:i\s*think|i\s*believe|i\s*guess|maybe|probably|prob|prolly|perhaps|roughly|not\s*sure|" \
               r"im\s*not\s*sure|idk|je\s*pense|je\s*crois|jpense|jcrois|peut\s*etre|ptet|probablement|" \
               r"pas\s*sure?|je\s*sais\s*pas|jsp|il\s*me\s*semble|if\s*i\s*remember\s*(?:right|well|correctly)|" \
               r"si\s*je\s*me\s*souviens\s*bien)"
_DOUBT_BEFORE = re.compile(rf"^(?:{_DOUBT_WORDS}[\s,;:.!-]*)+(?P<date>.+)$")
_DOUBT_AFTER = re.compile(rf"^(?P<date>.+?)[\s,;:.!-]*(?:(?:{_DOUBT_WORDS}|\?+)[\s,;:.!?-]*)+$")


def _doubted_date(question: Question, text: str, today: dt.date) -> str | None:
    """The date of "not sure, june 2025", "maybe june 2024", "june 2024 i think" to a date question whose date may
    be kept approximate (flows/approximate_dates.py): said once, offered to tap as approximate (it was stored as
    "I don't know the date", or refused with "type the month you think is closest"). None for a doubt alone."""
    if question.kind != "date" or question.id not in ABOUT:
        return None
    said = " ".join(fold(text).replace("'", "").replace("\u2019", "").split())
    head, comma, rest = said.partition(",")
    if comma and (head in _UNSURE_WORDS or _UNSURE_TAIL.sub("", head) in _UNSURE_WORDS):
        said = rest.strip()
    elif (match := _DOUBT_BEFORE.match(said) or _DOUBT_AFTER.match(said)) is not None:
        said = match["date"]
    else:
        return None
    if not re.search(r"\d", said):
        return None
    if question.meta.get("edge") != "test" and (months := months_of_part(said.strip(" ?"), today)):
        # "fall 2022 i think": the season's months (round 20); a test's date is on its report, asked as before
        raise Ambiguous("date_about", text, [f"{month}{ABOUT_MARK}" for month in months], key="answers.date_part")
    said = said.strip(" ?")
    # "not sure, sometime in march 2026": the date's own lead words ("sometime in", "around") read as the question
    # reads them when typed alone (walkthrough round 16: the month was dropped and the test read as expired)
    for candidate in dict.fromkeys((said, date_said(said, question.meta.get("edge", ""))[0])):
        try:
            value = parse(question, candidate, today, [], None)
        except InvalidAnswer:
            continue
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value):
            return value
    return None


def _doubted_year(question: Question, text: str, today: dt.date) -> str | None:
    """The year of "i don't remember, sometime in 2025", "je sais plus, en 2025" to a date question: a doubt about
    the day, then a year alone (round 17 of typed answers); None otherwise."""
    if question.kind != "date":
        return None
    said = " ".join(fold(text).replace("'", "").replace("\u2019", "").split())
    head, comma, rest = said.partition(",")
    if not comma or not (head in _UNSURE_WORDS or _UNSURE_TAIL.sub("", head) in _UNSURE_WORDS) \
            or not re.search(r"\b\d{4}\b", rest, re.ASCII):
        return None
    plain = ordinary_answer(question, rest.strip(" .!?"), today)
    return plain.year if plain is not None and plain.year is not None and not plain.text else None


# A hedged answer ("i think so", "je crois que oui", "probably not", "ptet ben", "maybe"): to a yes-or-no question
# that has "Not sure" among its answers it is that answer (the careful and the favourable readings are both shown),
# never the yes or the no it leans to; to any other question it is asked again, as before.
_HEDGE = re.compile(
    r"^(?:(?:well|hmm+|euh+|ben|bah|eh|ah|oh|um+|uh+)\s+)*"
    # the yes or the no first, its hedge after ("yes i think", "oui je crois", round 20)
    r"(?:(?:yes|yeah|yep|oui|ouais|no|nope|non)\s+)?"
    r"(?:(?:i|j)\s*(?:think|believe|guess|suppose|reckon)|(?:je|j)\s*(?:pense|crois|suppose)|jpense|jcrois|"
    r"probably|prob|prolly|maybe|perhaps|possibly|likely|probablement|peut\s*etre|ptet|p\s*t\s*e\s*t|"
    r"sans doute|il me semble|hopefully|j espere|jespere|inshallah|inchallah|"
    # sure, but not quite (round 20): "pretty sure yes", "not 100%", « pas certain à 100 % »
    r"(?:pretty|fairly|quite|almost|im pretty|im fairly)\s+sure|"
    r"not\s+(?:a\s+)?hundred(?:\s+percent)?(?:\s+sure)?|"
    r"pas\s+(?:a\s+)?hundred(?:\s+pour\s+cent)?(?:\s+(?:sure?|certaine?))?|"
    r"pas\s+(?:sure?|certaine?)\s+a\s+hundred(?:\s+pour\s+cent)?)"
    # « probablement pas »: "probably not"
    r"(?:\s+(?:so|not|yes|no|que oui|que non|oui|non|ben|bien|bein|pas))?"
    r"(?:\s+(?:lol|tbh|honestly|haha|mdr|frr|fr))*$")


def _is_hedged(question: Question, text: str) -> bool:
    """A hedged yes or no, or a "maybe", to a yes-or-no question with a "Not sure" answer."""
    folded = re.sub(r"\b100\s*%|\b100\b", " hundred ", fold(text).replace("'", "").replace("\u2019", ""))
    said = " ".join(re.sub(r"[^a-z]+", " ", folded).split())
    return question.kind == "yes_no" and bool(question.meta.get("unsure")) and _HEDGE.match(said) is not None


# "I don't remember my reading score", "je me souviens plus de ma note": a score not known, with no number in it
_SCORE_DOUBT = re.compile(r"\b(?:remember|recall|forgot|forget|sure|know|idea|clue|idk|dunno|souviens|souvient|"
                          r"rappelle|oublie|sais|sait|jsp|certain|certaine|sur|sure)\b", re.ASCII)


# "Maybe", "ma femme va peut-être venir", "not decided yet": whether the partner comes is not known yet
_MAYBE = re.compile(r"\b(?:maybe|perhaps|possibly|might|may or may not|not decided|undecided|not sure yet|"
                    r"peut etre|peutetre|possiblement|pas decide|pas encore decide|indecis|on verra|"
                    r"pas sur|pas sure|pas certain|pas certaine)\b")
# "we haven't decided", "depends on her job", "ça dépend de son travail", with no yes or no in it (as to the Quebec
# question: flows/quebec.py, _UNDECIDED)
_UNDECIDED = re.compile(r"\b(?:haven t decided|havent decided|have not decided|hasn t decided|hasnt decided|"
                        r"has not decided|it depends|depends on|ca depend|depend de|depend du|depend des)\b")


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[-'’,.!?]", " ", fold(text)).split())


# A score or an age said with a doubt: "maybe 6.5", "I think 7", "peut-être 6,5", "environ 450 je crois" (not
# "6.5 or 7": both are offered as buttons)
_SCORE_HEDGE = re.compile(r"\b(?:maybe|perhaps|probably|possibly|about|around|roughly|approx\w*|i think|i guess|"
                          r"i believe|not sure|peut etre|peutetre|probablement|environ|je pense|je crois|jpense|"
                          r"jcrois|a peu pres|autour de|genre|pas sur|pas sure|or so|give or take|more or less|"
                          r"plus ou moins)\b|~|\d\s*ish\b", re.ASCII)


# The partner as the subject of their own scores: "she got", "he scored", « elle a eu », « il a obtenu »
_PARTNER_GOT = re.compile(r"^\s*(?:she|he|elle|il)\s*(?:got|has|had|scored|obtained|a\s+eu|a\s+obtenu)\b\s*:?\s*",
                          re.IGNORECASE)


def _score_hedged(text: str) -> bool:  # also an age: "about 30", "environ 30 ans"
    return any(ch.isdigit() for ch in text) and bool(_SCORE_HEDGE.search(re.sub(r"['’-]", " ", fold(text))))


def _whose(question: Question) -> str:
    """"_spouse" for the partner's scores: their report, not the person's own."""
    return "_spouse" if question.id.startswith("spouse_") else ""


def _score_unknown(text: str) -> bool:
    return not any(ch.isdigit() for ch in text) and (
        _is_unsure(text) or bool(_SCORE_DOUBT.search(re.sub(r"[^a-z]+", " ", fold(text)))))


# "Until my studies ended" typed (3 is its place): a full-time student for part of the job only
_PARTLY_WORDS = frozenset({"3", "until my studies ended", "until my studies", "until graduation", "partly",
                           "part of the time", "partially", "some of the time", "jusqu a la fin de mes etudes",
                           "jusqu a la fin des etudes", "en partie", "une partie du temps", "partiellement"})


# "yes, then I graduated in April", "oui puis j'ai eu mon diplôme": a full-time student first, then no longer
_YES_THEN_GRADUATED = re.compile(
    r"^(?:yes|yeah|yep|yup|yea|oui|ouais|wi)\b(?:(?!\b(?:no|non|not|pas|never|jamais|but|mais|sure|sais)\b).)*"
    r"\b(?:then|and then|after that|puis|ensuite|apres|until|till|jusqu a)\b"
    r"(?:(?!\b(?:no|non|not|pas|never|jamais|but|mais|sure|sais)\b).)*"
    r"\b(?:graduat\w*|finished (?:school|my studies|studying)|done with school|diplome\w*|diplomee?|"
    r"fini mes etudes|termine mes etudes|mon diplome)\b(?:(?!\b(?:no|non|not|pas|never|jamais|but|mais)\b).)*$")


# "finished in April", "yes until April 2024", "j'ai fini en avril": full-time studies that ended at a month named,
# so a student for part of the job at most; the day they ended is the next question (a month before the job began
# leaves every hour counted). Never with a no, a "but" or anything else said.
_MONTH_NAMES = "|".join(sorted(month_words(), key=len, reverse=True))
_STUDIES_ENDED = re.compile(
    r"^(?:(?:yes|yeah|yep|oui|ouais) (?:until|till|til|up to|jusqu en|jusqu a|jusqu au mois d)|"
    # "i was in school till april 2023", "full time student until may 2024", "j'étais aux études jusqu'en avril"
    r"(?:(?:yes|yeah|yep|oui|ouais) )?(?:i was |i m |im |j etais |j ai ete )?(?:(?:still )?(?:in school|"
    r"in college|at school|at college|in university|at uni|studying|(?:a )?(?:full time )?student|aux etudes|"
    r"(?:etudiante?|aux etudes) a temps plein|etudiante?|a l ecole|au cegep|a l universite)) "
    r"(?:until|till|til|up to|jusqu en|jusqu a|jusqu au mois d)|"
    r"(?:i |j ai |jai |je suis )?(?:finished|graduated|done|fini|finie|termine|terminee|diplome|diplomee)"
    r"(?: (?:school|my studies|studying|college|university|mes etudes|l ecole|l universite))?"
    r"(?: (?:in|on|en|au mois d))?)"
    rf" (?:\d{{1,2}} )?(?:{_MONTH_NAMES})(?: \d{{1,2}})?(?: (?:19|20)\d\d)?"
    r"(?: (?:and |then |et |puis )?(?:kept working|continued working|kept the job|stayed|j ai continue|"
    r"j ai garde l emploi))?$", re.ASCII)


# A yes before the option's own words: "oui jusqu'à la fin de mes études", "yes until my studies ended"
_LEADING_YES_WORD = re.compile(r"^(?:yes|yeah|yep|oui|ouais) ", re.ASCII)


def _is_partly(text: str) -> bool:
    said = " ".join(re.sub(r"[-'’,.!]", " ", fold(text)).split())
    return said in _PARTLY_WORDS or _LEADING_YES_WORD.sub("", said) in _PARTLY_WORDS - {"3"} \
        or _YES_THEN_GRADUATED.match(said) is not None or _STUDIES_ENDED.match(said) is not None


# "same test", "the same one as me", « le même test que moi »: the partner's test is the person's own kind
_SAME_KIND = re.compile(
    r"^(?:the |le |la )?(?:same|meme|pareil)(?: (?:test|exam|one|examen|thing|chose))?"
    r"(?: (?:as|que|comme) (?:me|mine|i did|my test|moi|le mien|mon test))?$", re.ASCII)


def _same_kind_as_mine(text: str) -> bool:
    return _SAME_KIND.match(" ".join(re.sub(r"[^a-z]+", " ", fold(text)).split())) is not None


def _own_kind(screening: Screening) -> str | None:
    """The kind of the person's own tests when they took one kind only (two kinds: which one is not guessed)."""
    tests = [t for t in screening.answers.get("tests", []) if isinstance(t, dict)]
    kinds = {kind for t in tests if isinstance(kind := t.get("test_kind"), str) and kind != "none"}
    return next(iter(kinds)) if len(kinds) == 1 else None


def _own_result(screening: Screening, question_id: str) -> str | dict[str, float] | Levels | None:
    """The person's own test date or four scores, for a partner's "same as mine": from the person's tests of the
    partner's kind (scores of another test are on another scale; a date, of any test if none is of that kind),
    and only when they hold one value, never one of two guessed."""
    tests = [t for t in screening.answers.get("tests", []) if isinstance(t, dict)]
    same_kind = [t for t in tests if t.get("test_kind") == screening.answers.get("spouse_test_kind")]
    if question_id == "spouse_test_date":
        dates = {t.get("test_date") for t in same_kind or tests}
        return next(iter(dates)) if len(dates) == 1 and None not in dates else None
    scores = {tuple(t.get(f"test_{a}") for a in ABILITIES) for t in same_kind}
    four = next(iter(scores)) if len(scores) == 1 else ()
    if len(four) != len(ABILITIES) or not all(isinstance(v, (int, float)) for v in four):
        return None
    levels = {tuple(t.get(LEVEL_OF[f"test_{a}"]) for a in ABILITIES) for t in same_kind}
    typed = next(iter(levels)) if len(levels) == 1 else ()
    if typed and all(isinstance(v, int) for v in typed):  # NCLC levels typed: the partner's kept as levels too
        return Levels({a: v for a, v in zip(ABILITIES, typed, strict=True) if isinstance(v, int)})
    return {a: float(v) for a, v in zip(ABILITIES, four, strict=True) if isinstance(v, (int, float))}


# The ability the score question asks about, named before its score ("listening was 7.5", « écoute : 7,5 »): never
# another ability's ("CE 447 non 450" to the listening question stays unread)
_OWN_LABEL = {ability: re.compile(rf"^\s*(?:my\s+|mon\s+|ma\s+|her\s+|his\s+)?(?:{words})\s*(?:score\s*)?"
                                  r"(?:was|is|=|:|est|etait|c etait|c'etait|c’etait)?\s*(?=\d)", re.IGNORECASE)
              for ability, words in (("listening", "listening|l|ecoute|écoute|co|comprehension orale|"
                                                   "compréhension orale"),
                                     ("reading", "reading|r|lecture|ce|comprehension ecrite|compréhension écrite"),
                                     ("writing", "writing|w|ecriture|écriture|ee|expression ecrite|"
                                                 "expression écrite"),
                                     ("speaking", "speaking|s|oral|eo|expression orale"))}


def _counts(question: Question) -> bool:
    """Whether the answer is a number (hours, a score, an age, a count of years), so numbers in words are read."""
    return question.kind in ("number", "score", "age") or (
        question.kind == "choice" and all(option.isdigit() for option in question.options))


# A message that tells many things at once ("je vis à Toronto, infirmière auxiliaire depuis le 4 mars 2024, 40h par
# semaine, permis ouvert, TEF ... , célibataire"): four or more parts and fifteen words or more
_PARTS = re.compile(r"[,;\n]+|[.!?]+\s")  # "37.5" is no full stop


_STORY_LENGTH = 600  # a story typed on a phone; a pasted page (a job description) keeps the question's refusal


def _many_facts(text: str) -> bool:
    parts = [part for part in _PARTS.split(text) if part.strip()]
    return len(parts) >= 4 and len(text.split()) >= 15


# The refusals that only say what form an answer takes ("Please answer yes or no"): a question typed back there is
# answered instead; a refusal that already explains ("what's TEER?", a cousin at the sibling question) is kept
_GENERIC_REFUSALS = ("err.yes_no", "err.choice", "err.choice_years", "err.choice_education", "err.number",
                     "err.age", "err.date_format", "err.date_format_day", "err.score")


def _generic_refusal(shown: str, lang: str) -> bool:
    texts = catalog(lang).texts
    return any(shown.startswith(f"⚠️ {h(texts[key].split('{')[0])}") for name in _GENERIC_REFUSALS
               for key in (name, f"{name}_spouse") if key in texts)


def _explained(screening: Screening, lang: str, today: dt.date, about: str | None = None) -> Reply:
    """Why the question is asked and what it means (flows/asked_back.py), or what `about` names (the asked_back
    catalog's key), then the question again."""
    c = catalog(lang)
    why = f"{c.t(f'asked_back.{about or topic(screening.state)}')} {c.t('asked_back.answer_below')}"
    # nothing taken: a refusal for the terminal and the measures, said kindly (not "please answer yes or no")
    return Reply([OutMessage(f"ℹ️ {h(why)}"), question_message(screening, lang, today)], changed=False,
                 error=True)


def _where_said_too(screening: Screening, text: str, level: Reply, lang: str, today: dt.date) -> Reply:
    """The credential's level typed with where it was earned ("masters from india, wes done", « master en Algérie,
    avec EDE de WES »): the next question, where, was asked as if unsaid. Where is taken from the same words when
    they settle it (an ECA said or not, a place in Canada); otherwise the question is asked as before."""
    where = _handle_typed(screening, text, lang, today, None)
    if where.error or screening.state == "education_where":
        return level
    c = catalog(lang)
    said = c.t("answers.where_said_too", where=c.t(f"opt.education_where.{screening.answers['education_where']}"))
    if not where.messages[0].text.startswith(f"ℹ️ {h(c.t('answers.eca_under_way'))}"):  # that one says it already
        where.messages.insert(0, OutMessage(f"ℹ️ {h(said)}"))
    where.echo = level.echo
    return where


def _span_answered(screening: Screening, start: str, end: str, lang: str, today: dt.date) -> Reply:
    """A job's start and end typed together (flows/job_span.py): the start stored, then "still working there?"
    answered by the end as it would be there (a day past, a planned end confirmed at the end's own question);
    the start's notes kept above what follows."""
    first = _handle_typed(screening, start, lang, today, None)
    if first.error or screening.state != "job_ongoing":
        return first  # the start's own doubt asked first ("on which day?"): the end is not guessed past it
    notes = [part for part in first.messages[0].text.split("\n\n")[:-1] if part.startswith(("ℹ️", "≈"))] \
        if first.messages else []
    if end == NOW:
        reply = accept(screening, True, lang, today)
        still = catalog(lang).t("answers.span_still", start=first.echo or "")
        reply.echo = still
    else:
        accept(screening, False, lang, today)  # then the end's own reply: its echo, or which day it meant
        reply = handle_text(screening, end, lang, today)
        reply.echo = f"{first.echo} – {reply.echo}" if reply.echo is not None else first.echo
    reply.changed = True
    if notes and reply.messages:
        reply.messages[0].text = "\n\n".join([*notes, reply.messages[0].text])
    return reply


def handle_text(screening: Screening, text: str, lang: str, today: dt.date,
                replying_to: str | None = None) -> Reply:
    """A typed answer to the current question (also accepted where buttons are offered). `replying_to`: the text
    of the bot message the user replied to, if any. A whole story told in one message answers the question asked
    only: said so, so that the person does not take the rest as noted."""
    if screening.state not in CHECKPOINTS and screening.state != "marital" and replying_to is None \
            and (aside := status_aside(text)) is not None:
        return _with_status_aside(screening, *aside, lang, today)
    asked = screening.state
    if asked == "job_start" and replying_to is None and (span := job_span(text, today)) is not None:
        return _span_answered(screening, *span, lang, today)  # "march 2023 to now": refused before
    if replying_to is None and asks_if_self_employment_counts(text, asked):
        return _explained(screening, lang, today, "self_employment")  # "does freelance count?" (RULES.md 1)
    if replying_to is None and asks_if_contract_counts(text, asked):
        return _explained(screening, lang, today, "contract_work")  # "does contract work count?" (RULES.md 1)
    reply = _handle_typed(screening, text, lang, today, replying_to)
    if asked == "sibling" and screening.state == "sibling_whose" and not reply.error and own_sibling_named(text):
        # "oui mon frère est citoyen": whose it is was said (the person's own counts either way, RULES.md 3)
        echo, reply = reply.echo, accept(screening, SIBLING_WHOSE[0], lang, today)
        reply.echo = echo
    if asked == "education_level" and screening.state == "education_where" and not reply.error:
        reply = _where_said_too(screening, text, reply, lang, today)  # "master en Algérie, avec EDE de WES"
    if reply.error and len(reply.messages) == 2 and _generic_refusal(reply.messages[0].text, lang) \
            and screening.state not in CHECKPOINTS and screening.state in BY_ID and asks_about_the_question(text):
        return _explained(screening, lang, today)  # "why do you need this?", « c'est quoi ça ? »: refused before
    if reply.error and len(reply.messages) == 2 and _generic_refusal(reply.messages[0].text, lang) \
            and screening.state not in CHECKPOINTS and screening.state in BY_ID \
            and asks_a_question_of_its_own(text):
        # "when is the next draw?" at the date of birth got "I couldn't read that as a date": where such answers
        # are; "is overtime counted?" at the hours: what the question means
        asked_again = reply.messages[-1]
        shown = " ".join([asked_again.text, *(b.label for row in asked_again.buttons or [] for b in row)])
        about = None if shares_a_word(text, shown) else "elsewhere"
        return _explained(screening, lang, today, about)
    if reply.echo and reply.messages and _many_facts(text):
        note = catalog(lang).t("answers.one_at_a_time", answer=reply.echo)
        reply.messages[0].text = f"ℹ️ {h(note)}\n\n{reply.messages[0].text}"
    elif reply.error and len(reply.messages) == 2 and reply.messages[0].text.startswith("⚠️") \
            and screening.state not in CHECKPOINTS and len(text) <= _STORY_LENGTH and _many_facts(text):
        # "Hi! I came in 2021 on a study permit, ... IELTS 8 7 7 7. Am I eligible?" at the first question got
        # "Please answer yes or no": the story is not refused, the questions take it in turn, this one first
        reply.messages[0].text = f"ℹ️ {h(catalog(lang).t('answers.one_at_a_time_first'))}"
    return reply


def _with_status_aside(screening: Screening, head: str, status: str, lang: str, today: dt.date) -> Reply:
    """The answer typed before a marital status told in passing ("no and btw i'm married now"), read as the
    question's; once it is taken, the status is told back: where it is asked later, or how to change the answer
    given to it (never changed here: which questions follow from it is the marital question's)."""
    reply = _handle_typed(screening, head, lang, today, None)
    given = screening.answers.get("marital")
    if reply.error or not reply.messages or given == status:
        return reply
    c = catalog(lang)
    label = c.t(f"opt.marital.{status}")
    note = c.t("answers.status_aside_later", status=label) if given is None else \
        c.t("answers.status_aside_change", status=label, answer=c.t(f"opt.marital.{given}"))
    reply.messages[0].text = f"ℹ️ {h(note)}\n\n{reply.messages[0].text}"
    return reply


def _handle_typed(screening: Screening, text: str, lang: str, today: dt.date, replying_to: str | None) -> Reply:
    if replying_to is not None and screening.state not in CHECKPOINTS and not quebec.stays_in_quebec(
            screening.answers) and asks_something_else(screening, replying_to, today):
        # Swiped an earlier question to correct it: storing the value here would misread it. Ask instead.
        notice = OutMessage(h(catalog(lang).t("err.reply_to_earlier")))
        return Reply([notice, *show(screening, lang, today).messages], changed=False)
    if wants_back(text):  # "back", "retour", "oops no, go back": as /back, wherever it is typed
        return go_back(screening, lang, today)
    if screening.state in CHECKPOINTS:
        if (partner := improvements_text(screening, text, lang, today, planned_day(screening, today))) is not None:
            return partner  # the partner's birth date, asked by "raise my score" (flows/improvements_view.py)
        if (later := _plan_month_typed(screening, text, lang, today)) is not None:
            return later  # "mars 2027" as the plan's button writes it: the header says the day, a button undoes it
        # A change typed here is not taken (which answer it means is a guess): said so, with the way to make it
        key = "err.no_question_change" if sounds_like_a_change(text) else "err.no_question"
        notice = OutMessage(h(catalog(lang).t(key)))
        return Reply([notice, *show(screening, lang, today).messages], changed=False)
    question = BY_ID[screening.state]
    if question.kind != "noc":  # "yes sir", "married mam": courtesy, no part of the answer (a title's may be)
        text = contractions_spelled(without_address(without_hesitation(text)))  # "jai", "jsuis": "j'ai", "je suis"
    # "my wife has a masters" to the person's question, "j'ai un master" to the partner's: the other person's part
    # set aside, and asked again with why when nothing else is said (flows/whose.py)
    text = named_partner(question.id, text)  # "Maria has a celpip 9": the partner called by name, as "she"
    text, whose = own_answer(question.id, text)
    if whose is not None:
        return _invalid(screening, InvalidAnswer(whose), lang, today, text)
    if (title := title_said(question.id, text, lang)) is not None:
        return _yes_with_title(screening, title, lang, today)  # "yes psw": the title searched, never dropped
    if (test_named := test_said(question.id, text)) is not None and (
            carried := _yes_with_test(screening, test_named, lang, today)) is not None:
        return carried  # « oui j'ai aussi le tef »: the test read with the yes, never dropped
    if _counts(question) or question.kind == "date":  # "4o hours", "Jan 2O23", "may 2023!!"
        text = figures_retyped(text)
    if question.kind == "number":  # "une vingtaine d'heures": about 20
        text = rounded_hours(text)
    if question.id == "spouse_accompanying" and screening.answers.get("spouse_citizen") is False \
            and names_partner_status(text) and not _FIRST_PERSON.search(fold(text).replace("'", " ")):
        return _status_contradicted(screening, text, lang)  # "yes she is pr" after "not a citizen or PR": which?
    if question.id == "education_level" and names_a_trade_certificate(text):
        return _invalid(screening, InvalidAnswer("err.education_trade_certificate"), lang, today, text)
    if question.kind == "age" and (coming := birthday_soon.coming_birthday(text, today)) is not None:
        return _age_with_birthday(screening, coming, lang, today)  # "im turning 32 next month": 31, and the day
    if question.kind == "age":
        try:
            birthday_soon.ask_which(text, today)  # "32 in feb": 32 now, or from February? Asked
        except Ambiguous as asked:
            return _invalid(screening, asked, lang, today, text)
    if (fix := correction(text)) is not None:  # "wait, I meant 2023", "non c'est 35h pas 40"
        if (named := names_job_date(fix)) is not None and (
                changed := _correct_job_date(screening, *named, lang, today)) is not None:
            return changed  # "wait i started june 10 2024 not 2025": that date, even two questions back
        if not _answers(screening, question, fix, lang, today) and _previous_applies(screening):
            return _correct_previous(screening, fix, lang, today)
        text = fix  # the value answers the question now asked ("sorry, I meant no" on the first question)
    elif question.kind == "date" and (meant := date_after_slip(text, question.id)) is not None:
        text = meant  # "no wait i started in 2022", "non attends c'était en juillet 2025": the date after the slip
    elif (_counts(question) or question.kind == "date") and (
            fixed := corrected_in_place(text, question.kind == "date")) is not None:
        text = fixed  # "35 i mean 37.5", "2022 no sorry 2021": both values typed here, the last one meant
    elif question.kind == "score" and (labelled := _OWN_LABEL[question.meta["ability"]].sub("", text)) != text \
            and (fixed := corrected_in_place(labelled)) is not None:
        text = fixed  # "listening was 7.5 no wait 8": the question's own ability named first (round 20)
    elif question.kind == "age" and (age_now := age_before_birthday(text)) is not None:
        text = age_now  # "34, turning 35 in march": the age now, the birthday after it
    elif question.kind == "age" and (more := age_said_with_more(text, today)) is not None \
            and _answers(screening, question, more, lang, today):
        text = more  # "turned 30 last week", "i'm 27 (born 99)", "1996-05-02, married" (flows/age_said.py)
    elif question.kind == "age" and (age_said := age_with_status(text)) is not None:
        text = age_said  # "29, married": the age; the status is the next question's
    elif question.kind == "date" and (dated := date_without_aside(text)) is not None \
            and _reads(screening, question, dated, lang, today):
        text = dated  # "started march 2023, 40h a week": the date; the hours are their own question's
    elif question.id == "job_hours" and (hours := hours_without_work_words(text)) is not None \
            and _reads(screening, question, hours, lang, today):
        text = hours  # "40, paid hourly", "via une agence, 32h", "40 + 5 ot": the hours (flows/hours_asides.py)
    elif (head := without_aside(question, text)) is not None and _answers(screening, question, head, lang, today):
        text = head  # "40 hours, 2 years", "2 yrs, 3 jobs": the value asked, with an aside of another kind
    if question.id == "job_ongoing" and (until := _ongoing_until(text)) is not None:
        return _ongoing_with_end(screening, text, until, lang, today)
    if question.id == "job_ongoing" and (ended := _ended_on(text, today)) is not None:
        question_asked = question
        accept(screening, False, lang, today)  # then the end's own reply: its echo, or which day it meant
        reply = handle_text(screening, ended, lang, today)
        reply.changed = True
        if reply.echo is not None:  # "✅ No · November 26, 2023": both answers said
            no = labels(question_asked, catalog(lang))[answer_values(question_asked).index("no")]
            reply.echo = f"{no} · {reply.echo}"
        return reply
    if question.id == "job_employee" and who_pays_child_care(text) == "asked" \
            and leading_yes_no(text, question.id) != "no":  # "yes, paid by the parents": whose business, asked
        return _invalid(screening, InvalidAnswer("err.employee_who_pays"), lang, today, text)
    if question.id == "job_ongoing" and set_end_unsaid(text):  # "still there till march": which day it ends?
        return _invalid(screening, InvalidAnswer("err.ongoing_until"), lang, today, text)
    kind = test_kind(screening, question)
    try:
        if (question.kind == "score" or question.id in QUESTIONS_OF_A_TEST) and kind in TEST_LABELS and (
                other := other_test_named(kind, text)) is not None:
            # "celpip 9 9 8 9" to the IELTS scores, "took celpip on june 3" to its date: stored as the IELTS's
            raise InvalidAnswer("err.other_test_named", named=TEST_LABELS[other], asked=TEST_LABELS[kind])
        if (month := _doubted_date(question, text, today)) is not None:
            # "not sure, june 2025": a date with a doubt was stored as no date at all; kept approximate if tapped
            unsure = [UNSURE] if question.meta.get("unsure") else []  # "I don't know the date" where it is one
            raise Ambiguous("date_doubted", text, [f"{month}{ABOUT_MARK}", *unsure],
                            key="answers.date_doubted" if unsure else "answers.date_doubted_keep")
        if (year := _doubted_year(question, text, today)) is not None:
            # "i don't remember, sometime in 2025": that year's months, as its button opens them (it was stored as
            # "I don't know the date", the year said thrown away)
            _whole_year_checked(screening, question, year, today)
            return handle_picker(screening, "pick", question_key(screening), year, lang, today) \
                or _invalid(screening, InvalidAnswer("err.date_format"), lang, today, text)
        if question.id == "job_student" and (studies := studies_ended(
                text, screening.item_for(question).get("job_start"), today)) is not None \
                and leading_yes_no(text, question.id) != "yes" and not _UNTIL.search(_plain(text)):
            # "no i graduated in 2024" for a job begun in 2023: the no was stored and every hour counted
            if studies[0] == "before":
                return accept(screening, False, lang, today)
            raise Ambiguous("yes_no", text, [PARTLY, "no"], key="answers.student_graduated")
        if question.meta.get("unsure") and (_is_unsure(text) or _is_hedged(question, text) or (
                question.id == "spouse_accompanying" and (_MAYBE.search(_plain(text)) is not None or (
                    _UNDECIDED.search(_plain(text)) and not _ANSWER_WORD.search(_plain(text)))))):
            return accept(screening, UNSURE, lang, today)
        if question.meta.get("partly") and _is_partly(text):
            return accept(screening, PARTLY, lang, today)
        if question.kind == "noc":
            return _find_occupation(screening, text, lang, today)
        if question.id == "spouse_test_kind" and _same_kind_as_mine(text) and (
                kind := _own_kind(screening)) is not None:
            return accept(screening, kind, lang, today)  # "same as mine", "same test": the person's own kind
        if (first := only_before_window(question.id, text, today)) is not None \
                and leading_yes_no(text, question.id) == "yes":
            raise InvalidAnswer("err.yes_too_long_ago", year=first)  # "yes, in 2012": before the 10 years
        if question.id in ("spouse_test_date", "spouse_listening") and same_as_mine(
                text, date=question.id == "spouse_test_date") and (own := _own_result(screening, question.id)):
            # "same as mine", "on a passé le test ensemble": the person's own test's, when it is one test only
            if isinstance(own, Levels):  # the person's NCLC levels: the partner's, kept as levels too
                return accept_levels(screening, own, lang, today)
            return accept(screening, own, lang, today) if isinstance(own, str) else \
                accept_scores(screening, own, lang, today)
        if question.id in NO_TEST_AT and says_no_test(BY_ID[NO_TEST_AT[question.id]], text):
            # "aucun", "none", "pas de test" to the date or a score: the test question's own "no test", offered
            raise Ambiguous("no_test", text, [NO_TEST], key=f"answers.no_test_here{_whose(question)}")
        if question.id == quebec.QUESTION and quebec.contradicts(text):
            # "non, je reste à Montréal": the no and the place say two things; asked again, never the no stored
            raise InvalidAnswer("quebec_step.ask_plan")
        if question.id == "spouse_accompanying" and partner_already_here(text):
            raise InvalidAnswer("err.spouse_already_here")  # where they are, not whether they come: asked
        if question.id == "spouse_accompanying" and leading_yes_no(text) is None and partner_stays_behind(text):
            return accept(screening, False, lang, today)  # "he's staying in the philippines": he does not come
        if question.id == "canadian_credential" and (abroad := credential_from_abroad(text)) is not None:
            # "yes a masters from uk" was stored as a Canadian master's: 30 additional points never earned
            if abroad == "abroad":
                raise InvalidAnswer("err.credential_from_abroad")
            # one from each side ("masters from india, pg diploma from conestoga"): the Canadian one's length asked
            raise Ambiguous(f"choice:{question.id}", text, [o for o in question.options if o != "none"])
        if question.id == "job_ongoing" and names_leave(text):
            # "yes, on mat leave" was stored as a job still going: its weeks of leave counted as hours of work
            raise InvalidAnswer("err.on_unpaid_leave" if names_unpaid_leave(text) else "err.on_leave")
        if question.id == "spouse_citizen" and _is_unsure(text):  # how to find out, and what it decides
            raise InvalidAnswer("err.spouse_citizen_unsure")
        if question.id == "spouse_citizen" and citizen_not_yet(text):  # "not yet citizen": perhaps PR, a yes
            raise InvalidAnswer("err.partner_not_citizen_yet")
        if question.id == "sibling" and (relative := relative_not_sibling(text)) is not None:
            if relative == "relative" and (
                    re.match(r"(?:no|non|nope|nah|nan)\b", fold(text).strip(), re.ASCII)
                    or re.search(r"\b(?:only|seulement|juste|que des)\b", fold(text), re.ASCII)):  # "cousin only"
                return accept(screening, False, lang, today)  # "no but my cousin is": the no, the cousin aside
            raise InvalidAnswer(f"err.sibling_{relative}")  # "my cousin is in toronto": only a brother or sister
        if question.kind == "date" and not question.meta.get("unsure") and _is_unsure(text):
            raise InvalidAnswer("err.date_unsure")  # "je sais pas": an approximate month is enough, said so
        if question.id == "spouse_education" and _is_unsure(text):  # where to look, and the careful choice
            raise InvalidAnswer("err.spouse_education_unsure")
        if question.id in _CRS_ONLY_CAREFUL and _is_unsure(text):  # the careful choice, said as such
            careful = answer_values(question).index(_CRS_ONLY_CAREFUL[question.id])
            raise InvalidAnswer("err.crs_only_unsure", careful=labels(question, catalog(lang))[careful])
        if question.id == "job_hours" and _is_unsure(text):  # an estimate is kept as one (flows/estimates.py)
            raise InvalidAnswer("err.hours_unsure")
        if question.kind == "age" and _is_unsure(text):  # where to find it, and why the day matters
            raise InvalidAnswer("err.birth_unsure")
        if question.kind == "age" and _score_hedged(spelled_numbers(text, False) or text):
            # "about 30", "about thirty", "je pense 29 ans": never read as exact
            raise InvalidAnswer("err.birth_two_ages", typed=text.strip()[:60])
        if question.kind == "score" and _score_unknown(text):  # where to find it, and why a guess would mislead
            c = catalog(lang)
            raise InvalidAnswer(f"err.score_unsure{_whose(question)}", test=c.t(f"test.{kind or 'ielts_general'}"),
                                ability=c.t(f"ability.{question.meta['ability']}"))
        if question.kind == "score" and kind is not None and (undated := without_test_date(text)) is not None \
                and (four_dated := _four_scores(undated, kind)) is not None:
            return accept_scores(screening, four_dated, lang, today)  # "7 7 6.5 7 on 2025-06-14": its date known
        if question.kind in ("date", "age") and (said := spelled_date(text)) is not None:
            text = said  # "March fifteenth twenty twenty three", "le quinze mars deux mille vingt-trois"
        if _counts(question) and not (question.kind == "age" and _YEAR.search(fold(text))) \
                and (spelled := spelled_numbers(text, question.kind == "score")) is not None:
            # "forty hours", "huit sept sept sept": the numbers as voice typing writes them; a date of birth with
            # its year is a date, whose "sept" is September ("sept 9 1993" was read "7 9 1993" and asked about)
            text = spelled
        if _counts(question) and question.kind not in ("age", "score") and (halved := with_halves(text)):
            text = halved  # "37 and a half", "a year and a half"; an age's half is its own ("29 ans et demi": 29)
        if question.kind == "score" and kind is not None and (
                levels := parse_levels(text, kind, question.meta["ability"])) is not None:
            if len(levels) == 1 and question.id.endswith("_listening"):  # "NCLC 9" where four are invited
                level = levels["listening"]
                raise Ambiguous("levels", text, [f"{LEVELS_MARK}{level}/{level}/{level}/{level}",
                                                 f"{LEVELS_MARK}{level}"], key="answers.level_one_or_all")
            return accept_levels(screening, levels, lang, today)  # "nclc 8 8 7 7": the certificate's levels
        if question.kind == "score" and question.id.startswith("spouse_"):
            text = _PARTNER_GOT.sub("", text)  # "she got 9 9 8 9" to the partner's scores: the scores (round 20)
        if question.kind in ("date", "score") and (readings := _either(question, text, today, kind)):
            raise Ambiguous(question.kind, text, readings)  # "jan or feb 2023", "6.5 or 7": both as buttons
        if question.kind == "score" and _score_hedged(text):  # checked on the report rather than read as exact
            c = catalog(lang)
            raise InvalidAnswer(f"err.score_hedged{_whose(question)}", test=c.t(f"test.{kind or 'ielts_general'}"),
                                ability=c.t(f"ability.{question.meta['ability']}"))
        if question.kind == "score" and kind is not None and (scores := parse_scores(text, kind)) is not None:
            return accept_scores(screening, scores, lang, today)
        ask_if_two(question, text)  # "abroad": with an ECA or without? asked, not read as one of them
        try:
            value = parse(question, text, today, labels(question, catalog(lang)), kind)
        except InvalidAnswer as error:  # then the plain answer inside everyday words, if there is one
            if isinstance(error, Ambiguous) or error.key == "err.birth_short_year" \
                    or (plain := ordinary_answer(question, text, today)) is None:
                raise  # "né en 93": a year said as one, never its two digits read again as an age
            if plain.year is not None:  # "2022": that year's months, as its button opens them
                _whole_year_checked(screening, question, plain.year, today)  # none of them before the start
                return handle_picker(screening, "pick", question_key(screening), plain.year, lang, today) \
                    or _invalid(screening, error, lang, today, text)
            try:
                value = parse(question, plain.text, today, labels(question, catalog(lang)), kind)
            except Ambiguous as asked:  # "since jan": the words typed are quoted, not the date found inside them
                asked.params["typed"] = text.strip()[:60]
                raise
            if plain.estimate and question.id in ABOUT:  # "around March 2023": kept as approximate
                return _about_date(accept(screening, value, lang, today, estimate=True), value, lang, question.id)
            if plain.estimate and question.kind != "date":
                return _estimate(accept(screening, value, lang, today, estimate=question.id == "job_hours"),
                                 value, lang, plain.high)
        if question.id == "canadian_credential" and value == "one_or_two_year":
            value = canadian_credential_length(text) or value  # "2 year diploma": that length, not the lowest
        if question.id in MONTH_EDGES and isinstance(value, str) and is_month_only(value) \
                and _PART_OF_MONTH[question.id == "job_end"].search(fold(text)):
            return _day_of_month(screening, value, text, lang, today)
        if question.id in _SCORES_OF and value in TESTS and (ahead := scores_typed_ahead(text, value)) is not None:
            return _scores_kept(screening, value, ahead, lang, today)  # "celpip 9 9 8 8": never asked again
        if question.id == "nomination" and value is False and names_job_offer(text):
            # "no but i have a job offer with lmia": the no kept, and what the offer is worth said (RULES.md 3)
            reply = accept(screening, value, lang, today)
            reply.messages[0].text = f"ℹ️ {h(catalog(lang).t('answers.job_offer_no_points'))}\n\n" \
                                     f"{reply.messages[0].text}"
            return reply
        if question.id == "spouse_citizen" and value is False and partner_stays_behind(text):
            # "no hes staying in the philippines": the no, and that the partner does not come (it was asked again
            # whether he comes, round 16)
            citizen_no = accept(screening, value, lang, today)
            if screening.state != "spouse_accompanying":
                return citizen_no
            reply = accept(screening, False, lang, today)
            reply.echo = citizen_no.echo
            reply.messages[0].text = f"ℹ️ {h(catalog(lang).t('answers.partner_stays_noted'))}\n\n" \
                                     f"{reply.messages[0].text}"
            return reply
        if question.id == "sibling" and value is True and screening.answers.get("spouse_accompanying") is False \
                and partner_sibling_only(text):
            # "oui le frère de ma femme est résident permanent" while she stays abroad: it was stored as a yes (15
            # points); RULES.md 3 counts the principal's or the accompanying spouse's sibling only (round 16)
            reply = accept(screening, False, lang, today)
            reply.messages[0].text = f"ℹ️ {h(catalog(lang).t('answers.sibling_partner_not_coming'))}\n\n" \
                                     f"{reply.messages[0].text}"
            return reply
        if question.id == "education_where" and value == "abroad" and eca_under_way(text):
            # "india, wes pending", « au Maroc, EDE en cours »: no ECA yet, so no points yet, said (RULES.md 3)
            reply = accept(screening, value, lang, today)
            reply.messages[0].text = f"ℹ️ {h(catalog(lang).t('answers.eca_under_way'))}\n\n{reply.messages[0].text}"
            return reply
        return accept(screening, value, lang, today)
    except InvalidAnswer as error:
        if question.id == quebec.QUESTION and not isinstance(error, Ambiguous) and not quebec.contradicts(text) \
                and (plan := quebec.typed_answer(text)) is not None:  # "Montréal", "Toronto", "undecided"
            return accept(screening, plan, lang, today)
        if question.id == quebec.QUESTION and not isinstance(error, Ambiguous) and (
                quebec.names_a_place(text) or (quebec.names_today(text) and not quebec.stays_in_quebec(
                    screening.answers))):
            error = InvalidAnswer("quebec_step.ask_plan")  # a place with a time or a doubt: why it is asked again
        elif question.id == quebec.QUESTION and quebec.stays_in_quebec(screening.answers) \
                and not isinstance(error, Ambiguous) and quebec.names_program(text):
            # "et le PEQ ?" after the close: Quebec's route said again (RULES.md 8), not "good luck" (round 14)
            again = quebec.notice(question_key(screening), lang)
            again.changed = False
            return again
        elif question.id == quebec.QUESTION and quebec.stays_in_quebec(screening.answers) \
                and not isinstance(error, Ambiguous):
            # Someone on Quebec's route who types "thanks!" or "ok merci" hears its kind close again, with the one
            # button for a change of plans; never "answer yes or no" and the question as if it were unanswered.
            return quebec.understood(question_key(screening), lang, text)
        elif question.id in ("education_level", "spouse_education") and error.key == "err.choice" \
                and not credential_not_completed(text):
            # "MBBS", "bac+5": the level is what an ECA gives a credential, said rather than "for example: less
            # than secondary school"
            whose = "_spouse" if question.id == "spouse_education" else ""
            kind = "_vocational" if names_quebec_vocational(text) else ""  # "DEP en soudage": by its length
            error = InvalidAnswer(f"err.choice_education{kind}{whose}", count=len(question.options))
        elif question.id == "marital" and error.key == "err.choice" and names_engaged(text):
            error = InvalidAnswer("err.marital_engaged")  # "engaged", "fiancée", "have a girlfriend"
        elif question.id in ("spouse_work", "foreign_work") and not isinstance(error, Ambiguous) \
                and work_years_elsewhere(question.id, text):  # "2 years in dubai" to the partner's work here
            error = InvalidAnswer(f"err.{question.id}_elsewhere")
        elif question.id in ("test_kind", "spouse_test_kind") and not isinstance(error, Ambiguous) \
                and test_not_in_hand(text):  # "ielts booked", "celpip results pending": which to choose, and why
            error = InvalidAnswer(f"err.{question.id}_not_in_hand")
        elif question.id == "job_authorized" and not isinstance(error, Ambiguous) and names_refugee_claim(text):
            error = InvalidAnswer("err.authorized_refugee_claim")  # no temporary resident status (RULES.md 1)
        elif question.id == "job_authorized" and not isinstance(error, Ambiguous) and names_visitor_status(text):
            error = InvalidAnswer("err.authorized_visitor")  # status, but no permission to work (RULES.md 1)
        elif question.id == "job_authorized" and not isinstance(error, Ambiguous) \
                and names_maintained_status(text):
            # when it counts, rather than "yes or no"; after applying for a different permit, that it is not
            # settled (RULES.md 1 names the same permit extended)
            error = InvalidAnswer("err.authorized_maintained_other" if maintained_for_another_permit(text)
                                  else "err.authorized_maintained")
        elif question.id == "job_employee" and not isinstance(error, Ambiguous) \
                and (paid_by := who_pays_child_care(text)) is not None:
            if paid_by == "payroll":  # "the family pays me, i get a T4": an employee on a family's payroll
                return accept(screening, True, lang, today)
            error = InvalidAnswer("err.employee_who_pays")  # "the parents pay me": whose business it is, asked
        elif question.id == "sibling" and not isinstance(error, Ambiguous) \
                and (age := sibling_under_18(text)) is not None:
            error = InvalidAnswer("err.sibling_under_18", age=age)  # "ma sœur a 16 ans": 18 or older counts
        elif question.id == "sibling" and not isinstance(error, Ambiguous) and (
                status := sibling_status(text, spouse_counts(screening.answers, screening.answers))) is not None:
            if status is True:  # "my sis is pr", "my wife's brother is PR" (the partner counting)
                return accept(screening, True, lang, today)
            # "my brother is waiting for PR": not held yet; "my sister but she's on study permit": why not yet
            error = InvalidAnswer("err.yes_not_held" if status == "pending" else "err.sibling_temporary")
        elif question.kind == "yes_no" and not isinstance(error, Ambiguous) \
                and yes_not_held_yet(text, question.id):
            error = InvalidAnswer("err.yes_not_held")  # "yes, waiting for PR": why a yes is not taken
        elif question.id == "quebec" and not isinstance(error, Ambiguous) and _QUEBEC_PROGRAMS.search(
                " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())):
            error = InvalidAnswer("err.quebec_program")  # "i have a csq": Quebec's own selection, the plan asked
        elif question.id == "job_student" and not isinstance(error, Ambiguous) and _PART_TIME_STUDIES.search(
                " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())):
            error = InvalidAnswer("err.student_part_time")  # "yes part time student": only full time stops hours
        elif question.id == "canadian_work" and not isinstance(error, Ambiguous) \
                and work_abroad_too(text, question.id):
            # "yes, and 3 yrs in the US before that": the yes kept, and where the work abroad goes said (it was
            # told that the question is about Canada only and to choose, round 17)
            reply = accept(screening, True, lang, today)
            reply.messages[0].text = f"ℹ️ {h(catalog(lang).t('answers.work_abroad_later'))}\n\n" \
                                     f"{reply.messages[0].text}"
            return reply
        elif question.kind == "yes_no" and not isinstance(error, Ambiguous) and yes_abroad(text, question.id):
            error = InvalidAnswer("err.yes_abroad")  # "yes, in india": the question is about Canada only
        elif question.kind == "yes_no" and not isinstance(error, Ambiguous) \
                and yes_not_trade_certificate(text, question.id):
            error = InvalidAnswer("err.yes_not_certificate")  # "yes forklift licence", "oui ASP construction"
        elif question.kind == "yes_no" and not isinstance(error, Ambiguous) \
                and yes_not_nomination(text, question.id):
            error = InvalidAnswer("err.yes_not_nomination")  # "yes, LMIA", "yes got an ITA": not a nomination
        elif question.kind == "yes_no" and not isinstance(error, Ambiguous) \
                and yes_other_subject(text, question.id):
            error = InvalidAnswer("err.yes_other_subject")  # "yes work permit" to the full-time student question
        elif question.id == "spouse_citizen" and not isinstance(error, Ambiguous) \
                and error.key != "err.partner_not_citizen_yet" and names_partner_status(text):
            error = InvalidAnswer("err.partner_status_either")  # "no she is PR": a permanent resident is a yes
        elif question.id in _CREDENTIAL_QUESTIONS and not isinstance(error, Ambiguous) \
                and credential_not_completed(text):
            error = InvalidAnswer("err.credential_not_completed")  # "masters in progress": why it is not taken
        return _invalid(screening, error, lang, today, text)


# "end of feb 2024" for an end, « début mars 2023 » for a start: the part of the month is known, the day not said.
# Kept as the month, an end's hours are counted to its first day and a start's from its last: "end of feb" lost
# four weeks. Then the month's days are offered to tap, the month alone one tap away. The other way round ("end of
# march" for a start), the month's careful reading is what was said: kept. (index: whether the question is an end)
# (The part said just before a month's name: "fin de contrat en mars 2025" is the end of a contract, not of March.)
_MONTH_NAME = "|".join(sorted(month_words(), key=len, reverse=True))
_BEFORE_MONTH = (rf"(?:\s*-?\s*|\s+(?:of|de|d|du|la|le|the)\s+(?:the\s+)?|\s+(?:de\s+)?(?:la\s+)?)"
                 rf"(?:{_MONTH_NAME})\b")
_PART_OF_MONTH = (re.compile(rf"\b(?:start|beginning|begining|early|mid|middle|debut|mi|milieu){_BEFORE_MONTH}",
                             re.ASCII),
                  re.compile(rf"\b(?:end|ending|late|mid|middle|fin|mi|milieu){_BEFORE_MONTH}", re.ASCII))


def _day_of_month(screening: Screening, value: str, text: str, lang: str, today: dt.date) -> Reply:
    c = catalog(lang)
    year, month = int(value[:4]), int(value[5:7])
    current = question_message(screening, lang, today)
    typed = " ".join(text.split())[:60]  # "quel jour d'octobre 2026 ?", not "de octobre"
    prompt = c.elide(c.t("answers.part_of_month", typed=typed, month=month_name(c, year, month)))
    days = day_page(question_key(screening), year, month, today, c)
    return Reply([OutMessage(f"{current.text}\n\n{h(prompt)}", days)], changed=False)


_SIDE = r"(?:[^,;]|(?<=\d),(?=\d))+?"  # no comma but a decimal one ("7,5 ou 8")
_EITHER = re.compile(rf"^(?P<a>{_SIDE})\s+(?:or|ou)\s+(?P<b>{_SIDE})[\s?!.]*$", re.ASCII)
_YEAR_LAST = re.compile(r"\b(\d{4})$", re.ASCII)


def _either(question: Question, text: str, today: dt.date, test: str | None) -> list[str]:
    """The two readings of "X or Y" to a date or a score question when each side reads alone ("jan or feb 2023":
    the year said once is each month's); none otherwise, and never a guess between them."""
    either = _EITHER.match(" ".join(fold(text).split()))
    if either is None:
        return []
    a, b = either["a"], either["b"]
    if question.kind == "date" and (year := _YEAR_LAST.search(b)) and not re.search(r"\d", a, re.ASCII):
        a = f"{a} {year[1]}"  # "jan or feb 2023"
    elif question.kind == "date" and (year := _YEAR_LAST.search(a)) and not re.search(r"\d", b, re.ASCII):
        b = f"{b} {year[1]}"  # "june 2025 or july"
    try:
        readings = [str(parse(question, side, today, [], test)) for side in (a, b)]
    except InvalidAnswer:
        return []
    return readings if readings[0] != readings[1] else []


def _answers(screening: Screening, question: Question, text: str, lang: str, today: dt.date) -> bool:
    """Whether `text` reads as an answer to `question` (nothing is stored)."""
    if question.kind == "noc":
        return False  # a title is searched, never an answer by itself; a correction's value is a number or a date
    try:
        parse(question, text, today, labels(question, catalog(lang)), test_kind(screening, question))
    except InvalidAnswer:
        return False
    return True


def _reads(screening: Screening, question: Question, text: str, lang: str, today: dt.date) -> bool:
    """Whether `text` reads as an answer, strictly or inside everyday words, or as one asked about ("last
    month": which month is confirmed); nothing is stored."""
    if _answers(screening, question, text, lang, today):
        return True
    try:
        return ordinary_answer(question, text, today) is not None
    except Ambiguous:
        return True
    except InvalidAnswer:
        return False


def _previous_applies(screening: Screening) -> bool:
    """There is an answer just before this question to correct (not a result: those are not answers)."""
    return bool(screening.history) and screening.history[-1].split(":")[0] not in CHECKPOINTS


def _correct_job_date(screening: Screening, target: str, value: str, lang: str, today: dt.date) -> Reply | None:
    """A correction that names the job's start or end ("i started june 10 2024 not 2025") where that date of the
    job now asked about was answered a few questions ago: back to it (each question between is asked again), and
    the date given there. None when it is not this job's answered date (the older reading then applies)."""
    job = screening.position.get("job", 0)
    if screening.state == target:
        return handle_text(screening, value, lang, today)
    steps = 0
    for at in reversed(screening.history):
        state, at_job, _ = at.split(":")
        if state in CHECKPOINTS or int(at_job) != job or not state.startswith("job_"):
            return None
        steps += 1
        if state == target:
            break
    else:
        return None
    for _ in range(steps):
        back = go_back(screening, lang, today)
    if screening.state != target:
        return None if steps == 0 else back
    reply = handle_text(screening, value, lang, today)
    if reply.error:  # said why, under the question gone back to: the next answer typed changes it
        back.messages.insert(0, reply.messages[0])
        return back
    reply.changed = True
    changing = back.messages[0].text.partition("\n\n")[0]
    if reply.echo is None and reply.messages and changing.startswith("✏️"):
        reply.messages[0].text = f"{changing}\n\n{reply.messages[0].text}"
    return reply


def _correct_previous(screening: Screening, fix: str, lang: str, today: dt.date) -> Reply:
    """A correction of the answer just given: back to its question, and the value meant given there. When it does
    not read as that answer either, the question is shown to change it (never an answer to the question after)."""
    back = go_back(screening, lang, today)
    if screening.state in CHECKPOINTS:
        return back
    reply = handle_text(screening, fix, lang, today)
    if reply.error:  # said why, under the question gone back to: the next answer typed changes it
        back.messages.insert(0, reply.messages[0])
        return back
    reply.changed = True  # the screening went back even when the reply is a step (the months of a year)
    changing = back.messages[0].text.partition("\n\n")[0]
    if reply.echo is None and reply.messages and changing.startswith("✏️"):  # a step: which answer it changes
        reply.messages[0].text = f"{changing}\n\n{reply.messages[0].text}"
    return reply


_ABOUT_CHECK = {"job_student_end": "answers.estimate_date_studies", "test_date": "answers.estimate_date_test",
                "spouse_test_date": "answers.estimate_date_spouse_test"}


def _about_date(reply: Reply, value: str, lang: str, question_id: str) -> Reply:
    """A job's start, end or end of studies, or a test's date, said as "around March 2023": taken as said, and
    said to be kept as approximate, with where to find the exact day."""
    c = catalog(lang)
    said = month_name(c, int(value[:4]), int(value[5:7])) if is_month_only(value) \
        else c.t("results.about_date.said_day", date=c.date(dt.date.fromisoformat(value)))  # "vers le 1er mars"
    note = h(c.t(_ABOUT_CHECK.get(question_id, "answers.estimate_date"), date=said))
    reply.messages[0].text = f"≈ {note}\n\n{reply.messages[0].text}"
    return reply


def _estimate(reply: Reply, value: Any, lang: str, high: str | None = None) -> Reply:
    """Hours said as "about 35": taken, and said to be fine as an estimate. `high`: the top of a range ("35-40")
    whose low end `value` was kept, both ends being full time."""
    c = catalog(lang)
    if high is not None:
        note = h(c.t("answers.estimate_range", hours=decimal(value, c), high=decimal(high, c)))
    else:
        note = h(c.t("answers.estimate", hours=decimal(value, c)))
    reply.messages[0].text = f"≈ {note}\n\n{reply.messages[0].text}"
    return reply


_TEER_NAMED = re.compile(r"\b(?:teer|feer)\s*(?:level\s*|niveau\s*|categorie\s*)?[0-5]"
                         r"(?:(?:\s*(?:or|ou|/|,|and|et|maybe|peut etre|possibly))*\s*(?:teer|feer)?\s*[0-5]\b)*",
                         re.ASCII)


# "what's TEER?", "c'est quoi la CNP ?": a question about the words of the question, no title (searched, it offered
# occupations named like the letters); never with a digit, a code or a level said ("TEER 3?")
_WHAT_TEER = re.compile(r"^(?:(?:what|whats|what s|wat|wats|c est|cest|ces|c|qu est ce que|quest ce que|que|ca|"
                        r"kesako|means|mean|meaning|veut|dire|signifie|quoi|is|are|a|an|the|la|le|l|un|une|of|de|du|"
                        r"does|do|by|par|this|that|ce|cette|ca|sorry|desole|desolee|c koi|koi|exactly|exactement|"
                        r"quel|quelle|my|mon|ma|code|level|niveau|categorie|category|i|don t|dont|know|sais|pas|"
                        r"je|ne)\s+)*(?:teer|feer|noc|cnp)(?:\s+(?:code|level|niveau|categorie|category|"
                        r"means?|mean|veut dire|signifie|c est quoi|cest quoi|quoi))*\s*\?*$", re.ASCII)


# The words a date is said with besides its month and numbers ("since march 2024", « depuis le 3 mai 2024 »)
_DATE_LINKS = frozenset({"since", "from", "to", "until", "till", "in", "on", "of", "the", "st", "nd", "rd", "th",
                         "depuis", "de", "du", "en", "au", "le", "a", "jusqu", "jusqua", "er", "around", "about",
                         "approx", "vers", "environ", "mid", "mi", "end", "fin", "early", "debut", "late"})


def _a_date(text: str) -> bool:
    """A month and a number and nothing else: a date, no job title."""
    words = re.findall(r"[a-z]+|\d+", fold(text))
    months = month_words()
    return any(word.isdigit() for word in words) and any(word in months for word in words) \
        and all(word.isdigit() or word in months or word in _DATE_LINKS for word in words)


def _yes_with_title(screening: Screening, title: str, lang: str, today: dt.date) -> Reply:
    """A yes to "a job in Canada?" or "another job?", then the occupations closest to the title typed with it,
    under the title question (flows/title_carried.py)."""
    reply = accept(screening, True, lang, today)
    if screening.state != "job_occupation":
        return reply
    if (offered := _offer_titles(screening, title, lang, lang, today)).error:
        return reply
    reply.messages.extend(offered.messages)
    return reply


def _yes_with_test(screening: Screening, named: str, lang: str, today: dt.date) -> Reply | None:
    """A yes to "another test?", then the test named with it read as the answer to "which test?"
    (flows/test_carried.py), both echoed; None when that question would not take the words (the answer is then
    read as any other): tried on a copy, so that nothing is stored unless both are."""
    trial = Screening(screening.state, copy.deepcopy(screening.answers), list(screening.history))
    trial.rounds, trial.resumed = screening.rounds, screening.resumed
    reply = accept(trial, True, lang, today)
    if trial.state != "test_kind":
        return None
    following = _handle_typed(trial, named, lang, today, None)
    if following.error or not following.echo:
        return None
    screening.answers.clear()
    screening.answers.update(trial.answers)
    screening.history[:] = trial.history
    screening.state, screening.resumed = trial.state, trial.resumed
    following.echo = f"{reply.echo} · {following.echo}" if reply.echo else following.echo
    return following


_YES_NO_LEAD = re.compile(r"(?:yes|yeah|yep|yup|ya|oui|ouais|no|nope|nah|non|nan)\b[\s,.!]+\w", re.ASCII)


def _find_occupation(screening: Screening, text: str, lang: str, today: dt.date) -> Reply:
    """A NOC code or a TEER is an answer; a job title gets the closest occupations to tap."""
    c = catalog(lang)
    if _is_unsure(text):  # "je sais pas" is not a job title: never searched as one (it found ticket agents)
        raise InvalidAnswer("finder.unsure")
    said = " ".join(re.sub(r"[^a-z?]+", " ", fold(text).replace("'", " ").replace("’", " ")).split())
    if "?" in text and not any(ch.isdigit() for ch in text) and _WHAT_TEER.match(said):  # "what's TEER?"
        raise InvalidAnswer("finder.what_teer", noc_finder=links(lang)["noc_finder"])
    if any(ch.isalpha() for ch in text):
        try:  # "non" is no job title either: searched, it offered "non-technique" and "non destructifs" jobs
            parse_yes_no(text)
        except InvalidAnswer:
            pass
        else:
            raise InvalidAnswer("finder.yes_no", typed=text.strip()[:60])
        # "yes after i graduated", "yes i do": a yes or no with words that name no job, the answer to the question
        # before (round 17: nurses and post-secondary administrators were offered as the closest titles)
        if _YES_NO_LEAD.match(fold(text)) and job_titles.find(text, lang).confidence == "low":
            raise InvalidAnswer("finder.yes_no", typed=text.strip()[:60])
    try:
        occupation = parse_noc(text)
    except InvalidAnswer:
        if not any(ch.isalpha() for ch in fold(text).removeprefix("noc").removeprefix("cnp")):
            raise  # digits only: a code typed wrong is explained, not searched as a title
        occupation = None
    if occupation is not None and "noc" in occupation and unit_group(occupation["noc"]) is None:
        raise InvalidAnswer("finder.unknown_code", code=occupation["noc"], noc_finder=links(lang)["noc_finder"])
    if occupation is not None:
        return accept(screening, occupation, lang, today)
    named = sorted({digit for said in _TEER_NAMED.findall(fold(text).replace("-", " ")) for digit in said
                    if digit.isdigit()})
    if named:  # "I think TEER 3, maybe 4": a level said among other words is a guess, never a title to search
        raise InvalidAnswer("finder.teer_in_words", teers=f"{c.t('finder.teer_word')} {' / '.join(named)}",
                            noc_finder=links(lang)["noc_finder"])
    if abroad_in_title(text) is not None:  # RULES.md 1: work outside Canada does not count
        raise InvalidAnswer("finder.abroad", typed=text.strip()[:60])
    if asks_about_the_question(text):  # "what do you mean", « c'est quoi ça » offered occupations for the words
        if (offered := _titles_again(screening, lang, today)) is not None:
            why = f"{c.t('asked_back.job_occupation')} {c.t('asked_back.answer_below')}"
            offered.messages.insert(0, OutMessage(f"ℹ️ {h(why)}"))
            offered.error = True
            return offered
        return _explained(screening, lang, today)
    if (later := _later_answer(text, today) or about_the_job(text)) is not None:
        # "march 3 2025" or "25 hrs" typed before the occupation was tapped: the answer to a question after this
        # one, never a title to search (it offered "business development officers", and in French none at all,
        # dropping the occupations offered), nor "2 years" or "full time" (flows/not_a_title.py); said so, and
        # the occupations offered shown again
        problem = c.t(f"finder.{later}_typed", typed=text.strip()[:60], job=screening.position["job"] + 1)
        if (offered := _titles_again(screening, lang, today)) is not None:
            offered.messages.insert(0, OutMessage(f"⚠️ {h(problem)}"))
            offered.error = True
            return offered
        # nothing offered yet: the title asked for, and the date or hours said to come next
        raise InvalidAnswer(f"finder.{later}_typed_first", typed=text.strip()[:60])
    return _offer_titles(screening, text, lang, lang, today)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b", re.ASCII)
_HOURS_WORD = re.compile(r"\d\s*(?:h|hr|hrs|hours?|heures?)(?:\b|/)|\bh\s*/\s*(?:sem|semaine|wk|week)\b", re.ASCII)


def _later_answer(text: str, today: dt.date) -> str | None:
    """"date" or "hours" when a text typed for a job title reads whole as a job's date ("march 3 2025", "6 mai
    2024": a year and a date) or as its hours ("25 hrs", "40h"), which are asked after the occupation; else
    None."""
    folded = fold(text)
    if _a_date(text):  # "since march 2024", "vers février 2025": a month and a year with linking words only
        return "date"
    if _YEAR.search(folded):
        try:
            parse_date(text, "start", today)
        except InvalidAnswer as error:
            return "date" if isinstance(error, Ambiguous) or error.key == "err.job_not_started" else None
        return "date"
    if _HOURS_WORD.search(folded):
        try:  # as the hours question reads them: "8h/day 5 days", "about 35 h", "35-40 h" (a range, asked there)
            if hours_in_words(text) is not None:
                return "hours"
            parse(BY_ID["job_hours"], text, today, [], None)
        except Ambiguous:
            return "hours"
        except InvalidAnswer:
            return None
        return "hours"
    return None


def _offer_titles(screening: Screening, text: str, searched_in: str, lang: str, today: dt.date) -> Reply:
    """The occupations closest to a job title typed, to tap; the search is remembered (TITLES) so that the same
    ones are offered again, in `lang`, when the question is shown again (after /language: the search is made in
    the language it was typed in, `searched_in`, never again in the new one, which may find others or none)."""
    c = catalog(lang)
    job = screening.position["job"] + 1
    key = question_key(screening)
    typed = text.strip()[:60]
    moved = job_titles.promotion(text)  # "cashier then promoted to supervisor": the first position, job by job
    finding = job_titles.find(moved[0] if moved else text, searched_in)
    matches = [unit_group(m.code, lang) or m for m in finding.occupations]  # titles in the language shown
    if not matches:  # said, then the question again (its buttons choose by TEER)
        older = screening.answers.pop(TITLES, None)  # an older title's choices are not this one's
        problem = c.t("titles.self_employed" if finding.self_employed else "titles.employer_only"
                      if finding.employer_only else "finder.none_found", typed=typed)
        return Reply([OutMessage(f"⚠️ {h(problem)}"), question_message(screening, lang, today)],
                     changed=False, keep=older is not None, error=not finding.self_employed)
    screening.answers[TITLES] = {"at": key, "typed": text, "lang": searched_in}
    shared = listed_under_several(text)
    if finding.mixed_counting:  # never one of them presented as the answer
        # Said once: the shared title and the mixed counting in one text, never "the NOC code decides" twice.
        header = c.t("titles.mixed_shared", job=job, typed=typed) if shared else c.t("titles.mixed", job=job)
    elif finding.confidence == "low":
        header = c.t("titles.unsure", job=job, typed=typed)
    elif shared:
        header = c.t("finder.matches_shared", job=job, typed=typed)
    else:
        header = c.t("finder.matches", job=job)
    if moved:  # never "what you mostly did": each position's hours count by its own occupation (RULES.md 1)
        header = c.t("titles.promoted", job=job, first=moved[0][:40], second=moved[1][:40])
    text_shown = f"<b>{h(header)}</b>"
    if finding.self_employed:
        text_shown = f"{h(c.t('titles.self_employed_found'))}\n\n{text_shown}"
    return Reply([OutMessage(text_shown, match_buttons(key, matches, c))], changed=False, keep=True)  # TITLES


def _titles_again(screening: Screening, lang: str, today: dt.date) -> Reply | None:
    """The occupations offered for the title typed at this question, again (in `lang`); None when none are."""
    offered = screening.answers.get(TITLES)
    if not isinstance(offered, dict) or offered.get("at") != question_key(screening) \
            or not isinstance(offered.get("typed"), str) or BY_ID[screening.state].kind != "noc":
        return None
    searched_in = offered["lang"] if offered.get("lang") in ("en", "fr") else lang
    reply = _offer_titles(screening, offered["typed"], searched_in, lang, today)
    return None if reply.error else reply


def _button_value(screening: Screening, question: Question, value: str, today: dt.date) -> Any:
    """The answer a button carries, checked like typed text: None when it is not one of the question's."""
    if question.kind in ("yes_no", "choice"):
        if value not in answer_values(question):
            return None
        return (value == "yes") if question.kind == "yes_no" and value not in (UNSURE, PARTLY) else value
    if question.kind == "noc":
        code = value[1:]  # exactly the five digits our buttons carry: " 21232" would be stored as typed
        if value[:1] == "n" and len(code) == 5 and code.isascii() and code.isdigit() \
                and unit_group(code) is not None:
            return {"noc": code}
        teer = value[1:] if value[:1] == "t" else value
        return {"teer": int(teer)} if teer in TEERS else None
    if question.kind == "date":
        return _picked_date(question, value, today)
    kind = test_kind(screening, question)
    if question.kind == "score" and kind is not None and (
            levels := levels_of_button(value, kind, question.meta["ability"])) is not None:
        return levels  # the NCLC levels, chosen among readings
    if question.kind == "score" and kind is not None and "/" in value:  # four scores chosen among readings
        return parse_scores(value, kind, confirmed=True)
    if question.kind == "score" and kind is not None:  # a score tapped, or confirmed: never asked again
        return tidy(parse_score(value, kind, question.meta["ability"], confirmed=True))
    return parse(question, value, today, [], kind)  # numbers and scores: the same checks as typed ones


def _picked_date(question: Question, value: str, today: dt.date) -> str | None:
    if value == UNSURE:
        return value if question.meta.get("unsure") else None
    if is_month_only(value):
        picked = parse_pick(value, today)
        return value if picked is not None and picked[0] == "month" else None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    # The planned end of a job still going, confirmed (flows/parsing.py: planned_end): after today, not too far
    latest = planned_end_horizon(today) if question.id == "job_end" else today
    return value if EARLIEST <= day <= latest and len(value) == 10 else None


def handle_button(screening: Screening, key: str, value: str, lang: str, today: dt.date) -> Reply | None:
    """A button of the question `key`; None when the button is stale (from an older question) or forged."""
    if key != question_key(screening):
        return None
    if screening.state == VERDICT and value == "crs":
        screening.history.append(_position_token(screening))
        _advance(screening)
        return show(screening, lang, today)
    if screening.state in CHECKPOINTS:
        return None
    question = BY_ID[screening.state]
    if question.id == quebec.QUESTION and value == quebec.STAY and quebec.stays_in_quebec(screening.answers):
        return quebec.understood(key, lang)
    # a month chosen from "summer 2022", hours from "20-25": kept as approximate
    if question.id == "job_end" and value == FIX_DATE:  # "No, let me fix the date": the question, typed again
        c = catalog(lang)
        current = question_message(screening, lang, today)
        return Reply([OutMessage(f"{current.text}\n\n{h(c.t('answers.planned_end_retype'))}", current.buttons)],
                     changed=False)
    if value == NO_TEST and question.id in NO_TEST_AT:  # no test after all: the test question's own answer
        screening.state = NO_TEST_AT[question.id]
        return accept(screening, "none", lang, today)
    if question.id == "spouse_accompanying" and value in (STATUS_NOW, STATUS_NOT):
        return _status_settled(screening, value == STATUS_NOW, lang, today)
    if question.kind == "age" and (coming := birthday_soon.from_button(value)) is not None:
        return _age_with_birthday(screening, coming, lang, today)  # "32 in feb": the reading tapped
    about = (question.id in ABOUT or question.id == "job_hours") and value.endswith(ABOUT_MARK)
    try:
        parsed = _button_value(screening, question, value.removesuffix(ABOUT_MARK) if about else value, today)
        if parsed is None:
            return None
        if about and question.id == "job_hours":
            return _estimate(accept(screening, parsed, lang, today, estimate=True), parsed, lang)
        if about:
            return _about_date(accept(screening, parsed, lang, today, estimate=True), parsed, lang, question.id)
        if question.kind == "score" and isinstance(parsed, Levels):
            return accept_levels(screening, parsed, lang, today)
        if question.kind == "score" and isinstance(parsed, dict):
            return accept_scores(screening, parsed, lang, today)
        return accept(screening, parsed, lang, today)
    except InvalidAnswer as error:
        return _invalid(screening, error, lang, today)


def handle_picker(screening: Screening, kind: str, key: str, value: str, lang: str, today: dt.date
                  ) -> Reply | None:
    """A step that is not an answer yet: a page of the date picker, the TEER levels, typing a title again."""
    if key != question_key(screening) or screening.state in CHECKPOINTS:
        return None
    c = catalog(lang)
    question = BY_ID[screening.state]
    current = question_message(screening, lang, today)
    if kind == "pick" and question.kind == "date":
        step = picker_buttons(key, value, today, c)
        if step is None:
            return None
        prompt, buttons = step
        return Reply([OutMessage(f"{current.text}\n\n{h(prompt)}", buttons)], changed=False)
    if kind == "teer" and question.kind == "noc":
        text = c.t("finder.by_teer", job=screening.position["job"] + 1, noc_finder=links(lang)["noc_finder"])
        return Reply([OutMessage(f"<b>{h(text)}</b>", teer_buttons(key, c))], changed=False)
    if kind == "retype" and question.kind == "noc":
        offered = screening.answers.pop(TITLES, None)  # none of them: not offered again after /language
        return Reply([OutMessage(f"{current.text}\n\n{h(c.t('finder.type_prompt'))}", current.buttons)],
                     changed=False, keep=offered is not None)
    return None


def plan(screening: Screening, value: str, lang: str, today: dt.date) -> Reply | None:
    """After a result: choose a later application month, or come back to today; the result is shown again."""
    if screening.state not in CHECKPOINTS:
        return None
    c = catalog(lang)
    if value == "choose":
        return Reply([OutMessage(h(c.t("plan.choose")), plan_buttons(today, c))], changed=False)
    if value == "today":
        screening.answers.pop(PLANNED, None)
        return show(screening, lang, today)
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    if not today < day <= plan_days(today)[-1]:  # forged: never past the last month the picker offers
        return None
    screening.answers[PLANNED] = day.isoformat()
    return show(screening, lang, today)


def _plan_month_typed(screening: Screening, text: str, lang: str, today: dt.date) -> Reply | None:
    """A month typed at a result exactly as "What if I apply later?" offers it ("mars 2027", "March 2027"): the
    result for its first day, as the button gives it; None for anything else (no other wording is read)."""
    c = catalog(lang)
    said = " ".join(fold(text).strip(" .!").split())
    day = next((day for day in plan_days(today) if fold(month_name(c, day.year, day.month)) == said), None)
    return None if day is None else plan(screening, day.isoformat(), lang, today)


# -- moving around ---------------------------------------------------------------------------------------
def go_back(screening: Screening, lang: str, today: dt.date) -> Reply:
    """Back to the previous question; its answer stays until it is given again."""
    if screening.state == quebec.QUESTION and quebec.stays_in_quebec(screening.answers):
        # Back from the Quebec notice (a "Yes" may be a slip of the thumb, at the start or from /summary): the
        # question itself, to change it; going back past it would only show the notice again.
        return _changing(screening, Reply([question_message(screening, lang, today)], changed=False), lang, today)
    while screening.history:
        at = screening.history.pop()
        if restore(screening.answers, at) and "spouse_test_date" in screening.answers:  # dropped answers back
            # the partner's test date is back: the one kept aside (bookkeeping, which restore leaves) is over
            screening.answers.pop(earlier_date_key("spouse_test_date"), None)
        state, job, test = at.split(":")
        if _reachable(screening, state, int(job), int(test)):
            screening.state = state
            # The other kind's place may be of an item dropped since (a job left unfinished): its last one then
            screening.position.update(job=min(int(job), len(screening.answers["jobs"]) - 1),
                                      test=min(int(test), len(screening.answers["tests"]) - 1))
            dropped = _drop_unfinished(screening, catalog(lang)) if state in CHECKPOINTS else []
            reply = _changing(screening, show(screening, lang, today), lang, today)
            if dropped:
                reply.messages[0].text = f"🗑 {h(' '.join(dropped))}\n\n{reply.messages[0].text}"
            return reply
    reply = show(screening, lang, today)
    reply.messages.insert(0, OutMessage(h(catalog(lang).t("err.nothing_before"))))
    return reply


def _changing(screening: Screening, reply: Reply, lang: str, today: dt.date) -> Reply:
    """The question gone back to says which answer is being changed, so the person sees what they gave."""
    question = BY_ID.get(screening.state)
    if question is None or not screening.answered(question) or not reply.messages:
        return reply
    c = catalog(lang)
    now = echo(question, screening.item_for(question)[question.id], c)
    if question.id == "job_ongoing" and (end := planned_end(screening.item_for(question), today)):
        now = c.t("summary.ongoing_planned", end=c.date(end))  # as /summary says it: still going, until then
    reply.messages[0].text = f"✏️ {h(c.t('answers.changing', answer=now))}\n\n{reply.messages[0].text}"
    return reply


def _reachable(screening: Screening, state: str, job: int, test: int) -> bool:
    """A place in the history still exists: its job or test was not removed, its question still applies."""
    if state in CHECKPOINTS:
        return True
    scope = BY_ID[state].scope  # only its own kind's place matters: a test's, once a later job is dropped
    if (scope == "job" and job >= len(screening.answers["jobs"])) or (
            scope == "test" and test >= len(screening.answers["tests"])):
        return False
    saved = dict(screening.position)
    screening.position.update(job=min(job, len(screening.answers["jobs"]) - 1),
                              test=min(test, len(screening.answers["tests"]) - 1))
    applies = screening.applies(BY_ID[state])
    screening.position.update(saved)
    return applies


def edit(screening: Screening, question_id: str, index: int, lang: str, today: dt.date) -> Reply:
    """Jump to a question from the summary; after it, the flow resumes at the first unanswered question."""
    question = BY_ID.get(question_id)
    if question is None:
        return show(screening, lang, today)
    kind = "job" if question.scope == "job" else "test" if question.scope == "test" else None
    if kind and not 0 <= index < len(screening.answers[f"{kind}s"]):
        return show(screening, lang, today)
    saved = (screening.state, dict(screening.position))
    screening.history.append(_position_token(screening))
    if kind:
        screening.position[kind] = index
    screening.state = question_id
    if not screening.applies(question):  # e.g. the end date of an ongoing job: stay where we were
        screening.history.pop()
        screening.state, screening.answers["_position"] = saved
    elif question.id == quebec.QUESTION and quebec.stays_in_quebec(screening.answers):
        # the question itself, not the notice
        return _changing(screening, Reply([question_message(screening, lang, today)]), lang, today)
    return show(screening, lang, today)


def result_for(screening: Screening, lang: str, today: dt.date) -> dict[str, Any]:
    """The verdict on the answers so far (with the CRS once the age is known), by the same engine as assess. For a
    planned day, `verdict_today` is what the same answers give today: a round held now invites only who is in the
    pool now, and an answer changed under a plan must not leave the round alerts reading the last result made for
    today, with the answers before the change (storage/rounds.py)."""
    day = planned_day(screening, today)
    result = result_for_answers(screening.answers, day, lang, screening.rounds, today)
    if day > today:
        result["verdict_today"] = result_for_answers(screening.answers, today, lang, screening.rounds)["verdict"]
    if not crs_ready(screening):  # a CRS never counts a needed answer as 0: none stored, charted or compared
        result.update(crs=None, crs_comparison=None)  # as assess gives them before the age is known
    return result


def crs_ready(screening: Screening) -> bool:
    """At the first screen, whether every CRS question that applies is answered: e.g. "married" given in
    /summary, then /back to the verdict, leaves the partner's questions unasked and the CRS waiting for them."""
    return screening.state != VERDICT or crs_questions_left(screening) == 0


def planned_day(screening: Screening, today: dt.date) -> dt.date:
    """The day the application would be made: today, or a later day the person chose ("what if")."""
    chosen = screening.answers.get(PLANNED)
    return max(today, dt.date.fromisoformat(chosen)) if chosen else today


def _planned_header(screening: Screening, c: Catalog, today: dt.date) -> str:
    """"Assessed as if you apply on ..." above a result for a planned day still to come; a planned day that has
    come and gone gives today's result, with nothing to announce."""
    day = planned_day(screening, today)
    return f"{h(c.t('plan.as_of', date=c.date(day)))}\n\n" if day > today else ""


def crs_questions_left(screening: Screening) -> int:
    return sum(1 for q in QUESTIONS[[q.id for q in QUESTIONS].index(FIRST_CRS):]
               if screening.applies(q) and not screening.answered(q))


def where_you_were(screening: Screening, lang: str, today: dt.date) -> OutMessage:
    """The message that lets a person go on after an aside (/help, /privacy): the question in progress, or, for
    someone who chose Quebec's route ("I understand"), its kind close with the one button for a change of plans,
    never the Quebec question again as if it were unanswered."""
    if quebec.stays_in_quebec(screening.answers) and screening.state == quebec.QUESTION:
        return quebec.understood(question_key(screening), lang).messages[0]
    return question_message(screening, lang, today)


def show(screening: Screening, lang: str, today: dt.date) -> Reply:
    """What to show for the current state: a question, or a result with its options."""
    c = catalog(lang)
    if quebec.stays_in_quebec(screening.answers):  # no verdict, CRS or plan: Quebec's route instead
        screening.state = quebec.QUESTION
        return quebec.notice(question_key(screening), lang)
    resume_unfinished(screening)  # a result never leaves out part of a job or test (see _first_gap)
    if (crs_gap := _crs_gap(screening)) is not None:
        # A CRS never counts a needed answer as 0: e.g. /back out of a change to "partner coming" left the
        # partner's questions unasked. No history token: /back from there goes where it went before.
        screening.state = crs_gap
        message = question_message(screening, lang, today)
        message.text = f"⏸ {h(c.t('summary.unfinished_crs'))}\n\n{message.text}"
        return Reply([message])
    if screening.state not in CHECKPOINTS and screening.resumed is None \
            and (offered := _titles_again(screening, lang, today)) is not None:
        offered.changed = True  # as any reply of show(): where the screening is, to save
        return offered  # a title was typed here: its occupations, not "type your title" again
    if screening.state not in CHECKPOINTS:
        message = question_message(screening, lang, today)
        if screening.resumed is not None:  # said once: why this question comes before the result
            kind, index = screening.resumed
            screening.resumed = None
            # The only job has no 🗑️ in /summary (a job stays while "paid job in Canada" is yes): that answer then
            only = kind == "job" and len(screening.answers["jobs"]) == 1
            waiting = c.t("summary.unfinished_only_job" if only else f"summary.unfinished_{kind}", job=index + 1,
                          test=index + 1, canadian_work=c.t("summary.canadian_work"))
            message.text = f"⏸ {h(waiting)}\n\n{message.text}"
        return Reply([message])
    try:
        result = result_for(screening, lang, today)
    except ValidationError:
        fix = [[Button(c.t("button.summary"), "cmd|summary")]]
        return Reply([OutMessage(h(c.t("err.incomplete")), fix)])
    back = [Button(c.t("button.back"), f"back|{screening.state}")]
    menu = [[Button(c.t("button.summary"), "cmd|summary"), Button(c.t("button.restart"), "cmd|restart")],
            [Button(c.t("plan.button"), "plan|choose")], *chart_buttons(result, c), back]
    menu.insert(-1, [reminders_button(lang)])  # "🔔 Remind me": flows/reminders.py
    as_of = _planned_header(screening, c, today)
    if screening.state == VERDICT:
        left = crs_questions_left(screening)
        offer = [Button(c.t("button.crs", count=left) if left else c.t("button.crs_ready"), f"a|{VERDICT}|crs")]
        # The first screen; the whole verdict is one tap away (flows/result_view.py). Under the planned day's
        # header its own "assessed for an application made on" would say the same day twice.
        text = glance(result, lang, with_day=not as_of)
        if screening.answers.get("canadian_work") is False:  # said plainly, not only as "0 hours"
            text = f"{text}\n\n{h(c.t('picker.no_canadian_work'))}"
        if screening.answers.get(quebec.QUESTION) == UNSURE:  # it holds only for a plan to live outside Quebec
            text = f"{text}\n\n{quebec.unsure_result(lang)}"
        if skipped := skipped_jobs(screening.answers, c):  # TEER 4 or 5: not in the hours, and why
            text = f"{text}\n\n{skipped}"
        fixes: list[list[Button]] = []
        if "approximate" in result:
            block, fixes = approximate_block(result, screening.answers, c)
            if block:  # the answers that decide it: before the verdict when they can be fixed, else after
                text = f"{block}\n\n{text}" if fixes else f"{text}\n\n{block}"
        offer_text = c.t("results.crs_offer")
        if left and "marital" not in screening.answers:
            partner = sum(1 for q in QUESTIONS if q.section == "crs_partner")
            offer_text = c.t("results.crs_count", count=left, partner=partner)
        details = [Button(c.t("results.details"), DETAILS)]
        return Reply([OutMessage(as_of + text, fixes), OutMessage(h(offer_text), [details, offer, *menu])],
                     result=result)
    # Round alerts (bot/scheduled/round_alerts.py) and the latest rounds against this score (flows/rounds_view.py).
    menu = [[Button(c.t("rounds.alert_button"), "ralert|on"), rounds_button(lang)], *menu]
    menu.insert(0, [improvements_button(lang)])  # "📈 How can I raise my score?": flows/improvements_view.py
    # The grid's dated caveats (long, with links) once per screening and language: the first CRS message, which
    # stays, has them; after a switch of language they are said again, since the earlier ones read in the other.
    said_any = screening.answers.get(SAID_CAVEATS, [])
    said = frozenset(entry.partition(":")[2] if ":" in entry else entry for entry in said_any
                     if ":" not in entry or entry.startswith(f"{lang}:"))  # no prefix: stored before languages
    # The verdict above the score is not this result's when the result is for a planned day, or when it was read
    # in the other language: then the verdict is never left out for length, it comes in a short message before.
    alone = bool(as_of) or (bool(said_any) and not any(entry.startswith(f"{lang}:") for entry in said_any))
    profile = profile_for(screening.answers, planned_day(screening, today), careful_favour(result))
    # Said right under the total: with no valid test, the score at CLB 7 and at CLB 9; an expired result beside a
    # valid one; a partner's expired result.
    undated = tests_of_unsure_date(screening.answers)  # the careful reading's day for them is never said
    said_first = (without_a_test(profile, today, c, undated), own_expired(profile, c, today, undated),
                  partner_expired(profile, c, today))
    notes = [f"<b>{h(note)}</b>" for note in said_first if note]
    text = ""
    # The verdict's reminder, then a near birthday's lost age points (said in Details too), only when the message
    # stays short with them; why a partner is not counted ("without spouse", in Details too) before the reminder,
    # and kept when nothing makes the message short (a long French estimate runs over two messages anyway).
    # A partner's education counted as given (RULES.md 3 is silent on their ECA): left out first (Details says it)
    for remind, age, column, partner in ((True, True, True, True), (True, True, True, False),
                                         (False, True, True, False), (True, True, False, False),
                                         (False, True, False, False), (False, False, True, False),
                                         (False, False, False, False), (False, False, True, False)):
        text = crs_text(result, lang, said, remind, age, column, partner)
        if notes:
            heading, _, rest = text.partition("\n")
            text = "\n".join([heading, *notes, rest])
        if shown_length(as_of + text) <= SHORT_MESSAGE - ECHO_ROOM:
            break
    # A near birthday that costs age points is never left out (40 to 41 costs 11): when the score's message has
    # no room for it, it comes just before, in a short message of its own.
    birthday = next((w for w in result["warnings"] if w["id"] in AGE_WARNINGS), None) if not age else None
    caveats = {f"{lang}:{w['id']}" for w in result["warnings"] if w["id"].startswith("crs_")}
    screening.answers[SAID_CAVEATS] = sorted(set(said_any) | caveats)
    # The verdict of this result left out for length where the one above is not it: said first, on its own.
    lead = [OutMessage(as_of + h(verdict_reminder(result, lang)))] if alone and not remind else []
    if (note := crs_note(result, c)) is not None:  # the favourable reading's CRS, and what decides it
        block, fixes = approximate_block(result, screening.answers, c)
        return Reply([OutMessage(f"❔ {h(note)}\n\n{block}", fixes), *lead,
                      *_with_birthday(as_of + text, birthday, menu, lang)], result=result)
    return Reply([*lead, *_with_birthday(as_of + text, birthday, menu, lang)], result=result)


STATUS_NOW, STATUS_NOT = "status_now", "status_not"  # the partner a citizen or PR after all, or not
# "she'll join me once i get pr", « il va me rejoindre après ma RP »: the person's own status, not the partner's
_FIRST_PERSON = re.compile(r"\b(?:i|my|me|mine|ma|mon|mes|moi|je|j)\b", re.ASCII)


def _status_contradicted(screening: Screening, text: str, lang: str) -> Reply:
    """"yes she is pr" asked whether the partner comes, after "not a citizen or PR" was answered: the two answers
    say opposite things, and the partner's points hang on it (RULES.md 3): which is right is asked, nothing
    stored."""
    c = catalog(lang)
    key = question_key(screening)
    buttons = [[Button(c.t("answers.partner_status_now"), f"a|{key}|{STATUS_NOW}")],
               [Button(c.t("answers.partner_status_not"), f"a|{key}|{STATUS_NOT}")]]
    problem = c.t("answers.partner_status_contradicts", typed=" ".join(text.split())[:60])
    return Reply([OutMessage(f"❓ {h(problem)}", buttons)], changed=False, error=True)


def _status_settled(screening: Screening, status: bool, lang: str, today: dt.date) -> Reply:
    """The answer to _status_contradicted: a citizen or PR changes the answer before (then the partner is not
    asked about further: RULES.md 3, "without spouse"); not one asks whether the partner comes, again."""
    if not status:
        return show(screening, lang, today)
    back = go_back(screening, lang, today)
    if screening.state != "spouse_citizen":  # not the question just before: the way back is shown as it is
        return back
    reply = accept(screening, True, lang, today)
    reply.changed = True
    return reply


def _age_with_birthday(screening: Screening, coming: birthday_soon.Coming, lang: str, today: dt.date) -> Reply:
    """The age now stored, the birthday to come kept beside it and said back (flows/birthday_soon.py)."""
    born = coming.born()
    try:  # the birthday's day said: the birth date, which the engine reads to the day (RULES.md 3)
        value = parse(BY_ID[screening.state], born.isoformat() if born else str(coming.age), today, [], None)
    except InvalidAnswer as error:  # "turning 16 soon": out of range, said as for any age
        return _invalid(screening, error, lang, today, str(coming.age))
    reply = accept(screening, value, lang, today)
    screening.answers[birthday_soon.BIRTHDAY] = coming.stored()
    reply.messages.insert(0, OutMessage(f"ℹ️ {h(birthday_soon.said_back(coming, catalog(lang)))}"))
    return reply


def _with_birthday(text: str, birthday: dict[str, str] | None, menu: list[list[Button]],
                   lang: str) -> list[OutMessage]:
    """The CRS message with its buttons, just after the near birthday's lost age points when it had no room for
    them (the score's message stays the last, as the other results leave it)."""
    if birthday is None:
        return [OutMessage(text, menu)]
    return [OutMessage(f"⚠️ {h(short_caveat(birthday, lang))}"), OutMessage(text, menu)]



def remove_item(screening: Screening, kind: str, index: int, lang: str, today: dt.date,
                ident: str | None = None) -> Reply:
    """Remove one job or test; the flow then resumes at the first question still unanswered.

    `ident` (from the summary's button) must match the item now at `index`: a second tap is a no-op.
    """
    items = screening.answers.get(f"{kind}s")
    if kind not in ("job", "test") or items is None or not 0 <= index < len(items) or (
            kind == "job" and len(items) == 1) or (ident is not None and item_id(items[index]) != ident):
        return show(screening, lang, today)
    _drop(screening, kind, index)
    reply = walk_from_start(screening, lang, today)
    reply.messages.insert(0, OutMessage(h(catalog(lang).t(f"summary.removed_{kind}", job=index + 1,
                                                          test=index + 1))))
    return reply


def add_item(screening: Screening, kind: str, lang: str, today: dt.date) -> Reply:
    """A job or a test added from the summary, after the verdict as well: its first question; the flow then goes
    on at the first question still unanswered. /back right after it takes the addition back (flows/undo.py).

    Offered only after a job or test with answers (a second tap, or a stale summary, adds nothing more), a job
    only to someone who said they had paid work in Canada, a test not in place of "no test yet" (changed instead).
    """
    items = screening.answers.get(f"{kind}s")
    if kind not in ("job", "test") or not can_add(screening.answers, kind):
        return show(screening, lang, today)
    assert items is not None
    earlier = before_change(screening.answers)
    forget(screening.answers)
    at = _position_token(screening)
    screening.history.append(at)
    items[-1]["job_more" if kind == "job" else "test_more"] = True
    items.append({})
    screening.position[kind] = len(items) - 1
    screening.state = "job_occupation" if kind == "job" else "test_kind"
    remember(screening.answers, at, earlier)
    screening.answers[ADDING] = f"{kind}:{len(items) - 1}"
    return show(screening, lang, today)


def _drop(screening: Screening, kind: str, index: int) -> None:
    items = screening.answers[f"{kind}s"]
    del items[index]
    if not items:
        items.append({})
    more = "job_more" if kind == "job" else "test_more"
    for position, item in enumerate(items):  # "add another?" is yes for every item but the last
        if more in item:
            item[more] = position < len(items) - 1
    screening.history.clear()  # places in it refer to the old numbering
    screening.answers.pop(ADDING, None)  # so does the addition's place: a gap left is finished, never dropped


# -- a job or test left half answered ------------------------------------------------------------------------
# A job or test added from the summary after the verdict may be left half answered: /back to the result, /start,
# /summary, an edit of another answer, a restart of the bot. A half-answered job must never count in a verdict, nor
# be lost without a word. What a careful person at a desk would do, the bot does:
# - leaving it by /back from its first question (the only way back from there is "not this one after all"): it is
#   dropped, and the reply says so and how to add it again. Bringing them back to it would make /back go round
#   in a circle, and it holds a few answers at most (a whole job is never dropped this way: only the addition);
# - any other way to a result (an edit of another answer, /start, "Continue" under /summary, a stored screening
#   from before this rule): brought back to its next question, with a word why the result waits. They did not
#   ask to leave it, and its answers are theirs; "remove it from /summary" is said for those who want it gone.


def _first_gap(screening: Screening) -> tuple[str, int, int] | None:
    """The first question of the quick screening that applies and is unanswered, as (question, job, test); None
    when the verdict has every answer it needs. Read on a copy: nothing of the screening moves."""
    if quebec.stays_in_quebec(screening.answers):
        return None  # Quebec's route: no verdict, the answers kept as they are for a change of plans
    probe = Screening(FIRST, copy.deepcopy(screening.answers), [])
    probe.position.update(job=0, test=0)
    while probe.state not in CHECKPOINTS and probe.answered(BY_ID[probe.state]):
        fire(probe)
    return None if probe.state in CHECKPOINTS else (probe.state, probe.position["job"], probe.position["test"])


def _crs_gap(screening: Screening) -> str | None:
    """At the CRS result, the first CRS question that applies and is unanswered; None otherwise. Read on a copy."""
    if screening.state == VERDICT or screening.state not in CHECKPOINTS:
        return None
    probe = Screening(FIRST_CRS, copy.deepcopy(screening.answers), [])
    probe.position.update(job=0, test=0)
    while probe.state not in CHECKPOINTS and probe.answered(BY_ID[probe.state]):
        fire(probe)
    return None if probe.state in CHECKPOINTS else probe.state


def _gap_item(gap: tuple[str, int, int]) -> tuple[str, int] | None:
    scope = BY_ID[gap[0]].scope
    return (scope, gap[1] if scope == "job" else gap[2]) if scope in ("job", "test") else None


def resume_unfinished(screening: Screening) -> bool:
    """At a result while a question of the quick screening is unanswered: to that question instead (the result
    waits for it). True when moved; `screening.resumed` then names the job or test for the reply to say."""
    if screening.state not in CHECKPOINTS:
        return False
    gap = _first_gap(screening)
    if gap is None:
        screening.answers.pop(ADDING, None)  # finished: an addition like any other job or test now
        return False
    state, job, test = gap
    item = _gap_item(gap)
    if item is not None and item[1] >= len(screening.answers[f"{item[0]}s"]):
        screening.answers[f"{item[0]}s"].append({})  # "another one? yes" and nothing of it yet
    screening.history.append(_position_token(screening))  # /back from there: the result, and the choice to drop it
    screening.state = state
    screening.position.update(job=job, test=test)
    screening.resumed = item
    return True


def _drop_unfinished(screening: Screening, c: Catalog) -> list[str]:
    """Back at a result from the addition still unfinished: it is removed, and what is said about it returned."""
    said: list[str] = []
    adding = screening.answers.pop(ADDING, None)
    gap = _first_gap(screening)
    item = _gap_item(gap) if gap is not None else None
    if item is None or adding != f"{item[0]}:{item[1]}":
        return said
    kind, index = item
    items = screening.answers[f"{kind}s"]
    if index != len(items) - 1 or index == 0:
        return said  # never a job or test of the first pass: it is finished instead
    del items[index]
    items[-1]["job_more" if kind == "job" else "test_more"] = False
    screening.position[kind] = min(screening.position[kind], len(items) - 1)
    said.append(c.t(f"summary.dropped_{kind}", job=index + 1, test=index + 1))
    return said


def walk_from_start(screening: Screening, lang: str, today: dt.date) -> Reply:
    """From the first question, skip every answered one: the first gap, or the verdict when there is none."""
    screening.state = FIRST
    screening.position.update(job=0, test=0)
    while screening.state not in CHECKPOINTS and screening.answered(BY_ID[screening.state]):
        screening.history.append(_position_token(screening))
        fire(screening)
    return show(screening, lang, today)


def new_screening() -> Screening:
    return Screening(FIRST)
