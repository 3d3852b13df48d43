"""The docs' transcript and diagram are generated from the real flow and kept current; the README stays short and
every link between the README and docs/ leads somewhere."""

from __future__ import annotations

import importlib.util
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]


def load(name: str):  # the docs scripts are not a package
    spec = importlib.util.spec_from_file_location(name, ROOT / "docs" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_transcript_in_the_docs_is_current() -> None:
    text = load("make_transcript").transcript()
    stale = "stale: run .venv/bin/python docs/make_transcript.py"
    assert (ROOT / "docs" / "transcript.md").read_text(encoding="utf-8") == f"```text\n{text}```\n", stale
    assert "You appear eligible for the Canadian Experience Class" in text
    assert "CRS estimate: 470 points" in text


def test_the_flow_diagram_in_the_docs_is_current() -> None:
    module = load("make_flow_diagram")
    from flows.machine import diagram

    assert (ROOT / "docs" / "flow.mmd").read_text(encoding="utf-8") == diagram()
    assert module.readme_block(diagram()) in (ROOT / "docs" / "flow.md").read_text(encoding="utf-8")


def test_the_readme_quick_start_is_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("```")[1]
    assert quick.strip().splitlines() == ["make run", "make test"]


def _anchors(page: pathlib.Path) -> set[str]:
    """GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces as hyphens."""
    headings = re.findall(r"^#+ (.+)$", page.read_text(encoding="utf-8"), flags=re.M)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


def test_every_link_between_the_readme_and_the_docs_leads_somewhere() -> None:
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    broken = []
    for page in pages:
        text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)  # code is not links
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue  # an address outside the project
            path, _, anchor = target.partition("#")
            file = (page.parent / path).resolve() if path else page
            if not file.exists():
                broken.append(f"{page.name}: {target} (no such file)")
            elif anchor and file.suffix == ".md" and anchor not in _anchors(file):
                broken.append(f"{page.name}: {target} (no such heading)")
    assert not broken, "\n".join(broken)
    linked = set(re.findall(r"\]\(docs/([\w-]+\.md)", (ROOT / "README.md").read_text(encoding="utf-8")))
    assert {p.name for p in (ROOT / "docs").glob("*.md")} <= linked, "a page of docs/ the README does not lead to"


def test_the_readme_fits_on_a_few_screens() -> None:
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= 300
