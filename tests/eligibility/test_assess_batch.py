"""The batch's workers hand their chunks back as UTF-8 bytes: the output is the same whatever stream it goes to."""

from __future__ import annotations

import datetime as dt
import io
import json
import pathlib

from bot.command_line import assess_batch

PERSONAS = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "personas"
TODAY = dt.date(2026, 12, 5)


def _input() -> bytes:
    """Three chunks' worth of lines: the French personas' accented text, a bad line and a blank one among them."""
    personas = [json.dumps(json.loads(p.read_text())) for p in sorted(PERSONAS.glob("s*.json"))]
    lines = [personas[n % len(personas)] if n % 41 != 9 else '{"as_of": "hier"}' for n in range(2 * 64 + 5)]
    lines[70] = ""
    return "".join(f"{line}\n" for line in lines).encode()


def _run(out: io.TextIOBase, workers: int) -> None:
    assert assess_batch.run(io.BytesIO(_input()), "fr", out, workers, TODAY) == 0


def test_chunks_from_workers_are_the_bytes_one_process_writes_after_text_already_held():
    one = io.StringIO()
    _run(one, 1)
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", write_through=False)
    out.write("held before the chunks\n")  # text still in the wrapper when the first chunk's bytes come
    _run(out, 2)
    out.flush()
    assert raw.getvalue() == ("held before the chunks\n" + one.getvalue()).encode()
    assert "é" in one.getvalue() and one.getvalue().count("\n") == 2 * 64 + 4  # the blank line writes nothing
    assert sum('"error": "line ' in line for line in one.getvalue().splitlines()) == 4


def test_a_text_only_stream_gets_the_same_text():
    one, several = io.StringIO(), io.StringIO()
    _run(one, 1)
    _run(several, 2)
    assert several.getvalue() == one.getvalue()


def test_a_chunk_is_its_text_in_utf_8():
    lines = _input().splitlines(keepends=True)[:3]
    assert assess_batch.assess_chunk_bytes(1, lines, "fr", TODAY) == \
        assess_batch.assess_chunk(1, lines, "fr", TODAY).encode("utf-8")
