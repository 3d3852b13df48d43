"""Reminders end to end: opt in after a result, the bot restarted across the due time, the reminder arriving
exactly once; cancel one, stop all, /delete. The fake Bot API and a clock the test moves."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import pathlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.plumbing.settings import Settings
from bot.scheduled.reminder_job import ReminderJob
from bot.screening.service import ScreeningService
from bot.telegram_adapter.application import build_application
from bot.terminal import LOCAL_USER_ID
from storage import Repository

from .bot_fixtures import TOKEN, Bot, answer_all
from .fake_telegram import Chat, FakeRequest, FakeTelegram, collect_errors, running
from .screenings import ELIGIBLE_SCREENING
from .test_odd_updates import forged

UTC = dt.UTC


class Clock:
    """The bot's clock: it moves only when the test says so."""

    def __init__(self, start: dt.datetime) -> None:
        self.current = start

    def __call__(self) -> dt.datetime:
        return self.current

    def set(self, day: dt.date, hour: int) -> None:
        self.current = dt.datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@contextlib.asynccontextmanager
async def bot_with_clock(tg: FakeTelegram, db_path: pathlib.Path, clock: Clock, **options: Any
                         ) -> AsyncIterator[Bot]:
    """One run of the bot on `db_path`, its days and hours from `clock`; waits for the reminders' wake at start."""
    repository = Repository(db_path, now=clock)
    settings = Settings(telegram_bot_token=TOKEN, database_path=db_path, _env_file=None)
    app = build_application(settings, repository, lambda: clock().date(), request=FakeRequest(tg), now=clock,
                            **options)
    errors = collect_errors(app)
    try:
        async with running(app):
            await wait_for(lambda: app.bot_data["reminders"]._done_on is not None or clock().hour < 17)
            yield Bot(app, repository, errors)
    finally:
        repository.close()


async def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.02)


def chat_on(bot: Bot, tg: FakeTelegram, language_code: str = "en") -> Chat:
    """The same person (same user id) talking to this run of the bot."""
    return Chat(bot.app, tg, language_code=language_code)


def reminders_in(chat: Chat, words: str) -> list[str]:
    """The reminders received (each ends with the line about /reminders) that contain `words`."""
    footers = ("/reminders: see, cancel or stop these messages.",
               "/reminders : voir, annuler ou arrêter ces messages.")
    return [text for text in chat.texts if any(footer in text for footer in footers) and words in text]


CRS_ANSWERS = ["[Estimate my CRS]", "1997-03-10", "[Single]", "[Bachelor's or 3+ year program]",
               "[Outside Canada, with an ECA]", "[No]", "[2 years]", "[No]", "[No]", "[No]"]


async def test_a_reminder_set_arrives_once_across_restarts(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, *CRS_ANSWERS)
        assert "CRS estimate: 470 points" in chat.last_text
        await chat.click("🔔 Remind me")
        offer = chat.last_text
        assert "March 3, 2027: 90 days before your IELTS General Training result expires on June 1, 2027" in offer
        assert "March 9, 2027: the day before you turn 30, when your CRS age points go from 110 to 105" in offer
        assert "May 2, 2027: 30 days before" in offer
        assert "before your ECA turns 5 years old" in offer and "I need the month it was issued" in offer
        assert "around 17:00 UTC" in offer
        await chat.click("Yes, remind me")
        assert "Reminders are on" in "\n".join(chat.texts)
        settings = bot.repository.reminder_settings(chat.user_id)
        assert settings is not None and settings.since == dt.date(2026, 11, 27)
    bot.errors.check()

    clock.set(dt.date(2027, 3, 3), 9)  # the due day, before the sending hour: nothing yet
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
        assert reminders_in(chat, "IELTS") == []
    clock.set(dt.date(2027, 3, 3), 18)  # the bot was down at 17:00: it catches up as it starts
    async with bot_with_clock(tg, db, clock) as bot:
        await wait_for(lambda: len(reminders_in(chat, "IELTS")) == 1)
    (sent,) = reminders_in(chat, "IELTS")
    assert "Your IELTS General Training result of June 1, 2025 expires on June 1, 2027, in 90 days." in sent
    assert "you would no longer be eligible for the Canadian Experience Class" in sent
    for day, hour in ((dt.date(2027, 3, 3), 20), (dt.date(2027, 3, 4), 18)):  # restarted again: nothing new
        clock.set(day, hour)
        async with bot_with_clock(tg, db, clock) as bot:
            assert await bot.app.bot_data["reminders"].run() == 0
    assert len(reminders_in(chat, "IELTS")) == 1
    with Repository(db) as repository:
        assert repository.reminders_sent(chat.user_id) == [("test_90", "2027-03-03", "2027-03-03")]
        assert repository.pending_replies(chat.user_id) == []
    bot.errors.check()


async def test_a_reminder_decided_but_not_delivered_is_delivered_once_after_a_restart(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, *CRS_ANSWERS, "[🔔 Remind me]", "[Yes, remind me]")
    clock.set(dt.date(2027, 3, 9), 18)  # the day before the 30th birthday
    tg.fail_next("sendMessage", "Internal Server Error", error_code=500, times=8)  # every retry fails
    async with bot_with_clock(tg, db, clock, retry_delay=0.01) as bot:
        job: ReminderJob = bot.app.bot_data["reminders"]
        await wait_for(lambda: job._done_on == dt.date(2027, 3, 9))
        assert reminders_in(chat, "you turn 30") == []
        assert len(bot.repository.pending_replies(chat.user_id)) == 1, "decided, recorded, waiting in the outbox"
    async with bot_with_clock(tg, db, clock) as bot:  # the next start delivers it; the job does not decide again
        await wait_for(lambda: len(reminders_in(chat, "you turn 30")) == 1)
        assert await bot.app.bot_data["reminders"].run() == 0
    (sent,) = reminders_in(chat, "you turn 30")
    assert "Tomorrow, March 10, 2027, you turn 30: your CRS age points go from 110 to 105" in sent
    bot.errors.check()


async def test_cancel_one_then_stop_all_then_nothing_is_sent(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, *CRS_ANSWERS, "[🔔 Remind me]", "[Yes, remind me]")
        await chat.send("/reminders")
        assert "Your reminders" in chat.last_text and "you turn 30" in chat.last_text
        assert "✖️ Cancel: birthdays that cost CRS points" in chat.buttons
        await chat.click("Cancel: birthdays that cost CRS points")
        assert "Cancelled: birthdays that cost CRS points." in "\n".join(chat.texts)
        assert "you turn 30" not in chat.last_text and "IELTS" in chat.last_text
        assert "✖️ Cancel: birthdays that cost CRS points" not in chat.buttons
    clock.set(dt.date(2027, 3, 9), 18)  # the birthday's day, cancelled; the 90-day test reminder, missed, is not
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
        assert reminders_in(chat, "you turn 30") == []
        (late,) = reminders_in(chat, "IELTS")
        assert "expires on June 1, 2027, in 84 days" in late
        chat = chat_on(bot, tg)
        await chat.send("/reminders")
        await chat.click("Stop all reminders")
        assert "All reminders are off" in chat.last_text
        assert bot.repository.reminder_settings(chat.user_id) is None
        await chat.send("/reminders")
        assert "Reminders are off" in chat.last_text
    clock.set(dt.date(2027, 5, 2), 18)  # the 30-day test reminder's day
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    assert len(reminders_in(chat, "")) == 1, "nothing after Stop all"
    bot.errors.check()


async def test_forged_reminder_buttons_get_the_stale_answer(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[🔔 Remind me]", "[Yes, remind me]")
        message = chat.last_bot_message
        label, text = message.buttons[0], message.shown_text
        for data in ("rem|x|everything", "rem|x|", "rem|stop|1", "rem|on|x", "rem", "rem|x|yearly|x"):
            # A stale press leaves the pressed message's text and takes its buttons: pressed as it was.
            query = tg.callback_update(chat.user_id, label, message_id=message.message_id, stale=True)
            query["callback_query"]["data"] = data
            before = len(chat.callback_answers)
            await chat.process(query)
            assert len(chat.callback_answers) == before + 1, "the spinner stops"
            assert "That button belongs to an earlier question." in chat.last_text, data
            assert (tg.get_message(chat.chat_id, message.message_id) or message).shown_text == text
        settings = bot.repository.reminder_settings(chat.user_id)
        assert settings is not None and settings.muted == [], "nothing forged was applied"
    bot.errors.check()


async def test_reminder_buttons_that_need_a_result_do_nothing_in_the_middle_of_a_screening(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The ECA's issue month, the offer and "Yes, remind me" belong under a result: pressed (or forged) while
    a screening is in progress they would write answers it is still changing, so they get the older-button
    reply and change nothing."""
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING[:5])  # in the middle of the first job
        assert "How many hours a week" in chat.last_text
        before = bot.repository.load_session(chat.user_id)
        for data in ("rem|eca|2024-01", "rem|eca|2024", "rem|eca", "rem|on", "rem|offer"):
            await chat.process(forged(tg, chat, data))
            assert "That button belongs to an earlier question." in chat.last_text, data
            assert "How many hours a week" in chat.last_text, data  # and the question in progress again
        after = bot.repository.load_session(chat.user_id)
        assert after is not None and before is not None
        assert (after.state, after.answers) == (before.state, before.answers), "nothing forged was applied"
        assert "_eca_issued" not in after.answers
        assert bot.repository.reminder_settings(chat.user_id) is None, "reminders not turned on"
        # /reminders in the middle of a screening offers no ECA month to give either.
        await chat.send("/reminders")
        assert "📅 Add my ECA's issue month" not in chat.buttons
    bot.errors.check()


async def test_delete_erases_the_reminders_too(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, *CRS_ANSWERS, "[🔔 Remind me]", "[Yes, remind me]")
    clock.set(dt.date(2027, 3, 3), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        await wait_for(lambda: len(reminders_in(chat, "IELTS")) == 1)
        chat = chat_on(bot, tg)
        await chat.send("/privacy")
        assert "which reminder was sent on which day" in "\n".join(chat.texts[-3:])  # in parts (issue 16)
        await chat.send("/delete")
        await chat.click("Yes, delete everything")
        assert bot.repository.rows_about(chat.user_id) == 0
        assert bot.repository.reminder_settings(chat.user_id) is None
    clock.set(dt.date(2027, 3, 9), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
        assert bot.repository.rows_about(chat.user_id) == 0
    assert reminders_in(chat, "you turn 30") == []
    bot.errors.check()


async def test_un_rappel_le_jour_ou_l_on_devient_admissible(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        # Un emploi à 40 h/semaine depuis le 2 mars 2026 : 1 560 heures le 1er mars 2027.
        await answer_all(chat, "[Non]", "[Oui]", "21232", "2026-03-02", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]",
                         "[Oui]", "[Non]", "[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[Non]")
        assert any("Pas encore admissible" in text for text in chat.texts)
        await chat.click("🔔 M'envoyer des rappels")
        offer = chat.last_text
        assert "Je peux vous écrire à ces dates :" in offer
        assert "1er mars 2027 : le jour où vous devriez devenir admissible (1 560 heures de travail" in offer
        assert "vers 17 h UTC" in offer
        await chat.click("Oui, envoyez-moi des rappels")
        assert "Les rappels sont activés" in "\n".join(chat.texts)
        await chat.send("/reminders")
        assert "✖️ Annuler : le jour où vous devenez admissible" in chat.buttons
        assert "🛑 Arrêter tous les rappels" in chat.buttons
    clock.set(dt.date(2027, 3, 1), 17)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "admissible")) == 1)
    clock.set(dt.date(2027, 3, 1), 23)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    (sent,) = reminders_in(chat, "admissible")
    assert "Aujourd'hui, le 1er mars 2027, selon vos réponses, vous remplissez l'exigence" in sent
    assert "/reminders : voir, annuler ou arrêter ces messages." in sent
    bot.errors.check()


def _sends_to(tg: FakeTelegram, chat: Chat) -> int:
    return sum(1 for call in tg.calls
               if call.method == "sendMessage" and call.params.get("chat_id") == chat.chat_id)


async def test_a_user_who_blocked_the_bot_is_skipped(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, *CRS_ANSWERS, "[🔔 Remind me]", "[Yes, remind me]")
    chat.block()  # Telegram now answers 403 Forbidden; the bot learns it when it tries
    clock.set(dt.date(2027, 3, 3), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and user.blocked, "flagged by the Forbidden answer"
        assert [kind for kind, _, _ in bot.repository.reminders_sent(chat.user_id)] == ["test_90"]
        assert bot.repository.pending_replies(chat.user_id) == [], "never retried"
    attempts = _sends_to(tg, chat)
    clock.set(dt.date(2027, 3, 9), 18)  # the birthday reminder's day: no call at all for this user
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    assert _sends_to(tg, chat) == attempts
    assert reminders_in(chat, "") == []
    bot.errors.check()


async def test_a_429_is_waited_out_and_the_reminder_sent_once(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # as `cec-screener run` sets it
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[🔔 Remind me]", "[Yes, remind me]")
    tg.fail_next("sendMessage", "Too Many Requests: retry after 1", error_code=429, retry_after=1)
    clock.set(dt.date(2027, 3, 3), 18)
    started = asyncio.get_running_loop().time()
    async with bot_with_clock(tg, db, clock) as bot:
        await wait_for(lambda: len(reminders_in(chat, "IELTS")) == 1)
    assert asyncio.get_running_loop().time() - started >= 1.0, "Telegram's retry_after is honoured"
    assert len(reminders_in(chat, "IELTS")) == 1
    (refused,) = [c for c in tg.failed_calls if c.method == "sendMessage"]
    assert refused.error is not None and "Too Many Requests" in refused.error
    bot.errors.check()


async def test_remind_me_again_says_they_are_on_and_brings_back_a_cancelled_kind(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, *CRS_ANSWERS, "[🔔 Remind me]", "[Yes, remind me]")
        result = next(m for m in reversed(chat.bot_messages) if "🔔 Remind me" in m.buttons)
        await chat.send("/reminders")
        await chat.click("✖️ Cancel: birthdays that cost CRS points")
        await chat.click("🔔 Remind me", message_id=result.message_id)
        assert "Your reminders are already on" in chat.last_text
        assert "the day before you turn 30" in chat.last_text
        await chat.click("Yes, remind me")
        settings = bot.repository.reminder_settings(chat.user_id)
        assert settings is not None and settings.muted == [] and settings.since == dt.date(2026, 11, 27)
    bot.errors.check()


def test_the_terminal_chat_says_it_cannot_send_reminders(tmp_path: pathlib.Path) -> None:
    with Repository(tmp_path / "t.db") as repository:
        service = ScreeningService(repository, lambda: dt.date(2026, 11, 27))
        service.start(LOCAL_USER_ID, "fr")
        outcome = service.button(LOCAL_USER_ID, "fr", "rem|on")
        assert outcome.messages[0].text.startswith("Les rappels arrivent par messages Telegram")
        assert service.command(LOCAL_USER_ID, "en", "reminders").messages[0].text.startswith(
            "Reminders come as Telegram messages")
        assert repository.reminder_settings(LOCAL_USER_ID) is None


async def test_a_reply_still_waiting_goes_out_before_the_reminder(tg: FakeTelegram,
                                                                  tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[🔔 Remind me]", "[Yes, remind me]")
    clock.set(dt.date(2027, 3, 3), 9)
    async with bot_with_clock(tg, db, clock, retry_delay=0.01) as bot:
        chat = chat_on(bot, tg)
        tg.fail_next("sendMessage", "Bad Gateway", error_code=502, times=8)  # every try of the next reply fails
        await chat.send("/back")  # a change of state: its reply is committed in the outbox, then fails
        (waiting,) = bot.repository.pending_replies(chat.user_id)
        first_line = waiting.reply["parts"][0]["text"].split("\n")[0]
        clock.set(dt.date(2027, 3, 3), 17)
        assert await bot.app.bot_data["reminders"].run() == 1
        texts = chat.texts
        (back,) = [i for i, text in enumerate(texts) if text.startswith(first_line)]
        (reminder,) = [i for i, text in enumerate(texts) if text in reminders_in(chat, "IELTS")]
        assert back < reminder, "in the order they were committed"
        assert bot.repository.pending_replies(chat.user_id) == []
    bot.errors.check()


async def test_the_eca_issue_month_given_brings_a_reminder_before_it_turns_5(tg: FakeTelegram,
                                                                              tmp_path: pathlib.Path) -> None:
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2026, 11, 27, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, *CRS_ANSWERS, "[🔔 Remind me]", "[Yes, remind me]")
        await chat.click("📅 Add my ECA's issue month")
        assert "When was your ECA issued?" in chat.last_text
        assert chat.buttons == ["2026", "2025", "2024", "2023", "2022", "2021"]
        await chat.click("2021")
        assert chat.buttons == ["Dec"], "an ECA of November 2021 is 5 years old already"
        months = chat.last_bot_message.message_id
        for forged in ("rem|eca|2020", "rem|eca|2021-10", "rem|eca|2027-01", "rem|eca|2022-13", "rem|eca|22-05"):
            query = tg.callback_update(chat.user_id, "Dec", message_id=months, stale=True)
            query["callback_query"]["data"] = forged
            await chat.process(query)
            assert "That button belongs to an earlier question." in chat.last_text, forged
        await chat.send("/reminders")
        await chat.click("📅 Add my ECA's issue month")
        await chat.click("2022")
        assert chat.buttons[:2] == ["Jan", "Feb"]
        await chat.click("May")
        text = "\n".join(chat.texts)
        assert "Noted: your ECA was issued in May 2022. It counts for the CRS until May 2027." in text
        assert "January 31, 2027: 90 days before your ECA, issued in May 2022, turns 5 years old in May 2027" \
            in text
        assert "📅 Add my ECA's issue month" not in chat.buttons
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["_eca_issued"] == "2022-05"
    clock.set(dt.date(2027, 1, 31), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "ECA")) == 1)
    (sent,) = reminders_in(chat, "ECA")
    assert "Your ECA, issued in May 2022, turns 5 years old in May 2027, in about 90 days." in sent
    assert "your foreign credential earns no CRS points until you get a new ECA" in sent
    bot.errors.check()
