"""Job titles of round 22 (tests/fixtures/noc_people22.csv) through the real bot and the fake Bot API: a Québec
home daycare (42202's daycare educators, TEER 2, came first for a TEER 4 job), a cook and dishwasher said in one
French line with the place after it (read as one title: the cooks, TEER 3, first and no question), an Amazon
delivery associate (an editor, TEER 1, came first) and a drywall boarder (a textile boarder, TEER 4, came first for
TEER 3 work)."""

from __future__ import annotations

import pathlib

from flows.texts import catalog

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram


async def _to_the_job_title(chat: Chat, yes: str = "Yes", no: str = "No") -> None:
    await chat.send("/start")
    await chat.click(no)  # Quebec
    await chat.click(yes)  # a paid job in Canada


async def test_une_garderie_en_milieu_familial_n_est_pas_un_cpe(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        await chat.send("educ en milieu familial chez nous")  # 42202 (TEER 2) came first
        assert chat.buttons[0].startswith("44100")
        assert any(label.startswith("42202") for label in chat.buttons[:3])  # the person chooses
        assert "emplois très différents" in chat.last_text
        await chat.click(chat.buttons[0])
        assert chat.last_text.startswith("✅ 44100")
    bot.errors.check()


async def test_cuisiniere_et_plongeuse_dans_une_ligne_sont_deux_emplois(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        await chat.send("cuisiniere / plongeuse au resto du coin")  # 63200 (TEER 3) came first, no question
        codes = [label[:5] for label in chat.buttons if label[:5].isdigit()]
        assert codes[0] == "65201" and "63200" in codes[:3]
        assert catalog("fr").t("titles.mixed", job=1)[:40] in chat.last_text
    bot.errors.check()


async def test_an_amazon_delivery_associate_drives_a_van(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("delivery associate for an amazon dsp")  # 51110 editors (TEER 1) came first
        assert chat.buttons[0].startswith("75201")
        assert not any(label.startswith(("51110", "41101")) for label in chat.buttons)
        await chat.click(chat.buttons[0])
        assert chat.last_text.startswith("✅ 75201")
    bot.errors.check()


async def test_a_drywall_boarder_is_not_a_textile_boarder(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        # 94130 'Boarder - textile manufacturing' (TEER 4) came first
        await chat.send("boarder for a drywall company")
        assert chat.buttons[0].startswith("73102")
    bot.errors.check()
