"""Myanmar's towns from the Myanmar Information Management Unit's place codes.

GeoNames lists some 575 places of Myanmar with 500 or more inhabitants, which leaves out
many township seats the war's reporting names (Pinlebu, Wuntho, Kani, Gangaw …). MIMU's
town list (``reference/mimu_towns_mm.csv``; provenance in ``reference/README.md``) has a
point for every town of every township. :func:`mimu_towns` adds the towns the gazetteer
does not already hold, each with its Burmese name, where the Natural Earth unit holding
its point is the state or region MIMU files it under. Read by
:mod:`geoapp.geocode.build_data` only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geoapp.geocode.gazetteer import BUNDLED_SOURCES, NEIGHBOURHOOD, SETTLEMENT
from geoapp.geocode.geometry import GEOD
from geoapp.geocode.normalise import fold

MIMU_FILE = Path(__file__).resolve().parent / "reference" / "mimu_towns_mm.csv"
#: ``places["source"]`` of the towns this module adds.
MIMU_SOURCE = BUNDLED_SOURCES.index("mimu")
#: MIMU's states and regions (Bago and Shan in parts, the capital's union territory) by the
#: Natural Earth unit that holds them.
UNITS = {"Ayeyarwady": "MMR-3275", "Bago (East)": "MMR-3268", "Bago (West)": "MMR-3268",
         "Chin": "MMR-3274", "Kachin": "MMR-3296", "Kayah": "MMR-2473", "Kayin": "MMR-3266",
         "Magway": "MMR-3276", "Mandalay": "MMR-3267", "Mon": "MMR-3270",
         "Nay Pyi Taw": "MMR-3267", "Rakhine": "MMR-3273", "Sagaing": "MMR-3302",
         "Shan (East)": "MMR-3277", "Shan (North)": "MMR-3277", "Shan (South)": "MMR-3277",
         "Tanintharyi": "MMR-3279", "Yangon": "MMR-3269"}
#: A town this close to a place of the same spelling already held is that place.
SAME_PLACE_KM = 5.0
#: Words in brackets that are part of the name ("Dagon Myothit (East)", "Labutta (3)
#: Mile") rather than another name ("Pangsang (Panghkam)"), and those that only tell
#: namesakes apart ("Kamma (PKU)", Pakokku's Kamma).
_PART_OF_NAME = {"east", "west", "north", "south", "seikkan", "3"}
_DISTRICT_TAGS = {"pku"}
_TOWN = re.compile(r"\s*Town$")
_BRACKETED = re.compile(r"^(?P<name>[^(]+?)\s*\((?P<other>[^)]+)\)\s*(?P<rest>.*)$")


def read_towns(path: Path = MIMU_FILE) -> pd.DataFrame:
    """MIMU's rows: state or region, township, town, Burmese name, point."""
    raw = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=range(11))
    return pd.DataFrame({
        "unit": raw["SR_Name_Eng"], "township": raw["Township_Name_Eng"],
        "town": raw["Town_Name_Eng"], "burmese": raw["Town_Name_MMR"],
        "lon": raw["Longitude"].astype(float), "lat": raw["Latitude"].astype(float)})


def spellings(town: str, burmese: str) -> list[str]:
    """The names a MIMU town is known by, its own first: "Pangsang (Panghkam) Town" →
    Pangsang, Panghkam; "Dagon Myothit (East)" stays whole; the Burmese name last."""
    name = _TOWN.sub("", town.replace("RiTown", "Ri Town")).strip()
    bracketed = _BRACKETED.match(name)
    other = bracketed["other"].strip().lower() if bracketed else None
    if bracketed is None or other in _PART_OF_NAME or other in _DISTRICT_TAGS:
        own = name if bracketed is None or other in _PART_OF_NAME else \
            f"{bracketed['name']} {bracketed['rest']}".strip()
        return [n for n in dict.fromkeys([own, _unbracketed(burmese)]) if n]
    own = f"{bracketed['name']} {bracketed['rest']}".strip()
    parts = [p.strip() for p in re.split(r"[()]", burmese) if p.strip()]
    return list(dict.fromkeys([own, bracketed["other"].strip(), *parts]))


def _unbracketed(text: str) -> str:
    return " ".join(re.sub(r"[()]", " ", text).split())


def mimu_towns(regions: gpd.GeoDataFrame, known: Iterable[tuple[str, float, float]],
               towns: pd.DataFrame | None = None) -> tuple[pd.DataFrame, list[list[str]]]:
    """The towns to add, as places rows (in the gazetteer's columns) and each row's
    spellings, own name first. ``known`` holds (spelling, lon, lat) of the places of
    Myanmar the gazetteer already has: a town spelled like one of them within
    :data:`SAME_PLACE_KM` is that place. A town whose point Natural Earth puts in another
    state or region than MIMU's is left out; one its simplified lines put at sea or across
    the border is placed by the build like any (in its country's nearest unit)."""
    towns = read_towns() if towns is None else towns
    held: dict[str, list[tuple[float, float]]] = {}
    for name, lon, lat in known:
        held.setdefault(fold(name), []).append((lon, lat))
    names = [spellings(t, b) for t, b in zip(towns["town"], towns["burmese"], strict=True)]
    points = shapely.points(towns["lon"].to_numpy(), towns["lat"].to_numpy())
    inside, unit = shapely.STRtree(regions.geometry.values).query(points, predicate="within")
    code = pd.Series(regions["adm1_code"].to_numpy()[unit], index=inside)
    code = code[~code.index.duplicated()].reindex(range(len(towns)))
    ours = set(UNITS.values())
    keep = [(pd.isna(c) or c not in ours or c == UNITS[u]) and not _held(n, lon, lat, held)
            for n, c, u, lon, lat in zip(names, code, towns["unit"], towns["lon"],
                                         towns["lat"], strict=True)]
    rows = towns[keep].reset_index(drop=True)
    kept = [n for n, k in zip(names, keep, strict=True) if k]
    ptype = np.where(rows["town"].str.endswith("Town"), SETTLEMENT, NEIGHBOURHOOD)
    return pd.DataFrame({
        "geonameid": 0, "wof_id": 0, "name": [n[0] for n in kept],
        "lon": rows["lon"], "lat": rows["lat"], "country": "MM", "population": 0,
        "ne_adm1_code": code[keep].to_numpy(), "ptype": ptype, "source": MIMU_SOURCE,
        "district": -1,
    }), kept


def _held(names: list[str], lon: float, lat: float,
          held: dict[str, list[tuple[float, float]]]) -> bool:
    near = [p for n in names for p in held.get(fold(n), ())]
    if not near:
        return False
    lons, lats = np.array(near).T
    _, _, metres = GEOD.inv(np.full(len(lons), lon), np.full(len(lats), lat), lons, lats)
    return bool((metres / 1000 <= SAME_PLACE_KM).any())
