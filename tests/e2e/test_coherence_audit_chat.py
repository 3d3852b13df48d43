"""The coherence audit, the chat's side: a score above the cut-off, read by someone not yet eligible, is never said
as if it could bring an invitation now, in the CRS message or in /rounds; an eligible person reads no such caution.
Each through the real application and the fake Bot API, as a person would chat.

Figures (today 2026-11-27; RULES.md 1 and 3): 32101 (TEER 3) since 2026-03-15 at 37.5 h is 1,282 h, short of
1,560 (not yet eligible); 21232 since 2025-09-01 at 40 h is 1,560 h and more (eligible). With a provincial
nomination (600 points) either CRS passes the latest CEC cut-off of the shipped rounds (518, September 29, 2026).
"""

from __future__ import annotations

import pathlib
import re

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, NOT_YET, README_CRS
from .test_round_alerts import NEW_CEC, FeedServer, alerts, ircc_feed, refresh, screened_to_crs, until

NOMINATED = [*README_CRS[:-2], "[Yes]", "[No]"]  # the README person's CRS answers, with a provincial nomination
FIRST = "Only people who meet every requirement can enter the Express Entry pool and be invited"  # crs.not_in_pool
LISTING = "That result does not meet every requirement yet"  # rounds_view.not_eligible
ROUNDS = "Your latest result says you do not meet every Canadian Experience Class requirement yet"  # the alert's


async def test_not_yet_eligible_with_a_nomination_reads_that_a_score_above_the_cut_off_is_no_invitation(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *NOT_YET, "[Estimate my CRS]", *NOMINATED)
        crs = next(text for text in reversed(chat.texts) if "CRS estimate:" in text)
        assert "above the lowest score invited" in crs and FIRST in crs
        await chat.send("/rounds")
        assert "Canadian Experience Class, September 29, 2026: 518, you are " in chat.last_text
        assert LISTING in chat.last_text
        await chat.send("/language")
        await chat.click("Français")
        await chat.send("/rounds")
        assert "Selon ce résultat, vous ne remplissez pas encore toutes les exigences" in chat.last_text
    bot.errors.check()


async def test_an_eligible_person_with_a_nomination_reads_no_such_caution(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *NOMINATED)
        crs = next(text for text in reversed(chat.texts) if "CRS estimate:" in text)
        assert "above the lowest score invited" in crs and FIRST not in crs
        await chat.send("/rounds")
        assert "Canadian Experience Class, September 29, 2026: 518, you are " in chat.last_text
        assert LISTING not in chat.last_text
    bot.errors.check()


# -- round alerts ------------------------------------------------------------------------------------------------
# A new CEC round at 466 (tests/e2e/test_round_alerts.py). Not yet eligible (NOT_YET's 1,282 h of 1,560) with a
# nomination, far above it: the alert must not read as an invitation within reach. The README person, eligible at
# 470, 4 points above: no such caution.
async def test_a_round_alert_to_someone_not_yet_eligible_says_a_score_above_it_is_no_invitation(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    server = FeedServer(ircc_feed())
    try:
        async with bot_on(tg, tmp_path / "bot.db", settings={"rounds_feed_url": server.url}) as bot:
            ana = Chat(bot.app, tg, user_id=2001)
            await ana.send("/start")
            await answer_all(ana, *NOT_YET, "[Estimate my CRS]", *NOMINATED)
            await ana.click("📣 Tell me after each round")
            ben = await screened_to_crs(bot, tg, 2002)  # eligible, 470 too
            await ben.click("📣 Tell me after each round")
            server.body = ircc_feed(NEW_CEC)
            await refresh(bot)
            await until(lambda: bool(alerts(ana, "New round of invitations") and alerts(ben, "New round")))
            said_to_ana, said_to_ben = alerts(ana, "New round")[0], alerts(ben, "New round")[0]
            assert re.search(r"Your latest estimate, \d+, is above this round's 466 by \d+ points\.", said_to_ana)
            assert "Your latest estimate, 470, is above this round's 466 by 4 points." in said_to_ben
            assert ROUNDS in said_to_ana and ROUNDS not in said_to_ben
    finally:
        server.close()
    bot.errors.check()
