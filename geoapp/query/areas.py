"""Areas over time in memory: what each area layer held on a day, what changed, in km².

Loaded with the event view (:func:`geoapp.query.load_view`). Areas are
measured in an equal-area projection (EPSG:6933, WGS 84 / NSIDC EASE-Grid 2.0
Global), so a km² in Kursk and one in Kherson are the same size. Days are
counted since 1970-01-01 like the event view's.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import pyproj
import shapely

if TYPE_CHECKING:
    from geoapp.query.filters import EventFilter
    from geoapp.query.view import EventView

#: The equal-area CRS every area is measured in.
EQUAL_AREA = "EPSG:6933"
#: ``end`` of an interval that is still valid.
OPEN = np.iinfo(np.int32).max
_EPOCH = dt.date(1970, 1, 1)
_TO_EQUAL_AREA = pyproj.Transformer.from_crs("EPSG:4326", EQUAL_AREA, always_xy=True)


def km2(geometries: np.ndarray | shapely.Geometry) -> np.ndarray | float:
    """Area in km², measured in :data:`EQUAL_AREA` (lon/lat geometries in)."""
    projected = shapely.transform(geometries, lambda xy: np.column_stack(
        _TO_EQUAL_AREA.transform(xy[:, 0], xy[:, 1])))
    return shapely.area(projected) / 1e6


def day_number(value: dt.date) -> int:
    return (value - _EPOCH).days


@dataclass(frozen=True)
class AreaChange:
    """One area between two days: its size at each and what it gained and lost."""

    layer: str
    area_key: str
    name: str
    km2_start: float
    km2_end: float
    gained: shapely.Geometry | None
    lost: shapely.Geometry | None
    gained_km2: float
    lost_km2: float

    @property
    def net_km2(self) -> float:
        return self.km2_end - self.km2_start


@dataclass
class AreaView:
    """Every stored area interval: ``layer``, ``area_key``, ``name``, ``start`` and ``end``
    (days, inclusive; :data:`OPEN` while still valid), ``geometry`` (shapely, lon/lat),
    ``km2``, ``source_name``, ``flags`` (list) and ``properties`` (dict)."""

    table: pd.DataFrame
    version: int = 0
    _changes: dict[tuple, list[AreaChange]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_rows(cls, rows: pd.DataFrame, version: int = 0) -> AreaView:
        """From the store's rows (``read_areas``: dates, WKB geometry, JSON text)."""
        if rows.empty:
            return cls.empty(version)
        geometry = shapely.from_wkb(rows["geometry"].to_numpy())
        shapely.prepare(geometry)
        start = np.array([day_number(d) for d in rows["valid_from"]], dtype="int64")
        end = np.array([OPEN if d is None or pd.isna(d) else day_number(d)
                        for d in rows["valid_to"]], dtype="int64")
        table = pd.DataFrame({
            "layer": rows["layer"].astype(str), "area_key": rows["area_key"].astype(str),
            "name": rows["name"].fillna(rows["area_key"]).astype(str),
            "start": start, "end": end, "geometry": geometry, "km2": km2(geometry),
            "source_name": rows["source_name"],
            "flags": rows["flags"].map(json.loads), "properties": rows["properties"].map(json.loads),
        })
        return cls(table.reset_index(drop=True), version)

    @classmethod
    def empty(cls, version: int = 0) -> AreaView:
        return cls(pd.DataFrame(columns=["layer", "area_key", "name", "start", "end", "geometry",
                                         "km2", "source_name", "flags", "properties"]), version)

    def __len__(self) -> int:
        return len(self.table)

    def layers(self) -> list[str]:
        return sorted(set(self.table["layer"]))

    def span(self) -> tuple[int, int] | None:
        """First day stated and the last day on which anything changed."""
        if self.table.empty:
            return None
        ends = self.table["end"].to_numpy()
        last = max(int(self.table["start"].max()), int(ends[ends != OPEN].max(initial=0)))
        return int(self.table["start"].min()), last

    def as_of(self, day: int, layer: str | None = None) -> pd.DataFrame:
        """The intervals valid on ``day`` (of one layer, or all), one per area."""
        table = self.table
        valid = (table["start"].to_numpy() <= day) & (table["end"].to_numpy() >= day)
        if layer is not None:
            valid &= table["layer"].to_numpy() == layer
        return table[valid]

    def changes(self, first: int, last: int) -> list[AreaChange]:
        """Each area valid on ``first`` or ``last``: its size on both days and what it gained
        and lost in between (cached: the slider asks again as it moves back and forth)."""
        key = (first, last)
        with self._lock:
            if key not in self._changes:
                self._changes[key] = self._compute_changes(first, last)
                if len(self._changes) > 256:
                    self._changes.pop(next(iter(self._changes)))
            return self._changes[key]

    def _compute_changes(self, first: int, last: int) -> list[AreaChange]:
        before = self.as_of(first).set_index(["layer", "area_key"])
        after = self.as_of(last).set_index(["layer", "area_key"])
        out = []
        for layer, key in sorted(set(before.index) | set(after.index)):
            old = before["geometry"].get((layer, key))
            new = after["geometry"].get((layer, key))
            name = (after if new is not None else before).loc[(layer, key), "name"]
            same = old is not None and new is not None and (old is new or old.equals(new))
            gained = None if new is None or same else (new if old is None else new.difference(old))
            lost = None if old is None or same else (old if new is None else old.difference(new))
            out.append(AreaChange(
                layer, key, name,
                float(before.loc[(layer, key), "km2"]) if old is not None else 0.0,
                float(after.loc[(layer, key), "km2"]) if new is not None else 0.0,
                _nonempty(gained), _nonempty(lost),
                float(km2(gained)) if _nonempty(gained) is not None else 0.0,
                float(km2(lost)) if _nonempty(lost) is not None else 0.0,
            ))
        return out

    def inside(self, lon: np.ndarray, lat: np.ndarray, days: np.ndarray, target: str) -> np.ndarray:
        """Which points lie inside the area ``target`` ("LAYER" or "LAYER:AREA") as it stood
        on each point's day."""
        layer, _, key = target.partition(":")
        table = self.table[self.table["layer"].to_numpy() == layer]
        if key:
            table = table[table["area_key"].to_numpy() == key]
        hit = np.zeros(len(lon), dtype=bool)
        located = ~np.isnan(lon)
        for geometry, start, end in zip(table["geometry"], table["start"], table["end"],
                                        strict=True):
            now = located & (days >= start) & (days <= end) & ~hit
            if now.any():
                idx = np.flatnonzero(now)
                hit[idx] = shapely.contains_xy(geometry, lon[idx], lat[idx])
        return hit


def window(view: EventView, flt: EventFilter) -> tuple[int, int] | None:
    """First and last day a filter's window covers: its dates, else the whole span of the
    events and the areas (None when there is neither)."""
    spans = [s for s in (view.areas.span(), view.day_span()) if s is not None]
    if not spans and not (flt.date_from and flt.date_to):
        return None
    first = day_number(flt.date_from) if flt.date_from else min(s[0] for s in spans)
    last = day_number(flt.date_to) if flt.date_to else max(s[1] for s in spans)
    return first, last


def _nonempty(geometry: shapely.Geometry | None) -> shapely.Geometry | None:
    return None if geometry is None or geometry.is_empty else geometry
