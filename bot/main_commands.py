"""`cec-screener run | chat | start | rounds-import`: the front ends, composed from settings."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import pathlib
import sys
from urllib.parse import urlparse

from pydantic import ValidationError

from bot import logs
from bot.settings import Settings
from storage import Repository

logger = logging.getLogger("cec_screener")


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        print(f"error: settings: {first['msg'].removeprefix('Value error, ')}", file=sys.stderr)
        raise SystemExit(2) from None


def run_bot(settings: Settings) -> int:
    os.environ.setdefault("PTB_TIMEDELTA", "1")  # RetryAfter in timedeltas, without a warning each time
    from telegram import Update

    from bot.telegram_app import build_application

    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    logs.configure(settings.log_level, [settings.token or "", secret])
    repository = Repository(settings.database_path)
    try:
        app = build_application(settings, repository)
        if settings.webhook_url:
            path = urlparse(settings.webhook_url).path.lstrip("/")
            logger.info("starting in webhook mode on %s:%s", settings.webhook_listen, settings.webhook_port)
            app.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port, url_path=path,
                            webhook_url=settings.webhook_url, allowed_updates=Update.ALL_TYPES,
                            secret_token=secret)
        else:
            logger.info("starting in polling mode")
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    finally:
        repository.close()
    return 0


def run_chat(settings: Settings, lang: str | None) -> int:
    from bot.service import ScreeningService
    from bot.terminal import chat_in_terminal

    logs.configure("WARNING", [])
    repository = Repository(settings.database_path)
    try:
        chat_in_terminal(ScreeningService(repository, dt.date.today), lang, sys.stdout)
    finally:
        repository.close()
    return 0


def import_rounds(path: str) -> int:
    """Convert IRCC's rounds JSON into eligibility/data/rounds.json (then bump the rules version)."""
    from eligibility.rounds_import import convert_rounds

    try:
        raw = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        data = convert_rounds(raw, dt.date.today())
    except (OSError, ValueError, KeyError) as error:
        print(f"error: {path}: {error}", file=sys.stderr)
        return 2
    print(json.dumps(data, indent=2, ensure_ascii=False))
    return 0


def dispatch(args: argparse.Namespace) -> int:
    if args.command == "rounds-import":
        return import_rounds(args.file)
    settings = _settings()
    if args.command == "run":
        if not settings.token:
            print("error: TELEGRAM_BOT_TOKEN is not set (see .env.example); `cec-screener chat` works without it",
                  file=sys.stderr)
            return 2
        return run_bot(settings)
    if args.command == "chat":
        return run_chat(settings, args.lang)
    # start: the bot when a token is configured, otherwise the terminal chat
    return run_bot(settings) if settings.token else run_chat(settings, None)
