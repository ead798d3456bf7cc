"""`geoapp places`: the analyst's own place lists, kept in the store for the whole team."""

from __future__ import annotations

import json
from pathlib import Path

import click

from geoapp.cli.options import db_option, open_store, parse_mapping
from geoapp.errors import ReadError
from geoapp.ingest.places import PLACE_FIELDS, PLACE_FORMATS, read_place_file

_SHOWN_REJECTS = 10


@click.group("places")
def places_command() -> None:
    """Import, list and remove place lists (settlements, facilities, a team's places).

    Imported places are found at once by `geoapp geocode`, `ingest` and `extract`.
    """


@places_command.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(PLACE_FORMATS), default="auto",
              show_default=True, help="File format; auto goes by the extension.")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=COLUMN",
              help=f"Which column holds a field: {', '.join(PLACE_FIELDS)} (repeatable). "
                   "Without it, columns are found by their usual names.")
@click.option("--country", metavar="CC", help="Country of rows that state none (ISO2/ISO3 or name).")
@click.option("--source-name", help="Name of the list (default: the file name).")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary.")
def import_command(path: Path, fmt: str, mapping: tuple[str, ...], country: str | None,
                   source_name: str | None, db: str | None, as_json: bool) -> None:
    """Import a place list into the store; importing the same file again changes nothing.

    Regions come from the points, a stated region winning over the simplified borders;
    a district named by the rows becomes a place of its own. Bad rows are set aside
    with their line and reason.

    \b
    Example:
        geoapp places import settlements.csv --country RU \\
            --map name=settlement --map district=municipality
        geoapp places import bases.geojson --source-name bases
    """
    from geoapp.geocode import build_place_list, country_code
    from geoapp.store import PlaceListInfo

    source = source_name or path.stem
    cc = None
    if country:
        cc = country_code(country)
        if cc is None:
            raise click.BadParameter(f"unknown country {country!r}", param_hint="--country")
    store = open_store(db)
    read = read_place_file(path, fmt=fmt, mapping=parse_mapping(mapping))
    known = store.place_lists()
    same = known[(known["source"] == source) & (known["sha256"] == read.sha256)
                 & (known["country"].fillna("") == (cc or ""))]
    if len(same):
        _report(source, int(same["places"].iloc[0]), int(same["districts"].iloc[0]),
                int(same["rejected"].iloc[0]), "unchanged", as_json)
        return
    if read.rows.empty:
        raise ReadError(f"{path}: no usable rows ({len(read.rejects)} set aside)")
    place_list = build_place_list(source, read.rows, country=cc)
    info = PlaceListInfo(file=str(path), sha256=read.sha256, format=read.format, country=cc)
    store.write_place_list(place_list, info, read.rejects)
    status = "replaced" if source in set(known["source"]) else "imported"
    _report(source, len(place_list), place_list.districts, len(read.rejects), status, as_json)
    if not as_json:
        for row in read.rejects.head(_SHOWN_REJECTS).itertuples():
            click.echo(f"  line {row.line}: {row.reason}", err=True)
        if len(read.rejects) > _SHOWN_REJECTS:
            click.echo(f"  … {len(read.rejects) - _SHOWN_REJECTS} more set aside", err=True)


@places_command.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON Lines.")
def list_command(db: str | None, as_json: bool) -> None:
    """Show each place list: its name, size and the file it came from."""
    lists = open_store(db, create=False).place_lists()
    if as_json:
        for row in lists.to_dict("records"):
            click.echo(json.dumps({**row, "imported_at": str(row["imported_at"])},
                                  ensure_ascii=False))
        return
    if lists.empty:
        click.echo("no place lists (import one with `geoapp places import FILE`)")
    for row in lists.itertuples():
        click.echo(f"{row.source}: {row.places:,} places, {row.districts:,} districts, "
                   f"{row.rejected:,} rows set aside; from {row.file} ({row.format}"
                   + (f", {row.country}" if row.country else "") + f"), {row.imported_at:%Y-%m-%d %H:%M}")


@places_command.command("remove")
@click.argument("source")
@db_option
def remove_command(source: str, db: str | None) -> None:
    """Remove one place list (by the name `geoapp places list` shows)."""
    if not open_store(db, create=False).remove_place_list(source):
        raise click.ClickException(f"no place list named {source!r}")
    click.echo(f"removed {source}")


def _report(source: str, places: int, districts: int, rejected: int, status: str,
            as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({"source": source, "status": status, "places": places,
                               "districts": districts, "rejected": rejected}))
        return
    click.echo(f"{source}: {status}, {places:,} places, {districts:,} districts, "
               f"{rejected:,} rows set aside")
