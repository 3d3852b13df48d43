"""The Telegram front end (python-telegram-bot) and the composition root `build_application`."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import traceback
import weakref
from collections.abc import Callable
from typing import Any

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.service import COMMANDS, RETENTION_DAYS, Outcome, ScreeningService
from bot.settings import Settings
from flows.conversation import OutMessage, h
from flows.texts import LANGUAGES, catalog
from flows.verdict_text import split_message
from storage import Repository

logger = logging.getLogger(__name__)
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
_BENIGN = ("message is not modified", "query is too old", "message to edit not found",
           "message can't be edited", "query id is invalid")


def _service(context: ContextTypes.DEFAULT_TYPE) -> ScreeningService:
    return context.application.bot_data["service"]


def _user_lock(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> asyncio.Lock:
    """One lock per user: updates run concurrently across users, in order for each user."""
    locks: weakref.WeakValueDictionary[int, asyncio.Lock] = context.application.bot_data["locks"]
    lock = locks.get(user_id)
    if lock is None:
        lock = asyncio.Lock()
        locks[user_id] = lock
    return lock


def _markup(message: OutMessage) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                                 for row in message.buttons])


def _is_benign(error: Exception) -> bool:
    return isinstance(error, BadRequest) and any(text in str(error).lower() for text in _BENIGN)


async def _quietly(call: Any) -> Any:
    """Edits that may legitimately fail (already edited, too old) must not break the conversation."""
    try:
        return await call
    except BadRequest as error:
        if not _is_benign(error):
            raise
        return None


async def _deliver(context: ContextTypes.DEFAULT_TYPE, chat_id: int, user_id: int, outcome: Outcome,
                   answered_message_id: int | None = None) -> None:
    """Show the answer on its question, then send the new messages; remember the new question's id.

    `answered_message_id` is the message whose button was pressed; a typed answer answers the question
    message last sent.
    """
    bot = context.bot
    service = _service(context)
    previous = service.question_message_id(user_id)
    answered_message_id = answered_message_id or previous
    if outcome.echo is not None and outcome.answered is not None and answered_message_id is not None:
        text = f"{outcome.answered.text}\n\n✅ <b>{h(outcome.echo)}</b>"
        await _quietly(bot.edit_message_text(text, chat_id, answered_message_id, parse_mode=ParseMode.HTML,
                                             link_preview_options=_NO_PREVIEW))
    elif previous is not None and any(m.buttons for m in outcome.messages):
        # An older question's buttons would only be stale: remove them so the chat stays tidy.
        await _quietly(bot.edit_message_reply_markup(chat_id, previous, reply_markup=None))
    last_with_buttons = None
    for message in outcome.messages:
        parts = split_message(message.text)
        for number, part in enumerate(parts):
            markup = _markup(message) if number == len(parts) - 1 else None
            sent = await bot.send_message(chat_id, part, parse_mode=ParseMode.HTML, reply_markup=markup,
                                          link_preview_options=_NO_PREVIEW)
            if markup is not None:
                last_with_buttons = sent.message_id
    if last_with_buttons is not None:
        service.remember_question_message(user_id, last_with_buttons)


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any of the slash commands."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not message.text:
        return
    name = message.text.split()[0].lstrip("/").split("@")[0].lower()
    async with _user_lock(context, user.id):
        service = _service(context)
        lang = service.language(user.id, user.language_code)
        outcome = service.command(user.id, lang, name, user.first_name or "")
        await _deliver(context, message.chat_id, user.id, outcome)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A typed answer to the current question."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    async with _user_lock(context, user.id):
        service = _service(context)
        lang = service.language(user.id, user.language_code)
        if service.already_answered(user.id, update.update_id):
            return
        if message.text is None:  # a sticker, a photo...: ask for text, same question again
            outcome = service.current(user.id, lang)
            outcome.messages.insert(0, OutMessage(h(catalog(lang).t("err.empty"))))
        else:
            outcome = service.text(user.id, lang, message.text, update.update_id)
        await _deliver(context, message.chat_id, user.id, outcome)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button press: answered at once, then handled like an answer or a command."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    await _quietly(query.answer())
    async with _user_lock(context, user.id):
        service = _service(context)
        if service.already_answered(user.id, update.update_id):
            return
        lang = service.language(user.id, user.language_code)
        outcome = service.button(user.id, lang, query.data or "", update.update_id)
        chat_id = query.message.chat.id if query.message else user.id
        message_id = query.message.message_id if query.message else None
        await _deliver(context, chat_id, user.id, outcome, message_id)


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
    if chat is None or isinstance(error, TelegramError):
        return
    lang = _service(context).language(user.id) if user is not None else "en"
    try:
        await context.bot.send_message(chat.id, h(catalog(lang).t("err.crashed")), parse_mode=ParseMode.HTML)
    except TelegramError:
        logger.warning("could not tell the user about the failure")


async def register_commands(app: Application) -> None:
    """The command menu, in English (the default) and in French."""
    for lang in LANGUAGES:
        c = catalog(lang)
        commands = [BotCommand(name, c.t(f"bot.commands_{name}")) for name in COMMANDS]
        await app.bot.set_my_commands(commands, language_code=None if lang == "en" else lang)


async def _purge_forever(service: ScreeningService) -> None:
    """Erase users inactive for longer than /privacy promises, at start and then daily."""
    while True:
        erased = service.repository.purge_inactive(dt.timedelta(days=RETENTION_DAYS))
        if erased:
            logger.info("erased %d inactive users", erased)
        await asyncio.sleep(24 * 3600)


async def on_start(app: Application) -> None:
    await register_commands(app)
    app.bot_data["purge"] = asyncio.get_running_loop().create_task(_purge_forever(app.bot_data["service"]))


async def on_stop(app: Application) -> None:
    task = app.bot_data.pop("purge", None)
    if task is not None:
        task.cancel()


def build_application(settings: Settings, repository: Repository,
                      today: Callable[[], dt.date] = dt.date.today,
                      request: BaseRequest | None = None,
                      updates_request: BaseRequest | None = None) -> Application:
    """The whole bot, wired: tests pass a fake Bot API transport, a temporary database and a fixed clock."""
    if not settings.token:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    builder = (ApplicationBuilder().token(settings.token).concurrent_updates(True)
               .post_init(on_start).post_stop(on_stop))
    if settings.telegram_base_url:
        builder = builder.base_url(settings.telegram_base_url).base_file_url(settings.telegram_base_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(updates_request or request)
    else:
        # Telegram allows about 30 messages a second per bot: queue beyond that, retry a 429 a few times.
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]  # PTB generics
    app = builder.build()
    app.bot_data["service"] = ScreeningService(repository, today)
    app.bot_data["locks"] = weakref.WeakValueDictionary()
    app.add_handler(CommandHandler(list(COMMANDS), on_command))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(MessageHandler(filters.COMMAND, on_command))
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & ~filters.COMMAND, on_text))
    app.add_error_handler(on_error)
    return app
