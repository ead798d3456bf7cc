"""Ingest the synthetic dataset into an empty store, geocoding included: rows per second
and peak memory."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import (
    STORE_SLICE,
    Context,
    Row,
    Target,
    Timing,
    at_least,
    at_most,
    by_tier,
    fmt_rate,
    fmt_seconds,
    fresh_store,
    keep_store,
    main,
    time_runs,
)

if TYPE_CHECKING:
    from geoapp.store import Store

TARGET_ROWS_PER_S = 20_000
#: Ingest streams the file in chunks: its peak stays within 1.5 GB at 1M and at 10M alike.
TARGET_RSS_MB = (1536, 1536)


def run(ctx: Context) -> list[Row]:
    dataset = ctx.dataset()
    cache = ctx.work / f"store-{ctx.key}.db"

    def ingest() -> None:
        with fresh_store(ctx.work / f"ingest-{ctx.key}.db") as store:
            ingest_all(store, dataset, ctx.n)
            # the first run fills the cache the other stages read, where that cache would
            # be one batch too (beyond STORE_SLICE it goes in as several: Context.store_path)
            if ctx.n <= STORE_SLICE and not cache.exists():
                keep_store(store, cache)

    timing = time_runs(ingest, ctx.runs)
    targets = [at_least("rows_per_s", TARGET_ROWS_PER_S, f"≥ {TARGET_ROWS_PER_S:,} rows/s")]
    rss_mb = by_tier(ctx.n, *TARGET_RSS_MB)
    if rss_mb is not None:
        targets.append(at_most("peak_rss_mb", rss_mb, f"peak RSS ≤ {rss_mb / 1024:.1f} GB"))
    return [rate_row("ingest (synthetic, geocoding included)", ctx.n, timing, targets)]


def ingest_all(store: Store, dataset: Path, n: int) -> None:
    """Ingest the dataset; a run that does not add every row is an error, not a rate."""
    from geoapp.ingest import read_file

    summary = store.write_batch(read_file(dataset))
    if (summary.added, summary.rejected) != (n, 0):
        raise RuntimeError(f"ingest added {summary.added:,} of {n:,} rows, "
                           f"rejected {summary.rejected:,}")


def rate_row(stage: str, n: int, timing: Timing, targets: Sequence[Target], note: str = "") -> Row:
    """Rows per second of an ingest (and its peak memory), with its targets."""
    return Row(
        stage, n, f"{fmt_rate(n, timing.median, 'rows')} ({fmt_seconds(timing.median)})",
        metrics={"seconds": timing.median, "rows_per_s": n / timing.median,
                 "peak_rss_mb": timing.peak_rss_mb},
        targets=tuple(targets), peak_rss_mb=timing.peak_rss_mb, note=note,
    )


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("ingest", run, argv, runs=3)


if __name__ == "__main__":
    cli()
