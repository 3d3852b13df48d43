"""The questions, as data: what is asked, in which order, when it applies, and how answers are checked.

A question's `scope` says where its answer lives: the profile itself, the current job, the current
language test, or the spouse's test. Jobs and tests are loops ("add another job?").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from eligibility.profile import PHYSICIAN_NOCS

Answers = dict[str, Any]

TESTS = ("ielts_general", "celpip_general", "pte_core", "tef_canada", "tcf_canada")
EDUCATION_LEVELS = ("less_than_secondary", "secondary", "one_year", "two_year", "bachelor", "two_or_more",
                    "master", "doctoral")
MARITAL = ("single", "married", "common_law", "divorced", "separated", "widowed", "annulled")
ABILITIES = ("listening", "reading", "writing", "speaking")
TEERS = ("0", "1", "2", "3", "4", "5")
# Where the highest credential was earned: in Canada, abroad with an ECA, abroad without one.
EDUCATION_WHERE = ("canada", "abroad_eca", "abroad")
UNSURE = "unsure"  # the answer of someone who does not know (questions with meta["unsure"])
SIBLING_WHOSE = ("mine", "spouse")  # the person's own (or both have one), or only the spouse's or partner's
PARTLY = "partly"  # full-time studies that ended during the job (questions with meta["partly"])


@dataclass(frozen=True)
class Question:
    id: str
    section: str  # plans, work, language, crs_*: the progress line counts within a section
    kind: str  # yes_no, choice, number, date, noc, score, age
    scope: str = "profile"  # profile, job, test, spouse_test
    options: tuple[str, ...] = ()  # values of a choice; labels come from the catalog (opt.<id>.<value>)
    minimum: float | None = None
    maximum: float | None = None
    shortcuts: tuple[str, ...] = ()  # suggested typed values offered as buttons (hours per week)
    when: Callable[[Answers, Answers], bool] | None = None  # (all answers, current item) -> applies?
    columns: int = 2
    meta: dict[str, Any] = field(default_factory=dict)

    def applies(self, answers: Answers, item: Answers) -> bool:
        return self.when is None or self.when(answers, item)


def job_in_canada(answers: Answers, _: Answers) -> bool:
    """Job questions apply unless the person said they had no paid job in Canada in the last 10 years."""
    return answers.get("canadian_work") is not False


# A job found not to count is asked nothing more: TEER 4 or 5, unpaid, self-employed or a full-time student
# throughout count neither for the CEC (RULES.md section 1) nor as Canadian work in the CRS ("same exclusions as
# CEC", section 3). Each condition reads only answers given before its question, so changing one of them to "does
# not count" drops the later answers (conversation._prune) and changing it back asks them again.
def teer_of(occupation: Answers) -> int:
    return int(occupation["noc"][1]) if "noc" in occupation else int(occupation["teer"])


def _skilled(answers: Answers, job: Answers) -> bool:
    occupation = job.get("job_occupation")
    return job_in_canada(answers, job) and (occupation is None or teer_of(occupation) < 4)


def _ended(answers: Answers, job: Answers) -> bool:
    return _skilled(answers, job) and job.get("job_ongoing") is False


def planned_end(job: Answers, today: dt.date) -> dt.date | None:
    """The planned end of a job still going (a contract or permit end typed after "no longer there" and confirmed:
    flows/parsing.py, planned_end): its day when it is after `today`, else None (an end past is a fact)."""
    end = job.get("job_end")
    if job.get("job_ongoing") is not False or not isinstance(end, str) or len(end) != 10:
        return None
    try:
        day = dt.date.fromisoformat(end)
    except ValueError:
        return None
    return day if day > today else None


def _paid(answers: Answers, job: Answers) -> bool:
    return _skilled(answers, job) and job.get("job_paid") is not False


def _self_employed_physician(answers: Answers, job: Answers) -> bool:
    """Self-employed in a physician occupation: is it publicly funded fee-for-service work, which counts (RULES.md
    1)?"""
    occupation = job.get("job_occupation") or {}
    # Counted while the employee answer is not given yet, so that the progress line never goes up after it.
    return _paid(answers, job) and job.get("job_employee", False) is False \
        and occupation.get("noc") in PHYSICIAN_NOCS


def fee_for_service(job: Answers) -> bool:
    """A physician's publicly funded fee-for-service work: self-employed, and it counts (RULES.md 1)."""
    occupation = job.get("job_occupation") or {}
    return (job.get("job_employee") is False and occupation.get("noc") in PHYSICIAN_NOCS
            and job.get("job_fee_for_service") is True)


def _employee(answers: Answers, job: Answers) -> bool:
    """An employee, or a physician paid fee-for-service from public funds: the later questions apply (counted
    while that answer is not given yet, so that the progress line never jumps up)."""
    return _paid(answers, job) and (job.get("job_employee") is not False or (
        _self_employed_physician(answers, job) and job.get("job_fee_for_service") is not False))


def _studied_partly(answers: Answers, job: Answers) -> bool:
    return _employee(answers, job) and job.get("job_student") == PARTLY


def _not_studying_throughout(answers: Answers, job: Answers) -> bool:
    return _employee(answers, job) and job.get("job_student") is not True


def may_be_physician(job: Answers) -> bool:
    """Whether the physicians' fee-for-service exception (RULES.md 1) may apply to this self-employed job and is
    still to be said: its occupation given only as TEER 1 (a physician's TEER), never asked about it. A physician's
    code is asked whether the work was fee-for-service; any other code can be no physician's."""
    occupation = job.get("job_occupation")
    return isinstance(occupation, dict) and "noc" not in occupation and teer_of(occupation) == 1 \
        and "job_fee_for_service" not in job


def counts_nowhere(job: Answers) -> str | None:
    """Why a job's other questions are skipped: "teer_4_5", "unpaid", "self_employed", "student"; or None."""
    occupation = job.get("job_occupation")
    if occupation is not None and teer_of(occupation) >= 4:
        return "teer_4_5"
    if job.get("job_paid") is False:
        return "unpaid"
    if job.get("job_employee") is False and not fee_for_service(job) and (
            (job.get("job_occupation") or {}).get("noc") not in PHYSICIAN_NOCS or "job_fee_for_service" in job):
        return "self_employed"
    if job.get("job_student") is True:
        return "student"
    return None


# A condition whose deciding answer is not given yet says True when the question usually applies (so the
# progress line counts it and never jumps up) and False otherwise; the flow always asks the deciding
# question first.
def _has_test(_: Answers, test: Answers) -> bool:
    return test.get("test_kind") != "none"


def _has_spouse(answers: Answers, _: Answers) -> bool:
    return answers.get("marital") in ("married", "common_law")


def _spouse_not_citizen(answers: Answers, item: Answers) -> bool:
    return _has_spouse(answers, item) and answers.get("spouse_citizen") is not True


def spouse_counts(answers: Answers, item: Answers) -> bool:
    """Spouse factors count only for a partner who comes along and is not a citizen or PR."""
    return _spouse_not_citizen(answers, item) and answers.get("spouse_accompanying") is not False


def sibling_whose_asked(answers: Answers, item: Answers) -> bool:
    """A "yes" to a sibling of "you or your spouse" while the partner may or may not come: whose sibling, since
    the spouse's counts only when the spouse accompanies (RULES.md 3: "the principal's or the accompanying
    spouse's")."""
    return answers.get("sibling") is True and answers.get("spouse_accompanying") == UNSURE \
        and _spouse_not_citizen(answers, item)


def _spouse_tested(answers: Answers, item: Answers) -> bool:
    return spouse_counts(answers, item) and answers.get("spouse_test_kind") != "none"


def _has_education(answers: Answers, _: Answers) -> bool:
    return answers.get("education_level") != "less_than_secondary"


def _foreign_post_secondary(answers: Answers, _: Answers) -> bool:
    """A separate Canadian credential is asked only when the highest one is post-secondary and not Canadian."""
    return (answers.get("education_level") not in ("less_than_secondary", "secondary")
            and answers.get("education_where") != "canada")


def _score(qid: str, scope: str, ability: str, when: Callable[[Answers, Answers], bool]) -> Question:
    return Question(qid, "language" if scope == "test" else "crs_partner", "score", scope, when=when,
                    meta={"ability": ability})


QUESTIONS: tuple[Question, ...] = (
    # "Not sure" is an answer: the verdict then holds only for a real plan to live outside Quebec (flows/quebec.py)
    Question("quebec", "plans", "yes_no", meta={"unsure": True}),
    Question("canadian_work", "work", "yes_no"),
    # -- each job in Canada -----------------------------------------------------------------------------
    Question("job_occupation", "work", "noc", "job", options=TEERS, when=job_in_canada, columns=1),
    Question("job_start", "work", "date", "job", when=_skilled, meta={"edge": "start"}),
    Question("job_ongoing", "work", "yes_no", "job", when=_skilled),
    Question("job_end", "work", "date", "job", when=_ended, meta={"edge": "end"}),
    Question("job_hours", "work", "number", "job", minimum=0, maximum=168, when=_skilled,
             shortcuts=("40", "37.5", "35", "30", "25", "20", "15", "10")),
    Question("job_paid", "work", "yes_no", "job", when=_skilled),
    Question("job_employee", "work", "yes_no", "job", when=_paid, meta={"unsure": True}),
    Question("job_fee_for_service", "work", "yes_no", "job", when=_self_employed_physician),
    # "Not sure" of full-time studies during the job: read both ways (flows/profile_builder.py)
    Question("job_student", "work", "yes_no", "job", when=_employee, meta={"partly": True, "unsure": True}),
    Question("job_student_end", "work", "date", "job", when=_studied_partly, meta={"edge": "studies"}),
    Question("job_authorized", "work", "yes_no", "job", when=_not_studying_throughout, meta={"unsure": True}),
    Question("job_more", "work", "yes_no", "job", when=job_in_canada),
    # -- each language test -----------------------------------------------------------------------------
    Question("test_kind", "language", "choice", "test", options=(*TESTS, "none"), columns=1),
    Question("test_date", "language", "date", "test", when=_has_test, meta={"edge": "test", "unsure": True}),
    *(_score(f"test_{a}", "test", a, _has_test) for a in ABILITIES),
    Question("test_more", "language", "yes_no", "test", when=_has_test),
    # -- the CRS ----------------------------------------------------------------------------------------
    Question("birth", "crs_you", "age"),
    Question("marital", "crs_you", "choice", options=MARITAL),
    Question("spouse_citizen", "crs_partner", "yes_no", when=_has_spouse),
    # "Not sure" whether the partner comes: the CRS read in both columns (flows/results.py)
    Question("spouse_accompanying", "crs_partner", "yes_no", when=_spouse_not_citizen, meta={"unsure": True}),
    Question("spouse_education", "crs_partner", "choice", options=EDUCATION_LEVELS, when=spouse_counts,
             columns=1),
    Question("spouse_test_kind", "crs_partner", "choice", options=(*TESTS, "none"), when=spouse_counts,
             columns=1),
    Question("spouse_test_date", "crs_partner", "date", when=_spouse_tested, meta={"edge": "test"}),
    *(_score(f"spouse_{a}", "spouse_test", a, _spouse_tested) for a in ABILITIES),
    Question("spouse_work", "crs_partner", "choice", options=("0", "1", "2", "3", "4", "5"),
             when=spouse_counts, columns=3),
    Question("education_level", "crs_education", "choice", options=EDUCATION_LEVELS, columns=1),
    Question("education_where", "crs_education", "choice", options=EDUCATION_WHERE, when=_has_education,
             columns=1),
    Question("canadian_credential", "crs_education", "choice",
             options=("none", "one_or_two_year", "three_year_plus"), when=_foreign_post_secondary, columns=1),
    Question("foreign_work", "crs_more", "choice", options=("0", "1", "2", "3"), columns=4),
    Question("certificate", "crs_more", "yes_no"),
    Question("nomination", "crs_more", "yes_no"),
    Question("sibling", "crs_more", "yes_no"),
    # Whose, only with a partner who may or may not come: a spouse's sibling counts only in the reading with them
    Question("sibling_whose", "crs_more", "choice", options=SIBLING_WHOSE, when=sibling_whose_asked, columns=1),
)

BY_ID: dict[str, Question] = {q.id: q for q in QUESTIONS}
# Beside a score answered as the NCLC level a TEF Canada certificate prints (RULES.md 2): the level typed, the
# score stored being that level's lowest (flows/parsing.py: level_score). The profile has no place for levels.
LEVEL_OF: dict[str, str] = {q.id: f"{q.id}_level" for q in QUESTIONS if q.kind == "score"}
LOOPS = {"job_more": "job_occupation", "test_more": "test_kind"}  # yes -> a new item, back to its first question
SCREENING_END = "test_more"  # the last question before the quick verdict
