"""Running totals kept beside the view cache: read back as they were, patched after an
ingest, and always answering as totals built from scratch would."""

from __future__ import annotations

import dataclasses
import shutil

import numpy as np
import pandas as pd
import pytest
from helpers.dataset_data import varied_events

from geoapp.frames import events_to_frame
from geoapp.query import (
    EventFilter,
    EventView,
    by_region,
    by_source,
    clusters,
    load_view,
    window,
)
from geoapp.query.aggregate import counts
from geoapp.query.summary import headline, prepare_sums
from geoapp.query.viewcache import cache_path, save_sums, sums_path
from geoapp.store import Batch, open_store


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch):
    """Blocks and runs sized for a few hundred events."""
    monkeypatch.setattr(window, "MIN_RUN", 20)
    monkeypatch.setattr(window, "BLOCK", 8)
    monkeypatch.setattr(window, "PART_ROWS", 40)


@pytest.fixture
def events():
    return varied_events(400, seed=11)


@pytest.fixture
def builds(monkeypatch) -> list[int]:
    """Counts the tables built from the rows (not read back nor patched)."""
    calls: list[int] = []
    build = window.BlockSums._build

    def counted(self):
        calls.append(1)
        return build(self)

    monkeypatch.setattr(window.BlockSums, "_build", counted)
    return calls


def _write(store, events, source="a"):
    store.write_batch(Batch.from_frame(events_to_frame(events), source=source, format="f"))


def _fresh(store) -> EventView:
    view = EventView.from_frame(store.read_arrow().to_pandas(), store.data_version())
    view.links = store.incident_links()
    return view


#: The zoom whose cluster cells a start prepares in these tests.
ZOOM = 6


def _started(store) -> EventView:
    """A view as a server start has it: loaded, totals and cells prepared, then kept on disk."""
    view = load_view(store)
    prepare_sums(view)
    clusters.prepare_grid(view, ZOOM)
    save_sums(view, store)
    return view


def _answers(view: EventView) -> list:
    rng = np.random.default_rng(4)
    first, last = view.day_span()
    out = []
    for i in range(20):
        lo, hi = sorted(int(d) for d in rng.integers(first, last + 1, 2))
        flt = EventFilter(date_from=pd.Timestamp(lo, unit="D").date(),
                          date_to=pd.Timestamp(hi, unit="D").date(), include_unreviewed=i % 2 == 0)
        positions = view.select(flt)
        out.append((headline(view, positions), by_region(view, positions).to_dict("list"),
                    by_source(view, positions).to_dict("list"),
                    counts(view, "event_type", positions).tolist(),
                    counts(view, "status", positions).tolist()))
    everything = np.arange(len(view))
    return out + [(headline(view, everything), by_region(view, everything).to_dict("list"))]


def assert_totals_are_the_rows(view: EventView) -> None:
    """Every table's totals are the sums of the rows before each of its bounds."""
    tables = view.cached("sums-built", dict)
    assert tables
    for table in tables.values():
        for bound, total in zip(table.bounds, table.prefix, strict=True):
            np.testing.assert_array_equal(total, table.direct(np.arange(bound)))


def test_totals_kept_on_disk_are_read_back_at_the_next_start(store, events, builds):
    _write(store, events)
    first = _started(store)
    assert builds and sums_path(store).exists()
    builds.clear()
    again = _started(store)
    assert builds == []  # every table read back, none built
    assert_totals_are_the_rows(again)
    assert _answers(again) == _answers(first)


def test_totals_patched_after_an_ingest_equal_fresh_ones(store, events, builds):
    """New events land among the old ones (by date): the kept totals move their bounds
    past them and add them in, new sources and regions included, and answer every
    window as totals built on a view built from scratch."""
    _write(store, events[:340])
    _started(store)
    newcomers = [dataclasses.replace(e, source_name="AAA new source", adm1_code="ZZ-99")
                 if i % 3 == 0 else e for i, e in enumerate(events[340:])]
    _write(store, newcomers, source="b")
    builds.clear()
    patched = _started(store)
    assert builds == []  # patched, not built
    assert_totals_are_the_rows(patched)
    fresh = _fresh(store)
    assert _answers(patched) == _answers(fresh)
    assert "AAA new source" in by_source(patched, np.arange(len(patched)))["source_name"].tolist()
    builds.clear()
    again = _started(store)  # the patched totals were kept for the new version
    assert builds == [] and _answers(again) == _answers(fresh)


def test_totals_are_built_again_when_rows_were_replaced(store, events, builds):
    _write(store, events)
    _started(store)
    _write(store, [events[7].replace(source_name="Revised", killed_low=40, killed_high=50)],
           source="revision")
    builds.clear()
    view = _started(store)
    assert builds  # a row replaced: nothing to patch by adding, built from the rows
    assert _answers(view) == _answers(_fresh(store))


def test_unreadable_totals_are_built_again_with_a_warning(store, events, builds, caplog):
    _write(store, events)
    _started(store)
    sums_path(store).write_bytes(b"not what was written")
    builds.clear()
    with caplog.at_level("WARNING", logger="geoapp.query.viewcache"):
        view = _started(store)
    assert builds and any("unreadable" in m for m in caplog.messages)
    assert _answers(view) == _answers(_fresh(store))


def test_a_copied_store_keeps_its_caches(tmp_path, events, builds, caplog):
    """The caches are keyed to the id the store was given, not to its path."""
    store = open_store(tmp_path / "a.db")
    _write(store, events)
    first = _started(store)
    store.close()
    copy_dir = tmp_path / "elsewhere"
    copy_dir.mkdir()
    for path in tmp_path.glob("a.db*"):
        shutil.copyfile(path, copy_dir / path.name.replace("a.db", "b.db"))
    copy = open_store(copy_dir / "b.db")
    builds.clear()
    with caplog.at_level("INFO", logger="geoapp.query.viewcache"):
        view = _started(copy)
    assert "loaded 400 events from the view cache" in caplog.messages
    assert builds == [] and _answers(view) == _answers(first)
    _write(copy, events[:3], source="again")  # the copy moves on: its cache is patched
    assert _answers(_started(copy)) == _answers(_fresh(copy))
    assert cache_path(copy).parent == copy_dir
    copy.close()


def test_cells_kept_on_disk_are_read_back_and_patched_as_projected(store, events, monkeypatch):
    """The first zoom's cluster cells come back from disk, the added rows' projected and
    put in their places: every point's cells as projecting the whole view gives."""
    _write(store, events[:340])
    _started(store)
    _write(store, events[340:], source="b")
    projected = clusters._view_cells
    calls: list[int] = []
    monkeypatch.setattr(clusters, "_view_cells", lambda *a: calls.append(1) or projected(*a))
    for _ in range(2):  # patched, then read back as they are
        view = _started(store)
        assert calls == []
        kept = clusters.kept_cells(view)[(ZOOM, clusters.CELL_PX)]
        for got, want in zip(kept, projected(view, ZOOM, clusters.CELL_PX), strict=True):
            np.testing.assert_array_equal(got, want)


def test_large_members_are_mapped_from_the_file_as_np_load_reads_them(tmp_path):
    from geoapp.query.viewcache import _MAP_AT_LEAST, _mapped_npz

    rows = _MAP_AT_LEAST // 8 + 10
    arrays = {"meta": np.array('{"layout": "x"}'), "0.bounds": np.arange(rows),
              "0.prefix": np.asfortranarray(np.arange(rows * 3, dtype="float64").reshape(rows, 3)),
              "0.labels": np.array(["a", "bb", "ccc"]), "cells0.x": np.arange(rows, dtype="int32")}
    path = tmp_path / "sums.npz"
    np.savez(path, **arrays)
    got = _mapped_npz(path)
    assert list(got) == list(arrays)
    for name, want in arrays.items():
        assert got[name].dtype == want.dtype and got[name].shape == want.shape, name
        np.testing.assert_array_equal(got[name], want, err_msg=name)
    assert type(got["0.bounds"]) is np.ndarray and isinstance(got["0.bounds"].base, np.memmap)
    assert not isinstance(got["meta"].base, np.memmap)  # a small member: read
    got["0.bounds"][0] = -1  # copy-on-write: the file keeps its values
    assert _mapped_npz(path)["0.bounds"][0] == 0


def test_every_rows_headline_is_kept_with_the_totals_for_the_next_start(store, events,
                                                                          monkeypatch):
    """A start's first header (every row) is summed once and kept beside the cache: the
    next start reads it (summing nothing), equal to one summed afresh; after an ingest it
    is summed again."""
    from geoapp.query import summary

    _write(store, events)
    _write(store, [e.replace(event_id=f"{e.event_id}-b", source_name="B") for e in events[::5]],
           source="b")
    first = _started(store)
    everything = np.arange(len(first))
    want = summary._headline(_fresh(store), everything)
    assert headline(first, everything, include_unreviewed=True) == dataclasses.replace(
        want, include_unreviewed=True)

    def never(*args, **kwargs):
        raise AssertionError("every row summed again although kept")

    with monkeypatch.context() as patch:
        patch.setattr(summary, "_headline", never)
        again = load_view(store)
        assert headline(again, everything) == want
    mtime = sums_path(store).stat().st_mtime_ns
    _started(store)
    assert sums_path(store).stat().st_mtime_ns == mtime  # all read as kept: nothing written
    _write(store, events[:3] + [e.replace(event_id=f"{e.event_id}-c") for e in events[:50]],
           source="c")
    after = _started(store)
    assert headline(after, np.arange(len(after))) == summary._headline(
        _fresh(store), np.arange(len(after)))
