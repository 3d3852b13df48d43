"""What a yes is said about: a yes followed by another question's subject is no answer to this one.

"yes work permit LMIA" to "Were you a full-time student while working in job 1?" was stored as a full-time
student (the job's hours then count for nothing), "yes red seal" to the provincial nomination question as a
nomination (600 points), "yes my wife" to the sibling question as a brother or sister in Canada: the person
answered the question before or after, or misread this one. A careful reader asks again. Each yes-or-no question
has the subjects its own answers talk about; a yes whose words name another question's subject and none of its
own is asked again (flows/conversation.py says why). Words are folded (no accents, lower case, as
`answer_words._words` gives them).
"""
from __future__ import annotations

import re

from flows.places import CANADA, EITHER, places_named

_A = re.ASCII

# The subjects of the questions, by the words that name them surely (a word shared by two subjects is in
# neither: "program", "status", "province")
_SUBJECTS: dict[str, str] = {
    "permit": r"permits?|permis|pgwp|pgw|pwgp|ptpd|ptdp|lmia|eimt|visas?|sowp|owp|bowp|iec|eic|pvt|"
              r"working holiday|vacances travail|maintained status|implied status|statut maintenu",
    "student": r"students?|etudiante?s?|school|ecole|college|colleges|cegep|universit\w*|studies|studying|study|"
               r"etudes|etudiais|etudiait|etudie|co op|coop|semesters?|session|classes",
    "test": r"ielts|celpip|tef|tcf|pte|toefl|tests?|exams?|examen|scores?|clb|nclc|listening|speaking|"
            r"ecoute|comprehension orale|expression orale",
    "partner": r"wife|husband|hubby|wifey|spouse|partner|femme|mari|epoux|epouse|conjointe?|fiancee?|girlfriend|"
               r"boyfriend|chum|blonde",
    "marital": r"married|mariee?|common law|conjoints? de fait|single|celibataire|divorced?|divorcee?|separated|"
               r"separee?|widowed?|veuve|veuf",
    "sibling": r"brothers?|sisters?|siblings?|freres?|soeurs?",
    # "bro", "sis": a brother or a sister, and a word of address too ("yes bro"): the sibling question's own only
    "sibling_short": r"bro|bros|sis",
    "nomination": r"nominat\w*|nominee|nommee?|designee?|designation|pnp|oinp|bcpnp|bc pnp|aainp|aaip|sinp|mpnp|"
                  r"nsnp|nbpnp|peipnp|nlpnp|ynp|ntnp",
    "certificate": r"certificat\w*|red seal|sceau rouge|trades?|metiers?|journeyman|journeyperson|compagnon|"
                   r"c of q|cofq|certificate of qualification",
    "pay": r"paid|pay|payed|salary|salaire|wages?|hourly|commissions?|tips|pourboires?|payee?s?|remuneree?s?|"
           r"cash|per hour|an hour|l heure|minimum wage|salaried",
    "employee": r"employee|employees|employee?s?|employe|payroll|t4|salariee?|self employed|autonome|contractor|"
                r"freelance\w*|agency|agence|employer|employeur|company|compagnie|entreprise|hired|"
                r"embauchee?",
    "education": r"masters?|master s|bachelors?|bachelor s|diplomas?|degrees?|diplomee?|diplome|maitrise|"
                 r"baccalaureat|bacc|phd|doctorat\w*|doctorate",
    "status": r"citizen\w*|citoyen\w*|pr|rp|permanent\w*|residen\w*|canadian|canadien\w*",
    "job": r"jobs?|work\w*|travail\w*|travaill\w*|emplois?|shifts?|position|poste|boulot|djobs?|still|encore|"
           r"toujours|currently|actuellement|present|now|there|here|ici|until|jusqu\w*",
    "coming": r"coming|come|comes|join\w*|accompan\w*|with me|avec moi|vient|venir|viendra|suivre|suit|moving|"
              r"move|demenag\w*|already|deja",
    "living": r"live|living|lives|stay\w*|settle\w*|move|moving|demenag\w*|vivre|vis|vit|habit\w*|rester|reste|"
              r"installe\w*|quebec|qc|montreal|laval|gatineau|sherbrooke|saguenay|levis|trois rivieres|"
              r"longueuil|rimouski",
}
_PATTERNS = {name: re.compile(rf"\b(?:{words})\b", _A) for name, words in _SUBJECTS.items()}
# The subjects strong enough to turn a yes (the others only make one read)
_ALL = frozenset(_SUBJECTS) - {"status", "job", "coming", "living", "sibling_short"}

# Each yes-or-no question: the subjects its own answers may talk about (a yes naming one of them is read), and
# the subjects of other questions that turn its yes (the rest of _ALL less its own)
_OWN: dict[str, frozenset[str]] = {
    "quebec": frozenset({"living", "partner", "student"}),
    "canadian_work": frozenset({"job", "pay", "employee", "permit", "student", "certificate"}),
    "job_ongoing": frozenset({"job", "pay", "employee", "permit"}),
    "job_paid": frozenset({"pay", "employee", "job"}),
    "job_employee": frozenset({"employee", "pay", "job"}),
    "job_student": frozenset({"student", "education"}),
    "job_authorized": frozenset({"permit", "status", "partner"}),  # "yes through my husband": his permit
    "job_more": frozenset({"job", "pay", "employee"}),
    "test_more": frozenset({"test"}),
    "spouse_citizen": frozenset({"status", "partner", "permit"}),
    "spouse_accompanying": frozenset({"partner", "coming", "permit", "job", "status", "test", "education"}),
    "certificate": frozenset({"certificate"}),
    "nomination": frozenset({"nomination"}),
    "sibling": frozenset({"sibling", "sibling_short", "status"}),
}
# The questions whose no takes hours or the whole screening away (a job unpaid, self-employed, without a permit,
# no work in Canada, Quebec's route), with the subjects their own no's talk about: "no pgwp" to "were you an
# employee on a payroll?" was stored as self-employment. Other questions' no's are read as they were.
_OWN_NO: dict[str, frozenset[str]] = {
    "quebec": frozenset({"living", "partner", "student"}),
    # "non j'attends mon permis de travail": no work yet, a permit awaited
    "canadian_work": frozenset({"job", "pay", "employee", "student", "permit"}),
    "job_paid": frozenset({"pay", "employee", "job", "student"}),
    "job_employee": frozenset({"employee", "pay", "job"}),
    "job_authorized": frozenset({"permit", "status", "partner"}),
}
# Questions whose yes is held surely only with its own words: work said after it ("yes still working" to the
# nomination question) is another question's answer there too
_TURNED_BY_WORK = frozenset({"nomination", "sibling", "test_more", "certificate"})
# A work permit is a permit, not work ("yes work permit LMIA" to "were you paid?")
_WORK_PERMIT = re.compile(r"\b(?:(?:open |closed )?work permits?|permis de travail(?: ouvert| ferme)?)\b", _A)
# Subjects that turn a yes even beside the question's own words or a place in Canada, unless a status is said:
# "yes she is coming", "yes my wife works in calgary", "yes she lives in toronto" to "is your partner a citizen or
# permanent resident?" were stored as a citizen (the CRS then scored without the partner's factors)
_TURNED_WITHOUT_STATUS: dict[str, frozenset[str]] = {"spouse_citizen": frozenset({"coming", "living", "job"})}
# Places in Canada are what some questions are about ("yes, Montréal", "yes, my brother in Calgary")
_PLACES_OWN = frozenset({"quebec", "canadian_work", "job_more", "spouse_citizen", "spouse_accompanying",
                         "sibling", "job_ongoing"})


# A yes to "were you paid?" or "were you an employee?" said with the permit the job was done on ("yes on my pgwp",
# "yes with pgwp", « oui avec mon PTPD », "yes, pgwp holder"): the permit is how the work was done, not another
# question's answer, and the yes is read (leftovers 11). A permit named alone ("yes work permit lmia") is still
# asked.
_ON_PERMIT = re.compile(r"^(?:(?:i was |i m |im |i am |j etais |c etait )?(?:on|with|under|through|avec|sous|en)|"
                        r"j avais|javais|j ai|jai|i had|had|i have|have|got|holding)\s+"
                        r"(?:my|a|an|the|mon|ma|un|une|"
                        r"le|la|l)?\s*(?:open |closed )?(?:pgwp|pgw|pwgp|ptpd|ptdp|owp|bowp|sowp|work permit|"
                        r"permis de travail|permis|permit)(?: ouvert| ferme)?$|"
                        r"^(?:i m |im |i was )?(?:a )?(?:pgwp|owp|work permit) holder$", _A)
_ON_PERMIT_OWN = frozenset({"job_paid", "job_employee"})


def subjects_of(said: str) -> frozenset[str]:
    """The subjects named in folded words ("work permit lmia": {"permit", "job"})."""
    return frozenset(name for name, pattern in _PATTERNS.items() if pattern.search(said))


def other_subject(question_id: str, rest: str, answer: str = "yes") -> str | None:
    """The other question's subject named after a yes (or a no) to `question_id` with none of its own ("work
    permit lmia" after a yes to the full-time student question: "permit"); None when the words fit the question or
    name no other subject."""
    own = _OWN.get(question_id) if answer == "yes" else _OWN_NO.get(question_id)
    if own is None or not rest:
        return None
    if answer == "yes" and question_id in _ON_PERMIT_OWN and _ON_PERMIT.match(" ".join(rest.split())):
        return None  # "yes on my pgwp": paid (or employed) on that permit
    named = subjects_of(_WORK_PERMIT.sub("permit", rest))
    if (also := named & _TURNED_WITHOUT_STATUS.get(question_id, frozenset())) and "status" not in named:
        return sorted(also)[0]  # "yes my wife is coming", "yes she works in calgary": not her status
    if named & own:
        return None
    if question_id in _PLACES_OWN and any(part.kind in (CANADA, EITHER) for part in places_named(rest)):
        return None
    turning = _ALL | {"job"} if question_id in _TURNED_BY_WORK else _ALL
    others = sorted((named & turning) - own)
    return others[0] if others else None
