"""The verdict on the answers so far, by the same engine as `assess`, read carefully and favourably.

Answers that are not exact (a month without its day, "not sure") are read both ways. The careful
reading is the verdict; when the favourable one gives another verdict, day or CRS, the result says which
answers decide it, so the person is asked for them instead of being told a guess.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eligibility import Profile, ScreeningProfile, assess
from eligibility.rounds import Rounds
from flows.profile_builder import ALL, NONE, Favour, Place, build_profile, is_approximate
from flows.questions import Answers


def approximate_answers(answers: Answers) -> list[Place]:
    """Every answer that is a month without its day, or "not sure"."""
    places: list[Place] = []
    for kind in ("jobs", "tests"):
        for index, item in enumerate(answers.get(kind, [])):
            places += [(key, index) for key, value in item.items() if is_approximate(key, value)]
    if is_approximate("spouse_test_date", answers.get("spouse_test_date")):
        places.append(("spouse_test_date", 0))
    return places


def _assess(answers: Answers, as_of: dt.date, lang: str, favour: Favour, rounds: Rounds | None = None
            ) -> dict[str, Any]:
    raw = build_profile(answers, as_of, favour)
    model = Profile if "birth_date" in raw or "age" in raw else ScreeningProfile
    return assess(model.model_validate(raw, strict=False), lang, rounds)


def outcome(result: dict[str, Any]) -> tuple[Any, ...]:
    """What a person acts on: the verdict, the day they qualify, the CRS total."""
    return result["verdict"], result["eligible_on"], (result.get("crs") or {}).get("total")


def result_for_answers(answers: Answers, as_of: dt.date, lang: str, rounds: Rounds | None = None
                       ) -> dict[str, Any]:
    """The careful verdict, with `approximate` when some answers are not exact; compared with `rounds` (the
    front end's latest, else the shipped seed)."""
    careful = _assess(answers, as_of, lang, NONE, rounds)
    places = approximate_answers(answers)
    if not places:
        return careful
    favourable = _assess(answers, as_of, lang, ALL)
    decisive = outcome(careful) != outcome(favourable)
    # The answers that change the outcome on their own; when none does alone, they decide it together.
    deciding = [place for place in places if decisive
                and outcome(_assess(answers, as_of, lang, frozenset([place]))) != outcome(careful)]
    careful["approximate"] = {
        "answers": [list(place) for place in places],
        "decisive": decisive,
        "deciding": [list(place) for place in (deciding or places)] if decisive else [],
        "favourable": {"verdict": favourable["verdict"], "eligible_on": favourable["eligible_on"],
                       "qualifying_hours": favourable["qualifying_hours"],
                       "crs_total": (favourable.get("crs") or {}).get("total")},
    }
    return careful
