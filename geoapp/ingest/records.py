"""Readers for records already in geoapp's model: JSON Lines, GeoJSON, Parquet, mapped CSV.

geoapp's own exports come back through these without loss. Generic CSVs are
read through a column mapping (``model_field → column``); columns already named
like model fields, and a few common aliases, map themselves.
"""

from __future__ import annotations

import io
import json

import pandas as pd
import pyarrow.parquet as pq

from geoapp.errors import ReadError
from geoapp.frames import empty_rejects
from geoapp.ingest.dates import parse_dates
from geoapp.ingest.parsed import Parsed, text, unparsed_rejects
from geoapp.ingest.table import RawTable
from geoapp.model import FIELD_NAMES, FIGURE_FIELDS

#: Column names that commonly mean a model field in hand-made spreadsheets.
ALIASES = {
    "id": "event_id", "date": "date_start", "event_date": "date_start", "start_date": "date_start",
    "end_date": "date_end", "type": "event_type", "latitude": "lat", "longitude": "lon",
    "lng": "lon", "location": "location_text", "place": "location_text", "source": "source_name",
    "url": "source_url", "region": "admin1", "fatalities": "killed_low",
}
_DATE_COLUMNS = ("date_start", "date_end", "reported_date")
_NUMBER_COLUMNS = ("lon", "lat", *FIGURE_FIELDS)
RS = b"\x1e"  # RFC 8142 record separator


def read_mapped_csv(table: RawTable, mapping: dict[str, str] | None = None) -> Parsed:
    """A CSV whose columns map to model fields by name, alias or an explicit mapping."""
    columns = _resolve_mapping(list(table.cells.columns), mapping or {})
    cells = table.cells
    frame = pd.DataFrame(index=cells.index)
    for field, column in columns.items():
        frame[field] = text(cells, column)
    parsed_values = {}
    for field in _DATE_COLUMNS:
        if field in frame:
            frame[field] = parse_dates(frame[field])
            parsed_values[columns[field]] = frame[field]
    for field in _NUMBER_COLUMNS:
        if field in frame:
            frame[field] = pd.to_numeric(frame[field], errors="coerce")
            parsed_values[columns[field]] = frame[field]
    rejects = unparsed_rejects(cells, table.lines, parsed_values)
    return Parsed(_with_defaults(frame), table.lines, rejects)


def _resolve_mapping(header: list[str], mapping: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(mapping) - set(FIELD_NAMES))
    if unknown:
        raise ReadError(f"unknown model field(s) in mapping: {unknown}")
    missing = sorted(set(mapping.values()) - set(header))
    if missing:
        raise ReadError(f"mapped column(s) not in the file: {missing}; columns are {header}")
    columns = dict(mapping)
    for column in header:
        field = column.strip().lower()
        field = field if field in FIELD_NAMES else ALIASES.get(field)
        if field and field not in columns:
            columns[field] = column
    if "date_start" not in columns:
        raise ReadError(f"no date column found (map one with date_start=COLUMN); columns are {header}")
    return columns


def read_jsonl(data: bytes, source: str) -> Parsed:
    """geoapp JSON Lines: one model record per line; a bad line is rejected, not fatal.

    GeoJSON text sequences (RFC 8142: a Feature per line after an RS) read the same way.
    """
    records, lines, rejects = [], [], []
    for number, line in enumerate(io.BytesIO(data), start=1):
        line = line.lstrip(RS)
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            rejects.append((number, f"not valid JSON: {exc}", line[:200].decode(errors="replace")))
            continue
        if not isinstance(record, dict):
            rejects.append((number, "line is not a JSON object", ""))
            continue
        if record.get("type") == "Feature":
            record, problem = _feature_record(record)
            if problem:
                rejects.append((number, problem, ""))
                continue
        records.append(record)
        lines.append(number)
    if not records and not rejects:
        raise ReadError(f"{source}: no records")
    return _from_records(records, lines, rejects)


#: ``kind`` of the area features in a geoapp snapshot.
AREA_KIND = "area"


def read_geojson(data: bytes, source: str) -> Parsed:
    """A GeoJSON FeatureCollection (geoapp snapshots included); ``line`` is the feature number.

    A snapshot's area features (``"kind": "area"``) are not events and are left out
    (``geoapp areas ingest`` reads them).
    """
    try:
        doc = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ReadError(f"{source}: not valid JSON: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise ReadError(f"{source}: not a GeoJSON FeatureCollection")
    records, lines, rejects = [], [], []
    for number, feature in enumerate(doc.get("features") or [], start=1):
        if ((feature or {}).get("properties") or {}).get("kind") == AREA_KIND:
            continue
        props, problem = _feature_record(feature)
        if problem:
            rejects.append((number, problem, ""))
            continue
        records.append(props)
        lines.append(number)
    return _from_records(records, lines, rejects)


def _feature_record(feature: dict) -> tuple[dict, str | None]:
    """A Feature's properties as a record, its id and Point filling event_id and lon/lat."""
    props = dict(feature.get("properties") or {})
    props.setdefault("event_id", feature.get("id"))
    geometry = feature.get("geometry")
    if geometry and geometry.get("type") == "Point":
        props["lon"], props["lat"] = geometry["coordinates"][:2]  # GeoJSON is lon, lat
    elif geometry is not None and props.get("lon") is None:
        return props, (f"unsupported geometry {geometry.get('type')!r} without "
                       "lon/lat properties")
    return props, None


def read_parquet(data: bytes, source: str) -> Parsed:
    try:
        frame = pq.read_table(io.BytesIO(data)).to_pandas()
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        raise ReadError(f"{source}: not a readable Parquet file: {exc}") from exc
    frame = frame[[c for c in frame.columns if c in FIELD_NAMES]]
    lines = pd.Series(range(1, len(frame) + 1), dtype="int64")
    return Parsed(_with_defaults(frame), lines, empty_rejects())


def _from_records(records: list[dict], lines: list[int], rejects: list[tuple]) -> Parsed:
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    frame = frame[[c for c in frame.columns if c in FIELD_NAMES]]
    parsed = {}
    for field in _DATE_COLUMNS:
        if field in frame:
            raw = frame[field]
            frame[field] = parse_dates(raw.astype(object).where(raw.notna(), None))
            parsed[field] = (raw, frame[field])
    line_series = pd.Series(lines, dtype="int64")
    reject_frame = pd.DataFrame(rejects, columns=["line", "reason", "raw"])
    bad = pd.Series(False, index=frame.index)
    for field, (raw, values) in parsed.items():
        unreadable = raw.notna() & (raw.astype(str) != "") & values.isna() & ~bad
        for idx in unreadable[unreadable].index:
            reject_frame.loc[len(reject_frame)] = (lines[idx], f"unreadable {field} {raw[idx]!r}", "")
        bad |= unreadable
    return Parsed(_with_defaults(frame), line_series, reject_frame)


def _with_defaults(frame: pd.DataFrame) -> pd.DataFrame:
    """Fill what a hand-made record may leave out: end = start, day precision, reported status."""
    if "date_end" not in frame:
        frame["date_end"] = frame["date_start"]
    frame["date_end"] = frame["date_end"].fillna(frame["date_start"])
    for field, default in (("date_precision", "day"), ("status", "reported")):
        frame[field] = frame[field].fillna(default) if field in frame else default
    if "geo_precision" not in frame:
        frame["geo_precision"] = None
    return frame
