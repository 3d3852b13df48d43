"""/rounds and the "Latest rounds" button under a CRS result, as a person on a phone reads them: the latest round
of each program and category of the last 12 months, and where their latest CRS stands against the rounds the
rules can compare with, in English and French."""

from __future__ import annotations

import pathlib
from typing import Any

from .fake_telegram import Chat, FakeTelegram
from .test_round_alerts import FeedServer, bot_with_feed, ircc_feed, refresh, screened_to_crs

NEW_CEC = {"drawNumber": "448", "drawDate": "2026-11-25", "drawName": "Canadian Experience Class",
           "drawSize": "2,500", "drawCRS": "482"}


async def test_rounds_lists_the_latest_of_each_and_the_score_against_them(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    feed = FeedServer(ircc_feed())
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            newcomer = Chat(bot.app, tg, user_id=1009)
            await newcomer.send("/rounds")  # no estimate yet: the seed's rounds, no comparison
            text = newcomer.last_text
            assert "The latest round of each program and category, last 12 months" in text
            assert "• Canadian Experience Class, September 29, 2026: 518 *" in text
            assert "finish the CRS questions to compare" in text
            assert "* Read from copies of IRCC's list" in text

            ana = await screened_to_crs(bot, tg, 1001)  # 470 points, no French, no nomination
            assert "📋 Latest rounds" in ana.buttons
            await ana.click("📋 Latest rounds")
            lines = ana.last_text.splitlines()
            assert "• Canadian Experience Class, September 29, 2026: 518, you are 48 points below *" in lines
            assert ("• French-language proficiency, August 19, 2026: 382, needs NCLC 7 in French (all four "
                    "abilities)") in lines
            assert ("• Provincial Nominee Program, September 28, 2026: 725, needs a provincial nomination *"
                    in lines)
            assert "• Trades Occupations, October 1, 2026: 476 *" in lines  # a category: its cut-off only
            assert "• Physicians with Canadian Work Experience, September 3, 2026: 198 *" in lines
            assert not [line for line in lines if "Physicians" in line and "you are" in line]
            assert [line for line in lines if line.startswith("Compared with your latest CRS estimate, 470 (")]
            assert lines.index("• Canadian Experience Class, September 29, 2026: 518, you are 48 points below *") \
                < lines.index("• Trades Occupations, October 1, 2026: 476 *")

            feed.body = ircc_feed(NEW_CEC)  # the live feed replaces the secondary copies
            await refresh(bot)
            await ana.send("/rounds")
            assert "• Canadian Experience Class, November 25, 2026: 482, you are 12 points below" in ana.last_text
            assert "Read from copies" not in ana.last_text

            await ana.send("/language")
            await ana.click("Français")
            await ana.send("/rounds")
            text = ana.last_text
            assert "La dernière ronde de chaque programme et catégorie, 12 derniers mois" in text
            assert "il vous manque 12 points" in text
            assert "exige le NCLC 7 en français (dans les quatre compétences)" in text
        bot.errors.check()
    finally:
        feed.close()


async def test_french_readers_see_irccs_french_names_in_the_list(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                 full_feed: Any) -> None:
    feed = FeedServer(full_feed(extra=[NEW_CEC]), full_feed(lang="fr", extra=[
        {**NEW_CEC, "drawName": "Catégorie de l’expérience canadienne", "drawSize": "2 500"}]))
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            await refresh(bot)
            luc = Chat(bot.app, tg, user_id=1002)
            await luc.send("/language")
            await luc.click("Français")
            await luc.send("/rounds")
            text = luc.last_text
            assert "• Catégorie de l’expérience canadienne, 25 novembre 2026 : 482" in text
            assert "terminez les questions SCG pour comparer" in text
        bot.errors.check()
    finally:
        feed.close()
