"""`geoapp ingest`: load event files into the store."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from geoapp.cli.options import db_option, open_geocoder, open_store, parse_mapping
from geoapp.cli.terminal import printable
from geoapp.errors import GeoappError
from geoapp.ingest import FORMATS, read_file
from geoapp.ingest.pipeline import STAGES

#: Files from this size on show a progress bar (about a second of work).
_PROGRESS_MIN_BYTES = 2_000_000


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Input format; auto detects from the extension and the CSV header.")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=COLUMN",
              help="For generic CSVs: which column holds a model field (repeatable).")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary per file.")
def ingest_command(paths: tuple[Path, ...], fmt: str, mapping: tuple[str, ...], db: str | None,
                   as_json: bool) -> None:
    """Ingest ACLED, UCDP GED, GeoJSON, JSON Lines, Parquet or mapped CSV files.

    Each file is one batch: its good rows land together, bad rows are reported
    with their line number and kept in the rejects table. Re-ingesting a file
    adds nothing.

    \b
    Example:
        geoapp ingest ucdp_ged_ukraine_sample.csv
        geoapp ingest events.csv --map date_start=Date --map location_text=Town
    """
    store = open_store(db)
    geocoder = open_geocoder(db)
    columns = parse_mapping(mapping)
    failed = False
    for path in paths:
        try:
            with _stage_progress(path, quiet=as_json) as progress:
                batch = read_file(path, fmt=fmt, mapping=columns, progress=progress,
                                  geocoder=geocoder)
                progress("store")
                summary = store.write_batch(batch, on_wait=_say)
        except GeoappError as exc:
            failed = True
            click.echo(f"error: {exc}", err=True)
            continue
        if as_json:
            click.echo(json.dumps(summary.to_dict()))
            continue
        click.echo(f"{path}: read {summary.read:,} / added {summary.added:,} / "
                   f"updated {summary.updated:,} / duplicates {summary.duplicates:,} / "
                   f"rejected {summary.rejected:,}")
        if summary.rejected:
            for row in store.rejects(summary.batch_id).head(10).itertuples():
                click.echo(printable(f"  line {row.line}: {row.reason}"), err=True)
            if summary.rejected > 10:
                click.echo(f"  … {summary.rejected - 10} more in the rejects table "
                           f"(geoapp rejects {summary.batch_id})", err=True)
    if failed:
        raise SystemExit(1)


def _say(message: str) -> None:
    click.echo(message, err=True)


@contextmanager
def _stage_progress(path: Path, *, quiet: bool) -> Iterator[Callable[[str], None]]:
    """A progress bar over the ingest stages for files big enough to take a while."""
    if quiet or path.stat().st_size < _PROGRESS_MIN_BYTES:
        yield lambda stage: None
        return
    with click.progressbar(length=len(STAGES), label=path.name, show_eta=False,
                           item_show_func=lambda stage: stage,
                           file=click.get_text_stream("stderr")) as bar:
        yield lambda stage: bar.update(1 if stage != STAGES[0] else 0, stage)
        bar.update(1, "done")
