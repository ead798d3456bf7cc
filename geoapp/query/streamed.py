"""The view read from its cache one record batch at a time, for exports that stream.

At ten million events the whole view holds about 1.8 GB, yet a GeoJSON export
needs one batch of it at a time: the cache is sorted like the view, so the
batches in file order, each filtered on its own, give the export's rows in the
same (date, id) order. A :class:`StreamedView` reads the file with plain reads
(not a memory map, whose pages would stay in the resident set) and only the
columns a pass asks for, so its memory is a batch's, whatever the store's size.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from geoapp.query.areas import AreaView
from geoapp.query.view import EventView
from geoapp.query.viewcache import (
    INCIDENT_COLUMNS,
    cache_path,
    cache_version,
    load_areas,
    load_events,
    view_frame,
)
from geoapp.store import Store, StoreError

#: Columns every part carries: the view's date arrays are built from them.
_DAY_COLUMNS = ("start_day", "end_day")


@dataclass
class StreamedView:
    """The cache file of one data version, as parts (:class:`EventView` of one batch each)."""

    source: pa.NativeFile
    version: int
    areas: AreaView

    def parts(self, columns: Sequence[str] | None = None) -> Iterator[EventView]:
        """Each record batch as a view of its own, with ``columns`` only (default: all)."""
        names = pa.ipc.open_file(self.source).schema.names
        wanted = (set(names if columns is None else [*columns, *_DAY_COLUMNS])
                  - set(INCIDENT_COLUMNS))
        included = [i for i, name in enumerate(names) if name in wanted]
        reader = pa.ipc.open_file(self.source,
                                  options=pa.ipc.IpcReadOptions(included_fields=included))
        for i in range(reader.num_record_batches):
            yield EventView(view_frame(reader.get_batch(i)), self.version, self.areas)

    def day_span(self) -> tuple[int, int] | None:
        """First start day and last end day over every batch (reads the day columns only)."""
        spans = [s for part in self.parts(_DAY_COLUMNS) if (s := part.day_span()) is not None]
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)


@contextmanager
def stream_view(store: Store) -> Iterator[StreamedView]:
    """The store's view as a :class:`StreamedView` of its current cache.

    A cache that is missing or behind the store is brought up to date first
    (:func:`~geoapp.query.viewcache.load_events`, which holds the whole view once,
    as a ``serve`` start does); the file stays open, so a newer cache written
    meanwhile does not change what this export reads.
    """
    areas = load_areas(store)
    path = cache_path(store)
    source, version = _open(path, store, current=True)
    if source is None:
        load_events(store)  # patches (or builds) and writes the cache, then lets it go
        source, version = _open(path, store, current=False)
    if source is None:
        raise StoreError(f"the view cache {path} could not be written and read back")
    try:
        yield StreamedView(source, version, areas)
    finally:
        source.close()


def _open(path: Path, store: Store, *, current: bool) -> tuple[pa.NativeFile | None, int]:
    """The cache file, opened, and its version; (None, 0) if it is unusable (or behind the
    store, when ``current``)."""
    if not path.exists():
        return None, 0
    source = pa.OSFile(str(path))
    try:
        version, _ = cache_version(pa.ipc.open_file(source), store)
    except (OSError, ValueError, pa.ArrowException):
        version = None
    if version is None or (current and version != store.data_version()):
        source.close()
        return None, 0
    return source, version
