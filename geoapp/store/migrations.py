"""Forward-only schema migrations, one function per version, each in a transaction."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable

from sqlalchemy import Connection, Table, select, text

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
def _add_publisher_modality_and_change_log(conn: Connection) -> None:
    """The outlet of an extracted report, how the report states each event, and a log of
    data versions so a reader can fetch only what changed since its own version."""
    for table in (schema.events, schema.event_history):
        add_missing_columns(conn, table, (*schema.LATER_TEXT_COLUMNS, "change_seq"))
    for table in (schema.changes, schema.deleted_events):
        table.create(conn, checkfirst=True)
    version = get_meta(conn, "data_version")
    if version is not None and not version.isdigit():  # version 2 kept a random token
        conn.execute(schema.changes.insert().values(seq=1, token=version[:32], kind="migration",
                                                    at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
        conn.execute(schema.events.update().values(change_seq=1))
        set_meta(conn, "data_version", "1")
    if get_meta(conn, "store_id") is None:
        set_meta(conn, "store_id", uuid.uuid4().hex)


@migration(5)
def _add_review(conn: Connection) -> None:
    """Review actions (with what they replaced, for undo), the analyst's incident links, the
    text of extracted reports, and which review action replaced each historic version."""
    for table in schema.REVIEW_TABLES:
        table.create(conn, checkfirst=True)
    add_missing_columns(conn, schema.event_history, ("action_id", "changed_by"))


@migration(6)
def _add_areas(conn: Connection) -> None:
    """Areas that change over time (control, occupation, evacuation zones), with history."""
    for table in (schema.areas, schema.area_history):
        table.create(conn, checkfirst=True)


@migration(4)
def _add_place_lists(conn: Connection) -> None:
    """The analyst's place lists, shared by everyone who uses the store."""
    for table in schema.PLACE_LIST_TABLES:
        table.create(conn, checkfirst=True)


@migration(7)
def _add_users(conn: Connection) -> None:
    """Accounts for server mode, and who made each change (ingest batches and data versions)."""
    schema.users.create(conn, checkfirst=True)
    add_missing_columns(conn, schema.batches, ("user_name",))
    add_missing_columns(conn, schema.changes, ("changed_by",))


@migration(8)
def _index_change_seq(conn: Connection) -> None:
    """SQLite: index the version that wrote each row (PostgreSQL has its BRIN index since
    version 3), so reading what changed since a version does not scan every event."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(schema.CREATE_CHANGE_SEQ_INDEX)


def add_missing_columns(conn: Connection, table: Table, names: tuple[str, ...]) -> None:
    """``ALTER TABLE … ADD COLUMN`` for each of ``names`` the table lacks (as declared)."""
    # Column names only: reflecting types would stumble on PostGIS's geometry column.
    present = set(conn.execute(select(text("*")).select_from(table).limit(0)).keys())
    for name in names:
        if name not in present:
            column = table.c[name]
            kind = column.type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {name} {kind}")


def latest_version() -> int:
    """The schema version this code writes: the highest registered migration."""
    return max(MIGRATIONS)


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, schema.meta.name):
        return 0
    return int(get_meta(conn, "schema_version") or 0)


#: Migrations that shipped after higher-numbered ones (5 was reserved while 6 and 7 went
#: out): a store past their number without their table still gets them.
LATE_MIGRATIONS = {5: schema.review_actions}


def pending(conn: Connection) -> list[int]:
    """The migrations this store still needs, in the order they run."""
    version = current_version(conn)
    late = [v for v, table in LATE_MIGRATIONS.items()
            if v <= version and not conn.dialect.has_table(conn, table.name)]
    return sorted(late + [v for v in MIGRATIONS if v > version])


def migrate(conn: Connection) -> int:
    """Apply every pending migration in order; return the resulting version."""
    version = current_version(conn)
    for target in pending(conn):
        logger.info("migrating store schema %d -> %d", version, target)
        MIGRATIONS[target](conn)
        version = max(version, target)
        set_meta(conn, "schema_version", str(version))
    return version


def get_meta(conn: Connection, key: str) -> str | None:
    row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == key)).first()
    return row[0] if row else None


def set_meta(conn: Connection, key: str, value: str) -> None:
    table = schema.meta
    updated = conn.execute(table.update().where(table.c.key == key).values(value=value))
    if updated.rowcount == 0:
        conn.execute(table.insert().values(key=key, value=value))
