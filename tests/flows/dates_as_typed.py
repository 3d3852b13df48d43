"""The helper of tests/flows/test_dates_as_typed.py: each date case through the conversation, and its figures."""

from __future__ import annotations

import collections
import dataclasses
import functools
import json

from flows import conversation as talk
from flows.machine import VERDICT, Screening
from flows.questions import BY_ID

from .test_typed_answers_audit import BEFORE, TODAY

# studies that ended during the job (so their end is asked) and a partner with a test (so its date is asked)
_BEFORE = {**BEFORE, "job_student": "3", "job_student_end": "2023-06-30", "spouse_test_kind": "IELTS GT"}


@functools.cache
def _template(question_id: str) -> tuple[str, str, tuple[str, ...]]:
    screening = talk.new_screening()
    for _ in range(80):
        state = screening.state
        if state == question_id:
            return state, json.dumps(screening.answers), tuple(screening.history)
        if state == VERDICT:
            talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
            continue
        typed = "IELTS GT" if state == "test_kind" else "8 7 7 7" if state == "test_listening" else _BEFORE[state]
        assert not talk.handle_text(screening, typed, "en", TODAY).error, (typed, state)
    raise AssertionError(f"never reached {question_id}")


def waiting_at(question_id: str) -> Screening:
    state, answers, history = _template(question_id)
    return Screening(state, json.loads(answers), list(history))


@dataclasses.dataclass
class Reading:
    kind: str  # stored, asked, months, days, refused, other
    value: object = None
    text: str = ""
    choices: tuple[str, ...] = ()
    again: bool = False  # a refusal that asks the question again


def read(question_id: str, typed: str, lang: str) -> Reading:
    screening = waiting_at(question_id)
    question = BY_ID[question_id]
    before = json.dumps(screening.answers, sort_keys=True)
    reply = talk.handle_text(screening, typed, lang, TODAY)
    text = "\n\n".join(m.text for m in reply.messages)
    data = [b.data for m in reply.messages for row in m.buttons or [] for b in row]
    if reply.error and reply.messages[-1].text.startswith("❓"):
        last = [b.data for row in reply.messages[-1].buttons or [] for b in row]
        return Reading("asked", None, text, tuple(d.rsplit("|", 1)[1] for d in last if d.startswith("a|")))
    if reply.error:
        # the question again: as it reads, or for a job's end to come when its day was asked for (a month ahead)
        again = reply.messages[-1].text in (talk.question_message(screening, lang, TODAY).text,
                                            talk.question_message(screening, lang, TODAY, planned=True).text)
        return Reading("refused", None, text, (), again)
    if json.dumps(screening.answers, sort_keys=True) == before:
        months = [d.rsplit("|", 1)[1] for d in data if d.startswith(f"pick|{question_id}:0|")
                  and len(d.rsplit("|", 1)[1]) == 7]
        if months:
            return Reading("months", months[0][:4], text)
        days = tuple(d.rsplit("|", 1)[1] for d in data if d.startswith(f"a|{question_id}:0|"))
        if days:  # "end of aug 2025" for an end: August's days to tap, the month alone among them
            return Reading("days", days[0][:7], text, days)
        return Reading("other", None, text)
    item = screening.answers if question.scope == "profile" else screening.answers["jobs"][0] \
        if question.scope == "job" else screening.answers["tests"][0]
    value = item.get(question_id)
    if question_id == "birth" and isinstance(value, dict):
        value = value.get("birth_date", value)
    return Reading("stored", value, text)


def verdict(expected: str, got: Reading) -> str:
    """"right", "misread" (something stored that was not meant), "asked" or "refused" (where a reading was
    meant), "other"."""
    if got.kind == "stored":
        return "right" if got.value == expected else "misread"
    if got.kind == "days" and expected in got.choices:  # the day meant, or the month alone, is one tap
        return "right"
    if expected == "unclear":
        return "right" if got.kind in ("asked", "refused", "months") else "other"
    if expected.startswith("ask:"):
        if got.kind == "asked" and sorted(got.choices) == sorted(expected[4:].split("|")):
            return "right"
        return got.kind if got.kind in ("asked", "refused") else "other"
    if expected.startswith("months:"):
        return "right" if got.kind == "months" and got.value == expected[7:] else (
            got.kind if got.kind in ("asked", "refused") else "other")
    if expected == "refuse":
        return "right" if got.kind == "refused" and got.again else (
            "asked" if got.kind in ("asked", "months") else "other")
    return got.kind if got.kind in ("asked", "refused") else ("asked" if got.kind == "months" else "other")


def figures(cases: list[tuple[str, str, str, str]]) -> collections.Counter[str]:
    return collections.Counter(verdict(expected, read(q, typed, lang)) for q, typed, lang, expected in cases)
