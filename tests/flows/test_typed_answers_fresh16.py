"""A sixteenth fresh evaluation round of typed answers: tests/fixtures/answers_corpus_fresh16.tsv (263 answers,
142 English and 121 French), aimed at the classes after round 15's: a yes/no or a choice answered with what
another person has ("my wife has one", "not me but my husband", "ma femme oui, moi non"), quantities with a doubt
("around 38 maybe 40"), corrections inside one message, one answer for two jobs or two people ("both 40h", "me
29, wife 27"), a number where a date is asked and the other way round, hedges and "not yet" beside a keyword.
Written and committed before the parsers were read (commit cc33afe), measured once before any change with
benchmarks/answers_corpus.py:

    before: 101 of 263 read as expected, 3 misread, 12 asked needlessly, 139 refused needlessly
    after:  Read right 118, misread 0, asked needlessly 12, refused needlessly 125

The corpus found 3 misreads: "my wife has one" to "Do you also have a Canadian post-secondary diploma?" was
stored as the person's one- or two-year credential, and years of work in two places abroad ("2 yrs in manila + 1
yr in dubai", "1 an au maroc et 1 an en france") kept only the first place's. Playing the first class by hand then
found the same misread on every question about the person or about the partner: "my wife has a masters", "she
has a masters", "ma femme a un master" stored as the person's education, "my wife did celpip" as the person's
test, "my wife has 3 years" as the person's foreign work, "my wife has an ECA" as the person's ECA, "i have a
bachelors, my wife has a masters" as a master's; and the other way round "j'ai un master", "I did celpip", "j'ai
3 ans" stored as the partner's. Each part said of the other person is now set aside (flows/whose.py): what is
left is read ("not me, my wife does" is a no, "me 40, my wife 30" is 40), and when nothing is left the question is
asked again with why (err.other_person, err.partner_not_own). Playing the other classes by hand (about 300 answers)
found a yes or a no turned by what follows it and stored as plain: "no hourly, commission" as unpaid, "no, on
leave" and "no, contract ended, renewed" as a job ended, "yes, in 2012" as a job in the last 10 years
(err.yes_too_long_ago), "yes, refugee claimant" and "yes, pr" as temporary resident status, "yes, tomorrow" as
another test result, "yes, university degree" and "yes, forklift licence" as a trade certificate, "yes,
withdrawn", "yes, federal", "yes, CRS 500" as a provincial nomination, "yes eventually" as a partner who comes:
each is now asked again. No other corpus moved but fresh15 (225 -> 226: "2 ans au liban puis 1 an ici").

The answers still not read as the corpus meant are refused or asked (nothing stored), each left below as a
strict xfail.
"""

from __future__ import annotations

import pytest

from benchmarks import answers_corpus as corpus

from .test_typed_answers_audit import answer

FRESH = corpus.ROOT / "tests" / "fixtures" / "answers_corpus_fresh16.tsv"
ENTRIES = {(e.lang, e.question, e.test, e.typed): e for e in corpus.load(FRESH)}
_NOT_YET = "not read yet: asked again, nothing stored"
_LEFT: dict[tuple[str, str, str | None, str], str] = {
    ('en', 'quebec', None, 'i used to live in montreal, now in ottawa'): _NOT_YET,
    ('fr', 'quebec', None, 'avant oui, maintenant non'): _NOT_YET,
    ('en', 'quebec', None, 'thinking about it'): _NOT_YET,
    ('fr', 'quebec', None, "j'y pense"): _NOT_YET,
    ('en', 'quebec', None, 'not montreal but quebec city yes'): _NOT_YET,
    ('en', 'canadian_work', None, 'yes but unpaid'): _NOT_YET,
    ('fr', 'canadian_work', None, 'oui mais bénévole'): _NOT_YET,
    ('en', 'canadian_work', None, "i have a job offer but didn't start yet"): _NOT_YET,
    ('fr', 'canadian_work', None, "j'ai une offre mais j'ai pas commencé"): _NOT_YET,
    ('en', 'canadian_work', None, 'worked 3 years but in dubai'): _NOT_YET,
    ('fr', 'canadian_work', None, 'oui mais en France'): _NOT_YET,
    ('en', 'job_start', None, 'around march 2023 maybe april'): _NOT_YET,
    ('fr', 'job_start', None, 'vers mars 2023, peut-être avril'): _NOT_YET,
    ('fr', 'job_start', None, 'fevrier 2024 a temps plein'): _NOT_YET,
    ('en', 'job_start', None, '1st week of june 2024'): _NOT_YET,
    ('fr', 'job_start', None, 'premiere semaine de juin 2024'): _NOT_YET,
    ('en', 'job_start', None, 'since last september'): _NOT_YET,
    ('fr', 'job_start', None, 'depuis septembre dernier'): _NOT_YET,
    ('en', 'job_ongoing', None, 'yes but on notice'): _NOT_YET,
    ('en', 'job_end', None, 'a month ago'): _NOT_YET,
    ('fr', 'job_end', None, 'il y a un mois'): _NOT_YET,
    ('fr', 'job_end', None, "fin de l'année passée"): _NOT_YET,
    ('en', 'job_end', None, 'june 2025 or july, not sure'): _NOT_YET,
    ('en', 'job_hours', None, 'around 38 maybe 40'): _NOT_YET,
    ('fr', 'job_hours', None, 'environ 38 peut-être 40'): _NOT_YET,
    ('en', 'job_hours', None, '40 in summer, 20 during school'): _NOT_YET,
    ('fr', 'job_hours', None, "40 l'été, 20 pendant l'école"): _NOT_YET,
    ('en', 'job_hours', None, 'not sure ~35'): _NOT_YET,
    ('en', 'job_paid', None, 'not really, just room and board'): _NOT_YET,
    ('en', 'job_employee', None, 'contractor at first, then employee'): _NOT_YET,
    ('fr', 'job_employee', None, "d'abord contractuel puis employé"): _NOT_YET,
    ('en', 'job_employee', None, 'not on payroll, paid cash'): _NOT_YET,
    ('fr', 'job_employee', None, 'pas sur la paie, payé cash'): _NOT_YET,
    ('en', 'job_student', None, 'was a student but part time'): _NOT_YET,
    ('en', 'job_student', None, 'yes for the first 6 months'): _NOT_YET,
    ('fr', 'job_student', None, 'oui les 6 premiers mois'): _NOT_YET,
    ('fr', 'job_student_end', None, 'printemps 2024'): _NOT_YET,
    ('en', 'job_authorized', None, 'no, my permit expired and I kept working'): _NOT_YET,
    ('fr', 'job_authorized', None, 'non, mon permis était expiré'): _NOT_YET,
    ('en', 'job_authorized', None, 'i was a visitor'): _NOT_YET,
    ('fr', 'job_authorized', None, "j'étais visiteur"): _NOT_YET,
    ('en', 'job_authorized', None, 'yes, maintained status while waiting'): _NOT_YET,
    ('en', 'job_authorized', None, 'applied for a work permit but was still waiting'): _NOT_YET,
    ('fr', 'job_authorized', None, "j'avais demandé mon permis, j'attendais"): _NOT_YET,
    ('en', 'job_more', None, 'one more, part time'): _NOT_YET,
    ('fr', 'test_kind', None, 'aucun encore, tcf prévu en fevrier'): _NOT_YET,
    ('fr', 'test_date', None, 'le mois passé'): _NOT_YET,
    ('en', 'test_date', None, 'may 2025 i think'): _NOT_YET,
    ('fr', 'test_date', None, 'mai 2025 je crois'): _NOT_YET,
    ('en', 'test_date', None, 'june 5 2025 no wait june 12'): _NOT_YET,
    ('fr', 'test_date', None, '5 juin 2025 non le 12'): _NOT_YET,
    ('en', 'scores', 'ielts_general', '7 7 7 7 no sorry reading 6.5'): _NOT_YET,
    ('fr', 'scores', 'ielts_general', '8 partout sauf ecrit 7'): _NOT_YET,
    ('fr', 'scores', 'tef_canada', 'compréhension orale 400, écrite 380, expression écrite 350, orale 420'):
        _NOT_YET,
    ('en', 'test_more', None, 'my wife has one'): _NOT_YET,
    ('fr', 'marital', None, 'marié mais séparé'): _NOT_YET,
    ('en', 'marital', None, 'widowed, remarried'): _NOT_YET,
    ('en', 'marital', None, 'not divorced yet, separated'): _NOT_YET,
    ('en', 'marital', None, 'my marriage was annulled'): _NOT_YET,
    ('en', 'spouse_citizen', None, 'PR soon, landing next month'): _NOT_YET,
    ('fr', 'spouse_citizen', None, 'bientot RP, on attend le landing'): _NOT_YET,
    ('en', 'spouse_citizen', None, 'she has her COPR, not landed yet'): _NOT_YET,
    ('fr', 'spouse_citizen', None, 'il est né au canada'): _NOT_YET,
    ('en', 'spouse_citizen', None, 'not PR, work permit'): _NOT_YET,
    ('en', 'spouse_accompanying', None, "no, she'll stay in india for now"): _NOT_YET,
    ('en', 'spouse_accompanying', None, "she's here with me already"): _NOT_YET,
    ('fr', 'spouse_education', None, "un DEP d'un an"): _NOT_YET,
    ('en', 'spouse_test_kind', None, "she's booked celpip for next month"): _NOT_YET,
    ('fr', 'spouse_test_kind', None, 'elle a réservé le tef pour janvier'): _NOT_YET,
    ('en', 'spouse_work', None, '2 years maybe 3'): _NOT_YET,
    ('fr', 'spouse_work', None, '2 ans peut-être 3'): _NOT_YET,
    ('en', 'spouse_work', None, 'about a year and a half'): _NOT_YET,
    ('fr', 'spouse_work', None, 'un an et demi environ'): _NOT_YET,
    ('en', 'education_level', None, 'bachelor + 1 yr postgrad'): _NOT_YET,
    ('en', 'education_level', None, 'started a bachelor, dropped out'): _NOT_YET,
    ('fr', 'education_level', None, "j'ai commencé une licence mais abandonné"): _NOT_YET,
    ('en', 'education_where', None, 'abroad, my eca expired last year'): _NOT_YET,
    ('fr', 'education_where', None, "à l'étranger, EDE expirée"): _NOT_YET,
    ('en', 'education_where', None, 'india but not evaluated'): _NOT_YET,
    ('en', 'education_where', None, 'nigeria. eca? no'): _NOT_YET,
    ('fr', 'education_where', None, 'maroc, EDE? non'): _NOT_YET,
    ('en', 'canadian_credential', None, 'doing one now, graduating in may'): _NOT_YET,
    ('fr', 'canadian_credential', None, 'en cours, je finis en mai'): _NOT_YET,
    ('en', 'canadian_credential', None, 'my wife has one'): _NOT_YET,
    ('en', 'canadian_credential', None, '1 year cert, not finished'): _NOT_YET,
    ('en', 'foreign_work', None, '2 years maybe 3'): _NOT_YET,
    ('fr', 'foreign_work', None, '2 ans, peut-être 3'): _NOT_YET,
    ('en', 'foreign_work', None, 'about 18 months'): _NOT_YET,
    ('fr', 'foreign_work', None, 'environ 18 mois'): _NOT_YET,
    ('en', 'certificate', None, 'my husband has a red seal'): _NOT_YET,
    ('fr', 'certificate', None, 'mon mari a le sceau rouge'): _NOT_YET,
    ('en', 'certificate', None, 'red seal exam next month'): _NOT_YET,
    ('fr', 'certificate', None, 'examen sceau rouge le mois prochain'): _NOT_YET,
    ('en', 'certificate', None, 'had one in india'): _NOT_YET,
    ('fr', 'certificate', None, "j'en ai un de France"): _NOT_YET,
    ('en', 'certificate', None, 'no, but I have a college certificate'): _NOT_YET,
    ('en', 'nomination', None, 'no, just an ITA for express entry'): _NOT_YET,
    ('en', 'nomination', None, 'waiting for my nomination certificate'): _NOT_YET,
    ('en', 'nomination', None, 'my wife got nominated'): _NOT_YET,
    ('fr', 'nomination', None, "c'est ma femme qui a la nomination"): _NOT_YET,
    ('en', 'nomination', None, 'nominated by nova scotia but it expired'): _NOT_YET,
    ('fr', 'nomination', None, 'nomination expirée'): _NOT_YET,
    ('en', 'nomination', None, 'had one from bc, withdrew it'): _NOT_YET,
    ('en', 'nomination', None, 'in the EOI pool for BC'): _NOT_YET,
    ('fr', 'nomination', None, 'dans le bassin de la C.-B.'): _NOT_YET,
    ('en', 'sibling', None, "my husband's brother is PR"): _NOT_YET,
    ('fr', 'sibling', None, 'le frère de mon mari est RP'): _NOT_YET,
    ('en', 'sibling', None, 'brother waiting for PR'): _NOT_YET,
    ('fr', 'sibling', None, 'mon frère attend encore sa RP'): _NOT_YET,
    ('en', 'sibling', None, "yes my brother, but he's 17"): _NOT_YET,
    ('fr', 'sibling', None, 'oui mon frere mais il a 17 ans'): _NOT_YET,}


def test_the_sixteenth_fresh_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    entries = corpus.load(FRESH)
    assert len(entries) == 263 and sum(e.lang == "en" for e in entries) == 142
    assert corpus.main(["--corpus", str(FRESH)]) == 0
    out = capsys.readouterr().out
    # merged with leftovers 5 (a Canadian credential's length kept: the two rows now expect "two_year" and
    # "one_year", read as such), walkthrough 11 and session 18's other-subject yes and no: 4 more read right
    # typed answers round 17: "aout 2025 non septembre", "both 40h", "40h pour les deux", "took ielts gt twice",
    # "j'ai passé le tef deux fois" now read: 5 more read right
    # and "celpip, not ielts", "bachelors, masters ongoing", "licence, master en cours", "high school, no college":
    # 4 more; leftovers 7 ("no, only foreign", "non, seulement de l'étranger": no Canadian credential): 2 more
    # typed answers round 18: "not anymore, switched jobs", "non, viré la semaine passée", "employee not self
    # employed", "salarié pas autonome", "par une agence, sur leur paie", "last exam on april 20 2024" now read: 6
    # more
    # French review 13: « juste » before the credential said as the only one (« juste le bac »: asked, a bac
    # being a bachelor's or a DEC's name in French): 1 more
    # round 20: 'yes i think', « oui je pense » to a question with Not sure are that answer (140 -> 145)
    # leftovers 10: an ECA applied for, under way or planned is read "abroad" (no ECA yet, RULES.md 3): 5 more
    # leftovers 11: an age with the next one and its month ("I'm 30 turning 31 next month") is the age now: 2 more
    assert "Read right 152, misread 0, asked needlessly 12, refused needlessly 92" in out


def test_what_is_left_names_answers_of_the_corpus() -> None:
    assert set(_LEFT) <= set(ENTRIES)


def test_nothing_of_round_sixteen_is_stored_otherwise_than_meant() -> None:
    otherwise = {(e.lang, e.question, e.test, e.typed): got for e, got, ok in corpus.run(list(ENTRIES.values()))
                 if not ok and got not in ("refuse", "ask") and not got.startswith(("unchanged", "offer:"))}
    assert otherwise == {}


@pytest.mark.parametrize("key", [k for k in ENTRIES if k not in _LEFT])
def test_every_answer_of_round_sixteen_is_read_as_meant(key: tuple[str, str, str | None, str]) -> None:
    assert corpus.run([ENTRIES[key]])[0][2], ENTRIES[key]


@pytest.mark.parametrize("key", list(_LEFT))
def test_what_is_left_of_round_sixteen(key: tuple[str, str, str | None, str],
                                       request: pytest.FixtureRequest) -> None:
    request.applymarker(pytest.mark.xfail(strict=True, reason=_LEFT[key]))
    assert corpus.run([ENTRIES[key]])[0][2]


# -- the other person's fact: never stored as the one asked about ------------------------------------------------
_OTHER_EN = "This question is about you, not your spouse or partner"
_OTHER_FR = "Cette question porte sur vous, pas sur votre époux ou conjoint de fait"
_NOT_OWN_EN = "This question is about your spouse or partner, not you"
_NOT_OWN_FR = "Cette question porte sur votre époux ou conjoint de fait, pas sur vous"


@pytest.mark.parametrize(("question", "typed", "lang", "why"), [
    ("education_level", "my wife has a masters", "en", _OTHER_EN),
    ("education_level", "my husband has a bachelors", "en", _OTHER_EN),
    ("education_level", "she has a masters", "en", _OTHER_EN),
    ("education_level", "my wife is phd", "en", _OTHER_EN),
    ("education_level", "ma femme a un master", "fr", _OTHER_FR),
    ("education_level", "mon mari a une licence", "fr", _OTHER_FR),
    ("test_kind", "my wife did celpip", "en", _OTHER_EN),
    ("test_kind", "she did celpip", "en", _OTHER_EN),
    ("canadian_credential", "my wife has one", "en", _OTHER_EN),
    ("canadian_credential", "my husband has a 2 year diploma", "en", _OTHER_EN),
    ("canadian_credential", "she has one", "en", _OTHER_EN),
    ("education_where", "my wife has an ECA", "en", _OTHER_EN),
    ("foreign_work", "my wife has 3 years", "en", _OTHER_EN),
    ("foreign_work", "mon mari a 3 ans", "fr", _OTHER_FR),
    ("birth", "my wife is 29", "en", _OTHER_EN),
    ("nomination", "c'est ma femme qui a la nomination", "fr", _OTHER_FR),
    ("certificate", "my husband has a red seal", "en", _OTHER_EN),
    ("spouse_education", "j'ai un master", "fr", _NOT_OWN_FR),
    ("spouse_education", "I have a masters", "en", _NOT_OWN_EN),
    ("spouse_test_kind", "i did celpip", "en", _NOT_OWN_EN),
    ("spouse_test_kind", "i have celpip", "en", _NOT_OWN_EN),
    ("spouse_work", "j'ai 3 ans", "fr", _NOT_OWN_FR),
    ("spouse_work", "I have 3 years", "en", _NOT_OWN_EN),
    ("spouse_citizen", "i'm PR", "en", _NOT_OWN_EN),
])
def test_the_other_persons_fact_alone_is_asked_again_with_why(question: str, typed: str, lang: str,
                                                              why: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert why in outcome.first, outcome.first


@pytest.mark.parametrize(("question", "typed", "lang", "stored"), [
    # the person's own part read, the partner's set aside
    ("education_level", "i have a bachelors, my wife has a masters", "en", "bachelor"),
    ("education_level", "bachelors, wife has masters", "en", "bachelor"),
    ("foreign_work", "3 years, my wife has 5", "en", "3"),
    ("canadian_credential", "no, my husband has a diploma from humber", "en", "none"),
    ("canadian_credential", "ma femme oui, moi non", "fr", "none"),
    ("test_kind", "my wife did celpip, not me", "en", "none"),
    ("test_kind", "ma femme a fait le tef, pas moi", "fr", "none"),
    ("canadian_work", "no, only my husband works", "en", False),
    ("canadian_work", "not me, my wife does", "en", False),
    ("canadian_work", "pas moi, ma femme oui", "fr", False),
    ("canadian_work", "non, c'est mon mari qui travaille", "fr", False),
    ("job_ongoing", "ma femme oui, moi non", "fr", False),
    ("job_student", "my wife was a student, not me", "en", False),
    ("certificate", "no my wife has one", "en", False),
    ("job_hours", "me 40, my wife 30", "en", 40),
    ("birth", "me 29, wife 27", "en", {"age": 29}),
    # the partner's part read, the person's set aside
    ("spouse_education", "I have a masters, she has a bachelors", "en", "bachelor"),
    ("spouse_test_kind", "moi oui, elle non", "fr", "none"),
    ("spouse_test_kind", "I did ielts, she didn't", "en", "none"),
    ("spouse_citizen", "je suis RP, elle non", "fr", False),
    ("spouse_citizen", "no but I am", "en", False),
    # said of both, or the same as the other: read as before
    ("education_level", "masters, same as my wife", "en", "master"),
    ("spouse_education", "she has a masters like me", "en", "master"),
])
def test_the_part_said_of_the_one_asked_about_is_read(question: str, typed: str, lang: str,
                                                      stored: object) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "stored" and outcome.value == stored, outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # a doubt keeps its own answer; "il y a" is no partner; a boss is no partner at a job's questions
    ("spouse_accompanying", "i'm not sure", "en"), ("spouse_accompanying", "I think so", "en"),
])
def test_a_doubt_about_the_partner_is_still_a_doubt(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "stored" and outcome.value == "unsure", outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("job_start", "il y a 2 ans", "fr"), ("job_paid", "yes he paid me cash", "en"),
    ("job_employee", "yes, she put me on payroll", "en"),
])
def test_a_pronoun_that_is_no_partner_is_never_set_aside(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert not (outcome.kind == "refused" and (_OTHER_EN in outcome.first or _OTHER_FR in outcome.first)), outcome


# -- years of work in two places ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "lang", "stored"), [
    ("2 yrs in manila + 1 yr in dubai", "en", "3"), ("1 an au maroc et 1 an en france", "fr", "2"),
    ("1 year in india, 1 year in uae", "en", "2"), ("2 yrs in india then 1 in canada", "en", "2"),
    ("2 years in india and 1 year in toronto", "en", "2"), ("2 ans au liban puis 1 an ici", "fr", "2"),
])
def test_years_in_two_places_count_those_abroad(typed: str, lang: str, stored: str) -> None:
    outcome = answer("foreign_work", typed, lang)
    assert outcome.kind == "stored" and outcome.value == stored, outcome


@pytest.mark.parametrize("typed", ["2 years in india and 1 year as a cashier in dubai",
                                   "2 years as a nurse in india and 1 year in dubai",
                                   "2 years in toronto, 1 year in montreal", "1 yr in india maybe 2 in dubai"])
def test_years_in_two_places_not_surely_counted_are_asked_again(typed: str) -> None:
    assert answer("foreign_work", typed).kind in ("refused", "asked")


# -- a no turned by what follows, a yes with a time before the 10 years -----------------------------------------
@pytest.mark.parametrize(("question", "typed", "lang"), [
    # pay of another kind than wages: commission counts as pay (the question says so), tips alone are not said
    ("job_paid", "no hourly, commission", "en"), ("job_paid", "no, only tips", "en"),
    ("job_paid", "non, juste des pourboires", "fr"),
    # a job that goes on: on leave, or its contract renewed
    ("job_ongoing", "no, on leave", "en"), ("job_ongoing", "non, en congé", "fr"),
    ("job_ongoing", "no, contract ended, renewed", "en"),
])
def test_a_no_turned_by_what_follows_is_asked_again_never_stored(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome


@pytest.mark.parametrize(("question", "typed", "stored"), [
    ("job_paid", "no, not paid", False), ("job_ongoing", "no, quit in august", False),
])
def test_a_plain_no_with_why_is_still_a_no(question: str, typed: str, stored: bool) -> None:
    outcome = answer(question, typed)
    assert outcome.kind == "stored" and outcome.value is stored, outcome


@pytest.mark.parametrize(("typed", "lang", "why"), [
    ("yes, in 2012", "en", "Only a job in the last 10 years counts here (since 2016)"),
    ("yes, 11 years ago", "en", "Only a job in the last 10 years counts here"),
    ("oui, il y a 12 ans", "fr", "Seul un emploi des 10 dernières années compte ici (depuis 2016)"),
    ("oui en 2014", "fr", "Seul un emploi des 10 dernières années compte ici"),
])
def test_a_yes_with_only_a_time_before_the_ten_years_is_asked_again(typed: str, lang: str, why: str) -> None:
    outcome = answer("canadian_work", typed, lang)
    assert outcome.kind == "refused" and outcome.again and why in outcome.first, outcome


@pytest.mark.parametrize("typed", ["yes since 2012", "yes 2012 to 2020", "yes, in 2019", "yes, 2 years ago",
                                   "yes 2016"])
def test_a_yes_with_a_time_that_reaches_into_the_ten_years_is_a_yes(typed: str) -> None:
    outcome = answer("canadian_work", typed)
    assert outcome.kind == "stored" and outcome.value is True, outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # a yes said of the partner's ("yes, my wife has one", "oui, celui de ma femme"): the partner's, not a yes
    ("test_more", "yes my wife's", "en"), ("test_more", "oui, celui de ma femme", "fr"),
    ("certificate", "yes, my wife has one", "en"),
])
def test_a_yes_said_of_the_partners_is_asked_again(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome
    assert _OTHER_EN in outcome.first or _OTHER_FR in outcome.first, outcome.first


@pytest.mark.parametrize(("question", "typed"), [
    # no temporary resident status (RULES.md 1: a refugee claimant's work does not count), or none needed
    ("job_authorized", "yes, refugee claimant"), ("job_authorized", "yes, pr"),
    # a test to take tomorrow has no result to add yet
    ("test_more", "yes, tomorrow"),
])
def test_a_yes_with_no_status_or_no_result_yet_is_asked_again(question: str, typed: str) -> None:
    outcome = answer(question, typed)
    assert outcome.kind == "refused" and outcome.again, outcome


@pytest.mark.parametrize(("question", "typed"), [
    ("job_authorized", "yes, PGWP"), ("job_authorized", "yes, open work permit"), ("test_more", "yes tef too"),
    ("job_employee", "yes, my husband's company payroll"),
])
def test_a_yes_with_a_status_or_a_test_held_is_still_a_yes(question: str, typed: str) -> None:
    outcome = answer(question, typed)
    assert outcome.kind == "stored" and outcome.value is True, outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    # a degree, a diploma or a licence is no certificate of qualification in a trade
    ("certificate", "yes, university degree", "en"), ("certificate", "yes, forklift licence", "en"),
    ("certificate", "oui, diplome collegial", "fr"), ("certificate", "yes, food handler", "en"),
    ("certificate", "yes, my degree", "en"),
    # no provincial nomination held: withdrawn, an employer's, federal, a score, a permit
    ("nomination", "yes, withdrawn", "en"), ("nomination", "yes, from my employer", "en"),
    ("nomination", "yes, federal", "en"), ("nomination", "yes, express entry", "en"),
    ("nomination", "yes, CRS 500", "en"), ("nomination", "yes, pgwp", "en"),
    # later, or a brother who studies (on a study permit, or a citizen?)
    ("spouse_accompanying", "yes eventually", "en"), ("spouse_accompanying", "oui, éventuellement", "fr"),
    ("sibling", "yes my brother, studying in canada", "en"),
])
def test_a_yes_naming_something_else_is_asked_again(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "refused" and outcome.again, outcome


@pytest.mark.parametrize(("question", "typed", "lang"), [
    ("certificate", "yes red seal", "en"), ("certificate", "yes, certificate of qualification", "en"),
    ("certificate", "oui, certificat de compétence", "fr"), ("nomination", "yes, nominated by saskatchewan", "en"),
    ("nomination", "yes, OINP", "en"),
])
def test_a_yes_naming_the_thing_asked_is_still_a_yes(question: str, typed: str, lang: str) -> None:
    outcome = answer(question, typed, lang)
    assert outcome.kind == "stored" and outcome.value is True, outcome
