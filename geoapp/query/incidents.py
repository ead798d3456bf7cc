"""Corroboration: which events describe the same incident, and by how many sources.

Two events are suggested as the same incident when all of these hold:

* same event type and same country;
* their date spans overlap;
* same region (admin-1 code; the region's name where neither has a code), or
  their points lie within the distance that the coarser of their two geo
  precisions allows (:data:`DISTANCE_KM`; country level: anywhere in the country);
* compatible figures: they give the same kinds of figure (killed, wounded,
  killed or wounded, count) and each pair of ranges overlaps;
* they come from different batches: the rows of one dataset, or the events of one
  report, are distinct events by construction;
* each is the other's closest such match in the other's batch (by dates, then
  distance): a claim restates one event, so a chain of near matches does not glue
  distinct events together.

Suggested links join events into incidents (connected groups). A group whose
claims cannot all be true together (two ranges of one figure that do not
overlap, reached through a third event) is not trusted: only its links between
claims of identical figures, and the analyst's confirmed links, hold it together.
The analyst's links always win: a confirmed link joins two events whatever the
rules say, a broken one keeps them apart.

Everything is vectorised: events are sorted by (type, country, start) and each
is compared with the next ones of its block while their spans overlap, one array
operation per step over the events still in the sweep.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from geoapp.model import GEO_PRECISIONS

#: Farthest apart (km) two points may be for one incident, by the coarser precision;
#: country level has no limit inside the country.
DISTANCE_KM = {"exact": 10.0, "near": 25.0, "district": 60.0, "region": 300.0,
               "country": np.inf}
#: The most later events of its block an event is compared with (a guard, not a rule).
MAX_STEPS = 200
#: Figures compared for compatibility: (low column, high column).
FIGURE_PAIRS = (("killed_low", "killed_high"), ("wounded_low", "wounded_high"),
                ("casualties_low", "casualties_high"), ("count_low", "count_high"))
#: Rounds of matching what is left once the mutual best matches are taken.
_MATCH_ROUNDS = 4
_EARTH_KM = 6371.0088


def empty_links() -> pd.DataFrame:
    """The analyst's links: ``event_a``, ``event_b`` (ids) and ``confirmed`` (False: broken)."""
    return pd.DataFrame({"event_a": pd.Series(dtype=object), "event_b": pd.Series(dtype=object),
                         "confirmed": pd.Series(dtype=bool)})


def source_keys(frame: pd.DataFrame) -> pd.Series:
    """Who makes each claim: the source it names, else the outlet that published it."""
    return frame["source_name"].astype(object).fillna(frame["publisher"].astype(object))


def count_sources(frame: pd.DataFrame) -> int:
    """How many independent sources (distinct :func:`source_keys`) ``frame``'s events have."""
    name, outlet = frame["source_name"], frame["publisher"]
    if not (isinstance(name.dtype, pd.CategoricalDtype)
            and isinstance(outlet.dtype, pd.CategoricalDtype)):
        return int(source_keys(frame).nunique())
    named = name.cat.codes.to_numpy()
    unnamed = outlet.cat.codes.to_numpy()[named < 0]
    keys = set(name.cat.categories[np.unique(named[named >= 0])])
    return len(keys | set(outlet.cat.categories[np.unique(unnamed[unnamed >= 0])]))


def link_incidents(frame: pd.DataFrame, links: pd.DataFrame | None = None) -> pd.Series:
    """An incident id (int) per event, aligned with ``frame``; rejected events stand alone."""
    n = len(frame)
    if not n:
        return pd.Series(np.zeros(0, dtype=np.int64), index=frame.index, name="incident")
    links = empty_links() if links is None else links
    live = ~frame["status"].astype(object).eq("rejected").to_numpy()
    i, j = _suggested_pairs(frame, live)
    confirmed, broken = _analyst_pairs(frame, links)
    if len(broken):
        i, j = _without(i, j, broken)
    labels = _components(n, np.concatenate([i, confirmed[0]]), np.concatenate([j, confirmed[1]]))
    bad = _inconsistent(frame, labels)
    if bad.any():  # such a group keeps only its links between identical figures
        keep = ~bad[i] | _identical(frame, i, j)
        labels = _components(n, np.concatenate([i[keep], confirmed[0]]),
                             np.concatenate([j[keep], confirmed[1]]))
    return pd.Series(labels, index=frame.index, name="incident")


def sources_per_event(frame: pd.DataFrame, incidents: pd.Series) -> pd.Series:
    """How many independent sources (different :func:`source_keys`) back each event's incident."""
    keys = pd.Series(pd.factorize(source_keys(frame))[0], index=frame.index)
    keys = keys.where(keys >= 0)
    counts = keys.groupby(incidents.to_numpy()).transform("nunique")
    return counts.clip(lower=1).astype("int64").rename("sources")


def _codes(col: pd.Series) -> np.ndarray:
    if isinstance(col.dtype, pd.CategoricalDtype):
        return col.cat.codes.to_numpy().astype(np.int64)
    return pd.factorize(col.astype(object))[0].astype(np.int64)


def _days(frame: pd.DataFrame, name: str) -> np.ndarray:
    if f"{name}_day" in frame:
        return frame[f"{name}_day"].to_numpy().astype(np.int64)
    dates = np.asarray(frame[f"date_{name}"], dtype="datetime64[D]")
    return dates.astype(np.int64)


def _suggested_pairs(frame: pd.DataFrame, live: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of positions (i, j) that the rules link."""
    kind, country = _codes(frame["event_type"]), _codes(frame["country"])
    start, end = _days(frame, "start"), _days(frame, "end")
    candidates = np.flatnonzero(live & (country >= 0))
    order = candidates[np.lexsort((start[candidates], country[candidates], kind[candidates]))]
    block = kind[order] * (country.max() + 1) + country[order]
    batch = _codes(frame["batch_id"])
    # Events without a batch are each their own (never equal to another's code).
    s_batch = np.where(batch[order] >= 0, batch[order], -1 - order)
    s_start, s_end = start[order], end[order]
    # Each event meets the next ones of its block while their starts do not pass its end;
    # an event whose span is passed leaves the sweep, so the work is the overlapping pairs.
    active = np.arange(len(order))
    firsts, seconds = [], []
    for step in range(1, MAX_STEPS + 1):
        active = active[active + step < len(order)]
        later = active + step
        meet = (block[active] == block[later]) & (s_start[later] <= s_end[active])
        active, later = active[meet], later[meet]
        if not len(active):
            break
        other = s_batch[active] != s_batch[later]  # one batch's events are distinct: no pair
        firsts.append(order[active[other]])
        seconds.append(order[later[other]])
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    i, j = np.concatenate(firsts), np.concatenate(seconds)
    near, km = _near(frame, i, j)
    keep = near & _compatible(frame, i, j)
    i, j, km = i[keep], j[keep], km[keep]
    # Days apart, plus a day per 25 km (two where a point is missing) and one for another
    # precision: the closest claim wins, an exact restatement always.
    rank = _ranks(frame)
    closeness = (np.abs(start[i] - start[j]) + np.abs(end[i] - end[j])
                 + np.nan_to_num(km, nan=50.0) / 25 + (rank[i] != rank[j]))
    return _mutual_best(frame, i, j, closeness)


def _mutual_best(frame: pd.DataFrame, i: np.ndarray, j: np.ndarray,
                 closeness: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Only pairs where each is the other's closest match in the other's batch: a claim
    restates one event of another source, so chains (A ~ B' ~ C) do not glue distinct
    events together. Matched events leave the pool and the rest match again (a few
    rounds), so ties between equal events still pair them one to one."""
    batch = _codes(frame["batch_id"])
    pid = np.arange(len(i))
    # Each pair seen from both ends: (event, the other end's batch).
    node = np.concatenate([i, j])
    other = np.concatenate([batch[j], batch[i]])
    halves = pd.DataFrame({"node": node, "other": other, "pid": np.concatenate([pid, pid]),
                           "c": np.concatenate([closeness, closeness])})
    halves = halves.sort_values(["c", "pid"], kind="stable")
    kept: list[np.ndarray] = []
    for _ in range(_MATCH_ROUNDS):
        if halves.empty:
            break
        best = halves[~halves.duplicated(["node", "other"])]
        both = best["pid"].value_counts()
        chosen = both.index[both.to_numpy() == 2].to_numpy()
        if not len(chosen):
            break
        kept.append(chosen)
        taken = halves[halves["pid"].isin(chosen)][["node", "other"]]
        used = pd.MultiIndex.from_frame(taken)
        busy = pd.MultiIndex.from_frame(halves[["node", "other"]]).isin(used)
        drop = halves["pid"][busy].unique()
        halves = halves[~halves["pid"].isin(drop)]
    chosen = np.sort(np.concatenate(kept)) if kept else np.zeros(0, dtype=np.int64)
    return i[chosen], j[chosen]


def _near(frame: pd.DataFrame, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Same region, or within the distance of the coarser precision; and the distance (km)."""
    region, name = _codes(frame["adm1_code"]), _codes(frame["admin1"])
    same_region = (((region[i] == region[j]) & (region[i] >= 0))
                   | ((region[i] < 0) & (region[j] < 0) & (name[i] == name[j]) & (name[i] >= 0)))
    rank = _ranks(frame)
    limits = np.array([DISTANCE_KM[p] for p in GEO_PRECISIONS] + [np.inf])
    limit = limits[np.maximum(rank[i], rank[j]).astype(np.int64)]
    lon = np.radians(frame["lon"].to_numpy(dtype="float64", na_value=np.nan))
    lat = np.radians(frame["lat"].to_numpy(dtype="float64", na_value=np.nan))
    h = (np.sin((lat[j] - lat[i]) / 2) ** 2
         + np.cos(lat[i]) * np.cos(lat[j]) * np.sin((lon[j] - lon[i]) / 2) ** 2)
    km = 2 * _EARTH_KM * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
    return same_region | np.isinf(limit) | (km <= limit), km


def _ranks(frame: pd.DataFrame) -> np.ndarray:
    """Geo precision as its rank in :data:`GEO_PRECISIONS` (finest first)."""
    if "geo_rank" in frame:
        return frame["geo_rank"].to_numpy()
    return frame["geo_precision"].astype(object).map(GEO_PRECISIONS.index).to_numpy()


def _bounds(frame: pd.DataFrame, low: str, high: str) -> tuple[np.ndarray, np.ndarray]:
    lo = frame[low].to_numpy(dtype="float64", na_value=np.nan)
    hi = frame[high].to_numpy(dtype="float64", na_value=np.nan)
    return lo, hi


def _compatible(frame: pd.DataFrame, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The same kinds of figure given, and every pair of ranges overlapping."""
    ok = np.ones(len(i), dtype=bool)
    for low, high in FIGURE_PAIRS:
        lo, hi = _bounds(frame, low, high)
        given = ~np.isnan(lo) | ~np.isnan(hi)
        lo, hi = np.nan_to_num(lo, nan=0.0), np.nan_to_num(hi, nan=np.inf)
        ok &= given[i] == given[j]
        ok &= ~given[i] | (np.maximum(lo[i], lo[j]) <= np.minimum(hi[i], hi[j]))
    return ok


def _identical(frame: pd.DataFrame, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    same = np.ones(len(i), dtype=bool)
    for low, high in FIGURE_PAIRS:
        for values in _bounds(frame, low, high):
            same &= (values[i] == values[j]) | (np.isnan(values[i]) & np.isnan(values[j]))
    return same


def _inconsistent(frame: pd.DataFrame, labels: np.ndarray) -> np.ndarray:
    """Per event: its group holds two ranges of one figure that do not overlap (intervals
    overlap pairwise exactly when the highest low is at most the lowest high)."""
    bad = np.zeros(len(labels), dtype=bool)
    for low, high in FIGURE_PAIRS:
        lo, hi = _bounds(frame, low, high)
        given = ~np.isnan(lo) | ~np.isnan(hi)
        parts = pd.DataFrame({"lo": np.where(given, np.nan_to_num(lo), np.nan),
                              "hi": np.where(given, np.nan_to_num(hi, nan=np.inf), np.nan)})
        grouped = parts.groupby(labels)
        bad |= (grouped["lo"].transform("max") > grouped["hi"].transform("min")).to_numpy()
    return bad


def _analyst_pairs(frame: pd.DataFrame, links: pd.DataFrame
                   ) -> tuple[tuple[np.ndarray, np.ndarray], np.ndarray]:
    """Confirmed pairs (positions) and broken ones (as sorted position pairs, one per row)."""
    position = pd.Series(np.arange(len(frame)), index=frame["event_id"].astype(str).to_numpy())
    position = position[~position.index.duplicated()]
    a = position.reindex(links["event_a"].astype(str)).to_numpy()
    b = position.reindex(links["event_b"].astype(str)).to_numpy()
    found = ~np.isnan(a) & ~np.isnan(b)
    confirmed = links["confirmed"].to_numpy(dtype=bool)
    a, b = np.nan_to_num(a).astype(np.int64), np.nan_to_num(b).astype(np.int64)
    yes = found & confirmed
    no = found & ~confirmed
    broken = np.sort(np.column_stack([a[no], b[no]]), axis=1)
    return (a[yes], b[yes]), broken


def _without(i: np.ndarray, j: np.ndarray, broken: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if not len(i):
        return i, j
    pairs = np.sort(np.column_stack([i, j]), axis=1)
    width = max(int(pairs.max()), int(broken.max())) + 1
    drop = np.isin(pairs[:, 0] * width + pairs[:, 1], broken[:, 0] * width + broken[:, 1])
    return i[~drop], j[~drop]


def _components(n: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Connected groups of ``n`` nodes joined by pairs: each node's smallest member position."""
    labels = np.arange(n, dtype=np.int64)
    if not len(i):
        return labels
    while True:
        low = np.minimum(labels[i], labels[j])
        before = labels.copy()
        np.minimum.at(labels, i, low)
        np.minimum.at(labels, j, low)
        labels = labels[labels]  # jump to the root found so far
        if np.array_equal(labels, before):
            return labels
