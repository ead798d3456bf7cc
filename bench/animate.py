"""The animation: one year in weekly frames at 1280×720, frames rendered per second.

Every frame is what the dashboard would show for its week (regions, links and
events, over the bundled outlines), with its date stamp, legend and credits.
Rendering is one thread of CPU work, so the target is frames per second of this
process's CPU time: on a shared machine the wall clock also counts the
neighbours' work (the wall-clock rate is in the note). Then the whole animation
is written as a GIF and as an MP4 once each, to show what encoding adds.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.common import Context, Row, at_least, main, peak_rss_mb, reset_peak_rss

TARGET_FPS = 5
SIZE = (1280, 720)


def run(ctx: Context) -> list[Row]:
    from geoapp.animate import animate, renderer_for
    from geoapp.query import EventFilter
    from geoapp.query.view import from_days

    view = ctx.view
    last = from_days(int(view.end.max())).item()
    first = last - dt.timedelta(days=364)
    flt = EventFilter(date_from=first, date_to=last)
    renderer, frames = renderer_for(view, flt, step="week", size=SIZE)
    renderer.render(frames[0])  # sprites and projected outlines are made once per animation
    rates, wall, events = [], [], 0
    reset_peak_rss()
    for _ in range(ctx.runs):
        cpu, started = time.process_time(), time.perf_counter()
        events = sum(renderer.render(window).events for window in frames)
        rates.append(len(frames) / (time.process_time() - cpu))
        wall.append(len(frames) / (time.perf_counter() - started))
    fps, wall_fps = statistics.median(rates), statistics.median(wall)
    peak = peak_rss_mb()
    written = {}
    with tempfile.TemporaryDirectory(prefix="geoapp-bench-") as folder:
        for fmt in ("gif", "mp4"):
            started = time.perf_counter()
            animate(view, flt, Path(folder) / f"year.{fmt}", step="week", size=SIZE)
            written[fmt] = len(frames) / (time.perf_counter() - started)
    return [Row(
        "animation frames (1280×720, weekly over a year)", len(frames),
        f"{fps:.1f} frames/s", metrics={"fps": fps, "wall_fps": wall_fps, "frames": len(frames),
                                        "events": events, "gif_fps": written["gif"],
                                        "mp4_fps": written["mp4"]},
        targets=(at_least("fps", TARGET_FPS, f"≥ {TARGET_FPS} frames/s"),), peak_rss_mb=peak,
        note=(f"{events:,} events drawn; frames/s of CPU time, {wall_fps:.1f} by the wall clock; "
              f"with setup and encoding (wall clock): GIF {written['gif']:.1f}, "
              f"MP4 {written['mp4']:.1f} frames/s"))]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("animate", run, argv, runs=3)


if __name__ == "__main__":
    cli()
