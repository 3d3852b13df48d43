"""How people say whether they were full-time students during a job (probes of session 19): part-time studies,
studies ended before the job, and a co-op job said as one's own were refused with "yes or no"."""

from __future__ import annotations

import pytest

from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("i was doing my masters part time", "en", False), ("part time studies", "en", False),
    ("i graduated before starting", "en", False), ("already graduated", "en", False),
    ("j'avais déjà fini mes études", "fr", False), ("it was my coop job", "en", True),
    ("my co-op job", "en", True), ("c'était mon stage coop", "fr", True),
])
def test_a_student_status_said_in_words_is_read(typed: str, lang: str, stored: bool) -> None:
    outcome = answer("job_student", typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)
