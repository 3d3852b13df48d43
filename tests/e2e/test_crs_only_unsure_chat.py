""""Not sure" at a question that changes only the CRS (a Canadian credential, work abroad, a trade certificate, a
nomination, a brother or sister in Canada, the partner's Canadian work): told that it changes only the estimate and
which answer makes it a careful one, instead of the generic "tap one of the buttons" (the uncertain answers audit,
round 3). Nothing is stored until the person answers."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, README_CRS


async def test_not_sure_at_the_canadian_credential_and_work_abroad(tg: FakeTelegram,
                                                                   tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await answer_all(chat, "/start", *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS[:4])
        assert "Do you also have a Canadian post-secondary diploma" in chat.last_text
        await chat.send("not sure")
        assert chat.last_text.startswith("⚠️ No problem: this answer changes only your CRS estimate, not whether "
                                         "you are eligible. If you are not sure, choose “No”")
        assert "Do you also have a Canadian post-secondary diploma" in chat.last_text  # asked again
        await answer_all(chat, "[No]")
        assert "How many years of skilled, paid work outside Canada" in chat.last_text
        await chat.send("idk")
        assert "If you are not sure, choose “None”" in chat.last_text
        await answer_all(chat, "[2 years]", "[No]", "[No]", "[No]")
        assert "CRS estimate: 470 points" in "\n".join(chat.texts[-3:])  # the README person's score, unchanged
    bot.errors.check()


async def test_je_sais_pas_au_frere_ou_a_la_soeur(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non",
                         "oui", "non", "[IELTS General Training]", "2025-06-01", "8 7 7 7", "non",
                         "[Estimer mon score SCG]", "1997-03-10", "célibataire", "baccalauréat",
                         "hors du canada avec ede", "non", "2 ans", "non", "non")
        assert "frère ou une sœur" in chat.last_text
        await chat.send("je sais pas")
        assert "Aucun problème : cette réponse ne change que votre score SCG estimé, pas votre admissibilité. " \
               "Si vous n'êtes pas certain(e), choisissez « Non »" in chat.last_text
    bot.errors.check()
