"""The coherence audit, round 8, the chat service's side (tests/flows/test_coherence_round8.py): a person with two
jobs, one of them with a planned end, a partner who comes with a TCF Canada, and an IELTS that lapses before the
"not yet" day. Through ScreeningService (what Telegram and the terminal chat both call) on a real SQLite file,
each answer a button press as the chat sends it: the result, Details, the plan ("What would raise my score?"),
/reminders and the hours chart's reply all name the same day, and all say the test lapses before it; /summary
gives the partner's test; "What if I apply later?" on the last month it offers (before the day) says no
eligibility then.
"""

from __future__ import annotations

import copy
import datetime as dt
import pathlib
import random

import pytest

from bot.screening.service import ScreeningService
from flows.improvements_view import PREFIX
from flows.texts import catalog
from storage import Repository
from tests.e2e.test_coherence_round6_chat import _press_to_result, _text
from tests.flows.test_coherence_round5 import TODAY
from tests.flows.test_coherence_round8 import PLAN_SILENT_ON_THE_LAPSE, lapse_marks

DAY, EXPIRES = dt.date(2028, 12, 13), dt.date(2027, 3, 31)
_PLAN_TEST = {"en": "and a new language test by then", "fr": "et un nouveau test de langue d'ici là"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_jobs_a_partner_and_a_test_lapsing_first_read_the_same_everywhere(tmp_path: pathlib.Path,
                                                                                lang: str) -> None:
    c = catalog(lang)
    with Repository(tmp_path / "bot.db") as repository:
        service = ScreeningService(repository, lambda: TODAY)
        service.start(8001, lang)
        given = copy.deepcopy(PLAN_SILENT_ON_THE_LAPSE)
        assert _press_to_result(service, 8001, lang, given, random.Random(8))
        assert given == PLAN_SILENT_ON_THE_LAPSE  # every question asked was one the answers hold
        service.button(8001, lang, "plan|today")
        service.button(8001, lang, "rem|on")
        read = {"result": _text(service.current(8001, lang)), "details": _text(service.details(8001, lang)),
                "plan": _text(service.button(8001, lang, f"{PREFIX}|top")),
                "reminders": _text(service.command(8001, lang, "reminders")),
                "hours chart": _text(service.button(8001, lang, "chart|hours"))}
        marks = lapse_marks(lang, DAY, EXPIRES)
        for name, text in read.items():
            assert c.date(DAY) in text, (name, text)
            assert any(mark in text for mark in marks), (name, text)
        assert _PLAN_TEST[lang] in read["plan"]
        listed = _text(service.summary(8001, lang))
        assert all(score in listed for score in ("369", "375", "TCF Canada", c.date(dt.date(2025, 1, 10))))
        # the last month "What if I apply later?" offers comes before the day: the hours are short then
        later = _text(service.button(8001, lang, "plan|2027-11-01"))
        assert c.t("plan.as_of", date=c.date(dt.date(2027, 11, 1))) in later, later
        assert c.t("verdict.title.eligible") not in later, later
