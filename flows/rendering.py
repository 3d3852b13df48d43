"""What the conversation looks like: question messages, progress, echoes of answers, the CRS and the summary.

Pure rendering of a screening into front-end free messages (flows.replies); what happens on an answer is
flows.conversation's. Texts are HTML (escaped; <b>, <i>, <a> only).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from html import escape
from typing import Any

from eligibility.occupations import unit_group
from eligibility.tables import links
from flows.answer_words import ABOUT_MARK
from flows.approximate_dates import ABOUT, spouse_test_notes
from flows.estimates import ESTIMATE, crs_year_notes
from flows.machine import CHECKPOINTS, Screening
from flows.parsing import is_month_only, score_spec, tidy
from flows.pickers import date_buttons, month_name, occupation_label, rows
from flows.questions import (
    ABILITIES,
    BY_ID,
    LEVEL_OF,
    LOOPS,
    PARTLY,
    QUESTIONS,
    TESTS,
    UNSURE,
    Question,
    planned_end,
    spouse_counts,
)
from flows.replies import Button, OutMessage, Reply, h
from flows.result_view import AGE_WARNINGS, linked, short_caveat
from flows.texts import LANGUAGES, Catalog, catalog
from flows.uncertainty import figure_lines, outcome_words, same_verdict
from flows.verdict_text import verdict_title

_BAR = 10
_SCREENING_SECTIONS = ("plans", "work", "language")
# Scores offered as buttons where a test has few of them (others are typed, or all four at once).
SCORE_BUTTONS = {"ielts_general": tuple(str(tidy(4 + i / 2)) for i in range(11)),
                 "celpip_general": tuple(str(level) for level in range(3, 13))}

# -- question messages ------------------------------------------------------------------------------------
# A test's kind, and its date: asked again when the kind changes (the person's tests and the partner's alike)
DATE_OF_KIND = {"test_kind": "test_date", "spouse_test_kind": "spouse_test_date"}


def earlier_date_key(date_id: str) -> str:
    """Where a test whose kind was changed keeps [the date given for the test it replaced, whether said as only
    about then], beside its answers (in the test's item, or in the answers for the partner's)."""
    return f"_earlier_{date_id}"


def question_key(screening: Screening) -> str:
    """Identifies the question on screen: a button from any other question is stale."""
    if screening.state in CHECKPOINTS:
        return screening.state
    scope = BY_ID[screening.state].scope
    index = screening.position["job"] if scope == "job" else screening.position["test"] if scope == "test" else 0
    return f"{screening.state}:{index}"


def test_kind(screening: Screening, question: Question) -> str | None:
    if question.scope == "test":
        return screening.item_for(question).get("test_kind")
    return screening.answers.get("spouse_test_kind")


def labels(question: Question, c: Catalog) -> list[str]:
    if question.kind == "yes_no":
        return [c.t(_YES_NO_LABELS[value]) for value in answer_values(question)]
    return [c.t(f"opt.{question.id}.{value}") for value in question.options]


_BY_SECTION: dict[str, tuple[Question, ...]] = {
    section: tuple(q for q in QUESTIONS if q.section == section) for section in dict.fromkeys(
        q.section for q in QUESTIONS)}


def _section_questions(screening: Screening, question: Question) -> list[Question]:
    """The questions counted by the progress line; from the second job or test on, only that item's."""
    again = question.scope in ("job", "test") and screening.position[question.scope] > 0
    return [q for q in _BY_SECTION[question.section] if screening.applies(q)
            and not (again and q.scope != question.scope)]


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


def _text_key(screening: Screening, question: Question, today: dt.date) -> str:
    """The question's wording, which may depend on earlier answers (an ongoing job, a spouse's test)."""
    if question.kind == "score":
        return "q.score.text_spouse" if question.scope == "spouse_test" else "q.score.text"
    if question.id == "job_hours" and (screening.item_for(question).get("job_ongoing")
                                       or planned_end(screening.item_for(question), today)):
        return "q.job_hours.text_ongoing"  # a job still going, with or without a planned end
    if question.id == "job_end" and planned_end(screening.item_for(question), today):
        return "q.job_end.text_planned"  # its planned end changed (/summary): "when will it end?", not "did"
    if question.id == "sibling" and not spouse_counts(screening.answers, screening.answers):
        return "q.sibling.text_alone"
    return f"q.{question.id}.text"


def _answer_buttons(screening: Screening, question: Question, key: str, c: Catalog,
                    today: dt.date) -> list[list[Button]]:
    """The buttons that answer the question: options, a date picker, scores, or the finder's way out."""
    if question.kind in ("yes_no", "choice"):
        values = list(answer_values(question))
        cells = [Button(label, f"a|{key}|{value}") for label, value in zip(labels(question, c), values,
                                                                             strict=True)]
        short = question.kind == "yes_no" and not question.meta.get("partly")  # its third label is long
        return rows(cells, 3 if len(cells) == 3 and short else question.columns)
    if question.kind == "noc":
        return [[Button(c.t("finder.by_teer_button"), f"teer|{key}")]]
    if question.kind == "date":
        earlier = screening.item_for(question).get(earlier_date_key(question.id)) \
            if question.id in DATE_OF_KIND.values() else None
        if isinstance(earlier, list) and len(earlier) == 2 and isinstance(earlier[0], str) \
                and earlier[0] != UNSURE:
            # the kind was changed: the date given for the test it replaced, one tap away if it is the same day
            day, about = earlier
            same = Button(c.t("picker.same_date", date=echo(question, day, c)), f"a|{key}|{day}"
                          f"{ABOUT_MARK if about else ''}")
            return [[same], *date_buttons(question, key, today, c)]
        return date_buttons(question, key, today, c)
    if question.kind == "score":
        kind = test_kind(screening, question) or TESTS[0]
        scores = SCORE_BUTTONS.get(kind, ())
        return rows([Button(decimal(v, c), f"a|{key}|{v}") for v in scores], 4 if len(scores) > 10 else 5)
    return rows([Button(decimal(value, c), f"a|{key}|{value}") for value in question.shortcuts], 4)


_YES_NO_LABELS = {"yes": "button.yes", "no": "button.no", PARTLY: "button.partly", UNSURE: "unsure.button"}


def answer_values(question: Question) -> tuple[str, ...]:
    """The values a button of this question may carry (forged callback data is checked against them)."""
    if question.kind == "yes_no":
        return ("yes", "no", *((PARTLY,) if question.meta.get("partly") else ()),
                *((UNSURE,) if question.meta.get("unsure") else ()))
    return question.options


# Where in each ability's range the example of four scores typed at once falls: in range, and varied.
_EXAMPLE_SPOTS = (0.72, 0.64, 0.68, 0.7)


def _four_scores_example(kind: str) -> str:
    """Four whole scores in this test's own ranges ("9 8 8 8" for CELPIP, "503 447 475 489" for TEF Canada)."""
    spots = []
    for ability, spot in zip(ABILITIES, _EXAMPLE_SPOTS, strict=True):
        low, high, _ = score_spec(kind, ability)
        spots.append(str(round(low + spot * (high - low))))
    return " ".join(spots)


def _question_params(screening: Screening, question: Question, lang: str) -> dict[str, Any]:
    c = catalog(lang)
    params: dict[str, Any] = {"job": screening.position["job"] + 1, "test": screening.position["test"] + 1,
                              "noc_finder": links(lang)["noc_finder"]}
    if question.kind == "score":
        kind = test_kind(screening, question) or TESTS[0]
        low, high, _ = score_spec(kind, question.meta["ability"])
        params.update(test=c.t(f"test.{kind}"), ability=c.t(f"ability.{question.meta['ability']}"),
                      low=tidy(low), high=tidy(high), example=_four_scores_example(kind))
    return params


_PROGRESS_BAR = re.compile(r"^[▰▱]+$", re.MULTILINE)


def asks_something_else(screening: Screening, shown: str, today: dt.date) -> bool:
    """`shown`, the text of a bot message the user replied to, is a question message (it has the progress bar)
    of another question than the one in progress, in either language: a reply to it may be meant for that
    earlier question. A message with no bar (a "which did you mean?", a warning) is no sign of it."""
    if screening.state not in BY_ID or not _PROGRESS_BAR.search(shown):
        return False
    question = BY_ID[screening.state]
    for lang in LANGUAGES:
        c = catalog(lang)
        where = progress_line(screening, question, c).splitlines()[0]  # which job or test, which question
        text = c.t(_text_key(screening, question, today), **_question_params(screening, question, lang))
        if where in shown and text in shown:
            return False
    return True


# Occupations of minding children (NOC 2021 42202 early childhood educators and assistants, 44100 home child care
# providers): in one's own home, paid by the parents, it is one's own business; employed by a family, a daycare or
# an agency, it is not. The employee question says so for them.
CHILD_CARE_NOCS = frozenset({"42202", "44100"})


def question_message(screening: Screening, lang: str, today: dt.date, *, planned: bool = False) -> OutMessage:
    """The current question with its progress line, hint and buttons (a date picker ends at `today`); `planned`:
    a job's end asked as one to come (its day was asked for a month said after today)."""
    c = catalog(lang)
    question = BY_ID[screening.state]
    params = _question_params(screening, question, lang)
    if question.kind == "score":
        step = score_spec(test_kind(screening, question) or TESTS[0], question.meta["ability"])[2]
        # A spouse's result is on the spouse's report, not "your" report
        whose = "_spouse" if question.scope == "spouse_test" else ""
        hint = c.t(("hint.score_half" if step == 0.5 else "hint.score_whole") + whose, **params)
    elif question.id == "job_employee" and (screening.item_for(question).get("job_occupation") or {}).get(
            "noc") in CHILD_CARE_NOCS:  # minding children: who pays decides it (RULES.md 1, self-employment)
        hint = c.t("q.job_employee.hint_child_care", **params)
    else:
        hint = c.t(f"q.{question.id}.hint", **params) if f"q.{question.id}.hint" in c.texts else ""
    text_key = "q.job_end.text_planned" if planned and question.id == "job_end" \
        else _text_key(screening, question, today)
    if text_key == "q.job_end.text_planned":  # the picker's years are past ones: a day to come is typed
        hint = c.t("q.job_end.hint_planned", **params)
    text = c.t(text_key, **params)
    lines = [h(progress_line(screening, question, c)), "", f"<b>{h(text)}</b>"]
    if hint:
        lines.append(f"<i>{h(hint)}</i>")
    key = question_key(screening)
    buttons = _answer_buttons(screening, question, key, c, today)
    if screening.history:
        buttons.append([Button(c.t("button.back"), f"back|{key}")])
    return OutMessage("\n".join(lines), buttons)


# -- answers ---------------------------------------------------------------------------------------------
def decimal(value: float | str, c: Catalog) -> str:
    """37.5 as the language writes it (37,5 in French)."""
    return str(tidy(float(value))).replace(".", c.t("decimal"))


def echo(question: Question, value: Any, c: Catalog) -> str:
    if value == UNSURE:
        return c.t("unsure.echo")
    if value == PARTLY:
        return c.t("button.partly")
    if question.kind == "yes_no":
        return c.t("button.yes" if value else "button.no")
    if question.kind == "choice":
        return c.t(f"opt.{question.id}.{value}")
    if question.kind == "noc":
        if "noc" not in value:
            return c.t(f"opt.job_occupation.{value['teer']}")
        occupation = unit_group(value["noc"], c.lang)
        return occupation_label(occupation, c) if occupation else c.t("echo.noc", code=value["noc"])
    if question.kind == "date" and is_month_only(value):
        return month_name(c, int(value[:4]), int(value[5:7]))
    if question.kind == "date" and isinstance(value, str) and len(value) == 10:  # a day in words: "April 12, 2024"
        return c.date(dt.date.fromisoformat(value))
    if question.kind == "age":
        if born := value.get("birth_date"):  # in words, as the buttons of a date read two ways say it
            return c.date(dt.date.fromisoformat(born))
        return c.t("echo.age", age=value["age"])
    if question.kind == "number":
        return c.t("echo.hours", hours=decimal(value, c))
    if question.kind == "score":
        return decimal(value, c)
    return str(value)



_TRANSFERABILITY_PARTS = ("education_language", "education_canadian_work", "foreign_work_language",
                          "foreign_work_canadian_work", "certificate_language")
_ADDITIONAL_PARTS = ("provincial_nomination", "canadian_credential", "french", "sibling", "arranged_employment")


def verdict_reminder(result: dict[str, Any], lang: str) -> str:
    """"Eligibility: ..." under a CRS estimate, in the words of the first screen's title."""
    c = catalog(lang)
    title = verdict_title(result, c)  # the first screen's: Quebec never "for now", a new test's day never certain
    if lang == "fr":  # after a dash, French goes on in lower case
        title = title[:1].lower() + title[1:]
    return c.t("verdict.reminder", title=title)


def crs_text(result: dict[str, Any], lang: str, said: frozenset[str] = frozenset(), remind: bool = True,
             age: bool = True, column: bool = True, partner_education: bool = True) -> str:
    """The CRS result; the dated caveats whose ids are in `said` were shown already in this screening. `remind`:
    end with the eligibility verdict (left out when the message would be too long: the verdict stays above).
    `age`: a near birthday's lost age points (left out likewise: Details says it). `column`: a partner not
    counted, why (likewise). `partner_education`: a partner's education counted as given (RULES.md 3 is silent on
    their ECA), the first left out for length (Details says it)."""
    c = catalog(lang)
    crs = result["crs"]
    lines = [f"📊 <b>{h(c.t('verdict.crs', total=c.number(crs['total'])))}</b>",
             h(c.t("verdict.crs_parts", **{k: crs[k] for k in ("core", "spouse", "transferability",
                                                                  "additional")})), ""]
    lines += [f"• {h(c.t('pair', label=c.t(f'crs_detail.{name}'), value=points))}"
              for name, points in crs["details"].items() if points or name == "age"]  # age 0 from 45 on: said
    details = crs["details"]
    listed_transfer = sum(details.get(k, 0) for k in _TRANSFERABILITY_PARTS)
    listed_extra = sum(details.get(k, 0) for k in _ADDITIONAL_PARTS)
    if listed_transfer > crs["transferability"] or listed_extra > crs["additional"]:
        lines.append(f"<i>{h(c.t('verdict.crs_capped'))}</i>")
    if details.get("second_language") and crs.get("first_language"):  # both languages scored: which is first
        language = c.t(f"verdict.crs_language.{crs['first_language']}")
        lines.append(f"<i>{h(c.t('verdict.crs_first_language', language=language))}</i>")
    lines += [f"<i>{h(note)}</i>" for note in crs_year_notes(result, c)]  # years resting on an estimate of hours
    lines += [f"<i>{h(note)}</i>" for note in spouse_test_notes(result, c)]  # a partner's test date said as about
    if result.get("spouse_education_counted") and crs.get("spouse") and partner_education:  # RULES.md 3: silent
        lines.append(f"<i>{h(c.t('verdict.crs_spouse_education'))}</i>")
    # a partner who is a citizen or PR, or who stays: why "spouse 0" (RULES.md 3, the "without spouse" column)
    lines += [f"<i>{h(w['text'])}</i>" for w in result["warnings"] if w["id"] == "spouse_not_counted" and column]
    if result.get("crs_comparison"):
        lines += ["", h(result["crs_comparison"]["explanation"])]
    # The dated caveats and what the score was read from (education, a spouse without details)
    lines += [f"⚠️ {linked(h(short_caveat(w, lang)), c.t('verdict.link'))}" for w in result["warnings"]
              if (w["id"].startswith(("crs_", "education_"))
                  or w["id"] in ("spouse_missing", "counted_test_lapses")
                  or (age and w["id"] in AGE_WARNINGS))
              and w["id"] not in said]
    lines += ["", h(verdict_reminder(result, lang))] if remind else []
    tool = f'<a href="{escape(links(lang)["crs_tool"], quote=True)}">{h(c.t("step.official_crs_tool"))}</a>'
    if not any(w["id"].startswith("crs_") and w["id"] not in said for w in result["warnings"]):  # they link it
        lines += ["", tool]
    lines += ["", f"<i>{h(result['disclaimer'])}</i>"]
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


def summary(screening: Screening, lang: str, today: dt.date | None = None) -> Reply:
    """Every answer so far, each with a button to change it; jobs and tests can be removed.

    One message as a rule; when the buttons would pass Telegram's limit, one message per job, per test
    and per part, each with its own buttons.
    """
    c = catalog(lang)
    groups: dict[str, tuple[list[str], list[Button]]] = {}
    for question, index, item in _summary_groups(screening):
        label = c.t(f"summary.{question.id}", job=index + 1, test=index + 1)
        lines, buttons = groups.setdefault(_group_of(question, index), ([], []))
        said = echo(question, item[question.id], c)
        if question.id == "job_hours" and item.get(ESTIMATE):  # kept as said: an estimate
            said = c.t("echo.hours_about", hours=decimal(item[question.id], c))
        if question.id in ABOUT and item.get(ABOUT[question.id]):  # "around March 2023"
            said = c.t("echo.date_about", date=said)
        if question.id in LEVEL_OF and LEVEL_OF[question.id] in item:  # the NCLC level typed, as typed
            said = c.t("echo.level", level=item[LEVEL_OF[question.id]])
        if today is not None and question.scope == "job" and (end := planned_end(item, today)):
            # A job still going that ends later as planned: never "ongoing: No", as if it had ended
            if question.id == "job_ongoing":
                said = c.t("summary.ongoing_planned", end=c.date(end))
            elif question.id == "job_end":
                label = c.t("summary.job_end_planned", job=index + 1)
        lines.append(f"• {h(c.t('pair', label=label, value=said))}")
        buttons.append(Button(f"✏️ {label}", f"edit|{question.id}|{index}"))
    removals = [Button(c.t(f"summary.remove_{kind}", job=i + 1, test=i + 1), f"remove|{kind}|{i}|{item_id(item)}")
                for kind in ("job", "test") for i, item in enumerate(screening.answers[f"{kind}s"])
                if item and (kind == "test" or len(screening.answers["jobs"]) > 1)]
    additions = [Button(c.t(f"summary.add_{kind}"), f"add|{kind}") for kind in ("job", "test")
                 if can_add(screening.answers, kind)]
    closing = [*_pairs(removals), *_pairs(additions), [Button(c.t("button.continue"), "cmd|continue")]]
    title = f"<b>{h(c.t('summary.title'))}</b>"
    every_button = sum(len(buttons) for _, buttons in groups.values()) + len(removals) + len(additions) + 1
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


def can_add(answers: dict[str, Any], kind: str) -> bool:
    """Whether the summary offers to add a job or a test: after one with answers (so a second tap adds nothing),
    a job only with paid work in Canada, a test not after "no test yet" (that answer is changed instead)."""
    items = answers.get(f"{kind}s") or [{}]
    last = items[-1]
    if kind == "job":
        return answers.get("canadian_work") is True and bool(last) and "job_more" in last
    return bool(last) and "test_more" in last and last.get("test_kind") != "none"


def item_id(item: dict[str, Any]) -> str:
    """A short fingerprint of a job or test: a remove button acts only on the item it was made for, so a
    double tap (or a stale summary) never removes the item that took its place."""
    return hashlib.blake2s(json.dumps(item, sort_keys=True).encode(), digest_size=4).hexdigest()


def _pairs(buttons: list[Button]) -> list[list[Button]]:
    return [buttons[i:i + 2] for i in range(0, len(buttons), 2)]



# -- answers that are not exact --------------------------------------------------------------------------
def _place_label(question_id: str, index: int, c: Catalog) -> str:
    return c.t(f"summary.{question_id}", job=index + 1, test=index + 1)


def approximate_block(result: dict[str, Any], answers: dict[str, Any], c: Catalog
                      ) -> tuple[str, list[list[Button]]]:
    """What the verdict says about answers that are not exact: which decide it, and how to find them out.

    Returns the text to put before the verdict (or after it, when they decide nothing) and buttons to
    give each deciding answer exactly.
    """
    approximate = result["approximate"]
    if not approximate["decisive"]:  # the readings differ in nothing acted on: nothing to say (issue 15)
        return "", []
    favourable = approximate["favourable"]
    careful_words = outcome_words(result["verdict"], result["eligible_on"],
                                   (result.get("crs") or {}).get("total"), c)
    favourable_words = outcome_words(favourable["verdict"], favourable["eligible_on"], favourable["crs_total"], c)
    title = c.t("unknowns.title_figures") if same_verdict(result) else c.t("uncertain.title")
    lines = [f"<b>{h(title)}</b>",
             h(c.t("uncertain.readings", favourable=favourable_words, careful=careful_words)),
             *(h(line) for line in figure_lines(result, c)), ""]
    buttons = []
    # "you were not sure" said once above the list when it is true of every line (leftovers 10: the first screen
    # with several reached 2,400 characters in English, 3,000 in French)
    all_unsure = not any(isinstance(value, str) and is_month_only(value) for value in (
        (answers if question_id.startswith("spouse_") else
         answers["jobs" if question_id.startswith("job_") else "tests"][index]).get(question_id)
        for question_id, index in approximate["deciding"]))
    lines.append(h(c.t("uncertain.deciding_unsure" if all_unsure else "uncertain.deciding")))
    for question_id, index in approximate["deciding"]:
        label = _place_label(question_id, index, c)
        item = answers if question_id.startswith("spouse_") else \
            answers["jobs" if question_id.startswith("job_") else "tests"][index]
        value = item.get(question_id)
        if isinstance(value, str) and is_month_only(value):
            line = c.t("uncertain.month", label=label, month=month_name(c, int(value[:4]), int(value[5:7])))
        else:
            how = c.t(f"uncertain.how_{question_id}")
            if all_unsure and c.lang == "fr":  # after « : », French goes on in lower case
                how = how[:1].lower() + how[1:]
            line = c.t("uncertain.unsure_listed" if all_unsure else "uncertain.unsure", label=label, how=how)
        lines.append(f"• {h(line)}")
        buttons.append([Button(f"✏️ {label}", f"edit|{question_id}|{index}")])
    lines += ["", h(c.t("uncertain.ask"))]
    return "\n".join(lines), buttons
