"""The pictures themselves: valid PNGs of the expected size, not blank, small; matplotlib loaded only when
a chart is drawn; `cec-screener assess --chart`; the terminal chat saves the images and prints the path."""

from __future__ import annotations

import datetime as dt
import io
import json
import pathlib
import re
import subprocess
import sys
import time

import pytest
from PIL import Image

from bot import charts
from bot.screening.service import ScreeningService
from bot.terminal import run_chat
from eligibility import Profile
from flows.chart_replies import chart_photo
from storage import Repository

ROOT = pathlib.Path(__file__).resolve().parents[2]
S01 = ROOT / "tests" / "fixtures" / "personas" / "s01_single_bachelor_clb9.json"
PNG = b"\x89PNG\r\n\x1a\n"

# Work that does not count (full-time study, self-employment, TEER 5), a job going on, tests in both languages:
# the hours chart with every kind of mark, and a CRS chart with the French-language rounds.
BUSY = {"as_of": "2026-11-27", "birth_date": "1994-05-02", "marital_status": "single",
        "jobs": [{"noc": "63200", "start": "2023-01-10", "end": "2024-04-30", "hours_per_week": 20,
                  "full_time_student": True},
                 {"noc": "21232", "start": "2024-06-01", "end": "2024-12-31", "hours_per_week": 40,
                  "self_employed": True},
                 {"noc": "65200", "start": "2025-01-06", "end": "2025-02-28", "hours_per_week": 15},
                 {"noc": "72410", "start": "2026-03-02", "end": None, "hours_per_week": 25}],
        "language_tests": [{"test": "tef_canada", "date": "2025-02-01", "listening": 500, "reading": 480,
                            "writing": 450, "speaking": 470},
                           {"test": "celpip_general", "date": "2025-01-15", "listening": 7, "reading": 7,
                            "writing": 7, "speaking": 7}],
        "education": {"level": "two_year", "in_canada": True, "canadian_credential": "one_or_two_year"}}


def profiles() -> dict[str, Profile]:
    return {"s01": Profile.model_validate_json(S01.read_text()),
            "busy": Profile.model_validate(BUSY, strict=False)}


def check_png(png: bytes) -> Image.Image:
    assert png.startswith(PNG)
    assert len(png) < 200_000
    image = Image.open(io.BytesIO(png))
    assert image.size == (charts.WIDTH, charts.HEIGHT)
    colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    assert colours is not None and len(colours) >= 8  # lines, marks, text, shading: not a blank canvas
    assert max(count for count, _ in colours) < 0.95 * charts.WIDTH * charts.HEIGHT  # and not mostly one colour
    return image


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("which", ["hours", "crs"])
@pytest.mark.parametrize("who", ["s01", "busy"])
def test_each_chart_renders_in_both_languages(who: str, which: str, lang: str) -> None:
    photo = chart_photo(which, profiles()[who], lang)
    assert photo is not None
    json.dumps(photo)  # plain data, as the outbox stores it
    check_png(charts.render(photo))


def test_the_chart_is_redrawn_from_its_stored_description() -> None:
    photo = chart_photo("hours", profiles()["busy"], "fr")
    assert photo is not None
    stored = json.loads(json.dumps(photo))
    assert charts.render(stored) == charts.render(photo)


def test_an_unknown_chart_is_refused() -> None:
    with pytest.raises(ValueError, match="chart"):
        charts.render({"chart": "pie", "lang": "en", "data": {}})


def test_the_bot_starts_without_matplotlib_and_loads_it_for_the_first_chart() -> None:
    code = ("import sys, resource\n"
            "import bot.telegram_adapter.application, bot.telegram_adapter.delivery\n"
            "import bot.terminal, bot.command_line.main\n"
            "print('matplotlib' in sys.modules)\n"
            "from eligibility import Profile\n"
            "from flows.chart_replies import chart_photo\n"
            "from bot.charts import render\n"
            f"p = Profile.model_validate_json(open({str(S01)!r}).read())\n"
            "render(chart_photo('hours', p, 'en'))\n"
            "print('matplotlib' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", "assess", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_assess_draws_a_chart_for_advisers(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "hours.png"
    done = cli(str(S01), "--chart", "hours", "--out", str(out), "--lang", "fr")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["crs"]["total"] == 470  # the usual answer is unchanged
    assert f"chart: {out}" in done.stderr
    check_png(out.read_bytes())


@pytest.mark.parametrize(("args", "field"), [
    (["--chart", "pie", "--out", "x.png"], "--chart"),
    (["--chart", "crs"], "--out"),
    (["--out", "x.png"], "--chart"),
    (["--jsonl", "--chart", "crs", "--out", "x.png"], "--chart"),
])
def test_assess_chart_options_that_do_not_fit_exit_non_zero_naming_the_option(args: list[str], field: str) -> None:
    done = cli(str(S01), *args)
    assert done.returncode == 2
    assert field in done.stderr.splitlines()[-1] and "Traceback" not in done.stderr


class Script:
    """Terminal input: typed lines, or "[label]" for the number the chat printed beside that option."""

    def __init__(self, out: io.StringIO, steps: list[str]) -> None:
        self.out, self.steps = out, list(steps)

    def __call__(self) -> str:
        if not self.steps:
            raise EOFError
        step = self.steps.pop(0)
        if step.startswith("["):
            options = re.findall(r"^  (\d+)\. (.+)$", self.out.getvalue(), flags=re.MULTILINE)
            return [number for number, label in options if label == step[1:-1]][-1]
        return step


def test_the_terminal_chat_saves_the_chart_and_prints_its_path(tmp_path: pathlib.Path) -> None:
    steps = ["no", "yes", "21232", "2025-09-01", "yes", "40", "yes", "yes", "no", "yes", "no",
             "1", "2025-06-01", "8", "7", "7", "7", "no", "[🗓️ Hours chart]"]
    out = io.StringIO()
    with Repository(tmp_path / "chat.db") as repository:
        service = ScreeningService(repository, lambda: dt.date(2026, 11, 27))
        run_chat(service, "en", Script(out, steps), out, chart_dir=tmp_path / "charts")
    text = out.getvalue()
    saved = re.search(r"Chart saved: (\S+)", text)
    assert saved is not None, text
    check_png(pathlib.Path(saved.group(1)).read_bytes())
    assert pathlib.Path(saved.group(1)).parent == tmp_path / "charts"
    assert (tmp_path / "charts").stat().st_mode & 0o777 == 0o700
    assert "Hours that count for the CEC: 1,937 on November 27, 2026, 1,560 needed." in text
    assert "You reached 1,560 hours on August 31, 2026." in text  # the facts, printed as text


def test_delete_in_the_terminal_also_removes_the_saved_charts(tmp_path: pathlib.Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))  # the chat's own folder is made in here
    steps = ["no", "yes", "21232", "2025-09-01", "yes", "40", "yes", "yes", "no", "yes", "no",
             "1", "2025-06-01", "8", "7", "7", "7", "no", "[🗓️ Hours chart]",
             "/delete", "[🗑️ Yes, delete everything]"]
    out = io.StringIO()
    with Repository(tmp_path / "chat.db") as repository:
        service = ScreeningService(repository, lambda: dt.date(2026, 11, 27))
        run_chat(service, "en", Script(out, steps), out)
        assert repository.load_session(-1) is None
    saved = re.search(r"Chart saved: (\S+)", out.getvalue())
    assert saved is not None
    assert not pathlib.Path(saved.group(1)).exists() and not pathlib.Path(saved.group(1)).parent.exists()


def test_a_photo_is_planned_as_data_and_never_joins_a_text() -> None:
    from bot.screening.service import Outcome
    from bot.telegram_adapter.delivery import plan_reply
    from flows.replies import Button, OutMessage

    photo = chart_photo("hours", profiles()["s01"], "en")
    assert photo is not None
    outcome = Outcome([OutMessage("a notice"), OutMessage("the caption", photo=photo),
                       OutMessage("the facts", [[Button("▶️ Continue", "cmd|continue")]])])
    reply = plan_reply(outcome, chat_id=7)
    assert [part["text"] for part in reply["parts"]] == ["a notice", "the caption", "the facts"]
    assert reply["parts"][1]["photo"] == photo and "photo" not in reply["parts"][2]
    assert json.loads(json.dumps(reply)) == reply  # what the outbox stores: data, no image bytes


def test_the_bot_draws_its_charts_in_a_worker_process_and_never_loads_matplotlib_itself() -> None:
    code = ("import asyncio, json, sys\n"
            "from eligibility import Profile\n"
            "from flows.chart_replies import chart_photo\n"
            "from bot import charts\n"
            f"p = Profile.model_validate_json(open({str(S01)!r}).read())\n"
            "png = asyncio.run(charts._draw(json.dumps(chart_photo('hours', p, 'en'), sort_keys=True)))\n"
            "print(png[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'matplotlib' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]


def test_the_chart_worker_ends_with_the_bot_even_after_kill_9() -> None:
    code = ("import os, time\nfrom bot import charts\ncharts.warm_up()\n"
            "print(os.getpid(), flush=True)\ntime.sleep(120)\n")
    bot = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert bot.stdout is not None and int(bot.stdout.readline()) == bot.pid
        children = pathlib.Path(f"/proc/{bot.pid}/task/{bot.pid}/children")
        deadline = time.monotonic() + 60
        while not children.read_text().split() and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = [int(pid) for pid in children.read_text().split()]
        assert workers, "the chart worker was started"
        time.sleep(1.0)  # it has run its initializer
        bot.kill()
        bot.wait()
        deadline = time.monotonic() + 10
        while any(pathlib.Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in workers):
            assert time.monotonic() < deadline, "the chart worker outlived the bot"
            time.sleep(0.05)
    finally:
        if bot.poll() is None:
            bot.kill()


def _state(pid: int) -> str:
    try:
        return pathlib.Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][:1]
    except (OSError, IndexError):
        return "Z"


def test_the_chart_worker_starts_with_the_first_chart_and_ends_when_idle() -> None:
    code = ("import asyncio, json, pathlib, os\n"
            "from eligibility import Profile\n"
            "from flows.chart_replies import chart_photo\n"
            "from bot import charts\n"
            "charts.IDLE_SECONDS = 0.5\n"
            "def children():\n"
            "    return pathlib.Path(f'/proc/{os.getpid()}/task/{os.getpid()}/children').read_text().split()\n"
            f"p = Profile.model_validate_json(open({str(S01)!r}).read())\n"
            "async def main():\n"
            "    before = charts.worker_running(), len(children())\n"
            "    png = await charts._draw(json.dumps(chart_photo('hours', p, 'en'), sort_keys=True))\n"
            "    during = charts.worker_running()\n"
            "    await asyncio.sleep(2.0)\n"
            "    print(before, during, charts.worker_running(), png[:4] == b'\\x89PNG')\n"
            "if __name__ == '__main__':\n"
            "    asyncio.run(main())\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(False, 0) True False True"
