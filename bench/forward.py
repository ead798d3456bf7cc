"""Forward geocoding of a realistic stream of names: lookups per second.

News and datasets name the same towns over and over, with a long tail of rare
ones: the stream draws from a pool of distinct queries with Zipf weights. The
pool mixes Ukrainian and Russian towns by population (some with a country
hint, some in Cyrillic), villages of every size (Who's On First, many shared by
several regions, some qualified by their region), region names, relative phrases
("12 km north of X") and names that are not in the gazetteer. The target has a 10%
margin. Caches are cleared before each run, so
every distinct name pays its first lookup in every run. The rate is also given in CPU
time (the machine is shared; wall-clock under load understates it).

The naive baseline is what one would write first: the name table as a DataFrame, one
boolean mask over every spelling per query (normalised text equal to the query's),
the most populous hit wins; it is timed on a sample of the distinct queries.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from bench.common import Context, Row, at_least, fmt_rate, main, time_runs

TARGET_PER_S = 20_000
MARGIN = 1.1
POOL = 5_000
BASELINE_QUERIES = 200
ZIPF = 1.1
COUNTRIES = ("UA", "RU")


def queries(n: int, seed: int) -> list[tuple[str, str | None]]:
    """``n`` (text, country hint) pairs drawn with Zipf weights from the distinct pool."""
    rng = np.random.default_rng(seed)
    pool = _pool(rng)
    weights = 1.0 / np.arange(1, len(pool) + 1) ** ZIPF
    picks = rng.choice(len(pool), size=n, p=weights / weights.sum())
    return [pool[i] for i in picks]


def _pool(rng: np.random.Generator) -> list[tuple[str, str | None]]:
    from geoapp.geocode.gazetteer import gazetteer
    from geoapp.geocode.index import PLACE

    g = gazetteer()
    places = g.places
    local = np.flatnonzero(np.isin(places["country"], COUNTRIES))
    population = places["population"][local].astype(float)
    towns = rng.choice(local, size=int(POOL * 0.6), replace=False,
                       p=population / population.sum())
    names = places["name"][towns]
    hints = np.where(rng.random(len(towns)) < 0.5, places["country"][towns], None)
    pool: list[tuple[str, str | None]] = list(zip(names, hints, strict=True))
    popular = set(towns[:600].tolist())
    index = g.indexes[0]
    cyrillic = [(str(a), None) for a, k, r in zip(index.alias.to_pylist(), index.kind, index.row,
                                                  strict=True)
                if k == PLACE and r in popular and any("а" <= c <= "я" for c in a)]
    pool += cyrillic[: int(POOL * 0.1)]
    villages = rng.choice(np.flatnonzero((places["source"] == 1) & (places["ptype"] == 0)
                                         & (places["region"] >= 0)),
                          size=int(POOL * 0.15), replace=False)
    region_names = g.regions["name"]
    pool += [(f"{places['name'][v]}, {region_names[places['region'][v]]}" if i % 3 == 0
              else str(places["name"][v]), None) for i, v in enumerate(villages)]
    regions = [str(name) for name, cc in zip(g.regions["name"], g.regions["country"],
                                             strict=True) if cc in COUNTRIES]
    pool += [(f"{name} region", None) for name in regions]
    pool += [(f"{d} km {side} of {town}", None) for d, side, town in zip(
        rng.integers(2, 40, int(POOL * 0.1)), rng.choice(["north", "south", "east", "west"],
                                                        int(POOL * 0.1)),
        names, strict=False)]
    pool += [(f"near {town}", None) for town in names[-int(POOL * 0.05):]]
    pool += [(f"Synthetic hamlet {i:04d}", None) for i in range(int(POOL * 0.05))]
    order = rng.permutation(len(pool))
    return [pool[i] for i in order]


def run(ctx: Context) -> list[Row]:
    from geoapp.geocode import Geocoder
    from geoapp.geocode.gazetteer import gazetteer

    stream = queries(max(ctx.n // 5, 1_000), ctx.seed)
    distinct = len(set(stream))
    cpu: list[float] = []

    def lookups() -> int:
        started = time.process_time()
        coder = Geocoder(gazetteer())   # empty caches: every distinct name pays once
        found = sum(coder.geocode(text, cc) is not None for text, cc in stream)
        cpu.append(time.process_time() - started)
        return found

    sample = list(dict.fromkeys(stream))[:BASELINE_QUERIES]
    names = _naive_table()

    def baseline() -> int:
        return sum(_naive_lookup(names, text) is not None for text, _ in sample)

    found = lookups()
    timing = time_runs(lookups, ctx.runs, baseline)
    cpu_s = float(np.median(cpu[1:]))
    per_lookup, naive_per_lookup = timing.median / len(stream), timing.baseline_median / len(sample)
    return [Row(
        "forward geocoding (repeated names)", len(stream),
        fmt_rate(len(stream), timing.median, "lookups"),
        baseline=fmt_rate(len(sample), timing.baseline_median, "lookups"),
        metrics={"seconds": timing.median, "lookups_per_s": len(stream) / timing.median,
                 "cpu_seconds": cpu_s, "lookups_per_cpu_s": len(stream) / cpu_s,
                 "baseline_lookups_per_s": len(sample) / timing.baseline_median,
                 "ratio": naive_per_lookup / per_lookup,
                 "distinct": distinct, "found": found / len(stream)},
        targets=(at_least("lookups_per_s", TARGET_PER_S * MARGIN,
                          f"≥ {TARGET_PER_S:,} lookups/s (10% margin)"),),
        peak_rss_mb=timing.peak_rss_mb,
        note=f"{distinct:,} distinct queries, {found / len(stream):.1%} of lookups found; "
             f"{len(stream) / cpu_s:,.0f} lookups per CPU second; baseline: a pandas mask "
             f"per query over every spelling ({len(sample)} distinct queries)",
    )]


def _naive_table():
    """The name table as one would load it for a first version: key, kind, population."""
    from geoapp.geocode import name_index

    return name_index()


def _naive_lookup(names, text: str) -> str | None:
    from geoapp.geocode import normalise

    hits = names[names["key"] == normalise(text)]
    return None if hits.empty else str(hits.sort_values("population").iloc[-1]["key"])


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("forward", run, argv, runs=5)


if __name__ == "__main__":
    cli()
