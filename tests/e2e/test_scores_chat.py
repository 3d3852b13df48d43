"""Language test scores typed on a phone, end to end through the fake Bot API, in English and French.

The cases of tests/flows/test_scores_as_typed.py that matter most, as a chat: the four scores stored exactly
(never 6.5/6.5/6.5/5 for "6.5,6.5,6,5.5"), an overall score or four digits run together refused with why and
the question again, nothing stored by a refusal, and the next answer read.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.parsing import Figure
from flows.texts import catalog

from .bot_fixtures import answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram

YES_NO = {"en": ("[Yes]", "[No]"), "fr": ("[Oui]", "[Non]")}
ABILITIES = ("listening", "reading", "writing", "speaking")


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


def number(lang: str, value: float) -> str:
    return f"{Figure(value):,}" if lang == "fr" else f"{Figure(value)}"


def echo(lang: str, scores: tuple[float, ...]) -> str:
    return " · ".join(t(lang, "pair", label=t(lang, f"ability.{a}").capitalize(), value=number(lang, v))
                      for a, v in zip(ABILITIES, scores, strict=True))


async def at_the_listening_score(chat: Chat, lang: str, test: str) -> None:
    """/start, then an eligible job in Canada, then `test` taken 2025-06-01: the listening question."""
    yes, no = YES_NO[lang]
    await chat.send("/start")
    await answer_all(chat, no, yes, "21232", "2025-09-01", yes, "[40]", yes, yes, no, yes, no,
                     f"[{t(lang, f'opt.test_kind.{test}')}]", "2025-06-01")


def stored(bot: Any, chat: Chat) -> tuple[float, ...]:
    test = answers(bot, chat)["tests"][0]
    return tuple(test.get(f"test_{a}") for a in ABILITIES)


@pytest.mark.parametrize(("lang", "typed"), [("en", "6.5,6.5,6,5.5"), ("fr", "6,5 6,5 6 5,5"),
                                             ("en", "R 6.5 L 6.5 W 6 S 5.5"), ("fr", "CO 6,5 CE 6,5 EE 6 EO 5,5")])
async def test_the_four_scores_of_the_story_are_stored_exactly(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                               lang: str, typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await at_the_listening_score(chat, lang, "ielts_general")
        reply = said(await chat.send(typed))
        assert f"✅ {echo(lang, (6.5, 6.5, 6, 5.5))}" in reply
        assert stored(bot, chat) == (6.5, 6.5, 6, 5.5) and state(bot, chat) == "test_more"
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_an_overall_score_and_digits_run_together_are_refused_then_the_scores_read(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await at_the_listening_score(chat, lang, "ielts_general")
        question = t(lang, "q.score.text", test=t(lang, "test.ielts_general"),
                     ability=t(lang, "ability.listening"))
        for typed, problem in [
                ("overall 7" if lang == "en" else "moyenne 7", t(lang, "err.score_overall", test="IELTS",
                                                                   example="8 7 7 7")),
                ("7777", t(lang, "err.scores_glued", typed="7777", test="IELTS", example="8 7 7 7")),
                ("8 7.5 7" if lang == "en" else "8 7 7", t(lang, "err.scores_count", count=3, example="8 7 7 7"))]:
            reply = said(await chat.send(typed))
            assert f"⚠️ {problem}" in reply, reply
            assert question in reply and state(bot, chat) == "test_listening"
            assert stored(bot, chat) == (None, None, None, None)  # nothing written: never 8 / 7 / 5 / 7
        reply = said(await chat.send("all 7s" if lang == "en" else "7 partout"))
        assert f"✅ {echo(lang, (7, 7, 7, 7))}" in reply and stored(bot, chat) == (7, 7, 7, 7)
    bot.errors.check()


async def test_two_english_half_bands_are_not_read_as_four_scores(tg: FakeTelegram,
                                                                  tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await at_the_listening_score(chat, "en", "ielts_general")
        reply = said(await chat.send("7.5 7.5"))  # was stored as 7 / 5 / 7 / 5
        assert t("en", "err.scores_count", count=2, example="8 7 7 7") in reply
        assert stored(bot, chat) == (None, None, None, None)
        said(await chat.send("8 listening, 7.5 reading, 7 writing, 7 speaking"))
        assert stored(bot, chat) == (8, 7.5, 7, 7)
    bot.errors.check()


async def test_tcf_writing_and_speaking_typed_over_20_are_read(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await at_the_listening_score(chat, "fr", "tcf_canada")
        reply = said(await chat.send("CO 500 CE 510 EE 12/20 EO 14/20"))
        assert f"✅ {echo('fr', (500, 510, 12, 14))}" in reply and stored(bot, chat) == (500, 510, 12, 14)
    bot.errors.check()


async def test_bands_typed_without_their_dots_are_asked_and_one_tap_stores_them(tg: FakeTelegram,
                                                                                tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await at_the_listening_score(chat, "en", "ielts_general")
        reply = said(await chat.send("65 65 6 55"))  # 65 is no IELTS band: 6.5 is, asked, not stored
        assert reply.splitlines()[-1].startswith("❓") and stored(bot, chat) == (None, None, None, None)
        choice = t("en", "answers.scores_choice", listening="6.5", reading="6.5", writing="6", speaking="5.5")
        assert chat.buttons[0] == choice
        said(await chat.click(choice))
        assert stored(bot, chat) == (6.5, 6.5, 6, 5.5) and state(bot, chat) == "test_more"
    bot.errors.check()


async def test_une_note_d_une_autre_competence_est_refusee_en_le_disant(tg: FakeTelegram,
                                                                        tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await at_the_listening_score(chat, "fr", "ielts_general")
        reply = said(await chat.send("CE 6,5"))  # the reading score, typed to the listening question
        assert f"⚠️ {t('fr', 'err.score_named.reading', value=Figure(6.5))}" in reply
        assert "(6,5)" in reply and state(bot, chat) == "test_listening"
        said(await chat.send("7 partout sauf CE 6,5"))
        assert stored(bot, chat) == (7, 6.5, 7, 7)
    bot.errors.check()


async def test_des_niveaux_nclc_tapes_pour_le_tef_sont_demandes_une_fois(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await at_the_listening_score(chat, "fr", "tef_canada")
        reply = said(await chat.send("7 8 7 7"))  # NCLC levels, as the certificate prints them beside each score
        # since leftovers 6 the levels are a reading of their own, beside the scores (RULES.md 2)
        assert t("fr", "answers.confirm_levels_nclc", typed="7 8 7 7", test="TEF Canada",
                 example="503 503 512 518") in reply and stored(bot, chat) == (None, None, None, None)
        said(await chat.click(t("fr", "answers.scores_choice", listening="7", reading="8", writing="7",
                                speaking="7")))  # "yes, those are my scores": stored, never asked again
        assert stored(bot, chat) == (7, 8, 7, 7) and state(bot, chat) == "test_more"
    bot.errors.check()
