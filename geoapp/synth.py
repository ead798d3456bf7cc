"""Deterministic synthetic events, for benchmarks and load tests at a million rows.

Real datasets of that size cannot ship with the project, so the bench makes its
own: points on land inside the real admin-1 polygons of Ukraine and western
Russia (weighted towards the front line and Kursk), dates from 2022-02-24 to
2025-12-31, every event type, ~50 sources, figures as ranges, and a few
region-precision and multi-day events. Everything is vectorised numpy driven by
one seed, so the same ``(n, seed)`` always gives the same rows.

Every record says it is synthetic three times over (source name "Synthetic
source NN", ``source_kind="synthetic"``, tag ``synthetic``) and its id starts
with ``synth:``, so it can never pass for real data. Rows carry coordinates and
country but no ``adm1_code``: ingest's geocoding has to find the region.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from geoapp import geocode as gc
from geoapp.errors import GeoappError
from geoapp.model import FIELD_NAMES

FIRST_DAY = dt.date(2022, 2, 24)
LAST_DAY = dt.date(2025, 12, 31)
#: Kursk events start with the Ukrainian incursion.
KURSK_FIRST_DAY = dt.date(2024, 8, 6)
KURSK = "RUS-2362"
SOURCE_COUNT = 50
TAGS = json.dumps(["synthetic"])

#: Relative weight of each admin-1 unit; Ukrainian units not listed get UKRAINE_REST.
REGION_WEIGHTS: dict[str, float] = {
    "UKR-327": 20.0,   # Donetsk
    "UKR-331": 9.0,    # Zaporizhzhia
    "UKR-328": 9.0,    # Kharkiv
    "UKR-329": 7.0,    # Luhansk
    "UKR-4827": 7.0,   # Kherson
    KURSK: 10.0,
    "RUS-2370": 5.0,   # Belgorod
    "UKR-325": 5.0,    # Sumy
    "UKR-326": 4.0,    # Dnipropetrovsk
    "UKR-284": 3.0,    # Mykolaiv
    "RUS-2342": 3.0,   # Bryansk
    "UKR-285": 2.0,    # Chernihiv
    "UKR-322": 2.0,    # Odesa
    "RUS-283": 2.0,    # Crimea
    "RUS-5482": 0.5,   # Sevastopol
    "UKR-4826": 1.5,   # Kyiv city
    "UKR-321": 1.5,    # Kyiv oblast
    "RUS-2367": 1.5,   # Rostov
    "RUS-2377": 1.0,   # Voronezh
    "RUS-2371": 1.0,   # Krasnodar
    "RUS-2365": 0.5,   # Moscow city
    "RUS-2364": 0.5,   # Moscow oblast
    "RUS-2366": 0.3,   # Oryol
    "RUS-2363": 0.3,   # Lipetsk
    "RUS-2343": 0.3,   # Smolensk
    "RUS-2369": 0.3,   # Volgograd
}
UKRAINE_REST = 0.4

#: Event types with their share and the sub-types a source might give.
TYPES: dict[str, tuple[float, tuple[str, ...]]] = {
    "attack": (0.38, ("shelling", "drone strike", "missile strike", "air strike", "armed clash")),
    "casualty_report": (0.18, ("military", "civilian")),
    "unit_sighting": (0.12, ("convoy", "position", "equipment")),
    "troop_deployment": (0.10, ("arrival", "rotation", "withdrawal")),
    "capture": (0.07, ("settlement", "prisoners", "equipment")),
    "document_seizure": (0.03, ("identity papers", "orders")),
    "other": (0.12, ("other",)),
}
ACTORS = tuple(f"Synthetic actor {i:02d}" for i in range(1, 13))
SHARE_NO_POINT = 0.03     # region precision, no coordinates: forward geocoding from the name
SHARE_NEAR = 0.10         # a point given as "near" a place
SHARE_STATED_REGION = 0.25  # points that also name their region
SHARE_INTERVAL = 0.08     # multi-day events


def synth_frame(n: int, seed: int = 42) -> pd.DataFrame:
    """``n`` synthetic events in model columns (no ``adm1_code``), the same for the same seed.

    Example
    -------
    >>> frame = synth_frame(1000, seed=42)
    >>> frame["source_kind"].unique().tolist()
    ['synthetic']
    """
    rng = np.random.default_rng(seed)
    regions = _focus_regions()
    region_idx, lons, lats = _sample_points(rng, regions, n)
    no_point = rng.random(n) < SHARE_NO_POINT
    start, end, precision = _dates(rng, n, regions["adm1_code"].to_numpy()[region_idx] == KURSK)
    types, sub_types = _types(rng, n)
    names = regions["name"].to_numpy(dtype=object)[region_idx]
    stated = no_point | (rng.random(n) < SHARE_STATED_REGION)
    geo = np.where(no_point, "region", np.where(rng.random(n) < SHARE_NEAR, "near", "exact"))
    sources = _sources(rng, n)
    frame = pd.DataFrame({
        "event_id": _ids(seed, n),
        "event_type": types,
        "sub_type": sub_types,
        "date_start": start,
        "date_end": end,
        "date_precision": precision,
        "reported_date": _reported(rng, end),
        "admin1": np.where(stated, names, None),
        "country": regions["country"].to_numpy(dtype=object)[region_idx],
        "lon": np.where(no_point, np.nan, lons),
        "lat": np.where(no_point, np.nan, lats),
        "geo_precision": geo,
        "actor1": np.asarray(ACTORS, dtype=object)[rng.integers(0, len(ACTORS), n)],
        "actor2": _sometimes(rng, np.asarray(ACTORS, dtype=object)[rng.integers(0, len(ACTORS), n)],
                             0.3),
        **_figures(rng, types),
        "source_name": sources,
        "source_kind": "synthetic",
        "tags": TAGS,
        "origin": f"geoapp synth --seed {seed}",
        "status": "reported",
    })
    return frame[[c for c in FIELD_NAMES if c in frame]]


def write_synth(n: int, seed: int, path: str | Path) -> Path:
    """Write :func:`synth_frame` to ``path``: Parquet or CSV by its extension."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".parquet", ".csv"):
        raise GeoappError(f"{path}: unknown output format {suffix!r}; use .parquet or .csv")
    frame = synth_frame(n, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    if suffix == ".parquet":
        frame.to_parquet(tmp, index=False)
    else:
        frame.to_csv(tmp, index=False, date_format="%Y-%m-%d")
    tmp.replace(path)
    return path


def _focus_regions() -> pd.DataFrame:
    """The weighted admin-1 units with their geometry, in a fixed order (determinism)."""
    regions = gc.regions()
    ukraine = regions[regions["adm1_code"].str.startswith("UKR-")]["adm1_code"]
    weights = {code: UKRAINE_REST for code in ukraine} | REGION_WEIGHTS
    table = regions[regions["adm1_code"].isin(list(weights))].sort_values("adm1_code")
    missing = sorted(set(weights) - set(table["adm1_code"]))
    if missing:
        raise GeoappError(f"admin-1 layer lacks the synthetic data's regions {missing}")
    table = table.reset_index(drop=True)
    table["weight"] = table["adm1_code"].map(weights).astype(float)
    return table


def _sample_points(
    rng: np.random.Generator, regions: pd.DataFrame, n: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Region per row by weight, then a uniform point inside it by rejection in its bbox."""
    weights = regions["weight"].to_numpy()
    region_idx = rng.choice(len(regions), size=n, p=weights / weights.sum())
    lons, lats = np.empty(n), np.empty(n)
    for i, geom in enumerate(regions.geometry):
        rows = np.flatnonzero(region_idx == i)
        if not len(rows):
            continue
        shapely.prepare(geom)
        xmin, ymin, xmax, ymax = geom.bounds
        got_x, got_y, need = [], [], len(rows)
        while need > 0:
            draw = max(2 * need, 256)
            x = rng.uniform(xmin, xmax, draw)
            y = rng.uniform(ymin, ymax, draw)
            inside = shapely.contains_xy(geom, x, y)
            got_x.append(x[inside][:need])
            got_y.append(y[inside][:need])
            need -= len(got_x[-1])
        lons[rows] = np.round(np.concatenate(got_x), 5)
        lats[rows] = np.round(np.concatenate(got_y), 5)
    return region_idx, lons, lats


def _dates(
    rng: np.random.Generator, n: int, in_kursk: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Start and end days (``datetime64[s]``) and precision; Kursk only after the incursion."""
    first = np.datetime64(FIRST_DAY, "D")
    last = np.datetime64(LAST_DAY, "D")
    kursk_first = np.datetime64(KURSK_FIRST_DAY, "D")
    span = np.where(in_kursk, (last - kursk_first).astype(int), (last - first).astype(int))
    origin = np.where(in_kursk, kursk_first, first)
    start = origin + (rng.random(n) * (span + 1)).astype("int64").astype("timedelta64[D]")
    length = np.where(rng.random(n) < SHARE_INTERVAL, rng.integers(1, 31, n), 0)
    end = np.minimum(start + length.astype("timedelta64[D]"), last)
    precision = np.select([length == 0, length <= 7], ["day", "week"], "month")
    return start.astype("datetime64[s]"), end.astype("datetime64[s]"), precision


def _reported(rng: np.random.Generator, end: np.ndarray) -> np.ndarray:
    """Reported a few days after the event ends, for most rows; NaT for the rest."""
    reported = end + rng.integers(0, 6, len(end)).astype("timedelta64[D]")
    return np.where(rng.random(len(end)) < 0.6, reported, np.datetime64("NaT"))


def _types(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    names = list(TYPES)
    shares = np.array([TYPES[t][0] for t in names])
    idx = rng.choice(len(names), size=n, p=shares / shares.sum())
    pick = rng.random(n)
    sub_types = np.empty(n, dtype=object)
    for i, name in enumerate(names):
        rows = idx == i
        options = np.asarray(TYPES[name][1], dtype=object)
        sub_types[rows] = options[(pick[rows] * len(options)).astype(int)]
    return np.asarray(names, dtype=object)[idx], sub_types


def _sources(rng: np.random.Generator, n: int) -> np.ndarray:
    """Source names with a long tail: a few big sources and many small ones."""
    weights = 1.0 / np.arange(1, SOURCE_COUNT + 1) ** 0.8
    names = np.array([f"Synthetic source {i:02d}" for i in range(1, SOURCE_COUNT + 1)],
                     dtype=object)
    return names[rng.choice(SOURCE_COUNT, size=n, p=weights / weights.sum())]


def _ids(seed: int, n: int) -> np.ndarray:
    return (f"synth:{seed}:" + pd.Series(np.arange(n)).astype(str)).to_numpy(dtype=object)


def _figures(rng: np.random.Generator, types: np.ndarray) -> dict[str, pd.Series]:
    """Killed/wounded/casualty ranges and counts, in the model's range convention."""
    n = len(types)
    violent = np.isin(types, ["attack", "casualty_report"])
    report = types == "casualty_report"
    killed_low, killed_high = _ranges(rng, violent & (rng.random(n) < np.where(report, 0.9, 0.4)))
    wounded_low, wounded_high = _ranges(rng, violent & (rng.random(n) < np.where(report, 0.6, 0.3)))
    cas_low, cas_high = _ranges(rng, report & (rng.random(n) < 0.2))
    exact_best = (killed_low == killed_high) & ~np.isnan(killed_low)
    killed_best = np.where(exact_best & (rng.random(n) < 0.5), killed_low, np.nan)
    counted = np.isin(types, ["unit_sighting", "troop_deployment", "capture"]) & (
        rng.random(n) < 0.7)
    count_low, count_high = _ranges(rng, counted, scale=3.0)
    unit = np.where(types == "capture", "prisoners",
                    np.where(rng.random(n) < 0.7, "personnel", "vehicles"))
    return {
        "killed_low": _ints(killed_low), "killed_high": _ints(killed_high),
        "killed_best": _ints(killed_best),
        "wounded_low": _ints(wounded_low), "wounded_high": _ints(wounded_high),
        "casualties_low": _ints(cas_low), "casualties_high": _ints(cas_high),
        "count_low": _ints(count_low), "count_high": _ints(count_high),
        "count_unit": pd.Series(np.where(counted, unit, None), dtype=object),
    }


def _ranges(
    rng: np.random.Generator, given: np.ndarray, scale: float = 1.0
) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) for rows with a figure: 60% exact, 20% "more than N", 20% "between A and B"."""
    n = len(given)
    base = np.floor(rng.lognormal(scale, 1.0, n))
    kind = rng.random(n)
    low = base.copy()
    high = np.where(kind < 0.6, base, base + np.floor(rng.lognormal(0.5, 0.8, n)) + 1)
    more_than = (kind >= 0.6) & (kind < 0.8)
    low[more_than] += 1
    high[more_than] = np.nan
    low[~given] = np.nan
    high[~given] = np.nan
    return low, high


def _ints(values: np.ndarray) -> pd.Series:
    return pd.Series(values).astype("Int64")


def _sometimes(rng: np.random.Generator, values: np.ndarray, share: float) -> np.ndarray:
    return np.where(rng.random(len(values)) < share, values, None)


__all__ = ["synth_frame", "write_synth"]
