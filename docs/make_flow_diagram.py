"""Writes docs/flow.mmd from the conversation's transitions machine (a test fails when it is stale)."""

from __future__ import annotations

import pathlib

from flows.machine import diagram

TARGET = pathlib.Path(__file__).resolve().parent / "flow.mmd"
README = TARGET.parent.parent / "README.md"
START, END = "<!-- flow:start -->", "<!-- flow:end -->"


def readme_block(drawing: str) -> str:
    return f"{START}\n```mermaid\n{drawing.rstrip()}\n```\n{END}"


def main() -> None:
    drawing = diagram()
    TARGET.write_text(drawing, encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    head, rest = readme.split(START, 1)
    README.write_text(head + readme_block(drawing) + rest.split(END, 1)[1], encoding="utf-8")
    print(f"wrote {TARGET} and its copy in README.md")


if __name__ == "__main__":
    main()
