"""Writes docs/flow.mmd from the conversation's transitions machine (a test fails when it is stale)."""

from __future__ import annotations

import pathlib

from flows.machine import diagram

TARGET = pathlib.Path(__file__).resolve().parent / "flow.mmd"


def main() -> None:
    TARGET.write_text(diagram(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
