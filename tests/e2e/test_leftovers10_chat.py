"""Leftovers 10 in the chat (tests/flows/test_leftovers10.py has the probes behind them).

1. An ECA applied for or under way ("india, wes applied", « au Maroc, EDE en cours ») at "Where did you earn that
   credential?" was refused ("Please tap one of the buttons"): now "Outside Canada, no ECA (yet)", said why.
2. A partner's education earned points with nothing said of an ECA (RULES.md 3 is silent on the partner's): the
   CRS result now says so beside the partner's points.
3. "does freelance count?", "what about my uber hours?", « est-ce que le travail autonome compte ? » at a question
   on work in Canada got "Please answer yes or no" (or "a number"): now answered (RULES.md 1: self-employment does
   not count), then the same question.
5. « en couple », "in a relationship", "with my gf" at the marital status offered Married and Common-law only, or
   were refused: now the three statuses a couple may be are offered (married, common-law, or neither: single).
"""

from __future__ import annotations

import pathlib
from typing import Any

from flows.replies import h
from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, MARRIED_CRS

FRENCH_SCREENING = ["non", "oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non", "oui", "non",
                    "IELTS GT", "2025-06-01", "8", "7", "7", "7", "non"]


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


# -- 1. an ECA under way ------------------------------------------------------------------------------------------
async def test_an_eca_applied_for_is_abroad_without_an_eca(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", "1997-03-10", "[Single]",
                         "[Bachelor's or 3+ year program]")
        reply = said(await chat.send("india, wes applied"))
        assert h(t("en", "answers.eca_under_way")) in reply
        assert answers(bot, chat)["education_where"] == "abroad" and state(bot, chat) == "canadian_credential"
        await answer_all(chat, "[No]", "[2 years]", "[No]", "[No]")
        result = said(await chat.click("No"))
        # the result says the foreign credential scored 0 until its ECA comes
        assert "Education:" not in result  # no education points
        assert h(t("en", "warning.education_without_eca")) in result, result
    bot.errors.check()


async def test_une_ede_en_cours_est_hors_du_canada_sans_ede(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *FRENCH_SCREENING, "[📊 Estimer mon score SCG]", "1997-03-10", "célibataire")
        # the level and where said at once: both taken, the ECA's note said once
        reply = said(await chat.send("master en Algérie, EDE en cours"))
        assert h(t("fr", "answers.eca_under_way")) in reply
        assert "Lieu d'obtention du diplôme" not in reply
        stored = answers(bot, chat)
        assert (stored["education_level"], stored["education_where"]) == ("master", "abroad")
        assert state(bot, chat) == "canadian_credential"
    bot.errors.check()


# -- 2. the partner's education: RULES.md is silent on their ECA, and the result says so --------------------------
async def test_the_partner_points_say_the_rules_are_silent_on_their_eca(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *MARRIED_CRS[:-1])
        result = said(await chat.click(MARRIED_CRS[-1].strip("[]")))
        assert "Spouse or partner factors" in result
        assert h(t("en", "verdict.crs_spouse_education")) in result
    bot.errors.check()


# -- 3. self-employment asked about at the work questions ---------------------------------------------------------
async def test_does_freelance_count_is_answered_then_asked_again(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await answer_all(chat, "/start", "[No]")
        reply = said(await chat.send("does freelance count?"))
        assert h(t("en", "asked_back.self_employment")) in reply and t("en", "err.yes_no") not in reply
        assert state(bot, chat) == "canadian_work" and "canadian_work" not in answers(bot, chat)
        await answer_all(chat, "[Yes]", "21232", "2025-09-01", "[Yes]")
        reply = said(await chat.send("what about my uber hours?"))
        assert h(t("en", "asked_back.self_employment")) in reply and state(bot, chat) == "job_hours"
        await chat.send("40")
        assert state(bot, chat) == "job_paid"
    bot.errors.check()


async def test_le_travail_autonome_compte_t_il(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "2025-09-01", "oui", "40", "oui")
        assert state(bot, chat) == "job_employee"
        reply = said(await chat.send("est-ce que le travail autonome compte ?"))
        assert h(t("fr", "asked_back.self_employment")) in reply and t("fr", "err.yes_no") not in reply
        assert state(bot, chat) == "job_employee"
        await chat.send("oui")
        assert answers(bot, chat)["jobs"][0]["job_employee"] is True
    bot.errors.check()


# -- 5. a couple at the marital status ---------------------------------------------------------------------------
async def test_en_couple_offers_the_three_statuses(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *FRENCH_SCREENING, "[📊 Estimer mon score SCG]", "1997-03-10")
        reply = said(await chat.send("en couple"))
        assert h(t("fr", "answers.marital_couple", typed="en couple")) in reply
        assert chat.buttons[:3] == [t("fr", "opt.marital.married"), t("fr", "opt.marital.common_law"),
                                    t("fr", "opt.marital.single")]
        assert "marital" not in answers(bot, chat)  # nothing stored before a tap
        await chat.click(t("fr", "opt.marital.single"))
        assert answers(bot, chat)["marital"] == "single"
    bot.errors.check()


async def test_with_my_gf_offers_the_three_statuses(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", "1997-03-10")
        reply = said(await chat.send("with my gf"))
        assert t("en", "err.marital_engaged") not in reply
        assert chat.buttons[:3] == ["Married", "Common-law", "Single"]
        await chat.click("Common-law")
        assert answers(bot, chat)["marital"] == "common_law" and state(bot, chat) == "spouse_citizen"
    bot.errors.check()
