"""Self-tests of the end-to-end harness, with a tiny demo PTB application (not the real bot)."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from .fake_api_server import FakeAPIServer, decode_body
from .fake_telegram import (
    BOT_USERNAME,
    NOT_MODIFIED,
    TEST_TOKEN,
    Chat,
    FakeRequest,
    FakeTelegram,
    application_builder,
    collect_errors,
    render_text,
    running,
)

# ---- the demo application ------------------------------------------------------------------------


def add_demo_handlers(app: Application) -> Application:
    """/start asks a question with buttons; a click answers and edits; text is echoed; /boom fails."""

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Ask the first question."""
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton("Yes", callback_data="yes"), InlineKeyboardButton("No", callback_data="no")]]
        )
        await update.effective_message.reply_text("Welcome! Do you live in Canada?", reply_markup=keyboard)

    async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer the click first, then edit the question into the answer."""
        query = update.callback_query
        if query.message is None or not query.message.reply_markup:  # a stale button
            await query.answer("This question was already answered.", show_alert=True)
            return
        await query.answer(f"You chose {query.data}")
        await query.edit_message_text(f"You answered: <b>{query.data}</b>", parse_mode=ParseMode.HTML)

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Repeat what the user typed."""
        await update.effective_message.reply_text(f"echo: {update.effective_message.text}")

    async def boom(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Fail on purpose."""
        raise RuntimeError("boom")

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Apologise to the user, unless the error was that we cannot reach them."""
        if isinstance(update, Update) and update.effective_chat and not isinstance(context.error, Forbidden):
            await context.bot.send_message(update.effective_chat.id, "Sorry, something went wrong.")

    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("boom", boom))
    app.add_handler(CallbackQueryHandler(button))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_error_handler(on_error)
    return app


def demo_app(tg: FakeTelegram) -> Application:
    return add_demo_handlers(application_builder(tg).build())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


# ---- in process: the Chat driver -----------------------------------------------------------------


async def test_command_gets_a_reply_with_buttons(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    errors = collect_errors(app)
    async with running(app):
        chat = Chat(app, tg, user_id=1001, first_name="Alice")
        replies = await chat.send("/start")

    assert [m.text for m in replies] == ["Welcome! Do you live in Canada?"]
    assert chat.last_text == "Welcome! Do you live in Canada?"
    assert chat.buttons == ["Yes", "No"]
    assert chat.keyboard == [["Yes", "No"]]
    assert chat.last_message["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "yes"
    assert chat.last_message["from"]["username"] == BOT_USERNAME
    assert tg.calls_to("sendMessage")[0]["chat_id"] == 1001
    assert errors == []


async def test_click_answers_the_query_and_edits_the_message(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    errors = collect_errors(app)
    async with running(app):
        chat = Chat(app, tg)
        await chat.send("/start")
        edited = await chat.click("Yes")

    assert [m.message_id for m in edited] == [chat.last_bot_message.message_id]
    assert chat.callback_answers[-1]["text"] == "You chose yes"
    assert chat.last_text == "You answered: yes"  # HTML rendered as the user sees it
    assert chat.last_bot_message.raw_text == "You answered: <b>yes</b>"
    assert chat.buttons == []  # an edit without reply_markup removes the keyboard, as on Telegram
    assert chat.texts == ["You answered: yes"]
    methods = [c.method for c in tg.calls if c.method in ("answerCallbackQuery", "editMessageText")]
    assert methods == ["answerCallbackQuery", "editMessageText"]
    assert errors == []
    assert "user clicks [Yes]" in chat.transcript()


async def test_echo_transcript_and_increasing_update_ids(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    seen: list[int] = []

    async def remember(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Record update ids."""
        seen.append(update.update_id)

    app.add_handler(TypeHandler(Update, remember), group=-1)
    errors = collect_errors(app)
    async with running(app):
        chat = Chat(app, tg, user_id=42, first_name="Bob", language_code="fr")
        await chat.send("/start")
        await chat.send("bonjour\nà tous")
        await chat.click("No")

    assert seen == sorted(seen) and len(set(seen)) == 3
    assert chat.texts == ["You answered: no", "echo: bonjour\nà tous"]
    assert chat.transcript() == (
        "user: /start\n"
        "bot: Welcome! Do you live in Canada?\n"
        "     [Yes] [No]\n"
        "user: bonjour\n"
        "      à tous\n"
        "bot: echo: bonjour\n"
        "     à tous\n"
        "user clicks [No] on #2\n"
        "bot answers the click (toast): You chose no\n"
        "bot edits #2: You answered: no"
    )
    assert errors == []


async def test_command_entities_and_language(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    received: list[Update] = []

    async def remember(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Keep the update."""
        received.append(update)

    app.add_handler(TypeHandler(Update, remember), group=-1)
    async with running(app):
        chat = Chat(app, tg, user_id=7, first_name="Zoé", language_code="fr")
        await chat.send(f"/start@{BOT_USERNAME} deep-link")
        await chat.send("🇨🇦 /start")

    first, second = (u.effective_message for u in received)
    assert first.entities[0].type == "bot_command" and first.entities[0].length == len(f"/start@{BOT_USERNAME}")
    assert second.entities[0].offset == 5  # UTF-16: the flag is 4 code units, then a space
    assert received[0].effective_user.language_code == "fr"
    assert received[0].effective_chat.type == "private"
    # PTB only treats a command at offset 0 as a command: the second message is plain text
    assert [m.text for m in tg.bot_messages(7)] == ["Welcome! Do you live in Canada?", "echo: 🇨🇦 /start"]


async def test_stale_button_of_an_edited_message(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    errors = collect_errors(app)
    async with running(app):
        chat = Chat(app, tg)
        await chat.send("/start")
        question_id = chat.last_bot_message.message_id
        await chat.click("Yes")
        with pytest.raises(AssertionError, match="No bot message with an inline keyboard"):
            await chat.click("No")  # the keyboard is gone: a normal click cannot find it
        await chat.click_stale("No", question_id)  # ...but a lagging client can still press it

    assert chat.callback_answers[-1] == {
        "callback_query_id": chat.callback_answers[-1]["callback_query_id"],
        "user_id": 1001,
        "chat_id": 1001,
        "message_id": question_id,
        "data": "no",
        "text": "This question was already answered.",
        "show_alert": True,
        "url": None,
    }
    assert chat.last_text == "You answered: yes"
    assert errors == []


async def test_unknown_label_lists_the_available_ones(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    async with running(app):
        chat = Chat(app, tg)
        await chat.send("/start")
        with pytest.raises(AssertionError, match=r"No button 'Maybe'.*available: \['Yes', 'No'\]"):
            await chat.click("Maybe")


async def test_identical_edit_is_not_modified(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    async with running(app):
        message = await app.bot.send_message(1001, "Same text")
        with pytest.raises(BadRequest, match="Message is not modified"):
            await app.bot.edit_message_text("Same text", chat_id=1001, message_id=message.message_id)
        await app.bot.edit_message_text("Other text", chat_id=1001, message_id=message.message_id)

    status, body = tg.handle("editMessageText", {"chat_id": 1001, "message_id": message.message_id,
                                                 "text": "Other text"})  # fmt: skip
    assert status == 400
    assert body == {"ok": False, "error_code": 400, "description": NOT_MODIFIED}
    assert body["description"].startswith("Bad Request: message is not modified: ")
    status, body = tg.handle("editMessageReplyMarkup", {"chat_id": 1001, "message_id": message.message_id})
    assert (status, body["description"]) == (400, NOT_MODIFIED)
    assert tg.get_message(1001, message.message_id).text_history == ["Same text"]
    assert [c.method for c in tg.failed_calls] == ["editMessageText"] * 2 + ["editMessageReplyMarkup"]


async def test_errors_are_collected(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    errors = collect_errors(app)
    async with running(app):
        chat = Chat(app, tg)
        await chat.send("/boom")

    assert [repr(e) for e in errors] == ["RuntimeError('boom')"]
    assert chat.last_text == "Sorry, something went wrong."  # the app's own error handler ran too
    with pytest.raises(AssertionError, match="in boom"):
        errors.check()


async def test_blocked_user_is_forbidden(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    errors = collect_errors(app)
    async with running(app):
        chat = Chat(app, tg, user_id=555)
        chat.block()
        await chat.send("/start")

    assert len(errors) == 1 and isinstance(errors[0], Forbidden)
    assert str(errors[0]) == "Forbidden: bot was blocked by the user"
    assert chat.bot_messages == []
    assert "bot !! sendMessage failed: Forbidden: bot was blocked by the user" in chat.transcript()


async def test_set_my_commands_per_language(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    async with running(app):
        await app.bot.set_my_commands([("start", "Start the screening"), ("help", "Help")])
        await app.bot.set_my_commands([("start", "Commencer l'évaluation")], language_code="fr")
        french = await app.bot.get_my_commands(language_code="fr")
        with pytest.raises(BadRequest, match=r"(?i)Bot_command_invalid"):
            await app.bot.set_my_commands([("Start-Now", "bad name")])

    assert tg.get_commands() == [
        {"command": "start", "description": "Start the screening"},
        {"command": "help", "description": "Help"},
    ]
    assert tg.get_commands("fr") == [{"command": "start", "description": "Commencer l'évaluation"}]
    assert [c.command for c in french] == ["start"]
    assert tg.get_commands("de") == []


async def test_formatting_and_limits_are_checked_like_telegram(tg: FakeTelegram) -> None:
    assert render_text("<b>3</b> of 14 &amp; <a href='x'>more</a>", "HTML") == "3 of 14 & more"
    assert render_text(r"*Score:* 512 \(CRS\)\.", "MarkdownV2") == "Score: 512 (CRS)."
    app = demo_app(tg)
    async with running(app):
        with pytest.raises(BadRequest, match=r'(?i)Unsupported start tag "foo"'):
            await app.bot.send_message(1001, "<foo>x</foo>", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match=r"(?i)Can't find end tag"):
            await app.bot.send_message(1001, "<b>x", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match=r"(?i)Character '.' is reserved"):
            await app.bot.send_message(1001, "Score: 512.", parse_mode=ParseMode.MARKDOWN_V2)
        with pytest.raises(BadRequest, match=r"(?i)Message is too long"):
            await app.bot.send_message(1001, "x" * 4097)
        with pytest.raises(BadRequest, match=r"(?i)Button_data_invalid"):
            markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="d" * 65)]])
            await app.bot.send_message(1001, "too much data", reply_markup=markup)
        tg.fail_next("sendMessage", "Too Many Requests: retry after 3", error_code=429, retry_after=3)
        with pytest.raises(RetryAfter):
            await app.bot.send_message(1001, "flood")
        sent = await app.bot.send_message(1001, "fine now")
    assert sent.text == "fine now"


async def test_in_process_polling_with_fake_request(tg: FakeTelegram) -> None:
    app = demo_app(tg)
    errors = collect_errors(app)
    async with running(app, polling=True, poll_timeout=0.5):
        tg.push_update(tg.user_message_update(1001, "hello"))
        for _ in range(200):
            if tg.bot_messages(1001):
                break
            await asyncio.sleep(0.01)
    assert [m.text for m in tg.bot_messages(1001)] == ["echo: hello"]
    assert tg.pending_updates == []  # confirmed by the final getUpdates with the new offset
    assert errors == []


# ---- over HTTP: the fake server ------------------------------------------------------------------


def _api(server: FakeAPIServer, method: str, http_timeout: float = 5, **params: object) -> dict:
    data = json.dumps(params).encode()
    request = urllib.request.Request(f"{server.base_url}{TEST_TOKEN}/{method}", data=data,
                                     headers={"Content-Type": "application/json"})  # fmt: skip
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=http_timeout) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        return json.loads(error.read())


def test_http_get_updates_long_poll_semantics(api_server: FakeAPIServer) -> None:
    assert _api(api_server, "getMe")["result"]["username"] == BOT_USERNAME
    started = time.monotonic()
    assert _api(api_server, "getUpdates", offset=0, timeout=0)["result"] == []
    assert time.monotonic() - started < 0.25
    assert _api(api_server, "getUpdates", timeout=0.3)["result"] == []
    assert 0.25 <= time.monotonic() - started < 2.5

    first = api_server.push_user_message(1001, "one")
    second = api_server.push_user_message(1001, "two")
    assert second["update_id"] > first["update_id"]
    got = _api(api_server, "getUpdates", offset=0, timeout=1)["result"]
    assert [u["message"]["text"] for u in got] == ["one", "two"]
    got = _api(api_server, "getUpdates", offset=first["update_id"] + 1)["result"]  # confirms "one"
    assert [u["update_id"] for u in got] == [second["update_id"]]

    # a long poll that is waiting wakes up when an update arrives
    later = threading_push(api_server, 1001, "three", delay=0.2)
    started = time.monotonic()
    got = _api(api_server, "getUpdates", offset=second["update_id"] + 1, timeout=3)["result"]
    assert [u["message"]["text"] for u in got] == ["three"] and time.monotonic() - started < 2
    later.join()

    assert _api(api_server, "setWebhook", url="https://example.invalid/hook")["ok"] is True
    conflict = _api(api_server, "getUpdates")
    assert conflict["error_code"] == 409
    assert _api(api_server, "deleteWebhook", drop_pending_updates=True)["result"] is True
    assert _api(api_server, "getWebhookInfo")["result"] == {
        "url": "", "has_custom_certificate": False, "pending_update_count": 0,
    }  # fmt: skip


def threading_push(server: FakeAPIServer, user_id: int, text: str, delay: float) -> threading.Thread:
    def push() -> None:
        time.sleep(delay)
        server.push_user_message(user_id, text)

    thread = threading.Thread(target=push)
    thread.start()
    return thread


async def test_http_polling_with_a_real_ptb_application(api_server: FakeAPIServer) -> None:
    app = add_demo_handlers(ApplicationBuilder().token(TEST_TOKEN).base_url(api_server.base_url).build())
    errors = collect_errors(app)
    async with running(app, polling=True, poll_timeout=1.0):
        api_server.push_user_message(2002, "/start", first_name="Carol", language_code="fr")
        question = await api_server.wait_for_bot_message(2002, contains="Do you live in Canada?")
        assert question.buttons == ["Yes", "No"]

        api_server.push_click(2002, "No")
        edited = await api_server.wait_for_bot_message(2002, contains="You answered")
        assert edited.message_id == question.message_id and edited.text == "You answered: no"

        await app.bot.send_document(2002, document=b"CRS 512", filename="summary.txt", caption="Your summary")
        await app.bot.set_my_commands([("start", "Commencer")], language_code="fr")

    answers = api_server.telegram.callback_answers
    assert [(a["user_id"], a["text"]) for a in answers] == [(2002, "You chose no")]
    assert api_server.telegram.files == {"FAKE-document-1": b"CRS 512"}
    assert api_server.telegram.bot_messages(2002)[-1].shown_text == "Your summary"
    assert api_server.telegram.get_commands("fr") == [{"command": "start", "description": "Commencer"}]
    content_types = {method: kind for _, method, kind in api_server.requests}
    assert content_types["sendMessage"] == "application/x-www-form-urlencoded"
    assert content_types["sendDocument"] == "multipart/form-data"
    markup = api_server.telegram.calls_to("sendMessage")[0]["reply_markup"]
    assert markup["inline_keyboard"][0][1]["callback_data"] == "no"  # JSON fields decoded
    assert errors == []


async def test_http_webhook_delivery(api_server: FakeAPIServer) -> None:
    app = add_demo_handlers(ApplicationBuilder().token(TEST_TOKEN).base_url(api_server.base_url).build())
    errors = collect_errors(app)
    port = free_port()
    async with running(app):
        await app.updater.start_webhook(
            listen="127.0.0.1", port=port, url_path="hook", secret_token="s3cret",
            webhook_url=f"http://127.0.0.1:{port}/hook",
        )  # fmt: skip
        assert api_server.telegram.webhook["url"] == f"http://127.0.0.1:{port}/hook"
        api_server.push_user_message(3003, "ping")
        reply = await api_server.wait_for_bot_message(3003, contains="echo")
    assert reply.text == "echo: ping"
    assert api_server.telegram.pending_updates == []
    assert errors == []


def test_form_and_json_bodies_decode_alike() -> None:
    form = decode_body(
        "application/x-www-form-urlencoded",
        b"chat_id=12&text=123&reply_markup=%7B%22inline_keyboard%22%3A%5B%5D%7D&disable_notification=true",
    )
    assert form == {"chat_id": 12, "text": "123", "reply_markup": {"inline_keyboard": []},
                    "disable_notification": True}  # fmt: skip
    assert decode_body("application/json", b'{"chat_id": 12, "text": "123"}') == {"chat_id": 12, "text": "123"}


def test_fake_request_is_a_complete_base_request(tg: FakeTelegram) -> None:
    request = FakeRequest(tg, read_timeout=2.5)
    assert request.read_timeout == 2.5
    app = ApplicationBuilder().token(TEST_TOKEN).request(request).get_updates_request(FakeRequest(tg)).build()
    assert app.bot.request is request
