"""Shared test fixtures: paths to the project's shared reference material."""

from __future__ import annotations

import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def personas_dir() -> pathlib.Path:
    return SHARED / "personas"
