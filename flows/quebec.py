"""Someone who will live in Quebec is told at once (RULES.md §8), kindly, and pointed to Quebec's own route.

The Canadian Experience Class is for people who plan to live outside Quebec; Quebec selects its skilled workers
itself (PSTQ, a profile in Arrima). So right after "yes, I will live in Quebec" the person reads that, with
Quebec's link and two buttons: "I plan to live elsewhere in Canada" (the screening goes on) or "I understand"
(it stops there: no verdict, CRS, plan, chart or reminder is offered). Their answers are kept, so a change of
plans later goes on where they were. Nothing here suggests saying they will move: the intent must be real.

"Not sure" is an answer too: the screening goes on, told at once (and again under the verdict) that the result
holds only for a real plan to live outside Quebec, with Quebec's route for the other case. Typed places are read
here: "Montréal", "je reste au Québec" (yes), "Toronto", "ailleurs au Canada" (no), "undecided" (not sure); a
place said with a doubt, a time ("for now", "then") or a negation, or two places, is asked again, never guessed.
"""

from __future__ import annotations

import re

from eligibility.assess import QUEBEC_IMMIGRATION
from flows.parsing import fold
from flows.places import ELSEWHERE_IN_CANADA, QUEBEC_PLACES, provinces_spelled
from flows.questions import UNSURE
from flows.replies import Button, OutMessage, Reply, h
from flows.texts import catalog

QUESTION = "quebec"
ELSEWHERE = "no"  # the button's value: the quebec question answered "no" (living elsewhere in Canada)
# Quebec's official immigration home (RULES.md §8), the same page in English and French: eligibility/assess.py's,
# not eligibility/data/links.json (a data edit there means a new rules version, and this is not a rule).
__all__ = ["QUEBEC_IMMIGRATION", "names_program", "notice", "stays_in_quebec", "typed_answer", "understood",
           "unsure_note", "unsure_result"]
STAY = "stay"  # "I understand": the screening stops here, answers kept


def stays_in_quebec(answers: dict[str, object]) -> bool:
    return answers.get(QUESTION) is True


def _buttons(key: str, lang: str, with_understood: bool) -> list[list[Button]]:
    c = catalog(lang)
    rows = [[Button(c.t("quebec_step.elsewhere"), f"a|{key}|{ELSEWHERE}")]]
    if with_understood:
        rows.append([Button(c.t("quebec_step.understood"), f"a|{key}|{STAY}")])
    return rows


def notice(key: str, lang: str) -> Reply:
    """The one message said as soon as the person says they will live in Quebec."""
    c = catalog(lang)
    link = QUEBEC_IMMIGRATION
    text = "\n\n".join([f"<b>{h(c.t('quebec_step.title'))}</b>", h(c.t("quebec_step.cec")),
                        h(c.t("quebec_step.pstq")), f'<a href="{h(link)}">{h(c.t("quebec_step.link"))}</a>',
                        h(c.t("quebec_step.choose"))])
    return Reply([OutMessage(text, _buttons(key, lang, with_understood=True))])


# A question typed on Quebec's route ("c quoi le pstq?", "how do i apply to arrima"): the kind close ("good luck
# with Quebec's program") answered it with a goodbye; the bot cannot answer it, and says where it is answered
_ASKS = re.compile(r"\?|^(?:what|whats|how|where|when|can|could|is|are|do|does|which|why|who|c|cest|c est|quoi|"
                   r"comment|ou|quand|quel|quelle|quels|quelles|est ce|pourquoi|combien|qui)\b")


def understood(key: str, lang: str, typed: str = "") -> Reply:
    """After "I understand": a kind close; the answers stay, and one button if plans change. A question typed
    (`typed`) is pointed to Quebec's official page, which answers it."""
    c = catalog(lang)
    if _ASKS.search(" ".join(fold(typed).replace("'", " ").replace("’", " ").replace("-", " ").split())):
        text = f"{h(c.t('quebec_step.asked'))} {_link(lang)}"
        return Reply([OutMessage(text, _buttons(key, lang, with_understood=False))], changed=False)
    return Reply([OutMessage(h(c.t("quebec_step.closing")), _buttons(key, lang, with_understood=False))],
                 changed=False)


def _link(lang: str) -> str:
    return f'<a href="{h(QUEBEC_IMMIGRATION)}">{h(catalog(lang).t("quebec_step.link"))}</a>'


def unsure_note(lang: str) -> str:
    """Said at once to someone not sure yet where they will live, above the next question (HTML)."""
    return f"ℹ️ {h(catalog(lang).t('quebec_step.unsure'))} {_link(lang)}"


def unsure_result(lang: str) -> str:
    """Under the verdict of someone not sure where they will live: it holds only outside Quebec (HTML)."""
    return f"ℹ️ {h(catalog(lang).t('quebec_step.unsure_result'))} {_link(lang)}"


# -- typed answers: places and indecision (folded: no accents, lower case, punctuation as spaces) ---------------
_A = re.ASCII
# (a "maybe" before the doubt is the same doubt: "peut-être, on sait pas encore", "maybe, we don't know yet")
_UNDECIDED = re.compile(r"(?:(?:maybe|peut etre|pt etre) )?(?:i m |im |i am |still )?(?:not sure yet|undecided|"
                        r"not decided(?: yet)?|(?:i )?(?:haven t|havent|have not) decided(?: yet)?|"
                        r"(?:i |we )?don t know yet|(?:we )?dont know yet|"
                        r"not yet decided|still deciding|still thinking|no idea yet|"
                        r"pas encore decidee?|(?:je suis )?indecise?|(?:je |on )?(?:ne )?sai[st] pas encore|"
                        r"j ai pas encore decide|je n ai pas encore decide|pas encore sure?|je reflechis|"
                        r"je ne sais pas encore ou|aucune idee encore|"
                        # where the work will be decides it: "depends on the job", "ça dépend de la job"
                        r"(?:it )?depends(?: on (?:the|my|a) (?:job|work|offer|job offer))?|"
                        r"ca depend(?: (?:de|du) (?:la |ma |l |mon )?(?:job|emploi|offre|travail|job offer))?)",
                        _A)
# Places elsewhere in Canada, and the ways of saying "outside Quebec" (taken out before Quebec is looked for).
_ELSEWHERE = re.compile(
    r"\b(?:outside (?:of )?quebec|hors du quebec|hors quebec|en dehors du quebec|ailleurs qu au quebec|"
    r"elsewhere(?: in canada)?|ailleurs(?: au canada)?|(?:an)?other province|(?:une )?autre province|"
    + "|".join(ELSEWHERE_IN_CANADA) + r")\b", _A)
_QUEBEC = re.compile(r"\b(?:" + "|".join(QUEBEC_PLACES) + r")\b", _A)  # the same places as flows/places.py's
# Doubt, a time or a condition: the place is not a plan ("Montreal for now", "maybe Toronto", "Montréal ou Ottawa")
_NOT_A_PLAN = re.compile(r"\b(?:maybe|perhaps|probably|possibly|might|may|think|guess|depends?|if|unless|or|"
                         r"peut etre|probablement|possiblement|pense|crois|depend|si|ou|sais|sure?|"
                         r"for now|pour l instant|pour le moment|for the moment|temporar\w*|then|puis|ensuite|"
                         r"after|apres|later|plus tard|next|prochaine?|until|jusqu\w*|first|abord|debut|soon|"
                         r"bientot|eventually|but|mais)\b", _A)
# Where one works is not where one lives ("I work in Ottawa", « je travaille à Ottawa »: many who work in Ottawa
# live in Gatineau, Quebec; RULES.md 8 is about where one lives): asked, unless where one lives is said too
_WORKS = re.compile(r"\b(?:work|works|working|worked|job|office|travaille|travaillais|bosse|emploi|bureau|"
                    r"job)\b", _A)
_LIVES = re.compile(r"\b(?:live|living|lives|stay|staying|settle|settling|move|moving|vis|vit|habite|habiter|"
                    r"vivre|reste|rester|demenage\w*|installer)\b", _A)
# With Quebec named: a negation, leaving or moving makes it anything but a plain "yes" ("not Quebec", "je quitte
# Montréal", "moving from Montreal").
_TURNS_QUEBEC = re.compile(r"\b(?:no|non|not|pas|never|jamais|ne|n|leave|leaving|left|quit\w*|partir|pars|"
                           r"moving|move|moved|demenag\w*|away|except|sauf|from)\b", _A)
# With another place named: a yes or a negation ("yes, Toronto", "pas en Ontario") is asked again.
_TURNS_ELSEWHERE = re.compile(r"\b(?:yes|yeah|yep|oui|ouais|not|pas|never|jamais|ne|n|except|sauf)\b", _A)


# Words after indecision that only soften it ("haven't decided yet tbh", "pas encore décidé franchement")
_SOFTENERS = re.compile(r"(?:\s+(?:tbh|honestly|really|lol|frr|fr|franchement|vraiment))+$", _A)
# Certainty said of a place ("Montreal for sure", "Toronto c'est sûr"): not the doubt of "not sure"
_CERTAIN = re.compile(r"(?<!not )(?<!pas )\b(?:for sure|definitely|certainly|pour sur|c est sur|c est certain|"
                      r"certain)\b", _A)


# A move said with where it goes: "je vis à Montréal mais je déménage à Ottawa", "leaving Quebec for Ontario",
# "moving from Montreal to Ottawa": where the person will live is the place after it (RULES.md 8 asks where they
# will live, not where they live now). Two places in a row with no move said ("Montreal for now, then Toronto")
# stay asked, as the Quebec audit decided.
_MOVE = re.compile(r"\b(?:(?:i m |im |i am |we re |we are |i ll |ill |i will |we ll |we will |will |going to |"
                   r"gonna |planning to |plan to |je |on |nous )?(?:moving|move|relocating|relocate|heading|"
                   r"demenage|demenager|demenagerai|demenageons|vais demenager|va demenager|pars vivre|part vivre|"
                   r"partons vivre|vais vivre|vais habiter|vais m installer|m installe|"
                   # "on part à Calgary", "je pars pour Toronto": leaving for a place named right after
                   r"(?:pars|part|partons)(?= (?:a|au|aux|en|pour|vers) ))|"
                   r"(?:i ll |ill |i will |we ll |we will |will |going to |gonna |planning to |plan to )"
                   r"(?:live|settle))"
                   r"(?: (?:to|in|out to|back to|over to|a|au|aux|en|vers|dans|l))* ", _A)
_LEAVING = re.compile(r"\b(?:leaving|leave|quitte|quitter|quittons)\b.* \b(?:for|pour)\b (?P<to>.+)$", _A)
_FROM_TO = re.compile(r"\b(?:from|de)\b.* \b(?:to|a|au|en|vers)\b (?P<to>.+)$", _A)
# With a move: doubt, a wish, a negation, or someone else's move (a partner's, a job's) is asked, never read
_MOVE_DOUBT = re.compile(r"\b(?:maybe|perhaps|probably|possibly|might|may|think|guess|depends?|if|unless|or|"
                         r"hope\w*|want|wanna|would|like|peut etre|probablement|possiblement|pense|crois|depend|"
                         r"si|ou|sais|"
                         r"sure?|espere|aimerais|voudrais|veux|envisage\w*|considering|not|pas|never|jamais|ne|n|"
                         r"wife|husband|partner|spouse|she|he|they|family|friend|brother|sister|job|work|company|"
                         r"employer|femme|mari|conjointe?|epou\w*|elle|il|ils|famille|amie?s?|frere|soeur|emploi|"
                         r"travail|travaille|job|compagnie|entreprise|employeur|school|ecole|study|etudes?)\b", _A)
# A move only for a while is no plan
_FOR_NOW = re.compile(r"\b(?:for now|pour l instant|pour le moment|for the moment|temporar\w*|for a while|"
                      r"quelque temps)\b", _A)


def _moving_to(words: str) -> bool | None:
    """Where a move said with its destination goes: True (Quebec), False (elsewhere in Canada), None when there is
    no such move, or it is said with a doubt, a negation, for a while, or of someone else."""
    found = _LEAVING.search(words) or _FROM_TO.search(words)
    destination = found["to"] if found else None
    if destination is None:
        moves = list(_MOVE.finditer(f"{words} "))
        if len(moves) != 1:
            return None
        destination = f"{words} "[moves[0].end():].strip()
    if not destination or _MOVE_DOUBT.search(words) or _FOR_NOW.search(destination):
        return None
    elsewhere = bool(_ELSEWHERE.search(destination))
    quebec = bool(_QUEBEC.search(_ELSEWHERE.sub(" ", destination)))
    if elsewhere == quebec:  # none named, or both
        return None
    return quebec


def typed_answer(text: str) -> bool | str | None:
    """A typed answer to "Do you plan to live in Quebec?" that names a place or indecision: True (a place in
    Quebec), False (a place elsewhere in Canada), UNSURE ("undecided", "pas encore décidé"); None to ask again."""
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(provinces_spelled(text)), flags=_A).split())
    if _UNDECIDED.fullmatch(_SOFTENERS.sub("", words)):
        return UNSURE
    words = " ".join(_CERTAIN.sub(" ", words).split())
    if (moving := _moving_to(words)) is not None:
        return moving
    if not words or _NOT_A_PLAN.search(words) or (_WORKS.search(words) and not _LIVES.search(words) and (
            words.split()[0] not in {"ya", *_YES_FIRST, *_NO_FIRST})):  # "ya my husband works in montreal": a yes
        return None
    elsewhere = bool(_ELSEWHERE.search(words))
    quebec = bool(_QUEBEC.search(_ELSEWHERE.sub(" ", words)))
    if quebec and not elsewhere:
        return None if _TURNS_QUEBEC.search(words) else True
    if elsewhere and not quebec:
        first, _, rest = words.partition(" ")
        return None if _TURNS_ELSEWHERE.search(rest if first in ("no", "non") else words) else False
    return None


_NO_FIRST = frozenset({"no", "non", "nope", "nah", "nan", "nn", "nenon"})
_YES_FIRST = frozenset({"yes", "yeah", "yep", "yup", "oui", "ouais", "yea"})


def contradicts(text: str) -> bool:
    """Whether a yes or a no is said with a place that means the other answer: "non, je reste à Montréal", "yes,
    Toronto". "no, not Quebec" or "non, je quitte Montréal" agree, and are read as before."""
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(provinces_spelled(text)), flags=_A).split())
    first, _, rest = words.partition(" ")
    elsewhere = bool(_ELSEWHERE.search(rest))
    quebec = bool(_QUEBEC.search(_ELSEWHERE.sub(" ", rest)))
    if first in _NO_FIRST:
        return quebec and not elsewhere and not _TURNS_QUEBEC.search(rest)
    return first in _YES_FIRST and elsewhere and not quebec and not _TURNS_ELSEWHERE.search(rest)


def names_a_place(text: str) -> bool:
    """Whether a typed answer names a place, in Quebec or elsewhere in Canada: when typed_answer cannot read it
    as a plan (a time, a doubt, a condition, two places), the question is asked again saying why."""
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(provinces_spelled(text)), flags=_A).split())
    return bool(_ELSEWHERE.search(words) or _QUEBEC.search(words))


# Where one lives today said beside a yes or a no ("yes for now", "no but i live there now", « oui pour
# l'instant »): the plan is what counts, and the question says so again (quebec_step.ask_plan)
_FOR_NOW = re.compile(r"\b(?:for now|right now|now|currently|at the moment|for the moment|temporarily|there|here|"
                      r"maintenant|pour l instant|pour le moment|presentement|actuellement|la bas|ici|"
                      r"temporairement)\b", _A)


def names_today(text: str) -> bool:
    """Whether a typed answer speaks of where one is now, not of the plan (see _FOR_NOW)."""
    return _FOR_NOW.search(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(text), flags=_A).split())) is not None


# Quebec's own programs named ("et le PEQ ?", "what about arrima", "csq?"): RULES.md 8 is what can be said of them
_PROGRAM = re.compile(r"\b(?:peq|pstq|arrima|csq|mifi|programme de l experience quebecoise|"
                      r"quebec experience (?:class|program)|programme de selection des travailleurs qualifies|"
                      r"certificat de selection)\b", _A)


def names_program(text: str) -> bool:
    """Whether a typed message names one of Quebec's own immigration programs or steps (PEQ, PSTQ, Arrima, CSQ)."""
    return _PROGRAM.search(" ".join(re.sub(r"[^a-z0-9]+", " ", fold(text), flags=_A).split())) is not None
