"""📈 "How can I raise my score?" end to end through the fake Bot API, in English and French."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_WORK, IELTS_9

README_PERSON_CRS = ["1997-03-10", "[Single]", "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]",
                     "[No]", "[2 years]", "[No]", "[No]", "[No]"]


async def test_the_readme_person_asks_how_to_raise_the_score(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9)
        await chat.click("Estimate my CRS")
        await answer_all(chat, *README_PERSON_CRS)
        assert "CRS estimate: 470 points" in chat.last_text
        await chat.click("📈 How can I raise my score?")
        plan = chat.last_text
        assert "What would raise your score (now 470)" in plan
        # first, the way to an invitation: here one step alone gets there, and it opens the French rounds
        way = chat.texts[-2]  # the steps together, just before the plan
        assert way.startswith("🧭 One step that would have reached every recent cut-off: TEF Canada at NCLC 7 in "
                              "all four abilities. That alone: a CRS of 532")
        assert "also opens the French-language proficiency rounds" in way
        # French at NCLC 7 pays most: 12 second-language points and 50 additional points (RULES.md section 3).
        assert "1. French as a second official language: TEF Canada at NCLC 7 or more" in plan
        assert "+62 points" in plan
        assert "With this, 532: it would have reached the cut-off in each of the last 6" in plan
        assert "A new IELTS General Training result at CLB 10 or more in all four abilities" in plan
        assert "4." not in plan  # the top three only
        assert any(label.startswith("More (") for label in chat.buttons)
        assert not any("partner" in label for label in chat.buttons)  # single: nothing to compare

        await chat.click("More (")
        more = "\n".join(chat.texts[-2:])  # in parts of 1,500 characters at most (issue 16)
        assert "More ways to raise your score (now 470)" in more
        assert "IELTS General Training listening 8.5 (CLB 10) instead of 8.0: +3 points." in more
        assert "Warning: on March 10, 2027 you turn 30 and your age points fall from 110 to 105." in more

        await chat.click("⬅️ Back to my result")
        assert "CRS estimate: 470 points" in chat.last_text
        await chat.send("/privacy")
        assert "whether your partner would score more as the principal applicant" in chat.last_text
    bot.errors.check()


async def test_une_personne_mariee_compare_avec_sa_conjointe(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, "[Non]", "[Oui]", "21232", "2025-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]",
                         "[Non]", "[Oui]", "[Non]", "[IELTS General Training]", "2025-06-01", "8", "7", "7", "7",
                         "[Non]")
        await chat.click("Estimer mon score SCG")
        await answer_all(chat, "1990-03-10", "[Marié(e)]", "[Non]", "[Oui]", "[Maîtrise ou diplôme professionnel]",
                         "[CELPIP-General]", "2026-01-10", "9", "9", "9", "9", "[1 an]",
                         "[Baccalauréat ou programme de 3 ans ou plus]", "[Hors du Canada, avec une EDE]",
                         "[Non]", "[Aucune]", "[Non]", "[Non]", "[Non]")
        assert "Score SCG estimé :" in chat.last_text
        await chat.click("📈 Comment augmenter mon score ?")
        plan = "\n".join(chat.texts[-2:])  # in parts of 1,500 characters at most (issue 16)
        assert "Ce qui augmenterait votre score (actuellement" in plan
        assert "Le français comme deuxième langue officielle : TEF Canada au NCLC 7" in plan
        assert "Avec ce changement, " in plan and "dernières rondes" in plan
        await chat.click("Voir plus (")
        more = "\n".join(chat.texts[-3:])
        assert "D'autres façons d'augmenter votre score" in more
        assert "Attention : le 10 mars 2027, vous aurez 37 ans" in more

        await chat.click("👥 Mon époux ou conjoint de fait")
        assert "sa date de naissance" in chat.last_text
        await chat.send("mars 1996")  # the day is missing: the same question again, kindly
        assert "Tapez-la avec le jour" in chat.last_text
        assert "sa date de naissance" in chat.last_text
        await chat.send("1996-05-01")
        assert "hors du Canada" in chat.last_text
        await chat.click("3 ans")
        assert "répond-elle aux exigences du programme" in chat.last_text
        await chat.click("Oui, surtout dans un emploi FEER 0 ou 1")
        comparison = chat.last_text
        assert "comme demandeur principal, le score SCG du couple serait" in comparison
        # CELPIP 9 meets NCLC 7
        assert "remplit aussi les critères de la catégorie de l'expérience canadienne" in comparison
        assert "ses heures exactes au Canada ne sont pas vérifiées ici" in comparison

        session = bot.repository.load_session(chat.user_id)
        assert session is not None
        assert session.answers["_partner"] == {"birth_date": "1996-05-01", "foreign_work_years": 3,
                                               "cec_work": "teer_0_1"}
        await chat.send("/delete")
        await chat.click("Oui, tout effacer")
        assert bot.repository.load_session(chat.user_id) is None
    bot.errors.check()


async def test_a_married_person_types_the_partner_facts_as_the_buttons_read(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """The partner comparison's questions read a typed answer as the button it names ("2 years", "no"); a "yes"
    that names two buttons is asked again; anything else gets the question again, not "no question waiting"."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2025-09-01", "[Yes]", "[40]", "[Yes]", "[Yes]",
                         "[No]", "[Yes]", "[No]", "[IELTS General Training]", "2025-06-01", "8", "7", "7", "7",
                         "[No]")
        await chat.click("Estimate my CRS")
        await answer_all(chat, "1990-03-10", "[Married]", "[No]", "[Yes]", "[Master's or professional degree]",
                         "[CELPIP-General]", "2026-01-10", "9", "9", "9", "9", "[1 year]",
                         "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]",
                         "[No]", "[None]", "[No]", "[No]", "[No]")
        await chat.click("📈 How can I raise my score?")
        await chat.click("👥 Would my partner score more")
        await chat.send("1996-05-01")
        assert "outside Canada" in chat.last_text
        said = "\n".join(m.shown_text or "" for m in await chat.send("lots"))  # not a button: asked again
        assert "Please use the buttons below, or type an answer as one of them reads." in said
        assert "outside Canada" in chat.last_text
        await chat.send("2 years")
        assert "meet the program" in chat.last_text
        said = "\n".join(m.shown_text or "" for m in await chat.send("yes"))  # TEER 0 or 1, or 2 or 3? Not guessed
        assert "Please use the buttons below" in said and "meet the program" in chat.last_text
        await chat.send("Yes, mostly in a TEER 2 or 3 job")
        assert "as the principal applicant, the couple's CRS would be" in chat.last_text
        session = bot.repository.load_session(chat.user_id)
        assert session is not None
        assert session.answers["_partner"] == {"birth_date": "1996-05-01", "foreign_work_years": 2,
                                               "cec_work": "teer_2_3"}
    bot.errors.check()


async def test_forged_raise_buttons_get_the_stale_answer(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK, *IELTS_9)
        before = bot.repository.load_session(chat.user_id)
        for data in ("raise|pw|teer_9", "raise|pf|99", "raise|partner", "raise|top"):  # no CRS, no partner yet
            update = tg.callback_update(chat.user_id, "Estimate my CRS")  # a real button, its data forged
            update["callback_query"]["data"] = data
            await chat.process(update)
            assert "That button belongs to an earlier question" in "\n".join(chat.texts[-3:])
        after = bot.repository.load_session(chat.user_id)
        assert before is not None and after is not None and after.answers == before.answers
    bot.errors.check()
