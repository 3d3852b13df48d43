"""The chart worker gives back what each chart used: many charts in a row leave it about where the first did
(before, each drawn figure waited in reference cycles and glibc kept the freed heap: about 3 MB a chart). It is
the bot's one child for charts (no multiprocessing resource tracker beside it), and a killed one is replaced."""

from __future__ import annotations

import gc
import json
import pathlib
import subprocess
import sys

from bot.plumbing import memory

ROOT = pathlib.Path(__file__).resolve().parents[2]
S01 = ROOT / "tests" / "fixtures" / "personas" / "s01_single_bachelor_clb9.json"

_DRAW_MANY = """
import asyncio, json, os, pathlib
from eligibility import Profile
from flows.chart_replies import chart_photo
from bot import charts

def worker_rss_mb():
    [pid] = [child for task in pathlib.Path(f'/proc/{{os.getpid()}}/task').iterdir()  # started from a thread
             for child in (task / 'children').read_text().split()]
    for line in pathlib.Path(f'/proc/{{pid}}/status').read_text().splitlines():
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024

async def main():
    profile = Profile.model_validate_json(open({persona!r}).read())
    sizes = []
    for n in range(14):  # each a different chart: the worker's cache of recent ones does not answer
        profile = profile.model_copy(update={{'as_of': profile.as_of.replace(day=1 + n)}})
        for which in ('hours', 'crs'):
            photo = chart_photo(which, profile, 'fr' if n % 2 else 'en')
            png = await charts._draw(json.dumps(photo, sort_keys=True))
            assert png[:4] == b'\\x89PNG'
        sizes.append(worker_rss_mb())
    charts.retire()
    print(json.dumps(sizes))

if __name__ == '__main__':
    asyncio.run(main())
"""


def _in_a_child(script: str) -> str:
    """Run one of the scripts above in a fresh interpreter (a process of its own, as the bot is), on persona
    S01; returns what it printed."""
    code = script.format(persona=str(S01))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_chart_worker_stays_near_its_size_after_the_first_charts() -> None:
    sizes = json.loads(_in_a_child(_DRAW_MANY))
    assert len(sizes) == 14
    assert sizes[-1] - sizes[1] < 10, sizes  # 26 more charts; before, about 3 MB each


def test_giving_memory_back_is_harmless_and_says_whether_it_could() -> None:
    assert memory.give_back() is sys.platform.startswith("linux")  # this machine: glibc


_KILLED = """
import asyncio, json, os, signal, time
from eligibility import Profile
from flows.chart_replies import chart_photo
from bot import charts

async def main():
    profile = Profile.model_validate_json(open({persona!r}).read())
    first = await charts._draw(json.dumps(chart_photo('hours', profile, 'en'), sort_keys=True))
    worker = charts._worker.process.pid
    os.kill(worker, signal.SIGKILL)  # out of memory, or an operator's mistake
    time.sleep(0.2)
    again = await charts._draw(json.dumps(chart_photo('crs', profile, 'en'), sort_keys=True))
    print(first[:4] == again[:4] == b'\\x89PNG', charts._worker.process.pid != worker)
    charts.retire()

if __name__ == '__main__':
    asyncio.run(main())
"""


def test_a_killed_chart_worker_is_replaced_and_the_chart_still_drawn() -> None:
    assert _in_a_child(_KILLED).split() == ["True", "True"]


def test_young_objects_are_collected_less_often_and_the_older_as_before() -> None:
    before = gc.get_threshold()
    try:
        memory.collect_young_less_often(memory.BOT_YOUNG_THRESHOLD)
        assert gc.get_threshold() == (memory.BOT_YOUNG_THRESHOLD, *before[1:])
        assert before[0] < memory.BOT_YOUNG_THRESHOLD < memory.COMMAND_YOUNG_THRESHOLD
    finally:
        gc.set_threshold(*before)
