"""Merge Who's On First (WOF) settlements and districts into the GeoNames places.

WOF holds villages of every size for UA, BY, KP, KR and SD, often two or three times
(a Latin- and a Cyrillic-named twin, an old and a new record). Records are merged

1. into the GeoNames place with the same GeoNames id (within 10 km),
2. with each other when they share a GeoNames id,
3. with any record (GeoNames or WOF) of the same kind that has a name with the same
   comparison key (any script) within :data:`MERGE_KM`,

and every spelling of every member is kept as an alias of the merged place. Counties
(raions) and Korean eup/myeon/dong (``localadmin``) become districts; a village keeps a
link to its district. Read by :mod:`geoapp.geocode.build_data` only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd

from geoapp.geocode.affixes import GENERIC, REGION_CLASSES, split_affixes
from geoapp.geocode.gazetteer import DISTRICT, NEIGHBOURHOOD, SETTLEMENT, TOWNSHIP
from geoapp.geocode.geometry import geodesic_km
from geoapp.geocode.index import ALTERNATE, OFFICIAL, PLACE, PRIMARY, VARIANT
from geoapp.geocode.normalise import fold, normalise
from geoapp.geocode.romanise import has_cyrillic, has_hangul, romanise

logger = logging.getLogger(__name__)

MERGE_KM = 2.0
_SAME_ID_KM = 10.0
_PLACE_TYPES = {"locality": SETTLEMENT, "neighbourhood": NEIGHBOURHOOD, "county": DISTRICT,
                "localadmin": TOWNSHIP}
_NAME_COLUMNS = ["names_en", "names_ru", "names_uk", "names_be", "names_ko", "names_ar"]
#: The language of each country's own names (their spellings rank as official).
_OWN_LANGUAGE = {"UA": "names_uk", "BY": "names_be", "KP": "names_ko", "KR": "names_ko",
                 "SD": "names_ar"}


@dataclass(frozen=True)
class WofMerge:
    """New places (WOF records without a GeoNames twin), the spellings of every place WOF
    knows (``(alias, kind, row, tier, korean)`` tuples, rows counted after the GeoNames
    places), each GeoNames place's district row (-1 none) and type (a city district that
    WOF knows only as a neighbourhood is one)."""

    places: pd.DataFrame
    names: list[tuple[str, int, int, int, bool]]
    gn_district: np.ndarray
    gn_ptype: np.ndarray


def merge_wof(wof: pd.DataFrame, gn: pd.DataFrame, region_keys: set[str]) -> WofMerge:
    """Merge ``wof`` (wof_localities.parquet) into ``gn`` (the GeoNames places table,
    with geonameid, name, lon, lat, country). ``region_keys`` are the folded cores of the
    admin-1 names: WOF lists a region's name among a place's ("Харківська область" for
    a raion); those spellings are dropped."""
    wof = _without_foreign_populations(wof.dropna(subset=["lat", "lon"]).reset_index(drop=True),
                                       gn)
    ptype = wof["placetype"].map(_PLACE_TYPES).fillna(SETTLEMENT).astype(int).to_numpy()
    spellings = _spellings(wof, region_keys)
    n_gn, n_wof = len(gn), len(wof)
    parent = np.arange(n_gn + n_wof)
    settlement = ptype != DISTRICT
    _link_geonames_ids(wof, gn, settlement, parent)
    _link_namesakes(wof, gn, ptype, spellings, parent)
    root = np.array([_find(parent, i) for i in range(n_gn + n_wof)])
    wof_root = root[n_gn:]
    # A cluster with a GeoNames place keeps it (the lowest root is then a GeoNames row).
    gn_rooted = wof_root < n_gn
    new_roots = np.unique(wof_root[~gn_rooted])
    leader = _leaders(wof, new_roots, wof_root)
    place_row = np.empty(n_gn + n_wof, dtype=np.int64)
    place_row[:n_gn] = np.arange(n_gn)
    row_of_root = pd.Series(n_gn + np.arange(len(new_roots)), index=new_roots)
    place_row[n_gn:] = np.where(gn_rooted, wof_root,
                                row_of_root.reindex(wof_root).fillna(-1).to_numpy(dtype=np.int64))
    target = place_row[n_gn:]
    gn_population: dict[str, set[int]] = {}
    for name, pop in zip(gn["name"], gn["population"], strict=True):
        gn_population.setdefault(fold(name), set()).add(int(pop))
    places = _new_places(wof, ptype, leader, target, n_gn, spellings, gn_population)
    district_of = _districts(wof, ptype, target)
    gn_district = np.full(n_gn, -1, dtype=np.int64)
    linked = (target < n_gn) & (district_of >= 0)
    gn_district[target[linked]] = district_of[linked]
    merged = pd.Series(ptype[gn_rooted]).groupby(target[gn_rooted]).agg(set)
    gn_ptype = np.full(n_gn, SETTLEMENT, dtype=np.int64)
    gn_ptype[merged.index[merged == {NEIGHBOURHOOD}].to_numpy(dtype=np.int64)] = NEIGHBOURHOOD
    places["district"] = (pd.Series(district_of).groupby(target).max()
                          .reindex(n_gn + np.arange(len(places))).fillna(-1)
                          .to_numpy(dtype=np.int64))
    names = _names(wof, spellings, target, places, n_gn)
    logger.info("WOF: %d records → %d merged into GeoNames places, %d new places",
                n_wof, int(gn_rooted.sum()), len(places))
    return WofMerge(places=places, names=names, gn_district=gn_district, gn_ptype=gn_ptype)


def _without_foreign_populations(wof: pd.DataFrame, gn: pd.DataFrame) -> pd.DataFrame:
    """Drop the population of records whose GeoNames id names a place far away: WOF then
    copied another place's figures (a Lviv-oblast village with Mykolaiv city's 500,000)."""
    where = pd.DataFrame({"lon": gn["lon"].to_numpy(), "lat": gn["lat"].to_numpy()},
                         index=gn["geonameid"].to_numpy())
    where = where[~where.index.duplicated()]
    known = wof["geonameid"].isin(where.index).to_numpy()
    gid = wof["geonameid"].to_numpy()[known].astype(np.int64)
    km = geodesic_km(wof["lon"].to_numpy()[known], wof["lat"].to_numpy()[known],
                     where.loc[gid, "lon"].to_numpy(), where.loc[gid, "lat"].to_numpy())
    foreign = np.flatnonzero(known)[km > _SAME_ID_KM]
    genuine = np.flatnonzero(known)[km <= _SAME_ID_KM]
    out = wof.copy()
    out.loc[foreign, "population"] = pd.NA
    out.loc[_copies_of(out, genuine), "population"] = pd.NA
    return out


#: Populations from this size up, counted to the unit rather than rounded, are specific
#: enough that two far-apart records of one country with the same figure share one place's
#: count.
_COPIED_MIN = 1_000


def _copies_of(wof: pd.DataFrame, genuine: np.ndarray) -> np.ndarray:
    """Records far from every record of their country that carries the same census figure
    and sits at its own GeoNames place (``genuine`` rows): the figure was copied from that
    place (a village "Миколаїв" of Lviv oblast, linked to no GeoNames place, with Mykolaiv
    city's 498,748; a Crimean village with Kyiv's 2,845,023). Rounded estimates (30,000)
    are left alone: two places may well share one."""
    population = wof["population"]
    counted = (population >= _COPIED_MIN) & (population % 100 != 0)
    owners = pd.DataFrame({"population": population.iloc[genuine].to_numpy(),
                           "country": wof["country"].to_numpy()[genuine],
                           "olon": wof["lon"].to_numpy()[genuine],
                           "olat": wof["lat"].to_numpy()[genuine]})
    owners = owners[counted.iloc[genuine].fillna(False).to_numpy(dtype=bool)]
    rows = population.index[population.isin(owners["population"]).to_numpy(dtype=bool)]
    pairs = pd.DataFrame({"row": rows, "population": population.loc[rows].to_numpy(),
                          "country": wof["country"].to_numpy()[rows],
                          "lon": wof["lon"].to_numpy()[rows],
                          "lat": wof["lat"].to_numpy()[rows]}).merge(
        owners, on=["population", "country"])
    pairs["km"] = geodesic_km(pairs["lon"].to_numpy(), pairs["lat"].to_numpy(),
                              pairs["olon"].to_numpy(), pairs["olat"].to_numpy())
    nearest = pairs.groupby("row")["km"].min()
    return nearest.index[nearest > _SAME_ID_KM].to_numpy()


def _spellings(wof: pd.DataFrame, region_keys: set[str]) -> pd.DataFrame:
    """One row per (record, spelling, language column), display name first; a region's
    name with its administrative word ("… область", "경기도") is not a place's spelling."""
    parts = [pd.DataFrame({"record": np.arange(len(wof)), "alias": wof["name"], "lang": "name"})]
    for column in _NAME_COLUMNS:
        exploded = wof[column].str.split("|").explode().dropna().str.strip()
        parts.append(pd.DataFrame({"record": exploded.index.to_numpy(), "alias": exploded.to_numpy(),
                                   "lang": column}))
    out = pd.concat(parts, ignore_index=True)
    out = out[out["alias"].str.len() >= 2].drop_duplicates(["record", "alias"])
    aliases = pd.unique(out["alias"])
    keys = {a: fold(a) for a in aliases}
    regional = {a for a in aliases if _names_a_region(a, region_keys)}
    out = out[~out["alias"].isin(regional)]
    return out.assign(key=out["alias"].map(keys)).reset_index(drop=True)


def _names_a_region(alias: str, region_keys: set[str]) -> bool:
    phrase = split_affixes(normalise(alias))
    return (phrase.intent in (*REGION_CLASSES, GENERIC)) and fold(phrase.core) in region_keys


def _find(parent: np.ndarray, i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return int(i)


def _union(parent: np.ndarray, a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _link_geonames_ids(wof: pd.DataFrame, gn: pd.DataFrame, settlement: np.ndarray,
                       parent: np.ndarray) -> None:
    """WOF records that carry a GeoNames id join that place (when near it) or each other."""
    n_gn = len(gn)
    gn_row = pd.Series(np.arange(n_gn), index=gn["geonameid"].to_numpy())
    gid = wof["geonameid"]
    has = gid.notna().to_numpy() & settlement
    rows = np.flatnonzero(has & gid.isin(gn_row.index).to_numpy())
    target = gn_row.loc[gid.iloc[rows].astype(int)].to_numpy()
    km = geodesic_km(wof["lon"].to_numpy()[rows], wof["lat"].to_numpy()[rows],
                     gn["lon"].to_numpy()[target], gn["lat"].to_numpy()[target])
    for r, t in zip(rows[km < _SAME_ID_KM], target[km < _SAME_ID_KM], strict=True):
        _union(parent, n_gn + int(r), int(t))
    for _, group in pd.Series(np.flatnonzero(has)).groupby(gid[has].to_numpy()):
        first = int(group.iloc[0])
        for other in group.iloc[1:]:
            _union(parent, n_gn + first, n_gn + int(other))


def _link_namesakes(wof: pd.DataFrame, gn: pd.DataFrame, ptype: np.ndarray,
                    spellings: pd.DataFrame, parent: np.ndarray) -> None:
    """Records of the same kind sharing a comparison key within MERGE_KM are one place."""
    n_gn = len(gn)
    local = gn["country"].isin(set(wof["country"])).to_numpy()
    gn_keys = pd.DataFrame({"entity": np.flatnonzero(local),
                            "key": [fold(n) for n in gn["name"].to_numpy()[local]]})
    lon = np.r_[gn["lon"].to_numpy(), wof["lon"].to_numpy()]
    lat = np.r_[gn["lat"].to_numpy(), wof["lat"].to_numpy()]
    is_district = np.r_[np.zeros(n_gn, dtype=bool), ptype == DISTRICT]
    keys = pd.concat([gn_keys, pd.DataFrame({"entity": n_gn + spellings["record"].to_numpy(),
                                             "key": spellings["key"].to_numpy()})])
    keys = keys[keys["key"].str.len() >= 2].drop_duplicates()
    keys["district"] = is_district[keys["entity"].to_numpy()]
    for _, group in keys.groupby(["key", "district"], sort=False):
        if len(group) < 2:
            continue
        entities = group["entity"].to_numpy()
        km = _pairwise_km(lon[entities], lat[entities])
        for a, b in zip(*np.nonzero(np.triu(km < MERGE_KM, k=1)), strict=True):
            if entities[a] >= n_gn or entities[b] >= n_gn:   # GeoNames places stay apart
                _union(parent, int(entities[a]), int(entities[b]))


def _pairwise_km(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Great-circle distances between all pairs of points (haversine; ample for 2 km)."""
    x, y = np.radians(lon), np.radians(lat)
    dy, dx = y[:, None] - y[None, :], x[:, None] - x[None, :]
    a = np.sin(dy / 2) ** 2 + np.cos(y)[:, None] * np.cos(y)[None, :] * np.sin(dx / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def _leaders(wof: pd.DataFrame, roots: np.ndarray, member_root: np.ndarray) -> pd.Series:
    """The WOF record that represents each new place: current, not deprecated, with a
    population and a Latin name, in that order."""
    latin = ~wof["name"].map(lambda n: has_cyrillic(n) or has_hangul(n))
    rank = pd.DataFrame({
        "root": member_root, "record": np.arange(len(wof)),
        "current": -(wof["is_current"].fillna(-1).to_numpy(dtype=int) == 1).astype(int),
        "deprecated": wof["deprecated"].notna().to_numpy(dtype=int),
        "population": -wof["population"].fillna(0).to_numpy(dtype=np.int64),
        "latin": -latin.to_numpy(dtype=int),
    })
    rank = rank[rank["root"].isin(roots)]
    best = rank.sort_values(["root", "deprecated", "current", "population", "latin", "record"])
    return best.drop_duplicates("root").set_index("root")["record"].reindex(roots)


def _copied(wof: pd.DataFrame, records: np.ndarray, population: np.ndarray,
            gn_population: dict[str, set[int]]) -> np.ndarray:
    """New places whose population is exactly that of a same-named GeoNames place: WOF
    copied the figure of another record (a Lviv-oblast Mykolaiv with the city's 498,748)."""
    names = wof["name"].to_numpy()[records]
    return np.array([p > 0 and p in gn_population.get(fold(n), ()) for n, p in
                     zip(names, population, strict=True)], dtype=bool)


def _new_places(wof: pd.DataFrame, ptype: np.ndarray, leader: pd.Series, target: np.ndarray,
                n_gn: int, spellings: pd.DataFrame,
                gn_population: dict[str, set[int]]) -> pd.DataFrame:
    records = leader.to_numpy()
    population = (pd.Series(wof["population"].fillna(0).to_numpy(dtype=np.int64))
                  .groupby(target).max())
    rows = n_gn + np.arange(len(records))
    population = population.reindex(rows).fillna(0).to_numpy(dtype=np.int64, copy=True)
    population[_copied(wof, records, population, gn_population)] = 0
    by_record = spellings[spellings["record"].isin(records)].groupby("record")
    own = {r: list(zip(g["lang"], g["alias"], strict=True)) for r, g in by_record}
    countries = wof["country"].to_numpy()
    return pd.DataFrame({
        "geonameid": 0, "wof_id": wof["wof_id"].to_numpy()[records],
        "name": [_display_name(own.get(r, []), countries[r]) or romanise(wof.at[r, "name"])
                 for r in records],
        "lon": wof["lon"].to_numpy()[records], "lat": wof["lat"].to_numpy()[records],
        "country": countries[records],
        "population": population,
        "ne_adm1_code": wof["ne_adm1_code"].to_numpy()[records],
        "ptype": ptype[records],
    })


def _display_name(spellings: list[tuple[str, str]], country: str) -> str | None:
    """A Latin name for display: the country's own Latin spelling (for Ukraine, the
    national romanisation of the Ukrainian name), else WOF's, else a romanisation."""
    order = [_OWN_LANGUAGE.get(country, "names_en"), "name", "names_en"]
    for lang in order:
        for kind, alias in spellings:
            if kind == lang and not (has_cyrillic(alias) or has_hangul(alias)):
                return alias
    for lang in order:
        for kind, alias in spellings:
            if kind == lang:
                return romanise(alias)
    return None


def _own_language_keys(wof: pd.DataFrame, spellings: pd.DataFrame) -> dict[int, set[str]]:
    """The keys of each record's names in its country's language. WOF's display name
    counts as official only when it is one of them: for Ukraine it is often an old
    Russian-style romanisation ("Artemovsk", "Krasnoarmiys'k")."""
    own_lang = wof["country"].map(_OWN_LANGUAGE).to_numpy()[spellings["record"].to_numpy()]
    own = spellings[spellings["lang"].to_numpy() == own_lang]
    return {int(r): set(g) for r, g in own.groupby("record")["key"]}


def _districts(wof: pd.DataFrame, ptype: np.ndarray, target: np.ndarray) -> np.ndarray:
    """The place row of each record's district (county), -1 where unknown."""
    county_row = pd.Series(target[ptype == DISTRICT],
                           index=wof["wof_id"].to_numpy()[ptype == DISTRICT])
    county_row = county_row[~county_row.index.duplicated()]
    parent = wof["wof_county_id"]
    out = parent.map(county_row).fillna(-1).to_numpy(dtype=np.int64)
    out[ptype == DISTRICT] = -1
    return out


def _names(wof: pd.DataFrame, spellings: pd.DataFrame, target: np.ndarray, places: pd.DataFrame,
           n_gn: int) -> list[tuple[str, int, int, int, bool]]:
    """Every WOF spelling as an alias of its merged place, plus Latin romanisations of the
    Cyrillic and Hangul spellings (so that English text can be scanned for them)."""
    country = wof["country"].to_numpy()
    retired = (wof["deprecated"].notna() | (wof["is_current"] == 0)).to_numpy()
    korean = np.isin(country, ["KR", "KP"])
    out: list[tuple[str, int, int, int, bool]] = []
    display = dict(zip(n_gn + np.arange(len(places)), places["name"], strict=True))
    own_keys = _own_language_keys(wof, spellings)
    for record, alias, lang, key in zip(spellings["record"], spellings["alias"],
                                        spellings["lang"], spellings["key"], strict=True):
        row = int(target[record])
        if row < 0:
            continue
        own = own_keys.get(record)
        if retired[record]:
            tier = ALTERNATE
        elif lang == _OWN_LANGUAGE.get(country[record]) or (
                lang == "name" and (own is None or key in own)):
            tier = OFFICIAL
        else:
            tier = ALTERNATE
        out.append((alias, PLACE, row, tier, bool(korean[record])))
        if has_cyrillic(alias) or has_hangul(alias):
            for system in ("press", "bgn"):
                out.append((romanise(alias, system), PLACE, row, VARIANT, bool(korean[record])))
    out.extend((name, PLACE, row, PRIMARY, bool(k)) for row, name, k in
               zip(display, display.values(), np.isin(places["country"], ["KR", "KP"]),
                   strict=True))
    return out
