"""Forward geocoding of a realistic stream of names: lookups per second.

News and datasets name the same towns over and over, with a long tail of rare
ones: the stream draws from a pool of distinct queries with Zipf weights. The
pool mixes Ukrainian and Russian towns by population (some with a country
hint, some in Cyrillic), villages of every size (Who's On First, many shared by
several regions, some qualified by their region), region names, relative phrases
("12 km north of X") and names that are not in the gazetteer. The target has a 10%
margin. Caches are cleared before each run, so
every distinct name pays its first lookup in every run.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from bench.common import Context, Row, at_least, fmt_rate, main, time_runs

TARGET_PER_S = 20_000
MARGIN = 1.1
POOL = 5_000
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

    def lookups() -> int:
        coder = Geocoder(gazetteer())   # empty caches: every distinct name pays once
        return sum(coder.geocode(text, cc) is not None for text, cc in stream)

    found = lookups()
    timing = time_runs(lookups, ctx.runs)
    return [Row(
        "forward geocoding (repeated names)", len(stream),
        fmt_rate(len(stream), timing.median, "lookups"),
        metrics={"seconds": timing.median, "lookups_per_s": len(stream) / timing.median,
                 "distinct": distinct, "found": found / len(stream)},
        targets=(at_least("lookups_per_s", TARGET_PER_S * MARGIN,
                          f"≥ {TARGET_PER_S:,} lookups/s (10% margin)"),),
        peak_rss_mb=timing.peak_rss_mb,
        note=f"{distinct:,} distinct queries, {found / len(stream):.1%} of lookups found",
    )]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("forward", run, argv, runs=5)


if __name__ == "__main__":
    cli()
