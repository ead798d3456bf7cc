"""Forward-only schema migrations, one function per version, each in a transaction."""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import Connection, inspect, select

from geoapp.store import schema

logger = logging.getLogger(__name__)

MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


def migration(version: int) -> Callable[[Callable[[Connection], None]], Callable[[Connection], None]]:
    def register(fn: Callable[[Connection], None]) -> Callable[[Connection], None]:
        MIGRATIONS[version] = fn
        return fn

    return register


@migration(1)
def _create_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn)


@migration(2)
def _drop_unused_indexes(conn: Connection) -> None:
    """Version 1 stores indexed columns that nothing queries; they slowed bulk ingest."""
    for name in ("ix_events_date_start", "ix_events_source_name", "ix_events_adm1_code"):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


@migration(3)
def _add_publisher_and_modality(conn: Connection) -> None:
    """The outlet of an extracted report and how the report states each event."""
    for table in (schema.events, schema.event_history):
        present = {c["name"] for c in inspect(conn).get_columns(table.name)}
        for name in schema.LATER_TEXT_COLUMNS:
            if name not in present:
                conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {name} TEXT")


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, schema.meta.name):
        return 0
    row = conn.execute(
        select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
    ).first()
    return int(row[0]) if row else 0


def migrate(conn: Connection) -> int:
    """Apply every pending migration in order; return the resulting version."""
    version = current_version(conn)
    for target in sorted(v for v in MIGRATIONS if v > version):
        logger.info("migrating store schema %d -> %d", version, target)
        MIGRATIONS[target](conn)
        _set_meta(conn, "schema_version", str(target))
        version = target
    return version


def _set_meta(conn: Connection, key: str, value: str) -> None:
    table = schema.meta
    updated = conn.execute(table.update().where(table.c.key == key).values(value=value))
    if updated.rowcount == 0:
        conn.execute(table.insert().values(key=key, value=value))
