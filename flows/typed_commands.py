"""Commands typed without their slash ("start over", « effacer mes données ») or with a slip ("/strat").

At a question, "start over", "restart", « recommencer », "delete my data", "help" got "Please answer yes or no";
under a result, "restart" and "delete my data" got "There is no question waiting". "/strat", "/summery" and French
names (« /aide », « /recommencer ») got "I don't know that command" without the one meant. The words are read as
the command they name now (erasing stays the confirmed action it is: /delete asks first, and so do its words), and
a command with a slip is answered with the one meant.
"""

from __future__ import annotations

import difflib
import re

from flows.parsing import fold

# What people type for a command, folded: the whole message, courtesy and "I want to" aside
_COURTESY = re.compile(r"\b(?:please|pls|plz|svp|stp|merci|i want to|i wanna|i would like to|can i|can you|"
                       r"how do i|how to|je veux|je voudrais|j aimerais|peux tu|pouvez vous|comment|let s|let me|"
                       r"just|ok|okay)\b")
_SAID: dict[str, re.Pattern[str]] = {
    "restart": re.compile(
        r"(?:start|begin) (?:over|again|from (?:the )?(?:beginning|scratch|zero))|restart|"
        r"reset(?: everything| all)?|start new|new (?:screening|assessment|test)|redo (?:it|everything|all)|"
        r"recommencer(?: a zero| depuis le debut| tout)?|tout recommencer|on recommence|repartir a zero|"
        r"reprendre (?:a zero|depuis le debut)|nouvelle (?:evaluation|verification)|"
        r"refaire (?:tout|le test|l evaluation)"),
    "delete": re.compile(
        r"(?:delete|erase)|(?:delete|erase|remove|wipe|clear)(?: all| all of)?(?: my| the)?"
        r"(?: data| info| information| answers| everything| account| profile| history)+|"
        r"(?:effacer|supprimer|efface|supprime)(?: toutes| tout| toutes les| tous)?(?: mes| les)?"
        r"(?: donnees| informations| infos| reponses| compte| profil| historique| tout)*|"
        r"tout (?:effacer|supprimer)"),
    "help": re.compile(r"help|help me|aide|aide moi|aidez moi|a l aide|commands|commandes"),
    "summary": re.compile(r"summary|my answers|show my answers|see my answers|resume|mes reponses|"
                          r"voir mes reponses"),
}
# Words that are a job title alone, read as such at the job title question (an aide is a job)
_TITLE_WORDS = frozenset({"aide", "resume"})
# Command names people type in French or in short: the bot's own command meant
_ALIASES = {
    "aide": "help", "recommencer": "restart", "reset": "restart", "resume": "summary", "reponses": "summary",
    "effacer": "delete", "supprimer": "delete", "langue": "language", "lang": "language", "annuler": "cancel",
    "retour": "back", "rappels": "reminders", "rondes": "rounds", "tirages": "rounds", "graphique": "chart",
    "confidentialite": "privacy", "demarrer": "start", "commencer": "start", "debut": "start", "modifier": "edit",
    "menu": "help", "commands": "help", "commandes": "help",
}


def command_said(text: str, at_title: bool = False) -> str | None:
    """The command whose words are the whole of `text` ("start over": "restart", « effacer mes données »:
    "delete"), or None. `at_title`: the question asks for a job title, where « aide » is one."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("’", "'")).split())
    said = " ".join(_COURTESY.sub(" ", said).split())
    if not said:
        return None
    if at_title and said in _TITLE_WORDS:
        return None
    return next((name for name, words in _SAID.items() if words.fullmatch(said)), None)


def command_meant(name: str, known: tuple[str, ...]) -> str | None:
    """The command of `known` a slash command not in it was meant to be ("strat": "start", "aide": "help"), or
    None when none is close enough to say."""
    typed = fold(name).strip()
    if typed in _ALIASES and _ALIASES[typed] in known:
        return _ALIASES[typed]
    names = {name: name for name in known} | {alias: name for alias, name in _ALIASES.items() if name in known}
    close = difflib.get_close_matches(typed, names, n=3, cutoff=0.7)  # "suprimer": « supprimer », /delete
    ratios = {names[name]: difflib.SequenceMatcher(None, typed, name).ratio() for name in reversed(close)}
    best = max(ratios.values(), default=0.0)
    meant = [name for name, ratio in ratios.items() if ratio == best]
    return meant[0] if len(meant) == 1 else None  # as close to two commands: neither guessed
