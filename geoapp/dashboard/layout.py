"""The page: pure builders from the dashboard data to Dash components.

Left: filters. Centre: the map, then the time controls and timeline. Right:
the details of the selected event. Bottom: the events table. Controls start
at "everything"; a link's view is applied by the restore callback.
"""

from __future__ import annotations

import dash_ag_grid as dag
import dash_leaflet as dl
import numpy as np
from dash import dcc, html

from geoapp.dashboard import ids
from geoapp.dashboard.animation import FORMATS as ANIMATION_FORMATS
from geoapp.dashboard.controls import dates_of, legend_types, slider_marks
from geoapp.dashboard.data import DashboardData
from geoapp.dashboard.details import table_columns
from geoapp.dashboard.panels import (
    actor_options,
    precision_legend,
    source_options,
    type_options,
    unreviewed_legend,
)
from geoapp.dashboard.urlstate import DEFAULT_SPEED, DEFAULT_STEP, SPEEDS, STEPS
from geoapp.model import GEO_PRECISIONS
from geoapp.query import EventFilter
from geoapp.query.clusters import mercator_px
from geoapp.styles import MapLayer, fit_bounds

OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = ('&copy; <a href="https://www.openstreetmap.org/copyright" target="_blank" '
                   'rel="noopener noreferrer">OpenStreetMap</a> contributors')
#: Always shown: the bundled boundaries and place names, and the bundled events' dataset.
ATTRIBUTION = ("Boundaries: Natural Earth · places: GeoNames (CC BY 4.0), Who's On First (CC0) "
               "· events: UCDP GED (CC BY 4.0) and the sources cited")
#: The selected event's ring, above every layer.
SELECTION_Z_INDEX = 430
TABLE_SECTION = "events-in-view"
#: Links at the very top, shown when focused: straight to the map and past it.
SKIP_LINKS = (("Skip to the map", ids.MAP), ("Skip to the time controls", ids.PLAY),
              ("Skip to the review queue", ids.REVIEW), ("Skip to the table", TABLE_SECTION))
FORMAT_LABELS = {"geojson": "GeoJSON", "csv": "CSV", "html": "HTML map"}
SPEED_LABELS = dict(zip(SPEEDS, ("fast", "normal", "slow"), strict=True))
#: Said above the map while the store's latest changes are being added to the data.
UPDATING_NOTICE = ("The store had newer changes than this page shows when it loaded; they "
                   "show from your next change of a filter, or reload the page.")


def shapes_url(name: str, data: DashboardData) -> str:
    """Versioned, so browsers cache the shapes until the data (and its countries) change."""
    return f"/geoapp/layers/{name}.geojson?v={data.version}"


def overlay_names(data: DashboardData, tiles: str) -> dict[str, str]:
    """The layers the user can toggle, bottom to top: key → name in the layers control
    (the tiles only when there are tiles)."""
    names = {ids.TILES: "OpenStreetMap"} if tiles == "osm" else {}
    return names | {layer.name: layer.title for layer in data.layers}


def page(data: DashboardData, tiles: str, formats: list[str],
         account: html.Form | None = None, review: html.Section | None = None,
         updating: bool = False) -> html.Div:
    """The whole page for the data as it is now (built on each page load).

    ``account`` is the signed-in user's name and sign-out button (server mode only);
    ``review`` the review queue, below the map; ``updating``: the store has changed and
    the data with its changes is still being built (the page says so).
    """
    return html.Div([
        dcc.Location(id=ids.URL, refresh=False),
        dcc.Store(id=ids.FILTER, data=""),
        dcc.Store(id=ids.VIEW_QUERY),
        dcc.Store(id=ids.POINTS),
        dcc.Store(id=ids.LEGEND_DATA),
        dcc.Store(id=ids.SHOWN),
        dcc.Store(id=ids.MAP_SHOWN),
        dcc.Store(id=ids.MAP_DRAWN),
        dcc.Store(id=ids.SELECTED),
        dcc.Store(id=ids.PLAY_RANGE),
        dcc.Store(id=ids.SPAN, data=list(data.span)),
        *(dcc.Store(id=ids.shapes(layer.name), data=shapes_url(layer.name, data))
          for layer in data.layers if layer.live.shapes),
        *(dcc.Store(id=ids.restyle(layer.name)) for layer in data.layers if layer.live.restyle),
        dcc.Interval(id=ids.TICKER, interval=DEFAULT_SPEED, disabled=True),
        html.Nav([html.A(text, href=f"#{target}", className="skip-link")
                  for text, target in SKIP_LINKS], **{"aria-label": "Skip links"}),
        header(formats, account),
        *([html.P(UPDATING_NOTICE, id=ids.UPDATING, role="status", className="data-notice")]
          if updating else []),
        html.Div([filters_panel(data), centre(data, tiles), details_panel()], className="main"),
        *([review] if review is not None else []),
        html.Section([html.H2("Events in view", className="section-title"), table()],
                     className="table-panel", id=TABLE_SECTION),
    ], className="app")


def account_bar(name: str, role: str, csrf_token: str, logout_path: str) -> html.Form:
    """Who is signed in, and a sign-out button (a form POST carrying the CSRF token)."""
    return html.Form([
        html.Span(f"{name} ({role})", className="muted", id=ids.ACCOUNT),
        dcc.Input(type="hidden", name="csrf_token", value=csrf_token),
        html.Button("Sign out", type="submit", className="button small"),
    ], method="post", action=logout_path, className="account")


def header(formats: list[str], account: html.Form | None = None) -> html.Header:
    def download(fmt: str, label: str) -> html.A:
        return html.A(label, id=ids.DOWNLOAD + fmt, href="", className="button download",
                      title=f"Download the events in this view as {label}")
    return html.Header([
        html.Div([html.Span("geoapp", className="brand"),
                  html.Span("conflict events, with their sources", className="tagline")],
                 className="brand-block"),
        html.Div(id=ids.SUMMARY, className="summary"),
        html.Div([
            html.Span("Download", className="muted"),
            *(download(f, FORMAT_LABELS[f]) for f in formats),
            html.Span("Animation", className="muted"),
            *(html.Button(fmt.upper(), id=ids.ANIMATE + fmt, className="button download",
                          title=f"Render this view, step by step, as {fmt.upper()} "
                                "(1280×720, on the server)")
              for fmt in ANIMATION_FORMATS),
            html.Span(id=ids.ANIMATION_STATUS, className="animation-status", **{"aria-live": "polite"}),
            html.Button("Copy link", id=ids.COPY_LINK, title="Copy a link to this view",
                        className="button copy-link"),
            html.Span(id=ids.COPY_STATUS, className="animation-status", role="status"),
        ], className="actions"),
        *([account] if account is not None else []),
    ], className="header")


def _field(label: str, control, hint: str | None = None) -> html.Div:
    return html.Div([html.Label(label, className="field-label"), control]
                    + ([html.Div(hint, className="hint")] if hint else []), className="field")


def filters_panel(data: DashboardData) -> html.Aside:
    view = data.view
    countries = [{"label": f"{data.names.country(c)} ({c})", "value": c}
                 for c in sorted(view.categories("country"), key=data.names.country)]
    regions = [{"label": data.names.region_label(c), "value": c}
               for c in sorted(view.categories("adm1_code"), key=data.names.region)]
    controls = [
        html.Div([html.H2("Filters", className="section-title"),
                  html.Button("Reset", id=ids.RESET, className="button small")],
                 className="panel-head"),
        _field("Sources", dcc.Dropdown(  # options from the start, so a link's choice is kept
            id=ids.SOURCES, multi=True, searchable=True, placeholder="All sources",
            options=data.memo("layout:sources", lambda: source_options(
                data, data.view.select(EventFilter()), ())))),
        _field("Event types", dcc.Checklist(
            id=ids.TYPES, options=type_options(data, {}), value=legend_types(data),
            className="type-list"), "Untick all to show every type."),
        precision_legend(data),
        _field("Country", dcc.Dropdown(id=ids.COUNTRIES, multi=True, options=countries,
                                       placeholder="Anywhere")),
        _field("Region", dcc.Dropdown(id=ids.REGION_CODES, multi=True, options=regions,
                                      placeholder="Any region")),
        _field("Actor", dcc.Dropdown(id=ids.ACTORS, multi=True, options=actor_options(data),
                                     placeholder="Any actor")),
        _field("Text", dcc.Input(id=ids.TEXT, type="search", debounce=True, value="",
                                 placeholder="Words in quotes and notes", className="text-input")),
        _field("Located at least to", dcc.Dropdown(
            id=ids.PRECISION, options=[{"label": p, "value": p} for p in GEO_PRECISIONS],
            placeholder="Any precision")),
        _field("Inside area", dcc.Dropdown(
            id=ids.INSIDE_AREA, options=area_options(data), placeholder="Anywhere",
            disabled=not len(view.areas)), "As the area stood on each event's date."),
        _field("Reported by at least", dcc.Dropdown(
            id=ids.MIN_SOURCES, placeholder="Any number of sources",
            options=[{"label": f"{n} independent sources", "value": n} for n in (2, 3, 4)]),
            "Sources that say the same about one incident."),
        dcc.Checklist(id=ids.UNREVIEWED, value=[], className="check",
                      options=[{"label": " Include unreviewed extractions", "value": "yes"}]),
        unreviewed_legend(),
    ]
    return html.Aside([  # on small screens the controls fold into a drawer behind "Filters"
        html.Button("Filters", id=ids.FILTERS_TOGGLE, className="button drawer-toggle",
                    **{"aria-expanded": "false", "aria-controls": ids.FILTERS_BODY}),
        html.Div(controls, id=ids.FILTERS_BODY, className="filters-body"),
    ], className="filters")


def area_options(data: DashboardData) -> list[dict]:
    """Each area layer, then each of its areas ("LAYER" and "LAYER:AREA" filter values)."""
    table = data.view.areas.table
    options = []
    for layer in data.view.areas.layers():
        options.append({"label": f"{layer} (any area)", "value": layer})
        names = table[table["layer"] == layer].drop_duplicates("area_key")
        options += [{"label": f"{layer}: {name}", "value": f"{layer}:{key}"}
                    for key, name in zip(names["area_key"], names["name"], strict=True) if key]
    return options


def centre(data: DashboardData, tiles: str) -> html.Section:
    return html.Section([map_panel(data, tiles), time_panel(data)], className="centre")


def map_panel(data: DashboardData, tiles: str) -> html.Div:
    spec = data.specs["regions"]
    metric = spec.options.get("default_metric", spec.styles[0].value)
    return html.Div([
        leaflet_map(data, tiles),
        html.Div(id=ids.NOTICE, className="map-notice"),
        html.Div(id=ids.MAP_CAPTION, className="map-caption"),
        html.Div([
            dcc.Dropdown(id=ids.METRIC, value=metric, clearable=False, searchable=False,
                         options=[{"label": s.label, "value": s.value} for s in spec.styles],
                         className="metric"),
            html.Div(id=ids.LEGEND),
        ], className="map-legend"),
    ], className="map-panel")


def initial_bounds(data: DashboardData) -> list[list[float]]:
    """The box the layers want shown for every event, as Leaflet's [[south, west], [north, east]]."""
    return data.memo("layout:bounds", lambda: fit_bounds(data.layers.extent(data.everything)))


def centre_and_zoom(bounds: list[list[float]], size: tuple[int, int] = (900, 600)
                    ) -> tuple[list[float], int]:
    """Roughly what fitting ``bounds`` into a map of ``size`` pixels gives (the map's first
    position is exact; this is what the page reports until the map says otherwise)."""
    (south, west), (north, east) = bounds
    x, y = mercator_px(np.array([west, east]), np.array([south, north]), 0)
    scale = min(size[0] / max(x[1] - x[0], 1e-9), size[1] / max(y[0] - y[1], 1e-9))
    zoom = int(np.clip(np.floor(np.log2(scale)), 2, 12))
    return [(south + north) / 2, (west + east) / 2], zoom


#: The event on which a layer component's Leaflet layer names itself to the page's scripts
#: (``geoapp.nameLayer`` in assets/geoapp_map.js), which draw into it.
NAME_EVENT = "geoapp:name"


def layer_component(layer: MapLayer, state: object) -> dl.GeoJSON:
    """A map layer as the live map draws it: a GeoJSON component in the layer's own pane,
    styled by the layer's script (``geoapp.layers.<name>``)."""
    functions = {prop: {"variable": f"geoapp.layers.{layer.name}.{prop}"}
                 for prop in layer.live.functions}
    return dl.GeoJSON(id=ids.layer(layer.name), pane=layer.name, **functions, **layer.live.fixed,
                      eventHandlers={NAME_EVENT: {"variable": "geoapp.nameLayer"}},
                      **layer.initial_props(state))


def leaflet_map(data: DashboardData, tiles: str) -> dl.MapContainer:
    """The map with every layer in the layers control; data arrives through callbacks."""
    components = {layer.name: layer_component(layer, data.layers.state(layer.name))
                  for layer in data.layers}
    if tiles == "osm":
        components[ids.TILES] = dl.TileLayer(url=OSM_URL, attribution=OSM_ATTRIBUTION, maxZoom=19)
    names = overlay_names(data, tiles)
    bounds = initial_bounds(data)
    center, zoom = centre_and_zoom(bounds)
    return dl.MapContainer(
        [dl.Pane(name=layer.name, style={"zIndex": layer.live.z_index}) for layer in data.layers]
        + [dl.Pane(name="selection", style={"zIndex": SELECTION_Z_INDEX, "pointerEvents": "none"}),
           dl.LayersControl(
               [dl.Overlay(components[k], name=name, checked=True, id=ids.OVERLAY + k)
                for k, name in names.items()],
               id=ids.LAYERS, overlays=list(names.values()), collapsed=True, position="topright"),
           dl.GeoJSON(id=ids.SELECTION, pointToLayer={"variable": "geoapp.selectedToLayer"},
                      pane="selection"),
           dl.ScaleControl(position="bottomleft", imperial=False),
           dl.AttributionControl(prefix=ATTRIBUTION, position="bottomright")],
        attributionControl=False,
        id=ids.MAP, bounds=bounds, center=center, zoom=zoom, minZoom=2, maxZoom=18,
        worldCopyJump=True, className="leaflet-map")


def time_panel(data: DashboardData) -> html.Div:
    """Play controls and date inputs, the window slider (one step a day) and the timeline."""
    span = list(data.span)
    start, end = dates_of(span)
    return html.Div([
        html.Div([
            html.Button("▶ Play", id=ids.PLAY, className="button play"),
            html.Label("Step", className="inline-label"),
            dcc.Dropdown(id=ids.STEP, value=DEFAULT_STEP, clearable=False, searchable=False,
                         options=[{"label": s, "value": s} for s in STEPS],
                         className="small-select"),
            html.Label("Speed", className="inline-label"),
            dcc.Dropdown(id=ids.SPEED, value=DEFAULT_SPEED, clearable=False, searchable=False,
                         options=[{"label": SPEED_LABELS[s], "value": s} for s in SPEEDS],
                         className="small-select"),
            dcc.Checklist(id=ids.CUMULATIVE, value=[], className="check",
                          options=[{"label": " cumulative", "value": "yes"}]),
            html.Div(className="spacer"),
            dcc.DatePickerRange(id=ids.DATES, start_date=start, end_date=end,
                                display_format="YYYY-MM-DD", first_day_of_week=1,
                                className="dates"),
            html.Button("Zoom to selection", id=ids.ZOOM_DATES, className="button small",
                        title="Fit the slider and timeline to the dates of the events shown"),
            html.Button("Full range", id=ids.FULL_RANGE, className="button small",
                        title="The slider and timeline over all the data's dates again"),
        ], className="time-controls"),
        html.Div(id=ids.DATES_NOTE, className="hint dates-note", role="status",
                 **{"aria-live": "polite"}),
        dcc.RangeSlider(id=ids.SLIDER, min=span[0], max=span[1], step=1, value=span,
                        marks=slider_marks(data.span), allow_direct_input=False,
                        updatemode="mouseup", className="window-slider"),
        dcc.Graph(id=ids.TIMELINE, config={"displayModeBar": False}, className="timeline",
                  style={"height": "150px"}),
    ], className="time-panel")


def details_panel() -> html.Aside:
    return html.Aside([
        html.Div([html.H2("Details", className="section-title"),
                  html.Button("Zoom to", id=ids.ZOOM_TO, className="button small", disabled=True)],
                 className="panel-head"),
        html.Div(html.P("Click an event on the map or a row in the table to read what was "
                        "reported, by whom, and where it comes from.", className="muted"),
                 id=ids.DETAILS, className="details-body"),
    ], className="details")


def table() -> dag.AgGrid:
    return dag.AgGrid(
        id=ids.TABLE, rowModelType="infinite", columnDefs=table_columns(),
        columnSize="responsiveSizeToFit",
        defaultColDef={"resizable": True, "filter": False},
        getRowId="params.data.event_id",
        dashGridOptions={"rowBuffer": 10, "cacheBlockSize": 100, "maxBlocksInCache": 50,
                         "infiniteInitialRowCount": 100, "rowHeight": 30,
                         "rowSelection": {"mode": "singleRow", "checkboxes": False,
                                          "enableClickSelection": True}},
        style={"height": "320px"}, className="ag-theme-quartz")

