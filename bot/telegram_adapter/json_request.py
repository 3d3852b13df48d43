"""Bot API calls sent as JSON bodies instead of python-telegram-bot's url-encoded forms.

python-telegram-bot posts every parameter as an `application/x-www-form-urlencoded` form: each value is
serialised to JSON, then percent-encoded byte by byte in Python (urllib's `quote_plus`). The screener's replies
are long HTML texts with accents and keyboards: 100 to 107 µs to build such a request, 42 to 47 as JSON
(issue 20, measured on the replies of a benchmarks/load.py run, found by profiling the bot under load). The Bot
API takes the same parameters as one `application/json` object, which the C encoder writes at once: a request
without files goes that way; one with files (a chart's photo) is left to python-telegram-bot's multipart form.
Timeouts and errors are python-telegram-bot's own: the same `TimedOut` and `NetworkError` for the same causes.

Requests wait for a connection in a queue of ours (first come, first served, the pool timeout applying to the
wait) rather than in httpcore's pool: httpcore looks through every waiting request and every connection each
time it places one, which under load, with dozens of replies waiting for 8 connections, cost about a tenth of
the bot's CPU (issue 20).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

_READ = httpx.ByteStream(b"")  # in place of a response's stream once its body is read
_POOL_TIMEOUT = ("Pool timeout: All connections in the connection pool are occupied. Request was *not* sent to "
                 "Telegram. Consider adjusting the connection pool size or the pool timeout.")


class JsonBodyRequest(HTTPXRequest):
    """HTTPXRequest, with the parameters of a request without files sent as one JSON object, and at most as many
    requests in httpcore's pool as it has connections."""

    def __init__(self, connection_pool_size: int = 1, **kwargs: Any) -> None:
        super().__init__(connection_pool_size=connection_pool_size, **kwargs)
        self._size = connection_pool_size
        self._connections = asyncio.Semaphore(connection_pool_size)

    async def initialize(self) -> None:
        # A queue of the running loop (an asyncio queue belongs to the loop it first waits on).
        self._connections = asyncio.Semaphore(self._size)
        await super().initialize()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        wait = self._client.timeout.pool if isinstance(pool_timeout, DefaultValue) else pool_timeout
        try:
            async with asyncio.timeout(wait):
                await self._connections.acquire()
        except TimeoutError:
            raise TimedOut(message=_POOL_TIMEOUT) from None
        try:
            if request_data is None or request_data.contains_files:
                return await super().do_request(url, method, request_data, read_timeout, write_timeout,
                                                connect_timeout, pool_timeout)
            defaults = self._client.timeout
            return await self._post_json(url, method, request_data, httpx.Timeout(
                connect=defaults.connect if isinstance(connect_timeout, DefaultValue) else connect_timeout,
                read=defaults.read if isinstance(read_timeout, DefaultValue) else read_timeout,
                write=defaults.write if isinstance(write_timeout, DefaultValue) else write_timeout,
                pool=defaults.pool if isinstance(pool_timeout, DefaultValue) else pool_timeout))
        finally:
            self._connections.release()

    async def _post_json(self, url: str, method: str, request_data: RequestData,
                         timeout: httpx.Timeout) -> tuple[int, bytes]:
        if self._client.is_closed:
            raise RuntimeError("This HTTPXRequest is not initialized!")
        # `parameters`: the values as JSON-ready data (nested objects as dicts), not as JSON strings. ASCII with
        # escapes: a lone surrogate in a text (half an emoji) cannot make the encoding fail.
        body = json.dumps(request_data.parameters, separators=(",", ":")).encode("ascii")
        try:
            response = await self._client.request(
                method=method, url=url, timeout=timeout, content=body,
                headers={"User-Agent": self.USER_AGENT, "Content-Type": "application/json"})
        except httpx.PoolTimeout as error:
            raise TimedOut(message=_POOL_TIMEOUT) from error
        except httpx.TimeoutException as error:
            raise TimedOut from error
        except httpx.HTTPError as error:  # the base of httpx's errors: last
            raise NetworkError(f"httpx.{error.__class__.__name__}: {error}") from error
        # The response and its stream refer to each other: about 40 objects a request that only the garbage
        # collector could free, most of what it found in the bot under load. The body is read: the stream goes.
        response.stream = _READ
        return response.status_code, response.content
