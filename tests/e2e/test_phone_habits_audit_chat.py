"""An audit of what people do on a phone in the middle of a screening, in English and in French.

They edit a message, reply to an old question, tap a button twice, send a location, a contact, a poll, a die, a
PDF of their test report, forward a message, paste a page, put several answers in one message, type a command in
the middle or “yes” under “Delete everything?”, come back after a rules update, or use Telegram in Spanish. Each
chat checks the standards: a kind message in the user's language and the question again, nothing said before
lost (read back from SQLite), nothing crashing, never silence. Covered elsewhere and not repeated: stale buttons
after /delete and /language, forged callback data, stickers, photos and voice notes (test_odd_updates.py,
test_conversation_audit_chat.py); the same update delivered twice and the answer committed before the reply
(test_delivery.py); a blocked user (403) who comes back (test_faults.py, test_odd_updates.py).
"""

from __future__ import annotations

import copy
import pathlib
import sqlite3
from typing import Any

import pytest

from eligibility.tables import rules_version
from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK

LANGS = ["en", "fr"]


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


def yes(lang: str) -> str:
    return t(lang, "button.yes")


def no(lang: str) -> str:
    return t(lang, "button.no")


# At "How many hours a week do you work in job 1?": not Quebec, a job, 21232, since 2025-09-01, still there.
async def to_hours(chat: Chat, lang: str) -> None:
    await chat.send("/start")
    await chat.click(no(lang))
    await chat.click(yes(lang))
    await chat.send("21232")
    await chat.send("2025-09-01")
    await chat.click(yes(lang))
    assert hours_question(lang) in chat.last_text


def hours_question(lang: str) -> str:
    return t(lang, "q.job_hours.text_ongoing", job=1)


def without_text(tg: FakeTelegram, chat: Chat, kind: str, value: Any,
                 caption: str | None = None) -> dict[str, Any]:
    """A message that is not text: what a phone sends for a photo, a location, a contact, a poll..."""
    update = tg.user_message_update(chat.user_id, "x")
    del update["message"]["text"]
    update["message"][kind] = value
    if caption is not None:
        update["message"]["caption"] = caption
    return update


def edited(tg: FakeTelegram, typed: dict[str, Any], text: str) -> dict[str, Any]:
    """The user edits a message they sent earlier: Telegram sends an edited_message update."""
    return {"update_id": tg.next_update_id(),
            "edited_message": {**copy.deepcopy(typed["message"]), "text": text, "edit_date": tg.now()}}


def replying(tg: FakeTelegram, chat: Chat, text: str, to_message_id: int) -> dict[str, Any]:
    """The user swipes an earlier bot message and types `text` as a reply to it."""
    update = tg.user_message_update(chat.user_id, text)
    replied = tg.get_message(chat.chat_id, to_message_id)
    assert replied is not None
    update["message"]["reply_to_message"] = replied.to_api()
    return update


# -- edits -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_an_edit_of_an_earlier_answer_changes_nothing_and_the_question_follows(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await chat.click(no(lang))
        await chat.click(yes(lang))
        typed = tg.user_message_update(chat.user_id, "21232")
        await chat.process(typed)
        await chat.send("2025-09-01")
        await chat.click(yes(lang))
        reply = said(await chat.process(edited(tg, typed, "63200")))  # the job title, edited to "cook"
        assert t(lang, "delivery.edits_not_read") in reply
        assert hours_question(lang) in reply, "the question in progress follows: never silence"
        assert answers(bot, chat)["jobs"][0]["job_occupation"] == {"noc": "21232"}
        await chat.click("40")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_an_edit_of_a_refused_answer_asks_for_it_again(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                            lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        typed = tg.user_message_update(chat.user_id, "lots")  # refused, then corrected in place
        await chat.process(typed)
        reply = said(await chat.process(edited(tg, typed, "40")))
        assert t(lang, "delivery.edits_not_read") in reply and hours_question(lang) in reply
        assert "job_hours" not in answers(bot, chat)["jobs"][0], "an edit is never read as an answer"
        await chat.send("40")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
    bot.errors.check()


async def test_an_edited_command_is_not_run(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await to_hours(chat, "en")
        typed = tg.user_message_update(chat.user_id, "/summary")
        await chat.process(typed)
        reply = said(await chat.process(edited(tg, typed, "/delete")))
        assert t("en", "bot.delete_confirm") not in reply and bot.repository.get_user(chat.user_id) is not None
        assert hours_question("en") in reply
    bot.errors.check()


# -- replies to old questions -------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_a_reply_to_an_earlier_score_question_is_not_taken_for_the_current_one(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    """Scores are typed, one message each: the person swipes the reading question to correct it, at speaking."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        steps = [no(lang), yes(lang), "21232", "2025-09-01", yes(lang), "40", yes(lang), yes(lang), no(lang),
                 yes(lang), no(lang)]
        await answer_all(chat, *(s if s[0].isdigit() and s != "40" else f"[{s}]" for s in steps))
        await answer_all(chat, "[IELTS General Training]", "2025-06-01", "8")
        reading = chat.last_bot_message.message_id
        await answer_all(chat, "7", "7")
        speaking = chat.last_text
        reply = said(await chat.process(replying(tg, chat, "6.5", reading)))  # meant for reading
        assert t(lang, "err.reply_to_earlier") in reply
        test = answers(bot, chat)["tests"][0]
        assert "test_speaking" not in test and test["test_reading"] == 7, "no answer stored where it was not meant"
        assert speaking.splitlines()[-1] in reply or t(lang, "q.test_speaking.text") in chat.last_text
        await chat.send("7")
        assert answers(bot, chat)["tests"][0]["test_speaking"] == 7
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_a_reply_to_the_question_on_screen_is_an_answer(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                             lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        await chat.process(replying(tg, chat, "40", chat.last_bot_message.message_id))
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
    bot.errors.check()


# -- buttons ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_the_same_answer_button_tapped_twice_answers_once(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                               lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        question = chat.last_bot_message.message_id
        first = tg.callback_update(chat.user_id, "40", message_id=question)
        second = tg.callback_update(chat.user_id, "40", message_id=question)  # before the edit reached the phone
        await chat.process(first)
        paid = chat.last_text
        reply = said(await chat.process(second))
        assert t(lang, "err.stale") in reply and paid.splitlines()[-1] in reply
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40 and state(bot, chat) == "job_paid"
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_a_button_of_a_finished_screening_changes_nothing(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                               lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        first_question = chat.last_bot_message.message_id
        await answer_all(chat, *ELIGIBLE_SCREENING)
        if lang == "fr":
            await chat.send("/language")
            await chat.click("Français")
        before = answers(bot, chat)
        reply = said(await chat.click_stale("Yes", first_question))  # "will you live in Quebec?", long ago
        assert t(lang, "err.stale") in reply
        assert answers(bot, chat) == before and state(bot, chat) == "verdict"
    bot.errors.check()


async def test_text_typed_where_buttons_are_offered(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK)
        assert t("en", "q.test_kind.text") in chat.last_text
        reply = said(await chat.send("the blue one"))
        assert reply.startswith("⚠️") and t("en", "q.test_kind.text") in reply
        assert not answers(bot, chat)["tests"] or answers(bot, chat)["tests"] == [{}]
    bot.errors.check()


# -- what is not text -------------------------------------------------------------------------------------------
PHOTO = [{"file_id": "p1", "file_unique_id": "pu1", "width": 10, "height": 10}]
NOT_TEXT: dict[str, Any] = {
    "location": {"latitude": 45.5, "longitude": -73.6},
    "contact": {"phone_number": "+15145550100", "first_name": "Alice", "user_id": 1001},
    "poll": {"id": "p1", "question": "40?", "options": [{"text": "a", "voter_count": 0, "persistent_id": "o1"}],
             "total_voter_count": 0, "is_closed": False, "is_anonymous": True, "type": "regular",
             "allows_multiple_answers": False, "allows_revoting": False, "members_only": False},
    "dice": {"emoji": "🎲", "value": 4},
    "document": {"file_id": "d1", "file_unique_id": "du1", "file_name": "IELTS-TRF.pdf",
                 "mime_type": "application/pdf", "file_size": 120000},
    "video_note": {"file_id": "vn1", "file_unique_id": "vnu1", "length": 240, "duration": 4},
    "animation": {"file_id": "g1", "file_unique_id": "gu1", "width": 1, "height": 1, "duration": 1},
}


@pytest.mark.parametrize("lang", LANGS)
async def test_locations_contacts_polls_dice_and_a_pdf_get_the_question_again(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        before = answers(bot, chat)
        told = {"document": "err.picture", "video_note": "err.voice"}  # what cannot be read, said as it is
        for kind, value in NOT_TEXT.items():
            reply = said(await chat.process(without_text(tg, chat, kind, value)))
            assert t(lang, told.get(kind, "err.empty")) in reply and hours_question(lang) in reply, kind
        assert answers(bot, chat) == before
        # The words under a PDF are read as typed, and the person is told the file itself was not looked at.
        reply = said(await chat.process(without_text(tg, chat, "document", NOT_TEXT["document"], caption="40")))
        assert t(lang, "err.caption_read") in reply
        assert hours_question(lang) not in reply
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
        # A command under a picture is not run (Telegram marks commands in typed text only): the question again.
        paid = reply.split("\n\n")[-1]  # the question after the hours
        reply = said(await chat.process(without_text(tg, chat, "photo", PHOTO, caption="/delete")))
        assert t(lang, "err.picture") in reply and paid in reply
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
    bot.errors.check()


async def test_a_contact_is_not_kept_after_delete(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await to_hours(chat, "en")
        await chat.process(without_text(tg, chat, "contact", NOT_TEXT["contact"]))
        await chat.send("/delete")
        await chat.click("Yes, delete everything")
        assert bot.repository.rows_about(chat.user_id) == 0
    bot.errors.check()
    with sqlite3.connect(tmp_path / "bot.db") as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        kept = [table for table in tables if "5145550100" in repr(db.execute(f"SELECT * FROM {table}").fetchall())]
    assert kept == [], "the phone number shared by mistake is erased with the rest"


@pytest.mark.parametrize("lang", LANGS)
async def test_a_message_forwarded_from_someone_else_is_not_read_as_an_answer(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        update = tg.user_message_update(chat.user_id, "Bonjour, voici mon horaire")
        update["message"]["forward_origin"] = {"type": "hidden_user", "sender_user_name": "Boss", "date": tg.now()}
        reply = said(await chat.process(update))
        assert t(lang, "err.forwarded") in reply and hours_question(lang) in reply
        assert "job_hours" not in answers(bot, chat)["jobs"][0]
        # Figures a friend forwarded would be read as the person's own: never stored, even when they parse.
        update = tg.user_message_update(chat.user_id, "40")
        update["message"]["forward_origin"] = {"type": "user", "date": tg.now(),
                                               "sender_user": {"id": 777, "is_bot": False, "first_name": "Friend"}}
        reply = said(await chat.process(update))
        assert t(lang, "err.forwarded") in reply and hours_question(lang) in reply
        assert "job_hours" not in answers(bot, chat)["jobs"][0]
        # Their own message forwarded from their notes is theirs: read as typed.
        update = tg.user_message_update(chat.user_id, "40")
        update["message"]["forward_origin"] = {"type": "user", "date": tg.now(), "sender_user": {
            "id": chat.user_id, "is_bot": False, "first_name": "Me"}}
        reply = said(await chat.process(update))
        assert t(lang, "err.forwarded") not in reply and hours_question(lang) not in reply
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", ["   ", "\n\n", "😀😀😀", "🙏", "?", "...", "ok"])
async def test_nothing_but_spaces_emoji_or_dots(tg: FakeTelegram, tmp_path: pathlib.Path, lang: str,
                                                text: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        reply = said(await chat.send(text))
        assert reply.startswith("⚠️") and hours_question(lang) in reply
        assert "job_hours" not in answers(bot, chat)["jobs"][0]
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_a_4000_character_paste_with_a_number_inside_is_not_an_answer(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        paste = ("Job description: develop and maintain software. " * 80)[:3900] + " Hours: 37.5 per week."
        assert len(paste) < 4096
        reply = said(await chat.send(paste))
        assert reply.startswith("⚠️") and hours_question(lang) in reply
        assert "job_hours" not in answers(bot, chat)["jobs"][0]
        assert all(len(m.shown_text or "") <= 4096 for m in chat.bot_messages)
    bot.errors.check()


@pytest.mark.parametrize(("lang", "text"), [("en", "40, yes, yes"), ("en", "40 and 35"),
                                            ("fr", "40, oui, oui"), ("fr", "40 ou 35")])
async def test_several_answers_in_one_message_are_never_half_read(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                  lang: str, text: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        reply = said(await chat.send(text))
        job = answers(bot, chat)["jobs"][0]
        assert "job_paid" not in job and "job_employee" not in job, "later questions are not answered ahead"
        if "job_hours" in job:
            assert job["job_hours"] == 40 and t(lang, "q.job_paid.text", job=1) in reply
        elif text == "40 and 35":  # two jobs' hours? which is this job's is asked, both as buttons (leftovers 7)
            assert t(lang, "answers.hours_two_jobs", typed=text) in reply
        else:
            assert hours_question(lang) in reply
    bot.errors.check()


# -- commands in the middle ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("command", ["/help", "/privacy", "/rounds", "/reminders", "/summary", "/frobnicate",
                                     "/start", "/HELP"])
async def test_a_command_in_the_middle_is_followed_by_the_question(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                   lang: str, command: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        before = answers(bot, chat)
        reply = said(await chat.send(command))
        assert reply, f"{command}: never silence"
        assert hours_question(lang) in reply or command == "/summary", command
        assert answers(bot, chat) == before
        await chat.send("40")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40, "the typed answer still goes to the question"
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_restart_back_and_language_in_the_middle_lose_nothing(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                    lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        await chat.send("/restart")
        assert t(lang, "bot.restart_confirm") in chat.last_text
        await chat.send("40")  # the confirmation ignored: the answer goes to the question
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
        await chat.send("/back")
        assert hours_question(lang) in chat.last_text
        await chat.send("/language")
        reply = said(await chat.click("English" if lang == "fr" else "Français"))
        other = "en" if lang == "fr" else "fr"
        assert hours_question(other) in reply
        assert answers(bot, chat)["jobs"][0]["job_occupation"] == {"noc": "21232"}
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_delete_in_the_middle_then_an_answer_starts_fresh(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        await chat.send("/delete")
        await chat.click(t(lang, "button.delete_yes"))
        assert bot.repository.rows_about(chat.user_id) == 0
        reply = said(await chat.send("40"))  # the old question, answered after all
        assert t(lang, "q.quebec.text") in reply, "a new screening, from the first question"
        assert answers(bot, chat)["jobs"] == [] or "job_hours" not in str(answers(bot, chat))
    bot.errors.check()


# -- who the user is ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("code", "lang"), [("es", "en"), ("pt-br", "en"), ("uk", "en"), ("fr-CA", "fr"),
                                            (None, "en"), ("zh-hans", "en")])
async def test_a_telegram_language_other_than_english_or_french(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                 code: str | None, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=code)
        reply = said(await chat.send("/start"))
        assert t(lang, "q.quebec.text") in reply
        await chat.click(no(lang))
        assert t(lang, "q.canadian_work.text") in chat.last_text
    bot.errors.check()


# -- coming back ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_coming_back_after_a_rules_update_keeps_the_answers_and_records_the_new_rules(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        if lang == "fr":
            await chat.send("/language")
            await chat.click("Français")
    bot.errors.check()
    with sqlite3.connect(db) as connection:  # as if the verdict was made under the rules of a year ago
        connection.execute("UPDATE verdicts SET rules_version = '2025.12.01.1-old'")
    async with bot_on(tg, db) as bot:  # redeployed with today's rules
        chat = Chat(bot.app, tg)
        reply = said(await chat.send("/start"))
        assert t(lang, "bot.resume_or_restart") in reply
        kept = answers(bot, chat)
        assert kept["jobs"][0]["job_hours"] == 40 and kept["tests"][0]["test_writing"] == 7
        await chat.send("/back")
        await chat.click(no(lang))  # the same last answer again: the verdict is made anew
        verdict = bot.repository.latest_verdict(chat.user_id)
        assert verdict is not None and verdict.rules_version == rules_version()
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_a_reply_to_which_did_you_mean_is_an_answer(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                          lang: str) -> None:
    """The bot's own "which did you mean?" is no earlier question: a reply to it answers the one in progress."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await answer_all(chat, f"[{no(lang)}]", f"[{yes(lang)}]", "21232")
        await chat.send("03/04/2025")
        which = chat.last_bot_message.message_id
        assert "03/04/2025" in chat.last_text
        await chat.process(replying(tg, chat, "2025-04-03", which))
        assert answers(bot, chat)["jobs"][0]["job_start"] == "2025-04-03"
    bot.errors.check()


# -- a typed "yes" under a confirmation --------------------------------------------------------------------------
async def to_still_working(chat: Chat, lang: str) -> str:
    """Up to "Do you still work in job 1?" (yes / no); returns that question."""
    await chat.send("/start")
    await answer_all(chat, f"[{no(lang)}]", f"[{yes(lang)}]", "21232", "2025-09-01")
    question = t(lang, "q.job_ongoing.text", job=1)
    assert question in chat.last_text
    return question


@pytest.mark.parametrize("lang", LANGS)
async def test_yes_typed_under_delete_is_asked_about_then_the_button_deletes(tg: FakeTelegram,
                                                                            tmp_path: pathlib.Path,
                                                                            lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        question = await to_still_working(chat, lang)
        await chat.send("/delete")
        sent = await chat.send(yes(lang).lower())  # meant "yes, delete"? or "yes, I still work there"?
        reply = said(sent)
        assert t(lang, "bot.confirm_typed_delete", typed=yes(lang).lower()) in reply and question in reply
        assert "job_ongoing" not in answers(bot, chat)["jobs"][0], "neither reading was guessed"
        confirmation = next(m for m in sent if t(lang, "bot.delete_confirm") in (m.shown_text or ""))
        await chat.click(t(lang, "button.delete_yes"), message_id=confirmation.message_id)
        assert bot.repository.rows_about(chat.user_id) == 0
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_yes_typed_twice_under_delete_answers_the_question(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                 lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_still_working(chat, lang)
        await chat.send("/delete")
        await chat.send(yes(lang))
        await chat.send(yes(lang))  # asked once: the same word again answers the question
        assert answers(bot, chat)["jobs"][0]["job_ongoing"] is True
        assert hours_question(lang) in chat.last_text
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_no_typed_under_restart_is_asked_about_and_keep_then_no_answers(tg: FakeTelegram,
                                                                             tmp_path: pathlib.Path,
                                                                             lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        question = await to_still_working(chat, lang)
        await chat.send("/restart")
        sent = await chat.send(no(lang))
        reply = said(sent)
        assert t(lang, "bot.confirm_typed_restart", typed=no(lang)) in reply and question in reply
        assert "job_ongoing" not in answers(bot, chat)["jobs"][0]
        confirmation = next(m for m in sent if t(lang, "bot.restart_confirm") in (m.shown_text or ""))
        await chat.click(t(lang, "button.restart_no"), message_id=confirmation.message_id)
        await chat.send(no(lang))
        assert answers(bot, chat)["jobs"][0]["job_ongoing"] is False
        assert answers(bot, chat)["jobs"][0]["job_occupation"] == {"noc": "21232"}
    bot.errors.check()


async def test_keep_my_data_then_yes_answers_the_question(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await to_still_working(chat, "en")
        await chat.send("/delete")
        await chat.click("Keep my data")
        await chat.send("yes")
        assert answers(bot, chat)["jobs"][0]["job_ongoing"] is True
    bot.errors.check()


# -- a button on a message too old to edit ------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("inaccessible", [False, True])
async def test_a_button_on_a_message_too_old_to_edit_gets_the_next_question_as_a_new_message(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, inaccessible: bool) -> None:
    """Days later, a button under the question still on screen: Telegram refuses to edit that message (and past
    48 hours sends it as inaccessible, date 0). The answer is stored and the next question comes all the same."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_hours(chat, lang)
        press = tg.callback_update(chat.user_id, "40")
        if inaccessible:
            message = press["callback_query"]["message"]
            press["callback_query"]["message"] = {"chat": message["chat"], "message_id": message["message_id"],
                                                  "date": 0}
        tg.fail_next("editMessageText", "Bad Request: message can't be edited", error_code=400)
        reply = said(await chat.process(press))
        assert t(lang, "q.job_paid.text", job=1) in reply, "never silence"
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
    bot.errors.check()
