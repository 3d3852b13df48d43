"""The real processes: `cec-screener run` against the fake Bot API server, a person who opts in to round alerts,
then `cec-screener rounds-refresh --url` (as cron would run it) against a local feed; the alert arrives."""

from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys
import time

from storage import Repository

from .fake_api_server import FakeAPIServer
from .test_round_alerts import NEW_CEC, FeedServer, ircc_feed

TOKEN = "987655:ROUNDS-token-must-never-be-logged"
USER = 5151


def start_bot(server: FakeAPIServer, db: pathlib.Path, cwd: pathlib.Path) -> subprocess.Popen[str]:
    env = {"PATH": os.environ.get("PATH", ""), "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": server.base_url,
           "DATABASE_PATH": str(db), "ROUNDS_FEED_URL": "", "LOG_LEVEL": "INFO"}
    with open(cwd / "bot.log", "a", encoding="utf-8") as log:
        return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=cwd, env=env, text=True,
                                stdout=log, stderr=log)


def step(server: FakeAPIServer, action: str, expect: str = "") -> None:
    """Type, or press "[label]"; then wait for a new bot message containing `expect` and a reply with buttons."""
    before = server.telegram.stamp
    if action.startswith("["):
        server.push_click(USER, action[1:-1])
    else:
        server.push_user_message(USER, action)
    deadline = time.monotonic() + 20
    while True:
        new = sorted((m for m in server.telegram.bot_messages(USER) if m.stamp > before), key=lambda m: m.stamp)
        if new and any(expect in (m.shown_text or "") for m in new) and new[-1].buttons:
            return
        assert time.monotonic() < deadline, f"no new message with {expect!r}\n" + server.telegram.transcript(USER)
        time.sleep(0.02)


SCREENING = ["/start", "[No]", "[Yes]", "21232", "2025-09-01", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]",
             "[No]", "[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[No]", "[Estimate my CRS]",
             "1997-03-10", "[Single]", "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]", "[No]",
             "[2 years]", "[No]", "[No]"]


def test_the_alert_arrives_from_a_cron_refresh_while_the_bot_runs(api_server: FakeAPIServer,
                                                                  tmp_path: pathlib.Path) -> None:
    db = tmp_path / "data" / "bot.db"
    feed = FeedServer(ircc_feed(NEW_CEC))
    bot = start_bot(api_server, db, tmp_path)
    try:
        for action in SCREENING:
            step(api_server, action)
        step(api_server, "[No]", "CRS estimate: 470 points")
        step(api_server, "[📣 Tell me after each round]", "after each new Canadian Experience Class round")
        env = {"PATH": os.environ.get("PATH", ""), "DATABASE_PATH": str(db)}
        refresh = subprocess.run([sys.executable, "-m", "bot", "rounds-refresh", "--url", feed.url],
                                 cwd=tmp_path, env=env, text=True, capture_output=True, timeout=60)
        assert refresh.returncode == 0, refresh.stderr
        assert "new: 2026-11-25 canadian_experience_class 466; alerts queued: 1" in refresh.stdout
        deadline = time.monotonic() + 20
        while not any("New round of invitations" in (m.shown_text or "")
                      for m in api_server.telegram.bot_messages(USER)):
            assert time.monotonic() < deadline, api_server.telegram.transcript(USER)
            time.sleep(0.05)
        [alert] = [m.shown_text or "" for m in api_server.telegram.bot_messages(USER)
                   if "New round of invitations" in (m.shown_text or "")]
        assert "round 448" in alert
        assert "Your latest estimate, 470, is above this round's 466 by 4 points." in alert
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=20)
    finally:
        feed.close()
        if bot.poll() is None:
            bot.kill()
    log = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert bot.returncode == 0, log[-2000:]
    assert "round alerts handed to the outbox: 1" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
    with Repository(db) as repository:
        assert repository.round_alerts_waiting() == 0 and not repository.pending_replies()
