"""Typed answers found in walkthrough round 10 (tests/e2e/test_walkthrough_round10_chat.py), one by one: what is
stored, asked or refused, through flows.conversation.handle_text (tests/flows/test_typed_answers_audit.py)."""

from __future__ import annotations

import pytest

from .test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "lang", "test"), [
    ("ielts 7 7 6.5 6", "en", "IELTS"), ("ielts 8 7 7 7", "fr", "IELTS"), ("pte 82 78 88 84", "en", "PTE"),
    ("pte 65 62 70 60", "fr", "PTE"), ("ielts 2023", "en", "IELTS"),
])
def test_a_test_named_with_its_scores_is_asked_which_version(typed: str, lang: str, test: str) -> None:
    """RULES.md 2: IELTS Academic and PTE Academic are not accepted; scores after the name do not say which one."""
    outcome = answer("test_kind", typed, lang)
    assert outcome.kind == "refused"
    assert outcome.text.startswith(f"⚠️ {test} has two versions" if lang == "en"
                                   else f"⚠️ {test} existe en deux versions")


@pytest.mark.parametrize(("typed", "value"), [
    ("ielts gt 7 7 6.5 6", "ielts_general"), ("celpip 9 9 8 8", "celpip_general"), ("tef 550 550 560 560",
                                                                                    "tef_canada"),
])
def test_a_test_named_in_full_with_its_scores_is_stored(typed: str, value: str) -> None:
    assert (answer("test_kind", typed).kind, answer("test_kind", typed).value) == ("stored", value)


@pytest.mark.parametrize(("typed", "lang", "age"), [
    ("oui ma soeur a 16 ans", "fr", 16), ("oui ma sœur a 16 ans", "fr", 16),
    ("yes my sister but she is 16", "en", 16), ("my sister, shes 16 and a citizen", "en", 16),
    ("yes (17 yo)", "en", 17), ("oui, mon frère de 15 ans", "fr", 15),
])
def test_a_sibling_under_18_is_no_yes_and_the_reply_says_why(typed: str, lang: str, age: int) -> None:
    """RULES.md 3: a brother or sister in Canada counts only at 18 or older ("oui ma sœur a 16 ans" gave 15
    points)."""
    outcome = answer("sibling", typed, lang)
    assert outcome.kind == "refused" and outcome.again
    said = f"at {age}, not yet" if lang == "en" else f"à {age} ans, pas encore"
    assert said in outcome.text


@pytest.mark.parametrize("typed", ["yes my brother is 25 and a citizen",
                                   "yes my brother has been a citizen for 5 years", "yes my brother is PR", "yes"])
def test_a_sibling_of_age_or_an_age_of_status_is_still_a_yes(typed: str) -> None:
    assert (answer("sibling", typed).kind, answer("sibling", typed).value) == ("stored", True)


def test_a_french_status_held_for_years_is_still_a_yes() -> None:
    assert answer("sibling", "oui mon frère est RP depuis 5 ans", "fr").value is True


@pytest.mark.parametrize(("typed", "lang", "choices"), [
    ("yes until jan 15 2027", "en", ["2027-01-15", "fix"]),
    ("yes, until january 15 2027", "en", ["2027-01-15", "fix"]),
    ("oui, jusqu'au 15 janvier 2027", "fr", ["2027-01-15", "fix"]),
    ("oui, jusqu'au 15 janvier 2027 (fin de mon PVT)", "fr", ["2027-01-15", "fix"]),
])
def test_a_yes_with_a_day_to_come_asks_to_confirm_the_planned_end(typed: str, lang: str,
                                                                  choices: list[str]) -> None:
    outcome = answer("job_ongoing", typed, lang)
    assert (outcome.kind, outcome.choices) == ("asked", choices)
    assert "2027" in outcome.text


def test_a_yes_with_a_month_to_come_asks_its_day() -> None:
    outcome = answer("job_ongoing", "oui jusqu'en janvier 2027", "fr")
    # (read by the harness, since session 23, as the answer stored before the end's own question: a planned end is
    # kept as an end, its day asked)
    assert (outcome.kind, outcome.value) == ("stored", False)
    assert "Quel jour de janvier 2027 cet emploi se termine-t-il ?" in outcome.text


@pytest.mark.parametrize("typed", ["yes until 2025", "yes until last week"])
def test_a_yes_with_a_day_gone_is_asked_again(typed: str) -> None:
    # merged with session 17's own reading of the same answers: a past end is asked again with how to say a
    # planned end (or "No" for a job that has ended), where it got "Please answer yes or no"
    outcome = answer("job_ongoing", typed)
    assert outcome.kind == "refused" and outcome.again
    assert "if it has already ended, tap “No”" in outcome.text or "Please answer yes or no" in outcome.text
