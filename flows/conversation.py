"""The conversation, front-end free: a screening plus what the user did gives the reply to show.

Telegram and the terminal both call these functions; they only differ in how they draw a reply.
Texts are HTML (escaped; <b>, <i>, <a> only) so Telegram shows them as they are and the terminal
strips the tags.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape
from typing import Any

from pydantic import ValidationError

from eligibility import Profile, ScreeningProfile, assess
from eligibility.tables import links
from flows.machine import CHECKPOINTS, FIRST, FIRST_CRS, VERDICT, Screening, fire
from flows.parsing import InvalidAnswer, parse, score_spec, tidy
from flows.profile_builder import build_profile
from flows.questions import ABILITIES, BY_ID, LOOPS, QUESTIONS, TESTS, Question, spouse_counts
from flows.texts import Catalog, catalog
from flows.verdict_text import verdict_text

FLOW_VERSION = 1
_BAR = 10
_SCREENING_SECTIONS = ("plans", "work", "language")


def h(text: str) -> str:
    """Text for Telegram's HTML mode: <, > and & escaped; quotes stay readable."""
    return escape(text, quote=False)


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback data, at most 64 bytes


@dataclass
class OutMessage:
    text: str
    buttons: list[list[Button]] = field(default_factory=list)


@dataclass
class Reply:
    messages: list[OutMessage]
    echo: str | None = None  # the accepted answer, shown on the question it answers
    result: dict[str, Any] | None = None  # a verdict to store
    changed: bool = True  # the screening must be saved
    error: bool = False


# -- question messages ------------------------------------------------------------------------------------
def question_key(screening: Screening) -> str:
    """Identifies the question on screen: a button from any other question is stale."""
    if screening.state in CHECKPOINTS:
        return screening.state
    scope = BY_ID[screening.state].scope
    index = screening.position["job"] if scope == "job" else screening.position["test"] if scope == "test" else 0
    return f"{screening.state}:{index}"


def _test_kind(screening: Screening, question: Question) -> str | None:
    if question.scope == "test":
        return screening.item_for(question).get("test_kind")
    return screening.answers.get("spouse_test_kind")


def _labels(question: Question, c: Catalog) -> list[str]:
    if question.kind == "yes_no":
        return [c.t("button.yes"), c.t("button.no")]
    return [c.t(f"opt.{question.id}.{value}") for value in question.options]


def _section_questions(screening: Screening, question: Question) -> list[Question]:
    return [q for q in QUESTIONS if q.section == question.section and screening.applies(q)]


def progress_line(screening: Screening, question: Question, c: Catalog) -> str:
    same = _section_questions(screening, question)
    number = next((i for i, q in enumerate(same, start=1) if q.id == question.id), 1)
    filled = round(_BAR * (number - 1) / max(1, len(same)))
    section = c.t(f"section.{question.section}", job=screening.position["job"] + 1,
                  test=screening.position["test"] + 1)
    counter = c.t("progress", number=number, total=len(same))
    if question.section in _SCREENING_SECTIONS:  # the quick screening has three steps before the verdict
        step = c.t("step", step=_SCREENING_SECTIONS.index(question.section) + 1, steps=len(_SCREENING_SECTIONS))
        section = f"{step} · {section}"
    return f"{section} · {counter}\n{'▰' * filled}{'▱' * (_BAR - filled)}"


def _text_key(screening: Screening, question: Question) -> str:
    """The question's wording, which may depend on earlier answers (an ongoing job, a spouse's test)."""
    if question.kind == "score":
        return "q.score.text_spouse" if question.scope == "spouse_test" else "q.score.text"
    if question.id == "job_hours" and screening.item_for(question).get("job_ongoing"):
        return "q.job_hours.text_ongoing"
    if question.id == "sibling" and not spouse_counts(screening.answers, screening.answers):
        return "q.sibling.text_alone"
    return f"q.{question.id}.text"


def question_message(screening: Screening, lang: str) -> OutMessage:
    """The current question with its progress line, hint and buttons."""
    c = catalog(lang)
    question = BY_ID[screening.state]
    params: dict[str, Any] = {"job": screening.position["job"] + 1, "test": screening.position["test"] + 1,
                              "noc_finder": links()["noc_finder"]}
    if question.kind == "score":
        kind = _test_kind(screening, question) or TESTS[0]
        low, high, step = score_spec(kind, question.meta["ability"])
        params.update(test=c.t(f"test.{kind}"), ability=c.t(f"ability.{question.meta['ability']}"),
                      low=tidy(low), high=tidy(high))
        hint = c.t("hint.score_half" if step == 0.5 else "hint.score_whole", **params)
    else:
        hint = c.t(f"q.{question.id}.hint", **params) if f"q.{question.id}.hint" in c.texts else ""
    text = c.t(_text_key(screening, question), **params)
    lines = [h(progress_line(screening, question, c)), "", f"<b>{h(text)}</b>"]
    if hint:
        lines.append(f"<i>{h(hint)}</i>")
    key = question_key(screening)
    buttons: list[list[Button]] = []
    if question.kind in ("yes_no", "choice", "noc"):
        values = ["yes", "no"] if question.kind == "yes_no" else list(question.options)
        cells = [Button(label, f"a|{key}|{value}") for label, value in zip(_labels(question, c), values,
                                                                             strict=True)]
        buttons = [cells[i:i + question.columns] for i in range(0, len(cells), question.columns)]
    elif question.shortcuts:
        cells = [Button(decimal(value, c), f"a|{key}|{value}") for value in question.shortcuts]
        buttons = [cells[i:i + 4] for i in range(0, len(cells), 4)]
    if screening.history:
        buttons.append([Button(c.t("button.back"), f"back|{key}")])
    return OutMessage("\n".join(lines), buttons)


# -- answers ---------------------------------------------------------------------------------------------
def decimal(value: float | str, c: Catalog) -> str:
    """37.5 as the language writes it (37,5 in French)."""
    return str(tidy(float(value))).replace(".", c.t("decimal"))


def _echo(question: Question, value: Any, c: Catalog) -> str:
    if question.kind == "yes_no":
        return c.t("button.yes" if value else "button.no")
    if question.kind == "choice":
        return c.t(f"opt.{question.id}.{value}")
    if question.kind == "noc":
        return c.t("echo.noc", code=value["noc"]) if "noc" in value else c.t(f"opt.job_occupation.{value['teer']}")
    if question.kind == "age":
        return str(value.get("birth_date") or c.t("echo.age", age=value["age"]))
    if question.kind == "number":
        return c.t("echo.hours", hours=decimal(value, c))
    if question.kind == "score":
        return decimal(value, c)
    return str(value)


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
        reply.echo = _echo(question, value, catalog(lang))
        return reply
    item = screening.item_for(question)
    if question.id in _SCORES_OF and item.get(question.id, value) != value:
        for score in _SCORES_OF[question.id]:  # scores of another test mean nothing on this one's scale
            item.pop(score, None)
    item[question.id] = value
    _prune(screening)
    _advance(screening)
    reply = show(screening, lang, today)
    reply.echo = _echo(question, value, catalog(lang))
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
        value = parse(question, text, today, _labels(question, catalog(lang)), _test_kind(screening, question))
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


_TRANSFERABILITY_PARTS = ("education_language", "education_canadian_work", "foreign_work_language",
                          "foreign_work_canadian_work", "certificate_language")
_ADDITIONAL_PARTS = ("provincial_nomination", "canadian_credential", "french", "sibling", "arranged_employment")


def crs_text(result: dict[str, Any], lang: str) -> str:
    c = catalog(lang)
    crs = result["crs"]
    lines = [f"📊 <b>{h(c.t('verdict.crs', total=crs['total']))}</b>",
             h(c.t("verdict.crs_parts", **{k: crs[k] for k in ("core", "spouse", "transferability",
                                                                  "additional")})), ""]
    lines += [f"• {h(c.t('pair', label=c.t(f'crs_detail.{name}'), value=points))}"
              for name, points in crs["details"].items() if points]
    details = crs["details"]
    listed_transfer = sum(details.get(k, 0) for k in _TRANSFERABILITY_PARTS)
    listed_extra = sum(details.get(k, 0) for k in _ADDITIONAL_PARTS)
    if listed_transfer > crs["transferability"] or listed_extra > crs["additional"]:
        lines.append(f"<i>{h(c.t('verdict.crs_capped'))}</i>")
    if result.get("crs_comparison"):
        lines += ["", h(result["crs_comparison"]["explanation"])]
    eligible_on = result["eligible_on"]
    title = c.t(f"verdict.title.{result['verdict']}",
                date=c.date(dt.date.fromisoformat(eligible_on)) if eligible_on else "")
    lines += ["", h(c.t("verdict.reminder", title=title)), "",
              f'<a href="{escape(links()["crs_tool"], quote=True)}">{h(c.t("step.official_crs_tool"))}</a>',
              "", f"<i>{h(result['disclaimer'])}</i>"]
    return "\n".join(lines)


def _summary_groups(screening: Screening) -> list[tuple[Question, int, dict[str, Any]]]:
    """Answers in reading order: plans, then each job whole, then each test whole, then the CRS."""
    answers = screening.answers
    by_scope = {scope: [q for q in QUESTIONS if q.scope == scope and q.id not in LOOPS]
                for scope in ("job", "test")}
    ordered: list[tuple[Question, int, dict[str, Any]]] = []
    for question in QUESTIONS:
        if question.scope in by_scope:
            if question is by_scope[question.scope][0]:  # where the loop starts: all its items, each whole
                for index, item in enumerate(answers[f"{question.scope}s"]):
                    ordered += [(q, index, item) for q in by_scope[question.scope]]
            continue
        ordered.append((question, 0, answers))
    return [(q, index, item) for q, index, item in ordered if q.id in item]


_MAX_BUTTONS = 90  # Telegram allows 100 buttons on a message: a longer summary is sent in parts


def _group_of(question: Question, index: int) -> str:
    return f"{question.scope}{index}" if question.scope in ("job", "test") else question.section


def summary(screening: Screening, lang: str) -> Reply:
    """Every answer so far, each with a button to change it; jobs and tests can be removed.

    One message as a rule; when the buttons would pass Telegram's limit, one message per job, per test
    and per part, each with its own buttons.
    """
    c = catalog(lang)
    groups: dict[str, tuple[list[str], list[Button]]] = {}
    for question, index, item in _summary_groups(screening):
        label = c.t(f"summary.{question.id}", job=index + 1, test=index + 1)
        lines, buttons = groups.setdefault(_group_of(question, index), ([], []))
        lines.append(f"• {h(c.t('pair', label=label, value=_echo(question, item[question.id], c)))}")
        buttons.append(Button(f"✏️ {label}", f"edit|{question.id}|{index}"))
    removals = [Button(c.t(f"summary.remove_{kind}", job=i + 1, test=i + 1), f"remove|{kind}|{i}")
                for kind in ("job", "test") for i, item in enumerate(screening.answers[f"{kind}s"])
                if item and (kind == "test" or len(screening.answers["jobs"]) > 1)]
    closing = [*_pairs(removals), [Button(c.t("button.continue"), "cmd|continue")]]
    title = f"<b>{h(c.t('summary.title'))}</b>"
    every_button = sum(len(buttons) for _, buttons in groups.values()) + len(removals) + 1
    if not groups:
        return Reply([OutMessage(f"{title}\n{h(c.t('summary.empty'))}", closing)], changed=False)
    if every_button <= _MAX_BUTTONS:
        lines = [line for group_lines, _ in groups.values() for line in group_lines]
        buttons = [b for _, group_buttons in groups.values() for b in group_buttons]
        return Reply([OutMessage("\n".join([title, *lines]), [*_pairs(buttons), *closing])], changed=False)
    messages = [OutMessage("\n".join(lines), _pairs(buttons)) for lines, buttons in groups.values()]
    messages[0].text = f"{title}\n{messages[0].text}"
    messages.append(OutMessage(h(c.t("summary.more")), closing))
    return Reply(messages, changed=False)


def _pairs(buttons: list[Button]) -> list[list[Button]]:
    return [buttons[i:i + 2] for i in range(0, len(buttons), 2)]


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
