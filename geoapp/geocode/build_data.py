"""Build ``geoapp/data`` from the team's reference files in ``../shared/data``.

Run after changing the reference data, :mod:`curated` or :mod:`normalise`::

    python -m geoapp.geocode.build_data [--shared ../shared/data]

Writes admin1.parquet (polygons + display names, areas, representative points),
places.parquet, countries.parquet, aliases.parquet (every searchable spelling, already
normalised), reverse_grid.npz (cells no unit boundary crosses, for fast reverse
geocoding) and build_info.json. The app reads only these at run time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geoapp.geocode import curated
from geoapp.geocode.affixes import CITY, KRAI, OBLAST, OKRUG, PROVINCE, REPUBLIC, split_affixes
from geoapp.geocode.gazetteer import (
    ADMIN1_FILE,
    ALIASES_FILE,
    ALTERNATE,
    BUILD_INFO_FILE,
    COUNTRIES_FILE,
    COUNTRY,
    DATA_DIR,
    FUZZY,
    GRID_FILE,
    OFFICIAL,
    PLACE,
    PLACES_FILE,
    PRIMARY,
    REGION,
    VARIANT,
)
from geoapp.geocode.geometry import GEOD, dissolve_by_country
from geoapp.geocode.normalise import NORMALISE_VERSION, normalise, skeleton, transliterate
from geoapp.geocode.reverse import write_grid

logger = logging.getLogger(__name__)

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
NE_FILE, GN_FILE = "ne_10m_admin1_simplified.parquet", "geonames_places_pop500.parquet"
_OWN_NAME_COLUMNS = ["name_en", "name"]
_PLACE_SNAP_DEG = 0.25   # a place outside its own country's polygons moves at most this far
_FUZZY_MIN_POPULATION = 1000


def build(shared: Path = SHARED_DATA, out: Path = DATA_DIR) -> None:
    """Read the reference files in ``shared`` and write the runtime data to ``out``."""
    ne = gpd.read_parquet(shared / NE_FILE)
    gn = pd.read_parquet(shared / GN_FILE)
    regions = build_regions(ne)
    places = build_places(gn, regions)
    countries = build_countries(ne, regions)
    aliases = pd.concat([region_aliases(ne, regions), place_aliases(gn, places),
                         country_aliases(ne, regions, countries)], ignore_index=True)
    aliases = _dedupe(aliases, regions)
    out.mkdir(parents=True, exist_ok=True)
    for frame, name in ((regions, ADMIN1_FILE), (places, PLACES_FILE),
                        (countries, COUNTRIES_FILE), (aliases, ALIASES_FILE)):
        frame.to_parquet(out / name, compression="zstd", compression_level=19, index=False)
    write_grid(np.asarray(regions.geometry.values), out / GRID_FILE)
    info = {"normalise_version": NORMALISE_VERSION,
            "sources": {name: _sha256(shared / name) for name in (NE_FILE, GN_FILE)},
            "counts": {"regions": len(regions), "places": len(places),
                       "countries": len(countries), "aliases": len(aliases)}}
    (out / BUILD_INFO_FILE).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    logger.info("wrote %s: %s", out, info["counts"])


# --- regions -----------------------------------------------------------------------------

def build_regions(ne: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One row per adm1_code: display name, country, class, representative point, area."""
    ne_country = ne["iso_a2"].where(ne["iso_a2"] != "-1",
                                    ne["adm0_a3"].map(curated.ISO2_FOR_ADM0))
    disputed = ne["adm1_code"].isin(curated.DISPUTED.keys())
    country = ne_country.where(~disputed, ne["adm1_code"].map(curated.DISPUTED))
    rclass = [curated.REGION_FIXES[code][1] if code in curated.REGION_FIXES
              else _class_from_type(t, te, c)
              for code, t, te, c in zip(ne["adm1_code"], ne["type"], ne["type_en"], country,
                                        strict=True)]
    regions = gpd.GeoDataFrame({
        "adm1_code": ne["adm1_code"], "country": country,
        "ne_country": ne_country.where(ne_country != country),
        "adm0_a3": ne["adm0_a3"], "disputed": disputed, "rclass": rclass,
        "type_en": ne["type_en"], "geom_quality": ne["geom_quality"],
    }, geometry=ne.geometry.values, crs=ne.crs)
    regions.insert(1, "name", _display_names(ne, regions))
    rep = _representative_points(regions.geometry.values, ne["longitude"].to_numpy(),
                                 ne["latitude"].to_numpy())
    regions["rep_lon"], regions["rep_lat"] = shapely.get_x(rep), shapely.get_y(rep)
    regions["area_km2"] = [abs(GEOD.geometry_area_perimeter(g)[0]) / 1e6
                           for g in regions.geometry.values]
    return regions


def _class_from_type(type_: str | None, type_en: str | None, country: str | None) -> str:
    """Unit class from Natural Earth's local and English type words."""
    words = set(re.findall(r"[a-z]+", f"{type_} {type_en}".lower()))
    if words & {"city", "gorod", "rada", "teukbyeolsi", "gwangyeoksi", "si"}:
        return CITY
    if words & {"republic", "respublika"}:
        return REPUBLIC
    if words & {"kray", "krai"} or (country == "RU" and "territory" in words):
        return KRAI
    if "okrug" in words:
        return OKRUG
    if words & {"oblast", "voblasts", "oblasty"}:
        return OBLAST
    return PROVINCE


def _display_names(ne: gpd.GeoDataFrame, regions: gpd.GeoDataFrame) -> pd.Series:
    """Clean English names with the unit type for the focus countries ("Kursk Oblast")."""
    names = []
    for code, country, rclass, name_en, name in zip(
            regions["adm1_code"], regions["country"], regions["rclass"], ne["name_en"],
            ne["name"], strict=True):
        if code in curated.REGION_FIXES:
            names.append(curated.REGION_FIXES[code][0])
            continue
        base = name_en if isinstance(name_en, str) else name if isinstance(name, str) else code
        if country in curated.SUFFIXED_COUNTRIES:
            base = re.sub(r"['’ʼ]", "", base)
            suffix = curated.CLASS_SUFFIX[country].get(rclass)
            if suffix and suffix.lower() not in base.lower():
                base = f"{base} {suffix}"
        names.append(base)
    names = pd.Series(names, index=regions.index)
    country = regions["country"].fillna("")
    names = names.where(~_clashes(names, country),
                        names + " (" + ne["type_en"].fillna("unit") + ")")
    return names.where(~_clashes(names, country), names + " [" + regions["adm1_code"] + "]")


def _clashes(names: pd.Series, country: pd.Series) -> pd.Series:
    """Names used by more than one unit of the same country."""
    return pd.DataFrame({"c": country, "n": names}).duplicated(keep=False)


def _representative_points(geoms: np.ndarray, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """The Natural Earth label point where it is inside the polygon, else point_on_surface."""
    label = shapely.points(lon, lat)
    inside = shapely.contains(geoms, label)
    return np.where(inside, label, shapely.point_on_surface(geoms))


def region_aliases(ne: gpd.GeoDataFrame, regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """Every name of every unit: display, NE names in all languages, name_alt, extras."""
    lang_columns = [c for c in ne.columns if c.startswith("name_") and c not in
                    ("name_en", "name_alt")] + ["name_local"]
    rows = []
    for i, code in enumerate(regions["adm1_code"]):
        bad = {normalise(a) for a in curated.BAD_REGION_ALIASES.get(code, ())}
        named = [(regions.at[i, "name"], PRIMARY)]
        named += [(ne.at[i, c], PRIMARY) for c in _OWN_NAME_COLUMNS]
        named += [(ne.at[i, c], OFFICIAL) for c in lang_columns]
        named += [(a, ALTERNATE) for a in _split(ne.at[i, "name_alt"])]
        named += [(ne.at[i, "gn_name"], ALTERNATE)]
        named += [(a, OFFICIAL) for a in curated.EXTRA_REGION_ALIASES.get(code, ())]
        for raw, tier in named:
            if isinstance(raw, str) and normalise(raw) not in bad:
                rows.extend((key, REGION, i, t, raw) for key, t in _region_keys(raw, tier))
        rows.append((skeleton(split_affixes(normalise(regions.at[i, "name"])).core),
                     REGION, i, FUZZY, regions.at[i, "name"]))
    frame = _frame(rows)
    return pd.concat([frame, _variants(frame, frame["tier"] <= OFFICIAL)], ignore_index=True)


def _region_keys(raw: str, tier: int) -> Iterator[tuple[str, int]]:
    """A unit name's core ("курская"), plus its romanisation when written in Cyrillic."""
    yield split_affixes(normalise(raw)).core, tier
    latin = transliterate(raw)
    if latin != raw.casefold():
        yield split_affixes(normalise(latin)).core, max(tier, VARIANT)


# --- places ------------------------------------------------------------------------------

def build_places(gn: pd.DataFrame, regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """GeoNames places with the row of their admin-1 unit in admin1.parquet."""
    code_to_row = pd.Series(np.arange(len(regions)), index=regions["adm1_code"])
    region = gn["ne_adm1_code"].map(code_to_row)
    region = _move_to_own_country(gn, region.to_numpy(dtype=float), regions)
    return pd.DataFrame({
        "geonameid": gn["geonameid"].astype("int32"), "name": gn["name"],
        "lon": gn["longitude"], "lat": gn["latitude"], "country": gn["country_code"],
        "population": gn["population"].astype("int32"),
        "region": np.nan_to_num(region, nan=-1).astype("int16"),
    })


def _move_to_own_country(gn: pd.DataFrame, region: np.ndarray,
                         regions: gpd.GeoDataFrame) -> np.ndarray:
    """Border places that a simplified polygon puts in the neighbour get their own country's
    nearest unit (within ~25 km), so a place never sits in another country's region."""
    region = region.copy()
    valid = ~np.isnan(region)
    rc = np.full(len(gn), None, dtype=object)
    rc[valid] = regions["country"].to_numpy()[region[valid].astype(int)]
    alt = np.full(len(gn), None, dtype=object)
    alt[valid] = regions["ne_country"].to_numpy()[region[valid].astype(int)]
    own = gn["country_code"].to_numpy(dtype=object)
    wrong = np.flatnonzero((rc != own) & (alt != own))
    geoms = regions.geometry.values
    moved = 0
    for cc in np.unique(own[wrong].astype(str)):
        mine = np.flatnonzero(regions["country"].to_numpy() == cc)
        if not len(mine):
            continue
        rows = wrong[own[wrong] == cc]
        pts = shapely.points(gn["longitude"].to_numpy()[rows], gn["latitude"].to_numpy()[rows])
        tree = shapely.STRtree(geoms[mine])
        hit, near = tree.query_nearest(pts, max_distance=_PLACE_SNAP_DEG)
        region[rows[hit]] = mine[near]
        moved += len(hit)
    logger.info("moved %d border places into their own country's unit", moved)
    return region


def place_aliases(gn: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Primary names, GeoNames alternate names (minus codes and machine romanisations),
    curated extras, and a fuzzy skeleton key for the larger places of the focus
    countries."""
    rows = [(normalise(n), PLACE, i, PRIMARY, n) for i, n in enumerate(places["name"])]
    for i, alts in zip(np.flatnonzero(gn["alternatenames"].notna()),
                       gn["alternatenames"].dropna(), strict=True):
        rows.extend((normalise(a), PLACE, i, ALTERNATE, a) for a in _split(alts)
                    if _good_alternate(a))
    row_of = pd.Series(np.arange(len(places)), index=places["geonameid"])
    rows.extend((normalise(a), PLACE, int(row_of[gid]), ALTERNATE, a)
                for gid, names in curated.EXTRA_PLACE_ALIASES.items() for a in names)
    has_alts = set(gn.loc[gn["alternatenames"].notna(), "country_code"])
    fuzzy = places["country"].isin(has_alts) & (places["population"] >= _FUZZY_MIN_POPULATION)
    rows.extend((skeleton(places.at[i, "name"]), PLACE, i, FUZZY, places.at[i, "name"])
                for i in np.flatnonzero(fuzzy))
    frame = _frame(rows)
    return pd.concat([frame, _variants(frame, frame["tier"] == PRIMARY)], ignore_index=True)


def _good_alternate(name: str) -> bool:
    """Drop airport codes ("IEV") and GeoNames' lower-case machine romanisations."""
    if name.isascii() and (name == name.lower() or (name.isupper() and len(name) <= 4)):
        return False
    return len(normalise(name)) >= 2


# --- countries ---------------------------------------------------------------------------

def build_countries(ne: gpd.GeoDataFrame, regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """One row per ISO2 that has units: English name, ISO3, a point inside the country."""
    shapes = dissolve_by_country(regions)
    main = (ne.assign(country=regions["country"]).dropna(subset=["country"])
            .groupby(["country", "adm0_a3", "admin"]).size().reset_index(name="n")
            .sort_values("n", ascending=False).drop_duplicates("country").set_index("country"))
    names = main["admin"].rename(index=None)
    names.update(pd.Series(curated.COUNTRY_NAME_FIXES))
    largest = [max(shapely.get_parts(g), key=shapely.area) for g in shapes.geometry.values]
    rep = shapely.point_on_surface(np.array(largest, dtype=object))
    return pd.DataFrame({
        "iso2": shapes["country"].to_numpy(),
        "iso3": main.loc[shapes["country"], "adm0_a3"].to_numpy(),
        "name": names.loc[shapes["country"]].to_numpy(),
        "rep_lon": shapely.get_x(rep).round(5), "rep_lat": shapely.get_y(rep).round(5),
    })


def country_aliases(ne: gpd.GeoDataFrame, regions: gpd.GeoDataFrame,
                    countries: pd.DataFrame) -> pd.DataFrame:
    """Country names: display name, every NE admin/geonunit name, curated names."""
    row_of = {iso: i for i, iso in enumerate(countries["iso2"])}
    named = [(n, iso, PRIMARY) for iso, n in zip(countries["iso2"], countries["name"],
                                                 strict=True)]
    for column in ("admin", "geonunit"):
        named += [(n, iso, OFFICIAL) for iso, n, disputed in
                  zip(regions["country"], ne[column], regions["disputed"], strict=True)
                  if iso in row_of and isinstance(n, str) and not disputed]
    named += [(n, iso, OFFICIAL) for iso, names in curated.COUNTRY_ALIASES.items()
              if iso in row_of for n in names]
    return _frame([(normalise(n), COUNTRY, row_of[iso], t, n) for n, iso, t in named])


# --- shared steps ------------------------------------------------------------------------

def _split(value: object) -> list[str]:
    return [p.strip() for p in value.split("|") if p.strip()] if isinstance(value, str) else []


def _frame(rows: Iterable[tuple[str, int, int, int, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["key", "kind", "row", "tier", "alias"])
    frame = frame[frame["key"].str.len() >= 2]
    return frame.astype({"kind": "int8", "row": "int32", "tier": "int8"})


def _variants(frame: pd.DataFrame, source: pd.Series) -> pd.DataFrame:
    """Other spellings from :data:`curated.TRANSLIT_GROUPS` for names in ``source`` rows."""
    group_of = {normalise(n): g for g in curated.TRANSLIT_GROUPS for n in g}
    base = frame[source & frame["key"].isin(group_of)]
    rows = [(normalise(other), kind, row, VARIANT, other)
            for key, kind, row in zip(base["key"], base["kind"], base["row"], strict=True)
            for other in group_of[key] if normalise(other) != key]
    return _frame(rows)


def _dedupe(aliases: pd.DataFrame, regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """Keep each (key, target) once at its best tier, and drop a unit's weaker alias when
    the same key is a better-tier name of another unit in the same country."""
    aliases = (aliases.sort_values(["key", "kind", "row", "tier"])
               .drop_duplicates(["key", "kind", "row"]))
    is_region = aliases["kind"] == REGION
    country = pd.Series(regions["country"].to_numpy()[aliases["row"].where(is_region, 0)],
                        index=aliases.index).where(is_region)
    best = aliases["tier"].groupby([aliases["key"], country]).transform("min")
    shadowed = is_region & (aliases["tier"] > best) & (aliases["tier"] < FUZZY)
    aliases = aliases[~shadowed]
    return aliases.sort_values(["key", "tier", "kind"], kind="stable").reset_index(drop=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED_DATA,
                        help="folder holding the two reference parquet files")
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build(args.shared, args.out)


if __name__ == "__main__":
    main()
