"""Rules that say their age: the dated CRS caveat, French links, rounds passed in as data, and the feed checks."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from eligibility import Profile, ScreeningProfile, assess
from eligibility.rounds import CEC, FRENCH, NOMINEE, Round, concerns, from_records, news, seed, with_seed
from eligibility.rounds_import import FeedError, check_not_shrunken, parse_feed
from eligibility.tables import crs_grid, links

D = dt.date
FR_HOME = "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express.html"
FR_CRS_TOOL = ("https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/"
               "verifier-note.html")
FR_CEC = ("https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/entree-express/"
          "qui-presenter-demande/categorie-experience-canadienne.html")


def profile(as_of: dt.date, **extra: object) -> Profile:
    education = {"level": "bachelor", "in_canada": True}
    return Profile.model_validate({"as_of": as_of, "age": 29, "education": education, **extra})


def caveats(result: dict) -> list[dict]:
    return [w for w in result["warnings"] if w["id"] == "crs_high_wage_factor"]


@pytest.mark.parametrize(("as_of", "shown"), [(D(2026, 11, 2), False), (D(2026, 11, 3), True),
                                               (D(2026, 8, 1), False), (D(2027, 2, 1), True)])
def test_the_crs_caveat_from_2026_11_03_in_both_languages(as_of: dt.date, shown: bool) -> None:
    english, french = assess(profile(as_of)), assess(profile(as_of), "fr")
    assert bool(caveats(english)) is shown and bool(caveats(french)) is shown
    if shown:
        [en], [fr] = caveats(english), caveats(french)
        assert "high-wage occupations since November 3, 2026" in en["text"]
        assert links()["crs_criteria"] in en["text"] and links()["crs_tool"] in en["text"]
        assert "salaire élevé" in fr["text"] and "3 novembre 2026" in fr["text"]
        # No French address is given for the CRS criteria page: the French Express Entry home stands in.
        assert FR_HOME in fr["text"] and FR_CRS_TOOL in fr["text"] and "/en/" not in fr["text"]


def test_the_caveat_is_data_with_its_date() -> None:
    [entry] = crs_grid()["caveats"]
    assert entry["id"] == "high_wage_factor" and entry["from"] == "2026-11-03"


def test_no_caveat_without_a_crs_estimate() -> None:
    result = assess(ScreeningProfile.model_validate({"as_of": D(2026, 11, 27)}))
    assert result["crs"] is None and not caveats(result)


def test_french_readers_get_the_french_pages_and_the_home_page_otherwise() -> None:
    french = links("fr")
    assert french["cec_rules"] == FR_CEC and french["crs_tool"] == FR_CRS_TOOL
    assert french["noc_finder"] == "https://noc.esdc.gc.ca/?GoCTemplateCulture=fr-CA"
    for page in ("language_test", "eca", "crs_criteria", "rounds", "language_results"):
        assert french[page] == FR_HOME
    steps = [s for s in assess(profile(D(2026, 11, 27)), "fr")["next_steps"] if "url" in s]
    assert all("/fr/" in s["url"] or "GoCTemplateCulture=fr-CA" in s["url"] for s in steps), steps
    assert all("/en/" not in s["url"] and "/english/" not in s["url"] for s in steps)


def test_the_seed_holds_the_rounds_of_section_4_and_marks_those_from_secondary_copies() -> None:
    rounds = {r.number: r for r in seed().rounds if r.number}
    assert rounds["435"] == Round(D(2026, 8, 17), NOMINEE, 442, 760, "435")
    assert rounds["436"] == Round(D(2026, 8, 18), CEC, 1000, 523, "436")
    assert rounds["437"] == Round(D(2026, 8, 19), FRENCH, 5000, 382, "437")
    assert not any(rounds[n].secondary for n in ("435", "436", "437"))
    # 438-447: RULES.md section 4's table, read from secondary copies of the feed
    assert rounds["446"] == Round(D(2026, 9, 29), CEC, 2000, 518, "446") and rounds["446"].secondary
    assert rounds["440"].program == "physicians_with_canadian_work_experience" and rounds["440"].lowest_crs == 198
    assert rounds["447"].category() == "Trades Occupations" and rounds["447"].invitations == 3500
    assert all(rounds[str(n)].secondary for n in range(438, 448))
    assert [r.lowest_crs for r in seed().cec[-3:]] == [521, 519, 518]
    assert not [r for r in seed().rounds if r.date > D(2026, 10, 1)]  # nothing later is known here
    assert seed().as_of == D(2026, 10, 1)


def test_the_live_feed_replaces_the_secondary_rounds_and_is_never_refused_for_lacking_them() -> None:
    confirmed = [r for r in seed().rounds if not r.secondary]
    check_not_shrunken(confirmed, seed())  # the live feed may disagree with a secondary copy
    with pytest.raises(FeedError, match="round 437 of 2026-08-19"):
        check_not_shrunken([r for r in confirmed if r.number != "437"], seed())


def test_verdicts_compare_with_the_rounds_passed_in() -> None:
    later = from_records([*(r.as_dict() for r in seed().rounds if not r.secondary),
                          {"number": 438, "date": "2026-11-25", "program": CEC, "invitations": 2500,
                           "lowest_crs": 466}], D(2026, 11, 30))
    seeded = assess(profile(D(2026, 11, 27)))["crs_comparison"]
    fresh = assess(profile(D(2026, 11, 27)), rounds=later)["crs_comparison"]
    assert seeded["lowest_crs"] == 518 and seeded["rounds_as_of"] == "2026-10-01"
    assert fresh["lowest_crs"] == 466 and fresh["date"] == "2026-11-25" and fresh["rounds_as_of"] == "2026-11-30"
    assert "(Rounds as of November 30, 2026.)" in fresh["explanation"]
    assert fresh["recent"]["highest"] == 523 and fresh["recent"]["lowest"] == 466
    assert "rounds_stale" not in {w["id"] for w in assess(profile(D(2026, 11, 27)))["warnings"]}  # 57 days
    stale = assess(profile(D(2027, 1, 5)))["warnings"]
    assert "rounds_stale" in {w["id"] for w in stale}  # the seed is 96 days old on 2027-01-05 (stale after 90)
    assert "rounds_stale" not in {w["id"] for w in assess(profile(D(2026, 11, 27)), rounds=later)["warnings"]}


def test_news_is_what_came_after_the_newest_known_round() -> None:
    old = Round(D(2019, 1, 1), CEC, 3000, 440, "100")  # years of IRCC's history are not news
    new = [Round(D(2026, 11, 25), CEC, 2500, 466, "448"), Round(D(2026, 11, 26), FRENCH, 4000, 390, "449")]
    assert news(seed(), [*seed().rounds, old, *new]) == new
    assert news(from_records([r.as_dict() for r in new], D(2026, 11, 27)), new) == []


@pytest.mark.parametrize(("program", "french", "nominee", "told"), [
    (CEC, False, False, True), (FRENCH, False, False, False), (FRENCH, True, False, True),
    (NOMINEE, False, False, False), (NOMINEE, False, True, True), ("healthcare", True, True, False)])
def test_who_hears_about_a_round(program: str, french: bool, nominee: bool, told: bool) -> None:
    assert concerns(Round(D(2026, 11, 25), program, 1000, 500), french, nominee) is told


def feed(*rows: dict) -> bytes:
    return json.dumps({"classes": "", "rounds": list(rows)}).encode()


ROW = {"drawNumber": "438", "drawDate": "2026-11-25", "drawName": "Canadian Experience Class",
       "drawSize": "2,500", "drawCRS": "466", "drawCutOff": "ignored"}


def test_the_feed_reads_irccs_strings() -> None:
    [r] = parse_feed(feed(ROW))
    assert r == Round(D(2026, 11, 25), CEC, 2500, 466, "438")
    assert r.name == "Canadian Experience Class"


@pytest.mark.parametrize(("body", "problem"), [
    (b"<html>maintenance</html>", "not JSON"),
    (feed(), "the feed holds no rounds"),
    (b'{"draws": []}', 'no "rounds" list'),
    (feed({**ROW, "drawCRS": "n/a"}), "rounds.0 (round '438'): drawCRS"),
    (feed({**ROW, "drawDate": "soon"}), "drawDate"),
    (feed({**ROW, "drawCRS": "1500"}), "drawCRS 1500"),
])
def test_a_broken_feed_is_named_in_one_line(body: bytes, problem: str) -> None:
    with pytest.raises(FeedError) as caught:
        parse_feed(body)
    assert problem in str(caught.value) and "\n" not in str(caught.value)


def test_a_shrunken_feed_is_refused() -> None:
    known = seed()
    whole = [*known.rounds, Round(D(2026, 11, 25), CEC, 2500, 466, "448")]
    check_not_shrunken(whole, known)  # more rounds: fine
    with pytest.raises(FeedError, match=r"shrunken: 1 of the 26 rounds we hold are missing"):
        check_not_shrunken(list(known.rounds[1:]), known)


def test_a_part_of_the_feed_keeps_the_seed_rounds_it_lacks_and_the_live_feed_replaces_secondary_ones() -> None:
    part = from_records([{"number": "432", "date": "2026-08-05", "program": CEC, "invitations": 3000,
                          "lowest_crs": 516}], D(2026, 12, 4))
    merged = with_seed(part, seed())
    assert merged.origin == "database" and merged.as_of == D(2026, 12, 4)
    assert {r.number for r in merged.rounds} >= {"432", "435", "436", "437", "446", "447"}
    assert len([r for r in merged.rounds if r.date == D(2026, 8, 5)]) == 1  # the seed's 08-05 round is #432
    live = from_records([*(r.as_dict() for r in seed().rounds if not r.secondary),
                         {"number": "448", "date": "2026-10-14", "program": CEC, "invitations": 2000,
                          "lowest_crs": 517}], D(2026, 12, 4))
    assert not [r for r in with_seed(live, seed()).rounds if r.secondary]  # the live feed covers them
