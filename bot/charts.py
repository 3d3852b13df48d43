"""Drawing the charts: a photo description (flows/chart_replies.py) to PNG bytes, with matplotlib's Agg backend.

Only the front ends call this. matplotlib is imported on the first chart, never at start: a bot that is
never asked for a chart does not pay its import time or memory. Figures are made with the object API
(no pyplot, no global state); they are drawn in a worker process, started with the first chart and
ended when idle, while the bot serves others.

Made for a phone: 1080 x 1350 pixels (4:5, the shape Telegram shows whole), large type, the Okabe-Ito
colours (told apart with colour blindness) with line styles and hatching as well, every label in a legend
under the plot where long French labels wrap instead of overlapping the curve.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import io
import json
import logging
import os
import subprocess
import sys
import textwrap
import threading
import time
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bot.plumbing import memory
from flows.texts import Catalog, catalog

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from telegram import Bot

logger = logging.getLogger(__name__)

WIDTH, HEIGHT, DPI = 1080, 1350, 100
_WRAP = 40  # characters per legend line at the legend's size, within the picture's width
_TITLE_WRAP = 34
# Okabe-Ito: distinguishable with the common colour-vision deficiencies, dark enough on white.
BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7",
                                                         "#56B4E9", "#F0E442")
_REASON_STYLE = {"full_time_student": (SKY, "//"), "self_employed": (ORANGE, "\\\\"),
                 "unauthorized": (PURPLE, "xx"), "unpaid": (YELLOW, ".."), "teer_4_5": ("#999999", "--"),
                 "outside_canada": (GREEN, "++")}
_PROGRAM_STYLE = {"canadian_experience_class": (BLUE, "o"), "french_language_proficiency": (PURPLE, "s"),
                  "provincial_nominee_program": (ORANGE, "D")}


# Charts are drawn in one worker process, one at a time: off the event loop, and with matplotlib's memory
# (about 60 MB once loaded) kept out of the long-running bot. The worker starts with the first chart someone
# asks for, not with the bot, and ends after IDLE_SECONDS without one: a bot nobody asks for a chart holds no
# worker. It is also replaced after _CHARTS_PER_WORKER charts, so whatever it accumulates is given back.
# A plain child process on two pipes, not a multiprocessing pool: a pool's queues are named semaphores, and on
# Linux they start a resource tracker process beside the worker (about 12 MB more, for nothing to track).
_CHARTS_PER_WORKER = 200
IDLE_SECONDS = 300.0
_WORKER = ("import sys\nfrom bot.plumbing.child_processes import die_with\ndie_with(int(sys.argv[1]))\n"
           "from bot.charts import serve\nserve(warm=sys.argv[2] == 'warm')\n")
_drawing = 0  # charts being drawn now: the worker is never retired under one
_last_drawn = 0.0  # time.monotonic() when the latest chart was done


class _WorkerGone(Exception):
    """The worker ended before answering (killed, out of memory)."""


class _Worker:
    """The drawing process: a chart's key as one line in; out, b"+" (a PNG) or b"-" (an error's text), its
    length in 4 bytes, then it."""

    def __init__(self, *, warm: bool) -> None:
        self.process = subprocess.Popen([sys.executable, "-c", _WORKER, str(os.getpid()), "warm" if warm else ""],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.drawn = 0

    def draw(self, key: str) -> bytes:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        try:
            stdin.write(key.encode() + b"\n")
            stdin.flush()
        except (BrokenPipeError, ValueError) as error:  # ValueError: closed by `end` meanwhile
            raise _WorkerGone from error
        head = stdout.read(5)
        body = stdout.read(int.from_bytes(head[1:], "big")) if len(head) == 5 else b""
        if len(head) < 5 or len(body) < int.from_bytes(head[1:], "big"):
            raise _WorkerGone
        self.drawn += 1
        if head[:1] != b"+":
            raise RuntimeError(f"chart worker: {body.decode(errors='replace')}")
        return body

    def end(self) -> None:
        """Its input closed: it finishes a chart it is drawing, then ends; reaped in the background."""
        with contextlib.suppress(OSError, ValueError):
            assert self.process.stdin is not None
            self.process.stdin.close()
        threading.Thread(target=self.process.wait, name="chart-worker-end", daemon=True).start()


_worker: _Worker | None = None
_starting = threading.Lock()  # one chart at a time (drawn in executor threads), and one worker


def warm_up() -> None:
    """Start the worker and load matplotlib there now (a front end that knows a chart is coming may call it)."""
    global _worker
    with _starting:
        if _worker is None:
            _worker = _Worker(warm=True)


def worker_running() -> bool:
    return _worker is not None


def retire() -> None:
    """End the worker now (when idle); the next chart starts a new one."""
    global _worker
    worker, _worker = _worker, None
    if worker is not None:
        worker.end()


def _retire_if_idle() -> None:
    if _drawing == 0 and _worker is not None and time.monotonic() - _last_drawn >= IDLE_SECONDS - 0.01:
        logger.debug("chart worker idle for %.0f s: ended", IDLE_SECONDS)
        retire()


def _load_matplotlib() -> None:
    from matplotlib.figure import Figure

    Figure()


def _draw_here(key: str) -> bytes:
    """In an executor thread: the worker draws it; if the worker is gone, a new one does."""
    global _worker
    with _starting:
        for attempt in range(2):
            worker = _worker = _worker or _Worker(warm=False)
            try:
                png = worker.draw(key)
            except _WorkerGone:
                if _worker is worker:
                    retire()
                if attempt:
                    raise
                continue
            finally:
                if worker.drawn >= _CHARTS_PER_WORKER and _worker is worker:
                    retire()
            return png
    raise AssertionError("unreachable")


def serve(*, warm: bool) -> None:
    """The worker's loop (a child process of the bot's; see _Worker)."""
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print in a library goes to the log, never into a PNG
    if warm:
        _load_matplotlib()
    for line in sys.stdin.buffer:
        try:
            status, body = b"+", _render_cached(line.decode().rstrip("\n"))
        except Exception as error:
            status, body = b"-", f"{type(error).__name__}: {error}".encode()
        replies.write(status + len(body).to_bytes(4, "big") + body)
        replies.flush()


async def _draw(key: str) -> bytes:
    global _drawing, _last_drawn
    loop = asyncio.get_running_loop()
    _drawing += 1
    try:
        return await loop.run_in_executor(None, _draw_here, key)
    finally:
        _drawing -= 1
        _last_drawn = time.monotonic()
        loop.call_later(IDLE_SECONDS, _retire_if_idle)


async def send_chart(bot: Bot, chat_id: int, part: dict[str, Any], markup: dict[str, Any] | None) -> None:
    """Send a planned reply part that carries a photo description: drawn now, sent with sendPhoto.

    A chart that cannot be drawn (a bug of ours) is not worth a lost reply: its caption goes as text, and the
    facts follow in the next part anyway.
    """
    from telegram import InputFile

    data: dict[str, Any] = {"chat_id": chat_id, "caption": part["text"], "parse_mode": "HTML"}
    if markup is not None:
        data["reply_markup"] = markup
    try:
        key = json.dumps(part["photo"], sort_keys=True)
        png = await _draw(key)
    except Exception:
        logger.exception("a chart could not be drawn; its caption is sent as text")
        await bot._post("sendMessage", {"chat_id": chat_id, "text": part["text"], "parse_mode": "HTML",
                                        **({"reply_markup": markup} if markup else {})})
        return
    await bot._post("sendPhoto", {**data, "photo": InputFile(png, filename=filename(part["photo"]))})


@lru_cache(maxsize=8)  # a retried delivery does not draw the same chart again
def _render_cached(key: str) -> bytes:
    """In the worker. A drawn figure is garbage in reference cycles, freed only by a full collection, and glibc
    keeps what is freed: without the two lines below the worker grew by about 3 MB a chart (170 MB after 30),
    with them it stays at about 88 MB (benchmarks/service_memory.py)."""
    try:
        return render(json.loads(key))
    finally:
        gc.collect()
        memory.give_back()


def render(photo: dict[str, Any]) -> bytes:
    """The PNG of a photo description; ValueError for a chart it does not know."""
    kind = photo.get("chart")
    if kind not in ("hours", "crs"):
        raise ValueError(f"chart: must be 'hours' or 'crs', not {kind!r}")
    figure = _figure()
    c = catalog(photo.get("lang", "en"))
    axes = figure.add_subplot()
    if kind == "hours":
        _hours(figure, axes, photo["data"], c)
    else:
        _crs(figure, axes, photo["data"], c)
    return _png(figure)


def filename(photo: dict[str, Any]) -> str:
    return f"{photo.get('chart', 'chart')}-{photo.get('lang', 'en')}.png"


def _png(figure: Figure) -> bytes:
    """Drawn once, then saved as a 64-colour palette PNG: a chart's few flat colours lose nothing a reader sees,
    and the file is about a third of an RGB one (savefig would draw twice with the layout engine, and
    compress slowly)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image  # Pillow comes with matplotlib

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    image = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    small = image.convert("RGB").quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    out = io.BytesIO()
    small.save(out, format="PNG", compress_level=6)
    return out.getvalue()


def _figure() -> Figure:
    from matplotlib.figure import Figure  # lazily: see the module's docstring

    figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, layout="constrained", facecolor="white")
    return figure


def _style(axes: Axes) -> None:
    axes.tick_params(labelsize=22, length=8, width=2, colors="#111111")
    axes.grid(True, color="#BBBBBB", linewidth=1)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_linewidth(2)


def _wrap(text: str, width: int = _WRAP) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _title(figure: Figure, text: str) -> None:
    figure.suptitle(_wrap(text, _TITLE_WRAP), fontsize=30, fontweight="bold", color="#111111")


def _legend(figure: Figure, axes: Axes) -> None:
    handles, labels = axes.get_legend_handles_labels()
    figure.legend(handles, [_wrap(label) for label in labels], loc="outside lower center", fontsize=22,
                  frameon=False, ncols=1, handlelength=2.4, labelspacing=0.6)


def _date_axis(axes: Axes, start: dt.date, end: dt.date, c: Catalog) -> None:
    """Ticks on first days of months, labelled in the user's language ("Jan\n2026", "janv.\n2026")."""
    from matplotlib.dates import date2num
    from matplotlib.ticker import FixedLocator, FuncFormatter

    months: list[str] = c.texts["charts.months"]
    span = (end.year - start.year) * 12 + end.month - start.month
    step = max(1, -(-span // 5))  # at most about six labels across a phone's width
    ticks = []
    year, month = start.year, start.month
    last = end - dt.timedelta(days=max(20, (end - start).days // 20))  # a label centred on the edge is cut
    while (year, month) <= (end.year, end.month):
        day = dt.date(year, month, 1)
        if start <= day <= last and ((year * 12 + month - 1) % step == 0):
            ticks.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    axes.xaxis.set_major_locator(FixedLocator([date2num(day) for day in ticks]))
    labels = {date2num(day): f"{months[day.month - 1]}\n{day.year}" for day in ticks}
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: labels.get(value, "")))
    margin = max(7.0, (end - start).days * 0.03)  # days, so the first and last labels stay inside the picture
    axes.set_xlim(date2num(start) - margin, date2num(end) + margin)


def _number_axis(axes: Axes, c: Catalog) -> None:
    from matplotlib.ticker import FuncFormatter

    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: c.number(value)))


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _hours(figure: Figure, axes: Axes, data: dict[str, Any], c: Catalog) -> None:
    from matplotlib.dates import date2num

    _style(axes)
    _title(figure, c.t("charts.hours.title"))
    required = c.number(data["required"])
    days = [date2num(_day(day)) for day, _ in data["points"]]
    values = [value for _, value in data["points"]]
    axes.plot(days, values, color=BLUE, linewidth=5, label=c.t("charts.hours.curve"), solid_capstyle="round")
    axes.axhline(data["required"], color="#111111", linewidth=3, linestyle=(0, (6, 3)),
                 label=c.t("charts.hours.required", required=required))
    as_of = _day(data["as_of"])
    axes.axvline(date2num(as_of), color="#555555", linewidth=3, linestyle=":",
                 label=c.t("charts.hours.as_of", date=c.date(as_of)))
    if data["crossed_on"]:
        crossed = _day(data["crossed_on"])
        key = "charts.hours.projected" if data["projected"] else "charts.hours.reached"
        label = c.t(key, required=required, date=c.date(crossed))
        if data.get("not_eligible"):  # the hours are reached, yet the person is not eligible: no green, and said
            label = c.t("results.chart.reached_not_eligible", hours=label)
        axes.plot([date2num(crossed)], [data["required"]], marker="o", markersize=22,
                  color="#BBBBBB" if data.get("not_eligible") else GREEN,
                  markeredgecolor="#111111", markeredgewidth=2, linestyle="none", label=label)
    if data["test_expires"]:
        expires = _day(data["test_expires"])
        axes.axvline(date2num(expires), color=VERMILLION, linewidth=4, linestyle=(0, (2, 2)),
                     label=c.t("charts.hours.expires", date=c.date(expires)))
    shaded: set[str] = set()
    for period in data["excluded"]:  # one legend entry per reason, after the curve's
        reason = period["reason"]
        colour, hatch = _REASON_STYLE.get(reason, ("#999999", ""))
        axes.axvspan(date2num(_day(period["start"])), date2num(_day(period["end"])), facecolor=colour, alpha=0.35,
                     hatch=hatch, edgecolor="#333333", linewidth=0,
                     label=None if reason in shaded else c.t("charts.hours.excluded",
                                                            reason=c.t(f"charts.reason.{reason}")))
        shaded.add(reason)
    axes.set_ylim(0, max([data["required"] * 1.25, *values]) * 1.05)
    _date_axis(axes, _day(data["start"]), _day(data["end"]), c)
    _number_axis(axes, c)
    axes.set_ylabel(_wrap(c.t("charts.hours.y_label"), 30), fontsize=22)
    axes.set_xlabel(c.t("charts.hours.x_label"), fontsize=22)
    _legend(figure, axes)


def _crs(figure: Figure, axes: Axes, data: dict[str, Any], c: Catalog) -> None:
    from matplotlib.dates import date2num

    _style(axes)
    _title(figure, c.t("charts.crs.title"))
    start, end = _day(data["start"]), _day(data["as_of"])
    scores = [data["score"]] + ([data["with_plan"]] if data["with_plan"] is not None else [])
    by_program: dict[str, list[tuple[float, int]]] = {}
    for r in data["rounds"]:
        by_program.setdefault(r["program"], []).append((date2num(_day(r["date"])), r["lowest_crs"]))
    for program, points in by_program.items():
        colour, marker = _PROGRAM_STYLE.get(program, ("#555555", "^"))
        axes.plot([x for x, _ in points], [y for _, y in points], color=colour, marker=marker, markersize=16,
                  linewidth=2, markeredgecolor="#111111", label=c.t(f"charts.crs.program_{program}"))
    for band in data["bands"]:
        colour, _ = _PROGRAM_STYLE.get(band["program"], ("#555555", "^"))
        axes.fill_between([date2num(_day(band["start"])), date2num(_day(band["end"]))], band["lowest"],
                          band["highest"], color=colour, alpha=0.25, hatch="//", edgecolor=colour,
                          label=c.t("charts.crs.band", program=c.t(f"charts.crs.program_{band['program']}"),
                                    year=_day(band["start"]).year, low=band["lowest"], high=band["highest"]))
    axes.axhline(data["score"], color="#111111", linewidth=5,
                 label=c.t("charts.crs.score", score=c.number(data["score"])))
    if data["with_plan"] is not None:
        axes.axhline(data["with_plan"], color=GREEN, linewidth=5, linestyle=(0, (6, 3)),
                     label=c.t("charts.crs.with_way" if data.get("plan_way") else "charts.crs.with_plan",
                               score=c.number(data["with_plan"])))
    shown = scores + [r["lowest_crs"] for r in data["rounds"]] + [v for b in data["bands"]
                                                                 for v in (b["lowest"], b["highest"])]
    low, high = min(shown), max(shown)
    margin = max(10, (high - low) * 0.12)
    axes.set_ylim(low - margin, high + margin)
    _date_axis(axes, start, end, c)
    _number_axis(axes, c)
    axes.set_ylabel(_wrap(c.t("charts.crs.y_label"), 30), fontsize=22)
    axes.set_xlabel(c.t("charts.crs.x_label"), fontsize=22)
    _legend(figure, axes)
