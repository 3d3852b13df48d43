"""The occupation finder's index kept on disk: loaded in about 0.1 s instead of built in 2 to 4 s.

The bot keeps it beside its database; `cec-screener noc` uses the same file when it can, otherwise a cache folder
of the user's. The file's name carries a fingerprint of the NOC data and of the code that builds the index, so a
new release never reads an old index. Stdlib only, no SQLite: `noc` stays light.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import hashlib
import logging
import os
import pathlib
import subprocess
import sys
import threading
import time
from importlib import resources

from bot.plumbing.child_processes import die_with

logger = logging.getLogger(__name__)
_PREFIX = ".noc-index-"
DEFAULT_DATABASE = pathlib.Path("data/cec-screener.db")  # the default of DATABASE_PATH (settings.py)
_ready = threading.Event()  # cleared while the bot's start loads the index (expect_load .. warm_for_bot's end)
_ready.set()


def fingerprint() -> str:
    """Changes with the NOC data and with the code that builds the index from it."""
    import eligibility.occupations as module

    digest = hashlib.sha256(pathlib.Path(module.__file__).read_bytes())
    data = resources.files("eligibility.data").joinpath("noc2021")
    for name in sorted(entry.name for entry in data.iterdir() if entry.is_file()):
        digest.update(data.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def cache_file(folder: pathlib.Path) -> pathlib.Path:
    return folder / f"{_PREFIX}{fingerprint()}.pickle"


def load(folder: pathlib.Path) -> bool:
    """Install the cached index from `folder`, if there is a current one; False when there is none usable."""
    from eligibility import occupations

    try:
        with cache_file(folder).open("rb") as stream:  # our own file, made by `occupations.snapshot`
            occupations.install(stream)
        return True
    except FileNotFoundError:
        return False
    except Exception as error:  # unreadable or from elsewhere: built again
        logger.warning("occupation index cache not used (%s)", type(error).__name__)
        return False


def build_and_keep(folder: pathlib.Path, *, in_child: bool) -> None:
    """Build the index and keep it in `folder` (written aside, then renamed: a reader never sees half a file).

    In a child process for the bot (the memory the build uses does not stay in the bot's heap, and the event
    loop is never held up by it); in this process for a one-off command.
    """
    from eligibility import occupations

    cache = cache_file(folder)
    partial = cache.with_suffix(f".{os.getpid()}.part")
    try:
        if in_child:
            build = ("import pathlib, sys; from eligibility.occupations import snapshot; "
                     "pathlib.Path(sys.argv[1]).write_bytes(snapshot())")
            subprocess.run([sys.executable, "-c", build, str(partial)], capture_output=True, check=True,
                           timeout=120, preexec_fn=functools.partial(die_with, os.getpid()))
        else:
            partial.write_bytes(occupations.snapshot())
        for old in folder.glob(f"{_PREFIX}*.pickle"):
            old.unlink()
        partial.replace(cache)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()


def expect_load() -> None:
    """The bot's start is about to load the index in a thread (warm_for_bot): until it is there, a search
    waits for it rather than building another, and the event loop awaits `ready()` before a turn."""
    from eligibility import occupations

    _ready.clear()
    occupations.expect_install()


async def ready(timeout: float = 120.0) -> None:
    """Return once the index is there (at once, nearly always): a job title typed while it loads waits for it
    here, without holding up the event loop, and then gets its matches (never a "no match" for want of it)."""
    deadline = time.monotonic() + timeout
    while not _ready.is_set() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)


def _load_frozen(folder: pathlib.Path) -> bool:
    """`load`, with the garbage collector held off meanwhile and the index then frozen out of its passes.

    Unpickling makes some hundred thousand objects; the collections they trigger (a full one among them,
    scanning everything) run in whichever thread allocates, holding the GIL, so the event loop stood still for
    up to about 50 ms at start. Frozen, the index (alive as long as the process) is never scanned again."""
    gc.disable()
    try:
        loaded = load(folder)
        gc.freeze()
        return loaded
    finally:
        gc.enable()


def warm_for_bot(folder: pathlib.Path) -> None:
    """The bot's start: load the index kept beside the database, or build it in a child process and keep it;
    if that fails, build it here. Searches that arrive meanwhile wait for it (expect_load)."""
    from eligibility import occupations

    try:
        if _load_frozen(folder):
            return
        try:
            build_and_keep(folder, in_child=True)
            if _load_frozen(folder):
                return
        except Exception as error:  # whatever went wrong there, the index is built here instead
            logger.warning("occupation index: built in this process instead (%s)", type(error).__name__)
        occupations.stop_waiting()
        occupations.search("")
    finally:
        occupations.stop_waiting()
        _ready.set()


def folder_for_commands() -> pathlib.Path | None:
    """Where a command keeps the index: beside the bot's database when that folder exists and is writable (the
    same file as the bot), else the user's cache folder; None when neither can be written."""
    database = pathlib.Path(os.environ.get("DATABASE_PATH") or DEFAULT_DATABASE)
    candidates = [database.parent]
    base = os.environ.get("XDG_CACHE_HOME") or (pathlib.Path.home() / ".cache")
    candidates.append(pathlib.Path(base) / "cec-screener")
    for folder in candidates:
        if folder.is_dir() and os.access(folder, os.W_OK):
            return folder
    with contextlib.suppress(OSError):
        candidates[-1].mkdir(parents=True, exist_ok=True, mode=0o700)
        return candidates[-1]
    return None


def warm_for_command() -> None:
    """A command about to search: load the kept index, or build it here and keep it for the next run."""
    folder = folder_for_commands()
    if folder is None or load(folder):
        return
    try:
        build_and_keep(folder, in_child=False)
    except OSError as error:  # a read-only disk: the index built for this run is used, only not kept
        logger.info("occupation index not kept (%s)", type(error).__name__)

