"""Issue 15, through the real bot and the fake Bot API: three people type as people do.

A PGWP graduate in Toronto with a student job before; a cook in Montréal, in French; a vague person with
month-only dates, "not sure" and an abbreviation. What they type is understood or asked about, never misread;
Quebec is said at once; uncertain answers are told as uncertain.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram, StoredMessage


def shown(chat: Chat) -> str:
    return "\n".join(chat.texts)


def refused(messages: list[StoredMessage]) -> bool:
    """A refusal starts with ⚠️ (then the question again)."""
    return any((message.shown_text or "").startswith("⚠️") for message in messages)


async def test_a_pgwp_graduate_in_toronto_types_as_people_do(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Priya")
        await chat.send("/start")
        await chat.send("no, I live in Toronto")
        assert "paid job in Canada" in chat.last_text
        await chat.send("yes, I worked")
        await chat.send("21232")  # software developer, on a post-graduation work permit
        await chat.send("since sept 2024")
        await chat.send("yes still there")
        await chat.send("about 40 hours")
        assert "Noted as an estimate: about 40 hours a week. That is fine" in shown(chat)
        await chat.send("yes")
        await chat.send("yes, full time employee")
        await chat.send("no, I had graduated")
        await chat.send("yes, PGWP")
        await chat.send("yes, a student job before")
        assert "Job 2 in Canada" in chat.last_text
        await chat.send("63200")  # a cook's job while studying full time
        await chat.send("2022")  # a bare year: its months open, as the year button does
        assert "2022: tap the month." in chat.last_text and "Sep" in chat.buttons
        await chat.click("Sep")
        await chat.click("I don't know the day")
        await chat.send("nope")
        await chat.send("april 2024")
        await chat.send("20ish")
        await chat.send("yes")
        await chat.send("yes")
        await chat.send("yes, full time student")  # hours that cannot count: no authorization question (issue 16)
        await chat.send("no, that's all")
        await chat.send("IELTS GT")
        await chat.send("2025-06-01")
        await chat.send("6.5,6.5,6,5.5")  # commas between scores: never read as "6,5"
        assert "Listening: 6.5 · Reading: 6.5 · Writing: 6 · Speaking: 5.5" in shown(chat)
        await chat.send("oops no, go back")  # back to where the four were typed in one message: listening
        assert "Changing your answer: “6.5”" in chat.last_text and "type all four at once" in chat.last_text
        await chat.send("8.5,8,7.5,7.5")  # accepted as typed (it was once refused over an "8.7")
        await chat.send("no")
        assert any("You appear eligible" in text for text in chat.texts)
        assert "❔" not in shown(chat)  # the month-only dates of the student job decide nothing
        test = bot.repository.load_session(chat.user_id).answers["tests"][0]  # type: ignore[union-attr]
        assert [test[f"test_{a}"] for a in ("listening", "reading", "writing", "speaking")] == [8.5, 8, 7.5, 7.5]
        jobs = bot.repository.load_session(chat.user_id).answers["jobs"]  # type: ignore[union-attr]
        assert (jobs[0]["job_hours"], jobs[0]["job_authorized"], jobs[1]["job_start"], jobs[1]["job_hours"]) == (
            40, True, "2022-09", 20)
    bot.errors.check()


async def test_un_cuisinier_a_montreal_entend_parler_du_quebec_tout_de_suite(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Étienne", language_code="fr")
        await chat.send("/start")
        await chat.send("oui, j'habite à Montréal")
        notice = chat.last_text
        assert "s'adresse aux personnes qui vivront hors du Québec" in notice
        assert "Programme de sélection des travailleurs qualifiés (PSTQ)" in notice and "Arrima" in notice
        assert "Immigrer au Québec (quebec.ca)" in notice
        assert chat.buttons == ["Je compte vivre ailleurs au Canada", "Je comprends"]
        assert "vivre ailleurs" not in notice.split("Arrima")[0]  # never an invitation to declare a move
        await chat.click("Je comprends")
        assert "Vos réponses sont conservées" in chat.last_text
        assert chat.buttons == ["Je compte vivre ailleurs au Canada"]  # no CRS, plan, chart or reminder
        everything = [label for message in chat.bot_messages for row in message.keyboard for label in row]
        assert not any(word in label for label in everything for word in ("SCG", "📅", "🔔", "🗓️", "📊"))
        assert bot.repository.latest_verdict(chat.user_id) is None
        await chat.send("/start")  # later: the same place, the answer kept
        assert "PSTQ" in "\n".join(chat.texts[-2:])
        await chat.click("Je compte vivre ailleurs au Canada")  # plans changed: the screening goes on
        assert "Avez-vous occupé un emploi rémunéré au Canada" in chat.last_text
        for typed in ("oui", "63200", "depuis janvier 2023", "oui toujours", "environ 35 h", "oui",
                      "oui, salarié", "non", "oui, permis de travail ouvert", "non, c'est tout", "TEF", "mai 2025",
                      "CO 503 CE 447 EE 475 EO 489", "non"):
            assert not refused(await chat.send(typed)), (typed, chat.last_text)
        assert "Noté comme une estimation : environ 35 heures par semaine." in shown(chat)
        assert any("Vous semblez admissible" in text for text in chat.texts)
        assert "❔" not in shown(chat)  # "janvier 2023" and "mai 2025" change nothing here: nothing is said
    bot.errors.check()


async def test_a_vague_person_hears_both_readings(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sam")
        await chat.send("/start")
        for typed in ("nope", "yep", "21232", "Nov 2025", "yes still there", "40 hrs/wk", "yes", "yes", "no",
                      "not sure", "nope", "IELTS GT", "may 2025", "L 8 R 7 W 7 S 7", "no"):
            assert not refused(await chat.send(typed)), (typed, chat.last_text)
        verdict = next(text for text in chat.texts if "❔ I can't tell yet" in text)
        assert "Read the most favourable way: eligible. Read the careful way: not eligible." in verdict
        assert "/ CLB 7." in verdict
        assert "Hours still needed, careful / favourable: 1,560 (0 h count) / 0" in verdict
        assert "• Job 1 · start: you gave November 2025 without the day." in verdict
        assert "• Job 1 · authorized: " in verdict
        assert "do not change this result" not in verdict
        await chat.click("📄 Details")  # the hours, behind the first screen (issue 16)
        details = "\n".join(chat.texts[-3:])
        assert "h whose work permit you were not sure of" in details and "without authorization" not in details
        await chat.click("⬅️ Back to my result")
        await chat.click("Estimate my CRS")
        for typed in ("34", "single", "bachelors"):
            await chat.send(typed)
        await chat.send("abroad")  # with an ECA or without? asked, with both as buttons
        assert "can read “abroad” in more than one way" in chat.last_text
        assert chat.buttons == ["Outside Canada, with an ECA", "Outside Canada, no ECA (yet)"]
        await chat.click("Outside Canada, with an ECA")
        for typed in ("none", "1 year", "no", "no", "no"):
            await chat.send(typed)
        crs = shown(chat)
        assert "CRS estimate: 377 points" in crs
        assert "Read the favourable way, it is 443 (not 377)" in crs
        stored = bot.repository.latest_verdict(chat.user_id)
        assert stored is not None and stored.result["approximate"]["favourable"]["crs_total"] == 443
    bot.errors.check()
