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
    out = views.view_outputs(data, Controls.from_filter(flt, data), None, [])
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


def test_a_slider_move_is_one_round_trip_for_the_map_summary_and_timeline(dashboard, server):
    """The map, the figures, the timeline and the address follow a move from one request,
    sent once; only the table asks for its rows besides it."""
    dash = dashboard.open(server)
    sent: list[str] = []
    dash.page.on("request", lambda r: sent.append(r.post_data_json["output"])
                 if "/_dash-update-component" in r.url else None)
    before = dash.count()
    table = f"{ids.TABLE}.getRowsResponse"
    for key in ("PageUp", "PageDown", "PageUp"):
        sent.clear()
        # the table asks for its rows after the page's answer: wait for it, then for quiet
        with dash.page.expect_response(lambda r: table in (r.request.post_data or "")):
            dash.press_on_thumb(0, key, 1)
        dash.settle()
        page_updates = [o for o in sent if f"{ids.SUMMARY}.children" in o]
        assert len(page_updates) == 1, sent
        assert all(f"{i}.{p}" in page_updates[0] for i, p in (
            (ids.POINTS, "data"), (ids.TIMELINE, "figure"), (ids.VIEW_QUERY, "data"),
            (ids.FILTER, "data")))
        # nothing else is sent; the grid may ask for its rows more than once (a request
        # of the move before can land after it), so only the page's update is counted
        assert set(sent) == {page_updates[0], table}, sent
    assert dash.count() < before  # the window moved and the page followed it
    assert dash.errors == []
