"""Audit of IRCC's rounds feed and the rounds screens, round 2: each finding first written as a failing chat, then
fixed. What the screens say is checked against RULES.md section 4 (the shipped rounds: CEC 2026-07-21 to
2026-09-29, rounds 439, 443 and 446 read from secondary copies) and against the feed the bot was given.
"""

from __future__ import annotations

import pathlib
import re

from .bot_fixtures import bot_on
from .fake_telegram import FakeTelegram
from .test_round_alerts import NEW_CEC, FeedServer, ircc_feed, refresh, screened_to_crs

# RULES.md 4: the last six CEC rounds shipped, their cut-offs 516 to 523, the three newest (439, 443, 446) read
# from secondary copies of the feed
RECENT_EN = ("In the last 6 Canadian Experience Class rounds (since July 21, 2026), the lowest score invited "
             "ranged from 516 to 523; your estimate reached the cut-off in none of them.")
SECONDARY_EN = "(Rounds as of October 1, 2026; the latest 3 from copies of IRCC's list, not yet its own feed.)"
SECONDARY_FR = ("(Rondes à jour au 1er octobre 2026 ; les 3 plus récentes tirées de copies de la liste d'IRCC, "
                "pas encore de son fil.)")


async def test_the_result_says_the_newest_recent_rounds_come_from_copies_until_the_live_feed_replaces_them(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The result compared 470 with "the latest Canadian Experience Class round (518, September 29, 2026)", round
    446, without the mark /rounds gives it: RULES.md 4 ships rounds 438-447 "marked as such"."""
    server = FeedServer(ircc_feed(NEW_CEC))
    try:
        async with bot_on(tg, tmp_path / "bot.db", settings={"rounds_feed_url": server.url}) as bot:
            ana = await screened_to_crs(bot, tg, 1001)
            assert ("48 points below the lowest score invited in the latest Canadian Experience Class round "
                    "(518, September 29, 2026)") in ana.last_text
            assert f"{RECENT_EN} {SECONDARY_EN}" in ana.last_text

            await ana.send("/language")
            await ana.click("Français")
            french = ana.last_text
            assert ("inférieur de 48 points au score minimal des candidats invités lors de la ronde la plus "
                    "récente de la catégorie de l'expérience canadienne (518, le 29 septembre 2026)") in french
            assert f"aucune de ces 6 rondes. {SECONDARY_FR}" in french

            await refresh(bot)  # IRCC's own feed, up to round 448 (2026-11-25, 466): nothing from copies left
            luc = await screened_to_crs(bot, tg, 1002)
            assert ("4 points above the lowest score invited in the latest Canadian Experience Class round "
                    "(466, November 25, 2026)") in luc.last_text
            assert "copies of IRCC's list" not in luc.last_text
            assert re.search(r"reached the cut-off in 1 of them\. \(Rounds as of \w+ \d+, 2026\.\)", luc.last_text)
        bot.errors.check()
    finally:
        server.close()
