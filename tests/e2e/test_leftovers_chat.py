"""Small things that confused or misled, left by this session's audits, as people meet them in the chat.

On the fixed day 2026-11-27 (bot_fixtures.TODAY). Tomás (tests/e2e/test_planned_job_end_chat.py): a software
developer since 2026-01-05 at 40 h, IELTS GT 7/7/7/7; still going, he reaches 1,560 h on January 4, 2027.
- The end of a job that reads as a day past or as a day still to come ("11/12/2026": November 12 or December 11) is
  asked, each reading a button; a two-digit year read as 19YY, too old for any job, is read as 20YY when that day
  is still to come ("31/12/27": December 31, 2027, a planned end), confirmed before it is kept.
- A planned end changed after the result is asked in the future ("When will job 1 end?").
- A "not yet" day from a job still going says on the first screen that it holds only if the job goes on.
- A word typed under /delete ("supprimer", "delete") erases nothing and shows the confirmation again.
- A date that does not exist is quoted as typed; a refusal sending /back quotes the question as it reads.
- The CRS of someone whose test expired says it expired, and when; someone at NCLC 7 in French hears it as a fact.
"""

from __future__ import annotations

import pathlib

import pytest

from .bot_fixtures import answer_all, answers, bot_on, said
from .fake_telegram import Chat, FakeTelegram
from .screenings import ELIGIBLE_WORK, README_CRS, verdict_of
from .test_planned_job_end_chat import TOMAS, TOMAS_FR, TOMAS_REST, TOMAS_REST_FR, verdict_fr
from .test_walkthrough_fr_chat import ESTIMATE


def job(bot: object, chat: Chat) -> dict[str, object]:
    return answers(bot, chat)["jobs"][0]  # type: ignore[arg-type]


# -- 1. an end read as a day past or as a day still to come -------------------------------------------------------
async def test_an_end_that_reads_as_past_or_still_to_come_is_asked_and_the_day_to_come_is_a_planned_end(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        asked = said(await chat.send("11/12/2026"))
        assert "I can read “11/12/2026” in more than one way: a day past (the job has ended) or a day still to " \
               "come (the job is still going and ends then). Which did you mean?" in asked
        assert chat.buttons == ["November 12, 2026", "December 11, 2026"]
        assert "job_end" not in job(bot, chat), "nothing is stored before the person says which"
        assert "✅ December 11, 2026" in said(await chat.click("December 11, 2026"))
        assert "How many hours a week do you work in job 1?" in chat.last_text  # still going: the present
        assert job(bot, chat)["job_end"] == "2026-12-11"
        assert "• Job 1 · ongoing: Yes, until December 11, 2026" in said(await chat.send("/summary"))
    bot.errors.check()


@pytest.mark.parametrize("typed", ["12/11/2026", "11-12-2026", "11122026"])
async def test_the_other_orders_are_asked_too_and_the_day_past_is_kept_as_an_end(
        tg: FakeTelegram, tmp_path: pathlib.Path, typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        assert "in more than one way: a day past (the job has ended)" in said(await chat.send(typed))
        assert chat.buttons == ["November 12, 2026", "December 11, 2026"]
        assert "✅ November 12, 2026" in said(await chat.click("November 12, 2026"))
        assert "How many hours a week did you work in job 1?" in chat.last_text  # ended: the past
        assert job(bot, chat)["job_end"] == "2026-11-12"
    bot.errors.check()


@pytest.mark.parametrize(("typed", "kept"), [("2026-11-12", "November 12, 2026"), ("12 novembre 2026", None),
                                             ("10/11/2026", None)])
async def test_a_date_that_reads_one_way_or_two_days_past_is_as_before(
        tg: FakeTelegram, tmp_path: pathlib.Path, typed: str, kept: str | None) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        reply = said(await chat.send(typed))
        assert "a day still to come" not in reply
        if kept:
            assert f"✅ {kept}" in reply
        elif typed == "10/11/2026":  # November 10 or October 11: both past, asked as any date
            assert "I can read “10/11/2026” in more than one way. Which did you mean?" in reply
            assert chat.buttons == ["November 10, 2026", "October 11, 2026"]
        else:
            assert "✅ November 12, 2026" in reply
    bot.errors.check()


async def test_in_french_an_end_that_reads_two_ways_is_asked(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR)
        asked = said(await chat.send("11/12/2026"))
        assert "Je peux lire « 11/12/2026 » de plusieurs façons : une date passée (l'emploi a pris fin) ou une " \
               "date à venir (l'emploi est toujours en cours et se termine ce jour-là). Laquelle vouliez-vous " \
               "dire ?" in asked
        assert chat.buttons == ["12 novembre 2026", "11 décembre 2026"]
        await chat.click("11 décembre 2026")
        assert "Combien d'heures par semaine travaillez-vous dans l'emploi 1 ?" in chat.last_text
        # 10: the summary's line for a job still going with a planned end reads as French says it
        await answer_all(chat, *TOMAS_REST_FR)
        summary = said(await chat.send("/summary"))
        assert "• Emploi 1 · en cours : Oui, jusqu'au 11 décembre 2026" in summary
    bot.errors.check()


# -- 2. a two-digit year ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["31/12/27", "12/31/27"])
async def test_a_two_digit_year_still_to_come_is_a_planned_end_never_1927(
        tg: FakeTelegram, tmp_path: pathlib.Path, typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        asked = said(await chat.send(typed))
        assert "too far in the past" not in asked and "1927" not in asked
        assert "So this job is still going and ends on December 31, 2027? I count your hours in it up to that " \
               "day, and none after." in asked
        assert chat.buttons == ["Yes", "No, let me fix the date"]
        await chat.click("Yes")
        assert job(bot, chat)["job_end"] == "2027-12-31"
    bot.errors.check()


async def test_in_french_a_two_digit_year_is_read_as_the_end_to_come(tg: FakeTelegram,
                                                                     tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR)
        asked = said(await chat.send("31/12/27"))
        assert "Cet emploi est donc toujours en cours et se termine le 31 décembre 2027 ?" in asked
        assert chat.buttons == ["Oui", "Non, je corrige la date"]
    bot.errors.check()


# -- 3. a planned end changed after the result --------------------------------------------------------------------
async def test_a_planned_end_changed_after_the_result_is_asked_in_the_future(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS, "2026-12-31", "[Yes]", *TOMAS_REST)
        await chat.send("/summary")
        asked = said(await chat.click("✏️ Job 1 · planned end"))
        assert "When will job 1 end?" in asked and "When did job 1 end?" not in asked
        assert "Type the day it ends, for example 2027-06-30 (your contract or work permit says). If it has " \
               "already ended, type or tap that day." in asked
        await chat.send("30/06/2027")
        await chat.click("Yes")
        assert "Not yet eligible: you should qualify on January 4, 2027" in verdict_of(chat)
    bot.errors.check()


async def test_in_french_a_planned_end_is_asked_in_the_future(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR, "2026-12-31", "[Oui]", *TOMAS_REST_FR)
        await chat.send("/summary")
        asked = said(await chat.click("✏️ Emploi 1 · fin prévue"))
        assert "Quand l'emploi 1 prendra-t-il fin ?" in asked and "a-t-il pris fin" not in asked
        assert "Tapez la date de fin, par exemple 2027-06-30 (elle figure sur votre contrat ou votre permis de " \
               "travail)." in asked
    bot.errors.check()


async def test_an_end_already_past_is_still_asked_in_the_past(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS, "2026-10-30", *TOMAS_REST)
        await chat.send("/summary")
        asked = said(await chat.click("✏️ Job 1 · end"))
        assert "When did job 1 end?" in asked and "When will" not in asked
    bot.errors.check()


# -- 4. a "not yet" day from a job still going, on the first screen -----------------------------------------------
async def test_the_first_screen_of_a_not_yet_day_says_it_holds_only_if_the_job_goes_on(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS[:-1], "yes", *TOMAS_REST)
        first = verdict_of(chat)
        assert "👉 What to do: About 163 more qualifying hours: at your current hours you reach 1,560 on " \
               "January 4, 2027. This day holds only if job 1 goes on until then." in first
    async with bot_on(tg, tmp_path / "fr.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR[:-1], "oui", *TOMAS_REST_FR)
        assert "vous atteindrez 1 560 heures le 4 janvier 2027. Cette date suppose que l'emploi 1 continue " \
               "jusque-là." in verdict_fr(chat)
    bot.errors.check()


async def test_a_planned_end_after_the_day_adds_no_such_clause(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS, "2027-06-30", "[Yes]", *TOMAS_REST)
        first = verdict_of(chat)
        assert "Not yet eligible: you should qualify on January 4, 2027" in first
        assert "goes on until then" not in first  # its end is given: said as such on the work line
    bot.errors.check()


# -- 5. a word typed under /delete --------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "word", "notice", "tap"), [
    ("en", "delete", "You wrote “delete”, but a typed word erases nothing. To delete everything, tap “🗑️ Yes, "
                     "delete everything” below; otherwise tap “Keep my data”.", "🗑️ Yes, delete everything"),
    ("en", "Confirm", "You wrote “Confirm”, but a typed word erases nothing.", "🗑️ Yes, delete everything"),
    ("fr", "supprimer", "Vous avez écrit « supprimer », mais un mot tapé n'efface rien. Pour tout effacer, "
                        "touchez « 🗑️ Oui, tout effacer » ci-dessous ; sinon, touchez « Garder mes données ».",
     "🗑️ Oui, tout effacer"),
    ("fr", "Supprimer !", "Vous avez écrit « Supprimer ! », mais un mot tapé n'efface rien.",
     "🗑️ Oui, tout effacer"),
])
async def test_a_word_typed_under_delete_erases_nothing_and_shows_the_confirmation_again(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str, word: str, notice: str, tap: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code=lang)
        await answer_all(chat, *(TOMAS[:-1] if lang == "en" else TOMAS_FR[:-1]), "yes" if lang == "en" else "oui",
                         *(TOMAS_REST if lang == "en" else TOMAS_REST_FR))
        await chat.send("/delete")
        reply = said(await chat.send(word))
        assert notice in reply
        assert "no question waiting" not in reply and "Aucune question" not in reply
        assert tap in chat.buttons, "the confirmation is shown again, with its buttons"
        assert bot.repository.rows_about(chat.user_id) > 0, "a typed word never erases"
        await chat.click(tap)
        assert bot.repository.rows_about(chat.user_id) == 0
    bot.errors.check()


async def test_a_word_typed_under_restart_starts_nothing_over_and_shows_the_confirmation_again(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR)
        await chat.send("/restart")
        sent = await chat.send("recommencer")
        assert "Vous avez écrit « recommencer », mais un mot tapé n'efface rien. Pour recommencer, touchez " \
               "« 🔄 Oui, recommencer » ci-dessous ; sinon, touchez « Garder mes réponses »." in said(sent)
        assert "Quand l'emploi 1 a-t-il pris fin ?" in chat.last_text  # then the question in progress
        assert answers(bot, chat)["jobs"][0]["job_start"] == "2026-01-05", "nothing started over"
        confirmation = next(m for m in sent if "🔄 Oui, recommencer" in str(m.keyboard))
        await chat.click("🔄 Oui, recommencer", message_id=confirmation.message_id)
        assert answers(bot, chat)["jobs"] == [{}], "the button, tapped, starts over"
    bot.errors.check()


# -- 6 and 9: a date that does not exist; the question quoted as it reads -----------------------------------------
async def test_a_date_that_does_not_exist_is_quoted_as_typed(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        reply = said(await chat.send("32/13/2024"))
        assert "There is no such day as “32/13/2024”. Check the day and the month" in reply
        assert "2024-13-32" not in reply
    async with bot_on(tg, tmp_path / "fr.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR)
        reply = said(await chat.send("32/13/2024"))
        assert "Aucun jour ne correspond à « 32/13/2024 ». Vérifiez le jour et le mois" in reply
        assert "2024-13-32" not in reply
    bot.errors.check()


async def test_a_far_end_quotes_the_question_with_the_jobs_number(tg: FakeTelegram,
                                                                  tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás")
        await answer_all(chat, *TOMAS)
        reply = said(await chat.send("june 30 2072"))
        assert "send /back and answer “Yes” to “Do you still work in job 1 in Canada?”." in reply
        await chat.send("/back")
        assert "Do you still work in job 1 in Canada?" in chat.last_text  # the question it names, as it reads
    async with bot_on(tg, tmp_path / "fr.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tomás", language_code="fr")
        await answer_all(chat, *TOMAS_FR)
        reply = said(await chat.send("30 juin 2072"))
        assert "répondez « Oui » à la question « Occupez-vous toujours l'emploi 1 au Canada ? »." in reply
        assert "cet emploi ?" not in reply
    bot.errors.check()


# -- 7. an expired test, under the CRS ----------------------------------------------------------------------------
async def test_the_crs_of_someone_whose_test_expired_says_it_expired_and_when(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg)
        await answer_all(chat, "/start", *ELIGIBLE_WORK, "[IELTS General Training]", "2024-06-01", "8 7 7 7",
                         "[No]", "[Estimate my CRS]", *README_CRS)
        crs = next(text for text in reversed(chat.texts) if "CRS estimate:" in text)
        assert "Your IELTS General Training expired on June 1, 2026, so no language points. With a new test at " \
               "CLB 7 in all four abilities: 390 points; at CLB 9: 470 points." in crs
        assert "No valid language test yet" not in crs
    async with bot_on(tg, tmp_path / "fr.db") as bot:
        chat = Chat(bot.app, tg, language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non",
                         "oui", "non", "[IELTS General Training]", "2024-06-01", "8 7 7 7", "non", f"[{ESTIMATE}]",
                         "1997-03-10", "célibataire", "[Baccalauréat ou programme de 3 ans ou plus]",
                         "[Hors du Canada, avec une EDE]", "non", "[2 ans]", "non", "non", "non")
        crs = next(text for text in reversed(chat.texts) if "Score SCG estimé :" in text)
        assert "Votre test IELTS General Training a expiré le 1er juin 2026 : aucun point de langue." in crs
        assert "Pas encore de test de langue valide" not in crs
    bot.errors.check()


# -- 8. NCLC 7 in French already: said as what they have ----------------------------------------------------------
async def test_someone_at_nclc_7_in_french_hears_the_french_rounds_as_open_to_them(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Camille", language_code="fr")
        await answer_all(chat, "/start", "non", "oui", "superviseure restaurant",
                         "[62020 · Superviseurs/superviseures des services alimentaires · FEER 2]",
                         "1er mars 2025", "oui toujours", "40", "oui", "oui", "non", "oui, PVT", "non",
                         "[TEF Canada]", "15 septembre 2025", "CO 480 CE 470 EE 450 EO 500", "non",
                         f"[{ESTIMATE}]", "1997-05-10", "célibataire", "licence", "en france avec une EDE", "non",
                         "aucune", "non", "non", "non")
        crs = next(text for text in reversed(chat.texts) if "Score SCG estimé :" in text)
        assert "Comme vous avez le NCLC 7 ou plus en français dans les quatre compétences, vous pourriez aussi " \
               "être pris(e) en compte lors des rondes axées sur la connaissance du français" in crs
        assert "Avec le NCLC 7 ou plus en français" not in crs
    bot.errors.check()
