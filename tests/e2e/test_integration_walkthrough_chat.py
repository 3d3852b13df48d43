"""An integration walkthrough: features that landed from different hands, mixed in one conversation each, as
real people would meet them (typed corrections "I meant 2023" and "35 not 40", "Add a job/test" from /summary,
"Not sure" for full-time studies, hours given a day or a month, "37h30", a job starting in the future, scores said
aloud in the hundreds, Quebec's route after "I understand", the level named at a glance, the plan, charts,
reminders, round alerts, /language, /back, /restart, /delete).

Every chat goes through the real application and the fake Bot API. At every step: never silence, each message
within Telegram's limits and in the person's language; the stored answers are read back from SQLite; the first
screen, Details, the CRS message, the plan, /summary and the reminders say the same figures.

Figures worked out by hand from RULES.md before the chats were played (today 2026-11-27; the 3-year window is
2023-11-27 to 2026-11-26; hours accrue per day at hours a week / 7, at most 30 h a week across all jobs; an ongoing
job counts to today, an ended one to its last day included; 1,560 h take 364 days at 30 h):

1. Lena, 31 (born 1995-06-20), software developer (21232, TEER 1) since 2023-03-14 (typed 14/03/2024 first, then
   "wait, I meant 2023") at 40 h (said "8 hours a day" first), not sure she was a full-time student; IELTS GT
   7/7/7/7 of 2026-01-10 = CLB 7/9/9/9 (L 7.0 is under 7.5). In the window: 1,096 days x 30 / 7 = 4,697 h (the
   favourable reading); careful: 0 h, not eligible. CRS single: age 31 = 99, bachelor's with ECA 120, language
   17 + 31 x 3 = 110; Canadian work since 2023-03-14: 1,354 days, 5,803 h = 3 years = 64; transferability
   education x language 13 (CLB 7+, one under 9) + education x Canadian work 25 (2+ years) = 38. Favourable:
   99 + 120 + 110 + 64 + 38 = 431. Careful (no Canadian work): 329 + 13 = 342. Reminders: turns 32 on
   2027-06-20 (99 -> 94), so June 19, 2027; the test expires 2028-01-10: 90 days before is 2027-10-12, 30 days
   before 2027-12-11. Plan: French NCLC 7 as a second language 4 x 3 = 12 + 50 = +62 (493); IELTS CLB 10 in all
   four: 34 x 4 - 110 = +26, transferability 13 -> 25 = +12, so +38 (469); both: 531.
2. Fatou, 34 (born 1992-02-14), accountant (11100, TEER 1) in Ottawa since 2024-09-01 at 37h30, "je sais pas"
   for studies; TEF Canada of March 2026 said aloud 450/470/430/460 = NCLC 7/8/7/7. 817 days x 30 / 7 = 3,501 h.
   CRS single, French first: age 34 = 83, master's with ECA 135, language 17 + 23 + 17 + 17 = 74, Canadian work
   2 years (3,120 to 4,679 h) = 53: core 345; transferability: education 25 + 50 -> 50, foreign work 3+ years
   25 + 50 -> 50: 100; French NCLC 7+ in all four with no English result: 25. Total 470.
3. Sophie: will live in Quebec, "I understand", then "merci !"; later moves her plans to Moncton: patient care aide
   (33102, TEER 3) since 2024-05-15, said "150 heures par mois" then 35; TCF Canada 510/460/12/10 = NCLC
   8/7/8/7 (CLB 5 needed). 926 days x 30 / 7 = 3,969 h: eligible.
4.-12. Daniel, Wei, Kofi, Amara, Marie, Raj, Sam, Tom and Yasmine: their figures are worked out above each test.

What the walkthrough found, fixed with a test here and one beside the code:
- Sophie typed "merci !" after Quebec's "I understand" and was told "answer yes or no" with the Quebec question as
  if she had never answered it (flows/conversation.py: the kind close again; tests/flows/test_conversation.py).
- Wei's result for a later month said "What to do: CLB 7 in listening" while all four abilities were short, as
  Details said (eligibility/assess.py names the ability of each gap; flows/result_view.py lists them all;
  tests/eligibility/test_level_rises_later.py).
"""

from __future__ import annotations

import pathlib
import re

from .bot_fixtures import Bot, answers, bot_on, state
from .fake_telegram import Chat, FakeTelegram, StoredMessage
from .test_francophones_audit_chat import _check_french

# A French word in an English chat (the person's own words are quoted back in “...”, so those are dropped first).
FRENCH = re.compile(r"\b(vous|votre|heures?|admissible|emploi|Oui|Non|Retour|semaine|résultat|être|déjà)\b")


def english(text: str) -> None:
    """One message as an English speaker reads it: no French outside the words they typed."""
    text = re.sub(r"“[^”]*”", "", text).replace("Français", "").replace("En français : /language", "")
    assert not FRENCH.search(text), (FRENCH.search(text), text)
    assert not re.search(r"\b\d{1,3}[ \u00a0\u202f]\d{3} (h\b|hours|qualifying|points)", text), text  # "1 560"


async def say(chat: Chat, *steps: str) -> list[StoredMessage]:
    """Each step typed, or tapped when written "[label]" (on the latest message that has it). Every step is
    answered, each message within Telegram's limits."""
    heard: list[StoredMessage] = []
    for step in steps:
        if step.startswith("[") and step.endswith("]"):
            label = step[1:-1]
            where = next((m.message_id for m in reversed(chat.bot_messages) if label in m.buttons), None)
            replies = await chat.click(label, message_id=where)
        else:
            replies = await chat.send(step)
        assert replies, f"silence after {step!r}\n{chat.transcript()}"
        for message in replies:
            text = message.shown_text or ""
            assert len(text) <= (1024 if message.raw_text is None and text else 4096), text
        heard.extend(replies)
    return heard


def text_of(messages: list[StoredMessage]) -> str:
    return "\n\n".join(m.shown_text or "" for m in messages)


def all_in(chat: Chat, lang: str, skip: int = 0) -> None:
    """Every message of the chat (after the first `skip`) in the person's language."""
    for text in chat.texts[skip:]:
        if lang == "fr":
            _check_french(text)
        else:
            english(text)


def job(bot: Bot, chat: Chat, index: int = 0) -> dict:
    return answers(bot, chat)["jobs"][index]  # type: ignore[no-any-return]


def verdict_in(chat: Chat) -> str:
    """The latest result message (English or French)."""
    return next(t for t in reversed(chat.texts) if "Assessed for an application made on" in t
                or "Évaluation pour une demande présentée le" in t)


# -- 1. Lena ----------------------------------------------------------------------------------------------------
LENA_WORK = ["/start", "nope", "yep", "software developer",
             "[21232 · Software developers and programmers · TEER 1]",
             "14/03/2024", "wait, I meant 2023", "2023-03-14", "yes", "8 hours a day", "40", "yes", "yes",
             "not sure", "yes", "no"]
LENA_TEST = ["ielts", "[IELTS General Training]", "jan 10 2026", "7 7 7 7", "no"]
LENA_CRS = ["[📊 Estimate my CRS (9 questions)]", "20/06/1995", "single", "[Bachelor's or 3+ year program]",
            "[Outside Canada, with an ECA]", "no", "none", "no", "no", "no"]


async def test_lena_corrects_her_start_year_is_unsure_of_her_studies_then_settles_it(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Lena")
        heard = text_of(await say(chat, *LENA_WORK[:6]))
        assert "✅ March 14, 2024" in heard and state(bot, chat) == "job_ongoing"
        heard = text_of(await say(chat, *LENA_WORK[6:8]))
        assert "Changing your answer: “March 14, 2024”" in heard
        assert job(bot, chat)["job_start"] == "2023-03-14" and state(bot, chat) == "job_ongoing"
        heard = text_of(await say(chat, *LENA_WORK[8:10]))
        assert "this question counts hours a week" in heard and "job_hours" not in job(bot, chat)
        await say(chat, *LENA_WORK[10:])
        assert job(bot, chat)["job_hours"] == 40 and job(bot, chat)["job_student"] == "unsure"
        heard = text_of(await say(chat, LENA_TEST[0]))
        assert "only IELTS General Training is accepted" in heard
        assert "test_kind" not in answers(bot, chat)["tests"][0]
        await say(chat, *LENA_TEST[1:])
        first = verdict_in(chat)
        assert "Read the most favourable way: eligible. Read the careful way: not eligible." in first
        assert "/ 0 (4,697 h count)" in first
        assert "converts to CLB 7/9/9/9" in first and "❌ Not eligible for the Canadian Experience Class" in first
        details = text_of(await say(chat, "[📄 Details: requirements, hours, next steps]"))
        assert details.startswith("❔ What follows is the careful reading")
        # 1,096 days x 40 / 7: her hours in the window, none counted the careful way
        assert "6,263 h where you were not sure whether you were a full-time student" in details
        await say(chat, "[⬅️ Back to my result]", *LENA_CRS)
        score = chat.last_text
        assert "Read the most favourable way: eligible, CRS 431. Read the careful way: not eligible, CRS 342." \
            in text_of(chat.bot_messages[-2:])
        assert "CRS estimate: 342 points" in score and "Core 329 · spouse 0 · skill transferability 13" in score
        assert "Eligibility: Not eligible for the Canadian Experience Class for now." in score

        # She checks her enrolment letters: not a full-time student. Everything follows at once.
        heard = text_of(await say(chat, "[✏️ Job 1 · full-time student]", "[No]"))
        assert job(bot, chat)["job_student"] is False
        assert "✅ You appear eligible for the Canadian Experience Class" in heard
        assert "4,697 qualifying hours; 1,560 needed" in heard and "❔" not in heard
        heard = text_of(await say(chat, "[📊 Show my CRS]"))
        assert "CRS estimate: 431 points" in heard
        assert "Core 393 · spouse 0 · skill transferability 38 · additional 0" in heard
        assert "• Canadian work experience: 64" in heard and "Eligibility: You appear eligible" in heard
        plan = text_of(await say(chat, "[📈 How can I raise my score?]"))
        assert "What would raise your score (now 431)" in plan
        assert "+62 points" in plan and "With this, 493" in plan
        assert "+38 points" in plan and "With this, 469" in plan
        assert "a CRS of 531" in plan
        chart = text_of(await say(chat, "[📊 CRS chart]"))
        assert "Your CRS of 431 against 17 Canadian Experience Class rounds" in chart
        assert "ranged from 507 to 523; your 431 was below it in all of them" in chart
        assert "With the first way shown in “📈 How can I raise my score?”, 531" in chart  # the plan: 531
        offer = text_of(await say(chat, "[🔔 Remind me]"))
        assert "June 19, 2027: the day before you turn 32, when your CRS age points go from 99 to 94" in offer
        assert "October 12, 2027: 90 days before your IELTS General Training result expires on January 10, 2028" \
            in offer
        assert "December 11, 2027: 30 days before" in offer
        await say(chat, "[🔔 Yes, remind me]")
        summary = text_of(await say(chat, "/summary"))
        for line in ("Job 1 · start: March 14, 2023", "Job 1 · hours: 40 h/week", "Job 1 · full-time student: No",
                     "Test 1 · date: January 10, 2026", "Birth date or age: June 20, 1995"):
            assert line in summary, line
        all_in(chat, "en")

        # In French now, then everything erased.
        before = len(chat.texts)
        await say(chat, "/language", "[Français]")
        summary = text_of(await say(chat, "/summary"))
        assert "Emploi 1 · début : 14 mars 2023" in summary and "Emploi 1 · heures : 40 h/semaine" in summary
        reminders = text_of(await say(chat, "/reminders"))
        assert "19 juin 2027" in reminders and "12 octobre 2027" in reminders
        all_in(chat, "fr", skip=before + 1)
        await say(chat, "/delete", "[Oui, tout effacer]")
        assert bot.repository.load_session(chat.user_id) is None
        assert bot.repository.reminder_settings(chat.user_id) is None
    bot.errors.check()


# -- 2. Fatou ---------------------------------------------------------------------------------------------------
FATOU = ["/start", "non je vis à Ottawa", "oui", "comptable",
         "[11100 · Vérificateurs/vérificatrices et comptables · FEER 1]",
         "1er septembre 2024", "ouais", "37h30", "oui", "oui", "je sais pas", "oui", "non", "tef", "mars 2026",
         "quatre cent cinquante quatre cent soixante-dix quatre cent trente quatre cent soixante", "non"]
FATOU_CRS = ["[📊 Estimer mon score SCG (9 questions)]", "14/02/1992", "célibataire",
             "[Maîtrise ou diplôme professionnel]", "[Hors du Canada, avec une EDE]", "non", "3 ans", "non", "non",
             "non"]


async def test_fatou_says_her_tef_aloud_is_unsure_of_her_studies_and_scores_470(tg: FakeTelegram,
                                                                                  tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Fatou", language_code="fr")
        await say(chat, *FATOU)
        stored = answers(bot, chat)
        assert stored["quebec"] is False and job(bot, chat)["job_hours"] == 37.5
        assert job(bot, chat)["job_start"] == "2024-09-01" and job(bot, chat)["job_student"] == "unsure"
        assert stored["tests"][0] == {"test_kind": "tef_canada", "test_date": "2026-03", "test_listening": 450,
                                      "test_reading": 470, "test_writing": 430, "test_speaking": 460,
                                      "test_more": False}
        first = verdict_in(chat)
        assert "Lecture la plus favorable : admissible. Lecture prudente : non admissible." in first
        assert "/ 0 (heures comptées : 3 501)" in first
        # the first screen names the levels; the expiry ("au plus tôt" for a month) is in Details, as in English
        assert "NCLC 7/8/7/7" in first and "2028" not in first
        heard = text_of(await say(chat, "[✏️ Emploi 1 · études à temps plein]", "non"))
        assert job(bot, chat)["job_student"] is False
        assert "admissible à la catégorie de l'expérience canadienne" in heard
        assert "3 501 heures admissibles" in heard
        score = text_of(await say(chat, *FATOU_CRS))
        assert "Score SCG estimé : 470 points" in score
        assert "Facteurs de base 345 · époux ou conjoint de fait 0 · transférabilité des compétences 100 · " \
            "points supplémentaires 25" in score
        assert "• Compétences en français : 25" in score and "inférieur de 48 points" in score
        assert "• Première langue officielle : 74" in score and "• Expérience de travail au Canada : 53" in score
        plan = text_of(await say(chat, "[📈 Comment augmenter mon score ?]"))
        assert "(actuellement 470)" in plan
        # TEF at NCLC 10: 34 x 4 - 74 = +62 (transferability already at its caps); NCLC 9: +50; English at CLB 7 as
        # a second language: 3 x 4 + French's additional 25 -> 50 = +37.
        assert "+62 points.\n   ↳ Avec ce changement, 532" in plan
        assert "+50 points.\n   ↳ Avec ce changement, 520" in plan
        assert "+37 points. Cela comprend 25 points supplémentaires pour le français" in plan
        alerts = text_of(await say(chat, "[⬅️ Retour à mon résultat]", "[📣 Prévenez-moi après chaque ronde]"))
        assert bot.repository.round_alerts_on(chat.user_id) and "C'est fait" in alerts
        all_in(chat, "fr")
        before = len(chat.texts)
        await say(chat, "/language", "[English]")
        summary = text_of(await say(chat, "/summary"))
        assert "Job 1 · hours: 37.5 h/week" in summary and "Test 1 · date: March 2026" in summary
        assert "Job 1 · full-time student: No" in summary
        all_in(chat, "en", skip=before + 1)
    bot.errors.check()


# -- 3. Sophie --------------------------------------------------------------------------------------------------
async def test_sophie_chooses_quebec_says_thanks_then_moves_her_plans_to_moncton(tg: FakeTelegram,
                                                                                 tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sophie", language_code="fr")
        heard = text_of(await say(chat, "/start", "oui je reste à Montréal"))
        assert "Programme de sélection des travailleurs qualifiés (PSTQ)" in heard
        await say(chat, "[Je comprends]")
        assert chat.buttons == ["Je compte vivre ailleurs au Canada"]
        # A thank-you after the kind close is answered with the close again, never "répondez oui ou non" and the
        # Quebec question as if she had not answered it.
        heard = text_of(await say(chat, "merci !"))
        assert "Veuillez répondre oui ou non" not in heard and "Prévoyez-vous de vivre" not in heard, heard
        assert "bonne chance" in heard.lower() and chat.buttons == ["Je compte vivre ailleurs au Canada"]
        assert answers(bot, chat)["quebec"] is True
        # Months later: she will live in Moncton.
        heard = text_of(await say(chat, "/summary", "[✏️ Vivra au Québec]", "non, à Moncton"))
        assert answers(bot, chat)["quebec"] is False and state(bot, chat) == "canadian_work"
        await say(chat, "oui", "préposée aux bénéficiaires")
        assert any("33102" in b for b in chat.buttons), chat.buttons
        await say(chat, next(f"[{b}]" for b in chat.buttons if b.startswith("33102")), "15 mai 2024", "oui")
        heard = text_of(await say(chat, "150 heures par mois"))
        assert "job_hours" not in job(bot, chat) and "par semaine" in heard
        await say(chat, "35", "oui", "oui", "non", "oui", "non", "[TCF Canada]", "2026-02-20",
                  "cinq cent dix", "quatre cent soixante", "12", "10", "non")
        assert answers(bot, chat)["tests"][0]["test_listening"] == 510
        verdict = verdict_in(chat)
        assert "Vous semblez admissible" in verdict and "3 969 heures admissibles" in verdict
        assert "NCLC 8/7/8/7" in verdict
        details = text_of(await say(chat, "[📄 Détails : exigences, heures, prochaines étapes]"))
        assert "NCLC 5" in details and "3 969" in details
        all_in(chat, "fr")
    bot.errors.check()


# -- 4. Daniel --------------------------------------------------------------------------------------------------
# Software developer (21232) in Winnipeg since 2026-01-05, "no it's 35 not 40"; IELTS GT 8/7/7/7 of 2025-06-01 =
# CLB 9/9/9/9. 326 days x 30 / 7 = 1,397 h: not yet, 1,560 h on 2027-01-04 (364 days after the start). A second
# 21232 job added after the verdict from /summary, 2024-01-08 to 2024-06-28 at 40 h: 173 days, 741 h; 2,139 h in
# all: eligible. CRS, married to a Canadian citizen (the "without spouse" column), born 1996-08-15 (30): age 105,
# two-year program in Canada 98, language 31 x 4 = 124, Canadian work 1 year 40: core 367; transferability
# education x language 25 (CLB 9+) + education x Canadian work 13 (1 year) = 38; Canadian credential 15: 420.
# Reminders: turns 31 on 2027-08-15 (105 -> 99); the test expires 2027-06-01 (90 days before: 2027-03-03).
DANIEL = ["/start", "no, Winnipeg", "yes", "software developer",
          "[21232 · Software developers and programmers · TEER 1]", "2026-01-05", "yes", "40",
          "no it's 35 not 40", "yes", "yes", "no", "yes", "no", "[IELTS General Training]", "2025-06-01",
          "8 7 7 7", "no"]
DANIEL_JOB = ["/summary", "[➕ Add a job]", "21232", "2024-01-08", "no", "2024-06-28", "40", "yes", "yes", "no",
              "yes", "no"]
DANIEL_CRS = ["[📊 Estimate my CRS (9 questions)]", "1996-08-15", "married", "yes",
              "[Two-year post-secondary program]", "[In Canada]", "none", "no", "no", "no"]


async def test_daniel_corrects_his_hours_adds_an_old_job_after_the_verdict_and_turns_eligible(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Daniel")
        heard = text_of(await say(chat, *DANIEL[:9]))
        assert "35 h/week" in heard and job(bot, chat)["job_hours"] == 35 and "job_paid" not in job(bot, chat)
        await say(chat, *DANIEL[9:])
        first = verdict_in(chat)
        assert "Not yet eligible: you should qualify on January 4, 2027" in first
        assert "1,397 qualifying hours; 1,560 needed" in first and "CLB 9/9/9/9" in first
        heard = text_of(await say(chat, *DANIEL_JOB[:2]))
        assert "Job 2" in chat.last_text and state(bot, chat) == "job_occupation"
        await say(chat, *DANIEL_JOB[2:])
        assert len(answers(bot, chat)["jobs"]) == 2 and job(bot, chat, 1)["job_end"] == "2024-06-28"
        verdict = verdict_in(chat)
        assert "✅ You appear eligible for the Canadian Experience Class" in verdict
        assert "2,139 qualifying hours; 1,560 needed" in verdict and "January 4, 2027" not in verdict
        latest = bot.repository.latest_verdict(chat.user_id)
        assert latest is not None and latest.result["qualifying_hours"] == 2139
        details = text_of(await say(chat, "[📄 Details: requirements, hours, next steps]"))
        # 1,397 + 742 = the 2,139 said (each line rounded alone read 1,397 + 741: coherence audit round 4)
        assert "Job 1, NOC 21232 (TEER 1): 1,397 h" in details and "Job 2, NOC 21232 (TEER 1): 742 h" in details
        await say(chat, "[⬅️ Back to my result]", *DANIEL_CRS)
        score = chat.last_text
        assert "CRS estimate: 420 points" in score
        assert "Core 367 · spouse 0 · skill transferability 38 · additional 15" in score
        assert "• Age: 105" in score and "• Canadian work experience: 40" in score and "• Canadian education: 15" \
            in score
        assert answers(bot, chat)["spouse_citizen"] is True
        offer = text_of(await say(chat, "[🔔 Remind me]"))
        assert "August 14, 2027: the day before you turn 31, when your CRS age points go from 105 to 99" in offer
        assert "March 3, 2027: 90 days before your IELTS General Training result expires on June 1, 2027" in offer
        assert "January 4, 2027" not in offer  # he is eligible now: no "the day you qualify" left over
        all_in(chat, "en")
    bot.errors.check()


# -- 5. Wei -----------------------------------------------------------------------------------------------------
# Cook (63200, TEER 3) 2023-06-01 to 2025-05-31 at 40 h, then web developer (21234, TEER 1) since 2025-06-02 at
# 40 h; CELPIP 6/6/6/6. Today: cook 2023-11-27 to 2025-05-31 = 552 days, 2,366 h; web 543 days, 2,327 h: 4,693 h,
# the cook's occupation has more, CLB 5 is enough: eligible. Each day the cook's hours leave the window while the
# web hours grow: from 2026-12-02 the web occupation has more, CLB 7 (RULES.md 1, IRPR 87.1(2)(e)). Applying from
# January 1, 2027: cook 2024-01-01 to 2025-05-31 = 517 days, 2,216 h; web 578 days, 2,477 h: CLB 7 needed, not met.
WEI = ["/start", "no", "yes", "cook", "[63200 · Cooks · TEER 3]", "june 1 2023", "no", "may 31 2025", "40",
       "yes", "yes", "no", "yes", "yes", "web developer", "[21234 · Web developers and programmers · TEER 1]",
       "2 June 2025", "yes", "40hrs", "yes", "yes", "no", "yes", "no", "celpip", "2026-01-15", "6 6 6 6", "no"]


async def test_wei_reads_at_a_glance_that_clb_7_applies_after_december_1_and_the_later_month_agrees(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Wei")
        await say(chat, *WEI)
        assert [j["job_occupation"]["noc"] for j in answers(bot, chat)["jobs"]] == ["63200", "21234"]
        verdict = verdict_in(chat)
        assert "You appear eligible for the Canadian Experience Class" in verdict
        assert "4,693 qualifying hours" in verdict and "CLB 6/6/6/6" in verdict
        assert "Only for an application made by December 1, 2026: CLB 7 applies after that." in verdict
        details = text_of(await say(chat, "[📄 Details: requirements, hours, next steps]"))
        assert "Job 1, NOC 63200 (TEER 3): 2,366 h count" in details
        assert "Job 2, NOC 21234 (TEER 1): 2,327 h count" in details
        assert "from December 2, 2026, the occupation with the most of your hours will need CLB 7" in details
        later = text_of(await say(chat, "[⬅️ Back to my result]", "[📅 What if I apply later?]", "[January 2027]"))
        assert "January 1, 2027" in later and "Not eligible for the Canadian Experience Class" in later, later
        assert "4,693 qualifying hours" in later
        # The first screen names every ability short of CLB 7, as Details does, not listening alone.
        assert "What to do: A new approved language test with CLB 7 in listening (you have CLB 6), CLB 7 in " \
            "reading (you have CLB 6), CLB 7 in writing (you have CLB 6) and CLB 7 in speaking (you have CLB 6)." \
            in later
        details = text_of(await say(chat, "[📄 Details: requirements, hours, next steps]"))
        assert "Job 1, NOC 63200 (TEER 3): 2,216 h count" in details
        assert "Job 2, NOC 21234 (TEER 1): 2,477 h count" in details
        assert "CLB 7 applies because the occupation in which you have the most qualifying hours is TEER 0 or 1" \
            in details
        now = text_of(await say(chat, "[⬅️ Back to my result]", "[📅 What if I apply later?]", "[Back to today]"))
        assert "Only for an application made by December 1, 2026: CLB 7 applies after that." in now
        all_in(chat, "en")
    bot.errors.check()


# -- 6. Kofi ----------------------------------------------------------------------------------------------------
# Welder (72106, TEER 2) since "March 2025" (read from March 31, 2025, the careful way): 606 days x 30 / 7 =
# 2,597 h at 44 h a week; a second job that starts in January 2027 is left out; no test yet: not eligible (CLB 5
# needed for TEER 2). Then he starts over.
KOFI = ["/start", "no", "yes", "welder", "[72106 · Welders and related machine operators · TEER 2]", "march 2025",
        "yes", "44", "yes", "yes", "no", "yes", "yes", "welder",
        "[72106 · Welders and related machine operators · TEER 2]", "january 2027"]


async def test_kofi_whose_next_job_starts_in_january_leaves_it_out_has_no_test_and_starts_over(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Kofi")
        heard = text_of(await say(chat, *KOFI))
        assert "a job that has not started yet does not count" in heard and "job_start" not in job(bot, chat, 1)
        heard = text_of(await say(chat, "/back", "/back", "no"))
        assert "Job 2 removed" in heard and len(answers(bot, chat)["jobs"]) == 1
        await say(chat, "[None yet]")
        verdict = verdict_in(chat)
        assert "Not eligible for the Canadian Experience Class for now" in verdict
        assert "2,597 qualifying hours; 1,560 needed" in verdict
        assert "You have no valid result from an approved test" in verdict
        details = text_of(await say(chat, "[📄 Details: requirements, hours, next steps]"))
        assert "CLB 5 is needed in each ability" in details and "counted from March 31, 2025" in details
        await say(chat, "/restart", "[🔄 Yes, start over]")
        assert state(bot, chat) == "quebec" and answers(bot, chat).get("jobs", [{}]) == [{}]
        assert "quebec" not in answers(bot, chat)
        all_in(chat, "en")
    bot.errors.check()


# -- 7. Amara ---------------------------------------------------------------------------------------------------
# Patient service associate (33102, TEER 3) in Surrey since 2025-02-10 at 30 h: 655 days x 30 / 7 = 2,807 h; IELTS
# GT 5.5/5/5.5/5.5 = CLB 6/6/6/6 (CLB 5 needed): eligible. CRS, 28, single, secondary school abroad with an ECA:
# age 110, education 30, English first 9 x 4 = 36, Canadian work 1 year 40: 216 (no transferability from secondary
# school, no foreign work). She then adds, from /summary, a TEF Canada said aloud in English, 440/440/430/460 =
# NCLC 7/7/7/7. French first scores more (17 x 4 = 68, English second 1 x 4 = 4: 72; English first: 36 + 12 = 48),
# plus 50 for French NCLC 7+ with English CLB 5+: 110 + 30 + 72 + 40 + 50 = 302.
AMARA = ["/start", "no I'm in Surrey BC", "yes", "personal support worker", "[33102]", "feb 10 2025", "yes", "30",
         "yes", "yes", "no", "yes", "no", "[IELTS General Training]", "2026-03-03", "5.5 5 5.5 5.5", "no"]
AMARA_CRS = ["[📊 Estimate my CRS (9 questions)]", "28", "single", "[Secondary school (high school)]",
             "[Outside Canada, with an ECA]", "none", "no", "no", "no"]
AMARA_TEF = ["/summary", "[➕ Add a test]", "tef", "may 1 2026",
             "four hundred forty four hundred forty four hundred thirty four hundred sixty", "no"]


async def test_amara_adds_a_tef_said_aloud_from_her_summary_and_her_crs_takes_french_first(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Amara")
        await say(chat, *AMARA)
        verdict = verdict_in(chat)
        assert "You appear eligible" in verdict and "2,807 qualifying hours" in verdict
        assert "CLB 6/6/6/6" in verdict
        await say(chat, *AMARA_CRS)
        score = chat.last_text
        assert "CRS estimate: 216 points" in score and "Core 216 · spouse 0 · skill transferability 0" in score
        await say(chat, *AMARA_TEF)
        tests = answers(bot, chat)["tests"]
        assert len(tests) == 2 and tests[1]["test_kind"] == "tef_canada"
        abilities = ("listening", "reading", "writing", "speaking")
        assert [tests[1][f"test_{a}"] for a in abilities] == [440, 440, 430, 460]
        assert tests[0]["test_more"] is True and tests[1]["test_more"] is False
        verdict = verdict_in(chat)
        assert "converts to NCLC 7/7/7/7" in verdict and "meets it too (CLB 6/6/6/6)" in verdict
        heard = text_of(await say(chat, "[📊 Show my CRS]"))
        assert "CRS estimate: 302 points" in heard, heard
        assert "Core 252 · spouse 0 · skill transferability 0 · additional 50" in heard
        assert "• First official language: 68" in heard and "• Second official language: 4" in heard
        summary = text_of(await say(chat, "/summary"))
        assert "Test 2: TEF Canada" in summary and "Test 2 · date: May 1, 2026" in summary
        all_in(chat, "en")
    bot.errors.check()


# -- 8. Marie ---------------------------------------------------------------------------------------------------
# Cook (63200, TEER 3) since 2026-02-02, "8h par jour" then 40 h; TEF Canada of 2026-06-10 said aloud
# 500/480/490/520 = NCLC 8/8/8/9. 298 days x 30 / 7 = 1,277 h: not yet, 1,560 h on 2027-02-01 (364 days); 283 h to
# go. Test expiry 2028-06-10: reminders 2028-03-12 (90 days) and 2028-05-11 (30 days). Then her hours are really
# 20 a week: 298 x 20 / 7 = 851 h, 1,560 h after 546 days: 2027-08-02; the reminder of the day moves with it.
MARIE = ["/start", "nn", "oui", "cuisinière", "[63200 · Cuisiniers/cuisinières · FEER 3]", "2 février 2026", "oui",
         "8h par jour", "40", "oui", "oui", "non", "oui", "non", "[TEF Canada]", "10 juin 2026",
         "cinq cents quatre cent quatre-vingts quatre cent quatre-vingt-dix cinq cent vingt", "non"]


async def test_marie_not_yet_sets_reminders_then_her_real_hours_move_the_day_and_she_deletes(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Marie", language_code="fr")
        heard = text_of(await say(chat, *MARIE[:8]))
        assert "par semaine" in heard and "job_hours" not in job(bot, chat)
        await say(chat, *MARIE[8:])
        assert answers(bot, chat)["tests"][0]["test_writing"] == 490
        verdict = verdict_in(chat)
        assert "Pas encore admissible : vous devriez l'être le 1er février 2027" in verdict
        assert "1 277 heures admissibles" in verdict and "NCLC 8/8/8/9" in verdict
        assert "À faire : environ 283 heures admissibles de plus" in verdict
        offer = text_of(await say(chat, "[🔔 M'envoyer des rappels]"))
        assert "1er février 2027 : le jour où vous devriez devenir admissible" in offer
        assert "12 mars 2028 : 90 jours avant" in offer and "11 mai 2028 : 30 jours avant" in offer
        await say(chat, "[🔔 Oui, envoyez-moi des rappels]")
        heard = text_of(await say(chat, "/summary", "[✏️ Emploi 1 · heures]", "20"))
        assert job(bot, chat)["job_hours"] == 20
        assert "vous devriez l'être le 2 août 2027" in heard and "851 heures admissibles" in heard
        reminders = text_of(await say(chat, "/reminders"))
        assert "2 août 2027" in reminders and "1er février 2027" not in reminders
        all_in(chat, "fr")
        await say(chat, "/delete", "[Oui, tout effacer]")
        assert bot.repository.load_session(chat.user_id) is None
        assert bot.repository.reminder_settings(chat.user_id) is None
    bot.errors.check()


# -- 9. Raj -----------------------------------------------------------------------------------------------------
# Not sure yet where he will live; truck driver (73300, TEER 3) since 2024-11-04 ("oops go back" to retype it) at
# 37h30; PTE Core said aloud 65/70/70/70 = CLB 7/8/7/7. 753 days x 30 / 7 = 3,227 h; 1,560 h reached 364 days after
# the start, on 2025-11-03. Eligible, on the condition said under the result. He then says Montreal, hears Quebec's
# route (no result), and goes back to his real plan: the same result again.
RAJ = ["/start", "not sure yet", "yes", "truck driver", "[73300 · Transport truck drivers · TEER 3]", "nov 4 2024",
       "oops go back", "2024-11-04", "yes", "37h30", "yes", "yes", "no", "yes", "no", "pte core", "2026-02-14",
       "sixty five seventy seventy seventy", "no"]


async def test_raj_unsure_of_quebec_reads_his_condition_tries_montreal_and_comes_back(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Raj")
        heard = text_of(await say(chat, *RAJ[:2]))
        assert "Not sure yet is fine" in heard and answers(bot, chat)["quebec"] == "unsure"
        await say(chat, *RAJ[2:7])
        assert state(bot, chat) == "job_start" and "Changing your answer: “November 4, 2024”" in chat.last_text
        await say(chat, *RAJ[7:])
        assert job(bot, chat)["job_hours"] == 37.5 and job(bot, chat)["job_start"] == "2024-11-04"
        assert answers(bot, chat)["tests"][0]["test_listening"] == 65
        verdict = verdict_in(chat)
        assert "You appear eligible" in verdict and "3,227 qualifying hours" in verdict
        assert "CLB 7/8/7/7" in verdict
        assert "this result holds only if you really plan to live outside Quebec when you apply" in verdict
        chart = text_of(await say(chat, "[🗓️ Hours chart]"))
        assert "3,227 on November 27, 2026" in chart and "You reached 1,560 hours on November 3, 2025." in chart
        heard = text_of(await say(chat, "/summary", "[✏️ Will live in Quebec]", "yes, Montreal"))
        assert answers(bot, chat)["quebec"] is True and "Skilled Worker Selection Program (PSTQ)" in heard
        assert not any("CRS" in b or "chart" in b for b in chat.buttons)
        heard = text_of(await say(chat, "[I plan to live elsewhere in Canada]"))
        assert answers(bot, chat)["quebec"] is False and state(bot, chat) == "verdict"
        assert "You appear eligible" in heard and "3,227 qualifying hours" in heard
        assert "holds only if" not in heard  # no longer unsure: no condition left over
        all_in(chat, "en")
    bot.errors.check()


# -- 10. Sam ----------------------------------------------------------------------------------------------------
# Registered nurse (31301, TEER 1) since 2023-09-05 at 40 h, a full-time student "until my studies ended" in "april
# 2025" (read as April 30, the careful way): counted from 2025-05-01, 575 days x 30 / 7 = 2,464 h. IELTS GT
# 7.5/7/7/7 = CLB 8/9/9/9. Eligible. He sends /restart by mistake and keeps his answers. CRS, married, his wife
# comes (not a citizen; a bachelor's, no test, no Canadian work), born 1994-01-15 (32): with-spouse column: age 85,
# master's 126, language 22 + 29 x 3 = 109, Canadian work 1 year 35: core 355; spouse: education 8; transferability
# education x language 25 (CLB 7+) + education x Canadian work 25 -> 50; Canadian master's 30: 443. He turns 33 on
# 2027-01-15: 5 fewer. Plan: French NCLC 7 as a second language 12 + 50 = +62 (505); his wife at CLB 9 in all four
# 5 x 4 = +20 (463); IELTS CLB 10: 32 x 4 - 109 = +19, transferability already at 50 (462); the first two: 525.
SAM = ["/start", "no", "yes", "registered nurse", "[31301]", "2023-09-05", "yes", "40", "yes", "yes",
       "[Until my studies ended]", "april 2025", "yes", "no", "[IELTS General Training]", "2026-05-20",
       "7.5 7 7 7", "no"]
SAM_CRS = ["[📊 Estimate my CRS (9 questions)]", "1994-01-15", "married", "no", "yes",
           "[Bachelor's or 3+ year program]", "[No test]", "none", "[Master's or professional degree]",
           "[In Canada]", "none", "no", "no", "no"]


async def test_sam_studied_until_april_restarts_by_mistake_and_scores_443_with_his_wife(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Sam")
        heard = text_of(await say(chat, *SAM[:12]))
        assert "taken to end on April 30, 2025, the latest day it can be" in heard
        assert job(bot, chat)["job_student"] == "partly" and job(bot, chat)["job_student_end"] == "2025-04"
        await say(chat, *SAM[12:])
        verdict = verdict_in(chat)
        assert "You appear eligible" in verdict and "2,464 qualifying hours" in verdict
        assert "CLB 8/9/9/9" in verdict
        await say(chat, "/restart", "[Keep my answers]")
        assert state(bot, chat) == "verdict" and job(bot, chat)["job_hours"] == 40
        await say(chat, *SAM_CRS)
        score = chat.last_text
        assert "CRS estimate: 443 points" in score
        assert "Core 355 · spouse 8 · skill transferability 50 · additional 30" in score
        assert "• First official language: 109" in score and "• Canadian work experience: 35" in score
        assert "On January 15, 2027 you turn 33: 5 fewer CRS points for age from that day." in score
        stored = answers(bot, chat)
        assert (stored["spouse_citizen"], stored["spouse_accompanying"], stored["spouse_test_kind"]) == (
            False, True, "none")
        plan = text_of(await say(chat, "[📈 How can I raise my score?]"))
        assert "(now 443)" in plan and "With this, 505" in plan
        assert "+20 points" in plan and "With this, 463" in plan
        assert "+19 points" in plan and "a CRS of 525" in plan
        all_in(chat, "en")
    bot.errors.check()


# -- 11. Tom ----------------------------------------------------------------------------------------------------
# Line cook (63200) 2024-03-01 to 2025-02-28 at 40 h: 365 days (the end day counted) x 30 / 7 = 1,564 h, eligible;
# the first day leaves the window for an application made on 2027-03-03 (1,560 h on 2027-03-02, 1,556 h after):
# "only for an application made by March 2, 2027". CELPIP typed as of 2024-11-20, then "sorry I meant 2025":
# 2025-11-20, 5/5/5/5 (CLB 5 is enough for TEER 3). His reminder: 60 days before March 2, 2027 is January 1, 2027.
TOM = ["/start", "no", "yes", "line cook", "[63200 · Cooks · TEER 3]", "march 1 2024", "no", "feb 28 2025", "40",
       "yes", "yes", "no", "yes", "no", "celpip", "2024-11-20", "sorry I meant 2025"]


async def test_tom_whose_job_ended_corrects_his_test_year_and_is_told_his_last_day(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Tom")
        heard = text_of(await say(chat, *TOM))
        assert "Changing your answer: “November 20, 2024”" in heard and state(bot, chat) == "test_date"
        await say(chat, "2025-11-20", "5 5 5 5", "no")
        assert answers(bot, chat)["tests"][0]["test_date"] == "2025-11-20"
        verdict = verdict_in(chat)
        assert "1,564 qualifying hours; 1,560 needed. Only for an application made by March 2, 2027: older " \
            "hours then leave the 3-year window." in verdict
        assert "CLB 5/5/5/5" in verdict
        offer = text_of(await say(chat, "[🔔 Remind me]"))
        assert "January 1, 2027: 60 days before March 2, 2027, the last day an application meets the requirement" \
            in offer
        later = text_of(await say(chat, "[No thanks]", "[📅 What if I apply later?]", "[April 2027]"))
        assert "Not eligible for the Canadian Experience Class" in later  # 2024-04-01 to 2025-02-28: 334 days
        assert "1,431 qualifying hours; 1,560 needed" in later
        all_in(chat, "en")
    bot.errors.check()


# -- 12. Yasmine ------------------------------------------------------------------------------------------------
# Licensed practical nurse (32101, TEER 2) since 2025-03-03 at "trente-deux heures" (30 count): 634 days x 30 / 7 =
# 2,717 h; TCF Canada said aloud 460/460/10/10 = NCLC 7/7/7/7 (the second time with pauses). Eligible. From
# /summary she starts adding a job, changes her mind ("retour"): nothing is left of it, and the result is the same.
YASMINE = ["/start", "non", "oui", "infirmière auxiliaire",
           "[32101 · Infirmiers auxiliaires/infirmières auxiliaires · FEER 2]", "3 mars 2025", "oui",
           "trente-deux heures", "oui", "oui", "non", "oui", "non", "[TCF Canada]", "2026-04-04",
           "quatre cent soixante quatre cent soixante dix dix",
           "quatre cent soixante, quatre cent soixante, dix, dix", "non"]


async def test_yasmine_starts_adding_a_job_then_says_retour_and_her_result_stands(
        tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = Chat(bot.app, tg, first_name="Yasmine", language_code="fr")
        heard = text_of(await say(chat, *YASMINE[:16]))
        # Said without a pause, "soixante dix" is seventy: three results heard (460, 470, 10): asked, not guessed.
        assert "J'ai lu 3 résultats" in heard and "test_listening" not in answers(bot, chat)["tests"][0]
        await say(chat, *YASMINE[16:])
        assert job(bot, chat)["job_hours"] == 32
        test = answers(bot, chat)["tests"][0]
        assert (test["test_listening"], test["test_reading"], test["test_writing"], test["test_speaking"]) == (
            460, 460, 10, 10)
        verdict = verdict_in(chat)
        assert "Vous semblez admissible" in verdict and "2 717 heures admissibles" in verdict
        assert "NCLC 7/7/7/7" in verdict
        heard = text_of(await say(chat, "/summary", "[➕ Ajouter un emploi]"))
        assert "Emploi 2" in chat.last_text and state(bot, chat) == "job_occupation"
        heard = text_of(await say(chat, "retour"))
        stored = answers(bot, chat)
        assert len(stored["jobs"]) == 1 and stored["jobs"][0]["job_more"] is False
        assert state(bot, chat) == "verdict" and "2 717 heures admissibles" in heard, heard
        summary = text_of(await say(chat, "/summary"))
        assert "Emploi 2" not in summary and "Emploi 1 · heures : 32 h/semaine" in summary
        all_in(chat, "fr")
    bot.errors.check()
