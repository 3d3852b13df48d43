"""An answer that can be read two ways is shown both ways as buttons; one tap stores the reading meant."""

from __future__ import annotations

import datetime as dt

import pytest

from flows import conversation as talk
from flows.answer_words import wants_back
from flows.machine import Screening
from flows.parsing import Ambiguous, parse_date

from .test_typed_answers_audit import answer

TODAY = dt.date(2026, 11, 27)


def say(screening: Screening, *answers: str, lang: str = "en") -> talk.Reply:
    reply = talk.show(screening, lang, TODAY)
    for text in answers:
        reply = talk.handle_text(screening, text, lang, TODAY)
    return reply


def choices(reply: talk.Reply) -> dict[str, str]:
    last = reply.messages[-1]
    return {b.label: b.data for row in last.buttons or [] for b in row}


def test_a_day_and_month_that_can_be_swapped_are_offered_as_two_days() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232", "05/03/2024")
    assert reply.error and "job_start" not in screening.answers["jobs"][0]
    assert "can read “05/03/2024” in more than one way" in reply.messages[-1].text
    offered = choices(reply)
    assert list(offered) == ["March 5, 2024", "May 3, 2024"]
    key, value = offered["May 3, 2024"].split("|")[1:]
    talk.handle_button(screening, key, value, "en", TODAY)
    assert screening.answers["jobs"][0]["job_start"] == "2024-05-03" and screening.state == "job_ongoing"


def test_scores_whose_commas_may_be_decimals_are_confirmed_before_they_are_stored() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "no", "IELTS General Training", "2025-06-01", "7,5 7,5", lang="fr")
    assert "test_listening" not in screening.answers["tests"][0]
    assert "« 7,5 7,5 »" in reply.messages[-1].text
    offered = choices(reply)
    assert list(offered) == ["Comp. orale 7 · Comp. écrite 5 · Exp. écrite 7 · Exp. orale 5"]
    key, value = next(iter(offered.values())).split("|")[1:]
    talk.handle_button(screening, key, value, "fr", TODAY)
    test = screening.answers["tests"][0]
    assert [test[f"test_{a}"] for a in ("listening", "reading", "writing", "speaking")] == [7, 5, 7, 5]


def test_commas_between_scores_with_half_bands_are_stored_as_typed() -> None:
    screening = talk.new_screening()
    say(screening, "no", "no", "IELTS General Training", "2025-06-01", "6.5,6.5,6,5.5")
    test = screening.answers["tests"][0]
    assert [test[f"test_{a}"] for a in ("listening", "reading", "writing", "speaking")] == [6.5, 6.5, 6, 5.5]


def test_a_refusal_says_how_to_change_the_answer_before() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232", "since covid")
    assert "send /back" in reply.messages[0].text


def test_a_refusal_quotes_what_was_typed_when_its_sentence_does_not() -> None:
    screening = talk.new_screening()
    # "full time" alone is asked about since leftovers 7 (its message quotes it): "8 hours a day" is refused
    reply = say(screening, "no", "yes", "21232", "2024-01-01", "yes", "8 hours a day")
    assert reply.messages[0].text.startswith("⚠️ That reads as hours a day, a month or a year")
    assert "(You wrote “8 hours a day”.) To change your previous answer instead, send /back." \
        in reply.messages[0].text
    french = say(talk.new_screening(), "non", "peut-être", lang="fr")  # Quebec has "not sure": this one has not
    assert "(Vous avez écrit « peut-être ».)" in french.messages[0].text


def test_every_day_typed_day_first_or_month_first_is_stored_exactly_or_asked() -> None:
    day, asked = dt.date(2023, 1, 1), 0
    while day <= TODAY:
        for text in (f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.month}/{day.day}/{day.year}",
                     f"{day.day}.{day.month}.{day.year}"):
            try:
                assert parse_date(text, "start", TODAY) == day.isoformat(), text
            except Ambiguous as error:
                assert day.isoformat() in error.choices and len(error.choices) == 2, text
                asked += 1
        day += dt.timedelta(days=1)
    assert 0 < asked < 3 * 12 * 12 * 4  # only where both orders are possible days: at most 12 a month
    with pytest.raises(Ambiguous):
        parse_date("05/03/2024", "start", TODAY)


@pytest.mark.parametrize(("text", "back"), [("back", True), ("oops no, go back", True), ("retour", True),
                                            ("oups, je veux revenir", True), ("back office clerk", False),
                                            ("backend developer", False), ("no", False), ("go", False)])
def test_going_back_is_words_of_going_back_only(text: str, back: bool) -> None:
    assert wants_back(text) is back


@pytest.mark.parametrize(("typed", "lang"), [("yes", "en"), ("Yes", "en"), ("yep", "en"), ("oui", "fr"),
                                             ("Ouais", "fr")])
def test_a_plain_yes_to_the_canadian_credential_asks_which_of_the_two_yes(typed: str, lang: str) -> None:
    """Walkthrough round 5: "yes" alone names neither "a one- or two-year credential" nor "3+ years, master's...":
    both are offered, where it was refused with "for example “No”"."""
    outcome = answer("canadian_credential", typed, lang)
    assert (outcome.kind, outcome.choices) == ("asked", ["one_or_two_year", "three_year_plus"]), outcome


@pytest.mark.parametrize(("typed", "stored"), [("no", "none"), ("yes 2 yr college diploma", "two_year"),
                                               ("yes masters from UofT", "three_year_plus")])
def test_a_yes_or_no_with_what_it_is_is_still_read_at_once(typed: str, stored: str) -> None:
    outcome = answer("canadian_credential", typed)
    assert (outcome.kind, outcome.value) == ("stored", stored), outcome
