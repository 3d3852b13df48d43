"""A partner's expired language result (issue 16): said with its date, what the same scores taken again would add,
and the plan proposes renewing it."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, MARRIED_CRS

# The married person of tests/e2e/screenings.py, whose partner's CELPIP 9/9/9/9 dates from 2024-01-10: it expired
# on 2026-01-10, before the application day (2026-11-27).
EXPIRED = [*MARRIED_CRS[:6], "2024-01-10", *MARRIED_CRS[7:]]


async def test_the_partner_s_expired_test_is_said_and_its_renewal_proposed(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *EXPIRED)
        crs = chat.last_text
        valid = bot.repository.latest_verdict(chat.user_id)
        assert valid is not None
        total = valid.result["crs"]["total"]
        # The same person with the partner's test valid (tests/e2e/test_results_stay_chat.py plays it) scores
        # the CELPIP 9 points more: RULES.md section 3, spouse language CLB 9 = 5 per ability, 20 in all.
        assert ("Your spouse or partner's CELPIP-General result expired on January 10, 2026: it earns no points. "
                "A new test at the same scores would add 20 points.") in crs
        assert f"CRS estimate: {total} points" in crs
        await chat.click("📈 How can I raise my score?")
        plan = "\n".join(chat.texts[-2:])
        assert ("Your spouse or partner takes CELPIP-General again at the same scores (theirs expired on "
                "January 10, 2026): +20 points.") in plan
    bot.errors.check()
