"""The truth about answers that are not exact ("not sure", a month without its day).

flows/results.py reads such answers the careful way and the favourable way. This module says what differs
between the two readings in anything the person acts on (the verdict, the day they qualify, the CRS, the CLB
level needed, the hours still missing), so the figures can be shown with both values; and it words the careful
reading's reasons as unknowns: "3,065 h whose work permit you were not sure of", not "without authorization",
to someone who only said "not sure".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from eligibility.hours import REQUIRED_HOURS
from flows.questions import UNSURE, Answers
from flows.texts import Catalog, catalog

# A reason for not counting a job's hours, and the answer that, given as "not sure", led to it.
_UNSURE_REASONS = {"unauthorized": "job_authorized", "self_employed": "job_employee",
                   "full_time_student": "job_student"}


def hours_short(result: dict[str, Any]) -> int:
    return round(max(0.0, REQUIRED_HOURS - result["qualifying_hours"]))


def acted_on(result: dict[str, Any]) -> tuple[Any, ...]:
    """What a person acts on: the verdict, the day they qualify, the CRS, the CLB needed, the hours missing."""
    return (result["verdict"], result["eligible_on"], (result.get("crs") or {}).get("total"),
            result["required_clb"], hours_short(result))


def reading_summary(result: dict[str, Any]) -> dict[str, Any]:
    """The figures of one reading, kept beside the careful verdict as its `approximate.favourable`."""
    return {"verdict": result["verdict"], "eligible_on": result["eligible_on"],
            "qualifying_hours": result["qualifying_hours"], "crs_total": (result.get("crs") or {}).get("total"),
            "required_clb": result["required_clb"], "hours_short": hours_short(result),
            "language_met": next(c["met"] for c in result["criteria"] if c["id"] == "language")}


def same_verdict(careful: dict[str, Any]) -> bool:
    favourable = careful["approximate"]["favourable"]
    return (careful["verdict"], careful["eligible_on"]) == (favourable["verdict"], favourable["eligible_on"])


def outcome_words(verdict: str, eligible_on: str | None, crs_total: int | None, c: Catalog) -> str:
    """"eligible", "eligible from March 3, 2027", with ", CRS 470" once it is known."""
    words = c.t(f"outcome.{verdict}", date=c.date(dt.date.fromisoformat(eligible_on)) if eligible_on else "")
    return c.t("outcome.crs", outcome=words, crs=crs_total) if crs_total is not None else words


def details_note(careful: dict[str, Any], c: Catalog) -> str | None:
    """Above the whole verdict (Details), when answers not given exactly decide it: that what follows is the
    careful reading, of which answers, and the favourable reading's outcome, so that its "what would change"
    ("1,560 more hours") is never read as the only way."""
    approximate = careful.get("approximate") or {}
    if not approximate.get("decisive"):
        return None
    favourable = approximate["favourable"]
    labels = c.join([c.t(f"summary.{question}", job=index + 1, test=index + 1)
                     for question, index in approximate["deciding"]])
    return c.t("unknowns.details_careful", answers=labels,
               favourable=outcome_words(favourable["verdict"], favourable["eligible_on"], favourable["crs_total"],
                                        c))


def figure_lines(careful: dict[str, Any], c: Catalog) -> list[str]:
    """One line for each figure, other than the verdict and CRS, that differs between the two readings."""
    favourable = careful["approximate"]["favourable"]
    lines = []
    clb = (careful["required_clb"], favourable["required_clb"])
    if clb[0] != clb[1]:
        careful_clb, favourable_clb = (c.t("unknowns.clb", level=level) if level else c.t("unknowns.clb_none")
                                       for level in clb)
        lines.append(c.t("unknowns.clb_readings", careful=careful_clb, favourable=favourable_clb))
    short = (hours_short(careful), favourable["hours_short"])
    if short[0] != short[1]:
        lines.append(c.t("unknowns.hours_readings", careful=c.number(short[0]), favourable=c.number(short[1]),
                         careful_count=c.number(careful["qualifying_hours"]),
                         favourable_count=c.number(favourable["qualifying_hours"])))
    return lines


def crs_note(careful: dict[str, Any], c: Catalog) -> str | None:
    """For the CRS message: the favourable reading's CRS when it differs from the one shown."""
    approximate = careful.get("approximate")
    crs = (careful.get("crs") or {}).get("total")
    if not approximate or crs is None or approximate["favourable"]["crs_total"] in (None, crs):
        return None
    spouse = approximate.get("spouse")
    if spouse is not None and spouse["crs_other"] not in (None, crs) \
            and [tuple(place) for place in approximate["deciding"]] == [("spouse_accompanying", 0)]:
        # only whether the partner comes decides: both columns, said as such (RULES.md 3)
        coming, alone = (crs, spouse["crs_other"]) if spouse["coming"] else (spouse["crs_other"], crs)
        return c.t("unknowns.crs_spouse", coming=coming, alone=alone, shown=crs)
    return c.t("unknowns.crs_readings", careful=crs, favourable=approximate["favourable"]["crs_total"])


def spouse_reading(result: dict[str, Any], c: Catalog) -> str | None:
    """For a partner who may or may not come: which column a chart or a plan reads (the verdict's, the lower
    CRS), and the CRS in the other one."""
    spouse = (result.get("approximate") or {}).get("spouse")
    crs = (result.get("crs") or {}).get("total")
    if spouse is None or crs is None:
        return None
    key = "coming" if spouse["coming"] else "alone"
    if spouse["crs_other"] in (None, crs):
        return c.t(f"unknowns.spouse_read_{key}_same", crs=c.number(crs))
    return c.t(f"unknowns.spouse_read_{key}", crs=c.number(crs), other=c.number(spouse["crs_other"]))


def plan_crs_note(result: dict[str, Any], c: Catalog) -> str | None:
    """For the plan: that its "now" is the careful reading's CRS, and the favourable one, when answers other than
    whether the partner comes (said by `spouse_reading`) move the CRS: "now 457" is never read as the only
    figure."""
    approximate = result.get("approximate") or {}
    crs = (result.get("crs") or {}).get("total")
    favourable = (approximate.get("favourable") or {}).get("crs_total")
    deciding = [tuple(place) for place in approximate.get("deciding", [])]
    if crs is None or favourable in (None, crs) or not any(place != ("spouse_accompanying", 0)
                                                          for place in deciding):
        return None
    labels = c.join([c.t(f"summary.{question}", job=index + 1, test=index + 1) for question, index in deciding])
    return c.t("unknowns.plan_crs_readings", answers=labels, careful=crs, favourable=favourable)


def plan_note(careful: list[dict[str, Any]], favourable: list[dict[str, Any]], places: list[tuple[str, int]],
              c: Catalog) -> str | None:
    """For the plan: the favourable reading's first change, when it is not the careful reading's."""
    first = careful[0]["text"] if careful else None
    other = favourable[0]["text"] if favourable else None
    if first == other or other is None:
        return None
    labels = c.join([c.t(f"summary.{question}", job=index + 1, test=index + 1) for question, index in places])
    return c.t("unknowns.plan_readings", step=other, answers=labels)


# -- words for unknowns ------------------------------------------------------------------------------------
def _unsure_jobs(answers: Answers, question_id: str) -> set[int]:
    return {i for i, job in enumerate(answers.get("jobs", [])) if job.get(question_id) == UNSURE}


def word_unknowns(result: dict[str, Any], answers: Answers, lang: str) -> None:
    """Rewrites, in place, the reasons the careful reading gives for answers that were "not sure"."""
    c = catalog(lang)
    if not any(_unsure_jobs(answers, question_id) for question_id in _UNSURE_REASONS.values()):
        return
    # copies: the careful result may share its parts with cached readings
    result["hours_ledger"] = {**result["hours_ledger"], "jobs": [dict(j) for j in result["hours_ledger"]["jobs"]]}
    result["criteria"] = [dict(criterion) for criterion in result["criteria"]]
    ledger = result["hours_ledger"]["jobs"]
    for reason, question_id in _UNSURE_REASONS.items():
        unsure = _unsure_jobs(answers, question_id)
        if not unsure:
            continue
        for job in ledger:
            if job["index"] in unsure and job.get("excluded_because") == reason:
                before, after = c.pieces(f"ledger.{reason}", "occupation")
                text = job["explanation"]
                if text.startswith(before) and text.endswith(after):
                    occupation = text[len(before):len(text) - len(after)]
                    job["explanation"] = c.t(f"unknowns.ledger_{reason}", occupation=occupation)
        others = [job for job in ledger if reason in job.get("not_counted", {}) and job["index"] not in unsure]
        if others:  # hours of a "no" are summed with them: the sum keeps its plain words
            continue
        before, after = c.pieces(f"reason.{reason}", "hours")
        pattern = re.compile(re.escape(before) + r"(\d[\d\s,.\u202f\u00a0]*?)" + re.escape(after))
        key = f"unknowns.reason_{reason}"

        def unknown(match: re.Match[str], key: str = key) -> str:
            return c.t(key, hours=match[1])

        for criterion in result["criteria"]:
            criterion["explanation"] = pattern.sub(unknown, criterion["explanation"])
