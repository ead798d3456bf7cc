"""A streamed export (the view cache a record batch at a time) writes the same bytes as one
made from the whole view in memory, on a store whose cache spans many batches."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from click.testing import CliRunner
from helpers.dataset_data import varied_events

from geoapp.cli import cli
from geoapp.export.geojson import write_geojson, write_geojsonseq
from geoapp.frames import events_to_frame
from geoapp.query import EventFilter, load_view, viewcache
from geoapp.query.streamed import stream_view
from geoapp.store import Batch, open_store

BATCH = 16  # rows per record batch of the cache: 300 events make 19 batches
FILTERS = [
    EventFilter(),
    EventFilter(date_from=dt.date(2023, 2, 1), date_to=dt.date(2023, 9, 30)),
    EventFilter(sources=("Source B",), countries=("UA", "NA"), include_unreviewed=True),
    EventFilter(text="drone", actors=("Actor two",)),
    EventFilter(date_from=dt.date(2030, 1, 1)),  # selects nothing
]
_GENERATED = re.compile(rb'"generated_at":"[^"]*"')


def _write(store, events, source: str) -> None:
    store.write_batch(Batch.from_frame(events_to_frame(events), source=source, format="f"))


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(viewcache, "BATCH_ROWS", BATCH)


@pytest.fixture
def store(tmp_path, small_batches):
    store = open_store(tmp_path / "events.db")
    _write(store, varied_events(300, seed=11), "a")
    yield store
    store.close()


def _same_text(path) -> bytes:
    """The file without its time of writing (the one part two exports may differ in)."""
    return _GENERATED.sub(b'"generated_at":""', path.read_bytes())


@pytest.mark.parametrize("flt, region_geometry",
                         [(flt, False) for flt in FILTERS] + [(FILTERS[1], True)])
@pytest.mark.parametrize("writer", [write_geojsonseq, write_geojson])
def test_streamed_export_writes_the_bytes_of_the_whole_view(store, tmp_path, writer, flt,
                                                            region_geometry):
    whole = load_view(store)
    want = writer(whole, flt, tmp_path / "whole", region_geometry=region_geometry)
    with stream_view(store) as view:
        got = writer(view, flt, tmp_path / "streamed", region_geometry=region_geometry)
        parts = [len(part) for part in view.parts()]
    assert got == want == len(whole.select(flt))
    assert _same_text(tmp_path / "streamed") == _same_text(tmp_path / "whole")
    assert len(parts) > 10 and max(parts) <= BATCH and sum(parts) == len(whole)


def test_a_pass_reads_only_the_columns_it_asks_for(store):
    with stream_view(store) as view:
        part = next(view.parts(["source_name"]))
        assert set(part.frame.columns) == {"source_name", "start_day", "end_day"}
        assert view.day_span() == load_view(store).day_span()


def test_a_cache_behind_the_store_is_brought_up_to_date_first(store, tmp_path):
    load_view(store)  # caches version 1
    _write(store, varied_events(40, seed=12), "b")  # the store moves on
    with stream_view(store) as view:
        assert view.version == store.data_version()
        write_geojsonseq(view, EventFilter(), tmp_path / "streamed")
    write_geojsonseq(load_view(store), EventFilter(), tmp_path / "whole")
    assert (tmp_path / "streamed").read_bytes() == (tmp_path / "whole").read_bytes()


@pytest.mark.parametrize("fmt", ["geojsonseq", "geojson"])
def test_the_cli_streams_and_writes_what_the_view_gives(store, tmp_path, fmt):
    out = tmp_path / f"cli.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--db", str(store.path), "--format", fmt,
                                       "--from", "2023-01-01", "-o", str(out)])
    assert result.exit_code == 0, result.output
    flt = EventFilter(date_from=dt.date(2023, 1, 1))
    writer = write_geojsonseq if fmt == "geojsonseq" else write_geojson
    count = writer(load_view(store), flt, tmp_path / "whole")
    assert result.output.startswith(f"wrote {count:,} events")
    assert _same_text(out) == _same_text(tmp_path / "whole")
    if fmt == "geojson":
        assert json.loads(out.read_bytes())["geoapp"]["count"] == count
