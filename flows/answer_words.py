"""Answers as people type them on a phone, read before the strict parsers (flows/parsing.py) see them.

"about 35 hours", "yes, PGWP", "oui, j'habite à Montréal", "common law", "2022", "oops no, go back": each is
brought to the plain answer the question expects ("35", "yes", "common_law"), or recognised as a wish to go
back. Nothing here guesses between two readings: a word that could mean two options is left to the parser,
which refuses or asks. Also: how each reading offered as a button is labelled.
"""

from __future__ import annotations

import datetime as dt

from flows.parsing import tidy
from flows.questions import ABILITIES
from flows.texts import Catalog


def choice_label(kind: str, value: str, c: Catalog) -> str:
    """A reading offered as a button: four scores, a day, a number of hours, in the person's language."""
    if kind == "scores":
        numbers = [str(tidy(float(n))).replace(".", c.t("decimal")) for n in value.split("/")]
        return c.t("answers.scores_choice", **dict(zip(ABILITIES, numbers, strict=True)))
    if kind == "date":
        return c.date(dt.date.fromisoformat(value))
    return str(tidy(float(value))).replace(".", c.t("decimal"))
