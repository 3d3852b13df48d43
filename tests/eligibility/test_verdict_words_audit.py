"""Audit of what a verdict TELLS a person (words, figures, dates, links), against RULES.md sections 1-8.

28 profiles, each run through the same code as `cec-screener assess FILE --format text|json [--lang fr]`.
Passing tests pin what is right; `xfail(strict=True)` tests assert what SHOULD be said where the output is
wrong or misleading today (each reason names the RULES.md section). The scoring arithmetic is not audited here.
The clock is fixed (2026-11-27, as the personas) so that the dated "improvement" steps are stable.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from typing import Any

import pytest

from bot.command_line.assess import assess_one, render

TODAY = dt.date(2026, 11, 27)
AS_OF = "2026-11-27"

Json = dict[str, Any]


def _test(kind: str, date: str, listening: float, reading: float, writing: float, speaking: float) -> Json:
    return {"test": kind, "date": date, "listening": listening, "reading": reading, "writing": writing,
            "speaking": speaking}


def _job(noc: str, start: str, end: str | None, hours: float, **extra: Any) -> Json:
    return {"noc": noc, "start": start, "end": end, "hours_per_week": hours, **extra}


def _edu(level: str, in_canada: bool = False, eca: bool = True, canadian: str = "none") -> Json:
    return {"level": level, "in_canada": in_canada, "eca": eca, "canadian_credential": canadian}


def _p(**fields: Any) -> Json:
    return {"as_of": AS_OF, "birth_date": "1994-07-01", **fields}


IELTS_7 = _test("ielts_general", "2026-01-10", 7.0, 7.0, 7.0, 7.0)
IELTS_5 = _test("ielts_general", "2026-01-10", 5.0, 5.0, 5.0, 5.0)
TCF_8 = _test("tcf_canada", "2026-04-04", 520, 510, 12, 12)
TEF_7 = _test("tef_canada", "2026-03-01", 440, 440, 430, 460)
SPOUSE = {"canadian_citizen_or_pr": False, "accompanying": True, "education": "master", "canadian_work_years": 1,
          "language_test": _test("celpip_general", "2026-01-10", 7, 7, 7, 7)}
ELIGIBLE_LOW = _p(birth_date="1997-03-10", jobs=[_job("21232", "2025-09-01", None, 40)], foreign_work_years=2,
                  language_tests=[_test("ielts_general", "2025-06-01", 8.0, 7.0, 7.0, 7.0)],
                  education=_edu("bachelor"))
SPOUSE_CASE = _p(birth_date="1993-01-15", marital_status="married", spouse=SPOUSE,
                 jobs=[_job("21211", "2023-06-01", None, 37.5)],
                 language_tests=[_test("celpip_general", "2026-02-01", 10, 11, 10, 10)], education=_edu("master"),
                 sibling_in_canada=True)
HOURS_SHORT = _p(jobs=[_job("21232", "2025-06-01", "2026-03-31", 40)], language_tests=[IELTS_7],
                 education=_edu("bachelor"))

PROFILES: dict[str, Json] = {
    # eligible, below / just below / above the latest CEC cut-off
    "eligible_low": ELIGIBLE_LOW,
    "eligible_mid": _p(birth_date="1996-05-05", jobs=[_job("21231", "2024-06-01", None, 40)], foreign_work_years=1,
                       language_tests=[_test("celpip_general", "2026-05-01", 9, 9, 9, 9)],
                       education=_edu("master")),
    "eligible_high": _p(birth_date="1998-05-05", jobs=[_job("21231", "2023-01-01", None, 40)],
                        foreign_work_years=3,
                        language_tests=[_test("celpip_general", "2026-05-01", 10, 10, 10, 10)],
                        education=_edu("master", True, False, "three_year_plus")),
    "eligible_test_expires_soon": _p(jobs=[_job("21232", "2024-06-01", None, 40)],
                                     language_tests=[_test("ielts_general", "2025-02-15", 7.0, 7.0, 7.0, 7.0)],
                                     education=_edu("bachelor")),
    # not yet: a projected day; a test expiring before it, or soon after it
    "not_yet": _p(jobs=[_job("32101", "2026-03-15", None, 37.5)],
                  language_tests=[_test("celpip_general", "2026-02-02", 8, 8, 7, 8)],
                  education=_edu("two_year", True, False, "one_or_two_year")),
    "not_yet_test_expires_before": _p(jobs=[_job("21232", "2026-06-01", None, 40)],
                                      language_tests=[_test("ielts_general", "2025-01-10", 7.0, 7.0, 7.0, 7.0)],
                                      education=_edu("bachelor")),
    "not_yet_expires_soon_after": _p(jobs=[_job("32101", "2026-03-15", None, 37.5)],
                                     language_tests=[_test("celpip_general", "2025-05-01", 8, 8, 7, 8)],
                                     education=_edu("two_year", True, False, "one_or_two_year")),
    # not eligible, one reason each
    "hours_short_ended": HOURS_SHORT,
    "hours_short_bilingual": {**HOURS_SHORT, "language_tests": [TEF_7, IELTS_7]},
    "language_short": _p(jobs=[_job("21232", "2024-01-01", None, 40)],
                         language_tests=[_test("ielts_general", "2026-01-10", 6.0, 5.5, 6.0, 6.5)],
                         education=_edu("bachelor")),
    "teer5_only": _p(jobs=[_job("65200", "2023-01-01", None, 35)], language_tests=[IELTS_7],
                     education=_edu("secondary")),
    "teer4_only": _p(jobs=[_job("64100", "2023-01-01", None, 35)], language_tests=[IELTS_7],
                     education=_edu("secondary")),
    "self_employed": _p(jobs=[_job("21232", "2023-01-01", None, 40, self_employed=True)], language_tests=[IELTS_7],
                        education=_edu("bachelor")),
    "student_only": _p(birth_date="2000-07-01", jobs=[_job("62010", "2024-01-10", "2026-04-30", 20,
                                                           full_time_student=True)],
                       language_tests=[_test("ielts_general", "2026-01-05", 7.0, 6.5, 6.5, 6.5)],
                       education=_edu("bachelor", True, False, "three_year_plus")),
    "no_test": _p(jobs=[_job("21232", "2024-01-01", None, 40)], education=_edu("bachelor")),
    "expired_test_only": _p(jobs=[_job("21232", "2024-01-01", None, 40)],
                            language_tests=[_test("ielts_general", "2024-05-01", 8.0, 8.0, 8.0, 8.0)],
                            education=_edu("bachelor")),
    "old_tef_expired": _p(jobs=[_job("21232", "2024-01-01", None, 40)],
                          language_tests=[_test("tef_canada", "2023-12-01", 440, 440, 430, 460)],
                          education=_edu("bachelor")),
    "unauthorized_and_abroad": _p(jobs=[_job("21232", "2024-01-01", "2024-12-31", 40, authorized=False),
                                        _job("21232", "2020-01-01", "2023-06-30", 40, in_canada=False)],
                                  language_tests=[IELTS_7], education=_edu("bachelor", False, False)),
    # Quebec, French first, bilingual
    "quebec": _p(intends_to_live_in_quebec=True, jobs=[_job("21231", "2024-01-01", None, 40)],
                 language_tests=[TCF_8], education=_edu("bachelor")),
    "french_first_teer2": _p(jobs=[_job("22100", "2024-06-01", None, 40)],
                             language_tests=[_test("tcf_canada", "2026-04-04", 400, 410, 7, 8)],
                             education=_edu("two_year")),
    "bilingual_nclc7": _p(jobs=[_job("21232", "2024-06-01", None, 40)],
                          language_tests=[TEF_7, _test("ielts_general", "2026-02-01", 6.0, 6.0, 6.0, 6.0)],
                          education=_edu("bachelor")),
    # spouse cases
    "spouse_accompanying": SPOUSE_CASE,
    "spouse_citizen": {**SPOUSE_CASE, "spouse": {**SPOUSE, "canadian_citizen_or_pr": True}},
    "spouse_missing": {**SPOUSE_CASE, "spouse": None},
    # language level: an exact TEER tie; a provincial nominee; the day of the CRS caveat and the day before
    "teer_tie_exact": _p(jobs=[_job("21232", "2024-01-01", "2024-12-29", 30), _job("72410", "2025-01-01",
                                                                                   "2025-12-30", 30)],
                         language_tests=[IELTS_5], education=_edu("bachelor")),
    "nominee": {**ELIGIBLE_LOW, "provincial_nomination": True},
    "caveat_day": {**ELIGIBLE_LOW, "as_of": "2026-11-03"},
    "caveat_day_before": {**ELIGIBLE_LOW, "as_of": "2026-11-02"},
}

# RULES.md section 5 (and 8): every address a person may be sent to.
LINKS_EN = {
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/"
    "eligibility/canadian-experience-class.html",
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/"
    "language-test.html",
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/"
    "education-assessed.html",
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/"
    "crs-criteria.html",
    "https://www.cic.gc.ca/english/immigrate/skilled/crs-tool.asp",
    "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/"
    "rounds-invitations.html",
    "https://noc.esdc.gc.ca/",
    "https://www.quebec.ca/immigration",
}
LINKS_FR = {
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express.html",
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/"
    "qui-presenter-demande/categorie-experience-canadienne.html",
    "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/"
    "verifier-note.html",
    "https://noc.esdc.gc.ca/?GoCTemplateCulture=fr-CA",
    "https://www.quebec.ca/immigration",
}
URL = re.compile(r"https?://[^\s)\"<>]+")


@cache
def _result(name: str, lang: str) -> str:
    return json.dumps(assess_one(json.dumps(PROFILES[name]), lang, TODAY))


def result(name: str, lang: str = "en") -> Json:
    loaded: Json = json.loads(_result(name, lang))
    return loaded


def text(name: str, lang: str = "en") -> str:
    return render(result(name, lang), "text", lang)


def criterion(res: Json, ident: str) -> str:
    return next(c["explanation"] for c in res["criteria"] if c["id"] == ident)


def all_strings(node: Any) -> list[str]:
    """Every sentence of a result (the `change` profiles it proposes are data, not words, and are skipped)."""
    if isinstance(node, dict):
        return [s for k, v in node.items() if k != "change" for s in all_strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in all_strings(v)]
    return [node] if isinstance(node, str) and " " in node else []


# ---------------------------------------------------------------- right today: pinned

def test_twenty_eight_profiles() -> None:
    assert len(PROFILES) == 28


def test_worked_example_reads_true_against_section_4_rounds() -> None:
    out = text("eligible_low")
    assert out.startswith("✅ YOU APPEAR ELIGIBLE FOR THE CANADIAN EXPERIENCE CLASS\n")
    assert ("1,937 hours of your work count from November 27, 2023 to November 26, 2026 (the 3 years before the "
            "application day); 1,560 are needed, which is one year at 30 hours a week.") in out
    assert "Not counted: 646 h above 30 hours a week" in out
    # Section 4: latest CEC round 446, 2026-09-29, 518; the 6 latest CEC rounds 07-21..09-29 range 516-523;
    # category rounds (447 trades 476, 444 senior managers 389, 441 healthcare 475) are not mixed in.
    assert ("Your estimated CRS of 470 is 48 points below the lowest score invited in the latest Canadian "
            "Experience Class round (518, September 29, 2026). In the last 6 Canadian Experience Class rounds "
            "(since July 21, 2026), the lowest score invited ranged from 516 to 523; your estimate reached the "
            "cut-off in none of them. (Rounds as of October 1, 2026; the latest 3 from copies") in out
    comparison = result("eligible_low")["crs_comparison"]
    assert comparison["recent"] == {"rounds": 6, "from": "2026-07-21", "to": "2026-09-29", "lowest": 516,
                                    "highest": 523, "would_be_invited": 0}


@pytest.mark.parametrize(("name", "sentence"), [
    ("eligible_mid", "Your estimated CRS of 517 is 1 point below the lowest score invited"),
    ("eligible_mid", "ranged from 516 to 523; your estimate reached the cut-off in 2 of them."),
    ("eligible_high", "Your estimated CRS of 575 is 57 points above the lowest score invited"),
    ("eligible_high", "your estimate reached the cut-off in all of them."),
    ("nominee", "With a provincial nomination, you can also be considered in Provincial Nominee Program rounds: "
                "in 2026 their lowest invited scores ranged from 697 to 805."),
])
def test_cut_off_comparisons(name: str, sentence: str) -> None:
    assert sentence in criterion_free_text(name)


def criterion_free_text(name: str) -> str:
    return str(result(name)["crs_comparison"]["explanation"])


def test_french_comparison_says_the_same_figures() -> None:
    out = text("eligible_low", "fr")
    assert ("Votre score SCG estimé (470) est inférieur de 48 points au score minimal de la dernière ronde de la "
            "catégorie de l'expérience canadienne (518, le 29 septembre 2026).") in out
    assert "du 27 novembre 2023 au 26 novembre 2026" in out
    assert "(Rondes à jour au 1er octobre 2026 ; les 3 plus récentes tirées de copies" in out


def test_projected_day_is_52_weeks_of_30_hours_after_the_start() -> None:
    # 2026-03-15 + 364 days = 2027-03-14 (section 1: "you reach one year on 2027-03-14").
    res = result("not_yet")
    assert res["verdict"] == "not_yet_eligible" and res["eligible_on"] == "2027-03-14"
    out = text("not_yet")
    assert out.startswith("⏳ NOT YET ELIGIBLE: YOU SHOULD QUALIFY ON MARCH 14, 2027\n")
    assert "If your current work goes on as it is, you reach 1,560 hours on March 14, 2027." in out
    assert "About 459 more qualifying hours: at your current hours you reach 1,560 on March 14, 2027." in out
    assert text("not_yet", "fr").startswith("⏳ PAS ENCORE ADMISSIBLE : VOUS DEVRIEZ L'ÊTRE LE 14 MARS 2027\n")


def test_test_expiring_before_the_projected_day_is_warned() -> None:
    assert result("not_yet_test_expires_before")["eligible_on"] == "2027-05-31"
    assert ("Your language test expires on January 10, 2027, before you reach one year of work on May 31, 2027: "
            "plan a new test.") in text("not_yet_test_expires_before")


@pytest.mark.parametrize(("name", "expires"), [("eligible_test_expires_soon", "February 15, 2027"),
                                               ("not_yet_expires_soon_after", "May 1, 2027")])
def test_test_expiring_within_four_months_is_warned(name: str, expires: str) -> None:
    assert (f"Your language test expires on {expires}: it must stay valid while your profile is in the pool "
            "and on the day you apply, and an invitation plus 60 days to apply can run past that date.") \
        in text(name)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_high_wage_caveat_from_2026_11_03_only(lang: str) -> None:
    marker = "high-wage occupations since November 3, 2026" if lang == "en" else "salaire élevé"
    assert marker in text("caveat_day", lang) and marker in text("eligible_low", lang)
    assert marker not in text("caveat_day_before", lang)
    caveat = next(w["text"] for w in result("caveat_day", lang)["warnings"] if w["id"] == "crs_high_wage_factor")
    assert "March 25, 2025" in caveat or "25 mars 2025" in caveat
    assert set(URL.findall(caveat)) <= (LINKS_EN if lang == "en" else LINKS_FR)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_link_is_one_of_section_5(name: str, lang: str) -> None:
    allowed = LINKS_EN if lang == "en" else LINKS_FR
    links = {u.rstrip(".,;") for s in all_strings(result(name, lang)) for u in URL.findall(s)}
    links |= {u.rstrip(".,;") for u in URL.findall(text(name, lang))}
    assert links and links <= allowed, links - allowed


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_disclaimer_never_promises(name: str, lang: str) -> None:
    out = text(name, lang)
    if lang == "en":
        assert "This is a pre-screening, not legal advice: IRCC alone decides, and no score guarantees an " \
               "invitation. Language test results cannot be bought, and only authorized representatives may " \
               "charge for immigration advice." in out
    else:
        assert "Ceci est une présélection, et non un avis juridique : seul IRCC décide" in out
        assert "ne s'achètent pas" in out and "représentants autorisés" in out


ENGLISH = re.compile(r"\b(the|you|your|hours|would|rounds?|Warning|invited|years?|points? (?:below|above)|"
                     r"Canadian Experience Class|job|with|not)\b")


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_no_english_in_a_french_answer(name: str) -> None:
    sentences = [*all_strings(result(name, "fr")), text(name, "fr")]
    english = [s for s in sentences if ENGLISH.search(URL.sub("", s))]
    assert english == []


@pytest.mark.parametrize(("name", "ledger", "not_counted"), [
    ("teer5_only", "Job 1, NOC 65200 (TEER 5): TEER 4 and 5 jobs do not count.", "5,480 h in TEER 4 or 5 jobs"),
    ("teer4_only", "Job 1, NOC 64100 (TEER 4): TEER 4 and 5 jobs do not count.", "5,480 h in TEER 4 or 5 jobs"),
    ("self_employed", "self-employment does not count.", "6,263 h of self-employment"),
    ("student_only", "work while a full-time student does not count.", "2,406 h worked while a full-time student"),
    ("unauthorized_and_abroad", "work without authorization does not count.", "2,091 h of work without authoriz"),
])
def test_each_exclusion_is_named(name: str, ledger: str, not_counted: str) -> None:
    res = result(name)
    assert res["verdict"] == "not_eligible"
    out = text(name)
    assert ledger in out and not_counted in out
    assert out.startswith("❌ NOT ELIGIBLE FOR THE CANADIAN EXPERIENCE CLASS FOR NOW\n")


PHYSICIAN_EXCEPTION = ("Self-employed hours do not count, except physicians' publicly funded fee-for-service "
                       "work; if that is your case, check with IRCC.")


@pytest.mark.parametrize(("job", "heard"), [
    ({"noc": "21232"}, False),  # a software developer's self-employment is no physician's (RULES.md 1)
    ({"noc": "52120"}, False),  # nor a graphic designer's
    ({"noc": "31102", "physician_fee_for_service": False}, True),  # a physician's, said not fee-for-service
    ({"noc": None, "teer": 1}, True),  # a job given only as TEER 1 may be a physician's
    ({"noc": None, "teer": 2}, False),
])
def test_self_employed_hears_of_the_physician_exception_only_where_it_may_apply(job: Json, heard: bool) -> None:
    profile = _p(jobs=[{**_job("21232", "2023-01-01", None, 40, self_employed=True), **job}],
                 language_tests=[IELTS_7], education=_edu("bachelor"))
    if job["noc"] is None:
        del profile["jobs"][0]["noc"]
    res = assess_one(json.dumps(profile), "en", dt.date.fromisoformat(AS_OF))
    assert res["qualifying_hours"] == 0
    assert ("physician_exception" in [w["id"] for w in res["warnings"]]) is heard
    assert (PHYSICIAN_EXCEPTION in render(res, "text", "en")) is heard


def test_work_abroad_is_said_not_to_count() -> None:
    assert "Job 2, NOC 21232 (TEER 1): work outside Canada does not count." in text("unauthorized_and_abroad")


@pytest.mark.parametrize("name", ["no_test", "expired_test_only"])
def test_no_valid_test(name: str) -> None:
    out = text(name)
    assert ("You have no valid result from an approved test (IELTS General Training, CELPIP-General, PTE Core, "
            "TEF Canada or TCF Canada, less than 2 years old): CLB 7 is needed in each ability.") in out
    assert "Book an approved language test" in out


def test_expired_test_gives_its_day() -> None:
    assert "Your IELTS General Training of May 1, 2024 expired on May 1, 2026." in text("expired_test_only")


def test_language_gap_is_named_ability_by_ability() -> None:
    out = text("language_short")
    assert "converts to CLB 7/6/7/8 (listening/reading/writing/speaking)" in out
    assert "CLB 7 is needed in all four abilities: CLB 7 in reading (you have CLB 6)." in out


def test_exact_tie_asks_clb_7_and_says_it_is_the_careful_choice() -> None:
    res = result("teer_tie_exact")
    assert res["required_clb"] == 7
    assert "so we ask for CLB 7, the safer choice" in criterion(res, "language")


def test_french_first_teer_2_needs_clb_5() -> None:
    res = result("french_first_teer2")
    assert res["verdict"] == "eligible" and res["required_clb"] == 5
    # a TCF Canada result: its levels, and the level needed, in its own scale (NCLC), as its certificate prints
    assert "NCLC 5 applies because the occupation in which you have the most qualifying hours is TEER 2 or 3." \
        in criterion(res, "language")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_quebec_is_told_kindly_and_pointed_to_pstq(lang: str) -> None:
    res = result("quebec", lang)
    assert res["verdict"] == "not_eligible"
    out = text("quebec", lang)
    if lang == "en":
        assert ("Quebec selects its own skilled workers: the Canadian Experience Class is only for people who "
                "plan to live outside Quebec.") in out
        assert "Skilled Worker Selection Program (PSTQ), through a profile in Arrima" in out
    else:
        assert "Programme de sélection des travailleurs qualifiés (PSTQ)" in out and "Arrima" in out
    assert "just say" not in out.lower() and "simply declare" not in out.lower()


def test_spouse_missing_is_said() -> None:
    assert ("You are married or in a common-law relationship but gave no details about your partner: we scored as "
            "if your partner comes with you, with no spouse points.") in text("spouse_missing")


def test_spouse_citizen_scores_without_spouse_column() -> None:
    assert result("spouse_citizen")["crs"]["spouse"] == 0
    assert "spouse 27" in text("spouse_accompanying") and "spouse 0" in text("spouse_citizen")


# ---------------------------------------------------------------- wrong today: strict xfails

def test_quebec_not_told_of_french_rounds() -> None:
    assert result("quebec")["crs_comparison"] is None  # none compared at all (test_quebec_audit.py)
    assert "French-language proficiency rounds" not in text("quebec")


def test_quebec_not_given_a_way_to_a_cec_invitation() -> None:
    paths = result("quebec").get("paths") or []
    assert not any("The way to an invitation" in p["text"] for p in paths)


def test_not_eligible_not_told_they_can_be_considered_in_french_rounds() -> None:
    assert "you can also be considered" not in result("hours_short_bilingual")["crs_comparison"]["explanation"]


def test_not_eligible_plan_says_the_missing_hours_come_first() -> None:
    first = result("hours_short_ended")["paths"][0]["text"]
    assert "would have been invited in 1" not in first and "hours" in first


def test_paths_do_not_contradict_each_other() -> None:
    paths = [p["text"] for p in result("eligible_low")["paths"]]
    assert paths[0].startswith(("Steps that would have reached every recent cut-off", "One step that would have"))
    assert all(p.startswith("Another way: ") for p in paths[1:])
    assert not any("No combination of up to three steps" in p or "The closest" in p for p in paths[1:])


def test_plan_heading_does_not_promise_an_invitation() -> None:
    assert not result("eligible_low")["paths"][0]["text"].startswith("The way to an invitation")


def test_one_year_is_singular() -> None:
    paths = " ".join(p["text"] for p in result("not_yet")["paths"])
    assert "1 year of Canadian work" in paths and "1 years" not in paths


def test_crs_total_has_a_thousands_separator() -> None:
    out = text("nominee")
    assert "CRS ESTIMATE: 1,070 POINTS" in out and "Your estimated CRS of 1,070" in out


def test_old_expired_tef_is_said_expired() -> None:
    out = text("old_tef_expired")
    assert "expired on December 1, 2025" in out


def test_teer5_told_what_work_counts() -> None:
    change = " ".join(c["text"] for c in result("teer5_only")["what_would_change"])
    assert "paid work as an employee, TEER 0-3" in change


def test_a_gain_is_not_called_a_warning() -> None:
    items = [i for i in result("bilingual_nclc7")["improvements"] if i["id"] == "age_band" and i["gain"] > 0]
    assert items and not items[0]["text"].startswith("Warning")
    sentence = items[0]["text"]
    assert "your age points fall from" in sentence and ", but your estimate that day is" in sentence
    french = [i for i in result("bilingual_nclc7", "fr")["improvements"] if i["id"] == "age_band"]
    assert french[0]["text"].startswith("Le ") and "mais votre estimation ce jour-là sera de" in french[0]["text"]


def test_language_criterion_says_the_test_will_have_expired() -> None:
    assert "January 10, 2027" in criterion(result("not_yet_test_expires_before"), "language")
    assert "before" in criterion(result("not_yet_test_expires_before"), "language")


def test_expiry_warning_names_the_pool() -> None:
    assert "pool" in text("eligible_test_expires_soon").split("GOOD TO KNOW")[1]


def test_quebec_gets_the_full_link() -> None:
    assert "https://www.quebec.ca/immigration" in text("quebec")
