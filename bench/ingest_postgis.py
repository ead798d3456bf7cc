"""Ingest the synthetic dataset into a PostgreSQL/PostGIS store, geocoding included: rows per second.

The bench starts its own throwaway server (as the tests do) with PostgreSQL's default,
durable settings, and writes each run into a new database over a unix socket.
"""

from __future__ import annotations

from collections.abc import Sequence

from bench.common import Context, Row, at_least, main, time_runs
from bench.ingest import ingest_all, rate_row

TARGET_ROWS_PER_S = 20_000
#: A result within 10% of the target counts as failing: timings here are noisy.
MARGIN = 1.10


def run(ctx: Context) -> list[Row]:
    from geoapp.store import open_store
    from tests.helpers.pg_cluster import running_cluster

    dataset = ctx.dataset()
    with running_cluster() as cluster:
        version = cluster.psql("SHOW server_version")
        targets = []
        for _ in range(ctx.runs):  # empty stores, migrated before the clock starts
            url = cluster.url(cluster.new_database("bench"), password=True)
            open_store(url).close()
            targets.append(url)

        def ingest() -> None:
            store = open_store(targets.pop())
            ingest_all(store, dataset, ctx.n)
            store.close()

        timing = time_runs(ingest, ctx.runs)
    target = at_least("rows_per_s", TARGET_ROWS_PER_S * MARGIN,
                      f"≥ {TARGET_ROWS_PER_S:,} rows/s (+10%)")
    return [rate_row("ingest into PostGIS (synthetic, geocoding included)", ctx.n, timing, [target],
                     note=f"PostgreSQL {version.split()[0]} + PostGIS started by the bench, "
                          "default settings, unix socket")]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("ingest_postgis", run, argv, runs=3)


if __name__ == "__main__":
    cli()
