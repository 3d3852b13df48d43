"""Sending the reminders: a JobQueue job that wakes every hour and writes to the people due that day.

From the send hour (UTC) on, each opted-in user who is not flagged blocked and was sent nothing that day gets
at most one reminder: the most pressing of those due (eligibility.reminders.live), minus those already sent.
The decision is recorded with the message queued in the outbox, in one transaction (storage/reminders.py),
then delivered like any reply: a crash after the commit leaves it to the outbox at the next start, and a
reminder missed while the bot was down goes out at the first wake after it comes back, within its window.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

from telegram.ext import ContextTypes

from bot.plumbing.canada_day import canada_date
from bot.screening.reminders import SEND_HOUR_UTC
from bot.screening.service import Outcome
from bot.telegram_adapter.delivery import Deliverer, plan_reply
from flows import reminders as talk
from storage import Repository

logger = logging.getLogger(__name__)
WAKE_SECONDS = 3600.0
SENT_MEMORY_DAYS = 400  # what was sent is read back this far: beyond every reminder's window
_YIELD_EVERY = 20  # users worked out between two yields to the event loop (updates keep flowing meanwhile)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ReminderJob:
    def __init__(self, repository: Repository, deliverer: Deliverer, now: Callable[[], dt.datetime] = utc_now,
                 hour: int = SEND_HOUR_UTC) -> None:
        self.repository, self.deliverer, self.now, self.hour = repository, deliverer, now, hour
        self._done_on: dt.date | None = None  # the day whose scan completed: later wakes that day rest
        self._lock = asyncio.Lock()  # the wake at start and the hourly one never scan at the same time

    async def __call__(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The JobQueue callback."""
        await self.run()

    async def run(self) -> int:
        """One wake: the reminders due today, if the hour has come and today was not done yet; how many sent."""
        async with self._lock:
            return await self._scan()

    async def _scan(self) -> int:
        moment = self.now()
        moment = moment.astimezone(dt.UTC) if moment.tzinfo is not None else moment
        today = canada_date(moment)  # the screenings' day: never a day ahead of anyone in Canada
        if moment.hour < self.hour or self._done_on == today:
            return 0
        sent = 0
        candidates = self.repository.reminder_candidates(today, today - dt.timedelta(days=SENT_MEMORY_DAYS))
        for number, candidate in enumerate(candidates, 1):
            if number % _YIELD_EVERY == 0:
                await asyncio.sleep(0)
            settings = candidate.settings
            if settings.user_id <= 0:  # the terminal chat's local user (bot/terminal.py): no chat to write to
                continue
            try:
                reminders, _ = talk.plan(candidate.answers, settings.since, candidate.answered_on, today,
                                         settings.muted)
            except Exception as error:  # one person's odd answers must not stop everyone else's reminders
                logger.error("reminders of one user could not be worked out: %s", type(error).__name__)
                continue
            for reminder in talk.live(reminders, today):
                if (reminder.kind, reminder.due.isoformat()) in candidate.sent:
                    continue
                message = talk.reminder_message(reminder, candidate.language, today)
                reply = plan_reply(Outcome([message], language=candidate.language), settings.user_id)
                outbox_id = self.repository.record_reminder(settings.user_id, reminder.kind, reminder.due, today,
                                                            reply)
                if outbox_id is not None:
                    await self._deliver(settings.user_id, reply, outbox_id)
                    sent += 1
                break  # one reminder a day at most: the next one waits for tomorrow
        self._done_on = today
        if sent:
            logger.info("reminders sent: %d", sent)
        return sent

    async def _deliver(self, user_id: int, reply: dict, outbox_id: int) -> None:
        """Under the user's gate, after any reply still waiting for them (the reminder is in the outbox too)."""
        deliverer = self.deliverer
        async with deliverer.gates.enter(user_id, -1):
            if user_id in deliverer.pending_users:
                await deliverer.deliver_pending(user_id)  # oldest first, this reminder last
            else:
                await deliverer.deliver(user_id, reply, outbox_id)
