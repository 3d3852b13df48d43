"""The coherence audit, round 4, the chat's side (tests/flows/test_coherence_round4.py): the same person reads the
same figure written the same way in the CRS message and in the round alert, in English and in French, through the
real application and the fake Bot API.

Figures (today 2026-11-27; RULES.md 3): the README person (21232 at 40 h since 2025-09-01, IELTS CLB 9/10, single,
29, bachelor's with an ECA, 2 years abroad) scores 470; a provincial nomination adds 600: 1,070. A new Canadian
Experience Class round at 466 (tests/e2e/test_round_alerts.py NEW_CEC): 604 points above it. The alert wrote
"Your latest estimate, 1070" under a CRS message saying "1,070" (44 of 2,000 generated renders).
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, README_CRS
from .test_round_alerts import NEW_CEC, FeedServer, alerts, ircc_feed, refresh, until

NOMINATED = [*README_CRS[:-2], "[Yes]", "[No]"]  # the README person's CRS answers, with a provincial nomination


async def test_a_crs_above_1000_reads_the_same_in_the_crs_message_and_the_round_alert(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    server = FeedServer(ircc_feed())
    try:
        async with bot_on(tg, tmp_path / "bot.db", settings={"rounds_feed_url": server.url}) as bot:
            ana = Chat(bot.app, tg, user_id=3001)
            await ana.send("/start")
            await answer_all(ana, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *NOMINATED)
            assert "CRS estimate: 1,070 points" in ana.last_text
            await ana.click("📣 Tell me after each round")
            server.body = ircc_feed(NEW_CEC)
            await refresh(bot)
            await until(lambda: bool(alerts(ana, "New round of invitations")))
            alert = alerts(ana, "New round of invitations")[0]
            assert "Your latest estimate, 1,070, is above this round's 466 by 604 points." in alert
            assert "1070" not in alert
    finally:
        server.close()
    bot.errors.check()
