"""Dates typed on a phone, end to end through the fake Bot API: asked once when they read two ways, and a job's
month said with the day its hours are counted from (tests/flows/test_dates_as_typed.py has the 200 cases)."""

from __future__ import annotations

import pathlib

from .bot_fixtures import bot_on
from .fake_telegram import Chat, FakeTelegram


async def _to_job_start(chat: Chat, lang: str) -> None:
    await chat.send("/start")
    await chat.click("No" if lang == "en" else "Non")  # Quebec
    await chat.click("Yes" if lang == "en" else "Oui")  # a paid job in Canada
    await chat.send("21232")


async def test_a_birth_date_read_two_ways_is_asked_once(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana")
        await chat.send("/start")
        await chat.click("No")
        await chat.click("No")  # no job in Canada
        await chat.click("None yet")
        await chat.click("Estimate my CRS")
        assert "What is your date of birth?" in chat.last_text
        before = len(tg.bot_messages(chat.chat_id))
        await chat.send("12/04/1999")
        new = tg.bot_messages(chat.chat_id)[before:]
        assert len(new) == 1  # only "which did you mean?": the question is not sent a second time
        assert new[0].shown_text.startswith("❓ I can read “12/04/1999” in more than one way.")
        assert chat.buttons == ["April 12, 1999", "December 4, 1999"]
        await chat.click("April 12, 1999")
        assert "What is your marital status?" in chat.last_text
        assert "date of birth" not in chat.last_text
        assert chat.last_text.startswith("✅ April 12, 1999")  # the day taken, said in words
    bot.errors.check()


async def test_une_date_de_debut_donnee_en_mois_dit_le_jour_compte(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_job_start(chat, "fr")
        assert "Quand l'emploi 1 au Canada a-t-il commencé ?" in chat.last_text
        await chat.send("mars 2025 🙂")
        said = ("Emploi 1 : vous avez indiqué mars 2025 sans le jour, donc ses heures sont comptées à partir du "
                "31 mars 2025, le jour le plus tardif possible")
        assert said in chat.last_text
        for label in ("Oui", "40", "Oui", "Oui", "Non", "Oui", "Non", "IELTS General Training"):
            await chat.click(label)
        await chat.send("aujourd'hui")  # the test date: taken today
        await chat.send("8 7 7 7")
        await chat.click("Non")
        verdict = "\n".join(chat.texts)
        assert "Vous semblez admissible" in verdict
        assert f"il en faut 1 560. {said}" in verdict  # beside the hours
    bot.errors.check()


async def test_dates_typed_with_spaces_emoji_and_a_slip(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await _to_job_start(chat, "en")
        await chat.send("📅 15 / 03 / 2024")
        assert "✅ March 15, 2024" in "\n".join(chat.texts)
        assert "Do you still work in job 1 in Canada?" in chat.last_text
        assert "without the day" not in chat.last_text  # a day was given
        await chat.click("No")
        await chat.send("Febuary 2025")  # one letter dropped: read, not confirmed
        assert "its hours are counted until February 1, 2025, the earliest day it can be" in chat.last_text
        assert "How many hours a week" in chat.last_text
    bot.errors.check()


async def test_a_short_year_and_a_month_of_no_year_are_asked_with_each_reading(tg: FakeTelegram,
                                                                               tmp_path: pathlib.Path) -> None:
    # tests/flows/test_typed_answers_fresh4.py: "3/4/24" was refused; "since jan" too (today is 2026-11-27)
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana")
        await _to_job_start(chat, "en")
        before = len(tg.bot_messages(chat.chat_id))
        await chat.send("3/4/24")
        new = tg.bot_messages(chat.chat_id)[before:]
        assert len(new) == 1 and new[0].shown_text.startswith("❓ I can read “3/4/24” in more than one way.")
        assert chat.buttons == ["April 3, 2024", "March 4, 2024"]
        await chat.send("since jan")
        assert chat.last_text.startswith("❓ I can read “since jan” in more than one way.")
        assert chat.buttons == ["January 2026", "January 2025"]
        await chat.click("January 2025")
        assert "Do you still work in job 1 in Canada?" in chat.last_text and "January 2025" in chat.last_text
    bot.errors.check()


async def test_l_ete_dernier_offre_ses_mois(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_job_start(chat, "fr")
        await chat.send("l'été dernier")
        assert chat.last_text.startswith("❓ « l'été dernier » peut désigner plus d'un mois.")
        assert chat.buttons == ["juin 2026", "juillet 2026", "août 2026", "septembre 2026"]
    bot.errors.check()


async def test_le_mois_dernier_se_confirme_par_son_nom(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The month to confirm is a button label: "octobre 2026", not "mois de octobre 2026" (the phrase said after
    "du" in a sentence)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await _to_job_start(chat, "fr")
        await chat.send("le mois dernier")
        assert chat.last_text.startswith("❓ J'ai lu « le mois dernier » comme la date ci-dessous.")
        assert chat.buttons == ["octobre 2026"]
        await chat.click("octobre 2026")
        assert "Occupez-vous toujours l'emploi 1 au Canada ?" in chat.last_text
    bot.errors.check()
