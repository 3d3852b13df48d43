"""The conversation, front-end free: a screening plus what the user did gives the reply to show.

Telegram and the terminal both call these functions; they only differ in how they draw a reply.
Texts are HTML (escaped; <b>, <i>, <a> only) so Telegram shows them as they are and the terminal
strips the tags.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError

from eligibility import Profile, ScreeningProfile, assess
from flows.machine import CHECKPOINTS, FIRST, FIRST_CRS, VERDICT, Screening, fire
from flows.parsing import InvalidAnswer, parse
from flows.profile_builder import build_profile
from flows.questions import ABILITIES, BY_ID, QUESTIONS, Question
from flows.rendering import crs_text, echo, labels, question_key, question_message, summary, test_kind
from flows.replies import Button, OutMessage, Reply, h
from flows.texts import catalog
from flows.verdict_text import verdict_text

__all__ = ["Button", "OutMessage", "Reply", "h", "question_key", "question_message", "summary"]

FLOW_VERSION = 1


def _check_together(screening: Screening, question: Question, value: Any) -> None:
    """Checks that need another answer: a job cannot end before it starts."""
    item = screening.item_for(question)
    if question.id == "job_end" and "job_start" in item and value < item["job_start"]:
        raise InvalidAnswer("err.end_before_start", start=item["job_start"])
    if question.id == "job_start" and item.get("job_end") and value > item["job_end"]:
        raise InvalidAnswer("err.start_after_end", end=item["job_end"])


def _prune(screening: Screening) -> None:
    """Drop the answers that no longer apply (a spouse after "single", jobs after "no more jobs")."""
    answers = screening.answers
    for kind, more in (("jobs", "job_more"), ("tests", "test_more")):
        items = answers[kind]
        for index, item in enumerate(items):
            if item.get(more) is False or (kind == "tests" and item.get("test_kind") == "none"):
                del items[index + 1:]
                break
        key = kind[:-1]
        screening.position[key] = min(screening.position[key], len(items) - 1)
    for question in QUESTIONS:
        if question.when is None:
            continue
        holders = answers[f"{question.scope}s"] if question.scope in ("job", "test") else [answers]
        for item in holders:
            if question.id in item and not question.applies(answers, item):
                del item[question.id]


def _position_token(screening: Screening) -> str:
    return f"{screening.state}:{screening.position['job']}:{screening.position['test']}"


def _advance(screening: Screening) -> None:
    """Go to the next question that applies and is still unanswered (answers given earlier are kept)."""
    fire(screening)
    while screening.state not in CHECKPOINTS and screening.answered(BY_ID[screening.state]):
        screening.history.append(_position_token(screening))
        fire(screening)


_SCORES_OF = {"test_kind": [f"test_{a}" for a in ABILITIES],
              "spouse_test_kind": [f"spouse_{a}" for a in ABILITIES]}


def accept(screening: Screening, value: Any, lang: str, today: dt.date) -> Reply:
    question = BY_ID[screening.state]
    _check_together(screening, question, value)
    screening.history.append(_position_token(screening))
    if question.id == "test_kind" and value == "none" and len(screening.answers["tests"]) > 1:
        _drop(screening, "test", screening.position["test"])  # "no test" here means: remove this one
        reply = walk_from_start(screening, lang, today)
        reply.echo = echo(question, value, catalog(lang))
        return reply
    item = screening.item_for(question)
    if question.id in _SCORES_OF and item.get(question.id, value) != value:
        for score in _SCORES_OF[question.id]:  # scores of another test mean nothing on this one's scale
            item.pop(score, None)
    item[question.id] = value
    _prune(screening)
    _advance(screening)
    reply = show(screening, lang, today)
    reply.echo = echo(question, value, catalog(lang))
    return reply


def _invalid(screening: Screening, error: InvalidAnswer, lang: str) -> Reply:
    c = catalog(lang)
    problem = c.t(error.key, **error.params)
    current = question_message(screening, lang)
    return Reply([OutMessage(f"⚠️ {h(problem)}"), current], changed=False, error=True)


def handle_text(screening: Screening, text: str, lang: str, today: dt.date) -> Reply:
    """A typed answer to the current question (also accepted where buttons are offered)."""
    if screening.state in CHECKPOINTS:
        notice = OutMessage(h(catalog(lang).t("err.no_question")))
        return Reply([notice, *show(screening, lang, today).messages], changed=False)
    question = BY_ID[screening.state]
    try:
        value = parse(question, text, today, labels(question, catalog(lang)), test_kind(screening, question))
        return accept(screening, value, lang, today)
    except InvalidAnswer as error:
        return _invalid(screening, error, lang)


def handle_button(screening: Screening, key: str, value: str, lang: str, today: dt.date) -> Reply | None:
    """A button of the question `key`; None when the button is stale (from an older question)."""
    if key != question_key(screening):
        return None
    if screening.state == VERDICT and value == "crs":
        screening.history.append(_position_token(screening))
        _advance(screening)
        return show(screening, lang, today)
    if screening.state in CHECKPOINTS:
        return None
    question = BY_ID[screening.state]
    try:
        if question.kind == "yes_no":
            parsed: Any = value == "yes"
        elif question.kind == "noc":
            parsed = {"teer": int(value)}
        elif question.kind == "number":
            parsed = parse(question, value, today, [], None)
        elif value in question.options:
            parsed = value
        else:
            return None
        return accept(screening, parsed, lang, today)
    except InvalidAnswer as error:
        return _invalid(screening, error, lang)


# -- moving around ---------------------------------------------------------------------------------------
def go_back(screening: Screening, lang: str, today: dt.date) -> Reply:
    """Back to the previous question; its answer stays until it is given again."""
    while screening.history:
        state, job, test = screening.history.pop().split(":")
        if _reachable(screening, state, int(job), int(test)):
            screening.state = state
            screening.position.update(job=int(job), test=int(test))
            return show(screening, lang, today)
    reply = show(screening, lang, today)
    reply.messages.insert(0, OutMessage(h(catalog(lang).t("err.nothing_before"))))
    return reply


def _reachable(screening: Screening, state: str, job: int, test: int) -> bool:
    """A place in the history still exists: its job or test was not removed, its question still applies."""
    if state in CHECKPOINTS:
        return True
    if job >= len(screening.answers["jobs"]) or test >= len(screening.answers["tests"]):
        return False
    saved = dict(screening.position)
    screening.position.update(job=job, test=test)
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
    return show(screening, lang, today)


def result_for(screening: Screening, lang: str, today: dt.date) -> dict[str, Any]:
    """The verdict on the answers so far (with the CRS once the age is known), by the same engine as assess."""
    raw = build_profile(screening.answers, today)
    model = Profile if "birth_date" in raw or "age" in raw else ScreeningProfile
    return assess(model.model_validate(raw, strict=False), lang)


def crs_questions_left(screening: Screening) -> int:
    return sum(1 for q in QUESTIONS[[q.id for q in QUESTIONS].index(FIRST_CRS):]
               if screening.applies(q) and not screening.answered(q))


def show(screening: Screening, lang: str, today: dt.date) -> Reply:
    """What to show for the current state: a question, or a result with its options."""
    c = catalog(lang)
    if screening.state not in CHECKPOINTS:
        return Reply([question_message(screening, lang)])
    try:
        result = result_for(screening, lang, today)
    except ValidationError:
        fix = [[Button(c.t("button.summary"), "cmd|summary")]]
        return Reply([OutMessage(h(c.t("err.incomplete")), fix)])
    back = [Button(c.t("button.back"), f"back|{screening.state}")]
    menu = [[Button(c.t("button.summary"), "cmd|summary"), Button(c.t("button.restart"), "cmd|restart")], back]
    if screening.state == VERDICT:
        left = crs_questions_left(screening)
        offer = [Button(c.t("button.crs", count=left) if left else c.t("button.crs_ready"), f"a|{VERDICT}|crs")]
        text = verdict_text(result, lang, html=True, with_crs=False)
        offer_message = OutMessage(h(c.t("verdict.crs_offer")), [offer, *menu])
        return Reply([OutMessage(text), offer_message], result=result)
    return Reply([OutMessage(crs_text(result, lang), menu)], result=result)



def remove_item(screening: Screening, kind: str, index: int, lang: str, today: dt.date) -> Reply:
    """Remove one job or test; the flow then resumes at the first question still unanswered."""
    items = screening.answers.get(f"{kind}s")
    if kind not in ("job", "test") or items is None or not 0 <= index < len(items) or (
            kind == "job" and len(items) == 1):
        return show(screening, lang, today)
    _drop(screening, kind, index)
    reply = walk_from_start(screening, lang, today)
    reply.messages.insert(0, OutMessage(h(catalog(lang).t(f"summary.removed_{kind}", job=index + 1,
                                                          test=index + 1))))
    return reply


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
