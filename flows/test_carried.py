"""A test named with the yes to "another test result to add?": « oui j'ai aussi le tef », "yes, CELPIP too".

The yes was kept and the test thrown away: the next question asked which test, as if unheard (French review 14:
Lucie typed « oui jai aussi le tef », got « Quel test de langue approuvé avez-vous passé ? », and typed the date
there). The words after the yes are now read as the answer to that next question, with all its own checks (a test
not accepted, one only booked): the yes is stored either way, the test only when that question takes it.
"""

from __future__ import annotations

import re

from flows.parsing import fold

QUESTION = "test_more"

_YES = r"(?:yes|yeah|yep|yup|ya|oui|ouais|bien sur|of course|sure)"
_HEAD = re.compile(rf"^{_YES}\b[\s,.:;!-]*(?P<rest>.+)$")
# A test's name among the words after the yes: none of these is a word of an everyday answer
_TEST = re.compile(r"\b(?:ielts|celpip|pte|tef|tcf)\b")
# "too", « aussi »: another result, which the yes already said; the test's name is read without them
_NO = re.compile(r"^(?:no|nope|nah|non|not|pas)\b")
_ALSO = re.compile(r"\b(?:also|too|as well|aussi|egalement|en plus)\b")


def test_said(question_id: str, text: str) -> str | None:
    """The words after a yes to "another test?" that name a test ("j'ai aussi le tef", "CELPIP too"), or the words
    that name one with "also" and no yes ("i also did celpip"), None when there is no yes nor "also", no test
    named, or a question back. The words are read as the answer to
    "which test?", and the yes is kept alone when they are not one."""
    if question_id != QUESTION or "?" in text:
        return None
    said = " ".join(re.sub(r"[^a-z0-9' -]+", " ", fold(text).replace("\u2019", "'")).split())
    head = _HEAD.match(said)
    # "i also did celpip 9 9 9 9", « j'ai aussi le tef »: "also" says the yes (refused as no yes or no before)
    rest = head["rest"] if head is not None else said if _ALSO.search(said) and not _NO.match(said) else None
    if rest is None or _TEST.search(rest) is None:
        return None
    return " ".join(_ALSO.sub(" ", rest).split())
