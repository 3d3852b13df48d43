"""A real HTTP Bot API server on 127.0.0.1 serving a :class:`FakeTelegram`, for tests of the whole
network path: PTB's own HTTPXRequest, long-polling ``getUpdates`` and webhook delivery.

    with FakeAPIServer() as server:
        app = ApplicationBuilder().token(TEST_TOKEN).base_url(server.base_url).build()
        ...
        server.push_user_message(1001, "/start")
        message = await server.wait_for_bot_message(1001, contains="Welcome")

The bot may also run in another process: give it ``server.base_url`` (e.g. through its settings) and
use :meth:`FakeAPIServer.wait_for_bot_message_blocking`.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import email.policy
import json
import re
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .fake_telegram import FakeTelegram, StoredMessage

__all__ = ["FakeAPIServer", "decode_body"]

# Parameters that are strings in the Bot API even when they look like JSON ("123", "true", "null").
_STRING_PARAMS = {
    "text", "caption", "parse_mode", "callback_query_id", "inline_message_id", "url", "secret_token",
    "ip_address", "language_code", "description", "short_description", "name", "action", "emoji", "query",
    "title", "question", "business_connection_id", "message_effect_id", "result_id", "switch_pm_text",
    "switch_pm_parameter", "file_id", "custom_title", "sticker", "photo", "document", "audio", "video",
    "voice", "animation", "video_note", "thumbnail", "first_name", "last_name", "phone_number", "vcard",
    "address", "foursquare_id", "foursquare_type", "google_place_id", "google_place_type", "certificate",
}  # fmt: skip

_API_PATH = re.compile(r"/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)/?")
_FILE_PATH = re.compile(r"/file/bot(?P<token>[^/]+)/(?P<path>.+)")


def _coerce(name: str, value: str) -> Any:
    """A form field's value: PTB sends strings as they are and everything else JSON-encoded."""
    if name in _STRING_PARAMS:
        return value
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return value if isinstance(decoded, str) else decoded


def decode_body(content_type: str, body: bytes, query: str = "") -> dict[str, Any]:
    """The parameters of a Bot API request: query string, JSON, urlencoded form or multipart form."""
    params: dict[str, Any] = {k: _coerce(k, v) for k, v in parse_qsl(query, keep_blank_values=True)}
    kind = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return params
    if kind == "application/json":
        params.update(json.loads(body.decode("utf-8")))
    elif kind == "application/x-www-form-urlencoded":
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        params.update({k: _coerce(k, v) for k, v in pairs})
    elif kind == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not name:
                continue
            content = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                params[name] = {"filename": filename, "content": content, "mime_type": part.get_content_type()}
            else:
                params[name] = _coerce(name, content.decode(part.get_content_charset() or "utf-8"))
    return params


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the default logs every request (with the token) to stderr."""

    def _reply(self, status: int, payload: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (cancelled)
            self.wfile.write(payload)

    def _serve(self) -> None:
        owner = self.server.owner
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        file_match = _FILE_PATH.fullmatch(parts.path)
        if file_match:
            content = owner.telegram.files.get(file_match["path"].rsplit("/", 1)[-1])
            if content is None:
                self._reply(404, b'{"ok":false,"error_code":404,"description":"Not Found"}')
            else:
                self._reply(200, content, "application/octet-stream")
            return
        match = _API_PATH.fullmatch(parts.path)
        if match is None:
            self._reply(404, b'{"ok":false,"error_code":404,"description":"Not Found"}')
            return
        if owner.token is not None and match["token"] != owner.token:
            self._reply(401, b'{"ok":false,"error_code":401,"description":"Unauthorized"}')
            return
        content_type = self.headers.get("Content-Type") or ""
        owner.requests.append((self.command, match["method"], content_type.split(";", 1)[0]))
        try:
            params = decode_body(content_type, body, parts.query)
        except ValueError as exc:
            error = {"ok": False, "error_code": 400, "description": f"Bad Request: can't parse body: {exc}"}
            self._reply(400, json.dumps(error).encode())
            return
        status, result = owner.telegram.handle(match["method"], params)
        self._reply(status, json.dumps(result).encode("utf-8"))

    do_GET = _serve
    do_POST = _serve


class _KeepAliveHandler(_Handler):
    """HTTP/1.1: a connection serves request after request, as Telegram's servers do (every reply has a
    Content-Length). The default ``_Handler`` speaks HTTP/1.0 and closes the connection after each reply."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall

    def handle(self) -> None:
        with contextlib.suppress(ConnectionError):  # the client died between two requests (kill -9)
            super().handle()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # listen backlog: the default 5 resets connections when a bot opens many at once
    owner: FakeAPIServer


class FakeAPIServer:
    """Serves a FakeTelegram at ``http://127.0.0.1:<port>/bot<token>/<method>`` from background threads.

    ``token``: when given, requests with another token get 401 Unauthorized (as Telegram does).
    ``keep_alive``: serve HTTP/1.1 persistent connections (off by default: one connection per request).
    """

    def __init__(
        self, telegram: FakeTelegram | None = None, *, host: str = "127.0.0.1", port: int = 0,
        token: str | None = None, keep_alive: bool = False,
    ) -> None:  # fmt: skip
        self.telegram = telegram or FakeTelegram()
        self.host = host
        self.port = port
        self.token = token
        self.keep_alive = keep_alive  # True: HTTP/1.1 persistent connections (benchmarks/load.py)
        self.requests: list[tuple[str, str, str]] = []  # (HTTP verb, API method, content type)
        self._httpd: _Server | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()
        self._since: dict[int, int] = {}  # chat id -> FakeTelegram.stamp when the user last acted

    # ---- lifecycle -------------------------------------------------------------------------------

    def start(self) -> FakeAPIServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        self.telegram.closed = False
        self._httpd = _Server((self.host, self.port), _KeepAliveHandler if self.keep_alive else _Handler)
        self._httpd.owner = self
        self.port = self._httpd.server_address[1]
        serve = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                 name="fake-bot-api", daemon=True)  # fmt: skip
        deliver = threading.Thread(target=self._deliver_webhooks, name="fake-bot-api-webhook", daemon=True)
        self._threads = [serve, deliver]
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._stopping.set()
        self.telegram.close_server()  # wakes long polls so their threads end
        self._httpd.shutdown()
        self._httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._httpd = None

    def __enter__(self) -> FakeAPIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder().base_url(...)``: PTB appends ``<token>/<method>``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    # ---- the user's side -------------------------------------------------------------------------

    def push_update(self, update: dict[str, Any], chat_id: int | None = None) -> dict[str, Any]:
        if chat_id is not None:
            self._since[chat_id] = self.telegram.stamp
        self.telegram.push_update(update)
        return update

    def push_user_message(
        self, user_id: int, text: str, *, first_name: str | None = None, language_code: str | None = None
    ) -> dict[str, Any]:
        """The user sends ``text``: queue the Update for getUpdates / the webhook. Returns it."""
        if first_name is not None or language_code is not None or user_id not in self.telegram.users:
            name = first_name or f"User{user_id}"
            self.telegram.register_user(user_id, name, language_code=language_code or "en")
        self._since[user_id] = self.telegram.stamp
        return self.push_update(self.telegram.user_message_update(user_id, text))

    def push_click(
        self, user_id: int, label: str, *, message_id: int | None = None, stale: bool = False
    ) -> dict[str, Any]:
        """The user presses the inline button ``label`` (on the latest keyboard, or on ``message_id``)."""
        self._since[user_id] = self.telegram.stamp
        return self.push_update(
            self.telegram.callback_update(user_id, label, message_id=message_id, stale=stale)
        )

    # ---- waiting for the bot ---------------------------------------------------------------------

    def _find(self, chat_id: int, contains: str, since: int | None) -> StoredMessage | None:
        floor = self._since.get(chat_id, 0) if since is None else since
        for message in self.telegram.bot_messages(chat_id):
            if message.stamp > floor and contains in (message.shown_text or ""):
                return message
        return None

    def _timeout_error(self, chat_id: int, contains: str, timeout: float) -> AssertionError:
        return AssertionError(
            f"No bot message containing {contains!r} in chat {chat_id} within {timeout} s.\n"
            f"{self.telegram.transcript(chat_id)}"
        )

    async def wait_for_bot_message(
        self, chat_id: int, contains: str = "", timeout: float = 5.0, *, since: int | None = None
    ) -> StoredMessage:
        """Wait (without blocking the event loop, where an in-process bot may run) for a bot message
        sent or edited after the user's last push to this chat (or after stamp ``since``; 0 for any)."""
        deadline = time.monotonic() + timeout
        while True:
            found = self._find(chat_id, contains, since)
            if found is not None:
                return found
            if time.monotonic() >= deadline:
                raise self._timeout_error(chat_id, contains, timeout)
            await asyncio.sleep(0.02)

    def wait_for_bot_message_blocking(
        self, chat_id: int, contains: str = "", timeout: float = 5.0, *, since: int | None = None
    ) -> StoredMessage:
        """The same for a bot running in another thread or process (this blocks the calling thread)."""
        deadline = time.monotonic() + timeout
        while True:
            found = self._find(chat_id, contains, since)
            if found is not None:
                return found
            if time.monotonic() >= deadline:
                raise self._timeout_error(chat_id, contains, timeout)
            time.sleep(0.02)

    async def wait_for_call(self, method: str, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Wait until the bot has called ``method`` at least ``count`` times; return the params."""
        deadline = time.monotonic() + timeout
        while len(calls := self.telegram.calls_to(method)) < count:
            if time.monotonic() >= deadline:
                raise AssertionError(f"{method} called {len(calls)} time(s), expected {count}, in {timeout} s")
            await asyncio.sleep(0.02)
        return calls

    # ---- webhook delivery ------------------------------------------------------------------------

    def _deliver_webhooks(self) -> None:
        """While a webhook is set, POST queued updates to it in order, like Telegram (retrying)."""
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while not self._stopping.is_set():
            item = self.telegram.next_webhook_delivery(timeout=0.1)
            if item is None:
                continue
            url, secret, update = item
            request = urllib.request.Request(
                url, data=json.dumps(update).encode("utf-8"), method="POST",
                headers={"Content-Type": "application/json"},
            )  # fmt: skip
            if secret:
                request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
            try:
                with opener.open(request, timeout=5) as response:
                    delivered = 200 <= response.status < 300
            except (urllib.error.URLError, OSError):
                delivered = False
            if delivered:
                self.telegram.confirm_updates(update["update_id"] + 1)
            else:
                self._stopping.wait(0.1)
