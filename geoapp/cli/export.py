"""`geoapp export`: the filtered events as a file to share, archive or open in GIS tools."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import click

from geoapp.cli.options import build_filter, db_option, filter_options, open_store
from geoapp.export import EXPORTERS, export, format_for_path
from geoapp.export.csv import COLUMN_SETS
from geoapp.query import load_view
from geoapp.query.streamed import stream_view


@click.command("export")
@filter_options
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), default=None,
              help="Output format (default: from the output file's extension).")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="File to write (replaced only once the export is complete); "
                   "a folder for geoparquet-dataset.")
@click.option("--region-geometry", is_flag=True,
              help="GeoJSON: give region-level events their region's polygon, not its point.")
@click.option("--columns", type=click.Choice(sorted(COLUMN_SETS)), default=None,
              help="CSV: geoapp's field names (default) or ACLED-style column names.")
@click.option("--layers", "layers_dir", type=click.Path(file_okay=False, exists=True,
                                                        path_type=Path),
              help="HTML: folder of layer files restyling the map (like `geoapp serve`).")
@click.option("--tiles", type=click.Choice(["none", "osm"]), default=None,
              help="HTML: background tiles (default none: the page needs no network; osm "
                   "adds OpenStreetMap tiles, shown when the reader is online).")
@click.option("--partition", metavar="KEYS", default=None,
              help="geoparquet-dataset: partition keys, comma-separated from country, year, "
                   "month (default year,month).")
@click.option("--append", is_flag=True,
              help="geoparquet-dataset: add new files to the dataset in the folder; "
                   "events already in it are not written again.")
@db_option
def export_command(fmt: str | None, output: Path, region_geometry: bool, columns: str | None,
                   layers_dir: Path | None, tiles: str | None, partition: str | None,
                   append: bool, db: str | None, **filters) -> None:
    """Export the events matching the filters: exactly the events the dashboard shows.

    Formats: geojson (RFC 7946), geojsonseq (RFC 8142), csv, geoparquet, gpkg,
    html (a standalone map) and geoparquet-dataset (a folder of Hive-style
    partitions for DuckDB, Sedona, GeoPandas or BigQuery; see `geoapp query`).

    \b
    Examples:
        geoapp export -o kursk.geojson --region RUS-2362 --from 2024-08-01
        geoapp export -o events.csv --columns acled --source "UCDP GED"
        geoapp export -o map.html --from 2024-01-01
        geoapp export --format geoparquet-dataset -o events/ --partition year,month
        geoapp export --format geoparquet-dataset -o events/ --append --from 2025-01-01
    """
    flt = build_filter(**filters)
    fmt = fmt or format_for_path(output)
    store = open_store(db, create=False)
    # A streaming format reads the view's cache a batch at a time: memory stays flat with size.
    streamed = EXPORTERS[fmt].streams if fmt in EXPORTERS else False
    with stream_view(store) if streamed else nullcontext(load_view(store)) as view:
        count = export(view, flt, fmt, output, region_geometry=region_geometry, columns=columns,
                       layers_dir=layers_dir, tiles=tiles, partition=partition, append=append)
    click.echo(f"wrote {count:,} event{'' if count == 1 else 's'} to {output}")
