"""The turns that end in the same turn of the event loop, committed in one transaction.

Under load the bot takes several updates from one getUpdates answer and runs their handlers side by side: each
reaches its commit in the same pass of the event loop. Writing them in one transaction instead of one each
pays a transaction's fixed cost (BEGIN, COMMIT, the WAL's pages of the inbox and the outbox) once: measured
on seven turns, about 40 µs a turn instead of 100 (issue 20). Nothing of the outbox's promise changes: each
handler sends its reply only once the transaction holding its answer has committed, and a crash before that
commit loses none of the updates (they are still unhandled in the inbox and are handled again at start).

One user's turns never share a transaction: a user's updates are handled one at a time (their gate), and a
handler waits here for its commit before it lets the next one in. When a transaction fails, each turn of it is
written again on its own, so that one turn's failure (a value that cannot be stored, say) is that turn's only,
as it would be without the grouping.
"""

from __future__ import annotations

import asyncio
import logging

from storage import Repository, TurnWrite

logger = logging.getLogger(__name__)


class GroupCommit:
    """Collects the turns that end in one pass of the event loop; one transaction writes them all."""

    def __init__(self, repository: Repository) -> None:
        self.repository = repository
        self._waiting: list[tuple[TurnWrite, asyncio.Future[int | None]]] = []
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop whose pass is being collected
        self.transactions = 0  # how many it wrote, and how many turns: for tests and benchmarks
        self.turns = 0

    async def commit(self, write: TurnWrite) -> int | None:
        """Write `write` with the others of this pass of the loop; the outbox row id of its reply."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            # A new event loop (the bot started again in this process): turns left waiting on one that ended
            # before its pass was written were never committed, as after a crash; their updates are still
            # unhandled in the inbox and are handled again. They must not hold up this loop's turns.
            self._waiting, self._loop = [], loop
        future: asyncio.Future[int | None] = loop.create_future()
        if not self._waiting:
            loop.call_soon(self._flush, loop)  # after every handler that runs in this pass has had its say
        self._waiting.append((write, future))
        return await future

    def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        if loop is not self._loop:  # scheduled on a loop that ended, run again later: its turns were dropped
            return
        waiting, self._waiting = self._waiting, []
        try:
            results = self.repository.commit_turns([write for write, _ in waiting])
        except Exception as error:
            if len(waiting) == 1:
                _fail(waiting[0][1], error)
                return
            logger.warning("a transaction of %d turns failed (%s); writing each on its own", len(waiting),
                           type(error).__name__)
            for write, future in waiting:
                try:
                    result = self.repository.commit_turns([write])[0]
                except Exception as its_error:
                    _fail(future, its_error)
                else:
                    self._count(1)
                    _succeed(future, result)
            return
        self._count(len(waiting))
        for (_, future), result in zip(waiting, results, strict=True):
            _succeed(future, result)

    def _count(self, turns: int) -> None:
        self.transactions += 1
        self.turns += turns


# A handler cancelled while it waited has nothing to resume: its turn is written all the same, and its reply
# waits in the outbox for the next sweep or start, as any reply whose sending was cut short.
def _succeed(future: asyncio.Future[int | None], result: int | None) -> None:
    if not future.done():
        future.set_result(result)


def _fail(future: asyncio.Future[int | None], error: Exception) -> None:
    if not future.done():
        future.set_exception(error)
