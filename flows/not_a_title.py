"""Answers typed at the job title question that tell about the job, not what it was.

"started march 2023", "2 years", "full time", "pgwp", « temps plein », « depuis 2 ans »: searched as titles they
offered millwrights, purchasing managers or student monitors with nothing in common with the job, and a person
who taps one has their hours counted (or not) by an occupation they never had. A text made only of words about
when, how long, how much or under which permit the job was held is no title: the bot says so and asks again.
"""

from __future__ import annotations

import re
from typing import Literal

from flows.parsing import fold, month_words

Kind = Literal["when", "conditions", "test"]

# when the job started or ended, or how long it lasted: "started last year", "3 months ago", « depuis 2 ans »
_WHEN = frozenset({
    "started", "start", "starting", "began", "begin", "since", "ago", "now", "present", "today", "till", "until",
    "currently", "ongoing", "commence", "commencee", "debute", "debut", "depuis", "maintenant", "aujourd", "hui",
    "later", "soon", "bientot", "tard", "plus",  # "later" was found among platers
})
_UNITS = frozenset({"year", "years", "yr", "yrs", "month", "months", "mo", "mos", "mth", "mths", "week", "weeks",
                    "wk", "wks", "ans", "annee", "annees", "mois", "semaines"})
# words that make a unit a time ("last year", « l'an passé », "a year and a half") but say nothing alone
_SPAN = frozenset({
    "last", "this", "next", "dernier", "derniere", "passe", "passee", "prochain", "still", "current", "encore",
    "toujours", "il", "y", "half", "demi", "one", "two", "three", "four", "five", "six", "deux", "trois", "quatre",
    "cinq",
})
# how the job was held: hours, pay, permit, kind of contract; none of them names what the person did
_CONDITIONS = frozenset({
    "full", "part", "time", "fulltime", "parttime", "ft", "pt", "hourly", "hour", "hours", "hr", "hrs", "h",
    "salary", "salaried", "wage", "wages", "minimum", "paid", "pay", "per", "permanent", "perm", "temporary",
    "temp", "seasonal", "casual", "contract", "term", "on", "call", "shift", "shifts", "night", "nights", "day",
    "days", "weekend", "weekends", "evening", "evenings", "pgwp", "permit", "open", "closed", "lmia", "owp",
    "visa", "study", "student", "co", "op", "coop", "internship", "same", "as", "before", "job", "jobs", "work",
    "working", "employee", "employed", "worker", "staff", "position", "my", "i", "im", "am", "was", "it", "is",
    "a", "an", "the", "and", "at", "in", "for", "of", "with", "to", "from", "about", "around", "yes", "ok",
    "temps", "plein", "partiel", "heure", "heures", "horaire", "salaire", "paye", "permis", "travail", "ferme",
    "ouvert", "contrat", "saisonnier", "saisonniere", "temporaire", "de", "nuit", "jour", "fin", "semaine",
    "meme", "que", "avant", "emploi", "poste", "employe", "travailleur", "travailleuse", "je", "j",
    "ai", "suis", "mon", "ma", "le", "la", "les", "l", "un", "une", "et", "au", "en", "pour", "oui", "etudiant",
    "etudiante", "stage", "sur", "appel", "k",
    # permits in French and English short forms (« oui PTPD » offered therapy technicians): post-graduation,
    # temporary foreign worker, working holiday, spousal and bridging permits, LMIA's French name
    "ptpd", "pgw", "pwgp", "eimt", "pvt", "iec", "sowp", "bowp", "ptet", "vacances", "postdiplome", "avec",
})
# a language test named where the job's title is asked ("celpip", "ielts general 7 7 7 7"): the test comes later
_TESTS = frozenset({"ielts", "celpip", "pte", "tef", "tcf"})
_TEST_WORDS = frozenset({"general", "gt", "g", "training", "core", "canada", "test", "exam", "examen", "result",
                         "results", "score", "scores", "resultat", "resultats", "listening", "reading", "writing",
                         "speaking", "l", "r", "w", "s", "co", "ce", "eo", "ee", "clb", "nclc", "band", "bands"})
_WORDS = re.compile(r"[a-z]+|\d+(?:[.,]\d+)?")


def about_the_job(text: str) -> Kind | None:
    """What a text typed for a job title tells instead of the title ("when": its dates or how long it lasted,
    "conditions": its hours, pay, permit or contract, "test": a language test), or None when a word of it may
    name the job."""
    words = _WORDS.findall(fold(text).replace("'", " ").replace("’", " "))
    letters = [word for word in words if not word[0].isdigit()]
    if not letters:
        return None  # digits alone are a NOC code or a code typed wrong: answered elsewhere
    if any(word in _TESTS for word in letters) and all(
            word in _TESTS or word in _TEST_WORDS or word in _CONDITIONS for word in letters):
        return "test"
    months = month_words()
    if any(word not in _WHEN and word not in _UNITS and word not in _SPAN and word not in _CONDITIONS
           and word not in months for word in letters):
        return None  # a word of its own: may be the job ("night shift cook", "contract carpenter")
    if any(word in _WHEN for word in letters) or (len(letters) < len(words) and any(w in months for w in letters)):
        return "when"
    if any(word in months for word in letters):
        return None  # "may" alone: a month's name without a day or a year may be a word of a title
    units = _UNITS | {"an"} if "un" in letters or "demi" in letters or len(letters) < len(words) else _UNITS
    if any(word in units for word in letters) and (len(letters) < len(words) or any(
            word in _SPAN or word in {"a", "an", "un", "une"} for word in letters)):
        return "when"  # "2 years", "a year and a half", « l'an passé »
    return "conditions"
