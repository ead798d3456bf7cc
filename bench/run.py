"""``make bench``: every stage in its own process, then one table, JSON and Markdown.

A stage per process keeps each stage's peak RSS its own and lets a crash cost
one row, not the run. The stages share the synthetic dataset and the store
through the cache under ``var/bench`` (the first stage that needs them builds
them), so the whole bench stays within about 15 minutes at a million events.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.common import (
    RESULTS_DIR,
    ROOT,
    WORK_DIR,
    Row,
    describe_machine,
    failed_row,
    machine,
    table,
    write_json,
)

STAGES = ("ingest", "ingest_postgis", "reverse", "forward", "query", "slider", "slider_paint",
          "concurrent_users", "serve_start", "export_geojson", "export_seq", "export_dataset",
          "duckdb_query", "extract", "cli_start", "places", "animate", "incidents")
#: Stages that drive Chromium (their smoke test is a browser test).
BROWSER_STAGES = ("slider_paint",)


def run_stage(stage: str, options: list[str], out: Path) -> list[Row]:
    """One stage script in a child process; its rows, or one failed row if it crashed."""
    result = out / f"{stage}.json"
    result.unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", f"bench.{stage}", *options, "--out", str(out)],
                          cwd=ROOT, check=False)
    if proc.returncode != 0 or not result.exists():
        n = int(options[options.index("--n") + 1])
        return [failed_row(stage, n, f"exited with code {proc.returncode}")]
    print(f"[bench] {stage} took {time.perf_counter() - started:,.0f} s", flush=True)
    return [Row.from_dict(r) for r in json.loads(result.read_text())["rows"]]


def markdown(rows: Sequence[Row], n: int, seed: int, seconds: float) -> str:
    """The results page: machine, table, how to read it."""
    return "\n".join([
        "# Latest `make bench` results",
        "",
        f"Synthetic dataset: {n:,} events, seed {seed} (`geoapp synth`). "
        f"Whole run: {seconds / 60:,.1f} minutes.",
        "",
        f"Machine: {describe_machine(machine())}.",
        "",
        table(rows),
        "",
        "Every time is the median of several runs; geoapp and its naive baseline run",
        "alternately in the same process, and the ratio is baseline / geoapp. Peak RSS is",
        "the stage process's resident-set high-water mark while geoapp's part ran.",
        "Regenerate with `make bench` (or `python -m bench.run --n N`); each stage runs",
        "alone as `python -m bench.<stage>`. The synthetic dataset and its store are cached",
        "in `var/bench/` by size and seed: delete it after changing ingest or geocoding.",
        "",
    ])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, help="Runs per measurement (default: per stage).")
    parser.add_argument("--work", type=Path, default=WORK_DIR)
    parser.add_argument("--out", type=Path, default=RESULTS_DIR)
    parser.add_argument("--only", nargs="+", choices=STAGES, help="Run only these stages.")
    args = parser.parse_args(argv)
    options = ["--n", str(args.n), "--seed", str(args.seed), "--work", str(args.work)]
    if args.runs:
        options += ["--runs", str(args.runs)]
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows = [row for stage in args.only or STAGES for row in run_stage(stage, options, args.out)]
    seconds = time.perf_counter() - started
    print(f"\n{table(rows)}\n\n{describe_machine(machine())}; {seconds / 60:,.1f} minutes")
    write_json(rows, args.out / "latest.json", n=args.n, seed=args.seed, seconds=seconds)
    (args.out / "README.md").write_text(markdown(rows, args.n, args.seed, seconds))
    return 0 if all(r.passed for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
