"""The dashboard without a browser: controls → filter → outputs, details, table, URL state."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest
from dash import Patch, no_update

from geoapp.dashboard import controls, ids, panels, views
from geoapp.dashboard.controls import Controls, day_number
from geoapp.dashboard.data import DashboardData
from geoapp.dashboard.details import safe_link, table_columns
from geoapp.dashboard.urlstate import ViewState
from geoapp.frames import events_to_frame
from geoapp.model import RelatedPlace
from geoapp.query import EventFilter, EventView
from geoapp.styles import load_layers
from geoapp.styles.outlines import Names

D = dt.date
NORTH_KOREA = RelatedPlace("origin", "North Korea", country="KP", lon=127.0, lat=40.0)
TUVA = RelatedPlace("birthplace_on_documents", "Tuva Republic", adm1_code="RUS-2605",
                    country="RU", lon=94.0, lat=51.5)
KURSK = dict(location_text="Kursk region", adm1_code="RUS-2362", country="RU", lon=35.5, lat=51.5,
             geo_precision="region")


@pytest.fixture
def data(make_event) -> DashboardData:
    events = [
        make_event(event_id="a1", date_start=D(2022, 3, 1), date_end=D(2022, 3, 1),
                   source_name="UCDP GED", killed_low=5, killed_high=7, adm1_code="UKR-1",
                   country="UA", lon=36.25, lat=49.99),
        make_event(event_id="a2", date_start=D(2022, 3, 15), date_end=D(2022, 3, 15),
                   source_name="UCDP GED", killed_low=1, killed_high=1, adm1_code="UKR-1",
                   country="UA", lon=36.3, lat=50.0),
        make_event(event_id="k1", event_type="casualty_report", date_start=D(2024, 12, 1),
                   date_end=D(2024, 12, 23), killed_low=101, wounded_low=1000, wounded_high=1000,
                   source_name="media reports", quote="more than 100 killed <script>x()</script>",
                   related_places=(NORTH_KOREA,), **KURSK),
        make_event(event_id="k2", event_type="document_seizure", date_start=D(2024, 12, 1),
                   date_end=D(2024, 12, 23), source_name="special forces",
                   source_url="javascript:alert(1)", related_places=(TUVA, NORTH_KOREA), **KURSK),
        make_event(event_id="d1", event_type="troop_deployment", date_start=D(2024, 12, 23),
                   date_end=D(2024, 12, 23), location_text="Russia", adm1_code=None, country="RU",
                   lon=45.0, lat=55.0, geo_precision="country", count_low=11000,
                   count_high=12000, source_name="intelligence",
                   source_url="https://example.org/report"),
        make_event(event_id="u1", status="unreviewed", date_start=D(2023, 5, 1),
                   date_end=D(2023, 5, 1), source_name="extraction"),
        make_event(event_id="n1", lon=None, lat=None, adm1_code=None, date_start=D(2023, 6, 1),
                   date_end=D(2023, 6, 1), source_name="UCDP GED"),
    ]
    names = Names(regions={"RUS-2362": "Kursk", "UKR-1": "Kharkiv"},
                  region_countries={"RUS-2362": "RU", "UKR-1": "UA"},
                  countries={"RU": "Russia", "UA": "Ukraine", "KP": "North Korea"},
                  region_areas=pd.Series({"RUS-2362": 30_000.0, "UKR-1": 31_400.0}))
    view = EventView.from_frame(events_to_frame(events), version="v1")
    return DashboardData.build(view, load_layers(), names)


def ids_of(data: DashboardData, positions) -> list[str]:
    return data.view.frame["event_id"].iloc[np.asarray(positions)].tolist()


def text_of(component) -> str:
    """Every string inside a component tree (what the browser would show as text)."""
    if component is None:
        return ""
    if isinstance(component, (str, int, float)):
        return str(component)
    if isinstance(component, (list, tuple)):
        return " ".join(text_of(c) for c in component)
    return text_of(getattr(component, "children", None))


# -- controls → filter -------------------------------------------------------------
def test_default_controls_restrict_nothing(data):
    assert Controls.from_values(*Controls().values(data)).to_filter(data) == EventFilter()


def test_controls_to_filter_and_back(data):
    window = (day_number(D(2024, 1, 1)), data.span[1])
    controls = Controls(window=window, sources=("UCDP GED",), event_types=("attack",),
                        text="kursk", precision="region", unreviewed=True)
    flt = controls.to_filter(data)
    assert flt == EventFilter(date_from=D(2024, 1, 1), sources=("UCDP GED",),
                              event_types=("attack",), text="kursk", min_geo_precision="region",
                              include_unreviewed=True)
    assert Controls.from_filter(flt, data) == controls


def test_all_or_no_types_ticked_means_every_type(data):
    all_types = controls.legend_types(data)
    assert Controls(event_types=tuple(all_types)).to_filter(data).event_types == ()
    assert Controls(event_types=()).to_filter(data).event_types == ()


def test_window_from_a_link_is_clamped_to_the_data(data):
    controls = Controls.from_filter(EventFilter(date_from="1990-01-01", date_to="2099-01-01"), data)
    assert controls.window == data.span


# -- outputs that follow the filter ---------------------------------------------------
def test_view_outputs_count_what_the_query_layer_selects(data):
    out = views.view_outputs(data, Controls(), ["geojson", "csv"])
    expected = len(data.view.select(EventFilter()))
    assert text_of(out["summary"]).split()[0] == f"{expected:,}"
    assert out["filter"] == ""
    assert out["downloads"] == ["/geoapp/download/events.geojson", "/geoapp/download/events.csv"]


def test_killed_range_marks_open_figures(data):
    out = views.view_outputs(data, Controls(), [])
    # a1 5–7, a2 1, k1 "more than 100" (open: the total has no upper bound)
    assert "≥ 107" in text_of(out["summary"])
    assert "1,000 wounded" in text_of(out["summary"])


def test_facet_counts_ignore_their_own_filter(data):
    out = views.view_outputs(data, Controls(sources=("media reports",)), [])
    labels = {o["value"]: o["label"] for o in out["sources"]}
    assert labels["UCDP GED"] == "UCDP GED (3)"
    assert labels["media reports"] == "media reports (1)"
    types = {o["value"]: text_of(o["label"]) for o in out["types"]}
    assert types["casualty_report"].endswith("1")
    assert types["attack"].endswith("0")  # the one media report is not an attack


def test_selected_source_without_events_stays_selectable(data):
    out = views.view_outputs(data, Controls(sources=("gone",)), [])
    assert {"label": "gone (0)", "value": "gone", "search": "gone"} in out["sources"]


def test_downloads_carry_the_filter(data):
    out = views.view_outputs(data, Controls(sources=("UCDP GED",)), ["geojson"])
    href = out["downloads"][0]
    assert href.startswith("/geoapp/download/events.geojson?")
    assert EventFilter.from_query(href.split("?", 1)[1]) == EventFilter(sources=("UCDP GED",))


def map_view(data, controls, metric):
    return views.map_view(data, views.query_of(data, controls.to_filter(data), metric,
                                               controls.window))


def test_links_are_styled_by_role_and_point_the_right_way(data):
    out = map_view(data, Controls(), "events")
    lines = {f["properties"]["title"]: f for f in out["layers"]["links.data"]["features"]}
    origin = next(f for t, f in lines.items() if t.startswith("Origin: North Korea"))
    tuva = next(f for t, f in lines.items() if t.startswith("Birthplace on documents: Tuva"))
    # North Korea → Kursk (where the troops came from), Kursk → Tuva (what the IDs said)
    assert origin["geometry"]["coordinates"] == [[127.0, 40.0], [35.5, 51.5]]
    assert tuva["geometry"]["coordinates"] == [[35.5, 51.5], [94.0, 51.5]]
    assert "2 events" in origin["properties"]["title"]  # one line for both Kursk events
    assert origin["properties"]["color"] != tuva["properties"]["color"]


def test_choropleth_and_legend(data):
    out = map_view(data, Controls(), "killed_per_area")
    hideout = out["layers"]["regions.hideout"]
    assert hideout["values"]["UKR-1"] == pytest.approx(8 / 31_400 * 10_000, abs=0.01)
    assert len(hideout["colors"]) == len(hideout["breaks"]) + 1
    # the legend goes to the page as data, written by its script: titles, then each line
    titles = [legend["title"] for legend in out["legend"]]
    assert titles[0] == "Regions: Killed per 10,000 km²"
    labels = [e["label"] for legend in out["legend"] for e in legend["entries"]]
    assert "Origin" in labels and "Birthplace on documents" in labels  # the links' roles
    swatch = out["legend"][0]["entries"][0]
    assert swatch["symbol"] == "swatch" and swatch["color"] == hideout["colors"][0]
    json.dumps(out["legend"])  # plain data, no components


# -- points ------------------------------------------------------------------------------
def test_points_are_every_located_event_when_few(data):
    payload = views.points_outputs(data, data.layers.query(EventFilter()), 6,
                                   [[40, 20], [60, 60]])
    assert payload["mode"] == "points" and payload["scope"] == "all"
    assert sorted(ids_of(data, payload["k"])) == ["a1", "a2", "d1", "k1", "k2"]
    assert payload["notice"] == "1 event is without a location and not drawn"
    ring = dict(zip(ids_of(data, payload["k"]), payload["columns"]["q"], strict=True))
    region_rank, country_rank = 3, 4
    assert (ring["a1"], ring["k1"], ring["d1"]) == (0, region_rank, country_rank)


def viewport(data, zoom, bounds, limit):
    query = data.layers.query(EventFilter())
    return data.layers["events"].viewport(query, data.layers.state("events"), zoom,
                                          views.viewport_bounds(bounds), limit=limit)


def test_points_beyond_the_limit_are_clustered_in_view(data):
    payload = viewport(data, 4, [[45, 30], [56, 50]], limit=2)
    assert payload["mode"] == "clusters" and payload["scope"] == "area"
    assert sum(payload["n"]) == payload["shown"] == 5
    assert "as" in views.points_notice(payload) and "zoom in" in views.points_notice(payload)


def test_points_in_view_when_the_area_is_small_enough(data):
    payload = viewport(data, 10, [[49.5, 35.5], [50.5, 37]], limit=3)
    assert payload["mode"] == "points" and sorted(ids_of(data, payload["k"])) == ["a1", "a2"]
    assert views.points_notice(payload).startswith("Showing the 2 events in this area of 5")


# -- two round trips: the map's, then the page's ---------------------------------------------
OVERLAYS = {"regions": "Regions"}


def map_(data, shown, controls=None, metric=None, zoom=None, bounds=None):
    return views.map_outputs(data, controls or Controls(), metric, zoom, bounds, shown)


def page(data, shown, controls=None, **state):
    return views.page_outputs(data, controls or Controls(), views.PageState(**state), shown,
                              OVERLAYS, [])


def test_a_window_move_answers_the_map_then_summary_timeline_and_address(data):
    first_map, first = map_(data, None, zoom=4), page(data, None, zoom=4)
    window = (day_number(D(2023, 1, 1)), data.span[1])
    moved = map_(data, first_map["shown"], Controls(window=window), zoom=4)
    assert moved["points"]["total"] == 4
    assert moved["points"]["notice"] == "1 event is without a location and not drawn"
    assert moved["layers"]["regions.hideout"] is not no_update
    assert first_map["legend"] is not no_update
    assert moved["legend"] is no_update  # the same entries as the page shows already
    out = page(data, first["shown"], Controls(window=window), zoom=4)
    assert out["view"]["filter"] == "date_from=2023-01-01"
    assert isinstance(out["timeline"], Patch)  # the shading only
    assert out["address"] == "date_from=2023-01-01"


def test_each_part_is_sent_only_when_what_it_follows_changed(data):
    everything, shown = map_(data, None, zoom=6), page(data, None, zoom=6)
    assert everything["points"] is not no_update and shown["timeline"] is not no_update
    assert not isinstance(shown["timeline"], Patch)
    assert everything["shown"]["scope"] == "all"
    same = map_(data, everything["shown"], zoom=6)
    assert all(same[k] is no_update for k in ("points", "legend"))
    assert set(same["layers"].values()) == {no_update}
    same_page = page(data, shown["shown"], zoom=6)
    assert all(same_page[k] is no_update for k in ("timeline", "address"))
    assert all(same_page["view"][k] is no_update for k in ("summary", "sources", "types", "filter"))
    pan = map_(data, everything["shown"], zoom=7, bounds=[[45, 30], [56, 50]])
    assert pan["points"] is no_update  # every point was sent already
    assert pan["legend"] is no_update
    pan_page = page(data, shown["shown"], zoom=7, center=[50, 40])
    assert pan_page["view"]["summary"] is no_update and pan_page["timeline"] is no_update
    assert pan_page["address"] is not no_update
    metric = map_(data, everything["shown"], zoom=6, metric="killed")
    assert metric["layers"]["regions.hideout"] is not no_update
    assert metric["points"] is no_update
    # the links do not follow the metric: the same lines are not sent again
    assert everything["layers"]["links.data"]["features"]
    assert metric["layers"]["links.data"] is no_update
    assert map_(data, metric["shown"], zoom=6)["layers"]["links.data"] is no_update
    metric_page = page(data, shown["shown"], zoom=6, metric="killed")
    assert metric_page["view"]["summary"] is no_update and metric_page["timeline"] is no_update
    step = page(data, shown["shown"], zoom=6, step="week")
    assert step["address"] == "step=week"


def test_an_answer_the_page_dropped_is_sent_again(data):
    """The page applies only the newest answer of a callback: one it dropped wrote no keys,
    so the next answer carries that part too, whatever changed since."""
    loaded_map, loaded = map_(data, None, zoom=6), page(data, None, zoom=6)
    window = (day_number(D(2023, 1, 1)), data.span[1])
    dropped = map_(data, loaded_map["shown"], Controls(window=window), zoom=6)
    newer = map_(data, loaded_map["shown"], Controls(window=window), zoom=7)
    assert newer["legend"] == dropped["legend"] and newer["points"] is not no_update
    dropped_page = page(data, loaded["shown"], Controls(window=window), zoom=6)
    newer_page = page(data, loaded["shown"], Controls(window=window), zoom=7)
    assert newer_page["view"]["summary"] == dropped_page["view"]["summary"]
    assert newer_page["timeline"] is not no_update


def test_points_follow_a_pan_when_only_the_area_was_sent(data):
    shown = {**map_(data, None, zoom=6)["shown"], "scope": "area"}
    assert map_(data, shown, zoom=7)["points"] is not no_update


# -- time -----------------------------------------------------------------------------------
def test_timeline_stacks_types_and_shades_the_window(data):
    window = (day_number(D(2023, 1, 1)), day_number(D(2023, 12, 31)))
    figure = views.timeline_output(data, Controls(window=window), window_only=False)
    names = [t["name"] for t in figure["data"]]
    assert names == ["Attack", "Casualty report", "Troop deployment", "Document seizure"]
    assert sum(sum(t["y"]) for t in figure["data"]) == 6  # the window does not narrow the bars
    shape = figure["layout"]["shapes"][0]
    assert (shape["x0"], shape["x1"]) == ("2023-01-01", "2024-01-01")
    assert isinstance(views.timeline_output(data, Controls(window=window), window_only=True), Patch)


def test_slider_marks_label_years(data):
    marks = controls.slider_marks(data.span)
    labels = [label for label in marks.values() if label]
    assert labels == ["2023", "2024"]
    assert day_number(D(2022, 4, 1)) in marks


# -- URL state ----------------------------------------------------------------------------
def test_view_state_round_trip():
    state = ViewState(filter=EventFilter(date_from="2024-01-01", sources=("A", "B, C")),
                      metric="killed", layers=("events", "regions"), lat=51.5, lon=36.25, zoom=7,
                      step="week", speed=300, cumulative=True)
    assert ViewState.from_query(state.to_query(), metrics=["killed"],
                                layers=["events", "regions", "links"]) == state


def test_defaults_stay_out_of_the_url():
    assert ViewState().to_query() == ""


@pytest.mark.parametrize("query", [
    "date_from=yesterday", "metric=nonsense", "lat=500&lon=1&z=3", "z=nan", "speed=1",
    "step=decade", "layers=bogus", "event_types=not_a_type",
])
def test_bad_links_fall_back_to_defaults(query):
    state = ViewState.from_query(query, metrics=["events"], layers=["events"])
    assert state.filter == EventFilter()
    assert state.metric is None and state.lat is None and state.step == "month"
    assert state.layers in (None, ())


def test_restore_from_link_and_reset(data):
    out = views.restore_outputs(data, "?sources=UCDP%20GED&metric=killed&lat=50&lon=30&z=6"
                                "&layers=events", ["tiles", "events", "regions"], reset=False)
    assert out["controls"][1] == ["UCDP GED"]
    assert out["metric"] == "killed"
    assert out["layers"] == {"tiles": False, "events": True, "regions": False}
    assert out["viewport"] == {"center": [50.0, 30.0], "zoom": 6.0}
    reset = views.restore_outputs(data, "?sources=x", ["events"], reset=True)
    assert reset["controls"] == Controls().values(data) and reset["viewport"] is no_update


def test_view_query_writes_what_restore_reads(data):
    query = views.view_query(data, "sources=UCDP+GED", "killed", ["Events"],
                             {"events": "Events", "regions": "Regions"},
                             {"lat": 50.1, "lng": 30.2}, 6, "week", 700, ["yes"])
    state = ViewState.from_query(query, metrics=["killed"], layers=["events", "regions"])
    assert state == ViewState(filter=EventFilter(sources=("UCDP GED",)), metric="killed",
                              layers=("events",), lat=50.1, lon=30.2, zoom=6, step="week",
                              cumulative=True)


# -- selection, details, table ---------------------------------------------------------------
def test_selecting_from_map_table_and_buttons(data):
    k1 = data.position("k1")
    feature = {"properties": {"k": k1}, "geometry": {"coordinates": [35.5, 51.5]}}
    assert views.selection(data, ids.EVENTS, feature, None, {"version": "v1"}, 6) == ("k1", no_update)
    # a marker from before a data reload is ignored rather than misread
    assert views.selection(data, ids.EVENTS, feature, None, {"version": "v0"}, 6) == (
        no_update, no_update)
    assert views.selection(data, ids.TABLE, None, {"rowId": "a1"}, None, 6) == ("a1", no_update)
    assert views.selection(data, {"type": "pick-event", "index": k1}, None, None, None, 6)[0] == "k1"
    cluster = {"properties": {"n": 40}, "geometry": {"coordinates": [30.0, 50.0]}}
    assert views.selection(data, ids.EVENTS, cluster, None, None, 6) == (
        no_update, {"center": [50.0, 30.0], "zoom": 8})


def test_details_show_everything_as_text(data):
    children, highlight, zoom_disabled, scroll = views.details_outputs(data, "k1", "", None)
    text = text_of(children)
    assert "more than 100 killed <script>x()</script>" in text  # a string: React escapes it
    assert "≥ 101" in text and "North Korea" in text
    assert "Kursk region, Kursk Oblast, Russia" in text
    assert "Also here in this view (1)" in text  # k2 sits on the same point
    assert highlight["features"][0]["geometry"]["coordinates"] == [35.5, 51.5]
    assert zoom_disabled is False
    assert scroll == {"rowIndex": 3}  # a1, a2, n1, k1: the table's row for the event
    by_killed = [{"colId": "killed", "sort": "desc"}]
    assert views.details_outputs(data, "k1", "", by_killed)[3] == {"rowIndex": 0}
    json.dumps(children, default=lambda c: c.to_plotly_json())  # serialisable for Dash


def test_unplaced_or_missing_events_have_no_highlight(data):
    assert views.details_outputs(data, "n1", "", None)[1:3] == (None, True)
    assert "no longer" in text_of(views.details_outputs(data, "gone", "", None)[0])
    assert views.details_outputs(data, "u1", "", None)[3] is no_update  # not in the filter


def test_only_web_links_are_links():
    link = safe_link("https://example.org/a", "source")
    assert link.href == "https://example.org/a" and link.rel == "noopener noreferrer"
    assert link.target == "_blank"
    assert safe_link("javascript:alert(1)", "source") == "source"
    assert safe_link("data:text/html,x") == "data:text/html,x"
    assert safe_link(None) is None


def test_table_pages_and_sorts(data):
    page = views.table_page(data, "", {"startRow": 0, "endRow": 2,
                                       "sortModel": [{"colId": "killed", "sort": "desc"}]})
    assert page["rowCount"] == 6
    assert [r["event_id"] for r in page["rowData"]] == ["k1", "a1"]  # open "101+" first
    assert page["rowData"][0]["killed"] == "≥ 101"
    assert {c["field"] for c in table_columns()} >= {"date_start", "source_name", "killed"}
    by_source = views.table_page(data, "", {"startRow": 0, "endRow": 6,
                                            "sortModel": [{"colId": "source_name", "sort": "asc"}]})
    sources = [r["source_name"] for r in by_source["rowData"]]
    assert sources == sorted(sources)


def test_table_follows_the_filter(data):
    page = views.table_page(data, "sources=UCDP+GED", {"startRow": 0, "endRow": 100})
    assert page["rowCount"] == 3 and {r["source_name"] for r in page["rowData"]} == {"UCDP GED"}


def test_the_rings_are_explained(data):
    text = text_of(panels.precision_legend(data))
    assert "located only to the district (10 km), region (25 km), country (80 km)" in text
    assert "exact" not in text


def test_memo_answers_a_repeated_filter_without_computing_it_again(data, monkeypatch):
    monkeypatch.setattr("geoapp.dashboard.data.MEMO_SIZE", 2)
    built = []

    def build(key):
        built.append(key)
        return map_view(data, Controls(), key)

    first = data.memo("a", lambda: build("a"))
    assert data.memo("a", lambda: build("a")) is first and built == ["a"]
    data.memo("b", lambda: build("b"))
    data.memo("c", lambda: build("c"))  # over the bound: "a", the least recently used, goes
    data.memo("a", lambda: build("a"))
    assert built == ["a", "b", "c", "a"]


# -- time and map that follow the user ------------------------------------------------
def test_zoom_to_selection_fits_the_slider_to_the_filtered_dates(data):
    query = EventFilter(event_types=("casualty_report", "document_seizure")).to_query()
    fitted = views.slider_range(data, query, zoom=True)
    first, last = day_number(D(2024, 12, 1)), day_number(D(2024, 12, 23))
    assert fitted == {"min": first, "max": last, "value": [first, last]}
    assert views.slider_range(data, query, zoom=False)["value"] == list(data.span)
    nothing = EventFilter(text="no such words").to_query()
    assert views.slider_range(data, nothing, zoom=True)["value"] == list(data.span)


def test_a_zoomed_timeline_covers_the_slider_range_only(data):
    span = (day_number(D(2024, 11, 1)), data.span[1])
    figure = views.timeline_output(data, Controls(window=span), False, span)
    assert figure["layout"]["xaxis"]["range"][0] == "2024-11-01"
    days = {x for trace in figure["data"] for x in trace["x"]}
    assert days and min(days) >= "2024-11-01"  # bars per day or week inside the range only


def test_choosing_a_region_fits_the_map_to_its_outline(data):
    kursk = (34.0, 50.8, 38.5, 52.5)
    chosen = Controls(regions=("RUS-2362",))
    viewport = views.place_viewport(data, chosen, "", kursk)
    (south, west), (north, east) = viewport["bounds"]
    assert south < 50.8 and north > 52.5 and west < 34.0 and east > 38.5
    assert north - south < 3  # the region, not the world
    assert views.place_viewport(data, Controls(), "", None) is no_update
    # a link that sets the view and the same region: the link's view stays
    assert views.place_viewport(data, chosen, "?regions=RUS-2362&lat=51&lon=36&z=7", kursk) is no_update
    # an outline that wraps the world: the chosen events' own extent
    around = views.place_viewport(data, Controls(countries=("RU",)), "", None)["bounds"]
    assert around[0][0] < 51.5 < around[1][0]


def test_the_first_view_holds_every_event_and_the_far_end_of_each_link(data):
    from geoapp.dashboard.layout import initial_bounds
    (south, west), (north, east) = initial_bounds(data)
    assert west < 36.25 and east > TUVA.lon and north > TUVA.lat and east > NORTH_KOREA.lon


# -- figures, unreviewed ---------------------------------------------------------------
def test_wounded_not_recorded_is_not_zero(data):
    ucdp = Controls(sources=("UCDP GED",))
    summary = text_of(views.view_outputs(data, ucdp, [])["summary"])
    assert "not recorded" in summary and "0 wounded" not in summary.lower()
    everything = text_of(views.view_outputs(data, Controls(), [])["summary"])
    assert "1,000" in everything and "not recorded" not in everything


def test_unreviewed_are_counted_apart_and_marked(data):
    without = text_of(views.view_outputs(data, Controls(), [])["summary"])
    assert "unreviewed" not in without
    included = text_of(views.view_outputs(data, Controls(unreviewed=True), [])["summary"])
    assert "incl. 1 unreviewed" in included
    flt = EventFilter(include_unreviewed=True)
    rows = views.table_page(data, flt.to_query(), {"startRow": 0, "endRow": 100})["rowData"]
    assert {r["event_id"]: r["status"] for r in rows}["u1"] == "? unreviewed"
    assert {r["status"] for r in rows if r["event_id"] != "u1"} == {""}
    details = text_of(views.details_outputs(data, "u1", flt.to_query(), None)[0])
    assert "Unreviewed" in details
    events = data.layers.state("events").columns["u"]
    assert events.tolist() == (data.view.frame["status"] == "unreviewed").astype(int).tolist()


def test_table_shows_date_spans_and_killed_or_wounded(data, make_event):
    rows = {r["event_id"]: r for r in
            views.table_page(data, "", {"startRow": 0, "endRow": 100})["rowData"]}
    assert rows["k1"]["date_start"] == "2024-12-01 – 2024-12-23"
    assert rows["a1"]["date_start"] == "2022-03-01"
    assert "killed_or_wounded" in {c["field"] for c in table_columns()}
    several = make_event(event_id="s1", casualties_low=200, casualties_high=300)
    view = EventView.from_frame(events_to_frame([several]), version="v2")
    one = DashboardData.build(view, load_layers(), data.names)
    assert views.table_page(one, "", {"startRow": 0})["rowData"][0]["killed_or_wounded"] == "200–300"


def test_one_selection_for_the_requests_of_a_move(data):
    """The map's, the page's and the table's requests of one move share one selection (and
    so its run); another filter selects afresh, as the view does."""
    controls = Controls(window=(day_number(D(2022, 3, 1)), day_number(D(2022, 3, 2))))
    flt = controls.to_filter(data)
    query = views.query_of(data, flt, None, controls.window)
    assert views.selected(data, flt) is query.positions
    parsed = EventFilter.from_query(flt.to_query())  # as the table's request has it
    assert parsed == flt and views.selected(data, parsed) is query.positions
    assert query.positions.tolist() == data.view.select(flt).tolist()
    other = flt.replace(date_to=None)
    assert views.selected(data, other).tolist() == data.view.select(other).tolist()
    assert views.selected(data, flt) is not query.positions  # the last filter only


def test_merge_options_are_reported_events_matching_the_search(data, monkeypatch):
    from geoapp.dashboard import review as review_panel

    monkeypatch.setattr(review_panel, "_MERGE_SLICE", 2)  # several slices of rows
    every = [o["value"] for o in review_panel.merge_options(data, None, None)]
    assert every == ["a1", "a2", "n1", "k1", "k2", "d1"]  # in date order; unreviewed u1 is not
    # the candidate itself is left out, and reading stops at the limit
    assert [o["value"] for o in review_panel.merge_options(data, "a1", None, limit=3)] == [
        "a2", "n1", "k1"]
    found = review_panel.merge_options(data, None, "kursk")
    assert [o["value"] for o in found] == ["k1", "k2"]
    assert "Kursk region" in found[0]["label"]
