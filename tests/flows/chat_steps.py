"""Answers typed one after another into the conversation, as the flow tests play them."""

from __future__ import annotations

import datetime as dt

from flows import conversation as talk
from flows.machine import Screening

TODAY = dt.date(2026, 11, 27)  # the day the personas are assessed on


def say(screening: Screening, *answers: str, lang: str = "en") -> talk.Reply:
    """Each answer typed in turn; every one must be accepted (a refusal fails the test, naming the question)."""
    reply = talk.show(screening, lang, TODAY)
    for text in answers:
        reply = talk.handle_text(screening, text, lang, TODAY)
        assert not reply.error, f"{text!r} refused at {screening.state}: {reply.messages[0].text}"
    return reply
