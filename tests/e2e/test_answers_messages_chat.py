"""Issue 6, message by message, in English and French: the occupation finder, "no job in Canada", date and
score buttons, dates and scores typed in words, the planned day, each refusal, the progress line and the CRS
count, and the education questions. Every expected sentence comes from the catalogs (flows/texts/*.toml).
"""

from __future__ import annotations

import datetime as dt
import itertools
import pathlib
import re
from typing import Any

import pytest

from eligibility.occupations import unit_group
from flows.parsing import Figure
from flows.texts import catalog

from .bot_fixtures import TODAY, Bot, bot_on
from .fake_telegram import Chat, FakeTelegram, StoredMessage

LANGS = ("en", "fr")


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


def match_label(lang: str, code: str) -> str:
    """A finder button as the catalog writes it, with the unit group's title in that language."""
    occupation = unit_group(code, lang)
    assert occupation is not None
    return t(lang, "finder.match", code=code, title=occupation.title, teer=occupation.teer)


def month_year(lang: str, year: int, month: int) -> str:
    c = catalog(lang)
    return c.t("format_extra.month_year", month=c.texts["format.months"][month - 1], year=year)


def short_month(lang: str, month: int) -> str:
    return str(catalog(lang).texts["format_extra.months_short"][month - 1])


def number(lang: str, value: float) -> str:
    """6.5 as the language writes it (6,5 in French)."""
    return f"{Figure(value):,}" if lang == "fr" else f"{Figure(value)}"


def crs_heading(lang: str) -> str:
    """The start of "CRS estimate: {total} points", before the number."""
    return t(lang, "verdict.crs", total="\0").split("\0")[0]


def echo_of_scores(lang: str, scores: dict[str, float]) -> str:
    return " · ".join(t(lang, "pair", label=t(lang, f"ability.{a}").capitalize(), value=number(lang, v))
                      for a, v in scores.items())


class Talk:
    """One person's chat: what they type or tap, and everything the bot showed in reply (edits included)."""

    def __init__(self, bot: Bot, tg: FakeTelegram, lang: str, user_id: int = 1001) -> None:
        self.bot, self.lang = bot, lang
        self.chat = Chat(bot.app, tg, user_id=user_id, language_code=lang)
        self.seen: list[str] = []  # the text of each reply, in order

    def t(self, key: str, **params: Any) -> str:
        return t(self.lang, key, **params)

    def _record(self, messages: list[StoredMessage]) -> str:
        text = "\n\n".join(m.shown_text or "" for m in messages)
        self.seen.append(text)
        return text

    async def say(self, text: str) -> str:
        return self._record(await self.chat.send(text))

    async def tap(self, label: str) -> str:
        return self._record(await self.chat.click(label))

    async def yes(self) -> str:
        return await self.tap(self.t("button.yes"))

    async def no(self) -> str:
        return await self.tap(self.t("button.no"))

    @property
    def buttons(self) -> list[str]:
        return self.chat.buttons

    @property
    def answers(self) -> dict[str, Any]:
        session = self.bot.repository.load_session(self.chat.user_id)
        assert session is not None
        return session.answers

    @property
    def state(self) -> str:
        session = self.bot.repository.load_session(self.chat.user_id)
        assert session is not None
        return session.state

    def kept(self) -> dict[str, Any]:
        """The answers themselves (without the bookkeeping keys), to check that a refusal changed none."""
        return {k: v for k, v in self.answers.items() if not k.startswith("_")}

    async def to_the_job_title(self) -> None:
        await self.say("/start")
        await self.no()  # not Quebec
        said = await self.yes()  # a paid job in Canada
        assert self.t("q.job_occupation.text", job=1) in said

    async def rest_of_an_ongoing_job(self) -> None:
        """From "do you still work there?": yes, 40 h, paid, employee, not a student, authorized, no more."""
        await self.yes()
        await self.tap("40")
        await self.yes()
        await self.yes()
        await self.no()  # a full-time student? (pressed by label: other options may be added)
        await self.yes()
        await self.no()

    async def ielts_8777(self) -> str:
        await self.tap(self.t("opt.test_kind.ielts_general"))
        await self.say("2025-06-01")
        await self.say("8 7 7 7")
        return await self.no()  # no other test: the verdict

    async def eligible_screening(self) -> None:
        await self.to_the_job_title()
        await self.say("21232")
        await self.say("2025-09-01")
        await self.rest_of_an_ongoing_job()
        said = await self.ielts_8777()
        assert self.t("verdict.title.eligible") in said


# -- 1. the occupation finder ------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "typed", "code"), [
    ("en", "software developer", "21232"),
    ("fr", "développeur de logiciels", "21232"),
    ("fr", "infirmière autorisée", "31301"),
])
async def test_a_typed_job_title_offers_occupations_to_tap(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                           lang: str, typed: str, code: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        said = await me.say(typed)
        assert me.t("finder.matches", job=1) in said
        *matches, none_of_these, type_again = me.buttons
        assert (none_of_these, type_again) == (me.t("finder.none_of_these"), me.t("finder.type_again"))
        assert 1 <= len(matches) <= 5
        for label in matches:  # "CODE · title · TEER n", each a real unit group
            assert label == match_label(lang, label.split(" · ")[0])
        assert matches[0] == match_label(lang, code)
        said = await me.tap(matches[0])
        assert f"✅ {match_label(lang, code)}" in said
        assert me.t("q.job_start.text", job=1) in said
        assert me.answers["jobs"][0]["job_occupation"] == {"noc": code}
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_none_of_these_leads_to_the_teer_levels(tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say("software developer" if lang == "en" else "développeur de logiciels")
        said = await me.tap(me.t("finder.none_of_these"))
        assert me.t("finder.by_teer", job=1, noc_finder="") in said
        teers = [me.t(f"opt.job_occupation.{teer}") for teer in range(6)]
        assert me.buttons == [*teers, me.t("finder.type_again")]
        said = await me.tap(me.t("opt.job_occupation.4"))
        # A TEER 4 job is said at once not to count, and why; its dates and hours matter nowhere, so the chat goes
        # on to "another job?" (issue 16).
        assert me.t("results.skip.teer_4_5", teer=4) in said
        assert me.t("q.job_more.text") in said
        assert me.answers["jobs"][0]["job_occupation"] == {"teer": 4}
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_type_it_again_asks_the_title_again_and_a_code_works(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                   lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say("nurse" if lang == "en" else "infirmière")
        said = await me.tap(me.t("finder.type_again"))
        assert me.t("q.job_occupation.text", job=1) in said and me.t("finder.type_prompt") in said
        assert "job_occupation" not in me.answers["jobs"][0]
        said = await me.say("21232")  # the code itself
        assert f"✅ {match_label(lang, '21232')}" in said
        assert me.t("q.job_start.text", job=1) in said
        assert me.answers["jobs"][0]["job_occupation"] == {"noc": "21232"}
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed"), [("en", "cashier"), ("fr", "caissière")])
async def test_a_teer_5_occupation_is_said_not_to_count_and_the_chat_goes_on(tg: FakeTelegram,
                                                                             tmp_path: pathlib.Path,
                                                                             lang: str, typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say(typed)
        assert match_label(lang, "65100") in me.buttons
        said = await me.tap(match_label(lang, "65100"))
        assert me.t("results.skip.teer_4_5", teer=5) in said
        assert me.t("q.job_more.text") in said  # nothing more about it is asked (issue 16)
        await me.no()
        verdict = await me.ielts_8777()
        assert me.t("verdict.title.not_eligible") in verdict  # the job is kept, its hours do not count
        assert me.t("results.skipped_job", job=1, teer=5) in verdict
        assert me.answers["jobs"][0]["job_occupation"] == {"noc": "65100"}
        stored = bot.repository.latest_verdict(me.chat.user_id)
        assert stored is not None and stored.result["verdict"] == "not_eligible"
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_a_title_that_finds_nothing_is_explained(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                       lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        said = await me.say("xqzvw blorf")
        assert me.t("finder.none_found", typed="xqzvw blorf") in said
        assert me.t("finder.by_teer_button") in me.buttons  # the question again offers the TEER levels
        assert me.state == "job_occupation" and "job_occupation" not in me.answers["jobs"][0]
        await me.say("software developer" if lang == "en" else "développeur de logiciels")
        assert me.buttons[0] == match_label(lang, "21232")  # the next try is searched as usual
    bot.errors.check()


@pytest.mark.parametrize("lang", LANGS)
async def test_a_title_that_finds_nothing_is_followed_by_the_same_question(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path,
                                                                           lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        said = await me.say("xqzvw blorf")
        assert me.t("finder.none_found", typed="xqzvw blorf") in said
        assert me.t("q.job_occupation.text", job=1) in said
    bot.errors.check()


# -- 2. no paid job in Canada ------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_no_paid_job_in_canada_says_plainly_the_program_needs_canadian_work(tg: FakeTelegram,
                                                                                 tmp_path: pathlib.Path,
                                                                                 lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.say("/start")
        assert me.t("q.canadian_work.text") in await me.no()
        said = await me.no()  # no paid job in Canada: no job question, straight to the language test
        assert me.t("q.test_kind.text") in said
        verdict = await me.ielts_8777()  # a good test result does not make up for it
        assert me.t("verdict.title.not_eligible") in verdict
        assert me.t("picker.no_canadian_work") in verdict
        assert me.t("verdict.title.eligible") not in verdict
        assert me.answers["canadian_work"] is False and me.answers["jobs"] == [{}]
        stored = bot.repository.latest_verdict(me.chat.user_id)
        assert stored is not None and stored.result["verdict"] == "not_eligible"
    bot.errors.check()


# -- 3. dates: buttons, and typed in words -----------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_date_buttons_year_month_day_with_the_day_skipped_and_earlier_years(tg: FakeTelegram,
                                                                                  tmp_path: pathlib.Path,
                                                                                  lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say("21232")
        recent = [str(year) for year in range(TODAY.year, TODAY.year - 6, -1)]
        assert me.buttons[:6] == recent and me.t("picker.earlier") in me.buttons
        said = await me.tap(me.t("picker.earlier"))
        assert me.t("picker.years") in said and me.t("q.job_start.text", job=1) in said
        assert me.buttons[:6] == [str(year) for year in range(TODAY.year - 6, TODAY.year - 12, -1)]
        assert me.t("picker.later") in me.buttons
        said = await me.tap("2019")
        assert me.t("picker.months", year=2019) in said
        assert me.buttons[:12] == [short_month(lang, m) for m in range(1, 13)]
        said = await me.tap(short_month(lang, 3))
        assert me.t("picker.days", month=month_year(lang, 2019, 3)) in said
        assert me.buttons == [str(d) for d in range(1, 32)] + [me.t("picker.no_day")]
        assert "job_start" not in me.answers["jobs"][0]  # paging writes nothing; only the last tap answers
        said = await me.tap(me.t("picker.no_day"))
        assert f"✅ {month_year(lang, 2019, 3)}" in said  # the month is kept without a day
        assert me.answers["jobs"][0]["job_start"] == "2019-03"
        said = await me.no()  # no longer in that job
        assert me.t("q.job_end.text", job=1) in said
        await me.tap(str(TODAY.year))
        # This year's months stop at the current one: a job cannot end in the future.
        assert me.buttons[:-1] == [short_month(lang, m) for m in range(1, TODAY.month + 1)]
        await me.tap(short_month(lang, 6))
        said = await me.tap("30")
        assert me.answers["jobs"][0]["job_end"] == f"{TODAY.year}-06-30"
        assert me.t("q.job_hours.text", job=1) in said
    bot.errors.check()


@pytest.mark.parametrize(("lang", "start", "end", "test_month", "test_day"), [
    ("en", "March 2024", "15 March 2025", "March 2025", "14 June 2025"),
    ("fr", "mars 2024", "15 mars 2025", "mars 2025", "14 juin 2025"),
])
async def test_dates_typed_in_words(tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, start: str, end: str,
                                    test_month: str, test_day: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say("21232")
        said = await me.say(start)
        assert f"✅ {month_year(lang, 2024, 3)}" in said
        await me.no()
        said = await me.say(end)
        assert me.t("q.job_hours.text", job=1) in said
        job = me.answers["jobs"][0]
        assert (job["job_start"], job["job_end"]) == ("2024-03", "2025-03-15")
        await me.say("40")
        for key in ("button.yes", "button.yes", "button.no", "button.yes", "button.no",
                    "opt.test_kind.ielts_general"):
            await me.tap(me.t(key))  # paid, employee, not a full-time student, authorized, no other job; the test
        said = await me.say(test_month)  # a month alone is taken, as the picker's "no day" (issue 15)
        assert me.answers["tests"][0]["test_date"] == "2025-03"
        said = await me.say("back" if lang == "en" else "retour")  # typed, as /back
        assert me.t("q.test_date.text") in said
        said = await me.say(test_day)
        assert me.answers["tests"][0]["test_date"] == "2025-06-14"
        assert me.t("q.score.text", test=me.t("test.ielts_general"), ability=me.t("ability.listening")) in said
    bot.errors.check()


# -- 4. scores: buttons, and all four in one message -------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_ielts_bands_and_celpip_levels_are_buttons(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                         lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say("21232")
        await me.say("2025-09-01")
        await me.rest_of_an_ongoing_job()
        await me.tap(me.t("opt.test_kind.ielts_general"))
        await me.say("2025-06-01")
        bands = [number(lang, 4 + i / 2) for i in range(11)]  # 4 to 9 in half steps
        assert me.buttons[:-1] == bands
        said = await me.tap(number(lang, 7.5))
        assert f"✅ {number(lang, 7.5)}" in said
        for band in (8, 6.5, 7):
            await me.tap(number(lang, band))
        said = await me.yes()  # another test
        assert me.t("q.test_kind.text") in said
        await me.tap(me.t("opt.test_kind.celpip_general"))
        await me.say("2025-05-01")
        assert me.buttons[:-1] == [str(level) for level in range(3, 13)]
        for level in ("9", "10", "9", "8"):
            await me.tap(level)
        said = await me.no()
        assert me.t("verdict.title.eligible") in said
        ielts, celpip = me.answers["tests"]
        assert [ielts[f"test_{a}"] for a in ("listening", "reading", "writing", "speaking")] == [7.5, 8, 6.5, 7]
        assert [celpip[f"test_{a}"] for a in ("listening", "reading", "writing", "speaking")] == [9, 10, 9, 8]
    bot.errors.check()


@pytest.mark.parametrize(("lang", "test", "typed", "scores"), [
    ("en", "ielts_general", "8 7 7 7", (8, 7, 7, 7)),
    ("en", "ielts_general", "L8 R7 W7 S7", (8, 7, 7, 7)),
    ("en", "ielts_general", "listening 8, reading 7, writing 6.5, speaking 7", (8, 7, 6.5, 7)),
    ("en", "celpip_general", "L9 R10 W9 S9", (9, 10, 9, 9)),
    ("fr", "ielts_general", "8 7 6,5 7", (8, 7, 6.5, 7)),
    ("fr", "ielts_general", "compréhension de l'oral 8, compréhension de l'écrit 7, expression écrite 6,5, "
                            "expression orale 7", (8, 7, 6.5, 7)),
    ("fr", "celpip_general", "CO 9 CE 10 EE 9 EO 9", (9, 10, 9, 9)),
])
async def test_four_scores_in_one_message_are_echoed_ability_by_ability(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, test: str, typed: str,
        scores: tuple[float, ...]) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say("21232")
        await me.say("2025-09-01")
        await me.rest_of_an_ongoing_job()
        await me.tap(me.t(f"opt.test_kind.{test}"))
        await me.say("2025-06-01")
        said = await me.say(typed)
        by_ability = dict(zip(("listening", "reading", "writing", "speaking"), scores, strict=True))
        assert f"✅ {echo_of_scores(lang, by_ability)}" in said
        assert me.t("q.test_more.text") in said  # past the four score questions at once
        stored = me.answers["tests"][0]
        assert {a: stored[f"test_{a}"] for a in by_ability} == by_ability
    bot.errors.check()


# -- 5. the planned day ------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_what_if_i_apply_later_recomputes_for_a_chosen_month(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                  lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say("21232")
        await me.say("2026-03-15")  # not a year of work yet
        await me.rest_of_an_ongoing_job()
        verdict = await me.ielts_8777()
        assert me.t("verdict.title.eligible") not in verdict
        stored = bot.repository.latest_verdict(me.chat.user_id)
        assert stored is not None and stored.result["verdict"] == "not_yet_eligible"
        said = await me.tap(me.t("plan.button"))
        assert me.t("plan.choose") in said
        assert month_year(lang, 2027, 4) in me.buttons and me.t("plan.today") in me.buttons
        said = await me.tap(month_year(lang, 2027, 4))
        assert me.t("plan.as_of", date=catalog(lang).date(dt.date(2027, 4, 1))) in said
        assert me.t("verdict.title.eligible") in said
        stored = bot.repository.latest_verdict(me.chat.user_id)
        assert stored is not None and stored.result["verdict"] == "eligible"
        await me.tap(me.t("plan.button"))
        said = await me.tap(me.t("plan.today"))  # and back to an application made today
        assert me.t("verdict.title.eligible") not in said
        assert me.t("plan.as_of", date=catalog(lang).date(dt.date(2027, 4, 1))) not in said
    bot.errors.check()


# -- 6. each refusal: what was understood, an accepted example, the same question, answers kept -------------
@pytest.mark.parametrize("lang", LANGS)
async def test_each_refusal_says_what_was_read_and_asks_the_same_question_again(tg: FakeTelegram,
                                                                                tmp_path: pathlib.Path,
                                                                                lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)

        async def refused(typed: str, problem: str, question: str, state: str) -> None:
            before = me.kept()
            said = await me.say(typed)
            assert f"⚠️ {problem}" in said, said
            assert question in said and said.index(problem) < said.index(question)
            assert me.state == state and me.kept() == before  # nothing written, earlier answers kept

        await me.to_the_job_title()
        await me.say("21232")
        start = me.t("q.job_start.text", job=1)
        await refused("since covid" if lang == "en" else "depuis le covid", me.t("err.date_format"), start,
                      "job_start")
        await refused("2024-02-30", me.t("err.date_impossible", typed="2024-02-30"), start, "job_start")
        await me.say("2025-01-01")
        await me.yes()
        hours = me.t("q.job_hours.text_ongoing", job=1)
        await refused("0", me.t("err.hours_zero"), hours, "job_hours")
        await me.say("40")
        for label in ("button.yes", "button.yes", "button.no", "button.yes", "button.no"):
            await me.tap(me.t(label))  # paid, employee, not a full-time student, authorized, no other job
        which = me.t("q.test_kind.text")
        none = me.t("opt.test_kind.none")
        await refused("IELTS Academic", me.t("err.test_not_accepted", test="IELTS Academic", none=none), which,
                      "test_kind")
        await refused("toefl", me.t("err.test_not_accepted", test="TOEFL", none=none), which, "test_kind")
        await me.tap(me.t("opt.test_kind.ielts_general"))
        await me.say("2025-06-01")
        said = await me.say(f"{number(lang, 7.5)} band")  # a score with its unit is read, not refused
        assert f"✅ {number(lang, 7.5)}" in said
        reading = me.t("q.score.text", test=me.t("test.ielts_general"), ability=me.t("ability.reading"))
        await refused(number(lang, 9.5), me.t("err.score_range_half", test="IELTS", low=0, high=9,
                                              value=Figure(9.5), example=Figure(6.5)), reading, "test_reading")
        await refused("8 7 7", me.t("err.scores_count", count=3, example="8 7 7 7"), reading, "test_reading")
        for score in ("8", "7", "7"):
            await me.say(score)
        assert me.answers["tests"][0]["test_listening"] == 7.5
        await me.no()
        await me.tap("📊")
        await me.say("1997-03-10")
        await me.tap(me.t("opt.marital.single"))
        await me.tap(me.t("opt.education_level.bachelor"))
        await me.tap(me.t("opt.education_where.abroad_eca"))
        await me.tap(me.t("opt.canadian_credential.none"))
        foreign = me.t("q.foreign_work.text")
        await refused("many", me.t("err.choice_years", low=0, high=3), foreign, "foreign_work")
        said = await me.say("5 years" if lang == "en" else "5 ans")  # more than the top option: "3 or more"
        assert f"✅ {me.t('opt.foreign_work.3')}" in said
        assert me.answers["foreign_work"] == "3"
        assert me.t("q.certificate.text") in said
    bot.errors.check()


# -- 7. the CRS offer's count and the progress line --------------------------------------------------------
def progress_pattern(lang: str) -> re.Pattern[str]:
    """ "<part> · question N of M" as the catalog writes it, at the start of a line."""
    before, rest = t(lang, "progress", number="\0", total="\1").split("\0")
    middle, after = rest.split("\1")
    return re.compile(rf"^(.+) · {re.escape(before)}(\d+){re.escape(middle)}(\d+){re.escape(after)}$", re.M)


def progress_of(lang: str, replies: list[str]) -> list[tuple[str, int]]:
    """(part, number) of each question shown, in order."""
    pattern = progress_pattern(lang)
    return [(m[1], int(m[2])) for reply in replies for m in pattern.finditer(reply)]


@pytest.mark.parametrize("lang", LANGS)
async def test_the_crs_offer_counts_this_persons_questions_and_progress_never_jumps(tg: FakeTelegram,
                                                                                    tmp_path: pathlib.Path,
                                                                                    lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say("21232")
        await me.say("2024-01-15")
        await me.no()  # the job ended: one more question appears in the work part
        await me.say("2025-12-31")
        for label in ("40", me.t("button.yes"), me.t("button.yes"), me.t("button.no"), me.t("button.yes"),
                      me.t("button.no"), me.t("opt.test_kind.ielts_general")):
            await me.tap(label)
        await me.say("2025-06-01")
        for score in ("8", "7", "7", "7"):  # one at a time: each is a question of the part
            await me.say(score)
        said = await me.no()
        offer_at, offer_buttons = len(me.seen), me.buttons
        # A married person whose spouse comes along, with a test, and education abroad: every CRS question.
        await me.tap("📊")
        await me.say("1990-05-05")
        await me.tap(me.t("opt.marital.married"))
        await me.no()  # the spouse is not a citizen or PR
        await me.yes()  # and comes along
        await me.tap(me.t("opt.spouse_education.master"))
        await me.tap(me.t("opt.spouse_test_kind.ielts_general"))
        await me.say("2025-03-01")
        for score in ("7", "7", "6.5" if lang == "en" else "6,5", "7"):
            await me.say(score)
        await me.tap(me.t("opt.spouse_work.1"))
        await me.tap(me.t("opt.education_level.bachelor"))
        await me.tap(me.t("opt.education_where.abroad_eca"))
        await me.tap(me.t("opt.canadian_credential.none"))
        for label in ("opt.foreign_work.0", "button.no", "button.no", "button.no"):
            await me.tap(me.t(label))  # foreign work, certificate, nomination, sibling
        assert crs_heading(lang) in me.seen[-1]
        crs_parts = {t(lang, f"section.{s}") for s in ("crs_you", "crs_partner", "crs_education", "crs_more")}
        asked = [(part, n) for part, n in progress_of(lang, me.seen[offer_at:]) if part in crs_parts]
        partner = sum(1 for part, _ in asked if part == t(lang, "section.crs_partner"))
        own = len(asked) - partner
        assert own > 0 and partner > 0
        assert me.t("results.crs_count", count=own, partner=partner) in said
        assert me.t("button.crs", count=own) in offer_buttons
        # The progress line: within a part, each question is the next number (or the same one asked again).
        shown = progress_of(lang, me.seen)
        for (part, n), (next_part, next_n) in itertools.pairwise(shown):
            if part == next_part:
                assert next_n - n in (0, 1), f"{part}: {n} -> {next_n}"
        parts_in_order = [part for i, (part, _) in enumerate(shown) if i == 0 or shown[i - 1][0] != part]
        assert len(parts_in_order) == len(set(parts_in_order)), "a part came back after it ended"
    bot.errors.check()


# -- 8. education: where the highest credential was earned -------------------------------------------------
async def crs_total(me: Talk, level: str, where: str, canadian: str | None) -> int:
    """A single person's CRS, answering the education part as given (canadian None: not asked)."""
    await me.eligible_screening()
    await me.tap("📊")
    await me.say("1997-03-10")
    await me.tap(me.t("opt.marital.single"))
    said = await me.tap(me.t(f"opt.education_level.{level}"))
    assert me.t("q.education_where.text") in said
    said = await me.tap(me.t(f"opt.education_where.{where}"))
    if canadian is None:
        assert me.t("q.canadian_credential.text") not in said
        assert me.t("q.foreign_work.text") in said
    else:
        assert me.t("q.canadian_credential.text") in said
        await me.tap(me.t(f"opt.canadian_credential.{canadian}"))
    for label in (me.t("opt.foreign_work.0"), me.t("button.no"), me.t("button.no"), me.t("button.no")):
        await me.tap(label)
    assert crs_heading(me.lang) in me.seen[-1]
    verdict = me.bot.repository.latest_verdict(me.chat.user_id)
    assert verdict is not None and "crs" in verdict.result
    return int(verdict.result["crs"]["total"])


@pytest.mark.parametrize("lang", LANGS)
async def test_a_canadian_credential_is_asked_only_when_the_highest_is_not_canadian(tg: FakeTelegram,
                                                                                    tmp_path: pathlib.Path,
                                                                                    lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        in_canada = await crs_total(Talk(bot, tg, lang, 2001), "bachelor", "canada", None)
        abroad_and_canadian = await crs_total(Talk(bot, tg, lang, 2002), "bachelor", "abroad_eca",
                                              "three_year_plus")
        abroad_only = await crs_total(Talk(bot, tg, lang, 2003), "bachelor", "abroad_eca", "none")
        # A Canadian highest credential earns the Canadian-credential points by itself; a foreign bachelor's with
        # its ECA and a separate Canadian degree are two credentials, which earns more (RULES.md 4).
        assert abroad_and_canadian > in_canada > abroad_only
        me = Talk(bot, tg, lang, 2004)
        await me.eligible_screening()
        await me.tap("📊")
        await me.say("1997-03-10")
        await me.tap(me.t("opt.marital.single"))
        said = await me.tap(me.t("opt.education_level.less_than_secondary"))
        assert me.t("q.education_where.text") not in said and me.t("q.canadian_credential.text") not in said
        assert me.t("q.foreign_work.text") in said  # no credential: neither where nor a Canadian one
    bot.errors.check()


# -- 9. a job kept after full-time studies ended -----------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
async def test_a_job_kept_after_graduating_counts_only_the_hours_after_the_studies(tg: FakeTelegram,
                                                                                   tmp_path: pathlib.Path,
                                                                                   lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        me = Talk(bot, tg, lang)
        await me.to_the_job_title()
        await me.say("21232")
        await me.say("2023-09-01")
        await me.yes()  # still working there
        await me.tap("40")
        await me.yes()  # paid
        said = await me.yes()  # an employee
        assert me.t("q.job_student.text", job=1) in said
        assert me.buttons[:3] == [me.t("button.yes"), me.t("button.no"), me.t("button.partly")]
        said = await me.tap(me.t("button.partly"))
        assert me.t("q.job_student_end.text", job=1) in said
        await me.tap("2026")
        await me.tap(short_month(lang, 1))
        await me.tap("31")  # studies ended 2026-01-31
        assert me.answers["jobs"][0]["job_student"] == "partly"
        assert me.answers["jobs"][0]["job_student_end"] == "2026-01-31"
        await me.yes()  # authorized
        await me.no()  # no other job
        verdict = await me.ielts_8777()
        # 1,560 h at 30 h a week take 364 days from 2026-02-01, the day after the studies.
        eligible_on = dt.date(2026, 2, 1) + dt.timedelta(days=364)
        stored = bot.repository.latest_verdict(me.chat.user_id)
        assert stored is not None and stored.result["verdict"] == "not_yet_eligible"
        assert stored.result["eligible_on"] == eligible_on.isoformat()
        assert catalog(lang).date(eligible_on) in verdict
        verdict = await me.tap(me.t("results.details"))  # the hours in full, behind the first screen
        line = stored.result["hours_ledger"]["jobs"][0]
        assert line["explanation"] in verdict and line["not_counted"]["full_time_student"] > 0
    bot.errors.check()
