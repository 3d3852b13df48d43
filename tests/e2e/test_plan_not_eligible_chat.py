"""📈 the plan read by someone not eligible (coherence audit, round 2): a change that alone would have reached a
recent cut-off is said to count only "once you are eligible" (RULES.md 1 and 5: only someone who meets every CEC
requirement is in the pool the rounds invite from). It said "it would have reached the cut-off in each of the last
6 rounds" bare, beside a verdict "Not eligible ... for now"; a person not yet eligible already read the condition.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_WORK, README_CRS

# The README person's TEER 1 job (21232), with IELTS General Training 5.5 in each ability: CLB 6, short of the
# CLB 7 a TEER 1 job needs (RULES.md 1 and 2).
IELTS_6 = ["[IELTS General Training]", "2025-06-01", "5.5", "5.5", "5.5", "5.5", "[No]"]
# The README person's CRS answers with a provincial nomination: every change then reaches the recent cut-offs.
NOMINATED_CRS = [*README_CRS[:7], "[Yes]", README_CRS[8]]


async def test_a_person_short_of_the_level_reads_each_reached_cut_off_as_once_eligible(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *IELTS_6)
        assert "Not eligible for the Canadian Experience Class for now" in "\n".join(chat.texts[-3:])
        await chat.click("Estimate my CRS")
        await answer_all(chat, *NOMINATED_CRS)
        await chat.click("📈 How can I raise my score?")
        plan = chat.last_text
        await chat.click("More (")
        plan += "\n" + chat.last_text
        reached = [line for line in plan.splitlines() if "would have reached the cut-off" in line]
        assert reached, plan
        once = "Canadian Experience Class rounds, once you are eligible."
        assert all(line.endswith(once) for line in reached), reached
    bot.errors.check()
