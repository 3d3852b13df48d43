"""Giving freed memory back to the system, so a long-running process's RSS is what it uses, not its peak."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
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
