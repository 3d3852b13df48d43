"""An audit of what a person who will live in Quebec meets in the chat, in English and French, through the fake
Bot API. Cases written from RULES.md (shared/reference/RULES.md), not from what the bot does:

- §1 row 4 and §8: the Canadian Experience Class is only for people who plan to live outside Quebec. Said as soon
  as the person says they will live in Quebec, kindly, with Quebec's own route: the PEQ takes no new applications
  since 2025-11-19; the PSTQ (a profile in Arrima, invitations by points, a CSQ, then federal permanent residence);
  https://www.quebec.ca/immigration (the same page in French, §8). No PSTQ score. Never "just say you will move".
- §8: work done in Quebec counts when the person will live elsewhere; §2: TEFAQ and TCF Québec are not accepted.
- §5: never promise an invitation.

Right behaviour is a plain test; what should happen otherwise is a strict xfail citing the section.
"""

from __future__ import annotations

import pathlib
import re
from typing import Any

import pytest

from flows.texts import catalog

from .bot_fixtures import Bot, answer_all, answers, bot_on, said, state
from .fake_telegram import Chat, FakeTelegram, StoredMessage
from .screenings import ELIGIBLE_SCREENING, ELIGIBLE_WORK, README_CRS

QUEBEC_URL = "https://www.quebec.ca/immigration"
# The notice as §8 wants it, in each language: kind, the CEC's condition, PEQ closed, PSTQ/Arrima/CSQ/PR, no score.
NOTICE = {
    "en": ("Living in Quebec", "Thank you for telling me", "is for people who will live outside Quebec",
           "Skilled Worker Selection Program (PSTQ)", "Arrima", "Quebec Selection Certificate (CSQ)",
           "federal application for permanent residence",
           "(PEQ) takes no new applications since November 19, 2025",
           "I cannot score the PSTQ", "declaring an intent you do not have is misrepresentation"),
    "fr": ("Vivre au Québec", "Merci de me l'indiquer", "s'adresse aux personnes qui vivront hors du Québec",
           "Programme de sélection des travailleurs qualifiés (PSTQ)", "Arrima",
           "Certificat de sélection du Québec (CSQ)", "demande fédérale de résidence permanente",
           "(PEQ) n'accepte plus de nouvelles demandes depuis le 19 novembre 2025",
           "Je ne peux pas calculer les points du PSTQ", "constitue une fausse déclaration"),
}
ELSEWHERE = {"en": "I plan to live elsewhere in Canada", "fr": "Je compte vivre ailleurs au Canada"}
UNDERSTOOD = {"en": "I understand", "fr": "Je comprends"}
YES, NO = {"en": "Yes", "fr": "Oui"}, {"en": "No", "fr": "Non"}
WORK_QUESTION = {"en": "paid job in Canada", "fr": "emploi rémunéré au Canada"}
# Words that would tell someone to declare an intent they do not have (§8), or promise an invitation (§5).
NEVER = re.compile(r"just say|simply say|just tell|say you will|tell IRCC|declare that you|pretend|juste dire|"
                   r"il suffit de|dites que vous|déclarez que vous|to an invitation|vers une invitation|"
                   r"you would be invited|would have been invited|seriez invité|auriez été invité", re.I)
# ELIGIBLE_SCREENING in French (not Quebec first): a TEER 1 job since 2025-09-01 at 40 h, IELTS GT 8/7/7/7.
ELIGIBLE_FR = ["[Non]", "[Oui]", "21232", "2025-09-01", "[Oui]", "[40]", "[Oui]", "[Oui]", "[Non]", "[Oui]",
               "[Non]", "[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[Non]"]
README_CRS_FR = ["1997-03-10", "[Célibataire]", "[Baccalauréat ou programme de 3 ans ou plus]",
                 "[Hors du Canada, avec une EDE]", "[Non]", "[2 ans]", "[Non]", "[Non]", "[Non]"]


def t(lang: str, key: str, **params: Any) -> str:
    return catalog(lang).t(key, **params)


def raw(messages: list[StoredMessage]) -> str:
    """The same, as sent (HTML, with the links' addresses)."""
    return "\n\n".join(m.raw_text or "" for m in messages)


async def start(bot: Bot, tg: FakeTelegram, lang: str = "en", user_id: int = 1001) -> Chat:
    chat = Chat(bot.app, tg, user_id=user_id, language_code=lang)
    await chat.send("/start")
    return chat


def assert_the_notice(reply: list[StoredMessage], lang: str) -> None:
    text = said(reply)
    for words in NOTICE[lang]:
        assert words in text, words
    assert f'href="{QUEBEC_URL}"' in raw(reply)
    assert not NEVER.search(text), NEVER.search(text)
    assert "CRS" not in text and "SCG" not in text, "no Express Entry score is offered in its place"


# -- saying Quebec at the Quebec question ---------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_yes_at_the_quebec_question_is_told_at_once_with_quebecs_route(tg: FakeTelegram,
                                                                              tmp_path: pathlib.Path,
                                                                              lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        assert t(lang, "q.quebec.text") in chat.last_text
        reply = await chat.click(YES[lang])
        assert_the_notice(reply, lang)
        assert chat.buttons == [ELSEWHERE[lang], UNDERSTOOD[lang]], "continue, or stop here: both said plainly"
        assert answers(bot, chat)["quebec"] is True and state(bot, chat) == "quebec"
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_i_understand_closes_kindly_and_keeps_the_way_back(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                 lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        await chat.click(YES[lang])
        closing = said(await chat.click(UNDERSTOOD[lang]))
        assert closing == t(lang, "quebec_step.closing")
        assert chat.buttons == [ELSEWHERE[lang]]
        assert not NEVER.search(closing)
        await chat.send("/start")  # later: the same notice, never a verdict or a CRS
        assert_the_notice([chat.last_bot_message], lang)
        reply = said(await chat.click(ELSEWHERE[lang]))
        assert WORK_QUESTION[lang] in reply, "the screening goes on from the first question after Quebec"
        assert answers(bot, chat)["quebec"] is False
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_elsewhere_goes_on_and_an_eligible_verdict_follows(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                  lang: str) -> None:
    """Then a plan to live elsewhere (a real one): the screening as for anyone, up to the verdict."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        await chat.click(YES[lang])
        await chat.click(ELSEWHERE[lang])
        rest = (ELIGIBLE_SCREENING if lang == "en" else ELIGIBLE_FR)[1:]
        await answer_all(chat, *rest)
        verdict = said(chat.bot_messages[-2:])
        assert ("You appear eligible" if lang == "en" else "Vous semblez admissible") in verdict
        assert ("✅ Where you will live" if lang == "en" else "✅ Lieu de résidence prévu") in verdict
    bot.errors.check()


# -- typed answers ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "Montréal"), ("en", "I'll stay in Montreal"), ("en", "Quebec City"), ("en", "Gatineau"),
    ("fr", "je reste au Québec"), ("fr", "Montréal"), ("fr", "à Québec"), ("fr", "Sherbrooke, QC"),
])
async def test_a_place_in_quebec_typed_is_read_as_yes_and_told_at_once(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                       lang: str, typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        reply = await chat.send(typed)
        assert_the_notice(reply, lang)
        assert answers(bot, chat)["quebec"] is True
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "Toronto"), ("en", "no, moving to Ontario"), ("en", "I'm moving to Calgary"),
    ("fr", "non, Ontario"), ("fr", "je déménage en Colombie-Britannique"), ("fr", "ailleurs au Canada"),
])
async def test_a_place_elsewhere_typed_is_read_as_no(tg: FakeTelegram, tmp_path: pathlib.Path, lang: str,
                                                     typed: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        reply = said(await chat.send(typed))
        assert WORK_QUESTION[lang] in reply
        assert answers(bot, chat)["quebec"] is False
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "Montreal for now, then Toronto"), ("en", "not Quebec"), ("en", "maybe Montreal"),
    ("en", "yes but moving to Ontario next year"), ("fr", "Montréal ou Ottawa"), ("fr", "pas au Québec"),
    ("fr", "je quitte Montréal"), ("fr", "peut-être Québec"),
])
async def test_a_place_said_with_doubt_or_two_places_is_asked_again(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                    lang: str, typed: str) -> None:
    """Never a guess either way: "not Quebec" or "leaving Montreal" are asked again, as a "yes but" is."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        reply = said(await chat.send(typed))
        assert t(lang, "quebec_step.ask_plan") in reply, "asked again, saying why: a place with a time or a doubt"
        assert t(lang, "err.yes_no") not in reply
        assert "quebec" not in answers(bot, chat)
    bot.errors.check()


# -- unsure -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "how"), [("en", "[Not sure]"), ("en", "not sure yet"), ("en", "undecided"),
                                           ("fr", "[Je ne sais pas]"), ("fr", "je ne sais pas"),
                                           ("fr", "pas encore décidé")])
async def test_unsure_is_told_the_condition_at_once_and_goes_on(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                 lang: str, how: str) -> None:
    """Not yet decided: the screening goes on, said to hold only for a real plan to live outside Quebec (§1 row 4),
    with Quebec's route for the other case (§8). Nothing here tells them which answer to give."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        reply = await (chat.click(how[1:-1]) if how.startswith("[") else chat.send(how))
        text = said(reply)
        assert t(lang, "quebec_step.unsure") in text and WORK_QUESTION[lang] in text
        assert f'href="{QUEBEC_URL}"' in raw(reply)
        assert not NEVER.search(text)
        assert answers(bot, chat)["quebec"] == "unsure"
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_the_verdict_of_someone_unsure_says_it_holds_only_outside_quebec(tg: FakeTelegram,
                                                                              tmp_path: pathlib.Path,
                                                                              lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        await chat.click("Not sure" if lang == "en" else "Je ne sais pas")
        await answer_all(chat, *(ELIGIBLE_SCREENING if lang == "en" else ELIGIBLE_FR)[1:])
        verdict = "\n\n".join(chat.texts[-3:])
        assumed = {"en": "❔ Where you will live: This result assumes you plan to live outside Quebec.",
                   "fr": "❔ Lieu de résidence prévu : ce résultat suppose que vous prévoyez de vivre hors du "
                         "Québec."}[lang]
        assert assumed in verdict
        assert t(lang, "quebec_step.unsure_result") in verdict
        assert not NEVER.search(verdict)
        await chat.send("/summary")
        summary = {"en": "Will live in Quebec: Not sure", "fr": "Vivra au Québec : Je ne sais pas"}[lang]
        assert summary in chat.last_text
    bot.errors.check()


# -- changing the answer later ------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_changed_to_quebec_from_the_summary_after_a_crs_is_told_at_once_and_nothing_else(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        if lang == "en":
            await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS)
        else:
            await answer_all(chat, *ELIGIBLE_FR, "[Estimer mon score SCG]", *README_CRS_FR)
        assert "470" in said(chat.bot_messages[-3:])
        await chat.send("/summary")
        await chat.click("Will live in Quebec" if lang == "en" else "Vivra au Québec")
        reply = await chat.click(YES[lang])
        assert_the_notice(reply, lang)
        assert "470" not in said(reply)
        assert state(bot, chat) == "quebec" and answers(bot, chat)["birth"] == {"birth_date": "1997-03-10"}, \
            "the answers are kept for a change of plans"
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_back_from_the_notice_then_no_returns_to_where_they_were(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                       lang: str) -> None:
    """A "Yes" tapped by mistake after the verdict: /back shows the question to change; "No" brings the verdict."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        await answer_all(chat, *(ELIGIBLE_SCREENING if lang == "en" else ELIGIBLE_FR))
        await chat.send("/summary")
        await chat.click("Will live in Quebec" if lang == "en" else "Vivra au Québec")
        await chat.click(YES[lang])
        back = said(await chat.send("/back"))
        assert t(lang, "q.quebec.text") in back
        reply = said(await chat.click(NO[lang]))
        assert ("You appear eligible" if lang == "en" else "Vous semblez admissible") in reply
        assert answers(bot, chat)["quebec"] is False
    bot.errors.check()


async def test_the_summary_of_a_quebec_person_offers_to_change_the_answer(tg: FakeTelegram,
                                                                          tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, "fr")
        await chat.click("Oui")
        await chat.click("Je comprends")
        await chat.send("/summary")
        assert "Vivra au Québec : Oui" in chat.last_text
        await chat.click("Vivra au Québec")
        assert t("fr", "q.quebec.text") in chat.last_text
        await chat.click("Non")
        assert WORK_QUESTION["fr"] in chat.last_text
    bot.errors.check()


# -- /rounds, the result menus and reminders for someone who will live in Quebec ----------------------------------
@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_rounds_for_a_quebec_person_compare_nothing_and_point_to_quebec(tg: FakeTelegram,
                                                                              tmp_path: pathlib.Path,
                                                                              lang: str) -> None:
    """Express Entry's rounds are not their route: the cut-offs may be listed, never "you are N points below",
    never "finish the CRS questions to compare" (§8)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        await chat.click(YES[lang])
        reply = await chat.send("/rounds")
        text = said(reply)
        assert t(lang, "rounds_view.quebec", url=QUEBEC_URL) in text
        assert t(lang, "rounds_view.no_estimate") not in text
        assert not re.search(r"you are \d|vous êtes à \d|below|au-dessous|en dessous", text)
        assert not NEVER.search(text)
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_rounds_after_a_crs_then_quebec_no_longer_compare_that_crs(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                         lang: str) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        if lang == "en":
            await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS)
        else:
            await answer_all(chat, *ELIGIBLE_FR, "[Estimer mon score SCG]", *README_CRS_FR)
        rounds_message = chat.last_bot_message.message_id
        before = said(await chat.send("/rounds"))
        assert "470" in before
        await chat.send("/summary")
        await chat.click("Will live in Quebec" if lang == "en" else "Vivra au Québec")
        await chat.click(YES[lang])
        for reply in (await chat.send("/rounds"), await chat.click_stale("📋", rounds_message)):
            text = said(reply)
            assert "470" not in text and t(lang, "rounds_view.quebec", url=QUEBEC_URL) in text
    bot.errors.check()


async def test_stale_result_buttons_after_quebec_give_no_plan_or_chart(tg: FakeTelegram,
                                                                       tmp_path: pathlib.Path) -> None:
    """"How can I raise my score?" and "What if I apply later?" still on screen from before: no plan, no
    comparison with rounds (§8); the Quebec notice instead."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS)
        menu = chat.last_bot_message.message_id
        await chat.send("/summary")
        await chat.click("Will live in Quebec")
        await chat.click("Yes")
        for label in ("📈 How can I raise my score?", "📅 What if I apply later?"):
            # the estimate stays in the chat above, without its buttons: what comes below is the notice
            text = said([m for m in await chat.click_stale(label, menu) if m.message_id != menu])
            assert "Living in Quebec" in text, label
            assert not NEVER.search(text) and "470" not in text and "would reach" not in text
    bot.errors.check()


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_reminders_after_quebec_keep_only_the_yearly_check(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                  lang: str) -> None:
    """Reminders turned on as a future CEC applicant, then the plan is Quebec: no CRS birthday, no test expiry for
    the CEC, nothing about becoming eligible; the yearly check stays (plans change)."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        if lang == "en":
            await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", "1996-12-15", *README_CRS[1:],
                             "[🔔 Remind me]", "[Yes, remind me]")
        else:
            await answer_all(chat, *ELIGIBLE_FR, "[Estimer mon score SCG]", "1996-12-15", *README_CRS_FR[1:],
                             "[🔔 M'envoyer des rappels]", "[Oui, envoyez-moi des rappels]")
        await chat.send("/reminders")
        birthday = t(lang, "reminders.cancel", what=t(lang, "reminders.short.birthday"))
        assert birthday in chat.buttons, "turning 30 on 2026-12-15 costs age points (§3)"
        await chat.send("/summary")
        await chat.click("Will live in Quebec" if lang == "en" else "Vivra au Québec")
        await chat.click(YES[lang])
        listing = said(await chat.send("/reminders"))
        assert t(lang, "reminders.cancel", what=t(lang, "reminders.short.yearly")) in chat.buttons
        for kind in ("birthday", "test_90", "test_30", "eligible", "eca"):
            assert t(lang, "reminders.cancel", what=t(lang, f"reminders.short.{kind}")) not in chat.buttons, kind
        assert "CRS" not in listing and "SCG" not in listing
        assert not NEVER.search(listing)
    bot.errors.check()


async def test_no_reminder_offer_under_the_quebec_notice(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg)
        await chat.click("Yes")
        assert not any("Remind" in b or "round" in b.lower() for b in chat.buttons)
        listing = said(await chat.send("/reminders"))
        assert listing == t("en", "reminders.off_quebec")  # no result, so no 🔔 button to name
    bot.errors.check()


async def test_round_alerts_are_not_composed_for_a_quebec_person(tg: FakeTelegram, tmp_path: pathlib.Path) -> None:
    """§8: alerts turned on as a future CEC applicant, then the plan is Quebec: no alert compares a CEC round with
    the old estimate ("you are N points below"); back to elsewhere, they come again."""
    from bot.scheduled.round_alerts import compose_alerts
    from eligibility.rounds import seed

    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg)
        await answer_all(chat, *ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS,
                         "[📣 Tell me after each round]")
        await chat.send("/summary")
        await chat.click("Will live in Quebec")
        await chat.click("Yes")
        newest = next(r for r in seed().rounds if r.program == "canadian_experience_class")
        assert compose_alerts([newest], bot.repository.round_alert_subscribers()) == []
        await chat.send("/summary")
        await chat.click("Will live in Quebec")
        await chat.click("No")
        (alert,) = compose_alerts([newest], bot.repository.round_alert_subscribers())
        assert alert[0] == chat.user_id and "below" in str(alert[2])
    bot.errors.check()


# -- work in Quebec, TEFAQ and TCF Québec, French pages -----------------------------------------------------------
async def test_work_in_montreal_counts_for_someone_who_will_live_in_ontario(tg: FakeTelegram,
                                                                           tmp_path: pathlib.Path) -> None:
    """§8: work done in Quebec counts for the CEC when the person plans to live elsewhere in Canada."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, "fr")
        await answer_all(chat, "non, je vais vivre en Ontario", "oui, à Montréal", *ELIGIBLE_FR[2:])
        verdict = said(chat.bot_messages[-2:])
        assert "Vous semblez admissible" in verdict
        assert answers(bot, chat)["quebec"] is False and answers(bot, chat)["canadian_work"] is True
    bot.errors.check()


@pytest.mark.parametrize(("lang", "typed", "name"), [
    ("en", "TEFAQ", "TEFAQ"), ("en", "TCF Quebec", "TCF Québec"), ("fr", "TEFAQ", "TEFAQ"),
    ("fr", "tcf québec", "TCF Québec"),
])
async def test_tefaq_and_tcf_quebec_are_refused_with_what_is_accepted(tg: FakeTelegram, tmp_path: pathlib.Path,
                                                                      lang: str, typed: str, name: str) -> None:
    """§2 and §8: not accepted for Express Entry; the question's hint says so before anyone taps TEF Canada."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, lang)
        await answer_all(chat, *(ELIGIBLE_WORK if lang == "en" else ELIGIBLE_FR[:11]))
        assert "TEFAQ" in chat.last_text and "TCF Québec" in chat.last_text, "said in the test question's hint"
        reply = said(await chat.send(typed))
        accepted = "is not accepted for Express Entry" if lang == "en" else "n'est pas accepté pour Entrée express"
        assert f"{name} {accepted}" in reply
        assert "TEF Canada" in chat.buttons and "TCF Canada" in chat.buttons
        assert "tests" not in answers(bot, chat) or not answers(bot, chat)["tests"][0].get("test_kind")
    bot.errors.check()


async def test_a_french_verdict_links_french_pages_and_quebecs_page(tg: FakeTelegram,
                                                                    tmp_path: pathlib.Path) -> None:
    """§5: French readers get the French canada.ca pages; §8: Quebec's page is the same address in French."""
    async with bot_on(tg, tmp_path / "bot.db") as bot:
        chat = await start(bot, tg, "fr")
        reply = await chat.click("Oui")
        links = re.findall(r'href="([^"]+)"', raw(reply))
        assert links == [QUEBEC_URL]
        await chat.click("Je compte vivre ailleurs au Canada")
        await answer_all(chat, *ELIGIBLE_FR[1:])
        await chat.click("📄 Détails")
        details = raw(chat.bot_messages[-3:])
        pages = re.findall(r'href="(https://www\.canada\.ca/[^"]+)"', details)
        assert pages and all("/fr/" in page for page in pages)
    bot.errors.check()


def test_every_quebec_sentence_is_in_both_catalogs() -> None:
    """Every user-facing sentence about Quebec lives in the English and the French catalogs."""
    en, fr = catalog("en").texts, catalog("fr").texts
    keys = {k for k in en if "quebec" in k.lower()} | {k for k in fr if "quebec" in k.lower()}
    assert keys and {k for k in keys if k not in en or k not in fr} == set()
    assert all(en[k] != fr[k] for k in keys if isinstance(en[k], str) and k != "quebec_step.link"
               and not en[k].startswith("http"))
