"""IRCC's rounds feed over HTTP (httpx, which python-telegram-bot already brings).

One GET, conditional on what the last good retrieval returned (If-None-Match / If-Modified-Since), retried with
exponential backoff on network errors, 5xx and 429 (honouring Retry-After within the backoff cap). The whole
download, retries included, has one deadline (a server trickling one byte every few seconds cannot hold a
refresh past it), and the body a size limit checked while reading, on the bytes received and on the bytes they
decompress to (a gzip bomb stops at the limit). Only the bytes are returned: reading them is
eligibility/rounds_import.py's job, storing them storage's.
"""

from __future__ import annotations

import asyncio
import logging
import zlib
from dataclasses import dataclass

import httpx

logger = logging.getLogger(__name__)

DEADLINE_SECONDS = 60.0  # the whole download, retries included (ROUNDS_FEED_TIMEOUT_SECONDS)
CONNECT_SECONDS = 10.0
ATTEMPTS = 3
FIRST_BACKOFF = 1.0
MAX_BACKOFF = 30.0
MAX_BYTES = 5 * 1024 * 1024  # IRCC's file is about 0.6 MB; anything this large is not it (ROUNDS_FEED_MAX_BYTES)
_CHUNK = 64 * 1024


class FeedUnavailable(Exception):
    """The feed could not be read (after the retries); the message is one line for the operator."""


class _TooLarge(FeedUnavailable):
    pass


@dataclass(frozen=True, slots=True)
class Fetched:
    body: bytes | None  # None: "not modified" since the last good retrieval
    etag: str | None
    last_modified: str | None


def _retry_after(response: httpx.Response, default: float) -> float:
    try:
        return min(MAX_BACKOFF, max(0.0, float(response.headers.get("retry-after", default))))
    except ValueError:  # an HTTP date: keep our own backoff
        return default


async def _read_body(response: httpx.Response, max_bytes: int) -> bytes:
    """The body, decompressed here (gzip or deflate) so that neither side of it can pass `max_bytes`."""
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
        raise FeedUnavailable(f"the feed came in an encoding we did not ask for ({encoding[:20]})")
    inflate = None if encoding in ("identity", "") else zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib
    received = 0
    parts: list[bytes] = []
    size = 0
    async for chunk in response.aiter_raw(_CHUNK):
        received += len(chunk)
        if received > max_bytes:
            raise _TooLarge(f"the feed is larger than {max_bytes:,} bytes: not IRCC's file")
        if inflate is None:
            parts.append(chunk)
            size += len(chunk)
            continue
        data = chunk
        while data:
            try:
                out = inflate.decompress(data, max_bytes + 1 - size)
            except zlib.error as error:
                raise FeedUnavailable(f"the feed's {encoding} body is damaged ({error})") from None
            parts.append(out)
            size += len(out)
            if size > max_bytes:
                raise _TooLarge(f"the feed unpacks to more than {max_bytes:,} bytes: not IRCC's file")
            data = inflate.unconsumed_tail
    return b"".join(parts)


async def fetch(url: str, etag: str | None = None, last_modified: str | None = None, *,
                client: httpx.AsyncClient | None = None, attempts: int = ATTEMPTS,
                first_backoff: float = FIRST_BACKOFF, deadline: float = DEADLINE_SECONDS,
                max_bytes: int = MAX_BYTES) -> Fetched:
    """The feed's bytes, or Fetched(body=None) when the server says it has not changed; FeedUnavailable when
    no complete answer came within `deadline` seconds (all attempts together)."""
    try:
        async with asyncio.timeout(deadline):
            return await _fetch(url, etag, last_modified, client, attempts, first_backoff, deadline, max_bytes)
    except TimeoutError:
        raise FeedUnavailable(f"no complete answer from the feed within {deadline:.0f} s") from None


async def _fetch(url: str, etag: str | None, last_modified: str | None, client: httpx.AsyncClient | None,
                 attempts: int, first_backoff: float, deadline: float, max_bytes: int) -> Fetched:
    headers = {"Accept": "application/json", "Accept-Encoding": "gzip"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    timeout = httpx.Timeout(deadline, connect=min(CONNECT_SECONDS, deadline))
    http = client or httpx.AsyncClient(timeout=timeout, follow_redirects=True)
    delay = first_backoff
    problem = "no attempt made"
    try:
        for attempt in range(attempts):
            wait = delay
            try:
                async with http.stream("GET", url, headers=headers) as response:
                    if response.status_code == 304:
                        return Fetched(None, etag, last_modified)
                    if response.status_code == 200:
                        return Fetched(await _read_body(response, max_bytes), response.headers.get("etag"),
                                       response.headers.get("last-modified"))
                    problem = f"HTTP {response.status_code} from the feed"
                    if response.status_code not in (408, 429) and response.status_code < 500:
                        raise FeedUnavailable(problem)  # 404, 403...: trying again at once will not help
                    wait = _retry_after(response, delay)
            except _TooLarge:
                raise  # the same body again would be as large
            except httpx.HTTPError as error:
                problem = f"{type(error).__name__} reaching the feed"
            if attempt < attempts - 1:
                logger.info("rounds feed: %s; trying again in %.0f s", problem, wait)
                await asyncio.sleep(wait)
                delay = min(delay * 2, MAX_BACKOFF)
    finally:
        if own:
            await http.aclose()
    raise FeedUnavailable(f"{problem} (after {attempts} attempts)")
