"""Job titles of round 21 (tests/fixtures/noc_people21.csv) through the real bot and the fake Bot API: a French
call centre agent (22221's IT support agents, TEER 2, came first), a yard jockey (a TEER 5 'Jockey valet' came
first for a TEER 3 shunt truck driver), an uber driver (logging and racing drivers were offered), and an employer
alone typed as the title (a lawyer, TEER 1, came first for "at costco"): told it names where, and asked again."""

from __future__ import annotations

import pathlib

from flows.texts import catalog

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram


async def _to_the_job_title(chat: Chat, yes: str = "Yes", no: str = "No") -> None:
    await chat.send("/start")
    await chat.click(no)  # Quebec
    await chat.click(yes)  # a paid job in Canada


async def test_une_agente_de_centre_d_appel_n_est_pas_du_soutien_informatique(tg: FakeTelegram,
                                                                              tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        await chat.send("agente au centre d'appel de videotron")  # 22221 (TEER 2) came first
        assert chat.buttons[0].startswith("64409")
        await chat.click(chat.buttons[0])
        assert chat.last_text.startswith("✅ 64409")
    bot.errors.check()


async def test_a_yard_jockey_drives_a_shunt_truck(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("yard jockey at a distribution centre")  # 65329 'Jockey valet' (TEER 5) came first
        assert chat.buttons[0].startswith("73300")
        assert not any(label.startswith(("65329", "53200")) for label in chat.buttons)
    bot.errors.check()


async def test_an_uber_driver_is_offered_no_logging_or_racing_driver(tg: FakeTelegram,
                                                                     tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("uber driver in brampton")
        codes = [label[:5] for label in chat.buttons if label[:5].isdigit()]
        assert codes == ["75200", "75201"]  # 85120, 53200 and 73300 (TEER 3) followed before
        assert "quite different jobs" not in chat.last_text
    bot.errors.check()


async def test_an_employer_alone_is_asked_for_the_job(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        said = await chat.send("at costco")  # 41101 lawyers (TEER 1) came first
        texts = [message.shown_text or "" for message in said]
        assert any(catalog("en").t("titles.employer_only", typed="at costco") in text for text in texts)
        assert not any(label[:5].isdigit() for label in chat.buttons)  # the question again: no occupation
        await chat.send("cashier")
        assert chat.buttons[0].startswith("65100")
    bot.errors.check()


async def test_un_employeur_seul_demande_l_emploi(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        said = await chat.send("chez walmart")  # 22111 inspecteurs (TEER 2) came first
        texts = [message.shown_text or "" for message in said]
        assert any(catalog("fr").t("titles.employer_only", typed="chez walmart") in text for text in texts)
        assert not any(label[:5].isdigit() for label in chat.buttons)
    bot.errors.check()
