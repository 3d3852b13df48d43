"""What is due for whom on which day (eligibility/reminders.py): each kind and its boundaries, dates passed in."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eligibility import Profile, ScreeningProfile, assess
from eligibility.reminders import Reminder, birthday, live, next_of_each_kind, schedule

D = dt.date
AS_OF = D(2026, 11, 27)


def ielts(date: dt.date, level: float = 8.0) -> dict[str, Any]:
    """IELTS General Training, CLB 9 or more in every ability at 8.0."""
    return {"test": "ielts_general", "date": date, "listening": level, "reading": level, "writing": level,
            "speaking": level}


def profile(**changes: Any) -> ScreeningProfile:
    """Single, born 1997-03-10 (29), outside Quebec, a TEER 1 job at 40 h/week since 2025-06-01 (eligible),
    IELTS at CLB 9+ taken 2025-06-01 (expires 2027-06-01)."""
    data: dict[str, Any] = {
        "as_of": AS_OF, "birth_date": D(1997, 3, 10), "marital_status": "single",
        "jobs": [{"noc": "21232", "start": D(2025, 6, 1), "end": None, "hours_per_week": 40}],
        "language_tests": [ielts(D(2025, 6, 1))],
        "education": {"level": "bachelor", "in_canada": False, "eca": True},
    }
    data.update(changes)
    data = {key: value for key, value in data.items() if value is not None}  # None: leave the field out
    model = Profile if "birth_date" in data or "age" in data else ScreeningProfile
    return model.model_validate(data, strict=False)


def plan(p: ScreeningProfile, since: dt.date = AS_OF, today: dt.date = AS_OF, muted: tuple[str, ...] = ()
         ) -> list[Reminder]:
    return schedule(p, assess(p), since, today, muted)


def plan_eca(p: ScreeningProfile, issued: dt.date) -> list[Reminder]:
    return schedule(p, assess(p), AS_OF, AS_OF, eca_issued=issued)


def kinds(reminders: list[Reminder]) -> list[tuple[str, dt.date]]:
    return [(r.kind, r.due) for r in reminders]


# -- the day a "not yet eligible" person becomes eligible ------------------------------------------------------
def test_not_yet_eligible_is_reminded_on_the_projected_day() -> None:
    # 1,560 h at 30 h/week take 52 weeks: from 2026-03-02, the window holds them on 2027-03-01.
    p = profile(jobs=[{"noc": "21232", "start": D(2026, 3, 2), "end": None, "hours_per_week": 40}])
    result = assess(p)
    assert result["verdict"] == "not_yet_eligible"
    assert result["eligible_on"] == "2027-03-01"
    (eligible,) = [r for r in plan(p) if r.kind == "eligible"]
    assert (eligible.due, eligible.event, eligible.until) == (D(2027, 3, 1), D(2027, 3, 1), D(2027, 3, 31))


def test_the_projected_day_follows_the_answers() -> None:
    part_time = profile(jobs=[{"noc": "21232", "start": D(2026, 3, 2), "end": None, "hours_per_week": 15}])
    (eligible,) = [r for r in plan(part_time) if r.kind == "eligible"]
    assert eligible.due == D.fromisoformat(assess(part_time)["eligible_on"])
    assert eligible.due > D(2027, 3, 1), "half the hours take longer than full time"


def test_eligible_or_not_eligible_people_get_no_eligibility_reminder() -> None:
    assert "eligible" not in [r.kind for r in plan(profile())]
    in_quebec = profile(intends_to_live_in_quebec=True,
                        jobs=[{"noc": "21232", "start": D(2026, 3, 2), "end": None, "hours_per_week": 40}])
    assert assess(in_quebec)["verdict"] == "not_eligible"
    assert "eligible" not in [r.kind for r in plan(in_quebec)]


# -- the language result expiring --------------------------------------------------------------------------------
def test_test_expiry_90_and_30_days_before_the_day_it_stops_counting() -> None:
    test_90, test_30 = [r for r in plan(profile()) if r.kind.startswith("test_")]
    expires = D(2027, 6, 1)  # 2 years after 2025-06-01 (RULES.md §2)
    assert (test_90.kind, test_90.due, test_90.until, test_90.event) == (
        "test_90", D(2027, 3, 3), D(2027, 5, 2), expires)
    assert (test_30.kind, test_30.due, test_30.until, test_30.event) == (
        "test_30", D(2027, 5, 2), expires, expires)
    assert test_30.details == {"test": "ielts_general", "taken": "2025-06-01", "expires": "2027-06-01"}


def test_the_windows_of_the_test_reminders_meet_without_overlap() -> None:
    reminders = plan(profile())
    assert [r.kind for r in live(reminders, D(2027, 3, 2))] == []
    assert [r.kind for r in live(reminders, D(2027, 3, 3))] == ["test_90"]
    assert [r.kind for r in live(reminders, D(2027, 5, 1))] == ["test_90"]
    assert [r.kind for r in live(reminders, D(2027, 5, 2))] == ["test_30"]
    assert [r.kind for r in live(reminders, D(2027, 5, 31))] == ["test_30"]
    on_expiry = plan(profile(), today=D(2027, 6, 1))
    assert not [r for r in on_expiry if r.kind.startswith("test_")], "on its expiry day, nothing is left to say"


def test_the_result_relied_on_is_the_one_that_meets_the_level_and_lasts_longest() -> None:
    later_but_weak = ielts(D(2026, 1, 10), level=5.0)  # CLB 5-6: below the CLB 7 a TEER 1 job needs
    later_and_strong = ielts(D(2025, 9, 1))
    p = profile(language_tests=[ielts(D(2025, 6, 1)), later_but_weak, later_and_strong])
    test_90 = next(r for r in plan(p) if r.kind == "test_90")
    assert test_90.event == D(2027, 9, 1)
    assert test_90.details["taken"] == "2025-09-01"


def test_no_test_reminder_when_the_verdict_does_not_rest_on_a_test() -> None:
    in_quebec = profile(intends_to_live_in_quebec=True)
    assert not [r for r in plan(in_quebec) if r.kind.startswith("test_")]
    too_weak = profile(language_tests=[ielts(D(2025, 6, 1), level=5.0)])
    assert assess(too_weak)["verdict"] == "not_eligible"
    assert not [r for r in plan(too_weak) if r.kind.startswith("test_")]


def test_nothing_due_before_the_day_reminders_were_turned_on() -> None:
    late = plan(profile(), since=D(2027, 4, 1), today=D(2027, 4, 1))
    assert [r.kind for r in late if r.kind.startswith("test_")] == ["test_30"]


# -- the ECA turning 5 years old ------------------------------------------------------------------------------
def test_eca_90_days_before_it_turns_5_years_old() -> None:
    (eca,) = [r for r in plan_eca(profile(), D(2023, 5, 1)) if r.kind == "eca"]
    assert (eca.due, eca.until, eca.event) == (D(2028, 2, 1), D(2028, 5, 1), D(2028, 5, 1))
    assert dict(eca.details) == {"issued": "2023-05-01"}


def test_no_eca_reminder_without_its_date_or_when_the_crs_did_not_count_one() -> None:
    assert "eca" not in [r.kind for r in plan(profile())], "the screening does not ask the date"
    canadian = profile(education={"level": "bachelor", "in_canada": True})
    assert "eca" not in [r.kind for r in plan_eca(canadian, D(2023, 5, 1))]
    without = profile(education={"level": "bachelor", "in_canada": False, "eca": False})
    assert "eca" not in [r.kind for r in plan_eca(without, D(2023, 5, 1))]
    no_crs = profile(birth_date=None)
    assert "eca" not in [r.kind for r in plan_eca(no_crs, D(2023, 5, 1))]


def test_an_eca_already_5_years_old_is_not_reminded() -> None:
    assert "eca" not in [r.kind for r in plan_eca(profile(), D(2021, 11, 1))]


# -- birthdays that cost CRS age points ------------------------------------------------------------------------
def test_the_day_before_turning_30_when_age_points_drop() -> None:
    birthdays = [r for r in plan(profile()) if r.kind == "birthday"]
    # Without a spouse: 29 -> 110, 30 -> 105, 31 -> 99 (RULES.md §3); within the two years ahead.
    assert kinds(birthdays) == [("birthday", D(2027, 3, 9)), ("birthday", D(2028, 3, 9))]
    first = birthdays[0]
    assert (first.until, first.event) == (D(2027, 3, 10), D(2027, 3, 10))
    assert dict(first.details) == {"age": 30, "before": 110, "after": 105}
    assert dict(birthdays[1].details) == {"age": 31, "before": 105, "after": 99}


def test_an_accompanying_spouse_uses_the_with_spouse_column() -> None:
    married = profile(marital_status="married", spouse={"canadian_citizen_or_pr": False, "accompanying": True})
    first = next(r for r in plan(married) if r.kind == "birthday")
    assert dict(first.details) == {"age": 30, "before": 100, "after": 95}


def test_birthdays_that_cost_nothing_are_not_reminded() -> None:
    young = profile(birth_date=D(2001, 5, 5))  # 25: 110 points until 29, the first drop is at 30 in 2031
    assert not [r for r in plan(young) if r.kind == "birthday"]
    old = profile(birth_date=D(1980, 1, 1))  # 46: no age points left to lose
    assert not [r for r in plan(old) if r.kind == "birthday"]


def test_the_last_costly_birthday_is_45() -> None:
    p = profile(birth_date=D(1982, 6, 1))  # 44 on 2026-11-27: 6 points, 0 at 45
    (last,) = [r for r in plan(p) if r.kind == "birthday"]
    assert (last.due, dict(last.details)) == (D(2027, 5, 31), {"age": 45, "before": 6, "after": 0})


def test_a_29_february_birthday_counts_from_1_march() -> None:
    assert birthday(D(1996, 2, 29), 31) == D(2027, 3, 1)
    assert birthday(D(1996, 2, 29), 32) == D(2028, 2, 29)
    p = profile(birth_date=D(1996, 2, 29))
    first = next(r for r in plan(p) if r.kind == "birthday")
    assert (first.due, first.details["age"]) == (D(2027, 2, 28), 31)
    assert p.age_on(first.due) == 30 and p.age_on(first.event) == 31


def test_no_birthday_reminder_without_a_birth_date() -> None:
    assert not [r for r in plan(profile(birth_date=None, age=29)) if r.kind == "birthday"]
    no_crs = profile(birth_date=None)  # the quick screening: no age, no CRS
    assert assess(no_crs)["crs"] is None
    assert not [r for r in plan(no_crs) if r.kind == "birthday"]


def test_the_birthday_reminder_is_only_worth_sending_on_its_day() -> None:
    reminders = plan(profile(), today=D(2027, 3, 9))
    assert next(r.kind for r in live(reminders, D(2027, 3, 9))) == "birthday"
    assert "birthday" not in [r.kind for r in live(plan(profile(), today=D(2027, 3, 10)), D(2027, 3, 10))]


# -- the yearly check ----------------------------------------------------------------------------------------
def test_a_yearly_check_when_nothing_else_is_due_in_the_year_before() -> None:
    quiet = profile(birth_date=None, intends_to_live_in_quebec=True)  # no CRS age, no test relied on
    assert kinds(plan(quiet)) == [("yearly", D(2027, 11, 27))]
    yearly = plan(quiet)[0]
    assert (yearly.until, dict(yearly.details)) == (D(2027, 12, 27), {"years": 1})
    assert kinds(plan(quiet, today=D(2027, 12, 27))) == [("yearly", D(2028, 11, 27))]


def test_no_yearly_check_in_a_year_with_other_reminders() -> None:
    assert "yearly" not in [r.kind for r in plan(profile())]  # the test and birthdays fill the year


def test_cancelling_the_other_kinds_brings_the_yearly_check_back() -> None:
    muted = ("test_90", "test_30", "birthday")
    assert kinds(plan(profile(), muted=muted)) == [("yearly", D(2027, 11, 27))]
    assert plan(profile(), muted=(*muted, "yearly")) == []


# -- what is listed and what is sent ---------------------------------------------------------------------------
def test_live_puts_first_the_reminder_whose_window_closes_first() -> None:
    p = profile(birth_date=D(1997, 3, 5))  # birthday reminder on 2027-03-04, test_90 live since 2027-03-03
    assert [r.kind for r in live(plan(p, today=D(2027, 3, 4)), D(2027, 3, 4))] == ["birthday", "test_90"]


def test_one_line_per_kind_in_the_list() -> None:
    listed = next_of_each_kind(plan(profile()))
    assert kinds(listed) == [("test_90", D(2027, 3, 3)), ("birthday", D(2027, 3, 9)), ("test_30", D(2027, 5, 2))]


def test_a_partner_who_may_come_names_the_other_columns_points() -> None:
    # The profile in the column the verdict's CRS reads (coming: 100 -> 95); the other, 110 -> 105 (RULES.md 3)
    married = profile(marital_status="married", spouse={"canadian_citizen_or_pr": False, "accompanying": True})
    first = next(r for r in schedule(married, assess(married), AS_OF, AS_OF, partner_unsure=True)
                 if r.kind == "birthday")
    assert dict(first.details) == {"age": 30, "before": 100, "after": 95, "coming": True, "other_before": 110,
                                   "other_after": 105}
    alone = profile(marital_status="married", spouse={"canadian_citizen_or_pr": False, "accompanying": False})
    first = next(r for r in schedule(alone, assess(alone), AS_OF, AS_OF, partner_unsure=True)
                 if r.kind == "birthday")
    assert dict(first.details) == {"age": 30, "before": 110, "after": 105, "coming": False, "other_before": 100,
                                   "other_after": 95}


def test_the_yearly_check_says_the_partner_answer_is_still_open() -> None:
    quiet = profile(birth_date=None, language_tests=[])
    found = schedule(quiet, assess(quiet), AS_OF, AS_OF, partner_unsure=True)
    (yearly,) = [r for r in found if r.kind == "yearly"]
    assert dict(yearly.details) == {"years": 1, "partner_unsure": True}
