"""Silence audit 3: the network fails and Telegram delivers twice, the way it happens in production.

Every answer is followed by the next question, once, in order, across 5xx, timeouts (before or after Telegram
took the call), 429s, refused edits, blocked users, chats that are gone, crashes and updates sent twice; and an
update sent twice never stores an answer twice or skips a question.
"""

from __future__ import annotations

import asyncio
import contextlib
import pathlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Update
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from bot.plumbing.settings import Settings
from bot.telegram_adapter.application import build_application
from storage import Repository

from .bot_fixtures import TODAY, TOKEN, Bot, answer_all, bot_on
from .fake_telegram import Chat, FakeRequest, FakeTelegram, collect_errors, running, settle
from .screenings import ELIGIBLE_SCREENING

NEXT = "paid job in Canada"  # the question after "Do you plan to live in Quebec?"
TITLE = "job title"  # after "Have you had a paid job in Canada?"
AFTER_TITLE = "When did job 1"  # after the job title
SENDS = ("sendMessage", "editMessageText")


def shown(tg: FakeTelegram, text: str) -> int:
    """How many successful calls put `text` in front of the user."""
    return sum(1 for c in tg.calls if c.ok and c.method in SENDS and text in str(c.params.get("text", "")))


def calls(tg: FakeTelegram, method: str) -> int:
    return sum(1 for c in tg.calls if c.method == method)


class Flaky(FakeRequest):
    """The fake Bot API behind a network that fails: per method, the next calls time out before reaching
    Telegram (`lost`), time out after Telegram took them (`taken`: the answer is lost on the way back), or
    come back from a proxy on the way as a body that is not JSON (`garbled`)."""

    def __init__(self, telegram: FakeTelegram) -> None:
        super().__init__(telegram)
        self.lost: dict[str, int] = {}
        self.taken: dict[str, int] = {}
        self.garbled: dict[str, int] = {}

    @staticmethod
    def _take(counts: dict[str, int], method: str) -> bool:
        if counts.get(method, 0) > 0:
            counts[method] -= 1
            return True
        return False

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE,
                         write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        api_method = url.rstrip("/").rsplit("/", 1)[-1]
        if self._take(self.lost, api_method):
            raise TimedOut("Timed out")
        if self._take(self.garbled, api_method):  # a proxy on the way answers for Telegram, which never saw it
            return 200, b"<html>upstream proxy</html>"
        answer = await super().do_request(url, method, request_data, read_timeout, write_timeout,
                                          connect_timeout, pool_timeout)
        if self._take(self.taken, api_method):
            raise TimedOut("Timed out")
        return answer


async def started(bot_app: Any, tg: FakeTelegram, user_id: int = 1001) -> Chat:
    chat = Chat(bot_app, tg, user_id=user_id)
    await chat.send("/start")
    return chat


async def until(condition: Any, seconds: float = 5.0) -> None:
    for _ in range(int(seconds / 0.01)):
        if condition():
            return
        await asyncio.sleep(0.01)
    assert condition()


def three_parts(chat_id: int) -> dict[str, Any]:
    """A reply that runs over three messages (a long result), the last with its buttons."""
    return {"chat_id": chat_id, "edit": None,
            "parts": [{"text": "part one", "buttons": []}, {"text": "part two", "buttons": []},
                      {"text": "part three", "buttons": [[["Back", "cmd|back"]]]}]}


def bot_texts(tg: FakeTelegram, chat_id: int) -> list[str]:
    return [m.shown_text or "" for m in tg.bot_messages(chat_id)]


# -- 429 and 5xx in the middle of a reply of several messages ----------------------------------------------------
@pytest.mark.parametrize(("code", "description", "retry_after"), [
    (429, "Too Many Requests: retry after 1", 1), (500, "Internal Server Error", None),
    (502, "Bad Gateway", None), (504, "Gateway Timeout", None)])
@pytest.mark.parametrize("failing_part", [1, 2])
async def test_a_failure_on_one_part_of_a_long_reply_sends_the_rest_in_order_once(
        tg: FakeTelegram, tmp_path: pathlib.Path, code: int, description: str, retry_after: int | None,
        failing_part: int) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        reply = three_parts(chat.chat_id)
        outbox_id = bot.repository.commit_turn(chat.user_id, language="en", reply=reply)
        original = tg._api_sendMessage
        seen = 0

        def fails_at_the_part(params: dict[str, Any]) -> dict[str, Any]:
            nonlocal seen
            if str(params.get("text", "")).startswith("part"):
                seen += 1
                if seen == failing_part:  # the next part (2 or 3) fails
                    tg.fail_next("sendMessage", description, error_code=code, retry_after=retry_after)
            return original(params)

        tg._api_sendMessage = fails_at_the_part  # type: ignore[method-assign]
        assert await bot.app.bot_data["deliverer"].deliver(chat.user_id, reply, outbox_id)
        texts = [t for t in bot_texts(tg, chat.chat_id) if t.startswith("part")]
        assert texts == ["part one", "part two", "part three"]
        await until(lambda: bot.repository.pending_replies() == [])
    bot.errors.check()


async def test_a_long_reply_cut_by_an_outage_keeps_only_its_unsent_parts(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.001) as bot:
        chat = await started(bot.app, tg)
        reply = three_parts(chat.chat_id)
        outbox_id = bot.repository.commit_turn(chat.user_id, language="en", reply=reply)
        original = tg._api_sendMessage

        def down_after_the_first(params: dict[str, Any]) -> dict[str, Any]:
            result = original(params)
            if params.get("text") == "part one":
                tg.fail_next("sendMessage", "Bad Gateway", error_code=502, times=50)
            return result

        tg._api_sendMessage = down_after_the_first  # type: ignore[method-assign]
        assert not await bot.app.bot_data["deliverer"].deliver(chat.user_id, reply, outbox_id)
        left = bot.repository.pending_replies(chat.user_id)
        assert [p["text"] for p in left[0].reply["parts"]] == ["part two", "part three"]
        tg._faults.clear()
        await chat.send("/help")
        texts = [t for t in bot_texts(tg, chat.chat_id) if t.startswith("part")]
        assert texts == ["part one", "part two", "part three"]
        assert "/summary" in chat.last_text and bot.repository.pending_replies() == []
    bot.errors.check()


# -- timeouts: before Telegram took the call, or after -----------------------------------------------------------
async def test_an_edit_telegram_applied_but_whose_answer_timed_out_is_shown_once(tg: FakeTelegram,
                                                                                tmp_path: pathlib.Path) -> None:
    request = Flaky(tg)
    async with bot_on(tg, tmp_path / "bot.db", request=request, retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        request.taken["editMessageText"] = 1
        await chat.click("No")
        assert NEXT in chat.last_text and len(chat.bot_messages) == 1  # edited in place, retried: "not modified"
        assert bot.repository.pending_replies() == []
    bot.errors.check()


@pytest.mark.xfail(strict=True, reason="Telegram's sendMessage has no idempotency key: a message it took whose "
                   "answer timed out cannot be told from one it never got; sending again is the price of never "
                   "leaving the user in silence")
async def test_a_message_telegram_took_but_whose_answer_timed_out_is_not_sent_twice(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    request = Flaky(tg)
    async with bot_on(tg, tmp_path / "bot.db", request=request, retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        request.taken["sendMessage"] = 1
        await chat.send("21232")
        assert shown(tg, AFTER_TITLE) == 1
    bot.errors.check()


async def test_a_message_telegram_took_but_whose_answer_timed_out_still_leads_on(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The duplicate above is the same question twice, both answerable as one: the next answer goes where meant."""
    request = Flaky(tg)
    async with bot_on(tg, tmp_path / "bot.db", request=request, retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        request.taken["sendMessage"] = 1
        await chat.send("21232")
        assert AFTER_TITLE in chat.last_text and bot.repository.pending_replies() == []
        await chat.send("2025-09-01")
        assert "Do you still work in job 1" in chat.last_text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["jobs"][0]["job_start"] == "2025-09-01"
    bot.errors.check()


@pytest.mark.parametrize("method", ["sendMessage", "editMessageText"])
async def test_a_reply_whose_every_call_times_out_waits_in_the_outbox_then_goes_once(
        tg: FakeTelegram, tmp_path: pathlib.Path, method: str) -> None:
    request = Flaky(tg)
    async with bot_on(tg, tmp_path / "bot.db", request=request, retry_delay=0.001, sweep_seconds=0.05) as bot:
        chat = await started(bot.app, tg)
        request.lost[method] = 8  # every attempt of this delivery
        if method == "editMessageText":
            await chat.click("No")
            expected = NEXT
        else:
            await chat.click("No")
            await chat.click("Yes")
            request.lost[method] = 8
            await chat.send("21232")
            expected = AFTER_TITLE
        await until(lambda: expected in chat.last_text)
        assert shown(tg, expected) == 1 and bot.repository.pending_replies() == []
    bot.errors.check()


@pytest.mark.parametrize("kind", ["lost", "taken", "garbled"])
async def test_a_failing_button_acknowledgement_changes_nothing_else(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                     kind: str) -> None:
    request = Flaky(tg)
    async with bot_on(tg, tmp_path / "bot.db", request=request, retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        getattr(request, kind)["answerCallbackQuery"] = 3
        await chat.click("No")
        assert NEXT in chat.last_text and shown(tg, NEXT) == 1
        await chat.click("Yes")
        assert TITLE in chat.last_text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["quebec"] is False
    bot.errors.check()


@pytest.mark.parametrize("method", ["sendMessage", "editMessageText"])
async def test_an_answer_that_is_not_json_keeps_the_reply(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                          method: str) -> None:
    """A proxy on the way answering 200 with a page of its own: nothing says Telegram took the reply."""
    request = Flaky(tg)
    async with bot_on(tg, tmp_path / "bot.db", request=request, retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        if method == "sendMessage":
            await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        request.garbled[method] = 1
        if method == "sendMessage":
            await chat.send("21232")
        else:
            await chat.click("No")
        expected = AFTER_TITLE if method == "sendMessage" else NEXT
        assert expected in chat.last_text
        assert bot.repository.pending_replies() == []
    bot.errors.check()


# -- edits Telegram refuses --------------------------------------------------------------------------------------
@pytest.mark.parametrize("description", ["Bad Request: message to edit not found",
                                         "Bad Request: message can't be edited"])
async def test_an_edit_refused_sends_the_question_as_a_new_message_once(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                       description: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        tg.fail_next("editMessageText", description, error_code=400)
        await chat.click("No")
        assert NEXT in chat.last_text and shown(tg, NEXT) == 1
        assert calls(tg, "editMessageText") == 1, "a refusal is not retried"
        assert bot.repository.pending_replies() == []
        await chat.click("Yes")
        assert TITLE in chat.last_text
    bot.errors.check()


async def test_an_edit_not_modified_is_taken_as_shown(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        tg.fail_next("editMessageText", "Bad Request: message is not modified: specified new message content "
                     "and reply markup are exactly the same", error_code=400)
        await chat.click("No")
        assert calls(tg, "editMessageText") == 1 and calls(tg, "sendMessage") == 1  # /start's only
        assert bot.repository.pending_replies() == []
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["quebec"] is False
    bot.errors.check()


# -- a user who blocked the bot, a chat that is gone: never retried, no loop -------------------------------------
async def test_a_block_on_a_button_answer_is_flagged_and_not_retried(tg: FakeTelegram,
                                                                     tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01, sweep_seconds=0.05) as bot:
        chat = await started(bot.app, tg)
        chat.block()
        await chat.click("No")
        await asyncio.sleep(0.3)  # a few sweeps
        assert [c.method for c in tg.failed_calls] == ["editMessageText"]
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and user.blocked and bot.repository.pending_replies() == []
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["quebec"] is False, "the answer is kept"
        tg.unblock(chat.chat_id)
        await chat.send("/start")
        assert NEXT in chat.last_text
    bot.errors.check()


async def test_a_block_in_the_middle_of_a_long_reply_stops_it(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01, sweep_seconds=0.05) as bot:
        chat = await started(bot.app, tg)
        reply = three_parts(chat.chat_id)
        outbox_id = bot.repository.commit_turn(chat.user_id, language="en", reply=reply)
        original = tg._api_sendMessage

        def blocked_after_the_first(params: dict[str, Any]) -> dict[str, Any]:
            result = original(params)
            if params.get("text") == "part one":
                tg.block(chat.chat_id)
            return result

        tg._api_sendMessage = blocked_after_the_first  # type: ignore[method-assign]
        assert await bot.app.bot_data["deliverer"].deliver(chat.user_id, reply, outbox_id)
        await asyncio.sleep(0.3)
        assert [c.method for c in tg.failed_calls] == ["sendMessage"]
        assert bot.repository.pending_replies() == []
    bot.errors.check()


async def test_a_user_who_blocks_the_bot_during_an_outage_is_tried_once_more_then_left(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.001, sweep_seconds=0.05) as bot:
        chat = await started(bot.app, tg)
        tg.fail_next("editMessageText", "Bad Gateway", error_code=502, times=10_000)
        await chat.click("No")
        assert len(bot.repository.pending_replies(chat.user_id)) == 1
        chat.block()
        tg._faults.clear()  # Telegram is back, and refuses: the user blocked the bot meanwhile
        await until(lambda: bot.repository.pending_replies() == [])
        await asyncio.sleep(0.3)
        refused = [c for c in tg.failed_calls if c.error and "blocked" in c.error]
        assert len(refused) == 1, "a sweep after another must not hammer a user who blocked the bot"
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and user.blocked
    bot.errors.check()


@pytest.mark.parametrize("method", ["sendMessage", "editMessageText"])
async def test_a_chat_that_is_gone_is_not_retried(tg: FakeTelegram, tmp_path: pathlib.Path, method: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.001, sweep_seconds=0.05) as bot:
        chat = await started(bot.app, tg)
        if method == "sendMessage":
            await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        tg.fail_next(method, "Bad Request: chat not found", error_code=400, times=100)
        if method == "sendMessage":
            await chat.send("21232")
        else:
            await chat.click("No")
        await asyncio.sleep(0.3)
        assert len(tg.failed_calls) == 1 and bot.repository.pending_replies() == []
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and user.blocked, "flagged: no reminder or round alert is tried on it"
        tg._faults.clear()
        await chat.send("/start")  # the same id writing again: unflagged with that answer
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and not user.blocked and chat.buttons
    bot.errors.check()


# -- Telegram sends the same update twice, the user presses twice ------------------------------------------------
async def test_the_same_button_update_handled_twice_answers_once(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await started(bot.app, tg)
        await chat.click("No")
        press = tg.callback_update(chat.user_id, "Yes")
        await chat.process(press)
        await chat.process(press)  # sent again (a webhook retry, a getUpdates answer lost on the way)
        assert TITLE in chat.last_text and shown(tg, TITLE) == 1
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.state == "job_occupation"
    bot.errors.check()


@pytest.mark.parametrize("twice", ["typed", "pressed"])
async def test_the_same_update_queued_twice_at_once_is_handled_once(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                   twice: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:1])
        if twice == "typed":
            await chat.click("Yes")
            raw = tg.user_message_update(chat.user_id, "21232")
            expected, state = AFTER_TITLE, "job_start"
        else:
            raw = tg.callback_update(chat.user_id, "Yes")
            expected, state = TITLE, "job_occupation"
        for _ in range(2):  # both queued before either is handled
            await bot.app.update_queue.put(Update.de_json(raw, bot.app.bot))
        await until(lambda: bot.app.update_queue.empty())
        await settle(bot.app)
        await until(lambda: bot.repository.held_updates() == [])
        assert expected in chat.last_text and shown(tg, expected) == 1
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.state == state
    bot.errors.check()


@pytest.mark.parametrize("second", ["Yes", "No"])
async def test_two_quick_presses_on_one_question_answer_it_once(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                second: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await started(bot.app, tg)
        await chat.click("No")
        question = chat.last_bot_message.message_id
        first = tg.callback_update(chat.user_id, "Yes", message_id=question)
        other = tg.callback_update(chat.user_id, second, message_id=question)  # before the edit reached them
        for raw in (first, other):
            await bot.app.update_queue.put(Update.de_json(raw, bot.app.bot))
        await until(lambda: bot.app.update_queue.empty() and bot.repository.held_updates() == [])
        await settle(bot.app)
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.state == "job_occupation", "the second press skipped nothing"
        assert session.answers["jobs"] == [{}]
        assert TITLE in chat.last_text and chat.buttons
    bot.errors.check()


# -- polling: getUpdates failing, then the same updates again ---------------------------------------------------
@contextlib.asynccontextmanager
async def polling_bot(tg: FakeTelegram, db: pathlib.Path, request: FakeRequest) -> AsyncIterator[Bot]:
    """The bot as `cec-screener run` runs it: polling getUpdates (here through `request`)."""
    repository = Repository(db)
    settings = Settings(telegram_bot_token=TOKEN, database_path=db, _env_file=None)
    app = build_application(settings, repository, lambda: TODAY, request=request, retry_delay=0.01)
    errors = collect_errors(app)
    try:
        async with running(app, polling=True, poll_timeout=0.2):
            yield Bot(app, repository, errors)
    finally:
        repository.close()


@pytest.mark.parametrize("failure", ["timeout", "502", "not json"])
async def test_getupdates_failing_again_and_again_then_recovering_loses_no_answer(
        tg: FakeTelegram, tmp_path: pathlib.Path, failure: str) -> None:
    request = Flaky(tg)
    async with polling_bot(tg, tmp_path / "bot.db", request) as bot:
        tg.push_update(tg.user_message_update(1001, "/start"))
        await until(lambda: any("Quebec" in t for t in bot_texts(tg, 1001)))
        if failure == "timeout":
            request.lost["getUpdates"] = 2
        elif failure == "not json":
            request.garbled["getUpdates"] = 2
        else:
            tg.fail_next("getUpdates", "Bad Gateway", error_code=502, times=2)
        tg.push_update(tg.callback_update(1001, "No"))
        await until(lambda: NEXT in bot_texts(tg, 1001)[-1], seconds=15)
        assert shown(tg, NEXT) == 1
        session = bot.repository.load_session(1001)
        assert session is not None and session.answers["quebec"] is False
    bot.errors.check()


async def test_an_update_getupdates_gives_again_after_a_restart_is_not_applied_twice(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with polling_bot(tg, db, FakeRequest(tg)) as bot:
        tg.push_update(tg.user_message_update(1001, "/start"))
        await until(lambda: any("Quebec" in t for t in bot_texts(tg, 1001)))
        press = tg.callback_update(1001, "No")
        tg.push_update(press)
        await until(lambda: NEXT in bot_texts(tg, 1001)[-1])
    yes = tg.callback_update(1001, "Yes")
    async with polling_bot(tg, db, FakeRequest(tg)) as bot:
        tg.push_update(press)  # the offset was never confirmed: Telegram sends it again, then the next press
        tg.push_update(yes)
        await until(lambda: TITLE in bot_texts(tg, 1001)[-1])
        await asyncio.sleep(0.3)
        assert shown(tg, NEXT) == 1 and shown(tg, TITLE) == 1
        session = bot.repository.load_session(1001)
        assert session is not None and session.state == "job_occupation" and session.answers["quebec"] is False
    bot.errors.check()


# -- crashes: after the commit, during the verdict, and the update again after the restart ------------------------
async def dies_before_the_reply(bot: Bot, chat: Chat, raw: dict[str, Any]) -> None:
    """kill -9 once the update's answer is committed and before its reply leaves."""
    async def the_process_dies_here(*args: object, **kwargs: object) -> bool:
        await asyncio.Event().wait()
        return False

    bot.app.bot_data["deliverer"].deliver = the_process_dies_here
    before = bot.repository.load_session(chat.user_id)
    pending = asyncio.create_task(chat.process(raw))
    await until(lambda: bot.repository.load_session(chat.user_id) != before)
    pending.cancel()
    with pytest.raises(asyncio.CancelledError):
        await pending


async def test_a_crash_after_a_button_answer_is_committed_edits_the_question_at_the_next_start(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = await started(bot.app, tg)
        press = tg.callback_update(chat.user_id, "No")
        await dies_before_the_reply(bot, chat, press)
    assert NEXT not in chat.last_text
    async with bot_on(tg, db, start_grace=30) as bot:  # an edit is never held: it goes at once
        chat = Chat(bot.app, tg)
        await until(lambda: NEXT in chat.last_text)
        await chat.process(press)  # Telegram sends the press again
        assert shown(tg, NEXT) == 1 and len(chat.bot_messages) == 1
        await chat.click("Yes")
        assert TITLE in chat.last_text
    bot.errors.check()


async def test_a_crash_with_the_verdict_committed_sends_it_at_the_next_start(tg: FakeTelegram,
                                                                            tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:-1])
        last = tg.callback_update(chat.user_id, ELIGIBLE_SCREENING[-1][1:-1])
        await dies_before_the_reply(bot, chat, last)
        assert bot.repository.latest_verdict(chat.user_id) is not None
    assert "You appear eligible" not in chat.last_text
    async with bot_on(tg, db, start_grace=0.05) as bot:
        chat = Chat(bot.app, tg)
        await until(lambda: "You appear eligible" in chat.last_text)
        await chat.process(last)
        assert shown(tg, "You appear eligible") == 1 and bot.repository.pending_replies() == []
        assert chat.buttons
    bot.errors.check()


async def test_a_typed_answer_sent_again_while_its_reply_waits_after_a_crash_gets_it_once(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        typed = tg.user_message_update(chat.user_id, "21232")
        await dies_before_the_reply(bot, chat, typed)
    async with bot_on(tg, db, start_grace=30) as bot:  # held: the user's next update tells
        chat = Chat(bot.app, tg)
        await asyncio.sleep(0.05)
        assert shown(tg, AFTER_TITLE) == 0
        await chat.process(typed)  # Telegram sends the very message again: it cannot tell, and must not silence
        assert shown(tg, AFTER_TITLE) == 1 and AFTER_TITLE in chat.last_text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.state == "job_start"
    bot.errors.check()


# -- /delete while a reply waits in the outbox --------------------------------------------------------------------
async def test_delete_while_a_reply_waits_sends_and_keeps_nothing_of_it(tg: FakeTelegram,
                                                                        tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.001, sweep_seconds=0.05) as bot:
        chat = await started(bot.app, tg)
        tg.fail_next("editMessageText", "Bad Gateway", error_code=502, times=16)  # this reply, and one more try
        await chat.click("No")
        assert len(bot.repository.pending_replies(chat.user_id)) == 1
        await chat.send("/delete")  # the waiting reply is tried first, still in vain
        assert len(bot.repository.pending_replies(chat.user_id)) == 1
        await chat.click("Yes, delete everything")
        assert "everything about you is erased" in chat.last_text
        await asyncio.sleep(0.3)  # sweeps
        assert shown(tg, NEXT) == 0, "nothing of the erased screening is sent"
        assert bot.repository.rows_about(chat.user_id) == 0 and bot.repository.pending_replies() == []
        deliverer = bot.app.bot_data["deliverer"]
        assert chat.user_id not in deliverer.pending_users | deliverer.unseen_users | set(deliverer.replied_at)
    bot.errors.check()


# -- a row the outbox cannot send (written by an older version, say): never a crash loop --------------------------
async def test_a_reply_that_cannot_be_sent_does_not_stop_the_start_or_the_others(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    with Repository(db) as repository:
        repository.commit_turn(4242, language="en", reply={"chat_id": 4242, "edit": None, "parts": [{"txt": "?"}]})
        repository.commit_turn(4343, language="en", reply={"chat_id": 4343, "edit": None,
                                                            "parts": [{"text": "waiting", "buttons": []}]})
    async with bot_on(tg, db, start_grace=0.01, sweep_seconds=0.05) as bot:
        await until(lambda: "waiting" in bot_texts(tg, 4343))
        await until(lambda: bot.repository.pending_replies() == [])
        chat = await started(bot.app, tg, user_id=4242)
        assert "Quebec" in chat.last_text
    assert len(bot.errors) == 0


# -- the user answers again because the next question did not come --------------------------------------------
async def test_an_answer_typed_again_during_an_outage_is_not_taken_for_the_question_never_shown(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.001) as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:-5])  # up to "in listening?"
        tg.fail_next("sendMessage", "Bad Gateway", error_code=502, times=8)
        await chat.send("8")  # listening: stored, "in reading?" never reaches them
        assert "in reading" not in chat.last_text
        await chat.send("8")  # nothing came: they send it again
        scores = bot.repository.load_session(chat.user_id).answers["tests"][0]  # type: ignore[union-attr]
        assert scores["test_listening"] == 8
        assert "test_reading" not in scores, f"a score stored for a question never shown: {scores}"
        # The reply that waited is replaced by this one: one copy of the question, with why it comes now.
        assert chat.last_text.startswith("⚠️") and "before this question reached you" in chat.last_text
        assert "in reading" in chat.last_text and chat.buttons
        assert shown(tg, "in reading") == 1 and bot.repository.pending_replies() == []
        await chat.send("7")
        scores = bot.repository.load_session(chat.user_id).answers["tests"][0]  # type: ignore[union-attr]
        assert scores["test_reading"] == 7 and "in writing" in chat.last_text
    bot.errors.check()


async def test_a_button_answer_typed_again_during_an_outage_is_not_taken_for_the_question_never_shown(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.001) as bot:
        chat = await started(bot.app, tg)
        tg.fail_next("editMessageText", "Bad Gateway", error_code=502, times=8)
        await chat.click("No")  # Quebec: no; "paid job in Canada?" never reaches them
        await chat.send("no")  # they answer the question they see again, by typing
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["quebec"] is False
        assert session.state == "canadian_work", f"'no' stored for a question never shown: {session.answers}"
        assert NEXT in chat.texts[-2] and shown(tg, NEXT) == 1  # the question edited in, at last
        assert chat.last_text.startswith("⚠️") and "before the question above reached you" in chat.last_text
    bot.errors.check()


async def test_an_answer_typed_again_after_a_crash_is_not_taken_for_the_question_never_shown(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:-5])
        await dies_before_the_reply(bot, chat, tg.user_message_update(chat.user_id, "8"))
    async with bot_on(tg, db, start_grace=30) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("8")  # right after their first "8": nothing of ours came between
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["tests"][0]["test_listening"] == 8
        assert "test_reading" not in session.answers["tests"][0], "a score stored for a question never shown"
        assert chat.last_text.startswith("⚠️") and "in reading" in chat.last_text  # one copy of the question
        assert shown(tg, "in reading") == 1
    bot.errors.check()


@pytest.mark.parametrize("second", ["8", "7"])
async def test_two_quick_typed_answers_to_one_question_store_the_first_and_ask_again(
        tg: FakeTelegram, tmp_path: pathlib.Path, second: str) -> None:
    """The second message was typed before the next question reached them (its id is lower than the reply's):
    a repeat, or a correction of the first; never the answer to a question they had not seen."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:-5])
        first = tg.user_message_update(chat.user_id, "8")
        other = tg.user_message_update(chat.user_id, second)  # both typed before any reply
        for raw in (first, other):
            await bot.app.update_queue.put(Update.de_json(raw, bot.app.bot))
        await until(lambda: bot.app.update_queue.empty() and bot.repository.held_updates() == [])
        await settle(bot.app)
        scores = bot.repository.load_session(chat.user_id).answers["tests"][0]  # type: ignore[union-attr]
        assert scores["test_listening"] == 8 and "test_reading" not in scores
        assert "in reading" in chat.texts[-2] and "before the question above reached you" in chat.last_text
        await chat.send("7")  # typed after seeing it: read as its answer
        scores = bot.repository.load_session(chat.user_id).answers["tests"][0]  # type: ignore[union-attr]
        assert scores["test_reading"] == 7 and "in writing" in chat.last_text
    bot.errors.check()


# -- more of the same, the way they come together ------------------------------------------------------------
async def test_a_429_on_a_reply_keeps_the_next_answer_behind_it_in_order(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        tg.fail_next("sendMessage", "Too Many Requests: retry after 1", error_code=429, retry_after=1)
        typed = tg.user_message_update(chat.user_id, "21232")
        await bot.app.update_queue.put(Update.de_json(typed, bot.app.bot))
        await until(lambda: AFTER_TITLE in chat.last_text)
        await chat.send("2025-09-01")  # typed once the question came
        assert "Do you still work in job 1" in chat.last_text
        order = [t for t in bot_texts(tg, chat.chat_id) if AFTER_TITLE in t or "Do you still work" in t]
        assert len(order) == 2 and AFTER_TITLE in order[0] and shown(tg, AFTER_TITLE) == 1
    bot.errors.check()


class Resetting(FakeRequest):
    """The connection to the Bot API is reset on the next calls of a method (an OSError in the HTTP library)."""

    def __init__(self, telegram: FakeTelegram) -> None:
        super().__init__(telegram)
        self.resets: dict[str, int] = {}

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE,
                         write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        api_method = url.rstrip("/").rsplit("/", 1)[-1]
        if self.resets.get(api_method, 0) > 0:
            self.resets[api_method] -= 1
            raise ConnectionResetError("Connection reset by peer")
        return await super().do_request(url, method, request_data, read_timeout, write_timeout, connect_timeout,
                                        pool_timeout)


@pytest.mark.parametrize("method", ["sendMessage", "editMessageText"])
async def test_a_connection_reset_is_retried(tg: FakeTelegram, tmp_path: pathlib.Path, method: str) -> None:
    request = Resetting(tg)
    async with bot_on(tg, tmp_path / "bot.db", request=request, retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        request.resets[method] = 3
        if method == "sendMessage":
            await answer_all(chat, *ELIGIBLE_SCREENING[:2])
            request.resets[method] = 3
            await chat.send("21232")
            expected = AFTER_TITLE
        else:
            await chat.click("No")
            expected = NEXT
        assert expected in chat.last_text and shown(tg, expected) == 1
        assert bot.repository.pending_replies() == []
    bot.errors.check()


async def test_a_double_tap_on_erase_erases_once_and_brings_nothing_back(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await started(bot.app, tg)
        await chat.click("No")
        await chat.send("/delete")
        confirmation = chat.last_bot_message.message_id
        first = tg.callback_update(chat.user_id, "Yes, delete everything", message_id=confirmation)
        second = tg.callback_update(chat.user_id, "Yes, delete everything", message_id=confirmation)
        for raw in (first, second):
            await bot.app.update_queue.put(Update.de_json(raw, bot.app.bot))
        await until(lambda: bot.app.update_queue.empty() and bot.repository.held_updates() == [])
        await settle(bot.app)
        assert "everything about you is erased" in chat.last_text
        assert bot.repository.rows_about(chat.user_id) == 0 and bot.repository.get_user(chat.user_id) is None
        assert bot.repository.pending_replies() == []
    bot.errors.check()


async def test_an_update_left_by_a_crash_and_sent_again_by_telegram_is_handled_once(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with polling_bot(tg, db, FakeRequest(tg)) as bot:
        tg.push_update(tg.user_message_update(1001, "/start"))
        await until(lambda: any("Quebec" in t for t in bot_texts(tg, 1001)))
    press = tg.callback_update(1001, "No")
    with Repository(db) as repository:  # received, written down, never handled: the process died
        repository.hold_update(press["update_id"], 1001, press)
    tg.push_update(press)  # and Telegram, never told, sends it again
    async with polling_bot(tg, db, FakeRequest(tg)) as bot:
        await until(lambda: NEXT in bot_texts(tg, 1001)[-1])
        await asyncio.sleep(0.3)
        assert shown(tg, NEXT) == 1
        session = bot.repository.load_session(1001)
        assert session is not None and session.state == "canadian_work" and session.answers["quebec"] is False
        assert bot.repository.held_updates() == []
    bot.errors.check()


async def test_an_edit_refused_on_the_first_part_of_a_long_reply_sends_all_parts_in_order(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db", retry_delay=0.01) as bot:
        chat = await started(bot.app, tg)
        reply = {**three_parts(chat.chat_id), "edit": chat.last_bot_message.message_id}
        outbox_id = bot.repository.commit_turn(chat.user_id, language="en", reply=reply)
        tg.fail_next("editMessageText", "Bad Request: message to edit not found", error_code=400)
        assert await bot.app.bot_data["deliverer"].deliver(chat.user_id, reply, outbox_id)
        assert [t for t in bot_texts(tg, chat.chat_id) if t.startswith("part")] == [
            "part one", "part two", "part three"]
        await until(lambda: bot.repository.pending_replies() == [])
    bot.errors.check()


async def test_an_answer_typed_after_a_reply_that_went_out_twice_across_a_crash_is_read(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Telegram took the reply, the process died before it learnt so, and the next start sent it again (the user
    did not write within its grace): their answer, typed after the first copy, answers it."""
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = await started(bot.app, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        bot.app.bot_data["deliverer"]._ack = lambda outbox_id, now=False: None  # the acknowledgement never happens
        await chat.send("21232")
        assert AFTER_TITLE in chat.last_text
    typed = tg.user_message_update(chat.user_id, "2025-09-01")  # typed while the bot was down
    async with bot_on(tg, db, start_grace=0.01) as bot:
        chat = Chat(bot.app, tg)
        await until(lambda: shown(tg, AFTER_TITLE) == 2)  # the price of a crash loop guard: sent again
        await chat.process(typed)
        assert "Do you still work in job 1" in chat.last_text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["jobs"][0]["job_start"] == "2025-09-01"
    bot.errors.check()
