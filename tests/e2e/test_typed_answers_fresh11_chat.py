"""Round 11 of typed answers, through the real application and the fake Bot API, in English and French: pay in
cash is pay, studies that ended at a month named are "until my studies ended" (the day is asked next), an open
permit named is the authorization, a no beside a PGWP is asked again (never stored as a no), and "what's TEER?" at
the job title is explained instead of searched (tests/flows/test_typed_answers_fresh11.py has the corpus).
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.texts import catalog

from .bot_fixtures import answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

# What each person types, in their language
TYPED = {
    "en": {"cash": "cash job", "studies": "finished in April", "permit": "spousal open work permit",
           "no_pgwp": "no pgwp", "teer": "what's TEER?"},
    "fr": {"cash": "payé au noir", "studies": "j'ai fini en avril", "permit": "permis ouvert de conjoint",
           "no_pgwp": "non, PTPD", "teer": "c'est quoi FEER ?"},
}


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


# At "Were you paid for job 1?": not Quebec, a job, 21232, 2023-01-15 to 2025-08-31, 40 hours a week.
async def to_paid(chat: Chat, lang: str) -> None:
    await chat.send("/start")
    await chat.click(t(lang, "button.no"))
    await chat.click(t(lang, "button.yes"))
    await chat.send("21232")
    await chat.send("2023-01-15")
    await chat.click(t(lang, "button.no"))
    await chat.send("2025-08-31")
    await chat.send("40")
    assert t(lang, "q.job_paid.text", job=1) in chat.last_text


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_cash_pay_studies_ended_in_april_and_an_open_permit_are_read_as_said(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_paid(chat, lang)
        await chat.send(TYPED[lang]["cash"])
        assert answers(bot, chat)["jobs"][0]["job_paid"] is True
        await chat.click(t(lang, "button.yes"))  # an employee
        assert t(lang, "q.job_student.text", job=1) in chat.last_text
        await chat.send(TYPED[lang]["studies"])
        assert answers(bot, chat)["jobs"][0]["job_student"] == "partly"
        assert t(lang, "q.job_student_end.text", job=1) in chat.last_text, "the day the studies ended is asked"
        await chat.send("2024-04-30")
        assert t(lang, "q.job_authorized.text", job=1) in chat.last_text
        await chat.send(TYPED[lang]["permit"])
        assert answers(bot, chat)["jobs"][0]["job_authorized"] is True
        assert t(lang, "q.job_more.text") in chat.last_text
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_no_beside_a_pgwp_is_asked_again_and_never_stored(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                  lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await to_paid(chat, lang)
        await chat.click(t(lang, "button.yes"))
        await chat.click(t(lang, "button.yes"))
        await chat.click(t(lang, "button.no"))  # not a full-time student
        assert t(lang, "q.job_authorized.text", job=1) in chat.last_text
        reply = said(await chat.send(TYPED[lang]["no_pgwp"]))
        assert "job_authorized" not in answers(bot, chat)["jobs"][0], "without a PGWP, or a no beside it?"
        assert t(lang, "q.job_authorized.text", job=1) in reply, "asked again, never silence"
        await chat.click(t(lang, "button.yes"))
        assert answers(bot, chat)["jobs"][0]["job_authorized"] is True
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_what_is_teer_at_the_job_title_is_explained_and_the_code_typed_next_is_stored(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await chat.click(t(lang, "button.no"))
        await chat.click(t(lang, "button.yes"))
        reply = said(await chat.send(TYPED[lang]["teer"]))
        assert t(lang, "finder.what_teer", noc_finder="")[:80] in reply
        assert "job_occupation" not in (answers(bot, chat).get("jobs") or [{}])[0], "no title searched or stored"
        await chat.send("21232")
        assert answers(bot, chat)["jobs"][0]["job_occupation"]["noc"] == "21232"
        assert t(lang, "q.job_start.text", job=1) in chat.last_text
    bot.errors.check()
