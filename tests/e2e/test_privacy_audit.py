"""The privacy audit, done as an attacker would: what the bot writes to its files and its logs while people are
screened through the real update path (getUpdates, the inbox, the outbox), with Bot API faults and a crash in a
handler. Store only what the screening needs; neither the token nor what people typed reaches the logs.

What was found and fixed is tested here; /delete's own traces in the file are tested in test_erasure_traces.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import os
import pathlib
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from telegram import Bot, Update
from telegram.ext import Application

from bot.plumbing import logs
from bot.plumbing.settings import Settings
from bot.screening.service import ScreeningService
from bot.telegram_adapter.application import build_application
from bot.telegram_adapter.inbox import DurableUpdateQueue, kept_part
from storage import Repository

from .bot_fixtures import TODAY, TOKEN
from .fake_telegram import FakeRequest, FakeTelegram, collect_errors, running
from .screenings import ELIGIBLE_SCREENING, IELTS_9, README_CRS
from .test_erasure_traces import traces
from .test_faults import TimingOut

USER = 7_301_234_567  # an id as large as Telegram's are today
FIRST, LAST, HANDLE = "Zelda", "Quixotewski", "zq_private_handle"
PHONE = "+15145550199"
FRIEND = "Barnabyfriend"  # someone else, whose message the user forwards
TYPED = ("Grand Zorblax Wrangler", "zorblax weekend gig")  # typed answers no one else would type


class Polling:
    """The bot polling the fake Bot API, as `cec-screener run` does: each update through getUpdates and the
    inbox, each reply through the outbox. `push` waits until the update is handled and answered."""

    def __init__(self, tg: FakeTelegram, app: Application, repository: Repository) -> None:  # type: ignore[type-arg]
        self.tg, self.app, self.repository = tg, app, repository

    async def push(self, update: dict[str, Any], *, answered: bool = True) -> None:
        """`answered=False`: only until it is handled (its reply may wait in the outbox)."""
        stamp = self.tg.stamp
        self.tg.push_update(update)
        for _ in range(1_000):
            await asyncio.sleep(0.01)
            delivered = self.tg.stamp > stamp and not self.repository.pending_replies()
            if (delivered or not answered) and not self.repository.held_updates():
                await asyncio.sleep(0.02)  # the release of the update, after its reply
                return
        raise AssertionError(f"update not handled in time:\n{self.tg.transcript(USER)[-2000:]}")

    async def say(self, *steps: str) -> None:
        """Each step typed, or pressed when written as "[label]"."""
        for step in steps:
            if step.startswith("[") and step.endswith("]"):  # on the latest message that has it
                message = next(m for m in reversed(self.tg.bot_messages(USER))
                               if any(step[1:-1] in label for label in m.buttons))
                await self.push(self.tg.callback_update(USER, step[1:-1], message_id=message.message_id))
            else:
                await self.push(self.tg.user_message_update(USER, step))


@contextlib.asynccontextmanager
async def polling_bot(tg: FakeTelegram, db: pathlib.Path, request: FakeRequest | None = None
                      ) -> AsyncIterator[Polling]:
    tg.register_user(USER, FIRST, last_name=LAST, username=HANDLE, language_code="en")
    repository = Repository(db)
    settings = Settings(telegram_bot_token=TOKEN, database_path=db, _env_file=None)
    app = build_application(settings, repository, lambda: TODAY, request=request or FakeRequest(tg),
                            retry_delay=0.01)
    collect_errors(app)  # a handler exception is one of the faults here: counted by the log, not by this list
    repository.checkpoint_in_background()  # as `cec-screener run` does (bot/fronts.py)
    try:
        async with running(app, polling=True, poll_timeout=0.2):
            yield Polling(tg, app, repository)
    finally:
        repository.close()


def message_with(tg: FakeTelegram, **fields: Any) -> dict[str, Any]:
    """A message from the user that is not typed text (a contact, a forward...): `fields` replace the text."""
    update = tg.user_message_update(USER, "placeholder")
    del update["message"]["text"]
    update["message"].update(fields)
    return update


async def screening_with_everything(bot: Polling) -> None:
    """A screening as people on a phone do it: typed answers refused and asked about, a contact card, a
    location, forwards, an edit, the result, the CRS, both charts, /rounds and /restart."""
    tg = bot.tg
    await bot.say("/start", "[No]", TYPED[1], "[Yes]", TYPED[0])
    await bot.push(message_with(tg, contact={"phone_number": PHONE, "first_name": FIRST, "last_name": LAST,
                                             "user_id": USER}))
    await bot.push(message_with(tg, location={"latitude": 45.5019, "longitude": -73.5674}))
    await bot.push(message_with(tg, text="21232 trust me", forward_origin={
        "type": "user", "date": 1, "sender_user": {"id": 42, "is_bot": False, "first_name": FRIEND}}))
    await bot.push(message_with(tg, forward_origin={"type": "hidden_user", "date": 1, "sender_user_name": FRIEND},
                                text="21232"))
    await bot.say("21232", "2025-09-01", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]", "[No]")
    edited = tg.user_message_update(USER, "zorblax edited")
    edited["edited_message"] = {**edited.pop("message"), "edit_date": 2}
    await bot.push(edited)
    await bot.say(*IELTS_9, "[Hours chart]", "[Estimate my CRS]", *README_CRS, "[CRS chart]", "/rounds",
                  "/restart")


def file_bytes(folder: pathlib.Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def found_in(files: dict[str, bytes], *needles: str) -> list[str]:
    return [f"{needle!r} in {name}" for needle in needles for name, data in files.items()
            if needle.encode() in data]


# -- 1. storage: what the files hold while the bot runs -------------------------------------------------------

async def test_names_phone_place_and_a_friends_name_are_never_written_to_the_files(tmp_path: pathlib.Path) -> None:
    """The inbox keeps each update until handled (a crash must lose none), but not what handling never reads:
    the person's last name and username, a contact card's phone number, a location, a forwarded message's
    sender. Read in the bytes of the database and its WAL while the bot runs (a handled update's body is
    cleared, but the pages it was written on wait in the WAL until overwritten)."""
    tg = FakeTelegram()
    async with polling_bot(tg, tmp_path / "bot.db") as bot:
        await screening_with_everything(bot)
        assert "Start over?" in (tg.bot_messages(USER)[-1].text or "")
        assert [c.method for c in tg.calls if c.ok].count("sendPhoto") == 2, "both charts were drawn and sent"
        files = file_bytes(tmp_path)
        assert set(files) == {"bot.db", "bot.db-wal", "bot.db-shm"}, "no chart or other file written beside it"
        assert found_in(files, LAST, HANDLE, PHONE, "45.5019", "73.5674", FRIEND) == []
        session = bot.repository.load_session(USER)
        assert session is not None and session.answers["jobs"][0]["job_occupation"] == {"noc": "21232"}


async def test_a_refused_answer_leaves_the_wal_once_it_is_no_longer_needed(tmp_path: pathlib.Path) -> None:
    """A refused answer is needed until handled (the inbox) and then until its reply, which quotes it, is
    delivered (the outbox); then it is stored nowhere, but the WAL pages it was written on stayed in the file
    after the log was started over (SQLite reuses the file from its beginning, leaving the rest). Now the log is
    cut at the first commit after a checkpoint (journal_size_limit = 0)."""
    tg = FakeTelegram()
    async with polling_bot(tg, tmp_path / "bot.db") as bot:
        await bot.say("/start", "[No]", TYPED[1])
        assert "You wrote “zorblax weekend gig”" in (tg.bot_messages(USER)[-1].text or "")
        assert found_in(file_bytes(tmp_path), TYPED[1]) == [f"{TYPED[1]!r} in bot.db-wal"], "while needed"
        await bot.say("[Yes]", "21232")
        await asyncio.sleep(2.5)  # the background checkpoint (every second) folds the log into the file
        await bot.say("2025-09-01")
        assert found_in(file_bytes(tmp_path), TYPED[1]) == []


VERDICTS_READ = """
    SELECT max(id) FROM verdicts WHERE user_id = :user
    UNION SELECT max(id) FROM verdicts WHERE user_id = :user AND json_extract(result, '$.crs.total') IS NOT NULL
    UNION SELECT max(id) FROM verdicts WHERE user_id = :user
        AND coalesce(json_extract(result, '$.as_of'), '') <= substr(coalesce(made_on, created_at), 1, 10)"""


async def test_only_the_verdicts_something_reads_are_kept(tmp_path: pathlib.Path) -> None:
    """Every result shown is stored as a verdict, but only three are ever read (storage/rounds.py): the latest,
    the latest with a CRS estimate, and the latest made for its own day (not "what if I apply later?"). Older
    ones were kept forever: a screening done twice with its CRS, then two later months, left six; two are read."""
    tg = FakeTelegram()
    async with polling_bot(tg, tmp_path / "bot.db") as bot:
        once = ["/start", *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS]
        await bot.say(*once, "[Start over]", "[Yes, start over]", *once[1:], "[What if I apply later?]",
                      "[April 2027]", "[What if I apply later?]", "[July 2027]")
        assert "July 1, 2027" in (tg.bot_messages(USER)[-1].text or "")
        db = bot.repository.db
        stored = {row[0] for row in db.execute("SELECT id FROM verdicts WHERE user_id = ?", [USER])}
        read = {row[0] for row in db.execute(VERDICTS_READ, {"user": USER}) if row[0] is not None}
        crs = bot.repository.latest_crs(USER)
        assert stored == read
        # As before: July's estimate (the test expired by then), and today's verdict for whether they are eligible
        assert crs == (291, 0, 0, "2026-11-27", "2027-07-01", None, None, "eligible")


async def test_a_webhooks_update_is_kept_as_trimmed_as_a_polled_one(tmp_path: pathlib.Path) -> None:
    """A webhook's update reaches the inbox as python-telegram-bot's Update (rebuilt with to_dict), not as
    getUpdates' JSON: the same parts are left out."""
    tg = FakeTelegram()
    tg.register_user(USER, FIRST, last_name=LAST, username=HANDLE)
    raw = message_with(tg, text="hello", contact={"phone_number": PHONE, "first_name": FIRST})
    with Repository(tmp_path / "bot.db") as repository:
        queue = DurableUpdateQueue(repository)
        async with Bot(TOKEN, request=FakeRequest(tg)) as bot:
            await queue.put(Update.de_json(raw, bot))
        (update_id, body), = repository.held_updates()
    assert update_id == raw["update_id"] and body["message"]["text"] == "hello"
    assert "contact" not in body["message"]
    assert body["message"]["chat"] == {"id": USER, "type": "private"}
    assert body["message"]["from"] == {"id": USER, "is_bot": False, "first_name": "", "language_code": "en"}
    assert found_in({"body": json.dumps(body).encode()}, FIRST, LAST, HANDLE, PHONE) == []


async def test_what_the_inbox_keeps_still_handles_an_update_left_by_a_crash(tmp_path: pathlib.Path) -> None:
    """A /start, then a friend's forward, each received by a process that died before handling it: the next
    start handles it from what the inbox kept as the live update was (the welcome by the first name, the forward
    not taken as an answer), and then keeps only its number."""
    tg = FakeTelegram()
    tg.register_user(USER, FIRST, last_name=LAST, username=HANDLE)
    origin = {"type": "user", "date": 1, "sender_user": {"id": 42, "is_bot": False, "first_name": FRIEND}}
    for sent, expected in (({"text": "/start"}, f"Hello {FIRST}!"),
                           ({"text": "21232", "forward_origin": origin}, "That is a forwarded message")):
        left = tg.user_message_update(USER, sent["text"]) if len(sent) == 1 else message_with(tg, **sent)
        with Repository(tmp_path / "bot.db") as repository:  # written down by the process that died
            repository.hold_updates([(left["update_id"], USER, kept_part(left))])
        before = len(tg.bot_messages(USER))
        async with polling_bot(tg, tmp_path / "bot.db") as bot:
            for _ in range(3_000):  # the first start loads the occupation index (a few seconds)
                if not bot.repository.held_updates() and len(tg.bot_messages(USER)) > before:
                    break
                await asyncio.sleep(0.01)
            else:
                raise AssertionError(f"not handled in time:\n{tg.transcript(USER)}")
            said = tg.bot_messages(USER)[before].text or ""
            session = bot.repository.load_session(USER)
        assert said.startswith(expected), said
        assert "live in the province of Quebec?" in said
        assert session is not None and "quebec" not in session.answers


# -- 2. /delete -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("where", ["mid-question", "with reminders, round alerts and a reply waiting"])
async def test_delete_leaves_nothing_of_what_was_typed_and_a_return_starts_afresh(tmp_path: pathlib.Path,
                                                                                  where: str) -> None:
    """After /delete (in the middle of a question, or with reminders and round alerts planned and a reply the
    Bot API refused still in the outbox), neither the id nor a distinctive answer is left in the database or
    its WAL, and coming back is a first visit."""
    tg = FakeTelegram()
    async with polling_bot(tg, tmp_path / "bot.db") as bot:
        await bot.say("/start", "[No]", TYPED[1], "[Yes]", "21232", "2025-09-01")
        if where != "mid-question":
            await bot.say(*ELIGIBLE_SCREENING[4:], "[Estimate my CRS]", *README_CRS, "[Tell me after each round]",
                          "[Remind me]", "[Yes, remind me]")
            planned = bot.repository.db.execute("SELECT (SELECT count(*) FROM reminder_optins), "
                                                "(SELECT count(*) FROM round_alert_optins)").fetchone()
            assert planned == (1, 1), "reminders and round alerts on"
            tg.fail_next("sendMessage", "Bad Gateway", error_code=502, times=1_000)
            await bot.push(tg.user_message_update(USER, "/help"), answered=False)
            assert bot.repository.pending_replies(USER), "a reply waits in the outbox"
            tg._faults.clear()
        assert found_in(file_bytes(tmp_path), "1997-03-10" if where != "mid-question" else "2025-09-01")
        await bot.say("/delete", "[Yes, delete everything]")
        assert "everything about you is erased" in (tg.bot_messages(USER)[-1].text or "")
        files = file_bytes(tmp_path)
        assert traces(USER, *(tmp_path / name for name in files)) == []
        assert found_in(files, *TYPED, "2025-09-01", "1997-03-10", FIRST) == []
        assert bot.repository.rows_about(USER) == 0
        await bot.say("/start")
        assert (tg.bot_messages(USER)[-1].text or "").startswith(f"Hello {FIRST}!"), "a first visit"
        session = bot.repository.load_session(USER)
        assert session is not None and "quebec" not in session.answers and session.history == []


async def test_delete_whose_reply_is_lost_to_a_crash(tmp_path: pathlib.Path) -> None:
    """The erasure is committed, then Telegram refuses its reply and the process stops: nothing of the user is
    kept to send it later (an outbox row would keep the id), and the next process knows nothing of them."""
    tg = FakeTelegram()
    async with polling_bot(tg, tmp_path / "bot.db") as bot:
        await bot.say("/start", "[No]", TYPED[1], "/delete")
        for method in ("sendMessage", "editMessageText"):
            tg.fail_next(method, "Bad Gateway", error_code=502, times=1_000)
        await bot.push(tg.callback_update(USER, "Yes, delete everything"), answered=False)
        assert bot.repository.rows_about(USER) == 0 and bot.repository.pending_replies() == []
        assert traces(USER, *(tmp_path / name for name in file_bytes(tmp_path))) == []
    tg._faults.clear()
    async with polling_bot(tg, tmp_path / "bot.db") as bot:
        await bot.say("/start")
        assert (tg.bot_messages(USER)[-1].text or "").startswith(f"Hello {FIRST}!"), "a first visit"
    assert found_in(file_bytes(tmp_path), *TYPED) == []


# -- 3. logs ---------------------------------------------------------------------------------------------------

@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """Logging as `cec-screener run` configures it with LOG_LEVEL=DEBUG, written into a string."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, sys.excepthook, threading.excepthook, logs._secrets[:],
             {name: logging.getLogger(name).level for name in ("httpx", "httpcore", "telegram", "transitions")})
    output = io.StringIO()
    root.handlers = [logging.StreamHandler(output)]
    root.setLevel(logging.DEBUG)
    logs.configure("DEBUG", [TOKEN])
    try:
        yield output
    finally:
        root.handlers, level, sys.excepthook, threading.excepthook, logs._secrets[:], levels = saved
        root.setLevel(level)
        for name, value in levels.items():
            logging.getLogger(name).setLevel(value)
        logging.captureWarnings(False)


async def test_nothing_a_person_sent_reaches_the_debug_log_through_faults(
        tmp_path: pathlib.Path, debug_log: io.StringIO, monkeypatch: pytest.MonkeyPatch) -> None:
    """At DEBUG, through a 502, a 429, timeouts, a handler that fails quoting the answer, and forged buttons:
    the log says what failed and where, never the token, a name, or what was typed or pressed."""
    tg = FakeTelegram()
    request = TimingOut(tg)
    answering = ScreeningService.text

    def failing(self: ScreeningService, user_id: int, lang: str, text: str, *args: Any, **kwargs: Any) -> Any:
        if "glorpsecret" in text:  # a bug of ours whose message quotes the answer
            raise ValueError(f"cannot read {text!r}")
        return answering(self, user_id, lang, text, *args, **kwargs)

    def failing_button(self: ScreeningService, user_id: int, lang: str, key: str, value: str, *args: Any) -> Any:
        raise ValueError(f"no option {value!r} for {key}")  # a bug of ours on a button, quoting its data

    monkeypatch.setattr(ScreeningService, "text", failing)
    monkeypatch.setattr(ScreeningService, "_answer_button", failing_button)
    async with polling_bot(tg, tmp_path / "bot.db", request) as bot:
        await bot.say("/start")
        tg.fail_next("editMessageText", "Bad Gateway", error_code=502)
        await bot.say("[No]")
        tg.fail_next("sendMessage", "Too Many Requests: retry after 1", error_code=429, retry_after=1)
        await bot.say(TYPED[1], "[Yes]")
        request.timeouts["sendMessage"] = 1
        await bot.say(TYPED[0], "glorpsecret 4242")
        for data in ("a|job_hours|zorblaxforged", "edit|job_start|zorblaxindex", "remove|job|x|zorblaxid"):
            shown = [m for m in tg.bot_messages(USER) if m.keyboard][-1]
            forged = tg.callback_update(USER, shown.keyboard[0][0])
            forged["callback_query"]["data"] = data
            await bot.push(forged)
        tg.fail_next("getUpdates", "Bad Gateway", error_code=502)
        await bot.say("/start", "21232")
    text = debug_log.getvalue()
    assert "update failed: ValueError" in text and "DEBUG" in text, "the log is at DEBUG and saw the failure"
    assert "button was answered as stale: ValueError" in text
    assert found_in({"log": text.encode()}, TOKEN, TOKEN.partition(":")[2], FIRST, LAST, HANDLE, str(USER),
                    *TYPED, "glorpsecret", "4242", "zorblax", "21232", "2025-09-01") == []


def test_a_crash_of_the_terminal_chat_prints_where_not_what_was_typed(tmp_path: pathlib.Path) -> None:
    """`cec-screener chat`: a bug of ours whose message quotes the answer is logged with where it happened and its
    type, not the answer; the person gets the apology and the chat goes on (tests/e2e/test_terminal_audit2)."""
    program = ("import sys; from bot.screening.service import ScreeningService\n"
               "def failing(self, user_id, lang, text, *args, **kwargs):\n"
               "    raise ValueError(f'cannot read {text!r}')\n"
               "ScreeningService.text = failing\n"
               "from bot.command_line.main import main; sys.exit(main(['chat', '--lang', 'en']))\n")
    done = subprocess.run([sys.executable, "-c", program], cwd=tmp_path, input=f"{TYPED[1]}\n", text=True,
                          capture_output=True, timeout=120, env={"PATH": os.environ.get("PATH", ""),
                                                                 "DATABASE_PATH": str(tmp_path / "chat.db"),
                                                                 "PYTHONPATH": str(pathlib.Path.cwd())})
    assert done.returncode == 0 and "chat turn failed: ValueError at <string>:3 (failing)" in done.stderr, \
        done.stderr
    assert found_in({"stderr": done.stderr.encode(), "stdout": done.stdout.encode()}, TYPED[1], "zorblax") == []
