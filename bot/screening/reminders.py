"""Reminders, the user's side: "🔔 Remind me" after a result, its confirmation, /reminders, cancel, stop.

Each change (on, a kind cancelled, all stopped) is committed by the repository before the reply that says so
is returned, so the reply is never ahead of the database. Sending the reminders is bot/scheduled/reminder_job.py's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from flows import reminders as talk
from flows.replies import OutMessage
from storage import Repository

NEED_A_RESULT = ("offer", "on", "eca")  # shown only under a result (the others: wherever /reminders is)
SEND_HOUR_UTC = 17  # 12:00 in Toronto and 9:00 in Vancouver in winter (settings: REMINDERS_HOUR_UTC)


class ReminderActions:
    def __init__(self, repository: Repository, today: Callable[[], dt.date], hour: int = SEND_HOUR_UTC) -> None:
        self.repository, self.today, self.hour = repository, today, hour

    def _plan(self, answers: dict[str, Any], answered_on: dt.date | None, since: dt.date,
              muted: list[str]) -> tuple[list[talk.Reminder], bool]:
        today = self.today()
        return talk.plan(answers, since, answered_on or today, today, muted)

    def listing(self, user_id: int, lang: str, answers: dict[str, Any] | None,
                answered_on: dt.date | None, at_result: bool = True) -> list[OutMessage]:
        """/reminders: what is scheduled, each with a cancel button, and "Stop all" (and the ECA's issue month
        to give, only `at_result`: it joins the answers, which a screening in progress is still changing)."""
        if user_id <= 0:
            return [talk.notice("not_here", lang)]
        settings = self.repository.reminder_settings(user_id)
        if settings is None:
            return [talk.list_message(None, lang, self.today(), answers=answers)]
        reminders, eca = self._plan(answers or {}, answered_on, settings.since, settings.muted)
        return [talk.list_message(reminders, lang, self.today(), eca=eca and answers is not None and at_result)]

    def button(self, user_id: int, lang: str, rest: str, answers: dict[str, Any] | None,
               answered_on: dt.date | None, at_result: bool = True) -> tuple[list[OutMessage], bool] | None:
        """A reminders button: the messages, and whether `answers` changed (the service saves them with the
        reply). None when its data is not one of ours (forged or from an older version), or when it needs a
        result on screen (`at_result`) and the screening is in progress: the offer, turning reminders on and
        the ECA's issue month are shown only under a result, and are computed from (or join) its answers."""
        parsed = talk.parse_button(rest)
        if parsed is None:
            return None
        if user_id <= 0:  # the terminal chat's local user (bot/terminal.py): nothing can reach it later
            return [talk.notice("not_here", lang)], False
        if parsed[0] in NEED_A_RESULT and not at_result:
            return None
        action, value = parsed
        if action == "eca":
            return self._eca(user_id, lang, value, answers, answered_on)
        messages = self._settings_button(user_id, lang, action, value, answers, answered_on, at_result)
        return (messages, False) if messages is not None else None

    def _settings_button(self, user_id: int, lang: str, action: str, kind: str | None,
                         answers: dict[str, Any] | None, answered_on: dt.date | None,
                         at_result: bool) -> list[OutMessage] | None:
        today = self.today()
        if action == "offer":
            if answers is None:
                return None
            settings = self.repository.reminder_settings(user_id)
            since = settings.since if settings is not None else today
            reminders, eca = self._plan(answers, answered_on, since, [])
            return [talk.offer_message(reminders, eca, lang, today, self.hour, already_on=settings is not None)]
        if action == "on":
            if answers is None:
                return None
            self.repository.turn_on_reminders(user_id, today, lang)
            return [talk.notice("on", lang), *self.listing(user_id, lang, answers, answered_on, at_result)]
        if action == "no":
            return [talk.notice("declined", lang)]
        if action == "stop":
            self.repository.stop_reminders(user_id)
            return [talk.notice("stopped", lang)]
        assert kind is not None
        if not self.repository.mute_reminder(user_id, kind):
            return [talk.list_message(None, lang, today)]
        return [talk.notice("cancelled", lang, kind=kind),
                *self.listing(user_id, lang, answers, answered_on, at_result)]

    def _eca(self, user_id: int, lang: str, value: str | None, answers: dict[str, Any] | None,
             answered_on: dt.date | None) -> tuple[list[OutMessage], bool] | None:
        """The ECA's issue month, year then month; stored with the answers (the dates are computed from them)."""
        today = self.today()
        if answers is None:
            return None
        if value is None or len(value) == 4:
            question = talk.eca_question(lang, today, int(value) if value else None)
            return ([question], False) if question is not None else None
        issued = talk.eca_month(value, today)
        if issued is None:
            return None
        answers[talk.ECA_ISSUED] = value
        return [talk.eca_saved(issued, lang), *self.listing(user_id, lang, answers, answered_on)], True


def replaces_pressed(rest: str) -> bool:
    """Every reminders button but "Remind me" answers the message it sits on (the offer, the list)."""
    return not rest.startswith("offer")
