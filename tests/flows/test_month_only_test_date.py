"""A test date given as a month ("2025-06") is said as that month in the verdict, never as a day the person did
not give; its expiry as the earliest it can be (the careful reading takes the month's first day: RULES.md 2, a
result is valid for 2 years from the test day). Found by the reminders audit, which says the month the same way.
"""

from __future__ import annotations

from flows import conversation as talk

from .chat_steps import say

WORK = ["no", "yes", "21232", "2025-09-01", "yes", "40", "yes", "yes", "no", "yes", "no"]


def language(test_date: str, lang: str = "en") -> tuple[str, str]:
    """The verdict's first screen and its language criterion, for an IELTS (CLB 9) of `test_date`."""
    screening = talk.new_screening()
    reply = say(screening, *WORK, "IELTS GT", test_date, "8 7 7 7", "no", lang=lang)
    assert reply.result is not None
    return reply.messages[0].text, reply.result["criteria"][1]["explanation"]


def test_a_month_is_said_as_the_month_and_the_expiry_as_the_earliest_day() -> None:
    glance, criterion = language("2025-06")
    assert "Your IELTS General Training of June 2025 converts to CLB 9/9/9/9" in glance
    assert "June 1, 2025" not in glance + criterion
    assert "it expires on June 1, 2027 at the earliest (you gave only the month of the test)" in criterion


def test_the_same_in_french() -> None:
    glance, criterion = language("2025-06", "fr")
    assert "Langue :</b> votre test IELTS General Training du mois de juin 2025 correspond" in glance
    assert "1er juin 2025" not in glance + criterion
    assert "expire le 1er juin 2027 au plus tôt (vous n'avez indiqué que le mois du test)" in criterion


def test_a_full_date_is_said_as_given() -> None:
    glance, criterion = language("2025-06-15")
    assert "of June 15, 2025" in glance and "it expires on June 15, 2027." in criterion


def test_an_expired_month_is_said_expired_at_the_earliest_on_its_first_day() -> None:
    # June 2024 + 2 years: expired by November 27, 2026 whichever day of June it was.
    _, criterion = language("2024-06")
    assert "Your IELTS General Training of June 2024 expired on June 1, 2026 at the earliest" in criterion
