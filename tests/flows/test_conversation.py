"""The conversation without any front end: answers, back, edit, loops, pruning, verdicts."""

from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest

from eligibility import Profile, ScreeningProfile, assess
from flows import conversation as talk
from flows.machine import CRS_RESULT, VERDICT
from flows.profile_builder import build_profile
from flows.rendering import item_id

from .chat_steps import TODAY, say

PERSONAS = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "personas"

# The s01 persona, answer by answer (single, 29, bachelor's with ECA, IELTS CLB 9, 2 years abroad).
S01_SCREENING = ["no", "yes", "21232", "2025-09-01", "yes", "40", "yes", "yes", "no", "yes", "no",
                 "IELTS GT", "2025-06-01", "8", "7", "7", "7", "no"]
S01_CRS = ["1997-03-10", "single", "bachelor", "2", "no", "2", "no", "no", "no"]


def test_the_screening_reaches_the_verdict_and_matches_assess_on_the_same_profile() -> None:
    screening = talk.new_screening()
    reply = say(screening, *S01_SCREENING)
    assert screening.state == VERDICT
    assert reply.result is not None and reply.result["verdict"] == "eligible"
    assert reply.result["qualifying_hours"] == 1937
    profile = ScreeningProfile.model_validate(build_profile(screening.answers, TODAY), strict=False)
    assert assess(profile) == reply.result
    assert "You appear eligible" in reply.messages[0].text


def test_the_crs_part_gives_the_persona_total() -> None:
    screening = talk.new_screening()
    say(screening, *S01_SCREENING)
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    reply = say(screening, *S01_CRS)
    assert screening.state == CRS_RESULT
    expected = json.loads((PERSONAS / "expected.json").read_text())["s01_single_bachelor_clb9"]["crs"]
    assert reply.result is not None
    assert {k: reply.result["crs"][k] for k in expected} == expected
    assert "CRS estimate: 470 points" in reply.messages[0].text


def test_the_built_profile_is_valid_for_the_contract() -> None:
    screening = talk.new_screening()
    say(screening, *S01_SCREENING)
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    say(screening, *S01_CRS)
    raw = build_profile(screening.answers, TODAY)
    profile = Profile.model_validate_json(json.dumps(raw))
    assert profile.birth_date == dt.date(1997, 3, 10)
    assert profile.jobs[0].noc == "21232" and profile.jobs[0].end is None


def test_invalid_input_repeats_the_question_and_loses_nothing() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232")
    before = json.dumps(screening.answers, sort_keys=True)
    reply = talk.handle_text(screening, "2024-02-30", "en", TODAY)
    assert reply.error and not reply.changed
    assert screening.state == "job_start"
    assert "2024-02-30" in reply.messages[0].text
    assert "When did job 1 in Canada start?" in reply.messages[1].text
    assert json.dumps(screening.answers, sort_keys=True) == before


def test_an_end_date_before_the_start_is_refused() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2025-01-01", "no")
    reply = talk.handle_text(screening, "2024-12-31", "en", TODAY)
    assert reply.error and screening.state == "job_end"
    assert "cannot end before it starts" in reply.messages[0].text


def test_back_returns_to_the_previous_question_and_keeps_its_answer() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2025-01-01")
    reply = talk.go_back(screening, "en", TODAY)
    assert screening.state == "job_start"
    assert screening.answers["jobs"][0]["job_start"] == "2025-01-01"
    assert "When did job 1 in Canada start?" in reply.messages[0].text
    talk.go_back(screening, "en", TODAY)
    talk.go_back(screening, "en", TODAY)
    talk.go_back(screening, "en", TODAY)
    reply = talk.go_back(screening, "en", TODAY)
    assert screening.state == "quebec"
    assert "first question" in reply.messages[0].text


def test_changing_an_answer_asks_only_what_now_applies_then_returns() -> None:
    screening = talk.new_screening()
    say(screening, *S01_SCREENING)
    talk.edit(screening, "job_ongoing", 0, "en", TODAY)
    assert screening.state == "job_ongoing"
    say(screening, "no")
    assert screening.state == "job_end"  # newly applicable
    reply = say(screening, "2026-10-31")
    assert screening.state == VERDICT  # everything else was kept
    assert screening.answers["jobs"][0]["job_hours"] == 40
    assert reply.result is not None and reply.result["verdict"] == "eligible"
    talk.edit(screening, "job_ongoing", 0, "en", TODAY)
    say(screening, "yes")
    assert "job_end" not in screening.answers["jobs"][0]  # no longer applies


def test_single_after_married_drops_the_spouse_answers() -> None:
    screening = talk.new_screening()
    say(screening, *S01_SCREENING)
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    say(screening, "1990-01-01", "married", "no", "yes", "master", "none", "2")
    assert screening.answers["spouse_education"] == "master"
    talk.edit(screening, "marital", 0, "en", TODAY)
    say(screening, "single")
    assert not any(key.startswith("spouse_") for key in screening.answers)
    assert screening.state == "education_level"


def test_jobs_loop_and_removing_the_extra_job() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2024-01-01", "no", "2024-12-31", "40", "yes", "yes", "no", "yes", "yes",
        "63200", "2025-01-01", "yes", "20", "yes", "yes", "no", "yes", "no")
    assert [job["job_occupation"] for job in screening.answers["jobs"]] == [{"noc": "21232"}, {"noc": "63200"}]
    assert screening.state == "test_kind"
    talk.edit(screening, "job_more", 0, "en", TODAY)
    say(screening, "no")
    assert len(screening.answers["jobs"]) == 1


def test_a_stale_button_is_refused_and_a_current_one_accepted() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes")
    assert talk.handle_button(screening, "quebec:0", "yes", "en", TODAY) is None
    reply = talk.handle_button(screening, "job_occupation:0", "t2", "en", TODAY)
    assert reply is not None and reply.echo is not None and "TEER 2" in reply.echo
    assert screening.answers["jobs"][0]["job_occupation"] == {"teer": 2}


def test_progress_line_counts_within_the_section() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232")
    text = reply.messages[0].text
    assert "Work in Canada · job 1 · question 3 of 10" in text
    assert "▰" in text and "▱" in text


def test_no_test_gives_a_not_eligible_verdict_that_says_what_to_do() -> None:
    screening = talk.new_screening()
    reply = say(screening, "no", "yes", "21232", "2024-01-01", "yes", "40", "yes", "yes", "no", "yes", "no",
                "none")
    assert screening.state == VERDICT
    assert reply.result is not None and reply.result["verdict"] == "not_eligible"
    assert "approved test" in reply.messages[0].text


def test_the_whole_flow_in_french() -> None:
    screening = talk.new_screening()
    reply = talk.show(screening, "fr", TODAY)
    assert "Prévoyez-vous de vivre dans la province de Québec ?" in reply.messages[0].text
    reply = say(screening, "non", "oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non", "oui", "non",
                "IELTS GT", "2025-06-01", "8", "7", "7", "7", "non", lang="fr")
    assert reply.result is not None and reply.result["verdict"] == "eligible"
    assert "Vous semblez admissible" in reply.messages[0].text


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_button_fits_telegrams_64_bytes(lang: str) -> None:
    screening = talk.new_screening()
    replies = [talk.show(screening, lang, TODAY)]
    for text in S01_SCREENING:
        replies.append(talk.handle_text(screening, text, lang, TODAY))
    talk.handle_button(screening, VERDICT, "crs", lang, TODAY)
    for text in S01_CRS:
        replies.append(talk.handle_text(screening, text, lang, TODAY))
    replies.append(talk.summary(screening, lang))
    data = [b.data for r in replies for m in r.messages for row in m.buttons for b in row]
    assert data and all(len(d.encode()) <= 64 for d in data)


def test_french_answers_read_the_french_way() -> None:
    screening = talk.new_screening()
    say(screening, "non", "oui", lang="fr")
    reply = talk.handle_text(screening, "CNP 21232", "fr", TODAY)
    assert reply.echo is not None and reply.echo.startswith("21232 · ") and reply.echo.endswith(" · FEER 1")
    say(screening, "2025-09-01", "oui", lang="fr")
    assert [b.label for b in talk.question_message(screening, "fr", TODAY).buttons[0]][:2] == ["40", "37,5"]
    reply = talk.handle_button(screening, "job_hours:0", "37.5", "fr", TODAY)
    assert reply is not None and reply.echo == "37,5 h/semaine"
    summary = talk.summary(screening, "fr").messages[0].text
    assert "Emploi 1 · heures : 37,5 h/semaine" in summary


def test_editing_a_question_that_does_not_apply_stays_where_the_user_was() -> None:
    screening = talk.new_screening()
    say(screening, *S01_SCREENING)  # the job is ongoing: it has no end date
    history = list(screening.history)
    talk.edit(screening, "job_end", 0, "en", TODAY)
    assert screening.state == VERDICT and screening.history == history
    talk.edit(screening, "job_hours", 5, "en", TODAY)  # no sixth job
    assert screening.state == VERDICT


def test_back_skips_places_that_no_longer_exist() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2024-01-01", "no", "2024-12-31", "40", "yes", "yes", "no", "yes", "yes",
        "63200", "2025-01-01", "yes", "20", "yes", "yes", "no", "yes", "no")
    talk.edit(screening, "job_more", 0, "en", TODAY)
    say(screening, "no")  # the second job is gone
    for _ in range(40):
        talk.go_back(screening, "en", TODAY)
        assert screening.position["job"] < len(screening.answers["jobs"])
        if screening.state not in (VERDICT, CRS_RESULT):
            assert talk.question_message(screening, "en", TODAY).text
    assert screening.state == "quebec"


def test_changing_the_test_drops_the_scores_of_the_old_one() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2025-09-01", "yes", "40", "yes", "yes", "no", "yes", "no",
        "IELTS GT", "2025-06-01", "6.5", "6.5", "6.5", "6.5", "no")
    talk.edit(screening, "test_kind", 0, "en", TODAY)
    say(screening, "celpip")
    assert screening.state == "test_date"  # another kind is most likely another result: its own day
    assert "test_date" not in screening.answers["tests"][0]
    say(screening, "2025-06-01")
    assert screening.state == "test_listening"  # asked again, on CELPIP's scale
    assert "test_listening" not in screening.answers["tests"][0]
    reply = say(screening, "9", "9", "9", "9")
    assert screening.state == VERDICT and reply.result is not None and reply.result["verdict"] == "eligible"


def test_changing_the_partner_s_test_asks_its_date_with_the_old_one_offered() -> None:
    screening = talk.new_screening()
    say(screening, *S01_SCREENING)
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    say(screening, "1990-01-01", "married", "no", "yes", "master", "celpip", "2026-01-10", "9", "9", "9", "9", "0")
    talk.edit(screening, "spouse_test_kind", 0, "en", TODAY)
    say(screening, "IELTS GT")
    assert screening.state == "spouse_test_date"  # the partner's retake too: its own day, as for the person's
    assert "spouse_test_date" not in screening.answers and "spouse_listening" not in screening.answers
    message = talk.question_message(screening, "en", TODAY)
    assert message.buttons[0][0].label == "Same date as before: January 10, 2026"
    assert len(message.buttons[0][0].data.encode()) <= 64  # Telegram's limit for callback data
    say(screening, "2026-05-02")
    assert screening.state == "spouse_listening"  # asked again, on IELTS's scale
    assert screening.answers["spouse_test_date"] == "2026-05-02"
    assert "_earlier_spouse_test_date" not in screening.answers


TWO_TESTS = ["no", "yes", "41200", "2023-09-01", "yes", "40", "yes", "yes", "no", "yes", "no",
             "IELTS GT", "2024-06-01", "8", "8", "7", "7", "yes", "celpip", "2026-02-01", "8", "8", "8", "8", "no"]


def test_no_test_on_one_of_two_tests_removes_only_that_one() -> None:
    screening = talk.new_screening()
    say(screening, *TWO_TESTS)
    talk.edit(screening, "test_kind", 0, "en", TODAY)
    reply = say(screening, "none")
    assert [t["test_kind"] for t in screening.answers["tests"]] == ["celpip_general"]
    assert screening.answers["tests"][0]["test_more"] is False
    assert screening.state == VERDICT and reply.result is not None and reply.result["verdict"] == "eligible"


def test_jobs_and_tests_can_be_removed_from_the_summary() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2024-01-01", "no", "2024-12-31", "40", "yes", "yes", "no", "yes", "yes",
        "63200", "2025-01-01", "yes", "20", "yes", "yes", "no", "yes", "no", *TWO_TESTS[11:])
    labels = [b.label for row in talk.summary(screening, "en").messages[0].buttons for b in row]
    assert "🗑️ Remove job 2" in labels and "🗑️ Remove test 1" in labels
    first_job = item_id(screening.answers["jobs"][0])
    reply = talk.remove_item(screening, "job", 0, "en", TODAY, first_job)
    assert "Job 1 removed." in reply.messages[0].text
    again = talk.remove_item(screening, "job", 0, "en", TODAY, first_job)  # a double tap removes nothing more
    assert "removed" not in again.messages[0].text
    assert [j["job_occupation"] for j in screening.answers["jobs"]] == [{"noc": "63200"}]
    assert screening.answers["jobs"][0]["job_more"] is False
    assert screening.state == VERDICT
    labels = [b.label for row in talk.summary(screening, "en").messages[0].buttons for b in row]
    assert not any("Remove job" in label for label in labels)  # the last job stays


def test_the_summary_reads_job_by_job() -> None:
    screening = talk.new_screening()
    say(screening, *TWO_TESTS)
    text = talk.summary(screening, "en").messages[0].text
    assert text.index("Test 1 · speaking") < text.index("Test 2: CELPIP-General")


def test_wording_follows_the_answers() -> None:
    screening = talk.new_screening()
    say(screening, "no", "yes", "21232", "2025-09-01", "yes")
    assert "How many hours a week do you work in job 1?" in talk.question_message(screening, "en", TODAY).text
    say(screening, *S01_SCREENING[5:])
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    say(screening, "1990-01-01", "married", "no", "yes", "master", "celpip", "2026-01-10")
    assert "Your spouse's or partner's CELPIP-General result in listening?" in \
        talk.question_message(screening, "en", TODAY).text
    say(screening, "7", "7", "7", "7", "1", "bachelor", "2", "no", "0", "no", "no")
    assert "Do you or your spouse have a brother or sister" in talk.question_message(screening, "en", TODAY).text
    talk.edit(screening, "marital", 0, "en", TODAY)
    say(screening, "single")
    talk.edit(screening, "sibling", 0, "en", TODAY)
    assert "Do you have a brother or sister" in talk.question_message(screening, "en", TODAY).text


def test_progress_names_the_step_of_the_quick_screening() -> None:
    screening = talk.new_screening()
    assert talk.question_message(screening, "en", TODAY).text.startswith("Step 1 of 3 · Your plans")
    say(screening, "no")
    assert talk.question_message(screening, "fr", TODAY).text.startswith("Étape 2 sur 3 · Travail au Canada")


def test_capped_crs_parts_are_explained() -> None:
    screening = talk.new_screening()
    say(screening, *S01_SCREENING)
    talk.handle_button(screening, VERDICT, "crs", "en", TODAY)
    reply = say(screening, "1990-01-01", "single", "doctoral", "2", "none", "3", "no", "yes", "no")
    assert reply.result is not None and reply.result["crs"]["additional"] == 600
    assert "before the caps" in reply.messages[-1].text  # the score; a near birthday may come first


def test_a_long_summary_is_split_below_telegrams_button_limit() -> None:
    screening = talk.new_screening()
    answers = ["no", "yes"]
    for year in range(2016, 2026):  # ten jobs
        answers += ["21232", f"{year}-01-01", "no", f"{year}-12-31", "40", "yes", "yes", "no", "yes",
                    "yes" if year < 2025 else "no"]
    say(screening, *answers, *TWO_TESTS[11:])
    reply = talk.summary(screening, "en")
    assert len(reply.messages) > 1
    assert all(sum(len(row) for row in m.buttons) <= 100 for m in reply.messages)
    every = [b.data for m in reply.messages for row in m.buttons for b in row]
    assert "edit|job_hours|9" in every and any(d.startswith("remove|job|9|") for d in every)
    assert every[-1] == "cmd|continue"
    short = talk.new_screening()
    say(short, *S01_SCREENING)
    assert len(talk.summary(short, "en").messages) == 1


@pytest.mark.parametrize(("lang", "typed"), [("en", "thanks!"), ("en", "ok thank you so much"), ("fr", "merci !"),
                                             ("fr", "d'accord merci beaucoup")])
def test_someone_on_quebec_s_route_who_types_thanks_hears_the_kind_close_again(lang: str, typed: str) -> None:
    """After Quebec's route (and its "I understand"), a line that answers nothing is met with the close and its one
    button for a change of plans, never "answer yes or no" and the Quebec question as if it were unanswered; a
    plain answer is still an answer ("no": the screening goes on)."""
    screening = talk.new_screening()
    say(screening, "yes", lang=lang)
    talk.handle_button(screening, talk.question_key(screening), "stay", lang, TODAY)
    reply = talk.handle_text(screening, typed, lang, TODAY)
    close = talk.catalog(lang).t("quebec_step.closing")
    assert [m.text for m in reply.messages] == [close] and not reply.error and not reply.changed
    assert [b.label for row in reply.messages[0].buttons for b in row] == [
        talk.catalog(lang).t("quebec_step.elsewhere")]
    assert screening.answers["quebec"] is True and screening.state == "quebec"
    say(screening, "no" if lang == "en" else "non", lang=lang)
    assert screening.answers["quebec"] is False and screening.state == "canadian_work"
