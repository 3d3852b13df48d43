"""Leftovers 11 in the chat (tests/flows/test_leftovers11.py has the probes behind them).

1. "im turning 32 next month", « j'aurai 32 ans le mois prochain », "32, 33 in feb" at the age question stored the
   age with no word of the birthday (or were refused): the age now is stored, the birthday said back, and the CRS
   result says how many age points it costs (RULES.md 3); "32 in feb" is asked (32 now, or from February?).
2. "yes on my pgwp", « oui avec mon PTPD » at "were you paid?" / "were you an employee?" were asked again ("words
   about another question"): the yes is read (the permit is how the job was done).
3. "yes she is pr", "she's a PR now" at "Will your partner come with you?" after "not a citizen or PR" was stored
   as a yes (or refused): which answer is right is asked, and the earlier one changed when it is the wrong one.
4. "does contract work count?", « est-ce que le travail à contrat compte ? » got "Please answer yes or no": now
   answered from RULES.md 1 (on a payroll it counts; an independent contractor's does not), then the same question.
5. "red seal" at the education question got the generic "tap the level": it is said to be no level of education
   (RULES.md 3), asked later. At the certificate question it is still asked again (a lead's call: RULES.md 3 never
   names the Red Seal).
"""

from __future__ import annotations

import pathlib
from typing import Any

from flows.replies import h
from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, README_CRS

FRENCH_SCREENING = ["non", "oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non", "oui", "non",
                    "IELTS GT", "2025-06-01", "8", "7", "7", "7", "non"]
SINGLE_REST = ["[Single]", "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]", "[No]", "[2 years]",
               "[No]", "[No]", "[No]"]


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


# -- 1. a birthday to come said with the age ---------------------------------------------------------------------
async def test_turning_32_next_month_is_31_and_the_result_says_the_birthday(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]")
        reply = said(await chat.send("im turning 32 next month"))
        assert "Noted: 31, your age today. You turn 32 in" in reply and "go down" in reply
        assert answers(bot, chat)["birth"] == {"age": 31} and state(bot, chat) == "marital"
        await answer_all(chat, *SINGLE_REST[:-1])
        result = said(await chat.click(SINGLE_REST[-1].strip("[]")))
        assert "• Age: 99" in result, result
        # RULES.md 3, without a spouse: 31 scores 99, 32 scores 94
        assert "You turn 32 in" in result and "5 fewer CRS points for age from that day (this score counts 31)" \
            in result, result
    bot.errors.check()


async def test_a_birthday_with_its_day_is_the_birth_date(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", "31 (32 on march 3)")
        assert answers(bot, chat)["birth"] == {"birth_date": "1995-03-03"}
        await answer_all(chat, *SINGLE_REST[:-1])
        result = said(await chat.click(SINGLE_REST[-1].strip("[]")))
        # the engine's own word, to the day (RULES.md 3: 99 at 31, 94 at 32), and not the month's as well
        assert "On March 3, 2027 you turn 32: 5 fewer CRS points for age from that day." in result, result
        assert "this score counts 31" not in result
    bot.errors.check()


async def test_32_in_feb_is_asked_and_the_tap_keeps_the_birthday(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *FRENCH_SCREENING, "[📊 Estimer mon score SCG]")
        reply = said(await chat.send("32 ans en fevrier"))
        assert reply.startswith("❓") and "birth" not in answers(bot, chat)
        assert chat.buttons[0].startswith("31 ans aujourd'hui, 32 ans en février")
        assert chat.buttons[1].startswith("32 ans aujourd'hui, 33 ans en février")
        reply = said(await chat.click(chat.buttons[1]))
        assert "C'est noté : 32 ans, votre âge aujourd'hui. Vous aurez 33 ans en février" in reply
        assert answers(bot, chat)["birth"] == {"age": 32} and state(bot, chat) == "marital"
    bot.errors.check()


async def test_a_birthday_then_a_plain_age_forgets_the_birthday(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", "32, 33 in feb", "/back", "1990-05-01")
        await answer_all(chat, *SINGLE_REST[:-1])
        result = said(await chat.click(SINGLE_REST[-1].strip("[]")))
        assert "You turn 33" not in result and "this score counts" not in result
    bot.errors.check()


# -- 2. a yes with the permit the job was done on -----------------------------------------------------------------
async def test_yes_on_my_pgwp_is_paid_and_employed(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await answer_all(chat, "/start", "[No]", "[Yes]", "21232", "2025-09-01", "[Yes]", "40")
        assert state(bot, chat) == "job_paid"
        reply = said(await chat.send("yes on my pgwp"))
        assert "another question" not in reply and state(bot, chat) == "job_employee"
        await chat.send("yes with pgwp")
        job = answers(bot, chat)["jobs"][0]
        assert (job["job_paid"], job["job_employee"]) == (True, True) and state(bot, chat) == "job_student"
    bot.errors.check()


async def test_oui_avec_mon_ptpd(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "2025-09-01", "oui", "40", "oui avec mon PTPD")
        assert answers(bot, chat)["jobs"][0]["job_paid"] is True and state(bot, chat) == "job_employee"
        reply = said(await chat.send("oui sous PTPD"))
        assert t("fr", "err.yes_no") not in reply and answers(bot, chat)["jobs"][0]["job_employee"] is True
    bot.errors.check()


# -- 3. a partner's status said against the answer before ---------------------------------------------------------
async def test_yes_she_is_pr_after_not_a_citizen_asks_which(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", "1990-03-10", "[Married]", "[No]")
        assert state(bot, chat) == "spouse_accompanying"
        reply = said(await chat.send("yes she is pr"))
        assert reply.startswith("❓") and "not a Canadian citizen or permanent resident" in reply
        assert "spouse_accompanying" not in answers(bot, chat) and answers(bot, chat)["spouse_citizen"] is False
        assert chat.buttons == [t("en", "answers.partner_status_now"), t("en", "answers.partner_status_not")]
        await chat.click(t("en", "answers.partner_status_now"))
        assert answers(bot, chat)["spouse_citizen"] is True and state(bot, chat) == "education_level"
    bot.errors.check()


async def test_elle_est_citoyenne_then_not_keeps_the_answer(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *FRENCH_SCREENING, "[📊 Estimer mon score SCG]", "1990-03-10", "marié", "non")
        assert state(bot, chat) == "spouse_accompanying"
        reply = said(await chat.send("elle est citoyenne canadienne"))
        assert reply.startswith("❓") and "ni citoyen canadien ni résident permanent" in reply
        await chat.click(t("fr", "answers.partner_status_not"))
        assert answers(bot, chat)["spouse_citizen"] is False and state(bot, chat) == "spouse_accompanying"
        await chat.send("oui")
        assert answers(bot, chat)["spouse_accompanying"] is True
    bot.errors.check()


# -- 4. contract work asked about ---------------------------------------------------------------------------------
async def test_does_contract_work_count_is_answered(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await answer_all(chat, "/start", "[No]")
        reply = said(await chat.send("does contract work count?"))
        assert h(t("en", "asked_back.contract_work")) in reply and t("en", "err.yes_no") not in reply
        assert state(bot, chat) == "canadian_work" and "canadian_work" not in answers(bot, chat)
        await chat.click("Yes")
        assert state(bot, chat) == "job_occupation"
    bot.errors.check()


async def test_le_travail_a_contrat_compte_t_il(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "2025-09-01", "oui", "40", "oui")
        reply = said(await chat.send("est-ce que le travail à contrat compte ?"))
        assert h(t("fr", "asked_back.contract_work")) in reply and state(bot, chat) == "job_employee"
        await chat.send("oui")
        assert answers(bot, chat)["jobs"][0]["job_employee"] is True
    bot.errors.check()


# -- 5. a Red Seal said at the education question -----------------------------------------------------------------
async def test_red_seal_at_the_education_question_is_said_to_be_asked_later(tg: FakeTelegram,
                                                                            tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS[:2])
        assert state(bot, chat) == "education_level"
        reply = said(await chat.send("red seal"))
        assert h(t("en", "err.education_trade_certificate")) in reply and state(bot, chat) == "education_level"
        await chat.click("Bachelor's or 3+ year program")
        assert answers(bot, chat)["education_level"] == "bachelor"
    bot.errors.check()
