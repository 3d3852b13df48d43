"""The real commands as separate processes: `cec-screener run` against a fake Bot API server over HTTP
(kill -9 in the middle, then a clean SIGTERM), and `cec-screener chat` with scripted input."""

from __future__ import annotations

import json
import os
import pathlib
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from storage import Repository

from .fake_api_server import FakeAPIServer

TOKEN = "987654:PROCESS-token-must-never-be-logged"
USER = 4242


def start_bot(server: FakeAPIServer, db: pathlib.Path, cwd: pathlib.Path) -> subprocess.Popen[str]:
    """The bot process; its logs go to cwd/bot.log (a pipe nobody reads would fill up and block it)."""
    env = {"PATH": os.environ.get("PATH", ""), "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": server.base_url, "DATABASE_PATH": str(db), "LOG_LEVEL": "DEBUG"}
    with open(cwd / "bot.log", "a", encoding="utf-8") as log:
        return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=cwd, env=env, text=True,
                                stdout=log, stderr=log)


def step(server: FakeAPIServer, action: str, expect: str) -> None:
    """The user types (or presses "[label]"), then waits for a bot message sent or edited since, containing
    `expect`, and for the reply to be complete (it always ends with a message that has buttons). A button
    answer edits the question it answers into the next one."""
    before = server.telegram.stamp
    if action.startswith("["):
        server.push_click(USER, action[1:-1])
    else:
        server.push_user_message(USER, action)
    deadline = time.monotonic() + 20
    while True:
        new = sorted((m for m in server.telegram.bot_messages(USER) if m.stamp > before), key=lambda m: m.stamp)
        if any(expect in (m.shown_text or "") for m in new) and new[-1].buttons:
            return
        assert time.monotonic() < deadline, f"no new message with {expect!r}\n" + server.telegram.transcript(USER)
        time.sleep(0.02)


def test_run_completes_a_screening_survives_kill_9_and_stops_on_sigterm(api_server: FakeAPIServer,
                                                                       tmp_path: pathlib.Path) -> None:
    db = tmp_path / "data" / "bot.db"
    bot = start_bot(api_server, db, tmp_path)
    try:
        step(api_server, "/start", "Do you plan to live in the province of Quebec?")
        step(api_server, "[No]", "paid job in Canada")
        step(api_server, "[Yes]", "what was your job title?")
        step(api_server, "21232", "When did job 1 in Canada start?")
        step(api_server, "2025-09-01", "Do you still work in job 1 in Canada?")
    finally:
        bot.kill()  # kill -9: no chance to clean up
        bot.wait(timeout=10)
    with Repository(db) as repository:
        saved = repository.load_session(USER)
    assert saved is not None and saved.state == "job_ongoing"
    assert saved.answers["jobs"][0]["job_start"] == "2025-09-01"

    bot = start_bot(api_server, db, tmp_path)
    try:
        step(api_server, "/start", "Do you still work in job 1 in Canada?")
        for action, expect in [("[Yes]", "How many hours"), ("[40]", "paid"), ("[Yes]", "employee"),
                               ("[Yes]", "full-time student"), ("[No]", "permission to work"),
                               ("[Yes]", "another job"), ("[No]", "Which approved language test"),
                               ("[IELTS General Training]", "On what date"), ("2025-06-01", "in listening"),
                               ("8", "in reading"), ("7", "in writing"), ("7", "in speaking"),
                               ("7", "another test result"), ("[No]", "You appear eligible")]:
            step(api_server, action, expect)
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=20)
    finally:
        if bot.poll() is None:
            bot.kill()
    stderr = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert bot.returncode == 0, stderr[-2000:]
    assert "Application started" in stderr and "Application.stop() complete" in stderr
    assert "starting in polling mode" in stderr  # LOG_LEVEL=DEBUG was on
    assert TOKEN not in stderr and TOKEN.split(":")[1] not in stderr
    assert "21232" not in stderr and "2025-09-01" not in stderr  # answers never reach the logs
    assert all("987654" not in call.params.get("text", "") for call in api_server.telegram.calls)


def test_run_without_a_token_explains_itself(tmp_path: pathlib.Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "DATABASE_PATH": str(tmp_path / "x.db")}
    done = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, text=True,
                          capture_output=True, timeout=60)
    assert done.returncode == 2 and "TELEGRAM_BOT_TOKEN" in done.stderr and "Traceback" not in done.stderr


def test_webhook_url_requires_a_secret(tmp_path: pathlib.Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "TELEGRAM_BOT_TOKEN": TOKEN,
           "WEBHOOK_URL": "https://bot.example.org/telegram", "DATABASE_PATH": str(tmp_path / "x.db")}
    done = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, text=True,
                          capture_output=True, timeout=60)
    assert done.returncode == 2 and "WEBHOOK_SECRET is required" in done.stderr
    assert "Traceback" not in done.stderr


def test_chat_runs_the_same_screening_in_a_terminal(tmp_path: pathlib.Path) -> None:
    answers = ["no", "yes", "21232", "2025-09-01", "yes", "40", "yes", "yes", "no", "yes", "no",
               "1", "2025-06-01", "8", "7", "7", "7", "no"]
    env = {"PATH": os.environ.get("PATH", ""), "DATABASE_PATH": str(tmp_path / "chat.db")}
    done = subprocess.run([sys.executable, "-m", "bot", "chat"], cwd=tmp_path, env=env, text=True,
                          input="\n".join(answers) + "\n", capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Do you plan to live in the province of Quebec?" in done.stdout
    assert "  1. Yes\n  2. No" in done.stdout
    assert "You appear eligible for the Canadian Experience Class" in done.stdout
    assert done.stdout.rstrip().endswith("Bye! Your answers are saved.")
    with Repository(tmp_path / "chat.db") as repository:
        verdict = repository.latest_verdict(-1)
    assert verdict is not None and verdict.result["verdict"] == "eligible"


def test_chat_refuses_bad_input_kindly_and_resumes_later(tmp_path: pathlib.Path) -> None:
    env = {"PATH": os.environ.get("PATH", ""), "DATABASE_PATH": str(tmp_path / "chat.db")}
    first = subprocess.run([sys.executable, "-m", "bot", "chat"], cwd=tmp_path, env=env, text=True,
                           input="whatever\nno\nyes\n21232\n15/03/24\n", capture_output=True, timeout=60)
    assert first.returncode == 0
    assert "Please answer yes or no" in first.stdout
    # a day, a month and a short year: each reading offered, never one guessed (test_typed_answers_fresh4)
    assert "Which did you mean?\n  1. March 15, 2024\n  2. March 24, 2015" in first.stdout
    second = subprocess.run([sys.executable, "-m", "bot", "chat", "--lang", "fr"], cwd=tmp_path, env=env,
                            text=True, input="1\n", capture_output=True, timeout=60)
    assert "Bon retour ! Vos réponses sont conservées" in second.stdout
    assert "Quand l'emploi 1 au Canada a-t-il commencé ?" in second.stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_webhook_mode_answers_telegram_and_rejects_requests_without_the_secret(api_server: FakeAPIServer,
                                                                               tmp_path: pathlib.Path) -> None:
    port = free_port()
    env = {"PATH": os.environ.get("PATH", ""), "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_BASE_URL": api_server.base_url, "DATABASE_PATH": str(tmp_path / "hook.db"),
           "WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram", "WEBHOOK_SECRET": "s3cret-Value_42",
           "WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_PORT": str(port)}
    with open(tmp_path / "bot.log", "w", encoding="utf-8") as log:
        bot = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, text=True,
                               stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 30
        while not api_server.telegram.webhook.get("url") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert api_server.telegram.webhook.get("url") == f"http://127.0.0.1:{port}/telegram"
        step(api_server, "/start", "Do you plan to live in the province of Quebec?")  # delivered by webhook
        forged = urllib.request.Request(f"http://127.0.0.1:{port}/telegram", method="POST",
                                        data=json.dumps(api_server.telegram.user_message_update(USER, "yes"))
                                        .encode(), headers={"Content-Type": "application/json"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener.open(forged, timeout=5)
        assert refused.value.code == 403
        step(api_server, "[No]", "paid job in Canada")
        step(api_server, "[Yes]", "what was your job title?")
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=20)
    finally:
        if bot.poll() is None:
            bot.kill()
    assert bot.returncode == 0
    with Repository(tmp_path / "hook.db") as repository:
        session = repository.load_session(USER)
    assert session is not None and session.answers["quebec"] is False  # the forged "yes" changed nothing
