"""The running bot's side of the rounds: refresh on a schedule (python-telegram-bot's JobQueue), notice rounds
stored by another process (`cec-screener rounds-refresh` from cron), and send the alerts they queued.

Nothing here blocks the event loop for long: the feed is read with httpx's async client, and the database
calls are the short transactions of storage/rounds.py.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

from telegram.ext import Application, ContextTypes

from bot.scheduled.round_alerts import ALERT_RATE, AlertBroadcaster, current_rounds, refresh_from_url
from bot.scheduled.rounds_feed_http import DEADLINE_SECONDS, MAX_BYTES, FeedUnavailable
from eligibility.rounds_import import FeedError
from storage import Repository

logger = logging.getLogger(__name__)

POLL_SECONDS = 5.0  # how often the bot looks for rounds and alerts another process stored (one cheap query)
FIRST_REFRESH_SECONDS = 60.0  # a never-refreshed bot reads the feed this long after it starts, not during it
RETRY_SECONDS = 300.0  # after a failed refresh: 5 min, then doubling, never beyond the refresh interval


class RoundsJobs:
    """The refresh, the poll and the alert broadcaster of one running bot."""

    def __init__(self, repository: Repository, service: Any, deliverer: Any, url: str, hours: float,
                 rate: float = ALERT_RATE, french_url: str | None = None, deadline: float = DEADLINE_SECONDS,
                 max_bytes: int = MAX_BYTES) -> None:
        self.repository, self.service, self.url = repository, service, url
        self.french_url, self.deadline, self.max_bytes = french_url, deadline, max_bytes
        self.running: asyncio.Task[None] | None = None  # the refresh under way, if any
        self.first_delay = FIRST_REFRESH_SECONDS
        self.interval = hours * 3600
        self.broadcaster = AlertBroadcaster(repository, deliverer, rate)
        self.failures = 0
        self.seen: str | None = None  # the feed's checked_at last loaded into the service

    def load_rounds(self) -> None:
        """Give the verdicts the rounds now stored (the seed before any refresh)."""
        state = self.repository.feed_state()
        self.seen = state.checked_at if state else None
        self.service.rounds = current_rounds(self.repository)

    def first_refresh_in(self, now: dt.datetime) -> float:
        """Seconds until the next refresh is due, from the last check stored (another run's, or cron's)."""
        state = self.repository.feed_state()
        if state is None:
            return self.first_delay
        last = dt.datetime.fromisoformat(state.checked_at)
        return max(self.first_delay, self.interval - (now - last).total_seconds())

    async def start_refresh(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The JobQueue callback: start a refresh as a task of its own and return at once, so that the job never
        runs long (python-telegram-bot waits for running jobs when it stops: SIGTERM must stop the bot within
        seconds; on_stop cancels this task) and a refresh still under way is never started twice."""
        if self.running is not None and not self.running.done():
            logger.info("rounds refresh: the previous one is still under way; this one is skipped")
            return
        self.running = asyncio.get_running_loop().create_task(self.refresh(context), name="rounds-refresh")
        context.application.bot_data["rounds_refresh"] = self.running

    async def refresh(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Read the feed; any failure (a timeout too) keeps the stored rounds, is told in one line, and retried."""
        try:
            async with asyncio.timeout(self.deadline + 30):  # the download has its deadline; this bounds the rest
                outcome = await refresh_from_url(self.repository, self.url, self.french_url, self.today(),
                                                 deadline=self.deadline, max_bytes=self.max_bytes)
        except Exception as error:  # a task of its own: nothing above it would say what went wrong
            if isinstance(error, TimeoutError):
                problem = f"the refresh took more than {self.deadline + 30:.0f} s"
            elif isinstance(error, (FeedUnavailable, FeedError)):
                problem = str(error)
            else:
                problem = f"{type(error).__name__}: {str(error)[:200]}"
            self.failures += 1
            retry = min(RETRY_SECONDS * 2 ** (self.failures - 1), self.interval)
            kept = self.service.rounds
            logger.warning("rounds refresh failed: %s; keeping the %d rounds as of %s; next try in %.0f s",
                           problem, len(kept.rounds) if kept else 0, kept.as_of if kept else "-", retry)
            self.repository.note_feed_failure(f"{self.url}: {problem}")
            if context.job_queue is not None:
                context.job_queue.run_once(self.start_refresh, when=retry, name="rounds-refresh-retry")
            return
        self.failures = 0
        logger.info("rounds refresh: %s", outcome.line())
        await self.poll(context)

    def today(self) -> dt.date | None:
        """The bot's clock (the service's: what /rounds and the verdicts date by); None without one."""
        clock = getattr(self.service, "today", None)
        return clock() if callable(clock) else None

    async def poll(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Rounds stored by another process reach the verdicts; queued alerts start going out."""
        state = self.repository.feed_state()
        if state is not None and state.checked_at != self.seen:
            self.load_rounds()
        if not self.broadcaster.busy and self.repository.round_alerts_waiting():
            # Not application.create_task: the application awaits those when it stops, and 10,000 alerts take
            # minutes. Stopping cancels this one (on_stop); what it had not sent is still queued.
            task = asyncio.get_running_loop().create_task(self.broadcaster.drain(), name="round-alerts")
            context.application.bot_data["round_alerts"] = task


def install(app: Application, repository: Repository, service: Any, deliverer: Any, url: str, hours: float,
            now: dt.datetime, poll_seconds: float = POLL_SECONDS, rate: float = ALERT_RATE, *,
            french_url: str | None = None, deadline: float = DEADLINE_SECONDS,
            max_bytes: int = MAX_BYTES, first_delay: float = FIRST_REFRESH_SECONDS) -> RoundsJobs:
    """Schedule the refresh (unless the feed URL is empty) and the poll on the application's JobQueue."""
    jobs = RoundsJobs(repository, service, deliverer, url, hours, rate, french_url, deadline, max_bytes)
    jobs.first_delay = first_delay
    jobs.load_rounds()
    queue = app.job_queue
    assert queue is not None, "python-telegram-bot[job-queue] is required"
    if url:
        queue.run_repeating(jobs.start_refresh, interval=jobs.interval, first=jobs.first_refresh_in(now),
                            name="rounds-refresh")
    queue.run_repeating(jobs.poll, interval=poll_seconds, first=0.5, name="rounds-poll")
    return jobs
