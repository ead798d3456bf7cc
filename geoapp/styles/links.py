"""The links layer: a line from each event to the places it refers to, styled by role.

Kursk → Tuva for IDs whose place of birth reads "Republic of Tuva"; North
Korea → Kursk for troops that came from there. Lines are deduplicated per
(event place, related place, role).
"""

from __future__ import annotations

import json
from typing import Any, Literal

import numpy as np
import pandas as pd

from geoapp.query import EventView
from geoapp.styles.layer import LayerDraw, LayerQuery, Legend, LegendEntry, LiveDraw, MapLayer, Painter
from geoapp.styles.spec import Color, Dash, LayerFile, Strict, StyleEntry

#: At most this many distinct lines are drawn.
LINK_LIMIT = 2_000


class DefaultLink(Strict):
    label: str = "Related place"
    color: Color = "#555555"
    dash: Dash | None = None
    weight: float = 2


class LinksFile(LayerFile):
    kind: Literal["links"]
    default: DefaultLink = DefaultLink()
    roles: list[StyleEntry] = []


def links_table(view: EventView) -> pd.DataFrame:
    """One row per (event, related place with a point): parsed once per view."""
    text = view.frame["related_places"]
    linked = np.flatnonzero(text.ne("[]").to_numpy() & view.frame["lon"].notna().to_numpy())
    rows = [
        (int(pos), p.get("role") or "", p.get("name") or "", p.get("country"), p["lon"], p["lat"])
        for pos, places in zip(linked, text.iloc[linked].astype(str).map(json.loads),
                               strict=True)
        for p in places if p.get("lon") is not None and p.get("lat") is not None
    ]
    table = pd.DataFrame(rows, columns=["position", "role", "name", "country", "lon", "lat"])
    return table.astype({"position": "int64", "lon": "float64", "lat": "float64"})


class LinksLayer(MapLayer):
    name = "links"
    spec_model = LinksFile
    styles_key = "roles"
    live = LiveDraw(z_index=410, functions=("style", "onEachFeature"), updates=("data",))

    def prepare(self, view: EventView) -> pd.DataFrame:
        return links_table(view)

    def draw(self, query: LayerQuery, table: pd.DataFrame, limit: int = LINK_LIMIT) -> LayerDraw:
        """Lines from each selected event to its related places, one per distinct line and role.

        A place the event's actors come from ("origin") is drawn from that place to
        the event; every other role from the event to the place.
        """
        features = self._features(query, table, limit)
        roles = {f["properties"]["role"] for f in features}
        entries = tuple(LegendEntry(s.label, "line", color=s.color, dash=s.dash, value=s.value)
                        for s in map(self.spec.style, sorted(roles)))
        return LayerDraw({"data": {"type": "FeatureCollection", "features": features}},
                         Legend(self.title, entries) if entries else None)

    def _features(self, query: LayerQuery, table: pd.DataFrame, limit: int) -> list[dict[str, Any]]:
        view = query.view
        if table.empty:
            return []
        part = _selected(query, table)
        if part.empty:  # most windows hold no linked event: skip pandas' fixed costs
            return []
        frame = view.frame
        part = part.assign(
            elon=frame["lon"].to_numpy()[part["position"]].astype("float64").round(4),
            elat=frame["lat"].to_numpy()[part["position"]].astype("float64").round(4),
            place=frame["location_text"].astype(object).to_numpy()[part["position"]],
        )
        groups = part.groupby(["elon", "elat", "role", "name", "lon", "lat"], sort=False)
        lines = groups.agg(events=("position", "size"), place=("place", "first")).reset_index()
        lines = lines.sort_values("events", ascending=False, kind="stable").head(limit)
        features = []
        for row in lines.itertuples(index=False):
            style = self.spec.style(row.role)
            event_end, place_end = [row.elon, row.elat], [round(row.lon, 4), round(row.lat, 4)]
            inbound = row.role == "origin"
            features.append({
                "type": "Feature",
                "geometry": {"type": "LineString",
                             "coordinates": [place_end, event_end] if inbound else [event_end, place_end]},
                "properties": {
                    "name": row.name, "end": 0 if inbound else 1,  # the related place's end
                    "role": row.role, "color": style.color, "dash": style.dash,
                    "weight": style.weight or 2,
                    "title": f"{style.label}: {row.name}" + (
                        f" → {row.place}" if inbound and row.place else
                        f" (from {row.place})" if row.place else "")
                    + f" · {row.events:,} event{'s' if row.events != 1 else ''}",
                },
            })
        return features

    def paint(self, painter: Painter, draw: LayerDraw, query: LayerQuery) -> None:
        for feature in draw.props["data"]["features"]:
            p = feature["properties"]
            painter.lines([feature["geometry"]["coordinates"]], color=p["color"] or "#555555",
                          width=p["weight"], dash=p["dash"], opacity=0.85)

    def extent(self, query: LayerQuery, table: pd.DataFrame) -> tuple[float, float, float, float] | None:
        """Around the places the selected events point to, so both ends of a line are shown."""
        part = _selected(query, table)
        if part.empty:
            return None
        return (float(part["lon"].min()), float(part["lat"].min()), float(part["lon"].max()),
                float(part["lat"].max()))

    def countries(self, query: LayerQuery, table: pd.DataFrame) -> set[str]:
        """Countries the selected events point to (their outlines belong on the map)."""
        return set(_selected(query, table)["country"].dropna())


def _selected(query: LayerQuery, table: pd.DataFrame) -> pd.DataFrame:
    """The rows of the links table whose event the query selects."""
    selected = np.zeros(len(query.view), dtype=bool)
    selected[query.positions] = True
    return table[selected[table["position"].to_numpy()]]
