"""A slider move restyles the region fills already on the map instead of re-creating them."""

from __future__ import annotations

import pytest

from geoapp.dashboard import ids, views
from geoapp.dashboard.controls import Controls
from geoapp.dashboard.data import DashboardData
from geoapp.query import EventFilter
from geoapp.styles import load_layers
from geoapp.styles.outlines import outlines

pytestmark = pytest.mark.browser

#: The region polygons on the live map, and those of them filled.
PATHS = ".leaflet-regions-pane path"
FILLED = "() => [...document.querySelectorAll('.leaflet-regions-pane path')]" \
         ".filter((p) => p.getAttribute('fill') && p.getAttribute('fill') !== 'none').length"


def filled_regions(view, flt: EventFilter) -> int:
    """Regions the dashboard gives a value (and so a fill) for ``flt``."""
    data = DashboardData.build(view, load_layers(), outlines().names())
    controls = Controls.from_filter(flt, data)
    out = views.map_view(data, views.query_of(data, controls.to_filter(data), None,
                                              controls.window))
    return len(out["layers"]["regions.hideout"]["values"])


def test_a_slider_move_restyles_the_drawn_regions_in_place(dashboard, server, demo_view):
    dash = dashboard.open(server)
    dash.page.wait_for_function(f"() => document.querySelectorAll('{PATHS}').length > 10")
    dash.page.wait_for_function(f"n => ({FILLED})() === n", arg=filled_regions(demo_view,
                                                                               EventFilter()))
    dash.page.evaluate(f"() => document.querySelectorAll('{PATHS}')"
                       ".forEach((p) => { p.dataset.before = 'yes'; })")
    start, _ = dash.press_on_thumb(0, "PageUp", 100)
    want = filled_regions(demo_view, EventFilter(date_from=start))
    assert want < filled_regions(demo_view, EventFilter())
    dash.page.wait_for_function(f"n => ({FILLED})() === n", arg=want)
    # every polygon on the map is one drawn before the move: restyled, not re-created
    assert dash.page.evaluate(f"() => [...document.querySelectorAll('{PATHS}')]"
                              ".every((p) => p.dataset.before === 'yes')")
    assert dash.errors == []


def test_a_slider_move_answers_the_map_first_then_the_rest_of_the_page(dashboard, server):
    """A move sends the map's update once, then, once its answer is in, the page's (figures,
    timeline, address) once; only the table asks for its rows besides them."""
    dash = dashboard.open(server)
    sent: list[tuple[str, str]] = []
    dash.page.on("request", lambda r: sent.append(("sent", r.post_data_json["output"]))
                 if "/_dash-update-component" in r.url else None)
    dash.page.on("requestfinished", lambda r: sent.append(("answered", r.post_data_json["output"]))
                 if "/_dash-update-component" in r.url else None)
    notices: list[str] = []  # the notice in each map answer's points

    def map_answer(response) -> None:
        if "/_dash-update-component" in response.url and f"{ids.POINTS}.data" in (
                response.request.post_data or ""):
            notices.append(response.json()["response"][ids.POINTS]["data"]["notice"])

    dash.page.on("response", map_answer)
    before = dash.count()
    table = f"{ids.TABLE}.getRowsResponse"
    for key in ("PageUp", "PageDown", "PageUp"):
        sent.clear()
        # the table asks for its rows after the page's answer: wait for it, then for quiet
        with dash.page.expect_response(lambda r: table in (r.request.post_data or "")):
            dash.press_on_thumb(0, key, 1)
        dash.settle()
        requests = [o for what, o in sent if what == "sent"]
        map_updates = [o for o in requests if f"{ids.POINTS}.data" in o]
        page_updates = [o for o in requests if f"{ids.SUMMARY}.children" in o]
        assert len(map_updates) == 1 and len(page_updates) == 1, requests
        assert all(f"{i}.{p}" in map_updates[0] for i, p in (
            (ids.POINTS, "data"), (ids.restyle("regions"), "data"), (ids.LEGEND_DATA, "data")))
        assert all(f"{i}.{p}" in page_updates[0] for i, p in (
            (ids.TIMELINE, "figure"), (ids.VIEW_QUERY, "data"), (ids.FILTER, "data")))
        # the page's update waits for the map's answer
        assert sent.index(("answered", map_updates[0])) < sent.index(("sent", page_updates[0]))
        # nothing else is sent; the grid may ask for its rows more than once (a request
        # of the move before can land after it), so only the two updates are counted
        assert set(requests) == {map_updates[0], page_updates[0], table}, requests
        # the legend and the notice are written by the page's script with the points
        assert dash.page.locator(f"#{ids.LEGEND} .legend-title").first.inner_text().startswith(
            "Regions:")
        assert dash.page.locator(f"#{ids.LEGEND} .legend-row .swatch").count() > 1
        assert notices and dash.page.locator(f"#{ids.NOTICE}").text_content() == notices[-1]
    assert dash.count() < before  # the window moved and the page followed it
    assert dash.errors == []


CLUSTERS = ".leaflet-events-pane .geoapp-cluster"


def test_clusters_replacing_clusters_move_the_markers_on_the_map(dashboard, server):
    """Clusters (a large selection) drawn over clusters reuse the markers on the map: moved,
    resized and relabelled, with their new cluster behind a click."""
    dash = dashboard.open(server + "/?lat=50&lon=33&z=6")

    def show(lon: list[float], lat: list[float], n: list[int]) -> None:
        # the points store as a map answer sets it: the page's script draws what it holds
        dash.page.evaluate("p => window.dash_clientside.set_props('points-store', {data: p})",
                           {"mode": "clusters", "lon": lon, "lat": lat, "n": n,
                            "kh": [1] * len(n), "notice": ""})
        dash.page.wait_for_function(
            "([sel, n]) => document.querySelectorAll(sel).length === n"
            " && document.querySelector('#map-caption').textContent.includes(n + ' clusters')",
            arg=[CLUSTERS, len(n)])

    show([32.0, 33.0, 34.0], [50.0, 50.0, 50.0], [10, 200, 3000])
    dash.page.evaluate(f"() => document.querySelectorAll('{CLUSTERS}')"
                       ".forEach((e) => {{ e.dataset.before = 'yes'; }})")
    show([32.5, 33.5], [49.5, 50.5], [12_000, 7])
    markers = dash.page.locator(CLUSTERS)
    assert [markers.nth(i).get_attribute("data-before") for i in (0, 1)] == ["yes", "yes"]
    assert [markers.nth(i).inner_text() for i in (0, 1)] == ["12k", "7"]
    assert markers.nth(0).get_attribute("title").startswith("12,000 events, 1 killed")
    assert [markers.nth(i).evaluate("e => e.style.width") for i in (0, 1)] == ["42px", "23px"]
    assert dash.page.locator("#map-caption").text_content() == "12,007 events in 2 clusters"
    show([32.0, 33.0, 34.0, 35.0], [50.0, 50.0, 50.0, 50.0], [5, 6, 7, 8])
    assert [markers.nth(i).get_attribute("data-before") for i in range(4)] == [
        "yes", "yes", None, None]

    markers.nth(1).click()  # moved from (33.5, 50.5) to (33, 50): zooms in there
    dash.page.wait_for_function("() => /[?&]z=8/.test(location.search)")
    query = dash.page.evaluate("() => Object.fromEntries(new URLSearchParams(location.search))")
    assert abs(float(query["lat"]) - 50.0) < 0.05 and abs(float(query["lon"]) - 33.0) < 0.05
    assert dash.errors == []
