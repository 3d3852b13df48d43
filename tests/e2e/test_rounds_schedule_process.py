"""The real `cec-screener run` on its own schedule, pointed at a local copy of IRCC's feed as it really is (a
full-size feed made of the real samples, and its French twin): every round stored; after a new CEC round
appears in the copy, each opted-in person gets exactly one alert, the French speaker with IRCC's French name;
a person who did not ask gets none."""

from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys
import time
from typing import Any

from storage import Repository

from .fake_api_server import FakeAPIServer
from .test_round_alerts import FeedServer
from .test_round_alerts_process import SCREENING

TOKEN = "987657:SCHEDULE-token-must-never-be-logged"
NEW = {"drawNumber": "450", "drawDate": "2026-11-25", "drawName": "Canadian Experience Class",
       "drawSize": "2,500", "drawCRS": "466"}
NEW_FR = {**NEW, "drawName": "Catégorie de l’expérience canadienne", "drawSize": "2\u202f500"}


def step(server: FakeAPIServer, user: int, action: str, expect: str = "") -> None:
    """Type, or press "[label]"; then wait for a new bot message containing `expect` and a reply with buttons."""
    before = server.telegram.stamp
    if action.startswith("["):
        server.push_click(user, action[1:-1])
    else:
        server.push_user_message(user, action)
    deadline = time.monotonic() + 20
    while True:
        new = sorted((m for m in server.telegram.bot_messages(user) if m.stamp > before), key=lambda m: m.stamp)
        if new and any(expect in (m.shown_text or "") for m in new) and (new[-1].buttons or not expect):
            return
        assert time.monotonic() < deadline, f"no new message with {expect!r}\n" + server.telegram.transcript(user)
        time.sleep(0.02)


def alerts(server: FakeAPIServer, user: int, words: str) -> list[str]:
    return [m.shown_text or "" for m in server.telegram.bot_messages(user) if words in (m.shown_text or "")]


def wait_for(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def test_the_bot_on_its_schedule_stores_the_real_feed_and_alerts_once_in_each_language(
        api_server: FakeAPIServer, full_feed: Any, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "data" / "bot.db"
    feed = FeedServer(full_feed(), full_feed(lang="fr"))
    env = {"PATH": os.environ.get("PATH", ""), "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": api_server.base_url, "DATABASE_PATH": str(db), "ROUNDS_FEED_URL": feed.url,
           "LOG_LEVEL": "INFO",
           "ROUNDS_FIRST_REFRESH_SECONDS": "0.5", "ROUNDS_REFRESH_HOURS": "0.002"}  # a refresh every 7.2 s
    with open(tmp_path / "bot.log", "a", encoding="utf-8") as log:
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, text=True,
                               stdout=log, stderr=log)

    def stored() -> list[dict[str, Any]]:
        if not db.exists():
            return []
        with Repository(db) as repository:
            return repository.stored_rounds()

    try:
        wait_for(lambda: len(stored()) == 450, 60, "the feed was not stored")
        rounds = stored()
        assert [r["number"] for r in rounds[90:92]] == ["91a", "91b"] and all(r["name_fr"] for r in rounds)
        for user in (7001, 7002):
            for action in SCREENING:
                step(api_server, user, action)
            step(api_server, user, "[No]", "CRS estimate: 470 points")
            step(api_server, user, "[📣 Tell me after each round]", "after each new Canadian Experience Class")
        step(api_server, 7002, "/language", "")
        step(api_server, 7002, "[Français]", "")
        step(api_server, 7003, "/start", "")  # did not ask

        feed.body, feed.french = full_feed(extra=[NEW]), full_feed(lang="fr", extra=[NEW_FR])
        wait_for(lambda: bool(alerts(api_server, 7001, "New round") and alerts(api_server, 7002, "Nouvelle")),
                 60, "no alert")
        time.sleep(16)  # two more refreshes of the same feed: nobody hears twice
        [english] = alerts(api_server, 7001, "New round of invitations")
        assert "Canadian Experience Class, round 450, November 25, 2026: 2,500 invitations" in english
        assert "Your latest estimate, 470, is above this round's 466 by 4 points." in english
        [french] = alerts(api_server, 7002, "Nouvelle ronde d'invitations")
        assert "Catégorie de l’expérience canadienne, ronde 450, 25 novembre 2026 : 2 500 invitations" in french
        assert not alerts(api_server, 7003, "New round") and not alerts(api_server, 7003, "Nouvelle ronde")
        assert len(stored()) == 451
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=20)
    finally:
        feed.close()
        if bot.poll() is None:
            bot.kill()
            bot.wait(timeout=10)
    text = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert bot.returncode == 0, text[-2000:]
    assert "rounds refresh: stored 451 rounds; new: 2026-11-25 canadian_experience_class 466; alerts queued: 2" \
        in text
    assert "Traceback" not in text and TOKEN.split(":")[1] not in text
