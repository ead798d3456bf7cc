"""The shipped reference data (``geoapp/data``), loaded lazily once per process.

Forward geocoding needs only attribute tables and the alias index (no geometry), so
:func:`gazetteer` stays fast to load; polygons are read by :func:`admin1_frame` when
reverse geocoding or geometry helpers first need them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from geoapp.geocode.index import NameIndex, to_numpy
from geoapp.geocode.normalise import NORMALISE_VERSION

if TYPE_CHECKING:
    import geopandas as gpd

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
ADMIN1_FILE, PLACES_FILE, ALIASES_FILE, COUNTRIES_FILE, GRID_FILE, BUILD_INFO_FILE = (
    "admin1.parquet", "places.parquet", "aliases.parquet", "countries.parquet",
    "reverse_grid.npz", "build_info.json")

#: What kind of place a places row is. Districts (raions, counties, Korean eup/myeon/dong)
#: answer as ``kind="district"``.
SETTLEMENT, NEIGHBOURHOOD, DISTRICT, TOWNSHIP = 0, 1, 2, 3
#: Where a bundled place comes from (``places["source"]``); place lists add their names.
BUNDLED_SOURCES = ("geonames", "wof", "curated", "mimu")
#: ``places["source"]`` of the places :data:`geoapp.geocode.curated.CURATED_PLACES` adds.
CURATED_SOURCE = BUNDLED_SOURCES.index("curated")

_REGION_ATTRS = ["adm1_code", "name", "country", "ne_country", "adm0_a3", "disputed",
                 "rclass", "rep_lon", "rep_lat", "area_km2"]
_PLACE_ATTRS = ["name", "lon", "lat", "country", "population", "region", "ptype", "district",
                "latin", "source"]
#: The columns a place list's places have in the gazetteer (``source`` is added on extending).
GAZETTEER_COLUMNS = tuple(c for c in _PLACE_ATTRS if c != "source")


Columns = dict[str, np.ndarray]


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Tables as dicts of numpy columns (strings as object arrays, so that indexing on the
    hot path never converts Arrow strings) and the name indexes over them.

    ``places`` holds the bundled places followed by those of any place lists; each list
    has its own :class:`NameIndex` whose place rows are already offset into ``places``.
    """

    places: Columns      # _PLACE_ATTRS; region is a row in regions, district a row in places
    regions: Columns     # _REGION_ATTRS, row order = admin1.parquet
    countries: Columns   # iso2, iso3, name, rep_lon, rep_lat
    indexes: tuple[NameIndex, ...]
    sources: tuple[str, ...]

    def hits(self, keys: tuple[str, ...]) -> dict[str, np.ndarray]:
        """Every alias row indexed under one of ``keys``: kind, row, tier, alias, text."""
        parts = [(index, index.positions(keys)) for index in self.indexes]
        parts = [(index, pos) for index, pos in parts if len(pos)]
        if not parts:
            return {"kind": np.empty(0, np.int8), "row": np.empty(0, np.int64),
                    "tier": np.empty(0, np.int8), "alias": np.empty(0, object),
                    "text": np.empty(0, object)}
        return {
            "kind": np.concatenate([i.kind[p] for i, p in parts]),
            "row": np.concatenate([i.row[p] for i, p in parts]),
            "tier": np.concatenate([i.tier[p] for i, p in parts]),
            # Element access beats Arrow's take for the few hits a name has.
            "alias": np.array([i.alias[int(j)].as_py() for i, p in parts for j in p],
                              dtype=object),
            "text": np.array([i.text[int(j)].as_py() for i, p in parts for j in p],
                             dtype=object),
        }

    def extended(self, places: Columns, index: NameIndex, source: str) -> Gazetteer:
        """This gazetteer plus one place list (``index`` rows already offset by
        ``len(self.places["name"])``)."""
        source_id = len(self.sources)
        offset = len(self.places["name"])
        extra = {**places, "source": np.full(len(places["name"]), source_id, dtype=np.int16),
                 "district": np.where(places["district"] >= 0, places["district"] + offset, -1)}
        merged = {name: np.concatenate([self.places[name], extra[name]]) for name in _PLACE_ATTRS}
        return Gazetteer(places=merged, regions=self.regions, countries=self.countries,
                         indexes=(*self.indexes, index), sources=(*self.sources, source))


def extend(g: Gazetteer, source: str, columns: Columns, index: pa.Table) -> Gazetteer:
    """``g`` plus one place list's places (:data:`GAZETTEER_COLUMNS`) and name index."""
    return g.extended(columns, NameIndex.from_table(index, place_offset=len(g.places["name"])),
                      source)


@cache
def gazetteer() -> Gazetteer:
    """Load the bundled places, region attributes, countries and name index (cached)."""
    _check_build_info()
    index = NameIndex.from_table(_read(DATA_DIR / ALIASES_FILE))
    regions = region_table()
    places = place_table()
    countries = country_table()
    logger.info("gazetteer: %d places, %d regions, %d countries, %d spellings",
                len(places["name"]), len(regions["name"]), len(countries["name"]), len(index))
    return Gazetteer(places=places, regions=regions, countries=countries, indexes=(index,),
                     sources=BUNDLED_SOURCES)


@cache
def region_table() -> Columns:
    """Admin-1 attributes without polygons (cached): names, countries and areas for labels,
    read without the places and the name index a start of the dashboard does not need."""
    return _columns(DATA_DIR / ADMIN1_FILE, _REGION_ATTRS)


@cache
def place_table() -> Columns:
    """The bundled places' attributes (cached), without the name index (map labels)."""
    return _columns(DATA_DIR / PLACES_FILE, _PLACE_ATTRS)


@cache
def country_table() -> Columns:
    """The bundled countries: iso2, iso3, name, rep_lon, rep_lat (cached)."""
    return _columns(DATA_DIR / COUNTRIES_FILE)


@cache
def region_index() -> dict[str, int]:
    """adm1_code → row in the region tables (and in admin1.parquet)."""
    return {code: i for i, code in enumerate(gazetteer().regions["adm1_code"])}


def _read(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One Parquet file (``pq.read_table`` would load pyarrow.dataset, and with it pandas)."""
    return pq.ParquetFile(path).read(columns=columns)


def _columns(path: Path, columns: list[str] | None = None) -> Columns:
    table = _read(path, columns)
    return {name: to_numpy(table.column(name)) for name in table.column_names}


@cache
def admin1_frame() -> gpd.GeoDataFrame:
    """All admin-1 polygons with their attributes (cached; do not modify in place)."""
    import geopandas as gpd  # only reverse geocoding and geometry helpers need it

    frame = gpd.read_parquet(DATA_DIR / ADMIN1_FILE).set_crs("EPSG:4326", allow_override=True)
    logger.info("admin-1 polygons loaded: %d", len(frame))
    return frame


def _check_build_info() -> None:
    info = json.loads((DATA_DIR / BUILD_INFO_FILE).read_text(encoding="utf-8"))
    if info.get("normalise_version") != NORMALISE_VERSION:
        raise RuntimeError(
            f"{DATA_DIR / ALIASES_FILE} was built with normalise version "
            f"{info.get('normalise_version')}, the code is at {NORMALISE_VERSION}: "
            "run `python -m geoapp.geocode.build_data`")
