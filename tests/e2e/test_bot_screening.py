"""The bot end to end through a fake Bot API: read like a chat."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import pathlib

import pytest

from bot.screening.service import RETENTION_DAYS
from eligibility import ScreeningProfile, assess
from flows.profile_builder import build_profile
from storage import Repository, SessionRecord

from .bot_fixtures import TODAY, Bot, answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_WORK, IELTS_9


def stored_verdict_matches_assess(bot: Bot, user_id: int) -> dict:
    """The verdict the bot stored equals `assess` on the profile built from the stored answers."""
    session = bot.repository.load_session(user_id)
    verdict = bot.repository.latest_verdict(user_id)
    assert session is not None and verdict is not None
    profile = ScreeningProfile.model_validate(build_profile(session.answers, TODAY), strict=False)
    # The conversation's own notes beside the engine's result (flows/results.py): what rests on estimates, planned
    # ends, the jobs a "not yet" day assumes go on
    engine = {key: value for key, value in verdict.result.items() if key not in CONVERSATION_NOTES}
    assert engine in ({key: value for key, value in assess(profile, lang).items() if key not in CONVERSATION_NOTES}
                      for lang in ("en", "fr"))
    return verdict.result


CONVERSATION_NOTES = {"hours_estimates", "crs_year_estimates", "date_estimates", "planned_ends", "open_ended_jobs"}


async def test_an_eligible_screening(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana")
        await chat.send("/start")
        assert "Hello Ana!" in chat.texts[0]
        assert "Do you plan to live in the province of Quebec?" in chat.last_text
        assert chat.buttons == ["Yes", "No", "Not sure"]  # not sure: tests/e2e/test_quebec_audit_chat.py
        question_id = chat.last_bot_message.message_id
        await chat.click("No")
        assert chat.callback_answers, "every button press is answered"
        edited = tg.get_message(chat.chat_id, question_id)
        # One call: the question message becomes the answer given and the next question.
        assert edited is not None and edited is chat.last_bot_message
        assert (edited.shown_text or "").startswith("✅ No")
        assert "Work in Canada · job 1 · question 1 of 10" in chat.last_text
        await answer_all(chat, *ELIGIBLE_WORK[1:], *IELTS_9)
        verdict_text = chat.last_text  # the last answer, the verdict at a glance and the CRS offer, in one message
        assert "✅ You appear eligible for the Canadian Experience Class" in verdict_text
        assert "Canadian work: 1,937 qualifying hours; 1,560 needed." in verdict_text
        assert "What to do: Create your Express Entry profile" in verdict_text
        assert any("Estimate my CRS" in label for label in chat.buttons)
        await chat.click("📄 Details: requirements, hours, next steps")  # the whole verdict, one tap away
        details = "\n".join(chat.texts[-2:])
        assert "1,937 hours of your work count" in details
        assert "CLB 7 applies" in details
        assert "pre-screening, not legal advice" in details
        result = stored_verdict_matches_assess(bot, chat.user_id)
        assert result["verdict"] == "eligible" and result["qualifying_hours"] == 1937
    bot.errors.check()


async def test_the_crs_estimate_after_the_verdict(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9)
        await chat.click("Estimate my CRS")
        assert "CRS score · about you · question 1 of" in chat.last_text
        await answer_all(chat, "1997-03-10", "[Single]", "[Bachelor's or 3+ year program]",
                         "[Outside Canada, with an ECA]", "[No]", "[2 years]", "[No]", "[No]", "[No]")
        assert "CRS estimate: 470 points" in chat.last_text
        assert "Core 394 · spouse 0 · skill transferability 76 · additional 0" in chat.last_text
        assert "48 points below the lowest score invited" in chat.last_text  # 518, round 446 (the seed)
        assert bot.repository.latest_verdict(chat.user_id).result["crs"]["total"] == 470
    bot.errors.check()


async def test_not_yet_eligible_gives_the_day(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "32101", "2026-03-15", "[Yes]", "[37.5]", "[Yes]", "[Yes]", "[No]",
                         "[Yes]", "[No]", "[CELPIP-General]", "2026-02-02", "8", "8", "7", "8", "[No]")
        verdict = chat.last_text
        assert "⏳ Not yet eligible: you should qualify on March 14, 2027" in verdict
        assert "❌ Canadian work: 1,101 qualifying hours; 1,560 needed." in verdict
        assert "What to do: About 459 more qualifying hours" in verdict
        assert stored_verdict_matches_assess(bot, chat.user_id)["eligible_on"] == "2027-03-14"
    bot.errors.check()


async def test_not_eligible_with_its_reasons(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "65200")  # Quebec is said at once (test_say_it_your_way.py)
        # A TEER 5 job counts neither for the CEC nor for the CRS: its dates and hours are not asked (issue 16).
        assert "so I skip this job's dates, hours and other questions" in chat.last_text
        assert "another job" in chat.last_text
        await answer_all(chat, "[No]", "[None yet]")
        verdict = chat.last_text
        assert "❌ Not eligible for the Canadian Experience Class for now" in verdict
        assert "❌ Language: You have no valid result from an approved test." in verdict
        assert "Job 1 (TEER 5) counts for neither the CEC nor the CRS" in verdict
        await chat.click("📄 Details")
        verdict = "\n".join(chat.texts[-3:])
        assert "Job 1 (TEER 5) counts for neither the CEC nor the CRS" in verdict
        assert "approved test" in verdict
        assert stored_verdict_matches_assess(bot, chat.user_id)["verdict"] == "not_eligible"
    bot.errors.check()


async def test_back_and_edit_from_the_summary(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2025-09-01")
        await chat.send("/back")
        assert "When did job 1 in Canada start?" in chat.last_text
        await chat.click("Back")
        assert "what was your job title?" in chat.last_text
        await chat.send("72410")  # a new answer, then straight back to where the user was
        assert "Do you still work in job 1 in Canada?" in chat.last_text
        await answer_all(chat, "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]", "[No]", *IELTS_9)
        await chat.send("/summary")
        assert "Job 1 · occupation: 72410 · Automotive service technicians" in chat.last_text
        await chat.click("✏️ Job 1 · hours")
        assert "How many hours a week" in chat.last_text
        await chat.send("20")
        verdict = chat.last_text
        assert "You appear eligible" not in verdict
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["jobs"][0]["job_hours"] == 20
        assert session.answers["jobs"][0]["job_occupation"] == {"noc": "72410"}
    bot.errors.check()


async def test_every_kind_of_invalid_input_is_explained_and_asked_again(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await chat.send("whatever")  # ("maybe" is "Not sure" here, an answer of this question)
        assert "Please answer yes or no" in chat.last_text and "Quebec" in chat.last_text
        await chat.send("no")
        await chat.send("yes")
        for typed, problem, question in [
            ("2123", "A NOC code has 5 digits, and 2123 has 4", "what was your job title?"),
            ("29999", "second digit must be 0 to 5", "what was your job title?"),
        ]:
            await chat.send(typed)
            assert problem in chat.last_text and question in chat.last_text
        await chat.send("21232")
        for typed, problem in [("15/03/202", "can be read two ways"),
                               ("2024-02-30", "There is no such day as “2024-02-30”"),
                               ("2030-01-01", "a job that has not started yet does not count"),
                               ("since covid", "couldn't read that as a date")]:
            await chat.send(typed)
            assert problem in chat.last_text and "When did job 1 in Canada start?" in chat.last_text
        await answer_all(chat, "2025-01-01", "[Yes]")
        for typed in ("full", "200"):  # "forty" is read as 40 (tests/flows/test_typed_answers_fresh2.py)
            await chat.send(typed)
            assert "How many hours a week" in chat.last_text
        await chat.send("0")
        assert "0 hours a week cannot count" in chat.last_text and "How many hours a week" in chat.last_text
        await chat.send("37,5")
        await answer_all(chat, "[Yes]", "[Yes]", "[No]", "[Yes]", "[No]")
        await chat.send("7")
        assert "type its number (1 to 6)" in chat.last_text
        await chat.send("toefl ibt")
        assert "TOEFL is not accepted for Express Entry" in chat.last_text and "“None yet”" in chat.last_text
        await chat.send("celpip")
        await chat.send("2026-01-32")  # ("January 2026" is taken since issue 15, as the picker's "no day")
        assert "There is no such day as “2026-01-32”" in chat.last_text and "On what date" in chat.last_text
        await chat.send("2026-01-05")
        await chat.send("13")
        assert "from 0 to 12" in chat.last_text and "CELPIP-General result in listening" in chat.last_text
        sticker = tg.user_message_update(chat.user_id, "x")
        del sticker["message"]["text"]
        sticker["message"]["sticker"] = {"file_id": "s1", "file_unique_id": "u1", "type": "regular",
                                         "width": 512, "height": 512, "is_animated": False, "is_video": False}
        await chat.process(sticker)
        assert "Please type an answer" in chat.last_text and "result in listening" in chat.last_text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.state == "test_listening"
        job = session.answers["jobs"][0]
        assert job["job_occupation"] == {"noc": "21232"}
        assert (job["job_start"], job["job_hours"]) == ("2025-01-01", 37.5)
    bot.errors.check()


async def test_a_stale_button_is_answered_kindly(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        first_question = chat.last_bot_message.message_id
        await answer_all(chat, "[No]", "[Yes]", "21232")
        sent = len(tg.bot_messages(chat.user_id))
        await chat.click_stale("Yes", first_question)
        # The pressed message becomes the current question: no second copy of it is added below.
        pressed = next(m for m in tg.bot_messages(chat.user_id) if m.message_id == first_question)
        assert "belongs to an earlier question" in (pressed.shown_text or "")
        assert "When did job 1 in Canada start?" in (pressed.shown_text or "")
        assert len(tg.bot_messages(chat.user_id)) == sent
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["quebec"] is False
    bot.errors.check()


async def test_resume_after_a_redeploy_and_restart(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2025-09-01")
    bot.errors.check()
    async with bot_on(tg, db) as bot:  # a new process on the same database file
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        # One message: where they were, with starting over as one more button.
        assert chat.last_text.startswith("Welcome back! Your answers are kept")
        assert "Do you still work in job 1 in Canada?" in chat.last_text
        assert chat.last_bot_message.buttons[-1] == "🔄 Start a new screening"
        await chat.click("Yes")  # typed or pressed, it answers the question in view
        assert "How many hours a week" in chat.last_text
        await chat.send("/restart")
        assert "Your current answers will be erased" in chat.last_text
        await chat.click("Keep my answers")
        assert "How many hours a week" in chat.last_text
        await chat.send("/restart")
        await chat.click("Yes, start over")
        assert "Do you plan to live in the province of Quebec?" in chat.last_text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.state == "quebec" and session.answers["jobs"] == [{}]
    bot.errors.check()


async def test_delete_leaves_no_row_about_the_user(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        other = Chat(bot.app, tg, user_id=2002)
        await other.send("/start")
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, "[None yet]")
        assert bot.repository.rows_about(chat.user_id) >= 3
        await chat.send("/delete")
        assert "cannot be undone" in chat.last_text
        await chat.click("Yes, delete everything")
        assert "everything about you is erased" in chat.last_text
        assert bot.repository.rows_about(chat.user_id) == 0
        assert bot.repository.rows_about(other.user_id) > 0
    bot.errors.check()


async def test_the_whole_screening_in_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Léa", language_code="fr-CA")
        await chat.send("/start")
        assert "Bonjour Léa !" in chat.texts[0]
        assert chat.buttons == ["Oui", "Non", "Je ne sais pas"]
        await answer_all(chat, "[Non]", "[Oui]", "21232", "2025-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]",
                         "[Oui]", "[Non]", "[TEF Canada]", "2026-03-01", "440", "440", "430", "460", "[Non]")
        verdict = chat.last_text
        assert "✅ Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "NCLC 7" in verdict
        await chat.send("/help")
        assert "/summary ou /edit : revoir et modifier vos réponses" in chat.last_text
        await chat.send("/language")
        await chat.click("English")
        assert chat.last_text.startswith("I will speak English from now on.")
        assert "✅ You appear eligible" in chat.last_text  # the verdict again, now in English
    bot.errors.check()


async def test_commands_are_registered_in_both_languages(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        english = {c["command"]: c["description"] for c in tg.get_commands("")}
        french = {c["command"]: c["description"] for c in tg.get_commands("fr")}
        assert set(english) == set(french) == {"start", "help", "back", "summary", "edit", "restart", "language",
                                               "privacy", "delete", "cancel", "reminders", "rounds", "chart"}
        assert english["delete"] != french["delete"]
        chat = Chat(bot.app, tg)
        await chat.send("/privacy")
        privacy = "\n".join(chat.texts[-3:])  # in parts of 1,500 characters at most (issue 16)
        assert "What I store" in privacy and "/delete" in privacy
        assert "kept only until I have handled it" in privacy  # the inbox, said plainly
        await chat.send("/frobnicate")
        assert "I don't know that command" in chat.last_text
    bot.errors.check()


async def test_a_user_who_blocked_the_bot_is_flagged_not_retried(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        chat.block()
        await chat.click("No")
        user = bot.repository.get_user(chat.user_id)
        assert user is not None and user.blocked
        assert len(tg.failed_calls) == 1  # the first refused call ends the update: no retry
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["quebec"] is False  # saved before the reply
    assert all(type(e).__name__ == "Forbidden" for e in bot.errors)


async def test_each_answer_is_on_disk_before_the_reply(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    seen: list[tuple[str, dict]] = []
    async with bot_on(tg, db) as bot:
        original = tg.ahandle

        async def spy(method: str, params: dict | None = None) -> tuple[int, dict]:
            if method in ("sendMessage", "editMessageText"):  # a button answer's reply edits its question
                with_db = bot.repository.load_session(1001)
                seen.append((with_db.state if with_db else "", dict(with_db.answers) if with_db else {}))
            return await original(method, params)

        tg.ahandle = spy  # type: ignore[method-assign]
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await chat.click("No")
        await chat.click("Yes")
        await chat.send("21232")
    assert seen[-1][0] == "job_start" and seen[-1][1]["jobs"][0]["job_occupation"] == {"noc": "21232"}
    assert any(state == "job_occupation" and answers.get("quebec") is False for state, answers in seen)
    bot.errors.check()


async def test_long_verdicts_fit_telegrams_limit(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        steps = ["[No]", "[Yes]"]
        for year in range(2018, 2026):  # eight jobs make the longest verdict we can think of
            # self-employed: the questions on studies and work authorization are skipped (issue 16)
            steps += ["72410", f"{year}-01-01", "[No]", f"{year}-12-31", "[40]", "[Yes]", "[No]",
                      "[Yes]" if year < 2025 else "[No]"]
        await answer_all(chat, *steps, "[None yet]")
        assert "Not eligible" in chat.last_text
        await chat.click("📄 Details")
        assert all(len(m.raw_text or "") <= 4096 for m in chat.bot_messages)
        assert all(len(text) <= 1500 for text in chat.texts)  # the details in parts a phone shows (issue 16)
        assert "self-employ" in "".join(chat.texts[-4:]).lower()
    bot.errors.check()


async def test_users_inactive_longer_than_the_privacy_promise_are_erased_at_start(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=RETENTION_DAYS + 1)
    with Repository(db, now=lambda: long_ago) as old:
        old.save_session(SessionRecord(user_id=77, state="quebec"))
        old.save_session(SessionRecord(user_id=78, state="quebec"))
    with Repository(db) as recent:
        recent.save_session(SessionRecord(user_id=78, state="job_start"))  # came back since
    async with bot_on(tg, db) as bot:
        await asyncio.sleep(0)  # let the purge task run
        assert bot.repository.rows_about(77) == 0
        assert bot.repository.load_session(78) is not None
    bot.errors.check()


async def test_a_session_saved_by_an_older_flow_resumes_without_losing_answers(tg: FakeTelegram,
                                                                               tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    with Repository(db) as old:
        old.save_session(SessionRecord(user_id=1001, state="a_question_that_no_longer_exists",
                                       answers={"quebec": False, "jobs": [{"job_occupation": {"noc": "21232"}}],
                                                "tests": [{}], "_position": {"job": 0, "test": 0}},
                                       history=["gone:0:0"], flow_version=0))
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        assert "Do you plan to live in the province of Quebec?" in chat.last_text
        await chat.click("No")
        await chat.click("Yes")  # a question the older flow did not ask
        assert "When did job 1 in Canada start?" in chat.last_text  # the occupation was kept
    bot.errors.check()


async def test_help_keeps_the_question_in_view_and_a_test_can_be_removed(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK[:4])
        await chat.send("/help")
        assert "/summary or /edit: review and change your answers" in chat.last_text
        assert "Do you still work in job 1 in Canada?" in chat.last_text
        await answer_all(chat, *ELIGIBLE_WORK[4:], *IELTS_9)
        await chat.send("/summary")
        await chat.click("Remove test 1")
        assert "Test 1 removed." in chat.last_text
        assert "Which approved language test have you taken?" in chat.last_text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.answers["tests"] == [{}]
    bot.errors.check()


async def test_a_failure_is_logged_without_the_answer_and_the_user_is_told(
        tg: FakeTelegram, tmp_path: pathlib.Path, caplog: pytest.LogCaptureFixture) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        service = bot.app.bot_data["service"]

        def broken(*args: object, **kwargs: object) -> None:
            raise ValueError(f"could not use {args[2]!r}")  # a message quoting the answer

        service.text = broken
        with caplog.at_level(logging.ERROR):
            await chat.send("my secret answer 98765")
        assert "something went wrong on our side" in chat.last_text
        assert "ValueError" in caplog.text and "98765" not in caplog.text
    assert [type(e).__name__ for e in bot.errors] == ["ValueError"]
