"""Results stay (issue 16): a verdict or a CRS message is never edited into what follows, and "Back to my result"
points up to it instead of sending it whole again."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK, IELTS_9
from .test_improvements_chat import README_PERSON_CRS


def _message_with(chat: Chat, words: str) -> int:
    ids = [m.message_id for m in chat.bot_messages if words in (m.shown_text or "")]
    assert ids, chat.transcript()
    return ids[-1]


async def test_the_verdict_stays_when_the_crs_questions_begin(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING)
        verdict_id = _message_with(chat, "You appear eligible for the Canadian Experience Class")
        verdict = tg.get_message(chat.chat_id, verdict_id)
        assert verdict is not None
        before = verdict.shown_text
        assert before is not None and "1,937 qualifying hours" in before

        await chat.click("Estimate my CRS")
        assert "What is your date of birth?" in chat.last_text
        assert chat.last_bot_message.message_id != verdict_id  # the question came in a new message
        assert verdict.shown_text == before  # the hours and the reasons are still there

        # The old verdict's button, pressed again later, says it is stale and still leaves the verdict alone.
        await chat.click_stale("Estimate my CRS", verdict_id)
        assert "That button belongs to an earlier question" in "\n".join(chat.texts[-2:])
        assert verdict.shown_text == before
        assert "What is your date of birth?" in chat.last_text
    bot.errors.check()


async def test_back_to_my_result_points_up_instead_of_sending_it_again(tg: FakeTelegram,
                                                                        tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9)
        await chat.click("Estimate my CRS")
        await answer_all(chat, *README_PERSON_CRS)
        crs_id = _message_with(chat, "CRS estimate: 470 points")
        full = chat.last_text
        assert "Canadian work experience: 40" in full

        await chat.click("What if I apply later?")  # the month picker comes below; the result stays
        assert chat.last_bot_message.message_id != crs_id
        assert (tg.get_message(chat.chat_id, crs_id) or chat.last_bot_message).shown_text == full
        await chat.send("/summary")

        await chat.click("📈 How can I raise my score?", message_id=crs_id)
        await chat.click("⬅️ Back to my result")
        card = chat.last_text
        assert "CRS estimate: 470 points" in card and "You appear eligible" in card
        assert "Your full result is above" in card
        assert "Canadian work experience: 40" not in card  # not the whole result again
        assert len(card) < 300
        assert "📈 How can I raise my score?" in chat.buttons  # its menu, under the card

        await chat.click("📄 Show my full result")
        again = chat.last_text
        # The same result, without the answer above it, and without the grid's caveat: it is said once per
        # screening, in the first CRS message (still in the chat).
        caveat = "IRCC may have added points for work or a job offer in high-wage occupations"
        assert caveat in full and caveat not in again
        # The link to IRCC's CRS tool is in the caveat the first time, on its own line after.
        assert set(again.splitlines()) - set(full.splitlines()) == {"Compare with IRCC's official CRS tool."}
        assert sum(caveat in text for text in chat.texts) == 1
        assert chat.last_bot_message.message_id != crs_id
    bot.errors.check()


async def test_le_verdict_reste_en_francais(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, "[Non]", "[Oui]", "21232", "2025-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]",
                         "[Non]", "[Oui]", "[Non]", "[IELTS General Training]", "2025-06-01", "8", "7", "7", "7",
                         "[Non]")
        verdict_id = _message_with(chat, "admissible")
        before = (tg.get_message(chat.chat_id, verdict_id) or chat.last_bot_message).shown_text
        await chat.click("Estimer mon score SCG")
        assert chat.last_bot_message.message_id != verdict_id
        assert (tg.get_message(chat.chat_id, verdict_id) or chat.last_bot_message).shown_text == before
        await chat.click("⬅️", message_id=chat.last_bot_message.message_id)  # back to the verdict from question 1
        await chat.send("/summary")
        await chat.click("Continuer")
        assert "Votre résultat complet est plus haut" in chat.last_text
        assert "📄 Revoir mon résultat complet" in chat.buttons
    bot.errors.check()
