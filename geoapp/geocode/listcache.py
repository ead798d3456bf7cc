"""The store's place lists ready for the geocoder: an Arrow file beside the store.

Reading a 150,000-row list back from the store and turning it into gazetteer columns
costs seconds, far too much for one ``geoapp geocode``. So the lists are kept as they
are used — places with their region rows, name index sorted by hash — in an uncompressed
Arrow IPC file, memory-mapped on load: a cold start reads the footer and the pages a
lookup touches.

The file is keyed by the store's identity, the place lists it holds (name, file hash,
import time, size: an import or a removal changes the key) and the versions of the
spelling rules and of the bundled data (region rows). A key that does not match
rebuilds the file from the store. Server stores (PostGIS) keep it under their cache
prefix in ``$XDG_CACHE_HOME/geoapp``, like the view cache. The file is owner-only.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa

from geoapp.arrowfile import write_atomically
from geoapp.geocode.gazetteer import (
    BUILD_INFO_FILE,
    DATA_DIR,
    GAZETTEER_COLUMNS,
    Gazetteer,
    extend,
    gazetteer,
)
from geoapp.geocode.geocoder import Geocoder
from geoapp.geocode.index import to_numpy
from geoapp.geocode.normalise import NORMALISE_VERSION
from geoapp.location import default_db_target, local_place_list_heads

if TYPE_CHECKING:
    from geoapp.geocode.placelist import PlaceList
    from geoapp.store import Store

logger = logging.getLogger(__name__)

SUFFIX = ".places.arrow"
#: Bumped whenever the file's columns change.
_LAYOUT_VERSION = 1
_META = b"geoapp_place_lists"
_INDEX_COLUMNS = ("hash", "kind", "row", "tier", "alias", "text")


def cache_path(store: Store) -> Path:
    return Path(str(store.cache_prefix) + SUFFIX)


def cached_geocoder(target: str | None) -> Geocoder | None:
    """The geocoder of the local SQLite store ``target`` when its cache is current, found
    without loading the store's stack (SQLAlchemy, pandas); None when the store must be
    opened (no cache, a stale one, a server store)."""
    found = local_place_list_heads(target)
    if found is None or not found[1]:
        return None
    identity, heads = found
    g = _read(Path(str(Path(target or default_db_target())) + SUFFIX), _key(identity, heads))
    return None if g is None else Geocoder(g)


def geocoder(store: Store) -> Geocoder:
    """The bundled gazetteer plus the store's place lists, from the cache when it is
    current (else rebuilt from the store and written)."""
    heads = store.place_list_heads()
    path = cache_path(store)
    if not heads:
        path.unlink(missing_ok=True)   # the last list was removed: so is its copy
        return Geocoder.with_lists(())
    key = _key(store.identity, heads)
    g = _read(path, key)
    if g is None:
        lists = store.read_place_lists()
        g = gazetteer()
        parts = []
        for place_list in lists:
            columns = place_list.columns()
            g = extend(g, place_list.source, columns, place_list.index)
            parts.append((place_list, columns))
        _write(path, key, parts)
    return Geocoder(g)


def _key(identity: str, heads: list[list[str]]) -> str:
    data = json.loads((DATA_DIR / BUILD_INFO_FILE).read_text(encoding="utf-8"))
    text = json.dumps([_LAYOUT_VERSION, NORMALISE_VERSION, identity, data, heads])
    return hashlib.sha256(text.encode()).hexdigest()


def _read(path: Path, key: str) -> Gazetteer | None:
    """The gazetteer extended by the cached lists, or None when the file is missing,
    stale or unreadable."""
    if not path.exists():
        return None
    try:
        reader = pa.ipc.open_file(pa.memory_map(str(path)))
        meta = json.loads((reader.schema.metadata or {}).get(_META, b"{}"))
        if meta.get("key") != key:
            return None
        table = reader.read_all()
    except (OSError, ValueError, pa.ArrowException) as exc:
        logger.warning("place-list cache %s is unreadable (%s); rebuilding it", path, exc)
        return None
    g = gazetteer()
    start = 0
    for source, places, names in zip(meta["sources"], meta["places"], meta["names"],
                                     strict=True):
        part = table.slice(start, max(places, names))
        start += max(places, names)
        columns = {c: to_numpy(part.column(c).slice(0, places)) for c in GAZETTEER_COLUMNS}
        index = part.select([f"index_{c}" for c in _INDEX_COLUMNS]).slice(0, names) \
            .rename_columns(list(_INDEX_COLUMNS))
        g = extend(g, source, columns, index)
    return g


def _write(path: Path, key: str, parts: list[tuple[PlaceList, dict[str, np.ndarray]]]) -> None:
    """One table: list by list, the places' columns beside the index's (the shorter
    padded with nulls), written whole or not at all, owner-only."""
    tables = []
    for place_list, columns in parts:
        n = max(len(columns["name"]), place_list.index.num_rows)
        places = pa.table({c: _padded(pa.array(columns[c]), n) for c in GAZETTEER_COLUMNS})
        for c in _INDEX_COLUMNS:
            places = places.append_column(f"index_{c}",
                                          _padded(place_list.index.column(c).combine_chunks(), n))
        tables.append(places)
    meta = {"key": key, "sources": [p.source for p, _ in parts],
            "places": [len(c["name"]) for _, c in parts],
            "names": [p.index.num_rows for p, _ in parts]}
    table = pa.concat_tables(tables)
    try:
        write_atomically(table.replace_schema_metadata({_META: json.dumps(meta).encode()}), path)
    except OSError as exc:   # a read-only folder: answer without the cache
        logger.warning("cannot write the place-list cache %s (%s)", path, exc)


def _padded(values: pa.Array, n: int) -> pa.Array:
    if len(values) == n:
        return values
    return pa.concat_arrays([values, pa.nulls(n - len(values), values.type)])
