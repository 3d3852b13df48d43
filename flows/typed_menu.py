"""A menu option typed in words under a result: "what is my crs", "when can i apply?", « plus de détails ».

Under a result no question waits, and such words got "There is no question waiting for an answer right now"
with the same result again: the person had asked for one of the options shown. The option they name is pressed
for them when exactly one of the buttons shown fits; anything else is answered as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from flows.parsing import fold
from flows.replies import Button

# what people add around the option's name: courtesy, "show me", "can i see", "I want"
_FILLER = re.compile(
    r"\b(?:please|pls|plz|ok|okay|so|then|now|and|show|me|see|view|check|get|give|tell|want|to|i|can|could|"
    r"would|like|my|the|a|an|what|whats|is|are|about|it|do|have|got|svp|stp|merci|montrez|montre|moi|voir|je|veux|"
    r"voudrais|aimerais|peux|mon|ma|mes|le|la|les|du|de|des|quel|quelle|est|c|qu|quoi)\b")
_ASK_LATER = (r"(?:when|when apply|apply later|later|if apply later|when will be eligible|when eligible|quand|"
              r"plus tard|quand puis faire demande|quand serai admissible|et si presente demande plus tard)")
_TARGETS: tuple[tuple[Callable[[str], bool], re.Pattern[str]], ...] = (
    (lambda data: data.startswith("a|") and data.endswith("|crs"),
     re.compile(r"(?:estimate |calculate |estimer |calculer )?(?:crs|scg)(?: score| points)?|score(?: crs| scg)?|"
                r"points|how many points|combien points|estimate|estimer")),
    (lambda data: data == "cmd|details",
     re.compile(r"(?:more )?details?|why|explain|explanation|pourquoi|(?:plus )?details|explications?")),
    (lambda data: data.startswith("plan|"), re.compile(_ASK_LATER)),
    (lambda data: data == "chart|hours",
     re.compile(r"(?:hours? )?(?:chart|graph)(?: hours?)?|graphique(?: heures)?")),
    (lambda data: data == "chart|crs", re.compile(r"(?:crs )?(?:chart|graph)(?: crs)?|graphique(?: scg)?")),
    (lambda data: data == "cmd|summary",
     re.compile(r"(?:review|change|edit|fix) (?:answers|answer)|answers|summary|resume|reponses|"
                r"modifier reponses|revoir reponses")),
    (lambda data: data == "rem|offer", re.compile(r"remind(?:er|ers)?|rappels?|rappeler")),
    (lambda data: data == "rounds|list",
     re.compile(r"(?:latest |last |recent )?(?:rounds|draws|draw|cut ?offs?)|"
                r"(?:derniers? )?(?:tirages?|rondes?)")),
    (lambda data: data == "raise|top",
     re.compile(r"(?:how )?(?:raise|improve|increase|boost)(?: score| crs)?|"
                r"(?:ameliorer|augmenter)(?: score)?")),
)


def _words(text: str) -> str:
    """Folded words, emoji and punctuation set aside, filler words out."""
    text = unicodedata.normalize("NFKD", fold(text).replace("’", "'").replace("'", " "))
    text = "".join(ch if ch.isalnum() else " " for ch in text if not unicodedata.combining(ch))
    return " ".join(_FILLER.sub(" ", text).split())


def pressed(text: str, buttons: Iterable[Button]) -> str | None:
    """The callback data of the one button shown that `text` names, by its label or in everyday words."""
    said = _words(text)
    if not said:
        return None
    shown = list(buttons)
    fits = {b.data for b in shown if said in {_words(b.label), _words(re.split(r"[:(]", b.label, maxsplit=1)[0])}}
    if not fits:
        fits = {b.data for b in shown for wanted, words in _TARGETS if wanted(b.data) and words.fullmatch(said)}
    return next(iter(fits)) if len(fits) == 1 else None
