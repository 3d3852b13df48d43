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

from telegram import Bot, Update
from telegram.ext import Application, ContextTypes, TypeHandler

from storage import Repository

logger = logging.getLogger(__name__)

RELEASE_GROUP = 1_000  # after every handler of the update has run


class DurableUpdateQueue(asyncio.Queue[object]):
    """The Application's update queue, writing each update to the inbox before it can be confirmed."""

    def __init__(self, repository: Repository) -> None:
        super().__init__()
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
            return self.repository.hold_update(update.update_id, user.id if user else None, update.to_dict())
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
