"""Acceptance review of issue 6: realistic people played through the real conversation, each result worked
out by hand from RULES.md (shared/reference/RULES.md) in the comments and asserted.

Arithmetic used throughout (RULES.md section 1): hours accrue per calendar day at hours_per_week / 7, at most
30 h a week (30/7 a day) summed over every qualifying job; 1,560 h are needed (364 days at the cap). The
3-year window for an application made on 2026-11-27 is 2023-11-27..2026-11-26 (the application day itself is
not in it). The required level is that of the occupation (NOC unit group) with the most hours: TEER 0/1
CLB 7, TEER 2/3 CLB 5, a tie CLB 7. A test is valid for 2 years from its date (not on the anniversary).
The six wrong results this review found (p24, p34 to p38) are fixed; their tests assert the right result.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flows import conversation as talk
from flows.machine import VERDICT, Screening
from flows.profile_builder import build_profile

TODAY = dt.date(2026, 11, 27)
GT = "IELTS GT"  # IELTS typed with its version: "IELTS" alone is asked about (General Training or Academic?)
CLB_6_IELTS = "5.5 5 5.5 5.5"  # IELTS GT: 5.5/5.0/5.5/5.5 are each exactly the CLB 6 row
CLB_9_IELTS = "8 7 7 7"  # 8.0/7.0/7.0/7.0 are each exactly the CLB 9 row


def say(screening: Screening, *answers: str, lang: str = "en", today: dt.date = TODAY) -> talk.Reply:
    reply = talk.show(screening, lang, today)
    for text in answers:
        reply = talk.handle_text(screening, text, lang, today)
        assert not reply.error, f"{text!r} refused at {screening.state}: {reply.messages[0].text}"
    return reply


def job(code: str, start: str, end: str | None = None, hours: str = "30", *, paid: str = "yes",
        employee: str = "yes", student: str = "no", studies_end: str | None = None, authorized: str = "yes",
        more: bool = False, fr: bool = False) -> list[str]:
    """The typed answers of one job in Canada, from its title (or code) to "add another job?". A job found not to
    count (TEER 4 or 5, unpaid, self-employed, a full-time student throughout) is asked nothing more (issue 16)."""
    yes, no = ("oui", "non") if fr else ("yes", "no")
    words = {"yes": yes, "no": no}
    another = yes if more else no
    if code.isdigit() and len(code) == 5 and code[1] in "45":
        return [code, another]
    answers = [code, start, yes if end is None else no, *([] if end is None else [end]), hours,
               words.get(paid, paid)]
    if paid == "no":
        return [*answers, another]
    answers.append(words.get(employee, employee))
    if employee == "no":
        return [*answers, another]
    answers.append(words.get(student, student))
    if studies_end is not None:
        answers.append(studies_end)
    if student == "yes":
        return [*answers, another]
    return [*answers, words.get(authorized, authorized), another]


def a_test(kind: str, date: str, scores: str, *, fr: bool = False) -> list[str]:
    return [kind, date, scores, "non" if fr else "no"]


def start(fr: bool = False) -> list[str]:
    """Not in Quebec, and a paid job in Canada."""
    return ["non", "oui"] if fr else ["no", "yes"]


def result(reply: talk.Reply) -> dict[str, Any]:
    assert reply.result is not None
    return reply.result


def play(*answers: str, lang: str = "en", today: dt.date = TODAY) -> tuple[Screening, dict[str, Any]]:
    screening = talk.new_screening()
    reply = say(screening, *answers, lang=lang, today=today)
    assert screening.state == VERDICT
    return screening, result(reply)


def buttons(reply: talk.Reply) -> list[tuple[str, str]]:
    return [(b.label, b.data) for m in reply.messages for row in m.buttons for b in row]


# -- 1. hours and the 30 h cap ------------------------------------------------------------------------------
def test_p01_full_time_developer_with_celpip_is_eligible_and_overtime_is_capped() -> None:
    # 2024-02-15..2026-11-26: 366 (to 2025-02-15, with 2024-02-29) + 365 (to 2026-02-15) + 273 (to 2026-11-15)
    # + 12 = 1,016 days; 1,016 x 30/7 = 4,354.3 h count, 1,016 x 7.5/7 = 1,088.6 h above the cap.
    # CELPIP 8/8/7/9 is CLB 8/8/7/9: the lowest, 7, meets the CLB 7 of TEER 1 (21232).
    _, r = play(*start(), *job("21232", "2024-02-15", hours="37.5"), *a_test("celpip", "2025-03-03", "8 8 7 9"))
    assert r["verdict"] == "eligible" and r["qualifying_hours"] == 4354 and r["required_clb"] == 7
    assert r["hours_ledger"]["jobs"][0]["not_counted"]["over_30h_week"] == 1089
    assert r["language_results"][0]["clb"] == {"listening": 8, "reading": 8, "writing": 7, "speaking": 9}


def test_p02_two_overlapping_part_time_jobs_share_the_30_hour_cap() -> None:
    # Cook 63200 (TEER 3) 25 h from 2025-03-01; mechanic 72410 (TEER 2) 20 h 2025-06-01..2026-05-31.
    # a) 2025-03-01..05-31, 92 days, cook alone: 92 x 25/7 = 328.57
    # b) 2025-06-01..2026-05-31, 365 days, 45 h capped at 30: 1,564.29 (cook 25/45 = 869.05, mechanic 695.24);
    #    365 x 15/7 = 782.1 h above the cap
    # c) 2026-06-01..11-26, 179 days (30+31+31+30+31+26), cook alone: 639.29
    # Total 2,532.1; cook 1,836.9 leads (TEER 3): CLB 5. IELTS 5/4/5/5 is exactly CLB 5 in each.
    _, r = play(*start(), *job("63200", "2025-03-01", hours="25", more=True),
                *job("72410", "2025-06-01", "2026-05-31", hours="20"), *a_test(GT, "2025-10-01", "5 4 5 5"))
    assert r["verdict"] == "eligible" and r["qualifying_hours"] == 2532 and r["required_clb"] == 5
    assert r["hours_ledger"]["by_occupation"] == {"63200": 1837, "72410": 695}
    over = sum(line["not_counted"].get("over_30h_week", 0) for line in r["hours_ledger"]["jobs"])
    assert abs(over - 782) <= 1


def test_p03_a_job_that_ended_inside_the_window_with_exactly_1560_hours() -> None:
    # 2022-06-01..2024-11-24 at 30 h: in the window 2023-11-27..2024-11-24 = 366 - 2 = 364 days, x 30/7 = 1,560.
    _, r = play(*start(), *job("21232", "2022-06-01", "2024-11-24"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "eligible" and r["qualifying_hours"] == 1560


def test_p04_one_day_less_at_the_window_edge_is_not_eligible_and_no_day_is_promised() -> None:
    # Ended 2024-11-23: 363 days x 30/7 = 1,555.7 h; the job has ended, so no projected day.
    _, r = play(*start(), *job("21232", "2022-06-01", "2024-11-23"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "not_eligible" and r["qualifying_hours"] == 1556 and r["eligible_on"] is None


def test_p05_applying_in_a_later_month_drops_the_oldest_hours_out_of_the_window() -> None:
    # The p03 person applies on 2026-12-01: the window starts 2023-12-01, so 2023-12-01..2024-11-24 = 360 days,
    # x 30/7 = 1,542.9 h: not eligible any more. Back to today: eligible again.
    screening, r = play(*start(), *job("21232", "2022-06-01", "2024-11-24"),
                        *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "eligible"
    later = talk.plan(screening, "2026-12-01", "en", TODAY)
    assert later is not None
    assert result(later)["verdict"] == "not_eligible" and result(later)["qualifying_hours"] == 1543
    back = talk.plan(screening, "today", "en", TODAY)
    assert back is not None and result(back)["verdict"] == "eligible"


def test_p06_ten_hours_a_week_for_three_years_just_reaches_1560() -> None:
    # 10 h from 2024-01-01: 1,061 days to 2026-11-26 x 10/7 = 1,515.7 h. 1,560 h need 1,092 days at 10/7:
    # 2024-01-01 + 1,092 days = 2026-12-28 (366 + 365 + 361); its window starts 2023-12-28, before the job.
    _, r = play(*start(), *job("21232", "2024-01-01", hours="10"), *a_test(GT, "2026-01-10", CLB_9_IELTS))
    assert r["verdict"] == "not_yet_eligible" and r["qualifying_hours"] == 1516
    assert r["eligible_on"] == "2026-12-28"


def test_p07_nine_and_a_half_hours_a_week_never_get_there() -> None:
    # A 3-year window holds at most 1,096 days: 1,096 x 9.5/7 = 1,487.4 h < 1,560, so no day ever comes.
    _, r = play(*start(), *job("21232", "2024-01-01", hours="9.5"), *a_test(GT, "2026-01-10", CLB_9_IELTS))
    assert r["verdict"] == "not_eligible" and r["qualifying_hours"] == 1440 and r["eligible_on"] is None


def test_p08_hours_that_changed_for_good_given_as_two_jobs_of_one_occupation() -> None:
    # 21232 at 20 h 2024-06-01..2025-05-31: 365 x 20/7 = 1,042.9; then 40 h from 2025-06-01: 544 days
    # (365 + 179) x 30/7 = 2,331.4. One occupation: 3,374.3 h.
    _, r = play(*start(), *job("21232", "2024-06-01", "2025-05-31", hours="20", more=True),
                *job("21232", "2025-06-01", hours="40"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "eligible" and r["qualifying_hours"] == 3374
    assert r["hours_ledger"]["by_occupation"] == {"21232": 3374}


# -- 2. full-time studies -------------------------------------------------------------------------------------
def test_p09_graduate_who_kept_the_job_is_not_yet_eligible_and_the_test_expires_soon_after() -> None:
    # Studies ended 2026-02-28: hours count from 2026-03-01; to 2026-11-26 that is 271 days
    # (31+30+31+30+31+31+30+31+26) x 30/7 = 1,161.4 h. 364 days from 2026-03-01: 2027-02-28.
    # IELTS of 2025-06-01 expires 2027-06-01, 93 days after: within the ~4 months RULES.md warns about.
    _, r = play(*start(), *job("21232", "2023-09-01", hours="40", student="Part of the time",
                               studies_end="2026-02-28"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "not_yet_eligible" and r["qualifying_hours"] == 1161
    assert r["eligible_on"] == "2027-02-28"
    assert "test_expires_soon" in [w["id"] for w in r["warnings"]]


def test_p10_en_francais_des_etudes_finies_en_novembre_sans_le_jour_decident() -> None:
    # « novembre 2025 » : lecture prudente, fin le 2025-11-30, heures dès le 12-01 : 361 jours x 30/7 = 1 547,1 h,
    # admissible le 2025-12-01 + 364 = 2026-11-30. Lecture favorable, fin le 11-01 : 390 jours = 1 671,4 h.
    screening, r = play(*start(fr=True), *job("21232", "2023-09-01", hours="40", student="une partie du temps",
                                             studies_end="novembre 2025", fr=True),
                        *a_test(GT, "2025-06-01", CLB_9_IELTS, fr=True), lang="fr")
    assert screening.answers["jobs"][0]["job_student_end"] == "2025-11"
    assert r["verdict"] == "not_yet_eligible" and r["qualifying_hours"] == 1547
    assert r["eligible_on"] == "2026-11-30"
    assert r["approximate"]["decisive"] and r["approximate"]["deciding"] == [["job_student_end", 0]]
    assert r["approximate"]["favourable"]["verdict"] == "eligible"
    assert r["approximate"]["favourable"]["qualifying_hours"] == 1671


def test_p11_studies_that_ended_in_the_month_the_job_ended_are_read_carefully_as_the_whole_job() -> None:
    # Job 2024-09-01..2025-06-30 at 30 h, studies ended "June 2025". Careful: 2025-06-30, the job's last day:
    # nothing counts. Favourable: 2025-06-01, so 2025-06-02..06-30 = 29 days x 30/7 = 124.3 h. Either way
    # far from 1,560 and the job is over: not eligible either way. Since issue 15 the hours still missing (1,560
    # or 1,436) and the level needed (none yet, or CLB 5) count as something acted on: both are said.
    _, r = play(*start(), *job("72410", "2024-09-01", "2025-06-30", student="partly", studies_end="June 2025"),
                *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "not_eligible" and r["qualifying_hours"] == 0
    assert r["approximate"]["decisive"] and r["approximate"]["favourable"]["verdict"] == "not_eligible"
    assert r["approximate"]["favourable"]["qualifying_hours"] == 124
    assert r["approximate"]["favourable"]["hours_short"] == 1436


# -- 3. month-only dates, "not sure" --------------------------------------------------------------------------
def test_p12_a_month_only_end_date_decides_and_is_asked_for() -> None:
    # 72410 from 2024-01-15 to "January 2025" at 30 h. Careful end 2025-01-01: 353 days x 30/7 = 1,512.9 h, the
    # job is over: not eligible. Favourable end 2025-01-31: 383 days = 1,641.4 h: eligible (TEER 2: CLB 5).
    screening = talk.new_screening()
    reply = say(screening, *start(), *job("72410", "2024-01-15", "January 2025"),
                *a_test(GT, "2026-01-10", CLB_6_IELTS))
    r = result(reply)
    assert r["verdict"] == "not_eligible" and r["qualifying_hours"] == 1513
    assert r["approximate"]["decisive"] and r["approximate"]["deciding"] == [["job_end", 0]]
    assert r["approximate"]["favourable"] == {"verdict": "eligible", "eligible_on": None,
                                              "qualifying_hours": 1641, "crs_total": None,
                                              "required_clb": 5, "hours_short": 0,
                                              "language_met": True}  # issue 15: both figures
    assert reply.messages[0].text.startswith("<b>❔ I can't tell yet")
    assert "Hours still needed, careful / favourable: 47 (1,513 h count) / 0" in \
        reply.messages[0].text
    assert ("✏️ Job 1 · end", "edit|job_end|0") in buttons(reply)


def test_p13_en_francais_un_debut_en_mars_sans_le_jour_ne_change_rien() -> None:
    # « mars 2024 », 40 h : prudente dès le 2024-03-31 : 971 jours x 30/7 = 4 161,4 h ; favorable dès le 03-01 :
    # 1 001 jours = 4 290 h. Admissible dans les deux cas : mentionné seulement.
    screening = talk.new_screening()
    reply = say(screening, *start(fr=True), *job("21232", "mars 2024", hours="40", fr=True),
                *a_test(GT, "2025-06-01", CLB_9_IELTS, fr=True), lang="fr")
    r = result(reply)
    assert r["verdict"] == "eligible" and r["qualifying_hours"] == 4161
    assert r["approximate"]["decisive"] is False and r["approximate"]["favourable"]["qualifying_hours"] == 4290
    assert "approximatives" not in reply.messages[0].text and "❔" not in reply.messages[0].text  # issue 15


def test_p14_not_sure_about_being_an_employee_gives_no_verdict_but_how_to_check() -> None:
    # Careful: self-employed, 0 h. Favourable: 2024-01-01..2026-11-26 = 1,061 days x 30/7 = 4,547.1 h.
    screening = talk.new_screening()
    reply = say(screening, *start(), *job("21232", "2024-01-01", hours="40", employee="not sure"),
                *a_test(GT, "2025-06-01", CLB_9_IELTS))
    r = result(reply)
    assert r["verdict"] == "not_eligible" and r["qualifying_hours"] == 0
    assert r["approximate"]["deciding"] == [["job_employee", 0]]
    assert r["approximate"]["favourable"]["verdict"] == "eligible"
    assert r["approximate"]["favourable"]["qualifying_hours"] == 4547
    assert "T4" in reply.messages[0].text


def test_p15_en_francais_pas_sur_du_permis_de_travail() -> None:
    # Prudente : non autorisé, 0 h. Favorable : 1 061 jours x 30/7 = 4 547,1 h, admissible.
    screening = talk.new_screening()
    reply = say(screening, *start(fr=True), *job("21232", "2024-01-01", hours="40", authorized="je ne sais pas",
                                                fr=True),
                *a_test(GT, "2025-06-01", CLB_9_IELTS, fr=True), lang="fr")
    r = result(reply)
    assert screening.answers["jobs"][0]["job_authorized"] == "unsure"
    assert r["verdict"] == "not_eligible" and r["approximate"]["deciding"] == [["job_authorized", 0]]
    assert reply.messages[0].text.startswith("<b>❔ Je ne peux pas encore trancher")


def test_p16_an_unknown_test_date_is_read_as_expired() -> None:
    # "I don't know the date": careful, just over 2 years old (2024-11-26): not valid. Favourable: today.
    screening = talk.new_screening()
    say(screening, *start(), *job("21232", "2024-01-01"), GT)
    reply = talk.handle_button(screening, "test_date:0", "unsure", "en", TODAY)
    assert reply is not None
    reply = say(screening, CLB_9_IELTS, "no")
    r = result(reply)
    assert r["verdict"] == "not_eligible" and r["language_results"][0]["valid"] is False
    assert r["approximate"]["deciding"] == [["test_date", 0]]
    assert r["approximate"]["favourable"]["verdict"] == "eligible"


# -- 4. jobs that do not count --------------------------------------------------------------------------------
def test_p17_self_employed_hours_do_not_count() -> None:
    _, r = play(*start(), *job("21232", "2024-01-01", employee="no"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "not_eligible" and r["qualifying_hours"] == 0
    assert r["hours_ledger"]["jobs"][0]["excluded_because"] == "self_employed"
    # a software developer's self-employment is no physician's: the fee-for-service exception is not said
    assert "physician_exception" not in [w["id"] for w in r["warnings"]]


def test_p18_a_retail_job_found_by_title_is_teer_4_and_said_at_once_not_to_count() -> None:
    screening = talk.new_screening()
    reply = say(screening, *start(), "retail salesperson")
    assert buttons(reply)[0] == ("64100 · Retail salespersons and visual merchandisers · TEER 4",
                                 "a|job_occupation:0|n64100")
    tapped = talk.handle_button(screening, "job_occupation:0", "n64100", "en", TODAY)
    said = tapped.messages[0].text if tapped is not None else ""
    assert "count neither for the Canadian Experience Class nor as Canadian work in the CRS" in said
    assert "Do you have another job in Canada to add" in said or "another job" in said  # its dates are skipped
    reply = say(screening, "no", *a_test(GT, "2025-06-01", CLB_9_IELTS))
    r = result(reply)
    assert r["verdict"] == "not_eligible" and r["qualifying_hours"] == 0 and r["required_clb"] is None
    assert r["hours_ledger"]["jobs"] == []  # asked nothing but its occupation: it is not in the hours ...
    assert "Job 1 (TEER 4) counts for neither the CEC nor the CRS" in reply.messages[0].text  # ... and why


def test_p19_a_food_server_job_takes_none_of_the_cap_from_a_mechanic_job() -> None:
    # 65200 (TEER 5) 30 h from 2024-01-01: excluded. 72410 15 h from 2025-01-01: 695 days (365 + 330) x 15/7 =
    # 1,489.3 h. 1,560 h need 728 days at 15/7: 2025-01-01 + 728 = 2026-12-30. TEER 2: CLB 5, CLB 6 meets it.
    _, r = play(*start(), *job("65200", "2024-01-01", more=True), *job("72410", "2025-01-01", hours="15"),
                *a_test(GT, "2026-01-10", CLB_6_IELTS))
    assert r["verdict"] == "not_yet_eligible" and r["qualifying_hours"] == 1489
    assert r["eligible_on"] == "2026-12-30" and r["required_clb"] == 5


def test_p20_an_unpaid_internship_does_not_count() -> None:
    _, r = play(*start(), *job("21232", "2024-01-01", paid="no"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "not_eligible" and r["qualifying_hours"] == 0
    assert r["hours_ledger"]["jobs"][0]["excluded_because"] == "unpaid"


def test_p21_en_francais_aucun_emploi_au_canada() -> None:
    screening = talk.new_screening()
    reply = say(screening, "non", "non", *a_test("TEF Canada", "2025-06-01", "546 546 558 556", fr=True),
                lang="fr")
    r = result(reply)
    assert r["verdict"] == "not_eligible" and r["qualifying_hours"] == 0 and r["eligible_on"] is None
    assert build_profile(screening.answers, TODAY)["jobs"] == []
    assert "travail qualifié et rémunéré au Canada" in reply.messages[0].text


def test_p22_someone_who_will_live_in_quebec() -> None:
    # Said at once since issue 15 (RULES.md §8): Quebec's own route, and no verdict or CRS to someone who stays.
    screening = talk.new_screening()
    reply = say(screening, "yes")
    assert "PSTQ" in reply.messages[0].text and "Arrima" in reply.messages[0].text
    assert reply.result is None and screening.state == "quebec"
    # Someone who answered everything, then says they will live in Quebec, keeps every answer.
    _, r = play("no", "yes", *job("21232", "2024-01-01"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    screening = talk.new_screening()
    say(screening, "no", "yes", *job("21232", "2024-01-01"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    talk.edit(screening, "quebec", 0, "en", TODAY)
    assert talk.handle_text(screening, "yes", "en", TODAY).result is None
    assert talk.handle_button(screening, "quebec:0", "no", "en", TODAY).result == r


# -- 5. which language level, and the tests ---------------------------------------------------------------
def test_p23_the_occupation_with_the_most_hours_decides_the_level_not_the_teer_group() -> None:
    # RULES.md's example, scaled: 21232 2024-01-01..07-05 = 187 days (31+29+31+30+31+30+5) x 30/7 = 801.4 h;
    # 72410 2024-08-01..12-04 = 126 days = 540 h; 72310 2025-01-01..05-06 = 126 days = 540 h. Total 1,881.4.
    # TEER 2 holds 1,080 h in all, but each TEER 2 occupation has 540: 21232 leads, CLB 7; CLB 6 falls short.
    _, r = play(*start(), *job("21232", "2024-01-01", "2024-07-05", more=True),
                *job("72410", "2024-08-01", "2024-12-04", more=True), *job("72310", "2025-01-01", "2025-05-06"),
                *a_test(GT, "2026-01-10", CLB_6_IELTS))
    assert r["qualifying_hours"] == 1881 and r["required_clb"] == 7 and r["verdict"] == "not_eligible"
    assert r["hours_ledger"]["by_occupation"] == {"21232": 801, "72410": 540, "72310": 540}


def test_p24_two_jobs_given_only_by_teer_are_not_one_occupation() -> None:
    # The p23 person who does not know the two TEER 2 codes. Read carefully (they may well be two unit
    # groups, as here: 72410 and 72310), 21232's 801 h lead: CLB 7, not met by CLB 6. At the very least the
    # verdict must not be a plain "eligible".
    _, r = play(*start(), *job("21232", "2024-01-01", "2024-07-05", more=True),
                *job("TEER 2", "2024-08-01", "2024-12-04", more=True), *job("TEER 2", "2025-01-01", "2025-05-06"),
                *a_test(GT, "2026-01-10", CLB_6_IELTS))
    assert r["qualifying_hours"] == 1881
    assert r["verdict"] != "eligible" or r.get("approximate", {}).get("decisive")


def test_p25_a_tie_between_teer_1_and_teer_3_hours_asks_for_clb_7() -> None:
    # 21232 and 63200 both 15 h from 2025-01-01: 695 x 15/7 = 1,489.3 h each (30 h together: no cap). A tie:
    # CLB 7 (RULES.md's conservative choice, said to the user); CLB 6 falls short.
    _, r = play(*start(), *job("21232", "2025-01-01", hours="15", more=True),
                *job("63200", "2025-01-01", hours="15"), *a_test(GT, "2026-01-10", CLB_6_IELTS))
    assert r["qualifying_hours"] == 2979 and r["required_clb"] == 7 and r["verdict"] == "not_eligible"
    assert "language_tie" in [w["id"] for w in r["warnings"]]


def test_p26_a_test_taken_exactly_two_years_ago_has_expired_one_day_later_has_not() -> None:
    # IELTS of 2024-11-27 expires 2026-11-27, the application day: not valid. Of 2024-11-28: valid one more day.
    _, old = play(*start(), *job("21232", "2024-01-01"), *a_test(GT, "2024-11-27", CLB_9_IELTS))
    assert old["verdict"] == "not_eligible" and old["language_results"][0]["valid"] is False
    _, fresh = play(*start(), *job("21232", "2024-01-01"), *a_test(GT, "2024-11-28", CLB_9_IELTS))
    assert fresh["verdict"] == "eligible" and fresh["language_results"][0]["expires"] == "2026-11-28"
    assert "test_expires_soon" in [w["id"] for w in fresh["warnings"]]


def test_p27_pte_core_before_2024_01_30_is_not_accepted() -> None:
    # Screened on 2025-06-01: 21232 from 2023-01-01 at 30 h, 882 days = 3,780 h. PTE Core 60/60/69/68 is exactly
    # CLB 7 in each; accepted only from 2024-01-30.
    day = dt.date(2025, 6, 1)
    _, before = play(*start(), *job("21232", "2023-01-01"), *a_test("PTE Core", "2024-01-29", "60 60 69 68"),
                     today=day)
    assert before["qualifying_hours"] == 3780 and before["verdict"] == "not_eligible"
    assert "unsupported_pte_core" in [w["id"] for w in before["warnings"]]
    _, after = play(*start(), *job("21232", "2023-01-01"), *a_test("PTE Core", "2024-01-30", "60 60 69 68"),
                    today=day)
    assert after["verdict"] == "eligible"
    assert after["language_results"][0]["clb"] == {"listening": 7, "reading": 7, "writing": 7, "speaking": 7}


def test_p28_en_francais_tef_canada_une_lecture_a_433_manque_le_nclc_7() -> None:
    # TEF Canada 434/433/428/456 : NCLC 7/6/7/7 (lecture : 433 < 434). 21232 (FEER 1) : NCLC 7 requis.
    _, r = play(*start(fr=True), *job("21232", "2024-01-01", fr=True),
                *a_test("TEF Canada", "2025-06-01", "434 433 428 456", fr=True), lang="fr")
    assert r["language_results"][0]["clb"] == {"listening": 7, "reading": 6, "writing": 7, "speaking": 7}
    assert r["verdict"] == "not_eligible" and r["required_clb"] == 7


def test_p29_en_francais_tcf_canada_au_seuil_du_nclc_7_pour_un_gestionnaire() -> None:
    # TCF Canada 458/453/10/10 : NCLC 7 partout. 20012 (FEER 0) depuis 2024-01-01 : NCLC 7 requis et atteint.
    _, r = play(*start(fr=True), *job("20012", "2024-01-01", fr=True),
                *a_test("TCF Canada", "2025-06-01", "458 453 10 10", fr=True), lang="fr")
    assert r["language_results"][0]["clb"] == {"listening": 7, "reading": 7, "writing": 7, "speaking": 7}
    assert r["verdict"] == "eligible" and r["required_clb"] == 7


def test_p30_a_cook_with_clb_5_is_eligible_a_developer_with_clb_5_is_not() -> None:
    # CELPIP 5/5/5/5 = CLB 5. 63200 (TEER 3) needs CLB 5; 21232 (TEER 1) needs CLB 7.
    _, cook = play(*start(), *job("63200", "2024-01-01"), *a_test("CELPIP", "2025-06-01", "5 5 5 5"))
    _, developer = play(*start(), *job("21232", "2024-01-01"), *a_test("CELPIP", "2025-06-01", "5 5 5 5"))
    assert (cook["verdict"], cook["required_clb"]) == ("eligible", 5)
    assert (developer["verdict"], developer["required_clb"]) == ("not_eligible", 7)


# -- 6. edits after the verdict -------------------------------------------------------------------------------
def test_p31_saying_the_job_ended_after_the_verdict_asks_the_end_and_the_verdict_follows() -> None:
    # Eligible (1,061 days from 2024-01-01). Then: the job ended 2024-06-30: 182 days (31+29+31+30+31+30)
    # x 30/7 = 780 h, the job is over: not eligible.
    screening, r = play(*start(), *job("21232", "2024-01-01"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "eligible"
    talk.edit(screening, "job_ongoing", 0, "en", TODAY)
    reply = talk.handle_text(screening, "no", "en", TODAY)
    assert screening.state == "job_end"
    reply = say(screening, "2024-06-30")
    assert screening.state == VERDICT
    assert result(reply)["verdict"] == "not_eligible" and result(reply)["qualifying_hours"] == 780


def test_p32_changing_the_test_from_ielts_to_celpip_asks_the_scores_again() -> None:
    screening, r = play(*start(), *job("21232", "2024-01-01"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert r["verdict"] == "eligible"
    talk.edit(screening, "test_kind", 0, "en", TODAY)
    say(screening, "celpip")
    assert screening.state == "test_date"  # another kind is most likely another result: its own day
    say(screening, "2025-06-01")
    assert screening.state == "test_listening"  # 8/7/7/7 mean nothing on CELPIP's scale
    reply = say(screening, "6 6 6 6")
    assert screening.state == VERDICT
    assert result(reply)["verdict"] == "not_eligible" and result(reply)["required_clb"] == 7


def test_p33_no_job_in_canada_then_yes_again_asks_every_job_question() -> None:
    screening, _ = play(*start(), *job("21232", "2024-01-01"), *a_test(GT, "2025-06-01", CLB_9_IELTS))
    talk.edit(screening, "canadian_work", 0, "en", TODAY)
    reply = say(screening, "no")
    assert result(reply)["verdict"] == "not_eligible" and build_profile(screening.answers, TODAY)["jobs"] == []
    talk.edit(screening, "canadian_work", 0, "en", TODAY)
    say(screening, "yes")
    assert screening.state == "job_occupation"
    reply = say(screening, *job("63200", "2025-06-01"))
    # 63200 from 2025-06-01: 544 days x 30/7 = 2,331.4 h, TEER 3: CLB 5, met by CLB 9.
    assert screening.state == VERDICT
    assert result(reply)["verdict"] == "eligible" and result(reply)["qualifying_hours"] == 2331


# -- 7. wrong verdicts found ------------------------------------------------------------------------------------
def test_p34_a_projected_day_on_which_the_required_level_has_become_clb_7() -> None:
    # 72410 (TEER 2) 2025-01-01..06-12 at 30 h: 163 days (31+28+31+30+31+12) = 698.6 h.
    # 21232 (TEER 1) from 2026-07-10 at 30 h: 140 days (22+31+30+31+26) = 600 h. Total 1,298.6; 72410 leads
    # today: CLB 5, met by CLB 6. 1,560 - 1,298.6 = 261.4 h = 61 days at 30/7: 2027-01-27. But then 21232 holds
    # 861.4 h > 698.6: CLB 7 applies, and the CLB 6 test does not meet it: no day can be promised.
    screening, r = play(*start(), *job("72410", "2025-01-01", "2025-06-12", more=True),
                        *job("21232", "2026-07-10"), *a_test(GT, "2026-01-10", CLB_6_IELTS))
    assert r["qualifying_hours"] == 1299 and r["hours_ledger"]["by_occupation"] == {"72410": 699, "21232": 600}
    later = talk.plan(screening, "2027-02-01", "en", TODAY)  # the product's own "what if" agrees: CLB 7 by then
    assert later is not None and result(later)["required_clb"] == 7 and result(later)["verdict"] == "not_eligible"
    assert r["eligible_on"] is None and r["verdict"] == "not_eligible"


def test_p35_two_month_only_starts_can_change_which_occupation_leads() -> None:
    # 21232 (TEER 1) 20 h from "September 2025"; 72410 (TEER 2) 10 h from "June 2024"; 30 h together: no cap.
    # Careful (Sep 30, Jun 30): 423 x 20/7 = 1,208.6 vs 880 x 10/7 = 1,257.1 -> 72410 leads, CLB 5: eligible.
    # Favourable (Sep 1, Jun 1): 452 x 20/7 = 1,291.4 vs 909 x 10/7 = 1,298.6 -> 72410 leads: eligible.
    # Sep 1 and Jun 30 (say the person started on Sep 3 and Jun 27): 1,291.4 vs 1,257.1 -> 21232 leads: CLB 7,
    # CLB 6 falls short: not eligible. The month-only answers decide the verdict and must be asked for.
    screening = talk.new_screening()
    reply = say(screening, *start(), *job("21232", "September 2025", hours="20", more=True),
                *job("72410", "June 2024", hours="10"), *a_test(GT, "2026-01-10", CLB_6_IELTS))
    r = result(reply)
    # Every combination is read: the careful verdict is the least favourable one (Sep 1 with Jun 30).
    assert r["verdict"] == "not_eligible" and r["required_clb"] == 7
    assert r["hours_ledger"]["by_occupation"] == {"21232": 1291, "72410": 1257}
    assert r["approximate"]["decisive"] and r["approximate"]["favourable"]["verdict"] == "eligible"
    assert r["approximate"]["deciding"] == [["job_start", 0], ["job_start", 1]]
    assert "I can't tell yet" in reply.messages[0].text


def test_p36_a_graduate_screening_on_the_last_day_of_full_time_studies() -> None:
    # 21232 at 30 h since 2023-09-01, kept; full-time studies ended today, 2026-11-27. Nothing counts yet; hours
    # count from 2026-11-28. 364 days at 30/7 a day = 1,560 h: on the application day 2026-11-28 + 364 =
    # 2027-11-27. (Studies that ended yesterday give 2027-11-26: the product gets that one right.)
    _, r = play(*start(), *job("21232", "2023-09-01", student="partly", studies_end="2026-11-27"),
                *a_test(GT, "2026-01-10", CLB_9_IELTS))
    assert r["qualifying_hours"] == 0
    assert r["verdict"] == "not_yet_eligible" and r["eligible_on"] == "2027-11-27"


def test_p37_studies_that_ended_this_month_without_the_day() -> None:
    # "November 2026": careful, the latest possible day, today: hours from 2026-11-28, eligible on 2027-11-27.
    # Favourable: 2026-11-01, hours from 11-02: 25 days x 30/7 = 107.1 h now, eligible on 11-02 + 364 = 2027-11-01.
    _, r = play(*start(), *job("21232", "2023-09-01", student="partly", studies_end="November 2026"),
                *a_test(GT, "2026-01-10", CLB_9_IELTS))
    assert r["approximate"]["favourable"]["eligible_on"] == "2027-11-01"
    assert r["approximate"]["favourable"]["qualifying_hours"] == 107
    assert r["verdict"] == "not_yet_eligible" and r["eligible_on"] == "2027-11-27"


def test_p38_just_under_1560_hours_is_not_shown_as_1560() -> None:
    # 21232 at 26.5 h 2024-01-01..2025-02-15: 412 days (366 + 46) x 26.5/7 = 1,559.7 h < 1,560: not eligible
    # (the job is over). The figure shown must not read as the 1,560 needed.
    screening = talk.new_screening()
    reply = say(screening, *start(), *job("21232", "2024-01-01", "2025-02-15", hours="26.5"),
                *a_test(GT, "2026-01-10", CLB_9_IELTS))
    r = result(reply)
    assert r["verdict"] == "not_eligible"
    assert "About 0 more" not in reply.messages[0].text
    assert r["qualifying_hours"] < 1560


def test_p39_clb_6_in_english_and_nclc_7_in_french_one_language_is_enough() -> None:
    # 21232 (TEER 1): CLB 7. IELTS 5.5/5/5.5/5.5 = CLB 6 falls short; TEF 434/434/428/456 = NCLC 7 meets it.
    _, r = play(*start(), *job("21232", "2024-01-01"), GT, "2026-01-10", CLB_6_IELTS, "yes",
                *a_test("TEF", "2025-06-01", "434 434 428 456"))
    assert r["verdict"] == "eligible" and r["required_clb"] == 7
    assert [x["clb"]["reading"] for x in r["language_results"]] == [6, 7]


def test_p40_a_test_month_picked_without_the_day_that_decides_validity() -> None:
    # IELTS in "November 2024" (the day skipped in the picker). Careful: 2024-11-01, expired 2026-11-01: no valid
    # test, not eligible. Favourable: 2024-11-30, valid until 2026-11-30: eligible. Asked for.
    screening = talk.new_screening()
    say(screening, *start(), *job("21232", "2024-01-01"), GT)
    assert talk.handle_button(screening, "test_date:0", "2024-11", "en", TODAY) is not None
    r = result(say(screening, CLB_9_IELTS, "no"))
    assert r["verdict"] == "not_eligible" and r["language_results"][0]["expires"] == "2026-11-01"
    assert r["approximate"]["deciding"] == [["test_date", 0]]
    assert r["approximate"]["favourable"]["verdict"] == "eligible"


def test_p41_after_the_verdict_a_second_job_and_the_end_of_studies_change_the_level() -> None:
    # First: 21232 at 30 h from 2025-06-01: 544 days (365 + 179) x 30/7 = 2,331.4 h, TEER 1: CLB 7.
    screening, r = play(*start(), *job("21232", "2025-06-01"), *a_test(GT, "2026-01-10", CLB_9_IELTS))
    assert (r["verdict"], r["qualifying_hours"], r["required_clb"]) == ("eligible", 2331, 7)
    # "Add another job?" yes: 63200 at 30 h 2024-01-01..2025-05-31, 517 days (366 + 151) x 30/7 = 2,215.7 h.
    talk.edit(screening, "job_more", 0, "en", TODAY)
    say(screening, "yes")
    assert screening.state == "job_occupation" and screening.position["job"] == 1
    r = result(say(screening, *job("63200", "2024-01-01", "2025-05-31")))
    assert r["hours_ledger"]["by_occupation"] == {"21232": 2331, "63200": 2216} and r["required_clb"] == 7
    # Job 1 was partly during full-time studies, ended 2026-01-31: 21232 counts from 2026-02-01, 299 days
    # (28+31+30+31+30+31+31+30+31+26) x 30/7 = 1,281.4 h. 63200 now leads: CLB 5.
    talk.edit(screening, "job_student", 0, "en", TODAY)
    say(screening, "partly")
    assert screening.state == "job_student_end"
    reply = say(screening, "2026-01-31")
    assert screening.state == VERDICT
    r = result(reply)
    assert r["hours_ledger"]["by_occupation"] == {"21232": 1281, "63200": 2216}
    assert (r["verdict"], r["qualifying_hours"], r["required_clb"]) == ("eligible", 3497, 5)


def test_p42_resolving_a_not_sure_after_the_verdict_gives_a_clear_verdict() -> None:
    # "Not sure" on the permit, then "yes" from the fix button: 1,061 days x 30/7 = 4,547.1 h, eligible.
    screening = talk.new_screening()
    reply = say(screening, *start(), *job("21232", "2024-01-01", authorized="not sure"),
                *a_test(GT, "2025-06-01", CLB_9_IELTS))
    assert ("✏️ Job 1 · authorized", "edit|job_authorized|0") in buttons(reply)
    talk.edit(screening, "job_authorized", 0, "en", TODAY)
    reply = say(screening, "yes")
    assert screening.state == VERDICT
    r = result(reply)
    assert r["verdict"] == "eligible" and r["qualifying_hours"] == 4547 and "approximate" not in r
