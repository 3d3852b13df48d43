"""WAL checkpoints off the event loop.

SQLite copies the write-ahead log into the main file every 1,000 pages by default, inside whichever COMMIT
crosses that size: in the bot that COMMIT runs on the event loop, and a turn that pays for it takes five times
as long as one that does not. The bot turns that off for its connection and lets this thread do it with a
connection of its own: a PASSIVE checkpoint never blocks a writer and never waits for a reader, so the loop's
commits stay short, and the log is still folded in within about a second of being written. Once all of it is
in the main file, SQLite's next writer starts the log from its beginning again: it does not grow.
"""

from __future__ import annotations

import logging
import pathlib
import sqlite3
import threading

logger = logging.getLogger(__name__)

INTERVAL_SECONDS = 1.0


class Checkpointer:
    """A daemon thread that checkpoints `path`'s WAL every `interval` seconds, until `stop`."""

    def __init__(self, path: pathlib.Path, interval: float = INTERVAL_SECONDS) -> None:
        self.path, self.interval = path, interval
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="wal-checkpoints", daemon=True)
        self.checkpoints = 0  # how many checkpoints copied pages (for tests and benchmarks)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=1.0, isolation_level=None, check_same_thread=True)
        except sqlite3.Error as error:
            logger.error("WAL checkpoints: cannot open the database (%s); SQLite's own will run", error)
            return
        try:
            while not self._stopping.wait(self.interval):
                self.checkpoint(conn)
            self.checkpoint(conn)  # what the last commits wrote, before the process ends
        finally:
            conn.close()

    def checkpoint(self, conn: sqlite3.Connection) -> None:
        try:
            _busy, in_log, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as error:  # locked, or the file went away: the next wake tries again
            logger.debug("WAL checkpoint skipped (%s)", type(error).__name__)
            return
        if copied > 0:
            self.checkpoints += 1
        if in_log > 100_000:  # about 400 MB: a reader that never ends keeps the log from being reused
            logger.warning("WAL checkpoints: the log holds %d pages (%d copied)", in_log, copied)
