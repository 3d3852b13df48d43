"""Shared test fixtures."""

from __future__ import annotations

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture
def personas_dir() -> pathlib.Path:
    """The copy of the shared personas kept in tests/fixtures (CI clones have no ../shared)."""
    return ROOT / "tests" / "fixtures" / "personas"
