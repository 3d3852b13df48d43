"""The outcome the CRS message ends with is the first screen's, word for word (coherence audit, round 2).

The CRS message built its own title from the verdict alone: to someone whose test lapses before the "not yet" day
it said "you should qualify on April 5, 2027" as if the day were certain, where the first screen adds "with a new
language test by then" (RULES.md 1: the test must be valid when the application is made); and to someone who
will live in Quebec "Not eligible ... for now", which RULES.md 8 never says (flows/verdict_text.py verdict_title).
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .test_walkthrough_round5_chat import CHLOE, CHLOE_CRS, CRS, score_of, verdict_of


async def test_chloe_whose_test_lapses_reads_the_new_test_again_under_her_score(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Chloe")
        await answer_all(chat, *CHLOE)
        title = "Not yet eligible: you should qualify on April 5, 2027, with a new language test by then"
        assert title in verdict_of(chat)
        await answer_all(chat, CRS, *CHLOE_CRS)
        score = score_of(chat)
        assert "CRS estimate: 350 points" in score
        assert f"Eligibility: {title}." in score
        assert "Eligibility: Not yet eligible: you should qualify on April 5, 2027." not in score
    bot.errors.check()
