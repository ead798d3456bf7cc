"""What each callback returns, as pure functions of the data and control values.

Callbacks only unpack Dash arguments and call these; everything here takes
plain values and returns dicts, lists and Dash components, so it is tested
without a browser. The flow is always: control values → :class:`Controls` →
one :class:`EventFilter` → the query layer → map data, figures and text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import numpy as np
from dash import html, no_update
from plotly.utils import PlotlyJSONEncoder

from geoapp.dashboard import details, ids, panels, timeline
from geoapp.dashboard.claims import claims_section
from geoapp.dashboard.controls import Controls, day_date, parse_filter
from geoapp.dashboard.data import DashboardData
from geoapp.dashboard.urlstate import DEFAULT_SPEED, DEFAULT_STEP, ViewState
from geoapp.model import FIELD_NAMES
from geoapp.query import EventFilter
from geoapp.query.aggregate import counts
from geoapp.query.clusters import Bounds
from geoapp.query.summary import headline
from geoapp.styles import LayerDraw, LayerQuery, fit_bounds
from geoapp.styles.events import points_notice


# -- points ----------------------------------------------------------------------------
def viewport_bounds(bounds: list | None) -> Bounds | None:
    """Leaflet's ``[[south, west], [north, east]]`` → :class:`Bounds` (None if unknown)."""
    if not bounds:
        return None
    (south, west), (north, east) = bounds
    return Bounds(west, south, east, north)


# -- callback outputs ------------------------------------------------------------------
def download_href(fmt: str, query: str) -> str:
    return f"/geoapp/download/events.{fmt}" + (f"?{query}" if query else "")


def restore_outputs(data: DashboardData, search: str | None, overlays: list[str],
                    reset: bool) -> dict[str, Any]:
    """Controls for the view in the link (at page load), or cleared filters (on Reset)."""
    if reset:
        return {"controls": Controls().values(data), "metric": no_update,
                "layers": {k: no_update for k in overlays}, "viewport": no_update,
                "step": no_update, "speed": no_update, "cumulative": no_update}
    state = ViewState.from_query(search or "", metrics=[s.value for s in data.specs["regions"].styles],
                                 layers=overlays)
    return {
        "controls": Controls.from_filter(state.filter, data).values(data),
        "metric": state.metric or no_update,
        "layers": {k: (k in state.layers) if state.layers is not None else no_update
                   for k in overlays},
        "viewport": ({"center": [state.lat, state.lon], "zoom": state.zoom}
                     if state.zoom is not None else no_update),
        "step": state.step, "speed": state.speed,
        "cumulative": ["yes"] if state.cumulative else [],
    }


def layer_outputs(draws: dict[str, LayerDraw], data: DashboardData) -> dict[str, Any]:
    """The props each query sets on the map's layers, keyed ``"<layer>.<prop>"``."""
    return {f"{name}.{prop}": draws[name].props[prop] for name, prop in layer_props(data)}


def layer_props(data: DashboardData) -> list[tuple[str, str]]:
    """Every (layer name, prop) a query updates."""
    return [(layer.name, prop) for layer in data.layers for prop in layer.live.updates]


def query_of(data: DashboardData, flt: EventFilter, metric: str | None,
             window: tuple[int, int] | None) -> LayerQuery:
    """The layers' query: the filter, the choropleth's metric and the slider's window."""
    return LayerQuery(data.view, selected(data, flt),
                      flt, {"metric": metric, "window": window or data.span})


def selected(data: DashboardData, flt: EventFilter) -> np.ndarray:
    """``data.view.select(flt)``, kept for the last filter asked: a move's map and page
    requests select alike, and sharing the array shares what is derived from it too (its
    run: :func:`~geoapp.query.window.run_of`). Callers must not write into it."""
    last = data.view.cached("last-selection", lambda: [None, None])
    found = last[:]  # one read: another thread may be writing it
    if found[0] == flt:
        return found[1]
    positions = data.view.select(flt)
    last[:] = [flt, positions]
    return positions


def map_view(data: DashboardData, query: LayerQuery) -> dict[str, Any]:
    """The map's layers that follow the filter (the props each query sets) and their legend."""
    # only the layers a query updates: the events follow the viewport (points_outputs)
    draws = data.layers.draw(query, [layer.name for layer in data.layers if layer.live.updates])
    return {"layers": layer_outputs(draws, data), "legend": panels.map_legend(draws)}


def view_outputs(data: DashboardData, controls: Controls, formats: list[str]) -> dict[str, Any]:
    """What follows the filter beside the map: the header, the pick lists' counts, the
    filter's query and the download links."""
    flt = controls.to_filter(data)
    view = data.view
    positions = selected(data, flt)
    by_source_positions = view.select(flt.replace(sources=())) if flt.sources else positions
    by_type_positions = view.select(flt.replace(event_types=())) if flt.event_types else positions
    text = flt.to_query()
    return {
        "summary": panels.summary_children(
            headline(view, positions, include_unreviewed=flt.include_unreviewed),
            unreviewed=_count_status(view, positions, "unreviewed")),
        "sources": panels.source_options(data, by_source_positions, flt.sources),
        "types": panels.type_options(data, panels.type_counts(data, by_type_positions)),
        "filter": text,
        "downloads": [download_href(fmt, text) for fmt in formats],
    }


def _count_status(view, positions: np.ndarray, status: str) -> int:
    """Selected events of one status, from the column's codes (no per-row strings)."""
    categories = view.frame["status"].cat.categories
    if status not in categories:
        return 0
    return int(counts(view, "status", positions)[categories.get_loc(status)])


def points_outputs(data: DashboardData, query: LayerQuery, zoom: float | None,
                   bounds: list | None) -> dict:
    """The events layer's columns, with the notice saying what they leave out (the page's
    script writes it over the map as it draws them)."""
    payload = data.layers["events"].viewport(query, data.layers.state("events"), zoom,
                                             viewport_bounds(bounds))
    return {**payload, "notice": points_notice(payload)}


def timeline_output(data: DashboardData, controls: Controls, window_only: bool,
                    span: tuple[int | None, int | None] = (None, None)):
    """The whole timeline figure over the slider's range ``span``, or only its shading when
    only the window moved."""
    flt = controls.to_filter(data)
    first, last = (s if s is not None else d for s, d in zip(span, data.span, strict=True))
    start, end = (day_date(d) for d in (controls.window or (first, last)))
    if window_only:
        return timeline.window_patch(start, end, (first, last))
    positions = data.view.select(flt.replace(  # every date the slider covers, not the window
        date_from=day_date(first) if first > data.span[0] else None,
        date_to=day_date(last) if last < data.span[1] else None))
    return timeline.figure(data, positions, start, end, (first, last))


def map_outputs(data: DashboardData, controls: Controls, metric: str | None, zoom: float | None,
                bounds: list | None, shown: dict | None) -> dict[str, Any]:
    """A slider move, filter change or map move as the map shows it: its layers and legend
    (:func:`map_view`) and the points with their notice. The page's other parts follow in a
    request of their own (:func:`page_outputs`), so the map does not wait for them.

    ``shown`` holds keys of what each part on the map was computed from (the ``"shown"``
    output of the previous answer the page applied): a part whose key is unchanged is left
    as it is, so a map move sends only points; a layer prop or the legend is also left when
    its value is the one sent before (a digest). Keys rather than the inputs that changed: an
    answer the page dropped for a newer request leaves its keys unwritten, and the newer
    answer brings that part too.
    """
    shown = shown or {}
    version, text = data.version, repr(controls)
    # one selection for the layers and the points, made only if either is sent
    query = cache(lambda: query_of(data, controls.to_filter(data), metric, controls.window))
    keys = {"view": f"{version} {text} {metric}", "points": f"{version} {text}",
            "viewport": f"{zoom} {bounds}", "scope": shown.get("scope")}
    out: dict[str, Any] = {
        "layers": {f"{name}.{prop}": no_update for name, prop in layer_props(data)},
        "legend": no_update, "points": no_update, "shown": keys}
    if keys["view"] != shown.get("view"):
        parts, digests = data.memo(("map", text, metric), lambda: _digested(map_view(data, query())))
        # a layer or legend whose value is what the page has already is not sent again
        # (dash-leaflet would remove and re-add every shape of an unchanged layer)
        sent = shown.get("parts") or {}
        out["layers"] = {k: v if digests[k] != sent.get(k) else no_update
                         for k, v in parts["layers"].items()}
        out["legend"] = parts["legend"] if digests["legend"] != sent.get("legend") else no_update
        keys["parts"] = digests
    else:
        keys["parts"] = shown.get("parts")
    panned = keys["points"] == shown.get("points") and keys["viewport"] != shown.get("viewport")
    if keys["points"] != shown.get("points") or (panned and shown.get("scope") != "all"):
        out["points"] = points_outputs(data, query(), zoom, bounds)
        keys["scope"] = out["points"]["scope"]
    return out


def _digested(parts: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """:func:`map_view`'s parts and a short digest of each layer prop's and the legend's value."""
    values = {**parts["layers"], "legend": parts["legend"]}
    return parts, {k: hashlib.blake2b(json.dumps(v, cls=PlotlyJSONEncoder).encode(),
                                      digest_size=8).hexdigest() for k, v in values.items()}


@dataclass(frozen=True)
class PageState:
    """What the page's view callback reads besides the filter controls: the map's
    viewport, the slider's range and the address bar's other parts."""

    metric: str | None = None
    zoom: float | None = None
    center: Any = None
    span: tuple[int | None, int | None] = (None, None)
    ticked: list | None = None  # the layer names the layers control has ticked
    step: str = DEFAULT_STEP
    speed: int = DEFAULT_SPEED
    cumulative: list | None = None


def page_outputs(data: DashboardData, controls: Controls, state: PageState, shown: dict | None,
                 overlays: dict[str, str], formats: list[str]) -> dict[str, Any]:
    """What follows a move beside the map, in one round trip after the map's: the header and
    pick lists (:func:`view_outputs`), the timeline and the address bar's query; each part
    only when its key changed, as in :func:`map_outputs`."""
    shown = shown or {}
    version, text = data.version, repr(controls)
    keys = {"view": f"{version} {text}",
            "timeline": f"{version} {replace(controls, window=None)!r} {list(state.span)}",
            "window": list(controls.window or ())}
    out: dict[str, Any] = {"view": _unchanged_view(formats), "timeline": no_update,
                           "address": no_update, "shown": keys}
    if keys["view"] != shown.get("view"):
        out["view"] = data.memo(("view", text), lambda: view_outputs(data, controls, formats))
    if keys["timeline"] != shown.get("timeline"):
        out["timeline"] = timeline_output(data, controls, False, state.span)
    elif keys["window"] != shown.get("window"):
        out["timeline"] = timeline_output(data, controls, True, state.span)
    address = view_query(data, controls.to_filter(data).to_query(), state.metric, state.ticked,
                         overlays, state.center, state.zoom, state.step, state.speed,
                         state.cumulative)
    keys["address"] = address
    if address != shown.get("address"):
        out["address"] = address
    return out


def _unchanged_view(formats: list[str]) -> dict[str, Any]:
    """:func:`view_outputs`' shape with every value left as the page has it."""
    return {**dict.fromkeys(("summary", "sources", "types", "filter"), no_update),
            "downloads": [no_update] * len(formats)}


def slider_range(data: DashboardData, query: str | None, zoom: bool) -> dict[str, Any]:
    """The slider's range: fitted to the dates of the filtered events ("Zoom to selection"),
    or the whole span again ("Full range"); the window becomes that range."""
    first, last = data.span
    positions = data.view.select(parse_filter(query)) if zoom else np.empty(0, dtype=np.int64)
    if len(positions):
        first = max(int(data.view.start[positions].min()), first)
        last = min(int(data.view.end[positions].max()), last)
    return {"min": first, "max": last, "value": [first, last]}


def place_viewport(data: DashboardData, chosen: Controls, search: str | None,
                   extent: tuple[float, float, float, float] | None) -> dict | Any:
    """Fit the map to the chosen regions or countries (their outline's ``extent``), or to
    their events when the outline wraps the world; nothing at page load when the link sets
    the view itself."""
    if not (chosen.regions or chosen.countries):
        return no_update
    linked = ViewState.from_query(search or "")
    if (linked.zoom is not None and linked.filter.regions == chosen.regions
            and linked.filter.countries == chosen.countries):
        return no_update
    if extent is None:
        extent = data.layers.extent(data.layers.query(chosen.to_filter(data)))
    if extent is None:
        return no_update
    return {"bounds": fit_bounds(extent, least=0.2), "transition": "flyToBounds"}


def view_query(data: DashboardData, query: str | None, metric: str | None, shown: list | None,
               overlays: dict[str, str], center: Any, zoom: float | None, step: str, speed: int,
               cumulative: list | None) -> str:
    """The address bar's query for the current view (defaults left out).

    ``overlays`` are the toggleable layers (key → name in the layers control), ``shown``
    the names the control has ticked.
    """
    lat, lon = _latlon(center)
    keys = tuple(k for k, name in overlays.items() if name in (shown or ()))
    default_metric = data.specs["regions"].options.get("default_metric")
    return ViewState(
        filter=parse_filter(query), metric=metric if metric != default_metric else None,
        layers=None if shown is None or len(keys) == len(overlays) else keys,
        lat=lat, lon=lon, zoom=zoom if lat is not None else None,
        step=step, speed=speed, cumulative=bool(cumulative),
    ).to_query()


def _latlon(center: Any) -> tuple[float | None, float | None]:
    """Leaflet gives the centre as ``{"lat", "lng"}``; the layout as ``[lat, lon]``."""
    if isinstance(center, dict):
        return center.get("lat"), center.get("lng")
    if isinstance(center, (list, tuple)) and len(center) == 2:
        return center[0], center[1]
    return None, None


def selection(data: DashboardData, trigger: Any, feature: dict | None, cell: dict | None,
              points: dict | None, zoom: float | None) -> tuple:
    """The event to show (by id), or a zoom into a clicked cluster."""
    if isinstance(trigger, dict):  # an "also here" button
        return data.view.frame["event_id"].iloc[int(trigger["index"])], no_update
    if trigger == ids.TABLE:
        return ((cell or {}).get("rowId") or no_update), no_update
    props = (feature or {}).get("properties") or {}
    if "n" in props:  # a cluster: zoom in on it
        lon, lat = feature["geometry"]["coordinates"]
        return no_update, {"center": [lat, lon], "zoom": min((zoom or 4) + 2, 18)}
    if "k" not in props or (points or {}).get("version") != data.version:
        return no_update, no_update
    return data.view.frame["event_id"].iloc[int(props["k"])], no_update


def layer_details(data: DashboardData, name: str, feature: dict | None) -> Any:
    """The details panel for a clicked feature of layer ``name`` (no change for a feature
    the layer has nothing to say about)."""
    found = data.layers[name].details((feature or {}).get("properties") or {})
    return details.feature_details(found) if found else no_update


def details_outputs(data: DashboardData, event_id: str | None, query: str | None,
                    sort_model: list | None) -> tuple:
    """The details panel, the map highlight, "Zoom to" state and the table row to bring into view."""
    position = data.position(event_id) if event_id else None
    if position is None:
        return ([html.P("This event is no longer in the data.", className="muted")], None, True,
                no_update)
    selected = data.view.select(parse_filter(query))
    lon, lat = (float(data.view.frame[c].iloc[position]) for c in ("lon", "lat"))
    highlight = None if np.isnan(lon) else {"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {},
        "geometry": {"type": "Point", "coordinates": [lon, lat]}}]}
    row = np.flatnonzero(details.sort_positions(data, selected, sort_model) == position)
    scroll = {"rowIndex": int(row[0])} if len(row) else no_update
    children = details.details_children(data, position, selected)
    claims = claims_section(data, position)
    return children + ([claims] if claims else []), highlight, highlight is None, scroll


def field_part(data: DashboardData, event_id: str | None, field: str, part: int | None) -> list:
    """Another part of one long field of the event in the details panel."""
    position = data.position(event_id) if event_id else None
    if position is None or field not in FIELD_NAMES:
        return [html.P("This event is no longer in the data.", className="muted")]
    return details.text_part(details.display(data.record(position)[field]) or "", part or 0)


#: Most rows one table request gets, whatever it asks for (the grid asks for 100).
MAX_TABLE_ROWS = 1_000


def table_page(data: DashboardData, query: str | None, request: dict) -> dict:
    """One block of table rows for AG Grid's infinite row model (at most :data:`MAX_TABLE_ROWS`)."""
    positions = selected(data, parse_filter(query))
    ordered = details.sort_positions(data, positions, request.get("sortModel"))
    start = max(_int(request.get("startRow"), 0), 0)
    end = min(max(_int(request.get("endRow"), start + 100), start), start + MAX_TABLE_ROWS)
    return {"rowData": details.table_rows(data, ordered[start:end]), "rowCount": len(positions)}


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def source_search(data: DashboardData, search: str | None, selected: list | None,
                  query: str | None) -> list:
    """The sources list while the user types: the matches, counted under the other filters."""
    positions = data.view.select(parse_filter(query).replace(sources=()))
    return panels.source_options(data, positions, tuple(selected or ()), search)
