"""Audit of what a person is TOLD about rounds of invitations, against RULES.md section 4 (and 3 for the scores).

The verdict's CRS comparison (eligibility/assess.py) and the /rounds list (flows/rounds_view.py), in English and
French, on the shipped seed. Figures worked out by hand from RULES.md section 4:

- CEC rounds of 2026, oldest first: 511, 509, 508, 508, 507, 509, 515, 514, 518, 516, 517, 516 (07-21),
  516 (08-05), 523 (08-18, #436); then from secondary copies 521 (09-01, #439), 519 (09-15, #443),
  518 (09-29, #446).
- The latest CEC round: #446, September 29, 2026, 2,000 invited, 518 (secondary).
- The last six CEC rounds: July 21 to September 29, 2026, cut-offs 516, 516, 523, 521, 519, 518: 516 to 523.
- A score invites at or above a cut-off: 516 reaches 2 of the six, 518 reaches 3, 523 all 6, 470 none.
- French-language proficiency rounds of 2026: 382 to 420; Provincial Nominee Program rounds of 2026: 697 to 805.
- Categories without year and version: "Trades Occupations", "Healthcare and Social Services Occupations",
  "Physicians with Canadian Work Experience", "Senior managers with Canadian Work Experience".

Right behaviour is a plain test; what should be said otherwise is a strict xfail citing the section.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eligibility import Profile, assess
from eligibility.rounds import CEC, FRENCH, NOMINEE, latest_of_each, seed
from flows.rounds_view import Standing, listing

TODAY = dt.date(2026, 11, 27)
IELTS_CLB_10 = (8.5, 8.0, 7.5, 7.5)  # CLB 10+ in each ability (RULES.md section 2)
IELTS_CLB_9 = (8.0, 7.0, 7.0, 7.0)


def person(age: int, education: str, foreign_years: int, ielts: tuple[float, ...], sibling: bool = False,
           **extra: Any) -> Profile:
    """Single, a TEER 1 job at 40 h since 2025-09-01 (1 year of Canadian work), an IELTS of 2026-06-01."""
    listening, reading, writing, speaking = ielts
    raw: dict[str, Any] = {
        "as_of": TODAY, "age": age, "foreign_work_years": foreign_years, "sibling_in_canada": sibling,
        "jobs": [{"noc": "21232", "start": "2025-09-01", "hours_per_week": 40}],
        "language_tests": [{"test": "ielts_general", "date": "2026-06-01", "listening": listening,
                            "reading": reading, "writing": writing, "speaking": speaking}],
        "education": {"level": education, "eca": True}, **extra}
    return Profile.model_validate(raw, strict=False)


# Scores read from the grid (RULES.md section 3), each checked below by the engine's total.
AT_LATEST = person(31, "two_or_more", 3, IELTS_CLB_10, sibling=True)  # 518: the latest cut-off exactly
AT_LOWEST = person(30, "master", 3, IELTS_CLB_10)  # 516: the lowest of the six
AT_HIGHEST = person(32, "doctoral", 1, IELTS_CLB_10, sibling=True)  # 523: the highest of the six
README = person(29, "bachelor", 2, IELTS_CLB_9)  # 470: the worked example
NOMINEE_1070 = person(29, "bachelor", 2, IELTS_CLB_9, provincial_nomination=True)  # 470 + 600
TEF_NCLC_7 = {"test": "tef_canada", "date": "2026-06-01", "listening": 450, "reading": 450, "writing": 450,
              "speaking": 460}
FRENCH_SPEAKER = person(29, "bachelor", 2, IELTS_CLB_9, language_tests=[
    {"test": "ielts_general", "date": "2026-06-01", "listening": 8, "reading": 7, "writing": 7, "speaking": 7},
    TEF_NCLC_7])  # 470 + 50 (French NCLC 7+, English CLB 5+) + 12 (second language)


def comparison(profile: Profile, lang: str = "en") -> dict[str, Any]:
    found = assess(profile, lang)["crs_comparison"]
    assert found is not None
    return dict(found)


def said(profile: Profile, lang: str = "en") -> str:
    return str(comparison(profile, lang)["explanation"])


# -- the seed, as RULES.md section 4 lists it -------------------------------------------------------------------
def test_the_seed_holds_every_cec_round_of_section_4_in_order() -> None:
    rounds = seed()
    assert [(r.date.isoformat(), r.invitations, r.lowest_crs) for r in rounds.cec] == [
        ("2026-01-07", 8000, 511), ("2026-01-21", 6000, 509), ("2026-02-17", 6000, 508), ("2026-03-03", 4000, 508),
        ("2026-03-17", 4000, 507), ("2026-03-31", 2250, 509), ("2026-04-14", 2000, 515), ("2026-04-28", 2000, 514),
        ("2026-05-27", 3000, 518), ("2026-06-23", 4000, 516), ("2026-07-07", 2000, 517), ("2026-07-21", 2000, 516),
        ("2026-08-05", 3000, 516), ("2026-08-18", 1000, 523), ("2026-09-01", 2000, 521), ("2026-09-15", 2000, 519),
        ("2026-09-29", 2000, 518)]
    assert [r.number for r in rounds.cec][-4:] == ["436", "439", "443", "446"]
    assert [r.secondary for r in rounds.cec][-4:] == [False, True, True, True]  # 439-447: secondary copies


def test_recent_means_the_last_six_cec_rounds_july_21_to_september_29() -> None:
    rounds = seed()
    assert [r.date.isoformat() for r in rounds.recent] == ["2026-07-21", "2026-08-05", "2026-08-18",
                                                           "2026-09-01", "2026-09-15", "2026-09-29"]
    assert [r.lowest_crs for r in rounds.recent] == [516, 516, 523, 521, 519, 518]
    latest = rounds.latest_cec
    assert latest is not None and (latest.number, latest.date, latest.lowest_crs, latest.invitations) == (
        "446", dt.date(2026, 9, 29), 518, 2000)
    # Category and other programs' rounds never enter the CEC comparison (441 at 475, 447 at 476, 440 at 198).
    assert min(rounds.sorted_cutoffs) == 516


def test_other_programs_ranges_are_those_of_section_4() -> None:
    rounds = seed()
    assert rounds.summary(FRENCH) == {"year": 2026, "lowest": 382, "highest": 420}
    assert rounds.summary(NOMINEE) == {"year": 2026, "lowest": 697, "highest": 805}


@pytest.mark.parametrize(("number", "category"), [
    ("437", "French-Language proficiency"),
    ("440", "Physicians with Canadian Work Experience"),
    ("441", "Healthcare and Social Services Occupations"),
    ("444", "Senior managers with Canadian Work Experience"),
    ("447", "Trades Occupations"),
    ("446", "Canadian Experience Class"),
])
def test_categories_are_named_as_ircc_writes_them_without_year_or_version(number: str, category: str) -> None:
    (found,) = [r for r in seed().rounds if r.number == number]
    assert found.category("en") == category
    assert found.category("fr") == category  # no French name in the seed: IRCC's own, never a guess


# -- the verdict's comparison ----------------------------------------------------------------------------------
def test_the_scores_used_below_are_what_the_grid_gives() -> None:
    totals = [assess(p)["crs"]["total"] for p in (AT_LATEST, AT_LOWEST, AT_HIGHEST, README, NOMINEE_1070,
                                                   FRENCH_SPEAKER)]
    assert totals == [518, 516, 523, 470, 1070, 532]


def test_below_every_recent_cut_off() -> None:
    assert said(README) == (
        "Your estimated CRS of 470 is 48 points below the lowest score invited in the latest Canadian Experience "
        "Class round (518, September 29, 2026). In the last 6 Canadian Experience Class rounds (since July 21, "
        "2026), the lowest score invited ranged from 516 to 523; your estimate reached the cut-off in none of "
        "them. (Rounds as of October 1, 2026; the latest 3 from copies of IRCC's list, not yet its own feed.)")
    assert said(README, "fr") == (
        "Votre score SCG estimé (470) est inférieur de 48 points au score minimal de la dernière ronde de la "
        "catégorie de l'expérience canadienne (518, le 29 septembre 2026). Lors des 6 dernières rondes de cette "
        "catégorie (depuis le 21 juillet 2026), ce score minimal a varié de 516 à 523 ; votre score estimé "
        "n'aurait atteint le seuil dans aucune d'elles. (Rondes à jour au 1er octobre 2026 ; les 3 plus récentes "
        "tirées de copies de la liste d'IRCC, pas encore de son fil.)")


def test_a_score_equal_to_the_latest_cut_off_is_said_equal_and_counts_as_reached() -> None:
    """RULES.md 4 gives the lowest score invited: a score equal to it was invited (at or above)."""
    english, french = said(AT_LATEST), said(AT_LATEST, "fr")
    assert english.startswith("Your estimated CRS of 518 equals the lowest score invited in the latest Canadian "
                              "Experience Class round (518, September 29, 2026).")
    assert "ranged from 516 to 523; your estimate reached the cut-off in 3 of them." in english  # 516, 516, 518
    assert french.startswith("Votre score SCG estimé (518) est égal au score minimal de la dernière ronde")
    assert "votre score estimé aurait atteint le seuil dans 3 d'entre elles." in french
    assert comparison(AT_LATEST)["difference"] == 0
    assert comparison(AT_LATEST)["recent"]["would_be_invited"] == 3


def test_a_score_equal_to_the_lowest_of_the_six_reaches_those_two_rounds() -> None:
    english = said(AT_LOWEST)
    assert english.startswith("Your estimated CRS of 516 is 2 points below the lowest score invited in the latest")
    assert "your estimate reached the cut-off in 2 of them." in english  # July 21 and August 5, both 516
    assert "inférieur de 2 points" in said(AT_LOWEST, "fr")
    assert "dans 2 d'entre elles" in said(AT_LOWEST, "fr")


def test_a_score_equal_to_the_highest_of_the_six_reaches_all_of_them() -> None:
    english = said(AT_HIGHEST)
    assert english.startswith("Your estimated CRS of 523 is 5 points above the lowest score invited")
    assert "your estimate reached the cut-off in all of them." in english
    french = said(AT_HIGHEST, "fr")
    assert "dépasse de 5 points" in french and "dans chacune d'elles" in french


def test_a_crs_of_1000_or_more_is_written_with_the_thousands_separator_and_names_nominee_rounds() -> None:
    english, french = said(NOMINEE_1070), said(NOMINEE_1070, "fr")
    assert english.startswith("Your estimated CRS of 1,070 is 552 points above the lowest score invited")
    assert ("With a provincial nomination, you can also be considered in Provincial Nominee Program rounds: in "
            "2026 their lowest invited scores ranged from 697 to 805.") in english
    assert "French-language proficiency" not in english  # no French test: French rounds are not named
    assert french.startswith("Votre score SCG estimé (1 070) dépasse de 552 points")
    assert "Programme des candidats des provinces : en 2026, le score minimal des candidats invités allait de " \
           "697 à 805." in french


def test_french_rounds_are_named_only_to_an_eligible_person_at_nclc_7_in_all_four() -> None:
    english, french = said(FRENCH_SPEAKER), said(FRENCH_SPEAKER, "fr")
    assert ("Your French is at NCLC 7 or more in all four abilities, so you can also be considered in "
            "French-language proficiency rounds: in 2026 their lowest invited scores ranged from 382 to 420.") \
        in english
    assert "Provincial Nominee Program" not in english
    assert "en 2026, le score minimal des candidats invités allait de 382 à 420." in french
    # Not eligible (no Canadian work): no other program's rounds are named, though the French points count.
    no_work = FRENCH_SPEAKER.model_copy(update={"jobs": []})
    result = assess(no_work)
    assert result["verdict"] == "not_eligible" and result["crs"]["details"]["french"] == 50
    assert "French-language proficiency" not in result["crs_comparison"]["explanation"]
    nominee_without_work = NOMINEE_1070.model_copy(update={"jobs": []})
    assert "Provincial Nominee" not in assess(nominee_without_work)["crs_comparison"]["explanation"]


def test_the_comparison_data_carries_the_same_figures() -> None:
    found = comparison(README)
    assert {k: found[k] for k in ("program", "date", "lowest_crs", "invitations", "difference")} == {
        "program": CEC, "date": "2026-09-29", "lowest_crs": 518, "invitations": 2000, "difference": -48}
    assert found["recent"] == {"rounds": 6, "from": "2026-07-21", "to": "2026-09-29", "lowest": 516,
                               "highest": 523, "would_be_invited": 0}
    assert (found["rounds_as_of"], found["rounds_origin"]) == ("2026-10-01", "seed")


# RULES.md 4 ships rounds 438-447 "marked as such": the comparison marks them too (round 2 of the feed audit), in
# the brackets of the rounds' date, where the French CRS message has room for it
def test_the_comparison_says_when_its_latest_rounds_come_from_secondary_copies() -> None:
    assert "copies of IRCC's list" in said(README)
    assert "copies de la liste d'IRCC" in said(README, "fr")


# -- the /rounds list --------------------------------------------------------------------------------------------
def lines(person: Standing | None, lang: str = "en", today: dt.date = TODAY) -> list[str]:
    return listing(seed(), person, lang, today).text.splitlines()


def test_the_list_gives_the_latest_round_of_each_program_in_the_last_12_months() -> None:
    assert [(r.program, r.date.isoformat(), r.lowest_crs) for r in latest_of_each(seed(), TODAY)] == [
        (CEC, "2026-09-29", 518), (FRENCH, "2026-08-19", 382), (NOMINEE, "2026-09-28", 725),
        ("trades_occupations", "2026-10-01", 476),
        ("senior_managers_with_canadian_work_experience", "2026-09-16", 389),
        ("healthcare_and_social_services_occupations", "2026-09-04", 475),
        ("physicians_with_canadian_work_experience", "2026-09-03", 198)]
    english = lines(None)
    assert "• Canadian Experience Class, September 29, 2026: 518 *" in english
    assert "• Trades Occupations, October 1, 2026: 476 *" in english
    assert "• Senior managers with Canadian Work Experience, September 16, 2026: 389 *" in english
    assert "• Healthcare and Social Services Occupations, September 4, 2026: 475 *" in english
    assert not [line for line in english if "Version" in line or "2026-" in line]
    assert "* Read from copies of IRCC's list, not yet from IRCC's own feed." in english
    assert "Rounds as of October 1, 2026." in english
    french = lines(None, "fr")
    assert "• Catégorie de l'expérience canadienne, 29 septembre 2026 : 518 *" in french
    # Read only from copies of the English feed: the catalog's French name, never English in a French list
    assert "• Métiers spécialisés, 1er octobre 2026 : 476 *" in french
    assert not [line for line in french if "Occupations" in line or "Experience" in line]
    assert "* Données tirées de copies de la liste d'IRCC, pas encore du fil de données d'IRCC lui-même." in french


def test_a_year_after_the_last_known_round_the_list_says_there_is_none() -> None:
    # 2027-10-02: the trades round of 2026-10-01 is more than 12 months old.
    assert lines(None, today=dt.date(2027, 10, 2)) == [
        "No round in the last 12 months in our data (rounds as of October 1, 2026)."]
    assert lines(None, "fr", dt.date(2027, 10, 2)) == [
        "Aucune ronde dans les 12 derniers mois dans nos données (rondes à jour au 1er octobre 2026)."]


def test_at_the_cut_off_above_and_below_in_the_list() -> None:
    at = lines(Standing(518, 0, 0, TODAY))
    assert "• Canadian Experience Class, September 29, 2026: 518, you are right at it *" in at
    assert "• Catégorie de l'expérience canadienne, 29 septembre 2026 : 518 — vous êtes exactement au seuil *" \
        in lines(Standing(518, 0, 0, TODAY), "fr")
    below = lines(Standing(470, 0, 0, TODAY))
    assert "• Canadian Experience Class, September 29, 2026: 518, you are 48 points below *" in below
    assert "• Catégorie de l'expérience canadienne, 29 septembre 2026 : 518 — il vous manque 48 points *" \
        in lines(Standing(470, 0, 0, TODAY), "fr")
    assert "• Provincial Nominee Program, September 28, 2026: 725, needs a provincial nomination *" in below
    assert ("• French-language proficiency, August 19, 2026: 382, needs NCLC 7 in French (all four abilities)"
            in below)
    # A category says its cut-off only: who is in it is IRCC's call (section 4).
    assert "• Trades Occupations, October 1, 2026: 476 *" in below


def test_french_and_nominee_rounds_compare_only_when_the_score_counts_those_points() -> None:
    french = lines(Standing(532, 50, 0, TODAY))
    assert "• French-language proficiency, August 19, 2026: 382, you are 150 points above" in french
    assert "• Provincial Nominee Program, September 28, 2026: 725, needs a provincial nomination *" in french
    nominee = lines(Standing(1070, 0, 600, TODAY))
    assert "• Provincial Nominee Program, September 28, 2026: 725, you are 345 points above *" in nominee
    assert "• Canadian Experience Class, September 29, 2026: 518, you are 552 points above *" in nominee
    assert "• Programme des candidats des provinces, 28 septembre 2026 : 725 — vous le dépassez de 345 points *" \
        in lines(Standing(1070, 0, 600, TODAY), "fr")


def test_an_estimate_of_1000_or_more_reads_the_same_in_the_list_as_in_the_verdict() -> None:
    """With a nomination (+600, RULES.md 3) the CRS passes 1,000: the list wrote '1070' where the verdict writes
    '1,070' (French '1 070')."""
    assert "Compared with your latest CRS estimate, 1,070 (from November 27, 2026)." in lines(
        Standing(1070, 0, 600, TODAY))
    assert "Comparaison avec votre dernière estimation SCG, 1 070 (du 27 novembre 2026)." in lines(
        Standing(1070, 0, 600, TODAY), "fr")


def test_an_estimate_for_a_planned_day_says_so_in_both_languages() -> None:
    planned = Standing(465, 0, 0, TODAY, dt.date(2027, 1, 1))
    assert ("Compared with your latest CRS estimate, 465 (from November 27, 2026, for an application on "
            "January 1, 2027).") in lines(planned)
    assert ("Comparaison avec votre dernière estimation SCG, 465 (du 27 novembre 2026, pour une demande présentée "
            "le 1er janvier 2027).") in lines(planned, "fr")
    today = Standing(465, 0, 0, TODAY, TODAY)  # an estimate for today says nothing more
    assert "Compared with your latest CRS estimate, 465 (from November 27, 2026)." in lines(today)
