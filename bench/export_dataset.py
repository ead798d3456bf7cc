"""Every event to a partitioned GeoParquet dataset (year/month), in a fresh process: rows/s and RSS.

The child process loads the view (from its cache) and writes the dataset; the
rate is over the export alone, the peak RSS over the whole process (view
included), since that is what a user's ``geoapp export`` needs. The dataset it
writes is kept as the one the DuckDB stage queries.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Sequence
from pathlib import Path

from bench.common import Context, Row, at_least, at_most, by_tier, fmt_rate, main, run_isolated

TARGET_ROWS_PER_S = 50_000
#: The view is in memory during the export; the export adds a partition at a time.
TARGET_RSS_MB = (2048, 4096)


def export_all(db: Path, folder: Path) -> tuple[int, float, int]:
    """Child process: (events written, seconds of the export alone, files written)."""
    from geoapp.export.dataset import write_dataset
    from geoapp.query import EventFilter, load_view
    from geoapp.store import open_store

    view = load_view(open_store(db))
    started = time.perf_counter()
    count = write_dataset(view, EventFilter(include_unreviewed=True), folder)
    return count, time.perf_counter() - started, len(list(folder.rglob("*.parquet")))


def run(ctx: Context) -> list[Row]:
    db = ctx.store_path()
    _ = ctx.view  # builds the view cache here, so the child only reads it
    kept = ctx.work / f"dataset-{ctx.key}"
    results = []
    for _ in range(ctx.runs):
        folder = ctx.work / f"export-dataset-{ctx.key}"
        shutil.rmtree(folder, ignore_errors=True)
        results.append(run_isolated(export_all, db, folder))
    shutil.rmtree(kept, ignore_errors=True)
    folder.replace(kept)
    seconds = sorted(r[0][1] for r in results)[len(results) // 2]
    count, _, files = results[0][0]
    peak = max(r[2] for r in results)
    size_mb = sum(p.stat().st_size for p in kept.rglob("*.parquet")) / 1e6
    rss_target = by_tier(ctx.n, *TARGET_RSS_MB)
    targets = (at_least("rows_per_s", TARGET_ROWS_PER_S, f"≥ {TARGET_ROWS_PER_S:,} rows/s"),
               at_most("peak_rss_mb", rss_target, f"peak RSS ≤ {rss_target / 1024:.0f} GB"))
    metrics = {"rows_per_s": count / seconds, "seconds": seconds, "peak_rss_mb": peak,
               "mb": size_mb, "files": files}
    note = f"{seconds:,.1f} s for {files:,} files, {size_mb:,.0f} MB (zstd); RSS includes the view"
    summary = f"{fmt_rate(count, seconds, 'rows')}, peak RSS {peak:,.0f} MB"
    return [Row("GeoParquet dataset export (year/month partitions)", count, summary,
                metrics=metrics, targets=targets, peak_rss_mb=peak, note=note)]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("export_dataset", run, argv, runs=1)


if __name__ == "__main__":
    cli()
