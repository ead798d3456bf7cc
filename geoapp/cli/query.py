"""`geoapp query`: totals, regions, timeline and event ids of a filter, by either engine.

``--engine memory`` answers from the store's in-memory view (like ``geoapp
events``); ``--engine duckdb DIR`` answers from a partitioned GeoParquet dataset
with DuckDB, without loading the store. Both print the same summary, so one can
check the other.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import click

from geoapp.cli.options import build_filter, db_option, filter_options, open_store
from geoapp.figures import format_range
from geoapp.query.aggregate import BUCKETS

ENGINES = ("memory", "duckdb")
_TOP_REGIONS = 10


@click.command("query")
@click.argument("dataset", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--engine", type=click.Choice(ENGINES), default="memory", show_default=True,
              help="memory: the store's view; duckdb: the dataset folder DATASET.")
@filter_options
@click.option("--bucket", type=click.Choice(BUCKETS), default="month", show_default=True,
              help="Timeline bucket.")
@click.option("--limit", default=20, show_default=True,
              help="Event ids to list (0 for all).")
@click.option("--json", "as_json", is_flag=True, help="One JSON document.")
@db_option
def query_command(dataset: Path | None, engine: str, bucket: str, limit: int, as_json: bool,
                  db: str | None, **filters) -> None:
    """Summarise the events matching the filters: totals, regions, timeline and ids.

    \b
    Examples:
        geoapp query --from 2024-08-01 --country RU
        geoapp export --format geoparquet-dataset -o events/
        geoapp query --engine duckdb events/ --from 2024-08-01 --country RU --json
    """
    flt = build_filter(**filters)
    started = time.perf_counter()
    summary = _run(engine, dataset, db, flt, limit or None, bucket)
    seconds = time.perf_counter() - started
    if as_json:
        doc = {**summary.to_dict(), "filter": flt.to_dict(),
               "filter_description": flt.describe(), "seconds": round(seconds, 4)}
        click.echo(json.dumps(doc, ensure_ascii=False))
        return
    t = summary.totals
    click.echo(f"{t.events:,} {flt.describe()} ({summary.engine}, {seconds:.2f} s)")
    ranges = t.ranges()
    click.echo(f"killed {format_range(ranges['killed'])}, "
               f"wounded {format_range(ranges['wounded'])}, {t.sources} source(s)")
    from geoapp.geocode.geometry import region_name

    top = summary.regions.sort_values(["events", "adm1_code"], ascending=[False, True])
    for row in top.head(_TOP_REGIONS).itertuples(index=False):
        name = region_name(row.adm1_code) or ""
        click.echo(f"  {row.adm1_code:<12} {row.events:>10,}  {name}")
    per_bucket = summary.timeline.groupby("bucket")["events"].sum()
    if len(per_bucket):
        click.echo(f"{bucket}s: {len(per_bucket):,}, busiest {per_bucket.idxmax():%Y-%m-%d} "
                   f"({per_bucket.max():,} events)")
    for event_id in summary.event_ids:
        click.echo(event_id)


def _run(engine: str, dataset: Path | None, db: str | None, flt, limit: int | None, bucket: str):
    if engine == "memory":
        if dataset is not None:
            raise click.UsageError("the memory engine reads the store (--db); "
                                   "give a DATASET folder with --engine duckdb")
        from geoapp.query import load_view
        from geoapp.query.summary import summarise

        return summarise(load_view(open_store(db, create=False)), flt, limit=limit,
                         bucket=bucket)
    if dataset is None:
        raise click.UsageError("--engine duckdb needs the DATASET folder "
                               "(written by `geoapp export --format geoparquet-dataset`)")
    from geoapp.query.duckdb_engine import DuckDBEngine

    with DuckDBEngine(dataset) as sql_engine:
        return sql_engine.summary(flt, limit=limit, bucket=bucket)
