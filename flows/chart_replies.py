"""The charts as replies: a photo described as plain data, its one-line caption and the same facts in text.

The conversation never draws: it says which chart to send and with what numbers
(`{"chart": "hours" | "crs", "lang": ..., "data": <eligibility.charts_data ... .as_dict()>}`), and the front
end draws it when it sends it (bot/charts.py). So a reply waiting in the outbox holds data, never an image.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eligibility import Profile, ScreeningProfile
from eligibility.charts_data import crs_chart_for, hours_timeline, plan_total
from eligibility.hours import shown_hours
from flows.approximate_dates import approximate_day
from flows.estimates import estimate_notes
from flows.improvements_view import first_way
from flows.machine import CHECKPOINTS, Screening
from flows.pickers import month_name
from flows.profile_builder import NONE, Favour, build_profile, job_places
from flows.replies import Button, OutMessage, Reply, h
from flows.results import approximate_answers, careful_favour, result_for_answers
from flows.texts import Catalog, catalog
from flows.uncertainty import spouse_reading
from flows.verdict_text import planned_end_notes, work_until_then_note

CHARTS = ("hours", "crs")


def chart_buttons(result: dict[str, Any], c: Catalog) -> list[list[Button]]:
    """The row of chart buttons under a result: the hours always, the CRS once it is estimated."""
    row = [Button(c.t("charts.button_hours"), "chart|hours")]
    if result.get("crs"):
        row.append(Button(c.t("charts.button_crs"), "chart|crs"))
    return [row]


def profile_for(answers: dict[str, Any], as_of: dt.date, favour: Favour = NONE) -> ScreeningProfile:
    """The careful reading of the answers (the one the stored verdict uses), as a validated profile; `favour`: the
    answers that reading takes favourably (flows.results.careful_favour: a partner who may come is read in the
    column of the lower CRS, whichever it is)."""
    raw = build_profile(answers, as_of, favour)
    model = Profile if "birth_date" in raw or "age" in raw else ScreeningProfile
    return model.model_validate(raw, strict=False)


def chart_photo(which: str, profile: ScreeningProfile, lang: str, rounds: Any = None, today: dt.date | None = None,
                way: dict[str, Any] | None = None, from_plan: bool = False, eligible: bool = True
                ) -> dict[str, Any] | None:
    """What to draw, as plain data; None when the chart cannot be made yet (the CRS needs the age), or for a CRS
    chart of someone who will live in Quebec: Express Entry's rounds are not their route (RULES.md 8), so their
    CRS is never compared with them, nor with a plan they are not given.

    `rounds`: an eligibility.rounds.Rounds (e.g. read from the database after a refresh); the shipped file's
    rounds when None. `from_plan`: the CRS line drawn is `way`, what "How can I raise my score?" shows first
    (flows/improvements_view.py: first_way; none when None), not the single change with the most points.
    `eligible`: the verdict's, for the application day: the rounds of other programs only then (eligibility/
    charts_data.py crs_chart_for), as the CRS message names them.
    """
    if which == "hours":
        return {"chart": "hours", "lang": lang, "data": hours_timeline(profile).as_dict()}
    if which == "crs":
        if getattr(profile, "intends_to_live_in_quebec", False):
            return None
        listed = None if rounds is None else [r.as_dict() for r in rounds.rounds]
        ranges = None if rounds is None else rounds.summaries
        with_plan = (way["crs_after"] if way else None) if from_plan else plan_total(profile)
        chart = crs_chart_for(profile, with_plan=with_plan, all_rounds=listed, ranges=ranges, today=today,
                              eligible=eligible)
        if chart is None:
            return None
        data = chart.as_dict()
        if from_plan and way:  # said as the plan's first way, with its day (a wait of years is not "a change")
            data.update(plan_way=True, plan_when=way["when"])
        return {"chart": "crs", "lang": lang, "data": data}
    raise ValueError(f"chart: must be one of {', '.join(CHARTS)}, not {which!r}")


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def caption(photo: dict[str, Any]) -> str:
    """The one line under the picture."""
    c, data = catalog(photo["lang"]), photo["data"]
    if photo["chart"] == "hours":
        return c.t("charts.hours.caption", hours=c.number(shown_hours(data["hours_now"])),
                   date=c.date(_day(data["as_of"])), required=c.number(data["required"]))
    return c.t("charts.crs.caption", score=c.number(data["score"]), rounds=data["cec_rounds"])


def facts(photo: dict[str, Any]) -> list[str]:
    """What the picture shows, in sentences (for screen readers, and for anyone who prefers words)."""
    return _hours_facts(photo) if photo["chart"] == "hours" else _crs_facts(photo)


def _taken_about(answers: dict[str, Any], expires: str) -> str | None:
    """The test date said as "around" a month (its "YYYY-MM") of the test expiring on `expires`, if it was."""
    day = dt.date.fromisoformat(expires)
    for test in answers.get("tests", []):
        taken = test.get("test_date")
        if test.get("test_date_about") and isinstance(taken, str) and len(taken) >= 7 and taken[:4].isdigit() \
                and (int(taken[:4]) + 2, taken[5:7]) == (day.year, f"{day.month:02d}"):
            return taken[:7]
    return None


def _hours_facts(photo: dict[str, Any]) -> list[str]:
    c, data = catalog(photo["lang"]), photo["data"]
    required = c.number(data["required"])
    lines = [c.t("charts.hours.fact_now", date=c.date(_day(data["as_of"])),
                 hours=c.number(shown_hours(data["hours_now"])), required=required)]
    if data.get("not_eligible"):  # the hours alone do not make a person eligible: said first, and why
        why = c.join([c.t(f"results.chart.why.{criterion}") for criterion in data["not_eligible"]])
        lines.insert(0, c.t("results.chart.not_eligible", why=why))
    crossed = data["crossed_on"]
    if crossed and data["projected"]:
        lines.append(c.t("charts.hours.fact_projected", required=required, date=c.date(_day(crossed))))
    elif crossed:
        lines.append(c.t("charts.hours.fact_reached", required=required, date=c.date(_day(crossed))))
    elif data["hours_now"] >= data["required"] - 1e-6:
        lines.append(c.t("charts.hours.fact_above", required=required, date=c.date(_day(data["start"]))))
    else:
        lines.append(c.t("charts.hours.fact_not_reached", required=required, date=c.date(_day(data["end"]))))
    if data["test_expires"] and (taken := data.get("test_taken_about")):  # "around April 2025": not to the day
        lines.append(c.t("charts.hours.fact_expires_about", date=c.date(_day(data["test_expires"])),
                         month=month_name(c, int(taken[:4]), int(taken[5:7]))))
    elif data["test_expires"]:
        lines.append(c.t("charts.hours.fact_expires", date=c.date(_day(data["test_expires"]))))
        if data["expires_too_soon"]:
            lines.append(c.t("charts.hours.fact_too_soon", required=required))
    else:
        lines.append(c.t("charts.hours.fact_no_test"))
    for period in data["excluded"]:
        reason = c.t(f"charts.reason.{period['reason']}")
        # The job's own days (older data: the days shown), never a future day the chart ends on as its end.
        begun, last = period.get("said_start", period["start"]), period.get("said_end", period["end"])
        if last is None:
            lines.append(c.t("charts.hours.fact_excluded_since", job=period["job"], reason=reason,
                             start=c.date(_day(begun))))
        else:
            lines.append(c.t("charts.hours.fact_excluded", job=period["job"], reason=reason,
                             start=c.date(_day(begun)), end=c.date(_day(last))))
    return lines


def _crs_facts(photo: dict[str, Any]) -> list[str]:
    c, data = catalog(photo["lang"]), photo["data"]
    start, end = c.date(_day(data["start"])), c.date(_day(data["as_of"]))
    cec = [r["lowest_crs"] for r in data["rounds"] if r["program"] == "canadian_experience_class"]
    lines: list[str] = []
    if cec:
        key = "charts.crs.fact_rounds" if data["invited"] else "charts.crs.fact_rounds_none"
        if data["invited"] == len(cec):  # "17 of those 17" is said "all of them"
            key = "charts.crs.fact_rounds_all"
        lines.append(c.t(key, start=start, end=end, rounds=len(cec), low=min(cec),
                         high=max(cec), score=c.number(data["score"]), invited=data["invited"]))
        latest = data["latest_cec"]
        lines.append(c.t("charts.crs.fact_latest", date=c.date(_day(latest["date"])), cutoff=latest["lowest_crs"]))
        if data["with_plan"] is not None:
            kind = "way" if data.get("plan_way") else "plan"
            plan_key = f"charts.crs.fact_{kind}" if data["invited_with_plan"] else f"charts.crs.fact_{kind}_none"
            if data["invited_with_plan"] == len(cec):
                plan_key = f"charts.crs.fact_{kind}_all"
            said = c.t(plan_key, score=c.number(data["with_plan"]), invited=data["invited_with_plan"],
                       rounds=len(cec))
            if data.get("plan_when"):
                said = f"{said} {c.t('charts.crs.fact_way_when', date=c.date(_day(data['plan_when'])))}"
            lines.append(said)
    else:
        lines.append(c.t("charts.crs.fact_no_rounds", start=start, end=end))
    others: dict[str, list[int]] = {}
    for r in data["rounds"]:
        if r["program"] != "canadian_experience_class":
            others.setdefault(r["program"], []).append(r["lowest_crs"])
    for program, cutoffs in others.items():
        key = "charts.crs.fact_program_one" if len(cutoffs) == 1 else "charts.crs.fact_program_other"
        lines.append(c.t(key, program=c.t(f"charts.crs.program_{program}"),
                         rounds=len(cutoffs), low=min(cutoffs), high=max(cutoffs)))
    for band in data["bands"]:
        lines.append(c.t("charts.crs.fact_band", program=c.t(f"charts.crs.program_{band['program']}"),
                         year=_day(band["start"]).year, low=band["lowest"], high=band["highest"]))
    return lines


def chart_messages(photo: dict[str, Any], buttons: list[list[Button]], careful: bool = False) -> list[OutMessage]:
    """The photo with its caption, then its facts in text with `buttons`; `careful` says that answers given
    as "not sure" or as a month were read the careful way, as the verdict reads them."""
    c = catalog(photo["lang"])
    lines = [*facts(photo), *([c.t("charts.careful")] if careful else [])]
    text = "\n".join([f"<b>{h(c.t('charts.facts_title'))}</b>", *(f"• {h(line)}" for line in lines)])
    return [OutMessage(h(caption(photo)), photo=photo), OutMessage(text, buttons)]


def chart_reply(screening: Screening, which: str, lang: str, as_of: dt.date, today: dt.date | None = None,
                crs_ready: bool = True) -> Reply | None:
    """A chart asked for after a result; None when the button does not fit (no result shown, forged data).
    `today`: the rounds shown end there when the application day is later. `crs_ready`: every CRS question that
    applies is answered (flows/conversation.py), else the CRS chart waits for them as the result does."""
    if screening.state not in CHECKPOINTS or which not in CHARTS:
        return None
    c = catalog(lang)
    if which == "crs" and not crs_ready:  # a stale button under an earlier estimate: no score from missing answers
        return Reply([OutMessage(h(c.t("charts.no_crs")), [[Button(c.t("button.continue"), "cmd|continue")]])],
                     changed=False)
    rounds = getattr(screening, "rounds", None)  # the bot's rounds, if set
    result = result_for_answers(screening.answers, as_of, lang, rounds)
    profile = profile_for(screening.answers, as_of, careful_favour(result))  # read as the verdict reads them
    # The CRS line is what "How can I raise my score?" shows first, so the chart and the plan name one score.
    way = first_way(screening, lang, today or as_of, as_of) if which == "crs" and profile.has_age else None
    eligible = result["verdict"] == "eligible"  # on the application day, as the CRS message compares
    photo = chart_photo(which, profile, lang, rounds, today, way, from_plan=True, eligible=eligible)
    if photo is not None and which == "hours":  # a requirement other than the hours unmet: not eligible, and why
        unmet = [criterion["id"] for criterion in result["criteria"]
                 if not criterion["met"] and criterion["id"] != "work_experience"]
        if result["verdict"] != "eligible" and unmet:
            photo["data"]["not_eligible"] = unmet
    if photo is not None and which == "hours" and photo["data"]["test_expires"] and (
            taken := _taken_about(screening.answers, photo["data"]["test_expires"])):
        photo["data"]["test_taken_about"] = taken  # the test expiring last was said as "around" a month
    if photo is not None and which == "hours":  # the jobs under the numbers the person gave them (a TEER 4 or 5
        places = job_places(screening.answers)  # job is not in the profile)
        photo["data"]["excluded"] = [{**period, "job": places[period["job"] - 1] + 1}
                                     for period in photo["data"]["excluded"]]
    other = "crs" if which == "hours" else "hours"
    buttons = [[Button(c.t(f"charts.button_{other}"), f"chart|{other}")], [Button(c.t("button.continue"),
                                                                                  "cmd|continue")]]
    if photo is None:
        return Reply([OutMessage(h(c.t("charts.no_crs")), [[Button(c.t("button.continue"), "cmd|continue")]])],
                     changed=False)
    if other == "crs" and not profile.has_age:
        buttons = buttons[1:]
    messages = chart_messages(photo, buttons, bool(approximate_answers(screening.answers)))
    data = photo["data"]
    if which == "hours" and data.get("projected") and data.get("crossed_on") \
            and (note := approximate_day(result, c, data["crossed_on"])) is not None:
        # the day 1,560 h are reached rests on a date said as only about then (or hours said as an estimate)
        messages[0].text = f"{messages[0].text} {h(note)}"
        messages[-1].text = f"{messages[-1].text}\n• {h(note)}"
    if which == "hours" and result["verdict"] == "eligible":
        # the hours counted rest on weekly hours said as an estimate ("about 24", "30+"): said as the verdict is
        messages[-1].text += "".join(f"\n• {h(note)}" for note in estimate_notes(result, c))
    if which == "hours":  # a job still going that ends as planned: where its hours stop, and why that matters
        messages[-1].text += "".join(f"\n• {h(note)}" for note in [*work_until_then_note(result, c),
                                                                      *planned_end_notes(result, c)])
    if which == "crs" and (reading := spouse_reading(result, c)) is not None:  # which column the chart reads
        messages[-1].text = f"{messages[-1].text}\n• {h(reading)}"
    if which == "crs" and not eligible and (data["invited"] or data.get("invited_with_plan")):
        # "your 518 was at or above it in 14 of them" read alone as an invitation to come: said as the CRS message
        # says it (RULES.md 5: never promise an invitation; only people in the pool are invited)
        messages[-1].text = f"{messages[-1].text}\n• {h(c.t('crs.not_in_pool'))}"
    return Reply(messages, changed=False)

