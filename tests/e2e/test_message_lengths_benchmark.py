"""benchmarks/message_lengths.py (issue 16): over every screening of tests/e2e/screenings.py, in English and
French, no message passes 1,500 characters, the verdict's first screen stays under 700, and the grid's caveat is
said once per screening."""

from __future__ import annotations

import asyncio
import importlib.util
import pathlib
import sys
from types import ModuleType

import pytest

from flows.texts import catalog

BENCHMARK = pathlib.Path(__file__).resolve().parents[2] / "benchmarks" / "message_lengths.py"


def load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("message_lengths_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_no_message_passes_1500_and_the_verdict_first_screen_700(capsys: pytest.CaptureFixture[str]) -> None:
    benchmark = load_benchmark()
    shown = asyncio.run(benchmark.measure())
    for lang in ("en", "fr"):
        mine = [s for s in shown if s.lang == lang]
        assert len(mine) > 150  # every screening played to its results, and their pages opened
        too_long = [(s.screening, len(s.text), s.text[:80]) for s in mine if len(s.text) > 1500]
        assert not too_long, too_long
        firsts = [s for s in mine if s.first_screen]
        assert len({s.screening for s in firsts}) == len(benchmark.SCREENINGS)  # each verdict seen at a glance
        assert all(len(s.text) < 700 for s in firsts), max(len(s.text) for s in firsts)
        c = catalog(lang)
        # What the first screen says: the outcome and the one thing to do; the details are one tap away.
        assert all(any(c.t(f"verdict.title.{v}", date="")[:20] in s.text
                       for v in ("eligible", "not_yet_eligible", "not_eligible")) for s in firsts)
        assert all(c.t("results.glance.todo") in s.text for s in firsts)
        assert any(c.t("verdict.next_steps") in s.text for s in mine)  # the details were opened and read
    # The grid's dated caveat (with its links): once in each screening that reaches a CRS, however often the
    # result is shown again.
    caveat = {"en": "in high-wage occupations", "fr": "profession à salaire élevé"}
    for name in benchmark.SCREENINGS:
        for lang in ("en", "fr"):
            texts = {s.text for s in shown if s.screening == name and s.lang == lang}
            crs = [t for t in texts if catalog(lang).t("verdict.crs", total="")[:10] in t]
            if crs:
                assert sum(caveat[lang] in t for t in texts) == 1, (name, lang)

    figures = benchmark.report(shown)
    benchmark.print_table(figures)
    out = capsys.readouterr().out
    assert f"{'longest message, characters':34}{figures['en']['longest']:>10}{figures['fr']['longest']:>10}" in out
    assert figures["en"]["over_limit"] == figures["fr"]["over_limit"] == 0
