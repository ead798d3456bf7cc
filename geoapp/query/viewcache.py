"""The view's cache: an Arrow IPC file next to the store, patched with each change, not rebuilt.

Building the view from the store reads and converts every event (14 s at a
million). So the view is kept as an uncompressed Arrow IPC (Feather v2) file,
memory-mapped on load: a start reads its footer to decide, then only the pages
the conversion touches. When the store has moved on since the cached version,
the view asks the store for what changed (:meth:`Store.changes_since`: rows
written since, ids deleted since), drops those ids, appends the new rows and
writes the cache again; an ingest, a review or a deletion costs in proportion
to what it changed.

The whole view is rebuilt only when the cache cannot be trusted or patched:
none yet, unreadable, the view's columns changed (a schema change, said as a
warning), another store, or a store restored to another history of the same
version (its version token differs).
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from geoapp.frames import DATE_FIELDS
from geoapp.model import FIELD_NAMES
from geoapp.query.areas import AreaView
from geoapp.query.view import CATEGORY_FIELDS, TEXT_FIELDS, EventView, compact
from geoapp.store import Changes, Store

logger = logging.getLogger(__name__)

SUFFIX = ".view.arrow"
#: Bumped whenever the view's derived columns or types change.
_LAYOUT_VERSION = 1
#: What the cached columns mean; a cache with another layout is rebuilt (a schema change).
LAYOUT = hashlib.sha256(repr((_LAYOUT_VERSION, FIELD_NAMES, CATEGORY_FIELDS, TEXT_FIELDS))
                        .encode()).hexdigest()[:16]
#: Above this many changed rows a patch sorts the whole view instead of merging.
_MERGE_AT_MOST = 20_000
_KEYS = {"layout": b"geoapp_view_layout", "store": b"geoapp_view_store",
         "version": b"geoapp_view_version", "token": b"geoapp_view_token"}


def cache_path(store: Store) -> Path:
    return Path(str(store.cache_prefix) + SUFFIX)


def load_view(store: Store) -> EventView:
    """The store's events as a view (:func:`load_events`) with its areas over time and the
    analyst's incident links."""
    areas = load_areas(store)
    links = store.incident_links()
    view = load_events(store)
    view.areas = areas
    view.links = links
    return view


def load_areas(store: Store) -> AreaView:
    """The store's areas over time (their version read first, so a write meanwhile shows as
    a newer version on the next check)."""
    version = store.areas_version()
    return AreaView.from_rows(store.read_areas(), version)


def load_events(store: Store) -> EventView:
    """The store's events as a view: the cache, patched with any changes since it was written."""
    version = store.data_version()
    cache = cache_path(store)
    cached, reason = _read_cache(cache, store)
    if cached is not None and cached.version == version:
        logger.info("loaded %d events from the view cache", len(cached))
        return cached
    if cached is not None:
        changes = store.changes_since(cached.version)
        if changes is not None:
            view = patched(cached, changes)
            _write_cache(view, cache, store)
            logger.info("view patched from version %d to %d: %d rows written, %d deleted",
                        changes.since, changes.version, changes.events.num_rows,
                        len(changes.deleted))
            return view
        reason = f"the store cannot list its changes since version {cached.version}"
    logger.log(logging.WARNING if reason.startswith("the view's columns") else logging.INFO,
               "building the whole view: %s", reason)
    view = EventView.from_frame(store.read_arrow().to_pandas(), version)
    _write_cache(view, cache, store)
    logger.info("built view of %d events", len(view))
    return view


def patched(view: EventView, changes: Changes) -> EventView:
    """``view`` with the changed and deleted ids dropped and the changed rows added back."""
    written = changes.events["event_id"]
    stale = pa.concat_arrays([written.combine_chunks().cast(pa.string()),
                              pa.array(changes.deleted, pa.string())])
    ids = pa.array(view.frame["event_id"], pa.string())
    keep = pc.invert(pc.is_in(ids, value_set=stale)).to_numpy(zero_copy_only=False)
    kept = view.frame[keep].reset_index(drop=True)
    fresh = compact(changes.events.to_pandas())
    for column in CATEGORY_FIELDS:  # the categories in use, sorted, as a fresh build has them
        old = kept[column].cat.remove_unused_categories() if not keep.all() else kept[column]
        categories = old.cat.categories.union(fresh[column].cat.categories)
        kept[column] = old.cat.set_categories(categories)
        fresh[column] = fresh[column].cat.set_categories(categories)
    if not len(fresh):
        return EventView(kept, changes.version)
    frame = pd.concat([kept, fresh], ignore_index=True)
    if len(fresh) > _MERGE_AT_MOST:
        frame = frame.sort_values(["start_day", "event_id"], kind="stable")
    else:
        frame = frame.take(_merged_order(kept, fresh))
    return EventView(frame.reset_index(drop=True), changes.version)


def _merged_order(kept: pd.DataFrame, fresh: pd.DataFrame) -> np.ndarray:
    """Row order of ``[kept, fresh]`` by (start day, id), both parts being sorted already.

    Each fresh row finds its place among the kept rows of its day by bisection: a
    patch of a few thousand rows costs milliseconds where sorting a million ids costs
    seconds.
    """
    days = kept["start_day"].to_numpy()
    ids = kept["event_id"]
    places = np.empty(len(fresh), dtype=np.int64)
    for j, (day, event_id) in enumerate(zip(fresh["start_day"].to_numpy(), fresh["event_id"],
                                            strict=True)):
        lo, hi = np.searchsorted(days, day, "left"), np.searchsorted(days, day, "right")
        places[j] = lo + bisect.bisect_left(ids.iloc[lo:hi].tolist(), event_id)
    total = len(kept) + len(fresh)
    is_fresh = np.zeros(total, dtype=bool)
    is_fresh[places + np.arange(len(fresh))] = True
    order = np.empty(total, dtype=np.int64)
    order[is_fresh] = len(kept) + np.arange(len(fresh))
    order[~is_fresh] = np.arange(len(kept))
    return order


def _read_cache(cache: Path, store: Store) -> tuple[EventView | None, str]:
    """The cached view if it is a state this store passed through; else None and why not.

    A cache that can't be read (truncated, from another geoapp, not Arrow) is
    rebuilt with one warning rather than breaking every command.
    """
    if not cache.exists():
        return None, "no view cache yet"
    try:
        reader = pa.ipc.open_file(pa.memory_map(str(cache)))
        meta = {key: (reader.schema.metadata or {}).get(name, b"").decode()
                for key, name in _KEYS.items()}
        if meta["layout"] != LAYOUT:
            return None, "the view's columns changed (a schema change)"
        if meta["store"] != store.identity:
            return None, "the cache belongs to another store"
        version = int(meta["version"])
        if version > store.data_version() or store.version_token(version) != (
                meta["token"] or None):
            return None, "the store is not the one the cache was made from (restored?)"
        frame = reader.read_all().to_pandas()
    except (OSError, ValueError, pa.ArrowException) as exc:
        logger.warning("view cache %s is unreadable (%s); rebuilding it", cache, exc)
        return None, "the cache was unreadable"
    for column in DATE_FIELDS:
        frame[column] = frame[column].astype("datetime64[s]")
    for column in CATEGORY_FIELDS:  # an all-empty column comes back as object
        frame[column] = frame[column].astype("category")
    for column in TEXT_FIELDS:
        frame[column] = frame[column].astype("string")
    return EventView(frame, version), ""


def _write_cache(view: EventView, cache: Path, store: Store) -> None:
    """Write through a unique temporary file renamed into place: concurrent readers see
    the old cache or the new one, never a half-written file (created owner-only)."""
    table = pa.Table.from_pandas(view.frame, preserve_index=False)
    meta = dict(table.schema.metadata or {})
    values = {"layout": LAYOUT, "store": store.identity, "version": str(view.version),
              "token": store.version_token(view.version) or ""}
    meta.update({_KEYS[key]: value.encode() for key, value in values.items()})
    table = table.replace_schema_metadata(meta)
    fd, tmp = tempfile.mkstemp(prefix=cache.name + ".", suffix=".tmp", dir=cache.parent)
    try:
        with os.fdopen(fd, "wb") as out, pa.ipc.new_file(out, table.schema) as writer:
            writer.write_table(table)
        os.replace(tmp, cache)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
