"""The terminal chat audited a second time, as a first-time user reads it: /privacy, /cancel, the round alerts and
the hints, in English and French, against what the code does in a terminal (bot/terminal.py). Each test drives the
real `cec-screener chat` process with what a person types (the helpers of test_terminal_audit.py)."""

from __future__ import annotations

import contextlib
import os
import pathlib
import select
import sqlite3
import subprocess
import sys
import time

import pytest

from bot.terminal import CHARTS_FOLDER, LOCAL_USER_ID

from .test_terminal_audit import (
    DAY,
    Chat,
    answers,
    at_the_verdict,
    chat,
    environment,
    finished,
    kept_index,
    link_index,
)

__all__ = ["finished", "kept_index"]  # the shared module fixtures: a finished screening, the finder's index

# From the verdict of test_terminal_audit's screening to the CRS result: "Estimate my CRS", born 1990-05-05,
# single, a bachelor's degree earned outside Canada with an ECA, a Canadian one- or two-year credential, 2 years
# of work abroad, no trade certificate, no nomination, no sibling in Canada.
TO_THE_CRS = ["2", "1990-05-05", "1", "5", "2", "2", "2", "2", "2", "2"]


def alert_optins(home: pathlib.Path) -> int:
    with contextlib.closing(sqlite3.connect(home / "chat.db")) as db:
        found = db.execute("SELECT count(*) FROM round_alert_optins WHERE user_id = ?", (LOCAL_USER_ID,))
        return int(found.fetchone()[0])


# -- round alerts: a Telegram message can never reach the terminal ------------------------------------------------
@pytest.mark.parametrize(("lang", "button", "said"), [
    ("en", "Tell me after each round",
     "Round alerts come as Telegram messages: this terminal chat cannot send them."),
    ("fr", "Prévenez-moi après chaque ronde",
     "Les alertes de rondes arrivent par messages Telegram : cette conversation dans le terminal ne peut pas "
     "les envoyer."),
])
def test_asking_for_round_alerts_in_the_terminal_says_they_cannot_come_here_and_stores_nothing(
        finished: dict[str, Chat], tmp_path: pathlib.Path, lang: str, button: str, said: str) -> None:
    done = chat(at_the_verdict(finished, lang, tmp_path), *TO_THE_CRS, button, lang=lang)
    assert f". 📣 {button}\n" in done.out  # the CRS result, and its alerts option
    assert said in done.out[done.out.index(f". 📣 {button}\n"):]
    assert "I will send you" not in done.out and "je vous enverrai" not in done.out  # a promise it cannot keep
    assert alert_optins(tmp_path) == 0  # nor kept: an opt-in also keeps the answers past the erasure delay


# -- /privacy: what the terminal chat keeps, where, and until when ------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_privacy_in_the_terminal_tells_what_this_chat_keeps_and_where(finished: dict[str, Chat],
                                                                      tmp_path: pathlib.Path, lang: str) -> None:
    done = chat(at_the_verdict(finished, lang, tmp_path), "/privacy", lang=lang)
    said = done.out[done.out.index("> \n") + 3:]  # what the line typed brought
    assert str(tmp_path / "chat.db") in said  # the file the answers are in
    assert str(tmp_path / CHARTS_FOLDER) in said  # and the charts it saved, which /delete erases too
    assert "/delete" in said
    # Telegram's paragraphs are not true of a terminal: no Telegram id, no inbox of messages kept two days,
    # no reminder or round alert it could send; and the chat itself never erases anything after 180 days
    for untrue in ("Telegram user id", "identifiant Telegram", "two days", "deux jours", "Reminders (only if",
                   "Rappels (seulement", "Round alerts: if you turn them on", "Alertes de rondes : si vous",
                   "inactive data is erased after", "Les données inactives sont effacées"):
        assert untrue not in said, untrue
    assert "Statistics Canada" in said or "Statistique Canada" in said  # the NOC's attribution stays


def test_privacy_in_a_telegram_chat_is_unchanged() -> None:
    """The terminal's own paragraph is its own: Telegram's /privacy still says what the bot keeps."""
    from bot.screening.service import RETENTION_DAYS
    from flows.texts import catalog

    assert "your Telegram user id" in catalog("en").t("bot.privacy", days=RETENTION_DAYS)


# -- /cancel: "stop for now" in a terminal ends the chat ----------------------------------------------------------
@pytest.mark.parametrize(("lang", "typed", "paused", "question"), [
    ("en", ["2", "/cancel", "yes"], "Paused. Your answers are saved: run the chat again to continue",
     "Have you had a paid job in Canada in the last 10 years?"),
    ("fr", ["2", "/cancel", "oui"], "Conversation en pause. Vos réponses sont enregistrées : relancez la "
     "conversation pour continuer",
     "Avez-vous occupé un emploi rémunéré au Canada au cours des 10 dernières années ?"),
])
def test_cancel_in_the_terminal_stops_the_chat_and_a_second_run_resumes(tmp_path: pathlib.Path, lang: str,
                                                                       typed: list[str], paused: str,
                                                                       question: str) -> None:
    first = chat(tmp_path, *typed, lang=lang)
    assert first.status == 0
    assert paused in first.out
    assert "send /start to continue" not in first.out and "envoyez /start pour continuer" not in first.out
    assert first.out.rstrip().endswith(first.after(paused).rstrip())  # nothing asked after the pause
    assert "canadian_work" not in answers(tmp_path)  # the "yes" typed after /cancel answered nothing
    second = chat(tmp_path, lang=lang)
    assert question in second.out  # picked up where they were


# -- the hints --------------------------------------------------------------------------------------------------
def test_a_menu_of_one_option_asks_for_1_not_a_number_from_1_to_1(finished: dict[str, Chat],
                                                                  tmp_path: pathlib.Path) -> None:
    done = chat(at_the_verdict(finished, "en", tmp_path), "1", "2")  # the details: one option, "Back to my result"
    assert "There is no option 2: type 1, or your answer." in done.out
    assert "from 1 to 1" not in done.out


# -- a paste at a keyboard: one message, as Telegram gets it ---------------------------------------------------
def read_until(controller: int, ending: bytes, seen: bytearray, timeout: float = 30) -> None:
    """Read what the chat prints on the terminal until `ending` (a prompt) has come."""
    deadline = time.monotonic() + timeout
    start = len(seen)
    while ending not in seen[start:]:
        ready, _, _ = select.select([controller], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, bytes(seen[-2000:]).decode("utf-8", "replace")
        seen += os.read(controller, 65536)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_lines_pasted_at_once_in_a_terminal_are_one_answer_as_in_telegram(tmp_path: pathlib.Path) -> None:
    """"software developer⏎at Shopify, Toronto" pasted: its second line answered the finder's list as a new
    title (and was offered “Lawyers and Quebec notaries”). Lines a person types one after the other stay
    answers of their own (every other test here types them through a pipe)."""
    link_index(tmp_path)
    controller, terminal = os.openpty()
    process = subprocess.Popen([sys.executable, "-m", "bot", "chat", "--as-of", DAY], cwd=tmp_path,
                               env=environment(tmp_path), stdin=terminal, stdout=terminal, stderr=terminal)
    os.close(terminal)
    seen = bytearray()
    try:
        read_until(controller, b"\r\n> ", seen)
        for typed in (b"2\n", b"yes\n"):  # typed one at a time, each after its question
            os.write(controller, typed)
            read_until(controller, b"\r\n> ", seen)
        before = len(seen)
        os.write(controller, b"software developer\nat Shopify, Toronto\n")  # one paste
        read_until(controller, b"Type it again\r\n> ", seen)
        time.sleep(0.5)  # anything the second line would have brought
        while select.select([controller], [], [], 0)[0]:
            seen += os.read(controller, 65536)
        pasted = bytes(seen[before:]).decode()
        os.write(controller, b"1\n")
        read_until(controller, b"\r\n> ", seen)
        os.write(controller, b"\x04")  # Ctrl-D
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
        os.close(controller)
    assert "Traceback" not in bytes(seen).decode()
    assert "  1. 21232 · Software developers and programmers · TEER 1" in pasted
    assert "Shopify, Toronto”" not in pasted and "Lawyers" not in pasted  # not a second answer
    assert pasted.count("\r\n> ") == 1  # one reply, one prompt
    assert "✅ 21232 · Software developers and programmers · TEER 1" in bytes(seen).decode()
    assert answers(tmp_path)["jobs"][0]["job_occupation"]["noc"] == "21232"


# -- /help: the bot's commands, and what differs in a terminal ----------------------------------------------------
@pytest.mark.parametrize(("lang", "said"), [
    ("en", ["/cancel: stop for now", "Ctrl-D or /cancel stops the chat and keeps your answers: run it again",
            "Reminders and round alerts come only as Telegram messages"]),
    ("fr", ["/cancel : faire une pause", "Ctrl-D ou /cancel arrête la conversation et conserve vos réponses",
            "Les rappels et les alertes de rondes n'arrivent que par messages Telegram"]),
])
def test_help_in_the_terminal_says_how_to_stop_and_what_it_cannot_send(tmp_path: pathlib.Path, lang: str,
                                                                       said: list[str]) -> None:
    done = chat(tmp_path, "2", "/help", lang=lang)
    helped = done.out[done.out.index("/start"):]
    for sentence in said:
        assert sentence in helped, sentence
    assert "Have you had a paid job in Canada" in helped or "Avez-vous occupé un emploi" in helped  # then on


def test_help_in_a_telegram_chat_lists_the_commands_only(tmp_path: pathlib.Path) -> None:
    import datetime as dt

    from bot.screening.service import ScreeningService
    from storage import Repository

    repository = Repository(tmp_path / "bot.db")
    try:
        helped = ScreeningService(repository, dt.date.today).command(1, "en", "help")
    finally:
        repository.close()
    text = "".join(message.text for message in helped.messages)
    assert "/cancel: stop for now" in text and "Ctrl-D" not in text and "terminal" not in text


# -- /privacy names every kind of answer it keeps, a spouse's too ------------------------------------------------
@pytest.mark.parametrize(("lang", "kinds"), [
    ("en", ["where you will live", "work abroad", "trade certificate", "nomination",
            "a brother or sister in Canada",
            "if your spouse or partner comes with you, their status, education, test and Canadian work"]),
    ("fr", ["l'endroit où vous vivrez", "travail hors du Canada", "certificat de compétence",
            "désignation provinciale", "un frère ou une sœur au Canada",
            "si votre époux ou conjoint de fait vous accompagne, son statut, ses études, son test et son travail "
            "au Canada"]),
])
@pytest.mark.parametrize("key", ["bot.privacy", "bot.privacy_terminal"])
def test_privacy_lists_every_kind_of_answer_kept_including_the_partners(lang: str, kinds: list[str],
                                                                      key: str) -> None:
    """The list read as all there is: a spouse's status, education, test and work were kept and not named."""
    from flows.texts import catalog

    said = catalog(lang).t(key, days=180, database="chat.db", charts="terminal-charts")
    for kind in kinds:
        assert kind in said, kind


# -- a failure in one turn: what the bot's error handler does, not a traceback and the end of the chat ---------
def test_a_turn_that_fails_is_apologised_for_and_the_chat_goes_on(finished: dict[str, Chat],
                                                                  tmp_path: pathlib.Path) -> None:
    """A saved answer the code cannot read (here written by hand) stands for any bug in a turn: the chat ended
    with a traceback and status 1, where Telegram's person reads err.crashed and can go on (here: /delete)."""
    home = at_the_verdict(finished, "en", tmp_path)
    with contextlib.closing(sqlite3.connect(home / "chat.db")) as db, db:
        db.execute("UPDATE sessions SET answers = ? WHERE user_id = ?",
                   ('{"quebec": false, "jobs": 5}', LOCAL_USER_ID))
    done = chat(home, "1", "/delete", "1")  # chat() also says no traceback reached the terminal
    assert done.status == 0
    assert done.out.count("Sorry, something went wrong on our side. Your answers are safe") >= 1
    assert "Done: everything about you is erased." in done.out
    assert "chat turn failed: TypeError at " in done.err and len(done.err.strip().splitlines()) <= 2


def test_cancel_before_any_answer_does_not_claim_answers_were_saved(tmp_path: pathlib.Path) -> None:
    done = chat(tmp_path, "/cancel", "2")
    assert done.status == 0
    assert done.out.rstrip().endswith("> \nBye!")  # and the "2" after it answered nothing
    assert "Paused." not in done.out
