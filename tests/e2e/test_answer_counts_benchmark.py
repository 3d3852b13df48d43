"""benchmarks/answer_counts.py: the README's example person reaches the CRS estimate typing at most 3 answers,
and the figures it prints add up (each answer typed or tapped, each tap answered, each message counted)."""

from __future__ import annotations

import importlib.util
import pathlib
import re
import sys
from types import ModuleType

import pytest

BENCHMARK = pathlib.Path(__file__).resolve().parents[2] / "benchmarks" / "answer_counts.py"
LABEL_WIDTH = 44  # the table's first column, as answer_counts.table() prints it


def load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("answer_counts_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def printed_rows(out: str, columns: int) -> dict[str, list[str]]:
    """The table's rows by label (indented method and message rows keep their indent stripped)."""
    rows: dict[str, list[str]] = {}
    for line in out.splitlines():
        values = line[LABEL_WIDTH:].split()
        label = line[:LABEL_WIDTH].strip()
        if label and len(values) == columns and len(line) > LABEL_WIDTH:
            rows[label] = values
    return rows


def test_the_readme_person_reaches_the_crs_typing_three_answers_at_most(
        capsys: pytest.CaptureFixture[str]) -> None:
    results = load_benchmark().main([])
    out = capsys.readouterr().out
    assert out.startswith("CEC Screener: the README's example person")
    assert "code measured: " in out
    names = list(results)
    assert names[0] == "README person"
    rows = printed_rows(out, len(names))
    numbers = {label: [int(value) for value in values] for label, values in rows.items()
               if all(value.isdigit() for value in values)}
    methods = [label for label in numbers if re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", label)]  # Bot API methods
    assert "sendMessage" in methods and "answerCallbackQuery" in methods

    for column, name in enumerate(names):
        figures = results[name]
        assert figures.crs is not None, f"{name} did not reach the CRS estimate"
        assert figures.typed <= 3, f"{name} typed {figures.typed} answers: {figures.typed_texts}"

        def printed(label: str, column: int = column) -> int:
            return numbers[label][column]

        assert printed("answers typed") == figures.typed
        assert printed("buttons tapped") == figures.tapped
        assert printed("answers typed") + printed("buttons tapped") == printed("answers given (driver's count)")
        assert printed("updates the person sends (with /start)") == printed("answers given (driver's count)") + 1
        assert sum(printed(method) for method in methods) == printed("Bot API calls the bot makes")
        assert printed("answerCallbackQuery") == printed("buttons tapped")  # every tap gets its answer
        assert printed("messages in the chat at the CRS estimate") == (
            printed("from the bot") + printed("from the person (typed answers, /start)"))
        assert printed("from the person (typed answers, /start)") == printed("answers typed") + 1
        assert rows["CRS estimate reached (points)"][column] == str(figures.crs)
        assert f"typed by {name}: " + " | ".join(figures.typed_texts) in out
