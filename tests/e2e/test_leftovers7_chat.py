"""Leftovers 7 in the chat, through the fake Bot API (the cases and their counts: tests/flows/test_leftovers7.py).

- A developer since 2024-01-01 types "full time" at the hours: the bot asks how many hours a week and why the
  number matters (RULES.md 1: full time is 30 h a week, at most 30 count), with 40, 37.5, 35 and 30 to tap; a tap
  stores 40 and the next question comes. "temps partiel" in French offers 25, 20, 15, 10.
- « 40 pis 20 » (two jobs' hours in one line) was answered "hours a day, a month or a year": now the bot asks which
  is this job's, both as buttons, and says the other job is added after.
- "40-44 hrs depends on the week": read as about 40 (either end counts 30 h a week), said so.
- Mélissa of walkthrough round 11, with TCF Canada instead of TEF Canada, types "nclc 8 8 7 7": read as her levels
  (kept as the lowest TCF Canada scores of each, RULES.md 2), her verdict says NCLC 8/8/7/7 and her CRS is 405, as
  with the same levels of TEF Canada (tests/e2e/test_leftovers6_chat.py).
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import score_of, verdict_of
from .test_walkthrough_round11_chat import CRS_FR, MELISSA, MELISSA_CRS

TO_HOURS_EN = ["/start", "no", "yes", "21232", "2024-01-01", "yes"]  # a software developer, still there
TO_HOURS_FR = ["/start", "non", "oui", "21232", "2024-01-01", "oui"]


async def test_full_time_alone_asks_the_hours_and_a_tap_stores_them(tg: FakeTelegram,
                                                                     tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Dev")
        await answer_all(chat, *TO_HOURS_EN)
        asked = said(await chat.send("full time"))
        assert asked.startswith("❓ “full time”: how many hours a week, usually? The number matters: full time is "
                                "30 hours a week or more, and at most 30 count in any week")
        assert "I couldn't read that" not in asked and "not enough to count hours" not in asked
        assert chat.buttons == ["40 h/week", "37.5 h/week", "35 h/week", "30 h/week"]
        assert "job_hours" not in answers(bot, chat)["jobs"][0]
        await chat.click("40 h/week")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40
        assert state(bot, chat) == "job_paid"
    bot.errors.check()


async def test_temps_partiel_seul_demande_les_heures(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Dev", language_code="fr")
        await answer_all(chat, *TO_HOURS_FR)
        asked = said(await chat.send("temps partiel"))
        assert "« temps partiel » : combien d'heures par semaine, habituellement ? Le nombre compte : le temps " \
               "partiel est compté au prorata de ses heures" in asked
        assert chat.buttons == ["25 h/semaine", "20 h/semaine", "15 h/semaine", "10 h/semaine"]
        await answer_all(chat, "22,5")  # typed rather than tapped: the question is still the hours
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 22.5
        assert state(bot, chat) == "job_paid"
    bot.errors.check()


async def test_deux_emplois_sur_une_ligne_demandent_lequel_est_celui_ci(tg: FakeTelegram,
                                                                        tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Dev", language_code="fr")
        await answer_all(chat, *TO_HOURS_FR)
        asked = said(await chat.send("40 pis 20"))
        assert "« 40 pis 20 » : les heures de deux emplois ? Chaque emploi se saisit à part" in asked
        assert "par jour, par mois ou par an" not in asked
        assert chat.buttons == ["40 h/semaine", "20 h/semaine"]
        await chat.click("40 h/semaine")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 40 and state(bot, chat) == "job_paid"
    bot.errors.check()


async def test_forty_and_twenty_is_no_longer_hours_a_day(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Dev")
        await answer_all(chat, *TO_HOURS_EN)
        asked = said(await chat.send("40 and 20"))
        assert "“40 and 20”: the hours of two jobs?" in asked and "hours a day" not in asked
        await chat.click("20 h/week")
        assert answers(bot, chat)["jobs"][0]["job_hours"] == 20
    bot.errors.check()


async def test_hours_that_depend_on_the_week_are_read_as_an_estimate(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Dev")
        await answer_all(chat, *TO_HOURS_EN)
        reply = said(await chat.send("40-44 hrs depends on the week"))
        assert "You wrote a range, 40 to 44 hours a week: at most 30 hours a week count, so either end gives " \
               "the same hours" in reply
        job = answers(bot, chat)["jobs"][0]
        assert (job["job_hours"], job["job_hours_estimate"]) == (40, True)
        assert state(bot, chat) == "job_paid"
    bot.errors.check()


async def test_melissa_with_tcf_canada_types_her_levels_and_keeps_her_verdict_and_405(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélissa", language_code="fr")
        await answer_all(chat, *["TCF Canada" if step == "TEF Canada" else step for step in MELISSA])
        levels = said(await chat.send("nclc 8 8 7 7"))
        assert "Noté : ce sont les niveaux NCLC que vous avez tapés pour votre résultat TCF Canada" in levels
        assert "Cela ressemble à un niveau" not in levels
        test = answers(bot, chat)["tests"][0]
        # RULES.md 2, TCF Canada: the lowest scores of NCLC 8 (listening 503, reading 499) and 7 (10, 10)
        assert [test[f"test_{a}"] for a in ("listening", "reading", "writing", "speaking")] == [503, 499, 10, 10]
        await answer_all(chat, "non")
        verdict = verdict_of(chat)
        assert "Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "NCLC 8/8/7/7" in verdict
        await answer_all(chat, CRS_FR, *MELISSA_CRS)
        assert "Score SCG estimé : 405 points" in score_of(chat)
    bot.errors.check()
