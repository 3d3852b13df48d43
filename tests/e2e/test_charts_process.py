"""A chart from the real `cec-screener run` process over HTTP: drawn in the process, uploaded as multipart."""

from __future__ import annotations

import pathlib
import signal

from .fake_api_server import FakeAPIServer
from .test_processes import USER, start_bot, step

STEPS = [("[No]", "paid job in Canada"), ("[Yes]", "what was your job title?"),
         ("21232", "When did job 1 in Canada start?"), ("2025-09-01", "Do you still work in job 1 in Canada?"),
         ("[Yes]", "How many hours"), ("[40]", "paid"), ("[Yes]", "employee"), ("[Yes]", "full-time student"),
         ("[No]", "permission to work"), ("[Yes]", "another job"), ("[No]", "Which approved language test"),
         ("[IELTS General Training]", "On what date"), ("2025-06-01", "in listening"),
         ("8 7 7 7", "another test result"), ("[No]", "You appear eligible"),
         ("[🗓️ Hours chart]", "What the chart shows")]


def test_the_running_bot_sends_the_hours_chart_as_a_photo(api_server: FakeAPIServer,
                                                          tmp_path: pathlib.Path) -> None:
    bot = start_bot(api_server, tmp_path / "data" / "bot.db", tmp_path)
    try:
        step(api_server, "/start", "Do you plan to live in the province of Quebec?")
        for action, expect in STEPS:
            step(api_server, action, expect)
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=20)
    finally:
        if bot.poll() is None:
            bot.kill()
    photos = [m for m in api_server.telegram.bot_messages(USER) if m.extra.get("photo")]
    assert len(photos) == 1 and (photos[0].shown_text or "").startswith("Hours that count for the CEC: ")
    size = photos[0].extra["photo"][0]
    assert (size["width"], size["height"]) == (1080, 1350)
    assert api_server.telegram.files[size["file_id"]].startswith(b"\x89PNG\r\n\x1a\n")
    log = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert bot.returncode == 0, log[-2000:]
    assert "21232" not in log and "1,937" not in log  # answers and the chart's facts never reach the logs
