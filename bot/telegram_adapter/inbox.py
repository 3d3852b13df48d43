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
from typing import Any

from telegram import Bot, Update
from telegram._utils.types import JSONDict
from telegram.ext import Application, ContextTypes, TypeHandler
from telegram.request import BaseRequest

from storage import Repository

logger = logging.getLogger(__name__)

RELEASE_GROUP = 1_000  # after every handler of the update has run


class RawUpdates:
    """What getUpdates returned, update by update, until the inbox writes each one down.

    Telegram's own JSON is the form to keep (at a restart Update.de_json reads it back), and writing it down
    costs a fraction of Update.to_dict(), which walks the whole object again (60 to 120 µs an update, a fifth
    of what the screener spent per update beyond an echo bot; issue 20). python-telegram-bot copies each dict it
    reads, so these stay as they came.
    """

    _LIMIT = 1_000  # updates kept at most; one never written down (a duplicate, say) must not pile up

    def __init__(self) -> None:
        self._by_id: dict[int, JSONDict] = {}

    def keep(self, results: object) -> None:
        if not isinstance(results, list):
            return
        if len(self._by_id) > self._LIMIT:
            self._by_id.clear()
        for item in results:
            if isinstance(item, dict) and isinstance(item.get("update_id"), int):
                self._by_id[item["update_id"]] = item

    def take(self, update_id: int) -> JSONDict | None:
        return self._by_id.pop(update_id, None)


class KeepingRawUpdates(BaseRequest):
    """The getUpdates request (any BaseRequest), keeping each answer's updates as Telegram sent them."""

    def __init__(self, inner: BaseRequest, raw: RawUpdates) -> None:
        self._inner = inner
        self._raw = raw

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
        if data.get("ok"):
            self._raw.keep(data.get("result"))
        return data


class DurableUpdateQueue(asyncio.Queue[object]):
    """The Application's update queue, writing each update to the inbox before it can be confirmed."""

    def __init__(self, repository: Repository) -> None:
        super().__init__()
        self.raw = RawUpdates()  # filled by KeepingRawUpdates when getUpdates goes through it
        self.repository = repository
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

    def _hold(self, update: Update) -> bool:
        """False for an update already held: Telegram sent again one that is queued or in progress."""
        if update.update_id in self.replayed:
            return False
        user = update.effective_user
        try:
            body = self.raw.take(update.update_id) or update.to_dict()  # a webhook's update has no raw copy
            return self.repository.hold_update(update.update_id, user.id if user else None, body)
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
