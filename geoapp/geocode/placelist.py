"""An analyst's own list of places (a census table of settlements, military facilities, a
team's places) as an extension of the gazetteer.

:func:`build_place_list` turns rows already read from a file into a :class:`PlaceList`:
each place gets its admin-1 unit (the stated region wins over a simplified border, as in
ingest), its district (a district named by several rows becomes a place of its own, at
the mean of its settlements), and its spellings in the name index, Cyrillic and Hangul
names also under their Latin romanisations. The store keeps the result; the geocoder
reads it back with :meth:`PlaceList.extend`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from geoapp.geocode.gazetteer import (
    DISTRICT,
    GAZETTEER_COLUMNS,
    SETTLEMENT,
    Columns,
    Gazetteer,
    extend,
    region_index,
)
from geoapp.geocode.index import ALTERNATE, PLACE, PRIMARY, VARIANT, index_frame
from geoapp.geocode.normalise import NORMALISE_VERSION
from geoapp.geocode.romanise import has_cyrillic, has_hangul, romanise

#: The columns a place list's rows carry (``alt_names`` separated by "|" or ";").
ROW_FIELDS = ("name", "lon", "lat", "alt_names", "population", "district", "region", "country")
#: The columns of :attr:`PlaceList.places` (what a store keeps per place).
PLACE_COLUMNS = ("name", "alt_names", "lon", "lat", "country", "population", "region", "ptype",
                 "district", "latin")
_KOREAN = ("KR", "KP")


@dataclass(frozen=True, eq=False)
class PlaceList:
    """One imported list: its places (:data:`PLACE_COLUMNS`; ``region`` is an adm1_code,
    "" none; ``district`` a row in this list, -1 none) and its name index (rows relative
    to this list; see :mod:`geoapp.geocode.index`)."""

    source: str
    places: pd.DataFrame
    index: pa.Table

    def __len__(self) -> int:
        return int((self.places["ptype"] != DISTRICT).sum())

    @property
    def districts(self) -> int:
        return int((self.places["ptype"] == DISTRICT).sum())

    def extend(self, g: Gazetteer) -> Gazetteer:
        """``g`` plus this list's places and names."""
        return extend(g, self.source, self.columns(), self.index)

    def columns(self) -> Columns:
        """The places as the gazetteer holds them (``region`` a row in its regions)."""
        rows = region_index()
        columns = {c: self.places[c].to_numpy() for c in GAZETTEER_COLUMNS}
        columns["region"] = np.array([rows.get(code, -1) for code in self.places["region"]],
                                     dtype=np.int16)
        columns["name"] = columns["name"].astype(object)
        columns["country"] = columns["country"].astype(object)
        columns["latin"] = columns["latin"].astype(bool)
        return columns

    def index_bytes(self) -> bytes:
        """The name index as Parquet, for a store to keep."""
        sink = io.BytesIO()
        pq.write_table(self.index, sink, compression="zstd")
        return sink.getvalue()

    @classmethod
    def from_stored(cls, source: str, places: pd.DataFrame, index: bytes | None,
                    index_version: int | None) -> PlaceList:
        """A list read back from a store; its index is rebuilt from the places when it was
        made by other spelling rules (another :data:`NORMALISE_VERSION`)."""
        places = places[list(PLACE_COLUMNS)].reset_index(drop=True)
        if index is not None and index_version == NORMALISE_VERSION:
            return cls(source, places, pq.read_table(io.BytesIO(index)))
        return cls(source, places, _index_table(places))


def build_place_list(source: str, rows: pd.DataFrame, country: str | None = None) -> PlaceList:
    """A :class:`PlaceList` from rows with the :data:`ROW_FIELDS` columns (only name, lon
    and lat are required; ``country`` applies where a row states none)."""
    from geoapp.geocode.assign import assign_regions  # polygons: only to import a list

    rows = rows.reset_index(drop=True)
    n = len(rows)
    stated_country = _column(rows, "country", n).fillna(country) if country else \
        _column(rows, "country", n)
    found = assign_regions(rows["lon"].to_numpy(dtype=float), rows["lat"].to_numpy(dtype=float),
                           stated_country.to_numpy(dtype=object),
                           _column(rows, "region", n).to_numpy(dtype=object))
    places = pd.DataFrame({
        "name": rows["name"].astype(str).str.strip(), "lon": rows["lon"].astype(float),
        "lat": rows["lat"].astype(float),
        "country": found["country"].fillna("").astype(str).to_numpy(),
        "population": pd.to_numeric(_column(rows, "population", n), errors="coerce")
        .fillna(0).clip(0, 2**31 - 1).astype("int32").to_numpy(),
        "region": found["adm1_code"].fillna("").astype(str).to_numpy(),
        "ptype": np.int8(SETTLEMENT), "district": np.int32(-1),
    })
    if country:
        places["country"] = places["country"].replace("", country)
    places.insert(1, "alt_names", _column(rows, "alt_names", n).fillna("").astype(str).to_numpy())
    places = _with_districts(places, _column(rows, "district", n))
    index = _index_table(places)
    latin = np.zeros(len(places), dtype=bool)
    own = _rows_with_latin_names(index)
    latin[own] = True
    return PlaceList(source=source, places=places.assign(latin=latin), index=index)


def _rows_with_latin_names(index: pa.Table) -> np.ndarray:
    """Rows of places that have a Latin spelling of their own (not a romanisation)."""
    frame = index.select(["row", "tier", "text"]).to_pandas()
    own = frame[(frame["tier"] < VARIANT) & frame["text"].map(str.isascii)]
    return own["row"].to_numpy()


def _index_table(places: pd.DataFrame) -> pa.Table:
    return pa.Table.from_pandas(index_frame(_names(places)), preserve_index=False)


def _column(rows: pd.DataFrame, name: str, n: int) -> pd.Series:
    if name not in rows.columns:
        return pd.Series([None] * n, dtype=object)
    values = rows[name].astype(object)
    return values.where(values.notna() & (values.astype(str).str.strip() != ""), None)


def _with_districts(places: pd.DataFrame, district: pd.Series) -> pd.DataFrame:
    """Append one place per (district name, region) at the mean of its settlements and
    link each settlement to it."""
    named = district.notna().to_numpy()
    if not named.any():
        return places
    keys = pd.DataFrame({"district": district[named].astype(str).str.strip().to_numpy(),
                         "region": places["region"].to_numpy()[named],
                         "country": places["country"].to_numpy()[named],
                         "lon": places["lon"].to_numpy()[named],
                         "lat": places["lat"].to_numpy()[named]})
    groups = keys.groupby(["district", "region", "country"], sort=True)
    centres = groups[["lon", "lat"]].mean().reset_index()
    first = len(places)
    code = groups.ngroup().to_numpy()
    link = places["district"].to_numpy().copy()
    link[np.flatnonzero(named)] = first + code
    districts = pd.DataFrame({
        "name": centres["district"], "alt_names": "", "lon": centres["lon"], "lat": centres["lat"],
        "country": centres["country"], "population": np.int32(0), "region": centres["region"],
        "ptype": np.int8(DISTRICT), "district": np.int32(-1)})
    return pd.concat([places.assign(district=link.astype("int32")), districts],
                     ignore_index=True)


def _names(places: pd.DataFrame) -> list[tuple[str, int, int, int, bool]]:
    """Every spelling: the name, its alternates ("|" or ";" between them), and Latin
    romanisations of Cyrillic and Hangul spellings (for scanning English text)."""
    korean = places["country"].isin(_KOREAN).to_numpy()
    latin: dict[str, tuple[str, ...]] = {}   # a census repeats names: romanise each once
    out: list[tuple[str, int, int, int, bool]] = []
    for row, (name, alternates) in enumerate(zip(places["name"], places["alt_names"],
                                                 strict=True)):
        spellings = [(name, PRIMARY)] + [(a.strip(), ALTERNATE) for a in
                                         alternates.replace(";", "|").split("|") if a.strip()]
        for spelling, tier in spellings:
            out.append((spelling, PLACE, row, tier, bool(korean[row])))
            if spelling not in latin:
                latin[spelling] = tuple(dict.fromkeys(
                    romanise(spelling, system) for system in ("press", "bgn"))) \
                    if has_cyrillic(spelling) or has_hangul(spelling) else ()
            out.extend((variant, PLACE, row, VARIANT, bool(korean[row]))
                       for variant in latin[spelling])
    return out
