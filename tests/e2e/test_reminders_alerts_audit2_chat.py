"""Reminders and round alerts audit 2: do they tell the truth on the right day? Each scenario through the fake
Bot API, the clock moved by the test, the bot restarted between days as a deployment would be. Days are worked
out from RULES.md by hand in each docstring."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import pathlib

import pytest

from bot.scheduled.round_alerts import compose_alerts
from eligibility.rounds import CEC, Round
from storage.rounds import Subscriber

from .bot_fixtures import answer_all
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_WORK, IELTS_9, QUEBEC_TEER_5
from .test_acceptance_review_6c import month_button
from .test_charts_chat import PNG, photo_of
from .test_plan_later_audit_chat import plan
from .test_reminders_chat import Clock, bot_with_clock, chat_on, reminders_in, wait_for
from .test_round_alerts import CRS_470, FeedServer, bot_with_feed, ircc_feed, refresh, until
from .test_work_histories_audit_chat import START as HELLO
from .test_work_histories_audit_chat import celpip, job

UTC = dt.UTC
START = dt.datetime(2026, 11, 27, 9, tzinfo=UTC)
SAMPLE = pathlib.Path("/work/shared/reference/ircc-feed-sample.json")


def part_time(hours: str) -> list[str]:
    """One ongoing TEER 1 job (21232) since 2026-03-02 at `hours` a week, then an IELTS GT of 2026-06-01 at CLB 9
    (valid until 2028-06-01, past either day below)."""
    return ["[No]", "[Yes]", "21232", "2026-03-02", "[Yes]", hours, "[Yes]", "[Yes]", "[No]", "[Yes]", "[No]",
            IELTS_9[0], "2026-06-01", *IELTS_9[2:]]


def new_alerts(chat: Chat) -> list[str]:
    return [text for text in chat.texts if "New round of invitations" in text or "Nouvelle ronde" in text]


# -- reminders ------------------------------------------------------------------------------------------------
async def test_a_corrected_answer_moves_the_eligible_day_and_the_old_day_stays_silent(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """40 h a week since 2026-03-02 count 30 h a week (RULES.md 1): 52 weeks, 1,560 h on 2027-03-01. The person
    corrects it to 20 h a week: 78 weeks, 2026-03-02 + 546 days = 2027-08-30. Nothing on 2027-03-01; once on
    2027-08-30."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *part_time("[40]"), "[🔔 Remind me]")
        assert "March 1, 2027: the day you should become eligible" in chat.last_text
        await chat.click("Yes, remind me")
    clock.set(dt.date(2026, 12, 10), 10)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = chat_on(bot, tg)
        await chat.send("/restart")
        await chat.click("Yes, start over")
        await answer_all(chat, *part_time("20"))
        await chat.send("/reminders")
        assert "August 30, 2027: the day you should become eligible" in chat.last_text
        assert "March 1, 2027" not in chat.last_text
    clock.set(dt.date(2027, 3, 1), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    assert reminders_in(chat, "eligible") == []
    clock.set(dt.date(2027, 8, 30), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "August 30, 2027")) == 1)
    clock.set(dt.date(2027, 8, 31), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    assert len(reminders_in(chat, "August 30, 2027")) == 1
    bot.errors.check()


async def test_le_jour_passe_pendant_une_panne_le_rappel_part_une_fois_en_retard_et_le_dit(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Le jour projeté (2027-03-01) tombe pendant une panne ; le bot revient le 2027-03-04 : le rappel part une
    fois, dit « depuis » et non « aujourd'hui », et rien de plus le lendemain."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, "[Non]", "[Oui]", "21232", "2026-03-02", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]",
                         "[Oui]", "[Non]", "[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[Non]",
                         "[🔔 M'envoyer des rappels]", "[Oui, envoyez-moi des rappels]")
    clock.set(dt.date(2027, 3, 4), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "1er mars 2027")) == 1)
    clock.set(dt.date(2027, 3, 5), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    (sent,) = reminders_in(chat, "1er mars 2027")
    assert "Aujourd'hui" not in sent and "Depuis le 1er mars 2027" in sent, sent
    bot.errors.check()


async def test_a_test_taken_on_the_last_day_of_a_month(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """IELTS of 2025-05-31: valid 2 years, until 2027-05-31 (RULES.md 2); 90 days before: 2027-03-02; 30 days
    before: 2027-05-01. Both sent on their day, once each."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, IELTS_9[0], "2025-05-31", *IELTS_9[2:], "[🔔 Remind me]")
        assert "March 2, 2027: 90 days before your IELTS General Training result expires on May 31, 2027" \
            in chat.last_text
        await chat.click("Yes, remind me")
    for day, count in ((dt.date(2027, 3, 1), 0), (dt.date(2027, 3, 2), 1), (dt.date(2027, 5, 1), 2)):
        clock.set(day, 18)
        async with bot_with_clock(tg, db, clock) as bot:
            await wait_for(lambda day=day: bot.app.bot_data["reminders"]._done_on == day)
        assert len(reminders_in(chat, "May 31, 2027")) == count
    assert "in 30 days" in reminders_in(chat, "May 31, 2027")[-1]
    bot.errors.check()


async def test_a_leap_day_birthday(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Born 1996-02-29: 30 on 2026-11-27; turns 31 on 2027-03-01 (no 29 February in 2027; the code's convention,
    RULES.md says only that a birthday counts from the day itself): 105 -> 99 age points (single, RULES.md 3).
    Reminded the day before, 2027-02-28, once."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9, "[Estimate my CRS]", "1996-02-29", *CRS_470[2:],
                         "[🔔 Remind me]")
        assert "February 28, 2027: the day before you turn 31, when your CRS age points go from 105 to 99" \
            in chat.last_text
        await chat.click("Yes, remind me")
    clock.set(dt.date(2027, 2, 28), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "turn 31")) == 1)
    clock.set(dt.date(2027, 3, 1), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    assert len(reminders_in(chat, "turn 31")) == 1
    bot.errors.check()


# -- round alerts ---------------------------------------------------------------------------------------------
async def test_an_alert_after_a_later_result_that_is_not_eligible_says_so(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Eligible with a CRS of 470, alerts on; then the person starts over and their new answers (a TEER 5 job,
    no test) are not eligible, with no new CRS. A CEC round at 466: the old 470 must not read as good news
    without the caution that it brings no invitation until every requirement is met (RULES.md 1)."""
    feed = FeedServer(ircc_feed())
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, user_id=3101)
            await chat.send("/start")
            await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9, *CRS_470, "[📣 Tell me after each round]")
            await chat.send("/restart")
            await chat.click("Yes, start over")
            await answer_all(chat, *QUEBEC_TEER_5)
            assert any("Not eligible" in text for text in chat.texts[-4:])
            feed.body = ircc_feed({"drawNumber": "448", "drawDate": "2026-11-25",
                                   "drawName": "Canadian Experience Class", "drawSize": "2,500", "drawCRS": "466"})
            await refresh(bot)
            await until(lambda: bool(new_alerts(chat)))
            (alert,) = new_alerts(chat)
            assert "Your latest estimate, 470, is above this round's 466 by 4 points." in alert
            assert "do not meet every Canadian Experience Class requirement yet" in alert, alert
            await chat.send("/rounds")
            assert "That result does not meet every requirement yet" in chat.last_text
        bot.errors.check()
    finally:
        feed.close()


async def test_cut_offs_met_equalled_and_missed(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """470 against three new CEC rounds in one refresh: 466 (above by 4), 470 (equal), 475 (below by 5); one
    message with the three lines."""
    feed = FeedServer(ircc_feed())
    rounds = [{"drawNumber": str(n), "drawDate": day, "drawName": "Canadian Experience Class", "drawSize": "2,000",
               "drawCRS": str(cut)} for n, day, cut in ((448, "2026-11-10", 466), (449, "2026-11-17", 470),
                                                         (450, "2026-11-24", 475))]
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, user_id=3102)
            await chat.send("/start")
            await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9, *CRS_470, "[📣 Tell me after each round]")
            feed.body = ircc_feed(*rounds)
            await refresh(bot)
            await until(lambda: bool(new_alerts(chat)))
            (alert,) = new_alerts(chat)
            assert "Your latest estimate, 470, is above this round's 466 by 4 points." in alert
            assert "Your latest estimate, 470, is equal to this round's 470." in alert
            assert "Your latest estimate, 470, is below this round's 475 by 5 points." in alert
            assert alert.index("round 448") < alert.index("round 449") < alert.index("round 450")
        bot.errors.check()
    finally:
        feed.close()


async def test_a_round_seen_in_two_refreshes_is_alerted_once(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Round 448 in a refresh, then again in the next one beside a new round 449 (the feed changed, so no 304):
    448 is told once, 449 once."""
    feed = FeedServer(ircc_feed())
    r448 = {"drawNumber": "448", "drawDate": "2026-11-12", "drawName": "Canadian Experience Class",
            "drawSize": "2,000", "drawCRS": "480"}
    r449 = {**r448, "drawNumber": "449", "drawDate": "2026-11-26", "drawCRS": "478"}
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, user_id=3103)
            await chat.send("/start")
            await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9, *CRS_470, "[📣 Tell me after each round]")
            feed.body = ircc_feed(r448)
            await refresh(bot)
            await until(lambda: len(new_alerts(chat)) == 1)
            feed.body = ircc_feed(r448, r449)
            await refresh(bot)
            await until(lambda: len(new_alerts(chat)) == 2)
            await refresh(bot)
            await asyncio.sleep(0.3)
            first, second = new_alerts(chat)
            assert "round 448" in first and "round 449" not in first
            assert "round 449" in second and "round 448" not in second
        bot.errors.check()
    finally:
        feed.close()


async def test_a_real_category_round_the_person_is_not_in_brings_no_alert(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """IRCC's real record of round 434 ("Transport Occupations, 2026-Version 2", ircc-feed-sample.json), as a new
    round after the seed's newest (numbered 448, dated 2026-11-20): a category round; the software developer is
    in no such category (the screener knows only CEC, French and nominee rounds as theirs): no alert. Then a CEC
    round is told, alone."""
    record = next(r for r in json.loads(SAMPLE.read_text())["rounds"] if r["drawNumber"] == "434")
    category = {**record, "drawNumber": "448", "drawDate": "2026-11-20"}
    cec = {"drawNumber": "449", "drawDate": "2026-11-25", "drawName": "Canadian Experience Class",
           "drawSize": "2,500", "drawCRS": "466"}
    feed = FeedServer(ircc_feed())
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, user_id=3104)
            await chat.send("/start")
            await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9, *CRS_470, "[📣 Tell me after each round]")
            feed.body = ircc_feed(category)
            await refresh(bot)
            await asyncio.sleep(0.5)
            assert new_alerts(chat) == []
            names = [r["name"] for r in bot.repository.stored_rounds()]
            assert "Transport Occupations, 2026-Version 2" in names
            feed.body = ircc_feed(category, cec)
            await refresh(bot)
            await until(lambda: bool(new_alerts(chat)))
            (alert,) = new_alerts(chat)
            assert "round 449" in alert and "Transport" not in alert
        bot.errors.check()
    finally:
        feed.close()


async def test_starting_over_says_the_reminders_follow_the_answers_and_keeping_them_keeps_the_day(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Reminders are worked out from the stored answers: a /restart confirmed and left half answered would drop
    the eligible day of 2027-03-01 without a word. The question says so to someone with reminders on (not to
    someone without); "Keep my answers" keeps the day, and it is sent on it."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        other = Chat(bot.app, tg, user_id=3201)
        await other.send("/start")
        await answer_all(other, *part_time("[40]"))
        await other.send("/restart")
        assert other.last_text == "Start over? Your current answers will be erased."
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, "[Non]", "[Oui]", "21232", "2026-03-02", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]",
                         "[Oui]", "[Non]", "[IELTS General Training]", "2026-06-01", "8", "7", "7", "7", "[Non]",
                         "[🔔 M'envoyer des rappels]", "[Oui, envoyez-moi des rappels]")
    clock.set(dt.date(2026, 12, 10), 10)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = chat_on(bot, tg, "fr")
        await chat.send("/restart")
        assert chat.last_text == (
            "Recommencer ? Vos réponses actuelles seront effacées. Vos rappels sont calculés à partir de vos "
            "réponses : ceux prévus d'après vos réponses actuelles s'arrêtent, et de nouveaux rappels seront "
            "prévus d'après vos nouvelles réponses, une fois le résultat obtenu.")
        await chat.click("Garder mes réponses")
        await chat.send("/reminders")
        assert "1er mars 2027 : le jour où vous devriez devenir admissible" in chat.last_text
        await chat.send("/language")
        await chat.click("English")
        await chat.send("/restart")
        assert chat.last_text.startswith("Start over? Your current answers will be erased. Your reminders are "
                                         "worked out from your answers: the ones planned from")
        await chat.click("Keep my answers")
    clock.set(dt.date(2027, 3, 1), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "March 1, 2027")) == 1)
    bot.errors.check()


# -- charts ---------------------------------------------------------------------------------------------------
async def test_hours_charts_for_no_hours_five_jobs_and_jobs_across_three_years(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Hand-worked (RULES.md 1: at most 30 h a week over all jobs, the 3 years before 2026-11-27):
    - self-employed since 2023-01-01: 0 h, the job said not counted as self-employment since that day (it said
      "from November 27, 2023 to February 14, 2028", the days the chart shows, as if the job's own);
    - five TEER 1 jobs at 8 h a week since 2025-12-01: 40 h count 30; 361 days x 30 / 7 = 1,547 h; 1,560 h after
      364 days, on 2026-11-30;
    - a mechanic 2022-03-01..2024-06-30 then since 2025-08-04 (37.5 h): 217 days + 480 days in the window at 30 h a
      week, 2,987 h; never under 1,560 h on any day shown (older hours leave as newer ones come)."""
    five = [step for i, code in enumerate(("21232", "21231", "21211", "21233", "21234"))
            for step in job(code, "2025-12-01", "8", more=i < 4)]
    people = {
        3301: [*HELLO, "21232", "2023-01-01", "yes", "40", "yes", "no", "no", *celpip("2026-01-15", "9 9 9 9")],
        3302: [*HELLO, *five, *celpip("2026-01-15", "9 9 9 9")],
        3303: [*HELLO, *job("72410", "2022-03-01", "40", "2024-06-30", more=True),
               *job("72410", "2025-08-04", "37.5", more=False), *celpip("2026-01-15", "6 6 6 6")]}
    expected = {
        3301: ("0 on November 27, 2026", ["you do not reach 1,560 hours",
                                          "Not counted: job 1, self-employment, since January 1, 2023."]),
        3302: ("1,547 on November 27, 2026", ["you reach 1,560 hours on November 30, 2026."]),
        3303: ("2,987 on November 27, 2026", ["You are above 1,560 hours on every day shown"])}
    async with bot_with_clock(tg, tmp_path / "bot.db", Clock(START)) as bot:
        for user_id, script in people.items():
            chat = Chat(bot.app, tg, user_id=user_id)
            await answer_all(chat, *script)
            await chat.click("🗓️ Hours chart")
            photo, facts = chat.bot_messages[-2:]
            hours, lines = expected[user_id]
            assert photo.shown_text == f"Hours that count for the CEC: {hours}, 1,560 needed."
            assert photo_of(tg, photo).startswith(PNG)
            said = facts.shown_text or ""
            assert all(line in said for line in lines), said
    bot.errors.check()


@pytest.mark.parametrize(("published", "corrected"), [("2026-11-25", "2026-11-24"), ("2026-11-24", "2026-11-25")])
async def test_a_round_whose_date_irccs_feed_corrects_is_kept_and_not_alerted_again(
        tg: FakeTelegram, tmp_path: pathlib.Path, published: str, corrected: str) -> None:
    """Round 448 published with one date, then the feed corrects it (IRCC fixes typos in place; the number stays:
    a round is its number). The corrected feed is stored (it was refused as "shrunken", and every later refresh
    with it: no round after it would ever be stored or alerted); one alert, not two, either way."""
    feed = FeedServer(ircc_feed())
    first = {"drawNumber": "448", "drawDate": published, "drawName": "Canadian Experience Class",
             "drawSize": "2,000", "drawCRS": "480"}
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, user_id=3105)
            await chat.send("/start")
            await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9, *CRS_470, "[📣 Tell me after each round]")
            feed.body = ircc_feed(first)
            await refresh(bot)
            await until(lambda: len(new_alerts(chat)) == 1)
            feed.body = ircc_feed({**first, "drawDate": corrected})
            await refresh(bot)
            await asyncio.sleep(0.5)
            assert len(new_alerts(chat)) == 1, new_alerts(chat)[-1]
            assert [r["date"] for r in bot.repository.stored_rounds() if r["number"] == "448"] == [corrected]
            later = {**first, "drawNumber": "449", "drawDate": "2026-11-26", "drawCRS": "476"}
            feed.body = ircc_feed({**first, "drawDate": corrected}, later)
            await refresh(bot)
            await until(lambda: len(new_alerts(chat)) == 2)
            assert "round 449" in new_alerts(chat)[-1] and "round 448" not in new_alerts(chat)[-1]
        bot.errors.check()
    finally:
        feed.close()


async def test_a_reminder_comes_in_the_language_chosen_since(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Reminders turned on in English; the person then picks French with /language. The eligible day's message
    (2027-03-01) is in French, with French dates."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *part_time("[40]"), "[🔔 Remind me]", "[Yes, remind me]")
        await chat.send("/language")
        await chat.click("Français")
    clock.set(dt.date(2027, 3, 1), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "1er mars 2027")) == 1)
    (sent,) = reminders_in(chat, "1er mars 2027")
    assert sent.startswith("🔔 Aujourd'hui, le 1er mars 2027") and "March" not in sent
    bot.errors.check()


async def test_two_reminders_due_the_same_day_come_one_a_day_the_later_one_saying_since(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Eligible on 2027-03-01 (40 h a week since 2026-03-02) and born 1997-03-02: turns 30 on 2027-03-02, 110 ->
    105 age points (single), reminded the day before, 2027-03-01 too. One message a day: the birthday's first
    (its window closes on 2027-03-02), the eligible day's on 2027-03-02, saying "since March 1", not "today"."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *part_time("[40]"), "[Estimate my CRS]", "1997-03-02", *CRS_470[2:],
                         "[🔔 Remind me]")
        offer = chat.last_text
        assert "March 1, 2027: the day you should become eligible" in offer
        assert "March 1, 2027: the day before you turn 30, when your CRS age points go from 110 to 105" in offer
        await chat.click("Yes, remind me")
    clock.set(dt.date(2027, 3, 1), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "turn 30")) == 1)
    assert reminders_in(chat, "1,560 hours") == []
    clock.set(dt.date(2027, 3, 2), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "1,560 hours")) == 1)
    (late,) = reminders_in(chat, "1,560 hours")
    assert "Since March 1, 2027" in late and "Today" not in late, late
    bot.errors.check()


async def test_an_alert_against_an_estimate_for_a_later_application_day_says_so(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Not yet eligible today (40 h a week since 2026-03-02: 1,560 h on 2027-03-01); CRS today, alerts on; then
    "What if I apply later?" for April 2027, eligible then, a CRS for that day (one year of Canadian work counted,
    the person one year older). A CEC round now, at a cut-off under it: the alert says the estimate is for an
    application on April 1, 2027, and that a cut-off reached brings no invitation until every requirement is met
    (RULES.md 1: today's result is not yet eligible; only people in the pool are invited). It said neither."""
    feed = FeedServer(ircc_feed())
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, user_id=3106)
            await chat.send("/start")
            await answer_all(chat, *part_time("[40]"), *CRS_470, "[📣 Tell me after each round]")
            await chat.send("/start")  # back to the result's menu
            later = await plan(chat, month_button("en", 2027, 4))
            assert "📅 Assessed as if you apply on April 1, 2027." in later
            planned = bot.repository.latest_crs(3106)
            assert planned is not None and planned[4] == "2027-04-01"
            feed.body = ircc_feed({"drawNumber": "448", "drawDate": "2026-11-25",
                                   "drawName": "Canadian Experience Class", "drawSize": "2,500", "drawCRS": "300"})
            await refresh(bot)
            await until(lambda: bool(new_alerts(chat)))
            (alert,) = new_alerts(chat)
            assert f"Your latest estimate, {planned[0]}, is above this round's 300" in alert
            assert "(Your estimate is from November 27, 2026, for an application on April 1, 2027;" in alert
            assert "do not meet every Canadian Experience Class requirement yet" in alert, alert
            await chat.send("/rounds")  # the same caution in the list, which already named the later day
            listing = chat.last_text
            assert f"{planned[0]} (from November 27, 2026, for an application on April 1, 2027)." in listing
            assert ("Your latest result for an application on the day it was made does not meet every requirement "
                    "yet: only people in the Express Entry pool are invited") in listing
        bot.errors.check()
    finally:
        feed.close()


def test_l_alerte_dit_en_francais_pour_quel_jour_vaut_l_estimation() -> None:
    """The same alert in French, composed as a refresh composes it: the day the estimate is for, in French."""
    cec = Round(dt.date(2026, 11, 25), CEC, 2500, 300, "448")
    person = Subscriber(3107, "fr", 465, 0, 0, "2026-11-27", eligible=False, for_day="2027-04-01")
    [(_, _, reply)] = compose_alerts([cec], [person])
    text = reply["parts"][0]["text"]
    assert ("(Votre estimation date du 27 novembre 2026 et vaut pour une demande présentée le 1er avril 2027 ; "
            "elle a pu changer depuis.") in text
    assert "vous ne remplissez pas encore toutes les exigences" in text


async def test_the_sending_hour_is_utc_and_said_so(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Days are UTC days and reminders go out from 17:00 UTC (12:00 in Toronto, 9:00 in Vancouver in winter: the
    due day is the same day across Canada); the offer says "around 17:00 UTC". At 16:59 UTC on the due day nothing
    goes; from 17:00 the eligible day's message goes, once, saying "Today"."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *part_time("[40]"), "[🔔 Remind me]")
        assert "around 17:00 UTC" in chat.last_text
        await chat.click("Yes, remind me")
    clock.current = dt.datetime(2027, 3, 1, 16, 59, tzinfo=UTC)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
        clock.current = dt.datetime(2027, 3, 1, 17, 0, tzinfo=UTC)
        assert await bot.app.bot_data["reminders"].run() == 1
        assert await bot.app.bot_data["reminders"].run() == 0
    (sent,) = reminders_in(chat, "March 1, 2027")
    assert sent.startswith("🔔 Today, March 1, 2027")
    bot.errors.check()


async def test_hours_corrected_in_review_move_the_eligible_day(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The same correction as above made in "Review my answers" (✏️ hours: 20): the reminder moves from
    2027-03-01 to 2027-08-30 (78 weeks at 20 h from 2026-03-02); the old day sends nothing."""
    db, clock = tmp_path / "bot.db", Clock(START)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *part_time("[40]"), "[🔔 Remind me]", "[Yes, remind me]")
    clock.set(dt.date(2026, 12, 10), 10)
    async with bot_with_clock(tg, db, clock) as bot:
        chat = chat_on(bot, tg)
        await chat.send("/start")
        await answer_all(chat, "[📝 Review my answers]", "[✏️ Job 1 · hours]", "20")
        assert any("August 30, 2027" in text for text in chat.texts[-3:]), chat.texts[-3:]
        await chat.send("/reminders")
        assert "August 30, 2027: the day you should become eligible" in chat.last_text
        assert "March 1, 2027" not in chat.last_text
    clock.set(dt.date(2027, 3, 1), 18)
    async with bot_with_clock(tg, db, clock) as bot:
        assert await bot.app.bot_data["reminders"].run() == 0
    assert reminders_in(chat, "eligible") == []
    bot.errors.check()


async def test_a_test_taken_on_a_leap_day(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """On 2025-11-01, an IELTS of 2024-02-29: valid 2 years (RULES.md 2), read as expiring on 2026-02-28 (no 29
    February in 2026; the earlier day, the careful one). 90 days before: 2025-11-30; 30 days before: 2026-01-29.
    Sent on 2025-11-30, once."""
    db, clock = tmp_path / "bot.db", Clock(dt.datetime(2025, 11, 1, 9, tzinfo=UTC))
    async with bot_with_clock(tg, db, clock) as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2024-09-02", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]",
                         "[Yes]", "[No]", IELTS_9[0], "2024-02-29", *IELTS_9[2:], "[🔔 Remind me]")
        offer = chat.last_text
        assert "November 30, 2025: 90 days before your IELTS General Training result expires on February 28, " \
            "2026" in offer
        assert "January 29, 2026: 30 days before" in offer
        await chat.click("Yes, remind me")
    clock.set(dt.date(2025, 11, 30), 18)
    async with bot_with_clock(tg, db, clock):
        await wait_for(lambda: len(reminders_in(chat, "February 28, 2026")) == 1)
    (sent,) = reminders_in(chat, "February 28, 2026")
    assert "result of February 29, 2024 expires on February 28, 2026, in 90 days." in sent
    bot.errors.check()
