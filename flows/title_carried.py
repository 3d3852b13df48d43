"""A job title typed where the bot asks whether there is a job: "yes psw", "yes, cook at tim hortons".

The yes was kept and the title thrown away: the person was asked for it again at once, as if unheard. A title
said in place of the yes ("psw at a long term care home", « je suis préposée aux bénéficiaires ») was refused with
"answer yes or no". Both now answer yes, and the occupations closest to the title are offered to tap: the
occupation is still chosen by the person (its TEER decides whether the hours count), never guessed.
"""

from __future__ import annotations

import re

from eligibility import job_titles
from flows.answer_words import yes_other_subject
from flows.not_a_title import about_the_job
from flows.parsing import fold
from flows.places import abroad_in_title

QUESTIONS = frozenset({"canadian_work", "job_more"})

_YES = r"(?:yes|yeah|yea|yep|yup|ya|yes i do|yes i have|oui|ouais|ouin|oui j en ai un|of course|bien sur)"
_LEAD = (r"(?:i\s+(?:am|was|work|worked|m|ve\s+been|have\s+been)(?:\s+working)?|im|i'm|currently|working|"
         r"je\s+(?:suis|travaille|travaillais|etais)|j\s+etais|j\s+ai\s+travaille|je\s+bosse)")
_AS = r"(?:as|like|comme|en\s+tant\s+que)"
_HEAD = re.compile(rf"^(?P<yes>{_YES}\b[\s,.:;!-]*)?(?:(?:also|aussi|another(?: one)?|un autre|une autre)\b\s*)?"
                   rf"(?P<lead>(?:{_LEAD}\b\s*)*(?:{_AS}\b\s*)?)(?:(?:an?|une?)\b\s*)?(?P<title>.*)$")
# Without a yes or "I work as", a title is carried only with where it was held ("psw at a long term care home"):
# a word alone may be anything ("later" is found among platers)
_WHERE_HELD = re.compile(r"\s(?:at|chez|@|for|in\s+an?|dans\s+une?|pour)\s")
_COURTESY = re.compile(r"(?:please|pls|plz|thanks|thank you|thx|ty|sure|ok|okay|merci|svp|stp|bien sur)"
                       r"(?:\s+(?:please|pls|thanks|merci))?")
_NEGATED = re.compile(r"\b(?:no|non|nope|nah|not|never|pas|jamais|didn|didnt|haven|havent|hasnt|aucun|aucune|"
                      r"only|seulement|juste|looking|cherche|waiting|attente|applied|will|vais|going|gonna|"
                      r"abroad|outside|ailleurs|student|etudiant|etudiante|volunteer|benevole|unpaid|intern)\b")
_CONFIDENT = ("high", "medium")


def title_said(question_id: str, text: str, lang: str) -> str | None:
    """The job title typed with (or for) a yes to `question_id`, or None when there is none to carry: a yes
    with a date, hours, a permit, a doubt or a limit beside it stays a plain yes, read as before."""
    if question_id not in QUESTIONS:
        return None
    said = " ".join(re.sub(r"[^a-z0-9'&/+ -]+", " ", fold(text).replace("’", "'")).split())
    if not said or _NEGATED.search(said.replace("'", " ")) or "?" in text or yes_other_subject(text, question_id):
        return None  # "yes im married": another question's subject, asked again with why (flows/answer_words.py)
    head = _HEAD.match(said)
    title = head["title"].strip(" ,.-") if head else ""
    if head and not head["yes"] and not head["lead"].strip() and not _WHERE_HELD.search(f" {title} "):
        return None
    if len(title) < 2 or _COURTESY.fullmatch(title) or about_the_job(title) is not None \
            or abroad_in_title(title) is not None:
        return None
    finding = job_titles.find(title, lang)
    return title if finding.occupations and finding.confidence in _CONFIDENT else None
