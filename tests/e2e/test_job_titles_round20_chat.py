"""Job titles of round 20 (tests/fixtures/noc_people20.csv) through the real bot and the fake Bot API: a flagger's
crew said after the title (a TEER 2 supervisor came first), a French teacher said "prof" (an office clerk came
first), a kitchen's "cdp", and a PSW in a residence, whose two readings count differently (the person chooses)."""

from __future__ import annotations

import pathlib

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram


async def _to_the_job_title(chat: Chat, yes: str = "Yes", no: str = "No") -> None:
    await chat.send("/start")
    await chat.click(no)  # Quebec
    await chat.click(yes)  # a paid job in Canada


async def test_a_flagger_on_a_road_crew_is_a_flagger(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("flag person on a road crew")  # 12013 traffic control supervisors (TEER 2) came first
        assert chat.buttons[0].startswith("75110")
        assert not any(label.startswith("12013") for label in chat.buttons)
        await chat.click(chat.buttons[0])
        assert chat.last_text.startswith("✅ 75110")
    bot.errors.check()


async def test_un_prof_suppleant_est_un_enseignant(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        await chat.send("prof suppleant au primaire")  # 14100 commis de bureau (TEER 4) came first
        assert chat.buttons[0].startswith("41221")
        assert not any(label.startswith("14100") for label in chat.buttons)
    bot.errors.check()


async def test_a_cdp_is_a_chef_de_partie(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("cdp in a hotel kitchen")  # 65201 kitchen helpers (TEER 5) came first
        assert chat.buttons[0].startswith("62200")
    bot.errors.check()


async def test_a_psw_in_a_residence_chooses_between_readings(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("psw at a retirement residence 22/hr")
        assert "quite different jobs" in chat.last_text  # 33102 counts (TEER 3), 44101 does not (TEER 4)
        assert {label[:5] for label in chat.buttons[:2]} == {"33102", "44101"}
    bot.errors.check()
