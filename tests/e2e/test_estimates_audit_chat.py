"""Estimates audit, through the chat: weekly hours said as an estimate, and a partner who may or may not come.

Figures worked out by hand from RULES.md (today: 2026-11-27, the window from 2023-11-27). An estimate ("about 28")
is kept as such; where the verdict or its day rests on it the result says the fewest weekly hours that keep it and
how to check them, never a margin RULES.md does not give. "Maybe" for a partner coming reads the CRS in both
columns (RULES.md 3) and says both figures; the chart and the plan say which one they read.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram

EN = ["/start", "no"]  # not Quebec
FR = ["/start", "non"]
IELTS_CLB9 = ["no", "[IELTS General Training]", "2025-06-01", "8 7 7 7", "no"]  # L8 R7 W7 S7: CLB 9/9/9/9
TEF_NCLC7 = ["non", "[TEF Canada]", "2025-09-20", "450 470 430 460", "non"]  # NCLC 7/8/7/7


def result_of(chat: Chat) -> str:
    return next(text for text in reversed(chat.texts) if "Assessed for an application made on" in text
                or "Évaluation pour une demande présentée le" in text)


def alarm_free(text: str) -> bool:
    return "❔" not in text and "What decides it" not in text and "Ce qui est déterminant" not in text \
        and "rests on your estimate" not in text and "repose sur votre estimation" not in text


# -- hours said as an estimate ------------------------------------------------------------------------------------
async def test_hugo_about_28_hours_is_told_the_day_rests_on_it_then_gives_the_exact_hours(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 21232 since 2025-11-03 at 28 h: 389 days to 2026-11-26 x 28 / 7 = 1,556 h; applying on 2026-11-28, 390 days
    # give 1,560 h. At 27.9 h, 390 days give 1,554.4 h: the day moves. So the day holds at 28 h a week, no fewer.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Hugo")
        await answer_all(chat, *EN, "yes", "21232", "2025-11-03", "yes")
        assert "Noted as an estimate: about 28 hours a week" in said(await chat.send("about 28 hours"))
        await answer_all(chat, "yes", "yes", "no", "yes", *IELTS_CLB9)
        verdict = result_of(chat)
        assert "Not yet eligible: you should qualify on November 28, 2026" in verdict
        assert "This day rests on your estimate of about 28 h a week in job 1: it holds if you averaged at " \
            "least 28 h a week there; fewer hours would move it later." in verdict
        assert "pay stubs, or your employer's record of employment or T4" in verdict
        stored = answers(bot, chat)["jobs"][0]
        assert (stored["job_hours"], stored["job_hours_estimate"]) == (28, True), "the estimate is kept"
        details = said(await chat.click("Details"))
        assert "This day rests on your estimate of about 28 h a week" in details
        await chat.send("/summary")
        assert "Job 1 · hours: about 28 h/week (estimate)" in chat.texts[-1]
        # His pay stubs say 30 h: exact now, 389 days x 30 / 7 = 1,667 h, eligible.
        await chat.click("✏️ Job 1 · hours")
        await chat.send("30")
        verdict = result_of(chat)
        assert "You appear eligible" in verdict and "1,667 qualifying hours" in verdict and alarm_free(verdict)
        assert "job_hours_estimate" not in answers(bot, chat)["jobs"][0], "an exact figure ends the estimate"
    bot.errors.check()


async def test_lea_environ_28_h_depuis_2024_reste_admissible_au_dessus_d_un_seuil(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 21232 depuis le 2024-01-01, environ 28 h : 1 061 jours x 28 / 7 = 4 244 h, admissible. Il faut 1 560 h en
    # 1 061 jours : 1 560 x 7 / 1 061 = 10,29 h par semaine, soit 10,3 h au dixième près (10,2 h donnent 1 546 h).
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Léa", language_code="fr")
        await answer_all(chat, *FR, "oui", "21232", "2024-01-01", "oui")
        assert "environ 28 heures par semaine" in said(await chat.send("environ 28h"))
        await answer_all(chat, "oui", "oui", "non", "oui", *TEF_NCLC7)
        verdict = result_of(chat)
        assert "Vous semblez admissible" in verdict and "4 244 heures admissibles" in verdict
        assert "Ce résultat repose sur votre estimation d'environ 28 h par semaine dans l'emploi 1 : vous " \
            "restez admissible si vous y avez travaillé en moyenne au moins 10,3 h par semaine" in verdict
        assert "talons de paie" in verdict and "❔" not in verdict, "a fact beside the hours, not an alarm"
        assert answers(bot, chat)["jobs"][0]["job_hours_estimate"] is True
    bot.errors.check()


async def test_grace_about_35_hours_says_full_time_and_nothing_rests_on_it(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    # At most 30 h a week count (RULES.md 1): about 35 or exactly 35, 30 h count, 4,547 h since 2024-01-01.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Grace")
        await answer_all(chat, *EN, "yes", "21232", "2024-01-01", "yes", "about 35h", "yes", "yes", "no", "yes",
                         *IELTS_CLB9)
        verdict = result_of(chat)
        assert "You appear eligible" in verdict and "4,547 qualifying hours" in verdict and alarm_free(verdict)
        assert answers(bot, chat)["jobs"][0]["job_hours_estimate"] is True, "kept, even when it changes nothing"
    bot.errors.check()


async def test_omar_about_20_hours_beside_a_full_time_job_changes_nothing(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    # Job 1 at 40 h since 2023-01-01 fills the 30 h of every week (4,697 h); job 2, about 20 h, adds none.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Omar")
        await answer_all(chat, *EN, "yes", "21232", "2023-01-01", "yes", "40", "yes", "yes", "no", "yes", "yes",
                         "62020", "2025-01-01", "yes", "about 20", "yes", "yes", "no", "yes", *IELTS_CLB9)
        verdict = result_of(chat)
        assert "You appear eligible" in verdict and "4,697 qualifying hours" in verdict and alarm_free(verdict)
    bot.errors.check()


# -- a partner who may or may not come ---------------------------------------------------------------------------
ISABELLE = [*FR, "oui", "21232", "2024-01-01", "oui", "40", "oui", "oui", "non", "oui", *TEF_NCLC7,
            "[Estimer mon score SCG]", "1994-05-05", "mariée", "non"]
# Then: spouse with a bachelor's, no test, no Canadian work; she has a Canadian bachelor's, no foreign work.
ISABELLE_CRS = ["[Baccalauréat ou programme de 3 ans ou plus]", "[Aucun test]", "0",
                "[Baccalauréat ou programme de 3 ans ou plus]", "[Au Canada]", "0", "non", "non", "non"]


async def test_isabelle_whose_wife_might_come_gets_the_crs_in_both_columns(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    # Age 32, bachelor's, NCLC 7/8/7/7 first language, 2 years of Canadian work (4,547 h), no foreign work.
    # Without spouse: core 94 + 120 + (17 + 23 + 17 + 17) + 53 = 341; transferability education x language 13 +
    # education x Canadian work 25 = 38; additional: Canadian credential 3+ years 30, French NCLC 7+ with no
    # English 25 = 55. Total 434.
    # With spouse: core 85 + 112 + (16 + 22 + 16 + 16) + 46 = 313; spouse: bachelor's 8; 38; 55. Total 414.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Isabelle", language_code="fr")
        await answer_all(chat, *ISABELLE)
        assert "Je ne sais pas" in chat.buttons, "a doubt about the partner coming is an answer"
        reply = said(await chat.send("ma femme va peut-être venir"))
        assert "Veuillez répondre oui ou non" not in reply
        assert answers(bot, chat)["spouse_accompanying"] == "unsure", "the doubt is stored, not a guess"
        assert "niveau d'études de votre époux ou conjoint de fait" in reply, "her factors: they may count"
        await answer_all(chat, *ISABELLE_CRS)
        crs = "\n".join(chat.texts[-3:])
        assert "Votre score SCG dépend de la venue de votre époux ou conjoint de fait : 414 s'il vous " \
            "accompagne, 434 s'il ne vous accompagne pas. Le plus bas, 414, est affiché" in crs
        assert "Conjoint · vous accompagne : " in crs and "Décidez-en ensemble" in crs
        assert "Score SCG estimé : 414 points" in crs
        # The plan and the chart read her wife as coming (the CRS shown) and say so, with the other figure.
        plan = "\n".join(said(await chat.click("📈 Comment augmenter mon score ?")).split("\n")[:3])
        assert "Ce calcul suppose que votre époux ou conjoint de fait vous accompagne, comme votre score SCG " \
            "(414, le plus bas des deux) ; s'il ne vient pas, le score est de 434." in plan
        await chat.send("/continue")
    bot.errors.check()


async def test_isabelle_chart_reads_the_column_of_the_crs_shown(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Isabelle", language_code="fr")
        await answer_all(chat, *ISABELLE, "[Je ne sais pas]", *ISABELLE_CRS)
        facts = said(await chat.click("📊 Graphique du SCG"))
        assert "vous accompagne, comme votre score SCG (414" in facts and "434" in facts
    bot.errors.check()


async def test_ken_maybe_then_she_decides_to_stay_the_crs_is_one_figure_again(tg: FakeTelegram,
                                                                              tmp_path: pathlib.Path) -> None:
    # The same person in English; "maybe" read as not sure; then "no": 434, one column, no doubt left.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ken")
        await answer_all(chat, *EN, "yes", "21232", "2024-01-01", "yes", "40", "yes", "yes", "no", "yes", "no",
                         "[TEF Canada]", "2025-09-20", "450 470 430 460", "no", "[Estimate my CRS]", "1994-05-05",
                         "married", "no", "maybe", "[Bachelor's or 3+ year program]", "[No test]", "0",
                         "[Bachelor's or 3+ year program]", "[In Canada]", "0", "no", "no", "no")
        crs = "\n".join(chat.texts[-3:])
        assert "Your CRS depends on whether your spouse or partner comes with you: 414 if they come, 434 if " \
            "they do not. The lower one, 414, is shown until you know." in crs
        assert answers(bot, chat)["spouse_accompanying"] == "unsure"
        await chat.send("/summary")
        await chat.click("✏️ Spouse coming")
        await chat.send("no")
        assert "CRS estimate: 434 points" in "\n".join(chat.texts[-3:])
        assert "depends on whether your spouse" not in "\n".join(chat.texts[-3:])
    bot.errors.check()
