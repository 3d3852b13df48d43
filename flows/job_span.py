"""A job's whole span typed where its start is asked: "march 2023 to now", "jan 2023 - present", "from may 2021 to
dec 2023", « de mars 2023 à aujourd'hui ».

Each was refused with "I couldn't read that as a date", though it is how people write a job on a résumé. The
start is stored; the rest answers the next two questions the way they would be answered there: "now" says the job
is still going, a date says it ended then (or, after today, that it is planned to end then, confirmed at the end's
own question). A start or an end that does not read as one date leaves the message to be answered as before.
"""

from __future__ import annotations

import datetime as dt
import re

from flows.answer_words import ordinary_answer
from flows.parsing import Ambiguous, InvalidAnswer, fold, parse
from flows.questions import BY_ID

NOW = "now"

# "to", "till", "-", « à », « jusqu'à »: the start before, the end after ("2023-03-15" is one date: a dash
# splits only before a word, or with spaces around it)
_SPAN = re.compile(
    r"^(?:from|since|started(?:\s+in)?|start|depuis|de|du|des)?\s*(?P<start>\S.*?)"
    r"(?:\s+(?:to|till|til|until|through|thru|up\s+to|a|au|jusqu\s*a|jusqu\s*au|jusqu\s*en)\s+|"
    r"\s+[-\u2013\u2014]+\s+|\s*[-\u2013\u2014]+\s*(?=[a-z])|\s+(?=(?:still|toujours|encore)\b))(?P<end>\S.*?)[\s.!]*$")
_NOW = re.compile(
    r"^(?:(?:right\s+)?now|(?:the\s+)?present|today|date|current(?:ly)?|ongoing|"
    r"still(?:\s+\w+ing)?(?:\s+(?:there|here|at\s+it|on|employed))?|aujourd\s*hui|maintenant|(?:le\s+)?present|ce\s+jour|"
    r"auj|(?:toujours|encore)(?:\s+en\s+poste)?|en\s+cours)$")


def job_span(text: str, today: dt.date) -> tuple[str, str] | None:
    """The start and the end ("now", or the end as typed) of a span typed at the start's question; None when the
    text is no span whose start reads as one date, past, and whose end reads as now or a date. An aside after a
    last comma ("jan 2023 - present, full time") is left for its own question."""
    span = _span(text, today)
    if span is None and "," in text:
        return _span(text.rsplit(",", 1)[0], today)
    return span


def _span(text: str, today: dt.date) -> tuple[str, str] | None:
    plain = " ".join(re.sub(r"[\u2019',]", " ", fold(text)).split())
    match = _SPAN.match(plain)
    if match is None:
        return None
    try:
        parse(BY_ID["job_start"], match["start"], today, [], None)
    except InvalidAnswer:  # Ambiguous too: "3/4/2022 to now" is asked about as before, the start first
        return None
    if _NOW.match(match["end"]):
        return match["start"], NOW
    try:
        if ordinary_answer(BY_ID["job_end"], match["end"], today) is None:
            parse(BY_ID["job_end"], match["end"], today, [], None)
    except Ambiguous:
        pass  # "march 2027": the end's own question confirms a planned end, or asks which
    except InvalidAnswer as error:
        if error.key != "err.planned_end_day_needed":
            return None
    return match["start"], match["end"]
