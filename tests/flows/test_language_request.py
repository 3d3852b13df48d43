"""A language asked for in words, as people type it on a phone, and what is left to the question."""

from __future__ import annotations

import pytest

from flows.language_request import greets, language_asked, thanks
from flows.texts import catalog
from tests.flows.test_typed_answers_audit import answer

_FRENCH_ASKED = ["en français svp", "en francais stp", "Francais", "français SVP", "french please", "French pls",
                 "in french", "in French please", "can we speak french", "can we do this in french?",
                 "do you speak french", "Parlez-vous français ?", "parles tu francais", "vous parlez français?",
                 "je parle français", "je prefere le francais", "je veux parler en français", "version française",
                 "switch to french", "change language to french", "Bonjour", "bonjour!", "salut", "Allo",
                 "bonsoir madame", "coucou"]
_ENGLISH_ASKED = ["english please", "English", "in english", "en anglais svp", "anglais SVP",
                  "can we speak english", "do you speak english?", "i don't speak french",
                  "I dont understand french", "switch to english",
                  "je préfère l'anglais", "parlez vous anglais", "Hello", "hi", "hey there", "good morning"]
# Not a request for the chat's language: answers, or too much else said.
_NOT_ASKED = ["french teacher", "je suis prof de français", "tef", "yes", "oui", "non", "french and english",
              "bonjour je travaille comme cuisinier depuis 2022", "fr 2023", "I speak french and english",
              "english teacher at a french school", ""]


@pytest.mark.parametrize("typed", _FRENCH_ASKED)
def test_french_asked_for_in_an_english_chat(typed: str) -> None:
    assert language_asked(typed, "en", "quebec") == "fr"
    assert language_asked(typed, "fr", "quebec") is None  # already French: the question reads it


@pytest.mark.parametrize("typed", _ENGLISH_ASKED)
def test_english_asked_for_in_a_french_chat(typed: str) -> None:
    assert language_asked(typed, "fr", "job_hours") == "en"
    assert language_asked(typed, "en", "job_hours") is None


@pytest.mark.parametrize("typed", _NOT_ASKED)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_answers_are_left_to_the_question(typed: str, lang: str) -> None:
    assert language_asked(typed, lang, "job_occupation") is None


@pytest.mark.parametrize(("typed", "lang"), [("french", "en"), ("Français", "en"), ("anglais", "fr"),
                                             ("english", "fr")])
@pytest.mark.parametrize("question", ["test_kind", "test_more", "spouse_test_kind"])
def test_a_language_named_at_a_test_question_answers_it(typed: str, lang: str, question: str) -> None:
    # "Which test?" "french": a French test, not the chat's language
    assert language_asked(typed, lang, f"{question}:0") is None


@pytest.mark.parametrize(("typed", "lang", "wanted"), [("french please", "en", "fr"), ("in english", "fr", "en")])
def test_a_whole_request_is_taken_at_a_test_question_too(typed: str, lang: str, wanted: str) -> None:
    assert language_asked(typed, lang, "test_kind:0") == wanted


@pytest.mark.parametrize(("typed", "lang", "key"), [
    ("french", "en", "err.test_which_french"), ("a french one", "en", "err.test_which_french"),
    ("the french test", "en", "err.test_which_french"), ("test de francais", "fr", "err.test_which_french"),
    ("Français", "fr", "err.test_which_french"), ("english", "en", "err.test_which_english"),
    ("english test", "en", "err.test_which_english"), ("le test d'anglais", "fr", "err.test_which_english"),
    ("anglais", "fr", "err.test_which_english")])
def test_a_test_named_by_its_language_offers_its_tests(typed: str, lang: str, key: str) -> None:
    outcome = answer("test_kind", typed, lang)
    assert outcome.kind == "refused"
    tests = ("TEF Canada", "TCF Canada") if "french" in key else ("IELTS General Training", "CELPIP-General",
                                                                 "PTE Core")
    expected = catalog(lang).t(key, **dict(zip(("first", "second", "third"), tests, strict=False)))
    assert expected in outcome.text


def test_the_partners_test_named_by_its_language_says_partner() -> None:
    outcome = answer("spouse_test_kind", "french", "en")
    assert outcome.kind == "refused"
    assert catalog("en").t("err.test_which_french_spouse", first="TEF Canada", second="TCF Canada") in outcome.text


@pytest.mark.parametrize(("typed", "lang"), [("hello", "en"), ("Hi!", "en"), ("hey there", "en"),
                                             ("good morning", "en"), ("Bonjour", "fr"), ("salut", "fr"),
                                             ("allo", "fr"), ("bonsoir madame", "fr")])
def test_a_greeting_in_the_chats_language_is_greeted(typed: str, lang: str) -> None:
    assert greets(typed, lang)
    assert language_asked(typed, lang, "quebec") is None  # no switch: it is already that language


@pytest.mark.parametrize(("typed", "lang"), [("hello i worked as a cook", "en"), ("hi 40", "en"), ("oui", "fr"),
                                             ("bonjour je suis cuisinier", "fr"), ("yes", "en")])
def test_an_answer_with_a_greeting_is_left_to_the_question(typed: str, lang: str) -> None:
    assert not greets(typed, lang)


@pytest.mark.parametrize("text", ["thanks", "Thanks!", "thank you", "ok thanks", "thx", "merci", "Merci beaucoup!",
                                  "merci bcp", "super merci", "thank you so much", "great thanks"])
def test_thanks_alone(text: str) -> None:
    assert thanks(text)


@pytest.mark.parametrize("text", ["thanks, but i was a cook", "no thanks", "merci, 40 heures", "yes", "ty 40",
                                  "thank you, my wife is coming"])
def test_thanks_with_an_answer_is_an_answer(text: str) -> None:
    assert not thanks(text)
