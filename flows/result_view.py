"""A result stays where it was sent: which presses sit on a result, and the short card that points back to it.

A verdict or a CRS message is never edited into what comes next (a question, a month picker): the person keeps
the hours, reasons and next steps they read. "Back to my result" after an aside (the plan, a chart, the summary)
shows a short card instead of the whole result again: its headline, a pointer up to it and its menu, with a button
that sends it in full when it has scrolled far away.
"""

from __future__ import annotations

import datetime as dt

from flows.machine import CHECKPOINTS, CRS_RESULT, VERDICT, Screening
from flows.replies import Button, OutMessage, Reply, h
from flows.texts import catalog

FULL = "cmd|full"  # the result sent again in full
# Buttons that sit on a result message and would otherwise answer in its place (flows/conversation.py's menu).
_ON_RESULT = frozenset({f"a|{VERDICT}|crs", f"back|{VERDICT}", f"back|{CRS_RESULT}", "plan|choose"})


def presses_result(data: str) -> bool:
    """Whether a button of this callback data sits on a result, which must then stay as it is."""
    return data in _ON_RESULT


def card(screening: Screening, full: Reply, lang: str) -> Reply:
    """The result's headline, a pointer up to it and its menu, from `full` (conversation.show at a checkpoint)."""
    c = catalog(lang)
    result = full.result
    if screening.state not in CHECKPOINTS or result is None:
        return full
    eligible_on = result["eligible_on"]
    title = c.t(f"verdict.title.{result['verdict']}",
                date=c.date(dt.date.fromisoformat(eligible_on)) if eligible_on else "")
    lines = [f"<b>{h(title)}</b>"]
    crs = result.get("crs")
    if screening.state == CRS_RESULT and crs:
        lines.insert(0, f"📊 <b>{h(c.t('verdict.crs', total=crs['total']))}</b>")
    lines += ["", h(c.t("results.card_above"))]
    menu = full.messages[-1].buttons
    return Reply([OutMessage("\n".join(lines), [[Button(c.t("results.show_full"), FULL)], *menu])],
                 changed=False)
