"""The regions layer: a choropleth of the filtered events per admin-1 region.

The metric is events, killed or wounded (high estimates), absolute or per
10,000 km² of the region's equal-area surface. Class breaks are quantiles (or
equal steps) of the current values, so the legend follows the filter.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import numpy as np
import pandas as pd
from pydantic import Field, model_validator

from geoapp.query import EventView, by_region
from geoapp.styles.layer import LayerDraw, LayerQuery, Legend, LegendEntry, LiveDraw, MapLayer, Painter
from geoapp.styles.outlines import feature_collection, features
from geoapp.styles.spec import Color, LayerFile, LayerSpec, Strict

PER_AREA_KM2 = 10_000
Metric = Literal["events", "killed", "wounded", "events_per_area", "killed_per_area",
                 "wounded_per_area"]


class MetricEntry(Strict):
    value: Metric
    label: str


class RegionsFile(LayerFile):
    kind: Literal["choropleth"]
    default_metric: Metric = "events"
    colors: Annotated[list[Color], Field(min_length=2)] = ["#fee8c8", "#e34a33"]
    classes: Literal["quantile", "equal"] = "quantile"
    line_color: Color = "#666666"
    fill_opacity: Annotated[float, Field(ge=0, le=1)] = 0.6
    metrics: Annotated[list[MetricEntry], Field(min_length=1)]

    @model_validator(mode="after")
    def _default_is_listed(self) -> RegionsFile:
        values = [m.value for m in self.metrics]
        if self.default_metric not in values:
            raise ValueError(f"default_metric {self.default_metric!r} is not one of the "
                             f"[[metrics]] values {values}")
        return self


def region_values(view: EventView, positions: np.ndarray, metric: str,
                  areas_km2: pd.Series) -> pd.Series:
    """The choropleth metric per admin-1 code (regions without events are left out)."""
    table = by_region(view, positions).set_index("adm1_code")
    base, _, per_area = metric.partition("_per_")
    column = "events" if base == "events" else f"{base}_high"
    values = table[column].astype("float64")
    if per_area:
        area = areas_km2.reindex(values.index)
        values = (values / area * PER_AREA_KM2).dropna()
    return values[values > 0]


def quantile_breaks(values: pd.Series, classes: int, method: str = "quantile",
                    whole: bool = False) -> list[float]:
    """Upper class limits (all but the last class), for the map and its legend.

    A class holds the values from its lower limit up to, not including, its upper one.
    For counts (``whole``) the limits are whole numbers, so that no class is empty of
    possible values and the legend can name each class by the counts it holds.
    """
    if values.empty:
        return []
    v = values.to_numpy(dtype="float64")
    if method == "equal":
        edges = np.linspace(v.min(), v.max(), classes + 1)[1:-1]
    else:
        edges = np.quantile(v, np.linspace(0, 1, classes + 1)[1:-1])
    edges = np.ceil(edges) if whole else np.round(edges, 2)
    return sorted({float(e) for e in edges if v.min() < e <= v.max()})


def is_count(metric: str) -> bool:
    """Whether the metric's values are whole numbers (events, killed, wounded)."""
    return "_per_" not in metric


def choropleth_hideout(values: pd.Series, spec: LayerSpec, metric: str) -> dict:
    """What the regions style function needs: a value per region, breaks and colours."""
    colors = list(spec.options["colors"])
    breaks = quantile_breaks(values, len(colors), spec.options["classes"], whole=is_count(metric))
    return {
        "values": {code: round(float(v), 2) for code, v in values.items()},
        "breaks": breaks,
        "colors": [colors[i] for i in np.linspace(0 if breaks else len(colors) - 1,
                                                  len(colors) - 1, len(breaks) + 1).round().astype(int)],
        "label": spec.style(metric).label,
        "line": spec.options["line_color"],
        "opacity": spec.options["fill_opacity"],
    }


def class_labels(hideout: dict, metric: str) -> list[str]:
    """One label per colour class: its range of values."""
    values = list(hideout["values"].values())
    if not values:
        return []
    if is_count(metric):
        # Classes of counts hold whole numbers: [lower, upper) is lower … upper − 1.
        lowers = [min(values), *hideout["breaks"]]
        uppers = [b - 1 for b in hideout["breaks"]] + [max(values)]
        return [f"{lo:,.0f}" if lo == hi else f"{lo:,.0f} – {hi:,.0f}"
                for lo, hi in zip(lowers, uppers, strict=True)]

    def fmt(v: float) -> str:
        return f"{v:,.1f}"

    limits = [min(values), *hideout["breaks"], max(values)]
    if not hideout["breaks"]:
        return [fmt(limits[0]) if limits[0] == limits[-1] else f"{fmt(limits[0])} – {fmt(limits[-1])}"]
    return ([f"< {fmt(limits[1])}"]
            + [f"{fmt(a)} – {fmt(b)}" for a, b in zip(limits[1:-2], limits[2:-1], strict=True)]
            + [f"≥ {fmt(limits[-2])}"])


class RegionsLayer(MapLayer):
    name = "regions"
    spec_model = RegionsFile
    styles_key = "metrics"
    live = LiveDraw(z_index=380, functions=("style", "onEachFeature"), updates=("hideout",),
                    shapes=True, restyle=True)

    def metric(self, query: LayerQuery) -> str:
        metric = query.options.get("metric")
        known = [s.value for s in self.spec.styles]
        return metric if metric in known else self.spec.options["default_metric"]

    def initial_props(self, state: Any) -> dict[str, Any]:
        return {"hideout": {"values": {}, "breaks": [], "colors": []}}

    def draw(self, query: LayerQuery, state: Any) -> LayerDraw:
        metric = self.metric(query)
        values = region_values(query.view, query.positions, metric, self.context.names.region_areas)
        hideout = choropleth_hideout(values, self.spec, metric)
        entries = tuple(LegendEntry(label, "swatch", color=color, outline=hideout["line"])
                        for color, label in zip(hideout["colors"], class_labels(hideout, metric),
                                                strict=False))
        legend = Legend(f"Regions: {hideout['label']}",
                        entries or (LegendEntry("no events in any region", "note"),))
        return LayerDraw({"hideout": hideout}, legend)

    def shapes(self, countries: frozenset[str]) -> bytes:
        return feature_collection(features(self.context.outlines.regions(countries)))

    def paint(self, painter: Painter, draw: LayerDraw, query: LayerQuery) -> None:
        """Each region with a value in its class colour (``options["countries"]``: whose)."""
        hideout = draw.props["hideout"]
        if not hideout["values"]:
            return
        shapes = self.context.outlines.regions(query.options.get("countries", ()))
        where = {code: i for i, code in enumerate(shapes.codes)}
        classes: dict[str, list[int]] = {}
        for code, value in hideout["values"].items():
            if code in where:
                cls = int(np.searchsorted(hideout["breaks"], value, side="right"))
                classes.setdefault(hideout["colors"][cls], []).append(where[code])
        for color, rows in classes.items():
            painter.polygons(shapes.geometries[rows], fill=color, opacity=hideout["opacity"],
                             outline=hideout["line"], width=0.6,
                             keys=[("region", shapes.codes[i]) for i in rows])
