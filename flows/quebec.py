"""Someone who will live in Quebec is told at once (RULES.md §8), kindly, and pointed to Quebec's own route.

The Canadian Experience Class is for people who plan to live outside Quebec; Quebec selects its skilled workers
itself (PSTQ, a profile in Arrima). So right after "yes, I will live in Quebec" the person reads that, with
Quebec's link and two buttons: "I plan to live elsewhere in Canada" (the screening goes on) or "I understand"
(it stops there: no verdict, CRS, plan, chart or reminder is offered). Their answers are kept, so a change of
plans later goes on where they were. Nothing here suggests saying they will move: the intent must be real.
"""

from __future__ import annotations

from flows.replies import Button, OutMessage, Reply, h
from flows.texts import catalog

QUESTION = "quebec"
ELSEWHERE = "no"  # the button's value: the quebec question answered "no" (living elsewhere in Canada)
# Quebec's official immigration home (RULES.md §8), the same page in English and French. Kept here rather than in
# eligibility/data/links.json: a data edit there means a new rules version, and this is not a rule.
QUEBEC_IMMIGRATION = "https://www.quebec.ca/immigration"
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


def understood(key: str, lang: str) -> Reply:
    """After "I understand": a kind close; the answers stay, and one button if plans change."""
    c = catalog(lang)
    return Reply([OutMessage(h(c.t("quebec_step.closing")), _buttons(key, lang, with_understood=False))],
                 changed=False)
