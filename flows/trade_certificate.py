"""A trade certificate named alone ("red seal", « sceau rouge », "c of q", "journeyman ticket").

At "Do you have a certificate of qualification in a trade...?" the question's own words ("c of q", "certificate of
qualification") are a yes (RULES.md 3, "certificate of qualification (trades) x language"). A Red Seal or a
journeyperson's ticket RULES.md never names: the yes or no is asked, saying so (a strict xfail keeps the reading
for a lead's call). A certificate still to come ("working on my red seal", "red seal exam next month",
"apprentice") is asked as before. At the education question
it is no level of education (RULES.md 3 lists school, college and university credentials only): said so, and where
it is asked.
"""

from __future__ import annotations

import re

from flows.parsing import fold

_A = re.ASCII
_NAMED = re.compile(r"^(?:(?:i have|i ve got|i got|i hold|got|have|j ai|jai|j ai mon|j ai un|j ai le|my|mon|le|"
                    r"un|a)"
                    r"\s+)*(?:my\s+|mon\s+|le\s+|un\s+|a\s+)?"
                    r"(?:red seal|sceau rouge|c of q|cofq|certificate of qualification|certificat de competence|"
                    r"certificat de qualification|journeyman ticket|journeyperson ticket|journeyman|journeyperson|"
                    r"carte de compagnon|compagnon)"
                    r"(?:\s+(?:certificate|certified|ticket|endorsement|certificat|seal))?"
                    r"(?:\s+(?:as an?|en tant qu|comme)?\s*[a-z ]{2,30})?$", _A)
_NOT_YET = re.compile(r"\b(?:working|work on|working on|towards?|toward|exam|examen|test|apprentic\w*|"
                      r"studying|soon|bientot|next|prochain\w*|pending|waiting|attente|en cours|not|no|non|pas|"
                      r"never|jamais|will|going to|plan\w*|want|veux|voudrais|hope|espere|applied|demande|what|"
                      r"quoi|mean|means|"
                      r"veut dire)\b", _A)
_TRADE_WORDS = re.compile(r"\b(?:red seal|sceau rouge|c of q|cofq|certificate of qualification|"
                          r"certificat de competence|journeyman|journeyperson|compagnon)\b", _A)


def _said(text: str) -> str:
    folded = fold(text).replace("'", " ").replace("\u2019", " ")
    return " ".join(re.sub(r"[^a-z ]+", " ", folded, flags=_A).split())


def names_trade_certificate(text: str) -> bool:
    """A trade certificate said as held, with nothing of one to come ("red seal", "i have my red seal", "red seal
    electrician", « sceau rouge »)."""
    said = _said(text)
    return "?" not in text and _NAMED.match(said) is not None and _NOT_YET.search(said) is None


def names_a_trade_certificate(text: str) -> bool:
    """A trade certificate named at all (at the education question: no level of education)."""
    return _TRADE_WORDS.search(_said(text)) is not None


_OWN_WORDS = re.compile(r"\b(?:c of q|cofq|certificate of qualification|certificat de competence|"
                        r"certificat de qualification)\b", _A)


def names_the_question_s_certificate(text: str) -> bool:
    """The question's own words said as held ("c of q", "certificate of qualification"): a yes, with no Red Seal
    or journeyperson's ticket to read (RULES.md 3 names neither)."""
    said = _said(text)
    return names_trade_certificate(text) and _OWN_WORDS.search(said) is not None \
        and not re.search(r"\b(?:red seal|sceau rouge|journeyman|journeyperson|compagnon)\b", said, _A)
