"""The coherence audit, round 12, through the screening service the Telegram and terminal fronts share
(tests/flows/test_coherence_round12.py is the flows' side):
- answers typed as people type them on a phone, where session 23 reads more than a button: a job's end said with
  the no at "do you still work there?" ("no, it ended march 20 2026", « non j'ai fini le 20 mars 2026 »), a usual
  week typed as a schedule ("9-5 mon-fri", then 37.5 tapped: the unpaid half-hour), a partner's status typed ("yes
  he is a citizen"): every screen the same as for a person who tapped those answers (the end carried everywhere,
  the partner's questions never asked, no partner factor shown);
- a week typed as "30+" (kept as about 30, an estimate): every screen that counts the hours the verdict rests on
  says so, and /summary says "about";
- a result read again days later: the result, Details, the plan, the charts, the reminders and /rounds all those of
  that day, as for a person who gave the same answers that day.
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
from flows.questions import BY_ID
from flows.texts import catalog
from storage import Repository
from tests.e2e.test_coherence_round6_chat import _data, _press_to_result
from tests.e2e.test_coherence_round9_chat import PERSON, _differ, _screens
from tests.flows.test_coherence_round5 import TODAY

_PARTNER_QUESTIONS = ("spouse_accompanying", "spouse_education", "spouse_test_kind", "spouse_work")


def _typed_to_result(service: ScreeningService, user: int, lang: str, given: dict[str, Any],
                     typed: dict[str, str], tap: dict[str, str]) -> list[str]:
    """Press `given`'s answers, but type `typed`'s at those questions (of the first job) and tap `tap`'s choice
    when a typed answer is asked about; the questions asked, in order."""
    asked: list[str] = []
    done: set[str] = set()
    for _ in range(200):
        screening = service._load(user)[0]
        assert screening is not None
        if screening.state == "crs_result":
            return asked
        key = talk.question_key(screening)
        if screening.state == "verdict":
            service.button(user, lang, f"a|{key}|crs")
            continue
        asked.append(screening.state)
        if screening.state in typed and screening.state not in done:
            done.add(screening.state)
            out = service.text(user, lang, typed[screening.state])
            offered = [b.data for m in out.messages for row in m.buttons or [] for b in row]
            if screening.state in tap:  # asked which week: the choice tapped
                choice = f"a|{key}|{tap[screening.state]}"
                assert choice in offered, (typed[screening.state], offered)
                service.button(user, lang, choice)
            continue
        question = BY_ID[screening.state]
        item = given["jobs"][screening.position["job"]] if question.scope == "job" else given["tests"][
            screening.position["test"]] if question.scope == "test" else given
        assert question.id in item, (question.id, "asked but not given")
        service.button(user, lang, f"a|{key}|{_data(question, item[question.id])}")
    raise AssertionError("no result")


def _fresh(service: ScreeningService, user: int, lang: str, given: dict[str, Any]) -> dict[str, str]:
    service.start(user, lang)
    assert _press_to_result(service, user, lang, copy.deepcopy(given), random.Random(9))
    service.button(user, lang, "rem|on")
    service.current(user, lang)
    return _screens(service, user, lang)


# -- typed as people type them: the same screens as the answers tapped --------------------------------------------
_TYPED = {"en": {"job_ongoing": "no, it ended march 20 2026", "job_hours": "9-5 mon-fri",
                 "spouse_citizen": "yes he is a citizen"},
          "fr": {"job_ongoing": "non j'ai fini le 20 mars 2026", "job_hours": "de 9h a 17h du lundi au vendredi",
                 "spouse_citizen": "oui il est citoyen"}}
# A software developer (21232) from March 3, 2025 to March 20, 2026, 37.5 h a week (RULES.md 1: 30 count), married
# to a Canadian citizen (RULES.md 3: the "without spouse" column)
TAPPED: dict[str, Any] = {
    **copy.deepcopy(PERSON), "quebec": False,
    "jobs": [{**PERSON["jobs"][0], "job_start": "2025-03-03", "job_ongoing": False, "job_end": "2026-03-20",
              "job_hours": 37.5}],
    "spouse_citizen": True}
for _key in _PARTNER_QUESTIONS:
    TAPPED.pop(_key)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_end_said_with_the_no_a_schedule_and_a_partners_status_typed_read_as_tapped(
        tmp_path: pathlib.Path, lang: str) -> None:
    with Repository(tmp_path / "bot.db") as repository:
        service = ScreeningService(repository, lambda: TODAY)
        service.start(9001, lang)
        asked = _typed_to_result(service, 9001, lang, copy.deepcopy(TAPPED), _TYPED[lang], {"job_hours": "37.5"})
        assert "job_end" not in asked and not set(asked) & set(_PARTNER_QUESTIONS), asked
        service.button(9001, lang, "rem|on")
        service.current(9001, lang)
        typed = _screens(service, 9001, lang)
        tapped = _fresh(service, 9101, lang, TAPPED)
        assert _differ(typed, tapped) == []
        c_end = {"en": "March 20, 2026", "fr": "20 mars 2026"}[lang]
        assert c_end in typed["summary"] and c_end not in typed["result"]  # the end, carried; no partner line:
        assert "Spouse or partner factors" not in typed["result"] and "Facteurs liés" not in typed["result"]
        # hours up to the end by hand: 383 days from March 3, 2025 to March 20, 2026 at 30 h a week = 1,641 h
        assert f"{catalog(lang).number(1641)} h" in typed["details"], typed["details"]


# -- "30+": an estimate, said where the verdict rests on it -------------------------------------------------------
_RESTS = {"en": "This rests on your estimate of about 30 h a week in job 1",
          "fr": "Ce résultat repose sur votre estimation d'environ 30 h par semaine dans l'emploi 1"}
_ABOUT = {"en": "about 30 h/week (estimate)", "fr": "environ 30"}
_AT_LEAST = {"en": "30+", "fr": "30h et plus"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_week_typed_as_at_least_30_is_said_an_estimate_on_every_screen_counting_it(
        tmp_path: pathlib.Path, lang: str) -> None:
    given = copy.deepcopy(TAPPED)
    given["jobs"][0].update(job_start="2025-11-28", job_ongoing=True)  # 364 days: 1,560 h, every week full
    given["jobs"][0].pop("job_end")
    with Repository(tmp_path / "bot.db") as repository:
        service = ScreeningService(repository, lambda: TODAY)
        service.start(9001, lang)
        _typed_to_result(service, 9001, lang, given, {"job_hours": _AT_LEAST[lang]}, {})
        service.button(9001, lang, "rem|on")
        read = _screens(service, 9001, lang)
        verdict = talk.result_for(service._load(9001)[0], lang, TODAY)
        assert verdict["verdict"] == "eligible" and verdict["hours_estimates"], verdict.get("hours_estimates")
        assert all(_RESTS[lang] in read[name] for name in ("details", "hours chart")), read["hours chart"]
        assert _ABOUT[lang] in read["summary"], read["summary"]


# -- a result read again days later ------------------------------------------------------------------------------
# A software developer since December 1, 2025 at 40 h a week, married, the partner coming, born December 20, 1996:
# "not yet eligible" on November 27, 2026 (1,560 h on November 30), CRS 386. Read again on January 6, 2027 (40
# days later): the result, Details, the plan, the charts and the reminders were all that day's (eligible, 30 years
# old, CRS 442), but /rounds still compared "your latest CRS estimate, 386 (from November 27, 2026)", "132 points
# below", and "That result does not meet every requirement yet". Of 2 people read again on 3 later days each, in
# two languages (12 renders), /rounds was stale in 8 (the 4 at a day later: nothing moved, said as from the first
# day, rightly); none since (bot/screening/service.py current(): a result that moved is the latest estimate).
_LATER = (1, 40, 200)
_MADE_ON = r"\((?:from|du) [^)]*\)"
_TOTAL = {"en": r"CRS estimate: (\d[\d,]*) points", "fr": r"Score SCG estimé : (\d[\d\u202f\u00a0 ]*) points"}
_LATEST = {"en": "Compared with your latest CRS estimate,",
           "fr": "Comparaison avec votre dernière estimation SCG,"}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("start", ["2025-12-01", "2024-05-06"])
def test_a_result_read_again_later_is_that_days_on_every_screen_and_in_rounds(
        tmp_path: pathlib.Path, lang: str, start: str) -> None:
    given = copy.deepcopy(PERSON)
    given.update(quebec=False)
    given["jobs"][0]["job_start"] = start
    clock = [TODAY]
    with Repository(tmp_path / "bot.db") as repository:
        service = ScreeningService(repository, lambda: clock[0])
        service.start(9001, lang)
        assert _press_to_result(service, 9001, lang, copy.deepcopy(given), random.Random(9))
        service.button(9001, lang, "rem|on")
        first = _screens(service, 9001, lang)
        for user, days in enumerate(_LATER, start=9101):
            clock[0] = TODAY + dt.timedelta(days=days)
            service.current(9001, lang)  # read again
            again = _screens(service, 9001, lang)
            fresh = _fresh(service, user, lang, given)
            # an estimate that did not move keeps the day it was first made ("386 (from November 27, 2026)")
            for read in (again, fresh):
                read["rounds"] = re.sub(_MADE_ON, "", read["rounds"])
            assert _differ(again, fresh) == [], days
            total = re.search(_TOTAL[lang], again["result"])
            assert total is not None and f"{_LATEST[lang]} {total.group(1)} (" in re.sub(
                r"\s+", " ", _screens(service, 9001, lang)["rounds"]), days
        assert first["result"] != again["result"]
