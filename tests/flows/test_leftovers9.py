"""Leftovers 9: known gaps left by earlier sessions (tests/e2e/test_leftovers9_chat.py plays them in the chat).

1. A job title typed alone to "Have you had a paid job in Canada?" ("psw", "cook", « caissière », "rn"). Probed 64
   phrasings written before the code was read (40 of them a title alone, in English and French as typed on a
   phone): the 33 titles alone were all refused with "Please answer yes or no" (only a title with a yes, "I work
   as" or a place of work, "cashier at walmart", was carried). Now a title alone is a yes, and the occupations
   closest to it are offered to tap, as "yes psw" was, but only when the finder is sure of it and the words are
   no yes, no no, no doubt and no other question's subject: "later", "married" (the finder is sure of both: platers,
   railway workers), "student", "pgwp", « aide » (help), "none", "intern", « stagiaire », "hospital" are asked again
   as before, and so are words found only once the finder corrected their spelling (« annuler » and « supprimer »
   found annealers: each word of a title alone must be a word of an official title or of the everyday titles'
   table as typed). At "another job?" a title alone is still asked again (it may be the first job named again).
"""

from __future__ import annotations

import pytest

from flows import conversation as talk
from flows.undo import public

from .test_typed_answers_audit import TODAY, waiting_at


def _typed_at(question_id: str, typed: str, lang: str) -> tuple[talk.Reply, dict[str, object], str]:
    screening = waiting_at(question_id)
    reply = talk.handle_text(screening, typed, lang, TODAY)
    return reply, public(screening.answers), screening.state


def _offered(reply: talk.Reply) -> list[str]:
    return [b.data.rsplit("|n", 1)[1] for m in reply.messages for row in m.buttons or [] for b in row
            if b.data.startswith("a|job_occupation:0|n")]


# -- 1. a title alone at "a paid job in Canada?" ------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "among"), [
    ("psw", "en", "33102"), ("cook", "en", "63200"), ("line cook", "en", "63200"), ("Cook.", "en", "63200"),
    ("cook!", "en", "63200"), ("cashier", "en", "65100"), ("rn", "en", "31301"), ("registered nurse", "en", "31301"),
    ("truck driver", "en", "73300"), ("barista", "en", "65201"), ("welder", "en", "72106"),
    ("electrician", "en", "72200"), ("software engineer", "en", "21231"), ("data analyst", "en", None),
    ("forklift operator", "en", None), ("dishwasher", "en", "65201"), ("nanny", "en", "44100"),
    ("uber driver", "en", None), ("cook in toronto", "en", "63200"), ("construction worker", "en", None),
    ("caissière", "fr", "65100"), ("caissiere", "fr", "65100"), ("cuisinier", "fr", "63200"),
    ("préposée aux bénéficiaires", "fr", "33102"), ("pab", "fr", "33102"), ("infirmiere", "fr", "31301"),
    ("serveuse", "fr", "65200"), ("commis d'epicerie", "fr", None), ("camionneur", "fr", "73300"),
    ("soudeur", "fr", "72106"), ("developpeur", "fr", "21232"), ("educatrice en garderie", "fr", None),
])
def test_a_title_alone_is_a_yes_with_its_occupations_to_tap(typed: str, lang: str, among: str | None) -> None:
    reply, answers, state = _typed_at("canadian_work", typed, lang)
    assert not reply.error and answers["canadian_work"] is True and state == "job_occupation"
    offered = _offered(reply)
    assert offered, reply.messages[-1].text  # the person taps the occupation: never chosen for them
    assert among is None or among in offered, offered
    assert "job_occupation" not in answers["jobs"][0]


@pytest.mark.parametrize(("typed", "lang"), [
    ("later", "en"), ("married", "en"), ("student", "en"), ("pgwp", "en"), ("full time", "en"), ("idk", "en"),
    ("maybe", "en"), ("ielts", "en"), ("2 years", "en"), ("toronto", "en"), ("help", "en"), ("none", "en"),
    ("intern", "en"), ("hospital", "en"), ("mariée", "fr"), ("plus tard", "fr"), ("peut-etre", "fr"),
    ("etudiant", "fr"), ("montreal", "fr"), ("aide", "fr"), ("stagiaire", "fr"), ("travailleur", "fr"),
    ("ouvrier", "fr"),
    # found only once the finder corrected their spelling (annealers): words of no title, as typed
    ("annuler", "fr"), ("supprimer", "fr"), ("oublier", "fr"), ("recommencer", "fr"), ("restart", "en"),
    ("customer service rep", "en"),  # "rep" is no word of a title as typed: asked as before (a yes then the title)
])
def test_words_alone_that_are_no_sure_title_are_asked_again(typed: str, lang: str) -> None:
    reply, answers, state = _typed_at("canadian_work", typed, lang)
    assert reply.error and state == "canadian_work" and "canadian_work" not in answers
    assert not _offered(reply)


@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("yes", "en", True), ("no", "en", False), ("nope", "en", False), ("sure", "en", True), ("oui", "fr", True),
    ("non", "fr", False), ("only weekends", "en", True),
])
def test_yes_and_no_are_read_as_before(typed: str, lang: str, stored: bool) -> None:
    reply, answers, _ = _typed_at("canadian_work", typed, lang)
    assert not reply.error and answers["canadian_work"] is stored and not _offered(reply)


@pytest.mark.parametrize("typed", ["cook", "cashier", "psw"])
def test_a_title_alone_to_another_job_is_still_asked_as_yes_or_no(typed: str) -> None:
    reply, answers, state = _typed_at("job_more", typed, "en")
    assert reply.error and state == "job_more" and "job_more" not in answers["jobs"][0]
