"""Round 10 of typed answers, end to end through the fake Bot API: a day's hours times the days, the pay typed
beside the hours (never stored as hours), a month named from today confirmed with one tap
(tests/flows/test_typed_answers_fresh10.py has the corpus)."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answers, bot_on, state
from .fake_telegram import Chat, FakeTelegram


async def _to_job_hours(chat: Chat) -> None:
    await chat.send("/start")
    await chat.click("No")  # Quebec
    await chat.click("Yes")  # a paid job in Canada
    await chat.send("21232")
    await chat.send("2025-01-15")
    await chat.click("Yes")  # still in that job


async def test_hours_by_the_day_and_pay_beside_them(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ravi")
        await _to_job_hours(chat)
        await chat.send("$25/hr")  # the pay alone: no hours to store
        assert state(bot, chat) == "job_hours" and "job_hours" not in answers(bot, chat)["jobs"][0]
        await chat.send("40 hrs @ $22/hr")
        assert "Were you paid for job 1 (wages or commission)?" in chat.last_text
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
        await chat.send("/back")
        await chat.send("7.5 hrs/day, mon-fri")
        assert "Were you paid for job 1 (wages or commission)?" in chat.last_text
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 37.5
    bot.errors.check()


async def test_juin_dernier_se_confirme_d_un_geste(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await chat.click("Non")  # Québec
        await chat.click("Oui")  # un emploi rémunéré au Canada
        await chat.send("21232")
        await chat.send("mars dernier")  # aujourd'hui le 27 novembre 2026 : mars 2026, confirmé
        assert chat.last_text.startswith("❓ J'ai lu « mars dernier » comme la date ci-dessous.")
        assert chat.buttons == ["mars 2026"]
        await chat.click("mars 2026")
        assert "Occupez-vous toujours l'emploi 1 au Canada ?" in chat.last_text
    bot.errors.check()
