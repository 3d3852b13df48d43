"""Generic fixtures for end-to-end tests: a fake Bot API state, and the same served over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fake_api_server import FakeAPIServer
from .fake_telegram import FakeTelegram


@pytest.fixture
def tg() -> FakeTelegram:
    """A fresh fake Telegram (in process: pass ``FakeRequest(tg)`` to the ApplicationBuilder)."""
    return FakeTelegram()


@pytest.fixture
def api_server(tg: FakeTelegram) -> Iterator[FakeAPIServer]:
    """The ``tg`` fixture served over HTTP on 127.0.0.1 (``api_server.base_url`` for PTB)."""
    with FakeAPIServer(tg) as server:
        yield server
