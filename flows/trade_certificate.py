"""A trade certificate named at the education question ("red seal", « sceau rouge », "c of q", "journeyman").

It is no level of education (RULES.md 3 lists credentials of school, college and university, and scores a
"certificate of qualification (trades)" apart, with the language): said so, and that it is asked later, instead of
the generic "tap the level". At the certificate question itself a Red Seal said alone is still asked again ("yes or
no"): RULES.md 3 never names the Red Seal, and reading it as that certificate is a lead's call (strict xfails in
tests/flows/test_leftovers11.py and tests/e2e/test_walkthrough_round15_chat.py).
"""

from __future__ import annotations

import re

from flows.parsing import fold

_A = re.ASCII
_TRADE_WORDS = re.compile(r"\b(?:red seal|sceau rouge|c of q|cofq|certificate of qualification|"
                          r"certificat de competence|journeyman|journeyperson|compagnon)\b", _A)


def names_a_trade_certificate(text: str) -> bool:
    """A trade certificate named at all (at the education question: no level of education)."""
    folded = fold(text).replace("'", " ").replace("\u2019", " ")
    return _TRADE_WORDS.search(" ".join(re.sub(r"[^a-z ]+", " ", folded, flags=_A).split())) is not None
