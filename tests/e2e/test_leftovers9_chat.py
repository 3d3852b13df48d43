"""Leftovers 9 in the chat (tests/flows/test_leftovers9.py has the probes behind them).

1. A job title typed alone to "Have you had a paid job in Canada?" ("psw", « caissière ») got "Please answer yes or
   no": it is a yes now, and the occupations closest to the title are offered to tap.
2. Words under a result that name two of its options ("hours" under a verdict: the details or the hours' chart;
   "chart" under a CRS result) got the whole result again: both options are offered now, to tap.
3. Commands typed without the slash ("start over", "delete my data", « effacer mes données », "help") or with a
   slip ("/strat", « /aide »): their command, or the one meant named. Erasing and starting over still ask first,
   with their buttons, and a word typed under that question erases nothing.
"""

from __future__ import annotations

import pathlib
from typing import Any

from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


async def _eligible_cook(chat: Chat, lang: str) -> None:
    yes, no = t(lang, "button.yes"), t(lang, "button.no")
    await chat.send("/start")
    await answer_all(chat, f"[{no}]", f"[{yes}]", "63200", "2024-01-15", f"[{yes}]", "40", f"[{yes}]", f"[{yes}]",
                     f"[{no}]", f"[{yes}]", f"[{no}]", "[CELPIP-General]", "2025-11-02", "9 8 8 9", f"[{no}]")


# -- 1. a title alone ---------------------------------------------------------------------------------------------
async def test_psw_typed_alone_is_a_yes_with_its_occupations(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Grace")
        await answer_all(chat, "/start", "no")
        reply = said(await chat.send("psw"))
        assert t("en", "err.yes_no") not in reply
        assert answers(bot, chat)["canadian_work"] is True and state(bot, chat) == "job_occupation"
        assert "33102 · Nurse aides, orderlies and patient service associates · TEER 3" in chat.buttons
        await chat.click("33102 · Nurse aides, orderlies and patient service associates · TEER 3")
        assert answers(bot, chat)["jobs"][0]["job_occupation"]["noc"] == "33102"  # tapped, never chosen for her
        assert state(bot, chat) == "job_start"
    bot.errors.check()


async def test_caissiere_typed_alone_in_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Nadia", language_code="fr")
        await answer_all(chat, "/start", "non")
        # words that are no title alone are asked again as before, nothing stored
        reply = said(await chat.send("plus tard"))
        assert t("fr", "err.yes_no") in reply and state(bot, chat) == "canadian_work"
        assert "canadian_work" not in answers(bot, chat)
        reply = said(await chat.send("caissière"))
        assert t("fr", "err.yes_no") not in reply and "65100 · Caissiers/caissières · FEER 5" in chat.buttons
        assert answers(bot, chat)["canadian_work"] is True
    bot.errors.check()


# -- 2. two options named under a result ------------------------------------------------------------------------
async def test_hours_under_a_verdict_offers_the_details_and_the_chart(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="en")
        await _eligible_cook(chat, "en")
        stored = answers(bot, chat)
        reply = said(await chat.send("my hours"))
        assert t("en", "results.which_option") in reply and t("en", "err.no_question") not in reply
        assert chat.buttons == [t("en", "results.details"), t("en", "charts.button_hours")]
        reply = said(await chat.click(t("en", "results.details")))
        assert "63200" in reply  # the hours by job, in the details
        assert answers(bot, chat) == stored and state(bot, chat) == "verdict"
    bot.errors.check()


async def test_chart_under_the_crs_result_asks_which_in_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _eligible_cook(chat, "fr")
        await chat.click(t("fr", "button.crs", count=9))
        await answer_all(chat, "1997-03-10", "[Célibataire]", "[Baccalauréat ou programme de 3 ans ou plus]",
                         "[Hors du Canada, avec une EDE]", "[Non]", "[2 ans]", "[Non]", "[Non]", "[Non]")
        assert state(bot, chat) == "crs_result"
        reply = said(await chat.send("le graphique"))
        assert t("fr", "results.which_option") in reply and t("fr", "err.no_question") not in reply
        assert chat.buttons == [t("fr", "charts.button_hours"), t("fr", "charts.button_crs")]
        reply = said(await chat.send("alertes"))  # one option in words: pressed as its button
        assert t("fr", "err.no_question") not in reply and state(bot, chat) == "crs_result"
        assert bot.repository.round_alerts_on(chat.user_id)
    bot.errors.check()


# -- 3. commands in words or with a slip ------------------------------------------------------------------------
async def test_start_over_typed_at_a_question_asks_first(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await answer_all(chat, "/start", "no", "yes")
        reply = said(await chat.send("start over"))
        assert t("en", "bot.restart_confirm") in reply and t("en", "err.yes_no") not in reply
        assert chat.buttons == [t("en", "button.restart_yes"), t("en", "button.restart_no")]
        assert answers(bot, chat)["canadian_work"] is True  # nothing erased by the words
        await chat.click(t("en", "button.restart_no"))
        assert answers(bot, chat)["canadian_work"] is True and state(bot, chat) == "job_occupation"
        reply = said(await chat.send("help"))
        assert "/delete" in reply and "what was your job title?" in reply  # the commands, then the question
    bot.errors.check()


async def test_delete_my_data_typed_never_erases_without_the_button(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _eligible_cook(chat, "en")
        reply = said(await chat.send("delete my data"))
        assert t("en", "bot.delete_confirm") in reply and t("en", "err.no_question") not in reply
        reply = said(await chat.send("delete my data"))  # the words again: still the button's to do
        assert bot.repository.rows_about(chat.user_id) > 0, "a typed word erases nothing"
        assert "You wrote “delete my data”, but a typed word erases nothing." in reply
        await chat.click(t("en", "button.delete_no"))
        assert bot.repository.rows_about(chat.user_id) > 0 and state(bot, chat) == "verdict"
    bot.errors.check()


async def test_effacer_mes_donnees_and_slips_in_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await answer_all(chat, "/start", "non")
        reply = said(await chat.send("effacer mes données"))
        assert t("fr", "bot.delete_confirm") in reply and "Veuillez répondre oui ou non" not in reply
        await chat.click(t("fr", "button.delete_no"))
        assert bot.repository.rows_about(chat.user_id) > 0 and state(bot, chat) == "canadian_work"
        reply = said(await chat.send("/aide"))
        assert t("fr", "err.unknown_command_meant", typed="/aide", command="/help") in reply
        assert "Avez-vous occupé un emploi rémunéré au Canada" in reply  # then the question in progress
        reply = said(await chat.send("/suprimer"))
        assert t("fr", "err.unknown_command_meant", typed="/suprimer", command="/delete") in reply
        assert t("fr", "err.unknown_command_delete") in reply
        assert bot.repository.rows_about(chat.user_id) > 0
    bot.errors.check()


async def test_slips_under_a_result(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _eligible_cook(chat, "en")
        reply = said(await chat.send("/strat"))
        assert t("en", "err.unknown_command_meant", typed="/strat", command="/start") in reply
        reply = said(await chat.send("/summery"))
        assert t("en", "err.unknown_command_meant", typed="/summery", command="/summary") in reply
        assert state(bot, chat) == "verdict"
        reply = said(await chat.send("restart"))
        assert t("en", "bot.restart_confirm") in reply and t("en", "err.no_question") not in reply
    bot.errors.check()

