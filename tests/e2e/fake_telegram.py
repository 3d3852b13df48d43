"""A fake Telegram Bot API for end-to-end tests that read like a chat.

Three layers, usable with any python-telegram-bot (PTB) ``Application``:

* :class:`FakeTelegram` is the state of a Bot API server (chats, messages, keyboards, callback queries,
  commands, the update queue), independent of transport: ``handle(method, params)`` returns the HTTP
  status and the ``{"ok": ..., "result": ...}`` body Telegram would return, errors included.
* :class:`FakeRequest` is a ``telegram.request.BaseRequest`` that talks to a FakeTelegram in process,
  so ``ApplicationBuilder().request(FakeRequest(tg)).get_updates_request(FakeRequest(tg))`` never
  touches the network. (``fake_api_server.FakeAPIServer`` serves the same state over real HTTP.)
* :class:`Chat` drives one user: ``await chat.send("/start")``, ``await chat.click("Yes")``,
  ``chat.last_text``, ``chat.buttons``, ``chat.transcript()``.

Plus :func:`collect_errors` (assert the handlers raised nothing) and :func:`running` (initialize and
start an Application, then stop and shut it down; never ``run_polling`` in a test: it closes the loop).
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dtm
import html
import itertools
import json
import re
import threading
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes
from telegram.request import BaseRequest, RequestData

__all__ = [
    "BOT_USERNAME",
    "TEST_TOKEN",
    "Call",
    "Chat",
    "ErrorList",
    "FakeRequest",
    "FakeTelegram",
    "StoredMessage",
    "TelegramAPIError",
    "application_builder",
    "collect_errors",
    "running",
]

BOT_USERNAME = "cec_screener_test_bot"
BOT_ID = 7_000_000_001
TEST_TOKEN = f"{BOT_ID}:TEST-token-for-the-fake-bot-api"

MAX_TEXT_LENGTH = 4096
MAX_CALLBACK_DATA_BYTES = 64

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
BLOCKED = "Forbidden: bot was blocked by the user"
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
CANT_PARSE = "Bad Request: can't parse entities: "


class TelegramAPIError(Exception):
    """An error answer of the Bot API: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, error_code: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad_request(description: str) -> TelegramAPIError:
    return TelegramAPIError(400, "Bad Request: " + description)


@dataclass
class Call:
    """One Bot API call the bot made, with its outcome."""

    method: str
    params: dict[str, Any]
    ok: bool = True
    error: str | None = None


@dataclass
class StoredMessage:
    """A message in a chat of the fake server, as it is now (after edits), with its history."""

    message_id: int
    chat: dict[str, Any]
    sender: dict[str, Any]
    date: int
    from_bot: bool
    text: str | None = None  # rendered plain text, as Telegram shows it (markup removed)
    raw_text: str | None = None  # the text as the bot sent it (with HTML / Markdown markup)
    parse_mode: str | None = None
    reply_markup: dict[str, Any] | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # other Message fields: caption, document...
    edit_date: int | None = None
    deleted: bool = False
    stamp: int = 0  # global version: increases on every send or edit (see FakeTelegram.stamp)
    text_history: list[str | None] = field(default_factory=list)  # earlier texts, oldest first
    markup_history: list[dict[str, Any] | None] = field(default_factory=list)  # earlier keyboards

    @property
    def chat_id(self) -> int:
        return int(self.chat["id"])

    @property
    def shown_text(self) -> str | None:
        """The text, or the caption of a media message."""
        return self.text if self.text is not None else self.extra.get("caption")

    @property
    def keyboard(self) -> list[list[str]]:
        """Labels of the inline keyboard, row by row ([] without an inline keyboard)."""
        return _inline_labels(self.reply_markup)

    @property
    def buttons(self) -> list[str]:
        """Labels of the inline keyboard as a flat list."""
        return [label for row in self.keyboard for label in row]

    def to_api(self) -> dict[str, Any]:
        """The Message object Telegram would return for this message now."""
        message: dict[str, Any] = {
            "message_id": self.message_id,
            "from": dict(self.sender),
            "chat": dict(self.chat),
            "date": self.date,
        }
        if self.text is not None:
            message["text"] = self.text
        if self.entities:
            message["entities"] = copy.deepcopy(self.entities)
        message.update(copy.deepcopy(self.extra))
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            message["reply_markup"] = copy.deepcopy(self.reply_markup)
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        return message


def _inline_labels(markup: dict[str, Any] | None) -> list[list[str]]:
    if not markup or "inline_keyboard" not in markup:
        return []
    return [[str(button.get("text", "")) for button in row] for row in markup["inline_keyboard"]]


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


# --------------------------------------------------------------------------------------------------
# Formatting: Telegram renders HTML / MarkdownV2 / Markdown into plain text + entities and rejects
# malformed markup with "can't parse entities". The fake renders to plain text and rejects the common
# mistakes (unknown tags, unclosed tags, unescaped reserved MarkdownV2 characters).
# --------------------------------------------------------------------------------------------------

_HTML_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
    "blockquote", "tg-emoji", "tg-time",
}  # fmt: skip
_HTML_TAG_RE = re.compile(r"<(/?)([^\s<>/]*)([^<>]*)>")
_HTML_ENTITY_RE = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);")
_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")


def _render_html(text: str) -> str:
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _HTML_TAG_RE.match(text, i)
            if match is None:
                offset = _byte_offset(text, i)
                raise _bad_request(f"can't parse entities: Unclosed start tag at byte offset {offset}")
            closing, name, _attributes = match.groups()
            tag = name.lower()
            if closing:
                if not stack:
                    raise _bad_request(
                        f"can't parse entities: Unexpected end tag at byte offset {_byte_offset(text, i)}"
                    )
                if stack[-1] != tag:
                    raise _bad_request(
                        f"can't parse entities: Unmatched end tag at byte offset {_byte_offset(text, i)}, "
                        f'expected "</{stack[-1]}>", found "</{name}>"'
                    )
                stack.pop()
            else:
                if tag not in _HTML_TAGS:
                    raise _bad_request(
                        f'can\'t parse entities: Unsupported start tag "{name}" at byte offset '
                        f"{_byte_offset(text, i)}"
                    )
                stack.append(tag)
            i = match.end()
            continue
        if char == "&":
            entity = _HTML_ENTITY_RE.match(text, i)
            if entity is not None:
                out.append(html.unescape(entity.group(0)))
                i = entity.end()
                continue
        out.append(char)
        i += 1
    if stack:
        raise _bad_request(f'can\'t parse entities: Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def _find_unescaped(text: str, needle: str, start: int) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(needle, i):
            return i
        i += 1
    return -1


def _unescape_backslashes(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text, flags=re.DOTALL)


def _render_markdown_v2(text: str) -> str:
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # (entity kind, byte offset of its start)

    def toggle(kind: str, index: int) -> None:
        for position in range(len(stack) - 1, -1, -1):
            if stack[position][0] == kind:
                del stack[position]
                return
        stack.append((kind, _byte_offset(text, index)))

    def reserved(char: str) -> TelegramAPIError:
        return _bad_request(
            f"can't parse entities: Character '{char}' is reserved and must be escaped with the preceding '\\'"
        )

    i = 0
    while i < len(text):
        char = text[i]
        line_start = i == 0 or text[i - 1] == "\n"
        if char == "\\":
            if i + 1 >= len(text):
                raise reserved("\\")
            out.append(text[i + 1])
            i += 2
        elif char == "`":
            fence = "```" if text.startswith("```", i) else "`"
            end = _find_unescaped(text, fence, i + len(fence))
            if end < 0:
                kind = "Pre" if fence == "```" else "Code"
                raise _bad_request(
                    f"can't parse entities: Can't find end of {kind} entity at byte offset {_byte_offset(text, i)}"
                )
            body = text[i + len(fence) : end]
            if fence == "```" and "\n" in body:
                first, rest = body.split("\n", 1)
                if first and " " not in first:  # a language name
                    body = rest
            out.append(_unescape_backslashes(body))
            i = end + len(fence)
        elif char == "*":
            toggle("Bold", i)
            i += 1
        elif char == "_":
            if text.startswith("__", i):
                toggle("Underline", i)
                i += 2
            else:
                toggle("Italic", i)
                i += 1
        elif char == "~":
            toggle("Strikethrough", i)
            i += 1
        elif char == "|" and text.startswith("||", i):
            toggle("Spoiler", i)
            i += 2
        elif char == "[" or (char == "!" and text.startswith("![", i)):
            stack.append(("TextUrl", _byte_offset(text, i)))
            i += 2 if char == "!" else 1
        elif char == "]":
            if not stack or stack[-1][0] != "TextUrl":
                raise reserved("]")
            if not text.startswith("(", i + 1):
                raise reserved("]")
            close = _find_unescaped(text, ")", i + 2)
            if close < 0:
                raise _bad_request(
                    f"can't parse entities: Can't find end of a URL at byte offset {_byte_offset(text, i + 1)}"
                )
            stack.pop()
            i = close + 1
        elif char == ">" and line_start:
            i += 1  # a blockquote line
        elif char in _MDV2_RESERVED:
            raise reserved(char)
        else:
            out.append(char)
            i += 1
    if stack:
        kind, offset = stack[-1]
        raise _bad_request(f"can't parse entities: Can't find end of {kind} entity at byte offset {offset}")
    return "".join(out)


def _render_markdown(text: str) -> str:
    """Legacy Markdown: *bold*, _italic_, `code`, ```pre```, [text](url); only _*`[ can be escaped."""
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and text[i + 1] in "_*`[":
            out.append(text[i + 1])
            i += 2
            continue
        if char in "*_`[":
            if char == "[":
                close = text.find("](", i + 1)
                end = text.find(")", close + 2) if close >= 0 else -1
                if close < 0 or end < 0:
                    out.append(char)  # a lone [ is plain text in legacy Markdown
                    i += 1
                    continue
                out.append(text[i + 1 : close])
                i = end + 1
                continue
            fence = "```" if text.startswith("```", i) else char
            end = text.find(fence, i + len(fence))
            if end < 0:
                raise _bad_request(
                    "can't parse entities: Can't find end of the entity starting at byte offset "
                    f"{_byte_offset(text, i)}"
                )
            body = text[i + len(fence) : end]
            if fence == "```" and "\n" in body:
                first, rest = body.split("\n", 1)
                if first and " " not in first:
                    body = rest
            out.append(body)
            i = end + len(fence)
            continue
        out.append(char)
        i += 1
    return "".join(out)


def render_text(text: str, parse_mode: str | None) -> str:
    """The plain text Telegram would show for ``text`` in ``parse_mode``; raises like Telegram."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return _render_html(text)
    if mode == "markdownv2":
        return _render_markdown_v2(text)
    if mode == "markdown":
        return _render_markdown(text)
    if mode:
        raise _bad_request(f"unsupported parse_mode {parse_mode!r}")
    return text


_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z][A-Za-z0-9_]{2,31})?(?![A-Za-z0-9_@/])")
_COMMAND_NAME_RE = re.compile(r"[a-z0-9_]{1,32}")


def command_entities(text: str) -> list[dict[str, Any]]:
    """``bot_command`` entities for the commands in ``text`` (offsets in UTF-16 code units)."""
    return [
        {"type": "bot_command", "offset": _utf16_len(text[: m.start()]), "length": _utf16_len(m.group(0))}
        for m in _COMMAND_RE.finditer(text)
    ]


# --------------------------------------------------------------------------------------------------
# The fake server state
# --------------------------------------------------------------------------------------------------


@dataclass
class _Fault:
    error: TelegramAPIError
    times: int


class FakeTelegram:
    """The state of a fake Bot API server. Thread-safe: the HTTP server calls it from its threads.

    ``handle(method, params)`` -> ``(http_status, body)``; ``call(method, params)`` -> result or raises
    :class:`TelegramAPIError`. Every call is recorded in :attr:`calls`.
    """

    def __init__(
        self,
        *,
        bot_id: int = BOT_ID,
        bot_username: str = BOT_USERNAME,
        bot_first_name: str = "CEC Screener (test)",
        clock: Callable[[], float | dtm.datetime] | None = None,
    ) -> None:
        self.bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self._clock = clock or time.time
        self._lock = threading.RLock()
        self._updates_changed = threading.Condition(self._lock)
        self.calls: list[Call] = []
        self.users: dict[int, dict[str, Any]] = {}
        self.messages: dict[int, list[StoredMessage]] = {}
        self.events: dict[int, list[tuple[Any, ...]]] = {}
        self.callback_queries: dict[str, dict[str, Any]] = {}
        self.callback_answers: list[dict[str, Any]] = []
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.bot_texts: dict[tuple[str, str], str] = {}  # (kind, language_code) -> name / description
        self.webhook: dict[str, Any] = {"url": ""}
        self.blocked: set[int] = set()
        self.files: dict[str, bytes] = {}
        self.expire_callback_queries = False  # True: every answerCallbackQuery fails as "too old"
        self.closed = False
        self._faults: dict[str, list[_Fault]] = {}
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._next_message_id: dict[int, int] = {}
        self._stamp = 0

    # ---- users, chats and time -------------------------------------------------------------------

    def now(self) -> int:
        value = self._clock()
        if isinstance(value, dtm.datetime):
            return int(value.timestamp())
        return int(value)

    def register_user(
        self,
        user_id: int,
        first_name: str = "Test",
        *,
        language_code: str | None = "en",
        username: str | None = None,
        last_name: str | None = None,
    ) -> dict[str, Any]:
        """Declare a user (and their private chat). Returns the User object."""
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        with self._lock:
            self.users[user_id] = user
        return dict(user)

    def user(self, user_id: int) -> dict[str, Any]:
        with self._lock:
            if user_id not in self.users:
                self.register_user(user_id, f"User{user_id}")
            return dict(self.users[user_id])

    def chat_object(self, chat_id: int) -> dict[str, Any]:
        """The Chat object of ``chat_id``: a private chat with a registered (or made-up) user."""
        if chat_id < 0:
            return {"id": chat_id, "type": "group", "title": f"Group {chat_id}"}
        user = self.user(chat_id)
        chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if key in user:
                chat[key] = user[key]
        return chat

    def next_update_id(self) -> int:
        with self._lock:
            return next(self._update_ids)

    @property
    def stamp(self) -> int:
        """A counter that increases on every message sent or edited (by anyone)."""
        with self._lock:
            return self._stamp

    def _bump(self) -> int:
        self._stamp += 1
        return self._stamp

    # ---- simulations -----------------------------------------------------------------------------

    def block(self, chat_id: int) -> None:
        """The user blocked the bot: every call for this chat fails with 403 Forbidden."""
        with self._lock:
            self.blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        with self._lock:
            self.blocked.discard(chat_id)

    def fail_next(
        self,
        method: str,
        description: str = "Bad Gateway",
        *,
        error_code: int = 502,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail, e.g.
        ``fail_next("sendMessage", "Too Many Requests: retry after 3", error_code=429, retry_after=3)``."""
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        with self._lock:
            self._faults.setdefault(method, []).append(
                _Fault(TelegramAPIError(error_code, description, parameters), times)
            )

    # ---- building user updates -------------------------------------------------------------------

    def user_message_update(self, user_id: int, text: str) -> dict[str, Any]:
        """Store a text message from the user in their private chat and return the Update (as JSON)."""
        with self._lock:
            user = self.user(user_id)
            entities = command_entities(text)
            message = self._store_message(user_id, user, from_bot=False, text=text, raw_text=text)
            message.entities = entities
            self._event(user_id, ("user", text))
            return {"update_id": self.next_update_id(), "message": message.to_api()}

    def find_button(
        self, chat_id: int, label: str, *, message_id: int | None = None, stale: bool = False
    ) -> tuple[StoredMessage, dict[str, Any]]:
        """The message and the inline button the user would press. Exact label first, then a unique label
        containing ``label``. With ``stale``, also the keyboards the message had before its edits."""
        with self._lock:
            if message_id is None:
                with_keyboard = [m for m in self._live(chat_id) if m.from_bot and m.keyboard]
                if not with_keyboard:
                    raise AssertionError(
                        f"No bot message with an inline keyboard in chat {chat_id}.\n{self.transcript(chat_id)}"
                    )
                message = with_keyboard[-1]
            else:
                message = self.get_message(chat_id, message_id)
                if message is None or message.deleted:
                    raise AssertionError(f"Message #{message_id} does not exist (any more) in chat {chat_id}")
            markups = [message.reply_markup]
            if stale:
                markups += list(reversed(message.markup_history))
            for markup in markups:
                button = _pick_button(markup, label)
                if button is not None:
                    return message, button
            available = message.buttons
            if stale:
                available = sorted({b for m in markups for row in _inline_labels(m) for b in row})
            raise AssertionError(
                f"No button {label!r} on message #{message.message_id} ({message.shown_text!r}); "
                f"available: {available}"
            )

    def callback_update(
        self, user_id: int, label: str, *, message_id: int | None = None, stale: bool = False
    ) -> dict[str, Any]:
        """The user presses the inline button ``label``: return the callback_query Update (as JSON)."""
        with self._lock:
            user = self.user(user_id)
            message, button = self.find_button(user_id, label, message_id=message_id, stale=stale)
            if "callback_data" not in button:
                kind = next((k for k in button if k != "text"), "unknown")
                raise AssertionError(f"Button {button.get('text')!r} is a {kind} button, not a callback button")
            query_id = f"{user_id}{next(self._query_ids):08d}"
            self.callback_queries[query_id] = {
                "id": query_id,
                "user_id": user_id,
                "chat_id": message.chat_id,
                "message_id": message.message_id,
                "data": button["callback_data"],
                "answered": False,
            }
            self._event(user_id, ("click", button.get("text", label), message.message_id, stale))
            query = {
                "id": query_id,
                "from": user,
                "message": message.to_api(),
                "chat_instance": str(abs(hash((self.bot_user["id"], message.chat_id)))),
                "data": button["callback_data"],
            }
            return {"update_id": self.next_update_id(), "callback_query": query}

    # ---- the update queue (getUpdates, webhook delivery) -----------------------------------------

    def push_update(self, update: dict[str, Any]) -> None:
        """Queue an Update for getUpdates (or webhook delivery)."""
        with self._updates_changed:
            self._updates.append(update)
            self._updates_changed.notify_all()

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._updates)

    def confirm_updates(self, below: int) -> None:
        """Forget the queued updates whose update_id is lower than ``below`` (Telegram's offset)."""
        with self._updates_changed:
            self._updates = [u for u in self._updates if u["update_id"] >= below]

    def _available_updates(self, offset: int | None, limit: int, allowed: list[str] | None) -> list[dict]:
        if offset is not None and offset < 0:  # -N: only the last N updates
            self._updates = self._updates[offset:]
        elif offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        updates = self._updates
        if allowed:
            updates = [u for u in updates if any(key in u for key in allowed)]
        return copy.deepcopy(updates[: max(1, min(limit, 100))])

    def next_webhook_delivery(self, timeout: float) -> tuple[str, str | None, dict[str, Any]] | None:
        """For the HTTP server's delivery thread: (url, secret_token, update) when a webhook is set and an
        update is pending, else None after ``timeout`` seconds."""
        with self._updates_changed:
            deadline = time.monotonic() + timeout
            while not (self.webhook.get("url") and self._updates) and not self.closed:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._updates_changed.wait(remaining)
            if self.closed:
                return None
            return self.webhook["url"], self.webhook.get("secret_token"), copy.deepcopy(self._updates[0])

    def close_server(self) -> None:
        """Wake every long poll (the HTTP server is stopping)."""
        with self._updates_changed:
            self.closed = True
            self._updates_changed.notify_all()

    # ---- queries for assertions ------------------------------------------------------------------

    def _live(self, chat_id: int) -> list[StoredMessage]:
        return [m for m in self.messages.get(chat_id, []) if not m.deleted]

    def chat_messages(self, chat_id: int, *, include_deleted: bool = False) -> list[StoredMessage]:
        """Messages of a chat (both sides), in order."""
        with self._lock:
            return list(self.messages.get(chat_id, [])) if include_deleted else self._live(chat_id)

    def bot_messages(self, chat_id: int) -> list[StoredMessage]:
        """The bot's messages still in the chat, in order, as they are now."""
        with self._lock:
            return [m for m in self._live(chat_id) if m.from_bot]

    def get_message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        with self._lock:
            for message in self.messages.get(chat_id, []):
                if message.message_id == message_id:
                    return message
            return None

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        """The parameters of every call of ``method``, in order."""
        with self._lock:
            return [c.params for c in self.calls if c.method == method]

    @property
    def failed_calls(self) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if not c.ok]

    def get_commands(self, language_code: str = "", scope: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """The commands stored by setMyCommands for this language and scope (no fallback)."""
        with self._lock:
            return copy.deepcopy(self.commands.get((_scope_key(scope), language_code or ""), []))

    def transcript(self, chat_id: int) -> str:
        """A readable log of the chat: what the user did and what the bot answered."""
        with self._lock:
            lines: list[str] = []
            for event in self.events.get(chat_id, []):
                kind = event[0]
                if kind == "user":
                    lines.append(_indent("user: ", event[1]))
                elif kind == "click":
                    _, label, message_id, stale = event
                    lines.append(f"user clicks [{label}] on #{message_id}" + (" (stale)" if stale else ""))
                elif kind in ("bot", "edit"):
                    _, message_id, text, keyboard = event
                    head = "bot: " if kind == "bot" else f"bot edits #{message_id}: "
                    lines.append(_indent(head, text if text is not None else "<media>"))
                    lines.extend("     " + " ".join(f"[{label}]" for label in row) for row in keyboard)
                elif kind == "answer":
                    _, text, show_alert = event
                    if text:
                        lines.append(f"bot answers the click ({'alert' if show_alert else 'toast'}): {text}")
                elif kind == "delete":
                    lines.append(f"bot deletes #{event[1]}")
                elif kind == "error":
                    lines.append(f"bot !! {event[1]} failed: {event[2]}")
            return "\n".join(lines)

    # ---- dispatch --------------------------------------------------------------------------------

    def handle(self, method: str, params: dict[str, Any] | None = None, *, block: bool = True) -> tuple[int, dict]:
        """Serve one Bot API call: (HTTP status, JSON body). ``block=False``: getUpdates never waits."""
        params = dict(params or {})
        try:
            result = self.call(method, params, block=block)
        except TelegramAPIError as error:
            return error.error_code, error.body()
        return 200, {"ok": True, "result": result}

    def call(self, method: str, params: dict[str, Any] | None = None, *, block: bool = True) -> Any:
        params = dict(params or {})
        with self._lock:
            record = Call(method, dict(params))
            self.calls.append(record)
        if method == "getUpdates":
            try:
                return self._get_updates(params, block=block)
            except TelegramAPIError as error:
                record.ok, record.error = False, error.description
                raise
        with self._lock:
            try:
                self._raise_fault(method)
                self._check_blocked(params)
                handler = getattr(self, f"_api_{method}", None)
                try:
                    return handler(params) if handler is not None else True
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise _bad_request(f"the fake server could not handle {method}: {exc!r}") from exc
            except TelegramAPIError as error:
                record.ok, record.error = False, error.description
                chat_id = params.get("chat_id")
                if isinstance(chat_id, int):
                    self._event(chat_id, ("error", method, error.description))
                raise

    async def ahandle(self, method: str, params: dict[str, Any] | None = None) -> tuple[int, dict]:
        """Like :meth:`handle`, for the event loop: a long-polling getUpdates waits without blocking it."""
        if method != "getUpdates":
            return self.handle(method, params)
        params = dict(params or {})
        timeout = _seconds(params.get("timeout"))
        deadline = time.monotonic() + timeout
        status, body = self.handle(method, params, block=False)
        while status == 200 and not body["result"] and time.monotonic() < deadline and not self.closed:
            await asyncio.sleep(0.01)
            with self._lock:
                try:
                    result = self._available_updates(
                        params.get("offset"), params.get("limit") or 100, params.get("allowed_updates")
                    )
                except TelegramAPIError as error:  # pragma: no cover - defensive
                    return error.error_code, error.body()
            body = {"ok": True, "result": result}
        return status, body

    def _raise_fault(self, method: str) -> None:
        faults = self._faults.get(method)
        if not faults:
            return
        fault = faults[0]
        fault.times -= 1
        if fault.times <= 0:
            faults.pop(0)
        raise fault.error

    def _check_blocked(self, params: dict[str, Any]) -> None:
        chat_id = params.get("chat_id")
        if isinstance(chat_id, int) and chat_id in self.blocked:
            raise TelegramAPIError(403, BLOCKED)

    def _chat_id(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        if isinstance(chat_id, str) and re.fullmatch(r"-?\d+", chat_id):
            chat_id = int(chat_id)
        if not isinstance(chat_id, int):
            raise _bad_request("chat not found")
        return chat_id

    def _event(self, chat_id: int, event: tuple[Any, ...]) -> None:
        self.events.setdefault(chat_id, []).append(event)

    def _store_message(
        self,
        chat_id: int,
        sender: dict[str, Any],
        *,
        from_bot: bool,
        text: str | None,
        raw_text: str | None,
        parse_mode: str | None = None,
        reply_markup: dict[str, Any] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> StoredMessage:
        message_id = self._next_message_id.get(chat_id, 0) + 1
        self._next_message_id[chat_id] = message_id
        message = StoredMessage(
            message_id=message_id,
            chat=self.chat_object(chat_id),
            sender=dict(sender),
            date=self.now(),
            from_bot=from_bot,
            text=text,
            raw_text=raw_text,
            parse_mode=parse_mode,
            reply_markup=reply_markup,
            extra=extra or {},
            stamp=self._bump(),
        )
        self.messages.setdefault(chat_id, []).append(message)
        return message

    # ---- Bot API methods -------------------------------------------------------------------------

    def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _api_logOut(self, params: dict[str, Any]) -> bool:
        return True

    def _api_close(self, params: dict[str, Any]) -> bool:
        return True

    def _api_setWebhook(self, params: dict[str, Any]) -> bool:
        url = params.get("url") or ""
        if url and not re.match(r"https?://", url):
            raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook = {"url": url}
        for key in ("secret_token", "allowed_updates", "max_connections", "ip_address"):
            if params.get(key) is not None:
                self.webhook[key] = params[key]
        self._updates_changed.notify_all()
        return True

    def _api_deleteWebhook(self, params: dict[str, Any]) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook = {"url": ""}
        return True

    def _api_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        for key in ("allowed_updates", "max_connections", "ip_address"):
            if key in self.webhook:
                info[key] = self.webhook[key]
        return info

    def _get_updates(self, params: dict[str, Any], *, block: bool) -> list[dict[str, Any]]:
        offset = params.get("offset")
        limit = params.get("limit") or 100
        allowed = params.get("allowed_updates")
        timeout = _seconds(params.get("timeout")) if block else 0.0
        deadline = time.monotonic() + timeout
        with self._updates_changed:
            while True:
                if self.webhook.get("url"):
                    raise TelegramAPIError(
                        409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook "
                        "to delete the webhook first",
                    )
                updates = self._available_updates(offset, limit, allowed)
                remaining = deadline - time.monotonic()
                if updates or remaining <= 0 or self.closed:
                    return updates
                self._updates_changed.wait(remaining)

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands") or []
        if len(commands) > 100:
            raise _bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not _COMMAND_NAME_RE.fullmatch(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = (_scope_key(params.get("scope")), params.get("language_code") or "")
        self.commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
        return True

    def _api_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.get_commands(params.get("language_code") or "", params.get("scope"))

    def _api_deleteMyCommands(self, params: dict[str, Any]) -> bool:
        self.commands.pop((_scope_key(params.get("scope")), params.get("language_code") or ""), None)
        return True

    def _set_bot_text(self, kind: str, params: dict[str, Any]) -> bool:
        self.bot_texts[(kind, params.get("language_code") or "")] = params.get(kind) or ""
        return True

    def _get_bot_text(self, kind: str, params: dict[str, Any]) -> dict[str, str]:
        return {kind: self.bot_texts.get((kind, params.get("language_code") or ""), "")}

    def _api_setMyName(self, params: dict[str, Any]) -> bool:
        return self._set_bot_text("name", params)

    def _api_getMyName(self, params: dict[str, Any]) -> dict[str, str]:
        return self._get_bot_text("name", params)

    def _api_setMyDescription(self, params: dict[str, Any]) -> bool:
        return self._set_bot_text("description", params)

    def _api_getMyDescription(self, params: dict[str, Any]) -> dict[str, str]:
        return self._get_bot_text("description", params)

    def _api_setMyShortDescription(self, params: dict[str, Any]) -> bool:
        return self._set_bot_text("short_description", params)

    def _api_getMyShortDescription(self, params: dict[str, Any]) -> dict[str, str]:
        return self._get_bot_text("short_description", params)

    def _render(self, params: dict[str, Any], key: str = "text") -> tuple[str, str]:
        raw = params.get(key)
        if raw is None or not str(raw).strip():
            if key == "caption":
                return "", ""
            raise _bad_request("message text is empty")
        raw = str(raw)
        rendered = raw if params.get(f"{'caption_' if key == 'caption' else ''}entities") else render_text(
            raw, params.get("parse_mode")
        )
        if key == "text" and not rendered.strip():
            raise _bad_request("message text is empty")
        limit = MAX_TEXT_LENGTH if key == "text" else 1024
        if _utf16_len(rendered) > limit:
            raise _bad_request("message is too long" if key == "text" else "message caption is too long")
        return raw, rendered

    def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        raw, rendered = self._render(params)
        markup = _check_markup(params.get("reply_markup"))
        message = self._store_message(
            chat_id, self.bot_user, from_bot=True, text=rendered, raw_text=raw,
            parse_mode=params.get("parse_mode"), reply_markup=markup,
        )  # fmt: skip
        self._event(chat_id, ("bot", message.message_id, rendered, _inline_labels(markup)))
        return message.to_api()

    def _editable(self, params: dict[str, Any]) -> StoredMessage | None:
        """The message an edit* call targets; None for inline messages (they return True)."""
        if params.get("inline_message_id"):
            return None
        chat_id = self._chat_id(params)
        message = self.get_message(chat_id, int(params.get("message_id") or 0))
        if message is None or message.deleted:
            raise _bad_request("message to edit not found")
        if not message.from_bot:
            raise _bad_request("message can't be edited")
        return message

    def _apply_edit(self, message: StoredMessage, text: str | None, raw: str | None, parse_mode: str | None,
                    markup: dict[str, Any] | None) -> dict[str, Any]:  # fmt: skip
        if text == message.text and raw == message.raw_text and markup == message.reply_markup:
            raise _bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        if text != message.text or raw != message.raw_text:
            message.text_history.append(message.text)
        if markup != message.reply_markup:
            message.markup_history.append(message.reply_markup)
        message.text, message.raw_text, message.parse_mode = text, raw, parse_mode
        message.reply_markup = markup
        message.edit_date = self.now()
        message.stamp = self._bump()
        self._event(message.chat_id, ("edit", message.message_id, message.shown_text, message.keyboard))
        return message.to_api()

    def _api_editMessageText(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        markup = _check_markup(params.get("reply_markup"))
        raw, rendered = self._render(params)
        message = self._editable(params)
        if message is None:
            return True
        if message.text is None:
            raise _bad_request("there is no text in the message to edit")
        # Like Telegram: an edit without reply_markup removes the inline keyboard.
        return self._apply_edit(message, rendered, raw, params.get("parse_mode"), markup)

    def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        markup = _check_markup(params.get("reply_markup"))
        message = self._editable(params)
        if message is None:
            return True
        return self._apply_edit(message, message.text, message.raw_text, message.parse_mode, markup)

    def _api_editMessageCaption(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        markup = _check_markup(params.get("reply_markup"))
        _raw, rendered = self._render(params, "caption")
        message = self._editable(params)
        if message is None:
            return True
        if message.text is not None:
            raise _bad_request("there is no caption in the message to edit")
        if rendered == message.extra.get("caption") and markup == message.reply_markup:
            raise _bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        message.extra["caption"] = rendered
        return self._apply_edit(message, None, None, params.get("parse_mode"), markup)

    def _api_deleteMessage(self, params: dict[str, Any]) -> bool:
        chat_id = self._chat_id(params)
        message = self.get_message(chat_id, int(params.get("message_id") or 0))
        if message is None or message.deleted:
            raise _bad_request("message to delete not found")
        message.deleted = True
        self._event(chat_id, ("delete", message.message_id))
        return True

    def _api_deleteMessages(self, params: dict[str, Any]) -> bool:
        chat_id = self._chat_id(params)
        for message_id in params.get("message_ids") or []:
            message = self.get_message(chat_id, int(message_id))
            if message is not None and not message.deleted:
                message.deleted = True
                self._event(chat_id, ("delete", message.message_id))
        return True

    def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        query = self.callback_queries.get(str(params.get("callback_query_id")))
        if query is None or query["answered"] or self.expire_callback_queries:
            raise _bad_request(QUERY_TOO_OLD.removeprefix("Bad Request: "))
        query["answered"] = True
        answer = {
            "callback_query_id": query["id"],
            "user_id": query["user_id"],
            "chat_id": query["chat_id"],
            "message_id": query["message_id"],
            "data": query["data"],
            "text": params.get("text"),
            "show_alert": bool(params.get("show_alert")),
            "url": params.get("url"),
        }
        self.callback_answers.append(answer)
        self._event(query["chat_id"], ("answer", answer["text"], answer["show_alert"]))
        return True

    def _api_sendChatAction(self, params: dict[str, Any]) -> bool:
        self._chat_id(params)
        return True

    def _send_media(self, kind: str, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._chat_id(params)
        raw, caption = self._render(params, "caption")
        markup = _check_markup(params.get("reply_markup"))
        media = params.get(kind)
        number = next(self._file_ids)
        file_id, unique_id = f"FAKE-{kind}-{number}", f"U{number}"
        name = None
        if isinstance(media, dict):  # an upload: {"filename", "content", "mime_type"}
            self.files[file_id] = media.get("content") or b""
            name = media.get("filename")
        elif isinstance(media, str):
            file_id = media
        obj: dict[str, Any] = {"file_id": file_id, "file_unique_id": unique_id}
        extra: dict[str, Any]
        if kind == "photo":
            width, height = _png_size(self.files.get(file_id, b""))
            extra = {"photo": [{**obj, "width": width, "height": height}]}
        else:
            if name:
                obj["file_name"] = name
            extra = {kind: obj}
        if caption:
            extra["caption"] = caption
        message = self._store_message(
            chat_id, self.bot_user, from_bot=True, text=None, raw_text=raw or None,
            parse_mode=params.get("parse_mode"), reply_markup=markup, extra=extra,
        )  # fmt: skip
        label = f"<{kind}{': ' + name if name else ''}>" + (f" {caption}" if caption else "")
        self._event(chat_id, ("bot", message.message_id, label, _inline_labels(markup)))
        return message.to_api()

    def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._send_media("document", params)

    def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._send_media("photo", params)


def _png_size(content: bytes) -> tuple[int, int]:
    """A PNG upload's width and height from its header, as Telegram reports a photo's size (1 x 1 otherwise)."""
    if content[:8] == b"\x89PNG\r\n\x1a\n" and content[12:16] == b"IHDR":
        return int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")
    return 1, 1


def _pick_button(markup: dict[str, Any] | None, label: str) -> dict[str, Any] | None:
    buttons = [b for row in (markup or {}).get("inline_keyboard", []) for b in row]
    exact = [b for b in buttons if b.get("text") == label]
    if exact:
        return exact[0]
    partial = [b for b in buttons if label in str(b.get("text", ""))]
    return partial[0] if len(partial) == 1 else None


def _check_markup(markup: Any) -> dict[str, Any] | None:
    """Validate reply_markup like Telegram and normalise it to plain JSON (None when absent/empty)."""
    if markup is None or markup == "":
        return None
    if isinstance(markup, str):
        markup = json.loads(markup)
    markup = json.loads(json.dumps(markup))
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad_request("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays")
        for row in rows:
            for button in row:
                if not str(button.get("text", "")).strip():
                    raise _bad_request("BUTTON_TEXT_INVALID")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                    raise _bad_request("BUTTON_DATA_INVALID")
        if not any(rows):
            return None
    return markup


def _scope_key(scope: Any) -> str:
    if isinstance(scope, str):
        scope = json.loads(scope)
    return json.dumps(scope or {"type": "default"}, sort_keys=True)


def _seconds(value: Any) -> float:
    if value is None:
        return 0.0
    if isinstance(value, dtm.timedelta):
        return value.total_seconds()
    return float(value)


def _indent(head: str, text: str) -> str:
    lines = str(text).split("\n")
    return "\n".join([head + lines[0], *(" " * len(head) + line for line in lines[1:])])


# --------------------------------------------------------------------------------------------------
# PTB transport
# --------------------------------------------------------------------------------------------------


class FakeRequest(BaseRequest):
    """A ``telegram.request.BaseRequest`` served by a :class:`FakeTelegram`, in process, no network.

    Parameters arrive as ``RequestData.parameters`` (already plain JSON values: PTB turns Telegram objects
    into dicts); they are round-tripped through JSON so anything the real API could not encode fails
    here too. Uploaded files arrive as ``{"filename", "content", "mime_type"}`` dicts.
    """

    def __init__(self, telegram: FakeTelegram, *, read_timeout: float | None = 5.0) -> None:
        self.telegram = telegram
        self._read_timeout = read_timeout
        self.initialized = False

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        self.initialized = True

    async def shutdown(self) -> None:
        self.initialized = False

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if method == "GET":  # a file download: .../file/bot<token>/<file_path>
            content = self.telegram.files.get(url.rsplit("/", 1)[-1])
            if content is None:
                return 404, json.dumps({"ok": False, "error_code": 404, "description": "Not Found"}).encode()
            return 200, content
        api_method = url.rstrip("/").rsplit("/", 1)[-1]
        params = request_params(request_data)
        status, body = await self.telegram.ahandle(api_method, params)
        return status, json.dumps(body).encode("utf-8")


def request_params(request_data: RequestData | None) -> dict[str, Any]:
    """The parameters of a PTB request as the Bot API would decode them."""
    if request_data is None:
        return {}
    params: dict[str, Any] = json.loads(json.dumps(request_data.parameters))
    for name, (filename, content, mime_type) in request_data.multipart_data.items():
        if hasattr(content, "read"):  # PTB >= 21.5 may pass a file handle
            content = content.read()
        params[name] = {"filename": filename, "content": content, "mime_type": mime_type}
    return params


# --------------------------------------------------------------------------------------------------
# Test helpers
# --------------------------------------------------------------------------------------------------


def application_builder(telegram: FakeTelegram, token: str = TEST_TOKEN) -> ApplicationBuilder:
    """An ApplicationBuilder wired to the fake: add handlers after ``.build()``."""
    return (
        ApplicationBuilder()
        .token(token)
        .request(FakeRequest(telegram))
        .get_updates_request(FakeRequest(telegram))
    )


class ErrorList(list):
    """The errors raised by handlers (``assert errors == []``; ``errors.check()`` shows tracebacks)."""

    def check(self) -> None:
        if self:
            formatted = "\n".join("".join(traceback.format_exception(error)) for error in self)
            raise AssertionError(f"{len(self)} error(s) in handlers:\n{formatted}")


def collect_errors(app: Application) -> ErrorList:
    """Register an error handler that appends ``context.error`` to the returned list."""
    errors = ErrorList()

    async def _collect(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Remember the error for the test's assertions."""
        errors.append(context.error)

    app.add_error_handler(_collect)
    return errors


@asynccontextmanager
async def running(
    app: Application, *, polling: bool = False, poll_timeout: float = 1.0, run_hooks: bool = True
) -> AsyncIterator[Application]:
    """``initialize`` (+ ``post_init``) and ``start`` the application, then ``stop`` and ``shutdown``,
    as ``run_polling`` would but without touching the event loop. ``polling=True`` also starts the
    updater's polling (against the same transport: a FakeRequest or a FakeAPIServer base_url)."""
    await app.initialize()
    try:
        if run_hooks and app.post_init:
            await app.post_init(app)
        if polling:
            assert app.updater is not None, "the application has no updater"
            await app.updater.start_polling(poll_interval=0.0, timeout=dtm.timedelta(seconds=poll_timeout))
        await app.start()
        try:
            yield app
        finally:
            if app.updater is not None and app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            if run_hooks and app.post_stop:
                await app.post_stop(app)
    finally:
        await app.shutdown()
        if run_hooks and app.post_shutdown:
            await app.post_shutdown(app)


async def settle(app: Application, timeout: float = 5.0) -> None:
    """Wait for the tasks the application started (handlers with ``block=False``, ``app.create_task``)."""
    deadline = time.monotonic() + timeout
    await asyncio.sleep(0)
    while time.monotonic() < deadline:
        tasks = getattr(app, "_Application__create_task_tasks", set())
        pending = [t for t in tasks if not t.done()]
        if not pending:
            return
        await asyncio.wait(pending, timeout=max(0.0, deadline - time.monotonic()))
    raise AssertionError("the application's tasks did not finish in time")


class Chat:
    """One user talking to the bot in a private chat, in process.

    ``await chat.send("/start")``; ``await chat.click("Yes")``; ``chat.last_text``, ``chat.buttons``.
    The application must be initialized (use :func:`running`). ``send`` and ``click`` return the bot
    messages sent or edited while the update was processed.
    """

    def __init__(
        self,
        app: Application,
        telegram: FakeTelegram,
        *,
        user_id: int = 1001,
        first_name: str = "Alice",
        language_code: str | None = "en",
        username: str | None = None,
        last_name: str | None = None,
    ) -> None:
        self.app = app
        self.telegram = telegram
        self.user_id = user_id
        self.chat_id = user_id
        self.user = telegram.register_user(
            user_id, first_name, language_code=language_code, username=username, last_name=last_name
        )

    # ---- actions ---------------------------------------------------------------------------------

    async def process(self, raw_update: dict[str, Any]) -> list[StoredMessage]:
        """Feed any Update (as JSON) to the application, wait for it, return new or edited bot messages."""
        before = self.telegram.stamp
        await self.app.process_update(Update.de_json(raw_update, self.app.bot))
        await settle(self.app)
        return [m for m in self.telegram.bot_messages(self.chat_id) if m.stamp > before]

    async def send(self, text: str) -> list[StoredMessage]:
        """The user types ``text`` (a ``/command`` gets its bot_command entity)."""
        return await self.process(self.telegram.user_message_update(self.user_id, text))

    async def click(self, label: str, *, message_id: int | None = None) -> list[StoredMessage]:
        """The user presses an inline button of the latest bot message with a keyboard (or of
        ``message_id``). ``label``: the exact label, or a part that only one button contains."""
        return await self.process(self.telegram.callback_update(self.user_id, label, message_id=message_id))

    async def click_stale(self, label: str, message_id: int) -> list[StoredMessage]:
        """The user presses a button of an older message, even one its keyboard no longer shows (the
        client had not yet received the edit)."""
        return await self.process(
            self.telegram.callback_update(self.user_id, label, message_id=message_id, stale=True)
        )

    def block(self) -> None:
        """The user blocks the bot: sending to this chat now fails with 403 Forbidden."""
        self.telegram.block(self.chat_id)

    # ---- what the user sees ----------------------------------------------------------------------

    @property
    def bot_messages(self) -> list[StoredMessage]:
        return self.telegram.bot_messages(self.chat_id)

    @property
    def last_bot_message(self) -> StoredMessage:
        messages = self.bot_messages
        if not messages:
            raise AssertionError(f"The bot has sent nothing to chat {self.chat_id}.\n{self.transcript()}")
        return messages[-1]

    @property
    def last_message(self) -> dict[str, Any]:
        """The latest bot message, as the Message JSON Telegram would return now."""
        return self.last_bot_message.to_api()

    @property
    def last_text(self) -> str:
        """Text (or caption) of the latest bot message, after edits."""
        return self.last_bot_message.shown_text or ""

    @property
    def texts(self) -> list[str]:
        """Texts of all the bot messages still in the chat, in order, after edits."""
        return [m.shown_text for m in self.bot_messages if m.shown_text is not None]

    @property
    def keyboard(self) -> list[list[str]]:
        """Rows of labels of the latest inline keyboard."""
        with_keyboard = [m for m in self.bot_messages if m.keyboard]
        return with_keyboard[-1].keyboard if with_keyboard else []

    @property
    def buttons(self) -> list[str]:
        """Labels of the latest inline keyboard, flat."""
        return [label for row in self.keyboard for label in row]

    @property
    def reply_keyboard(self) -> list[str]:
        """Labels of the reply keyboard currently shown under the input field ([] if none/removed)."""
        for message in reversed(self.bot_messages):
            markup = message.reply_markup or {}
            if markup.get("remove_keyboard"):
                return []
            if "keyboard" in markup:
                return [b if isinstance(b, str) else b.get("text", "") for row in markup["keyboard"] for b in row]
        return []

    @property
    def callback_answers(self) -> list[dict[str, Any]]:
        """answerCallbackQuery calls for this user's clicks: dicts with text, show_alert, data..."""
        return [a for a in self.telegram.callback_answers if a["user_id"] == self.user_id]

    def transcript(self) -> str:
        return self.telegram.transcript(self.chat_id)


def chats(app: Application, telegram: FakeTelegram, user_ids: Iterable[int]) -> list[Chat]:
    """Several users at once (e.g. for concurrency tests)."""
    return [Chat(app, telegram, user_id=uid, first_name=f"User{uid}") for uid in user_ids]
