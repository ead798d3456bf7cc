"""Option groups shared by several commands: the store location and the event filter."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from geoapp.errors import GeoappError
from geoapp.model import EVENT_TYPES, GEO_PRECISIONS

if TYPE_CHECKING:
    from geoapp.geocode import Geocoder
    from geoapp.query.filters import EventFilter
    from geoapp.store import Store


def db_option(fn: Callable) -> Callable:
    return click.option(
        "--db", "db", metavar="PATH|URL", default=None,
        help="Event store: a SQLite file path, sqlite:///PATH or postgresql://USER@HOST/DB "
             "(password from $PGPASSWORD or ~/.pgpass). Default: $GEOAPP_DB, else var/geoapp.db.",
    )(fn)


def open_store(db: str | None, *, create: bool = True) -> Store:
    """The store ``--db`` names; ``create=False`` for commands that only read it."""
    from geoapp.store import open_store as _open_store  # not loaded by `geoapp geocode X`

    return _open_store(db, create=create)


def open_geocoder(db: str | None) -> Geocoder:
    """The bundled gazetteer plus the place lists of the store ``--db`` names (a store that
    does not exist yet has none), through their ready-to-load cache."""
    from geoapp.geocode import Geocoder
    from geoapp.location import no_local_store

    if no_local_store(db):
        return Geocoder.with_lists(())
    from geoapp.geocode.listcache import cached_geocoder, geocoder

    cached = cached_geocoder(db)
    if cached is not None:
        return cached
    from geoapp.store import StoreError

    try:
        store = open_store(db, create=False)
    except StoreError:
        return Geocoder.with_lists(())
    try:
        return geocoder(store)
    finally:
        store.close()


def filter_options(fn: Callable) -> Callable:
    """--from --to --source --type --country --region --actor --text --precision
    --include-unreviewed --inside-area --min-sources."""
    options = [
        click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Window start (inclusive)."),
        click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Window end (inclusive)."),
        click.option("--source", "sources", multiple=True, help="Source name (repeatable)."),
        click.option("--type", "event_types", multiple=True, type=click.Choice(EVENT_TYPES),
                     help="Event type (repeatable)."),
        click.option("--country", "countries", multiple=True, help="ISO2 country (repeatable)."),
        click.option("--region", "regions", multiple=True,
                     help="Admin-1 code, e.g. RUS-2362 (repeatable)."),
        click.option("--actor", "actors", multiple=True, help="Actor name (repeatable)."),
        click.option("--text", help="Words to find in quotes and notes."),
        click.option("--precision", "min_geo_precision", type=click.Choice(GEO_PRECISIONS),
                     help="Only events located at least this precisely."),
        click.option("--include-unreviewed", is_flag=True,
                     help="Also show events extracted from text and not yet reviewed."),
        click.option("--inside-area", "inside_area", metavar="LAYER[:AREA]",
                     help="Only events inside an area layer (or one of its areas) as it stood "
                          "on the event's date."),
        click.option("--min-sources", "min_sources", type=click.IntRange(min=1), metavar="N",
                     help="Only events whose incident at least N independent sources report."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def build_filter(**values) -> EventFilter:
    from geoapp.query.filters import EventFilter  # commands without filters skip the query stack

    try:
        return EventFilter(**values)
    except GeoappError as exc:
        raise click.UsageError(str(exc)) from exc


def parse_mapping(pairs: tuple[str, ...]) -> dict[str, str]:
    """``--map FIELD=COLUMN`` options as a dict."""
    out = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise click.BadParameter(f"{pair!r} is not FIELD=COLUMN", param_hint="--map")
        out[field.strip()] = column.strip()
    return out
