"""The running bot against a local copy of IRCC's feed as it really is: a full-size feed made of the real samples'
records (lettered numbers, a category new to us, French twin with "5 000"), every round stored; a new CEC round
then reaches exactly the people who asked, in their language with IRCC's French name; an HTML error page or a
truncated body keeps the stored rounds."""

from __future__ import annotations

import asyncio
import logging
import pathlib
from typing import Any

import pytest

from .fake_telegram import FakeTelegram
from .test_round_alerts import FeedServer, alerts, bot_with_feed, refresh, screened_to_crs, until

NEW = {"drawNumber": "450", "drawDate": "2026-11-25", "drawName": "Canadian Experience Class",
       "drawSize": "2,500", "drawCRS": "466"}
NEW_FR = {**NEW, "drawName": "Catégorie de l’expérience canadienne", "drawSize": "2\u00a0500"}


async def test_the_bot_stores_the_whole_feed_and_alerts_a_new_cec_round_once_in_each_language(
        tg: FakeTelegram, full_feed: Any, tmp_path: pathlib.Path, caplog: pytest.LogCaptureFixture) -> None:
    feed = FeedServer(full_feed(), full_feed(lang="fr"))
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            with caplog.at_level(logging.INFO):
                await refresh(bot)
            stored = bot.repository.stored_rounds()
            assert len(stored) == 450
            assert [r["number"] for r in stored[90:92]] == ["91a", "91b"]
            assert sum(1 for r in stored if r["name_fr"]) == 450
            new_categories = [r.getMessage() for r in caplog.records if "new categories" in r.getMessage()]
            assert len(new_categories) == 1 and "Researchers with Canadian Work Experience" in new_categories[0]

            ana = await screened_to_crs(bot, tg, 1001)
            await ana.click("📣 Tell me after each round")
            luc = await screened_to_crs(bot, tg, 1002)
            await luc.click("📣 Tell me after each round")
            await luc.send("/language")
            await luc.click("Français")
            ben = await screened_to_crs(bot, tg, 1003)  # does not ask
            eve = await screened_to_crs(bot, tg, 1004)
            await eve.click("📣 Tell me after each round")
            await eve.send("/delete")
            await eve.click("Yes, delete everything")

            feed.body, feed.french = full_feed(extra=[NEW]), full_feed(lang="fr", extra=[NEW_FR])
            caplog.clear()
            with caplog.at_level(logging.INFO):
                await refresh(bot)
            await until(lambda: bool(alerts(ana, "New round of invitations") and alerts(luc, "Nouvelle ronde")))
            [english] = alerts(ana, "New round of invitations")
            assert "Canadian Experience Class, round 450, November 25, 2026: 2,500 invitations" in english
            assert "lowest score invited 466" in english
            assert "Your latest estimate, 470, is above this round's 466 by 4 points." in english
            [french] = alerts(luc, "Nouvelle ronde d'invitations")
            assert "Catégorie de l’expérience canadienne, ronde 450, 25 novembre 2026" in french
            assert "470" in french and "466" in french
            assert not alerts(ben, "New round") and not alerts(eve, "New round")
            assert bot.repository.rows_about(1004) == 0
            assert len(bot.repository.stored_rounds()) == 451

            await refresh(bot)  # the same feed again: nobody hears twice
            await asyncio.sleep(0.3)
            assert len(alerts(ana, "New round")) == 1 and len(alerts(luc, "Nouvelle ronde")) == 1
            kept = bot.repository.stored_rounds()

            html = b"<!DOCTYPE html><html><head><title>503</title></head><body>Service unavailable</body></html>"
            for broken, problem in [(html, "not JSON"), (full_feed(extra=[NEW])[:300_000], "not JSON")]:
                feed.body = broken
                caplog.clear()
                with caplog.at_level(logging.WARNING):
                    await refresh(bot)
                lines = [r.getMessage() for r in caplog.records if r.name.startswith("bot.")]
                assert len(lines) == 1 and "rounds refresh failed" in lines[0] and problem in lines[0], lines
                assert bot.repository.stored_rounds() == kept
            assert len(alerts(ana, "New round")) == 1
        bot.errors.check()
    finally:
        feed.close()


async def test_a_wrong_round_is_skipped_never_alerted_and_its_correction_is_stored(
        tg: FakeTelegram, full_feed: Any, tmp_path: pathlib.Path, caplog: pytest.LogCaptureFixture) -> None:
    feed = FeedServer(full_feed())
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            await refresh(bot)
            ana = await screened_to_crs(bot, tg, 1001)
            await ana.click("📣 Tell me after each round")
            typo = {**NEW, "drawDate": "2099-12-31"}
            huge = {**NEW, "drawNumber": "451", "drawDate": "2026-11-26", "drawSize": "1,000,000,000"}
            feed.body = full_feed(extra=[typo, huge])
            caplog.clear()
            with caplog.at_level(logging.WARNING, logger="bot.scheduled.round_alerts"):
                await refresh(bot)
            skipped = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
            assert len(skipped) == 2 and "round '450'" in skipped[0] and "2099-12-31" in skipped[0], skipped
            assert "round '451'" in skipped[1] and "drawSize" in skipped[1]
            assert len(bot.repository.stored_rounds()) == 450 and bot.repository.round_alerts_waiting() == 0
            feed.body = full_feed(extra=[NEW])  # IRCC corrects the typo: not "shrunken"
            await refresh(bot)
            await until(lambda: bool(alerts(ana, "New round of invitations")))
            assert "round 450, November 25, 2026" in alerts(ana, "New round of invitations")[0]
            assert len(bot.repository.stored_rounds()) == 451
        bot.errors.check()
    finally:
        feed.close()
