"""The start checks, shared by `cec-screener run` / `start` and `cec-screener check`.

Each check either reports what it found (one line) or raises `StartupError`, whose text is the one line the
operator reads on stderr: `error: database data/x.db: not a SQLite database (file is not a database)`. No
check lets a Python traceback through.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import pathlib
import sqlite3
from collections.abc import Callable

from pydantic import ValidationError

from bot.plumbing import logs
from bot.plumbing.settings import Settings
from storage.database import LATEST_SCHEMA_VERSION, open_database, schema_version
from storage.maintenance import integrity_check, looks_like_sqlite, probe_writable

Report = Callable[[str, str], None]  # (status: "ok" or "note", what was found)


class StartupError(Exception):
    """A start failure the operator can act on; str(error) is the whole line, secrets redacted."""

    def __init__(self, line: str, status: int = 1) -> None:
        super().__init__(logs.redact(line))
        self.status = status


# -- settings ----------------------------------------------------------------------------------------------


def load_settings() -> Settings:
    """Settings from the environment and .env; an invalid value is one line naming the variable (status 2)."""
    try:
        return Settings()
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        name = str(first["loc"][0]).upper() if first["loc"] else ""
        message = first["msg"].removeprefix("Value error, ")
        if name and name not in message:
            message = f"{name}: {message}"
        raise StartupError(f"settings: {message}", 2) from None
    except UnicodeDecodeError as error:
        raise StartupError(f"settings: .env is not UTF-8 text ({error.reason} at byte {error.start})", 2) from None
    except OSError as error:
        where = error.filename or ".env"
        raise StartupError(f"settings: cannot read {where} ({error.strerror or error})", 2) from None


def describe_settings(settings: Settings) -> str:
    mode = f"webhook on {settings.webhook_listen}:{settings.webhook_port}" if settings.webhook_url else "polling"
    token = "set" if settings.token else "not set (the terminal chat works without it)"
    return f"settings: valid (LOG_LEVEL {settings.log_level}, {mode}, TELEGRAM_BOT_TOKEN {token})"


# -- the database ------------------------------------------------------------------------------------------


def _sqlite_problem(error: sqlite3.Error) -> str:
    """What SQLite's words mean for the operator, then the words themselves."""
    text = str(error)
    lower = text.lower()
    hint = ""
    if "not a database" in lower:
        meaning = "not a SQLite database"
    elif "malformed" in lower or "corrupt" in lower:
        meaning = "damaged"
    elif "readonly" in lower or "read-only" in lower:
        meaning = "not writable"
    elif "unable to open" in lower:
        meaning = "cannot be opened"
        hint = ": the file and its folder must be writable (SQLite keeps its -wal and -shm files beside it)"
    elif "locked" in lower or "busy" in lower:
        meaning = "locked by another program"
    elif "disk i/o" in lower or "full" in lower:
        meaning = "cannot be written (disk)"
    else:
        meaning = "cannot be used"
    return f"{meaning} ({text}){hint}"


def prepare_folder(path: pathlib.Path) -> str:
    """The database's folder exists or is created; the database path is not itself a folder."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise StartupError(f"database {path}: cannot create its folder {folder} (a file has that name)") from None
    except OSError as error:
        raise StartupError(f"database {path}: cannot create its folder {folder} ({error.strerror})") from None
    if path.is_dir():
        raise StartupError(f"database {path}: is a folder, not a file")
    return f"database folder {folder}: exists"


def check_database(path: pathlib.Path) -> list[str]:
    """Opens, is SQLite, passes PRAGMA integrity_check (indexes too), has the latest schema, is writable: one
    line for each."""
    found = []
    if path.exists():
        try:
            sqlite = looks_like_sqlite(path)
        except OSError as error:
            raise StartupError(f"database {path}: cannot be read ({error.strerror})") from None
        if not sqlite:
            raise StartupError(f"database {path}: not a SQLite database (file is not a database)")
        # Sound before anything is written to it (the migrations below may write).
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
            try:
                problems = integrity_check(conn)
            finally:
                conn.close()
        except sqlite3.Error as error:
            raise StartupError(f"database {path}: {_sqlite_problem(error)}") from None
        if problems != ["ok"]:
            first = problems[0]
            raise StartupError(f"database {path}: damaged (PRAGMA integrity_check: {first}): restore a backup")
        found.append(f"database {path}: a SQLite file, PRAGMA integrity_check ok")
    else:
        found.append(f"database {path}: did not exist, created")
    try:
        db = open_database(path)
    except sqlite3.Error as error:
        raise StartupError(f"database {path}: {_sqlite_problem(error)}") from None
    except OSError as error:
        raise StartupError(f"database {path}: cannot be opened ({error.strerror or error})") from None
    try:
        version = schema_version(db)
        found.append(f"database {path}: schema up to date (version {version} of {LATEST_SCHEMA_VERSION})")
        probe_writable(db)
        found.append(f"database {path}: writable")
    except sqlite3.Error as error:
        raise StartupError(f"database {path}: {_sqlite_problem(error)}") from None
    finally:
        db.close()
    return found


class DatabaseLock:
    """An exclusive lock on "<database>.lock", so two processes never serve one database.

    flock belongs to the open file: the operating system drops it when the process ends, even on kill -9, so a
    stale lock file never blocks a restart. The file holds the owner's process id, for the error message.
    """

    def __init__(self, database: pathlib.Path) -> None:
        self.database = database
        self.path = database.with_name(database.name + ".lock")
        self._fd: int | None = None

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise StartupError(
                f"database {self.database}: cannot create the lock file {self.path} ({error.strerror})"
            ) from None

    def _owner(self, fd: int) -> str:
        with contextlib.suppress(OSError, ValueError):
            pid = int(os.pread(fd, 32, 0).decode().strip())
            return f" (process {pid})"
        return ""

    def acquire(self) -> None:
        fd = self._open()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            owner = self._owner(fd)
            os.close(fd)
            raise StartupError(f"another cec-screener is already running on {self.database}{owner}") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def held_elsewhere(self) -> str | None:
        """None when no process holds the lock; else who does (the lock is not kept)."""
        fd = self._open()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return f"a cec-screener is running on this database{self._owner(fd)}"
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
            return None
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def database_checks(path: pathlib.Path, report: Report, *, lock: bool) -> DatabaseLock | None:
    """The folder, the lock (taken when `lock`, else only looked at), then the file. Returns the lock taken."""
    report("ok", prepare_folder(path))
    guard = DatabaseLock(path)
    if lock:
        guard.acquire()
        report("ok", f"lock {guard.path}: taken (no other cec-screener serves this database)")
    else:
        holder = guard.held_elsewhere()
        if holder is None:
            report("ok", f"lock {guard.path}: free (no cec-screener is running on this database)")
        else:
            report("note", f"lock {guard.path}: {holder}")
    try:
        for line in check_database(path):
            report("ok", line)
    except BaseException:
        guard.release()
        raise
    return guard if lock else None


# -- the token ---------------------------------------------------------------------------------------------


def telegram_failure(error: BaseException) -> str:
    """One line for a Bot API failure at start or while running; never the token (InvalidToken quotes it)."""
    from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError

    if isinstance(error, InvalidToken):
        return ("token: Telegram rejected TELEGRAM_BOT_TOKEN (Unauthorized): copy it again from @BotFather, "
                "or create a new one if it was revoked")
    if isinstance(error, Conflict):
        return (f"Telegram: another process is already getting this bot's updates ({logs.redact(error.message)}): "
                "stop it, or give each instance its own token")
    if isinstance(error, NetworkError):  # TimedOut and BadRequest included
        kind = type(error).__name__
        return f"Telegram: the Bot API did not answer as expected ({kind}: {logs.redact(error.message)})"
    if isinstance(error, TelegramError):
        return f"Telegram: {type(error).__name__}: {logs.redact(error.message)}"
    return f"Telegram: {type(error).__name__}"


async def _bot_username(settings: Settings) -> str:
    from telegram import Bot

    assert settings.token
    if settings.telegram_base_url:
        bot = Bot(settings.token, base_url=settings.telegram_base_url, base_file_url=settings.telegram_base_url)
    else:
        bot = Bot(settings.token)
    async with bot:  # initialize() calls getMe
        return bot.username


def check_token(settings: Settings) -> str:
    """getMe with the configured token: the bot's @username, or StartupError with a redacted line."""
    try:
        username = asyncio.run(_bot_username(settings))
    except Exception as error:
        raise StartupError(telegram_failure(error)) from None
    return f"token: accepted by Telegram (the bot is @{username})"
