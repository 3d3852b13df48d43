"""The reminders audit, end to end (tests/eligibility/test_reminders_audit.py says where each day comes from):
what a person is offered, and what reaches them on which day, in English and French, through the fake Bot API
and a clock the test moves; the bot restarted between days, as a deployment would be."""

from __future__ import annotations

import datetime as dt
import pathlib

from storage import Repository

from .bot_fixtures import answer_all
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_WORK
from .test_reminders_chat import Clock, bot_with_clock, chat_on, reminders_in, wait_for

UTC = dt.UTC
START = dt.datetime(2026, 11, 27, 9, tzinfo=UTC)


def ielts(date: str, yes: str = "No") -> list[str]:
    """An IELTS General Training result at 8 in each ability (CLB 9/10/10/10), then no other test."""
    return ["[IELTS General Training]", date, "8", "8", "8", "8", f"[{yes}]"]


async def test_un_test_qui_expire_avant_le_jour_projete(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Part time, 15 h a week since 2026-03-02: 1,560 h on 2028-02-28; the IELTS of 2025-06-01 expires 2027-06-01,
    before that day (RULES.md 1: warn of it). The test reminders never say "no longer eligible" to someone not yet
    eligible, and the day the hours are met does not say "eligible" on an expired result."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, "[Non]", "[Oui]", "21232", "2026-03-02", "[Oui]", "15", "[Oui]", "[Oui]", "[Non]",
                         "[Oui]", "[Non]", "[IELTS General Training]", "2025-06-01", "8", "8", "8", "8", "[Non]")
        assert any("Pas encore admissible" in text for text in chat.texts)
        await chat.click("🔔 M'envoyer des rappels")
        offer = chat.last_text
        assert "3 mars 2027 : 90 jours avant l'expiration de votre résultat IELTS General Training, le 1er juin " \
               "2027" in offer
        assert "28 février 2028" in offer
        await chat.click("Oui, envoyez-moi des rappels")
    clock.set(dt.date(2027, 3, 3), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "IELTS")) == 1)
    (warning,) = reminders_in(chat, "IELTS")
    assert "expire le 1er juin 2027, dans 90 jours" in warning and "28 février 2028" in warning
    assert "ne seriez plus admissible" not in warning
    clock.set(dt.date(2028, 2, 28), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        await wait_for(lambda: bot.app.bot_data["reminders"]._done_on == dt.date(2028, 2, 28))
    (day,) = reminders_in(chat, "Aujourd'hui")
    assert day.startswith("🔔 Aujourd'hui, le 28 février 2028")
    assert "1er juin 2027" in day and "vous semblez maintenant admissible" not in day
    bot.errors.check()


async def test_a_test_retaken_after_the_reminders_were_set_moves_them(tg: FakeTelegram,
                                                                        tmp_path: pathlib.Path) -> None:
    """Reminders set with the IELTS of 2025-06-01; on 2027-02-01 the person starts over and gives their new IELTS
    of 2027-01-20. Nothing about the old result on 2027-03-03; the new one is reminded 90 days before it expires
    (2029-01-20 - 90 days = 2028-10-22), once."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *ielts("2025-06-01"), "[🔔 Remind me]", "[Yes, remind me]")
        assert "March 3, 2027: 90 days before your IELTS General Training result expires on June 1, 2027" in \
            "\n".join(chat.texts)
    clock.set(dt.date(2027, 2, 1), 10)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = chat_on(bot, tg)
        await chat.send("/restart")
        await chat.click("Yes, start over")
        await answer_all(chat, *ELIGIBLE_WORK, *ielts("2027-01-20"))
        await chat.send("/reminders")
        listing = chat.last_text
        assert "October 22, 2028: 90 days before your IELTS General Training result expires on January 20, 2029" \
            in listing
        assert "June 1, 2027" not in listing
    clock.set(dt.date(2027, 3, 3), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    assert reminders_in(chat, "IELTS") == []
    clock.set(dt.date(2028, 10, 25), 18)  # the bot was down on the due day: the reminder goes out late, once
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "IELTS")) == 1)
    clock.set(dt.date(2028, 10, 26), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    (sent,) = reminders_in(chat, "IELTS")
    assert "IELTS General Training result of January 20, 2027 expires on January 20, 2029, in 87 days." in sent
    bot.errors.check()


async def test_a_month_only_test_date_is_said_as_a_month(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """A test given as "2025-06": reminded 90 days before June 1, 2027 (the earliest it can expire), and said as
    of June 2025, expiring in June 2027: never "of June 1, 2025"."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *ielts("2025-06"), "[🔔 Remind me]")
        offer = chat.last_text
        assert "March 3, 2027: 90 days before your IELTS General Training result expires in June 2027" in offer
        await chat.click("Yes, remind me")
    clock.set(dt.date(2027, 3, 3), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "IELTS")) == 1)
    (sent,) = reminders_in(chat, "IELTS")
    assert "result of June 2025 expires in June 2027" in sent and "June 1, 2025" not in sent
    bot.errors.check()


async def test_a_reminder_waiting_in_the_outbox_goes_out_once_before_delete(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    """A reminder decided while Telegram failed waits in the outbox. The person's next message (/delete) first
    gets what was waiting for them, in order, once; then /delete erases the reminders, and nothing is sent again
    on later days (the 30-day one of 2027-05-02 included)."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *ielts("2025-06-01"), "[🔔 Remind me]", "[Yes, remind me]")
    clock.set(dt.date(2027, 3, 3), 18)
    tg.fail_next("sendMessage", "Internal Server Error", error_code=500, times=8)
    async with bot_with_clock(tg, db, clock, retry_delay=0.01) as bot:
        await wait_for(lambda: bot.app.bot_data["reminders"]._done_on == dt.date(2027, 3, 3))
        assert len(bot.repository.pending_replies(chat.user_id)) == 1
        assert reminders_in(chat, "IELTS") == []
        chat = chat_on(bot, tg)
        await chat.send("/delete")
        assert len(reminders_in(chat, "IELTS")) == 1, "what was waiting goes out first"
        await chat.click("Yes, delete everything")
        assert bot.repository.rows_about(chat.user_id) == 0
    for day in (dt.date(2027, 3, 4), dt.date(2027, 5, 2)):
        clock.set(day, 18)
        async with bot_with_clock(tg, db, clock) as bot:
            assert await bot.app.bot_data["reminders"].run() == 0
    (sent,) = reminders_in(chat, "IELTS")
    assert "expires on June 1, 2027, in 90 days." in sent
    with Repository(db) as repository:
        assert repository.pending_replies(chat.user_id) == []
        assert repository.reminder_settings(chat.user_id) is None
    bot.errors.check()


async def test_hours_that_leave_the_window_are_said_and_reminded(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Full time from 2023-12-01 to 2025-01-31 (428 days at 30 h a week counted: 1,834 h), nothing since: older
    hours leave the 3-year window day by day (RULES.md 1), and on 2027-02-03 it holds the last 364 days of the job,
    1,560 h: the last application day that meets the requirement. The verdict
    says so at a glance; a reminder goes out 60 days before (RULES.md 5: the 60 days an invitation leaves)."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2023-12-01", "[No]", "2025-01-31", "[40]", "[Yes]",
                         "[Yes]", "[No]", "[Yes]", "[No]", *ielts("2026-06-01"))
        glance = next(text for text in chat.texts if "You appear eligible" in text)
        assert "Only for an application made by February 3, 2027: older hours then leave the 3-year window." \
            in glance
        await chat.click("🔔 Remind me")
        assert "December 5, 2026: 60 days before February 3, 2027, the last day an application meets" \
            in chat.last_text
        await chat.click("Yes, remind me")
    clock.set(dt.date(2026, 12, 5), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "last day an application")) == 1)
    (sent,) = reminders_in(chat, "last day an application")
    assert "February 3, 2027, in 60 days, is the last day an application meets" in sent
    bot.errors.check()
