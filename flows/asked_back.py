"""A question typed back at a question ("why do you need this?", "what is a payroll?", « c'est quoi ça ? »): it
was refused with "Please answer yes or no", as if unheard. Such words are answered with why the question is
asked and what it means (texts asked_back.*, from RULES.md), then the same question again."""

from __future__ import annotations

import re

from flows.parsing import fold
from flows.questions import ABILITIES

_A = re.ASCII
# Words before the question that change nothing ("no, why?", "ok but what is that", "sorry what do you mean")
_LEAD = r"(?:(?:no|non|nope|nan|yes|oui|ok|okay|ok but|um|uh|hmm|euh|sorry|pardon|desole|desolee|wait|attends|" \
        r"hi|hello|bonjour|salut|but|mais|and|et|sir|mam|madame|monsieur)\s+)*"
_ASKED_BACK = re.compile(
    rf"^{_LEAD}(?:"
    # English
    r"why|why so|why\s+(?:do|does|would|should|did)\s+(?:you|u|it|that|this|i)\b.*|why is (?:that|this|it)\b.*|"
    r"how come|what for|for what|what|wut|wat|huh|"
    r"what do (?:you|u) mean\b.*|what does (?:that|this|it|.{1,40}) mean|what (?:s|is) (?:that|this|it)\b.*|"
    r"whats (?:that|this)\b.*|what (?:s|is) (?:a|an|the) [a-z ]{1,40}|what (?:s|is) [a-z]{2,20}|"
    r"what (?:do|does) (?:that|this|it) mean|meaning|meaning of (?:this|that)|define [a-z ]{1,40}|"
    r"explain(?: please| pls| plz| that| this| more| it)?|can you explain\b.*|please explain\b.*|"
    r"i (?:do not|don t|dont|didn t|didnt) (?:understand|get it|get that|understand the question)\b.*|"
    r"(?:i m |im |i am )?not sure what (?:that|this|you|it) means?\b.*|idk what (?:that|this|it) (?:is|means)|"
    r"(?:i )?(?:don t|dont|do not) know what (?:that|this|it) (?:is|means)|"
    r"is (?:that|this|it) (?:important|required|needed|necessary|mandatory)|do (?:you|u) need (?:that|this|it)|"
    r"what (?:is|s) (?:that|this) (?:for|question)|what (?:is|s) the question|"
    r"what counts(?: as [a-z ]{1,30})?|what is considered [a-z ]{1,30}|what qualifies(?: as [a-z ]{1,30})?|"
    # French, as typed
    r"pourquoi|pk|pq|pkoi|pourkoi|"
    # "pk vous demandez ça", « pq tu veux savoir ça » (French review 15: the SMS "why" led nothing before)
    r"(?:pourquoi|pk|pq|pkoi|pourkoi)\s+(?:vous|tu|ca|c est|c|cette|on|je|faut)\b.*|pour quoi faire|"
    r"a quoi (?:ca|ce|cette question) sert|ca sert a quoi|a quoi sert (?:ca|cette question)|"
    r"c quoi|c est quoi|cest quoi|c koi|c est koi|quoi|hein|c quoi ca|c est quoi ca|cest quoi ca|c koi ca|"
    r"c (?:est )?quoi (?:un|une|le|la|les|l) [a-z ]{1,40}|ca veut dire quoi(?: [a-z ]{1,40})?|ca veut dire|"
    r"que veut dire\b.*|"
    r"qu est ce que (?:c est|ca veut dire|ca signifie|vous voulez dire)\b.*|qu est ce que [a-z ]{1,40}|"
    r"je (?:ne )?comprends? pas\b.*|j comprends? pas\b.*|jcomprends? pas\b.*|je ne comprends pas\b.*|"
    r"expliquez(?: moi)?|explique(?: moi)?|pouvez vous expliquer\b.*|"
    r"c est (?:important|obligatoire|necessaire)|vous avez besoin de (?:ca|cela)\b.*|"
    r"qu est ce qui compte(?: comme [a-z ]{1,30})?|ca compte quoi|"
    r"(?:je )?(?:sais|sait) pas ce que (?:c est|ca veut dire)\b.*|"
    r"chais pas ce que (?:c est|ca veut dire)\b.*"
    r")\s*$", _A)


def asks_about_the_question(text: str) -> bool:
    """Whether `text` is a question about the question asked ("why?", "what's that", « c'est quoi ça ? »), with no
    answer in it; a bare "?" is a doubt, read elsewhere."""
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    return bool(words) and _ASKED_BACK.match(words) is not None


def topic(question_id: str) -> str:
    """The key of the explanation for `question_id` in the asked_back catalog (the four scores share one)."""
    if question_id.startswith("spouse_") and question_id.removeprefix("spouse_") in ABILITIES:
        return "spouse_score"
    if question_id.startswith("test_") and question_id.removeprefix("test_") in ABILITIES:
        return "score"
    return question_id


# Self-employment asked about at a question on work in Canada ("does freelance count?", "what about my uber
# hours?", « est-ce que le travail autonome compte ? »): answered with what RULES.md 1 says (self-employment does
# not count for the class), then the same question; refused before with "Please answer yes or no" or "a number".
WORK_QUESTIONS = frozenset({"canadian_work", "job_occupation", "job_start", "job_end", "job_ongoing", "job_hours",
                            "job_paid", "job_employee", "job_student", "job_student_end", "job_authorized",
                            "job_more"})
_SELF_EMPLOYED = re.compile(
    r"\b(?:free ?lanc\w*|self ?employ\w*|my own (?:business|company)|own business|contractors?|independent "
    r"contractor|gig\w*|uber\w*|lyft|doordash|door dash|skip ?the ?dishes|instacart|ubereats|"
    r"(?:travail|travailleur|travailleuse|travailleurs) autonomes?|autonomes?|a mon compte|a mon propre compte|"
    r"a son compte|pigiste|la pige|auto entrepreneur\w*|mon entreprise|ma propre entreprise|sous traitant\w*)\b",
    _A)
# The words that make it a question about it: "count", "qualify", « compte », or "what about", « et mes »
_ASKS = re.compile(r"\b(?:count|counts|counted|qualif\w*|eligible|accepted|compte|comptent|"
                   r"compter|admissibles?|acceptee?s?|valables?)\b|^(?:and|what about|how about|what if|et|"
                   r"qu en est il|quid|est ce que)\b", _A)


def asks_if_self_employment_counts(text: str, question_id: str) -> bool:
    """Whether `text` asks whether self-employment counts ("does freelance count?", "what about my uber hours?",
    « le travail autonome, ça compte ? ») at a question on work in Canada. A title typed with a question mark
    ("uber driver?") is no such question at the title's question: there it needs words that ask."""
    if question_id not in WORK_QUESTIONS:
        return False
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    if not _SELF_EMPLOYED.search(words):
        return False
    # "à mon compte, ça compte ?": the "compte" of « à mon compte » asks nothing
    return bool(_ASKS.search(_SELF_EMPLOYED.sub(" ", words))) or ("?" in text and question_id != "job_occupation")


# A question of the person's own, not about the question asked ("when is the next draw?", "how can i improve",
# « combien de temps ça prend ? »): refused as an answer that does not read ("I couldn't read that as a date of
# birth"), as if it were one. Said kindly where the answers to such questions are, then the question again.
_QUESTION_WORD = re.compile(
    r"^(?:how|when|what|whats|where|who|which|why|can|could|should|shall|will|would|is|are|do|does|did|am|"
    r"combien|quand|comment|quel|quelle|quels|quelles|ou|pourquoi|est ce|qu est ce|peut on|puis je|dois je)\b")


def asks_a_question_of_its_own(text: str) -> bool:
    """Whether `text` reads as a question of its own: it starts with a question word, or ends with "?" after
    words (a bare "?" or "2022?" is a doubt, read elsewhere)."""
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    return bool(_QUESTION_WORD.match(words)) or (text.rstrip().endswith("?") and len(words.split()) >= 3
                                                 and not any(ch.isdigit() for ch in text))


# Words of four letters or more that say nothing of a subject
_EMPTY = frozenset({"what", "whats", "when", "where", "which", "does", "that", "this", "with", "have", "your",
                    "will", "from", "into", "about", "there", "would", "could", "should", "take", "make",
                    "need", "know", "dont", "else", "also", "okay", "sont", "pour", "avec", "dans", "quoi",
                    "quand", "comment", "combien", "faire", "faut", "estce", "votre", "vous", "mais", "leur",
                    "quel", "quelle"})


def shares_a_word(text: str, question: str) -> bool:
    """Whether a question typed names the subject of the question shown (its words' first five letters: "is
    overtime counted?" beside "hours count"), so that what the question means answers it."""
    def stems(words: str) -> set[str]:
        return {w[:5] for w in re.sub(r"[^a-z]+", " ", fold(words), flags=_A).split()
                if len(w) >= 4 and w not in _EMPTY}
    return bool(stems(text) & stems(question))


# Contract work asked about at a question on work in Canada ("does contract work count?", "what about contract
# jobs?", « est-ce que le travail à contrat compte ? »): RULES.md 1 counts paid work and leaves out self-employment
# so a contract as an employee on a payroll counts and one as an independent contractor does not; where a contract
# falls between them, RULES.md says no more and IRCC decides (said). "contractor" alone is self-employment, above.
_CONTRACT = re.compile(r"\b(?:contracts?|contrats?|contractuel\w*|fixed term|term position|temp agency|"
                       r"staffing agency|agence de placement|cdd|contrat a duree determinee)\b", _A)


def asks_if_contract_counts(text: str, question_id: str) -> bool:
    """Whether `text` asks whether contract work counts at a question on work in Canada (a title typed with a
    question mark is no such question at the title's question: there it needs words that ask)."""
    if question_id not in WORK_QUESTIONS:
        return False
    words = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).replace("'", " "), flags=_A).split())
    if not _CONTRACT.search(words) or _SELF_EMPLOYED.search(words):
        return False
    return bool(_ASKS.search(_CONTRACT.sub(" ", words))) or ("?" in text and question_id != "job_occupation") \
        or bool(re.search(r"\b(?:ok|okay|fine|good)\b", words, _A))
