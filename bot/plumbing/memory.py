"""Giving freed memory back to the system, so a long-running process's RSS is what it uses, not its peak."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import gc
import sys


@functools.cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    with contextlib.suppress(OSError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        if hasattr(libc, "malloc_trim"):  # glibc; musl has none
            return libc
    return None


def give_back() -> bool:
    """glibc's malloc_trim(0): the free pages of the heap return to the system (freeing does not: glibc keeps
    them for later, and RSS stays at the peak). False where there is no glibc."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True



# Allocations between two young collections (Python's default: 700). Both the bot and `assess --jsonl` make
# thousands of short-lived objects per update or profile, and the bot keeps hundreds of requests in flight whose
# coroutines every young collection walks again: at 700 the bot spent about 110 µs an update collecting, at
# 10,000 about 55 (benchmarks/load.py with a collector probe, issue 20). A young collection then takes about 6 ms
# and the next older one about 10, every few seconds at full load: far under the 50 ms a stall may last. The
# command has no event loop to keep moving and takes twice as many.
BOT_YOUNG_THRESHOLD = 10_000
COMMAND_YOUNG_THRESHOLD = 20_000


def collect_young_less_often(threshold: int) -> None:
    """Young collections every `threshold` allocations instead of 700; the older generations as they are."""
    gc.set_threshold(threshold, *gc.get_threshold()[1:])
