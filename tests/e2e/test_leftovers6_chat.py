"""Leftovers 6 in the chat, through the fake Bot API (the cases and their counts: tests/flows/test_leftovers6.py).

- Mélissa of walkthrough round 11 (early childhood educator, 42202, 2,807 qualifying hours) types the NCLC levels
  her TEF Canada certificate prints, "nclc 8 8 7 7": read as her levels (RULES.md 2: "a good fallback"), said so,
  shown as levels in /answers; her verdict and her 405 points are those of her scores 480/470/440/460, which are
  the same levels. Typed "8 8 7 7" without the word, the bot asks: the scores, or the NCLC levels.
- Married, her husband's test named, then "aucun" to its date: the bot offers the test question's own "no test",
  one tap away, instead of "I couldn't read that as a date".
- "owner operator" as a job title: the NOC's owner-operators offered, with the self-employment notice.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import score_of, verdict_of
from .test_walkthrough_round11_chat import CRS_FR, MELISSA, MELISSA_CRS


async def test_melissa_s_nclc_levels_give_the_verdict_and_the_score_of_her_scores(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélissa", language_code="fr")
        await answer_all(chat, *MELISSA)
        levels = said(await chat.send("nclc 8 8 7 7"))
        assert "Noté : ce sont les niveaux NCLC inscrits sur votre attestation TEF Canada. Le verdict et les " \
               "points ne dépendent que des niveaux" in levels
        assert "Cela ressemble à un niveau" not in levels
        shown = said(await chat.send("/summary"))
        assert "Test 1 · compréhension de l'oral : NCLC 8" in shown
        assert "Test 1 · expression orale : NCLC 7" in shown
        await chat.click("Continuer")
        await answer_all(chat, "non")
        verdict = verdict_of(chat)
        assert "Vous semblez admissible à la catégorie de l'expérience canadienne" in verdict
        assert "2 807 heures admissibles ; il en faut 1 560" in verdict and "NCLC 8/8/7/7" in verdict
        await answer_all(chat, CRS_FR, *MELISSA_CRS)
        score = score_of(chat)
        assert "Score SCG estimé : 405 points" in score  # as with 480/470/440/460 (walkthrough round 11)
        assert "• Première langue officielle : 80" in score
    bot.errors.check()


async def test_four_small_numbers_are_asked_as_scores_or_levels_and_a_tap_takes_the_levels(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélissa", language_code="fr")
        await answer_all(chat, *MELISSA)
        asked = said(await chat.send("8 8 7 7"))
        assert "J'ai lu « 8 8 7 7 » comme quatre nombres de 12 ou moins : sur une attestation TEF Canada, ce " \
               "sont les niveaux NCLC, pas les résultats" in asked
        assert chat.buttons[1] == "Niveaux NCLC : comp. orale 8 · comp. écrite 8 · exp. écrite 7 · exp. orale 7"
        await chat.click("Niveaux NCLC")
        test = answers(bot, chat)["tests"][0]
        assert [test[f"test_{a}_level"] for a in ("listening", "reading", "writing", "speaking")] == [8, 8, 7, 7]
        assert state(bot, chat) == "test_more"
    bot.errors.check()


async def test_no_test_typed_at_the_partner_s_test_date_is_one_tap_from_no_test(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Mélissa", language_code="fr")
        await answer_all(chat, *MELISSA, "nclc 8 8 7 7", "non", CRS_FR, "9 septembre 1993", "mariée", "non", "oui",
                         "[Baccalauréat ou programme de 3 ans ou plus]", "[IELTS General Training]")
        assert state(bot, chat) == "spouse_test_date"
        offered = said(await chat.send("aucun"))
        assert "Je n'ai pas compris cette date" not in offered
        assert "J'ai lu « aucun » comme l'absence de résultat de test pour votre époux ou conjoint de fait" \
            in offered
        await chat.click("Aucun résultat de test pour l'instant")
        assert answers(bot, chat)["spouse_test_kind"] == "none" and state(bot, chat) == "spouse_work"
    bot.errors.check()


async def test_owner_operator_alone_offers_the_noc_s_owner_operators(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Harjit")
        await answer_all(chat, "/start", "no", "yes")
        offered = said(await chat.send("owner operator"))
        assert "self-employed hours do not count for the Canadian Experience Class" in offered
        assert any("73300" in label for label in chat.buttons) and any("75200" in label for label in chat.buttons)
        await chat.click("73300")
        assert answers(bot, chat)["jobs"][0]["job_occupation"] == {"noc": "73300"}
    bot.errors.check()
