"""Refusals at the partner's questions said "your result", "your report", "if you have no other result" (played by
hand, session 19: "ielts" and "6.5 overall" typed for a wife's test): now in the partner's words, in both
languages; the person's own questions keep theirs."""

from __future__ import annotations

import pytest

from tests.flows.test_typed_answers_audit import answer


@pytest.mark.parametrize(("question", "typed", "lang", "said"), [
    ("spouse_test_kind", "ielts", "en", "If your spouse's or partner's result is IELTS General Training"),
    ("spouse_test_kind", "pte", "en", "If your spouse's or partner's result is PTE Core"),
    ("spouse_test_kind", "toefl", "en", "if your spouse or partner has no other result"),
    ("spouse_test_kind", "ielts", "fr", "Si le résultat de votre époux ou conjoint de fait est IELTS General"),
    ("spouse_test_kind", "toefl", "fr", "si votre époux ou conjoint de fait n'a aucun autre résultat"),
])
def test_the_partners_test_question_speaks_of_the_partner(question: str, typed: str, lang: str, said: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and said in outcome.text, outcome.text


@pytest.mark.parametrize(("typed", "said"), [
    ("ielts", "If your result is IELTS General Training"), ("toefl", "if you have no other result")])
def test_the_persons_own_question_is_unchanged(typed: str, said: str) -> None:
    assert said in answer("test_kind", typed).text


@pytest.mark.parametrize(("typed", "lang", "said"), [
    ("6.5 overall", "en", "That looks like your spouse's or partner's overall IELTS score"),
    ("6,5 global", "fr", "Cela ressemble au résultat global IELTS de votre époux ou conjoint de fait"),
])
def test_an_overall_score_for_the_partner_speaks_of_the_partner(typed: str, lang: str, said: str) -> None:
    import datetime as dt

    from benchmarks import answers_corpus
    from flows import conversation

    screening = answers_corpus._waiting_at("spouse_scores", "ielts_general")
    assert screening.state == "spouse_listening"
    reply = conversation.handle_text(screening, typed, lang, dt.date(2026, 12, 7))
    assert reply.error and said in reply.messages[0].text, reply.messages[0].text
