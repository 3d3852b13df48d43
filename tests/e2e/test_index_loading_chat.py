"""A job title typed while the bot's start is still loading the occupation index: the person gets the right
matches once it is there (never silence, never a wrong "no match"), and the event loop serves everyone else
meanwhile instead of standing still on it."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import pathlib
import threading
import time
from collections.abc import AsyncIterator

import pytest

from bot.plumbing import occupation_index
from eligibility import occupations

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram


async def _to_the_job_title(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("No")  # Quebec
    await chat.click("Yes")  # a paid job in Canada


async def _longest_stall_ms(until: asyncio.Event) -> float:
    """How late a 10-ms sleep woke at worst, until `until` is set (as bot/plumbing/loop_stalls.py measures)."""
    longest = 0.0
    while not until.is_set():
        asked = time.monotonic()
        await asyncio.sleep(0.01)
        longest = max(longest, (time.monotonic() - asked - 0.01) * 1000)
    return longest


@contextlib.asynccontextmanager
async def _while_the_index_loads() -> AsyncIterator[list[float]]:
    """As at start: no index in memory and one on its way. Yields a list that holds, once the block is left,
    the loop's longest stall inside it (ms); the wait is ended either way, so no other test inherits it."""
    occupations._forget()
    occupation_index.expect_load()
    done = asyncio.Event()
    watching = asyncio.ensure_future(_longest_stall_ms(done))
    longest: list[float] = []
    try:
        yield longest
    finally:
        done.set()
        longest.append(await watching)
        occupations.stop_waiting()
        occupation_index._ready.set()


async def test_a_title_typed_while_the_index_loads_gets_its_matches_once_loaded(
        tg: FakeTelegram, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = tmp_path / "kept"
    kept.mkdir()
    occupation_index.cache_file(kept).write_bytes(occupations.snapshot())  # as a previous start left it

    def no_build() -> None:
        raise AssertionError("an index was built while one was loading")

    async with bot_on(tg, tmp_path / "bot.db") as bot:
        ana, bob = Chat(bot.app, tg, user_id=1001), Chat(bot.app, tg, user_id=1002, first_name="Bob")
        await _to_the_job_title(ana)
        question = ana.last_text
        # The bot starts again, in effect: no index in memory, one on its way from the kept file.
        monkeypatch.setattr(occupations, "_build", no_build)
        try:
            async with _while_the_index_loads() as longest_stall:
                typed = asyncio.ensure_future(ana.send("warehouse associate at Amazon"))
                await asyncio.sleep(0.3)
                assert not typed.done() and ana.last_text == question  # waiting: no "no match", no other answer
                loader = threading.Thread(target=occupation_index.warm_for_bot, args=(kept,))
                loader.start()
                replies = await asyncio.wait_for(typed, timeout=10)
                loader.join()
        finally:
            gc.unfreeze()
        assert longest_stall[0] < 50  # the wait and the load never held up the loop
        assert replies and ana.buttons[0] == "75101 · Material handlers · TEER 5"
        assert "Tap the closest" in ana.last_text
        await bob.send("/start")  # and after it, everyone as usual
        assert bob.buttons
    bot.errors.check()


async def test_others_are_served_while_the_index_loads(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The wait is awaited: while Ana's title waits for the index, the loop goes on (here, the watcher's
    10-ms sleeps keep waking on time), and she is answered as soon as it is installed."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        ana = Chat(bot.app, tg, user_id=1001)
        await _to_the_job_title(ana)
        data = occupations.snapshot()
        async with _while_the_index_loads() as longest_stall:
            typed = asyncio.ensure_future(ana.send("senior PSW"))
            await asyncio.sleep(0.5)
            assert not typed.done()
            occupations.install(data)
            occupation_index._ready.set()  # as warm_for_bot does when it ends
            await asyncio.wait_for(typed, timeout=10)
        assert longest_stall[0] < 50
        assert "quite different jobs" in ana.last_text
        assert [label[:5] for label in ana.buttons[:2]] == ["33102", "44101"]
    bot.errors.check()


def test_full_collections_are_counted_and_timed_for_the_stall_report() -> None:
    from bot.plumbing.loop_stalls import FullCollections

    collections = FullCollections()
    gc.callbacks.append(collections)
    try:
        gc.collect(0)  # a young collection is not a full one
        assert collections.take() == (0, 0.0)
        gc.collect()
        gc.collect()
        count, longest_ms = collections.take()
    finally:
        gc.callbacks.remove(collections)
    assert count == 2 and 0.0 < longest_ms < 5000
    assert collections.take() == (0, 0.0)  # taken: the next period starts from nothing
