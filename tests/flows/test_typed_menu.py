"""Options of a result typed in words (session 21, a cook's chat played by hand: "when can i apply?" and "what
is my crs" under his result got "There is no question waiting for an answer right now")."""

from __future__ import annotations

import pytest

from flows.replies import Button
from flows.texts import catalog
from flows.typed_menu import pressed


def verdict_menu(lang: str) -> list[Button]:
    c = catalog(lang)
    return [Button(c.t("results.details"), "cmd|details"), Button(c.t("button.crs", count=9), "a|verdict|crs"),
            Button(c.t("button.summary"), "cmd|summary"), Button(c.t("button.restart"), "cmd|restart"),
            Button(c.t("plan.button"), "plan|choose"), Button(c.t("charts.button_hours"), "chart|hours"),
            Button(c.t("reminders.button"), "rem|offer")]


def crs_menu(lang: str) -> list[Button]:
    c = catalog(lang)
    return [Button(c.t("improvements.view.button"), "raise|top"), Button(c.t("rounds.alert_button"), "ralert|on"),
            Button(c.t("rounds_view.button"), "rounds|list"), Button(c.t("charts.button_hours"), "chart|hours"),
            Button(c.t("charts.button_crs"), "chart|crs"),
            Button(c.t("button.summary"), "cmd|summary"), Button(c.t("plan.button"), "plan|choose")]


@pytest.mark.parametrize(("typed", "data"), [
    ("what is my crs", "a|verdict|crs"), ("my crs score?", "a|verdict|crs"), ("CRS", "a|verdict|crs"),
    ("how many points do i have", "a|verdict|crs"), ("estimate", "a|verdict|crs"),
    ("when can i apply?", "plan|choose"), ("what if i apply later", "plan|choose"), ("later", "plan|choose"),
    ("when will i be eligible", "plan|choose"), ("details", "cmd|details"), ("more details pls", "cmd|details"),
    ("why?", "cmd|details"), ("show me the chart", "chart|hours"), ("hours chart", "chart|hours"),
    ("review my answers", "cmd|summary"), ("i want to change my answers", "cmd|summary"),
    ("remind me", "rem|offer"), ("Details", "cmd|details"),
])
def test_english_words_press_the_option_shown(typed: str, data: str) -> None:
    assert pressed(typed, verdict_menu("en")) == data


@pytest.mark.parametrize(("typed", "data"), [
    ("c'est quoi mon score", "a|verdict|crs"), ("mon scg", "a|verdict|crs"),
    ("combien de points", "a|verdict|crs"),
    ("quand puis-je faire ma demande?", "plan|choose"), ("et si je présente ma demande plus tard", "plan|choose"),
    ("plus de détails svp", "cmd|details"), ("pourquoi", "cmd|details"), ("le graphique", "chart|hours"),
    ("revoir mes réponses", "cmd|summary"), ("rappels", "rem|offer"),
])
def test_french_words_press_the_option_shown(typed: str, data: str) -> None:
    assert pressed(typed, verdict_menu("fr")) == data


@pytest.mark.parametrize(("typed", "data"), [
    ("latest rounds", "rounds|list"), ("last draw", "rounds|list"), ("cut off", "rounds|list"),
    ("how can i improve my score", "raise|top"), ("raise my score", "raise|top"),
    ("derniers tirages", "rounds|list"),
    ("améliorer mon score", "raise|top"),
])
def test_after_the_crs(typed: str, data: str) -> None:
    assert pressed(typed, crs_menu("fr" if "é" in typed or "tirages" in typed else "en")) == data


@pytest.mark.parametrize("typed", [
    "thanks", "ok", "yes", "no", "delete", "2023-05-01", "40", "i got married", "", "👍", "merci beaucoup",
])
def test_what_names_no_option_is_left_alone(typed: str) -> None:
    assert pressed(typed, verdict_menu("en")) is None
    assert pressed(typed, crs_menu("en")) is None


def test_a_word_that_fits_two_options_presses_neither() -> None:
    # after the CRS, "my crs" may mean its chart or raising it: answered as before, never a guess
    assert pressed("my crs", crs_menu("en")) is None
    assert pressed("chart", crs_menu("en")) is None  # the hours' chart or the score's
    assert pressed("crs chart", crs_menu("en")) == "chart|crs"
    assert pressed("chart", verdict_menu("en")) == "chart|hours"  # the only chart shown under a verdict


def test_a_label_typed_presses_its_button() -> None:
    # "Start over" is its button's own words: it presses it, and the button asks to confirm before erasing
    assert pressed("start over", verdict_menu("en")) == "cmd|restart"
    assert pressed("Recommencer", verdict_menu("fr")) == "cmd|restart"
