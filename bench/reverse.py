"""Reverse geocoding of the synthetic points against the real admin-1 layer.

Baseline: a GeoDataFrame of the same points and ``geopandas.sjoin(predicate="within")``
against :func:`geoapp.geocode.regions`, which is what one writes without geoapp.
Both start from the same lon/lat arrays, and their answers are compared.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from bench.common import Context, Row, at_least, main, ratio_row, time_runs

TARGET_RATIO = 4


def run(ctx: Context) -> list[Row]:
    import geopandas as gpd

    from geoapp import geocode as gc

    points = pd.read_parquet(ctx.dataset(), columns=["lon", "lat"]).dropna()
    lons, lats = points["lon"].to_numpy(), points["lat"].to_numpy()
    regions = gc.regions()[["adm1_code", "geometry"]]

    def geoapp() -> pd.DataFrame:
        return gc.reverse(lons, lats)

    def baseline() -> pd.DataFrame:
        pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lons, lats), crs="EPSG:4326")
        return gpd.sjoin(pts, regions, how="left", predicate="within")

    ours, theirs = geoapp(), baseline()
    agree = _agreement(ours["adm1_code"].to_numpy(dtype=object), theirs)
    timing = time_runs(geoapp, ctx.runs, baseline)
    return [ratio_row("reverse geocoding (admin-1)", len(lons), timing,
                      at_least("ratio", TARGET_RATIO, f"≥ {TARGET_RATIO}× sjoin"),
                      metrics={"agreement": agree},
                      note=f"same unit as sjoin for {agree:.3%} of the points sjoin places")]


def _agreement(codes: np.ndarray, joined: pd.DataFrame) -> float:
    """Share of points that sjoin puts in exactly one unit where geoapp says the same."""
    counts = joined.index.value_counts()
    single = joined[joined.index.isin(counts.index[counts == 1]) & joined["adm1_code"].notna()]
    return float((codes[single.index.to_numpy()] == single["adm1_code"].to_numpy()).mean())


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("reverse", run, argv, runs=3)


if __name__ == "__main__":
    cli()
