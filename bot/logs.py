"""Logging that never shows the token or a user's answers."""

from __future__ import annotations

import logging


class RedactFilter(logging.Filter):
    """Masks secrets (the bot token, the webhook secret) wherever they would appear in a log line."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            for secret in self.secrets:
                message = message.replace(secret, "[redacted]")
            record.msg, record.args = message, None
        return True


def configure(level: str, secrets: list[str]) -> None:
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level.upper())
    # httpx logs every request URL at INFO, and Telegram URLs carry the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # At DEBUG, python-telegram-bot logs every update and every message it sends: users' answers.
    # Its INFO and above stay; LOG_LEVEL=DEBUG only opens our own loggers.
    logging.getLogger("telegram").setLevel(max(logging.INFO, logging.getLogger().level))
    logging.getLogger("transitions").setLevel(logging.WARNING)  # one line per state change, per user
    redact = RedactFilter(secrets)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
