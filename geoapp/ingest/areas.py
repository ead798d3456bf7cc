"""Areas that change over time: polygon files → one :class:`~geoapp.store.AreaBatch` per layer.

Input is GeoJSON, GeoJSONSeq, GeoPackage or GeoParquet polygons in one of two forms:

- **dated snapshots** (``--map date=COL``, or a ``date`` column, or ``--date`` /
  a ``YYYY-MM-DD`` in the file name for a file that is one day's snapshot): each
  snapshot is the layer's whole state on its day. An area holds from its
  snapshot until the day before the next snapshot; in the last one it is still
  valid (an open end). Features of one area on one day are merged.
- **validity intervals** (``--map valid_from=COL --map valid_to=COL``, or columns
  of those names): each row is one interval; an empty ``valid_to`` means "still valid".

An area is told apart by ``--map area=COL`` (default: a ``name``, else ``id``
column, else the layer is one area). Invalid geometries are repaired
(``make_valid``) and flagged; unusable ones (no polygon, outside lon/lat) are
rejected with their feature number. Identical consecutive snapshots become one
interval when the store merges them (:mod:`geoapp.store.areas`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geoapp.errors import ReadError
from geoapp.frames import REJECT_COLUMNS
from geoapp.store.areas import AreaBatch

#: Fields ``--map`` may name, and the column looked for when it does not.
AREA_FIELDS = ("date", "valid_from", "valid_to", "area", "name")
#: Reading each format (by suffix); GeoParquet is not a GDAL format everywhere.
SUFFIXES = {".geojson": "geojson", ".json": "geojson", ".geojsons": "geojsonseq",
            ".geojsonseq": "geojsonseq", ".gpkg": "gpkg", ".parquet": "geoparquet",
            ".geoparquet": "geoparquet"}
LAYER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
#: Coordinates are rounded to this grid (about 0.1 m) before geometries are compared.
GRID = 1e-6


def read_areas(paths: Sequence[Path], layer: str, *, mapping: dict[str, str] | None = None,
               source_name: str | None = None, date: dt.date | None = None) -> AreaBatch:
    """Read one or more polygon files of one area layer into a batch for the store.

    Example
    -------
    >>> batch = read_areas([Path("control.geojson")], "control",
    ...                    mapping={"date": "day"})  # doctest: +SKIP
    >>> store.write_areas(batch)  # doctest: +SKIP
    """
    if not LAYER_NAME.match(layer):
        raise ReadError(f"layer name {layer!r}: use letters, digits, '-', '_' or '.' "
                        "(at most 64)")
    mapping = dict(mapping or {})
    unknown = sorted(set(mapping) - set(AREA_FIELDS))
    if unknown:
        raise ReadError(f"--map {', '.join(unknown)}: not an area field; use any of "
                        f"{list(AREA_FIELDS)}")
    if "date" in mapping and ("valid_from" in mapping or "valid_to" in mapping):
        raise ReadError("--map date=… (snapshots) and valid_from/valid_to (intervals) exclude "
                        "each other")
    features, rejects, read, formats = [], [], 0, set()
    for path in paths:
        frame, fmt = _read_file(path)
        formats.add(fmt)
        read += len(frame)
        good, bad = _features(frame, path, mapping, date, many=len(paths) > 1)
        features.append(good)
        rejects += bad
    table = pd.concat(features, ignore_index=True)
    if table["mode"].nunique() > 1:
        raise ReadError(f"{', '.join(map(str, paths))}: some files are dated snapshots and some "
                        "hold validity intervals; ingest them separately")
    reject_frame = pd.DataFrame(rejects, columns=list(REJECT_COLUMNS))
    source = ", ".join(str(p) for p in paths)
    if table.empty:
        intervals, span = _empty_intervals(), (dt.date.today(), dt.date.today())
        if reject_frame.empty:
            raise ReadError(f"{source}: no features")
    elif table["mode"].iloc[0] == "snapshot":
        intervals, span = _from_snapshots(table)
    else:
        intervals, span, overlaps = _from_intervals(table)
        reject_frame = pd.concat([reject_frame, overlaps], ignore_index=True)
    return AreaBatch(layer=layer, source=source, format="+".join(sorted(formats)),
                     intervals=intervals, span=span, source_name=source_name,
                     rejects=reject_frame, read=read)


def _read_file(path: Path) -> tuple[gpd.GeoDataFrame, str]:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ReadError(f"{path}: cannot tell the format from the name; use one of "
                        f"{sorted(set(SUFFIXES))}")
    try:
        frame = gpd.read_parquet(path) if fmt == "geoparquet" else gpd.read_file(path)
    except Exception as exc:  # noqa: BLE001 - GDAL and Arrow raise many types; all mean "unreadable"
        raise ReadError(f"{path}: cannot read as {fmt}: {str(exc).splitlines()[0]}") from exc
    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    return frame, fmt


def _column(frame: pd.DataFrame, mapping: dict[str, str], field: str, path: Path,
            *fallbacks: str) -> str | None:
    """The column holding ``field``: as mapped (it must exist), else the first fallback present."""
    if field in mapping:
        if mapping[field] not in frame.columns:
            raise ReadError(f"{path}: --map {field}={mapping[field]}: no such column; columns "
                            f"are {[c for c in frame.columns if c != frame.geometry.name]}")
        return mapping[field]
    return next((c for c in (field, *fallbacks) if c in frame.columns), None)


def _features(frame: gpd.GeoDataFrame, path: Path, mapping: dict[str, str],
              date: dt.date | None, many: bool) -> tuple[pd.DataFrame, list[tuple]]:
    """The usable features (key, name, dates, geometry, flags, properties) and the rejects."""
    where = f"{path.name}: " if many else ""
    from_col = _column(frame, mapping, "valid_from", path)
    date_col = _column(frame, mapping, "date", path) if from_col is None or "date" in mapping else None
    to_col = _column(frame, mapping, "valid_to", path)
    key_col = _column(frame, mapping, "area", path, "name", "id")
    name_col = _column(frame, mapping, "name", path) or key_col
    file_date = date or _date_in_name(path)
    if from_col is None and date_col is None and file_date is None:
        raise ReadError(f"{path}: no dates: give --map date=COLUMN (snapshots), --map "
                        "valid_from=COLUMN [--map valid_to=COLUMN] (intervals) or --date "
                        "(a file that is one day's snapshot)")
    mode = "interval" if from_col is not None and date_col is None else "snapshot"
    used = {c for c in (date_col, from_col, to_col, key_col, name_col) if c}
    extra = [c for c in frame.columns if c not in used and c != frame.geometry.name]
    geoms, flags, reasons = _checked_geometries(frame.geometry.to_numpy())
    rows, rejects = [], []
    for i, (geom, flag, reason) in enumerate(zip(geoms, flags, reasons, strict=True)):
        number = i + 1
        record = frame.iloc[i]
        try:
            if mode == "snapshot":
                start = _as_date(record[date_col], "date") if date_col else file_date
                end = start
            else:
                start = _as_date(record[from_col], "valid_from")
                end = _as_date(record[to_col], "valid_to", optional=True) if to_col else None
                if start is None:
                    raise ValueError("valid_from is empty")
                if end is not None and end < start:
                    raise ValueError(f"valid_to {end} is before valid_from {start}")
            if start is None:
                raise ValueError("date is empty")
        except ValueError as exc:
            rejects.append((number, f"{where}feature {number}: {exc}", None))
            continue
        if reason:
            rejects.append((number, f"{where}feature {number}: {reason}", None))
            continue
        key = str(record[key_col]) if key_col and pd.notna(record[key_col]) else ""
        rows.append({
            "mode": mode, "area_key": key,
            "name": str(record[name_col]) if name_col and pd.notna(record[name_col]) else key or None,
            "valid_from": start, "valid_to": end, "geometry": geom,
            "flags": [f"feature {number}: {flag}"] if flag else [],
            "properties": {c: _plain(record[c]) for c in extra},
            "feature": number,
        })
    return pd.DataFrame(rows, columns=["mode", "area_key", "name", "valid_from", "valid_to",
                                       "geometry", "flags", "properties", "feature"]), rejects


def _checked_geometries(geoms: np.ndarray) -> tuple[np.ndarray, list[str | None], list[str | None]]:
    """Each geometry made usable: repaired when invalid (with a flag saying why), or a reason
    it cannot be used."""
    out = np.empty(len(geoms), dtype=object)
    flags: list[str | None] = [None] * len(geoms)
    reasons: list[str | None] = [None] * len(geoms)
    for i, geom in enumerate(geoms):
        if geom is None or shapely.is_empty(geom):
            reasons[i] = "no geometry"
            continue
        polygonal = _polygonal(geom)
        if polygonal is None:
            reasons[i] = f"a {geom.geom_type} is not an area (Polygon or MultiPolygon)"
            continue
        west, south, east, north = polygonal.bounds
        if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
            reasons[i] = ("coordinates outside longitude/latitude (give the file a CRS, or "
                          "reproject it to EPSG:4326)")
            continue
        if not polygonal.is_valid:
            why = shapely.is_valid_reason(polygonal)
            polygonal = _polygonal(shapely.make_valid(polygonal))
            if polygonal is None:
                reasons[i] = f"invalid ({why}) and nothing of it is left after repair"
                continue
            flags[i] = f"repaired invalid geometry ({why})"
        out[i] = polygonal
    return out, flags, reasons


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry | None:
    """The polygons in ``geom`` as one (Multi)Polygon; None if it holds none."""
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")
             and not g.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


def _canonical(geom: shapely.Geometry) -> tuple[bytes, str]:
    """WKB of the geometry on the comparison grid, normalised, and its hash: equal areas on
    two days give equal hashes."""
    snapped = shapely.normalize(shapely.set_precision(geom, GRID))
    wkb = shapely.to_wkb(snapped)
    return wkb, hashlib.md5(wkb, usedforsecurity=False).hexdigest()


def _from_snapshots(table: pd.DataFrame) -> tuple[pd.DataFrame, tuple[dt.date, dt.date]]:
    """One interval per area and snapshot, from its day to the day before the next snapshot
    (open after the last); the store merges identical neighbours."""
    days = sorted(set(table["valid_from"]))
    next_day = {d: n - dt.timedelta(days=1) for d, n in zip(days, days[1:], strict=False)}
    rows = []
    for (day, key), group in table.groupby(["valid_from", "area_key"], sort=True):
        geom = group["geometry"].iloc[0] if len(group) == 1 else _polygonal(
            shapely.union_all(group["geometry"].to_numpy()))
        rows.append(_interval(key, group, day, next_day.get(day), geom))
    return pd.DataFrame(rows), (days[0], days[-1])


def _from_intervals(table: pd.DataFrame) -> tuple[pd.DataFrame, tuple[dt.date, dt.date], pd.DataFrame]:
    """One interval per row; a row overlapping an earlier one of the same area is rejected."""
    rows, rejects = [], []
    for key, group in table.sort_values(["area_key", "valid_from", "feature"]).groupby("area_key"):
        last_end: dt.date | None = None
        last_feature = None
        for _, row in group.iterrows():
            if last_feature is not None and (last_end is None or row["valid_from"] <= last_end):
                rejects.append((row["feature"], f"feature {row['feature']}: its interval overlaps "
                                f"feature {last_feature} of the same area {key!r}", None))
                continue
            rows.append(_interval(key, row.to_frame().T, row["valid_from"], row["valid_to"],
                                  row["geometry"]))
            last_end, last_feature = row["valid_to"], row["feature"]
    starts = [r["valid_from"] for r in rows]
    ends = [r["valid_to"] or r["valid_from"] for r in rows]
    span = (min(starts), max(ends)) if rows else (dt.date.today(), dt.date.today())
    return pd.DataFrame(rows), span, pd.DataFrame(rejects, columns=list(REJECT_COLUMNS))


def _interval(key: str, group: pd.DataFrame, start: dt.date, end: dt.date | None,
              geom: shapely.Geometry) -> dict:
    wkb, digest = _canonical(geom)
    flags = [f for fs in group["flags"] for f in fs]
    return {"area_key": key, "name": group["name"].iloc[0], "valid_from": start,
            "valid_to": end, "geometry": wkb, "geometry_hash": digest,
            "flags": json.dumps(flags, ensure_ascii=False),
            "properties": json.dumps(group["properties"].iloc[0], ensure_ascii=False,
                                     default=str)}


def _empty_intervals() -> pd.DataFrame:
    return pd.DataFrame(columns=["area_key", "name", "valid_from", "valid_to", "geometry",
                                 "geometry_hash", "flags", "properties"])


def _as_date(value: object, field: str, optional: bool = False) -> dt.date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        if optional:
            return None
        raise ValueError(f"{field} is empty")
    if isinstance(value, pd.Timestamp | dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"{field} {value!r} is not a date (use YYYY-MM-DD)") from None


def _date_in_name(path: Path) -> dt.date | None:
    match = _DATE_IN_NAME.search(path.stem)
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _plain(value: object) -> object:
    """A property value as JSON can hold it."""
    if value is None or (np.isscalar(value) and pd.isna(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value if isinstance(value, str | int | float | bool) else str(value)
