"""Through the chat: an end of full-time studies or a language test's date said as "about", and a "not yet" day
that rests on a date said roughly (or on hours said as an estimate), said approximate in the plan and the chart.

Figures worked out by hand from RULES.md 1 and 2 (today 2026-11-27, an application made today: the 3-year window
runs from 2023-11-27; hours count up to the day before, at most 30 a week, 1,560 needed, i.e. 364 days at 30 h;
work while a full-time student does not count; a test result is valid 2 years from the test date). A month said as
"about" is read the careful way like any month and kept as approximate; where the verdict or its day rests on it
within the month beside the one said, the result names the latest end of studies (the earliest test date) that
keeps them, found with the engine, and where to check it. Elsewhere, no alarm.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

EN = ["/start", "no"]  # not Quebec
FR = ["/start", "non"]
IELTS = ["no", "[IELTS General Training]"]  # then the date, then "8 7 7 7": CLB 9/9/9/9
IELTS_CLB9 = [*IELTS, "2025-06-01", "8 7 7 7", "no"]
TEF_NCLC7 = ["non", "[TEF Canada]", "2025-09-20", "450 470 430 460", "non"]  # NCLC 7/8/7/7
REST_EN = ["yes", "yes", "no", "yes"]  # paid, an employee, not a full-time student, authorized
CRS_EN = ["[Estimate my CRS]", "1994-05-05", "single", "[Bachelor's or 3+ year program]", "[In Canada]", "0", "no",
          "no", "no"]
CRS_FR = ["[Estimer mon score SCG]", "1994-05-05", "célibataire", "[Baccalauréat ou programme de 3 ans ou plus]",
          "[Au Canada]", "0", "non", "non", "non"]


def result_of(chat: Chat) -> str:
    return next(text for text in reversed(chat.texts) if "Assessed for an application made on" in text
                or "Évaluation pour une demande présentée le" in text)


def no_alarm(text: str) -> bool:
    return not any(words in text for words in ("This rests on the", "This day rests on", "approximate day",
                                               "Ce résultat repose sur",
                                               "La date à laquelle vous devriez devenir admissible repose sur",
                                               "date approximative"))


# -- a language test's date said as "about" (RULES.md 2: valid 2 years from the test date) ------------------------
async def test_ava_test_around_december_2024_is_told_the_earliest_test_date(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    # Read as December 1, 2024 (the careful day of the month): it expires on December 1, 2026, valid on the
    # application day. "Around December" may be November: a test of November 27, 2024 has lapsed on November 27,
    # 2026, one of November 28 has not. Said beside the language result, at a glance and in Details.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ava")
        await answer_all(chat, *EN, "yes", "21232", "2024-01-01", "yes", "30", *REST_EN, *IELTS)
        reply = said(await chat.send("around december 2024"))
        assert "Noted as approximate: around December 2024." in reply and "Your test report shows the exact date" \
            in reply
        await answer_all(chat, "8 7 7 7", "no")
        verdict = result_of(chat)
        note = "This rests on the date of language test 1, which you gave as around December 2024: a result is " \
            "valid 2 years from the test date, so you stay eligible if you took it on or after November 28, " \
            "2024; an earlier test would have expired. Your test report shows the date."
        assert "You appear eligible" in verdict
        language = "✅ Language: Your IELTS General Training of December 2024 converts to CLB 9/9/9/9."
        assert f"{language} {note}" in verdict
        assert note in said(await chat.click("Details"))
        stored = answers(bot, chat)["tests"][0]
        assert (stored["test_date"], stored["test_date_about"]) == ("2024-12", True)
        await chat.send("/summary")
        assert "Test 1 · date: around December 2024 (approximate)" in chat.texts[-1]
        # The report says December 10: exact now, expires December 10, 2026, no alarm, the mark gone.
        await chat.click("✏️ Test 1 · date")
        await chat.send("2024-12-10")
        assert no_alarm(result_of(chat))
        assert "test_date_about" not in answers(bot, chat)["tests"][0], "an exact date ends the estimate"
    bot.errors.check()


async def test_ben_test_lapsing_before_the_day_he_qualifies(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 30 h from January 5, 2026: 1,560 h on January 4, 2027 (not yet). A test of "around February 2025" (read as
    # February 1) lasts past that day; one taken before January 5, 2025 would expire on or before it.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ben")
        await answer_all(chat, *EN, "yes", "21232", "2026-01-05", "yes", "30", *REST_EN, *IELTS,
                         "around february 2025", "8 7 7 7", "no")
        verdict = result_of(chat)
        assert "Not yet eligible: you should qualify on January 4, 2027" in verdict
        assert "This rests on the date of language test 1, which you gave as around February 2025: a result is " \
            "valid 2 years from the test date, so it stays valid until the day you qualify if you took it on or " \
            "after January 5, 2025; an earlier test would lapse first." in verdict
        assert "January 4, 2027 is an approximate day" not in verdict, "the test does not move the day itself"
    bot.errors.check()


async def test_chloe_test_vers_juin_2025_ne_change_rien(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # « vers juin 2025 » : valide jusqu'en juin 2027 ; passé en mai 2025, il le serait aussi : aucune alarme, la
    # marque gardée.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Chloé", language_code="fr")
        await answer_all(chat, *FR, "oui", "21232", "2024-01-01", "oui", "40", "oui", "oui", "non", "oui", "non",
                         "[TEF Canada]")
        reply = said(await chat.send("vers juin 2025"))
        assert "Noté comme approximatif : vers juin 2025." in reply and "Votre relevé de résultats" in reply
        await answer_all(chat, "450 470 430 460", "non")
        verdict = result_of(chat)
        assert "Vous semblez admissible" in verdict and no_alarm(verdict)
        assert answers(bot, chat)["tests"][0]["test_date_about"] is True
    bot.errors.check()


async def test_dora_test_vers_decembre_2024_dit_la_date_la_plus_ancienne(tg: FakeTelegram,
                                                                        tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Dora", language_code="fr")
        await answer_all(chat, *FR, "oui", "21232", "2024-01-01", "oui", "40", "oui", "oui", "non", "oui", "non",
                         "[TEF Canada]", "décembre 2024 environ", "450 470 430 460", "non")
        verdict = result_of(chat)
        assert "Ce résultat repose sur la date du test de langue 1, que vous avez située vers décembre 2024 : " \
            "un résultat est valide 2 ans à compter de la date du test, vous restez donc admissible si vous " \
            "l'avez passé le 28 novembre 2024 ou après ; un test plus ancien aurait expiré." in verdict
    bot.errors.check()


# -- the end of full-time studies said as "about" (RULES.md 1: work while a full-time student does not count) -----
async def test_emma_studies_ended_around_october_2025(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 30 h from January 1, 2025; studies read as ended October 31, 2025: 391 days x 30 / 7 = 1,676 h, eligible.
    # An end on November 27 leaves 364 days (1,560 h); on November 28, 363: said, with where to check it.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Emma")
        await answer_all(chat, *EN, "yes", "21232", "2025-01-01", "yes", "30", "yes", "yes", "partly")
        reply = said(await chat.send("around october 2025"))
        assert "Noted as approximate: around October 2025." in reply and "confirmation of enrolment" in reply
        await answer_all(chat, "yes", *IELTS_CLB9)
        verdict = result_of(chat)
        assert "You appear eligible" in verdict and "1,676 qualifying hours" in verdict
        assert "This rests on the end of your full-time studies during job 1, which you gave as around October " \
            "2025: you stay eligible if they ended on or before November 27, 2025; a later end would change the " \
            "verdict (work while a full-time student does not count)." in verdict
        assert answers(bot, chat)["jobs"][0]["job_student_end_about"] is True
        await chat.send("/summary")
        assert "end of full-time studies: around October 2025 (approximate)" in chat.texts[-1]
    bot.errors.check()


async def test_finn_studies_ended_around_may_2024_says_nothing(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Finn")
        await answer_all(chat, *EN, "yes", "21232", "2024-01-01", "yes", "30", "yes", "yes", "partly",
                         "around may 2024", "yes", *IELTS_CLB9)
        verdict = result_of(chat)
        assert "You appear eligible" in verdict and no_alarm(verdict)
        assert answers(bot, chat)["jobs"][0]["job_student_end_about"] is True
    bot.errors.check()


async def test_gael_etudes_ete_2025_choisit_un_mois_garde_approximatif(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    # « été 2025 » : juin à septembre 2025, à choisir, jamais deviné ; juin choisi, gardé approximatif. Fin lue le
    # 30 juin 2025 : 514 jours x 30 / 7 = 2 203 h ; un mois plus tard ne change rien : aucune alarme.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Gaël", language_code="fr")
        await answer_all(chat, *FR, "oui", "21232", "2025-01-01", "oui", "30", "oui", "oui", "en partie")
        reply = said(await chat.send("été 2025"))
        assert "« été 2025 » peut désigner plus d'un mois. Lequel ?" in reply
        assert chat.buttons[:4] == ["juin 2025", "juillet 2025", "août 2025", "septembre 2025"]
        assert "Noté comme approximatif : vers juin 2025." in said(await chat.click("juin 2025"))
        await answer_all(chat, "oui", *TEF_NCLC7)
        verdict = result_of(chat)
        assert "Vous semblez admissible" in verdict and no_alarm(verdict)
        stored = answers(bot, chat)["jobs"][0]
        assert (stored["job_student_end"], stored["job_student_end_about"]) == ("2025-06", True)
    bot.errors.check()


async def test_hugo_etudes_vers_novembre_2025_date_et_graphique(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # Fin lue le 30 novembre 2025 : 1 547 h, 1 560 h le 30 novembre 2026 (pas encore). Une fin en décembre la
    # repousserait : dit à côté des heures, et la légende du graphique dit la date approximative, et pourquoi.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Hugo", language_code="fr")
        await answer_all(chat, *FR, "oui", "21232", "2025-01-01", "oui", "30", "oui", "oui", "en partie",
                         "vers novembre 2025", "oui", *TEF_NCLC7)
        verdict = "\n".join(chat.texts[-3:])  # the careful reading, said as such, then the verdict
        assert "Pas encore admissible : vous devriez l'être le 30 novembre 2026" in verdict
        assert "La date à laquelle vous devriez devenir admissible repose sur la fin de vos études à temps " \
            "plein pendant l'emploi 1, que vous avez " \
            "située vers novembre 2025 : elle tient si elles ont pris fin au plus tard le 30 novembre 2025" \
            in verdict
        chart = await chat.click("🗓️ Graphique des heures")
        note = "Le 30 novembre 2026 est une date approximative : elle repose sur la fin de vos études à temps " \
            "plein pendant l'emploi 1, située vers novembre 2025."
        assert chart[0].shown_text == ("Heures qui comptent pour la catégorie de l'expérience canadienne : "
                                       f"1 547 au 27 novembre 2026, 1 560 requises. {note}")
        assert f"• {note}" in said(chart)
    bot.errors.check()


# -- a "not yet" day resting on a date said roughly: said approximate in the plan and the charts ----------------
async def test_ivan_not_yet_day_is_approximate_in_what_to_do_the_plan_and_the_chart(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 30 h since "around December 1, 2025": 1,560 h on November 30, 2026 (not yet); a later start moves it.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ivan")
        await answer_all(chat, *EN, "yes", "21232", "around december 1, 2025", "yes", "30", *REST_EN, *IELTS_CLB9)
        note = "November 30, 2026 is an approximate day: it rests on job 1's start, given as around December 1, " \
            "2025."
        verdict = result_of(chat)
        assert "Not yet eligible: you should qualify on November 30, 2026" in verdict
        change = "About 13 more qualifying hours: at your current hours you reach 1,560 on November 30, 2026."
        assert f"👉 What to do: {change} {note}" in verdict
        details = said(await chat.click("Details"))
        assert f"• {change} {note}" in details
        await chat.click("⬅️ Back to my result")
        await answer_all(chat, *CRS_EN)
        plan = await chat.click("📈 How can I raise my score?")
        assert plan[0].shown_text.startswith("🧭 ")
        assert plan[0].shown_text.endswith(f"(at your current hours, on November 30, 2026). {note}")
        await chat.click("⬅️ Back to my result")
        chart = await chat.click("🗓️ Hours chart")
        caption = "Hours that count for the CEC: 1,547 on November 27, 2026, 1,560 needed."
        assert chart[0].shown_text == f"{caption} {note}"
        assert f"• {note}" in said(chart)
    bot.errors.check()


async def test_jade_debut_vers_novembre_2025_le_plan_dit_la_date_approximative(tg: FakeTelegram,
                                                                             tmp_path: pathlib.Path) -> None:
    # « vers novembre 2025 », lu le 30 novembre : 1 560 h le 29 novembre 2026 ; le plan et le graphique le disent.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Jade", language_code="fr")
        await answer_all(chat, *FR, "oui", "21232", "vers novembre 2025", "oui", "30", "oui", "oui", "non", "oui",
                         *TEF_NCLC7, *CRS_FR)
        note = "Le 29 novembre 2026 est une date approximative : elle repose sur le début de l'emploi 1, situé " \
            "vers novembre 2025."
        plan = said(await chat.click("📈 Comment augmenter mon score ?"))
        assert note in plan
        await chat.click("⬅️ Retour à mon résultat")
        chart = await chat.click("🗓️ Graphique des heures")
        assert chart[0].shown_text.endswith(note)
    bot.errors.check()


async def test_kim_about_28_hours_not_yet_day_is_approximate(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # "about 30" h from December 1, 2025: November 30, 2026 rests on them (fewer hours move it later).
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kim")
        await answer_all(chat, *EN, "yes", "21232", "2025-12-01", "yes", "about 30", *REST_EN, *IELTS_CLB9)
        verdict = result_of(chat)
        assert "November 30, 2026 is an approximate day: it rests on job 1's weekly hours, given as about 30." \
            in verdict
        chart = await chat.click("🗓️ Hours chart")
        assert "given as about 30" in chart[0].shown_text
    bot.errors.check()


async def test_lea_eligible_the_chart_says_no_day_approximate(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # Eligible today ("around October 2025", 1,680 h): the chart shows no day to come, and says nothing of one.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Léa")
        await answer_all(chat, *EN, "yes", "21232", "around October 2025", "yes", "30", *REST_EN, *IELTS_CLB9)
        chart = said(await chat.click("🗓️ Hours chart"))
        assert "approximate day" not in chart
    bot.errors.check()
