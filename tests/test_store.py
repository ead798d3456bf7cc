"""The event store: atomic batches, idempotent re-ingest, revisions kept in history."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoapp.frames import events_to_frame, frame_to_events
from geoapp.model import EVENT_TYPES
from geoapp.store import EventStore
from geoapp.store.events import EventStore as StoreClass
from geoapp.store.schema import SCHEMA_VERSION


def _frame(make_event, n=3, **fields):
    return events_to_frame([make_event(event_id=f"test:{i}", **fields) for i in range(n)])


def test_batch_lands_whole_and_is_recorded(store, make_event):
    summary = store.write_batch(_frame(make_event), source="a.jsonl", format="jsonl", sha256="abc")
    assert (summary.read, summary.added, summary.duplicates) == (3, 3, 0)
    batches = store.batches()
    assert batches["source"].tolist() == ["a.jsonl"]
    assert batches["added"].tolist() == [3]
    assert store.has_file("abc")


def test_same_batch_twice_adds_nothing(store, make_event):
    store.write_batch(_frame(make_event), source="a", format="frame")
    version = store.data_version()
    again = store.write_batch(_frame(make_event), source="a", format="frame")
    assert (again.added, again.updated, again.duplicates) == (0, 0, 3)
    assert store.count() == 3
    assert store.data_version() == version


def test_revised_event_replaces_record_and_keeps_previous_in_history(store, make_event):
    store.write_batch(_frame(make_event, n=1, killed_low=3, killed_high=3), source="a", format="f")
    summary = store.write_batch(_frame(make_event, n=1, killed_low=3, killed_high=5),
                                source="b", format="f")
    assert (summary.added, summary.updated) == (0, 1)
    stored = frame_to_events(store.read_frame())
    assert stored[0].killed_high == 5
    history = store.history("test:0")
    assert history["killed_high"].tolist() == [3]
    assert history["replaced_by_batch"].tolist() == [summary.batch_id]


def test_error_mid_batch_leaves_store_unchanged(store, make_event, monkeypatch):
    store.write_batch(_frame(make_event, n=2), source="first", format="f")
    before = (store.count(), len(store.batches()), store.data_version())

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    # Events of the second batch are inserted before the rejects: fail right after them.
    monkeypatch.setattr(StoreClass, "_insert_rejects", fail)
    new = events_to_frame([make_event(event_id=f"new:{i}") for i in range(5)])
    with pytest.raises(RuntimeError, match="disk full"):
        store.write_batch(new, source="second", format="f")
    assert (store.count(), len(store.batches()), store.data_version()) == before


def test_store_reopens_at_current_schema(tmp_path, make_event):
    path = tmp_path / "s.db"
    EventStore(path).write_batch(_frame(make_event, n=1), source="a", format="f")
    reopened = EventStore(path)
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
    store = EventStore(tmp_path_factory.mktemp("h") / "h.db")
    event = make_event(event_type=event_type, date_start=start,
                       date_end=start + dt.timedelta(days=days), quote=quote, notes=notes,
                       killed_low=killed, killed_high=killed, lon=round(lon, 6), lat=round(lat, 6),
                       tags=tuple(tags))
    store.write_batch(events_to_frame([event]), source="h", format="f")
    (back,) = frame_to_events(store.read_frame())
    ignore = {"batch_id": None, "ingested_at": None}
    assert back.replace(**ignore) == event.replace(**ignore)
    store.close()


def test_old_schema_is_migrated_forward(tmp_path, make_event):
    path = tmp_path / "old.db"
    store = EventStore(path)
    store.write_batch(_frame(make_event, n=2), source="a", format="f")
    with store.engine.begin() as conn:  # put the file back to schema version 1
        conn.exec_driver_sql("CREATE INDEX ix_events_date_start ON events (date_start)")
        conn.exec_driver_sql("UPDATE geoapp_meta SET value = '1' WHERE key = 'schema_version'")
    store.close()
    reopened = EventStore(path)
    with reopened.engine.connect() as conn:
        version = conn.exec_driver_sql(
            "SELECT value FROM geoapp_meta WHERE key = 'schema_version'").scalar_one()
        indexes = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_events_%'").all()
    assert (int(version), indexes, reopened.count()) == (SCHEMA_VERSION, [], 2)


def test_version_2_store_gains_publisher_and_modality_and_keeps_its_hashes(tmp_path, make_event):
    path = tmp_path / "v2.db"
    store = EventStore(path)
    frame = _frame(make_event, n=2)
    store.write_batch(frame, source="a", format="f")
    with store.engine.begin() as conn:  # the file as version 2 wrote it
        for table in ("events", "event_history"):
            for column in ("publisher", "modality"):
                conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.exec_driver_sql("UPDATE geoapp_meta SET value = '2' WHERE key = 'schema_version'")
    store.close()
    reopened = EventStore(path)
    again = reopened.write_batch(frame, source="a", format="f")
    changed = reopened.write_batch(frame.assign(publisher="Outlet"), source="a", format="f")
    assert (again.duplicates, again.updated, changed.updated) == (2, 0, 2)
    assert set(reopened.read_frame()["publisher"]) == {"Outlet"}
