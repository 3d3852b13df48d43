"""A menu option typed in words under a result: "what is my crs", "when can i apply?", « plus de détails ».

Under a result no question waits, and such words got "There is no question waiting for an answer right now"
with the same result again: the person had asked for one of the options shown. The option they name is pressed
for them when exactly one of the buttons shown fits; anything else is answered as before.

Words that fit two options ("chart" under a CRS result: the hours' chart or the score's; "hours" under a verdict:
the details, which give the hours by job, or the hours' chart; "crs details") got the whole result again, as if
unheard: those options are offered now, to tap (a short question), never one of them guessed.
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
    r"voudrais|aimerais|peux|mon|ma|mes|le|la|les|du|de|des|quel|quelle|est|c|qu|quoi|both|deux)\b")
_ASK_LATER = (r"(?:when|when apply|apply later|later|if apply later|when will be eligible|when eligible|quand|"
              r"plus tard|quand puis faire demande|quand serai admissible|et si presente demande plus tard|"
              r"quand puis postuler|quand postuler|postuler plus tard|quand puis appliquer)")
_TARGETS: tuple[tuple[Callable[[str], bool], re.Pattern[str]], ...] = (
    (lambda data: data.startswith("a|") and data.endswith("|crs"),
     re.compile(r"(?:estimate |calculate |estimer |calculer )?(?:crs|scg)(?: score| points)?|score(?: crs| scg)?|"
                r"points|how many points|combien points|estimate|estimer|pointage|(?:crs |scg )?pointage")),
    (lambda data: data == "cmd|details",
     re.compile(r"(?:more )?details?|why|explain|explanation|pourquoi|(?:plus )?details|explications?|"
                r"next steps?|(?:prochaines? )?etapes?|requirements|exigences|hours|heures")),
    (lambda data: data.startswith("plan|"), re.compile(_ASK_LATER)),
    (lambda data: data == "chart|hours",
     re.compile(r"(?:hours? )?(?:chart|graph|charts|graphs)(?: hours?)?|graphiques?(?: heures)?|hours|heures")),
    (lambda data: data == "chart|crs",
     re.compile(r"(?:crs |score )?(?:chart|graph|charts|graphs)(?: crs| score)?|graphiques?(?: scg| score)?")),
    (lambda data: data == "cmd|summary",
     re.compile(r"(?:review|change|edit|fix) (?:answers|answer)|answers|summary|resume|reponses|"
                r"modifier reponses|revoir reponses|edit|change answer")),
    (lambda data: data == "rem|offer", re.compile(r"remind(?:er|ers)?|rappels?|rappeler|rappelle|rappelez")),
    (lambda data: data == "ralert|on",
     re.compile(r"(?:round |draw )?alerts?|notify after (?:each |every )?(?:round|draw)|"
                r"tell after (?:each |every )?(?:round|draw)|alertes?|previens apres (?:chaque )?(?:ronde|tirage)|"
                r"prevenez apres (?:chaque )?(?:ronde|tirage)")),
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


def _fitting(said: str, shown: list[Button]) -> list[Button]:
    """The buttons shown whose everyday words are all of `said`."""
    return [b for b in shown if any(wanted(b.data) and words.fullmatch(said) for wanted, words in _TARGETS)]


def options_named(text: str, buttons: Iterable[Button]) -> list[Button]:
    """The buttons shown that `text` names, by a label or in everyday words, in the order shown: one is pressed,
    two or more are offered (flows' callers ask which); none, the words are answered as before. Two options named
    side by side ("crs details" under a verdict: the CRS estimate and the details) are both offered."""
    said = _words(text)
    if not said:
        return []
    shown = list({b.data: b for b in buttons}.values())
    labels = [b for b in shown if said in {_words(b.label), _words(re.split(r"[:(]", b.label, maxsplit=1)[0])}]
    if labels:
        return labels
    if fits := _fitting(said, shown):
        return fits
    words = [word for word in said.split() if word not in ("et", "or", "ou")]
    for cut in range(1, len(words)):  # "crs details", « graphique et rappels »: each half names its own option
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        first, second = _fitting(head, shown), _fitting(tail, shown)
        if first and second and not {b.data for b in first} & {b.data for b in second}:
            return [b for b in shown if b in first or b in second]
    return []


def pressed(text: str, buttons: Iterable[Button]) -> str | None:
    """The callback data of the one button shown that `text` names, by its label or in everyday words."""
    named = options_named(text, buttons)
    return named[0].data if len(named) == 1 else None
