"""The chart worker gives back what each chart used: many charts in a row leave it about where the first did
(before, each drawn figure waited in reference cycles and glibc kept the freed heap: about 3 MB a chart)."""

from __future__ import annotations

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
    [pid] = pathlib.Path(f'/proc/{{os.getpid()}}/task/{{os.getpid()}}/children').read_text().split()[-1:]
    for line in pathlib.Path(f'/proc/{{pid}}/status').read_text().splitlines():
        if line.startswith('VmRSS:'):
            return int(line.split()[1]) / 1024

async def main():
    profile = Profile.model_validate_json(open({persona!r}).read())
    sizes = []
    for n in range(14):  # each a different chart: the worker's cache of recent ones does not answer
        profile = profile.model_copy(update={{'as_of': profile.as_of.replace(day=1 + n)}})
        for which in ('hours', 'crs'):
            png = await charts._draw(json.dumps(chart_photo(which, profile, 'fr' if n % 2 else 'en'), sort_keys=True))
            assert png[:4] == b'\\x89PNG'
        sizes.append(worker_rss_mb())
    charts.retire()
    print(json.dumps(sizes))

if __name__ == '__main__':
    asyncio.run(main())
"""


def test_the_chart_worker_stays_near_its_size_after_the_first_charts() -> None:
    code = _DRAW_MANY.format(persona=str(S01))
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    sizes = json.loads(done.stdout)
    assert len(sizes) == 14
    assert sizes[-1] - sizes[1] < 10, sizes  # 26 more charts; before, about 3 MB each


def test_giving_memory_back_is_harmless_and_says_whether_it_could() -> None:
    assert memory.give_back() is sys.platform.startswith("linux")  # this machine: glibc
