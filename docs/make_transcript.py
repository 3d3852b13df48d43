"""Writes docs/transcript.md, a real screening run through the terminal chat.

The answers are scripted and the day is fixed, so the transcript only changes when the flow,
the texts or the rules do (a test fails when the committed copy is stale).
"""

from __future__ import annotations

import datetime as dt
import io
import pathlib
import tempfile

from bot.screening.service import ScreeningService
from bot.terminal import run_chat
from storage import Repository

DOCS = pathlib.Path(__file__).resolve().parent
DAY = dt.date(2026, 11, 27)
# A software developer on a work permit since September 2025, 40 h a week, IELTS 8/7/7/7. In the terminal a
# number picks a button (on Telegram, a tap): only the job title, the four scores and the birth date are typed.
ANSWERS = ["no", "yes", "software developer", "1", "2025", "9", "1", "yes", "40", "yes", "yes", "no", "yes", "no",
           "1", "2025", "6", "1", "8 7 7 7", "no",
           "2", "1997-03-10", "1", "5", "2", "1", "2", "no", "no", "no"]


def transcript() -> str:
    out = io.StringIO()
    answers = iter(ANSWERS)

    def read() -> str:
        line = next(answers)  # StopIteration ends like Ctrl-D below
        out.write(f"> {line}\n")
        return line

    def scripted() -> str:
        try:
            return read()
        except StopIteration:
            raise EOFError from None

    with tempfile.TemporaryDirectory() as folder:
        repository = Repository(pathlib.Path(folder) / "transcript.db")
        try:
            run_chat(ScreeningService(repository, lambda: DAY), "en", scripted, out)
        finally:
            repository.close()
    return out.getvalue()


def main() -> None:
    text = transcript()
    (DOCS / "transcript.md").write_text(f"```text\n{text}```\n", encoding="utf-8")
    print(f"wrote {DOCS / 'transcript.md'}")


if __name__ == "__main__":
    main()
