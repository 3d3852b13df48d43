"""An eighth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh8.tsv (200 answers, 120
English and 80 French), on the CHOICE and yes/no questions answered by typing instead of tapping: marital status
("in a common law relationship", "conjoints de fait", "en union libre avec mon chum", PACS, "never married",
"separated from my wife", "marriage annulled"), education ("two bachelors", "two masters", "MD", "GED", "some high
school", "1 year college certificate", "diplôme d'études collégiales", "AEC d'un an", "DUT en info", "brevet des
collèges"), tests and the lack of one ("haven't taken one", "j'en ai pas", "none so far", "general training"),
provinces abbreviated ("ON", "no, moving to SK", "en C.-B.", "N.-B."), and yes or no with context ("absolutely
not", "yes since 2022", "no I'm on a PGWP", "oui oui", "ben non", "idk", "je sais pas"). Written and committed
before the parsers saw it (commit 899de48), each reading set from what the person means, measured once before any
change with benchmarks/answers_corpus.py:

    before: 136 of 200 read as expected, 2 misread, 1 asked needlessly, 55 refused needlessly
    after:  184 of 200 read as expected, 0 misread, 2 asked needlessly, 10 refused needlessly

The two misread before: "absolutely not" to the Quebec question was stored as yes (a yes word negated is now a
no: "absolutely not", "definitely not", "of course not"), and "two masters" was stored as "two or more" (a master's
is above "two or more" in the CRS, RULES.md 3: two master's are the master's option). Read now, each general: two
or three degrees of one kind in the plural (two bachelor's are "two or more"; two master's or doctorates, that
degree; two diplomas stay asked again); a program's length before or after its name (1 year: one-year, 2: two-year,
3 or more: the bachelor's option); a secondary school not completed ("some high school", "secondaire non
terminé": less than secondary) or completed ("finished high school"); an entry-to-practice professional degree
("MD") in the master's option; "GED", "hs diploma", "brevet des collèges"; a one-length program with its field
("DUT en info"); common-law said with "partners", "relationship", "in a", or the partner after it; living together
(asked with why since the leftovers round 3: RULES.md does not say how long makes a common-law partner) said with a
length of a year or more ("living together 4 years, not married"; less is not read) or since a year
two or more before today's ("we live together since 2020"; the year before may be less than one); a separation
"from my wife", children "w 2 kids", a single parent; a test not held said with "one", "any" or "en" ("haven't
taken one", "j'en ai pas"), "none so far", a plain "no" to the test question; province and territory
abbreviations ("ON", "NS", "C.-B.", "N.-B.": two capitals only as typed, never "on" in lower case or in a message
all in capitals); a name followed by its own initials in brackets ("IELTS General Training (GT)"; "TEF (TEFAQ)"
stays refused); a status the question asks about said as applied for ("applied for OINP, waiting", "applied for
PR, waiting": a no; citizenship applied for is not, only a permanent resident applies for it); one brother or
sister said with a temporary status only ("my sister is here on a work permit": a no; never with a "but", a
status that counts, an age or a second sibling); a program with its length inside two credentials ("bachelors + 1
yr post grad diploma": now asked, bachelor's or two or more, as round 5 decided for "2 year diploma + bachelors").
Found on the way and fixed: "yes, Toronto" to the Quebec question was stored as yes; a yes with a place elsewhere
in Canada is now asked again.

The older corpora keep their figures: answers_corpus.tsv 422 of 422, held-out 80 of 80, fresh2 197 of 200, fresh3
190 of 200, fresh4 199 of 200, fresh6 195 of 200, places 80 of 80; fresh5 goes from 181 to 184 of 200 (two statuses
applied for, a sibling on a work permit), fresh7 from 196 to 200 of 200 (its four strict xfails on choices are
read); all with 0 misread.

Left (strict xfails below, each asked again or refused, never misread): see _LEFT.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus
from flows.places import provinces_spelled

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh8.tsv"
ENTRIES = {(e.question, e.typed): e for e in corpus.load(FRESH)}
_HEDGE = "'not really' / 'pas vraiment' is a hedge, asked again by design (answer_words._ALONE)"
_LEFT = {
    ("marital", "common law but we're getting married in june"): "a 'but' after a status is asked again",
    ("education_level", "bachelors + 1 yr post grad diploma"): "asked, bachelor's or two or more (round 5's rule)",
    ("quebec", "not really"): _HEDGE, ("certificate", "not really"): _HEDGE, ("quebec", "pas vraiment"): _HEDGE,
    ("sibling", "mon frère est là mais en permis de travail"): "a 'but' asks again, as round 3 decided",
    ("marital", "pacsés depuis 2020"): "no rule for a PACS yet (refused, not offered as buttons)",
    ("marital", "PACS"): "no rule for a PACS yet (refused, not offered as buttons)",
    ("marital", "concubinage"): "alone it may be under a year: asked again, as the French audit decided",
    ("education_level", "bac en génie"): "'bac en' is asked (secondary or bachelor's), as decided in round 3",
    ("test_kind", "tef et ielts"): "IELTS alone names no accepted test (General or Academic): asked again",
}


def test_the_eighth_fresh_corpus_is_never_misread(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 200 and sum(e.lang == "en" for e in entries) == 120
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # 187 and 7 until session 22 ("bac de 3 ans à l'UdeM": a bac said with a Canadian school is a bachelor's);
    # 189 since leftovers 10 (« en couple, pas mariés »: single or common-law, asked with the two)
    assert "Read right 189, misread 0, asked needlessly 2, refused needlessly 6" in out  # a bare "not yet": none


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_eight_is_read_as_meant(key: tuple[str, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize(("text", "spelled"), [
    ("ON", "Ontario"), ("no, moving to SK", "no, moving to Saskatchewan"), ("en C.-B.", "en Colombie-Britannique"),
    ("non, au N.-B.", "non, au Nouveau-Brunswick"), ("T.N.-O.", "Territoires du Nord-Ouest"),
    ("I am on a PGWP", "I am on a PGWP"), ("on", "on"), ("I'M ON A PGWP", "I'M ON A PGWP"),
])
def test_provinces_abbreviated_are_spelled_only_where_they_are_one(text: str, spelled: str) -> None:
    assert provinces_spelled(text) == spelled


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    ("job_authorized", "absolutely not", "en", False), ("quebec", "of course not", "en", False),
    ("education_level", "3 bachelors", "en", "two_or_more"),
    ("spouse_education", "deux doctorats", "fr", "doctoral"),
    ("education_level", "high school not finished", "en", "less_than_secondary"),
    ("education_level", "diploma 3 years", "en", "bachelor"), ("test_kind", "i don't have one", "en", "none"),
    ("spouse_test_kind", "no", "en", "none"), ("education_where", "NB", "en", "canada"),
    ("quebec", "NO, ON", "en", False), ("marital", "we're in a common law relationship", "en", "common_law"),
    ("spouse_citizen", "elle a fait une demande de résidence permanente", "fr", False),
    ("marital", "common law (CL)", "en", "common_law"), ("sibling", "mon frère est là sur un PTPD", "fr", False),
])
def test_the_new_general_readings(question: str, typed: str, lang: str, stored: object) -> None:
    outcome = answer(question, typed, lang)
    assert (outcome.kind, outcome.value) == ("stored", stored)


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # a yes with a place elsewhere, a yes word negated with more after it, counts of no single level, a diploma
    # counted without a length, lower-case "on", living together under a year, a partner beside "single"
    ("quebec", "yes, Toronto", "en"), ("quebec", "oui, Ontario", "fr"), ("quebec", "yes, ON", "en"),
    ("quebec", "yes not", "en"), ("quebec", "I'M ON A PGWP", "en"), ("education_level", "two diplomas", "en"),
    ("education_level", "2 diploma", "en"), ("education_level", "two degrees", "en"),
    ("education_level", "deux DEC", "fr"), ("education_level", "two masters in progress", "en"),
    ("education_level", "some university", "en"), ("education_where", "on campus", "en"),
    ("marital", "living together 6 months", "en"), ("marital", "living together 0 years", "en"),
    ("marital", "single with my boyfriend", "en"), ("marital", "pas marié", "fr"),
    ("test_kind", "I haven't taken TEF Canada yet", "en"),
    # citizenship applied for (a permanent resident's), a nomination awaited with no application, a bracket that
    # names another test
    ("spouse_citizen", "applied for citizenship, waiting", "en"), ("nomination", "waiting for OINP", "en"),
    ("nomination", "applied for PR", "en"), ("test_kind", "TEF (TEFAQ)", "en"),
    ("test_kind", "IELTS (Academic)", "en"), ("sibling", "my brother is PR, my sister on a work permit", "en"),
    ("sibling", "my wife's brother is on a work permit", "en"),
    ("sibling", "my sister but she's on study permit", "en"), ("marital", "we live together since 2025", "en"),
    ("marital", "we live together since 2026", "en"),
    # living together for a year or more, read as common-law until the leftovers round 3: RULES.md does not say how
    # long makes a common-law partner, so it is asked with why (err.marital_together), as a shorter time was
    ("marital", "on vit ensemble depuis 2019", "fr"), ("marital", "we live together since 2020", "en"),
    ("marital", "living together 4 years, not married", "en"),
])
def test_neighbours_of_the_new_readings_are_never_stored(question: str, typed: str, lang: str) -> None:
    assert answer(question, typed, lang).kind in ("refused", "asked")


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_eight(key: tuple[str, str], request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]
