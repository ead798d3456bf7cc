"""The view's cache: an Arrow IPC file next to the store, patched with each change, not rebuilt.

Building the view from the store reads and converts every event (about 7 s of
CPU at a million). So the view is kept as an uncompressed Arrow IPC (Feather v2) file,
memory-mapped on load: a start reads its footer to decide, then only the pages
the conversion touches. It is written in record batches of :data:`BATCH_ROWS`
rows, so a streamed export (:mod:`geoapp.query.streamed`) holds one batch at a
time. When the store has moved on since the cached version,
the view asks the store for what changed (:meth:`Store.changes_since`: rows
written since, ids deleted since), drops those ids, appends the new rows and
writes the cache again; an ingest, a review or a deletion costs in proportion
to what it changed.

The cache also keeps each event's incident id (:mod:`geoapp.query.incidents`), with a
digest of the analyst's links they were linked under, and beside it the suggested pairs
that joined them (:data:`PAIRS_SUFFIX`): a start with the cache current links nothing; a
patch that only added rows links them from the cached pairs where that is sure to equal
linking every event (:func:`~geoapp.query.incidents.extend_incidents`), else links every
event once; the patched cache keeps the result.

The running totals a server start builds (:mod:`geoapp.query.window`) are kept
beside it too (:func:`save_sums`), with every row's headline, keyed to the version they
sum: a start with the cache current reads them back (mapped from the file), one after an
ingest that only added rows patches them with those rows; any other change builds them
again.

What headers and filters derive from the incidents (:class:`IncidentTables`: each
event's sources, the linked events by incident and their figures) is kept too, the
sources as a column of the cache, the rest in a file of its own beside it
(:data:`LINKED_SUFFIX`, one record batch, mapped as it is), keyed as the cache is: a
start with the cache current derives nothing from its incidents; a patch that linked the
added rows from the cached incidents extends the cached tables, any other builds them.

The whole view is rebuilt only when the cache cannot be trusted or patched:
none yet, unreadable, the view's columns changed (a schema change, said as a
warning), another store, or a store restored to another history of the same
version (its version token differs). The caches are keyed to the id the store was
given when created, not to its path: a store moved or copied with them keeps them.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import struct
import threading
import zipfile
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.arrays import ArrowExtensionArray

from geoapp.arrowfile import replace_atomically, write_atomically
from geoapp.frames import DATE_FIELDS
from geoapp.model import FIELD_NAMES
from geoapp.query import window
from geoapp.query.areas import AreaView
from geoapp.query.clusters import keep_cells, kept_cells, point_cells
from geoapp.query.summary import keep_headline, kept_headline
from geoapp.query.view import (
    CATEGORY_FIELDS,
    TEXT_DTYPE,
    TEXT_FIELDS,
    EventView,
    IncidentTables,
    compact,
    view_table,
)
from geoapp.query.window import SavedTables, keep_saved, saved_tables, tables_of
from geoapp.store import Changes, Store

logger = logging.getLogger(__name__)

SUFFIX = ".view.arrow"
#: The running totals (:mod:`geoapp.query.window`) kept beside the cache.
SUMS_SUFFIX = ".view.sums"
#: The incidents' linked events and their figures (:class:`IncidentTables`), beside it.
LINKED_SUFFIX = ".view.linked"
#: The suggested pairs that joined the incidents (row positions), beside it.
PAIRS_SUFFIX = ".view.pairs"
#: Bumped whenever the view's derived columns, types or file layout change (3: in batches,
#: text with 32-bit offsets; 4: each event's incident id kept with the links' digest;
#: 5: and whether its group was doubtful; 6: and its sources, with :data:`LINKED_SUFFIX`;
#: 7, 8: incidents linked with an exact restatement winning a tie; 9: and found beyond the
#: sweep's reach on a crowded day; 10: compared by a guard on each other batch's events;
#: 11: the suggested pairs kept, with :data:`PAIRS_SUFFIX`, instead of doubtful flags).
_LAYOUT_VERSION = 11
#: What the cached columns mean; a cache with another layout is rebuilt (a schema change).
LAYOUT = hashlib.sha256(repr((_LAYOUT_VERSION, FIELD_NAMES, CATEGORY_FIELDS, TEXT_FIELDS))
                        .encode()).hexdigest()[:16]
#: What the kept running totals mean (:data:`LAYOUT` and how tables are laid out).
SUMS_LAYOUT = hashlib.sha256(repr((1, LAYOUT, window.BLOCK, window.MAX_CELLS)).encode()
                             ).hexdigest()[:16]
#: :meth:`EventView.cached`'s key of whether every row's headline was read with the totals.
_HEADLINE_READ = "sums-headline-read"
#: Above this many changed rows a patch sorts the whole view instead of merging.
_MERGE_AT_MOST = 20_000
#: Events from which a server answers from a cache behind the store while patching it
#: (``load_events(behind=True)``): a patch's cost grows with the view, not the change, and
#: below this, patching at once answers sooner than answering from the cache and patching
#: beside it (measured after 1,000 events were ingested: at a million 2.9 s against 3.4 s
#: for the first page and slider move; at ten million 25.5 s against 8.7–10.0 s).
BEHIND_AT_LEAST = 2_000_000
#: Rows per record batch of the cache file: what a streamed reader holds at a time.
BATCH_ROWS = 65_536
_KEYS = {"layout": b"geoapp_view_layout", "store": b"geoapp_view_store",
         "version": b"geoapp_view_version", "token": b"geoapp_view_token",
         "links": b"geoapp_view_links"}
#: The cached column of incident ids (not a column of the view's frame).
INCIDENT_COLUMN = "incident"
#: The cached column of how many sources back each event's incident (nor this one).
SOURCES_COLUMN = "incident_sources"
#: The cached columns that are not the view's frame's.
INCIDENT_COLUMNS = (INCIDENT_COLUMN, SOURCES_COLUMN)
#: The linked events' positions in :data:`LINKED_SUFFIX`'s file, whether each is its
#: incident's first (their figures follow).
_POSITION_COLUMN, _FIRST_COLUMN = "position", "first"
#: The two ends of each pair in :data:`PAIRS_SUFFIX`'s file.
_PAIR_COLUMNS = ("a", "b")


def cache_path(store: Store) -> Path:
    return Path(str(store.cache_prefix) + SUFFIX)


def linked_path(store: Store) -> Path:
    return Path(str(store.cache_prefix) + LINKED_SUFFIX)


def pairs_path(store: Store) -> Path:
    return Path(str(store.cache_prefix) + PAIRS_SUFFIX)


def load_view(store: Store, *, background: bool = False, behind: bool = False,
              since: EventView | None = None) -> EventView:
    """The store's events as a view (:func:`load_events`) with its areas over time and the
    analyst's incident links."""
    areas = load_areas(store)
    view = load_events(store, store.incident_links(), background=background, behind=behind,
                       since=since)
    view.areas = areas
    return view


def load_areas(store: Store) -> AreaView:
    """The store's areas over time (their version read first, so a write meanwhile shows as
    a newer version on the next check)."""
    version = store.areas_version()
    return AreaView.from_rows(store.read_areas(), version)


def load_events(store: Store, links: pd.DataFrame | None = None, *,
                background: bool = False, behind: bool = False,
                since: EventView | None = None) -> EventView:
    """The store's events as a view: the cache, patched with any changes since it was written.

    With the analyst's ``links``, the view's incidents come from the cache when it was
    linked under the same links, else they are linked here and cached. The running
    totals kept beside the cache come with it (:func:`load_sums`). ``background``: a
    cache to write again is written by a thread of its own (a server's first page does
    not wait for it; should the process end first, the next start patches again).
    ``behind``: a cache of :data:`BEHIND_AT_LEAST` events or more that the store has
    moved on from is returned as it is, when its incidents are kept under the same links
    (its ``version`` says how old it is), for a server that answers from it while the
    patched view is built (at ten million events a patch and its linking take half a
    minute). ``since``: a view of this store already in
    memory (what a server answers from): patched as it is, not read again from the cache;
    it is left as it was.
    """
    version = store.data_version()
    cache = cache_path(store)
    if since is not None and since.version != version:
        changes = store.changes_since(since.version)
        if changes is not None:
            return _patched_view(since, changes, _incidents_of(since, links), links, store,
                                 background)
    cached, incidents, reason = _read_cache(cache, store, links)
    if cached is not None and (cached.version == version or (
            behind and len(cached) >= BEHIND_AT_LEAST
            and (incidents is not None or links is None))):
        logger.info("loaded %d events from the view cache%s", len(cached),
                    "" if cached.version == version else
                    f" (version {cached.version}; the store is at {version})")
        load_sums(cached, store)
        if incidents is not None:
            cached.links = links
            cached.restore_incidents(*incidents)
            if not cached.tables_known():  # kept apart and lost (or behind): kept anew
                _write_linked(cached, store, background)
        elif links is not None:
            _write_cache(_linked(cached, links), cache, store, background)
        return cached
    if cached is not None:
        changes = store.changes_since(cached.version)
        if changes is not None:
            return _patched_view(cached, changes, incidents, links, store, background,
                                 release=True)
        reason = f"the store cannot list its changes since version {cached.version}"
    logger.log(logging.WARNING if reason.startswith("the view's columns") else logging.INFO,
               "building the whole view: %s", reason)
    view = EventView(view_frame(view_table(store.read_arrow(ordered=False))), version)
    if links is not None:
        _linked(view, links)
    _write_cache(view, cache, store, background)
    logger.info("built view of %d events", len(view))
    return view


def _patched_view(view: EventView, changes: Changes, incidents: _Incidents | None,
                  links: pd.DataFrame | None, store: Store, background: bool, *,
                  release: bool = False) -> EventView:
    """``view`` patched with ``changes`` (:func:`_patch`), its running totals and incidents
    carried over where only rows were added (``incidents``: ``view``'s, linked under
    ``links``), and the cache written again."""
    patched, fresh = _patch(view, changes, release=release)
    if fresh is not None:
        load_sums(patched, store, since=changes.since, fresh=fresh)
    if links is not None:
        _linked(patched, links, None if fresh is None else incidents, fresh)
    _write_cache(patched, cache_path(store), store, background)
    logger.info("view patched from version %d to %d: %d rows written, %d deleted",
                changes.since, changes.version, changes.events.num_rows, len(changes.deleted))
    return patched


def _incidents_of(view: EventView, links: pd.DataFrame | None) -> _Incidents | None:
    """``view``'s incidents, their pairs and tables (as :func:`_read_cache` gives a cache's),
    if it has linked them under ``links``."""
    if links is None or not view.linked() or links_digest(view.links) != links_digest(links):
        return None
    return (view.incidents().to_numpy(), view.pairs(),
            view.incident_tables() if view.tables_known() else None)


def _linked(view: EventView, links: pd.DataFrame, before: _Incidents | None = None,
            fresh: np.ndarray | None = None) -> EventView:
    """``view`` with its incidents linked under ``links`` (once, here: the cache keeps them):
    with the incidents (and their tables, if kept) ``before`` rows were added at ``fresh``
    (linked under the same links), from the added rows where that is sure to equal linking
    every event."""
    view.links = links
    if before is not None and fresh is not None and view.extend_incidents(
            before[0], before[1], fresh, before[2]):
        logger.info("linked %d added events from the cached incidents", len(fresh))
    else:
        view.incidents()
    return view


def links_digest(links: pd.DataFrame) -> str:
    """What the analyst's links say, as a short hash (incidents cached under other links
    are linked again)."""
    rows = sorted(zip(links["event_a"].astype(str), links["event_b"].astype(str),
                      links["confirmed"].astype(bool), strict=True))
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def patched(view: EventView, changes: Changes) -> EventView:
    """``view`` with the changed and deleted ids dropped and the changed rows added back."""
    return _patch(view, changes)[0]


def _patch(view: EventView, changes: Changes, *, release: bool = False
           ) -> tuple[EventView, np.ndarray | None]:
    """:func:`patched`, and where rows were only added, their positions in the patched
    view (None when rows were also dropped, or the patch sorted the whole view): the
    running totals kept on disk are patched with those rows (:func:`load_sums`).

    ``release``: ``view`` is not used again; its frame is let go column by column as the
    patched one is built (at ten million, both frames whole were gigabytes more at once)."""
    written = changes.events["event_id"]
    stale = pa.concat_arrays([written.combine_chunks().cast(pa.string()),
                              pa.array(changes.deleted, pa.string())])
    ids = pa.array(view.frame["event_id"], pa.string())
    keep = pc.invert(pc.is_in(ids, value_set=stale)).to_numpy(zero_copy_only=False)
    dropped = not keep.all()
    kept = view.frame[keep].reset_index(drop=True) if dropped else view.frame.copy(deep=False)
    if release:
        view.frame = view.frame[[]]
    fresh = compact(changes.events.to_pandas())
    for column in CATEGORY_FIELDS:  # the categories in use, sorted, as a fresh build has them
        old = kept[column].cat.remove_unused_categories() if dropped else kept[column]
        categories = old.cat.categories.union(fresh[column].cat.categories)
        # recoded only when the patch brings a new category (ten million codes a column)
        kept[column] = (old if categories.equals(old.cat.categories)
                        else old.cat.set_categories(categories))
        fresh[column] = fresh[column].cat.set_categories(categories)
    if not len(fresh):
        return EventView(kept, changes.version), None if dropped else np.zeros(0, np.int64)
    if len(fresh) > _MERGE_AT_MOST:
        frame = pd.concat([kept, fresh], ignore_index=True)
        frame = frame.sort_values(["start_day", "event_id"], kind="stable").reset_index(drop=True)
        return EventView(frame, changes.version), None
    places = _fresh_places(kept, fresh)
    return (EventView(_merged(kept, fresh, places), changes.version),
            None if dropped else places + np.arange(len(places)))


def _merged(kept: pd.DataFrame, fresh: pd.DataFrame, places: np.ndarray) -> pd.DataFrame:
    """The rows of ``kept`` (emptied: each column is let go once merged) with those of
    ``fresh`` inserted before the kept rows at ``places`` (:func:`_fresh_places`): each
    column is written once, the kept rows copied a run at a time (numbers and category
    codes; Arrow text as slices of its chunks), where concatenating and then reordering
    copied every column twice."""
    columns, n = {}, len(kept)
    for name in list(kept.columns):
        old, new = kept.pop(name), fresh[name]  # the kept column is let go once merged
        if isinstance(old.dtype, pd.CategoricalDtype) and old.dtype == new.dtype:
            codes = _interleaved(old.array.codes, new.array.codes, places)
            columns[name] = pd.Categorical.from_codes(codes, dtype=old.dtype, validate=False)
        elif isinstance(old.dtype, np.dtype) and old.dtype == new.dtype:
            columns[name] = _interleaved(old.to_numpy(), new.to_numpy(), places)
        elif isinstance(old.array, ArrowExtensionArray):  # text: the chunks, spliced
            values = pa.chunked_array(pa.array(old.array))
            added = pa.chunked_array(pa.array(new.array)).combine_chunks().cast(values.type)
            columns[name] = pd.array(_interleaved_chunks(values, added, places),
                                     dtype=old.dtype)
        else:  # another extension type (times with their zone): one take over both parts
            order = _interleaved(np.arange(n), n + np.arange(len(fresh)), places)
            columns[name] = pd.concat([old, new], ignore_index=True).array.take(order)
    return pd.DataFrame(columns, copy=False)  # no copy into 2-D blocks


def _runs(places: np.ndarray, n: int) -> list[tuple[int, int, int, int]]:
    """Rows inserted before the ``n`` kept rows at ``places`` (non-decreasing), as runs
    ``(kept_lo, kept_hi, fresh_lo, fresh_hi)``: kept rows ``kept_lo:kept_hi``, then the
    fresh rows ``fresh_lo:fresh_hi`` (none in the last run)."""
    cuts = (np.flatnonzero(np.diff(places)) + 1).tolist()
    bounds = [0, *cuts, len(places)] if len(places) else [0]
    runs, lo = [], 0
    for fresh_lo, fresh_hi in pairwise(bounds):
        place = int(places[fresh_lo])
        runs.append((lo, place, fresh_lo, fresh_hi))
        lo = place
    runs.append((lo, n, len(places), len(places)))
    return runs


def _interleaved(old: np.ndarray, new: np.ndarray, places: np.ndarray) -> np.ndarray:
    """``old`` with ``new`` inserted before its rows at ``places``, copied a run at a time
    (a boolean mask over ten million rows costs several times a copy)."""
    out = np.empty(len(old) + len(new), dtype=old.dtype)
    for kept_lo, kept_hi, fresh_lo, fresh_hi in _runs(places, len(old)):
        out[kept_lo + fresh_lo:kept_hi + fresh_lo] = old[kept_lo:kept_hi]
        out[kept_hi + fresh_lo:kept_hi + fresh_hi] = new[fresh_lo:fresh_hi]
    return out


def _interleaved_chunks(old: pa.ChunkedArray, new: pa.Array, places: np.ndarray
                        ) -> pa.ChunkedArray:
    """:func:`_interleaved` over Arrow chunks: the kept rows' slices as they are (the
    cache file's pages, not a copy: a take of ten million strings cost seconds, joining
    them into new chunks the gigabyte of their text) with the fresh rows between them.
    The column holds more, smaller chunks until the cache is read again; the cache is
    written a batch at a time, each batch's chunks joined then (:func:`write_atomically`)."""
    pieces: list[pa.Array] = []
    for kept_lo, kept_hi, fresh_lo, fresh_hi in _runs(places, len(old)):
        pieces += old.slice(kept_lo, kept_hi - kept_lo).chunks
        pieces.append(new.slice(fresh_lo, fresh_hi - fresh_lo))
    return pa.chunked_array([piece for piece in pieces if len(piece)], old.type)


def _fresh_places(kept: pd.DataFrame, fresh: pd.DataFrame) -> np.ndarray:
    """Where each fresh row goes in the merge of ``kept`` and ``fresh`` by (start day, id):
    before the kept row at that position (non-decreasing), both parts being sorted already.

    Each fresh row finds its place among the kept rows of its day by bisection: a
    patch of a few thousand rows costs milliseconds where sorting a million ids costs
    seconds.
    """
    days = kept["start_day"].to_numpy()
    ids = _Strings(kept["event_id"])  # indexed in place: no copy of the day's ids per row
    fresh_days = fresh["start_day"].to_numpy()
    lows, highs = np.searchsorted(days, fresh_days, "left"), np.searchsorted(days, fresh_days, "right")
    places = np.empty(len(fresh), dtype=np.int64)
    for j, (event_id, lo, hi) in enumerate(zip(fresh["event_id"], lows, highs, strict=True)):
        places[j] = bisect.bisect_left(ids, event_id, int(lo), int(hi))
    return places


class _Strings:
    """A column of strings indexed by position for :mod:`bisect`, read off its Arrow chunks
    in place: pandas indexes a column read in many record batches at tens of microseconds
    an item, and joining the chunks first copies every string."""

    def __init__(self, column: pd.Series) -> None:
        values = pa.array(column.array)
        self._chunks = values.chunks if isinstance(values, pa.ChunkedArray) else [values]
        self._starts = np.cumsum([0] + [len(c) for c in self._chunks]).tolist()

    def __len__(self) -> int:
        return self._starts[-1]

    def __getitem__(self, position: int) -> str:
        chunk = bisect.bisect_right(self._starts, position) - 1
        return self._chunks[chunk][position - self._starts[chunk]].as_py()


def _read_cache(cache: Path, store: Store, links: pd.DataFrame | None = None
                ) -> tuple[EventView | None, _Incidents | None, str]:
    """The cached view if it is a state this store passed through, and its cached incident
    ids, their pairs and incident tables (None: not kept, or of another write) if they
    were linked under ``links`` (restored only on a view kept as it is: a patched one
    links again); else None, None and why not.

    A cache that can't be read (truncated, from another geoapp, not Arrow) is
    rebuilt with one warning rather than breaking every command.
    """
    if not cache.exists():
        return None, None, "no view cache yet"
    try:
        reader = pa.ipc.open_file(pa.memory_map(str(cache)))
        version, reason = cache_version(reader, store)
        if version is None:
            return None, None, reason
        frame = view_frame(reader.read_all())
    except (OSError, ValueError, pa.ArrowException) as exc:
        logger.warning("view cache %s is unreadable (%s); rebuilding it", cache, exc)
        return None, None, "the cache was unreadable"
    kept = [frame.pop(c).to_numpy() for c in INCIDENT_COLUMNS if c in frame]
    meta = reader.schema.metadata or {}
    if (len(kept) < len(INCIDENT_COLUMNS) or links is None
            or meta.get(_KEYS["links"], b"").decode() != links_digest(links)):
        return EventView(frame, version), None, ""
    ids, sources = kept
    pairs = _read_pairs(store, meta)
    if pairs is None:
        return EventView(frame, version), None, ""
    return EventView(frame, version), (ids, pairs, _read_linked(store, meta, sources)), ""


def _read_pairs(store: Store, meta: dict[bytes, bytes]) -> np.ndarray | None:
    """The incidents' pairs kept beside the cache (2 × k, mapped), if written with the cache
    whose keys are ``meta``; else None (missing or unreadable: said as a warning)."""
    return _read_beside(pairs_path(store), meta, "incident pairs", lambda table: np.stack(
        [_mapped(table.column(name)) for name in _PAIR_COLUMNS]))


def _read_beside(path: Path, meta: dict[bytes, bytes], what: str, read):
    """``read`` of the table kept at ``path`` beside the cache, if written with the cache
    whose keys are ``meta``; None if missing, of another write, or unreadable (said as a
    warning: it is made again)."""
    if not path.exists():
        return None
    try:
        table = pa.ipc.open_file(pa.memory_map(str(path))).read_all()
        if any((table.schema.metadata or {}).get(key) != meta.get(key)
               for key in _KEYS.values()):
            return None
        return read(table)
    except (OSError, ValueError, KeyError, pa.ArrowException) as exc:
        logger.warning("%s %s are unreadable (%s); making them again", what, path, exc)
        return None


#: Cached incident ids, their pairs and the tables derived from them (if kept).
_Incidents = tuple[np.ndarray, np.ndarray, IncidentTables | None]


def _read_linked(store: Store, meta: dict[bytes, bytes], sources: np.ndarray
                 ) -> IncidentTables | None:
    """The incident tables kept beside the cache (:func:`_write_linked`), if written with
    the cache whose keys are ``meta``; their columns are the file's pages, mapped (a start
    reads those a header touches). None if missing, of another write, or unreadable (said
    as a warning: they are built again)."""
    def tables(table: pa.Table) -> IncidentTables:
        columns = {name: _mapped(table.column(name)) for name in table.column_names}
        bounds = {name.removesuffix(".low"): (columns[name], columns[name[:-4] + ".high"])
                  for name in columns if name.endswith(".low")}
        return IncidentTables(sources, columns[_POSITION_COLUMN], bounds,
                              np.flatnonzero(columns[_FIRST_COLUMN]))

    return _read_beside(linked_path(store), meta, "incident tables", tables)


def _mapped(column: pa.ChunkedArray) -> np.ndarray:
    """A column written in one chunk without nulls as numpy over its buffer, not a copy."""
    return column.chunk(0).to_numpy() if column.num_chunks == 1 else column.to_numpy()


def cache_version(reader: pa.ipc.RecordBatchFileReader, store: Store) -> tuple[int | None, str]:
    """The data version an opened cache file holds, if it is a state this store passed
    through (read from its footer only); else None and why not."""
    meta = {key: (reader.schema.metadata or {}).get(name, b"").decode()
            for key, name in _KEYS.items()}
    if meta["layout"] != LAYOUT:
        return None, "the view's columns changed (a schema change)"
    if store_key(meta["store"]) != store_key(store.identity):
        return None, "the cache belongs to another store"
    version = int(meta["version"])
    if version > store.data_version() or store.version_token(version) != (meta["token"] or None):
        return None, "the store is not the one the cache was made from (restored?)"
    return version, ""


def store_key(identity: str) -> str:
    """What a cache file is keyed to: the id the store was given when created (the part
    of its identity after ``#``), not where it is, so a store moved or copied with its
    caches keeps them (a copy that then changes differs by its version tokens)."""
    return identity.rpartition("#")[2] or identity


def view_frame(data: pa.Table | pa.RecordBatch) -> pd.DataFrame:
    """Cached columns (all or some, whole file or one batch) in the view's pandas types.

    The text columns are the file's only 32-bit-offset strings: they come over as the
    view's Arrow strings as they are, not through pandas' strings and back."""
    # split_blocks: a column each, as the view's frame is built (no copy into 2-D blocks).
    # The system allocator: pyarrow's default (mimalloc) spent 4 s of system time more
    # handing out the gigabytes of a ten-million-event view's columns.
    frame = data.to_pandas(types_mapper={pa.string(): TEXT_DTYPE}.get, split_blocks=True,
                           memory_pool=pa.system_memory_pool())
    for fields, dtype in ((DATE_FIELDS, np.dtype("datetime64[s]")), (TEXT_FIELDS, TEXT_DTYPE)):
        for column in frame.columns.intersection(fields):
            if frame[column].dtype != dtype:
                frame[column] = frame[column].astype(dtype)
    for column in frame.columns.intersection(CATEGORY_FIELDS):
        if not isinstance(frame[column].dtype, pd.CategoricalDtype):
            frame[column] = frame[column].astype("category")
        if not len(frame[column].cat.categories):  # come back as object: as compact() has them
            frame[column] = frame[column].cat.set_categories(pd.Index([], dtype="str"))
    return frame


def _nan_as_value(table: pa.Table) -> pa.Table:
    """``table`` with its floats' missing values stored as NaN, not as nulls (as pandas
    gives them): a start then copies those columns' batches together instead of filling
    each null in (a second of ten million events' start)."""
    for i, field in enumerate(table.schema):
        if pa.types.is_floating(field.type) and table.column(i).null_count:
            table = table.set_column(i, field, pc.fill_null(table.column(i), float("nan")))
    return table


def _write_cache(view: EventView, cache: Path, store: Store, background: bool = False) -> None:
    """Write the view with its keys (:func:`write_atomically`: whole or not at all), and its
    incident tables beside it when linked, by a thread of its own when ``background``
    (not a daemon: an exit waits for it)."""
    if background:
        threading.Thread(target=_or_warn, args=(_write_cache, view, cache, store),
                         name="geoapp-viewcache").start()
        return
    table = _nan_as_value(pa.Table.from_pandas(view.frame, preserve_index=False))
    if view.linked():
        tables = view.incident_tables()
        for name, values in zip(INCIDENT_COLUMNS, (view.incidents().to_numpy(), tables.sources),
                                strict=True):
            table = table.append_column(name, pa.array(values))
        _write_linked(view, store)
        # Row positions fit 32 bits (a view of 2**31 events would not fit in memory).
        pairs = pa.table(dict(zip(_PAIR_COLUMNS, view.pairs().astype(np.int32), strict=True)))
        write_atomically(pairs.replace_schema_metadata(_keys(view, store)), pairs_path(store))
    meta = dict(table.schema.metadata or {})
    meta.update(_keys(view, store))
    write_atomically(table.replace_schema_metadata(meta), cache, max_chunksize=BATCH_ROWS)


def _keys(view: EventView, store: Store) -> dict[bytes, bytes]:
    """What a cache file of ``view`` is keyed to (:func:`cache_version`)."""
    values = {"layout": LAYOUT, "store": store.identity, "version": str(view.version),
              "token": store.version_token(view.version) or "",
              "links": links_digest(view.links) if view.linked() else ""}
    return {_KEYS[key]: value.encode() for key, value in values.items()}


def _write_linked(view: EventView, store: Store, background: bool = False) -> None:
    """Keep the linked view's incident tables (:class:`IncidentTables`, built here if not
    yet) beside its cache, keyed as the cache is: in one record batch, so a start maps
    their columns as they are. Their per-event sources go in the cache itself."""
    if background:
        threading.Thread(target=_or_warn, args=(_write_linked, view, store),
                         name="geoapp-viewcache").start()
        return
    tables = view.incident_tables()
    first = np.zeros(len(tables.linked), dtype=np.uint8)  # bytes, not bits: mapped as numpy
    first[tables.starts] = 1
    columns = {_POSITION_COLUMN: tables.linked, _FIRST_COLUMN: first}
    for kind, (low, high) in tables.bounds.items():
        columns[f"{kind}.low"], columns[f"{kind}.high"] = low, high
    table = pa.table({name: pa.array(values) for name, values in columns.items()})
    write_atomically(table.replace_schema_metadata(_keys(view, store)), linked_path(store))


def _or_warn(write: Callable[..., None], view: EventView, *args: object) -> None:
    """A background write: a store gone away or a full disk costs the next start a patch
    (or a build of the incident tables), said as a warning, not an error in a thread
    nobody waits for."""
    try:
        write(view, *args)
    except Exception as exc:  # noqa: BLE001 - whatever stops it, the view served stays right
        logger.warning("could not keep the view cache of version %d: %s", view.version,
                       str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


# -- running totals kept beside the cache ------------------------------------------------

def sums_path(store: Store) -> Path:
    return Path(str(store.cache_prefix) + SUMS_SUFFIX)


def load_sums(view: EventView, store: Store, *, since: int | None = None,
              fresh: np.ndarray | None = None) -> None:
    """Give ``view`` the running totals, cluster cells and every row's headline kept on
    disk for it (:func:`save_sums`), or with ``since`` and ``fresh``, those of version ``since`` that
    the view was patched from by adding the rows at ``fresh`` (they are patched, not
    built again). Totals kept for
    another version, store or layout are left alone (built, and kept anew, later); a file
    that cannot be read is said as a warning."""
    path = sums_path(store)
    if not path.exists():
        return
    wanted = view.version if since is None else since
    try:
        data = _mapped_npz(path)
        meta = json.loads(str(data["meta"]))
        if (meta.get("layout") != SUMS_LAYOUT or meta.get("version") != wanted
                or store_key(meta.get("store", "")) != store_key(store.identity)
                or meta.get("token") != (store.version_token(wanted) or "")):
            return
        tables = {name: (data[f"{i}.bounds"], data[f"{i}.prefix"], data.get(f"{i}.labels"))
                  for i, name in enumerate(meta["tables"])}
        cells = {(int(zoom), int(px)): (data[f"cells{i}.x"], data[f"cells{i}.y"])
                 for i, (zoom, px) in enumerate(meta.get("cells", []))}
        for (zoom, px), kept in cells.items():
            if fresh is not None and since is not None:
                kept = _with_fresh_cells(view, kept, fresh, zoom, px)
            keep_cells(view, zoom, px, kept)
    except (OSError, ValueError, KeyError, TypeError, struct.error, zipfile.BadZipFile) as exc:
        logger.warning("running totals %s are unreadable (%s); building them", path, exc)
        return
    if since is None:
        view.cached("cells-read", set).update(cells)
        if "headline" in meta:
            keep_headline(view, meta["headline"])
            view.cached(_HEADLINE_READ, lambda: True)
    keep_saved(view, SavedTables(tables, None if since is None else fresh))


#: Members of a ``.npz`` smaller than this are read; larger ones are mapped.
_MAP_AT_LEAST = 1 << 20


def _mapped_npz(path: Path) -> dict[str, np.ndarray]:
    """The arrays of an uncompressed ``.npz`` (as :func:`np.savez` writes it), the large
    ones mapped from the file copy-on-write rather than read: :func:`np.load` copies each
    member and checks its CRC, a third of a second of a ten-million-event start for totals
    and cells mostly not looked at then."""
    out = {}
    with zipfile.ZipFile(path) as archive, path.open("rb") as raw:
        for info in archive.infolist():
            name = info.filename.removesuffix(".npy")
            if info.compress_type != zipfile.ZIP_STORED or info.file_size < _MAP_AT_LEAST:
                with archive.open(info) as member:
                    out[name] = np.lib.format.read_array(member, allow_pickle=False)
                continue
            raw.seek(info.header_offset + 26)  # the local header's name and extra lengths
            name_length, extra_length = struct.unpack("<HH", raw.read(4))
            raw.seek(info.header_offset + 30 + name_length + extra_length)
            version = np.lib.format.read_magic(raw)
            shape, fortran, dtype = (np.lib.format.read_array_header_1_0(raw) if version == (1, 0)
                                     else np.lib.format.read_array_header_2_0(raw))
            if dtype.hasobject:
                raise ValueError(f"{info.filename} holds objects")
            out[name] = np.asarray(np.memmap(raw, dtype=dtype, mode="c", offset=raw.tell(),
                                             shape=shape, order="F" if fortran else "C"))
    return out


def _with_fresh_cells(view: EventView, cells: tuple[np.ndarray, np.ndarray],
                      fresh: np.ndarray, zoom: int, cell_px: int
                      ) -> tuple[np.ndarray, np.ndarray]:
    """Cells kept for the view before rows were added at ``fresh``, with those rows' own."""
    places = fresh - np.arange(len(fresh))  # before which kept row each went
    added = point_cells(view.frame["lon"].to_numpy()[fresh],
                        view.frame["lat"].to_numpy()[fresh], zoom, cell_px)
    return tuple(_interleaved(old, new.astype(old.dtype), places)
                 for old, new in zip(cells, added, strict=True))


def save_sums(view: EventView, store: Store) -> None:
    """Keep the view's running totals built so far, its points' cluster cells at the
    zooms it keeps (:func:`~geoapp.query.clusters.prepare_cells`) and every row's headline
    if summed (:func:`~geoapp.query.summary.kept_headline`) beside its cache, keyed
    to its version (a start with the cache current reads them instead of building them;
    one after an ingest patches them). Nothing is written when they were all read as they are; a
    folder that can't be written costs a warning."""
    tables, cells, whole = tables_of(view), kept_cells(view), kept_headline(view)
    saved = saved_tables(view)
    if not (tables or cells) or (saved is not None and saved.fresh is None
                                 and set(tables) <= saved.taken
                                 and set(cells) <= view.cached("cells-read", set)
                                 and (whole is None or view.kept(_HEADLINE_READ))):
        return
    meta = {"layout": SUMS_LAYOUT, "store": store.identity, "version": view.version,
            "token": store.version_token(view.version) or "", "tables": list(tables),
            "cells": [list(key) for key in cells]}
    if whole is not None:
        meta["headline"] = whole
    arrays = {"meta": np.array(json.dumps(meta))}
    for i, (bounds, prefix, labels) in enumerate(tables.values()):
        arrays[f"{i}.bounds"], arrays[f"{i}.prefix"] = bounds, prefix
        if labels is not None:
            arrays[f"{i}.labels"] = labels
    for i, (x, y) in enumerate(cells.values()):
        arrays[f"cells{i}.x"], arrays[f"cells{i}.y"] = x, y
    try:
        replace_atomically(sums_path(store), lambda out: np.savez(out, **arrays))
    except OSError as exc:
        logger.warning("cannot keep the running totals in %s: %s", sums_path(store), exc)
