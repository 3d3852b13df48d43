"""/rounds and round alerts for someone whose latest result does not meet every requirement yet: French-language
and nominee rounds are not compared with their estimate nor alerted (the verdict names them only to someone
eligible: only people in the pool are invited), and the list says the figures are for information until then."""

from __future__ import annotations

import asyncio
import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import NOT_YET, README_CRS
from .test_round_alerts import FeedServer, bot_with_feed, ircc_feed, refresh, until

# NOT_YET's TEER 3 job since 2026-03-15 and CELPIP 8/8/7/8, then a TEF Canada at NCLC 7/7/7/7 (RULES.md 2:
# 440 >= 434, 440 >= 434, 430 >= 428, 460 >= 456): French points count in the CRS.
NOT_YET_WITH_FRENCH = [*NOT_YET[:-1], "[Yes]", "[TEF Canada]", "2026-03-01", "440", "440", "430", "460", "[No]"]


async def test_a_not_yet_eligible_french_speaker_is_not_compared_with_french_rounds(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, user_id=2301)
        await chat.send("/start")
        await answer_all(chat, *NOT_YET_WITH_FRENCH, "[Estimate my CRS]", *README_CRS)
        assert "CRS estimate:" in chat.last_text
        # 404 is below every recent CEC cut-off: the CRS screen has nothing to correct (a reached cut-off would be
        # said to count only once eligible: tests/eligibility/test_paths_audit2.py).
        assert "reached the cut-off in none of them" in chat.last_text
        assert "Express Entry pool" not in chat.last_text
        await chat.click("📋 Latest rounds")
        lines = chat.last_text.splitlines()
        assert "• French-language proficiency, August 19, 2026: 382" in lines
        assert not [line for line in lines if "French-language" in line and "you are" in line]
        assert ("That result does not meet every requirement yet: only people in the Express Entry pool are "
                "invited, so until you do these figures are for information only.") in lines
        await chat.send("/language")
        await chat.click("Français")
        await chat.send("/rounds")
        assert ("Selon ce résultat, vous ne remplissez pas encore toutes les exigences : seules les personnes "
                "inscrites dans le bassin d'Entrée express sont invitées") in chat.last_text
        bot.errors.check()


NEW_FRENCH = {"drawNumber": "448", "drawDate": "2026-11-20",
              "drawName": "French-Language proficiency 2026-Version 3", "drawSize": "3,000", "drawCRS": "400"}
NEW_CEC = {"drawNumber": "449", "drawDate": "2026-11-25", "drawName": "Canadian Experience Class",
           "drawSize": "2,500", "drawCRS": "466"}


async def test_round_alerts_bring_a_not_yet_eligible_french_speaker_cec_rounds_only(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    feed = FeedServer(ircc_feed())
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, user_id=2302)
            await chat.send("/start")
            await answer_all(chat, *NOT_YET_WITH_FRENCH, "[Estimate my CRS]", *README_CRS)
            await chat.click("📣 Tell me after each round")
            feed.body = ircc_feed(NEW_FRENCH)  # a French-language round alone: not theirs yet
            await refresh(bot)
            await asyncio.sleep(0.5)
            assert not [text for text in chat.texts if "New round of invitations" in text]
            feed.body = ircc_feed(NEW_FRENCH, NEW_CEC)
            await refresh(bot)
            await until(lambda: any("New round of invitations" in text for text in chat.texts))
            said = [text for text in chat.texts if "New round of invitations" in text]
            assert len(said) == 1 and "Canadian Experience Class, round 449" in said[0]
            assert "French-Language" not in said[0] and "French-language" not in said[0]
        bot.errors.check()
    finally:
        feed.close()


# NOT_YET's TEER 3 job since 2026-03-15 (eligible on the day the hours are reached), with IELTS 9/9/9/9 (CLB 10)
# instead of the CELPIP; born 1997-03-10, single, a doctorate abroad with an ECA, 3+ years of work abroad.
HIGH_NOT_YET = [*NOT_YET[:11], "[IELTS General Training]", "2026-02-02", "9", "9", "9", "9", "[No]"]
HIGH_CRS = ["1997-03-10", "[Single]", "[Doctorate (PhD)]", "[Outside Canada, with an ECA]", "[No]",
            "[3 years or more]", "[No]", "[No]", "[No]"]


async def test_a_not_yet_eligible_persons_plan_says_cut_offs_count_once_eligible(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, user_id=2303)
        await chat.send("/start")
        await answer_all(chat, *HIGH_NOT_YET, "[Estimate my CRS]", *HIGH_CRS)
        # RULES.md 3: age 29 110, doctorate 150, CLB 10 4 x 34 = 136, no Canadian year; transferability 50 + 50.
        assert "CRS estimate: 496 points" in chat.last_text
        assert "Only people who meet every requirement can enter the Express Entry pool" not in chat.last_text
        await chat.click("📈 How can I raise my score?")
        plan = "\n".join(chat.texts[-2:])
        # French NCLC 7 in all four: 4 x 3 + 50 = +62, 558: above all six cut-offs (516 to 523), once eligible.
        assert ("With this, 558: it would have reached the cut-off in each of the last 6 Canadian Experience "
                "Class rounds, once you are eligible.") in plan
        bot.errors.check()
