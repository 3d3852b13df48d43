"""Whose answer a typed reply gives: the person's own, or their spouse's or partner's.

A question about the person answered with the partner's fact ("my wife has a masters" to "What is your highest
level of education?", "ma femme a fait le TEF" to "Which test have you taken?") was stored as the person's; a
question about the partner answered with the person's own ("j'ai un master", "I did celpip") as the partner's.
Each part of the reply (split at commas, semicolons and "but"/"mais") said of the other person is set aside: what
is left is read as before ("bachelors, my wife has masters" reads "bachelors"; "not me, my wife does" to "Have
you had a paid job in Canada?" reads "no"; "me 40, my wife 30" reads "40"). When nothing is left, the question
is asked again with why (err.other_person, err.partner_not_own), never the other person's fact stored.
"""

from __future__ import annotations

import datetime as dt
import re

from flows.parsing import fold

_A = re.ASCII

# The questions about the person, and those of them about a job (where "he" or "she" may be a boss or a client,
# so only a partner named as such is set aside)
OWN = frozenset({"canadian_work", "job_start", "job_ongoing", "job_end", "job_hours", "job_paid", "job_employee",
                 "job_student", "job_student_end", "job_authorized", "job_more", "test_kind", "test_date",
                 "test_more", "birth", "education_level", "education_where", "canadian_credential",
                 "foreign_work", "certificate", "nomination"})
_JOB = frozenset(q for q in OWN if q.startswith("job_"))
# The questions about the spouse or partner
PARTNERS = frozenset({"spouse_citizen", "spouse_accompanying", "spouse_education", "spouse_test_kind",
                      "spouse_test_date", "spouse_work"})

# Words before the subject of a part: "but my wife", "only my husband", "c'est ma femme qui"
_LEAD = r"(?:(?:but|mais|and|et|only|just|juste|seulement|also|aussi|whereas|while|tandis que|c est|cest|it s|" \
        r"its|" \
        r"it is|it was|c etait|celui de|celle de|that of)\s+)*"
_PARTNER_NOUN = r"(?:(?:my|ma|mon|her|his)\s+(?:wife|husband|hubby|spouse|partner|femme|mari|epoux|epouse|" \
                r"conjointe?|gf|bf|girlfriend|boyfriend|copine|copain|blonde|chum)|wife|husband|hubby|spouse|" \
                r"femme|mari|epoux|epouse|conjointe?)"
# "my wife and I", "my husband's company", "ma femme et moi": not the partner alone ("my wife's" alone is hers)
_NOT_ALONE = r"(?!\s+(?:and|et|&)\s+(?:i|me|moi|myself)\b)(?!\s+s\s)"
_PRONOUN = r"(?:(?:she|he)\s+(?:has|have|had|did|does|is|was|s|got|took|gave|wrote|passed|holds|worked|works|" \
           r"studied|finished|completed|will|didn t|did not|doesn t|does not|hasn t|has not|isn t|is not|won t|" \
           r"no|yes)|(?:elle|il)\s+(?:a|avait|est|etait|en|travaille|a fait|n a|n est|ne|non|oui)|" \
           r"hers|her|his|him|lui)"
_PARTNER = re.compile(rf"^{_LEAD}(?:{_PARTNER_NOUN}{_NOT_ALONE})\b", _A)
_PARTNER_OR_PRONOUN = re.compile(rf"^{_LEAD}(?:{_PARTNER_NOUN}{_NOT_ALONE}|{_PRONOUN})\b", _A)
# The person as the subject of a part: "I have a masters", "j'ai un master", "me 29", "moi oui"; never a doubt
# ("I think", "je pense") nor "me too" (the partner's fact said again)
_SELF = re.compile(rf"^{_LEAD}(?:i (?:have|ve|ve got|had|did|got|took|gave|wrote|passed|am|m|was|hold|studied|"
                   r"worked|work|finished|completed)|im|j ai|jai|j avais|javais|je suis|j etais|jetais|je l ai|"
                   r"j en ai|je travaille|mine|myself|my own|me|moi)\b(?! too\b)(?! aussi\b)", _A)
_TOO = re.compile(r"\b(?:too|aussi|also|same|pareil|meme|like me|comme moi|both|tous les deux|toutes les deux|we|"
                  r"nous|us|together|ensemble)\b", _A)
# A doubt said with it ("I'm not sure", "je pense"): read as before, where a doubt has its own answer
_DOUBT = re.compile(r"\b(?:sure|sur|sure|certain|certaine|idea|idee|know|knew|sais|sait|savais|think|pense|crois|"
                    r"guess|maybe|peut etre|probably|probablement|dunno|idk|jsp|remember|souviens)\b", _A)
# A yes or a no said before the other person ("no my wife has one"): the yes or the no is the person's
_YES_NO_FIRST = re.compile(r"^(?P<yn>no|non|nope|nah|yes|oui|yeah|yep|ouais)\s+(?=\S)", _A)
# What is left of the person's own part once the pronoun is dropped: "me 29" is "29", "moi non" is "non"
_NOT_ME = re.compile(r"^(?:not me|not mine|pas moi|moi non|me no|moi pas|me not|not i|"
                     # the person's own no said with its verb after the partner's yes ("he does, i don't")
                     r"i don t|i dont|i do not|i didn t|i didnt|i did not|i haven t|i havent|i have not|"
                     r"moi je n en ai pas|moi j en ai pas|moi non plus)$", _A)
_SELF_LEAD = re.compile(r"^(?:me|moi|myself|mine)\s*:?\s+(?=\S)", _A)
_PARTNER_LEAD = re.compile(rf"^{_LEAD}(?:{_PARTNER_NOUN}|she|he|her|him|elle|il|lui)\s*:?\s+"
                           r"(?P<rest>no|non|yes|oui|didn t|did not|doesn t|does not|hasn t|has not|isn t|is not|"
                           r"won t|will not|n a pas|n est pas|pas)$", _A)
_YES_WORDS = frozenset({"yes", "oui", "yeah", "yep", "ouais"})
# "my wife's job too", "her job as well", "l'emploi de mon mari aussi" to "add another job in Canada?": the
# partner's job, not another of the person's (their "too" adds it to the list, it does not say the person has one
# as well)
_PARTNERS_JOB = re.compile(rf"^(?:(?:yes|oui|yeah|yep|ouais)\s+)?{_LEAD}(?:(?:(?:my|her|his)\s+)?(?:wife|husband|"
                           r"hubby|spouse|partner|gf|bf|girlfriend|boyfriend)(?:\s+s|s)|her|his)\s+"
                           r"(?:jobs?|work|one|position|employment)\b|"
                           rf"^(?:(?:yes|oui|yeah|yep|ouais)\s+)?{_LEAD}"
                           r"(?:l emploi|le travail|le job|la job|le poste|celui|celle)\s+de\s+"
                           r"(?:ma|mon)\s+(?:femme|mari|epoux|epouse|conjointe?|copine|copain|blonde|chum)\b", _A)
_ADDED = re.compile(r"\s+(?:too|also|as well|aussi|egalement)$", _A)
# "and" / "et" before the partner as the subject of a verb ("bachelor's and my husband has a phd", « licence et ma
# femme a une maîtrise »): a part of its own, as after a comma; "my wife and I" is not one
_AND_PARTNER = r"\s+(?:and|et)\s+(?=(?:my|ma|mon)\s+(?:wife|husband|hubby|spouse|partner|femme|mari|[eé]poux|" \
               r"[eé]pouse|conjointe?|chum|blonde)\s+(?:has|have|had|did|does|is|was|got|holds|a|avait|est|" \
               r"[eé]tait)\b)"
_SPLIT = re.compile(r";|(?<!\d),|,(?!\d)|\s+(?:but|mais|whereas|tandis que)\s+|" + _AND_PARTNER, re.IGNORECASE)


def _said(part: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(part).replace("'", " ").replace("\u2019", " "), flags=_A)
                    .split())


def _parts(text: str) -> list[str]:
    parts: list[str] = []
    for part in _SPLIT.split(text):
        said = _said(part)
        if not said:
            continue
        if (first := _YES_NO_FIRST.match(said)) and (_PARTNER_OR_PRONOUN.match(said[first.end():])
                                                     or _SELF.match(said[first.end():])):
            parts.extend([first["yn"], said[first.end():]])  # "no my wife has one": "no", then the partner's
        else:
            parts.append(said)
    return parts


def own_answer(question_id: str, text: str) -> tuple[str, str | None]:
    """The part of `text` that answers `question_id` for whom it asks (the person, or the partner), and the
    message key to ask again with when nothing is left; `text` itself when no part names the other person."""
    if question_id not in OWN and question_id not in PARTNERS:
        return text, None
    parts = _parts(text)
    if question_id == "job_more" and any(_PARTNERS_JOB.match(part) for part in parts):
        kept = [_mine(part) for part in parts if not _PARTNERS_JOB.match(part)]
        if not kept or all(part in _YES_WORDS or _ADDED.sub("", part) in _YES_WORDS for part in kept):
            return text, "err.other_person"  # "yes, my wife's job too": hers, asked again with why
        return ", ".join(kept), None
    if not parts or any(_TOO.search(part) or _DOUBT.search(part) for part in parts):
        return text, None  # "me too", "we both have masters", "same as my wife": said of both, read as before
    if question_id in OWN:
        other = _PARTNER if question_id in _JOB else _PARTNER_OR_PRONOUN
        if not any(other.match(part) for part in parts):
            return text, None
        kept = [_mine(part) for part in parts if not other.match(part)]
        if all(part in _YES_WORDS for part in kept):  # "yes, my wife has one", "oui, celui de ma femme": hers
            return text, "err.other_person"
        return ", ".join(kept), None
    if not any(_SELF.match(part) for part in parts):
        return text, None
    kept = [_theirs(part) for part in parts if not _SELF.match(part)]
    return (", ".join(kept), None) if kept else (text, "err.partner_not_own")


def _mine(part: str) -> str:
    """The person's own part without its pronoun: "not me" is "no", "me 29" is "29"."""
    if _NOT_ME.fullmatch(part):
        return "no"
    return _SELF_LEAD.sub("", part)


def _theirs(part: str) -> str:
    """The partner's part without its pronoun when only a yes or a no follows ("elle non", "she didn't")."""
    if (said := _PARTNER_LEAD.fullmatch(part)) is not None:
        return "yes" if said["rest"] in ("yes", "oui") else "no"
    return part


# A year or a time ago said with a yes to "a paid job in Canada in the last 10 years?" ("yes, in 2012", "yes, 11
# years ago") was stored as a job that counts: asked again with why when every time said is before the 10 years
# (a start or an end said with it, "since 2012", "2012 to 2020", may reach into them and is read as before)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b", _A)
_AGO = re.compile(r"\b(\d{1,2}) (?:years?|yrs?|ans?) ago\b|\bil y a (\d{1,2}) ans?\b", _A)
_SPAN = re.compile(r"\b(?:since|depuis|from|till|until|to|jusqu\w*|present|now|still|toujours|maintenant|"
                   r"today|aujourd hui|a|au|and|et)\b|-", _A)


def only_before_window(question_id: str, text: str, today: dt.date) -> int | None:
    """The first year of the 10 years asked about, when `text` to "a paid job in Canada in the last 10 years?"
    says a time only before them ("yes, in 2012", "oui, il y a 12 ans"); None otherwise."""
    if question_id != "canadian_work":
        return None
    said = _said(text)
    years = [int(y) for y in _YEAR.findall(said)]
    agos = [int(a or b) for a, b in _AGO.findall(said)]
    if not (years or agos) or _SPAN.search(_AGO.sub(" ", said).replace("il y a", " ")):
        return None
    first = today.year - 10
    return first if all(y < first for y in years) and all(a > 10 for a in agos) else None


# The person's own brother or sister ("my brother", « mon frère », "ma sœur", "my sis"), never one by marriage
_OWN_SIBLING = re.compile(r"\b(?:my|mon|ma|mes)\s+(?:older |younger |big |little |grand |petit |petite |"
                          r"two |deux |grande )?(?:brothers?|sisters?|siblings?|bro|sis|freres?|soeurs?|"
                          r"frangine?s?)\b(?!\s+in\s+law)", _A)


def own_sibling_named(text: str) -> bool:
    """Whether a yes to the sibling question names the person's own brother or sister ("oui mon frère est
    citoyen"): whose sibling it is need not be asked then (RULES.md 3: the principal's counts either way)."""
    said = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("\u0153", "oe"), flags=_A).split())
    return _OWN_SIBLING.search(said) is not None


# The partner called by their first name ("Maria has a celpip 9", « Maria a fait le TEF », "maria is a PR"), read
# as "she" (round 21): it was refused at the partner's own questions ("Please tap one of the buttons"), and at the
# person's ("i did ielts, Maria did celpip", « moi 29, Maria 31 ») the partner's part was not set aside. A word
# is a first name here only before a verb said of a person (or, beside the person's own part, before a figure or
# an article: « moi ielts, Maria tcf »), and never a word the answers use (a test, a pronoun, a yes or a no).
_NOT_NAMES = (
    "i me moi my mine myself she he it its we they you her his him elle il lui on nous je j tu ma mon sa son ses "
    "wife husband hubby partner spouse gf bf femme mari epoux epouse conjoint conjointe blonde chum copine copain "
    "everyone everybody nobody none neither both no yes non oui nope yeah yep ouais that this there which who "
    "what "
    "ielts celpip tef tcf pte test exam score scores result results degree masters master bachelors bachelor "
    "diploma school work job status pr citizen permit eca wes ede not pas maybe also just only but mais and et "
    "then puis still toujours one un une le la les l the a an de du des en in at au aux im jai chui jsuis "
    "listening reading writing speaking overall ecoute lecture ecrit ecrite oral orale comprehension expression "
    "co ce ee eo total none aucun aucune zero since depuis about around environ like all tout everything "
    "has have had did does is was got took gave wrote passed holds worked works studied finished completed became "
    "scored obtained will bac baccalaureat licence maitrise doctorat phd dec dep aec diplome college university "
    "universite secondaire grade")
_NOT_A_NAME = frozenset(_NOT_NAMES.split())
_NAME = r"(?P<name>[^\W\d_][^\W\d_'\u2019-]{1,19})"
_EN_VERB = r"(?:has|have|had|did|does|is|was|got|took|gave|wrote|passed|holds|worked|works|studied|finished|" \
           r"completed|became|scored|obtained|will|didn't|didnt|doesn't|doesnt|isn't|isnt)"
# « Maria a fait », « Maria a une maîtrise », never « bac a Montréal » (an "à" typed without its accent)
_FR_VERB = r"(?:a\s+(?:fait|eu|un|une|le|la|les|son|sa|ses|des|du|travaille|travaillé|passe|passé|obtenu|fini|" \
           r"termine|terminé|\d|deja|déjà|jamais|pas|aussi|toujours)|avait|est|etait|était|travaille|vient|" \
           r"n'a|n’a|n'est|n’est|ne|n'avait|n’avait)"
_NAMED = re.compile(rf"(?P<lead>^|[,;]\s*|\b(?:but|mais|and|et)\s+){_NAME}\s+"
                    rf"(?=(?P<en>{_EN_VERB})\b|{_FR_VERB}\b)", re.IGNORECASE)
_NAMED_BARE = re.compile(rf"(?P<lead>[,;]\s*|\b(?:but|mais)\s+){_NAME}\s*:?\s+(?=\d|(?:un|une|le|la|a|an)\b|"
                         r"(?:ielts|celpip|tef|tcf|pte)\b)", re.IGNORECASE)
_FRENCH = re.compile(r"\b(?:moi|je|j|elle|il|ans?|non|oui|aucune?)\b")
_SPOUSE_SCORES = frozenset(f"spouse_{a}" for a in ("listening", "reading", "writing", "speaking"))


def named_partner(question_id: str, text: str) -> str:
    """`text` with the partner's first name read as "she" / "elle": at the partner's questions wherever it leads
    a part, at the person's (not a job's, where a name may be a boss's) only beside the person's own part. Beside
    the person's own part, a name before a figure or an article (« moi 29, Maria 31 ») is the partner's too: named
    as such at the person's questions (set aside), dropped at the partner's (theirs: « moi ielts, Maria tcf »)."""
    partners = question_id in PARTNERS or question_id in _SPOUSE_SCORES
    if not partners and (question_id not in OWN or question_id in _JOB):
        return text
    beside_own = any(_SELF.match(part) for part in _parts(text))
    if not partners and not beside_own:
        return text
    french = _FRENCH.search(_said(text)) is not None

    def pronoun(said: re.Match[str]) -> str:
        if fold(said["name"]) in _NOT_A_NAME:
            return said.group(0)
        if "en" not in said.re.groupindex:  # before a figure or an article
            return said["lead"] if partners else f"{said['lead']}{'mon conjoint' if french else 'my partner'} "
        return f"{said['lead']}{'she' if said['en'] is not None else 'elle'} "

    text = _NAMED.sub(pronoun, text)
    return _NAMED_BARE.sub(pronoun, text) if beside_own else text
