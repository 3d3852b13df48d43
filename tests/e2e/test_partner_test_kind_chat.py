"""The partner's test kind changed in /summary (CELPIP -> IELTS): the new test's date is asked, the old one a tap
away, as for the person's own test (tests/e2e/test_leftovers2_chat.py); /back right after brings the old test back.

Figures by hand (today 2026-11-27; RULES.md 2 and 3). The person of tests/e2e/test_partners_audit2_chat.py,
married, the partner coming: core 328, transferability 38. The partner: a master's (10), no Canadian work (0),
CELPIP-General 9/9/9/9 of January 10, 2026 (CELPIP levels are CLB levels: 9+ is 5 per ability, 20): spouse 30,
CRS 396.
- IELTS GT 7 / 6.5 / 6 / 5.5 (RULES.md 2: listening 7.0 is CLB 7, from 6.0 up to under 7.5; reading 6.5 CLB 8;
  writing 6.0 CLB 7; speaking 5.5 CLB 6; RULES.md 3: 7-8 is 3, 5-6 is 1): 3 + 3 + 3 + 1 = 10 for language, spouse
  10 + 10 + 0 = 20, CRS 328 + 20 + 38 = 386.
- IELTS GT 8 / 7 / 7 / 7 (CLB 9 in each) taken March 15, 2024: valid 2 years, expired on March 15, 2026, so no
  language points: spouse 10, CRS 376 (with January 10, 2026 kept unasked it would read 396).
"""

from __future__ import annotations

import pathlib
from typing import Any

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .test_partner_audit_chat import after_partner, headline, screening, t, tap

CELPIP_9 = ["opt.spouse_test_kind.celpip_general", "2026-01-10", "9", "9", "9", "9"]


async def married_with_celpip(chat: Chat, lang: str) -> None:
    """The person's screening and CRS, married, the partner coming with a master's and CELPIP 9s: 396."""
    await chat.send("/start")
    await answer_all(chat, *screening(lang), "1990-03-10", tap(lang, "opt.marital.married"),
                     tap(lang, "button.no"), tap(lang, "button.yes"), tap(lang, "opt.spouse_education.master"),
                     *(tap(lang, k) if k.startswith("opt.") else k for k in CELPIP_9),
                     tap(lang, "opt.spouse_work.0"), *after_partner(lang))
    assert headline(lang, 396) in chat.last_text


def partner(bot: Any, chat: Chat) -> dict[str, Any]:
    """The partner's test as stored, and anything kept aside about it."""
    return {k: v for k, v in answers(bot, chat).items() if k.startswith(("spouse_", "_earlier"))}


async def test_the_partner_s_new_test_is_asked_its_own_date(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await married_with_celpip(chat, "en")
        await answer_all(chat, "/summary", "[✏️ Spouse test]")
        await chat.click("IELTS General Training")  # CELPIP before: most likely a retake, on another day
        assert "On what date did your spouse or partner take it?" in chat.last_text
        assert chat.keyboard[0] == ["Same date as before: January 10, 2026"]  # a mistyped kind: one tap
        assert "spouse_test_date" not in partner(bot, chat)  # nothing kept unasked meanwhile
        await chat.send("2026-05-02")
        assert "Your spouse's or partner's IELTS General Training result in listening?" in chat.last_text
        crs = said(await chat.send("7 6.5 6 5.5"))
        assert "CRS estimate: 386 points" in crs
        assert "Core 328 · spouse 20 · skill transferability 38 · additional 0" in crs
        stored = partner(bot, chat)
        assert (stored["spouse_test_kind"], stored["spouse_test_date"]) == ("ielts_general", "2026-05-02")
        assert "_earlier_spouse_test_date" not in stored
        await chat.send("/summary")
        assert "• Spouse test date: May 2, 2026" in chat.last_text and "January 10, 2026" not in chat.last_text
    bot.errors.check()


async def test_an_expired_retake_brings_no_language_points(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await married_with_celpip(chat, "en")
        await answer_all(chat, "/summary", "[✏️ Spouse test]", "[IELTS General Training]")
        await chat.send("March 15, 2024")  # CLB 9 in each, but two years old on March 15, 2026
        crs = said(await chat.send("8 7 7 7"))
        assert "CRS estimate: 376 points" in crs  # not 396: the CELPIP's date no longer stands for the IELTS
        assert "Core 328 · spouse 10 · skill transferability 38 · additional 0" in crs
    bot.errors.check()


async def test_back_right_after_brings_the_partner_s_first_test_back(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await married_with_celpip(chat, "en")
        await answer_all(chat, "/summary", "[✏️ Spouse test]", "[IELTS General Training]")
        await chat.click("⬅️ Back")  # a slip of the thumb: the CELPIP comes back whole, date and scores
        assert "Has your spouse or partner taken an approved language test?" in chat.last_text
        assert partner(bot, chat) == {
            "spouse_citizen": False, "spouse_accompanying": True, "spouse_education": "master",
            "spouse_test_kind": "celpip_general", "spouse_test_date": "2026-01-10", "spouse_listening": 9,
            "spouse_reading": 9, "spouse_writing": 9, "spouse_speaking": 9, "spouse_work": "0"}
        await chat.click("CELPIP-General")  # the same answer again: nothing else asked, the same figures
        assert "CRS estimate: 396 points" in chat.last_text
    bot.errors.check()


async def test_la_meme_date_pour_le_nouveau_test_du_conjoint(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await married_with_celpip(chat, "fr")
        await answer_all(chat, "/summary", "[✏️ Conjoint · test]", "[IELTS General Training]")
        assert "À quelle date votre époux ou conjoint de fait a-t-il passé ce test ?" in chat.last_text
        assert "spouse_test_date" not in partner(bot, chat)
        await chat.click("Même date qu'avant : 10 janvier 2026")
        assert t("fr", "q.score.text_spouse", test="IELTS General Training",
                 ability=t("fr", "ability.listening")) in chat.last_text
        crs = said(await chat.send("7 6,5 6 5,5"))
        assert "Score SCG estimé : 386 points" in crs
        assert "Facteurs de base 328 · époux ou conjoint de fait 20 · transférabilité des compétences 38" in crs
        assert partner(bot, chat)["spouse_test_date"] == "2026-01-10"
        assert "_earlier_spouse_test_date" not in partner(bot, chat)
    bot.errors.check()


async def test_retour_rend_le_premier_test_du_conjoint(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await married_with_celpip(chat, "fr")
        await answer_all(chat, "/summary", "[✏️ Conjoint · test]", "[IELTS General Training]", "[⬅️ Retour]")
        stored = partner(bot, chat)
        assert (stored["spouse_test_kind"], stored["spouse_test_date"]) == ("celpip_general", "2026-01-10")
        assert [stored[f"spouse_{a}"] for a in ("listening", "reading", "writing", "speaking")] == [9, 9, 9, 9]
        assert "_earlier_spouse_test_date" not in stored
        await answer_all(chat, "/summary")
        assert "• Conjoint · date du test : 10 janvier 2026" in chat.last_text
    bot.errors.check()


async def test_a_partner_s_test_month_only_is_offered_as_said(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *screening("en"), "1990-03-10", "[Married]", "[No]", "[Yes]",
                         "[Master's or professional degree]", "[CELPIP-General]", "January 2026", "9 9 9 9",
                         "[None]", *after_partner("en"), "/summary", "[✏️ Spouse test]", "[IELTS General Training]")
        await chat.click("Same date as before: January 2026")  # the month they gave, not a day made up for it
        assert partner(bot, chat)["spouse_test_date"] == "2026-01"
        crs = said(await chat.send("7 6.5 6 5.5"))
        assert "CRS estimate: 386 points" in crs
    bot.errors.check()
