"""The hours of a job typed with words about the job itself or its overtime (round 22 of typed answers).

"40, paid hourly", "40 hrs, t4 employee", "full time thru an agency, 40", "contract 37.5/wk via randstad",
« par une agence, 32h », « 40h, payé à l'heure » were refused ("I couldn't read that as a number"): how the job is
paid or who employs the person is the next questions' (paid, employee), not part of the hours. "40 + 5 ot",
« 40h + 5h sup », « 35h plus 8h d'heures supp »: the overtime worked every week is paid work too (RULES.md 1 caps
what counts at 30 h a week, summed over all jobs), so the hours worked are the sum; "44 incl overtime" is 44 and
"40 regular, overtime sometimes" the regular 40 (as "40 but sometimes overtime" was read before).
"""

from __future__ import annotations

import re

from flows.parsing import fold

_A = re.ASCII
# Words about the job's pay or employer, as an aside beside the hours
_WORK_WORDS = re.compile(
    r"\b(?:(?:paid|payee?s?)\s+(?:hourly|by the hour|a l heure|weekly|biweekly)|paid|payee?s?"
    r"|(?:an?\s+)?(?:t4\s+)?(?:employee|salariee?)(?:\s+with\s+t4)?|t4|(?:on\s+(?:the\s+)?)?payroll|sur la paie"
    r"|(?:through|thru|via|par|with|avec|by)\s+(?:an?\s+|une\s+|l\s+|the\s+|la\s+)?(?:temp\s+)?(?:agency|agence)"
    r"(?:\s+de\s+placement)?|(?:temp\s+)?agency|(?:via|thru|through)\s+[a-z]+(?:\s+staffing)?"
    r"|(?:on\s+(?:a\s+)?)?contract|contractuel\w*|(?:en\s+)?contrat"
    r"|(?:overtime|ot|heures sup\w*)\s+sometimes|sometimes\s+(?:overtime|ot)|parfois\s+(?:des\s+)?heures sup\w*"
    r"|regular|normal\w*|incl(?:uding|uded)?\.?\s+(?:overtime|ot)|(?:overtime|ot)\s+incl(?:uded)?\.?"
    r"|heures sup\w* (?:comprises|incluses))\b", _A)
# "40 + 5 ot", « 40h + 5h sup », « 35h plus 8h d'heures supp »: the regular hours and the overtime of every week
_PLUS_OVERTIME = re.compile(
    r"^(?P<a>\d{1,2}(?:[.,]\d)?)\s*(?:h|hrs?|hours?|heures?)?\s*(?:\+|plus|and|et)\s*"
    r"(?P<b>\d{1,2}(?:[.,]\d)?)\s*(?:h|hrs?|hours?|heures?)?\s*(?:of\s+|d\s+)?"
    r"(?:ot|overtime|heures sup\w*|h sup\w*|sup\w*|temps sup\w*)(?:\s+(?:a|per|par)\s+(?:week|wk|semaine|sem))?"
    r"[\s.!]*$", _A)


def hours_without_work_words(text: str) -> str | None:
    """The hours of "40, paid hourly" ("40"), of "40 + 5 ot" ("45"); None when no such words are there."""
    said = " ".join(re.sub(r"[^a-z0-9.,+/ ]+", " ", fold(text).replace("'", " "), flags=_A).split())
    if (plus := _PLUS_OVERTIME.match(said)) is not None:
        total = float(plus["a"].replace(",", ".")) + float(plus["b"].replace(",", "."))
        return f"{total:g}"
    kept = _WORK_WORDS.sub(" ", said)
    if kept == said:
        return None
    kept = " ".join(kept.split()).replace(" ,", ",").strip(" ,;")
    kept = re.sub(r"^(?:,\s*)+|(?:\s*,)+$", "", kept)
    return kept if re.search(r"\d", kept, _A) else None


# A date typed with an aside about the job or the test after a comma ("started march 2023, 40h a week", « il y a
# 3 mois, par une agence », "june 14 2025, got 7 in everything", « le 14 juin 2025, 7 partout »): the date is the
# question's, the aside another question's (round 22: all refused). The aside never holds a year (then the comma
# may be inside the date: "march 3, 2023").
_DATE_ASIDE = re.compile(
    r"\b(?:h|hrs?|hours?|heures?|hr|a week|per week|par semaine|sem|full time|part time|temps plein|"
    r"temps partiel|agency|agence|contract|contrat|got|score[sd]?|partout|each|everything|overall|band|bands|"
    r"clb|nclc)\b|\d+h\b", _A)


def date_without_aside(text: str) -> str | None:
    """The date before ", <aside>" when the aside talks of hours, an agency or scores; None otherwise."""
    head, comma, rest = text.partition(",")
    if not comma or not re.search(r"\d|[a-z]{3}", fold(head), _A):
        return None
    folded = " ".join(re.sub(r"[^a-z0-9/ ]+", " ", fold(rest).replace("'", " "), flags=_A).split())
    if re.search(r"\d{4}", folded, _A) or not _DATE_ASIDE.search(folded):
        return None
    return head.strip()
