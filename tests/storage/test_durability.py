"""kill -9 in the middle of saving loses nothing that was reported as saved."""

from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys
import time

from storage.repository import Repository

ROOT = pathlib.Path(__file__).resolve().parents[2]

# The child saves a session per step (a new row) and moves one shared session forward (a row rewritten in place),
# and prints the step only after save_session has returned, like the bot replying after the answer is stored.
CHILD = """
import sys
from storage import Repository, SessionRecord

repo = Repository(sys.argv[1])
for step in range(1, 1_000_000):
    repo.save_session(SessionRecord(user_id=step, state=f"q{step}", answers={"step": step}, history=["start"]))
    repo.save_session(SessionRecord(user_id=0, state=f"q{step}", answers={"step": step}, history=["start"] * step))
    print(step, flush=True)
"""

SAVES_BEFORE_KILL = 40


def test_sigkill_loses_no_reported_save(db_path: pathlib.Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stderr is not None
    reported: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(reported) < SAVES_BEFORE_KILL and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            reported.append(int(line))
        assert len(reported) >= SAVES_BEFORE_KILL, f"child stopped early: {child.stderr.read()}"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    # Lines written before the kill but not read yet were reported too; a cut-off last line was not.
    rest = child.stdout.read()
    reported += [int(line) for line in rest.splitlines(keepends=True) if line.endswith("\n")]
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert reported == list(range(1, len(reported) + 1))

    with Repository(db_path) as repo:
        assert repo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for step in reported:
            session = repo.load_session(step)
            assert session is not None, f"step {step} was reported saved but is missing"
            assert (session.state, session.answers) == (f"q{step}", {"step": step})
        shared = repo.load_session(0)
        assert shared is not None
        assert shared.answers["step"] >= reported[-1]
        assert len(shared.history) == shared.answers["step"]
