"""The PostgreSQL/PostGIS store: one database shared by a team's server and its users.

``--db postgresql://USER@HOST[:PORT]/DATABASE`` (``?host=/socket/dir`` for a unix
socket). The password comes from ``$PGPASSWORD`` or ``~/.pgpass`` (libpq reads
them; one in the URL works too) and is shown nowhere: not in :meth:`describe`,
:attr:`identity`, log lines, errors or the view cache's file name.

Rows go in through ``COPY`` (Arrow writes the CSV in C++) and come out the same
way. Writers take one advisory lock per database for the length of their
transaction, so concurrent ingests from any number of machines run one after the
other, the later ones saying once that they wait. Readers poll
:meth:`data_version`, a primary-key lookup on a pooled connection.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import psycopg
import pyarrow as pa
import pyarrow.csv as pacsv
from sqlalchemy import ARRAY, Connection, Text, create_engine, event, func, literal, select
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.exc import DBAPIError

from geoapp.frames import DATE_FIELDS
from geoapp.model import FIELD_NAMES
from geoapp.store import schema
from geoapp.store.base import ARROW_SCHEMA, StoreError, WaitNotice
from geoapp.store.sql import WRITE_WAIT_SECONDS, SQLStore, column_list, typed_column
from geoapp.store.targets import public_url

logger = logging.getLogger(__name__)

#: The advisory lock every geoapp writer to one database takes ("geoapp" in ASCII).
WRITE_LOCK = 0x67656F617070
#: Rows per CSV block sent to COPY: the server parses one block while the next is written.
_COPY_ROWS = 50_000
#: CSV bytes parsed at a time when events are read.
_FETCH_BYTES = 32 << 20
#: Batches from this size on may rebuild the spatial index instead of updating it.
_REBUILD_MIN_ROWS = 50_000
#: Marks a write transaction that dropped the spatial index (``Connection.info``).
_GEOM_INDEX_DROPPED = "geoapp_geom_index_dropped"
#: What setting up a store can run into: no PostGIS on the server, or no right to add it.
_SETUP_ERRORS = (psycopg.errors.InsufficientPrivilege, psycopg.errors.UndefinedFile,
                 psycopg.errors.FeatureNotSupported)
#: Session settings the COPY formats rely on, whatever the server's defaults.
_SESSION = ("SET client_encoding = 'UTF8'", "SET datestyle = 'ISO'",
            "SET extra_float_digits = 1")


class PostGISStore(SQLStore):
    """Events, batches, rejects and history in a PostgreSQL database with PostGIS."""

    def __init__(self, url: URL, *, create: bool = True) -> None:
        self._secret = url.password
        self._shown = public_url(url)
        self.engine = create_engine(url.set(drivername="postgresql+psycopg"), pool_pre_ping=True)
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "handle_error", self._refuse_as_store_error)
        if not create and not self._has_store():
            self.close()
            raise StoreError(f"no store at {self._shown} (create one with "
                             f"`geoapp db migrate --db {self._shown}` or `geoapp ingest`)")
        try:
            store_id = self._open()
        except DBAPIError as exc:
            if isinstance(exc.orig, _SETUP_ERRORS):
                self.close()
                raise StoreError(self._setup_refused(exc.orig)) from exc
            raise
        host = url.host or url.query.get("host") or "localhost"
        self.identity = (f"postgresql://{url.username or ''}@{host}:{url.port or 5432}/"
                         f"{url.database}#{store_id}")
        self.cache_prefix = _cache_dir() / hashlib.sha256(self.identity.encode()).hexdigest()[:32]

    def __repr__(self) -> str:
        return f"PostGISStore({self._shown!r})"

    def describe(self) -> str:
        return self._shown

    def _has_store(self) -> bool:
        with self.engine.connect() as conn:
            return conn.dialect.has_table(conn, schema.meta.name)

    # -- the three backend paths ------------------------------------------------------
    @contextmanager
    def _write(self, on_wait: WaitNotice | None = None) -> Iterator[Connection]:
        """A transaction holding the database's geoapp writer lock (released at its end).

        Another writer holding it: say so once, then wait up to :data:`WRITE_WAIT_SECONDS`.
        """
        with self.engine.connect() as conn, conn.begin():
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{WRITE_WAIT_SECONDS:.0f}s'")
            if not conn.execute(select(func.pg_try_advisory_xact_lock(WRITE_LOCK))).scalar_one():
                (on_wait or logger.warning)(f"waiting for another write to {self._shown} "
                                            "to finish…")
                try:
                    conn.execute(select(func.pg_advisory_xact_lock(WRITE_LOCK)))
                except DBAPIError as exc:
                    if isinstance(exc.orig, psycopg.errors.LockNotAvailable):
                        raise StoreError(
                            f"{self._shown}: another write has held the store for over "
                            f"{WRITE_WAIT_SECONDS / 60:.0f} minutes; try again later") from exc
                    raise
            try:
                yield conn
                if conn.info.get(_GEOM_INDEX_DROPPED):
                    conn.exec_driver_sql(schema.CREATE_GEOM_INDEX)
            finally:
                conn.info.pop(_GEOM_INDEX_DROPPED, None)

    def _bulk_insert(self, conn: Connection, table: str, frame: pd.DataFrame) -> None:
        """COPY from CSV that Arrow writes in blocks, so the server parses one block
        while the next is being written."""
        rows = _arrow_rows(frame)
        options = pacsv.WriteOptions(include_header=False, quoting_style="needed")
        cursor = conn.connection.driver_connection.cursor()
        try:
            with cursor.copy(f"COPY {table} ({column_list(conn, frame)}) FROM STDIN "
                             "(FORMAT csv)") as copy:
                for block in rows.to_batches(max_chunksize=_COPY_ROWS):
                    out = io.BytesIO()
                    pacsv.write_csv(block, out, options)
                    copy.write(out.getbuffer())
        except psycopg.errors.DataError as exc:
            raise self._refused(exc) from exc
        finally:
            cursor.close()

    def _existing(self, conn: Connection, ids: pd.Series) -> pd.DataFrame:
        """One index probe per id, sent as one array: no temporary table to fill and join."""
        events = schema.events
        rows = conn.execute(
            select(events.c.event_id, events.c.content_hash, events.c.batch_id)
            .where(events.c.event_id == func.any(literal(ids.tolist(), ARRAY(Text))))
        ).all()
        return pd.DataFrame(rows, columns=["event_id", "content_hash", "batch_id"]).set_index(
            "event_id")

    def _insert_events(self, conn: Connection, frame: pd.DataFrame) -> None:
        """A load larger than the table drops the spatial index, to be built again in one
        go when the batch commits (several times faster than updating it per row). Until
        then readers of the events table wait; smaller batches never take that lock."""
        if (not conn.info.get(_GEOM_INDEX_DROPPED) and len(frame) >= _REBUILD_MIN_ROWS
                and len(frame) > conn.execute(select(func.count()).select_from(
                    schema.events)).scalar_one()):
            conn.exec_driver_sql(f"DROP INDEX {schema.GEOM_INDEX}")
            conn.info[_GEOM_INDEX_DROPPED] = True
        super()._insert_events(conn, frame)

    def _fetch_events(self, conn: Connection, since: int | None, ordered: bool = True
                      ) -> pa.Table:
        """COPY the rows out as CSV and let Arrow parse it in blocks of whole rows (the
        server sends one row per message): no Python object per cell, and never the
        whole CSV in memory at once."""
        where = f"WHERE change_seq > {int(since)}" if since is not None else ""
        order = 'ORDER BY event_id COLLATE "C"' if ordered else ""
        query = f"SELECT {', '.join(FIELD_NAMES)} FROM events {where} {order}"
        parts = [ARROW_SCHEMA.empty_table()]
        block = bytearray()
        cursor = conn.connection.driver_connection.cursor()
        try:
            with cursor.copy(f"COPY ({query}) TO STDOUT (FORMAT csv)") as copy:
                for row in copy:
                    block += row
                    if len(block) >= _FETCH_BYTES:
                        parts.append(_parse_events(block))
                        block = bytearray()
        finally:
            cursor.close()
        if block:
            parts.append(_parse_events(block))
        return pa.concat_tables(parts)

    # -- errors ----------------------------------------------------------------------------
    def _refuse_as_store_error(self, context: ExceptionContext) -> None:
        """A server that can't be reached, or refuses a value, is one clear line, not a
        traceback; the password never appears in it."""
        error = context.original_exception
        if context.is_pre_ping:
            return
        if isinstance(error, psycopg.OperationalError) and context.connection is None:
            raise StoreError(f"cannot open {self._shown}: {self._scrub(_first_lines(error))}")
        if isinstance(error, psycopg.errors.DataError):
            raise self._refused(error)

    def _refused(self, error: psycopg.errors.DataError) -> StoreError:
        """A value the server would not store (text with a NUL, a number out of range)."""
        return StoreError(f"{self._shown} refused a value: {self._scrub(_first_lines(error))}")

    def _setup_refused(self, error: psycopg.Error) -> str:
        """Why the tables (or PostGIS) could not be created, and who can fix it."""
        detail = self._scrub(_first_lines(error))
        database = self.engine.url.database
        if isinstance(error, psycopg.errors.InsufficientPrivilege) and "extension" in detail:
            return (f"{self._shown} has no PostGIS and this user may not add it: as a superuser "
                    f"run `psql -d {database} -c 'CREATE EXTENSION postgis'` ({detail})")
        if isinstance(error, psycopg.errors.InsufficientPrivilege):
            return (f"{self._shown}: this user may not create geoapp's tables; run "
                    f"`geoapp db migrate` as the database's owner ({detail})")
        return (f"{self._shown}: PostGIS is not installed on the server; install the package "
                f"postgresql-15-postgis-3 ({detail})")

    def _scrub(self, text: str) -> str:
        return text.replace(self._secret, "***") if self._secret else text


def _arrow_rows(frame: pd.DataFrame) -> pa.Table:
    """A frame as Arrow columns in the forms COPY reads: dates as dates, flags as 0/1
    (which integer and boolean columns both take), text as text."""
    columns = []
    for name in frame.columns:
        col = pa.array(frame[name], from_pandas=True)
        if name in DATE_FIELDS:
            col = col.cast(pa.date32(), safe=False)
        elif pa.types.is_boolean(col.type):
            col = col.cast(pa.int8())
        columns.append(col)
    return pa.Table.from_arrays(columns, names=list(frame.columns))


def _parse_events(csv: bytearray) -> pa.Table:
    """Whole CSV rows of events as COPY wrote them, typed as :data:`ARROW_SCHEMA`."""
    table = pacsv.read_csv(io.BytesIO(csv), read_options=_CSV_COLUMNS,
                           convert_options=_READ_OPTIONS)
    return pa.Table.from_arrays(
        [typed_column(table.column(f.name), f.type) for f in ARROW_SCHEMA], schema=ARROW_SCHEMA)


_CSV_COLUMNS = pacsv.ReadOptions(column_names=FIELD_NAMES)
#: How COPY's CSV reads back: unquoted empty is NULL, a quoted "" an empty string.
_READ_OPTIONS = pacsv.ConvertOptions(
    column_types={f.name: pa.timestamp(f.type.unit) if pa.types.is_timestamp(f.type) else f.type
                  for f in ARROW_SCHEMA},
    null_values=[""], strings_can_be_null=True, quoted_strings_can_be_null=False,
)


def _cache_dir() -> Path:
    """Where view caches of server stores go: ``$XDG_CACHE_HOME/geoapp`` (owner only)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    path = Path(base) / "geoapp"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _first_lines(error: BaseException) -> str:
    """A driver message without its hint lines: 'what failed (where)'."""
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    return "; ".join(lines[:2])


def _on_connect(dbapi_conn: psycopg.Connection, _record) -> None:
    for statement in _SESSION:
        dbapi_conn.execute(statement)
    dbapi_conn.commit()
