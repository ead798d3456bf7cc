"""Read an analyst's list of places (CSV, GeoJSON or JSON Lines) into checked rows.

Columns are found by name when ``--map`` does not give them: a census table of
settlements ("settlement", "municipality", "region", "population", "latitude_dd",
"longitude_dd"), a GeoNames-like file ("name", "alternatenames", "latitude",
"longitude") or a list in Russian or Ukrainian headers ("населенный пункт", "район",
"широта", "долгота") all load as they are. A CSV that is not UTF-8 is read as
Windows-1251 when that gives Cyrillic words, else as Windows-1252. Bad rows are set
aside with their line and reason; nothing else is lost.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from geoapp.errors import ReadError
from geoapp.ingest.table import read_bytes, read_table

PLACE_FORMATS = ("auto", "csv", "geojson", "jsonl")
#: What ``--map FIELD=COLUMN`` may name.
PLACE_FIELDS = ("name", "lon", "lat", "alt_names", "population", "district", "region", "country")
# Header names recognised per field, compared after lower-casing and dropping
# everything but letters and digits; the first that a file has wins.
_SYNONYMS = {
    "name": ["name", "settlement", "placename", "place", "locality", "town", "village", "title",
             "asciiname", "населенныйпункт", "населённыйпункт", "нп", "название",
             "наименование", "поселение", "населенийпункт", "назва"],
    "lat": ["lat", "latitude", "latitudedd", "latdd", "y", "широта", "lat_dd"],
    "lon": ["lon", "lng", "long", "longitude", "longitudedd", "londd", "x", "долгота", "довгота"],
    "alt_names": ["altnames", "alternatenames", "alternativenames", "names", "aliases",
                  "othernames", "варианты", "другиеназвания"],
    "population": ["population", "pop", "population2010", "census2010", "inhabitants",
                   "население", "численность", "численностьнаселения", "населення"],
    "district": ["district", "municipality", "raion", "rayon", "county", "admin2",
                 "municipaldistrict", "район", "муниципальноеобразование",
                 "муниципальныйрайон", "мо"],
    "region": ["region", "oblast", "admin1", "province", "state", "subject", "регион",
               "субъект", "субъектрф", "область", "область/край"],
    "country": ["country", "countrycode", "iso2", "cc", "страна", "країна"],
}
_CYRILLIC_WORD = re.compile(r"[а-яА-ЯёЁіїєґІЇЄҐ]{3,}")


@dataclass
class PlaceRows:
    """The rows of a place file in :data:`PLACE_FIELDS` columns, their source lines, the
    rows set aside (line, reason, raw) and the file's SHA-256."""

    rows: pd.DataFrame
    lines: pd.Series
    rejects: pd.DataFrame
    sha256: str
    format: str


def read_place_file(path: str | Path, *, fmt: str = "auto",
                    mapping: dict[str, str] | None = None) -> PlaceRows:
    """Read and check one place list.

    Example
    -------
    >>> rows = read_place_file("settlements.csv", mapping={"name": "settlement"})  # doctest: +SKIP
    >>> rows.rows.columns.tolist()[:3]  # doctest: +SKIP
    ['name', 'lon', 'lat']
    """
    path = Path(path)
    if fmt not in PLACE_FORMATS:
        raise ReadError(f"unknown place list format {fmt!r}; use one of {list(PLACE_FORMATS)}")
    unknown = sorted(set(mapping or {}) - set(PLACE_FIELDS))
    if unknown:
        raise ReadError(f"--map names unknown fields {unknown}; use {list(PLACE_FIELDS)}")
    data = read_bytes(path)
    if fmt == "auto":
        fmt = _detect(path, data)
    if fmt == "csv":
        records, lines, rejects = _csv(data, str(path))
    else:
        records, lines, rejects = (_geojson if fmt == "geojson" else _jsonl)(data, str(path))
    columns = _columns(list(records.columns), mapping or {}, str(path))
    frame = pd.DataFrame({field: records[column] if column else None
                          for field, column in columns.items()})
    good, bad = _check(frame, lines)
    rejects = pd.concat([rejects, bad], ignore_index=True).sort_values("line", kind="stable")
    return PlaceRows(good.reset_index(drop=True), lines[good.index].reset_index(drop=True),
                     rejects.reset_index(drop=True), hashlib.sha256(data).hexdigest(), fmt)


def _detect(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        return "geojson" if b"FeatureCollection" in data[:4096] or suffix == ".geojson" \
            else "jsonl"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    return "csv"


def _csv(data: bytes, source: str) -> tuple[pd.DataFrame, pd.Series, pd.DataFrame]:
    table = read_table(_as_utf8(data), source)
    return table.cells, table.lines, table.rejects


def _as_utf8(data: bytes) -> bytes:
    """Windows-1251 files (common for Russian and Ukrainian tables) re-encoded as UTF-8."""
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    return text.encode("utf-8") if len(_CYRILLIC_WORD.findall(text[:20000])) >= 3 else data


def _geojson(data: bytes, source: str) -> tuple[pd.DataFrame, pd.Series, pd.DataFrame]:
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        raise ReadError(f"{source}: not valid GeoJSON: {exc}") from exc
    features = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(features, list):
        raise ReadError(f"{source}: a GeoJSON FeatureCollection is expected")
    records, rejects = [], []
    for number, feature in enumerate(features, start=1):
        geometry = (feature or {}).get("geometry") or {}
        props = dict((feature or {}).get("properties") or {})
        if geometry.get("type") != "Point":
            rejects.append((number, f"feature {number}: geometry is not a Point", ""))
            props["__skip__"] = True
        else:
            coordinates = geometry.get("coordinates") or [None, None]
            props.setdefault("lon", coordinates[0])   # GeoJSON order is lon, lat
            props.setdefault("lat", coordinates[1] if len(coordinates) > 1 else None)
        records.append(props)
    frame = pd.DataFrame(records)
    lines = pd.Series(np.arange(1, len(records) + 1), dtype="int64")
    if "__skip__" in frame.columns:
        keep = frame["__skip__"].isna()
        frame, lines = frame[keep].drop(columns="__skip__"), lines[keep.to_numpy()]
    return (frame.reset_index(drop=True), lines.reset_index(drop=True),
            pd.DataFrame(rejects, columns=["line", "reason", "raw"]))


def _jsonl(data: bytes, source: str) -> tuple[pd.DataFrame, pd.Series, pd.DataFrame]:
    records, lines, rejects = [], [], []
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            rejects.append((number, f"not valid JSON: {exc.msg}", line[:200]))
            continue
        if not isinstance(record, dict):
            rejects.append((number, "a JSON object is expected", line[:200]))
            continue
        records.append(record)
        lines.append(number)
    return (pd.DataFrame(records), pd.Series(lines, dtype="int64"),
            pd.DataFrame(rejects, columns=["line", "reason", "raw"]))


def _columns(header: list[str], mapping: dict[str, str], source: str) -> dict[str, str | None]:
    """The file column for each field: as mapped, else the first recognised header."""
    by_key = {_key(h): h for h in reversed(header)}
    out: dict[str, str | None] = {}
    for field in PLACE_FIELDS:
        if field in mapping:
            column = mapping[field]
            if column not in header:
                raise ReadError(f"{source}: --map {field}={column}: no column {column!r} "
                                f"(columns: {', '.join(header)})")
            out[field] = column
            continue
        out[field] = next((by_key[s] for s in map(_key, _SYNONYMS[field]) if s in by_key), None)
    missing = [f for f in ("name", "lon", "lat") if out[f] is None]
    if missing:
        raise ReadError(f"{source}: no column for {', '.join(missing)}; name it with "
                        f"--map {missing[0]}=COLUMN (columns: {', '.join(header)})")
    return out


def _key(header: str) -> str:
    return re.sub(r"[^\w]|_", "", str(header).casefold())


def _check(frame: pd.DataFrame, lines: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows with a name and a valid point; the others with their line and reason."""
    frame = frame.reset_index(drop=True)
    lines = lines.reset_index(drop=True)
    name = frame["name"].astype(object).where(frame["name"].notna(), "").astype(str).str.strip()
    lon, lat = _number(frame["lon"]), _number(frame["lat"])
    reason = pd.Series(None, index=frame.index, dtype=object)
    reason[(lon < -180) | (lon > 180)] = "lon: must be between -180 and 180"
    reason[(lat < -90) | (lat > 90)] = "lat: must be between -90 and 90"
    reason[(lon == 0) & (lat == 0)] = "lon/lat: 0, 0 is a missing point, not a place"
    reason[lat.isna()] = "lat: missing or not a number"
    reason[lon.isna()] = "lon: missing or not a number"
    reason[name == ""] = "name: missing"
    bad = reason.notna()
    raw = (frame[bad].astype(object).where(frame[bad].notna(), "").astype(str)
           .agg(",".join, axis=1) if bad.any() else pd.Series(dtype=object))
    rejects = pd.DataFrame({"line": lines[bad].to_numpy(), "reason": reason[bad].to_numpy(),
                            "raw": raw.to_numpy()})
    good = frame.assign(name=name, lon=lon, lat=lat)[~bad]
    return good.set_axis(lines.index[~bad]), rejects


def _number(values: pd.Series) -> pd.Series:
    """Floats from numbers or text with a decimal comma ("51,19")."""
    text = values.astype(object).where(values.notna(), "").astype(str).str.strip()
    return pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
