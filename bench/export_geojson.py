"""GeoJSON export of a tenth of the events (100k of 1M) against ``GeoDataFrame.to_json()``.

geoapp's time runs from the view and the filter to the finished UTF-8 text of
the FeatureCollection (selection included). The baseline's GeoDataFrame of the
same rows, dates already as ISO text (``to_json`` cannot encode timestamps), is
built beforehand, so only ``to_json()`` itself is timed.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from bench.common import Context, Row, at_least, main, ratio_row, time_runs

TARGET_RATIO = 5
SHARE = 0.1


def tenth(view):
    """A date window from the start of the data holding about SHARE of the events."""
    from geoapp.query import EventFilter
    from geoapp.query.view import from_days

    last = view.start[min(int(len(view) * SHARE), len(view) - 1)]
    first = view.start[0]
    return EventFilter(date_from=str(from_days(int(first))), date_to=str(from_days(int(last))))


def run(ctx: Context) -> list[Row]:
    import geopandas as gpd

    from geoapp.export.geojson import snapshot_geojson_bytes

    view = ctx.view
    flt = tenth(view)
    rows = view.rows(view.select(flt))
    for column in rows.columns:
        if pd.api.types.is_datetime64_any_dtype(rows[column]):
            rows[column] = rows[column].map(lambda v: v.isoformat() if pd.notna(v) else None)
    gdf = gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(rows["lon"], rows["lat"]),
                           crs="EPSG:4326")
    size_mb = len(snapshot_geojson_bytes(view, flt)) / 1e6
    timing = time_runs(lambda: snapshot_geojson_bytes(view, flt), ctx.runs, gdf.to_json)
    return [ratio_row("GeoJSON export", len(rows), timing,
                      at_least("ratio", TARGET_RATIO, f"≥ {TARGET_RATIO}× to_json()"),
                      metrics={"mb": size_mb}, note=f"{size_mb:,.0f} MB of GeoJSON")]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("export_geojson", run, argv, runs=3)


if __name__ == "__main__":
    cli()
