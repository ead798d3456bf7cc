"""`geoapp ingest`: load event files into the store."""

from __future__ import annotations

import json
from contextlib import nullcontext
from pathlib import Path

import click

from geoapp.cli.options import db_option, open_store
from geoapp.errors import GeoappError
from geoapp.ingest import FORMATS, ingest_file


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Input format; auto detects from the extension and the CSV header.")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=COLUMN",
              help="For generic CSVs: which column holds a model field (repeatable).")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary per file.")
def ingest_command(paths: tuple[Path, ...], fmt: str, mapping: tuple[str, ...], db: Path | None,
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
    columns = _parse_mapping(mapping)
    failed = False
    progress = (nullcontext(paths) if as_json or len(paths) < 2 else click.progressbar(
        paths, label="ingesting", item_show_func=lambda p: p.name if p else ""))
    with progress as iterator:
        for path in iterator:
            try:
                summary = ingest_file(path, store, fmt=fmt, mapping=columns)
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
                    click.echo(f"  line {row.line}: {row.reason}", err=True)
                if summary.rejected > 10:
                    click.echo(f"  … {summary.rejected - 10} more in the rejects table "
                               f"(geoapp rejects {summary.batch_id})", err=True)
    if failed:
        raise SystemExit(1)


def _parse_mapping(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise click.BadParameter(f"{pair!r} is not FIELD=COLUMN", param_hint="--map")
        out[field.strip()] = column.strip()
    return out
