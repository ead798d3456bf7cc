"""Query results → what the live map draws, styled by the layer specs.

Points travel as columns (one list per property) and are turned into GeoJSON
in the browser (``geoapp_map.js``): a million-event view never builds one
Python object per event, and 20,000 points cost well under a megabyte.
Everything here is plain arrays and dicts, tested without a browser.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from geoapp.model import GEO_PRECISIONS
from geoapp.query import EventView, by_region
from geoapp.styles import LayerSpec, ValueStyle

#: More individual points than this in one update are aggregated into cells.
POINT_LIMIT = 20_000
#: Links are deduplicated per (event place, related place, role); at most this many are drawn.
LINK_LIMIT = 2_000
#: The share of the visible area added on each side before aggregating, so small pans need no update.
VIEW_PADDING = 0.25
PER_AREA_KM2 = 10_000


@dataclass(frozen=True)
class MarkerStyles:
    """The events layer spec in the form the map's JavaScript reads from ``hideout``."""

    types: tuple[ValueStyle, ...]
    rings: tuple[dict[str, Any] | None, ...]  # by precision rank; None draws a sharp marker
    size: dict[str, Any]

    @classmethod
    def from_spec(cls, spec: LayerSpec, event_types: list[str]) -> MarkerStyles:
        """Spec styles first (legend order), then a default style for any other type in the data."""
        types = list(spec.styles)
        for value in event_types:
            if all(s.value != value for s in types):
                types.append(dataclasses.replace(spec.style(value), value=value))
        uncertainty = spec.options.get("uncertainty", {})
        rings = tuple(
            {"km": float(u["ring_km"]), "dash": u.get("dash")} if (u := uncertainty.get(p)) else None
            for p in GEO_PRECISIONS
        ) + (None,)  # rank len(GEO_PRECISIONS): precision unknown
        size = spec.options.get("size", {"scale": "sqrt", "domain": [0, 500], "range": [5, 20]})
        return cls(tuple(types), rings, size)

    def style(self, event_type: str) -> ValueStyle:
        """How ``event_type`` is drawn (the default style for a type the spec does not name)."""
        return next((s for s in self.types if s.value == event_type), self.types[-1])

    def type_index(self, values: list[str]) -> np.ndarray:
        """Index into :attr:`types` for each category of the view's ``event_type`` column."""
        where = {s.value: i for i, s in enumerate(self.types)}
        # the extra last entry serves code -1 (no type), drawn in the last style
        return np.array([where[v] for v in values] + [len(self.types) - 1], dtype="int16")

    def hideout(self) -> dict[str, Any]:
        """Sent once with the page; features then carry only indexes into it."""
        return {
            "types": [{"color": s.color, "shape": s.shape or "circle", "label": s.label}
                      for s in self.types],
            "rings": list(self.rings),
        }

    def radius(self, casualties: np.ndarray) -> np.ndarray:
        """Marker radius in pixels for each casualty figure (missing → smallest)."""
        (d0, d1), (r0, r1) = self.size["domain"], self.size["range"]
        f = {"sqrt": np.sqrt, "log": np.log1p, "linear": lambda v: v}[self.size["scale"]]
        v = np.clip(np.nan_to_num(casualties, nan=d0), d0, d1)
        span = f(np.float64(d1)) - f(np.float64(d0))
        share = (f(v) - f(np.float64(d0))) / span if span else np.zeros_like(v)
        return (r0 + (r1 - r0) * share).astype("float32")


def casualties(frame: pd.DataFrame) -> np.ndarray:
    """Killed + wounded + unsplit casualties per event (high figure; low where high is open)."""
    total = np.zeros(len(frame), dtype="float64")
    for prefix in ("killed", "wounded", "casualties"):
        low = frame[f"{prefix}_low"].to_numpy(dtype="float64")
        high = frame[f"{prefix}_high"].to_numpy(dtype="float64")
        total += np.nan_to_num(np.where(np.isnan(high), low, high))
    return total


@dataclass(frozen=True)
class MarkerColumns:
    """Per-event style columns for the whole view, computed once when the view loads."""

    type_index: np.ndarray  # int16, into MarkerStyles.types
    ring: np.ndarray  # int8, precision rank (into MarkerStyles.rings)
    radius: np.ndarray  # float32 pixels

    @classmethod
    def build(cls, view: EventView, styles: MarkerStyles) -> MarkerColumns:
        codes = view.frame["event_type"].cat.codes.to_numpy()
        lut = styles.type_index(view.categories("event_type"))
        return cls(lut[codes], view.frame["geo_rank"].to_numpy().astype("int8"),
                   styles.radius(casualties(view.frame)))


def points_payload(view: EventView, markers: MarkerColumns, positions: np.ndarray) -> dict:
    """Columns for one marker per located event: lon, lat, k (view position), t, q, r."""
    lon = view.frame["lon"].to_numpy()[positions]
    located = ~np.isnan(lon)
    pos = positions[located]
    lat = view.frame["lat"].to_numpy()[pos]
    return {
        "mode": "points",
        "lon": np.round(lon[located].astype("float64"), 4).tolist(),
        "lat": np.round(lat.astype("float64"), 4).tolist(),
        "k": pos.tolist(),
        "t": markers.type_index[pos].tolist(),
        "q": markers.ring[pos].tolist(),
        "r": np.round(markers.radius[pos].astype("float64"), 1).tolist(),
    }


def clusters_payload(cells: pd.DataFrame) -> dict:
    """Columns for one count bubble per grid cell: lon, lat, n (events), kh (killed, high)."""
    return {
        "mode": "clusters",
        "lon": np.round(cells["lon"].to_numpy(), 4).tolist(),
        "lat": np.round(cells["lat"].to_numpy(), 4).tolist(),
        "n": cells["events"].tolist(),
        "kh": cells["killed_high"].tolist(),
    }


# -- links ---------------------------------------------------------------------
def links_table(view: EventView) -> pd.DataFrame:
    """One row per (event, related place with a point): parsed once per view."""
    text = view.frame["related_places"]
    linked = np.flatnonzero(text.ne("[]").to_numpy() & view.frame["lon"].notna().to_numpy())
    rows = [
        (int(pos), p.get("role") or "", p.get("name") or "", p.get("country"), p["lon"], p["lat"])
        for pos, places in zip(linked, text.iloc[linked].map(json.loads), strict=True)
        for p in places if p.get("lon") is not None and p.get("lat") is not None
    ]
    table = pd.DataFrame(rows, columns=["position", "role", "name", "country", "lon", "lat"])
    return table.astype({"position": "int64", "lon": "float64", "lat": "float64"})


def links_geojson(view: EventView, table: pd.DataFrame, positions: np.ndarray,
                  spec: LayerSpec, limit: int = LINK_LIMIT) -> dict:
    """Lines from each selected event to its related places, one per distinct line and role.

    A place the event's actors come from ("origin") is drawn from that place to
    the event; every other role from the event to the place.
    """
    if table.empty:
        return {"type": "FeatureCollection", "features": []}
    selected = np.zeros(len(view), dtype=bool)
    selected[positions] = True
    part = table[selected[table["position"].to_numpy()]]
    frame = view.frame
    part = part.assign(
        elon=frame["lon"].to_numpy()[part["position"]].astype("float64").round(4),
        elat=frame["lat"].to_numpy()[part["position"]].astype("float64").round(4),
        place=frame["location_text"].astype(object).to_numpy()[part["position"]],
    )
    groups = part.groupby(["elon", "elat", "role", "name", "lon", "lat"], sort=False)
    lines = groups.agg(events=("position", "size"), place=("place", "first")).reset_index()
    lines = lines.sort_values("events", ascending=False, kind="stable").head(limit)
    roles = [s.value for s in spec.styles]
    features = []
    for row in lines.itertuples(index=False):
        style = spec.style(row.role)
        event_end, place_end = [row.elon, row.elat], [round(row.lon, 4), round(row.lat, 4)]
        inbound = row.role == "origin"
        features.append({
            "type": "Feature",
            "geometry": {"type": "LineString",
                         "coordinates": [place_end, event_end] if inbound else [event_end, place_end]},
            "properties": {
                "role": roles.index(row.role) if row.role in roles else -1,
                "color": style.color, "dash": style.dash, "weight": style.weight or 2,
                "title": f"{style.label}: {row.name}" + (
                    f" → {row.place}" if inbound and row.place else
                    f" (from {row.place})" if row.place else "")
                + f" · {row.events:,} event{'s' if row.events != 1 else ''}",
            },
        })
    return {"type": "FeatureCollection", "features": features}


# -- regions -------------------------------------------------------------------
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


def quantile_breaks(values: pd.Series, classes: int, method: str = "quantile") -> list[float]:
    """Upper class limits (all but the last class), for the map and its legend."""
    if values.empty:
        return []
    v = values.to_numpy(dtype="float64")
    if method == "equal":
        edges = np.linspace(v.min(), v.max(), classes + 1)[1:-1]
    else:
        edges = np.quantile(v, np.linspace(0, 1, classes + 1)[1:-1])
    return sorted({float(np.round(e, 2)) for e in edges if e < v.max()})


def choropleth_hideout(values: pd.Series, spec: LayerSpec, metric: str) -> dict:
    """What the regions style function needs: a value per region, breaks and colours."""
    colors = list(spec.options.get("colors", ["#fee8c8", "#e34a33"]))
    breaks = quantile_breaks(values, len(colors), spec.options.get("classes", "quantile"))
    return {
        "values": {code: round(float(v), 2) for code, v in values.items()},
        "breaks": breaks,
        "colors": [colors[i] for i in np.linspace(0 if breaks else len(colors) - 1,
                                                  len(colors) - 1, len(breaks) + 1).round().astype(int)],
        "label": spec.style(metric).label,
        "line": spec.options.get("line_color", "#666666"),
        "opacity": spec.options.get("fill_opacity", 0.6),
    }
