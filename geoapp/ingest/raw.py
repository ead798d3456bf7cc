"""What every container reader hands to a schema: raw columns in chunks, and their names.

A *container* (CSV, JSON Lines, a JSON document, Parquet) yields :class:`RawChunk`
objects: the values of the columns a schema asked for, the line (or feature,
record, row number) each row came from, and the rows that could not even be
read. A *schema* (ACLED, UCDP GED, geoapp's own model) says which columns it
needs (:class:`Columns`) and turns a chunk's columns into model columns.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from geoapp.frames import empty_rejects
from geoapp.ingest.dates import DateRule
from geoapp.ingest.values import Checker
from geoapp.model import GEO_PRECISIONS

#: Columns a GeoJSON feature adds to its properties: the point standing for its
#: geometry, how precise that is, a note when it is not a plain Point, and its id.
GEOMETRY_COLUMNS = ("_lon", "_lat", "_geom_precision", "_geom_flag", "_feature_id")


@dataclass
class RawChunk:
    """Up to a chunk of rows: raw values by column, each row's line, unreadable rows,
    and how much of the file has been read once this chunk is done (0–1)."""

    cells: pd.DataFrame
    lines: np.ndarray
    rejects: pd.DataFrame = field(default_factory=empty_rejects)
    done: float = 1.0

    @property
    def read(self) -> int:
        return len(self.cells) + len(self.rejects)


def rejects_frame(rows: list[tuple[int, str, str | None]]) -> pd.DataFrame:
    """(line, reason, raw) tuples as a rejects frame."""
    if not rows:
        return empty_rejects()
    return pd.DataFrame(rows, columns=["line", "reason", "raw"]).astype(object)


_CACHED_KEYS = 10_000


@dataclass
class Columns:
    """Which source keys a schema reads, under which column names.

    ``lookup`` maps a source key (a CSV header, a JSON key) to (column name,
    priority) or None for keys the schema does not use; when two keys of one
    record give the same column, the lower priority wins ("date_start" over an
    alias "date"). Results are cached: JSON records repeat their keys.
    """

    lookup: Callable[[str], tuple[str, int] | None]
    _cache: dict[str, tuple[str, int] | None] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def name(self, key: str) -> tuple[str, int] | None:
        try:
            return self._cache[key]
        except KeyError:
            pass
        found = self.lookup(key) if key not in GEOMETRY_COLUMNS else (key, 0)
        if len(self._cache) < _CACHED_KEYS:  # records with ever new keys must not grow it
            self._cache[key] = found
        if found and found[0] not in self.labels:
            self.labels[found[0]] = key
        return found

    def header(self, keys: Iterable[str]) -> dict[int, str]:
        """Position → column name for a CSV header or a Parquet schema (best key wins)."""
        keys = list(keys)
        best: dict[str, tuple[int, int]] = {}
        for position, key in enumerate(keys):
            found = self.name(key)
            if found and (found[0] not in best or found[1] < best[found[0]][1]):
                best[found[0]] = (position, found[1])
        for column, (position, _) in best.items():
            self.labels[column] = keys[position]
        return {position: column for column, (position, _) in best.items()}

    def project(self, record: dict) -> dict:
        """A JSON record's values under the schema's column names."""
        row: dict = {}
        ranks: dict[str, int] = {}
        for key, value in record.items():
            found = self.name(key) if isinstance(key, str) else None
            if found is None:
                continue
            column, rank = found
            if column not in ranks or rank < ranks[column]:
                row[column] = value
                ranks[column] = rank
        return row


def publisher_columns(names: tuple[str, ...]) -> Callable[[dict[str, str]], Columns]:
    """Columns of a publisher's fixed layout, matched in any case (a mapping is not used)."""
    def columns(mapping: dict[str, str]) -> Columns:
        def lookup(key: str) -> tuple[str, int] | None:
            name = normalised(key)
            return (name, 0) if name in names else None

        return Columns(lookup)

    return columns


def read_text(cells: pd.DataFrame, check: Checker, name: str) -> pd.Series:
    """A chunk's column checked as text (all missing when the source lacks it)."""
    return check.text(column(cells, name), name)


def read_point(cells: pd.DataFrame, check: Checker) -> tuple[pd.Series, pd.Series]:
    """Longitude and latitude from publishers' ``longitude``/``latitude`` columns."""
    return (check.number(column(cells, "longitude"), "longitude", -180, 180),
            check.number(column(cells, "latitude"), "latitude", -90, 90))


def normalised(key: str) -> str:
    """A column name as sources vary it: case, spaces, a BOM, quotes."""
    return key.strip().lstrip("\ufeff").strip('"').strip().lower()


#: Turns a chunk's columns into model columns; problems go to the checker.
Parse = Callable[[pd.DataFrame, Checker, dict[str, DateRule]], pd.DataFrame]


@dataclass(frozen=True)
class Schema:
    """One source's column layout: how to recognise it, name its columns, read them."""

    name: str
    signature: frozenset[str]
    columns: Callable[[dict[str, str]], Columns]
    date_columns: tuple[str, ...]
    parse: Parse

    def matches(self, keys: Iterable[str]) -> bool:
        return bool(self.signature) and self.signature <= {normalised(k) for k in keys}


def column(cells: pd.DataFrame, name: str) -> pd.Series:
    """A column of the chunk, or all missing when the source has no such column."""
    if name in cells:
        return cells[name]
    return pd.Series(None, index=cells.index, dtype=object)


def apply_geometry(frame: pd.DataFrame, cells: pd.DataFrame) -> None:
    """A GeoJSON feature's geometry wins over coordinates in its properties; a
    stand-in point (polygon, multipoint) is flagged and sets the precision."""
    if "_lon" not in cells:
        return
    for name in ("lon", "lat"):
        if name not in frame:
            frame[name] = np.nan
    # A shape's stand-in point yields to a point the record states (geoapp snapshots
    # draw region-level events as their region and keep the point in lon/lat).
    stand_in = column(cells, "_geom_flag").notna()
    stated = frame["lon"].notna() & frame["lat"].notna()
    use = cells["_lon"].notna() & ~(stand_in & stated)
    frame.loc[use, "lon"] = cells.loc[use, "_lon"].astype(float)
    frame.loc[use, "lat"] = cells.loc[use, "_lat"].astype(float)
    cells = cells.where(pd.DataFrame({c: use for c in cells.columns}), None)
    precision = column(cells, "_geom_precision")
    sized = precision.notna()
    if sized.any():
        stated = frame["geo_precision"] if "geo_precision" in frame else pd.Series(
            None, index=frame.index, dtype=object)
        rank = {name: i for i, name in enumerate(GEO_PRECISIONS)}
        keep_stated = stated.map(rank).fillna(-1) > precision.map(rank).fillna(-1)
        frame["geo_precision"] = stated.where(~sized | keep_stated, precision)
    flag = column(cells, "_geom_flag")
    if flag.notna().any():
        flags = frame["flags"] if "flags" in frame else pd.Series(None, index=frame.index,
                                                                   dtype=object)
        frame["flags"] = [_with_flag(old, new) for old, new in zip(flags, flag, strict=True)]


def _with_flag(existing: object, flag: object) -> object:
    if not isinstance(flag, str):
        return existing
    flags = json.loads(existing) if isinstance(existing, str) and existing else []
    return json.dumps([*flags, flag], ensure_ascii=False)
