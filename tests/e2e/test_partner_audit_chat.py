"""Audit of the partner (spouse or common-law partner) in the chat, in English and French: which spouse
questions are asked, what the CRS says about the partner, and the "partner as principal applicant" comparison.
Each total is worked out by hand from RULES.md section 3 (tests/eligibility/test_partner_audit.py has the sums).

The person: the usual eligible screening (a TEER 1 job from 2025-09-01 at 40 h, IELTS GT 8/7/7/7 = CLB 9),
born 1990-03-10 (36 on 2026-11-27), a bachelor's abroad with an ECA, no foreign work.
Without spouse: 72 + 120 + 124 + 40 + transferability 38 = 394. With spouse: 65 + 112 + 116 + 35 + 38 = 366,
plus the spouse factors.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from flows.texts import catalog

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


def tap(lang: str, key: str) -> str:
    return f"[{t(lang, key)}]"


def screening(lang: str) -> list[str]:
    """The quick screening up to the verdict, by its buttons in `lang`, then the CRS button."""
    yes, no = tap(lang, "button.yes"), tap(lang, "button.no")
    crs = t(lang, "button.crs", count=0).split("(")[0].strip()
    return [no, yes, "21232", "2025-09-01", yes, "[40]", yes, yes, no, yes, no,
            tap(lang, "opt.test_kind.ielts_general"), "2025-06-01", "8", "7", "7", "7", no, f"[{crs}]"]


def after_partner(lang: str) -> list[str]:
    """The person's education (a bachelor's abroad with an ECA) and the last questions, all "no"."""
    no = tap(lang, "button.no")
    return [tap(lang, "opt.education_level.bachelor"), tap(lang, "opt.education_where.abroad_eca"),
            tap(lang, "opt.canadian_credential.none"), tap(lang, "opt.foreign_work.0"), no, no, no]


def headline(lang: str, total: int) -> str:
    return t(lang, "verdict.crs", total=total)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("case", ["citizen", "not_coming"])
async def test_a_partner_who_does_not_count_is_asked_nothing_more_and_scores_without_spouse(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, case: str) -> None:
    yes, no = tap(lang, "button.yes"), tap(lang, "button.no")
    partner = [yes] if case == "citizen" else [no, no]
    marital = "married" if case == "citizen" else "common_law"
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await answer_all(chat, *screening(lang), "1990-03-10", tap(lang, f"opt.marital.{marital}"), *partner)
        # No more partner questions: the person's own education comes next.
        assert t(lang, "q.education_level.text") in chat.last_text
        steps = after_partner(lang)
        await answer_all(chat, *steps[:-1])
        # The sibling question speaks of the person alone: a partner who does not count brings no sibling points.
        assert t(lang, "q.sibling.text_alone") in chat.last_text
        await answer_all(chat, steps[-1])
        crs = chat.last_text
        assert headline(lang, 394) in crs
        assert t(lang, "verdict.crs_parts", core=356, spouse=0, transferability=38, additional=0) in crs
        assert t(lang, "crs_detail.spouse") not in crs
        verdict = bot.repository.latest_verdict(chat.user_id)
        assert verdict is not None and verdict.result["crs"]["total"] == 394
        # "How can I raise my score?": no partner to compare with.
        await chat.click(t(lang, "improvements.view.button"))
        assert t(lang, "improvements.view.partner_button") not in chat.buttons
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_an_accompanying_partner_s_factors_and_the_comparison(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                    lang: str) -> None:
    # The partner: a master's 10, CELPIP 9 in each of 2026-01-10 (valid) 4 x 5 = 20, 1 year in Canada 5: 35.
    # 366 + 35 = 401. As principal (born 1996-01-01, 30, no foreign work, TEER 0/1 work): 455 (54 more).
    yes, no = tap(lang, "button.yes"), tap(lang, "button.no")
    partner = [no, yes, tap(lang, "opt.spouse_education.master"), tap(lang, "opt.spouse_test_kind.celpip_general"),
               "2026-01-10", "9", "9", "9", "9", tap(lang, "opt.spouse_work.1")]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await answer_all(chat, *screening(lang), "1990-03-10", tap(lang, "opt.marital.married"), *partner[:2])
        assert t(lang, "q.spouse_education.text") in chat.last_text
        await answer_all(chat, *partner[2:], *after_partner(lang)[:-1])
        assert t(lang, "q.sibling.text") in chat.last_text  # the partner's sibling counts too
        await answer_all(chat, after_partner(lang)[-1])
        crs = chat.last_text
        assert headline(lang, 401) in crs
        assert t(lang, "verdict.crs_parts", core=328, spouse=35, transferability=38, additional=0) in crs
        colon = " : " if lang == "fr" else ": "
        assert f"{t(lang, 'crs_detail.spouse')}{colon}35" in crs
        await chat.click(t(lang, "improvements.view.button"))
        await chat.click(t(lang, "improvements.view.partner_button"))
        assert t(lang, "improvements.view.ask_birth") in chat.last_text
        await answer_all(chat, "1996-01-01", tap(lang, "opt.spouse_work.0"),
                         tap(lang, "improvements.view.cec_work.teer_0_1"))
        comparison = chat.last_text
        assert t(lang, "improvements.partner.more", now=401, partner=455, points=54) in comparison
        assert t(lang, "improvements.partner.eligible", level=7,
                 scale=t(lang, "improvements.scale_english")) in comparison
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("change", ["spouse_accompanying", "marital"])
async def test_a_sibling_yes_that_may_be_the_partner_s_is_asked_again_when_the_partner_stops_counting(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, change: str) -> None:
    # RULES.md section 3: the sibling points are for the principal's sibling or the accompanying spouse's. A
    # "yes" to "you or your spouse" once kept its 15 points after the partner stopped counting, without asking.
    # With the partner: 401 + sibling 15 = 416. Partner not coming (or single): 394, and the sibling question is
    # asked again about the person alone; "no" keeps 394, "yes" would make it 409.
    yes, no = tap(lang, "button.yes"), tap(lang, "button.no")
    partner = [no, yes, tap(lang, "opt.spouse_education.master"), tap(lang, "opt.spouse_test_kind.celpip_general"),
               "2026-01-10", "9", "9", "9", "9", tap(lang, "opt.spouse_work.1")]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await answer_all(chat, *screening(lang), "1990-03-10", tap(lang, "opt.marital.married"), *partner,
                         *after_partner(lang)[:-1], yes)
        assert headline(lang, 416) in chat.last_text
        await chat.send("/summary")
        await chat.click(t(lang, f"summary.{change}"))
        await answer_all(chat, no if change == "spouse_accompanying" else tap(lang, "opt.marital.single"))
        assert t(lang, "q.sibling.text_alone") in chat.last_text
        await answer_all(chat, no)
        assert headline(lang, 394) in chat.last_text
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_sibling_yes_about_the_person_alone_stays_when_the_partner_changes(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    # Partner a citizen: asked about the person alone; "yes": 394 + 15 = 409. Then single: still 409, not asked.
    yes = tap(lang, "button.yes")
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await answer_all(chat, *screening(lang), "1990-03-10", tap(lang, "opt.marital.married"), yes,
                         *after_partner(lang)[:-1])
        assert t(lang, "q.sibling.text_alone") in chat.last_text
        await answer_all(chat, yes)
        assert headline(lang, 409) in chat.last_text
        await chat.send("/summary")
        await chat.click(t(lang, "summary.marital"))
        await answer_all(chat, tap(lang, "opt.marital.single"))
        assert headline(lang, 409) in chat.last_text
    bot.errors.check()
