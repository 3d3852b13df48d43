"""The verdict's first screen says a language result's expiry once, in English and French alike.

Found by the third French review: the French explanation joined the expiry to its first clause ("... et expire le
10 février 2027."), so the first screen, which keeps only that clause, said the date and then the warning that
it falls before the day the person qualifies said it again. The first clause now ends before the expiry in both
languages; the warning, when the result lapses before that day, says it once.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from bot.command_line.assess import assess_one
from flows.result_view import glance

# Not yet eligible on 2026-11-27 (1,161 h of 1,560 at 30 h a week from 2026-03-01), a CELPIP of 2025-02-10 valid
# until 2027-02-10 (RULES.md 2: 2 years), before the projected day 2027-02-28.
LAPSING = {"as_of": "2026-11-27", "birth_date": "1995-05-01", "marital_status": "single",
           "intends_to_live_in_quebec": False,
           "jobs": [{"noc": "21232", "start": "2026-03-01", "end": None, "hours_per_week": 40}],
           "language_tests": [{"test": "celpip_general", "date": "2025-02-10", "listening": 9, "reading": 9,
                               "writing": 9, "speaking": 9}],
           "education": {"level": "bachelor", "in_canada": False, "eca": True}}
EXPIRY = {"en": "February 10, 2027", "fr": "10 février 2027"}


def _language_line(profile: dict[str, object], lang: str) -> str:
    result = assess_one(json.dumps(profile), lang, dt.date(2026, 11, 27))
    assert result["eligible_on"] == "2027-02-28"
    return next(line for line in glance(result, lang).splitlines() if "CELPIP" in line)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_result_lapsing_before_the_day_is_said_once_with_why(lang: str) -> None:
    line = _language_line(LAPSING, lang)
    assert line.count(EXPIRY[lang]) == 1, line
    assert ("28 février 2027" if lang == "fr" else "February 28, 2027") in line
    assert ("9/9/9/9" in line) and ("NCLC" if lang == "fr" else "CLB") in line


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_result_valid_well_past_the_day_is_not_dated_on_the_first_screen(lang: str) -> None:
    later = {**LAPSING, "language_tests": [{**LAPSING["language_tests"][0], "date": "2026-01-10"}]}  # type: ignore
    line = _language_line(later, lang)
    assert "2028" not in line and line.rstrip().endswith(".")


# No hours yet (an ongoing TEER 1 job from the application day, 40 h a week, capped at 30): no occupation leads
# today, so the lowest level that can apply (CLB 5) is checked and CLB 6/6/6/6 meets it; on 2027-11-26,
# when the 1,560 hours are reached (30/7 h a day from 2026-11-27: 364 days), TEER 1 leads
# and CLB 7 applies (RULES.md 1).
NO_HOURS_YET = {**LAPSING, "jobs": [{"noc": "21232", "start": "2026-11-27", "end": None, "hours_per_week": 40}],
                "language_tests": [{"test": "celpip_general", "date": "2026-02-10", "listening": 6, "reading": 6,
                                    "writing": 6, "speaking": 6}]}
RISES = {"en": ("On November 26, 2027, when you reach 1,560 hours", "needs CLB 7 in each ability",
                "A result of at least CLB 7 in each ability"),
         "fr": ("Le 26 novembre 2027, quand vous atteindrez 1 560 heures",
                "exige le NCLC 7 dans chaque compétence",
                "Un résultat d'au moins NCLC 7 dans chaque compétence")}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_level_that_rises_by_the_day_the_hours_are_reached_is_on_the_first_screen(lang: str) -> None:
    result = assess_one(json.dumps(NO_HOURS_YET), lang, dt.date(2026, 11, 27))
    assert result["verdict"] == "not_eligible" and result["qualifying_hours"] == 0
    assert "language_level_rises" in [w["id"] for w in result["warnings"]]
    screen = glance(result, lang).splitlines()
    language = next(line for line in screen if "CELPIP" in line)
    when, level, todo = RISES[lang]
    assert when in language and level in language, language
    # what to do: the hours, and the level they will need by then, not the hours alone
    assert screen[-1].count("1 560" if lang == "fr" else "1,560") == 2 and todo in screen[-1], screen[-1]


@pytest.mark.parametrize(("occupation", "extra", "said"), [
    ({"noc": "52120"}, {}, False),  # a graphic designer: no physician
    ({"noc": "31102"}, {"job_fee_for_service": False}, False),  # a physician asked, who said no
    ({"teer": 1}, {}, True),  # only a TEER: it may be a physician's (RULES.md 1)
    ({"teer": 2}, {}, False),
])
def test_the_physicians_exception_is_said_to_a_self_employed_job_only_where_it_may_apply(
        occupation: dict[str, object], extra: dict[str, object], said: bool) -> None:
    from flows.questions import may_be_physician

    assert may_be_physician({"job_occupation": occupation, "job_employee": False, **extra}) is said


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_not_yet_day_that_needs_a_new_test_says_so_in_the_title(lang: str) -> None:
    # The CELPIP lapses on 2027-02-10, before the projected 2027-02-28 (RULES.md 2: valid 2 years; 1: valid on the
    # day of the application): the day holds only with a new result, said in the title itself.
    result = assess_one(json.dumps(LAPSING), lang, dt.date(2026, 11, 27))
    title = glance(result, lang).splitlines()[0]
    assert title.endswith({"en": "on February 28, 2027, with a new language test by then</b>",
                           "fr": "le 28 février 2027, avec un nouveau test de langue d'ici là</b>"}[lang]), title
    later = {**LAPSING, "language_tests": [{**LAPSING["language_tests"][0], "date": "2026-01-10"}]}  # type: ignore
    plain = glance(assess_one(json.dumps(later), lang, dt.date(2026, 11, 27)), lang).splitlines()[0]
    assert "2027</b>" in plain and ("new language test" not in plain and "nouveau test" not in plain), plain


# Eligible today (3,887 h since 2024-06-03), a CELPIP of 2025-01-15 valid until 2027-01-15, 7 weeks away: it must
# stay valid while the profile is in the pool and on the day of the application (RULES.md 2), so the first screen,
# whose "what to do" says the profile stays in the pool for 12 months, says the lapse too (walkthrough round 5).
ELIGIBLE_LAPSING_SOON = {**LAPSING, "jobs": [{"noc": "21232", "start": "2024-06-03", "end": None,
                                              "hours_per_week": 40}],
                         "language_tests": [{**LAPSING["language_tests"][0], "date": "2025-01-15"}]}  # type: ignore


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Your language test expires on January 15, 2027: it must stay valid while your profile is in the "
           "pool"),
    ("fr", "Votre résultat de test de langue expire le 15 janvier 2027 : il doit rester valide tant que votre "
           "profil est dans le bassin"),
])
def test_an_eligible_person_whose_result_lapses_within_4_months_reads_it_on_the_first_screen(lang: str,
                                                                                             said: str) -> None:
    result = assess_one(json.dumps(ELIGIBLE_LAPSING_SOON), lang, dt.date(2026, 11, 27))
    assert result["verdict"] == "eligible"
    line = next(line for line in glance(result, lang).splitlines() if "CELPIP" in line)
    assert said in line, line
    # a result valid well past the 4 months is not dated there
    later = {**ELIGIBLE_LAPSING_SOON, "language_tests": [{**LAPSING["language_tests"][0], "date": "2025-06-01"}]}
    line = next(line for line in glance(assess_one(json.dumps(later), lang, dt.date(2026, 11, 27)),
                                        lang).splitlines() if "CELPIP" in line)
    assert "2027" not in line, line
