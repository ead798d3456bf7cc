"""How long the command line takes to answer: ``geoapp --help`` and one forward geocode.

Each run is a fresh ``geoapp`` process, timed from spawn to exit, as a user
waits for it; the figure is the median. The geocode row's baseline is the same lookup
in a fresh interpreter that imports the stacks up front, as the command once did
(store, pandas, polygons); the CPU time of each is in the note.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

from bench.common import ROOT, Context, Row, at_most, fmt_seconds, main

COMMANDS = {
    "geoapp --help": (["-m", "geoapp", "--help"], 0.3, None),
    "geoapp geocode Kursk": (["-m", "geoapp", "geocode", "Kursk"], 1.0, [
        "-c", "import geoapp.store, geoapp.geocode.assign, geoapp.geocode.reverse; "
              "from geoapp.geocode import geocode; print(geocode('Kursk'))"]),
}


def _seconds(args: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of a fresh interpreter with ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _median(args: list[str], runs: int) -> tuple[float, float]:
    _seconds(args)  # the first run fills the OS file cache
    times = [_seconds(args) for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def run(ctx: Context) -> list[Row]:
    rows = []
    for label, (args, target, naive) in COMMANDS.items():
        wall, cpu = _median(args, ctx.runs)
        metrics = {"seconds": wall, "cpu_seconds": cpu}
        baseline, note = "—", f"{cpu:.2f} s CPU"
        if naive:
            naive_wall, naive_cpu = _median(naive, ctx.runs)
            metrics.update(baseline_seconds=naive_wall, ratio=naive_wall / wall)
            baseline = fmt_seconds(naive_wall)
            note += f"; baseline {naive_cpu:.2f} s CPU (stacks imported up front)"
        rows.append(Row(f"CLI start: {label}", 1, fmt_seconds(wall), baseline=baseline,
                        metrics=metrics, targets=(at_most("seconds", target, f"≤ {target:g} s"),),
                        note=note))
    return rows


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("cli_start", run, argv, runs=7)


if __name__ == "__main__":
    cli()
