"""Logging that never shows the token or a user's answers.

Three layers, installed by `configure`:
- every root handler formats through `RedactingFormatter`, which masks the secrets in the whole output line,
  traceback included (python-telegram-bot's `InvalidToken` quotes the token in its message);
- `WithholdRawData` rewrites python-telegram-bot's records that carry raw update data ("Received data was
  ...", an update object, a parsing error's message) so that what users typed never reaches the log;
- uncaught exceptions (main thread and other threads) and warnings go through logging, hence through both.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Iterable
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
WITHHELD = "<withheld>"


class _Withheld:
    """Stands for withheld data in a log record: the same text through %s and %r."""

    def __repr__(self) -> str:
        return WITHHELD

    __str__ = __repr__


_WITHHELD = _Withheld()

_secrets: list[str] = []


def redact(text: str, secrets: Iterable[str] | None = None) -> str:
    """`text` with every secret (by default those given to `configure`) replaced by [redacted]."""
    for secret in _secrets if secrets is None else secrets:
        if secret:
            text = text.replace(secret, "[redacted]")
    return text


def _with_parts(secrets: Iterable[str]) -> list[str]:
    """The secrets, and for a bot token also its secret half (after the colon), longest first."""
    found = set()
    for secret in secrets:
        if secret:
            found.add(secret)
            _, _, tail = secret.partition(":")
            if len(tail) >= 8:
                found.add(tail)
    return sorted(found, key=len, reverse=True)


class RedactingFormatter(logging.Formatter):
    """Formats with `inner` (or the default format), then masks the secrets in the whole text."""

    def __init__(self, secrets: list[str], inner: logging.Formatter | None = None) -> None:
        super().__init__(FORMAT)
        self.secrets = _with_parts(secrets)
        self.inner = inner

    def format(self, record: logging.LogRecord) -> str:
        text = self.inner.format(record) if self.inner is not None else super().format(record)
        return redact(text, self.secrets)


def _raw_data(value: object) -> bool:
    """An argument that may hold what a user sent: JSON data, bytes, an Update or any Telegram object."""
    if isinstance(value, dict | list | tuple | bytes | bytearray):
        return True
    module = type(value).__module__ or ""
    return module == "telegram" or module.startswith("telegram.")


# The errors a value that cannot be read raises, with the value in their message (pydantic's ValidationError,
# json's and Unicode's decoding errors are ValueErrors).
_QUOTING_ERRORS = (ValueError, LookupError, TypeError)


def _sanitized_traceback(error: BaseException) -> str:
    """Where it failed, and the exception's type, not its message (a parsing error quotes the data)."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    return f"Traceback (most recent call last):\n{frames}{type(error).__name__} (message withheld)"


class WithholdRawData(logging.Filter):
    """python-telegram-bot logs the raw update when it cannot parse it ("Received data was: ..." at CRITICAL,
    in Bot.get_updates, the Updater and the webhook handler), or the update itself when building a context
    fails: rewrite such records with the data replaced by <withheld>, and keep only the type of an exception
    that is not a TelegramError (its message may quote the data)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("telegram"):
            # Our own records: an error a bad input raises quotes that input ("no option 'x'", "invalid literal
            # for int(): '...'"); where it happened is kept, at any level, DEBUG's tracebacks included.
            error = record.exc_info[1] if record.exc_info else None
            if isinstance(error, _QUOTING_ERRORS):
                record.exc_info, record.exc_text = None, _sanitized_traceback(error)
            return True
        args = record.args
        if isinstance(args, tuple) and any(_raw_data(arg) for arg in args):
            safe = tuple(_WITHHELD if _raw_data(arg) else arg for arg in args)
            try:
                record.msg, record.args = str(record.msg) % safe, None
            except (TypeError, ValueError):
                record.msg, record.args = f"{record.msg} {WITHHELD}", None
        elif isinstance(args, dict) and args:  # logging turns a lone dict argument into this mapping form
            try:
                record.msg, record.args = str(record.msg) % (_WITHHELD,), None
            except (TypeError, ValueError, KeyError):
                record.msg, record.args = f"{record.msg} {WITHHELD}", None
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and not _is_telegram_error(error):
            record.exc_info, record.exc_text = None, _sanitized_traceback(error)
        return True


def _is_telegram_error(error: BaseException) -> bool:
    return any(cls.__module__ == "telegram.error" for cls in type(error).__mro__)


class ShortOperationalFailures(logging.Filter):
    """A rejected token or a Conflict is the operator's to fix, and the bot stops with one clear line about it:
    python-telegram-bot's records about them keep their message and lose the traceback."""

    NAMES = ("InvalidToken", "Conflict")

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if record.name.startswith("telegram") and error is not None and _is_telegram_error(error) \
                and type(error).__name__ in self.NAMES:
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
            record.args, record.exc_info, record.exc_text = None, None, None
        return True


def _log_uncaught(exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: a crash is logged (so redacted) instead of printed raw by Python."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, error, tb)
        return
    logging.getLogger("cec_screener").critical("crashed: %s", exc_type.__name__, exc_info=(exc_type, error, tb))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    logging.getLogger("cec_screener").critical(
        "crashed in thread %s: %s", name, args.exc_type.__name__,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


def install_redaction(secrets: list[str]) -> None:
    """Route every root handler, uncaught exception and warning through the redaction (idempotent)."""
    global _secrets
    _secrets = _with_parts([*_secrets, *secrets])
    for handler in logging.getLogger().handlers:
        inner = handler.formatter.inner if isinstance(handler.formatter, RedactingFormatter) else handler.formatter
        handler.setFormatter(RedactingFormatter(_secrets, inner))
        for kind in (WithholdRawData, ShortOperationalFailures):
            if not any(isinstance(f, kind) for f in handler.filters):
                handler.addFilter(kind())
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    logging.captureWarnings(True)


def configure(level: str, secrets: list[str]) -> None:
    logging.basicConfig(format=FORMAT, level=level.upper())
    # httpx logs every request URL at INFO, and Telegram URLs carry the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # At DEBUG, python-telegram-bot logs every update and every message it sends: users' answers.
    # Its INFO and above stay; LOG_LEVEL=DEBUG only opens our own loggers.
    logging.getLogger("telegram").setLevel(max(logging.INFO, logging.getLogger().level))
    logging.getLogger("transitions").setLevel(logging.WARNING)  # one line per state change, per user
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # the JobQueue's two lines per wake, every hour
    install_redaction(secrets)
