"""Answers as people type them on a phone, read before the strict parsers (flows/parsing.py) see them.

"about 35 hours", "yes, PGWP", "oui, j'habite à Montréal", "common law", "oops no, go back": each is brought to
the plain answer the question expects ("35", "yes", "common_law"), or recognised as a wish to go back. Nothing
here guesses between two readings: a name that fits two options ("college diploma") is asked about with both
as buttons, a range of hours ("35-40") too. Also: how each reading offered as a button is labelled.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from flows.answer_topics import other_subject
from flows.parsing import (
    FULL_TIME_HOURS,
    LEVELS_MARK,
    PART_TIME_HOURS,
    SHORT_YEAR,
    Ambiguous,
    Figure,
    InvalidAnswer,
    fold,
    is_month_only,
    month_words,
    named_score,
    parse_date,
    scores_typed_ahead,
    tidy,
)
from flows.pickers import month_name
from flows.places import (
    ABROAD,
    CANADA,
    EITHER,
    ELSEWHERE_IN_CANADA,
    NATIONALITIES,
    SCHOOL_WORDS,
    SCHOOLS_EITHER,
    places_named,
    provinces_spelled,
)
from flows.quebec import names_a_place
from flows.questions import ABILITIES, EDUCATION_LEVELS, Question
from flows.texts import Catalog

_A = re.ASCII


def _words(text: str) -> list[str]:
    """Folded words, punctuation as spaces, apostrophes splitting ("j'habite" is "j habite")."""
    return re.sub(r"[^a-z0-9.,~+]+", " ", fold(text).replace("'", " ").replace("\u2019", " "), flags=_A).split()


# -- words of address -------------------------------------------------------------------------------------
# Courtesy around an answer, as many write to an office ("yes sir", "no mam", "married sir", "haan ji", "oui
# madame"): at the start, at the end, or right after the first word, never the answer itself. Only words that are
# no answer to any question ("boss", "bro" may be one: "my own boss", "my bro is PR").
_ADDRESS = r"(?:sir|sirr|madam|madame|mam|maam|ma\s*['\u2019]\s*am|mem|monsieur|ji)"
_ADDRESS_LEAD = re.compile(rf"^\s*{_ADDRESS}(?![\w'\u2019])[\s,.!:;-]*", re.IGNORECASE)
_ADDRESS_SECOND = re.compile(rf"^(\s*[^\s,.!]+)[\s,.!]+{_ADDRESS}(?![\w'\u2019])[\s,.!:;-]*", re.IGNORECASE)
_ADDRESS_TAIL = re.compile(rf"(?<![\w'\u2019])[\s,.!-]*{_ADDRESS}[\s.!]*$", re.IGNORECASE)


def without_address(text: str) -> str:
    """The answer without a word of address around it ("no sir, only this one" is "no, only this one" less its
    comma); the text as it is when nothing else would be left."""
    out = _ADDRESS_LEAD.sub("", text)
    out = _ADDRESS_SECOND.sub(lambda m: m[1] + " ", out)
    out = _ADDRESS_TAIL.sub("", out).strip()
    return out if out.strip(" ,.!") else text


# -- hesitations ------------------------------------------------------------------------------------------
# What voice typing writes of a pause before the answer ("Um, no.", "Euh, célibataire.", "Uh I'm twenty eight"):
# no part of the answer. Only sounds that are no word of any answer ("like" may be: "like 40 hours" is an estimate)
_FILLER_LEAD = re.compile(r"^\s*(?:(?:u+m+|u+h+m*|e+r+m+|h+m+|e+u+h+|h+e+u+)(?![\w'\u2019])[\s,.!:;-]*)+",
                          re.IGNORECASE)


def without_hesitation(text: str) -> str:
    """The answer without the sounds of a pause before it ("Um, no." is "no."); the text as it is when nothing
    else would be left."""
    out = _FILLER_LEAD.sub("", text)
    return out if out.strip(" ,.!") else text


# -- French as typed by SMS -------------------------------------------------------------------------------
# A pronoun run into its verb as Quebecers and many francophones type it ("jai", "jsuis", "jy", "jfais", "jsais",
# "jveux", "jvais"), "ché pas" / "chais pas" ("je sais pas") and "pt-être" / "ptet" ("peut-être"): spelled out
# before the answer is read, so that they are read as "j'ai", "je suis", "peut-être" are (French review 13:
# "jai le tcf canada", "jy travaille encore", "jsuis pu la", "pt-etre, jsais pas trop" were refused while the
# same words with their apostrophe or their letters were read). Whole words only: none is a word of its own.
_SMS_FRENCH = (
    (re.compile(r"(?<![\w'\u2019])jai(?![\w'\u2019])", re.IGNORECASE), "j'ai"),
    (re.compile(r"(?<![\w'\u2019])jy(?![\w'\u2019])", re.IGNORECASE), "j'y"),
    # "jtravaille 35h" (French review 15); « jpense rester a montreal », « jcrois que oui » (review 16: the doubt
    # was not read, a Quebec plan stored as sure)
    (re.compile(r"(?<![\w'\u2019])j(suis|fais|sais|veux|vais|travaille|travaillais|vis|reste|pense|pensais|crois|"
                r"croyais)(?![\w'\u2019])", re.IGNORECASE), r"je \1"),
    (re.compile(r"(?<![\w'\u2019])(?:ch[e\u00e9]|chais|chai)\s*pas?(?![\w'\u2019])", re.IGNORECASE),
     "je sais pas"),
    (re.compile(r"(?<![\w'\u2019])(?:pt[\s-]?[e\u00ea]tre|ptet)(?![\w'\u2019])", re.IGNORECASE), "peut-être"),
    # "tjrs", "tjr", "tjs": "toujours" by SMS (French review 15: « jy suis tjrs » was refused)
    (re.compile(r"(?<![\w'\u2019])(?:tjrs|tjr|tjs)(?![\w'\u2019])", re.IGNORECASE), "toujours"),
)


def contractions_spelled(text: str) -> str:
    """The answer with French SMS contractions spelled out ("jai pas de test" is "j'ai pas de test", "ché pas"
    is "je sais pas"); the text as it is otherwise."""
    for pattern, spelled in _SMS_FRENCH:
        text = pattern.sub(spelled, text)
    return text


# -- going back --------------------------------------------------------------------------------------------
_BACK_WORDS = frozenset({"back", "oops", "oups", "retour", "revenir", "arriere", "undo", "previous", "precedent",
                         "precedente", "/back"})
_BACK_FILLERS = frozenset({"go", "no", "non", "wait", "sorry", "please", "pls", "i", "mean", "my", "bad", "oh",
                           "en", "a", "la", "question", "mistake", "erreur", "pardon", "desole", "desolee", "step",
                           "one", "je", "veux", "want", "to", "s", "il", "vous", "plait", "stp", "svp", "the",
                           "last", "derniere", "answer", "reponse", "change", "changer", "modifier", "take", "it",
                           "that", "ca", "retourner", "faire", "let", "me", "can", "we", "on", "peux", "tu",
                           "wrong", "mauvaise", "mauvais", "typo", "faute"})


def wants_back(text: str) -> bool:
    """"back", "go back", "retour", "oops", "oops no, go back": made only of such words, never inside an answer
    ("back office clerk" is a job title)."""
    words = [w.strip(".,") for w in _words(text)]
    words = [w for w in words if w]
    if len(words) == 1 and any(_swapped(words[0], word) for word in ("back", "retour", "undo", "revenir")):
        return True  # "bakc", "retuor": two letters swapped in a word alone ("bac" is a diploma: not read)
    return bool(words) and any(w in _BACK_WORDS for w in words) and all(
        w in _BACK_WORDS or w in _BACK_FILLERS for w in words) and len(words) <= 8


# -- figures as a phone keyboard types them -----------------------------------------------------------------
# The letter O beside the 0 key, typed for a zero right after a digit ("4o hours", "Jan 2O23"), never before a
# letter ("2 of", "10oz"); and the exclamation marks of emphasis after a date or a number ("may 2023!!").
_LETTER_ZERO = re.compile(r"(?<=\d)[oO](?![^\W\d_])")
# "7 point 5", "37 virgule 5": a decimal point said in a word between digits; "20 & 25": "&" for "and"
_POINT_WORD = re.compile(r"(?<=\d)\s+(?:point|dot|virgule)\s+(?=\d)", re.IGNORECASE)
_AMPERSAND = re.compile(r"(?<=\d)\s*&\s*(?=\d)")
# "une vingtaine d'heures": about twenty hours, an estimate like "environ 20 h" (hours only: never an age); only
# with the hours said, as "une quarantaine" alone is also a quarantine (refused, tests/flows/..._fresh2.py)
_ROUND_COUNTS = {"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
                 "cinquantaine": 50}
_ROUND_COUNT = re.compile(r"\b(?:une\s+)?(" + "|".join(_ROUND_COUNTS) + r")"
                          r"\s+(?:d\s*['\u2019]?\s*)?(?:heures?|h)\b", re.IGNORECASE)


def figures_retyped(text: str) -> str:
    """A number, a score or a date as meant: "4o hours" is "40 hours", "may 2023!!" is "may 2023"; the text as it
    is when nothing else would be left."""
    out = _LETTER_ZERO.sub("0", text).rstrip().rstrip("!").rstrip()
    out = _AMPERSAND.sub(" and ", _POINT_WORD.sub(".", out))
    return out if out else text


def rounded_hours(text: str) -> str:
    """"une vingtaine d'heures" is "environ 20 heures": an estimate, kept as one."""
    return _ROUND_COUNT.sub(lambda m: f"environ {_ROUND_COUNTS[m[1].lower()]} heures", text)


# -- a second number said beside the one asked ------------------------------------------------------------------
# "40 hours, 2 years", "40h/week since 2023", "2 yrs, 3 jobs", "June 2023, 2 jobs actually": the answer, then an
# aside of another kind (how long, since when, how many jobs). Never a count of jobs beside hours: "40 hours, 2
# jobs" may be the hours of both jobs together, so it is asked again.
_COUNT_WORD = r"(?:\d{1,2}|one|two|three|four|five|un|une|deux|trois|quatre|cinq)"
_ASIDE_JOBS = rf"{_COUNT_WORD}\s+(?:jobs?|emplois?|postes?|employers?|employeurs?)"
_ASIDE_YEARS = rf"(?:{_COUNT_WORD}|\d{{1,2}}[.,]5)\s+(?:years?|yrs?|ans|annees?)"
_ASIDE_SINCE = r"(?:since|depuis)\s+(?:\d{4}|[a-z]+\.?\s+\d{4})"
_ASIDE_END = r"(?:\s+(?:actually|en fait|in total|au total|total))?[.!]*$"
# The pay after the hours ("40 hrs @ $22/hr", "40 hours, $22 an hour", "30h/sem payées 20 $/h"): money has its sign
# or its word, or is "paid" by the hour; the hours before it are the answer (RULES.md 1 asks paid work, not pay)
_MONEY = r"(?:\$\s*\d[\d,.]*\s*k?|\d[\d,.]*\s*k?\s*(?:\$|dollars?|bucks|cad|usd|cents?)|\d[\d,.]*\s*k\b)"
_PAY_PER = r"(?:\s*(?:/|an?|per|par|de l|of the|by the|a l|the)\s*(?:h|hr|hrs|hour|heure|hre|year|yr|an|annee|" \
           r"month|mois|week|wk|semaine|sem)\b)?"
_ASIDE_PAY = rf"(?:(?:paid|pay|payee?s?|paye|at|a|@|salary|salaire|rate|taux)\s*:?\s*)?" \
             rf"(?<![\d.,])(?<!\d\s)(?:{_MONEY}|\d[\d,.]*\s*/\s*(?:h|hr|hour|heure)\b){_PAY_PER}"
# overtime said to be left out of the hours: "40 (overtime not included)", "40 sans les heures sup"
_ASIDE_NO_OVERTIME = r"\(?\s*(?:(?:overtime|ot|heures sup\w*|temps sup\w*) (?:not included|not incl|excluded|" \
                     r"not counted|non inclus\w*|pas inclus\w*|exclu\w*)|(?:no|without|excluding|sans|hors) " \
                     r"(?:the )?(?:overtime|ot|les heures sup\w*|heures sup\w*|temps sup\w*))\s*\)?"
_ASIDES = {"number": re.compile(rf"^(?P<head>.*?\d.*?)(?:\s*,\s*(?:{_ASIDE_YEARS}|{_ASIDE_SINCE})|"
                                rf"\s+{_ASIDE_SINCE}|(?:\s*[,;@]\s*|\s+){_ASIDE_PAY}|"
                                rf"\s*,?\s*{_ASIDE_NO_OVERTIME}){_ASIDE_END}", _A),
           "choice": re.compile(rf"^(?P<head>.*?\d.*?)\s*,\s*{_ASIDE_JOBS}{_ASIDE_END}", _A),
           "date": re.compile(rf"^(?P<head>.*?\d.*?)\s*,\s*{_ASIDE_JOBS}{_ASIDE_END}", _A)}


def without_aside(question: Question, text: str) -> str | None:
    """The answer before an aside of another kind ("40 hours, 2 years" -> "40 hours"), or None when there is
    none. Whether that answer reads is the parser's to say."""
    pattern = _ASIDES.get(question.kind)
    if pattern is None or (question.kind == "choice" and not all(o.isdigit() for o in question.options)):
        return None
    found = pattern.match(" ".join(fold(text).split()))
    return found["head"].strip(" ,") if found else None


# -- an age with the next one ------------------------------------------------------------------------------
# "34, turning 35 in march", "34 ans bientôt 35": the age now, then the birthday to come (the next age only: "34,
# turning 40" is no such thing and stays refused)
_AGE_THEN_NEXT = re.compile(r"^(?P<age>\d{1,3})\s*(?:ans|years?(?: old)?|yrs?)?[\s,;.-]*"
                            r"(?:and\s+|et\s+|but\s+|mais\s+)?"
                            r"(?:turning|will be|going to be|soon|bientot|j aurai|je vais avoir|presque)\s+"
                            r"(?P<next>\d{1,3})\b(?:\s*(?:ans|years?(?: old)?|yrs?))?"
                            r"(?:\s+(?:in|en|on|le|this|next|ce|cette|au)\b[a-z0-9 ]*)?[\s.!]*$", _A)


# Only the next age, with its birthday within the year to come ("turning 30 next month", "j'aurai 30 ans en
# décembre"): the age now is one less. Never with a year ("30 in 2028" may be two birthdays away) nor a doubt.
_NEXT_AGE_ONLY = re.compile(r"^(?:i m |im |i am |i ll be |ill be |i will be |je vais avoir |j aurai |jaurai )?"
                            r"(?:turning |going to be |gonna be )?(?P<next>\d{1,3})(?: ans| years?(?: old)?| yo)?"
                            r" (?:next month|this month|soon|le mois prochain|ce mois ci|bientot|"
                            r"(?:in|en|au mois d|au mois de) (?P<month>[a-z]+))[.!]?$", _A)


# An age with the marital status after it ("29, married", "29 ans, marié"): the age; the status is the next
# question's and is asked there (round 17 of typed answers)
_AGE_THEN_STATUS = re.compile(r"^(?P<age>\d{1,3})\s*(?:ans|years?(?: old)?|yrs?|yo)?\s*[,;-]?\s*(?:and |et )?"
                              r"(?:i m |im |i am |je suis )?(?:single|married|marie|mariee|celibataire|divorced|"
                              r"divorcee?|widowed|veuf|veuve|common law|separated|separee?|en couple)[.!]?$", _A)


def age_with_status(text: str) -> str | None:
    """The age of "29, married" ("29 years"), or None."""
    said = " ".join(re.sub(r"[^a-z0-9,;-]+", " ", fold(text).replace("'", " "), flags=_A).split())
    found = _AGE_THEN_STATUS.match(said)
    return f"{found['age']} years" if found else None


def age_before_birthday(text: str) -> str | None:
    """The age now ("34 years") when the next one is said after it ("34, turning 35 in march") or alone with a
    birthday to come within the year ("turning 30 next month": 29), or None."""
    said = " ".join(fold(text).replace("'", " ").replace("\u2019", " ").split())
    found = _AGE_THEN_NEXT.match(said)
    if found:
        return f"{found['age']} years" if int(found["next"]) == int(found["age"]) + 1 else None
    alone = _NEXT_AGE_ONLY.match(said)
    lead = re.match(r"(?:i m |im |i am |i ll be |ill be |i will be |je vais avoir |j aurai |jaurai |turning |"
                    r"going to be |gonna be )", said, _A)
    if alone is None or lead is None or (alone["month"] is not None and alone["month"] not in _MONTHS_OF):
        return None  # "30 next month" alone: the age now or the next one? Asked, as before
    return f"{int(alone['next']) - 1} years" if int(alone["next"]) > 1 else None


# -- a change typed where no question waits ----------------------------------------------------------------------
# At a result, "actually I started in 2023", "the end date is wrong", "en fait c'était 20 heures": the person means
# to change an answer, and the result's notice must say nothing was changed and how to change it.
_CHANGE_WORDS = frozenset({"actually", "wait", "sorry", "wrong", "mistake", "mistaken", "change", "changed",
                           "correct", "correction", "fix", "update", "meant", "mean", "instead", "typo",
                           "incorrect", "not", "erreur", "trompe", "trompee", "changer", "modifier", "corriger",
                           "rectifier", "voulais", "plutot", "pas", "faux", "fausse", "inexact", "inexacte",
                           # an answer named again under a result ("celpip", "married now", "i have a masters"):
                           # where to change it is said, not "no question is waiting" alone (session 22)
                           "ielts", "celpip", "pte", "tef", "tcf", "clb", "nclc", "married", "marie", "mariee",
                           "single", "celibataire", "divorced", "divorce", "divorcee", "widowed", "common",
                           "bachelor", "bachelors", "master", "masters", "maitrise", "phd", "doctorat", "diploma",
                           "diplome", "degree", "eca", "ede", "wes", "pgwp", "lmia", "nomination", "pnp"})


def sounds_like_a_change(text: str) -> bool:
    """Whether text typed at a result reads as an answer given again or corrected: a figure (a date, hours, a
    score), a word of correction, or "en fait"."""
    words = [w.strip(".,") for w in _words(text)]
    return any(any(ch.isdigit() for ch in w) or w in _CHANGE_WORDS for w in words) or "en fait" in " ".join(words)


# -- a correction of the answer just given ----------------------------------------------------------------
# "wait, I meant 2023", "no it's 35 not 40", "non c'est 35h pas 40", "je voulais dire mars": the value meant, said
# right after the answer it corrects. Read before the yes/no reader, which would take the leading "no" of "no it's
# 35 not 40" for the answer to the question now asked (an hours slip stored as unpaid work).
_SLIP = (r"(?:(?:wait|sorry|oops|oups|no|non|nan|nope|actually|attends|attend|pardon|desole|desolee|en fait|oh|ah|"
         r"euh|hmm|my bad)\b[\s,.!:;-]*)*")
_MEANT = re.compile(rf"^{_SLIP}(?:i meant|i mean|i meant to say|meant|je voulais dire|je veux dire|jvoulais dire|"
                    r"make that|correction|it should be|should be|ca devrait etre|ca aurait du etre)[\s,:]+"
                    r"(?P<value>.+?)[\s.!]*$", _A)
# "X not Y" with numbers on both sides ("35h pas 40", "2023 not 2022"): the old value is named, the new one kept
_NOT = re.compile(rf"^{_SLIP}(?:it s|its|it is|c est|cest|ca fait|c etait|that s|thats)?\s*"
                  r"(?P<value>\S.*?)[\s,]+(?:not|pas|et non|non pas|and not|instead of|au lieu de)\s+"
                  r"\S*[0-9]\S*[\s.!]*$", _A)


# "wait i started june 10 2024 not 2025", "j'ai commencé le 10 juin 2024 pas 2025", "i left in march 2025 not
# 2024": a correction that names which of the job's dates it changes (read on the value correction() returns,
# folded). The date alone is what the question named is given again; which question that is, is the conversation's
# to find.
_NAMED_DATE = re.compile(r"^(?:(?:i|j ai|je|jai|it|the job|le travail|the|my|mon|ma|job|emploi)\s+)*"
                         r"(?:(?P<start>started|start date (?:is|was)|start date|start (?:is|was)|began|begun|"
                         r"commence|debute|"
                         r"ai commence|ai debute|date de debut (?:est|etait|c est)?)|"
                         r"(?P<end>ended|end date (?:is|was)|end date|left|quit|finished|stopped|termine|fini|"
                         r"quitte|arrete|ai termine|ai fini|ai quitte|date de fin (?:est|etait|c est)?))"
                         r"\s+(?:on|in|le|en|au|the|since|depuis)?\s*(?P<value>\S.*\d.*)$", _A)


def names_job_date(fix: str) -> tuple[str, str] | None:
    """("job_start" or "job_end", the date typed) when a correction's value names which of the job's dates it
    changes ("i started june 10 2024" -> ("job_start", "june 10 2024")), else None."""
    found = _NAMED_DATE.match(" ".join(fold(fix).replace("'", " ").replace("\u2019", " ").split()))
    if found is None:
        return None
    return ("job_start" if found.group("start") else "job_end"), found.group("value").strip(" ,.")


def correction(text: str) -> str | None:
    """The value of a correction typed in words ("wait, I meant 2023" -> "2023"), or None when the text is not one.

    What it corrects (the question now asked, or the answer just given) is the conversation's to decide.
    """
    said = " ".join(fold(text).replace("\u2019", "'").replace("'", " ").split())
    found = _MEANT.match(said) or _NOT.match(said)
    if found is None or (found.re is _NOT and not any(ch.isdigit() for ch in found.group("value"))):
        return None
    return found.group("value").strip(" ,.")


def date_after_slip(text: str, question_id: str) -> str | None:
    """The date typed after a slip said as such, for the date question `question_id` ("no wait i started in 2022"
    to the start, "no wait it was july 2025" to any date), or None (a date named for another of the job's
    questions, "no wait i left in 2025" to the start, is not this question's)."""
    said = " ".join(fold(text).replace("\u2019", "'").replace("'", " ").split())
    if (waited := _WAIT_THEN.match(said)) is None:
        return None
    value = waited["value"].strip(" ,.")
    if (named := names_job_date(value)) is not None:  # "no wait i started in 2022": the job's start, given again
        return named[1] if named[0] == question_id else None
    was = _IT_WAS.match(value)  # "no wait it was july 2025", "non attends c'était en juillet 2025"
    return was["value"].strip(" ,.") if was is not None else None


# An answer, then a marital status told in passing ("yes and btw i'm married now", "mars 2023, et au fait je suis
# mariée maintenant"): round 19 of typed answers found each refused. The answer is read; the status is told back,
# never stored here (the marital question asks it, or /summary changes it).
_STATUS_OF = {"married": "married", "marie": "married", "mariee": "married", "common law": "common_law",
              "common law partners": "common_law", "conjoint de fait": "common_law",
              "conjointe de fait": "common_law", "conjoints de fait": "common_law", "single": "single",
              "celibataire": "single", "divorced": "divorced", "divorce": "divorced", "divorcee": "divorced",
              "separated": "separated", "separe": "separated", "separee": "separated", "widowed": "widowed",
              "veuf": "widowed", "veuve": "widowed"}
_STATUS_NAMES = "|".join(sorted((re.escape(w) for w in _STATUS_OF), key=len, reverse=True))
_STATUS_ASIDE = re.compile(
    r"^(?P<head>.*?[a-z0-9)])[\s,.;:(-]*(?:(?:oh|and|et|ah|pis)\s+)*"
    r"(?:btw|by the way|au fait|fyi|ps|en passant|d ailleurs)\s*,?\s+"
    r"(?:(?:i m|im|i am|i got|i just got|we got|we just got|we re|were|je suis|jsuis|chu|on est|on s est|"
    r"je me suis)\s+)?(?:(?:now|maintenant|just|recently)\s+)?"
    rf"(?P<status>{_STATUS_NAMES})(?:\s+(?:now|maintenant|since [a-z]+(?: \d{{4}})?|depuis [a-z]+(?: \d{{4}})?|"
    r"lol|haha|recently|recemment|too|aussi))*[\s.!)]*$", _A)


def status_aside(text: str) -> tuple[str, str] | None:
    """(the answer before it, the marital status) when a status is told in passing after an answer with "btw" or
    "au fait" ("no and btw i'm married now" -> ("no", "married")), else None."""
    said = " ".join(fold(text).replace("\u2019", "'").replace("'", " ").split())
    found = _STATUS_ASIDE.match(said)
    return (found["head"], _STATUS_OF[found["status"]]) if found else None


# A slip said as such ("no wait", "non attends", "sorry", "actually"), then what was meant: a job's date named ("i
# started in 2022", "j'ai commencé en 2022") or a date said as "it was" ("it was july 2025", « c'était en juillet
# 2025 »). Round 19 of typed answers: each was refused with the plain format message.
_WAIT_THEN = re.compile(r"^(?:(?:no|non|nan|nope|oh|ah|euh|hmm)\b[\s,.!:;-]*)*"
                        r"(?:wait|attends|attend|sorry|oops|oups|"
                        r"actually|pardon|desole|desolee|en fait|my bad)\b[\s,.!:;-]*" + _SLIP +
                        r"(?P<value>.+?)[\s.!]*$", _A)
_IT_WAS = re.compile(r"^(?:it was|it s|its|c etait|cetait|c est|cest)\s+(?:(?:in|on|en|le|the)\s+)?"
                     r"(?P<value>.*\d.*)$", _A)


# "35 i mean 37.5", "2022 no sorry 2021", "juin 2023 non pardon juillet 2023": an answer and its correction in one
# message, the slip words between them. Both sides hold a number, so the first is the answer now being given (never
# the previous question's): the value after the slip is the one meant.
_IN_PLACE = re.compile(r"^(?P<old>.*?\d.*?)[\s,.!;:-]+"
                       r"(?:(?:no|non|nope|nan|wait|sorry|oops|oups|pardon|actually|attends|attend|desole|desolee|"
                       r"en fait|my bad|i mean|i meant|je veux dire|je voulais dire|euh|heu|uh|um)\b[\s,.!;:-]*)+"
                       r"(?P<value>.*?\d.*?)[\s.!]*$", _A)
# The only words either side may hold: months and units. "40 hours no 2 jobs" or "8 hours a day, no 9" are no
# correction of one value by another, nor is "CE 447 non 450" (a reading score) one of the listening score asked:
# left to the readers that refuse or ask. Each side holds as many numbers ("8 7 7 7 no sorry 8 7 6.5 7").
_IN_PLACE_WORDS = frozenset({*month_words(), "h", "hr", "hrs", "hour", "hours", "heure", "heures", "year", "years",
                             "yr", "yrs", "an", "ans", "annee", "annees", "in", "en", "le", "the", "of", "on",
                             "per", "par", "week", "wk", "semaine", "sem", "er", "st", "nd", "rd", "th"})
_IN_PLACE_NUMBER = re.compile(r"\d+(?:[.,]\d+)?", _A)


# A month alone, then the month meant with its year ("mars... non avril 2024", "aug... sorry sept 2025"): the
# first month is dropped unfinished, so the second, whole, is the answer
_MONTH_IN_PLACE = re.compile(r"^(?P<old>[a-z]+)\.?[\s,.!;:-]+"
                             r"(?:(?:no|non|nope|nan|wait|sorry|oops|oups|pardon|actually|attends|attend|desole|"
                             r"desolee|en fait|my bad|i mean|i meant|je veux dire|je voulais dire)\b[\s,.!;:-]*)+"
                             r"(?P<value>(?P<month>[a-z]+)\.?\s+(?:\d{1,2}\s+)?\d{4})[\s.!]*$", _A)


# A month and its year, then the month meant without its year ("june 2025 actually may", "juin 2025 non en fait
# mai", "june 2025 no sorry july"): the year said once is the second month's too
_MONTH_YEAR_IN_PLACE = re.compile(r"^(?P<old>[a-z]+)\.?\s+(?P<year>\d{4})[\s,.!;:-]+"
                                  r"(?:(?:no|non|nope|nan|wait|sorry|oops|oups|pardon|actually|attends|attend|desole|"
                                  r"desolee|en fait|my bad|i mean|i meant|je veux dire|je voulais dire|euh|plutot|"
                                  r"it was|c etait)\b[\s,.!;:-]*)+(?:in |en )?(?P<month>[a-z]+)\.?[\s.!]*$", _A)


def corrected_in_place(text: str, date: bool = False) -> str | None:
    """The value meant when an answer is corrected within the message that gives it ("30 no 35" -> "35"), or
    None. The words of the value are kept as typed (accents, decimal commas) for the parser that reads them. A
    `date` left unfinished before its correction ("june 14 no wait june 21 2025", « 14 juin non 21 juin 2025 »:
    fewer numbers before the slip than after) is the date after it, whole."""
    said = " ".join(fold(text).replace("\u2019", "'").split())
    months = _MONTH_IN_PLACE.match(said)
    if months and months["old"] in month_words() and months["month"] in month_words():
        return months["value"]
    later = _MONTH_YEAR_IN_PLACE.match(said)
    if later and later["old"] in month_words() and later["month"] in month_words() \
            and month_words()[later["old"]] != month_words()[later["month"]]:
        return f"{later['month']} {later['year']}"
    found = _IN_PLACE.match(said)
    if found is None:
        return None
    words = re.findall(r"[a-z]+", found["old"] + " " + found["value"], _A)
    before, after = (len(_IN_PLACE_NUMBER.findall(found[side])) for side in ("old", "value"))
    if any(word not in _IN_PLACE_WORDS for word in words) or (before != after and not (date and before < after)):
        return None  # "2022 no 2021 or 2020": still two readings; "40 hours no 2 jobs": two things said
    return found["value"].strip(" ,.")


# -- the partner's test "same as mine" ---------------------------------------------------------------------
# "same as mine", "same day as me", "pareil comme moi", "même date que moi": the person's own test's date or scores
# (which test, and whether there is one only, is the conversation's to say); "we took it together" for the date
_SAME_AS_MINE = re.compile(
    r"^(?:the |la |les )?(?:same|meme|memes|pareil|pareille|pareils|pareilles|identique|identiques)"
    r"(?: (?:day|date|scores?|results?|marks?|bands?|jour|resultats?|notes?))?"
    r"(?: (?:as|que|comme|qu) (?:me|mine|i did|my (?:test|exam|scores?|results?|date)|moi|les miens|le mien|"
    r"la mienne|mes resultats|mes notes|mon test|mon examen))?(?: (?:lol|haha|mdr))?$", _A)
_TOOK_IT_TOGETHER = re.compile(
    r"^(?:(?:we|on|nous) )?(?:(?:took|wrote|did|gave|passed|sat) (?:it|the test|the exam|our test) |"
    r"(?:a|avons|l a|l avons) (?:passe|fait|ecrit) (?:le test|l examen|le meme test|notre test)? ?)?"
    r"(?:together|ensemble|the same day|le meme jour)$", _A)


def same_as_mine(text: str, date: bool) -> bool:
    """Whether a partner's test date (`date`) or scores are said to be the person's own: "same as mine", "pareil
    comme moi", and for the date "we took it together", "on a passé le test ensemble"."""
    said = " ".join(re.sub(r"[^a-z]+", " ", fold(text).replace("'", " ").replace("\u2019", " "), flags=_A).split())
    return bool(_SAME_AS_MINE.match(said)) or (date and bool(_TOOK_IT_TOGETHER.match(said)))


# -- yes and no at the start of a sentence -----------------------------------------------------------------
_LEADING_YES = frozenset({"yes", "yeah", "yep", "yup", "oui", "ouais", "yes.", "sure", "absolutely", "definitely",
                          "certainly", "of", "bien", "exactly", "correct", "right", "si", "ouep", "ouaip", "ouip",
                          "ouai", "yea", "oue", "wi", "haan"})
# "nan" is the everyday French "no" ("nan c'est tout"); as a word of its own it is never "nanny" (a job title)
_LEADING_NO = frozenset({"no", "nope", "nop", "non", "nah", "never", "jamais", "pas", "nan", "nn"})
# A yes or a no typed with a letter held down: "ouiii", "yesss", "nooon" (only these words, once each letter)
_STRETCHED = frozenset({"yes", "oui", "no", "non", "nan", "yeah", "yep", "nope", "ouais", "ouep", "ouaip"})
# Spoken fillers before a yes or a no: "bah non", "ben oui", "eh oui", "well no"
_FILLERS = frozenset({"ben", "bah", "beh", "bin", "eh", "well"})
_DOUBT = re.compile(r"\b(?:idea|sure|know|knew|remember|sais|sait|savais|"
                    # "sur" is "sure" (pas sûr) or the French "on" ("oui sur la paye"): before an article, no doubt
                    r"sur(?! (?:la|le|les|l|un|une|des|mon|ma|mes|son|sa|ses|leur|leurs|place)\b)|"
                    r"certain|certaine|maybe|perhaps|"
                    r"peut etre|possibly|think|pense|crois|clue|unsure|partly|part of|partie|until|jusqu|except|"
                    r"sauf|but not|mais pas|depends|depend|sometimes|parfois|"
                    # a question back ("nn pk ?", "no, why?"): the answer may change once it is explained
                    r"why|pourquoi|pk|pq|idk|jsp|dunno)\b", _A)
# "not really" / "pas vraiment" is not among them: a hedge ("not really paid", "not really an employee") is asked
# again, never stored as a plain no.
_ALONE = {"nah": "no", "nope": "no", "never": "no", "jamais": "no", "not yet": "no", "pas encore": "no",
          "ouais": "yes", "yup": "yes", "yeah": "yes", "yep": "yes",
          "sure": "yes", "bien sur": "yes", "of course": "yes", "absolutely": "yes", "definitely": "yes",
          "certainly": "yes", "exactly": "yes", "correct": "yes",
          # French as typed in Quebec and elsewhere: "pantoute" is "not at all"
          "pantoute": "no", "pas pantoute": "no", "pas du tout": "no", "ben non": "no", "ben oui": "yes",
          "c est ca": "yes", "exact": "yes", "exactement": "yes", "tout a fait": "yes", "absolument": "yes",
          "en effet": "yes", "evidemment": "yes", "oui bien sur": "yes",
          # "nan" is "non" as it is said; "ouep", "ouaip" are "ouais"
          "nan": "no", "ouep": "yes", "ouaip": "yes", "ouip": "yes", "ouai": "yes",
          # as typed by SMS: "nn" is "non", "oué" is "ouais", "yea" is "yeah", "ofc" is "of course"
          "nn": "no", "nop": "no", "oue": "yes", "yea": "yes", "ofc": "yes",
          # "wi" is "oui" as typed in West Africa and elsewhere; "ya" alone is a yes (at the start of a French
          # sentence it is "il y a": "ya pas eu de paie" stays asked again)
          "wi": "yes", "ya": "yes", "yah": "yes",
          # "haan" is the yes of Hindi and Urdu, as typed in English by many ("haan ji" once "ji" is dropped)
          "haan": "yes", "haanji": "yes",
          # Quebec French as typed: "oé" is "ouais", "nenon" is "non non", "mets-en" is "you bet"; "ui" is "oui" as
          # typed by SMS ("ouin" is left out: often a reluctant "yeah...", asked again as the French audit decided)
          "oe": "yes", "nenon": "no", "mets en": "yes", "ui": "yes",
          # session 20, typed by hand: "ye" (a letter short), "c'est sûr" and "certain" as Quebec says "for sure"
          "ye": "yes", "c est sur": "yes", "certain": "yes", "certainement": "yes", "for sure": "yes",
          # two noes said as one ("nenon pas pantoute": "no, not at all")
          "non pas pantoute": "no", "nenon pas pantoute": "no", "nenon pantoute": "no",
          # French review 15: « mais oui » ("of course"), « mais non », and "ms" for "mais" by SMS
          "mais oui": "yes", "ms oui": "yes", "mais non": "no", "ms non": "no"}
# The plain word once a filler is gone ("bah non") or a held letter ("ouiii"), or an emoji ("yes 👍"); typed as it
# is, the strict parser reads it
_PLAIN = {"yes": "yes", "oui": "yes", "no": "no", "non": "no"}
# Emoji beside a yes or a no ("no 🙅‍♂️", "yes 👍", "oui ✅"): read with it when they say the same or nothing of the
# answer ("nope 😂"); a sign of the other answer ("yes 👎") or of doubt ("yes 🤔", "oui 🤷") asks again. An emoji
# alone ("👍") is no answer typed: asked again, as before. A sweat-smile after a plain yes or no ("yes 😅",
# "non 😅") is embarrassment, not doubt (round 20): read with it; a doubt typed in words beside it ("yes i
# think 😅") is still a doubt, read from its words.
_SIGNS_OF = {"yes": frozenset("👍✅✔☑👌🙆💯🆗"), "no": frozenset("👎❌✖🙅🚫⛔❎")}
_DOUBT_SIGNS = frozenset("🤔🤷😕😬❓❔🙃🤨😐😶🫤🥴")


def _signs(text: str) -> tuple[str, frozenset[str]]:
    """The text without its emoji (pictographs, their skin tones, joiners and variation selectors), and the
    emoji."""
    kept, signs = [], set()
    for ch in text:
        if unicodedata.category(ch) in ("So", "Sk") or ch in ("\u200d", "\ufe0f"):
            signs.add(ch)
        else:
            kept.append(ch)
    return "".join(kept), frozenset(signs)


def without_signs(text: str) -> str | None:
    """The words of a doubt typed with an emoji ("idk 🤷", "aucune idée 🤷‍♀️", "not sure 🤔"), without it, or None
    when no emoji is there or one says yes or no ("idk 👍": which is meant is asked again)."""
    unsigned, signs = _signs(text)
    if not signs or signs & (_SIGNS_OF["yes"] | _SIGNS_OF["no"]) or not unsigned.strip():
        return None
    return unsigned
# Answers plain to one question only: "that's all" to "another job?", "still" to "do you still work there?",
# "unpaid internship" to "were you paid?". Typed to any other question they are refused as before.
_THAT_IS_ALL = {"c est tout": "no", "c tout": "no", "that s all": "no", "thats all": "no", "that s it": "no",
                "thats it": "no"}
_ALONE_FOR: dict[str, dict[str, str]] = {
    "job_more": _THAT_IS_ALL, "test_more": _THAT_IS_ALL,
    # the French question says "toujours" itself ("Occupez-vous toujours l'emploi 1 ?"); "toujours pas" is not here
    "job_ongoing": {"not anymore": "no", "not any more": "no", "no longer": "no", "plus maintenant": "no",
                    "pu maintenant": "no", "plus la": "no", "toujours": "yes", "toujours en poste": "yes",
                    "j y suis toujours": "yes", "j y suis encore": "yes", "j y travaille encore": "yes",
                    "je suis encore la": "yes", "chu encore la": "yes", "encore la": "yes",
                    "j y travaille toujours": "yes", "toujours oui": "yes", "oui toujours": "yes",
                    "still": "yes", "still there": "yes", "still working": "yes",
                    "still working there": "yes", "still do": "yes", "i still do": "yes", "still employed": "yes",
                    "still employed yes": "yes", "still employed there": "yes", "still am": "yes",
                    "i still am": "yes", "pu la": "no", "pu maintenant la": "no",
                    # "ya still" ("ya" leads no yes of its own: in French it is "il y a"), "currently yes"
                    "ya still": "yes", "ya still there": "yes", "ya still working": "yes", "currently yes": "yes",
                    "yes currently": "yes", "currently": "yes", "currently working": "yes",
                    "currently working there": "yes",
                    # "chu" (je suis), "pu" (plus) as spoken in Quebec, the "ne" dropped: "j'y travaille pu" is
                    # "no longer", never "more"; "là" typed without its accent
                    **{w: "yes" for w in ("chu toujours la", "je suis toujours la", "je travaille encore la",
                                          "je travaille toujours la", "je travaille encore",
                                          "je travaille toujours", "j y travaille encore la")},
                    **{w: "no" for w in ("chu pu la", "chu plus la", "je suis pu la", "je suis plus la",
                                         "j y travaille pu", "j y travaille plus", "j y suis pu", "j y suis plus",
                                         "je travaille pu la", "je travaille plus la")},
                    # leaving said alone: the job is over
                    **{w: "no" for w in ("laid off", "got laid off", "i got laid off", "i was laid off", "i quit",
                                         "i left", "got fired", "i got fired", "j ai quitte", "jai quitte",
                                         "j ai demissionne", "jai demissionne", "chu parti", "chu partie",
                                         "je suis parti", "je suis partie", "j ai ete mis a pied",
                                         "j ai ete mise a pied")}},
    # a part-time student is not a full-time one (RULES.md 1: only work while a full-time student does not count)
    "job_student": {**{w: "no" for w in ("part time student", "part time", "i was a part time student",
                                      "i was part time", "student part time", "etudiant a temps partiel",
                                      "etudiante a temps partiel", "a temps partiel", "temps partiel",
                                      "j etais a temps partiel", "j etais etudiant a temps partiel",
                                      "j etais etudiante a temps partiel", "etudiant temps partiel",
                                      "etudiante temps partiel",
                                      # part time at school, in Quebec words ("aux études", "à l'école")
                                      "j etais a temps partiel a l ecole", "a temps partiel a l ecole",
                                      "temps partiel a l ecole", "j etais a l ecole a temps partiel",
                                      "a l ecole a temps partiel", "aux etudes a temps partiel",
                                      "j etais aux etudes a temps partiel", "etudes a temps partiel",
                                      # not a student at all
                                      "not a student", "i wasn t a student", "wasn t a student",
                                      "i was not a student", "pas etudiant", "pas etudiante", "chu pas etudiant",
                                      "chu pas etudiante", "je suis pas etudiant", "je suis pas etudiante",
                                      "j etais pas etudiant", "j etais pas etudiante", "jetais pas etudiant",
                                      "jetais pas etudiante",
                                      # part-time studies named (session 19's probes)
                                      "i was doing my masters part time", "masters part time",
                                      "part time masters", "part time studies", "studying part time",
                                      "i was studying part time", "j etudiais a temps partiel",
                                      # studies ended before the job began
                                      "i graduated before starting", "i had graduated", "already graduated",
                                      "i had already graduated", "graduated before", "graduated before that",
                                      "i finished school before", "done with school", "j avais fini mes etudes",
                                      "j avais deja fini mes etudes", "deja diplome", "deja diplomee",
                                      "j etais deja diplome", "j etais deja diplomee")},
                    # a co-op term is part of full-time studies (RULES.md 1: co-op terms do not count)
                    **{w: "yes" for w in ("co op", "coop", "a co op", "it was a co op", "co op placement",
                                          "co op term", "co op job", "co op work term", "a co op placement",
                                          "stage coop", "stage co op", "un stage coop", "stage en coop", "en coop",
                                          "en co op", "c etait un stage coop", "c etait un coop",
                                          "it was my coop job", "it was my co op job", "my co op job",
                                          "my coop job", "it was my co op", "it was my coop", "co op internship",
                                          "coop internship", "coop placement", "coop term", "mon stage coop",
                                          "c etait mon stage coop")}},
    # no brother or sister at all
    "sibling": {w: "no" for w in ("only child", "i m an only child", "im an only child", "i am an only child",
                                  "no siblings", "enfant unique", "je suis enfant unique", "chu enfant unique",
                                  "pas de frere ni soeur", "pas de frere ni de soeur")},
    # the status asked about, said of the partner ("she's PR", "il est citoyen")
    "spouse_citizen": {f"{who} {status}": "yes" for who in ("she s", "he s", "shes", "hes", "she is", "he is",
                                                             "elle est", "il est",
                                                             # the partner named (round 20)
                                                             *(f"{partner} {verb}" for partner in (
                                                                 "my wife", "my husband", "my partner",
                                                                 "my spouse", "ma femme", "mon mari",
                                                                 "ma blonde", "mon chum", "ma conjointe",
                                                                 "mon conjoint", "mon epoux", "mon epouse")
                                                               for verb in ("is", "s", "est")))
                       for status in ("pr", "a pr", "a citizen", "citizen", "a canadian citizen", "canadian",
                                      "rp", "resident permanent", "residente permanente", "citoyen", "citoyenne",
                                      "canadien", "canadienne", "citoyen canadien", "citoyenne canadienne")},
    "job_paid": {"stage non paye": "no", "stage non remunere": "no", "un stage non paye": "no",
                 "un stage non remunere": "no", "non paye": "no", "non remunere": "no", "unpaid": "no",
                 "unpaid internship": "no", "an unpaid internship": "no", "benevole": "no", "benevolat": "no",
                 "volunteer": "no", "volunteering": "no",
                 # how the pay came: wages or commission, as the question says
                 **{w: "yes" for w in ("commission", "commission only", "only commission", "on commission",
                                       "straight commission", "a commission", "a la commission", "salary",
                                       "salaried", "hourly", "paid hourly", "salaire", "a l heure",
                                       "paye a l heure", "payee a l heure",
                                       # commission in French word orders; cash or "au noir" is still pay (the
                                       # question asks whether, not how: its conditions are the next questions')
                                       "a la commission seulement", "commission seulement",
                                       "seulement a la commission", "juste a la commission", "cash", "cash job",
                                       "a cash job", "paid cash", "paid in cash", "in cash", "cash only",
                                       "paid under the table", "under the table", "paye au noir",
                                       "payee au noir", "au noir", "en cash", "paye en cash", "payee en cash",
                                       "en especes", "paye en especes", "payee en especes",
                                       # without "en", as typed on a phone (leftovers 8)
                                       "paye cash", "payee cash", "paye comptant", "payee comptant", "comptant",
                                       # a tax slip names pay: T4 (wages), T4A and 1099 (fees)
                                       "t4", "t4a", "1099", "got a t4", "got a t4a", "got a 1099")}},
}
# The question's own words negated, alone: "not paid", "not an employee", "not full time" (to the full-time student
# question: a part-time student, RULES.md 1) are its no; the other side negated ("not self employed") is its yes.
# "not Quebec" stays asked again (tests/e2e/test_quebec_audit_chat.py): the place decides the verdict (RULES.md 8).
# A no "but soon" (a job, a certificate, a nomination still to come) is a no today; never to a question
# about a plan or a partner's coming, where "soon" would turn it.
_SOON = {w: "no" for w in ("no but soon", "not yet but soon", "no not yet but soon", "non mais bientot",
                           "pas encore mais bientot", "non pas encore mais bientot")}
_NEGATED: dict[str, dict[str, str]] = {
    "job_paid": {w: "no" for w in ("not paid", "wasn t paid", "was not paid", "pas paye", "pas payee",
                                   "pas remunere", "pas remuneree")},
    "job_authorized": {w: "no" for w in ("not authorized", "not authorised", "pas autorise", "pas autorisee")},
    "job_employee": {**{w: "no" for w in ("not an employee", "not employee", "pas employe", "pas employee",
                                          "pas salarie", "pas salariee")},
                     **{w: "yes" for w in ("not self employed", "not a contractor", "not contractor",
                                           "pas travailleur autonome", "pas travailleuse autonome",
                                           "pas autonome", "pas a mon compte")}},
    "job_student": {w: "no" for w in ("not full time", "not a full time student", "not full time student",
                                      "pas a temps plein", "pas temps plein", "pas etudiant a temps plein",
                                      "pas etudiante a temps plein")},
    "canadian_work": _SOON, "certificate": _SOON, "nomination": _SOON,
}
for _question, _said in _NEGATED.items():
    _ALONE_FOR[_question] = {**_ALONE_FOR.get(_question, {}), **_said}
# "j'ai pas", "j'en ai pas" (Quebec and spoken French drop the "ne"): "I have none", a plain no to the questions
# that ask "Avez-vous ...?" (a job in Canada, a certificate, a nomination, a sibling, another result) or offer to
# add another; never to a question about a fact said otherwise ("Étiez-vous payé(e) ?")
_HAVE_NONE = {w: "no" for w in ("j ai pas", "jai pas", "j en ai pas", "jen ai pas", "j en ai aucun",
                                "j en ai aucune", "non j ai pas", "nan j ai pas", "non j en ai pas")}
_NO_OTHER = {w: "no" for w in ("j en ai pas d autre", "jen ai pas d autre", "j en ai pas d autres",
                               "pas d autre", "pas d autres", "aucun autre", "aucune autre", "non pas d autre",
                               "non aucun autre", "non aucune autre", "j ai pas d autre job",
                               "j ai pas d autre emploi", "j ai pas d autre test", "j ai pas d autre resultat")}
for _question in ("canadian_work", "certificate", "nomination", "sibling"):
    _ALONE_FOR[_question] = {**_ALONE_FOR.get(_question, {}), **_HAVE_NONE}
for _question in ("job_more", "test_more"):
    _ALONE_FOR[_question] = {**_ALONE_FOR.get(_question, {}), **_HAVE_NONE, **_NO_OTHER}
# an open work permit named ("open" alone is not read): any work for any employer was allowed (_SAID_IN_WORDS)
_ALONE_FOR["job_authorized"].update({f"{lead}{permit}": "yes" for lead in (
    "", "an ", "had an ", "on an ", "i had an ", "i was on an ", "with an ", "un ", "j avais un ", "avec un ",
    "sous un ")
    for permit in ("open work permit", "open permit", "permis de travail ouvert", "permis ouvert")})
# "none" to "Do you have a certificate of qualification ...?" or "... a provincial nomination?": none held, a no
# (walkthrough round 14: Emma's "none" got "Please answer yes or no")
for _held in ("certificate", "nomination"):
    _ALONE_FOR.setdefault(_held, {}).update({w: "no" for w in ("none", "nothing", "aucun", "aucune", "rien")})
# « pas de désignation » without its « non » (French review 15: refused, while « non pas de desig » was read)
_ALONE_FOR["nomination"].update({f"{lead} {what}": "no" for lead in ("pas de", "aucune")
                                 for what in ("designation", "nomination", "designation provinciale")})
# "i am working there till date", "yes still continuing", "je suis toujours en poste": the job goes on, said in
# words (no negation, no end, no other time than now)
_NOW = r"(?:till date|to date|till now|until now|up to now|upto now|up till now|as of now|as of today|now|" \
       r"currently|still|presently|jusqu a present|jusqu a maintenant|a ce jour|encore|toujours|actuellement)"
_STILL_WORKING = re.compile(
    r"^(?:(?:yes|yeah|yep|oui|ouais|haan) )?(?:(?:i am|i m|im|i|je suis|j y suis|j y|je|j) )?"
    rf"(?:{_NOW} )?(?:working|work|employed|continuing|continue|travaille|en poste|la)"
    r"(?: (?:there|here|with them|in the same company|with the same company|la|la bas|ici|chez eux))?"
    rf"(?: {_NOW})?$", _A)


# "still there till march", "oui jusqu'en mars", "yes until the end of my contract": the job goes on with a set
# end said without its day (a month alone, or the contract's end). Refused with "yes or no", the person tapped
# "Yes" and lost the end; stored as a yes, the same. Asked again for that end (err.ongoing_until), as "yes until
# march 2027" is (flows/conversation.py). A month alone with no yes nor "still" ("till march") may be a past one.
_MONTH_NAMES = "|".join(sorted((re.escape(m) for m in month_words() if len(m) > 2), key=len, reverse=True))
_GOES_ON_UNTIL = re.compile(
    r"^(?:(?P<yes>yes|yeah|yep|yup|oui|ouais) )?(?:(?:i am|i m|im|i|je suis|j y suis|je|j) )?"
    r"(?P<still>still|toujours|encore)? ?(?:there|working|employed|working there|la|en poste|dedans)? ?"
    r"(?:(?:but |mais )?(?:till|until|untill|til|jusqu a|jusqu en|jusqu au|jusqu a la)|"
    # "yes but leaving in march", « oui mais je pars en mars »: a set end said as the person's own leaving
    r"(?P<leaving>(?:but |mais )?(?:(?:i m|im|i am|je) )?(?:leaving|quitting|moving on|pars|quitte)"
    r"(?: (?:in|en|on|le|at|a))?))\s+"
    rf"(?:(?:the )?(?:end of )?(?P<month>{_MONTH_NAMES})|"
    r"(?:the )?end of (?:the |my )?(?:contract|permit|pgwp|work permit)|"
    r"my (?:contract|permit|pgwp|work permit) (?:ends|expires|runs out)|"
    r"(?:la )?fin (?:de mon|du|de mon|de la) (?:contrat|permis|ptpd|permis de travail)|"
    r"(?:ce que )?mon (?:contrat|permis|ptpd) (?:finisse|expire|se termine))$", _A)
# "not anymore, switched jobs", "plus maintenant, j'ai changé d'emploi": the job is over
_NO_LONGER = re.compile(r"^(?:(?:no|non|nope) )?(?:not anymore|no longer|no more|plus maintenant)"
                        r"(?: (?:i |j ai |i ve )?(?:switched|changed|change) (?:jobs?|employers?|companies|"
                        r"company|d emploi|d employeur|de job))?$", _A)
# "employee not self employed", "salarié pas autonome": the employee said, and the other denied
_EMPLOYEE_NOT_SELF = re.compile(
    r"^(?:(?:i was |j etais )?(?:an |a |un |une )?(?:employee|employe|salarie|salariee|on payroll|sur la paie)) "
    r"(?:not|pas|non|and not|et pas|never) (?:a |an |un |une )?(?:self employed|autonome|travailleur autonome|"
    r"travailleuse autonome|contractor|freelance|freelancer|independant|independante|a mon compte)$", _A)


def set_end_unsaid(text: str) -> bool:
    """Whether `text` to "do you still work there?" says the job goes on until a set end not given as a day
    (_GOES_ON_UNTIL)."""
    words = " ".join(w for w in (w.strip(".,!") for w in _words(text)) if w)
    until = _GOES_ON_UNTIL.match(words)
    return until is not None and bool(until["yes"] or until["still"] or until["leaving"] or not until["month"])


# "contract ended", "mon contrat est fini", "i quit last week", "j'ai démissionné le mois passé": the job is over,
# said in words with no yes or no (a past time only after it; anything else, "but", a month, leaves it asked)
_PAST = r"(?:last (?:week|month|year|friday|monday)|yesterday|hier|" \
        r"(?:\d{1,2}|a|one|two|three|few) (?:days?|weeks?|months?|years?) ago|" \
        r"il y a (?:\d{1,2}|un|une|deux|trois|quelques) (?:jours?|semaines?|mois|ans?)|" \
        r"(?:le|la|l) (?:mois|semaine|an|annee) (?:passee?|derniere?))"
_ENDED = re.compile(
    r"^(?:(?:i|j ai|jai|je|my|mon|ma|the|le|la|it|its|it s|c est|cest|c|ce|this|that) )*"
    r"(?:(?:contract|contrat|job|emploi|poste|travail|work) )?(?:(?:has|had|is|was|est|a|s|got|been|ete|already|"
    r"deja|just) )*(?:quit|left|resigned|ended|finished|over|terminated|fired|laid off|let go|demissionne|"
    r"demissionnee|quitte|fini|finie|termine|terminee|licencie|licenciee|mis a pied|mise a pied|vire|viree)"
    # « c'est fini depuis juin », "over since march": "since" puts the month in the past (a month alone does not:
    # « c'est fini en juin » may be said of a job that ends then)
    rf"(?: (?:in |on )?{_PAST}|"
    rf" (?:since|depuis) (?:le )?(?:\d{{1,2}} |1er )?(?:{_MONTH_NAMES})(?: \d{{4}})?|"
    # why it ended ("left for a better job", « j'ai quitté pour un autre emploi »), never a break ("left for 2
    # weeks of vacation": a job that goes on)
    r" (?:for|because|bc|cause|coz|cuz|due to|pour|parce que|parce qu|a cause)"
    r"(?! .*\b(?:vacations?|vacances|holidays?|trip|voyage|break|pause|leave|conge|maternity|maternite|parental|"
    r"sick|malad\w*|days?|weeks?|months?|jours?|semaines?|mois|but|mais|back|came|revenu\w*|again|encore|then|"
    r"puis|rehired|recalled|returned|retourne\w*)\b) [a-z ]+)?$", _A)


# "my husband is coming with me", "mon épouse m'accompagne": the partner comes, said in words (no negation, no
# time)
_COMES_ALONG = re.compile(
    r"^(?:(?:yes|oui|yeah|ouais) )?(?:(?:my|mon|ma) (?:husband|wife|spouse|partner|mari|femme|epouse|epoux|"
    r"conjoint|conjointe|blonde|chum|gf|bf|girlfriend|boyfriend)|she|he|elle|il) "
    r"(?:is coming|s coming|ll come|ll be coming|will come|will be coming|comes|is joining|s joining|will join|"
    r"m accompagne|m accompagnera|va m accompagner|vient|va venir|viendra)"
    r"(?: (?:with me|along|too|also|me|avec moi|aussi))*$", _A)

# "she'll join me once i get pr", "il va me rejoindre après ma RP", "she's already here with me", "she's coming in
# march": the partner comes (joining after the person's PR is what coming along means), with no doubt, condition or
# negation in the rest
_PARTNER_SUBJECT = r"(?:(?:my|mon|ma) (?:husband|wife|spouse|partner|mari|femme|epouse|epoux|conjoint|" \
                   r"conjointe)|she|he|elle|il)"
_JOINS = re.compile(
    rf"^(?:(?:yes|oui|yeah|ouais) )?{_PARTNER_SUBJECT} (?:"
    r"(?:ll|will|is going to|s going to|is gonna|s gonna) (?:join|be joining) me|is joining me|s joining me|"
    r"va me rejoindre|me rejoindra|va venir me rejoindre|viendra me rejoindre)"
    r"(?: (?:once|when|after|as soon as|apres|quand|des que|une fois que|lorsque) (?P<when>[a-z0-9 ]+))?$|"
    rf"^(?:(?:yes|oui|yeah|ouais) )?{_PARTNER_SUBJECT} (?:s|is|est) (?:already|deja) "
    r"(?:here|ici|la|in canada|au canada) (?:with me|avec moi)$|"
    rf"^(?:(?:yes|oui|yeah|ouais) )?{_PARTNER_SUBJECT} (?:s coming|is coming|will come|arrives|arrive|vient|"
    rf"viendra|va venir|va arriver|arrivera) (?:in|en) (?:{_MONTH_NAMES})(?: \d{{4}})?$", _A)
_JOIN_TURNED = re.compile(r"\b(?:not|pas|no|non|if|si|maybe|peut|might|depend\w*|unless|sauf|or|ou|never|"
                          r"jamais)\b", _A)


_NOT_YET = re.compile(r"(?:(?:no|non|nope|nah) )?(?:not yet|pas encore|not right away|pas tout de suite|"
                      r"not now|pas maintenant)", _A)
# "she is not coming", "il ne viendra pas": the partner does not come, said in words (no time: "not yet", "not
# now", "later" are not a no)
_STAYS_BEHIND = re.compile(
    r"^(?:(?:no|non|nope|nah) )?(?:(?:my|mon|ma) (?:husband|wife|spouse|partner|mari|femme|epouse|epoux|"
    r"conjoint|conjointe)|she|he|elle|il) (?:(?:is not coming|isn t coming|s not coming|won t come|will not come|"
    r"won t be coming|will not be coming|ne vient pas|ne viendra pas|ne m accompagne pas|ne m accompagnera pas|"
    r"ne va pas venir|ne va pas m accompagner)(?: (?:with me|along|to canada|au canada|avec moi))*|"
    # staying, only where: "she stays here" may be in Canada already, with the person
    r"(?:is staying|will stay|stays|reste|restera) (?:back home|au pays))$", _A)


# "another job?" answered with the count: "no, just the one" is a plain no (the "just" limits nothing), "1 more"
# or "yes, one more" a plain yes.
_LOOPS = ("job_more", "test_more")
_ONLY_ONE = re.compile(r"^(?:no|non|nope|nah|nan|nn) (?:only|just|juste|seulement|que|qu) "
                       r"(?:the |that |this |l |un |une |le |la )?(?:one|1|un|une|seul|seule)"
                       r"(?: (?:job|emploi|test|one|here|ici))?$", _A)
# "no that's the only one", "non juste celui là": the one already given, and no other
_ONLY_THAT = re.compile(r"^(?:no|non|nope|nah|nan|nn) (?:(?:that s|thats|it s|its|c est|cest|c) )?"
                        r"(?:the only one|the only 1|only that one|just that one|juste celui la|juste celui ci|"
                        r"seulement celui la|seulement celui ci|juste celle la|juste celle ci|le seul|"
                        r"la seule|(?:just|only|juste|seulement) (?:the |l |le )?(?:ielts|celpip|pte|tef|tcf)"
                        r"(?: (?:general|gt|core|canada))?)$", _A)
# "no that's my only job", "only one job", « c'est mon seul job »: the one given is the only one ("only one" alone
# may be "only one more": not read)
_MY_ONLY = re.compile(r"^(?P<no>(?:no|non|nope|nah|nan|nn) )?(?:(?:that s|thats|it s|its|that was|it was|this is|"
                      r"c est|cest|c etait|c) )?(?:(?:my|the|mon|ma|le|la) )?(?:only one|just one|un seul|"
                      r"une seule|just this|only this|juste ce|seulement ce|only|seul|seule)"
                      r"(?: (?P<what>one|job|jobs|emploi|test|1|job la|emploi la))?(?: (?:job|emploi|test))?$", _A)
# A yes to "another job / another test?" said with how long the other one lasted, or the gap before it ("yes new
# restaurant after 3 months off", "oui, 6 mois chez un autre employeur"): a length of time there limits nothing of
# the yes ("yes for 3 months" to "still there?" does; round 17: it got "Please answer yes or no")
_ANOTHER_ONES_TIME = re.compile(r"\b(?:\d{1,2}|a|one|two|three|four|five|six|few|couple of|un|une|deux|trois|"
                                r"quatre|cinq|quelques)\s+(?:months?|mois|weeks?|semaines?)\b"
                                r"|\b(?:then|puis|ensuite)\b", _A)
_ONE_MORE = re.compile(r"^(?:(?:yes|yeah|yea|yep|yup|oui|ouais) )?(?:(?:one|1|2|two) more|another(?: one)?|"
                       r"one other|encore un|encore une)(?: (?:jobs?|emplois?|tests?))?$", _A)
# "no, only cousins" to a sibling who is a citizen or PR: the relatives named are not siblings, so the "only" does
# not limit the no (a "no, just my brother" still is asked again).
_KIN = r"(?:cousins?|cousines?|uncles?|oncles?|aunts?|tantes?|friends?|amis?|amies?)"
_KIN_ONLY = re.compile(rf"^(?:(?:j ai|i have|i ve got|i ve|only|just|juste|seulement|uniquement|que) )*"
                       rf"(?:(?:des|mes|my|some|a|un|une|quelques) )?{_KIN}"
                       rf"(?: (?:and|et) (?:(?:des|mes|my|some|a|un|une|quelques) )?{_KIN})*$", _A)

# "nope only back home", "nah just visited" to "a paid job in Canada?": the "only" limits the no to work abroad or
# to a visit, neither a paid job in Canada, so the no stands. Never a place the words do not say is outside Canada
# ("no, only in Quebec", "no, only at home" may be work in Canada), nor a kind of work ("no, only part time",
# "non, juste des stages"): those are asked again.
_ONLY_ELSEWHERE = re.compile(
    r"^(?:only|just|juste|seulement|uniquement|que|qu) (?:(?:i )?(?:worked|work|travaille|j ai travaille) )?"
    r"(?:back home|abroad|overseas|outside (?:of )?canada|in my (?:home )?country|a l etranger|dans mon pays|"
    r"hors du canada|in the (?:us|usa|states|united states)|in (?:the )?usa|aux etats unis|aux usa|"
    r"(?:i )?visited(?: (?:canada|here))?(?: (?:once|twice))?|visiting(?: (?:canada|here))?|"
    r"(?:as a |en )?touriste?|(?:on )?(?:a )?visit|en visite|en vacances|on vacation|on holiday|"
    r"(?:volunteer(?:ed|ing)?|(?:du |de )?benevolat|benevole)"
    # where: "only volunteering at my church", "juste du bénévolat à la mosquée"
    r"(?: (?:at|for|with|in|a|au|pour|dans|chez) (?:my|the|a|an|ma|mon|la|le|l|une|un|des) [a-z]+(?: [a-z]+)?)?|"
    r"(?:des |an |a |un )?(?:unpaid internships?|stages? non (?:payes?|remuneres?)|stages? pas payes?))$", _A)
# "worked in the US only", "j'ai travaillé aux États-Unis seulement", "stage non rémunéré": the same, said with
# "only" after it, or an unpaid internship said alone
_ELSEWHERE_ONLY = re.compile(
    r"^(?:i )?(?:worked|work|travaille|j ai travaille) (?:in the (?:us|usa|states|united states)|in (?:the )?usa|"
    r"aux etats unis|aux usa|back home|abroad|overseas|outside (?:of )?canada|in my (?:home )?country|"
    r"a l etranger|dans mon pays|hors du canada) (?:only|seulement|uniquement)$|"
    r"^(?:an |a |un |une )?(?:unpaid internships?|stages? non (?:payes?|remuneres?|remunerees?)|"
    r"stages? pas payes?)$", _A)

# "no, I was only studying", "non j'étais étudiant": studies, which are no paid job, and nothing else
_STUDYING_ONLY = re.compile(
    r"^(?:(?:i was|i am|i m|im|i|j etais|je suis|j etudiais|was) )?(?:(?:only|just|juste|seulement) )?"
    r"(?:studying|a student|student|a full time student|etudiant|etudiante|aux etudes|en etudes|aux etudes)"
    r"(?: (?:only|just|juste|seulement|uniquement))?$", _A)

# "she's indian citizen", "il est citoyen camerounais" to "Is your spouse a Canadian citizen or PR?": a citizenship
# of another country named, and nothing else, is a no. Only a nationality with the word citizen (a nationality
# alone, "French", may be a language; the list is closed: "a new citizen", "a naturalized citizen" are Canadian
# ones), never with Canada, a permanent residence, a second citizenship or a turn anywhere in the answer ("indian
# citizen and PR", "dual citizen", "citoyen français et canadien").
_NATIONALITIES = NATIONALITIES  # flows/places.py: the same list names a school's country
_FOREIGN_CITIZEN = re.compile(
    r"^(?:(?:she s|he s|she is|he is|shes|hes|elle est|il est|she|he|elle|il|my (?:wife|husband|partner|spouse) "
    r"is|ma femme est|mon mari est|mon conjoint est|ma conjointe est) )?(?:(?:a|an|un|une) )?"
    r"(?:only |just |juste |seulement |simply )?"
    rf"(?:(?:{_NATIONALITIES}) (?:citizen|citizenship|national|passport|passport holder)|"
    rf"(?:citoyen|citoyenne|ressortissant|ressortissante) (?:{_NATIONALITIES}))"
    r"(?: (?:only|seulement|uniquement))?$", _A)
_CANADIAN_TOO = re.compile(r"\b(?:canad\w*|pr|rp|permanent\w*|residen\w*|dual|double|deux|two|both|also|aussi|and|"
                           r"et|naturali\w*|new|nouvelle|nouveau|now|maintenant|soon|bientot)\b", _A)


# Maintained (implied) status named in an answer to "were you authorized?" that was not read as a plain yes ("yes,
# on maintained status since my permit expired in august"): asked again with when it counts, not "yes or no".
_MAINTAINED = re.compile(r"\b(?:maintained|implied) status\b|\bstatut (?:maintenu|implicite)\b", _A)
# A different permit applied for beside it ("i applied for an lmia work permit", « une nouvelle demande de permis
# avec EIMT »): RULES.md 1 counts maintained status after applying to extend the same permit, and is silent on a
# different one. Said so, never settled either way (err.authorized_maintained_other).
_OTHER_PERMIT = re.compile(r"\b(?:lmia|eimt|bowp|bridging|(?:new|different|another|other|second|"
                           r"employer specific|closed) (?:work )?permit|(?:nouveau|nouvelle demande de|autre|"
                           r"deuxieme|second) permis|permis (?:different|ferme|de travail ferme|transitoire)|"
                           r"nouvelle demande)\b", _A)


# A refugee (asylum) claim named: "open work permit as a refugee claimant", "demandeur d'asile" (RULES.md 1: work
# without temporary resident status, as a refugee claimant's, does not count)
_REFUGEE_WORDS = r"refugee|refugees|refugie|refugiee|refugies|claimant|asylum|asile"
_REFUGEE_CLAIM = re.compile(rf"\b(?:{_REFUGEE_WORDS})\b", _A)


def names_refugee_claim(text: str) -> bool:
    return _REFUGEE_CLAIM.search(" ".join(fold(text).replace("'", " ").split())) is not None


# A visitor's status named in an answer to "were you authorized?" that was not read as a plain no ("yes, visitor
# record", « oui, j'avais une fiche de visiteur », "tourist visa"): a visitor record or visa is temporary resident
# status without permission to work (RULES.md 1: unauthorized work does not count), so the yes is never taken and
# the refusal says why, not "yes or no"
# An eTA (in French « AVE », autorisation de voyage électronique) lets one travel, not work: « oui avec une AVE »
# was stored as authorized (French review 13); "eta" and "ave" are read only at that question
_ETA = r"etas?|ave|aves|autorisation de voyage electronique|electronic travel authori[sz]ation"
_VISITOR = re.compile(r"\b(?:visitor|visitors|tourist|tourists|visiteur|visiteurs|visiteuse|touriste|"
                      rf"touristes|touristique|{_ETA})\b", _A)


def names_visitor_status(text: str) -> bool:
    return _VISITOR.search(" ".join(fold(text).replace("'", " ").split())) is not None


# A test named with a result not in hand: booked, taken but not out, or expired ("ielts booked", "waiting for
# celpip results", "ielts expired", « tef en attente des résultats »). Refused with the plain "tap a button", a
# person could not tell which to choose; never read as a test (a retake of a result held says the same words).
_TEST_NAMED = re.compile(r"\b(?:ielts|celpip|pte|tef|tcf)\b", _A)
_NOT_IN_HAND = re.compile(r"\b(?:booked|book|booking|scheduled|registered|waiting|wait|pending|in progress|"
                          r"not out|next (?:week|month)|expired|expire|expires|expiring|old|reserve\w*|prevu\w*|"
                          r"inscrit\w*|en attente|attend\w*|en cours|expire\w*|perime\w*|le mois prochain|"
                          r"la semaine prochaine)\b", _A)


_ENGAGED = re.compile(r"\b(?:engaged|fiance\w*|girlfriend|boyfriend|gf|bf|copain|copine|blonde|chum|"
                      r"in a relationship|dating|en couple)\b", _A)


def names_engaged(text: str) -> bool:
    """ "engaged", "fiancée", "have a girlfriend": no marital status of its own (a refusal says what to tap)."""
    return _ENGAGED.search(" ".join(fold(text).replace("'", " ").split())) is not None


def test_not_in_hand(text: str) -> bool:
    said = " ".join(fold(text).replace("'", " ").split())
    return _TEST_NAMED.search(said) is not None and _NOT_IN_HAND.search(said) is not None


# Who pays for minding children, said to "were you an employee?": the parents or the family ("the parents pay me",
# « ce sont les parents qui me paient », "home daycare", « garderie en milieu familial »). Paying for care in one's
# own home is one's own business, a family employing a nanny on a payroll is not: asked with why
# (err.employee_who_pays), never guessed. A payroll or a T4 said beside it is the employee's yes.
_CARE_PAYERS = r"(?:parents?|family|families|famille|familles|moms?|mothers?|mamans?|meres?|the kids parents|" \
               r"les parents)"
_CARE_PAID = re.compile(
    rf"\b{_CARE_PAYERS}\b.*\b(?:pays?|paid|paying|pay me|paie\w*|paye\w*|payent|payaient|payait|remuner\w*)\b|"
    rf"\b(?:paid|pay(?:ed)?|payee?s?|remuneree?) (?:directly |directement |cash |en cash )?(?:by|par) "
    rf"(?:the |les |la )?{_CARE_PAYERS}\b|"
    r"\b(?:home daycare|home day care|dayhome|day home|in home daycare|home child ?care|garderie (?:en )?milieu "
    r"familial|garderie familiale|milieu familial|service de garde en milieu familial|rsg|babysit\w* at (?:my )?"
    r"home|garde (?:des |d )?enfants chez moi)\b", _A)
_CARE_PAYROLL = re.compile(r"\b(?:t4|payroll|pay ?slips?|pay ?stubs?|liste de paie|talons? de paie|"
                           r"bulletins? de paie|fiches? de paie)\b", _A)


def who_pays_child_care(text: str) -> str | None:
    """ "payroll" when a family's payroll or a T4 is said ("the family pays me, i get a T4"), "asked" when the
    parents or a home daycare are said without one ("the parents pay me directly"), None otherwise."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())
    if _CARE_PAID.search(said) is None:
        return None
    return "payroll" if _CARE_PAYROLL.search(said) and not re.search(r"\bt4a\b", said) else "asked"


def names_maintained_status(text: str) -> bool:
    return _MAINTAINED.search(" ".join(fold(text).replace("'", " ").split())) is not None


def maintained_for_another_permit(text: str) -> bool:
    """Maintained status named beside a different permit applied for ("pgwp ended but i applied for an lmia work
    permit, so im on maintained status"): RULES.md 1 does not settle it."""
    said = " ".join(fold(text).replace("'", " ").replace("-", " ").split())
    return names_maintained_status(text) and _OTHER_PERMIT.search(said) is not None \
        and not re.search(r"\b(?:same|meme) permi\w*|\bextend\w*|\bprolong\w*|\brenouvel\w*|\brenew\w*", said, _A)


def foreign_citizen(text: str) -> bool:
    """A spouse's citizenship of another country, and nothing else ("she's indian citizen")."""
    said = " ".join(w for w in (w.strip(".,!") for w in _words(text)) if w)
    return _FOREIGN_CITIZEN.match(said) is not None and _CANADIAN_TOO.search(said) is None


# Words after a yes or a no that limit or turn it: "yes but only at first", "no, only part time", "yes for now",
# "no problem". Such an answer is asked again, never read as the plain yes or no (a "no" to paid work in Canada
# said of part-time work would skip every job).
_QUALIFIED = re.compile(r"\b(?:but|mais|only|just|juste|seulement|uniquement|mostly|surtout|some|half|moitie|"
                        r"partial|partially|at first|first|premier|premiere|debut|then|puis|ensuite|for now|"
                        r"pour l instant|pour le moment|temporar\w*|"
                        r"expired|expir\w*|during|pendant|months?|mois|weeks?|semaines?|problems?|probleme|"
                        r"doubt|doute|worries|might|pourrait|soon|bientot|later|plus tard|"
                        # "yes eventually" was stored as a yes (round 16)
                        r"eventually|eventuellement|"
                        # a hedge that limits the answer: "oui un peu", "yes kinda", "sort of"
                        r"un peu|a bit|a little|kinda|kind of|sort of|somewhat|plus ou moins|more or less)\b", _A)
# How often something comes ("salary every two weeks", "paid each month", "toutes les deux semaines"): no limit
_EVERY = re.compile(r"\b(?:every|each|toutes les|tous les|chaque)(?: (?:two|2|other|deux|\w+))? "
                    r"(?:weeks?|months?|semaines?|mois)\b|\b(?:bi ?weekly|weekly|monthly)\b"
                    # how often pay comes, as said in Quebec: "payée aux 2 semaines", "à la semaine", "au mois"
                    r"|\b(?:aux (?:2|deux|quinze)|a la) (?:semaines?|jours)\b|\bau mois\b", _A)
# Words that turn the answer to one question only: a part-time student is not a full-time one; a cousin, or a
# brother on a work permit, is not a sibling who is a citizen or permanent resident.
_NOT_STATUS = r"permits?|permis|visas?|students?|etudiante?s?|visitors?|visiteurs?|refugee|refugie|claimant|" \
              r"demandeur|demandeuse|pending|en attente|" \
              r"waiting|wait|applied|applying|application|process\w*|pgwp|owp|sowp|lmia|" \
              r"not yet|pas encore|demande|attend\w*"
# What is no certificate of qualification in a trade: "yes, university degree", "yes, forklift licence", "oui,
# diplôme collégial" were stored as one (round 16), "oui ASP construction" (the site safety course a CCQ card
# needs) too (session 20); said after a yes, asked again with what counts (err.yes_not_certificate)
_NOT_A_TRADE = r"degrees?|diplomas?|diplome\w*|college|collegial\w*|university|universit\w*|bachelor\w*|" \
               r"masters?|licen[cs]es?|permis|forklift|chariot|food|smart serve|first aid|premiers soins|cpr|" \
               r"whmis|simdut|security|securite|driving|driver\w*|conduire|asp|sst|cnesst|osha|heights|hauteur|" \
               r"fall protection|safety|sante"
# A status, a certificate or a permission not held yet ("yes, waiting for my exam", "yes, 3rd year apprentice",
# "yes, visitor", "yes, applied for a work permit"): a yes beside them was stored as held; asked again
_NOT_HELD_YET = r"waiting|wait|pending|applied|applying|apply|application|in progress|en cours|en attente|" \
                r"attend\w*|not yet|pas encore|soon|bientot|will|going to|demande\w*"
_MOVING = r"moving|move|moved|demenag\w*|leaving|leave|quitt\w*|partir|pars"
# A place outside Canada said in words after a yes ("yes, back home", "oui, au pays"); a country by its name is
# found by places_named (leading_yes_no)
# A nationality said in full ("indian", "marocaine"; not "us" or "uk", words of their own too)
_NATIONALITY = "|".join(name for name in NATIONALITIES.split("|") if len(name) > 2)
_FROM_ABROAD = r"back home|home country|my country|mon pays|au pays|abroad|overseas|outside (?:of )?canada|" \
               r"hors du canada|a l etranger|etranger|au bled|in the us|in the usa|in the states|aux etats unis"
_TURNS_ANSWER: dict[tuple[str, str], re.Pattern[str]] = {
    (question, answer): re.compile(rf"\b(?:{words})\b", _A) for (question, answer), words in {
        ("job_student", "yes"): r"part time|partiel|partielle|temps partiel",
        ("job_paid", "yes"): r"unpaid|non paye|non payee|non remunere|non remuneree|benevole|volunteer\w*",
        ("job_employee", "yes"): r"self employed|autonome|freelance\w*|contractor|contract|contrat|contractuel|"
                                 r"contractuelle|own business|"
                                 r"independant|independante|propre entreprise|"
                                 # "oui à mon compte" (self-employed), "yes, 1099", "yes, incorporated": the yes
                                 # was stored as an employee's; a platform's driver ("yes uber") too, and whether
                                 # one is self-employed is not in RULES.md: asked again
                                 r"mon compte|son compte|t4a|1099|incorporated|incorpore\w*|corp|corporation|"
                                 r"invoic\w*|factur\w*|uber|lyft|doordash|skip the dishes|instacart|gig",
        ("job_employee", "no"): r"employee|employe|salarie|salariee|payroll|paie|t4|"
                                # "no, not self-employed" denies the other option: asked, not stored as one
                                r"not (?:a |an )?(?:self employed|contractor|freelance\w*|independent)|"
                                r"pas (?:a mon compte|autonome|travailleu\w+ autonome|independante?|"
                                r"contractuel\w*)",
        # "yes, my brother in India", "yes my brother visiting", "yes my sister in law": a brother or sister
        # abroad or visiting, or a sibling-in-law (a brother's wife counts for no one), was stored as a sibling
        # who counts: asked again
        ("sibling", "yes"): r"cousins?|cousines?|uncle|oncle|aunt|tante|friends?|amie?s?|" + _NOT_STATUS + "|"
                            r"visit\w*|tourist\w*|touriste|visiteur\w*|in law|beau frere|belle soeur|"
                            # "yes my brother, studying in canada": on a study permit, or a citizen who studies?
                            r"studying|etudie\w*|"
                            + _FROM_ABROAD,
        # "yes, citizen of india", "oui, citoyenne marocaine": a citizen, of another country; "yes in progress"
        ("spouse_citizen", "yes"): _NOT_STATUS + r"|progress|en cours|" + _NATIONALITY + "|" + _FROM_ABROAD,
        ("certificate", "yes"): _NOT_HELD_YET + r"|apprenti\w*|exams?|examen|writing|studying|training|formation|"
                                # "yes, working on it", "yes but failed the exam": none held yet; "yes, from my
                                # country": the question asks for one issued in Canada (a province, a territory or
                                # a federal body), so a certificate from abroad was stored as one: asked again
                                r"working on|fail\w*|echou\w*|rate|" + _FROM_ABROAD + "|" + _NOT_A_TRADE,
        # a refugee claimant works without temporary resident status (RULES.md 1), and a permanent resident or a
        # citizen holds none either: "yes, refugee claimant", "yes, PR" were stored as authorized (round 16)
        # (walkthrough 11 found the first: "yes, open work permit as a refugee claimant")
        ("job_authorized", "yes"): _NOT_HELD_YET + r"|visitors?|visiteurs?|tourist\w*|touriste|" + _ETA + "|"
                                   + _REFUGEE_WORDS
                                   + r"|pr|rp|permanent\w*|citizen\w*|citoyen\w*",
        ("canadian_work", "yes"): r"volunteer\w*|benevol\w*|unpaid|non paye\w*|non remunere\w*|" + _FROM_ABROAD,
        # "yes, in india", "oui, au Maroc": a job abroad is no other job in Canada (asked again, never a new job)
        ("job_more", "yes"): _FROM_ABROAD,
        # "yes, booked tef", "yes, waiting for results": a test booked or waited for has no result to add yet
        ("test_more", "yes"): r"book\w*|reserv\w*|schedul\w*|prevu\w*|planned|planning|plan|waiting|wait|"
                              r"pending|attend\w*|en attente|not yet|pas encore|soon|bientot|will|going to|next|"
                              r"prochain\w*|tomorrow|demain|later|plus tard|this week|cette semaine",
        # a yes with a place elsewhere in Canada ("yes, Toronto", "oui, Ontario") says both: asked again
        ("quebec", "yes"): _MOVING + "|" + "|".join(ELSEWHERE_IN_CANADA),
        # Quebec selects its workers itself (PEQ, PSTQ through Arrima, a CSQ: RULES.md 8); none of them is a
        # provincial nomination in Express Entry, so "oui PEQ" is asked again, never read as a nomination
        ("nomination", "yes"): r"peq|pstq|csq|arrima|quebec|selection|"
                               # a nomination waited for, applied for or only hoped for is none yet ("yes,
                               # waiting for the nomination" and "yes EOI submitted" were stored as nominated:
                               # 600 points): asked again
                               r"wait\w*|pending|applied|apply\w*|submit\w*|eoi|interest|profile|stream|draw|"
                               r"invit\w*|soon|will|going|hop\w*|plan\w*|expir\w*|en attente|attend\w*|"
                               r"demande\w*|soumis\w*|interet|bientot|espere\w*|expire\w*|"
                               # "yes I'm in the pool", "yes got an ITA", "yes, NOI received", "yes, LMIA", "yes
                               # job offer", "yes AIP endorsement", "yes, in progress", "yes, refused", "oui, j'ai
                               # déposé mon profil": each was stored as a nomination (600 points): asked again
                               r"pool|bassin|ita|noi|notification|lmia|offers?|offre|job|emploi|endors\w*|aip|"
                               r"atlantic|atlantique|progress|en cours|process\w*|refus\w*|rejected|denied|"
                               r"depose\w*|profil|"
                               # "yes, withdrawn", "yes, from my employer", "yes, federal", "yes, express entry",
                               # "yes, CRS 500", "yes, pgwp": no provincial nomination held (round 16)
                               r"withdr\w*|retir\w*|declin\w*|cancel\w*|annul\w*|revoked|revoque\w*|employer\w*|"
                               r"employeur\w*|federal\w*|express entry|entree express|ircc|crs|scg|pgwp|permit|"
                               r"permis",
        ("quebec", "no"): _MOVING,
        # "no still there", "non toujours là": a no to "do you still work there?" that says the job goes on was
        # stored as ended: asked again
        ("job_ongoing", "no"): r"still|toujours|currently|actuellement|presently|en ce moment|right now|"
                               # "no, on leave", "no, contract renewed": the job has not ended (round 16)
                               r"leave|conge|renew\w*|renouvel\w*|rehired|recalled|rappele\w*|extended|"
                               r"prolonge\w*",
        # "no hourly, commission", "non, juste des pourboires": pay of another kind was stored as unpaid (the
        # question counts commission as pay; tips alone are not in RULES.md): asked again (round 16)
        ("job_paid", "no"): r"commission\w*|tips?|pourboires?|piece work|piecework|a la piece|per piece",
        # "no red seal": a province's certificate may be held without the Red Seal (whether the seal is one is not
        # in RULES.md either: round 3): asked, never stored as a no
        ("certificate", "no"): r"red seal|sceau rouge",
        # "no pgwp", "no, PGWP": without a PGWP, or a no beside the permit held? Asked, never stored as a no
        ("job_authorized", "no"): r"pgwp|owp|sowp|bowp|ptpd|open|ouvert|iec|eic|pvt|working holiday|"
                                  r"vacances travail|maintained|implied|maintenu|bridging|transitoire",
    }.items()}


# Words that make a no to "do you still work there?" plain whatever time they give ("no, I quit in May", "nope,
# laid off last month", "non, j'ai démissionné en mars"); a "but" or a "then" after them still asks again.
_PLAIN_WITH = {("job_ongoing", "no"): re.compile(
    r"\b(?:quit|left|resigned|laid off|fired|let go|terminated|ended|finished|over|demissionne\w*|quitte\w*|"
    r"parti|partie|licencie\w*|mis a pied|mise a pied|renvoye\w*|fini|finie|termine\w*|vire|viree)\b", _A)}
_TURNED = re.compile(r"\b(?:but|mais|then|puis|ensuite|back|revenu\w*|again|encore|except|sauf|only|juste|"
                     # "no, contract ended, renewed", "no, on leave": the job goes on (round 16)
                     r"seulement|renew\w*|renouvel\w*|rehired|recalled|rappele\w*|extended|prolonge\w*|"
                     r"leave|conge)\b", _A)


# Answers to one question said in its own words, with no yes or no: each reading is a set of words that names it
# (one at least must be there) and words that only go with them; an answer made of nothing else is that reading.
# Words of both readings, or any other word, leave it unread ("worked for a contractor" is not self-employment).
_SUBJECT = {"i", "im", "i m", "am", "was", "je", "j", "suis", "etais", "chu", "chui", "jsuis", "a", "an", "as"}
_SAID_IN_WORDS: dict[str, tuple[tuple[str, frozenset[str], frozenset[str]], ...]] = {
    "job_employee": (
        ("no", frozenset({"self", "contractor", "subcontractor", "freelance", "freelancer", "freelancing",
                          "autonome", "independent", "independant", "independante", "invoice", "invoices",
                          "invoiced", "incorporated", "compte", "facture", "factures", "facturais",
                          # a contractor's tax slip (T4A, or the American 1099), never an employee's (T4)
                          "t4a", "1099",
                          # a sole proprietor, a freelancer and incorporated in French (gig work is not here:
                          # whether a platform's worker is self-employed is not in RULES.md)
                          "proprietor", "proprietorship", "pigiste", "incorpore", "incorporee"}),
         frozenset({*_SUBJECT, "employed", "paid", "on", "by", "my", "own", "mon", "ma", "propre", "worked",
                    "work", "travaille", "travailleur", "travailleuse", "en", "tant", "que", "business",
                    "entreprise", "no", "non", "nope", "nn", "nah", "sous", "traitant", "contract", "contrat",
                    "sole", "got", "had", "received", "j", "ai", "avais", "eu", "recu", "un", "a", "only", "just",
                    "juste", "seulement", "slip", "slips", "feuillet",
                    # "contractor, I sent them invoices": the invoices sent say who billed whom
                    "sent", "them", "envoyais", "envoyait", "leur"})),
        ("yes", frozenset({"employee", "employe", "salarie", "salariee", "payroll", "t4", "paie"}),
         frozenset({*_SUBJECT, "on", "the", "regular", "full", "time", "sur", "la", "paie", "paye", "with", "a",
                    "yes", "oui", "ouais", "yep", "yeah", "permanent", "permanente", "salaried", "got", "had",
                    "received", "j", "ai", "avais", "eu", "recu", "un",
                    # an agency's employee ("salarié d'une agence de placement"): on the agency's payroll
                    "of", "an", "their", "through", "via", "d", "une", "de", "agency", "agence", "temp",
                    "staffing", "placement",
                    # "par une agence, sur leur paie": the agency's payroll
                    "par", "leur", "sa", "son"})),
    ),
    # an open work permit held (a PGWP is one): any work for any employer was allowed; a permit of no kind said
    # ("work permit", "study permit") has conditions and stays asked (RULES.md 1: work outside them is not allowed)
    "job_authorized": (
        ("yes", frozenset({"pgwp", "owp", "sowp", "bowp", "ptpd"}),
         frozenset({*_SUBJECT, "had", "have", "held", "got", "on", "with", "a", "an", "my", "valid", "work",
                    "permit", "post", "graduation", "spousal", "bridging", "yes", "oui", "yep", "yeah", "j",
                    "avais", "ai", "eu", "un", "permis", "de", "travail", "valide", "diplome", "sous"})),
    ),
    # unpaid said by what it was ("it was an unpaid internship", "du bénévolat"): the hint's own examples
    "job_paid": (
        ("no", frozenset({"unpaid", "volunteer", "volunteering", "volunteered", "benevolat", "benevole"}),
         frozenset({*_SUBJECT, "it", "internship", "intern", "just", "only", "c", "etait", "du", "de", "un", "une",
                    "stage", "stagiaire", "work", "job", "position", "ai", "fait", "faisais", "no", "non", "nope",
                    "nah", "juste", "seulement", "the", "my", "mon", "ma"})),
    ),
    # part-time studies: no full-time student ("part-time only", "non juste le soir à temps partiel")
    "job_student": (
        ("no", frozenset({"part", "partiel", "partielle"}),
         frozenset({*_SUBJECT, "time", "temps", "student", "etudiant", "etudiante", "only", "just", "juste",
                    "seulement", "le", "soir", "evening", "evenings", "night", "nights", "classes", "cours", "de",
                    "no", "non", "nope", "nn", "nah", "en", "at", "la", "studies", "etudes", "studying"})),
        # full-time studies throughout the job: "full time student the whole time", "étudiante à temps plein
        # tout le long" (a full-time student said alone may have been one only for a part of it: asked)
        ("yes", frozenset({"whole", "throughout", "entire", "long"}),
         frozenset({*_SUBJECT, "full", "time", "fulltime", "student", "etudiant", "etudiante", "a", "temps",
                    "plein", "the", "le", "tout", "all", "yes", "oui", "yeah", "ouais", "job", "emploi", "during",
                    "pendant", "durant"})),
    ),
}


def _said_in_words(question_id: str, words: list[str]) -> str | None:
    """The reading of an answer made only of one reading's words (_SAID_IN_WORDS); None otherwise."""
    found = [answer for answer, names, others in _SAID_IN_WORDS.get(question_id, ())
             if names & set(words) and set(words) <= names | others]
    if len(found) != 1 or any(names & set(words) for answer, names, _ in _SAID_IN_WORDS[question_id]
                              if answer != found[0]):
        return None
    return found[0]


# A status applied for is not held yet: "applied for PR, waiting" (the partner's), "applied for OINP, waiting" (a
# nomination). Only the status the question asks about, with nothing else than waiting after it.
_STATUS_APPLIED_FOR = {
    # (citizenship applied for is no "no": only a permanent resident applies for it)
    "spouse_citizen": r"pr|permanent residen\w*|rp|residence permanente|la residence permanente",
    "nomination": r"(?:a |the )?(?:pnp|oinp|bcpnp|bc pnp|aaip|sinp|mpnp|nsnp|nbpnp|nb pnp|nlpnp|ynp|pei pnp|"
                  r"(?:provincial )?nomination|une nomination|la nomination)",
}
# "no not yet but I applied", "applied for OINP, waiting"
_APPLIED = re.compile(r"^(?:(?:no|non|nope|nah|nan)? ?(?:not yet|pas encore)? ?(?:but|mais)? )?"
                      r"(?:(?:i|we|she|he|j|je|elle|il) )?(?:(?:have|has|ai|a|ve) )?(?:already )?"
                      r"(?:(?:just|juste|only|seulement|recently|recemment) )?"  # "j'ai juste appliqué au PNP"
                      r"(?:applied|submitted|postule|postulee|applique|appliquee|fait une demande)"
                      r"(?:(?: (?:for|to|in|de|pour|a|au|d))? (?P<status>.+?))?"
                      r"(?: (?:still )?(?:waiting|pending|in process|in progress|en attente|en cours|"
                      r"j attends))?$", _A)


def _applied_for(question_id: str, words: list[str]) -> bool:
    said = _APPLIED.fullmatch(" ".join(words)) if question_id in _STATUS_APPLIED_FOR else None
    if said is not None and said["status"] is None:  # "no not yet but I applied": for what the question asks
        return question_id == "nomination"
    return said is not None and re.fullmatch(_STATUS_APPLIED_FOR[question_id], said["status"], _A) is not None


# One brother or sister said with a temporary status only ("my sister is here on a work permit", "mon frère est là
# sur un PTPD"): no sibling who is a citizen or permanent resident. Never with a status that counts, a yes or a no,
# a "but" (round 3: "my sister but she's on study permit" is asked again), a number (an age), or more than one
# sibling (another may count).
_ONE_SIBLING = re.compile(r"\b(?:brother|sister|frere|soeur|sibling)\b", _A)
_TEMPORARY = re.compile(r"\b(?:work permit|study permit|permis de travail|permis d etudes|visitor visa|"
                        r"student visa|visa etudiant|refugee claimant|demandeur d asile|demandeuse d asile|"
                        r"pgwp|ptpd)\b", _A)
_SIBLING_STATUS_OR_MORE = re.compile(
    r"\d|\b(?:pr|rp|citizen\w*|citoyen\w*|permanent\w*|canadian|canadien\w*|and|et|but|mais|also|aussi|two|deux|both|"
    r"brothers|sisters|siblings|freres|soeurs|yes|yeah|yep|oui|ouais|no|non|nope|nan|soon|bientot|applied|"
    r"postule\w*|pending|attente|will|va|sera|cousin\w*|uncle|oncle|aunt|tante|friend\w*|ami\w*|wife|husband|"
    r"femme|mari|spouse|conjoint\w*)\b", _A)


def _sibling_without_status(words: list[str]) -> bool:
    said = " ".join(words)
    return len(_ONE_SIBLING.findall(said)) == 1 and _TEMPORARY.search(said) is not None \
        and _SIBLING_STATUS_OR_MORE.search(said) is None


# A permit that allows any work named by its name, alone or after a yes, one after another ("PGWP then maintained
# status"): an open work permit (spousal, bridging, a PGWP, a working holiday: IEC's, France's PVT) or maintained
# status, which the question's hint says counts. Never "IEC" alone (its Young Professionals and co-op permits tie
# the work to one employer) nor any permit with a "but" or a date ("had a PGWP but it expired in June").
_OPEN_PERMIT = (
    r"(?:pgwp|owp|sowp|bowp|ptpd|post graduation work permit|"
    r"(?:(?:spousal|spouse|spouses|spouse s|bridging) )?open (?:work )?permit(?: (?:for|as a) spouse|"
    # the spousal permit said by whose it is ("open work permit through my wife"): still an open permit
    r" (?:through|via|from|thanks to|based on|sponsored by) (?:my )?(?:wife|husband|spouse|partner)(?: s|s)?"
    r"(?: (?:permit|work permit|study permit|job|studies))?)?|"
    r"bridging(?: (?:open )?(?:work )?permit)?|(?:iec |eic )?working holiday(?: (?:visa|permit|work permit))?|"
    r"(?:eic |permis |un )?(?:pvt|vacances travail)|"
    r"permis (?:de travail )?ouvert(?: transitoire)?(?: (?:de|du|pour|via|par|grace a|avec)"
    r"(?: mon| ma| le| la| l)? (?:conjoint|conjointe|epoux|epouse|mari|femme))?|"
    r"permis (?:de travail )?transitoire|"
    r"maintained status|implied status|statut maintenu)")
_PERMIT_LEAD = r"(?:(?:i was|i had|had|on|with|a|an|my|un|une|j avais|j etais|avec|sous|en|sur|le|mon|then) )*"
_PERMITS_THEN = r"(?:then|and|puis|et|ensuite|after that|followed by)"
_AUTHORIZING = re.compile(rf"^(?:(?:yes|yeah|yep|oui|ouais) )?{_PERMIT_LEAD}{_OPEN_PERMIT}"
                          rf"(?: {_PERMITS_THEN} {_PERMIT_LEAD}{_OPEN_PERMIT})*$", _A)
# Some work only ("only part time", "yes but only 6 months", "seulement les fins de semaine") to "a paid job in
# Canada?": still a paid job (the question's hint counts part time), so a yes; the job's questions ask the rest.
_SOME_WORK = re.compile(
    r"^(?:(?:yes|yeah|yep|oui|ouais) )?(?:(?:but |mais )(?:(?:only|just|juste|seulement|mostly|surtout) )?|"
    r"(?:only|just|juste|seulement|mostly|surtout) )"
    r"(?:part time|a temps partiel|temps partiel|on weekends|weekends|the weekends|les fins de semaine|"
    r"les weekends|la fin de semaine|(?:for )?(?:\d{1,2}|a few) (?:months?|weeks?)|"
    r"(?:pendant )?(?:\d{1,2}|quelques) (?:mois|semaines)|"
    # a job held while studying is a paid job still ("yes but only as a student", round 20)
    r"as an? (?:international )?student|while studying|while i was studying|during my studies|"
    r"en tant qu etudiante?|comme etudiante?|pendant mes etudes)(?: (?:jobs?|work|travail))?$", _A)
# A yes with a limit that leaves it whole, to one question (round 20): part-time work is a job, still going, still
# another one, still an employee's; pay in cash or below the minimum is pay. Any other "but" is asked again.
_PART_TIME = r"(?:(?:it was|it s|its|c etait|only|just|juste|seulement|now|maintenant|mostly|surtout) )*" \
             r"(?:part time|a temps partiel|temps partiel|on weekends|weekends|the weekends|les fins de semaine|" \
             r"la fin de semaine)(?: now| maintenant)?"
_HOURS_COUNT = r"(?:\d{1,2}(?:[.,]\d{1,2})?|(?:(?:twenty|thirty|forty|fourty|fifty|vingt|trente|quarante|" \
               r"cinquante)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine|et un|un|deux|trois|quatre|" \
               r"cinq|six|sept|huit|neuf))?|ten|fifteen|twelve|dix|douze|quinze|seize))"
_YES_STILL: dict[str, re.Pattern[str]] = {
    # "yes thirty hrs a week", « oui, trente-cinq heures par semaine »: the hours are the next questions'; the yes
    # is whole (round 20)
    "canadian_work": re.compile(rf"^(?:(?:about|around|like|environ)\s+)?{_HOURS_COUNT}\s*"
                                r"(?:hrs?|hours?|heures?|h)"
                                r"(?:\s*(?:a|per|par|/|each|every|chaque)\s*(?:week|wk|semaine|sem))?$", _A),
    **{q: re.compile(rf"^(?:but|mais) {_PART_TIME}$", _A) for q in ("job_ongoing", "job_more", "job_employee")},
    "job_paid": re.compile(r"^(?:but|mais) (?:(?:only|just|juste|seulement|it was|c etait|paid|paye|payee) )*"
                           r"(?:in cash|cash|en cash|en argent comptant|comptant|below minimum(?: wage)?|"
                           r"under minimum(?: wage)?|less than minimum(?: wage)?|"
                           r"(?:sous|en dessous du|moins que le) salaire minimum)$", _A)}


# A no with the visitor's status held instead ("no, just a visitor record", "non, juste une fiche de visiteur"): a
# visitor is not allowed to work, so the "just" limits nothing; never a study or work permit (their conditions)
_ONLY_VISITOR = re.compile(r"^(?:no|non|nope|nah|nan) (?:(?:just|only|juste|seulement|i had|i was on|i was|"
                           r"j avais|j etais|on|as|en|sur) )*(?:a |an |une |un )?(?:visitor record|visitor visa|"
                           r"tourist visa|visitor|tourist|fiche de visiteur|visa de visiteur|visa de touriste|"
                           r"visiteur|touriste)$", _A)


# Certainty after a yes ("ouais bien sûr", "yes for sure"): not the doubt of "pas sûr" or "not sure"
_CERTAINLY = re.compile(r"(?<!not )(?<!pas )\b(?:bien sur|for sure|of course|pour sur)\b", _A)


# A job offer is no nomination ("no, only a job offer", "LMIA job offer, no PNP"): a no said with it, never the
# offer alone ("I have a job offer": what it means for the question is said, not guessed)
_NOMINATION = r"(?:a |the |my )?(?:[a-z]{2,4} )?(?:pnp|oinp|bcpnp|aaip|sinp|mpnp|nsnp|nomination|provincial " \
              r"nomination|nomination provinciale|une nomination)"
_OFFER = r"(?:(?:i have|i got|got|j ai|only|just|juste|seulement) )*(?:a |an |une |un |my )?(?:lmia |eimt )?" \
         r"(?:lmia|eimt|(?:job )?offer|offre(?: d emploi)?)(?: (?:from|de) (?:my |mon )?(?:employer|employeur))?" \
         r"(?: (?:with|avec) (?:an |a |une |un )?(?:lmia|eimt))?"
# "no but i have a job offer with lmia" (walkthrough round 14): the no, the offer said beside it
_OFFER_NOT_NOMINATION = re.compile(rf"^(?:no|non|nope|nah)(?: but| mais)? {_OFFER}$|"
                                   rf"^{_OFFER} (?:but |mais )?(?:no|non|pas de) {_NOMINATION}$", _A)
# A nomination received, said so ("got my NS nomination last week", "j'ai reçu ma nomination de l'Alberta")
_NOMINATED = re.compile(r"^(?:yes |oui )?(?:i )?(?:got|received|have|j ai recu|j ai eu|j ai) "
                        r"(?:my |a |the |ma |une |la )?(?:[a-z]{2,4} )?(?:provincial )?(?:pnp )?nomination"
                        r"(?: (?:from|de|du|d) (?:l |la |le )?[a-z]+(?: [a-z]+)?)?"
                        r"(?: (?:last|this) (?:week|month|year)| (?:la semaine|le mois) derniere?|"
                        r" recently)?$", _A)
# A brother or sister said with a status that counts, in Canada ("my brother lives in Toronto, he's a citizen",
# "ma sœur est résidente permanente à Montréal"); a place outside Canada, or any other word, leaves it unread
_SIBLING_HOLDS = re.compile(
    r"^(?:(?:yes|oui|yeah) )?(?:my|ma|mon) (?:older |younger |big |little |grande |petite |grand |petit )?"
    r"(?:brother|sister|frere|soeur)(?: (?:lives|is|habite|vit|est) (?:in|a|au|en) place)?"
    r"(?: (?:he|she|il|elle))? (?:s|is|est) (?:a |an |une |un )?"
    r"(?:canadian citizen|citizen|pr|permanent resident|citoyen canadien|citoyenne canadienne|citoyen|citoyenne|"
    r"resident permanent|residente permanente|rp)(?: (?:in|a|au|en) place)?$", _A)


# The partner's status said of them ("she's a PR since last year", "he is a permanent resident"): Canadian by
# the question's own words; a citizen of no country named stays asked ("she's a citizen" may be of another)
# The partner by any name (round 20: "mon chum", "ma blonde", "mon conjoint", "my partner", "my gf")
_PARTNER_WHO = r"(?:she|he|elle|il|(?:my|ma|mon) (?:wife|husband|partner|spouse|hubby|gf|bf|girlfriend|" \
               r"boyfriend|femme|mari|epouse|epoux|conjointe?|blonde|chum|copine|copain|partenaire))"
# Permanent residence waited for by the partner, nothing else said ("she is waiting for her PR", « elle attend sa
# RP », "he applied for PR"): not held yet, a no
_PR_AWAITED = re.compile(
    r"^(?:(?:no|non|nope|not yet|pas encore) )?" + _PARTNER_WHO + r"(?: s| is)? (?:still )?"
    r"(?:waiting for|waits for|is waiting for|applied for|has applied for|attend|attend toujours|attend encore|"
    r"a demande|a applique pour|a fait sa demande de|a fait une demande de) "
    r"(?:her |his |sa |son |la |le |une |a )?(?:pr|rp|permanent residence|residence permanente)"
    # still waited for, said after it (round 21): « elle a demandé la RP, en attente », "applied for pr, waiting"
    r"(?: (?:en attente|toujours en attente|encore en attente|waiting|still waiting|pending|still pending))?$", _A)
_PARTNER_HOLDS = re.compile(
    r"^(?:(?:yes|oui|yeah) )?" + _PARTNER_WHO + r"(?: s| is| est| became| has become| est devenue?)? "
    r"(?:a |an |une |un |already |deja )?(?:pr|permanent resident|canadian citizen|rp|resident permanent|"
    r"residente permanente|citoyen canadien|citoyenne canadienne|canadian|canadien|canadienne|"
    # the status's two words with their genders mixed, as typed (round 21): « elle est resident permanente »
    r"resident permanente|residente permanent)"
    r"(?: (?:since|depuis) (?:last year|l an dernier|l annee derniere|\d{4}|\d{1,2} (?:years?|ans))|"
    r" (?:last year|l an dernier|l annee derniere|(?:in|en) \d{4}))?$", _A)
# The same status said as held ("she has her PR", "elle a sa résidence permanente", "a l'a sa résidence
# permanente": « a » is « elle » as said in Quebec, « l'a » the status named twice)
_PARTNER_HAS = re.compile(
    r"^(?:(?:yes|oui|yeah) )?(?:" + _PARTNER_WHO + r"|a) (?:has|got|a|l a|la) (?:her|his|sa|son|la) (?:pr|"
    r"permanent residence|rp|"
    r"residence permanente|canadian citizenship|citoyennete canadienne)"
    r"(?: (?:since|depuis) (?:last year|l an dernier|l annee derniere|\d{4}|\d{1,2} (?:years?|ans)))?$", _A)


def _sibling_holds(text: str) -> bool:
    parts = places_named(text.replace("\u0153", "oe").replace("\u0152", "Oe"))  # "sœur" whole, not "s ur"
    if any(part.kind not in ("", CANADA) for part in parts):
        return False
    said = " ".join("place" if part.kind == CANADA else re.sub(r"[^a-z0-9 ]+", " ", part.text) for part in parts)
    return _SIBLING_HOLDS.fullmatch(" ".join(said.split())) is not None


# A brother or sister said with an age ("oui ma sœur a 16 ans", "my sister, she's 16 and a citizen", "my brother
# (15 yo) is a PR"): RULES.md 3 counts a sibling in Canada only at 18 or older, so a yes beside an age under 18 is
# no yes (it was stored as one: 15 points); it is asked again with why (err.sibling_under_18)
_SIBLING_AGES = (
    re.compile(r"\b(\d{1,2}) ?(?:years? old|yrs? old|yr old|y o|yo|ans)\b(?<!depuis \d ans)(?<!depuis \d\d ans)"),
    re.compile(r"\b(?:is|s|shes|hes|aged|age|agee|est|only|just|seulement) (\d{1,2})"
               r"(?= and| but| so| et| mais|$)"),
)


def sibling_under_18(text: str) -> int | None:
    """The age under 18 said of a brother or sister ("ma sœur a 16 ans": 16); None when none is said."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("\u0153", "oe"), flags=_A).split())
    for pattern in _SIBLING_AGES:
        for found in pattern.finditer(said):
            if int(found[1]) < 18:
                return int(found[1])
    return None


# Relatives who are not a brother or sister (RULES.md 3: "a brother or sister in Canada ... (the principal's or the
# accompanying spouse's)"): a cousin, an uncle or aunt, a niece or nephew, a parent, a child, a friend
_NOT_A_SIBLING = re.compile(r"\b(?:cousins?|cousines?|uncles?|aunts?|aunties?|auntie|nieces?|nephews?|neveux?|"
                            r"oncles?|tantes?|moms?|mums?|mother|mothers|dads?|father|fathers|parents?|meres?|peres?|"
                            r"mama|maman|papa|grand ?(?:parents?|mothers?|fathers?|mas?|pas?|meres?|peres?)|"
                            r"grandma|grandpa|sons?|daughters?|fils|filles?|kids?|children|child|enfants?|"
                            r"friends?|ami|amie|amis|amies|relatives?|family|famille)\b", _A)
# A brother- or sister-in-law: the partner's own brother or sister counts (when the partner comes along), the
# husband or wife of one's own does not
_IN_LAW = re.compile(r"\b(?:brothers? in law|sisters? in law|beaux? freres?|belles? soeurs?)\b", _A)
_SIBLING_NAMED = re.compile(r"\b(?:brothers?|sisters?|siblings?|freres?|soeurs?|frangine?s?|bro|sis)\b", _A)
# A half- or step-brother or sister: RULES.md 3 says "a brother or sister" and is silent on them (leftovers 7)
_HALF_OR_STEP = re.compile(r"\b(?:half|step|demi|quasi)\s?(?:brothers?|sisters?|siblings?|bros?|sis|freres?|"
                           r"soeurs?)\b", _A)


def relative_not_sibling(text: str) -> str | None:
    """Why a relative named to the sibling question is not taken: "relative" for a cousin, an uncle, a parent
    ("my cousin is in toronto", "mon cousin à montréal"), "in_law" for a brother- or sister-in-law (counts only as
    the accompanying partner's own brother or sister), "half_step" for a half- or step-brother or sister (RULES.md
    3 does not settle it: said so); None when a brother or sister is named too ("my brother and my cousin") or no
    relative is."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("\u0153", "oe"), flags=_A).split())
    if re.search(r"\b(?:only child|enfant unique|fils unique|fille unique)\b", said, _A):
        return None  # "only child": no brother or sister, read elsewhere
    if _HALF_OR_STEP.search(said) and not _SIBLING_NAMED.search(_HALF_OR_STEP.sub(" ", said)):
        return "half_step"  # "yes my stepbrother", "oui mon demi-frère": never counted nor refused plainly
    if _IN_LAW.search(said):
        return "in_law" if not _SIBLING_NAMED.search(_IN_LAW.sub(" ", said)) else None
    if _NOT_A_SIBLING.search(said) and not _SIBLING_NAMED.search(said):
        return "relative"
    return None


# A brother or sister said with their status, without a yes or no ("my sis is pr", "sister is a canadian citizen",
# "mon frère est là mais en permis de travail"): a citizen or PR is a yes, a temporary status a no (RULES.md 3)
_SIBLING_HOLDS = re.compile(r"\b(?:pr|rp|permanent residents?|residente?s? permanente?s?|citizens?|"
                            r"canadian citizens?|"
                            r"citoyens?|citoyennes?|citoyennete|canadiens?|canadiennes?|canadian)\b", _A)
_SIBLING_TEMPORARY = re.compile(r"\b(?:permits?|permis|pgwp|owp|sowp|pvt|iec|visas?|visitor|visiteure?|students?|"
                                r"etudiante?s?|working holiday|refugee|refugiee?|asylum|asile)\b", _A)
_SIBLING_PENDING = re.compile(r"\b(?:waiting|wait|applied|applying|application|pending|process\w*|attend|attente|"
                              r"demande|en cours|soon|bientot|not yet|pas encore)\b", _A)
_SIBLING_DENIED = re.compile(r"\b(?:not|no|non|pas|isn t|isnt|aren t|never|jamais|neither|ni|nor)\b", _A)
_SPOUSES_SIBLING = re.compile(r"\b(?:wife s|husband s|spouse s|partner s|wifes|husbands|spouses|partners|"
                              r"(?:frere|soeur) de (?:ma|mon) "
                              r"(?:femme|mari|epouse|epoux|conjointe?|partenaire))\b", _A)


# The partner's own brother or sister named as such ("my wife's brother", « le frère de ma femme »): RULES.md 3
# counts it only when the partner comes along
_PARTNER_SIBLING = re.compile(r"\b(?:(?:wife s|husband s|spouse s|partner s|wifes|husbands|spouses|partners) "
                              r"(?:brothers?|sisters?|siblings?)|"
                              r"(?:freres?|soeurs?) de (?:ma|mon) "
                              r"(?:femme|mari|epouse|epoux|conjointe?|partenaire|blonde|chum))\b", _A)


def partner_sibling_only(text: str) -> bool:
    """Whether a yes to the sibling question names only the partner's brother or sister ("oui le frère de ma femme
    est résident permanent", "yes my husband's sister is a citizen"), none of the person's own."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("\u0153", "oe"), flags=_A).split())
    return _PARTNER_SIBLING.search(said) is not None \
        and _SIBLING_NAMED.search(_PARTNER_SIBLING.sub(" ", said)) is None


def sibling_status(text: str, spouse_counts: bool) -> bool | str | None:
    """A brother or sister named with a status and no yes or no: True for a citizen or PR ("my sis is pr", "my
    wife's brother is PR" while the partner counts), "temporary" for a temporary status ("mon frère mais il a un
    permis d'études": told why, and asked again, as round 8 decided), "pending" for PR waited for ("my brother is
    waiting for PR"); None otherwise (no status, a denial, an age, a half- or step-sibling, a partner's sibling
    while the partner does not count, one abroad), left to the other readings."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("\u0153", "oe"), flags=_A).split())
    if not _SIBLING_NAMED.search(said) or _IN_LAW.search(said) or re.search(r"\b(?:half|step|demi)", said, _A) \
            or re.match(r"(?:yes|oui|no|non|nope|nah|yeah|yep|ouais)\b", said, _A):
        return None
    if (_SPOUSES_SIBLING.search(said) and not spouse_counts) or _abroad_place(said) \
            or re.search(r"\b(?:the us|the usa|the states)\b", said, _A):
        return None  # a partner's sibling that cannot count, or one abroad ("my sister is a citizen, in the US")
    holds = _SIBLING_HOLDS.search(said) is not None
    if _SIBLING_TEMPORARY.search(said):  # "my brother is PR, my sister on a work permit": a yes, left to ask
        return None if holds else "temporary"
    if not holds:
        return None
    if _SIBLING_PENDING.search(said):
        return "pending"
    return None if _SIBLING_DENIED.search(said) else True


def leading_yes_no(text: str, question_id: str = "") -> str | None:
    """"yes, PGWP" is "yes"; "no, self employed" is "no"; "oui, j'habite à Montréal" is "oui". None when the
    first word is not yes or no, or when the rest doubts, limits or turns it ("no idea", "yes until 2023", "no,
    only part time", and for `question_id`'s question "yes, cousin" to a sibling who is a citizen)."""
    if question_id == "quebec":  # "yes, ON": the province named by its abbreviation
        text = provinces_spelled(text)
    unsigned, signs = _signs(text)
    if signs:  # "no 🙅‍♂️", "yes 👍": the words read without the emoji, then checked against them
        said = [_unstretched(w) for w in (w.strip(".,!") for w in _words(unsigned)) if w]
        answer = _PLAIN.get(" ".join(said)) or leading_yes_no(unsigned, question_id)
        other = "no" if answer == "yes" else "yes"
        return answer if answer and not signs & (_DOUBT_SIGNS | _SIGNS_OF[other]) else None
    typed = [w for w in (w.strip(".,!") for w in _words(text)) if w]
    words = [_unstretched(w) for w in typed]
    if question_id == "spouse_accompanying" and _NOT_YET.fullmatch(" ".join(words)):
        return None  # "not yet" to "will your partner come?": later, or not at all (two readings, asked again)
    # "cash?", "maintained status?", "co-op?": a question back about the words, never their answer
    asks_back = text.rstrip().endswith(("?", "\uff1f")) and len(words) > 0
    if " ".join(words) in (alone := _ALONE_FOR.get(question_id, {})) and not asks_back:
        return alone[" ".join(words)]
    if not asks_back and (in_words := _said_in_words(question_id, words)) is not None:
        return in_words
    if question_id == "sibling" and sibling_under_18(text) is not None:
        return None  # "oui ma sœur a 16 ans": a sibling under 18 does not count (RULES.md 3), asked again with why
    if question_id == "job_authorized" and not asks_back and _AUTHORIZING.match(" ".join(words)):
        return "yes"  # "IEC working holiday", "PGWP then maintained status"
    if question_id == "job_authorized" and not asks_back and _ONLY_VISITOR.match(" ".join(words)):
        return "no"  # "no, just a visitor record"
    if question_id == "canadian_work" and not asks_back and _SOME_WORK.match(" ".join(words)):
        return "yes"  # "yes but only 6 months", "only weekends"
    if _applied_for(question_id, words):  # "applied for OINP, waiting": not nominated yet
        return "no"
    if question_id == "sibling" and _sibling_without_status(words):  # "my sister is here on a work permit"
        return "no"
    if question_id == "sibling" and not asks_back and words[-1:] in (["only"], ["seulement"]) \
            and _KIN_ONLY.match(" ".join(words[:-1])):
        return "no"  # "cousin only": other kin than a brother or sister, as "only cousins" is
    if question_id == "spouse_citizen" and not asks_back and (_PARTNER_HOLDS.match(" ".join(words))
                                                              or _PARTNER_HAS.match(" ".join(words))):
        return "yes"  # "she's a PR since last year"
    if question_id == "spouse_citizen" and not asks_back and _PR_AWAITED.match(" ".join(words)):
        return "no"  # « elle attend sa RP », "he's waiting for his PR": not a permanent resident yet (round 20)
    if question_id == "sibling" and not asks_back and _sibling_holds(text):
        return "yes"  # "my brother lives in Toronto, he's a citizen"
    if question_id == "nomination" and not asks_back and _OFFER_NOT_NOMINATION.match(" ".join(words)):
        return "no"  # "no, only a job offer"
    if question_id == "nomination" and not asks_back and _NOMINATED.match(" ".join(words)):
        return "yes"  # "got my NS nomination last week"
    if question_id == "job_ongoing" and _STILL_WORKING.match(" ".join(words)):
        return "yes"
    if question_id == "job_ongoing" and not asks_back and (_ENDED.match(" ".join(words))
                                                           or _NO_LONGER.match(" ".join(words))):
        return "no"  # "contract ended", "i quit last week", "not anymore, switched jobs"
    if question_id == "job_employee" and not asks_back and _EMPLOYEE_NOT_SELF.match(" ".join(words)):
        return "yes"  # "employee not self employed"
    if question_id == "spouse_accompanying" and _COMES_ALONG.match(" ".join(words)):
        return "yes"
    if question_id == "spouse_accompanying" and not asks_back and (joins := _JOINS.match(" ".join(words))) \
            and not _JOIN_TURNED.search(joins["when"] or ""):
        return "yes"  # "she'll join me once i get pr", "she's already here with me"
    if question_id == "spouse_accompanying" and _STAYS_BEHIND.match(" ".join(words)):
        return "no"
    only = _MY_ONLY.match(" ".join(words))
    if question_id in _LOOPS and (_ONLY_ONE.match(" ".join(words)) or _ONLY_THAT.match(" ".join(words)) or (
            only is not None and (only["no"] or only["what"] not in (None, "one", "1")))):
        return "no"
    if question_id in _LOOPS and len(words) >= 2 and _ONE_MORE.match(" ".join(words)):
        return "yes"
    if len(words) >= 2 and words[0] in _FILLERS and words[1] in _LEADING_YES | _LEADING_NO:
        words = words[1:]  # "bah non", "ben oui c'était payé"
    if len(words) >= 3 and words[:2] in (["not", "yet"], ["pas", "encore"]) \
            and not re.search(r"\bdecid\w*", " ".join(words[2:]), _A):  # "not yet decided" is no answer yet
        words = ["no", *words[2:]]  # "not yet, applied for PR": a no, then why (the rest is checked as any no's)
    if " ".join(words) in _ALONE:
        return _ALONE[" ".join(words)]
    if len(words) == 1 and words != typed and words[0] in _PLAIN:
        return _PLAIN[words[0]]
    if len(words) < 2:
        return None
    first, rest = words[0], " ".join(words[1:])
    if first in ("of", "bien") and not rest.startswith(("course", "sur", "entendu")):
        return None
    if first in _LEADING_YES and re.match(r"(?:course )?(?:not|pas)\b", rest, _A):
        # "absolutely not", "definitely not", "of course not": the yes word negated is a no, nothing after it
        return "no" if first not in ("yes", "oui") and rest in ("not", "course not", "pas", "not at all") else None
    answer = "yes" if first in _LEADING_YES else "no" if first in _LEADING_NO else None
    if question_id == "sibling" and answer == "no" and first in ("no", "non", "nan") and _KIN_ONLY.match(rest):
        return answer
    if question_id == "canadian_work" and answer == "no" and first not in ("pas", "never", "jamais") \
            and _ONLY_ELSEWHERE.match(rest):
        return answer
    if question_id == "canadian_work" and answer == "no" and first not in ("pas", "never", "jamais") \
            and _STUDYING_ONLY.match(rest):
        return answer  # "no sir i was studying only": studies are no paid job
    if question_id == "canadian_work" and answer is None and (_ONLY_ELSEWHERE.match(" ".join(words))
                                                             or _ELSEWHERE_ONLY.match(" ".join(words))):
        return "no"  # "only volunteering", "just visited": the no said by what it was
    if answer is None or first in ("pas", "never", "jamais") or _DOUBT.search(_CERTAINLY.sub(" ", rest)):
        return None
    if (plain := _PLAIN_WITH.get((question_id, answer))) is not None and plain.search(rest) \
            and not _TURNED.search(rest):
        return answer  # "nope, laid off last month": a time that says when it ended, not a limit on the no
    if answer == "yes" and question_id in _YES_STILL and _YES_STILL[question_id].match(rest):
        return answer  # "yes but part time" to "still there?": the job goes on, part time
    if _QUALIFIED.search(_EVERY.sub(" ", rest if answer == "no" or question_id not in _LOOPS
                                    else _ANOTHER_ONES_TIME.sub(" ", rest))):  # "every two weeks": how often
        return None
    if (turns := _TURNS_ANSWER.get((question_id, answer))) is not None and turns.search(rest):
        return None
    if question_id == "spouse_citizen" and answer == "no" and _partner_status_in(rest):
        return None
    if answer == "yes" and question_id in _IN_CANADA_ONLY and _abroad_place(rest):
        return None  # "yes, in india", "oui, au Maroc", "yes, my brother in India": the place turns the yes
    if question_id == "spouse_citizen" and answer == "yes" and _ONLY_HERE.search(rest) \
            and not _STATUS_SAID.search(rest):
        return None  # "yes she's in canada": where the partner is, not their status
    if other_subject(question_id, rest, answer) is not None:
        return None  # "yes work permit LMIA" to the full-time student question: another question's answer
    other = r"\b(?:no|non|nope|nan|nah)\b" if answer == "yes" else r"\b(?:yes|oui|yeah|yep|yup|ouais|ouep|ouaip)\b"
    if re.search(other, rest, _A):  # "yes and no", "no I mean yes": asked again, not guessed
        return None
    return answer


# Questions about Canada only (a job, a certificate issued there, a sibling or a partner's status there): a yes
# with a country abroad named after it was stored as held in Canada
_ONLY_HERE = re.compile(r"\b(?:in canada|au canada|here|ici|with me|avec moi|already|deja)\b", _A)
_STATUS_SAID = re.compile(r"\b(?:pr|rp|citizen\w*|citoyen\w*|permanent\w*|residen\w*|canadian|canadien\w*)\b", _A)
_IN_CANADA_ONLY = ("canadian_work", "job_more", "certificate", "sibling", "spouse_citizen")
_HELD_QUESTIONS = ("certificate", "nomination", "sibling", "spouse_citizen", "job_authorized")
_NOT_HELD_SAID = re.compile(rf"\b(?:{_NOT_HELD_YET}|eoi|interest|interet|apprenti\w*|exams?|examen)\b", _A)


def yes_not_held_yet(text: str, question_id: str) -> bool:
    """A yes said with what is only applied for, waited for or worked towards ("yes, waiting for PR", "yes, 3rd
    year apprentice", "yes EOI submitted"), to a question about what is held: asked again with why."""
    words = [_unstretched(w) for w in (w.strip(".,!") for w in _words(text)) if w]
    return question_id in _HELD_QUESTIONS and len(words) > 1 and words[0] in _LEADING_YES \
        and _NOT_HELD_SAID.search(" ".join(words[1:])) is not None


# "no she is PR" to "a citizen or permanent resident?": a status said after the no, and not denied ("no, he is not
# canadian", "not yet PR", "no, applied for PR", "no, filipino citizen"), was stored as neither: asked again
_PARTNER_STATUS = re.compile(r"(?<=\S )(?<!\bnot )(?<!\bnot a )(?<!\bnot an )(?<!\bpas )(?<!\bno )(?<!\bt )"
                             r"(?<!\bt a )(?<!\bnon )(?<!\bni )(?<!\bnor )(?<!\bnor a )(?<!\bor )(?<!\bneither )"
                             r"(?<!\bfor )(?<!\bfor a )(?<!\bfor her )(?<!\bfor his )(?<!\bde )(?<!\bsa )(?<!\bd )"
                             r"\b(?:pr|permanent resident|resident permanent|residente permanente|rp|citizen|"
                             r"citizenship|citoyen|citoyenne|citoyennete|canadian|canadien|canadienne)\b", _A)
_FOREIGN_CITIZENSHIP = re.compile(rf"\b(?:(?:{_NATIONALITIES}) (?:citizen|citizenship|national)|"
                                  rf"(?:citoyen|citoyenne) (?:{_NATIONALITIES}))\b", _A)


_STATUS_PENDING = re.compile(r"\b(?:process\w*|pending|waiting|wait|applied|applying|application|en cours|"
                             r"en attente|attend\w*|demande\w*|soon|bientot)\b", _A)


def _partner_status_in(said: str) -> bool:
    """A status said and not denied, nor only waited for ("not yet, her PR is in process" is a no)."""
    return _PARTNER_STATUS.search(_FOREIGN_CITIZENSHIP.sub(" ", said)) is not None \
        and _STATUS_PENDING.search(said) is None


# "not yet citizen", "pas encore citoyenne", "no, applying for citizenship": Canadian citizenship said as not held
# yet, which a permanent resident (who counts here as a citizen does, RULES.md 3) says as often as anyone
_CITIZENSHIP_WORD = re.compile(r"\b(?:citizens?|citizenship|canadian|canadiens?|canadiennes?|citoyens?|"
                               r"citoyennes?|citoyennete)\b", _A)
_CITIZENSHIP_PENDING = re.compile(r"\b(?:yet|encore|waiting|attente|applying|applied|apply|pending|process\w*|"
                                  r"soon|bientot|demande|demander|next year|l an prochain|"
                                  r"l annee prochaine)\b", _A)
# a status named beside it: PR (read by names_partner_status, or pending: a no) or a temporary one (a no for both)
_OTHER_STATUS = re.compile(r"\b(?:pr|rp|permanent|permanente?s?|residen\w*|permits?|permis|visas?|visitor|"
                           r"visiteure?|student|etudiante?|pgwp|owp|sowp|ptp|pvt|iec|worker|travailleuse?|"
                           r"refugee|refugiee?|asylum|asile|claimant|demandeure? d asile)\b", _A)


def citizen_not_yet(text: str) -> bool:
    """Canadian citizenship said as not held yet, with no other status beside it ("not yet citizen", "not a citizen
    yet", "no, applying for citizenship", "pas encore citoyenne"): the partner may be a permanent resident, a yes
    here, so both statuses are named and the question asked again. "not yet, applied for PR", "not yet citizen, on
    a work permit" rule out PR too and stay a no; a PR said ("not yet citizen, she's PR") is read elsewhere."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    return _CITIZENSHIP_WORD.search(said) is not None and _CITIZENSHIP_PENDING.search(said) is not None \
        and _OTHER_STATUS.search(said) is None and _FOREIGN_CITIZENSHIP.search(said) is None


def names_partner_status(text: str) -> bool:
    """A partner's status named and not denied ("no she is PR"): told that either status is a yes here."""
    return _partner_status_in(" ".join(_unstretched(w) for w in (w.strip(".,!") for w in _words(text)) if w))


def credential_not_completed(text: str) -> bool:
    """A credential said as still studied for, left or finished only later ("masters in progress", "bachelor's,
    graduating in april", "2 year diploma not done"): told why it is not taken, not only to tap a button."""
    phrase = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    phrase = _without_eca_said(phrase)  # « master en Algérie, EDE en cours »: the ECA's "en cours"
    return _UNFINISHED.search(phrase) is not None or _NOT_HELD.search(phrase) is not None


def _abroad_place(said: str) -> bool:
    """Whether a place outside Canada is named ("in india", "au Maroc"); never "us", a pronoun too ("both of
    us")."""
    return any(part.kind == ABROAD and part.text.lower() != "us" for part in places_named(said))


def _first_then(text: str) -> tuple[str, str] | None:
    """The first word and what follows it ("yes, in india": "yes", "in india"); None for a word alone."""
    words = [_unstretched(w) for w in (w.strip(".,!") for w in _words(text)) if w]
    return (words[0], " ".join(words[1:])) if len(words) > 1 else None


def _yes_then(text: str) -> str | None:
    """What follows a leading yes ("yes, in india": "in india"); None without one."""
    said = _first_then(text)
    return said[1] if said is not None and said[0] in _LEADING_YES else None


_ABROAD_SAID = re.compile(rf"\b(?:{_FROM_ABROAD}|{_NATIONALITY})\b", _A)


def yes_abroad(text: str, question_id: str) -> bool:
    """A yes said with a place or a nationality outside Canada ("yes, in india", "oui, citoyenne marocaine", "yes,
    my brother in India", "yes, from my country"), to a question about Canada only: asked again with why."""
    rest = _yes_then(text)
    return question_id in _IN_CANADA_ONLY and rest is not None and (
        _ABROAD_SAID.search(rest) is not None or _abroad_place(rest))


# "yes, and 3 yrs in the US before that", « oui, et avant 2 ans au Maroc »: a job in Canada (the yes) and work
# abroad besides, joined by "and", "also" or "before that" (round 17: told the question is about Canada only and
# to choose, as "yes, in india" is; the work abroad is asked in the CRS part)
_BESIDES = re.compile(r"^(?:(?:and|also|plus|et|aussi|as well)\b|"
                      r".*\b(?:before that|after that|avant ca|avant cela|apres ca|apres cela|also|aussi|too|"
                      r"as well)\b)", _A)


def work_abroad_too(text: str, question_id: str) -> bool:
    """A yes to "a paid job in Canada?" said with work abroad besides it ("yes, and before that 3 years in the
    US"): the yes is the answer, and the work abroad is for the CRS part."""
    rest = _yes_then(text)
    return question_id == "canadian_work" and rest is not None and _BESIDES.match(rest) is not None \
        and (_ABROAD_SAID.search(rest) is not None or _abroad_place(rest)) \
        and not re.search(r"\b(?:no|non|not|pas|only|just|juste|seulement)\b", rest, _A)


_NOT_NOMINATION_SAID = re.compile(r"\b(?:pool|bassin|ita|noi|notification|lmia|eimt|offers?|offre|job|emploi|"
                                  r"endors\w*|aip|atlantic|atlantique|progress|en cours|process\w*|refus\w*|"
                                  r"rejected|denied|depose\w*|profile?|eoi|interest|interet|invit\w*)\b", _A)


_NOT_A_TRADE_CERTIFICATE = re.compile(rf"\b(?:{_NOT_A_TRADE})\b", _A)


def yes_not_trade_certificate(text: str, question_id: str) -> bool:
    """A yes said with a degree, a licence, a course or a safety card to the trade certificate question: asked
    again with what counts."""
    rest = _yes_then(text)
    return question_id == "certificate" and rest is not None and _NOT_A_TRADE_CERTIFICATE.search(rest) is not None


def yes_other_subject(text: str, question_id: str) -> bool:
    """A yes (or a no) said with another question's subject and none of this one's ("yes work permit LMIA" to the
    full-time student question, "yes red seal" to the nomination question, "no pgwp" to the payroll one): asked
    again with why."""
    said = _first_then(text)
    if said is None or said[0] not in _LEADING_YES | _LEADING_NO:
        return False
    return other_subject(question_id, said[1], "yes" if said[0] in _LEADING_YES else "no") is not None


_JOB_OFFER = re.compile(r"\b(?:lmia|eimt|(?:job )?offers?|offre(?: d emploi)?)\b", _A)


def names_job_offer(text: str) -> bool:
    """A job offer or an LMIA named ("no, only a job offer", « non mais j'ai une offre d'emploi avec EIMT »)."""
    return _JOB_OFFER.search(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())) is not None


def yes_not_nomination(text: str, question_id: str) -> bool:
    """A yes said with what is no provincial nomination ("yes, LMIA", "yes got an ITA", "yes I'm in the pool",
    "oui, j'ai déposé mon profil", "yes, refused"): asked again with why."""
    rest = _yes_then(text)
    return question_id == "nomination" and rest is not None and _NOT_NOMINATION_SAID.search(rest) is not None


def _unstretched(word: str) -> str:
    """"ouiii" is "oui", "yesss" is "yes", "nooon" is "non": a yes or a no with a letter held down; other words
    as they are."""
    plain = re.sub(r"(.)\1+", r"\1", word)
    return plain if plain != word and plain in _STRETCHED and word != "noon" else word  # "noon" is a word


# -- numbers inside words ----------------------------------------------------------------------------------
_ABOUT = r"(?:at least|au moins|about|around|roughly|approx|approximately|approximatively|maybe|probably|like|" \
         r"usually|typically|normally|generally|mostly|" \
         r"more or less|give or take|almost|nearly|close to|environ|a peu pres|approximativement|plus ou moins|" \
         r"a peu pres|autour de|presque|genre|dans les|normalement|generalement|~|\+/-|±|ca|circa|est|est\.|" \
         r"pas loin de|aux alentours de|quasiment|quasi|" \
         r"more than|over(?= ?\d)|plus de|upwards of|minimum(?= ?\d)|" \
         r"i think|i guess|je pense|je crois|jpense|jcrois)"  # "i think 30", « je pense 35 » (round 20)
_HOURS_WORDS = r"(?:h|hr|hrs|hour|hours|heure|heures|hres|hebdo)"
_PER_WEEK = (r"(?:(?:(?:a|an|per|par|each|every|chaque|/|by|the|la|de|a la)\s*)*(?:week|wk|weeks|semaine|sem|w)\.?"
             r"|weekly|hebdo|hebdomadaires?|a week|per week|p/w|pw|p\.w\.?)")
# Hours that vary with the week, said after the hours or a range: "40-44 hrs depends on the week", "35-40 ça dépend
# des semaines"
_VARIES = r"(?:(?:it |ca |but |mais )?(?:depends|depending|depend|dependant|varies|varie|vary|variable)" \
          r"(?: (?:on|de|des|du|selon|with|according to)(?: the| la| les| le)? \w+)?|selon (?:la |les |le )?\w+)"
_ESTIMATE = re.compile(rf"^(?:i work |je travaille |worked |j ai travaille |i did |je faisais )?"
                       rf"(?P<about>(?:{_ABOUT}\.?\s*)+)?(?P<n>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*"
                       rf"(?P<ish>-?ish|~|\+/-|ou so|or so)?\s*(?:{_HOURS_WORDS}\.?)?\s*(?:{_PER_WEEK})?\s*,?\s*"
                       rf"(?P<tail>{_VARIES}|-?ish|~|or so|ou so|give or take|approx\.?|environ|plus ou moins|"
                       rf"more or less|"
                       rf"a peu pres|roughly|maybe|probably|probablement|peut etre|ptet|i think|i guess|"
                       rf"mostly|usually|normally|typically|generally|d habitude|en general|normalement|"
                       rf"je pense|je crois|j crois|jpense|"
                       # at least that many ("30+", "40 or more"): the fewest hours said, as a month without its
                       # day is read (at most 30 count a week anyway: RULES.md 1)
                       rf"\+(?=\s*[.!]?$)|or more|ou plus|and up|and more|et plus|minimum|min)?\s*"
                       # overtime on top of the usual hours: those hours ("40 + overtime", "40h plus temps sup",
                       # "40 but sometimes overtime", "35h/sem plus du temps supp": RULES.md 1, overtime never
                       # makes up for missing weeks)
                       rf"(?:(?:\+|plus|and|with|avec|et|but|mais)?\s*(?:(?:some|sometimes|des fois|parfois|"
                       rf"occasional|du|de|des) )?(?:overtime|ot|heures sup\w*|hres sup\w*|temps sup\w*|"
                       rf"des heures sup\w*)(?: (?:sometimes|des fois|parfois|occasionally))?|"
                       rf"(?:(?:and|et|pis|mais|but)\s+)?(?:sometimes|des fois|parfois) (?:more|plus)|"
                       # "35 heures pis des poussières" ("and a bit", as Quebec says it): about that many (French
                       # review 13)
                       rf"(?P<bit>(?:and|et|pis) (?:des poussieres|a bit|a little)))?\s*"
                       # the agency that placed the person, said after the hours ("30h par semaine via l'agence")
                       rf"(?:(?:via|through|with|avec|par|for|pour|at|chez) (?:l |la |le |the |my |mon |ma |an |"
                       rf"une )?(?:agence|agency|temp agency|agence de placement))?\s*[.!]?$",
                       _A)
_A_WEEK = r"(?:a|per|par|/|sur|each|every|chaque|in a|dans la)?\s*(?:week|wk|semaine|sem|7)"
_WEEKDAYS = r"(?:mon(?:day)?\s*(?:-|to|through|thru)\s*fri(?:day)?|m\s*-\s*f|" \
            r"lun(?:di)?\s*(?:-|a|au)\s*ven(?:dredi)?|du lundi au vendredi)"
# Hours a day times days a week: "8 hrs a day 5 days a week", "8h par jour 5 jours sur 7", "7.5h/day, 5 days"
_DAILY = re.compile(rf"^(?P<h>\d{{1,2}}(?:[.,]\d{{1,2}})?)\s*(?:{_HOURS_WORDS}\.?)?\s*"
                    rf"(?:(?:a|per|par|/|each|every|chaque)?\s*(?:day|jour|j|d)|daily|quotidien\w*|shifts?|quarts?)"
                    rf"\s*,?\s*"
                    rf"(?:x|times|fois|and|et)?\s*"
                    rf"(?:(?P<d>[1-7])\s*(?:(?:days?|jours?|j|d|shifts?|quarts?)\s*(?:{_A_WEEK})?|{_A_WEEK})|"
                    # "mon-fri", "du lundi au vendredi": five days
                    rf"{_WEEKDAYS})\s*[.!]?$", _A)
# A day's hours times the days, either first, the hours marked as such: "8h x 5", "4 x 10h", "3 shifts of 12 hours"
_HOURS_NUM = r"\d{1,2}(?:[.,]\d{1,2})?"
_TIMES = re.compile(rf"^(?:(?P<h>{_HOURS_NUM})\s*{_HOURS_WORDS}\.?\s*(?:x|times|fois)\s*(?P<d>[1-7])"
                    rf"(?:\s*(?:days?|jours?|j|shifts?|quarts?))?|(?P<d2>[1-7])\s*(?:days?|jours?|shifts?|quarts?)?"
                    rf"\s*(?:x|times|fois|of|de)\s*(?P<h2>{_HOURS_NUM})\s*{_HOURS_WORDS}\.?(?:\s*(?:shifts?|quarts?|"
                    rf"(?:a|per|par|/|each|chaque)?\s*(?:day|jour)))?)\s*(?:{_A_WEEK})?\s*[.!]?$", _A)
# The days first, marked as such, then a day's hours, marked or not: "4 days x 10", "5 days 8 hours", "6 days a
# week 7 hours", "4 jours x 10h"
# (a week said in words only: "sur 7" would take the 7 of "5 jours 7,5 h")
_WEEK_WORDS = r"(?:(?:a|per|par|/|sur|each|every|chaque|in a|dans la)\s*(?:week|wk|semaine|sem)|week|semaine)"
_DAYS_THEN_HOURS = re.compile(rf"^(?P<d>[1-7])\s*(?:days?|jours?|shifts?|quarts?)\s*(?:{_WEEK_WORDS})?\s*,?\s*"
                              rf"(?:x|times|fois|of|de)?\s*(?P<h>{_HOURS_NUM})\s*(?:{_HOURS_WORDS}\.?)?"
                              rf"(?:\s*(?:a|per|par|/|each|chaque)?\s*(?:day|jour|shift|quart)s?)?\s*[.!]?$", _A)
_RANGE = re.compile(rf"^(?:{_VARIES}\s*,?\s*)?(?:{_ABOUT}\.?\s*)*"
                    rf"(?P<between>between |entre |(?:anywhere )?from |de )?"
                    rf"(\d{{1,3}}(?:[.,]\d)?)\s*"
                    rf"(?:-|to|a|et|and|or|ou|pis|/|~)\s*"
                    rf"(\d{{1,3}}(?:[.,]\d)?)\s*(?:{_HOURS_WORDS}\.?)?\s*(?:{_PER_WEEK})?\s*,?\s*"
                    rf"(?:{_VARIES})?\s*[.!]?$", _A)
# Two numbers of hours joined by "and" ("40 and 20", "40 + 20", "40 pis 20", "40 at one 20 at the other"): two
# jobs' hours, or one job's two sides; which is this job's is asked, both as buttons, never one of them guessed
_ONE_JOB = r"(?:(?:at|for|in|on|a|au|dans|pour|chez) (?:one|the one|the first(?: one| job)?|" \
           r"my (?:main|first) job|job 1|l un|le premier|la premiere|premier|premiere|the 1st|" \
           r"mon (?:premier|1er|principal) (?:job|emploi)|mon job principal|" \
           r"my main one|my day job))"
_OTHER_JOB = r"(?:(?:at|for|in|on|a|au|dans|pour|chez) (?:the other(?: one| job)?|the second(?: one| job)?|" \
             r"my (?:second|2nd|other|side) (?:job|one)|the 2nd(?: one| job)?|l autre(?: job| emploi)?|" \
             r"le (?:deuxieme|2e|second)(?: job| emploi)?|mon (?:deuxieme|2e|autre|second) (?:job|emploi)|" \
             r"another(?: job)?|un autre(?: job| emploi)?))"
_HOURS_TWO_JOBS = re.compile(rf"^(?P<a>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*(?:{_HOURS_WORDS}\.?)?\s*(?:{_PER_WEEK})?"
                             rf"\s*(?P<one>{_ONE_JOB})?\s*,?\s*(?P<and>and|et|pis|pi|plus|\+|&)?\s*"
                             rf"(?P<b>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*(?:{_HOURS_WORDS}\.?)?\s*(?:{_PER_WEEK})?"
                             rf"\s*(?P<other>{_OTHER_JOB})?\s*[.!]?$", _A)


# Hours said with "full time" or "part time" before or after them. Full time is 30 hours a week or more (IRPR
# s. 73(1), RULES.md section 1); a number on the other side of 30 is confirmed before it is stored.
FULL_TIME = 30
_TIME_WORDS = r"(?:a )?(?:(?P<full>full time|full-time|fulltime|ft|temps plein|tps plein|plein temps)|" \
              r"(?P<part>part time|part-time|parttime|pt|temps partiel|tps partiel|mi temps|mi-temps))"
# the number may be said roughly after the words: "temps partiel, environ 20h"
_SAID_TIME = re.compile(rf"{_TIME_WORDS}(?: (?:job|emploi|poste))?[\s,:-]*(?P<rest>(?:{_ABOUT}\.?\s*)?\d.*)",
                        _A)
_TIME_SAID = re.compile(rf"(?P<rest>.*?\d.*?)[\s,-]*{_TIME_WORDS}[.!]?", _A)


# A yes and the working said before the hours, as voice typing writes a sentence ("yes I was working full time
# forty hours", "oui je travaillais à temps plein quarante heures"): the hours are what follows
# The question's words said before the hours, with or without a yes ("my hours are 37.5 per week", "I worked 40
# hours per week", "mes heures sont 35h"): the hours are what follows
_HOURS_LEAD = re.compile(r"^(?:(?:yes|yeah|yep|oui|ouais)\s*,?\s*)?(?:(?:i was working|i worked|i work|i was|"
                         r"i am working|je travaillais|j ai travaille|je travaille|j etais|"
                         # "je fais 40h/sem" ("jfais", spelled out before), "i do 40 hours", "i usually work 37.5"
                         r"je fais|j fais|jfais|je faisais|i do|i did|i usually do|i usually work|i normally work|"
                         r"my (?:weekly |usual )?hours (?:are|were|was|is)|mes heures (?:sont|etaient|c etait)|"
                         # "mon job c'est 40h", "ma job c'était 35" (the anglicism, masculine or feminine)
                         r"(?:mon|ma) (?:job|jobine|emploi|travail|poste) (?:c est|c etait|est|etait))"
                         r"\s+)?(?=\S)", _A)
# Hours for two weeks, as a pay stub shows them ("80 hours biweekly", "80 hrs every 2 weeks", "80h aux deux
# semaines"): half of them a week. "Biweekly" may also be "twice a week", so it is read only where that reading
# cannot be a week's work (50 or more each time); the French "bihebdomadaire" is "twice a week" and is left out.
_TWO_WEEKS = re.compile(rf"^(?P<n>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s*(?:{_HOURS_WORDS}\.?)?\s*"
                        r"(?:(?P<bi>bi\s?-?\s?weekly)|"
                        # never "for" / "pour": "40 heures pour 2 semaines" may be a week's hours for two weeks
                        r"(?:(?:every|each|per|a|in|aux|toutes les|tous les|par|en|sur|/)\s*)+"
                        r"(?:2|two|deux)\s*(?:weeks?|wks?|semaines?|sem)|(?:a|per|every|each)\s+fortnight|fortnightly)"
                        r"\s*(?:pay ?period|pay|de paie)?\s*[.!]?$", _A)
_HALF_FRACTION = re.compile(r"(?<=\d)\s+1/2(?![\d/])", _A)  # "37 1/2": 37.5
# Casual, on-call or relief work named before the hours ("casual, usually 32", "on call, around 25", « sur appel,
# environ 20h »): paid hours like any others (RULES.md 1 counts hours of paid work, part time in proportion), so
# the words name how the job is held and the hours are what follows them
_CASUAL = r"(?:casual|on call|on-call|oncall|per diem|relief|float|occasionnel|occasionnelle|sur appel|" \
          r"sur demande|sur la liste de rappel|liste de rappel|temps partiel occasionnel)"
_CASUAL_LEAD = re.compile(rf"^(?:(?:i am|i m|im|i work|i was|i worked|je suis|j suis|chu|je travaille|j etais|"
                          rf"it s|its|it is|c est|c etait)\s+)?(?:a |an |un |une )?(?:{_CASUAL})"
                          rf"(?:\s+(?:worker|employee|staff|position|job|basis|shifts?|poste|emploi|employe|"
                          rf"employee|travailleur|travailleuse|job))?\s*[,:;-]?\s*(?:so |but |mais |donc |pis )?"
                          rf"(?=[~\d]|{_ABOUT}|{_VARIES}|between|entre|from|anywhere|de \d|usually)", _A)
# Casual or on-call said alone, or with hours that vary and no number ("casual", "on call so it changes", « sur
# appel, ça varie »): how many a week, usually, is asked (answers.hours_casual), never a number guessed
_CASUAL_ONLY = re.compile(rf"^(?:(?:i am|i m|im|i work|i was|i worked|je suis|j suis|chu|je travaille|j etais|"
                         rf"it s|its|it is|c est|c etait|yes|oui)\s+)?(?:a |an |un |une )?(?:{_CASUAL})"
                         rf"(?:\s+(?:worker|employee|staff|position|job|basis|shifts?|poste|emploi|employe|"
                         rf"employee|travailleur|travailleuse))?"
                         rf"(?:\s*[,:;-]?\s*(?:so |but |mais |donc |pis |and |et )?(?:"
                         rf"(?:the |my |mes |les )?(?:hours? |heures )?(?:it |they |ca |ils )?(?:changes?|change|"
                         rf"varies|vary|varie|varient|depends|depend|dependent)"
                         rf"(?: (?:a lot|every week|week to week|each week|beaucoup|chaque semaine|"
                         rf"d une semaine a l autre|on the week|on shifts|des semaines|selon les semaines))?|"
                         rf"no (?:fixed|set|regular) (?:hours|schedule)|pas d horaire fixe|pas d heures fixes|"
                         rf"not fixed|not sure|idk|i don t know|je sais pas|chais pas))?\s*[.!]?$", _A)


@dataclass(frozen=True)
class Hours:
    text: str  # the number alone, for the strict parser ("35", "37,5")
    estimate: bool  # said with "about", "ish", "environ": taken, and said to be fine as an estimate
    high: str | None = None  # a range's top when its low end was kept ("35-40": 35 kept, "40" here)


# "2 jobs, 40h each": the hours of each job, this one's among them (each job is its own entry)
_EACH_JOB = re.compile(r"^(?:\d|two|three|four|deux|trois|quatre)\s+(?:jobs?|emplois?|postes?|jobines?)\s*,?\s*"
                       r"(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|heures?)?\s*(?:/\s*(?:wk|week|sem))?\s*"
                       r"(?:each|apiece|per job|chacun|chacune|chaque|par emploi|par job)[.!]?$", _A)
# The hours said for both jobs at once, or with an aside of another kind (round 17 of typed answers): "40 each",
# "same for both, 35", "pareil pour les deux, 35h", "40h, started in march", "40h depuis janvier", "40h/week, about
# 2080 a year": the hours a week. "40 and 20" (which is this job's?) is left unread.
_BOTH_LEAD = re.compile(r"^(?:(?:the )?same (?:for|with|in|at) both(?: jobs?)?|both(?: jobs?)?|"
                        r"for both(?: jobs?)?|(?:c est )?pareil pour les (?:deux|2)|"
                        r"meme chose pour les (?:deux|2)|idem pour les (?:deux|2)|les (?:deux|2)|"
                        r"pour les (?:deux|2))"
                        r"\s*[,:-]?\s*(?=[~\d]|about|around|environ)", _A)
_BOTH_TAIL = re.compile(r"(?<=[\dh.])\s*,?\s*(?:each|apiece|chacun|chacune|for both(?: jobs?)?|"
                        r"in both(?: jobs?)?|at both(?: jobs?)?|both|pour les (?:deux|2)|dans les (?:deux|2)|"
                        r"aux (?:deux|2))[.!]?$", _A)
_HOURS_ASIDE = re.compile(r"(?<=[\dha-z.])(?:\s*,\s*|\s+)(?:(?:(?:i |j ai |je )?(?:started|start|began|commence|"
                          r"commencee|debute)|since|depuis)(?: (?:in|en|on|the|at|au|le|mois de|mois d))? "
                          r"(?:[a-z]+\.?(?: \d{4})?|\d{4})|still there|still working there|toujours la)[.!]?$"
                          # the year's total after the week's hours, a comma between: "40h/week, about 2080 a year"
                          r"|(?<=[\dhk.])\s*,\s+(?:about |around |environ |~)?\b\d[\d,.]{2,5} ?"
                          r"(?:h|hrs?|hours?|heures?)? ?(?:a|per|par|/) ?(?:year|yr|an|annee)[.!]?$", _A)
_HOURS_CHANGED_SAID = re.compile(r"\b(?:then|puis|ensuite|now|maintenant|until|jusqu)\b", _A)
_THIS_ONE = re.compile(r"^(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|heures?)?\s*"
                       r"(?:for|at|in|on|pour|a|au|dans)\s+"
                       r"(?:this one|this job|this|celui-ci|celui ci|celui-la|celui la|ce job|cet emploi|ce poste|"
                       r"ce travail|job 1|the first|le premier|the first one)\s*[,;]?\s*(?:and |et |but |mais )?"
                       r"\d.*\b(?:other|autre)\b.*$", _A)
# "20h ici et 20h a mon autre job", "20 here, 20 at the other": this job's (round 22)
_HERE_ONE = re.compile(r"^(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|heures?)?\s*"
                       r"(?:here|ici|at this one)\s*[,;]?\s*(?:and |et |but |mais )?\d.*\b(?:other|autre)\b.*$",
                       _A)
# "30 at tims and 15 at walmart", « 25h chez tim et 15h chez walmart »: two employers named, which is this job's is
# asked (round 22: refused as no number)
_AT_TWO_PLACES = re.compile(r"^(?P<a>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|heures?)?\s*(?:at|chez|@)\s+"
                            r"[a-z][a-z ]*?\s*(?:,|and|et|pis|\+)\s*(?P<b>\d{1,3}(?:[.,]\d{1,2})?)\s*"
                            r"(?:h|hrs?|hours?|heures?)?\s*(?:at|chez|@)\s+[a-z][a-z ]*$", _A)
# "32h over 4 days": the week's hours, worked in fewer days; never when the number could be a day's ("8h over 5
# days")
_OVER_DAYS = re.compile(r"^(?P<n>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?|heures?)(?:\s*,\s*|\s+)"
                        r"(?:(?:over|in|across|sur|en)\s+)?(?P<d>[1-7])\s+(?:days?|jours?)"
                        r"(?:\s+(?:a|per|par)\s+(?:week|wk|semaine|sem))?[.!]?$", _A)


# "une trentaine (d'heures)": about thirty, as "30ish" is (an estimate, said to be one). "Une quarantaine" alone is
# also a quarantine: read only with its hours ("une quarantaine d'heures"), as
# tests/flows/test_typed_answers_fresh9.py decided
_TENS_ROUGHLY = {"vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50}
_TENS_ABOUT = re.compile(r"^(?:une? )?(?:(vingtaine|trentaine|cinquantaine)|(quarantaine)(?= d\b))(?: d)?(?= |$)",
                         _A)


# A day's schedule with the days of the week: "9-5 mon-fri", "7:30 to 4, 5 days", « de 8h à 16h du lundi au
# vendredi ». The week it makes is offered with and without an unpaid half-hour break, never guessed: the pay stub
# decides (a range of hours a week, "35-40", has no days after it and is read as such elsewhere)
_SCHEDULE = re.compile(
    # the days said first, or « je fais » before it (French review 16: « lun-ven 9h-17h », « du lundi au vendredi
    # 8h a 16h », « je fais 8h-16h 5 jours », "mon-fri 9-5" were refused as no number)
    rf"^(?:(?:je fais|je travaille|i work|i do)\s+)?(?:(?:du\s+)?(?P<wd0>{_WEEKDAYS})\s*,?\s*)?"
    rf"(?:from\s+|de\s+)?(?P<a>\d{{1,2}})(?:\s*[:h.]\s*(?P<am>[0-5]\d))?\s*h?\s*(?P<ap>am|pm)?\s*"
    rf"(?:-|to|till|until|a|au|jusqu a)\s*(?P<b>\d{{1,2}})(?:\s*[:h.]\s*(?P<bm>[0-5]\d))?\s*h?\s*(?P<bp>am|pm)?"
    rf"\s*,?\s*(?:(?P<wd>{_WEEKDAYS})|(?P<d>[1-7])\s*(?:days?|jours?|j|d)(?:\s*{_A_WEEK})?)?\s*[.!]?$", _A)


# A schedule's break said with it: "9-5 mon-fri, 30 min unpaid lunch", "9-5 mon-fri with a paid half hour break",
# « de 9h à 17h du lundi au vendredi avec 30 min de pause non payée ». Its length and whether it is paid make one
# week, confirmed with one button (a break said without "paid" or "unpaid" is no reading: the schedule alone is)
_UNPAID = r"(?:unpaid|not paid|non payee?s?|pas payee?s?|non remuneree?s?)"
_PAID = r"(?:paid|payee?s?|remuneree?s?)"
_BREAK = re.compile(
    rf"\s*(?:,|;)?\s*(?:with|w/|avec|and|et|plus|\+)?\s*(?:an? |une? )?(?P<u1>{_UNPAID} )?(?P<p1>{_PAID} )?"
    rf"(?:(?P<min>15|20|30|45|60) ?(?:min|mins|minutes?|mn)|(?P<half>half(?: an)?[ -]?hour|demi[ -]?heure|1/2 ?h)|"
    rf"(?P<hour>1 ?h|1 ?hr|1 ?hour|one hour|une heure))\s*(?:de |d )?(?P<u2>{_UNPAID} )?(?P<p2>{_PAID} )?"
    rf"(?:lunch|break|meal break|pause(?: repas| dejeuner| diner)?|diner|dejeuner|repas)"
    rf"(?: (?P<u3>{_UNPAID})| (?P<p3>{_PAID}))?\s*[.!]?$", _A)


def _schedule_with_break(text: str, said: str) -> Ambiguous | None:
    """A schedule with its days and its break said paid or unpaid: the one week they make, to confirm."""
    found = _BREAK.search(said)
    if found is None or found.start() == 0:
        return None
    unpaid = bool(found["u1"] or found["u2"] or found["u3"])
    schedule = _SCHEDULE.match(said[:found.start()].rstrip(" ,;"))
    if schedule is None or not (schedule["wd"] or schedule["d"]):
        return None
    try:
        asked = _schedule_asked(text, said[:found.start()].rstrip(" ,;"))
    except InvalidAnswer:
        return None
    if asked is None:
        return None
    minutes = int(found["min"]) if found["min"] else 30 if found["half"] else 60
    if unpaid == bool(found["p1"] or found["p2"] or found["p3"]):
        # neither said (or both): a half-hour is the schedule's own question (with it unpaid or not); another
        # length is not read
        return asked if minutes == 30 else None
    span, days = float(asked.params["span"]), int(asked.params["days"])
    worked = span - (minutes / 60 if unpaid else 0)
    if worked * days * 4 != int(worked * days * 4):  # a week in quarter hours: 37.5, 42.5, 38.75
        return None
    week = str(tidy(worked * days))
    confirmed = Ambiguous("hours", text, [week],
                          key=f"answers.hours_schedule_break_{'unpaid' if unpaid else 'paid'}")
    confirmed.params.update(span=Figure(span), days=days, minutes=minutes, week=Figure(worked * days))
    return confirmed


def _schedule_asked(text: str, said: str) -> Ambiguous | None:
    """The week a day's schedule makes, to confirm ("9-5 mon-fri": 40, or 37.5 with an unpaid half-hour), or
    None when `said` (folded) is no such schedule."""
    match = _SCHEDULE.match(said)
    if match is None or max(int(match["a"]), int(match["b"])) > 24:
        return None  # "lun-ven 35-40": a week's range with its days, no clock's hours
    def hour(at: str, minutes: str | None, half: str | None) -> float:
        return int(at) + int(minutes or 0) / 60 + (12 if half == "pm" and int(at) < 12 else 0)

    start, end = hour(match["a"], match["am"], match["ap"]), hour(match["b"], match["bm"], match["bp"])
    if match["bp"] is None and end <= start:
        end += 12  # "9-5": five in the afternoon
    if not 3 <= end - start <= 14 or (end - start) * 2 != int((end - start) * 2):
        return None
    if not match["wd"] and not match["wd0"] and not match["d"]:
        # "7:30 to 4": a day's hours, the days not said (a clock's marks only: "35-40" is a weekly range)
        if not (match["am"] or match["bm"] or match["ap"] or match["bp"]):
            return None
        raise InvalidAnswer("err.hours_schedule_days", span=Figure(end - start), total=Figure((end - start) * 5))
    span, days = end - start, 5 if match["wd"] or match["wd0"] else int(match["d"])
    weeks = [str(tidy(span * days)), str(tidy((span - 0.5) * days))]
    asked = Ambiguous("hours", text, weeks, key="answers.hours_schedule")
    asked.params.update(span=Figure(span), days=days, full=Figure(span * days), lunch=Figure((span - 0.5) * days))
    return asked


def hours_in_words(text: str) -> Hours | None:
    """"about 35 hours", "20ish", "environ 35 h", "~40", "35 hrs/week": the number, and whether it is an
    estimate. A range ("35-40", "entre 35 et 40") is asked about (Ambiguous, both ends as buttons)."""
    dashed = re.sub("[\u2013\u2014\u2212]", "-", fold(text)).replace("&", " and ")  # "40–45" as phones dash it
    spaced = " ".join(dashed.replace("'", " ").split())
    if (with_break := _schedule_with_break(text, spaced)) is not None:
        raise with_break
    if (schedule := _schedule_asked(text, spaced)) is not None:
        raise schedule
    cleaned = " ".join(re.sub(r"[^a-z0-9.,~+/±-]+", " ", dashed.replace("'", " "), flags=_A).split())
    cleaned = _HALF_FRACTION.sub(".5", _HOURS_LEAD.sub("", cleaned))
    if _CASUAL_ONLY.match(cleaned):  # "casual", "on call so it changes": the usual week is asked
        raise Ambiguous("hours", text, [*FULL_TIME_HOURS, *PART_TIME_HOURS], key="answers.hours_casual")
    cleaned = _CASUAL_LEAD.sub("", cleaned)
    cleaned = _TENS_ABOUT.sub(lambda m: f"environ {_TENS_ROUGHLY[m[1] or m[2]]}", cleaned)  # "une trentaine": ~30
    if (fortnight := _TWO_WEEKS.match(cleaned)) and (not fortnight["bi"] or float(fortnight["n"].replace(",", "."))
                                                      >= 50):
        return Hours(str(tidy(float(fortnight["n"].replace(",", ".")) / 2)), False)
    said = _SAID_TIME.fullmatch(cleaned)
    if said is None:
        said = _TIME_SAID.fullmatch(cleaned)
    if said is not None:  # "temps plein 40h", "40 (full time)": the number, the words saying what it is
        cleaned = said["rest"]
    if each := _EACH_JOB.match(cleaned):
        return Hours(each["n"], False)
    if this_one := _THIS_ONE.match(cleaned):  # "40 for this one, 20 for the other": this job's
        return Hours(this_one["n"], False)
    if here := _HERE_ONE.match(cleaned):  # "20h ici et 20h a mon autre job": this job's
        return Hours(here["n"], False)
    if (places := _AT_TWO_PLACES.match(cleaned)) is not None:  # "30 at tims and 15 at walmart": which is asked
        ends = list(dict.fromkeys(str(tidy(float(n.replace(",", ".")))) for n in (places["a"], places["b"])))
        raise Ambiguous("hours", text, ends, key="answers.hours_two_jobs")
    if not _HOURS_CHANGED_SAID.search(cleaned):  # "20 then 40 since march" stays two periods
        cleaned = _HOURS_ASIDE.sub("", _BOTH_TAIL.sub("", _BOTH_LEAD.sub("", cleaned)))
    if (over := _OVER_DAYS.match(cleaned)) and 24 < float(over["n"].replace(",", ".")) <= 24 * int(over["d"]):
        return Hours(over["n"], False)
    if daily := _DAILY.match(cleaned):  # said by the day: the hours a week are their product
        return Hours(str(tidy(float(daily["h"].replace(",", ".")) * int(daily["d"] or 5))), False)
    times = _TIMES.match(cleaned)  # "8h x 5", "4 x 10h": which number is the days, the hours mark says
    if times and float((hours := times["h"] or times["h2"]).replace(",", ".")) <= 24:  # never "40h x 2"
        days = times["d"] or times["d2"]
        return Hours(str(tidy(float(hours.replace(",", ".")) * int(days))), False)
    if (days_first := _DAYS_THEN_HOURS.match(cleaned)) and float(days_first["h"].replace(",", ".")) <= 24:
        return Hours(str(tidy(float(days_first["h"].replace(",", ".")) * int(days_first["d"]))), False)
    ranged = _RANGE.match(cleaned)
    if (two := _HOURS_TWO_JOBS.match(cleaned)) and (two["one"] or two["other"] or (
            two["and"] and not (ranged and ranged["between"]))):
        # "40 and 20", "40 + 20", "40 pis 20", "40 at one 20 at the other": which is this job's is asked; "between
        # 35 and 40" stays a range
        ends = list(dict.fromkeys(str(tidy(float(n.replace(",", ".")))) for n in (two["a"], two["b"])))
        raise Ambiguous("hours", text, ends, key="answers.hours_two_jobs")
    if match := ranged:
        low, high = (float(n.replace(",", ".")) for n in match.groups()[1:])
        if FULL_TIME <= low < high <= 168:
            # "35-40": at most 30 h a week count (RULES.md 1), so both ends count the same hours; the low end is
            # kept (never more than said), as an estimate, and said (flows/conversation.py)
            return Hours(str(tidy(low)), True, str(tidy(high)))
        if 0 < low < high <= 168:  # either end, once chosen, is kept as an estimate: the verdict may rest on it
            raise Ambiguous("hours_about", text, [f"{tidy(low)}{ABOUT_MARK}", f"{tidy(high)}{ABOUT_MARK}"])
    match = _ESTIMATE.match(cleaned)
    if match is None:
        return None
    estimate = bool(match["about"] or match["ish"] or match["tail"] or match["bit"])
    hours = float(match["n"].replace(",", "."))
    if said is not None and (hours < FULL_TIME if said["full"] else hours > FULL_TIME):
        # "full time 20h", "part time 35h": the words and the number disagree; the number is confirmed, one tap
        asked = Ambiguous("hours", text, [str(tidy(hours))], key="answers.confirm_hours")
        asked.params["hours"] = Figure(hours)
        raise asked
    return Hours(match["n"], estimate)


# -- numbers said aloud -----------------------------------------------------------------------------------
# Numbers as voice typing writes them: "forty hours", "quarante heures", "eight point five", "huit sept sept sept"
# (four numbers, not one sum), "trente-sept et demi". Read only where a number is asked (hours, scores, an age, a
# count of years): a date's "sept" is September.
_SMALL = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
          "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
         "soixante": 60,
         # slips as typed on a phone (round 20): two letters swapped, one doubled, a vowel as it is said
         "thrity": 30, "thirthy": 30, "thirtey": 30, "twnety": 20, "fourthy": 40, "fifthy": 50,
         "quarente": 40, "trante": 30, "cinquente": 50}
_HUNDREDS = frozenset({"hundred", "hundreds", "cent", "cents"})  # TEF and TCF scores said aloud: "quatre cent dix"
_POINT = frozenset({"point", "virgule", "dot"})
_ARTICLES = frozenset({"un", "une", "one"})
_AFTER_ONE = frozenset({"an", "ans", "annee", "year", "yr", "heure", "hour", "hr", "h", "point", "virgule", "dot",
                        "et", "and", "more", "de", "plus", "/", "or", "ou", "to", "a", "-"})
_HALF_WORDS = {("et", "demi"): ".5", ("et", "demie"): ".5", ("and", "a", "half"): ".5"}


def _joins(number: int, last_word: str, word: str) -> int | None:
    """The number `word` continues ("twenty" "five": 25, "soixante" "douze": 72, "quatre" "vingt": 80), or None
    when it starts another number ("eight" "seven": 8, then 7)."""
    if last_word in ("vingts", "cents", "hundreds"):  # a plural ends its number: "quatre-vingts", "deux cents"
        return None
    if word in _HUNDREDS:  # "quatre cent(s)", "four hundred": only after a single digit that starts the number
        return number * 100 if 1 <= number <= 9 and last_word in _SMALL else None
    value = _SMALL.get(word, _TENS.get(word))
    if value is None:
        return None
    if last_word in _HUNDREDS:  # "quatre cent soixante", "four hundred twelve": the rest of the number
        return number + value
    below, hundreds = number % 100, number - number % 100
    if last_word == "quatre" and word in ("vingt", "vingts") and below == 4:
        return hundreds + 80
    if last_word in _TENS and below % 10 == 0 and word in _SMALL and (1 <= value <= 9 or (
            below in (60, 80) and 10 <= value <= 19)):
        return number + value
    if last_word == "dix" and below in (10, 70, 90) and value in (7, 8, 9) and word in _SMALL:
        return number + value  # dix-sept, soixante-dix-huit
    return None


def _number_from(tokens: list[str], i: int, value: int) -> tuple[int, int]:
    """The number in words starting at tokens[i] (worth `value` alone), and the index after it."""
    number, last = value, tokens[i]
    i += 1
    while i < len(tokens):
        step = 2 if (tokens[i] == "et" and i + 1 < len(tokens) and tokens[i + 1] in ("un", "une", "onze")
                     and last in _TENS) or (tokens[i] == "and" and last in _HUNDREDS) else 1
        # "vingt et un", "soixante et onze", "four hundred and ten"
        joined = _joins(number, last, tokens[i + step - 1]) if i + step - 1 < len(tokens) else None
        if joined is None or (i + step < len(tokens) and tokens[i + step] in _HUNDREDS):
            break  # "quatre cent quarante | quatre cent ...": a digit before "cent" starts the next one
        number, last = joined, tokens[i + step - 1]
        i += step
    return number, i


def _tokens(text: str) -> list[re.Match[str]]:
    """The words and the rest of the text, folded, hyphens as spaces ("trente-sept"), apostrophes splitting."""
    return list(re.finditer(r"[a-z]+|[^\s'a-z]+", fold(text).replace("-", " "), flags=_A))


def _replaced(text: str, tokens: list[re.Match[str]], spans: list[tuple[int, int, str]]) -> str:
    """The folded text with tokens[i:j] as (i, j, digits) say, the rest as typed ("I'm 34 years old.")."""
    if not spans:
        return fold(text).replace("-", " ")
    folded = tokens[0].string
    out, at = [], 0
    for i, j, digits in spans:
        out += [folded[at:tokens[i].start()], digits]
        at = tokens[j - 1].end()
    return "".join([*out, folded[at:]])


# Sounds voice typing writes for a number: "won" (1), "too" (2), read only before a unit ("too years", "won year");
# "ate" (8) only where a score is asked ("listening ate"). Never "for" ("for years" is many years) nor "to" ("up to
# hours", "close to years": a word of its own too often).
_SOUNDS = {"won": 1, "too": 2}
_UNITS = frozenset({"year", "years", "yr", "yrs", "hour", "hours", "hr", "hrs"})
_PLURALS = {"ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6, "sevens": 7, "eights": 8,
            "nines": 9, "tens": 10}  # "all nines", "all sevens"


def spelled_numbers(text: str, scores: bool = False) -> str | None:
    """The text with its numbers in words as digits ("forty hours" is "40 hours"); None when it has none. Where
    `scores` are asked, "ate" is eight."""
    tokens = _tokens(text)
    words = [t.group() for t in tokens]
    if not any(w in _SMALL or w in _TENS or w in _HUNDREDS or w in _PLURALS or (scores and w == "ate") or (
            w in _SOUNDS and k + 1 < len(words) and words[k + 1] in _UNITS) for k, w in enumerate(words)):
        return None
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        first, word = i, words[i]
        value = _SMALL.get(word, _TENS.get(word, 100 if word in ("cent", "hundred") else None))
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in _ARTICLES and after and after not in _AFTER_ONE:
            value = None  # "un temps plein", "une quarantaine": an article, not the number 1
        if value is None:
            sound = _PLURALS.get(word) if word in _PLURALS else (
                8 if scores and word == "ate" else _SOUNDS.get(word) if after in _UNITS else None)
            if sound is not None:
                spans.append((i, i + 1, f"{sound}s" if word in _PLURALS else str(sound)))
            i += 1
            continue
        number, i = _number_from(words, i, value)
        numeral = str(number)
        if i + 1 < len(words) and words[i] in _POINT and words[i + 1] in _SMALL and _SMALL[words[i + 1]] < 10:
            numeral, i = f"{numeral}.{_SMALL[words[i + 1]]}", i + 2  # "eight point five"
        elif i + 1 < len(words) and words[i] in _POINT and re.fullmatch(r"\d", words[i + 1], _A):
            numeral, i = f"{numeral}.{words[i + 1]}", i + 2  # "eight point 5"
        else:
            for said, half in _HALF_WORDS.items():
                if tuple(words[i:i + len(said)]) == said:
                    numeral, i = numeral + half, i + len(said)
                    break
        spans.append((first, i, numeral))
    return _replaced(text, tokens, spans)


# A half after a number and its unit ("37 and a half", "37 heures et demie", "2 years and a half"), and a year and
# a half or half a year said without a number: the number with its .5, the unit kept ("a year and a half": 1.5
# years)
_HALF_AFTER = re.compile(r"\b(\d{1,3})(\s*(?:h|hrs?|hours?|heures?|years?|yrs?|ans?|annees?))?\s+"
                         r"(?:and a half|(?:et|pis) demie?)\b", re.IGNORECASE | _A)
_YEAR_AND_HALF = re.compile(r"^(?:(?:a|one)\s+)?year\s+and\s+a\s+half\b", re.IGNORECASE)
_HALF_A_YEAR = re.compile(r"^half\s+(?:a\s+)?year\b", re.IGNORECASE)


def with_halves(text: str) -> str | None:
    """"37 and a half" is "37.5", "a year and a half" is "1.5 years", "half a year" is "0.5 years"; None when no
    half is said after a number."""
    said = _YEAR_AND_HALF.sub("1.5 years", _HALF_A_YEAR.sub("0.5 years", text.strip()))
    said = _HALF_AFTER.sub(lambda m: f"{m[1]}.5{m[2] or ''}", said)
    return said if said != text.strip() else None


# -- dates said aloud --------------------------------------------------------------------------------------
# Dates as voice typing writes them: "March fifteenth twenty twenty three", "the fifteenth of March 2023", "le
# quinze mars deux mille vingt-trois", "mille neuf cent quatre-vingt-dix-sept". Years are read from their spoken
# forms only ("twenty twenty three", "two thousand twenty five", "deux mille vingt-cinq", "mille neuf cent ..."), a
# day only beside a month's name ("le quinze mars", "March fifteenth", "March fifteen 2023"): a date's "sept" stays
# September when no day is before it.
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                  "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                  "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "premier": 1, "premiere": 1}


def _cardinal_at(words: list[str], k: int) -> tuple[int, int] | None:
    value = _SMALL.get(words[k], _TENS.get(words[k])) if k < len(words) else None
    return None if value is None else _number_from(words, k, value)


def _day_at(words: list[str], k: int) -> tuple[int, int, bool] | None:
    """The day said at words[k] (its value, the index after it, whether it was an ordinal), or None."""
    if k >= len(words):
        return None
    if words[k] in ("twenty", "thirty") and k + 1 < len(words) and _ORDINAL_WORDS.get(words[k + 1], 10) < 10:
        return _TENS[words[k]] + _ORDINAL_WORDS[words[k + 1]], k + 2, True  # "twenty third", "thirty first"
    if words[k] in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[words[k]], k + 1, True
    cardinal = _cardinal_at(words, k)
    return None if cardinal is None else (*cardinal, False)


def _year_at(words: list[str], k: int) -> tuple[int, int] | None:
    """A year said at words[k] ("twenty twenty three", "two thousand and five", "deux mille vingt", "mille neuf
    cent quatre-vingt-dix-sept", "nineteen ninety"), and the index after it; None when none starts there."""
    w = words[k:k + 3] + [""] * 3
    if w[0] in ("nineteen", "twenty") and (rest := _cardinal_at(words, k + 1)) and 10 <= rest[0] <= 99:
        return (1900 if w[0] == "nineteen" else 2000) + rest[0], rest[1]
    if (w[0], w[1]) in (("two", "thousand"), ("deux", "mille")):
        at = k + 3 if w[2] == "and" else k + 2
        rest = _cardinal_at(words, at)
        return (2000 + rest[0], rest[1]) if rest and rest[0] < 100 else (2000, k + 2)
    if (w[0], w[1], w[2]) in (("mille", "neuf", "cent"), ("dix", "neuf", "cent")):
        rest = _cardinal_at(words, k + 3)
        return (1900 + rest[0], rest[1]) if rest and rest[0] < 100 else None
    return None


def spelled_date(text: str) -> str | None:
    """The text with a date's spoken year and day as digits ("March fifteenth twenty twenty three" is "march 15
    2023"); None when nothing was spoken so."""
    folded = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", fold(text), flags=_A)  # "trente-et-un", never "2023-03-15"
    tokens = list(re.finditer(r"[a-z]+|[^\s'a-z,.]+|[,.]", folded, flags=_A))
    words = [t.group() for t in tokens]
    months = month_words()
    spans: list[tuple[int, int, str]] = []
    years: dict[int, tuple[int, int]] = {}
    k = 0
    while k < len(words):
        if (year := _year_at(words, k)) is not None:
            years[k] = year
            spans.append((k, year[1], str(year[0])))
            k = year[1]
        else:
            k += 1
    taken = {i for i, j, _ in spans for i in range(i, j)}
    for m, word in enumerate(words):
        if word not in months or m in taken:
            continue
        before = m - 1 if m >= 1 and words[m - 1] not in ("of", "de") else m - 2
        for start in range(max(0, before - 2), before + 1):  # a day that ends right before the month
            day = _day_at(words, start)
            if day and day[1] == before + 1 and 1 <= day[0] <= 31 and not taken & set(range(start, day[1])) \
                    and (start == 0 or _day_at(words, start - 1) is None):
                spans.append((start, day[1], str(day[0])))
                taken |= set(range(start, day[1]))
                break
        else:  # after the month: an ordinal ("March fifteenth"), or a number before a year ("March fifteen 2023")
            day = _day_at(words, m + 1)
            if day and 1 <= day[0] <= 31 and not taken & set(range(m + 1, day[1])) and (
                    day[2] or day[1] in years or re.fullmatch(r"\d{4}", words[day[1]] if day[1] < len(words)
                                                              else "", _A)):
                spans.append((m + 1, day[1], str(day[0])))
                taken |= set(range(m + 1, day[1]))
    if not spans:
        return None
    spans.sort()
    out, at = [], 0
    for i, j, digits in spans:
        out += [folded[at:tokens[i].start()], digits]
        at = tokens[j - 1].end()
    return "".join([*out, folded[at:]])


# -- dates in words ----------------------------------------------------------------------------------------
_DATE_LEAD = re.compile(r"^(?:since|from|starting|started|started in|start|began|in|on|around|about|until|till|"
                        r"taken|taken in|taken on|took it in|took it on|passed|passed in|passe|passe en|pris|"
                        r"ended|ended in|depuis|des|a partir de|en|le|vers|environ|jusqu en|jusqu au|jusqu a|"
                        r"fini en|commence en|debut|fin|a partir du|a compter de|a compter du|termine en|"
                        r"termine le|fini le|j ai commence en|j ai commence le|j ai fini en|ne le|nee le|ne en|"
                        r"nee en|end of|the end of|beginning of|the beginning of|start of|the start of|early|"
                        r"late|mid|mi|milieu|milieu de|a la mi|au milieu de|fin de|debut de|la fin de|le debut de|"
                        # the end of full-time studies: "graduated may 2024", "diplômée en mai 2024"
                        r"graduated|graduated in|graduated on|diplome|diplomee|diplome en|diplomee en|diplome le|"
                        r"diplomee le|"
                        # a year said loosely: "sometime in 2025", "dans le courant de 2025" (that year's months)
                        r"sometime in|some time in|sometime|au cours de|dans le courant de|courant|"
                        # "in the month of march 2022", "au mois de mars"
                        r"the month of|month of|au mois de|le mois de|mois de)\s+", _A)
# Words of leaving, before the end of a job or of studies only ("quit in March 2026", "j'ai arrêté en mai 2025"):
# to the start question they would say the opposite of a start, so there they leave the answer unread
_END_LEAD = re.compile(r"^(?:quit|quit in|quit on|left|left in|left on|stopped|stopped in|stopped on|finished|"
                       r"finished in|finished on|arrete|arrete en|arrete le|j ai arrete|j ai arrete en|"
                       r"j ai arrete le|quitte en|quitte le|j ai quitte en|j ai quitte le|j ai termine en|"
                       r"j ai termine le|j ai fini le|i left|i left in|i left on|i quit in|i resigned|"
                       r"i resigned in|i resigned on|resigned|resigned in|resigned on|"
                       r"(?:my )?last (?:working )?day(?: at work)?(?: was| is)?|"
                       r"fin de (?:mon |du )?contrat(?: en| le)?|fin du contrat(?: en| le)?)\s+", _A)
# Joining said of a job, before its start only ("joined on 10th january 2024", "embauché en septembre 2022"): to
# another date's question it would give the start for that date, so there it leaves the answer unread
_START_LEAD = re.compile(r"^(?:(?:i |we )?joined(?: (?:this|the|my|that) (?:company|job|firm|employer|place))?|"
                         r"(?:i was |i got )?hired|embauchee?|j ai ete embauchee?)(?: (?:in|on|en|le))?\s+", _A)
# The end of full-time studies said as such ("my college finished in april 2024", "completed studies on 20th dec
# 2023", "j'ai fini mes études en mai 2024"): read only for that question's date
_STUDIES_LEAD = re.compile(
    r"^(?:(?:my )?(?:college|studies|study|university|school|course|program|programme|degree|classes) "
    r"(?:finished|ended|completed|got over|was over|were over)|"
    r"(?:i )?(?:completed|finished)(?: (?:my|the))? (?:studies|study|college|course|program|programme|degree|"
    r"school|university|uni|diploma|masters?|bachelors?)|"
    r"(?:i )?(?:completed|finished)|j ai (?:fini|termine) mes etudes|mes etudes (?:ont )?(?:fini|termine)\w*|"
    # "j'ai fini le cégep en mai 2024": the school named, as Quebec says it
    r"j ai (?:fini|termine) (?:le cegep|l universite|l ecole|l ecole|mon dec|mon bac|mon bacc|ma maitrise|"
    r"mon diplome|ma formation|mon programme)|"
    r"fin des etudes|fin de mes etudes|"
    # the school left once "finished" / "j'ai fini" is gone (_END_LEAD): "finished school april 2024"
    # (never before a start: "school started april 2024" is no end of studies, and stays unread)
    r"(?:my |the |le |l |mes )?(?:school|studies|college|university|uni|cegep|universite|ecole|etudes)"
    r"(?! (?:started|start|starts|began|begins|begun|commenced|a commence|ont commence|commence|debut|debute)\b))"
    r"(?: (?:in|on|en|le))?\s+", _A)
# How a test was taken ("i wrote the exam on 3rd may 2025", "she gave it in august 2025"): for a test's date only
_TEST_LEAD = re.compile(
    r"^(?:(?:i|she|he|we|my wife|my husband|elle|il|j ai|je l ai|elle l a|il l a) )?(?:also )?"
    r"(?:wrote|gave|took|did|attempted|sat|appeared(?: for| in)?|passe|fait|ecrit)"
    r"(?: (?:it|the exam|the test|exam|test|my exam|my test|the ielts|ielts|celpip|pte|tef|tcf|l examen|le test|"
    r"l ielts|le tef|le tcf|mon (?:ielts|celpip|pte|tef|tcf|test|examen)))?(?: (?:in|on|en|le))?\s+", _A)
# The label a results page prints before the date, pasted with it ("Test Date: 14/JUN/2025", "Date du test :
# 14/06/2025"): for a test's date only
_TEST_LABEL = re.compile(r"^(?:(?:the|my|her|his|la|ma|sa) )?(?:test date|exam date|"
                         r"date of (?:the |my )?(?:test|exam)|date du test|date de (?:l )?test|date de l examen|"
                         r"date d examen|date de mon (?:test|examen))"
                         r"\s*:?\s*(?:(?:is|was|est|etait|c etait|c est)\s+)?(?=\d|[a-z])", _A)
# The question's own words before a job's start or end ("the start date was 15th jan 2024", "my end date is 31 aug
# 2025", "mon dernier jour c'était le 31 août 2025"): for that date only
_EDGE_LABEL = {
    "start": re.compile(r"^(?:(?:the|my|la|ma) )?(?:start(?:ing)? date|date de debut|date d embauche)"
                        r"\s*:?\s*(?:(?:is|was|est|etait|c etait|c est)\s+)?(?=\d|[a-z])", _A),
    "end": re.compile(r"^(?:(?:the|my|la|ma|mon) )?(?:end(?:ing)? date|date de fin|dernier jour(?: de travail)?)"
                      r"\s*:?\s*(?:(?:is|was|est|etait|c etait|c est)\s+)?(?=\d|[a-z])", _A)}
END_EDGES = ("end", "studies")


# "janvier 2024 environ": the same estimate as "vers janvier 2024" (never "je crois", a doubt, not an estimate)
_DATE_TAIL = re.compile(r"\s+(?:environ|approx\.?|approximately|approximativement|roughly|or so|more or less|"
                        r"plus ou moins|a peu pres)$", _A)


ABOUT_MARK = "~"  # after a month ("2022-07~") or hours ("20~") offered as a button from a range: kept approximate


# Words that say a date is only about then ("around March 2023", "vers mars 2023", "mars 2023 environ"): the date
# is kept, and kept as approximate for a job's start or end (flows/approximate_dates.py)
_ABOUT_LEAD = re.compile(r"^(?:~\s*|(?:around|about|roughly|approximately|approx\.?|circa|vers|environ|"
                         r"approximativement|a peu pres|aux alentours de|autour de)\s+)(?=\S)", _A)


def date_in_words(text: str) -> str:
    """"depuis janvier 2023", "since May 2025", "started in march 2024", "janvier 2024 environ": the date part
    alone."""
    return date_said(text)[0]


def date_said(text: str, edge: str = "") -> tuple[str, bool]:
    """The date part alone, and whether it was said to be only about then ("around", "vers", "environ"). Words of
    leaving ("quit in") are dropped only before the end of a job or of studies (`edge`)."""
    cleaned = " ".join(fold(text).replace("'", " ").replace("\u2019", " ").split())
    cleaned = re.sub(r"^((?:a la )?mid?)-(?=[a-z])", r"\1 ", cleaned, flags=_A)  # "mi-mars 2024", "mid-march 2024"
    about = False
    for _ in range(4):  # "started in", "jusqu'en", "started around"
        lead = _ABOUT_LEAD.match(cleaned)
        if lead:
            about, cleaned = True, cleaned[lead.end():]
        if edge in END_EDGES:  # before "fin" is read as a lead alone: "fin de contrat en mars 2025"
            cleaned = _END_LEAD.sub("", cleaned)
        cleaned = _DATE_LEAD.sub("", cleaned)
        if edge in END_EDGES:
            cleaned = _END_LEAD.sub("", cleaned)
        if edge == "studies":
            cleaned = _STUDIES_LEAD.sub("", cleaned)
        if edge == "start":
            cleaned = _START_LEAD.sub("", cleaned)
        if edge == "test":
            cleaned = _TEST_LEAD.sub("", _TEST_LABEL.sub("", cleaned))
        if edge in _EDGE_LABEL:
            cleaned = _EDGE_LABEL[edge].sub("", cleaned)
    tail = _DATE_TAIL.search(cleaned)
    return (cleaned[:tail.start()], True) if tail else (cleaned, about)


# A part of a year, or a season, named with the year ("early 2024", "mi-2023", "summer 2022", "fin 2023"): the
# months it can mean, to choose from, never one of them guessed. A year is read in thirds; a season from the month
# of its equinox or solstice to the month of the next (summer: June to September), wide enough for the calendar and
# the everyday season alike; "winter 2023" may be the one that starts or ends in 2023. The person chooses.
_PART_OF_YEAR = (
    (r"early|beginning of|the beginning of|start of|the start of|debut|au debut|debut d annee|en debut d annee|"
     r"au debut de l annee", (1, 2, 3, 4)),
    (r"mid|mid year|middle of|the middle of|mi|milieu|milieu de|au milieu de|a la mi|en milieu d annee",
     (5, 6, 7, 8)),
    (r"late|end of|the end of|fin|a la fin de|fin d annee|en fin d annee|a la fin de l annee", (9, 10, 11, 12)),
    (r"spring|springtime|printemps|au printemps", (3, 4, 5, 6)),
    (r"summer|summertime|ete|l ete|en ete|cet ete", (6, 7, 8, 9)),
    (r"fall|autumn|automne|l automne|en automne|a l automne", (9, 10, 11, 12)),
    (r"winter|wintertime|hiver|l hiver|en hiver", (0, 1, 2, 3, 12)),  # 0: the December before ("winter 2023")
)
_PART_OF_YEAR_SAID = re.compile(r"^(?P<part>" + "|".join(f"(?:{words})" for words, _ in _PART_OF_YEAR)
                                + r")(?:\s+(?:of|de|d|in|en))?\s+(?P<year>\d{4})\.?$|"
                                # a season with its year in two digits ("summer 23", "l'été 23", "fall '22",
                                # round 20); a part of a year is not ("fin 23" may be a day)
                                + r"^(?P<season>" + "|".join(f"(?:{words})" for words, _ in _PART_OF_YEAR[3:])
                                + r")\s+(?P<short>\d{2})\.?$", _A)


# A season said from today ("last summer", "l'été dernier", "this spring", "cet hiver"): the season's name as
# _PART_OF_YEAR has it, and the month it ends (winter: March)
_SEASONS = {"spring": ("spring", 6), "printemps": ("spring", 6), "summer": ("summer", 9), "ete": ("summer", 9),
            "fall": ("fall", 12), "autumn": ("fall", 12), "automne": ("fall", 12), "winter": ("winter", 3),
            "hiver": ("winter", 3)}
_SEASON_NAMES = "|".join(_SEASONS)
_SEASON_FROM_TODAY = re.compile(
    r"^(?:(?P<last>last|this past|past)|(?P<this>this))\s+(?P<en>" + _SEASON_NAMES + r")\.?$|"
    r"^(?:(?:l|le|cet|cette|ce|au|en)\s+)?(?P<fr>" + _SEASON_NAMES + r")\s+(?P<ago>dernier|passe)\.?$|"
    r"^(?:cet|ce)\s+(?P<now>" + _SEASON_NAMES + r")\.?$", _A)


def _season_from_today(said: str, today: dt.date) -> list[str] | None:
    """The months of a season said from today: "last summer" is the latest summer already over (in November,
    this year's; in July, last year's), "this summer" this year's (the winter of October to December, the one to
    come). A winter is December and the three months after it."""
    match = _SEASON_FROM_TODAY.fullmatch(said)
    if match is None:
        return None
    season, ends = _SEASONS[match["en"] or match["fr"] or match["now"]]
    if match["last"] or match["ago"]:
        year = today.year if ends < today.month else today.year - 1
    else:
        year = today.year + 1 if season == "winter" and today.month >= 10 else today.year
    months = next(months for words, months in _PART_OF_YEAR if re.fullmatch(words, season, _A))
    found = [f"{year - 1:04d}-12" if month == 0 else f"{year:04d}-{month:02d}" for month in months
             if not (season == "winter" and month == 12)]
    return [month for month in found if month <= f"{today.year:04d}-{today.month:02d}"]


def months_of_part(text: str, today: dt.date) -> list[str] | None:
    """The months ("YYYY-MM", none after today's) a part of a year or a season said with its year (or from today:
    "last summer") can mean; None when the text names none ("early March 2024" is a month: None)."""
    said = " ".join(fold(text).replace("'", " ").replace("\u2019", " ").replace("-", " ").split())
    lead = _ABOUT_LEAD.match(said)
    said = said[lead.end():] if lead else said
    said = re.sub(r"^(?:since|from|in|started|started in|en|depuis|vers|around)\s+", "", said, flags=_A)
    if (seasonal := _season_from_today(said, today)) is not None:
        return seasonal
    match = _PART_OF_YEAR_SAID.fullmatch(said)
    if match is None:
        return None
    year = int(match["year"]) if match["year"] else 2000 + int(match["short"])
    months = next(months for words, months in _PART_OF_YEAR
                  if re.fullmatch(words, match["part"] or match["season"], _A))
    found = [f"{year - 1:04d}-12" if month == 0 else f"{year:04d}-{month:02d}" for month in months]
    return [month for month in found if month <= f"{today.year:04d}-{today.month:02d}"]


# A count said from today: "2 years ago", "il y a 2 ans", "2 ans ago", "three months ago", "il y a 3 mois"
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3,
                "four": 4, "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8,
                "huit": 8, "nine": 9, "neuf": 9, "ten": 10, "dix": 10}
_COUNT = r"(\d{1,2}|" + "|".join(_COUNT_WORDS) + r")"
_AGO = re.compile(r"^(?:il y a\s+" + _COUNT + r"\s+(?P<fr>ans?|annees?|mois)|" + _COUNT
                  + r"\s+(?P<en>years?|yrs?|ans?|annees?|months?|mois)\s+ago)\.?$", _A)
# The month before this one, or this one: "last month", "le mois dernier", "this month", "ce mois-ci"
_MONTHS_FROM_TODAY = {"last month": 1, "mois dernier": 1, "le mois dernier": 1, "le mois passe": 1,
                      "mois passe": 1, "this month": 0, "ce mois ci": 0, "ce mois": 0,
                      "du mois dernier": 1, "du mois passe": 1}  # "fin du mois dernier": the month, confirmed
_LAST_YEAR = r"(?:last year|the year before|l annee derniere|l an dernier|l annee passee|l an passe)"
# A month named from today: "last March", "juin dernier", "le 1er juin dernier" (the latest such month before this
# one: "last March" said in April may mean either) and "March of last year", "avril l'an passé" (that month of the
# year before). Confirmed with one tap, as "last month" is: the reading depends on the day it is typed.
_NAMED_MONTH_FROM_TODAY = re.compile(
    r"^(?:(?:last|this past)\s+(?P<en>[a-z]+)|(?:(?P<day>\d{1,2})(?:er)?\s+)?(?P<fr>[a-z]+)\s+(?:dernier|passe))$|"
    r"^(?:in\s+)?(?P<of>[a-z]+)\s+(?:of\s+|in\s+|de\s+|d\s+)?" + _LAST_YEAR + r"$|"
    r"^" + _LAST_YEAR + r"\s+(?:in\s+|en\s+)?(?P<then>[a-z]+)$", _A)


_WEEKDAY_NUMBERS = {name: number for number, names in enumerate((
    ("monday", "lundi"), ("tuesday", "mardi"), ("wednesday", "mercredi"), ("thursday", "jeudi"),
    ("friday", "vendredi"), ("saturday", "samedi"), ("sunday", "dimanche"))) for name in names}
_WEEKDAY_FROM_TODAY = re.compile(r"^(?:on\s+)?(?:last|this past)\s+(?P<en>[a-z]+)$|"
                                 r"^(?:(?:le|ce)\s+)?(?P<fr>[a-z]+)\s+(?:dernier|passe)$", _A)


def _month_named_from_today(said: str, today: dt.date) -> tuple[str, str] | None:
    """("month", "2025-03") for "March of last year", ("month", "2026-03") for "last March" (or "2026-06-01" with
    its day), each confirmed; None otherwise."""
    match = _NAMED_MONTH_FROM_TODAY.fullmatch(said)
    months = month_words()
    if match is None:
        return None
    name = match["en"] or match["fr"] or match["of"] or match["then"]
    if name not in months:
        return None
    month = months[name]
    if match["of"] or match["then"]:
        return "month", f"{today.year - 1:04d}-{month:02d}"
    year = today.year if month < today.month else today.year - 1  # the month now is "this month", never "last"
    if match["day"]:
        try:
            return "month", dt.date(year, month, int(match["day"])).isoformat()
        except ValueError:
            return None
    return "month", f"{year:04d}-{month:02d}"


def date_from_today(dated: str, today: dt.date) -> tuple[str, str] | None:
    """A date said as a time before today: ("year", "2024") for years ago (that year's months are offered, as
    for "last year"), ("month", "2026-09") for months ago, "last month", "last September" or "September of last
    year" (confirmed, never taken as said: "two months ago" is about then); None when it is not so said, or before
    1950."""
    said = " ".join(dated.replace("-", " ").split()).rstrip(".")
    said = "last week" if _LAST_WEEK.fullmatch(said) else said  # "jusqu'à la semaine passée" to the end
    if said in _MONTHS_FROM_TODAY:
        back, unit = _MONTHS_FROM_TODAY[said], "month"
    elif (named := _month_named_from_today(said, today)) is not None:
        return named
    elif (weekday := _WEEKDAY_FROM_TODAY.fullmatch(said)) and (weekday["en"] or weekday["fr"]) in _WEEKDAY_NUMBERS:
        # "last friday", "vendredi dernier": the latest such day before today, confirmed as a month named is
        back = (today.weekday() - _WEEKDAY_NUMBERS[weekday["en"] or weekday["fr"]]) % 7 or 7
        return "month", (today - dt.timedelta(days=back)).isoformat()
    elif (weeks := re.fullmatch(r"(\d{1,2}) weeks ago", said)) is not None:  # "2 weeks ago": that day, confirmed
        return "month", (today - dt.timedelta(weeks=int(weeks[1]))).isoformat()
    elif said == "last week":  # its month, confirmed, or its two months to choose from
        monday = today - dt.timedelta(days=today.weekday() + 7)
        months = sorted({f"{day:%Y-%m}" for day in (monday, monday + dt.timedelta(days=6))})
        return ("month", months[0]) if len(months) == 1 else ("months", " ".join(months))
    elif (named_in := re.fullmatch(r"(\d{1,2}) years ago in (\d{1,2})", said)) is not None:
        year = today.year - int(named_in[1])  # "2 years ago in march": March of that year, confirmed
        return ("month", f"{year:04d}-{int(named_in[2]):02d}") if year >= 1950 else None
    elif (match := _AGO.fullmatch(said)) is not None:
        count = match[1] or match[3]
        back = int(count) if count.isdigit() else _COUNT_WORDS[count]
        unit = "month" if (match["fr"] or match["en"]).startswith(("mo", "mois")) else "year"
    else:
        return None
    if unit == "year":
        year = today.year - back
        return ("year", str(year)) if year >= 1950 else None
    index = today.year * 12 + today.month - 1 - back
    return ("month", f"{index // 12:04d}-{index % 12 + 1:02d}") if index // 12 >= 1950 else None


# A time said from today in the other words people type on a phone: "6 mos ago", "3 months back", "since 3
# months", « depuis 6 mois », « ça fait 3 mois », « ya 2 ans », "a year and a half ago", « il y a un an et demi »,
# "2 years ago in march", « il y a 2 ans en mars », "like 2 years ago", « il y a environ 2 ans », "2 weeks ago",
# "last week". Written the way date_from_today reads it ("18 months ago", "2 years ago in 3", "2 weeks ago"), or
# "vague" for words that fix no month ("a couple years ago", « il y a quelques mois », "over a year ago",
# "almost 2 years ago"): the month is asked, with an example, never guessed.
_AGO_UNITS = {"year": r"years?|yrs?|ans?|annees?", "month": r"months?|mos?|mths?|mnths?|mois",
              "week": r"weeks?|wks?|wk|semaines?|sems?"}
_AGO_UNIT = "|".join(f"(?P<{unit}>{words})" for unit, words in _AGO_UNITS.items())
_AGO_HALF = r"(?P<half>(?:and|&|et)\s+(?:a\s+)?(?:half|demie?))"
_AGO_VAGUE = r"(?P<vague>a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+few|few|several|some|many|quelques|plusieurs|" \
             r"over(?:\s+a)?|more\s+than(?:\s+a)?|less\s+than(?:\s+a)?|under(?:\s+a)?|almost(?:\s+a)?|" \
             r"nearly(?:\s+a)?|plus\s+d(?:\s+un|\s+une)?|plus\s+de|moins\s+d(?:\s+un|\s+une)?|moins\s+de|" \
             r"presque(?:\s+un|\s+une)?|pres\s+d(?:\s+un|\s+une)?|pres\s+de|au\s+moins(?:\s+un|\s+une)?|" \
             r"at\s+least(?:\s+a)?)"
_AGO_HEDGE = r"(?:(?:about|around|roughly|approx(?:imately)?|like|maybe|environ|a\s+peu\s+pres|genre|" \
             r"peut\s+etre)\s+)?"
_AGO_COUNT = r"(?P<count>(?:\d{1,2}|one|two|three)\s+and\s+a\s+half|\d{1,2}(?:[.,]5)?|" \
    + "|".join(_COUNT_WORDS) + r")"
_AGO_SPAN = r"(?:" + _AGO_VAGUE + r"\s+)?(?:" + _AGO_COUNT + r"\s+)?(?:" + _AGO_UNIT + r")(?:\s+" + _AGO_HALF \
    + r")?"
_AGO_MONTH = r"(?P<named>[a-z]+)"
_AGO_TAIL = r"(?:\s+(?:environ|ish|or\s+so|more\s+or\s+less|a\s+peu\s+pres|about|approx))?"
_AGO_SAID = tuple(re.compile(pattern, _A) for pattern in (
    r"^" + _AGO_HEDGE + _AGO_SPAN + r"\s+(?:ago|back|before)" + _AGO_TAIL + r"(?:\s+(?:in|en)\s+" + _AGO_MONTH
    + r")?$",
    r"^(?:in\s+)?" + _AGO_MONTH + r"\s+" + _AGO_HEDGE + _AGO_SPAN + r"\s+ago$",
    r"^(?:since|depuis)\s+" + _AGO_HEDGE + _AGO_SPAN + _AGO_TAIL + r"$",
    r"^(?:il\s+y\s+a|y\s+a|ya|ca\s+fait|ca\s+va\s+faire|cela\s+fait|ca\s+fera)\s+" + _AGO_HEDGE + _AGO_SPAN
    + _AGO_TAIL + r"(?:\s+en\s+" + _AGO_MONTH + r")?$",
    r"^(?:en\s+)?" + _AGO_MONTH + r"\s+(?:il\s+y\s+a|y\s+a|ya)\s+" + _AGO_HEDGE + _AGO_SPAN + r"$"))
_AGO_STARTS = re.compile(r"^(?:(?:i|j\s+ai|je)\s+)?(?:started|start|began|ended|finished|left|quit|stopped|"
                         r"took\s+it|wrote\s+it|did\s+it|passed\s+it|graduated|commence|debute|fini|termine|arrete|"
                         r"quitte|passe|diplome|diplomee)\s+", _A)
_AGO_UNCOUNTED = re.compile(r"^(?:(?:a\s+)?(?:while|long\s+time|good\s+while)|ages|years|months)\s+ago$|"
                            r"^(?:il\s+y\s+a|ya|ca\s+fait|depuis)\s+(?:des\s+annees|des\s+mois|longtemps|"
                            r"un\s+bail|un\s+moment|un\s+bout|un\s+bon\s+moment)$", _A)
_LAST_WEEK = re.compile(r"^(?:(?:the\s+)?(?:last|past|previous)\s+week|(?:la\s+)?semaine\s+(?:derniere|passee))$",
                        _A)


def time_ago_said(text: str) -> str | None:
    """What date_from_today reads of a time said from today in other words ("18 months ago" for "a year and a
    half ago", "6 months ago" for « depuis 6 mois », "2 years ago in 3" for "2 years ago in march"), "vague" when
    the words fix no month, None when the text is not so said."""
    said = re.sub(r"[.,](?!\d)|(?<!\d)[.,]", " ", fold(text))  # "il y a 2 ans, en mai"; "1.5 yrs ago" kept
    said = " ".join(re.sub(r"[^a-z0-9.,&]+", " ", said).split())
    said = _AGO_STARTS.sub("", said)
    if _LAST_WEEK.fullmatch(said):
        return "last week"
    if _AGO_UNCOUNTED.fullmatch(said):
        return "vague"  # "a while ago", « il y a longtemps »
    match = next((found for pattern in _AGO_SAID if (found := pattern.fullmatch(said))), None)
    if match is None:
        return None
    named = {name: value for name, value in match.groupdict().items() if value is not None}
    if "vague" in named or ("count" not in named and "half" not in named):
        return "vague"  # "a few months ago", "over a year ago", "il y a quelques mois", "years ago"
    count_said = named.get("count", "1").replace(",", ".")
    whole = count_said.split()[0]  # "2 and a half": 2, and the half below
    count = float(whole) if whole[0].isdigit() else _COUNT_WORDS[whole]
    count += 0.5 if count_said.endswith("half") else 0
    count += 0.5 if "half" in named else 0
    if "named" in named:
        if named["named"] not in month_words() or "year" not in named or count != int(count):
            return None
        return f"{int(count)} years ago in {month_words()[named['named']]}"
    if "week" in named:
        return f"{int(count)} weeks ago" if count == int(count) else None
    months = count * 12 if "year" in named else count
    if months != int(months):
        return None
    return f"{int(count)} years ago" if "year" in named and count == int(count) else f"{int(months)} months ago"


# One date inside a longer sentence ("well I started at tim hortons in june 2022 and I'm still there", "it ended
# when my PGWP expired, june 30 2025", "the test was on a monday, sept 15 2025"): a month named with a four-digit
# year (and a day, a weekday), or 2024-03-15. Read only when the sentence says the event the question asks about
# (a start for the start, an end for the end...) and nothing that could move or doubt it: a start read as an end,
# a result's date as the test's, or "2 weeks after june 2022" as June 2022 would be a wrong date stored.
_MONTHS_OF = month_words()
_MONTH_ALT = "|".join(sorted((w for w in _MONTHS_OF if w.isalpha()), key=len, reverse=True))
_WEEKDAY_ALT = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|" \
               "sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DATE_INSIDE = re.compile(
    rf"(?:\b(?:{_WEEKDAY_ALT})\s+(?:the\s+|le\s+)?)?"
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+|de\s+)?(?:{_MONTH_ALT})|\b(?:{_MONTH_ALT})\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?|\b(?:{_MONTH_ALT}))\s+(?:of\s+|de\s+)?\d{{4}}\b|\b\d{{4}}-\d{{1,2}}(?:-\d{{1,2}})?\b", _A)
_INSIDE_DOUBT = re.compile(r"\b(?:maybe|probably|prob|think|guess|around|about|approx\w*|roughly|environ|vers|"
                           r"peut|probablement|pense|crois|not|pas|no|non|never|jamais|or|ou|sure|sur|either|between|"
                           r"entre|unless|except|sauf|ish|plus|later|earlier|tard|ago|il y a)\b|"
                           r"\b(?:\d+|a|one|two|few|un|une|deux|quelques)\s+(?:weeks?|days?|semaines?|jours?)\b|"
                           r"[?~+]", _A)
_INSIDE_NEAR = re.compile(r"\b(?:after|before|apres|avant)\s+(?:\w+\s+)?$", _A)  # "a week after june 2022"
_START_WORDS = r"start\w*|began|begin\w*|joined|hired|commence\w*|debut\w*|embauch\w*|since|depuis"
_END_WORDS = r"end|ended|ends|left|quit|stopped|finished|fini\w*|termin\w*|quitte\w*|arret\w*|" \
             r"last day|dernier jour|laid off|fired|licenci\w*|until|till|jusqu\w*|resign\w*|" \
             r"fin|mise? a pied|demission\w*"
_STUDY_END_WORDS = r"graduat\w*|diplom\w*|finished|completed|fini\w*|termin\w*|last day|dernier jour|" \
                   r"classes|cours|convocation"
_TEST_WORDS = r"tests?|exams?|examens?|ielts|celpip|pte|tef|tcf|wrote|took|sat|passe|gave|both|les deux"
_RESULT_WORDS = r"results?|resultats?|scores?|trf|received|recu\w*|got|booked|scheduled|prevu\w*|reserv\w*|" \
                r"registered|inscri\w*|expire\w*|valid\w*|job|work\w*|travail\w*|emploi"
_BIRTH_WORDS = r"born|nee?|naissance|birth\w*|dob|bday"
# another event's date: a permit's, an arrival's, a school's (a job's start or end is not theirs)
_OTHER_EVENTS = r"permit|pgwp|visa|permis|landed|arrived|arrive\w*|came|moved|demenag\w*|school|college|" \
                r"program\w*|cegep|universit\w*|ecole"
_INSIDE_SAYS = {  # edge: (words one of which must be there, words none of which may be there)
    "start": (_START_WORDS, rf"{_END_WORDS}|{_STUDY_END_WORDS}|{_OTHER_EVENTS}|test|exam|born"),
    "end": (_END_WORDS, rf"{_START_WORDS}|graduat\w*|diplom\w*|landed|arrived|arrive\w*|came|moved|school|"
                        r"college|cegep|universit\w*|ecole|test|exam|born"),
    "studies": (_STUDY_END_WORDS, rf"{_START_WORDS}|job|permit|pgwp|visa|permis|test|exam|born"),
    "test": (_TEST_WORDS, rf"{_RESULT_WORDS}|{_START_WORDS}|{_END_WORDS}|born"),
    "birth": (_BIRTH_WORDS, rf"{_START_WORDS}|{_END_WORDS}|test|exam|arrived|came|landed|married|moved"),
}


_LAST_EXAM = re.compile(r"\b(?:(?:my|the|mon|mes) )?(?:(?:last|final) exams?|(?:dernier|derniers) examens?|"
                        r"examens? finaux)\b", _A)


def date_inside(text: str, edge: str) -> str | None:
    """The one date said inside a sentence about the event asked (`edge`: start, end, studies, test, birth), as
    typed ("june 2022", "monday sept 15 2025"); None when there is none, several, or a word that could move it,
    doubt it, or say it is the date of something else."""
    said = " ".join(re.sub(r"[,;:!()'\u2019]", " ", fold(text)).replace(". ", " ").split())
    if edge == "studies":  # "last exam on april 20 2024": the studies' last day, no language test's
        said = _LAST_EXAM.sub("last day", said)
    found = list(_DATE_INSIDE.finditer(said))
    if len(found) != 1 or edge not in _INSIDE_SAYS:
        return None
    date = found[0]
    rest = f"{said[:date.start()]} \u2016 {said[date.end():]}"  # the date's place kept: nothing joins across it
    needed, barred = _INSIDE_SAYS[edge]
    if edge == "start" and _story_start(said[:date.start()], said[date.end():]):
        return date[0]
    if re.search(r"\b\d{4}\b", rest, _A) or any(word in _MONTHS_OF for word in rest.split()) \
            or _INSIDE_DOUBT.search(rest) or _INSIDE_NEAR.search(said[:date.start()]) \
            or re.search(rf"\b(?:{barred})\b", rest, _A) or not re.search(rf"\b(?:{needed})\b", rest, _A):
        return None
    return date[0]


# A story told for the start ("i came on a study permit in 2019 then got pgwp and started at amazon in june 2021",
# « arrivée en 2019 comme étudiante, PTPD en 2021, j'ai commencé chez ubisoft en août 2021 »): the one date with a
# month, said right after the start (at most four words between, none of a school, a permit or a doubt), and
# nothing dated after it; the bare years before it are the story's other events.
_STORY_START = re.compile(rf"\b(?:{_START_WORDS})((?:\s+\S+){{0,4}})\s*$", _A)
_STORY_BARRED = re.compile(rf"\b(?:{_OTHER_EVENTS}|{_STUDY_END_WORDS}|{_END_WORDS}|stage|intern\w*|coop|co op|"
                           r"study|studies|etud\w*|student|test|exam)\b", _A)


def _story_start(before: str, after: str) -> bool:
    """Whether a date with its month (between `before` and `after`) is the start a story tells (_STORY_START)."""
    lead = _STORY_START.search(before)
    return lead is not None and not _STORY_BARRED.search(lead[1]) \
        and not _STORY_BARRED.search(" ".join(before[:lead.start()].split()[-1:])) \
        and not _INSIDE_DOUBT.search(f"{before} {after}") and not re.search(r"\d", after) \
        and not any(word in _MONTHS_OF for word in after.split()) \
        and not re.search(rf"\b(?:{_END_WORDS}|{_START_WORDS})\b", f"{before[:lead.start()]} {after}", _A)


_RELATIVE_YEARS = {"last year": -1, "this year": 0, "l an dernier": -1, "l annee derniere": -1, "l an passe": -1,
                   "l annee passee": -1, "cette annee": 0}


def _transposed_or_one_off(word: str, name: str) -> bool:
    """One letter changed, added, dropped, or two neighbours swapped ("Mat" for "May", "feburary" for
    "february")."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    if len(word) == len(name):
        diff = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == name[diff[1]]
                                  and word[diff[1]] == name[diff[0]])
    short, long = sorted((word, name), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _swapped(word: str, name: str) -> bool:
    """Two neighbouring letters swapped, nothing else: "feburary" for "february"."""
    diff = [i for i, (a, b) in enumerate(zip(word, name, strict=False)) if a != b]
    return len(word) == len(name) and len(diff) == 2 and diff[1] == diff[0] + 1 \
        and word[diff[0]] == name[diff[1]] and word[diff[1]] == name[diff[0]]


def _dropped(word: str, name: str) -> bool:
    """One letter left out of the name, nothing else: "febuary" for "february", "fevier" for "fevrier"."""
    return len(name) == len(word) + 1 and any(name[:i] + name[i + 1:] == word for i in range(len(name)))


def _month_typo(dated: str, edge: str, typed: str, today: dt.date) -> str | None:
    """A month mistyped beside a year ("Mat 2024", "Jume 2025", "feburary 2024"): two letters swapped in a long
    name is read; any other slip is confirmed, and a word that fits two months ("Mat": May or March?) asked
    about."""
    words = dated.replace(",", " ").replace(".", " ").split()
    strange = [w for w in words if re.fullmatch(r"[a-z]{3,}", w, _A) and w not in month_words()]
    if len(strange) != 1 or not any(re.fullmatch(r"\d{4}", w, _A) for w in words):
        return None
    word = strange[0]
    readings: list[str] = []
    months = sorted({month for name, month in month_words().items() if len(name) >= 3
                     and _transposed_or_one_off(word, name)})
    for month in months:
        name = next(name for name, number in month_words().items() if number == month)  # "january"
        try:
            value = parse_date(" ".join(name if w == word else w for w in words), edge, today)
        except InvalidAnswer:
            continue
        if value not in readings:
            readings.append(value)
    slip = any((len(word) >= 4 and _swapped(word, name)) or (len(word) >= 5 and _dropped(word, name))
               for name in month_words())
    if len(readings) == 1 and slip:
        # two letters swapped ("feburary", "Jnue") or one dropped in a long name ("Febuary", "févier"): read; any
        # other slip (a letter changed or added, a short name: "Jume", "Jul") is confirmed
        return readings[0]
    if readings:
        raise Ambiguous("date", typed, readings, key="answers.confirm_date" if len(readings) == 1 else None)
    return None


def bare_year(text: str, today: dt.date) -> str | None:
    """"2022" typed for a date: the picker opens that year's months (the year button says the same)."""
    cleaned = fold(text).rstrip(".")
    if re.fullmatch(r"\d{4}", cleaned, _A) and 1950 <= int(cleaned) <= today.year:
        return cleaned
    return None


# -- the obvious names of options --------------------------------------------------------------------------
# Everyday names of options, folded with punctuation as spaces: the option(s) each names. Two options for one name
# ("college diploma": one year or two?) are asked about, never chosen.
_NAMED_AS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "marital": (
        (("common_law",), "common law|common law partner|commonlaw|conjoint de fait|conjointe de fait|"
                          # "living together" is not here: how long makes common-law is not in RULES.md (asked)
                          "conjoints de fait|union de fait|en union de fait|union libre|en union libre|de facto"),
        (("married", "common_law"), "domestic partner|domestic partnership|life partner"),
        (("married", "common_law"), "partner|spouse|with my partner|conjoint|conjointe|conjoints"),
        # A couple may be married, common-law partners, or neither (then single, as err.marital_engaged says):
        # asked with the three (leftovers 10; « en couple » offered only the first two, "with my gf" was refused)
        (("married", "common_law", "single"), "couple|en couple|in a couple|in a relationship|relationship|"
                                              "with my gf|with my bf|with my girlfriend|with my boyfriend|"
                                              "avec ma copine|avec mon copain|avec ma blonde|avec mon chum|"
                                              "en relation|in relationship"),
        (("single", "common_law"), "en couple pas maries|en couple pas marie|en couple pas mariee|"
                                   "in a relationship not married|relationship not married"),
        (("married",), "marie|mariee|maries|mariees|wife|husband"),
        # "not married" is also how a common-law partner may put it (as "pas marié" in French): both offered
        (("single", "common_law"), "not married|unmarried|un married|no not married"),
        (("single",), "single|celibataire|never married|never been married|"
                     # "pas marié" may be a common-law partner's answer: asked again (the French audit)
                     "jamais marie|jamais mariee|"
                     # a single parent is single: the status, then who they raise
                     "single mom|single mum|single mother|single dad|single father|single parent|"
                     "mere celibataire|pere celibataire"),
        (("annulled",), "marriage annulled|mariage annule"),
        (("divorced",), "divorce|divorcee"),
        (("separated",), "separe|separee|separated but not divorced|separated not divorced|"
                         "separe mais pas divorce|separee mais pas divorcee|"
                         # as often misspelt (round 21)
                         "seperated|seperate|seprated|separeted"),
        # autocorrect and plural slips (round 21): "common lae", « conjoint de faits »
        (("common_law",), "common lae|commom law|comon law|common low|conjoint de faits|conjointe de faits|"
                          "conjoints de faits"),
        (("widowed",), "veuf|veuve|widow|widower"),
    ),
    "education_level": (
        (("bachelor",), "bachelors|bachelor|bachelor s|bachelors degree|bachelor s degree|bachelor degree|ba|"
                        "bsc|bs|beng|bcom|undergrad|undergraduate|undergraduate degree|licence|"
                        "baccalaureat|bac universitaire|4 year degree|3 year degree|bac quebecois|bac du quebec|"
                        "bac au quebec|dec technique|licence pro|licence professionnelle|"
                        # as written in India, Nigeria and the Philippines; bac+3 and bac+4 as written in France
                        "btech|b tech|be|b e|bba|bca|bcom|b com|bpharm|b pharm|bs|bsn|bsba|bsit|bscs|"
                        "bac 3|bac 4|bac+3|bac+4|"
                        # a program of three years or more is in this option, whatever it is called
                        "3 year diploma|3 years diploma|three year diploma|3 year college diploma|"
                        "4 year diploma|4 years diploma|four year diploma|3 year program|4 year program"),
        (("master",), "masters|master|master s|masters degree|master s degree|msc|ma|mba|meng|maitrise|master 2|"
                      "mastere|m2|mtech|m tech|mca|mcom|m com|"
                      # an entry-to-practice professional degree is in the master's option (RULES.md 3)
                      "md|dds|dmd|pharmd|dvm"),
        (("doctoral",), "phd|ph d|doctorate|doctorat"),
        (("secondary",), "grade 12|12th grade|class 12|12th|just high school|only high school|"
                         # as written in India and around: twelve years of school passed, the higher secondary
                         "12th pass|12th passed|12 pass|12th standard|12 standard|class 12 pass|hsc|"
                         "higher secondary|higher secondary certificate|"
                         "high school only|just highschool|high school grad|high school graduate|hs grad|"
                         "highschool grad|highschool graduate|grade 12 grad|grade 12 graduate|"
                         "secondary school completed|completed high school|completed secondary school"),
        (("secondary",), "high school|highschool|high school diploma|highschool diploma|"
                         "secondaire|secondary|lycee|secondaire 5|secondaire v|"
                         # "bac français", "bac (France)" name the French diploma; "bac en France" only where it
                         # was taken (a Quebec bac, a bachelor, done in France, or the French one): asked, as "bac"
                         # alone is (round 20)
                         "5e secondaire|sec 5|des|bac francais|bac france|bac de france|"
                         # a high-school equivalency (GED) is secondary school completed
                         "hs|hs diploma|ged"),
        (("less_than_secondary",), "primaire|aucun diplome|pas de diplome|"
                                  # the diploma of lower secondary school (France, West Africa)
                                  "brevet|brevet des colleges|bepc"),
        (("two_year",), "2 year college diploma|two year college diploma|2 year diploma|2 years diploma|"
                        "2 year college|two year diploma|diplome de 2 ans|bac 2|bac+2|"
                        "diploma 2 years|diploma 2 year|college diploma 2 years|diplome 2 ans|"
                        # an associate degree (United States) is a two-year program
                        "associate degree|associates degree|associate s degree|associate s|associates"),
        (("one_year",), "1 year diploma|one year diploma|1 year certificate|1 year college|certificate|"
                        "certificat"),
        (("one_year", "two_year"), "diploma|college diploma|college|diplome collegial|"
                                   # a post-graduate diploma is a one- or a two-year program: asked
                                   "pgd|pg diploma|pgdm|post graduate diploma|postgraduate diploma|"
                                   "post grad diploma|pg certificate"),
        (("two_year",), "dec preuniversitaire|dec preu|dec general|bts|dut|"
                        # a DEC said with its length: two years (pre-university), three (technical)
                        "dec de 2 ans|dec 2 ans|dec de deux ans|2 year dec|two year dec"),
        (("bachelor",), "dec de 3 ans|dec 3 ans|dec de trois ans|dec technique de 3 ans|dec technique 3 ans|"
                        "3 year dec|three year dec|"
                        # "une technique de 3 ans": a DEC technique, as said in Quebec, with its length
                        "technique de 3 ans|technique 3 ans|technique de trois ans"),
        (("two_year", "bachelor"), "dec|cegep|diplome d etudes collegiales"),
        (("secondary", "bachelor"), "bac"),
    ),
    "test_kind": (
        # not taken yet, even if booked: no result to count. A bare "not yet" / "pas encore" answers the question
        # as its own button does ("None yet"): a test taken whose result has not come is no result yet either
        (("none",), "not yet|pas encore|no not yet|nope not yet|non pas encore|nope pas encore|nan pas encore|"
                    "pas encore fait|pas fait encore|not yet done|not done yet|"
                    "havent taken one yet|haven t taken one yet|havent taken it yet|haven t taken it yet|"
                    "not taken yet|not yet taken|pas encore passe|pas encore passee|"
                    "je l ai pas encore passe|je ne l ai pas encore passe|pas encore de test"),
        (("ielts_general",), "ielts general training|ielts general|ielts g t|ielts gt|ielts formation generale"),
        (("celpip_general",), "celpip general|celpip g|celpip"),
        (("none",), "pas de test|aucun test|no test|no test yet|aucun test pour l instant|"
                    "aucun test pour le moment|pas de test pour l instant|pas de test pour le moment|"
                    "no test for now|no test so far|none so far|none for now|none at the moment|none right now|"
                    "aucun pour le moment|aucun pour l instant|aucun encore|"
                    # "aucune" (a feminine "none", as often typed), and a test still to take said before "encore"
                    "aucune|aucune pour l instant|aucune pour le moment|pas de test encore|aucun test encore"),
        (("ielts_general",), "general ielts|ielts gen|ielts gen training|general training"),
        (("celpip_general",), "celpip gen"),
        (("pte_core",), "pte core"), (("tef_canada",), "tef canada|tef"), (("tcf_canada",), "tcf canada|tcf"),
        # a phone's autocorrect of the tests' names (round 21): IELTS as "itself", CELPIP as "celtic", PTE as
        # "pete", TEF as "teff" ("itself" alone, as "ielts" alone, has two versions: not read)
        (("ielts_general",), "itself general|itself general training|itself gt"),
        (("celpip_general",), "celtic|celtic general|celtics|celtic g"),
        (("pte_core",), "pete core"), (("tef_canada",), "teff canada|teff"),
    ),
    # a Canadian credential named by its degree: a master's or a doctorate is in the option "3+ years, master's,
    # professional or doctorate" (CRS additional points, RULES.md section 3); a bachelor's, a DEC or a certificate
    # is not named here (its length decides, and the option says years)
    "canadian_credential": (
        (("three_year_plus",), "maitrise|master|masters|master s|master s degree|masters degree|msc|mba|meng|"
                               "doctorat|doctorate|phd|ph d"),
        # "aucun(e)" is the French "none", read in English (walkthrough round 12: « aucune » was refused)
        (("none",), "aucun|aucune|aucun diplome|aucun diplome canadien|pas de diplome canadien"),
    ),
    "education_where": (
        (("canada",), "canada|here|ici|in canada|au canada|canadian|canadien|au quebec|quebec|here in canada|"
                      "ici au canada|ici au quebec|here in quebec|in quebec|en ontario|in ontario"),
        (("abroad_eca", "abroad"), "abroad|outside canada|a l etranger|l etranger|etranger|hors du canada|"
                                   "hors canada|back home|at home|home country|in my home country|in my country|"
                                   "au pays|dans mon pays|chez moi|au bled|my country"),
        (("abroad_eca",), "abroad with eca|abroad with an eca|eca|with eca|avec eca|avec une eca|"
                          # EDE: the French name of an ECA, as the French catalog writes it
                          "ede|avec ede|avec une ede|etranger avec ede|etranger avec une ede|"
                          "hors du canada avec ede|hors du canada avec une ede"),
        (("abroad",), "abroad no eca|no eca|sans eca|without eca|sans ede|etranger sans ede|"
                      "hors du canada sans ede"),
    ),
}
_NAMES = {question: {name: options for options, names in table for name in names.split("|")}
          for question, table in _NAMED_AS.items()}
_NAME_FILLERS = re.compile(
                           r"^(?:"
                           # the partner named: "my wife is MBA", "my husband has a bachelor's" (before "my ")
                           r"my wife is (?!coming|with)|my husband is (?!coming|with)|my wife has |"
                           r"my husband has |my wife did |my husband did |"
                           r"she is |he is |ma femme a |mon mari a |ma femme est |mon mari est |"
                           # every name of the partner (round 20): "mon conjoint a une maîtrise", "ma blonde a
                           # fait le TEF", "my partner has a bachelor's", "my gf did celpip"
                           r"(?:my|ma|mon) (?:partner|spouse|hubby|gf|bf|girlfriend|boyfriend|conjointe?|epouse|"
                           r"epoux|blonde|chum|copine|copain) (?:is (?!coming|with)|has |did |took |a fait le |"
                           r"a fait la |a fait |a passe le |a passe |a |est )|"
                           # the partner named before a count: « mon conjoint : quatre ans », « ma blonde aucune »
                           r"(?:my|ma|mon) (?:wife|husband|partner|spouse|gf|bf|girlfriend|boyfriend|femme|mari|"
                           r"epouse|epoux|conjointe?|blonde|chum|copine|copain) (?=(?:\d|aucune?\b|none\b|zero\b|"
                           r"un\b|une\b|deux\b|trois\b|quatre\b|cinq\b|one\b|two\b|three\b|four\b|five\b))|"
                           # both said as one: « ma blonde et moi (on est en union de fait) », "my wife and i (are
                           # married)" (round 20)
                           r"(?:my|ma|mon) (?:wife|husband|partner|spouse|gf|bf|girlfriend|boyfriend|femme|mari|"
                           r"epouse|epoux|conjointe?|blonde|chum|copine|copain) (?:et|and) (?:moi|me|i) |"
                           # the verb left out after "moi …,": « moi une maîtrise, elle une licence »
                           r"(?:elle|il) (?=(?:un|une|le|la|l) )|"
                           # a credential finished, in French: "elle a fini son secondaire", "j'ai terminé mon DEC"
                           r"(?:(?:j ai|elle a|il a) )?(?:fini|termine|complete) (?:son |sa |mon |ma |le |la )?|"
                           # how a test was taken, as many write it: "i gave celpip", "she also gave ielts"
                           r"(?:i |she |he )?(?:also )?(?:gave|wrote|took|appeared for) |also |"
                           r"i am |i m |im |i have a |i have an |i have |i did a |i did |a |an |my |je suis |"
                           # a credential completed: "finished high school", "completed grade 12"
                           r"(?:i |she |he )?(?:finished|completed|graduated from|graduated) |her |his |"
                           # "je suis" as typed by SMS: "chu mariée", "chui célibataire", "jsuis divorcée"
                           r"chu |chui |jsuis |j suis |the |"
                           # the partner's answers: "she did IELTS general", "il a fait le TEF", "she's married"
                           r"she did |he did |she took |he took |she has a |he has a |she has |he has |"
                           r"she s |he s |elle a fait le |il a fait le |elle a passe le |il a passe le |"
                           r"elle a fait |il a fait |elle a |il a |elle est |il est |"
                           r"j ai fait le |j ai fait la |j ai passe le |le |la |l |"
                           # « j'ai fait mon ielts general » (round 21)
                           r"j ai fait mon |j ai passe mon |i did my |i took my |i wrote my |"
                           r"j ai un |j ai une |j ai |un |une |mon |ma |it s |its |c est |yes |oui |we are |"
                           r"nous sommes |on est |in |from |"
                           # the one held, said as the only one: "juste mon secondaire" (French review 13)
                           r"juste |seulement |just |only )+", _A)


# "married yes", "mariée oui": the option, then a yes that only agrees; "IELTS general training test"
_TRAILING_YES = re.compile(r"(?<=\w)\s+(?:yes|oui|yep|yeah|ouais|test|exam|examen|only|seulement|uniquement)$", _A)


_BRACKETED = re.compile(r"^(?P<out>[^()]*?)\s*\((?P<in>[^()]*)\)\s*[.!]?$")


def _without_initials(text: str) -> str:
    """A name followed by its own initials in brackets ("IELTS General Training (GT)"): the name alone. Anything
    else in brackets ("TEF (TEFAQ)", "IELTS (Academic)") is kept, to be read or refused with the rest."""
    if (said := _BRACKETED.match(text)) is None:
        return text
    initials = re.sub(r"[^a-z]", "", fold(said["in"]))
    words = [w[0] for w in re.sub(r"[^a-z0-9]+", " ", fold(said["out"]), flags=_A).split()]
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    return said["out"] if len(initials) >= 2 and initials in runs else text


def says_no_test(question: Question, text: str) -> bool:
    """"none", "aucun", "pas de test", "she has none" typed to the date or a score of a test (the person's or the
    partner's): a test not held, as the test question's "None yet" / "No test" would say it."""
    return option_named(question, text) == ("none",)


# A credential and the school or country it is from: the level alone is this question's (where comes next)
_AT_SCHOOL = re.compile(r"(?P<what>.+?) (?:at|from|in) (?:the )?(?P<where>[a-z]+(?: [a-z]+){0,3})", _A)


# A test's name as voice typing or a spelled-out acronym writes it (round 19 of typed answers): "I elts general",
# "eye elts GT", "i.e.l.t.s. general training", "see lip", "seal pip general", "selpip"; on the folded phrase
_SPOKEN_TESTS = ((re.compile(r"\b(?:i e l t s|i elts|eye elts|eye e l t s|ie lts)\b", _A), "ielts"),
                 (re.compile(r"\b(?:see lip|sea lip|seal pip|see pip|sel pip|selpip|cel pip|celpib|sell pip)\b",
                             _A),
                  "celpip"),
                 (re.compile(r"\bp t e\b", _A), "pte"), (re.compile(r"\bt e f\b", _A), "tef"),
                 (re.compile(r"\bt c f\b", _A), "tcf"))


def spoken_test_names(phrase: str) -> str:
    """The folded `phrase` with the names of tests as voice typing spells them written as the names."""
    for pattern, name in _SPOKEN_TESTS:
        phrase = pattern.sub(name, phrase)
    return phrase


def option_named(question: Question, text: str) -> tuple[str, ...]:
    """The option(s) an everyday name points to ("bachelors" -> bachelor); () when none is known."""
    # the spouse's education is named like the person's own ("licence", "bac+3", "bachelor of ...")
    named_id = "education_level" if question.id == "spouse_education" else question.id
    names = _NAMES.get(named_id) or _NAMES.get(named_id.removeprefix("spouse_"))
    if not names:
        return ()
    if question.id == "education_where":  # "ON", "C.-B.": a province by its abbreviation
        text = provinces_spelled(text)
    text = _without_initials(text)  # "IELTS General Training (GT)": the name, then its initials
    phrase = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    phrase = _NAME_FILLERS.sub("", re.sub(r"(?<=\d) ?(?:yrs?|years?)\b", " year", phrase, flags=_A)).strip()
    if question.id == "canadian_credential" and (credential := _canadian_credential(text, phrase)):
        return credential
    if named_id.endswith("test_kind"):  # "I elts general", "see lip", "i.e.l.t.s.": a name as voice types it
        phrase = spoken_test_names(phrase)
    said = phrase  # before a trailing "test" is dropped: "no he didnt give any test" needs it
    if phrase not in names:  # "married yes", but "no test" is a name of its own
        phrase = _TRAILING_YES.sub("", phrase)
    if named_id.endswith("education_level"):  # « master en Algérie, EDE en cours »: the ECA is under way
        phrase = _without_eca_said(phrase)
    if named_id.endswith("education_level") and _SECONDARY_UNFINISHED.fullmatch(phrase):
        return ("less_than_secondary",)  # "some high school", "secondaire non terminé": not completed
    if named_id.endswith("education_level") and (held := _held_beside_unfinished(question, text)):
        return held  # "bachelors, masters ongoing", "licence, master en cours": the one held (round 17)
    if _UNFINISHED.search(_without_eca_said(phrase) if named_id == "education_where" else phrase) \
            or (named_id.endswith("education_level") and _NOT_HELD.search(phrase)):
        return ()  # "masters (in progress)", "bsc final year", "currently pursuing masters": not held yet
    if named_id.endswith("education_level") and (several := _several_degrees(phrase, names)):
        return several  # "two bachelors", "deux licences", "two masters"
    if named_id.endswith("education_level") and (lasting := _length_of_program(phrase)):
        return lasting  # "1 year college certificate", "3 year advanced diploma", "AEC d'un an"
    if named_id == "marital" and _MARRIED_APART.fullmatch(phrase):
        return ("married",)  # "married but my husband is back home in the philippines": a spouse abroad too
    if named_id == "marital" and _COMMON_LAW_SAID.fullmatch(phrase):
        return ("common_law",)  # "in a common law relationship", "we're common-law partners"
    if named_id == "marital" and _TOGETHER_FOR.fullmatch(phrase):
        # "en concubinage depuis 3 ans": RULES.md does not say how long living together makes a common-law partner,
        # so no length is read as one (asked again with why: err.marital_together)
        return ()
    if named_id == "marital":  # "single lol", "common-law 2 yrs", "married since 2019": the status, then an aside
        aside = _MARITAL_ASIDE.search(phrase)
        phrase = _MARITAL_ASIDE.sub("", phrase)
        if aside and _SPOUSE_NAMED.search(aside[0]) and not _WITH_A_PARTNER.fullmatch(phrase):
            return ()  # "single, my wife lives in India": a spouse beside a status without one is asked
    found = names.get(phrase) or names.get(phrase.replace(" ", "")) \
        or {o.replace("_", " "): (o,) for o in question.options}.get(phrase)  # "divorced in 2019": the value
    if not found and named_id in ("marital", "test_kind", "spouse_test_kind"):
        # "not married, common law", "separated, not divorced yet", "ielts gt, not academic", "not celpip, ielts
        # general": one option said beside another denied (or a version not accepted), both were refused
        found = _this_not_that(phrase, names, question.options)
    if not found and named_id.endswith("test_kind") and (_NOT_TAKEN.match(phrase) or _NO_TEST_TAKEN.match(said)
                                                         or _NONE_HELD.fullmatch(said)
                                                         or _NO_TEST_HELD_FR.fullmatch(said)
                                                         or _NONE_SAID.fullmatch(said)):
        found = ("none",)  # "not yet, booked for next month": taken later, no result yet
    if not found and named_id.endswith("test_kind") and _planned_test(phrase, names):
        found = ("none",)  # "planning to take celpip", "no test yet, booked celpip for jan": no result yet
    if not found and named_id.endswith("education_level"):  # "bac au Cameroun", "bac à l'UQAM": by where
        found = _bac_by_where(phrase)
    if not found and named_id == "education_level":  # "bachelor + masters", "MSc + PhD": two credentials named
        found = _highest_of_two(text, names)
    if not found and named_id.endswith("education_level") and not _another_credential(phrase):
        # "Bachelor of Science", "master of arts", "Ph.D. in physics": a degree and its field, no other degree
        found = next((options for lead, options in _DEGREE_LEADS if phrase.startswith(lead)), None)
    if not found and named_id.endswith("education_level"):  # "masters 2 ans", "bachelor's (4 yrs)"
        found = _degree_and_length(phrase, names)
    if not found and named_id.endswith("education_level"):  # "B.E. in mechanical", "doctorate in chemistry"
        found = _degree_in_field(phrase, names)
    if not found and named_id.endswith("test_kind"):  # "ielts gt and tef": both accepted, one at a time
        found = _two_tests(phrase, names)
    if not found and named_id.endswith("test_kind"):  # "celpip general last year", "ielts gen, same as me"
        found = _test_with_aside(phrase, names)
    if not found and named_id.endswith("test_kind"):  # "IELTS General, L 8 R 7 W 6.5 S 7": kept with its scores
        found = _test_with_scores(text, phrase, names)
    if not found and question.id == "education_where":  # "en France avec une EDE", "in Belgium, ECA done"
        found = _abroad_with_or_without_eca(phrase)
    if not found and question.id == "education_where":  # "india", "au Maroc", "Lagos Nigeria", "humber college"
        found = _place_of_study(phrase)
    if not found and question.id == "canadian_credential":  # "oui, une maîtrise en génie"
        found = next((("three_year_plus",) for lead, options in _DEGREE_LEADS
                      if phrase.startswith(lead) and options in (("master",), ("doctoral",))), None)
    if not found and named_id.endswith("education_level"):  # "high school, no college", "bachelors, no masters"
        found = _held_then_higher_denied(question, phrase)
    if not found and named_id in _SAID_TWICE:  # "masters, sorry bachelors", "tef euh non tcf": the second one
        found = _choice_corrected(question, phrase)
    if not found and named_id in _SAID_TWICE:  # "no masters, only bachelors", "pas d'ielts, seulement le tef"
        found = _denied_then_named(question, phrase)
    if not found and named_id.endswith("education_level") and (school := _AT_SCHOOL.fullmatch(phrase)):
        found = option_named(question, school["what"])  # "2 year diploma at seneca": where is asked next
    if not found:  # "marrid", "bachlor", "comon law": a slip in an option's name
        found = _slip_in_a_name(phrase, {**{o.replace("_", " "): (o,) for o in question.options}, **names})
    return found or ()


# Choices named twice in one message (round 17 of typed answers): an option, then a slip word and the option meant
# ("masters, sorry bachelors", "ielts no sorry celpip", "licence, non pardon master", "tef euh non tcf"), or an
# option denied, then the one held ("no masters, only bachelors", "not a bachelor, 2 yr diploma", "pas d'ielts,
# seulement le tef"). A bare "no" between two options is no slip: "bachelors, no masters" says what is not held.
_SAID_TWICE = frozenset({"education_level", "test_kind", "spouse_test_kind", "marital", "education_where"})
_SLIP_PHRASES = re.compile(r"\b(?:en fait|my bad|i mean|i meant|je veux dire|je voulais dire|no wait)\b", _A)
_STRONG_SLIPS = frozenset({"sorry", "oops", "oups", "pardon", "actually", "en_fait", "my_bad", "euh", "heu",
                           "i_mean", "i_meant", "je_veux_dire", "je_voulais_dire", "wait", "no_wait", "desole",
                           "desolee", "correction", "attends", "attend"})
_WEAK_SLIPS = frozenset({"no", "non", "nope", "nan", "plutot"})
_DENIALS = frozenset({"no", "not", "pas", "non"})
# Words that name no one option but may be denied or slipped before the one meant ("no university, just high
# school"; "ielts no sorry celpip": "ielts" alone has two versions)
_DENIED_ANY = frozenset({"ielts", "pte", "university", "universite", "uni", "college", "degree", "diploma",
                         "diplome", "post secondary", "postsecondaire", "post secondaire", "fac", "faculte"})
_ARTICLES_AFTER = frozenset({"a", "an", "the", "any", "de", "d", "du", "des", "le", "la", "l", "un", "une"})
_HELD_LEAD = frozenset({"only", "just", "but", "juste", "seulement", "mais", "plutot", "que", "i", "have", "has",
                        "j", "ai", "got", "it", "s", "its", "c", "est", "le", "la", "l", "un", "une", "a", "an",
                        "the", "instead", "rather", "she", "he", "elle", "il", "did", "a fait", "fait", "took",
                        "passe", "did the", "yes", "oui"})


def _held_beside_unfinished(question: Question, text: str) -> tuple[str, ...] | None:
    """Two parts, one a credential not finished ("masters ongoing", "master en cours"), the other naming one
    option: that option; None otherwise."""
    parts = [part.strip() for part in re.split(r"[,;]", fold(text)) if part.strip()]
    if len(parts) != 2:
        return None
    unfinished = [bool(_UNFINISHED.search(part) or _NOT_HELD.search(part)) for part in parts]
    if sum(unfinished) != 1:
        return None
    held = option_named(question, parts[unfinished.index(False)])
    pending = parts[unfinished.index(True)]
    # the part not finished must name another credential: "bachelor's, graduating in april" is one not yet held
    if len(held) != 1 or not _CREDENTIAL_WORDS.search(pending.replace("'", " ")):
        return None
    other = option_named(question, _NOT_HELD.sub(" ", _UNFINISHED.sub(" ", pending)))
    return held if other and held[0] not in other else None


def _held_then_higher_denied(question: Question, phrase: str) -> tuple[str, ...] | None:
    """"high school, no college", "bachelors, no masters", "licence, pas de master": the level held, then a
    higher one denied; None when the denied one is not higher ("masters, no bachelors": maybe a slip)."""
    said = re.fullmatch(r"(?P<held>.+?) (?:(?:but|mais) )?(?:no|pas de|pas d|pas|not|never|jamais de)"
                        r"(?: (?:a|an|any|the|de|d|le|la|un|une))? (?P<denied>.+)", phrase, _A)
    if said is None:
        return None
    held = option_named(question, said["held"])
    if len(held) != 1 or held[0] not in EDUCATION_LEVELS:
        return None
    denied = option_named(question, said["denied"])
    if not denied and said["denied"] in _DENIED_ANY:
        return held if held[0] in ("less_than_secondary", "secondary") else None
    rank = EDUCATION_LEVELS.index
    return held if denied and all(o in EDUCATION_LEVELS and rank(o) > rank(held[0]) for o in denied) else None


def _choice_corrected(question: Question, phrase: str) -> tuple[str, ...] | None:
    """The option said after a slip ("masters, sorry bachelors": bachelor) when an option is said before it and
    one other option after it; None otherwise."""
    words = _SLIP_PHRASES.sub(lambda m: m[0].replace(" ", "_"), phrase).split()
    for start, word in enumerate(words):
        if word not in _STRONG_SLIPS and word not in _WEAK_SLIPS:
            continue
        end = start
        while end < len(words) and (words[end] in _STRONG_SLIPS or words[end] in _WEAK_SLIPS):
            end += 1
        if start == 0 or end == len(words) or not any(w in _STRONG_SLIPS for w in words[start:end]):
            return None
        said = " ".join(words[:start]).replace("_", " ")
        before = option_named(question, said) or (("?",) if said in _DENIED_ANY else ())
        meant = words[end:]
        while len(meant) > 1 and meant[0] in _HELD_LEAD | {"je", "suis", "i", "m", "im", "am"}:
            meant = meant[1:]  # "no wait, just bachelor's", "non attends je suis mariée": the option meant
        after = option_named(question, " ".join(words[end:]).replace("_", " ")) \
            or option_named(question, " ".join(meant).replace("_", " "))
        return after if before and len(after) == 1 and after != before else None
    return None


def _denied_then_named(question: Question, phrase: str) -> tuple[str, ...] | None:
    """The option held after one denied ("no masters, only bachelors": bachelor); None unless the denied words
    name an option (or a test with two versions) and the rest names exactly one other."""
    words = phrase.split()
    if len(words) < 3 or words[0] not in _DENIALS:
        return None
    rest = words[1:]
    while rest and rest[0] in _ARTICLES_AFTER:
        rest = rest[1:]
    for cut in range(1, len(rest)):
        that = " ".join(rest[:cut])
        held = rest[cut:]
        while held and held[0] in _HELD_LEAD:
            held = held[1:]
        if not held:
            continue
        denied = option_named(question, that) or (("?",) if that in _DENIED_ANY else ())
        this = option_named(question, " ".join(held)) if denied else ()
        if len(this) == 1 and this[0] not in denied and this != ("none",):
            return this
    return None


# A test only planned or booked: "planning to take celpip", "je compte passer le tef", "no test yet, booked
# celpip for jan", "pas encore, j'ai réservé le tef en janvier". A booking needs the no before it ("celpip, booked"
# may be a retake of a result held); a retake or a result said leaves it unread.
_PLAN_VERB = r"(?:(?:i m|im|i am|je|j|she s|he s|she|he|elle|il) )?(?:planning to|plan to|planning on|going to|" \
             r"gonna|will|ll|compte|vais|va|prevois de|prevois|prevoit|pense)"
_BOOK_VERB = r"(?:(?:i|she|he|she s|he s|i m|je|j|elle|il) )?(?:(?:ai|a|have|has) )?(?:booked|book|booking|" \
             r"reserve|reservee|registered for|registered|scheduled|inscrite?|suis inscrite?|est inscrite?)"
_TEST_PLANNED = re.compile(
    rf"^(?:(?P<no>(?:no test yet|no test|none yet|not yet|pas encore|pas de test|no|non|nope|nah)) )?"
    rf"(?:(?P<plan>{_PLAN_VERB})|(?P<book>{_BOOK_VERB}))(?: (?:take|taking|write|writing|do|doing|give|giving|"
    rf"passer|faire|for|pour|a|au|de|d))?(?: (?:the|my|a|an|le|la|l|un|une))? (?P<rest>.+)$", _A)
_NOT_A_PLAN = re.compile(r"\b(?:again|retake|re take|another|redo|repasser|refaire|de nouveau|results?|resultats?|"
                         r"scores?|notes?|got|eu|obtenu)\b", _A)


def _planned_test(phrase: str, names: dict[str, tuple[str, ...]]) -> bool:
    said = _TEST_PLANNED.match(phrase)
    if said is None or (said["book"] and not said["no"]) or _NOT_A_PLAN.search(phrase):
        return False
    words = said["rest"].split()
    return words[0] in ("ielts", "pte") or any((test := names.get(" ".join(words[:end]))) and test != ("none",)
                                               for end in range(len(words), 0, -1))


# One option said, and another denied beside it: "X not Y", "X, pas le Y", "X mais pas encore Y", "not Y, X"
# (never "never": "divorced, never married" contradicts itself and stays asked)
_NOT_THAT = r"(?:(?:and|but|mais|et) )?(?:not|pas|non)(?: (?:yet|encore|the|le|la|l|un|une|a|an))*"
_THIS_NOT_THAT = re.compile(rf"^(?P<this>.+?) {_NOT_THAT} (?P<that>.+?)(?: (?:yet|encore|anymore|plus))?$", _A)
_NOT_THAT_THIS = re.compile(rf"^{_NOT_THAT} (?P<that>.+?) (?:(?:but|mais|just|only|juste) )?(?P<this>.+)$", _A)
# The versions of a test that are not accepted, denied beside the accepted one ("ielts gt, not academic")
_VERSIONS_DENIED = frozenset({"ielts", "pte",  # "celpip, not ielts": a test with two versions, denied whole
                              "academic", "academique", "the academic", "l academique", "academic one", "quebec",
                              "tcf quebec", "tcf qc", "tefaq", "ielts academic", "pte academic", "general",
                              "tout public", "tcf tout public"})


def _this_not_that(phrase: str, names: dict[str, tuple[str, ...]],
                   options: tuple[str, ...]) -> tuple[str, ...] | None:
    """An option named beside another option (or a version not accepted) denied: the one named; None when the
    denied one is not known, is the same option, or either side names more than one."""
    plain = {o.replace("_", " "): (o,) for o in options}

    def named(words: str) -> tuple[str, ...] | None:
        return names.get(words) or names.get(words.replace(" ", "")) or plain.get(words)

    for said in (_THIS_NOT_THAT.match(phrase), _NOT_THAT_THIS.match(phrase)):
        if said is None:
            continue
        this, that = named(said["this"]), named(said["that"])
        if this is None or len(this) != 1 or this == ("none",):
            continue
        if (that is not None and this[0] not in that) or (that is None and said["that"] in _VERSIONS_DENIED):
            return this
    return None


# Names of a credential: after a degree's lead ("msc ..."), one of them is a second credential, never a field
_CREDENTIAL_WORDS = re.compile(r"\b(?:phd|ph d|doctorate|doctorat|masters?|msc|mba|meng|maitrise|bachelors?|bsc|"
                               r"licence|diploma|diplome|certificate|certificat|dec|aec|degree)\b", _A)
# A length said after a degree that has only one level whatever its length: "masters 2 ans", "bachelor s 4 yrs"
_LENGTH_AFTER = re.compile(r"^(?P<name>.+?)\s+(?P<n>\d|one|two|three|four|five|un|deux|trois|quatre|cinq)\s*"
                           r"(?:years?|yrs?|ans?|annees?)$", _A)


# After a test's full name, the words that may only be about it ("last year", "too", "same as me", "got 7 overall",
# "pour le Canada"): any other word may be a version ("tcf qc") or another test, and leaves the answer unread
_ASIDE_WORDS = frozenset({
    "last", "this", "year", "month", "week", "ago", "too", "also", "same", "as", "me", "mine", "her", "his", "him",
    "got", "overall", "score", "scores", "band", "bands", "result", "results", "in", "on", "the", "a", "an", "of",
    "it", "that", "one", "i", "she", "he", "we", "did", "took", "wrote", "with", "all", "each", "test", "exam",
    "pour", "le", "la", "l", "canada", "en", "annee", "derniere", "dernier", "passe", "passee", "aussi", "comme",
    "moi", "avec", "examen", "j", "ai", "eu", "partout", "de", "du", "mois", "semaine", "resultat", "resultats",
    # "celpip 9 across the board", "celpip 9 everywhere": the same score in all four (round 11 of walkthroughs)
    "across", "board", "everywhere",
    # "celpip june 2025", "tef canada en juin 2025" (and the months), "ielts gt twice": when taken, how often
    "twice", "once", "fois", "deux", "une",
    # the language it tests (round 21): "tef canada for french", « celpip pour l'anglais »
    "for", "french", "english", "francais", "anglais"})


def _test_with_aside(phrase: str, names: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """A test's name, then words about it ("celpip general last year", "ielts general training got 7 overall",
    "tef pour le canada"): that test. Never a name that has two versions ("ielts", "pte": which one is asked), nor
    with another test, a version or a doubt after it."""
    words = phrase.split()
    for end in range(len(words) - 1, 0, -1):
        head, aside = " ".join(words[:end]), " ".join(words[end:])
        test = names.get(head)
        if test is None:
            continue
        if len(test) != 1 or test == ("none",) or head in ("ielts", "pte") \
                or not all(word in _ASIDE_WORDS or word in _MONTHS_OF or word.replace(".", "").isdigit()
                           for word in aside.split()):
            return None
        return test
    return None


def _test_with_scores(text: str, phrase: str, names: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """A test's name, then its four scores named or in order ("IELTS General, L 8 R 7 W 6.5 S 7", "TEF Canada : CO
    300 CE 250 EE 400 EO 450", "tef nclc 8 8 7 7"): that test, when the scores read one way only (they are kept:
    flows/conversation.py). Never a name that has two versions ("ielts", "pte")."""
    words = phrase.split()
    for end in range(len(words) - 1, 0, -1):
        head = " ".join(words[:end])
        test = names.get(head)
        if test is None:
            continue
        if len(test) != 1 or test == ("none",) or head in ("ielts", "pte"):
            return None
        return test if scores_typed_ahead(text, test[0]) is not None else None
    return None


def _two_tests(phrase: str, names: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """Two accepted tests named ("ielts gt and tef", "tef + celpip"): both, to choose which is entered now (the
    other follows with "another test?"); None when a part is no accepted test's name."""
    # "tef but also ielts", "tef mais aussi ielts", "celpip and also tef": the second one added, not denied
    phrase = re.sub(r"\b(?:but|mais|and|et)?\s*(?:also|aussi)\b", " and ", phrase, flags=_A)
    parts = [part.strip() for part in re.split(r"\s*(?:\+|&|,|/|\band\b|\bet\b)\s*", phrase) if part.strip()]
    tests = [names.get(part) for part in parts]
    if len(parts) != 2 or any(test is None or len(test) != 1 or test == ("none",) for test in tests):
        return None
    found = tuple(dict.fromkeys(test[0] for test in tests if test))
    return found if len(found) == 2 else None


def _another_credential(phrase: str) -> bool:
    """Whether a second credential is named after a degree's lead ("msc + phd", "bachelor of arts and a DEC")."""
    lead = next((lead for lead, _ in _DEGREE_LEADS if phrase.startswith(lead)), None)
    return lead is not None and _CREDENTIAL_WORDS.search(phrase[len(lead):]) is not None


def _degree_and_length(phrase: str, names: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """A bachelor's, a master's or a doctorate named with its length ("masters 2 ans", "bachelor s 4 year"): the
    degree, whatever the years (a diploma's length decides its option, so it is never read here)."""
    said = _LENGTH_AFTER.fullmatch(re.sub(r"\byear\b", "years", phrase))
    found = names.get(said["name"]) if said else None
    if said is not None and found in (("two_year",), ("two_year", "bachelor")):
        # "DUT 2 ans", "bts 2 years": a two-year diploma said with its length; "DEC 3 ans": a three-year DEC is
        # a 3+ year program (RULES.md 3), "DEC 2 ans" a two-year one. Any other length is left to ask.
        years = {"2": 2, "two": 2, "deux": 2, "3": 3, "three": 3, "trois": 3}.get(said["n"])
        return ("two_year",) if years == 2 else ("bachelor",) if years == 3 and "bachelor" in found else None
    return found if found in (("bachelor",), ("master",), ("doctoral",)) else None


# Words after a degree's name that make it no degree held, or another credential: "phd student", "masters
# pursuing", "bsc final year", "bachelor 2 years" (a length is read by _degree_and_length), "bachelor and diploma"
_NOT_A_FIELD = re.compile(r"\d|\+|\b(?:and|et|plus|then|puis|or|ou|not|pas|no|non|never|jamais|pursuing|"
                          r"persuing|doing|current\w*|running|ongoing|on going|continuing|studying|appearing|"
                          r"appeared|final|"
                          r"last|first|second|third|dropped|drop|dropout|left|quit|year|years|yr|yrs|an|ans|annee|"
                          r"annees|semester|sem|pending|incomplete|student|students|candidate|etudiante?|scholar|"
                          r"admission|admitted|applied|applying|equivalent|equivalence|level|niveau|equiv)\b", _A)
_FIELD_LEAD = frozenset({"in", "en", "of", "de", "d", "du", "des", "from"})


_MANY_LENGTHS = (("two_year", "bachelor"),)  # a DEC: two years (pre-university) or three (technical)


def _degree_in_field(phrase: str, names: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """A bachelor's, a master's or a doctorate named with its field and nothing else ("b e in mechanical",
    "doctorate in chemistry", "master 2 en finance", "bsc nursing"): the degree. Never with a word that makes it
    unfinished, a student's, a length, a level or another credential (_NOT_A_FIELD, _CREDENTIAL_WORDS)."""
    words = phrase.split()
    for cut in (2, 1):  # a name of two words first ("b e", "master 2")
        found, field = names.get(" ".join(words[:cut])), words[cut:]
        if field and field[0] in _FIELD_LEAD:
            field = field[1:]
        rest = " ".join(field)
        # a program of one length whatever its field too ("DUT en info", "BTS commerce"), never a diploma; a DEC
        # with its field ("un dec en informatique") is a DEC, asked two years or three as "dec" alone is
        if found in (("two_year",), ("bachelor",), ("master",), ("doctoral",), *_MANY_LENGTHS) and rest \
                and not _NOT_A_FIELD.search(rest) \
                and not _CREDENTIAL_WORDS.search(rest) and not _UNFINISHED.search(rest):
            return found
    return None


# ("pis" is the "et" or "puis" of spoken Quebec French: "bac pis maîtrise", French review 13)
_BETWEEN_CREDENTIALS = re.compile(r"\s*(?:\+|&|,|;|/|\band\b|\bet\b|\bplus\b|\bthen\b|\bpuis\b|\bpis\b)\s*", _A)


def _highest_of_two(text: str, names: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """Two or more credentials named, each one option ("bachelor + masters", "licence et master"): the highest
    level asks for the highest one. A master's or a doctorate is above "two or more credentials" in the CRS
    (RULES.md section 3): that one. A bachelor's with another credential may be "two or more" (one of 3+ years):
    both are asked. Anything lower, or a part not known, is asked again."""
    parts = [" ".join(re.sub(r"[^a-z0-9+]+", " ", part, flags=_A).split())
             for part in _BETWEEN_CREDENTIALS.split(fold(text).replace("'", " "))]
    parts = [_NAME_FILLERS.sub("", part).strip() for part in parts if part]
    levels = [names.get(part) or _degree_in_field(part, names) or _length_of_program(
        re.sub(r"(?<=\d) ?(?:yrs?|years?)\b", " year", part, flags=_A))  # "bachelors + 1 yr post grad diploma"
        for part in parts]  # "bsc nursing and msc nursing"
    if len(levels) < 2 or any(level is None for level in levels):
        return None
    # a part of two lengths ("PGD": one or two years) is still a credential beside the bachelor's: its longest
    highest = max((option for level in levels if level for option in level), key=EDUCATION_LEVELS.index)
    if any(len(level) != 1 and highest in level for level in levels if level):
        return None  # the highest is itself unsure ("bac + DEC": a DEC of 2 or 3 years): asked again
    if highest in ("master", "doctoral"):
        return (highest,)
    return ("bachelor", "two_or_more") if highest == "bachelor" else None


def _slip_in_a_name(phrase: str, names: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The option(s) of a name typed with one slip, as months are read ("feburary", "febuary"): a letter left out
    or two neighbouring letters swapped, in a name of five letters or more, and only when every name so near names
    the same option(s). A letter changed or added ("marriad", "marrieed"), or a slip of a digit ("1 year" for "2
    year"), is not read: it could be another word."""
    if len(phrase) < 5:
        return None
    near = {options for name, options in names.items() if len(name) >= 5 and (
        (_swapped(phrase, name) and _letters_differ(phrase, name))
        or (_dropped(phrase, name) and _dropped_letter(phrase, name)))}
    return near.pop() if len(near) == 1 else None


def _letters_differ(word: str, name: str) -> bool:
    return all(a.isalpha() and b.isalpha() for a, b in zip(word, name, strict=True) if a != b)


def _dropped_letter(word: str, name: str) -> bool:
    """The letter left out is a letter, never a digit, a space or a sign ("2year diploma" is read, "year diploma"
    is not)."""
    return any(name[:i] + name[i + 1:] == word and name[i].isalpha() for i in range(len(name)))


# Words after a marital status that add nothing to it: laughter, how long, since when, how firmly it holds
# ("célibataire endurci", "single forever"); never a word of change ("married soon", "single but engaged")
_MARITAL_ASIDE = re.compile(r"(?: (?:lol|lool|haha\w*|hehe\w*|mdr|ptdr|lmao|since \d{4}|depuis \d{4}|"
                            r"endurcie?s?|confirmed|forever|for life|pour toujours|depuis toujours|a vie|"
                            r"depuis \d{1,2} ans?|for \d{1,2} (?:years?|yrs?)|\d{1,2} (?:years?|yrs?|ans?)|"
                            r"in \d{4}|en \d{4}|"
                            # the status as it is now ("married now (wasnt before)", « mariée maintenant »,
                            # round 20)
                            r"now|maintenant|as of now|currently|wasnt before|wasn t before|was not before|"
                            r"pas avant|avant non|"
                            # a month without its year ("married since june", "mariée depuis juin"): round 19
                            r"(?:since|depuis) (?:" + "|".join(sorted(month_words(), key=len, reverse=True))
                            + r")|"
                            # children beside the status: "marié avec deux enfants", "célibataire sans enfant"
                            r"(?:with|w|avec) (?:\d|one|two|three|un|une|deux|trois|my|mes)? ?"
                            r"(?:kids?|children|child|enfants?)|(?:sans|no|without) (?:kids?|children|enfants?)|"
                            # "married 2 kids", "married, she's 28", "mariée, il a 30 ans" (round 17)
                            r"(?:\d|one|two|three|un|une|deux|trois) (?:kids?|children|child|enfants?)|"
                            r"(?:she|he|elle|il)(?: s| is| a)? \d{2}(?: ans| years? old| yo)?|"
                            # the partner coming along: "my husband is coming with me", "mon épouse m'accompagne"
                            r"(?:is|will be) coming(?: with me| along)?|will come(?: with me)?|comes with me|"
                            r"is with me|m accompagne|vient avec moi|"
                            # the partner coming, said with its subject and "pis" (the "et" of spoken Quebec
                            # French): "mariée pis il vient avec moi", "married and he comes with me" (French
                            # review 13); whether they come is the next question's, asked there
                            r"(?:(?:and|et|pis) )?(?:he|she|il|elle|my wife|my husband|ma femme|mon mari) "
                            r"(?:vient avec moi|m accompagne|va venir avec moi|is coming with me|comes with me|"
                            r"will come with me)|"
                            # the status as it stands today: "célibataire pour l'instant", "single for now"
                            r"pour l instant|pour le moment|for now|right now|as of now|presentement|en ce moment|"
                            # where the partner stays, not whether they are one: "married, but she's staying back
                            # home", "marié mais ma femme reste au pays" (a place only, never more words)
                            r"(?:but |mais )?(?:she|he|my wife|my husband|ma femme|mon mari|elle|il)"
                            r"(?: s| is| est)? (?:is )?(?:staying|stays|lives|living|reste|vit|habite)"
                            r"(?: back home| at home| home| back in [a-z]+| in [a-z]+| au pays| en [a-z]+|"
                            r" a [a-z]+| au [a-z]+)|"
                            # a single person's own words: "single, never married" (after another status, asked)
                            r"(?<=single )never married|(?<=celibataire )jamais mariee?|"
                            # whom the separation or the divorce is from: "separated from my wife"
                            r"from (?:my )?(?:wife|husband|spouse|partner|ex)|"
                            r"(?:de|d avec) (?:ma femme|mon mari|mon epoux|mon epouse|mon conjoint|"
                            r"ma conjointe)))+$",
                            _A)
# Married, with where the spouse is now: "married but my husband is back home in the philippines", "marié mais ma
# femme est au Maroc", "married, we live apart, she's in Brazil". A spouse abroad is still a spouse (RULES.md 3:
# whether they come is the next question's, the CRS column follows it); never with a word that changes the status
# (separated, divorcing, died, engaged, common-law: those are asked or read as before).
_SPOUSE_WHO = r"(?:(?:my|ma|mon) )?(?:wife|husband|hubby|spouse|femme|mari|epouse|epoux|she|he|elle|il)"
_SPOUSE_WHERE = (r"(?:back home|at home|home|abroad|overseas|outside (?:of )?canada|not in canada|pas au canada|"
                 r"au pays|a l etranger|a l exterieur|hors du canada|dans (?:notre|mon|son) pays|"
                 r"(?:back )?(?:home )?in (?:the )?(?:(?:our|my|her|his) )?(?:home )?[a-z]+(?: [a-z]+)?|"
                 r"(?:en|au|aux|a) [a-z]+(?: [a-z]+)?)")
_MARRIED_APART = re.compile(
    r"(?!.*\b(?:divorc\w*|separ\w*|dead|died|deced\w*|passed|engag\w*|fiance\w*|common|commonlaw|widow\w*|"
    r"veu[fv]\w*|annul\w*|ex|former|ancienne?|fait|union)\b)"
    r"(?:(?:i m|im|i am|je suis|we re|we are|legally|officially|legalement) )*"
    r"(?:married|maried|marrid|marie|mariee)"
    r"(?: (?:but|mais|and|et|though|cependant))?"
    r"(?: (?:we|on|nous) (?:live|are living|living|vit|vivons|habite|habitons|ne vit|ne vivons) "
    r"(?:apart|separately|pas ensemble|in different countries)(?: (?:but|mais|and|et))?)?"
    rf"(?:(?: {_SPOUSE_WHO}(?: (?:is|s|stays|stayed|is staying|staying|lives|living|is living|remains|still|"
    r"is still|est|reste|restee|est reste|est restee|vit|habite|demeure|encore|toujours))*"
    rf"(?: {_SPOUSE_WHERE}| (?:won t|wont|will not|isn t|is not|isnt|not) (?:come|coming)(?: to canada| here)?|"
    r" (?:ne )?(?:vient|viendra) pas(?: au canada| ici)?))"
    r")?"
    r"(?: (?:for now|right now|currently|still|yet|pour l instant|pour le moment|for the moment|encore))*", _A)
# where a spouse stays, in a marital aside ("my wife lives in India"): said only beside a status with a partner
_SPOUSE_NAMED = re.compile(r"\b(?:she|he|wife|husband|femme|mari|elle|il)(?: s| is| est)? (?:is )?"
                           r"(?:staying|stays|lives|living|reste|vit|habite)\b"
                           r"|\b(?:she|he|elle|il)(?: s| is| a)? \d{2}\b"
                           r"|\b(?:she|he|elle|il|wife|husband|femme|mari) (?:vient avec moi|m accompagne|"
                           r"va venir avec moi|is coming with me|comes with me|will come with me)\b", _A)
# The statuses with a partner, as typed (the names of married and common-law above, and their typos)
_WITH_A_PARTNER = re.compile(r"(?:(?:i m|im|i am|je suis|we re|we are|legally|officially|legalement) )*"
                             r"(?:married|maried|marrid|marie|mariee|maries|mariees|common law|commonlaw|"
                             r"conjoints? de fait|conjointes? de fait|union de fait|en union de fait)", _A)
# Common-law said with what it is: "in a common law relationship", "common-law partners", "conjoints de fait
# avec mon chum" (the partner named after it adds nothing)
_COMMON_LAW_SAID = re.compile(
    r"(?:(?:we re |we are |on est |nous sommes )?(?:in (?:a )?|en )?)(?:common law|commonlaw|conjoints? de fait|"
    r"conjointes? de fait|union de fait|union libre)(?: (?:partners?|relationship|couple|union|spouses?))?"
    r"(?: (?:with|avec) (?:my|mon|ma) (?:partner|boyfriend|girlfriend|gf|bf|chum|blonde|conjointe?|copain|copine|"
    r"fiance|fiancee))?", _A)
# A secondary school not completed: "some high school", "didn't finish high school", "secondaire non terminé"
_SECONDARY = r"(?:high school|highschool|secondary school|secondary|secondaire|lycee)"
_SECONDARY_UNFINISHED = re.compile(
    rf"(?:(?:some|partial|incomplete|unfinished) {_SECONDARY}|"
    rf"(?:i )?(?:didn t|didnt|did not|never|couldn t|could not) (?:finish|complete|graduate from|graduate) "
    rf"{_SECONDARY}|"
    # left before its end (round 20): "dropped out of high school", « a abandonné le secondaire »
    rf"(?:(?:i|she|he) )?(?:dropped out of|dropped out from|quit|left) {_SECONDARY}|"
    rf"(?:(?:j ai|elle a|il a) )?(?:abandonne|lache|quitte) (?:le |l |son |mon )?{_SECONDARY}|"
    rf"{_SECONDARY} (?:non terminee?|pas terminee?|pas finie?|inachevee?|incomplete|not finished|"
    rf"not completed|unfinished))", _A)
_COUNT_OF = {"two": 2, "2": 2, "deux": 2, "three": 3, "3": 3, "trois": 3}


def _several_degrees(phrase: str, names: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """Two or three degrees of one kind said in the plural ("two bachelors", "2 bachelor s degrees", "deux
    licences"): two bachelor's are two credentials, each of 3+ years ("two or more", RULES.md 3); two master's or
    doctorates are that degree (above "two or more"). A lower credential counted ("two diplomas") is not read: its
    length decides."""
    count, _, rest = phrase.partition(" ")
    if count not in _COUNT_OF or not rest:
        return None
    one = " ".join(re.sub(r"(?<=[a-z])s\b|\bs\b", "", rest, flags=_A).split())  # "bachelor s degrees": one
    level = names.get(rest) or names.get(one)
    if level == ("bachelor",):
        return ("two_or_more",)
    return level if level in (("master",), ("doctoral",)) else None


# A program said with its length: "1 year college certificate", "3 year advanced diploma", "AEC d'un an" (a
# college's attestation); its length names the option (RULES.md 3: one-year, two-year, three years or more)
_YEARS_SAID = r"(?P<n>[1-9]|one|two|three|four|un|une|deux|trois|quatre)"
_PROGRAM = r"(?:diploma|certificate|cert|program|programme|diplome|certificat|aec|attestation)"
_LENGTH_OF_PROGRAM = re.compile(
    rf"(?:{_YEARS_SAID} ?(?:year|years|yr|yrs|ans?|annees?) (?:(?:college|advanced|post secondary|postsecondary|"
    rf"post graduate|postgraduate|post grad|pg|graduate|grad|university|collegial|college) )*{_PROGRAM}|"
    rf"{_PROGRAM}(?: (?:collegiale?|college))?(?: (?:d|de|of))? {_YEARS_SAID.replace('?P<n>', '?P<m>')} ?"
    r"(?:year|years|yr|yrs|ans?|annees?))",
    _A)
_YEARS_OF = {"one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4}


def _length_of_program(phrase: str) -> tuple[str, ...] | None:
    if (said := _LENGTH_OF_PROGRAM.fullmatch(phrase)) is None:
        return None
    count = said["n"] or said["m"]
    years = int(count) if count.isdigit() else _YEARS_OF[count]
    return ("one_year",) if years == 1 else ("two_year",) if years == 2 else ("bachelor",)


# No test held, said as having none: "haven't taken one", "j'en ai pas", "elle n'en a pas", "she doesn't have one"
_NONE_HELD = re.compile(
    r"(?:(?:no|non|nope|nah) )?(?:(?:i|he|she|we|je|j|il|elle) )?(?:(?:have|has|ai|a) )?"
    r"(?:(?:not|didnt|didn t|did not|havent|haven t|hasnt|hasn t|never) (?:yet )?(?:given|taken|written|done|"
    r"appeared for|had)(?: (?:one|any|it))?|(?:don t|dont|do not|doesn t|doesnt|does not) have (?:one|any)|"
    r"n en (?:ai|a) (?:pas|aucun)|en (?:ai|a) pas|n en ai jamais passe|n en a jamais passe)"
    r"(?: (?:yet|encore|so far|for now|pour l instant|pour le moment))?", _A)
# No test, said in French with its subject: "non, aucun test", "non il a pas de test", "elle n'a aucun examen";
# "jai pas encore de test" ("j'ai" typed without its apostrophe, "encore" before "de")
_NO_TEST_HELD_FR = re.compile(
    r"(?:(?:non|nan|nenon|no) )?(?:(?:il|elle|j|je|jai) )?(?:n )?(?:(?:ai|a) )?"
    r"(?:pas(?: encore)? de|pas(?: encore)? d|aucun|aucune) "
    r"(?:test|tests|examen|examens)(?: de langue)?(?: (?:encore|pour l instant|pour le moment))?", _A)
# None, said in a word or with who has none: "nope none", "n/a", "nothing", "rien", "non aucun", "elle en a aucun",
# "she has none", "none yet", "jamais passé de test", "pas passé" (the option "None yet": no result to count)
_NONE_SAID = re.compile(
    r"(?:(?:no|non|nope|nah|nan) )?(?:(?:she|he|il|elle|i|je|j) )?(?:(?:has|have|en a|n en a|en ai|n en ai) )?"
    r"(?:none|aucun|aucune|nothing|rien|zero|nil|n a)"
    r"(?: (?:yet|encore|du tout|at all|so far|for now|pour l instant|pour le moment))?"
    r"|(?:(?:no|non|nan) )?(?:(?:il|elle|je|j) )?(?:(?:n a|n ai|a|ai) )?(?:jamais|pas) passee?"
    r"(?: (?:de|d|un|aucun) (?:test|examen))?(?: (?:encore|pour l instant|pour le moment))?", _A)
# A test not taken yet, then when it is booked: "not yet, booked for next month", "pas encore, inscrite en mars"
# "not given any test yet", "no he didnt give any test", "j'ai pas encore passé de test": none taken
_NO_TEST_TAKEN = re.compile(
    r"^(?:(?:no|non|nope|nah) )?(?:(?:i|he|she|we|je|j|il|elle) )?(?:(?:have|has|ai|a) )?"
    r"(?:not|didnt|didn t|did not|havent|haven t|hasnt|hasn t|never|n ai pas|n a pas|ai pas|a pas|pas)"
    r"(?: (?:yet|encore))? (?:given|give|taken|take|written|write|done|do|appeared for|passe|fait)"
    r"(?: (?:any|a|an|the|de|aucun|le|un|my|mon))? (?:language )?(?:test|tests|exam|exams|examen|examens)"
    r"(?: (?:yet|encore|so far|for now|pour l instant|pour le moment))?$", _A)
_NOT_TAKEN = re.compile(r"^(?:not yet|pas encore|none yet)(?: taken| passe| passee)? (?:booked|scheduled|planned|"
                        r"registered|writing|taking|prevu|prevue|inscrite?|reserve|reservee|je le passe|"
                        r"je passe)\b(?!.*\b(?:results?|resultats?|scores?|notes?)\b)", _A)
_DEGREE_LEADS = (("bachelor of ", ("bachelor",)), ("bachelors of ", ("bachelor",)), ("master of ", ("master",)),
                 ("masters of ", ("master",)), ("doctor of philosophy", ("doctoral",)),
                 ("baccalaureat universitaire", ("bachelor",)), ("baccalaureat en ", ("bachelor",)),
                 ("maitrise en ", ("master",)), ("licence en ", ("bachelor",)), ("licence de ", ("bachelor",)),
                 ("doctorat en ", ("doctoral",)), ("bacc en ", ("bachelor",)),
                 ("master en ", ("master",)), ("bac en ", ("secondary", "bachelor")),
                 # "Bachelors in CS", "MSc Computer Science": a degree and its field
                 ("bachelor in ", ("bachelor",)), ("bachelors in ", ("bachelor",)),
                 ("bachelor s in ", ("bachelor",)),
                 ("bsc ", ("bachelor",)), ("beng ", ("bachelor",)), ("master in ", ("master",)),
                 ("bachelors degree in ", ("bachelor",)), ("bachelor s degree in ", ("bachelor",)),
                 ("bachelor degree in ", ("bachelor",)), ("ph d in ", ("doctoral",)), ("ph d en ", ("doctoral",)),
                 ("phd en ", ("doctoral",)), ("masters degree in ", ("master",)),
                 ("master s degree in ", ("master",)),
                 ("masters in ", ("master",)), ("master s in ", ("master",)), ("msc ", ("master",)),
                 ("meng ", ("master",)), ("mba ", ("master",)), ("phd in ", ("doctoral",)))
_CREDENTIAL_YEARS = re.compile(r"\b(?:(?P<short>1|2|one|two|un|deux)|(?P<long>[3-9]|three|four|five|trois|"
                               r"quatre|cinq))[ -](?:years?|ans?|annee)\b", _A)
# A program's length said with a fraction of a year or in months ("1.5yr diploma", "DEP d'un an et demi", "18mo
# program", "un AEC de 18 mois"): "1.5" was read as "5 year" (three years or more), "un an et demi" as one year.
# Read on the folded text, before its dots go: the years it lasts, or None.
_FRACTION_YEARS = re.compile(r"(?<![\d.,])(\d)[.,](\d)\s*(?:years?|yrs?|ans?|annees?)\b", _A)
_MONTHS_LONG = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:months?|mos?|mths?|mois)\b", _A)
_AND_A_HALF = re.compile(r"\b(?:(?P<n>1|2|one|two|un|une|deux|a|an)\s+)(?:years?|yrs?|ans?|annees?)\s+"
                         r"(?:and a half|et demie?)\b|"
                         r"\b(?P<n2>1|2|one|two|a)\s+and a half\s+(?:years?|yrs?)\b", _A)
_HALF_COUNT = {"1": 1, "one": 1, "un": 1, "une": 1, "a": 1, "an": 1, "2": 2, "two": 2, "deux": 2}


def program_years_said(text: str) -> float | None:
    """The length of a program said with a fraction of a year or in months ("1.5 yr", "18 mois", "un an et
    demi"), in years; None when none is said that way."""
    said = " ".join(fold(text).replace("'", " ").replace("\u2019", " ").split())
    if re.search(r"\b(?:ago|back|il y a|ca fait|since|depuis)\b", said, _A):
        return None  # "graduated 18 months ago", "il y a un an et demi": a time, not a length
    if (fraction := _FRACTION_YEARS.search(said)) is not None:
        return float(f"{fraction[1]}.{fraction[2]}")
    if (months := _MONTHS_LONG.search(said)) is not None:
        return int(months[1]) / 12
    if (half := _AND_A_HALF.search(said)) is not None:
        return _HALF_COUNT[half["n"] or half["n2"]] + 0.5
    return None


_HIGHER_DEGREE = re.compile(r"^(?:(?:yes|oui|ouais|yeah|yep) )?(?:une |un |a )?(?:maitrise|master|masters|msc|mba|"
                            r"meng|doctorat|doctorate|phd)\b", _A)


# "no only foreign degree", "non juste un diplome etranger": the one held is from abroad, said without its country
_FOREIGN_DEGREE = re.compile(rf"\b(?:foreign|international|overseas|{_FROM_ABROAD})\b", _A)

_YES_ALONE = frozenset({"yes", "oui", "yeah", "yep", "ouais", "yes i do", "oui j en ai un", "yes i have"})


def _canadian_credential(text: str, phrase: str) -> tuple[str, ...] | None:
    """A Canadian credential said with a plain no ("nope, all my studies back home"), its length ("2 yr college
    diploma", "AEC d'un an"), or a master's or a doctorate named first ("oui une maîtrise à l'UdeM")."""
    if _UNFINISHED.search(phrase):  # "oui, une maîtrise en cours": not held yet
        return None
    if leading_yes_no(text) == "no":  # "non, une maîtrise" says both: asked again
        return None if _HIGHER_DEGREE.search(re.sub(r"^(?:no|non|nope|nah|nan|nn)\b ?", "", phrase, flags=_A)) \
            else ("none",)
    if re.match(r"^(?:no|non|nope|nah|nan|nn) (?:only|just|juste|seulement|que) ", phrase, _A) \
            and (_abroad_place(text) or _FOREIGN_DEGREE.search(phrase)) \
            and not _HIGHER_DEGREE.search(phrase.split(" ", 2)[2]) \
            and not any(part.kind not in (ABROAD, "") for part in places_named(text)):
        return ("none",)  # "nope only my indian degree", "non, juste mon diplôme du Maroc": only one from abroad
    if leading_yes_no(text) is None and not re.match(r"^(?:yes|oui|ouais|yeah|yep)\b", phrase, _A) \
            and re.match(r"^(?:no|non|nope|nah|nan|nn)\b", phrase, _A):
        return None
    if _NOT_HELD.search(phrase):  # "2 year diploma not done", "pursuing 2 year diploma": a length, not held
        return None
    if _HIGHER_DEGREE.match(phrase):
        return ("three_year_plus",)
    if phrase in _YES_ALONE:  # "yes" alone names neither of the two yes options: which one is asked
        return ("one_or_two_year", "three_year_plus")
    if (years := program_years_said(text)) is not None and years >= 1:  # "1.5yr diploma", "18mo program"
        return ("one_or_two_year",) if years < 3 else ("three_year_plus",)
    lengths = {"short" if match["short"] else "long" for match in _CREDENTIAL_YEARS.finditer(phrase)}
    if len(lengths) == 1:  # one length said: the option that names it; two ("1 year then 3 years") are asked
        return ("one_or_two_year",) if lengths == {"short"} else ("three_year_plus",)
    if not lengths and (leading_yes_no(text) == "yes" or re.match(r"^(?:yes|oui|ouais|yeah|yep|yup)\b",
                                                                   fold(text), _A)) \
            and _A_CREDENTIAL.search(phrase) and not _QUEBEC_VOCATIONAL.search(phrase) \
            and not re.search(r"\bcertifi", phrase, _A):  # "yes a diploma from humber", "oui un DEC": length asked
        return ("one_or_two_year", "three_year_plus")
    return None


# A credential named without its length, after a yes to the Canadian credential question
# (not a certificate, an AEC or a DEP: often under a year, when "No" is the answer, which an ask would not offer)
_A_CREDENTIAL = re.compile(r"\b(?:diplomas?|diplomes?|dec|bachelors?|bac|"
                           r"baccalaureat|degree|college|colleges|university|universite|pgd|pgdm|pg|post ?grad|"
                           r"postgraduate|cegep|program|programme|pgwp|ptpd)\b", _A)


# Quebec's vocational diploma (DEP, with its ASP) and college attestation (AEC): programs of a few months to two
# years, some begun before secondary school was finished; RULES.md places none of them, so the person chooses
_QUEBEC_VOCATIONAL = re.compile(r"\b(?:dep|asp|aec|diplome d etudes professionnelles|attestation de "
                                r"specialisation professionnelle|attestation d etudes collegiales)\b", _A)


def names_quebec_vocational(text: str) -> bool:
    """"DEP en soudage", "une AEC": told how such a credential is placed, rather than "the level an ECA gives"."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text), flags=_A).split())
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text), flags=_A).split())
    return _QUEBEC_VOCATIONAL.search(said) is not None


# The partner said to be in Canada already, to "Will your spouse or partner come with you to Canada?" (session 20:
# "she's already here with me", « elle est déjà au Canada » got "answer yes or no")
_PARTNER_HERE = re.compile(r"\b(?:already (?:here|in canada|living here)|deja (?:ici|au canada|la)|here with me|"
                           r"ici avec moi|with me here|with me in canada|live (?:here|together)|"
                           r"lives (?:here|with me)|"
                           r"living (?:here|with me|together)|vit (?:ici|avec moi)|vivons ensemble|vit deja|"
                           r"on (?:vit|habite) ensemble|au canada avec moi|in canada with me|is in canada|"
                           r"est au canada|est ici|is here|"
                           r"(?:permit|permis|owp|sowp|pgwp|visa) (?:here|ici|in canada|au canada))\b", _A)


def partner_already_here(text: str) -> bool:
    """"she's already here with me", « il vit déjà ici »: where the partner is, not whether they come with the
    person (RULES.md 3 counts an accompanying partner and says nothing of one already in Canada): asked with
    what decides it, never read as a yes."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    return _PARTNER_HERE.search(said) is not None and leading_yes_no(text) is None


# A partner who stays where they are, said for whether they come ("he's staying in the philippines", « non
# elle reste en France », "she's not coming"): a no to "Will your spouse or partner come with you to Canada?"
# (round 16); never of Canada or here (partner_already_here), nor for now or until later (a partner who joins
# later may still be accompanying)
_PARTNER_STAYS = re.compile(r"\b(?:(?:staying|stays|stay|remaining|remains|remain)(?: (?:back|behind))? "
                           r"(?:in|at|back|home|behind|there|abroad|over there|in the)|"
                           r"(?:staying|stays|remains) (?:back|behind)$|"
                           r"(?:not|isn t|isnt|won t|wont|will not|doesn t|doesnt|does not) "
                           r"(?:coming|come|joining|join|moving|move)|"
                           r"(?:il|elle) (?:reste|restera|va rester) (?:en|au|aux|a|la bas|la|chez|au pays)|"
                           r"ne (?:vient|viendra|va pas venir|m accompagne|m accompagnera|me suit|me suivra|"
                           r"demenage|demenagera) pas)\b", _A)
_PARTNER_STAYS_NOT_QUITE = re.compile(r"\b(?:canada|here|ici|avec moi|with me|yet|later|for now|for the moment|"
                              r"pour l instant|pour le moment|pas encore|plus tard|d abord|first)\b", _A)


def partner_stays_behind(text: str) -> bool:
    """Whether the partner is said to stay where they are, not to come along ("no hes staying in the
    philippines", « elle reste en France »): RULES.md 3's "without spouse" column."""
    if any(sign in text for sign in _DOUBT_SIGNS):  # "no, she stays in India 🙃": a doubt, asked again
        return False
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    return _PARTNER_STAYS.search(said) is not None and _PARTNER_STAYS_NOT_QUITE.search(said) is None


def credential_from_abroad(text: str) -> str | None:
    """A credential from outside Canada given for the Canadian one: "abroad" when only places abroad are named
    ("yes a masters from uk", "oui 3 ans en France": no additional points, RULES.md 3, yet stored as a Canadian
    one), "both" when a place in Canada is named too ("masters from india and a pg diploma from conestoga": which
    one is Canadian decides the length, so it is asked), else None. A plain no beside it ("nope only my indian
    degree") is a no."""
    if leading_yes_no(text) == "no" or re.match(r"^(?:no|non|nope|nah|nan|nn)\b", fold(text), _A):
        return None
    parts = places_named(text)
    abroad = any(part.kind == ABROAD and (part.text != "us" or (i and parts[i - 1].text in ("the", "from")))
                 for i, part in enumerate(parts))  # "us" a pronoun too, unless "the us", "from us"
    if not abroad:
        return None
    return "both" if any(part.kind in (CANADA, EITHER) for part in parts) else "abroad"


_ONE_OR_TWO = {"1": "one_year", "one": "one_year", "un": "one_year", "une": "one_year",
               "2": "two_year", "two": "two_year", "deux": "two_year"}
_LENGTH_SAID = re.compile(r"(?<!il y a )\b(1|2|one|two|une?|deux)[ -](?:years?|ans?|annees?)\b(?! ago| back)", _A)


def canadian_credential_length(text: str) -> str | None:
    """The length typed with a one- or two-year Canadian credential ("yes 2 year diploma from humber", "oui, une
    AEC d'un an"): "one_year" or "two_year", kept so that the education factor counts that level (RULES.md 3: 98
    for a two-year program, 90 for a one-year one) rather than the lowest; None when no length, or both, are said
    ("1 or 2 years", "1-2 yr program"), or a time rather than a length ("2 years ago", "il y a 2 ans")."""
    if program_years_said(text) is not None:
        return None  # "DEP d'un an et demi", "18 month diploma": neither one year nor two (the option says both)
    phrase = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    phrase = re.sub(r"(?<=\d) ?(?:yrs?|years?)\b", " year", phrase, flags=_A)
    if re.search(r"\b(?:1|one|un)(?: or | ou | to | a | )(?:2|two|deux)\b", phrase, _A):
        return None  # "1 or 2 years", "1-2 yrs", "un ou deux ans": either
    said = {_ONE_OR_TWO[match[1]] for match in _LENGTH_SAID.finditer(phrase)}
    return said.pop() if len(said) == 1 else None


_ECA = re.compile(r"\b(?:ede|eca|wes|ces|icas|iqas|ices)\b", _A)
_NO_ECA = re.compile(r"\b(?:sans|without|no|pas d|pas de|pas encore d|aucune?)\s+(?:\w+\s+)?"
                     r"(?:ede|eca|evaluation|assessment|wes|ces|icas|iqas|ices)\b", _A)
# Words that say an ECA is held: beside "no ECA" they make the answer a contradiction to ask about
_ECA_HELD = re.compile(r"\b(?:done|have|has|got|yes|oui|faite?|avec|with|completed?|received|recue?|"
                       r"obtenue?)\b", _A)
# Words that deny, doubt, date or age an ECA named ("wes not done", "haven't done my wes", "WES expired", "EDE
# non", "my wes is from 2019": an ECA counts only under 5 years old): never read as "with an ECA"
_ECA_NOT_PLAIN = re.compile(r"\b(?:no|not|non|never|jamais|without|sans|pas|aucune?|nope|nah|none|t|didnt|havent|"
                            r"hasnt|dont|doesnt|yet|encore|expired?|expiree?s?|perimee?s?|old|vieille|ancienne?|"
                            r"ago|need|needs|besoin|will|going|plan\w*|maybe|peut|\d+)\b", _A)
_ECA_PENDING = re.compile(r"\b(?:pending|waiting|wait|applied|soon|not yet|to come|en attente|attente|demandee?|"
                          # « j'attends mon EDE », « l'EDE est en traitement » were stored as with an ECA
                          r"attend\w*|traitement|traitee?|"
                          # « en haiti, jattends mon EDE » (« j'attends » typed without its apostrophe) was stored
                          # as with an ECA (French review 16)
                          r"jattend\w*|"
                          r"bientot|a venir|pas encore|pas fini\w*|pas recu\w*|not received|"
                          # "nigeria, WES in process", "inde, EDE envoyée", "maroc, je vais demander l'EDE", "EDE à
                          # faire", "eca to be done", "doing eca", "eca refused": each was stored as with an ECA
                          r"in process|process\w*|in progress|en cours|submit\w*|soumise?|sent|envoyee?s?|"
                          r"doing|to do|to be done|to get|a faire|faire|vais|va|allons|demander|compte|prevois|"
                          r"will|going|plan\w*|refus\w*|rejected|denied)\b", _A)

# An ECA named, or an assessment ("au Liban, pas encore évalué")
_ECA_OR_ASSESSED = re.compile(r"\b(?:ede|eca|wes|ces|icas|iqas|ices|evalue\w*|evaluation|assess\w*)\b", _A)
# Words of an ECA received, not denied ("wes done", "EDE faite", "have my wes"): beside one under way, asked
_ECA_DONE = re.compile(r"\b(?<!not )(?<!pas )(?<!yet )(?<!encore )(?:done|got|completed?|received|recue?|obtenue?|"
                       r"faite|have (?:my|an|the|it|one))\b", _A)


# An ECA named with the words of its state around it ("applied for wes", "EDE en cours", "l'eca est en attente",
# "doing my wes"): at the level's question they say nothing of the credential itself, and are left out of it
_ECA_SAID = re.compile(r"(?:\b(?:applied|applying|apply|doing|waiting|wait|submitted|sent|will|do|get|getting|"
                       r"going|to|for|on|my|the|an|a|mon|ma|l|d|de|du|la|une|son|sa|j|ai|je|vais|fais|faire|"
                       r"demande|demander|pour|plan\w*|need|is|est) )*\b(?:ede|eca|wes|ces|icas|iqas|ices)\b"
                       r"(?: (?:is|est|still|toujours|en cours|in progress|in process|process\w*|pending|"
                       r"en attente|attente|applied|submitted|soumise?|sent|envoyee?|ongoing|pas|encore|not|yet|"
                       r"fini|finie|faite|done|recue?|received|complete|completed|a faire|to be done|report|"
                       r"rapport|demandee?))*\b", _A)


def _without_eca_said(phrase: str) -> str:
    """`phrase` without an ECA and the words of its state ("masters from india, wes pending" -> "masters from
    india"): "en cours", "doing" or "pending" there are the ECA's, never the credential's."""
    return " ".join(_ECA_SAID.sub(" ", phrase).split()) if _ECA.search(phrase) else phrase


def eca_under_way(text: str) -> bool:
    """An ECA said as applied for, under way or planned, and not as received ("india, wes pending", « au Maroc, EDE
    en cours »): read as not held yet, and told so (answers.eca_under_way)."""
    phrase = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    return bool(_ECA_OR_ASSESSED.search(phrase) and _ECA_PENDING.search(phrase) and not _ECA_DONE.search(phrase)
                and not (_NO_ECA.search(phrase) and _ECA_HELD.search(phrase)))


_IN_CANADA = re.compile(r"\b(?:canada|canadien\w*|canadian|quebec|ici|here)\b", _A)


def _abroad_with_or_without_eca(phrase: str) -> tuple[str, ...] | None:
    """A place abroad said in words with or without an ECA (EDE): "en Belgique, EDE faite", "au Sénégal avec EDE
    WES", "in France, no ECA". Never a guess when Canada is named or the ECA is not said either way."""
    abroad_said = re.sub(r"\b(?:hors (?:du )?|outside (?:of )?)canada\b", " ", phrase)
    if _IN_CANADA.search(abroad_said) or any(part.kind in (CANADA, EITHER) for part in places_named(abroad_said)):
        return None  # "toronto, no eca": a place in Canada beside an ECA's words is asked again, never read
    if _NO_ECA.search(phrase) and not _ECA_HELD.search(phrase):
        return ("abroad",)
    if _ECA_PENDING.search(phrase) and _ECA_OR_ASSESSED.search(phrase):
        # An ECA applied for, under way or planned is not held yet: the credential is abroad and earns no CRS
        # points until the ECA comes (RULES.md 3), "Outside Canada, no ECA (yet)", told why
        # (answers.eca_under_way). Said beside words of one received ("got my wes, waiting for the second"), both
        # are asked.
        return ("abroad_eca", "abroad") if _ECA_DONE.search(phrase) else ("abroad",)
    if _ECA_PENDING.search(phrase) or not _ECA.search(phrase):
        return None  # "india, not yet": what is not yet is not said
    # "philippines, no wes yet" was stored as with an ECA: a denied, doubted or dated ECA offers both options
    return ("abroad_eca", "abroad") if _ECA_NOT_PLAIN.search(phrase) or _NO_ECA.search(phrase) else ("abroad_eca",)


# Words beside a place that say nothing more of it ("in", "au", "the", "college", "j'ai étudié à"): a place named
# with them alone is where the credential was earned.
_PLACE_FILLERS = frozenset({"in", "at", "from", "the", "a", "an", "of", "my", "i", "studied", "study", "did", "it",
                            "got", "earned", "there", "back", "home", "en", "au", "aux", "dans", "de", "du", "des",
                            "d", "l", "le", "la", "les", "un", "une", "mon", "ma", "j", "ai", "etudie", "etudiee",
                            "fait", "obtenu", "obtenue", "is", "was", "c", "est", "etait", *SCHOOL_WORDS,
                            # the credential named with its school ("masters is from u of c", "bachelors at UBC")
                            "masters", "master", "bachelors", "bachelor", "degree", "diploma", "diplome", "phd",
                            "msc", "mba", "bsc", "maitrise", "baccalaureat", "bac", "doctorat", "licence",
                            "certificate", "certificat", "both", "les deux", "s",
                            # the program's length beside it ("2 yr college in ontario", round 20)
                            "year", "years", "ans", "annee", "annees", "1", "2", "3", "4", "one", "two", "three",
                            "four", "deux", "trois", "quatre"})
# Words that turn or doubt a place ("not india", "maybe Manila", "online"): never part of a place's name
_TURNS_PLACE = re.compile(r"^(?:not|no|non|pas|never|jamais|maybe|perhaps|probably|possibly|peut|etre|ptet|think|"
                          r"pense|crois|or|ou|but|mais|then|puis|half|partly|partie|moitie|mostly|surtout|and|et|"
                          r"also|aussi|plus|online|distance|ligne|exchange|echange|transfer\w*|until|jusqu\w*|"
                          r"sauf|except|ede|eca|wes|ces|icas|iqas|ices|ielts|pending|applied|waiting|"
                          r"attente)$", _A)


# A "bac" said with where it was earned: "bac au Cameroun", "le bac au Maroc", "bac à l'UQAM", "bac à Montréal"
_BAC_WHERE = re.compile(r"(?:(?:j ai|jai|il a|elle a|juste|seulement)\s+)?(?:le |un |mon |son |sa )?bac\s+"
                        r"(?:au|aux|en|du|de|des|a|a l|d|from|in|at)\s+(?P<where>.+)", _A)


def _bac_by_where(phrase: str) -> tuple[str, ...] | None:
    """The "bac" of where it was earned: in Canada (Quebec, New Brunswick, a Canadian university) it is a
    bachelor's; outside Canada it may end secondary school (France, Morocco, Cameroon) or be a Quebecer's word for
    a bachelor's earned there (« mon bac en France »), so both levels are asked, as for "bac" alone (typed answers
    round 20). Anywhere else (a place not known), None."""
    said = _BAC_WHERE.fullmatch(phrase)
    where = _place_of_study(said["where"]) if said else None
    if where == ("canada",):
        return ("bachelor",)
    return ("secondary", "bachelor") if where == ("abroad_eca", "abroad") else None


def _place_of_study(phrase: str) -> tuple[str, ...] | None:
    """Where a credential was earned said by its place: a country outside Canada ("india", "au Maroc", "in the UK",
    "indian university") is abroad, with an ECA or without (both asked: a place says nothing of an ECA); Canada or
    a place or school in it ("toronto", "à Montréal", "Humber college", "UBC", "cégep") is Canada. A city may be
    said before its country ("Lagos Nigeria", "Manila, Philippines": up to two words); any other word, two places
    (in Canada and outside it), or a name as well known abroad ("London") is asked again, never guessed."""
    # "outside canada, india", "hors du Canada, au Maroc": the words outside Canada agree with the country
    phrase, outside = re.subn(r"\b(?:hors (?:du )?|outside (?:of )?|en dehors du )canada\b", " ", phrase, flags=_A)
    parts = places_named(phrase)
    kinds = {part.kind for part in parts if part.kind} | ({ABROAD} if outside else set())
    others = [index for index, part in enumerate(parts) if not part.kind and part.text not in _PLACE_FILLERS]
    if kinds == {CANADA} and not others:
        return ("canada",)
    if kinds == {EITHER} and not others and all(part.text in SCHOOLS_EITHER for part in parts if part.kind):
        # "u of a", "from u of m": a school in Canada or one abroad, asked ("north america" stays refused)
        return ("canada", "abroad_eca", "abroad")
    if kinds != {ABROAD}:
        return None
    first = next((index for index, part in enumerate(parts) if part.kind), -1)  # -1: "outside of canada" alone
    said = [parts[index].text for index in others]
    if len(said) > 2 or any(index > first for index in others) or (first < 0 and said) or any(
            not word.isalpha() or _TURNS_PLACE.match(word) for word in said):
        return None
    return ("abroad_eca", "abroad")


# A degree still being studied for is not held: "maîtrise en cours", "masters (in progress)" name no option.
_UNFINISHED = re.compile(r"\b(?:en cours|in progress|ongoing|pas fini|pas finie|pas termine|pas terminee|"
                         r"non termine|non terminee|inacheve|inachevee|unfinished|incomplete|not finished)\b", _A)


# Living together said with how long: common-law from a year together ("en concubinage depuis 3 ans"); without a
# length ("en concubinage") it may be less, and stays asked again, as the French audit decided
# ("living together 4 years, not married": the not married only agrees)
_TOGETHER_FOR = re.compile(r"^(?:en )?(?:concubinage|concubins?|concubines?|cohabiting|vivons ensemble|"
                           r"on vit ensemble|on habite ensemble|(?:we )?(?:(?:ve )?been )?(?:living|live|lived) "
                           r"together) (?:(?:depuis|for|since|pendant) )?(?P<n>\d{1,2}) "
                           r"(?:ans?|annees?|years?|yrs?)"
                           r"(?: (?:but )?(?:not married|pas maries?|sans etre maries?))?$",
                           _A)
# Living together or common-law said with what does not settle the status (a length, a year, a month)
_LIVING_TOGETHER = re.compile(r"\b(?:together|ensemble|concubin\w*|common[ -]?law|conjointe?s? de fait|cohabit\w*|"
                              r"union libre|union de fait|vie commune)\b", _A)
# A husband or wife who died, said as such: "my husband passed away", "I lost my wife in 2021", "mon mari est
# décédé", "j'ai perdu ma femme". Never a partner ("mon conjoint": married or common-law?), an ex, or more after it
# ("my wife died, I remarried"): those are asked as before.
_WHEN_GONE = (r"(?: (?:in|en) (?:19|20)\d\d| \d{1,2} (?:years?|yrs?) ago| il y a \d{1,2} ans?| last year|"
              r" l an dernier)?")
_SPOUSE_DIED = re.compile(
    r"(?:(?:sadly|unfortunately|malheureusement) )?(?:"
    r"(?:my )?(?:late )?(?:husband|wife|spouse)(?: has| had| is| was)? (?:passed away|passed|died|dead|deceased)"
    r"|i (?:ve |have )?lost my (?:husband|wife|spouse)"
    r"|(?:mon (?:mari|epoux|epouse)|ma (?:femme|epouse)) (?:est )?(?:decedee?|morte?)"
    r"|(?:j ai |j )?perdu (?:mon (?:mari|epoux|epouse)|ma (?:femme|epouse)))" + _WHEN_GONE, _A)
# A degree studied for, not held: "bsc final year", "B.Tech 3rd year", "currently pursuing masters", "phd student"
_NOT_HELD = re.compile(r"\b(?:pursuing|persuing|currently|running|ongoing|on going|continuing|studying|appearing|"
                       r"(?:final|last|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) (?:year|yr|sem|"
                       r"semester)|semester|student|students|candidate|dropped|dropout|drop out|admission|"
                       r"admitted|applying|etudiant|etudiante|"
                       # a degree said with when it will be done ("bachelor's, graduating in april", "masters
                       # finishing next month", "master en train de le faire") was stored as held
                       r"graduating|will graduate|finishing|will finish|en train|doing|not done|not complete|"
                       r"not completed|not yet|pas encore|abandon\w*|quit)\b", _A)


def without_fillers(text: str) -> str:
    """"I am married" is "married", "je suis célibataire" is "celibataire": the name of an option, maybe."""
    phrase = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    return _TRAILING_YES.sub("", _NAME_FILLERS.sub("", phrase).strip())


def ask_if_two(question: Question, text: str) -> None:
    """A name that fits two options ("abroad": with an ECA or without? "college diploma": one year or two?) is
    asked about before anything reads it as one of them."""
    if question.kind == "choice" and len(named := option_named(question, text)) > 1:
        couple = question.id == "marital" and len(named) == 3  # "en couple": which status is which, said
        raise Ambiguous(f"choice:{question.id}", text, list(named),
                        key="answers.marital_couple" if couple else None)


def choice_label(kind: str, value: str, c: Catalog) -> str:
    """A reading offered as a button (four scores, a day, hours, an option), in the person's language."""
    if kind == "no_test":  # "aucun" at a test's date or score: the test question's "None yet", tapped here
        return c.t("answers.no_test_button")
    if kind in ("scores", "score", "levels") and value.startswith(LEVELS_MARK):  # NCLC levels, "nclc:8/8/7/7"
        levels = value.removeprefix(LEVELS_MARK).split("/")
        if len(levels) == 1:  # asked at listening ("NCLC 9": all four, or listening only?) or beside a score
            return c.t("answers.level_listening" if kind == "levels" else "echo.level", level=levels[0])
        return c.t("answers.levels_choice", **dict(zip(ABILITIES, levels, strict=True)))
    if kind == "scores":
        numbers = [str(tidy(float(n))).replace(".", c.t("decimal")) for n in value.split("/")]
        return c.t("answers.scores_choice", **dict(zip(ABILITIES, numbers, strict=True)))
    if kind == "date_doubted":  # "not sure, june 2025": that date kept approximate, or no date at all
        said = value.removesuffix(ABOUT_MARK)
        if value == "unsure":
            return c.t("picker.unsure_date")
        day = c.date(dt.date.fromisoformat(said)) if len(said) == 10 else None
        return c.t("echo.date_about", date=day or month_name(c, int(said[:4]), int(said[5:7])))
    if kind == "date_about":  # a month of "summer 2022", kept as approximate once chosen
        month = value.removesuffix(ABOUT_MARK)
        return month_name(c, int(month[:4]), int(month[5:7]))
    if kind == "date" and is_month_only(value):  # "mars 24": March 2024, a month alone (a label: "novembre
        return month_name(c, int(value[:4]), int(value[5:7]))  # 2026", never the "mois de" said after "du")
    if kind in ("date", "planned_end"):  # a planned end: a day after today, of a job still going
        return c.date(dt.date.fromisoformat(value))
    if kind.startswith("choice:"):
        return c.t(f"opt.{kind.removeprefix('choice:')}.{value}")
    if kind == "yes_no":  # "Until my studies ended" or "No", offered after a graduation date said with a no
        return c.t(f"button.{value}")
    if kind == "score":  # one score confirmed: "7" for TEF Canada listening
        return str(tidy(float(value))).replace(".", c.t("decimal"))
    if kind == "age_next":  # "32 in feb": 31 now and 32 then, or 32 now ("31 years@2027-02": flows/birthday_soon)
        age, _, month = value.partition("@")
        when = c.t("answers.birthday_in", month=month_name(c, int(month[:4]), int(month[5:7]))) if month \
            else c.t("answers.birthday_soon")
        return c.t("answers.age_next_choice", age=age.split()[0], next=int(age.split()[0]) + 1, when=when)
    if kind == "age":  # "88 years": an age confirmed
        return c.t("echo.age", age=value.split()[0])
    if kind == "hours_about":  # an end of "20-25", kept as an estimate once chosen
        return c.t("echo.hours_about", hours=str(tidy(float(value.removesuffix(ABOUT_MARK)))).replace(".", c.t(
            "decimal")))
    return c.t("echo.hours", hours=str(tidy(float(value))).replace(".", c.t("decimal")))


# "~1 yr", "≈ 2 ans": a count of years said to be approximate (the sign would be dropped with the fillers)
_APPROX_SIGN = re.compile("[~\u2248\u223c\u00b1]")
_SIGNED = re.compile(r"[<>\u2264\u2265]|(?<![\w.])[-\u2212]\s*\d", _A)  # <, >, ≤, ≥, a minus before a number
_AGE_WORDS = re.compile(r"^(?:i m|im|i am|age|aged|my age is|j ai|jai|age de|agee? de)\s*:?\s*(\d{1,3})\s*"
                        r"(?:years?|yrs?|ans?)?(?:\s*(?:(?:et|pis) demie?|and a half)(?:\s*(?:years?|yrs?))?)?"
                        # "j'ai 29 ans et demi": 29 completed years; "30 ans révolus": completed, as said
                        r"(?:\s*(?:old|yo|y o|y/o|revolus|accomplis|completed))?\.?$", _A)


# A count of years said as a range: "2 or 3 years", "2-3 ans", "entre 1 et 2 ans"
_YEAR_RANGE = re.compile(r"(?:between |entre )?(\d{1,2})\s*(?:-|to|or|ou|a|et|and)\s*(\d{1,2})\s*"
                         r"(?:years?|yrs?|ans?|annees?)?\.?", _A)


_YEARS_AND_MONTHS = re.compile(r"^(\d{1,2})\s*(?:years?|yrs?|ans?|annees?)\s*(?:and|et|,)?\s*(\d{1,2})\s*"
                               r"(?:months?|mos?|mois)$", _A)
# Never worked where the question asks: abroad (foreign work), in Canada (the partner's Canadian work)
_NEVER_WORKED = re.compile(r"^(?:(?:no|non|nope|nah|nan)\s+)?(?:(?:she|he|elle|il|i|je|j)\s+)?"
                           r"(?:(?:(?:a|has|have|ai|n a|n ai)\s+)?(?:never|jamais|pas)\s+(?:(?:jamais|ever)\s+)?|"
                           r"(?:hasnt|hasn t|has not|havent|haven t|have not|didnt|didn t|did not)\s+(?:ever\s+)?)"
                           r"(?:worked|work|travaille)\s+(?P<where>.+)$", _A)  # "non elle a jamais travaillé ici"
# None yet, to the years of work: "not yet", "pas encore" (the partner's work in Canada is still to come)
_NONE_YET = frozenset({"not yet", "pas encore", "nothing", "nothing yet", "rien", "rien encore", "none yet",
                       "aucune encore", "pas encore non", "no not yet", "non pas encore"})
# "ailleurs" (elsewhere) and "à l'extérieur" are the French of Quebec for abroad, to the question on work outside
# Canada ("j'ai pas travaillé ailleurs")
_ABROAD_WORDS = re.compile(r"(?:abroad|outside(?: of)? canada|a l etranger|hors du canada|hors canada|overseas|"
                           r"ailleurs|a l exterieur(?: du canada)?)", _A)
_MONTHS_SAID = re.compile(r"^(\d{1,3})\s*(?:months?|mos?|mois)\.?$", _A)
_YEARS_AT = re.compile(r"^(\d{1,2}(?:[.,]\d)?\s*(?:years?|yrs?|ans?|annees?))"
                       # "5 years experience back home", "3 ans d'expérience au Maroc"
                       r"(?:\s+(?:of\s+)?(?:work\s+)?(?:experience|exp|d experience|de travail))?"
                       # the work it was ("5 yrs as a nurse in manila"): read only when surely skilled (_skilled)
                       r"(?:\s+(?:as|comme|en tant que)\s+(?:an?\s+|qu\s+|une?\s+)?"
                       r"(?P<job>[a-z]+(?:\s+[a-z]+){0,2}?))?"
                       # where, after a word of place or a comma ("2 ans et demi, au Maroc", "3 years, india")
                       r"(?:,?\s+(?:in|at|a|au|aux|en|back|from|dans|chez|with|avec)\b|,)(?P<where>.*)$", _A)
# Whole years in one place abroad, then in another ("2 yrs in manila + 1 yr in dubai", "1 an au maroc et 1 an en
# france"): the two counts added, read only when neither place is in Canada (flows/quebec.names_a_place)
_YEARS_UNIT = r"\s*(?:years?|yrs?|ans?|annees?)"
_YEARS_IN_TWO_PLACES = re.compile(rf"^(?P<n>\d{{1,2}}){_YEARS_UNIT}\s+(?:in|at|a|au|aux|en)\s+(?P<a>[a-z ]+?)"
                                  r"\s*(?:\+|and|et|pis|,|plus|puis|then)\s*(?:(?:then|puis|pis|and|et)\s+)?"
                                  rf"(?P<m>\d{{1,2}})(?:{_YEARS_UNIT})?\s+"
                                  r"(?:(?:in|at|a|au|aux|en)\s+(?P<b>[a-z ]+)|(?P<here>here|ici))$", _A)
_ZERO_LEAD = re.compile(r"^(?:none|zero|aucune?|rien|nil)\b(?P<rest>[^0-9]*)$", _A)
_ELSEWHERE_WORDS = re.compile(r"\b(?:but|mais|abroad|outside|etranger|hors)\b", _A)  # "none here but 2 abroad"
_FROM_ABROAD_SAID = re.compile(rf"\b(?:{_FROM_ABROAD})\b", _A)
_YEARS_HERE = re.compile(r"^(?P<n>\d{1,2})\s*(?:years?|yrs?|ans?|annees?)\s+(?:here|ici)$", _A)
_CANADA_WORDS = re.compile(r"\b(?:(?:in |au )?canada|canadian|canadien\w*|here|ici)\b", _A)


# None said with what it is none of: "no experience outside canada", "no canadian experience", "aucune expérience
# au Canada"; read only when the where is the question's (abroad for foreign work, Canada for the partner's)
_NO_EXPERIENCE = re.compile(r"^(?:(?:she|he|i|elle|il|j|je|(?:my|ma|mon) (?:wife|husband|partner|spouse|femme|"
                            r"mari|conjointe?|blonde|chum)) (?:has|have|had|a|ai|avait) )?"
                            r"(?:no|zero|aucune?|pas d|pas de|nil|none)\s+(?P<pre>canadian|foreign|international|"
                            r"overseas)?\s*(?:work\s+)?(?:experience|exp)(?:\s+(?:de travail|professionnelle))?"
                            r"(?:\s+(?P<where>.+))?$", _A)
# Years said with "worked": "she worked 1 year here", "elle a travaillé 2 ans ici" (the partner's work in Canada)
# (the partner may be named: "my wife worked 2 years here", "ma femme a travaillé 2 ans au Canada", "mon chum a
# travaillé un an ici", the number in words once spelled_numbers has read it)
_WORKED_YEARS = re.compile(r"^(?:(?:she|he|elle|il|i|je|j|(?:my|ma|mon|sa|son) (?:wife|husband|partner|spouse|"
                           r"girlfriend|boyfriend|femme|mari|blonde|chum|conjointe?|epouse|epoux|partenaire))\s+)?"
                           # "she has 2 yrs here", « elle a fait 3 ans à Montréal » (round 20): the years had, done
                           r"(?:(?:(?:has|have|a|ai)\s+)?(?:worked|travaille)|(?:has|had|a fait|a eu|did))\s+"
                           # "she worked here for 1 year": where, before how long
                           r"(?:(?:here|in canada|ici|au canada)\s+)?(?:for\s+|pendant\s+)?"
                           r"(?P<n>\d{1,2})(?:[.,]\d)?\s*(?P<unit>years?|yrs?|ans?|annees?|months?|mos?|mois)"
                           r"(?:\s+(?P<where>.+))?$", _A)


def _whole_years(worked: re.Match[str]) -> int:
    """The completed years of _WORKED_YEARS's count: "8 months" is none, "30 months" two."""
    return int(worked["n"]) // 12 if worked["unit"].startswith(("mo", "mois")) else int(worked["n"])


def _here(where: str | None) -> bool:
    """Where the partner's years were: Canada said (or nothing), or a place in Canada ("a montreal")."""
    if where is None or _CANADA_WORDS.fullmatch(where) or _CANADA_WORDS.fullmatch(_ON_A_PERMIT.sub("", where)
                                                                                   or "here"):
        return True
    parts = places_named(re.sub(r"^(?:in|at|a|au|en|dans)\s+", "", where, flags=_A))
    return len(parts) == 1 and parts[0].kind == CANADA


def _no_experience_there(question: Question, said: str) -> bool:
    """"no experience outside canada" to foreign work, "no canadian experience" to the partner's Canadian work."""
    if (none := _NO_EXPERIENCE.fullmatch(said)) is None:
        return False
    pre, where = none["pre"], none["where"]
    if question.id == "foreign_work":
        return (pre in ("foreign", "international", "overseas") and where is None) or (
            pre is None and where is not None and _ABROAD_WORDS.fullmatch(where) is not None)
    in_canada = where is not None and (where == "canadienne" or _CANADA_WORDS.fullmatch(where) is not None)
    return question.id == "spouse_work" and ((pre == "canadian" and where is None) or (pre is None and in_canada))


# A Canadian permit the years were worked on ("2 years here on a PGWP"): where they were, not how many
_ON_A_PERMIT = re.compile(r"\s*\b(?:on|with|sur|avec) (?:a |an |un |une |her |his |son |sa )?"
                          r"(?:pgwp|owp|sowp|ptpd|open work permit|work permit|permis de travail(?: ouvert)?)$",
                          _A)
# The count of jobs, then the years they add up to ("2 jobs, 3 years total", "deux emplois, 3 ans au total")
_JOBS_THEN_YEARS = re.compile(r"^(?:\d|one|two|three|four|un|deux|trois|quatre) (?:jobs?|emplois?|postes?)"
                              r"(?: (?P<where>[a-z ]+?))?,? (?P<n>\d{1,2}) (?:years?|yrs?|ans|annees?)"
                              r" (?:in total|total|au total|en tout|overall|altogether)$", _A)


def _skilled(job: str) -> bool:
    """Whether a job named with years abroad ("5 yrs as a nurse in manila") is surely skilled work: its first
    occupation found with high confidence is TEER 0 to 3. A volunteer, a student, a cashier or a job not surely
    found is asked again rather than counted."""
    from eligibility.job_titles import COUNTING_TEERS, find  # the title index only when a job is named

    if _NOT_WORK.search(job):
        return False
    found = [find(job, lang, 3) for lang in ("en", "fr")]
    return any(f.confidence == "high" and f.matches for f in found) and all(
        f.matches[0].occupation.teer in COUNTING_TEERS for f in found if f.confidence == "high" and f.matches)


_NOT_WORK = re.compile(r"\b(?:volunteer\w*|intern|interns|internship|student|trainee|unpaid|benevole|stagiaire|"
                       r"stage|etudiant\w*)\b", _A)


# Years abroad told as a sentence: "I worked for 3 years in India before coming", « j'ai travaillé 3 ans au Maroc
# avant de venir »: the count and the place, as if typed alone
_I_WORKED = re.compile(r"^(?:(?:i|j|je) )?(?:(?:have|ve|ai) )?(?:worked|travaille) (?:for |pendant )?(?=\d)", _A)
_BEFORE_COMING = re.compile(r" (?:before (?:coming|i came|moving)(?: (?:to canada|here))?|"
                            r"avant de venir(?: (?:au canada|ici))?|avant d arriver(?: (?:au canada|ici))?)$", _A)


def _years_in_words(question: Question, text: str) -> str | None:
    """Completed years of work said otherwise than as a count: months ("6 months", "8 mois": 0 completed years,
    "18 months": 1), a count and where abroad ("5 yrs in Manila": never a place in Canada for the years outside
    it), none and why ("none, she never worked here")."""
    said = " ".join(re.sub(r"[^a-z0-9.,+]+", " ", fold(text).replace("'", " "), flags=_A).split()).strip(" .,")
    if question.id == "foreign_work" and _I_WORKED.match(said):
        said = _BEFORE_COMING.sub("", _I_WORKED.sub("", said))
        if count := re.fullmatch(r"(\d{1,2})\s*(?:years?|yrs?|ans?|annees?)", said, _A):
            return str(min(int(count[1]), int(question.options[-1])))  # "i worked 3 years"
    top = int(question.options[-1])
    if months := _MONTHS_SAID.fullmatch(said):
        return str(min(int(months[1]) // 12, top))
    if both := _YEARS_AND_MONTHS.fullmatch(said):  # "1 year 8 months": 1 completed year
        return str(min(int(both[1]) + int(both[2]) // 12, top))
    if (never := _NEVER_WORKED.fullmatch(said)) and (
            _ABROAD_WORDS.fullmatch(never["where"]) if question.id == "foreign_work"
            else _CANADA_WORDS.fullmatch(never["where"])):  # "jamais travaillé à l'étranger", "never worked here"
        return "0"
    if _no_experience_there(question, said) or said in _NONE_YET:
        return "0"
    if question.id == "spouse_work" and (worked := _WORKED_YEARS.fullmatch(said) or _WORKED_YEARS.fullmatch(
            " ".join(re.sub(r"[^a-z0-9.,+]+", " ", fold(spelled_numbers(text) or "").replace("'", " "),
                            flags=_A).split()).strip(" .,"))) and _here(worked["where"]):
        return str(min(_whole_years(worked), top))  # "she worked 1 year here", "2 years here on a PGWP"
    if question.id == "spouse_work" and (years_here := _YEARS_HERE.fullmatch(_ON_A_PERMIT.sub("", said))):
        return str(min(int(years_here["n"]), top))  # "1 year here", "2 years here on a pgwp"
    if question.id == "spouse_work" and (at := _YEARS_AT.fullmatch(said)) and not at["job"] \
            and _CANADA_WORDS.fullmatch(_ON_A_PERMIT.sub("", at["where"]).strip() or "here"):
        # "1 yr in canada", "2 ans au canada", "2 years in canada on a pgwp": the partner's years in Canada
        count = re.match(r"\d+", at[1], _A)
        return str(min(int(count[0]), top)) if count else None
    if (jobs := _JOBS_THEN_YEARS.fullmatch(said)) and (jobs["where"] is None or (
            _ABROAD_WORDS if question.id == "foreign_work" else _CANADA_WORDS).fullmatch(jobs["where"])):
        return str(min(int(jobs["n"]), top))  # "2 jobs, 3 years total": the years, the jobs an aside
    if question.id == "foreign_work" and (two := _YEARS_IN_TWO_PLACES.fullmatch(said)) and not any(
            _DOUBT.search(where) or _QUALIFIED.search(where) for where in (two["a"], two["b"] or "")):
        # "2 yrs in manila + 1 yr in dubai": both counted, 3; "2 ans au liban puis 1 an ici": the years abroad, 2
        here = [bool(_CANADA_WORDS.search(where) or names_a_place(where)) for where in (two["a"], two["b"] or "")]
        here[1] = here[1] or two["here"] is not None
        abroad = [int(count) for count, in_canada in zip((two["n"], two["m"]), here, strict=True) if not in_canada]
        if abroad:
            return str(min(sum(abroad), top))
    if question.id == "foreign_work" and (at := _YEARS_AT.fullmatch(said)) \
            and not _CANADA_WORDS.search(at["where"]) and not names_a_place(at["where"]) \
            and not re.search(r"\b\d{1,2}\b", at["where"], _A) \
            and not _DOUBT.search(at["where"]) and not _QUALIFIED.search(at["where"]):
        # completed years ("1.5 yrs in Lagos" is 1); the last option is "3 years or more"
        count = re.match(r"\d+", at[1], _A)
        if at["job"] and not _skilled(at["job"]):
            return None  # "2 years as a cashier in Manila": the question asks for skilled work (TEER 0-3)
        return str(min(int(count[0]), top)) if count else None
    if (zero := _ZERO_LEAD.fullmatch(said)) and zero["rest"].strip() and not _DOUBT.search(zero["rest"]) \
            and not _QUALIFIED.search(zero["rest"]) and not _ELSEWHERE_WORDS.search(zero["rest"]) \
            and not (question.id == "foreign_work" and (_CANADA_WORDS.search(zero["rest"])
                                                        or names_a_place(zero["rest"]))):  # "none in Canada"
        return "0"
    return None


@dataclass(frozen=True)
class Ordinary:
    """What an everyday answer comes to: `text` for the strict parser, or `year` for the date picker's months;
    `estimate` when it was said to be approximate (hours "about 28", a date "around March 2023")."""

    text: str = ""
    year: str | None = None
    estimate: bool = False
    high: str | None = None  # hours said as a range whose ends count alike: its top, to say what was kept


def work_years_elsewhere(question_id: str, text: str) -> bool:
    """Years said for the wrong side of the border, and only that: "2 years in dubai" to the partner's work in
    Canada (their work abroad earns no CRS points, RULES.md), "3 years in canada" to work outside Canada (counted
    from the jobs already given). Refused with why rather than "type a number"."""
    said = " ".join(re.sub(r"[^a-z0-9.,+]+", " ", fold(text).replace("'", " "), flags=_A).split()).strip(" .,")
    at = _YEARS_AT.fullmatch(said) or (_WORKED_YEARS.fullmatch(said) if question_id == "spouse_work" else None)
    if at is None or not at["where"] or re.search(r"\b\d{1,2}\b", at["where"], _A):
        return False
    where = at["where"].strip()
    if question_id == "spouse_work":  # "in dubai", "back home", "au Maroc"
        return not _CANADA_WORDS.search(where) and (_abroad_place(where) or bool(_ABROAD_WORDS.fullmatch(where))
                                                    or _FROM_ABROAD_SAID.search(said) is not None)
    return question_id == "foreign_work" and bool(_CANADA_WORDS.fullmatch(where) or names_a_place(where))


def _plain_no(text: str, question_id: str) -> bool:
    """A no and nothing else ("nn", "nan", "bah non", "pas du tout"), never "no, a two-year diploma" nor "not yet"
    (a test or a diploma on its way is asked about, as before)."""
    words = [_unstretched(w) for w in (w.strip(".,!") for w in _words(text)) if w]
    joined = " ".join(words)
    if joined in ("no", "non"):  # typed alone: the strict parser reads it only where yes or no is asked
        return True
    return leading_yes_no(text, question_id) == "no" and joined not in ("not yet", "pas encore") and (
        _ALONE.get(joined) == "no" or all(w in _LEADING_NO | _FILLERS for w in words))


def _plain_yes(text: str, question_id: str) -> bool:
    """A yes and nothing else ("yes", "oui", "yep!", "yes I have"), never "yes, IELTS" (a test named)."""
    words = [_unstretched(w) for w in (w.strip(".,!") for w in _words(text)) if w]
    if " ".join(words) in ("yes", "oui", "y", "o"):  # typed alone: the strict parser reads it only for yes or no
        return True
    return bool(words) and leading_yes_no(text, question_id) == "yes" and all(
        w in _LEADING_YES | _FILLERS | {"i", "have", "he", "she", "has", "did", "j", "ai", "il", "elle", "a"}
        for w in words)


def ordinary_answer(question: Question, text: str, today: dt.date) -> Ordinary | None:
    """The plain answer inside an everyday one, for the question asked; None when there is none to find.
    Raises Ambiguous where the words name two options or a range."""
    if question.id == "spouse_citizen" and foreign_citizen(text):
        return Ordinary("no")  # "she's indian citizen": another country's citizen, not a Canadian one
    if question.kind == "yes_no":
        word = leading_yes_no(text, question.id)
        return Ordinary(word) if word else None
    if question.kind == "number":
        hours = hours_in_words(text)
        return Ordinary(hours.text, estimate=hours.estimate, high=hours.high) if hours else None
    if question.kind == "choice" and all(option.isdigit() for option in question.options) \
            and (years := _years_in_words(question, text)) is not None:
        return Ordinary(years)
    if question.kind == "choice" and all(option.isdigit() for option in question.options) \
            and (span := _YEAR_RANGE.fullmatch(" ".join(fold(text).split()))) and int(span[1]) < int(span[2]):
        top = int(question.options[-1])  # the last option is "3 years or more": a range above it is that option
        ends = list(dict.fromkeys(str(min(int(end), top)) for end in span.groups()))
        if len(ends) > 1:  # "2 or 3 years": asked, both as buttons
            raise Ambiguous(f"choice:{question.id}", text, ends)
        return Ordinary(ends[0])
    if question.id == "marital" and _SPOUSE_DIED.fullmatch(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split(
            ))):  # "my husband passed away", "mon mari est décédé": widowed, as a person reads it
        return Ordinary("widowed")
    if question.kind == "choice":
        ask_if_two(question, text)
        named = option_named(question, text)
        if named:
            return Ordinary(named[0])
        if "none" in question.options and _plain_no(text, question.id):  # "nn", "nan", "pantoute": "No" / "None"
            return Ordinary("none")
        if "ielts_general" in question.options and _plain_yes(text, question.id):
            # "yes" to "Has your spouse taken an approved test?": which one is the answer, said as such
            raise InvalidAnswer("err.test_which")
        if question.id == "marital" and _LIVING_TOGETHER.search(fold(text)):
            # "we live together since 2025", "conjoint de fait depuis 8 mois": RULES.md does not say how long makes
            # a common-law partner, so the status is asked, and why, never guessed from the length
            raise InvalidAnswer("err.marital_together")
        if _SIGNED.search(fold(text)):  # "<1", "-1": dropping the sign would read another number
            return None
        if _APPROX_SIGN.search(text) and all(option.isdigit() for option in question.options):
            return None  # "~1 yr" is "about a year", refused as it is in words (completed years are counted)
        bare = without_fillers(text)
        return Ordinary(bare) if bare and bare != " ".join(fold(text).split()) else None
    if question.kind == "score":  # "compréhension orale 8" to the listening question
        score = named_score(text, question.meta["ability"])
        return Ordinary(score) if score else None
    if question.kind == "age" and SHORT_YEAR.fullmatch(fold(text)):
        return None  # "'95" is a year, not an age of 95
    if question.kind == "age" and (match := _AGE_WORDS.match(" ".join(fold(text).replace("'", " ").split()))):
        return Ordinary(f"{match[1]} years")  # said as an age ("I'm 52"): not asked whether it is a year
    if question.kind == "date" and question.meta.get("edge") in ("start", "end", "studies") \
            and (months := months_of_part(text, today)) is not None:
        # "summer 2022", "early 2024": the months it can mean, to choose from; the one chosen is kept approximate
        # (a job's start or end, the end of full-time studies during it)
        if not months:
            raise InvalidAnswer("err.date_future", value=text.strip()[:60])
        raise Ambiguous("date_about", text, [f"{month}{ABOUT_MARK}" for month in months], key="answers.date_part")
    if question.kind in ("date", "age"):
        dated, about = date_said(text, question.meta.get("edge", ""))
        about = about and question.kind == "date"  # "about 30" to the age question is no date said roughly
        if question.kind == "date" and (from_today := time_ago_said(text)) is not None:
            if from_today == "vague":  # "a few months ago", "over a year ago": which month is asked, never guessed
                raise InvalidAnswer("err.date_vague_ago", value=text.strip()[:60])
            dated = from_today  # "6 mos ago", « depuis 6 mois », "a year and a half ago", "2 years ago in march"
        if question.kind == "date" and dated in _RELATIVE_YEARS:  # "last year": that year's months
            dated = str(today.year + _RELATIVE_YEARS[dated])
        if question.kind == "date" and (ago := date_from_today(dated, today)) is not None:
            if ago[0] == "year":  # "2 years ago", "il y a 2 ans": that year's months, to choose from
                return Ordinary(year=ago[1])
            for month in ago[1].split():
                parse_date(month, question.meta["edge"], today)  # a month before a job began, etc.: said as such
            if ago[0] == "months":  # "last week" across two months: which one
                raise Ambiguous("date", text, ago[1].split())
            raise Ambiguous("date", text, [ago[1]], key="answers.confirm_date")  # "last month": which one it is
        if question.kind == "date" and (year := bare_year(dated, today)):  # "2022", "since 2023"
            return Ordinary(year=year)
        # a month mistyped, in a date of birth too ("Febuary 3 1990")
        if (mended := _month_typo(dated, question.meta.get("edge", "birth"), text, today)):
            return Ordinary(mended, estimate=about)
        if (inside := date_inside(text, question.meta.get("edge", "birth"))) is not None:
            return Ordinary(inside)  # "well I started at tim hortons in june 2022 and I'm still there"
        return Ordinary(dated, estimate=about) if dated != " ".join(fold(text).split()) else None
    return None


# Words typed under "Delete everything?" or "Start over?" that name what it asks ("supprimer", "delete",
# "confirm"): never acted on (erasing stays a deliberate tap), answered with the confirmation again
# (bot/screening/service.py)
_CONFIRM_WORDS = {
    "delete": frozenset({"delete", "delete everything", "delete all", "delete it", "yes delete", "yes delete it",
                         "yes delete everything", "erase", "erase everything", "yes erase", "confirm", "i confirm",
                         "confirmed", "supprimer", "supprime", "supprimez", "supprimer tout", "tout supprimer",
                         "oui supprimer", "oui supprime", "oui supprimez", "oui tout supprimer", "effacer",
                         "efface", "effacez", "tout effacer", "oui effacer", "oui tout effacer", "confirmer",
                         "confirme", "je confirme"}),
    "restart": frozenset({"restart", "start over", "start again", "yes restart", "yes start over", "confirm",
                          "i confirm", "confirmed", "recommencer", "recommence", "recommencez", "oui recommencer",
                          "tout recommencer", "confirmer", "confirme", "je confirme"}),
}


def names_confirmation(text: str, what: str) -> bool:
    """Whether `text` names the confirmation `what` waits for ("restart" or "delete"): "Supprimer !", "delete"."""
    said = " ".join(re.sub(r"[^\w\s]", " ", fold(text), flags=re.ASCII).split())
    return said in _CONFIRM_WORDS.get(what, frozenset())
