"""The Bot API request the bot ships (bot/telegram_adapter/json_request.py) over real HTTP to the fake Bot API:
parameters as one JSON object, files as python-telegram-bot's multipart form, errors as python-telegram-bot's."""

from __future__ import annotations

import asyncio
import gc
import io
import json
import socket
from collections.abc import Awaitable, Callable

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.telegram_adapter.json_request import JsonBodyRequest
from tests.e2e.fake_api_server import FakeAPIServer

TOKEN = "123:json-request"
CHAT = 4242
# A reply as the screener writes them: HTML, French accents, typographic quotes, an emoji, a keyboard.
TEXT = "<b>Étape 3 sur 19</b> · « Combien d’heures par semaine ? » 🇨🇦 &amp; 37,5 h"
KEYBOARD = {"inline_keyboard": [[{"text": "Oui ✅", "callback_data": "a:yes"}],
                                [{"text": "Je ne sais pas", "callback_data": "a:unsure"}]]}


def _bot(server: FakeAPIServer, request: JsonBodyRequest) -> Bot:
    return Bot(TOKEN, base_url=server.base_url, base_file_url=server.base_file_url, request=request)


async def test_a_reply_arrives_as_json_with_its_text_and_keyboard_intact() -> None:
    with FakeAPIServer(token=TOKEN) as server:
        async with _bot(server, JsonBodyRequest(connection_pool_size=2)) as bot:
            await bot._post("sendMessage", {"chat_id": CHAT, "text": TEXT, "parse_mode": "HTML",
                                            "link_preview_options": {"is_disabled": True},
                                            "reply_markup": KEYBOARD})
            # python-telegram-bot's own objects go the same way
            markup = InlineKeyboardMarkup([[InlineKeyboardButton("Non", callback_data="a:no")]])
            sent = await bot.send_message(CHAT, "Deuxième", reply_markup=markup)
        first, second = server.telegram.bot_messages(CHAT)[-2:]
        assert first.raw_text == TEXT
        assert first.reply_markup == KEYBOARD
        assert second.text == "Deuxième" and second.reply_markup == markup.to_dict()
        assert sent.message_id == second.message_id
        sends = [kind for _, method, kind in server.requests if method == "sendMessage"]
        assert sends == ["application/json", "application/json"]


async def test_half_an_emoji_in_a_text_reaches_telegram_rather_than_failing_to_encode() -> None:
    """Telegram answers what it makes of it (the fake Bot API refuses it, as a Bad Request the delivery knows);
    the request itself does not die of a UnicodeEncodeError on our side."""
    with FakeAPIServer(token=TOKEN) as server:
        async with _bot(server, JsonBodyRequest(connection_pool_size=1)) as bot:
            with pytest.raises(BadRequest):
                await bot._post("sendMessage", {"chat_id": CHAT, "text": "✅ 40 h \ud83d"})
        assert ("POST", "sendMessage", "application/json") in server.requests


async def test_a_photo_still_goes_as_a_multipart_form() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    with FakeAPIServer(token=TOKEN) as server:
        async with _bot(server, JsonBodyRequest(connection_pool_size=2)) as bot:
            await bot.send_photo(CHAT, io.BytesIO(png), caption="Vos heures")
        assert [kind for _, method, kind in server.requests if method == "sendPhoto"] == ["multipart/form-data"]
        assert server.telegram.bot_messages(CHAT)[-1].shown_text == "Vos heures"


async def test_telegram_refusing_a_request_is_the_same_bad_request() -> None:
    with FakeAPIServer(token=TOKEN) as server:
        async with _bot(server, JsonBodyRequest(connection_pool_size=2)) as bot:
            with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
                await bot._post("editMessageText", {"chat_id": CHAT, "message_id": 999_999, "text": "x"})


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_no_server_is_a_network_error_as_python_telegram_bot_gives_it() -> None:
    request = JsonBodyRequest(connection_pool_size=1, connect_timeout=1.0)
    await request.initialize()
    try:
        with pytest.raises(NetworkError, match=r"httpx\.ConnectError"):
            await request.post(f"http://127.0.0.1:{_closed_port()}/bot{TOKEN}/sendMessage",
                               _request_data({"chat_id": CHAT, "text": "hello"}))
    finally:
        await request.shutdown()


async def test_a_server_that_does_not_answer_is_a_timeout() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)  # reads nothing, answers nothing
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    request = JsonBodyRequest(connection_pool_size=1, read_timeout=0.3)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/sendMessage",
                               _request_data({"chat_id": CHAT, "text": "hello"}))
    finally:
        await request.shutdown()
        server.close()


async def test_a_full_pool_is_python_telegram_bots_pool_timeout() -> None:
    gate = asyncio.Event()

    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await gate.wait()
        writer.close()

    server = await asyncio.start_server(slow, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/bot{TOKEN}/sendMessage"
    request = JsonBodyRequest(connection_pool_size=1, pool_timeout=0.2, read_timeout=5.0)
    await request.initialize()
    try:
        first = asyncio.create_task(request.post(url, _request_data({"chat_id": CHAT, "text": "one"})))
        await asyncio.sleep(0.1)  # the one connection is taken
        with pytest.raises(TimedOut, match="Pool timeout"):
            await request.post(url, _request_data({"chat_id": CHAT, "text": "two"}))
        gate.set()
        with pytest.raises(NetworkError):  # the server hangs up without an answer
            await first
    finally:
        await request.shutdown()
        server.close()


def _request_data(parameters: dict[str, object]) -> RequestData:
    return RequestData([RequestParameter.from_input(name, value) for name, value in parameters.items()])


async def _answering_server(
        before_answer: Callable[[bytes], Awaitable[None]] | None = None) -> tuple[asyncio.Server, str]:
    """A minimal HTTP/1.1 keep-alive server on this loop, answering every request with {"ok":true} (after
    `before_answer` of its body); and its sendMessage URL."""
    async def server_side(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                return
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length")))
            body = await reader.readexactly(length)
            if before_answer is not None:
                await before_answer(body)
            answer = b'{"ok":true,"result":true}'
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                         + str(len(answer)).encode() + b"\r\n\r\n" + answer)
            await writer.drain()

    server = await asyncio.start_server(server_side, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/bot{TOKEN}/sendMessage"


async def test_requests_beyond_the_pool_wait_their_turn_in_the_order_they_came() -> None:
    """Two connections, eight replies at once: never more than two at the server, answered first come first
    served (they wait in our queue, not in httpcore's pool)."""
    busy, most, order = 0, 0, []

    async def serve_slowly(body: bytes) -> None:
        nonlocal busy, most
        busy += 1
        most = max(most, busy)
        await asyncio.sleep(0.05)
        order.append(json.loads(body)["text"])
        busy -= 1

    server, url = await _answering_server(serve_slowly)
    request = JsonBodyRequest(connection_pool_size=2, pool_timeout=10.0)
    await request.initialize()
    try:
        sent = []
        for number in range(8):
            data = _request_data({"chat_id": CHAT, "text": f"{number}"})
            sent.append(asyncio.create_task(request.post(url, data)))
            await asyncio.sleep(0.001)  # made one after the other
        assert await asyncio.gather(*sent) == [True] * 8
    finally:
        await request.shutdown()
        server.close()
    assert most == 2
    assert order == [str(number) for number in range(8)]


def test_one_request_object_serves_one_loop_after_another() -> None:
    """Started again in a new event loop (a restart in the same process, a test), the queue is the new loop's."""
    request = JsonBodyRequest(connection_pool_size=1, pool_timeout=2.0)
    with FakeAPIServer(token=TOKEN) as server:
        for text in ("first loop", "second loop"):
            async def send(text: str = text) -> None:
                async with _bot(server, request) as bot:
                    await asyncio.gather(*(bot._post("sendMessage", {"chat_id": CHAT, "text": f"{text} {n}"})
                                           for n in range(3)))

            asyncio.run(send())
        texts = [message.text for message in server.telegram.bot_messages(CHAT)]
    assert sorted(texts) == sorted(f"{text} {n}" for text in ("first loop", "second loop") for n in range(3))


async def test_a_request_leaves_nothing_for_the_garbage_collector() -> None:
    """httpx's response and its stream refer to each other; once the body is read the request class lets go, so
    a reply costs the collector nothing (about 40 objects a request before)."""
    server, url = await _answering_server()
    request = JsonBodyRequest(connection_pool_size=2)
    await request.initialize()
    try:
        for _ in range(5):  # connections opened, caches warm
            await request.post(url, _request_data({"chat_id": CHAT, "text": "warm"}))
        gc.collect()
        gc.disable()
        try:
            for number in range(50):
                assert await request.post(url, _request_data({"chat_id": CHAT, "text": f"{number}"})) is True
            unreachable = gc.collect()
        finally:
            gc.enable()
    finally:
        await request.shutdown()
        server.close()
    assert unreachable < 50  # fewer than one object a request (was about 2,000 for these 50)
