"""Leftovers 5 in the chat, through the fake Bot API: Kevin of walkthrough round 10 (a staff accountant, 11100,
2,057 qualifying hours, PTE Core at CLB 9 in all four, 26, on 2026-11-27) answers the CRS questions the way people
type them. The figures are worked out by hand from RULES.md 3 before the chat is played.

- His two-year Canadian diploma typed with its length beside an unassessed bachelor's: 425 (education 98), see
  tests/e2e/test_walkthrough_round10_chat.py (the strict xfail there now passes).
- "bachelors is from u of c" (a Canadian bachelor's): 110 + 120 + 31 x 4 + 40 = 394; bachelor's x CLB 9+ 25, x 1
  Canadian year 13: 38; a Canadian credential of 3+ years 30: 462. "my cousin is in toronto" to the sibling
  question hears why a cousin does not count, and the question again.
- Married, "not yet citizen" to the partner's status: asked whether the partner is a permanent resident.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import score_of
from .test_walkthrough_round10_chat import CRS, KEVIN


async def test_kevin_s_bachelor_s_from_u_of_c_is_canadian_and_a_cousin_is_no_sibling(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kevin")
        await answer_all(chat, *KEVIN, CRS, "2000-01-01", "single", "[Bachelor's or 3+ year program]")
        where = said(await chat.send("bachelors is from u of c"))
        assert "Please tap one of the buttons" not in where
        assert answers(bot, chat)["education_where"] == "canada"
        await answer_all(chat, "none", "no", "no")
        cousin = said(await chat.send("my cousin is in toronto"))
        assert "Only a brother or sister counts for these points (yours, or your accompanying spouse's or " \
               "partner's, 18 or older, a Canadian citizen or permanent resident living in Canada), not another " \
               "relative such as a cousin" in cousin
        assert "Do you have a brother or sister in Canada who is a citizen or permanent resident" in cousin
        assert "sibling" not in answers(bot, chat)
        await chat.click("No")
        score = score_of(chat)
        assert "CRS estimate: 462 points" in score
        assert "Core 394 · spouse 0 · skill transferability 38 · additional 30" in score
    bot.errors.check()


async def test_a_partner_not_a_citizen_yet_is_asked_whether_a_permanent_resident(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kevin")
        await answer_all(chat, *KEVIN, CRS, "2000-01-01", "married")
        status = said(await chat.send("not yet citizen"))
        assert "Not a Canadian citizen yet: is your spouse or partner a permanent resident? If they are, tap " \
               "“Yes” (a permanent resident counts here as a citizen does)" in status
        assert "spouse_citizen" not in answers(bot, chat)
        await chat.click("Yes")  # a permanent resident: the "without spouse" column, no partner questions
        assert answers(bot, chat)["spouse_citizen"] is True
    bot.errors.check()
