"""The event store: atomic batches, idempotent re-ingest, revisions kept in history."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoapp.frames import events_to_frame, frame_to_events
from geoapp.model import EVENT_TYPES
from geoapp.store import Batch, open_store
from geoapp.store.migrations import latest_version
from geoapp.store.sqlite import SQLiteStore as StoreClass


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
    monkeypatch.setattr(StoreClass, "_insert_rejects", fail)
    new = events_to_frame([make_event(event_id=f"new:{i}") for i in range(5)])
    with pytest.raises(RuntimeError, match="disk full"):
        store.write_batch(Batch.from_frame(new, source="second", format="f"))
    assert (store.count(), len(store.batches()), store.data_version()) == before


def test_store_reopens_at_current_schema(tmp_path, make_event):
    path = tmp_path / "s.db"
    open_store(path).write_batch(Batch.from_frame(_frame(make_event, n=1), source="a", format="f"))
    reopened = open_store(path)
    assert reopened.count() == 1


_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=40)


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
def test_any_valid_event_reads_back_identically(tmp_path_factory, make_event, event_type, start,
                                               days, quote, notes, killed, lon, lat, tags):
    store = open_store(tmp_path_factory.mktemp("h") / "h.db")
    event = make_event(event_type=event_type, date_start=start,
                       date_end=start + dt.timedelta(days=days), quote=quote, notes=notes,
                       killed_low=killed, killed_high=killed, lon=round(lon, 6), lat=round(lat, 6),
                       tags=tuple(tags))
    store.write_batch(Batch.from_frame(events_to_frame([event]), source="h", format="f"))
    (back,) = frame_to_events(store.read_frame())
    ignore = {"batch_id": None, "ingested_at": None}
    assert back.replace(**ignore) == event.replace(**ignore)
    store.close()


def test_old_schema_is_migrated_forward(tmp_path, make_event):
    path = tmp_path / "old.db"
    store = open_store(path)
    store.write_batch(Batch.from_frame(_frame(make_event, n=2), source="a", format="f"))
    with store.engine.begin() as conn:  # put the file back to schema version 1
        conn.exec_driver_sql("CREATE INDEX ix_events_date_start ON events (date_start)")
        conn.exec_driver_sql("UPDATE geoapp_meta SET value = '1' WHERE key = 'schema_version'")
    store.close()
    reopened = open_store(path)
    with reopened.engine.connect() as conn:
        version = conn.exec_driver_sql(
            "SELECT value FROM geoapp_meta WHERE key = 'schema_version'").scalar_one()
        indexes = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_events_%'").all()
    assert (int(version), indexes, reopened.count()) == (latest_version(), [], 2)


def test_version_2_store_gains_publisher_and_modality_and_keeps_its_hashes(tmp_path, make_event):
    path = tmp_path / "v2.db"
    store = open_store(path)
    frame = _frame(make_event, n=2)
    store.write_batch(Batch.from_frame(frame, source="a", format="f"))
    with store.engine.begin() as conn:  # the file as version 2 wrote it
        for table in ("events", "event_history"):
            for column in ("publisher", "modality"):
                conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.exec_driver_sql("UPDATE geoapp_meta SET value = '2' WHERE key = 'schema_version'")
    store.close()
    reopened = open_store(path)
    again = reopened.write_batch(Batch.from_frame(frame, source="a", format="f"))
    changed = reopened.write_batch(Batch.from_frame(frame.assign(publisher="Outlet"), source="a", format="f"))
    assert (again.duplicates, again.updated, changed.updated) == (2, 0, 2)
    assert set(reopened.read_frame()["publisher"]) == {"Outlet"}


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
    from geoapp.store import Chunk

    chunks = [Chunk(_frame(make_event, n=2, killed_low=1)),
              Chunk(_frame(make_event, n=1, killed_low=5))]
    summary = store.write_batch(Batch("two-chunks", "f", iter(chunks)))
    assert (summary.read, summary.added, summary.duplicates, summary.updated) == (3, 2, 1, 0)
    frame = store.read_frame().set_index("event_id")
    assert frame.loc["test:0", "killed_low"] == 5 and frame.loc["test:1", "killed_low"] == 1
    assert store.history("test:0").empty


_WRITER = """
import sys, time
from pathlib import Path
from geoapp.frames import events_to_frame
from geoapp.model import Event
from geoapp.store import Batch, Chunk, open_store
import datetime as dt

def slow_chunks():
    print("READING", flush=True)  # inside the write transaction
    release = Path(sys.argv[2])
    deadline = time.monotonic() + 60
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    day = dt.date(2024, 1, 1)
    yield Chunk(events_to_frame([Event(event_id=f"e{i}", event_type="attack", date_start=day,
                                       date_end=day) for i in range(50)]))

store = open_store(sys.argv[1])
summary = store.write_batch(Batch("same-file", "f", slow_chunks()),
                            on_wait=lambda m: print("WAIT", m, flush=True))
print("DONE", summary.added, summary.duplicates, flush=True)
"""


def test_two_writers_at_once_wait_for_each_other_and_add_the_file_once(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "busy.db"
    open_store(db).close()
    release = tmp_path / "release"
    first = subprocess.Popen([sys.executable, "-c", _WRITER, str(db), str(release)], text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert first.stdout.readline().strip() == "READING"  # it holds the lock while reading
    second = subprocess.Popen([sys.executable, "-c", _WRITER, str(db), str(db)], text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    waiting = second.stdout.readline()
    release.touch()  # the first writer finishes only once the second has said it waits
    rest, err_second = second.communicate(timeout=120)
    out_first, err_first = first.communicate(timeout=120)
    assert first.returncode == 0 and second.returncode == 0, err_first + err_second
    assert out_first.split() == ["DONE", "50", "0"]
    lines = (waiting + rest).splitlines()
    assert [line.split()[0] for line in lines] == ["WAIT", "READING", "DONE"]
    assert lines[-1].split() == ["DONE", "0", "50"]
    assert open_store(db).count() == 50


def test_a_file_that_is_not_a_store_is_one_clear_error(tmp_path):
    from geoapp.store import StoreError

    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a geoapp store"):
        open_store(path)
