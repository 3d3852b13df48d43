"""Typed answers to values: "oui", "6,5", "15 mars 2024", "L8 R7 W7 S7"; anything else becomes a friendly error.

Every refusal is an InvalidAnswer whose key names a sentence in the catalogs (err.*) and whose params say what
was understood, so the message can repeat it next to an example of a form that is accepted. Numbers in params
are Figures: "{value}" writes 6.5 and "{value:,}" writes 6,5 (the French catalog uses the second).

Digits of any script are read as their values ("٤٠", "４０" are 40); characters that look like digits but are
not decimal digits ("²", "፩", "½") are never read as numbers, so they are refused like any other word, except a
half or a quarter right after a whole number ("37½" is 37.5).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from typing import Any

from eligibility.hours import WINDOW_YEARS
from eligibility.language import add_years
from eligibility.tables import language_tables
from flows.questions import ABILITIES, Question

EARLIEST = dt.date(1950, 1, 1)
EARLIEST_BIRTH = dt.date(1900, 1, 1)
MONTH_EDGES = ("start", "end", "studies")  # the dates of a job: a month alone is kept as "YYYY-MM"
# A test's date is on its report, but a month alone is taken as the picker takes it (read both ways later).
DAY_OPTIONAL = (*MONTH_EDGES, "test")
_YES = {"yes", "y", "oui", "o", "yeah", "yep", "ok", "true", "vrai", "si"}
_NO = {"no", "n", "non", "nope", "false", "faux"}
_A = re.ASCII  # after fold() every decimal digit is ASCII; \d must not match anything else
_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$", _A)  # 2024-03-15, 2024/03/15: one day only
_MONTH = re.compile(r"^(\d{4})[-/.](\d{1,2})$", _A)
# 03/2024, 3-2024: a month and a four-digit year have one reading (no day, no day-or-month question)
_MONTH_YEAR = re.compile(r"^(0?[1-9]|1[0-2])[-/.](\d{4})$", _A)
_SLASHED = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$", _A)  # 15/03/2024 or 03/15/2024: which is the day?
_DAY_MONTH = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$", _A)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|er|ier|re|eme|e)\b", _A)  # 15th, 1er, 1ier, 2e
_SPACED_ORDINAL = re.compile(r"\b(\d{1,2}) (?:st|nd|rd|th|er|ier)\b", _A)  # "1 er mars", as a phone spaces it
_NUMBER = re.compile(r"^([+-]?\d{1,7}(?:[.,]\d{1,4})?)\s*(?:h|hrs?|hours?|heures?)?"
                     r"(?:\s*(?:/|a|an|per|par)\s*(?:week|wk|semaine|sem)\.?)?\.?$", _A)
# "37h30", "37 h 30 min": hours and minutes, as French speakers write a working week (37.5 hours)
_HOURS_MINUTES = re.compile(r"^(\d{1,3})\s*h\s*([0-5]\d)(?:\s*(?:min|mn))?(?![\d.,])", _A)
_THOUSANDS = re.compile(r"[+-]?\d{1,3}[.,]\d{3}", _A)  # 1,560 or 1.040: no hours a week have three decimals
_SCORE = re.compile(r"^(?:(?:band|bande|score|note|resultat)\s*:?\s*)?(\d{1,7}(?:[.,]\d{1,4})?)"
                    r"\s*(?:bands?|bandes?|points?|pts)?(?:\s*(?:/|sur|out of)\s*(\d{1,3}))?\.?$", _A)
_YEARS = re.compile(r"^(\d{1,3})(?:[.,]\d{1,3})?\s*(?:years?|yrs?|y|ans?|annees?)?"
                    # "2 ans et demi" (« pis », the spoken « et »): 2 completed
                    r"(?:\s*(?:(?:et|pis) demie?|and a half)(?:\s*(?:years?|yrs?))?)?"
                    r"\s*(?:\+|or more|and more|ou plus|et plus|et \+|and \+|and up)?\.?$", _A)
# "29 ans et demi", "29 and a half": 29 completed years, as the CRS counts them (RULES.md section 3)
_HALF = r"(?:\s*(?:(?:et|pis) demie?|and a half)(?:\s*(?:years?|yrs?))?)?"
_AGE = re.compile(rf"^(\d{{1,3}})\s*(?:years?|yrs?|ans?)?{_HALF}"
                  r"(?:\s*(?:old|y/?o|revolus|accomplis|completed))?\.?$", _A)  # "30 ans révolus": completed
SHORT_YEAR = re.compile(r"['`\u2018\u2019]\s*\d{2}", _A)  # '95
# A year written '24 inside a date ("march 15th '24", "Jan '23"): the latest such year not after today's
_APOSTROPHE_YEAR = re.compile(r"(?<=\S)\s*['`\u2018\u2019]\s*(\d{2})(?!\d)", _A)
# A month and two digits ("mars 24", "july 25"): March 2024, or the 24th of a March of no year: confirmed, one tap
# "march 05" is the 5th: refused as before; "Mar/24", "mar-24" (as a spreadsheet writes a month) read as "mar 24"
_MONTH_TWO_DIGITS = re.compile(r"^([a-z]+)\.?(?:\s+|\s*[/-]\s*)([1-9]\d)$", _A)
_ZERO_WORDS = frozenset({"none", "no", "zero", "aucun", "aucune", "non", "nn", "nah", "nope", "rien",
                         "pantoute",  # Quebec French: "not at all"
                         "nada",  # "nothing", as typed in French and English alike (French review 15)
                         "never", "jamais"})  # "non jamais", "no never" (round 17)
# The partner's none said with the partner: "no she doesn't", "non elle n'en a pas" (round 17)
_PARTNER_NONE = re.compile(r"(?:no|non|nope|nah),? (?:she|he|elle|il) (?:doesn t|doesnt|does not|hasn t|hasnt|"
                           r"has not|don t|dont|didn t|didnt|n en a pas|n a pas|na pas|en a pas|a pas)"
                           r"(?: (?:any|have any|have|aucune))?", _A)
# "pas une seule", "pas une année": no year ("une" reaches here already read as 1)
_NOT_ONE_YEAR = re.compile(r"(?:non,? )?pas (?:une|un|1)(?: seule?)?(?: (?:annee|an))?", _A)
AGE_WITHOUT_POINTS = 45  # the CRS's first age with no points (RULES.md section 3)
_AGE_CONFIRMED = "years"  # a confirmed age, as the button carries it: "88 years" is not asked again
_MONTH_WORDS = {
    1: ("january", "jan", "janvier", "janv"),
    2: ("february", "feb", "fevrier", "fevr", "fev"),
    3: ("march", "mar", "mars"),
    4: ("april", "apr", "avril", "avr"),
    5: ("may", "mai"),
    6: ("june", "jun", "juin"),
    7: ("july", "jul", "juillet", "juil"),
    8: ("august", "aug", "aout"),
    9: ("september", "sep", "sept", "septembre"),
    10: ("october", "oct", "octobre"),
    11: ("november", "nov", "novembre"),
    12: ("december", "dec", "decembre"),
}
_MONTHS = {word: number for number, words in _MONTH_WORDS.items() for word in words}


def month_words() -> dict[str, int]:
    """Every name of a month, folded ("january", "janv", "mai"), with its number."""
    return _MONTHS
_DATE_FILLERS = {"the", "of", "on", "in", "le", "de", "du", "en"}
# The day of the week before a date ("lundi 4 mars 2024", "Mon, March 4, 2024"): checked against the date, then
# dropped. French short forms are left out ("mar" is March).
_WEEKDAY_WORDS = {
    0: ("monday", "mon", "lundi"), 1: ("tuesday", "tue", "tues", "mardi"), 2: ("wednesday", "wed", "mercredi"),
    3: ("thursday", "thu", "thur", "thurs", "jeudi"), 4: ("friday", "fri", "vendredi"),
    5: ("saturday", "sat", "samedi"), 6: ("sunday", "sun", "dimanche"),
}
_WEEKDAYS = {word: number for number, words in _WEEKDAY_WORDS.items() for word in words}
_SHORT_NAMES = {"ielts_general": "IELTS", "celpip_general": "CELPIP", "pte_core": "PTE Core",
                "tef_canada": "TEF Canada", "tcf_canada": "TCF Canada"}  # proper nouns, the same in both languages
# Tests people take that Express Entry does not accept, as they type them (folded, punctuation as spaces).
_NOT_ACCEPTED = tuple((re.compile(pattern, _A), name) for pattern, name in (
    (r"ielts\s*(?:academic|academique|aca|ac|a|ukvi academic)\b", "IELTS Academic"),
    (r"(?:academic|academique)\s*ielts\b", "IELTS Academic"),
    (r"toefl\b", "TOEFL"),
    (r"(?:duolingo|det)\b", "Duolingo English Test"),
    (r"pte\s*(?:academic|academique|a|ukvi|home)\b", "PTE Academic"),
    (r"cael\b", "CAEL"),
    (r"(?:cambridge|cae|cpe|fce|c1 advanced|c2 proficiency)\b", "Cambridge English"),
    (r"delf\b", "DELF"),
    (r"dalf\b", "DALF"),
    (r"toeic\b", "TOEIC"),
    (r"celpip\s*(?:general\s*)?ls\b", "CELPIP-General LS"),
    (r"tcf\s*(?:tp|tout public)\b", "TCF tout public"),
    (r"tcf\s*(?:quebec|q)\b", "TCF Québec"),
    (r"tef\s*(?:aq|quebec|q)\b", "TEFAQ"),
    (r"tef\s*etudes\b", "TEF Études"),
    (r"tef\s*naturalisation\b", "TEF Naturalisation"),
))
# A test named without its version where only one version is accepted: the option, and the version refused.
# International graduates often hold IELTS Academic or PTE Academic from their admission (RULES.md section 2).
_TWO_VERSIONS = {"ielts": ("ielts_general", "IELTS Academic"), "pte": ("pte_core", "PTE Academic")}
_OR_MORE = ("or more", "and more", "ou plus", "et plus", "+")
_ABILITY_WORDS = {  # folded, apostrophes as spaces; the French ones are those of TEF and TCF reports
    "listening": ("listening", "listen", "l", "co", "ecoute", "comprehension orale", "comprehension de l oral",
                  "oral comprehension"),
    "reading": ("reading", "read", "r", "ce", "lecture", "comprehension ecrite", "comprehension de l ecrit",
                "written comprehension"),
    "writing": ("writing", "write", "w", "ee", "ecriture", "expression ecrite", "redaction"),
    "speaking": ("speaking", "speak", "s", "eo", "expression orale", "expression de l oral", "oral", "orale"),
}
_ABILITY_OF = {word: ability for ability, words in _ABILITY_WORDS.items() for word in words}
_NUM = r"\d{1,7}(?:[.,]\d{1,4})?"
_LABELS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_ABILITY_OF, key=len, reverse=True))
# a label, then its score; the label may follow the score before it without a space: "L8R7.5W7S7"
_NAMED_SCORE = re.compile(r"(?<![a-z])(" + _LABELS + r")\s*(?:(?:band|score|note|resultat)\s*)?"
                          r"(?:[:=-]|(?:is|was|est)(?![a-z]))?\s*(" + _NUM + r")(?![0-9])", _A)
# the score, then its label: "8 listening, 7.5 reading, 7 writing, 7 speaking", "8 L 7.5 R 7 W 7 S"
_SCORE_NAMED = re.compile(r"(?<![0-9.,])(" + _NUM + r")\s*(?:[:=-]|(?:in|for|on|en|pour|dans|a|au)"
                          r"(?:\s+(?:the|l|la|le))?(?![a-z]))?\s*(" + _LABELS + r")(?![a-z0-9])", _A)
_LABEL_LAST = re.compile(r"^\d.*(?<![a-z])(?:" + _LABELS + r")[\s.,;:!]*$", _A | re.DOTALL)
# the overall score beside the four, dropped: "overall 7.5", "overall band 7.5", "average: 7.5", "(7.5 overall)";
# never "7 overall" outside brackets: in "8 7.5 7 7 overall 7.5" that "7" is the speaking score
_OVERALL = re.compile(r"\b(?:overall|globale?|total|moyenne|average|ob|oa)\b(?:\s+(?:band|score)){0,2}\s*[:=]?\s*"
                      + _NUM
                      + r"|[(\[]\s*" + _NUM + r"\s*(?:overall|average|de moyenne|en moyenne)\s*[)\]]", _A)
# the test's name and words around the scores ("7 7 6.5 6 ielts gt", "band 7 in all"); never "academic" (another
# test, refused by name); "CELPIP-G" is CELPIP-General written short
_TEST_WORDS = re.compile(r"\b(?:celpip[\s-]?g|ielts|celpip|pte|tef|tcf|general|gt|training|core|canada|scores?|"
                         r"resultats?|bands?|bandes?|"
                         # a report's words around its scores (round 20): PTE's "Communicative Skills:", the
                         # TEF's and TCF's "450 pts", « 450 points »
                         r"communicative\s+skills?|pts|points)\b", _A)
# The CLB or NCLC levels a report prints in brackets beside the scores, one after each score ("CO 450 (NCLC 7) CE
# 380 (NCLC 6) ...") or all four together ("... writing 70 (clb 8 8 8 8)"): the scores are read, the levels left
# out (round 20). One level alone after the four ("9 8 8 8 (CLB 8)") is still refused, as the audits decided.
_LEVELS_BESIDE = re.compile(r"[(\[]\s*(?:nclc|clb)\s*(?:\d{1,2}(?:\s*[,/]?\s*\d{1,2}){3}|\d{1,2})\s*[)\]]",
                            _A | re.IGNORECASE)
_ONE_LEVEL_BESIDE = re.compile(r"[(\[]\s*(?:nclc|clb)\s*\d{1,2}\s*[)\]]", _A | re.IGNORECASE)


def _levels_beside(words: str) -> str:
    """The scores without the levels printed beside them: each score's own, or the four together."""
    if len(_ONE_LEVEL_BESIDE.findall(words)) == 1 and len(_LEVELS_BESIDE.findall(words)) == 1:
        return words  # "9 8 8 8 (CLB 8)": one level for four scores, refused as before
    return _LEVELS_BESIDE.sub(" ", words)
# "7.5 overall, L8 R7 W6.5 S7": an overall band said first, before a comma or a colon (never a listening score)
_OVERALL_FIRST = re.compile(r"^(?:" + _NUM + r")\s*(?:overall|average|de moyenne|en moyenne|moyenne)"
                            r"(?:\s+(?:band|score))?\s*[,;:]", _A)
# The same score in all four: "7 partout", "all 8s", "same for all 7", "7 in everything", "que des 7"
_PLURAL = r"(?:\s?s)?"  # "8s", "8's" (the apostrophe is a space by then)
_FOUR_NOUNS = r"(?:competences?|epreuves?|sections?|parties|partie|modules?|skills?|abilities|ability|bands?|" \
    r"of them|one|1)"
_FOUR_WORDS = r"(?:\s+(?:les\s+)?(?:(?:quatre|4|four)(?:\s+" + _FOUR_NOUNS + r")?|" + _FOUR_NOUNS + r"))?"
_EVERYWHERE = re.compile(
    r"(?:same for all|same in all|all of them|all|straight|que des|tous|toutes|tout|partout|"
    # "each module 6.5", "in every section 7": the word for each before the score
    r"(?:in\s+)?(?:each|every|chaque)\s+" + _FOUR_NOUNS + r")\s*:?\s*("
    + _NUM + r")" + _PLURAL + r"|(" + _NUM + r")" + _PLURAL + r"\s*(?:partout|everywhere|across the board|"
    r"in everything|(?:for |in )?each|for all|(?:in|dans) (?:all|every|each|tout|toutes|toute|chaque)|"
    r"pour (?:tout|toutes|chaque)|a (?:chaque|toutes)|(?:dans|pour|aux) (?:les )?quatre)" + _FOUR_WORDS
    + r"\.?", _A)
# One to three abilities named and one score for the others: "8 in listening, 7 in the rest", "L 8, the rest 7",
# "all 7 except writing 6.5", "7 partout sauf EO 6"
_REST_WORDS = r"(?:(?:all\s+)?(?:the\s+)?(?:rest|others|other (?:three|3|ones))|everything else|" \
    r"(?:tout\s+)?le reste|les (?:trois |3 )?autres)"
_THE_REST = re.compile(
    r"(?<![\d.,])(" + _NUM + r")" + _PLURAL + r"\s*(?:in|for|on|pour|en|dans|a|au)?\s*" + _REST_WORDS
    + r"(?![a-z])|(?<![a-z])" + _REST_WORDS + r"\s*(?:are|is|:|=|sont|a|en)?\s*(" + _NUM + r")(?![\d])", _A)
# "listening 8 rest 7": a label right before the number that comes before the rest words owns that number
_REST_THEN_SCORE = re.compile(r"(?<![a-z])()" + _REST_WORDS + r"\s*(?:are|is|:|=|sont|a|en)?\s*(" + _NUM
                              + r")(?![\d])", _A)
_LABEL_BEFORE = re.compile(r"(?<![a-z])(?:" + _LABELS + r")\s*(?:[:=-]|(?:is|was|est)(?![a-z]))?\s*$", _A)
_ALL_BUT = r"\s*,?\s*(?:except|but|sauf|apart from|other than|hormis)\s+(.+)"
# "all" said before or after the score: "7.5 but 6 in writing" alone may be an overall 7.5, so it is not read
_EXCEPT = re.compile(r"(?:all|que des|tous|toutes)\s+(" + _NUM + r")" + _PLURAL + r"(?:\s+(?:in all|everywhere))?"
                     + _ALL_BUT + r"|(" + _NUM + r")" + _PLURAL + r"\s*(?:in all|in everything|everywhere|partout|"
                     r"each|across the board|for all|in each)" + _ALL_BUT, _A)
# One overall score and no ability: "overall 7", "7.5 overall", "overall band 7", "moyenne 7", "7 de moyenne"
_OVERALL_WORD = r"(?:overall|average|moyenne|globale?|total)"
_OVERALL_ONLY = re.compile(
    r"(?:(?:band|score|note|resultat)\s+)?" + _OVERALL_WORD + r"(?:\s+(?:band|score|note|resultat))?\s*[:=]?\s*"
    + _NUM + r"|" + _NUM + r"\s*(?:band\s+)?(?:de |en |au )?" + _OVERALL_WORD + r"(?:\s+(?:band|score))?", _A)
# Words before the scores: "my scores are", "I got", "j'ai eu", "mes résultats :"
_SCORE_LEAD = re.compile(
    r"^(?:(?:i|we)\s+)?(?:got|have|had|scored|obtained)\b\s*:?\s*|"
    # the partner's too, to the partner's scores question: "her scores:", "ses résultats :"
    r"^(?:my|mes|mon|her|his|their|ses|son)\s+(?:(?:ielts|celpip|pte|tef|tcf)\s+)?(?:scores?|results?|resultats?|"
    r"notes?|bands?)\b"
    r"(?:\s+(?:are|were|is|was|sont))?\s*:?\s*|^j\s?ai\s+(?:eu|obtenu)\b\s*:?\s*|"
    r"^(?:my|mon|ma|en)\s+(?=(?:" + _LABELS + r")(?![a-z]))", _A)  # "my writing was 6.5"
_HALF_SCORE = re.compile(r"(\d)\s*(?:and a half|(?:et|pis) demie?)\b", _A)  # "6 and a half": 6.5
_SEPARATORS = re.compile(r"(?:[\s,;:./|&+-]|\band\b|\bet\b)*", _A)
# "C.O. 503 C.E. 447": the French abbreviations of a TEF or TCF report written with full stops, as "CO 503 CE 447"
_DOTTED_ABILITY = re.compile(r"(?<![a-z0-9])([ce])\.\s?([oe])\.?(?![a-z0-9])", _A)
# "7,5 et 7 et 6,5 et 7": "et" between scores; "pis" is the "et" of Quebec French as said ("512 pis 518")
_AND_BETWEEN = re.compile(r"(?<=\d)\s+(?:et|and|pis)\s+(?=\d)", _A)


class InvalidAnswer(Exception):
    """A typed answer that cannot be used; `key` names the message in the catalogs."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class Ambiguous(InvalidAnswer):
    """A typed answer with more than one possible reading (or one reading that may not be what was meant):
    the person chooses. `choices` are button values, each accepted like a typed answer with one reading."""

    def __init__(self, kind: str, typed: str, choices: list[str], key: str | None = None) -> None:
        super().__init__(key or ("answers.ambiguous" if len(choices) > 1 else "answers.confirm"), typed=typed[:60])
        self.kind = kind  # "scores", "date", "hours": how the conversation labels each choice
        self.choices = choices


class Figure(float):
    """A number for a message: "{value}" writes 6.5 or 40, "{value:,}" writes 6,5 (a decimal comma)."""

    def __format__(self, spec: str) -> str:
        text = str(tidy(float(self))) if math.isfinite(self) else str(float(self))
        if spec == ",":
            return text.replace(".", ",")
        return format(text, spec)


def fold(text: str) -> str:
    """Lower case without accents or surrounding spaces, digits of any script as ASCII: "Oui " reads "oui".

    Characters that are numeric but not decimal digits ("²", "፩", "½") are kept as they are, so that nothing
    reads them as a number (compatibility decomposition would turn "²" into "2").
    """
    if text.isascii():  # most answers: nothing to decompose, and ASCII digits are their own (issue 20)
        return text.strip().lower()
    out: list[str] = []
    for ch in text.strip().lower():
        if ch.isdecimal():
            out.append(str(unicodedata.decimal(ch)))
        elif ch.isnumeric():
            out.append(ch)
        else:
            out.extend(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    folded = "".join(out)
    if any(sign in folded for sign in _FRACTIONS):  # "37½", "6 ½": a whole number and a half, as typed
        folded = _MIXED_NUMBER.sub(lambda match: _FRACTIONS[match[1]], folded)
    return folded


# A fraction sign right after a whole number ("37½", "37 ½") is its fractional part; alone it stays unread.
_FRACTIONS = {"½": ".5", "¼": ".25", "¾": ".75"}
_MIXED_NUMBER = re.compile(r"(?<=\d) ?([½¼¾])(?![\d½¼¾])", _A)


def _number(text: str) -> float:
    """An ASCII numeral already matched by a pattern ("37,5" or "37.5") as a float."""
    return float(text.replace(",", "."))


def parse_yes_no(text: str) -> bool:
    word = fold(text).rstrip(".!")
    if word in _YES or word == "1":
        return True
    if word in _NO or word == "2":
        return False
    raise InvalidAnswer("err.yes_no")


def _words(text: str) -> str:
    """Folded, with punctuation as single spaces: "IELTS-Academic." reads "ielts academic"."""
    return " ".join(re.sub(r"[^a-z0-9+]+", " ", fold(text), flags=_A).split())


def _years(word: str, options: tuple[str, ...], labels: list[str]) -> str:
    """A number of years among options "0".."N": "2 years", "2 ans", "5" (for "3 years or more"), "none"."""
    # an emoji after the count ("1,5 an 😅", "1.5 yrs 👍"), as after a whole one ("2 ans 👍"): the count (round 20)
    word = "".join(ch for ch in word if unicodedata.category(ch) not in ("So", "Sk") and ch not in "\u200d\ufe0f")
    word = " ".join(word.split())
    for value, label in zip(options, labels, strict=True):
        if word == fold(label):
            return value
    if (word in ("pas d'experience", "pas d\u2019experience", "aucune experience", "no experience")
            or _NOT_ONE_YEAR.fullmatch(word)  # "pas une seule", "pas une année": none
            or _PARTNER_NONE.fullmatch(word.replace("'", " ").replace("\u2019", " "))
            or set(re.findall(r"[a-z]+|\S", word, _A)) <= _ZERO_WORDS) and word and "0" in options:  # "nah none"
        return "0"
    match = _YEARS.match(re.sub(r"^(?:plus de|more than|over)\s+", "", word, flags=_A))  # "plus de 3 ans": 3 done
    if match:
        years = int(match[1])  # completed years: 2.5 years is 2 full years
        if str(years) in options:
            return str(years)
        top = options[-1]
        if years > int(top) and any(mark in fold(labels[-1]) for mark in _OR_MORE):
            return top
    raise InvalidAnswer("err.choice_years", low=options[0], high=options[-1])


_GENDER_MARK = re.compile(r"\((e|ne|le|se|euse|rice|trice)\)")


def _gender_forms(label: str) -> tuple[str, ...]:
    """"conjoint(e) de fait" as typed: "conjoint de fait" and "conjointe de fait"."""
    if "(" not in label:
        return ()
    return _GENDER_MARK.sub("", label), _GENDER_MARK.sub(r"\1", label)


# A test named by its language only: the accepted tests in it are offered, not guessed
_NAMED_BY = r"(?:(?:a|the|my|un|le|mon) )?(?:(?:test|exam|examen) (?:de |d |in |en )?)?(?:{})"
_NAMED_AFTER = r"(?: (?:one|test|exam|examen|language test))?(?: (?:one|test))?"
_LANGUAGE_NAMED = {"french": re.compile(_NAMED_BY.format("french|francais") + _NAMED_AFTER, _A),
                   "english": re.compile(_NAMED_BY.format("english|anglais") + _NAMED_AFTER, _A)}
_TESTS_OF = {"french": ("tef_canada", "tcf_canada"), "english": ("ielts_general", "celpip_general", "pte_core")}


def parse_choice(text: str, options: tuple[str, ...], labels: list[str]) -> str:
    """An option by its number ("2"), its label, its value or the start of one label; for years, a count."""
    word = fold(text)
    if all(re.fullmatch(r"\d+", option, _A) for option in options):  # years: "2" means 2, not the 2nd button
        return _years(word, options, labels)
    if re.fullmatch(r"\d{1,3}", word, _A) and 1 <= int(word) <= len(options):
        return options[int(word) - 1]
    for value, label in zip(options, labels, strict=True):
        if word in (fold(label), fold(value), *_gender_forms(fold(label))):
            return value
    if "ielts_general" in options:  # a test that Express Entry does not accept is named as such
        # "ielts 7 7 6.5 6", "pte 65 62 70 60": the name, then the scores (asked after the date)
        words = re.sub(r"(?:\s+\d+)+$", "", _words(text))
        # "ielts 7 overall", "she has ielts 6.5", "i did ielts": the name said with what was scored or who took it
        words = re.sub(r"(?:\s+(?:\d+(?:[.,]\d+)?|overall|band|bands|each|in all|all|partout|average|avg|"
                       r"score|scores|global|globale|moyenne))+$", "", words)
        words = re.sub(r"^(?:(?:i|she|he|we|they|my wife|my husband|j|elle|il|ma femme|mon mari)\s+)?"
                       r"(?:have|has|had|did|got|took|passed|ai|a|avait|ai fait|a fait|ai passe|a passe)\s+"
                       r"(?:(?:an?|the|my|her|his|un|le|mon|son)\s+)?", "", words)
        if re.fullmatch(r"ielts\s*(?:gt|g|general|general training)", words, _A):  # "IELTS GT", a short form
            return "ielts_general"
        if words in _TWO_VERSIONS:  # "IELTS" alone: General Training (accepted) or Academic (not)? Asked.
            accepted, other = _TWO_VERSIONS[words]
            raise InvalidAnswer("err.test_version", test=words.upper(), accepted=labels[options.index(accepted)],
                                other=other)
        for pattern, name in _NOT_ACCEPTED:
            if pattern.match(words):
                none = labels[options.index("none")] if "none" in options else ""
                raise InvalidAnswer("err.test_not_accepted", test=name, none=none)
        for language, pattern in _LANGUAGE_NAMED.items():  # "french", "le test d'anglais": which of its tests?
            if pattern.fullmatch(words) and set(_TESTS_OF[language]) <= set(options):
                tests = dict(zip(("first", "second", "third"),
                                 (labels[options.index(value)] for value in _TESTS_OF[language]), strict=False))
                raise InvalidAnswer(f"err.test_which_{language}", **tests)
    if len(word) >= 3:  # "ielts", "celpip", "mari": the start of exactly one label is enough
        starts = [v for v, label in zip(options, labels, strict=True)
                  if fold(label).startswith(word) or fold(v).startswith(word)]
        if len(starts) == 1:
            return starts[0]
    raise InvalidAnswer("err.choice", count=len(options), example=labels[0] if labels else "1")


def parse_number(text: str) -> float:
    match = _NUMBER.match(fold(text))
    if not match:
        raise InvalidAnswer("err.number")
    return _number(match.group(1))


def tidy(value: float) -> int | float:
    """37.0 -> 37 so that answers read (and serialise) naturally."""
    return int(value) if value == int(value) else value


# Hours said for another period than a week ("8 hours a day", "160 h par mois"), or "full time" with no number:
# said as such, never "not a number" (the question asks for hours a week, RULES.md 1: 30 h a week is full time).
# (a word before the period is followed by a space: "40 and 20" is never "40 an d(ay)")
_OTHER_PERIOD = re.compile(r"\d.*(?:\b(?:a|an|per|par|each|every|chaque)\s+|/\s*)"
                           r"(?:day|jour|jr|j|d|month|mois|mo|year|yr|an|annee)s?\b"
                           r"|\d.*\b(?:daily|monthly|yearly|quotidien(?:ne)?s?|mensuel(?:le)?s?)\b", _A)
_TIME_WORDS_ONLY = re.compile(r"^(?:(?:yes|yeah|yep|oui|ouais|i am|i m|im|i was|i work|i worked|je travaille|"
                              r"je travaillais|je suis|j etais|c est|c etait|it s|it was|its|a|"
                              # as typed in Quebec (French review 12): "j'ai full time", "jsuis full time", "chu à
                              # temps plein", "mon job c'est full time"
                              r"j ai|jai|jsuis|j suis|chu|"
                              r"(?:mon|ma) (?:job|emploi|travail|poste) (?:c est|est))\s+)*"
                              r"(?:(?P<full>full ?time|ft|f t|temps plein|tps plein|plein temps|temps complet)|"
                              r"(?P<part>part ?time|pt|p t|temps partiel|tps partiel|mi temps))"
                              # what people add to it: the job, a doubt, overtime ("full time, sometimes overtime",
                              # "full time i think", "ft job", "temps plein surtout")
                              r"(?:\s+(?:job|emploi|poste|position|permanent|permanente|contract|contrat|mostly|"
                              r"usually|normally|generally|i think|i guess|probably|je pense|je crois|surtout|"
                              r"normalement|generalement|habituellement|sometimes|some|more|with|and|plus|avec|et|"
                              r"des fois|parfois|overtime|ot|heures sup\w*|temps sup\w*|hrs|hours|heures|h))*$",
                              _A)
# The usual hours offered as buttons beside "full time" or "part time" said alone: those of the question's own
# buttons (flows/questions.py) on that side of 30 hours a week (RULES.md 1)
FULL_TIME_HOURS = ("40", "37.5", "35", "30")
PART_TIME_HOURS = ("25", "20", "15", "10")

# Hours that changed, said in one answer: "20 then 40", "20 hrs/wk for 18 months then 40", "20h puis 40h", "part
# time then full time": a number (or part/full time) before and after a word of change
_HOURS_CHANGED = re.compile(r"(?:\d|part time|temps partiel|full time|temps plein).*\b(?:then|puis|ensuite|now|"
                            r"maintenant|and later|after that|apres ca)\b.*(?:\d|full time|temps plein|"
                            r"part time|temps partiel)", _A)
# A leave named beside the hours ("37.5 but i was on maternity leave"): RULES.md 1 counts hours of paid work and
# says nothing of leave, so no number is taken from such an answer (stored as usual hours, the months of leave
# would count as weeks of work); the reply says so and how to leave the months out.
_LEAVE = re.compile(r"\b(?:mat|maternity|parental|paternity|sick|medical|disability|unpaid|stress)\s+leave\b"
                    r"|\bon\s+leave\b|\bleave\s+of\s+absence\b"
                    r"|\bconge\s+(?:de\s+|d\s+)?(?:maternite|paternite|parental|maladie|sans\s+solde)\b"
                    r"|\ben\s+conge\b|\barret\s+(?:de\s+travail|maladie)\b", _A)


# An unpaid leave said so ("4 weeks unpaid leave", « congé sans solde »): RULES.md 1 settles this one, as no paid
# work is done while on it (only hours of paid work count); said so, not as a leave the rules are silent on.
_UNPAID_LEAVE = re.compile(r"\bunpaid\s+(?:leave|time\s+off|vacation)\b|\bleave\s+without\s+pay\b"
                           r"|\bconge\s+(?:sans\s+(?:solde|salaire|paie|paye)|non\s+(?:paye|remunere))\b", _A)


def _leave_words(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9/]+", " ", fold(text).replace("'", " "), flags=_A).split())


def names_unpaid_leave(text: str) -> bool:
    """An unpaid leave named ("took 4 weeks unpaid leave", « en congé sans solde »): see _UNPAID_LEAVE."""
    return _UNPAID_LEAVE.search(_leave_words(text)) is not None


def names_leave(text: str) -> bool:
    """A leave named ("yes, on mat leave", « oui mais en congé de maternité »): see _LEAVE (and _UNPAID_LEAVE)."""
    words = _leave_words(text)
    return _LEAVE.search(words) is not None or _UNPAID_LEAVE.search(words) is not None


# Days or shifts a week said without their hours ("2 shifts a week", "5 days", « 3 quarts par semaine »)
_DAYS_ONLY = re.compile(r"^(?:i work |i do |je fais |je travaille )?(?P<n>[1-7])\s*"
                        r"(?:shifts?|quarts?|days?|jours?)"
                        r"(?:\s*(?:a|per|par|/|each|every|chaque|in a|dans la|sur|de|la)?\s*"
                        r"(?:week|wk|semaine|sem|7))?$", _A)


def parse_hours(text: str, maximum: float) -> int | float:
    """Usual hours a week: more than 0, at most `maximum` (168, the hours in a week). "1,560" or "1.040" is a
    total of hours written with a thousands separator, never 1.56 hours a week: refused as more than a week.
    "37h30" (or "37 h 30 min") is 37 hours and 30 minutes: 37.5."""
    if match := _HOURS_MINUTES.match(fold(text)):
        minutes = round(int(match[2]) / 60, 2)
        text = f"{int(match[1]) + minutes}{fold(text)[match.end():]}"
    words = " ".join(re.sub(r"[^a-z0-9/]+", " ", fold(text).replace("'", " "), flags=_A).split())
    if _UNPAID_LEAVE.search(words):  # no paid work while on it: its weeks count nowhere (RULES.md 1)
        raise InvalidAnswer("err.hours_unpaid_leave")
    if _LEAVE.search(words):
        raise InvalidAnswer("err.hours_leave")
    if _HOURS_CHANGED.search(words):  # "20 hrs/wk for 18 months then 40": two periods, each its own job
        raise InvalidAnswer("err.hours_changed")
    if (days := _DAYS_ONLY.match(words)) is not None:
        # "2 shifts a week", « 5 jours semaine »: how many, not how long; the week's total is asked, with how
        raise InvalidAnswer("err.hours_days", count=int(days["n"]), total=8 * int(days["n"]))
    if not _NUMBER.match(fold(text)):
        if _OTHER_PERIOD.search(words):
            raise InvalidAnswer("err.hours_not_weekly")
        if said := _TIME_WORDS_ONLY.match(words):
            # "full time", "ft", "temps plein": how many hours is asked, and why the number matters, with the usual
            # hours on that side of 30 to tap (RULES.md 1: 30 h a week is full time, at most 30 count)
            full = said["full"] is not None
            raise Ambiguous("hours", text, list(FULL_TIME_HOURS if full else PART_TIME_HOURS),
                            key=f"answers.hours_{'full' if full else 'part'}_time")
    value = parse_number(text)
    if (match := _NUMBER.match(fold(text))) and _THOUSANDS.fullmatch(match[1]):
        value = float(re.sub(r"[.,]", "", match[1]))
    if value == 0:
        raise InvalidAnswer("err.hours_zero")
    if value < 0:
        raise InvalidAnswer("err.hours_negative", value=Figure(value))
    if value > maximum:
        raise InvalidAnswer("err.hours_range", value=Figure(value), high=tidy(maximum))
    return tidy(value)


# -- dates -------------------------------------------------------------------------------------------------
def full_year(two: str, today: dt.date) -> str:
    """"24" of a date as its year: 2024, or 1994 for "94" (the latest year ending so that is not after today's)."""
    year = 2000 + int(two)
    return str(year if year <= today.year else year - 100)


def _read_date(cleaned: str, today: dt.date | None = None) -> tuple[int, int, int | None] | None:
    """Year, month and day (None for a month alone) as written, not yet checked; None if it is not a date.

    Numbers: 2024-03-15, 2024/03/15, 2024-03, 03/2024. Words, English or French, any case, accents or none:
    "15 March 2024", "March 15, 2024", "15th March 2024", "1er mars 2024", "1 er mars 2024", "févr. 2024",
    "2024 March", "lundi 4 mars 2024" (a day of the week that is not the date's is refused: err.date_weekday).
    """
    if match := _DATE.match(cleaned):
        return int(match[1]), int(match[2]), int(match[3])
    if match := _MONTH.match(cleaned):
        return int(match[1]), int(match[2]), None
    if match := _MONTH_YEAR.match(cleaned):
        return int(match[2]), int(match[1]), None
    spaced = _ORDINAL.sub(r"\1", _SPACED_ORDINAL.sub(r"\1", " ".join(re.sub(r"[,./\-']", " ", cleaned).split())))
    words = spaced.split()
    weekdays = [_WEEKDAYS[word] for word in words if word in _WEEKDAYS]
    if weekdays:  # first, or after "le": "lundi 4 mars 2024", "le lundi 4 mars", never "mars 2024 lundi"
        at = 1 if len(words) > 1 and words[0] in ("le", "the", "on") else 0
        if len(weekdays) > 1 or words[at] not in _WEEKDAYS:
            return None
        spaced = " ".join(words[:at] + words[at + 1:])
    spaced = re.sub(r"^(?:(le|the)\s+)?(?:premier|first)\b", r"\1 1", spaced, flags=_A)  # "le premier mars 2024"
    tokens = [t for t in spaced.split() if t not in _DATE_FILLERS]
    shape = ""
    for token in tokens:
        if token in _MONTHS:
            shape += "M"
        elif re.fullmatch(r"\d{4}", token, _A):
            shape += "Y"
        elif re.fullmatch(r"\d{1,2}", token, _A):
            shape += "D"
        else:
            return None
    if today is not None and shape in ("DMD", "MDD") and len(tokens[2]) == 2:  # "9 juillet 94": the year
        tokens[2], shape = full_year(tokens[2], today), shape[:2] + "Y"
    parts = dict(zip(shape, tokens, strict=True)) if len(set(shape)) == len(shape) else {}
    if weekdays and today is not None and shape in ("DM", "MD"):
        return _latest_on_weekday(_MONTHS[parts["M"]], int(parts["D"]), weekdays[0], today)
    if shape not in ("MY", "YM", "DMY", "MDY", "YMD"):
        return None
    day = int(parts["D"]) if "D" in parts else None
    year, month = int(parts["Y"]), _MONTHS[parts["M"]]
    if weekdays and day is None:  # "lundi mars 2024": a weekday of no day
        return None
    if weekdays and _weekday(year, month, day) not in (None, weekdays[0]):
        # "mardi 4 mars 2024": 4 March 2024 was a Monday; the day of the week or the date is wrong, and which one
        # cannot be told
        raise InvalidAnswer("err.date_weekday", value=f"{year:04d}-{month:02d}-{day:02d}")
    return year, month, day


def _latest_on_weekday(month: int, day: int, weekday: int, today: dt.date) -> tuple[int, int, int] | None:
    """"lundi 2 mars", "Monday March 2": a day of no year, the latest one not after today, when it was that day of
    the week (the weekday confirms the year); another weekday is refused (err.date_weekday), never an older year
    guessed from it."""
    for year in (today.year, today.year - 1):
        try:
            latest = dt.date(year, month, day)
        except ValueError:
            continue  # February 29 of a common year: the year before, or none
        if latest <= today:
            if latest.weekday() != weekday:
                raise InvalidAnswer("err.date_weekday", value=latest.isoformat())
            return year, month, day
    return None


def _weekday(year: int, month: int, day: int | None) -> int | None:
    """The day of the week of a date as written (0 is Monday); None when it is no date (checked later)."""
    try:
        return dt.date(year, month, day).weekday() if day is not None else None
    except ValueError:
        return None


def _day(year: int, month: int, day: int, today: dt.date, earliest: dt.date) -> dt.date:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        raise InvalidAnswer("err.date_impossible", value=f"{year:04d}-{month:02d}-{day:02d}") from None
    if value > today:
        raise InvalidAnswer("err.date_future", value=value.isoformat())
    if value < earliest:
        raise InvalidAnswer("err.date_too_old", value=value.isoformat())
    return value


# Pictures a phone adds around a date ("📅 2024-03-15", "31 août 2025 👍"): emoji, their joiners and skin tones
_DECORATION = re.compile("[\u200d\ufe0e\ufe0f\u20e3]|[\U0001f3fb-\U0001f3ff]")
# "15 / 03 / 2024", "2024 - 03 - 15": a separator between two numbers, with spaces around it
_SPACED_SEPARATOR = re.compile(r"(?<=\d)\s*([-/.])\s*(?=\d)", _A)
# "12 04 1999": three numbers apart, the last a four-digit year, as 12/04/1999 (the day or the month first?)
_SPACED_DAY_MONTH = re.compile(r"^(\d{1,2})\s+(\d{1,2})\s+(\d{4})$", _A)
# "23/04/95": a two-digit year that is no day (over 31), after a day and a month in either order
_DAY_MONTH_SHORT_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](3[2-9]|[4-9]\d)$", _A)
# "3/4/24", "15/03/24": a two-digit year of 31 or less after two numbers; the last may also be a day (24/03/15 is
# how 2024-03-15 is written in much of Asia): every order that gives a possible day is offered (_short_year_day)
_SHORT_YEAR_LAST = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})$", _A)
# "20240315", "15032024": eight digits with no separator, a four-digit year first or last
_EIGHT_DIGITS = re.compile(r"^(\d{8})$", _A)
# A date said as the day it is typed: a job that starts today, a test taken today (never a birth date; the end of a
# job after "no, I no longer work there" is refused, as "now" is: tests/flows/test_typed_answers_audit.py)
_TODAY_WORDS = frozenset({"today", "aujourd hui", "aujourdhui", "ajd", "auj"})
_YESTERDAY_WORDS = frozenset({"yesterday", "hier"})  # the day before, where today is a date (TODAY_EDGES)
TODAY_EDGES = ("start", "test")
# A job or studies ended yesterday: a day past, so certain (today stays refused for an end: still working)
YESTERDAY_EDGES = (*TODAY_EDGES, "end", "studies")


def undecorated(text: str) -> str:
    """The text without the emoji and symbols a phone adds to an answer: "📅 2024-03-15" reads "2024-03-15"."""
    kept = "".join(ch for ch in _DECORATION.sub("", text) if unicodedata.category(ch) not in ("So", "Sk", "Cs"))
    return " ".join(kept.split())


def _lapsed_by(month: str, today: dt.date) -> bool:
    """Whether a language result of `month` ("YYYY-MM"), on its last day, would have lapsed by `today`."""
    year, number = int(month[:4]), int(month[5:])
    last = dt.date(year, number, calendar.monthrange(year, number)[1])
    return add_years(last, language_tables()["validity_years"]) <= today


def parse_date(text: str, edge: str, today: dt.date) -> str:
    """An ISO date, "YYYY-MM-DD"; for the start or end of a job a month alone is kept as "YYYY-MM".

    `edge` is the question's meta["edge"]: "start" or "end" (a job's), "test" (a test date: the day is on the
    report), "birth". A month later than today's is in the future; today's month is fine. A job that starts
    after today has not started: said as such (err.job_not_started), never "type today's date", which would
    count a job not begun as current work; one that ends after today is a job still going with a planned end,
    confirmed before it is kept (planned_end).
    """
    try:
        value = _parse_date(text, edge, today)
    except InvalidAnswer as error:
        if error.key == "err.date_impossible":  # "32/13/2024" quoted as typed, never as "2024-13-32"
            error.params.setdefault("typed", " ".join(undecorated(text).split())[:60])
        if edge == "end" and isinstance(error, Ambiguous) and error.kind == "date":
            _past_or_planned(text, error.choices, today)  # "11/12/26": two days past, and one still to come?
        if edge == "start" and error.key == "err.date_future" and not isinstance(error, Ambiguous):
            raise InvalidAnswer("err.job_not_started", value=error.params["value"]) from None
        # An end still to come is a job still going with a planned end (a contract or permit end): confirmed
        # as such, never "type today's date", which would end the job today and drop the hours still to come
        if edge == "end" and error.key == "err.date_future" and not isinstance(error, Ambiguous):
            raise planned_end(text, error.params["value"], today) from None
        if edge == "end" and error.key == "err.date_impossible" and not isinstance(error, Ambiguous):
            # "12/31/2026": no 31st month, and December 31 is still to come: the one reading, as a planned end
            asked = planned_end(text, error.params["value"], today)
            if isinstance(asked, Ambiguous):
                raise asked from None
        if edge == "end" and error.key == "err.date_too_old" and not isinstance(error, Ambiguous):
            # "31/12/27": 1927 is no job's end, and December 31, 2027 is still to come: the one sensible reading,
            # as a planned end (confirmed before it is kept), never a wrong century
            asked = planned_end(text, error.params["value"], today)
            if isinstance(asked, Ambiguous):
                raise asked from None
        raise
    if edge == "end" and len(value) == 10:
        _past_or_planned(text, [value], today)  # "11/12/2026": November 12, past, or December 11, still to come?
    return value


def _past_or_planned(text: str, past: list[str], today: dt.date) -> None:
    """The end of a job read as days past (`past`) may also read as a day still to come, the planned end of a job
    still going ("11/12/2026" on November 27, 2026: November 12, or December 11): every reading is offered, never
    one guessed. Nothing is raised when the text reads only one way, nor for "yesterday", said from today."""
    if _said_as_words(fold(undecorated(text))) in _TODAY_WORDS | _YESTERDAY_WORDS:
        return
    try:
        # "june 14th": of the days still to come, the next one (not the latest before the horizon)
        later = _days_of_no_year(_SPACED_SEPARATOR.sub(r"\1", fold(undecorated(text))), today, ahead=True) \
            or [_parse_date(text, "end", planned_end_horizon(today))]
    except Ambiguous as two:
        later = two.choices
    except InvalidAnswer:
        return
    to_come = [day for day in later if len(day) == 10 and day > today.isoformat() and day not in past]
    if to_come:
        raise Ambiguous("date", text, sorted([*past, *to_come]), key="answers.ambiguous_past_or_planned_end")


def planned_end_horizon(today: dt.date) -> dt.date:
    """The last planned end of a job still going that is taken: the "not yet" day is looked for only within the
    3 years ahead (RULES.md 1 counts the 3 years before an application), so a later end changes nothing the bot
    works out, and is more likely a typo (2072 for 2027)."""
    return add_years(today, WINDOW_YEARS)


def planned_end(text: str, value: str, today: dt.date) -> InvalidAnswer:
    """What to ask about an end typed after today: a day within the horizon is confirmed as the planned end
    of a job still going (both readings offered when it reads two ways); a month alone needs its day (a contract
    or a permit gives one); a day past the horizon is said to change nothing, or to be a typo."""
    try:
        read = _parse_date(text, "end", planned_end_horizon(today))
    except Ambiguous as two:
        if all(len(day) == 10 and day > today.isoformat() for day in two.choices):
            return Ambiguous("planned_end", text, two.choices, key="answers.ambiguous_planned_end")
        return InvalidAnswer("err.job_not_ended", value=value)
    except InvalidAnswer as error:
        if error.key == "err.date_future":
            return InvalidAnswer("err.planned_end_far", value=error.params["value"], years=WINDOW_YEARS)
        return error
    if is_month_only(read):
        return InvalidAnswer("err.planned_end_day_needed", value=read)
    if read <= today.isoformat():  # no reading after today after all: as before
        return InvalidAnswer("err.job_not_ended", value=value)
    confirm = Ambiguous("planned_end", text, [read], key="answers.confirm_planned_end")
    confirm.params["value"] = read
    return confirm


def _said_as_words(cleaned: str) -> str:
    """A cleaned date as words, for "today" and "yesterday" ("aujourd'hui", "hier."): apostrophes and stops out."""
    return " ".join(cleaned.replace("'", " ").replace("\u2019", " ").rstrip(".!").split())


def _parse_date(text: str, edge: str, today: dt.date) -> str:
    cleaned = _SPACED_SEPARATOR.sub(r"\1", fold(undecorated(text)))
    said = _said_as_words(cleaned)
    if edge in TODAY_EDGES and said in _TODAY_WORDS:
        return today.isoformat()
    if edge in YESTERDAY_EDGES and said in _YESTERDAY_WORDS:
        return (today - dt.timedelta(days=1)).isoformat()
    if match := _SPACED_DAY_MONTH.match(cleaned):
        cleaned = f"{match[1]}/{match[2]}/{match[3]}"
    if match := _DAY_MONTH_SHORT_YEAR.match(cleaned):
        cleaned = f"{match[1]}/{match[2]}/{full_year(match[3], today)}"
    if match := _DAY_MONTH.match(cleaned):
        return _day_or_month_first(int(match[1]), int(match[2]), int(match[3]), edge, text, today)
    if match := _SHORT_YEAR_LAST.match(cleaned):
        return _short_year_day(match[1], match[2], match[3], edge, text, today)
    if match := _EIGHT_DIGITS.match(cleaned):
        digits = match[1]
        return _one_day_or_asked([(digits[:4], digits[4:6], digits[6:]), (digits[4:], digits[2:4], digits[:2]),
                                  (digits[4:], digits[:2], digits[2:4])], edge, text, today)
    if _SLASHED.match(cleaned):
        raise InvalidAnswer("err.date_slashed")
    if not SHORT_YEAR.fullmatch(cleaned):
        cleaned = _APOSTROPHE_YEAR.sub(lambda match: " " + full_year(match[1], today), cleaned)
    read = _read_date(cleaned, today)
    if read is None and edge in DAY_OPTIONAL and (two := _MONTH_TWO_DIGITS.match(cleaned)) and two[1] in _MONTHS:
        as_month = f"{full_year(two[2], today)}-{_MONTHS[two[1]]:02d}"
        days = _days_of_no_year(cleaned, today) if int(two[2]) <= 31 else []
        if edge == "test" and int(two[2]) <= 31 and _lapsed_by(as_month, today):
            # "June 14": a result of June 2014 lapsed long ago (RULES.md 2), so the 14th of a June is likelier: the
            # latest two are offered (the year was asked for)
            if days:
                raise Ambiguous("date", text, days)
            raise InvalidAnswer("err.date_year_needed")
        try:
            parse_date(as_month, edge, today)
        except InvalidAnswer:
            pass
        else:  # "june 14": June 2014, or the 14th of a June of no year (both offered)
            raise Ambiguous("date", text, [as_month, *days], key=None if days else "answers.confirm_date")
    if read is None and edge in DAY_OPTIONAL and cleaned.rstrip(".") in _MONTHS:
        # "mars", "since jan": a month of no year; the latest one not after today, or the one a year before?
        month = _MONTHS[cleaned.rstrip(".")]
        year = today.year if month <= today.month else today.year - 1
        raise Ambiguous("date", text, [f"{year:04d}-{month:02d}", f"{year - 1:04d}-{month:02d}"])
    if read is None and edge in DAY_OPTIONAL and (days := _days_of_no_year(cleaned, today)):
        # "june 14th", « le 3 mars »: a day of no year was "I couldn't read that as a date": the latest two
        raise Ambiguous("date", text, days, key="answers.confirm_date" if len(days) == 1 else None)
    if read is None:
        raise InvalidAnswer("err.date_format" if edge in MONTH_EDGES else "err.date_format_day")
    year, month, day = read
    if day is not None:
        return _day(year, month, day, today, EARLIEST_BIRTH if edge == "birth" else EARLIEST).isoformat()
    value = f"{year:04d}-{month:02d}"
    if edge not in DAY_OPTIONAL:
        raise InvalidAnswer("err.birth_day_needed" if edge == "birth" else "err.date_day_needed", value=value)
    if not 1 <= month <= 12:
        raise InvalidAnswer("err.date_impossible", value=value)
    if (year, month) > (today.year, today.month):
        raise InvalidAnswer("err.date_future", value=value)
    if (year, month) < (EARLIEST.year, EARLIEST.month):
        raise InvalidAnswer("err.date_too_old", value=value)
    return value


# A day and its month with no year: "june 14th", "march 3", "14th of june", « le 3 mars », « 14 juin »
_DAY_NO_YEAR = re.compile(r"^(?:(?:on|the|le|du)\s+)?(?:(?P<day>\d{1,2})(?:st|nd|rd|th|er|e)?\s+(?:of\s+)?"
                          r"(?P<month>[a-z]+)\.?|(?P<month2>[a-z]+)\.?\s+(?:the\s+)?(?P<day2>\d{1,2})"
                          r"(?:st|nd|rd|th|er|e)?)$", _A)


def _days_of_no_year(cleaned: str, today: dt.date, *, ahead: bool = False) -> list[str]:
    """The latest two days not after today (nor before the earliest date asked) that a day of no year may be;
    `ahead`: the next one after today instead (a job's planned end)."""
    said = _DAY_NO_YEAR.match(cleaned.strip(" .!"))
    if said is None or (said["month"] or said["month2"]) not in _MONTHS:
        return []
    month, day = _MONTHS[said["month"] or said["month2"]], int(said["day"] or said["day2"])
    days = []
    for year in range(today.year + 4, today.year - 3, -1) if ahead else range(today.year, today.year - 3, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate > today) if ahead else (EARLIEST <= candidate <= today):
            days.append(candidate.isoformat())
    return days[-1:] if ahead else days[:2]


def _day_or_month_first(first: int, second: int, year: int, edge: str, typed: str, today: dt.date) -> str:
    """15/03/2024 is 15 March (there is no 15th month); 05/03/2024 is 5 March or 3 May: asked, unless only one
    of the two is a possible day (not in the future, not too old)."""
    return _one_day_or_asked([(str(year), str(second), str(first)), (str(year), str(first), str(second))], edge,
                             typed, today)


def _short_year_day(first: str, second: str, last: str, edge: str, typed: str, today: dt.date) -> str:
    """"3/4/24": 3 April or 4 March 2024; "03/04/24" may also be 24 April 2003 (the year first, as much of Asia
    writes it; a year of one digit never is). The one possible day is taken; several are asked about."""
    orders = [(last, second, first), (last, first, second)]
    if len(first) == 2:
        orders.append((first, second, last))
    return _one_day_or_asked(orders, edge, typed, today)


def _one_day_or_asked(orders: list[tuple[str, str, str]], edge: str, typed: str, today: dt.date) -> str:
    """The days that (year, month, day) numerals can be, in the order given (a two-digit year as full_year reads
    it): the only possible one, or Ambiguous with each; none possible raises the first order's problem."""
    earliest = EARLIEST_BIRTH if edge == "birth" else EARLIEST
    days: list[str] = []
    problem: InvalidAnswer | None = None
    for year, month, day in orders:
        full = int(full_year(year, today) if len(year) == 2 else year)
        try:
            value = _day(full, int(month), int(day), today, earliest).isoformat()
        except InvalidAnswer as error:
            problem = problem or error
            continue
        if value not in days:
            days.append(value)
    if not days:
        assert problem is not None
        raise problem
    if len(days) == 1:
        return days[0]
    raise Ambiguous("date", typed, days)


def is_month_only(value: str) -> bool:
    """True for a stored month alone ("2024-03"), False for a day ("2024-03-15")."""
    return re.fullmatch(r"\d{4}-\d{2}", value, _A) is not None


def month_bounds(value: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day a stored date can mean: a month's first and last day, the last never after
    today (nor before the first); a full day ("2024-03-15") is both bounds. ValueError for anything else."""
    if not is_month_only(value):
        day = dt.date.fromisoformat(value)
        return day, day
    year, month = int(value[:4]), int(value[5:])
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return first, max(first, min(last, today))


# -- occupations -------------------------------------------------------------------------------------------
def parse_noc(text: str) -> dict[str, Any]:
    """A 5-digit NOC 2021 code ("21232", "21 232", "CNP 21232", "NOC: 21232", "#21232") or a TEER level ("TEER 2",
    "FEER 2", "2")."""
    cleaned = re.sub(r"[\s-]", "", fold(text))
    for prefix in ("noc", "cnp", "teer", "feer"):
        cleaned = cleaned.removeprefix(prefix)
    cleaned = cleaned.lstrip(":#").removesuffix(".")  # "NOC: 21232", "#21232", "21232." as typed
    if re.fullmatch(r"\d{5}", cleaned, _A):
        if cleaned[1] not in "012345":
            raise InvalidAnswer("err.noc_teer_digit", value=cleaned)
        return {"noc": cleaned}
    if re.fullmatch(r"[0-5]", cleaned, _A):
        return {"teer": int(cleaned)}
    if re.fullmatch(r"\d{2,12}", cleaned, _A):
        raise InvalidAnswer("err.noc_length", value=cleaned, count=len(cleaned))
    raise InvalidAnswer("err.noc")


# -- language test scores ----------------------------------------------------------------------------------
def score_spec(test: str, ability: str) -> tuple[float, float, float]:
    spec = language_tables()["tests"][test]
    low, high = spec["ranges"][ability]
    return low, high, spec["step"]


def _example(test: str, ability: str) -> Figure:
    """A typical score to show: 6.5 for IELTS (half steps), else the score of CLB 7 in that ability."""
    low, high, step = score_spec(test, ability)
    if step != 1:
        return Figure(6.5 if low <= 6.5 <= high else high)
    return Figure(language_tables()["tests"][test]["levels"]["7"][ability])


def _four_examples(test: str) -> str:
    levels = language_tables()["tests"][test]["levels"]["9"]
    return " ".join(str(tidy(levels[a])) for a in ABILITIES)


def _score_problem(value: float, test: str, ability: str) -> str | None:
    """None for a possible score; else "range" or "step" (what is wrong with it)."""
    low, high, step = score_spec(test, ability)
    if not low <= value <= high:
        return "range"
    if not (value / step).is_integer():
        return "step"
    return None


def _celpip_levels(words: str) -> str:
    """A CELPIP score is a level, and RULES.md 2 makes it the CLB itself (11 and 12 count as 10): "level 9",
    "CLB 9" or "clb 9 9 8 8" typed first are those scores. A CLB after the scores ("9 8 8 8 (CLB 8)") is left,
    to be refused: it is a summary, not a fifth score."""
    return re.sub(r"^(?:level|niveau|clb|nclc)\s*:?\s*(?=\d)", "", words, flags=_A)


def parse_score(text: str, test: str, ability: str, confirmed: bool = False) -> float:
    """A score as printed on the report, within that test's range and steps: "7.5", "7,5", "band 7.5",
    "7.5 band", "7.5/9" (over the test's top score); a CLB level is refused with its own message."""
    low, high, step = score_spec(test, ability)
    name, example = _SHORT_NAMES.get(test, test), _example(test, ability)
    cleaned = _score_words(text)
    if test == "celpip_general":
        cleaned = _celpip_levels(cleaned)
    match = _SCORE.match(cleaned)
    if match is None or (match[2] is not None and int(match[2]) != high):
        if re.search(r"(?<![a-z])(?:clb|nclc)(?![a-z])", cleaned, _A):
            raise InvalidAnswer("err.score_clb", test=name, example=example)
        if (named := _one_named(text)) is not None and named[0] != ability:  # "R 6.5" to the listening question
            raise InvalidAnswer(f"err.score_named.{named[0]}", value=Figure(_number(named[1].split("/")[0])))
        raise InvalidAnswer("err.score", test=name, low=tidy(low), high=tidy(high), example=example)
    value = _number(match[1])
    problem = _score_problem(value, test, ability)
    kind = "half" if step == 0.5 else "whole"
    if problem == "range":
        raise InvalidAnswer(f"err.score_range_{kind}", test=name, low=tidy(low), high=tidy(high),
                            value=Figure(value), example=example)
    if problem == "step":
        raise InvalidAnswer(f"err.score_{kind}", test=name, value=Figure(value), example=example)
    if not confirmed and _like_a_level(value, test, ability):  # "7" for TEF listening: an NCLC level?
        raise _levels_asked(Ambiguous("score", text, [str(tidy(value))], key="answers.confirm_level"), test)
    return value


_RUN = re.compile(r"\d[\d.,]*\d|\d", _A)  # digits with the marks between them: "6.5,6.5,6,5.5" is one run
_MARK_RUN = re.compile(r"\d[.,]\d", _A)


def _readings_of(text: str) -> list[list[str]]:
    """The ways several numbers typed in one message can be read, each a list of numerals (ASCII, "." or ",").

    "." as the decimal mark with commas between numbers ("6.5,6.5,6,5.5"); "," as the decimal mark with dots
    or anything else between them ("6,5 7 6,5 7,5"); and, when every number stands alone between spaces or
    other separators, each with its own mark ("6,5 7.5 7 7"). Never a mix inside one run of digits: "6,5.5"
    is not "6.5" and "5".
    """
    readings = []
    between = re.findall(r"(?<=\d)[^\d]+(?=\d)", text, _A)
    # "8 7.5 7", "7.5, 7.5", "2.5,5.5,0.5": a dot between two digits, with anything else between numbers, is a
    # decimal dot, never a separator: read with "," as the decimal mark they were 8 / 7 / 5 / 7, 7 / 5 / 7 / 5
    # and 2 / 5.5 / 5 / 5. Dots alone ("8.7.7.7") may still be separators.
    dot_is_decimal = "." in between and any(sep != "." for sep in between)
    for mark in ".,":  # a mark between two digits is then always a decimal: "0,0,0.5" is not 0 / 0 / 5 with ","
        if mark == "," and dot_is_decimal:
            continue
        numerals = re.findall(rf"\d+(?:\{mark}\d+)?", text, _A)
        if len(re.findall(rf"\d(?=\{mark}\d)", text, _A)) == sum(mark in n for n in numerals):
            readings.append(numerals)
    runs = _RUN.findall(text)
    if all(len(re.findall(r"[.,]", run, _A)) <= 1 for run in runs):
        readings.append(runs)
    return readings


def _doubtful(text: str, reading: list[str]) -> bool:
    """Commas read as separators in "7,5 7,5" or "7,5, 7,5": a bare comma between digits beside other separators
    (spaces, slashes, a comma and a space) may well be a decimal comma, so that reading is asked about, not
    taken. Commas alone ("7,5,7,5") are read as separators: that is the only reading with four scores."""
    if any("," in numeral for numeral in reading):
        return False
    between = re.findall(r"(?<=\d)[^\d]+(?=\d)", text, _A)
    return "," in between and any(sep not in (",", ".") for sep in between)


def scores_value(scores: dict[str, float]) -> str:
    """Four scores as one button value, "6.5/6.5/6/5.5" (listening, reading, writing, speaking)."""
    return "/".join(str(tidy(scores[a])) for a in ABILITIES)


def parse_scores(text: str, test: str, confirmed: bool = False) -> dict[str, float] | None:
    """All four scores of `test` in one message (see _read_scores), or None. Scores of 12 or less on a 0 to 699
    scale (TEF and TCF Canada) look like the NCLC levels their certificates print: asked, unless `confirmed`
    (the button of that question: never asked twice)."""
    scores = _read_scores(text, test)
    if not confirmed and scores is not None and any(_like_a_level(scores[a], test, a) for a in ABILITIES):
        raise _levels_asked(Ambiguous("scores", text, [scores_value(scores)], key="answers.confirm_levels"), test)
    return scores


def _like_a_level(value: float, test: str, ability: str) -> bool:
    """A TEF or TCF score of 12 or less on a 0 to 699 scale: possible, but far below NCLC 4, and the NCLC level
    (4 to 12) its certificate prints beside each score (RULES.md section 2)."""
    return score_spec(test, ability)[1] >= 699 and value <= 12


def _levels_asked(asked: Ambiguous, test: str) -> Ambiguous:
    asked.params.update(test=_SHORT_NAMES.get(test, test), example=_four_examples(test))
    if test in LEVEL_TESTS:  # the levels as a reading of their own, beside the scores (RULES.md 2)
        numbers = asked.choices[0].split("/")
        if all(re.fullmatch(r"\d+", n, _A) and LOWEST_LEVEL <= int(n) <= HIGHEST_LEVEL for n in numbers):
            asked.choices.append(LEVELS_MARK + asked.choices[0])
            # TCF Canada's writing and speaking are scored out of 20: only its listening and reading say "level"
            asked.key = f"{asked.key}_nclc{'_tcf' if test == 'tcf_canada' else ''}"
    return asked


# -- NCLC levels typed for TEF Canada scores ---------------------------------------------------------------
# RULES.md 2: "TEF certificates also print the NCLC per ability: accepting that level directly is a good
# fallback". TCF Canada too (leftovers 7, the lead's call): RULES.md 2 gives its table, so a level typed is kept
# as that level's lowest TCF Canada score, which converts back to it; RULES.md does not say its certificate prints
# the levels, so the chat says "the levels you typed". IELTS and PTE reports print no CLB, a CELPIP level is its
# score already.
LEVEL_TESTS = frozenset({"tef_canada", "tcf_canada"})
LEVELS_MARK = "nclc:"  # a button's value that holds levels, not scores: "nclc:8/8/7/7", "nclc:8"
LOWEST_LEVEL, HIGHEST_LEVEL = 4, 12  # the tables' rows start at 4; a certificate prints up to NCLC 12 (10+)
_LEVEL_WORD = re.compile(r"(?<![a-z])(?:nclc|clb|ncl)(?![a-z])", _A)
_LEVEL_FILLERS = frozenset({"i", "we", "got", "have", "had", "obtained", "j", "ai", "jai", "eu", "obtenu", "my",
                            "mes", "mon", "ses", "son", "her", "his", "the", "les", "niveau", "niveaux", "level",
                            "levels", "are", "were", "is", "was", "sont", "est", "c", "of", "de", "en", "a", "au"})
_LEVEL_ALL = re.compile(r"(\d{1,2})\s*(?:all|everywhere|partout|in all|across)\.?", _A)


class Levels(dict[str, int]):
    """NCLC levels typed for one test, by ability: all four, or the one asked."""


def level_score(test: str, ability: str, level: int) -> float:
    """The lowest score of a level in the tables (RULES.md 2): a result stored from its level alone converts back
    to that level (10, 11 and 12 to "10 and above")."""
    return float(language_tables()["tests"][test]["levels"][str(min(level, 10))][ability])


def _level_words(text: str) -> str | None:
    """The text without its level words and the words before the levels ("j'ai nclc 8 8 7 7", "my levels are"),
    or None when it names no level ("NCLC", "CLB")."""
    folded = fold(text)
    if _LEVEL_WORD.search(folded) is None:
        return None
    words = re.sub(r"[()\[\]]", " ", _LEVEL_WORD.sub(" ", folded)).replace("'", " ").split()
    while words and words[0].rstrip(":") in _LEVEL_FILLERS:
        words.pop(0)
    return " ".join(words).strip(" :.!")


def parse_levels(text: str, test: str, ability: str) -> Levels | None:
    """NCLC levels typed where `test`'s scores are asked ("nclc 8 8 7 7", "NCLC: 8/8/7/7", "clb 9 9 8 8", "nclc 7
    partout", "nclc co 8 ce 8 ee 7 eo 7", "nclc 8" to the one ability asked): the levels, when `test` prints them
    (LEVEL_TESTS) and every one is a level of the tables (4 to 12). A level under 4 raises err.level_low; numbers
    that are not levels (scores after the word, "nclc 480 470 440 460") give None, for the score readers."""
    if test not in LEVEL_TESTS or (rest := _level_words(text)) is None or not rest:
        return None
    if (same := _LEVEL_ALL.fullmatch(rest)) is not None:  # "clb 7 all"
        rest = f"{same[1]} partout"
    if re.fullmatch(r"\d{1,2}", rest, _A):
        typed = {ability: float(rest)}
    else:
        try:
            read = _read_scores(rest, test)
        except InvalidAnswer:
            return None
        if read is None:
            return None
        typed = read
    if any(not value.is_integer() or value > HIGHEST_LEVEL for value in typed.values()):
        return None
    if (low := min(typed.values())) < LOWEST_LEVEL:
        raise InvalidAnswer("err.level_low", level=int(low), test=_SHORT_NAMES.get(test, test),
                            example=_four_examples(test))
    return Levels({a: int(v) for a, v in typed.items()})


_NAME_BEFORE = re.compile(r"^\W*(?:(?:le|la|l|the|my|mon)[\s'\u2019]+)?(?:celpip[\s-]?g(?:eneral)?|"
                          r"celpip(?:\s+general)?|ielts(?:\s+(?:gt|general(?:\s+training)?))?|pte(?:\s+core)?|"
                          r"tef(?:\s+canada)?|tcf(?:\s+canada)?)\s*[,:;-]\s*"
                          r"(?:(?:i\s+got|j[\s'\u2019]?ai\s+eu|j[\s'\u2019]?ai\s+obtenu)\s*:?\s*)?", re.IGNORECASE)


# who took the test, said before its name: "she did ielts general 6 each", « j'ai fait le tef, nclc 7 partout »
_TOOK_BY = re.compile(r"^\W*(?:(?:i|she|he|we|they|my\s+(?:wife|husband|partner|spouse)|elle|il|"
                      r"ma\s+(?:femme|conjointe)|mon\s+(?:mari|conjoint))\s+)?"
                      r"(?:have|has|had|did|got|took|passed|wrote|j[\s'\u2019]?ai(?:\s+(?:fait|pass[ée]|eu))?|"
                      r"a(?:\s+(?:fait|pass[ée]|eu))?)\s+(?:(?:an?|the|my|her|his|un|le|mon|son|sa)\s+)?"
                      r"(?=(?:celpip|ielts|pte|tef|tcf)\b)", re.IGNORECASE)


def scores_typed_ahead(text: str, test: str) -> dict[str, float] | Levels | None:
    """The four scores (or, for TEF Canada, the four NCLC levels: Levels) typed with the test's name to "Which
    test?" ("celpip 9 9 8 8", "IELTS General, L 8 R 7 W 6.5 S 7", "tef nclc 8 8 7 7"): kept, so they are not asked
    again. None when they are not four that read one way only (asked later, at the scores question, as before)."""
    # the test's name before a comma, and "I got" after it: "celpip, clb 9 in all", « tef canada, nclc 7 partout »
    text = _NAME_BEFORE.sub("", _TOOK_BY.sub("", text))
    try:
        levels = parse_levels(text, test, ABILITIES[0])
        if levels is not None:
            return levels if len(levels) == 4 else None
        return parse_scores(text, test)
    except InvalidAnswer:
        return None


def levels_of_button(value: str, test: str, ability: str) -> Levels | None:
    """The levels a button carries ("nclc:8/8/7/7", "nclc:8"), None for any other value or one not possible."""
    if test not in LEVEL_TESTS or not value.startswith(LEVELS_MARK):
        return None
    numbers = value.removeprefix(LEVELS_MARK).split("/")
    if len(numbers) not in (1, 4) or not all(re.fullmatch(r"\d{1,2}", n, _A) for n in numbers) \
            or not all(LOWEST_LEVEL <= int(n) <= HIGHEST_LEVEL for n in numbers):
        return None
    keys = ABILITIES if len(numbers) == 4 else (ability,)
    return Levels({a: int(n) for a, n in zip(keys, numbers, strict=True)})


def _read_scores(text: str, test: str) -> dict[str, float] | None:
    """All four scores of `test` in one message, or None when the text is not several scores (then it is
    one score, for parse_score).

    "8 7 7 7", "8/7/7/7", "8,7,7,7", "6,5 7 7 7" are in the report's order: listening, reading, writing,
    speaking. Named, in any order: "L8 R7 W7 S7", "L 8, R 7, W 7, S 7", "listening 8, reading 7, writing
    6.5, speaking 7", "CO 450 CE 460 EE 420 EO 430", "écoute 450, lecture 460, écriture 12, oral 14", each
    label after its score ("8 in listening, 7.5 in reading, ...") or glued to the one before ("L8R7.5W7S7").
    The same in all four ("all 8s", "7 partout"), or for the abilities not named ("8 in listening, 7 in the
    rest", "all 7 except writing 6.5"). Words before ("my scores are"), emoji, an overall score beside the four
    and each score over its scale ("500 510 12/20 14/20") are left out.
    Several scores that are not four (or name one ability twice) raise err.scores_count; a score outside its
    ability's range or steps raises err.score_of.<ability>. Numbers whose commas can be read as separators
    or as decimal commas are taken only when exactly one reading gives four possible scores; else Ambiguous.
    A dot between two digits beside other separators is always a decimal ("8 7.5 7" is three scores). An
    overall score alone raises err.score_overall; four scores run together ("7777"), err.scores_glued; IELTS
    bands typed without their dot ("65 65 6 55") are asked about (Ambiguous with the bands meant).
    """
    words = _score_words(text)
    if test == "celpip_general":
        words = _celpip_levels(words)
    if _OVERALL_ONLY.fullmatch(" ".join(_TEST_WORDS.sub(" ", words).split()).rstrip(" .!")):
        # "overall 7": the one score Express Entry does not use; never stored as the listening score
        raise InvalidAnswer("err.score_overall", test=_SHORT_NAMES.get(test, test), example=_four_examples(test))
    # brackets are separators: "8 7.5 7 7 (overall 7.5)"
    words = _OVERALL_FIRST.sub(" ", _levels_beside(words))
    cleaned = _without_scales(_TEST_WORDS.sub(" ", re.sub(r"[()\[\]]", " ", _OVERALL.sub(" ", words))), test)
    if (ordered := _in_the_order_said(cleaned)) is not None:  # "LRWS 8 7 6.5 7", "7 6.5 7 8 (S W R L)"
        return _checked(ordered, test)
    if same := _EVERYWHERE.fullmatch(" ".join(cleaned.split()).rstrip(" .!")):  # "7 partout": the same in all four
        return _checked([same[1] or same[2]] * 4, test)
    if re.fullmatch(r"\d+", cleaned.strip(" .!"), _A) and _glued(cleaned.strip(" .!"), test):
        raise InvalidAnswer("err.scores_glued", typed=cleaned.strip(" .!"), test=_SHORT_NAMES.get(test, test),
                            example=_four_examples(test))
    if (some := _with_the_rest(cleaned)) is not None:  # "8 in listening, 7 in the rest"
        return _checked([some[a] for a in ABILITIES], test)
    # "8 listening, 7.5 reading, ...": each label after its score, when at least two are written so
    after = _LABEL_LAST.match(cleaned.strip()) is not None and len(_SCORE_NAMED.findall(cleaned)) >= 2
    pattern = _SCORE_NAMED if after else _NAMED_SCORE
    named = list(pattern.finditer(cleaned))
    if named:
        values: dict[str, str] = {}
        rest = pattern.sub(" ", cleaned)
        count = len(named) + len(re.findall(r"\d+(?:[.,]\d+)?", rest, _A))
        for match in named:
            label, number = (match[2], match[1]) if after else (match[1], match[2])
            values.setdefault(_ABILITY_OF[" ".join(label.split())], number)
        if not _SEPARATORS.fullmatch(rest) or len(values) != 4 or len(named) != 4:
            if count >= 2:
                raise InvalidAnswer("err.scores_count", count=count, example=_four_examples(test))
            return None
        return _checked([values[a] for a in ABILITIES], test)
    cleaned = _AND_BETWEEN.sub(" ", cleaned)
    if not re.fullmatch(r"[\d\s.,;:/|&+-]*", cleaned, _A):
        return None
    readings = _readings_of(cleaned) or [re.findall(r"\d+(?:\.\d+)?", cleaned, _A)]
    fours = [reading for reading in readings if len(reading) == 4]
    if not fours:
        either = re.findall(r"\d+(?:[.,]\d+)?", cleaned, _A)  # each mark read as a decimal
        runs = _RUN.findall(cleaned)
        # numbers apart ("7,5 7 6,5"): as many as are apart, each with its own mark; else the most there can be
        count = len(runs) if all(len(re.findall(r"[.,]", run, _A)) <= 1 for run in runs) \
            else max(len(either), len(re.findall(r"\d+(?:\.\d+)?", cleaned, _A)))
        if len(either) <= 1 or (len(either) == 2 and "/" in cleaned):  # "7,5"; "7.5/9", "7,5/9" (over its scale)
            return None
        raise InvalidAnswer("err.scores_count", count=count, example=_four_examples(test))
    valid: dict[str, tuple[dict[str, float], list[str]]] = {}
    first_error: InvalidAnswer | None = None
    for reading in fours:
        try:
            scores = _checked(reading, test)
        except InvalidAnswer as error:
            first_error = first_error or error
            continue
        valid.setdefault(scores_value(scores), (scores, reading))
    if not valid:
        assert first_error is not None
        if (dotted := _without_dots(fours[0], test)) is not None:  # "65 65 6 55": 6.5 / 6.5 / 6 / 5.5 asked
            raise Ambiguous("scores", text, [scores_value(dotted)])
        raise first_error
    if len(valid) == 1:
        scores, reading = next(iter(valid.values()))
        if not _doubtful(cleaned, reading):
            return scores
    raise Ambiguous("scores", text, list(valid))


def _without_dots(reading: list[str], test: str) -> dict[str, float] | None:
    """IELTS half bands typed without their dot ("65 65 6 55"): the bands meant, when every number that is no
    band is two digits from 40 to 85 ending in 0 or 5 ("10" stays refused: not 1.0); None otherwise."""
    if score_spec(test, "listening")[2] != 0.5:
        return None
    mended = [f"{n[0]}.{n[1]}" if re.fullmatch(r"[4-8][05]", n, _A) else n for n in reading]
    if mended == reading:
        return None
    try:
        return _checked(mended, test)
    except InvalidAnswer:
        return None


def _undotted(text: str) -> str:
    """Folded, apostrophes as spaces, "C.O." and "E.E." as "co" and "ee"."""
    return _DOTTED_ABILITY.sub(r"\1\2", fold(text).replace("'", " ").replace("\u2019", " "))


_DROPPED = frozenset({"Mn", "Me", "Cf"})  # the keycap and variation selector of "8️⃣", joiners: nothing
_SPACED = frozenset({"So", "Sk", "Co", "Cs"})  # "👍", "✅", emoji skin tones: a space


def _score_words(text: str) -> str:
    """A typed score answer as the score readers take it: _undotted, emoji and other symbols dropped ("8 7 7 7 👍",
    "8️⃣ 7️⃣ 7️⃣ 7️⃣"), the words before the scores dropped ("my scores are", "I got", "j'ai eu"), "6 and a half"
    as 6.5, spaces and line breaks as one space."""
    plain = "".join("" if unicodedata.category(ch) in _DROPPED else " " if unicodedata.category(ch) in _SPACED
                    else ch for ch in text)
    words = " ".join(_undotted(plain).split())
    return _HALF_SCORE.sub(r"\1.5", _SCORE_LEAD.sub("", words))


def _without_scales(text: str, test: str) -> str:
    """Each score typed over its test's top score, the score alone: "500 510 12/20 14/20", "8/9 7/9 7/9 7/9".
    Only where every slash is a scale's: in "9/9/9/9" or "0 / 12 / 0 / 12" slashes are between scores."""
    tops = sorted({str(tidy(score_spec(test, a)[1])) for a in ABILITIES}, key=len, reverse=True)
    alone = re.sub(r"(?<![/\d])(?<!\d[.,])(" + _NUM + r")\s*(?:/|sur|out of)\s*(?:" + "|".join(tops)
                  + r")(?![/\d])(?![.,]\d)", r"\1", text, flags=_A)
    if "/" in alone and alone != text:  # "CO 450 / CE 380 / EE 12/20 / EO 14/20": the slashes left part labels
        alone = re.sub(r"\s/\s*(?=[a-z])", " , ", alone, flags=_A | re.IGNORECASE)
    return text if "/" in alone else alone  # "0 / 12 / 0 / 12": a slash left between scores, so none was a scale


def _glued(digits: str, test: str) -> bool:
    """"7777", "9888": four scores typed without spaces, one number too long to be a score of `test` (as many
    digits as four scores of that test have at least)."""
    low, high, _ = score_spec(test, "listening")
    lowest = language_tables()["tests"][test]["levels"]["4"]
    return len(digits) >= sum(len(str(int(lowest[a]))) for a in ABILITIES) \
        and (len(digits) > len(str(int(high))) or not low <= int(digits) <= high)


# The abilities' order said once, before or after four scores: "LRWS 8 7 6.5 7", "8 7 6.5 7 (L R W S)", "SWRL 7 6.5
# 7 8", "CO CE EE EO 503 447 475 489": each letter once, the scores apart by spaces, slashes or semicolons
_ORDER_LETTER = {"l": "listening", "r": "reading", "w": "writing", "s": "speaking",
                 "co": "listening", "ce": "reading", "ee": "writing", "eo": "speaking"}
_ORDER_WORD = r"(?:co|ce|ee|eo|l|r|w|s)"
_ORDER_OF_FOUR = rf"(?:{_ORDER_WORD}\s*[/,-]?\s*){{3}}{_ORDER_WORD}"
_ORDER_SAID = re.compile(rf"^(?P<head>{_ORDER_OF_FOUR})\s*[:=-]?\s*(?P<numbers>\d.*)$|"
                         rf"^(?P<numbers2>.*\d)\s*[:=-]?\s*(?P<tail>{_ORDER_OF_FOUR})$", _A)
_APART_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?", _A)


def _in_the_order_said(cleaned: str) -> list[str] | None:
    """The four numerals in the report's order when the order they were typed in is said by its letters (each
    ability once); None otherwise."""
    said = _ORDER_SAID.fullmatch(" ".join(cleaned.split()).strip(" .!"))
    if said is None:
        return None
    letters = re.findall(r"co|ce|ee|eo|[lrws]", said["head"] or said["tail"], _A)
    numbers = [n for n in re.split(r"\s*[;/|]\s*|\s+|,\s+", (said["numbers"] or said["numbers2"]).strip()) if n]
    abilities = [_ORDER_LETTER[letter] for letter in letters]
    if sorted(abilities) != sorted(ABILITIES) or len(numbers) != 4 \
            or not all(_APART_NUMBER.fullmatch(n) for n in numbers):
        return None
    by_ability = dict(zip(abilities, numbers, strict=True))
    return [by_ability[a] for a in ABILITIES]


def _checked(numerals: list[str], test: str) -> dict[str, float]:
    """Four numerals in the report's order as scores, each checked against its ability's range and steps."""
    scores: dict[str, float] = {}
    for ability, numeral in zip(ABILITIES, numerals, strict=True):
        value = _number(numeral)
        if _score_problem(value, test, ability) is not None:
            low, high, _ = score_spec(test, ability)
            raise InvalidAnswer(f"err.score_of.{ability}", ability=ability, test=_SHORT_NAMES.get(test, test),
                                value=Figure(value), low=tidy(low), high=tidy(high),
                                example=_example(test, ability))
        scores[ability] = value
    return scores


# -- age ---------------------------------------------------------------------------------------------------
# "born 3 feb 1997", "DOB: 1997-02-03", "je suis née le 3 février 1997": the words before the date are dropped.
_BORN = re.compile(r"^\s*(?:i\s+was\s+born|born|d\.?o\.?b\.?|date\s+of\s+birth|my\s+birthday\s+is|"
                   r"je\s+suis\s+nee?|nee?|ma\s+date\s+de\s+naissance(?:\s+est)?|date\s+de\s+naissance)"
                   r"(?:\s+(?:on|in|le|en)\b|\s*[:=-])?\s*(?=\d)", re.I)
# "I'm 29 or 30", "j'ai 29 ou 30 ans", "29-30": two ages, one year apart or more
_TWO_AGES = re.compile(r"^(?:i\W?m|i am|j\W?ai|about|around|environ)?\s*(\d{2})\s*(?:-|/|or|ou|to|a)\s*(\d{2})\s*"
                       r"(?:years?(?: old)?|yrs?|ans?)?\.?$", _A)
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}\.?", _A)
_IN_YEAR = re.compile(r"(?:en|in)\s+\d{2}\.?", _A)  # "en 93", "in 93": a year, never an age
_TWO_DIGITS = re.compile(r"\d{2}\.?", _A)


def parse_age(text: str, today: dt.date) -> dict[str, Any]:
    """A birth date (2024-03-15 or in words, with the day) or an age in completed years ("34", "34 ans")."""
    folded = fold(undecorated(text))
    cleaned = _BORN.sub("", folded, count=1)
    said_as_year = _IN_YEAR.fullmatch(cleaned.strip()) or (
        cleaned != folded and _TWO_DIGITS.fullmatch(cleaned.strip()))
    if SHORT_YEAR.fullmatch(cleaned) or _YEAR_ALONE.fullmatch(cleaned.strip()) or said_as_year:
        # "'95", "1996": a year of birth, which gives no day and no age (a birthday may be still to come); "né en
        # 93", "born in 93", "en 93": two digits said as a year are one (French review 13: asked before « Si vous
        # avez né en 93 ans »)
        raise InvalidAnswer("err.birth_short_year", typed=text.strip())
    if (two := _TWO_AGES.match(cleaned.strip())) and two[1] != two[2]:
        # a year of age can change the age points (RULES.md 3): one is asked for, neither is guessed
        raise InvalidAnswer("err.birth_two_ages", typed=text.strip())
    if match := _AGE.match(cleaned):
        age = int(match[1])
        if not 16 <= age <= 100:
            raise InvalidAnswer("err.age_range", age=age)
        if age >= AGE_WITHOUT_POINTS and re.fullmatch(r"\d{2}\.?", cleaned, _A):  # like a year's last two digits
            # "88" may be the year of birth, and read as an age it takes every age point away: asked.
            raise Ambiguous("age", text.strip(), [f"{age} {_AGE_CONFIRMED}"], key="answers.confirm_age")
        return {"age": age}
    try:
        born = dt.date.fromisoformat(parse_date(cleaned, "birth", today))
    except Ambiguous as asked:
        # "3/4/94" or "05/06/07": only the readings that give an age the screening takes are offered ("05/06/07"
        # as 2005 or 2007, never 1905); one left is taken, none left is refused as an age out of range
        ages = {day: _age_on(dt.date.fromisoformat(day), today) for day in asked.choices}
        kept = [day for day, age in ages.items() if 16 <= age <= 100]
        if not kept:
            raise InvalidAnswer("err.age_range", age=ages[asked.choices[0]]) from None
        if len(kept) > 1:
            raise Ambiguous(asked.kind, asked.params["typed"], kept) from None
        born = dt.date.fromisoformat(kept[0])
    except InvalidAnswer as error:
        if error.key == "err.birth_day_needed":
            raise
        raise InvalidAnswer("err.age") from None
    age = _age_on(born, today)
    if not 16 <= age <= 100:
        raise InvalidAnswer("err.age_range", age=age)
    return {"birth_date": born.isoformat()}


def _age_on(born: dt.date, today: dt.date) -> int:
    """Completed years on `today`."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def parse(question: Question, text: str, today: dt.date, labels: list[str], test: str | None) -> Any:
    """The JSON-ready value of a typed answer to `question`, or InvalidAnswer."""
    if not text.strip():
        raise InvalidAnswer("err.empty")
    kind = question.kind
    if kind == "yes_no":
        return parse_yes_no(text)
    if kind == "choice":
        return parse_choice(text, question.options, labels)
    if kind == "number":
        return parse_hours(text, question.maximum if question.maximum is not None else 168)
    if kind == "date":
        return parse_date(text, question.meta["edge"], today)
    if kind == "noc":
        return parse_noc(text)
    if kind == "score":
        assert test is not None
        return tidy(parse_score(text, test, question.meta["ability"]))
    if kind == "age":
        return parse_age(text, today)
    raise ValueError(f"unknown question kind {kind}")


def _with_the_rest(cleaned: str) -> dict[str, str] | None:
    """"8 in listening, 7 in the rest", "all 7 except writing 6.5": the numeral of each ability, when one to three
    are named (each once, nothing else typed) and one score is said for the others; None otherwise."""
    text = " ".join(cleaned.split()).strip(" .!")
    rest = _THE_REST.search(text)
    if rest is not None and rest[1] and _LABEL_BEFORE.search(text[:rest.start(1)]):
        rest = _REST_THEN_SCORE.search(text)  # "listening 8 rest 7": the 8 is listening's, 7 the others'
        if rest is None:
            return None
    if rest is not None:
        same, part = rest[1] or rest[2], f"{text[:rest.start()]} {text[rest.end():]}"
    elif (but := _EXCEPT.fullmatch(text)) is not None:
        same, part = but[1] or but[3], but[2] or but[4]
    else:
        return None
    # "8 in listening and 7 in the rest": the "and" before the rest is no score
    part = re.sub(r"(?:\s+(?:and|et))+$", "", part.strip(" ,;.")).strip(" ,;.")
    after = _LABEL_LAST.match(part) is not None
    pattern = _SCORE_NAMED if after else _NAMED_SCORE
    named = list(pattern.finditer(part))
    if not 1 <= len(named) <= 3 or not _SEPARATORS.fullmatch(pattern.sub(" ", part)):
        return None
    values: dict[str, str] = {}
    for match in named:
        ability = _ABILITY_OF[" ".join((match[2] if after else match[1]).split())]
        if ability in values:
            return None
        values[ability] = match[1] if after else match[2]
    return {a: values.get(a, same) for a in ABILITIES}


def _one_named(text: str) -> tuple[str, str] | None:
    """The ability and the numeral of one score typed with its ability's name ("CO 503", "6.5 (listening)"), the
    numeral with the scale typed after it ("W: 6.5/9"), for parse_score to check."""
    cleaned = re.sub(r"[()\[\]]", " ", _score_words(text))
    scales = re.findall(r"(?<=\d)\s*(?:/|sur|out of)\s*(\d{1,3})(?![\d.,])", cleaned, _A)
    over = f"/{scales[0]}" if len(scales) == 1 else ""
    if over:
        cleaned = re.sub(r"(?<=\d)\s*(?:/|sur|out of)\s*\d{1,3}(?![\d.,])", "", cleaned, flags=_A)
    after = _LABEL_LAST.match(cleaned) is not None  # "6.5 listening"
    pattern = _SCORE_NAMED if after else _NAMED_SCORE
    named = list(pattern.finditer(cleaned))
    if len(named) != 1 or not _SEPARATORS.fullmatch(pattern.sub(" ", cleaned)):
        return None
    label, number = (named[0][2], named[0][1]) if after else (named[0][1], named[0][2])
    return _ABILITY_OF[" ".join(label.split())], number + over


def named_score(text: str, ability: str) -> str | None:
    """"compréhension orale 8", "CO 503", "L 7.5" typed for `ability`'s question: the score alone, when the
    one ability named is the one asked; None otherwise (another ability named is not stored here)."""
    named = _one_named(text)
    return named[1] if named is not None and named[0] == ability else None
