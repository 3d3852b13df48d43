"""What the bot does for one user action, front-end free: load, converse, save, then say what to show.

Telegram and the terminal chat both call this service; it commits every answer and the new state to
SQLite before returning, so nothing is sent to the user about an answer that is not yet on disk.

A front end that delivers replies through the outbox (Telegram) wraps each user action in a turn:
`begin` reads the user and the session once, the action stages what it changes, and `commit` writes it,
with the reply to deliver, in one transaction. Without a turn (the terminal chat), each save is written
at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from bot import round_alerts
from bot.reminders import ReminderActions, replaces_pressed
from eligibility.rounds import Rounds
from eligibility.tables import rules_version
from flows import conversation as talk
from flows import improvements_view, result_view
from flows.chart_replies import chart_reply
from flows.conversation import Button, OutMessage, Reply, h
from flows.machine import CHECKPOINTS, FIRST, STATES, Screening
from flows.texts import catalog, normalize_language
from storage import Repository, SessionRecord, UserRecord

logger = logging.getLogger(__name__)
LAST_UPDATE = "_last_update"  # the Telegram update that gave the latest answer (a redelivery is not applied)
COMMANDS = ("start", "help", "back", "summary", "restart", "language", "privacy", "delete", "cancel", "reminders")
RETENTION_DAYS = 180


@dataclass
class Outcome:
    """What a front end must show after one user action."""

    messages: list[OutMessage] = field(default_factory=list)
    echo: str | None = None  # the accepted answer, shown above what comes next
    toast: str | None = None  # a short notice for a button press (e.g. a stale button)
    language: str = "en"
    replace: bool = False  # the reply takes the place of the message whose button was pressed
    stale: bool = False  # the press was of a button that no longer applies


@dataclass
class Turn:
    """One user action in progress: what was read at its start, what to write at its end."""

    user_id: int
    lang: str
    update_id: int | None
    user: UserRecord | None
    record: SessionRecord | None
    redelivered: bool = False  # Telegram sent an update already applied (e.g. after a crash)
    session: SessionRecord | None = None  # staged: the new state and answers
    verdict: tuple[dict[str, Any], str] | None = None  # staged: a verdict and its rules version
    unblock: bool = False
    deleted: bool = False

    @property
    def changed(self) -> bool:
        return self.session is not None or self.verdict is not None


# Button kinds whose reply replaces the pressed message (a question answered, a picker page turned, a confirmation
# settled), so that its buttons go away with the same call that shows what comes next.
_IN_PLACE = ("a", "back", "restart", "lang", "del", "pick", "teer", "retype", "plan")


def _number(text: str, default: int) -> int:
    """An index from callback data, which the client may forge: ASCII digits only, never an exception."""
    return int(text) if text.isascii() and text.isdigit() and len(text) < 6 else default


class ScreeningService:
    def __init__(self, repository: Repository, today: Callable[[], dt.date]) -> None:
        self.repository = repository
        self.today = today
        self._turns: dict[int, Turn] = {}
        self.rounds: Rounds | None = None  # what verdicts compare with: set from the database (bot/rounds_job.py)
        self.reminders = ReminderActions(repository, today)

    # -- turns: one read, one write per user action -------------------------------------------------------
    def begin(self, user_id: int, telegram_code: str | None = None, update_id: int | None = None) -> Turn:
        """Read the user and their screening once; the action's saves are staged until `commit`.

        Nothing is written for someone who only looks around: the user row is created by the first save.
        """
        user, record = self.repository.load_turn(user_id)
        lang = user.language if user is not None else normalize_language(telegram_code)
        last = record.answers.get(LAST_UPDATE, -1) if record is not None else -1
        turn = Turn(user_id, lang, update_id, user, record,
                    redelivered=update_id is not None and isinstance(last, int) and last >= update_id,
                    unblock=user is not None and user.blocked)
        self._turns[user_id] = turn
        return turn

    def commit(self, turn: Turn, reply: dict[str, Any] | None = None) -> int | None:
        """Write what the action changed, with `reply` (plain data) queued in the outbox, in one transaction.

        Returns the outbox id of the reply, or None when nothing changed (the reply then needs no row: the
        same update sent again after a crash gives the same reply).
        """
        self._turns.pop(turn.user_id, None)
        if turn.deleted:
            return None
        # A reply that changes nothing (a question shown again, an answer refused) is committed too when the user
        # has a row, with the update marked handled: a crash while it is sent then leaves it to the outbox, which
        # knows whether it arrived, instead of handling the update again. Someone who only looks around (no
        # row yet) gets no row for it: their update is marked once answered.
        keep = turn.changed or (reply is not None and turn.user is not None and turn.update_id is not None)
        if not (keep or turn.unblock):
            return None
        return self.repository.commit_turn(
            turn.user_id, language=turn.lang, session=turn.session, verdict=turn.verdict, unblock=turn.unblock,
            reply=reply if keep else None, update_id=turn.update_id)

    def abandon(self, turn: Turn) -> None:
        """The action failed: nothing it staged is written."""
        self._turns.pop(turn.user_id, None)

    # -- users and sessions ----------------------------------------------------------------------------
    def language(self, user_id: int, telegram_code: str | None = None) -> str:
        """The user's language: chosen with /language, else their Telegram app's, else English (no write)."""
        user = self.repository.get_user(user_id)
        return user.language if user is not None else normalize_language(telegram_code)

    def _load(self, user_id: int) -> tuple[Screening | None, SessionRecord | None]:
        turn = self._turns.get(user_id)
        record = (turn.session or turn.record) if turn is not None else self.repository.load_session(user_id)
        if record is None:
            return None, None
        if record.state not in STATES:  # saved by an older flow: keep the answers, walk them again
            screening = Screening(FIRST, record.answers, [])
        else:
            screening = Screening(record.state, record.answers, record.history)
        screening.rounds = self.rounds
        return screening, record

    def _save(self, user_id: int, screening: Screening, reply: Reply | None = None,
              record: SessionRecord | None = None, update_id: int | None = None) -> None:
        """The answer, the new state and any verdict, committed in one transaction (staged within a turn)."""
        turn = self._turns.get(user_id)
        if turn is not None and turn.update_id is not None:
            update_id = turn.update_id
        if update_id is not None:
            screening.answers[LAST_UPDATE] = update_id
        new = SessionRecord(user_id=user_id, state=screening.state, answers=screening.answers,
                            history=screening.history, flow_version=talk.FLOW_VERSION,
                            question_message_id=record.question_message_id if record else None)
        verdict = (reply.result, rules_version()) if reply is not None and reply.result is not None else None
        if turn is not None:
            turn.session = new
            turn.verdict = verdict or turn.verdict
        elif verdict is not None:
            self.repository.save_verdict(user_id, verdict[0], verdict[1], session=new)
        else:
            self.repository.save_session(new)

    # -- actions ----------------------------------------------------------------------------------------
    def start(self, user_id: int, lang: str, name: str = "") -> Outcome:
        """/start: a new screening, or the choice to resume the one in progress."""
        c = catalog(lang)
        screening, _ = self._load(user_id)
        if screening is not None and screening.started:
            # Where they were, at once, in one message (a reply in two could be cut in half by a crash): a typed
            # reply then answers the question they can see; starting over is one more button under it.
            first, *rest = talk.show(screening, lang, self.today()).messages
            start_over = ([] if screening.state in CHECKPOINTS  # the result's menu has its own
                          else [[Button(c.t("button.start_over"), "cmd|restart")]])
            welcome_back = dataclasses.replace(first, text=f"{h(c.t('bot.resume_or_restart'))}\n\n{first.text}",
                                               buttons=[*first.buttons, *start_over])
            return Outcome([welcome_back, *rest], language=lang)
        screening = talk.new_screening()
        self._save(user_id, screening)
        welcome = OutMessage(h(c.t("bot.welcome", name=f" {name}" if name else "")))
        return Outcome([welcome, *talk.show(screening, lang, self.today()).messages], language=lang)

    def confirm_restart(self, user_id: int, lang: str) -> Outcome:
        """Starting over erases the answers: ask first when there are any."""
        screening, _ = self._load(user_id)
        if screening is None or not screening.started:
            return self.restart(user_id, lang)
        c = catalog(lang)
        buttons = [[Button(c.t("button.restart_yes"), "restart|yes")],
                   [Button(c.t("button.restart_no"), "restart|no")]]
        return Outcome([OutMessage(h(c.t("bot.restart_confirm")), buttons)], language=lang)

    def restart(self, user_id: int, lang: str) -> Outcome:
        screening = talk.new_screening()
        self._save(user_id, screening)
        notice = OutMessage(h(catalog(lang).t("bot.restarted")))
        return Outcome([notice, *talk.show(screening, lang, self.today()).messages], language=lang)

    def current(self, user_id: int, lang: str) -> Outcome:
        screening, _ = self._load(user_id)
        if screening is None:
            return Outcome([OutMessage(h(catalog(lang).t("err.no_screening")))], language=lang)
        reply = talk.show(screening, lang, self.today())
        return Outcome(reply.messages, language=lang)

    def back_to_result(self, user_id: int, lang: str) -> Outcome:
        """"Back to my result" / "Continue": the question in progress, or a short card pointing up to the result
        (sent in full before, it is still in the chat; a button sends it again)."""
        screening, _ = self._load(user_id)
        if screening is None or screening.state not in CHECKPOINTS:
            return self.current(user_id, lang)
        full = talk.show(screening, lang, self.today())
        return Outcome(result_view.card(screening, full, lang).messages, language=lang)

    def details(self, user_id: int, lang: str) -> Outcome:
        """The whole verdict behind its first screen: each requirement, the hours, the next steps."""
        screening, _ = self._load(user_id)
        if screening is None or screening.state not in CHECKPOINTS:
            return self.current(user_id, lang)
        try:
            result = talk.result_for(screening, lang, self.today())
        except ValidationError:
            return self.current(user_id, lang)
        return Outcome(result_view.details(result, lang, screening.answers).messages, language=lang)

    def text(self, user_id: int, lang: str, text: str, update_id: int | None = None) -> Outcome:
        """A typed answer to the current question."""
        screening, record = self._load(user_id)
        if screening is None:
            return self.start(user_id, lang)
        reply = talk.handle_text(screening, text, lang, self.today())
        return self._finish(user_id, screening, record, reply, lang, update_id)

    def button(self, user_id: int, lang: str, data: str, update_id: int | None = None) -> Outcome:
        """A button press; the callback data says which question or command it belongs to.

        Callback data comes from the client and can be forged: data that does not parse gets the kind
        answer of a stale button, never an exception.
        """
        kind, _, rest = data.partition("|")
        try:
            outcome = self._button(user_id, lang, kind, rest, update_id)
        except (ValueError, KeyError, IndexError, TypeError) as error:
            # Forged data lands here by design; so would a bug: say which, without the data (it is the user's).
            logger.warning("a %r button was answered as stale: %s", kind[:8], type(error).__name__,
                           exc_info=logger.isEnabledFor(logging.DEBUG))
            turn = self._turns.get(user_id)
            if turn is not None:  # the failed attempt may have changed the answers in memory: read them again
                turn.session, turn.verdict = None, None
                turn.record = self.repository.load_session(user_id)
            return self._stale(user_id, lang)
        in_place = kind in _IN_PLACE or (kind == "rem" and replaces_pressed(rest))
        # A stale press turns the pressed message into the current question rather than adding a copy of it
        # below: copies pile up, and a person answering one of them answers a question twice. A result is never
        # replaced (flows/result_view.py): what follows it starts in a new message.
        keeps = result_view.presses_result(data)
        outcome.replace = ((in_place and outcome.toast is None) or outcome.stale) and not keeps
        return outcome

    def _button(self, user_id: int, lang: str, kind: str, rest: str, update_id: int | None) -> Outcome:
        if kind == "a":
            key, _, value = rest.partition("|")
            return self._answer_button(user_id, lang, key, value, update_id)
        if kind == "back":
            return self._if_current(user_id, lang, rest, self.back)
        if kind == "edit":
            question_id, _, index = rest.partition("|")
            return self.edit(user_id, lang, question_id, _number(index, 0))
        if kind == "cmd":
            return {"summary": self.summary, "restart": self.confirm_restart, "continue": self.back_to_result,
                    "full": self.current, "details": self.details}.get(rest, self.current)(user_id, lang)
        if kind == "remove":
            what, _, index = rest.partition("|")
            index, _, ident = index.partition("|")
            return self.remove(user_id, lang, what, _number(index, -1), ident or None)
        if kind == "restart":
            return self.restart(user_id, lang) if rest == "yes" else self.current(user_id, lang)
        if kind == "lang":
            return self.set_language(user_id, rest)
        if kind == "del":
            return self.delete(user_id, lang) if rest == "yes" else Outcome(
                [OutMessage(h(catalog(lang).t("bot.delete_kept")))], language=lang)
        if kind in ("pick", "teer", "retype"):
            key, _, value = rest.partition("|")
            return self._picker(user_id, lang, kind, key, value)
        if kind == "plan":
            return self._plan(user_id, lang, rest)
        if kind == improvements_view.PREFIX:
            return self._improvements(user_id, lang, rest)
        if kind == "rem":
            return self._reminders(user_id, lang, rest)
        if kind == "ralert":  # round alerts on or off (bot/round_alerts.py), written before the reply
            return Outcome(round_alerts.on_button(self.repository, user_id, lang, rest), language=lang)
        if kind == "chart":
            return self._chart(user_id, lang, rest)
        return self._stale(user_id, lang)

    def _reminders(self, user_id: int, lang: str, rest: str | None) -> Outcome:
        """A reminders button (`rest`), or /reminders (None): bot/reminders.py, from the stored answers."""
        screening, record = self._load(user_id)
        answers = screening.answers if screening is not None else None
        answered_on = dt.date.fromisoformat(record.updated_at[:10]) if record and record.updated_at else None
        if rest is None:
            return Outcome(self.reminders.listing(user_id, lang, answers, answered_on), language=lang)
        done = self.reminders.button(user_id, lang, rest, answers, answered_on)
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
                 if screening else None)
        if screening is None or reply is None:
            return self._stale(user_id, lang)
        if not reply.changed:
            return Outcome(reply.messages, language=lang)
        return self._finish(user_id, screening, record, reply, lang)

    def _picker(self, user_id: int, lang: str, kind: str, key: str, value: str) -> Outcome:
        """A step towards an answer (a page of the date picker, the TEER levels): nothing to save."""
        screening, _ = self._load(user_id)
        reply = talk.handle_picker(screening, kind, key, value, lang, self.today()) if screening else None
        if reply is None:
            return self._stale(user_id, lang)
        return Outcome(reply.messages, language=lang)

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
        reply = (chart_reply(screening, which, lang, talk.planned_day(screening, self.today()), self.today())
                 if screening else None)
        if reply is None:
            return self._stale(user_id, lang)
        return Outcome(reply.messages, language=lang)

    def _if_current(self, user_id: int, lang: str, key: str, action: Callable[[int, str], Outcome]) -> Outcome:
        screening, _ = self._load(user_id)
        if screening is None or key != talk.question_key(screening):
            return self._stale(user_id, lang)
        return action(user_id, lang)

    def _answer_button(self, user_id: int, lang: str, key: str, value: str, update_id: int | None) -> Outcome:
        screening, record = self._load(user_id)
        if screening is None:
            return self._stale(user_id, lang)
        reply = talk.handle_button(screening, key, value, lang, self.today())
        if reply is None:
            return self._stale(user_id, lang)
        return self._finish(user_id, screening, record, reply, lang, update_id)

    def _stale(self, user_id: int, lang: str) -> Outcome:
        outcome = self.current(user_id, lang)
        outcome.toast = catalog(lang).t("err.stale")
        outcome.stale = True
        outcome.messages.insert(0, OutMessage(h(outcome.toast)))
        return outcome

    def back(self, user_id: int, lang: str) -> Outcome:
        screening, record = self._load(user_id)
        if screening is None:
            return self.current(user_id, lang)
        reply = talk.go_back(screening, lang, self.today())
        return self._finish(user_id, screening, record, reply, lang)

    def summary(self, user_id: int, lang: str) -> Outcome:
        screening, _ = self._load(user_id)
        if screening is None:
            return self.current(user_id, lang)
        return Outcome(talk.summary(screening, lang).messages, language=lang)

    def edit(self, user_id: int, lang: str, question_id: str, index: int) -> Outcome:
        screening, record = self._load(user_id)
        if screening is None:
            return self.current(user_id, lang)
        reply = talk.edit(screening, question_id, index, lang, self.today())
        return self._finish(user_id, screening, record, reply, lang)

    def remove(self, user_id: int, lang: str, kind: str, index: int, ident: str | None = None) -> Outcome:
        """Remove a job or a test from the summary."""
        screening, record = self._load(user_id)
        if screening is None:
            return self.current(user_id, lang)
        reply = talk.remove_item(screening, kind, index, lang, self.today(), ident)
        return self._finish(user_id, screening, record, reply, lang)

    def set_language(self, user_id: int, lang: str) -> Outcome:
        lang = normalize_language(lang)
        self.repository.set_language(user_id, lang)
        turn = self._turns.get(user_id)
        if turn is not None:
            turn.lang, turn.unblock = lang, False  # set_language wrote the user row
        screening, _ = self._load(user_id)
        outcome = self.current(user_id, lang) if screening is not None else Outcome(language=lang)
        outcome.messages.insert(0, OutMessage(h(catalog(lang).t("bot.language_set"))))
        return outcome

    def delete(self, user_id: int, lang: str) -> Outcome:
        """Erase every row about the user; the goodbye is in the language they used."""
        self.repository.delete_user(user_id)
        turn = self._turns.get(user_id)
        if turn is not None:  # nothing of the turn may bring a row back
            turn.deleted, turn.record, turn.session, turn.verdict = True, None, None, None
        return Outcome([OutMessage(h(catalog(lang).t("bot.deleted")))], language=lang)

    def command(self, user_id: int, lang: str, name: str, first_name: str = "") -> Outcome:
        """The slash commands, shared by Telegram and the terminal."""
        c = catalog(lang)
        if name == "start":
            return self.start(user_id, lang, first_name)
        if name == "restart":
            return self.confirm_restart(user_id, lang)
        if name == "back":
            return self.back(user_id, lang)
        if name == "summary":
            return self.summary(user_id, lang)
        if name in ("help", "privacy"):
            text = c.t("bot.help") if name == "help" else (
                f"{c.t('bot.privacy', days=RETENTION_DAYS)}\n\n{c.t('delivery.privacy')}\n\n"
                f"{c.t('reminders.privacy')}\n\n"
                f"{c.t('rounds.privacy')}\n\n{c.t('improvements.view.privacy')}\n\n"
                f"{c.t('noc_attribution')}")
            return self._then_where_you_were(user_id, lang, OutMessage(h(text)))
        if name == "reminders":
            return self._reminders(user_id, lang, None)
        if name == "cancel":
            return Outcome([OutMessage(h(c.t("bot.cancelled")))], language=lang)
        if name == "language":
            buttons = [[Button(c.t("button.english"), "lang|en"), Button(c.t("button.french"), "lang|fr")]]
            return Outcome([OutMessage(h(c.t("bot.language_choose")), buttons)], language=lang)
        if name == "delete":
            buttons = [[Button(c.t("button.delete_yes"), "del|yes")], [Button(c.t("button.delete_no"), "del|no")]]
            return Outcome([OutMessage(h(c.t("bot.delete_confirm")), buttons)], language=lang)
        return Outcome([OutMessage(h(c.t("err.unknown_command")))], language=lang)

    # -- helpers ----------------------------------------------------------------------------------------
    def _then_where_you_were(self, user_id: int, lang: str, message: OutMessage) -> Outcome:
        """An aside (help, privacy) followed by the question in progress, so the user can go on."""
        screening, _ = self._load(user_id)
        if screening is None or not screening.started or screening.state in CHECKPOINTS:
            return Outcome([message], language=lang)  # a verdict is not sent again: /start shows it
        return Outcome([message, talk.question_message(screening, lang, self.today())], language=lang)

    def _finish(self, user_id: int, screening: Screening, record: SessionRecord | None, reply: Reply,
                lang: str, update_id: int | None = None) -> Outcome:
        if reply.changed:
            self._save(user_id, screening, reply, record, update_id)
        return Outcome(reply.messages, echo=reply.echo, language=lang)
