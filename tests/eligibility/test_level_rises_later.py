"""An eligible person whose language level will rise on a later application day (RULES.md 1, "Which language level
applies when jobs differ in TEER": the level is that of the occupation with the most hours in the 3 years before
the application). Eligible today at CLB 5 through a TEER 3 job, while an ongoing TEER 1 job will take the lead:
the verdict says by when an application must be made, or that a test at CLB 7 is needed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eligibility import Profile, assess
from eligibility.reminders import schedule
from flows.reminders import reminder_message
from flows.result_view import glance

D = dt.date


def celpip(level: int, date: str = "2026-01-10") -> dict[str, Any]:
    return {"test": "celpip_general", "date": date, "listening": level, "reading": level, "writing": level,
            "speaking": level}


def profile(tests: list[dict[str, Any]], as_of: str = "2026-05-01", **more: Any) -> Profile:
    # A cook (63200, TEER 3) full time 2024-01-01 to 2025-06-30, then a developer (21232, TEER 1) full time since.
    jobs = [{"noc": "63200", "start": "2024-01-01", "end": "2025-06-30", "hours_per_week": 40},
            {"noc": "21232", "start": "2025-07-01", "end": None, "hours_per_week": 40}]
    return Profile.model_validate({"as_of": as_of, "birth_date": "1995-01-01", "marital_status": "single",
                                   "jobs": jobs, "language_tests": tests, **more}, strict=False)


def test_the_last_day_at_clb_5_is_said() -> None:
    # The cook's 78 weeks at 30 h count whole until 2027-01-01; the developer's 30 h a week since 2025-07-01 catch
    # up with them on 2026-12-30 (a tie takes CLB 7, RULES.md 1): CLB 6 then no longer meets the level.
    result = assess(profile([celpip(6)]))
    assert (result["verdict"], result["required_clb"]) == ("eligible", 5)
    assert result["language_met_until"] == "2026-12-29"
    assert assess(profile([celpip(6)], as_of="2026-12-29"))["verdict"] == "eligible"
    later = assess(profile([celpip(6)], as_of="2026-12-30"))
    assert (later["verdict"], later["required_clb"]) == ("not_eligible", 7)
    language = result["criteria"][1]["explanation"]
    assert "This holds for an application made by December 29, 2026: from December 30, 2026" in language
    (warning,) = [w for w in result["warnings"] if w["id"] == "language_level_rises_later"]
    assert "NOC 21232 (TEER 1), which needs CLB 7" in warning["text"]
    assert "invited and apply by December 29, 2026, or take a test at CLB 7 by then." in warning["text"]


def test_in_french_and_at_a_glance() -> None:
    result = assess(profile([celpip(6)]), "fr")
    (warning,) = [w for w in result["warnings"] if w["id"] == "language_level_rises_later"]
    assert "au plus tard le 29 décembre 2026" in warning["text"] and "NCLC 7" in warning["text"]
    assert ("Seulement pour une demande présentée au plus tard le 29 décembre 2026 : le NCLC 7 s'appliquera "
            "ensuite.") in glance(result, "fr")
    assert "Only for an application made by December 29, 2026: CLB 7 applies after that." in glance(
        assess(profile([celpip(6)])), "en")


def test_nothing_to_say_when_a_result_meets_clb_7_all_along() -> None:
    result = assess(profile([celpip(9)]))
    assert result["language_met_until"] is None
    assert "language_level_rises_later" not in [w["id"] for w in result["warnings"]]


def test_a_second_result_at_clb_7_carries_it() -> None:
    assert assess(profile([celpip(6), celpip(7, "2026-03-01")]))["language_met_until"] is None


def test_only_teer_3_work_cannot_rise() -> None:
    p = profile([celpip(6)])
    only_cook = p.model_copy(update={"jobs": [p.jobs[0], p.jobs[1].model_copy(update={"noc": "63200"})]})
    assert assess(only_cook)["language_met_until"] is None


def test_not_said_to_someone_who_will_live_in_quebec() -> None:
    result = assess(profile([celpip(6)], intends_to_live_in_quebec=True))
    assert "language_level_rises_later" not in [w["id"] for w in result["warnings"]]


def test_not_said_when_the_rise_comes_beyond_a_profile_year_and_its_60_days() -> None:
    # Half time in the developer job: it catches up with the cook only after 2027-06-30.
    p = profile([celpip(6)])
    slow = p.model_copy(update={"jobs": [p.jobs[0], p.jobs[1].model_copy(update={"hours_per_week": 15})]})
    assert assess(slow)["language_met_until"] is None


def test_reminded_60_days_before_the_last_day() -> None:
    p = profile([celpip(6)])
    (level,) = [r for r in schedule(p, assess(p), D(2026, 5, 1), D(2026, 5, 1)) if r.kind == "level"]
    assert (level.due, level.event, level.until) == (D(2026, 10, 30), D(2026, 12, 29), D(2026, 12, 30))
    said = reminder_message(level, "en", level.due).text
    assert "December 29, 2026, in 60 days, is the last day an application meets" in said
    dit = reminder_message(level, "fr", level.due).text
    assert "le 29 décembre 2026, dans 60 jours, est le dernier jour" in dit


def test_at_a_glance_every_ability_short_of_the_level_is_named_as_in_details() -> None:
    # On 2026-12-30 CLB 7 applies and CELPIP 6/6/7/6 falls short in three abilities: the first screen's "What to
    # do" names the three, as the language criterion does, never listening alone (the integration walkthrough).
    mixed = {**celpip(6), "writing": 7}
    later = assess(profile([mixed], as_of="2026-12-30"))
    gaps = [c for c in later["what_would_change"] if c.get("ability")]
    assert [c["ability"] for c in gaps] == ["listening", "reading", "speaking"]
    assert ("What to do: A new approved language test with CLB 7 in listening (you have CLB 6), CLB 7 in reading "
            "(you have CLB 6) and CLB 7 in speaking (you have CLB 6), and at least the same level in the other "
            "abilities.") in glance(later, "en").replace("</b>", "").replace("<b>", "")
    fr = glance(assess(profile([mixed], as_of="2026-12-30"), "fr"), "fr").replace("</b>", "").replace("<b>", "")
    assert ("À faire : un nouveau test de langue approuvé avec NCLC 7 en compréhension de l'oral (votre niveau : "
            "NCLC 6), NCLC 7 en compréhension de l'écrit (votre niveau : NCLC 6) et NCLC 7 en expression orale "
            "(votre niveau : NCLC 6), et au moins le même niveau dans les autres compétences.") in fr
    one = assess(profile([{**celpip(7), "speaking": 6}], as_of="2026-12-30"))
    assert ("What to do: A new approved language test with CLB 7 in speaking (you have CLB 6), and at least the "
            "same level in the other abilities.\n") in glance(one, "en").replace("</b>", "") + "\n"
