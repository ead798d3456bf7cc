"""The events layer: one marker per located event, shaped by type, sized by casualties.

Points travel as columns (one list per property) and are turned into GeoJSON
in the browser (``assets/layers/events.js``): a million-event view never builds
one Python object per event, and 20,000 points cost well under a megabyte.
Events known only to a district, region or country are drawn inside a dashed
ring of that uncertainty, never as a sharp dot.

Per-event marker properties are the named columns of :attr:`EventsLayer.columns`
(``t`` type, ``q`` precision rank, ``r`` radius); a new property (a badge, a
review state) is one more entry there, read by the script as ``feature.properties``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal

import numpy as np
import pandas as pd
from pydantic import Field

from geoapp.model import GEO_PRECISIONS
from geoapp.query import EventView
from geoapp.query.clusters import Bounds, counted_grid, grid_of, located_positions, placed_in
from geoapp.query.view import every_row
from geoapp.styles.layer import LayerDraw, LayerQuery, Legend, LegendEntry, LiveDraw, MapLayer, Painter
from geoapp.styles.popups import popup_columns
from geoapp.styles.spec import Dash, LayerFile, LayerSpec, Strict, StyleEntry, ValueStyle

#: More individual points than this in one update are aggregated into cells. The browser
#: builds a marker per point on every update (20,000 of them cost a slider move about
#: 100 ms in Chromium, their JSON a third of a MB); cells are a few hundred.
POINT_LIMIT = 5_000
#: The share of the visible area added on each side before aggregating, so small pans need no update.
VIEW_PADDING = 0.25
WORLD = Bounds(-180.0, -85.0, 180.0, 85.0)


class SizeScale(Strict):
    scale: Literal["linear", "sqrt", "log"] = "sqrt"
    domain: tuple[float, float] = (0, 500)
    range: tuple[Annotated[float, Field(gt=0)], Annotated[float, Field(gt=0)]] = (5, 20)


class Ring(Strict):
    """How an event located only to one precision level is drawn."""

    style: Literal["hollow", "solid"] = "hollow"
    ring_km: Annotated[float, Field(gt=0)]
    dash: Dash | None = None


class EventsFile(LayerFile):
    kind: Literal["points"]
    size: SizeScale = SizeScale()
    uncertainty: dict[Literal["exact", "near", "district", "region", "country"], Ring] = {}
    types: Annotated[list[StyleEntry], Field(min_length=1)]


@dataclass(frozen=True)
class MarkerStyles:
    """The events layer file in the form the map's script reads from ``hideout``."""

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
            {"km": float(u["ring_km"]), "dash": u.get("dash"), "hollow": u["style"] == "hollow"}
            if (u := uncertainty.get(p)) else None
            for p in GEO_PRECISIONS
        ) + (None,)  # rank len(GEO_PRECISIONS): precision unknown
        return cls(tuple(types), rings, spec.options["size"])

    def style(self, event_type: str) -> ValueStyle:
        """How ``event_type`` is drawn (the default style for a type the spec does not name)."""
        return next((s for s in self.types if s.value == event_type), self.types[-1])

    def labels(self) -> dict[str, str]:
        return {s.value: s.label for s in self.types}

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
        """Marker radius in pixels for each casualty figure (missing → smallest), worked out
        in float64 (as :func:`casualties` gives them) in place: one array for the whole view."""
        (d0, d1), (r0, r1) = self.size["domain"], self.size["range"]
        f = {"sqrt": np.sqrt, "log": np.log1p, "linear": None}[self.size["scale"]]
        scale = f or (lambda v, out=None: v)
        v = np.where(np.isnan(casualties), d0, casualties).astype("float64", copy=False)
        np.clip(v, d0, d1, out=v)
        span = scale(np.float64(d1)) - scale(np.float64(d0))
        if not span:
            return np.full(len(v), r0, dtype="float32")
        if f is not None:
            f(v, out=v)
        v -= scale(np.float64(d0))
        v /= span
        v *= r1 - r0
        v += r0
        return v.astype("float32")

    def legend(self, shown: set[str] | None = None) -> tuple[LegendEntry, ...]:
        """A marker per type (those in ``shown``, or all), then what each ring means."""
        markers = [LegendEntry(s.label, "marker", color=s.color, shape=s.shape or "circle",
                               value=s.value)
                   for s in self.types if shown is None or s.value in shown]
        rings = [LegendEntry(f"located only to {p} level ({ring['km']:g} km)", "ring",
                             dash=ring["dash"], value=p)
                 for p, ring in zip(GEO_PRECISIONS, self.rings, strict=False) if ring]
        return tuple(markers + rings)


def casualties(frame: pd.DataFrame) -> np.ndarray:
    """Killed + wounded + unsplit casualties per event (high figure; low where high is open)."""
    total = np.zeros(len(frame), dtype="float64")
    gap = np.empty(len(frame), dtype=bool)  # two buffers for every figure: no fresh arrays
    value = np.empty(len(frame), dtype=frame["killed_high"].dtype)
    for prefix in ("killed", "wounded", "casualties"):
        low, high = frame[f"{prefix}_low"].to_numpy(), frame[f"{prefix}_high"].to_numpy()
        np.copyto(value, high)
        np.copyto(value, low, where=np.isnan(high, out=gap))  # an open high: its low
        np.copyto(value, 0, where=np.isnan(value, out=gap))  # no figure: 0
        total += value
    return total


def _type_column(view: EventView, styles: MarkerStyles) -> np.ndarray:
    codes = view.frame["event_type"].cat.codes.to_numpy()
    return styles.type_index(view.categories("event_type"))[codes]


def _ring_column(view: EventView, styles: MarkerStyles) -> np.ndarray:
    return view.frame["geo_rank"].to_numpy().astype("int8")


def _unreviewed_column(view: EventView, styles: MarkerStyles) -> np.ndarray:
    """1 for an extraction no one has reviewed yet (drawn dashed, with a "?")."""
    status = view.frame["status"]
    wanted = status.cat.categories.get_indexer(["unreviewed"])[0]  # -1: none (never a match)
    codes = status.cat.codes.to_numpy()
    return ((codes == wanted) & (codes >= 0)).astype("int8")


def _sources_column(view: EventView, styles: MarkerStyles) -> np.ndarray:
    """How many independent sources back the event's incident (a number on the marker)."""
    return np.minimum(view.sources(), 99).astype("int8")


def _radius_column(view: EventView, styles: MarkerStyles) -> np.ndarray:
    radius = styles.radius(casualties(view.frame)).astype("float64")
    return np.round(radius, 1, out=radius)


@dataclass(frozen=True)
class EventMarkers:
    """The layer's state for one view: marker styles and every per-event column."""

    styles: MarkerStyles
    columns: dict[str, np.ndarray]


def points_payload(view: EventView, markers: EventMarkers, positions: np.ndarray) -> dict:
    """Columns for one marker per located event: lon, lat, k (view position) and the markers'
    columns (``t``, ``q``, ``r`` …)."""
    lon = view.frame["lon"].to_numpy()[positions]
    located = ~np.isnan(lon)
    pos = positions[located]
    lat = view.frame["lat"].to_numpy()[pos]
    return {
        "mode": "points",
        "lon": np.round(lon[located].astype("float64"), 4).tolist(),
        "lat": np.round(lat.astype("float64"), 4).tolist(),
        "k": pos.tolist(),
        "columns": {name: values[pos].tolist() for name, values in markers.columns.items()},
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


def events_extent(view: EventView, positions: np.ndarray) -> tuple[float, float, float, float] | None:
    """(west, south, east, north) of every selected located event, so a few events far from
    the rest (the demo's Kursk beside years of Donbas) are on the first view too.

    Events known only to their country sit at its centre (for Russia, in Siberia):
    they count only when no event is located more finely.
    """
    lon, lat = view.frame["lon"].to_numpy(), view.frame["lat"].to_numpy()
    rank = view.frame["geo_rank"].to_numpy()
    if not every_row(positions, len(view)):  # the start's view is every row: no gathers
        lon, lat, rank = lon[positions], lat[positions], rank[positions]
    located = ~np.isnan(lon)
    finer = located & (rank < GEO_PRECISIONS.index("country"))
    use = finer if finer.any() else located
    if not use.any():
        return None
    return (float(np.min(lon, where=use, initial=np.inf)),
            float(np.min(lat, where=use, initial=np.inf)),
            float(np.max(lon, where=use, initial=-np.inf)),
            float(np.max(lat, where=use, initial=-np.inf)))


class EventsLayer(MapLayer):
    name = "events"
    spec_model = EventsFile
    styles_key = "types"
    live = LiveDraw(z_index=420, functions=("pointToLayer",))
    #: Per-event marker properties: name in the features → its column over the whole view.
    columns: ClassVar[dict[str, Callable[[EventView, MarkerStyles], np.ndarray]]] = {
        "t": _type_column, "q": _ring_column, "r": _radius_column, "u": _unreviewed_column,
        "s": _sources_column,
    }

    def prepare(self, view: EventView) -> EventMarkers:
        styles = MarkerStyles.from_spec(self.spec, view.categories("event_type"))
        return EventMarkers(styles, {name: build(view, styles) for name, build in self.columns.items()})

    def initial_props(self, state: EventMarkers) -> dict[str, Any]:
        return {"hideout": state.styles.hideout()}

    def legend(self, query: LayerQuery, state: EventMarkers) -> Legend:
        codes = query.view.frame["event_type"].cat.codes.to_numpy()[query.positions]
        shown = {query.view.categories("event_type")[c] for c in np.unique(codes) if c >= 0}
        return Legend(self.title, state.styles.legend(shown))

    def draw(self, query: LayerQuery, state: EventMarkers) -> LayerDraw:
        """Every selected located event (the animation draws this; the live map uses
        :meth:`viewport`, which aggregates when there are too many)."""
        return LayerDraw({"hideout": state.styles.hideout(),
                          **points_payload(query.view, state, query.positions)},
                         self.legend(query, state))

    def viewport(self, query: LayerQuery, state: EventMarkers, zoom: float | None,
                 bounds: Bounds | None, limit: int = POINT_LIMIT) -> dict:
        """The live map's payload: every point, the points in view, or clusters in view.

        An unknown viewport (a client that never sent one) counts as the whole world.
        ``scope`` tells whether the payload depends on the viewport ("area") or not
        ("all"), so a pan that changes nothing needs no update.
        """
        view, positions = query.view, query.positions
        located = located_positions(view, positions)
        meta = {"version": view.version, "total": int(len(positions)), "located": int(len(located))}
        if len(located) <= limit:
            return {**points_payload(view, state, located), **meta, "scope": "all",
                    "shown": int(len(located))}
        area = (bounds or WORLD).padded(VIEW_PADDING)
        zoom = zoom if zoom is not None else 2
        cells = counted_grid(view, located, zoom, area)  # every point in view: no box test
        if cells is not None:
            return {**clusters_payload(cells), **meta, "scope": "area", "shown": len(located)}
        placed = placed_in(view, located, area)
        shown = {**meta, "scope": "area", "shown": int(len(placed.positions))}
        if len(placed.positions) <= limit:
            return {**points_payload(view, state, placed.positions), **shown}
        return {**clusters_payload(grid_of(view, placed, zoom, area)), **shown}

    def paint(self, painter: Painter, draw: LayerDraw, query: LayerQuery) -> None:
        """Rings of uncertainty first, then the markers (hollow inside a ring), as the live
        map draws them."""
        props = draw.props
        if not props["lon"]:
            return
        lon, lat = np.asarray(props["lon"]), np.asarray(props["lat"])
        # per event: indexes into the hideout's few types and rings, looked up as arrays
        kinds, rings = props["hideout"]["types"], props["hideout"]["rings"]
        kind, ring = np.asarray(props["columns"]["t"]), np.asarray(props["columns"]["q"])
        colors = np.array([k["color"] for k in kinds], dtype=object)[kind]
        has_ring = np.array([r is not None for r in rings], dtype=bool)[ring]
        if has_ring.any():
            idx = np.flatnonzero(has_ring)
            painter.rings(lon[idx], lat[idx],
                          np.array([r["km"] if r else np.nan for r in rings])[ring[idx]],
                          colors=colors[idx],
                          dashes=np.array([r and r["dash"] for r in rings], dtype=object)[ring[idx]])
        painter.markers(lon, lat, shapes=np.array([k["shape"] for k in kinds], dtype=object)[kind],
                        colors=colors,
                        radii=np.asarray(props["columns"]["r"], dtype="float64"),
                        hollow=np.array([bool(r and r.get("hollow")) for r in rings])[ring])

    def export(self, query: LayerQuery, state: EventMarkers) -> LayerDraw:
        """The points with their dates (for the page's time slider) and popup text."""
        draw = self.draw(query, state)
        rows = query.view.rows(np.asarray(draw.props["k"], dtype="int64"))
        popups = popup_columns(rows, state.styles.labels())
        text = popups.astype(object).where(popups.notna(), None)
        return LayerDraw({
            **draw.props,
            "date_start": rows["date_start"].dt.strftime("%Y-%m-%d").tolist(),
            "date_end": rows["date_end"].dt.strftime("%Y-%m-%d").tolist(),
            "popup": {name: text[name].tolist() for name in text.columns},
        }, draw.legend)

    def countries(self, query: LayerQuery, state: EventMarkers) -> set[str]:
        """The selected events' countries, and those of their regions."""
        frame = query.view.frame
        found = set()
        for column in ("country", "adm1_code"):
            codes = np.unique(frame[column].cat.codes.to_numpy()[query.positions])
            found |= {query.view.categories(column)[c] for c in codes if c >= 0}
        regions = self.context.names.region_countries
        return {regions.get(code, code) for code in found if regions.get(code, code)}

    def extent(self, query: LayerQuery, state: EventMarkers) -> tuple[float, float, float, float] | None:
        return events_extent(query.view, query.positions)


def points_notice(payload: dict) -> str:
    """What the map leaves out, in words (empty when every event is drawn as a point)."""
    total, located, shown = payload["total"], payload["located"], payload["shown"]
    parts = []
    if payload["mode"] == "clusters":
        parts.append(f"Showing {shown:,} events in this area as {len(payload['n']):,} clusters "
                     "— zoom in or filter to see points")
    elif shown < located:
        parts.append(f"Showing the {shown:,} events in this area of {located:,} — zoom out to see more")
    unplaced = total - located
    if unplaced:
        parts.append(f"{unplaced:,} event{' is' if unplaced == 1 else 's are'} without a location "
                     "and not drawn")
    return " · ".join(parts)
