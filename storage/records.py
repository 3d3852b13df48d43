"""What the repository stores and returns: plain records, free of Telegram and of the conversation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class UserRecord:
    user_id: int
    language: str = "en"
    blocked: bool = False
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class SessionRecord:
    """One user's screening in progress: the machine state, the answers so far, the path taken (for /back)."""

    user_id: int
    state: str
    answers: dict[str, Any] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    flow_version: int = 1
    question_message_id: int | None = None  # the bot message holding the current question's buttons
    started_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class VerdictRecord:
    id: int
    user_id: int
    created_at: str
    rules_version: str
    result: dict[str, Any]


@dataclass(slots=True)
class OutboxRecord:
    """A reply committed with the answer that caused it and not yet delivered: plain data, no Telegram types."""

    id: int
    user_id: int
    update_id: int | None
    created_at: str
    reply: dict[str, Any]


@dataclass(slots=True)
class TurnWrite:
    """Everything one user action changed, to be written in one transaction (Repository.commit_turns)."""

    user_id: int
    language: str
    session: SessionRecord | None = None
    verdict: tuple[dict[str, Any], str] | None = None  # a verdict and its rules version
    unblock: bool = False
    reply: dict[str, Any] | None = None  # queued in the outbox
    update_id: int | None = None  # marked handled with the write
    user_touched_at: str | None = None  # the user row's updated_at as the action read it
    verdict_on: str | None = None  # the day the verdict was made, by the application's clock (ISO date)
