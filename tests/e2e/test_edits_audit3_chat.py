"""Changing answers after the verdict, audit round 3: never a stale value in a verdict. Each person screens, gets
a result (and the CRS, reminders, a plan), changes an answer from "📝 Review my answers" (/summary), and what the
bot then shows and stores must equal what a fresh screening with the final answers gives. The fresh screening is a
second chat on the same bot, played with the final answers from /start: the stored result (every figure: verdict,
hours, CLB, "not yet" day, CRS and its parts, comparison with rounds), the latest CRS the round alerts read, the
verdict on screen, /summary and the reminders planned (/reminders) are compared.

Figures the chats also check, worked by hand from RULES.md (today 2026-11-27; the same as
test_corrections_audit_chat.py): 21232 (TEER 1) since 2025-09-01 at 40 h: 1,937 h, at 20 h: 1,291 h (1,560 h on
March 1, 2027); ended 2026-06-30: 1,299 h; since 2026-03-01 at 40 h: 1,161 h. 63200 (TEER 3) needs CLB 5, 21232
CLB 7 (RULES.md 1); IELTS speaking 5.5 is CLB 6. The README person's CRS is 470 (RULES.md 3).
"""

from __future__ import annotations

import difflib
import pathlib
from typing import Any

import pytest

from .bot_fixtures import Bot, answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK, IELTS_9, README_CRS
from .test_reminders_alerts_audit2_chat import new_alerts
from .test_round_alerts import FeedServer, bot_with_feed, ircc_feed, refresh, until

CRS = ["[Estimate my CRS]", *README_CRS]
REMIND = ["[🔔 Remind me]", "[Yes, remind me]"]
IELTS_SPEAKING_55 = ["[IELTS General Training]", "2025-06-01", "8", "7", "7", "5.5", "[No]"]


def work(noc: str = "21232", start: str = "2025-09-01", ongoing: tuple[str, ...] = ("[Yes]",), hours: str = "[40]",
         conditions: tuple[str, ...] = ("[Yes]", "[Yes]", "[No]", "[Yes]"), more: str = "[No]") -> list[str]:
    """Outside Quebec, one job: occupation, start, still there (or the end), hours, then paid, employee, student,
    authorized (fewer when an answer makes the rest moot), another job?"""
    return ["[No]", "[Yes]", noc, start, *ongoing, hours, *conditions, more]


async def play(chat: Chat, steps: list[str]) -> None:
    """Typed, or pressed when written "[label]"; a /command is typed."""
    await chat.send("/start")
    await answer_all(chat, *steps)


def verdict_on_screen(chat: Chat) -> str:
    """The latest verdict shown, from its first line (what came before it echoes the answer just given), without
    the line that offers the CRS (it counts the CRS questions left, all answered after a change)."""
    shown = [m.shown_text or "" for m in chat.bot_messages]
    text = next(t for t in reversed(shown) if "qualifying hours" in t and "\nAssessed" in t)
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("Assessed"))
    return "\n".join(line for line in lines[start - 1:] if "CRS score, compared with recent rounds" not in line)


async def what_it_knows(bot: Bot, chat: Chat) -> dict[str, Any]:
    """Everything compared: the stored result and latest CRS, the verdict on screen, /summary, /reminders."""
    stored = bot.repository.latest_verdict(chat.user_id)
    assert stored is not None
    known: dict[str, Any] = {"result": stored.result, "latest_crs": bot.repository.latest_crs(chat.user_id),
                             "verdict": verdict_on_screen(chat)}
    await chat.send("/summary")
    known["summary"] = chat.last_text
    await chat.send("/reminders")
    known["reminders"] = chat.last_text
    return known


def differences(edited: dict[str, Any], fresh: dict[str, Any]) -> str:
    lines = []
    for key in edited:
        if edited[key] != fresh[key]:
            lines += [f"-- {key}", *difflib.unified_diff(str(fresh[key]).split("\n"), str(edited[key]).split("\n"),
                                                        "fresh", "edited", lineterm="")]
    return "\n".join(lines)


# -- 1. twenty-two people change one answer after the result: the same as a fresh screening ----------------------
# (what they answer first, what they change, the final answers played fresh, a figure from RULES.md by hand)
PEOPLE: dict[str, tuple[list[str], list[str], list[str], str]] = {
    "Amir: TEER 1 -> TEER 4 (its questions skipped)": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Job 1 · occupation]", "64100"],
        ["[No]", "[Yes]", "64100", "[No]", *IELTS_9, *CRS], "0 qualifying hours"),
    "Bea: TEER 1 -> TEER 4 -> TEER 1, its questions asked again": (
        [*ELIGIBLE_SCREENING, *CRS],
        ["[✏️ Job 1 · occupation]", "64100", "/summary", "[✏️ Job 1 · occupation]", "21232", "2025-09-01", "[Yes]",
         "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]"],
        [*ELIGIBLE_SCREENING, *CRS], "1,937 qualifying hours"),
    "Chen: TEER 1 -> TEER 3 with CLB 6 in speaking (CLB 5 is then enough)": (
        [*work(), *IELTS_SPEAKING_55, *CRS], ["[✏️ Job 1 · occupation]", "63200"],
        [*work("63200"), *IELTS_SPEAKING_55, *CRS], "You appear eligible"),
    "Dana: the start date later": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Job 1 · start]", "2026-03-01"],
        [*work(start="2026-03-01"), *IELTS_9, *CRS], "1,161 qualifying hours"),
    "Eli: ongoing -> ended": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Job 1 · ongoing]", "[No]", "2026-06-30"],
        [*work(ongoing=("[No]", "2026-06-30")), *IELTS_9, *CRS], "1,299 qualifying hours"),
    "Fay: ended -> ongoing": (
        [*work(ongoing=("[No]", "2026-06-30")), *IELTS_9, *CRS], ["[✏️ Job 1 · ongoing]", "[Yes]"],
        [*ELIGIBLE_SCREENING, *CRS], "1,937 qualifying hours"),
    "Gus: 40 -> 20 hours (not yet, a day to reach)": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Job 1 · hours]", "20"],
        [*work(hours="[20]"), *IELTS_9, *CRS], "you should qualify on March 1, 2027"),
    "Hana: a full-time student after all": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Job 1 · full-time student]", "[Yes]"],
        [*work(conditions=("[Yes]", "[Yes]", "[Yes]")), *IELTS_9, *CRS], "0 qualifying hours"),
    "Ivo: unpaid after all": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Job 1 · paid]", "[No]"],
        [*work(conditions=("[No]",)), *IELTS_9, *CRS], "0 qualifying hours"),
    "Jo: self-employed after all": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Job 1 · employee]", "[No]"],
        [*work(conditions=("[Yes]", "[No]")), *IELTS_9, *CRS], "0 qualifying hours"),
    "Kai: not authorized after all": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Job 1 · authorized]", "[No]"],
        [*work(conditions=("[Yes]", "[Yes]", "[No]", "[No]")), *IELTS_9, *CRS], "0 qualifying hours"),
    "Lea: the only job removed (no paid job in Canada)": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Paid job in Canada (10 years)]", "[No]"],
        ["[No]", "[No]", *IELTS_9, *CRS], "0 qualifying hours"),
    "Max: a second, longer TEER 3 job leads (CLB 5 then)": (
        [*work(start="2026-01-05"), *IELTS_SPEAKING_55, *CRS],
        ["[➕ Add a job]", "63200", "2023-12-01", "[No]", "2025-12-31", "[30]", "[Yes]", "[Yes]", "[No]", "[Yes]",
         "[No]"],
        [*work(start="2026-01-05", more="[Yes]"), "63200", "2023-12-01", "[No]", "2025-12-31", "[30]", "[Yes]",
         "[Yes]", "[No]", "[Yes]", "[No]", *IELTS_SPEAKING_55, *CRS], "You appear eligible"),
    "Noor: IELTS -> TEF, the date and the scores asked again (its scale)": (
        [*ELIGIBLE_SCREENING, *CRS],
        ["[✏️ Test 1]", "[TEF Canada]", "[Same date as before: June 1, 2025]", "500", "500", "500", "500"],
        [*ELIGIBLE_WORK, "[TEF Canada]", "2025-06-01", "500", "500", "500", "500", "[No]", *CRS], "NCLC 8/8/8/8"),
    "Omar: IELTS -> CELPIP, date and scores asked again (8/7/7/7 would be valid on both scales)": (
        [*ELIGIBLE_SCREENING, *CRS],
        ["[✏️ Test 1]", "[CELPIP-General]", "[Same date as before: June 1, 2025]", "9", "9", "9", "9"],
        [*ELIGIBLE_WORK, "[CELPIP-General]", "2025-06-01", "9", "9", "9", "9", "[No]", *CRS], "CLB 9/9/9/9"),
    "Pia: the test date two years back (expired)": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Test 1 · date]", "2024-06-01"],
        [*ELIGIBLE_WORK, "[IELTS General Training]", "2024-06-01", "8", "7", "7", "7", "[No]", *CRS],
        "Not eligible"),
    "Quinn: a listening score lower": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Test 1 · listening]", "6"],
        [*ELIGIBLE_WORK, "[IELTS General Training]", "2025-06-01", "6", "7", "7", "7", "[No]", *CRS],
        "CLB 7/9/9/9"),
    "Rosa: Quebec yes, then no": (
        [*ELIGIBLE_SCREENING, *CRS],
        ["[✏️ Will live in Quebec]", "[Yes]", "/summary", "[✏️ Will live in Quebec]", "[No]"],
        [*ELIGIBLE_SCREENING, *CRS], "1,937 qualifying hours"),
    "Sami: married after the CRS, then common-law": (
        [*ELIGIBLE_SCREENING, *CRS],
        ["[✏️ Marital status]", "[Married]", "[No]", "[Yes]", "[Secondary school", "[No test]", "[None]",
         "/summary", "[✏️ Marital status]", "[Common-law]"],
        [*ELIGIBLE_SCREENING, "[Estimate my CRS]", "1997-03-10", "[Common-law]", "[No]", "[Yes]",
         "[Secondary school", "[No test]", "[None]", *README_CRS[2:]], "You appear eligible"),
    "Uma: the counting job removed, a TEER 5 job left": (
        [*work(more="[Yes]"), "65200", "[No]", *IELTS_9, *CRS], ["[🗑️ Remove job 1]"],
        ["[No]", "[Yes]", "65200", "[No]", *IELTS_9, *CRS], "0 qualifying hours"),
    "Vic: the leading TEER 3 job removed (CLB 7 again, CLB 6 in speaking)": (
        [*work(start="2026-01-05", more="[Yes]"), "63200", "2023-12-01", "[No]", "2025-12-31", "[30]", "[Yes]",
         "[Yes]", "[No]", "[Yes]", "[No]", *IELTS_SPEAKING_55, *CRS], ["[🗑️ Remove job 2]"],
        [*work(start="2026-01-05"), *IELTS_SPEAKING_55, *CRS], "1,397 qualifying hours"),
    "Tao: the birth date 12 years earlier": (
        [*ELIGIBLE_SCREENING, *CRS], ["[✏️ Birth date or age]", "1985-03-10"],
        [*ELIGIBLE_SCREENING, "[Estimate my CRS]", "1985-03-10", *README_CRS[1:]], "You appear eligible"),
}


@pytest.mark.parametrize("person", list(PEOPLE))
async def test_a_change_after_the_result_gives_what_a_fresh_screening_gives(
        tg: FakeTelegram, tmp_path: pathlib.Path, person: str) -> None:
    first, change, final, figure = PEOPLE[person]
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        edited = Chat(bot.app, tg, user_id=2001)
        await play(edited, [*first, *REMIND, "/summary", *change])
        assert state(bot, edited) in ("verdict", "crs_result"), edited.transcript()
        assert figure in verdict_on_screen(edited)
        fresh = Chat(bot.app, tg, user_id=2002)
        await play(fresh, [*final, *REMIND])
        found = differences(await what_it_knows(bot, edited), await what_it_knows(bot, fresh))
        assert not found, found
    bot.errors.check()


# -- 2. a change while "What if I apply later?" is on: the round alerts read today's result of the new answers ---
async def test_hours_changed_under_a_plan_make_the_alert_say_not_eligible_today(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """Eligible today at 40 h, CRS 470, alerts on, then a plan for March 2027. The hours are then corrected to
    20: the result shown is for March 1, 2027 (1,560 h that day: eligible, 470), and today the same answers give
    1,291 h, not yet eligible. A CEC round at 466: the alert must carry the caution that a cut-off reached brings
    no invitation before every requirement is met (RULES.md 1). Before: the alerts read the last result made for
    today, the one of the 40 h, and called the person eligible (stale); a fresh screening said not yet."""
    feed = FeedServer(ircc_feed())
    try:
        async with bot_with_feed(tg, tmp_path / "bot.db", feed.url) as bot:
            chat = Chat(bot.app, tg, user_id=3301)
            await play(chat, [*ELIGIBLE_SCREENING, *CRS])
            crs_id = chat.last_bot_message.message_id
            await chat.click("📣 Tell me after each round")
            await chat.click("📅 What if I apply later?", message_id=crs_id)
            await chat.click("March 2027")
            await chat.send("/summary")
            await chat.click("✏️ Job 1 · hours")
            reply = said(await chat.send("20"))
            assert "Assessed as if you apply on March 1, 2027" in reply and "You appear eligible" in reply
            latest = bot.repository.latest_crs(chat.user_id)
            assert latest is not None and latest[0] == 470 and latest[7] == "not_yet_eligible", latest
            fresh = Chat(bot.app, tg, user_id=3302)
            await play(fresh, [*work(hours="[20]"), *IELTS_9, *CRS])
            assert "1,291 qualifying hours" in verdict_on_screen(fresh)
            assert bot.repository.latest_crs(fresh.user_id)[7] == latest[7]  # type: ignore[index]
            feed.body = ircc_feed({"drawNumber": "448", "drawDate": "2026-11-25",
                                   "drawName": "Canadian Experience Class", "drawSize": "2,500", "drawCRS": "466"})
            await refresh(bot)
            await until(lambda: bool(new_alerts(chat)))
            (alert,) = new_alerts(chat)
            assert "Your latest estimate, 470, is above this round's 466 by 4 points." in alert
            assert "do not meet every Canadian Experience Class requirement yet" in alert, alert
        bot.errors.check()
    finally:
        feed.close()

# -- 3. the only job left half answered: the way to leave it out is one the summary offers -----------------------
async def test_the_only_job_left_half_answered_points_to_a_button_that_exists(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """TEER 1 -> TEER 4 -> TEER 1: the job's questions are asked again. The person changes a score instead: the
    bot says the job comes first, "To leave it out instead, remove it from /summary", but the only job has no
    🗑️ button there (a screening keeps at least one job while "Paid job in Canada" is Yes)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await play(chat, [*ELIGIBLE_SCREENING, *CRS, "/summary", "[✏️ Job 1 · occupation]", "64100", "/summary",
                          "[✏️ Job 1 · occupation]", "21232", "/summary", "[✏️ Test 1 · speaking]"])
        reply = said(await chat.send("7"))
        assert state(bot, chat) == "job_start" and "When did job 1 in Canada start?" in reply
        assert ("Job 1 is not finished yet: its last questions first, then your result. It is your only job: to "
                "leave it out, change “Paid job in Canada (10 years)” to No in /summary.") in reply, reply
        await chat.send("/summary")
        assert "🗑️ Remove job 1" not in chat.buttons and "✏️ Paid job in Canada (10 years)" in chat.buttons
        await chat.click("✏️ Paid job in Canada (10 years)")
        await chat.click("No")
        assert "0 qualifying hours" in chat.last_text and answers(bot, chat)["canadian_work"] is False
    bot.errors.check()


async def test_l_unique_emploi_laisse_a_moitie_montre_le_bouton_qui_existe(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await play(chat, ["[Non]", "[Oui]", "21232", "2025-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]",
                          "[Oui]", "[Non]", "[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[Non]",
                          "/summary", "[✏️ Emploi 1 · profession]", "64100", "/summary",
                          "[✏️ Emploi 1 · profession]", "21232", "/summary", "[✏️ Test 1 · expression orale]"])
        reply = said(await chat.send("7"))
        assert ("L'emploi 1 n'est pas terminé : ses dernières questions d'abord, puis votre résultat. C'est votre "
                "seul emploi : pour le laisser de côté, répondez Non à « Emploi rémunéré au Canada (10 dernières "
                "années) » dans /summary.") in reply, reply
    bot.errors.check()

# -- 4. a correction typed at the result: nothing changed, and said so, with the way to change it ---------------
CHANGES_TYPED = ["actually I started in 2023", "sorry 20 hours not 40", "my speaking was 6.5",
                 "the end date is wrong", "I'm married actually", "2023-01-01"]


@pytest.mark.parametrize("typed", CHANGES_TYPED)
async def test_a_correction_typed_at_the_result_changes_nothing_and_says_how(
        tg: FakeTelegram, tmp_path: pathlib.Path, typed: str) -> None:
    """Before: "There is no question waiting for an answer right now. Use the buttons below, or /start." A person
    who typed a correction could believe it was taken, and /start is no way to change one answer."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await play(chat, [*ELIGIBLE_SCREENING, *CRS])
        before = answers(bot, chat)
        reply = said(await chat.send(typed))
        assert ("I changed nothing: no question is waiting for an answer. To change an answer, tap 📝 Review my "
                "answers (or send /summary), then its ✏️ button.") in reply, reply
        assert answers(bot, chat) == before and "📝 Review my answers" in chat.buttons
        await chat.click("📝 Review my answers")
        assert "✏️ Job 1 · start" in chat.buttons
    bot.errors.check()


@pytest.mark.parametrize("typed", ["en fait j'ai commencé en 2023", "erreur : c'était 20 heures"])
async def test_une_correction_tapee_au_resultat_ne_change_rien_et_dit_comment(
        tg: FakeTelegram, tmp_path: pathlib.Path, typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await play(chat, ["[Non]", "[Oui]", "21232", "2025-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]",
                          "[Oui]", "[Non]", "[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[Non]"])
        before = answers(bot, chat)
        reply = said(await chat.send(typed))
        assert ("Je n'ai rien modifié : aucune question n'attend de réponse. Pour modifier une réponse, touchez "
                "📝 Revoir mes réponses (ou envoyez /summary), puis le bouton ✏️ de cette réponse.") in reply, reply
        assert answers(bot, chat) == before
    bot.errors.check()


async def test_other_words_at_the_result_keep_the_plain_notice(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await play(chat, [*ELIGIBLE_SCREENING, *CRS])
        reply = said(await chat.send("hmm ok"))
        assert "There is no question waiting for an answer right now." in reply
        assert "I changed nothing" not in reply
        reply = said(await chat.send("thanks!"))  # thanks: a kind word since session 21, nothing sent again
        assert reply.startswith("You're welcome!") and "I changed nothing" not in reply
    bot.errors.check()
