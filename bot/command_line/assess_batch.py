"""`cec-screener assess --jsonl` on many profiles: chunks of lines assessed by worker processes, written in order.

The engine is pure Python and one profile with its plan takes a few hundred microseconds, so a batch of an
adviser's thousands of clients is bound by one core; the chunks go to one worker per core (`--workers`, by
default every core the process may use, at most 8) and come back in the order they were read, so the output
is the very same bytes as one process would write. A short input (one chunk) is assessed in this process:
starting workers would cost more than it saves, and profiles typed or pasted in a terminal are answered one
by one, at once. At most a few chunks per worker are in flight, so memory stays bounded however long the
input is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO

from bot.command_line.assess import TOO_LARGE, BoundedLines, result_line
from bot.plumbing import memory

CHUNK_LINES = 64  # profiles per task: large enough that passing them between processes costs little
_IN_FLIGHT_PER_WORKER = 4
_MOST_WORKERS = 8


def usable_cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_workers() -> int:
    """One worker per usable core, at most 8: beyond that a batch's output and the memory of the workers (each
    a copy of this process) cost more than the cores give."""
    return min(usable_cores(), _MOST_WORKERS)


def chunks(source: Iterable[bytes], size: int = CHUNK_LINES) -> Iterator[tuple[int, list[bytes]]]:
    """(number of the first line, up to `size` lines) in order; line numbers count blank lines too."""
    lines: list[bytes] = []
    first = 1
    for number, line in enumerate(source, start=1):
        if not lines:
            first = number
        lines.append(line)
        if len(lines) == size:
            yield first, lines
            lines = []
    if lines:
        yield first, lines


def assess_chunk(first: int, lines: list[bytes], lang: str, today: dt.date) -> str:
    """The output of `lines` (line `first` onwards): one JSON result per profile, an error object per bad line."""
    return "".join(result_line(line, number, lang, today)
                   for number, line in enumerate(lines, start=first) if line.strip())


def assess_chunk_bytes(first: int, lines: list[bytes], lang: str, today: dt.date) -> bytes:
    """assess_chunk's output as the UTF-8 bytes the parent writes as they are: a chunk crosses the pipe once as
    bytes rather than as text decoded there and encoded again for the output (a result is about 13 KB; the
    parent's work per chunk halves). A result is always UTF-8: the JSON parser refuses a lone surrogate."""
    return assess_chunk(first, lines, lang, today).encode()


def write_chunk(out: IO[str], chunk: bytes) -> None:
    """A worker's chunk to `out`: straight to its binary buffer, after any text still held before it."""
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # a text-only stream (a StringIO)
        out.write(chunk.decode())
        return
    out.flush()
    buffer.write(chunk)


def run(source: IO[bytes], lang: str, out: IO[str], workers: int, today: dt.date,
        err: IO[str] | None = None) -> int:
    """Assess every line of `source` (bytes: each line is read as UTF-8 by itself, so that a byte that is not UTF-8
    is said on its own line), writing each chunk's results as soon as it and those before it are done."""
    # Everything loaded so far (engine, tables, catalogs) lives as long as the process: out of the collector's
    # way. A profile makes thousands of short-lived, acyclic objects; collecting young ones less often saves
    # about a tenth of the time and nothing piles up (measured with benchmarks/assess_speed.py).
    gc.freeze()
    memory.collect_young_less_often(memory.COMMAND_YOUNG_THRESHOLD)
    lines = BoundedLines(source)
    done = _run(lines, lang, out, workers, today, err, one_by_one=workers <= 1 or source.isatty())
    if done == 0 and lines.stopped_at:  # a line too long to be a profile: said, and not a success
        out.flush()
        print(f"error: line {lines.stopped_at}: {TOO_LARGE}; the input was not read further",
              file=err or sys.stderr)
        return 2
    return done


def _run(source: BoundedLines, lang: str, out: IO[str], workers: int, today: dt.date, err: IO[str] | None, *,
         one_by_one: bool) -> int:
    if one_by_one:  # one process, or profiles typed or pasted: each answered at once
        for number, line in enumerate(source, start=1):
            if line.strip():
                out.write(result_line(line, number, lang, today))
                out.flush()
        return 0
    stream = chunks(source)
    head = next(stream, None)
    if head is None:
        return 0
    following = next(stream, None)
    if following is None:  # one chunk: starting processes would cost more than it saves
        for first, lines in _with(head, following, stream):
            out.write(assess_chunk(first, lines, lang, today))
        return 0
    # fork: each worker starts with the engine, its tables and the text catalogs already loaded.
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_leave_interrupts_to_parent)
    try:
        pending: deque[Future[bytes]] = deque()
        for first, lines in _with(head, following, stream):
            if not pending:  # the first submit forks the workers: they must never see a Ctrl-C as their own
                with _interrupts_held():
                    pending.append(pool.submit(assess_chunk_bytes, first, lines, lang, today))
                continue
            pending.append(pool.submit(assess_chunk_bytes, first, lines, lang, today))
            while len(pending) >= workers * _IN_FLIGHT_PER_WORKER:
                write_chunk(out, pending.popleft().result())
        while pending:
            write_chunk(out, pending.popleft().result())
    except BrokenProcessPool:  # a worker was killed (out of memory, a signal): say so, never a traceback
        print(f"error: --workers: a worker process stopped before the end; the output stops at a chunk of "
              f"{CHUNK_LINES} lines. Run again, or with --workers 1.", file=err or sys.stderr)
        return 1
    finally:  # Ctrl-C, a closed pipe or an error: drop the chunks not started rather than finish them
        pool.shutdown(wait=True, cancel_futures=True)
    return 0


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """While the workers are forked, a Ctrl-C is noted rather than raised, then raised here once they exist.
    Forked with Python's own handler, a worker that a Ctrl-C reached before its initializer ignored it would
    die with a traceback mid-start, and the pool could then hang on shutdown (seen under load)."""
    held: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: held.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if held:
        raise KeyboardInterrupt


def _leave_interrupts_to_parent() -> None:
    """Ctrl-C reaches the whole process group: the parent stops the run (exit 130); workers just end."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _with(head: tuple[int, list[bytes]], following: tuple[int, list[bytes]] | None,
          rest: Iterator[tuple[int, list[bytes]]]) -> Iterator[tuple[int, list[bytes]]]:
    yield head
    if following is not None:
        yield following
        yield from rest
