"""The result menus: reminders, "How can I raise my score?", "What if I apply later?", the charts and the latest
rounds."""

from __future__ import annotations

import datetime as dt

from bot.screening.turns import Outcome, TurnStore
from eligibility.rounds import seed
from flows import conversation as talk
from flows import improvements_view, quebec, rounds_view
from flows.chart_replies import chart_reply
from flows.machine import CHECKPOINTS


class ResultMenus(TurnStore):
    """What the buttons under a result do; each reads the saved screening and answers from it."""

    def _stale(self, user_id: int, lang: str) -> Outcome:
        """The reply to a button that no longer applies (ScreeningService shows the current question)."""
        raise NotImplementedError

    def _reminders(self, user_id: int, lang: str, rest: str | None) -> Outcome:
        """A reminders button (`rest`), or /reminders (None): screening/reminders.py, from the stored answers."""
        screening, record = self._load(user_id)
        answers = screening.answers if screening is not None else None
        answered_on = dt.date.fromisoformat(record.updated_at[:10]) if record and record.updated_at else None
        at_result = screening is not None and screening.state in CHECKPOINTS
        if rest is None:
            return Outcome(self.reminders.listing(user_id, lang, answers, answered_on, at_result), language=lang)
        done = self.reminders.button(user_id, lang, rest, answers, answered_on, at_result)
        if done is None:
            return self._stale(user_id, lang)
        messages, changed = done
        if changed and screening is not None:  # the ECA's issue month joined the answers: saved with the reply
            self._save(user_id, screening, None, record)
        return Outcome(messages, language=lang)

    def _improvements(self, user_id: int, lang: str, value: str) -> Outcome:
        """"How can I raise my score?" and the partner comparison (flows/improvements_view.py)."""
        screening, record = self._load(user_id)
        today = self.today()
        reply = (improvements_view.handle(screening, value, lang, today, talk.planned_day(screening, today))
                 if screening and talk.crs_ready(screening) else None)  # never from a CRS missing answers
        if screening is None or reply is None:
            return self._stale(user_id, lang)
        if not reply.changed:
            return Outcome(reply.messages, language=lang)
        return self._finish(user_id, screening, record, reply, lang)


    def _plan(self, user_id: int, lang: str, value: str) -> Outcome:
        """"What if I apply later?": a month to choose, then the result as of its first day (saved)."""
        screening, record = self._load(user_id)
        reply = talk.plan(screening, value, lang, self.today()) if screening else None
        if screening is None or reply is None:
            return self._stale(user_id, lang)
        return self._finish(user_id, screening, record, reply, lang)

    def _chart(self, user_id: int, lang: str, which: str) -> Outcome:
        """A chart of the result shown: a photo described as data (drawn when sent), then its facts in text."""
        screening, _ = self._load(user_id)
        reply = (chart_reply(screening, which, lang, talk.planned_day(screening, self.today()), self.today(),
                             talk.crs_ready(screening)) if screening else None)
        if reply is None:
            return self._stale(user_id, lang)
        return Outcome(reply.messages, language=lang)

    def _rounds(self, user_id: int, lang: str) -> Outcome:
        """/rounds: the latest round of each program and category, against the person's latest CRS estimate."""
        stored = self.repository.latest_crs(user_id)
        person = None if stored is None else rounds_view.Standing(
            stored[0], stored[1], stored[2], dt.datetime.fromisoformat(stored[3]).date(),
            dt.date.fromisoformat(stored[4]) if stored[4] else None, stored[5], stored[6],
            None if stored[7] is None else stored[7] == "eligible")
        rounds = self.rounds or seed()
        screening, _ = self._load(user_id)  # answers that now say Quebec: no estimate compared (RULES.md 8)
        in_quebec = screening is not None and quebec.stays_in_quebec(screening.answers)
        return Outcome([rounds_view.listing(rounds, person, lang, self.today(), in_quebec)], language=lang)
