"""One step of undo for a changed answer that removed others: /back right after it brings them all back.

Changing an answer may remove answers that no longer apply ("No" to paid work in Canada removes every job's,
"single" the partner's). A slip of the thumb must not cost a person a dozen answers, so the answers as they
were are kept in the screening, only until the next answer, and restored when /back returns to the question.
"""

from __future__ import annotations

import copy
import json
from typing import Any

UNDO = "_undo"  # in the answers: {"at": history token, "answers": the answers before, "after": their fingerprint}


def public(answers: dict[str, Any]) -> dict[str, Any]:
    """The person's answers, without the screening's own bookkeeping (keys starting with "_")."""
    return {key: value for key, value in answers.items() if not key.startswith("_")}


def _fingerprint(answers: dict[str, Any]) -> str:
    return json.dumps(public(answers), sort_keys=True, ensure_ascii=False)


def before_change(answers: dict[str, Any]) -> dict[str, Any]:
    """A copy of the answers as they are, taken before an answer is changed (cheap enough: only on changes)."""
    return copy.deepcopy(public(answers))


def forget(answers: dict[str, Any]) -> None:
    """Any new answer ends the chance to undo the one before."""
    answers.pop(UNDO, None)


def remember(answers: dict[str, Any], at: str, before: dict[str, Any]) -> None:
    """The change made at history token `at` removed answers: keep `before` until the next answer."""
    answers[UNDO] = {"at": at, "answers": before, "after": _fingerprint(answers)}


def restore(answers: dict[str, Any], at: str) -> bool:
    """Back at history token `at`: the answers before the change that removed others, when nothing has been
    answered since (the bookkeeping keys are left as they are). True when they were restored."""
    kept = answers.get(UNDO)
    if not isinstance(kept, dict) or kept.get("at") != at:
        return False
    answers.pop(UNDO)
    if kept.get("after") != _fingerprint(answers):  # answers changed since: undoing would lose those instead
        return False
    for key in list(public(answers)):
        del answers[key]
    answers.update(kept["answers"])
    return True
