"""Failures that explain themselves: the real `cec-screener run`, `check` and `backup` processes against broken
databases, bad settings, a rejected or revoked token, a second process, a Conflict from Telegram and a webhook
fed garbage. Each failure is one `error:` line and a non-zero status, never a traceback, never the token."""

from __future__ import annotations

import contextlib
import json
import os
import pathlib
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from storage.database import open_database
from storage.maintenance import quick_check

from .fake_api_server import FakeAPIServer

TOKEN = "987654:OPS-token-must-never-be-printed"
SECRET_HALF = TOKEN.split(":")[1]


def environment(db: pathlib.Path, server: FakeAPIServer | None = None, **extra: str) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", ""), "DATABASE_PATH": str(db)}
    if server is not None:
        env |= {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": server.base_url}
    return env | extra


def cli(*args: str, cwd: pathlib.Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=60)


def start(cwd: pathlib.Path, env: dict[str, str], log: str = "bot.log") -> subprocess.Popen[str]:
    """`cec-screener run` in the background, its output in cwd/<log> (a pipe nobody reads could block it)."""
    with open(cwd / log, "a", encoding="utf-8") as out:
        return subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=cwd, env=env, text=True,
                                stdout=out, stderr=out)


def finish(bot: subprocess.Popen[str], timeout: float) -> int:
    try:
        return bot.wait(timeout=timeout)
    finally:
        if bot.poll() is None:
            bot.kill()
            bot.wait()


def assert_one_clear_line(status: int, output: str, expected: str) -> None:
    """Non-zero status, exactly one `error:` line holding `expected`, no traceback, no token."""
    errors = [line for line in output.splitlines() if line.startswith("error: ")]
    assert status != 0, output
    assert len(errors) == 1 and expected in errors[0], output
    assert "Traceback" not in output, output
    assert TOKEN not in output and SECRET_HALF not in output


def port_accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


def wait_until(condition: object, timeout: float = 15.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def polling(server: FakeAPIServer, calls: int = 1) -> bool:
    return len(server.telegram.calls_to("getUpdates")) >= calls


def a_database(path: pathlib.Path, rows: int = 0) -> pathlib.Path:
    db = open_database(path)
    db.execute("CREATE TABLE IF NOT EXISTS filler (x TEXT)")
    with db.conn:
        for i in range(rows):
            db.execute("INSERT INTO filler VALUES (?)", [f"row {i} " * 20])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@contextlib.contextmanager
def read_only(path: pathlib.Path) -> Iterator[None]:
    """`path` (a file or a folder) cannot be written, even by root (who ignores chmod): chattr +i then."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip("running as root, and chattr +i is not available here to make a file read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


# -- settings ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["run", "check"])
def test_an_invalid_log_level_is_one_line_naming_it(tmp_path: pathlib.Path, command: str) -> None:
    done = cli(command, cwd=tmp_path, env=environment(tmp_path / "x.db", LOG_LEVEL="LOUD",
                                                       TELEGRAM_BOT_TOKEN=TOKEN))
    assert_one_clear_line(done.returncode, done.stderr, "LOG_LEVEL must be one of DEBUG, INFO, WARNING")
    assert done.returncode == 2


def test_a_lowercase_log_level_is_accepted(tmp_path: pathlib.Path) -> None:
    done = cli("check", cwd=tmp_path, env=environment(tmp_path / "x.db", LOG_LEVEL="debug"))
    assert done.returncode == 0, done.stderr
    assert "LOG_LEVEL DEBUG" in done.stdout


def test_an_env_file_that_is_not_utf8_is_one_line(tmp_path: pathlib.Path) -> None:
    (tmp_path / ".env").write_bytes(b"LOG_LEVEL=\xff\xfe\n")
    done = cli("run", cwd=tmp_path, env=environment(tmp_path / "x.db", TELEGRAM_BOT_TOKEN=TOKEN))
    assert_one_clear_line(done.returncode, done.stderr, "settings: .env is not UTF-8 text")


def test_a_bad_port_names_the_variable(tmp_path: pathlib.Path) -> None:
    done = cli("check", cwd=tmp_path, env=environment(tmp_path / "x.db", WEBHOOK_PORT="eighty"))
    assert_one_clear_line(done.returncode, done.stderr, "settings: WEBHOOK_PORT: Input should be a valid integer")


# -- the database ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["run", "check", "chat"])
def test_a_file_that_is_not_sqlite_is_one_line(tmp_path: pathlib.Path, command: str) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "x.db").write_text("these are my notes, not a database\n" * 20)
    done = cli(command, cwd=tmp_path, env=environment(pathlib.Path("data/x.db"), TELEGRAM_BOT_TOKEN=TOKEN))
    assert_one_clear_line(done.returncode, done.stderr,
                          "error: database data/x.db: not a SQLite database (file is not a database)")
    assert (tmp_path / "data" / "x.db").read_text().startswith("these are my notes")  # untouched


@pytest.mark.parametrize("command", ["run", "check"])
def test_a_damaged_database_is_one_line(tmp_path: pathlib.Path, command: str) -> None:
    db = a_database(tmp_path / "x.db", rows=2000)
    with open(db, "r+b") as file:  # a page in the middle of the table overwritten, the header intact
        file.seek(4096 * 5)
        file.write(b"\x00\xff" * 2048)
    done = cli(command, cwd=tmp_path, env=environment(db, TELEGRAM_BOT_TOKEN=TOKEN))
    assert_one_clear_line(done.returncode, done.stderr, f"error: database {db}: damaged (")


def a_damaged_index(path: pathlib.Path) -> pathlib.Path:
    """A database whose index inbox_waiting misses rows its table holds (what a backup written over the live
    file left): the index is made partial (WHERE 0) while rows go in, then made whole again. Every page is
    sound, so PRAGMA quick_check finds nothing; only integrity_check compares indexes with their tables."""
    a_database(path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        with conn:
            conn.execute("UPDATE sqlite_schema SET sql = sql || ' WHERE 0' WHERE name = 'inbox_waiting'")
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany("INSERT INTO inbox (update_id, user_id, received_at) VALUES (?, ?, 'x')",
                             [(update, 4242) for update in range(1, 4)])
        conn.execute("PRAGMA writable_schema = ON")
        with conn:
            conn.execute("UPDATE sqlite_schema SET sql = replace(sql, ' WHERE 0', '') "
                         "WHERE name = 'inbox_waiting'")
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # what the old start check ran
    finally:
        conn.close()
    return path


@pytest.mark.parametrize("command", ["run", "check"])
def test_a_damaged_index_is_found_at_start_in_one_line(tmp_path: pathlib.Path, command: str) -> None:
    db = a_damaged_index(tmp_path / "x.db")
    with FakeAPIServer(token=TOKEN) as server:
        done = cli(command, cwd=tmp_path, env=environment(db, server))
        assert server.telegram.calls_to("getUpdates") == []  # refused before serving anyone
    assert_one_clear_line(done.returncode, done.stderr, f"error: database {db}: damaged (PRAGMA integrity_check: "
                                                        "row 1 missing from index inbox_waiting): restore a "
                                                        "backup")


@pytest.mark.parametrize("command", ["run", "check"])
def test_a_folder_that_cannot_be_created_is_one_line(tmp_path: pathlib.Path, command: str) -> None:
    (tmp_path / "data").write_text("a file where the folder should be")
    done = cli(command, cwd=tmp_path, env=environment(pathlib.Path("data/sub/x.db"), TELEGRAM_BOT_TOKEN=TOKEN))
    assert_one_clear_line(done.returncode, done.stderr,
                          "error: database data/sub/x.db: cannot create its folder data/sub")


def test_a_read_only_database_file_is_one_line(tmp_path: pathlib.Path) -> None:
    db = a_database(tmp_path / "x.db")
    with read_only(db):
        done = cli("run", cwd=tmp_path, env=environment(db, TELEGRAM_BOT_TOKEN=TOKEN))
    assert_one_clear_line(done.returncode, done.stderr,
                          f"error: database {db}: not writable (attempt to write a readonly database)")


def test_a_read_only_folder_is_one_line(tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with read_only(folder):
        done = cli("run", cwd=tmp_path, env=environment(folder / "x.db", TELEGRAM_BOT_TOKEN=TOKEN))
    assert_one_clear_line(done.returncode, done.stderr, f"error: database {folder / 'x.db'}: cannot create the "
                                                        f"lock file {folder / 'x.db.lock'}")


# -- check -------------------------------------------------------------------------------------------------


def test_check_says_what_it_checked_and_passes(tmp_path: pathlib.Path) -> None:
    with FakeAPIServer(token=TOKEN) as server:
        done = cli("check", cwd=tmp_path, env=environment(pathlib.Path("data/x.db"), server))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("ok    settings: valid (LOG_LEVEL INFO, polling, TELEGRAM_BOT_TOKEN set)")
    for expected in ("ok    database folder data: exists",
                     "ok    lock data/x.db.lock: free",
                     "ok    database data/x.db: did not exist, created",
                     "ok    database data/x.db: schema up to date",
                     "ok    database data/x.db: writable",
                     "ok    token: accepted by Telegram (the bot is @"):
        assert any(line.startswith(expected) for line in lines), done.stdout
    assert lines[-1] == "all checks passed"
    assert TOKEN not in done.stdout + done.stderr and done.stderr == ""
    # Run again on the file now there: it is checked, not created.
    again = cli("check", cwd=tmp_path, env=environment(pathlib.Path("data/x.db")))
    assert again.returncode == 0 and "data/x.db: a SQLite file, PRAGMA integrity_check ok" in again.stdout


# -- the token ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["run", "check"])
def test_a_rejected_token_is_one_line_without_the_token(tmp_path: pathlib.Path, command: str) -> None:
    with FakeAPIServer(token="111:the-real-token") as server:  # ours is not it: 401 Unauthorized
        done = cli(command, cwd=tmp_path, env=environment(tmp_path / "x.db", server))
    assert_one_clear_line(done.returncode, done.stdout + done.stderr,
                          "error: token: Telegram rejected TELEGRAM_BOT_TOKEN (Unauthorized)")


def test_a_token_revoked_while_running_stops_the_bot(tmp_path: pathlib.Path) -> None:
    with FakeAPIServer(token=TOKEN) as server:
        bot = start(tmp_path, environment(tmp_path / "x.db", server, LOG_LEVEL="DEBUG"))
        wait_until(lambda: polling(server), what="the bot to poll")
        server.token = "111:the-new-token"  # revoked in @BotFather
        server.push_user_message(7, "/start")  # ends the long poll in progress
        status = finish(bot, timeout=15)
    output = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert_one_clear_line(status, output, "error: token: Telegram no longer accepts TELEGRAM_BOT_TOKEN")


# -- one process per database, one poller per token --------------------------------------------------------


def test_a_second_process_on_one_database_is_refused(tmp_path: pathlib.Path) -> None:
    db = tmp_path / "data" / "x.db"
    with FakeAPIServer(token=TOKEN) as server:
        first = start(tmp_path, environment(db, server))
        try:
            wait_until(lambda: polling(server), what="the first bot to poll")
            second = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, timeout=30,
                                    env=environment(db, server), text=True, capture_output=True)
            assert_one_clear_line(second.returncode, second.stderr,
                                  f"error: another cec-screener is already running on {db} (process {first.pid})")
            check = cli("check", cwd=tmp_path, env=environment(db))
            assert check.returncode == 0, check.stderr
            assert f"note  lock {db}.lock: a cec-screener is running on this database (process {first.pid})" \
                in check.stdout
            assert first.poll() is None  # the first one serves on
            first.send_signal(signal.SIGTERM)
            assert finish(first, timeout=15) == 0
        finally:
            finish(first, timeout=0)
    # The lock died with its process: the next start is not blocked by a stale lock file.
    assert (tmp_path / "data" / "x.db.lock").exists()
    assert f"ok    lock {db}.lock: free" in cli("check", cwd=tmp_path, env=environment(db)).stdout


def test_a_conflict_from_telegram_stops_the_bot_at_once(tmp_path: pathlib.Path) -> None:
    with FakeAPIServer(token=TOKEN) as server:
        bot = start(tmp_path, environment(tmp_path / "x.db", server))
        wait_until(lambda: polling(server), what="the bot to poll")
        # Another process takes the updates: the next getUpdates gets 409 Conflict (here through a webhook set
        # behind the bot's back, which Telegram answers with the same error).
        server.telegram.webhook = {"url": "https://elsewhere.example.org/hook"}
        server.push_user_message(7, "/start")
        status = finish(bot, timeout=15)
        conflicts = [c for c in server.telegram.calls if c.method == "getUpdates" and not c.ok]
    output = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert_one_clear_line(status, output, "error: Telegram: another process is already getting this bot's updates")
    assert len(conflicts) <= 2  # the one that stopped it and the final acknowledgement, not 62


def test_sigterm_under_load_stops_within_the_drain_bound(tmp_path: pathlib.Path) -> None:
    """Hundreds of replies queued behind the rate limiter (30 messages/s): SIGTERM gives them a few seconds,
    then cancels the rest, instead of draining for tens of seconds."""
    from bot.telegram_adapter.serving import DRAIN_SECONDS

    with FakeAPIServer(token=TOKEN) as server:
        bot = start(tmp_path, environment(tmp_path / "x.db", server))
        wait_until(lambda: polling(server), what="the bot to poll")
        last = 0
        for user in range(1, 301):
            last = server.push_user_message(user, "/start")["update_id"]
        # All 300 fetched (a getUpdates asks for the ones after the last): about 20 s of replies at 30/s.
        wait_until(lambda: any((c.get("offset") or 0) > last for c in server.telegram.calls_to("getUpdates")),
                   what="the bot to fetch every update")
        asked = time.monotonic()
        bot.send_signal(signal.SIGTERM)
        status = finish(bot, timeout=DRAIN_SECONDS + 15)
        took = time.monotonic() - asked
        sent = len(server.telegram.calls_to("sendMessage"))
    output = (tmp_path / "bot.log").read_text(encoding="utf-8")
    assert status == 0, output[-3000:]
    assert took < DRAIN_SECONDS + 4, f"took {took:.1f} s to stop"
    assert sent < 400 and "updates still in progress after" in output  # the queue was not drained in full
    assert "Traceback" not in output and TOKEN not in output


# -- backup ------------------------------------------------------------------------------------------------


def test_backup_copies_the_live_database_of_a_running_bot(tmp_path: pathlib.Path) -> None:
    db = tmp_path / "data" / "x.db"
    with FakeAPIServer(token=TOKEN) as server:
        bot = start(tmp_path, environment(db, server))
        try:
            wait_until(lambda: polling(server), what="the bot to poll")
            server.push_user_message(4242, "/start")
            server.wait_for_bot_message_blocking(4242, timeout=15)
            done = cli("backup", "copies/one.db", cwd=tmp_path, env=environment(db))
            again = cli("backup", "copies/one.db", cwd=tmp_path, env=environment(db))
            forced = cli("backup", "copies/one.db", "--force", cwd=tmp_path, env=environment(db))
            bot.send_signal(signal.SIGTERM)
            assert finish(bot, timeout=15) == 0
        finally:
            finish(bot, timeout=0)
    copy = tmp_path / "copies" / "one.db"
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"backup of {db} written to {copy} ({copy.stat().st_size:,} bytes)"
    assert_one_clear_line(again.returncode, again.stderr,
                          "error: backup: copies/one.db already exists (use --force to replace it)")
    assert forced.returncode == 0, forced.stderr
    conn = sqlite3.connect(copy)
    try:
        assert quick_check(conn) == ["ok"]
        assert conn.execute("SELECT user_id FROM users").fetchall() == [(4242,)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    finally:
        conn.close()
    assert sorted(p.name for p in copy.parent.iterdir()) == ["one.db"]  # no partial file left behind


def test_backup_never_writes_over_the_live_database_or_its_files(tmp_path: pathlib.Path) -> None:
    """The live file, its -wal and -shm, through a symbolic link, a hard link or another spelling of the path:
    refused with or without --force while the bot writes to it, and the bot's data is whole afterwards."""
    db = tmp_path / "data" / "x.db"
    (tmp_path / "links").mkdir()
    with FakeAPIServer(token=TOKEN) as server:
        bot = start(tmp_path, environment(db, server))
        try:
            wait_until(lambda: polling(server), what="the bot to poll")
            server.push_user_message(4242, "/start")
            server.wait_for_bot_message_blocking(4242, timeout=15)
            (tmp_path / "links" / "soft.db").symlink_to(db)
            os.link(db, tmp_path / "links" / "hard.db")
            (tmp_path / "links" / "wal").symlink_to(pathlib.Path(f"{db}-wal"))
            targets = ["data/x.db", str(db), "data/../data/./x.db", "links/soft.db", "links/hard.db",
                       "data/x.db-wal", "data/x.db-shm", "links/wal", "data/x.db.lock"]
            refused = {(target, force): cli("backup", target, *(["--force"] if force else []), cwd=tmp_path,
                                            env=environment(db))
                       for target in targets for force in (False, True)}
            server.push_user_message(4243, "/start")  # still serving, on the same file
            server.wait_for_bot_message_blocking(4243, timeout=15)
            bot.send_signal(signal.SIGTERM)
            assert finish(bot, timeout=15) == 0
        finally:
            finish(bot, timeout=0)
    for (target, _force), done in refused.items():
        assert_one_clear_line(done.returncode, done.stderr, f"error: backup: {target} is the live database")
        assert "never replaced: choose another file" in done.stderr
    assert sorted(p.name for p in db.parent.iterdir() if p.name.endswith(".partial")) == []
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT user_id FROM users ORDER BY 1").fetchall() == [(4242,), (4243,)]
    finally:
        conn.close()
    # It starts again on it: the start check passes.
    again = cli("check", cwd=tmp_path, env=environment(db))
    assert again.returncode == 0, again.stderr


def test_backup_without_a_database_is_one_line(tmp_path: pathlib.Path) -> None:
    done = cli("backup", "copy.db", cwd=tmp_path, env=environment(pathlib.Path("data/none.db")))
    assert_one_clear_line(done.returncode, done.stderr,
                          "error: backup: there is no database at data/none.db (DATABASE_PATH)")
    assert not (tmp_path / "data").exists() and not (tmp_path / "copy.db").exists()


# -- webhook -----------------------------------------------------------------------------------------------


def test_webhook_refuses_garbage_quietly(tmp_path: pathlib.Path) -> None:
    from .test_processes import free_port

    port = free_port()
    secret = "s3cret-Value_42"
    with FakeAPIServer(token=TOKEN) as server:
        bot = start(tmp_path, environment(tmp_path / "hook.db", server, WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
                                          WEBHOOK_SECRET=secret, WEBHOOK_LISTEN="127.0.0.1",
                                          WEBHOOK_PORT=str(port)))
        try:
            wait_until(lambda: server.telegram.webhook.get("url"), what="the webhook to be set")
            # python-telegram-bot sets the webhook before its server listens: wait for the port too.
            wait_until(lambda: port_accepts(port), what="the webhook server to listen")
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            bodies = [b"", b"lorem-ipsum-body", b"\xff\xfe not utf-8", b"[1, 2]", b"{}", b'{"update_id": "x"}',
                      json.dumps({"update_id": 5, "message": {"text": "my secret answer 21232"}}).encode()]
            statuses = []
            for body in bodies:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/hook", data=body, method="POST",
                    headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret})
                try:
                    with opener.open(request, timeout=5) as response:
                        statuses.append(response.status)
                except urllib.error.HTTPError as error:
                    statuses.append(error.code)
            assert statuses == [400] * len(bodies)
            server.push_user_message(4242, "/start")  # still serving real updates
            server.wait_for_bot_message_blocking(4242, timeout=15)
            bot.send_signal(signal.SIGTERM)
            assert finish(bot, timeout=15) == 0
        finally:
            finish(bot, timeout=0)
    output = (tmp_path / "bot.log").read_text(encoding="utf-8")
    refusals = [line for line in output.splitlines() if "webhook: refused a request" in line]
    assert len(refusals) == len(bodies), output
    assert "Traceback" not in output and "21232" not in output and "lorem-ipsum-body" not in output


def test_the_occupation_index_is_built_in_a_child_process_cached_or_built_here_if_that_fails(
        tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.plumbing import occupation_index
    from eligibility import occupations

    occupations._forget()
    occupation_index.warm_for_bot(tmp_path)
    assert occupations._built is not None and occupations.search("cook")[0].code == "63200"
    [cache] = tmp_path.glob(".noc-index-*.pickle")

    def no_child(*args: object, **kwargs: object) -> None:
        raise OSError("cannot fork")

    monkeypatch.setattr(occupation_index.subprocess, "run", no_child)
    occupations._forget()
    occupation_index.warm_for_bot(tmp_path)  # the next start: from the cache, no child needed
    assert occupations._built is not None and occupations.search("cook")[0].code == "63200"

    cache.write_bytes(b"not an index")  # damaged: built again, here since no child can start
    occupations._forget()
    occupation_index.warm_for_bot(tmp_path)
    assert occupations._built is not None and occupations.search("cook")[0].code == "63200"
