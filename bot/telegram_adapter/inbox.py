"""Updates kept on disk from the moment they arrive until they are handled, so a crash loses none.

python-telegram-bot's Updater confirms a batch to Telegram (the offset of its next getUpdates) while the batch
is still being handled, and its webhook answers 200 before handling: Telegram then never sends those updates
again, and a process killed in between would leave their senders in silence. Every update goes through the
Application's update queue, in polling and in webhook mode alike, so the queue is where each one is written
down (the inbox) before anything confirms it. The turn that applies an update deletes its row in the same
transaction; an update that changes nothing leaves the inbox once handled. At start, what is left is queued
again, before polling begins.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Callable
from typing import Any

from telegram import Bot, Update
from telegram._utils.types import JSONDict
from telegram.ext import Application, ContextTypes, TypeHandler
from telegram.request import BaseRequest

from storage import Repository

logger = logging.getLogger(__name__)

RELEASE_GROUP = 1_000  # after every handler of the update has run


def sender_of(raw: JSONDict) -> int | None:
    """Update.effective_user's id, read from Telegram's JSON: the "from" (or, for a poll answer, a reaction, a
    business connection, "user") of the update's one object; None for updates no user sends (a poll, a boost)."""
    for key, value in raw.items():
        if key != "update_id" and isinstance(value, dict):
            user = value.get("from") or value.get("user")
            return user.get("id") if isinstance(user, dict) and isinstance(user.get("id"), int) else None
    return None


# What handling never reads, so never written down: a contact card's phone number, a place, a quoted or external
# message, the legacy forward fields (forward_origin says whether a forward is the person's own), the keyboard of
# our message whose button was pressed (a third of a press's JSON).
_NOT_KEPT = frozenset({"contact", "location", "venue", "quote", "external_reply", "forward_from",
                       "forward_from_chat", "forward_sender_name", "forward_signature", "author_signature",
                       "sender_chat", "reply_markup"})
_CHAT_TYPES = frozenset({"private", "group", "supergroup", "channel"})


def kept_part(raw: JSONDict) -> JSONDict:
    """The update as the inbox keeps it: Telegram's JSON less what handling never reads. A person keeps their id,
    their app's language and, on /start only (the welcome greets them by it), their first name; never their
    last name or username, nor the name of someone whose message they forwarded. A chat keeps its id and type."""
    message = raw.get("message")
    text = message.get("text") if isinstance(message, dict) else None
    return _trimmed(raw, isinstance(text, str) and text.startswith("/start"))


def _trimmed(value: Any, first_name: bool) -> Any:
    if isinstance(value, list):
        return [_trimmed(item, first_name) for item in value]
    if not isinstance(value, dict):
        return value
    if value.get("is_bot") is False and "id" in value:  # a person (a bot, such as ours, is kept as it is)
        person = {"id": value["id"], "is_bot": False,
                  "first_name": value.get("first_name", "") if first_name else ""}
        if "language_code" in value:
            person["language_code"] = value["language_code"]
        return person
    if value.get("type") in _CHAT_TYPES and "id" in value:
        return {"id": value["id"], "type": value["type"]}
    return {key: "" if key == "sender_user_name" else _trimmed(item, first_name)
            for key, item in value.items() if key not in _NOT_KEPT}


class KeepingRawUpdates(BaseRequest):
    """The getUpdates request (any BaseRequest), handing each answer's updates, as Telegram sent them, to the
    inbox before python-telegram-bot reads them (`on_updates`)."""

    def __init__(self, inner: BaseRequest, on_updates: Callable[[list[JSONDict]], None]) -> None:
        self._inner = inner
        self._on_updates = on_updates

    @property
    def read_timeout(self) -> float | None:
        return self._inner.read_timeout

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        return await self._inner.do_request(*args, **kwargs)

    def parse_json_payload(self, payload: bytes) -> JSONDict:  # type: ignore[override]  # static in the base
        data = BaseRequest.parse_json_payload(payload)
        result = data.get("result")
        if data.get("ok") and isinstance(result, list):
            self._on_updates([item for item in result
                              if isinstance(item, dict) and isinstance(item.get("update_id"), int)])
        return data


class DurableUpdateQueue(asyncio.Queue[object]):
    """The Application's update queue, writing each update to the inbox before it can be confirmed."""

    _ANSWERED_LIMIT = 1_000  # answers kept for put() at most; one never put (dropped by PTB?) must not pile up

    def __init__(self, repository: Repository) -> None:
        super().__init__()
        self.repository = repository
        # Whether each update of the latest getUpdates answers was new to the inbox, written down by hold_batch.
        self._answered: dict[int, bool] = {}
        self.replayed: set[int] = set()  # held by a process that died: queued at start, not taken twice
        self.arrived = asyncio.Event()  # the first update from Telegram since the start

    async def put(self, item: object) -> None:
        if isinstance(item, Update):
            self.arrived.set()
            if not self._hold(item):
                return
        await super().put(item)

    def senders(self) -> set[int]:
        """Users with an update received and not yet handled (in this queue, or left by a process that died)."""
        return {user_id for user_id in self.repository.held_senders() if user_id is not None}

    def hold_batch(self, updates: list[JSONDict]) -> None:
        """A getUpdates answer, written down at once, in one transaction, as Telegram sent it less what handling
        never reads (`kept_part`; python-telegram-bot still reads the whole of it) (issue 20): one
        transaction per update and Update.to_dict() (60 to 120 µs an update) cost a fifth of what the screener
        spent per update beyond an echo bot. This runs before python-telegram-bot reads the answer, so before
        the next getUpdates confirms it, the moment the inbox is for. A failure leaves each update to put()."""
        if not updates:
            return
        try:
            held = self.repository.hold_updates([(raw["update_id"], sender_of(raw), kept_part(raw))
                                                 for raw in updates])
        except sqlite3.Error as error:
            logger.warning("could not keep %d updates in the inbox: %s", len(updates), type(error).__name__)
            return
        if len(self._answered) > self._ANSWERED_LIMIT:
            self._answered.clear()
        for raw in updates:
            self._answered[raw["update_id"]] = raw["update_id"] in held

    def _hold(self, update: Update) -> bool:
        """False for an update already held: Telegram sent again one that is queued or in progress."""
        if update.update_id in self.replayed:
            return False
        answered = self._answered.pop(update.update_id, None)
        if answered is not None:  # written down with its getUpdates answer
            return answered
        user = update.effective_user
        try:  # a webhook's update, or one its batch could not write down
            return self.repository.hold_update(update.update_id, user.id if user else None,
                                               kept_part(update.to_dict()))
        except sqlite3.Error as error:  # handled without the safety net rather than dropped
            logger.warning("could not keep update %d in the inbox: %s", update.update_id, type(error).__name__)
            return True

    def replay(self, bot: Bot) -> int:
        """Queue the updates a previous process received and never handled, oldest first; how many."""
        held = self.repository.held_updates()
        for update_id, body in held:
            self.replayed.add(update_id)
            self.put_nowait(Update.de_json(body, bot))
        return len(held)


async def _release(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The update is handled (answered, refused or failed): it is not handled again after a restart."""
    if isinstance(update, Update):
        repository: Repository = context.application.bot_data["repository"]
        repository.release_update(update.update_id)


def add_release_handler(app: Application) -> None:  # type: ignore[type-arg]
    app.add_handler(TypeHandler(Update, _release), group=RELEASE_GROUP)
