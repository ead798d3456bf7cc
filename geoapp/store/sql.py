"""What the SQL stores share: reads, the batch bookkeeping, the change log, migrations.

SQLite and PostgreSQL differ in three places only, each a method a backend
implements: how a write takes the store's single writer lock (:meth:`SQLStore._write`),
how many rows go in at once (:meth:`SQLStore._bulk_insert`: executemany on SQLite,
COPY on PostgreSQL) and how every event comes out fast (:meth:`SQLStore._fetch_events`).
Everything else (duplicates, revisions kept in history, rejects, data versions)
is written once here against SQLAlchemy Core, so a table or operation added for
one backend works on the other.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import uuid
import weakref
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import Connection, DateTime, Engine, func, insert, literal, select
from sqlalchemy.exc import DatabaseError

from geoapp.frames import conform, content_hashes
from geoapp.geocode.normalise import NORMALISE_VERSION
from geoapp.geocode.placelist import PlaceList
from geoapp.location import PLACE_LIST_HEADS_SQL, heads_as_text
from geoapp.store import areas, migrations, review, schema, users
from geoapp.store.areas import AreaBatch, AreaSummary
from geoapp.store.base import (
    Batch,
    BatchSummary,
    Changes,
    Chunk,
    PlaceListInfo,
    ReviewWrite,
    StoreError,
    WaitNotice,
    id_chunks,
)

logger = logging.getLogger(__name__)

#: How long a write waits for another writer before giving up.
WRITE_WAIT_SECONDS = 30 * 60.0
#: Events written per step of a large chunk (the next step is prepared meanwhile).
_SLICE_ROWS = 200_000


class SQLStore:
    """Events, batches, rejects and history in SQL tables declared in :mod:`.schema`.

    A backend sets ``engine``, ``identity`` and ``cache_prefix``, calls
    :meth:`_open` once, and implements the three methods that raise
    ``NotImplementedError`` below.
    """

    engine: Engine
    identity: str
    cache_prefix: Path
    #: The schema version the store had when it was opened (0: it was new).
    opened_version: int
    #: The migrations opening the store applied, in the order they ran.
    applied_migrations: tuple[int, ...] = ()

    # -- what each backend provides --------------------------------------------
    def describe(self) -> str:
        raise NotImplementedError

    def _write(self, on_wait: WaitNotice | None = None) -> AbstractContextManager[Connection]:
        """A transaction holding the store's writer lock: one writer at a time, the
        others wait (saying so once through ``on_wait``) instead of failing."""
        raise NotImplementedError

    def _bulk_insert(self, conn: Connection, table: str, frame: pd.DataFrame) -> None:
        """Append ``frame``'s rows to ``table`` (its columns are the table's, conformed)."""
        raise NotImplementedError

    def _fetch_events(self, conn: Connection, since: int | None, ordered: bool = True
                      ) -> pa.Table:
        """Events (all, or those written after data version ``since``) in event_id order
        (or in any order, not ``ordered``), as an Arrow table in
        :data:`~geoapp.store.base.ARROW_SCHEMA`."""
        raise NotImplementedError

    # -- opening ------------------------------------------------------------------
    def _open(self) -> str:
        """Bring the schema up to date (taking the writer lock only if it is not) and
        return the store's id."""
        _fresh_connections_after_fork(self.engine)
        with self.engine.connect() as conn:
            self.opened_version = migrations.current_version(conn)
            current = not migrations.pending(conn)
            store_id = migrations.get_meta(conn, "store_id") if current else None
        if store_id is None:
            with self._write() as conn:
                self.applied_migrations = tuple(migrations.pending(conn))
                migrations.migrate(conn)
                store_id = migrations.get_meta(conn, "store_id")
        return store_id

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return migrations.current_version(conn)

    def close(self) -> None:
        self.engine.dispose()

    # -- reading ------------------------------------------------------------------
    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.events)).scalar_one()

    def data_version(self) -> int:
        """One primary-key lookup: cheap enough to poll every few seconds."""
        with self.engine.connect() as conn:
            return int(migrations.get_meta(conn, "data_version") or 0)

    def version_token(self, version: int) -> str | None:
        query = select(schema.changes.c.token).where(schema.changes.c.seq == version)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar_one_or_none()

    def read_arrow(self, *, ordered: bool = True) -> pa.Table:
        """Every stored event as one Arrow table in event_id order (not ``ordered``: in the
        order the backend reads fastest), typed like a frame."""
        with self.engine.connect() as conn:
            return self._fetch_events(conn, None, ordered)

    def read_frame(self) -> pd.DataFrame:
        """Every stored event as a conformed frame, in event_id order."""
        return conform(self.read_arrow().to_pandas())

    def changes_since(self, version: int) -> Changes | None:
        with self.engine.connect() as conn:
            current = int(migrations.get_meta(conn, "data_version") or 0)
            if version > current:
                return None
            events = self._fetch_events(conn, version)
            deleted = conn.execute(select(schema.deleted_events.c.event_id).where(
                schema.deleted_events.c.change_seq > version)).scalars().all()
        return Changes(version, current, events, list(deleted))

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

    # -- writing ------------------------------------------------------------------
    def write_batch(self, batch: Batch, *, on_wait: WaitNotice | None = None) -> BatchSummary:
        """Store a batch's events and rejects in one transaction.

        The same id twice in one batch: the last one stands and the earlier
        ones count as duplicates (also across chunks of a streamed file).
        """
        started = now()
        summary = BatchSummary(uuid.uuid4().hex, batch.source, batch.format)
        try:
            with self._write(on_wait) as conn:
                seq = next_data_version(conn)
                for chunk, frame in _prepared(batch.chunks, summary.batch_id, started, seq):
                    self._write_chunk(conn, chunk, frame, summary, started)
                # Read after the chunks: a streamed batch may learn its hash while read.
                conn.execute(insert(schema.batches).values(
                    batch_id=summary.batch_id, source=batch.source, sha256=batch.sha256,
                    format=batch.format, started_at=started, finished_at=now(),
                    read=summary.read, added=summary.added, updated=summary.updated,
                    duplicates=summary.duplicates, rejected=summary.rejected,
                    user_name=batch.user,
                ))
                if summary.added or summary.updated:
                    record_change(conn, seq, summary.batch_id, "batch", batch.user)
        except DatabaseError as exc:
            # Disk full, a read-only file, a store another program broke: one line, no traceback.
            reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
            raise StoreError(f"{self.describe()}: cannot write: {reason}; nothing was written"
                             ) from exc
        logger.info(
            "batch %s from %s: read %d, added %d, updated %d, duplicates %d, rejected %d",
            summary.batch_id[:8], batch.source, summary.read, summary.added, summary.updated,
            summary.duplicates, summary.rejected,
        )
        return summary

    # -- review -----------------------------------------------------------------------
    def read_events(self, ids: list[str] | None = None, *,
                    status: str | None = None) -> pd.DataFrame:
        """Stored events by id and/or status (a conformed frame; both None: every event)."""
        with self.engine.connect() as conn:
            return review.read_events(conn, ids, status)

    def reviewed_ids(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` that review actions have changed or removed."""
        with self.engine.connect() as conn:
            return review.reviewed_ids(conn, ids)

    def write_review(self, change: ReviewWrite) -> str:
        """Apply one review action as a new data version (see :mod:`geoapp.store.review`)."""
        with self._write() as conn:
            seq = next_data_version(conn)
            action_id = review.write_review(conn, change, seq, now())
            record_change(conn, seq, None, "review", change.reviewer)
        return action_id

    def undo_review(self, reviewer: str) -> dict | None:
        """Undo ``reviewer``'s latest review action; None when there is nothing to undo."""
        with self._write() as conn:
            seq = next_data_version(conn)
            undone = review.undo_last(conn, reviewer, seq, now())
            if undone is not None:
                record_change(conn, seq, None, "undo", reviewer)
        return undone

    def review_actions(self, reviewer: str | None = None) -> pd.DataFrame:
        with self.engine.connect() as conn:
            return review.read_actions(conn, reviewer)

    def incident_links(self) -> pd.DataFrame:
        with self.engine.connect() as conn:
            return review.read_links(conn)

    def save_report(self, report: dict, *, user: str | None = None) -> None:
        """Store a report's text (keys: origin, sha256, text, outlet, url, published)."""
        with self._write() as conn:
            review.save_report(conn, report, user, now())

    def report(self, origin: str) -> dict | None:
        with self.engine.connect() as conn:
            return review.read_report(conn, origin)

    # -- areas ------------------------------------------------------------------------
    def write_areas(self, batch: AreaBatch, *, on_wait: WaitNotice | None = None) -> AreaSummary:
        """Store an area layer's batch in one transaction (see :mod:`geoapp.store.areas`)."""
        with self._write(on_wait) as conn:
            summary = areas.write_areas(conn, batch, uuid.uuid4().hex, now())
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

    # -- place lists ----------------------------------------------------------------
    def place_lists(self) -> pd.DataFrame:
        table = schema.place_lists
        columns = [c for c in table.columns if c.name not in ("name_index", "index_version")]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*columns).order_by(table.c.source)).mappings().all()
        return pd.DataFrame(rows, columns=[c.name for c in columns])

    def place_list_heads(self) -> list[list[str]]:
        with self.engine.connect() as conn:
            return heads_as_text(conn.exec_driver_sql(PLACE_LIST_HEADS_SQL).all())

    def read_place_lists(self) -> list[PlaceList]:
        lists, places = schema.place_lists, schema.place_list_places
        columns = [c for c in places.columns if c.name != "source"]
        out = []
        with self.engine.connect() as conn:
            heads = conn.execute(select(lists.c.source, lists.c.name_index,
                                        lists.c.index_version).order_by(lists.c.source)).all()
            for source, index, version in heads:
                rows = conn.execute(select(*columns).where(places.c.source == source)
                                    .order_by(places.c.row)).all()
                # Plain tuples: pandas probes Row objects attribute by attribute (seconds).
                frame = pd.DataFrame([tuple(r) for r in rows], columns=[c.name for c in columns])
                out.append(PlaceList.from_stored(source, frame, index, version))
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
                country=info.country, imported_at=now(), places=len(place_list),
                districts=place_list.districts, rejected=len(rejects),
                index_version=NORMALISE_VERSION, name_index=place_list.index_bytes()))
            self._bulk_insert(conn, schema.place_list_places.name, places[columns])
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

    # -- accounts -------------------------------------------------------------------
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

    def _write_chunk(self, conn: Connection, chunk: Chunk, frame: pd.DataFrame,
                     summary: BatchSummary, started: dt.datetime) -> None:
        """Write one chunk's rejects and its events (``frame``: as :func:`_prepare` made them)."""
        summary.read += chunk.rows_read
        summary.rejected += len(chunk.rejects)
        self._insert_rejects(conn, chunk.rejects, summary)
        if frame.empty:
            return
        last = ~frame["event_id"].duplicated(keep="last")
        summary.duplicates += int((~last).sum())
        # In id order, the look-up of stored ids and the inserts walk the id index from one
        # end to the other: at random, each would read a page of it from disk or the WAL.
        frame = frame[last].sort_values("event_id")
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

    def _existing(self, conn: Connection, ids: pd.Series) -> pd.DataFrame:
        """content_hash and batch_id of the stored events among ``ids``, indexed by id."""
        empty = pd.DataFrame({"content_hash": pd.Series(dtype=object),
                              "batch_id": pd.Series(dtype=object)})
        if conn.execute(select(schema.events.c.event_id).limit(1)).first() is None:
            return empty
        conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS incoming_ids (event_id TEXT)")
        conn.exec_driver_sql("DELETE FROM incoming_ids")
        self._bulk_insert(conn, "incoming_ids", pd.DataFrame({"event_id": ids}))
        rows = conn.exec_driver_sql(
            "SELECT e.event_id, e.content_hash, e.batch_id FROM events e "
            "JOIN incoming_ids i ON i.event_id = e.event_id"
        ).fetchall()
        if not rows:
            return empty
        return pd.DataFrame(rows, columns=["event_id", "content_hash", "batch_id"]).set_index(
            "event_id")

    def _archive(self, conn: Connection, ids: list[str], batch_id: str, when: dt.datetime) -> None:
        """Copy the stored versions of ``ids`` to the history table, then delete them."""
        events = schema.events
        columns = [c.name for c in events.columns]
        for chunk in id_chunks(ids):
            conn.execute(insert(schema.event_history).from_select(
                [*columns, "replaced_at", "replaced_by_batch"],
                select(*events.columns, literal(when, DateTime), literal(batch_id))
                .where(events.c.event_id.in_(chunk)),
            ))
        self._delete(conn, ids)

    def _delete(self, conn: Connection, ids: list[str]) -> None:
        for chunk in id_chunks(ids):
            conn.execute(schema.events.delete().where(schema.events.c.event_id.in_(chunk)))

    def _insert_events(self, conn: Connection, frame: pd.DataFrame) -> None:
        """Insert events given in event_id order (see :meth:`_write_chunk`)."""
        if frame.empty:
            return
        self._bulk_insert(conn, schema.events.name, frame[list(schema.EVENT_COLUMNS)])

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


def _prepared(chunks: Iterable[Chunk], batch_id: str, started: dt.datetime,
              seq: int) -> Iterator[tuple[Chunk, pd.DataFrame]]:
    """Each chunk in slices of at most :data:`_SLICE_ROWS` events, with its events as
    they will be stored. The next slice is prepared (conformed and hashed, pure
    CPU work) in a thread while the store writes the current one, which is mostly
    waiting for the database: a large file goes in almost a third faster."""
    with ThreadPoolExecutor(1, thread_name_prefix="geoapp-prepare") as pool:
        pending = None
        for piece in _slices(chunks):
            future = pool.submit(_prepare, piece.events, batch_id, started, seq)
            if pending is not None:
                yield pending[0], pending[1].result()
            pending = (piece, future)
        if pending is not None:
            yield pending[0], pending[1].result()


def _slices(chunks: Iterable[Chunk]) -> Iterator[Chunk]:
    """Chunks cut to :data:`_SLICE_ROWS` events; the first slice carries the rejects and
    the count of rows read."""
    for chunk in chunks:
        events = chunk.events
        yield Chunk(events.iloc[:_SLICE_ROWS], chunk.rejects, chunk.rows_read)
        for start in range(_SLICE_ROWS, len(events), _SLICE_ROWS):
            yield Chunk(events.iloc[start:start + _SLICE_ROWS], read=0)


def _prepare(events: pd.DataFrame, batch_id: str, started: dt.datetime, seq: int) -> pd.DataFrame:
    """Events in the stored columns: conformed, stamped with the batch, hashed."""
    frame = conform(events).reset_index(drop=True)
    if frame.empty:
        return frame
    frame["batch_id"] = batch_id
    frame["ingested_at"] = pd.Timestamp(started)
    frame["content_hash"] = content_hashes(frame)
    frame["change_seq"] = seq
    return frame


def next_data_version(conn: Connection) -> int:
    """The data version a write in progress will record (under the writer lock)."""
    return int(migrations.get_meta(conn, "data_version") or 0) + 1


def record_change(conn: Connection, seq: int, batch_id: str | None, kind: str,
                  user: str | None) -> None:
    """Make ``seq`` the store's data version, with a fresh token and its author in the change log."""
    conn.execute(insert(schema.changes).values(seq=seq, token=uuid.uuid4().hex, batch_id=batch_id,
                                               kind=kind, at=now(), changed_by=user))
    migrations.set_meta(conn, "data_version", str(seq))


def column_list(conn: Connection, frame: pd.DataFrame) -> str:
    """A frame's columns as an SQL column list, quoted where a name is a keyword (``row``)."""
    quote = conn.dialect.identifier_preparer.quote
    return ", ".join(quote(name) for name in frame.columns)


def typed_column(col: pa.Array, kind: pa.DataType) -> pa.Array:
    """A fetched column in its schema type (ISO text → timestamp, parsed in C++)."""
    if pa.types.is_timestamp(kind) and not pa.types.is_timestamp(col.type):
        col = pc.cast(col, pa.timestamp(kind.unit))
    return pc.cast(col, kind) if col.type != kind else col


def now() -> dt.datetime:
    """UTC now without a zone, as the tables store it."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


#: Engines of the stores open in this process (see :func:`_fresh_connections_after_fork`).
_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()


def _fresh_connections_after_fork(engine: Engine) -> None:
    """A process forked from this one (a gunicorn worker of ``geoapp serve --workers N``)
    opens connections of its own: sharing the parent's SQLite or PostgreSQL connections
    across processes corrupts their state (locks, transactions) and can hang both. The
    parent's connections are left open for the parent (``dispose(close=False)``)."""
    _ENGINES.add(engine)


def _forget_connections_in_child() -> None:
    for engine in list(_ENGINES):
        engine.dispose(close=False)


os.register_at_fork(after_in_child=_forget_connections_in_child)
