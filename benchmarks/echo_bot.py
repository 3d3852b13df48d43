"""The floor for benchmarks/load.py: a minimal python-telegram-bot echo bot, run as its own process.

    TELEGRAM_BOT_TOKEN=... TELEGRAM_BASE_URL=http://127.0.0.1:PORT/bot [RATE_LIMIT=0] python benchmarks/echo_bot.py

Each typed text gets one sendMessage (the text echoed, with one inline button); each button press gets
answerCallbackQuery and one editMessageText. Long polling and concurrent updates like `cec-screener run`;
the same AIORateLimiter as the screener (max_retries=3, Telegram's ~30 messages/s) unless RATE_LIMIT=0,
and RATE_LIMIT=N sets the overall rate. It stores nothing: whatever the screener spends beyond this bot's
figures is the cost of the screening itself. With ECHO_REQUEST=screener it also sends its calls through the
screener's own request class (bot/telegram_adapter/json_request.py: JSON bodies, a first-come queue for the
pool): how much of the screener's edge that class is, rather than the screening.
"""

from __future__ import annotations

import logging
import os

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    AIORateLimiter,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Next", callback_data="next")]])


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One sendMessage per typed text."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    await context.bot.send_message(message.chat_id, f"{message.text} #{update.update_id}", reply_markup=KEYBOARD)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """answerCallbackQuery, then one editMessageText of the message whose button was pressed."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    if query.message is not None:
        await context.bot.edit_message_text(f"{query.data} #{update.update_id}", query.message.chat.id,
                                            query.message.message_id, reply_markup=KEYBOARD)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    builder = ApplicationBuilder().token(os.environ["TELEGRAM_BOT_TOKEN"]).concurrent_updates(True)
    base_url = os.environ.get("TELEGRAM_BASE_URL")
    if base_url:
        builder = builder.base_url(base_url).base_file_url(base_url)
    if os.environ.get("ECHO_REQUEST") == "screener":  # the screener's request class, pool and pool timeout
        from bot.telegram_adapter.json_request import JsonBodyRequest

        size = int(os.environ.get("ECHO_CONNECTIONS") or 8)
        timeout = float(os.environ.get("ECHO_POOL_TIMEOUT") or 30.0)
        builder = builder.request(JsonBodyRequest(connection_pool_size=size, pool_timeout=timeout))
        builder = builder.get_updates_request(JsonBodyRequest(connection_pool_size=1))
    elif os.environ.get("ECHO_CONNECTIONS"):  # the screener's pool and pool timeout (benchmarks/loadkit.py)
        builder = builder.connection_pool_size(int(os.environ["ECHO_CONNECTIONS"]))
        builder = builder.pool_timeout(float(os.environ.get("ECHO_POOL_TIMEOUT") or 30.0))
    rate = float(os.environ.get("RATE_LIMIT") or 30)
    if rate > 0:
        builder = builder.rate_limiter(AIORateLimiter(overall_max_rate=rate, max_retries=3))  # type: ignore[arg-type]
    app = builder.build()
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(MessageHandler(filters.TEXT, on_text))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
