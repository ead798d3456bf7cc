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
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geoapp.geocode import curated
from geoapp.geocode.affixes import CITY, KRAI, OBLAST, OKRUG, PROVINCE, REPUBLIC, split_affixes
from geoapp.geocode.articles import article_variants, is_article
from geoapp.geocode.build_mimu import MIMU_FILE, MIMU_SOURCE, mimu_towns
from geoapp.geocode.build_wof import merge_wof
from geoapp.geocode.gazetteer import (
    ADMIN1_FILE,
    ALIASES_FILE,
    BUILD_INFO_FILE,
    COUNTRIES_FILE,
    CURATED_SOURCE,
    DATA_DIR,
    DISTRICT,
    GRID_FILE,
    NEIGHBOURHOOD,
    PLACES_FILE,
    SETTLEMENT,
    TOWNSHIP,
)
from geoapp.geocode.geometry import GEOD, dissolve_by_country
from geoapp.geocode.index import (
    ALTERNATE,
    COUNTRY,
    OFFICIAL,
    PLACE,
    PRIMARY,
    REGION,
    REGION_OF_COUNTRY,
    VARIANT,
    index_frame,
    index_text,
)
from geoapp.geocode.normalise import NORMALISE_VERSION, fold, normalise
from geoapp.geocode.reverse import write_grid

logger = logging.getLogger(__name__)

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
NE_FILE, GN_FILE, WOF_FILE = ("ne_10m_admin1_simplified.parquet",
                              "geonames_places_pop500.parquet", "wof_localities.parquet")
SOURCE_FILES = (NE_FILE, GN_FILE, WOF_FILE)
_OWN_NAME_COLUMNS = ["name_en", "name"]
_PLACE_SNAP_DEG = 0.25   # a place outside its own country's polygons moves at most this far
#: A place outside the unit of most of its district moves there only from this close. The
#: polygons are Natural Earth's 1:10m lines (at that scale 0.5 mm is 5 km, and their
#: admin-1 borders stray by a few km), simplified by 0.004° (0.4 km): 0.05° is 5.5 km
#: north–south and 3.5 km east–west at 50° N.
_DISTRICT_SNAP_DEG = 0.05
#: The share of a district's places that its majority unit must hold when it is not the
#: unit of the district's own point (a city's district whose places mostly lie outside the
#: city's too small polygon must not pull the rest out).
_DISTRICT_CLEAR_SHARE = 0.75
#: A WOF region stands for the GeoNames admin-1 code this share of its GeoNames places carry.
_WOF_REGION_SHARE = 0.8
_KOREAN = ("KR", "KP")


def build(shared: Path = SHARED_DATA, out: Path = DATA_DIR) -> None:
    """Read the reference files in ``shared`` and write the runtime data to ``out``."""
    ne = gpd.read_parquet(shared / NE_FILE)
    gn = pd.read_parquet(shared / GN_FILE)
    wof = pd.read_parquet(shared / WOF_FILE)
    regions = build_regions(ne)
    places = build_places(gn)
    region_rows = region_names(ne, regions)
    wof_merge = merge_wof(wof, places, {fold(split_affixes(normalise(raw)).core)
                                        for raw, *_ in region_rows})
    places["district"] = wof_merge.gn_district
    places["ptype"] = wof_merge.gn_ptype
    extra = curated_places(regions)
    places = pd.concat([places, wof_merge.places.assign(source=1), extra], ignore_index=True)
    curated_first = len(places) - len(extra)
    towns, town_names = mimu_towns(regions, _spellings_in(places, gn, "MM"))
    places = pd.concat([places, towns], ignore_index=True)
    places, district_moves = _with_regions(places, regions, _own_region_codes(places, gn, wof),
                                           ne["gn_a1_code"].to_numpy())
    countries = build_countries(ne, regions)
    names = (region_rows + place_names(gn, places) + wof_merge.names
             + listed_place_names(curated_first, [[name, *others] for name, others, *_
                                                  in curated.CURATED_PLACES])
             + listed_place_names(len(places) - len(towns), town_names)
             + country_names(ne, regions, countries))
    articles = _article_variants(names, places["country"].to_numpy(dtype=object),
                                 regions["country"].to_numpy(dtype=object),
                                 places["ptype"].isin([DISTRICT, TOWNSHIP]).to_numpy())
    aliases = _dedupe(index_frame(names + _variants(names) + articles), regions)
    places["latin"] = _has_latin_name(aliases, len(places))
    places = places.drop(columns=["ne_adm1_code"])
    out.mkdir(parents=True, exist_ok=True)
    for frame, name in ((regions, ADMIN1_FILE), (places, PLACES_FILE),
                        (countries, COUNTRIES_FILE), (aliases, ALIASES_FILE)):
        frame.to_parquet(out / name, compression="zstd", compression_level=19, index=False)
    write_grid(np.asarray(regions.geometry.values), out / GRID_FILE)
    info = {"normalise_version": NORMALISE_VERSION,
            "sources": {**{name: _sha256(shared / name) for name in SOURCE_FILES},
                        MIMU_FILE.name: _sha256(MIMU_FILE)},
            "counts": {"regions": len(regions), "places": len(places),
                       "places_geonames": int((places["source"] == 0).sum()),
                       "places_wof": int((places["source"] == 1).sum()),
                       "places_curated": int((places["source"] == CURATED_SOURCE).sum()),
                       "places_mimu": int((places["source"] == MIMU_SOURCE).sum()),
                       "districts": int((places["ptype"] == DISTRICT).sum()),
                       "countries": len(countries), "aliases": len(aliases),
                       "article_variants": len(articles),
                       "district_moves": sum(district_moves.values())},
            "district_moves": dict(sorted(district_moves.items(),
                                          key=lambda kv: (-kv[1], kv[0])))}
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


def region_names(ne: gpd.GeoDataFrame, regions: gpd.GeoDataFrame) -> list[tuple]:
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
        korean = regions.at[i, "country"] in _KOREAN
        rows.extend((raw, REGION, i, tier, korean) for raw, tier in named
                    if isinstance(raw, str) and normalise(raw) not in bad)
    return rows


# --- places ------------------------------------------------------------------------------

def build_places(gn: pd.DataFrame) -> pd.DataFrame:
    """GeoNames places (their region is found later, with the WOF places)."""
    return pd.DataFrame({
        "geonameid": gn["geonameid"].astype("int32"), "wof_id": np.int64(0), "name": gn["name"],
        "lon": gn["longitude"], "lat": gn["latitude"], "country": gn["country_code"],
        "population": gn["population"].astype("int64"), "ne_adm1_code": gn["ne_adm1_code"],
        "ptype": SETTLEMENT, "source": 0,
    })


def curated_places(regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """:data:`curated.CURATED_PLACES`, each in the admin-1 unit that holds its point."""
    rows = curated.CURATED_PLACES
    points = shapely.points([r[3] for r in rows], [r[2] for r in rows])
    inside, unit = shapely.STRtree(regions.geometry.values).query(points, predicate="within")
    code = pd.Series(regions["adm1_code"].to_numpy()[unit], index=inside)
    return pd.DataFrame({
        "geonameid": 0, "wof_id": 0, "name": [r[0] for r in rows],
        "lon": [r[3] for r in rows], "lat": [r[2] for r in rows],
        "country": [r[4] for r in rows], "population": 0,
        "ne_adm1_code": code[~code.index.duplicated()].reindex(range(len(rows))).to_numpy(),
        "ptype": [r[5] for r in rows], "source": CURATED_SOURCE, "district": -1,
    })


def _spellings_in(places: pd.DataFrame, gn: pd.DataFrame, country: str) -> list[tuple]:
    """(spelling, lon, lat) of the places of ``country`` held so far: their names, GeoNames'
    alternate names and the curated places' other spellings."""
    rows = np.flatnonzero(places["country"].to_numpy() == country)
    out = [(places["name"].iat[i], places["lon"].iat[i], places["lat"].iat[i]) for i in rows]
    alternates = gn["alternatenames"].to_numpy()
    out += [(a, places["lon"].iat[i], places["lat"].iat[i]) for i in rows[rows < len(gn)]
            if isinstance(alternates[i], str) for a in _split(alternates[i])]
    out += [(a, lon, lat) for name, others, lat, lon, cc, _ in curated.CURATED_PLACES
            if cc == country for a in others]
    return out


def listed_place_names(first_row: int, spellings: list[list[str]]) -> list[tuple]:
    """The names of places added from a list (the curated places, MIMU's towns), whose rows
    start at ``first_row``: each place's own name first, the others official."""
    return [(alias, PLACE, first_row + i, PRIMARY if j == 0 else OFFICIAL, False)
            for i, spelled in enumerate(spellings) for j, alias in enumerate(spelled)]


def _with_regions(places: pd.DataFrame, regions: gpd.GeoDataFrame, own_codes: np.ndarray,
                  unit_codes: np.ndarray) -> tuple[pd.DataFrame, dict[str, int]]:
    """Each place's admin-1 row (-1 none), moved into its own country where needed and
    into its district's unit across a nearby internal border (with the count so moved,
    by country). ``own_codes``: each place's GeoNames admin-1 code by its own record
    (None unknown); ``unit_codes``: each unit's."""
    code_to_row = pd.Series(np.arange(len(regions)), index=regions["adm1_code"])
    region = places["ne_adm1_code"].map(code_to_row).to_numpy(dtype=float)
    region = _move_to_own_country(places, region, regions)
    region, moved = _move_to_district_unit(places, region, regions, own_codes, unit_codes)
    return places.assign(
        region=np.nan_to_num(region, nan=-1).astype("int16"),
        population=places["population"].clip(upper=2**31 - 1).astype("int32"),
        ptype=places["ptype"].astype("int8"), source=places["source"].astype("int8"),
        district=places["district"].astype("int32")), moved


def _move_to_own_country(places: pd.DataFrame, region: np.ndarray,
                         regions: gpd.GeoDataFrame) -> np.ndarray:
    """Border places that a simplified polygon puts in the neighbour get their own country's
    nearest unit (within ~25 km), so a place never sits in another country's region (a
    Sumy village inside the Kursk polygon stays in Sumy Oblast)."""
    region = region.copy()
    valid = ~np.isnan(region)
    rc = np.full(len(places), None, dtype=object)
    rc[valid] = regions["country"].to_numpy()[region[valid].astype(int)]
    alt = np.full(len(places), None, dtype=object)
    alt[valid] = regions["ne_country"].to_numpy()[region[valid].astype(int)]
    own = places["country"].to_numpy(dtype=object)
    wrong = np.flatnonzero((rc != own) & (alt != own))
    geoms = regions.geometry.values
    moved = 0
    for cc in np.unique(own[wrong].astype(str)):
        mine = np.flatnonzero(regions["country"].to_numpy() == cc)
        if not len(mine):
            continue
        rows = wrong[own[wrong] == cc]
        pts = shapely.points(places["lon"].to_numpy()[rows], places["lat"].to_numpy()[rows])
        tree = shapely.STRtree(geoms[mine])
        hit, near = tree.query_nearest(pts, max_distance=_PLACE_SNAP_DEG)
        region[rows[hit]] = mine[near]
        moved += len(hit)
        # A WOF record still far outside its own country is misplaced (a "BY" village
        # deep in Ukraine): it keeps its point but no region.
        lost = rows[~np.isin(np.arange(len(rows)), hit)]
        region[lost[places["source"].to_numpy()[lost] == 1]] = np.nan
    logger.info("moved %d border places into their own country's unit", moved)
    return region


def _move_to_district_unit(places: pd.DataFrame, region: np.ndarray, regions: gpd.GeoDataFrame,
                           own_codes: np.ndarray, unit_codes: np.ndarray
                           ) -> tuple[np.ndarray, dict[str, int]]:
    """A place that the simplified polygons put across an internal border from most of
    its district's places (a Svatove-raion village in the Kharkiv polygon) moves to their
    unit when it lies within :data:`_DISTRICT_SNAP_DEG` of it in the same country. The
    majority unit holds more than half of the district's places, and three quarters
    unless the district's own point lies in it too. A place whose own record names
    another unit (GeoNames' admin-1 code; for a WOF record, its WOF region's) stays
    (WOF files Husiatyn, Ternopil Oblast, under a Khmelnytskyi raion across the Zbruch),
    and so do places without a district, city neighbourhoods (WOF files Minsk's Malinovka
    under the Minsk raion) and places farther inside their polygon. Also returns the
    count moved by country."""
    region = region.copy()
    district = places["district"].to_numpy(dtype=np.int64)
    member = (district >= 0) & ~np.isnan(region)
    counts = (pd.DataFrame({"district": district[member], "region": region[member]})
              .value_counts().rename("n").reset_index())
    counts["share"] = counts["n"] / counts.groupby("district")["n"].transform("sum")
    top = (counts.sort_values(["district", "n", "region"], ascending=[True, False, True])
           .drop_duplicates("district").set_index("district"))
    own_unit = pd.Series(region[top.index.to_numpy()], index=top.index)
    clear = (top["share"] > 0.5) & ((top["share"] >= _DISTRICT_CLEAR_SHARE)
                                    | (top["region"] == own_unit))
    majority = top["region"][clear].reindex(district).to_numpy()
    country = regions["country"].to_numpy(dtype=object)
    rows = np.flatnonzero(member & ~np.isnan(majority) & (majority != region)
                          & (places["ptype"].to_numpy() != NEIGHBOURHOOD))
    target = majority[rows].astype(int)
    own = own_codes[rows]
    fits = ((country[target] == country[region[rows].astype(int)])
            & (pd.isna(own) | (own == unit_codes[target])))
    rows, target = rows[fits], target[fits]
    pts = shapely.points(places["lon"].to_numpy()[rows], places["lat"].to_numpy()[rows])
    near = shapely.dwithin(pts, regions.geometry.values[target], _DISTRICT_SNAP_DEG)
    region[rows[near]] = target[near]
    moved = places["country"].iloc[rows[near]].value_counts()
    logger.info("moved %d places into the unit of most of their district (%s)",
                int(moved.sum()), ", ".join(f"{cc} {n}" for cc, n in moved.items()))
    return region, {str(cc): int(n) for cc, n in moved.items()}


def _own_region_codes(places: pd.DataFrame, gn: pd.DataFrame, wof: pd.DataFrame) -> np.ndarray:
    """Each place's GeoNames admin-1 code by its own record (None unknown): GeoNames' for
    its places; for a WOF place, the code that at least :data:`_WOF_REGION_SHARE` of the
    GeoNames places among its WOF region's records carry (a record's region is WOF's own,
    from its finer polygons)."""
    out = np.full(len(places), None, dtype=object)
    out[:len(gn)] = gn["gn_a1_code"].to_numpy(dtype=object)
    code_of = gn.drop_duplicates("geonameid").set_index("geonameid")["gn_a1_code"]
    known = wof.dropna(subset=["wof_region_id", "geonameid"])
    votes = (pd.DataFrame({"region": known["wof_region_id"].to_numpy(),
                           "code": known["geonameid"].astype("int64").map(code_of).to_numpy()})
             .dropna().value_counts().rename("n").reset_index())
    votes["share"] = votes["n"] / votes.groupby("region")["n"].transform("sum")
    votes = votes[votes["share"] >= _WOF_REGION_SHARE].drop_duplicates("region")
    region_code = votes.set_index("region")["code"]
    region_of = wof.drop_duplicates("wof_id").set_index("wof_id")["wof_region_id"]
    is_wof = np.flatnonzero(places["source"].to_numpy() == 1)
    out[is_wof] = (places["wof_id"].iloc[is_wof].map(region_of).map(region_code)
                   .to_numpy(dtype=object))
    return np.where(pd.isna(out), None, out)


def place_names(gn: pd.DataFrame, places: pd.DataFrame) -> list[tuple]:
    """GeoNames primary names, alternate names (minus codes and machine romanisations)
    and curated extras."""
    korean = places["country"].isin(_KOREAN).to_numpy()
    rows = [(n, PLACE, i, PRIMARY, bool(korean[i]))
            for i, n in enumerate(places["name"].to_numpy()[:len(gn)])]
    for i, alts in zip(np.flatnonzero(gn["alternatenames"].notna()),
                       gn["alternatenames"].dropna(), strict=True):
        rows.extend((a, PLACE, i, ALTERNATE, bool(korean[i])) for a in _split(alts)
                    if _good_alternate(a))
    row_of = pd.Series(np.arange(len(gn)), index=gn["geonameid"].to_numpy())
    rows.extend((a, PLACE, int(row_of[gid]), ALTERNATE, False)
                for gid, names in curated.EXTRA_PLACE_ALIASES.items() for a in names)
    wof_row = pd.Series(np.arange(len(places)), index=places["wof_id"].to_numpy())
    rows.extend((a, PLACE, int(wof_row[wid]), OFFICIAL, False)
                for wid, names in curated.EXTRA_WOF_PLACE_ALIASES.items() for a in names)
    return rows


def _good_alternate(name: str) -> bool:
    """Drop airport codes ("IEV") and GeoNames' lower-case machine romanisations."""
    if name.isascii() and (name == name.lower() or (name.isupper() and len(name) <= 4)):
        return False
    return len(normalise(name)) >= 2


def _has_latin_name(aliases: pd.DataFrame, n_places: int) -> np.ndarray:
    """Places with a Latin spelling in the data itself (not only a romanisation of ours)."""
    latin = aliases[(aliases["kind"] == PLACE) & (aliases["tier"] < VARIANT)
                    & aliases["text"].map(str.isascii)]
    out = np.zeros(n_places, dtype=bool)
    out[latin["row"].to_numpy()] = True
    return out


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


def country_names(ne: gpd.GeoDataFrame, regions: gpd.GeoDataFrame,
                  countries: pd.DataFrame) -> list[tuple]:
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
    named += [(n, iso, REGION_OF_COUNTRY) for iso, names in curated.REGIONS_ACROSS_UNITS.items()
              if iso in row_of for n in names]
    return [(n, COUNTRY, row_of[iso], t, iso in _KOREAN) for n, iso, t in named]


# --- shared steps ------------------------------------------------------------------------

def _split(value: object) -> list[str]:
    return [p.strip() for p in value.split("|") if p.strip()] if isinstance(value, str) else []


def _variants(names: list[tuple]) -> list[tuple]:
    """Other spellings from :data:`curated.TRANSLIT_GROUPS` for primary and official names."""
    group_of = {normalise(n): g for g in curated.TRANSLIT_GROUPS for n in g}
    return [(other, kind, row, VARIANT, korean)
            for alias, kind, row, tier, korean in names
            if tier <= OFFICIAL and isinstance(alias, str) and normalise(alias) in group_of
            for other in group_of[normalise(alias)] if other != normalise(alias)]


def _article_variants(names: list[tuple], place_country: np.ndarray,
                      region_country: np.ndarray, is_district: np.ndarray) -> list[tuple]:
    """Other spellings of the Arabic article (:mod:`articles`) for the Latin names of places
    and regions in :data:`curated.ARTICLE_COUNTRIES`. A variant whose key already names
    another place (or another region) of the same country is left out, so "Al Rahad" never
    takes over a village of that name from "Er Rahad"; variants that two targets share
    are counted as new collisions. A town and a district are not rivals: the district
    named after its town ("Al Fasher") leaves the town its own "Al Fasher"."""
    def country(kind: int, row: int) -> str | None:
        return place_country[row] if kind == PLACE else region_country[row] \
            if kind == REGION else None

    def rivals(kind: int, row: int) -> int:
        """What a name competes with: regions, districts or settlements."""
        return kind + 3 * int(kind == PLACE and is_district[row])

    taken: dict[tuple[str, str, int], set[int]] = {}
    todo = []
    for alias, kind, row, _tier, _korean in names:
        cc = country(kind, row)
        if cc not in curated.ARTICLE_COUNTRIES or not isinstance(alias, str):
            continue
        text = index_text(alias, kind)
        if not text.isascii():
            continue
        taken.setdefault((cc, fold(text), rivals(kind, row)), set()).add(row)
        words = text.split()
        if any(is_article(a, b) for a, b in zip(words, words[1:], strict=False)):
            todo.append((text, kind, row, cc))
    out, added, dropped = {}, {}, 0
    for text, kind, row, cc in todo:
        for variant in sorted(article_variants(text)):  # a stable row order
            key = (cc, fold(variant), rivals(kind, row))
            if taken.get(key, {row}) - {row}:
                dropped += 1
                continue
            added.setdefault(key, set()).add(row)
            out[(variant, kind, row)] = (_capitalised(variant), kind, row, ALTERNATE, False)
    shared = sum(len(rows) > 1 for rows in added.values())
    logger.info("article variants: %d spellings (%d keys) added, %d left out as another "
                "place's name, %d keys shared by several places or regions",
                len(out), len(added), dropped, shared)
    return list(out.values())


def _capitalised(text: str) -> str:
    """A normalised name written as a title ("dayr al balah" → "Dayr al Balah")."""
    words = text.split()
    return " ".join(w if i and i < len(words) - 1 and is_article(w, words[i + 1])
                    else w.capitalize() for i, w in enumerate(words))


def _dedupe(aliases: pd.DataFrame, regions: gpd.GeoDataFrame) -> pd.DataFrame:
    """Drop a unit's weaker alias when the same spelling is a better-tier name of another
    unit in the same country (NE lists a neighbour's name among a unit's aliases)."""
    is_region = aliases["kind"] == REGION
    country = pd.Series(regions["country"].to_numpy()[aliases["row"].where(is_region, 0)],
                        index=aliases.index).where(is_region)
    # a unit's own best tier for the spelling (its "Northern State" beside its "Northern")
    own = aliases["tier"].groupby([aliases["text"], aliases["kind"], aliases["row"]]) \
        .transform("min")
    best = aliases["tier"].groupby([aliases["text"], country]).transform("min")
    shadowed = is_region & (own > best)
    return aliases[~shadowed].reset_index(drop=True)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED_DATA,
                        help="folder holding the three reference parquet files")
    parser.add_argument("--out", type=Path, default=DATA_DIR)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build(args.shared, args.out)


if __name__ == "__main__":
    main()
