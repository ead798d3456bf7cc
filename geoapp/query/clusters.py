"""Server-side aggregation of a selection into screen-sized grid cells.

The live map never receives more individual features than it can draw; past
that, events inside the visible area are counted per square cell of a fixed
size in screen pixels at the current zoom (Web Mercator, like the map). Cells
are computed relative to the visible area, so the work is one ``bincount``
over the selection whatever the zoom.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from geoapp.query.view import EventView

TILE_PX = 256
MAX_LAT = 85.05112878  # Web Mercator's limit


@dataclass(frozen=True)
class Bounds:
    """A lon/lat box: west, south, east, north (degrees)."""

    west: float
    south: float
    east: float
    north: float

    def padded(self, fraction: float) -> Bounds:
        """The box grown by ``fraction`` of its size on each side (clamped to the world)."""
        dx = (self.east - self.west) * fraction
        dy = (self.north - self.south) * fraction
        return Bounds(max(self.west - dx, -180.0), max(self.south - dy, -MAX_LAT),
                      min(self.east + dx, 180.0), min(self.north + dy, MAX_LAT))


def mercator_px(lon: np.ndarray, lat: np.ndarray, zoom: float) -> tuple[np.ndarray, np.ndarray]:
    """Lon/lat → global Web Mercator pixel coordinates at ``zoom`` (y grows southwards)."""
    scale = TILE_PX * 2.0 ** zoom
    lat = np.clip(np.asarray(lat, dtype="float64"), -MAX_LAT, MAX_LAT)
    x = (np.asarray(lon, dtype="float64") + 180.0) / 360.0 * scale
    sin = np.sin(np.radians(lat))
    y = (0.5 - np.log((1 + sin) / (1 - sin)) / (4 * np.pi)) * scale
    return x, y


def _projected(view: EventView, inside: np.ndarray, zoom: float, lon: np.ndarray,
               lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`mercator_px` of the points at ``inside``: at a whole zoom, the view's points
    projected once at zoom 0 and scaled (by a power of two, so exactly the same numbers)."""
    if not float(zoom).is_integer():
        return mercator_px(lon, lat, zoom)
    x0, y0 = view.cached("mercator", lambda: mercator_px(view.frame["lon"].to_numpy(),
                                                          view.frame["lat"].to_numpy(), 0))
    scale = 2.0 ** zoom
    return x0[inside] * scale, y0[inside] * scale


def _killed(view: EventView) -> np.ndarray:
    """Each event's killed high (an open high counted at its low, none as 0), as float64."""
    low = view.frame["killed_low"].to_numpy(dtype="float64")
    high = view.frame["killed_high"].to_numpy(dtype="float64")
    return np.nan_to_num(np.where(np.isnan(high), low, high))


def in_bounds(view: EventView, positions: np.ndarray, bounds: Bounds) -> np.ndarray:
    """The positions whose point lies inside ``bounds`` (events without a point are dropped)."""
    return _inside(view, positions, bounds)[0]


def _inside(view: EventView, positions: np.ndarray, bounds: Bounds
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`in_bounds` with the points' lon and lat (float64), read once."""
    lon = view.frame["lon"].to_numpy(dtype="float64")[positions]
    lat = view.frame["lat"].to_numpy(dtype="float64")[positions]
    keep = (lon >= bounds.west) & (lon <= bounds.east) & (lat >= bounds.south) & (lat <= bounds.north)
    return positions[keep], lon[keep], lat[keep]


def grid(view: EventView, positions: np.ndarray, zoom: float, bounds: Bounds,
         cell_px: int = 80) -> pd.DataFrame:
    """Events inside ``bounds`` counted per square screen cell of ``cell_px`` pixels.

    One row per non-empty cell: ``lon``/``lat`` (mean of its events, so a cell
    sits where its events are), ``events``, ``killed_high`` (sum, open highs
    counted at their low) and ``first`` (the position of one event in it, for
    cells holding a single event).
    """
    inside, lon, lat = _inside(view, positions, bounds)
    x, y = _projected(view, inside, zoom, lon, lat)
    (x0, x1), (y1, y0) = (v // cell_px for v in mercator_px(
        np.array([bounds.west, bounds.east]), np.array([bounds.south, bounds.north]), zoom))
    nx, ny = int(x1 - x0) + 1, int(y1 - y0) + 1
    ix = np.clip((x // cell_px - x0).astype("int64"), 0, nx - 1)
    iy = np.clip((y // cell_px - y0).astype("int64"), 0, ny - 1)
    cell = iy * nx + ix
    size = nx * ny
    counts = np.bincount(cell, minlength=size)
    killed = view.cached("killed", lambda: _killed(view))[inside]
    first = np.full(size, -1, dtype="int64")
    first[cell[::-1]] = inside[::-1]  # the earliest event of each cell wins
    used = np.flatnonzero(counts)
    n = counts[used]
    return pd.DataFrame({
        "lon": np.bincount(cell, lon, minlength=size)[used] / n,
        "lat": np.bincount(cell, lat, minlength=size)[used] / n,
        "events": n.astype("int64"),
        "killed_high": np.bincount(cell, killed, minlength=size)[used].astype("int64"),
        "first": first[used],
    })
