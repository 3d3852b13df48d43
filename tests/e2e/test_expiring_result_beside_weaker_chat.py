"""A result that lapses just before the person qualifies, beside a weaker one still valid (the CRS oracle's find).

RULES.md 1: when hours are the only unmet criterion, the day the window holds 1,560 h is projected, with a
warning when the language test expires before it. The clock is fixed at 2026-11-27 (bot_fixtures.TODAY): a TEER 1
job at 40 h since 2025-11-30 holds 1,551 h and reaches 1,560 on 2026-11-29; the CELPIP 10 of 2024-11-28 expires
on 2026-11-28. A weaker CELPIP (4/6/3/3) taken since, still valid then, used to turn that into "not eligible"
with a warning that the level rises, though CLB 7 applies on both days.
"""

from __future__ import annotations

import pathlib

import pytest

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram

JOB_SINCE_2025_11_30 = ["[No]", "[Yes]", "21232", "2025-11-30", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]",
                        "[No]"]
CELPIP_10_LAPSING = ["[CELPIP-General]", "2024-11-28", "10", "10", "10", "10"]
WEAKER_STILL_VALID = ["[Yes]", "[CELPIP-General]", "2026-11-01", "4 6 3 3"]


@pytest.mark.parametrize("weaker", [False, True])
async def test_a_weaker_result_beside_it_does_not_take_the_day_away(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                   weaker: bool) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *JOB_SINCE_2025_11_30, *CELPIP_10_LAPSING,
                         *(WEAKER_STILL_VALID if weaker else []), "[No]")
        verdict = chat.last_text
        assert ("⏳ Not yet eligible: you should qualify on November 29, 2026, with a new language test by then"
                in verdict)
        assert ("Your language test expires on November 28, 2026, before you reach one year of work on "
                "November 29, 2026: plan a new test.") in verdict
        stored = bot.repository.latest_verdict(chat.user_id).result
        assert (stored["verdict"], stored["eligible_on"], stored["required_clb"]) == (
            "not_yet_eligible", "2026-11-29", 7)
        assert "language_level_rises" not in [w["id"] for w in stored["warnings"]]
    bot.errors.check()
