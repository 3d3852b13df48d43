"""A job or test added after the verdict and left half answered, /language while occupations are offered, and the
day "your latest estimate" is dated by in /rounds: each through the real application and the fake Bot API, as a
person would chat, in English and French, with the stored answers read back from SQLite.

Figures (today 2026-11-27, worked by hand from RULES.md as in test_corrections_audit_chat.py): 21232 since
2026-01-05 at 40 h is 326 days, 1,397 h (not yet: January 4, 2027); with a second 21232 job from 2024-01-08 to
2024-06-28 at 40 h (173 days, 741 h): 2,139 h, eligible.

What a half-answered addition does (flows/conversation.py, "a job or test left half answered"): /back from its
first question to the result drops it with a word; any other way to a result brings the person back to finish it,
with a word; it never counts in a verdict.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import IELTS_9, README_CRS

NOT_YET = ["[No]", "[Yes]", "21232", "2026-01-05", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]", "[No]",
           *IELTS_9]
SECOND_JOB_REST = ["[No]", "2024-06-28", "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]", "[No]"]  # after its start
TRAVAIL = ["[Non]", "[Oui]", "21232", "2026-01-05", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]", "[Oui]", "[Non]"]
IELTS_FR = ["[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[Non]"]
ELIGIBLE = "You appear eligible for the Canadian Experience Class"


def jobs(bot: object, chat: Chat) -> list[dict]:
    return answers(bot, chat)["jobs"]  # type: ignore[arg-type]


# -- 1. a job or test added, then left half answered ----------------------------------------------------------
async def test_back_to_the_verdict_from_a_half_added_job_drops_it_and_says_so(tg: FakeTelegram,
                                                                             tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *NOT_YET)
        await chat.send("/summary")
        await chat.click("➕ Add a job")
        await answer_all(chat, "21232", "2024-01-08")  # then "do you still work there?": they stop
        assert state(bot, chat) == "job_ongoing" and len(jobs(bot, chat)) == 2
        await chat.send("/back")
        assert "Changing your answer: “January 8, 2024”" in chat.last_text
        await chat.send("/back")
        assert "Changing your answer: “21232" in chat.last_text
        reply = said(await chat.send("/back"))  # back past the job's first question: to the verdict
        assert ("Job 2 was not finished, so I removed it: it does not count in your result. To add it again: "
                "/summary, then ➕ Add a job.") in reply
        assert "1,397 qualifying hours; 1,560 needed" in reply and state(bot, chat) == "verdict"
        assert len(jobs(bot, chat)) == 1 and jobs(bot, chat)[0]["job_more"] is False
        latest = bot.repository.latest_verdict(chat.user_id)
        assert latest is not None and latest.result["qualifying_hours"] == 1397
        await chat.send("/summary")
        assert "Job 2" not in chat.last_text and "➕ Add a job" in chat.buttons
        await chat.send("/back")  # and the next /back goes on backwards, as before the addition
        assert state(bot, chat) == "test_more" and "Changing your answer: “No”" in chat.last_text
    bot.errors.check()


async def test_retour_depuis_un_test_ajoute_a_moitie_le_retire_en_le_disant(tg: FakeTelegram,
                                                                             tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *TRAVAIL, *IELTS_FR)
        assert "1 397" in chat.last_text
        await chat.send("/summary")
        await chat.click("➕ Ajouter un test")
        await answer_all(chat, "[CELPIP-General]", "2026-02-02", "9")  # listening only
        assert answers(bot, chat)["tests"][1] == {"test_kind": "celpip_general", "test_date": "2026-02-02",
                                                   "test_listening": 9}
        for _ in range(4):  # to the score, the date, the test, then the verdict
            reply = said(await chat.send("/back"))
        assert ("Le test 2 n'était pas terminé, je l'ai donc retiré : il ne compte pas dans votre résultat. Pour "
                "l'ajouter de nouveau : /summary, puis ➕ Ajouter un test.") in reply, chat.transcript()
        assert state(bot, chat) == "verdict" and "1 397" in reply
        tests = answers(bot, chat)["tests"]
        assert len(tests) == 1 and tests[0]["test_more"] is False
    bot.errors.check()


async def test_an_edit_elsewhere_brings_the_person_back_to_finish_the_job(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    """Before: the speaking score changed from /summary went straight to a verdict that left job 2 out, and job 2
    stayed in the answers half answered, never asked again."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *NOT_YET)
        await chat.send("/summary")
        await chat.click("➕ Add a job")
        await answer_all(chat, "21232", "2024-01-08")
        await chat.send("/summary")
        assert "Job 2 · start: January 8, 2024" in chat.last_text  # shown as it is, to change or remove
        await chat.click("✏️ Test 1 · speaking")
        reply = said(await chat.click("7"))
        assert ("Job 2 is not finished yet: its last questions first, then your result. To leave it out instead, "
                "remove it from /summary.") in reply
        assert state(bot, chat) == "job_ongoing" and "Do you still work in job 2" in chat.last_text
        assert "qualifying hours" not in reply  # no verdict without job 2
        assert bot.repository.latest_verdict(chat.user_id).result["qualifying_hours"] == 1397  # type: ignore
        await answer_all(chat, *SECOND_JOB_REST)
        assert ELIGIBLE in chat.last_text and "2,139 qualifying hours" in chat.last_text, chat.transcript()
        assert len(jobs(bot, chat)) == 2 and jobs(bot, chat)[1]["job_hours"] == 40
    bot.errors.check()


async def test_start_and_a_restart_of_the_bot_resume_the_added_job(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *NOT_YET)
        await chat.send("/summary")
        await chat.click("➕ Add a job")
        await answer_all(chat, "21232", "2024-01-08")
        await chat.send("/start")
        assert "Welcome back" in chat.last_text and "Do you still work in job 2" in chat.last_text
    bot.errors.check()
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg)
        assert state(bot, chat) == "job_ongoing" and jobs(bot, chat)[1]["job_start"] == "2024-01-08"
        await chat.send("/start")
        assert "Do you still work in job 2" in chat.last_text
        await answer_all(chat, *SECOND_JOB_REST)
        assert ELIGIBLE in chat.last_text and "2,139 qualifying hours" in chat.last_text
    bot.errors.check()


async def test_a_screening_stored_at_the_verdict_with_half_a_job_resumes_it(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    """As the bot stored it before the fix: at the verdict, job 2 half answered. After the restart the next
    message goes to job 2's next question, and a typed answer answers it (never "no question waiting")."""
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *TRAVAIL, *IELTS_FR)
        record = bot.repository.load_session(chat.user_id)
        assert record is not None and record.state == "verdict"
        record.answers["jobs"][0]["job_more"] = True
        record.answers["jobs"].append({"job_occupation": {"noc": "21232"}, "job_start": "2024-01-08",
                                       "job_ongoing": False})
        bot.repository.save_session(dataclasses.replace(record))
    async with bot_on(tg, db) as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        text = chat.last_text
        assert "L'emploi 2 n'est pas terminé : ses dernières questions d'abord, puis votre résultat." in text
        assert "Quand l'emploi 2" in text and "admissible" not in text, text  # its end date
        await answer_all(chat, "2024-06-28", "[40]", "[Oui]", "[Oui]", "[Non]", "[Oui]", "[Non]")
        assert "2 139" in chat.last_text and "admissible" in chat.last_text, chat.transcript()
        assert state(bot, chat) == "verdict"
    bot.errors.check()


# -- 2. /language while the occupations for a title are offered ---------------------------------------------
async def test_language_while_the_matches_show_offers_them_again_in_french(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]")
        await chat.send("software developer")
        english = chat.last_bot_message.message_id
        assert "21232 · Software developers and programmers · TEER 1" in chat.buttons
        await chat.send("/language")
        reply = said(await chat.click("Français"))
        assert "Je vous parlerai désormais en français." in reply
        assert "Laquelle de ces professions correspond à l'emploi 1 ?" in reply  # not "type your title" again
        labels = chat.buttons
        assert labels[0] == ("21232 · Développeurs/développeuses et programmeurs/programmeuses de logiciels · "
                             "FEER 1")
        assert [label[:5] for label in labels[:5]] == ["21232", "21234", "21231", "21230", "20012"]  # the same
        assert "✍️ Retaper le titre" in labels
        await chat.click(labels[0])
        assert jobs(bot, chat)[0]["job_occupation"] == {"noc": "21232"} and state(bot, chat) == "job_start"
        assert "Quand l'emploi 1 au Canada a-t-il commencé" in chat.last_text
        assert "_titles_offered" not in answers(bot, chat)  # answered: nothing left of the offer
        await chat.click_stale("21234 · Web developers and programmers · TEER 1", english)  # an old button
        assert jobs(bot, chat)[0]["job_occupation"] == {"noc": "21232"}
    bot.errors.check()


async def test_la_langue_changee_pendant_les_choix_les_redonne_en_anglais(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, "[Non]", "[Oui]")
        await chat.send("cuisinier")
        french = [label[:5] for label in chat.buttons if label[:5].isdigit()]
        assert french and "63200" in french, chat.buttons
        french_message = chat.last_bot_message.message_id
        await chat.send("/language")
        await chat.click("English")
        assert "These are quite different jobs" in chat.last_text  # the same header as in French, in English
        assert [label[:5] for label in chat.buttons if label[:5].isdigit()] == french  # searched in French still
        assert any(label.startswith("63200 · Cooks") for label in chat.buttons), chat.buttons
        # The French buttons sent before keep working too: one tap answers the same question
        cook = next(label for label in tg.get_message(chat.chat_id, french_message).buttons
                    if label.startswith("63200"))
        await chat.click(cook, message_id=french_message)
        assert jobs(bot, chat)[0]["job_occupation"] == {"noc": "63200"} and state(bot, chat) == "job_start"
    bot.errors.check()


async def test_type_it_again_then_language_asks_for_the_title(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """"Type it again" turned the offer down: after /language it is not made again."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "software developer", "[✍️ Type it again]")
        await chat.send("/language")
        await chat.click("Français")
        assert "quel était votre titre de poste ?" in chat.last_text
        assert not any(label[:5].isdigit() for label in chat.buttons)
        await chat.send("cuisinier")
        assert "63200" in " ".join(chat.buttons)
    bot.errors.check()


# -- 3. /rounds dates "your latest estimate" by the day it was made ----------------------------------------------
async def test_rounds_dates_the_estimate_by_the_day_it_was_made(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The estimate was made on 2026-11-27 by the application's clock; the machine's wall clock says otherwise
    (it is another day), and /rounds a week later must still say November 27."""
    clock = [dt.date(2026, 11, 27)]
    async with bot_on(tg, tmp_path / "bot.db", clock=clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *NOT_YET, "[Estimate my CRS]", *README_CRS)
        assert "CRS estimate:" in chat.last_text
        clock[0] = dt.date(2026, 12, 4)
        await chat.send("/rounds")
        assert "Compared with your latest CRS estimate, " in chat.last_text
        assert "(from November 27, 2026)." in chat.last_text, chat.last_text
        stored = bot.repository.latest_crs(chat.user_id)
        assert stored is not None and stored[3] == "2026-11-27"
        await chat.send("/language")
        await chat.click("Français")
        await chat.send("/rounds")
        assert "(du 27 novembre 2026)." in chat.last_text, chat.last_text
    bot.errors.check()


async def test_the_round_alerts_compare_with_the_same_day(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The round alerts read the same stored day as /rounds (storage/rounds.py: round_alert_subscribers)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *NOT_YET, "[Estimate my CRS]", *README_CRS)
        await chat.click("📣 Tell me after each round")
        mine = [s for s in bot.repository.round_alert_subscribers() if s.user_id == chat.user_id]
        assert len(mine) == 1 and mine[0].estimated_at == "2026-11-27"
    bot.errors.check()
