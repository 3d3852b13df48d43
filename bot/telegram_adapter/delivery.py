"""Getting replies to Telegram: a reply as plain data, delivered with retries, acknowledged in the outbox.

A reply is planned once, as data (`plan_reply`): the chat, which message to edit (the one whose button was
pressed, when the reply takes its place) and the parts to show, each a text and its buttons. The service
commits that plan in the outbox with the answer that caused it; the `Deliverer` then sends it, retrying
network errors, 5xx, timeouts and 429 (after the time Telegram asks for), and acknowledges the row. What it
cannot deliver stays in the outbox for the user's next update, the periodic sweep or the next start.

Each answer costs one rate-limited call: a button answer edits the question it answers into "✅ answer" and
the next question; a typed answer gets the next question with "✅ answer" at its top, and the old keyboard is
left to the stale-button handler. Notices (an error, a stale button) travel in the same message as the
question they precede when both fit in one message.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import heapq
import itertools
import logging
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from telegram import Bot
from telegram.error import BadRequest, ChatMigrated, Conflict, Forbidden, InvalidToken, RetryAfter, TelegramError

from bot.charts import send_chart
from bot.screening.service import Outcome
from flows.conversation import OutMessage, h
from flows.result_view import SHORT_MESSAGE
from flows.verdict_text import shown_length, split_message
from storage import Repository

logger = logging.getLogger(__name__)

# {"chat_id": int, "edit": message id | None, "parts": [{"text": str, "buttons": [[[label, data], ...], ...]}]}
Reply = dict[str, Any]

_NOT_MODIFIED = "message is not modified"
_CHAT_GONE = "chat not found"
_SEND_INSTEAD = ("message to edit not found", "message can't be edited", "there is no text in the message")
# Seconds before delivered rows are deleted. Under load the next answer's transaction takes them along first, so
# a delivery costs no transaction of its own. A kill -9 in between makes the next start see the reply again: an
# edit is resent harmlessly, and new messages in answer to the user's message wait for the user's next update,
# which tells whether they came. A reply nothing can tell about (an alert, a reminder, the last parts of a
# result that ran over one message) is deleted as soon as Telegram takes it instead: see `_repeat_is_harmless`.
ACK_FLUSH_DELAY = 0.5
# What Telegram said no to, for good. Any other error (a NetworkError, and a bare TelegramError: an answer that
# is not JSON, from a proxy on the way) tells nothing of whether the reply arrived: it is retried, never dropped.
_REFUSALS = (BadRequest, Forbidden, InvalidToken, Conflict, ChatMigrated)
_REPLIED_KEPT = 100_000  # chats whose latest reply's message id is kept (see Deliverer.replied_at)
HOLDS_AT_START = 3  # starts at which a reply left by a crash waits for its user's news before it is sent anyway


# -- planning -------------------------------------------------------------------------------------------------
def _merged(messages: list[OutMessage], echo: int = 0) -> list[OutMessage]:
    """A message without buttons joins the next one when both fit in one Telegram message; `echo`: the length
    of the answer shown above the first one, which must fit too (else the joined message is cut again)."""
    merged: list[OutMessage] = []
    for message in messages:
        previous = merged[-1] if merged else None
        room = SHORT_MESSAGE - (echo if len(merged) == 1 else 0)
        fits = (previous is not None
                and shown_length(previous.text) + 2 + shown_length(message.text) <= room)
        # A photo's caption stays its one line: nothing joins a photo message, and a photo joins nothing.
        no_photo = message.photo is None and (previous is None or previous.photo is None)
        if previous is not None and not previous.buttons and fits and no_photo:
            merged[-1] = OutMessage(f"{previous.text}\n\n{message.text}", message.buttons)
        else:
            merged.append(message)
    return merged


@dataclass(frozen=True)
class Seen:
    """What a user's new update proves they had on screen: the message they typed, or the one they pressed."""

    typed_after: int | None = None
    pressed: int | None = None
    more_to_come: bool = False  # another update from the user is held, still to be handled
    shows_where: bool = False  # its own reply will show where the user is (a typed answer, /start)

    def reached(self, reply: Reply) -> bool | None:
        """Whether the reply (new messages after the user's message `reply["after"]`) reached them; None when
        this update cannot tell (it is older, e.g. the very message the reply answers, sent again). Message ids
        in a private chat number both sides' messages: a message typed two ids later, or a button pressed on a
        later message, came after one of ours; a message typed right after theirs means nothing of ours came."""
        after = reply.get("after")
        if after is None or reply.get("edit") is not None:
            return False
        if self.typed_after is not None and self.typed_after > after:
            return self.typed_after >= after + 2
        if self.pressed is not None and self.pressed > after:
            return True
        return None


def plan_reply(outcome: Outcome, chat_id: int, pressed_message_id: int | None = None,
               after: int | None = None) -> Reply:
    """What to send for an outcome, as plain data (it is stored in the outbox before it is sent).

    `after`: the id of the user's message the reply answers, when it goes out as new messages; if the process
    dies before it learns that Telegram took them, the user's next update tells whether they did.
    """
    echo = None if outcome.echo is None else f"✅ <b>{h(outcome.echo)}</b>"
    messages = _merged(list(outcome.messages), 0 if echo is None else shown_length(echo) + 2)
    if echo is not None:
        if messages:
            messages[0] = OutMessage(f"{echo}\n\n{messages[0].text}", messages[0].buttons)
        else:
            messages = [OutMessage(echo)]
    parts: list[dict[str, Any]] = []
    for message in messages:
        if message.photo is not None:  # a caption is one line; the picture is drawn when it is sent (bot/charts)
            parts.append({"text": message.text, "photo": message.photo,
                          "buttons": [[[b.label, b.data] for b in row] for row in message.buttons]})
            continue
        texts = split_message(message.text, SHORT_MESSAGE, shown_length)  # a phone screen and a half at most
        for number, text in enumerate(texts):
            rows = message.buttons if number == len(texts) - 1 else []
            parts.append({"text": text, "buttons": [[[b.label, b.data] for b in row] for row in rows]})
    edit = pressed_message_id if outcome.replace and parts else None
    reply: Reply = {"chat_id": chat_id, "edit": edit, "parts": parts}
    if outcome.strip and pressed_message_id is not None:  # its text stays, its stale buttons go
        reply["strip"] = pressed_message_id
    if after is not None and edit is None:
        reply["after"] = after
    return reply


def _markup(buttons: list[list[list[str]]]) -> dict[str, Any] | None:
    if not buttons:
        return None
    rows = [[{"text": label, "callback_data": data} for label, data in row] for row in buttons]
    return {"inline_keyboard": rows}


def _repeat_is_harmless(reply: Reply, sent: int) -> bool:
    """Whether sending `reply` again after a crash would show the user nothing twice, once `sent` of its parts
    went out: an edit of one message (Telegram answers "not modified"), or new messages in answer to the user's
    message, which their next update tells about (`Seen`). Anything else must leave the outbox at once."""
    if reply.get("after") is not None and reply.get("edit") is None:
        return True
    return reply.get("edit") is not None and sent <= 1


# -- ordering -------------------------------------------------------------------------------------------------
class _Gate:
    """A lock whose waiters enter by the number they hold, lowest first."""

    def __init__(self) -> None:
        self.busy = False
        self.holders = 0
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._arrival = itertools.count()

    async def acquire(self, order: int) -> None:
        if not self.busy and not self._waiters:
            self.busy = True
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (order, next(self._arrival), future)
        heapq.heappush(self._waiters, entry)
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # the gate was handed over just as the waiter was cancelled: pass it on
            else:
                self._waiters.remove(entry)
                heapq.heapify(self._waiters)
            raise

    def release(self) -> None:
        while self._waiters:
            _, _, future = heapq.heappop(self._waiters)
            if not future.done():
                future.set_result(None)  # the gate stays busy: it is handed over
                return
        self.busy = False


class UserGates:
    """One gate per user: their updates are handled one at a time, in the order Telegram numbered them.

    Updates run concurrently across users. A user's updates enter in update_id order among those waiting;
    handlers enter the gate before their first await, so an earlier update (started first) is never overtaken.
    """

    def __init__(self) -> None:
        self._gates: dict[int, _Gate] = {}

    @contextlib.asynccontextmanager
    async def enter(self, user_id: int, order: int) -> AsyncIterator[None]:
        gate = self._gates.get(user_id)
        if gate is None:
            gate = self._gates[user_id] = _Gate()
        gate.holders += 1
        try:
            await gate.acquire(order)
            try:
                yield
            finally:
                gate.release()
        finally:
            gate.holders -= 1
            if not gate.holders:
                del self._gates[user_id]


# -- delivering -----------------------------------------------------------------------------------------------
class _GiveUp(Exception):
    """Still failing after every retry: the reply stays in the outbox."""


def _seconds(value: int | float | dt.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


class Deliverer:
    """Sends planned replies: retries with backoff, Forbidden never retried, the outbox acknowledged."""

    def __init__(self, bot: Bot, repository: Repository, *, first_delay: float = 0.25, max_delay: float = 30.0,
                 attempts: int = 8, on_blocked: Callable[[int], None] | None = None) -> None:
        self.bot = bot
        self.repository = repository
        self.first_delay, self.max_delay, self.attempts = first_delay, max_delay, attempts
        self.on_blocked = on_blocked or (lambda user_id: repository.set_blocked(user_id, True))
        self.gates = UserGates()
        self.pending_users: set[int] = set()  # users with replies left in the outbox
        # Users with a reply that failed in this run and still waits: what they type meanwhile is typed without it.
        self.unseen_users: set[int] = set()
        # Per chat, the id of the first message of the latest reply to a typed message: a message the user typed
        # with a lower id was typed before that reply reached them (ids count both sides' messages).
        self.replied_at: dict[int, int] = {}
        self._flush: asyncio.TimerHandle | None = None

    async def deliver(self, user_id: int, reply: Reply, outbox_id: int | None = None,
                      attempts: int | None = None, answering: bool = False) -> bool:
        """Send one reply; True once it is delivered or can never be (acknowledged), False if it must wait.

        `answering`: the reply to the update being handled, sent at once (not one left in the outbox, which
        may have reached the user before a crash: its new id says nothing of what they had seen)."""
        parts: list[dict[str, Any]] = reply["parts"]
        done = 0
        try:
            if reply.get("strip") is not None:  # sent again after a crash it is only "not modified"
                await self._retrying(lambda: self._strip(reply["chat_id"], reply["strip"]),
                                     attempts or self.attempts)
            for part in parts:
                edit = reply.get("edit") if done == 0 else None
                sent = await self._retrying(lambda p=part, e=edit: self._send_part(reply["chat_id"], p, e),  # type: ignore[misc]
                                            attempts or self.attempts)
                done += 1
                if done == 1 and answering and sent is not None and reply.get("after") is not None:
                    self._answered(reply["chat_id"], sent)
                if outbox_id is not None and done < len(parts):  # a crash now must not send this part again
                    self.repository.update_reply(outbox_id, {**reply, "edit": None, "strip": None,
                                                             "parts": parts[done:]})
        except _GiveUp:
            logger.warning("a reply could not be delivered yet; kept in the outbox")
            if outbox_id is None:
                return True  # nothing was committed with it: the same update sent again gives it again
            if done:
                self.repository.update_reply(outbox_id, {**reply, "edit": None, "strip": None,
                                                         "parts": parts[done:]})
            self.pending_users.add(user_id)
            self.unseen_users.add(user_id)
            return False
        except Forbidden:
            logger.info("a user blocked the bot; flagged, not retried")
            self._stop_sending(user_id)
        except TelegramError as error:  # a request Telegram will never accept (e.g. a chat that is gone)
            logger.error("a reply was refused: %s", type(error).__name__)
            if _CHAT_GONE in str(error).lower():  # a deleted account: no reminder or alert will reach it either
                self._stop_sending(user_id)
        except Exception as error:  # a row this version cannot send (an older shape, a bug)
            # Kept, it would fail the same way at every sweep and every start: a crash loop for everyone.
            where = "".join(traceback.format_tb(error.__traceback__))
            logger.error("a reply could not be sent as stored (%s); dropped\n%s", type(error).__name__, where)
        if outbox_id is not None:
            self._ack(outbox_id, now=not _repeat_is_harmless(reply, done))
        return True

    async def deliver_pending(self, user_id: int, attempts: int | None = None, seen: Seen | None = None,
                              hold_typed: bool = False) -> bool:
        """Send the user's replies left in the outbox, oldest first; True when none is left.

        A reply that `seen` proves reached the user (Telegram took it just before a crash) is not sent twice;
        with `hold_typed`, replies that only the user's next update can tell about are left for later.
        """
        self.pending_users.discard(user_id)
        delivered_any = False
        for record in self.repository.pending_replies(user_id):
            reached = seen.reached(record.reply) if seen is not None else None
            if reached:
                logger.info("a reply left by a crash had reached the user: not sent again")
                self._ack(record.id)
                continue
            typed = record.reply.get("after") is not None and record.reply.get("edit") is None
            if typed and reached is False and seen is not None and seen.shows_where:
                # Never seen, and what comes now shows the question in view: sent as well, it would be a second
                # copy of it, answerable twice.
                logger.info("a reply left by a crash is replaced by the reply to the user's next message")
                self._ack(record.id)
                continue
            if typed and reached is None and seen is not None and seen.more_to_come:
                # wait for an update that tells (one of the user's is on its way)
                self.pending_users.add(user_id)
                return delivered_any
            holds = int(record.reply.get("held", 0))
            if typed and reached is None and hold_typed and holds < HOLDS_AT_START:
                # Held at a few starts at most: if each dies before its grace is over, the next one sends it (a
                # crash loop must not keep a reply from the user for ever).
                self.repository.update_reply(record.id, {**record.reply, "held": holds + 1})
                self.pending_users.add(user_id)
                return delivered_any
            if not await self.deliver(user_id, record.reply, record.id, attempts):
                return delivered_any
            delivered_any = True
        self.unseen_users.discard(user_id)
        return delivered_any

    def _stop_sending(self, user_id: int) -> None:
        """Nobody can receive what waits for the user: flagged (their next update clears it), outbox emptied."""
        self.on_blocked(user_id)
        for record in self.repository.pending_replies(user_id):
            self._ack(record.id)
        self.pending_users.discard(user_id)
        self.unseen_users.discard(user_id)

    def forget(self, user_id: int) -> None:
        """The user is erased: nothing about them is kept in memory either."""
        self.pending_users.discard(user_id)
        self.unseen_users.discard(user_id)
        self.replied_at.pop(user_id, None)  # a private chat's id is its user's

    def typed_before_reply(self, chat_id: int, message_id: int) -> bool:
        """Whether the user's message was typed before the latest reply to their typed messages reached them."""
        return message_id < self.replied_at.get(chat_id, 0)

    def _answered(self, chat_id: int, message_id: int) -> None:
        if len(self.replied_at) > _REPLIED_KEPT:  # a few MB at most; losing them only misses a double answer
            self.replied_at.clear()
        self.replied_at[chat_id] = message_id

    def unseen(self, user_id: int, seen: Seen | None) -> bool:
        """Whether the user has a reply waiting that never reached them: one that failed in this run, or new
        messages left by a crash that `seen` (their update now) proves they did not get. What they type now was
        typed without seeing its question: taken as its answer, it would be a guess."""
        if user_id in self.unseen_users:
            return True
        if seen is None or user_id not in self.pending_users:
            return False
        return any(record.reply.get("after") is not None and seen.reached(record.reply) is False
                   for record in self.repository.pending_replies(user_id))

    def find_pending(self) -> set[int]:
        """At start: every user with a reply committed but never delivered (e.g. after a crash)."""
        self.pending_users |= {record.user_id for record in self.repository.pending_replies()}
        return set(self.pending_users)

    async def sweep(self, attempts: int | None = None, hold_typed: bool = False,
                    users: set[int] | None = None) -> None:
        """Try again for every user (of `users`) whose reply is still waiting, each under their gate."""
        for user_id in sorted(self.pending_users if users is None else self.pending_users & users):
            async with self.gates.enter(user_id, -1):
                if user_id in self.pending_users:
                    await self.deliver_pending(user_id, attempts, hold_typed=hold_typed)

    # -- internals --------------------------------------------------------------------------------------------
    async def _send_part(self, chat_id: int, part: dict[str, Any], edit: int | None) -> int | None:
        """Send or edit one part; the id of the new message it sent, if any."""
        if "photo" in part:  # never an edit: a text message cannot become a photo
            await send_chart(self.bot, chat_id, part, _markup(part["buttons"]))
            return None
        data: dict[str, Any] = {"chat_id": chat_id, "text": part["text"], "parse_mode": "HTML",
                                "link_preview_options": {"is_disabled": True}}
        markup = _markup(part["buttons"])
        if markup is not None:
            data["reply_markup"] = markup
        if edit is not None:
            try:
                # Bot._post: the result is not parsed into a Message we would only throw away.
                await self.bot._post("editMessageText", {**data, "message_id": edit})
                return None
            except BadRequest as error:
                text = str(error).lower()
                if _NOT_MODIFIED in text:
                    return None
                if not any(reason in text for reason in _SEND_INSTEAD):
                    raise
        sent = await self.bot._post("sendMessage", data)
        return sent.get("message_id") if isinstance(sent, dict) else None

    async def _strip(self, chat_id: int, message_id: int) -> None:
        """Remove the buttons of a message whose text stays (a reply markup left out removes the keyboard)."""
        try:
            await self.bot._post("editMessageReplyMarkup", {"chat_id": chat_id, "message_id": message_id})
        except BadRequest as error:  # already without buttons, deleted, too old to edit: the reply matters more
            logger.debug("the buttons of a pressed message were left: %s", type(error).__name__)

    async def _retrying(self, call: Callable[[], Awaitable[int | None]], attempts: int) -> int | None:
        delay = self.first_delay
        for attempt in range(attempts):
            try:
                return await call()
            except RetryAfter as error:
                wait = _seconds(error.retry_after) + 0.1
            except _REFUSALS:
                raise
            except TelegramError as error:  # 5xx, timeouts, connection errors, an answer that is not Telegram's
                logger.info("Bot API call failed (%s); retrying", type(error).__name__)
                wait, delay = delay, min(delay * 2, self.max_delay)
            if attempt == attempts - 1:
                break
            await asyncio.sleep(wait)
        raise _GiveUp

    def _ack(self, outbox_id: int, now: bool = False) -> None:
        self.repository.ack_reply(outbox_id)
        if now:  # a crash from here on repeats nothing: the row goes at once (with any other acknowledged)
            self.flush()
        elif self._flush is None:
            self._flush = asyncio.get_running_loop().call_later(ACK_FLUSH_DELAY, self.flush)

    def flush(self) -> None:
        """Delete the acknowledged rows now (most go with the next answer's transaction anyway)."""
        if self._flush is not None:
            self._flush.cancel()
        self._flush = None
        try:
            self.repository.flush_acks()
        except Exception as error:  # the next write transaction retries; a failure here must not kill the loop
            logger.warning("could not clear delivered replies: %s", type(error).__name__)
