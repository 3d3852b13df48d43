"""Charts that do not mislead (issue 16): the hours chart says "not eligible" and why when another requirement is
unmet, and a later application day never shows its future months as past rounds."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK, README_CRS


async def test_the_hours_chart_of_someone_short_of_the_language_level_says_not_eligible(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        # The README person's work (TEER 1: CLB 7 needed), an IELTS writing band of 5.5 (CLB 6).
        await answer_all(chat, *ELIGIBLE_WORK, "[IELTS General Training]", "2025-06-01", "8", "7", "5.5", "7",
                         "[No]")
        assert "❌ Not eligible for the Canadian Experience Class for now" in chat.last_text
        await chat.click("🗓️ Hours chart")
        facts = chat.last_text
        lines = facts.splitlines()
        assert lines[1].startswith("• Not eligible for now, whatever the hours:")
        assert "You reached 1,560 hours on August 31, 2026." in facts  # the hours are still said as they are
    bot.errors.check()


async def test_someone_who_stays_in_quebec_is_offered_no_chart(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await chat.click("Yes")  # Quebec: its route is said at once (issue 15)
        await chat.click("I understand")
        assert not any("chart" in label for label in chat.buttons)
    bot.errors.check()


async def test_the_eligible_person_s_chart_says_nothing_of_the_kind(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        await chat.click("🗓️ Hours chart")
        assert "Not eligible" not in chat.last_text
    bot.errors.check()


async def test_a_later_application_day_shows_the_rounds_up_to_today_only(tg: FakeTelegram,
                                                                        tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS)
        await chat.click("📅 What if I apply later?")
        await chat.click("May 2027")
        assert "May 1, 2027" in chat.last_text  # the result as of that day
        await chat.click("📊 CRS chart")
        facts = chat.last_text
        # Today is November 27, 2026 (tests/e2e/bot_fixtures.py): no month after it is drawn as past rounds.
        assert "From November 27, 2025 to November 27, 2026, the lowest score invited" in facts
        assert "2027" not in facts
    bot.errors.check()
