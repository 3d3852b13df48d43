"""Rounds kept fresh and an alert after each round, end to end: a local HTTP feed, the fake Bot API, chats that
opt in (or not), in English and French."""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import json
import logging
import pathlib
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from telegram.ext import CallbackContext

from eligibility.tables import rounds as seed_file
from storage import Repository

from .bot_fixtures import Bot, answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_WORK, IELTS_9

_NAMES = {"canadian_experience_class": "Canadian Experience Class",
          "provincial_nominee_program": "Provincial Nominee Program",
          "french_language_proficiency": "French language proficiency (Version 1)"}
# The README's person: 470 points (RULES.md section 3, worked example).
CRS_470 = ["[Estimate my CRS]", "1997-03-10", "[Single]", "[Bachelor's or 3+ year program]",
           "[Outside Canada, with an ECA]", "[No]", "[2 years]", "[No]", "[No]", "[No]"]
NEW_CEC = {"drawNumber": "448", "drawDate": "2026-11-25", "drawName": "Canadian Experience Class",
           "drawSize": "2,500", "drawCRS": "466"}


def ircc_feed(*extra: dict[str, str]) -> bytes:
    """IRCC's JSON for the seed's rounds (as IRCC writes them: strings, thousands separators), plus `extra`."""
    rows = [{"drawNumber": str(r.get("number") or 400 + i), "drawDate": r["date"],
             "drawName": r.get("name") or _NAMES[r["program"]], "drawSize": f"{r['invitations']:,}",
             "drawCRS": str(r["lowest_crs"])}
            for i, r in enumerate(seed_file()["rounds"])]
    return json.dumps({"classes": "", "rounds": [*rows, *extra]}).encode()


class FeedServer:
    """IRCC's feed on 127.0.0.1 (http.server in a thread): serves `body` with an ETag, answers 304 to a
    matching If-None-Match, and records the conditional headers it received."""

    def __init__(self, body: bytes, french: bytes | None = None) -> None:
        self.body = body
        self.french = french  # served at ..._fr.json (404 when None), as IRCC serves its French twin
        self.requests: list[dict[str, str | None]] = []
        feed = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # http.server's name
                body = feed.french if self.path.endswith("_fr.json") else feed.body
                if body is None:
                    self.send_error(404)
                    return
                etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
                if self.path.endswith("_en.json"):  # the English feed's requests (the French one is not kept)
                    feed.requests.append({"if_none_match": self.headers.get("If-None-Match")})
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/ee_rounds_123_en.json"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def feed() -> Iterator[FeedServer]:
    server = FeedServer(ircc_feed())
    yield server
    server.close()


def bot_with_feed(tg: FakeTelegram, db: pathlib.Path, url: str) -> contextlib.AbstractAsyncContextManager[Bot]:
    """The bot as bot_fixtures.bot_on builds it, with the rounds feed at `url`."""
    return bot_on(tg, db, settings={"rounds_feed_url": url})


async def refresh(bot: Bot) -> None:
    """What the schedule runs: the JobQueue callback of bot/scheduled/rounds_job.py."""
    await bot.app.bot_data["rounds"].refresh(CallbackContext(bot.app))


async def until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("waited in vain")


async def screened_to_crs(bot: Bot, tg: FakeTelegram, user_id: int) -> Chat:
    chat = Chat(bot.app, tg, user_id=user_id)
    await chat.send("/start")
    await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9, *CRS_470)
    assert "CRS estimate: 470 points" in chat.last_text
    return chat


def alerts(chat: Chat, words: str) -> list[str]:
    return [text for text in chat.texts if words in text]


async def test_a_new_round_reaches_only_the_people_who_asked_in_their_language(
        tg: FakeTelegram, feed: FeedServer, tmp_path: pathlib.Path) -> None:
    async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
        ana = await screened_to_crs(bot, tg, 1001)
        assert "📣 Tell me after each round" in ana.buttons
        await ana.click("📣 Tell me after each round")
        assert "after each new Canadian Experience Class round" in ana.last_text
        assert bot.repository.round_alerts_on(1001)

        luc = await screened_to_crs(bot, tg, 1002)
        await luc.click("📣 Tell me after each round")
        await luc.send("/language")
        await luc.click("Français")

        ben = await screened_to_crs(bot, tg, 1003)  # sees the button, does not press it

        feed.body = ircc_feed(NEW_CEC)
        await refresh(bot)
        await until(lambda: bool(alerts(ana, "New round of invitations") and alerts(luc, "Nouvelle ronde")))
        english = alerts(ana, "New round of invitations")
        assert len(english) == 1
        assert "Canadian Experience Class, round 448, November 25, 2026: 2,500 invitations" in english[0]
        assert "Your latest estimate, 470, is above this round's 466 by 4 points." in english[0]
        assert ana.buttons == ["🔕 Stop round alerts"]
        french = alerts(luc, "Nouvelle ronde d'invitations")
        assert len(french) == 1
        assert "Catégorie de l'expérience canadienne, ronde 448, 25 novembre 2026" in french[0]
        assert ("Votre dernière estimation, 470, dépasse de 4 points le score minimal de cette ronde (466)."
                in french[0])
        assert not alerts(ben, "New round")

        await refresh(bot)  # nothing new (the feed answers 304): nobody hears twice
        await asyncio.sleep(0.3)
        assert feed.requests[-1]["if_none_match"] is not None
        assert len(alerts(ana, "New round")) == 1 and len(alerts(luc, "Nouvelle ronde")) == 1
        assert bot.repository.round_alerts_waiting() == 0 and not bot.repository.pending_replies()
    bot.errors.check()


async def test_the_result_compares_with_the_refreshed_rounds(tg: FakeTelegram, feed: FeedServer,
                                                             tmp_path: pathlib.Path) -> None:
    async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
        feed.body = ircc_feed(NEW_CEC)
        await refresh(bot)
        chat = await screened_to_crs(bot, tg, 1001)
        result = chat.last_text
        assert "4 points above the lowest score invited" in result and "466" in result
        assert "(Rounds as of" in result
        # The CRS may have changed on 2026-11-03 (RULES.md section 3): an estimate made on 2026-11-27 says so.
        assert "high-wage occupations since November 3, 2026" in result
    bot.errors.check()


async def test_a_broken_feed_keeps_the_rounds_and_says_so_in_one_line(
        tg: FakeTelegram, feed: FeedServer, tmp_path: pathlib.Path, caplog: pytest.LogCaptureFixture) -> None:
    async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
        feed.body = ircc_feed(NEW_CEC)
        await refresh(bot)
        kept = bot.repository.stored_rounds()
        assert len(kept) == len(seed_file()["rounds"]) + 1
        chat = Chat(bot.app, tg, user_id=1001)
        await chat.send("/start")
        bot.repository.set_round_alerts(1001, True, "en")
        for broken, problem in [(b"{not json", "not JSON"), (b'{"rounds": []}', "the feed holds no rounds"),
                                (ircc_feed()[:-40] + b"]}", "not JSON"),
                                (json.dumps({"rounds": [NEW_CEC]}).encode(), "shrunken: 26 of the 27 rounds")]:
            feed.body = broken
            caplog.clear()
            with caplog.at_level(logging.WARNING, logger="bot.scheduled.rounds_job"):
                await refresh(bot)
            lines = [r.getMessage() for r in caplog.records if "rounds refresh failed" in r.getMessage()]
            assert len(lines) == 1 and problem in lines[0] and "keeping the 27 rounds" in lines[0], lines
            assert "\n" not in lines[0]
            assert bot.repository.stored_rounds() == kept
        assert bot.repository.round_alerts_waiting() == 0 and not alerts(chat, "New round")
        assert bot.app.bot_data["rounds"].service.rounds.latest_cec.lowest_crs == 466
    bot.errors.check()


async def test_stop_and_delete_end_the_alerts(tg: FakeTelegram, feed: FeedServer, tmp_path: pathlib.Path) -> None:
    async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
        ana = await screened_to_crs(bot, tg, 1001)
        await ana.click("📣 Tell me after each round")
        await ana.click("🔕 Stop round alerts")
        assert "Round alerts are off" in ana.last_text and not bot.repository.round_alerts_on(1001)
        luc = await screened_to_crs(bot, tg, 1002)
        await luc.click("📣 Tell me after each round")
        await luc.send("/privacy")
        assert "Round alerts: if you turn them on" in "\n".join(luc.texts[-3:])  # in parts (issue 16)
        await luc.send("/delete")
        await luc.click("Yes, delete everything")
        assert not bot.repository.round_alerts_on(1002) and bot.repository.rows_about(1002) == 0
        feed.body = ircc_feed(NEW_CEC)
        await refresh(bot)
        await asyncio.sleep(0.5)
        assert not alerts(ana, "New round") and not alerts(luc, "New round")
        assert bot.repository.rows_about(1002) == 0
    bot.errors.check()


async def test_the_schedule_is_on_the_job_queue_and_off_when_the_url_is_empty(
        tg: FakeTelegram, feed: FeedServer, tmp_path: pathlib.Path) -> None:
    async with bot_with_feed(tg, tmp_path / "on.db", feed.url) as bot:
        names = {job.name for job in bot.app.job_queue.jobs()}
        assert {"rounds-refresh", "rounds-poll"} <= names
    async with bot_with_feed(tg, tmp_path / "off.db", "") as bot:
        names = {job.name for job in bot.app.job_queue.jobs()}
        assert "rounds-refresh" not in names and "rounds-poll" in names


async def test_alerts_interrupted_by_a_stop_go_out_once_after_the_restart(
        tg: FakeTelegram, feed: FeedServer, tmp_path: pathlib.Path) -> None:
    """30 people opted in; the bot stops after a few alerts; the next start sends the rest, each exactly once."""
    db = tmp_path / "bot.db"
    people = range(2001, 2031)
    with Repository(db) as repository:
        for user_id in people:
            tg.register_user(user_id, f"P{user_id}")
            repository.commit_turn(user_id, language="en", verdict=(
                {"crs": {"total": 500, "details": {"french": 0, "provincial_nomination": 0}}}, "test"))
            repository.set_round_alerts(user_id, True, "en")

    def told() -> list[int]:
        return [m.chat_id for user_id in people for m in tg.bot_messages(user_id)
                if "New round of invitations" in (m.shown_text or "")]

    feed.body = ircc_feed(NEW_CEC)
    async with bot_with_feed(tg, db, feed.url) as bot:
        await refresh(bot)
        await until(lambda: len(told()) >= 5)
    assert len(told()) < len(people)  # stopped midway: the rest is still queued (or in the outbox)
    async with bot_with_feed(tg, db, feed.url) as bot:
        await until(lambda: len(told()) == len(people))
        await asyncio.sleep(0.3)
        assert sorted(told()) == list(people)  # everyone once, nobody twice
        assert bot.repository.round_alerts_waiting() == 0
    bot.errors.check()


async def test_forged_alert_buttons_get_the_stale_answer(tg: FakeTelegram, feed: FeedServer,
                                                         tmp_path: pathlib.Path) -> None:
    async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
        chat = Chat(bot.app, tg, user_id=1001)
        await chat.send("/start")
        update = tg.callback_update(1001, "No")
        update["callback_query"]["data"] = "ralert|everyone"
        await chat.process(update)
        assert not bot.repository.round_alerts_on(1001)
        assert any("button" in text.lower() for text in chat.texts[-2:]), chat.texts[-2:]
    bot.errors.check()
