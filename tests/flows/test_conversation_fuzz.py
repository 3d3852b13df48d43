"""Random users: whatever they type or press, in any order, the conversation never breaks."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from flows import conversation as talk
from flows.machine import CHECKPOINTS, STATES

TODAY = dt.date(2026, 11, 27)
TYPED = ["yes", "no", "oui", "non", "1", "2", "3", "7", "0", "21232", "63200", "65200", "00012", "2123",
         "2024-03-15", "2025-09", "2019-01-01", "15/03/2024", "2030-01-01", "40", "37,5", "20", "forty", "169",
         "6.5", "8", "9", "12", "13", "450", "699", "1995-04-23", "34", "ielts", "celpip", "tef", "none",
         "married", "single", "bachelor", "", "   ", "🙂", "<b>x</b>", "a" * 500, "software developer", "cook",
         "serveuse", "March 2024", "15 mars 2024", "not sure", "je ne sais pas", "8 7 7 7", "L8 R7 W6.5 S7",
         "٤٠", "፩", "IELTS Academic", "5 years", "0"]


def press_something(rng: random.Random, screening: talk.Screening, reply: talk.Reply) -> talk.Reply:
    buttons = [b for m in reply.messages for row in m.buttons for b in row]
    if not buttons:
        return talk.show(screening, "en", TODAY)
    data = rng.choice(buttons).data
    kind, _, rest = data.partition("|")
    if kind == "a":
        key, _, value = rest.partition("|")
        return talk.handle_button(screening, key, value, "en", TODAY) or talk.show(screening, "en", TODAY)
    if kind == "back":
        return talk.go_back(screening, "en", TODAY)
    if kind == "edit":
        question, _, index = rest.partition("|")
        return talk.edit(screening, question, int(index), "en", TODAY)
    if kind == "remove":
        what, _, place = rest.partition("|")
        index, _, ident = place.partition("|")
        return talk.remove_item(screening, what, int(index), "en", TODAY, ident)
    if kind in ("pick", "teer", "retype"):
        key, _, value = rest.partition("|")
        return talk.handle_picker(screening, kind, key, value, "en", TODAY) or talk.show(screening, "en", TODAY)
    if kind == "plan":
        return talk.plan(screening, rest, "fr", TODAY) or talk.show(screening, "en", TODAY)
    return talk.summary(screening, "en") if rest == "summary" else talk.show(screening, "en", TODAY)


@pytest.mark.parametrize("seed", range(40))
def test_random_users_never_break_the_conversation(seed: int) -> None:
    rng = random.Random(seed)
    screening = talk.new_screening()
    reply = talk.show(screening, "en", TODAY)
    for _ in range(150):
        roll = rng.random()
        if roll < 0.45:
            reply = talk.handle_text(screening, rng.choice(TYPED), rng.choice(["en", "fr"]), TODAY)
        elif roll < 0.85:
            reply = press_something(rng, screening, reply)
        elif roll < 0.93:
            reply = talk.go_back(screening, "en", TODAY)
        else:
            reply = talk.summary(screening, "fr")
        assert screening.state in STATES
        assert 0 <= screening.position["job"] < len(screening.answers["jobs"])
        assert 0 <= screening.position["test"] < len(screening.answers["tests"])
        assert reply.messages and all(m.text for m in reply.messages)
        assert all(len(b.data.encode()) <= 64 for m in reply.messages for row in m.buttons for b in row)
        if screening.state in CHECKPOINTS:  # a result is always computable from what was accepted
            assert talk.result_for(screening, "en", TODAY)["verdict"] in ("eligible", "not_yet_eligible",
                                                                           "not_eligible")
