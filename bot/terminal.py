"""The same screening in a terminal: options numbered, same validation, same texts (what they ask to tap said as
a number to type), same database."""

from __future__ import annotations

import html
import logging
import pathlib
import re
import select
import shutil
import sys
import tempfile
import traceback
import unicodedata
from collections.abc import Callable
from functools import cache, partial
from typing import IO, Any

from bot.screening.service import Outcome, ScreeningService
from flows.conversation import Button, OutMessage, h
from flows.machine import CHECKPOINTS, Screening
from flows.parsing import InvalidAnswer, parse_yes_no
from flows.texts import Catalog, catalog

logger = logging.getLogger(__name__)
CHARTS_FOLDER = "terminal-charts"
LOCAL_USER_ID = -1  # Telegram ids are positive: the terminal user never collides with one
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>')
_TAG = re.compile(r"</?(b|i|u|s|code|pre)>")
_OPTION_NUMBER = re.compile(r"[0-9]{1,3}")  # what a person types to pick an option (a year or a code is longer)


def plain(text: str) -> str:
    """Telegram's HTML as terminal text: links spelled out, tags dropped, entities decoded, and no control
    character (an answer typed with an escape sequence in it is never played back to the terminal)."""
    text = _LINK.sub(lambda m: f"{m.group(2)} → {html.unescape(m.group(1))}", text)
    return _printable(html.unescape(_TAG.sub("", text)))


_QUOTED = re.compile(r"(“[^”\n]*”|«[^»\n]*»)")  # a label or an answer quoted in a sentence: never reworded


def in_terminal_words(text: str, lang: str) -> str:
    """A sentence as the terminal says it: what it asks to tap is chosen by its number here.

    The catalogs' sentences are shared with Telegram, where options are buttons, and many say so ("Tap the
    year", "touchez le bouton ci-dessous"). Telegram must read them as they are. A terminal copy of each (about
    fifty a language, looked up first by the terminal) would drift from its original at every edit, and would
    need the front end threaded through the eighty places flows/ looks a sentence up. The gesture is said by a few
    recurring phrases, so the terminal says those in its own words instead: the pairs of `terminal.phrases`
    in each language's catalog (flows/texts/terminal.*.toml), applied to the plain text, whole words only,
    the longest phrase first, a capital first letter kept, and never inside quotes (“cook”, « Oui »), where a
    label or the person's own words stand. tests/e2e/test_terminal_wording.py says every sentence of both
    catalogs once reworded speaks of no tap and no button, so a new sentence needs a pair only if it says the
    gesture a new way."""
    pattern, said = terminal_phrases(lang)

    def reword(match: re.Match[str]) -> str:
        found = match.group(0)
        instead = said[found[0].lower() + found[1:]]
        return instead[0].upper() + instead[1:] if found[0].isupper() else instead

    parts = _QUOTED.split(text)  # odd parts are quoted
    return "".join(part if n % 2 else pattern.sub(reword, part) for n, part in enumerate(parts))


@cache
def terminal_phrases(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern that finds the language's Telegram phrases, and the terminal's words for each (lower case)."""
    said = {telegram: terminal for telegram, terminal in catalog(lang).texts["terminal.phrases"]}

    def either_case(phrase: str) -> str:
        head = phrase[0]
        return (f"[{head.lower()}{head.upper()}]" if head.isalpha() else re.escape(head)) + re.escape(phrase[1:])

    longest_first = sorted(said, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(either_case, longest_first)) + r")(?!\w)"), said


def _printable(text: str) -> str:
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def clean(line: str) -> str:
    """A typed line as the conversation should read it: control characters (an arrow key's escape sequence, a
    NUL) and invisible format characters (a byte order mark, a zero-width space) dropped, spaces trimmed. The
    lines of a paste (read_message) stay lines, as in a Telegram message."""
    return "\n".join(kept for part in line.split("\n")
                     if (kept := "".join(" " if ch == "\t" else ch for ch in part
                                         if unicodedata.category(ch) not in ("Cc", "Cf") or ch == "\t").strip()))


def _is_shortcut(button: Button) -> bool:
    """A suggested typed value (hours: "37,5" for 37.5): typing the number itself answers, not its rank."""
    value = button.data.rsplit("|", 1)[-1]
    try:
        return float(value) == float(button.label.replace(",", "."))
    except ValueError:
        return False


def _choices(outcome: Outcome) -> dict[str, Button]:
    """The buttons of the last keyboard, by the number the user types (a digit value keeps its digit)."""
    keyboards = [m for m in outcome.messages if m.buttons]
    if not keyboards:
        return {}
    buttons = [b for row in keyboards[-1].buttons for b in row
               if not b.data.startswith("back|") and not _is_shortcut(b)]
    values = [b.data.rsplit("|", 1)[-1] for b in buttons]
    if buttons and all(v.isdigit() for v in values):
        return dict(zip(values, buttons, strict=True))
    labels = [plain(b.label).strip() for b in buttons]
    numbered = [label for label in labels if label.isdigit()]
    if len(numbered) >= 2 and len(numbered) == len(set(numbered)) == len(labels) - 1:
        # The days of a month, and "I don't know the day": each day is typed as itself, the other option as 0. By
        # rank it would be 31 in September, or 7 on December 6 (days after today are not offered), and a day
        # typed that was never offered would be taken as "I don't know the day".
        return {label if label.isdigit() else "0": b for label, b in zip(labels, buttons, strict=True)}
    return {str(n): b for n, b in enumerate(buttons, start=1)}


def _shortcuts(outcome: Outcome) -> dict[str, Button]:
    """Buttons labelled with their own value (hours, years, scores): typing the label presses them."""
    keyboards = [m for m in outcome.messages if m.buttons]
    if not keyboards:
        return {}
    return {b.label: b for row in keyboards[-1].buttons for b in row if _is_shortcut(b)}


def _words(text: str) -> str:
    """A label or a typed line compared as words: case, accents, emoji and punctuation set aside."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch if ch.isalnum() else " " for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


def _by_label(line: str, choices: dict[str, Button]) -> Button | None:
    """The option whose label was typed instead of its number: the whole label ("Français", "Yes, delete
    everything") or its head before a colon or a bracket ("Details"), or a yes or a no ("oui" for "Oui, tout
    effacer", "no" for "Keep my data"). None unless exactly one option fits."""
    typed = _words(line)
    if not typed:
        return None
    fits = [b for b in choices.values()
            if typed in {_words(b.label), _words(re.split(r"[:(]", b.label, maxsplit=1)[0])}]
    if not fits:  # "yes" or "non" to a confirmation ("Yes, delete everything" / "Keep my data"): its yes or its no
        try:
            value = "yes" if parse_yes_no(line) else "no"
        except InvalidAnswer:
            return None
        fits = [b for b in choices.values() if b.data.endswith(f"|{value}")]
    return fits[0] if len(fits) == 1 else None


def _enumerated(choices: dict[str, Button]) -> bool:
    """Options numbered 1 to n by their rank (not buttons whose own value is a number)."""
    return bool(choices) and list(choices) == [str(n) for n in range(1, len(choices) + 1)] \
        and any(not b.data.rsplit("|", 1)[-1].isdigit() for b in choices.values())


def _list(choices: dict[str, Button], shortcuts: dict[str, Button], out: IO[str]) -> None:
    for number, button in choices.items():
        print(f"  {number}. {plain(button.label)}", file=out)
    if shortcuts:  # " · " apart: French decimals have commas ("4, 4,5, 5" could not be read)
        print("  (" + " · ".join(shortcuts) + ")", file=out)


def _where(service: ScreeningService) -> tuple[str, Any] | None:
    """The saved place and answers, to tell an aside (/help, /rounds) from a step of the conversation."""
    record = service.repository.load_session(LOCAL_USER_ID)
    return (record.state, record.answers) if record is not None else None


def _has_answers(service: ScreeningService) -> bool:
    record = service.repository.load_session(LOCAL_USER_ID)
    return record is not None and Screening(record.state, record.answers, record.history).started


def run_chat(service: ScreeningService, lang: str, read: Callable[[], str], out: IO[str],
             chart_dir: pathlib.Path | None = None) -> None:
    """Converse until the input ends (Ctrl-D or end of a script) or Ctrl-C. Charts are saved as PNG files in
    `chart_dir`, a folder of their own made private on the first chart (a new temporary folder by default), and
    their path printed; /delete removes that folder, whichever run saved the charts in it."""
    try:
        _converse(service, lang, read, out, chart_dir)
    except EOFError:
        _bye(service, lang, out)
    except KeyboardInterrupt:  # Ctrl-C: the same goodbye on a line of its own, then the usual exit status (130)
        _bye(service, lang, out)
        raise


def _bye(service: ScreeningService, lang: str, out: IO[str]) -> None:
    """In the language in use now (set with /language on the way, kept after /delete)."""
    c = catalog(service.language(LOCAL_USER_ID, lang))
    print("\n" + c.t("bot.chat_bye" if _has_answers(service) else "bot.chat_bye_empty"), file=out, flush=True)


def _converse(service: ScreeningService, lang: str, read: Callable[[], str], out: IO[str],
              chart_dir: pathlib.Path | None) -> None:
    c = catalog(lang)
    folder: list[pathlib.Path] = []  # the folder the charts are in, once one is saved (or found from a run before)
    if chart_dir is not None and chart_dir.is_dir():
        folder.append(chart_dir)
    print(c.t("bot.chat_intro"), file=out)
    outcome, _ = _guarded(lambda: (service.command(LOCAL_USER_ID, lang, "start"), None), c)
    choices: dict[str, Button] = {}
    shortcuts: dict[str, Button] = {}
    while True:
        for message in outcome.messages:
            print("\n" + in_terminal_words(plain(message.text), c.lang), file=out)
            if message.photo is not None:
                print(c.t("charts.saved", path=save_chart(message.photo, folder, chart_dir)), file=out)
        if any(m.buttons for m in outcome.messages) or not outcome.messages:
            choices, shortcuts = _choices(outcome), _shortcuts(outcome)
        _list(choices, shortcuts, out)
        line = clean(read())
        if _is_cancel(line):  # "stop for now": in a terminal the chat ends, and the next run picks up there
            said = "bot.chat_cancelled" if _has_answers(service) else "bot.chat_bye_empty"  # none to keep yet
            print("\n" + c.t(said), file=out, flush=True)
            return
        before = _where(service)
        outcome, pressed = _guarded(partial(_answer, service, lang, line, choices, shortcuts, c, before), c)
        if outcome.echo:
            print(f"✅ {plain(outcome.echo)}", file=out)
        if pressed == "del|yes" and folder:
            shutil.rmtree(folder.pop(), ignore_errors=True)  # /delete: the saved charts go with the answers
        after = _where(service)
        if after is None or (after != before and not any(m.buttons for m in outcome.messages)):
            # a step with no options (a typed answer is asked for, or nothing is left): old numbers mean nothing
            choices, shortcuts = {}, {}
        # else an aside with no options of its own (/help, /rounds at the result): the numbers above still answer
        lang = service.language(LOCAL_USER_ID, lang)  # /language, or /delete (then the language in use)
        c = catalog(lang)


def _guarded(turn: Callable[[], tuple[Outcome, str | None]], c: Catalog) -> tuple[Outcome, str | None]:
    """One turn, and if it fails what the bot's error handler does: the failure logged (its type and where, never
    the message, which can quote what was typed) and the person told kindly, the chat going on."""
    try:
        return turn()
    except Exception as error:  # a bug in one turn: the chat, and the answers already saved, go on
        last = traceback.extract_tb(error.__traceback__)[-1]  # where, in one line: the person reads stderr too
        logger.error("chat turn failed: %s at %s:%s (%s)", type(error).__name__, last.filename, last.lineno,
                     last.name)
        return Outcome([OutMessage(h(c.t("err.crashed")))], language=c.lang), None


def _is_cancel(line: str) -> bool:
    return line.startswith("/") and line[1:].split()[:1] == ["cancel"]


def _answer(service: ScreeningService, lang: str, line: str, choices: dict[str, Button],
            shortcuts: dict[str, Button], c: Catalog,
            before: tuple[str, Any] | None) -> tuple[Outcome, str | None]:
    """One line typed: a command, an option (its number or its label), a suggested value, or a typed answer.
    With the data of the button it pressed, if it pressed one. `before`: the saved place before the line."""
    if not line:  # Enter alone: how to answer here, then the same options (nothing is sent to the conversation)
        return Outcome([OutMessage(h(c.t("bot.chat_empty")))], language=lang), None
    if line.startswith("/") and len(line) > 1:
        name = line[1:].split()[0].lower()
        if name == "privacy":  # what this chat keeps on this computer, not what the Telegram bot keeps
            return service.privacy(LOCAL_USER_ID, lang, (service.repository.path, charts_folder(service))), None
        if name == "help":
            return service.help(LOCAL_USER_ID, lang, in_terminal=True), None
        return service.command(LOCAL_USER_ID, lang, name), None
    button = choices.get(line) or _by_label(line, choices) or shortcuts.get(line)
    if button is not None:
        return service.button(LOCAL_USER_ID, lang, button.data), button.data
    outcome = service.text(LOCAL_USER_ID, lang, line)
    where = _where(service)  # at a result nothing typed is an answer, unless it changed something (improvements)
    refused = outcome.error or (where is not None and where[0] in CHECKPOINTS and where == before)
    if refused and _enumerated(choices) and _OPTION_NUMBER.fullmatch(line):
        one = len(choices) == 1  # "from 1 to 1" reads as a slip
        key = "bot.chat_no_such_option_one" if one else "bot.chat_no_such_option"
        hint = c.t(key, number=line, last=len(choices))
        outcome.messages.insert(0, OutMessage(h(hint)))
    return outcome, None


def save_chart(photo: dict[str, Any], folder: list[pathlib.Path], chart_dir: pathlib.Path | None = None
               ) -> pathlib.Path:
    """Draw a chart into the chat's folder (`chart_dir`, else a new temporary one; made on the first chart,
    readable by this user only)."""
    from bot import charts  # matplotlib only when a chart is asked for

    if not folder:
        if chart_dir is None:
            folder.append(pathlib.Path(tempfile.mkdtemp(prefix="cec-screener-charts-")))
        else:
            chart_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            chart_dir.chmod(0o700)  # the answers' charts: as private as the database beside them
            folder.append(chart_dir)
    path = folder[0] / charts.filename(photo)
    path.write_bytes(charts.render(photo))
    return path


class MessageReader:
    """What a person sends from a keyboard: a line, or the lines of one paste together.

    A terminal hands a paste over line by line, so each line of "software developer⏎at Shopify" would answer a
    question of its own, the second one a question the person never saw. Telegram gets such a paste as one
    message: the lines already waiting when a line is read (a paste arrives at once, a person types the next
    line only after the reply) are sent with it. Only at a terminal: a script's lines are its answers, one
    by one."""

    def __init__(self, prompt: str = "> ") -> None:
        self.prompt, self.ended = prompt, False

    def __call__(self) -> str:
        if self.ended:  # Ctrl-D came at the end of a paste: the paste was sent, now the chat ends
            raise EOFError
        lines = [input(self.prompt)]
        while sys.stdin.isatty() and select.select([sys.stdin], [], [], 0)[0]:
            try:
                lines.append(input())
            except EOFError:
                self.ended = True
                break
        return "\n".join(lines)


def chat_in_terminal(service: ScreeningService, lang: str | None, out: IO[str]) -> None:
    user_lang = lang or service.language(LOCAL_USER_ID)
    if lang:
        service.repository.set_language(LOCAL_USER_ID, lang)
    # Beside the database, so that a later run finds them: /delete then erases them with the answers
    run_chat(service, user_lang, MessageReader(), out, chart_dir=charts_folder(service))


def charts_folder(service: ScreeningService) -> pathlib.Path:
    """Where the terminal chat keeps the charts it saved: a folder of their own beside the database."""
    return service.repository.path.parent / CHARTS_FOLDER
