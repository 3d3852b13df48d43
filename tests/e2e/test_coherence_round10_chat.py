"""The coherence audit, round 10, through the fake Bot API (tests/flows/test_coherence_round10.py is the flows'
side): Noé types two overlapping jobs both started "vers" a month and a TCF Canada "vers février 2026", in French,
as on a phone. Details' line on the work in Canada (the hours, the overlap's split, each start counted from the
month's last day, the "not yet" day resting on each start) is longer than a message on its own: every message the
bot sends of it ends between sentences, and every date it names reaches the person whole ("le 31 janvier 2026",
never "le 31" then "janvier 2026" in the next message).
"""

from __future__ import annotations

import pathlib
import re

from flows.result_view import SHORT_MESSAGE

from .bot_fixtures import answer_all, bot_on, said
from .fake_telegram import Chat, FakeTelegram

REST_FR = ["oui", "oui", "non", "oui"]  # paid, an employee, not a full-time student, authorized
_MONTHS = r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"


async def test_a_details_line_longer_than_a_message_reaches_the_person_cut_between_sentences(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Noé", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "vers janvier 2026", "oui", "25", *REST_FR, "oui",
                         "63200", "vers fevrier 2026", "oui", "20", *REST_FR, "non", "[TCF Canada]",
                         "vers fevrier 2026", "523 524 14 14", "non")
        assert any("Pas encore admissible" in text for text in chat.texts), chat.texts[-3:]
        before = len(chat.texts)
        details = await chat.click("Détails")
        parts = [m.shown_text or "" for m in details]
        assert len(chat.texts) > before and len(parts) > 1, said(details)[:300]
        assert all(len(part) <= SHORT_MESSAGE for part in parts)
        work = [part for part in parts if "vers janvier 2026" in part or "vers février 2026" in part]
        assert work, parts
        for part in parts:
            # a message never ends on a bare day nor starts with a month and a year: no date cut in two
            assert not re.search(r"\ble \d{1,2}(?:er)?\s*$", part), part[-80:]
            assert not re.match(rf"\s*(?:{_MONTHS}) \d{{4}}", part), part[:80]
        # the work line itself is cut after a sentence's end, its heading ("Les conditions") above it
        assert not any(part.rstrip().endswith("Les conditions") for part in parts)
        cut = [part for part in parts if "Travail au Canada" in part and "FEER" not in part]
        assert cut and cut[0].rstrip().endswith("."), cut[:1]
        assert "le 31 janvier 2026" in said(details)
    bot.errors.check()
