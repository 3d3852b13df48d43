"""Partners and spouses, audit round 2: ten couples played through the chat and `cec-screener assess`, each total
first worked out by hand from RULES.md section 3 alone, then changes of mind (/back, "Review my answers").

The person (tests/e2e/test_partner_audit_chat.py): a TEER 1 job from 2025-09-01 at 40 h (1 year of Canadian work
on 2026-11-27), IELTS GT 8/7/7/7 = CLB 9 in all four, born 1990-03-10 (36), a bachelor's abroad with an ECA, no
foreign work. Without spouse: age 72 + education 120 + language 4 x 31 = 124 + work 40 = 356, transferability
education x language 25 + education x Canadian work 13 = 38: 394. With spouse: 65 + 112 + 4 x 29 = 116 + 35 = 328,
+ 38 = 366, plus the spouse factors (education, 5 per ability at CLB 9+ of a valid test, Canadian work).
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

import pytest

from bot.command_line.main import main

from .bot_fixtures import answer_all, answers, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import CLI_DAY, cli_education, cli_job, cli_test
from .test_partner_audit_chat import after_partner, headline, screening, t, tap

# Each couple: the marital status, the partner's answers (by button key or typed), the hand total, the spouse
# factors by hand.
YES, NO = "button.yes", "button.no"
COUPLES: dict[str, tuple[str, list[str], int, int]] = {
    # bachelor's 8 + no test 0 + no Canadian work 0 = 8: 366 + 8
    "married_bachelor_no_test": ("married", [NO, YES, "opt.spouse_education.bachelor", "opt.spouse_test_kind.none",
                                             "opt.spouse_work.0"], 374, 8),
    # secondary 2 + no test + 2 years in Canada 7 = 9: 366 + 9
    "common_law_secondary_canadian_work": (
        "common_law", [NO, YES, "opt.spouse_education.secondary", "opt.spouse_test_kind.none",
                       "opt.spouse_work.2"], 375, 9),
    # master's 10 + TEF 503/503/512/518 = NCLC 9 in each, 4 x 5 = 20 + 0 = 30: 366 + 30
    "french_test_master": ("married", [NO, YES, "opt.spouse_education.master", "opt.spouse_test_kind.tef_canada",
                                       "2026-03-01", "503", "503", "512", "518", "opt.spouse_work.0"], 396, 30),
    # bachelor's 8 + CELPIP 9s of 2024-06-01, expired 2026-06-01: 0 + 0 = 8: 366 + 8
    "expired_test": ("married", [NO, YES, "opt.spouse_education.bachelor", "opt.spouse_test_kind.celpip_general",
                                 "2024-06-01", "9", "9", "9", "9", "opt.spouse_work.0"], 374, 8),
    # doctoral 10 + CELPIP 9s 20 + 5 or more years 10 = 40 (the maximum): 366 + 40
    "doctoral_celpip_five_years": ("common_law", [NO, YES, "opt.spouse_education.doctoral",
                                                  "opt.spouse_test_kind.celpip_general", "2026-01-10",
                                                  "9", "9", "9", "9", "opt.spouse_work.5"], 406, 40),
}


def steps(lang: str, keys: list[str]) -> list[str]:
    """Button keys as taps, anything else typed."""
    return [tap(lang, k) if k.startswith(("button.", "opt.")) else k for k in keys]


async def couple_crs(chat: Chat, lang: str, marital: str, partner: list[str]) -> str:
    await chat.send("/start")
    await answer_all(chat, *screening(lang), "1990-03-10", tap(lang, f"opt.marital.{marital}"),
                     *steps(lang, partner), *after_partner(lang))
    return "\n\n".join(chat.texts[-2:])  # a long result (an expired test said, in French) comes in two messages


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(COUPLES))
async def test_an_accompanying_partner_s_factors_match_the_hand_figures(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, name: str) -> None:
    marital, partner, total, spouse = COUPLES[name]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        crs = await couple_crs(chat, lang, marital, partner)
        assert headline(lang, total) in crs
        assert t(lang, "verdict.crs_parts", core=328, spouse=spouse, transferability=38, additional=0) in crs
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("status", ["separated", "divorced", "widowed", "annulled"])
async def test_no_partner_asked_about_after_a_separation_a_divorce_or_a_death(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, status: str) -> None:
    # RULES.md 3: separated, divorced, widowed, annulled: "without spouse", 394.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await answer_all(chat, *screening(lang), "1990-03-10", tap(lang, f"opt.marital.{status}"))
        assert t(lang, "q.education_level.text") in chat.last_text  # no partner question
        await answer_all(chat, *after_partner(lang))
        assert headline(lang, 394) in chat.last_text
        assert t(lang, "verdict.crs_parts", core=356, spouse=0, transferability=38, additional=0) in chat.last_text
    bot.errors.check()


async def test_the_partner_as_principal_with_a_french_test_but_no_canadian_work_is_not_said_eligible(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # The partner as principal, born 1994-05-01 (32): age 85 + master's 126 + TEF NCLC 9 first, 4 x 29 = 116 + no
    # Canadian work 0 = 327; the person as their spouse: bachelor's 8 + IELTS CLB 9 20 + 1 year 5 = 33;
    # transferability master's x NCLC 9+ 50; French NCLC 7+ with no English test 25. 327 + 33 + 50 + 25 = 435,
    # 39 more than 396. Their Canadian work does not meet the CEC: not eligible, and said so.
    marital, partner, total, _ = COUPLES["french_test_master"]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        assert headline("en", total) in await couple_crs(chat, "en", marital, partner)
        await chat.click(t("en", "improvements.view.button"))
        await chat.click(t("en", "improvements.view.partner_button"))
        await answer_all(chat, "1994-05-01", tap("en", "opt.spouse_work.0"),
                         tap("en", "improvements.view.cec_work.no"))
        comparison = chat.last_text
        assert t("en", "improvements.partner.more", now=396, partner=435, points=39) in comparison
        # "No, or not sure" to their Canadian work: said as what was answered, not as a fact about their work.
        assert t("en", "improvements.partner.not_eligible",
                 what=t("en", "improvements.partner.missing_work")) in comparison
        assert "you did not say that their Canadian work meets the program" in comparison
        assert "also meets the CEC's criteria" not in comparison
    bot.errors.check()


async def test_the_partner_as_principal_with_a_doctorate_and_five_years_in_canada(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # The partner as principal, born 1988-02-01 (38): age 55 + doctoral 140 + CELPIP 9s 116 + 5 years 70 = 381;
    # the person as their spouse 33; transferability: education 50 (cap) + foreign work 3 years 50 (cap) = 100.
    # 381 + 33 + 100 = 514, 108 more than 406. Their work said to meet the CEC in TEER 0/1, CELPIP 9 >= 7.
    marital, partner, total, _ = COUPLES["doctoral_celpip_five_years"]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        assert headline("fr", total) in await couple_crs(chat, "fr", marital, partner)
        await chat.click(t("fr", "improvements.view.button"))
        await chat.click(t("fr", "improvements.view.partner_button"))
        await answer_all(chat, "1988-02-01", tap("fr", "opt.spouse_work.3"),
                         tap("fr", "improvements.view.cec_work.teer_0_1"))
        comparison = chat.last_text
        assert t("fr", "improvements.partner.more", now=406, partner=514, points=108) in comparison
        assert t("fr", "improvements.partner.eligible", level=7,
                 scale=t("fr", "improvements.scale_english")) in comparison
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_back_out_of_a_change_to_partner_coming_asks_the_partner_s_questions_before_any_score(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    # The partner first not coming (394); then "coming" from Review my answers, and /back twice before the
    # partner's education is answered. The CRS once showed 366, counting the partner's factors as 0 unasked.
    yes, no = tap(lang, "button.yes"), tap(lang, "button.no")
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        assert headline(lang, 394) in await couple_crs(chat, lang, "married", [NO, NO])
        await chat.send("/summary")
        await chat.click(t(lang, "summary.spouse_accompanying"))
        await answer_all(chat, yes)
        assert t(lang, "q.spouse_education.text") in chat.last_text
        await answer_all(chat, "/back")
        assert t(lang, "q.spouse_accompanying.text") in chat.last_text
        await answer_all(chat, "/back")
        # No score yet: the partner's questions first, and why.
        assert t(lang, "summary.unfinished_crs") in chat.last_text
        assert t(lang, "q.spouse_education.text") in chat.last_text
        assert "366" not in chat.last_text
        await answer_all(chat, *steps(lang, ["opt.spouse_education.master", "opt.spouse_test_kind.celpip_general",
                                             "2026-01-10", "9", "9", "9", "9", "opt.spouse_work.1"]))
        # master's 10 + CELPIP 9s 20 + 1 year 5 = 35: 366 + 35
        assert headline(lang, 401) in chat.last_text
        # And back to not coming: the partner's answers no longer count, 394 again.
        await chat.send("/summary")
        await chat.click(t(lang, "summary.spouse_accompanying"))
        await answer_all(chat, no)
        assert headline(lang, 394) in chat.last_text
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_married_to_single_and_back_asks_the_partner_again_and_scores_each_time(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    marital, partner, total, _ = COUPLES["doctoral_celpip_five_years"]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        assert headline(lang, 406) in await couple_crs(chat, lang, marital, partner)
        await chat.send("/summary")
        await chat.click(t(lang, "summary.marital"))
        await answer_all(chat, tap(lang, "opt.marital.single"))
        assert headline(lang, 394) in chat.last_text  # no stale spouse factor
        assert not any(k.startswith("spouse_") for k in answers(bot, chat))
        await chat.send("/summary")
        await chat.click(t(lang, "summary.marital"))
        await answer_all(chat, tap(lang, "opt.marital.married"))
        assert t(lang, "q.spouse_citizen.text") in chat.last_text  # asked again, not guessed
        await answer_all(chat, *steps(lang, partner))
        assert headline(lang, total) in chat.last_text
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed"), [("en", "we live together since 2025"),
                                             ("fr", "conjoint de fait depuis 8 mois"),
                                             ("en", "common-law 8 months"),
                                             ("fr", "on vit ensemble depuis mars")])
async def test_living_together_for_an_unclear_time_is_asked_again_never_read_as_common_law(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, typed: str) -> None:
    # RULES.md does not say how long living together makes a common-law partner: never guessed, and said so.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await answer_all(chat, *screening(lang), "1990-03-10", typed)
        assert t(lang, "err.marital_together") in chat.last_text
        assert t(lang, "q.marital.text") in chat.last_text
        assert "marital" not in answers(bot, chat)
        # The person knows they are common-law partners: the partner's questions follow.
        await answer_all(chat, tap(lang, "opt.marital.common_law"))
        assert t(lang, "q.spouse_citizen.text") in chat.last_text
    bot.errors.check()


def _profile(marital: str, spouse: dict[str, Any] | None) -> dict[str, Any]:
    return {"as_of": CLI_DAY, "birth_date": "1990-03-10", "marital_status": marital,
            "jobs": [cli_job("21232", "2025-09-01", 40)],
            "language_tests": [cli_test("ielts_general", "2025-06-01", 8.0, 7.0, 7.0, 7.0)],
            "education": cli_education("bachelor", "eca"), **({"spouse": spouse} if spouse else {})}


def _spouse(education: str, test: dict[str, Any] | None = None, years: int = 0, **more: Any) -> dict[str, Any]:
    return {"canadian_citizen_or_pr": False, "accompanying": True, "education": education, "language_test": test,
            "canadian_work_years": years, **more}


CELPIP_9 = cli_test("celpip_general", "2026-01-10", 9, 9, 9, 9)
CLI: dict[str, tuple[dict[str, Any], int, int, int | None]] = {
    "married_bachelor_no_test": (_profile("married", _spouse("bachelor")), 374, 8, None),
    "common_law_secondary_canadian_work": (_profile("common_law", _spouse("secondary", years=2)), 375, 9, None),
    "separated": (_profile("separated", None), 394, 0, None),
    "widowed": (_profile("widowed", None), 394, 0, None),
    "citizen": (_profile("married", _spouse("master", CELPIP_9, 3, canadian_citizen_or_pr=True)), 394, 0, None),
    "not_coming": (_profile("married", _spouse("master", CELPIP_9, 3, accompanying=False)), 394, 0, None),
    "french_test_master": (_profile("married", _spouse(
        "master", cli_test("tef_canada", "2026-03-01", 503, 503, 512, 518), birth_date="1994-05-01",
        foreign_work_years=0, cec_work="no")), 396, 30, 435),
    "expired_test": (_profile("married", _spouse("bachelor", cli_test("celpip_general", "2024-06-01",
                                                                      9, 9, 9, 9))), 374, 8, None),
    "doctoral_celpip_five_years": (_profile("common_law", _spouse(
        "doctoral", CELPIP_9, 6, birth_date="1988-02-01", foreign_work_years=3, cec_work="teer_0_1")),
        406, 40, 514),
}


@pytest.mark.parametrize("name", sorted(CLI))
def test_the_command_line_gives_the_same_figures(name: str, tmp_path: pathlib.Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    profile, total, spouse, partner_principal = CLI[name]
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    assert main(["assess", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["crs"]["total"], result["crs"]["spouse"]) == (total, spouse)
    comparison = result.get("partner_comparison")
    assert (comparison["crs_partner_principal"] if comparison else None) == partner_principal
    if comparison:  # eligible only when their own work was said to meet the CEC
        assert comparison["partner_eligible"] is (profile["spouse"]["cec_work"] != "no")


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_partner_who_becomes_a_citizen_stops_counting_and_is_asked_again_when_not(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    # 406 with the partner (doctoral, CELPIP 9s, 5+ years); a citizen or PR: "without spouse", 394, nothing stale.
    marital, partner, _, _ = COUPLES["doctoral_celpip_five_years"]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        assert headline(lang, 406) in await couple_crs(chat, lang, marital, partner)
        await chat.send("/summary")
        await chat.click(t(lang, "summary.spouse_citizen"))
        await answer_all(chat, tap(lang, "button.yes"))
        assert headline(lang, 394) in chat.last_text
        assert t(lang, "verdict.crs_parts", core=356, spouse=0, transferability=38, additional=0) in chat.last_text
        await chat.send("/summary")
        await chat.click(t(lang, "summary.spouse_citizen"))
        await answer_all(chat, tap(lang, "button.no"))
        assert t(lang, "q.spouse_accompanying.text") in chat.last_text  # asked again, not assumed
        await answer_all(chat, *steps(lang, partner[1:]))
        assert headline(lang, 406) in chat.last_text
    bot.errors.check()


async def test_back_to_a_partner_s_score_changes_their_points(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # At the partner's Canadian work question, /back to their speaking score and 8 instead of 9: CLB 8 is 3 points,
    # not 5. doctoral 10 + 5 + 5 + 5 + 3 + 5 or more years 10 = 38: 366 + 38 = 404.
    marital, partner, _, _ = COUPLES["doctoral_celpip_five_years"]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *screening("en"), "1990-03-10", tap("en", f"opt.marital.{marital}"),
                         *steps("en", partner[:-1]))
        assert t("en", "q.spouse_work.text") in chat.last_text
        await answer_all(chat, "/back")
        assert t("en", "answers.changing", answer="9") in chat.last_text
        await answer_all(chat, "8", *steps("en", partner[-1:]), *after_partner("en"))
        crs = "\n\n".join(chat.texts[-2:])
        assert headline("en", 404) in crs
        assert t("en", "verdict.crs_parts", core=328, spouse=38, transferability=38, additional=0) in crs
    bot.errors.check()


async def test_a_partner_said_to_meet_the_cec_but_with_no_canadian_year_is_asked_to_check(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # The French-tested partner has "None" for Canadian work, then "Yes, mostly in a TEER 0 or 1 job" to the
    # program: 1,560 hours is one completed year (RULES.md 1 and 3), so the two answers disagree. The figure is the
    # same 435 (0 Canadian years, as answered); the partner is not said eligible, and the two answers are named.
    marital, partner, _, _ = COUPLES["french_test_master"]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await couple_crs(chat, "fr", marital, partner)
        await chat.click(t("fr", "improvements.view.button"))
        await chat.click(t("fr", "improvements.view.partner_button"))
        await answer_all(chat, "1994-05-01", tap("fr", "opt.spouse_work.0"),
                         tap("fr", "improvements.view.cec_work.teer_0_1"))
        comparison = chat.last_text
        assert t("fr", "improvements.partner.more", now=396, partner=435, points=39) in comparison
        assert "remplit aussi les critères" not in comparison
        assert t("fr", "improvements.partner.not_eligible",
                 what=t("fr", "improvements.partner.missing_work_years")) in comparison
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed", "stored"), [
    ("fr", "il ne viendra pas", False), ("en", "my wife won't come with me", False),
    ("en", "no, she stays back home", False), ("en", "he is coming with me", True),
    # two readings: later (still coming, in the application) or not at all; "here" may be Canada already
    ("en", "not yet", None), ("fr", "pas encore", None), ("en", "she stays here", None),
    ("en", "she is staying with me", None)])
async def test_whether_the_partner_comes_said_in_words(tg: FakeTelegram, tmp_path: pathlib.Path, lang: str,
                                                       typed: str, stored: bool | None) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code=lang)
        await chat.send("/start")
        await answer_all(chat, *screening(lang), "1990-03-10", tap(lang, "opt.marital.married"),
                         tap(lang, "button.no"), typed)
        assert answers(bot, chat).get("spouse_accompanying") is stored
        if stored is None:  # asked again, nothing stored
            assert t(lang, "q.spouse_accompanying.text") in chat.last_text
        elif stored is False:  # not coming: the person's own education next, then "without spouse", 394
            await answer_all(chat, *after_partner(lang))
            assert headline(lang, 394) in chat.last_text
        else:
            assert t(lang, "q.spouse_education.text") in chat.last_text
    bot.errors.check()


async def test_the_partner_s_comparison_facts_go_with_the_partner(tg: FakeTelegram,
                                                                 tmp_path: pathlib.Path) -> None:
    # The comparison's three facts (born 1988-02-01, 3 years abroad, TEER 0/1 work in Canada): 514. Then single,
    # 394, and married again with the French-tested partner: their facts are asked, never the first partner's.
    marital, partner, _, _ = COUPLES["doctoral_celpip_five_years"]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await couple_crs(chat, "en", marital, partner)
        await chat.click(t("en", "improvements.view.button"))
        await chat.click(t("en", "improvements.view.partner_button"))
        await answer_all(chat, "1988-02-01", tap("en", "opt.spouse_work.3"),
                         tap("en", "improvements.view.cec_work.teer_0_1"))
        assert t("en", "improvements.partner.more", now=406, partner=514, points=108) in chat.last_text
        await chat.send("/summary")
        await chat.click(t("en", "summary.marital"))
        await answer_all(chat, tap("en", "opt.marital.single"))
        assert headline("en", 394) in chat.last_text
        await chat.send("/summary")
        await chat.click(t("en", "summary.marital"))
        await answer_all(chat, tap("en", "opt.marital.married"),
                         *steps("en", COUPLES["french_test_master"][1]))
        assert headline("en", 396) in chat.last_text
        await chat.click(t("en", "improvements.view.button"))
        await chat.click(t("en", "improvements.view.partner_button"))
        assert t("en", "improvements.view.ask_birth") in chat.last_text
        await answer_all(chat, "1994-05-01", tap("en", "opt.spouse_work.0"),
                         tap("en", "improvements.view.cec_work.no"))
        assert t("en", "improvements.partner.more", now=396, partner=435, points=39) in chat.last_text
    bot.errors.check()
