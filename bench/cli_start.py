"""How long the command line takes to answer: ``geoapp --help`` and one forward geocode.

Each run is a fresh ``geoapp`` process, timed from spawn to exit, as a user
waits for it; the figure is the median.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Sequence

from bench.common import ROOT, Context, Row, at_most, fmt_seconds, main

COMMANDS = {
    "geoapp --help": (["--help"], 0.3),
    "geoapp geocode Kursk": (["geocode", "Kursk"], 1.0),
}


def _seconds(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "geoapp", *args], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def run(ctx: Context) -> list[Row]:
    rows = []
    for label, (args, target) in COMMANDS.items():
        _seconds(args)  # the first run fills the OS file cache
        median = statistics.median(_seconds(args) for _ in range(ctx.runs))
        rows.append(Row(f"CLI start: {label}", 1, fmt_seconds(median),
                        metrics={"seconds": median},
                        targets=(at_most("seconds", target, f"≤ {target:g} s"),)))
    return rows


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("cli_start", run, argv, runs=7)


if __name__ == "__main__":
    cli()
