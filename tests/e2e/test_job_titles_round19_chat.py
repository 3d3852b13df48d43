"""Job titles of round 19 (tests/fixtures/noc_people19.csv) through the real bot and the fake Bot API: a place said
alone ("i work at a daycare", "je travaille dans une usine"), a place and a title in one line, an employer said
alone (the question is asked again), an owner (self-employment said at once), and a rank that names no trade
(the person chooses among readings that count differently)."""

from __future__ import annotations

import pathlib

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram


async def _to_the_job_title(chat: Chat, yes: str = "Yes", no: str = "No") -> None:
    await chat.send("/start")
    await chat.click(no)  # Quebec
    await chat.click(yes)  # a paid job in Canada


async def test_a_place_said_alone_offers_that_place_s_work(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("i work at a daycare")  # was searched as "work": 41400 policy researchers first
        assert chat.buttons[0].startswith("42202")
        assert not any(label.startswith("41400") for label in chat.buttons)
        await chat.click(chat.buttons[0])
        assert chat.last_text.startswith("✅ 42202")
    bot.errors.check()


async def test_une_usine_dite_seule_offre_les_manoeuvres_d_usine(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        await chat.send("je travaille dans une usine")  # 64321's factory tour guides came first
        assert chat.buttons[0].startswith("95109")
    bot.errors.check()


async def test_un_cuisinier_qui_dit_d_abord_le_resto(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        await chat.send("je travaille dans un restaurant comme cuisinier")  # 65201 kitchen helpers (TEER 5) first
        assert chat.buttons[0].startswith("63200")
    bot.errors.check()


async def test_an_employer_said_alone_is_asked_again_kindly(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        before = len(chat.texts)
        await chat.send("i work at walmart")
        said = "\n".join(chat.texts[before:])
        assert "⚠️" in said and "41400" not in said  # no random occupation offered
        await chat.send("cashier")
        assert chat.buttons[0].startswith("65100")
    bot.errors.check()


async def test_a_franchise_owner_is_told_self_employment_does_not_count(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("franchise owner tim hortons")  # 75210 boat owner-operators (TEER 5) came first
        assert "self-employed hours do not count" in chat.last_text
        assert chat.buttons[0].startswith("60030")
    bot.errors.check()


async def test_a_corporal_chooses_the_trade(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("corporal in the reserves")  # 42100 police officers (TEER 2) came first, a low guess
        assert "quite different jobs" in chat.last_text
        assert [label[:5] for label in chat.buttons[:3]] == ["44200", "43204", "42102"]
    bot.errors.check()
