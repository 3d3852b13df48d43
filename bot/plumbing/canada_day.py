"""The bot's "today": the date in Canada's westernmost time, so that no verdict is ever a day early for anyone.

A person in Toronto at 20:00 is already on the next day in UTC; a bot counting UTC days would tell someone who
qualifies tomorrow that they may apply today, and an application made that evening would fall a day short.
Pacific Standard Time (UTC-8) is behind every Canadian clock all year (the Pacific zone's summer time is UTC-7,
Yukon's UTC-7, Newfoundland's UTC-3:30), so its date is never later than the date anywhere in Canada: a day
reached is reached for everyone, at worst a few hours late in the east. RULES.md does not say which clock IRCC
keeps; the earliest date is the careful reading. The terminal keeps the computer's own date (its user's day).
"""

from __future__ import annotations

import datetime as dt

WESTERNMOST = dt.timezone(dt.timedelta(hours=-8), "UTC-8")


def canada_date(moment: dt.datetime) -> dt.date:
    """The date somewhere in Canada is never earlier than this one (a naive moment is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(WESTERNMOST).date()
