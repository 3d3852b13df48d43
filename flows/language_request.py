"""A language asked for in words ("en français svp", "english please") or a greeting in the other language.

Telegram starts a chat in the language of the person's phone, which is often not the one they would rather read:
a French speaker with an English phone types "bonjour" or "en francais svp", and a yes-or-no refusal in English
tells them nothing. Only whole messages that can mean nothing else are taken; a bare "french" or "anglais" at a
question about language tests answers that question (a French test), so it is left to it.
"""

from __future__ import annotations

import re

from flows.parsing import fold

_PLEASE = r"(?: (?:svp|stp|s il vous plait|s il te plait|please|pls|plz|merci|thanks|thank you))?"
_FRENCH = r"(?:francais|french|franco|fr)"
_ENGLISH = r"(?:anglais|english|eng|en)"

# Whole messages, folded (no accents, words only, lowercase); "fr" and "en" only inside a phrase.
_TO_FRENCH = re.compile(
    rf"(?:(?:en|in|le) {_FRENCH}|francais|francais svp|(?:can|could) (?:we|you|i) (?:speak|talk|write|do this|"
    rf"continue|chat) (?:in )?{_FRENCH}|(?:do you |you )?speak {_FRENCH}|(?:switch|change)(?: the)?(?: language)?"
    rf" (?:to|in) {_FRENCH}|(?:parlez|parles) ?(?:vous|tu)? {_FRENCH}|(?:est ce que )?(?:vous parlez|tu parles)"
    rf" {_FRENCH}|je (?:parle|prefere|veux|voudrais)(?: le| en| parler| parler en)? {_FRENCH}|"
    rf"(?:version|langue) francaise|french (?:version|language)|{_FRENCH} (?:svp|stp|please|pls|plz))"
    rf"{_PLEASE}")
_TO_ENGLISH = re.compile(
    rf"(?:(?:en|in) {_ENGLISH}|english|(?:can|could) (?:we|you|i) (?:speak|talk|write|do this|continue|chat)"
    rf" (?:in )?{_ENGLISH}|(?:do you |you )?speak {_ENGLISH}|(?:switch|change)(?: the)?(?: language)? (?:to|in) "
    rf"{_ENGLISH}|(?:parlez|parles) ?(?:vous|tu)? {_ENGLISH}|(?:est ce que )?(?:vous parlez|tu parles) {_ENGLISH}|"
    rf"i (?:speak|prefer|want|would like)(?: to speak)?(?: in)? {_ENGLISH}|"
    rf"i (?:dont|don t|do not|cant|can t|cannot) (?:speak|read|understand) (?:french|francais)|"
    rf"je (?:prefere|veux|voudrais)(?: l| en| parler| parler en)? "
    rf"{_ENGLISH}|english (?:version|language)|{_ENGLISH} (?:svp|stp|please|pls|plz))"
    rf"{_PLEASE}")
# Bare names of a language: an answer at the questions about language tests ("french": a French test).
_BARE = frozenset({"francais", "french", "anglais", "english"})
# A greeting alone, in the other language: the person writes in it, so they read it best.
_GREETING_FR = re.compile(r"(?:bonjour|bonsoir|salut|allo|coucou|bon matin)(?: (?:madame|monsieur|a vous|a tous|"
                          r"tout le monde|le bot|robot))?")
_GREETING_EN = re.compile(r"(?:hello|hi|hey|good (?:morning|afternoon|evening)|howdy)(?: there| bot)?")


def _folded(text: str) -> str:
    plain = re.sub(r"[^a-z0-9]+", " ", fold(text))  # "l'anglais", "s'il vous plaît": words apart
    return " ".join(plain.split())


# Thanks alone, in either language ("thanks!", "merci beaucoup", "ok thank you"): no answer to a question
_THANKS = re.compile(r"(?:(?:ok|okay|great|perfect|super|cool|parfait|genial|d accord|dac|nice|awesome|wow) )?"
                     r"(?:thanks|thank you|thank u|thx|tks|ty|tysm|merc+i+|merci bien|mille mercis)"
                     r"(?: (?:a lot|so much|very much|beaucoup|bcp|bien|infiniment|encore|again|bot|le bot|"
                     # « merci ben gros », « merci mille fois »: Quebec's and everyone's "thanks a lot"
                     r"ben gros|gros|mille fois))*"
                     # what for: « merci pour l'aide », "thanks for your help"
                     r"(?: (?:for|pour) (?:the |your |ton |votre |vos |tes |l |les )?(?:help|aide|info|infos|"
                     r"information|informations|reponse|reponses|answer|answers|tout|everything))?"
                     # and a kind word on it: « merci c'est super clair », "thanks, very helpful"
                     r"(?: (?:c est|cest|that s|thats|it s|its|this is|it was|c etait)?"
                     r"(?: ?(?:super|tres|vraiment|ben|bien|trop|really|very|so|super))*"
                     r" ?(?:clair|utile|gentil|gentille|parfait|top|genial|helpful|clear|useful|great|nice|"
                     r"perfect|awesome|appreciated|apprecie))?")


def thanks(text: str) -> bool:
    """Thanks said alone: answered with a kind word, never "There is no question waiting" or a refusal."""
    return bool(_THANKS.fullmatch(_folded(text)))


def greets(text: str, lang: str) -> bool:
    """A greeting alone in the chat's own language ("hello", "bonjour"): no answer, and no refusal either."""
    folded = _folded(text)
    return bool((_GREETING_FR if lang == "fr" else _GREETING_EN).fullmatch(folded))


def language_asked(text: str, lang: str, question_id: str | None) -> str | None:
    """The language the message asks for ("fr" or "en") when it is not `lang` already, else None."""
    folded = _folded(text)
    if not folded or len(folded) > 60:
        return None
    about_tests = question_id is not None and (question_id.startswith("test_") or
                                               question_id.startswith("spouse_test"))
    if about_tests and folded in _BARE:
        return None
    if lang != "fr" and (_TO_FRENCH.fullmatch(folded) or _GREETING_FR.fullmatch(folded)):
        return "fr"
    if lang != "en" and (_TO_ENGLISH.fullmatch(folded) or _GREETING_EN.fullmatch(folded)):
        return "en"
    return None
