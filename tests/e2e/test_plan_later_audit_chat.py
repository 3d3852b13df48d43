"""An audit of "📅 What if I apply later?", played as a person plays it, in English and French.

After a verdict the person picks a month (the next twelve, each from its 1st) and reads the verdict again as if
they applied that day: eligible then or not, the hours then (the 3-year window moved, older hours left behind, an
ongoing job going on), the language test still valid then or not, the CRS then (a birthday costs age points),
and the rounds their estimate is compared with. Then "Back to today". Figures worked out by hand from RULES.md
sections 1-4 (the clock is fixed at 2026-11-27, as the personas). Right behaviour is a plain test; what should
be said otherwise is a strict xfail citing the section.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import pathlib
from typing import Any

import pytest

from .bot_fixtures import Bot, answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, MARRIED_CRS, NOT_YET, QUEBEC_TEER_5, README_CRS

TODAY = dt.date(2026, 11, 27)
PLAN = "📅 What if I apply later?"
PLAN_FR = "📅 Et si je présente ma demande plus tard ?"

# A TEER 1 job from 2024-01-01 to 2025-06-30 at 40 h a week (2,344 h count today), an IELTS (CLB 7+) of 2026-01-10.
ENDED_JOB = ["[No]", "[Yes]", "21232", "2024-01-01", "[No]", "2025-06-30", "[40]", "[Yes]", "[Yes]", "[No]",
             "[Yes]", "[No]", "[IELTS General Training]", "2026-01-10", "7", "7", "7", "7", "[No]"]


def crs_born(birth_date: str) -> list[str]:
    """The README person's CRS answers with another birth date (single, bachelor's with an ECA, 2 years abroad)."""
    return [birth_date, *README_CRS[1:]]


# NOT_YET in French: a TEER 2 job since 2026-03-15 at 37.5 h, CELPIP-General 8/8/7/8 of 2026-02-02.
NOT_YET_FR = ["non", "oui", "32101", "2026-03-15", "oui", "37,5", "oui", "oui", "non", "oui", "non", "CELPIP",
              "2026-02-02", "8", "8", "7", "8", "non"]
# ELIGIBLE_SCREENING in French: a TEER 1 job since 2025-09-01 at 40 h, IELTS GT 8/7/7/7 of 2025-06-01.
ELIGIBLE_FR = ["non", "oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non", "oui", "non", "IELTS GT",
               "2025-06-01", "8", "7", "7", "7", "non"]


def bot_with_clock(tg: FakeTelegram, db: pathlib.Path,
                   clock: list[dt.date]) -> contextlib.AbstractAsyncContextManager[Bot]:
    """The bot as bot_fixtures.bot_on builds it, on a clock the test can move (clock[0] is today)."""
    return bot_on(tg, db, clock=clock)


async def plan(chat: Chat, month: str, lang: str = "en") -> str:
    """'What if I apply later?', then the month."""
    await chat.click(PLAN if lang == "en" else PLAN_FR)
    return said(await chat.click(month))


async def details(chat: Chat, lang: str = "en") -> str:
    """The whole verdict ("📄 Details"), then back to the result's menu."""
    text = said(await chat.click("📄 Details" if lang == "en" else "📄 Détails"))
    await chat.click("⬅️")
    return text


async def start(bot: Bot, tg: FakeTelegram, steps: list[str], lang: str = "en", user_id: int = 1001) -> Chat:
    chat = Chat(bot.app, tg, user_id=user_id, language_code=lang)
    await chat.send("/start")
    await answer_all(chat, *steps)
    return chat


# -- hours grow into eligibility, and back to today ------------------------------------------------------------
async def test_hours_grow_into_eligibility_by_the_planned_month_then_back_to_today(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """RULES.md 1: 1,560 h at most 30 a week take 52 weeks: 2026-03-15 + 364 days = March 14, 2027."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, NOT_YET)
        assert "Not yet eligible: you should qualify on March 14, 2027" in said(me.bot_messages[-2:])
        await me.click(PLAN)
        assert me.buttons[:3] == ["December 2026", "January 2027", "February 2027"]
        assert me.buttons[-2:] == ["November 2027", "Back to today"], "twelve months, then today"
        march = said(await me.click("March 2027"))
        assert "📅 Assessed as if you apply on March 1, 2027" in march
        assert "Not yet eligible: you should qualify on March 14, 2027" in march
        assert "1,504 qualifying hours; 1,560 needed." in march  # 351 days of 30 h weeks
        april = await plan(me, "April 2027")
        assert april.startswith("📅 Assessed as if you apply on April 1, 2027.\n\n✅ You appear eligible for the "
                                "Canadian Experience Class\n")
        assert "Assessed for an application made on" not in april, "the day is said once, above"
        assert "1,637 qualifying hours; 1,560 needed." in april  # 382 days of 30 h weeks
        assert answers(bot, me)["_apply_on"] == "2027-04-01"
        full = await details(me)
        assert ("1,637 hours of your work count from April 1, 2024 to March 31, 2027 (the 3 years before the "
                "application day)") in full
        await me.click(PLAN)
        today = said(await me.click("Back to today"))
        assert "📅" not in today.split("\n")[0] and "Assessed as if you apply" not in today
        assert "Not yet eligible: you should qualify on March 14, 2027" in today
        assert "Assessed for an application made on November 27, 2026." in today
        assert "1,101 qualifying hours; 1,560 needed." in today  # 257 days of 30 h weeks
        assert "_apply_on" not in answers(bot, me)
    bot.errors.check()


async def test_the_same_in_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        moi = await start(bot, tg, NOT_YET_FR, "fr")
        await moi.click(PLAN_FR)
        assert moi.buttons[:2] == ["décembre 2026", "janvier 2027"]
        assert moi.buttons[-2:] == ["novembre 2027", "Revenir à aujourd'hui"]
        avril = said(await moi.click("avril 2027"))
        assert "📅 Évaluation faite comme si vous présentiez votre demande le 1er avril 2027" in avril
        assert "Vous semblez admissible à la catégorie de l'expérience canadienne" in avril
        assert "1 637 heures admissibles ; il en faut 1 560." in avril
        await moi.click(PLAN_FR)
        retour = said(await moi.click("Revenir à aujourd'hui"))
        assert "Évaluation faite comme si" not in retour
        assert "Évaluation pour une demande présentée le 27 novembre 2026." in retour
        assert "1 101 heures admissibles" in retour
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_planned_day_says_the_ongoing_job_is_counted_as_going_on_until_then(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    """RULES.md 1 counts hours worked in the window before the application day; the hours of December 2026 to
    March 2027 are not worked yet: like the projected day ("If your current work goes on as it is"), the hours
    of a planned day say so."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, NOT_YET if lang == "en" else NOT_YET_FR, lang)
        april = await plan(me, "April 2027" if lang == "en" else "avril 2027", lang)
        assert april.split("\n\n")[0] == {
            "en": "📅 Assessed as if you apply on April 1, 2027.",
            "fr": "📅 Évaluation faite comme si vous présentiez votre demande le 1er avril 2027."}[lang]
        full = await details(me, lang)
        assert {"en": "Work going on today is counted as going on as it is until the application day.",
                "fr": "Le travail en cours aujourd'hui est compté comme se poursuivant tel quel jusqu'au jour "
                      "de la demande."}[lang] in full
        await me.click(PLAN if lang == "en" else PLAN_FR)
        await me.click("Back to today" if lang == "en" else "Revenir à aujourd'hui")
        assert "until the application day" not in await details(me, lang), "today: every hour counted is worked"
        assert "jusqu'au jour de la demande" not in await details(me, lang)
    bot.errors.check()


# -- a job that ended: its hours leave the window ----------------------------------------------------------------
async def test_a_job_that_ended_leaves_the_window_month_by_month(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """RULES.md 1: the window is the 3 years before the application day. The job's last 52 weeks (2024-07-01 to
    2025-06-30, 365 days) are still inside on July 1, 2027, not on August 1, 2027."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, ENDED_JOB)
        assert "2,344 qualifying hours; 1,560 needed." in said(me.bot_messages[-2:])
        july = await plan(me, "July 2027")
        assert "You appear eligible" in july and "1,564 qualifying hours; 1,560 needed." in july
        assert "📅 Assessed as if you apply on July 1, 2027." in july  # no job goes on: nothing assumed
        august = await plan(me, "August 2027")
        assert "Not eligible for the Canadian Experience Class for now" in august
        assert "1,431 qualifying hours; 1,560 needed." in august
        november = await plan(me, "November 2027")
        assert "1,037 qualifying hours; 1,560 needed." in november  # 2024-11-01 to 2025-06-30: 242 days
        full = await details(me)
        assert "1,037 hours of your work count from November 1, 2024 to October 31, 2027" in full
        assert "Not counted: 1,743 h before the 3-year window" in full
        assert "Work going on today" not in full  # the job ended: nothing to come is counted
        assert "About 523 more qualifying hours" in full
    bot.errors.check()


# -- the language test by then -----------------------------------------------------------------------------------
async def test_a_test_expiring_within_four_months_of_the_planned_day_is_warned_about(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """RULES.md 1-2: the IELTS of 2025-06-01 is valid until June 1, 2027; on March 1, 2027 it is valid but an
    invitation plus 60 days to apply can run past it."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, ELIGIBLE_SCREENING)
        march = await plan(me, "March 2027")
        assert "You appear eligible" in march
        full = await details(me)
        assert "it expires on June 1, 2027. That meets CLB 7 in all four abilities." in full
        assert ("Your language test expires on June 1, 2027: it must stay valid while your profile is in the "
                "pool and on the day you apply") in full
    bot.errors.check()


@pytest.mark.parametrize("month", ["June 2027", "July 2027"])
async def test_a_test_that_expires_by_the_planned_day_is_said_to_expire_then(
        tg: FakeTelegram, tmp_path: pathlib.Path, month: str) -> None:
    """RULES.md 2: results must be valid on the day the application is submitted, and are valid for 2 years
    (less than 2 years old: on June 1, 2027 the test of June 1, 2025 no longer counts). The person holds a valid
    result today: the first screen must say it expires on June 1, 2027, by that day, not "You have no valid result
    from an approved test" (nor "expired", in the past, of a day still to come)."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, ELIGIBLE_SCREENING)
        later = await plan(me, month)
        assert "Not eligible for the Canadian Experience Class for now" in later
        assert ("❌ Language: Your IELTS General Training of June 1, 2025 expires on June 1, 2027, by the day "
                "you would apply.") in later
        assert "You have no valid result" not in later
        full = await details(me)
        assert "expired on June 1, 2027" not in full
        assert ("Your IELTS General Training of June 1, 2025 expires on June 1, 2027, by the day you would "
                "apply: you would need a new result of at least CLB 7 in each ability to apply.") in full
    bot.errors.check()


async def test_a_test_that_expires_by_the_planned_day_in_french(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        moi = await start(bot, tg, ELIGIBLE_FR, "fr")
        juillet = await plan(moi, "juillet 2027", "fr")
        assert ("❌ Langue : votre test IELTS General Training du 1er juin 2025 expire le 1er juin 2027, d'ici le "
                "jour où vous présenteriez votre demande.") in juillet
        assert "aucun résultat valide" not in juillet
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_the_crs_then_says_the_test_will_have_expired_not_that_there_is_none_yet(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    """RULES.md 2-3: no valid result on the application day, no language points that day. On July 1, 2027:
    age 30 (105), bachelor's 120, 1 year of Canadian work 40, education x Canadian work 13, foreign work x
    Canadian work 13: 291. The person has a test: it expires, it is not "not yet" taken."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        if lang == "en":
            me = await start(bot, tg, [*ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS])
        else:
            me = await start(bot, tg, [*ELIGIBLE_FR, "[Estimer mon score SCG]", "1997-03-10", "célibataire",
                                       "baccalauréat", "2", "non", "2", "non", "non", "non"], "fr")
        july = await plan(me, "July 2027" if lang == "en" else "juillet 2027", lang)
        assert {"en": "CRS estimate: 291 points", "fr": "Score SCG estimé : 291 points"}[lang] in july
        assert {"en": "No valid language test yet", "fr": "Pas encore de test de langue valide"}[lang] not in july
        assert {"en": "Your IELTS General Training expires on June 1, 2027, by the day you would apply, so no "
                      "language points then.",
                "fr": "Votre test IELTS General Training expire le 1er juin 2027, d'ici le jour où vous "
                      "présenteriez votre demande : aucun point de langue ce jour-là."}[lang] in july
    bot.errors.check()


async def test_a_partners_test_that_lapses_by_the_planned_day_is_said_to_expire_then(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """RULES.md 3: the spouse's first language earns points per ability (CLB 9+: 5 each, 20 in all) only from a
    valid result; the partner's CELPIP of 2025-03-10 is valid today, not on April 1, 2027."""
    married = [*MARRIED_CRS[:6], "2025-03-10", *MARRIED_CRS[7:]]
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, [*ELIGIBLE_SCREENING, "[Estimate my CRS]", *married])
        assert "expired" not in me.last_text and "expires on March 10, 2027" not in me.last_text
        april = await plan(me, "April 2027")
        assert ("Your spouse or partner's CELPIP-General result expires on March 10, 2027, by the day you would "
                "apply: it earns no points then. A new test at the same scores would add 20 points.") in april
        assert "expired on March 10, 2027" not in april
    bot.errors.check()


# -- a birthday before the planned day ---------------------------------------------------------------------------
@pytest.mark.parametrize(("born", "month", "expected"), [
    ("1996-12-15", "January 2027", 465),  # 29 today (110), 30 on January 1, 2027 (105)
    ("1996-12-01", "December 2026", 465),  # 30 on December 1, 2026: a birthday counts from the day itself
    ("1996-12-02", "December 2026", 470),  # still 29 on December 1, 2026
])
async def test_a_birthday_before_the_planned_day_costs_its_age_points(
        tg: FakeTelegram, tmp_path: pathlib.Path, born: str, month: str, expected: int) -> None:
    """RULES.md 3: age in completed years on the assessment date, single: 20-29 110, 30 105."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, [*ELIGIBLE_SCREENING, "[Estimate my CRS]", *crs_born(born)])
        assert "CRS estimate: 470 points" in me.last_text
        later = await plan(me, month)
        assert f"CRS estimate: {expected} points" in later
        assert f"• Age: {110 if expected == 470 else 105}" in later
        assert f"Your estimated CRS of {expected} is {518 - expected} points below the lowest score invited in " \
               "the latest Canadian Experience Class round (518, September 29, 2026)." in later
    bot.errors.check()


# -- how far ahead, and a plan that has come and gone ------------------------------------------------------------
async def test_the_farthest_month_offered_is_twelve_months_ahead(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """November 2027 from November 27, 2026 (the twelfth month). RULES.md 1: 2025-09-01 to 2027-11-01 is 791 days,
    3,390 h at 30 a week, all inside the window; RULES.md 2: the IELTS of 2025-06-01 lapses on June 1, 2027."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, ELIGIBLE_SCREENING)
        far = await plan(me, "November 2027")
        assert far.startswith("📅 Assessed as if you apply on November 1, 2027.\n\n")
        assert "Not eligible for the Canadian Experience Class for now" in far
        assert "3,390 qualifying hours; 1,560 needed." in far
        assert "Your IELTS General Training of June 1, 2025 expires on June 1, 2027" in far
        assert answers(bot, me)["_apply_on"] == "2027-11-01"
    bot.errors.check()


async def test_a_planned_first_screen_stays_under_700_characters_in_french(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    """The verdict's first screen reads under 700 characters (benchmarks/message_lengths.py). With a plan, the
    day was said twice (the heading and "Évaluation pour une demande présentée le ..."): 754 characters for
    the TEER 5 person in French, November 2027."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, QUEBEC_TEER_5)
        await me.send("/language")
        await me.click("Français")
        await me.click(PLAN_FR)
        shown = [m.shown_text or "" for m in await me.click("novembre 2027")
                 if any(label.startswith("📄 Détails") for label in m.buttons)]
        assert len(shown) == 1 and shown[0].startswith(
            "📅 Évaluation faite comme si vous présentiez votre demande le 1er novembre 2027.\n\n"
            "❌ Non admissible")
        assert "Évaluation pour une demande présentée" not in shown[0]
        assert len(shown[0]) < 700, len(shown[0])
    bot.errors.check()


def forged(tg: FakeTelegram, chat: Chat, data: str) -> dict[str, Any]:
    """A press on the latest keyboard whose callback data the client replaced by `data`."""
    update = tg.callback_update(chat.user_id, chat.buttons[0])
    update["callback_query"]["data"] = data
    return update


@pytest.mark.parametrize("data", ["plan|2027-12-01", "plan|2028-01-01", "plan|2026-11-27", "plan|2026-11-01"])
async def test_a_forged_plan_day_the_picker_never_offers_is_refused(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                    data: str) -> None:
    """Callback data can be forged (DESIGN.md pitfalls): December 2027 and January 2028 are beyond the twelve
    months offered and were accepted (anything up to 31 x 13 days ahead); now a stale press, like today and a
    day before it."""
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, ELIGIBLE_SCREENING)
        await me.click(PLAN)
        await me.process(forged(tg, me, data))
        assert "_apply_on" not in answers(bot, me)
    bot.errors.check()


async def test_a_planned_month_that_has_passed_is_not_announced_any_more(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    """A plan for December 1, 2026 seen again on December 15: the verdict is today's (the later of the two), and
    the header said "as if you apply on December 1, 2026" above "made on December 15, 2026". RULES.md 1: the
    window is measured back from one application day, said once."""
    clock = [TODAY]
    async with bot_with_clock(tg, tmp_path / "bot.db", clock) as bot:
        me = await start(bot, tg, ELIGIBLE_SCREENING)
        december = await plan(me, "December 2026")
        assert "📅 Assessed as if you apply on December 1, 2026" in december
        clock[0] = dt.date(2026, 12, 15)
        back = said(await me.send("/start"))
        assert "Assessed for an application made on December 15, 2026." in back
        assert "Assessed as if you apply on December 1, 2026" not in back
    bot.errors.check()


# -- the rounds the planned estimate is compared with ------------------------------------------------------------
async def test_back_to_today_the_rounds_list_compares_todays_estimate(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, [*ELIGIBLE_SCREENING, "[Estimate my CRS]", *crs_born("1996-12-15")])
        january = await plan(me, "January 2027")
        assert "CRS estimate: 465 points" in january
        await me.click(PLAN)
        today = said(await me.click("Back to today"))
        assert "CRS estimate: 470 points" in today
        await me.send("/rounds")
        assert "• Canadian Experience Class, September 29, 2026: 518, you are 48 points below *" in me.last_text
        # "(from <the day it was stored>)": storage stamps it by the wall clock, not the bot's fixed one.
        assert "Compared with your latest CRS estimate, 470 (from " in me.last_text
    bot.errors.check()


async def test_the_rounds_list_says_the_estimate_is_for_the_planned_day(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_with_clock(tg, tmp_path / "bot.db", [TODAY]) as bot:
        me = await start(bot, tg, [*ELIGIBLE_SCREENING, "[Estimate my CRS]", *crs_born("1996-12-15")])
        await plan(me, "January 2027")
        await me.send("/rounds")
        assert "• Canadian Experience Class, September 29, 2026: 518, you are 53 points below *" in me.last_text
        assert "January 1, 2027" in me.last_text  # the estimate is that of a planned application (age 30 then)
        assert "for an application on January 1, 2027" in me.last_text
    bot.errors.check()
