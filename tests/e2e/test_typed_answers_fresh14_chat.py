"""Round 14 of typed answers, through the real application and the fake Bot API, in English and French (today is
2026-11-27, a Friday): a job's start said inside a sentence, a weekday that does not fit the latest such day
refused and one that does stored, "last friday" offered to tap as the day it means, and the hours of "2 jobs, 40h
each" (tests/flows/test_typed_answers_fresh14.py has the corpus)."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram


async def test_a_start_inside_a_sentence_last_friday_and_two_jobs_hours(tg: FakeTelegram,
                                                                        tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232")
        assert "When did job 1 in Canada start?" in chat.last_text
        await chat.send("well I started at tim hortons in june 2022 and I'm still there")
        assert answers(bot, chat)["jobs"][0]["job_start"] == "2022-06"
        await chat.click("No")  # no longer there
        assert "When did job 1 end?" in chat.last_text
        reply = said(await chat.send("last friday"))
        assert "I read “last friday” as the date below. Is that right?" in reply
        assert "job_end" not in answers(bot, chat)["jobs"][0], "offered to tap, not stored at once"
        assert chat.buttons == ["November 20, 2026"]
        await chat.click("November 20, 2026")
        assert answers(bot, chat)["jobs"][0]["job_end"] == "2026-11-20"
        assert "How many hours a week did you work in job 1?" in chat.last_text
        await chat.send("2 jobs, 40h each")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40, "each job's hours, never their sum"
    bot.errors.check()


async def test_un_jour_de_la_semaine_qui_ne_va_pas_est_refuse_puis_le_bon_lu(tg: FakeTelegram,
                                                                            tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await chat.send("/language")
        await chat.click("Français")
        await answer_all(chat, "non", "oui", "21232")
        assert "Quand l'emploi 1 au Canada a-t-il commencé ?" in chat.last_text
        reply = said(await chat.send("lundi 3 mars"))  # le dernier 3 mars, en 2026, était un mardi
        assert "n'était pas le jour de la semaine que vous avez écrit" in reply
        assert "job_start" not in answers(bot, chat)["jobs"][0], "jamais une autre année devinée"
        await chat.send("lundi 2 mars")
        assert answers(bot, chat)["jobs"][0]["job_start"] == "2026-03-02"
    bot.errors.check()
