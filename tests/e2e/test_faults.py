"""Each Bot API fault on the way back: the user always gets the next question, and nothing is sent twice."""

from __future__ import annotations

import pathlib
import time
from typing import Any

import pytest
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeRequest, FakeTelegram
from .screenings import ELIGIBLE_SCREENING

NEXT = "paid job in Canada"  # the question after "Do you plan to live in Quebec?"
AFTER_TITLE = "When did job 1"  # the question after the job title


def shown(tg: FakeTelegram, text: str) -> int:
    """How many successful calls put `text` in front of the user."""
    return sum(1 for c in tg.calls if c.ok and c.method in ("sendMessage", "editMessageText")
               and text in str(c.params.get("text", "")))


class TimingOut(FakeRequest):
    """The fake Bot API, where the next calls of some methods time out before reaching the server."""

    def __init__(self, telegram: FakeTelegram) -> None:
        super().__init__(telegram)
        self.timeouts: dict[str, int] = {}

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE,
                         write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        api_method = url.rstrip("/").rsplit("/", 1)[-1]
        if self.timeouts.get(api_method, 0) > 0:
            self.timeouts[api_method] -= 1
            raise TimedOut("Timed out")
        return await super().do_request(url, method, request_data, read_timeout, write_timeout, connect_timeout,
                                        pool_timeout)


async def started(bot_app: Any, tg: FakeTelegram) -> Chat:
    chat = Chat(bot_app, tg)
    await chat.send("/start")
    return chat


@pytest.mark.parametrize(("code", "description"), [(500, "Internal Server Error"), (502, "Bad Gateway")])
async def test_a_server_error_on_the_reply_to_a_button(tg: FakeTelegram, tmp_path: pathlib.Path, code: int,
                                                       description: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        tg.fail_next("editMessageText", description, error_code=code)
        await chat.click("No")
        assert NEXT in chat.last_text and shown(tg, NEXT) == 1
        assert [c.method for c in tg.failed_calls] == ["editMessageText"]
        assert bot.repository.pending_replies() == []
    bot.errors.check()


@pytest.mark.parametrize(("code", "description"), [(500, "Internal Server Error"), (502, "Bad Gateway")])
async def test_a_server_error_on_the_reply_to_a_typed_answer(tg: FakeTelegram, tmp_path: pathlib.Path, code: int,
                                                             description: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        tg.fail_next("sendMessage", description, error_code=code, times=2)
        await chat.send("21232")
        assert AFTER_TITLE in chat.last_text and shown(tg, AFTER_TITLE) == 1
        assert len(tg.failed_calls) == 2
    bot.errors.check()


async def test_a_timeout_on_the_reply(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    request = TimingOut(tg)
    async with bot_on(tg, tmp_path / "bot.db", request=request, retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        request.timeouts["editMessageText"] = 1
        await chat.click("No")
        assert NEXT in chat.last_text and shown(tg, NEXT) == 1
        await answer_all(chat, *ELIGIBLE_SCREENING[1:2])
        request.timeouts["sendMessage"] = 2
        await chat.send("21232")
        assert AFTER_TITLE in chat.last_text and shown(tg, AFTER_TITLE) == 1
    bot.errors.check()


async def test_too_many_requests_waits_as_long_as_telegram_asks(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        tg.fail_next("editMessageText", "Too Many Requests: retry after 1", error_code=429, retry_after=1, times=2)
        began = time.monotonic()
        await chat.click("No")
        assert time.monotonic() - began >= 2  # twice "retry after 1": never hammered
        assert NEXT in chat.last_text and shown(tg, NEXT) == 1
    bot.errors.check()


@pytest.mark.parametrize(("code", "description", "times"),
                         [(500, "Internal Server Error", 1), (429, "Too Many Requests: retry after 5", 6),
                          (400, "Bad Request: query is too old and response timeout expired", 1)])
async def test_a_failing_button_acknowledgement_never_drops_the_press(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                     code: int, description: str,
                                                                     times: int) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        retry_after = 5 if code == 429 else None
        tg.fail_next("answerCallbackQuery", description, error_code=code, retry_after=retry_after, times=times)
        began = time.monotonic()
        await chat.click("No")
        assert time.monotonic() - began < 2, "the press does not wait for its acknowledgement"
        assert NEXT in chat.last_text and shown(tg, NEXT) == 1
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["quebec"] is False
    bot.errors.check()


async def test_a_long_outage_keeps_the_reply_until_telegram_is_back(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.001) as bot:
        chat = await started(bot.app, tg)
        tg.fail_next("editMessageText", "Bad Gateway", error_code=502, times=20)
        await chat.click("No")
        assert NEXT not in chat.last_text
        assert len(bot.repository.pending_replies(chat.user_id)) == 1  # kept, not lost
        tg.fail_next("sendMessage", "Bad Gateway", error_code=502, times=20)
        await chat.send("/help")  # still down: the help (which changes nothing) waits in the outbox too
        assert len(bot.repository.pending_replies(chat.user_id)) == 2
        tg._faults.clear()  # Telegram is back
        await chat.send("/help")
        assert shown(tg, NEXT) == 3  # the waiting reply and help, in order, then this help, each with the question
        assert bot.repository.pending_replies() == []
    bot.errors.check()


async def test_a_blocked_user_is_never_retried(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        chat.block()
        await chat.send("no")
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and user.blocked
        assert [c.method for c in tg.failed_calls] == ["sendMessage"]
        assert bot.repository.pending_replies() == []  # dropped: nobody can receive it
        tg.unblock(chat.chat_id)
        await chat.send("yes")  # they came back: unflagged in the same write as the answer
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and not user.blocked
        assert "job title" in chat.last_text
    bot.errors.check()
