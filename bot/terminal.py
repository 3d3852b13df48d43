"""The same screening in a terminal: options numbered, same validation, same texts, same database."""

from __future__ import annotations

import html
import pathlib
import re
import shutil
import tempfile
from collections.abc import Callable
from typing import IO, Any

from bot.screening.service import Outcome, ScreeningService
from flows.conversation import Button
from flows.texts import catalog

LOCAL_USER_ID = -1  # Telegram ids are positive: the terminal user never collides with one
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>')
_TAG = re.compile(r"</?(b|i|u|s|code|pre)>")


def plain(text: str) -> str:
    """Telegram's HTML as terminal text: links spelled out, tags dropped, entities decoded."""
    text = _LINK.sub(lambda m: f"{m.group(2)} → {html.unescape(m.group(1))}", text)
    return html.unescape(_TAG.sub("", text))


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
    return {str(n): b for n, b in enumerate(buttons, start=1)}


def _shortcuts(outcome: Outcome) -> dict[str, Button]:
    """Buttons labelled with their own value (hours, years, scores): typing the label presses them."""
    keyboards = [m for m in outcome.messages if m.buttons]
    if not keyboards:
        return {}
    return {b.label: b for row in keyboards[-1].buttons for b in row if _is_shortcut(b)}


def run_chat(service: ScreeningService, lang: str, read: Callable[[], str], out: IO[str],
             chart_dir: pathlib.Path | None = None) -> None:
    """Converse until the input ends (Ctrl-D or end of a script). Charts are saved as PNG files in `chart_dir`
    (a new private temporary folder by default) and their path printed."""
    c = catalog(lang)
    folder: list[pathlib.Path] = [chart_dir] if chart_dir is not None else []
    print(c.t("bot.chat_intro"), file=out)
    outcome = service.command(LOCAL_USER_ID, lang, "start")
    while True:
        for message in outcome.messages:
            print("\n" + plain(message.text), file=out)
            if message.photo is not None:
                print(c.t("charts.saved", path=save_chart(message.photo, folder)), file=out)
        choices = _choices(outcome)
        for number, button in choices.items():
            print(f"  {number}. {button.label}", file=out)
        shortcuts = _shortcuts(outcome)
        if shortcuts:
            print("  (" + ", ".join(shortcuts) + ")", file=out)
        try:
            line = read().strip()
        except EOFError:
            saved = service.repository.load_session(LOCAL_USER_ID) is not None
            print("\n" + c.t("bot.chat_bye" if saved else "bot.chat_bye_empty"), file=out)
            return
        lang = service.language(LOCAL_USER_ID)
        c = catalog(lang)
        command = line[1:].split()[0].lower() if line.startswith("/") and len(line) > 1 else None
        if command is not None:
            outcome = service.command(LOCAL_USER_ID, lang, command)
        elif line in choices:
            outcome = service.button(LOCAL_USER_ID, lang, choices[line].data)
            if choices[line].data == "del|yes" and folder and chart_dir is None:
                shutil.rmtree(folder.pop(), ignore_errors=True)  # /delete: the saved charts go with the answers
        elif line in shortcuts:
            outcome = service.button(LOCAL_USER_ID, lang, shortcuts[line].data)
        else:
            outcome = service.text(LOCAL_USER_ID, lang, line)
        if outcome.echo:
            print(f"✅ {outcome.echo}", file=out)


def save_chart(photo: dict[str, Any], folder: list[pathlib.Path]) -> pathlib.Path:
    """Draw a chart into the chat's folder (made on the first chart, readable by this user only)."""
    from bot import charts  # matplotlib only when a chart is asked for

    if not folder:
        folder.append(pathlib.Path(tempfile.mkdtemp(prefix="cec-screener-charts-")))
    path = folder[0] / charts.filename(photo)
    path.write_bytes(charts.render(photo))
    return path


def chat_in_terminal(service: ScreeningService, lang: str | None, out: IO[str]) -> None:
    user_lang = lang or service.language(LOCAL_USER_ID)
    if lang:
        service.repository.set_language(LOCAL_USER_ID, lang)
    run_chat(service, user_lang, lambda: input("> "), out)
