"""The bot's day is the date in Canada's westernmost time: an evening in Toronto is not yet tomorrow.

Tomás has worked 40 h a week as a software developer since January 5, 2026: 1,560 hours on January 4, 2027
(364 days at 30 h a week counted, RULES.md 1). At 21:00 in Toronto on January 3 it is already January 4 in UTC;
a bot counting UTC days told him he could apply that evening, a day short.
"""

from __future__ import annotations

import datetime as dt
import pathlib

from bot.plumbing.canada_day import canada_date
from bot.plumbing.settings import Settings
from bot.telegram_adapter.application import build_application
from storage import Repository

from .bot_fixtures import TOKEN, answer_all
from .fake_telegram import Chat, FakeRequest, FakeTelegram, collect_errors, running
from .screenings import EMPLOYEE, verdict_of

TOMAS = ["/start", "no", "yes", "software developer", "[21232]", "january 5 2026", "yes", "40", *EMPLOYEE, "no",
         "[IELTS General Training]", "2026-06-01", "7 7 7 7", "no"]


def at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2027, 1, day, hour, tzinfo=dt.UTC)


async def tomas_verdict(tg: FakeTelegram, db_path: pathlib.Path, moment: dt.datetime, user_id: int) -> str:
    """Tomás screened by the bot as deployed (no `today` given: the day comes from the clock)."""
    repository = Repository(db_path, now=lambda: moment)
    settings = Settings(telegram_bot_token=TOKEN, database_path=db_path, _env_file=None)
    app = build_application(settings, repository, request=FakeRequest(tg), now=lambda: moment)
    errors = collect_errors(app)
    try:
        async with running(app):
            chat = Chat(app, tg, user_id=user_id, first_name="Tomás")
            await answer_all(chat, *TOMAS)
            verdict = verdict_of(chat)
    finally:
        repository.close()
    errors.check()
    return verdict


async def test_an_evening_in_toronto_is_still_the_day_before(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    verdict = await tomas_verdict(tg, tmp_path / "bot.db", at(4, 2), 501)  # January 3, 21:00 in Toronto
    assert "Not yet eligible: you should qualify on January 4, 2027" in verdict
    assert "Assessed for an application made on January 3, 2027." in verdict


async def test_the_day_is_reached_once_it_has_begun_everywhere_in_canada(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    verdict = await tomas_verdict(tg, tmp_path / "bot.db", at(4, 9), 502)  # 01:00 in Vancouver, 04:00 in Toronto
    assert "You appear eligible for the Canadian Experience Class" in verdict
    assert "Assessed for an application made on January 4, 2027." in verdict


def test_the_date_is_never_later_than_anywhere_in_canada() -> None:
    # Newfoundland (UTC-3:30), Toronto in winter (UTC-5) and in summer (UTC-4), Vancouver (UTC-8 / UTC-7), Yukon
    # (UTC-7): every Canadian clock shows this date or a later one.
    offsets = [dt.timedelta(hours=-3, minutes=-30), dt.timedelta(hours=-2, minutes=-30), *(
        dt.timedelta(hours=h) for h in (-4, -5, -6, -7, -8))]
    for hour in range(0, 48):
        moment = dt.datetime(2027, 7, 3, tzinfo=dt.UTC) + dt.timedelta(hours=hour, minutes=45)
        day = canada_date(moment)
        assert all(day <= moment.astimezone(dt.timezone(offset)).date() for offset in offsets)
        assert day >= (moment - dt.timedelta(hours=8, minutes=1)).date()  # and at most 8 hours behind UTC


def test_a_moment_without_a_zone_is_read_as_utc() -> None:
    assert canada_date(dt.datetime(2027, 1, 4, 7, 59)) == dt.date(2027, 1, 3)
    assert canada_date(dt.datetime(2027, 1, 4, 8, 0)) == dt.date(2027, 1, 4)
