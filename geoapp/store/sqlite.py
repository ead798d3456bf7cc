"""The SQLite store: one file, the default backend.

Writes take SQLite's write lock at the start of their transaction
(``BEGIN IMMEDIATE``), so two ingests into one file run one after the other:
the second says once that it is waiting, then completes. A batch lands whole
or not at all. Re-sending an event with the same id and content changes
nothing; the same id with new content (living datasets revise their events)
replaces the record and keeps the previous version in ``event_history``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import Connection, Engine, create_engine, event, func, insert, select
from sqlalchemy.exc import DatabaseError, OperationalError

from geoapp.frames import DATE_FIELDS, conform, content_hashes
from geoapp.geocode.normalise import NORMALISE_VERSION
from geoapp.geocode.placelist import PlaceList
from geoapp.model import FIELD_NAMES
from geoapp.store import areas, migrations, schema, users
from geoapp.store.areas import AreaBatch, AreaSummary
from geoapp.store.base import (
    ARROW_SCHEMA,
    Batch,
    BatchSummary,
    Changes,
    Chunk,
    PlaceListInfo,
    StoreError,
    WaitNotice,
)

logger = logging.getLogger(__name__)

_CHUNK = 20_000
#: How long a write waits for another writer before giving up.
WRITE_WAIT_SECONDS = 30 * 60.0
#: SQLite's own busy wait per attempt; between attempts the store says it is waiting.
_BUSY_MS = 500


class SQLiteStore:
    """Events, batches, rejects and history in one SQLite file."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not self.path.exists():
            if not create:
                raise StoreError(f"no store at {self.path} "
                                 "(create one with `geoapp ingest` or `geoapp demo`)")
            _create_private_file(self.path)
        self.engine: Engine = create_engine(f"sqlite:///{self.path}",
                                            connect_args={"timeout": _BUSY_MS / 1000})
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        try:
            store_id = self._migrate()
        except DatabaseError as exc:
            raise StoreError(f"{self.path}: not a geoapp store ({_reason(exc)})") from exc
        self.identity = f"sqlite:{self.path.resolve()}#{store_id}"
        self.cache_prefix = self.path

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    def _migrate(self) -> str:
        """Bring the schema up to date (taking the write lock only if it is not) and
        return the store's id."""
        with self.engine.connect() as conn:
            current = migrations.current_version(conn) == migrations.latest_version()
            store_id = migrations.get_meta(conn, "store_id") if current else None
        if store_id is None:
            with self._write() as conn:
                migrations.migrate(conn)
                store_id = migrations.get_meta(conn, "store_id")
        return store_id

    def describe(self) -> str:
        return str(self.path)

    def close(self) -> None:
        self.engine.dispose()

    # -- reading -------------------------------------------------------------
    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.events)).scalar_one()

    def data_version(self) -> int:
        with self.engine.connect() as conn:
            return int(migrations.get_meta(conn, "data_version") or 0)

    def version_token(self, version: int) -> str | None:
        query = select(schema.changes.c.token).where(schema.changes.c.seq == version)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one_or_none()

    def read_arrow(self, chunk_size: int = 200_000) -> pa.Table:
        """Every stored event as one Arrow table in event_id order, typed like a frame.

        Each chunk's values go from the DB-API rows straight into Arrow arrays,
        so no pandas object column (a Python string per cell) is built: at 1M
        events that halves the time and keeps memory to a fraction.
        """
        return self._read_events("", (), chunk_size)

    def read_frame(self) -> pd.DataFrame:
        """Every stored event as a conformed frame, in event_id order."""
        return conform(self.read_arrow().to_pandas())

    def changes_since(self, version: int) -> Changes | None:
        current = self.data_version()
        if version > current:
            return None
        events = self._read_events("WHERE change_seq > ?", (version,), 200_000)
        with self.engine.connect() as conn:
            deleted = conn.execute(select(schema.deleted_events.c.event_id).where(
                schema.deleted_events.c.change_seq > version)).scalars().all()
        return Changes(version, current, events, list(deleted))

    def _read_events(self, where: str, params: tuple, chunk_size: int) -> pa.Table:
        batches = []
        with self.engine.connect() as conn:
            cursor = conn.connection.driver_connection.cursor()
            try:
                cursor.execute(f"SELECT {', '.join(FIELD_NAMES)} FROM events {where} "
                               "ORDER BY event_id", params)
                while rows := cursor.fetchmany(chunk_size):
                    # Tuples → one struct array in C++ (3× faster than transposing in Python).
                    fields = pa.array(rows, type=_FETCHED).flatten()
                    batches.append(pa.RecordBatch.from_arrays(
                        [_typed(col, f.type) for col, f in zip(fields, ARROW_SCHEMA, strict=True)],
                        schema=ARROW_SCHEMA))
            finally:
                cursor.close()
        return pa.Table.from_batches(batches, schema=ARROW_SCHEMA)

    def history(self, event_id: str) -> pd.DataFrame:
        query = select(schema.event_history).where(schema.event_history.c.event_id == event_id)
        with self.engine.connect() as conn:
            return pd.DataFrame(conn.execute(query.order_by("history_id")).mappings().all())

    def batches(self) -> pd.DataFrame:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.batches).order_by("started_at")).mappings().all()
        return pd.DataFrame(rows, columns=[c.name for c in schema.batches.columns])

    def rejects(self, batch_id: str | None = None) -> pd.DataFrame:
        query = select(schema.rejects)
        if batch_id:
            query = query.where(schema.rejects.c.batch_id == batch_id)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by("reject_id")).mappings().all()
        return pd.DataFrame(rows, columns=[c.name for c in schema.rejects.columns])

    def has_file(self, sha256: str) -> bool:
        query = select(func.count()).where(schema.batches.c.sha256 == sha256)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one() > 0

    # -- writing -------------------------------------------------------------
    def write_batch(self, batch: Batch, *, on_wait: WaitNotice | None = None) -> BatchSummary:
        """Store a batch's events and rejects in one transaction.

        The same id twice in one batch: the last one stands and the earlier
        ones count as duplicates (also across chunks of a streamed file).
        """
        started = _now()
        summary = BatchSummary(uuid.uuid4().hex, batch.source, batch.format)
        try:
            with self._write(on_wait) as conn:
                seq = int(migrations.get_meta(conn, "data_version") or 0) + 1
                for chunk in batch.chunks:
                    self._write_chunk(conn, chunk, summary, started, seq)
                # Read after the chunks: a streamed batch may learn its hash while read.
                conn.execute(insert(schema.batches).values(
                    batch_id=summary.batch_id, source=batch.source, sha256=batch.sha256,
                    format=batch.format, started_at=started, finished_at=_now(),
                    read=summary.read, added=summary.added, updated=summary.updated,
                    duplicates=summary.duplicates, rejected=summary.rejected,
                    user_name=batch.user,
                ))
                if summary.added or summary.updated:
                    _record_change(conn, seq, summary.batch_id, "batch", batch.user)
        except DatabaseError as exc:
            # Disk full, a read-only file, a store another program broke: one line, no traceback.
            raise StoreError(f"{self.path}: cannot write: {_reason(exc)}; nothing was written"
                             ) from exc
        logger.info(
            "batch %s from %s: read %d, added %d, updated %d, duplicates %d, rejected %d",
            summary.batch_id[:8], batch.source, summary.read, summary.added, summary.updated,
            summary.duplicates, summary.rejected,
        )
        return summary

    # -- place lists -----------------------------------------------------------
    def place_lists(self) -> pd.DataFrame:
        table = schema.place_lists
        columns = [c for c in table.columns if c.name not in ("name_index", "index_version")]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*columns).order_by(table.c.source)).mappings().all()
        return pd.DataFrame(rows, columns=[c.name for c in columns])

    def read_place_lists(self) -> list[PlaceList]:
        lists = schema.place_lists
        names = [c.name for c in schema.place_list_places.columns if c.name != "source"]
        out = []
        with self.engine.connect() as conn:
            heads = conn.execute(select(lists.c.source, lists.c.name_index,
                                        lists.c.index_version).order_by(lists.c.source)).all()
            cursor = conn.connection.driver_connection.cursor()
            try:
                for source, index, version in heads:
                    cursor.execute(f"SELECT {', '.join(names)} FROM place_list_places "
                                   "WHERE source = ? ORDER BY row", (source,))
                    places = pd.DataFrame(cursor.fetchall(), columns=names)
                    out.append(PlaceList.from_stored(source, places, index, version))
            finally:
                cursor.close()
        return out

    def write_place_list(self, place_list: PlaceList, info: PlaceListInfo,
                         rejects: pd.DataFrame) -> None:
        places = place_list.places.assign(source=place_list.source,
                                          row=np.arange(len(place_list.places)))
        columns = [c.name for c in schema.place_list_places.columns]
        with self._write() as conn:
            self._delete_place_list(conn, place_list.source)
            conn.execute(insert(schema.place_lists).values(
                source=place_list.source, file=info.file, sha256=info.sha256, format=info.format,
                country=info.country, imported_at=_now(), places=len(place_list),
                districts=place_list.districts, rejected=len(rejects),
                index_version=NORMALISE_VERSION, name_index=place_list.index_bytes()))
            _executemany(conn, f"INSERT INTO place_list_places ({', '.join(columns)}) VALUES "
                               f"({', '.join('?' * len(columns))})",
                         places[columns].astype(object).itertuples(index=False, name=None))
            if len(rejects):
                conn.execute(insert(schema.place_list_rejects), [
                    {"source": place_list.source, "line": int(line), "reason": reason,
                     "raw": raw} for line, reason, raw in
                    rejects[["line", "reason", "raw"]].itertuples(index=False, name=None)])
        logger.info("place list %s: %d places, %d districts, %d rejected", place_list.source,
                    len(place_list), place_list.districts, len(rejects))

    def remove_place_list(self, source: str) -> bool:
        with self._write() as conn:
            return self._delete_place_list(conn, source)

    def place_list_rejects(self, source: str) -> pd.DataFrame:
        table = schema.place_list_rejects
        with self.engine.connect() as conn:
            rows = conn.execute(select(table).where(table.c.source == source)
                                .order_by(table.c.reject_id)).mappings().all()
        return pd.DataFrame(rows, columns=[c.name for c in table.columns])

    @staticmethod
    def _delete_place_list(conn: Connection, source: str) -> bool:
        found = False
        for table in schema.PLACE_LIST_TABLES:
            found |= conn.execute(table.delete().where(table.c.source == source)).rowcount > 0
        return found

    def _write_chunk(self, conn: Connection, chunk: Chunk, summary: BatchSummary,
                     started: dt.datetime, seq: int) -> None:
        summary.read += chunk.rows_read
        summary.rejected += len(chunk.rejects)
        self._insert_rejects(conn, chunk.rejects, summary)
        frame = conform(chunk.events).reset_index(drop=True)
        if frame.empty:
            return
        frame["batch_id"] = summary.batch_id
        frame["ingested_at"] = pd.Timestamp(started)
        frame["content_hash"] = content_hashes(frame)
        frame["change_seq"] = seq
        last = ~frame["event_id"].duplicated(keep="last")
        summary.duplicates += int((~last).sum())
        frame = frame[last]
        existing = self._existing(conn, frame["event_id"])
        old_hash = frame["event_id"].map(existing["content_hash"])
        this_batch = frame["event_id"].map(existing["batch_id"]).eq(summary.batch_id)
        is_new = old_hash.isna()
        is_same = ~is_new & ~this_batch & (old_hash == frame["content_hash"])
        is_changed = ~is_new & ~this_batch & ~is_same
        summary.added += int(is_new.sum())
        summary.duplicates += int(is_same.sum()) + int(this_batch.sum())
        summary.updated += int(is_changed.sum())
        # An id seen in an earlier chunk of this batch: the later row stands, no history.
        self._delete(conn, frame.loc[this_batch, "event_id"].tolist())
        changed_ids = frame.loc[is_changed, "event_id"].tolist()
        if changed_ids:
            self._archive(conn, changed_ids, summary.batch_id, started)
        self._insert_events(conn, frame[is_new | is_changed | this_batch])

    # -- areas -----------------------------------------------------------------
    def write_areas(self, batch: AreaBatch, *, on_wait: WaitNotice | None = None) -> AreaSummary:
        """Store an area layer's batch in one transaction (see :mod:`geoapp.store.areas`)."""
        with self._write(on_wait) as conn:
            summary = areas.write_areas(conn, batch, uuid.uuid4().hex, _now())
        logger.info("areas %s from %s: %d intervals added, %d replaced, %d unchanged",
                    batch.layer, batch.source, summary.added, summary.updated, summary.duplicates)
        return summary

    def read_areas(self, layer: str | None = None) -> pd.DataFrame:
        with self.engine.connect() as conn:
            return areas.read_areas(conn, layer)

    def area_history(self, layer: str, area_key: str | None = None) -> pd.DataFrame:
        with self.engine.connect() as conn:
            return areas.area_history(conn, layer, area_key)

    def area_layers(self) -> pd.DataFrame:
        with self.engine.connect() as conn:
            return areas.area_layers(conn)

    def areas_version(self) -> int:
        with self.engine.connect() as conn:
            return areas.areas_version(conn)

    # -- accounts --------------------------------------------------------------
    def users(self) -> list[users.User]:
        with self.engine.connect() as conn:
            return users.list_users(conn)

    def user(self, name: str) -> users.User | None:
        with self.engine.connect() as conn:
            return users.get_user(conn, name)

    def add_user(self, name: str, role: str, password_hash: str) -> users.User:
        with self._write() as conn:
            return users.add_user(conn, name, role, password_hash)

    def set_password(self, name: str, password_hash: str) -> None:
        with self._write() as conn:
            users.set_password(conn, name, password_hash)

    def set_role(self, name: str, role: str) -> None:
        with self._write() as conn:
            users.set_role(conn, name, role)

    def remove_user(self, name: str) -> None:
        with self._write() as conn:
            users.remove_user(conn, name)

    @contextmanager
    def _write(self, on_wait: WaitNotice | None = None) -> Iterator[Connection]:
        """A write transaction holding SQLite's write lock from its first statement.

        While another process writes, wait (saying so once through ``on_wait``)
        up to :data:`WRITE_WAIT_SECONDS`; never surface a raw "database is locked".
        """
        deadline = time.monotonic() + WRITE_WAIT_SECONDS
        told = False
        while True:
            conn = self.engine.connect().execution_options(geoapp_write=True)
            try:
                conn.begin()
                break
            except OperationalError as exc:
                conn.close()
                if not _is_busy(exc):
                    raise
                if time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: another write has held the store for over "
                                     f"{WRITE_WAIT_SECONDS / 60:.0f} minutes; try again later"
                                     ) from exc
                if not told:
                    told = True
                    message = f"waiting for another write to {self.path} to finish…"
                    (on_wait or logger.warning)(message)
        try:
            yield conn
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.close()

    def _existing(self, conn: Connection, ids: pd.Series) -> pd.DataFrame:
        """content_hash and batch_id of the stored events among ``ids``, indexed by id."""
        empty = pd.DataFrame({"content_hash": pd.Series(dtype=object),
                              "batch_id": pd.Series(dtype=object)})
        if conn.execute(select(schema.events.c.event_id).limit(1)).first() is None:
            return empty
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS incoming_ids (event_id TEXT)")
        conn.exec_driver_sql("DELETE FROM incoming_ids")
        _executemany(conn, "INSERT INTO incoming_ids VALUES (?)", [(i,) for i in ids])
        rows = conn.exec_driver_sql(
            "SELECT e.event_id, e.content_hash, e.batch_id FROM events e "
            "JOIN incoming_ids i ON i.event_id = e.event_id"
        ).fetchall()
        if not rows:
            return empty
        return pd.DataFrame(rows, columns=["event_id", "content_hash", "batch_id"]).set_index(
            "event_id")

    def _archive(self, conn: Connection, ids: list[str], batch_id: str, when: dt.datetime) -> None:
        cols = ", ".join(c.name for c in schema.events.columns)
        for chunk, marks in _id_chunks(ids):
            conn.exec_driver_sql(
                f"INSERT INTO event_history ({cols}, replaced_at, replaced_by_batch) "
                f"SELECT {cols}, ?, ? FROM events WHERE event_id IN ({marks})",
                (when.isoformat(sep=" "), batch_id, *chunk),
            )
        self._delete(conn, ids)

    def _delete(self, conn: Connection, ids: list[str]) -> None:
        for chunk, marks in _id_chunks(ids):
            conn.exec_driver_sql(f"DELETE FROM events WHERE event_id IN ({marks})", tuple(chunk))

    def _insert_events(self, conn: Connection, frame: pd.DataFrame) -> None:
        if frame.empty:
            return
        cols = [c.name for c in schema.events.columns]
        # In primary-key order SQLite appends to the id index instead of splitting pages
        # all over it: twice as fast at a million rows.
        frame = frame.sort_values("event_id")
        values = [_sql_values(frame[name], name) for name in cols]
        sql = (f"INSERT INTO events ({', '.join(cols)}) "
               f"VALUES ({', '.join('?' * len(cols))})")
        _executemany(conn, sql, zip(*values, strict=True))

    def _insert_rejects(self, conn: Connection, rejects: pd.DataFrame, summary: BatchSummary) -> None:
        if rejects.empty:
            return
        rows = [
            {"batch_id": summary.batch_id, "source": summary.source,
             "line": None if pd.isna(r.line) else int(r.line), "reason": str(r.reason),
             "raw": None if pd.isna(getattr(r, "raw", None)) else str(r.raw)}
            for r in rejects.itertuples(index=False)
        ]
        conn.execute(insert(schema.rejects), rows)


def _record_change(conn: Connection, seq: int, batch_id: str | None, kind: str,
                   user: str | None) -> None:
    """Make ``seq`` the store's data version, with a fresh token and its author in the change log."""
    conn.execute(insert(schema.changes).values(seq=seq, token=uuid.uuid4().hex, batch_id=batch_id,
                                               kind=kind, at=_now(), changed_by=user))
    migrations.set_meta(conn, "data_version", str(seq))


def _id_chunks(ids: list[str], size: int = 500) -> Iterator[tuple[list[str], str]]:
    """``ids`` in chunks small enough for one statement, with their ``?`` marks."""
    for start in range(0, len(ids), size):
        chunk = ids[start:start + size]
        yield chunk, ", ".join("?" * len(chunk))


#: What a row holds as fetched: dates are ISO text in the database.
_FETCHED = pa.struct([(f.name, pa.string() if pa.types.is_timestamp(f.type) else f.type)
                      for f in ARROW_SCHEMA])


def _typed(col: pa.Array, kind: pa.DataType) -> pa.Array:
    """A fetched column in its schema type (ISO text → timestamp, parsed in C++)."""
    if pa.types.is_timestamp(kind):
        return pc.cast(pc.cast(col, pa.timestamp(kind.unit)), kind)
    return col


def _sql_values(col: pd.Series, name: str) -> list:
    """One column as DB-API values: dates as ISO text (formatted once per distinct
    date), missing as None, numbers as Python numbers."""
    if name in DATE_FIELDS or name == "ingested_at":
        fmt = "%Y-%m-%d" if name in DATE_FIELDS else "%Y-%m-%d %H:%M:%S.%f"
        codes, uniques = pd.factorize(col)
        lookup = np.append(np.asarray(uniques.strftime(fmt), dtype=object), None)
        return lookup[codes].tolist()
    return col.astype(object).where(col.notna(), None).tolist()


def _executemany(conn: Connection, sql: str, rows) -> None:
    """Bulk insert through the DB-API cursor: SQLAlchemy's per-row work dominates at 1M rows."""
    cursor = conn.connection.driver_connection.cursor()
    try:
        batch: list = []
        for row in rows:
            batch.append(row)
            if len(batch) >= _CHUNK:
                cursor.executemany(sql, batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
    finally:
        cursor.close()


def _create_private_file(path: Path) -> None:
    """An empty database file only its owner can read: stores hold unpublished material."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def _on_connect(dbapi_conn, _record) -> None:
    # Transactions are begun explicitly in _on_begin, so writes can take the lock up front.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _on_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get("geoapp_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _is_busy(exc: OperationalError) -> bool:
    return "locked" in str(exc.orig) or "busy" in str(exc.orig)


def _reason(exc: DatabaseError) -> str:
    return str(exc.orig).splitlines()[0]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
