"""Job titles of round 24 (tests/fixtures/noc_people24.csv) through the real bot and the fake Bot API: a PSW who
said the agency and the shifts (64310's tour guides, TEER 4, came first for 33102's PSWs, TEER 3), a French shift
supervisor said with English words (92015's and 62010's supervisors came first, a low guess), two jobs said by
voice with "slash" (read as one), and the employer alone ("i work at amazon"): told it names where, asked again."""

from __future__ import annotations

import pathlib

from flows.texts import catalog

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram


async def _to_the_job_title(chat: Chat, yes: str = "Yes", no: str = "No") -> None:
    await chat.send("/start")
    await chat.click(no)  # Quebec
    await chat.click(yes)  # a paid job in Canada


async def test_a_psw_on_agency_shifts_in_ltc_is_a_psw(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("PSW thru an agency, shifts in LTC homes")  # 64310 tour guides (TEER 4) came first
        assert chat.buttons[0].startswith("33102")
        assert not any(label.startswith("64310") for label in chat.buttons)
        await chat.click(chat.buttons[0])
        assert chat.last_text.startswith("✅ 33102")
    bot.errors.check()


async def test_un_supervisor_de_shift_au_mcdo(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        await chat.send("supervisor de shift au mcdo")  # 92015 (utilities supervisors) came first
        assert chat.buttons[0].startswith("62020")
    bot.errors.check()


async def test_two_jobs_said_with_slash_offer_both(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        await chat.send("dishwasher slash prep cook")  # read as one title, the cook (TEER 3) first
        codes = [label[:5] for label in chat.buttons if label[:5].isdigit()]
        assert codes[:2] == ["65201", "63200"]  # the safe one first, the person chooses
    bot.errors.check()


async def test_i_work_at_amazon_is_asked_for_the_job(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_the_job_title(chat)
        said = await chat.send("i work at amazon")
        texts = [message.shown_text or "" for message in said]
        assert any(catalog("en").t("titles.employer_only", typed="i work at amazon") in text for text in texts)
        assert not any(label[:5].isdigit() for label in chat.buttons)  # the question again: no occupation
        await chat.send("SDE II")  # found nothing before
        assert chat.buttons[0].startswith("21231")
    bot.errors.check()


async def test_je_travaille_chez_desjardins_demande_l_emploi(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_the_job_title(chat, yes="Oui", no="Non")
        said = await chat.send("je travaille chez desjardins")
        texts = [message.shown_text or "" for message in said]
        assert any(catalog("fr").t("titles.employer_only", typed="je travaille chez desjardins") in text
                   for text in texts)
        assert not any(label[:5].isdigit() for label in chat.buttons)
    bot.errors.check()
