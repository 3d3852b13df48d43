"""/rounds (and the button under a CRS result): the latest round of each program and category of the last 12
months, its cut-off, and the person's latest CRS estimate against it, in a short list.

Only the rounds the rules can compare with say where the person stands: Canadian Experience Class rounds always,
French-language proficiency rounds when the person has NCLC 7 in all four French abilities (the CRS gives French
points then), Provincial Nominee Program rounds when nominated; those two only when the person's latest result
met every requirement (only people in the pool are invited, and the verdict names them only then). Who is in
another category is not in RULES.md: those rounds are listed with their cut-off only, never with "you are in" or
"you are not". Someone whose answers say they will live in Quebec is compared with none of them: Express Entry is
not their route (RULES.md §8).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eligibility.assess import QUEBEC_IMMIGRATION
from eligibility.rounds import CEC, FRENCH, GENERAL, NOMINEE, Round, Rounds, latest_of_each
from eligibility.tables import links
from flows.replies import Button, OutMessage, h
from flows.texts import catalog

CALLBACK = "rounds"  # callback data: rounds|list


@dataclass(frozen=True, slots=True)
class Standing:
    """The person's latest CRS estimate, as stored with their last CRS result."""

    total: int
    french_points: int  # > 0: NCLC 7 or more in all four French abilities
    nominee_points: int  # > 0: a provincial nomination
    on: dt.date
    for_day: dt.date | None = None  # the application day it was made for, when the person planned a later one
    other: int | None = None  # a partner who may or may not come: the CRS of the reading not shown (the higher)
    partner_coming: bool | None = None  # ... and whether `total`'s reading has them coming
    eligible: bool | None = None  # whether their latest result for its own day met every requirement


def menu_button(lang: str) -> Button:
    return Button(catalog(lang).t("rounds_view.button"), f"{CALLBACK}|list")


def program_label(r: Round, lang: str) -> str:
    """A round's program as a person reads it: IRCC's own French name for French readers when the French feed
    gave it, our name of the programs the rules know, IRCC's name (without year and version) otherwise; a French
    reader of a round read only in English (the shipped copies) gets the catalog's name of a known category."""
    if lang == "fr" and r.name_fr:
        return r.category("fr")
    c = catalog(lang)
    key = f"rounds.program.{r.program}"
    if key in c.texts:
        return c.t(key)
    category = f"rounds.category.{r.program}"
    # English: the feed's own name as read (its spelling may change); never an English name in a French list
    return c.t(category) if lang != "en" and category in c.texts else r.category(lang)


def _where(r: Round, person: Standing | None, lang: str) -> str:
    c = catalog(lang)
    if r.program == FRENCH and (person is None or person.french_points <= 0):
        return c.t("rounds_view.needs_french")
    if r.program == NOMINEE and (person is None or person.nominee_points <= 0):
        return c.t("rounds_view.needs_nomination")
    if r.program not in (CEC, GENERAL, FRENCH, NOMINEE) or person is None:
        return ""
    if r.program not in (CEC, GENERAL) and person.eligible is False:
        return ""  # other programs' rounds invite people in the pool: compared only once eligible, as the verdict
    gap = person.total - r.lowest_crs
    if gap == 0:
        return c.t("rounds_view.at")
    return c.t("rounds_view.above" if gap > 0 else "rounds_view.below", points=c.count(abs(gap), "point"))


def listing(rounds: Rounds, person: Standing | None, lang: str, today: dt.date, in_quebec: bool = False
            ) -> OutMessage:
    """The short list, one line a round; `in_quebec`: the answers say Quebec, so no estimate is compared."""
    c = catalog(lang)
    person = None if in_quebec else person
    latest = latest_of_each(rounds, today)
    if not latest:
        return OutMessage(h(c.t("rounds_view.none", date=c.date(rounds.as_of))))
    lines = [f"<b>{h(c.t('rounds_view.title'))}</b>", ""]
    for r in latest:
        where = _where(r, person, lang)
        line = c.t("rounds_view.line", program=program_label(r, lang), date=c.date(r.date), cutoff=r.lowest_crs)
        line = f"{line}{c.t('rounds_view.separator')}{where}" if where else line
        lines.append(f"• {h(line)}{' *' if r.secondary else ''}")
    lines.append("")
    if in_quebec:
        lines.append(h(c.t("rounds_view.quebec", url=QUEBEC_IMMIGRATION)))
    elif person is None:
        lines.append(h(c.t("rounds_view.no_estimate")))
    else:
        planned = person.for_day is not None and person.for_day > person.on  # "what if I apply later?"
        key = "rounds_view.estimate_planned" if planned else "rounds_view.estimate"
        lines.append(h(c.t(key, total=c.number(person.total), date=c.date(person.on),
                           planned=c.date(person.for_day) if person.for_day else "")))
        if person.eligible is False:  # no round invites them yet: the figures are information only
            lines.append(h(c.t(f"rounds_view.not_eligible{'_planned' if planned else ''}")))
        if person.other not in (None, person.total):  # read as the result reads it, the other figure named
            lines.append(h(c.t(f"rounds.partner_{'coming' if person.partner_coming else 'alone'}",
                               total=c.number(person.total), other=c.number(person.other))))
    if any(r.program not in (CEC, GENERAL, FRENCH, NOMINEE) for r in latest):  # an all-program round is none
        lines.append(h(c.t("rounds_view.categories")))
    if any(r.secondary for r in latest):
        lines.append(h(c.t("rounds_view.secondary")))
    lines.append(h(c.t("rounds_view.as_of", date=c.date(rounds.as_of))))
    lines += ["", f"<i>{h(c.t('rounds.alert_footer', url=links(c.lang)['rounds']))}</i>"]
    return OutMessage("\n".join(lines))
