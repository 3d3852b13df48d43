"""📈 "How can I raise my score?" after a CRS estimate: the top changes, "More", and the partner comparison.

The changes come from eligibility/improvements.py through `assess(..., with_improvements=True)`, on the same
careful reading of the answers as the CRS shown. Each is compared with the recent CEC rounds the result was
compared with. The partner comparison asks three more facts only when the person wants it; they are stored
with the other answers (under PARTNER), so /delete erases them too.

Callback data (validated like typed text): "raise|top", "raise|more", "raise|partner", "raise|redo",
"raise|pf|<0-5>" (the partner's foreign work years), "raise|pw|<teer_0_1|teer_2_3|no>" (their Canadian work).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import ValidationError

from eligibility import Profile, assess
from eligibility.crs import has_accompanying_spouse
from flows.approximate_dates import approximate_day, said_roughly
from flows.estimates import estimated_jobs, tenths
from flows.machine import CHECKPOINTS, Screening
from flows.parsing import InvalidAnswer, fold, parse_date
from flows.profile_builder import NONE, Favour, build_profile
from flows.replies import Button, OutMessage, Reply, h
from flows.results import approximate_answers, careful_favour, result_for_answers
from flows.texts import Catalog, catalog
from flows.uncertainty import plan_crs_note, plan_note, spouse_reading

PREFIX = "raise"
PARTNER = "_partner"  # the partner's extra facts, and the one being asked ("asking")
TOP = 3  # shown first; "More" shows the rest
MOST = 12  # at most, so that a message stays short on a phone
_FOREIGN_YEARS = ("0", "1", "2", "3", "4", "5")
_CEC_WORK = ("teer_0_1", "teer_2_3", "no")
_FACTS = ("birth_date", "foreign_work_years", "cec_work")


def menu_button(lang: str) -> Button:
    """The result menu's "📈 How can I raise my score?"."""
    return Button(catalog(lang).t("improvements.view.button"), f"{PREFIX}|top")


def _result(screening: Screening, lang: str, today: dt.date, planned: dt.date, favour: Favour = NONE
            ) -> dict[str, Any] | None:
    """The careful result with its improvements (and the partner comparison when its facts are known); with
    `favour`, the answers that are not exact read the favourable way instead."""
    raw = build_profile(screening.answers, planned, favour)
    if "birth_date" not in raw and "age" not in raw:
        return None
    partner = screening.answers.get(PARTNER) or {}
    if isinstance(raw.get("spouse"), dict) and all(k in partner for k in _FACTS):
        raw["spouse"].update({k: partner[k] for k in _FACTS})
    try:
        profile = Profile.model_validate(raw, strict=False)
    except ValidationError:
        return None
    # The rounds the result on screen was compared with (a front end may set fresher ones than the seed).
    rounds = getattr(screening, "rounds", None)
    return assess(profile, lang, rounds, with_improvements=True, today=today)


def _verdict_result(screening: Screening, lang: str, today: dt.date, planned: dt.date) -> dict[str, Any] | None:
    """The result on screen when some answers are not exact (its careful reading is the one the plan reads), or
    said as only about then (a day said as approximate where it rests on them)."""
    if not approximate_answers(screening.answers) and not said_roughly(screening.answers):
        return None
    return result_for_answers(screening.answers, planned, lang, getattr(screening, "rounds", None), today)


def _reading(verdict: dict[str, Any] | None) -> Favour:
    return careful_favour(verdict) if verdict else NONE


def _has_partner(screening: Screening, planned: dt.date, favour: Favour = NONE) -> bool:
    raw = build_profile(screening.answers, planned, favour)
    if "spouse" not in raw:
        return False
    try:
        return has_accompanying_spouse(Profile.model_validate(raw, strict=False))
    except ValidationError:
        return False


def _plan_context(result: dict[str, Any]) -> dict[str, Any]:
    """What `_item_text` needs of the verdict: the day a person not yet eligible will be, or that they are not."""
    verdict = result["verdict"]
    return {"eligible_on": result["eligible_on"] if verdict == "not_yet_eligible" else None,
            "not_eligible": verdict == "not_eligible"}


def _item_text(item: dict[str, Any], number: int, c: Catalog, eligible_on: str | None = None,
               not_eligible: bool = False, estimates: tuple[tuple[int, float], ...] = ()) -> str:
    """One change and how its score fares in the recent rounds. `eligible_on`: the day a person not yet eligible
    will be (their verdict's); a change before it reaches a cut-off only once they are, and the line says so.
    `not_eligible`: likewise for every change (RULES.md 1 and 5: only someone who meets every requirement is in
    the pool the rounds invite from). `estimates`: (job, hours) of the weekly hours said as an estimate, on which
    the day a year of Canadian work completes rests: said approximate, as the verdict's day is (coherence round
    11: "On July 9, 2027 you complete 2 years" to someone who said "about 24 h" of a casual job)."""
    lines = [f"<b>{number}.</b> {h(_estimate_said(item, c, estimates)['text'])}"]
    rounds = item.get("recent_rounds")
    if item["kind"] == "step" and rounds:
        later = not_eligible or (eligible_on is not None and (item["when"] is None or item["when"] < eligible_on))
        every = "_all" if rounds["invited"] == rounds["of"] else ""  # "each of the last 6", not "6 of the last 6"
        key = f"improvements.view.rounds{'_later' if later else ''}{every}" if rounds["invited"] \
            else "improvements.view.rounds_none"
        if rounds["of"] == 1:  # one round known: "of the latest round", never "in 1 of the last 1 rounds"
            key = key.removesuffix("_all") + "_one"
        sentence = c.t(key, total=c.number(item["crs_after"]), invited=rounds["invited"],
                       rounds=rounds["of"])
        lines.append(f"   ↳ {h(sentence)}")
    return "\n".join(lines)


def _estimates(screening: Screening) -> tuple[tuple[int, float], ...]:
    """(job, hours) of each job whose weekly hours were said as an estimate and may count."""
    return tuple((index + 1, float(screening.answers["jobs"][index]["job_hours"]))
                 for index in estimated_jobs(screening.answers))


def _estimate_said(item: dict[str, Any], c: Catalog, estimates: tuple[tuple[int, float], ...]) -> dict[str, Any]:
    """The item, its text saying that the day a year of Canadian work completes is approximate when it rests on
    weekly hours said as an estimate."""
    if not estimates or not item["id"].startswith("work_year_") or not item.get("when"):
        return item
    what = c.join([c.t("results.approximate_day.hours", job=job, hours=tenths(hours, c))
                   for job, hours in estimates])
    day = c.date(dt.date.fromisoformat(item["when"]))
    return {**item, "text": f"{item['text']} {c.t('results.approximate_day.sentence', date=day, what=what)}"}


def _order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The top three hold at most one dated item, the nearest (the next year of work): later ones are waits of
    years, which "More" still lists, while the top shows what a person can do now. The rest keep their rank."""
    dated = [item for item in items if item["kind"] == "step" and item["when"] is not None]
    nearest = min(dated, key=lambda item: item["when"]) if dated else None
    eligible = [item for item in items if item["kind"] == "step" and (item["when"] is None or item is nearest)]
    top = eligible[:TOP]
    return top + [item for item in items if item not in top]


def _plan_message(screening: Screening, result: dict[str, Any], start: int, c: Catalog, planned: dt.date,
                  favour: Favour = NONE) -> OutMessage:
    items = _order(result["improvements"])[:MOST]
    total = result["crs"]["total"]
    if not items:
        text = h(c.t("improvements.view.none", total=c.number(total)))
    else:
        shown = items[:TOP] if start == 0 else items[TOP:]
        title = c.t("improvements.view.title" if start == 0 else "improvements.view.title_more",
                    total=c.number(total))
        body = [_item_text(item, start + i + 1, c, **_plan_context(result), estimates=_estimates(screening))
                for i, item in enumerate(shown)]
        text = "\n\n".join([f"📈 <b>{h(title)}</b>", *body, f"<i>{h(c.t('improvements.view.note'))}</i>"])
    rise = next((w for w in result.get("warnings", []) if w["id"] == "age_points_rise"), None)
    if rise is not None and start == 0:  # at 17 each figure is 99 short from the birthday: said (as by the CRS)
        text += "\n\n⏳ " + h(c.t("results.glance.age_rise", date=c.date(dt.date.fromisoformat(rise["on"])),
                                    age=rise["age"], gained=rise["gained"]))
    buttons: list[list[Button]] = []
    if start == 0 and len(items) > TOP:
        buttons.append([Button(c.t("improvements.view.more", count=len(items) - TOP), f"{PREFIX}|more")])
    if _has_partner(screening, planned, favour):
        buttons.append([Button(c.t("improvements.view.partner_button"), f"{PREFIX}|partner")])
    buttons.append([Button(c.t("improvements.view.back"), "cmd|continue")])
    return OutMessage(text, buttons)


def _ask(screening: Screening, c: Catalog) -> Reply:
    """The next partner fact to ask (stored as "asking", so a typed date is read as its answer)."""
    partner = screening.answers.setdefault(PARTNER, {})
    missing = next(k for k in _FACTS if k not in partner)
    partner["asking"] = missing
    cancel = [Button(c.t("improvements.view.back"), "cmd|continue")]
    if missing == "birth_date":
        return Reply([OutMessage(f"👥 {h(c.t('improvements.view.ask_birth'))}", [cancel])])
    if missing == "foreign_work_years":
        # Only the years, as the spouse's work question words them: the terminal chat then reads a typed digit
        # as that many years (a keyboard of digit values is keyed by them).
        row = [Button(c.t(f"opt.spouse_work.{y}"), f"{PREFIX}|pf|{y}") for y in _FOREIGN_YEARS]
        return Reply([OutMessage(h(c.t("improvements.view.ask_foreign")), [row[:3], row[3:]])])
    rows = [[Button(c.t(f"improvements.view.cec_work.{v}"), f"{PREFIX}|pw|{v}")] for v in _CEC_WORK]
    return Reply([OutMessage(h(c.t("improvements.view.ask_cec_work")), [*rows, cancel])])


def _comparison(screening: Screening, lang: str, today: dt.date, planned: dt.date) -> Reply:
    c = catalog(lang)
    result = _result(screening, lang, today, planned, _reading(_verdict_result(screening, lang, today, planned)))
    comparison = result.get("partner_comparison") if result else None
    if comparison is None:  # the partner no longer counts (answers changed): back to the plan
        return Reply([OutMessage(h(c.t("improvements.view.no_partner")),
                                 [[Button(c.t("improvements.view.back"), "cmd|continue")]])])
    buttons = [[Button(c.t("improvements.view.redo"), f"{PREFIX}|redo")],
               [Button(c.t("improvements.view.back"), "cmd|continue")]]
    return Reply([OutMessage(f"👥 {h(comparison['text'])}", buttons)])


def handle(screening: Screening, value: str, lang: str, today: dt.date, planned: dt.date) -> Reply | None:
    """A "raise|..." button; None when it does not apply now (no result shown, or forged data)."""
    if screening.state not in CHECKPOINTS:
        return None
    c = catalog(lang)
    if value in ("top", "more"):
        verdict = _verdict_result(screening, lang, today, planned)
        result = _result(screening, lang, today, planned, _reading(verdict))  # read as the CRS shown reads them
        if result is None or result.get("crs") is None:
            return None
        plan = _plan_message(screening, result, 0 if value == "top" else TOP, c, planned, _reading(verdict))
        if verdict is not None and (reading := spouse_reading(verdict, c)) is not None:  # which column, said
            plan.text = f"❔ {h(reading)}\n\n{plan.text}"
        if verdict is not None and (both := plan_crs_note(verdict, c)) is not None:  # "now 457": careful, said
            plan.text = f"❔ {h(both)}\n\n{plan.text}"
        if value == "top" and (places := approximate_answers(screening.answers)):  # a first step that may differ
            favourable = _result(screening, lang, today, planned, "all")
            estimates = _estimates(screening)  # both readings' first steps compared as they are said
            other = favourable if favourable and favourable.get("crs") else {"improvements": []}
            said = [[_estimate_said(item, c, estimates) for item in reading["improvements"]]
                    for reading in (result, other)]
            note = plan_note(_order(said[0]), _order(said[1]), places, c)
            if note:
                plan.text = f"❔ {h(note)}\n\n{plan.text}"
        first_path = (result.get("paths") or [{}])[0].get("text") if value == "top" else None
        # the day eligibility is reached, resting on a date said as only about then: said approximate, and why
        if verdict is not None and (day_note := approximate_day(verdict, c)) is not None:
            if first_path:
                first_path = f"{first_path} {day_note}"
            elif value == "top":
                plan.text = f"≈ {h(day_note)}\n\n{plan.text}"
        # The steps together first, in a message of its own (the plan stays short), then each step alone.
        way = [OutMessage(f"🧭 {h(first_path)}")] if first_path else []
        return Reply([*way, plan], changed=False)
    if value in ("partner", "redo"):
        if not _has_partner(screening, planned, _reading(_verdict_result(screening, lang, today, planned))):
            return None
        if value == "redo":
            screening.answers[PARTNER] = {}
        partner = screening.answers.get(PARTNER) or {}
        if all(k in partner for k in _FACTS):
            return _comparison(screening, lang, today, planned)
        return _ask(screening, c)
    kind, _, answer = value.partition("|")
    partner = screening.answers.get(PARTNER)
    if partner is None:
        return None
    if kind == "pf" and answer in _FOREIGN_YEARS and partner.get("asking") == "foreign_work_years":
        partner["foreign_work_years"] = int(answer)
    elif kind == "pw" and answer in _CEC_WORK and partner.get("asking") == "cec_work":
        partner["cec_work"] = answer
    else:
        return None
    return _next(screening, lang, today, planned)


def first_way(screening: Screening, lang: str, today: dt.date, planned: dt.date) -> dict[str, Any] | None:
    """What "How can I raise my score?" shows first, read as it reads the answers: the steps together (the first
    path) or else the plan's first step, as {"crs_after", "when"}; None with no result or no change that adds
    points. The CRS chart draws this line, so the two screens name the same score."""
    if screening.state not in CHECKPOINTS:
        return None
    result = _result(screening, lang, today, planned, _reading(_verdict_result(screening, lang, today, planned)))
    if result is None or result.get("crs") is None:
        return None
    if paths := result.get("paths"):
        return {"crs_after": paths[0]["crs_after"], "when": paths[0]["when"]}
    steps = [item for item in _order(result["improvements"]) if item["kind"] == "step" and item["gain"] > 0]
    return {"crs_after": steps[0]["crs_after"], "when": steps[0]["when"]} if steps else None


def _next(screening: Screening, lang: str, today: dt.date, planned: dt.date) -> Reply:
    partner = screening.answers[PARTNER]
    if all(k in partner for k in _FACTS):
        partner.pop("asking", None)
        return _comparison(screening, lang, today, planned)
    return _ask(screening, catalog(lang))


_NONE_WORDS = frozenset({"none", "no", "nope", "zero", "nothing", "aucune", "aucun", "non", "rien", "pas"})
_NOT_SURE = frozenset({"not sure", "dont know", "idk", "no idea", "je ne sais pas", "sais pas", "je sais pas",
                       # as typed on a phone, apostrophes dropped before the lookup ("j'sais pas", "jsp")
                       "jsais pas", "j sais pas", "chais pas", "jsp", "aucune idee", "pas sur", "pas sure",
                       "chu pas sur", "chu pas sure", "je suis pas sur", "je suis pas sure"})


def _typed_choice(asking: str, text: str, c: Catalog) -> str | None:
    """A typed answer to the partner's years abroad or Canadian work, read as the button it names; None if unsure.

    Only what names one button is read: "yes" to the Canadian work question names two ("mostly TEER 0 or 1" and
    "mostly TEER 2 or 3"), so it is asked again rather than guessed."""
    said = " ".join(fold(text).rstrip(".!").split())
    if asking == "foreign_work_years":
        labels = {fold(c.t(f"opt.spouse_work.{y}")): y for y in _FOREIGN_YEARS}
        if said in labels:
            return labels[said]
        if said in _NONE_WORDS:
            return "0"
        years = re.fullmatch(r"(\d{1,2})\s*(?:years?|yrs?|ans?|\+)?", said)
        return str(min(int(years.group(1)), 5)) if years else None
    labels = {fold(c.t(f"improvements.view.cec_work.{v}")): v for v in _CEC_WORK}
    if said in labels:
        return labels[said]
    unsure = said.replace("'", "").replace("\u2019", "")  # "don't know", "j'sais pas"
    return "no" if said in _NOT_SURE or unsure in _NOT_SURE or said in _NONE_WORDS else None


def handle_text(screening: Screening, text: str, lang: str, today: dt.date, planned: dt.date) -> Reply | None:
    """A typed answer while a partner fact is asked; None when no partner question is pending."""
    partner = screening.answers.get(PARTNER)
    if screening.state not in CHECKPOINTS or not partner or partner.get("asking") not in _FACTS:
        return None
    c = catalog(lang)
    if (asking := partner["asking"]) != "birth_date":
        if (choice := _typed_choice(asking, text, c)) is None:
            again = _ask(screening, c)
            problem = c.t("improvements.view.err_choice")
            return Reply([OutMessage(f"⚠️ {h(problem)}"), *again.messages], changed=False, error=True)
        partner[asking] = int(choice) if asking == "foreign_work_years" else choice
        return _next(screening, lang, today, planned)
    try:
        born = parse_date(text, "birth", today)
    except InvalidAnswer:  # the birth question's messages offer an age instead: here the date is needed
        again = _ask(screening, c)
        problem = c.t("improvements.view.err_birth")
        return Reply([OutMessage(f"⚠️ {h(problem)}"), *again.messages], changed=False, error=True)
    partner["birth_date"] = born
    return _next(screening, lang, today, planned)
