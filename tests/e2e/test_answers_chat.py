"""Answers a person on a phone can give, end to end through the fake Bot API, in English and French."""

from __future__ import annotations

import pathlib

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram


async def test_the_readme_person_types_three_answers_to_reach_the_crs(tg: FakeTelegram,
                                                                      tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana")
        await chat.send("/start")
        typed: list[str] = []

        async def type_(text: str) -> None:
            typed.append(text)
            await chat.send(text)

        await chat.click("No")  # Quebec
        await chat.click("Yes")  # a paid job in Canada
        assert "Job 1 in Canada: what was your job title?" in chat.last_text
        await type_("software developer")
        assert chat.buttons[0] == "21232 · Software developers and programmers · TEER 1"
        await chat.click("21232 · Software developers")
        assert "When did job 1 in Canada start?" in chat.last_text
        for label in ("2025", "Sep", "1", "Yes", "40", "Yes", "Yes", "No", "Yes", "No"):
            await chat.click(label)
        assert "Which approved language test" in chat.last_text
        for label in ("IELTS General Training", "2025", "Jun", "1"):
            await chat.click(label)
        assert "all four at once" in chat.last_text
        await type_("8 7 7 7")
        assert "Listening: 8 · Reading: 7 · Writing: 7 · Speaking: 7" in "\n".join(chat.texts)
        await chat.click("No")
        assert any("You appear eligible" in text for text in chat.texts)
        await chat.click("Estimate my CRS (9 questions)")
        await type_("1997-03-10")
        for label in ("Single", "Bachelor's or 3+ year program", "Outside Canada, with an ECA", "No", "2 years",
                      "No", "No", "No"):
            await chat.click(label)
        assert "CRS estimate: 470 points" in chat.last_text
        assert len(typed) == 3  # the job title, the four scores, the birth date
        verdict = bot.repository.latest_verdict(chat.user_id)
        assert verdict is not None and verdict.result["crs"]["total"] == 470
        assert verdict.result["noc_version"] == "2021 V1.0"
    bot.errors.check()


async def test_no_job_in_canada_is_not_eligible_and_says_why(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await chat.click("No")
        await chat.click("No")  # no paid job in Canada
        assert "Which approved language test" in chat.last_text
        await chat.click("None yet")
        verdict = "\n".join(chat.texts)
        assert "Not eligible for the Canadian Experience Class" in verdict
        assert "skilled, paid work experience in Canada" in verdict
    bot.errors.check()


async def test_un_francophone_trouve_son_emploi_et_ne_sait_pas_son_permis(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await chat.click("Non")
        await chat.click("Oui")
        assert "Emploi 1 au Canada : quel était votre titre de poste ?" in chat.last_text
        await chat.send("camionneuse")
        assert chat.buttons[0].startswith("73300 · ")
        await chat.click("73300 · ")
        await chat.send("mars 2024")
        assert "mars 2024" in "\n".join(chat.texts)
        for label in ("Oui", "40", "Oui", "Oui", "Non", "Je ne sais pas", "Non", "CELPIP-General"):
            await chat.click(label)
        await chat.send("14 juin 2025")
        await chat.send("9 8 8 9")
        await chat.click("Non")
        text = "\n".join(chat.texts)
        assert "Je ne peux pas encore trancher" in text and "permis de travail" in text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None
        assert session.answers["jobs"][0]["job_start"] == "2024-03"
        assert session.answers["jobs"][0]["job_authorized"] == "unsure"
    bot.errors.check()


async def test_a_later_application_month_from_the_verdict(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await chat.click("No")
        await chat.click("Yes")
        await chat.send("21232")
        await chat.send("2026-03-15")
        for label in ("Yes", "40", "Yes", "Yes", "No", "Yes", "No", "IELTS General Training"):
            await chat.click(label)
        await chat.send("2025-06-01")
        await chat.send("8 7 7 7")
        await chat.click("No")
        assert any("Not yet eligible" in text for text in chat.texts)
        await chat.click("What if I apply later?")
        await chat.click("April 2027")
        text = "\n".join(chat.texts)
        assert "Assessed as if you apply on April 1, 2027." in text
        verdict = bot.repository.latest_verdict(chat.user_id)
        assert verdict is not None and verdict.result["verdict"] == "eligible"
    bot.errors.check()


async def test_privacy_names_the_source_of_the_occupation_data(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/privacy")
        assert "Statistique Canada, Classification nationale des professions (CNP) 2021" in chat.last_text
    bot.errors.check()
