"""`cec-screener run | chat | start | check | backup | rounds-import`: the front ends, composed from settings."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import logging
import os
import pathlib
import sqlite3
import sys
import threading
from urllib.parse import urlparse

from bot.plumbing import logs, memory, occupation_index, startup_checks
from bot.plumbing.settings import Settings
from bot.plumbing.startup_checks import StartupError
from storage import Repository

logger = logging.getLogger("cec_screener")


def _fail(error: StartupError) -> int:
    print(f"error: {error}", file=sys.stderr)
    return error.status


def _log_found(status: str, line: str) -> None:
    logger.info("start check: %s", line)


def run_bot(settings: Settings) -> int:
    """The start checks, then the bot until SIGTERM (0) or a failure the operator must see (1, one line)."""
    os.environ.setdefault("PTB_TIMEDELTA", "1")  # RetryAfter in timedeltas, without a warning each time
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    logs.configure(settings.log_level, [settings.token or "", secret])
    try:
        lock = startup_checks.database_checks(settings.database_path, _log_found, lock=True)
    except StartupError as error:
        return _fail(error)
    assert lock is not None
    try:
        return _serve_bot(settings, secret)
    finally:
        lock.release()


def _warm_then_freeze(folder: pathlib.Path) -> None:
    """Load the occupation index, then leave what start-up made (modules, the occupation index) out of
    the garbage collector's full passes: they live as long as the process, and scanning them again and again is
    what made the event loop pause for tens of milliseconds."""
    occupation_index.warm_for_bot(folder)
    gc.freeze()
    memory.give_back()  # what the start freed (about 2 MB) is not kept at the peak for the process's life


def _serve_bot(settings: Settings, secret: str) -> int:
    from telegram import Update

    from bot.telegram_adapter import serving
    from bot.telegram_adapter.application import build_application
    # The occupation finder's index takes 2 to 4 s to build: build it beside the start-up, so the first person
    # who types a job title does not wait for it, and in a child process, so the memory the build churns
    # through is not kept by this long-running one (about 19 MB held instead of about 56).
    memory.collect_young_less_often(memory.BOT_YOUNG_THRESHOLD)  # see bot/plumbing/memory.py
    occupation_index.expect_load()  # a job title typed before it is ready waits for it, off the event loop
    threading.Thread(target=_warm_then_freeze, args=(settings.database_path.parent,), name="noc-index",
                     daemon=True).start()
    repository = Repository(settings.database_path)
    repository.checkpoint_in_background()  # the commits made on the event loop never carry a checkpoint
    try:
        app = build_application(settings, repository)
        updater = app.updater
        assert updater is not None
        if settings.webhook_url:
            path = urlparse(settings.webhook_url).path.lstrip("/")
            logger.info("starting in webhook mode on %s:%s", settings.webhook_listen, settings.webhook_port)
            serving.use_quiet_webhook_handler()
            failure = serving.serve(app, lambda _on_error: updater.start_webhook(
                listen=settings.webhook_listen, port=settings.webhook_port, url_path=path,
                webhook_url=settings.webhook_url, allowed_updates=Update.ALL_TYPES, secret_token=secret,
            ), polling=False)  # fmt: skip
        else:
            logger.info("starting in polling mode")
            failure = serving.serve(app, lambda on_error: updater.start_polling(
                allowed_updates=Update.ALL_TYPES, error_callback=on_error), polling=True)
    finally:
        repository.close()
    if failure is not None:
        print(f"error: {logs.redact(failure)}", file=sys.stderr)
        return 1
    return 0


def run_check(settings: Settings) -> int:
    """`cec-screener check`: the start checks, one line each; exit 0 when all pass."""
    logs.install_redaction([settings.token or ""])

    def say(status: str, line: str) -> None:
        print(f"{status:<4}  {line}", flush=True)

    try:
        say("ok", startup_checks.describe_settings(settings))
        startup_checks.database_checks(settings.database_path, say, lock=False)
        if settings.token:
            say("ok", startup_checks.check_token(settings))
    except StartupError as error:
        return _fail(error)
    print("all checks passed")
    return 0


def run_backup(settings: Settings, target: str, force: bool) -> int:
    """`cec-screener backup PATH`: an online copy of the live database, safe while the bot runs."""
    from storage.maintenance import LiveFileError, backup_database

    source = settings.database_path
    try:
        size = backup_database(source, target, overwrite=force)
    except LiveFileError as error:
        print(f"error: backup: {target} is {error} ({source}), never replaced: choose another file",
              file=sys.stderr)
        return 1
    except FileExistsError:
        print(f"error: backup: {target} already exists (use --force to replace it)", file=sys.stderr)
        return 1
    except FileNotFoundError:
        print(f"error: backup: there is no database at {source} (DATABASE_PATH)", file=sys.stderr)
        return 1
    except (OSError, sqlite3.Error) as error:
        print(f"error: backup of {source} to {target}: {error}", file=sys.stderr)
        return 1
    print(f"backup of {source} written to {pathlib.Path(target).resolve()} ({size:,} bytes)")
    return 0


def run_chat(settings: Settings, lang: str | None, as_of: dt.date | None = None) -> int:
    from bot.scheduled.round_alerts import current_rounds
    from bot.screening.service import ScreeningService
    from bot.terminal import chat_in_terminal

    logs.configure("WARNING", [])
    try:
        startup_checks.database_checks(settings.database_path, lambda status, line: None, lock=False)
    except StartupError as error:
        return _fail(error)
    # The occupation finder's index, kept beside the database as the bot keeps it: loaded in about 0.1 s while
    # the first question is read, instead of built (2 to 4 s) when the first job title is typed, at every run.
    occupation_index.expect_load()  # a job title typed before it is there waits for it
    threading.Thread(target=occupation_index.warm_for_bot, args=(settings.database_path.parent,), name="noc-index",
                     daemon=True).start()
    repository = Repository(settings.database_path)
    try:
        today = (lambda: as_of) if as_of is not None else dt.date.today
        service = ScreeningService(repository, today)
        service.rounds = current_rounds(repository)  # the rounds the last refresh stored (else the seed)
        chat_in_terminal(service, lang, sys.stdout)
    finally:
        repository.close()
    return 0


def dispatch(args: argparse.Namespace) -> int:
    try:
        settings = startup_checks.load_settings()
    except StartupError as error:
        return _fail(error)
    if args.command == "check":
        return run_check(settings)
    if args.command == "backup":
        return run_backup(settings, args.path, args.force)
    if args.command == "run":
        if not settings.token:
            print("error: TELEGRAM_BOT_TOKEN is not set (see .env.example); `cec-screener chat` works without it",
                  file=sys.stderr)
            return 2
        return run_bot(settings)
    if args.command == "chat":
        return run_chat(settings, args.lang, args.as_of)
    # start: the bot when a token is configured, otherwise the terminal chat
    return run_bot(settings) if settings.token else run_chat(settings, None)
