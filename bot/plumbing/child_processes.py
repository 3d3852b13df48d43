"""Helper processes that end with the bot: a child left running after a kill -9 would hold CPU or memory for
nothing, and a crash loop would pile them up."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1  # Linux prctl option: a signal for this process when its parent dies


def die_with(parent: int) -> None:
    """Run in the child (a pool initializer, or before exec): SIGKILL when `parent` ends (Linux; elsewhere
    the child only checks that its parent is still there)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(0)
