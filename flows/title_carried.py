"""A job title typed where the bot asks whether there is a job: "yes psw", "yes, cook at tim hortons".

The yes was kept and the title thrown away: the person was asked for it again at once, as if unheard. A title
said in place of the yes ("psw at a long term care home", « je suis préposée aux bénéficiaires ») was refused with
"answer yes or no". Both now answer yes, and the occupations closest to the title are offered to tap: the
occupation is still chosen by the person (its TEER decides whether the hours count), never guessed.

A title typed alone to "a paid job in Canada?" ("psw", "cook", « caissière ») was refused with "answer yes or no"
too. It is carried as well now, but only when the finder is sure of it and the words are no other question's
subject nor a yes, a no or a doubt of their own: "later" and "married" are found among platers and railway
workers, « annuler » and « supprimer » among annealers, « aide » (help) among helpers: the finder corrects the
spelling it is given, so a title alone is carried only when each of its words is a word of an official title or of
the everyday titles' table, as typed.
"""

from __future__ import annotations

import functools
import re

from eligibility import job_titles, occupations
from flows.answer_topics import subjects_of
from flows.answer_words import leading_yes_no, yes_other_subject
from flows.not_a_title import about_the_job
from flows.parsing import InvalidAnswer, fold, parse_yes_no
from flows.places import abroad_in_title, places_named

QUESTIONS = frozenset({"canadian_work", "job_more"})

_YES = r"(?:yes|yeah|yea|yep|yup|ya|yes i do|yes i have|oui|ouais|ouin|oui j en ai un|of course|bien sur)"
_LEAD = (r"(?:i\s+(?:am|was|work|worked|m|ve\s+been|have\s+been)(?:\s+working)?|im|i'm|currently|working|"
         r"je\s+(?:suis|travaille|travaillais|etais)|j\s+etais|j\s+ai\s+travaille|je\s+bosse|"
         # a gig named by its app ("yes i drive uber", « je conduis pour Uber »): the app is in the titles' table
         r"i\s+(?:drive|drove|deliver|delivered)(?:\s+for)?|je\s+(?:conduis|livre)(?:\s+pour)?)")
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
# A title alone, without a yes, is read only at the first job question: "another job?" answered with a title may
# be the first job's named again
_ALONE_AT = frozenset({"canadian_work"})
# Words the finder is sure of that are no title said alone: a call for help, no job at all, an internship (whether
# it was paid is asked later; said alone it is no yes), a placeholder
_NOT_ALONE = re.compile(r"(?:help|aide|aidez moi|none|nothing|rien|aucun|aucune|stagiaire|stage|internship|"
                        r"worker|travailleur|travailleuse|employee|employe|job|jobs|emploi|work|travail)")


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
    if head and not head["yes"] and not head["lead"].strip() and not _WHERE_HELD.search(f" {title} ") \
            and not _alone(question_id, text, title, lang):
        return None
    if len(title) < 2 or _COURTESY.fullmatch(title) or about_the_job(title) is not None \
            or abroad_in_title(title) is not None:
        return None
    finding = job_titles.find(title, lang)
    return title if finding.occupations and finding.confidence in _CONFIDENT else None


def _alone(question_id: str, text: str, title: str, lang: str) -> bool:
    """Whether `title`, typed alone (no yes, no "I work as", no place of work), may be carried as a title: at the
    first job question, never a yes, a no, a doubt, a call for help or another question's subject."""
    if question_id not in _ALONE_AT or _NOT_ALONE.fullmatch(title) or subjects_of(title) - {"job"}:
        return False  # "married", "pgwp", "student": another question's (asked again with "yes or no")
    if leading_yes_no(text, question_id) is not None:
        return False  # "only weekends", "nope": answers of their own, read as before
    # a place in Canada ("cook in toronto") aside, and short words beside others ("d'", "de", "in")
    words = [word for part in places_named(title) if not part.kind for word in re.findall(r"[a-z0-9]+", part.text)]
    if not words or not all(occupations.is_word(word) or word in _title_words() or (len(word) < 3 < len(title))
                            for word in words):
        return False  # "annuler", "later": found only once their spelling was corrected
    try:
        parse_yes_no(text)
    except InvalidAnswer:
        return job_titles.find(title, lang).confidence == "high"
    return False


@functools.cache
def _title_words() -> frozenset[str]:
    """The words of the everyday titles' table ("psw", "rn", "pab", "dev")."""
    return frozenset(word for alias in job_titles.table().aliases for word in alias.split())
