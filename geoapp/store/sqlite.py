"""The SQLite store: one file, the default backend.

Writes take SQLite's write lock at the start of their transaction
(``BEGIN IMMEDIATE``), so two ingests into one file run one after the other:
the second says once that it is waiting, then completes. A batch lands whole
or not at all. Re-sending an event with the same id and content changes
nothing; the same id with new content (living datasets revise their events)
replaces the record and keeps the previous version in ``event_history``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError

from geoapp.duckdb_extensions import extension_file, install_hint
from geoapp.frames import DATE_FIELDS
from geoapp.location import sqlite_identity
from geoapp.model import FIELD_NAMES
from geoapp.store.base import ARROW_SCHEMA, StoreError, WaitNotice
from geoapp.store.sql import WRITE_WAIT_SECONDS, SQLStore, typed_column

logger = logging.getLogger(__name__)

T = TypeVar("T")

# None binds as NULL either way; found among the adapters, it skips the sqlite3 module's
# search for one (__adapt__, __conform__), which takes 1 µs a value.
sqlite3.register_adapter(type(None), lambda _: None)

_CHUNK = 20_000
#: Rows per fetch when reading events.
_FETCH_ROWS = 200_000
#: SQLite's own busy wait per attempt; between attempts the store says it is waiting.
_BUSY_MS = 500


class SQLiteStore(SQLStore):
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
            store_id = self._open()
        except DatabaseError as exc:
            raise StoreError(f"{self.path}: not a geoapp store ({_reason(exc)})") from exc
        self.identity = sqlite_identity(self.path, store_id)
        self.cache_prefix = self.path

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    def describe(self) -> str:
        return str(self.path)

    def _fetch_events(self, conn: Connection, since: int | None, ordered: bool = True
                      ) -> pa.Table:
        """Every event is scanned by DuckDB's SQLite reader when it is installed: the file's
        records go straight into Arrow columns, in C++ (a third of the time of the DB-API,
        which makes a Python object of every cell). Changes since a version (found through
        the change_seq index), or every event without that reader, come through the DB-API."""
        if since is None and not ordered:
            scanned = _scan_events(self.path)
            if scanned is not None:
                return scanned
        return _fetched_events(conn, since, ordered)

    def _bulk_insert(self, conn: Connection, table: str, frame: pd.DataFrame) -> None:
        """executemany through the DB-API cursor: SQLAlchemy's per-row work dominates at 1M rows.

        Binding a None costs the sqlite3 module ten times a number (it looks for an adapter
        first), and events are a third None: each step leaves out the columns it has no
        value in (they are NULL: no table declares a default) and None is adapted to itself.
        """
        names = list(frame.columns)
        present = frame.notna()
        values = [_sql_values(frame[name], name, present[name]) for name in names]
        filled = present.to_numpy()
        quote = conn.dialect.identifier_preparer.quote
        cursor = conn.connection.driver_connection.cursor()
        try:
            for start in range(0, len(frame), _CHUNK):
                stop = start + _CHUNK
                some = filled[start:stop].any(axis=0)
                kept = np.flatnonzero(some if some.any() else ~some)
                sql = (f"INSERT INTO {table} ({', '.join(quote(names[i]) for i in kept)}) "
                       f"VALUES ({', '.join('?' * len(kept))})")
                cursor.executemany(sql, zip(*(values[i][start:stop] for i in kept), strict=True))
        finally:
            cursor.close()

    def _open(self) -> str:
        """A file another process holds for a moment (creating its schema, checkpointing
        its log on close) answers "busy" even to readers: wait for it as a write would."""
        return self._when_free(super()._open)

    @contextmanager
    def _write(self, on_wait: WaitNotice | None = None) -> Iterator[Connection]:
        """A write transaction holding SQLite's write lock from its first statement."""
        conn = self._when_free(self._begun_write, on_wait)
        try:
            yield conn
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.close()

    def _begun_write(self) -> Connection:
        conn = self.engine.connect().execution_options(geoapp_write=True)
        try:
            conn.begin()
        except BaseException:
            conn.close()
            raise
        return conn

    def _when_free(self, attempt: Callable[[], T], on_wait: WaitNotice | None = None) -> T:
        """``attempt()``, again while another process holds the file: say so once (through
        ``on_wait``) and wait up to :data:`WRITE_WAIT_SECONDS`; never surface a raw
        "database is locked"."""
        deadline = time.monotonic() + WRITE_WAIT_SECONDS
        told = False
        while True:
            try:
                return attempt()
            except OperationalError as exc:
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


#: What a row holds as fetched: dates are ISO text in the database.
_FETCHED = pa.struct([(f.name, pa.string() if pa.types.is_timestamp(f.type) else f.type)
                      for f in ARROW_SCHEMA])


def _fetched_events(conn: Connection, since: int | None, ordered: bool) -> pa.Table:
    """Events through the DB-API: each chunk's values go from the rows straight into Arrow
    arrays, so no pandas object column (a Python string per cell) is built."""
    # Since a version: the rows found through the change_seq index, then sorted (``+``
    # keeps SQLite from walking the whole primary key instead, for its order).
    where, params = ("WHERE change_seq > ?", (since,)) if since is not None else ("", ())
    order = ("ORDER BY +event_id" if since is not None else "ORDER BY event_id") if ordered else ""
    batches = []
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(f"SELECT {', '.join(FIELD_NAMES)} FROM events {where} {order}", params)
        while rows := cursor.fetchmany(_FETCH_ROWS):
            # Tuples → one struct array in C++ (3× faster than transposing in Python).
            fields = pa.array(rows, type=_FETCHED).flatten()
            batches.append(pa.RecordBatch.from_arrays(
                [typed_column(col, f.type) for col, f in zip(fields, ARROW_SCHEMA, strict=True)],
                schema=ARROW_SCHEMA))
    finally:
        cursor.close()
    return pa.Table.from_batches(batches, schema=ARROW_SCHEMA)


def _scan_events(path: Path) -> pa.Table | None:
    """Every event of the store at ``path`` read by DuckDB's SQLite reader (in file order) in
    a process of its own (:mod:`geoapp.store.scan` says why), or None when that reader is
    not installed or fails (a cell of another type than its column declares, a file it
    cannot open): the DB-API reads those stores instead."""
    if extension_file("sqlite_scanner") is None:
        logger.info("DuckDB's SQLite reader is not installed (%s); reading events through "
                    "sqlite3", install_hint("sqlite_scanner"))
        return None
    # The file is memory-mapped, not read: its pages stay the kernel's to drop, not the
    # process's (a ten-million-event store scans to 4 GB). A mapped file outlives its
    # removal where the system allows it; elsewhere the folder is left to the system.
    with tempfile.TemporaryDirectory(prefix="geoapp-scan-", ignore_cleanup_errors=True
                                     ) as folder:
        out = Path(folder) / "events.arrow"
        done = subprocess.run([sys.executable, "-m", "geoapp.store.scan", str(path), str(out)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            reason = (done.stderr.strip().splitlines() or ["no reason given"])[-1]
            logger.warning("DuckDB could not read the events of %s (%s); reading them "
                           "through sqlite3", path, reason)
            return None
        table = pa.ipc.open_file(pa.memory_map(str(out))).read_all()
    # Dates come as date32 (SQLite's DATE), ingested_at without its zone: the schema's types.
    return pa.Table.from_arrays([typed_column(table.column(f.name), f.type) for f in ARROW_SCHEMA],
                                schema=ARROW_SCHEMA)


def _sql_values(col: pd.Series, name: str, present: pd.Series) -> list:
    """One column as DB-API values: dates as ISO text (formatted once per distinct
    date), missing (not ``present``) as None, numbers as Python numbers."""
    if name in DATE_FIELDS or name == "ingested_at":
        fmt = "%Y-%m-%d" if name in DATE_FIELDS else "%Y-%m-%d %H:%M:%S.%f"
        codes, uniques = pd.factorize(col)
        lookup = np.append(np.asarray(uniques.strftime(fmt), dtype=object), None)
        return lookup[codes].tolist()
    return col.astype(object).where(present, None).tolist()


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
