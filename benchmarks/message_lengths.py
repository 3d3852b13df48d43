"""The longest message a person reads, over the e2e suite's screenings, in English and in French.

    .venv/bin/python benchmarks/message_lengths.py

Plays every screening of tests/e2e/screenings.py through the real application (bot.telegram_app on a temporary
database) and the in-process fake Bot API of tests/e2e, once in each language: the English labels are pressed in
English and the same buttons (by their callback data, which does not depend on the language) in French. At each
result it also opens what a person can open from it: the verdict's details, the charts, "raise my score" and its
"More", the summary, "Back to my result" and the full result again. Lengths are of the text as Telegram shows it
(markup removed), every version of every message (an edited message counts each time). Limits (issue 16): no
message over 1,500 characters; the verdict's first screen under 700.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import pathlib
import sys
import tempfile
from collections.abc import Sequence
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from flows.texts import catalog  # noqa: E402
from tests.e2e.bot_fixtures import bot_on  # noqa: E402
from tests.e2e.fake_telegram import Chat, FakeTelegram  # noqa: E402
from tests.e2e.screenings import SCREENINGS  # noqa: E402

LONGEST_ALLOWED = 1500
FIRST_SCREEN_ALLOWED = 700
# What a person opens from a result, by callback data (those the result offers are pressed, in this order).
TOUR = ("cmd|details", "chart|hours", "chart|crs", "raise|top", "raise|more", "cmd|continue", "cmd|full",
        "cmd|summary")


@dataclasses.dataclass
class Shown:
    screening: str
    lang: str
    text: str
    first_screen: bool  # the verdict's first screen: the "Details" button, not the short card


def _find(chat: Chat, data: str) -> tuple[int, str] | None:
    """The newest message with a button of this callback data: its id and the button's label."""
    for message in reversed(chat.bot_messages):
        for row in (message.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                if button.get("callback_data") == data:
                    return message.message_id, button["text"]
    return None


async def _press(chat: Chat, data: str) -> bool:
    found = _find(chat, data)
    if found is None:
        return False
    await chat.click(found[1], message_id=found[0])
    return True


async def _tour(chat: Chat) -> None:
    for data in TOUR:
        await _press(chat, data)


async def play(name: str, steps: Sequence[str], lang: str, pressed: list[str], db: pathlib.Path
               ) -> list[Shown]:
    """One screening in one language. English records each pressed button's data in `pressed`; French presses
    the same data in turn."""
    tg = FakeTelegram()
    details_label, full_label = catalog(lang).t("results.details"), catalog(lang).t("results.show_full")
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        presses = iter(pressed)
        for step in steps:
            if not (step.startswith("[") and step.endswith("]")):
                await chat.send(step)
                continue
            if lang == "en":
                _, button = tg.find_button(chat.chat_id, step[1:-1])
                data = button["callback_data"]
                pressed.append(data)
            else:
                data = next(presses)
            if data.startswith("a|verdict|crs"):
                await _tour(chat)  # the verdict's own pages before the CRS questions
            if not await _press(chat, data):
                raise AssertionError(f"{name} ({lang}): no button {step}\n{chat.transcript()}")
        await _tour(chat)
        bot.errors.check()
    shown: list[Shown] = []
    for event in tg.events.get(chat.chat_id, []):
        if event[0] in ("bot", "edit") and event[2] is not None:
            labels = [label for row in event[3] for label in row]
            first = details_label in labels and full_label not in labels  # the card points up to it instead
            shown.append(Shown(name, lang, event[2], first))
    return shown


async def measure() -> list[Shown]:
    shown: list[Shown] = []
    with tempfile.TemporaryDirectory() as folder:
        for number, (name, steps) in enumerate(SCREENINGS.items()):
            pressed: list[str] = []
            for lang in ("en", "fr"):
                shown += await play(name, steps, lang, pressed, pathlib.Path(folder) / f"{number}-{lang}.db")
    return shown


def report(shown: list[Shown]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for lang in ("en", "fr"):
        mine = [s for s in shown if s.lang == lang]
        longest = max(mine, key=lambda s: len(s.text))
        firsts = [s for s in mine if s.first_screen]
        first = max(firsts, key=lambda s: len(s.text))
        figures[lang] = {"messages": len(mine), "longest": len(longest.text), "longest_in": longest.screening,
                         "longest_starts": longest.text[:60].replace("\n", " "),
                         "first_screen": len(first.text), "first_screen_in": first.screening,
                         "over_limit": sum(len(s.text) > LONGEST_ALLOWED for s in mine)}
    return figures


def main(argv: Sequence[str] = ()) -> dict[str, Any]:
    logging.disable(logging.WARNING)
    figures = report(asyncio.run(measure()))
    print_table(figures)
    return figures


def print_table(figures: dict[str, Any]) -> None:
    print(f"Screenings: {len(SCREENINGS)} (tests/e2e/screenings.py), each in English and French")
    print(f"{'':34}{'English':>10}{'French':>10}")
    rows = (("messages shown (each version)", "messages"), ("longest message, characters", "longest"),
            (f"messages over {LONGEST_ALLOWED:,}", "over_limit"),
            ("longest verdict first screen", "first_screen"))
    for label, key in rows:
        print(f"{label:34}{figures['en'][key]:>10}{figures['fr'][key]:>10}")
    for lang in ("en", "fr"):
        f = figures[lang]
        print(f"{lang}: longest in '{f['longest_in']}': {f['longest_starts']}...")


if __name__ == "__main__":
    main(sys.argv[1:])
