"""The terminal chat as a person uses it: `cec-screener chat` in a real process, what they type on standard input,
what they must read on standard output (a pipe, not a terminal). Each test reads like a chat.

A finished screening is made once per language (a module fixture) and copied for the tests that start at the
verdict, so the whole file stays within a few seconds per process."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import pathlib
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from bot.terminal import LOCAL_USER_ID

DAY = "2026-11-27"  # --as-of: the verdicts and dates below do not move with the clock
# A software developer since September 2025, 40 h a week, IELTS 8/7/7/7: numbered choices ("2"), typed answers
# ("yes", "21232", a date), a suggested value typed as it reads ("40"), the four scores typed at once.
SCREENING_EN = ["2", "yes", "21232", "2025-09-01", "1", "40", "yes", "1", "2", "yes", "no",
                "1", "2025-06-01", "8 7 7 7", "no"]
# The same person in French: the labels of the buttons typed ("Non", "Oui"), a French decimal score ("6,5").
SCREENING_FR = ["Non", "Oui", "21232", "2025-09-01", "oui", "40", "oui", "oui", "non", "oui", "non",
                "1", "2025-06-01", "8", "7", "6,5", "7", "non"]
VERDICT_MENU_EN = "  1. 📄 Details: requirements, hours, next steps"


@dataclasses.dataclass
class Chat:
    """One run of the chat: what it printed, on which folder (database and charts)."""

    out: str
    err: str
    status: int
    home: pathlib.Path

    def options(self) -> list[str]:
        """The numbered options of the last list printed, as "1. Yes"."""
        blocks = re.findall(r"(?:^  \d+\. .+\n)+", self.out, flags=re.MULTILINE)
        return [line.strip() for line in blocks[-1].splitlines()] if blocks else []

    def after(self, text: str) -> str:
        """What was printed after the last occurrence of `text`."""
        assert text in self.out, self.out[-3000:]
        return self.out[self.out.rindex(text) + len(text):]


def environment(home: pathlib.Path) -> dict[str, str]:
    """The settings the tests use: a database in `home`, charts in `home` (TMPDIR), nothing else inherited."""
    return {"PATH": os.environ.get("PATH", ""), "DATABASE_PATH": str(home / "chat.db"), "TMPDIR": str(home)}


KEPT_INDEX: list[pathlib.Path] = []  # the occupation finder's index built once for the file (kept_index)


@pytest.fixture(scope="module", autouse=True)
def kept_index(tmp_path_factory: pytest.TempPathFactory) -> Chat:
    """A first chat that reaches a job title: the occupation index it keeps beside its database is then linked
    into each test's folder, so each run loads it (0.1 s) rather than building it (2 to 4 s)."""
    first = chat(tmp_path_factory.mktemp("index"), "2", "yes", "cook", linked_index=False)
    KEPT_INDEX[:] = list(first.home.glob(".noc-index-*.pickle"))
    return first


def link_index(home: pathlib.Path) -> None:
    for index in KEPT_INDEX:
        if not (home / index.name).exists():
            os.link(index, home / index.name)


def chat(home: pathlib.Path, *typed: str, lang: str | None = None, raw: bytes | None = None,
         linked_index: bool = True) -> Chat:
    """Types each line, then ends the input (Ctrl-D); `raw` is sent as is instead (bytes in any encoding)."""
    if linked_index:
        link_index(home)
    command = [sys.executable, "-m", "bot", "chat", "--as-of", DAY, *(["--lang", lang] if lang else [])]
    data = raw if raw is not None else "".join(f"{line}\n" for line in typed).encode()
    done = subprocess.run(command, cwd=home, env=environment(home), input=data, capture_output=True, timeout=60)
    result = Chat(done.stdout.decode("utf-8"), done.stderr.decode("utf-8", "replace"), done.returncode, home)
    assert "Traceback" not in result.err, result.err
    return result


def rows_about_the_user(home: pathlib.Path) -> dict[str, int]:
    """Every table with a user column, and how many of its rows are the terminal user's."""
    found = {}
    with contextlib.closing(sqlite3.connect(home / "chat.db")) as db:
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            columns = [row[1] for row in db.execute(f"PRAGMA table_info([{table}])")]
            for column in ("user_id", "chat_id"):
                if column in columns:
                    count = db.execute(f"SELECT count(*) FROM [{table}] WHERE {column} = ?", (LOCAL_USER_ID,))
                    found[f"{table}.{column}"] = count.fetchone()[0]
    return found


def answers(home: pathlib.Path) -> dict[str, object]:
    """The saved answers. The connection is closed here: one left to the garbage collector closes later, in
    another test, and SQLite then removes the `-shm` file at_the_verdict may be copying."""
    with contextlib.closing(sqlite3.connect(home / "chat.db")) as db:
        row = db.execute("SELECT answers FROM sessions WHERE user_id = ?", (LOCAL_USER_ID,)).fetchone()
    import json

    return json.loads(row[0]) if row else {}


@pytest.fixture(scope="module")
def finished(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Chat]:
    """A screening taken to its verdict in one run, once in English and once in French."""
    chats = {}
    for lang, script in (("en", SCREENING_EN), ("fr", SCREENING_FR)):
        chats[lang] = chat(tmp_path_factory.mktemp(f"finished-{lang}"), *script, lang=lang)
    return chats


def at_the_verdict(finished: dict[str, Chat], lang: str, tmp_path: pathlib.Path) -> pathlib.Path:
    """A copy of the finished screening's database in this test's folder."""
    for file in finished[lang].home.glob("chat.db*"):
        shutil.copy(file, tmp_path / file.name)
    return tmp_path


# -- complete screenings ------------------------------------------------------------------------------------
def test_an_english_screening_from_the_first_question_to_the_verdict(finished: dict[str, Chat]) -> None:
    done = finished["en"]  # typed: SCREENING_EN
    assert done.status == 0
    assert "Do you plan to live in the province of Quebec?\n" in done.out
    assert "  1. Yes\n  2. No\n  3. Not sure\n" in done.out
    assert "✅ No\n" in done.out  # "2" pressed "No", and the chat says which answer it took
    assert "✅ 21232 · Software developers and programmers · TEER 1" in done.out
    assert "✅ 40 h/week" in done.out  # the suggested value typed as it reads
    assert "✅ You appear eligible for the Canadian Experience Class" in done.out
    assert "Assessed for an application made on November 27, 2026." in done.out
    assert VERDICT_MENU_EN in done.out
    assert done.out.rstrip().endswith("Bye! Your answers are saved.")
    assert answers(done.home)["quebec"] is False


def test_a_french_screening_with_the_labels_typed_and_a_french_decimal(finished: dict[str, Chat]) -> None:
    done = finished["fr"]  # typed: SCREENING_FR
    assert done.status == 0
    assert "Prévoyez-vous de vivre dans la province de Québec ?" in done.out
    assert "  1. Oui\n  2. Non\n  3. Je ne sais pas\n" in done.out
    assert "✅ 6,5" in done.out
    assert "✅ Vous semblez admissible à la catégorie de l'expérience canadienne" in done.out
    assert "Évaluation pour une demande présentée le 27 novembre 2026." in done.out
    assert done.out.rstrip().endswith("Au revoir ! Vos réponses sont enregistrées.")


def test_french_suggested_values_are_not_run_together_by_their_decimal_commas(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, *SCREENING_FR[:13], lang="fr")  # up to the first score
    assert "IELTS General Training : votre résultat en compréhension de l'oral ?" in done.out
    # "(4, 4,5, 5, 5,5" cannot be read: is it 4 and 4,5, or 4, 4 and 5?
    assert "(4 · 4,5 · 5 · 5,5 · 6 · 6,5 · 7 · 7,5 · 8 · 8,5 · 9)" in done.out
    assert "4, 4,5" not in done.out


# -- commands -----------------------------------------------------------------------------------------------
def test_back_goes_one_question_up_and_the_answer_can_be_changed(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2", "yes", "/back", "2")
    reopened = done.after("✏️ Changing your answer: “Yes”.")
    assert "Have you had a paid job in Canada in the last 10 years?\n" in reopened
    assert "✅ No" in reopened
    assert answers(tmp_path)["canadian_work"] is False  # "2" now answered the question /back reopened


def test_start_again_in_the_middle_says_welcome_back_and_offers_to_start_over(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2", "yes", "/start")
    after = done.after("Welcome back! Your answers are kept")
    assert "Job 1 in Canada: what was your job title?" in after
    assert done.options() == ["1. I know its TEER level: choose it", "2. 🔄 Start a new screening"]


def test_restart_asks_first_keeps_on_no_and_erases_on_yes(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2", "yes", "/restart", "2", "/restart", "1")
    assert done.out.count("Start over? Your current answers will be erased.") == 2
    assert "Starting a new screening." in done.after("Start over? Your current answers will be erased.")
    assert "quebec" not in answers(tmp_path) and "canadian_work" not in answers(tmp_path)


def test_language_switches_with_its_number_and_the_goodbye_follows(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2", "/language", "2")
    assert "Choose your language:\n  1. English\n  2. Français\n" in done.out
    assert "Je vous parlerai désormais en français." in done.out
    assert "Avez-vous occupé un emploi rémunéré au Canada" in done.after("désormais en français")
    assert done.out.rstrip().endswith("Au revoir ! Vos réponses sont enregistrées.")


def test_typing_the_label_of_a_language_switches_to_it(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2", "/language", "Français")
    assert "Je vous parlerai désormais en français." in done.out


def test_an_unknown_command_is_answered_kindly_and_the_question_still_answers(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "/lang", "/xyzzy", "2")
    assert "I don't know /lang. Did you mean /language?" in done.out  # leftovers 9: the one meant
    assert "I don't know that command. /help lists what I can do." in done.out
    assert "✅ No" in done.after("I don't know that command.")


def test_help_in_the_middle_lists_the_commands_then_the_question_goes_on(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2", "/help", "1")
    help_text = done.after("/language: English or French")
    assert "/delete: erase everything about you" in help_text
    assert "Have you had a paid job in Canada in the last 10 years?" in help_text
    assert "✅ Yes" in help_text


def test_help_at_the_verdict_keeps_its_numbered_menu(finished: dict[str, Chat],
                                                     tmp_path: pathlib.Path) -> None:
    done = chat(at_the_verdict(finished, "en", tmp_path), "/help", "1")
    after_help = done.after("/cancel: stop for now")
    assert VERDICT_MENU_EN in after_help  # the numbers still mean something: they are shown again
    assert "The requirements" in after_help  # "1" opened the details, as it did before /help
    assert "There is no question waiting" not in after_help


def test_rounds_at_the_verdict_then_its_menu_still_answers(finished: dict[str, Chat],
                                                           tmp_path: pathlib.Path) -> None:
    done = chat(at_the_verdict(finished, "en", tmp_path), "/rounds", "6")
    assert "The latest round of each program and category" in done.out
    assert "Canadian Experience Class" in done.after("The latest round of each program")
    assert "Chart saved:" in done.after("The latest round of each program")


def test_delete_erases_every_row_and_the_saved_charts(finished: dict[str, Chat],
                                                      tmp_path: pathlib.Path) -> None:
    home = at_the_verdict(finished, "en", tmp_path)
    done = chat(home, "6", "/delete", "1")
    chart = pathlib.Path(re.findall(r"Chart saved: (\S+)", done.out)[-1])
    assert chart.parent == home / "terminal-charts"  # beside the database
    assert "Delete everything I store about you" in done.out
    assert "Done: everything about you is erased." in done.out
    assert not chart.exists() and not chart.parent.exists()
    found = rows_about_the_user(home)
    assert found and not any(found.values()), found
    assert done.out.rstrip().endswith("Bye!")  # nothing is left to be saved


def test_delete_refused_keeps_everything(finished: dict[str, Chat], tmp_path: pathlib.Path) -> None:
    home = at_the_verdict(finished, "en", tmp_path)
    done = chat(home, "/delete", "2")
    assert "Nothing was deleted." in done.out
    assert answers(home)["quebec"] is False


def test_delete_by_typing_the_label_erases_too(finished: dict[str, Chat], tmp_path: pathlib.Path) -> None:
    home = at_the_verdict(finished, "en", tmp_path)
    chat(home, "/delete", "Yes, delete everything")
    assert not any(rows_about_the_user(home).values())


def test_yes_or_no_typed_to_a_confirmation_settles_it_and_answers_nothing_else(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2", "/restart", "no", "/delete", "yes")
    assert "Start over? Your current answers will be erased." in done.out
    kept = done.after("Start over? Your current answers will be erased.")
    assert "Have you had a paid job in Canada" in kept and "✅ No" not in kept  # not an answer to that question
    assert "Done: everything about you is erased." in done.out
    assert not any(rows_about_the_user(tmp_path).values())


def test_after_delete_a_french_user_goes_on_in_french(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "non", "/delete", "1", "/start", lang="fr")
    assert "C'est fait : tout ce qui vous concerne est effacé." in done.out
    assert "Prévoyez-vous de vivre dans la province de Québec ?" in done.after("C'est fait")
    assert "Do you plan" not in done.out


# -- the verdict's menus ------------------------------------------------------------------------------------
def test_the_verdict_menus_details_later_and_the_chart(finished: dict[str, Chat],
                                                      tmp_path: pathlib.Path) -> None:
    home = at_the_verdict(finished, "en", tmp_path)
    # the result again, its details, back (a short card: 6 is "What if I apply later?"), a month, the chart
    done = chat(home, "/start", "1", "1", "6", "1", "6")
    assert "Welcome back!" in done.out
    assert "The requirements" in done.out and "Next steps" in done.out
    assert "  1. ⬅️ Back to my result" in done.out
    assert "  6. 📅 What if I apply later?" in done.after("Your full result is above")
    assert "From which month would you apply?" in done.out
    assert "📅 Assessed as if you apply on December 1, 2026." in done.out
    chart = pathlib.Path(re.findall(r"🖼️ Chart saved: (\S+\.png)\n", done.out)[-1])
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_typing_the_start_of_a_menu_label_opens_it(finished: dict[str, Chat],
                                                   tmp_path: pathlib.Path) -> None:
    done = chat(at_the_verdict(finished, "en", tmp_path), "Details")
    assert "The requirements" in done.out
    assert "There is no question waiting" not in done.out


def test_the_french_verdict_opens_its_details_by_number(finished: dict[str, Chat],
                                                        tmp_path: pathlib.Path) -> None:
    done = chat(at_the_verdict(finished, "fr", tmp_path), "1")
    assert "  1. 📄 Détails : exigences, heures, prochaines étapes" in done.out
    assert "Les conditions" in done.after("1. 📄 Détails")


# -- end of input, interruption, a second run ---------------------------------------------------------------
def test_a_first_job_title_keeps_the_finders_index_beside_the_database(kept_index: Chat) -> None:
    assert "“cook” is listed under several occupations" in kept_index.out
    assert "  1. 63200 · Cooks · TEER 3" in kept_index.out
    assert len(KEPT_INDEX) == 1 and KEPT_INDEX[0].parent == kept_index.home  # the next run loads it: no build


def test_ctrl_d_mid_question_then_a_second_run_resumes_with_the_answers_kept(tmp_path: pathlib.Path) -> None:
    first = chat(tmp_path, "2", "yes", "21232")
    assert first.status == 0
    assert first.out.rstrip().endswith("Bye! Your answers are saved.")
    second = chat(tmp_path, "2025-09-01")
    assert "Welcome back! Your answers are kept" in second.out
    assert "When did job 1 in Canada start?" in second.after("Welcome back!")
    assert "✅ September 1, 2025" in second.out
    kept = answers(tmp_path)
    assert kept["quebec"] is False and kept["canadian_work"] is True


def test_ctrl_d_before_any_answer_does_not_claim_answers_were_saved(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path)
    assert done.status == 0
    assert done.out.rstrip().endswith("Bye!")
    assert "Bye! Your answers are saved." not in done.out


def read_until(process: subprocess.Popen[bytes], ending: bytes, seen: bytearray, timeout: float = 30) -> None:
    """Reads the chat's output until it ends with `ending` (the prompt: input() flushes it)."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while not seen.endswith(ending):
        assert time.monotonic() < deadline, seen.decode()
        ready, _, _ = select.select([process.stdout], [], [], 0.1)
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            assert chunk, seen.decode()
            seen.extend(chunk)


def waiting_for_a_line(process: subprocess.Popen[bytes]) -> None:
    """The prompt is flushed just before input() starts reading: a Ctrl-C in between is only acted on once
    a line arrives. A person is never that fast; a test is, so it waits until the chat sleeps in its read."""
    stat = pathlib.Path(f"/proc/{process.pid}/stat")
    deadline = time.monotonic() + 10
    while stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "S" and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)


def ctrl_c_as_in_a_terminal() -> None:
    """A job started in the background inherits Ctrl-C ignored (CI runners, `cmd &`): a terminal's is not."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_while_waiting_for_an_answer_says_goodbye(tmp_path: pathlib.Path) -> None:
    link_index(tmp_path)
    command = [sys.executable, "-m", "bot", "chat", "--as-of", DAY]
    process = subprocess.Popen(command, cwd=tmp_path, env=environment(tmp_path), stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=ctrl_c_as_in_a_terminal)
    assert process.stdin is not None
    seen = bytearray()
    try:
        read_until(process, b"\n> ", seen)
        process.stdin.write(b"2\n")
        process.stdin.flush()
        read_until(process, b"  2. No\n> ", seen)
        waiting_for_a_line(process)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)  # standard input still open: only the interruption can end the chat
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    text = (bytes(seen) + out).decode()
    assert "Traceback" not in err.decode() and err.decode() == ""
    assert process.returncode == 130
    assert text.endswith("> \nBye! Your answers are saved.\n")  # on a line of its own, not after the prompt
    assert answers(tmp_path)["quebec"] is False


# -- odd input ----------------------------------------------------------------------------------------------
def test_an_empty_line_says_how_to_answer_in_a_terminal(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "", "   ")
    after = done.out.split("  3. Not sure\n> ", 1)[1]  # what the first Enter brought
    assert "Type the number of an option, or your answer." in after
    assert "buttons" not in after  # there are none in a terminal
    assert done.options() == ["1. Yes", "2. No", "3. Not sure"]


def test_a_number_that_is_not_an_option_says_which_numbers_are(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "9", "0")
    assert "There is no option 9: type a number from 1 to 3, or your answer." in done.out
    assert "There is no option 0: type a number from 1 to 3, or your answer." in done.out
    assert done.options() == ["1. Yes", "2. No", "3. Not sure"]


def test_a_number_beyond_the_results_menu_says_which_numbers_are(finished: dict[str, Chat],
                                                                 tmp_path: pathlib.Path) -> None:
    done = chat(at_the_verdict(finished, "fr", tmp_path), "12")
    assert "Il n'y a pas d'option 12 : tapez un numéro de 1 à 7 ou votre réponse." in done.out
    assert done.options()[0] == "1. 📄 Détails : exigences, heures, prochaines étapes"


def test_a_number_that_is_an_answer_is_still_taken_as_one(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2", "yes", "21232", "2025-09-01", "yes", "25")
    assert "✅ 25 h/week" in done.out
    assert "There is no option" not in done.out


def test_a_very_long_line_is_refused_briefly_and_the_chat_goes_on(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "x" * 50_000, "2")
    assert "Please answer yes or no" in done.out
    assert max(len(line) for line in done.out.splitlines()) < 1000
    assert "✅ No" in done.out


def test_bytes_that_are_not_utf8_are_read_without_a_traceback(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, raw=b"n\xe9on\n\xff\xfe\n2\n")
    assert done.status == 0
    assert "Please answer yes or no" in done.out
    assert "✅ No" in done.out


def test_a_byte_order_mark_or_invisible_characters_do_not_spoil_an_answer(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, raw="\ufeff2\n\u200byes\n\u00a021232\u200d\n".encode())
    assert "✅ No" in done.out and "✅ Yes" in done.out and "✅ 21232 ·" in done.out
    assert "Please answer yes or no" not in done.out


def test_control_characters_typed_are_never_printed_back_raw(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "\x1b[A\x1b]0;pwned\x07", "ma\x00ybe", "2")
    assert "\x1b" not in done.out and "\x00" not in done.out and "\x07" not in done.out
    assert "✅ No" in done.out


def test_other_digits_and_full_width_letters_are_read(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "２", "ＹＥＳ")
    assert "✅ No" in done.out and "✅ Yes" in done.out


def test_output_to_a_pipe_is_plain_text_one_option_a_line(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2")
    assert "\x1b" not in done.out and "<b>" not in done.out and "&amp;" not in done.out
    assert done.out.startswith("CEC Screener, terminal chat.")
    assert all(re.fullmatch(r"  \d+\. \S.*", line) for line in done.out.splitlines() if line.startswith("  1."))


# -- left open: what should happen is not settled --------------------------------------------------------------
def test_delete_in_a_later_run_also_erases_the_charts_of_an_earlier_run(finished: dict[str, Chat],
                                                                        tmp_path: pathlib.Path) -> None:
    home = at_the_verdict(finished, "en", tmp_path)
    first = chat(home, "6")
    chart = pathlib.Path(re.findall(r"Chart saved: (\S+)", first.out)[-1])
    assert chart.parent == home / "terminal-charts", "beside the database, for a later run to find"
    assert chart.exists()
    chat(home, "/delete", "1")
    assert not chart.exists() and not chart.parent.exists()


# -- no buttons in a terminal: the catalogs' "tap" said as numbers to type (flows/texts/terminal.*.toml) ---------
TOUCH_WORDS = re.compile(r"\b(taps?|tapped|tapping|buttons?|touch\w*|bouton\w*|appuy\w*|cliqu\w*|click\w*)\b",
                         re.IGNORECASE)  # "tapez" (French for "type") is what the terminal asks for
# A whole run: a refused yes-or-no, /start midway, a job title to choose among, the date pickers, the verdict, the
# CRS, the plan (what would raise the score), a later month, /summary and /back, then /delete.
WHOLE_RUN_EN = ["2", "maybe", "yes", "/start", "cook", "1", "2025", "9", "1", "1", "40", "yes", "1", "2", "yes",
                "no", "1", "2025", "6", "1", "8 7 7 7", "no",
                "2", "30", "1", "5", "1", "2", "2", "2", "2",  # the verdict's "Estimate my CRS", its questions
                "1", "2", "7", "1",  # what would raise it, back to the result, "What if I apply later?", a month
                "/summary", "/back", "/delete", "1"]
WHOLE_RUN_FR = ["Non", "bof", "Oui", "/start", "cuisinier", "1", "2025", "9", "1", "oui", "40", "oui", "oui",
                "non", "oui", "non", "1", "2025", "6", "1", "8", "7", "6,5", "7", "non",
                "2", "30", "1", "5", "1", "2", "2", "2", "2",
                "1", "2", "7", "1",
                "/summary", "/back", "/delete", "1"]


def test_the_terminal_never_asks_to_tap_a_button(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "2", "yes", "21232")
    assert "tap" not in done.out.lower() and "button" not in done.out.lower()


def test_a_whole_english_run_speaks_of_numbers_to_type_never_of_buttons(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, *WHOLE_RUN_EN, lang="en")
    assert done.status == 0
    assert TOUCH_WORDS.findall(done.out) == []
    assert "Please answer yes or no (or type the number of an option)." in done.out
    assert "To begin a new screening instead, type the number of the option below." in done.out
    assert "choose the one that matches what you mostly did in job 1." in done.out
    assert "Choose the year, the month, then the day (skip it if you don't remember)" in done.out
    assert "2025: choose the month." in done.out and "September 2025: choose the day" in done.out
    assert "Choose the band from your test report" in done.out
    assert "✅ You appear eligible for the Canadian Experience Class" in done.out
    assert "📈 What would raise your score (now " in done.out  # the plan
    assert "If it has scrolled far away, choose “Show my full result”." in done.out
    assert "📅 Assessed as if you apply on December 1, 2026." in done.out
    assert "Changing your answer: “No”. Type the new one or its number." in done.out
    assert "Done: everything about you is erased." in done.out
    assert not any(rows_about_the_user(tmp_path).values())


def test_a_whole_french_run_speaks_of_numbers_to_type_never_of_buttons(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, *WHOLE_RUN_FR, lang="fr")
    assert done.status == 0
    assert TOUCH_WORDS.findall(done.out) == []
    assert "Veuillez répondre oui ou non (ou taper le numéro d'une option)." in done.out
    assert "Pour commencer plutôt une nouvelle évaluation, tapez le numéro de l'option ci-dessous." in done.out
    assert "Choisissez celui qui correspond le mieux à ce que vous faisiez surtout dans l'emploi 1." in done.out
    assert "Choisissez l'année, le mois, puis le jour (passez-le si vous ne vous en souvenez pas)" in done.out
    assert "2025 : choisissez le mois." in done.out and "septembre 2025 : choisissez le jour" in done.out
    assert "Choisissez le résultat inscrit sur votre relevé" in done.out
    assert "✅ Vous semblez admissible à la catégorie de l'expérience canadienne" in done.out
    assert "📈 Ce qui augmenterait votre score (actuellement " in done.out  # the plan
    assert "S'il est loin dans la conversation, choisissez « Revoir mon résultat complet »." in done.out
    assert "📅 Évaluation faite comme si vous présentiez votre demande le 1er décembre 2026." in done.out
    assert "Vous modifiez votre réponse : « Non ». Tapez la nouvelle ou son numéro." in done.out
    assert "C'est fait : tout ce qui vous concerne est effacé." in done.out
    assert not any(rows_about_the_user(tmp_path).values())


def test_a_day_is_typed_as_itself_and_i_dont_know_the_day_as_0(tmp_path: pathlib.Path) -> None:
    # On November 27 the picker offers days 1 to 27. By rank "I don't know the day" was option 28, so "28" typed
    # for November 28 (never offered: after today) was taken as a month without its day.
    done = chat(tmp_path, "2", "yes", "cook", "1", "2026", "11", "28", lang="en")
    assert "  0. I don't know the day" in done.out and "  27. 27" in done.out
    assert "without the day" not in done.out
    (tmp_path / "again").mkdir()
    done = chat(tmp_path / "again", "2", "yes", "cook", "1", "2026", "11", "0", lang="en")
    assert "without the day" in done.out  # November 2026, its hours counted from the latest day it can be
