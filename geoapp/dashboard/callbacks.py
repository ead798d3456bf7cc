"""Wiring: which control drives which output. Each body unpacks Dash values and calls views.

The filter controls, the map's viewport and the view's other settings feed two
callbacks, chained: the map's (layers, legend, points) first, then the rest of
the page (figures, timeline, the address bar's query). The table and the
details panel follow the filter store the second writes. Time controls and
drawing are clientside functions in ``assets/geoapp_map.js``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from dash import ALL, MATCH, ClientsideFunction, Dash, Input, Output, State, ctx, no_update
from dash.exceptions import PreventUpdate

from geoapp import review
from geoapp.dashboard import claims, ids, panels, views
from geoapp.dashboard import review as review_panel
from geoapp.dashboard.animation import FORMATS as ANIMATION_FORMATS
from geoapp.dashboard.controls import Controls, slider_marks
from geoapp.dashboard.data import LiveData
from geoapp.dashboard.details import NEXT_PART, PICK, TEXT_PART
from geoapp.server.auth import require_role
from geoapp.styles.outlines import outlines


def _fresh(live: LiveData):
    """The current data; after a review action (possibly in another worker), the store's.

    The action's version may be one of several inputs that fired (the page's update fires
    with the map's answer too), so every triggered input is looked at, not the first."""
    if f"{ids.REVIEW_VERSION}.data" in ctx.triggered_prop_ids:
        return live.fresh()
    return live.current()


def _clientside(name: str) -> ClientsideFunction:
    return ClientsideFunction(namespace="geoapp", function_name=name)


def register_callbacks(app: Dash, live: LiveData, overlays: dict[str, str],
                       formats: list[str]) -> None:
    """Attach every callback of the page to ``app``.

    ``overlays`` are the map's toggleable layers (key → name in the layers control),
    ``formats`` the download formats.
    """
    _link_state(app, live, overlays)
    _filter_outputs(app, live, overlays, formats)
    _option_search(app, live)
    _layer_shapes(app, live)
    _layer_details(app, live)
    _time_controls(app, live)
    _selection_and_table(app, live)
    _review_queue(app, live)


def _link_state(app: Dash, live: LiveData, overlays: dict[str, str]) -> None:
    """The view in the address bar: read once at page load (or cleared by Reset), then written."""
    checked = {k: Output(ids.OVERLAY + k, "checked") for k in overlays}

    @app.callback(
        output={"controls": [Output(i, p) for i, p in ids.FILTER_CONTROLS],
                "metric": Output(ids.METRIC, "value"), "layers": checked,
                "viewport": Output(ids.MAP, "viewport"), "step": Output(ids.STEP, "value"),
                "speed": Output(ids.SPEED, "value"), "cumulative": Output(ids.CUMULATIVE, "value")},
        inputs={"search": Input(ids.URL, "search"), "reset": Input(ids.RESET, "n_clicks")},
    )
    def restore(search, reset):
        return views.restore_outputs(live.current(), search, list(overlays),
                                     reset=ctx.triggered_id == ids.RESET)

    app.clientside_callback(_clientside("writeUrl"), Input(ids.VIEW_QUERY, "data"),
                            Input(ids.TICKER, "disabled"))
    for fmt in ANIMATION_FORMATS:  # rendered on the server; the page follows its progress
        app.clientside_callback(_clientside("animate"), Input(ids.ANIMATE + fmt, "n_clicks"),
                                State(ids.VIEW_QUERY, "data"), State(ids.ANIMATE + fmt, "id"),
                                prevent_initial_call=True)
    app.clientside_callback(_clientside("copyLink"), Output(ids.COPY_STATUS, "children"),
                            Input(ids.COPY_LINK, "n_clicks"), prevent_initial_call=True)
    app.clientside_callback(_clientside("toggleDrawer"), Output(ids.FILTERS_BODY, "className"),
                            Output(ids.FILTERS_TOGGLE, "aria-expanded"),
                            Input(ids.FILTERS_TOGGLE, "n_clicks"), State(ids.FILTERS_BODY, "className"),
                            prevent_initial_call=True)


def _filter_outputs(app: Dash, live: LiveData, overlays: dict[str, str],
                    formats: list[str]) -> None:
    """A slider move, a filter change or a map move is answered in two round trips, the map's
    first: its layers, legend and points (``views.map_outputs``); then, once the page has
    drawn that answer, the header, pick lists, timeline and the address bar's query
    (``views.page_outputs``). Each sends a part only when what it is computed from changed.
    The table follows the filter store the second writes, so its rows come last."""
    controls_in = [Input(i, p) for i, p in ids.FILTER_CONTROLS]
    layers = {f"{name}.{prop}": _layer_output(name, prop, live)
              for name, prop in views.layer_props(live.current())}

    @app.callback(
        output={"layers": layers, "legend": Output(ids.LEGEND_DATA, "data"),
                "points": Output(ids.POINTS, "data"), "shown": Output(ids.MAP_SHOWN, "data")},
        inputs={"controls": controls_in, "metric": Input(ids.METRIC, "value"),
                "version": Input(ids.REVIEW_VERSION, "data"),
                "zoom": Input(ids.MAP, "zoom"), "bounds": Input(ids.MAP, "bounds"),
                "shown": State(ids.MAP_SHOWN, "data")},
    )
    def update_map(controls, metric, version, zoom, bounds, shown):
        return views.map_outputs(_fresh(live), Controls.from_values(*controls), metric, zoom,
                                 bounds, shown)

    @app.callback(
        output={"view": {"summary": Output(ids.SUMMARY, "children"),
                         "sources": Output(ids.SOURCES, "options"),
                         "types": Output(ids.TYPES, "options"),
                         "filter": Output(ids.FILTER, "data"),
                         "downloads": [Output(ids.DOWNLOAD + f, "href") for f in formats]},
                "timeline": Output(ids.TIMELINE, "figure"),
                "address": Output(ids.VIEW_QUERY, "data"), "shown": Output(ids.SHOWN, "data")},
        # the map's keys, as the page's script passes them on once it has drawn the map's
        # answer: the renderer holds this request until then, so neither sending it nor
        # drawing its answer delays the map's
        inputs={"map_drawn": Input(ids.MAP_DRAWN, "data"), "controls": controls_in,
                "metric": Input(ids.METRIC, "value"),
                "version": Input(ids.REVIEW_VERSION, "data"),
                "zoom": Input(ids.MAP, "zoom"), "center": Input(ids.MAP, "center"),
                "first": Input(ids.SLIDER, "min"), "last": Input(ids.SLIDER, "max"),
                "ticked": Input(ids.LAYERS, "overlays"), "step": Input(ids.STEP, "value"),
                "speed": Input(ids.SPEED, "value"), "cumulative": Input(ids.CUMULATIVE, "value"),
                "shown": State(ids.SHOWN, "data")},
    )
    def update_page(map_drawn, controls, metric, version, zoom, center, first, last,
                    ticked, step, speed, cumulative, shown):
        state = views.PageState(metric, zoom, center, (first, last), ticked, step, speed,
                                cumulative)
        return views.page_outputs(_fresh(live), Controls.from_values(*controls), state, shown,
                                  overlays, formats)

    @app.callback(Output(ids.MAP, "viewport", allow_duplicate=True),
                  Input(ids.COUNTRIES, "value"), Input(ids.REGION_CODES, "value"),
                  State(ids.URL, "search"), prevent_initial_call=True)
    def fit_places(countries, regions, search):
        chosen = Controls(countries=tuple(countries or ()), regions=tuple(regions or ()))
        return views.place_viewport(live.current(), chosen, search,
                                    outlines().extent(chosen.regions, chosen.countries))

    # the points are drawn straight into the map's Leaflet layer, and the caption, notice and
    # legend written, by the browser: no components for the renderer to build and tear down
    # on each move; its one output, the map's keys, starts the page's update once the frame
    # showing the draw is on screen (the renderer's work for that update would hold it back)
    app.clientside_callback(_clientside("drawMap"), Output(ids.MAP_DRAWN, "data"),
                            Input(ids.POINTS, "data"), Input(ids.LEGEND_DATA, "data"),
                            Input(ids.MAP_SHOWN, "data"), State(ids.EVENTS, "id"),
                            State(ids.MAP_CAPTION, "id"), State(ids.NOTICE, "id"),
                            State(ids.LEGEND, "id"))


def _option_search(app: Dash, live: LiveData) -> None:
    """Long pick lists send their first options only; typing fetches the matches."""

    @app.callback(Output(ids.SOURCES, "options", allow_duplicate=True),
                  Input(ids.SOURCES, "search_value"), State(ids.SOURCES, "value"),
                  State(ids.FILTER, "data"), prevent_initial_call=True)
    def search_sources(search, selected, query):
        return views.source_search(live.current(), search, selected, query)

    @app.callback(Output(ids.ACTORS, "options"), Input(ids.ACTORS, "search_value"),
                  State(ids.ACTORS, "value"), prevent_initial_call=True)
    def search_actors(search, selected):
        return panels.actor_options(live.current(), selected or (), search)


def _layer_output(name: str, prop: str, live: LiveData) -> Output:
    """Where a query's value of a layer prop goes: the map component, or the store its
    script restyles the drawn features from (``live.restyle``)."""
    if prop == "hideout" and live.current().layers[name].live.restyle:
        return Output(ids.restyle(name), "data")
    return Output(ids.layer(name), prop)


def _layer_shapes(app: Dash, live: LiveData) -> None:
    """Layers with fixed shapes (outlines) fetch them once, from the URL in their store;
    restyled layers apply each new ``hideout`` to the shapes already on the map."""
    for layer in live.current().layers:
        if layer.live.shapes:
            app.clientside_callback(_clientside("fetchJson"), Output(ids.layer(layer.name), "data"),
                                    Input(ids.shapes(layer.name), "data"))
        if layer.live.restyle:
            app.clientside_callback(_clientside("restyle"), Input(ids.restyle(layer.name), "data"),
                                    State(ids.restyle(layer.name), "id"))


def _layer_details(app: Dash, live: LiveData) -> None:
    """A click on a feature of a clickable layer (an area) shows it in the details panel."""
    for layer in live.current().layers:
        if layer.live.clickable:
            app.callback(Output(ids.DETAILS, "children", allow_duplicate=True),
                         Input(ids.layer(layer.name), "clickData"), prevent_initial_call=True,
                         )(_show_feature(live, layer.name))


def _show_feature(live: LiveData, name: str):
    def show(feature: dict | None):
        return views.layer_details(live.current(), name, feature)
    return show


def _time_controls(app: Dash, live: LiveData) -> None:
    """Slider, date inputs, timeline box and Play: all in the browser, no round trip."""
    app.clientside_callback(
        _clientside("syncWindow"),
        Output(ids.SLIDER, "value", allow_duplicate=True),
        Output(ids.DATES, "start_date"), Output(ids.DATES, "end_date"),
        Output(ids.SLIDER, "min", allow_duplicate=True),
        Output(ids.SLIDER, "max", allow_duplicate=True), Output(ids.DATES_NOTE, "children"),
        Input(ids.SLIDER, "value"), Input(ids.DATES, "start_date"), Input(ids.DATES, "end_date"),
        Input(ids.TIMELINE, "selectedData"), State(ids.SLIDER, "min"), State(ids.SLIDER, "max"),
        State(ids.SPAN, "data"),
        prevent_initial_call=True,
    )
    app.clientside_callback(_clientside("clearBrush"), Input(ids.TIMELINE, "figure"),
                            State(ids.TIMELINE, "id"), prevent_initial_call=True)
    app.clientside_callback(
        _clientside("play"),
        Output(ids.SLIDER, "value", allow_duplicate=True), Output(ids.TICKER, "disabled"),
        Output(ids.PLAY, "children"), Output(ids.PLAY_RANGE, "data"),
        Input(ids.PLAY, "n_clicks"), Input(ids.TICKER, "n_intervals"),
        State(ids.SLIDER, "value"), State(ids.SLIDER, "min"), State(ids.SLIDER, "max"),
        State(ids.STEP, "value"), State(ids.CUMULATIVE, "value"), State(ids.TICKER, "disabled"),
        State(ids.PLAY_RANGE, "data"),
        prevent_initial_call=True,
    )
    @app.callback(
        {k: Output(ids.SLIDER, k, allow_duplicate=True) for k in ("min", "max", "value")},
        Input(ids.ZOOM_DATES, "n_clicks"), Input(ids.FULL_RANGE, "n_clicks"),
        State(ids.FILTER, "data"), prevent_initial_call=True,
    )
    def fit_slider(zoom, full, query):
        return views.slider_range(live.current(), query, zoom=ctx.triggered_id == ids.ZOOM_DATES)

    @app.callback(Output(ids.SLIDER, "marks"), Input(ids.SLIDER, "min"),
                  Input(ids.SLIDER, "max"), prevent_initial_call=True)
    def marks(first, last):
        return slider_marks((int(first), int(last)))

    app.clientside_callback("(speed) => speed", Output(ids.TICKER, "interval"),
                            Input(ids.SPEED, "value"))


def _selection_and_table(app: Dash, live: LiveData) -> None:
    """A marker, a table row or an "also here" button selects an event for the details panel."""

    @app.callback(
        Output(ids.SELECTED, "data"), Output(ids.MAP, "viewport", allow_duplicate=True),
        Input(ids.EVENTS, "clickData"), Input(ids.TABLE, "cellClicked"),
        Input({"type": PICK, "index": ALL}, "n_clicks"),
        State(ids.POINTS, "data"), State(ids.MAP, "zoom"),
        prevent_initial_call=True,
    )
    def select(feature, cell, picks, points, zoom):
        trigger = ctx.triggered_id
        if isinstance(trigger, dict) and not any(picks):
            raise PreventUpdate  # the buttons were just drawn, not clicked
        return views.selection(live.current(), trigger, feature, cell, points, zoom)

    @app.callback(
        Output(ids.DETAILS, "children"), Output(ids.SELECTION, "data"),
        Output(ids.ZOOM_TO, "disabled"), Output(ids.TABLE, "scrollTo"),
        Input(ids.SELECTED, "data"), Input(ids.REVIEW_VERSION, "data"), State(ids.FILTER, "data"),
        State(ids.TABLE, "getRowsRequest"), prevent_initial_call=True,
    )
    def show_details(event_id, version, query, rows_request):
        return views.details_outputs(_fresh(live), event_id, query,
                                     (rows_request or {}).get("sortModel"))

    @app.callback(Output({"type": TEXT_PART, "index": MATCH}, "children"),
                  Input({"type": NEXT_PART, "index": MATCH}, "n_clicks"),
                  State(ids.SELECTED, "data"), prevent_initial_call=True)
    def next_part(clicks, event_id):
        return views.field_part(live.current(), event_id, ctx.triggered_id["index"], clicks)

    app.clientside_callback(
        _clientside("zoomTo"), Output(ids.MAP, "viewport", allow_duplicate=True),
        Input(ids.ZOOM_TO, "n_clicks"), State(ids.SELECTION, "data"), State(ids.MAP, "zoom"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(ids.TABLE, "getRowsResponse"),
        Input(ids.TABLE, "getRowsRequest"), State(ids.FILTER, "data"),
    )
    def table_rows(request, query):
        if not request:
            return no_update
        return views.table_page(live.current(), query, request)

    app.clientside_callback(
        _clientside("refreshTable"), Input(ids.FILTER, "data"), Input(ids.REVIEW_VERSION, "data"),
        State(ids.TABLE, "id"),
        prevent_initial_call=True,
    )


def _review_queue(app: Dash, live: LiveData) -> None:
    """The review queue: count it, open it, act on it (editors only), search places, add
    reports. Its callbacks but the count's and the toggle's read and write the queue's
    components only: until it is first opened, nothing of it is built and none of them fires.

    Every action bumps the review version, which the map, table and header follow."""
    form = {name: State(ids.review_field(name), "value") for name in review_panel.FORM_FIELDS}

    @app.callback(Output(ids.REVIEW_COUNT, "children"), Input(ids.REVIEW_VERSION, "data"))
    def count_queue(version):
        return review_panel.count_text(review.queue_size(live.store))

    @app.callback(Output(ids.REVIEW_QUEUE, "children"), Output(ids.REVIEW_QUEUE, "hidden"),
                  Output(ids.REVIEW_BUILT, "data"), Output(ids.REVIEW_TOGGLE, "children"),
                  Output(ids.REVIEW_TOGGLE, "aria-expanded"), Input(ids.REVIEW_TOGGLE, "n_clicks"),
                  State(ids.REVIEW_BUILT, "data"), prevent_initial_call=True)
    def toggle_queue(clicks, built):
        return review_panel.toggled(live.current(), clicks, built, *review_panel.access())

    @app.callback(
        output={"list": Output(ids.REVIEW_LIST, "children"),
                "current": Output(ids.REVIEW_CURRENT, "data"),
                "context": Output(ids.REVIEW_CONTEXT, "children"),
                "facts": Output(ids.REVIEW_FACTS, "children"),
                "form": {n: Output(ids.review_field(n), "value") for n in review_panel.FORM_FIELDS},
                "places": Output(ids.review_field("place"), "options"),
                "clear": [Output(ids.REVIEW_REASON, "value"), Output(ids.REVIEW_INTO, "value"),
                          Output(ids.REVIEW_PARTS, "value")]},
        inputs={"version": Input(ids.REVIEW_VERSION, "data"),
                "picks": Input({"type": review_panel.PICK, "index": ALL}, "n_clicks"),
                "next_": Input(ids.REVIEW_NEXT, "n_clicks"), "current": State(ids.REVIEW_CURRENT, "data")},
    )
    def show_queue(version, picks, next_, current):
        trigger = ctx.triggered_id
        if isinstance(trigger, dict) and not any(picks):
            raise PreventUpdate  # the entries were just drawn, not clicked: keep the form as it is
        pick = trigger["index"] if isinstance(trigger, dict) else None
        items = review.queue(live.store)
        chosen = review_panel.choose([i.event["event_id"] for i in items],
                                     (current or {}).get("event_id"), trigger, pick)
        out = review_panel.queue_outputs(items, chosen, live.current())
        out["current"] = {"event_id": out["current"], "was": out["form"]}
        out["clear"] = ["", None, ""]
        return out

    @app.callback(
        Output(ids.REVIEW_VERSION, "data"), Output(ids.REVIEW_STATUS, "children"),
        inputs={"clicks": [Input(i, "n_clicks") for i in ACTION_BUTTONS],
                "current": State(ids.REVIEW_CURRENT, "data"), "reason": State(ids.REVIEW_REASON, "value"),
                "form": form, "into": State(ids.REVIEW_INTO, "value"),
                "parts": State(ids.REVIEW_PARTS, "value"), "version": State(ids.REVIEW_VERSION, "data")},
        prevent_initial_call=True,
    )
    @_clicked
    @require_role(review.REVIEW_ROLE)
    def act(clicks, current, reason, form, into, parts, version):
        current = current or {}
        action = review_panel.Action(ACTION_BUTTONS[ctx.triggered_id], current.get("event_id"),
                                     reason, {**form, "was": current.get("was")}, into, parts)
        message = review_panel.act(live.store, action, reviewer=review.reviewer_name())
        live.refresh()
        return (version or 0) + 1, message

    @app.callback(
        Output(ids.REVIEW_VERSION, "data", allow_duplicate=True),
        Output(ids.REVIEW_STATUS, "children", allow_duplicate=True),
        Output(ids.REPORT_TEXT, "value"),
        Input(ids.REPORT_ADD, "n_clicks"),
        State(ids.REPORT_TEXT, "value"), State(ids.REPORT_UPLOAD, "contents"),
        State(ids.REPORT_UPLOAD, "filename"), State(ids.REPORT_PUBLISHED, "value"),
        State(ids.REPORT_OUTLET, "value"), State(ids.REPORT_URL, "value"),
        State(ids.REVIEW_VERSION, "data"), prevent_initial_call=True,
    )
    @_clicked
    @require_role(review.REVIEW_ROLE)
    def add_report(clicks, text, upload, filename, published, outlet, url, version):
        message = review_panel.add_report(live.store, text, upload, filename, published, outlet,
                                          url, reviewer=review.reviewer_name())
        live.refresh()
        return (version or 0) + 1, message, no_update if message.startswith("Not") else ""

    @app.callback(Output(ids.review_field("place"), "options", allow_duplicate=True),
                  Input(ids.review_field("place"), "search_value"),
                  State(ids.review_field("place"), "value"), prevent_initial_call=True)
    def search_places(search, chosen):
        if not search or len(search) < 3:
            raise PreventUpdate
        return review_panel.place_search(search, chosen)

    @app.callback(Output(ids.REVIEW_INTO, "options"), Input(ids.REVIEW_INTO, "search_value"),
                  Input(ids.REVIEW_CURRENT, "data"))
    def search_events(search, current):
        return review_panel.merge_options(live.current(), (current or {}).get("event_id"), search)

    @app.callback([Output(ids.new_field(n), "value") for n in ("lon", "lat", "place")],
                  Input(ids.MAP, "clickData"), prevent_initial_call=True)
    def place_new_event(click):
        found = review_panel.clicked_place(click)
        if found is None:
            raise PreventUpdate
        return found["lon"], found["lat"], found["place"]

    @app.callback(
        Output(ids.REVIEW_VERSION, "data", allow_duplicate=True),
        Output(ids.REVIEW_STATUS, "children", allow_duplicate=True),
        inputs={"clicks": Input(ids.EVENT_ADD, "n_clicks"),
                "form": {n: State(ids.new_field(n), "value") for n in review_panel.NEW_FIELDS},
                "version": State(ids.REVIEW_VERSION, "data")},
        prevent_initial_call=True,
    )
    @_clicked
    @require_role(review.REVIEW_ROLE)
    def add_event(clicks, form, version):
        message = review_panel.add_event(live.store, form, reviewer=review.reviewer_name())
        live.refresh()
        return (version or 0) + 1, message

    @app.callback(
        Output(ids.REVIEW_VERSION, "data", allow_duplicate=True),
        Output(ids.REVIEW_STATUS, "children", allow_duplicate=True),
        Input({"type": claims.LINK, "index": ALL}, "n_clicks"),
        State(ids.SELECTED, "data"), State(ids.REVIEW_VERSION, "data"), prevent_initial_call=True,
    )
    @_clicked
    @require_role(review.REVIEW_ROLE)
    def link_claims(clicks, selected, version):
        other, word = ctx.triggered_id["index"].rsplit("|", 1)
        message = review_panel.link_claims(live.store, selected, other, word == "confirm",
                                           reviewer=review.reviewer_name())
        live.refresh()
        return (version or 0) + 1, message

    app.clientside_callback("(name) => name || ''", Output(ids.REPORT_FILE, "children"),
                            Input(ids.REPORT_UPLOAD, "filename"), prevent_initial_call=True)


def _clicked(callback: Callable[..., Any]) -> Callable[..., Any]:
    """Run ``callback`` only for a click: buttons just drawn (the queue as it opens, an
    event's claims) fire the callbacks that write outside them, with no clicks, and that
    is neither an action nor a request to refuse a viewer."""
    @functools.wraps(callback)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if not any(t["value"] for t in ctx.triggered):
            raise PreventUpdate
        return callback(*args, **kwargs)
    return guarded


#: The review panel's action buttons, by the action each asks for.
ACTION_BUTTONS = {ids.REVIEW_ACCEPT: "accept", ids.REVIEW_REJECT: "reject",
                  ids.REVIEW_SAVE: "edit", ids.REVIEW_MERGE: "merge",
                  ids.REVIEW_SPLIT: "split", ids.REVIEW_UNDO: "undo"}
