"""An audit of the conversation, played as people play it: messy, on a phone, in English or French.

Stale buttons, a date picker left half way, stickers and photos, /start, /delete, /back and /summary in the
middle, a change of language, a change of plans about Quebec after the verdict. Right behaviour is a plain test;
wrong behaviour is a strict xfail test that says what should happen.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


def media(tg: FakeTelegram, chat: Chat, kind: str, value: Any, caption: str | None = None) -> dict[str, Any]:
    """A message without text: a sticker, a photo, a voice note (optionally with a caption)."""
    update = tg.user_message_update(chat.user_id, "x")
    del update["message"]["text"]
    update["message"][kind] = value
    if caption is not None:
        update["message"]["caption"] = caption
    return update


# At "Do you still work in job 1?": not Quebec, a job, 21232, started 2025-09-01.
TO_ONGOING = ELIGIBLE_WORK[:4]
STILL_WORKING = "Do you still work in job 1 in Canada?"
HOURS = "How many hours a week do you work in job 1?"


# -- stale buttons ---------------------------------------------------------------------------------------------
async def test_the_quebec_button_pressed_again_later_changes_nothing(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        quebec_message = chat.last_bot_message.message_id
        await answer_all(chat, *TO_ONGOING)
        # The phone had not yet shown the edit: "Yes, I will live in Quebec" is pressed on the first question.
        reply = said(await chat.click_stale("Yes", quebec_message))
        assert t("en", "err.stale") in reply and STILL_WORKING in reply
        assert answers(bot, chat)["quebec"] is False, "the old button answered nothing"
        assert answers(bot, chat)["jobs"][0]["job_start"] == "2025-09-01"
        await chat.click("Yes")
        assert HOURS in chat.last_text
    bot.errors.check()


async def test_a_date_picker_left_half_way_then_a_typed_date(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK[:3])
        picker = chat.last_bot_message.message_id
        await chat.click("2024")
        await chat.click("Mar")
        assert "15" in chat.buttons  # the days of March 2024
        await chat.send("2025-09-01")  # typed after all
        assert STILL_WORKING in chat.last_text
        reply = said(await chat.click("15", message_id=picker))  # the day picker is still on screen
        assert t("en", "err.stale") in reply and STILL_WORKING in reply
        assert answers(bot, chat)["jobs"][0]["job_start"] == "2025-09-01", "the typed date stays"
    bot.errors.check()


# -- what is not text -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_stickers_photos_voice_emoji_and_a_very_long_text_get_the_same_question_again(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await chat.click(t(lang, "button.no"))
        await chat.click(t(lang, "button.yes"))
        await chat.send("21232")
        await chat.send("2025-09-01")
        await chat.click(t(lang, "button.yes"))
        question = {"en": "hours a week do you work in job 1", "fr": "heures par semaine travaillez-vous"}[lang]
        assert question in chat.last_text
        before = answers(bot, chat)["jobs"]
        sticker = {"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512,
                   "is_animated": False, "is_video": False}
        photo = [{"file_id": "p1", "file_unique_id": "pu1", "width": 10, "height": 10}]
        voice = {"file_id": "v1", "file_unique_id": "vu1", "duration": 3}
        for update, told in ((media(tg, chat, "sticker", sticker), "err.empty"),
                             (media(tg, chat, "photo", photo), "err.picture"),
                             (media(tg, chat, "voice", voice), "err.voice")):
            reply = said(await chat.process(update))
            assert t(lang, told) in reply and question in reply
        for text in ("👍", "x" * 5000, "🤷‍♀️🤷‍♀️🤷‍♀️"):
            reply = said(await chat.send(text))
            assert reply.startswith("⚠️") and question in reply
        assert answers(bot, chat)["jobs"] == before, "nothing said before is lost"
        await chat.click("40")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
    bot.errors.check()


# -- /start, /language, /delete in the middle ------------------------------------------------------------------
async def test_start_in_the_middle_offers_to_resume_and_a_typed_answer_goes_on(tg: FakeTelegram,
                                                                               tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *TO_ONGOING)
        reply = said(await chat.send("/start"))
        assert t("en", "bot.resume_or_restart") in reply and STILL_WORKING in reply
        assert t("en", "button.start_over") in chat.buttons
        await chat.send("yes")
        assert HOURS in chat.last_text
        assert answers(bot, chat)["jobs"][0]["job_occupation"] == {"noc": "21232"}
    bot.errors.check()


async def test_french_then_english_midway_keeps_the_answers_and_old_french_buttons_answer_in_english(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await chat.send("👍")
        assert "Veuillez répondre oui ou non" in chat.last_text  # a refusal in French
        await chat.send("nope")
        await chat.send("yes")  # English words are read too
        french_question = chat.last_bot_message.message_id
        assert t("fr", "q.job_occupation.text", job=1) in chat.last_text
        await chat.send("/language")
        reply = said(await chat.click("English"))
        assert t("en", "bot.language_set") in reply and t("en", "q.job_occupation.text", job=1) in reply
        reply = said(await chat.click("FEER", message_id=french_question))
        assert "Choose the TEER level of job 1" in reply, "a French button answered in the language chosen"
        await chat.send("/start")
        assert t("en", "bot.resume_or_restart") in chat.last_text
        assert answers(bot, chat)["quebec"] is False and answers(bot, chat)["canadian_work"] is True
    bot.errors.check()


async def test_delete_then_an_old_button_records_nothing(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *TO_ONGOING)
        question = chat.last_bot_message.message_id
        await chat.send("/delete")
        await chat.click("Yes, delete")
        reply = said(await chat.click_stale("Yes", question))
        assert t("en", "err.no_screening") in reply
        assert "Here is the current one" not in reply and t("en", "err.stale_none") in reply
        assert bot.repository.load_session(chat.user_id) is None, "the old button brought nothing back"
        await chat.send("/start")
        assert t("en", "q.quebec.text") in chat.last_text
        assert t("en", "bot.resume_or_restart") not in chat.last_text
    bot.errors.check()


# -- going back ------------------------------------------------------------------------------------------------
async def test_back_to_add_another_job_then_no_drops_only_the_second_job(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK[:10], "[Yes]",
                         "63200", "2022-09-01", "[No]", "2024-04-30", "[20]", "[Yes]", "[Yes]", "[No]", "[Yes]")
        assert "Do you want to add another job in Canada?" in chat.last_text
        for _ in range(10):  # job 2, question by question, back to job 1's "another job?"
            await chat.send("/back")
        assert "Changing your answer: “Yes”" in chat.last_text and "add another job" in chat.last_text
        await chat.click("No")
        assert t("en", "q.test_kind.text") in chat.last_text
        jobs = answers(bot, chat)["jobs"]
        assert len(jobs) == 1 and jobs[0]["job_occupation"] == {"noc": "21232"} and jobs[0]["job_hours"] == 40
    bot.errors.check()


async def test_back_then_a_different_answer_asks_only_what_now_applies(tg: FakeTelegram,
                                                                       tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK[:8])  # up to "full-time student?"
        for _ in range(4):
            await chat.send("/back")
        assert "Changing your answer: “Yes”" in chat.last_text and STILL_WORKING in chat.last_text
        await chat.click("No")
        assert "When did job 1 end?" in chat.last_text
        await chat.send("2026-10-31")
        assert "Were you a full-time student while working in job 1?" in chat.last_text  # the rest was kept
        job = answers(bot, chat)["jobs"][0]
        assert (job["job_end"], job["job_hours"], job["job_paid"], job["job_employee"]) == ("2026-10-31", 40, True,
                                                                                             True)
    bot.errors.check()


# -- Quebec after the verdict ----------------------------------------------------------------------------------
async def test_quebec_changed_after_the_verdict_then_changed_back(tg: FakeTelegram,
                                                                  tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        verdict = chat.last_bot_message.message_id
        assert "You appear eligible" in chat.last_text
        await chat.send("/summary")
        await chat.click("Will live in Quebec")
        reply = said(await chat.click("Yes"))
        assert "Living in Quebec" in reply
        reply = said(await chat.click_stale("Estimate my CRS", verdict))  # the verdict's button, still on screen
        assert t("en", "err.stale") in reply and "Living in Quebec" in reply
        assert state(bot, chat) == "quebec" and "birth" not in answers(bot, chat)
        await chat.click("I plan to live elsewhere")
        assert "You appear eligible" in chat.last_text
        kept = answers(bot, chat)
        assert kept["jobs"][0]["job_hours"] == 40 and kept["tests"][0]["test_writing"] == 7
    bot.errors.check()


# -- what goes wrong -------------------------------------------------------------------------------------------
async def test_back_after_a_mistapped_quebec_yes_shows_the_question_to_change(tg: FakeTelegram,
                                                                              tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await chat.click("Yes")  # meant "No"
        assert "Living in Quebec" in chat.last_text
        reply = said(await chat.send("/back"))
        assert t("en", "err.nothing_before") not in reply
        assert "Changing your answer: “Yes”" in reply and t("en", "q.quebec.text") in reply
        assert chat.buttons[:2] == ["Yes", "No"]
    bot.errors.check()


async def test_back_after_an_answer_changed_from_the_summary_returns_to_that_answer(tg: FakeTelegram,
                                                                                   tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        await chat.send("/summary")
        await chat.click("Job 1 · ongoing")
        await chat.click("No")
        await chat.send("2026-10-31")  # a typo: meant 2025
        assert "You appear eligible" in said(chat.bot_messages[-2:])
        reply = said(await chat.send("/back"))
        assert "Changing your answer: “October 31, 2026”" in reply and "When did job 1 end?" in reply
    bot.errors.check()


async def back_to_canadian_work(chat: Chat) -> None:
    """Job 1 answered up to "add another job?", then /back nine times, to "paid job in Canada?" (answered Yes)."""
    await chat.send("/start")
    await answer_all(chat, *ELIGIBLE_WORK[:10])
    for _ in range(9):
        await chat.send("/back")
    assert "Changing your answer: “Yes”" in chat.last_text and "paid job in Canada" in chat.last_text


async def test_a_mistapped_no_to_canadian_work_loses_no_job(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await back_to_canadian_work(chat)
        reply = said(await chat.click("No"))  # a slip of the thumb
        assert "Job 1 removed. Tapped by mistake? Send /back to undo." in reply
        reply = said(await chat.send("/back"))
        assert "Changing your answer: “Yes”" in reply, "the jobs and the answer that kept them are back"
        assert answers(bot, chat)["jobs"][0].get("job_occupation") == {"noc": "21232"}
        await chat.click("Yes")
        job = answers(bot, chat)["jobs"][0]
        assert job.get("job_occupation") == {"noc": "21232"} and job.get("job_hours") == 40
    bot.errors.check()


async def test_the_undo_outlives_a_restart_and_delete_erases_it(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg)
        await back_to_canadian_work(chat)
        await chat.click("No")  # the slip; then the bot is redeployed
    bot.errors.check()
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg)
        reply = said(await chat.send("/back"))
        assert "Changing your answer: “Yes”" in reply and "paid job in Canada" in reply
        assert answers(bot, chat)["jobs"][0].get("job_hours") == 40
        await chat.click("No")
        assert "_undo" in answers(bot, chat)
        await chat.send("/delete")
        await chat.click("🗑️ Yes, delete everything")
        assert bot.repository.load_session(chat.user_id) is None
    bot.errors.check()


async def test_no_more_jobs_after_going_back_says_job_2_is_removed(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK[:10], "[Yes]",
                         "63200", "2022-09-01", "[No]", "2024-04-30", "[20]", "[Yes]", "[Yes]", "[No]", "[Yes]")
        for _ in range(10):
            await chat.send("/back")
        reply = said(await chat.click("No"))
        assert "Job 2" in reply, "the person is told that job 2 (a cook, 2022-2024) is gone"
    bot.errors.check()


async def test_keep_my_data_goes_on_where_the_person_was(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *TO_ONGOING)
        await chat.send("/delete")
        reply = said(await chat.click("Keep my data"))
        assert t("en", "bot.delete_kept") in reply
        assert STILL_WORKING in reply and chat.buttons[:2] == ["Yes", "No"]
    bot.errors.check()


async def test_an_unknown_command_is_followed_by_the_question_again(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *TO_ONGOING)
        reply = said(await chat.send("/bakc"))  # a slip: the command meant is offered (leftovers 9)
        assert t("en", "err.unknown_command_meant", typed="/bakc", command="/back") in reply
        assert STILL_WORKING in reply
        reply = said(await chat.send("/xyzzy"))  # close to none: the list of commands
        assert t("en", "err.unknown_command") in reply and STILL_WORKING in reply
    bot.errors.check()
