"""The coherence audit, round 9, through the fake Bot API (tests/flows/test_coherence_round9.py is the flows'
side): a person whose CRS was compared with the shipped rounds (RULES.md 4: the latest Canadian Experience Class
round 446, September 29, 2026, 518) when IRCC's feed then adds a newer round (448, November 25, 2026, 466). Every
screen read afterwards names the same latest round with the same gap: the CRS message shown again ("What if I apply
later?", then back to today), /rounds, the CRS chart's facts and the plan's count of the last six rounds.
"""

from __future__ import annotations

import copy
import datetime as dt
import pathlib
import random
import re
from typing import Any

import pytest

from bot.screening.service import ScreeningService
from flows import conversation as talk
from flows.improvements_view import PREFIX
from flows.texts import catalog
from storage import Repository
from tests.e2e.test_coherence_round6_chat import _press_to_result, _text
from tests.flows.test_coherence_round5 import TODAY

from .bot_fixtures import bot_on
from .fake_telegram import FakeTelegram
from .test_round_alerts import NEW_CEC, FeedServer, ircc_feed, refresh, screened_to_crs

# RULES.md 4 and the feed's round 448: the last six CEC rounds after it, worked by hand (08-05 516, 08-18 523,
# 09-01 521, 09-15 519, 09-29 518, 11-25 466): since August 5, 2026, 466 to 523; 470 reaches 466 only.
_LATEST = {"en": ("4 points above the lowest score invited in the latest Canadian Experience Class round (466, "
                  "November 25, 2026)"),
           "fr": ("dépasse de 4 points le score minimal de la dernière ronde de la catégorie de l'expérience "
                  "canadienne (466, le 25 novembre 2026)")}
_SIX = {"en": ("In the last 6 Canadian Experience Class rounds (since August 5, 2026), the lowest score invited "
               "ranged from 466 to 523; your estimate reached the cut-off in 1 of them."),
        "fr": ("Lors des 6 dernières rondes de cette catégorie (depuis le 5 août 2026), ce score minimal a "
               "varié de "
               "466 à 523 ; votre score estimé aurait atteint le seuil dans 1 d'entre elles.")}
_OLD = ("(518, September 29, 2026)", "(518, le 29 septembre 2026)")
_LAST_SIX = (516, 523, 521, 519, 518, 466)
_LISTED = {"en": r"• Canadian Experience Class, November 25, 2026: 466, you are 4 points above",
           "fr": r"• Catégorie de l'expérience canadienne, 25 novembre 2026 : 466 — vous le dépassez de 4 points"}
_CHART = {"en": "The latest we have, on November 25, 2026, invited 466 and above.",
          "fr": "La plus récente dont nous disposons, le 25 novembre 2026, a invité les candidats ayant un score "
                "de "
                "466 ou plus."}
_PLAN = {"en": r"With this, (\d+): it would (?:not )?have reached the cut-off in (each|\d+|any) of the last 6",
         "fr": r"Avec ce changement, (\d+) : ce score (?:aurait|n'aurait) atteint le seuil (?:dans (\d+|aucune) "
               r"des|de (chacune) des) 6 dernières"}


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_a_round_the_feed_adds_after_the_result_is_the_latest_on_every_screen(
        tg: FakeTelegram, tmp_path: pathlib.Path, lang: str) -> None:
    server = FeedServer(ircc_feed(NEW_CEC))
    try:
        async with bot_on(tg, tmp_path / "bot.db", settings={"rounds_feed_url": server.url}) as bot:
            ana = await screened_to_crs(bot, tg, 1001)
            assert _OLD[0] in ana.last_text  # the shipped rounds: 446 was the latest
            if lang == "fr":
                await ana.send("/language")
                await ana.click("Français")
            await refresh(bot)  # IRCC's own feed, up to round 448 (2026-11-25, 466)
            read: dict[str, str] = {}

            async def reading(name: str, *presses: str) -> None:
                before = len(ana.texts)
                for press in presses:
                    await (ana.send(press) if press.startswith("/") else ana.click(
                        ana.buttons[int(press)] if press.lstrip("-").isdigit() else press))
                read[name] = "\n".join(ana.texts[before:])

            await reading("rounds", "/rounds")
            await reading("later", "📅", "0")  # the first month "What if I apply later?" offers
            await reading("today", "📅", "-1")  # back to today
            await reading("crs chart", "📊")
            await reading("plan", "▶️", "📈")
            c = catalog(lang)
            for name in ("later", "today"):
                assert _LATEST[lang] in read[name] and _SIX[lang] in read[name], (name, read[name])
            for name, text in read.items():
                assert _OLD[lang == "fr"] not in text, (name, text)
                assert c.date(dt.date(2026, 11, 25)) in text or name == "plan", (name, text)
            assert re.search(_LISTED[lang], read["rounds"]), read["rounds"]
            assert _CHART[lang] in read["crs chart"], read["crs chart"]
            # each figure of the plan against the last six rounds by hand (RULES.md 4 and round 448)
            pairs = [(int(m[1]), next(g for g in m.groups()[1:] if g))
                     for m in re.finditer(_PLAN[lang], read["plan"])]
            assert len(pairs) >= 3, read["plan"]
            for score, said in pairs:
                count = {"each": 6, "chacune": 6, "any": 0, "aucune": 0}.get(said)
                assert (int(said) if count is None else count) == sum(cut <= score for cut in _LAST_SIX), pairs
        bot.errors.check()
    finally:
        server.close()


# -- answers changed after the result: every screen re-derived, none stale ----------------------------------------
# A person with an IELTS at CLB 9 (RULES.md 2), not sure yet about Quebec, no nomination, turning 30 on December
# 20, 2026 (RULES.md 3: 5 age points fewer with a partner who comes); at the result they turn reminders on, then:
# add a TCF Canada at NCLC 7 from /summary (French now earns 50 additional points and 12 as the second language),
# change "not sure" about Quebec to "elsewhere in Canada" from /summary, and go /back from the result to the
# nomination question to say yes (600 points). After each change, what the bot reads from its database is what it
# reads for a person who gave those answers from the start.
PERSON: dict[str, Any] = {
    "quebec": "unsure", "canadian_work": True,
    "jobs": [{"job_occupation": {"noc": "21232"}, "job_start": "2024-05-06", "job_ongoing": True, "job_hours": 40,
              "job_paid": True, "job_employee": True, "job_student": False, "job_authorized": True,
              "job_more": False}],
    "tests": [{"test_kind": "ielts_general", "test_date": "2026-03-02", "test_listening": 8.0, "test_reading": 7.0,
               "test_writing": 7.0, "test_speaking": 7.0, "test_more": False}],
    "birth": {"birth_date": "1996-12-20"}, "marital": "married", "spouse_citizen": False,
    "spouse_accompanying": True, "spouse_education": "bachelor", "spouse_test_kind": "none", "spouse_work": "0",
    "education_level": "bachelor", "education_where": "abroad_eca", "canadian_credential": "none",
    "foreign_work": "1", "certificate": False, "nomination": False, "sibling": False}
TCF = {"test_kind": "tcf_canada", "test_date": "2026-06-15", "test_listening": 458, "test_reading": 453,
       "test_writing": 10, "test_speaking": 10, "test_more": False}


_FRENCH_POINTS = {"en": "• French-language skills: 50", "fr": "• Compétences en français : 50"}
_NOMINATION = {"en": "• Provincial nomination: 600", "fr": "• Désignation provinciale : 600"}


def _screens(service: ScreeningService, user: int, lang: str) -> dict[str, str]:
    read = {name: _text(outcome) for name, outcome in (
        ("result", service.current(user, lang)), ("details", service.details(user, lang)),
        ("plan", service.button(user, lang, f"{PREFIX}|top")),
        ("reminders", service.command(user, lang, "reminders")), ("rounds", service.command(user, lang, "rounds")),
        ("hours chart", service.button(user, lang, "chart|hours")),
        ("crs chart", service.button(user, lang, "chart|crs")), ("summary", service.summary(user, lang)))}
    service.back_to_result(user, lang)
    return read


def _fresh(service: ScreeningService, user: int, lang: str, given: dict[str, Any]) -> dict[str, str]:
    """A person who gave `given` from the start, at the result with reminders on, who read it once."""
    service.start(user, lang)
    assert _press_to_result(service, user, lang, copy.deepcopy(given), random.Random(9))
    service.button(user, lang, "rem|on")
    service.current(user, lang)  # the grid's caveats are said once a screening: read as the other person read them
    return _screens(service, user, lang)


def _differ(after: dict[str, str], start: dict[str, str]) -> list[tuple[str, str, str]]:
    return [(name, after[name][:400], start[name][:400]) for name in start if after[name] != start[name]]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_answers_changed_after_the_result_leave_no_screen_stale(tmp_path: pathlib.Path, lang: str) -> None:
    c = catalog(lang)
    with Repository(tmp_path / "bot.db") as repository:
        service = ScreeningService(repository, lambda: TODAY)
        service.start(9001, lang)
        given = copy.deepcopy(PERSON)
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        service.button(9001, lang, "rem|on")
        before = _screens(service, 9001, lang)
        assert "quebec.ca/immigration" in before["details"]
        assert c.date(dt.date(2026, 12, 19)) in before["reminders"]  # the day before they turn 30
        # 1. /back from the result to the nomination question, then yes (/back walks the answers given: the first
        # thing done after the result, before a change from /summary, which /back would undo first)
        for _ in range(10):
            service.back(9001, lang)
            at = service._load(9001)[0]
            if at is not None and at.state == "nomination":
                break
        assert at is not None and at.state == "nomination"
        service.button(9001, lang, f"a|{talk.question_key(at)}|yes")
        given["nomination"] = True
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        nominated = _screens(service, 9001, lang)
        assert _differ(nominated, _fresh(service, 9103, lang, given)) == []
        assert _NOMINATION[lang] in nominated["result"], nominated["result"]
        # 2. a French result added from /summary
        service.add(9001, lang, "test")
        given["tests"][0]["test_more"] = True
        given["tests"].append(copy.deepcopy(TCF))
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        added = _screens(service, 9001, lang)
        assert _differ(added, _fresh(service, 9101, lang, given)) == []
        assert _FRENCH_POINTS[lang] in added["result"], added["result"]
        # 3. "not sure" about Quebec changed to elsewhere in Canada from /summary
        service.edit(9001, lang, "quebec", 0)
        service.button(9001, lang, f"a|{talk.question_key(service._load(9001)[0])}|no")
        given["quebec"] = False
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        elsewhere = _screens(service, 9001, lang)
        assert _differ(elsewhere, _fresh(service, 9102, lang, given)) == []
        assert not any("quebec.ca/immigration" in text for text in elsewhere.values()), elsewhere
