"""The bench harness: shared data, side-by-side timing, peak memory, one table format.

Timings on a shared 2-core machine are noisy, so every figure is a median of
several runs, geoapp and its naive baseline run alternately in the same
process (a noisy neighbour slows both), and targets are ratios or bounds with
a wide margin. Each stage script builds :class:`Row` objects from a
:class:`Context`; :func:`main` prints them as a table and writes them as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import json
import logging
import os
import platform
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import cached_property
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS_DIR = ROOT / "bench" / "results"
WORK_DIR = ROOT / "var" / "bench"
COLUMNS = ("stage", "size", "geoapp median", "baseline median", "ratio", "target",
           "peak RSS", "pass")
#: The opt-in large tier (``make bench N=10000000``): some targets differ from the 1M tier's.
TEN_MILLION = 10_000_000
#: The largest batch the shared bench store is built from.
STORE_SLICE = 1_000_000

logger = logging.getLogger("bench")


# -- targets and rows ----------------------------------------------------------
@dataclass(frozen=True)
class Target:
    """One bound on one metric, e.g. ``ratio >= 5``; ``label`` is what the table shows."""

    metric: str
    minimum: float | None = None
    maximum: float | None = None
    label: str = ""

    def met(self, metrics: dict[str, float]) -> bool:
        value = metrics.get(self.metric)
        if value is None:
            return False
        return ((self.minimum is None or value >= self.minimum)
                and (self.maximum is None or value <= self.maximum))


def at_least(metric: str, bound: float, label: str) -> Target:
    return Target(metric, minimum=bound, label=label)


def at_most(metric: str, bound: float, label: str) -> Target:
    return Target(metric, maximum=bound, label=label)


def by_tier(n: int, default: Any, ten_million: Any) -> Any:
    """A stage's bound for a dataset of ``n`` events: the 10M tier's from ten million up."""
    return ten_million if n >= TEN_MILLION else default


@dataclass
class Row:
    """One line of the table; ``metrics`` holds the raw numbers the targets are checked on."""

    stage: str
    size: int
    geoapp: str
    baseline: str = "—"
    metrics: dict[str, float] = field(default_factory=dict)
    targets: tuple[Target, ...] = ()
    peak_rss_mb: float | None = None
    note: str = ""

    @property
    def passed(self) -> bool:
        return all(t.met(self.metrics) for t in self.targets)

    @property
    def ratio(self) -> float | None:
        return self.metrics.get("ratio")

    def cells(self) -> list[str]:
        return [
            self.stage, f"{self.size:,}", self.geoapp, self.baseline,
            "—" if self.ratio is None else f"{self.ratio:.1f}×",
            ", ".join(t.label for t in self.targets) or "—",
            "—" if self.peak_rss_mb is None else f"{self.peak_rss_mb:,.0f} MB",
            "pass" if self.passed else "FAIL",
        ]

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["targets"] = [asdict(t) for t in self.targets]
        out.update(ratio=self.ratio, passed=self.passed)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Row:
        data = {k: v for k, v in data.items() if k not in ("ratio", "passed")}
        data["targets"] = tuple(Target(**t) for t in data.get("targets", ()))
        return cls(**data)


def ratio_row(stage: str, size: int, timing: Timing, target: Target, *,
              metrics: dict[str, float] | None = None, note: str = "") -> Row:
    """A stage timed against its naive baseline: medians, their ratio and the ratio target."""
    return Row(
        stage, size, fmt_seconds(timing.median), fmt_seconds(timing.baseline_median),
        metrics={"seconds": timing.median, "baseline_seconds": timing.baseline_median,
                 "ratio": timing.ratio, **(metrics or {})},
        targets=(target,), peak_rss_mb=timing.peak_rss_mb, note=note,
    )


def failed_row(stage: str, size: int, error: str) -> Row:
    """A stage that crashed still gets a row, so the table shows it failed and why."""
    return Row(stage, size, "error", targets=(at_least("completed", 1, "completes"),), note=error)


# -- timing and memory ---------------------------------------------------------
@dataclass
class Timing:
    """Seconds per run for geoapp and (optionally) its baseline, plus geoapp's peak RSS."""

    geoapp: list[float]
    baseline: list[float]
    peak_rss_mb: float

    @property
    def median(self) -> float:
        return statistics.median(self.geoapp)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def ratio(self) -> float:
        return self.baseline_median / self.median


def time_runs(geoapp: Callable[[], Any], runs: int,
              baseline: Callable[[], Any] | None = None, warmup: bool = False) -> Timing:
    """Run geoapp and the baseline alternately ``runs`` times each.

    Peak RSS is taken over geoapp's runs only (the counter is reset before
    each), so a hungry baseline does not hide what geoapp needs.
    """
    if warmup:
        geoapp()
        if baseline is not None:
            baseline()
    ours: list[float] = []
    theirs: list[float] = []
    peak = 0.0
    for _ in range(runs):
        reset_peak_rss()
        start = time.perf_counter()
        geoapp()
        ours.append(time.perf_counter() - start)
        peak = max(peak, peak_rss_mb())
        if baseline is not None:
            start = time.perf_counter()
            baseline()
            theirs.append(time.perf_counter() - start)
    return Timing(ours, theirs, peak)


def peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM) since start or the last reset, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource  # not Linux: lifetime peak only, in kB

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak_rss() -> None:
    """Start a new peak-RSS window (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        logger.debug("cannot reset peak RSS; figures are lifetime peaks")


def _isolated_call(fn: Callable[..., Any], args: tuple) -> tuple[Any, float, float]:
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start, peak_rss_mb()


def run_isolated(fn: Callable[..., Any], *args: Any) -> tuple[Any, float, float]:
    """``fn(*args)`` in a fresh interpreter: (result, seconds, that process's peak RSS in MB).

    For stages whose memory must not be mixed with the harness's own (streamed
    exports): the child imports only what ``fn`` needs.
    """
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_isolated_call, fn, args).result()


def rss_of(pid: int) -> tuple[float, float]:
    """(current, peak) resident set of another process, in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def with_children(pid: int) -> list[int]:
    """A process and its live children (a server's workers)."""
    return [pid, *map(int, Path(f"/proc/{pid}/task/{pid}/children").read_text().split())]


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process, its live children (the server's workers) and
    the children it has waited for (a store's scan process)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for proc in with_children(pid):
        fields = Path(f"/proc/{proc}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        if proc == pid:
            total += (int(fields[13]) + int(fields[14])) / tick  # cutime, cstime
    return total


# -- formatting -----------------------------------------------------------------
def fmt_seconds(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:,.1f} ms"
    return f"{seconds:,.2f} s"


def fmt_rate(count: float, seconds: float, unit: str) -> str:
    return f"{count / seconds:,.0f} {unit}/s"


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (readable in a terminal too)."""
    cells = [list(COLUMNS)] + [r.cells() for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(COLUMNS))]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    rule = "| " + " | ".join("-" * w for w in widths) + " |"
    notes = [f"- {r.stage}: {r.note}" for r in rows if r.note]
    return "\n".join([line(cells[0]), rule, *(line(c) for c in cells[1:]), *([""] + notes
                                                                            if notes else [])])


def machine() -> dict[str, Any]:
    """What the figures were measured on: they mean little without it."""
    cpu = next((line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal:"))
    return {"nproc": os.cpu_count(), "cpu": cpu, "ram_gib": round(mem_kb / 2**20, 1),
            "python": platform.python_version(), "platform": platform.platform()}


def describe_machine(info: dict[str, Any]) -> str:
    return (f"{info['nproc']} cores ({info['cpu']}), {info['ram_gib']} GiB RAM, "
            f"Python {info['python']}, {info['platform']}")


def write_json(rows: Sequence[Row], path: Path, **extra: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
           "machine": machine(), **extra, "rows": [r.to_dict() for r in rows]}
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


# -- shared data ----------------------------------------------------------------
@dataclass
class Context:
    """One bench run's settings and its cached synthetic data, store and view.

    The dataset and the store are cached under ``work`` keyed by size and seed,
    so the stages of one ``make bench`` (each its own process) share one
    ingest instead of repeating it.
    """

    n: int
    seed: int
    runs: int
    work: Path
    out: Path

    @property
    def key(self) -> str:
        return f"n{self.n}-s{self.seed}"

    def dataset(self) -> Path:
        """The synthetic Parquet file, written once per (n, seed), in a process of its own:
        the memory a writer keeps after 10M rows would otherwise sit under the next
        stage's peak RSS."""
        from geoapp.synth import write_synth

        path = self.work / f"synth-{self.key}.parquet"
        if not path.exists():
            logger.info("writing %s", path)
            run_isolated(write_synth, self.n, self.seed, path)
        return path

    def store_path(self) -> Path:
        """The store holding the dataset, ingested once per (n, seed).

        Beyond :data:`STORE_SLICE` events the file goes in as several batches of that
        size, so the other stages of the 10M tier get their store even where one batch
        of the whole file would not fit in memory (the ingest stage measures that).
        """
        import pyarrow.parquet as pq

        from geoapp.ingest import frame_batch, read_file

        path = self.work / f"store-{self.key}.db"
        if not path.exists():
            logger.info("ingesting %s into %s", self.dataset(), path)
            with fresh_store(self.work / f"building-{self.key}.db") as store:
                if self.n <= STORE_SLICE:
                    store.write_batch(read_file(self.dataset()))
                else:
                    slices = pq.ParquetFile(self.dataset()).iter_batches(STORE_SLICE)
                    for i, part in enumerate(slices):
                        logger.info("batch %d: %d events", i + 1, part.num_rows)
                        store.write_batch(frame_batch(part.to_pandas(),
                                                      source=f"{self.dataset()}#{i + 1}"))
                keep_store(store, path)
        return path

    def dataset_folder(self) -> Path:
        """Every event of the store as a partitioned GeoParquet dataset, written once."""
        from geoapp.export.dataset import write_dataset
        from geoapp.query import EventFilter

        path = self.work / f"dataset-{self.key}"
        if not path.exists():
            logger.info("exporting the dataset to %s", path)
            write_dataset(self.view, EventFilter(include_unreviewed=True), path)
        return path

    @cached_property
    def store(self):
        from geoapp.store import open_store

        return open_store(self.store_path())

    @cached_property
    def view(self):
        """The query view of the store (built once, then read from its Parquet cache)."""
        from geoapp.query import load_view

        return load_view(self.store)


@contextmanager
def fresh_store(path: Path) -> Iterator[Any]:
    """An empty store at ``path``, deleted afterwards unless it was moved away."""
    from geoapp.store import open_store

    remove_db(path)
    store = open_store(path)
    try:
        yield store
    finally:
        store.close()
        remove_db(path)


def keep_store(store: Any, path: Path) -> None:
    """Close ``store`` and move its file to ``path`` (the shared cache) in one rename."""
    store.close()
    store.path.replace(path)


def remove_db(path: Path) -> None:
    """Delete a store file with its SQLite side files and everything kept beside it (the view
    cache, its running totals, the layers' shapes)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    for side in side_files(path):
        side.unlink()


def side_files(path: Path) -> list[Path]:
    """What is kept beside a store file: view cache, running totals, layers' shapes."""
    return sorted(path.parent.glob(f"{glob.escape(path.name)}.*"))


def parse_args(argv: Sequence[str] | None, stage: str, runs: int, n: int) -> Context:
    parser = argparse.ArgumentParser(prog=f"python -m bench.{stage}",
                                     description=f"geoapp bench: {stage}")
    parser.add_argument("--n", type=int, default=n, help="Events in the synthetic dataset.")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=runs, help="Runs per measurement.")
    parser.add_argument("--work", type=Path, default=WORK_DIR,
                        help="Cache for the dataset and store.")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR, help="Where the JSON goes.")
    args = parser.parse_args(argv)
    return Context(args.n, args.seed, args.runs, args.work, args.out)


def main(stage: str, run: Callable[[Context], list[Row]], argv: Sequence[str] | None = None,
         *, runs: int = 5, n: int = 1_000_000) -> list[Row]:
    """Run one stage: print its table and write ``<out>/<stage>.json``."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    ctx = parse_args(argv, stage, runs, n)
    ctx.work.mkdir(parents=True, exist_ok=True)
    rows = run(ctx)
    print(table(rows), flush=True)
    write_json(rows, ctx.out / f"{stage}.json", n=ctx.n, seed=ctx.seed, runs=ctx.runs)
    return rows
