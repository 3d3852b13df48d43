"""How long the event loop was held up: a task that asks to wake every 10 ms and notes how late it woke.

A late wake is time no update could be read or answered (a long commit, a build on the loop, a garbage
collection). The longest one of each period is logged once (INFO), with the full garbage collections of the
period and the longest of them (gc.callbacks), and a single stall over WARN_MS as a warning: the operator sees
them, and benchmarks/loop_stalls.py reads them under load.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import time

logger = logging.getLogger(__name__)

TICK_SECONDS = 0.010
REPORT_SECONDS = 600.0  # LOOP_STALL_REPORT_SECONDS overrides it (benchmarks use a few seconds)
WARN_MS = 250.0


class FullCollections:
    """The full (generation 2) garbage collections since the last `take`: how many, and the longest in ms.
    Whichever thread runs one holds the GIL throughout, so it is a stall of the loop's as well."""

    def __init__(self) -> None:
        self.began = 0.0
        self.count = 0
        self.longest_ms = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self.began = time.perf_counter()
        elif self.began:
            self.count += 1
            self.longest_ms = max(self.longest_ms, (time.perf_counter() - self.began) * 1000.0)

    def take(self) -> tuple[int, float]:
        figures = self.count, self.longest_ms
        self.count, self.longest_ms = 0, 0.0
        return figures


async def watch(report_seconds: float | None = None) -> None:
    """Run until cancelled."""
    if report_seconds is None:
        report_seconds = float(os.environ.get("LOOP_STALL_REPORT_SECONDS") or REPORT_SECONDS)
    longest, ticks = 0.0, 0
    collections = FullCollections()
    gc.callbacks.append(collections)
    period_end = time.monotonic() + report_seconds
    try:
        while True:
            asked = time.monotonic()
            await asyncio.sleep(TICK_SECONDS)
            now = time.monotonic()
            late_ms = (now - asked - TICK_SECONDS) * 1000.0
            ticks += 1
            if late_ms > longest:
                longest = late_ms
                if late_ms > WARN_MS:
                    logger.warning("event loop stalled %.0f ms", late_ms)
            if now >= period_end:
                full, full_ms = collections.take()
                logger.info("event loop: longest stall %.1f ms in the last %.0f s (%d wakes); %d full "
                            "collections, the longest %.1f ms", longest, report_seconds, ticks, full, full_ms)
                longest, ticks = 0.0, 0
                period_end = now + report_seconds
    finally:
        gc.callbacks.remove(collections)
