"""Running the built Application until a stop signal or a failure that needs the operator.

python-telegram-bot's `run_polling` retries a `Conflict` (another process polling with the same token) forever,
keeps the process up when the token is revoked while running ("Invalid token. Aborting retry loop."), logs the
token when it is rejected at start, and waits for every queued reply on SIGTERM. `serve` runs the same
lifecycle (initialize, post_init, updater, start ... stop, post_stop, shutdown, post_shutdown) with PTB's
public methods, and:
- stops on a `Conflict` or a polling loop that ended, returning one line for the operator;
- returns one line (token redacted) when the token is rejected at start;
- gives updates in progress `DRAIN_SECONDS` to finish on SIGTERM/SIGINT, then cancels the rest;
- answers a webhook request whose body is not an update with a quiet 400 (one log line, no traceback).
"""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from collections.abc import Awaitable, Callable
from typing import Any

import tornado.web
from telegram import Update
from telegram.error import Conflict, InvalidToken, TelegramError
from telegram.ext import Application, ExtBot
from telegram.ext import _updater as ptb_updater
from telegram.ext._utils.webhookhandler import TelegramHandler, WebhookAppClass

from bot.plumbing.startup_checks import telegram_failure

logger = logging.getLogger("cec_screener")

DRAIN_SECONDS = 5.0  # on SIGTERM, updates in progress get this long; Docker's default grace is 10 s
POLLING_TASK = "Updater:start_polling:polling_task"  # PTB's name for the polling loop's task
UPDATE_TASK = ":process_concurrent_update"  # PTB names each concurrent update's task "Application:<id>:..."

StartUpdater = Callable[[Callable[[TelegramError], None]], Awaitable[Any]]


class _Runner:
    def __init__(self, app: Application, loop: asyncio.AbstractEventLoop) -> None:  # type: ignore[type-arg]
        self.app = app
        self.loop = loop
        self.failure: str | None = None
        self.stop_requested = False
        self.serving = False  # inside loop.run_forever(): loop.stop() is how to leave it
        self.stopping = False

    def stop(self, failure: str | None = None) -> None:
        if failure is not None and self.failure is None:
            self.failure = failure
        self.stop_requested = True
        if self.serving:
            self.loop.stop()

    # -- starting ------------------------------------------------------------------------------------------

    def on_polling_error(self, error: TelegramError) -> None:
        """Updater.start_polling's error_callback: a Conflict stops the bot, the rest goes to the error handlers
        (as run_polling does)."""
        if isinstance(error, Conflict):
            self.stop(telegram_failure(error))
            return
        self.app.create_task(self.app.process_error(update=None, error=error))

    def watch_polling(self) -> None:
        """The polling loop ends only when we stop it, or on InvalidToken (token revoked while running)."""
        task = next((t for t in asyncio.all_tasks(self.loop) if t.get_name() == POLLING_TASK), None)
        if task is None:
            logger.warning("cannot watch the polling loop: a token revoked while running will not stop the bot")
            return

        def ended(task: asyncio.Task[Any]) -> None:
            if self.stopping:
                return
            error = None if task.cancelled() else task.exception()
            if isinstance(error, InvalidToken):
                self.stop("token: Telegram no longer accepts TELEGRAM_BOT_TOKEN (revoked or replaced?): "
                          "set the new token from @BotFather and start again")
            elif error is not None:
                self.stop(f"polling stopped: {telegram_failure(error)}")
            else:
                self.stop("polling stopped unexpectedly")

        task.add_done_callback(ended)

    async def start(self, start_updater: StartUpdater, polling: bool) -> None:
        await self.app.initialize()  # getMe: InvalidToken here means a wrong or revoked token
        if self.app.post_init:
            await self.app.post_init(self.app)
        if self.stop_requested:
            return
        await start_updater(self.on_polling_error)
        if polling:
            self.watch_polling()
        await self.app.start()

    # -- stopping ------------------------------------------------------------------------------------------

    async def drain(self) -> None:
        """Application.stop() waits for every update in progress; bound that wait, then cancel the rest.

        An update is applied in one synchronous transaction, so a cancelled task never leaves half an answer:
        either the answer is stored (its reply is stored with it and sent at the next start) or it was not
        touched."""
        stopping = asyncio.ensure_future(self.app.stop())
        await asyncio.wait({stopping}, timeout=DRAIN_SECONDS)
        cancelled = 0
        while not stopping.done():
            for task in asyncio.all_tasks(self.loop):
                if task.get_name().endswith(UPDATE_TASK) and not task.done():
                    cancelled += task.cancel()
            await asyncio.wait({stopping}, timeout=0.05)
        if cancelled:
            logger.warning("stopping: %d updates still in progress after %.0f s were cancelled", cancelled,
                           DRAIN_SECONDS)
        await stopping

    async def shutdown(self) -> None:
        self.stopping = True
        updater = self.app.updater
        if updater is not None and updater.running:
            try:
                await updater.stop()
            except TelegramError as error:  # the polling loop's own end (InvalidToken), already reported
                logger.info("updates stopped (%s)", type(error).__name__)
        if self.app.running:
            await self.drain()
            if self.app.post_stop:
                await self.app.post_stop(self.app)
        await self.app.shutdown()
        if self.app.post_shutdown:
            await self.app.post_shutdown(self.app)

    def run(self, start_updater: StartUpdater, polling: bool) -> str | None:
        for sig in (signal.SIGINT, signal.SIGTERM):
            self.loop.add_signal_handler(sig, self.stop)
        try:
            try:
                self.loop.run_until_complete(self.start(start_updater, polling))
            except TelegramError as error:
                self.stop(telegram_failure(error))
            if not self.stop_requested:
                self.serving = True
                self.loop.run_forever()  # until stop() (signals, failures) or Application.stop_running()
                self.serving = False
        finally:
            try:
                self.loop.run_until_complete(self.shutdown())
            finally:
                for sig in (signal.SIGINT, signal.SIGTERM):
                    self.loop.remove_signal_handler(sig)
        return self.failure


def serve(app: Application, start_updater: StartUpdater, *, polling: bool) -> str | None:  # type: ignore[type-arg]
    """Run `app` until SIGINT/SIGTERM (returns None) or a failure (returns the line for the operator)."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        return _Runner(app, loop).run(start_updater, polling)
    finally:
        loop.close()
        asyncio.set_event_loop(None)


# -- webhook -----------------------------------------------------------------------------------------------


class QuietTelegramHandler(TelegramHandler):
    """PTB's webhook handler, except that a body that is not an update (empty, not JSON, not UTF-8, not an
    object, not parseable as an Update) gets 400 and one log line without the data or a traceback."""

    async def post(self) -> None:
        self._validate_post()  # content type and secret token, as PTB does (403)
        body = self.request.body
        try:
            data = json.loads(body.decode("utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, self.bot)
        except Exception as error:
            logger.warning("webhook: refused a request of %d bytes that is not a Telegram update (%s)", len(body),
                           type(error).__name__)
            raise tornado.web.HTTPError(400, reason="Not a Telegram update") from None
        self.set_status(200)
        if isinstance(self.bot, ExtBot):
            self.bot.insert_callback_data(update)
        await self.update_queue.put(update)


class QuietWebhookApp(WebhookAppClass):
    def __init__(self, webhook_path: str, bot: Any, update_queue: asyncio.Queue[object],
                 secret_token: str | None = None) -> None:
        self.shared_objects = {"bot": bot, "update_queue": update_queue, "secret_token": secret_token}
        handlers = [(rf"{webhook_path}/?", QuietTelegramHandler, self.shared_objects)]
        tornado.web.Application.__init__(self, handlers)  # type: ignore[arg-type]


def use_quiet_webhook_handler() -> None:
    """The Updater builds its tornado app from this module-level name when the webhook starts."""
    ptb_updater.WebhookAppClass = QuietWebhookApp  # type: ignore[misc]
