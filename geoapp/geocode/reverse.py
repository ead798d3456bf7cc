"""Reverse geocoding: lon/lat arrays → admin-1 unit, vectorised.

Speed comes from a 0.05° world grid. A cell is "dirty" when a unit boundary may cross
it (a vertex of the densified boundary lies in it or just beside it); every other cell
lies wholly inside one unit (or in the sea), so a single point-in-polygon test on its
centre answers for all points in it. Points in dirty cells get their own exact test.
Exact tests group points by 1° tile and run ``shapely.contains_xy`` once per candidate
unit (prepared polygons), several times faster than a spatial join on point geometries.

Points outside every polygon (coast, estuaries, the ~200–600 m simplification of the
borders) snap to the nearest unit within ``max_snap_km``, measured on the ellipsoid.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import shapely
from numpy.typing import ArrayLike

from geoapp.geocode.gazetteer import DATA_DIR, GRID_FILE, admin1_frame
from geoapp.geocode.geometry import GEOD

logger = logging.getLogger(__name__)

CELL_DEG = 0.05
_MARGIN = 0.125               # boundary densification, in cells
_NX, _NY = round(360 / CELL_DEG), round(180 / CELL_DEG)
_PIECE_SEGMENTS = 32          # boundary pieces for nearest-unit search
_KM_PER_DEG = 111.32


@dataclass(frozen=True)
class _Units:
    """Prepared polygons, their bounds, an STRtree and the packed dirty-cell bitmap."""

    geoms: np.ndarray
    bounds: np.ndarray
    tree: shapely.STRtree
    dirty: np.ndarray
    country: np.ndarray       # ISO2 per row, plus None at the end for "no unit" (row -1)
    ne_country: np.ndarray
    disputed: np.ndarray
    codes_arrow: pa.Array     # for building output columns
    names_arrow: pa.Array
    country_arrow: pa.Array


@cache
def _units() -> _Units:
    frame = admin1_frame()
    geoms = np.asarray(frame.geometry.values)
    shapely.prepare(geoms)

    def with_none(column: str) -> np.ndarray:
        values = frame[column].astype(object)
        return np.append(values.where(values.notna(), None).to_numpy(), None)

    return _Units(geoms=geoms, bounds=shapely.bounds(geoms), tree=shapely.STRtree(geoms),
                  dirty=_load_grid(), country=with_none("country"),
                  ne_country=with_none("ne_country"),
                  disputed=np.append(frame["disputed"].to_numpy(dtype=bool), False),
                  codes_arrow=pa.array(frame["adm1_code"]), names_arrow=pa.array(frame["name"]),
                  country_arrow=pa.array(frame["country"]))


def _load_grid() -> np.ndarray:
    with np.load(DATA_DIR / GRID_FILE) as grid:
        if float(grid["cell_deg"]) != CELL_DEG or float(grid["margin"]) != _MARGIN:
            raise RuntimeError(f"{DATA_DIR / GRID_FILE} was built for another grid: "
                               "run `python -m geoapp.geocode.build_data`")
        return grid["dirty"]


def write_grid(geoms: np.ndarray, path: Path) -> None:
    """Precompute the dirty-cell bitmap (2 s of work) into ``path`` (used by build_data)."""
    np.savez_compressed(path, dirty=dirty_bitmap(geoms), cell_deg=CELL_DEG, margin=_MARGIN)


def dirty_bitmap(geoms: np.ndarray) -> np.ndarray:
    """Cells that a unit boundary may cross, as packed bits (row-major).

    Boundaries are densified to segments of at most ``_MARGIN`` cells, so wherever a
    boundary crosses a cell, a vertex lies in that cell or within ``_MARGIN / 2`` of it;
    each vertex marks its own cell and any neighbour it is that close to.
    """
    lines = shapely.segmentize(shapely.boundary(geoms), CELL_DEG * _MARGIN)
    xy = shapely.get_coordinates(lines)
    fx, fy = (xy[:, 0] + 180) / CELL_DEG, (xy[:, 1] + 90) / CELL_DEG
    cx, cy = np.floor(fx).astype(np.int64), np.floor(fy).astype(np.int64)
    near = _MARGIN / 2
    step_x = np.where(fx - cx < near, -1, np.where(fx - cx > 1 - near, 1, 0))
    step_y = np.where(fy - cy < near, -1, np.where(fy - cy > 1 - near, 1, 0))
    mask = np.zeros((_NY, _NX), dtype=bool)
    for dx, dy in ((0, 0), (step_x, 0), (0, step_y), (step_x, step_y)):
        mask[np.clip(cy + dy, 0, _NY - 1), (cx + dx) % _NX] = True
    logger.info("reverse grid: %.1f%% of %.2f° cells touch a boundary",
                100 * mask.mean(), CELL_DEG)
    return np.packbits(mask.ravel())


def _cells(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    cx = np.clip(np.floor((x + 180) / CELL_DEG).astype(np.int64), 0, _NX - 1)
    cy = np.clip(np.floor((y + 90) / CELL_DEG).astype(np.int64), 0, _NY - 1)
    return cy * _NX + cx


def locate(lons: ArrayLike, lats: ArrayLike) -> np.ndarray:
    """Row in :func:`~geoapp.geocode.geometry.regions` of the unit containing each point,
    -1 outside every unit or for missing/invalid coordinates."""
    units = _units()
    x, y = xy(lons, lats)
    out = np.full(len(x), -1, dtype=np.int64)
    idx = np.flatnonzero(valid_xy(x, y))
    cells = _cells(x[idx], y[idx])
    dirty = ((units.dirty[cells >> 3] >> (7 - (cells & 7)).astype(np.uint8)) & 1).astype(bool)
    clean = idx[~dirty]
    if len(clean):
        codes, uniques = pd.factorize(cells[~dirty])
        cx, cy = (uniques % _NX + 0.5) * CELL_DEG - 180, (uniques // _NX + 0.5) * CELL_DEG - 90
        out[clean] = _contains(units, cx, cy)[codes]
    exact = idx[dirty]
    out[exact] = _contains(units, x[exact], y[exact])
    return out


def _contains(units: _Units, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Exact point-in-polygon: bin points by 1° tile, pair tiles with units by bounding
    box, then one vectorised contains_xy per unit over the points of its tiles."""
    out = np.full(len(x), -1, dtype=np.int64)
    if not len(x):
        return out
    key = (np.floor(y).astype(np.int64) + 90) * 360 + np.floor(x).astype(np.int64) + 180
    order = np.argsort(key, kind="stable")
    tiles, starts = np.unique(key[order], return_index=True)
    stops = np.r_[starts[1:], len(order)]
    tx, ty = tiles % 360 - 180, tiles // 360 - 90
    tile_i, unit_j = units.tree.query(shapely.box(tx, ty, tx + 1, ty + 1))
    if not len(unit_j):  # every point lies in open sea, far from any unit's box
        return out
    by_unit = np.argsort(unit_j, kind="stable")
    tile_i, unit_j = tile_i[by_unit], unit_j[by_unit]
    bounds = np.flatnonzero(np.r_[True, unit_j[1:] != unit_j[:-1], True])
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        unit = unit_j[a]
        pts = np.concatenate([order[starts[t]:stops[t]] for t in tile_i[a:b]])
        x0, y0, x1, y1 = units.bounds[unit]
        px, py = x[pts], y[pts]
        pts = pts[(px >= x0) & (px <= x1) & (py >= y0) & (py <= y1)]
        out[pts[shapely.contains_xy(units.geoms[unit], x[pts], y[pts])]] = unit
    return out


@cache
def _boundary_pieces() -> tuple[shapely.STRtree, np.ndarray, np.ndarray]:
    """Unit boundaries cut into short pieces (≤ 32 segments): cheap distances for the
    nearest-unit search. Returns the tree, the pieces and the unit row of each piece."""
    lines, owner = shapely.get_parts(shapely.boundary(_units().geoms), return_index=True)
    xy, line = shapely.get_coordinates(lines, return_index=True)
    per_line = np.bincount(line, minlength=len(lines))
    pos = np.arange(len(xy)) - np.r_[0, np.cumsum(per_line)[:-1]][line]
    n_pieces = np.maximum((per_line - 2) // _PIECE_SEGMENTS + 1, 1)
    first_piece = np.r_[0, np.cumsum(n_pieces)[:-1]]
    k = pos // _PIECE_SEGMENTS
    main = k < n_pieces[line]
    shared = (pos % _PIECE_SEGMENTS == 0) & (pos > 0)   # a piece's end starts the next one
    piece = np.r_[first_piece[line[main]] + k[main], first_piece[line[shared]] + k[shared] - 1]
    order = np.lexsort((np.r_[pos[main], pos[shared]], piece))
    coords = np.r_[xy[main], xy[shared]][order]
    piece = piece[order]
    pieces = shapely.linestrings(coords, indices=piece)
    piece_owner = owner[np.repeat(np.arange(len(lines)), n_pieces)]
    return shapely.STRtree(pieces), pieces, piece_owner


def nearest(x: np.ndarray, y: np.ndarray, max_km: float,
            country: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Nearest unit within ``max_km`` (geodesic) of each point, optionally only units of
    ``country[i]`` (ISO2 per point; either side of a disputed unit counts).

    Returns (point index, unit row, km) for the points that have one.
    """
    empty = np.array([], dtype=np.int64)
    if not len(x) or max_km <= 0:
        return empty, empty, np.array([])
    tree, pieces, owner = _boundary_pieces()
    pts = shapely.points(x, y)
    # A degree of longitude shrinks with cos(lat): search that far, then use the planar
    # distance to bound the geodesic one and measure only pieces that could be nearest.
    scale = _KM_PER_DEG * np.maximum(np.cos(np.radians(np.minimum(np.abs(y), 89.0))), 0.01)
    pi, pj = tree.query(pts, predicate="dwithin", distance=max_km / scale)
    unit = owner[pj]
    if country is not None:
        keep = in_country(unit, country[pi])
        pi, pj, unit = pi[keep], pj[keep], unit[keep]
    deg = shapely.distance(pieces[pj], pts[pi])
    upper = np.full(len(x), np.inf)
    np.minimum.at(upper, pi, deg * _KM_PER_DEG * 1.01)
    keep = deg * scale[pi] <= np.minimum(upper[pi], max_km)
    pi, pj, unit = pi[keep], pj[keep], unit[keep]
    if not len(pi):
        return empty, empty, np.array([])
    km = km_to(pieces[pj], x[pi], y[pi])
    order = np.lexsort((km, pi))
    pi, unit, km = pi[order], unit[order], km[order]
    first = np.r_[True, pi[1:] != pi[:-1]] & (km <= max_km)
    return pi[first], unit[first], km[first]


def in_country(rows: np.ndarray, country: np.ndarray | str) -> np.ndarray:
    """Whether unit ``rows`` (-1: none) belong to ``country``: its ISO2 or, for disputed
    units, the country Natural Earth files them under (Crimea is in "UA" and in "RU")."""
    units = _units()
    return (units.country[rows] == country) | (units.ne_country[rows] == country)


def distance_km(rows: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Geodesic km from each point to unit ``rows[i]`` (0 inside it)."""
    units = _units()
    rows = np.asarray(rows, dtype=np.int64)
    inside = shapely.contains_xy(units.geoms[rows], x, y)
    km = np.zeros(len(rows))
    out = ~inside
    if out.any():
        km[out] = km_to(units.geoms[rows[out]], x[out], y[out])
    return km


def km_to_country(x: np.ndarray, y: np.ndarray, country: np.ndarray) -> np.ndarray:
    """Geodesic km from each point to the nearest unit of ``country[i]`` (NaN if none)."""
    units = _units()
    every = np.arange(len(units.geoms))
    km = np.full(len(x), np.nan)
    for code in {c for c in country if c is not None}:
        idx = np.flatnonzero(country == code)
        mine = every[in_country(every, code)]
        if not len(mine):
            continue
        pts = shapely.points(x[idx], y[idx])
        deg = shapely.distance(units.geoms[mine][np.newaxis, :], pts[:, np.newaxis])
        km[idx] = km_to(units.geoms[mine[np.argmin(deg, axis=1)]], x[idx], y[idx])
    return km


def km_to(geoms: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Geodesic km from each point to the (planar) nearest point of its geometry."""
    line = shapely.shortest_line(geoms, shapely.points(x, y))
    start = shapely.get_coordinates(shapely.get_point(line, 0))
    _, _, metres = GEOD.inv(start[:, 0], start[:, 1], x, y)
    return np.asarray(metres) / 1000.0


def reverse(lons: ArrayLike, lats: ArrayLike, *, max_snap_km: float = 10.0) -> pd.DataFrame:
    """The admin-1 unit at each point.

    Parameters
    ----------
    lons, lats : equal-length arrays (or scalars) in EPSG:4326; NaN/None allowed.
    max_snap_km : a point outside every polygon (shore, estuary, a border smoothed by
        simplification) takes the nearest unit within this geodesic distance; farther
        out at sea it gets none.

    Returns
    -------
    DataFrame aligned with the input (its index if it is a Series): adm1_code, admin1
    (display name), country (ISO2, de jure), snapped, distance_km (0 inside, NaN when
    none), disputed.

    Example: ``reverse([35.28], [51.19]).adm1_code[0] == "RUS-2362"`` (Sudzha)
    """
    x, y = xy(lons, lats)
    row = locate(x, y)
    km = np.where(row >= 0, 0.0, np.nan)
    snapped = np.zeros(len(x), dtype=bool)
    outside = np.flatnonzero((row < 0) & valid_xy(x, y))
    hit, unit, dist = nearest(x[outside], y[outside], max_snap_km)
    row[outside[hit]], km[outside[hit]], snapped[outside[hit]] = unit, dist, True
    index = lons.index if isinstance(lons, pd.Series) else None
    return frame_for_rows(row, index=index).assign(
        snapped=snapped, distance_km=km)[
        ["adm1_code", "admin1", "country", "snapped", "distance_km", "disputed"]]


def unit_at(lon: float, lat: float, *, max_snap_km: float = 10.0) -> dict | None:
    """:func:`reverse` for one point without building a frame (a relative phrase on the
    lookup path): adm1_code, admin1, country, disputed; None when no unit is near."""
    x, y = np.array([lon], dtype=float), np.array([lat], dtype=float)
    row = locate(x, y)
    if row[0] < 0:
        _, row, _ = nearest(x, y, max_snap_km)
        if not len(row):
            return None
    units, r = _units(), int(row[0])
    return {"adm1_code": units.codes_arrow[r].as_py(), "admin1": units.names_arrow[r].as_py(),
            "country": units.country_arrow[r].as_py(), "disputed": bool(units.disputed[r])}


def frame_for_rows(row: np.ndarray, index: pd.Index | None = None) -> pd.DataFrame:
    """adm1_code, admin1, country (pandas "str" columns), disputed for unit rows (-1 →
    missing), built with Arrow take so a million rows cost milliseconds."""
    units = _units()
    take = pa.array(row, mask=row < 0)
    return pd.DataFrame({
        "adm1_code": _strings(units.codes_arrow.take(take), index),
        "admin1": _strings(units.names_arrow.take(take), index),
        "country": _strings(units.country_arrow.take(take), index),
        "disputed": pd.Series(units.disputed[row], index=index),
    }, index=index)


def _strings(values: pa.Array, index: pd.Index | None) -> pd.Series:
    return pd.Series(values, dtype=pd.StringDtype("pyarrow", na_value=np.nan), index=index)


def xy(lons: ArrayLike, lats: ArrayLike) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates as float arrays (None/strings that are not numbers → NaN)."""
    x = np.atleast_1d(np.asarray(pd.to_numeric(np.atleast_1d(lons), errors="coerce"),
                                 dtype=float))
    y = np.atleast_1d(np.asarray(pd.to_numeric(np.atleast_1d(lats), errors="coerce"),
                                 dtype=float))
    if x.shape != y.shape:
        raise ValueError(f"lons and lats differ in length: {x.shape} vs {y.shape}")
    return x, y


def valid_xy(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Finite and within ±180/±90."""
    return np.isfinite(x) & np.isfinite(y) & (np.abs(x) <= 180) & (np.abs(y) <= 90)
