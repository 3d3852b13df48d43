"""Answers a person on a phone can give: the job-title finder, no job in Canada, answers that are not exact,
date pickers, four scores at once, education by where it was earned, a planned application month."""

from __future__ import annotations

import pytest

from flows import conversation as talk
from flows.machine import CRS_RESULT, VERDICT, Screening
from flows.profile_builder import ALL, build_profile
from flows.results import result_for_answers

from .chat_steps import TODAY, say

WORK_AFTER_TITLE = ["2025-09-01", "yes", "40", "yes", "yes", "no", "yes", "no"]
IELTS = ["IELTS GT", "2025-06-01", "8 7 7 7", "no"]


def buttons(reply: talk.Reply) -> list[tuple[str, str]]:
    return [(b.label, b.data) for m in reply.messages for row in m.buttons for b in row]


def press(screening: Screening, reply: talk.Reply, label: str, lang: str = "en") -> talk.Reply:
    """Press the button whose label starts with `label`, as the service would route it."""
    data = next(d for text, d in buttons(reply) if text.startswith(label))
    kind, _, rest = data.partition("|")
    key, _, value = rest.partition("|")
    if kind == "a":
        result = talk.handle_button(screening, key, value, lang, TODAY)
    elif kind == "plan":
        result = talk.plan(screening, rest, lang, TODAY)
    else:
        result = talk.handle_picker(screening, kind, key, value, lang, TODAY)
    assert result is not None, data
    return result


# -- the finder in the conversation ----------------------------------------------------------------------
def test_a_job_title_offers_occupations_to_tap_and_the_tap_is_the_answer() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "software developer")
    assert screening.state == "job_occupation" and not reply.changed  # not an answer yet
    labels = [label for label, _ in buttons(reply)]
    assert labels[0] == "21232 · Software developers and programmers · TEER 1"
    assert labels[-2:] == ["None of these: choose by TEER", "✍️ Type it again"]
    reply = press(screening, reply, "21232")
    assert screening.answers["jobs"][0]["job_occupation"] == {"noc": "21232"}
    assert reply.echo == "21232 · Software developers and programmers · TEER 1"
    assert "When did job 1 in Canada start?" in reply.messages[0].text


def test_a_french_title_in_either_gender_finds_the_occupation_in_french() -> None:
    screening = talk.new_screening()
    reply = say(screening, "non", "oui", "infirmière autorisée", lang="fr")
    first = buttons(reply)[0][0]
    assert first.startswith("31301 · ") and first.endswith(" · FEER 1")


def test_none_of_these_leads_to_the_teer_levels_and_type_again_to_the_question() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "software developer")
    teer = press(screening, reply, "None of these")
    assert [label for label, _ in buttons(teer)][2].startswith("TEER 2")
    again = press(screening, reply, "✍️ Type it again")
    assert "Type the job title again" in again.messages[0].text
    reply = press(screening, teer, "TEER 2")
    assert screening.answers["jobs"][0]["job_occupation"] == {"teer": 2}


def test_a_teer_4_or_5_occupation_is_said_at_once_not_to_count_and_the_job_is_kept() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "65200")
    # Issue 16: its dates and hours matter to neither the CEC nor the CRS, so the next question is "another job?"
    said = reply.messages[0].text
    assert "count neither for the Canadian Experience Class nor as Canadian work in the CRS" in said
    assert "so I skip this job's dates, hours and other questions" in said
    assert screening.state == "job_more" and screening.answers["jobs"][0]["job_occupation"] == {"noc": "65200"}


def test_an_unknown_code_and_a_title_that_finds_nothing_are_explained() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes")
    reply = talk.handle_text(screening, "21299", "en", TODAY)
    assert reply.error and "21299 is not a NOC 2021 code" in reply.messages[0].text
    reply = talk.handle_text(screening, "zzqx", "en", TODAY)
    assert reply.error and "I found no occupation" in reply.messages[0].text
    assert screening.state == "job_occupation" and screening.answers["jobs"] == [{}]


def test_forged_occupation_buttons_are_refused() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes")
    for value in ("n21299", "nabc", "t7", "x", "", "7", "n"):
        assert talk.handle_button(screening, "job_occupation:0", value, "en", TODAY) is None
    assert screening.answers["jobs"] == [{}]


# -- no job in Canada ----------------------------------------------------------------------------------
def test_no_paid_job_in_canada_skips_the_jobs_and_says_plainly_why_it_is_not_eligible() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "no", *IELTS)
    assert screening.state == VERDICT
    assert reply.result is not None and reply.result["verdict"] == "not_eligible"
    assert reply.result["qualifying_hours"] == 0
    assert "skilled, paid work experience in Canada" in reply.messages[0].text
    assert build_profile(screening.answers, TODAY)["jobs"] == []


def test_every_job_question_names_canada() -> None:
    screening = talk.new_screening()
    texts = [talk.show(screening, "en", TODAY).messages[0].text]
    for answer in ["no", "yes", "21232", "2025-09-01", "no"]:
        texts.append(talk.handle_text(screening, answer, "en", TODAY).messages[0].text)
    assert "in Canada" in texts[1] and "Job 1 in Canada" in texts[2]
    assert "job 1 in Canada start" in texts[3] and "job 1 in Canada?" in texts[4]


# -- answers that are not exact ------------------------------------------------------------------------
def test_not_sure_about_the_work_permit_gives_no_verdict_but_what_decides_it() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232", "2025-09-01", "yes", "40", "yes", "yes", "no", "not sure",
                "no", *IELTS)
    assert screening.answers["jobs"][0]["job_authorized"] == "unsure"
    result = reply.result
    assert result is not None and result["verdict"] == "not_eligible"  # the careful reading is stored
    assert result["approximate"]["decisive"] and result["approximate"]["deciding"] == [["job_authorized", 0]]
    assert result["approximate"]["favourable"]["verdict"] == "eligible"
    text = reply.messages[0].text
    assert text.startswith("<b>❔ I can't tell yet") and "work permit" in text
    assert ("✏️ Job 1 · authorized", "edit|job_authorized|0") in buttons(reply)


def test_a_month_only_start_that_decides_the_verdict_asks_for_the_day() -> None:
    # 1,560 h at 30 h/week take 52 weeks: a start in late November 2025 is just enough, early December not.
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232", "2025-11", "yes", "40", "yes", "yes", "no", "yes", "no", *IELTS)
    approximate = reply.result["approximate"] if reply.result else {}
    assert approximate["decisive"] and approximate["deciding"] == [["job_start", 0]]
    assert "Job 1 · start: you gave November 2025 without the day." in reply.messages[0].text


def test_a_month_only_date_that_decides_nothing_is_not_mentioned() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232", "2023-01", "yes", "40", "yes", "yes", "no", "yes", "no", *IELTS)
    assert reply.result is not None and reply.result["verdict"] == "eligible"
    assert reply.result["approximate"]["decisive"] is False
    # Issue 15: when the readings differ in nothing acted on, nothing is said (it used to claim the approximate
    # answers "do not change this result", also where they changed the CRS or the level needed)
    assert "approximate" not in reply.messages[0].text and "❔" not in reply.messages[0].text


def test_the_two_readings_bound_a_month_only_job() -> None:
    answers = {"quebec": False, "canadian_work": True, "tests": [{}],
               "jobs": [{"job_occupation": {"noc": "21232"}, "job_start": "2024-03", "job_ongoing": False,
                         "job_end": "2024-03", "job_hours": 40, "job_paid": True, "job_employee": True,
                         "job_student": False, "job_authorized": True}]}
    careful = build_profile(answers, TODAY)["jobs"][0]
    favourable = build_profile(answers, TODAY, ALL)["jobs"][0]
    assert (careful["start"], careful["end"]) == ("2024-03-31", "2024-03-31")
    assert (favourable["start"], favourable["end"]) == ("2024-03-01", "2024-03-31")
    assert result_for_answers(answers, TODAY, "en")["approximate"]["answers"] == [["job_start", 0],
                                                                                  ["job_end", 0]]


def test_an_unknown_test_date_is_read_as_expired_carefully_and_valid_favourably() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2023-01-01", "yes", "40", "yes", "yes", "no", "yes", "no", "IELTS GT")
    reply = talk.handle_button(screening, "test_date:0", "unsure", "en", TODAY)
    assert reply is not None and screening.answers["tests"][0]["test_date"] == "unsure"
    reply = say(screening, "8 7 7 7", "no")
    assert reply.result is not None and reply.result["verdict"] == "not_eligible"
    assert reply.result["approximate"]["favourable"]["verdict"] == "eligible"
    assert "test report form" in reply.messages[0].text


# -- date picker -------------------------------------------------------------------------------------------
def test_the_date_picker_goes_year_month_day_and_the_day_may_be_skipped() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232")
    assert [label for label, _ in buttons(reply)][:3] == ["2026", "2025", "2024"]
    months = press(screening, reply, "2025")
    assert [label for label, _ in buttons(months)][:3] == ["Jan", "Feb", "Mar"]
    days = press(screening, months, "Mar")
    assert "March 2025: tap the day" in days.messages[0].text and len(buttons(days)) == 32
    reply = press(screening, days, "I don't know the day")
    assert screening.answers["jobs"][0]["job_start"] == "2025-03" and reply.echo == "March 2025"


def test_the_picker_never_offers_a_future_day_and_pages_to_earlier_years() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232")
    months = press(screening, reply, "2026")
    assert [label for label, _ in buttons(months)][-2] == "Nov"  # TODAY is 2026-11-27
    days = press(screening, months, "Nov")
    assert "28" not in [label for label, _ in buttons(days)]
    earlier = press(screening, reply, "⏪ Earlier")
    assert [label for label, _ in buttons(earlier)][:2] == ["2020", "2019"]


@pytest.mark.parametrize("value", ["2027-01-01", "2026-11-28", "1900-01-01", "2025-02-30", "2025-13", "unsure",
                                   "2025-3-1", "x"])
def test_forged_dates_are_refused(value: str) -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232")
    assert talk.handle_button(screening, "job_start:0", value, "en", TODAY) is None
    assert "job_start" not in screening.answers["jobs"][0]


def test_forged_picker_pages_are_refused() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232")
    for value in ("2030", "1800", "2025-13", "p", "pabcd", "2026-12"):
        assert talk.handle_picker(screening, "pick", "job_start:0", value, "en", TODAY) is None


# -- scores ------------------------------------------------------------------------------------------------
def test_ielts_bands_are_buttons_and_four_scores_in_one_message_fill_all_four() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232", *WORK_AFTER_TITLE, "IELTS GT", "2025-06-01")
    assert [label for label, _ in buttons(reply)][:3] == ["4", "4.5", "5"]
    reply = talk.handle_text(screening, "L8 R7 W6.5 S7", "en", TODAY)
    test = screening.answers["tests"][0]
    assert [test[f"test_{a}"] for a in ("listening", "reading", "writing", "speaking")] == [8, 7, 6.5, 7]
    assert reply.echo == "Listening: 8 · Reading: 7 · Writing: 6.5 · Speaking: 7"
    assert screening.state == "test_more"


# -- yes/no buttons are checked -------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["maybe", "unsure", "", "YES", "1"])
def test_a_forged_yes_no_value_is_never_stored(value: str) -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2025-09-01", "yes", "40")
    assert talk.handle_button(screening, "job_paid:0", value, "en", TODAY) is None
    assert "job_paid" not in screening.answers["jobs"][0]


# -- education by where it was earned ------------------------------------------------------------------
def _crs_answers(*education: str) -> Screening:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", *WORK_AFTER_TITLE, *IELTS)
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    say(screening, "1997-03-10", "single", *education, "0", "no", "no", "no")
    assert screening.state == CRS_RESULT
    return screening


def test_a_canadian_highest_credential_earns_its_canadian_points_without_another_question() -> None:
    screening = _crs_answers("master", "in canada")
    assert "canadian_credential" not in screening.answers
    education = build_profile(screening.answers, TODAY)["education"]
    assert education == {"level": "master", "in_canada": True, "eca": False,
                         "canadian_credential": "three_year_plus"}


def test_a_foreign_credential_asks_about_a_separate_canadian_one() -> None:
    screening = _crs_answers("master", "2", "Yes, a one- or two-year credential")
    education = build_profile(screening.answers, TODAY)["education"]
    assert education == {"level": "master", "in_canada": False, "eca": True,
                         "canadian_credential": "one_or_two_year"}


# -- the CRS offer and a planned application ------------------------------------------------------------
def test_the_crs_offer_states_the_count_and_the_count_never_jumps() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232", *WORK_AFTER_TITLE, *IELTS)
    assert "📊 Estimate my CRS (9 questions)" in [label for label, _ in buttons(reply)]
    assert "10 more if your spouse or partner comes with you" in reply.messages[1].text
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    totals: list[tuple[str, int, int]] = []
    for answer in ["1990-01-01", "married", "no", "yes", "master", "celpip", "2026-01-10", "7", "7", "7", "7",
                   "1", "bachelor", "2", "no", "0", "no", "no", "no"]:
        line = talk.question_message(screening, "en", TODAY).text.split("\n")[0]
        section, _, counter = line.rpartition(" · question ")
        number, total = (int(x) for x in counter.split(" of "))
        if totals and totals[-1][0] == section:
            assert total <= totals[-1][2], f"the count jumped up at {line}"
        totals.append((section, number, total))
        say(screening, answer)
    assert screening.state == CRS_RESULT


def test_what_if_i_apply_later_recomputes_for_the_chosen_month() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232", "2026-03-15", "yes", "40", "yes", "yes", "no", "yes", "no",
                *IELTS)
    assert reply.result is not None and reply.result["verdict"] == "not_yet_eligible"
    months = press(screening, reply, "📅 What if I apply later?")
    assert [label for label, _ in buttons(months)][:2] == ["December 2026", "January 2027"]
    later = press(screening, months, "April 2027")
    assert screening.answers["_apply_on"] == "2027-04-01"
    assert later.result is not None and later.result["verdict"] == "eligible"
    assert later.messages[0].text.startswith("📅 Assessed as if you apply on April 1, 2027.")
    back = talk.plan(screening, "today", "en", TODAY)
    assert back is not None and back.result is not None and back.result["verdict"] == "not_yet_eligible"
    assert talk.plan(screening, "2031-01-01", "en", TODAY) is None  # forged: beyond the months offered


def test_a_second_job_counts_its_own_questions_from_one() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2023-01-01", "no", "2024-06-30", "40", "yes", "yes", "no", "yes", "yes")
    assert screening.state == "job_occupation" and screening.position["job"] == 1
    line = talk.question_message(screening, "en", TODAY).text.split("\n")[0]
    assert line.endswith("Work in Canada · job 2 · question 1 of 9")  # "paid job in Canada?" is not asked again
    first = talk.question_message(screening, "en", TODAY)
    assert "Job 2 in Canada: what was your job title?" in first.text


@pytest.mark.parametrize(("lang", "typed", "codes"), [
    ("en", "customer service representative", {"64312", "64400", "64409"}),  # airline, bank, call centre...
    ("fr", "préposé aux bénéficiaires", {"33102", "44101"}),  # in a hospital, at home
    ("en", "software developer", None),
    ("fr", "camionneuse", None),
])
def test_a_title_listed_under_several_occupations_says_so(lang: str, typed: str, codes: set[str] | None) -> None:
    screening = talk.new_screening()
    reply = say(screening, "no" if lang == "en" else "non", "yes" if lang == "en" else "oui", typed, lang=lang)
    text = reply.messages[0].text
    shared = {"en": f"“{typed}” is listed under several occupations", "fr": f"« {typed} » figure dans plusieurs"}
    if codes is None:  # one unit group lists it: the usual header
        assert shared[lang] not in text
    else:
        assert shared[lang] in text
        offered = {data.rpartition("|n")[2] for _, data in buttons(reply) if "|n" in data}
        assert codes <= offered  # each unit group that lists it is offered


@pytest.mark.parametrize("test", ["celpip", "pte core", "tef canada", "tcf canada"])
def test_the_four_scores_example_is_in_the_tests_own_ranges(test: str) -> None:
    from flows.parsing import parse_scores

    screening = talk.new_screening()
    reply = say(screening, "no", "no", test, "2026-01-10")
    hint = reply.messages[-1].text.split("for example ")[1].split(".")[0]
    kind = screening.answers["tests"][0]["test_kind"]
    scores = parse_scores(hint, kind)
    assert scores is not None and len(scores) == 4, hint  # the example itself is accepted as typed
    reply = talk.handle_text(screening, hint, "en", TODAY)
    assert not reply.error and screening.state == "test_more"
