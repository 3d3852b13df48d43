"""Private chats only: in a group the bot says once where to talk, and never answers, summarises or deletes."""

from __future__ import annotations

import itertools
import pathlib
from typing import Any

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import BOT_USERNAME, Chat, FakeTelegram, command_entities
from .screenings import ELIGIBLE_WORK

GROUP = -100_123
_message_ids = itertools.count(1000)


def group_message(tg: FakeTelegram, user_id: int, text: str, chat_id: int = GROUP,
                  kind: str = "supergroup") -> dict[str, Any]:
    """A message from `user_id` in a group (or, with kind="channel", a channel post)."""
    message = {"message_id": next(_message_ids), "chat": {"id": chat_id, "type": kind, "title": "Newcomers"},
               "date": tg.now(), "text": text}
    if kind == "channel":
        return {"update_id": tg.next_update_id(), "channel_post": message}
    entities = command_entities(text)
    if entities:
        message["entities"] = entities
    return {"update_id": tg.next_update_id(), "message": {**message, "from": tg.user(user_id)}}


def group_press(tg: FakeTelegram, user_id: int, message_id: int, data: str) -> dict[str, Any]:
    """`user_id` presses a button of the bot's message `message_id` in the group."""
    message = tg.get_message(GROUP, message_id)
    assert message is not None
    query_id = f"g{next(_message_ids)}"
    tg.callback_queries[query_id] = {"id": query_id, "user_id": user_id, "chat_id": GROUP,
                                     "message_id": message_id, "data": data, "answered": False}
    return {"update_id": tg.next_update_id(), "callback_query": {
        "id": query_id, "from": tg.user(user_id), "message": message.to_api(), "chat_instance": "1", "data": data}}


async def test_a_group_is_told_once_to_talk_in_private(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        ana = Chat(bot.app, tg, user_id=1001)
        await ana.process(group_message(tg, ana.user_id, "/start"))
        told = tg.bot_messages(GROUP)
        assert len(told) == 1
        assert "Let's talk in private" in (told[0].text or "")
        assert f'href="https://t.me/{BOT_USERNAME}?start=1"' in (told[0].raw_text or "")
        for text in ("/summary", f"/summary@{BOT_USERNAME}", "/delete", "yes", f"@{BOT_USERNAME} hello"):
            await ana.process(group_message(tg, ana.user_id, text))
        assert len(tg.bot_messages(GROUP)) == 1, "at most once per chat"
        assert bot.repository.rows_about(ana.user_id) == 0, "no screening starts in a group"
        assert tg.bot_messages(ana.chat_id) == [], "nor in private behind the user's back"
    async with bot_on(tg, db) as bot:  # a restart does not repeat it
        ana = Chat(bot.app, tg, user_id=1001)
        await ana.process(group_message(tg, ana.user_id, "/help"))
        assert len(tg.bot_messages(GROUP)) == 1
    bot.errors.check()


async def test_no_summary_or_deletion_in_a_group(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        ana, kim = Chat(bot.app, tg, user_id=1001), Chat(bot.app, tg, user_id=1002)
        for user in (ana, kim):
            await user.send("/start")
            await answer_all(user, *ELIGIBLE_WORK[:3])
        kim_rows = bot.repository.rows_about(kim.user_id)
        # A keyboard left in the group by an older version of the bot: Kim presses Ana's "Yes, delete".
        sent = tg.call("sendMessage", {"chat_id": GROUP, "text": "Delete everything?", "reply_markup": {
            "inline_keyboard": [[{"text": "Yes, delete everything", "callback_data": "del|yes"}]]}})
        await kim.process(group_press(tg, kim.user_id, sent["message_id"], "del|yes"))
        assert bot.repository.rows_about(kim.user_id) == kim_rows and bot.repository.rows_about(ana.user_id) > 0
        assert [a["text"] for a in tg.callback_answers if a["chat_id"] == GROUP] == [
            "Let's talk in private: I only screen people in a private chat, so your answers stay between us."]
        await ana.process(group_message(tg, ana.user_id, f"/summary@{BOT_USERNAME}"))
        group_texts = " ".join(m.text or "" for m in tg.bot_messages(GROUP))
        assert "21232" not in group_texts and "Software" not in group_texts, "no answers in the group"
        assert len(tg.bot_messages(GROUP)) == 2  # the old keyboard message, and one notice
    bot.errors.check()


async def test_commands_for_another_bot_are_ignored_everywhere(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        ana = Chat(bot.app, tg)
        await ana.process(group_message(tg, ana.user_id, "/start@other_bot"))
        assert tg.bot_messages(GROUP) == []
        await ana.send("/start@other_bot")
        assert ana.bot_messages == [] and bot.repository.rows_about(ana.user_id) == 0
        await ana.send(f"/start@{BOT_USERNAME}")
        assert "Do you plan to live in the province of Quebec?" in ana.last_text
    bot.errors.check()


async def test_a_channel_is_told_once_too(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    channel = -100_777
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        ana = Chat(bot.app, tg)
        for _ in range(2):
            await ana.process(group_message(tg, ana.user_id, "/start", chat_id=channel, kind="channel"))
        told = tg.bot_messages(channel)
        assert len(told) == 1 and "Let's talk in private" in (told[0].text or "")
    bot.errors.check()
