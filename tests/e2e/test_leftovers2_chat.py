"""Four things left by the screens audit that confuse a person, read as a chat in English and French: a test kind
changed in /summary, a stale button on an old result, /chart and /edit typed, and the CRS chart's "best change".

Figures by hand (today 2026-11-27; RULES.md 1, 2 and 3): the README person (tests/e2e/screenings.py) has 1,937
qualifying hours; CELPIP-General 9/9/9/9 converts to CLB 9 in each ability (RULES.md 2: CELPIP levels are CLB
levels), so they stay eligible with it.
"""

from __future__ import annotations

import pathlib

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK, IELTS_9, NOT_YET, README_CRS
from .test_quebec_audit_chat import ELIGIBLE_FR, README_CRS_FR


# -- 1. a test kind changed in /summary: its date is asked, the old one offered ---------------------------------
async def test_another_kind_of_test_is_asked_its_own_date(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "/summary", "[✏️ Test 1]")
        await chat.click("CELPIP-General")  # IELTS before: most likely another result, on another day
        assert "On what date did you take it?" in chat.last_text
        assert chat.keyboard[0] == ["Same date as before: June 1, 2025"]  # a mistyped kind: one tap
        assert "test_date" not in answers(bot, chat)["tests"][0]  # nothing kept unasked meanwhile
        await chat.send("2026-01-10")
        assert "Your CELPIP-General result in listening?" in chat.last_text
        verdict = said(await chat.send("9 9 9 9"))
        assert "Your CELPIP-General of January 10, 2026 converts to CLB 9/9/9/9." in verdict
        assert "June 1, 2025" not in verdict
        assert "You appear eligible for the Canadian Experience Class" in verdict
    bot.errors.check()


async def test_back_from_the_new_date_brings_the_first_test_back(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "/summary", "[✏️ Test 1]", "[CELPIP-General]")
        await chat.click("⬅️ Back")  # a slip of the thumb: the IELTS result comes back whole, date and scores
        test = answers(bot, chat)["tests"][0]
        assert test["test_kind"] == "ielts_general" and test["test_date"] == "2025-06-01"
        assert (test["test_listening"], test["test_speaking"]) == (8, 7)
        assert "_earlier_test_date" not in test
    bot.errors.check()


async def test_le_meme_jour_d_un_autre_test_en_un_toucher(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_FR, "/summary", "[✏️ Test 1]", "[CELPIP-General]")
        assert "À quelle date avez-vous passé ce test ?" in chat.last_text
        await chat.click("Même date qu'avant : 1er juin 2025")
        assert "CELPIP-General : votre résultat en compréhension de l'oral ?" in chat.last_text
        verdict = said(await chat.send("9 9 9 9"))
        assert "votre test CELPIP-General du 1er juin 2025 correspond aux niveaux NCLC 9/9/9/9." in verdict
        assert "_earlier_test_date" not in answers(bot, chat)["tests"][0]
    bot.errors.check()


# -- 3. /chart and /edit typed: what their buttons do, listed in /help and in the command menu --------------------
async def test_chart_and_edit_typed_do_what_their_buttons_do(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_WORK)
        early = said(await chat.send("/chart"))  # no result yet: where the charts come, then the question
        assert "The charts come with your result: the hours chart with the verdict" in early
        assert "I don't know that command" not in early
        assert "Which approved language test have you taken?" in chat.last_text
        await answer_all(chat, *IELTS_9)
        hours = said(await chat.send("/chart"))
        assert "Hours that count for the CEC: 1,937 on November 27, 2026, 1,560 needed." in hours
        await answer_all(chat, "[Continue]", "[Estimate my CRS]", *README_CRS)
        crs = said(await chat.send("/chart"))
        assert "Your CRS of 470 against 17 Canadian Experience Class rounds of the last 12 months." in crs
        edit = said(await chat.send("/edit"))
        assert "I don't know that command" not in edit and "✏️ Test 1 · date" in chat.buttons
        helped = said(await chat.send("/help"))
        assert "/summary or /edit: review and change your answers" in helped
        assert "/chart: the charts of your result (hours, CRS)" in helped
        menu = {c["command"]: c["description"] for c in tg.get_commands("")}
        assert menu["chart"] == "The charts of your result (hours, CRS)"
        assert menu["edit"] == "Change an answer (as /summary)"
    bot.errors.check()


async def test_chart_et_edit_en_francais(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        early = said(await chat.send("/chart"))
        assert "Les graphiques accompagnent votre résultat : celui des heures avec le verdict" in early
        await answer_all(chat, *ELIGIBLE_FR)
        hours = said(await chat.send("/chart"))
        assert "1 937" in hours and "Ce que montre le graphique" in hours
        await chat.send("/edit")
        assert "✏️ Test 1" in chat.buttons
        helped = said(await chat.send("/help"))
        assert "/summary ou /edit : revoir et modifier vos réponses" in helped
        assert "/chart : les graphiques de votre résultat (heures, SCG)" in helped
        assert {c["command"] for c in tg.get_commands("fr")} >= {"chart", "edit"}
    bot.errors.check()


# -- 2. a stale button on an old result: the result stays in the chat, its buttons go, the question comes below ---
async def test_a_stale_button_on_an_old_result_leaves_the_result_in_the_chat(tg: FakeTelegram,
                                                                             tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS)
        result = chat.last_bot_message
        before = result.shown_text
        assert before is not None and "CRS estimate: 470 points" in before
        await answer_all(chat, "/summary", "[✏️ Test 1 · listening]")  # a question in progress
        reply = await chat.click_stale("📈 How can I raise my score?", result.message_id)
        old = tg.get_message(chat.chat_id, result.message_id)
        assert old is not None and old.shown_text == before  # the estimate is still there to read
        assert old.buttons == []  # its menu belongs to an answer being changed: gone, not pressed again
        stale = "That button belongs to an earlier question. Here is the current one."
        notice = [m for m in reply if stale in (m.shown_text or "")]
        assert notice and notice[0].message_id > result.message_id  # the question came as a new message
        assert "Your IELTS General Training result in listening?" in chat.last_text
        # The question in progress is still answered in place, in one call: its message becomes the next one.
        question = chat.last_bot_message.message_id
        await chat.click("8")
        assert chat.last_bot_message.message_id == question
        assert "✅ 8" in chat.last_text
    bot.errors.check()


async def test_un_bouton_perime_laisse_l_ancien_resultat_lisible(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *ELIGIBLE_FR, "[Estimer mon score SCG]", *README_CRS_FR)
        result = chat.last_bot_message
        before = result.shown_text
        await answer_all(chat, "/summary", "[✏️ Test 1 · date]")
        reply = await chat.click_stale("📊 Graphique du SCG", result.message_id)
        old = tg.get_message(chat.chat_id, result.message_id)
        assert old is not None and old.shown_text == before and old.buttons == []
        assert "Ce bouton correspond à une question précédente. Voici la question en cours." in said(reply)
        assert "À quelle date avez-vous passé ce test ?" in chat.last_text
    bot.errors.check()


# -- 4. the CRS chart's line is what "How can I raise my score?" shows first -------------------------------------
# The not-yet-eligible person (tests/e2e/screenings.py: NOT_YET, then the README person's CRS answers): CRS 342.
# The plan's first way is CELPIP at CLB 10 + TEF Canada at NCLC 7 + a year of Canadian work (March 14, 2027): 539.
# The single change with the most points, 5 years of Canadian work, years away (450), is not the chart's line.
NOT_YET_FR = ["[Non]", "[Oui]", "32101", "2026-03-15", "[Oui]", "[37,5]", "[Oui]", "[Oui]", "[Non]", "[Oui]",
              "[Non]", "[CELPIP-General]", "2026-02-02", "8", "8", "7", "8", "[Non]"]


async def test_the_crs_chart_and_the_plan_name_the_same_score(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await chat.send("/start")
        await answer_all(chat, *NOT_YET, "[Estimate my CRS]", *README_CRS)
        result = chat.last_bot_message.message_id
        assert "CRS estimate: 342 points" in chat.last_text
        chart = said(await chat.click("📊 CRS chart"))
        assert ("With the first way shown in “📈 How can I raise my score?”, 539: at or above it in all 17 "
                "rounds. That way can be done by March 14, 2027.") in chart
        assert "450" not in chart and "best change" not in chart
        plan = said(await chat.click("📈 How can I raise my score?", message_id=result))
        assert "Together: a CRS of 539" in plan and "It can be done by March 14, 2027." in plan
    bot.errors.check()


async def test_le_graphique_et_le_plan_disent_le_meme_score(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await chat.send("/start")
        await answer_all(chat, *NOT_YET_FR, "[Estimer mon score SCG]", *README_CRS_FR)
        result = chat.last_bot_message.message_id
        chart = said(await chat.click("📊 Graphique du SCG"))
        assert ("Avec la première voie proposée dans « 📈 Comment augmenter mon score ? », 539 : le seuil aurait "
                "été atteint dans chacune de ces 17 rondes. Cette voie peut être réalisée d'ici le 14 mars 2027."
                ) in chart
        plan = said(await chat.click("📈 Comment augmenter mon score ?", message_id=result))
        assert "539" in plan and "14 mars 2027" in plan
    bot.errors.check()
