"""`geoapp ingest`: load event files into the store."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from geoapp.cli.options import db_option, open_geocoder, open_store, parse_mapping
from geoapp.cli.terminal import printable, say_once
from geoapp.errors import GeoappError
from geoapp.ingest import FORMATS, FileBatch, read_file
from geoapp.store import BatchSummary

#: Files from this size on show a progress bar (about a second of work).
_PROGRESS_MIN_BYTES = 2_000_000


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Input format; auto detects it from the name and the content.")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=COLUMN",
              help="For files in geoapp's layout: which column holds a model field (repeatable).")
@click.option("--dayfirst", "date_order", flag_value="dayfirst",
              help="Read ambiguous dates like 05/02/2024 as 5 February.")
@click.option("--monthfirst", "date_order", flag_value="monthfirst",
              help="Read ambiguous dates like 05/02/2024 as 2 May.")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary per file.")
def ingest_command(paths: tuple[Path, ...], fmt: str, mapping: tuple[str, ...],
                   date_order: str | None, db: str | None, as_json: bool) -> None:
    """Ingest ACLED, UCDP GED, GeoJSON, JSON, JSON Lines, Parquet or CSV files.

    Each file is one batch: its good rows land together, bad rows are counted
    by reason with a few example lines and kept in the rejects table. A file
    where nothing lands makes the command fail. Re-ingesting a file adds nothing.

    \b
    Example:
        geoapp ingest ucdp_ged_ukraine_sample.csv
        geoapp ingest acled_export.csv --dayfirst
        geoapp ingest events.csv --map date_start=Date --map location_text=Town
    """
    store = open_store(db)
    geocoder = open_geocoder(db)
    columns = parse_mapping(mapping)
    say = say_once()
    failed = False
    for path in paths:
        try:
            with _progress(path, quiet=as_json) as progress:
                batch = read_file(path, fmt=fmt, mapping=columns, date_order=date_order,
                                  progress=progress, geocoder=geocoder)
                summary = store.write_batch(batch, on_wait=say)
        except GeoappError as exc:
            failed = True
            click.echo(f"error: {exc}", err=True)
            continue
        failed |= _report(path, batch, summary, as_json)
    if failed:
        raise SystemExit(1)


def _report(path: Path, batch: FileBatch, summary: BatchSummary, as_json: bool) -> bool:
    """Print what one file did; returns whether nothing of it landed."""
    landed = summary.added + summary.updated + summary.duplicates
    if as_json:
        click.echo(json.dumps({**summary.to_dict(), **batch.report.to_dict()}))
    else:
        click.echo(f"{path}: read {summary.read:,} / added {summary.added:,} / "
                   f"updated {summary.updated:,} / duplicates {summary.duplicates:,} / "
                   f"rejected {summary.rejected:,}")
        for note in batch.report.notes[:5]:
            click.echo(printable(f"  note: {note}"), err=True)
        if summary.rejected:
            click.echo(f"  rejected rows by reason (`geoapp rejects {summary.batch_id}` "
                       "lists every one):", err=True)
            for line in batch.report.summary_lines():
                click.echo(printable(f"    {line}"), err=True)
    if landed:
        return False
    what = (f"all {summary.rejected:,} rows were rejected" if summary.read
            else "the file holds no events")
    click.echo(f"error: {path}: nothing landed: {what}", err=True)
    return True


@contextmanager
def _progress(path: Path, *, quiet: bool) -> Iterator[Callable[[float], None]]:
    """A progress bar over the file for files big enough to take a while."""
    if quiet or path.stat().st_size < _PROGRESS_MIN_BYTES:
        yield lambda done: None
        return
    with click.progressbar(length=100, label=path.name, show_eta=False,
                           file=click.get_text_stream("stderr")) as bar:
        def update(done: float) -> None:
            bar.update(max(int(done * 100) - bar.pos, 0))

        yield update
