"""Uncertain answers told as uncertain: both readings' figures where they differ, unknowns worded as unknowns,
and nothing said when the readings differ in nothing the person acts on."""

from __future__ import annotations

from flows import conversation as talk

from .chat_steps import TODAY, say

# A cook (62020, TEER 2) since 2024-01 at 40 h whose permit is "not sure", then a student job (full-time study:
# its authorization is not asked, issue 16); CELPIP CLB 6.
COOK_NOT_SURE = ["no", "yes", "62020", "2024-01-01", "yes", "40", "yes", "yes", "no", "not sure", "yes",
                 "21232", "2023-01", "no", "2023-12", "20", "yes", "yes", "yes", "no", "celpip",
                 "2025-06-01", "6 6 6 6", "no"]
CRS = ["1995-01-01", "single", "bachelors", "abroad, no ECA", "1", "no", "no", "no", "no"]


def test_not_sure_of_the_permit_shows_both_readings_of_every_figure_acted_on() -> None:
    reply = say(talk.new_screening(), *COOK_NOT_SURE)
    text = reply.messages[0].text
    assert "Read the most favourable way: eligible. Read the careful way: not eligible." in text
    assert "Language level needed, careful / favourable: none yet (no hours count) / CLB 5." in text
    assert "Hours still needed, careful / favourable: 1,560 (0 h count) / 0 (4,547 h" in text
    assert "• Job 1 · authorized: " in text


def test_what_to_do_first_is_to_give_the_deciding_answers_exactly() -> None:
    # The careful reading lacks 1,560 hours only because the permit is "not sure": the first thing to do is to
    # find out, not to work 52 more weeks.
    for lang, todo in (("en", "What to do:</b> Give the answers above exactly: they decide the outcome."),
                       ("fr", "À faire :</b> précisez les réponses ci-dessus : ce sont elles qui décident")):
        text = say(talk.new_screening(), *COOK_NOT_SURE[:-1], "no" if lang == "en" else "non",
                   lang=lang).messages[0].text
        assert todo in text
        assert "more qualifying hours" not in text and "heures admissibles de plus" not in text
    plain = say(talk.new_screening(), *[a if a != "not sure" else "no" for a in COOK_NOT_SURE]).messages[0].text
    assert "Give the answers above exactly" not in plain


def details(answers: list[str], lang: str = "en") -> str:
    """The whole verdict behind its first screen (issue 16): the hours with their reasons are there."""
    from flows import result_view

    screening = talk.new_screening()
    say(screening, *answers, lang=lang)
    result = talk.result_for(screening, lang, TODAY)
    return "\n".join(m.text for m in result_view.details(result, lang, screening.answers).messages)


def test_not_sure_is_worded_as_not_sure_never_as_without_authorization() -> None:
    text = say(talk.new_screening(), *COOK_NOT_SURE).messages[0].text + details(COOK_NOT_SURE)
    assert "without authorization" not in text
    assert "6,063 h whose work permit you were not sure of" in text
    assert "you were not sure this work was authorized, so it is not counted in the careful reading" in text
    french = details(COOK_NOT_SURE, "fr")
    assert "sans autorisation" not in french
    assert "pour lesquelles vous n'étiez pas certain(e) de votre permis de travail" in french


def test_a_no_keeps_its_plain_words() -> None:
    answers = [a if a != "not sure" else "no" for a in COOK_NOT_SURE]
    text = say(talk.new_screening(), *answers).messages[0].text + details(answers)
    assert "6,063 h of work without authorization" in text and "❔" not in text


def test_the_crs_message_says_the_favourable_reading_differs() -> None:
    screening = talk.new_screening()
    say(screening, *COOK_NOT_SURE)
    talk.handle_button(screening, "verdict", "crs", "en", TODAY)
    reply = say(screening, *CRS)
    assert reply.result is not None and reply.result["crs"]["total"] == 135
    assert reply.messages[0].text.startswith("❔ This CRS reads your inexact answers the careful way. Read the "
                                             "favourable way, it is 188 (not 135)")
    assert [b.data for row in reply.messages[0].buttons or [] for b in row] == ["edit|job_authorized|0"]
    assert "CRS estimate: 135 points" in reply.messages[1].text


def test_readings_that_differ_in_nothing_say_nothing() -> None:
    # Job since "January 2023" at 40 h: 1,560 h reached either way, CLB 7 either way, no CRS yet.
    reply = say(talk.new_screening(), "no", "yes", "21232", "January 2023", "yes", "40", "yes", "yes", "no", "yes",
                "no", "IELTS GT", "2025-06-01", "8 7 7 7", "no")
    assert reply.result is not None and reply.result["approximate"]["decisive"] is False
    assert "❔" not in reply.messages[0].text and "approximate" not in reply.messages[0].text


def test_the_plan_names_the_favourable_first_change_only_when_it_differs() -> None:
    from flows.texts import catalog
    from flows.uncertainty import plan_note

    c = catalog("en")
    careful = [{"text": "Another year of work in Canada: +40 points."}]
    favourable = [{"text": "French as a second official language: +62 points."}]
    note = plan_note(careful, favourable, [("job_authorized", 0)], c)
    assert note == ("This plan reads your inexact answers (Job 1 · authorized) the careful way. Read the "
                    "favourable way, its first change would be: French as a second official language: +62 points.")
    assert plan_note(careful, careful, [("job_authorized", 0)], c) is None


def test_the_plan_says_its_first_change_read_the_favourable_way() -> None:
    from flows import improvements_view

    screening = talk.new_screening()
    say(screening, *COOK_NOT_SURE)
    talk.handle_button(screening, "verdict", "crs", "en", TODAY)
    say(screening, *CRS)
    plan = improvements_view.handle(screening, "top", "en", TODAY, TODAY)
    assert plan is not None
    text = plan.messages[-1].text  # after the way to an invitation (issue 19), the plan itself
    assert text.startswith("❔ This plan reads your inexact answers (Job 1 · authorized, Job 2 · start and "
                           "Job 2 · end) the careful way. Read the favourable way, its first change would be: "
                           "An Educational Credential Assessment (ECA)")
    assert "+145 points" in text.split("📈")[0] and "+120 points" in text.split("📈")[1]
