"""With no valid language test, the CRS message gives the score with a test at CLB 7 and 9; for someone who chats
in French or has taken a French test, also with a French test at NCLC 7, which earns the French points too
(RULES.md 3: NCLC 7+ in all four abilities, English untested: 25)."""

from __future__ import annotations

import datetime as dt

from eligibility import Profile
from eligibility.improvements import improvements
from flows.result_view import without_a_test
from flows.texts import catalog

TODAY = dt.date(2026, 12, 6)


def _profile(tests: list[dict[str, object]]) -> Profile:
    return Profile.model_validate({
        "as_of": TODAY.isoformat(), "birth_date": "1994-05-01", "marital_status": "single",
        "education": {"level": "bachelor", "in_canada": False, "eca": True},
        "jobs": [{"noc": "21232", "start": "2024-01-01", "hours_per_week": 40}],
        "language_tests": tests})


def _figures(profile: Profile) -> tuple[int, int, int]:
    found = {item.id: item.crs_after for item in improvements(profile, TODAY)}
    return found["take_all_clb7"], found["take_all_clb9"], found["french_nclc7"]


def test_in_french_the_french_tests_figure_is_said_beside_the_english_ones() -> None:
    profile = _profile([])
    clb7, clb9, french = _figures(profile)
    assert french == clb7 + 25  # the French points, English untested (RULES.md 3)
    said = without_a_test(profile, TODAY, catalog("fr"))
    assert said == ("Pas encore de test de langue valide, donc aucun point de langue. Avec un test au NCLC 7 "
                    f"dans les quatre compétences : {clb7} points en anglais, {french} en français ; au NCLC 9 : "
                    f"{clb9} en anglais.")


def test_in_english_without_any_french_test_only_the_english_figures_are_said() -> None:
    profile = _profile([])
    clb7, clb9, _ = _figures(profile)
    assert without_a_test(profile, TODAY, catalog("en")) == (
        f"No valid language test yet, so no language points. With a test at CLB 7 in all four abilities: {clb7} "
        f"points; at CLB 9: {clb9} points.")


def test_in_english_someone_whose_french_test_expired_hears_the_french_figure() -> None:
    expired_tef = {"test": "tef_canada", "date": "2024-01-10", "listening": 300, "reading": 300, "writing": 300,
                   "speaking": 300}
    profile = _profile([expired_tef])
    clb7, clb9, french = _figures(profile)
    said = without_a_test(profile, TODAY, catalog("en"))
    assert said is not None
    assert f"{clb7} points in English, {french} in French; at CLB 9: {clb9} in English." in said
    assert french > clb7
