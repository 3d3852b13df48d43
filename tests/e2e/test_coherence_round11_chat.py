"""The coherence audit, round 11, through the screening service the Telegram and terminal fronts share
(tests/flows/test_coherence_round11.py is the flows' side): a person at the CRS result who then says, from
/summary, that they will live in Quebec (RULES.md 8). Every screen they can still reach (the result, Details, the
plan, "What if I apply later?", the charts, /chart, /rounds, /reminders) agrees that the CEC is not for them and
points to Quebec's route: no verdict, no "not yet" day, no CRS compared with a round, no Express Entry plan, no
reminder of a day to qualify. Then "elsewhere in Canada" again: every screen the same as for a person who gave
those answers from the start (nothing stale from the Quebec answer).
"""

from __future__ import annotations

import copy
import pathlib
import random
import re

import pytest

from bot.screening.service import ScreeningService
from eligibility.assess import QUEBEC_IMMIGRATION
from flows import conversation as talk
from flows.improvements_view import PREFIX
from flows.texts import catalog
from storage import Repository
from tests.e2e.test_coherence_round6_chat import _press_to_result, _text
from tests.e2e.test_coherence_round9_chat import PERSON, _differ, _fresh, _screens
from tests.flows.test_coherence_round5 import TODAY

# RULES.md 8: Quebec's route, named on the screens a Quebec person reads
_ROUTE = ("PSTQ", "Arrima", "quebec.ca")
# What only applies to Express Entry: a verdict, a day to qualify, the CRS against a round, a plan, a pool
_EXPRESS_ENTRY = {"en": r"You appear eligible|Not yet eligible|eligible from|you should qualify on"
                        r"|reach 1,560 hours on"
                        r"|points (?:above|below) the lowest|equals the lowest|What would raise your score"
                        r"|Create your Express Entry profile|day you should",
                  "fr": r"semblez admissible|Pas encore admissible|admissible à partir du|vous devriez l'être le"
                        r"|atteindrez 1 560 heures|de moins que le score minimal|dépasse de \d+ points"
                        r"|est égal au score minimal|Ce qui augmenterait votre score"
                        r"|Créez votre profil Entrée express"
                        r"|devriez devenir admissible"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_quebec_said_at_the_result_then_taken_back_leaves_every_screen_agreeing(
        tmp_path: pathlib.Path, lang: str) -> None:
    c = catalog(lang)
    with Repository(tmp_path / "bot.db") as repository:
        service = ScreeningService(repository, lambda: TODAY)
        service.start(9001, lang)
        given = {**copy.deepcopy(PERSON), "quebec": False}
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        service.button(9001, lang, "rem|on")
        before = _screens(service, 9001, lang)
        assert re.search(_EXPRESS_ENTRY[lang], before["result"] + before["plan"]), before["result"]
        # Quebec, from /summary
        service.edit(9001, lang, "quebec", 0)
        service.button(9001, lang, f"a|{talk.question_key(service._load(9001)[0])}|yes")
        read = {name: _text(outcome()) for name, outcome in (
            ("result", lambda: service.current(9001, lang)), ("details", lambda: service.details(9001, lang)),
            ("plan", lambda: service.button(9001, lang, f"{PREFIX}|top")),
            ("later", lambda: service.button(9001, lang, "plan|2027-03-01")),
            ("hours chart", lambda: service.button(9001, lang, "chart|hours")),
            ("crs chart", lambda: service.button(9001, lang, "chart|crs")),
            ("chart", lambda: service.command(9001, lang, "chart")),
            ("rounds", lambda: service.command(9001, lang, "rounds")),
            ("reminders", lambda: service.command(9001, lang, "reminders")))}
        for name, text in read.items():
            assert not re.search(_EXPRESS_ENTRY[lang], text), (name, text)
            if name not in ("reminders", "chart"):
                assert all(word in text for word in _ROUTE), (name, text)
        # the rounds listed, none compared; no reminder of a day to qualify or of a birthday's CRS points
        assert c.t("rounds_view.quebec", url=QUEBEC_IMMIGRATION) in read["rounds"], read["rounds"]
        assert len(read["reminders"].split("\n• ")) == 2, read["reminders"]  # the yearly check of the answers
        assert "Quebec" in read["chart"] or "Québec" in read["chart"], read["chart"]
        # then elsewhere in Canada again: as a person who gave these answers from the start
        service.edit(9001, lang, "quebec", 0)
        service.button(9001, lang, f"a|{talk.question_key(service._load(9001)[0])}|no")
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        again = _screens(service, 9001, lang)
        assert _differ(again, _fresh(service, 9101, lang, given)) == []
        assert not any("quebec.ca/immigration" in text for text in again.values()), again


# -- "not sure" of the test's date, then the date given from /summary --------------------------------------------
# A retail salesperson promoted to a TEER 2 supervisor (tests/flows/test_coherence_round11.py PROMOTED), not sure
# of the IELTS's date: the careful reading takes it as expired (not eligible, CRS without language points, no day
# made up for it). Then /summary, the test's date typed ("2 mars 2026" in French, "march 2 2026" in English), and
# every screen is that of a person who gave the date from the start: the verdict, the CRS, the plan, the charts,
# the reminders, /summary; nothing left of the careful reading.
_TYPED_DATE = {"en": "march 2 2026", "fr": "2 mars 2026"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_test_date_given_after_not_sure_leaves_no_careful_figure_on_any_screen(
        tmp_path: pathlib.Path, lang: str) -> None:
    from tests.flows.test_coherence_round11 import PROMOTED, own_expiry_named

    with Repository(tmp_path / "bot.db") as repository:
        service = ScreeningService(repository, lambda: TODAY)
        service.start(9001, lang)
        given = copy.deepcopy(PROMOTED)
        given["tests"][0]["test_date"] = "unsure"
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        service.button(9001, lang, "rem|on")
        unsure = _screens(service, 9001, lang)
        assert own_expiry_named(unsure["result"], lang) is None, unsure["result"]
        service.edit(9001, lang, "test_date", 0)
        service.text(9001, lang, _TYPED_DATE[lang])
        given["tests"][0]["test_date"] = "2026-03-02"
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        dated = _screens(service, 9001, lang)
        assert _differ(dated, _fresh(service, 9101, lang, given)) == []
        assert catalog(lang).date(TODAY.replace(year=2028, month=3, day=2)) in dated["details"]


# -- /back to a CRS answer, changed, then /summary ---------------------------------------------------------------
# The same person (the IELTS's date given), at the result: /back to "years of work abroad", 3 instead of 1
# (RULES.md 3: foreign work x language and x Canadian work, 25 and 25 instead of 13 and 13, capped at 50), back to
# the result. /summary says 3 years, and every screen is that of a person who said 3 from the start.
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_back_to_a_crs_answer_changed_leaves_summary_and_every_screen_fresh(
        tmp_path: pathlib.Path, lang: str) -> None:
    from tests.flows.test_coherence_round11 import PROMOTED

    with Repository(tmp_path / "bot.db") as repository:
        service = ScreeningService(repository, lambda: TODAY)
        service.start(9001, lang)
        given = copy.deepcopy(PROMOTED)
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        service.button(9001, lang, "rem|on")
        before = _screens(service, 9001, lang)
        for _ in range(10):
            service.back(9001, lang)
            at = service._load(9001)[0]
            if at is not None and at.state == "foreign_work":
                break
        assert at is not None and at.state == "foreign_work"
        service.button(9001, lang, f"a|{talk.question_key(at)}|3")
        given["foreign_work"] = "3"
        assert _press_to_result(service, 9001, lang, given, random.Random(9))
        after = _screens(service, 9001, lang)
        assert _differ(after, _fresh(service, 9101, lang, given)) == []
        assert after["summary"] != before["summary"] and after["result"] != before["result"]
        years = {"en": "• Foreign work: 3 years", "fr": "3 ans"}
        assert years[lang] in after["summary"], after["summary"]
