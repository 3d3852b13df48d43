"""The charts in the chat, end to end through the fake Bot API: a photo with its caption, then the same facts
in text, in English and in French; nothing about them is stored."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram, StoredMessage
from .screenings import ELIGIBLE_SCREENING

PNG = b"\x89PNG\r\n\x1a\n"


def photo_of(tg: FakeTelegram, message: StoredMessage) -> bytes:
    """The PNG the bot uploaded for a photo message, as the fake server stored it."""
    sizes = message.extra["photo"]
    return tg.files[sizes[0]["file_id"]]


async def test_the_readme_person_asks_for_both_charts(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Ana")
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        assert "🗓️ Hours chart" in chat.buttons and "📊 CRS chart" not in chat.buttons  # no CRS yet
        await chat.click("🗓️ Hours chart")
        photo, facts = chat.bot_messages[-2:]
        assert photo.shown_text == "Hours that count for the CEC: 1,937 on November 27, 2026, 1,560 needed."
        assert photo.extra["photo"][0]["width"] == 1080 and photo.extra["photo"][0]["height"] == 1350
        assert photo_of(tg, photo).startswith(PNG) and len(photo_of(tg, photo)) < 200_000
        assert facts.shown_text is not None and facts.shown_text.startswith("What the chart shows")
        assert "You reached 1,560 hours on August 31, 2026." in facts.shown_text
        assert "Your language test expires on June 1, 2027." in facts.shown_text
        assert facts.buttons == ["▶️ Continue"]  # no age yet, so no CRS chart to offer

        await chat.click("▶️ Continue")  # back to the verdict, then the CRS
        await chat.click("Estimate my CRS")
        await answer_all(chat, "1997-03-10", "[Single]", "[Bachelor's or 3+ year program]",
                         "[Outside Canada, with an ECA]", "[No]", "[2 years]", "[No]", "[No]", "[No]")
        assert "CRS estimate: 470 points" in chat.last_text
        await chat.click("📊 CRS chart")
        photo, facts = chat.bot_messages[-2:]
        assert photo.shown_text is not None and photo.shown_text.startswith("Your CRS of 470 against ")
        assert photo_of(tg, photo).startswith(PNG)
        assert facts.shown_text is not None and "your 470 was below it in all of them" in facts.shown_text
        assert facts.buttons == ["🗓️ Hours chart", "▶️ Continue"]
        await chat.click("🗓️ Hours chart")  # from the CRS chart's facts, the other chart
        assert chat.bot_messages[-2].extra.get("photo") and "1,937" in (chat.bot_messages[-2].shown_text or "")

        # A chart changes nothing: the reply was not queued in the outbox, the screening is where it was.
        session = bot.repository.load_session(chat.user_id)
        assert session is not None and session.state == "crs_result"
        assert bot.repository.pending_replies(chat.user_id) == []
    bot.errors.check()


async def test_en_francais_le_graphique_des_heures_d_une_personne_pas_encore_admissible(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await chat.click("Non")
        await chat.click("Oui")
        await chat.send("21232")
        await chat.send("2026-03-02")
        for label in ("Oui", "30", "Oui", "Oui", "Non", "Oui", "Non", "IELTS General Training"):
            await chat.click(label)
        await chat.send("2025-06-01")
        await chat.send("8 7 7 7")
        await chat.click("Non")
        assert any("Pas encore admissible" in text for text in chat.texts)
        await chat.click("🗓️ Graphique des heures")
        photo, facts = chat.bot_messages[-2:]
        assert photo.shown_text == ("Heures qui comptent pour la catégorie de l'expérience canadienne : 1 157 au "
                                    "27 novembre 2026, 1 560 requises.")
        assert photo_of(tg, photo).startswith(PNG)
        assert facts.shown_text is not None and facts.shown_text.startswith("Ce que montre le graphique")
        # 364 days at 30 hours a week from 2026-03-02; the test expires 92 days later: a new test is advised.
        assert "vous atteindrez 1 560 heures le 1er mars 2027" in facts.shown_text
        assert "Votre test de langue expire le 1er juin 2027." in facts.shown_text
        assert "Prévoyez un nouveau test." in facts.shown_text
        assert facts.buttons == ["▶️ Continuer"]  # no CRS yet: no CRS chart to offer
    bot.errors.check()


async def test_a_forged_chart_button_gets_the_stale_answer(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        update = tg.callback_update(chat.user_id, "No")  # a real button, its data replaced by a forged one
        update["callback_query"]["data"] = "chart|pie"
        await chat.process(update)
        assert not any(m.extra.get("photo") for m in chat.bot_messages)
        assert "Quebec" in chat.last_text  # the question they were on, shown again
    bot.errors.check()


async def test_une_reponse_incertaine_est_lue_prudemment_sur_le_graphique(tg: FakeTelegram,
                                                                         tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await chat.click("Non")
        await chat.click("Oui")
        await chat.send("73300")
        await chat.send("mars 2024")
        for label in ("Oui", "40", "Oui", "Oui", "Non", "Je ne sais pas", "Non", "CELPIP-General"):
            await chat.click(label)  # "Je ne sais pas": authorized to work?
        await chat.send("14 juin 2025")
        await chat.send("9 8 8 9")
        await chat.click("Non")
        await chat.click("🗓️ Graphique des heures")
        photo, facts = chat.bot_messages[-2:]
        assert photo.extra.get("photo") and "0 au 27 novembre 2026" in (photo.shown_text or "")
        text = facts.shown_text or ""
        # Read carefully, as the verdict reads it: the job may not have been authorized, so none of it counts, and
        # "mars 2024" starts on the month's last day; the job goes on (never the chart's last day as its end).
        assert "Ne compte pas : emploi 1, travail sans autorisation, depuis le 31 mars 2024." in text
        assert "Votre test de langue expire le 14 juin 2027." in text
        assert "le graphique interprète la réponse de façon prudente, comme le verdict" in text
    bot.errors.check()
