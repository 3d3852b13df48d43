"""When studies ended, said at "Were you a full-time student while working in job N?": "no i graduated in 2024",
"graduated dec 2022", « non j'ai fini mes études en 2024 ».

The no was stored whatever the date: a job begun in January 2023 by someone who graduated in 2024 had every hour
counted, though work while a full-time student does not count (RULES.md 1). The date is now set beside the job's
start: studies ended before the job began, a plain no; ended after it began, the person is asked (full time until
then, or part time), never answered for.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from flows.parsing import InvalidAnswer, fold, month_bounds, parse
from flows.questions import BY_ID

Reading = Literal["before", "during"]

_SCHOOL = (r"(?:school|studies|study|studying|college|university|uni|program|programme|degree|diploma|masters?|"
           r"bachelors?|course|etudes|cours|programme|bac|diplome|maitrise|college|cegep|universite|dec|aec)")
_ENDED = re.compile(
    r"\b(?:(?:i\s+|j\s*ai\s+|je\s+me\s+suis\s+)?(?:graduated|grad|graduation|diplomee?|graduee?)(?:\s+from\s+\w+)?|"
    rf"(?:finished|completed|done\s+with|ended|fini|termine|complete|acheve)\s+(?:(?:my|the|mes|mon|ma)\s+)?{_SCHOOL})"
    r"\s*(?:,|:)?\s*(?:in|on|at\s+the\s+end\s+of|end\s+of|en|le|a\s+la\s+fin\s+de|fin)?\s+(?P<when>.+?)[\s.!]*$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def studies_ended(text: str, job_start: str | None, today: dt.date) -> tuple[Reading, str] | None:
    """Whether the studies said to have ended did so before the job's start ("before") or may have after it
    ("during"), with the date as typed; None when no end of studies with one date is said, or the job's start
    is not known."""
    if not job_start:
        return None
    match = _ENDED.search(" ".join(re.sub(r"[\u2019',]", " ", fold(text)).split()))
    if match is None:
        return None
    when = match["when"]
    try:
        if _YEAR.match(when):
            last = dt.date(int(when), 12, 31)
        else:
            _, last = month_bounds(parse(BY_ID["job_student_end"], when, today, [], None), today)
        start, _ = month_bounds(job_start, today)
    except (InvalidAnswer, ValueError):
        return None
    return ("before" if last < start else "during"), when
