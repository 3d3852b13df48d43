"""Front-end free replies: plain text (HTML) and buttons, which Telegram and the terminal each draw."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any


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
    # A picture to send with `text` as its caption, described as plain data ({"chart": "hours", ...}): the
    # front end draws it when it sends it (flows/chart_replies.py), so stored replies never hold an image.
    photo: dict[str, Any] | None = None


@dataclass
class Reply:
    messages: list[OutMessage]
    echo: str | None = None  # the accepted answer, shown on the question it answers
    result: dict[str, Any] | None = None  # a verdict to store
    changed: bool = True  # the screening must be saved
    # Nothing answered, yet the screening's bookkeeping changed and is saved (the occupations offered for a title)
    keep: bool = False
    error: bool = False

