"""What the bot does for one user action, front-end free: load, converse, save, then say what to show.

Telegram and the terminal chat both call this service; it commits every answer and the new state to
SQLite before returning, so nothing is sent to the user about an answer that is not yet on disk.
The turn and its transaction are in turns.py, the result menus in result_menus.py; this module holds the
commands and the buttons.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import pathlib
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from bot.scheduled import round_alerts
from bot.screening.reminders import replaces_pressed
from bot.screening.result_menus import ResultMenus
from bot.screening.turns import LAST_UPDATE, Outcome, Turn
from flows import conversation as talk
from flows import improvements_view, quebec, result_view, rounds_view, typed_menu
from flows.answer_words import names_confirmation
from flows.conversation import Button, OutMessage, h
from flows.language_request import greets, language_asked, thanks
from flows.machine import CHECKPOINTS, CRS_RESULT, Screening
from flows.parsing import InvalidAnswer, parse_yes_no
from flows.questions import BY_ID
from flows.texts import catalog, normalize_language
from flows.typed_commands import command_meant, command_said

__all__ = ["COMMANDS", "LAST_UPDATE", "RETENTION_DAYS", "Outcome", "ScreeningService", "Turn"]

logger = logging.getLogger(__name__)
COMMANDS = ("start", "help", "back", "summary", "edit", "restart", "language", "privacy", "delete", "cancel",
            "reminders", "rounds", "chart")
RETENTION_DAYS = 180

# Button kinds whose reply replaces the pressed message (a question answered, a picker page turned, a confirmation
# settled), so that its buttons go away with the same call that shows what comes next.
_IN_PLACE = ("a", "back", "restart", "lang", "del", "pick", "teer", "retype", "plan")
# Button kinds that sit on a question (its answers, its date picker, the occupation finder, its back button): a
# stale one turns that old question into the current one. Any other message (a result, a plan, a chart's facts)
# keeps its text when a stale button of it is pressed: only its buttons go, and the question comes below.
_ON_QUESTION = ("a", "back", "pick", "teer", "retype")


ERASE_BUTTON = "del|yes"  # the press that erases everything (/delete confirmed)
_CONFIRMING = "_confirming"  # in the answers: the /restart or /delete whose buttons wait, and the update asking


def _yes_or_no(text: str) -> bool:
    return _said_yes(text) is not None


def _said_yes(text: str) -> bool | None:
    """A typed yes (True) or no (False), with its French spacing ("Oui !"); None for anything else."""
    try:
        return parse_yes_no(text.strip(" .!\u00a0\u202f"))
    except InvalidAnswer:
        return None


def _number(text: str, default: int) -> int:
    """An index from callback data, which the client may forge: ASCII digits only, never an exception."""
    return int(text) if text.isascii() and text.isdigit() and len(text) < 6 else default


class ScreeningService(ResultMenus):
    """Commands and buttons, on top of the turn (TurnStore) and the result menus (ResultMenus)."""

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
        self._mark_confirming(user_id, "restart")
        return Outcome([self._confirmation(lang, "restart", user_id)], language=lang)

    def _confirmation(self, lang: str, what: str, user_id: int) -> OutMessage:
        """The question of /restart or /delete, with its two buttons. Reminders are worked out from the answers
        (flows/reminders.py): starting over leaves only the yearly check until a new result, said before."""
        c = catalog(lang)
        if what == "restart":
            text = c.t("bot.restart_confirm")
            if self.repository.reminder_settings(user_id) is not None:
                text += " " + c.t("bot.restart_confirm_reminders")
            if self.repository.round_alerts_on(user_id):  # they go on comparing: with which estimate, said
                text += " " + c.t("bot.restart_confirm_alerts")
            return OutMessage(h(text), [[Button(c.t("button.restart_yes"), "restart|yes")],
                                        [Button(c.t("button.restart_no"), "restart|no")]])
        return OutMessage(h(c.t("bot.delete_confirm")), [[Button(c.t("button.delete_yes"), ERASE_BUTTON)],
                                                          [Button(c.t("button.delete_no"), "del|no")]])

    def _mark_confirming(self, user_id: int, what: str | None) -> None:
        """Remember (with the update that asked) that /restart or /delete waits for its button, or forget it. A
        typed "yes" just after could confirm it or answer the question in progress: text() asks which."""
        screening, record = self._load(user_id)
        turn = self._turns.get(user_id)
        if screening is None or turn is None or turn.update_id is None:
            return
        if what is None:
            if screening.answers.pop(_CONFIRMING, None) is not None:
                self._save(user_id, screening, None, record)
            return
        screening.answers[_CONFIRMING] = {"what": what, "at": turn.update_id}
        self._save(user_id, screening, None, record)

    def _pending_confirmation(self, screening: talk.Screening) -> str | None:
        """The confirmation still waiting: asked by the latest update that wrote the screening."""
        pending = screening.answers.get(_CONFIRMING)
        if not isinstance(pending, dict) or pending.get("at") != screening.answers.get(LAST_UPDATE):
            return None
        return str(pending.get("what"))

    def restart(self, user_id: int, lang: str) -> Outcome:
        screening = talk.new_screening()
        self._save(user_id, screening)
        notice = OutMessage(h(catalog(lang).t("bot.restarted")))
        return Outcome([notice, *talk.show(screening, lang, self.today()).messages], language=lang)

    def current(self, user_id: int, lang: str) -> Outcome:
        screening, record = self._load(user_id)
        if screening is None:
            return Outcome([OutMessage(h(catalog(lang).t("err.no_screening")))], language=lang)
        reply = talk.show(screening, lang, self.today())
        if reply.result is not None and self._moved(user_id, reply.result):
            # The result read again on a later day (its hours, age and tests on this day) is the latest estimate:
            # /rounds and the rounds alerts compared the one stored on the day it was first shown (a CRS of 386
            # from November 27 beside the 442 just read on January 6, "does not meet every requirement yet" beside
            # "You appear eligible")
            self._save(user_id, screening, reply, record)
        return Outcome(reply.messages, language=lang)

    def _moved(self, user_id: int, result: dict[str, Any]) -> bool:
        """Whether `result` says another CRS or verdict than the latest CRS estimate stored (a result without a
        CRS, with none stored, is not: each view was written again as a verdict)."""
        stored = self.repository.latest_crs(user_id)
        total = (result.get("crs") or {}).get("total")
        verdict = result.get("verdict_today", result["verdict"])
        if stored is None:  # no CRS estimate stored: only a result with one is news to /rounds
            return total is not None
        return stored[0] != total or stored[7] != verdict

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

    def text(self, user_id: int, lang: str, text: str, update_id: int | None = None,
             replying_to: str | None = None) -> Outcome:
        """A typed answer to the current question (`replying_to`: the bot message it replies to, if any)."""
        screening, record = self._load(user_id)
        if screening is None:
            return self.start(user_id, lang)
        pending = self._pending_confirmation(screening)
        # "delete my data" typed again under its own question: named too, never a tap
        named = pending is not None and (names_confirmation(text, pending) or command_said(text) == pending)
        if pending is not None and (named or _yes_or_no(text)):
            # "yes" under "Delete everything?" may confirm it or answer the question: never guessed. A word that
            # names it ("supprimer") is no tap either: erasing stays a deliberate press of its button.
            # Asked once: the buttons still work, and the same word sent again answers the question.
            at_result = screening.state in CHECKPOINTS
            if at_result and not named and _said_yes(text) is False:
                # no question waits at a result: "no" can only keep, as the keep button does (erasing nothing)
                return self._button(user_id, lang, "del" if pending == "delete" else "restart", "no", update_id)
            if not at_result:  # at a result the word can only be about the confirmation: it keeps waiting
                screening.answers.pop(_CONFIRMING)
                self._save(user_id, screening, None, record)
            c = catalog(lang)
            # at a result, which button does what, never "or to answer the question in progress?"
            key = f"bot.confirm_typed_{'word_' if named or at_result else ''}{pending}"
            notice = OutMessage(h(c.t(key, typed=text.strip()[:40], yes=c.t(f"button.{pending}_yes"),
                                      no=c.t(f"button.{pending}_no"))))
            return self._and_where_you_were(user_id, Outcome([notice, self._confirmation(lang, pending, user_id)],
                                                             language=lang))
        if screening.answers.pop(_CONFIRMING, None) is not None:  # another answer: the confirmation is left
            self._save(user_id, screening, None, record)
        if (wanted := language_asked(text, lang, talk.question_key(screening))) is not None:
            return self.set_language(user_id, wanted, typed=True)  # "en français svp": the chat, not the answer
        if greets(text, lang):  # "hello": greeted back with the question in view, never "answer yes or no"
            outcome = self.current(user_id, lang)
            outcome.messages.insert(0, OutMessage(h(catalog(lang).t("bot.greeted"))))
            return outcome
        if thanks(text) and not quebec.stays_in_quebec(screening.answers):  # Quebec's route has its kind close
            c = catalog(lang)
            if screening.state in CHECKPOINTS:  # the result and its options are just above: nothing sent again
                return Outcome([OutMessage(h(c.t("bot.thanked_result")))], language=lang)
            outcome = self.current(user_id, lang)
            outcome.messages.insert(0, OutMessage(h(c.t("bot.thanked"))))
            return outcome
        options = self._options_named(screening, text, lang) if screening.state in CHECKPOINTS else []
        if len(options) == 1:
            # "what is my crs", "when can i apply?" under a result: the option shown that they name, pressed
            outcome = self.button(user_id, lang, options[0].data, update_id)
            outcome.replace = outcome.strip = False  # typed: the answer comes below, nothing pressed is replaced
            outcome.toast = None
            return outcome
        if options:  # "chart" under a CRS result: the hours' chart or the score's? Both offered, neither guessed
            which = OutMessage(h(catalog(lang).t("results.which_option")), [[button] for button in options])
            return Outcome([which], language=lang)
        question = BY_ID.get(screening.state)
        if (name := command_said(text, at_title=question is not None and question.kind == "noc")) is not None:
            return self.command(user_id, lang, name)  # "start over", « effacer mes données »: as its slash command
        reply = talk.handle_text(screening, text, lang, self.today(), replying_to)
        return self._finish(user_id, screening, record, reply, lang, update_id)

    def _options_named(self, screening: Screening, text: str, lang: str) -> list[Button]:
        """The buttons of the result shown that `text` names (flows/typed_menu.py), on a copy: showing it again
        must not change what is stored."""
        shown = talk.show(copy.deepcopy(screening), lang, self.today())
        return typed_menu.options_named(text, (b for m in shown.messages for row in m.buttons or [] for b in row))

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
        # A stale press on an old question turns it into the current question rather than adding a copy of it
        # below: copies pile up, and a person answering one of them answers a question twice. A result is never
        # replaced (flows/result_view.py): what follows it starts in a new message. Nor is any other message a
        # stale button sits on (an old result's menu, a plan): its text stays in the chat, its buttons go.
        keeps = result_view.presses_result(data)
        on_question = kind in _ON_QUESTION and not keeps
        outcome.replace = ((in_place and outcome.toast is None) or (outcome.stale and on_question)) and not keeps
        outcome.strip = outcome.stale and not outcome.replace
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
        if kind == "add":
            return self.add(user_id, lang, rest)
        if kind == "restart":
            if rest == "yes":
                return self.restart(user_id, lang)
            self._mark_confirming(user_id, None)
            return self.current(user_id, lang)
        if kind == "lang":
            return self.set_language(user_id, rest)
        if kind == "del":
            if rest != "yes":
                self._mark_confirming(user_id, None)
            return self.delete(user_id, lang) if rest == "yes" else self._then_where_you_were(
                user_id, lang, OutMessage(h(catalog(lang).t("bot.delete_kept"))))
        if kind in ("pick", "teer", "retype"):
            key, _, value = rest.partition("|")
            return self._picker(user_id, lang, kind, key, value)
        if kind == "plan":
            return self._plan(user_id, lang, rest)
        if kind == improvements_view.PREFIX:
            return self._improvements(user_id, lang, rest)
        if kind == "rem":
            return self._reminders(user_id, lang, rest)
        if kind == "ralert":  # round alerts on or off (bot/scheduled/round_alerts.py), written before the reply
            return Outcome(round_alerts.on_button(self.repository, user_id, lang, rest), language=lang)
        if kind == "chart":
            return self._chart(user_id, lang, rest)
        if kind == rounds_view.CALLBACK and rest == "list":
            return self._rounds(user_id, lang)
        return self._stale(user_id, lang)

    def _picker(self, user_id: int, lang: str, kind: str, key: str, value: str) -> Outcome:
        """A step towards an answer (a page of the date picker, the TEER levels): nothing to save."""
        screening, record = self._load(user_id)
        reply = talk.handle_picker(screening, kind, key, value, lang, self.today()) if screening else None
        if reply is None or screening is None:
            return self._stale(user_id, lang)
        if reply.keep:  # "type it again": the occupations offered are forgotten
            self._save(user_id, screening, reply, record)
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
        """A button of an earlier question, then the question in progress (with no screening, after /delete say,
        no current question is promised)."""
        none = self._load(user_id)[0] is None
        outcome = self.current(user_id, lang)
        outcome.toast = catalog(lang).t("err.stale_none" if none else "err.stale")
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
        return Outcome(talk.summary(screening, lang, self.today()).messages, language=lang)

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

    def add(self, user_id: int, lang: str, kind: str) -> Outcome:
        """Add a job or a test from the summary (after the verdict too)."""
        screening, record = self._load(user_id)
        if screening is None:
            return self.current(user_id, lang)
        reply = talk.add_item(screening, kind, lang, self.today())
        return self._finish(user_id, screening, record, reply, lang)

    def set_language(self, user_id: int, lang: str, typed: bool = False) -> Outcome:
        lang = normalize_language(lang)
        self.repository.set_language(user_id, lang)
        turn = self._turns.get(user_id)
        if turn is not None:
            turn.lang, turn.unblock = lang, False  # set_language wrote the user row
        screening, _ = self._load(user_id)
        outcome = self.current(user_id, lang) if screening is not None else Outcome(language=lang)
        key = "bot.language_set_typed" if typed else "bot.language_set"
        outcome.messages.insert(0, OutMessage(h(catalog(lang).t(key))))
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
        if name in ("summary", "edit"):  # /edit: the summary's ✏️ buttons are where an answer is changed
            return self.summary(user_id, lang)
        if name == "chart":
            return self.chart_command(user_id, lang)
        if name == "help":
            return self.help(user_id, lang)
        if name == "privacy":
            return self.privacy(user_id, lang)
        if name == "reminders":
            return self._and_where_you_were(user_id, self._reminders(user_id, lang, None), quebec_close=False)
        if name == "rounds":
            return self._and_where_you_were(user_id, self._rounds(user_id, lang), quebec_close=False)
        if name == "cancel":
            return Outcome([OutMessage(h(c.t("bot.cancelled")))], language=lang)
        if name == "language":
            buttons = [[Button(c.t("button.english"), "lang|en"), Button(c.t("button.french"), "lang|fr")]]
            return Outcome([OutMessage(h(c.t("bot.language_choose")), buttons)], language=lang)
        if name == "delete":
            self._mark_confirming(user_id, "delete")
            return Outcome([self._confirmation(lang, "delete", user_id)], language=lang)
        if (meant := command_meant(name, COMMANDS)) is not None:  # "/strat", "/summery", « /aide »: the one meant
            said = c.t("err.unknown_command_meant", typed=f"/{name[:30]}", command=f"/{meant}")
            if meant == "delete":
                said += " " + c.t("err.unknown_command_delete")
            return self._then_where_you_were(user_id, lang, OutMessage(h(said)))
        return self._then_where_you_were(user_id, lang, OutMessage(h(c.t("err.unknown_command"))))

    def chart_command(self, user_id: int, lang: str) -> Outcome:
        """/chart: at a result, the chart its buttons offer (the CRS one once estimated, else the hours); before,
        where the charts come, then the question in progress."""
        screening, _ = self._load(user_id)
        if screening is None or screening.state not in CHECKPOINTS:
            return self._then_where_you_were(user_id, lang, OutMessage(h(catalog(lang).t("charts.command_later"))))
        which = "crs" if screening.state == CRS_RESULT and talk.crs_ready(screening) else "hours"
        return self._chart(user_id, lang, which)

    def help(self, user_id: int, lang: str, in_terminal: bool = False) -> Outcome:
        """/help, then the question in progress; `in_terminal`: with what differs there (how to stop, no
        reminders or round alerts), since the commands listed are the bot's."""
        c = catalog(lang)
        said = [c.t("bot.help"), *([c.t("bot.chat_help")] if in_terminal else [])]
        return self._then_where_you_were(user_id, lang, OutMessage(h("\n\n".join(said))))

    def privacy(self, user_id: int, lang: str,
                kept_in: tuple[pathlib.Path, pathlib.Path] | None = None) -> Outcome:
        """/privacy, then the question in progress. `kept_in`: the terminal chat's database file and charts folder,
        said instead of what only the Telegram bot keeps or does (its ids, the inbox, reminders and round alerts
        it sends, the erasure after a time of inactivity, which only the bot runs)."""
        c = catalog(lang)
        if kept_in is None:
            said = [c.t("bot.privacy", days=RETENTION_DAYS), c.t("delivery.privacy"), c.t("reminders.privacy"),
                    c.t("rounds.privacy")]
        else:
            said = [c.t("bot.privacy_terminal", database=str(kept_in[0]), charts=str(kept_in[1]),
                        days=RETENTION_DAYS)]
        said += [c.t("improvements.view.privacy"), c.t("noc_attribution")]
        return self._then_where_you_were(user_id, lang, OutMessage(h("\n\n".join(said))))

    # -- helpers ----------------------------------------------------------------------------------------
    def _then_where_you_were(self, user_id: int, lang: str, message: OutMessage) -> Outcome:
        """An aside (help, privacy) followed by the question in progress, so the user can go on."""
        return self._and_where_you_were(user_id, Outcome([message], language=lang))

    def _and_where_you_were(self, user_id: int, aside: Outcome, *, quebec_close: bool = True) -> Outcome:
        """`aside` (help, rounds, reminders...) then the question in progress: a person in the middle of a
        screening is never left without the question to answer. `quebec_close`: after Quebec's route too (the
        rounds and reminders already speak to that person as someone who is done)."""
        screening, _ = self._load(user_id)
        if screening is None or not screening.started or screening.state in CHECKPOINTS:
            return aside  # a verdict is not sent again: /start shows it
        if not quebec_close and quebec.stays_in_quebec(screening.answers):
            return aside
        aside.messages.append(talk.where_you_were(screening, aside.language, self.today()))
        return aside

    def sent_before_question(self, user_id: int, lang: str, above: bool) -> Outcome:
        """A message typed before the question now asked had reached the user (the network failed, the bot
        restarted): not read as its answer. `above`: the question has just been sent, right above this notice."""
        c = catalog(lang)
        if above:
            return Outcome([OutMessage(f"⚠️ {h(c.t('delivery.sent_before_question_above'))}")], language=lang)
        return self._then_where_you_were(user_id, lang,
                                         OutMessage(f"⚠️ {h(c.t('delivery.sent_before_question'))}"))

    def edit_not_read(self, user_id: int, lang: str) -> Outcome:
        """An edited message is never read as an answer: the user is told so, then shown the question again."""
        return self._then_where_you_were(user_id, lang, OutMessage(h(catalog(lang).t("delivery.edits_not_read"))))
