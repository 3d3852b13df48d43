"""Fixtures for the storage tests: a controllable clock and a repository on a temporary file."""

from __future__ import annotations

import datetime
import pathlib
from collections.abc import Iterator

import pytest

from storage.repository import Repository

START = datetime.datetime(2026, 1, 15, 9, 30, tzinfo=datetime.UTC)


class FakeClock:
    """A clock that only moves when the test says so."""

    def __init__(self, start: datetime.datetime = START) -> None:
        self.current = start

    def __call__(self) -> datetime.datetime:
        return self.current

    def advance(self, **delta: float) -> datetime.datetime:
        self.current += datetime.timedelta(**delta)
        return self.current


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: pathlib.Path) -> pathlib.Path:
    return tmp_path / "data" / "screener.db"


@pytest.fixture
def repo(db_path: pathlib.Path, clock: FakeClock) -> Iterator[Repository]:
    repository = Repository(db_path, now=clock)
    yield repository
    assert repository._closed or not repository.db.conn.in_transaction, "a call left a transaction open"
    repository.close()
