"""Typed answers, taps and messages for the README's example person, from /start to the CRS estimate.

    .venv/bin/python benchmarks/answer_counts.py [--transcript]
    git worktree add /tmp/before6 537e207 && cd /tmp/before6 && \
        PYTHONPATH=/tmp/before6 /work/main/.venv/bin/python /work/main/benchmarks/answer_counts.py --before

The person of README "A screening, as it happens" (docs/make_transcript.py): not Quebec; one ongoing paid job
in Canada as a software developer (NOC 21232) since 2025-09-01, 40 h a week, employee, not a student,
authorized, no other job; IELTS General Training of 2025-06-01, 8/7/7/7, no other test; then the CRS: born
1997-03-10, single, a bachelor's earned abroad with an ECA, no Canadian credential, 2 years of foreign work, no
certificate, no nomination, no sibling.

It plays that person through the real application (bot/telegram_adapter/application.py on a temporary
database) and the in-process fake Bot API of tests/e2e, the way tests/e2e/test_answers_chat.py does: each
answer is tapped when the latest keyboard offers it, typed only otherwise. Two people are played:
  * "README person": types the four scores in one message ("8 7 7 7"), as the README transcript does;
  * "taps every button": also taps the four score buttons, one per ability.
With --before, the same person is played on the code before issue 6 (commit 537e207, whose tree must come first
on sys.path: its own tests/e2e harness and bot): no "paid job in Canada?" question, the NOC code typed, no
buttons for dates or scores, education asked as "earned in Canada?" then "an ECA?".
Everything is counted on the fake Bot API's side (what it received and what the chat holds at the end), and
checked against the driver's own log of the answers it gave.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import dataclasses
import logging
import pathlib
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # last: with --before, the older tree on PYTHONPATH is the one imported

from tests.e2e.bot_fixtures import bot_on  # noqa: E402
from tests.e2e.fake_telegram import Chat, FakeTelegram  # noqa: E402

METHODS = ("sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "deleteMessage")
CRS = re.compile(r"CRS estimate: (\d+) points")


@dataclasses.dataclass(frozen=True)
class Answer:
    """One answer: tap `taps` in turn when the latest keyboard offers the first, else type `text`."""

    text: str
    taps: tuple[str, ...] = ()


def say(text: str, *taps: str) -> Answer:
    return Answer(text, taps)


WORK_AND_TEST = (
    say("no", "No"),  # Quebec
    say("yes", "Yes"),  # a paid job in Canada in the last 10 years
    say("software developer"),  # job 1's title
    say("21232", "21232 · "),  # the occupation among the matches
    say("2025-09-01", "2025", "Sep", "1"),  # start
    say("yes", "Yes"),  # still working there
    say("40", "40"),  # hours a week
    say("yes", "Yes"),  # paid
    say("yes", "Yes"),  # employee
    say("no", "No"),  # full-time student
    say("yes", "Yes"),  # authorized to work
    say("no", "No"),  # another job
    say("IELTS General Training", "IELTS General Training"),
    say("2025-06-01", "2025", "Jun", "1"),  # test date
)
CRS_PART = (
    say("no", "No"),  # another test result
    say("yes", "Estimate my CRS"),
    say("1997-03-10"),  # birth date
    say("single", "Single"),
    say("bachelor's", "Bachelor's or 3+ year program"),
    say("abroad with an ECA", "Outside Canada, with an ECA"),
    say("no", "No"),  # a Canadian credential too
    say("2 years", "2 years"),  # foreign work
    say("no", "No"),  # certificate of qualification
    say("no", "No"),  # nomination
    say("no", "No"),  # sibling in Canada
)
PEOPLE: dict[str, tuple[Answer, ...]] = {
    "README person": (*WORK_AND_TEST, say("8 7 7 7"), *CRS_PART),
    "taps every button": (*WORK_AND_TEST, *(say(band, band) for band in ("8", "7", "7", "7")), *CRS_PART),
}
BEFORE_ISSUE_6: dict[str, tuple[Answer, ...]] = {"before issue 6": (
    say("no", "No"),  # Quebec
    say("21232", "21232"),  # job 1's occupation: a NOC code or a TEER button
    say("2025-09-01", "2025"),  # start
    say("yes", "Yes"),  # still working there
    say("40", "40"),  # hours a week
    say("yes", "Yes"),  # paid
    say("yes", "Yes"),  # employee
    say("no", "No"),  # full-time student
    say("yes", "Yes"),  # authorized to work
    say("no", "No"),  # another job
    say("IELTS General Training", "IELTS General Training"),
    say("2025-06-01", "2025"),  # test date
    *(say(band, band) for band in ("8", "7", "7", "7")),  # listening, reading, writing, speaking
    say("no", "No"),  # another test result
    say("yes", "Estimate my CRS"),
    say("1997-03-10"),  # birth date
    say("single", "Single"),
    say("bachelor's", "Bachelor's or 3+ year program"),
    say("no", "No"),  # earned in Canada
    say("yes", "Yes"),  # an ECA
    say("no", "No"),  # a Canadian credential too
    say("2 years", "2 years"),  # foreign work
    say("no", "No"),  # certificate of qualification
    say("no", "No"),  # nomination
    say("no", "No"),  # sibling in Canada
)}


@dataclasses.dataclass
class Figures:
    """What one person did and what the chat looked like at the CRS estimate."""

    typed: int  # text messages other than commands, as the fake Bot API received them
    tapped: int  # callback queries (button presses)
    commands: int  # /start
    answers_given: int  # the driver's own count of answers typed or tapped
    typed_texts: list[str]
    calls: dict[str, int]  # Bot API calls the bot made from /start on, by method
    bot_messages: int  # bot messages in the chat at the end (after edits and deletions)
    user_messages: int  # the person's messages in the chat
    crs: int | None

    @property
    def updates(self) -> int:
        return self.typed + self.tapped + self.commands


def offered(chat: Chat, label: str) -> bool:
    """Whether the latest keyboard has this button, as Chat.click finds it (exact, else one containing it)."""
    buttons = chat.buttons
    return label in buttons or sum(label in button for button in buttons) == 1


async def play(person: tuple[Answer, ...], folder: pathlib.Path) -> tuple[Figures, str]:
    tg = FakeTelegram()
    async with bot_on(tg, folder / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana")
        startup_calls = len(tg.calls)  # getMe, setMyCommands...: the bot's, not the person's
        await chat.send("/start")
        given = 0
        for answer in person:
            if answer.taps and offered(chat, answer.taps[0]):
                for label in answer.taps:
                    await chat.click(label)
                    given += 1
            else:
                await chat.send(answer.text)
                given += 1
        events = tg.events.get(chat.chat_id, [])
        said = [event[1] for event in events if event[0] == "user"]
        match = CRS.search("\n".join(chat.texts))
        figures = Figures(
            typed=sum(not text.startswith("/") for text in said),
            tapped=sum(event[0] == "click" for event in events),
            commands=sum(text.startswith("/") for text in said),
            answers_given=given,
            typed_texts=[text for text in said if not text.startswith("/")],
            calls=dict(collections.Counter(call.method for call in tg.calls[startup_calls:])),
            bot_messages=len(chat.bot_messages),
            user_messages=sum(not m.from_bot for m in tg.chat_messages(chat.chat_id)),
            crs=int(match.group(1)) if match else None,
        )
        transcript = chat.transcript()
    bot.errors.check()
    return figures, transcript


def code_line() -> str:
    """Which tree was measured: the folder `bot` was imported from and its git commit."""
    import bot

    tree = pathlib.Path(bot.__file__).resolve().parents[1]

    def git(*argv: str) -> str:
        done = subprocess.run(["git", "-C", str(tree), *argv], capture_output=True, text=True)
        return done.stdout.strip()

    edited = " + uncommitted edits" if git("status", "--porcelain", "--untracked-files=no") else ""
    return f"code measured: {tree} (git {git('rev-parse', '--short', 'HEAD')}{edited})"


def table(results: dict[str, Figures]) -> list[str]:
    names = list(results)
    width = max(18, *(len(name) + 2 for name in names))

    def row(label: str, values: Sequence[object]) -> str:
        return f"{label:<44}" + "".join(f"{value!s:>{width}}" for value in values)

    figures = list(results.values())
    methods = [m for m in METHODS if any(m in f.calls for f in figures)]
    methods += sorted({m for f in figures for m in f.calls} - set(methods))
    lines = [row("", names)]
    lines.append(row("answers typed", [f.typed for f in figures]))
    lines.append(row("buttons tapped", [f.tapped for f in figures]))
    lines.append(row("answers given (driver's count)", [f.answers_given for f in figures]))
    lines.append(row("updates the person sends (with /start)", [f.updates for f in figures]))
    lines.append(row("Bot API calls the bot makes", [sum(f.calls.values()) for f in figures]))
    for method in methods:
        lines.append(row(f"  {method}", [f.calls.get(method, 0) for f in figures]))
    lines.append(row("messages in the chat at the CRS estimate",
                     [f.bot_messages + f.user_messages for f in figures]))
    lines.append(row("  from the bot", [f.bot_messages for f in figures]))
    lines.append(row("  from the person (typed answers, /start)", [f.user_messages for f in figures]))
    lines.append(row("CRS estimate reached (points)", [f.crs if f.crs is not None else "NO" for f in figures]))
    for name, f in results.items():
        lines.append(f"typed by {name}: " + " | ".join(f.typed_texts))
    return lines


def main(argv: list[str] | None = None) -> dict[str, Figures]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--transcript", action="store_true", help="also print each chat as the fake API saw it")
    parser.add_argument("--before", action="store_true", help="play the person on the code before issue 6 "
                        "(537e207 first on sys.path)")
    args = parser.parse_args(argv)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # "run time of job was missed" on a busy machine
    results: dict[str, Figures] = {}
    transcripts: dict[str, str] = {}
    for name, person in (BEFORE_ISSUE_6 if args.before else PEOPLE).items():
        with tempfile.TemporaryDirectory() as folder:
            results[name], transcripts[name] = asyncio.run(play(person, pathlib.Path(folder)))
    print("CEC Screener: the README's example person, from /start to the CRS estimate (in-process fake Bot API)")
    print(code_line())
    print("\n".join(table(results)))
    if args.transcript:
        for name, transcript in transcripts.items():
            print(f"\n--- {name} ---\n{transcript}")
    return results


if __name__ == "__main__":
    main()
