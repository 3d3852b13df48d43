"""Writes docs/flow.mmd and its copy in docs/flow.md from the conversation's transitions machine (a test fails
when either is stale)."""

from __future__ import annotations

import pathlib

from flows.machine import diagram

TARGET = pathlib.Path(__file__).resolve().parent / "flow.mmd"
PAGE = TARGET.parent / "flow.md"
START, END = "<!-- flow:start -->", "<!-- flow:end -->"


def readme_block(drawing: str) -> str:
    return f"{START}\n```mermaid\n{drawing.rstrip()}\n```\n{END}"


def main() -> None:
    drawing = diagram()
    TARGET.write_text(drawing, encoding="utf-8")
    readme = PAGE.read_text(encoding="utf-8")
    head, rest = readme.split(START, 1)
    PAGE.write_text(head + readme_block(drawing) + rest.split(END, 1)[1], encoding="utf-8")
    print(f"wrote {TARGET} and its copy in {PAGE}")


if __name__ == "__main__":
    main()
