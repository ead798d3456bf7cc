"""The store's tables, declared once with SQLAlchemy Core.

The same declarations create the SQLite file used by default and the tables on
PostgreSQL. Dates are ``DATE`` columns; lists (tags, flags, related places) are
JSON text so the schema stays portable. Text that comes from files is unbounded
(PostgreSQL would refuse a value longer than a ``VARCHAR(n)`` where SQLite keeps
it). On PostgreSQL the events table also gets a PostGIS point kept in step with
lon/lat, with a GiST index, and a BRIN index on the dates.
"""

from __future__ import annotations

from sqlalchemy import (
    DDL,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
)

#: Text columns added by migration 3 (after the tables first shipped).
LATER_TEXT_COLUMNS = ("publisher", "modality")

metadata = MetaData()

meta = Table(
    "geoapp_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


def _event_columns() -> list[Column]:
    """Columns of one event; shared by the live table and its history."""
    text = ("sub_type", "location_text", "place_name", "admin1", "actor1", "actor2",
            "count_unit", "figures_text", "source_name", "source_url", "quote", "notes",
            "origin", *LATER_TEXT_COLUMNS)
    ints = ("killed_low", "killed_high", "killed_best", "wounded_low", "wounded_high",
            "casualties_low", "casualties_high", "count_low", "count_high")
    return [
        Column("event_type", String(32), nullable=False),
        Column("date_start", Date, nullable=False),
        Column("date_end", Date, nullable=False),
        Column("date_precision", String(8), nullable=False),
        Column("reported_date", Date),
        Column("adm1_code", Text),
        Column("country", Text),
        Column("lon", Float),
        Column("lat", Float),
        Column("geo_precision", String(16), nullable=False),
        Column("related_places", Text, nullable=False, default="[]"),
        Column("source_kind", String(16)),
        Column("tags", Text, nullable=False, default="[]"),
        Column("flags", Text, nullable=False, default="[]"),
        Column("batch_id", String(40)),
        Column("ingested_at", DateTime),
        Column("status", String(16), nullable=False),
        Column("content_hash", String(32), nullable=False),
        # The data version that wrote this row: incremental readers ask for rows above theirs.
        Column("change_seq", Integer),
        *(Column(name, Text) for name in text),
        *(Column(name, BigInteger) for name in ints),
    ]


events = Table(
    "events",
    metadata,
    Column("event_id", Text, primary_key=True),
    *_event_columns(),
    # No secondary B-tree indexes: every query runs on the in-memory view, and indexes on
    # date_start/source_name/adm1_code more than doubled the time to ingest 1M rows.
    # PostgreSQL adds a spatial and a BRIN index (below) for queries on the server.
)


def _on_postgresql(statement: str) -> DDL:
    return DDL(statement).execute_if(dialect="postgresql")


#: PostgreSQL: the spatial index on the events' points (dropped and rebuilt around loads
#: larger than the table, which is several times faster than updating it row by row).
GEOM_INDEX = "ix_events_geom"
CREATE_GEOM_INDEX = f"CREATE INDEX {GEOM_INDEX} ON events USING gist (geom)"

event.listen(metadata, "before_create", _on_postgresql("CREATE EXTENSION IF NOT EXISTS postgis"))
for _statement in (
    "ALTER TABLE events ADD COLUMN geom geometry(Point, 4326) "
    "GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED",
    CREATE_GEOM_INDEX,
    # BRIN: a few pages of summaries, next to nothing to maintain on ingest.
    "CREATE INDEX ix_events_dates ON events USING brin (date_start, date_end)",
    # Rows are mostly appended in the order of the versions that wrote them: a reader asking
    # for what changed since its version reads only the last block ranges.
    "CREATE INDEX ix_events_change_seq ON events USING brin (change_seq)",
):
    event.listen(events, "after_create", _on_postgresql(_statement))
#: SQLite: a B-tree on the data version that wrote each row, so a view patched after a small
#: ingest reads that batch's rows, not a scan of the whole table (a second at a million).
CREATE_CHANGE_SEQ_INDEX = "CREATE INDEX IF NOT EXISTS ix_events_change_seq ON events (change_seq)"
event.listen(events, "after_create", DDL(CREATE_CHANGE_SEQ_INDEX).execute_if(dialect="sqlite"))

event_history = Table(
    "event_history",
    metadata,
    Column("history_id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Text, nullable=False, index=True),
    *_event_columns(),
    Column("replaced_at", DateTime, nullable=False),
    Column("replaced_by_batch", String(40)),
    # The review action that replaced this version, and who took it (added by migration 5).
    Column("action_id", String(32)),
    Column("changed_by", String(64)),
)

batches = Table(
    "batches",
    metadata,
    Column("batch_id", String(40), primary_key=True),
    Column("source", Text, nullable=False),
    Column("sha256", String(64)),
    Column("format", String(32)),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("read", Integer, nullable=False, default=0),
    Column("added", Integer, nullable=False, default=0),
    Column("updated", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("rejected", Integer, nullable=False, default=0),
    # Who ran the ingest (added by migration 7): an account in server mode, else the OS user.
    Column("user_name", String(64)),
)

#: One row per data version: what wrote it, and a random token that tells two copies'
#: version N apart (caches check it before they trust their version number).
changes = Table(
    "changes",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("token", String(32), nullable=False),
    Column("batch_id", String(40)),
    Column("kind", String(16), nullable=False),
    Column("at", DateTime, nullable=False),
    # Who made the change (added by migration 7).
    Column("changed_by", String(64)),
)

#: Events removed from the store, so an incremental reader can drop them too.
deleted_events = Table(
    "deleted_events",
    metadata,
    Column("event_id", Text, nullable=False),
    Column("change_seq", Integer, nullable=False, index=True),
)

rejects = Table(
    "rejects",
    metadata,
    Column("reject_id", Integer, primary_key=True, autoincrement=True),
    Column("batch_id", String(40), nullable=False, index=True),
    Column("source", Text, nullable=False),
    Column("line", Integer),
    Column("reason", Text, nullable=False),
    Column("raw", Text),
)


def _area_columns() -> list[Column]:
    """One validity interval of one area (added by migration 6): the live table and its history.

    ``valid_to`` is inclusive; NULL means "still valid". The geometry is WKB in
    lon/lat (EPSG:4326), so any backend stores it as plain bytes.
    """
    return [
        Column("layer", String(64), nullable=False),
        Column("area_key", Text, nullable=False),
        Column("name", Text),
        Column("valid_from", Date, nullable=False),
        Column("valid_to", Date),
        Column("geometry", LargeBinary, nullable=False),
        Column("geometry_hash", String(32), nullable=False),
        Column("source_name", Text),
        Column("batch_id", String(40)),
        Column("flags", Text, nullable=False, default="[]"),
        Column("properties", Text, nullable=False, default="{}"),
        Column("ingested_at", DateTime),
    ]


areas = Table(
    "areas",
    metadata,
    Column("area_id", Integer, primary_key=True, autoincrement=True),
    *_area_columns(),
    UniqueConstraint("layer", "area_key", "valid_from", name="uq_areas_interval"),
)

area_history = Table(
    "area_history",
    metadata,
    Column("history_id", Integer, primary_key=True, autoincrement=True),
    Column("area_id", Integer, nullable=False),
    *_area_columns(),
    Column("replaced_at", DateTime, nullable=False),
    Column("replaced_by_batch", String(40)),
)

#: The analyst's place lists (migration 4): one row per list, its name index as Parquet
#: (derived from the places; rebuilt when the spelling rules change) …
place_lists = Table(
    "place_lists",
    metadata,
    Column("source", String(128), primary_key=True),
    Column("file", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("format", String(16), nullable=False),
    Column("country", String(2)),
    Column("imported_at", DateTime, nullable=False),
    Column("places", Integer, nullable=False),
    Column("districts", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("index_version", Integer, nullable=False),
    Column("name_index", LargeBinary, nullable=False),
)

#: … one row per place or district of a list …
place_list_places = Table(
    "place_list_places",
    metadata,
    Column("source", String(128), primary_key=True),
    Column("row", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("alt_names", Text, nullable=False, default=""),
    Column("lon", Float, nullable=False),
    Column("lat", Float, nullable=False),
    Column("country", String(2), nullable=False),
    Column("population", Integer, nullable=False),
    Column("region", String(32), nullable=False),
    Column("ptype", Integer, nullable=False),
    Column("district", Integer, nullable=False),
    Column("latin", Integer, nullable=False),
)

#: … and the rows of its file that were set aside, with line and reason.
place_list_rejects = Table(
    "place_list_rejects",
    metadata,
    Column("reject_id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(128), nullable=False, index=True),
    Column("line", Integer),
    Column("reason", Text, nullable=False),
    Column("raw", Text),
)

PLACE_LIST_TABLES = (place_lists, place_list_places, place_list_rejects)

#: Accounts for server mode (migration 7). Only a salted, memory-hard hash of each password
#: is kept; ``password_changed_at`` ends sessions that were signed in with an older password.
users = Table(
    "users",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("password_changed_at", DateTime, nullable=False),
)

EVENT_COLUMNS: tuple[str, ...] = tuple(c.name for c in events.columns)
AREA_COLUMNS: tuple[str, ...] = tuple(c.name for c in _area_columns())

#: Review (migration 5): every action of an analyst on the events, with what it changed so it
#: can be undone (``before``/``after``: JSON of the stored rows and links it replaced/wrote).
review_actions = Table(
    "review_actions",
    metadata,
    Column("action_id", String(32), primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("reviewer", String(64), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("event_ids", Text, nullable=False),
    Column("reason", Text),
    Column("before", Text, nullable=False),
    Column("after", Text, nullable=False),
    Column("data_version", Integer, nullable=False),
    Column("undone_at", DateTime),
)

#: The analyst's word on whether two events are the same incident (``event_a`` < ``event_b``).
incident_links = Table(
    "incident_links",
    metadata,
    Column("event_a", Text, primary_key=True),
    Column("event_b", Text, primary_key=True),
    Column("confirmed", Boolean, nullable=False),
    Column("reviewer", String(64), nullable=False),
    Column("at", DateTime, nullable=False),
)

#: The text of each report events were extracted from, so a reviewer sees a quote in context.
reports = Table(
    "reports",
    metadata,
    Column("origin", Text, primary_key=True),
    Column("sha256", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", Date),
    Column("added_at", DateTime, nullable=False),
    Column("added_by", String(64)),
)

REVIEW_TABLES = (review_actions, incident_links, reports)
