"""Answer scripts shared by the end-to-end tests: one place to follow when the questions change.

Each step is typed, or pressed when written as "[label]" (see bot_fixtures.answer_all).
"""

from __future__ import annotations

import json
import pathlib
from typing import TYPE_CHECKING, Any

from bot.command_line.main import main

if TYPE_CHECKING:
    import pytest

    from .fake_telegram import Chat

# Outside Quebec, one ongoing 40 h/week job as a software developer since 2025-09-01.
ELIGIBLE_WORK = ["[No]", "[Yes]", "21232", "2025-09-01", "[Yes]", "[40]", "[Yes]", "[Yes]", "[No]", "[Yes]",
                 "[No]"]
# An IELTS General Training result at CLB 9/10, taken 2025-06-01.
IELTS_9 = ["[IELTS General Training]", "2025-06-01", "8", "7", "7", "7", "[No]"]
# The quick screening of the README's example person, up to the verdict.
ELIGIBLE_SCREENING = [*ELIGIBLE_WORK, *IELTS_9]

# The README person's CRS answers: born 1997-03-10, single, a bachelor's abroad with an ECA, no Canadian
# credential, 2 years of foreign work, no certificate, nomination or sibling.
README_CRS = ["1997-03-10", "[Single]", "[Bachelor's or 3+ year program]", "[Outside Canada, with an ECA]", "[No]",
              "[2 years]", "[No]", "[No]", "[No]"]
# A married person whose partner comes along, with the partner's CELPIP at 9 in each ability.
MARRIED_CRS = ["1990-03-10", "[Married]", "[No]", "[Yes]", "[Master's or professional degree]", "[CELPIP-General]",
               "2026-01-10", "9", "9", "9", "9", "[1 year]", "[Bachelor's or 3+ year program]",
               "[Outside Canada, with an ECA]", "[No]", "[None]", "[No]", "[No]", "[No]"]
# Not yet eligible: a TEER 3 job since 2026-03-15 at 37.5 h, CELPIP-General 8/8/7/8.
NOT_YET = ["[No]", "[Yes]", "32101", "2026-03-15", "[Yes]", "[37.5]", "[Yes]", "[Yes]", "[No]", "[Yes]", "[No]",
           "[CELPIP-General]", "2026-02-02", "8", "8", "7", "8", "[No]"]
# Not eligible: a TEER 5 job (65200: asked nothing more, it counts nowhere), no language test yet. (Someone who
# will live in Quebec hears Quebec's route at once and is asked nothing more: tests/e2e/test_say_it_your_way.py.)
QUEBEC_TEER_5 = ["[No]", "[Yes]", "65200", "[No]", "[None yet]"]
# The README person's work, no language test yet, then the CRS.
NO_TEST = [*ELIGIBLE_WORK, "[None yet]"]

# Every screening above, up to its last result, as the length benchmark plays them (benchmarks/message_lengths.py).
SCREENINGS: dict[str, list[str]] = {
    "README person, to the CRS": [*ELIGIBLE_SCREENING, "[Estimate my CRS]", *README_CRS],
    "married, partner tested": [*ELIGIBLE_SCREENING, "[Estimate my CRS]", *MARRIED_CRS],
    "not yet eligible": [*NOT_YET, "[Estimate my CRS]", *README_CRS],
    "TEER 5, no test": QUEBEC_TEER_5,
    "no language test yet": [*NO_TEST, "[Estimate my CRS]", *README_CRS],
}


# -- profiles for `cec-screener assess`, as the walkthroughs write them -------------------------------------------
CLI_DAY = "2026-11-27"


def cli_test(kind: str, day: str, *scores: float) -> dict[str, Any]:
    """A language result of the contract: listening, reading, writing, speaking in that order."""
    return {"test": kind, "date": day, **dict(zip(("listening", "reading", "writing", "speaking"), scores,
                                                   strict=True))}


def cli_job(noc: str, start: str, hours: float, end: str | None = None, **more: Any) -> dict[str, Any]:
    return {"noc": noc, "start": start, "end": end, "hours_per_week": hours, **more}


def cli_education(level: str, where: str, credential: str = "none") -> dict[str, Any]:
    """`where`: "canada", "eca" (outside Canada, with an ECA) or anything else (outside, without one)."""
    return {"level": level, "in_canada": where == "canada", "eca": where == "eca",
            "canadian_credential": credential}


# The job's four conditions answered the usual way: paid, on a payroll, not a full-time student, authorized.
EMPLOYEE = ["yes", "yes", "no", "yes"]
SALARIE = ["oui", "oui", "non", "oui"]
# The same, while a full-time student.
STUDENT = ["yes", "yes", "yes", "yes"]
ETUDIANTE = ["oui", "oui", "oui", "oui"]


def verdict_of(chat: Chat) -> str:
    """The latest result's first screen: the message that says for which day it was assessed."""
    return next(text for text in reversed(chat.texts)
                if "Assessed for an application made on" in text
                or "Évaluation pour une demande présentée" in text)


def score_of(chat: Chat) -> str:
    """The latest CRS estimate, with what follows it (a long French estimate runs over two messages)."""
    start = max(i for i, text in enumerate(chat.texts) if "CRS estimate:" in text or "Score SCG estimé" in text)
    return "\n".join(chat.texts[start:])


def assessed(profile: dict[str, Any], folder: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """`cec-screener assess` on the profile written to a file, as an adviser runs it: its JSON result."""
    path = folder / "profile.json"
    path.write_text(json.dumps(profile), encoding="utf-8")
    assert main(["assess", str(path)]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def figures(result: dict[str, Any]) -> tuple[Any, ...]:
    """What the walkthroughs compare: verdict, hours, level, day, and the CRS with its four parts."""
    crs = result["crs"]
    return (result["verdict"], result["qualifying_hours"], result["required_clb"], result["eligible_on"],
            crs["total"], crs["core"], crs["spouse"], crs["transferability"], crs["additional"])
