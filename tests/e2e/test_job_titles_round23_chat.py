"""Job titles of round 23 (tests/fixtures/noc_people23.csv) through the real bot and the fake Bot API: a tire
changer said in French (73200's installers, TEER 3, came first for a TEER 4 job), the work said instead of a title
(94210's furniture assemblers came first for a car mechanic, TEER 2), an AZ driver on a work permit (74102's
couriers came first, TEER 4) and a Québec kitchen commis with the place after « au » (14200's clerks first)."""

from __future__ import annotations

import pathlib

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram


async def _to_the_job_title(chat: Chat, yes: str = "Yes", no: str = "No") -> None:
    await chat.send("/start")
    await chat.click(no)  # Quebec
    await chat.click(yes)  # a paid job in Canada


async def test_un_poseur_de_pneus_ne_pose_pas_de_revetements(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        await chat.send("poseur de pneus chez costco")  # 73200 (TEER 3) came first
        assert chat.buttons[0].startswith("74203")
        await chat.click(chat.buttons[0])
        assert chat.last_text.startswith("✅ 74203")
    bot.errors.check()


async def test_i_fix_cars_is_a_mechanic(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("i fix cars at my uncle's garage")  # 94210 furniture assemblers (TEER 4) came first
        assert chat.buttons[0].startswith("72410")
        assert not any(label.startswith("94210") for label in chat.buttons)
        await chat.click(chat.buttons[0])
        assert chat.last_text.startswith("✅ 72410")
    bot.errors.check()


async def test_an_az_driver_on_a_work_permit_drives_a_truck(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("az driver on a tfw permit doing us runs")  # 74102 couriers (TEER 4) came first
        assert chat.buttons[0].startswith("73300")
    bot.errors.check()


async def test_un_commis_de_cuisine_au_vieux_port_est_un_cuisinier(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        await chat.send("commis de cuisine au vieux port")  # 14200 accounting clerks (TEER 4) came first
        assert chat.buttons[0].startswith("63200")
        assert not any(label.startswith("14200") for label in chat.buttons)
    bot.errors.check()
