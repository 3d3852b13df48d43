"""The Telegram front end (python-telegram-bot) and the composition root `build_application`.

Each user update is handled under that user's gate (in update_id order), in one turn of the service: one
read, the action, then one write transaction holding the new state and the reply to send (the outbox). The
reply is delivered after the commit, with retries; a crash in between leaves it in the outbox for the next
start. The screener talks in private chats only: elsewhere it says so once per chat, with a link.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import traceback
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import BotCommand, CallbackQuery, ChatMemberUpdated, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.plumbing import loop_stalls, occupation_index
from bot.plumbing.canada_day import canada_date
from bot.plumbing.settings import Settings
from bot.scheduled import rounds_job
from bot.scheduled.reminder_job import WAKE_SECONDS, ReminderJob, utc_now
from bot.screening.service import COMMANDS, ERASE_BUTTON, RETENTION_DAYS, Outcome, ScreeningService, Turn
from bot.telegram_adapter.delivery import Deliverer, Seen, plan_reply
from bot.telegram_adapter.inbox import DurableUpdateQueue, KeepingRawUpdates, add_release_handler
from bot.telegram_adapter.json_request import JsonBodyRequest
from bot.telegram_adapter.message_kinds import readable
from flows.conversation import OutMessage, h
from flows.texts import LANGUAGES, catalog, normalize_language
from storage import Repository

logger = logging.getLogger(__name__)
_BENIGN = ("message is not modified", "query is too old", "message to edit not found",
           "message can't be edited", "query id is invalid")
SWEEP_SECONDS = 30.0  # how often replies still waiting in the outbox are tried again
_START_ATTEMPTS = 3  # at start, a reply left by a crash gets a few quick tries; the sweep does the rest
CONNECTIONS = 8  # to the Bot API, for replies (getUpdates has its own)
POOL_WAIT_SECONDS = 30.0  # a reply waits this long for a free connection rather than failing
HANDLED_UPDATES_KEPT = dt.timedelta(days=2)  # Telegram keeps an unconfirmed update for a day
START_GRACE_SECONDS = 0.5  # once polling runs, how long a new message left by a crash waits for news from its user

Action = Callable[[ScreeningService, Turn], Outcome]


def _service(context: ContextTypes.DEFAULT_TYPE) -> ScreeningService:
    return context.application.bot_data["service"]


def _deliverer(context: ContextTypes.DEFAULT_TYPE) -> Deliverer:
    return context.application.bot_data["deliverer"]


def _is_benign(error: Exception) -> bool:
    return isinstance(error, BadRequest) and any(text in str(error).lower() for text in _BENIGN)


class MessageRateLimiter(AIORateLimiter):
    """PTB's limiter for what Telegram limits (messages sent and edited), not for button acknowledgements.

    answerCallbackQuery sends no message; queuing it behind other users' replies only keeps the pressed
    button spinning, so it goes out at once and leaves the whole budget to the replies.
    """

    _UNLIMITED = frozenset({"answerCallbackQuery"})

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        if endpoint in self._UNLIMITED:
            return await callback(*args, **kwargs)
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)


# -- one user action, start to finish -----------------------------------------------------------------------------
async def _handle(update: Update, context: ContextTypes.DEFAULT_TYPE, chat_id: int, action: Action,
                  pressed_message_id: int | None = None, erasing: bool = False) -> None:
    """Under the user's gate: earlier replies still waiting first, then one read, the action, one write, the
    reply. An update already applied (Telegram sends it again after a crash) is not applied or answered twice:
    the reply committed with it is delivered from the outbox. `erasing`: the press that erases the user, whose
    waiting replies are erased with the rest, never sent first."""
    user = update.effective_user
    assert user is not None
    deliverer, service = _deliverer(context), _service(context)
    async with deliverer.gates.enter(user.id, update.update_id):
        blind = above = False
        if user.id in deliverer.pending_users and not erasing:  # a reply still waits: shown first
            seen = _newest_seen(update, service.repository)
            blind = _typed_text(update) and deliverer.unseen(user.id, seen)
            delivered = await deliverer.deliver_pending(user.id, seen=seen)
            above = delivered and user.id not in deliverer.pending_users  # the question they missed, shown now
        if (not blind and _typed_text(update) and update.message is not None
                and deliverer.typed_before_reply(chat_id, update.message.message_id)):
            blind, above = True, True  # two quick messages: the second was typed before the reply to the first
        await occupation_index.ready()  # only at start, while it loads: awaited here, never on the loop
        turn = service.begin(user.id, user.language_code, update.update_id)
        try:
            if turn.redelivered:
                # Applied before a restart: its reply was committed with it and the outbox has delivered it
                # (or just did, above). Showing the question again would only repeat it.
                service.abandon(turn)
                return
            # Typed before the question now asked had reached them: never taken as its answer (a guess).
            outcome = service.sent_before_question(user.id, turn.lang, above) if blind else action(service, turn)
            reply = plan_reply(outcome, chat_id, pressed_message_id, after=_typed_message_id(update))
            outbox_id = await service.commit_together(turn, reply)  # with others ending now
        except BaseException:
            service.abandon(turn)
            raise
        await deliverer.deliver(user.id, reply, outbox_id, answering=True)
        if erasing:
            deliverer.forget(user.id)


def _typed_text(update: Update) -> bool:
    """A typed message that is not a command, or words under a picture: what is read as an answer to the
    question asked (bot/telegram_adapter/message_kinds.py)."""
    text = (update.message.text or update.message.caption) if update.message is not None else None
    return bool(text) and not str(text).startswith("/")


def _typed_message_id(update: Update) -> int | None:
    """The id of the message the user typed (a reply to it is sent as a new message after it)."""
    return update.message.message_id if update.message is not None else None


def _newest_seen(update: Update, repository: Repository) -> Seen | None:
    """What this update proves the user had on screen: a message they typed after, or one whose button they
    pressed (message ids in a private chat count both sides' messages); and whether more updates of theirs
    are on the way (which may tell when this one cannot)."""
    user = update.effective_user
    more = user is not None and repository.holds_other_update(user.id, update.update_id)
    if update.message is not None:
        text = update.message.text or ""
        shows_where = not text.startswith("/") or _command_name(text, "") == "start"
        return Seen(typed_after=update.message.message_id, more_to_come=more, shows_where=shows_where)
    query = update.callback_query
    if query is not None and query.message is not None:
        return Seen(pressed=query.message.message_id, more_to_come=more)
    return None


def _command_name(text: str, bot_username: str) -> str | None:
    """'/Start@our_bot args' -> 'start'; None for a command addressed to another bot."""
    head = text.split()[0].lstrip("/") if text.split() else ""
    name, _, target = head.partition("@")
    if target and target.lower() != bot_username.lower():
        return None
    return name.lower()


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any slash command in a private chat (one addressed to another bot is not ours)."""
    message, user = update.message, update.effective_user
    if message is None or user is None or not message.text:
        return
    name = _command_name(message.text, context.bot.username)
    if name is None:
        return
    first_name = user.first_name or ""
    await _handle(update, context, message.chat_id,
                  lambda service, turn: service.command(user.id, turn.lang, name, first_name))


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A typed answer to the current question."""
    message, user = update.message, update.effective_user
    if message is None or user is None:
        return

    def answer(service: ScreeningService, turn: Turn) -> Outcome:
        words = readable(message, user.id)  # a voice note, a caption, a forward: see message_kinds
        if words.text is None:  # nothing to read: said, and the same question again
            outcome = service.current(user.id, turn.lang)
        else:
            replied = message.reply_to_message
            replying_to = None  # a swipe-reply to one of our messages: which question it answers is checked
            if replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id:
                replying_to = replied.text or replied.caption or ""
            outcome = service.text(user.id, turn.lang, words.text, update.update_id, replying_to)
        if words.note is not None:
            outcome.messages.insert(0, OutMessage(h(catalog(turn.lang).t(words.note))))
        return outcome

    await _handle(update, context, message.chat_id, answer)


async def on_edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message is never read as an answer: the user is told to send the new answer instead."""
    message, user = update.edited_message, update.effective_user
    if message is None or user is None:
        return
    await _handle(update, context, message.chat_id,
                  lambda service, turn: service.edit_not_read(user.id, turn.lang))


async def _answer_quietly(query: CallbackQuery, text: str | None = None) -> None:
    """Stops the button's spinner. Its failure (500, 429, too old) must never cost the press itself."""
    try:
        await query.answer(text)
    except TelegramError as error:
        logger.debug("answerCallbackQuery failed: %s", type(error).__name__)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press: acknowledged on the side, handled like an answer or a command."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    chat = query.message.chat if query.message is not None else None
    if chat is not None and chat.type != ChatType.PRIVATE:
        lang = normalize_language(user.language_code)
        context.application.create_task(_answer_quietly(query, catalog(lang).t("delivery.private_only")))
        await _tell_group_once(context, chat.id, lang)
        return
    context.application.create_task(_answer_quietly(query))
    chat_id = chat.id if chat is not None else user.id
    message_id = query.message.message_id if query.message is not None else None
    data = query.data or ""
    await _handle(update, context, chat_id,
                  lambda service, turn: service.button(user.id, turn.lang, data, update.update_id), message_id,
                  erasing=data == ERASE_BUTTON)


# -- outside private chats ----------------------------------------------------------------------------------------
async def _tell_group_once(context: ContextTypes.DEFAULT_TYPE, chat_id: int, lang: str) -> None:
    """One short message per group or channel, ever: the screening happens in private."""
    if not _service(context).repository.first_notice_to_group(chat_id):
        return
    c = catalog(lang)
    link = f"https://t.me/{context.bot.username}?start=1"
    text = f'{h(c.t("delivery.private_only"))}\n<a href="{link}">{h(c.t("delivery.open_private"))}</a>'
    notice = {"chat_id": chat_id, "edit": None, "parts": [{"text": text, "buttons": []}]}
    await _deliverer(context).deliver(0, notice)


def _meant_for_us(update: Update, bot_username: str) -> bool:
    """In a group: our commands (or bare ones), a mention of the bot, or a reply to one of its messages."""
    message = update.effective_message
    if message is None:
        return False
    text = message.text or message.caption or ""
    if text.startswith("/"):
        return _command_name(text, bot_username) is not None
    replied = message.reply_to_message
    return f"@{bot_username.lower()}" in text.lower() or (
        replied is not None and replied.from_user is not None and replied.from_user.username == bot_username)


async def on_elsewhere(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group, a supergroup or a channel: never answers, summaries or deletions there, only the way to private."""
    chat = update.effective_chat
    if chat is None or not _meant_for_us(update, context.bot.username):
        return
    user = update.effective_user
    await _tell_group_once(context, chat.id, normalize_language(user.language_code if user else None))


async def on_my_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The user blocked the bot (kicked) or unblocked it (member): flagged, so nothing is sent meanwhile."""
    change: ChatMemberUpdated | None = update.my_chat_member
    if change is None or change.chat.type != ChatType.PRIVATE:
        return
    status = change.new_chat_member.status
    if status in (ChatMemberStatus.BANNED, ChatMemberStatus.MEMBER):
        _service(context).repository.set_blocked(change.chat.id, status == ChatMemberStatus.BANNED)


# -- failures -----------------------------------------------------------------------------------------------------
async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs the failure (never the update's content), flags blocked users, tells the user kindly."""
    error = context.error
    user = update.effective_user if isinstance(update, Update) else None
    if isinstance(error, Forbidden):
        if user is not None:
            _service(context).repository.set_blocked(user.id, True)
        logger.info("a user blocked the bot; flagged, not retried")
        return
    if isinstance(error, Exception) and _is_benign(error):
        return
    # The type and where it happened, not the message: a message can quote what the user typed.
    where = "".join(traceback.format_tb(error.__traceback__)) if error is not None else ""
    logger.error("update failed: %s\n%s", type(error).__name__, where)
    chat = update.effective_chat if isinstance(update, Update) else None
    if chat is None or chat.type != ChatType.PRIVATE or isinstance(error, TelegramError):
        return
    lang = _service(context).language(user.id, user.language_code) if user is not None else "en"
    try:
        await context.bot.send_message(chat.id, h(catalog(lang).t("err.crashed")), parse_mode=ParseMode.HTML)
    except TelegramError:
        logger.warning("could not tell the user about the failure")


# -- lifecycle ----------------------------------------------------------------------------------------------------
async def register_commands(app: Application) -> None:
    """The command menu, in English (the default) and in French."""
    for lang in LANGUAGES:
        c = catalog(lang)
        commands = [BotCommand(name, c.t(f"bot.commands_{name}")) for name in COMMANDS]
        await app.bot.set_my_commands(commands, language_code=None if lang == "en" else lang)


async def _purge_forever(service: ScreeningService) -> None:
    """Erase users inactive for longer than /privacy promises, at start and then daily."""
    while True:
        service.repository.forget_handled_updates(HANDLED_UPDATES_KEPT)
        erased = service.repository.purge_inactive(dt.timedelta(days=RETENTION_DAYS))
        if erased:
            logger.info("erased %d inactive users", erased)
        await asyncio.sleep(24 * 3600)


async def _sweep_forever(deliverer: Deliverer, every: float) -> None:
    """Replies that could not be delivered (Telegram down for a while) are tried again now and then."""
    while True:
        await asyncio.sleep(every)
        await deliverer.sweep()


async def on_start(app: Application) -> None:
    """Before the first update: the command menu, then the replies a crash left in the outbox."""
    await register_commands(app)
    deliverer: Deliverer = app.bot_data["deliverer"]
    waiting = deliverer.find_pending()
    if waiting:
        logger.info("delivering replies left from the last run (%d users)", len(waiting))
        # A new message left in the outbox may have reached the user just before the crash: it waits for their
        # next update (which tells) or START_GRACE_SECONDS, whichever comes first; edits are sent at once. Users
        # with an update received and never handled are left to it: it is handled next, and tells.
        queue = app.update_queue
        telling = queue.senders() if isinstance(queue, DurableUpdateQueue) else set()
        await deliverer.sweep(attempts=_START_ATTEMPTS, hold_typed=True, users=deliverer.pending_users - telling)
        later = _release_after_start(app, app.bot_data["start_grace"])
        app.bot_data["grace"] = asyncio.get_running_loop().create_task(later)
    queue = app.update_queue
    if isinstance(queue, DurableUpdateQueue) and (held := queue.replay(app.bot)):
        logger.info("handling updates received by the last run and never handled (%d)", held)
    loop = asyncio.get_running_loop()
    app.bot_data["purge"] = loop.create_task(_purge_forever(app.bot_data["service"]))
    app.bot_data["sweep"] = loop.create_task(_sweep_forever(deliverer, app.bot_data["sweep_seconds"]))
    app.bot_data["loop_stalls"] = loop.create_task(loop_stalls.watch())


async def _release_after_start(app: Application, seconds: float) -> None:
    """Replies a crash left as new messages wait for their users' next update, which tells whether they came:
    once Telegram has sent what it held (or `seconds` passed), those of users with nothing to say go out."""
    deliverer: Deliverer = app.bot_data["deliverer"]
    queue = app.update_queue
    waiting_for = set()
    if isinstance(queue, DurableUpdateQueue):
        while not app.running:  # counted from when updates start coming in
            await asyncio.sleep(0.02)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(queue.arrived.wait(), seconds)
        await asyncio.sleep(0.2)  # the batch's updates enter their users' gates
        waiting_for = queue.senders()
    else:
        await asyncio.sleep(seconds)
    quiet = deliverer.pending_users - waiting_for
    logger.debug("start grace over: %d users with replies waiting, %d of them with news on the way",
                 len(deliverer.pending_users), len(deliverer.pending_users & waiting_for))
    if quiet:
        logger.info("sending the replies a crash left for %d users who did not write since", len(quiet))
    await deliverer.sweep(users=quiet)


async def on_stop(app: Application) -> None:
    for name in ("purge", "sweep", "round_alerts", "rounds_refresh", "grace", "loop_stalls"):
        task = app.bot_data.pop(name, None)
        if task is not None:
            task.cancel()
    app.bot_data["deliverer"].flush()


def build_application(settings: Settings, repository: Repository,
                      today: Callable[[], dt.date] | None = None,
                      request: BaseRequest | None = None,
                      updates_request: BaseRequest | None = None,
                      retry_delay: float = 0.25,
                      sweep_seconds: float = SWEEP_SECONDS,
                      start_grace: float = START_GRACE_SECONDS,
                      now: Callable[[], dt.datetime] = utc_now,
                      reminders_every: float = WAKE_SECONDS) -> Application:
    """The whole bot, wired: tests pass a fake Bot API transport, a temporary database and a fixed clock.

    `today` is the day the screenings are assessed for: by default the date in Canada's westernmost time at `now`
    (canada_day.py), never the server's own date."""
    if not settings.token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    inbox = DurableUpdateQueue(repository)
    builder = (ApplicationBuilder().token(settings.token).concurrent_updates(True)
               .update_queue(inbox).post_init(on_start).post_stop(on_stop))
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url).base_file_url(settings.telegram_base_url)
    if request is not None:
        builder = builder.request(request)
    else:
        # httpcore scans every pooled connection for each request it places (about 70% of the bot's CPU under
        # load with python-telegram-bot's 256); Telegram allows ~30 messages/s, which a few connections carry.
        # Parameters go as JSON, not as python-telegram-bot's url-encoded form, and replies wait for a connection
        # in a first-come queue of ours, not in httpcore's (json_request.py).
        builder = builder.request(JsonBodyRequest(connection_pool_size=CONNECTIONS,
                                                  pool_timeout=POOL_WAIT_SECONDS))
    # getUpdates on its own single connection, keeping what Telegram sent.
    polling = updates_request or request or JsonBodyRequest(connection_pool_size=1)
    builder = builder.get_updates_request(KeepingRawUpdates(polling, inbox.hold_batch))
    if settings.rate_limit > 0:
        # Telegram allows about 30 messages a second per bot: queue beyond that, retry a 429 a few times.
        limiter = MessageRateLimiter(overall_max_rate=settings.rate_limit, max_retries=3)
        builder = builder.rate_limiter(limiter)  # type: ignore[arg-type]  # PTB generics
    app = builder.build()
    service = ScreeningService(repository, today if today is not None else lambda: canada_date(now()))
    app.bot_data["service"] = service
    app.bot_data["repository"] = repository
    app.bot_data["deliverer"] = Deliverer(app.bot, repository, first_delay=retry_delay)
    app.bot_data["sweep_seconds"] = sweep_seconds
    app.bot_data["start_grace"] = start_grace
    # Reminders: a wake at start (catching up after downtime) and every hour; `now` is the clock tests move.
    service.reminders.hour = settings.reminders_hour_utc
    reminders = ReminderJob(repository, app.bot_data["deliverer"], now, settings.reminders_hour_utc)
    app.bot_data["reminders"] = reminders
    assert app.job_queue is not None, "python-telegram-bot[job-queue] is required"
    # The wake at start is set before the scheduler starts: without a misfire limit it is never skipped as late.
    app.job_queue.run_once(reminders, when=0.0, name="reminders-at-start", job_kwargs={"misfire_grace_time": None})
    app.job_queue.run_repeating(reminders, interval=reminders_every, first=reminders_every, name="reminders")
    # Rounds: the scheduled refresh, rounds and alerts stored by another process, alerts paced (rounds_job).
    app.bot_data["rounds"] = rounds_job.install(app, repository, service, app.bot_data["deliverer"],
                                                settings.rounds_feed_url, settings.rounds_refresh_hours, now(),
                                                french_url=settings.french_feed_url(),
                                                deadline=settings.rounds_feed_timeout_seconds,
                                                max_bytes=settings.rounds_feed_max_bytes,
                                                first_delay=settings.rounds_first_refresh_seconds)
    private = filters.ChatType.PRIVATE
    elsewhere = (filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST) & ~private
    app.add_handler(ChatMemberHandler(on_my_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & private, on_edited))
    app.add_handler(MessageHandler(elsewhere, on_elsewhere))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & private & filters.COMMAND, on_command))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & private & ~filters.COMMAND, on_text))
    add_release_handler(app)
    app.add_error_handler(on_error)
    return app
