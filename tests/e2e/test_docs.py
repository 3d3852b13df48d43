"""The README's transcript and diagram are generated from the real flow, and kept current."""

from __future__ import annotations

import importlib.util
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]


def load(name: str):  # the docs scripts are not a package
    spec = importlib.util.spec_from_file_location(name, ROOT / "docs" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_transcript_in_the_readme_is_current() -> None:
    text = load("make_transcript").transcript()
    stale = "stale: run .venv/bin/python docs/make_transcript.py"
    assert (ROOT / "docs" / "transcript.md").read_text(encoding="utf-8") == f"```text\n{text}```\n", stale
    assert f"```text\n{text}```" in (ROOT / "README.md").read_text(encoding="utf-8"), stale
    assert "You appear eligible for the Canadian Experience Class" in text
    assert "CRS estimate: 470 points" in text


def test_the_flow_diagram_in_the_readme_is_current() -> None:
    module = load("make_flow_diagram")
    from flows.machine import diagram

    assert module.readme_block(diagram()) in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_quick_start_is_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("```")[1]
    assert quick.strip().splitlines() == ["make run", "make test"]
