"""Acceptance review 6c: today's changes as a person meets them in the bot, in English and French.

Each test is one person talking to the REAL bot through the fake Bot API: the student question's third answer
("Until my studies ended"), the language level that applies on the day 1,560 h are reached, inexact answers
and their edit buttons, jobs given by TEER alone, a foreign credential with its ECA plus a Canadian one, and
the buttons under a result (apply later, hours chart, reminders, raise my score), /privacy, /delete and a
restart of the bot mid-chat. Every figure is worked out by hand from shared/reference/RULES.md in comments.

Arithmetic used throughout (RULES.md 1): hours accrue per calendar day at hours_per_week / 7, at most 30 h a
week (30/7 a day) summed over all jobs; 1,560 h need 364 days at the cap. The application day is 2026-11-27
(TODAY), its 3-year window 2023-11-27..2026-11-26 (the day itself is not in it). The occupation (NOC unit
group) with the most hours sets the level: TEER 0/1 CLB 7, TEER 2/3 CLB 5, a tie CLB 7. A test counts for
2 years. IELTS 8/7/7/7 is CLB 9 in each ability; IELTS 5.5/5/5.5/5.5 is CLB 6 in each (RULES.md 2).
"""

from __future__ import annotations

import pathlib
from typing import Any

from flows.texts import catalog

from .bot_fixtures import Bot, bot_on
from .fake_telegram import Chat, FakeTelegram, StoredMessage

CLB_9 = "8 7 7 7"
CLB_6 = "5.5 5 5.5 5.5"
CLB_6_FR = "5,5 5 5,5 5,5"


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


def month_button(lang: str, year: int, month: int) -> str:
    c = catalog(lang)
    return c.t("format_extra.month_year", month=c.texts["format.months"][month - 1], year=year)


class Person:
    """One person's chat. Steps written "[label]" are taps (on the latest message showing such a button, as a
    person scrolls up to the result's buttons), others are typed; each returns what the bot showed back."""

    def __init__(self, bot: Bot, tg: FakeTelegram, lang: str, user_id: int = 1001) -> None:
        self.tg, self.lang, self.user_id = tg, lang, user_id
        self.attach(bot)

    def attach(self, bot: Bot) -> None:
        """Talk to this run of the bot (a restarted bot is a new application on the same database)."""
        self.bot = bot
        self.chat = Chat(bot.app, self.tg, user_id=self.user_id, language_code=self.lang)

    @staticmethod
    def _text(messages: list[StoredMessage]) -> str:
        return "\n\n".join(m.shown_text or "" for m in messages)

    async def step(self, step: str) -> str:
        if not (step.startswith("[") and step.endswith("]")):
            return await self._with_details(await self.chat.send(step))
        label = step[1:-1]
        for message in reversed(self.chat.bot_messages):
            if any(label in button for button in message.buttons):
                return await self._with_details(await self.chat.click(label, message_id=message.message_id))
        raise AssertionError(f"no button {label!r} in the chat")

    async def _with_details(self, shown: list[StoredMessage]) -> str:
        """A verdict's first screen, then its details as the person reads them after tapping "Details" (issue
        16: the requirements, hours and next steps are one tap away)."""
        details = catalog(self.lang).t("results.details")
        for message in shown:
            if details in message.buttons:
                return self._text(shown) + "\n\n" + self._text(await self.chat.click(details,
                                                                                  message_id=message.message_id))
        return self._text(shown)

    async def play(self, *steps: str) -> str:
        said = ""
        for step in steps:
            said = await self.step(step)
        return said

    @property
    def answers(self) -> dict[str, Any]:
        session = self.bot.repository.load_session(self.user_id)
        assert session is not None
        return session.answers


def job(code: str, start: str, end: str | None = None, hours: str = "30", *, student: str = "No",
        studies_end: str | None = None, authorized: str = "Yes", more: bool = False,
        fr: bool = False) -> list[str]:
    """The steps of one job in Canada, from its title (or code) to "add another job?"."""
    yes, no = ("[Oui]", "[Non]") if fr else ("[Yes]", "[No]")
    by_word = {"Yes": yes, "No": no}
    steps = [code, start, yes if end is None else no, *([] if end is None else [end]), f"[{hours}]", yes, yes,
             by_word.get(student, f"[{student}]")]
    steps += [] if studies_end is None else [studies_end]
    return [*steps, by_word.get(authorized, f"[{authorized}]"), yes if more else no]


def by_teer(title: str, teer: int, *, fr: bool = False) -> list[str]:
    """A job title typed, then "None of these", then a TEER level tapped."""
    none = "[Aucune : choisir la catégorie FEER]" if fr else "[None of these: choose by TEER]"
    return [title, none, f"[{'FEER' if fr else 'TEER'} {teer} ·]"]


def ielts(date: str, scores: str, *, fr: bool = False) -> list[str]:
    return ["[IELTS General Training]", date, scores, "[Non]" if fr else "[No]"]


START = ["/start", "[No]", "[Yes]"]  # not Quebec; a paid job in Canada
DEBUT = ["/start", "[Non]", "[Oui]"]


# -- (a) "Until my studies ended" ----------------------------------------------------------------------------
async def test_p01_graduate_who_kept_the_job_sees_the_day_in_the_verdict_chart_and_reminders(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 21232 (TEER 1) from 2024-09-01 at 40 h, a full-time student until 2026-04-30. Hours count from 2026-05-01:
    # to 2026-11-26 that is 31+30+31+31+30+31+26 = 210 days x 30/7 = 900 h (210 x 10/7 = 300 h above the cap).
    # 1,560 h need 364 days: 2026-05-01..2027-04-29, so an application on 2027-04-30. While studying:
    # 2024-09-01..2026-04-30 = 365 + 242 = 607 days x 40/7 = 3,468.6 h. IELTS of 2025-06-01 expires 2027-06-01,
    # 32 days after that day: within the ~4 months RULES.md warns of. Reminders: 90 days before expiry
    # 2027-03-03, 30 days before 2027-05-02.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        await me.play(*START, "21232", "2024-09-01", "[Yes]", "[40]", "[Yes]", "[Yes]")
        said = await me.step("[Until my studies ended]")
        assert "In job 1, when did you stop being a full-time student?" in said
        said = await me.play("2026-04-30", "[Yes]", "[No]", *ielts("2025-06-01", CLB_9))
        assert "⏳ Not yet eligible: you should qualify on April 30, 2027" in said
        assert "900 hours of your work count from November 27, 2023 to November 26, 2026" in said
        assert "Not counted: 3,469 h worked while a full-time student and 300 h above 30 hours a week" in said
        assert "Job 1, NOC 21232 (TEER 1): 900 h count, from the day after your full-time studies ended." in said
        assert "Your language test expires on June 1, 2027" in said
        assert "I can't tell yet" not in said  # every answer is exact

        chart = await me.step("[🗓️ Hours chart]")
        assert "For an application made on November 27, 2026, 900 hours of your work count" in chart
        assert "If your current work goes on as it is, you reach 1,560 hours on April 30, 2027." in chart
        assert "Your language test expires on June 1, 2027." in chart
        assert "Not counted: job 1, work while a full-time student, from September 1, 2024 to April 30, " \
            "2026." in chart

        offer = await me.step("[🔔 Remind me]")
        assert "April 30, 2027: the day you should become eligible (1,560 hours of work" in offer
        assert "March 3, 2027: 90 days before your IELTS General Training result expires on June 1, 2027" in offer
        assert "May 2, 2027: 30 days before your IELTS General Training result expires on June 1, 2027" in offer
        assert "🔔 Reminders are on." in await me.step("[🔔 Yes, remind me]")
        assert me.answers["jobs"][0]["job_student"] == "partly"
    bot.errors.check()


async def test_p02_la_diplomee_qui_a_garde_son_emploi_et_presenterait_sa_demande_en_mai(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # The p01 person in French. Applying on 2027-05-01: the window is 2024-05-01..2027-04-30, hours from
    # 2026-05-01: 365 days x 30/7 = 1,564.3 h, TEER 1 alone: NCLC 7, met by NCLC 9; test valid to 2027-06-01.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "fr")
        await me.play(*DEBUT, "21232", "2024-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]")
        said = await me.step("[Jusqu'à la fin de mes études]")
        assert "Pendant l'emploi 1, à quelle date vos études à temps plein ont-elles pris fin ?" in said
        said = await me.play("2026-04-30", "[Oui]", "[Non]", *ielts("2025-06-01", CLB_9, fr=True))
        assert "Pas encore admissible" in said and "30 avril 2027" in said
        assert "900 h de travail admissible du 27 novembre 2023 au 26 novembre 2026" in said
        assert "CNP 21232 (FEER 1) : 900 h comptées, à partir du lendemain de la fin de vos études à " \
            "temps plein." in said

        chart = await me.step("[🗓️ Graphique des heures]")
        assert "Si votre emploi actuel se poursuit au même rythme, vous atteindrez 1 560 heures le 30 avril " \
            "2027." in chart
        assert "Ne compte pas : emploi 1, travail pendant des études à temps plein, du 1er septembre 2024 au " \
            "30 avril 2026." in chart

        offer = await me.step("[🔔 M'envoyer des rappels]")
        assert "30 avril 2027 : le jour où vous devriez devenir admissible (1 560 heures de travail" \
            in offer
        assert "3 mars 2027 : 90 jours avant l'expiration de votre résultat IELTS General Training, le 1er juin " \
            "2027" in offer

        await me.step("[📅 Et si je présente ma demande plus tard ?]")
        later = await me.step(f"[{month_button('fr', 2027, 5)}]")
        assert "1er mai 2027" in later
        assert "✅ Vous semblez admissible à la catégorie de l'expérience canadienne" in later
        assert "1 564 h de travail admissible du 1er mai 2024 au 30 avril 2027" in later
    bot.errors.check()


async def test_p03_studies_ended_in_a_month_without_the_day_then_the_exact_day(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # Studies ended "April 2026". Favourable: on 2026-04-01, hours from 04-02, 364 days: eligible 2027-04-01.
    # Careful: on 04-30, eligible 2027-04-30 (the p01 figures, 900 h). Given exactly, 2026-04-10: hours from
    # 04-11 to 11-26 = 20+31+30+31+31+30+31+26 = 230 days x 30/7 = 985.7 h; 04-11 + 364 days = 2027-04-10.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        said = await me.play(*START, *job("21232", "2024-09-01", hours="40", student="Until my studies ended",
                                          studies_end="April 2026"), *ielts("2025-06-01", CLB_9))
        assert "❔ I can't tell yet" in said
        assert "Read the most favourable way: eligible from April 1, 2027. Read the careful way: eligible from " \
            "April 30, 2027." in said
        assert "Job 1 · end of full-time studies: you gave April 2026 without the day." in said
        assert "⏳ Not yet eligible: you should qualify on April 30, 2027" in said  # the careful reading
        said = await me.step("[✏️ Job 1 · end of full-time studies]")
        assert "In job 1, when did you stop being a full-time student?" in said
        said = await me.step("2026-04-10")
        assert "I can't tell yet" not in said
        assert "⏳ Not yet eligible: you should qualify on April 10, 2027" in said
        assert "986 hours of your work count" in said
        assert "✏️" not in " ".join(me.chat.buttons)
    bot.errors.check()


async def test_p04_an_end_of_studies_outside_the_job_is_refused_kindly_and_asked_again(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # Job from 2025-03-01; "studies ended 2025-01-15" is before it: refused, same question. Then 2025-12-19:
    # hours from 2025-12-20 to 2026-11-26 = 12 + 330 = 342 days x 30/7 = 1,465.7 h; 2025-12-20 + 364 days =
    # 2026-12-19.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        await me.play(*START, "21232", "2025-03-01", "[Yes]", "[30]", "[Yes]", "[Yes]", "[Until my studies ended]")
        said = await me.step("2025-01-15")
        assert "That is before job 1 started" in said
        assert "In job 1, when did you stop being a full-time student?" in said
        assert "job_student_end" not in me.answers["jobs"][0]
        said = await me.play("2025-12-19", "[Yes]", "[No]", *ielts("2025-06-01", CLB_9))
        assert "⏳ Not yet eligible: you should qualify on December 19, 2026" in said
        assert "1,466 hours of your work count" in said
    bot.errors.check()


# -- (b) the level that applies on the day 1,560 h are reached ------------------------------------------------
async def test_p05_a_cook_turned_developer_is_told_the_level_rises_and_january_is_checked_the_same_way(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # Cook 63200 (TEER 3) 2026-01-01..06-30: 181 days x 30/7 = 775.7 h. Developer 21232 (TEER 1) from 2026-07-01:
    # 31+31+30+31+26 = 149 days = 638.6 h. Today 1,414.3 h, the cook leads: CLB 5, met by CLB 6; hours short.
    # 1,560 h = 364 days: 34 more, so an application on 2026-12-31, when the developer has 183 days = 784.3 h and
    # leads: CLB 7, not met, and it keeps leading (the cook's hours stay in the window until 2029): not eligible,
    # with the warning. Applying 2027-01-01: developer 184 days = 788.6 h, total 1,564.3 h, CLB 7 unmet.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        said = await me.play(*START, *job("63200", "2026-01-01", "2026-06-30", more=True),
                             *job("21232", "2026-07-01"), *ielts("2026-01-10", CLB_6))
        assert "❌ Not eligible for the Canadian Experience Class for now" in said
        assert "1,414 hours of your work count" in said
        assert "That meets CLB 5 in all four abilities." in said
        assert "On December 31, 2026, when you reach 1,560 hours, the occupation with the most of them will be " \
            "NOC 21232 (TEER 1), which needs CLB 7 in each ability" in said

        await me.step("[📅 What if I apply later?]")
        later = await me.step(f"[{month_button('en', 2027, 1)}]")
        assert "📅 Assessed as if you apply on January 1, 2027." in later
        assert "❌ Not eligible" in later
        assert "1,564 hours of your work count from January 1, 2024 to December 31, 2026" in later
        assert "CLB 7 in listening (you have CLB 6)" in later
        # 775.71 h + 788.57 h = 1,564.29, said 1,564: the lines add up to it (776 + 788; each rounded alone, 789)
        assert "Job 1, NOC 63200 (TEER 3): 776 h count." in later
        assert "Job 2, NOC 21232 (TEER 1): 788 h count." in later

        offer = await me.step("[🔔 Remind me]")
        assert "become eligible" not in offer  # no day is promised to someone not eligible
        assert "a yearly reminder" in offer
    bot.errors.check()


async def test_p06_le_cuisinier_devenu_developpeur_lit_l_avertissement_en_francais(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # The p05 person in French: same figures, the warning and the January check in French.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "fr")
        said = await me.play(*DEBUT, *job("63200", "2026-01-01", "2026-06-30", more=True, fr=True),
                             *job("21232", "2026-07-01", fr=True), *ielts("2026-01-10", CLB_6_FR, fr=True))
        assert "❌ Non admissible" in said
        assert "1 414 h de travail admissible" in said
        assert "Le 31 décembre 2026, quand vous atteindrez 1 560 heures" in said
        assert "CNP 21232 (FEER 1), qui exige le NCLC 7 dans chaque compétence" in said
        await me.step("[📅 Et si je présente ma demande plus tard ?]")
        later = await me.step(f"[{month_button('fr', 2027, 1)}]")
        assert "1er janvier 2027" in later and "❌ Non admissible" in later
        assert "1 564 h de travail admissible du 1er janvier 2024 au 31 décembre 2026" in later
        assert "NCLC 7 en compréhension de l'oral (votre niveau : NCLC 6)" in later
    bot.errors.check()


# -- (c) inexact answers and their edit buttons ---------------------------------------------------------------
async def test_p07_a_start_month_without_the_day_decides_and_the_exact_day_settles_it(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 21232 from "November 2025" at 30 h. From 2025-11-01: 391 days, eligible. From 2025-11-30 (careful):
    # 2025-11-30..2026-11-26 = 362 days x 30/7 = 1,551.4 h; 364 days end 2026-11-28, so eligible from 2026-11-29.
    # Exact 2025-11-10: 382 days x 30/7 = 1,637.1 h: eligible.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        said = await me.play(*START, *job("21232", "November 2025"), *ielts("2025-06-01", CLB_9))
        assert "Read the most favourable way: eligible. Read the careful way: eligible from November 29, 2026." \
            in said
        assert "Job 1 · start: you gave November 2025 without the day." in said
        assert "⏳ Not yet eligible: you should qualify on November 29, 2026" in said
        assert "1,551 hours of your work count" in said
        await me.step("[✏️ Job 1 · start]")
        said = await me.step("2025-11-10")
        assert "✅ You appear eligible for the Canadian Experience Class" in said
        assert "1,637 hours of your work count" in said and "I can't tell yet" not in said
        assert me.answers["jobs"][0]["job_start"] == "2025-11-10"
    bot.errors.check()


async def test_p08_two_start_months_decide_together_and_each_edit_narrows_it(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # Cook 63200 and developer 21232, each 15 h from "June 2025" (30 h together: no cap lost). Hours are plenty
    # either way (>= 515 days x 30/7 = 2,207 h); the leader decides: cook ahead means CLB 5 (met by CLB 6),
    # developer ahead or a tie means CLB 7. Careful reading: equal starts, 515 days each x 15/7 = 1,103.6 h:
    # a tie, not eligible. Both starts decide. Cook given as 2025-06-01 (544 days, 1,165.7 h): the careful
    # reading of the developer's month is 06-01 again, a tie: still not eligible, only job 2 decides.
    # Developer given as 2025-06-20: 525 days x 15/7 = 1,125 h; the cook leads: CLB 5, eligible, exact.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        said = await me.play(*START, *job("63200", "June 2025", hours="15", more=True),
                             *job("21232", "June 2025", hours="15"), *ielts("2026-01-10", CLB_6))
        assert "Read the most favourable way: eligible. Read the careful way: not eligible." in said
        assert "Job 1 · start: you gave June 2025 without the day." in said
        assert "Job 2 · start: you gave June 2025 without the day." in said
        assert "Job 1, NOC 63200 (TEER 3): 1,104 h count." in said
        await me.step("[✏️ Job 1 · start]")
        said = await me.step("2025-06-01")
        assert "Read the careful way: not eligible." in said
        assert "Job 1 · start: you gave" not in said and "Job 2 · start: you gave June 2025" in said
        await me.step("[✏️ Job 2 · start]")
        said = await me.step("2025-06-20")
        assert "✅ You appear eligible for the Canadian Experience Class" in said
        assert "I can't tell yet" not in said
        assert "CLB 5 applies because the occupation in which you have the most qualifying hours is TEER 2 or 3." \
            in said
        assert "Job 1, NOC 63200 (TEER 3): 1,166 h count." in said
        assert "Job 2, NOC 21232 (TEER 1): 1,125 h count." in said
    bot.errors.check()


async def test_p09_pas_certaine_de_son_autorisation_puis_oui(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 21232 2025-06-01..2026-05-31 at 30 h: 365 days x 30/7 = 1,564.3 h, if authorized. "Je ne sais pas":
    # favourable eligible, careful 0 h (work without authorization does not count, RULES.md 1): not eligible.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "fr")
        said = await me.play(*DEBUT, *job("21232", "2025-06-01", "2026-05-31", authorized="Je ne sais pas",
                                          fr=True), *ielts("2025-06-01", CLB_9, fr=True))
        assert "❔ Je ne peux pas encore trancher" in said
        assert "Lecture la plus favorable : admissible. Lecture prudente : non admissible." in said
        assert "Emploi 1 · autorisé : " in said
        assert "vous avez 0 h de travail admissible" in said
        # issue 15: said as unknown, not as "sans autorisation"
        assert "1 564 h pour lesquelles vous n'étiez pas certain(e) de votre permis de travail" in said
        await me.step("[✏️ Emploi 1 · autorisé]")
        said = await me.step("[Oui]")
        assert "✅ Vous semblez admissible à la catégorie de l'expérience canadienne" in said
        assert "1 564 h de travail admissible" in said and "trancher" not in said
        assert me.answers["jobs"][0]["job_authorized"] != "unsure"
    bot.errors.check()


# -- (d) jobs given by TEER alone ----------------------------------------------------------------------------
async def test_p10_two_jobs_given_by_teer_2_may_be_one_occupation_so_clb_7_is_asked(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # TEER 2 2025-01-01..06-30: 181 days = 775.7 h; TEER 2 2025-07-01..12-31: 184 days = 788.6 h; 21232 from
    # 2026-01-01: 330 days = 1,414.3 h. Total 2,978.6 h. One TEER 2 occupation: 1,564.3 h leads, CLB 5; two:
    # 21232 leads, CLB 7. Careful: CLB 7 (reason teer_only), not met by CLB 6: not eligible.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        said = await me.play(*START, *by_teer("welder", 2), *job("", "2025-01-01", "2025-06-30", more=True)[1:],
                             *by_teer("welder", 2), *job("", "2025-07-01", "2025-12-31", more=True)[1:],
                             *job("21232", "2026-01-01"), *ielts("2026-01-10", CLB_6))
        assert "❌ Not eligible for the Canadian Experience Class for now" in said
        assert "2,979 hours of your work count" in said
        assert "Some of your jobs were given by their TEER level alone" in said
        assert "so we ask for CLB 7, the safer choice. Give their NOC codes for an exact answer." in said
        assert "Job 1, TEER 2: 776 h count." in said and "Job 2, TEER 2: 789 h count." in said
    bot.errors.check()


async def test_p11_the_same_two_jobs_given_one_noc_code_need_clb_5(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    # p10's person gives the welders' code 72106 (TEER 2) to both: one occupation of 1,564.3 h leads 21232's
    # 1,414.3 h: CLB 5, met by CLB 6: eligible.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        said = await me.play(*START, *job("72106", "2025-01-01", "2025-06-30", more=True),
                             *job("72106", "2025-07-01", "2025-12-31", more=True),
                             *job("21232", "2026-01-01"), *ielts("2026-01-10", CLB_6))
        assert "✅ You appear eligible for the Canadian Experience Class" in said
        assert "CLB 5 applies because the occupation in which you have the most qualifying hours is TEER 2 or 3." \
            in said
        assert "TEER level alone" not in said
    bot.errors.check()


async def test_p12_un_seul_emploi_indique_par_sa_categorie_feer_reste_une_seule_profession(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # One TEER 2 job 2025-01-01..12-31: 365 days = 1,564.3 h, necessarily one occupation, and it cannot be 21232
    # (TEER 1, 330 days = 1,414.3 h): it leads whatever its code, CLB 5, met by CLB 6: eligible, no teer_only.
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "fr")
        said = await me.play(*DEBUT, *by_teer("soudeur", 2, fr=True),
                             *job("", "2025-01-01", "2025-12-31", more=True, fr=True)[1:],
                             *job("21232", "2026-01-01", fr=True), *ielts("2026-01-10", CLB_6_FR, fr=True))
        assert "✅ Vous semblez admissible à la catégorie de l'expérience canadienne" in said
        # 1 564,29 h + 1 414,29 h = 2 978,57, dit 2 979 : les lignes en font la somme (la somme arrondie l'emporte)
        assert "Emploi 1, FEER 2 : 1 565 h comptées." in said and "1 414 h comptées." in said
        assert "Le NCLC 5 s'applique, car la profession où vous avez le plus d'heures admissibles est de " \
            "catégorie FEER 2 ou 3." in said
        assert "seule catégorie FEER" not in said
    bot.errors.check()


# -- (e) a foreign credential with its ECA plus a Canadian one ------------------------------------------------
ELIGIBLE_DEVELOPER = ["21232", "2025-09-01", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]", "[No]"]
TWO_CREDENTIALS_EN = ["[📊 Estimate my CRS]", "1997-03-10", "[Single]", "[Bachelor's or 3+ year program]",
                      "[Outside Canada, with an ECA]", "[Yes, a one- or two-year credential]", "[2 years]",
                      "[No]", "[No]", "[No]"]


async def test_p13_foreign_bachelors_with_eca_and_a_canadian_diploma_score_as_two_credentials(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # 21232 from 2025-09-01 at 40 h: 452 days x 30/7 = 1,937 h, eligible; 1 year of Canadian work for the CRS.
    # Single, 29 (born 1997-03-10), foreign bachelor's with ECA + a Canadian 1-2 year credential = two or more,
    # one of 3+ years: 128 (RULES.md 3). Core 110 + 128 + 4 x 31 + 40 = 402. Transferability: education
    # (50 + 25, capped 50) + foreign work 2 years (25 + 13) = 88. Additional: Canadian credential 15. 505.
    # Raise: TEF NCLC 7: 4 x 3 + 50 = +62 (567). 2 years of Canadian work on 2027-08-30 (728 days from
    # 2025-09-01): age 30 (-5), work 53 (+13), foreign x Canadian 25 (+12, capped 50): 525. CLB 10: +12 (517).
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        await me.play(*START, *ELIGIBLE_DEVELOPER, *ielts("2025-06-01", CLB_9))
        said = await me.play(*TWO_CREDENTIALS_EN)
        assert "CRS estimate: 505 points" in said
        assert "Core 402 · spouse 0 · skill transferability 88 · additional 15" in said
        assert "• Education: 128" in said and "• Canadian education: 15" in said
        plan = await me.step("[📈 How can I raise my score?]")
        assert "What would raise your score (now 505)" in plan
        assert "TEF Canada at NCLC 7 or more in all four abilities" in plan and "+62 points" in plan
        assert "On August 30, 2027 you complete 2 years of skilled Canadian work" in plan
        assert "your estimate that day is 525 (+20 points)" in plan
        assert "CLB 10 or more in all four abilities" in plan and "+12 points" in plan
        assert "ECA" not in plan  # the ECA is already there: nothing to offer about it
    bot.errors.check()


async def test_p13b_the_two_credentials_warning_reaches_the_person(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    # Same person as p13: the assessment carries the warning "Your foreign credential (with its ECA) and your
    # separate Canadian credential count together as two or more credentials ..." (eligibility/assess.py), the
    # only place the 128 of "Education" is explained; after the CRS questions nothing shows it (nor the full
    # verdict, nor "What if I apply later?", which shows the CRS view again).
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        await me.play(*START, *ELIGIBLE_DEVELOPER, *ielts("2025-06-01", CLB_9))
        said = await me.play(*TWO_CREDENTIALS_EN)
        assert "CRS estimate: 505 points" in said
        assert t("en", "warning.education_two_credentials") in said
    bot.errors.check()


async def test_p14_un_diplome_etranger_d_un_an_avec_ede_et_un_baccalaureat_canadien(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # Single, 32 (born 1994-05-20): age 94. A foreign one-year program with ECA + a Canadian 3+ year credential:
    # two or more, 128. Core 94 + 128 + 124 + 40 = 386; transferability education (50 + 25, capped 50) = 50,
    # no foreign work; additional: Canadian credential of 3+ years 30. Total 466.
    # Raise: TEF NCLC 7 +62 (528); CLB 10 +12 (478); 2 years on 2027-08-30: age 33 (-6), work +13: 473 (+7).
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "fr")
        await me.play(*DEBUT, "21232", "2025-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]", "[Oui]", "[Non]",
                      *ielts("2025-06-01", CLB_9, fr=True))
        said = await me.play("[📊 Estimer mon score SCG]", "1994-05-20", "[Célibataire]",
                             "[Programme postsecondaire d'un an]", "[Hors du Canada, avec une EDE]",
                             "[Oui, de 3 ans ou plus]", "[Aucune]", "[Non]", "[Non]", "[Non]")
        assert "Score SCG estimé : 466 points" in said
        assert "Facteurs de base 386 · époux ou conjoint de fait 0 · transférabilité des compétences 50 · " \
            "points supplémentaires 30" in said
        assert "• Études : 128" in said and "• Études au Canada : 30" in said
        plan = await me.step("[📈 Comment augmenter mon score ?]")
        assert "Ce qui augmenterait votre score (actuellement 466)" in plan
        assert "+62 points" in plan and "Avec ce changement, 528" in plan
        assert "Le 30 août 2027, vous aurez 2 ans d'expérience de travail qualifié au Canada" in plan
        assert "sera de 473 (+7 points)" in plan
    bot.errors.check()


# -- the bot restarted mid-chat; /privacy, /delete then /start ---------------------------------------------
async def test_p15_le_bot_redemarre_pendant_la_question_de_fin_des_etudes(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # The p01 person in French, the bot restarted just after "Jusqu'à la fin de mes études": /start brings back
    # the end-of-studies question, and the verdict is p01's (900 h, 2027-04-30).
    db = tmp_path / "bot.db"
    async with bot_on(tg, db) as bot:
        me = Person(bot, tg, "fr")
        await me.play(*DEBUT, "21232", "2024-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]",
                      "[Jusqu'à la fin de mes études]")
    bot.errors.check()
    async with bot_on(tg, db) as bot:
        me.attach(bot)
        said = await me.step("/start")
        assert t("fr", "bot.resume_or_restart") in said
        assert t("fr", "q.job_student_end.text", job=1) in said
        said = await me.play("2026-04-30", "[Oui]", "[Non]", *ielts("2025-06-01", CLB_9, fr=True))
        assert "Pas encore admissible" in said and "30 avril 2027" in said
        assert "900 h de travail admissible" in said
    bot.errors.check()


async def test_p16_privacy_then_delete_leaves_nothing_and_start_begins_anew(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        said = await me.play(*START, *ELIGIBLE_DEVELOPER, *ielts("2025-06-01", CLB_9))
        assert "✅ You appear eligible" in said
        await me.play("[🔔 Remind me]", "[🔔 Yes, remind me]")
        privacy = await me.step("/privacy")
        assert "What I store:" in privacy and "/delete" in privacy
        assert "Reminders (only if you turn them on with 🔔)" in privacy
        assert bot.repository.rows_about(me.user_id) > 0
        assert t("en", "bot.delete_confirm") in await me.step("/delete")
        assert t("en", "bot.deleted") in await me.step("[🗑️ Yes, delete everything]")
        assert bot.repository.rows_about(me.user_id) == 0
        assert bot.repository.load_session(me.user_id) is None
        assert bot.repository.reminder_settings(me.user_id) is None
        said = await me.step("/start")
        assert "Welcome back" not in said
        assert t("en", "q.quebec.text") in said
    bot.errors.check()


# -- (b) again: the level rises on the day 1,560 h are reached, then falls back ---------------------------------
# Cook 63200 (TEER 3) 30 h 2023-09-01..12-31, developer 21232 (TEER 1) 30 h 2024-02-01..03-31 (60 days, 2024 is
# a leap year), then both again at 15 h: the cook from 2026-02-10 (290 days to 2026-11-26), the developer from
# 2026-04-20 (221 days). Today: cook 35 days x 30/7 = 150 (2023-11-27..12-31) + 290 x 15/7 = 621.4, so 771.4;
# developer 60 x 30/7 = 257.1 + 221 x 15/7 = 473.6, so 730.7; 1,502.1 h, the cook leads: CLB 5, met by CLB 6.
# Until 2027-01-01 the cook's 2023 days leave the window as fast as new days come (30/7 a day): 1,502.1 h; then
# +30/7 a day: 57.9 h more take 14 days, so 1,560 h on an application of 2027-01-15. Both 15 h jobs gained
# 49 x 15/7 = 105 h by then: developer 835.7 > cook 726.4: CLB 7, not met. From an application of 2027-02-02 the
# developer's 2024 days leave (30/7 a day) while each job gains 15/7: the lead of 109.3 h shrinks by 30/7 a
# day and turns on the 26th, 2027-02-27: CLB 5 again, with >= 1,560 h. Applying 2027-03-01: the developer's
# 2024-03 days (31 x 30/7 = 132.9) are left; the 2024-02 days (29) went out, 28 days of 2027-02 came in:
# 1,635 - 4.3 = 1,630.7 h, cook 823 > developer 808: eligible.
LEVEL_RISES_THEN_FALLS = [
    *job("63200", "2023-09-01", "2023-12-31", more=True), *job("21232", "2024-02-01", "2024-03-31", more=True),
    *job("63200", "2026-02-10", hours="15", more=True), *job("21232", "2026-04-20", hours="15"),
    *ielts("2026-01-10", CLB_6)]


async def test_p17_the_developer_lead_passes_and_the_day_given_is_when_clb_5_applies_again(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        said = await me.play(*START, *LEVEL_RISES_THEN_FALLS)
        assert "⏳ Not yet eligible: you should qualify on February 27, 2027" in said
        assert "1,502 hours of your work count" in said and "That meets CLB 5 in all four abilities." in said
        assert "On January 15, 2027, when you reach 1,560 hours, the occupation with the most of them will be " \
            "NOC 21232 (TEER 1), which needs CLB 7 in each ability, above your results" in said
        assert "the level your results meet applies again from February 27, 2027." in said

        await me.step("[📅 What if I apply later?]")
        february = await me.step(f"[{month_button('en', 2027, 2)}]")
        assert "❌ Not eligible" in february and "CLB 7 in listening (you have CLB 6)" in february
        await me.step("[📅 What if I apply later?]")
        march = await me.step(f"[{month_button('en', 2027, 3)}]")
        assert "✅ You appear eligible for the Canadian Experience Class" in march
        assert "1,631 hours of your work count from March 1, 2024 to February 28, 2027" in march
        assert "Job 3, NOC 63200 (TEER 3): 823 h count." in march
    bot.errors.check()


async def test_p17b_the_reminder_does_not_say_the_hours_are_reached_on_the_day_the_level_falls(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        await me.play(*START, *LEVEL_RISES_THEN_FALLS)
        offer = await me.step("[🔔 Remind me]")
        assert "February 27, 2027" in offer  # the eligible day is offered ...
        assert "February 27, 2027: the day you should reach 1,560 hours" not in offer  # ... but not as this
        assert "February 27, 2027: the day you should become eligible (1,560 hours of work, and the language " \
            "level that then applies)" in offer
    bot.errors.check()


# -- (e) again: the same person before the ECA ---------------------------------------------------------------
NO_ECA_EN = ["[📊 Estimate my CRS]", "1997-03-10", "[Single]", "[Bachelor's or 3+ year program]",
             "[Outside Canada, no ECA (yet)]", "[Yes, a one- or two-year credential]", "[2 years]", "[No]", "[No]",
             "[No]"]


async def test_p18_without_the_eca_the_canadian_diploma_counts_and_the_eca_is_offered(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    # p13's person before the ECA: the foreign bachelor's earns 0, the Canadian 1-2 year credential counts at
    # the lowest level it can be, a one-year program: 90. Core 110 + 90 + 124 + 40 = 364; transferability
    # post-secondary (25 + 13) + foreign work (25 + 13) = 76; additional 15. 455. The ECA makes it p13's 505:
    # +50. 2 years of Canadian work on 2027-08-30: age -5, work +13, education x Canadian work 25 (+12),
    # foreign x Canadian work 25 (+12): 487 (+32).
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        await me.play(*START, *ELIGIBLE_DEVELOPER, *ielts("2025-06-01", CLB_9))
        said = await me.play(*NO_ECA_EN)
        assert "CRS estimate: 455 points" in said and "• Education: 90" in said
        plan = await me.step("[📈 How can I raise my score?]")
        assert "An Educational Credential Assessment (ECA) of your bachelor's or 3+ year credential, so that it " \
            "counts: +50 points." in plan
        assert "With this, 505" in plan
        assert "your estimate that day is 487 (+32 points)" in plan
    bot.errors.check()


async def test_p18b_the_person_is_told_why_the_bachelors_scores_90(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Person(bot, tg, "en")
        await me.play(*START, *ELIGIBLE_DEVELOPER, *ielts("2025-06-01", CLB_9))
        said = await me.play(*NO_ECA_EN)
        assert "CRS estimate: 455 points" in said
        assert t("en", "warning.education_canadian_counted") in said
    bot.errors.check()
