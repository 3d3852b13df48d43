"""Another test named where one test's date or scores are asked: "celpip 9 9 8 9" to the IELTS scores,
"took celpip on june 3 2025" to the date of the IELTS test.

Round 22: both were stored as the IELTS test's (CELPIP's 9s as IELTS bands of 9, the CELPIP's date as the
IELTS's): the answer says the test chosen before was not the one taken. A careful reader asks rather than
overwrites the test chosen or stores another test's figures under it: the question is asked again, with how to
change the test (/back). A test named beside the one asked ("ielts 7 7 7 7, not celpip") is read as before.
"""

from __future__ import annotations

import re

from flows.parsing import fold

# The tests' names as people type them (folded, punctuation as spaces); the accepted tests only (a test not
# accepted is the test question's to explain)
_NAMES = {"ielts_general": "ielts", "celpip_general": "celpip", "pte_core": "pte", "tef_canada": "tef",
          "tcf_canada": "tcf"}
_PATTERNS = {kind: re.compile(rf"\b{name}\b", re.ASCII) for kind, name in _NAMES.items()}
# A test named to say it is not the one ("8 7 7 7, not celpip", « pas le tef »): no other test named
_NOT_THIS = re.compile(r"\b(?:not|no|never|pas|non|jamais|instead of|au lieu du?|rather than)\s+"
                       r"(?:the\s+|le\s+|du\s+|un\s+|a\s+)?(?:ielts|celpip|pte|tef|tcf)\b", re.ASCII)
QUESTIONS_OF_A_TEST = frozenset({"test_date", "spouse_test_date"})
# As the tests are named on their reports: proper nouns, the same in both languages
LABELS = {"ielts_general": "IELTS General Training", "celpip_general": "CELPIP-General", "pte_core": "PTE Core",
          "tef_canada": "TEF Canada", "tcf_canada": "TCF Canada"}


def other_test_named(kind: str | None, text: str) -> str | None:
    """The accepted test named in `text` when the test asked (`kind`) is not named too; None otherwise."""
    if kind is None:
        return None
    said = _NOT_THIS.sub(" ", " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split()))
    named = sorted(other for other, pattern in _PATTERNS.items() if pattern.search(said))
    if not named or kind in named:
        return None
    return named[0]


# The test's date said beside its four scores ("got 7.5 L 6.5 R 7 W 6.5 S in june", « 7 partout le 3 mai 2025 »,
# "7 7 6.5 7 on 2025-06-14"): its numbers were read as scores (too many) and the scores refused (round 22). The
# date is the question before's: set aside here, the scores read alone.
def _date_patterns() -> re.Pattern[str]:
    from flows.parsing import month_words

    months = "|".join(sorted((re.escape(m) for m in month_words()), key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th|er)?"
    lead = (r"(?:(?:and\s+|et\s+)?(?:i\s+)?(?:took|taken|passed|written|wrote|did|done|fait|passee?s?|ecrit|"
            r"test\s+(?:was|date|on)|date\s+(?:was|du\s+test)?)(?:\s+(?:it|the\s+test|le\s+test|mon\s+test))?\s*)?"
            r"(?:(?:in|on|the|en|le|au|du|de|a|ago|il\s+y\s+a)\s+)*")
    named = rf"(?:{day}\s+)?(?:{months})(?!\s+be\b)\.?(?:\s+{day})?(?:,?\s+(?:\d{{4}}|'?\d{{2}}))?"
    numeric = r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}/\d{4}"
    ago = r"\d+\s+(?:months?|mois|weeks?|semaines?|years?|ans?)(?:\s+ago)?|" \
          r"(?:last|this\s+past)\s+(?:month|year)|(?:le\s+)?mois\s+(?:passe|dernier)|l\s+an\s+(?:passe|dernier)"
    return re.compile(rf"[-(,\s]*\b{lead}(?:{numeric}|{named}|{ago})\b[)\s.!]*", re.ASCII)


_TEST_DATE: list[re.Pattern[str]] = []


def without_test_date(text: str) -> str | None:
    """The scores typed with their test's date, the date and the words before it left out; None when no date is
    there."""
    if not _TEST_DATE:
        _TEST_DATE.append(_date_patterns())
    said = " ".join(fold(text).replace("\u2019", " ").replace("'", " ").split())
    kept = _TEST_DATE[0].sub(" ", said)
    kept = " ".join(kept.split()).strip(" ,;-")
    return kept if kept and kept != said and re.search(r"\d", kept, re.ASCII) else None
