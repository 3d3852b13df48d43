"""Issue 16: after a job is found not to count, only what the result or the CRS still needs is asked, and why the
rest is skipped is said; without a language test, the CRS is shown at CLB 7 and at CLB 9, and the plan starts with
the test eligibility needs."""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, bot_on
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_WORK, IELTS_9, NO_TEST, README_CRS


async def test_a_self_employed_job_skips_the_studies_and_authorization(tg: FakeTelegram,
                                                                       tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "21232", "2024-01-01", "[Yes]", "[40]", "[Yes]")
        assert "employee" in chat.last_text.lower()
        await chat.click("No")  # self-employed
        said = chat.last_text
        assert "Self-employment counts neither for the Canadian Experience Class nor as Canadian work" in said
        assert "so I skip the questions about studies and work authorization" in said
        assert "Do you want to add another job in Canada?" in said  # not "a full-time student?"
        await answer_all(chat, "[No]", *IELTS_9)
        assert "❌ Not eligible for the Canadian Experience Class for now" in chat.last_text
        job = (bot.repository.load_session(chat.user_id) or None)
        assert job is not None and "job_student" not in job.answers["jobs"][0]
        assert "job_authorized" not in job.answers["jobs"][0]
        await chat.click("📄 Details")
        details = "\n".join(chat.texts[-3:])
        assert "self-employ" in details.lower()  # the hours ledger says why they do not count
    bot.errors.check()


async def test_a_teer_5_job_then_a_skilled_one_asks_only_the_second_in_full(tg: FakeTelegram,
                                                                              tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, "[No]", "[Yes]", "65200")
        assert "so I skip this job's dates, hours and other questions" in chat.last_text
        await chat.click("Yes")  # another job
        await answer_all(chat, *ELIGIBLE_WORK[2:], *IELTS_9)
        verdict = chat.last_text
        assert "✅ You appear eligible for the Canadian Experience Class" in verdict
        assert "Job 1 (TEER 5) counts for neither the CEC nor the CRS" in verdict
        assert "1,937 qualifying hours" in verdict
    bot.errors.check()


async def test_without_a_test_the_crs_at_clb_7_and_9_and_the_requirement_first(tg: FakeTelegram,
                                                                               tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *NO_TEST, "[Estimate my CRS]", *README_CRS)
        crs = chat.last_text
        assert "CRS estimate: 296 points" in crs
        # The same person with IELTS 8/7/7/7 (CLB 9) scores 470 (tests/e2e/test_bot_screening.py).
        assert ("No valid language test yet, so no language points. With a test at CLB 7 in all four abilities: "
                "390 points; at CLB 9: 470 points.") in crs
        await chat.click("📈 How can I raise my score?")
        plan = "\n".join(text for text in chat.texts[-3:] if not text.startswith("🧭"))  # the plan, not the path
        assert ("1. Needed to be eligible: an IELTS General Training result at CLB 7 or more in all four abilities"
                in plan)  # CLB 7: the software developer's TEER 1 requires it
        # IELTS is one example: one approved test, in English or French, is enough (RULES.md 1).
        assert "Any approved test, in English or French, at that level in all four abilities meets the " \
               "requirement as well." in plan
        assert "A IELTS" not in plan and "An IELTS General Training result at CLB 10" in plan
        assert "as a second official language" not in plan  # there is no first one
        assert "A TEF Canada result at NCLC 7 or more" in plan or "TEF Canada" not in plan
    bot.errors.check()


async def test_sans_test_le_score_au_nclc_7_et_9(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, "[Non]", "[Oui]", "21232", "2025-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]",
                         "[Oui]", "[Non]", "[Aucun pour l'instant]", "[Estimer mon score SCG]", "1997-03-10",
                         "[Célibataire]")
        await answer_all(chat, "[Baccalauréat ou programme de 3 ans ou plus]", "[Hors du Canada, avec une EDE]",
                         "[Non]", "[2 ans]", "[Non]", "[Non]", "[Non]")
        crs = chat.last_text
        assert "Score SCG estimé : 296 points" in crs
        # A French test at NCLC 7 also earns the French points (RULES.md 3): said beside the English test's figure.
        assert ("Pas encore de test de langue valide, donc aucun point de langue. Avec un test au NCLC 7 dans les "
                "quatre compétences : 390 points en anglais, 415 en français ; au NCLC 9 : 470 en "
                "anglais.") in crs
        await chat.click("📈 Comment augmenter mon score ?")
        plan = "\n".join(chat.texts[-2:])
        assert "1. Nécessaire pour être admissible : un résultat au test IELTS General Training" in plan
        assert "deuxième langue officielle" not in plan
    bot.errors.check()
