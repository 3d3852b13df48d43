"""An age or a date of birth typed with something beside it (round 22 of typed answers).

"turned 30 last week", « j'ai eu 33 ans en octobre », "3 days ago i turned 25": a birthday that has passed, the
age now (were refused). "i'm 27 (born 99)": the age, with the year of birth that agrees with it (27 or 26 in 2026
for 1999's); a year that does not agree ("27, born 2001") is left to the refusal as before. "1996-05-02,
married": the date, the status being the next question's (as "29, married" was read).
"""

from __future__ import annotations

import datetime as dt
import re

from flows.parsing import fold

_A = re.ASCII
_YEARS = r"(?:\s*(?:ans|years?(?:\s+old)?|yrs?|yo))?"
# a time that has passed, said after the birthday ("last week", "en octobre", "hier")
_PAST = (r"(?:last\s+(?:week|month|weekend)|yesterday|today|this\s+(?:week|month)|recently|"
         r"(?:on|in|en|le|au\s+mois\s+d|au\s+mois\s+de)\s+[a-z]+|la\s+semaine\s+(?:passee|derniere)|"
         r"le\s+mois\s+(?:passe|dernier)|hier|aujourd\s*hui|recemment|"
         r"\d{1,2}\s+(?:days?|weeks?|jours?|semaines?)\s+ago|il\s+y\s+a\s+\d{1,2}\s+(?:jours?|semaines?))")
_TURNED = re.compile(rf"^(?:(?P<before>{_PAST})\s+)?(?:i\s+|j\s+ai\s+|jai\s+)?(?:just\s+|juste\s+)?"
                     rf"(?:turned|eu)\s+(?P<age>\d{{1,3}}){_YEARS}(?:\s+(?P<after>{_PAST}))?[\s.!]*$", _A)
_AGE_AND_YEAR = re.compile(rf"^(?:i\s*m\s+|i\s+am\s+|j\s+ai\s+|jai\s+)?(?P<age>\d{{1,3}}){_YEARS}\s*[,;(-]?\s*"
                           r"(?:born|ne|nee)\s+(?:in\s+|en\s+)?(?P<year>\d{4}|\d{2})\s*\)?[\s.!]*$", _A)
_STATUS_AFTER = re.compile(r"^(?P<head>.*\d.*?)\s*[,;-]?\s*(?:and\s+|et\s+)?(?:i\s*m\s+|i\s+am\s+|je\s+suis\s+)?"
                           r"(?:single|married|marie|mariee|celibataire|divorced|divorcee?|widowed|veuf|veuve|"
                           r"common\s+law|separated|separee?)[\s.!]*$", _A)


def _said(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9,;()/-]+", " ", fold(text).replace("'", " "), flags=_A).split())


def age_said_with_more(text: str, today: dt.date) -> str | None:
    """The age ("30 years") or the date typed with a passed birthday, a year that agrees or a marital status
    beside it; None otherwise."""
    said = _said(text)
    if (turned := _TURNED.match(said)) is not None and (turned["before"] or turned["after"]) \
            and not re.search(r"\d{4}", said, _A):
        return f"{turned['age']} years"
    if (both := _AGE_AND_YEAR.match(said)) is not None:
        year = int(both["year"])
        year += 0 if year >= 100 else 1900 if year > today.year % 100 else 2000
        if today.year - year - 1 <= int(both["age"]) <= today.year - year:
            return f"{both['age']} years"
        return None
    if (status := _STATUS_AFTER.match(said)) is not None and re.search(r"\d{4}|\d{1,2}\s*[/-]\s*\d{1,2}",
                                                                      status["head"], _A):
        return status["head"].strip(" ,;-")
    return None
