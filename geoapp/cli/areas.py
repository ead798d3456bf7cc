"""`geoapp areas`: polygons that change over time (control, occupation, evacuation zones)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from geoapp.cli.options import db_option, open_store, parse_mapping
from geoapp.cli.terminal import say_once
from geoapp.ingest.areas import read_areas


@click.group("areas")
def areas_command() -> None:
    """Areas over time: ingest dated polygons, list what the store holds."""


@areas_command.command("ingest")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--layer", required=True, help="The area layer these polygons belong to, "
                                             "e.g. control or evacuation.")
@click.option("--source-name", help="Who published the areas (shown with them).")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=COLUMN",
              help="Which column holds date (snapshots), valid_from / valid_to (intervals), "
                   "area (what tells areas apart) or name (repeatable).")
@click.option("--date", "date", type=click.DateTime(["%Y-%m-%d"]),
              help="The day of a file that is one snapshot without a date column "
                   "(default: a YYYY-MM-DD in the file name).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@db_option
def ingest_areas_command(paths: tuple[Path, ...], layer: str, source_name: str | None,
                         mapping: tuple[str, ...], date: dt.datetime | None, as_json: bool,
                         db: str | None) -> None:
    """Ingest GeoJSON, GeoJSONSeq, GeoPackage or GeoParquet polygons of one area layer.

    Dated snapshots become validity intervals (identical consecutive snapshots
    merge; the last one stays valid); rows with valid_from / valid_to are taken
    as they are. Invalid geometries are repaired and flagged; unusable ones are
    rejected with their feature number. The layer's earlier intervals are kept
    in the history.

    \b
    Examples:
        geoapp areas ingest control.geojsons --layer control --map date=day
        geoapp areas ingest days/2024-*.geojson --layer control
        geoapp areas ingest zones.gpkg --layer evacuation --map valid_from=start --map valid_to=end
    """
    batch = read_areas(list(paths), layer, mapping=parse_mapping(mapping),
                       source_name=source_name, date=date.date() if date else None)
    store = open_store(db)
    summary = store.write_areas(batch, on_wait=say_once())
    repaired = sum(len(json.loads(f)) for f in batch.intervals["flags"]) if len(batch.intervals) else 0
    if as_json:
        click.echo(json.dumps({**summary.to_dict(), "repaired": repaired}))
        return
    click.echo(f"{layer}: read {summary.read:,} features / rejected {summary.rejected:,} / "
               f"repaired {repaired:,}; intervals added {summary.added:,} / replaced "
               f"{summary.updated:,} / unchanged {summary.duplicates:,}; the layer now holds "
               f"{summary.intervals:,} interval{'' if summary.intervals == 1 else 's'}")
    for row in batch.rejects.head(10).itertuples():
        click.echo(f"  {row.reason}", err=True)
    if summary.rejected > 10:
        click.echo(f"  … {summary.rejected - 10} more (geoapp rejects {summary.batch_id})", err=True)


@areas_command.command("list")
@db_option
def list_areas_command(db: str | None) -> None:
    """Each area layer in the store: its areas, intervals and dates.

    \b
    Example:
        geoapp areas list
    """
    table = open_store(db, create=False).area_layers()
    if table.empty:
        click.echo("no areas yet (geoapp areas ingest FILE --layer NAME)")
    for row in table.itertuples():
        click.echo(f"{row.layer}: {row.areas:,} area{'' if row.areas == 1 else 's'}, "
                   f"{row.intervals:,} intervals, from {row.first} (last change {row.last_change})")


@areas_command.command("history")
@click.argument("layer")
@click.argument("area", required=False)
@db_option
def area_history_command(layer: str, area: str | None, db: str | None) -> None:
    """Intervals of an area layer (or one of its areas) that later ingests replaced.

    \b
    Example:
        geoapp areas history control
    """
    table = open_store(db, create=False).area_history(layer, area)
    if table.empty:
        click.echo(f"no replaced intervals for {layer}{':' + area if area else ''}")
    for row in table.itertuples():
        click.echo(f"{row.area_key}: {row.valid_from} – {row.valid_to or 'still valid'} "
                   f"(batch {row.batch_id}), replaced {row.replaced_at:%Y-%m-%d %H:%M} by batch "
                   f"{row.replaced_by_batch}")
