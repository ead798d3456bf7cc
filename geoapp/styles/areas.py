"""The areas layer: each area layer (control, occupation, evacuation zones) as it stood at
the end of the time window, and what it gained and lost since the window's start.

Sizes are km² in an equal-area projection (:mod:`geoapp.query.areas`). With a
window of one day there is nothing to compare, so only the areas are drawn.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import pandas as pd
import shapely
import shapely.geometry
from pydantic import Field

from geoapp.query import AreaChange
from geoapp.query.areas import OPEN, window
from geoapp.query.view import from_days
from geoapp.styles import Details  # (imported before the registry loads this module)
from geoapp.styles.layer import LayerDraw, LayerQuery, Legend, LegendEntry, LiveDraw, MapLayer, Painter
from geoapp.styles.spec import Color, LayerFile, Strict, StyleEntry

#: Coordinates sent to maps are rounded to this many decimals (about 1 m).
DECIMALS = 5


class DefaultArea(Strict):
    label: str = "Area"
    color: Color = "#6a51a3"


class AreasFile(LayerFile):
    kind: Literal["areas"]
    fill_opacity: Annotated[float, Field(ge=0, le=1)] = 0.25
    line_weight: Annotated[float, Field(gt=0)] = 1.5
    gained_color: Color = "#1a9850"
    lost_color: Color = "#d73027"
    change_opacity: Annotated[float, Field(ge=0, le=1)] = 0.55
    default: DefaultArea = DefaultArea()
    layers: list[StyleEntry] = []


def window_days(query: LayerQuery) -> tuple[int, int] | None:
    """First and last day of the query's window: as the map's options say (the dashboard's
    slider), else the filter's (:func:`geoapp.query.areas.window`)."""
    if query.options.get("window"):
        first, last = query.options["window"]
        return int(first), int(last)
    return window(query.view, query.flt)


def _day_text(day: int) -> str:
    return str(from_days(day))


def _km2(value: float) -> str:
    return f"{value:,.0f} km²"


class AreasLayer(MapLayer):
    name = "areas"
    spec_model = AreasFile
    styles_key = "layers"
    live = LiveDraw(z_index=385, functions=("style", "onEachFeature"), updates=("data",),
                    clickable=True)

    def draw(self, query: LayerQuery, state: Any) -> LayerDraw:
        window = window_days(query)
        areas = query.view.areas
        if window is None or not len(areas):
            return LayerDraw({"data": {"type": "FeatureCollection", "features": []}})
        first, last = window
        changes = {(c.layer, c.area_key): c for c in areas.changes(first, last)}
        compare = last > first
        features = []
        current = areas.as_of(last)
        for row in current.itertuples(index=False):
            change = changes[(row.layer, row.area_key)]
            features.append(self._feature(row.geometry, "area", row.layer, {
                "key": row.area_key, "name": row.name, "km2": round(float(row.km2), 1),
                "valid_from": _day_text(row.start),
                "valid_to": None if row.end == OPEN else _day_text(row.end),
                "source": row.source_name,
                **self._change_properties(change, first, last, compare),
            }))
        if compare:
            for change in changes.values():
                for kind, geometry, size in (("gained", change.gained, change.gained_km2),
                                             ("lost", change.lost, change.lost_km2)):
                    if geometry is not None:
                        features.append(self._feature(geometry, kind, change.layer, {
                            "key": change.area_key, "name": change.name, "km2": round(size, 1),
                            "since": _day_text(first)}))
        return LayerDraw({"data": {"type": "FeatureCollection", "features": features}},
                         self._legend(current, changes, first, last, compare))

    def _feature(self, geometry: shapely.Geometry, kind: str, layer: str,
                 properties: dict[str, Any]) -> dict[str, Any]:
        style = self.spec.style(layer)
        color = {"gained": self.spec.options["gained_color"],
                 "lost": self.spec.options["lost_color"]}.get(kind, style.color)
        rounded = shapely.set_precision(geometry, 10 ** -DECIMALS)
        label = f"{style.label}: {properties['name']}"
        title = {"area": f"{label} · {_km2(properties['km2'])}",
                 "gained": f"{label} · gained {_km2(properties['km2'])} since {properties.get('since')}",
                 "lost": f"{label} · lost {_km2(properties['km2'])} since {properties.get('since')}"}
        return {"type": "Feature", "geometry": shapely.geometry.mapping(rounded),
                "properties": {"kind": kind, "layer": layer, "label": style.label, "color": color,
                               "opacity": self.spec.options["change_opacity" if kind != "area"
                                                            else "fill_opacity"],
                               "weight": self.spec.options["line_weight"], "title": title[kind],
                               **properties}}

    @staticmethod
    def _change_properties(change: AreaChange, first: int, last: int,
                           compare: bool) -> dict[str, Any]:
        if not compare:
            return {}
        return {"since": _day_text(first), "km2_start": round(change.km2_start, 1),
                "gained_km2": round(change.gained_km2, 1), "lost_km2": round(change.lost_km2, 1),
                "net_km2": round(change.net_km2, 1)}

    def _legend(self, current: pd.DataFrame, changes: dict[tuple[str, str], AreaChange],
                first: int, last: int, compare: bool) -> Legend | None:
        entries = []
        for layer in sorted(set(current["layer"]) | {k[0] for k in changes}):
            style = self.spec.style(layer)
            now = float(current.loc[current["layer"] == layer, "km2"].sum())
            text = f"{style.label}: {_km2(now)} on {_day_text(last)}"
            if compare:
                gained = sum(c.gained_km2 for k, c in changes.items() if k[0] == layer)
                lost = sum(c.lost_km2 for k, c in changes.items() if k[0] == layer)
                text += f" (+{gained:,.0f} / −{lost:,.0f} km² since {_day_text(first)})"
            entries.append(LegendEntry(text, "swatch", color=style.color, value=layer,
                                       outline=style.color))
        if not entries:
            return None
        if compare:
            entries += [LegendEntry(f"gained since {_day_text(first)}", "swatch",
                                    color=self.spec.options["gained_color"], value="gained"),
                        LegendEntry(f"lost since {_day_text(first)}", "swatch",
                                    color=self.spec.options["lost_color"], value="lost")]
        return Legend(self.title, tuple(entries))

    def paint(self, painter: Painter, draw: LayerDraw, query: LayerQuery) -> None:
        """Areas, then what they gained, then what they lost (dashed), as the live map does."""
        for feature in draw.props["data"]["features"]:
            p = feature["properties"]
            key = [("area", p["layer"], p["key"], p["valid_from"])] if p["kind"] == "area" else None
            painter.polygons([shapely.geometry.shape(feature["geometry"])], fill=p["color"],
                             opacity=p["opacity"], outline=p["color"],
                             width=p["weight"] if p["kind"] == "area" else 1,
                             dash="4 3" if p["kind"] == "lost" else None, keys=key)

    def details(self, properties: dict[str, Any]) -> Details | None:
        if properties.get("kind") not in ("area", "gained", "lost"):
            return None
        label = f"{properties.get('label')}: {properties.get('name')}"
        if properties["kind"] != "area":
            return Details(label, ((properties["kind"].capitalize() + " since " +
                                    str(properties.get("since")), _km2(properties["km2"])),))
        rows = [("Area", _km2(properties["km2"])),
                ("Valid", f"{properties['valid_from']} – {properties.get('valid_to') or 'still valid'}")]
        if "net_km2" in properties:
            since = properties["since"]
            rows += [(f"On {since}", _km2(properties["km2_start"])),
                     ("Gained", f"+{_km2(properties['gained_km2'])}"),
                     ("Lost", f"−{_km2(properties['lost_km2'])}"),
                     ("Change", f"{properties['net_km2']:+,.0f} km²")]
        if properties.get("source"):
            rows.append(("Source", str(properties["source"])))
        return Details(label, tuple(rows), "Sizes in an equal-area projection (EPSG:6933).")

    def extent(self, query: LayerQuery, state: Any) -> tuple[float, float, float, float] | None:
        window = window_days(query)
        if window is None:
            return None
        current = query.view.areas.as_of(window[1])
        if current.empty:
            return None
        west, south, east, north = shapely.total_bounds(current["geometry"].to_numpy())
        return float(west), float(south), float(east), float(north)
