"""The view cache is patched with what changed, equals a fresh build, and says when it rebuilds."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from helpers.dataset_data import varied_events

from geoapp.frames import events_to_frame
from geoapp.query import EventView, load_view, viewcache
from geoapp.query.view import view_table
from geoapp.query.viewcache import cache_path, patched
from geoapp.store import Batch, Changes
from geoapp.store.base import ARROW_SCHEMA

pytestmark = pytest.mark.slow


def _write(store, events, source="a"):
    store.write_batch(Batch.from_frame(events_to_frame(events), source=source, format="f"))


def _fresh(store) -> EventView:
    return EventView.from_frame(store.read_arrow().to_pandas(), store.data_version())


def assert_same_view(got: EventView, want: EventView) -> None:
    """Same rows, order, values and categories (an empty category list may differ in dtype)."""
    assert got.version == want.version
    assert_same_frame(got.frame, want.frame)


def assert_same_frame(got: pd.DataFrame, want: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got, want, check_dtype=False, check_categorical=False)
    for column in want.columns:
        assert type(got[column].dtype) is type(want[column].dtype), column
        if isinstance(want[column].dtype, pd.CategoricalDtype):
            assert list(got[column].cat.categories) == list(want[column].cat.categories), column


def _table(events) -> pa.Table:
    """Events as the store hands them over (the view is built from this, never from objects)."""
    return pa.Table.from_pandas(events_to_frame(events), schema=ARROW_SCHEMA,
                                preserve_index=False)


def _view(events, version: int = 0) -> EventView:
    return EventView.from_frame(_table(events).to_pandas(), version)


@pytest.fixture
def events():
    return varied_events(300, seed=3)


def test_an_ingest_patches_the_cache_without_reading_every_event(store, events, monkeypatch,
                                                                 caplog):
    _write(store, events[:200])
    load_view(store)  # builds and caches
    _write(store, events[200:], source="b")

    def no_full_read():
        raise AssertionError("the whole store was read")

    monkeypatch.setattr(store, "read_arrow", no_full_read)
    with caplog.at_level("INFO", logger="geoapp.query.viewcache"):
        view = load_view(store)
    assert "view patched from version 1 to 2: 100 rows written, 0 deleted" in caplog.messages
    monkeypatch.undo()
    assert_same_view(view, _fresh(store))
    assert_same_view(load_view(store), view)  # the patched view was cached


def test_a_revised_event_replaces_its_row(store, events):
    _write(store, events)
    load_view(store)
    revised = events[5].replace(quote="Revised wording", status="reported", source_name="New one")
    _write(store, [revised], source="revision")
    view = load_view(store)
    assert_same_view(view, _fresh(store))
    row = view.frame[view.frame["event_id"] == revised.event_id]
    assert row["quote"].tolist() == ["Revised wording"] and len(view) == len(events)
    assert "New one" in view.categories("source_name")


def test_deleted_ids_leave_the_view_and_their_categories_with_them(events):
    view = _view(events, version=1)
    gone = [e.event_id for e in events if e.source_name == "Source C"]
    changes = Changes(1, 2, ARROW_SCHEMA.empty_table(), gone)
    after = patched(view, changes)
    rest = [e for e in events if e.source_name != "Source C"]
    assert_same_frame(after.frame, _view(rest).frame)
    assert "Source C" not in after.categories("source_name") and after.version == 2


@pytest.mark.parametrize("merge_at_most", [0, 20_000], ids=["sorted", "merged"])
def test_patching_with_new_categories_keeps_them_sorted_like_a_fresh_build(events, monkeypatch,
                                                                            merge_at_most):
    monkeypatch.setattr(viewcache, "_MERGE_AT_MOST", merge_at_most)
    view = _view(events[:150], version=1)
    newcomers = [e.replace(source_name="AAA first", actor1="Zed") for e in events[150:]]
    after = patched(view, Changes(1, 2, _table(newcomers), []))
    assert_same_frame(after.frame, _view(events[:150] + newcomers).frame)


@pytest.mark.parametrize("batch_rows", [7, 64])
def test_a_patch_into_a_cache_of_many_batches_equals_a_fresh_build(store, events, monkeypatch,
                                                                   batch_rows):
    """The cache read back in many record batches (text in as many chunks): new rows go
    into them at a chunk's start, inside, at its end and after the last, and the cache
    written again keeps batches of the same size."""
    monkeypatch.setattr(viewcache, "BATCH_ROWS", batch_rows)
    _write(store, events[:200])
    load_view(store)
    _write(store, events[200:] + [e.replace(event_id=f"{e.event_id}-b") for e in events[:60:3]],
           source="b")
    view = load_view(store)
    assert pa.chunked_array(pa.array(view.frame["quote"].array)).num_chunks > 1
    assert_same_view(view, _fresh(store))
    with pa.memory_map(str(cache_path(store))) as source:
        reader = pa.ipc.open_file(source)
        sizes = [reader.get_batch(i).num_rows for i in range(reader.num_record_batches)]
    assert sizes[:-1] == [batch_rows] * (len(sizes) - 1) and sum(sizes) == len(view)
    assert_same_view(load_view(store), view)


def test_rows_inserted_into_arrow_chunks_land_where_numbers_do():
    old = np.arange(10)
    new = np.arange(100, 106)
    for places in ([0, 0, 3, 5, 10, 10], [10] * 6, [0] * 6, [2, 4, 4, 6, 8, 9]):
        at = np.array(places)
        want = viewcache._interleaved(old, new, at)
        assert sorted(want.tolist()) == sorted(old.tolist() + new.tolist())
        assert (np.flatnonzero(want >= 100) == at + np.arange(6)).all()
        chunks = pa.chunked_array([pa.array(old[:3]), pa.array(old[3:5]), pa.array(old[5:])])
        got = viewcache._interleaved_chunks(chunks, pa.array(new), at)
        assert got.to_numpy().tolist() == want.tolist()
        kept = {chunk.buffers()[1].address for chunk in chunks.chunks}
        assert sum(len(c) for c in got.chunks  # the kept rows: slices, not copies
                   if c.buffers()[1].address in kept) == len(old)


def test_a_layout_change_rebuilds_once_and_says_so(store, events, monkeypatch, caplog):
    _write(store, events)
    load_view(store)
    monkeypatch.setattr(viewcache, "LAYOUT", "another-layout")
    with caplog.at_level("WARNING", logger="geoapp.query.viewcache"):
        assert_same_view(load_view(store), _fresh(store))
    assert caplog.messages == [
        "building the whole view: the view's columns changed (a schema change)"]
    caplog.clear()
    with caplog.at_level("WARNING", logger="geoapp.query.viewcache"):
        load_view(store)
    assert caplog.messages == []


def test_the_cache_is_an_arrow_file_that_maps_into_memory(store, events):
    _write(store, events)
    load_view(store)
    with pa.memory_map(str(cache_path(store))) as source:
        table = pa.ipc.open_file(source).read_all()
    assert table.num_rows == len(events)
    assert table.schema.metadata[b"geoapp_view_store"] == store.identity.encode()


def test_missing_figures_are_cached_as_nan_and_load_as_built(store, events):
    """Floats keep NaN as a value, not a null (a start copies them without filling)."""
    _write(store, events)
    load_view(store)
    with pa.memory_map(str(cache_path(store))) as source:
        table = pa.ipc.open_file(source).read_all()
    floats = [f.name for f in table.schema if pa.types.is_floating(f.type)]
    assert floats and all(table[name].null_count == 0 for name in floats)
    assert any(pc.is_nan(table[name]).to_numpy(zero_copy_only=False).any()
               for name in floats)
    assert_same_view(load_view(store), _fresh(store))


def _incidents_by_id(view: EventView) -> dict[str, int]:
    """Event id → the smallest id of its incident (ids compare across differently built views)."""
    frame = pd.DataFrame({"id": view.frame["event_id"].astype(str),
                          "incident": view.incidents().to_numpy()})
    first = frame.groupby("incident")["id"].transform("min")
    return dict(zip(frame["id"], first, strict=True))


def test_incidents_are_cached_with_the_view_and_linked_again_when_it_changes(
        store, events, monkeypatch):
    import dataclasses

    from geoapp import review
    from geoapp.query import view as view_module

    _write(store, events[:200])
    restated = [dataclasses.replace(e, event_id=f"again-{e.event_id}", source_name="Restater")
                for e in events[:200:4]]
    _write(store, restated, source="restatements")
    built = load_view(store)
    assert len(set(_incidents_by_id(built).values())) < len(built)  # restatements linked

    def no_linking(*args, **kwargs):
        raise AssertionError("linked again although the cache holds the incidents")

    with monkeypatch.context() as patch:
        patch.setattr(view_module, "linked_incidents", no_linking)
        cached = load_view(store)
        assert _incidents_by_id(cached) == _incidents_by_id(built)
        assert (cached.sources() == built.sources()).all()

    def fresh_links() -> dict[str, int]:
        fresh = _fresh(store)
        fresh.links = store.incident_links()
        return _incidents_by_id(fresh)

    _write(store, events[200:], source="b")  # a patch links the patched view
    assert _incidents_by_id(load_view(store)) == fresh_links()
    a, b = (str(i) for i in built.frame["event_id"].iloc[[0, 1]])
    review.link(store, a, b, confirmed=True, reviewer="tester")  # new links: linked again
    linked = load_view(store)
    assert _incidents_by_id(linked)[a] == _incidents_by_id(linked)[b]
    assert _incidents_by_id(linked) == fresh_links()


def test_a_patch_with_restatements_links_like_a_rebuild(store, caplog):
    """Restatements in the new batch link to events already cached (one of them already
    restated once), under the analyst's links; the patched view's incidents, sources and
    cache equal a view built and linked from scratch. The first batch holds most events,
    so linking walks from the others only, as in a large store."""
    import dataclasses
    import datetime as dt
    from collections import Counter

    from geoapp import review

    events = varied_events(700, seed=5)
    _write(store, events[:600])
    _write(store, [dataclasses.replace(e, event_id=f"first-{e.event_id}", source_name="Restater")
                   for e in events[:600:12]], source="restatements")
    built = load_view(store)
    a, b = (str(i) for i in built.frame["event_id"].iloc[[3, 4]])
    review.link(store, a, b, confirmed=True, reviewer="tester")
    mates = [i for i, n in _incidents_by_id(load_view(store)).items() if i.startswith("first-")]
    original = mates[0].removeprefix("first-")
    review.link(store, original, mates[0], confirmed=False, reviewer="tester")
    before = len(set(_incidents_by_id(load_view(store)).values()))
    again = [dataclasses.replace(e, event_id=f"second-{e.event_id}", source_name="Second",
                                 date_end=e.date_end + dt.timedelta(days=i % 2))
             for i, e in enumerate(events[:600:9])]
    _write(store, events[600:] + again, source="b")
    with caplog.at_level("INFO", logger="geoapp.query.viewcache"):
        patched_view = load_view(store)
    assert any(m.startswith("view patched from version") for m in caplog.messages)
    fresh = _fresh(store)
    fresh.links = store.incident_links()
    assert_same_view(patched_view, fresh)
    got = _incidents_by_id(patched_view)
    assert got == _incidents_by_id(fresh)
    assert (patched_view.sources() == fresh.sources()).all()
    sizes = Counter(got.values())
    linked_again = [i for i in got if i.startswith("second-") and sizes[got[i]] > 1]
    assert linked_again  # restatements in the new batch did link to cached events
    assert len(set(got.values())) < before + len(events) - 600 + len(again)
    assert got[a] == got[b] and got[original] != got[mates[0]]  # the analyst's links hold
    assert _incidents_by_id(load_view(store)) == got  # and the cache keeps them


def test_a_batch_added_to_one_batch_is_linked_from_its_rows_like_a_rebuild(store, caplog):
    """Restatements in a batch of their own, added to a store ingested at once: linked from
    the new rows and the cached incidents (not every event), equal to linking every event,
    and cached with their pairs for the next patch."""
    import dataclasses

    events = varied_events(700, seed=6)
    _write(store, events[:600])
    load_view(store)
    again = [dataclasses.replace(e, event_id=f"again-{e.event_id}", source_name="Again")
             for e in events[:600:7]]
    _write(store, events[600:] + again, source="b")
    with caplog.at_level("INFO", logger="geoapp.query.viewcache"):
        patched_view = load_view(store)
    assert f"linked {100 + len(again)} added events from the cached incidents" in caplog.messages
    fresh = _fresh(store)
    fresh.links = store.incident_links()
    got = _incidents_by_id(patched_view)
    assert got == _incidents_by_id(fresh) and len(set(got.values())) < len(got)
    assert _pairs(patched_view) == _pairs(fresh)
    assert (patched_view.sources() == fresh.sources()).all()
    cached = load_view(store)
    assert _incidents_by_id(cached) == got and _pairs(cached) == _pairs(fresh)


def _pairs(view) -> set[tuple[str, str]]:
    """The view's incident pairs by event id (positions move as rows are added)."""
    ids = view.frame["event_id"].astype(str).to_numpy()
    return {tuple(sorted((ids[a], ids[b]))) for a, b in view.pairs().T.tolist()}


def assert_identical_frame(got: pd.DataFrame, want: pd.DataFrame) -> None:
    """Equal down to each column's dtype, its categories' dtype and its category codes."""
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    for column in want.columns:
        if isinstance(want[column].dtype, pd.CategoricalDtype):
            assert got[column].cat.categories.dtype == want[column].cat.categories.dtype, column
            assert got[column].cat.codes.tolist() == want[column].cat.codes.tolist(), column


def test_the_whole_build_in_arrow_equals_the_frame_built_from_pandas(store, events):
    """Events written out of id order, with missing values and all-empty columns."""
    _write(store, events[150:])
    _write(store, events[:150], source="b")
    view = load_view(store)  # no cache yet: the whole view is built
    assert_identical_frame(view.frame, _fresh(store).frame)
    assert view.version == store.data_version()
    assert view.frame["location_text"].isna().all()  # an all-empty category column
    # ... and the cache it wrote loads as that same frame
    assert_identical_frame(load_view(store).frame, view.frame)


def test_the_arrow_build_sorts_ids_that_come_in_any_order(events):
    table = _table(events)
    shuffled = table.take(pa.array(list(range(len(events)))[::-1]))  # ids descending
    want = EventView.from_frame(table.to_pandas()).frame
    assert_identical_frame(viewcache.view_frame(view_table(shuffled)), want)
    assert_identical_frame(viewcache.view_frame(view_table(table)), want)
    empty = viewcache.view_frame(view_table(table.slice(0, 0)))
    assert list(empty.columns) == list(want.columns) and not len(empty)


def test_a_background_write_that_fails_is_a_warning_and_the_next_start_patches(
        store, events, monkeypatch, caplog):
    """The cache is written after the first page by a thread nobody waits for: a store gone
    away meanwhile must cost a warning, not an error in that thread."""
    import threading

    _write(store, events[:200])
    load_view(store)
    _write(store, events[200:], source="b")

    def gone(version):
        raise ConnectionError("server closed the connection unexpectedly")

    monkeypatch.setattr(store, "version_token", gone)
    failures = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    with caplog.at_level("WARNING", logger="geoapp.query.viewcache"):
        view = load_view(store, background=True)
        for thread in threading.enumerate():
            if thread.name == "geoapp-viewcache":
                thread.join()
    assert failures == []
    assert any("could not keep the view cache" in m and "closed the connection" in m
               for m in caplog.messages)
    monkeypatch.undo()
    assert len(view) == 300
    assert_same_view(load_view(store), _fresh(store))  # the cache left behind is patched


def assert_same_tables(got: EventView, want: EventView) -> None:
    """The incident tables (sources, linked events by incident, their figures) are equal."""
    a, b = got.incident_tables(), want.incident_tables()
    assert a.sources.tolist() == b.sources.tolist()
    assert a.linked.tolist() == b.linked.tolist()
    assert a.starts.tolist() == b.starts.tolist()
    assert list(a.bounds) == list(b.bounds)
    for kind, (low, high) in b.bounds.items():
        np.testing.assert_array_equal(a.bounds[kind][0], low, err_msg=kind)
        np.testing.assert_array_equal(a.bounds[kind][1], high, err_msg=kind)


def _fresh_linked(store) -> EventView:
    fresh = _fresh(store)
    fresh.links = store.incident_links()
    return fresh


def _never(*args, **kwargs):
    raise AssertionError("built again although the cache holds them")


def _restored_without_building(store, monkeypatch) -> EventView:
    """The view as a start with the cache current loads it: incidents and their tables
    read back, neither linked nor derived again."""
    from geoapp.query import view as view_module

    with monkeypatch.context() as patch:
        patch.setattr(view_module, "linked_incidents", _never)
        patch.setattr(view_module.IncidentTables, "of", _never)
        view = load_view(store)
        assert view.tables_known()
        view.incident_keys(), view.sources(), view.linked_bounds()
    return view


def test_the_incident_tables_are_cached_and_patched_equal_to_fresh_ones(store, monkeypatch,
                                                                        caplog):
    """After a whole build, a batch added (linked from its rows), a review, a deletion and
    an analyst's link, the tables the cache keeps equal tables built afresh, and a start
    with the cache current reads them instead of building them."""
    import dataclasses

    from geoapp import review

    events = varied_events(700, seed=6)
    _write(store, events[:600])
    _write(store, [dataclasses.replace(e, event_id=f"first-{e.event_id}", source_name="Other")
                   for e in events[:600:11]], source="restatements")
    built = load_view(store)
    assert len(built.linked_by_incident())  # restatements linked: tables worth keeping
    assert_same_tables(built, _fresh_linked(store))
    assert_same_tables(_restored_without_building(store, monkeypatch), _fresh_linked(store))

    again = [dataclasses.replace(e, event_id=f"again-{e.event_id}", source_name="Again")
             for e in events[:600:7]]
    ids = [str(i) for i in built.frame["event_id"]]
    for change in (
            lambda: _write(store, events[600:] + again, source="b"),  # linked from its rows
            lambda: review.reject(store, ids[10], reviewer="tester"),
            lambda: review.split(store, ids[20], [{"killed_low": 1}, {"killed_low": 2}],
                                 reviewer="tester"),  # the original deleted
            lambda: review.link(store, ids[30], ids[40], confirmed=True, reviewer="tester")):
        change()
        with caplog.at_level("INFO", logger="geoapp.query.viewcache"):
            caplog.clear()
            patched_view = load_view(store)
        assert not any(m.startswith("building the whole view") for m in caplog.messages)
        fresh = _fresh_linked(store)
        assert_same_view(patched_view, fresh)
        assert_same_tables(patched_view, fresh)
        assert_same_tables(_restored_without_building(store, monkeypatch), fresh)
        assert (load_view(store).incident_keys() == fresh.incident_keys()).all()


def test_incident_tables_lost_or_of_another_write_are_built_and_kept_again(store, events,
                                                                          monkeypatch):
    import shutil

    from geoapp.query import view as view_module
    from geoapp.query.viewcache import linked_path

    _write(store, events[:200])
    _write(store, [e.replace(event_id=f"{e.event_id}-b", source_name="B") for e in events[:200:3]],
           source="b")
    load_view(store)
    stale = linked_path(store).with_suffix(".stale")
    shutil.copyfile(linked_path(store), stale)
    _write(store, events[200:], source="c")
    load_view(store)  # patched: the tables beside it are of the new version
    for setback in (lambda: linked_path(store).unlink(),
                    lambda: shutil.copyfile(stale, linked_path(store))):
        setback()
        with monkeypatch.context() as patch:  # the incidents are read back, not linked
            patch.setattr(view_module, "linked_incidents", _never)
            view = load_view(store)
        assert_same_tables(view, _fresh_linked(store))
        assert_same_tables(_restored_without_building(store, monkeypatch),
                           _fresh_linked(store))  # and kept again


def test_a_cache_of_the_layout_before_incident_tables_is_rebuilt_and_says_so(
        store, events, monkeypatch, caplog):
    """A cache of layout 5 (incidents without their sources and tables) is not read as
    this one: the whole view is built again, with its tables, and says why."""
    import hashlib

    from geoapp.model import FIELD_NAMES
    from geoapp.query.view import CATEGORY_FIELDS, TEXT_FIELDS
    from geoapp.query.viewcache import linked_path

    _write(store, events)
    old = hashlib.sha256(repr((5, FIELD_NAMES, CATEGORY_FIELDS, TEXT_FIELDS)).encode()
                         ).hexdigest()[:16]
    with monkeypatch.context() as patch:
        patch.setattr(viewcache, "LAYOUT", old)
        load_view(store)
    linked_path(store).unlink()
    with caplog.at_level("INFO", logger="geoapp.query.viewcache"):
        view = load_view(store)
    assert "building the whole view: the view's columns changed (a schema change)" in (
        caplog.messages)
    assert_same_view(view, _fresh(store))
    assert linked_path(store).exists()
    assert_same_tables(_restored_without_building(store, monkeypatch), _fresh_linked(store))


def test_a_batch_linked_from_its_rows_extends_the_kept_incident_tables(store, monkeypatch,
                                                                       caplog):
    """Restatements added to a store of one batch (with an analyst's link, so incidents
    are linked already): the kept tables are extended, not built again, and equal tables
    built afresh."""
    import dataclasses

    from geoapp import review
    from geoapp.query import view as view_module

    events = varied_events(700, seed=6)
    _write(store, events[:600])
    a, b = (str(i) for i in load_view(store).frame["event_id"].iloc[[5, 300]])
    review.link(store, a, b, confirmed=True, reviewer="tester")
    before = load_view(store)
    assert len(before.linked_by_incident()) == 2
    again = [dataclasses.replace(e, event_id=f"again-{e.event_id}", source_name="Again")
             for e in events[:600:7]]
    _write(store, events[600:] + again, source="b")
    with monkeypatch.context() as patch, caplog.at_level("INFO", logger="geoapp.query.viewcache"):
        patch.setattr(view_module.IncidentTables, "of", _never)
        patched_view = load_view(store)
    assert f"linked {100 + len(again)} added events from the cached incidents" in caplog.messages
    fresh = _fresh_linked(store)
    assert_same_tables(patched_view, fresh)
    ids = patched_view.frame["event_id"].to_numpy()
    linked = set(ids[patched_view.linked_by_incident()])
    assert {a, b} <= linked and any(i.startswith("again-") for i in linked)
    assert_same_tables(_restored_without_building(store, monkeypatch), fresh)


def test_a_cache_behind_the_store_is_taken_as_it_is_only_when_asked(store, events, monkeypatch):
    from geoapp import review
    from geoapp.query import view as view_module

    monkeypatch.setattr(viewcache, "BEHIND_AT_LEAST", 200)
    _write(store, events[:199])
    load_view(store)
    _write(store, events[199:200])
    assert load_view(store, behind=True).version == store.data_version()  # small: patched
    _write(store, events[:200])
    built = load_view(store)
    _write(store, events[200:], source="b")

    def no_linking(*args, **kwargs):
        raise AssertionError("linked although the cache was taken as it is")

    with monkeypatch.context() as patch:
        patch.setattr(view_module, "linked_incidents", no_linking)
        behind = load_view(store, behind=True)
    assert behind.version == built.version < store.data_version()
    assert_same_frame(behind.frame, built.frame)
    assert _incidents_by_id(behind) == _incidents_by_id(built)
    assert load_view(store).version == store.data_version()  # a plain load patches

    a, b = (str(i) for i in built.frame["event_id"].iloc[[0, 1]])
    review.link(store, a, b, confirmed=True, reviewer="tester")
    # incidents cached under other links cannot be served as they are: patched and linked
    relinked = load_view(store, behind=True)
    assert relinked.version == store.data_version()
    assert _incidents_by_id(relinked)[a] == _incidents_by_id(relinked)[b]


def test_a_view_in_memory_is_patched_as_it_is_and_left_as_it_was(store, events, monkeypatch):
    """A server patches the view it answers from, not a second copy read from the cache."""
    import dataclasses

    _write(store, events[:200])
    restated = [dataclasses.replace(e, event_id=f"again-{e.event_id}", source_name="Restater")
                for e in events[200::4]]
    served = load_view(store)
    before = served.frame.copy()
    _write(store, events[200:], source="b")
    _write(store, restated, source="restatements")

    def no_read(*args, **kwargs):
        raise AssertionError("the cache was read again")

    with monkeypatch.context() as patch:
        patch.setattr(viewcache, "_read_cache", no_read)
        patched_view = load_view(store, since=served)
    assert patched_view.version == store.data_version() != served.version
    assert_same_frame(served.frame, before)                       # left as it was
    rebuilt = _fresh(store)
    assert_same_frame(patched_view.frame, rebuilt.frame)
    rebuilt.links = store.incident_links()
    assert _incidents_by_id(patched_view) == _incidents_by_id(rebuilt)
    assert (patched_view.sources() == rebuilt.sources()).all()
    with monkeypatch.context() as patch:                          # and the cache written
        patch.setattr(viewcache, "_patch", no_read)
        assert load_view(store).version == store.data_version()
