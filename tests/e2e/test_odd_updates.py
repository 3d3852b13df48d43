"""Only what the user meant: edits, forged buttons, double taps, updates racing each other, stale buttons
after /delete, a user blocking the bot."""

from __future__ import annotations

import asyncio
import copy
import pathlib
from typing import Any

from telegram import Update

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram, settle
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK, IELTS_9


def forged(tg: FakeTelegram, chat: Chat, data: str) -> dict[str, Any]:
    """A press on the latest keyboard whose callback data the client replaced by `data`."""
    update = tg.callback_update(chat.user_id, chat.buttons[0])
    update["callback_query"]["data"] = data
    return update


def current_key(chat: Chat, tg: FakeTelegram) -> str:
    """The question key in the latest keyboard's answer buttons ("a|<key>|<value>")."""
    _, button = tg.find_button(chat.user_id, chat.buttons[0])
    return str(button["callback_data"]).split("|")[1]


async def test_an_edited_message_is_not_taken_as_an_answer(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        typed = tg.user_message_update(chat.user_id, "21232")
        await chat.process(typed)
        assert "When did job 1" in chat.last_text
        edit = {"update_id": tg.next_update_id(),
                "edited_message": {**copy.deepcopy(typed["message"]), "text": "2024-01-01", "edit_date": tg.now()}}
        await chat.process(edit)
        assert "I don't read edited messages" in chat.last_text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.state == "job_start"
        assert "job_start" not in session.answers["jobs"][0], "the edit answered nothing"
        assert session.answers["jobs"][0]["job_occupation"] == {"noc": "21232"}, "nor changed the answer it edits"
    bot.errors.check()


async def test_forged_callback_data_never_raises(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING[:1])
        key = current_key(chat, tg)
        before = bot.repository.load_session(chat.user_id)
        for data in ["", "|", "a", "a|", "a||", f"a|{key}|", f"a|{key}|x" + "x" * 60, "zzz|yes",
                     "edit|job_hours|፩", "edit|job_hours|-1", "edit|nothing|0", "remove|job|፩", "remove|test|٣",
                     "remove|test|99999999999999999999", "remove|nothing|0", "back|nowhere", "cmd|nothing",
                     "lang|xx", "a|job_occupation:0|x", "a|job_occupation:0|7", "a|quebec:9|yes",
                     "pick|nowhere|x", "teer|nowhere|x", "plan|x"]:
            await chat.process(forged(tg, chat, data))
            assert chat.buttons, f"{data!r}: the user is left with a question to answer"
        after = bot.repository.load_session(chat.user_id)
        assert after is not None and before is not None
        # Forged data may move around (an edit button is a real one), never answer or remove anything.
        assert (after.answers["quebec"], after.answers["jobs"], after.answers["tests"]) == (
            before.answers["quebec"], before.answers["jobs"], before.answers["tests"])
    bot.errors.check()


async def test_a_forged_value_is_checked_against_the_question_options(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING[:1])
        key = current_key(chat, tg)  # "Have you had a paid job in Canada...?" (yes / no)
        await chat.process(forged(tg, chat, f"a|{key}|maybe"))
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and key.split(":")[0] not in session.answers, "'maybe' stored as no"
    bot.errors.check()


async def test_a_forged_occupation_button_is_refused_on_its_own_question_and_on_any_other(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """`a|job_occupation:0|n 21232`: the code with a space before it (no button of ours carries one), and an
    answer to the occupation question sent while another question is on screen."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK[:2])
        assert bot.repository.load_session(chat.user_id).state == "job_occupation"  # type: ignore[union-attr]
        for data in ("a|job_occupation:0|n 21232", "a|job_occupation:0|n21232 ", "a|job_occupation:0|n２１２３２",
                     "a|job_occupation:0|nNOC 21232", "a|job_occupation:0|n99999"):
            await chat.process(forged(tg, chat, data))
            assert "That button belongs to an earlier question." in chat.last_text, data
            session = bot.repository.load_session(chat.user_id)
            assert session is not None and session.state == "job_occupation", data
            assert session.answers["jobs"] == [{}], data
        await answer_all(chat, *ELIGIBLE_WORK[2:4])  # the occupation typed, then the start date
        before = bot.repository.load_session(chat.user_id)
        assert before is not None and before.state == "job_ongoing"
        assert before.answers["jobs"][0]["job_occupation"] == {"noc": "21232"}
        await chat.process(forged(tg, chat, "a|job_occupation:0|n 21232"))
        assert "That button belongs to an earlier question." in chat.last_text
        after = bot.repository.load_session(chat.user_id)
        assert after is not None and before is not None and (after.state, after.answers) == (
            before.state, before.answers)
    bot.errors.check()


async def test_a_double_tap_on_remove_removes_one_test(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9[:-1], "[Yes]", *IELTS_9)
        await chat.send("/summary")
        summary = chat.last_bot_message.message_id
        await chat.click("Remove test 1", message_id=summary)
        await chat.click("Remove test 1", message_id=summary)  # the same button, tapped twice
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and len([t for t in session.answers["tests"] if t]) == 1
    bot.errors.check()


async def test_a_press_then_a_typed_answer_are_applied_in_order(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING[:1])  # "Have you had a paid job in Canada...?"
        press = tg.callback_update(chat.user_id, "Yes")
        typed = tg.user_message_update(chat.user_id, "21232")  # meant for the job title, asked next
        for raw in (press, typed):  # back to back, handled concurrently as in production
            await bot.app.update_queue.put(Update.de_json(raw, bot.app.bot))
        while not bot.app.update_queue.empty():
            await asyncio.sleep(0.01)
        await settle(bot.app)
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.state == "job_start"
        assert session.answers["jobs"][0]["job_occupation"] == {"noc": "21232"}
        assert "When did job 1" in chat.last_text
    bot.errors.check()


async def test_a_stale_keep_button_after_delete_creates_nothing(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING[:2])
        await chat.send("/delete")
        confirmation = chat.last_bot_message.message_id
        await chat.click("Yes, delete everything")
        assert "everything about you is erased" in chat.last_text
        await chat.click_stale("Keep my data", confirmation)
        await chat.click_stale("Yes", 2)  # an answer button of the deleted screening
        await chat.send("/help")
        assert bot.repository.rows_about(chat.user_id) == 0 and bot.repository.get_user(chat.user_id) is None
        await chat.send("/start")  # only starting again brings a row
        assert bot.repository.get_user(chat.user_id) is not None
    bot.errors.check()


def member_update(tg: FakeTelegram, chat: Chat, old: str, new: str) -> dict[str, Any]:
    bot_user = dict(tg.bot_user)
    return {"update_id": tg.next_update_id(), "my_chat_member": {
        "chat": tg.chat_object(chat.chat_id), "from": tg.user(chat.user_id), "date": tg.now(),
        "old_chat_member": {"user": bot_user, "status": old, **({"until_date": 0} if old == "kicked" else {})},
        "new_chat_member": {"user": bot_user, "status": new, **({"until_date": 0} if new == "kicked" else {})}}}


async def test_blocking_and_unblocking_the_bot_is_flagged(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        calls = len(tg.calls)
        await chat.process(member_update(tg, chat, "member", "kicked"))
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and user.blocked
        await chat.process(member_update(tg, chat, "kicked", "member"))
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and not user.blocked
        assert len(tg.calls) == calls, "nothing is sent about it"
        stranger = Chat(bot.app, tg, user_id=3003)
        await stranger.process(member_update(tg, stranger, "member", "kicked"))
        assert bot.repository.get_user(stranger.user_id) is None  # no row for someone we never screened
    bot.errors.check()
