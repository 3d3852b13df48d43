"""IRCC's rounds feed over HTTP (httpx, which python-telegram-bot already brings).

One GET with a timeout, conditional on what the last good retrieval returned (If-None-Match / If-Modified-Since),
retried with exponential backoff on network errors, 5xx and 429 (honouring Retry-After within the backoff cap).
Only the bytes are returned: validating them is eligibility/rounds_import.py's job, storing them storage's.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import httpx

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 20.0
ATTEMPTS = 3
FIRST_BACKOFF = 1.0
MAX_BACKOFF = 30.0
MAX_BYTES = 20 * 1024 * 1024  # IRCC's file is about 300 KB; anything this large is not it


class FeedUnavailable(Exception):
    """The feed could not be read (after the retries); the message is one line for the operator."""


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


async def fetch(url: str, etag: str | None = None, last_modified: str | None = None, *,
                client: httpx.AsyncClient | None = None, attempts: int = ATTEMPTS,
                first_backoff: float = FIRST_BACKOFF) -> Fetched:
    """The feed's bytes, or Fetched(body=None) when the server says it has not changed."""
    headers = {"Accept": "application/json"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    http = client or httpx.AsyncClient(timeout=TIMEOUT_SECONDS, follow_redirects=True)
    delay = first_backoff
    problem = "no attempt made"
    try:
        for attempt in range(attempts):
            wait = delay
            try:
                response = await http.get(url, headers=headers)
            except httpx.HTTPError as error:
                problem = f"{type(error).__name__} reaching the feed"
            else:
                if response.status_code == 304:
                    return Fetched(None, etag, last_modified)
                if response.status_code == 200:
                    if len(response.content) > MAX_BYTES:
                        raise FeedUnavailable(f"the feed is {len(response.content):,} bytes, too large to be it")
                    return Fetched(response.content, response.headers.get("etag"),
                                   response.headers.get("last-modified"))
                problem = f"HTTP {response.status_code} from the feed"
                if response.status_code not in (408, 429) and response.status_code < 500:
                    raise FeedUnavailable(problem)  # 404, 403...: trying again at once will not help
                wait = _retry_after(response, delay)
            if attempt < attempts - 1:
                logger.info("rounds feed: %s; trying again in %.0f s", problem, wait)
                await asyncio.sleep(wait)
                delay = min(delay * 2, MAX_BACKOFF)
    finally:
        if own:
            await http.aclose()
    raise FeedUnavailable(f"{problem} (after {attempts} attempts)")
