"""The event store on both backends: atomic batches, idempotent re-ingest, revisions kept
in history, migrations, versions, concurrent writers."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from geoapp.frames import events_to_frame, frame_to_events
from geoapp.model import EVENT_TYPES
from geoapp.store import Batch, Chunk, StoreError, open_store
from geoapp.store.migrations import latest_version
from geoapp.store.sql import SQLStore


def _frame(make_event, n=3, **fields):
    return events_to_frame([make_event(event_id=f"test:{i}", **fields) for i in range(n)])


def test_batch_lands_whole_and_is_recorded(store, make_event):
    summary = store.write_batch(Batch.from_frame(_frame(make_event), source="a.jsonl",
                                                 format="jsonl", sha256="abc"))
    assert (summary.read, summary.added, summary.duplicates) == (3, 3, 0)
    batches = store.batches()
    assert batches["source"].tolist() == ["a.jsonl"]
    assert batches["added"].tolist() == [3]
    assert store.has_file("abc")


def test_same_batch_twice_adds_nothing(store, make_event):
    store.write_batch(Batch.from_frame(_frame(make_event), source="a", format="frame"))
    version = store.data_version()
    again = store.write_batch(Batch.from_frame(_frame(make_event), source="a", format="frame"))
    assert (again.added, again.updated, again.duplicates) == (0, 0, 3)
    assert store.count() == 3
    assert store.data_version() == version


def test_revised_event_replaces_record_and_keeps_previous_in_history(store, make_event):
    store.write_batch(Batch.from_frame(_frame(make_event, n=1, killed_low=3, killed_high=3),
                                       source="a", format="f"))
    summary = store.write_batch(Batch.from_frame(_frame(make_event, n=1, killed_low=3, killed_high=5),
                                source="b", format="f"))
    assert (summary.added, summary.updated) == (0, 1)
    stored = frame_to_events(store.read_frame())
    assert stored[0].killed_high == 5
    history = store.history("test:0")
    assert history["killed_high"].tolist() == [3]
    assert history["replaced_by_batch"].tolist() == [summary.batch_id]


def test_error_mid_batch_leaves_store_unchanged(store, make_event, monkeypatch):
    store.write_batch(Batch.from_frame(_frame(make_event, n=2), source="first", format="f"))
    before = (store.count(), len(store.batches()), store.data_version())

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    # Events of the second batch are inserted before the rejects: fail right after them.
    monkeypatch.setattr(SQLStore, "_insert_rejects", fail)
    new = events_to_frame([make_event(event_id=f"new:{i}") for i in range(5)])
    with pytest.raises(RuntimeError, match="disk full"):
        store.write_batch(Batch.from_frame(new, source="second", format="f"))
    assert (store.count(), len(store.batches()), store.data_version()) == before


def test_store_reopens_at_current_schema(store_target, make_event):
    first = open_store(store_target)
    first.write_batch(Batch.from_frame(_frame(make_event, n=1), source="a", format="f"))
    first.close()
    reopened = open_store(store_target)
    assert (reopened.count(), reopened.opened_version) == (1, latest_version())
    assert reopened.identity == first.identity
    reopened.close()


def test_a_slice_boundary_inside_a_large_chunk_changes_nothing(store, make_event, monkeypatch):
    import geoapp.store.sql as sql

    monkeypatch.setattr(sql, "_SLICE_ROWS", 4)
    frame = events_to_frame([make_event(event_id=f"test:{i % 7}", killed_low=i) for i in range(10)])
    summary = store.write_batch(Batch.from_frame(frame, source="sliced", format="f"))
    assert (summary.read, summary.added, summary.duplicates) == (10, 7, 3)
    stored = store.read_frame().set_index("event_id")["killed_low"]
    assert stored.to_dict() == {f"test:{i}": i + 7 if i < 3 else i for i in range(7)}


_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=40)


_example_ids = itertools.count()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    event_type=st.sampled_from(EVENT_TYPES),
    start=st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)),
    days=st.integers(0, 400),
    quote=st.one_of(st.none(), _text),
    notes=st.one_of(st.none(), _text),
    killed=st.one_of(st.none(), st.integers(0, 10**7)),
    lon=st.floats(-180, 180, allow_nan=False),
    lat=st.floats(-90, 90, allow_nan=False),
    tags=st.lists(_text, max_size=3),
)
def test_any_valid_event_reads_back_identically(store, make_event, event_type, start, days,
                                               quote, notes, killed, lon, lat, tags):
    # One store for all examples, each example's event under a new id.
    event = make_event(event_id=f"h:{next(_example_ids)}", event_type=event_type, date_start=start,
                       date_end=start + dt.timedelta(days=days), quote=quote, notes=notes,
                       killed_low=killed, killed_high=killed, lon=round(lon, 6), lat=round(lat, 6),
                       tags=tuple(tags))
    store.write_batch(Batch.from_frame(events_to_frame([event]), source="h", format="f"))
    (back,) = [e for e in frame_to_events(store.read_frame()) if e.event_id == event.event_id]
    ignore = {"batch_id": None, "ingested_at": None}
    assert back.replace(**ignore) == event.replace(**ignore)


def _set_schema_version(conn, version: int) -> None:
    conn.exec_driver_sql(f"UPDATE geoapp_meta SET value = '{version}' WHERE key = 'schema_version'")


def test_old_schema_is_migrated_forward(store_target, make_event):
    store = open_store(store_target)
    store.write_batch(Batch.from_frame(_frame(make_event, n=2), source="a", format="f"))
    with store.engine.begin() as conn:  # put the store back to schema version 1
        conn.exec_driver_sql("CREATE INDEX ix_events_date_start ON events (date_start)")
        _set_schema_version(conn, 1)
    store.close()
    reopened = open_store(store_target)
    indexes = {index["name"] for index in inspect(reopened.engine).get_indexes("events")}
    assert (reopened.opened_version, reopened.schema_version()) == (1, latest_version())
    assert "ix_events_date_start" not in indexes
    assert reopened.count() == 2
    reopened.close()


def test_what_changed_since_a_version_is_found_through_an_index(tmp_path, make_event):
    """SQLite: a store of schema 7 gains the change_seq index, and reading the rows written
    since a version searches it instead of scanning every event."""
    path = tmp_path / "old.db"
    store = open_store(path)
    store.write_batch(Batch.from_frame(_frame(make_event, n=2), source="a", format="f"))
    with store.engine.begin() as conn:  # the store as schema 7 made it
        conn.exec_driver_sql("DROP INDEX ix_events_change_seq")
        _set_schema_version(conn, 7)
    store.close()
    reopened = open_store(path)
    indexes = {index["name"] for index in inspect(reopened.engine).get_indexes("events")}
    assert "ix_events_change_seq" in indexes
    version = reopened.data_version()
    later = events_to_frame([make_event(event_id=f"later:{i}") for i in range(3)])
    reopened.write_batch(Batch.from_frame(later, source="b", format="f"))
    statements: list[str] = []
    with reopened.engine.connect() as conn:
        conn.connection.driver_connection.set_trace_callback(statements.append)
        since = reopened._fetch_events(conn, version)
        plan = " ".join(row[3] for row in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statements[-1]).fetchall())
    assert since.num_rows == 3
    assert "SEARCH events USING INDEX ix_events_change_seq" in plan
    reopened.close()


def test_version_2_store_gains_publisher_and_modality_and_keeps_its_hashes(store_target, make_event):
    store = open_store(store_target)
    frame = _frame(make_event, n=2)
    store.write_batch(Batch.from_frame(frame, source="a", format="f"))
    with store.engine.begin() as conn:  # the store as version 2 wrote it
        for table in ("events", "event_history"):
            for column in ("publisher", "modality"):
                conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        _set_schema_version(conn, 2)
    store.close()
    reopened = open_store(store_target)
    again = reopened.write_batch(Batch.from_frame(frame, source="a", format="f"))
    changed = reopened.write_batch(Batch.from_frame(frame.assign(publisher="Outlet"), source="a", format="f"))
    assert (again.duplicates, again.updated, changed.updated) == (2, 0, 2)
    assert set(reopened.read_frame()["publisher"]) == {"Outlet"}
    reopened.close()


def test_store_file_is_readable_by_its_owner_only(tmp_path, make_event):
    store = open_store(tmp_path / "private.db")
    store.write_batch(Batch.from_frame(_frame(make_event), source="a", format="f"))
    for path in tmp_path.iterdir():  # the database and SQLite's -wal/-shm companions
        assert path.stat().st_mode & 0o077 == 0, path


def test_changes_since_gives_only_rows_written_after_a_version(store, make_event):
    store.write_batch(Batch.from_frame(_frame(make_event, n=3), source="a", format="f"))
    first = store.data_version()
    store.write_batch(Batch.from_frame(_frame(make_event, n=1, killed_low=9), source="b",
                                       format="f"))
    store.write_batch(Batch.from_frame(events_to_frame([make_event(event_id="new")]),
                                       source="c", format="f"))
    changes = store.changes_since(first)
    assert (changes.since, changes.version) == (first, first + 2)
    assert sorted(changes.events.column("event_id").to_pylist()) == ["new", "test:0"]
    assert store.changes_since(store.data_version()).events.num_rows == 0
    assert store.changes_since(store.data_version() + 1) is None
    assert store.version_token(first) != store.version_token(first + 1)


def test_same_id_in_two_chunks_of_one_batch_keeps_the_last_without_history(store, make_event):
    chunks = [Chunk(_frame(make_event, n=2, killed_low=1)),
              Chunk(_frame(make_event, n=1, killed_low=5))]
    summary = store.write_batch(Batch("two-chunks", "f", iter(chunks)))
    assert (summary.read, summary.added, summary.duplicates, summary.updated) == (3, 2, 1, 0)
    frame = store.read_frame().set_index("event_id")
    assert frame.loc["test:0", "killed_low"] == 5 and frame.loc["test:1", "killed_low"] == 1
    assert store.history("test:0").empty


_WRITER = """
import sys
from geoapp.frames import events_to_frame
from geoapp.model import Event
from geoapp.store import Batch, Chunk, open_store
import datetime as dt

def chunks():
    print("WRITING", flush=True)  # inside the write transaction
    if sys.argv[2] == "hold":
        sys.stdin.readline()  # until the test says the other writer is waiting
    day = dt.date(2024, 1, 1)
    yield Chunk(events_to_frame([Event(event_id=f"e{i}", event_type="attack", date_start=day,
                                       date_end=day) for i in range(50)]))

store = open_store(sys.argv[1])
print("OPEN", flush=True)
if sys.argv[2] != "hold":
    sys.stdin.readline()  # start writing when the test says so
summary = store.write_batch(Batch("same-file", "f", chunks()),
                            on_wait=lambda m: print("WAIT", m, flush=True))
print("DONE", summary.added, summary.duplicates, flush=True)
"""


def _writer(target: str, role: str) -> subprocess.Popen:
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, target, role], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert writer.stdout.readline().strip() == "OPEN", writer.stderr.read()
    return writer


def test_two_writers_at_once_wait_for_each_other_and_add_the_file_once(store_target):
    open_store(store_target).close()
    first = _writer(store_target, "hold")
    second = _writer(store_target, "follow")
    assert first.stdout.readline().strip() == "WRITING"  # it holds the writer lock
    second.stdin.write("go\n")
    second.stdin.flush()
    waiting = second.stdout.readline()
    first.stdin.write("go\n")  # let the first finish only once the second waits
    first.stdin.flush()
    out_first, err_first = first.communicate(timeout=120)
    out_second, err_second = second.communicate(timeout=120)
    assert first.returncode == 0 and second.returncode == 0, err_first + err_second
    assert waiting.startswith("WAIT waiting for another write to")
    assert out_first.split() == ["DONE", "50", "0"]
    assert out_second.split()[-4:] == ["WRITING", "DONE", "0", "50"]
    assert open_store(store_target).count() == 50


def test_a_file_that_is_not_a_store_is_one_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a geoapp store"):
        open_store(path)


def test_a_forked_process_opens_connections_of_its_own(store):
    """As a gunicorn worker forked from the loaded server: never the parent's connection."""
    import os

    with store.engine.connect() as conn:
        parents = conn.connection.dbapi_connection   # kept alive: its id can't be reused
        conn.exec_driver_sql("SELECT 1")
    pid = os.fork()
    if pid == 0:   # the child: exit code 0 if it got a connection of its own that works
        code = 3
        try:
            with store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT 1")
                code = 0 if conn.connection.dbapi_connection is not parents else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    with store.engine.connect() as conn:                 # the parent's still works
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1


def _by_id(table):
    return table.sort_by("event_id")


def test_sqlite_whole_read_through_duckdb_equals_the_db_api_read(tmp_path, monkeypatch, caplog):
    from helpers.dataset_data import varied_events

    import geoapp.store.sqlite as sqlite_store

    store = open_store(tmp_path / "s.db")
    events = varied_events(300, seed=5)
    store.write_batch(Batch.from_frame(events_to_frame(events[100:]), source="a", format="f"))
    store.write_batch(Batch.from_frame(events_to_frame(events[:100]), source="b", format="f"))
    scanned = sqlite_store._scan_events(store.path)
    assert scanned is not None and scanned.num_rows == 300
    ordered = store.read_arrow()
    assert ordered.column("event_id").to_pylist() == sorted(e.event_id for e in events)
    assert _by_id(scanned).equals(ordered)
    assert _by_id(store.read_arrow(ordered=False)).equals(ordered)
    # Without DuckDB's reader, or when it fails, the DB-API reads the same events.
    monkeypatch.setattr(sqlite_store, "extension_file", lambda name: None)
    assert _by_id(store.read_arrow(ordered=False)).equals(ordered)
    monkeypatch.undo()

    # The scan runs in a process of its own (two copies of SQLite in one process break each
    # other's locks); when that process fails, the DB-API reads the events.
    monkeypatch.setattr(sqlite_store, "sys", SimpleNamespace(executable="/bin/false"))
    with caplog.at_level("WARNING", logger="geoapp.store.sqlite"):
        assert _by_id(store.read_arrow(ordered=False)).equals(ordered)
    assert any("reading them through sqlite3" in m for m in caplog.messages)
    store.close()


def test_a_whole_read_leaves_the_store_s_locks_to_its_writer(tmp_path):
    """A server that read its store through DuckDB's SQLite reader in its own process lost
    its later writes: closing the reader's copy of SQLite dropped the server's locks, so
    another process that opened and closed the store took itself for the last user and
    deleted the write-ahead log the server went on writing to."""
    from helpers.dataset_data import varied_events

    store = open_store(tmp_path / "s.db")
    events = varied_events(20, seed=3)
    store.write_batch(Batch.from_frame(events_to_frame(events[:10]), source="a", format="f"))
    assert store.read_arrow(ordered=False).num_rows == 10  # the whole read
    other = [sys.executable, "-c", "import sys; from geoapp.store import open_store; "
             "s = open_store(sys.argv[1]); print(len(s.read_events())); s.close()",
             str(store.path)]
    assert subprocess.run(other, capture_output=True, text=True, check=True).stdout.strip() == "10"
    store.write_batch(Batch.from_frame(events_to_frame(events[10:]), source="b", format="f"))
    assert subprocess.run(other, capture_output=True, text=True, check=True).stdout.strip() == "20"
    store.close()


def test_opening_a_store_another_process_holds_for_a_moment_waits_instead_of_failing(tmp_path):
    """Two ingests into one new file: the one that opens while the other holds the file
    (creating its schema, or checkpointing its log on close) waits and opens it, rather than
    calling the file 'not a geoapp store (database is locked)'."""
    import sqlite3
    import threading

    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")   # an empty file in rollback mode: even readers wait
    release = threading.Timer(2.0, holder.rollback)
    release.start()
    try:
        store = open_store(path)
    finally:
        release.join()
        holder.close()
    assert store.count() == 0 and store.schema_version() == latest_version()
    store.close()
