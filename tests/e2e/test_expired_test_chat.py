"""A language result already more than 2 years old, typed in as the person's test, in English and French.

RULES.md 2: results must be less than 2 years old on the day one applies. The person learns it as soon as the
test date is given (before typing four scores for a result that will not count), and the verdict's first screen
names that result and the day it lapsed, not only "no valid result", which reads as if the test typed in had
been ignored. The clock is fixed at 2026-11-27 (bot_fixtures.TODAY).
"""

from __future__ import annotations

import pathlib

import pytest

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_WORK

# ELIGIBLE_WORK in French: a TEER 1 job since 2025-09-01 at 40 h a week (eligible on its hours).
ELIGIBLE_WORK_FR = ["non", "oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non", "oui", "non"]


async def up_to_the_test_date(chat: Chat, lang: str, test_date: str) -> str:
    """The screening up to the test date given; what the bot says next (the note, if any, and the listening
    question)."""
    await chat.send("/start")
    if lang == "fr":
        await chat.send("/language")
        await chat.click("Français")
        await answer_all(chat, *ELIGIBLE_WORK_FR, "IELTS GT")
    else:
        await answer_all(chat, *ELIGIBLE_WORK, "[IELTS General Training]")
    await chat.send(test_date)
    return chat.last_text


async def test_a_result_over_two_years_old_is_said_at_once_and_named_on_the_first_screen(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        after_date = await up_to_the_test_date(chat, "en", "2024-06-01")
        assert ("ℹ️ A result of June 1, 2024 expired on June 1, 2026: results count for 2 years from the test "
                "date, so this one will not count.") in after_date
        assert "Your IELTS General Training result in listening?" in after_date  # the flow goes on
        await answer_all(chat, "8 7 7 7", "[No]")
        verdict = chat.last_text
        assert "❌ Not eligible for the Canadian Experience Class for now" in verdict
        assert "❌ Language: Your IELTS General Training of June 1, 2024 expired on June 1, 2026." in verdict
        assert "What to do: A result of at least CLB 7 in each ability" in verdict
        stored = bot.repository.latest_verdict(chat.user_id).result
        language = next(c for c in stored["criteria"] if c["id"] == "language")
        assert language["explanation"].startswith(
            "Your IELTS General Training of June 1, 2024 expired on June 1, 2026. You have no valid result")
    bot.errors.check()


async def test_in_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        after_date = await up_to_the_test_date(chat, "fr", "2024-06-01")
        assert ("ℹ️ Un résultat du 1er juin 2024 a expiré le 1er juin 2026 : les résultats valent 2 ans à partir "
                "de la date du test, celui-ci ne comptera donc pas.") in after_date
        await answer_all(chat, "8 7 7 7", "non")
        verdict = chat.last_text
        assert "expiré le 1er juin 2026" in verdict.split("👉")[0]  # on the first screen, above what to do
    bot.errors.check()


@pytest.mark.parametrize(("typed", "note"), [
    # The whole of October 2024 lapsed by 2026-10-31: said as the month, never as a day that was not given.
    ("october 2024", "A result of October 2024 expired in October 2026"),
    # The day the result lapses is the application day itself: no longer valid that day (RULES.md 2).
    ("2024-11-27", "A result of November 27, 2024 expired on November 27, 2026"),
])
async def test_lapsed_months_and_the_last_day(tg: FakeTelegram, tmp_path: pathlib.Path, typed: str,
                                              note: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        assert note in await up_to_the_test_date(chat, "en", typed)
    bot.errors.check()


@pytest.mark.parametrize("typed", [
    "2025-06-01",  # valid until 2027-06-01
    "2024-11-28",  # valid until 2026-11-28, the day after today
    "november 2024",  # its last days are still valid today: the verdict says what it can, not a guess here
])
async def test_a_result_still_valid_today_gets_no_such_note(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                            typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        after_date = await up_to_the_test_date(chat, "en", typed)
        assert "expired" not in after_date
        assert "Your IELTS General Training result in listening?" in after_date
    bot.errors.check()
