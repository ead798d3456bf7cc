"""Server-side aggregation of a selection into screen-sized grid cells.

The live map never receives more individual features than it can draw; past
that, events inside the visible area are counted per square cell of a fixed
size in screen pixels at the current zoom (Web Mercator, like the map). Cells
are computed relative to the visible area, so the work is one ``bincount``
over the selection whatever the zoom.

When every selected point lies in cells wholly inside the visible area (the
whole data in view, as on the first page), the cells' counts and sums come from
running totals per cell over the view's rows instead (:func:`counted_grid`): a
date window of millions of events then reads a few thousand rows.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd

from geoapp.query.view import EventView, every_row
from geoapp.query.window import BlockSums

TILE_PX = 256
#: Zoom levels whose cells a view keeps (:func:`_cells`): the few a user moves between.
KEPT_ZOOMS = 4
#: A cluster cell's side in screen pixels.
CELL_PX = 80
MAX_LAT = 85.05112878  # Web Mercator's limit
#: Most cells with events at one zoom that running totals are kept for (more: counted
#: directly each time; a table's rows grow longer with its cells).
MAX_TABLE_CELLS = 4096
#: Most cells of the box around the events at one zoom (their numbering's size).
MAX_BOX_CELLS = 1 << 22


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
    # The same operations in the same order, worked in place on two new arrays: each fresh
    # temporary of ten million points costs more than the arithmetic.
    sin = np.clip(np.asarray(lat, dtype="float64"), -MAX_LAT, MAX_LAT)
    np.sin(np.radians(sin, out=sin), out=sin)
    x = np.asarray(lon, dtype="float64") + 180.0
    x /= 360.0
    x *= scale
    y = 1 + sin
    y /= np.subtract(1, sin, out=sin)
    np.log(y, out=y)
    y /= 4 * np.pi
    np.subtract(0.5, y, out=y)
    y *= scale
    return x, y


def _cells(view: EventView, inside: np.ndarray, zoom: float, cell_px: int, lon: np.ndarray,
           lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The global cell column and row (``mercator_px // cell_px``) of the points at
    ``inside``: at a whole zoom, those of every point of the view, kept for the last
    :data:`KEPT_ZOOMS` zooms (a floor division of every selected point costs more than
    the rest of :func:`grid`)."""
    if not float(zoom).is_integer():
        x, y = mercator_px(lon, lat, zoom)
        return x // cell_px, y // cell_px
    columns, rows = prepare_cells(view, int(zoom), cell_px)
    if every_row(inside, len(view)):
        return columns, rows
    return columns[inside], rows[inside]


def prepare_grid(view: EventView, zoom: int) -> None:
    """What :func:`grid` derives from the whole view at ``zoom`` (cells, killed per event),
    built now: the server's start builds the first page's ahead (seconds at ten million)."""
    prepare_cells(view, zoom)
    view.cached("killed", lambda: _killed(view))


def prepare_cells(view: EventView, zoom: int, cell_px: int = CELL_PX
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Every point's cell at a whole ``zoom``, kept for the view's last :data:`KEPT_ZOOMS`
    zooms: built here when missing."""
    lock, kept = view.cached("cells", lambda: (threading.Lock(), {}))
    key = (zoom, cell_px)
    with view.cached(f"cells:{key}", threading.Lock):  # one build per zoom, whoever asks
        with lock:
            found = kept.get(key)
        if found is None:
            found = _view_cells(view, zoom, cell_px)
            with lock:
                kept[key] = found
                while len(kept) > KEPT_ZOOMS:
                    kept.pop(next(iter(kept)))
    return found


def kept_cells(view: EventView) -> dict[tuple[int, int], tuple[np.ndarray, np.ndarray]]:
    """The cells the view keeps, by (zoom, cell size): what a later start may read back."""
    lock, kept = view.cached("cells", lambda: (threading.Lock(), {}))
    with lock:
        return dict(kept)


def keep_cells(view: EventView, zoom: int, cell_px: int,
               cells: tuple[np.ndarray, np.ndarray]) -> None:
    """Give the view every point's cells at a zoom (read back from disk, not projected)."""
    if not all(len(c) == len(view) for c in cells):
        raise ValueError("cells of another view")
    lock, kept = view.cached("cells", lambda: (threading.Lock(), {}))
    with lock:
        kept[(zoom, cell_px)] = cells


def _view_cells(view: EventView, zoom: int, cell_px: int) -> tuple[np.ndarray, np.ndarray]:
    """Every point's cell column and row at ``zoom`` as int32 (0 where it has no point)."""
    return point_cells(view.frame["lon"].to_numpy(), view.frame["lat"].to_numpy(), zoom, cell_px)


def point_cells(lon: np.ndarray, lat: np.ndarray, zoom: int, cell_px: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_view_cells` of these points (a few added to a view's kept cells)."""
    placed = ~np.isnan(lon) & ~np.isnan(lat)
    if placed.all():  # no masks to gather and scatter through
        return tuple(np.floor_divide(v, cell_px, out=v).astype(np.int32)
                     for v in mercator_px(lon, lat, zoom))
    out = np.zeros((2, len(lon)), dtype=np.int32)
    for row, v in enumerate(mercator_px(lon[placed], lat[placed], zoom)):
        out[row, placed] = v // cell_px
    return out[0], out[1]


def _killed(view: EventView) -> np.ndarray:
    """Each event's killed high (an open high counted at its low, none as 0), as float64."""
    low, high = view.frame["killed_low"].to_numpy(), view.frame["killed_high"].to_numpy()
    out = high.astype("float64")
    gap = np.isnan(high)
    np.copyto(out, low, where=gap)  # selects in place: nan_to_num costs five passes
    np.copyto(out, 0.0, where=np.isnan(out, out=gap))
    return out


class Placed(NamedTuple):
    """Positions of points inside a box, with their lon and lat (float64), read once."""

    positions: np.ndarray
    lon: np.ndarray
    lat: np.ndarray


def located_positions(view: EventView, positions: np.ndarray) -> np.ndarray:
    """The positions of events with a point; ``positions`` themselves, without reading a
    value, when every event of the view has one (a window of a million events costs a
    gather of their longitudes otherwise)."""
    placed = view.cached("placed", lambda: _placed(view))
    return positions if placed is None else positions[placed[positions]]


def _placed(view: EventView) -> np.ndarray | None:
    """Which events of the view have a point (None when all have one)."""
    placed = ~np.isnan(view.frame["lon"].to_numpy())
    return None if placed.all() else placed


def in_bounds(view: EventView, positions: np.ndarray, bounds: Bounds) -> np.ndarray:
    """The positions whose point lies inside ``bounds`` (events without a point are dropped)."""
    return placed_in(view, positions, bounds).positions


def placed_in(view: EventView, positions: np.ndarray, bounds: Bounds) -> Placed:
    """:func:`in_bounds` with the points' lon and lat, which :func:`grid_of` counts from, so
    a caller that tests the box first does not gather them twice."""
    lon = view.frame["lon"].to_numpy(dtype="float64")
    lat = view.frame["lat"].to_numpy(dtype="float64")
    if not every_row(positions, len(view)):
        lon, lat = lon[positions], lat[positions]
    keep = (lon >= bounds.west) & (lon <= bounds.east) & (lat >= bounds.south) & (lat <= bounds.north)
    if keep.all():  # positions already inside: no copies
        return Placed(positions, lon, lat)
    return Placed(positions[keep], lon[keep], lat[keep])


def grid(view: EventView, positions: np.ndarray, zoom: float, bounds: Bounds,
         cell_px: int = CELL_PX) -> pd.DataFrame:
    """Events inside ``bounds`` counted per square screen cell of ``cell_px`` pixels.

    One row per non-empty cell: ``lon``/``lat`` (mean of its events, so a cell
    sits where its events are), ``events``, ``killed_high`` (sum, open highs
    counted at their low) and ``first`` (the position of one event in it, for
    cells holding a single event).
    """
    return grid_of(view, placed_in(view, positions, bounds), zoom, bounds, cell_px)


def grid_of(view: EventView, placed: Placed, zoom: float, bounds: Bounds,
            cell_px: int = CELL_PX) -> pd.DataFrame:
    """:func:`grid` of the points :func:`placed_in` found inside ``bounds``."""
    inside, lon, lat = placed
    gx, gy = _cells(view, inside, zoom, cell_px, lon, lat)
    (x0, x1), (y1, y0) = (v // cell_px for v in mercator_px(
        np.array([bounds.west, bounds.east]), np.array([bounds.south, bounds.north]), zoom))
    nx, ny = int(x1 - x0) + 1, int(y1 - y0) + 1
    # Cells are whole numbers (floored): shifted as int64, in place, not through float64.
    ix = np.asarray(gx).astype("int64")
    ix -= int(x0)
    cell = np.asarray(gy).astype("int64")
    cell -= int(y0)
    np.clip(cell, 0, ny - 1, out=cell)
    cell *= nx
    cell += np.clip(ix, 0, nx - 1, out=ix)
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


class CellTable(NamedTuple):
    """Running totals per cell with events at one zoom: each cell's global column and row,
    the box around all its points (west, south, east, north: 4 × cells) and the count, lon,
    lat and killed sums of any selection (:class:`BlockSums`)."""

    columns: np.ndarray
    rows: np.ndarray
    extent: np.ndarray
    sums: BlockSums


def cell_table(view: EventView, zoom: int, cell_px: int = CELL_PX, *,
               wait: bool = True) -> CellTable | None:
    """The view's :class:`CellTable` at a whole ``zoom``, kept for its last
    :data:`KEPT_ZOOMS` zooms; None when its events fill too many cells.

    ``wait=False``: None until it is built, the build begun in a thread of its own, so the
    first request at a new zoom is counted from its rows as before rather than kept waiting
    for the table (a second or two at ten million events)."""
    lock, kept, begun = view.cached("cell-tables", lambda: (threading.Lock(), {}, set()))
    key = (zoom, cell_px)
    with lock:
        if key in kept:
            return kept[key]
        if not wait:
            if key not in begun:
                begun.add(key)
                threading.Thread(target=cell_table, args=(view, zoom, cell_px),
                                 name="geoapp-cell-table", daemon=True).start()
            return None
    with view.cached(f"cell-table:{key}", threading.Lock):  # one build per zoom
        with lock:
            if key in kept:
                return kept[key]
        table = _cell_table(view, zoom, cell_px)
        if table is not None:
            table.sums.prefix  # noqa: B018 (the running totals built now, not by a request)
        with lock:
            kept[key] = table
            begun.add(key)
            while len(kept) > KEPT_ZOOMS:
                begun.discard(old := next(iter(kept)))
                kept.pop(old)
    return table


def _cell_table(view: EventView, zoom: int, cell_px: int) -> CellTable | None:
    columns, rows = prepare_cells(view, zoom, cell_px)
    placed = view.cached("placed", lambda: _placed(view))
    if not len(view) or (placed is not None and not placed.any()):
        return None
    located = slice(None) if placed is None else placed
    (x0, x1), (y0, y1) = ((int(v.min()), int(v.max())) for v in (columns[located], rows[located]))
    height = y1 - y0 + 1
    if (x1 - x0 + 1) * height > MAX_BOX_CELLS:
        return None
    box = columns - np.int32(x0)  # the cell's number in that box (fits int32: see above)
    box *= np.int32(height)
    box += rows
    box -= np.int32(y0)
    if placed is not None:
        box[~placed] = -1
    used = np.flatnonzero(np.bincount(box if placed is None else box[placed]))
    if len(used) > MAX_TABLE_CELLS:
        return None
    code = np.full(int(used[-1]) + 2, -1, dtype=np.int32)  # the last slot: no point (-1)
    code[used] = np.arange(len(used), dtype=np.int32)
    codes = code[box]
    lon = view.frame["lon"].to_numpy(dtype="float64")
    lat = view.frame["lat"].to_numpy(dtype="float64")
    extent = np.empty((4, len(used)))
    extent[:2], extent[2:] = np.inf, -np.inf
    where = codes[located]
    for row, (values, least) in enumerate(((lon, True), (lat, True), (lon, False),
                                           (lat, False))):
        (np.minimum if least else np.maximum).at(extent[row], where, values[located])
    killed = view.cached("killed", lambda: _killed(view))
    sums = BlockSums(view, codes, len(used), lambda at: [lon[at], lat[at], killed[at]])
    return CellTable(used // height + x0, used % height + y0, extent, sums)


def counted_grid(view: EventView, positions: np.ndarray, zoom: float, bounds: Bounds,
                 cell_px: int = CELL_PX) -> pd.DataFrame | None:
    """:func:`grid` (without ``first``) from the view's running totals per cell, when every
    point of each cell with selected points lies inside ``bounds`` (then so do the selected
    ones); None when some such cell reaches past them (or the zoom is not whole, or the
    table would be too large)."""
    table = (cell_table(view, int(zoom), cell_px, wait=False) if float(zoom).is_integer()
             else None)
    if table is None:
        return None
    sums = table.sums.sums(positions)
    used = np.flatnonzero(sums[:, 0])
    west, south, east, north = table.extent[:, used]
    if not ((west >= bounds.west) & (east <= bounds.east) & (south >= bounds.south)
            & (north <= bounds.north)).all():  # as placed_in() tests each point
        return None
    # in the order grid() numbers cells: row by row of the box, from its north-west corner
    (x0, x1), (y0, _) = (v // cell_px for v in mercator_px(
        np.array([bounds.west, bounds.east]), np.array([bounds.north, bounds.south]), zoom))
    x, y = table.columns[used], table.rows[used]
    used = used[np.argsort((y - int(y0)) * int(x1 - x0 + 1) + x - int(x0), kind="stable")]
    n = sums[used, 0]
    return pd.DataFrame({"lon": sums[used, 1] / n, "lat": sums[used, 2] / n,
                         "events": n.astype("int64"),
                         "killed_high": sums[used, 3].astype("int64")})
